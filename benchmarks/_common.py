"""Helpers shared by the benchmark scripts: the default corpus, peak memory, timing, reporting."""

from __future__ import annotations

import gc
import importlib
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UNGD = REPO.parent / "shared" / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
SEEDS = REPO / "seeds"


def default_corpus() -> Path:
    """The UN General Debate corpus where present, else the bundled seeds."""
    return UNGD if UNGD.exists() else SEEDS


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM (reset by exec, unlike ru_maxrss, which a child process inherits from its parent).
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Current resident memory of this process, in MB."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:  # pragma: no cover - not Linux
        return peak_rss_mb()


class PeakSampler:
    """Sample this process's resident memory (plus its children's) in a thread; ``peak`` in MB.

    ``ru_maxrss`` only ever grows, so steps measured one after another in one process need a sampler
    that starts from the current level: ``peak - start`` is the extra memory one step needed.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = self.start = 0.0
        self._stop = threading.Event()

    def _total(self) -> float:
        total = rss_mb()
        try:
            import psutil  # optional: children of a process pool
        except ImportError:
            return total
        try:
            for child in psutil.Process().children(recursive=True):
                total += child.memory_info().rss / 2**20
        except Exception:  # noqa: BLE001 - a child may exit between listing and reading
            pass
        return total

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self._total())

    def __enter__(self) -> PeakSampler:
        gc.collect()
        self.start = self.peak = self._total()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (worker pools), in seconds."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@contextmanager
def timed(label: str, results: dict):
    """Time a block (wall clock and CPU) and sample its memory; store ``(seconds, peak_mb, extra_mb, cpu_s)``.

    CPU seconds count this process and worker processes that ended inside the block; on a shared machine
    they are less disturbed by other processes than wall-clock seconds.
    """
    with PeakSampler() as mem:
        t0, c0 = time.perf_counter(), cpu_seconds()
        yield
        dt, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    results[label] = (dt, mem.peak, mem.peak - mem.start, cpu)
    print(f"  {label:<48} {dt:8.2f} s  cpu {cpu:8.2f} s   peak {mem.peak:8.0f} MB (+{mem.peak - mem.start:.0f})",
          file=sys.stderr, flush=True)


def package_at(rev: str, *, kernels: bool = False):
    """The ``discourse`` package as of git revision ``rev``, imported as ``discourse_before``.

    The compiled kernels are gitignored, so the extracted package runs its pure-Python paths (the regular
    expressions and Python steps the kernels stand for); ``kernels=True`` compiles each of the revision's own
    kernel sources (``discourse/_kernel*.c``, those it has) into it, as a built checkout of that revision runs,
    so that a comparison measures the code that changed and not a missing build (no C compiler: a warning and
    the pure-Python path).
    """
    data = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", rev, "discourse"],
                          check=True, capture_output=True).stdout
    root = Path(tempfile.mkdtemp(prefix="discourse_before_"))
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(root, filter="data")
    if kernels:
        sys.path.insert(0, str(REPO))
        try:
            from hatch_build import compile_kernel

            for source in sorted((root / "discourse").glob("_kernel*.c")):
                try:
                    built = compile_kernel(root, root / "build", source.stem)
                    shutil.copy2(built, root / "discourse" / built.name)
                except Exception as exc:  # noqa: BLE001 - no compiler: the revision's pure-Python path
                    print(f"warning: {source.name} of {rev} was not compiled ({type(exc).__name__}: {exc})",
                          file=sys.stderr)
        finally:
            sys.path.remove(str(REPO))
    shutil.move(root / "discourse", root / "discourse_before")
    sys.path.insert(0, str(root))
    return importlib.import_module("discourse_before")
