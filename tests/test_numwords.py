"""Digits with a suffix that makes one word of them are one token: a standard or format ("5G", "4K", "3D"), a decade
("1990s"), an ordinal ("21st"), with a word's hyphens ("5G-enabled"); both token scans (the compiled one and the
pattern) agree. Strings written for these tests."""

from __future__ import annotations

import random

import pytest

import discourse as dc
from discourse.text import _fast_tokens_pattern, _token_spans_pattern, fast_tokens, token_spans


@pytest.mark.parametrize(("text", "tokens"), [
    ("Huawei's 5G network", ["Huawei", "'s", "5G", "network"]),
    ("in the 1990s and the 21st century", ["in", "the", "1990s", "and", "the", "21st", "century"]),
    ("4K and 3D, 2nd, 3rd, 4th", ["4K", "and", "3D", ",", "2nd", ",", "3rd", ",", "4th"]),
    ("5G-enabled cameras", ["5G-enabled", "cameras"]),
    # a missing space before a capitalised word, a unit, a number with decimals: as before
    ("2018China", ["2018", "China"]),
    ("10kg of 4.5G", ["10", "kg", "of", "4.5", "G"]),
    ("5GHz", ["5", "GHz"]),
    ("the 1990's boom", ["the", "1990", "'s", "boom"]),
])
def test_digits_with_a_word_suffix(text, tokens):
    # before: '5G' was '5' and 'G', '1990s' '1990' and 's', '21st' '21' and 'st'
    assert fast_tokens(text) == tokens
    assert _fast_tokens_pattern(text) == tokens


def test_compiled_scan_and_pattern_agree_on_digit_suffixes():
    rng = random.Random(7)
    alphabet = "0123456789GKDstndrh -‐_'s.A5,é"
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert fast_tokens(s) == _fast_tokens_pattern(s), s
        a, b = token_spans(s), _token_spans_pattern(s)
        assert a[2] == b[2] and list(a[0]) == list(b[0]), s


def test_a_lexicon_entry_5g_matches():
    # a lexicon for the 5G debate could not count '5G' at all: the entry '5g' is one part, the text two tokens
    import pandas as pd

    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "text": ["The 5G ban and the 5G-ready towers."]}))
    toks = dc.tokenize(corpus)
    lex = dc.load_lexicon({"tech": ["5g", "5g-ready"]})
    hits = lex.find_matches(toks)
    assert sorted(hits["frame"].tolist()) == ["tech", "tech"]
