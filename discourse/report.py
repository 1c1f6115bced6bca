"""The one-command report: the whole analysis of a corpus as one self-contained HTML page, CSVs and figures.

``discourse report`` (or :func:`build_report`) loads a corpus, tokenises it with voice, measures framing
(counts, balance with intervals, the matches behind every score, per-term contributions), contrasts the
vocabulary of every group against the rest (keyness), fits a small topic model and relates topics to frames
and groups, then writes

- ``report.html``: every figure embedded, every table sortable (click a column header), the KWIC lines behind
  each frame score, and the provenance record; it needs no network and no other file;
- ``tables/*.csv``: the tables behind the figures and the page (byte-identical when run again with the same
  input and parameters);
- ``figures/*.png`` and ``figures/*.svg``;
- ``provenance.json``: corpus hash, lexicon version and hash, parameters, seeds, package versions.

The figures are also available one by one: :data:`FIGURES` maps a figure name to the function that
draws it from an :class:`Analysis`, and :func:`write_figure` saves one figure with its CSV and provenance
(the ``analyses/`` scripts are built on it).
"""

from __future__ import annotations

import base64
import html
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import check_type
from .plots import group_labels

__all__ = ["Analysis", "FIGURES", "Figure", "build_report", "write_figure", "save_figure", "write_csv"]

POLES = ("promotional", "rights")


# ------------------------------------------------------------------------------------------ helpers
def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV with ``\\n`` line ends and no index: the same table gives the same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def save_figure(fig, stem: str | Path, *, dpi: int = 150) -> list[Path]:
    """Save a matplotlib Figure (or anything with ``.figure``) as ``stem.png`` and ``stem.svg``.

    The SVG carries no date and fixed element ids, so the same figure gives the same file.
    """
    import matplotlib

    fig = getattr(fig, "figure", fig)
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    with matplotlib.rc_context({"svg.hashsalt": "discourse", "svg.fonttype": "none"}):
        fig.savefig(png, dpi=dpi, bbox_inches="tight", facecolor="white", metadata={"Software": None})
        fig.savefig(svg, bbox_inches="tight", facecolor="white", metadata={"Date": None, "Creator": None})
    return [png, svg]


def _say(msg: str, verbose: bool) -> None:
    if verbose:
        print(f"[discourse report] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------ the analysis
class Analysis:
    """Every table the report and the figures need, computed once on first use.

    Parameters
    ----------
    corpus : Corpus, optional
        Default: the bundled seed corpus.
    by : str
        Document column that defines the groups compared (default ``source``).
    lexicon : str, path or Lexicon
        Framing lexicon (default the bundled ``framing``); must hold the two poles ``promotional`` and
        ``rights``.
    n_topics : int, optional
        Topics in the topic model (default: 5, fewer when there are few paragraphs).
    n_boot : int
        Bootstrap resamples for the balance intervals.
    random_state : int
        Seed of the bootstrap and of the topic model.
    max_groups : int
        Figures that draw one row or panel per group show at most this many groups, the largest by
        word count (keyness panels: at most 9); the tables always hold every group.
    verbose : bool
        Print progress of the long steps to stderr.
    """

    def __init__(self, corpus=None, *, by: str = "source", lexicon: Any = "framing", n_topics: int | None = None,
                 n_boot: int = 1000, random_state: int = 0, max_groups: int = 30, verbose: bool = False) -> None:
        from .corpus import Corpus, load_corpus

        if corpus is None:
            corpus = load_corpus()
        check_type("corpus", corpus, Corpus, "a Corpus (see discourse.load_corpus)")
        check_type("by", by, str, "a column name (str)")
        if by not in corpus.documents.columns or by == "text":
            cols = [c for c in corpus.documents.columns if c != "text"]
            raise ValueError(f"by={by!r} is not a document column; available: {', '.join(map(repr, cols))}")
        check_type("n_boot", n_boot, int, "an int")
        check_type("random_state", random_state, int, "an int")
        if n_topics is not None:
            check_type("n_topics", n_topics, int, "an int")
        self.corpus = corpus
        self.by = by
        self._lexicon_arg = lexicon
        self.n_topics_arg = n_topics
        self.n_boot = n_boot
        self.random_state = random_state
        check_type("max_groups", max_groups, int, "an int")
        if max_groups < 1:
            raise ValueError(f"max_groups={max_groups} must be at least 1")
        self.max_groups = max_groups
        self.verbose = verbose
        self.timings: dict[str, float] = {}

    # -- bookkeeping
    def _step(self, name: str, fn: Callable[[], Any]) -> Any:
        _say(f"{name} ...", self.verbose)
        t0 = time.perf_counter()
        out = fn()
        self.timings[name] = time.perf_counter() - t0
        _say(f"{name} done in {self.timings[name]:.1f} s", self.verbose)
        return out

    @property
    def parameters(self) -> dict[str, Any]:
        return {"by": self.by, "n_topics": self.n_topics, "n_boot": self.n_boot, "topic_method": "lda", "topic_unit": "paragraph",
                "max_groups": self.max_groups,
                "poles": list(POLES), "keyness_reference": "all other groups"}

    @property
    def seeds(self) -> dict[str, Any]:
        return {"random_state": self.random_state}

    def provenance(self, *, what: str | None = None, outputs: Sequence[str] | None = None,
                   parameters: dict[str, Any] | None = None) -> dict[str, Any]:
        from .provenance import provenance

        return provenance(self.corpus, lexicon=self.lexicon, parameters={**self.parameters, **(parameters or {})},
                          seeds=self.seeds, outputs=outputs, what=what)

    # -- inputs
    @cached_property
    def lexicon(self):
        from .lexicon import load_lexicon

        lex = load_lexicon(self._lexicon_arg)
        missing = [p for p in POLES if p not in lex.categories]
        if missing:
            raise ValueError(f"lexicon {lex.name!r} has no {' or '.join(map(repr, missing))} category; the report "
                             f"compares the poles {POLES[0]!r} and {POLES[1]!r}. Categories there are: "
                             f"{', '.join(map(repr, lex.categories))}")
        return lex

    @cached_property
    def has_dates(self) -> bool:
        d = self.corpus.documents.get("date")
        return d is not None and pd.to_datetime(d, errors="coerce").dropna().nunique() >= 2

    @cached_property
    def tokens(self) -> pd.DataFrame:
        from .text import tokenize

        meta = list(dict.fromkeys([self.by] + (["date"] if "date" in self.corpus.documents else [])))
        tokens = self._step("tokenising", lambda: tokenize(self.corpus, metadata=meta))
        if tokens[self.by].isna().any():
            # documents without a group value form the group "(missing)" rather than being dropped
            tokens[self.by] = group_labels(tokens[self.by])
        return tokens

    def shown_groups(self, limit: int | None = None) -> list[str]:
        """The groups figures draw: all of them, or the ``limit`` (default ``max_groups``) largest by words."""
        limit = self.max_groups if limit is None else limit
        words = self.tokens[~self.tokens["is_punct"]]
        size = words.groupby(self.by, dropna=False).size().rename("n").reset_index()
        size["name"] = group_labels(size[self.by])
        size = size.sort_values(["n", "name"], ascending=[False, True], kind="stable")
        return sorted(size["name"].head(limit).tolist())

    @cached_property
    def n_groups(self) -> int:
        return int(self.tokens[self.by].nunique(dropna=False))

    def _only_shown(self, data: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
        keep = set(self.shown_groups(limit))
        return data[group_labels(data[self.by]).isin(keep)]

    # -- framing
    @cached_property
    def frame_counts(self) -> pd.DataFrame:
        from .framing import count_frames

        return self._step("counting frames", lambda: count_frames(self.tokens, self.lexicon, by=self.by))

    @cached_property
    def doc_frame_counts(self) -> pd.DataFrame:
        from .framing import count_frames

        by = list(dict.fromkeys(["doc_id", self.by] + (["date"] if "date" in self.tokens else [])))
        return count_frames(self.tokens, self.lexicon, by=by)

    @cached_property
    def balance(self) -> pd.DataFrame:
        from .framing import frame_balance

        return self._step("frame balance with bootstrap intervals", lambda: frame_balance(
            self.tokens, self.lexicon, by=self.by, n_boot=self.n_boot, random_state=self.random_state))

    @cached_property
    def matches(self) -> pd.DataFrame:
        from .audit import find_frame_terms

        return self._step("finding frame terms", lambda: find_frame_terms(self.tokens, self.lexicon,
                                                                          corpus=self.corpus))

    @cached_property
    def contributions(self) -> pd.DataFrame:
        from .audit import frame_contributions

        return frame_contributions(self.tokens, self.lexicon, by=self.by)

    @cached_property
    def contested(self) -> pd.DataFrame:
        from .audit import find_contested_sentences

        return find_contested_sentences(self.tokens, self.lexicon, corpus=self.corpus)

    @cached_property
    def sensitivity(self) -> pd.DataFrame:
        from .audit import frame_sensitivity

        return frame_sensitivity(self.tokens, self.lexicon, by=self.by, poles=POLES)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        from .quotes import find_quotes

        return find_quotes(self.corpus)

    # -- keyness
    @cached_property
    def term_counts(self) -> pd.DataFrame:
        from .counts import count_terms

        return count_terms(self.tokens, by=self.by, drop_stop=True, lexicon=self.lexicon)

    @cached_property
    def keyness(self) -> pd.DataFrame:
        from .keyness import keyness_all

        if self.tokens[self.by].nunique() < 2:
            return pd.DataFrame()
        return self._step("keyness of every group against the rest",
                          lambda: keyness_all(self.term_counts, by=self.by))

    # -- topics
    @cached_property
    def n_topics(self) -> int:
        if self.n_topics_arg is not None:
            return self.n_topics_arg
        units = self.tokens.groupby(["doc_id", "paragraph"]).ngroups
        return int(max(2, min(5, units // 4)))

    @cached_property
    def topic_model(self):
        from .topics import TopicModel

        return self._step(f"fitting a {self.n_topics}-topic model", lambda: TopicModel(
            self.n_topics, unit="paragraph", random_state=self.random_state, lexicon=self.lexicon).fit(self.tokens))

    @cached_property
    def topic_prevalence(self) -> pd.DataFrame:
        from .topic_effects import topic_prevalence

        return topic_prevalence(self.topic_model, by=self.by, n_boot=self.n_boot, random_state=self.random_state)

    @cached_property
    def topic_frames(self) -> pd.DataFrame:
        from .topic_packages import topic_frames

        return topic_frames(self.topic_model, self.lexicon, by=self.by)

    @cached_property
    def packages(self):
        from .topic_packages import frame_packages

        return self._step("frame packages", lambda: frame_packages(
            self.topic_model, by=self.by, n_boot=self.n_boot, random_state=self.random_state))


# ------------------------------------------------------------------------------------------ figures
@dataclass(frozen=True)
class Figure:
    """One published figure: how to draw it and what it shows."""

    name: str
    title: str
    caption: str
    draw: Callable[[Analysis], tuple[pd.DataFrame, Any, dict[str, Any]]]
    available: Callable[[Analysis], str | None] = lambda a: None  # a reason when it cannot be drawn


def _fig_balance(a: Analysis):
    from .plots import plot_frame_balance

    data = a.balance
    ax = plot_frame_balance(a._only_shown(data), by=a.by, poles=POLES)
    return data, ax, {"statistic": "balance", "n_boot": a.n_boot}


def _fig_rates(a: Analysis):
    from .plots import frame_rates_grid

    data = a.frame_counts
    g = frame_rates_grid(a._only_shown(data), by=a.by, frames=_frames_with_hits(a))
    return data, g, {}


def _frames_with_hits(a: Analysis) -> list[str]:
    """Lexicon categories with at least one match in the corpus, in lexicon order (figures leave out the
    others, which would only add empty panels; the tables keep them)."""
    hit = set(a.matches["frame"])
    return [c for c in a.lexicon.categories if c in hit] or list(a.lexicon.categories)


def _fig_voice(a: Analysis):
    from .plots import plot_voice_breakdown

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


MAX_PANELS = 9


def _keyness_targets(a: Analysis) -> list[str]:
    if not len(a.keyness):
        return []
    shown = set(a.shown_groups(min(MAX_PANELS, a.max_groups)))
    return sorted(t for t in map(str, a.keyness["target"].unique()) if t in shown)


def _no_keyness(a: Analysis) -> str | None:
    return None if len(_keyness_targets(a)) else f"keyness needs at least two groups in {a.by!r}"


def _fig_keyness(a: Analysis, n: int = 10, statistic: str = "log_ratio"):
    from .plots import plot_keyness

    targets = _keyness_targets(a)
    k = a.keyness
    # rare terms make extreme ratios: leave out terms seen fewer than 3 times, unless the corpus is tiny
    frequent = k[k["n_target"] + k["n_reference"] >= 3]
    min_count = 3 if all(frequent["target"].value_counts().get(t, 0) >= 2 * n for t in targets) else 1
    fig, axes = _panels(len(targets), 3, 5.2, 0.28 * 2 * n + 1.8)
    for t, ax in zip(targets, axes, strict=True):
        plot_keyness(k[k["target"] == t], statistic=statistic, n=n, min_count=min_count, ax=ax)
    seen = f" (terms seen {min_count}+ times)" if min_count > 1 else ""
    fig.suptitle(f"Key terms of each {a.by.replace('_', ' ')} against all the others{seen}")
    return k, fig, {"statistic": statistic, "n": n, "min_count": min_count}


def _fig_fightin(a: Analysis, n_labels: int = 8):
    from .plots import plot_fightin_words

    targets = _keyness_targets(a)
    fig, axes = _panels(len(targets), 3, 5.5, 4.6)
    for t, ax in zip(targets, axes, strict=True):
        plot_fightin_words(a.keyness[a.keyness["target"] == t], n_labels=n_labels, ax=ax)
    fig.suptitle("Fightin' words (Monroe et al. 2008): frequency against log-odds z, each group vs the rest")
    return a.keyness, fig, {"statistic": "log_odds_z", "n_labels": n_labels}


def _fig_topic_prevalence(a: Analysis):
    from .plots import plot_topic_prevalence

    data = a.topic_prevalence
    return data, plot_topic_prevalence(a._only_shown(data), by=a.by), {"n_topics": a.n_topics}


def _fig_topic_frames(a: Analysis):
    from .plots import plot_topic_frames

    data = a.topic_frames
    return data, plot_topic_frames(data), {"n_topics": a.n_topics}


def _fig_packages(a: Analysis):
    from .plots import plot_frame_packages

    nodes, edges = _package_tables(a)
    ax = plot_frame_packages(nodes, edges, random_state=a.random_state)
    return nodes, ax, {"n_topics": a.n_topics}


def _package_tables(a: Analysis) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    return a.packages.nodes, a.packages.edges


def dispersion_terms(a: Analysis, per_pole: int = 3) -> list[str]:
    """The most frequent lexicon entries of each pole (by counted matches), for the dispersion plot."""
    m = a.matches
    terms: list[str] = []
    for pole in POLES:
        sub = m[m["frame"] == pole]
        if sub.empty:
            continue
        counts = sub["entry"].value_counts().rename_axis("term").reset_index(name="n")
        counts = counts.sort_values(["n", "term"], ascending=[False, True], kind="stable")
        terms += counts["term"].head(per_pole).tolist()
    return list(dict.fromkeys(terms))


def _fig_dispersion(a: Analysis):
    from .plots import plot_dispersion

    terms = dispersion_terms(a)
    if not terms:
        raise ValueError("no term of either pole occurs in the corpus: nothing to place in a dispersion plot")
    words = a.tokens[~a.tokens["is_punct"]]
    n_words = words.groupby("doc_id", sort=False).size()
    # the word index of each token (punctuation does not count towards a document's length)
    word_index = pd.Series(words.groupby("doc_id", sort=False).cumcount().to_numpy(),
                           index=pd.MultiIndex.from_arrays([words["doc_id"], words["position"]]))
    m = a.matches[a.matches["entry"].isin(terms)]
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
    return None if a.has_dates else "the corpus has fewer than two distinct document dates"


def _fig_time(a: Analysis):
    from .plots import plot_frames_over_time

    data = a.doc_frame_counts
    data = data[data["voice"] == "all"] if "voice" in data.columns and (data["voice"] == "all").any() else data
    ax = plot_frames_over_time(data, frames=_frames_with_hits(a))
    return data, ax, {}


FIGURES: dict[str, Figure] = {f.name: f for f in [
    Figure("frame_balance", "Frame balance by group",
           "Smoothed log-odds of promotional against rights hits per group, for the author's voice, quoted "
           "voices and both, with bootstrap 95% intervals; only evaluative uses count (names, scare quotes, "
           "hedges, negation and reported speech do not).", _fig_balance),
    Figure("frame_rates", "Frame rates by group, frame and voice",
           "Lexicon hits per 1,000 words, per frame, group and voice; groups ordered by their rate over all "
           "frames. A quoted-voice rate can rest on few quoted words (n_tokens in the table).", _fig_rates),
    Figure("voice_breakdown", "Who voices which frame",
           "Share of each speaker's frame hits by frame (n = all hits of the speaker): the author's own prose, "
           "each named quoted speaker, unnamed quotes.", _fig_voice),
    Figure("keyness", "Key terms of each group",
           "Terms most over- and under-used by each group against all the others (Log Ratio, Hardie 2014).",
           _fig_keyness, _no_keyness),
    Figure("fightin_words", "Fightin' words",
           "Frequency against the log-odds z-score with an informative Dirichlet prior (Monroe et al. 2008); "
           "dashed lines at |z| = 1.96.", _fig_fightin, _no_keyness),
    Figure("topic_prevalence", "Topic prevalence by group",
           "Mean share of each topic in the group's paragraphs (LDA, gensim).", _fig_topic_prevalence),
    Figure("topic_frames", "Topics and frames",
           "Share of each frame's lexicon hits that falls in each topic.", _fig_topic_frames),
    Figure("frame_packages", "Frame packages",
           "Topics linked by co-occurrence in documents; communities of topics as frame packages "
           "(Walter & Ophir 2019).", _fig_packages),
    Figure("dispersion", "Where frame terms occur",
           "Positions of the most frequent terms of each pole along each document.", _fig_dispersion),
    Figure("frames_over_time", "Frames over time",
           "Frame hits per 1,000 words by document date.", _fig_time, _no_dates),
]}


#: figures that draw one row or panel per group, and how many groups they show at most
_PER_GROUP: dict[str, Callable[[Analysis], int]] = {
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
    file is written and it records the reason under ``skipped``.

    Returns
    -------
    dict with ``name``, ``files`` (paths written), ``skipped`` (reason or None), ``data`` (the table).
    """
    import matplotlib.pyplot as plt

    from ._util import check_one_of

    check_one_of("name", name, list(FIGURES))
    if analysis is None:
        analysis = Analysis(corpus, **analysis_kwargs)
    spec = FIGURES[name]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reason = spec.available(analysis)
    files: list[Path] = []
    data = pd.DataFrame()
    params: dict[str, Any] = {"figure": name}
    if reason is None:
        data, drawn, extra = spec.draw(analysis)
        params.update(extra)
        files += save_figure(drawn, out / name, dpi=dpi)
        plt.close(getattr(drawn, "figure", drawn))
        files.append(write_csv(data, out / f"{name}.csv"))
    from .provenance import write_record

    prov = analysis.provenance(what=spec.title + ". " + spec.caption, outputs=[p.name for p in files],
                               parameters=params)
    prov["skipped"] = reason
    files.append(write_record(out / f"{name}.provenance.json", prov))
    return {"name": name, "files": files, "skipped": reason, "data": data}


# ------------------------------------------------------------------------------------------ HTML
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;line-height:1.45}
header{background:#1f2a44;color:#fff;padding:1.2em 2em}header h1{margin:0 0 .2em}header p{margin:.2em 0;opacity:.9}
nav{padding:.6em 2em;background:#eef1f6;position:sticky;top:0;z-index:2;font-size:.92em}
nav a{margin-right:1em;color:#1f2a44}
main{padding:0 2em 3em;max-width:1200px}
section{margin-top:2em}h2{border-bottom:2px solid #1f2a44;padding-bottom:.2em}
figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
figcaption{color:#555;font-size:.92em}
.tablewrap{max-height:28em;overflow:auto;border:1px solid #ddd;margin:.5em 0 1em}
table{border-collapse:collapse;font-size:.86em;width:100%}
th,td{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#f5f6f8;position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.txt{min-width:28em}
.kwic td.l{text-align:right;color:#555}.kwic td.m{font-weight:bold;text-align:center}.kwic td.r{color:#555}
details{margin:.3em 0}summary{cursor:pointer}
pre{background:#f5f6f8;padding:1em;overflow:auto;font-size:.82em}
.note{color:#666;font-size:.9em}
"""

# a tiny, dependency-free sorter: click a header to sort by that column, numbers numerically
_JS = """
(function(){
  function val(td){var t=td.getAttribute('data-v');if(t===null){t=td.textContent;}
    var x=parseFloat(t);return (t.trim()!==''&&!isNaN(x)&&isFinite(t))?x:t.toLowerCase();}
  function sortTable(table,col,th){
    var tb=table.tBodies[0];var rows=Array.prototype.slice.call(tb.rows);
    var asc=!th.classList.contains('asc');
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});
    th.classList.add(asc?'asc':'desc');
    rows=rows.map(function(r,i){return [r,i];});
    rows.sort(function(a,b){var x=val(a[0].cells[col]),y=val(b[0].cells[col]);
      var tx=typeof x,ty=typeof y;var c;
      if(tx===ty){c=x<y?-1:(x>y?1:0);}else{c=tx==='number'?-1:1;}
      if(!asc){c=-c;} return c||a[1]-b[1];});
    rows.forEach(function(r){tb.appendChild(r[0]);});
  }
  document.querySelectorAll('table.sortable').forEach(function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
      th.title='click to sort';th.addEventListener('click',function(){sortTable(table,i,th);});});
  });
  document.body.setAttribute('data-ready','1');
})();
"""


def _fmt_cell(v: Any) -> tuple[str, bool]:
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v is pd.NaT:
        return "", False
    if isinstance(v, bool | np.bool_):
        return str(bool(v)).lower(), False
    if isinstance(v, int | np.integer):
        return str(int(v)), True
    if isinstance(v, float | np.floating):
        f = float(v)
        return (f"{f:.4g}" if abs(f) < 1e5 else f"{f:.4e}"), True
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d"), False
    return str(v), False


def html_table(df: pd.DataFrame, *, max_rows: int = 300, cls: str = "sortable", table_id: str | None = None,
               csv_name: str | None = None) -> str:
    """An HTML table with a sortable header; at most ``max_rows`` rows, with a note pointing at the CSV."""
    shown = df.head(max_rows)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for v in row:
            text, num = _fmt_cell(v)
            raw = f' data-v="{html.escape(repr(float(v)))}"' if num else ""
            if num:
                cells.append(f'<td class="num"{raw}>{html.escape(text)}</td>')
            else:
                wide = ' class="txt"' if len(text) > 60 else ""  # long text gets room, not a thin column
                cells.append(f"<td{wide}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    idattr = f' id="{table_id}"' if table_id else ""
    note = ""
    if len(df) > max_rows:
        note = (f'<p class="note">Showing the first {max_rows:,} of {len(df):,} rows'
                + (f"; the full table is <code>tables/{html.escape(csv_name)}</code>." if csv_name else ".") + "</p>")
    elif csv_name:
        note = f'<p class="note">{len(df):,} rows; also in <code>tables/{html.escape(csv_name)}</code>.</p>'
    return (f'<div class="tablewrap"><table class="{cls}"{idattr}><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>{note}")


def _img(path: Path, alt: str) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _kwic_block(a: Analysis, max_lines: int = 40) -> str:
    """Per group and frame: the score and the concordance lines of the matches behind it."""
    m = a.matches
    if m.empty:
        return "<p>No lexicon term matched in this corpus.</p>"
    by = a.by if a.by in m.columns else None
    if by is None:
        groups = a.tokens.drop_duplicates("doc_id").set_index("doc_id")[a.by]
        m = m.assign(**{a.by: m["doc_id"].map(groups)})
        by = a.by
    counts = a.frame_counts
    rate_of: dict[tuple[str, str], float] = {}
    if {"rate", "frame", a.by}.issubset(counts.columns):
        cc = counts[counts["voice"] == "all"] if "voice" in counts and (counts["voice"] == "all").any() else counts
        rate_of = cc.assign(_g=group_labels(cc[a.by])).groupby(["_g", "frame"])["rate"].sum().to_dict()
    parts = []
    labels = group_labels(m[by])
    for g in sorted(labels.unique()):
        inner = []
        sub_g = m[labels == g]
        for f in [c for c in a.lexicon.categories if c in set(sub_g["frame"])]:
            sub = sub_g[sub_g["frame"] == f]
            rate = rate_of.get((g, f))
            label = f"{html.escape(f)}: {len(sub)} hits" + (f", {rate:.2f} per 1,000 words" if rate is not None else "")
            if "use" in sub.columns:
                st = sub["use"].value_counts()
                label += " (" + ", ".join(f"{k} {int(st.get(k, 0))}" for k in ("evaluative", "referential", "distanced", "reported")) + ")"
            rows = []
            for r in sub.head(max_lines).itertuples(index=False):
                voice = getattr(r, "voice", "")
                spk = getattr(r, "speaker", None)
                who = html.escape(str(voice)) + (f" ({html.escape(str(spk))})" if isinstance(spk, str) and spk else "")
                stance = getattr(r, "use", "")
                cue = getattr(r, "cue", None)
                use = html.escape(str(stance)) + (f" ({html.escape(str(cue))})" if isinstance(cue, str) and cue else "")
                rows.append(
                    f'<tr><td>{html.escape(str(r.doc_id))}</td><td class="l">{html.escape(str(getattr(r, "left", "")))}</td>'
                    f'<td class="m">{html.escape(str(r.matched))}</td><td class="r">{html.escape(str(getattr(r, "right", "")))}</td>'
                    f"<td>{who}</td><td>{use}</td></tr>")
            more = f'<p class="note">{len(sub) - max_lines} more in tables/frame_terms.csv</p>' if len(sub) > max_lines else ""
            inner.append(f"<details><summary>{label}</summary><div class=\"tablewrap\"><table class=\"kwic sortable\">"
                         "<thead><tr><th>doc</th><th>left</th><th>match</th><th>right</th><th>voice</th><th>stance</th>"
                         f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>{more}</details>")
        parts.append(f"<h3>{html.escape(g)}</h3>" + "".join(inner))
    return "".join(parts)


def build_report(corpus=None, *, by: str = "source", lexicon: Any = "framing", out: str | Path = "discourse-report",
                 n_topics: int | None = None, n_boot: int = 1000, random_state: int = 0, max_groups: int = 30,
                 verbose: bool = True, dpi: int = 110) -> Path:
    """Run the whole analysis and write the report folder; return the path of ``report.html``.

    Parameters
    ----------
    corpus : Corpus, optional
        Default: the bundled seeds.
    by : str
        Document column whose groups are compared (default ``source``).
    lexicon : str, path or Lexicon
        Framing lexicon with the poles ``promotional`` and ``rights`` (default: the bundled ``framing``).
    out : path
        Output folder (created; files in it with the same names are replaced).
    n_topics, n_boot, random_state, max_groups : see :class:`Analysis`.
    verbose : bool
        Progress messages on stderr.
    dpi : int
        Resolution of the PNG figures.

    Returns
    -------
    Path of ``report.html``. Beside it: ``tables/*.csv``, ``figures/*.png|svg``, ``provenance.json``.
    """
    t0 = time.perf_counter()
    a = Analysis(corpus, by=by, lexicon=lexicon, n_topics=n_topics, n_boot=n_boot, random_state=random_state,
                 max_groups=max_groups, verbose=verbose)
    a.tokens  # noqa: B018 - tokenise first, so progress messages come in the order the work is done
    out = Path(out)
    fig_dir, tab_dir = out / "figures", out / "tables"
    for d in (fig_dir, tab_dir):
        d.mkdir(parents=True, exist_ok=True)
    _say(f"corpus {a.corpus.name!r}: {len(a.corpus)} documents, grouped by {by!r}", verbose)

    import matplotlib.pyplot as plt

    figures: list[tuple[Figure, Path | None, str | None]] = []
    for spec in FIGURES.values():
        reason = spec.available(a)
        if reason is not None:
            figures.append((spec, None, reason))
            _say(f"figure {spec.name}: skipped ({reason})", verbose)
            continue
        data, drawn, _ = spec.draw(a)
        png, _svg = save_figure(drawn, fig_dir / spec.name, dpi=dpi)
        plt.close(getattr(drawn, "figure", drawn))
        figures.append((spec, png, None))
        _say(f"figure {spec.name}: written", verbose)

    tables: dict[str, pd.DataFrame] = {
        "frame_counts": a.frame_counts,
        "frame_balance": a.balance,
        "frame_terms": a.matches,
        "frame_contributions": a.contributions,
        "contested_sentences": a.contested,
        "frame_sensitivity": a.sensitivity,
        "quotations": a.quotes,
        "keyness": a.keyness,
        "topic_terms": a.topic_model.topic_terms(10),
        "topic_prevalence": a.topic_prevalence,
        "topic_frames": a.topic_frames,
    }
    nodes, edges = _package_tables(a)
    tables["frame_package_topics"] = nodes
    if edges is not None:
        tables["frame_package_links"] = edges
    if len(a.corpus.set_aside):
        tables["set_aside"] = a.corpus.set_aside
    if len(a.corpus.skipped):
        tables["skipped"] = a.corpus.skipped
    for name, df in tables.items():
        write_csv(df, tab_dir / f"{name}.csv")
    _say(f"{len(tables)} tables written to {tab_dir}", verbose)

    outputs = ([f"figures/{s.name}.png" for s, p, _ in figures if p] + [f"figures/{s.name}.svg" for s, p, _ in figures if p]
               + [f"tables/{n}.csv" for n in tables] + ["report.html"])
    prov = a.provenance(what="discourse report: framing, keyness and topics by " + by, outputs=outputs)
    (out / "provenance.json").write_text(json.dumps(prov, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    html_path = out / "report.html"
    html_path.write_text(_render(a, figures, tables, prov), encoding="utf-8")
    _say(f"report written to {html_path} in {time.perf_counter() - t0:.1f} s", verbose)
    return html_path


def _render(a: Analysis, figures, tables: dict[str, pd.DataFrame], prov: dict[str, Any]) -> str:
    docs = a.corpus.documents
    title = f"discourse report: {a.corpus.name}"
    lex = a.lexicon
    fig_html = {}
    for spec, png, reason in figures:
        if png is None:
            fig_html[spec.name] = (f'<p class="note"><b>{html.escape(spec.title)}</b>: not drawn, '
                                   f"{html.escape(reason or '')}.</p>")
        else:
            note = ""
            if spec.name in _PER_GROUP and a.n_groups > _PER_GROUP[spec.name](a):
                note = (f" Drawn for the {_PER_GROUP[spec.name](a)} largest of {a.n_groups} groups (by words); "
                        "the table holds them all.")
            fig_html[spec.name] = (f'<figure id="fig-{spec.name}">{_img(png, spec.title)}<figcaption><b>'
                                   f"{html.escape(spec.title)}.</b> {html.escape(spec.caption + note)} "
                                   f"Files: <code>figures/{spec.name}.png</code>, <code>.svg</code>.</figcaption></figure>")

    def tbl(name: str, max_rows: int = 300, cols: Sequence[str] | None = None) -> str:
        df = tables.get(name, pd.DataFrame())
        if cols is not None:
            df = df[[c for c in cols if c in df.columns]]
        return html_table(df, max_rows=max_rows, table_id=f"table-{name}", csv_name=f"{name}.csv")

    overview = docs.drop(columns=["text"]).copy()
    overview["characters"] = docs["text"].str.len()
    words = a.tokens[~a.tokens["is_punct"]]
    overview["words"] = overview["doc_id"].map(words.groupby("doc_id").size()).fillna(0).astype(int)
    ov_cols = [c for c in ["doc_id", a.by, "source", "title", "author", "date", "words", "characters"]
               if c in overview.columns]
    overview = overview[list(dict.fromkeys(ov_cols))]
    voice_share = words["voice"].value_counts(normalize=True)

    kw = a.keyness
    kw_cols = ["target", "term", "n_target", "n_reference", "log_ratio", "g2", "p_adjusted", "log_odds_z",
               "dispersion"]
    kw_top = (kw[kw["n_target"] + kw["n_reference"] >= 3].sort_values(["target", "log_odds_z", "term"],
                                                                          ascending=[True, False, True])
              .groupby("target", sort=False).head(25)) if len(kw) else kw
    sections = [
        ("corpus", "Corpus", f"<p>{len(docs)} documents, {docs[a.by].nunique()} groups in <code>{html.escape(a.by)}"
         f"</code>, {len(words):,} words; {voice_share.get('quoted', 0):.1%} of words are inside speech quotations. "
         f"Cleaning set aside {len(a.corpus.set_aside)} spans (headers, bylines, boilerplate; "
         f"<code>tables/set_aside.csv</code>); {len(a.corpus.skipped)} items were skipped while loading.</p>"
         + html_table(overview, table_id="table-documents")),
        ("framing", "Framing",
         f"<p>Lexicon <b>{html.escape(lex.name)}</b> v{html.escape(str(lex.version))} "
         f"(sha256 <code>{html.escape(lex.hash[:16])}</code>…), categories "
         f"{', '.join(html.escape(c) for c in lex.categories)}. The balance index contrasts the poles "
         f"<b>{POLES[0]}</b> and <b>{POLES[1]}</b>.</p>"
         + fig_html["frame_balance"] + tbl("frame_balance") + fig_html["frame_rates"] + tbl("frame_counts")
         + fig_html["voice_breakdown"] + fig_html["dispersion"] + fig_html["frames_over_time"]
         + "<h3>Terms that drive each score</h3>" + tbl("frame_contributions")
         + "<h3>How much one term moves the balance (leave one term out)</h3><p>An index whose sign changes "
           "when one term is dropped (<code>sign_change</code>) rests on that term.</p>"
         + tbl("frame_sensitivity")
         + "<h3>Contested sentences (both poles)</h3>" + tbl("contested_sentences", 100)
         + "<h3>Quotations</h3><p>Every quotation found, with its kind (speech or mention), speaker and cue; "
           "these decide the voice of each frame hit.</p>"
         + tbl("quotations", 300, cols=["doc_id", "source", "quote_id", "kind", "speaker", "cue", "text",
                                        "anomaly"])),
        ("kwic", "Behind each frame score",
         "<p>Every lexicon match, as a concordance line in its document, grouped by group and frame (click to "
         "open). A promotional term in the author's scare quotes or after “so-called” is a <i>distanced</i> use."
         "</p>" + _kwic_block(a)),
        ("keyness", "Keyness",
         fig_html["keyness"] + fig_html["fightin_words"]
         + "<p>Top 25 terms per group by log-odds z (terms seen 3+ times); every term is in "
           "<code>tables/keyness.csv</code>.</p>" + html_table(kw_top[[c for c in kw_cols if c in kw_top.columns]]
                                                                if len(kw_top) else kw_top,
                                                                table_id="table-keyness", csv_name="keyness.csv")),
        ("topics", "Topics",
         f"<p>{a.n_topics}-topic LDA on paragraphs (random_state={a.random_state}).</p>"
         + tbl("topic_terms") + fig_html["topic_prevalence"] + tbl("topic_prevalence") + fig_html["topic_frames"]
         + fig_html["frame_packages"] + tbl("frame_package_topics")),
        ("provenance", "Provenance",
         "<p>Everything needed to reproduce these numbers (also in <code>provenance.json</code>).</p><pre>"
         + html.escape(json.dumps(prov, indent=2, sort_keys=True, ensure_ascii=False)) + "</pre>"),
    ]
    nav = "".join(f'<a href="#{sid}">{html.escape(t)}</a>' for sid, t, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{html.escape(t)}</h2>{content}</section>' for sid, t, content in sections)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body><header><h1>{html.escape(title)}</h1>"
            f"<p>Promotional against rights framing, keyness and topics, by <code>{html.escape(a.by)}</code>. "
            f"Corpus sha256 <code>{html.escape(a.corpus.hash()[:16])}</code>…</p></header><nav>{nav}</nav><main>{body}"
            f"</main><script>{_JS}</script></body></html>\n")
