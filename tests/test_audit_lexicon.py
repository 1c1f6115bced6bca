"""Findings of the user audit about lexicons, LIWC .dic files and seed words (one test per finding)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

import discourse as dc
from discourse.lexicon import Lexicon


def _tokens(*texts: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "s", "text": list(texts)})
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


# ------------------------------------------------------------------------------------------ finding 3
def test_check_reports_a_glob_matching_a_large_share_of_the_words():
    # Finding 3: 's*' (a slip for 'sovereign*') matched 9% of the distinct words and 6% of the word tokens of the
    # UN debates, and Lexicon.check(tokens) said nothing (it reported only overlaps); the balance then counted
    # "states", "such", "should" ... as sovereignty. It is now reported as 'broad', with both shares.
    s_words = ["s" + a + b for a, b in itertools.product("aeiou", "bdfgk")]          # 25 words starting with s
    other = ["t" + a + b + c for a, b, c in itertools.product("aeiou", "bdfgk", "lmn")]  # 75 other words
    text = " ".join(other * 4 + s_words + ["sovereign", "sovereignty", "rights"] * 2) + "."
    tokens = _tokens(text)
    lex = Lexicon.from_dict({"sovereignty": ["s*", "sovereign*"], "rights": ["rights", "t*"]})
    found = lex.check(tokens)
    broad = found[found["issue"] == "broad"]
    # 's*' matches 25 distinct words (of 103, 24%): broad; 'sovereign*' two words: not; 'rights' is a literal;
    # 't*' matches 75 words, 73% of the distinct words and most tokens: broad
    assert sorted(broad["pattern"]) == ["s*", "t*"]
    detail = broad.set_index("pattern").at["s*", "detail"]
    assert "25 distinct words" in detail and "max_share" in detail
    # the threshold is a parameter: raised to 100%, nothing is broad
    assert not (lex.check(tokens, max_share=1.0)["issue"] == "broad").any()
    # a glob matching ten words or fewer is never broad, even when it is a large share of a small sample
    small = Lexicon.from_dict({"a": ["sovereign*"], "b": ["rights"]}).check(_tokens("sovereign sovereignty rights."))
    assert not (small["issue"] == "broad").any()
    with pytest.raises(ValueError, match=r"max_share=0 must be a number in \(0, 1\]"):
        lex.check(tokens, max_share=0)
    # without tokens, nothing changes
    assert not (lex.check()["issue"] == "broad").any()
