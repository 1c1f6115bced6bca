"""The main job at scale: ``discourse report`` on samples of the UN General Debate corpus, against the cost
of tokenising the same text, in the same run.

    python benchmarks/bench_report.py                          # 1,000 and 5,000 speeches, grouped by country
    python benchmarks/bench_report.py --sizes 200,500          # smaller samples while developing
    python benchmarks/bench_report.py --sizes 0 --pieces 3000  # only the "few thousand news articles" case
    python benchmarks/bench_report.py CORPUS.jsonl.gz          # another copy of the UN corpus

What is measured, each in a fresh child process (so every figure includes imports and reading the corpus,
as a user sees it, and the peak memory is that child's own maximum resident set, from ``os.wait4``):

- **report**: ``python -m discourse.cli report SAMPLE --source country_iso3 --out DIR`` (every option at its
  default: 1,000 bootstrap resamples, the topic model, the explorer page). Its progress lines name every
  stage with its wall time; the stage that took longest is printed as the dominant stage.
- **baseline, tokenise**: the same child start-up, ``dc.load_corpus(SAMPLE, source="country_iso3")`` and
  ``dc.tokenize(corpus, metadata=["source"])``: the token table every table of the report is built from, so
  the report can never be cheaper than this. Ratios are report / baseline (wall time and peak memory).

Samples (written to a temporary folder, never into the repository):

- ``N speeches``: N speeches drawn at random (``random.Random(0)``) from the 10,952 of the corpus, in file
  order; grouped by ``country_iso3`` (about 200 groups; 1,000 speeches are about 18 MB of text, 5,000 about
  90 MB).
- ``pieces``: the "corpus of a few thousand news articles" of issue 14 (no news corpus is on this machine,
  and nltk's Brown corpus is not installed): speeches drawn at random (same seed), each cut at line breaks
  into consecutive pieces of about 600 words (a piece ends at the first line break after 600 words), until
  ``--pieces`` pieces; each piece is a document whose ``source`` is its speech's country.

Wall and CPU seconds (user + system, from ``wait4``) are both printed: on a shared machine the CPU seconds
and the ratios are the steadier figures. A child whose resident memory goes over ``--max-rss-mb`` (default
4,500 MB; the machine is shared) is stopped, and the row says so and names the stage it was in.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import UNGD  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
_STAGE = re.compile(r"^\[discourse report\] (.+) done in ([0-9.]+) s \(peak memory ([0-9,]+) MB\)")

_TOKENIZE = """
import sys
import discourse as dc
corpus = dc.load_corpus(sys.argv[1], source=sys.argv[2])
tokens = dc.tokenize(corpus, metadata=["source"])
print(len(tokens))
"""


def read_speeches(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sample_speeches(speeches: list[dict], n: int, seed: int = 0) -> list[dict]:
    idx = list(range(len(speeches)))
    random.Random(seed).shuffle(idx)
    return [speeches[i] for i in sorted(idx[:n])]


def cut_pieces(speeches: list[dict], n_pieces: int, words: int = 600, seed: int = 0) -> list[dict]:
    """Article-sized documents: speeches in random order, cut at line breaks after about ``words`` words."""
    idx = list(range(len(speeches)))
    random.Random(seed).shuffle(idx)
    out: list[dict] = []
    for i in idx:
        sp = speeches[i]
        buf: list[str] = []
        count = 0
        for line in sp["text"].split("\n"):
            buf.append(line)
            count += len(line.split())
            if count >= words:
                out.append({"doc_id": f"{sp['doc_id']}#{len(out)}", "country_iso3": sp["country_iso3"],
                            "year": sp["year"], "text": "\n".join(buf).strip()})
                buf, count = [], 0
                if len(out) >= n_pieces:
                    return out
    return out


def write_jsonl(rows: list[dict], path: Path) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_child(cmd: list[str], env: dict, max_rss_mb: float) -> tuple[float, float, float, str, bool]:
    """Wall seconds, CPU seconds (user + system), peak resident memory in MB (this child's own, from wait4),
    its stderr, and whether it was stopped for going over ``max_rss_mb`` (sampled twice a second)."""
    t0 = time.perf_counter()
    stopped = False
    with tempfile.TemporaryFile(mode="w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=REPO)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if max_rss_mb and _rss_mb(proc.pid) > max_rss_mb:
                stopped = True
                proc.kill()
            time.sleep(0.5)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        err.seek(0)
        text = err.read()
    if proc.returncode != 0 and not stopped:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed (exit {proc.returncode}):\n{text[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text, stopped


def stages(stderr: str) -> list[tuple[str, float, float]]:
    """(stage, seconds, peak memory of the process when it ended in MB) for every progress line."""
    return [(m.group(1), float(m.group(2)), float(m.group(3).replace(",", "")))
            for m in map(_STAGE.match, stderr.splitlines()) if m]


def measure(label: str, path: Path, n_docs: int, env: dict, work: Path, max_rss_mb: float) -> dict:
    size_mb = sum(len(r["text"]) for r in read_jsonl(path)) / 1e6
    t_wall, t_cpu, t_rss, _, t_stop = run_child([sys.executable, "-c", _TOKENIZE, str(path), "country_iso3"], env,
                                         max_rss_mb)
    out = work / f"report-{label.replace(' ', '-')}"
    r_wall, r_cpu, r_rss, err, r_stop = run_child([sys.executable, "-m", "discourse.cli", "report", str(path),
                                            "--source", "country_iso3", "--out", str(out)], env, max_rss_mb)
    st = stages(err)
    top = max(st, key=lambda s: s[1]) if st else ("none finished", 0.0, 0.0)
    # the stage during which memory grew most (its peak minus the peak before it)
    grew = [(name, mb - (st[i - 1][2] if i else 0.0)) for i, (name, _, mb) in enumerate(st)]
    mem_top = max(grew, key=lambda g: g[1]) if grew else ("none finished", 0.0)
    started = [line[len("[discourse report] "):-4] for line in err.splitlines() if line.endswith(" ...")]
    tables = sorted((out / "tables").iterdir()) if (out / "tables").exists() else []
    row = {"corpus": label, "documents": n_docs, "text_mb": round(size_mb, 1),
           "tokenize_wall_s": round(t_wall, 1), "tokenize_cpu_s": round(t_cpu, 1), "tokenize_peak_mb": round(t_rss),
           "tokenize_stopped": t_stop, "report_wall_s": round(r_wall, 1), "report_cpu_s": round(r_cpu, 1),
           "report_peak_mb": round(r_rss), "report_stopped": r_stop, "cpu_ratio": round(r_cpu / t_cpu, 2),
           "stopped_during": started[-1] if r_stop and started else None,
           "wall_ratio": round(r_wall / t_wall, 2), "memory_ratio": round(r_rss / t_rss, 2),
           "dominant_stage": top[0], "dominant_s": top[1], "memory_stage": mem_top[0],
           "memory_stage_mb": round(mem_top[1]),
           "tables_mb": round(sum(p.stat().st_size for p in tables) / 1e6, 1),
           "largest_table": max(tables, key=lambda p: p.stat().st_size).name if tables else None,
           "page_mb": round((out / "report.html").stat().st_size / 1e6, 1) if (out / "report.html").exists() else None,
           "stages": st}
    return row


def read_jsonl(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(UNGD), help="the UN General Debate JSONL.gz")
    ap.add_argument("--sizes", default="1000,5000", help="speeches per sample, comma-separated (0: none)")
    ap.add_argument("--pieces", type=int, default=3000, help="article-sized pieces (0: skip that case)")
    ap.add_argument("--json", default=None, help="also write the rows as JSON to this file")
    ap.add_argument("--max-rss-mb", type=float, default=4500,
                    help="stop a child whose resident memory goes over this (default 4500; 0: no limit); the "
                    "row then says so and names the stage it was in")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"{corpus}: not found; give the path of ungd_1946_2024.jsonl.gz", file=sys.stderr)
        return 2
    speeches = read_speeches(corpus)
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_report_") as tmp:
        work = Path(tmp)
        cases: list[tuple[str, Path, int]] = []
        if args.pieces:
            pieces = cut_pieces(speeches, args.pieces)
            cases.append((f"{len(pieces)} pieces of ~600 words",
                          write_jsonl(pieces, work / "pieces.jsonl.gz"), len(pieces)))
        for n in [int(x) for x in args.sizes.split(",") if int(x) > 0]:
            cases.append((f"{n} speeches", write_jsonl(sample_speeches(speeches, n), work / f"s{n}.jsonl.gz"), n))
        for label, path, n in cases:
            row = measure(label, path, n, env, work, args.max_rss_mb)
            rows.append(row)
            stop = f" (stopped over {args.max_rss_mb:,.0f} MB)"
            print(f"\n== {label}: {row['text_mb']} MB of text, grouped by country_iso3")
            print(f"   baseline (load + tokenize): {row['tokenize_wall_s']} s wall, {row['tokenize_cpu_s']} CPU s, "
                  f"peak {row['tokenize_peak_mb']} MB"
                  + (stop if row["tokenize_stopped"] else ""))
            print(f"   discourse report:           {row['report_wall_s']} s wall, {row['report_cpu_s']} CPU s, "
                  f"peak {row['report_peak_mb']} MB"
                  + (stop + f" during: {row['stopped_during']}" if row["report_stopped"] else ""))
            print(f"   ratios report/baseline:     wall {row['wall_ratio']}x, CPU {row['cpu_ratio']}x, "
                  f"memory {row['memory_ratio']}x")
            print(f"   dominant stage (time):      {row['dominant_stage']} ({row['dominant_s']} s)")
            print(f"   dominant stage (memory):    {row['memory_stage']} (+{row['memory_stage_mb']} MB)")
            print(f"   tables {row['tables_mb']} MB (largest {row['largest_table']}), report.html {row['page_mb']} MB")
            for name, sec, mb in sorted(row["stages"], key=lambda s: -s[1])[:8]:
                print(f"     {sec:7.1f} s  peak {mb:7,.0f} MB  {name}")
            sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
