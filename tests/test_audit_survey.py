"""Open-ended survey answers: very short, informal, often lower case or all capitals, with misspellings and
non-answers (answers to "What do you think about the city's new camera network?", written here). The expected
uses are hand labels written before the library was run on the answers."""

import numpy as np
import pandas as pd
import pytest

import discourse as dc


def _answers(texts: list[str], **meta) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": [f"r{i:02d}" for i in range(len(texts))], "source": "survey", "text": texts,
                       **meta})
    return dc.Corpus.from_dataframe(df, text="text", source="source")


def _uses(texts: list[str]) -> list[tuple[str, str, str]]:
    corpus = _answers(texts)
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    text_of = dict(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True))
    return [(text_of[d], m, u) for d, m, u in zip(hits["doc_id"], hits["matched"], hits["use"], strict=True)]


# ------------------------------------------------------------------ a one-line answer is no label line
def test_a_whole_answer_in_capitals_is_the_respondents_own_word():
    # hand labels: each answer is the respondent's own evaluation, whatever its capitalisation ("Privacy" as
    # survey software or a phone keyboard capitalises the first letter, "MASS SURVEILLANCE" shouted)
    texts = ["Privacy", "privacy", "PRIVACY", "Big Brother", "big brother", "Mass Surveillance",
             "MASS SURVEILLANCE", "Public Safety", "Invasion Of Privacy"]
    got = _uses(texts)
    assert [t for t, _, _ in got] == texts
    assert [u for _, _, u in got] == ["evaluative"] * len(texts)


def test_a_label_line_above_text_is_still_a_label():
    # the rule stays for what it was written for: a menu line of a page with text under it
    got = _uses(["Privacy | Terms\n\nThe cameras went up in May."])
    assert [u for _, m, u in got if m == "Privacy"] == ["referential"]


def test_balance_of_answers_does_not_depend_on_their_capitalisation():
    lower = _answers(["privacy", "mass surveillance", "public safety"])
    upper = _answers(["Privacy", "MASS SURVEILLANCE", "Public Safety"])
    fb = [dc.frame_balance(dc.tokenize(c), "framing", by=None, level="group", voice="all", n_boot=0)
          for c in (lower, upper)]
    # 1 promotional against 2 rights hits: log((1 + 0.5) / (2 + 0.5)) = -0.511 (by hand)
    assert fb[0]["balance"].iloc[0] == pytest.approx(-0.5108256, abs=1e-6)
    assert fb[1]["balance"].iloc[0] == pytest.approx(fb[0]["balance"].iloc[0])


# ------------------------------------------------------------------ negation written without the apostrophe
@pytest.mark.parametrize("text, matched", [
    ("dont care about privacy", "privacy"),
    ("doesnt protect privacy", "privacy"),
    ("isnt seamless", "seamless"),
    ("it isnt efficient", "efficient"),
    ("cant be efficient", "efficient"),
    ("wont be efficient", "efficient"),
    ("i dont think its innovative", "innovative"),
    ("didnt improve public safety", "public safety"),
])
def test_negation_without_apostrophe_distances_as_with_it(text, matched):
    # hand label: distanced, as "don't care about privacy" and "isn't seamless" are
    got = _uses([text, text.replace("nt ", "n't ", 1)])
    assert [(m, u) for _, m, u in got] == [(matched, "distanced")] * 2


# ------------------------------------------------------------------ misspelt answers are named, not silently missed
def test_check_names_misspellings_of_entries_that_the_answers_hold():
    # hand labels: "privicy" (one substitution) and "survelance" (two deletions) are misspellings of the entries
    # "privacy" and "surveillance"; "privacy" itself matches; "policy" is a word of its own one edit from no entry
    corpus = _answers(["survelance everywhere, no privicy", "privicy!!", "privacy matters", "bad policy"])
    lex = dc.load_lexicon("framing")
    chk = lex.check(dc.tokenize(corpus))
    near = chk[chk["issue"] == "near_miss"]
    assert sorted(zip(near["category"], near["pattern"], strict=True)) == [("rights", "privacy"),
                                                                         ("technology", "surveillance")]
    detail = dict(zip(near["pattern"], near["detail"], strict=True))
    assert "'privicy' (2 times in 2 documents)" in detail["privacy"]
    assert "'survelance' (1 time in 1 document)" in detail["surveillance"]
    # the words are still no hits: the check reports, it does not correct
    assert "privicy" not in set(lex.find_matches(dc.tokenize(corpus))["matched"].str.lower())


def test_no_near_miss_without_tokens_or_for_short_entries():
    lex = dc.load_lexicon({"rights": ["privacy"], "security": ["safe"]})
    assert "near_miss" not in set(lex.check()["issue"])
    # "sale" and "same" are one edit from "safe": in a word of four letters most single edits make another word
    # (Peterson 1986), so entries under five letters are not compared
    chk = lex.check(dc.tokenize(_answers(["same old sale", "privacy"])))
    assert "near_miss" not in set(chk["issue"])


# ------------------------------------------------------------------ survey weights and non-answers, as the README says
def _survey() -> dc.Corpus:
    texts = ["privacy matters", "makes me feel safer", "n/a", "-", "good for public safety", "mass surveillance",
             "big brother", "public safety first", "privacy", "idk"]
    return _answers(texts, district=["N"] * 5 + ["S"] * 5, weight=[0.5, 1.0, 1.0, 1.0, 2.0, 1.5, 1.0, 0.5, 1.0, 1.0])


def test_weighted_balance_as_the_readme_computes_it():
    corpus = _survey()
    docs = dc.frame_balance(dc.tokenize(corpus), "framing", by="district", level="document", voice="all",
                            n_boot=0)
    w = docs.merge(corpus.documents[["doc_id", "weight"]], on="doc_id")
    w["weight"] = w["weight"] / w["weight"].mean()  # relative weights, mean 1 over the answers (Kish 1965, 11.7)
    g = w.assign(a=w["n_positive"] * w["weight"], b=w["n_negative"] * w["weight"]).groupby("district")[["a", "b"]].sum()
    got = np.log((g["a"] + 0.5) / (g["b"] + 0.5))
    # by hand: mean weight 1.05; N: promotional 2.0/1.05 (public safety), rights 0.5/1.05 (privacy);
    # S: promotional 0.5/1.05, rights (1.5 + 1.0 + 1.0)/1.05
    assert got["N"] == pytest.approx(np.log((2.0 / 1.05 + 0.5) / (0.5 / 1.05 + 0.5)))
    assert got["S"] == pytest.approx(np.log((0.5 / 1.05 + 0.5) / (3.5 / 1.05 + 0.5)))
    # unweighted, every answer counts once: N 1 : 1, S 1 : 3
    fb = dc.frame_balance(dc.tokenize(corpus), "framing", by="district", level="group", voice="all", n_boot=0)
    assert fb.set_index("district")[["n_positive", "n_negative"]].to_dict("index") == {
        "N": {"n_positive": 1, "n_negative": 1}, "S": {"n_positive": 1, "n_negative": 3}}


def test_non_answers_are_documents_and_empty_answers_are_reported():
    with pytest.warns(UserWarning, match="skipped"):
        corpus = _answers(["privacy", "", "n/a", "-"])
    assert corpus.skipped["doc_id"].tolist() == ["r01"]
    fb = dc.frame_balance(dc.tokenize(corpus), "framing", by=None, level="document", voice="all", n_boot=0)
    # "n/a" and "-" stay documents: no pole hit; "-" has no word
    assert fb.set_index("doc_id")["n_tokens"].to_dict() == {"r00": 1, "r02": 2, "r03": 0}


# ------------------------------------------------------------------ the derisive rejoinder "X my foot"
@pytest.mark.parametrize("text, matched", [
    ("SAFE CITY MY FOOT", "SAFE CITY"),
    ("safe city, my foot!", "safe city"),
    ("Public safety my ass", "Public safety"),
    ("smart city, yeah right", "smart city"),
])
def test_a_term_repeated_with_a_rejoinder_of_disbelief_is_distanced(text, matched):
    # hand label: distanced; the respondent repeats the city's words to reject them ("my foot": OED, an
    # exclamation of contemptuous contradiction; an echoic use, Sperber & Wilson 1995, 4.9)
    got = _uses([text])
    assert [(m, u) for _, m, u in got] == [(matched, "distanced")]


def test_a_rejoinder_is_not_read_inside_a_clause():
    # hand labels: "my foot" as a body part, and a term followed by more words, keep their uses
    got = _uses(["the public safety camera ran over my foot", "public safety my foot hurts"])
    assert [u for _, m, u in got if m == "public safety"] == ["evaluative", "evaluative"]


# ------------------------------------------------------------------ an interval with no spread is no interval
def test_a_group_whose_answers_all_hold_the_same_hits_gets_no_zero_width_interval():
    # five answers, each one rights hit: every resample is 0 : 5, so the resamples have no spread; a "95 %"
    # interval [-2.40, -2.40] claimed a certainty that five answers cannot give (with 0 promotional of 5, a 95 %
    # upper bound of the share is still about 3/5: the rule of three, Hanley & Lippman-Hand 1983)
    texts = ["privacy matters", "mass surveillance", "big brother", "privacy!!", "invasion of privacy",
             "public safety but privacy", "privacy vs public safety", "public safety, privacy",
             "privacy", "privacy privacy", "public safety", "ok", "mass surveillance"]
    groups = ["same"] * 5 + ["pairs"] * 3 + ["varied"] * 5
    corpus = _answers(texts, district=groups)
    with pytest.warns(UserWarning, match=r"no spread.*pairs, same"):
        fb = dc.frame_balance(dc.tokenize(corpus), "framing", by="district", level="group", voice="all")
    fb = fb.set_index("district")
    # 0 : 5 -> log(0.5 / 5.5) = -2.398, and 3 : 3 -> 0 (by hand); the points stay, the intervals go
    assert fb.loc["same", "balance"] == pytest.approx(np.log(0.5 / 5.5))
    assert fb.loc["pairs", "balance"] == pytest.approx(0.0)
    assert fb.loc[["same", "pairs"], ["ci_low", "ci_high"]].isna().all().all()
    # answers with different hits keep their interval
    assert fb.loc["varied", "ci_low"] < fb.loc["varied", "ci_high"]
