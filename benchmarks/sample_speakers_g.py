"""The documents of part G of the speaker labels, drawn with a fixed seed; and a reading aid for labelling them.

    python benchmarks/sample_speakers_g.py [--shared DIR] [--n 40]       # the draw order of both pools
    python benchmarks/sample_speakers_g.py --show DOC_ID [--shared DIR]  # the double-quoted passages of a document
    python benchmarks/sample_speakers_g.py --part H [--n 40]             # the draw of development part H
    python benchmarks/sample_speakers_g.py --part I [--n 80]             # the draw of held-out part I

Part G (``split="G"`` in ``tests/data/speaker_labels.jsonl``) is a held-out set drawn from text that no
earlier part used and no rule was written from. Two pools, each sorted by ``doc_id`` and shuffled with
``random.Random(SEED)``, so the order is the same on every machine:

- *Brown*: the Brown texts of government documents (``ch``), religion (``cd``), learned writing (``cj``),
  and the hobbies, popular-lore and belles-lettres texts (``ce``, ``cf``, ``cg``) that no earlier part
  labelled, among those holding a curly double quotation mark (the corpus turns the LaTeX marks of its
  source into “ ”);
- *UN*: the UN General Debate speeches holding a double quotation mark (“, ” or ").

The labeller reads the documents of each pool in draw order, skipping none (a document with no speech
quotation adds no label), and labels at most the first eight speech quotations of each, until each pool
holds about a hundred. Read for part G (labels in brackets, none where the document holds no speech
quotation under the conventions of ``bench_speakers.py``):

- Brown, the first 39 of the draw (115 labels in 25 documents): cg09 (8) cj31 (7) ch04 cf44 cg02 (2) ce15
  cg16 (3) ce05 (8) cj51 ce12 cg55 (7) ch18 (1) cf39 (1) cj76 cg04 (8) cd12 (4) cg39 (8) cj44 cf19 cg11 (1)
  cf17 (3) cj05 cg01 (1) cf01 (5) cj03 (1) cf45 cg38 (8) cg29 (6) ce32 (2) cg69 (5) cj67 cd14 (2) cj78
  cj56 (1) cg31 (8) cj48 cf48 (8) ch07 cf14 (7);
- UN, the first 86 of the draw (111 labels in 45 speeches): YEM_79_2024 BEL_15_1960 (4) YEM_78_2023
  SVK_64_2009 AND_49_1994 (2) JPN_28_1973 (1) CRI_44_1989 TUN_54_1999 UKR_55_2000 (1) LKA_72_2017
  RWA_47_1992 URY_33_1978 GMB_49_1994 (1) NGA_51_1996 BLZ_74_2019 NGA_42_1987 VNM_74_2019 CAN_35_1980
  LBN_48_1993 GIN_44_1989 FIN_73_2018 (1) BRA_56_2001 AFG_49_1994 (8) GRD_77_2022 CPV_37_1982 (3)
  PNG_41_1986 MYS_70_2015 (2) GRC_44_1989 (3) BRB_72_2017 (2) CZE_62_2007 POL_78_2023 (1) TCD_39_1984
  EGY_22_1967 (7) ISL_28_1973 (3) ITA_65_2010 AUS_73_2018 (1) ROU_24_1969 (2) SGP_26_1971 MRT_47_1992
  LIE_47_1992 KWT_19_1964 (1) JPN_65_2010 KWT_54_1999 (1) BWA_35_1980 (2) GHA_43_1988 BRA_50_1995 (3)
  SLV_73_2018 LBY_25_1970 (2) RUS_72_2017 (1) RUS_19_1964 (1) SYR_22_1967 (8) ESP_27_1972 SGP_48_1993
  NRU_66_2011 (1) LCA_36_1981 CUB_15_1960 (8) KIR_61_2006 BEN_54_1999 GTM_60_2005 (1) CAF_16_1961 (1)
  PER_38_1983 IDN_41_1986 (1) PRK_64_2009 LBR_39_1984 (1) GAB_47_1992 (2) CAN_43_1988 (3) HND_48_1993
  SGP_29_1974 ALB_29_1974 (2) FIN_14_1959 (3) ECU_08_1953 (1) AUT_77_2022 (1) CRI_06_1951 YMD_42_1987
  PRY_11_1956 (3) CHL_79_2024 (1) SLE_29_1974 (1) HTI_47_1992 (3) GNB_56_2001 (2) TJK_63_2008 (1)
  MDG_47_1992 QAT_78_2023 (1) GRD_56_2001 FRA_12_1957 UKR_13_1958 (7) CMR_19_1964 (6).

Part H (``split="H"``, round 6) is a *development* part of G's genres, drawn by ``--part H`` (:func:`draw_h`):
the same two pools with seed :data:`SEED_H`, the Brown categories ``ch``, ``cd``, ``cj``, ``cg``, ``cf`` (no
``ce``), and without every document any part labelled or G read (:data:`G_READ`). It was labelled with G's
conventions by reading only, and committed before the library was run on it; rules may be written from its
failures (``bench_speakers.py --misses H``). Read for part H, in draw order, skipping none:

- UN, the first 60 of the draw (75 labels in 31 speeches): COM_55_2000 TGO_75_2020 VUT_78_2023 BWA_45_1990 (3)
  LBN_16_1961 TKM_50_1995 (1) IRQ_14_1959 TCD_31_1976 (2) LKA_14_1959 (6) HRV_62_2007 NER_54_1999 SMR_77_2022
  TUR_78_2023 (1) BOL_03_1948 MWI_40_1985 (1) NPL_40_1985 THA_43_1988 VEN_16_1961 (3) IRQ_21_1966 (3)
  ISL_53_1998 COD_71_2016 SUR_52_1997 RUS_20_1965 (2) GRC_52_1997 (1) MUS_51_1996 (1) JOR_29_1974 CPV_60_2005
  ITA_33_1978 IDN_73_2018 CUB_36_1981 (5) SOM_20_1965 (1) DEU_46_1991 (1) LTU_76_2021 CUB_22_1967 (8)
  BFA_27_1972 VEN_50_1995 (3) TKM_64_2009 SDN_18_1963 (2) IRQ_46_1991 (3) NZL_22_1967 (2) GEO_73_2018
  SGP_27_1972 (1) ZWE_43_1988 ARE_27_1972 (1) MRT_41_1986 LKA_78_2023 CMR_36_1981 (2) URY_34_1979 (1)
  NGA_47_1992 (1) GUY_23_1968 (2) NLD_66_2011 (2) CHN_41_1986 MRT_29_1974 (2) ISR_12_1957 (8) MYS_29_1974 (5)
  CAN_48_1993 GTM_21_1966 EGY_63_2008 MUS_75_2020 IRN_18_1963 (1);
- Brown, the first 33 of the draw (69 labels in 19 documents): cj71 cj73 cg56 (6) cg44 (3) ch23 cg24 (6)
  cj41 cg05 (1) cj49 (1) ch30 (1) cg33 cg13 (3) cj15 (1) cj13 cf35 (2) cj53 cg10 (5) cg61 (4) cg25 (4) cj77
  cd17 (2) cg07 (8) cf31 (6) cd11 (8) cj10 cf42 (2) cd09 (1) cg28 cf41 cg30 (2) cf07 (3) ch15 cd08.

Part I (``split="I"``, issue 12) is the held-out part of news-like text that follows G (G becomes development
data), drawn by ``--part I`` (:func:`draw_i`): the same two pools with seed :data:`SEED_I`, fixed before any
document was read, the Brown press categories ``ca``, ``cb``, ``cc`` (reportage, editorials, reviews: the most
news-like text left), and without every document any part labelled or G or H read (:data:`G_READ`,
:data:`H_READ`). The Brown pool is the 17 press texts no part labelled; four of them (ca08, ca24, ca44, cb13)
had been read for part E, which found no speech quotation in them to label, and hold none under these
conventions either. The labeller read every Brown text of the pool and then the UN speeches in draw order,
at most the first eight speech quotations of a document, by reading only (this module's ``--show`` and the
full texts; the library's quotation finder was not run on these texts before the labels were committed),
until the two pools held at least 150. The conventions are G's, with these decisions of I's own: a term or
phrase in marks counts when a verb of naming attributes it to one speaker (``what President Castelo Branco
has called``, ``as Sponsor tagged``, ``One writer calls``, ``Juan Peron ... defined the doctrine of the``)
and not when it is only the name of a policy (``President Musharraf's strategy of``) or the term of many
(``what the first generation of advocates ... called``); the reviewed book's own sentences quoted with no
reporting clause are its author's when the review leaves no doubt (``William Sansom``, ``Gavin Maxwell``);
play lines reported with their character's name are the character's (``Said Benedick``), a novel
character's reported words the character's (``Clerfayt``), but a character's thought is not speech; a whole
statement delivered ``on behalf of`` a head of State, each paragraph opened again, gives one quotation a
paragraph of substance (``Patrice Talon``; congratulations, thanks and greetings left out as salutations);
where the fuller form of a name is misspelt so that the surname differs, the form at the attribution is
kept (``Cordesman`` for "Anthony M. Coidesman"); an anecdote's saying (``As a British Judge once said``)
is left out like a proverb; a description stays the text's own (``one of the fathers of the United
Nations``, ``one of the hostage families``, ``colleague`` for "one of you" after "so many colleagues here
in the room"). Where the marks of a speech pair out of step (a missing, stray or reversed mark), the label's
offsets were set by reading (the reading aid pairs them wrongly). Read for part I, in draw order (labels in
brackets):

- Brown, all 17 of the draw (48 labels in 10 documents, all reviews ``cc``: the reportage and editorials
  left quote no speech): cc09 cc12 (5) cc14 (8) cb13 cc06 (8) ca24 cc13 (2) cc15 cc04 cc07 (1) cc10 (4)
  cc05 (8) cc02 (2) cc16 (8) ca08 ca44 cc08 (2);
- UN, the first 77 of the draw (114 labels in 45 speeches; SUR_41_1986 and BEN_78_2023 were passed over
  by mistake and read after the others, so the reading went on to the 77th speech, past the 150th label):
  GRC_28_1973 (2) GBR_23_1968 (4) KHM_11_1956 (8) AND_57_2002 (2) LUX_41_1986 (2) RUS_37_1982 (1)
  AUS_49_1994 CRI_40_1985 PNG_55_2000 IRQ_36_1981 (8) ZAF_19_1964 NLD_45_1990 (1) DEU_42_1987 ALB_53_1998
  NIC_06_1951 (6) BIH_49_1994 MNG_31_1976 (1) KEN_22_1967 (5) NPL_44_1989 (1) MMR_51_1996 (1) BLR_27_1972
  (1) IRL_24_1969 (8) VUT_40_1985 (3) IRN_22_1967 (3) PRY_16_1961 (1) RUS_47_1992 (1) BEN_31_1976
  SOM_27_1972 (1) MLI_56_2001 (1) SOM_19_1964 BLR_24_1969 (5) TTO_41_1986 VEN_27_1972 (1) MOZ_52_1997 (1)
  BOL_15_1960 (2) TCD_49_1994 (1) ETH_12_1957 (3) SEN_50_1995 BRB_52_1997 SSD_77_2022 BRA_43_1988
  COM_68_2013 CUB_11_1956 SUR_41_1986 (4) BEN_78_2023 (8) KGZ_52_1997 YUG_35_1980 KNA_50_1995 MUS_40_1985
  (1) ISL_34_1979 (2) LBY_18_1963 USA_71_2016 (1) ARE_29_1974 RWA_73_2018 ALB_32_1977 (2) BRB_58_2003 (2)
  HUN_31_1976 POL_55_2000 (3) MAR_14_1959 (1) IDN_63_2008 CHN_49_1994 MCO_68_2013 (1) YMD_27_1972
  ARG_28_1973 (3) DEU_79_2024 (2) PAK_60_2005 QAT_63_2008 TUV_71_2016 IND_61_2006 (1) LSO_64_2009
  MYS_56_2001 (1) IRL_22_1967 (3) SUR_64_2009 THA_21_1966 (1) AGO_33_1978 (1) ROU_12_1957 BOL_21_1966 (3).

Part I is run for the report only: ``bench_speakers.py --misses`` refuses it, and no rule may be written from
it.

``--show`` prints each passage between double marks (:func:`passages`) with the text around it: a reading
aid that looks at the text only (the library's quotation finder is not run on these documents before the labels are
committed). Offsets are character offsets of the ``text`` field as stored, the text
``bench_speakers.load_texts`` reads.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_speakers import load_labels, shared_dir  # noqa: E402

SEED = 12  # the number; fixed before any document was read
BROWN = "corpora/brown/brown.jsonl.gz"
UNGD = "corpora/ungd/ungd_1946_2024.jsonl.gz"
BROWN_CATEGORIES = ("ch", "cd", "cj", "ce", "cf", "cg")
# part H (round 6, a development part of G's genres): its own seed, fixed before any document was read, and
# G's Brown categories without the hobbies texts (ce), whose quotations are mostly not speech
SEED_H = 6  # the round's number
BROWN_CATEGORIES_H = ("ch", "cd", "cj", "cg", "cf")
# every document read for part G, with or without labels (the lists of this module's docstring): part H
# leaves them out, so that no document G read is read again to write rules
_DOC_IDS = r"\b(?:c[a-r]\d\d|[A-Z]{3}_\d\d_\d{4})\b"
G_READ = frozenset(re.findall(_DOC_IDS, __doc__[__doc__.index("- Brown, the first"):__doc__.index("Part H (")]))
# every document read for part H (the lists of this module's docstring): part I leaves out G's and H's
H_READ = frozenset(re.findall(_DOC_IDS, __doc__[__doc__.index("Read for part H"):__doc__.index("Part I (")]))
# part I (issue 12, a held-out part of "ordinary news"-like text): its own seed, fixed before any document
# was read, and the Brown press categories (reportage, editorials, reviews), whose unlabelled texts it reads
SEED_I = 23
BROWN_CATEGORIES_I = ("ca", "cb", "cc")


def _docs(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                yield d["doc_id"], d["text"]


def _draw(shared: Path, used: set[str], categories, seed: int) -> dict[str, list[str]]:
    """The two pools in draw order, {'brown': [...], 'ungd': [...]}: Brown texts of ``categories`` with a
    curly opening mark and UN speeches with any double mark, none in ``used``, each sorted and shuffled with
    ``seed``."""
    brown = sorted(i for i, t in _docs(shared / BROWN)
                   if i[:2] in categories and i not in used and "“" in t)
    ungd = sorted(i for i, t in _docs(shared / UNGD) if i not in used and any(m in t for m in '“”"'))
    out = {}
    for name, ids in (("brown", brown), ("ungd", ungd)):
        random.Random(seed).shuffle(ids)
        out[name] = ids
    return out


def draw(shared: Path) -> dict[str, list[str]]:
    """The two pools in draw order: {'brown': [...], 'ungd': [...]}, without any document an earlier part used."""
    # the parts labelled after G (H, I) are left out of the test, so that G's draw stays what it was
    used = {r["doc_id"] for r in load_labels() if r.get("split") not in ("G", "H", "I")}
    return _draw(shared, used, BROWN_CATEGORIES, SEED)


def draw_h(shared: Path) -> dict[str, list[str]]:
    """The two pools of part H in draw order: as :func:`draw`, with seed :data:`SEED_H`, the Brown categories
    :data:`BROWN_CATEGORIES_H`, and without any document a part labelled (G included) or G read
    (:data:`G_READ`)."""
    # the parts labelled after H (I) are left out of the test, so that H's draw stays what it was
    used = {r["doc_id"] for r in load_labels() if r.get("split") not in ("H", "I")} | G_READ
    return _draw(shared, used, BROWN_CATEGORIES_H, SEED_H)


def draw_i(shared: Path) -> dict[str, list[str]]:
    """The two pools of part I in draw order: as :func:`draw`, with seed :data:`SEED_I`, the Brown press
    categories :data:`BROWN_CATEGORIES_I`, and without any document a part labelled (G and H included) or G
    or H read (:data:`G_READ`, :data:`H_READ`)."""
    used = {r["doc_id"] for r in load_labels() if r.get("split") != "I"} | G_READ | H_READ
    return _draw(shared, used, BROWN_CATEGORIES_I, SEED_I)


def passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every passage between an opening double mark and the next closing one, marks included.

    “ opens, ” closes, and a straight mark opens when none is open and closes otherwise (the UN texts mix
    them: "... ” is common). A mark that opens while one is open ends the open passage at the end of its
    paragraph (the news convention of reopening each quoted paragraph); a closing mark with none open is
    left alone."""
    out = []
    start = None
    for i, c in enumerate(text):
        if c not in "“”\"":
            continue
        if start is None:
            if c != "”":
                start = i
        elif c in "”\"":
            out.append((start, i + 1))
            start = None
        else:  # “ while open: the open passage ends with its paragraph
            nl = text.find("\n", start, i)
            out.append((start, nl if nl >= 0 else i))
            start = i
    if start is not None:
        nl = text.find("\n", start)
        out.append((start, nl if nl >= 0 else len(text)))
    return out


def doc_text(shared: Path, doc_id: str) -> tuple[str, str]:
    """(source, text) of a document of either pool."""
    source = BROWN if doc_id[:2].islower() and len(doc_id) == 4 else UNGD
    return source, next(t for i, t in _docs(shared / source) if i == doc_id)


def show(shared: Path, doc_id: str, before: int = 220) -> None:
    """Print every passage of :func:`passages` with its number, offsets and the text before and after it, for
    the labeller to read."""
    source, text = doc_text(shared, doc_id)
    print(f"{doc_id} ({source}): {len(text)} characters")
    for k, (s, end) in enumerate(passages(text), 1):
        pre = text[max(0, s - before):s].replace("\n", " / ")
        post = text[end:end + 60].replace("\n", " / ")
        body = text[s:end] if end - s <= 400 else text[s:s + 300] + " [...] " + text[end - 60:end]
        print(f"[{k}] {s}-{end} ...{pre}>>{body}<<{post}...")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--n", type=int, default=40, help="how many documents of each pool to list")
    ap.add_argument("--show", nargs="+", default=None, help="print the double-quoted passages of these documents")
    ap.add_argument("--part", choices=("G", "H", "I"), default="G",
                    help="whose draw to list (G, I: held out; H: development)")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("the shared data folder was not found; pass --shared")
    if args.show:
        for doc_id in args.show:
            show(shared, doc_id)
        return
    for name, ids in {"G": draw, "H": draw_h, "I": draw_i}[args.part](shared).items():
        print(f"{name} ({len(ids)} documents): " + " ".join(ids[:args.n]))


if __name__ == "__main__":
    main()
