"""Known-groups validity of the frame balance, with folds by web domain and a naive regex baseline.

    python benchmarks/validate_framing.py [PATH] [--folds 5] [--voice all]
    python benchmarks/validate_framing.py [PATH] --misranked [--misranked-folds 0,1,2] [--method rate]

PATH is the development split of the framing validation set (default ``../shared/validation/framing_dev.jsonl``
next to the repository; one JSON object a line with ``id``, ``domain``, ``label``, ``text``; see that folder's
README). The texts are read, never copied into the repository.

**Groups.** ``label`` says who published the page: ``vendor``, ``rights``, ``news``, ``policy``. A framing
measure that works places vendor pages on the promotional side, rights organisations on the critical side,
news between (policy pages are a mixed group: reported beside the others, not a known group).

**Folds.** Pages are split by web domain into ``--folds`` folds: the fold of a page is the CRC-32 of its
registrable domain (the last two labels, three for second-level country domains such as ``org.uk``;
``newsroom.axis.com`` and ``axis.com`` are one domain) modulo K. So every page of one publisher is in one
fold, and a measure is never tested on a publisher it was tuned on. The split does not depend on the order
of the file or on a random seed.

**Measures**, each a per-page signed log-odds ``log((a + 0.5) / (b + 0.5))`` of promotional (``a``) and
rights (``b``) hits, in the ``--voice`` rows of :func:`discourse.frame_balance` (default ``all``):

- ``use-aware``: :func:`discourse.frame_balance` with its defaults (``uses="evaluative"``: only hits that
  :mod:`discourse.stance` finds the speaker adopts);
- ``plain``: the same with ``uses="all"`` (every lexicon hit; the 1.x counting with the 2.0 lexicon);
- ``regex``: the naive baseline: a case-insensitive regular expression per pole made of the same lexicon
  entries (globs ``*`` -> ``\\w*``, ``?`` -> ``\\w``, phrases with ``\\s+``, word boundaries, longer
  alternatives first), counted over the raw page text;
  ``regex 2.0`` is the same with the entries of lexicon 2.0.0 (the 3.0.0 entries, marked ``since = "3.0.0"``
  in the TOML file, left out), so that a reader sees how much of a gain comes from the new entries and how
  much from the use and voice rules;
- ``use-aware|author``: the same in the author's own voice only (quoted and reported speech left out);
- ``rate``: the signed rate of evaluative pole hits in the author's voice per 1,000 words of the page,
  ``1000 (a - b) / n_words``, from the ``n_positive``/``n_negative`` of :func:`discourse.frame_balance`
  (``voice="author"``) and the page's word tokens (all voices). Unlike the log-odds it grows with how
  densely a page uses a frame, and a page with one hit on one pole is not as far out as a page with ten;
  ``regex rate`` is the baseline computed the same way (regex counts, same word totals; ``regex rate 2.0``
  with the 2.0.0 entries). **The rate in the author's voice is the default ranking score** since lexicon
  3.0.0: chosen on the tuning folds 0-2 (it had the highest AUCs there on all three known-group contrasts,
  before and after the 3.0 rules), reported on the held-out folds as it came out; since the second round
  its shrunk form (``rate shrunk`` below, :func:`discourse.framing.frame_scores`) is the default, by a hair;
- ``wordscores``: :class:`discourse.Wordscores` (LBG 2003; Martin-Vanberg rescaling) with vendor pages at
  +1 and rights pages at -1 as reference texts, content words only (no stopwords, no punctuation). Never
  scored with its own fold: a held-out fold (3, 4) is scored by the model fitted on the tuning folds; a
  tuning fold by the model fitted on the other tuning folds (fold 1 has no vendor page, fold 0 no rights
  page, so those models rest on few references of one side);
- ``lss``: :class:`discourse.LatentSemanticScaling` (Watanabe 2021) seeded with the single-word,
  non-name entries of the two poles, word vectors from the sentences of all pages (no labels used;
  ``k=50``, chosen over 100 on the tuning folds);
- ``tuned``: nested choice of ``uses`` among {evaluative; evaluative+reported; all but distanced; all} and
  of the voice (all, author), made on the tuning folds only (for a tuning fold: on the other tuning folds)
  by the highest mean of the three known-group AUCs.


**Candidates of the second round (pre-registered 2026-12-02, written here before any of them was run).**
The rate counts only pole hits, and most pages have hits on one pole only, so it is in effect a signed hit
count per word; these candidates also weigh the rest of the vocabulary, or temper pages with few hits. None
uses a label; every one is computed on the pages scored together (here all 71, as an analyst would score an
unlabelled corpus):

- ``rate+lss``: the mean of the z-scores of ``rate`` and of ``lss`` over the pages (LSS ``score`` is
  already a z-score; the rate is standardised with its mean and sample standard deviation);
- ``rate+lss rank``: the mean of the two measures' ranks (average ranks of ties) over the pages;
- ``lss weighted``: :class:`discourse.LatentSemanticScaling` (``k=50``, as ``lss``) whose seeds are every
  single-word entry of each pole (globs kept, names left out, as ``lss``), each weighted by its number of
  evaluative hits in the author's voice in the corpus being scored (:func:`discourse.find_frame_terms`;
  entries without such a hit drop out), rather than all seeds weighing the same: the lexicon's rules say
  which entries the corpus really uses as frames;
- ``rate+lss weighted``: the mean of the z-scores of ``rate`` and ``lss weighted``;
- ``rate shrunk``: per page and pole, the z-score of Monroe, Colaresi & Quinn's (2008, Political Analysis
  16(4), eqs. 16 and 18-20) log-odds with an informative Dirichlet prior, the page's evaluative author-voice
  hits of the pole (``y``) in its ``n`` words against the corpus's (``Y`` in ``N``), prior
  ``alpha = alpha_0 * Y / N`` with ``alpha_0`` the median page length in words (a prior worth one typical
  page at the corpus rate): ``delta = log((y + alpha) / (n + alpha_0 - y - alpha)) - log((Y + alpha) /
  (N + alpha_0 - Y - alpha))``, ``z = delta / sqrt(1 / (y + alpha) + 1 / (Y + alpha))``; score = z of the
  promotional pole minus z of the rights pole. A page with one or two hits is pulled toward the corpus
  rate; a long page with many hits keeps its distance.

**Rule of choice (fixed before the run).** Each candidate is compared with ``rate`` by the mean of its three
known-group AUCs on folds 0-2 only (``--tuning-only`` prints nothing else). The best candidate, if its mean
there exceeds the rate's, becomes a documented public option; it becomes the default only if, run once on
folds 3-4, the mean of its three held-out AUCs is not below the rate's. Every candidate is reported on every
part of the split, the losers included, beside the regex baseline.

**Outcome (run once as registered; ``--tuning-only`` first, then the whole split once).** Mean of the three
known-group AUCs on folds 0-2: ``rate`` 0.930; ``rate shrunk`` 0.931, ``rate+lss rank`` 0.926, ``rate+lss
weighted`` 0.919, ``rate+lss`` 0.909, ``lss weighted`` 0.876 (``lss`` 0.876). ``rate shrunk`` was the only
candidate above the rate, by one vendor>news pair lost and two news>rights pairs won, and it tied the rate on
folds 3-4 (1.000 / 0.900 / 0.950 for both), so by the rule it is the default method of
:func:`discourse.framing.frame_scores` (``method="shrunk"``; ``method="rate"`` gives the rate). The
difference is within a page or two: the two rank these pages almost alike. No LSS combination helped: the
corpus's own word vectors from 71 page openings add noise to the lexicon count (on folds 3-4 they lower
news>rights to 0.700-0.900). The ``rate`` row keeps its name and figures.
**Third round: news reporting (stance 3.1 rules, lexicon 3.1.0).** Diagnosis on folds 0-2 only: of the
180 vendor/news pairs there, 32 were misordered by the rate; the news pages above vendor pages were trade
press whose promotional hits sat in reported material the rules missed (a final reporting clause with
inversion, ", said Ann Roe, a director at Acme.", whose clause held an apposition; a medial reporting
clause, "For a city to be truly smart, he says it needs ..."; speech acts reported by verb and message,
"expounding the principle of the smart city as a nervous system", "promoting the city ... as a model smart
city"; "the analogy of the nervous system"; "the intelligent operations centre (IOC)"), or trade-press
articles that promote in their own voice; the vendor pages below news pages are third-person case studies
whose promotion is in words no lexicon entry holds, or in the "Safe City" name. Six changes (five rules,
one lexicon entry), each written from the literature with tests on written sentences, measured on folds
0-2, then run once on folds 3-4 and kept only if the held-out figures did not fall (rate, tuning v>n after each: 0.828, 0.839, 0.839,
0.850, 0.861, 0.861; held-out 0.933 after the first, then unchanged): the inverted final reporting clause
(``discourse.quotes``), ``speech_act``, mention nouns for figures of speech, ``acronym_name``, medial
reporting clauses (``reporting_verb``), and in the lexicon "smarter cit*" no longer a name (3.1.0). Another
idea was dropped before any held-out run: the sentence right after someone's speech read as continuing it
(implicit attribution, Sanders 2010) raised v>n on folds 0-2 to 0.861 by itself, but on the seeds it took
the critical writer's own comment after a vendor quotation ("This has human rights experts worried") for
the vendor's, so it misreads the genre it was meant for. **The fold-0-2 figures of this round are
in-sample**: the rules were written after reading those pages' hits (all the news-side changes there come
from three pages). Rate before -> after: folds 0-2 1.000 / 0.822 / 0.967 -> 1.000 / 0.861 / 0.967; folds 3-4
1.000 / 0.900 / 0.950 -> 1.000 / 0.933 / 0.950 (one pair of 30 on v>n); pooled 1.000 / 0.875 / 0.970 -> 1.000
/ 0.899 / 0.970; the regex rate is unchanged (1.000 / 0.706 / 0.928; 1.000 / 0.867 / 0.975; 1.000 / 0.784 /
0.938); ``rate shrunk`` 1.000 / 0.867 / 0.972, 1.000 / 0.933 / 0.950, 1.000 / 0.904 / 0.973. Targets: vendor >
news >= 0.92 still not met on folds 0-2 or pooled (met on folds 3-4: 3 vendor pages); the gain over the
regex rate is now +0.115 pooled on vendor > news (met) and +0.032 on news > rights (not met).

**Fourth round: vendor > news (rules of 2026-12-02, lexicon 3.2.0 unchanged).** ``--misranked`` (above) read on
folds 0-2: 25 of 180 vendor/news pairs misordered by the rate (0.861). Of the 37 promotional hits counted on
the 7 news pages involved, 26 are the writers' own promotional register (trade and technology press; three
such pages make 18 of the 25 pairs) and 11 arguable (4 paraphrase of an interviewed vendor without a
reporting verb, 3 names of technology classes, 1 everyday sense, 1 third-person possessive, 1 section label,
1 factive "noted that"); the 6 vendor pages promote through their own programme, product and event names
(read as names by design) or in words no entry holds. Removing all 11 by hand would give 0.911. Candidates
measured on folds 0-2: the ``classifier`` rule for phrases that begin with "smart"/"intelligent" before a
device noun (kept: 0.861 -> 0.867), third-person possessives as genitives (0.856, dropped), factive verbs as
reporting verbs (0.872 with the first; not made, it reverses a documented decision on one hit), distinct
entries per page instead of hits (0.811, dropped). Folds 3-4, run once afterwards: unchanged (1.000 / 0.933 /
0.950); pooled 1.000 / 0.904 / 0.980 (0.899 before). The fold-0-2 figure is in-sample.

**Fold discipline.** Folds 0, 1, 2 (``--tuning-folds``) are where measures and rules were chosen; folds 3
and 4 were never looked at for a choice. Every measure is reported on the tuning folds, on the held-out
folds and pooled, always next to the regex baseline computed the same way. Measures chosen on the tuning
folds: ``rate`` (author voice and all-word denominator over all voices and the author's own words),
``lss`` with ``k=50``. The rules of :mod:`discourse.stance` and the lexicon entries were written from
linguistics and the seeds, then measured here once with every fold held out; one rule was changed after
that (``proper_name``: a capitalised term must sit inside a longer name), prompted by the seeds and by
hits read on the tuning folds only. Lexicon 3.0.0 and the 3.0 rules (``stance_noun``, ``classifier``,
``mention``, the heads of ``referent_modifier`` for bodies, documents and ideas named by their field) were
designed from the literature and tested on written sentences; their effect was measured on the tuning
folds only, one candidate rule (third-person possessives as genitives) was dropped there because it did
not help, and the held-out folds were run once afterwards.

**Diagnosis (``--misranked``).** Lists, for the tuning folds only, the vendor and news pages that the
default ranking score (``--method rate``, or ``shrunk``) puts on the wrong side of each other: every vendor
page scored at or below some news page of the listed folds, every news page scored at or above some vendor
page, each with its word count, counted hits, score, the pages it is misordered against, and every pole hit
in context (counted hits -- evaluative in the author's voice -- marked ``*``; the others with their use, voice
and rule). Only the pages of the listed folds are read and scored (so ``shrunk`` uses their corpus rate, not
that of all pages). A held-out fold is refused: reading its pages would make it a tuning fold. The output
quotes the pages; it is for reading at the terminal, not for committing.

**Figures.** AUC = Mann-Whitney U of the first group over ``n1 * n2`` (ties count one half; Hanley &
McNeil 1982), computed with scipy: the probability that a page of the first group scores higher than a
page of the second. Per fold (where both groups have pages in the fold) and pooled over all held-out
folds; group means of the balance. Targets of issue 11 (to be checked on unseen domains): vendor>rights >=
0.99, vendor>news >= 0.92, news>rights >= 0.90, means ordered vendor > news > rights, and >= 0.10 AUC above
the regex baseline on vendor>news and news>rights.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import mannwhitneyu

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "validation" / "framing_dev.jsonl"
CONTRASTS = [("vendor", "rights"), ("vendor", "news"), ("news", "rights"), ("vendor", "policy"),
             ("policy", "rights")]
KNOWN = CONTRASTS[:3]
CANDIDATES = ["rate+lss", "rate+lss rank", "lss weighted", "rate+lss weighted", "rate shrunk", "relative"]
USE_OPTIONS = {"evaluative": "evaluative", "evaluative+reported": ["evaluative", "reported"],
               "all but distanced": ["evaluative", "referential", "reported"], "all": "all"}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}


def registrable_domain(domain: str) -> str:
    """``newsroom.axis.com`` -> ``axis.com``; ``www.amnesty.org.uk`` -> ``amnesty.org.uk``; ports dropped."""
    host = domain.lower().split(":")[0].strip(".")
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def fold_of(domain: str, k: int) -> int:
    return zlib.crc32(registrable_domain(domain).encode("utf-8")) % k


def auc(scores: pd.Series, labels: pd.Series, pos: str, neg: str) -> float:
    a = scores[labels == pos].dropna().to_numpy(dtype=float)
    b = scores[labels == neg].dropna().to_numpy(dtype=float)
    if len(a) == 0 or len(b) == 0:
        return float("nan")
    return float(mannwhitneyu(a, b).statistic) / (len(a) * len(b))


def regex_scores(texts: pd.Series, lexicon, poles=("promotional", "rights")) -> pd.Series:
    """The naive baseline: signed log-odds of case-insensitive regex counts of the pole entries."""
    a, b = regex_counts(texts, lexicon, poles)
    return np.log((a + 0.5) / (b + 0.5))


def regex_counts(texts: pd.Series, lexicon, poles=("promotional", "rights")) -> tuple[pd.Series, pd.Series]:
    """Case-insensitive regex counts of the entries of each pole in the raw texts."""
    def part(p: str) -> str:
        return "".join(r"\w*" if c == "*" else r"\w" if c == "?" else re.escape(c) for c in p)

    rx = {}
    for pole in poles:
        pats = sorted((e.pattern for e in lexicon.entries if e.category == pole), key=len, reverse=True)
        alts = [r"\s+".join(part(w) for w in p.split(" ")) for p in pats]
        rx[pole] = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)
    a = texts.map(lambda t: len(rx[poles[0]].findall(t)))
    b = texts.map(lambda t: len(rx[poles[1]].findall(t)))
    return a, b


def lexicon_before(lex, version: str = "3.0.0"):
    """The bundled lexicon without the entries marked ``since = "<version>"`` in its TOML file: the entry list
    of the release before (for ``version="3.0.0"``: the 2.0.0 entries), to report the regex baseline with the
    old entries beside the new ones. The library ignores ``since``; only this script reads it."""
    import tomllib

    import discourse as dc

    data = tomllib.loads(Path(lex.origin).read_text(encoding="utf-8"))
    added = {(cat, " ".join(str(item["pattern"]).lower().split())) for cat, body in data["categories"].items()
             for item in body.get("entries", []) if isinstance(item, dict) and item.get("since") == version}
    if not added:
        raise ValueError(f"no entry of {lex.origin} is marked since = {version!r}")
    kept = [e for e in lex.entries if (e.category, e.pattern) not in added]
    if len(lex.entries) - len(kept) != len(added):
        raise ValueError(f"{len(added)} entries are marked since = {version!r} but {len(lex.entries) - len(kept)} "
                         "were found in the lexicon; check the patterns")
    return dc.Lexicon(kept, name=lex.name, version=f"before {version}")


def measure_table(path: Path, k: int, voice: str, tuning: set[int] = frozenset({0, 1, 2}), *,
                  weighted_lss: bool = True) -> pd.DataFrame:
    """One row per page, one column per measure. ``weighted_lss=False`` leaves out the two ``lss weighted``
    candidates (a second LSS fit and a hit table; the test suite does without them)."""
    import discourse as dc

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    meta = pd.DataFrame({"doc_id": [r["id"] for r in rows], "label": [r["label"] for r in rows],
                         "domain": [registrable_domain(r["domain"]) for r in rows]})
    meta["fold"] = [fold_of(r["domain"], k) for r in rows]
    corpus = dc.load_corpus(path, text="text", source="label", doc_id="id")
    tokens = dc.tokenize(corpus)
    lex = dc.load_lexicon("framing")
    out = meta.set_index("doc_id")
    for name, uses in USE_OPTIONS.items():
        fb = dc.frame_balance(tokens, lex, level="document", voice=["all", "author"], uses=uses, n_boot=0)
        for v in ("all", "author"):
            # a page with no counted pole hit leans neither way: 0 for ranking (frame_balance leaves it
            # missing, as no estimate), so that every page takes part in every AUC
            out[f"{name}|{v}"] = fb[fb["voice"] == v].set_index("doc_id")["balance"].fillna(0.0)
        out[name] = out[f"{name}|{voice}"]
    texts = corpus.documents.set_index("doc_id")["text"]
    out["regex"] = regex_scores(texts, lex).reindex(out.index)
    out["use-aware"] = out["evaluative"]
    out["use-aware|author"] = out["evaluative|author"]
    out["plain"] = out["all"]
    # rates per 1,000 words of the page (its word tokens, every voice)
    n_words = tokens[~tokens["is_punct"]].groupby("doc_id", sort=False).size().reindex(out.index)
    fb = dc.frame_balance(tokens, lex, level="document", voice="author", n_boot=0).set_index("doc_id")
    out["rate"] = (1000.0 * (fb["n_positive"] - fb["n_negative"]) / n_words).reindex(out.index).fillna(0.0)
    a, b = regex_counts(texts, lex)
    out["regex rate"] = (1000.0 * (a - b).reindex(out.index) / n_words).fillna(0.0)
    # the same naive baselines with the 2.0.0 entries (before the promotional and advocacy registers of 3.0.0)
    old = lexicon_before(lex, "3.0.0")
    out["regex 2.0"] = regex_scores(texts, old).reindex(out.index)
    a, b = regex_counts(texts, old)
    out["regex rate 2.0"] = (1000.0 * (a - b).reindex(out.index) / n_words).fillna(0.0)
    out["wordscores"] = wordscores_scores(tokens, out, tuning)
    seeds = {pole: [e.pattern for e in lex.entries if e.category == pole and " " not in e.pattern
                    and not getattr(e, "name", False)] for pole in ("promotional", "rights")}
    lss = dc.LatentSemanticScaling(seeds=seeds, k=50, random_state=0).fit(tokens)
    out["lss"] = lss.transform(tokens).set_index("doc_id")["score"].reindex(out.index).fillna(0.0)
    # second-round candidates (pre-registered in the module docstring)
    out["rate+lss"] = (zscore(out["rate"]) + zscore(out["lss"])) / 2
    out["rate+lss rank"] = (out["rate"].rank() + out["lss"].rank()) / 2
    if weighted_lss:
        hits = dc.find_frame_terms(tokens, lex, categories=["promotional", "rights"])
        ev = hits[(hits["use"] == "evaluative") & (hits["voice"] == "author")]
        n_ev = ev.groupby(["frame", "entry"]).size()
        wseeds = {}
        for pole, sign in (("promotional", 1.0), ("rights", -1.0)):
            for pat in seeds[pole]:
                n = int(n_ev.get((pole, pat), 0))
                if n:
                    wseeds[pat] = sign * n
        lssw = dc.LatentSemanticScaling(seeds=wseeds, k=50, random_state=0).fit(tokens)
        out["lss weighted"] = lssw.transform(tokens).set_index("doc_id")["score"].reindex(out.index).fillna(0.0)
        out["rate+lss weighted"] = (zscore(out["rate"]) + zscore(out["lss weighted"])) / 2
    # the public scores (discourse.framing.frame_scores): its "rate" is the rate above, computed again
    from discourse.framing import frame_scores

    fs = frame_scores(tokens, lex, method="shrunk").set_index("doc_id").reindex(out.index)
    if not np.allclose(fs["rate"].fillna(0.0), out["rate"]):
        raise RuntimeError("the rate of frame_scores differs from the rate computed from frame_balance")
    out["rate shrunk"] = fs["score"]
    # the sixteenth round's pre-registered candidate (docs/framing.md, "Sixteenth round")
    out["relative"] = frame_scores(tokens, lex, method="relative").set_index("doc_id")["score"].reindex(
        out.index).fillna(0.0)
    return out.reset_index()


def zscore(x: pd.Series) -> pd.Series:
    return (x - x.mean()) / x.std(ddof=1)


def wordscores_scores(tokens: pd.DataFrame, pages: pd.DataFrame, tuning: set[int]) -> pd.Series:
    """Wordscores of every page from a model that never saw the page's fold: vendor +1, rights -1 as
    reference texts; held-out folds scored by the model of the tuning folds, a tuning fold by the model
    of the other tuning folds. MV-rescaled, so that scores of different models share the reference scale."""
    import discourse as dc

    content = tokens[~tokens["is_punct"] & ~tokens["is_stop"]]
    counts = dc.count_terms(content, by="doc_id")
    out = pd.Series(np.nan, index=pages.index)
    for f in sorted(set(pages["fold"])):
        train_folds = (tuning - {f}) if f in tuning else tuning
        ref = pages[pages["fold"].isin(train_folds) & pages["label"].isin(["vendor", "rights"])]
        pos = {d: (1.0 if lab == "vendor" else -1.0) for d, lab in ref["label"].items()}
        held = pages.index[pages["fold"] == f]
        if len(set(pos.values())) < 2:
            continue
        ws = dc.Wordscores(smoothing=0.5, rescaling="mv").fit(counts[counts["doc_id"].isin(list(pos))], pos)
        with warnings.catch_warnings():  # many references share the two positions: MV uses their means
            warnings.filterwarnings("ignore", message="More than two reference scores")
            sc = ws.transform(counts[counts["doc_id"].isin(held)]).set_index("doc_id")["rescaled"]
        out[held] = sc.reindex(held).to_numpy()
    return out.fillna(0.0)


def nested_tuned(df: pd.DataFrame, k: int, tuning: set[int]) -> tuple[pd.Series, dict[int, str]]:
    """Scores of the ``tuned`` measure: per fold, the ``uses``|voice option with the highest mean known-group
    AUC on the tuning folds (the other tuning folds when the fold is one of them; ties: the first option in
    USE_OPTIONS order). Held-out folds never take part in a choice."""
    scores = pd.Series(np.nan, index=df.index)
    chosen = {}
    for f in range(k):
        train = df[df["fold"].isin(tuning - {f})]
        best, best_v = None, -1.0
        for name in [f"{u}|{v}" for v in ("all", "author") for u in USE_OPTIONS]:
            v = np.nanmean([auc(train[name], train["label"], p, n) for p, n in KNOWN])
            if v > best_v + 1e-12:
                best, best_v = name, v
        chosen[f] = best
        held = df["fold"] == f
        scores[held] = df.loc[held, best]
    return scores, chosen


def misranked(path: Path, k: int, folds: set[int], method: str = "rate", *, pos: str = "vendor",
              neg: str = "news", window: int = 90) -> str:
    """The ``--misranked`` listing (see the module docstring) of the pages of ``folds``, as text."""
    import discourse as dc
    from discourse.framing import frame_scores

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if fold_of(r["domain"], k) in folds and r["label"] in (pos, neg)]
    if not rows:
        raise ValueError(f"no {pos} or {neg} page in folds {sorted(folds)}")
    meta = pd.DataFrame({"doc_id": [r["id"] for r in rows], "label": [r["label"] for r in rows],
                         "domain": [registrable_domain(r["domain"]) for r in rows],
                         "fold": [fold_of(r["domain"], k) for r in rows]}).set_index("doc_id")
    texts = {r["id"]: r["text"] for r in rows}
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                                                    "source": meta["label"].to_numpy()}),
                                      text="text", doc_id="doc_id", source="source")
    tokens = dc.tokenize(corpus)
    lex = dc.load_lexicon("framing")
    sc = frame_scores(tokens, lex, method=method).set_index("doc_id")
    meta = meta.join(sc[["score", "n_positive", "n_negative", "n_words"]])
    meta["score"] = meta["score"].fillna(0.0)
    hits = dc.find_frame_terms(tokens, lex, categories=["promotional", "rights"])
    P = meta[meta["label"] == pos]
    N = meta[meta["label"] == neg]
    bad = [(v, n) for v in P.index for n in N.index if P.at[v, "score"] <= N.at[n, "score"]]
    n_pairs = len(P) * len(N)
    ties = sum(P.at[v, "score"] == N.at[n, "score"] for v, n in bad)
    out = [f"{method} on folds {sorted(folds)}: {len(P)} {pos} and {len(N)} {neg} pages, {n_pairs} pairs; "
           f"{len(bad)} misordered ({ties} of them ties), AUC {1 - (len(bad) - ties / 2) / n_pairs:.3f}"]
    against: dict[str, list[str]] = {}
    for v, n in bad:
        against.setdefault(v, []).append(n)
        against.setdefault(n, []).append(v)
    order = sorted(against, key=lambda d: (meta.at[d, "label"] != pos, -len(against[d]), d))
    for d in order:
        m = meta.loc[d]
        out.append(f"\n=== {m['label']} {d} ({m['domain']}, fold {m['fold']}): {method} {m['score']:.3f}, "
                   f"{int(m['n_words'])} words, counted {int(m['n_positive'])} promotional / "
                   f"{int(m['n_negative'])} rights; misordered against {len(against[d])}: "
                   + ", ".join(sorted(against[d])))
        text = texts[d]
        h = hits[hits["doc_id"] == d]
        for r in h.itertuples():
            counted = r.use == "evaluative" and r.voice == "author"
            left = " ".join(text[max(0, r.start - window):r.start].split())
            right = " ".join(text[r.end:r.end + window].split())
            tag = "*" if counted else " "
            out.append(f"  {tag} {r.frame[:5]:5s} {r.use:11s} {r.voice:8s} {r.use_rule:18s} ...{left} "
                       f"[[{text[r.start:r.end]}]] {right}...")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="framing_dev.jsonl (default: %(default)s)")
    ap.add_argument("--folds", type=int, default=5, help="number of domain folds (default 5)")
    ap.add_argument("--voice", default="all", choices=["all", "author"],
                    help="which voice row of frame_balance to score (default all)")
    ap.add_argument("--tuning-folds", default="0,1,2",
                    help="folds on which measures and rules were chosen (default 0,1,2); the others are held out")
    ap.add_argument("--tuning-only", action="store_true",
                    help="print only the AUCs on the tuning folds (for choosing among candidates without seeing "
                         "the held-out folds)")
    ap.add_argument("--misranked", action="store_true",
                    help="list the vendor and news pages of the tuning folds that are misordered against each "
                         "other, with their hits in context (tuning folds only; a held-out fold is refused)")
    ap.add_argument("--misranked-folds", default=None,
                    help="folds to list with --misranked (default: the tuning folds); each must be a tuning fold")
    ap.add_argument("--method", default="rate", choices=["rate", "shrunk"],
                    help="score whose misordered pairs --misranked lists (default rate)")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if args.folds < 2:
        print(f"--folds={args.folds}: need at least 2 folds", file=sys.stderr)
        return 2
    k = args.folds
    tuning = {int(x) for x in args.tuning_folds.split(",") if x.strip()}
    if not tuning or not tuning < set(range(k)):
        print(f"--tuning-folds={args.tuning_folds!r}: give some, not all, of the folds 0..{k - 1}", file=sys.stderr)
        return 2
    folds = tuning
    if args.misranked and args.misranked_folds is not None:
        folds = {int(x) for x in args.misranked_folds.split(",") if x.strip()}
        held = sorted(folds - tuning)
        if held or not folds:
            print(f"--misranked-folds={args.misranked_folds!r}: fold(s) {held} are held out (tuning folds: "
                  f"{sorted(tuning)}); --misranked reads tuning folds only, so that the held-out folds stay unread",
                  file=sys.stderr)
            return 2
    if not path.is_file():
        print(f"validation file not found: {path}; pass its path as the first argument", file=sys.stderr)
        return 2
    if args.misranked:
        print(misranked(path, k, folds, args.method))
        return 0
    df = measure_table(path, k, args.voice, tuning)
    df["tuned"], chosen = nested_tuned(df, k, tuning)
    measures = ["rate", "use-aware", "use-aware|author", "plain", "regex", "regex 2.0", "regex rate", "regex rate 2.0",
                "wordscores", "lss", "tuned", *CANDIDATES]
    baselines = ("regex", "regex 2.0", "regex rate", "regex rate 2.0")

    if args.tuning_only:
        sub = df[df["fold"].isin(tuning)]
        tab = pd.DataFrame({f"{p}>{n}": {m: auc(sub[m], sub["label"], p, n) for m in measures} for p, n in KNOWN})
        tab["mean"] = tab.mean(axis=1)
        with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format):
            print(f"known-group AUCs on the tuning folds {sorted(tuning)} only ({len(sub)} pages):")
            print(tab.to_string())
        return 0
    print(f"{path.name}: {len(df)} pages, {df['domain'].nunique()} domains, {k} domain folds; voice={args.voice}")
    sizes = df.pivot_table(index="fold", columns="label", values="doc_id", aggfunc="count", fill_value=0)
    print("\npages per fold and group:\n" + sizes.to_string())
    print("\ntuned: uses|voice chosen on the tuning folds (the other tuning folds for a tuning fold), per fold: "
          + ", ".join(f"{f}: {c}" for f, c in chosen.items()))

    recs = []
    for m in measures:
        for p, n in CONTRASTS:
            rec = {"measure": m, "contrast": f"{p}>{n}"}
            for f in range(k):
                sub = df[df["fold"] == f]
                rec[f"fold {f}"] = auc(sub[m], sub["label"], p, n)
            rec["pooled"] = auc(df[m], df["label"], p, n)
            recs.append(rec)
    tab = pd.DataFrame(recs)
    with pd.option_context("display.width", 160, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        print(f"\nAUC per fold (nan: the fold lacks one of the groups) and pooled over all folds; rules and measures "
              f"were chosen on folds {sorted(tuning)} only:")
        print(tab.to_string(index=False))
        means = df.groupby("label")[measures].mean().T[["vendor", "news", "policy", "rights"]]
        print("\ngroup means of the balance (log-odds promotional vs rights):")
        print(means.to_string())
        pooled = tab.pivot(index="measure", columns="contrast", values="pooled")
        print("\npooled AUC gain over the regex baseline:")
        base = {m: "regex rate" if m.startswith("rate") else "regex" for m in measures}
        print((pooled.loc[[m for m in measures if m not in baselines]]
               .apply(lambda r: r - pooled.loc[base[r.name]], axis=1)).to_string())
    held_folds = sorted(set(range(k)) - tuning)
    parts = {"tuning folds " + ",".join(map(str, sorted(tuning))): df[df["fold"].isin(tuning)],
             "held-out folds " + ",".join(map(str, held_folds)): df[~df["fold"].isin(tuning)], "pooled": df}
    summary = []
    for m in measures:
        rec = {"measure": m}
        for pname, sub in parts.items():
            for p, n in KNOWN:
                rec[f"{pname.split()[0]} {p}>{n}"] = auc(sub[m], sub["label"], p, n)
        summary.append(rec)
    summary = pd.DataFrame(summary).set_index("measure")
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        print("\nknown-group AUCs by part of the split ("
              + "; ".join(f"{pn}: {len(sub)} pages, " + ", ".join(f"{g} {c}" for g, c in
                                                                    sub["label"].value_counts().sort_index().items())
                          for pn, sub in parts.items() if pn != "pooled") + "):")
        print(summary.to_string())
    order = {m: bool(means.loc[m, "vendor"] > means.loc[m, "news"] > means.loc[m, "rights"]) for m in measures}
    print("\nmeans ordered vendor > news > rights: " + ", ".join(f"{m}: {'yes' if v else 'no'}" for m, v in order.items()))
    print("\ntargets of issue 11 (vendor>rights >= 0.99, vendor>news >= 0.92, news>rights >= 0.90, +0.10 over the "
          "regex baseline computed the same way on vendor>news and news>rights), per part:")
    for m in [m for m in measures if m not in baselines]:
        b = base[m]
        for pname in ("tuning", "held-out", "pooled"):
            r, rb = summary.loc[m], summary.loc[b]
            checks = {"v>r": r[f"{pname} vendor>rights"] >= 0.99, "v>n": r[f"{pname} vendor>news"] >= 0.92,
                      "n>r": r[f"{pname} news>rights"] >= 0.90,
                      "gain v>n": r[f"{pname} vendor>news"] - rb[f"{pname} vendor>news"] >= 0.10,
                      "gain n>r": r[f"{pname} news>rights"] - rb[f"{pname} news>rights"] >= 0.10}
            print(f"  {m:18s} {pname:8s} " + "  ".join(f"{c} {'met' if ok else 'NOT met'}" for c, ok in checks.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
