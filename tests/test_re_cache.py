"""The rules' regular expressions kept between processes (discourse._re_cache): the same compiled patterns as
``re.compile``, whatever the cache folder holds."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from discourse import _re_cache

# the patterns below exercise flags, named groups, possessive quantifiers and a large alternation
SAMPLES = [
    (r"(?P<spk>[A-Z][a-z]+)\s+(?:said|says|told)\b", 0),
    (r"(?i)\bsafe\s+city\b", 0),
    (r"\s*+(?:\w+|[^\w\s])", re.UNICODE),
    ("|".join(f"w{i:04d}" for i in range(3000)), re.IGNORECASE),
    (r"^(?P<a>x)?(?(a)y|z)$", re.MULTILINE),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(tmp_path / "cache"))
    _re_cache._reset()
    yield tmp_path / "cache"
    _re_cache._reset()


def _same(pattern, flags, compiled):
    expected = re.compile(pattern, flags)
    # Pattern.__eq__ compares the flags, the pattern string and the whole SRE program (CPython's pattern_richcompare)
    assert compiled == expected
    assert compiled.groupindex == expected.groupindex and compiled.groups == expected.groups


def test_a_pattern_read_back_is_the_one_re_compiles(cache):
    for p, f in SAMPLES:
        _same(p, f, _re_cache.compile(p, f))
    assert _re_cache.stats()["misses"] == len(SAMPLES)
    _re_cache.save()
    assert len(list(cache.iterdir())) == 1
    _re_cache._reset()
    for p, f in SAMPLES:
        _same(p, f, _re_cache.compile(p, f))
    assert _re_cache.stats() == {"hits": len(SAMPLES), "misses": 0, "file": next(cache.iterdir())}
    m = _re_cache.compile(*SAMPLES[0]).match("Ann said")
    assert m.group("spk") == "Ann"


def test_a_damaged_file_is_ignored_whole(cache):
    for p, f in SAMPLES:
        _re_cache.compile(p, f)
    _re_cache.save()
    path = next(cache.iterdir())
    data = bytearray(path.read_bytes())
    data[-9] ^= 0x01  # one bit of one opcode: a program _sre may still accept, matching something else
    path.write_bytes(bytes(data))
    _re_cache._reset()
    for p, f in SAMPLES:
        _same(p, f, _re_cache.compile(p, f))
    assert _re_cache.stats()["hits"] == 0  # the checksum refused the file; every pattern compiled afresh
    path.write_bytes(b"not a cache at all")
    _re_cache._reset()
    _same(*SAMPLES[1], _re_cache.compile(*SAMPLES[1]))
    assert _re_cache.stats()["hits"] == 0


def test_turned_off_or_unwritable_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", "")
    _re_cache._reset()
    _same(*SAMPLES[0], _re_cache.compile(*SAMPLES[0]))
    _re_cache.save()
    assert _re_cache.stats()["file"] is None
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(blocker / "cache"))  # a folder that cannot be made
    _re_cache._reset()
    _same(*SAMPLES[2], _re_cache.compile(*SAMPLES[2]))
    _re_cache.save()  # silent
    assert blocker.read_text() == "x"
    _re_cache._reset()


def test_a_bad_pattern_raises_as_re_does(cache):
    with pytest.raises(re.error):
        _re_cache.compile(r"(unclosed")


_SPY = r"""
import json, re, sys
import discourse._re_cache as rc
seen = []
original = rc.compile
def spy(pattern, flags=0):
    compiled = original(pattern, flags)
    seen.append((pattern, int(flags), compiled))
    return compiled
rc.compile = spy  # before the modules bind it
import discourse.text, discourse.quotes, discourse.clean
same = sum(c == re.compile(p, f) and c.groupindex == re.compile(p, f).groupindex for p, f, c in seen)
json.dump({"patterns": [[p, f] for p, f, _ in seen], "same": same, "stats": {k: str(v) for k, v in rc.stats().items()}},
          open(sys.argv[1], "w"))
"""


def test_the_rules_patterns_are_the_same_from_the_cache_and_across_hash_seeds(tmp_path):
    """Every pattern the rules compile at import, read back from the cache in a second process with another hash
    seed, is the pattern re.compile makes; and the patterns' text does not depend on the hash seed (word lists
    taken from sets are sorted longest first, then alphabetically: before, 39 patterns came out in another
    order in each process, so none of them could be kept)."""
    script = tmp_path / "spy.py"
    script.write_text(_SPY)
    out = []
    for seed in ("1", "2"):
        env = dict(os.environ, DISCOURSE_CACHE_DIR=str(tmp_path / "cache"), PYTHONHASHSEED=seed)
        target = tmp_path / f"run{seed}.json"
        subprocess.run([sys.executable, str(script), str(target)], check=True, env=env, timeout=300,
                       cwd=Path(__file__).resolve().parents[1])
        out.append(json.loads(target.read_text()))
    first, second = out
    n = len(first["patterns"])
    assert n > 300
    assert first["patterns"] == second["patterns"]
    assert first["stats"]["misses"] == str(n) and second["stats"]["hits"] == str(n)
    assert first["same"] == n and second["same"] == n


def test_line_rules_tried_at_line_starts_give_the_patterns_matches():
    """finditer_lines gives finditer's matches (spans and text, with and without pos and endpos) for every
    line-anchored pattern of cleaning, segmenting and the encyclopedia rules, on made-up strings of the lines those
    rules read, blank lines and words; a pattern that is not anchored at its top level (an alternative without '^',
    no re.M, one that can match nothing) is scanned as finditer scans it."""
    import random

    import discourse._email as email
    import discourse._encyclopedia as encyclopedia
    import discourse.clean as clean
    import discourse.segment as segment

    # (a top-level alternative without '^'; no re.M; a match of nothing; then two that are anchored)
    assert not _re_cache._line_anchored(re.compile(r"^a|b", re.M))
    assert not _re_cache._line_anchored(re.compile(r"^a"))
    assert not _re_cache._line_anchored(re.compile(r"^[ \t]*", re.M))
    assert _re_cache._line_anchored(re.compile(r"^(?:a|b)", re.M)) and _re_cache._line_anchored(clean._JUMP_LINE)
    pieces = ["\n", "\n\n", " ", "\t", "\r", "Present: Ann Roe, Tom Lee", "See also", "== External links ==", "[12:03]",
              "00:00:05 SPEAKER_01: hi", "Sponsored content", "Continued on page 4", "00:01.000 --> 00:02.000",
              "Operator", "word", "x", ":", "1.", "•", "|", "a | b | c", "WEBVTT", "NOTE", ">>", "From: Ann", "###", "**To:** x",
              "Photo: Reuters", "For other uses, see Safe city (disambiguation).", "-- 3 of 9 --", "a", "b", "END"]
    patterns = [v for mod in (clean, segment, encyclopedia, email) for v in vars(mod).values()
                if isinstance(v, re.Pattern) and v.flags & re.M]
    patterns += [re.compile(r"^a|b", re.M), re.compile(r"^[ \t]*", re.M)]
    # (searched by their twins, a newline and the rest, or by line when no twin is written: a factored
    # alternative and a "^" inside a group; a look-behind and a "$" that see the text around the line)
    patterns += [re.compile(r"^a|^b", re.M), re.compile(r"(?:^a)", re.M), re.compile(r"(?i)^(?<=\n)[ \t]*b", re.M),
                 re.compile(r"(?mi)^[ \t]*(?:a|x)[ \t]*$")]
    assert sum(map(_re_cache._line_anchored, patterns)) >= 30  # (the rules' line patterns are taken at line starts)
    rng = random.Random(13)
    strings = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(400)]
    seen = 0
    for rx in patterns:
        for t in strings:
            a = rng.randint(0, len(t) + 1)
            b = rng.randint(max(0, a - 2), len(t) + 2)
            for args in ((), (a,), (a, b)):
                want = [(m.span(), m.group()) for m in rx.finditer(t, *args)]
                assert [(m.span(), m.group()) for m in _re_cache.finditer_lines(rx, t, *args)] == want, (rx.pattern, t, args)
                seen += len(want)
    assert seen > 2000  # (the strings hold lines the rules take: else the comparison proves little)
