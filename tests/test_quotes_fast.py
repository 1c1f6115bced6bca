"""The fast paths of discourse.quotes give what the plain regexes they stand for give.

Each fast path (a string test instead of a regex, a quick necessary search before a slow pattern, matching
only at candidate places) is checked against its plain definition on the seeds, on synthetic strings built
to hit its edge cases (offsets shifted by lower-casing, letters that IGNORECASE folds, overlapping nouns) and,
for the one-line string test, on every short string over an alphabet of the characters that matter.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import itertools
import json
import random
import re
from pathlib import Path

import pytest

from discourse import _attribution, _quote_cues, _quote_marks, _reported, _speaker_names, _speakers
from discourse import quotes as q
from discourse.text import paragraphs

from .conftest import BROWN, UNGD, compiled_kernel, needs_corpora
from .test_kernel import _texts as _kernel_texts

SEEDS = Path(__file__).parents[1] / "seeds"
SPEAKER_KEYS = ("speaker", "speaker_as_written", "speaker_role", "speaker_org", "channel", "speaker_reason")


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_after_sentence_end_is_the_regex_it_replaces():
    plain = re.compile(r"(?:[.!?:;\"“”]|\n)\s*$|^\s*$")
    alphabet = "a .!:\n\t\"“”,\u2003\x0b\u0085"
    for n in range(5):
        for chars in itertools.product(alphabet, repeat=n):
            w = "".join(chars)
            assert _speakers._after_sentence_end(w) == bool(plain.search(w)), repr(w)


def test_role_before_is_the_regex_it_replaces():
    """_speakers._role_before: the group of _LOWER_ROLE.search where it is a role word, on every short string of
    an alphabet with a role word, other words, white space of several kinds, word and non-word characters."""
    def plain(w: str) -> str | None:
        m = _speakers._LOWER_ROLE.search(w)
        return m.group("r") if m is not None and m.group("r") in _speaker_names._ROLE_WORDS else None

    pieces = ["coach", "Coach", "co-ach", "x", "é", "_", "-", ".", "’", "1", " ", "\n", "\t", "\u2003", "\x0b"]
    for n in range(4):
        for parts in itertools.product(pieces, repeat=n):
            w = "".join(parts)
            assert _speakers._role_before(w) == plain(w), repr(w)
    for w in ["industry analyst ", "the state senator  \n", "ex-coach ", "analyst_x ", "analyst-x ", "analyst\u00a0"]:
        assert _speakers._role_before(w) == plain(w), repr(w)
    assert _speakers._role_before("said industry analyst ") == "analyst"  # the rule's own example


def _corpus_texts(un: tuple[int, int, int], brown: tuple[int, int | None, int]) -> list[str]:
    """Deterministic samples of texts: the UN speeches and Brown texts at ``itertools.islice`` positions.

    The files are decompressed once for the twenty samples here and in test_quotes_lazy (each reading took
    0.6-0.9 s): every Brown text, and the UN speeches on the grid the samples use (every 5th below 6,000); a
    sample off that grid is read from the file as before."""
    start, stop, step = un
    grid = _ungd_grid()
    if stop is not None and stop <= _UNGD_GRID_STOP and start % _UNGD_GRID_STEP == 0 and step % _UNGD_GRID_STEP == 0:
        texts = [grid[i] for i in range(start, stop, step)]
    else:
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in itertools.islice(fh, *un)]
    return texts + list(itertools.islice(_brown_texts(), *brown))


_UNGD_GRID_STEP, _UNGD_GRID_STOP = 5, 6000


@functools.lru_cache(maxsize=1)
def _ungd_grid() -> dict[int, str]:
    """UN speech i for every i on the grid (a multiple of 5 below 6,000; the file has more lines than that)."""
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        return {i: json.loads(line)["text"]
                for i, line in enumerate(itertools.islice(fh, _UNGD_GRID_STOP)) if i % _UNGD_GRID_STEP == 0}


@functools.lru_cache(maxsize=1)
def _brown_texts() -> tuple[str, ...]:
    with gzip.open(BROWN, "rt", encoding="utf-8") as fh:
        return tuple(json.loads(line)["text"] for line in fh)


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
        plain = _matches(_speaker_names._OWNER_AFTER.finditer(t))
        assert _matches(_speaker_names._owner_after_matches(t)) == plain, t
        found += len(plain)
    assert found > 300  # the synthetic strings do hold matches (else the comparison proves nothing)


def test_quick_tests_are_necessary_conditions():
    """A text where _OWNER_BEFORE matches holds _OWNER_BEFORE_TAIL; a sentence where _R_FWD matches holds
    _R_FWD_TAIL (so skipping the slow pattern where the quick one fails changes nothing)."""
    n_before = n_fwd = 0
    extra = ["Acme’s press release said", "Huawei's new report", "He said that the plan works.",
             "The minister told reporters on Monday that it was over."]
    for t in _seed_texts() + extra:
        for m in _speaker_names._OWNER_BEFORE.finditer(t):
            n_before += 1
            assert _speaker_names._OWNER_BEFORE_TAIL.search(t, m.start()) is not None
        for m in _reported._R_FWD.finditer(t):
            n_fwd += 1
            assert _reported._R_FWD_TAIL.search(t, m.start()) is not None
    assert n_before >= 2 and n_fwd >= 2


def test_sentence_boundary_with_the_mark_first_is_the_plain_pattern():
    plain = re.compile(rf"{_quote_cues._NOT_ABBREV}[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[A-Z]|$)")
    pieces = ["Mr.", "Mrs!", "St?", "A.", "x.", " ", "\n", "Hon…", "”", "’", ")", "He", "the", ".", "“", "B",
              "aMr.", "Msgr.", "Col?", "Gen."]
    rng = random.Random(3)
    texts = _seed_texts() + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 15)))
                             for _ in range(3000)]
    found = 0
    for t in texts:
        spans = [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in _quote_cues._SENT_BOUNDARY.finditer(t)] == spans, t
        found += len(spans)
    assert found > 1000


# made-up sentences where a kind hangs on whether a pronoun resolves (an interrupted quotation, a quotation run
# on after an attributed one, coordinated quotations) and reported clauses with pronoun subjects
_PRONOUN_TEXTS = [
    "“We will win,” he said, “and then we rest.”\n\nNobody knew.",
    "Ann Roe spoke first. “We will win,” she said, “and then we rest.” “Never again.”",
    "The firm was sold. “It is done,” it said. “Nothing more.” He said that the plan “works” and “scales”.",
    "Mr. Lee left. He told reporters that the city was safe, and she said the cameras were “smart”.",
    "“A long and winding road,” they said. “Another one.” According to him, the deal is off.",
]


def _full_and_spans_only(text: str, **kw) -> tuple[list[dict], list[dict]]:
    return q.find_quote_spans(text, **kw), q.find_quote_spans(text, speakers=False, **kw)


def _check_spans_only(texts: list[str]) -> int:
    """find_quote_spans(speakers=False) equals the full path with the speaker keys blanked, with and without
    reported clauses and with the default or the caller's paragraphs; returns the pronoun attributions seen."""
    n_pronouns = 0
    for t in texts:
        for kw in ({"reported": True, "paragraphs": paragraphs(t)}, {}):
            full, spans = _full_and_spans_only(t, **kw)
            assert spans == [{**d, **dict.fromkeys(SPEAKER_KEYS)} for d in full], t[:200]
            n_pronouns += sum((d["speaker_as_written"] or "").lower() in ("he", "she", "it", "they") for d in full)
    return n_pronouns


def test_spans_only_is_the_full_path_without_speakers_on_seeds_and_made_up_texts():
    assert _check_spans_only(_seed_texts() + _PRONOUN_TEXTS) >= 5


def test_spans_only_checks_its_argument():
    with pytest.raises(ValueError, match=r"speakers must be True \(the rules\), False or 'scored' \(the trained scorer\), got 'no'"):
        q.find_quote_spans("“A b c,” he said.", speakers="no")
    with pytest.raises(TypeError, match=r"speakers must be True \(the rules\), False or 'scored' \(the trained scorer\), got int"):
        q.find_quote_spans("“A b c,” he said.", speakers=1)


@pytest.mark.skipif(not UNGD.exists() or not BROWN.exists(), reason="UN General Debate or Brown corpus not present")
def test_spans_only_is_the_full_path_without_speakers_on_un_speeches_and_brown():
    # deterministic samples: every 100th of the first 4,000 UN speeches, every 10th Brown text
    texts = _corpus_texts((0, 4000, 100), (0, None, 10))
    assert _check_spans_only(texts) >= 50


def _reported_plain(text: str, paras) -> list[dict]:
    """The reported clauses with every sentence looked at (no places, every _R_FWD match tried, by finditer;
    _R_BACK searched in every sentence)."""
    places, may, fwd, back = (_reported._reported_places, _reported._fwd_candidates, _reported._fwd_matches,
                              _reported._back_may_match)
    _reported._reported_places = lambda t, units: [(i, i) for i in range(len(t) + 1)]
    _reported._fwd_candidates = lambda *args: True
    _reported._fwd_matches = lambda sent, gates: _reported._R_FWD.finditer(sent)
    _reported._back_may_match = lambda sent, gates: True
    try:
        return q.find_quote_spans(text, paragraphs=paras, reported=True, speakers=False)
    finally:
        (_reported._reported_places, _reported._fwd_candidates, _reported._fwd_matches,
         _reported._back_may_match) = places, may, fwd, back


# the subject-free tests of _R_FWD as searches over the whole sentence (what _reported._fwd_candidates makes at the
# places only): a cue word after white space, its continuation, no 'that'-verb without 'that', no first person
_R_CUE_WORD = re.compile(r"(?<=\s)(?:" + "|".join(_reported._RCUE_WORDS) + r")(?![\w’'\-])")


def _fwd_may_report_plain(sent: str) -> bool:
    if _reported._R_FWD_TAIL.search(sent) is None:
        return False
    for cm in _R_CUE_WORD.finditer(sent):
        m = _reported._R_FWD_CONT.match(sent, cm.start())
        if m is None:
            continue
        if m.group("cue").split()[0].lower() in q.THAT_REPORTING_VERBS and not m.group("that") \
                and not m.group("cue").endswith("that"):
            continue  # (a cue of the hearer form, "tells the council that", holds its "that")
        if q.first_person_subject(_quote_cues._ALPHA.findall(sent[:cm.start()].lower()),
                                  m.group("cue").split()[0] if m.group("that") else ""):
            continue
        return True
    return False


def test_fwd_candidates_at_the_places_are_the_sentence_searches():
    """_fwd_candidates (the tests made at _reported_places' places in the sentence) equals the searches over
    the sentence, for every span that _reported can look at: sentences of the texts, also cut anywhere
    (a cut inside or right after a verb, as at _R_MAX), on seeds, made-up text and UN/Brown samples."""
    texts = _seed_texts() + _gate_texts() + _PRONOUN_TEXTS
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((10, 4000, 100), (3, None, 20))
    rng = random.Random(23)
    n_true = n = 0
    for t in texts:
        units = _quote_marks._units(t, paragraphs(t))
        gates = _reported._reported_places(t, units)
        for sm in re.finditer(r"[^.!?…]+(?:[.!?…]+[\"”’')\]]*)?", t):
            ss, se = sm.span()
            for send in {se, min(se, ss + _reported._R_MAX), rng.randint(ss, se)}:
                k = bisect.bisect_left(gates, (ss, -1))
                want = _fwd_may_report_plain(t[ss:send])
                assert _reported._fwd_candidates(t, ss, send, gates, k) == want, (t[ss:send], send)
                n += 1
                n_true += want
    assert n > 5000 and n_true > 300


def test_fwd_tail_at_white_space_is_the_continuation_after_it():
    """_fwd_candidates makes one match per place, _R_FWD_CONT at the character after the white space, for both of
    its tests: _R_FWD_TAIL (white space, then _R_FWD_CONT's pattern without its groups) matches at a white-space
    character exactly where _R_FWD_CONT matches right after it, with any end, on made-up text with reporting
    verbs, 'that', time phrases and cut words (a pattern changed on one side only fails here)."""
    rng = random.Random(31)
    texts = _gate_texts() + ["He told the committee on Monday that it was over.", "They tell reporters that x",
                             "Ann Roe said yesterday in Geneva that the plan works", "said\u2003that so", "said"]
    n = n_true = 0
    for t in texts:
        for g, ch in enumerate(t):
            if not ch.isspace():
                continue
            for end in {len(t), rng.randint(g, len(t))}:
                tail = _reported._R_FWD_TAIL.match(t, g, end) is not None
                assert tail == (_reported._R_FWD_CONT.match(t, g + 1, end) is not None), (t, g, end)
                n += 1
                n_true += tail
    assert n > 20000 and n_true > 500


def test_fwd_matches_are_the_finditer_matches():
    """_fwd_matches (_R_FWD tried only at the starts before a cue that no bar character separates from it) gives
    the matches of _R_FWD.finditer, spans and groups, on the sentences with a reporting verb of the seeds, of
    UN and Brown samples and of made-up text with appositions, 'Jr' commas, brackets and quotation marks."""
    pieces = ["said", "says", "told", "told reporters", "that", "added", "Ann Roe", "Mr. Lee", "John Smith, Jr.",
              ", Jr", ",", ", the mayor of Acme,", "the minister", "officials", "he", "We", "I", "also", "has",
              "once said", "(", ")", ";", "“", "”", '"', "’s", "'", ".", "U.S.", "police spokesman Tom Hill", "of",
              "the", "for the family", "on Monday", " ", "\n", "Sr", "X", "lawyers", "according to", "é", "_x"]
    rng = random.Random(29)
    sents = [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 25))) for _ in range(6000)]
    texts = _seed_texts() + _gate_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((20, 4000, 80), (1, None, 12))
    for t in texts:
        sents += [m.group() for m in _reported._SENTENCE_PIECE.finditer(t) if _reported._R_GATE.search(m.group())]
    n = 0
    for sent in sents:
        want = _matches(_reported._R_FWD.finditer(sent))
        assert _matches(_reported._fwd_matches(sent, _reported._gate_spans(sent, 0, len(sent)))) == want, sent
        n += len(want)
    assert n > 3000


def test_the_word_lists_of_the_noun_phrase_starts_are_the_patterns_words():
    """The words _quote_cues._np_may_start and _np_reaches read are those of the patterns: the lower-case words
    _PRON, _DET and _QUALIFIER match whole (of every string of up to three letters a-z and every word of the seeds), the
    tokens of _ADV's words (of its alternatives, 'once said' split), _PARTICLE's words."""
    c = _quote_cues
    words = {"".join(p) for n in range(1, 4) for p in itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=n)}
    for t in _seed_texts():
        words.update(re.findall(r"[a-z]+", t))
    for rx, listed in ((c._PRON, c._PRON_LOWER), (c._DET, c._DET_LOWER)):
        assert {w for w in words if re.fullmatch(rx, w)} == set(listed), rx
        assert all(re.fullmatch(rx, w) and (w == "i" or re.fullmatch(rx, w.capitalize())) for w in listed)
    # (round 13: and the qualifiers of an office that open _QUALIFIED_NAME and _ROLE_NAME, 'former', 'state')
    assert {w for w in words | set(c._QUALIFIER_WORDS) if re.fullmatch(c._QUALIFIER, w)} == set(c._QUALIFIER_WORDS)
    assert c._NP_OPENERS == c._DET_LOWER + c._QUALIFIER_WORDS
    assert all(re.fullmatch(c._DET, w) or re.fullmatch(c._QUALIFIER, w.lower()) for w in c._DET_ANY_CASE)
    adv = c._ADV[3:-1].split("|")
    assert all(re.fullmatch(c._ADV, w.replace(r"\s+", " ")) for w in adv)
    assert {tok for w in adv for tok in w.split(r"\s+")} == set(c._ADV_TOKENS)
    assert c._PARTICLES < c._NP_FREE_SET == set(c._NP_FREE_TOKENS)


@pytest.mark.parametrize("compiled", [True, False])
def test_noun_phrase_starts_pass_over_no_match(compiled, monkeypatch, tmp_path):
    """The starts _quote_cues._np_starts leaves out (_np_may_start, and _np_reaches for _R_FWD and _B_SENTENCE)
    hold no match: _np_matches gives finditer's matches on made-up sentences built to sit at the edges of the
    rules (a role word as the first, third and fourth token, plurals in -ss and -s, words of names, four adverbs,
    'once said', ten-token determiner phrases, appositions, 'Jr' commas), in C and in the pure-Python path."""
    if not compiled:
        monkeypatch.setattr(_quote_cues, "KERNEL", None)
    elif _quote_cues.KERNEL is None:  # the checkout without its built kernel (as CI runs): compile it here
        mod = compiled_kernel("_kernel_quotes", tmp_path)
        mod.set_np_words(_quote_cues._PRON_LOWER, _quote_cues._NP_OPENERS, _quote_cues._ROLE_NOUN_WORDS,
                         _quote_cues._ADV_TOKENS, _quote_cues._NP_FREE_TOKENS)
        for ws in _quote_cues._WordSet.every:
            mod.set_lower_words(ws.slot, sorted(ws.words))
        monkeypatch.setattr(_quote_cues, "KERNEL", mod)
    pieces = ["the", "The", "a", "its", "Its", "that", "he", "it", "you", "spokesman", "former", "state", "chief",
              "CEO", "co-founder", "Ann", "Roe", "Mr.", "U.S.", "de", "van", "of", "at", "from", "for", "officials",
              "lawyers", "class", "buses", "news", "also", "once", "said", "has", "later", "further", "policy",
              "in", "this", "hall", "many", "members", "to", "and", "which", "’s", ",", ", Jr", "Jr.", ", Sr", "Snr",
              ", a director at Acme,", ", who", "é", "1990s", "-"]
    rng = random.Random(83)
    sents = []
    for _ in range(4000):
        head = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        sents.append(f"{head} {rng.choice(['said', 'says', 'told', 'argued', 'said that', 'stated that'])} "
                     f"{rng.choice(['the plan works.', 'that it works', 'x'])}")
    n = 0
    for sent in sents:
        want = _matches(_reported._R_FWD.finditer(sent))
        assert _matches(_reported._fwd_matches(sent, _reported._gate_spans(sent, 0, len(sent)))) == want, sent
        want_b = _matches(_quote_cues._B_SENTENCE.finditer(sent))
        got_b = _quote_cues._np_matches(_quote_cues._B_SENTENCE, sent, _quote_cues._cue_anchors(sent), reach=True)
        assert _matches(got_b) == want_b, sent
        n += len(want) + len(want_b)
    assert n > 2000
    # (round 20: the speech-act pattern, tried through _np_matches with the first words of its verbs as anchors)
    from discourse import _attribution
    rx, first = _attribution._B_SPEECH_ACT, _attribution._SPEECH_ACT_FIRST
    n = 0
    for k, head in enumerate(s.rsplit(" ", 1)[0] for s in sents):
        sent = f"{head} {['accused', 'called on', 'called for', 'blamed', 'thanks', 'appealed'][k % 6]} the board to "
        want = _matches(rx.finditer(sent))
        assert _matches(_quote_cues._np_matches(rx, sent, _quote_cues._cue_anchors(sent, first), reach=True)) == want, sent
        n += len(want)
    assert n > 1000


def test_back_may_match_wherever_the_final_reporting_clause_matches():
    """_back_may_match is a necessary condition of _R_BACK.search: True wherever the pattern matches, on made-up
    final clauses at the limits of the pattern ('told' and 30 characters, the longest time phrases, white space
    of any length, commas before and after) and on the sentences with a verb of seeds, UN and Brown samples."""
    rng = random.Random(31)
    heads = ["The plan works", "It is safe, we think", "Yes", "The plan, Ann Roe said, works", "x" * 700]
    subjects = ["Ann Roe", "he", "the minister", "officials", "John Smith, Jr.", "police spokesman Tom Hill"]
    cues = ["said", "says", "told", "told reporters at the meeting", "told " + "w" * 28 + " x", "added", "warned",
            "told them", "argued"]
    times = ["", " on Wednesday", " yesterday " + "y" * 28, " on Wednesday" + " " * 50 + "z" * 29, " in New York",
             " last week in the capital city of X", ", on Monday"]
    ends = ["", ".", " .", "!", "?  \n", " " * 200, ". ", ", and left.", " it"]
    sents = []
    for _ in range(6000):
        sents.append(f"{rng.choice(heads)},{rng.choice([' ', '  ', chr(10)])}{rng.choice(subjects)}"
                     f"{rng.choice(['', ' also', ' has', ' then later'])} {rng.choice(cues)}"
                     f"{rng.choice(times)}{rng.choice(ends)}")
    texts = _seed_texts() + _gate_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((20, 4000, 80), (1, None, 12))
    for t in texts:
        sents += [m.group() for m in _reported._SENTENCE_PIECE.finditer(t)]
    n = 0
    for sent in sents:
        if _reported._R_BACK.search(sent):
            assert _reported._back_may_match(sent, _reported._gate_spans(sent, 0, len(sent))), sent
            n += 1
    assert n > 2000
    for sent in ("The plan works, he said, and it is safe.", "He said the plan works",  # a comma after, none before
                 "The plan works, he said that it is safe and works well for all of us here and everywhere else "
                 "in the world today and tomorrow and always as it has worked before in other places too."):  # 100+ after
        assert not _reported._back_may_match(sent, _reported._gate_spans(sent, 0, len(sent)))
    assert _reported._back_may_match("The plan works, he said.", [(18, 23)])


def _gate_texts() -> list[str]:
    rng = random.Random(11)
    pieces = ["said", "says", "told", "added", "believe", "that", "We", "we", "I", "the", "minister", "Ann Roe",
              "according to", "According to", "’", "'", ",", ".", " ", "  ", "\n", "\n\n", "addressed", "states",
              "report", "reports", "on Monday", "he", "the plan", "is", "safe", "“", "”", "x" * 30, "told reporters",
              "stressed", "-", "said-", "saidé"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(3, 60))) for _ in range(1500)]
    long = "The minister, " + "who came from far away and " * 25 + "said that the plan works."
    texts += [long, long.replace("said", "X said"), "word " * 119 + "Ann Roe said that it is safe, he said",
              "He left.’According to Ann Roe, the plan is over.", "The plan is over, Ann Roe said"]
    # a sentence cut at _R_MAX characters right after 'add' of 'address': the cut sentence ends in a verb
    head = " The plan is safe and works well for all of us here"
    head += " very" * ((_reported._R_MAX - len(head) - len(", Ann Roe add")) // 5)
    head += " " * (_reported._R_MAX - len(head) - len(", Ann Roe add"))
    texts.append("Ann Roe said so." + head + ", Ann Roe address them all.")
    return texts


def _cut_after(text: str, word: str) -> list[tuple[int, int]]:
    """Two paragraphs, the first ending right after ``word`` (inside a longer word)."""
    k = text.index(word) + len(word)
    return [(0, k), (k, len(text))]


def test_reported_places_and_subject_free_tests_change_nothing_on_made_up_text():
    n = 0
    for t in _seed_texts() + _gate_texts():
        for paras in (None, [(0, len(t) // 2), (len(t) // 2, len(t))], [(0, 7), (9, len(t))]):
            plain = _reported_plain(t, paras)
            assert q.find_quote_spans(t, paragraphs=paras, reported=True, speakers=False) == plain, (t, paras)
            n += sum(d["kind"] == "reported" for d in plain)
    assert n > 300  # the made-up texts do hold reported clauses
    # the edge cases: a sentence cut at _R_MAX in a word, a paragraph that ends inside a word
    cut = _gate_texts()[-1]
    assert [d["kind"] for d in _reported_plain(cut, None)] == ["reported"]
    assert q.find_quote_spans(cut, reported=True, speakers=False) == _reported_plain(cut, None)
    for t, w in (("The plan is over, Ann Roe saidx more.", "said"), ("He left. Ann Roe says that it is safe, "
                                                                   "the plan is over, Ann Roe addedx.", "added")):
        paras = _cut_after(t, w)
        assert any(d["kind"] == "reported" for d in _reported_plain(t, paras))
        assert q.find_quote_spans(t, paragraphs=paras, reported=True, speakers=False) == _reported_plain(t, paras)


@pytest.mark.skipif(not UNGD.exists() or not BROWN.exists(), reason="UN General Debate or Brown corpus not present")
def test_reported_places_and_subject_free_tests_change_nothing_on_un_speeches_and_brown():
    texts = _corpus_texts((50, 4000, 200), (5, None, 25))
    n = 0
    for t in texts:
        plain = _reported_plain(t, paragraphs(t))
        assert q.find_quote_spans(t, paragraphs=paragraphs(t), reported=True, speakers=False) == plain
        n += sum(d["kind"] == "reported" for d in plain)
    assert n > 50


def _windows(texts: list[str]) -> list[str]:
    """The 160 characters before every quotation mark, comma and colon of the texts (as _attr_before sees)."""
    out = []
    for t in texts:
        for m in re.finditer(r"[,:“\"‘]", t):
            out += [t[max(0, m.start() - 160):m.start()], t[max(0, m.start() - 160):m.end()],
                    t[max(0, m.start() - 160):m.end()] + " \n"]
    return out


def test_attr_before_needs_are_necessary_conditions():
    rng = random.Random(5)
    pieces = ["Ann Roe", "he", "said", "says", "told", "tells", "reporters", "described", "characterised", "the plan",
              "as", "who", "whose", "later", "on Monday", "yesterday", "that", "in a statement", ",", ":", " ", "\n",
              "Mr. Lee", "of Acme", "spokesman", "added", "pointed  out", "asked", "explained", "noted", "it"]
    made_up = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    names, descs = ["Ann Roe", "Mr. Lee", "Acme", "the mayor", "he"], ["the director of Acme", "a spokesman", "65"]
    cues = ["said", "declared", "added", "says", "told reporters", "pointed out", "noted", "said journalists",
            "told journalists"]
    for _ in range(1000):  # apposition and 'who' clauses
        name, desc, cue = rng.choice(names), rng.choice(descs), rng.choice(cues)
        made_up += [f"{name}, {desc}, {cue}{rng.choice(['', ',', ':', ' that'])}{rng.choice(['', ' ', chr(10)])}",
                    f"{name}, who {rng.choice(['', 'later '])}{cue}{rng.choice(['', ':', ','])} ",
                    f"{name}, whose {desc} {rng.choice(['failed', 'won'])}, {cue}{rng.choice([':', ''])}"]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((30, 3000, 1000), (0, None, 100))
    # _b_search looks the conditions up by the pattern's id (hashing a compiled pattern hashes its whole code)
    assert _attribution._B_NEEDS_BY_ID == {id(rx): need for rx, need in _attribution._B_NEEDS.items()}
    # counted by position in the list, not in a dict keyed by the patterns: two hashes of a pattern per
    # comparison (50 µs each) were a third of the test's time
    needs = list(_attribution._B_NEEDS)
    found = [0] * len(needs)
    for w in made_up + _windows(texts):
        for i, rx in enumerate(needs):
            plain = rx.search(w)
            fast = _attribution._b_search(rx, w)
            assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), (rx, w)
            found[i] += plain is not None
    # every pattern matched (else the check proves little)
    assert all(n >= 3 for n in found), {rx.pattern[:60]: n for rx, n in zip(needs, found, strict=True)}


def _np_cases() -> list[tuple[re.Pattern, object, bool]]:
    """(pattern, its anchors, apposition allowed) for every pattern searched through _quote_cues._np_matches."""
    from discourse import _quote_sieve

    return [(_quote_cues._B_SENTENCE, _quote_cues._cue_anchors, False),
            (_quote_cues._B_SENTENCE_APPOS,
             lambda w: _quote_cues._comma_anchors(w, _quote_cues._cue_anchors(w)), False),
            (_quote_sieve._SIEVE_SUBJ, lambda w: _quote_cues._cue_anchors(w, _quote_sieve._SIEVE_WORDS), True),
            (_speakers._B_ISSUED, lambda w: _quote_cues._cue_anchors(w, _speakers._ISSUED_WORDS), False),
            *((rx, anchors, False) for rx, anchors in
              ((rx, _attribution._B_ANCHORS_BY_ID[id(rx)]) for rx in _np_patterns()))]


def _np_patterns() -> list[re.Pattern]:
    return [rx for rx in (_quote_cues._B_SPK_CUE, _quote_cues._B_SPK_CUE_PP, _quote_cues._B_TOLD,
                          _quote_cues._B_DESCRIBED, _quote_cues._B_WHO_CUE, _quote_cues._B_WHO, _quote_cues._B_APPOS)
            if id(rx) in _attribution._B_ANCHORS_BY_ID]


def test_np_matches_are_the_finditer_matches():
    """_quote_cues._np_matches (a pattern that opens with a noun phrase tried only at the starts after the last bar
    character before one of its anchors: the white space before its cue word, the comma before 'who', the commas
    before appositions) gives finditer's matches, spans and groups, for every pattern searched that way; and
    _b_search / _issued give the plain search. On the windows before quotation marks, commas and colons of the
    seeds, UN speeches and Brown texts (the 160 and 400 characters that _attr_before, _attr_sentence and the sieve
    read) and on made-up strings with appositions, 'Jr' commas, 'who' clauses, brackets, marks and every verb
    form the sieve's subject frame reads."""
    from discourse import _quote_sieve

    assert len(_np_patterns()) == 7  # every noun-phrase pattern of _attr_before goes through the anchors
    sieve_verbs = sorted(_quote_sieve._SIEVE_WORDS - _quote_cues._CUE_FIRST)
    pieces = ["said", "says", "told", "tells", "told reporters", "that", "added", "Ann Roe", "Mr. Lee", "John Smith, Jr.",
              ", Jr", ",", ", the mayor of Acme,", "the minister", "officials", "he", "We", "I", "also", "has", "who",
              "whose", "once said", "(", ")", ";", "“", "”", '"', "’s", "'", ".", "U.S.", "police spokesman Tom Hill",
              "of", "the", "for the family", "on Monday", " ", "\n", "Sr", "X", "lawyers", "according to", "é", "_x",
              "described", "characterized", "as", "in a statement", ":", "issued", "the following", "statement",
              "put it", "pointed  out", "later", "in 1961", "last week", "Acme's", "his report", "declaredx", "2",
              # round 17: names with '&', 'and' and hyphenated particles, a body of four words after 'for the'
              "Ahmed al-Rubaie", "police spokesman Ahmed al-Rubaie", "al-Sadr", "&", "Marlowe & Finch",
              "the Food and Drug Administration", "for the German Federal Foreign Office", "and"]
    rng = random.Random(31)
    made_up = [" ".join(rng.choice(pieces + [rng.choice(sieve_verbs)]) for _ in range(rng.randint(1, 22)))
               for _ in range(3000)]
    names, verbs = ["Ann Roe", "The ministry", "Acme, Jr", "he", "the police"], ["issued", "has issued", "released"]
    made_up += [f"{rng.choice(names)} {rng.choice(verbs)} {rng.choice(['the following', 'this', 'a'])} "
                f"{rng.choice(['statement', 'press release', 'report'])}{rng.choice(['', ' on Monday'])}:"
                for _ in range(300)]
    descs = ["the director of Acme", "a spokesman", "65", "(retired); of Acme", "Jr."]
    for _ in range(400):  # the endings the end-anchored patterns need
        name, desc, adv = rng.choice(names + ["Mr. Lee (D)", "officials", "A mother of two Westbrook students",
                                              "the father of one of the victims"]), rng.choice(descs), rng.choice(["", " also"])
        cue = rng.choice(["said", "declared", "says", "pointed out", "told reporters", "told the court on Monday"])
        made_up += [f"{name}{adv} {cue}{rng.choice(['', ',', ':', ' that', ' on Monday:', ' in a statement:'])}",
                    f"{name} {rng.choice(['described', 'characterised'])} the plan as",
                    f"{name}, who {rng.choice(['', 'later '])}{cue}{rng.choice(['', ':', ','])} ",
                    f"{name}, whose {desc} failed, {cue}{rng.choice([':', ''])}",
                    f"{name}, {desc}, {rng.choice(['', 'of Acme, '])}{cue}{rng.choice(['', ':', ' reporters,'])}"]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((40, 4000, 300), (2, None, 40))
    windows = made_up + _windows(texts)
    for t in texts:
        windows += [t[max(0, m.start() - 400):m.start()] for m in re.finditer(r"[“\"‘]", t)]
    cases, patterns = _np_cases(), _np_patterns()
    # the plain search of a pattern is the first match of its finditer (both scan from position 0 and return the
    # leftmost match, with the same span and groups): taken from the finditer matches computed for _np_matches,
    # which every pattern compared with _b_search or _issued is among, instead of searching each window again
    # (that second search was a third of the test's time)
    assert {id(rx) for rx in patterns} | {id(_speakers._B_ISSUED)} <= {id(rx) for rx, _, _ in cases}
    n = dict.fromkeys(range(len(cases)), 0)
    for w in windows:
        bars = [m.start() for m in _quote_cues._NP_BAR.finditer(w)]  # _last_bar (searched up to the anchor only)
        for a in _quote_cues._cue_anchors(w, _quote_sieve._SIEVE_WORDS) + [k for k, ch in enumerate(w) if ch == ","]:
            assert _quote_cues._last_bar(w, a) == max((b for b in bars if b < a), default=-1), (w, a)
        first = {}  # id(pattern) -> (span, groups) of its plain search, None where it does not match
        for i, (rx, anchors, appos) in enumerate(cases):
            want = _matches(rx.finditer(w))
            assert _matches(_quote_cues._np_matches(rx, w, anchors(w), appos=appos)) == want, (rx.pattern[:60], w)
            n[i] += len(want)
            first[id(rx)] = want[0] if want else None
        for rx in patterns:
            fast = _attribution._b_search(rx, w)
            need = _attribution._B_NEEDS_BY_ID.get(id(rx))
            if need is None or need(w):
                assert (fast and (fast.span(), fast.groupdict())) == first[id(rx)]
        fast = _speakers._issued(w)
        assert (fast and (fast.span(), fast.groupdict())) == first[id(_speakers._B_ISSUED)], w
    assert all(v >= 20 for v in n.values()), str(n)  # every pattern matched (else the comparison proves little)


def test_cue_near_and_cue_before_name_as_tries_answer_as_the_word_lists():
    """_CUE_NEAR and _CUE_BEFORE_NAME (asked only whether they match) built with tries of their verbs and adverbs
    answer as the same patterns with the plain word lists, _cue_before_name (searched from nine characters before
    the end) as the search, and _role_comma as _ROLE_COMMA.search, on the 130 characters after and 40 before every name
    run of seeds, UN and Brown samples, and on made-up strings of cues, adverbs, glued words, appositions and roles before a comma."""
    plain_near = re.compile(rf"^\s*(?:,[^,]{{1,110}},\s*)?(?:\s*{_quote_cues._ADV})*\s*(?:{_speaker_names._CUE_VERBAL})\b")
    plain_before = re.compile(r"\b(?:said|says|added|adds|explained|explains|noted|wrote|writes|replied|continued|"
                              r"declared|stated|argued|insisted|recalled|commented|asked|according\s+to)\s*$")
    pieces = ["said", "says", "also", "once said", "once", "pointed  out", "points", "out", "according", "to", ",",
              ", the mayor of Acme,", "x", "saidx", "thensaid", "previously", "noted", "wrote", " ", "\n", "\u2003",
              "Ann", "é", "_", "declared", "asked", "has", "commented", "acknowledged", "quipped", "."]
    rng = random.Random(37)
    strings = ["".join(rng.choice(pieces + [" "] * 4) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((50, 4000, 200), (4, None, 25))
    for t in texts:
        for m in _speaker_names._RUN_RE.finditer(t):
            strings += [t[m.end():m.end() + 130], t[max(0, m.start() - 40):m.start()]]
    n_near = n_before = n_role = 0
    for t in texts:
        for m in _speaker_names._RUN_RE.finditer(t):
            strings.append(t[max(0, m.start() - 80):m.start()])  # what _run_roles reads for a comma role
    strings += [f"{a}{b}{c}" for a in ("", "The ", "x. ", "its ") for b in ("Acme’s CTO", "chief", "U.S. envoy")
                for c in (",", ", ", ",\n", ",\u2003", " , ", ",  \n ")]
    for w in strings:
        near = _speaker_names._CUE_NEAR.match(w) is not None
        assert near == (plain_near.match(w) is not None), w
        before = _speaker_names._CUE_BEFORE_NAME.search(w) is not None
        assert before == (plain_before.search(w) is not None), w
        assert _speaker_names._cue_before_name(w) == before, w
        plain = _speaker_names._ROLE_COMMA.search(w)
        fast = _speakers._role_comma(w)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), w
        n_role += plain is not None
        n_near += near
        n_before += before
    assert n_near > 500 and n_before > 500 and n_role > 100, (n_near, n_before, n_role)


@needs_corpora
def test_sieve_gates_are_necessary_conditions():
    """Wherever _SIEVE_POSS matches, its window holds an apostrophe (’ or '), and wherever _SIEVE_BY matches,
    _SIEVE_BY_GATE (white space, 'by', white space) matches: so _sieve, which searches them only where these
    hold, finds what the searches find. On the 400 characters before every quotation mark, comma and colon of
    seeds, UN and Brown samples (what _sieve reads) and on made-up strings of names, possessives, nouns and
    verbs of saying and 'by' next to every kind of white space."""
    from discourse import _quote_sieve

    pieces = ["Mr. Lee", "Ann Roe", "’s", "'s", "'", "’", "statement", "words", "own", "claim", "hailed", "by",
              "denounced", "criticized", "said", " ", "\n", "\u2003", "\t", "Dr. Juan Bosch", ",", "as", "x", "bye",
              "by-", "the plan", "was"]
    rng = random.Random(53)
    strings = ["".join(rng.choice(pieces + [" "] * 6) for _ in range(rng.randint(1, 16))) for _ in range(20000)]
    strings += [f"it was {verb}{a}by{b}{name}{end}" for verb in ("hailed", "denounced", "said", "criticized")
                for a in (" ", "\n", "\u2003", "\t ", "") for b in (" ", "\n", "  ", "")
                for name in ("Dr. Juan Bosch", "a leader, Ann Roe", "x") for end in ("", ",", " as")]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((10, 4000, 100), (2, None, 20))
    for t in texts:
        strings += [t[max(0, m.start() - 400):m.start()] for m in re.finditer(r"[,:“\"‘]", t)]
    n_poss = n_by = 0
    for w in strings:
        if _quote_sieve._SIEVE_POSS.search(w) is not None:
            n_poss += 1
            assert "’" in w or "'" in w, w
        if _quote_sieve._SIEVE_BY.search(w) is not None:
            n_by += 1
            assert _quote_sieve._SIEVE_BY_GATE.search(w) is not None, w
    assert n_poss > 100 and n_by > 100, (n_poss, n_by)  # both patterns matched (else the test proves little)


@needs_corpora
def test_clause_before_is_the_window_after_the_last_finditer_boundary():
    """_after_last_boundary, the window of _clause_before (the last sentence boundary found by one backward search,
    _LAST_SENT_BOUNDARY; round 27 widens the window where its cut falls inside a name, tested in test_speakers), gives the
    window after finditer's last _SENT_BOUNDARY match: on the 160 and 400 characters before every quotation mark,
    comma and colon of seeds, UN and Brown samples and on made-up strings of abbreviations, initials, marks,
    closing marks and white space (boundaries next to each other, at the end, none)."""
    def plain(text: str, lo: int, hi: int, width: int) -> str:
        window = text[max(lo, hi - width):hi]
        cut = 0
        for m in _quote_cues._SENT_BOUNDARY.finditer(window):
            cut = m.end()
        return window[cut:]

    pieces = ["Mr.", "Mrs!", "St?", "A.", "x.", " ", "\n", "Hon…", "”", "’", ")", "He", "the", ".", "“", "B", "aMr.",
              "Msgr.", "Col?", "Gen.", "U.S.", "...", "?!", "  ", "\u2003", "(", "'", "é."]
    rng = random.Random(59)
    strings = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(20000)]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((10, 4000, 100), (2, None, 20))
    n_cut = 0
    for t in strings:
        for lo, hi, width in ((0, len(t), 160), (1, len(t), 5), (0, max(0, len(t) - 3), 400)):
            want = plain(t, lo, hi, width)
            assert _attribution._after_last_boundary(t, lo, hi, width) == want, (t, lo, hi, width)
            n_cut += len(want) < len(t[max(lo, hi - width):hi])
    for t in texts:
        for m in re.finditer(r"[,:“\"‘”]", t):
            for width in (160, 400):
                want = plain(t, 0, m.start(), width)
                assert _attribution._after_last_boundary(t, 0, m.start(), width) == want, t[max(0, m.start() - width):m.start()]
                n_cut += len(want) < len(t[max(0, m.start() - width):m.start()])
    assert n_cut > 10_000  # windows that do hold a boundary (else the comparison proves little)


@needs_corpora
def test_word_set_patterns_answer_as_the_word_sets():
    """_has_cue, the reported-speech cue test and the sieve's first look (a word of _CUE_FIRST, _RCUE_FIRST or
    _SIEVE_WORDS as a whole run of a-z letters, one search of _quote_cues._words_rx's pattern) answer as the set
    test on findall's words that they replace: on the 160 characters before every quotation mark, comma and colon
    of seeds, UN and Brown samples and on made-up strings of the words whole, cut, glued to letters, digits,
    capitals, apostrophes, hyphens and characters whose lower case is an ASCII letter (K, the Kelvin sign)."""
    from discourse import _quote_sieve

    word_sets = [_quote_cues._CUE_FIRST_SET, _reported._RCUE_FIRST_SET, _quote_sieve._SIEVE_WORDS_SET]
    # each set's words and its pattern (the pure-Python path of found: _words_rx of its words)
    sets = [(ws.words, ws.rx) for ws in word_sets]
    assert [ws.words for ws in word_sets] == [_quote_cues._CUE_FIRST, _reported._RCUE_FIRST, _quote_sieve._SIEVE_WORDS]
    words = sorted(set().union(*(w for w, _ in sets)))
    rng = random.Random(67)
    pieces = words + [w[:-1] for w in words[::3]] + [w[1:] for w in words[::3]] + list(" x1_-’'.,\u212aKİé\n") + ["ed"]
    strings = ["".join(rng.choice(pieces + [" "] * 8) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((20, 4000, 200), (3, None, 25))
    strings += _windows(texts)
    hits = [0] * len(sets)
    for s in strings:
        low = s.lower()
        found = _quote_cues._ALPHA.findall(low)
        for i, (ws, rx) in enumerate(sets):
            want = not ws.isdisjoint(found)
            assert (rx.search(low) is not None) == want, (s, i)
            assert word_sets[i].found(s) == want, (s, i)  # (in C where the kernel is built)
            hits[i] += want
        assert _quote_cues._has_cue(s) == (not _quote_cues._CUE_FIRST.isdisjoint(found)), s
    assert min(hits) > 2000, hits  # each set was found often (else the comparison proves little)
    with pytest.raises(ValueError, match="letters a-z"):
        _quote_cues._words_rx(["said", "Said"])


def test_first_person_before_reads_the_words_at_the_end():
    """_reported._first_person_before (the words of a window at the end, widened until three words are left after
    the modal and catenative words) answers as first_person_subject over all the words before: on every prefix
    ending at white space of the sentences of seeds, UN and Brown samples, and on made-up strings with long runs
    of modal words ('would like to also ...'), 'let us', first-person words far back and near, cut words and
    characters whose lower case is or holds an ASCII letter."""
    pieces = ["I", "we", "We", "let", "us", "me", "would", "like", "to", "also", "must", "again", "once", "further",
              "the", "minister", "they", "said", "x", "Σ", "İ", "\u212a", "é", "-", "’", ".", ",", "\n"]
    rng = random.Random(71)
    strings = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) + " " for _ in range(6000)]
    strings += [("we " if k % 2 else "they ") + "would like to " * k + "also " for k in range(0, 40)]
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((20, 4000, 400), (3, None, 50))
    for t in texts:
        strings += [m.group() for m in _reported._SENTENCE_PIECE.finditer(t)][:150]
    n = n_true = 0
    for s in strings:
        for m in re.finditer(r"\s", s):
            for lo in (0, min(3, m.start())):
                want = _reported.first_person_subject(_reported._ALPHA.findall(s[lo:m.start() + 1].lower()))
                assert _reported._first_person_before(s, lo, m.start() + 1) == want, (s, lo, m.start())
                n += 1
                n_true += want
    assert n > 100_000 and n_true > 10_000, (n, n_true)


def _plain_fragments() -> list[tuple[str, str]]:
    """(trie form, plain form) of every word list of _quote_cues written as a trie: the plain alternations as they
    were written before (longest first for the cue verbs; the role nouns in their listed order)."""
    singles = [w for w in _quote_cues.CUE_VERBS if " " not in w]
    plain_cue = r"(?:pointed\s+out|points\s+out|went\s+on|goes\s+on|" + "|".join(
        sorted(singles, key=len, reverse=True)) + r")"
    plain_cap = r"(?:" + "|".join(sorted((w.capitalize() for w in singles), key=len, reverse=True)) + r")"
    plain_notdet = (r"(?!(?:" + "|".join(_quote_cues._NOTDET_WORDS) + r")\b)(?![\w\-]+ly\b)")
    plain_not_plural = r"(?!(?:" + "|".join(_quote_cues._NOT_PLURAL_WORDS) + r")\b)"
    plain_role = r"(?:" + "|".join(_quote_cues._ROLE_NOUN_WORDS) + r")"
    return [(_quote_cues._CUE, plain_cue), (_quote_cues._CUE_CAP, plain_cap), (_quote_cues._NOTDET, plain_notdet),
            (_quote_cues._NOT_PLURAL, plain_not_plural), (_quote_cues._ROLE_NOUNS, plain_role)]


@needs_corpora
def test_word_lists_as_tries_match_as_the_plain_alternations():
    """The cue verbs, role nouns and the words the noun phrase excludes, written as tries (_quote_cues._trie), make
    the same matches as the plain alternations they replace: every list tried in order has each word before the
    words it begins (so the trie's greedy endings try the same words first), and the patterns built from them,
    rebuilt with the plain alternations, give the same matches (spans and groups) on the windows before every
    quotation mark, comma and colon and the sentences with a reporting verb of seeds, UN and Brown samples."""
    from discourse import _quote_sieve

    for words in (_quote_cues._ROLE_NOUN_WORDS,
                  sorted((w for w in _quote_cues.CUE_VERBS if " " not in w), key=len, reverse=True)):
        for i, w in enumerate(words):
            assert all(not v.startswith(w) or v == w for v in words[i + 1:]), w  # no later word extends it
    fragments = _plain_fragments()
    patterns = [_quote_cues._B_SENTENCE, _quote_cues._B_SPK_CUE, _quote_cues._A_SPK_CUE, _quote_cues._A_CUE_SPK,
                _quote_cues._B_CUE_SPK, _quote_cues._B_APPOS, _quote_cues._B_WHO, _quote_cues._B_TOLD,
                _reported._R_FWD, _reported._R_BACK, _reported._R_BACK_INV, _quote_sieve._SIEVE_SUBJ,
                _quote_sieve._SIEVE_BY, _quote_sieve._SIEVE_AS, _attribution._B_PAREN_MEDIAL]
    pairs = []
    for rx in patterns:
        plain = rx.pattern
        for trie, old in fragments:
            plain = plain.replace(trie, old)
        assert plain != rx.pattern, rx.pattern[:80]  # the pattern holds a list written as a trie
        pairs.append((rx, re.compile(plain, rx.flags)))
    texts = _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((40, 4000, 400), (5, None, 50))
    windows = _windows(texts)[::2]
    for t in texts:
        windows += [m.group() for m in _reported._SENTENCE_PIECE.finditer(t) if _reported._R_GATE.search(m.group())]
    n = 0
    for w in windows:
        for rx, plain in pairs:
            want = _matches(plain.finditer(w))
            assert _matches(rx.finditer(w)) == want, (rx.pattern[:60], w)
            n += len(want)
    assert n > 2000, n  # (matches compared; else the comparison proves little)


def test_four_words_is_the_split_test():
    """_reported._FOUR_WORDS matches exactly where str.split() gives at least four words: on every string of up to
    six characters over words, every kind of white space (also the separators str.split and re's \\s both count)
    and punctuation, and on the sentences of the seeds."""
    alphabet = ["a", " ", "\n", "\u2003", "\x1c", "\x85", "\u200b", ".", "é"]
    for n in range(7):
        for chars in itertools.product(alphabet, repeat=n):
            w = "".join(chars)
            assert (_reported._FOUR_WORDS.match(w) is not None) == (len(w.split()) >= 4), repr(w)
    for t in _seed_texts():
        for m in _reported._SENTENCE_PIECE.finditer(t):
            assert (_reported._FOUR_WORDS.match(m.group()) is not None) == (len(m.group().split()) >= 4)


def test_formula_needs_hold_wherever_the_formulas_match():
    """_speech_formulas._FORMULA_NEEDS (the words, marks and ends a formula needs, asked before its search) hold
    wherever their pattern matches the clause formula_before searches: on the 320 characters before every
    quotation mark of UN and Brown samples and on made-up clauses of the formulas' parts (names, offices,
    appositions, by-phrases, document nouns, possessives, the ends ',', ':', ';', 'that'); and formula_before
    gives what it gives without them."""
    from discourse import _speech_formulas as f

    pieces = ["As", "as", "the Secretary-General", "Mr. Urho Kekkonen", "the President of Finland", ",", ", ", ":",
              ";", "that", "said", "stated", "has said", "observed in his report", "in his address", "by", "was stated",
              "In the words of", "to quote", "quote from", "I quote", "we cite", "the words of the poet", "the words", "Lincoln’s", "Terence's", "aphorism", "ideas",
              "Security Council", "resolution 228 (1966)", "press release of 1 October", "which reads", "the Joint",
              "Resolution of the United States Congress", "declared", "Comrade Hoxha", "Prime Minister Botha",
              "addressing the party congress", "recently", "had occasion to state", "the conclusion of",
              "a speech", "reminded", "the Assembly", "we", "x", "\n"]
    rng = random.Random(71)
    clauses = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) + rng.choice(["", ",", ":", " ", ";"])
               for _ in range(8000)]
    # the formulas' own examples (discourse/_speech_formulas.py), with what may come before and after them
    examples = ["In the words of the Secretary-General,", "As was stated by Fidel Castro in his speech:",
                "as declared by the Minister,", "President Ford said in his address that",
                "the Secretary-General in his press conference said,", "the Secretary-General rightly observes in "
                "his report on the work of the Organization:", "the leader of the Albanian people, Comrade Hoxha, "
                "has said:", "the Prime Minister of Barbados, Mr. Freundel Stuart, reminded the world that",
                "words from a speech by the President of Finland, Mr. Urho Kekkonen:", "a statement by Mr. Chen-Yi, "
                "Minister of Foreign Affairs, on 20 September:", "We were reminded by the Secretary-General at the "
                "start of our deliberations that", "Prime Minister Botha, addressing the party congress, said "
                "recently:", "Security Council resolution 228 (1966) that", "Terence's aphorism:",
                "Mr. Hammarskjold's ideas, as expressed in his report:", "the conclusion of the Cairo Conference that",
                "the words of the poet:", "these words by a Soviet journalist:", "I quote Lincoln:",
                "the following statement made by the Foreign Minister of the USSR earlier in this debate:",
                "R. G. Collingwood has written that", "the Secretary-General had written in his report:"]
    clauses += [rng.choice(["", "We recall that ", "Indeed, ", "x\n"]) + e + rng.choice(["", " ", "\n", "  "])
                for e in examples for _ in range(5)]
    for t in _kernel_texts()[::2]:
        clauses += [t[max(0, m.start() - 320):m.start()] for m in re.finditer(r"[“\"‘]", t)][:40]
    hits = dict.fromkeys(f._FORMULA_NEEDS, 0)
    for c in clauses:
        for rx in (f._PERFECT_WRITTEN, f._WORDS_OF, f._AS_BY, f._AS_SAID, f._SUBJ_PP, f._SUBJ_CUE_PP, f._SUBJ_CUE_COLON, f._CATENATIVE,
                   f._NOUN_OF, f._OWNER_NOUN, f._OFFICE_APPOS, f._WORDS_BY, f._BY_AGENT, f._NAME_PAREN_CUE,
                   f._BODY_DOC, f._DOC_OF_BODY, f._SAYING_SOURCE):
            need = f._FORMULA_NEEDS.get(id(rx))
            if need is not None and rx.search(c) is not None:
                assert need(c, c.rstrip()), (rx.pattern[:60], c)
                hits[id(rx)] += 1
    assert min(hits.values()) >= 3, hits  # every gated formula matched (else the check proves little)
    needs = dict(f._FORMULA_NEEDS)
    fast = [f.formula_before(c) for c in clauses]
    f._FORMULA_NEEDS.clear()
    try:
        assert [f.formula_before(c) for c in clauses] == fast
    finally:
        f._FORMULA_NEEDS.update(needs)


def test_the_adverb_pattern_and_the_kernels_adverb_words_come_from_one_list():
    # _ADV (the pattern between a subject and its verb) and _ADV_TOKENS (the words the C kernel's noun-phrase prefilter
    # lets stand there) are built from _ADV_PHRASES; before, they were two hand-kept copies. Every phrase matches the
    # pattern whole, and every word the pattern can match is a token
    from discourse._quote_cues import _ADV, _ADV_PHRASES, _ADV_TOKENS

    rx = re.compile(_ADV + r"\Z")
    assert all(rx.match(p) for p in _ADV_PHRASES)
    assert {w for p in _ADV_PHRASES for w in p.split()} == set(_ADV_TOKENS)
    assert rx.match("on  Monday") and not rx.match("on Mondays") and not rx.match("quietly")
    # the words of the round-20 time adverbials, which the kernel reads capitalised (tests/test_kernel_quotes.py)
    assert {"yesterday", "on", "Monday", "Sunday"} <= set(_ADV_TOKENS)


def test_interviewer_phrases_tried_at_their_participles_are_the_patterns_matches():
    """_interviewer_phrases_as_space (its two patterns tried only before the participles they open with) gives what
    the patterns' finditer gives, on made-up strings of the participles, words that hold them ('overseen',
    'interviewed' holds 'viewed'), agents, commas, spaces, tabs and passives, and on the seeds and samples of UN
    speeches and Brown texts."""
    from discourse import quotes

    def plain(text):  # the function as finditer reads it
        if " by " not in text and " to " not in text and " with " not in text:
            return None
        out = None
        for m in quotes._INTERVIEWER_BETWEEN_COMMAS.finditer(text):
            out = out or list(text)
            s, e = m.span()
            out[s:e] = " " * (e - s)
        for m in quotes._INTERVIEWER.finditer(text):
            s, e = m.span("p")
            if quotes._BE_HAVE_BEFORE.search(text, max(0, s - 30), s):
                continue
            out = out or list(text)
            out[s - 1:e] = " " * (e - s + 1)
        return None if out is None else "".join(out)

    pieces = ["a witness", "officer", " ", "  ", "\t", ",", ", ", "interviewed by", "quoted by", "seen by", "overseen by",
              "reviewed by", "leaked to", "shared with", "given to", "asked by", "Human Rights Watch", "Reuters", "the",
              "The Intercept", "in May 2019", "last year", "said", "was", "is also", ".", "x", "2019", "viewed"]
    rng = random.Random(41)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 18)))
             for _ in range(4000)]
    for _ in range(2000):  # the phrases' own shape, with and without their commas and a passive before them
        verb = rng.choice(["interviewed by", "quoted by", "reviewed by", "obtained by", "leaked to", "shared with",
                           "given to", "asked by", "overseen by"])
        texts.append(f"{rng.choice(['A witness', 'The memo', 'He was', 'a source'])}{rng.choice([' ', ', ', ',  '])}"
                     f"{verb} {rng.choice(['Reuters', 'the Guardian', 'Human Rights Watch', 'police'])}"
                     f"{rng.choice(['', ' in May', ' last year'])}{rng.choice([',', '', '.'])} {rng.choice(['said', 'reads'])}")
    texts += _seed_texts()
    if UNGD.exists() and BROWN.exists():
        texts += _corpus_texts((0, 1000, 25), (0, None, 25))
    changed = 0
    for t in texts:
        want = plain(t)
        assert quotes._interviewer_phrases_as_space(t) == want, t
        changed += want is not None
    assert changed > 400  # the strings hold such phrases (else the comparison proves little)
