"""Faster steps of the speaker name table (discourse._speakers, discourse._speaker_names) answer as the steps they replace.

Each test compares a step with the plain form it stands for (a regular expression, the same rule written out)
on seeds, UN General Debate and Brown texts where present, and made-up strings. That the whole tables and
``find_quote_spans`` stay identical is checked by ``benchmarks/check_quotes_identity.py``, the golden fingerprints
(tests/test_golden.py) and tests/test_quotes_lazy.py.
"""

from __future__ import annotations

import itertools
import random
import re

from discourse import _speaker_names, _speakers

from .test_kernel import _texts


def test_every_role_word_passes_the_tests_role_before_no_longer_makes():
    """_speakers._role_before answers with the last word before a name where it is a role word, without testing
    that it starts with a-z and holds only word characters and hyphens: every role word does (else a word that
    fails them would be a role word here and not for the pattern; tests/test_quotes_fast.py compares the two)."""
    for w in _speaker_names._ROLE_WORDS:
        assert "a" <= w[0] <= "z" and w.replace("-", "").replace("_", "").isalnum(), w
    assert _speakers._role_before("said industry analyst ") == "analyst"
    assert _speakers._role_before("said industry analyst") is None  # no white space before the name
    assert _speakers._role_before(" \n ") is None and _speakers._role_before("") is None


def test_cue_before_name_is_asked_only_after_a_verb_or_to():
    """_cue_before_name returns False where the stripped text ends with none of its verbs nor 'to'; every match of
    _CUE_BEFORE_NAME ends so (tests/test_quotes_fast.py compares the answers on many strings)."""
    for verb in _speaker_names._CUE_BEFORE_WORDS:
        assert _speaker_names._cue_before_name(f"as Ann {verb} \n")
        assert _speaker_names._cue_before_name(f"x {verb}\n") == (_speaker_names._CUE_BEFORE_NAME.search(f"x {verb}\n")
                                                                   is not None)
    assert _speaker_names._cue_before_name("according \n to  ")
    assert not _speaker_names._cue_before_name("unsaid ") and not _speaker_names._cue_before_name("said it ")


def test_whole_word_ends_are_the_pattern_matches():
    """_speakers._whole_word_ends (used by _Speakers._stands_alone) gives the ends of the look-around pattern's
    finditer matches, on every short string of an alphabet of the word, its parts, word and non-word neighbours,
    and on the words of real texts."""
    def plain(text: str, word: str) -> list[int]:
        return [m.end() for m in re.finditer(rf"(?<![\w’'])({re.escape(word)})(?![\w’'])", text)]

    pieces = ["Huawei", "Hua", "wei", "HuaweiHuawei", " ", "’", "'", "_", "é", "1", ".", "-", "\n"]
    n = 0
    for k in range(5):
        for parts in itertools.product(pieces, repeat=k):
            text = "".join(parts)
            for word in ("Huawei", "wei", "aa", "’", ""):
                got = list(_speakers._whole_word_ends(text, word))
                assert got == plain(text, word), (text, word)
                n += len(got)
    rng = random.Random(53)
    for text in _texts()[::10]:
        words = re.findall(r"[A-Z]\w+", text)
        for word in rng.sample(words, min(5, len(words))):
            got = list(_speakers._whole_word_ends(text, word))
            assert got == plain(text, word), word
            n += len(got)
    assert n > 10_000


def test_secretary_general_patterns_with_their_lookahead_find_the_plain_matches():
    """_speech_formulas._SG_THEN_NAME and _NAME_THEN_SG open with a lookahead for the first letter of every match
    ('S' of Secretary; H, M or D of the courtesy titles): the same matches as the patterns without it, on UN and
    Brown texts and made-up appositions of the office and a name."""
    from discourse import _speech_formulas as f

    pairs = [(f._SG_THEN_NAME, "(?=S)"), (f._NAME_THEN_SG, "(?=[HMD])")]
    pieces = ["Secretary-General", "Secretary General", "Secretary -\nGeneral", "the", "of the United Nations", ",",
              "Mr.", "Mrs", "Ms.", "Dr", "Madam", "His Excellency", "Her  Excellency", "Kofi", "Annan", "U", "Thant",
              "Perez", "de", "Cuellar", "our", "esteemed", "former", "-", "x", "\n", "’s", "Ban Ki-moon"]
    rng = random.Random(67)
    texts = _texts()[::5] + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    n = 0
    for rx, head in pairs:
        assert rx.pattern.startswith(head)
        plain = re.compile(rx.pattern[len(head):])
        for t in texts:
            got = [(m.span(), m.group("n")) for m in rx.finditer(t)]
            assert got == [(m.span(), m.group("n")) for m in plain.finditer(t)], t[:200]
            n += len(got)
    assert n > 1_000
