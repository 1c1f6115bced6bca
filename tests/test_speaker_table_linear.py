"""The speaker name table reads a long document a bounded number of times, however many names it holds (issue G61).

A document of many names (a book, a transcript archive, UN speeches joined into one text) made the table built per
document (``discourse._speakers._Speakers``) quadratic: ``_defined_acronym`` searched the whole text for each acronym,
``_in_lower_case`` for each word, ``_fuller_forms`` for each short name (and twice more for each given name it
added), and ``_org_is_person`` rewrote every mention for each organisation that was a person. Each now asks the text a
few times and then reads it once into an index. No timing here: the tests count the searches of the whole text on a
document of hundreds of names, and check that the indexes give the searches' answers (the table built with every
index forced equals the table built with none, and each index against its search on made-up texts)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

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


_EDGES = ("The Banco Central de Reserva de Quenapa, or BCRQ, said. The BCRQ said it.\n\n"
          "The Alpha Beta Council, or\nABC, met; the plan for ABC was read. The ABC said so.\n\n"
          "The Delta Echo Fund (DEF) (DEF said no) and (DEF) again. DEF said it. "
          "Abc Ab met Abc Abc Ab. Ab said. Dean Smith said. The dean of Ab spoke. Smith_ said. Smith’s aide said.")


@pytest.mark.parametrize("text", [_many_names(60, seed=3), _EDGES, _EDGES + "\n\n" + _many_names(20, seed=5)])
def test_the_indexes_give_the_searches_answers(monkeypatch, text):
    _forced(monkeypatch, index=False)
    searched = _fingerprint(_table(text))
    _forced(monkeypatch, index=True)
    assert _fingerprint(_table(text)) == searched


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
