"""``build_report``: run the analysis and write the report folder, all or nothing.

The folder is written into a fresh temporary folder beside the target and swapped in at the end
(``os.replace``), so the target holds either the previous complete report or the new one: never a mix, and
never a file of another corpus left behind. Every option is checked before any tokenising and before any
folder is made.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._util import check_flag
from ..resample import DEFAULT_INTERVAL
from .analysis import POLES, Analysis, say
from .figures import (
    FIGURES,
    PARALLEL_FIGURES_TOKENS,
    Figure,
    FigureWriter,
    describe_svg,
    draw_figure,
    figure_alt,
    table_file,
    write_csv,
)
from .page import render

__all__ = ["EXPLORE_KWIC_MAX_ROWS", "build_report", "check_out_folder", "explore_tokens", "main_contrast"]

#: files and folders a report folder holds; a folder with anything else is not replaced
_REPORT_NAMES = {"report.html", "explore.html", "provenance.json", "tables", "figures"}


def check_out_folder(out: str | Path, corpus_path: str | Path | None = None) -> Path:
    """The output folder, checked before any work: not a file, and, when it exists, empty or a report
    folder (which is replaced as a whole). Not empty (``""``), not the current folder or one of its
    parents, and not a folder that holds the corpus (``corpus_path``): the report replaces its folder as a
    whole. Raises ValueError naming the problem and the fix."""
    if isinstance(out, str) and not out.strip():
        raise ValueError(f"out={out!r} (--out) is empty; give the report a new folder name, e.g. "
                         "--out discourse-report")
    out = Path(out)
    try:
        where = out.resolve()
        here = Path.cwd().resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: the checks below say what is wrong
        where = here = None
    if where is not None and (where == here or where in here.parents):
        what = "the current folder" if where == here else f"a parent of the current folder ({str(here)!r})"
        raise ValueError(f"out={str(out)!r} (--out) is {what}; the report replaces its folder as a whole, so give "
                         "it a new folder name, e.g. --out discourse-report")
    if where is not None and corpus_path is not None:
        try:
            corpus = Path(corpus_path).resolve()
        except (OSError, RuntimeError):
            corpus = None
        if corpus is not None and (corpus == where or where in corpus.parents):
            raise ValueError(f"out={str(out)!r} (--out) holds the corpus {str(corpus_path)!r}; the report replaces "
                             "its folder as a whole, so give it a new folder name outside the corpus, e.g. "
                             "--out discourse-report")
    if out.exists() and not out.is_dir():
        raise ValueError(f"out={str(out)!r} is a file, not a folder; give a folder for the report (it is created)")
    if out.is_dir():
        present = sorted(p.name for p in out.iterdir())
        foreign = [n for n in present if n not in _REPORT_NAMES]
        if foreign:
            raise ValueError(f"out={str(out)!r} exists and is not a report folder (it holds {', '.join(foreign[:5])}"
                             f"{', ...' if len(foreign) > 5 else ''}); the report replaces its folder as a whole, "
                             "so give a new or empty folder")
        # a report folder is one a report wrote: every file in it listed in its provenance.json (a folder of the
        # user's own tables/ and figures/ passed the check of the top-level names and was deleted with them)
        files = sorted(str(f.relative_to(out).as_posix()) for f in out.rglob("*") if not f.is_dir())
        if files:
            try:
                listed = set(json.loads((out / "provenance.json").read_text(encoding="utf-8")).get("outputs") or [])
            except (OSError, ValueError, AttributeError):
                listed = None
            unlisted = files if listed is None else [f for f in files if f not in listed]
            if unlisted:
                why = ("has no readable provenance.json" if listed is None
                       else "holds files its provenance.json does not list")
                raise ValueError(f"out={str(out)!r} exists and is not a report folder: it {why} ({', '.join(unlisted[:5])}"
                                 f"{', ...' if len(unlisted) > 5 else ''}); the report replaces its folder as a whole, "
                                 "so give a new or empty folder")
    return out


def main_contrast(a: Analysis) -> tuple[str, str | None] | None:
    """The contrast the report's explorer page shows: the two groups when there are two, otherwise the
    largest group (by words) against all the others (``None``). ``None`` with a single group."""
    sizes = a.words_per_group.sort_index(kind="stable")
    if len(sizes) < 2:
        return None
    biggest = sizes.sort_values(ascending=False, kind="stable")
    if len(sizes) == 2:
        return str(biggest.index[0]), str(biggest.index[1])
    return str(biggest.index[0]), None


#: the explorer page cuts its concordance lines from at most this many token rows: beyond, from the documents
#: of the groups it contrasts and a random sample (seeded by ``random_state``) of the other documents; its
#: counts and statistics are those of every document (``term_counts``). Its concordance search over the whole
#: table of 1,000 UN speeches (3.2 million rows) took 0.8 GB
EXPLORE_KWIC_MAX_ROWS = 2_000_000


def explore_tokens(a: Analysis, target: str, reference: str | None) -> tuple[pd.DataFrame, str]:
    """The token rows the explorer cuts its concordance lines from, and a sentence saying what was sampled
    (``""``: every row). Whole documents, within :data:`EXPLORE_KWIC_MAX_ROWS` rows: every document of
    ``target`` (and ``reference``) where they fit in the rows the other side leaves them (the other side keeps
    at least half the rows when it needs them), else a random sample of them; then the other documents in a
    random order while the rows stay within the limit. Each side keeps at least one document; samples are
    seeded by ``a.random_state``. (The contrasted groups used to be kept whole, so a large group, the
    'other' countries of 2,900 UN speeches, went over the limit with one document left for the rest.)"""
    tokens = a.tokens
    if len(tokens) <= EXPLORE_KWIC_MAX_ROWS:
        return tokens, ""
    doc = tokens["doc_id"]
    codes = doc.cat.codes.to_numpy() if isinstance(doc.dtype, pd.CategoricalDtype) else pd.factorize(doc)[0]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    lengths = np.diff(np.r_[starts, len(tokens)])
    group = tokens[a.by].iloc[starts].astype(str).to_numpy()
    must = np.isin(group, [str(target)] + ([str(reference)] if reference is not None else []))
    rng = np.random.default_rng(a.random_state)
    # the random order permutes the documents listed by doc_id, so the same documents in another order give
    # the same sample
    by_id = np.argsort(tokens["doc_id"].iloc[starts].astype(str).to_numpy(dtype=object), kind="stable")

    def sample(docs: np.ndarray, budget: int) -> np.ndarray:
        if int(lengths[docs].sum()) <= budget:
            return docs
        order = rng.permutation(by_id[np.isin(by_id, docs)])
        take = order[np.cumsum(lengths[order]) <= budget]
        return take if len(take) else order[:1]

    contrast, rest = np.flatnonzero(must), np.flatnonzero(~must)
    rest_rows = int(lengths[rest].sum())
    mine = sample(contrast, EXPLORE_KWIC_MAX_ROWS - min(rest_rows, EXPLORE_KWIC_MAX_ROWS // 2))
    take = sample(rest, max(EXPLORE_KWIC_MAX_ROWS - int(lengths[mine].sum()), 0)) if len(rest) else rest
    chosen = np.zeros(len(starts), dtype=bool)
    chosen[mine] = True
    chosen[take] = True
    names = f"{target!r}{f' and {reference!r}' if reference is not None else ''}"
    ours = (f"the {len(contrast):,} documents of {names}" if len(mine) == len(contrast)
            else f"a random sample of {len(mine):,} of the {len(contrast):,} documents of {names}")
    what = (f"the explorer's concordance lines come from {ours} and a random sample of {len(take):,} of the "
            f"{len(rest):,} other documents ({int(lengths[chosen].sum()):,} of {len(tokens):,} token rows; at most "
            f"{EXPLORE_KWIC_MAX_ROWS:,}, random_state={a.random_state}); its counts and statistics are of every "
            "document")
    return tokens[np.repeat(chosen, lengths)], what


def _table(a: Analysis, name: str, fn) -> pd.DataFrame | None:
    try:
        return fn()
    except ValueError as err:
        a.note(name, f"not computed: {err}")
        return None


def build_report(corpus=None, *, by: str = "source", lexicon: Any = "framing", poles: Any = POLES,
                 out: str | Path = "discourse-report", n_topics: int | None = None, n_boot: int = 1000,
                 random_state: int = 0, max_groups: int = 30, explore: bool = True, verbose: bool = True,
                 speakers: bool | str = True,
                 dpi: int = 110, interval: str = DEFAULT_INTERVAL) -> Path:
    """Run the whole analysis and write the report folder; return the path of ``report.html``.

    Parameters
    ----------
    corpus : Corpus, optional
        Default: the bundled seeds.
    by : str
        Document column whose groups are compared (default ``source``).
    lexicon : str, path or Lexicon
        Framing lexicon (default: the bundled ``framing``).
    poles : (str, str) or "A,B"
        The two lexicon categories the balance index contrasts (default ``promotional``, ``rights``).
    out : path
        Output folder. It is replaced as a whole: the new report is written into a temporary folder beside
        it and swapped in at the end, so no file of an earlier report remains. An existing folder that is
        neither empty nor a report is refused (ValueError), as is a file.
    n_topics, n_boot, interval, random_state, max_groups, speakers : see :class:`Analysis`.
    explore : bool
        Also write ``explore.html``, the interactive vocabulary explorer (:func:`discourse.explore`) for
        the main contrast (two groups, or the largest group against the rest), linked from the page.
    verbose : bool
        Progress messages on stderr.
    dpi : int
        Resolution of the PNG figures.

    Returns
    -------
    Path of ``report.html``. Beside it: ``tables/*.csv`` (a table of more than
    :data:`~discourse.report.figures.GZIP_ROWS` rows as ``.csv.gz``), ``figures/*.png|svg``,
    ``explore.html``, ``provenance.json``. The page lists exactly these files.

    A valid corpus always gets a report: what cannot be computed (no lexicon hit, nothing key, too few
    paragraphs for topics, ...) is left out and the page says what and why. Warnings raised while
    computing are listed in the page and raised again, once each, pointing at the caller.
    """
    # switches are True or False ("False" is true in Python and had written the explorer page)
    explore, verbose = check_flag("explore", explore), check_flag("verbose", verbose)
    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = Analysis(corpus, by=by, lexicon=lexicon, poles=poles, n_topics=n_topics, n_boot=n_boot,
                     interval=interval, random_state=random_state, max_groups=max_groups, speakers=speakers,
                     verbose=verbose)
        out = check_out_folder(out, _corpus_path(a.corpus))
        a.tokens  # noqa: B018 - tokenise first, so progress messages come in the order the work is done
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.parent / f".{out.name}.partial-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        try:
            _write(a, tmp, by=by, verbose=verbose, dpi=dpi, explore=explore, caught=caught)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    try:
        _swap(tmp, out)
    except BaseException:  # a failed run leaves no partial folder behind (it would block the next run)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    say(f"report written to {out / 'report.html'} in {time.perf_counter() - t0:.1f} s", verbose)
    for w in _user_warnings(caught):
        warnings.warn(str(w.message), w.category, stacklevel=2)
    return out / "report.html"


def _corpus_path(corpus: Any) -> str | None:
    """The file or folder the corpus was read from, when it was read from one (None for a DataFrame)."""
    origin = getattr(corpus, "origin", None)
    if not isinstance(origin, str) or not origin:
        return None
    try:
        return origin if Path(origin).exists() else None
    except (OSError, ValueError):
        return None


def _user_warnings(caught) -> list:
    seen: set[tuple[type, str]] = set()
    keep = []
    for w in caught:
        if issubclass(w.category, DeprecationWarning) and not issubclass(w.category, FutureWarning):
            continue  # third-party deprecations are not the reader's business
        key = (w.category, str(w.message))
        if key not in seen:
            seen.add(key)
            keep.append(w)
    return keep


def _swap(tmp: Path, out: Path) -> None:
    """Put the finished folder ``tmp`` in the place of ``out`` (renames only; the old folder is removed
    after the new one is in place)."""
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}"
        if old.exists():
            shutil.rmtree(old)
        os.replace(out, old)
        try:
            os.replace(tmp, out)
        except BaseException:
            os.replace(old, out)  # the previous report stays in place
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, out)


def _write(a: Analysis, out: Path, **kwargs: Any) -> None:
    # a large corpus's figures are saved by a second process while the tables are computed
    with FigureWriter(parallel=len(a.tokens) >= PARALLEL_FIGURES_TOKENS) as writer:
        _write_with(a, out, writer=writer, **kwargs)


def _write_with(a: Analysis, out: Path, *, writer: FigureWriter, by: str, verbose: bool, dpi: int, explore: bool,
                caught) -> None:
    import matplotlib.pyplot as plt

    from ..provenance import write_record

    fig_dir, tab_dir = out / "figures", out / "tables"
    say(f"corpus {a.corpus.name!r}: {len(a.corpus)} documents, grouped by {by!r}", verbose)
    figures: list[tuple[Figure, Path | None, str | None]] = []
    files: list[str] = []
    for spec in FIGURES.values():
        _, drawn, _, reason = draw_figure(spec, a)
        if reason is not None:
            figures.append((spec, None, reason))
            say(f"figure {spec.name}: not drawn ({reason})", verbose)
            continue
        png, svg = a.step(f"writing figure {spec.name}", lambda drawn=drawn, spec=spec: writer.save(
            drawn, fig_dir / spec.name, dpi=dpi))
        plt.close(getattr(drawn, "figure", drawn))
        figures.append((spec, png, None))
        files += [f"figures/{png.name}", f"figures/{svg.name}"]

    def topic(name, fn):
        return None if a.topic_error is not None else _table(a, name, fn)

    candidates = {
        "frame_counts": lambda: a.frame_counts,
        "frame_balance": lambda: a.balance,
        "frame_terms": lambda: a.matches,
        "frame_contributions": lambda: a.contributions,
        "contested_sentences": lambda: a.contested,
        "frame_sensitivity": lambda: a.sensitivity,
        "lexicon_free_check": lambda: a.lexicon_free,
        "quotations": lambda: a.quotes,
        "keyness": lambda: a.keyness,
    }
    tables: dict[str, pd.DataFrame] = {}
    for name, fn in candidates.items():
        df = _table(a, name, fn)
        if df is not None and (len(df.columns) or name != "keyness"):
            tables[name] = df
    for name, fn in {"topic_terms": lambda: a.topic_model.topic_terms(top_n=10),
                     "topic_prevalence": lambda: a.topic_prevalence,
                     "topic_frames": lambda: a.topic_frames,
                     "frame_package_topics": lambda: a.packages.nodes,
                     "frame_package_links": lambda: a.packages.edges}.items():
        df = topic(name, fn)
        if df is not None:
            tables[name] = df
    if len(a.corpus.set_aside):
        tables["set_aside"] = a.corpus.set_aside
    if len(a.corpus.skipped):
        tables["skipped"] = a.corpus.skipped
    def write_tables() -> None:
        for name, df in tables.items():
            write_csv(df, tab_dir / table_file(name, df))
            files.append(f"tables/{table_file(name, df)}")

    a.step(f"writing {len(tables)} tables ({sum(map(len, tables.values())):,} rows)", write_tables)

    explore_link = None
    if explore:
        contrast = main_contrast(a)
        if contrast is None:
            a.note("explore", f"the explorer contrasts two groups; {a.by!r} has one")
        else:
            from ..explore import explore as explore_page

            target, reference = contrast
            title = f"{target} vs {reference if reference is not None else 'all other groups'}"
            lines_from, what = explore_tokens(a, target, reference)
            if what:
                a.note("explore", what)
            try:
                a.step(f"explorer page ({title})", lambda: explore_page(
                    lines_from, by=a.by, target=target, reference=reference, lexicon=a.lexicon, corpus=a.corpus,
                    term_counts=a.term_counts, out=out / "explore.html", note=what or None))
                files.append("explore.html")
                explore_link = ("explore.html", title)
            except ValueError as err:
                a.note("explore", f"not written: {err}")

    if writer.parallel:  # before the warnings are listed: the worker's come back with its figures
        a.step("the figures written by the second process", writer.wait)
    for spec, png, _ in figures:  # each SVG file carries the figure's title and the page's text alternative
        if png is not None:
            describe_svg(png.with_suffix(".svg"), spec.title, figure_alt(spec, a))
    files += ["provenance.json", "report.html"]
    warned = [f"{w.category.__name__}: {w.message}" for w in _user_warnings(caught)]
    prov = a.provenance(what="discourse report: framing, keyness and topics by " + by, outputs=files)
    prov["warnings"] = warned  # the warnings of the run, as the page lists them
    prov["parameters"].update({"dpi": dpi, "explore": bool(explore)})
    prov["notes"] = [{"section": section, "note": msg} for section, msg in a.notes]  # the page's notes too
    write_record(out / "provenance.json", prov)
    for w in warned:
        say(w, verbose)
    a.step("writing the page", lambda: (out / "report.html").write_text(
        render(a, figures, tables, prov, files=files, warned=warned, explore=explore_link), encoding="utf-8"))
