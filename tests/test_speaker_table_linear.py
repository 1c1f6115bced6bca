"""The speaker name table reads a long document a bounded number of times, however many names it holds.

A document of many names (a book, a transcript archive, UN speeches joined into one text) made the table built per
document (``discourse._speakers._Speakers``) quadratic: ``_defined_acronym`` searched the whole text for each acronym,
``_in_lower_case`` for each word, ``_fuller_forms`` for each short name (and twice more for each given name it
added), and ``_org_is_person`` rewrote every mention for each organisation that was a person. Each now asks the text a
few times and then reads it once into an index. No timing here: the tests count the searches of the whole text on a
document of hundreds of names, and check that the indexes give the searches' answers (the table built with every
index forced equals the table built with none, and each index against its search on made-up texts).

A second round did the same for the rest: ``_common_head`` (a search for each capitalised word that may be a common
noun), ``_two_names_run_together`` (two for each pair of words), ``_named_in_full_first`` (remembered per name) and
``discourse._quote_sieve._proper`` (a search for each capitalised word of a colon frame or a quote chain); the searches
that remain write the literal word before its look-behind, so the regex engine finds it by its literal search."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

import discourse._quote_sieve as sieve
import discourse._speakers as sp
from discourse.quotes import find_quote_spans

_SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "bre", "sun", "dal", "gor", "pel", "quin", "zar", "fen", "hol"]
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n)).capitalize()


def _many_names(n: int, seed: int = 1) -> str:
    """``n`` paragraphs of news, each naming new people and a new body with its acronym: every rule above is asked
    about hundreds of different words."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sur, sur2, sur3, pseudo = _word(rng), _word(rng), _word(rng), _word(rng, 2)
        given = rng.choice(["John", "Mary", "Peter", "Anna", "David", "Sarah"])
        a, b, c, noun = _word(rng, 2), _word(rng, 2), _word(rng, 2), _word(rng, 2)
        acr = (a[0] + b[0] + c[0]).upper() + _LETTERS[i % 26] + _LETTERS[i // 26 % 26]
        out.append(f"The {a} {b} {c} Authority ({acr}) said on Monday that it would act. "
                   f"“We will deliver,” said {given} {sur}, its chief executive. "
                   f"{sur} told reporters that the {acr} was ready, and the {noun.lower()} agreed. "
                   f"{noun} {given} {sur2}, 71, said he was glad. "
                   f"{sur2} added: “It is done.” {sur}'s memo said the same, and {sur}'s letter too. "
                   f"{sur3}, 31, said it was fine. The Italian {pseudo} {sur3} of {b} {c} inherited the lead.")
    return "\n\n".join(out)


def _table(text: str) -> sp._Speakers:
    qs = [(d["start"], d["end"]) for d in find_quote_spans(text, speakers=False)]
    return sp._Speakers(text, qs)


def _fingerprint(t: sp._Speakers) -> tuple:
    return ([(p, e.name, e.kind) for p, e in t.mentions],
            sorted((k, e.name, e.kind, e.merged is None, e.gender, e.role) for k, e in t.persons.items()),
            sorted((k, e.name, e.kind, e.merged is None) for k, e in t.orgs.items()),
            t.doc_owners)


class _CountingRe:
    """``re`` as the table's module sees it, counting the searches each function makes of ``text``."""

    def __init__(self, text: str) -> None:
        self.text, self.counts = text, Counter()

    def __getattr__(self, name):
        return getattr(re, name)

    def _count(self, string) -> None:
        if string is self.text:
            import sys

            self.counts[sys._getframe(2).f_code.co_name] += 1

    def search(self, pattern, string, flags=0):
        self._count(string)
        return re.search(pattern, string, flags)

    def finditer(self, pattern, string, flags=0):
        self._count(string)
        return re.finditer(pattern, string, flags)

    def findall(self, pattern, string, flags=0):
        self._count(string)
        return re.findall(pattern, string, flags)


def test_the_table_searches_a_long_document_a_bounded_number_of_times(monkeypatch):
    text = _many_names(400)
    counting = _CountingRe(text)
    monkeypatch.setattr(sp, "re", counting)
    calls, finds, rewrites, searched = Counter(), [], [], []
    for name in ("_defined_acronym", "_in_lower_case", "_org_is_person", "_given_before"):
        method = getattr(sp._Speakers, name)

        def counted(self, *args, _method=method, _name=name, **kw):
            calls[_name] += 1
            if _name == "_org_is_person" and len(args) < 3 and kw.get("pending") is None:
                rewrites.append(args[0])  # (every mention rewritten for one word)
            return _method(self, *args, **kw)

        monkeypatch.setattr(sp._Speakers, name, counted)
    find_all = sp._find_all
    monkeypatch.setattr(sp, "_find_all", lambda t, name: finds.append(name) or find_all(t, name))
    of = sp._WordPlaces.of

    def places_of(self, w):
        got = of(self, w)
        if got is None:
            searched.append(w)  # (two searches of the text for this word)
        return got

    monkeypatch.setattr(sp._WordPlaces, "of", places_of)
    _table(text)
    # the document asks hundreds of questions of each kind ...
    assert calls["_defined_acronym"] >= 300 and calls["_in_lower_case"] >= 200
    assert calls["_org_is_person"] >= 200 and calls["_given_before"] >= 500
    # ... and the text is searched a few times, not once per word, acronym or name (fixed bounds, not the module's
    # thresholds: raising those to search for every word fails here)
    assert counting.counts["_in_lower_case"] <= 8
    assert counting.counts["_definition_marks"] <= 16
    assert len(finds) <= 64
    assert len(searched) <= 8
    assert rewrites == []  # (the constructor's loops rewrite the mentions once each, _orgs_are_persons)


def _forced(monkeypatch, index: bool) -> None:
    monkeypatch.setattr(sp, "_SEARCHES_BEFORE_INDEX", 0 if index else 10**9)
    monkeypatch.setattr(sp, "_NAME_SEARCHES_BEFORE_INDEX", -1 if index else 10**9)
    monkeypatch.setattr(sp, "_COMMON_SEARCHES", 0 if index else 10**9)
    monkeypatch.setattr(sp, "_PAIRS_SEARCHED", 0 if index else 10**9)
    monkeypatch.setattr(sieve, "_PROPER_SEARCHES", 0 if index else 10**9)
    monkeypatch.setattr(sieve, "_PROPER_AT", [None])


_EDGES = ("The Banco Central de Reserva de Quenapa, or BCRQ, said. The BCRQ said it.\n\n"
          "The Alpha Beta Council, or\nABC, met; the plan for ABC was read. The ABC said so.\n\n"
          "The Delta Echo Fund (DEF) (DEF said no) and (DEF) again. DEF said it. "
          "Abc Ab met Abc Abc Ab. Ab said. Dean Smith said. The dean of Ab spoke. Smith_ said. Smith’s aide said.")


def _coordinated_names(n: int, seed: int = 2) -> str:
    """``n`` paragraphs, each naming three new speakers by one word, two of them joined by 'and', and then runs of two
    of those words: each run asks whether its two words are written joined by 'and'."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        x, y, z = _word(rng), _word(rng), _word(rng)
        out.append(f"“Fine,” said {x}. “Yes,” said {y}. “No,” said {z}. {x} and {y} spoke. The talks ended.\n\n"
                   f"{x} {y} agree on most things. {y} {z} agree too.")
    return "\n\n".join(out)


@pytest.mark.parametrize("text", [_many_names(60, seed=3), _EDGES, _EDGES + "\n\n" + _many_names(20, seed=5),
                                  _coordinated_names(40)])
def test_the_indexes_give_the_searches_answers(monkeypatch, text):
    _forced(monkeypatch, index=False)
    searched = _fingerprint(_table(text)), find_quote_spans(text)
    _forced(monkeypatch, index=True)
    assert (_fingerprint(_table(text)), find_quote_spans(text)) == searched


def test_common_heads_and_pairs_are_searched_a_bounded_number_of_times(monkeypatch):
    """_common_head searched the whole text for each capitalised word asked about (184 words on this text), and
    _two_names_run_together for each pair of words; each now searches for the first few and reads the text once."""
    text = _many_names(400) + "\n\n" + _coordinated_names(200)
    counting = _CountingRe(text)
    monkeypatch.setattr(sp, "re", counting)
    asked, searched_pairs = Counter(), []
    written = sp._CommonHeads.written

    def common(self, low):
        asked[low] += 1
        return written(self, low)

    monkeypatch.setattr(sp._CommonHeads, "written", common)
    pairs = sp._AndPairs.written

    def pair(self, a, b):
        asked[a, b] += 1
        got = pairs(self, a, b)
        if got is None:
            searched_pairs.append((a, b))  # (two searches of the text for this pair)
        return got

    monkeypatch.setattr(sp._AndPairs, "written", pair)
    _table(text)
    assert sum(isinstance(k, str) for k in asked) >= 150 and sum(isinstance(k, tuple) for k in asked) >= 300
    assert counting.counts["written"] <= 64  # (one finditer of the text per word searched, not per word asked)
    assert len(searched_pairs) <= 16


def test_proper_searches_a_long_text_a_bounded_number_of_times(monkeypatch):
    """_proper is asked about each capitalised word of a colon frame or between the links of a quote chain: on one
    long text, about hundreds of words (each searched for in the whole text before they were indexed)."""
    text = _many_names(400)
    words = sorted({w for w in re.findall(r"[A-Z][a-z]+", text)})
    counting = _CountingRe(text)
    monkeypatch.setattr(sieve, "re", counting)
    monkeypatch.setattr(sieve, "_PROPER_AT", [None])
    answers = [sieve._proper(text, w) for w in words + words]
    assert len(words) >= 1000 and any(answers) and not all(answers)
    assert counting.counts["_proper"] <= 32


_OLD_PATTERNS = {  # the searches as they were written before they were indexed, each against the one it became
    "proper": lambda w: (rf"(?<=[\w,;] ){re.escape(w)}(?![\w’'])", rf"{re.escape(w)}(?<=[\w,;] {re.escape(w)})(?![\w’'])"),
    "lower": lambda w: (rf"(?<![\w’'\-]){re.escape(w)}(?![\w’'\-])", rf"{re.escape(w)}(?<![\w’'\-]{re.escape(w)})(?![\w’'\-])"),
    "full": lambda w: (rf"(?<![\w’'-]){re.escape(w)}(?![\w-])(?!\s+Abc(?![\w-]))",
                       rf"{re.escape(w)}(?<![\w’'-]{re.escape(w)})(?![\w-])(?!\s+Abc(?![\w-]))"),
}


def test_the_word_first_patterns_find_what_the_look_behind_first_ones_found():
    """The look-behind moved after the literal word (so that the engine finds the word by its literal search) gives the
    same matches: every finditer match and every search from each position."""
    for text in _fuzz_texts(200, seed=19):
        for w in _FUZZ_WORDS + ["", "ab", "abc", "Ab Abc"]:
            for kind, make in _OLD_PATTERNS.items():
                old, new = (re.compile(p) for p in make(w))
                assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], (kind, text, w)
                for lo in range(0, len(text), 7):
                    a, b = old.search(text, lo), new.search(text, lo)
                    assert (a and a.span()) == (b and b.span()), (kind, text, w, lo)


def test_proper_index_answers_the_search(monkeypatch):
    for text in _fuzz_texts(300, seed=23):
        for w in _FUZZ_WORDS + ["ab", "abc", "Ab’c", "Ab'", "x", ""]:
            monkeypatch.setattr(sieve, "_PROPER_AT", [None])
            monkeypatch.setattr(sieve, "_PROPER_SEARCHES", 10**9)
            want = sieve._proper(text, w)
            monkeypatch.setattr(sieve, "_PROPER_AT", [None])
            monkeypatch.setattr(sieve, "_PROPER_SEARCHES", 0)
            assert sieve._proper(text, w) == want, (text, w)
            assert want == (w in sieve._GIVEN_NAMES or re.search(_OLD_PATTERNS["proper"](w)[0], text) is not None)


_DET_PIECES = [" ", " ", "  ", "\n", "the ", "The ", "a ", "another ", "theX ", "’the ", "garda", "gardas", "gardai",
               "neighbour", "s", ",", ".", " who", " said", " walked", " of", " northern", "x", "2", "²", "_", "é", "Garda"]


def test_common_head_index_answers_the_search(monkeypatch):
    rng = random.Random(29)
    for _ in range(400):
        text = "".join(rng.choice(_DET_PIECES) for _ in range(rng.randint(3, 40)))
        for word in ("Garda", "Gardas", "Neighbour", "Gard", "Northern", "Walked", "Gardai", "Garda²", "Gardaé"):
            searching, indexed = sp._CommonHeads(text), sp._CommonHeads(text)
            monkeypatch.setattr(sp, "_COMMON_SEARCHES", 10**9)
            want = sp._common_head(text, word, searching)
            monkeypatch.setattr(sp, "_COMMON_SEARCHES", 0)
            assert sp._common_head(text, word, indexed) == want, (text, word)
            low = word.lower()  # (the search as it was written before they were indexed)
            assert want == (sp._may_be_common(word) and low in text and any(
                sp._DET_BEFORE.search(text, max(0, m.start() - 9), m.start()) is not None
                for m in re.finditer(re.escape(low) + sp._NOUN_END, text))), (text, word)


_AND_PIECES = [" ", " and ", "and", " and and ", "\n", "Ab", "Abc", "xAb", "Abcs", "Ab-c", "’", ".", "\u00a0", "Cd", "Cde"]


def test_and_pairs_index_answers_the_search(monkeypatch):
    rng = random.Random(31)
    monkeypatch.setattr(sp, "_PAIRS_SEARCHED", 0)
    for _ in range(400):
        text = "".join(rng.choice(_AND_PIECES) for _ in range(rng.randint(3, 40)))
        pairs = sp._AndPairs(text)
        for a in ("Ab", "Abc", "b", "Ab-c", "and", "Cd", "C", "e", "Ab.", ""):
            for b in ("Ab", "Abc", "Cd", "Cde", "and", "c", "’", ""):
                want = f"{a} and {b}" in text or f"{b} and {a}" in text
                assert sp._two_names_run_together(text, [a, b], pairs) == want, (text, a, b)


def _fuzz_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pieces = [" ", " ", " ", "  ", "\n", ",", ", or ", "or ", "for ", "(", ")", "Ab", "Abc", "AB", "ABC", "ab", "abc",
              "Smith", "smith", "_", "-", "’", "'", ".", "Dr.", "é", "É", "x1", "Ab Abc", "ABCs"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(5, 80))) for _ in range(n)]


_FUZZ_WORDS = ["Ab", "Abc", "AB", "ABC", "ABCs", "Smith", "smith", "Dr.", "É", "Ab_", "Ab-c", "x1", "A.B", "(AB)"]


def test_name_places_are_str_find_places():
    """The places _fuller_forms reads (those with no letter, digit, apostrophe or hyphen after the name) are str.find's,
    in the same order; the index leaves out only places it would skip."""
    for text in _fuzz_texts(400):
        names = [" " + w for w in _FUZZ_WORDS] + [" Ab Abc", " Abc Ab", " Ab Ab", " AB ABC", " Dr. Smith", " .x"]
        at = sp._name_places(text, names)
        for name in names:
            found = list(sp._find_all(text, name))
            read = [i for i in found if not (i + len(name) < len(text) and (text[i + len(name)].isalnum()
                                                                           or text[i + len(name)] in "’'-"))]
            assert [i for i in at[name] if i in read] == read and set(at[name]) <= set(found), (text, name)


def test_word_set_answers_the_lower_case_search():
    for text in _fuzz_texts(300, seed=11):
        words = sp._word_set(text)
        for w in _FUZZ_WORDS:
            low = w.lower()
            searched = re.search(rf"(?<![\w’'\-]){re.escape(low)}(?![\w’'\-])", text) is not None
            if sp._WORD_RUN.fullmatch(low):
                assert (low in words) == searched, (text, w)


def test_definition_index_gives_the_searched_places(monkeypatch):
    for text in _fuzz_texts(300, seed=13):
        searching = sp._Speakers.__new__(sp._Speakers)
        searching.text, searching._marks_asked, searching._definitions = text, 0, None
        indexed = sp._Speakers.__new__(sp._Speakers)
        indexed.text, indexed._marks_asked, indexed._definitions = text, 0, None
        for k in ("AB", "ABC", "ABCs", "Abc", "Ab", "ab", "Smith", "É", "Ab_", "x1"):
            monkeypatch.setattr(sp, "_SEARCHES_BEFORE_INDEX", 10**9)
            want = searching._definition_marks(k)
            monkeypatch.setattr(sp, "_SEARCHES_BEFORE_INDEX", 0)
            assert indexed._definition_marks(k) == want, (text, k)


def test_only_before_counts_as_the_searches_do():
    for text in _fuzz_texts(300, seed=17):
        text = text.replace("ab", "Ab B. Smith ").replace("x1", "Abc Smith")
        words = {"Ab", "Abc", "AB", "Dr.", "Smith"}
        searching = sp._WordPlaces(text, words)
        searching.asked = -10**9  # (never indexed)
        indexed = sp._WordPlaces(text, words)
        indexed.asked = 10**9  # (indexed from the first word)
        for w in words:
            for nxt in ("Smith", "Abc", "B."):
                assert sp._only_before(text, w, nxt, indexed) == sp._only_before(text, w, nxt, searching), (text, w, nxt)
