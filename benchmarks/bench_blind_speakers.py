"""Speaker attribution on news written blind by helper sessions: exact speaker per quotation, before and after.

    python benchmarks/bench_blind_speakers.py [--before REV] [--sets AX,AY,...] [--misses] [--unlabelled] [--ci N]

The sets are ``benchmarks/data/blind_speakers/cases*.py`` (467 of them, a hundred and fourteen batches: AX-BW for round 17, BX-CA
after round 18, CB-CG, CH-CK and CL-CO sealed during round 19 and run once each, CP-CS sealed during round 19 and run
once after round 20's first rules, CT-CW written and sealed during round 20 and run once after its rules from batch 9,
CX-DA, DB-DE and DF-DI sealed during round 21 and run once each, DJ-DM, DN-DQ and DR-DU sealed during round 22 and
run once each after its rules, DV-DY, DZ-EC, ED-EG, EH-EK, EL-EO, EP-ES, ET-EW, EX-FA and FB-FE written during round
23 and run once each after its rules, FF-FI, FJ-FM, FN-FQ, FS-FU and FV-FY written during round 24 and run once
after its first two, next two, next two, seventh and eighth parts, FZ-GC, GD-GG, GH-GK and GL-GO written during round
25 and run once after its third, fourth, sixth and seventh parts, GP-GS, GT-GW, GX-HA, HB-HE, HF-HI, HJ-HM and HN-HQ
written during round 26 and run once after its second, fourth, sixth, eighth, tenth, eleventh and twelfth parts, HR-HU,
HV-HY, HZ-IC, ID-IG, IH-IK, IL-IO, IP-IS, IT-IW, IX-JA, JB-JE and JF-JI written during round 27 and run once after
its fourth, fifth, sixth, seventh, ninth, tenth, twelfth, thirteenth, fifteenth, sixteenth and eighteenth parts, JJ-JM
and JN-JQ written during round 28 and run once after its fifth part, JR-JU after its sixth, JV-JY after its seventh, JZ-KC, KD-KG and KH-KK after its ninth, KL-KO and KP-KS after its eleventh, KT-KW after its thirteenth and KX-LA after its fourteenth, LB-LE, LF-LI, LJ-LM, LN-LQ, LR-LU, LV-LY and LZ-MC written during round 29 and run once after its first, second, third, fourth, fifth, sixth and seventh parts, and MD-MG run once on the round's last tree, MH-MK, ML-MO and MP-MS written during round 30 and run once after its third, sixth and seventh parts, and MT-MW run once on the round's last tree, MX-NA and NB-NE written during round 31 and run once after its fourth part and on the round's last tree, NF-NI and NJ-NM written during round 32 and run once after its eighth and sixteenth parts, and NN-NQ written after its nineteenth and run once on that tree, NR-NU and NV-NY written during round 33 and run once after its third and sixth parts, and NZ-OC run once on the round's last tree, OD-OG, OH-OK and OL-OO written during round 34 and run once after its fourth part (OD-OG) and its tenth (OH-OK, OL-OO), OP-OS written after its eleventh and run once after its fifteenth, and OT-OW written after its sixteenth and run once on the round's last tree, OX-PA and PB-PE written at the start of round 35 and run once after its second and sixth parts, PF-PI written after its third and run once after its thirteenth, PJ-PM and PN-PQ written after its thirteenth and run once after its fourteenth and on the round's last tree, PR-PU and PV-PY written at the start of round 36 and run once after its third and sixth parts, PZ-QC written after its seventh and run once on the round's last tree, QD-QG and QH-QK written at the start of round 37 and run once after its second and sixth parts, QL-QO written after its seventh and run once after its tenth, QP-QS written after its twelfth and run once after its fifteenth, QT-QW written after its fifteenth and run once on the round's last tree, QX-RA and RB-RE written at the start of round 38 and run once after its second and sixth parts, RF-RI written after its sixth and run once after its eleventh, RJ-RM written after its twelfth and run once on the round's last tree, RN-RQ and RR-RU written at the start of round 39 and run once after its first and fifth parts, RV-RY written after its fifth and RZ-SC after its eleventh and run once on the round's last tree, SD-SG, SH-SK, SL-SO and SP-SS written at the start of round 40 and run once after its first, third and sixth parts and on the round's last tree, ST-SW written after round 40 and run once after round 41's one part; batch 29's fourth set, FR, came back written in French, Radio-Canada's
house style with « » marks, and is kept apart in ``french/``, which the glob does not read), written by helper
sessions that were told the genre and the labelling conventions and never saw the library or its rules (docs/speakers.md,
"Round 17" to "Round 41"). Each file holds ``CASES``: a
list of (article, labels), eight invented news articles of 250-500 words per set, each with every speech quotation in text order as (the first words inside the quotation marks, the
speaker): the fullest name the article gives, without courtesy or office titles; an organisation for its
documents; an unnamed speaker's description without its article. The texts are invented, so they are kept here.

A label counts as right when a quotation found by ``find_quote_spans`` opens right before its first words (or
holds them, for a quotation continued over paragraphs), is ``speech``, and its speaker equals the label after
:func:`benchmarks.bench_speakers.norm_speaker`, with three conventions of the library read as the labels' (the
first batch's instructions asked for the other form): an unnamed spokesperson keeps the organisation after 'for'
('spokesperson for the ministry' for the label 'spokesperson'), and so for a label that puts the organisation
before the noun (round 24: 'spokesperson for Highland Council' for 'Highland Council spokesperson', the form the
library writes for both); and 'one' before a description stays ('one senior official' for 'senior official').

Batches (which rules were written before each was opened, and the figures of its first run) are in docs/speakers.md.
``--before`` measures a revision's package (its kernels compiled, ``benchmarks._common.package_at``) on the same sets
in the same process; ``--misses`` prints every label this tree gets wrong, with the text before it; ``--unlabelled``
counts the quotations called speech that no label covers (the opposite error: titles, names and scare quotes).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import package_at  # noqa: E402
from benchmarks.bench_speakers import PRONOUNS, SPOKES, norm_speaker, same_spokesperson  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "blind_speakers"


def load(name: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The CASES of one set file (``cases<name>.py``), read without importing it as a module of the package."""
    scope: dict = {}
    exec(compile((DATA / f"cases{name}.py").read_text(encoding="utf-8"), f"cases{name}.py", "exec"), scope)
    return scope["CASES"]


def same(got: str | None, want: str) -> bool:
    """Is the speaker found the label's (see the module docstring for the three conventions read as the labels')?"""
    g, w = norm_speaker(got), norm_speaker(want)
    if g and w in SPOKES and g.startswith(w + " for "):
        return True
    if same_spokesperson(g, w):
        return True  # the label's 'Highland Council spokesperson' is the library's 'spokesperson for Highland Council'
    return g == w or (bool(g) and bool(w) and g == "one " + w)


def labelled_quote(text: str, snippet: str, found: list[dict], by_start: dict[int, dict]) -> tuple[int, dict | None]:
    """(where the label's quotation opens, the quotation ``found`` holds there or None): the one that opens right
    before the label's first words, or one continued over paragraphs that holds them (``by_start``: ``found`` by
    start)."""
    i = text.index(snippet) - 1
    return i, by_start.get(i) or next((x for x in found if x["start"] <= i < x["end"]
                                       and x.get("n_paragraphs", 1) > 1), None)


def score(find, cases, show: bool = False, label: str = "") -> tuple[int, int, int, int]:
    """(right, labels, without a speaker, pronoun speakers) of ``find`` (find_quote_spans) on one set."""
    ok = n = none = pron = 0
    for k, (text, labels) in enumerate(cases):
        found = find(text)
        by_start = {q["start"]: q for q in found}
        for snippet, want in labels:
            i, q = labelled_quote(text, snippet, found, by_start)
            got = q.get("speaker") if q is not None and q.get("kind") == "speech" else None
            n += 1
            none += got is None
            pron += got is not None and got.lower() in PRONOUNS
            if same(got, want):
                ok += 1
            elif show:
                print(f"    MISS {label}[{k}]@{i}: want {want!r} got {got!r} "
                      f"({q and q.get('kind')}; {q and q.get('speaker_reason')}; as written "
                      f"{q and q.get('speaker_as_written')!r})\n      ...{text[max(0, i - 200):i + 60]!r}")
    return ok, n, none, pron


def unlabelled_speech(find, cases) -> int:
    """How many quotations ``find`` calls speech that no label covers (titles, names, terms and scare quotes, which
    the labels leave out): the opposite error to a miss, watched when a rule turns mentions into speech (round 24)."""
    n = 0
    for text, labels in cases:
        starts = [text.index(snippet) - 1 for snippet, _ in labels]
        n += sum(q["kind"] == "speech" and not any(q["start"] <= s < q["end"] for s in starts) for q in find(text))
    return n


def set_interval(per_set: list[tuple[int, int]], *, n: int = 2000, seed: int = 0, level: float = 0.95
                 ) -> tuple[float, float]:
    """A percentile interval of the exact-speaker share over sets, resampling whole sets with replacement (``per_set``
    holds (right, labels) of each set; ``seed`` fixes the resamples).

    The set is the unit one helper session wrote on one theme and labelled, so its quotations are no independent draws
    (the cluster bootstrap, Davison & Hinkley 1997, 3.8): the interval says how far a figure such as a round's held-out
    share may lie from what another ten batches written the same way would give."""
    if n < 1 or not per_set:
        raise ValueError("the interval needs at least one resample and one set")
    import numpy as np

    rng = np.random.default_rng(seed)
    right = np.array([r for r, _ in per_set], dtype=float)
    total = np.array([t for _, t in per_set], dtype=float)
    picks = rng.integers(0, len(per_set), size=(n, len(per_set)))
    shares = right[picks].sum(axis=1) / np.maximum(total[picks].sum(axis=1), 1.0)
    tail = (1 - level) / 2
    return float(np.quantile(shares, tail)), float(np.quantile(shares, 1 - tail))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default=None, help="a git revision to measure beside this tree")
    ap.add_argument("--sets", default=None, help="comma-separated set names (default: every file)")
    ap.add_argument("--misses", action="store_true", help="print this tree's misses")
    ap.add_argument("--unlabelled", action="store_true",
                    help="also count the quotations called speech that no label covers")
    ap.add_argument("--ci", type=int, default=0, metavar="N",
                    help="a 95%% interval of the exact share from N resamples of whole sets (e.g. --ci 2000; seed 0)")
    args = ap.parse_args(argv)
    names = args.sets.split(",") if args.sets else sorted(p.stem[5:] for p in DATA.glob("cases*.py"))
    runs = []
    if args.before:
        old = package_at(args.before, kernels=True)
        runs.append((f"before ({args.before})", importlib.import_module(old.__name__ + ".quotes").find_quote_spans))
    import discourse.quotes as after
    runs.append(("after (this tree)", after.find_quote_spans))
    for title, find in runs:
        print(title)
        total = [0, 0, 0, 0]
        per_set = []
        for name in names:
            r = score(find, load(name), show=args.misses and find is after.find_quote_spans, label=name)
            total = [a + b for a, b in zip(total, r, strict=True)]
            per_set.append((r[0], r[1]))
            print(f"  {name:3} {r[0]:3d}/{r[1]:3d} exact  {r[2]:2d} without a speaker  {r[3]} pronoun speakers")
        print(f"  all {total[0]:3d}/{total[1]:3d} exact ({total[0] / max(total[1], 1):.3f})  "
              f"{total[2] / max(total[1], 1):.3f} without a speaker  {total[3]} pronoun speakers")
        if args.ci:
            lo, hi = set_interval(per_set, n=args.ci)
            print(f"  95% interval of the exact share over {len(per_set)} sets ({args.ci} resamples of whole sets): "
                  f"[{lo:.3f}, {hi:.3f}]")
        if args.unlabelled:
            print(f"  quotations called speech that no label covers: "
                  f"{sum(unlabelled_speech(find, load(name)) for name in names)}")


if __name__ == "__main__":
    main()
