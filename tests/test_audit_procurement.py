"""Procurement documents: tender notices and contracts for Safe City and smart-city systems.

The texts are written for these tests in the genre's conventions (numbered clauses, a definitions section, lots,
requirement tables exported as text, legal modals). The expected values are hand labels written before the
library was run on them."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc

TENDER = """CONTRACT NOTICE

Lot 2: Intelligent Video Analytics

1. DEFINITIONS

1.1 In this Contract, the following terms have the meanings given below.
1.2 "Smart City Platform" means the software described in Schedule 2, including all updates.
1.3 "Safe City System" means the integrated network of cameras, sensors and the Smart City Platform.

2. SCOPE OF SUPPLY

2.1 The Contractor shall supply, install and maintain the Safe City System in accordance with Schedule 1.
2.2 The Contractor shall deliver the Smart City Platform within twelve (12) weeks of the Commencement Date.

3. DATA PROTECTION

3.1 The Contractor shall comply with the Data Protection Act 2018 and shall not process personal data except on the documented instructions of the Authority.
3.2.1 The Contractor must notify the Authority of any personal data breach within 24 hours.

4. TECHNICAL REQUIREMENTS

Req ID | Requirement | Priority
R-01 | The Platform shall support live video analytics | Mandatory
R-02 | The Platform must integrate with existing CCTV cameras | Mandatory
R-03 | Automatic number plate recognition | Optional
"""

LOTS = """SCHEDULE 2

Lot 1 - Smart City Platform
Lot 2 \u2013 Intelligent Video Analytics
Lot 3: Safe City Command Centre

The Authority invites tenders for each Lot."""

TAB_TABLE = ("Item\tRequirement\tWeight\n1\tSeamless integration with the Smart City Platform\t20%\n"
             "2\tIntelligent video analytics with privacy masking\t30%\n\nTenderers shall complete every row.")


def _tokens(texts: dict[str, str]) -> tuple[pd.DataFrame, dc.Corpus]:
    df = pd.DataFrame({"doc_id": list(texts), "source": "tender", "text": list(texts.values())})
    corpus = dc.Corpus.from_dataframe(df)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.tokenize(corpus), corpus


def _sentences(tokens: pd.DataFrame, doc: str) -> list[str]:
    t = tokens[tokens["doc_id"] == doc]
    return [" ".join(g["token"]) for _, g in t.groupby("sentence", sort=True)]


def test_numbered_clauses_are_sentences_and_clause_numbers_one_token():
    tokens, _ = _tokens({"t": TENDER})
    sents = _sentences(tokens, "t")
    # hand labels: each numbered clause is a sentence of its own, opening with its number as one token
    assert "3.2.1 The Contractor must notify the Authority of any personal data breach within 24 hours ." in sents
    assert any(s.startswith("1.2 \" Smart City Platform \" means") for s in sents)
    assert "3.2.1" in set(tokens["token"])


def test_each_row_of_a_pipe_table_is_a_sentence():
    """A table exported as text sets one record per line, its cells divided by a bar (GitHub Flavored Markdown,
    "Tables (extension)": "each row consists of cells separated by pipes") or a tab (IANA text/tab-separated-values:
    "each record ... on a separate line"). The rows have no full stops; read as one sentence, a requirement ran on
    into the next row's number."""
    tokens, _ = _tokens({"t": TENDER})
    sents = _sentences(tokens, "t")
    assert "Req ID | Requirement | Priority" in sents
    assert "R-01 | The Platform shall support live video analytics | Mandatory" in sents
    assert "R-02 | The Platform must integrate with existing CCTV cameras | Mandatory" in sents
    assert "R-03 | Automatic number plate recognition | Optional" in sents


def test_each_row_of_a_tab_table_is_a_sentence_and_prose_after_it_is_not_joined():
    tokens, _ = _tokens({"t": TAB_TABLE})
    sents = _sentences(tokens, "t")
    assert sents == ["Item Requirement Weight", "1 Seamless integration with the Smart City Platform 20%",
                     "2 Intelligent video analytics with privacy masking 30%",
                     "Tenderers shall complete every row ."]


def test_a_single_line_with_a_bar_is_not_split():
    """One line with a bar is no table (a menu, "Privacy | Terms"); hard-wrapped prose keeps its lines joined."""
    text = "The council said the\nnew cameras | the old ones were removed\nlast year."
    assert dc.segment.sentences(text) == [(0, len(text))]


def test_one_tab_inside_lines_of_wrapped_text_is_no_table():
    """Hard-wrapped OCR text has single tabs between words and after paragraph numbers (UN General Debate speeches of
    the 1960s: "24,\tThese remarkable qualities ..."); a table row of tabs has three cells or more."""
    text = "'These were\tfigures which were produced by a\nrather brief\tstudy of the Commission'."
    assert dc.segment.sentences(text) == [(0, len(text))]


def test_each_lot_of_a_list_of_lots_is_a_sentence():
    tokens, _ = _tokens({"l": LOTS})
    sents = _sentences(tokens, "l")
    assert "Lot 1 - Smart City Platform" in sents
    assert "Lot 2 \u2013 Intelligent Video Analytics" in sents
    assert "Lot 3 : Safe City Command Centre" in sents


def test_lot_titles_are_referential():
    """The title of a lot names the part of the contract a tender is for (Directive 2014/24/EU, art. 46: contracts
    divided into lots; the contract notice gives each lot its number and title): a designation of the thing bought,
    not the contracting authority's praise of it. Hand labels: every hit in a lot title is referential."""
    texts = {"t": TENDER, "l": LOTS, "s": "Lot 2: Intelligent video analytics for the city centre\n\nBidders may "
             "bid for one or more lots.", "x": TAB_TABLE.replace("Item\t", "Lot\t").replace("\n1\t", "\nLot 1\t")
             .replace("\n2\t", "\nLot 2\t")}
    tokens, corpus = _tokens(texts)
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    promo = hits[(hits["frame"] == "promotional")]
    by = {(d, m): u for d, m, u in zip(promo["doc_id"], promo["matched"], promo["use"], strict=True)}
    assert by[("t", "Intelligent Video")] == "referential"
    assert by[("l", "Smart City")] == "referential"
    assert by[("l", "Intelligent Video")] == "referential"
    assert by[("s", "Intelligent video")] == "referential"
    x = promo[promo["doc_id"] == "x"]
    assert set(x["use"]) == {"referential"}, x[["matched", "use", "use_rule"]]
    assert "lot_title" in set(promo["use_rule"])


def test_a_lot_clause_with_a_full_stop_keeps_its_use():
    """A sentence after "Lot 2:" that ends in a full stop is a clause of the notice, not a title (a title takes no
    full stop, Chicago Manual of Style 6.14), and keeps the use of its words."""
    tokens, corpus = _tokens({"c": "Lot 2: The Contractor shall deliver a seamless, innovative system.\n\nEnd."})
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    promo = hits[hits["frame"] == "promotional"]
    assert len(promo) >= 1 and set(promo["use"]) == {"evaluative"}


def test_tender_balance_has_no_promotional_hit_from_names():
    """Hand labels of TENDER: the defined terms, the lot title and the Act are names, so the tender has no
    evaluative promotional hit; its balance rests on its rights-pole words only."""
    tokens, corpus = _tokens({"t": TENDER})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fb = dc.frame_balance(tokens, "framing", by="source")
    row = fb[(fb["level"] == "group") & (fb["voice"] == "all")].iloc[0]
    assert row["n_positive"] == 0


@pytest.mark.parametrize("text", ["Lot 2", "Lot 2:", "Lots"])
def test_lot_alone_has_no_hit(text):
    tokens, corpus = _tokens({"a": text})
    assert len(dc.find_frame_terms(tokens, "framing", corpus=corpus)) == 0


def test_a_phrase_across_two_table_rows_is_counted_by_no_path():
    """A phrase never crosses a sentence, so never a table's row: the token path and the matcher of the streamed
    counts agree (both counted 'mass surveillance' across the rows before rows were sentences; then only the
    matcher did)."""
    text = "Intro.\n\nR-1\tCCTV\tcameras for mass\nsurveillance\tMandatory\t5\n\nEnd."
    tokens, corpus = _tokens({"b": text})
    lex = dc.load_lexicon({"r": ["mass surveillance"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = dc.count_frames(tokens, lex, by="doc_id")
        b = dc.count_frames_stream(corpus, lex, by="doc_id")
    assert a.loc[a["voice"] == "all", "n"].sum() == 0
    assert b.loc[b["voice"] == "all", "n"].sum() == 0


@pytest.mark.parametrize("text, matched, ref", [
    ("5.2 The Authority may terminate this Contract if the Contractor breaches Clause 3 (Data Protection).",
     "Data Protection", "Clause 3"),
    ("The Contractor shall comply with clause 14.2(a) (Privacy) at all times.", "Privacy", "clause 14.2"),
    ("The Platform shall meet Schedule 2 (Smart City Platform Specification).", "Smart City", "Schedule 2"),
    ("Subject to para. 4 (Safe City Operations), the Authority may audit the Contractor.", "Safe City", "para 4"),
])
def test_the_heading_of_a_cross_reference_is_referential(text, matched, ref):
    """Hand labels: the bracketed heading after a clause's number names the clause ("Clause 3 (Data Protection)", as
    the UK Crown Commercial Service's model contracts cite their clauses); it is no evaluation by the drafter."""
    tokens, corpus = _tokens({"x": text})
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    row = hits[hits["matched"] == matched].iloc[0]
    assert (row["use"], row["use_rule"]) == ("referential", "cross_reference")
    assert row["cue"] == ref


@pytest.mark.parametrize("text, matched", [
    ("The cameras (seamless and innovative) were installed in 2019.", "seamless"),
    ("In 2019 (privacy was not yet an issue) the council bought cameras.", "privacy"),
    ("Clause 3 protects privacy (as the Act requires).", "privacy"),
])
def test_brackets_that_follow_no_division_number_keep_the_use(text, matched):
    tokens, corpus = _tokens({"x": text})
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    row = hits[hits["matched"] == matched].iloc[0]
    assert row["use_rule"] != "cross_reference"


WRAPPED = """3. DATA PROTECTION
3.1 The Contractor shall comply with the Data Protection Act 2018 and
shall not process personal data except on the documented instructions
of the Authority. The Contractor shall ensure that the privacy of data
subjects is protected at all times during the operation of the Safe
City System and the Smart City Platform.
3.2 The Contractor shall carry out an assessment of the risks to the
rights and freedoms of data subjects before deploying any new camera.
4. PRIVACY BY DESIGN
4.1 The Contractor shall implement privacy by design in the Platform and
shall document each measure in the Privacy Log maintained under this
Contract."""


def test_a_hard_wrapped_contract_is_read_by_its_clauses():
    """A contract exported from PDF is cut into lines of a fixed width; its numbered clauses open lines of their own.
    Hand labels: four paragraphs, one per clause and the heading above them ("3. DATA PROTECTION" / "3.1 ..." / "3.2
    ..." / "4. PRIVACY BY DESIGN" / "4.1 ..."): five units, and "Safe City System", cut by a line end, one name."""
    spans = dc.segment.paragraphs(WRAPPED)
    firsts = [WRAPPED[s:e].split("\n")[0] for s, e in spans]
    assert [f.split()[0] for f in firsts] == ["3.", "3.1", "3.2", "4.", "4.1"]
    tokens, corpus = _tokens({"w": WRAPPED})
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    promo = hits[hits["frame"] == "promotional"]
    assert sorted(promo["matched"]) == ["Safe City", "Smart City"]
    assert set(promo["use"]) == {"referential"}


def test_numbered_lines_that_are_not_wrapped_stay_lines():
    """Clauses of one line each (a text with no run-on line) are paragraphs line by line, as before."""
    text = "3.1 The Contractor shall supply the Platform.\n3.2 The Authority may terminate.\n3.3 Notices shall be in writing."
    assert len(dc.segment.paragraphs(text)) == 3
