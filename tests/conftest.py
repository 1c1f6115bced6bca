"""Shared fixtures: the seed corpus, its tokens, a tiny corpus; figures closed and randomness seeded."""

from __future__ import annotations

import os

# One BLAS thread for the test run, set before numpy is first imported (the child processes the tests start
# inherit it). Why: the suite's matrices are small (LSS and topic-model SVDs of a few hundred documents), and
# with OpenBLAS's default of a thread per core its worker threads spin while they wait; on the 2-core CI
# machine, shared with other jobs, that doubled the CPU time of the numeric tests (test_scaling, test_topics and
# test_framing together: 44.8 s user with the default, 23.9 s with one thread, same results) and gained no
# wall time. The results do not depend on it: every test and the golden fingerprints pass either way. An
# explicit OPENBLAS_NUM_THREADS in the environment is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import random  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
VALIDATION = SHARED / "validation" / "framing_dev.jsonl"
UNGD = SHARED / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
BROWN = SHARED / "corpora" / "brown" / "brown.jsonl.gz"
# the tests that compare two implementations on Brown texts and UN speeches, and assert that enough was compared
# for the comparison to mean something: they need the shared corpora next to the checkout, as CI has them, and are
# skipped, with this reason, where the README's test command runs without them
needs_corpora = pytest.mark.skipif(not (UNGD.exists() and BROWN.exists()),
                                   reason="needs ../shared/corpora (the Brown and UN General Debate corpora)")


_COMPILED: dict[str, Path | Exception] = {}


def compiled_kernel(name: str, build_dir: Path):
    """``discourse/<name>.c`` compiled into ``build_dir`` (with hatch_build's ``compile_kernel``) and loaded as
    ``discourse.<name>``, for the kernel tests where the package runs without its built kernel; skips the
    test where no C compiler is present (the pure-Python path is then all there is).

    The C compiler runs once per kernel and test session (2-10 CPU seconds each; five test files ask);
    a later caller gets a copy of that file in its own ``build_dir``, loaded from there: a library loaded from
    another path is another instance, so each caller still has a module with its own C state, as when each
    compiled its own."""
    import importlib.util
    import shutil
    import sys

    first = _COMPILED.get(name)
    if first is None or (isinstance(first, Path) and not first.exists()):
        sys.path.insert(0, str(REPO))
        try:
            from hatch_build import compile_kernel
        finally:
            sys.path.remove(str(REPO))
        try:
            path = compile_kernel(REPO, build_dir, name)
        except Exception as exc:  # noqa: BLE001 - no compiler on this machine: the fallback is all there is
            _COMPILED[name] = exc
            pytest.skip(f"the C kernel {name}.c cannot be compiled here: {exc}")
        _COMPILED[name] = path
    elif isinstance(first, Exception):
        pytest.skip(f"the C kernel {name}.c cannot be compiled here: {first}")
    else:
        path = build_dir / "discourse" / first.name
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(first, path)
    spec = importlib.util.spec_from_file_location(f"discourse.{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seeds() -> dc.Corpus:
    return dc.load_corpus()


@pytest.fixture(scope="session")
def seed_tokens(seeds) -> pd.DataFrame:
    return dc.tokenize(seeds)


@pytest.fixture(scope="session")
def tiny_corpus() -> dc.Corpus:
    """Four short documents from two sources, with a quotation and a scare quote."""
    df = pd.DataFrame({
        "doc_id": ["a1", "a2", "b1", "b2"],
        "source": ["Vendor", "Vendor", "Watchdog", "Watchdog"],
        "text": [
            "Our smart city platform makes public safety seamless.\n\nThe intelligent video system is the "
            "city's nervous system.",
            "\u201cSafe city solutions empower police,\u201d said Jane Lee, a company director.",
            "Mass surveillance threatens privacy and human rights.\n\nThe so-called \u2018smart city\u2019 "
            "enables repression.",
            "\u201cThis is a panopticon,\u201d said Omar Diaz of the rights group. Privacy matters.",
        ],
    })
    return dc.Corpus.from_dataframe(df)


# the two poles of the bundled framing lexicon, and the use of each of their hits in one text: the helpers of the
# tests that read uses sentence by sentence (test_audit_uses, test_audit_opinion)
POLES = ["promotional", "rights"]


def frame_uses(text: str, source: str = "s", quotes: bool = True) -> list[tuple[str, str, str, str]]:
    """(matched, use, use_rule, voice) of every pole hit of ``text``, one document of ``source``."""
    df = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    toks = dc.tokenize(dc.Corpus.from_dataframe(df), quotes=quotes)
    ft = dc.find_frame_terms(toks, "framing", categories=POLES)
    return list(zip(ft["matched"], ft["use"], ft["use_rule"], ft["voice"], strict=True))


def use_of(text: str, matched: str, source: str = "s", quotes: bool = True) -> tuple[str, str, str]:
    """(use, use_rule, voice) of the one pole hit of ``text`` that matched ``matched``."""
    rows = [r for r in frame_uses(text, source=source, quotes=quotes) if r[0] == matched]
    assert len(rows) == 1, rows
    return rows[0][1], rows[0][2], rows[0][3]


@pytest.fixture(autouse=True)
def _seed_and_close():
    random.seed(0)
    np.random.seed(0)
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
