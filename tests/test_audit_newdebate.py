"""suggest_terms and lexicons on a new debate (bans on a vendor's 5G equipment): words such as "5G", seeds
that do not occur."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc

TEXTS = [
    ("g1", "Government", "Operators must remove 5G equipment from the network core. The supply chain poses a "
                         "national security risk, and a backdoor cannot be ruled out."),
    ("g2", "Government", "The security service warned of espionage in 5G networks. National security comes first, "
                         "officials said of the supply chain."),
    ("g3", "Government", "A high-risk vendor in 5G networks is a threat to national security and the supply chain."),
    ("v1", "Vendor", "A ban raises the cost of 5G rollout, with higher prices and less competition for consumers."),
    ("v2", "Vendor", "Excluding us means higher prices, a delay of years in 5G coverage and weaker competition."),
    ("v3", "Vendor", "The cost falls on consumers: higher bills, slower 5G rollout, less competition."),
]


@pytest.fixture(scope="module")
def tokens() -> pd.DataFrame:
    df = pd.DataFrame(TEXTS, columns=["doc_id", "source", "text"])
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


def test_a_candidate_written_with_digits_gets_its_kwic_lines(tokens):
    # "5G" is one token (norm "5g"), but the lexicon writes the query "5g" as the phrase "5 g" (it splits a
    # lowercase "5g" like running text), so kwic named its lines "5 g" and suggest_terms, which looked them up
    # by the term, failed with KeyError: 'left' once "5g" was a candidate
    seeds = {"threat": ["security", "espionage"], "cost": ["cost", "prices"]}
    sug = dc.suggest_terms(tokens, seeds=seeds, by="source", n=30, min_count=2, word2vec=False)
    row = sug[sug["term"] == "5g"]
    assert len(row) == 1
    lines = row["kwic"].iloc[0].split("\n")
    # 6 occurrences of "5G" in the texts above; the KWIC shows three of them, each with the match in brackets
    assert len(lines) == 3
    assert all("[5G]" in line for line in lines)


def test_a_seed_that_does_not_occur_is_named(tokens):
    # "espionnage" (misspelt) and "huawei-risk" occur nowhere; they were left out without a word, so the
    # user read the candidates as evidence for seeds the corpus never confirmed
    seeds = {"threat": ["security", "espionnage", "huawei-risk"], "cost": ["cost", "prices"]}
    with pytest.warns(UserWarning, match=r"'espionnage', 'huawei-risk' of pole 'threat' do not occur"):
        dc.suggest_terms(tokens, seeds=seeds, by="source", min_count=2, word2vec=False)
    # seeds that all occur (a glob, a phrase, a capitalised word among them) give no such warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dc.suggest_terms(tokens, seeds={"threat": ["Security", "espion*", "supply chain", "5G"],
                                        "cost": ["cost", "prices"]}, by="source", min_count=2, word2vec=False)


def test_word2vec_forced_on_a_small_corpus_says_its_evidence_is_noise(tokens):
    # below WORD2VEC_MIN_TOKENS "auto" trains nothing (similarity missing); forced, skip-gram cosines of a
    # few thousand words were 0.93-0.99 for every candidate and shown as "word2vec neighbour (cosine 0.97)"
    seeds = {"threat": ["security", "espionage"], "cost": ["cost", "prices"]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        auto = dc.suggest_terms(tokens, seeds=seeds, by="source", min_count=2)
    assert auto["similarity"].isna().all() and not auto["evidence"].str.contains("word2vec").any()
    n_words = int((~tokens["is_punct"]).sum())
    with pytest.warns(UserWarning, match=rf"word2vec=True on {n_words:,} word tokens, fewer than the 200,000"):
        forced = dc.suggest_terms(tokens, seeds=seeds, by="source", min_count=2, word2vec=True)
    assert forced["similarity"].notna().any()
