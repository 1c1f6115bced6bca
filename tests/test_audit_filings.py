"""Securities filings of surveillance-technology vendors (10-K, 20-F, IPO prospectuses): the cautionary statement on
forward-looking statements, defined terms in quotation marks, item headings and tables of contents, and the use of the
rights vocabulary that a Risk Factors section names as a business risk.

Every text here is written for these tests, in the genre's conventions (Regulation S-K items, the statutory safe
harbour); the expected values are labelled by hand from the texts before the library was run on them."""

import pandas as pd

import discourse as dc
from discourse.clean import clean_document

TENK = """VISIONCO HOLDINGS, INC.
ANNUAL REPORT ON FORM 10-K
For the fiscal year ended December 31, 2023

TABLE OF CONTENTS

Item 1. Business .......................................... 4
Item 1A. Risk Factors ..................................... 18

CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS

This Annual Report on Form 10-K contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. Words such as "anticipate," "believe," "expect" and "intend" identify forward-looking statements. These statements are subject to risks and uncertainties, including:

\u2022 our ability to comply with privacy and data protection laws;

\u2022 allegations of human rights violations in connection with deployments of our products; and

\u2022 demand for our smart city solutions.

We undertake no obligation to update any forward-looking statement.

PART I

Item 1. Business

VisionCo Holdings, Inc. ("VisionCo," the "Company," "we" or "us") is a leading provider of intelligent video analytics. Our intelligent video platform makes cities safer.

Item 1A. Risk Factors

Concerns about privacy and civil liberties could result in regulation that limits demand for our products.
"""


def _frame(text: str, source: str = "VisionCo") -> pd.DataFrame:
    return _frames((text, source))[0]


def _frames(*docs: str | tuple[str, str]) -> list[pd.DataFrame]:
    """The hits of each text (a text, or a text and its source; the source is VisionCo unless given), tokenised in
    one corpus."""
    pairs = [d if isinstance(d, tuple) else (d, "VisionCo") for d in docs]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(pairs))],
                                                    "source": [src for _, src in pairs],
                                                    "text": [text for text, _ in pairs]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    return [hits[hits["doc_id"] == f"d{i}"] for i in range(len(pairs))]


def test_filing_disclaimer_is_set_aside_with_its_risk_list():
    # the statutory cautionary statement (15 U.S.C. 77z-2(c)(1)(A), 78u-5(c)(1)(A)) under its heading, with the list
    # of factors its lead-in announces, up to the next heading "PART I"; hand-labelled: heading through "statement."
    spans = [s for s in clean_document(TENK, "d").spans if s["rule"] == "filing-disclaimer"]
    assert len(spans) == 1
    assert spans[0]["text"].startswith("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS")
    assert spans[0]["text"].endswith("We undertake no obligation to update any forward-looking statement.")
    assert "PART I" not in spans[0]["text"]
    hits = _frame(TENK)
    # the disclaimer's "privacy", "data protection", "human rights violations" and "smart city" are no hits of the
    # filer's prose; the Risk Factors' "privacy" is
    disclaimer_end = TENK.index("PART I")
    assert hits.loc[hits["start"] < disclaimer_end, "matched"].tolist() == []
    assert "privacy" in set(hits.loc[hits["start"] > disclaimer_end, "matched"].str.lower())


def test_filing_disclaimer_ends_at_the_next_heading():
    # in a 10-Q the Risk Factors item may follow the cautionary statement directly; its paragraphs speak of risks and
    # uncertainties too, but the heading ends the statement (hand-labelled: the span stops before "Item 1A.")
    text = ("FORWARD-LOOKING STATEMENTS\n\nThis report contains forward-looking statements that involve risks and "
            "uncertainties.\n\nItem 1A. Risk Factors\n\nConcerns about privacy are a risk to our business and "
            "involve uncertainties.\n")
    spans = [s["text"] for s in clean_document(text, "d").spans if s["rule"] == "filing-disclaimer"]
    assert spans == ["FORWARD-LOOKING STATEMENTS\n\nThis report contains forward-looking statements that involve "
                     "risks and uncertainties."]


def test_forward_looking_words_in_prose_are_kept():
    # no heading of its own: a sentence of a Business section that names forward-looking plans stays the filer's text
    text = ("Item 1. Business\n\nWe are a forward-looking company. Our smart city platform helps cities.\n\n"
            "Forward-looking statements\nare discussed below.\n")
    assert not [s for s in clean_document(text, "d").spans if s["rule"] == "filing-disclaimer"]
    # a heading whose next paragraph carries none of the disclaimer's vocabulary sets nothing aside
    text2 = "Annual Report\n\nForward-Looking Statements\n\nOur intelligent video platform makes cities safer.\n"
    assert not [s for s in clean_document(text2, "d").spans if s["rule"] == "filing-disclaimer"]


def _use(hits: pd.DataFrame, matched: str) -> tuple[str, str]:
    row = hits[hits["matched"].str.lower() == matched].iloc[0]
    return row["use"], row["use_rule"]


def test_stance_noun_complement_ends_at_the_main_verb():
    # the canonical risk factor: "Concerns about X could/may ...". The prepositional complement of the stance noun
    # is a noun phrase (Quirk et al. 1985, 9.1-9.4); the modal opens the main clause's predicate, whose object is the
    # filer's own product, not the content of the concern. Hand labels: "mass surveillance" reported, "smart city" not.
    hits, hits2 = _frames("Public concern over mass surveillance may reduce demand for our smart city solutions.",
                          "Concerns about privacy and civil liberties could result in regulation that limits demand "
                          "for our intelligent video platform.")
    assert _use(hits, "mass surveillance") == ("reported", "stance_noun")
    assert _use(hits, "smart city")[1] != "stance_noun"
    hits = hits2
    assert _use(hits, "civil liberties") == ("reported", "stance_noun")
    assert _use(hits, "intelligent video")[1] != "stance_noun"


def test_stance_noun_complement_keeps_its_clauses():
    # a wh-clause or a relative clause inside the complement has its own verb: still the concern's content
    for hits in _frames(("Critics raised concerns about how the cameras are used for mass surveillance.", "News"),
                        ("There are fears over systems that could enable mass surveillance.", "News"),
                        ("Residents voiced fears that the network will enable mass surveillance.", "News")):
        assert _use(hits, "mass surveillance") == ("reported", "stance_noun")


def test_field_of_a_law_is_referential_in_every_form():
    # "privacy laws" names the body of law by its field (referent_modifier); so do its coordinated form "privacy and
    # data protection laws" (= privacy laws and data protection laws: Huddleston & Pullum 2002, ch. 15) and its
    # postmodified form "laws relating to privacy" (Quirk et al. 1985, 17.104-17.110: premodification stands for the
    # prepositional phrase after the head). Hand labels: every hit below names a field of law, none is evaluative.
    pre, coordinated, post, series = _frames(
        "We are subject to privacy laws in many jurisdictions.",
        "Changes in privacy and data protection laws could reduce demand for our products.",
        "We are subject to laws relating to privacy and data protection.",
        "We are subject to laws and regulations regarding privacy, data protection and human rights.")
    assert _use(pre, "privacy") == ("referential", "referent_modifier")
    for hits in (coordinated, post):
        assert _use(hits, "privacy") == ("referential", "referent_modifier")
        assert _use(hits, "data protection") == ("referential", "referent_modifier")
    hits = series
    assert {_use(hits, m) for m in ("privacy", "data protection", "human rights")} == \
        {("referential", "referent_modifier")}


def test_coordinated_field_needs_a_field_before_the_head():
    # the filer's own claims stay evaluative: no law is named ("respect privacy and data protection"), or the word
    # after the coordinator opens a clause of its own ("privacy and we comply with the laws")
    respect, clause, debate = _frames("We respect privacy and data protection in everything we build.",
                                      "We value privacy and we comply with the laws of every market.",
                                      ("Critics urged a debate on privacy.", "News"))
    assert _use(respect, "privacy")[0] == "evaluative"
    assert _use(clause, "privacy")[0] == "evaluative"
    # a debate or a report on privacy is no instrument of law: the topic after it keeps its use
    hits = debate
    assert _use(hits, "privacy")[1] != "referent_modifier"


TWENTY_F = """SKYEYE HOLDINGS LIMITED
ANNUAL REPORT ON FORM 20-F

TABLE OF CONTENTS

PART I
Item 1.\tIdentity of Directors, Senior Management and Advisers\t3
Item 3.\tKey Information\t4
Item 4.\tInformation on the Company\t52
ITEM 4A.  UNRESOLVED STAFF COMMENTS  87

Item 3. Key Information

D. Risk Factors

Our smart city business depends on government customers in 14 countries.
"""


def test_contents_of_a_filing_without_leaders_are_set_aside():
    # EDGAR's HTML filings set the contents as a table of item, title and page; saved as text the columns are tabs or
    # runs of spaces, with no dot leaders. Hand labels: the four item lines are contents, the body's "Item 3. Key
    # Information" (no page number) and the sentence ending in "14 countries." are not.
    toc = [s["text"] for s in clean_document(TWENTY_F, "d").spans if s["rule"] == "table-of-contents"]
    assert toc == ["Item 1.\tIdentity of Directors, Senior Management and Advisers\t3", "Item 3.\tKey Information\t4",
                   "Item 4.\tInformation on the Company\t52", "ITEM 4A.  UNRESOLVED STAFF COMMENTS  87"]


def test_a_single_numbered_item_line_is_no_table_of_contents():
    # one line is no table: minutes' "Item 8: ..." or a sentence that ends in a number stays text
    text = "Item 8. Approval of the smart city budget of 2\n\nThe council approved it.\n"
    assert not [s for s in clean_document(text, "d").spans if s["rule"] == "table-of-contents"]


def test_an_accusation_by_verb_is_reported_as_by_noun():
    # "allegations of human rights violations" is the accusers' content (stance_noun); so is the complement of the
    # verb "accuse ... of" (Thompson 1994, ch. 3), also in the passive whose subject is the accused filer: "we" is the
    # accused, not the speaker of the charge (hand labels: all three hits reported).
    active, passive, news, own, comma = _frames(
        "Certain non-governmental organizations have accused us of facilitating mass surveillance.",
        "We have been accused of facilitating human rights abuses in certain jurisdictions.",
        ("Human rights groups accuse the Company of enabling repression.", "News"),
        ("We accuse the regime of repression.", "Freedonia"),
        ("He is accused of alleged crimes, an invention of those who committed real crimes and repression.", "Chile"))
    assert _use(active, "mass surveillance") == ("reported", "stance_noun")
    assert _use(passive, "human rights abuses") == ("reported", "stance_noun")
    assert _use(news, "repression") == ("reported", "stance_noun")
    # the speaker's own charge stays theirs, as "we warned about ..." does
    assert _use(own, "repression")[0] == "evaluative"
    # the charge ends at its comma; what follows is the speaker's again
    assert _use(comma, "repression")[0] == "evaluative"


def test_filing_disclaimer_with_an_unmarked_list_one_paragraph_per_line():
    # a 20-F saved one paragraph per line, its factors a series of items that semicolons separate and the last a full
    # stop ends (Chicago Manual of Style 6.130); hand-labelled: the heading through "forward-looking statements."
    text = ("SKYEYE HOLDINGS LIMITED\nSpecial Note Regarding Forward-Looking Statements\nThis annual report contains "
            "forward-looking statements that involve risks and uncertainties, relating to:\nour goals and strategies;\n"
            "demand for smart city solutions; and\nchanges in laws relating to privacy and data protection.\nWe undertake "
            "no obligation to update any forward-looking statements.\nPART I\nItem 4. Information on the Company\n"
            "Skyeye is a leading provider of intelligent video analytics.\n")
    spans = [s["text"] for s in clean_document(text, "d").spans if s["rule"] == "filing-disclaimer"]
    assert len(spans) == 1
    assert spans[0].startswith("Special Note") and spans[0].endswith("update any forward-looking statements.")
