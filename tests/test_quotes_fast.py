"""The fast paths of discourse.quotes give what the plain regexes they stand for give.

Each fast path (a string test instead of a regex, a quick necessary search before a slow pattern, matching
only at candidate places) is checked against its plain definition on the seeds, on synthetic strings built
to hit its edge cases (offsets shifted by lower-casing, letters that IGNORECASE folds, overlapping nouns) and,
for the one-line string test, on every short string over an alphabet of the characters that matter.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from discourse import quotes as q

SEEDS = Path(__file__).parents[1] / "seeds"


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_after_sentence_end_is_the_regex_it_replaces():
    plain = re.compile(r"(?:[.!?:;\"“”]|\n)\s*$|^\s*$")
    alphabet = "a .!:\n\t\"“”,\u2003\x0b\u0085"
    for n in range(5):
        for chars in itertools.product(alphabet, repeat=n):
            w = "".join(chars)
            assert q._after_sentence_end(w) == bool(plain.search(w)), repr(w)


def _matches(it) -> list:
    return [(m.span(), m.groupdict()) for m in it]


def test_owner_after_candidates_give_the_finditer_matches():
    words = ["Report", "report", "press  release", "Press Release", "of", "by", "from", "issued by", "the", "Acme",
             "Mr.", "J.K.", "Huawei", "REPORT", "communiqué", "COMMUNIQUÉ", "letters", "e-mail", "\n", ",",
             "expressrelease", "statement", "ſtatement", "İ", "Web Site", "Sea"]
    rng = random.Random(7)
    texts = _seed_texts() + ["the report by Acme Corp", "press release by Acme", "expressrelease by Acme",
                             "a ſtatement by Acme", "İ report by Acme Inc", "REPORT OF the Agency"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    found = 0
    for t in texts:
        plain = _matches(q._OWNER_AFTER.finditer(t))
        assert _matches(q._owner_after_matches(t)) == plain, t
        found += len(plain)
    assert found > 300  # the synthetic strings do hold matches (else the comparison proves nothing)


def test_quick_tests_are_necessary_conditions():
    """A text where _OWNER_BEFORE matches holds _OWNER_BEFORE_TAIL; a sentence where _R_FWD matches holds
    _R_FWD_TAIL (so skipping the slow pattern where the quick one fails changes nothing)."""
    n_before = n_fwd = 0
    extra = ["Acme’s press release said", "Huawei's new report", "He said that the plan works.",
             "The minister told reporters on Monday that it was over."]
    for t in _seed_texts() + extra:
        for m in q._OWNER_BEFORE.finditer(t):
            n_before += 1
            assert q._OWNER_BEFORE_TAIL.search(t, m.start()) is not None
        for m in q._R_FWD.finditer(t):
            n_fwd += 1
            assert q._R_FWD_TAIL.search(t, m.start()) is not None
    assert n_before >= 2 and n_fwd >= 2


def test_sentence_boundary_with_the_mark_first_is_the_plain_pattern():
    plain = re.compile(rf"{q._NOT_ABBREV}[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[A-Z]|$)")
    pieces = ["Mr.", "Mrs!", "St?", "A.", "x.", " ", "\n", "Hon…", "”", "’", ")", "He", "the", ".", "“", "B",
              "aMr.", "Msgr.", "Col?", "Gen."]
    rng = random.Random(3)
    texts = _seed_texts() + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 15)))
                             for _ in range(3000)]
    found = 0
    for t in texts:
        spans = [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in q._SENT_BOUNDARY.finditer(t)] == spans, t
        found += len(spans)
    assert found > 1000
