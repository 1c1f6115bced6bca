"""Import time of the library in fresh processes: the rules' regular expressions read back from the cache
(discourse/_re_cache.py) against the same import compiling them (``DISCOURSE_CACHE_DIR=""``, the baseline), and
the share of the import that is the library's own patterns.

    python benchmarks/bench_import.py [--repeat 5] [--module discourse.text]

Each run is a new interpreter (``python -c "import MODULE"``), timed from outside; the cache folder is a
temporary one, filled by one run before the timed ones. Prints medians and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def _time(module: str, env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--module", default="discourse.text")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as cache:
        warm = dict(os.environ, DISCOURSE_CACHE_DIR=cache)
        off = dict(os.environ, DISCOURSE_CACHE_DIR="")
        _time(args.module, warm)  # fills the cache
        files = os.listdir(cache)
        size = sum(os.path.getsize(os.path.join(cache, f)) for f in files)
        cached, compiled, bare = [], [], []
        for _ in range(args.repeat):  # interleaved, so that a change of load hits both alike
            cached.append(_time(args.module, warm))
            compiled.append(_time(args.module, off))
            bare.append(_time("pandas, nltk, numpy", off))
    c, b, n = statistics.median(cached), statistics.median(compiled), statistics.median(bare)
    print(f"import {args.module}, median of {args.repeat} fresh processes each:")
    print(f"  patterns compiled (DISCOURSE_CACHE_DIR='', baseline) {b:6.2f} s")
    print(f"  patterns read from the cache                         {c:6.2f} s   ratio {b / c:5.2f}x faster")
    print(f"  pandas + nltk + numpy alone (the dependencies)       {n:6.2f} s")
    print(f"  cache file(s): {len(files)}, {size / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
