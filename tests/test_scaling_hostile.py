"""Inputs on which a rule took super-linear time (found with ``benchmarks/probe_scaling.py``).

Each test feeds the adversarial input at a size where the old rule took at least 20 times longer than the
new one, with a bound that only catches a hang (10 times and more above the new time on this machine), and
checks that the result is right. Times and growth exponents are in ``benchmarks/probe_scaling.py``'s output
(README, "What bad input gets"); nothing here measures speed.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
from discourse import segment, text
from discourse.matcher import FrameMatcher

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def timed(fn, *args):
    t0 = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t0


# ------------------------------------------------------------------------------------------ token pattern
@pytest.mark.parametrize("doc", [
    "privacy" + " " * 300_000,                  # white space at the end of a text, after a token
    " " * 300_000 + "_",                         # a run of spaces that no token follows
    "a@b.cd " + "\n" * 300_000,                  # the pattern with the e-mail alternative
    "x" + " \t\u00a0\u3000" * 75_000 + "_",     # every kind of white space
])
def test_token_spans_is_linear_on_long_white_space_runs(doc):
    # before: every space of a run that no token follows retried the possessive run from there (25,000
    # spaces: 1.5 s, 300,000 about 200 s); now a few milliseconds. The bound only catches a hang.
    (starts, ends, toks), took = timed(text.token_spans, doc)
    assert took < 20
    assert toks == text.fast_tokens(doc) == re.findall(text.TOKEN_PATTERN, doc)
    assert [doc[s:e] for s, e in zip(starts, ends, strict=True)] == toks


def test_token_spans_unchanged_on_random_white_space_and_tokens():
    # the look-behind changes where a try starts, never what it finds: the old patterns as the reference
    old = [re.compile(p.pattern[len(r"(?<!\s)"):]) for p in (text._SPLIT_WITH_AT, text._SPLIT_NO_AT)]
    rnd = random.Random(0)
    alphabet = [" ", "  ", "\n", "\t", "\u00a0", "\u3000", "_", "a", "B", "@", ".", "x@y.z", "http://a.b", "'s",
                "’", "-", "1", ",", "\u0301", "\u200b", "\U0001f600", "\u200d"]
    for _ in range(5000):
        doc = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        new = (text._SPLIT_WITH_AT, text._SPLIT_NO_AT)
        assert [o.split(doc) for o in old] == [n.split(doc) for n in new]


# ------------------------------------------------------------------------------------------ paragraphs
def test_paragraphs_are_linear_on_a_long_line_of_white_space():
    # before: with a blank line anywhere in the text, a line of white space was tried from each of its
    # characters, each try running to the line end (20,000 spaces: 4.6 s, 100,000 about two minutes)
    doc = "Smart city.\n\n" + " " * 100_000 + "\nMass surveillance."
    spans, took = timed(segment.paragraphs, doc)
    assert took < 20
    assert [doc[s:e] for s, e in spans] == ["Smart city.", "Mass surveillance."]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [doc]}), clean=False)
    tokens = dc.tokenize(corpus)
    assert tokens["token"].tolist() == ["Smart", "city", ".", "Mass", "surveillance", "."]
    assert tokens["paragraph"].tolist() == [0, 0, 0, 1, 1, 1]


def test_paragraph_pattern_unchanged_on_random_white_space():
    # the former pattern as the reference, on strings of every kind of white space and line end
    old = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
    rnd = random.Random(0)
    alphabet = [" ", "\t", "\n", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\xa0", "\x1c",
                "a", "b.", "\u3000", "\x00"]
    for _ in range(20_000):
        doc = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert [m.span() for m in old.finditer(doc)] == [m.span() for m in segment._PARA_BLOCK.finditer(doc)]


# ------------------------------------------------------------------------------------------ frame matcher
def _one_word_per_line(n: int) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return "\n".join(base.split())[:n]


def test_frame_matcher_is_linear_on_one_word_per_line():
    # before: each same-sentence question listed every paragraph start again (hits x paragraphs): a phrase
    # cut by line ends, "Mass\nsurveillance\n" repeated, took 3.0 s at 100,000 characters, 15.4 s at
    # 200,000 (about 35 s at 300,000); now 0.4, 0.9 and about 1.3 s
    matcher = FrameMatcher("framing")
    doc = "Mass\nsurveillance\n" * (300_000 // 18)
    hits, took = timed(matcher.match_text, doc)
    assert took < 15
    # every line is a paragraph: no phrase across the line end, each "surveillance" a hit of its own
    assert len(hits["start"]) == doc.count("surveillance")
    assert (hits["end"] - hits["start"] == len("surveillance")).all()
    small = pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [_one_word_per_line(40_000)]})
    fast = dc.count_frames_stream(small, fast=True, progress=False)
    assert fast["n"].sum() > 0
    pd.testing.assert_frame_equal(fast, dc.count_frames_stream(small, fast=False, progress=False))


# ------------------------------------------------------------------------------------------ speaker table
def test_speakers_are_linear_when_many_people_share_a_surname():
    # before: every one-word name ('Wang said') looked at every person named Wang, twice (building the name
    # table and resolving the speaker): 100,000 characters took 14 s, 150,000 about 30 s; now about 1 s
    syllables = ["xiao", "ming", "wei", "hua", "jun", "li", "na", "jie", "tao", "yan", "hong", "qiang", "lei",
                 "fang", "ping", "gang", "yong", "jing", "hui", "bo", "chen", "dong", "feng", "guo", "hai"]
    rng = random.Random(0)
    names, parts, size = [], [], 0
    while size < 150_000:
        name = "Wang " + "".join(rng.choice(syllables) for _ in range(rng.choice((2, 3)))).capitalize()
        names.append(name)
        parts.append(f"“We agree,” said {name}. “Yes,” Wang said. ")
        size += len(parts[-1])
    quotes, took = timed(dc.find_quote_spans, "".join(parts))
    assert took < 20
    assert len(quotes) == 2 * len(names) and all(q["kind"] == "speech" for q in quotes)
    assert [q["speaker"] for q in quotes[0::2]] == names  # 'said Wang Xiaoming': the name as written
    assert all(q["speaker"].startswith("Wang ") for q in quotes[1::2])  # 'Wang said': one of the Wangs
