"""Tests over documents for keyness, frame keyness and keyness_all: the exact Mann–Whitney p of small samples,
contrasts of groups with too few documents, and frame keyness over documents.

Expected values come from scipy.stats (an independent implementation, term by term) on relative frequencies
worked out by hand from the tables written here.
"""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from scipy import stats as ss

import discourse as dc
from discourse.keyness import KEYNESS_COLUMNS, P_METHODS
from discourse.stats import mann_whitney_columns, mann_whitney_null_cdf


# ------------------------------------------------------------------------------------------ exact Mann-Whitney
def test_null_distribution_of_u_by_enumeration_and_scipy():
    # every arrangement of 3 and 4 ranks enumerated: P(U <= u) for u = 0..6
    us = np.array([sum(c) - 6 for c in itertools.combinations(range(1, 8), 3)])
    assert np.allclose(mann_whitney_null_cdf(3, 4), [np.mean(us <= u) for u in range(7)], rtol=1e-14)
    assert np.allclose(mann_whitney_null_cdf(4, 3), mann_whitney_null_cdf(3, 4))
    # beyond 2**53 arrangements (Python integers): scipy.stats.mannwhitneyu(method="exact") at its extremes
    a, b = np.arange(8) + 1000.0, np.arange(900) * 1.0
    want = ss.mannwhitneyu(a, b, method="exact").pvalue  # 2 / C(908, 8)
    assert 2 * mann_whitney_null_cdf(8, 900)[0] == pytest.approx(want, rel=1e-12)


def test_exact_p_for_small_samples_without_ties_as_scipy_auto():
    # 3 against 3 documents, fully apart: scipy.stats.mannwhitneyu(method="auto") gives the exact p = 2 / C(6, 3) =
    # 0.1; the normal approximation (with continuity correction) gives 0.0809
    x = sparse.csr_matrix(np.array([[0.5], [0.6], [0.7], [0.1], [0.2], [0.3]]))
    first = np.array([True] * 3 + [False] * 3)
    r = mann_whitney_columns(x, first)
    assert ss.mannwhitneyu([0.5, 0.6, 0.7], [0.1, 0.2, 0.3]).pvalue == pytest.approx(0.1)
    assert r["p"][0] == pytest.approx(0.1, rel=1e-12) and r["exact"][0]
    approx = mann_whitney_columns(x, first, method="asymptotic")
    assert approx["p"][0] == pytest.approx(0.080856, abs=1e-6) and not approx["exact"][0]
    with pytest.raises(ValueError, match="method"):
        mann_whitney_columns(x, first, method="exact")


@pytest.mark.parametrize("seed", range(6))
def test_column_p_equals_scipy_auto_term_by_term(seed):
    # small sides (2..9 and 3..30 rows), continuous columns (no ties: exact) and columns with zeros (ties: normal)
    rng = np.random.default_rng(seed)
    n1, n2 = int(rng.integers(2, 10)), int(rng.integers(3, 31))
    x = rng.random((n1 + n2, 30))
    x[:, 15:] *= rng.random((n1 + n2, 15)) < 0.6  # zeros: ties
    first = np.zeros(n1 + n2, dtype=bool)
    first[rng.choice(n1 + n2, n1, replace=False)] = True
    r = mann_whitney_columns(sparse.csr_matrix(x), first)
    for j in range(30):
        a, b = x[first, j], x[~first, j]
        want = ss.mannwhitneyu(a, b, method="auto")
        assert r["u"][j] == pytest.approx(want.statistic)
        assert r["p"][j] == pytest.approx(want.pvalue, rel=1e-10)
        ties = len(np.unique(x[:, j])) < n1 + n2
        assert r["exact"][j] == (not ties and min(n1, n2) <= 8)


def test_keyness_reports_the_exact_p_and_which_method():
    # three documents per group; 'x' has a different rate in each (no ties), 'y' is absent from two (a tie)
    rows = [("A", "a1", "x", 5), ("A", "a1", "o", 5), ("A", "a2", "x", 6), ("A", "a2", "o", 4),
            ("A", "a3", "x", 7), ("A", "a3", "o", 3), ("A", "a3", "y", 1),
            ("B", "b1", "x", 1), ("B", "b1", "o", 9), ("B", "b2", "x", 2), ("B", "b2", "o", 8),
            ("B", "b3", "x", 3), ("B", "b3", "o", 7), ("B", "b3", "y", 1)]
    counts = pd.DataFrame(rows, columns=["g", "doc_id", "term", "n"])
    k = dc.keyness(counts, by="g", target="A", test="mann_whitney", doc="doc_id", correction="none")
    assert list(k.columns) == ["g", *KEYNESS_COLUMNS] and KEYNESS_COLUMNS[-1] == "p_method"
    k = k.set_index("term")
    # rates of x: A 5/10, 6/10, 7/11; B 1/10, 2/10, 3/11 -> U = 9, scipy's exact p 0.1
    assert k.loc["x", "p"] == pytest.approx(ss.mannwhitneyu([.5, .6, 7 / 11], [.1, .2, 3 / 11]).pvalue, rel=1e-12)
    assert k.loc["x", "p"] == pytest.approx(0.1) and k.loc["x", "p_method"] == "exact"
    # y: rates 0, 0, 1/11 against 0, 0, 1/11: ties, normal approximation (p 1)
    assert k.loc["y", "p_method"] == "normal"
    assert k.loc["y", "p"] == pytest.approx(ss.mannwhitneyu([0, 0, 1 / 11], [0, 0, 1 / 11]).pvalue)
    assert set(dc.keyness(counts, by="g", target="A", test="welch", doc="doc_id")["p_method"]) == {"t"}
    assert set(dc.keyness(counts, by="g", target="A")["p_method"]) == {"chi2"}
    assert set(P_METHODS) == {"chi2", "t", "normal", "exact"}


def test_command_line_says_which_mann_whitney_p(tmp_path, capsys):
    from discourse.cli import main

    from .test_keyness_documents import _three_documents_a_side

    # three documents a side; 'budget' has a different rate in each A document and none in B (B's three zeros tie)
    path = _three_documents_a_side(tmp_path)
    assert main(["keyness", str(path), "--by", "source", "--target", "A", "--test", "mann_whitney", "--min-count",
                 "1", "--out", str(tmp_path / "k")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    k = pd.read_csv(tmp_path / "k" / "keyness.csv")
    n_exact = int((k["p_method"] == "exact").sum())
    assert set(k["p_method"]) <= {"exact", "normal"}
    assert f"p_method: exact for {n_exact} of {len(k)} rows" in out


# ------------------------------------------------------------------------------------------ too few documents
# A has three documents, B two, C one: C's contrasts cannot be tested over documents
_GROUPS = pd.DataFrame([("A", "a1", "x", 3), ("A", "a1", "o", 7), ("A", "a2", "x", 1), ("A", "a2", "o", 9),
                        ("A", "a3", "x", 4), ("A", "a3", "o", 6), ("B", "b1", "x", 1), ("B", "b1", "o", 4),
                        ("B", "b2", "o", 5), ("C", "c1", "x", 2), ("C", "c1", "o", 2)],
                       columns=["g", "doc_id", "term", "n"])


@pytest.mark.parametrize("test", ["welch", "mann_whitney"])
def test_keyness_all_skips_contrasts_of_a_group_with_one_document(test):
    with pytest.warns(UserWarning, match=r"'C' \(1\).*1 of 3 contrast\(s\) are skipped \('C' against the rest\)"
                                         r".*merge them"):
        every = dc.keyness_all(_GROUPS, by="g", test=test, doc="doc_id")
    assert sorted(set(every["target"])) == ["A", "B"]
    # each kept contrast is that of keyness, whose rest holds C's document: 'x' of A (3/10, 1/10, 4/10) against
    # B and C (1/5, 0/5, 2/4), by scipy.stats.ttest_ind(equal_var=False) / mannwhitneyu(method="auto")
    one = dc.keyness(_GROUPS, by="g", target="A", test=test, doc="doc_id")
    pd.testing.assert_frame_equal(every[every["target"] == "A"].reset_index(drop=True), one)
    a, b = [0.3, 0.1, 0.4], [0.2, 0.0, 0.5]
    want = (ss.ttest_ind(a, b, equal_var=False) if test == "welch" else ss.mannwhitneyu(a, b)).pvalue
    assert one.set_index("term").loc["x", "p"] == pytest.approx(want, rel=1e-12)


def test_keyness_all_pairs_skip_only_the_pairs_of_the_small_group():
    with pytest.warns(UserWarning, match=r"2 of 3 contrast\(s\) are skipped \('A' against 'C'; 'B' against 'C'\)"):
        pairs = dc.keyness_all(_GROUPS, by="g", test="welch", doc="doc_id", pairs=True)
    assert set(zip(pairs["target"], pairs["reference"], strict=True)) == {("A", "B")}
    one = dc.keyness(_GROUPS, by="g", target="A", reference="B", test="welch", doc="doc_id")
    pd.testing.assert_frame_equal(pairs.reset_index(drop=True), one)


def test_keyness_all_with_no_testable_contrast_is_an_error_naming_the_groups():
    two = _GROUPS[_GROUPS["g"] != "A"]  # B (2 documents) against C (1): neither contrast can be tested
    with pytest.raises(ValueError, match=r"'C' \(1\).*no contrast can be tested.*test='g2'"):
        dc.keyness_all(two, by="g", test="mann_whitney", doc="doc_id")


def test_g2_with_documents_needs_no_second_document():
    # test='g2' with doc= takes the documents for the mean rates only: a group of one document has its mean (the
    # error said "test='g2' compares documents ... or use test='g2'")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        every = dc.keyness_all(_GROUPS, by="g", doc="doc_id")
    c = every[(every["target"] == "C")].set_index("term")
    assert c.loc["x", "mean_rate_target"] == 0.5 and c.loc["x", "p_test"] == "g2"
    assert c.loc["x", "mean_rate_reference"] == pytest.approx(np.mean([0.3, 0.1, 0.4, 0.2, 0.0]))


# ------------------------------------------------------------------------------------------ frame keyness
_LEX = {"promo": ["smart city", "safe"], "rights": ["privacy", "rights"]}
_TEXTS = {"a1": ("A", "The smart city is safe and smart."), "a2": ("A", "Safe streets, safe homes, a smart city."),
          "a3": ("A", "Budgets were debated."), "b1": ("B", "Privacy and rights matter."),
          "b2": ("B", "Rights groups asked about privacy in the smart city."), "b3": ("B", "The city is safe.")}
# frame hits over word tokens per document, by hand ("smart city" is one hit of two words):
# promo: a1 2/7, a2 3/7, a3 0/3; b1 0/4, b2 1/9, b3 1/4. rights: A 0, 0, 0; B 2/4, 2/9, 0/4
_PROMO_A, _PROMO_B = [2 / 7, 3 / 7, 0.0], [0.0, 1 / 9, 1 / 4]
_RIGHTS_A, _RIGHTS_B = [0.0, 0.0, 0.0], [2 / 4, 2 / 9, 0.0]


def _frame_tokens() -> pd.DataFrame:
    docs = pd.DataFrame([{"doc_id": d, "source": s, "text": t} for d, (s, t) in _TEXTS.items()])
    return dc.tokenize(dc.Corpus.from_dataframe(docs, text="text", source="source"))


def test_frame_keyness_welch_over_documents_equals_scipy():
    k = dc.frame_keyness(_frame_tokens(), _LEX, by="source", target="A", test="welch", doc="doc_id",
                         correction="none")
    assert list(k.columns) == ["source", "frame", *KEYNESS_COLUMNS[1:]]
    k = k.set_index("frame")
    for frame, a, b in (("promo", _PROMO_A, _PROMO_B), ("rights", _RIGHTS_A, _RIGHTS_B)):
        want = ss.ttest_ind(a, b, equal_var=False)  # scipy.stats.ttest_ind, Welch's unequal variances
        assert k.loc[frame, "p"] == pytest.approx(want.pvalue, rel=1e-12)
        assert k.loc[frame, "p_statistic"] == pytest.approx(want.statistic, rel=1e-12)
        assert k.loc[frame, "mean_rate_target"] == pytest.approx(np.mean(a))
        assert k.loc[frame, "mean_rate_reference"] == pytest.approx(np.mean(b))
    assert (k["p_test"] == "welch").all() and (k["p_method"] == "t").all()
    assert k.loc["promo", "docs_target"] == 2 and k.loc["promo", "doc_total_target"] == 3
    assert k.loc["promo", "dispersion_reference"] == pytest.approx(2 / 3)


def test_frame_keyness_mann_whitney_over_documents_equals_scipy():
    k = dc.frame_keyness(_frame_tokens(), _LEX, by="source", target="A", test="mann_whitney", doc="doc_id",
                         correction="none").set_index("frame")
    for frame, a, b in (("promo", _PROMO_A, _PROMO_B), ("rights", _RIGHTS_A, _RIGHTS_B)):
        want = ss.mannwhitneyu(a, b, method="auto")  # zeros tie: scipy takes the normal approximation
        assert k.loc[frame, "p"] == pytest.approx(want.pvalue, rel=1e-12)
        assert k.loc[frame, "p_statistic"] == want.statistic
    assert (k["p_method"] == "normal").all()


def test_frame_keyness_over_documents_keeps_the_word_level_statistics():
    tok = _frame_tokens()
    words = dc.frame_keyness(tok, _LEX, by="source")
    for test in ("g2", "welch", "mann_whitney"):
        docs = dc.frame_keyness(tok, _LEX, by="source", test=test, doc="doc_id")
        same = ["source", "frame", "target", "reference", "n_target", "n_reference", "total_target",
                "total_reference", "g2", "log_ratio", "log_odds_z"] + (["p", "p_adjusted"] if test == "g2" else [])
        pd.testing.assert_frame_equal(docs[same], words[same])
    # a table of frame counts per document gives the same as the token table
    fc = dc.count_frames(tok, _LEX, by=["source", "doc_id"])
    pd.testing.assert_frame_equal(dc.frame_keyness(fc, by="source", test="welch", doc="doc_id"),
                                  dc.frame_keyness(tok, _LEX, by="source", test="welch", doc="doc_id"))


def test_frame_keyness_over_documents_refuses_bad_input_naming_the_fix():
    tok = _frame_tokens()
    with pytest.raises(ValueError, match="needs doc=.*doc='doc_id'"):
        dc.frame_keyness(tok, _LEX, by="source", test="welch")
    with pytest.raises(ValueError, match="one of"):
        dc.frame_keyness(tok, _LEX, by="source", test="t", doc="doc_id")
    with pytest.raises(ValueError, match=r"count_frames\(tokens, by=\['source', 'doc_id'\]\)"):
        dc.frame_keyness(dc.count_frames(tok, _LEX, by="source"), by="source", test="welch", doc="doc_id")
    with pytest.raises(ValueError, match="group column"):
        dc.frame_keyness(tok, _LEX, by="source", test="welch", doc="source")
    one = tok[tok["doc_id"].isin(["a1", "b1", "b2", "b3"])]
    with pytest.raises(ValueError, match="at least two documents"):
        dc.frame_keyness(one, _LEX, by="source", target="A", test="welch", doc="doc_id")


def test_frame_keyness_documents_without_words_in_the_voice_are_reported():
    # a3 and b3 quote nobody: with voice="quoted" they have no quoted words and so no rate of any frame
    texts = {"a1": ("A", 'The mayor said: "The smart city is safe."'), "a2": ("A", 'He said: "Safe streets matter."'),
             "a3": ("A", "Budgets were debated."), "b1": ("B", 'She said: "Privacy and rights matter."'),
             "b2": ("B", 'They said: "Rights come first, not the smart city."'), "b3": ("B", "The city is safe.")}
    docs = pd.DataFrame([{"doc_id": d, "source": g, "text": t} for d, (g, t) in texts.items()])
    tok = dc.tokenize(dc.Corpus.from_dataframe(docs, text="text", source="source"))
    with pytest.warns(UserWarning, match=r"frame_keyness: 2 document\(s\) have no word tokens in voice='quoted' "
                                         r"\(e.g. \('A', 'a3'\), \('B', 'b3'\)\)"):
        k = dc.frame_keyness(tok, _LEX, by="source", voice="quoted", target="A", test="welch", doc="doc_id",
                             correction="none").set_index("frame")
    # quoted rates, by hand: promo a1 2/5 ("the smart city is safe": 5 words), a2 1/3; b1 0/4, b2 1/7
    want = ss.ttest_ind([2 / 5, 1 / 3], [0.0, 1 / 7], equal_var=False)
    assert k.loc["promo", "p"] == pytest.approx(want.pvalue, rel=1e-12)
    assert k.loc["promo", "doc_total_target"] == 3  # a3 is still one of A's documents


def test_command_line_frames_writes_frame_keyness_over_documents(tmp_path, capsys):
    from discourse.cli import main

    path = tmp_path / "c.csv"
    pd.DataFrame([{"doc_id": d, "source": g, "text": t} for d, (g, t) in _TEXTS.items()]).to_csv(path, index=False)
    lex = tmp_path / "lex.json"
    lex.write_text('{"promo": ["smart city", "safe"], "rights": ["privacy", "rights"]}', encoding="utf-8")
    assert main(["frames", str(path), "--lexicon", str(lex), "--poles", "promo,rights", "--n-boot", "20",
                 "--test", "welch", "--out", str(tmp_path / "f")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "frame keyness by source" in out and "Welch's t-test on the documents' rates" in out
    k = pd.read_csv(tmp_path / "f" / "frame_keyness.csv")
    a = k[(k["target"] == "A") & (k["frame"] == "promo")].iloc[0]
    assert a["p"] == pytest.approx(ss.ttest_ind(_PROMO_A, _PROMO_B, equal_var=False).pvalue, rel=1e-9)
    assert (k["p_test"] == "welch").all()


@pytest.mark.parametrize("test", ["welch", "mann_whitney"])
def test_min_count_leaving_no_term_gives_the_empty_table(test):
    # Mann-Whitney stopped inside numpy ("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64')")
    # where Welch gave the empty table with the warning naming min_count
    with pytest.warns(UserWarning, match="no term reaches min_count=100"):
        k = dc.keyness(_GROUPS, by="g", target="A", test=test, doc="doc_id", min_count=100)
    assert k.empty and list(k.columns) == ["g", *KEYNESS_COLUMNS]
    r = mann_whitney_columns(sparse.csr_matrix((4, 0)), np.array([True, True, False, False]))
    assert r["p"].shape == (0,) and r["exact"].shape == (0,)


def test_frame_keyness_of_counts_finer_than_the_groups_adds_their_words():
    # frame counts per document compared by source: each source's words are its documents' (A: 7 + 7 + 3 = 17),
    # not the first document's (7, which gave a total_target of 7 and for B, whose 6 hits exceed b1's 4 words, a
    # ValueError); the result is that of the token table
    tok = _frame_tokens()
    want = dc.frame_keyness(tok, _LEX, by="source")
    fc = dc.count_frames(tok, _LEX, by=["source", "doc_id"])
    got = dc.frame_keyness(fc, by="source")
    assert (got.loc[got["target"] == "A", "total_target"] == 17).all()
    pd.testing.assert_frame_equal(got, want)
    # one level finer still (a1 in two parts of 3 and 4 words) with doc=: each document's words are its parts'
    a1 = fc[fc["doc_id"] == "a1"]
    parts = pd.concat([a1.assign(part=1, n=a1["n"].where(a1["frame"] != "promo", 1), n_tokens=3),
                       a1.assign(part=2, n=a1["n"].where(a1["frame"] != "promo", 1), n_tokens=4),
                       fc[fc["doc_id"] != "a1"].assign(part=1)], ignore_index=True)
    k = dc.frame_keyness(parts, by="source", target="A", test="welch", doc="doc_id", correction="none")
    want = ss.ttest_ind(_PROMO_A, _PROMO_B, equal_var=False)  # a1 still 2 hits in 7 words
    assert k.set_index("frame").loc["promo", "p"] == pytest.approx(want.pvalue, rel=1e-12)


def test_frames_command_writes_the_rest_when_frame_keyness_has_no_statistic(tmp_path):
    # a small dictionary whose categories a group's rest never hits: frame_keyness has no statistic for that contrast,
    # and the command, asked for the balance and counts, wrote nothing and exited 2; it now writes them and says why
    # frame_keyness.csv is missing
    from tests.test_dictionary_formats import LC3
    from tests.test_hostile import run_cli

    path = tmp_path / "lsd.lc3"
    path.write_text(LC3, encoding="utf-8")
    out = tmp_path / "frames"
    with pytest.warns(UserWarning, match="frame_keyness.csv is not written: the reference"):
        code, _, err = run_cli(["frames", "--lexicon", str(path), "--poles", "negative,positive", "--out", str(out)])
    assert code == 0, err
    written = {p.name for p in out.iterdir()}
    assert "frame_keyness.csv" not in written and "frame_balance.csv" in written, written


def test_keyness_command_says_which_documents_have_no_words_in_the_voice(tmp_path):
    # '--voice quoted --test welch': a document that quotes no one has no rate of quoted words (0 of 0) and is left out
    # of the test over documents; it was left out without a word, so a group's test could rest on one of its documents
    from tests.test_hostile import run_cli

    rows = [{"doc_id": "A0", "source": "A", "text": "Ann Roe said: “The parks budget is the parks budget.”"},
            {"doc_id": "A1", "source": "A", "text": "Bob Lin said: “The parks need a budget.”"},
            {"doc_id": "A2", "source": "A", "text": "The council met on Monday about parks and schools."},
            {"doc_id": "B0", "source": "B", "text": "Cy Doe said: “The police cameras watch us.”"},
            {"doc_id": "B1", "source": "B", "text": "Di Poe said: “Cameras and police everywhere.”"},
            {"doc_id": "B2", "source": "B", "text": "Ed Foy said: “Privacy and police cameras.”"}]
    path = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"left out of the test over documents \('A': 1 of 3\)"):
        code, _, err = run_cli(["keyness", str(path), "--by", "source", "--target", "A", "--voice", "quoted",
                                "--test", "welch", "--min-count", "1"])
    assert code == 0, err


def test_a_contrast_of_two_named_groups_leaves_out_rows_without_a_group():
    # a wave of panel data with a missing value: keyness(target=1, reference=2) refused the whole table, though the
    # rows without a wave belong to neither side; it now gives the table counted without them (computed here from the
    # tokens with those rows dropped), and against the rest, of which they would be part, it is still an error
    df = pd.DataFrame({"doc_id": list("abcde"), "wave": [1, 2, None, 2, 1],
                       "text": ["parks budget parks", "police cameras", "cameras privacy", "schools parks", "budget"]})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df), metadata=["wave"])
    got = dc.keyness(dc.count_terms(tokens, by="wave"), by="wave", target=1, reference=2)
    want = dc.keyness(dc.count_terms(tokens[tokens["wave"].notna()], by="wave"), by="wave", target=1, reference=2)
    pd.testing.assert_frame_equal(got, want)
    assert dict(zip(got["term"], got["n_target"], strict=True)) == {"budget": 2, "parks": 2, "cameras": 0,
                                                                    "police": 0, "schools": 0}
    with pytest.raises(ValueError, match="missing group values"):
        dc.keyness(dc.count_terms(tokens, by="wave"), by="wave", target=1)


def test_the_explorer_table_finds_groups_as_keyness_does():
    # a whole-number wave with a missing value is a float column (1.0, 2.0) in a DataFrame; keyness finds target=1
    # there, explore_terms compared the group's text ('1' against '1.0') and refused it
    df = pd.DataFrame({"doc_id": list("abcde"), "wave": [1, 2, None, 2, 1],
                       "text": ["parks budget parks", "police cameras", "cameras privacy", "schools parks", "budget"]})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df), metadata=["wave"])
    table = dc.explore_terms(tokens, by="wave", target=1, reference=2, lexicon=None)
    assert dict(zip(table["term"], table["n_target"], strict=True)) == {"budget": 2, "parks": 2, "cameras": 0,
                                                                        "police": 0, "schools": 0}
    with pytest.raises(ValueError, match="not found"):
        dc.explore_terms(tokens, by="wave", target=3, lexicon=None)
