"""The lazy and gated paths of quotation finding (issue 16: tokenize speed) give what the plain code gives.

- ``_owner_matches``: the three owner patterns of the speaker table matched only in the stretches that hold
  a document noun, against their plain ``finditer``;
- ``_Deferred``: the speaker table built when a speaker is first resolved, against the table built at once;
- ``_run_head``, the cached part of the speaker table's rule for a name run, against the uncached function;
- ``_RUN_RE`` with its capital lookahead, against the pattern without it.

Each is checked on the seeds, on made-up strings built to hit its edges (stop characters next to nouns,
nouns inside words, case, lower-casing that changes length) and, where the corpora are present, on UN General
Debate speeches and Brown texts.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from discourse import _speaker_names, _speakers
from discourse import quotes as q
from discourse.text import paragraphs

from .conftest import BROWN, UNGD, needs_corpora
from .test_quotes_fast import _corpus_texts, _matches

SEEDS = Path(__file__).parents[1] / "seeds"
OWNER_PATTERNS = (_speaker_names._OWNER_BEFORE, _speaker_names._OWNER_AFTER, _speaker_names._OWNER_ADJ)


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _made_up_owner_texts(n: int) -> list[str]:
    words = ["Report", "report", "reports", "press  release", "Press Release", "of", "by", "from", "the", "The", "a",
             "an", "Its", "its", "Acme", "Acme’s", "Acme's", "Mr.", "J.K.", "K.", "Huawei", "REPORT", "communiqué",
             "letters", "e-mail", "email", "\n", ",", "&", "for", "new", "official", "expressrelease", "statement",
             "Web Site", "web site", "webpage", "(", "-", ".", "’s", "’", "İ", "ſ", "Ǆ", "x" * 300, "“", ";",
             # (the words before a noun that _owner_places reads: adjectives of the tail, capitals beyond ASCII, a
             # word or white space longer than the 80 characters it looks at)
             "latest", "online", "own", "'s", "Ørsted", "Þór", "ørsted", "É", "Acme" * 25, " " * 90, "\n" * 85]
    rng = random.Random(5)
    texts = ["".join(rng.choice(words) + rng.choice([" ", "", "  ", "\n"]) for _ in range(rng.randint(1, 14)))
             for _ in range(n)]
    # a stretch without stop characters longer than the 256-character backward step, nouns at both ends
    texts.append("Acme’s report " + "and Mr. K. Lee " * 40 + "the Acme report, Acme’s statement")
    return texts


def test_doc_keys_begin_every_document_noun():
    """Every alternative of _DOC_NOUNS, written out every way its optional parts allow, starts with a key."""
    for alt in _speaker_names._DOC_NOUNS.split("|"):
        forms = {alt}
        for part, values in ((r"\s+", (" ", "\n\t")), ("-?", ("-", "")), ("[eé]", ("e", "é"))):
            forms = {f.replace(part, v) for f in forms for v in values}
        for form in forms:
            assert re.fullmatch(rf"(?:{_speaker_names._DOC_NOUNS})", form), (alt, form)
            assert any(form.startswith(k) for k in _speaker_names._DOC_KEYS), (alt, form)
    assert all(re.fullmatch(r"[a-z\-]+", k) for k in _speaker_names._DOC_KEYS)


def test_owner_matches_are_finditer_on_seeds_and_made_up_texts():
    found = 0
    for t in _seed_texts() + _made_up_owner_texts(6000):
        for rx in OWNER_PATTERNS:
            plain = _matches(rx.finditer(t))
            assert _matches(_speaker_names._owner_matches(rx, t)) == plain, (rx.pattern[:40], t[:300])
            found += len(plain)
    assert found > 300  # the made-up strings do hold matches (else the comparison proves nothing)


@pytest.mark.skipif(not UNGD.exists() or not BROWN.exists(), reason="UN General Debate or Brown corpus not present")
def test_owner_matches_are_finditer_on_un_speeches_and_brown():
    found = 0
    for t in _corpus_texts((0, 6000, 60), (0, None, 3)):
        for rx in OWNER_PATTERNS:
            plain = _matches(rx.finditer(t))
            assert _matches(_speaker_names._owner_matches(rx, t)) == plain, rx.pattern[:40]
            found += len(plain)
    assert found > 100


def test_owner_before_gate_is_the_tail_search():
    """_owner_before_tail (the tail searched only near the places of lower-case nouns after white space whose word
    before can end an owner) answers what the plain search of _OWNER_BEFORE_TAIL answers."""
    texts = _seed_texts() + _made_up_owner_texts(6000)
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((0, 6000, 60), (0, None, 3))
    hits = 0
    for t in texts:
        plain = _speaker_names._OWNER_BEFORE_TAIL.search(t) is not None
        assert _speaker_names._owner_before_tail(t) == plain, t[:300]
        hits += plain
    assert 100 < hits < len(texts)  # both answers occur (else the comparison proves little)


@needs_corpora
def test_owner_places_keep_every_match_noun_and_drop_most_places():
    """Every match of _OWNER_ADJ and _OWNER_BEFORE starts its noun at a place _owner_places keeps (the condition
    the filtered search rests on, checked directly), and the filter does drop places on real text."""
    texts = _seed_texts() + _made_up_owner_texts(3000)
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((0, 6000, 60), (0, None, 3))
    nouns = _speaker_names._DOC_NOUNS
    tail = re.compile(_speaker_names._OWNER_BEFORE_TAIL.pattern.replace(f"(?:{nouns})", f"(?P<doc>{nouns})"))
    assert tail.pattern != _speaker_names._OWNER_BEFORE_TAIL.pattern  # the tail with its noun as a group
    n_all = n_kept = n_matches = 0
    for t in texts:
        if _speaker_names._doc_places(t) is None:
            continue
        for rx, kind in ((_speaker_names._OWNER_ADJ, "adj"), (_speaker_names._OWNER_BEFORE, "tail"), (tail, "tail")):
            kept = set(_speaker_names._owner_places(t, kind))
            for m in rx.finditer(t):
                assert m.start("doc") in kept, (kind, m.group(), t[:300])
                n_matches += 1
        n_all += len(_speaker_names._doc_places(t))
        n_kept += len(_speaker_names._owner_places(t, "adj"))
    assert n_matches > 300 and n_kept < n_all


def _table_state(table) -> dict:
    return {k: repr(v) for k, v in vars(table).items()}


def test_no_attribution_answers_without_the_table_and_changes_nothing():
    """What _Deferred answers without a table is what the table answers, and the table is left as it was."""
    for t in _seed_texts():
        table = _speakers._Speakers(t, [])
        before = _table_state(table)
        for pos in (0, len(t) // 2, len(t) - 1):
            assert table.resolve(None, pos, pos + 5) == _speakers._NO_SPEAKER
            assert list(table.resolve(None, pos, pos + 5)) == list(_speakers._NO_SPEAKER)  # same key order
        assert _table_state(table) == before
        deferred = q._Deferred(t, [])
        assert deferred.resolve(None, 0, 5) == _speakers._NO_SPEAKER and deferred._table is None


class _Eager(q._Deferred):
    """The table built at once, as before _Deferred."""

    def __init__(self, text, quote_spans) -> None:
        super().__init__(text, quote_spans)
        self._table = _speakers._Speakers(text, quote_spans)


def _eager_and_lazy(texts: list[str], monkeypatch) -> int:
    n_speakers = 0
    for t in texts:
        for kw in ({"reported": True, "paragraphs": paragraphs(t)}, {}):
            lazy = q.find_quote_spans(t, **kw)
            with monkeypatch.context() as m:
                m.setattr(q, "_Deferred", _Eager)
                eager = q.find_quote_spans(t, **kw)
            assert lazy == eager, t[:200]
            n_speakers += sum(d["speaker"] is not None for d in lazy)
    return n_speakers


_NO_NAME_TEXTS = [
    "It was “a long and winding road that never ends here”. Nobody knew.\n\nHe said that the plan “works”.",
    "“We will win this war, whatever it takes.”\n\nThe report by Acme Corp said so. “And again we will.”",
    "The Acme report was “a complete and utter failure of the whole system”. Acme’s statement followed.",
]


def test_deferred_table_gives_the_eager_answers_on_seeds_and_made_up_texts(monkeypatch):
    assert _eager_and_lazy(_seed_texts() + _NO_NAME_TEXTS, monkeypatch) > 30


@pytest.mark.skipif(not UNGD.exists() or not BROWN.exists(), reason="UN General Debate or Brown corpus not present")
def test_deferred_table_gives_the_eager_answers_on_un_speeches_and_brown(monkeypatch):
    assert _eager_and_lazy(_corpus_texts((7, 4000, 150), (1, None, 12)), monkeypatch) > 50


def _made_up_run_texts(n: int) -> list[str]:
    words = ["Mr.", "Mrs.", "Dr.", "St.", "Co.", "J.", "K.J.P.", "U.S.", "Ann", "Roe", "van", "de", "of", "for", "the",
             "Élodie", "Ørsted", "Þór", "Ñandú", "ñandú", "élan", "O’Brien", "d’Estaing", "Jr.", "Sr", ",", ".", "’", "'",
             "x", "Ǆemal", "İzmir", "Σωκράτης", "\n", "\t", "-", "Smith-Jones", "ACME", "_A"]
    rng = random.Random(9)
    return ["".join(rng.choice(words) + rng.choice([" ", "", "  ", "\t", "\n", ", "]) for _ in range(rng.randint(1, 16)))
            for _ in range(n)]


def test_run_pattern_with_its_capital_lookahead_is_the_plain_pattern():
    """_RUN_RE opens with a lookahead for the capital every name word starts with; without it, the same matches."""
    plain = re.compile(_speaker_names._RUN_RE.pattern.replace("(?=[A-ZÀ-ÖØ-Þ])", "", 1))
    assert plain.pattern != _speaker_names._RUN_RE.pattern
    found = 0
    for t in _seed_texts() + _made_up_run_texts(5000):
        expected = [(m.span(), m.span("run")) for m in plain.finditer(t)]
        assert [(m.span(), m.span("run")) for m in _speaker_names._RUN_RE.finditer(t)] == expected, t
        found += len(expected)
    assert found > 5000


@pytest.mark.skipif(not UNGD.exists() or not BROWN.exists(), reason="UN General Debate or Brown corpus not present")
def test_run_pattern_is_the_plain_pattern_on_un_speeches_and_brown():
    plain = re.compile(_speaker_names._RUN_RE.pattern.replace("(?=[A-ZÀ-ÖØ-Þ])", "", 1))
    for t in _corpus_texts((5, 6000, 60), (1, None, 3)):
        assert [m.span("run") for m in _speaker_names._RUN_RE.finditer(t)] == [m.span("run") for m in plain.finditer(t)]


def _table(text: str) -> tuple:
    t = _speakers._Speakers(text, [])
    return (sorted((k, e.name, e.role, e.org, e.kind, e.gender, e.rank) for k, e in t.persons.items()),
            sorted((k, e.name) for k, e in t.orgs.items()), [(p, e.name) for p, e in t.mentions], t.doc_owners)


def test_cached_run_heads_build_the_table_the_uncached_function_builds(monkeypatch):
    """_run_head is cached across runs and documents: the tables are those built with every head computed anew."""
    texts = _seed_texts() + _made_up_run_texts(300)
    _speakers._run_head.cache_clear()
    cached = [_table(t) for t in texts + texts]  # the second round reads every head from the cache
    with monkeypatch.context() as m:
        m.setattr(_speakers, "_run_head", _speakers._run_head.__wrapped__)
        plain = [_table(t) for t in texts + texts]
    assert cached == plain
    assert _speakers._run_head.cache_info().hits > 1000
    assert sum(len(t[0]) for t in plain) > 30  # persons found (else the comparison proves little)


def test_cached_homes_build_the_table_the_uncached_function_builds(monkeypatch):
    """_without_home is cached across documents (a pure function of the name): the tables are those built with every
    organisation's name worked out anew."""
    texts = _seed_texts() + _made_up_run_texts(300)
    _speakers._without_home.cache_clear()
    cached = [_table(t) for t in texts + texts]
    plain_fn = _speakers._without_home.__wrapped__

    def uncached(name: str) -> str:
        return plain_fn(name)

    uncached.__wrapped__ = plain_fn
    with monkeypatch.context() as m:
        m.setattr(_speakers, "_without_home", uncached)
        plain = [_table(t) for t in texts + texts]
    assert cached == plain
    assert _speakers._without_home.cache_info().hits > 100
    assert sum(len(t[1]) for t in plain) > 30  # organisations found (else the comparison proves little)


def test_word_before_a_run_changes_its_head_only_for_two_words_opening_with_a_role_given_name():
    """_Speakers._add_run looks up the word before a run only for two words whose first is in _ROLE_GIVEN: for
    every other run of the seeds, made-up strings and (where present) UN and Brown texts, _run_head gives with a
    lower-case role word before it what it gives with none; and the exception does occur ('partner Dean Guerin')."""
    texts = _seed_texts() + _made_up_run_texts(2000)
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((5, 3000, 100), (1, None, 20))
    run_head = _speakers._run_head.__wrapped__
    checked = 0
    for t in texts:
        for m in _speaker_names._RUN_RE.finditer(t):
            cleaned = _speakers._clean_run.__wrapped__(m.group("run"), False)
            if cleaned is None:
                continue
            words = cleaned[0]
            if len(words) == 2 and words[0].lower() in _speakers._ROLE_GIVEN:
                continue
            for prev in ("partner", "coach", "analyst"):
                assert run_head(words, prev) == run_head(words, ""), words
            checked += 1
    assert checked > 1000
    assert "dean" in _speakers._ROLE_GIVEN
    assert run_head(("Dean", "Guerin"), "partner") != run_head(("Dean", "Guerin"), "")


@needs_corpora
def test_dropped_words_are_runs_the_cleaning_drops():
    """The one-word runs the table skips (_DROPPED_WORDS) are single words that _clean_run turns into None whatever
    sent_start is; and they are a large share of the runs of real text (else skipping them would be pointless)."""
    for w in _speakers._DROPPED_WORDS:
        assert w.split() == [w], w
        assert _speakers._clean_run.__wrapped__(w, True) is None and _speakers._clean_run.__wrapped__(w, False) is None
    texts = _seed_texts()
    if UNGD.exists():
        texts += _corpus_texts((5, 3000, 100), (1, 0, 1))
    runs = [m.group("run") for t in texts for m in _speaker_names._RUN_RE.finditer(t)]
    assert sum(r in _speakers._DROPPED_WORDS for r in runs) > len(runs) // 5


def test_voice_codes_are_token_voices_values():
    """tokenize's integer voice columns (text._voice_codes) hold the values token_voices gives, token by token,
    and ids only for values some token keeps (nested quotations overwrite their parents' values)."""
    import numpy as np

    from discourse import text as tx

    texts = _seed_texts() + _NO_NAME_TEXTS + [
        "Ann Roe said that the plan, which she called “a ‘smart’ move”, was “safe”, and “he agreed,” Roe said.",
        "“Outer “inner” outer,” he said. The report called it “smart”. She said the city is “a ‘model’ city”."]
    checked = 0
    for t in texts:
        starts, ends, _ = tx.token_spans(t)
        spans = q.find_quote_spans(t, paragraphs=paragraphs(t), reported=True)
        v, qid, k, sp = q.token_voices(starts, ends, spans)
        ids = {c: tx._Ids() for c in ("voice", "quote_kind", "speaker")}
        ids["voice"]["author"]  # noqa: B018 - id 0, as in _token_arrays
        n = len(starts)
        voice, qid2 = np.zeros(n, dtype=np.int32), np.full(n, -1, dtype=np.int64)
        kind, speaker = np.full(n, -1, dtype=np.int32), np.full(n, -1, dtype=np.int32)
        tx._voice_codes(starts, ends, spans, ids, voice, qid2, kind, speaker)
        assert qid2.tolist() == qid.tolist()
        for codes, values, c in ((voice, v, "voice"), (kind, k, "quote_kind"), (speaker, sp, "speaker")):
            assert [ids[c].values[i] if i >= 0 else None for i in codes] == list(values), (t[:80], c)
            kept = {x for x in values if x is not None} | ({"author"} if c == "voice" else set())
            assert set(ids[c].values) == kept, (t[:80], c)
        checked += int((qid >= 0).sum())
    assert checked > 500  # tokens inside quotations or reported clauses were compared
