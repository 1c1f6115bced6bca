"""Time growth of the text entry points on adversarial inputs: is any of them super-linear?

    python benchmarks/probe_scaling.py [--sizes 25000,50000,100000,200000,400000] [--entries a,b]
                                       [--shapes x,y] [--cap 20] [--flag 1.2] [--list]

Every entry point (``ENTRIES``) is fed every input shape (``SHAPES``: long runs of capitalised words, "Mr.
Mr.", "said said", thousands of quotation marks of every kind, unclosed and nested quotations, a line with no
spaces, no sentence ends, comma runs, initials, dash runs, URLs, mixed scripts and combining marks, one
paragraph vs one line per word, CR/CRLF line ends, NUL and control characters, digit runs, and normal news
text as the reference) at each size (characters; each shape is generated to that length, seeded, so every
run times the same input). The growth exponent between two sizes n1 < n2 is ``log(t2 / t1) / log(n2 /
n1)``: 1 is linear, 2 quadratic. Times are CPU seconds of one worker process (``time.process_time``; the
first call of an entry is on a small other text, so imports, lexicons and compiled patterns are not part
of them), so they and their ratios are robust to the load of a shared machine.

Each entry point runs in a worker process that the probe watches: a size that takes longer than 4 x
``--cap`` + 10 seconds of wall time (a loaded machine runs slower than its CPU seconds) is stopped (the
worker is killed and restarted at the next shape) and printed as ``>cap``; a size whose CPU time,
extrapolated with the exponent seen so far (at least 1), would pass the cap is skipped (``skip``; only
once a size took 0.2 s, as the exponent between two times of milliseconds is noise).

Output: one row per entry x shape with the times per size, the exponent of the last two measured sizes
(``exp``) and of a least-squares fit over all sizes from the second on (``fit``), and a flag: ``SLOW``
where the exponent passes ``--flag`` (default 1.2) with at least 0.2 s at the largest size measured (the
exponent of less is noise on a loaded machine), ``HANG`` where a size was stopped, ``BIG`` where the largest size
took more than 3 s or a larger one was skipped. Nothing here asserts a time; the tests that catch a regression to
super-linear time are in ``tests/test_scaling_hostile.py``.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import random
import selectors
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# ------------------------------------------------------------------------------------------ input shapes
_CAPS = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Smith", "Jones", "Huawei", "Council", "Ministry", "John",
         "Mary", "President", "Chief", "Security", "United", "Nations", "New", "York", "Times"]
_WORDS = ["the", "city", "cameras", "and", "of", "police", "privacy", "smart", "safe", "was", "data", "to",
          "in", "a", "surveillance", "system", "people", "rights", "said", "report"]


_SYLLABLES = ["xiao", "ming", "wei", "hua", "jun", "li", "na", "jie", "tao", "yan", "hong", "qiang", "lei", "fang",
              "ping", "gang", "yong", "jing", "hui", "bo", "chen", "dong", "feng", "guo", "hai", "kai", "lan"]


def _given(rng: random.Random) -> str:
    """A made-up given name of two or three syllables ('Xiaoming'): tens of thousands of distinct ones."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()


def _fill(unit_fn, n: int, seed: int = 0) -> str:
    """Concatenate ``unit_fn(rng)`` until the text is ``n`` characters long (cut at ``n``)."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < n:
        u = unit_fn(rng)
        parts.append(u)
        size += len(u)
    return "".join(parts)[:n]


def _rep(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))


def _news(n: int) -> str:
    base = _seed_text()
    return ((base + "\n\n") * (n // len(base) + 1))[:n]


def _soup(n: int) -> str:
    """Random soup of quotation marks, capitals, cue verbs, punctuation and line ends (the fuzz alphabet)."""
    alphabet = ['"', "'", "“", "”", "‘", "’", "``", "''", "„", "«", "»", "‹", "›", " ", " ", "a", "s", "n", "9",
                "\n", "\n\n", "\r\n", ".", ",", ":", "—", "(", " he said", "Smith", "according to", "called",
                " Mr.", " The", " said:", " “We", "”"]
    return _fill(lambda r: r.choice(alphabet), n, seed=1)


SHAPES: dict[str, tuple[str, object]] = {
    # reference: normal news text (the seeds repeated)
    "news": ("the five seed articles repeated", _news),
    "news_1para": ("the seed text with every line break a space: one huge paragraph",
                   lambda n: _news(n).replace("\n", " ")),
    "news_lines": ("the seed text one word per line", lambda n: "\n".join(_news(n).split())[:n]),
    "news_crlf": ("the seed text with CRLF line ends", lambda n: _news(n).replace("\n", "\r\n")[:n]),
    "news_cr": ("the seed text with old-Mac CR line ends", lambda n: _news(n).replace("\n", "\r")[:n]),
    # capitals, titles, cue verbs
    "caps": ("capitalised words, no punctuation", lambda n: _fill(lambda r: r.choice(_CAPS) + " ", n)),
    "caps_letters": ("'A B C D ...'", lambda n: _fill(lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + " ", n)),
    "caps_quote": ("capitalised words then one quotation and 'said'",
                   lambda n: _fill(lambda r: r.choice(_CAPS) + " ", n - 40) + "“Smart cities,” said Smith."),
    "quote_caps": ("one quotation, 'said', then capitalised words",
                   lambda n: "“Smart cities,” said " + _fill(lambda r: r.choice(_CAPS) + " ", n - 21)),
    "caps_commas": ("capitalised words with commas", lambda n: _fill(lambda r: r.choice(_CAPS) + ", ", n)),
    "surname": ("many people sharing a surname: '“Yes,” said Wang Xiaoming. ' with ever new given names",
                lambda n: _fill(lambda r: f"“We agree,” said Wang {_given(r)}. ", n)),
    "surname_alone": ("the same, with the surname alone between them: '... Wang said.'", lambda n: _fill(
        lambda r: f"“We agree,” said Wang {_given(r)}. “Yes,” Wang said. ", n)),
    "mr": ("'Mr. Mr. Mr.'", _rep("Mr. ")),
    "mr_caps": ("'Mr. Smith Mr. Jones ...'", lambda n: _fill(lambda r: "Mr. " + r.choice(_CAPS) + " ", n)),
    "said": ("'said said said'", _rep("said ")),
    "said_caps": ("'Smith said Jones said'", lambda n: _fill(lambda r: r.choice(_CAPS) + " said ", n)),
    "who_said": ("', who said, ,'", _rep(", who said, ,")),
    "according": ("'according to according to'", _rep("according to ")),
    "said_colon": ("'he said: he said:'", _rep("he said: ")),
    "words": ("lower-case words, no sentence end", lambda n: _fill(lambda r: r.choice(_WORDS) + " ", n)),
    "words_commas": ("lower-case words and commas, no sentence end",
                     lambda n: _fill(lambda r: r.choice(_WORDS) + r.choice([" ", ", "]), n)),
    "appositions": ("'Smith, the chief of Huawei, who said, ' repeated",
                    lambda n: _fill(lambda r: f"{r.choice(_CAPS)}, the chief of {r.choice(_CAPS)}, who said, ", n)),
    "initials": ("'A. B. C. D.'", lambda n: _fill(lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ". ", n)),
    "initials_tight": ("'A.B.C.D.'", lambda n: _fill(lambda r: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ".", n)),
    # quotation marks
    "dq": ('\'"\' only', _rep('"')),
    "dq_curly": ("'“”' only", _rep("“”")),
    "open_curly": ("'“' only", _rep("“")),
    "close_curly": ("'”' only", _rep("”")),
    "sq": ("\"'\" only", _rep("'")),
    "sq_curly": ("'‘’' only", _rep("‘’")),
    "guillemets": ("'«»' only", _rep("«»")),
    "guillemets_open": ("'«' only", _rep("«")),
    "backticks": ("'``'' ' only", _rep("``''")),
    "all_marks": ("every mark, cycled", _rep("\"“”'‘’«»‹›„``''")),
    "marks_words": ("every mark between words", lambda n: _fill(
        lambda r: r.choice(["\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''"]) + r.choice(_WORDS + _CAPS) + " ", n)),
    "unclosed": ("'“a ' repeated (unclosed)", _rep("“a ")),
    "unclosed_words": ("'“Smart city said Smith ' repeated (unclosed, with cues)", _rep("“Smart city said Smith ")),
    "unclosed_sq": ("\"'tis ' repeated (unclosed singles)", _rep("'tis ")),
    "nested": ("nested marks, deep", lambda n: ("“‘«" * (n // 6) + "»’”" * (n // 6))[:n]),
    "quotes_dense": ("'“a,” he said. ' repeated", _rep("“a,” he said. ")),
    "quotes_said": ("'“We will,” said Smith, “and more.” ' repeated", _rep("“We will,” said Smith, “and more.” ")),
    "quote_long": ("one quotation around lower-case words", lambda n: "“" + _fill(
        lambda r: r.choice(_WORDS) + " ", n - 20) + ",” said Smith."),
    "apostrophes": ("\"Smith's don't it's\" repeated", _rep("Smith's don't it's ")),
    "soup": ("random soup of marks, capitals and cues", _soup),
    # no spaces, dashes, URLs, digits
    "nospace": ("one word of letters", _rep("a")),
    "nospace_dots": ("'ab.' repeated, no spaces", _rep("ab.")),
    "nospace_mixed": ("letters, digits and punctuation, no spaces", lambda n: _fill(
        lambda r: r.choice("abcXYZ019.,;:-_@/'\"“”"), n)),
    "hyphens": ("'-' only", _rep("-")),
    "dashes": ("'—' only", _rep("—")),
    "hyphenated": ("'a-b-c-d-...'", _rep("a-")),
    "dash_words": ("'word — word — '", lambda n: _fill(lambda r: r.choice(_WORDS) + " — ", n)),
    "urls": ("URLs separated by spaces", lambda n: _fill(
        lambda r: f"https://www.ex{r.randrange(99)}.com/a/b.c?x={r.randrange(9)}&y=z#f ", n)),
    "url_long": ("one URL with no spaces", lambda n: "https://ex.com/" + _rep("a/b.c?")(n - 15)),
    "emails": ("e-mail addresses", lambda n: _fill(lambda r: f"jo.doe{r.randrange(99)}@ex.org ", n)),
    "digits": ("one run of digits", _rep("1")),
    "numbers": ("'1,000,000.5 ' repeated", _rep("1,000,000.5 ")),
    "parens": ("'(((' then ')))'", lambda n: ("(" * (n // 2) + ")" * (n // 2))[:n]),
    "dots": ("'.' only", _rep(".")),
    "ellipses": ("'word... ' repeated", _rep("word... ")),
    "colons": ("':' only", _rep(":")),
    "commas": ("',' only", _rep(",")),
    # scripts and characters
    "mixed_scripts": ("Latin, Cyrillic, Greek, Arabic, Devanagari, CJK words", lambda n: _fill(
        lambda r: r.choice(["privacy", "слежка", "ιδιωτικότητα", "مراقبة", "निगरानी", "监控", "Ḿárk"]) + " ", n)),
    "combining": ("a letter with a run of combining marks", _rep("e" + "\u0301" * 50 + " ")),
    "combining_only": ("combining marks only", _rep("\u0301")),
    "zero_width": ("zero-width spaces and soft hyphens between letters", _rep("a\u200b\xad")),
    "nul": ("NUL characters only", _rep("\x00")),
    "controls": ("control characters between words", lambda n: _fill(
        lambda r: r.choice(_WORDS) + chr(r.randrange(1, 32)), n)),
    "spaces": ("spaces only", _rep(" ")),
    "blank_spaces": ("a blank line, then one line of spaces", lambda n: "a\n\n" + " " * (n - 3)),
    "blank_ws_lines": ("a blank line, then lines of spaces", lambda n: "a\n\n" + _rep(" " * 999 + "\n")(n - 3)),
    "nbsp": ("no-break and ideographic spaces, tabs", _rep("\xa0\u3000\t")),
    "newlines": ("line breaks only", _rep("\n")),
    "blank_lines": ("'word\\n\\n' repeated (a paragraph per word)", _rep("word\n\n")),
    "lines": ("'word\\n' repeated (a line per word)", _rep("word\n")),
    "cr_only": ("'word\\r' repeated", _rep("word\r")),
    # interview turns (discourse._interviews): thousands of labelled turns, or of questions under a 'Q&A' title
    "interview": ("'Q&A' title, then 'MTW: Why?' / 'Roe: Because ...' turns",
                  lambda n: ("Q&A: on cameras\n\nWe spoke with Ann Roe.\n\n"
                             + _rep("MTW: Why is that?\n\nRoe: Because it works well, Roe says.\n\n")(n))[:n]),
    "interview_q": ("'Q&A' title, then question and answer paragraphs without labels",
                    lambda n: ("Q&A: on cameras\n\nWe spoke with Ann Roe.\n\n"
                               + _rep("Why is that?\n\nBecause it works well.\n\n")(n))[:n]),
    # a transcript: no sentence ends at all, a lexicon word every 40 words (the stance rules scanned the whole
    # sentence for every hit: quadratic in find_frame_terms)
    "transcript_hits": ("words without any full stop, 'privacy' about every 40th word",
                        lambda n: _fill(lambda r: "privacy " if r.random() < 1 / 40 else "word ", n, seed=2)),
}


# ------------------------------------------------------------------------------------------ entry points
def _entries() -> dict[str, tuple[str, object]]:
    """Entry point name -> (what it runs, fn(text) -> a small summary of the result). Built in the worker."""
    import pandas as pd

    import discourse as dc
    from discourse import clean, segment, text
    from discourse.matcher import FrameMatcher
    from discourse.quotes import find_quote_spans

    lexicon = dc.load_lexicon("framing")
    matcher = FrameMatcher(lexicon)

    def frame(t: str) -> pd.DataFrame:
        return pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [t]})

    def load(t: str) -> int:
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "c.jsonl"
            p.write_text(json.dumps({"doc_id": "d", "text": t}) + "\n", encoding="utf-8")
            c = dc.load_corpus(p)
        return len(c.set_aside)

    return {
        "quotes_spans": ("find_quote_spans(t, speakers=False)", lambda t: len(find_quote_spans(t, speakers=False))),
        "quotes": ("find_quote_spans(t)", lambda t: len(find_quote_spans(t))),
        "quotes_rep": ("find_quote_spans(t, reported=True)", lambda t: len(find_quote_spans(t, reported=True))),
        "tokenize": ("tokenize(Corpus.from_dataframe(..., clean=False)) (quotes, reported speech)",
                     lambda t: len(dc.tokenize(dc.Corpus.from_dataframe(frame(t), clean=False)))),
        "tokenize_noq": ("tokenize(..., quotes=False)",
                         lambda t: len(dc.tokenize(dc.Corpus.from_dataframe(frame(t), clean=False), quotes=False))),
        "clean": ("clean.clean_document(t)", lambda t: len(clean.clean_document(t).spans)),
        "load_corpus": ("load_corpus(one-line JSONL) with cleaning", load),
        "paragraphs": ("segment.paragraphs(t)", lambda t: len(segment.paragraphs(t))),
        "sentences": ("segment.sentences(t)", lambda t: len(segment.sentences(t))),
        "token_spans": ("text.token_spans(t)", lambda t: len(text.token_spans(t)[2])),
        "matcher": ("FrameMatcher('framing').match_text(t)", lambda t: len(matcher.match_text(t))),
        "frames_stream": ("count_frames_stream(DataFrame) (fast path, cleaning, quotations)",
                          lambda t: len(dc.count_frames_stream(frame(t), lexicon, progress=False))),
        "frame_terms": ("find_frame_terms(tokenize(...)) (every hit's use by the stance rules)",
                        lambda t: len(dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(frame(t), clean=False)),
                                                          lexicon))),
        "terms_stream": ("count_terms_stream(DataFrame) (fast word counts)",
                         lambda t: len(dc.count_terms_stream(frame(t), progress=False))),
    }


def _clear_caches() -> None:
    """Clear the per-text caches of the quotation finder (not the build-once ones of size 1), so that no
    size is timed with the previous size's answers cached."""
    for name, mod in list(sys.modules.items()):
        if not name.startswith("discourse"):
            continue
        for v in list(vars(mod).values()):
            if type(v) is functools._lru_cache_wrapper and (v.cache_info().maxsize or 0) > 1:
                v.cache_clear()


def worker(entry: str, shapes: list[str], sizes: list[int], cap: float) -> None:
    """Print one JSON line per (shape, size): CPU seconds and the result summary; skip sizes that would pass
    the cap by the exponent seen so far."""
    entries = _entries()
    fn = entries[entry][1]
    fn("“Warm up,” said Mr. Smith. The city’s cameras watch. " * 20)  # imports, lexicons, patterns
    for shape in shapes:
        gen = SHAPES[shape][1]
        try:
            fn(gen(1000))  # patterns compiled on first use by this shape are not part of the times
        except Exception:  # noqa: BLE001, S110 - the timed call below reports it
            pass
        times: list[tuple[int, float]] = []
        for n in sizes:
            if len(times) >= 2:
                (n1, t1), (n2, t2) = times[-2:]
                e = math.log(max(t2, 1e-3) / max(t1, 1e-3)) / math.log(n2 / n1)
                if t2 >= 0.2 and t2 * (n / n2) ** max(e, 1.0) > cap:  # a hiccup of milliseconds is no trend
                    print(json.dumps({"shape": shape, "n": n, "skip": True}), flush=True)
                    break
            t = gen(n)
            _clear_caches()
            c0, w0 = time.process_time(), time.perf_counter()
            try:
                out = fn(t)
            except Exception as exc:  # noqa: BLE001 - a clear error is an answer too: print it, go on
                out = f"{type(exc).__name__}: {str(exc)[:120]}"
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            times.append((n, cpu))
            print(json.dumps({"shape": shape, "n": n, "cpu": cpu, "wall": wall, "out": out}), flush=True)
        print(json.dumps({"shape": shape, "done": True}), flush=True)


def _run_entry(entry: str, shapes: list[str], sizes: list[int], cap: float, done) -> dict[str, dict]:
    """Run the worker for one entry point; a size over the cap kills it and restarts at the next shape.
    ``done(shape, result)`` is called as each shape is finished."""
    results: dict[str, dict] = {s: {"times": {}, "stopped": None, "skipped": None} for s in shapes}
    todo = list(shapes)
    while todo:
        cmd = [sys.executable, __file__, "--worker", entry, "--shapes", ",".join(todo),
               "--sizes", ",".join(map(str, sizes)), "--cap", str(cap)]
        env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        current, pending_n = todo[0], sizes[0]
        deadline = time.monotonic() + 120 + cap  # start-up (imports) and the warm-up call
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(timeout=left):
                proc.kill()  # the worker this function started
                proc.wait()
                results[current]["stopped"] = pending_n
                done(current, results[current])
                todo = todo[todo.index(current) + 1:]
                break
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                if current in todo:  # the worker died on this shape
                    results[current]["stopped"] = pending_n
                    done(current, results[current])
                todo = todo[todo.index(current) + 1:] if current in todo else []
                break
            rec = json.loads(line)
            current = rec["shape"]
            if rec.get("done"):
                done(current, results[current])
                todo = todo[todo.index(current) + 1:]
                nxt = todo[0] if todo else None
                current, pending_n = nxt, sizes[0]
            elif rec.get("skip"):
                results[current]["skipped"] = rec["n"]
            else:
                results[current]["times"][rec["n"]] = rec["cpu"]
                later = [n for n in sizes if n > rec["n"]]
                pending_n = later[0] if later else None
            deadline = time.monotonic() + cap * 4 + 10  # wall time: on a loaded machine a size takes longer than its CPU time
        sel.close()
    return results


def _exponents(times: dict[int, float]) -> tuple[float | None, float | None]:
    pts = sorted(times.items())
    if len(pts) < 2:
        return None, None
    (n1, t1), (n2, t2) = pts[-2:]
    last = math.log(max(t2, 1e-4) / max(t1, 1e-4)) / math.log(n2 / n1)
    fit_pts = pts[1:] if len(pts) > 2 else pts
    xs = [math.log(n) for n, _ in fit_pts]
    ys = [math.log(max(t, 1e-4)) for _, t in fit_pts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    fit = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return last, fit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000,400000", help="characters, comma-separated")
    ap.add_argument("--entries", default="", help="entry points, comma-separated (default: all)")
    ap.add_argument("--shapes", default="", help="input shapes, comma-separated (default: all)")
    ap.add_argument("--cap", type=float, default=20.0, help="CPU seconds after which a size is stopped")
    ap.add_argument("--flag", type=float, default=1.2, help="growth exponent flagged as super-linear")
    ap.add_argument("--only-flagged", action="store_true", help="print only the flagged rows")
    ap.add_argument("--json", default="", help="also write the results to this JSON file")
    ap.add_argument("--list", action="store_true", help="list the entry points and shapes")
    ap.add_argument("--worker", default="", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",") if args.shapes else list(SHAPES)
    if args.worker:
        worker(args.worker, shapes, sizes, args.cap)
        return 0
    entry_names = ["quotes_spans", "quotes", "quotes_rep", "tokenize", "tokenize_noq", "clean", "load_corpus",
                   "paragraphs", "sentences", "token_spans", "matcher", "frames_stream", "frame_terms", "terms_stream"]
    if args.list:
        for s, (doc, _) in SHAPES.items():
            print(f"shape  {s:16} {doc}")
        for e in entry_names:
            print(f"entry  {e}")
        return 0
    unknown = sorted(set(shapes) - set(SHAPES))
    if unknown:
        ap.error(f"unknown shape(s) {unknown}; see --list")
    entries = args.entries.split(",") if args.entries else entry_names
    load = os.getloadavg()
    print(f"sizes {sizes} characters; CPU seconds; cap {args.cap:g} s; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
    head = "".join(f"{n // 1000:>7}k" for n in sizes)
    print(f"{'entry':14} {'shape':16}{head}    exp    fit  flag", flush=True)
    everything: dict[str, dict] = {}

    def row(entry: str, shape: str, r: dict) -> None:
        cells = []
        for n in sizes:
            if n in r["times"]:
                cells.append(f"{r['times'][n]:8.3f}")
            elif r["stopped"] == n:
                cells.append(f"{'>' + format(args.cap, 'g'):>8}")
            elif r["skipped"] is not None and n >= r["skipped"]:
                cells.append(f"{'skip':>8}")
            else:
                cells.append(f"{'':>8}")
        last, fit = _exponents(r["times"])
        top = max(r["times"].items())[1] if r["times"] else 0.0
        flags = []
        if last is not None and top >= 0.2 and max(last, fit or 0) > args.flag:
            flags.append("SLOW")
        if r["stopped"] is not None:
            flags.append("HANG")
        if top > 3 or r["skipped"] is not None:
            flags.append("BIG")
        r.update(exp=last, fit=fit, flags=flags)
        if args.only_flagged and not flags:
            return
        e1 = f"{last:6.2f}" if last is not None else f"{'':6}"
        e2 = f"{fit:6.2f}" if fit is not None else f"{'':6}"
        print(f"{entry:14} {shape:16}{''.join(cells)} {e1} {e2}  {' '.join(flags)}", flush=True)

    for entry in entries:
        everything[entry] = _run_entry(entry, shapes, sizes, args.cap,
                                       lambda shape, r, entry=entry: row(entry, shape, r))
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
