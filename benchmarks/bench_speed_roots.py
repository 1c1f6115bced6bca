"""CPU seconds of quotation finding (100 UN speeches) and cleaning (300), for two or more checkouts, as ratios.

    python benchmarks/bench_speed_roots.py BASELINE ROOT [ROOT ...]

Each ROOT is a checkout of the project with its kernels built (``python hatch_build.py`` in it), e.g. a worktree of
the revision to compare with: ``git worktree add /tmp/base REV && (cd /tmp/base && python hatch_build.py)``. Each
root runs in its own subprocess (so that two versions of the package never share a process), twice, alternating,
three timed passes each after a warm-up; the best CPU time (user + system) of each is printed, with its ratio to the
first root, the named baseline. The speeches are every 37th of ``../shared/corpora/ungd/`` (``find_quote_spans`` on
the first 100, ``clean_document`` on 300). CPU time rather than wall time, since the machine may be shared.
"""
import os
import subprocess
import sys
from pathlib import Path

UNGD = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
ROOTS = sys.argv[1:]
if len(ROOTS) < 2 or not UNGD.exists():
    raise SystemExit("usage: bench_speed_roots.py BASELINE ROOT [ROOT ...]; needs ../shared/corpora/ungd")
CHILD = r'''
import gzip, json, sys, time, resource
sys.path.insert(0, sys.argv[1])
import discourse
from discourse.quotes import find_quote_spans
from discourse.clean import clean_document
texts = []
with gzip.open(sys.argv[2], "rt") as fh:
    for i, line in enumerate(fh):
        if i % 37 == 0:
            texts.append(json.loads(line)["text"])
        if len(texts) >= 300:
            break
assert discourse.__file__.startswith(sys.argv[1]), discourse.__file__
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime
for t in texts[:3]:
    find_quote_spans(t); clean_document(t)
q = []; c = []
for _ in range(3):
    a = cpu()
    for t in texts[:100]:
        find_quote_spans(t)
    q.append(cpu() - a)
    a = cpu()
    for t in texts:
        clean_document(t)
    c.append(cpu() - a)
print(f"{min(q):.3f} {min(c):.3f}")
'''
res = {r: [] for r in ROOTS}
for _rep in range(2):
    for r in ROOTS:
        out = subprocess.run([sys.executable, "-c", CHILD, os.path.abspath(r), str(UNGD)], capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(out.stderr)
        res[r].append(tuple(map(float, out.stdout.split())))
q0 = min(x[0] for x in res[ROOTS[0]])
c0 = min(x[1] for x in res[ROOTS[0]])
for r in ROOTS:
    q = min(x[0] for x in res[r])
    c = min(x[1] for x in res[r])
    print(f"{r}: quotes 100 UN {q:.3f} s CPU ({q / q0:.2f}x baseline), cleaning 300 UN {c:.3f} s CPU ({c / c0:.2f}x)")
