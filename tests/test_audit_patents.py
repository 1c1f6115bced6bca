"""Patents and patent applications: paragraph numbers, claims, reference numerals, citations of prior art and the
privacy language of a background section, read as a reader of surveillance patents reads them.

The texts are written in the genre's conventions (37 CFR 1.52(b)(6) paragraph numbers "[0001]", 37 CFR 1.75 claims
numbered in Arabic numerals that refer back "The method of claim 1", the priority claim of 37 CFR 1.78) and labelled
by hand before the library was run on them.
"""

import pandas as pd
import pytest

import discourse as dc
from discourse.segment import sentences


def _tokens(text: str, source: str = "patent") -> pd.DataFrame:
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": [source], "text": [text]}),
                                      text="text", source="source")
    return dc.tokenize(corpus)


def _hits(text: str) -> pd.DataFrame:
    return dc.find_frame_terms(_tokens(text))


# ----------------------------------------------------------------------------------------------- claims as nouns

def test_dependent_claim_reference_is_no_reporting_verb():
    # "claim 1" after "of" is the noun of a dependent claim (37 CFR 1.75(c): a dependent claim refers back to a
    # claim by its number); nothing is reported: hand label for "data" is the drafter's own (not reported)
    hits = _hits("What is claimed is:\n\n1. A method comprising receiving image data from a camera.\n\n"
                 "2. The method of claim 1, wherein the image data is encrypted.")
    data = hits[hits["matched"].str.lower() == "data"]
    assert len(data) == 2
    assert (data["use"] != "reported").all(), data[["matched", "use", "use_rule", "cue"]]


def test_priority_claim_is_no_reported_speech():
    # "claims priority to" / "claims the benefit of": the application demands the filing date of an earlier one
    # (35 U.S.C. 119(e), 120; 37 CFR 1.78); the clause after it reports nobody's words
    for opening in ("This application claims priority to", "This application claims the benefit of"):
        tok = _tokens(f"[0001] {opening} U.S. Provisional Application No. 62/123,456, filed Jan. 5, 2018, "
                      "which is incorporated herein by reference.")
        assert (tok["voice"] == "author").all(), (opening, tok.loc[tok["voice"] != "author", "token"].tolist())


def test_reported_claims_still_reported():
    # the speech verb keeps its reading: a company claiming that its cameras make a city safe
    tok = _tokens("Acme claims its cameras make the city safer.")
    assert (tok.loc[tok["token"] == "cameras", "voice"] == "reported").all()
    hits = _hits("Acme claims the smart city platform is efficient.")
    assert (hits["use"] == "reported").all()


def test_stranded_preposition_keeps_reporting_verb():
    # a preposition stranded at the end of a relative clause does not make the next verb a noun
    hits = _hits("The officials the mayor met with said the smart city platform is efficient.")
    assert (hits["use"] == "reported").all(), hits[["matched", "use", "use_rule"]]


# ------------------------------------------------------------------------------------------ citations of patents

@pytest.mark.parametrize("text", [
    "Prior systems, such as those described in U.S. Pat. No. 9,876,543, raise privacy concerns.",
    "See U.S. Pat. App. Pub. No. 2015/0123456 and U.S. Pat. Nos. 8,123,456 and 9,000,001 for examples.",
    "This is a continuation of U.S. application Ser. No. 13/123,456, filed May 3, 2012.",
    "See U.S. Patent Appl. No. 14/555,123 for details.",
    "As shown in FIGS. 3A and 3B, the module matches faces.",
])
def test_patent_citation_is_one_sentence(text):
    # hand label: each is one sentence; the abbreviations of a patent citation (Bluebook T6 "Pat.", "Pub.";
    # MPEP 503 "Ser. No."; 37 CFR 1.84(u) figure numbers) do not end it
    assert [text[s:e] for s, e in sentences(text)] == [text]


@pytest.mark.parametrize("text, n", [
    ("He gave the dog a pat. No one saw it.", 2),
    ("She went to the pub. No. 5 was closed.", 2),
    ("The camera 102 is shown in FIG. 2. The server 104 receives data.", 2),
])
def test_sentence_ends_near_patent_abbreviations_stay(text, n):
    assert len(sentences(text)) == n


# ------------------------------------------------------------------------------------------- paragraph numbers

_SPEC = ("BACKGROUND\n\n"
         "[0002] Public safety agencies increasingly deploy cameras in urban areas.\n\n"
         "[0003] There is a need for a system that identifies persons of interest.\n\n"
         "SUMMARY\n\n"
         "[0004] In one embodiment, the camera 102 transmits image data to the server 104.")


def test_paragraph_numbers_are_set_aside():
    # 37 CFR 1.52(b)(6): the specification's paragraphs are numbered "[0001]", four numerals or more in square
    # brackets at the left margin; the number is the patent office's locator, no word of the drafter
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": ["patent"], "text": [_SPEC]}),
                                      text="text", source="source")
    aside = corpus.set_aside
    numbers = aside[aside["rule"] == "paragraph-number"]
    assert numbers["text"].tolist() == ["[0002]", "[0003]", "[0004]"]
    tok = dc.tokenize(corpus)
    assert not tok["token"].isin(["0002", "0003", "0004", "[", "]"]).any()
    # hand count of the word tokens: 9 + 12 + 13 and the two headings = 36 (reference numerals stay: a reader
    # may search "camera 102")
    assert int((~tok["is_punct"]).sum()) == 36
    # each numbered paragraph is still a paragraph of its own, opening with its first word
    firsts = tok.groupby("paragraph")["token"].first().tolist()
    assert firsts == ["BACKGROUND", "Public", "There", "SUMMARY", "In"]


def test_bracketed_year_without_paragraph_numbers_stays():
    # a neutral citation at a line's start ("[2018] EWCA Civ 1058") is no paragraph number: the rule needs the
    # leading zeros of 37 CFR 1.52(b)(6) somewhere in the text
    text = "The court relied on two judgments.\n\n[2018] EWCA Civ 1058 concerned facial recognition."
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": ["s"], "text": [text]}),
                                      text="text", source="source")
    assert corpus.set_aside.empty


# ------------------------------------------------------------------------------------------------------ claims

def test_claim_number_opens_its_sentence():
    # 37 CFR 1.75(f): claims numbered consecutively in Arabic numerals; hand label: "1. A method ..." is one
    # sentence, the number its label, not a sentence of its own
    text = ("What is claimed is:\n\n"
            "1. A method comprising: receiving, by a server, image data from a camera; and determining a gait "
            "signature.\n\n"
            "12. The method of claim 1, wherein the image data is encrypted.")
    assert [text[s:e] for s, e in sentences(text)] == [
        "What is claimed is:",
        "1. A method comprising: receiving, by a server, image data from a camera; and determining a gait signature.",
        "12. The method of claim 1, wherein the image data is encrypted."]
    tok = _tokens(text)
    assert tok["sentence"].nunique() == 3


@pytest.mark.parametrize("text, n", [
    ("We counted 12. Then we left.", 2),          # a number ending a sentence inside a line
    ("Page\n\n12.\n\nText here.", 3),             # a number alone on its line labels nothing
])
def test_numbers_that_end_sentences_stay(text, n):
    assert len(sentences(text)) == n


# ------------------------------------------------------------------------------------------------- definitions

@pytest.mark.parametrize("text", [
    'The term "mass surveillance" as used herein means the monitoring of an entire population.',
    'The term "mass surveillance," as used in this specification, refers to the monitoring of a population.',
    'The term "mass surveillance" as used herein and in the claims shall mean the monitoring of a population.',
    'As used herein, the term "mass surveillance" refers to the monitoring of an entire population.',
])
def test_patent_definition_is_a_mention(text):
    # the drafter as their own lexicographer (MPEP 2111.01(IV)): "the term 'X' as used herein means ..." defines
    # the term; hand label: referential (definition), not the drafter's scare quotes
    hits = _hits(text)
    hit = hits[hits["matched"] == "mass surveillance"]
    assert hit["use"].tolist() == ["referential"] and hit["use_rule"].tolist() == ["definition"], hits


def test_scare_quotes_after_as_stay():
    # "as" that opens no "as used herein": the quoted term is the writer's distance from it
    hits = _hits('The city calls it "public safety" as usual, but it is mass surveillance.')
    assert hits.loc[hits["matched"] == "public safety", "use"].tolist() == ["distanced"]


# ---------------------------------------------------------------------------------------- citations of prior art

def test_patent_document_numbers_are_set_aside():
    # a patent document's number with its office code and kind code (WIPO Standards ST.3 and ST.16: "US ... A1" a
    # published application, "B2" a granted patent) and "U.S. Pat. No. ..." cite prior art; hand label: no word of
    # the drafter, so "a1", "b2", "pat" and the numbers' pieces are no tokens, and the sentence keeps its words
    text = ("[0002] Prior systems, such as those described in US 2015/0123456 A1, WO 2016/098765 A1, "
            "EP 1 234 567 B1 and U.S. Pat. No. 9,876,543, raise privacy concerns. See also US 9,123,456 B2 "
            "and U.S. Patent Nos. 8,123,456 and 9,000,001.")
    # (the rule reads patent applications, with paragraph numbers, and texts that name a patent)
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": ["patent"], "text": [text]}),
                                      text="text", source="source")
    aside = corpus.set_aside
    assert aside.loc[aside["rule"] == "patent-citation", "text"].tolist() == [
        "US 2015/0123456 A1", "WO 2016/098765 A1", "EP 1 234 567 B1", "U.S. Pat. No. 9,876,543", "US 9,123,456 B2",
        "U.S. Patent Nos. 8,123,456 and 9,000,001"]
    tok = dc.tokenize(corpus)
    words = tok.loc[~tok["is_punct"], "norm"].tolist()
    # hand list of the words left: 11 of the first sentence ("and" between the EP and U.S. citations), 3 of the second
    assert words == ["prior", "systems", "such", "as", "those", "described", "in", "and", "raise", "privacy",
                     "concerns", "see", "also", "and"]


def test_numbers_that_cite_nothing_stay():
    # a sum, a year and a model name are no patent numbers
    text = "The US spent 2,000,000 dollars in 2015 on 400 cameras of model A1 and B2 units."
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": ["s"], "text": [text]}),
                                      text="text", source="source")
    assert corpus.set_aside.empty


def test_claim_number_under_the_preamble_line_opens_its_claim():
    # "What is claimed is:" with the claims on the lines right under it (no blank line): Punkt ends its sentence after
    # the number "1." of the next line; hand label: the preamble is one sentence, each claim one with its number
    text = ("The embodiments are examples only.\n\n"
            "What is claimed is:\n"
            "1. A method comprising receiving image data from a camera.\n"
            "2. The method of claim 1, wherein the image data is encrypted.")
    assert [text[s:e] for s, e in sentences(text)] == [
        "The embodiments are examples only.", "What is claimed is:", "1. A method comprising receiving image data from a camera.",
        "2. The method of claim 1, wherein the image data is encrypted."]


def test_kind_coded_citation_in_an_application_that_never_says_patent():
    # an application's background need not write "patent": its paragraph numbers make it one
    text = ("[0001] This application claims priority to U.S. Provisional Application No. 62/123,456.\n\n"
            "[0002] Prior systems, such as those described in US 2015/0123456 A1, store raw video.")
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d1"], "source": ["patent"], "text": [text]}),
                                      text="text", source="source")
    aside = corpus.set_aside
    assert aside.loc[aside["rule"] == "patent-citation", "text"].tolist() == ["US 2015/0123456 A1"]
