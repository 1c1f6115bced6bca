"""Wordscores and Latent Semantic Scaling as a quanteda.textmodels / LSX user meets them: documents that cannot
be scored, a corpus too small for ``k``, terms that do not occur, and the known answers they are checked on."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc

# Laver, Benoit & Garry (2003) Table 1 as quanteda's data_dfm_lbgexample, built in tests/test_scaling.py
from .test_scaling import LBG_POSITIONS, lbg_counts


@pytest.fixture(scope="module")
def lbg() -> pd.DataFrame:
    return lbg_counts()


def _tokens(texts: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": list(texts), "source": "s", "text": list(texts.values())})
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


# --------------------------------------------------------------------------------------------- Wordscores

def test_wordscores_lbg_word_scores_match_quanteda_coef(lbg):
    # coef(textmodel_wordscores(data_dfm_lbgexample, c(seq(-1.5, 1.5, .75), NA))) as printed in
    # quanteda/quanteda issue #1440 (seven digits)
    quanteda = {"G": -1.4809322, "H": -1.4519231, "I": -1.4083333, "J": -1.3232984, "K": -1.1846154,
                "L": -1.0369898, "M": -0.8805970, "N": -0.75, "O": -0.6194030, "P": -0.4507576,
                "Q": -0.2992424, "R": -0.1305970, "ZD": 1.4519231}
    s = dc.Wordscores().fit(lbg, LBG_POSITIONS).wordscores_.set_index("term")["score"]
    for term, value in quanteda.items():
        assert s[term] == pytest.approx(value, abs=5e-8)


def test_wordscores_lbg_rescaled_intervals(lbg):
    out = dc.Wordscores(rescaling="lbg").fit(lbg, LBG_POSITIONS).transform(lbg).set_index("doc_id")
    # quanteda's predict(ws, interval = "confidence", rescaling = "lbg"): lwr/upr are the rescaled images of
    # raw -/+ z se, i.e. (raw ± z se - mean(raw)) * sd(y) / sd(raw) + mean(raw) over the six documents
    raw = out["score"]
    mult = np.std(list(LBG_POSITIONS.values()), ddof=1) / raw.std(ddof=1)
    z = 1.959963984540054
    lo = (raw["V1"] - z * out.loc["V1", "se"] - raw.mean()) * mult + raw.mean()
    assert out.loc["V1", "rescaled_ci_low"] == pytest.approx(lo, rel=1e-12)
    # the interval widens by the same factor as the scores spread: LBG (2003) rescale the standard error by
    # sd(A) / sd(S); quanteda's se.fit applies the whole affine map to the se (0.0308 here, not 0.0119 * 1.19)
    width = out.loc["V1", "rescaled_ci_high"] - out.loc["V1", "rescaled_ci_low"]
    assert width == pytest.approx(2 * z * out.loc["V1", "se"] * mult, rel=1e-12)


def test_wordscores_warns_about_a_text_without_scorable_words(lbg):
    # a virgin text none of whose words occurs in a reference text: quanteda's predict() gives it 0 (its
    # test "does not use NA wordscores scores": R2 = 0), a position it has no evidence for; here NaN, and said
    new = pd.DataFrame({"doc_id": ["V2", "V2"], "term": ["foo", "bar"], "n": [3, 2]})
    counts = pd.concat([lbg, new])
    ws = dc.Wordscores(rescaling="mv").fit(counts, {"R1": -1, "R5": 1})
    with pytest.warns(UserWarning, match=r"1 document\(s\) have no word with a word score.*'V2'"):
        out = ws.transform(counts).set_index("doc_id")
    assert np.isnan(out.loc["V2", ["score", "se", "rescaled"]].astype(float)).all()
    assert out.loc["V2", "n_scored_words"] == 0 and out.loc["V2", "n_words"] == 5
    # documents that all have scored words: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ws.transform(lbg)


def test_wordscores_says_which_documents_of_a_token_table_get_no_row():
    tokens = _tokens({"a": "Good fine good nice.", "b": "Bad poor bad awful.", "c": "Good bad.",
                      "d": "... !!! ---", "e": "Quantum gluon lattice."})
    ws = dc.Wordscores().fit(tokens, {"a": 1, "b": -1})
    with pytest.warns(UserWarning) as rec:
        out = ws.transform(tokens)
    messages = " | ".join(str(w.message) for w in rec)
    # 'd' has only punctuation: no word is counted, so it has no row; 'e' has words, none scored
    assert "'d'" in messages and "no word to count" in messages
    assert "'e'" in messages and "no word with a word score" in messages
    assert list(out["doc_id"]) == ["a", "b", "c", "e"]
    assert out.set_index("doc_id").loc["c", "score"] == pytest.approx(0.0)


def test_wordscores_positions_with_missing_values_say_how_to_fix(lbg):
    # quanteda's y gives NA to the virgin texts; a Series written that way names the fix
    pos = pd.Series({**LBG_POSITIONS, "V1": np.nan})
    with pytest.raises(ValueError, match=r"'V1'.*leave the texts without a known position out of positions"):
        dc.Wordscores().fit(lbg, pos)


# ----------------------------------------------------------------------------------- Latent Semantic Scaling

SEEDS = {"sunny": ["good", "happy"], "gloomy": ["bad", "sad"]}


@pytest.fixture(scope="module")
def small_tokens() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    words = ["bright", "warm", "dark", "cold", "table", "window", "street", "garden"]
    texts = {}
    for d in range(6):
        sents = [" ".join([str(rng.choice(SEEDS["sunny"] + SEEDS["gloomy"])), *map(str, rng.choice(words, 4))])
                 .capitalize() + "." for _ in range(6)]
        texts[f"d{d}"] = " ".join(sents)
    return _tokens(texts)


def test_lss_says_when_k_is_more_than_the_corpus_allows(small_tokens):
    # LSX refuses k above the number of rows of the matrix (check_integer(k, max = nrow(x))); here it is
    # capped, and the capping is said (36 sentences of 12 words give at most 11 dimensions)
    n_sent = small_tokens[["doc_id", "sentence"]].drop_duplicates().shape[0]
    with pytest.warns(UserWarning, match=r"k=300 is more than.*using k=\d+"):
        m = dc.LatentSemanticScaling(seeds=SEEDS).fit(small_tokens)
    assert m.k_ < min(n_sent, len(m.vocabulary_))
    with pytest.warns(UserWarning, match=r"k=50 is more than a 6 × \d+ document-by-word matrix allows; using k=5"):
        m = dc.LatentSemanticScaling(seeds=SEEDS, k=50, unit="document").fit(small_tokens)
    assert m.k_ == 5
    # a k the matrix allows: silent
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dc.LatentSemanticScaling(seeds=SEEDS, k=3).fit(small_tokens).k_ == 3


def test_lss_warns_about_terms_that_match_no_word(small_tokens):
    with pytest.warns(UserWarning, match=r"terms 'nonexistentword', 'zz\*' match no word"):
        m = dc.LatentSemanticScaling(seeds=SEEDS, k=3, terms=["warm", "nonexistentword", "zz*"]).fit(small_tokens)
    assert m.polarity_["term"].tolist() == ["warm"]
    with pytest.warns(UserWarning, match=r"terms 'nowhere' match no word"):
        dc.LatentSemanticScaling(seeds=SEEDS, k=3, terms={"warm": 1.0, "nowhere": 2.0}).fit(small_tokens)


def test_lss_warns_about_documents_it_cannot_score(small_tokens):
    m = dc.LatentSemanticScaling(seeds=SEEDS, k=3).fit(small_tokens)
    probe = _tokens({"p1": "Bright warm garden.", "p2": "Quantum gluon lattice.", "p3": "... !!!",
                    "p4": "Dark cold table."})
    with pytest.warns(UserWarning) as rec:
        out = m.transform(probe)
    messages = " | ".join(str(w.message) for w in rec)
    assert "'p2'" in messages and "no word with a polarity" in messages
    assert "'p3'" in messages and "no word to count" in messages
    assert list(out["doc_id"]) == ["p1", "p2", "p4"]
    assert np.isnan(out.set_index("doc_id").loc["p2", "raw_score"])


def test_report_says_when_the_corpus_allows_fewer_dimensions_than_lss_default(seeds):
    from discourse.report.analysis import Analysis

    a = Analysis(seeds, n_topics=2, n_boot=20)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the balance beside it warns of its own intervals
        a.balance  # noqa: B018
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # said on the page, not as a warning
        a.lexicon_free  # noqa: B018
    notes = dict(a.notes)
    n_sent = a.tokens[["doc_id", "sentence"]].drop_duplicates().shape[0]
    assert n_sent < 300
    assert "allow only" in notes["lexicon_free_check"] and "default is 300" in notes["lexicon_free_check"]
