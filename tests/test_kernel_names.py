"""The compiled scans of the speaker name table (``name_runs`` and ``key_starts_folded`` in discourse/_kernel_quotes.c)
give exactly what the pure-Python path gives.

``name_runs(text, dropped)`` stands for ``_speakers._runs_by_pattern``: the matches of ``_speaker_names._RUN_RE``
(``finditer``) whose run is not in ``_speakers._DROPPED_WORDS``, with each run's sentence start. Both paths run on
the same texts: the seeds, Brown and UN General Debate samples, hostile inputs, and seeded random strings over
the pieces the pattern looks at (titles with and without their full stop, initials, particles, 'Jr'/'Sr' after
a comma or a line break, apostrophes, hyphens, capitals of both Latin ranges and next to them, white space of
several kinds, characters of all three string kinds). ``key_starts_folded(text)`` stands for the key starts of
``text.lower()`` (the automaton's offsets) and the filter of ``_speaker_names._lower_doc_places``; the owner patterns' matches are compared with
and without it. Then ``find_quote_spans`` with speakers (the rules' and the scored ones) with and without the
kernel, on the same texts.
"""

from __future__ import annotations

import random
import sys
import types

import pytest

from discourse import _quote_kernel, _speaker_names, _speakers
from discourse import quotes as q
from discourse.text import paragraphs

from .conftest import compiled_kernel, needs_corpora
from .test_kernel import HOSTILE, _texts


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The kernel module: the one ``discourse._quote_kernel`` loaded, else compiled from discourse/_kernel_quotes.c."""
    if _quote_kernel.KERNEL is not None:
        return _quote_kernel.KERNEL
    mod = compiled_kernel("_kernel_quotes", tmp_path_factory.mktemp("kernel"))
    mod.set_run_words(_speaker_names._RUN_TITLES, sorted(_speaker_names._PARTICLES | {"of", "for"}))
    mod.set_keys(sorted(_speaker_names._DOC_KEYS))
    return mod


def _agree(kernel, text: str) -> int:
    """Asserts that the kernel's runs are the pattern's; the number of runs compared."""
    want = _speakers._runs_by_pattern(text)
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want, text[:200]
    return len(want)


@needs_corpora
def test_the_runs_agree_on_seeds_brown_and_un_speeches(kernel):
    n = sum(_agree(kernel, t) for t in _texts())
    assert n > 20_000
    # a known answer, worked out by hand from the pattern (discourse._speaker_names._RUN_RE): 'It' is dropped; one
    # or two particles join two name words ('Mr. John de la Cruz' is one run since round 10; before, 'de la' broke
    # it into 'Mr. John' and 'Cruz'), none joins a word in lower case ('de la costa'); ', Jr.' is the match's
    # suffix, not the run's; initials end at 'J.R' before a lower-case letter; a run after a line break starts a
    # sentence
    text = "It said. Mr. John de la Cruz, Jr. met U.S.A officials\nSr and J.Robert"
    want = [(9, 28, 33, True, "Mr. John de la Cruz"), (38, 43, 43, False, "U.S.A"),
            (54, 56, 56, True, "Sr"), (61, 64, 64, False, "J.R")]
    assert _speakers._runs_by_pattern(text) == want
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want
    text = "It said. Mr. John de la costa met Ann van der Berg"
    want = [(9, 17, 17, True, "Mr. John"), (34, 50, 50, False, "Ann van der Berg")]
    assert _speakers._runs_by_pattern(text) == want
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want
    # round 15: a slash and a capital go on with the name word ('Radio Free Europe/Radio Liberty'); a slash before
    # a lower-case letter, another slash or the end does not ('AC/DC/' is 'AC/DC', 'Ab/b' is 'Ab')
    text = "Radio Free Europe/Radio Liberty said. AC/DC/ and Ab/b"
    want = [(0, 31, 31, True, "Radio Free Europe/Radio Liberty"), (38, 43, 43, True, "AC/DC"),
            (49, 51, 51, False, "Ab")]
    assert _speakers._runs_by_pattern(text) == want
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want


def test_the_runs_agree_on_hostile_inputs_and_random_strings(kernel):
    for t in HOSTILE + ["Mr", "Mr.", "Mrs.Smith", "St.John", "J.R.R.T.", "J.Robert", "A.B.C.D.E.", "John,\nJr.",
                        "John , Jr", "John Jr_", "John\tvan\t\tDyke", "John van dyke", "John of  Of Smith",
                        "x.John", "x’John", "x-John", "_John", "ÀÖØÞ×÷ßà", "A" * 30 + " B" * 30,
                        "Europe/Radio", "A//B", "A/b", "/A", "A/", "Á/É", "A/ B", "J./K.", "Mr./Mrs.", "x/A", "A/B/C/D"]:
        _agree(kernel, t)
    pieces = (["Mr", "Mrs", "St", "Corp", "Co", "Col", "Jr", "Sr", "J.", "K.", "A", "B", "de", "van", "la", "of", "for",
               "al", "the", "Smith", "The", "It", "We", "In", "Ö", "Þ", "×", "ß", "é", "Ā", "𝐀", "😀", "中"]
              + list(" \t\n\r.,;:!?\"“”’'-_1/\u00a0\u2003\u2028\x1c"))
    rng = random.Random(47)
    n = 0
    for _ in range(30_000):
        n += _agree(kernel, "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
    assert n > 40_000


def test_the_kernel_checks_its_run_words(kernel):
    for titles, particles in ((["mr"], ["de"]), (["M r"], ["de"]), ([""], ["de"]), (["Mr"], ["De"]),
                              (["Mr"], ["x" * 25]), ([1], ["de"]), (["Mr"], ["de"] * 65)):
        with pytest.raises(ValueError, match="set_run_words: "):
            kernel.set_run_words(titles, particles)
    with pytest.raises(TypeError, match="dropped must be a set"):
        kernel.name_runs("Mr. Smith", ["The"])
    kernel.set_run_words(_speaker_names._RUN_TITLES, sorted(_speaker_names._PARTICLES | {"of", "for"}))
    assert kernel.name_runs("Then, Mr. Smith said", frozenset({"Then"})) == [(6, 15, 15, False, "Mr. Smith")]


def _clear_place_caches() -> None:
    for fn in (_speaker_names._lower, _speaker_names._doc_places, _speaker_names._lower_doc_places,
               _speaker_names._folded_places, _speaker_names._owner_places):
        fn.cache_clear()


def test_lower_casing_facts_the_folded_scan_rests_on():
    """key_starts_folded reads A-Z and U+212A as their lower case and answers None for U+0130: in Python's Unicode
    data U+0130 is the only character whose lower case is longer than one character, and U+212A the only one
    beyond ASCII whose lower case is ASCII (every code point checked)."""
    longer = [c for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    to_ascii = [c for c in range(128, sys.maxunicode + 1) if len(chr(c).lower()) == 1 and ord(chr(c).lower()) < 128]
    assert longer == [0x130] and to_ascii == [0x212A]
    assert all(chr(c).lower() == (chr(c + 32) if 65 <= c <= 90 else chr(c)) for c in range(128))


@needs_corpora
def test_folded_key_starts_are_the_lower_cased_texts_key_starts(kernel):
    """key_starts_folded(text) gives the key starts of text.lower() (the automaton's offsets) and those of them that are
    a-z in the text and follow white space (what _lower_doc_places kept), or None where lower-casing lengthens the
    text, on seeds, Brown, UN, hostile inputs and random strings of the keys in mixed case next to the Kelvin sign,
    U+0130, white space and characters of all three string kinds."""
    def agree(text: str) -> int:
        low = text.lower()
        got = kernel.key_starts_folded(text)
        if len(low) != len(text):
            assert got is None, text[:200]
            return 0
        want = _speaker_names._automaton_places(low)
        lower = [p for p in want if p and text[p] == low[p] and text[p - 1].isspace()]
        assert got == (list(want), lower), text[:200]
        return len(want)

    n = sum(agree(t) for t in _texts() + HOSTILE)
    assert n > 2_000
    keys = sorted(_speaker_names._DOC_KEYS)
    alphabet = (keys + [k.upper() for k in keys] + [k.title() for k in keys] + [k[:-1] for k in keys]
                + ["\u212a", "\u0130", "ſ", "ı", "WEB", "Page", "e-MAIL"] + list(" \n\t\u2003-’éÉ中𝐀xs"))
    rng = random.Random(59)
    for _ in range(20_000):
        n += agree("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    assert n > 40_000
    assert kernel.key_starts_folded("The REPORT, a \u212aey report") == ([4, 18], [18])
    assert kernel.key_starts_folded("\u0130 report") is None


def test_folded_key_starts_test_every_position_where_keys_are_short_or_varied(kernel):
    """key_starts_folded tests only the positions whose three folded characters open a key where every key has
    three characters or more and their first three use at most 31 distinct characters (the document nouns, tested
    above); with a key of one or two characters, or more distinct characters, it tests every position. Both ways
    the starts are those of a plain search of text.lower() (seeded random strings of the keys in mixed case)."""
    sets = (["up", "x", "report", "e-mail"],  # short keys
            ["abc", "def", "ghi", "jkl", "mno", "pqr", "stu", "vwx", "yz0", "123", "456", "789", "!#$"],  # 39 characters
            ["a-b", "report", "repo", "resolution", "web", "webpage"])  # three-character codes, keys sharing them
    rng = random.Random(67)
    try:
        for keys in sets:
            kernel.set_keys(keys)
            alphabet = keys + [k.upper() for k in keys] + [k[:-1] for k in keys] + list(" \n-’é中𝐀xs\u212a")
            n = 0
            for _ in range(3_000):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
                low = text.lower()
                want = [p for p in range(len(low)) if any(low.startswith(k, p) for k in keys)]
                got = kernel.key_starts_folded(text)
                assert got[0] == want, (keys, text)
                assert got[1] == [p for p in want if text[p] == low[p] and "a" <= text[p] <= "z" and p
                                  and text[p - 1].isspace()], (keys, text)
                n += len(want)
            assert n > 3_000
    finally:
        kernel.set_keys(sorted(_speaker_names._DOC_KEYS))
    assert kernel.key_starts_folded("The REPORT, a \u212aey report") == ([4, 18], [18])


def test_owner_patterns_find_the_same_matches_without_lower_casing(kernel, monkeypatch):
    """The owner patterns' matches (_owner_matches, _owner_before_tail) with the folded scan are those of the path
    that lower-cases the text, on seeds, Brown, UN and made-up strings of owners, document nouns in mixed case and
    their connectors ('Report by the Ministry', 'REPORT OF Acme', 'Acme’s new statement')."""
    pieces = ["Report", "REPORT", "report", "statement", "Statement", "by", "BY", "From", "of", "issued by",
              "released  BY", "the", "Ministry", "Acme", "Acme’s", "Acme's", "new", "an", "Its", "communiqué",
              "COMMUNIQUÉ", "e-mail", "E-Mail", "\u212a", "ſ", ".", ",", "(", "\n"]
    rng = random.Random(61)
    texts = _texts()[::3] + HOSTILE + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
                                       for _ in range(4_000)]

    def found() -> list:
        out = []
        for t in texts:
            _clear_place_caches()
            out.append([[(m.span(), m.groupdict()) for m in _speaker_names._owner_matches(rx, t)]
                        for rx in (_speaker_names._OWNER_BEFORE, _speaker_names._OWNER_AFTER,
                                   _speaker_names._OWNER_ADJ)] + [_speaker_names._owner_before_tail(t)])
        return out

    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", kernel)
    folded = found()
    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", None)
    plain = found()
    _clear_place_caches()
    assert folded == plain
    assert sum(len(per[1]) for per in plain) > 200 and sum(len(per[0]) for per in plain) > 200


@needs_corpora
def test_find_quote_spans_with_speakers_is_identical_without_the_kernel(kernel, monkeypatch):
    texts = _texts()[::4] + HOSTILE
    settings = ({}, {"reported": True}, {"reported": True, "speakers": "scored"})
    monkeypatch.setattr(_speakers, "_RUNS_KERNEL", kernel)
    monkeypatch.setattr(_speakers, "_TABLE_KERNEL", kernel)
    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", kernel)
    _clear_place_caches()
    now = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    monkeypatch.setattr(_speakers, "_RUNS_KERNEL", None)
    monkeypatch.setattr(_speakers, "_TABLE_KERNEL", None)
    monkeypatch.setattr(_speaker_names, "_FOLDED_KERNEL", None)
    _clear_place_caches()
    plain = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    _clear_place_caches()
    assert now == plain
    assert sum(d["speaker"] is not None for per_text in plain for d in per_text[1]) > 200


# ------------------------------------------------------------------------------------ the name table's loops in C
def _table_state(text: str, spans: list[tuple[int, int]]) -> tuple:
    """Everything a _Speakers table holds once built (the persons with their merges, the organisations, mentions,
    document owners, recurring one-word organisations, suffixes, the word indexes in their order)."""
    t = _speakers._Speakers(text, spans)

    def ent(e):
        return None if e is None else (e.kind, e.name, e.role, e.org, e.gender, e.rank, tuple(e.positions),
                                       e.doc_owner, ent(e.merged))
    return ([(k, ent(e)) for k, e in t.persons.items()], [(k, ent(e)) for k, e in t.orgs.items()],
            [(p, ent(e)) for p, e in t.mentions], t.doc_owners, sorted(t.rep_orgs), t.suffix,
            [(w, [e.name for e in es]) for w, es in t.by_word.items()],
            [(w, sorted((n, [e.name for e in es]) for n, es in d.items())) for w, d in t._by_length.items()], t._together)


def _made_up_tables(n: int) -> list[str]:
    """Made-up texts of the cases read_runs decides itself or hands to the table's methods: names alone and again
    (a recurring one-word name), with titles, role words before or after, cue verbs after and before them (inverted
    attributions), organisations, possessives before document nouns, names joined by 'and' or '&', 'Jr.' suffixes,
    the role words that are given names ('Dean'), names that end or open sentences."""
    pieces = ["Huawei", "Huawei", "Acme Corp", "Acme’s report", "Acme's statement", "Jane Roe", "Roe", "Roe",
              "John Smith", "Smith", "Mr. Smith", "Dr. Ann Lee", "Lee", "President Kennedy", "First Lady Jacqueline Kennedy",
              "Kennedy", "analyst", "industry analyst Jane Roe", "partner Dean Guerin", "Dean", "said", "said Roe.",
              "according to Lee,", "Roe said", "Smith added", "Arnold Palmer and Sam Snead", "Draper, Gaither & Anderson",
              "William H. Draper, Jr.", "the United Nations", "General Assembly", "United States", "Theresa May",
              "the CEO of Acme", ", the CEO of Acme,", ", 42,", "Paul Steinberg, the CTO,", "Acme Solutions’ CTO, Paul",
              "In", "The", "It", "We", ".", ",", ";", "\n", "“We will win,”", "Plato and Aristotle", "Aristotle Plato",
              "COAHR", "Committee on Appeal for Human Rights", "Monday", "Ms. Ardern", "Prime Minister Ardern", "she said",
              # round 17: particles joined by a hyphen, names joined by '&' and 'and', organisations named by the start
              # of their name, modifiers before names, 'which' after a name
              "Ahmed al-Rubaie", "al-Rubaie", "Food and Drug Administration", "Ashcombe & Reyes", "Kingsmere Bank",
              "Kingsmere", "Brussels-based Clean Air Alliance", "American Casey Ruddock", ", which owns Acme,"]
    rng = random.Random(83)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


@needs_corpora
def test_read_runs_builds_the_table_the_python_loops_build(kernel, monkeypatch):
    """The kernel's read_runs (the name table's loops in C, calling the table's methods only where they can act)
    builds the very table _Speakers._read_runs_py builds: every person, organisation, mention, merge, owner and
    index in the same order, on seeds, Brown and UN samples, hostile inputs and made-up texts of the cases it
    decides, with quotations over parts of them (a name inside one is not read)."""
    rng = random.Random(89)
    texts = _texts()[::12] + HOSTILE + _made_up_tables(400)
    spans = []
    for t in texts:
        cuts = sorted(rng.randrange(len(t) + 1) for _ in range(2 * rng.randint(0, 3)))
        spans.append(list(zip(cuts[::2], cuts[1::2], strict=True)))
    monkeypatch.setattr(_speakers, "_TABLE_KERNEL", kernel)
    compiled = [_table_state(t, s) for t, s in zip(texts, spans, strict=True)]
    monkeypatch.setattr(_speakers, "_TABLE_KERNEL", None)
    plain = [_table_state(t, s) for t, s in zip(texts, spans, strict=True)]
    for got, want, t in zip(compiled, plain, texts, strict=True):
        assert got == want, t[:300]
    # the cases occur: persons, organisations, recurring one-word organisations, suffixes, merged persons
    # (a person's key that is not its name: a shorter name merged into the fuller one)
    assert sum(len(p[0]) for p in plain) > 1000 and sum(len(p[1]) for p in plain) > 700
    assert sum(bool(p[4]) for p in plain) > 15 and sum(bool(p[5]) for p in plain) > 80
    assert sum(k != e[1] for p in plain for k, e in p[0]) > 100


def test_read_runs_checks_what_it_is_given(kernel, monkeypatch):
    """read_runs refuses a table that is not being built, runs that are not name_runs' and a context of the wrong
    shape with an error naming the problem (no crash)."""
    table = _speakers._Speakers("Mr. Smith said it.", [])
    ctx = _speakers._read_runs_ctx()
    runs = _speakers._name_runs("Mr. Smith said it.")
    with pytest.raises(AttributeError, match="text"):
        kernel.read_runs(object(), runs, [], ctx)
    fake = types.SimpleNamespace(**{k: getattr(table, k) for k in ("text", "suffix", "orgs", "by_word", "_by_length",
                                                                  "persons", "rep_orgs", "_add_run", "_split_pair",
                                                                  "_add_later", "_org")}, mentions=())
    with pytest.raises(TypeError, match="not a _Speakers being built"):
        kernel.read_runs(fake, runs, [], ctx)
    assert table.mentions and table.persons  # (the table itself was built: 'Mr. Smith' is a person)
    with pytest.raises(TypeError, match="runs must be name_runs'"):
        kernel.read_runs(table, [(0, 1, 2)], [], ctx)
    with pytest.raises(TypeError):
        kernel.read_runs(table, runs, [], ctx[:-1])
    with pytest.raises(TypeError, match="must be a tuple of str"):
        kernel.read_runs(table, runs, [], ctx[:-1] + ((1,),))
