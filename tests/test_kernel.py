"""The compiled token scan (discourse/_kernel.c) gives exactly the tokens and offsets of the pattern.

Both paths run on the same texts here: the kernel (installed, or compiled from the sources into a temporary
folder when the checkout has none; skipped only where no C compiler is present) and the pattern, the
pure-Python fallback (``discourse.text._token_spans_pattern``). The texts: the seeds, Brown and UN General
Debate samples, hostile inputs (only quotation marks, unpaired marks, mixed scripts, clitics at the end of a
text) and seeded random strings over an alphabet of the characters the rules look at. The kernel may refuse a
text (None: then the pattern tokenises it); where it answers, it must agree.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import text as T

from .conftest import BROWN, UNGD, compiled_kernel, needs_corpora

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The kernel module: the one ``discourse.text`` loaded, else compiled from discourse/_kernel.c."""
    if T._KERNEL is not None:
        return T._KERNEL
    mod = compiled_kernel("_kernel", tmp_path_factory.mktemp("kernel"))
    mod.setup(T._refused_bitmap())
    return mod


def _agree(kernel, text: str) -> bool:
    """Does the kernel give the pattern's spans and tokens (or refuse)? Asserts on a difference."""
    found = kernel.scan(text, True)
    if found is None:
        return False
    s, e, toks = T._token_spans_pattern(text)
    ks, ke = np.frombuffer(found[0], dtype=np.int64), np.frombuffer(found[1], dtype=np.int64)
    assert toks == found[2], (text[:200], [(a, b) for a, b in zip(toks, found[2], strict=False) if a != b][:3])
    assert np.array_equal(s, ks) and np.array_equal(e, ke), text[:200]
    assert kernel.scan(text, False) == toks  # the fast_tokens form
    ids, ids_plain = T._Ids(), T._Ids()
    ids_plain["seen"]  # noqa: B018 - a value known before, as in a table's later documents
    ids["seen"]  # noqa: B018
    ks2, ke2, codes = kernel.scan_codes(text, ids)
    plain = np.fromiter(map(ids_plain.__getitem__, toks), dtype=np.int32, count=len(toks))
    assert np.array_equal(np.frombuffer(codes, dtype=np.int32), plain) and ids.values == ids_plain.values
    assert bytes(ks2) == bytes(found[0]) and bytes(ke2) == bytes(found[1])
    return True


HOSTILE = [
    "", " ", "_", "__a__", "\"" * 50, "“”" * 30, "‘’'`" * 20, "'s", "'S'", "'re'", "x's", "x's_", "x'sa",
    "don't can't we're I'm you'd they've we'll", "rock'n'roll rock-'n'-roll", "O’Brien’s ’90s ‘em", "a′b ʼs ʼ",
    "U.S. A.I. e.g. i.e. U.S.A U.S", "e.g.5 A.1.", "US$1,000.50 RM4.2 ABCD5 ABC12 A1b 2nd 3.14% 1:30 1..2 $ $5 €5 £ ¥3",
    "re-structured AI-enabled -x x- x--y x‐y x‑y", "Gdańsk Côte d'Ivoire São Tomé Ελλάδα Россия 中国 日本語 한국",
    "١٢٣ ٤٫٥ ۱۲ ३४ a١b", "tab\tvert\x0bff\x0cfs\x1c\x1d\x1e\x1f\x85\xa0\u2003\u3000end",
    "“unclosed ‘marks” here’ and «guillemets» „low“", "... !!! ?!? — – … •·", "ℌ ℃ ² ½ Ⅻ ǅ",
    "mixed ASCII and ελληνικά, العربية, עברית, ไทย", "end's", "end'", "'", "x'", "'x", "x`s `re",
]
REFUSED = ["mail me@example.org", "see https://example.org/x", "www.example.org", "e\u0301", "pri\u00advacy",
           "sur\u200bveillance", "हिन्दी", "👍🏽", "ok\ufe0f", "a\u200db"]


def test_kernel_agrees_with_the_pattern_on_hostile_inputs(kernel):
    answered = [t for t in HOSTILE if _agree(kernel, t)]
    # every hostile input above is within the kernel's rules: none may be refused (the test must compare)
    assert answered == HOSTILE
    for t in REFUSED:  # an alternative the kernel leaves out could match: it must refuse, not guess
        assert kernel.scan(t, True) is None, t
        assert kernel.scan(t, False) is None, t
        assert kernel.scan_codes(t, {}) is None, t


def test_kernel_agrees_with_the_pattern_on_random_strings(kernel):
    alphabet = list("aZsSrREvVlLdDmMtx019_.,:%$-'`’‘ʼ′\"“” \n\tABCUé中١‐‑€£¥?!()@/w") + ["'s", "’re", "U.S.", "US$1"]
    rng = random.Random(16)
    n = 0
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        n += _agree(kernel, text)
    assert n > 2500  # most strings hold no '@' or '//' and are compared


def _texts() -> list[str]:
    """The seeds, 100 Brown texts and 200 UN speeches (every 5th and every 50th of the files); a new list of the
    texts read once (a dozen tests here and in test_kernel_quotes, test_kernel_names and test_speakers_fast take
    them, and each reading decompressed 10,000 speeches: 1.5 s)."""
    return list(_texts_read())


@functools.lru_cache(maxsize=1)
def _texts_read() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if BROWN.exists():
        with gzip.open(BROWN, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in itertools.islice(fh, 0, 500, 5)]
    if UNGD.exists():
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in itertools.islice(fh, 0, 10000, 50)]
    return tuple(texts)


def test_kernel_agrees_on_seeds_brown_and_un_speeches(kernel):
    texts = _texts()
    answered = sum(_agree(kernel, t) for t in texts)
    assert answered >= 0.8 * len(texts), (answered, len(texts))


@needs_corpora
def test_tokenize_is_identical_with_the_compiled_kernel_on_brown_and_un_speeches(kernel, monkeypatch):
    """tokenize before/after: with the kernel (scan and token ids) and with the pattern, the same tables,
    quotations and voices included, on every 8th of the texts above (about 40)."""
    texts = _texts()[::8]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                                                    "text": texts}), text="text")
    monkeypatch.setattr(T, "_KERNEL", kernel)
    now = dc.tokenize(corpus)
    monkeypatch.setattr(T, "_KERNEL", None)
    plain = dc.tokenize(corpus)
    pd.testing.assert_frame_equal(now, plain)
    assert len(plain) > 100_000 and (plain["voice"] != "author").any()


def test_token_spans_is_the_pattern_whichever_path_runs(monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + HOSTILE + REFUSED
    with_kernel = [T.token_spans(t) for t in texts]
    with_fast = [T.fast_tokens(t) for t in texts]
    monkeypatch.setattr(T, "_KERNEL", None)
    for t, (s, e, toks), fast in zip(texts, with_kernel, with_fast, strict=True):
        ps, pe, ptoks = T.token_spans(t)
        assert toks == ptoks == fast == T.fast_tokens(t)
        assert np.array_equal(s, ps) and np.array_equal(e, pe)
        assert s.dtype == ps.dtype == np.int64
        s[:0] = 0  # writable, as the pattern's arrays are


def test_tokenize_tables_are_identical_without_the_kernel(monkeypatch):
    corpus = dc.load_corpus(SEEDS)
    extra = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"h{i}" for i in range(len(HOSTILE))],
                                                   "text": [t if t.strip() else "." for t in HOSTILE]}), text="text")
    for c in (corpus, extra):
        now = dc.tokenize(c)
        monkeypatch.setattr(T, "_KERNEL", None)
        plain = dc.tokenize(c)
        monkeypatch.undo()
        pd.testing.assert_frame_equal(now, plain)


def test_the_environment_variable_leaves_the_kernel_unused():
    code = "import discourse.text as T, discourse.segment as S; print(T._KERNEL is None and S._KERNEL_SENTENCES is None)"
    env = dict(os.environ, DISCOURSE_NO_KERNEL="1", PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_token_ids_kept_between_calls_are_the_mappings_own(kernel):
    """scan_codes keeps the ids of tokens met before in C while the same ids object is passed (the cache of
    _kernel.c): the codes must be those of the mapping on every call, when one _Ids serves many texts (the
    tokens of later texts met before), when another _Ids, a dict without weak references (no cache kept) or
    a dead _Ids comes between, when keys are added outside the kernel (the pattern path of a document with
    set-aside spans), and for the same token in texts of one, two and four bytes per character."""
    rng = random.Random(3)
    words = ["the", "The", "caf\u00e9", "\u4e2d\u56fd", "O\u2019Brien", "U.S.", "US$1", "x-y", "'s", ".", "\u2019",
             "\u00e9t\u00e9", "\u0101", "r\u00e9sum\u00e9"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    texts += [t + " \U0001f600" for t in texts[:20]]  # four bytes per character: refused, None
    texts += HOSTILE + _texts()[:12]
    reference = T._Ids()  # the pure-Python mapping: one lookup per token
    ids = T._Ids()
    class NoWeakIds(dict):  # a mapping without weak references: the kernel keeps no cache for it
        __slots__ = ()

        def __missing__(self, key):
            i = self[key] = len(self)
            return i

    other, plain = T._Ids(), NoWeakIds()
    for k, text in enumerate(texts):
        found = kernel.scan_codes(text, ids)
        toks = T._token_spans_pattern(text)[2]
        want = np.fromiter(map(reference.__getitem__, toks), dtype=np.int32, count=len(toks))
        if found is None:  # refused: the caller maps the pattern's tokens itself, as here
            np.fromiter(map(ids.__getitem__, toks), dtype=np.int32, count=len(toks))
        else:
            assert np.array_equal(np.frombuffer(found[2], dtype=np.int32), want), text[:80]
        assert ids.values == reference.values
        if k % 7 == 0:  # another mapping between two calls, then the first one again
            got = kernel.scan_codes(text, other if k % 2 else plain)
            if got is not None:
                mapping = other if k % 2 else plain
                assert np.frombuffer(got[2], dtype=np.int32).tolist() == [mapping[t] for t in toks]
        if k % 11 == 0:
            dead = T._Ids()
            kernel.scan_codes(text, dead)
            del dead
        if k % 13 == 0:  # a key added outside the kernel keeps its place
            ids[f"outside{k}"]  # noqa: B018
            reference[f"outside{k}"]  # noqa: B018
    assert len(reference.values) > 20


def test_first_surrogate_is_the_patterns(kernel):
    from discourse._util import LONE_SURROGATE

    texts = HOSTILE + REFUSED + ["\ud800", "a\udfff", "ab\udc00c\ud800", "\u00e9\ud83d", "\U0001f600 \udc01", "\U0001f600",
                                 "plain ascii", "caf\u00e9", "\ud7ff\ue000", "x" * 1000 + "\udbff"]
    for text in texts:
        m = LONE_SURROGATE.search(text)
        assert kernel.first_surrogate(text) == (-1 if m is None else m.start()), repr(text[:20])


def test_token_ids_are_right_when_threads_share_the_kernel(kernel):
    """The kernel's id cache is one per process; a thread may take over while another's ``ids.__missing__``
    runs (forced here by sleeping in it). Each thread must still get its own mapping's ids."""
    import threading
    import time

    class SlowIds(T._Ids):
        def __missing__(self, key):
            time.sleep(0)  # let another thread run
            return super().__missing__(key)

    texts = _texts()[:40] + HOSTILE
    errors: list[str] = []

    def work(k: int) -> None:
        ids, ref = SlowIds(), T._Ids()
        for text in (texts[k:] + texts[:k]) * 2:
            found = kernel.scan_codes(text, ids)
            toks = T._token_spans_pattern(text)[2]
            want = [ref[t] for t in toks]
            if found is None:
                for t in toks:
                    ids[t]  # noqa: B018 - as the caller maps a refused text's tokens
            elif np.frombuffer(found[2], dtype=np.int32).tolist() != want:
                errors.append(text[:60])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors[:3]
