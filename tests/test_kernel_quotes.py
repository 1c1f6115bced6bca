"""The compiled scans of quotation finding (discourse/_kernel_quotes.c) give exactly the regular expressions' spans.

Both paths run on the same texts here: the kernel (the one ``discourse._quote_kernel`` loaded, or compiled from
the sources into a temporary folder when the checkout has none; skipped only where no C compiler is present)
and the pure-Python path, the patterns ``_quote_marks._MARK_RE``, ``_quote_marks._TRIMMED_LINE``,
``_reported._R_GATE`` and ``_reported._SENTENCE_PIECE`` with ``finditer``. The texts: the seeds, Brown and UN
General Debate samples, hostile inputs and seeded random strings over an alphabet of the characters the scans
look at (white space of several kinds, every quotation mark, terminal marks, reporting verbs whole, cut and
inside longer words), each scanned whole and between random bounds. Then ``find_quote_spans`` with and without the kernel, on the same texts.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from discourse import _quote_cues, _quote_kernel, _quote_marks, _reported, _speaker_names
from discourse import quotes as q
from discourse.text import paragraphs

from .conftest import compiled_kernel, needs_corpora
from .test_kernel import HOSTILE, _texts

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The kernel module: the one ``discourse._quote_kernel`` loaded, else compiled from discourse/_kernel_quotes.c."""
    if _quote_kernel.KERNEL is not None:
        return _quote_kernel.KERNEL
    mod = compiled_kernel("_kernel_quotes", tmp_path_factory.mktemp("kernel"))
    mod.set_verbs(_reported._RCUE_WORDS)
    mod.set_keys(sorted(_speaker_names._DOC_KEYS))
    mod.set_np_words(_quote_cues._PRON_LOWER, _quote_cues._NP_OPENERS, _quote_cues._ROLE_NOUN_WORDS,
                     _quote_cues._ADV_TOKENS, _quote_cues._NP_FREE_TOKENS)
    for ws in _quote_cues._WordSet.every:
        mod.set_lower_words(ws.slot, sorted(ws.words))
    mod.set_fold(sorted(q._FOLD))
    return mod


def _agree(kernel, text: str, pos: int = 0, end: int | None = None) -> int:
    """Asserts that the kernel's three scans give the patterns' spans; the number of spans compared."""
    end = len(text) if end is None else end
    gates = [m.span() for m in _reported._R_GATE.finditer(text, pos, end)]
    assert kernel.gates(text, pos, end) == gates, (text[:200], pos, end)
    sents = [m.span() for m in _reported._SENTENCE_PIECE.finditer(text, pos, end)]
    assert kernel.sentences(text, pos, end) == sents, (text[:200], pos, end)
    assert kernel.sentences(text, pos, end, 3) == [(s, e) for s, e in sents if e - s > 3], (text[:200], pos, end)
    for limit in (0, 3, 100):
        lines = [m.span() for m in _quote_marks._TRIMMED_LINE.finditer(text, pos, end)]
        want = lines if any(le - ls > limit for ls, le in lines[:-1]) else None
        assert kernel.wrapped_lines(text, pos, end, limit) == want, (text[:200], pos, end, limit)
    found = [(m.start(), m.group()) for m in _quote_marks._MARK_RE.finditer(text)]
    assert kernel.marks(text) == ([p for p, _ in found], [ch for _, ch in found]), text[:200]
    return len(gates) + len(sents) + len(found)


@needs_corpora
def test_the_scans_agree_on_seeds_brown_and_un_speeches(kernel):
    n = sum(_agree(kernel, t) for t in _texts())
    assert n > 10_000


def test_the_scans_agree_on_hostile_inputs_and_random_strings(kernel):
    for t in HOSTILE + ["said", " said", " said ", "\u2003said\u00a0", " saidé", " said-", " said’s", " said_",
                        " sai", " sayings", "\n\nadded\ttold", "‘‘’’''``", "a‘‘b", "x’’", "''", "``"]:
        _agree(kernel, t)
    alphabet = (list(" \n\n\r\t\u00a0\u2003\u0085\x1c.!?…\"“”„‟«»`'‘’‚‛‹›)]-_xaSé1中") +
                ["said", "says", "told", "add", "added", "adds", "saying", "Said", "testifies", "emphasised"])
    rng = random.Random(41)
    n = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        n += _agree(kernel, text, rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3))
    assert n > 100_000


def test_the_kernel_checks_its_verbs(kernel):
    for bad in (["Said"], ["sa id"], [""], ["x" * 25], [1]):
        with pytest.raises(ValueError, match="every verb is a str of 1-24 letters a-z"):
            kernel.set_verbs(bad)
    kernel.set_verbs(_reported._RCUE_WORDS)  # (the verbs of _R_GATE again)
    assert kernel.gates("he said so", 0, 10) == [(2, 7)]


@needs_corpora
def test_key_starts_are_the_automaton_offsets(kernel):
    """The key starts (key_starts_folded's first list: the document-noun starts of _speaker_names._doc_places) are
    the offsets the Aho-Corasick automaton gives, on the lower-cased seeds, Brown and UN texts, hostile inputs and
    random strings of the keys whole, cut, overlapping ('webpage', 'newsletters') and next to non-ASCII characters
    of all three string kinds."""
    def agree(low: str) -> int:
        want = _speaker_names._automaton_places(low)
        assert tuple(kernel.key_starts_folded(low)[0]) == want, low[:200]
        return len(want)

    n = sum(agree(t.lower()) for t in _texts() + HOSTILE)
    assert n > 2_000
    keys = sorted(_speaker_names._DOC_KEYS)
    alphabet = keys + [k[:-1] for k in keys] + [k[1:] for k in keys] + list(" \n-’é中𝐀xs")
    rng = random.Random(43)
    for _ in range(20_000):
        n += agree("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    assert n > 40_000
    assert kernel.key_starts_folded("webpages, newsletters")[0] == [0, 3, 10, 14]  # web, page; news, letter(s)


def test_the_kernel_checks_its_keys(kernel):
    for bad in (["é"], ["a\nb"], [""], ["x" * 25], [1], ["k"] * 65):
        with pytest.raises(ValueError, match="set_keys: "):
            kernel.set_keys(bad)
    kernel.set_keys(sorted(_speaker_names._DOC_KEYS))  # (the keys of _doc_places again)
    assert kernel.key_starts_folded("the report")[0] == [4]


@needs_corpora
def test_reported_sentences_are_the_python_loop(kernel, monkeypatch):
    """reported_sentences (the sentences _reported looks at, in C) lists what _reported._looked_at_py lists with
    the pattern's sentence pieces: on the units and reported-speech places of the seeds, Brown, UN and hostile
    texts, and on random strings with random sorted units and places (inside and outside the units, on
    sentence ends, several per sentence) and small sentence limits, so that every branch of the loop runs."""
    monkeypatch.setattr(_reported, "KERNEL", None)  # the pure-Python loop and sentence pattern
    n = 0
    for t in _texts() + HOSTILE:
        units = _quote_marks._units(t, paragraphs(t))
        gates = _reported._reported_places(t, units)
        want = _reported._looked_at_py(t, units, gates)
        assert kernel.reported_sentences(t, units, gates, _reported._R_MAX) == want, t[:200]
        n += len(want)
    assert n > 500
    alphabet = list(" \n.!?…\"”’')]x中𝐀") + ["said", "a b", "..."]
    rng = random.Random(47)
    for _ in range(20_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        cuts = sorted(rng.randint(-2, len(t) + 2) for _ in range(2 * rng.randint(0, 4)))
        units = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        starts = sorted(rng.randint(-2, len(t) + 2) for _ in range(rng.randint(0, 6)))
        gates = [(g, g + rng.randint(0, 6)) for g in starts]
        r_max = rng.choice([0, 1, 3, 8, 600])
        want = _reported._looked_at_py(t, units, gates, r_max)
        assert kernel.reported_sentences(t, units, gates, r_max) == want, (t, units, gates, r_max)
        n += len(want)
    assert n > 20_000
    with pytest.raises(TypeError, match="units must be"):
        kernel.reported_sentences("a", [(0, 1, 2)], [], 600)
    with pytest.raises(TypeError, match="gates must be"):
        kernel.reported_sentences("a", [], [[0, 1]], 600)


@needs_corpora
def test_units_and_clean_paragraphs_are_the_python_loops(kernel, monkeypatch):
    """units (the loop of _quote_marks._units in C) gives the Python loop's units, and _clean_paragraphs with the
    kernel's spans_clean shortcut the loop's spans: on the paragraphs of the seeds, Brown, UN and hostile texts
    (as text.paragraphs gives them, the shortcut's case), on random strings of lines with random paragraph spans,
    and on bad spans (unsorted, overlapping, empty, outside the text, bools, floats, lists, numpy integers, huge
    numbers), where the shortcut must say no."""
    import numpy as np

    def both(text: str, paras) -> tuple:  # (clean spans, their units) as _find makes them, kernel and Python
        out = []
        for k in (kernel, None):
            monkeypatch.setattr(_quote_marks, "KERNEL", k)
            clean = _quote_marks._clean_paragraphs(paras, len(text))
            out.append((clean, _quote_marks._units(text, clean)))
        return out

    n = 0
    for t in _texts() + HOSTILE:
        fast, plain = both(t, paragraphs(t))
        assert fast == plain, t[:200]
        assert kernel.spans_clean(paragraphs(t), len(t)) is True
        n += len(plain[1])
    assert n > 5_000
    alphabet = list(" \n\n\r\t\u2003\u2028xé中𝐀") + ["x" * 50, "y" * 120]
    rng = random.Random(61)
    for _ in range(5_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.randint(0, len(t)) for _ in range(2 * rng.randint(0, 5)))
        paras = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        for limit_paras in (paras, paras[::-1], [(s - 1, e + 2) for s, e in paras]):
            fast, plain = both(t, limit_paras)
            assert fast == plain, (t, limit_paras)
    bad = [[(3, 1)], [(0, 2), (1, 3)], [(0, 0)], [(-1, 2)], [(0, 99)], [(True, 2)], [(0.0, 2)], [[0, 2]],
           [(np.int64(0), 2)], [(0, 2**70)], [(0, 1, 2)], ((0, 2),), [(2, 3), (0, 1)], ["ab"], [None]]
    for paras in bad:
        assert kernel.spans_clean(paras, 10) is False, paras
        fast, plain = both("x\n" * 5, paras)
        assert fast == plain, paras
    assert kernel.spans_clean([], 0) is True and kernel.spans_clean([(0, 3), (3, 5)], 5) is True


@needs_corpora
def test_reported_places_are_the_python_steps(kernel, monkeypatch):
    """reported_places (in C) lists what _reported._reported_places lists with the pattern: the verbs of the whole
    text, of units that end inside a word, 'according' after A or a; on the units of the seeds, Brown, UN and
    hostile texts and on random strings of verbs, 'ccording', cut words and marks with random units, all three
    string kinds."""
    def both(text: str, units) -> tuple:
        monkeypatch.setattr(_reported, "KERNEL", kernel)
        fast = _reported._reported_places(text, units)
        monkeypatch.setattr(_reported, "KERNEL", None)
        return fast, _reported._reported_places(text, units)

    n = 0
    for t in _texts() + HOSTILE:
        fast, plain = both(t, _quote_marks._units(t, paragraphs(t)))
        assert fast == plain, t[:200]
        n += len(plain)
    assert n > 1_000
    alphabet = [" ", "\n", "said", "saidx", "add", "Accord", "ccording", "accordingly", "According", "x", "é", "中",
                "𝐀", "-", "’", "."]
    rng = random.Random(73)
    for _ in range(20_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        cuts = sorted(rng.randint(-2, len(t) + 2) for _ in range(2 * rng.randint(0, 4)))
        fast, plain = both(t, [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)])
        assert fast == plain, (t, cuts)
        n += len(plain)
    assert n > 20_000


@needs_corpora
def test_np_starts_are_the_python_rule(kernel):
    """np_starts (the places where _quote_cues._np_matches tries a noun-phrase pattern, in C) lists what
    _quote_cues._np_starts_py lists (the last bar before each anchor, the starts after it, the rule of
    _np_may_start and, with reach, _np_reaches): on the windows before the quotation marks and the sentences of
    the seeds, Brown and UN samples and hostile texts with their cue anchors, and on random strings of the
    words the rule reads (pronouns, determiners in both cases, role words, plurals, adverbs, words of names,
    'Jr' commas, bars, white space of several kinds, all three string kinds) with random anchors (some out of
    the string), with and without the apposition and the reach rule."""
    def agree(w: str, anchors: list[int]) -> int:
        for appos in (False, True):
            for reach in (False, True):
                want = _quote_cues._np_starts_py(w, anchors, appos, reach)
                assert kernel.np_starts(w, anchors, appos, reach) == want, (w, anchors, appos, reach)
        return len(want)

    n = 0
    for t in _texts()[::3] + HOSTILE:
        for w in [t[max(0, k - 400):k] for k in range(0, len(t), 997)] + \
                [m.group() for m in _reported._SENTENCE_PIECE.finditer(t[:20_000])]:
            n += agree(w, _quote_cues._cue_anchors(w))
    assert n > 5_000
    alphabet = (["he", "She", "it", "its", "the", "The", "a", "An", "another", "that", "spokesman", "chief", "CEO",
                 "co-founder", "officials", "US", "lawyers", "class", "bus", "for", "of", "the family", "de", "van",
                 "also", "once", "said", "has", "Ann", "Roe", "Mr.", "U.S.", "Jr", "Jnr", "Sr.", "said", "told",
                 "(", ";", "’s", "'", "-", "é", "中", "𝐀", "1", "_x", "xs-s",
                 # (round 17: the '&' of a firm's name, no bar, and a particle joined by a hyphen, 'al-Rubaie')
                 "&", "al", "al-Roe", "de-Ann"] + [", "] * 3 + [" "] * 12 +
                ["\n", "\t", "\u2003", "\x85"])
    rng = random.Random(79)
    for _ in range(20_000):
        w = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        anchors = sorted(rng.randint(-2, len(w) + 3) for _ in range(rng.randint(0, 4)))
        n += agree(w, anchors)
    assert n > 15_000
    with pytest.raises(TypeError):
        kernel.np_starts("a b", ["x"])
    for bad in ((["He"], [], [], [], []), ([], [], [], [""], []), ([], [], ["x" * 25], [], [])):
        with pytest.raises(ValueError, match="set_np_words: "):
            kernel.set_np_words(*bad)
        with pytest.raises(RuntimeError, match="call set_np_words first"):  # no half-written lists are used
            kernel.np_starts("to the officials said", [16])
    kernel.set_np_words(_quote_cues._PRON_LOWER, _quote_cues._NP_OPENERS, _quote_cues._ROLE_NOUN_WORDS,
                        _quote_cues._ADV_TOKENS, _quote_cues._NP_FREE_TOKENS)  # (the words of the rule again)
    assert kernel.np_starts("to the officials said", [16]) == [3, 7]  # not 'to': no noun phrase opens so
    w = "that the General Assembly and all of its many members in this hall have often said"
    assert kernel.np_starts(w, [77]) == [0, 5, 9, 17, 37, 41, 46, 57]
    # the others too far from the verb for a subject ('the General Assembly ... hall' is within the fourteen tokens a
    # determiner phrase may hold since round 15, ten before, when this was [37, 57])
    assert kernel.np_starts(w, [77], False, True) == [5, 37, 57]
    assert kernel.np_starts("x " + w, [79], False, True) == [7, 39, 59]


@needs_corpora
def test_lower_word_in_is_the_word_pattern(kernel):
    """lower_word_in (a word of a set as a whole run of a-z letters in text[pos:end].lower(), read in C without
    lower-casing) answers as the set's _words_rx pattern searched in the lower-cased slice: on the windows of the
    seeds, Brown and UN samples and hostile texts, and on random strings of the words whole, cut, glued to
    letters, capitals, digits and the characters whose lower case is or holds a letter a-z (the Kelvin sign, İ),
    or that lower-cases beside them (Σ, ẞ), in all three string kinds, between random bounds (some outside)."""
    sets = [_quote_cues._CUE_FIRST, _reported._RCUE_FIRST, frozenset({"i", "k", "ik", "ki", "said", "s"})]
    slots = [_quote_cues._WordSet._slots + i for i in range(len(sets))]  # (free slots: the module's stay as set)
    for slot, words in zip(slots, sets, strict=True):
        kernel.set_lower_words(slot, sorted(words))
    rxs = [_quote_cues._words_rx(w) for w in sets]

    def agree(t: str, pos: int, end: int) -> int:
        hits = 0
        for slot, rx in zip(slots, rxs, strict=True):
            want = rx.search(t[max(pos, 0):max(min(end, len(t)), 0)].lower()) is not None
            assert kernel.lower_word_in(t, slot, pos, end) == want, (t[:200], pos, end, slot)
            hits += want
        return hits

    n = 0
    for t in _texts()[::3] + HOSTILE:
        for k in range(0, len(t), 499):
            n += agree(t, k, k + 400)
    assert n > 2_000
    words = sorted(set().union(*sets))
    pieces = words + [w[:-1] for w in words[::7]] + [w.upper() for w in words[::9]] + [w.title() for w in words[::9]]
    pieces += list(" x1_-’'.,\u212aKİIiΣσẞé中𝐀\n") + ["ed", "\u0307"]
    rng = random.Random(89)
    for _ in range(20_000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        n += agree(t, rng.randint(-3, len(t) + 3), rng.randint(-3, len(t) + 3))
    assert n > 4_000
    for bad in ((0, ["b", "a"]), (0, ["Said"]), (8, ["a"]), (-1, ["a"])):
        with pytest.raises(ValueError, match="set_lower_words: "):
            kernel.set_lower_words(*bad)
    assert kernel.lower_word_in("Mr. İk SAID so", slots[2], 0, 14)  # (the run 'i' of İ, then 'said')
    assert not kernel.lower_word_in("SAID", slots[2], 1, 4)  # (the slice's run 'aid')


@needs_corpora
def test_find_quote_spans_is_identical_without_the_kernel(kernel, monkeypatch):
    texts = _texts()[::4] + HOSTILE
    settings = ({}, {"reported": True}, {"reported": True, "speakers": False})
    monkeypatch.setattr(_quote_marks, "KERNEL", kernel)
    monkeypatch.setattr(_reported, "KERNEL", kernel)
    monkeypatch.setattr(_quote_cues, "KERNEL", kernel)
    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", kernel)
    _speaker_names._doc_places.cache_clear()
    assert _quote_marks._long_lines("a\n" + "b" * 101 + "\nc", 0, 105) == [(0, 1), (2, 103), (104, 105)]
    now = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    monkeypatch.setattr(_quote_marks, "KERNEL", None)
    monkeypatch.setattr(_reported, "KERNEL", None)
    monkeypatch.setattr(_quote_cues, "KERNEL", None)
    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", None)
    _speaker_names._doc_places.cache_clear()
    plain = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    assert now == plain
    assert sum(d["kind"] == "reported" for per_text in plain for d in per_text[1]) > 50


def test_the_environment_variable_leaves_the_kernel_unused():
    code = "import discourse._quote_kernel as K; print(K.KERNEL is None)"
    env = dict(os.environ, DISCOURSE_NO_KERNEL="1",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_fold_at_is_the_fold_pattern(kernel):
    # fold_at(text) is _FOLD_RX.search(text)'s offset: on every character from 0 to 0x300 alone and after text of
    # each string kind (Latin-1, two and four bytes a character), and on seeded random strings over those
    chars = [chr(c) for c in range(0x300)]
    lead = ["", "abc ", "“x” ", "\U0001F600 "]
    for c in chars:
        for pre in lead:
            t = pre + c
            m = q._FOLD_RX.search(t)
            assert kernel.fold_at(t) == (m.start() if m else -1), (pre, hex(ord(c)))
    rng = random.Random(7)
    alphabet = "aZ é“ÖŁłŠšɏɐ\U0001F600ß×Þ"
    for _ in range(300):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        m = q._FOLD_RX.search(t)
        assert kernel.fold_at(t) == (m.start() if m else -1), t
    with pytest.raises(ValueError, match="128 to 0x24F"):
        kernel.set_fold([0x250])
    kernel.set_fold(sorted(q._FOLD))  # (the refused list changed nothing; set again all the same)
