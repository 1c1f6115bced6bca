"""The compiled frame matching (discourse/_kernel.c: frame_automaton, frame_scan, chunk_words) gives exactly
what its pure-Python twin gives.

``FrameMatcher`` runs the automaton and the checks of each occurrence in C where the kernel is built (its
``_kernel`` attribute), else pyahocorasick and the checks in Python; ``_word_count`` splits a text into chunks
and counts its word tokens in C or with numpy. Both paths run here on the same texts: the seeds, every 150th
UN speech, hostile strings (keys at the ends of a text and of chunks, marks around them, a text without white
space, characters that expand or that the normalised text replaces, white space of every kind, URLs and
e-mail addresses) and seeded random strings made of the lexicon's words and the characters the rules look at.
The kernel is the one the package loaded, else compiled from the sources (skipped only without a C compiler).
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import pickle
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse as dc
import discourse.matcher as M
from discourse import text as T

from .conftest import UNGD, compiled_kernel, needs_corpora

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The kernel module: the one ``discourse.matcher`` loaded, else compiled from discourse/_kernel.c."""
    if M._KERNEL is not None:
        return M._KERNEL
    mod = compiled_kernel("_kernel", tmp_path_factory.mktemp("kernel"))
    mod.setup(T._refused_bitmap())
    return mod


@pytest.fixture(scope="module")
def matchers(kernel):
    """(with the kernel, without it) for the bundled lexicon."""
    fast = M.FrameMatcher("framing")
    fast._kernel, fast._kauto = kernel, None
    plain = M.FrameMatcher("framing")
    plain._kernel = None
    return fast, plain


HOSTILE = [
    "", " ", "\n\n", "security", "security.", "security.)", "(security)", "“security”", "\"security\",", "security’s",
    "security's", "security'", "'security", "Security-based", "security-", "-security", "_security_", "security_",
    "national security", "national  security", "national\nsecurity", "national\u00a0security", "national\tsecurity",
    "national. Security", "national security.", "mass surveillance", "mass-surveillance", "Mass Surveillance!",
    "safe city", "safe-city", "safe cities", "safe‐city", "smart city platform", "SMART CITY", "smart\n\ncity",
    "smart. city", "smart? city", "smart! city", "AI", "A.I.", "AI-driven", "ai", "Ai's", "said", "against",
    "peacepeacepeacepeace", "peace" * 40, "securitysecurity security", "surveillancecommunity",
    "communities community’s communitarian Community's", "human rights", "human rights violations",
    "violations of human rights", "rights", "rights-based", "“human rights”", "human “rights”", "human_rights",
    "privacy…", "privacy… security", "…privacy", "ﬁnance security", "№ 5 security", "ΣECURITY Σ security",
    "se\u0301curity", "securite\u0301", "café security", "sécurité security", "security\u2028peace", "peace\u3000security",
    "www.security.org security", "http://privacy.org/surveillance privacy", "me@security.org privacy",
    "5G 5g security 2020 security2020 security-2020", "US$5 security", "U.S. security", "cyber-security",
    "cyber‑security", "x" * 50 + "security", "security" + "." * 30, "“" * 20 + "security" + "”" * 20,
    "(((security)))", "[security]", "security]]", "security:", "security;", "security?!", "security!?", "security--",
    "security..", "\"security\"\"", "‘security’", "security’", "’security", "security`", "`security",
    "repression, surveillance and control", "peace and security, peace-keeping and peace keeping",
    "the so-called ‘smart city’ enables repression", "“This is a panopticon,” said Omar.",
    "Orwellian orwellian ORWELLIAN", "surveil surveilled surveillance", "  security  ", "\tsecurity\t",
    # the distancing cue: before a hit, one to five tokens back, across marks and sentence ends
    "the so-called smart city", "the so called smart city", "so-called, the smart city", "So-Called “smart city”",
    "its alleged surveillance", "allegedly surveillance", "ALLEGED. Surveillance", "alleged\n\nsurveillance",
    "what they call security", "what they call a security", "which the firm terms its smart city",
    "what it calls, the safe city", "branded as safe city", "billed as a smart city", "sold as the safe city",
    "described as surveillance", "as surveillance", "As. Surveillance", "called surveillance", "so. Called security",
    "supposedly transformative", "the supposed, the alleged, security", "a b c d alleged e f g h security",
    "alleged a the its security", "alleged x y z security", "al\u00adleged surveillance", "(alleged) surveillance",
    "“alleged” surveillance", "alleged’s surveillance", "self-styled safe city", "self‐styled safe city",
    "the purported 5G security", "dubbed “safe city”", "euphemistically security", "as-is security",
    "called-for security", "whatever security", "what do you call it? security",
]


def _random_texts(fm: M.FrameMatcher, n: int, seed: int) -> list[str]:
    """Strings of the lexicon's parts and keys, random letters, marks, digits, non-ASCII characters and white
    space, joined with and without white space."""
    rng = random.Random(seed)
    words = sorted({p.replace("*", "").replace("?", "") for _, parts in fm.lexicon.compiled_entries()["spec"]
                    for p in parts} | set(fm._kernel_args[0]))
    words = [w for w in words if w]
    bits = list("()[]\"“”’'.,;:!?_-`/") + ["…", "ﬁ", "Σ", "é", "\u0301", "\u00a0", "中", "١", "@", "://", "www.",
                                          "5", "2020", "U.S.", "'s", "’re", "A.I.", "\u0130", "C\u0130TY"]
    seps = [" ", " ", " ", "", "\n", "\t", "  ", "\n\n", "\u00a0", ". ", ", "]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 25)):
            r = rng.random()
            w = rng.choice(words) if r < 0.55 else rng.choice(bits) if r < 0.85 else "".join(
                rng.choice("abcdeXYZ") for _ in range(rng.randint(1, 6)))
            if rng.random() < 0.2:
                w = w.upper() if rng.random() < 0.5 else w.capitalize()
            parts.append(w)
            parts.append(rng.choice(seps))
        out.append("".join(parts))
    return out


BEFORE = ["", "x", "(", "“", "-", "'", "’", "1", "_", "é", ".", "\n", "\"", "[", "A"]
AFTER = ["", "x", "-x", "-", "'s", "’s", "'", ".x", ".", ". x", ".)", "1", "_", "…", ")", ")x", "é", ",x", ",", "?!",
         "\u0301", "s", "ing"]


def _contexts(fm: M.FrameMatcher) -> list[str]:
    """Every key of the automaton with every character (or pair) before and after it that a rule of the
    scan looks at, as chunks of one text and alone (at the text's ends); every phrase spec written out, with
    marks, line breaks and sentence ends between its parts."""
    rng = random.Random(7)
    pairs = [(b, "") for b in BEFORE] + [("", a) for a in AFTER]
    out = []
    for key in fm._kernel_args[0]:
        for k in (key, rng.choice([key.capitalize(), key.upper()])):
            out.append(" ".join(f"{b}{k}{a}" for b, a in pairs + rng.sample(list(itertools.product(BEFORE, AFTER)), 25)))
        out += [f"{key}{a}" for a in AFTER] + [f"{b}{key}" for b in BEFORE]
    for _, parts in fm.lexicon.compiled_entries()["spec"]:
        words = [p.replace("*", "s").replace("?", "o") for p in parts]
        if len(words) > 1:
            for sep in (" ", "  ", "\n", ". ", ", ", " - ", "-", " “", "’ ", "_"):
                out.append(f"the {sep.join(words)} of {' '.join(words)}")
    return out


def _un_speeches(step: int = 150) -> list[str]:
    """Every ``step``-th UN speech; a new list of the texts read once (the tests below take them through _texts,
    and each reading decompressed the whole file: 1.5 s)."""
    return list(_un_speeches_read(step))


@functools.lru_cache(maxsize=2)
def _un_speeches_read(step: int) -> tuple[str, ...]:
    if not UNGD.exists():
        return ()
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        return tuple(json.loads(line)["text"] for line in itertools.islice(fh, 0, None, step))


def _texts(fm: M.FrameMatcher, contexts: bool = True) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + HOSTILE + (_contexts(fm) if contexts else []) + _random_texts(fm, 1500, 16) + _un_speeches()


def _same_word_count(kernel, text: str) -> int:
    """The kernel's chunks and counts are numpy's; its ``safe`` chunks hold a token and none whose norm is a
    trigger of the distancing cue (what FrameMatcher._known_cues relies on). Returns the safe chunks."""
    got, want = M._word_count(text, (), kernel), M._word_count(text, ())
    assert got[:2] == want[:2], (text[:120], got[:2], want[:2])
    assert (got[2] is None) == (want[2] is None), text[:120]
    if got[2] is None:
        return 0
    for a, b in zip(got[2][:4], want[2][:4], strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b), text[:120]
    assert want[2][4] is None
    starts, ends, _, _, safe = got[2]
    for a, b in zip(starts[safe].tolist(), ends[safe].tolist(), strict=True):
        toks = T.token_spans(text[a:b])[2]
        assert toks and not any(T.normalize(t) in M._TRIGGERS for t in toks), text[a:b]
    return int(safe.sum())


@needs_corpora
def test_word_count_is_the_same_with_the_kernel(kernel, matchers):
    texts = _texts(matchers[0])
    n_safe = sum(_same_word_count(kernel, text) for text in texts)
    assert n_safe > 50_000
    # the texts hold chunks of every kind the pass tells apart: one word, ASCII chunks the kernel
    # tokenises, and chunks left to Python (non-ASCII, '@', URLs)
    found = [kernel.chunk_words(t, M._TRIGGERS) for t in texts if t]
    assert sum(len(f[6]) for f in found) > 100
    assert sum(f[1] for f in found) > 100_000


def test_word_count_is_the_same_with_the_kernel_around_every_ascii_character(kernel):
    """chunk_words classes each ASCII character from a table (white space, letter, mark, other) made at setup
    from the rule it keeps for the others: every ASCII character, alone, between letters, before and after a
    word and a mark, with white space around, counts as numpy's pass counts it."""
    texts = []
    for c in map(chr, range(128)):
        texts += [c, f"a{c}b", f"{c}word said{c} so-called {c}{c}x", f"“{c}” ({c}) U.S.{c} don't{c}s 4{c}5 a {c} b",
                  f"called{c} alleged{c}ly {c}so-called"]
    texts.append("".join(map(chr, range(128))) + " " + " ".join(map(chr, range(128))))
    assert sum(_same_word_count(kernel, t) for t in texts) > 300


def test_scan_is_the_same_with_the_kernel(matchers):
    fast, plain = matchers
    texts = _texts(fast)
    n_hits = n_exact = 0
    for text in texts:
        got, want = fast._scan(text, ()), plain._scan(text, ())
        assert (got is None) == (want is None), text[:120]
        if got is None:
            n_exact += 1
            continue
        assert got[0] == want[0], (text[:200], set(got[0]) ^ set(want[0]))
        assert got[1] == want[1]
        n_hits += len(got[0])
    assert n_hits > 5_000 and n_exact > 0


GLOBS = {
    "a": ["?rwellian", "s?fe", "c*ty", "*veil*", "pri?acy", "se*ri*y", "ai", "peace", "café", "sécurité",
          "rights", "human right?", "safe c?t*", "mass s*", "?i city", "so-called", "data-driven", "5g", "don't"],
    "b": ["privacy", "city", "safe city", "sa*", "*s", "the ?e of", "right*", "human", "peace and p*", "é?é", "σ*"],
}


def test_scan_is_the_same_with_the_kernel_for_globs_anywhere(kernel):
    """A lexicon of globs with '?' and '*' at either end and inside, phrases of globs, non-ASCII parts, parts
    that are stopwords, and keys that are each other's prefixes and suffixes."""
    lex = dc.Lexicon.from_dict(GLOBS)
    fast, plain = M.FrameMatcher(lex), M.FrameMatcher(lex)
    fast._kernel, plain._kernel = kernel, None
    words = ["orwellian", "Arwellian", "safe", "sife", "city", "cities", "ciity", "surveillance", "veil", "privacy",
             "priiacy", "security", "serenity", "AI", "peace", "café", "cafe", "sécurité", "rights", "human", "the",
             "of", "mass", "so-called", "data-driven", "5G", "don't", "été", "éxé", "ΣΑΣ", "σας", "s", "ss"]
    rng = random.Random(5)
    texts = HOSTILE + [" ".join(rng.choice(words) + rng.choice(["", "", ".", ",", "’s", "-x", ")"]) + rng.choice(
        [" ", " ", "\n", "  ", ""]) for _ in range(rng.randint(2, 30))) for _ in range(800)]
    n_hits = 0
    for text in texts:
        got, want = fast._scan(text, ()), plain._scan(text, ())
        assert (got is None) == (want is None), text[:120]
        if got is not None:
            assert got[0] == want[0], (text[:200], set(got[0]) ^ set(want[0]))
            n_hits += len(got[0])
    assert n_hits > 3_000


def test_the_kernel_decides_most_occurrences_itself(matchers):
    """Not a speed test: the kernel must actually answer (single hits found in C, few candidates left)."""
    fast, _ = matchers
    fast._kauto = fast._kauto or fast._kernel.frame_automaton(*fast._kernel_args)
    singles = cands = 0
    for text in HOSTILE + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]:
        prep = fast._prepare(text, ())
        if prep is None:
            continue
        found, left = fast._kernel.frame_scan(fast._kauto, prep[0], prep[1], None if prep[2] is None else tuple(
            np.asarray(x, dtype=np.int64).tobytes() for x in prep[2]))
        singles += len(found) // 32
        cands += len(left) // 24
    assert singles > cands > 0


def test_doc_frames_and_set_aside_are_the_same_with_the_kernel(matchers):
    fast, plain = matchers
    texts = _texts(fast, contexts=False)[::3]
    for text in texts:
        for aside in ((), ((0, min(len(text), 12)),)):
            for quotes in (True, False):
                got = fast.doc_frames(text, set_aside=aside, quotes=quotes)
                want = plain.doc_frames(text, set_aside=aside, quotes=quotes)
                assert (got is None) == (want is None)
                if got is None:
                    continue
                assert got["n_tokens"] == want["n_tokens"], text[:120]
                for k in ("entry", "voice", "stance", "words"):
                    assert got[k].dtype == want[k].dtype and np.array_equal(got[k], want[k]), (k, text[:120])


def test_count_frames_stream_is_the_same_without_the_kernel(monkeypatch):
    """The whole table, every column, dtype and row, with and without the kernel (the matcher reads it when
    it is built), on the seeds and UN speeches, with and without voice."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + _un_speeches(400)
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                       "source": [f"s{i % 3}" for i in range(len(texts))]})
    for kw in ({"voice": False, "quotes": False}, {}):
        now = dc.count_frames_stream(df, by="source", n_jobs=1, progress=False, **kw)
        monkeypatch.setattr(M, "_KERNEL", None)
        plain = dc.count_frames_stream(df, by="source", n_jobs=1, progress=False, **kw)
        monkeypatch.undo()
        pd.testing.assert_frame_equal(now, plain)
        assert now["n"].sum() > 0


def test_a_pickled_matcher_matches_alike(matchers):
    """Worker processes get the matcher pickled: the compiled automaton is rebuilt there, or left out when the
    matcher had no kernel."""
    fast, plain = matchers
    text = HOSTILE[20] + " " + " ".join(HOSTILE[:60])
    want = plain._scan(text, ())[0]
    again = pickle.loads(pickle.dumps(fast))
    assert again._kauto is None and (again._kernel is None) == (M._KERNEL is None)
    assert again._scan(text, ())[0] == want
    plain_again = pickle.loads(pickle.dumps(plain))
    assert plain_again._kernel is None and plain_again._scan(text, ())[0] == want


def test_frame_automaton_refuses_what_it_cannot_hold(kernel):
    with pytest.raises(TypeError, match="key_info"):
        kernel.frame_automaton(["a"], [(0, -1, -1)], [])
    with pytest.raises(ValueError, match="names no spec"):
        kernel.frame_automaton(["a"], [(0, -1, -1, (3,))], [(1, 0, "a", "", "")])
    with pytest.raises(ValueError, match="twice"):
        kernel.frame_automaton(["a", "a"], [(0, -1, -1, (0,))] * 2, [(1, 0, "a", "", "")])
    auto = kernel.frame_automaton(["ab"], [(0, -1, -1, (0,))], [(1, 0, "ab", "", "")])
    with pytest.raises(ValueError, match="aligned"):
        kernel.frame_scan(auto, "abc", "ab", None)
    with pytest.raises(TypeError, match="offsets"):
        kernel.frame_scan(auto, "abc", "ab", (b"",))
    with pytest.raises(ValueError, match="int64"):
        kernel.frame_scan(auto, "abc", "ab", (b"\0" * 8, b"", b"", b""))


def test_distinct_nonascii_is_the_set_of_the_pattern(kernel, matchers):
    """What _prepare normalises: the distinct characters above U+007F, each once (first appearance order)."""
    texts = _texts(matchers[0], contexts=False) + ["\U0001f600" * 3 + "é\U00020000é\U0001f600", "ÿ\x80\u07ff\uffff\ud800"]
    for text in texts:
        got = kernel.distinct_nonascii(text)
        assert len(got) == len(set(got)) and set(got) == set(M._NONASCII.findall(text)), text[:80]
        assert list(got) == list(dict.fromkeys(M._NONASCII.findall(text)))


def test_prepare_is_the_same_with_the_kernel(kernel, matchers):
    """The normalised text (frame_norm: one pass) and its offset map, or the exact path, on every text, with
    characters that expand ("…", "ﬁ", "№"), capital sigma, lone marks, backticks and capitals of every script."""
    fast, plain = matchers
    extra = ["ÀÉÎÕÜ àéîõü `Quote` ΣΑΣ σας Ω ﬁ… №5 ＰＲＩＶＡＣＹ İstanbul ǅ ẞ ß", "a\u0301 b´ c¸", "Σ", "…" * 5, "`" * 3,
             "ÉCOLE", "\U0001d400\U0001f600 x", "ÿ Ÿ ŉ", "ΣΑΣ www.x.org a\u0301"]
    n_norm = 0
    for text in _texts(fast, contexts=False) + extra:
        got, want = fast._prepare(text, ()), plain._prepare(text, ())
        assert got == want, text[:120]
        n_norm += got is not None and not text.isascii()
    assert n_norm > 100


def test_paragraph_spans_are_the_patterns(kernel, matchers):
    """discourse.segment.paragraphs in C: the spans of its patterns, on the texts above and on random strings of
    line feeds, the blank-line white space (space, tab, CR, FF, VT), other white space (NBSP, U+2028, U+3000,
    U+0085, U+001C) and letters, with and without a blank line."""
    from discourse import segment as S

    rng = random.Random(12)
    alphabet = ["\n", "\n", " ", "\t", "\r", "\x0c", "\x0b", "\u00a0", "\u2028", "\u3000", "\x85", "\x1c", "a", "b.",
                "é", "中", "\U0001f600"]
    texts = _texts(matchers[0], contexts=False) + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
                                                    for _ in range(5000)]
    blank = 0
    for text in texts:
        assert kernel.paragraph_spans(text) == S._paragraphs_pattern(text), repr(text[:120])
        blank += S._BLANK.search(text) is not None
    assert 1000 < blank < len(texts) - 1000  # both ways of cutting paragraphs are compared
