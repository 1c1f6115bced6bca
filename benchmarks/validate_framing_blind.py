"""Known-groups validity of the frame scores on web pages written blind by helper sessions, with the regex baseline.

    python benchmarks/validate_framing_blind.py [--before REV] [--batch 1|2|...|12|all] [--hits --batch 1|4] [--lss]
        [--wordscores [--dev PATH]]

The development pages (``validate_framing.py``) have been read for four rounds of rules; their held-out folds
hold 25 pages and were run once per round. These pages measure the same contrasts on text no rule was written
from: ``benchmarks/data/blind_framing/pages*.jsonl``, seventy-six sets of sixteen invented web pages, each page from a
different invented publisher, written by helper sessions told the debate, a theme per set, the four publisher
types and their usual genres, and the page format of a scraper (title, body, sometimes a menu, cookie or footer
line); never the library, its lexicon or its rules (docs/framing.md, "Fifth round"). The pages are
invented, so they are kept here. Labels say who publishes the page, as on the development pages: ``vendor``,
``rights``, ``news`` (general, business, technology, investigative and trade press), ``policy`` (think tanks,
inter-governmental bodies, councils, agencies: a mixed group, reported beside the others).

Batches: batch 1 is sets A-D (smart- and safe-city platforms in Asia and the Middle East; facial recognition in
the UK and EU; video analytics, licence-plate readers and drones in US cities; safe-city projects in Latin
America and Africa), batch 2 sets E-H (AI video and biometrics in transport hubs, stadiums, schools and shops;
sensor and data platforms, digital twins; export controls and procurement; real-time crime centres and
predictive policing). Batch 1 was run on the library as it was and then read (``--hits``) for the fifth round's
rules; batch 2 was kept sealed until those rules were written and was run once. Batch 3 (sets I-L: body-worn and
in-car cameras; traffic cameras, parking and congestion charging; kiosks, public Wi-Fi and street furniture;
dispatch and command systems for ports, campuses and new towns) was written after the round's rules were dropped
and run once. Batch 4 (sets M-P: smart-city missions and command centres in South and South-East Asia;
analytics in workplaces, universities and shops; municipal votes on bans, moratoriums and oversight ordinances;
safe-city programmes in the Gulf and Central Asia, border surveillance) was written during the fifth round, kept
sealed through the sixth round's rules (written from batch 1 and the development folds 0-2) and run once after
them; it has been read since. Batch 5 (sets Q-T: camera networks and city data platforms in Australia, New
Zealand and Canada; body-worn, doorbell and home cameras and police access to private cameras; city-video
contracts in Eastern Europe, the Balkans and Turkey; surveillance at elections, protests and events) was written
by four helper sessions with the same instructions during the sixth round, after its rules were final, and run
once. Batch 6 (sets U-X: facial recognition in retail, banks and private security; data-platform and cloud contracts
with governments in Africa and South-East Asia; licence-plate readers and traffic cameras in Europe and Latin
America; drones, robots and AI patrols in public space) was written by four helper sessions with the same
instructions during the sixth round, kept sealed through the seventh, and run once to decide one pre-registered
candidate of the seventh round (docs/framing.md). Batch 7 (sets Y, Z, AA, AB: surveillance on public transport in Europe and
India; AI CCTV and safe-city projects in South Asia; emotion, gait and voice biometrics; gunshot detection, acoustic
sensors and smart streetlights in North America; five news and three policy pages per set) was written by four helper
sessions in the eighth round and run once (docs/framing.md); batch 8 (sets AC-AF: smart policing in Japan, South Korea and
Taiwan; monitoring in disasters and pandemics; surveillance in public housing, welfare offices and reception centres;
school and campus safety technology) was written in the same round and run once to decide its pre-registered
candidate; batch 9 (sets AG-AJ: retail, banking and stadium biometrics in Europe and Australia; city data platforms
and digital twins in the Gulf and Turkey; body cameras, crime centres and drones in Latin America; surveillance
exports to African governments and their financing) likewise for the round's second candidate. Batch 10 (sets AK-AN:
licence-plate, traffic and low-emission-zone cameras in European and British cities; safe- and smart-city surveillance
in Central Asia, the Caucasus and Eastern Europe; drones, aerial and satellite surveillance over cities, protests and
borders; smart-city projects, CCTV and facial recognition in Indonesia, Malaysia, the Philippines and Vietnam) was
written by four helper sessions in the ninth round and run once on the library after round 24 of the speakers, with
no framing candidate (the round's one candidate was dropped on the read pages). Batch 11 (sets AO-AR: predictive
policing and crime analytics in the US, the UK and Europe; surveillance at borders, ports and migrant routes around
the Mediterranean and the Balkans; smart-city platforms and CCTV in Chinese cities and their vendors' marketing abroad;
smart poles, street sensors and camera-carrying street furniture in European and North American cities) was written
by four helper sessions in the tenth round with the same instructions and run once, with no framing candidate, on the
library after round 25 of the speakers. Batch 12 (sets AS-AV: surveillance in new planned cities, special economic
zones and mega-projects in the Gulf, Egypt and Africa; biometric e-gates and passenger analytics at airports, ports
and land borders in Europe and North America; municipal video surveillance and control rooms in French, Belgian, Swiss
and Dutch cities; Wi-Fi and phone tracking, footfall counting and crowd analytics in city centres, festivals and
shopping districts) was written by four helper sessions in the eleventh round with the same instructions and run once,
with no framing candidate, on the library after round 26 of the speakers. Batch 13 (sets AW-AZ: social-media
monitoring, data-fusion centres and real-time intelligence platforms of police and cities in the US, Canada and the
UK; smart-city and safe-city projects in Central Asia, the Caucasus and the Western Balkans; smart parking, smart
poles, sensors, council CCTV and data-sharing with police in Australian and New Zealand cities; exam proctoring,
workplace monitoring and welfare-fraud analytics and the vendors that also sell to cities) was written by four helper
sessions in the twelfth round with the same instructions and run once, with no framing candidate, on the library
after round 27's first five parts. Batch 14 (sets BA-BD: body-worn cameras, in-car video and cloud evidence
management for police in Europe and Africa; safe-city programmes in Latin American megacities; facial recognition and AI
video in schools, hospitals and public transport in Japan, South Korea, Hong Kong and Singapore; drones, aerial and
satellite surveillance by cities and police in North America and Europe) was written by four helper sessions in the
same round with the same instructions and run once, with no framing candidate, on the library after round 27 of the
speakers. Batch 15 (sets BE-BH: noise, air-quality and environmental sensor networks that also carry cameras or
microphones in European and East Asian cities; facial recognition, crowd analytics and command centres at pilgrimages,
religious festivals and mass gatherings in South Asia and the Middle East; safe-city contracts, CCTV networks and police
surveillance in Southern Africa and who finances them; AI video analytics and smart-city platforms in Southern European
and Balkan cities and the EU rules that govern them) was written by four helper sessions in the thirteenth round with
the same instructions and run once, with no framing candidate, on the library after round 28's fifth speaker part. Batch 16 (sets BI-BL: surveillance cameras, licence-plate readers
and smart-city data platforms in Canadian cities and provinces; safe-city and smart-city programmes, CCTV and biometric ID
in West Africa and the foreign firms that build them; AI video analytics, smart cameras and mobility data platforms in
German, Austrian and Scandinavian cities and transport operators; police use of phone location data bought from
brokers, cell-site simulators and real-time camera networks in US and European cities) was written by four helper
sessions in the same round with the same instructions and run once, with no framing candidate, on the library after
round 28's seventh speaker part. Batch 17 (sets BM-BP: safe-city projects, command centres and facial recognition
in Pakistani and Bangladeshi cities; face recognition on metro systems and city cameras in Russian and Belarusian cities,
protests, and the vendors that supply or left those markets; security technology at sports mega-events and their host
cities and the laws passed for them; camera networks run by business improvement districts, shopping streets and
private-public partnerships in British and American city centres) likewise, after round 28's ninth speaker part.
Batch 18 (sets BQ-BT: drone and aerial surveillance over cities, protests and large events; smart streetlights, smart
poles and small cells with cameras and sensors in European and North American cities; school and campus security
technology; surveillance in public transport, face-payment fare gates and station crowd analytics in Asia, the Middle
East and Europe) was written by four helper sessions in the fourteenth round, kept sealed through the fifteenth, and run
once in the sixteenth to decide its pre-registered candidate (docs/framing.md, "Sixteenth round"); batch 19 (sets BU-BX:
surveillance, digital ID and SIM registration in East African cities; surveillance of protests and journalists in
South and South-East Asian capitals; traffic and parking cameras in mid-sized European cities; EU-funded AI cameras and
command centres in Central and Eastern Europe), written in the fifteenth round, likewise for the round's second
candidate, the ``relative`` score (an option of :func:`discourse.framing.frame_scores`, not its default: docs/framing.md).
Batch 20 (sets BY-CB: safe-city platforms in Latin American secondary cities and their vendors; facial and licence-plate
recognition in British police forces and councils; city data platforms, sensors and digital twins in Indian and
Indonesian cities; AI video and biometrics in smart ports and free-trade zones), written after the sixteenth round's
candidates were decided, was kept sealed until the twentieth round and run once for its candidate, interview turns
(docs/framing.md, "Twentieth round").
``--hits`` refuses batches 2, 3 and 5-20, which are measured, never read; ``--batch measured`` scores those
together. ``--ci N`` adds 95% intervals of the pooled AUCs of the default score and the regex rate, and of the gain
between them, from N resamples of whole sets (:func:`set_bootstrap`), and of ``relative`` and its difference from the
default on the same resamples; with ``--before REV``, also of the default score's change from REV's, paired on the
same resamples (how a pre-registered candidate is judged since the twentieth round).

Measures, as in ``validate_framing.py``: ``rate shrunk`` (the default of :func:`discourse.framing.frame_scores`),
``relative`` (its sixteenth-round option; a revision without it has no such row), ``rate`` (evaluative pole hits in the author's voice per 1,000 words), the use-aware log-odds balance (all voices;
author's voice), plain counting (every hit), and the naive baselines: a case-insensitive regular expression of
the same pole entries over the raw text, as a rate per 1,000 words and as a log-odds. AUCs for vendor > rights,
vendor > news, news > rights (policy > rights beside them), per batch and pooled; group means of the rate.
``--before REV`` scores the same pages with a revision's package in the same process (no kernels needed: the
framing path is pure Python). ``--lss`` adds Latent Semantic Scaling seeded with the lexicon's single-word pole
entries (vectors from these pages' sentences). ``--wordscores`` adds :class:`discourse.Wordscores` (content words;
vendor pages +1, rights pages -1 as references; smoothing 0.5, MV rescaling) trained on the *other* batches and, when
the development pages are at ``--dev`` (default ``../shared/validation/framing_dev.jsonl``), trained on those: a
scaling model fitted on one set of publishers and themes, scored on another.

With ``--batch all`` the pages of all batches are scored together (the shrunk rate and LSS are relative to the
pages scored together), so its per-batch rows can differ a little from a ``--batch 1`` or ``--batch 2`` run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import package_at  # noqa: E402
from benchmarks.validate_framing import auc, regex_counts  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "blind_framing"
BATCHES = {"1": tuple("ABCD"), "2": tuple("EFGH"), "3": tuple("IJKL"), "4": tuple("MNOP"), "5": tuple("QRST"),
           "6": tuple("UVWX"), "7": ("Y", "Z", "AA", "AB"), "8": ("AC", "AD", "AE", "AF"),
           "9": ("AG", "AH", "AI", "AJ"), "10": ("AK", "AL", "AM", "AN"),
           "11": ("AO", "AP", "AQ", "AR"), "12": ("AS", "AT", "AU", "AV"),
           "13": ("AW", "AX", "AY", "AZ"), "14": ("BA", "BB", "BC", "BD"),
           "15": ("BE", "BF", "BG", "BH"), "16": ("BI", "BJ", "BK", "BL"),
           "17": ("BM", "BN", "BO", "BP"), "18": ("BQ", "BR", "BS", "BT"),
           "19": ("BU", "BV", "BW", "BX"), "20": ("BY", "BZ", "CA", "CB")}  # (set names of two letters from batch 7 on)
READ = ("1", "4")  # the batches read for rules (--hits); every other batch is measured, never read
CONTRASTS = (("vendor", "rights"), ("vendor", "news"), ("news", "rights"), ("policy", "rights"))
KEYS = ("id", "domain", "outlet", "label", "title", "text")


def load(sets) -> pd.DataFrame:
    """The pages of the given sets (set names, or a string of one-letter names), one row each, with ``set`` and ``batch``; malformed files refused."""
    rows = []
    for s in sets:
        path = DATA / f"pages{s}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            missing = [k for k in KEYS if k not in r]
            if missing or r["label"] not in {"vendor", "rights", "news", "policy"}:
                raise ValueError(f"{path.name}:{n}: missing {missing} or unknown label {r.get('label')!r}")
            rows.append({k: r[k] for k in KEYS} | {"set": s,
                                                     "batch": next(b for b, ss in BATCHES.items() if s in ss)})
    df = pd.DataFrame(rows)
    if df["id"].duplicated().any():
        raise ValueError(f"duplicate page ids: {sorted(df.loc[df['id'].duplicated(), 'id'])}")
    return df


def measures(dc, pages: pd.DataFrame, *, lss: bool = False) -> pd.DataFrame:
    """One row per page, one column per measure, computed with the package ``dc`` (this tree's or a revision's)."""
    corpus = dc.Corpus.from_dataframe(pages[["id", "label", "text"]].rename(columns={"id": "doc_id", "label": "source"}))
    tokens = dc.tokenize(corpus)
    lex = dc.load_lexicon("framing")
    out = pages.set_index("id")[["label", "set", "batch"]].copy()
    n_words = tokens[~tokens["is_punct"]].groupby("doc_id", sort=False).size().reindex(out.index)
    for name, uses in (("use-aware", "evaluative"), ("plain", "all")):
        fb = dc.frame_balance(tokens, lex, level="document", voice=["all", "author"], uses=uses, n_boot=0)
        for v in ("all", "author"):
            col = name if v == "all" else f"{name}|author"
            # a page with no counted pole hit leans neither way: 0 for ranking (as validate_framing.py)
            out[col] = fb[fb["voice"] == v].set_index("doc_id")["balance"].reindex(out.index).fillna(0.0)
    framing = importlib.import_module(dc.__name__ + ".framing")
    fs = framing.frame_scores
    out["rate"] = fs(tokens, lex, method="rate").set_index("doc_id")["score"].reindex(out.index).fillna(0.0)
    out["rate shrunk"] = fs(tokens, lex, method="shrunk").set_index("doc_id")["score"].reindex(out.index)
    if "relative" in getattr(framing, "SCORE_METHODS", ()):
        # (the sixteenth round's pre-registered candidate; a revision without the method has no such row)
        out["relative"] = fs(tokens, lex, method="relative").set_index("doc_id")["score"].reindex(out.index).fillna(0.0)
    texts = pages.set_index("id")["text"]
    a, b = regex_counts(texts, lex)
    out["regex rate"] = (1000.0 * (a - b) / n_words).fillna(0.0)
    out["regex"] = np.log((a + 0.5) / (b + 0.5))
    if lss:
        seeds = {pole: [e.pattern for e in lex.entries if e.category == pole and " " not in e.pattern
                        and not getattr(e, "name", False)] for pole in ("promotional", "rights")}
        model = dc.LatentSemanticScaling(seeds=seeds, k=50, random_state=0).fit(tokens)
        out["lss"] = model.transform(tokens).set_index("doc_id")["score"].reindex(out.index).fillna(0.0)
    return out


def wordscores_scores(dc, pages: pd.DataFrame, dev: Path | None) -> pd.DataFrame:
    """Wordscores of every page from a model fitted on the other batches (column ``wordscores (other batches)``:
    leave one batch out) and, if ``dev`` exists, on the development pages (``wordscores (dev pages)``)."""
    import warnings

    def counts_of(frame: pd.DataFrame):
        corpus = dc.Corpus.from_dataframe(frame[["id", "label", "text"]]
                                          .rename(columns={"id": "doc_id", "label": "source"}))
        tokens = dc.tokenize(corpus)
        return dc.count_terms(tokens[~tokens["is_punct"] & ~tokens["is_stop"]], by="doc_id")

    def fit(counts, frame: pd.DataFrame):
        ref = frame[frame["label"].isin(["vendor", "rights"])]
        pos = {d: (1.0 if lab == "vendor" else -1.0) for d, lab in zip(ref["id"], ref["label"], strict=True)}
        return dc.Wordscores(smoothing=0.5, rescaling="mv").fit(counts[counts["doc_id"].isin(list(pos))], pos)

    def score(model, counts, ids) -> pd.Series:
        with warnings.catch_warnings():  # many references share the two positions: MV uses their means
            warnings.filterwarnings("ignore", message="More than two reference scores")
            out = model.transform(counts[counts["doc_id"].isin(list(ids))]).set_index("doc_id")["rescaled"]
        return out.reindex(list(ids))

    counts = counts_of(pages)
    out = pd.DataFrame(index=pages["id"])
    if pages["batch"].nunique() >= 2:
        col = pd.Series(np.nan, index=out.index)
        for b in sorted(pages["batch"].unique()):
            model = fit(counts, pages[pages["batch"] != b])
            ids = pages.loc[pages["batch"] == b, "id"]
            col[ids.to_numpy()] = score(model, counts, ids).to_numpy()
        out["wordscores (other batches)"] = col
    if dev is not None and dev.exists():
        rows = pd.DataFrame([json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()
                             if line.strip()])
        out["wordscores (dev pages)"] = score(fit(counts_of(rows), rows), counts, pages["id"]).to_numpy()
    return out


def auc_table(scores: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    """AUC of each measure for each contrast, per batch and pooled."""
    rows = []
    groups = [(f"batch {b}", scores[scores["batch"] == b]) for b in sorted(scores["batch"].unique())]
    if len(groups) > 1:
        groups.append(("pooled", scores))
    for where, part in groups:
        for col in cols:
            row = {"pages": where, "measure": col}
            for pos, neg in CONTRASTS:
                row[f"{pos[0]}>{neg[0]}"] = round(auc(part[col], part["label"], pos, neg), 3)
            rows.append(row)
    return pd.DataFrame(rows)


def set_bootstrap(scores: pd.DataFrame, cols: list[str], *, n: int = 2000, seed: int = 0,
                  level: float = 0.95, gains: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """Percentile intervals of the pooled AUC of each measure in ``cols`` for the three known-group contrasts, and of
    each gain of one measure over another in ``gains`` (default: the first measure's over the second), from ``n``
    resamples of whole sets with replacement (``seed`` fixes them).

    The unit resampled is the set: sixteen pages one helper session wrote on one theme, so pages of a set share a writer
    and a subject and are not independent draws; resampling pages would understate the uncertainty (the cluster
    bootstrap, Davison & Hinkley 1997, 3.8; Field & Welsh 2007). The gain is computed on the same resample for both
    measures (paired). One row per measure (and 'gain') and contrast: the pooled point value, ``lo`` and ``hi``."""
    if n < 1:
        raise ValueError(f"n={n}: the number of resamples must be at least 1")
    gains = [(cols[0], cols[1])] if gains is None else gains
    rng = np.random.default_rng(seed)
    sets = sorted(scores["set"].unique())
    parts = {s: scores[scores["set"] == s] for s in sets}
    contrasts = CONTRASTS[:3]
    draws: dict[tuple[str, str], list[float]] = {}
    for _ in range(n):
        part = pd.concat([parts[s] for s in rng.choice(sets, size=len(sets), replace=True)], ignore_index=True)
        for pos, neg in contrasts:
            key = f"{pos[0]}>{neg[0]}"
            got = {c: auc(part[c], part["label"], pos, neg) for c in cols}
            for c in cols:
                draws.setdefault((c, key), []).append(got[c])
            for a, b in gains:
                draws.setdefault((f"gain of {a} over {b}", key), []).append(got[a] - got[b])
    rows = []
    tail = (1 - level) / 2
    pooled = {(c, f"{p[0]}>{q[0]}"): auc(scores[c], scores["label"], p, q) for c in cols for p, q in contrasts}
    for (measure, key), vals in draws.items():
        pair = next(((a, b) for a, b in gains if measure == f"gain of {a} over {b}"), None)
        point = pooled[(measure, key)] if pair is None else pooled[(pair[0], key)] - pooled[(pair[1], key)]
        arr = np.asarray(vals, dtype=float)
        # a paired gain is printed to six places: whether its interval lies wholly below zero decides a rule's fate,
        # and a bound of -0.00004 rounds to a sign-less 0.0000 at four
        digits = 4 if pair is None else 6
        rows.append({"measure": measure, "contrast": key, "pooled": round(point, digits),
                     "lo": round(float(np.nanquantile(arr, tail)), digits),
                     "hi": round(float(np.nanquantile(arr, 1 - tail)), digits)})
    return pd.DataFrame(rows)


def show_hits(dc, pages: pd.DataFrame, scores: pd.DataFrame) -> None:
    """Every pole hit of each page in context, with its use, voice and rule, pages by label and rate."""
    corpus = dc.Corpus.from_dataframe(pages[["id", "label", "text"]].rename(columns={"id": "doc_id", "label": "source"}))
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus, categories=["promotional", "rights"])
    for label in ("vendor", "news", "rights", "policy"):
        part = scores[scores["label"] == label].sort_values("rate")
        for doc_id, r in part.iterrows():
            print(f"\n== {doc_id} {label} rate {r['rate']:+.1f} shrunk {r['rate shrunk']:+.2f} "
                  f"regex rate {r['regex rate']:+.1f}  {pages.set_index('id').loc[doc_id, 'title'][:70]!r}")
            for _, h in hits[hits["doc_id"] == doc_id].iterrows():
                counted = "*" if h["use"] == "evaluative" and h["voice"] == "author" else " "
                print(f"  {counted} {h['frame'][:5]} {h['use'][:5]:5} {h['voice'][:6]:6} {str(h['use_rule'] or ''):16} "
                      f"{str(h['left'])[-50:]:>50} [{h['matched']}] {str(h['right'])[:40]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default=None, help="a git revision to score beside this tree")
    ap.add_argument("--batch", default="all", choices=[*BATCHES, "all", "measured"],
                    help="one batch, all of them, or 'measured': every batch never read for a rule (not 1 or 4)")
    ap.add_argument("--hits", action="store_true", help="print every pole hit of each page (batches 1 and 4 only)")
    ap.add_argument("--lss", action="store_true", help="add Latent Semantic Scaling")
    ap.add_argument("--ci", type=int, default=0, metavar="N",
                    help="95%% intervals of the pooled AUCs and of the default score's gain over the regex rate from N "
                         "resamples of whole sets (e.g. --ci 2000)")
    ap.add_argument("--seed", type=int, default=0, help="the seed of the resamples of --ci")
    ap.add_argument("--wordscores", action="store_true",
                    help="add Wordscores trained on the other batches and on the development pages")
    ap.add_argument("--dev", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "validation"
                    / "framing_dev.jsonl", help="the development pages, for --wordscores")
    args = ap.parse_args(argv)
    if args.hits and args.batch not in READ:  # batches 2, 3 and 5-20 are measured, never read
        ap.error("--hits reads the pages the rules are written from: batch 1 or 4 only (--batch 1, --batch 4); "
                 "batches 2, 3 and 5-20 are scored, never read for a rule")
    if args.batch in ("all", "measured"):
        sets = [s for b, ss in BATCHES.items() for s in ss if args.batch == "all" or b not in READ]
    else:
        sets = BATCHES[args.batch]
    pages = load(sets)
    import discourse as dc

    cols = ["rate shrunk", "rate", "use-aware", "use-aware|author", "plain", "regex rate", "regex"]
    cols += ["lss"] if args.lss else []
    scores = measures(dc, pages, lss=args.lss)
    cols += ["relative"] if "relative" in scores else []
    if args.wordscores:
        ws = wordscores_scores(dc, pages, args.dev)
        scores = scores.join(ws)
        cols += list(ws.columns)
    print(f"{len(pages)} pages: " + ", ".join(f"{k} {v}" for k, v in pages["label"].value_counts().items()))
    table = auc_table(scores, cols)
    if args.before:
        old = package_at(args.before)
        before = measures(old, pages, lss=args.lss)
        extra = auc_table(before, ["rate shrunk", "rate", "use-aware|author"])
        extra["measure"] = extra["measure"] + f" ({args.before})"
        table = pd.concat([table, extra], ignore_index=True).sort_values("pages", kind="stable")
    with pd.option_context("display.width", 200, "display.max_rows", 200):
        print(table.to_string(index=False))
        means = scores.groupby(["batch", "label"])[["rate", "regex rate"]].mean().round(1).unstack("label")
        print("\ngroup means per 1,000 words (author's voice, evaluative; regex: every match):")
        print(means.to_string())
        for col in [c for c in ("rate shrunk", "relative", "rate") if c in scores]:
            for pos, neg in CONTRASTS[1:3]:
                gain = [auc(p[col], p["label"], pos, neg) - auc(p["regex rate"], p["label"], pos, neg)
                        for _, p in scores.groupby("batch")]
                print(f"gain of {col} over the regex rate, {pos} > {neg}, per batch: "
                      + ", ".join(f"{g:+.3f}" for g in gain))
        if args.ci:
            # the default score of frame_scores against the regex rate; and the sixteenth round's 'relative' paired
            # with the default on the same resamples (its gain rows: relative minus rate shrunk)
            cols, gains = ["rate shrunk", "regex rate"], [("rate shrunk", "regex rate")]
            if "relative" in scores:
                cols, gains = [*cols, "relative"], [*gains, ("relative", "rate shrunk")]
            if args.before:  # a candidate against the revision before it, paired on the same resamples
                old_col = f"rate shrunk ({args.before})"
                scores[old_col] = before["rate shrunk"]
                cols, gains = [*cols, old_col], [*gains, ("rate shrunk", old_col)]
            boot = set_bootstrap(scores, cols, n=args.ci, seed=args.seed, gains=gains)
            print(f"\n95% intervals from {args.ci} resamples of whole sets (seed {args.seed}), "
                  f"{scores['set'].nunique()} sets:")
            print(boot.to_string(index=False))
    if args.hits:
        show_hits(dc, pages, scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
