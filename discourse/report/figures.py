"""The report's figures: :data:`FIGURES` maps a figure name to the function that draws it from an
:class:`~discourse.report.analysis.Analysis`; :func:`write_figure` saves one figure with its CSV and
provenance (the ``analyses/`` scripts are built on it).

Every figure draws the groups in one order (:attr:`Analysis.group_order`), leaves out lexicon categories
without any hit, and says why when it cannot be drawn (``Figure.available`` or a ``ValueError`` from the
drawing function, whose message becomes the reason shown in the page).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..plots import RATE_MIN_WORDS
from .analysis import MIN_POLE_HITS, Analysis

__all__ = ["FIGURES", "Figure", "FigureWriter", "GZIP_ROWS", "MAX_PANELS", "PARALLEL_FIGURES_TOKENS", "PER_GROUP",
           "RATES_PANEL_WIDTH", "describe_svg", "dispersion_terms", "draw_figure", "figure_alt", "figure_caption", "figure_note",
           "save_figure", "table_file", "write_csv", "write_figure"]

#: keyness and fightin' words panels: at most this many groups
MAX_PANELS = 9

#: the frame-rates panels are at most this many inches wide, two to a row
RATES_PANEL_WIDTH = 5.0


# ------------------------------------------------------------------------------------------ files
#: a report table with more rows than this is written gzip-compressed (``tables/<name>.csv.gz``)
GZIP_ROWS = 100_000


def table_file(name: str, df: pd.DataFrame) -> str:
    """The file name of a report table: ``<name>.csv``, or ``<name>.csv.gz`` above :data:`GZIP_ROWS` rows."""
    return f"{name}.csv.gz" if len(df) > GZIP_ROWS else f"{name}.csv"


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV with ``\\n`` line ends and no index: the same table gives the same bytes.

    A path ending in ``.gz`` is gzip-compressed with a fixed time stamp in its header, so it too is
    byte-identical when written again (``pandas.read_csv`` reads it as it is)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    compression: Any = {"method": "gzip", "mtime": 0, "compresslevel": 6} if path.suffix == ".gz" else None
    df.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", compression=compression)
    return path


def save_figure(fig, stem: str | Path, *, dpi: int = 150) -> list[Path]:
    """Save a matplotlib Figure (or anything with ``.figure``) as ``stem.png`` and ``stem.svg``.

    The SVG carries no date and fixed element ids, so the same figure gives the same file. The figure is
    laid out once for both files: a figure with constrained layout (every figure of :mod:`discourse.plots`
    but the FacetGrid) already fits its canvas and is saved as it is; any other is cropped to its tight
    bounding box, computed once (``bbox_inches="tight"`` would lay out and draw the figure twice per file).
    Constrained layout leaves the width of an x-label out of its layout (matplotlib's ``for_layout_only``), so
    a label wider than a panel at the figure's edge ran past the canvas and was cut (the keyness figure's "Log
    Ratio (binary log of the ratio of relative frequencies)" ended at "frequencie"); such a figure's canvas is
    extended to hold that text (measured on the layout the PNG was drawn with; the PNG is then saved again with
    that layout), and any other is saved as it is.
    """
    import matplotlib
    from matplotlib.layout_engine import ConstrainedLayoutEngine
    from matplotlib.transforms import Bbox

    fig = getattr(fig, "figure", fig)
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    engine = fig.get_layout_engine()
    bbox: Any = None
    if not isinstance(engine, ConstrainedLayoutEngine):
        if hasattr(fig.canvas, "get_renderer"):
            fig.canvas.draw()
            bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(0.1)
        else:  # pragma: no cover - a canvas without a renderer of its own
            bbox = "tight"
    with matplotlib.rc_context({"svg.hashsalt": "discourse", "svg.fonttype": "none"}):
        fig.savefig(png, dpi=dpi, bbox_inches=bbox, facecolor="white", metadata={"Software": None})
        if engine is not None:
            fig.set_layout_engine("none")  # keep the layout the PNG was drawn with
        if bbox is None and hasattr(fig.canvas, "get_renderer"):
            tight = fig.get_tightbbox(fig.canvas.get_renderer())
            canvas = Bbox.from_bounds(0, 0, *fig.get_size_inches())
            if tight.x0 < canvas.x0 or tight.y0 < canvas.y0 or tight.x1 > canvas.x1 or tight.y1 > canvas.y1:
                # the canvas, extended (with a margin of 0.1 in) on the sides where text runs past it
                bbox = Bbox.from_extents(min(canvas.x0, tight.x0 - 0.1) if tight.x0 < canvas.x0 else canvas.x0,
                                         min(canvas.y0, tight.y0 - 0.1) if tight.y0 < canvas.y0 else canvas.y0,
                                         tight.x1 + 0.1 if tight.x1 > canvas.x1 else canvas.x1,
                                         tight.y1 + 0.1 if tight.y1 > canvas.y1 else canvas.y1)
                fig.savefig(png, dpi=dpi, bbox_inches=bbox, facecolor="white", metadata={"Software": None})
        try:
            fig.savefig(svg, bbox_inches=bbox, facecolor="white", metadata={"Date": None, "Creator": None})
        finally:
            if engine is not None:
                fig.set_layout_engine(engine)
    return [png, svg]


def describe_svg(path: str | Path, title: str, description: str) -> None:
    """Give a saved SVG file its text alternative: ``title`` as its first child ``<title>`` (its accessible
    name) and ``description`` as ``<desc>`` (SVG 2, 'The title and desc elements'). The report's captions link
    each figure's SVG for full size; opened on its own, the file had no name or description for a screen
    reader. The same text gives the same bytes."""
    from xml.sax.saxutils import escape

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    start = text.find("<svg")
    end = text.find(">", start) + 1
    if start < 0 or end <= 0:
        raise ValueError(f"{str(path)!r} holds no <svg> element to describe")
    text = (text[:end] + f"\n <title>{escape(title)}</title>\n <desc>{escape(description)}</desc>" + text[end:])
    path.write_text(text, encoding="utf-8")


#: with at least this many tokens the report saves its figures in a second process (:class:`FigureWriter`)
PARALLEL_FIGURES_TOKENS = 300_000


def _rc_snapshot() -> dict[str, Any]:
    """matplotlib's settings of this process, for a second process to save figures with the same ones."""
    import matplotlib

    return {k: v for k, v in matplotlib.rcParams.items() if not k.startswith("backend")}


def _save_pickled(path: str) -> list[list[Any]]:
    """Load a figure job written by :class:`FigureWriter` and save the figure as :func:`save_figure` does;
    the warnings raised meanwhile, as ``[category module, category name, message, file, line]`` lists."""
    import pickle
    import warnings

    import matplotlib
    import matplotlib.pyplot as plt

    with open(path, "rb") as fh:
        data, stem, dpi, rc = pickle.load(fh)
    with warnings.catch_warnings(record=True) as caught, matplotlib.rc_context(rc):
        warnings.simplefilter("always")
        fig = pickle.loads(data)
        try:
            save_figure(fig, stem, dpi=dpi)
        finally:
            plt.close(fig)
    return [[w.category.__module__, w.category.__qualname__, str(w.message), w.filename, w.lineno] for w in caught]


def _warn_again(records: list[list[Any]]) -> None:
    """Raise in this process the warnings a figure raised in the worker (the report lists them)."""
    import importlib
    import warnings

    for module, name, message, filename, lineno in records:
        try:
            category = getattr(importlib.import_module(module), name)
            if not (isinstance(category, type) and issubclass(category, Warning)):
                raise TypeError(name)
        except (ImportError, AttributeError, TypeError):
            category = UserWarning
        warnings.warn_explicit(message, category, filename, lineno)


def _serve() -> None:
    """The worker process of :class:`FigureWriter`: one job file path per line on stdin, one JSON line per
    job on stdout (``{"ok": paths}`` or ``{"error": traceback}``), until stdin closes."""
    import json
    import traceback

    import matplotlib

    matplotlib.use("Agg")
    replies, sys.stdout = sys.stdout, sys.stderr  # stdout carries the replies only
    for line in sys.stdin:
        path = line.strip()
        if not path:
            continue
        try:
            reply = {"ok": True, "warnings": _save_pickled(path)}
        except Exception:  # noqa: BLE001 - reported to the parent, which saves the figure itself
            reply = {"error": traceback.format_exc()}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


class FigureWriter:
    """Saves figures as :func:`save_figure` does, in this process or in a second one.

    With ``parallel=True``, :meth:`save` pickles the figure into a job file and hands its path to one
    worker process (a fresh ``python`` running :func:`_serve`; no copy of this process's memory, and the
    caller's main module is not imported again), which lays the figure out and writes the PNG and the SVG
    while this process goes on with the next stages. matplotlib's settings (``rcParams``) go with every
    figure, so the files are the same bytes as saved here (tests/test_report.py compares them).
    :meth:`wait` returns when every file is written. Nothing is lost when the worker fails (it cannot
    start, a figure does not unpickle): every figure it did not write is saved here from its job file,
    and a figure that cannot be pickled is saved here at once. Use it as a context manager, so the worker
    and the job files go away even when the report fails.
    """

    def __init__(self, *, parallel: bool = False) -> None:
        self.parallel = bool(parallel)
        self._proc: Any = None
        self._tmp: Any = None
        self._jobs: list[str] = []
        self.n_parallel = 0  # figures the worker wrote (after wait)

    def __enter__(self) -> FigureWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _start(self) -> None:
        import subprocess
        import tempfile

        self._tmp = tempfile.TemporaryDirectory(prefix="discourse-figures-")
        self._err = open(Path(self._tmp.name) / "stderr.txt", "w+b")  # noqa: SIM115 - closed in close()
        code = ("import sys; sys.path[:0] = " + repr([p for p in sys.path if p]) + "; "
                "from discourse.report.figures import _serve; _serve()")
        try:
            self._proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=self._err, text=True)
        except OSError:  # no interpreter to start: save here
            self._proc = None
            self.parallel = False

    def save(self, fig: Any, stem: str | Path, *, dpi: int = 150) -> list[Path]:
        """Save ``fig`` as ``stem.png`` and ``stem.svg`` (now, or in the worker); returns the two paths.
        The caller may close the figure as soon as this returns."""
        import pickle

        fig = getattr(fig, "figure", fig)
        stem = Path(stem)
        if self.parallel:
            try:
                data = pickle.dumps(fig, protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, TypeError, AttributeError):
                data = None
            if data is not None:
                if self._proc is None:
                    self._start()
            if data is not None and self._proc is not None:
                stem.parent.mkdir(parents=True, exist_ok=True)
                job = str(Path(self._tmp.name) / f"job{len(self._jobs)}.pickle")
                with open(job, "wb") as fh:
                    pickle.dump((data, str(stem), dpi, _rc_snapshot()), fh, protocol=pickle.HIGHEST_PROTOCOL)
                self._jobs.append(job)
                try:
                    self._proc.stdin.write(job + "\n")
                    self._proc.stdin.flush()
                except OSError:  # the worker is gone; wait() saves its figures here
                    pass
                return [stem.with_suffix(".png"), stem.with_suffix(".svg")]
        return save_figure(fig, stem, dpi=dpi)

    def wait(self) -> None:
        """Block until every figure is written: by the worker, or here for any the worker did not write."""
        import json

        jobs, self._jobs = self._jobs, []
        done: list[bool] = []
        if self._proc is not None:
            try:
                self._proc.stdin.close()
            except OSError:
                pass
            for line in self._proc.stdout:
                if len(done) < len(jobs):
                    reply = json.loads(line)
                    done.append(bool(reply.get("ok")))
                    _warn_again(reply.get("warnings", []))
            self._proc.wait()
        self.n_parallel += sum(done)
        for job, ok in zip(jobs, done + [False] * (len(jobs) - len(done)), strict=True):
            if not ok:
                _warn_again(_save_pickled(job))
        self.close()

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
                self._proc.wait()
            for fh in (self._proc.stdin, self._proc.stdout):
                try:
                    fh.close()
                except OSError:
                    pass
            self._proc = None
            self._err.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


# ------------------------------------------------------------------------------------------ specs
@dataclass(frozen=True)
class Figure:
    """One published figure: how to draw it and what it shows."""

    name: str
    title: str
    caption: str
    draw: Callable[[Analysis], tuple[pd.DataFrame, Any, dict[str, Any]]]
    available: Callable[[Analysis], str | None] = lambda a: None  # a reason when it cannot be drawn
    #: the text alternative: what kind of chart, what it plots and which table holds its numbers; ``{by}``,
    #: ``{pos}`` and ``{neg}`` stand for the grouping column and the two poles (:func:`figure_alt`)
    alt: str = ""


def draw_figure(spec: Figure, a: Analysis) -> tuple[pd.DataFrame | None, Any, dict[str, Any], str | None]:
    """Draw one figure: ``(data, drawn, extra parameters, None)``, or ``(None, None, {}, reason)`` when it
    cannot be drawn on this corpus (the reason is what the page says instead)."""
    try:
        reason = spec.available(a)
        if reason is not None:
            return None, None, {}, reason
        data, drawn, extra = spec.draw(a)
    except ValueError as err:
        return None, None, {}, str(err)
    return data, drawn, extra, None


def _no_hits(a: Analysis) -> str | None:
    if a.matches.empty:
        return f"no term of the lexicon {a.lexicon.name!r} occurs in this corpus"
    return None


def _no_pole_hits(a: Analysis) -> str | None:
    if not a.matches["frame"].isin(a.poles).any():
        return f"no term of either pole ({a.poles[0]!r}, {a.poles[1]!r}) occurs in this corpus"
    return None


def _shown_order(a: Analysis) -> list[str]:
    """The groups the figures draw, in :attr:`Analysis.group_order`."""
    shown = set(a.shown_groups())
    return [g for g in a.group_order if g in shown]


def _fig_balance(a: Analysis):
    from ..plots import plot_frame_balance

    shown = a.only_shown(a.balance)
    order = _shown_order(a)
    ax = plot_frame_balance(shown, by=a.by, poles=a.poles, order=order, min_hits=MIN_POLE_HITS)
    return a.balance, ax, {"statistic": "balance", "n_boot": a.n_boot, "min_hits": MIN_POLE_HITS}


def _fig_rates(a: Analysis):
    from ..plots import frame_rates_grid

    data = a.frame_counts
    order = _shown_order(a)
    shown = a.only_shown(data)
    # the grid's panels grow taller with the groups (plots.frame_rates_grid's default height); their width
    # need not: at most RATES_PANEL_WIDTH inches, so 30 groups do not make a 30-inch-wide panel (and a
    # 70-megapixel PNG), two panels to a row, so the figure about fits the page's 1,136-pixel column (four 7.5-inch
    # panels a row made the seeds' grid 34 inches wide, its labels shrunk to 4 pixels on a laptop)
    sub = shown[shown["frame"].isin(a.frames_with_hits)] if "frame" in shown else shown
    n_voices = sub["voice"].nunique() if "voice" in sub else 1
    height = max(4.0, 0.42 * len(order) * max(n_voices, 1) ** 0.5 + 1.6)
    aspect = min(1.3, RATES_PANEL_WIDTH / height)
    col_wrap = min(2, max(len(a.frames_with_hits), 1))
    g = frame_rates_grid(shown, by=a.by, frames=a.frames_with_hits, order=order, aspect=aspect, col_wrap=col_wrap)
    return data, g, {"aspect": round(aspect, 4), "col_wrap": col_wrap}


def _fig_voice(a: Analysis):
    from ..plots import plot_voice_breakdown

    data = a.matches
    ax = plot_voice_breakdown(data, normalize=True)
    return data, ax, {"top": 12, "normalize": True}


def _panels(n: int, ncols: int, w: float, h: float):
    import matplotlib.pyplot as plt

    ncols = max(1, min(ncols, n))
    nrows = int(np.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(w * ncols, h * nrows), layout="constrained", squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n])


def keyness_targets(a: Analysis) -> list[str]:
    if not len(a.keyness):
        return []
    shown = set(a.shown_groups(min(MAX_PANELS, a.max_groups)))
    keyed = set(map(str, a.keyness["target"].unique()))
    return [g for g in a.group_order if g in shown and g in keyed]


def _no_keyness(a: Analysis) -> str | None:
    return None if len(keyness_targets(a)) else f"keyness needs at least two groups in {a.by!r}"


def _fig_keyness(a: Analysis, n: int = 10, statistic: str = "log_ratio"):
    from ..plots import plot_keyness

    targets = keyness_targets(a)
    k = a.keyness_of(targets)
    # rare terms make extreme ratios: leave out terms seen fewer than 3 times, unless the corpus is tiny
    frequent = k[k["n_target"] + k["n_reference"] >= 3]
    min_count = 3 if all(frequent["target"].value_counts().get(t, 0) >= 2 * n for t in targets) else 1
    drawable = [t for t in targets if _has_nonzero(k[k["target"] == t], statistic, min_count)]
    if not drawable:
        raise ValueError(f"no term has a nonzero {statistic} in any group (terms seen {min_count}+ times)")
    fig, axes = _panels(len(drawable), 3, 5.2, 0.28 * 2 * n + 1.8)
    for t, ax in zip(drawable, axes, strict=True):
        plot_keyness(k[k["target"] == t], statistic=statistic, top_n=n, min_count=min_count, ax=ax)
    seen = f" (terms seen {min_count}+ times)" if min_count > 1 else ""
    fig.suptitle(f"Key terms of each {a.by.replace('_', ' ')} against all the others{seen}")
    return k, fig, {"statistic": statistic, "n": n, "min_count": min_count}


def _has_nonzero(k: pd.DataFrame, statistic: str, min_count: int) -> bool:
    sub = k[k["n_target"] + k["n_reference"] >= min_count][statistic].astype(float)
    return bool((np.isfinite(sub) & (sub != 0)).any())


def _fig_fightin(a: Analysis, n_labels: int = 8):
    from ..plots import plot_fightin_words

    targets = keyness_targets(a)
    k = a.keyness_of(targets)
    fig, axes = _panels(len(targets), 3, 5.5, 4.6)
    for t, ax in zip(targets, axes, strict=True):
        plot_fightin_words(k[k["target"] == t], n_labels=n_labels, ax=ax)
    fig.suptitle("Fightin' words (Monroe et al. 2008): frequency against log-odds z, each group vs the rest")
    return k, fig, {"statistic": "log_odds_z", "n_labels": n_labels}


def _fig_topic_prevalence(a: Analysis):
    from ..plots import plot_topic_prevalence

    data = a.topic_prevalence
    order = _shown_order(a)
    return data, plot_topic_prevalence(a.only_shown(data), by=a.by, order=order), {"n_topics": a.n_topics}


def _fig_topic_frames(a: Analysis):
    from ..plots import plot_topic_frames

    data = a.topic_frames
    return data, plot_topic_frames(data), {"n_topics": a.n_topics}


def _fig_packages(a: Analysis):
    from ..plots import plot_frame_packages

    nodes, edges = a.packages.nodes, a.packages.edges
    ax = plot_frame_packages(nodes, edges, random_state=a.random_state)
    # without structure every topic is reported as its own package (frame_packages): the table's package
    # column alone would read as that many packages, so the record says which it is, as the figure's title does
    return nodes, ax, {"n_topics": a.n_topics, "package_structure": bool(a.has_package_structure)}


def dispersion_terms(a: Analysis, per_pole: int = 3) -> list[str]:
    """The most frequent lexicon entries of each pole (by counted matches), for the dispersion plot."""
    m = a.matches
    terms: list[str] = []
    for pole in a.poles:
        sub = m[m["frame"] == pole]
        if sub.empty:
            continue
        counts = sub["entry"].value_counts().rename_axis("term").reset_index(name="n")
        counts = counts.sort_values(["n", "term"], ascending=[False, True], kind="stable")
        terms += counts["term"].head(per_pole).tolist()
    return list(dict.fromkeys(terms))


def _fig_dispersion(a: Analysis):
    from ..plots import plot_dispersion

    terms = dispersion_terms(a)
    if not terms:
        raise ValueError("no term of either pole occurs in the corpus: nothing to place in a dispersion plot")
    m = a.matches[a.matches["entry"].isin(terms)]
    # the word tokens of the documents with a match (the columns used, not a copy of the whole table)
    words = a.tokens.loc[~a.tokens["is_punct"] & a.tokens["doc_id"].isin(set(m["doc_id"])), ["doc_id", "position"]]
    n_words = words.groupby("doc_id", sort=False, observed=True).size()
    # the word index of each token (punctuation does not count towards a document's length)
    word_index = pd.Series(words.groupby("doc_id", sort=False, observed=True).cumcount().to_numpy(),
                           index=pd.MultiIndex.from_arrays([words["doc_id"], words["position"]]))
    wi = word_index.reindex(pd.MultiIndex.from_arrays([m["doc_id"], m["start_position"]])).to_numpy(float)
    span = (m["end_position"] - m["start_position"]).to_numpy(float)
    rel = 100.0 * (wi + 0.5 * span) / m["doc_id"].map(n_words).to_numpy(float)
    data = pd.DataFrame({"doc_id": m["doc_id"].to_numpy(), a.by: m[a.by].to_numpy() if a.by in m else None,
                         "term": (m["entry"] + " [" + m["frame"] + "]").to_numpy(),
                         "frame": m["frame"].to_numpy(),
                         "matched": m["matched"].to_numpy(), "start_position": m["start_position"].to_numpy(),
                         "relative_position": np.round(rel, 4)})
    order = [f"{t} [{c}]" for t, c in m.drop_duplicates("entry").set_index("entry")["frame"]
             .reindex(terms).items()]
    data["term"] = pd.Categorical(data["term"], categories=order)
    data = data.sort_values(["term", "doc_id", "start_position"], kind="stable").reset_index(drop=True)
    data["term"] = data["term"].astype(str)
    docs = a.corpus.documents
    if len(docs) > a.max_groups:  # the documents with most hits of these terms, in corpus order
        top = data["doc_id"].value_counts().rename_axis("doc_id").reset_index(name="n")
        top = set(top.sort_values(["n", "doc_id"], ascending=[False, True]).head(a.max_groups)["doc_id"])
        docs = docs[docs["doc_id"].isin(top)]
    label = a.by if a.by in data.columns and a.by != "doc_id" else None
    ax = plot_dispersion(data[data["doc_id"].isin(set(docs["doc_id"]))], label=label,
                         documents=list(docs["doc_id"]))
    return data, ax, {"terms": terms}


def _no_dates(a: Analysis) -> str | None:
    if not a.has_dates:
        return "the corpus has fewer than two distinct document dates"
    return _no_hits(a)


def _fig_time(a: Analysis):
    from ..plots import plot_frames_over_time

    data = a.doc_frame_counts
    data = data[data["voice"] == "all"] if "voice" in data.columns and (data["voice"] == "all").any() else data
    by = a.by if a.by in data.columns and a.by != "doc_id" else None
    ax = plot_frames_over_time(data, frames=a.frames_with_hits, by=by)
    return data, ax, {"by": by}


def _topics_unavailable(a: Analysis) -> str | None:
    return a.topic_error


def _topic_frames_unavailable(a: Analysis) -> str | None:
    return _topics_unavailable(a) or _no_hits(a)


#: what the balance figure's bars are; :func:`figure_caption` says "no intervals" instead after ``n_boot=0``
_INTERVALS = "with bootstrap 95% intervals"


def figure_caption(spec: Figure, a: Analysis) -> str:
    """The caption of a figure for this analysis: ``spec.caption``, except that without a bootstrap
    (``n_boot=0``) the balance figure has no intervals, and its caption said it had 95% ones."""
    if a.n_boot == 0:
        return spec.caption.replace(_INTERVALS, "with no intervals (n_boot = 0)")
    return spec.caption


def figure_note(spec: Figure, a: Analysis) -> str:
    """What a figure leaves out on this corpus, as a sentence for its caption and text alternative (``""``
    when it draws everything): the groups beyond :data:`PER_GROUP`'s limit, and the documents beyond
    ``max_groups`` of the dispersion figure (the ones with most hits of its terms; its caption said "along each
    document" while it drew 30 of 60 UN speeches)."""
    if spec.name in PER_GROUP and a.n_groups > PER_GROUP[spec.name](a):
        return (f" Drawn for the {PER_GROUP[spec.name](a)} largest of {a.n_groups} groups (by words); "
                "the table holds them all.")
    if spec.name == "dispersion":
        n_docs = len(a.corpus.documents)
        if n_docs > a.max_groups:
            m = a.matches
            with_hits = m.loc[m["entry"].isin(dispersion_terms(a)), "doc_id"].nunique() if len(m) else 0
            return (f" Drawn for {min(a.max_groups, with_hits):,} of the {n_docs:,} documents, those with the most "
                    "hits of these terms; every hit is in tables/frame_terms.csv.")
    return ""


def figure_alt(spec: Figure, a: Analysis) -> str:
    """The text alternative of a figure for this analysis (the ``alt`` of its image in the page).

    A chart's alt text says what kind of chart it is, what it plots and where its numbers are in text (WCAG
    1.1.1; the W3C images tutorial's "complex images": a short description, the data in a table). The
    balance figure's also says its result: the groups at both ends of the balance of all voices, among those
    with at least :data:`MIN_POLE_HITS` pole hits (the points drawn solid). The title alone ("Frame balance
    by group") had been the alt text, which says neither what is drawn nor what it shows."""
    pos, neg = a.poles
    text = spec.alt.format(by=a.by, pos=pos, neg=neg)
    if spec.name == "frame_balance":
        b = a.balance
        b = b[(b["level"] == "group") & (b["voice"] == "all")]
        b = b[(b["n_positive"] + b["n_negative"] >= MIN_POLE_HITS) & b["balance"].notna()]
        if len(b) >= 2:
            from ..plots import group_labels

            b = b.assign(_g=group_labels(b[a.by])).sort_values(["balance", "_g"], kind="stable")
            lo, hi = b.iloc[0], b.iloc[-1]
            text += (f" All voices together, the highest balance is {hi['_g']} ({hi['balance']:+.2f}), the "
                     f"lowest {lo['_g']} ({lo['balance']:+.2f}).")
    return text + figure_note(spec, a)


FIGURES: dict[str, Figure] = {f.name: f for f in [
    Figure("frame_balance", "Frame balance by group",
           "Smoothed log-odds of the first pole's against the second pole's hits per group, for the author's "
           f"voice, quoted voices and both, {_INTERVALS}; the counts behind each point are "
           f"written beside it (first : second pole). Hollow points rest on fewer than {MIN_POLE_HITS} pole "
           "hits and are not estimates to rely on; a group without any pole hit has no point. Only evaluative "
           "uses count (names, scare quotes, hedges, negation and reported speech do not).", _fig_balance,
           _no_pole_hits,
           alt="Dot plot, one row per {by} group: the balance of {pos} against {neg} hits (log-odds; right of the "
               "zero line leans {pos}, left leans {neg}) for the author's voice, quoted voices and all voices, "
               "with interval bars and the two counts beside each point. The numbers are in the frame balance "
               "table below and in the summary of findings."),
    Figure("frame_rates", "Frame rates by group, frame and voice",
           "Lexicon hits per 1,000 words, per frame, group and voice; groups in the order of the balance "
           "figure, each with its words (all voices) under its name; frames without any hit are left out. A "
           f"bar resting on fewer than {RATE_MIN_WORDS:,} words (fewer than the rate's unit; a quoted voice often "
           "has few) is hatched and labelled with its word count: its length rests on a handful of hits "
           "(n and n_tokens in the table).", _fig_rates, _no_hits,
           alt="Bar charts, one panel per frame and one row per {by} group (with its word count): lexicon hits "
               "per 1,000 words, one bar per voice (author, quoted, reported, all); a bar from fewer than "
               f"{RATE_MIN_WORDS:,} words is hatched and labelled with its word count. The numbers are in the frame "
               "counts table below."),
    Figure("voice_breakdown", "Who voices which frame",
           "Share of each speaker's frame hits by frame (n = all hits of the speaker): the author's own prose, "
           "each named quoted speaker, unnamed quotes.", _fig_voice, _no_hits,
           alt="Stacked bars, one per speaker (the authors' own voice, each named quoted speaker, unnamed "
               "quotes), with the speaker's number of hits: the share of its frame hits in each frame. Every hit "
               "with its voice and speaker is in the concordance tables under Behind each frame score and in "
               "the table tables/frame_terms.csv."),
    Figure("keyness", "Key terms of each group",
           "Terms most over- and under-used by each group against all the others (Log Ratio, Hardie 2014).",
           _fig_keyness, _no_keyness,
           alt="Bar charts, one panel per {by} group: the terms the group uses most more and most less than all "
               "other groups, by Log Ratio. The numbers are in the keyness table below and the summary of "
               "findings names each group's most key terms."),
    Figure("fightin_words", "Fightin' words",
           "Frequency against the log-odds z-score with an informative Dirichlet prior (Monroe et al. 2008); "
           "dashed lines at |z| = 1.96.", _fig_fightin, _no_keyness,
           alt="Scatter plots, one panel per {by} group: every term's frequency against its log-odds z-score, "
               "the terms beyond |z| = 1.96 coloured and the most extreme named. The numbers are in the keyness "
               "table below."),
    Figure("topic_prevalence", "Topic prevalence by group",
           "Mean share of each topic in the group's paragraphs (LDA, gensim).", _fig_topic_prevalence,
           _topics_unavailable,
           alt="Heat map, one row per topic (named by its top terms) and one column per {by} group, each cell "
               "the percentage of the group's text in the topic, written in the cell. The numbers are in the "
               "topic prevalence table below."),
    Figure("topic_frames", "Topics and frames",
           "Share of each frame's lexicon hits that falls in each topic.", _fig_topic_frames,
           _topic_frames_unavailable,
           alt="Heat map, one row per topic and one column per frame, each cell the percentage of the frame's "
               "hits that fall in the topic, written in the cell. The numbers are in the table "
               "tables/topic_frames.csv."),
    Figure("frame_packages", "Frame packages",
           "Topics linked by co-occurrence in documents; communities of topics as frame packages "
           "(Walter & Ophir 2019). A network that forms a single community has no package structure.",
           _fig_packages, _topics_unavailable,
           alt="Network diagram: one node per topic, lines between topics that occur in the same documents, "
               "nodes coloured by community (frame package). The packages are in the table "
               "tables/frame_package_topics.csv and the links in tables/frame_package_links.csv."),
    Figure("dispersion", "Where frame terms occur",
           "Positions of the most frequent terms of each pole along each document.", _fig_dispersion,
           _no_pole_hits,
           alt="Strip plot, one row per document: a tick where each of the most frequent {pos} and {neg} terms "
               "occurs, from the start (0 %) to the end (100 %) of the document. Every hit with its position is in "
               "the table tables/frame_terms.csv."),
    Figure("frames_over_time", "Frames over time",
           "Frame hits per 1,000 words by document date, one marker per group; a line joins the documents "
           "of one group only, and only where the group has at least two dated documents.", _fig_time,
           _no_dates,
           alt="Line chart: frame hits per 1,000 words of each document by its date, one colour per frame and "
               "one marker per {by} group. The hits of each document are in the table tables/frame_terms.csv and "
               "the documents with their dates in the corpus table above."),
]}


#: figures that draw one row or panel per group, and how many groups they show at most
PER_GROUP: dict[str, Callable[[Analysis], int]] = {
    "frame_balance": lambda a: a.max_groups,
    "frame_rates": lambda a: a.max_groups,
    "topic_prevalence": lambda a: a.max_groups,
    "keyness": lambda a: min(MAX_PANELS, a.max_groups),
    "fightin_words": lambda a: min(MAX_PANELS, a.max_groups),
}


def write_figure(name: str, out_dir: str | Path, analysis: Analysis | None = None, *, corpus=None,
                 dpi: int = 150, **analysis_kwargs: Any) -> dict[str, Any]:
    """Draw one figure of :data:`FIGURES` and write ``<name>.png``, ``.svg``, ``.csv`` and ``.provenance.json``.

    When the figure cannot be drawn on this corpus (e.g. a timeline without dates), only the provenance
    file is written and it records the reason under ``skipped``. The provenance names the PNG's ``dpi``
    among the parameters, and lists under ``warnings`` the UserWarnings raised while the figures of this
    ``analysis`` were drawn so far (e.g. frame_balance's intervals from fewer than 6 units), each once,
    instead of printing them with a line of the library's source (the ``analyses/`` scripts print each one
    with the file that records it). Where a figure reuses a step already computed for another
    (``analyses.run_all`` shares one analysis), it lists that step's warnings too, as it lists its notes.

    Returns
    -------
    dict with ``name``, ``files`` (paths written), ``skipped`` (reason or None), ``data`` (the table),
    ``warnings`` (those first raised while drawing this figure).
    """
    import warnings

    import matplotlib.pyplot as plt

    from .._util import check_one_of
    from ..provenance import write_record

    check_one_of("name", name, list(FIGURES))
    if analysis is None:
        analysis = Analysis(corpus, **analysis_kwargs)
    spec = FIGURES[name]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    # the PNG's resolution is part of what gives its bytes, so the record names it with the other parameters
    params: dict[str, Any] = {"figure": name, "dpi": int(dpi)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        data, drawn, extra, reason = draw_figure(spec, analysis)
    raised: list[str] = []
    for w in caught:
        # a caveat of the numbers (frame_balance's intervals from fewer than 6 units) belongs in the record of
        # the files it concerns: printed with a line of the library's source, it was in no output file
        if issubclass(w.category, UserWarning):
            text = f"{w.category.__name__}: {w.message}"
            if text not in analysis.run_warnings:
                analysis.run_warnings.append(text)
                raised.append(text)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if reason is None:
        params.update(extra)
        files += save_figure(drawn, out / name, dpi=dpi)
        plt.close(getattr(drawn, "figure", drawn))
        describe_svg(out / f"{name}.svg", spec.title, figure_alt(spec, analysis))
        files.append(write_csv(data, out / f"{name}.csv"))
    else:
        data = pd.DataFrame()
    prov = analysis.provenance(what=spec.title + ". " + figure_caption(spec, analysis), outputs=[p.name for p in files],
                               parameters=params)
    prov["skipped"] = reason
    prov["notes"] = [f"{section}: {message}" for section, message in analysis.notes]
    prov["warnings"] = list(analysis.run_warnings)  # the warnings of the run so far, as the notes
    files.append(write_record(out / f"{name}.provenance.json", prov))
    return {"name": name, "files": files, "skipped": reason, "data": data, "warnings": raised}
