"""FrameMatcher: the same hits and frame counts as the token path (tokenize + Lexicon.find_matches)."""

from __future__ import annotations

import gzip
import json
import random
import re

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.framing import count_frames
from discourse.matcher import HIT_COLUMNS, FrameMatcher

from .conftest import UNGD

EDGE_LEXICON = {
    "promotional": ["safe cit*", "smart", "smart cit*", "city's nervous system", "nervous system*", "finance",
                    "cutting-edge", "?rwellian", "u.s. government"],
    "rights": ["mass surveillance", "surveil*", "human rights", "human rights violation*", "rights", "privacy",
               "go go", "big brother"],
    "security": ["security", "police state*", "smart"],
}


def token_hits(corpus: dc.Corpus, lex: dc.Lexicon, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """The reference: hits of the token table, with the voice of each hit's first token."""
    tokens = dc.tokenize(corpus) if tokens is None else tokens
    m = lex.find_matches(tokens)
    m["voice"] = tokens["voice"].to_numpy()[m["token_row"].to_numpy(dtype=np.int64)]
    return m[HIT_COLUMNS].reset_index(drop=True)


def assert_same_hits(corpus: dc.Corpus, lex: dc.Lexicon, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    got = FrameMatcher(lex).find_hits(corpus)
    want = token_hits(corpus, lex, tokens)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    return got


def corpus_of(*texts: str, set_aside: list[tuple[int, int, int]] | None = None) -> dc.Corpus:
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "s", "text": list(texts)})
    sa = None
    if set_aside:
        sa = pd.DataFrame([{"doc_id": f"d{i}", "kind": "caption", "rule": "test", "start": s, "end": e,
                            "text": texts[i][s:e]} for i, s, e in set_aside])
    return dc.Corpus(docs, set_aside=sa)


def one(text: str, **kw) -> pd.DataFrame:
    """Matcher hits of one text with the edge lexicon, checked against the token path."""
    return assert_same_hits(corpus_of(text, **kw), dc.load_lexicon(EDGE_LEXICON))


# ------------------------------------------------------------------------------------------ corpora
def test_seeds_hits_and_counts_equal_token_path(seeds, seed_tokens):
    lex = dc.load_lexicon("framing")
    hits = assert_same_hits(seeds, lex)
    assert len(hits) > 100 and set(hits["voice"]) == {"author", "quoted", "reported"}
    fm = FrameMatcher(lex)
    for by in ("source", "doc_id", None):
        got = fm.count(seeds, by=by)
        want = count_frames(seed_tokens, lex, by=by)
        pd.testing.assert_frame_equal(got, want[got.columns.tolist()], check_dtype=False)
    got = fm.count(seeds, by="source", voice="quoted", categories=["rights", "promotional"])
    want = count_frames(seed_tokens, lex, by="source", voice="quoted", categories=["rights", "promotional"])
    pd.testing.assert_frame_equal(got, want[got.columns.tolist()], check_dtype=False)


def test_tiny_corpus_counts(tiny_corpus):
    lex = dc.load_lexicon("framing")
    got = FrameMatcher(lex).count(tiny_corpus, by="source", voice=True)
    want = count_frames(dc.tokenize(tiny_corpus), lex, by="source", voice=True)
    pd.testing.assert_frame_equal(got, want[got.columns.tolist()], check_dtype=False)
    quoted = got[(got["voice"] == "quoted")]["n"].sum()
    assert quoted > 0  # the "Safe city solutions empower police" quotation


@pytest.mark.skipif(not UNGD.exists(), reason="UN General Debate corpus not present")
def test_ungd_sample_equals_token_path():
    # a deterministic sample: every 50th speech among the first 5,000 lines of the file (100 speeches)
    rows = []
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 5000:
                break
            if i % 50 == 0:
                d = json.loads(line)
                rows.append({"doc_id": d["doc_id"], "source": d["country_iso3"], "text": d["text"]})
    corpus = dc.Corpus.from_dataframe(pd.DataFrame(rows))
    lex = dc.load_lexicon("framing")
    tokens = dc.tokenize(corpus)
    hits = assert_same_hits(corpus, lex, tokens)
    assert len(hits) > 1000
    counts = FrameMatcher(lex).count(corpus, by="source")
    want = count_frames(tokens, lex, by="source")
    pd.testing.assert_frame_equal(counts, want[counts.columns.tolist()], check_dtype=False)


@pytest.mark.parametrize("random_state", [7, 8])
def test_random_texts_equal_token_path(random_state):
    # texts built from the pieces the rules are about: phrase parts, hyphens, apostrophes, sentence ends,
    # acronyms, quotation marks, line breaks, digits, non-ASCII letters; some lines set aside
    rng = random.Random(random_state)
    pieces = ["safe", "city", "City", "cities", "safe-city", "Safe-City", "mass", "surveillance", "surveilled",
              "human", "rights", "violations", "Human", "go", "go", "big", "Brother", "city's", "city’s",
              "city`s", "'s", "nervous", "system", "systems", "smart", "U.S.", "government", "Orwellian",
              "privacy", "security", "police", "states", ".", ",", "!", "?", ";", "\u201c", "\u201d", '"', "'",
              "said", "he", "says", "\n", "\n\n", "4", "RM4", "finance", "ﬁnance", "café", "…", "–", "_",
              "(", ")", "www.safe.city", "a@b.org", "don't", "ＰＲＩＶＡＣＹ", "e.g.", "Mr.", "Safe.",
              "human rights violations", "the city's nervous system", "human rights\nabuses", "go go go", "cafe\u0301",
              "www.", "(Safe", "city).", "\u00b4", "\u00b8", "\u03a3\u039f\u03a3", "\u1100\u1161", "\u201cPrivacy\u201d,", "'safe", "\u2018s", "https:", "A.", "states'",
              "C\u0130TY", "\u0130", "SAFE C\u0130TY"]
    texts, aside = [], []
    for i in range(300):
        words = [rng.choice(pieces) for _ in range(rng.randint(5, 80))]
        text = "".join(w + rng.choice([" ", " ", " ", "", "  ", "\n"]) for w in words).strip() or "x"
        texts.append(text)
        lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
        if len(lines) > 2 and rng.random() < 0.3:
            s, e = lines[rng.randrange(1, len(lines) - 1)]
            aside.append((i, s, e))
    corpus = corpus_of(*texts, set_aside=aside)
    lex = dc.load_lexicon(EDGE_LEXICON)
    hits = assert_same_hits(corpus, lex)
    assert len(hits) > 300 and hits["n_tokens"].max() >= 3 and (hits["voice"] == "quoted").any()
    assert 0 < hits.attrs["discourse_matcher"]["n_exact_path"] < len(texts)  # both paths are exercised
    got = FrameMatcher(lex).count(corpus, by="doc_id")
    want = count_frames(dc.tokenize(corpus), lex, by="doc_id")
    pd.testing.assert_frame_equal(got, want[got.columns.tolist()], check_dtype=False)


# ------------------------------------------------------------------------------------------ edge cases
def test_hyphenated_phrase_is_one_single_token_hit():
    hits = one("The Safe-City project.")
    assert hits[["entry", "n_tokens"]].values.tolist() == [["safe cit*", 1]]


def test_possessive_phrase_with_straight_curly_and_backtick_apostrophes():
    for apos in ("'", "\u2019", "`"):
        hits = one(f"It is the city{apos}s nervous system.")
        assert hits["entry"].tolist() == ["city 's nervous system"], apos  # the lexicon splits the clitic
        assert hits["n_tokens"].tolist() == [4]


def test_glob_at_the_end_and_question_mark_glob():
    hits = one("Surveillance, surveilled and surveil; an Orwellian world, surveyed.")
    assert hits["entry"].tolist() == ["surveil*", "surveil*", "surveil*", "?rwellian"]


def test_longest_match_and_no_double_counting():
    hits = one("Mass surveillance and human rights violations; human rights; rights.")
    assert hits["entry"].tolist() == ["mass surveillance", "human rights violation*", "human rights", "rights"]
    # same-length overlap: leftmost first ("go go go" is one "go go" hit)
    assert one("go go go")["start"].tolist() == [0]
    # the same pattern in two categories: the earlier category wins
    assert one("A smart move.")["frame"].tolist() == ["promotional"]


def test_phrase_never_crosses_a_sentence_or_paragraph():
    assert one("We are safe. City halls agree.")["entry"].tolist() == []
    assert one("Are we safe? City halls agree!")["entry"].tolist() == []
    # every line a paragraph (no blank line in the text, lines that end sentences): no phrase across lines
    assert one("We are safe\nCity halls agree")["entry"].tolist() == []
    # a hard-wrapped text (its line breaks fall inside sentences: segment.paragraphs joins its lines until a
    # sentence ends; stop 61): the phrase holds across the break
    assert one("we are safe\ncity halls agree")["entry"].tolist() == ["safe cit*"]
    # blank lines separate paragraphs, so a single line break is a wrapped line: the phrase holds
    assert one("Intro.\n\nwe are safe\ncity halls agree")["entry"].tolist() == ["safe cit*"]
    # an abbreviation does not end the sentence
    assert one("The U.S. government said so.")["entry"].tolist() == ["u.s. government"]


def test_voice_inside_a_quotation():
    hits = one('\u201cMass surveillance is here,\u201d said Jane Lee. Privacy matters.')
    assert hits[["entry", "voice"]].values.tolist() == [["mass surveillance", "quoted"], ["privacy", "author"]]


def test_unicode_nfkc_ligature_fullwidth_and_expanding_characters():
    hits = one("The \ufb01nance office\u2026 and \uff30\uff32\uff29\uff36\uff21\uff23\uff39 \u2116 privacy.")
    assert hits["entry"].tolist() == ["finance", "privacy", "privacy"]
    text = "\u2026\u2026 privacy"
    got = FrameMatcher(dc.load_lexicon(EDGE_LEXICON)).find_hits(corpus_of(text))
    assert text[got["start"].iloc[0]:got["end"].iloc[0]] == "privacy"  # offsets into the raw text


def test_combining_marks_sigma_and_the_exact_path():
    lex = dc.load_lexicon(EDGE_LEXICON)
    # a combining mark joins its word (the tokenizer reads "cafe\u0301" as one token, norm "café"): exact path
    fast = corpus_of("cafe\u0301 privacy", "\u039f\u0394\u039f\u03a3 privacy", "a\u00b4 b\u00b8 privacy")
    got = FrameMatcher(lex).find_hits(fast)
    assert got.attrs["discourse_matcher"]["n_exact_path"] == 1
    assert got["entry"].tolist() == ["privacy"] * 3
    pd.testing.assert_frame_equal(got, token_hits(fast, lex), check_dtype=False)
    # conjoining jamo compose under NFKC, a mark in a URL is part of the URL token, a lexicon with a sigma
    # cannot know the final form: these documents are matched on their token table
    exact = corpus_of("\u1100\u1161 privacy", "see www.cafe\u0301.org privacy", "plain privacy")
    got = FrameMatcher(lex).find_hits(exact)
    assert got.attrs["discourse_matcher"]["n_exact_path"] == 2
    pd.testing.assert_frame_equal(got, token_hits(exact, lex), check_dtype=False)
    greek = dc.load_lexicon({"g": ["\u03bf\u03b4\u03bf\u03c2", "privacy"]})
    got = FrameMatcher(greek).find_hits(fast)
    assert got.attrs["discourse_matcher"]["n_exact_path"] == 2
    # the entry as the lexicon stores it, case-folded: the final sigma folds to "\u03c3" (CaseFolding.txt, 03C2; C)
    assert got["entry"].tolist() == ["privacy", "\u03bf\u03b4\u03bf\u03c3", "privacy", "privacy"]
    pd.testing.assert_frame_equal(got, token_hits(fast, greek), check_dtype=False)


def test_characters_inside_words_give_the_token_paths_hits():
    """The soft hyphen, zero-width characters and combining marks join words in the tokenizer, whose norm drops
    or composes them ("pri\u00advacy" -> "privacy"): the matcher finds the hits the token table gives (it read
    them as placeholders between two words and found none before)."""
    lex = dc.load_lexicon("framing")
    texts = ["Mass sur\u00adveillance and pri\u00advacy.", "pri\u200bvacy and sur\u2060veillance", "\ufeffprivacy",
             "privacy\u0301 and mass surveillance\u0308", "pri\u00ad\u00advacy", "a\u00b4 privacy"]
    corpus = corpus_of(*texts)
    got = FrameMatcher(lex).find_hits(corpus)
    want = token_hits(corpus, lex)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert len(want) >= 4 and "privacy" in want["entry"].tolist()


def test_set_aside_spans_are_left_out_and_phrases_join_around_them():
    text = "Intro.\n\nThe safe\nPhoto AFP privacy\ncity works. Privacy."
    s = text.index("Photo")
    e = text.index("\ncity")
    hits = one(text, set_aside=[(0, s, e)])
    assert hits[["entry", "n_tokens"]].values.tolist() == [["safe cit*", 2], ["privacy", 1]]
    # a set-aside span that cuts a token's neighbour ("Photo" but not ":") takes the exact path
    text2 = "Privacy.\n\nPhoto: privacy here"
    corpus = corpus_of(text2, set_aside=[(0, text2.index("Photo"), text2.index(":"))])
    lex = dc.load_lexicon(EDGE_LEXICON)
    got = FrameMatcher(lex).find_hits(corpus)
    assert got.attrs["discourse_matcher"]["n_exact_path"] == 1
    pd.testing.assert_frame_equal(got, token_hits(corpus, lex), check_dtype=False)
    # set_aside=False keeps every token
    all_hits = FrameMatcher(lex).find_hits(corpus_of(text, set_aside=[(0, s, e)]), set_aside=False)
    assert all_hits["entry"].tolist() == ["privacy", "privacy"]


def test_categories_filter_after_resolution():
    lex = dc.load_lexicon(EDGE_LEXICON)
    corpus = corpus_of("Mass surveillance and security.")
    got = FrameMatcher(lex).find_hits(corpus, categories="security")
    assert got["entry"].tolist() == ["security"]
    counts = FrameMatcher(lex).count(corpus, by=None, voice=False, categories=["rights"])
    assert counts[["frame", "voice", "n"]].values.tolist() == [["rights", "all", 1]]


def test_quotes_false_gives_author_voice():
    hits = FrameMatcher(dc.load_lexicon(EDGE_LEXICON)).find_hits(
        corpus_of('\u201cPrivacy,\u201d she said.'), quotes=False)
    assert hits["voice"].tolist() == ["author"]


def test_bad_input_errors():
    with pytest.raises(ValueError, match="stem"):
        FrameMatcher("framing", on="stem")
    with pytest.raises(ValueError, match="on"):
        FrameMatcher("framing", on="lemma")
    fm = FrameMatcher("framing")
    with pytest.raises(TypeError, match="Corpus"):
        fm.count(["a text"])
    corpus = corpus_of("privacy")
    with pytest.raises(ValueError, match="nope"):
        fm.count(corpus, categories="nope")
    with pytest.raises(ValueError, match="voice"):
        fm.count(corpus, voice="speaker")
    with pytest.raises(ValueError, match="country"):
        fm.count(corpus, by="country")


def test_match_text_is_the_per_document_building_block():
    fm = FrameMatcher(dc.load_lexicon(EDGE_LEXICON))
    text = "\u201cMass surveillance,\u201d said Jane Lee. The safe-city plan; human rights."
    res = fm.match_text(text)
    assert [text[s:e] for s, e in zip(res["start"], res["end"], strict=True)] == [
        "Mass surveillance", "safe-city", "human rights"]
    assert fm.patterns[res["entry"]].tolist() == ["mass surveillance", "safe cit*", "human rights"]
    assert res["n_tokens"].tolist() == [2, 1, 2] and res["quoted"].tolist() == [True, False, False]
    assert fm.match_text(text, quotes=False)["quoted"].tolist() == [False, False, False]
    before = fm.n_exact_
    exact = fm.match_text("\u1100\u1161 privacy")  # the exact path, same result shape
    assert fm.n_exact_ == before + 1 and fm.patterns[exact["entry"]].tolist() == ["privacy"]
    with pytest.raises(TypeError, match="str"):
        fm.match_text(None)


# ------------------------------------------------------------------------------------------ voice words
def test_voice_words_from_chunks_equal_the_token_by_token_count():
    """_voice_words_pairs (chunk word counts summed, only the chunks at a span's ends tokenised) gives the
    words of the quoted and reported voices that _voice_words counts token by token, for random spans that
    start and end anywhere (inside chunks, on marks, in white space, empty), nested, disjoint, touching, and
    overlapping without nesting (where it declines: None)."""
    from discourse.matcher import _voice_words, _voice_words_pairs, _word_count

    rng = random.Random(16)
    pieces = ["“Safe", "city”", "rights,", "U.S.", "don't", "x", "—", "(a)", "4.5%", "café", "’s", "''", ".", "e-mail",
              "naïve", "\u201c", "\u201d", "Huawei’s", "a.b", "...", "surveillance", "ＰＲＩＶＡＣＹ", "\u00a0", "\t"]
    n_checked = n_declined = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "  ", "\n", ""]) for _ in range(rng.randint(1, 60)))
        chunks = _word_count(text, ())[2]
        if chunks is None:
            continue

        def spans(k: int, laminar: bool, n: int) -> tuple[np.ndarray, np.ndarray]:
            out: list[tuple[int, int]] = []
            for _ in range(k):
                a = rng.randint(0, n)
                b = rng.randint(a, min(n, a + rng.choice([0, 3, 15, 80])))
                if laminar and any(x < a < y < b or a < x < b < y for x, y in out):
                    continue
                out.append((a, b))
            if laminar and out and rng.random() < 0.3:  # a nested span and one touching the first
                a, b = out[0]
                out += [(a + (b - a) // 3, b - (b - a) // 3)] if b - a > 3 else []
                out += [(b, min(n, b + 5))] if all(not (x < b < y) for x, y in out) else []
            arr = np.array(out, dtype=np.int64).reshape(-1, 2)
            return arr[:, 0], arr[:, 1]

        lo, hi = spans(rng.randint(0, 4), rng.random() < 0.85, len(text))
        rlo, rhi = spans(rng.randint(0, 3), rng.random() < 0.85, len(text))
        got = _voice_words_pairs(text, chunks, list(zip(lo.tolist(), hi.tolist(), strict=True)),
                                 list(zip(rlo.tolist(), rhi.tolist(), strict=True)))
        want = _voice_words(text, (), lo, hi, rlo, rhi)
        if got is None:
            n_declined += 1
            continue
        assert got == want, (text, lo, hi, rlo, rhi)
        n_checked += got != (0, 0)
    assert n_checked > 150 and n_declined > 5  # spans with words were compared, and the decline was exercised


def test_hit_voices_equal_token_voices():
    """_hit_voices (doc_frames' voice codes and mention flags of the hits' first tokens, from lists) gives what
    token_voices gives as voice and quote_kind == 'mention', for every token and for sorted subsets of the
    tokens (the hits), on quotations nested in speech, mentions, reported clauses holding quotations, UN
    speeches, and a chain of nested quotations deeper than the 1000 steps token_voices looks up."""
    from discourse.matcher import _hit_voices
    from discourse.quotes import find_quote_spans, token_voices
    from discourse.text import paragraphs, token_spans

    texts = ["Ann Roe said that the plan, which she called “a ‘smart’ move”, was “safe”, and “he agreed,” Roe said.",
             "“Outer “inner” outer,” he said. The report called it “smart”. She said the city is “a ‘model’ city”.",
             "According to the ministry, the “so-called ‘safe city’” works. “It does,” said Li. We said it works.",
             "x " + "“a " * 1100 + "b" + "” c" * 1100]
    if UNGD.exists():
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for _, line in zip(range(40), fh, strict=False)][::4]
    rng = random.Random(3)
    voices = set()
    for t in texts:
        starts, ends, _ = token_spans(t)
        spans = find_quote_spans(t, paragraphs=paragraphs(t), reported=True, speakers=False)
        for keep in (np.ones(len(starts), dtype=bool), np.array([rng.random() < 0.2 for _ in starts], dtype=bool)):
            s, e = starts[keep], ends[keep]
            v, _, kind, _ = token_voices(s, e, spans)
            got_v, got_m = _hit_voices(s.tolist(), e.tolist(), spans)
            assert got_v == [{"author": 0, "quoted": 1, "reported": 2}[x] for x in v.tolist()], t[:60]
            assert got_m == (kind == "mention").tolist(), t[:60]
            voices |= set(got_v) | {2 + m for m in got_m if m}
        assert _hit_voices([], [], spans) == ([], [])
    # a chain of 1100 mentions below a speech quotation (made up: each holds one token of its own): the token of
    # a mention 1000 or more steps below the speech is not quoted (token_voices' limit), the others are
    chain = [{"quote_id": i, "kind": "speech" if i == 0 else "mention", "parent_id": i - 1 if i else None,
              "content_start": i, "content_end": i + 1} for i in range(1101)]
    s = np.arange(0, 1200, dtype=np.int64)
    v, _, kind, _ = token_voices(s, s + 1, chain)
    got_v, got_m = _hit_voices(s.tolist(), (s + 1).tolist(), chain)
    assert got_v == [{"author": 0, "quoted": 1}[x] for x in v.tolist()] and got_m == (kind == "mention").tolist()
    assert got_v[999] == 1 and got_v[1000] == 0 and got_m[1000]
    assert voices == {0, 1, 2, 3}  # every voice and mentions were compared


def test_matcher_tables_are_built_once_per_lexicon_content():
    """FrameMatcher's tables (the specs' tests and anchors, the automata's keys) are built once per lexicon
    content and shared by matchers of equal lexicons, not by others; they equal tables built afresh, the
    matchers find the same hits, and at most _TABLES_MAX contents are kept."""
    from discourse import matcher as m

    lex = dc.load_lexicon("framing")
    a = FrameMatcher(lex)
    b = FrameMatcher(dc.Lexicon(list(lex.entries), categories=lex.categories))  # another object, same content
    assert a._spec_tests is b._spec_tests and a._kernel_args is b._kernel_args
    comp = lex.compiled_entries()
    fresh = vars(m._build_tables(comp["spec"], comp["priority"]))
    assert set(fresh) <= set(vars(a))
    for k, v in fresh.items():
        if k != "_automaton":
            assert getattr(a, k) == v, k
    assert list(a._automaton.items()) == list(fresh["_automaton"].items())
    small = dc.Lexicon([("x", "privacy"), ("x", "safe city"), ("y", "surveil*")])
    c = FrameMatcher(small)
    assert c._spec_tests is not a._spec_tests and len(c._spec_tests) < len(a._spec_tests)
    text = "Privacy in the safe city: surveillance, “safe city” cameras and privacy rights."
    m._TABLES.clear()
    for fm, lx in ((a, lex), (c, small)):
        again = FrameMatcher(lx)  # built afresh (the cache was emptied)
        assert again._spec_tests is not fm._spec_tests
        got = fm.match_text(text)["entry"].tolist()
        assert len(got) >= 3 and got == again.match_text(text)["entry"].tolist()
    for i in range(m._TABLES_MAX + 3):
        FrameMatcher(dc.Lexicon([("x", f"word{i}")]))
    assert len(m._TABLES) == m._TABLES_MAX
