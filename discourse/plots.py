"""Figures on seaborn: the tidy output of an analysis in, a matplotlib Axes (or a FacetGrid) out.

Every function takes the table as its first argument and only keyword options after it; ``ax=None`` draws
on a new figure. Column names default to those the analysis functions return and can be renamed with
keyword options, so tables computed elsewhere plot too. Nothing here calls ``plt.show()``, ``savefig()`` or
changes the global theme: styling is applied to the returned Axes only.

Defaults aim at a reader: axes labelled with their units, categories sorted by the value plotted,
colour-blind-safe palettes (seaborn's ``colorblind``, ``viridis`` and the blue/red ``vlag``), long labels
wrapped.

===============================  =========================================  ==============================
function                         draws                                      takes the output of
===============================  =========================================  ==============================
:func:`plot_frame_balance`       two-pole index per group, with intervals   ``frame_balance``
                                 and the counts behind each point
:func:`frame_rates_grid`         rate per 1,000 tokens, group x frame x     ``count_frames``
                                 voice (FacetGrid)
:func:`plot_voice_breakdown`     who voices which frame                     ``find_frame_terms``
:func:`plot_keyness`             diverging bars of the most key terms       ``keyness``
:func:`plot_fightin_words`       frequency against log-odds z               ``keyness``
:func:`plot_topic_prevalence`    topic x group heatmap                      ``topic_prevalence``
:func:`plot_topic_frames`        topic x frame heatmap                      ``topic_frames``
:func:`plot_frame_packages`      topic network coloured by package          ``frame_packages``
:func:`plot_dispersion`          where terms occur across documents         ``tokenize``
:func:`plot_frames_over_time`    frame rates by date, lines within a group  per-document ``count_frames``
===============================  =========================================  ==============================
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    as_list,
    check_columns,
    check_count,
    check_dataframe,
    check_flag,
    check_type,
    renamed_params,
)

__all__ = [
    "plot_frame_balance",
    "frame_rates_grid",
    "plot_voice_breakdown",
    "plot_keyness",
    "plot_fightin_words",
    "plot_topic_prevalence",
    "plot_topic_frames",
    "plot_frame_packages",
    "plot_dispersion",
    "plot_frames_over_time",
    "frame_palette",
    "frame_hatches",
    "RATE_MIN_WORDS",
    "group_labels",
    "ordered_groups",
    "wrap_label",
]

#: the two poles first, in a fixed colour each, so every figure shows a frame in the same colour
_FRAME_ORDER = ("promotional", "rights", "security", "technology", "economy", "geopolitics")
#: a frame rate (hits per 1,000 words) from fewer words than this is marked in the frame-rates figure
RATE_MIN_WORDS = 1000

#: voices in colours that no frame uses (Paul Tol's colour-blind-safe indigo, purple and olive, and black).
#: Reported speech was Tol's wine (#882255), which a deuteranope sees as the dark grey of "all voices" (6 CIELAB
#: units apart in Machado et al.'s 2009 simulation, beside each other in the frame-rates bars); with olive every
#: two voices stay at least 20 apart for each kind of dichromacy (14 as seaborn's bars desaturate them), and olive
#: keeps 3:1 against white (WCAG 1.4.11). All voices were dark grey (#444444), 4 units of lightness (L*) from the
#: indigo as seaborn draws the bars, so the two were one dark grey in a greyscale print; black keeps every two
#: voices at least 10 apart in L* (11 for purple and olive, the closest)
_VOICE_COLORS = {"author": "#332288", "quoted": "#AA4499", "reported": "#999933", "all": "#000000"}
_VOICE_ORDER = ("author", "quoted", "reported", "all")
_VOICE_LABELS = {"author": "author's voice", "quoted": "quoted voices", "reported": "reported speech",
                 "all": "all voices", "both": "all voices"}


# ------------------------------------------------------------------------------------------ helpers
def wrap_label(label: Any, width: int = 22) -> str:
    """Wrap a long tick label onto several lines (words kept whole)."""
    text = str(label)
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=False)) or text


def group_labels(values: pd.Series) -> pd.Series:
    """Group values as display strings; a missing value is its own group, shown as ``(missing)``."""
    return values.astype(object).where(values.notna(), "(missing)").map(str)


#: a decade written as text: "1990s", "2020s" (also "890s")
_DECADE = re.compile(r"^([0-9]{1,3}0)s$")


def _decade_order(s: pd.Series) -> list[str] | None:
    """The labels of a column of decades written as text ("1990s"), in time order, ``(missing)`` last; None
    when any value is something else. Such a column is a scale like a number column (the report of UN
    speeches by a "decade" column drew its rows as 2020s, 2010s, 2000s, 1950s, 1980s, ... by their lean)."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        present = [v for v in s.cat.categories if v in set(s.dropna().unique().tolist())]
    elif pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype):
        present = s.dropna().unique().tolist()
    else:
        return None
    if not present or not all(isinstance(v, str) and _DECADE.match(v) for v in present):
        return None
    labels = sorted(present, key=lambda v: int(v[:-1]))
    return labels + (["(missing)"] if s.isna().any() else [])


def ordered_groups(values: pd.Series) -> list[str] | None:
    """The group labels (:func:`group_labels`) of a column whose values have an order of their own, in that
    order, ``(missing)`` last; None for a column of names.

    Numbers, dates and ordered categoricals are scales (years, decades, sessions, periods): figures and the
    report show their groups in the scale's order, so a figure by decade reads as a timeline (ordered by the
    balance, decades came as 1950, 2010, 2020, 2000, 1970, ...) and numbers are not sorted as text ("10000"
    before "2000"). A categorical of numbers or dates (a token table's document columns) counts as numbers or
    dates. Decades written as text ("1990s") are a scale too, in time order. Names (other text, booleans) return
    None: the caller's own order applies.
    """
    s = values
    decades = _decade_order(s)
    if decades is not None:
        return decades
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = s.cat.categories
        if s.cat.ordered:
            present = set(s.dropna().unique().tolist())
            vals = [c for c in cats if c in present]
        elif (pd.api.types.is_numeric_dtype(cats.dtype) and not pd.api.types.is_bool_dtype(cats.dtype)) \
                or pd.api.types.is_datetime64_any_dtype(cats.dtype):
            vals = sorted(s.dropna().unique().tolist())
        else:
            return None
    elif (pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype)) \
            or pd.api.types.is_datetime64_any_dtype(s.dtype):
        vals = sorted(s.dropna().unique().tolist())
    else:
        return None
    labels = list(dict.fromkeys(group_labels(pd.Series(vals, dtype=s.dtype if not isinstance(
        s.dtype, pd.CategoricalDtype) else s.cat.categories.dtype))))
    if s.isna().any():
        labels.append("(missing)")
    return labels


def _colorblind(n: int) -> list:
    import seaborn as sns

    return sns.color_palette("colorblind", max(n, 1))


def _distinct_colours(n: int) -> list:
    """``n`` different colours: the ten colour-blind-safe ones, then evenly spaced hues (``husl``; not
    colour-blind-safe). seaborn's ``colorblind`` palette of more than ten colours repeats its ten, so the
    11th item was drawn as the first."""
    import seaborn as sns

    base = list(_colorblind(10))
    return base[:n] if n <= 10 else base + list(sns.color_palette("husl", n - 10))


#: fill patterns of the frames beyond the two poles (which stay solid), in the order the frames are sorted
_HATCHES = ("//", "..", "xx", "\\\\", "oo", "--", "++", "||", "**", "OO")


def frame_hatches(frames: Sequence[str]) -> dict[str, str]:
    """One fill pattern per frame for figures that tell frames apart by filled areas (the stacked bars of
    :func:`plot_voice_breakdown`): the poles ``promotional`` and ``rights`` solid (``""``), every other frame a
    pattern of its own, in sorted order (from the eleventh on patterns repeat).

    Colour alone does not tell frames apart in greyscale (a print, a greyscale display filter): the promotional
    orange, technology's sky blue, economy's grey and geopolitics' pink all have a lightness (CIE L*) of 61-70,
    one mid grey, and no ten colours can keep ten lightness steps apart."""
    names = sorted(set(map(str, frames)), key=_frame_sort_key)
    others = [f for f in names if f not in ("promotional", "rights")]
    out = {f: "" for f in names if f in ("promotional", "rights")}
    out.update({f: _HATCHES[i % len(_HATCHES)] for i, f in enumerate(others)})
    return out


def frame_palette(frames: Sequence[str]) -> dict[str, Any]:
    """One colour-blind-safe colour per frame, stable across figures.

    ``promotional`` is always orange and ``rights`` always blue (seaborn ``colorblind`` palette), and the
    other categories of the bundled framing lexicon have fixed colours too; other frames (a lexicon of the
    user's own) take the four spare colours in sorted order, then the colours of the fixed frames that are
    not among ``frames``, so up to ten frames get ten different colours (the spare colours were reused from
    the fifth other frame on, and two categories of one stacked bar looked alike). Beyond ten, the extra
    frames take evenly spaced hues (``husl``), distinct but not colour-blind-safe. The same ``frames`` give
    the same colours in any order.

    The eight categories of the bundled lexicon take the eight of the ten colours whose least difference is
    largest for every reader: simulated for deuteranopes, protanopes and tritanopes (Machado, Oliveira &
    Fernandes 2009) and measured with CIEDE2000 (Sharma, Wu & Dalal 2005), every two stay at least 9.0 apart
    (the poles' orange and the vermilion of a third frame, for a deuteranope). Economy was seaborn's tan, 6.1
    from security's green for a protanope and 5.5 from the promotional orange for a tritanope; it is grey,
    and the tan and the pink, the two colours that come closest to the others, are the last spare ones.
    """
    base = _colorblind(10)
    fixed = {"rights": base[0], "promotional": base[1], "security": base[2], "technology": base[9],
             "economy": base[7], "geopolitics": base[4]}
    names = sorted(set(map(str, frames)), key=_frame_sort_key)
    pool = [base[i] for i in (8, 3, 6, 5)] + [fixed[f] for f in _FRAME_ORDER if f in fixed and f not in names]
    others = [f for f in names if f not in fixed]
    if len(others) > len(pool):
        import seaborn as sns

        pool += sns.color_palette("husl", len(others) - len(pool))
    out: dict[str, Any] = {}
    k = 0
    for f in names:
        if f in fixed:
            out[f] = fixed[f]
        else:
            out[f] = pool[k]
            k += 1
    return out


def _frame_sort_key(frame: str) -> tuple[int, str]:
    return (_FRAME_ORDER.index(frame) if frame in _FRAME_ORDER else len(_FRAME_ORDER), frame)


def _voice_sort_key(voice: str) -> tuple[int, str]:
    return (_VOICE_ORDER.index(voice) if voice in _VOICE_ORDER else len(_VOICE_ORDER), voice)


def _new_ax(ax, figsize: tuple[float, float]):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _check_data(data: Any, required: Sequence[str], what: str) -> pd.DataFrame:
    check_dataframe("data", data)
    check_columns(data, [c for c in required if c is not None], what)
    if data.empty:
        raise ValueError(f"{what} is empty: nothing to plot")
    return data


def _column_labels(ax, labels: list[str], *, wrap: int | None) -> None:
    """Tick labels of a heatmap's columns: level (wrapped at ``wrap`` characters) where the widest line fits
    its column, else turned upright. Level labels that do not fit run into each other: the 15 Brown genres
    in a 7-inch (print-width) figure overlapped in 28 pairs. A column's width is the axes' box before
    layout over the number of columns; a line's width is measured with the figure's renderer (0.6 em per
    character where the canvas has none)."""
    import matplotlib
    from matplotlib.font_manager import FontProperties

    level = [wrap_label(c, wrap) if wrap else c for c in labels]
    lines = [line for lab in level for line in lab.splitlines()]
    prop = FontProperties(size=matplotlib.rcParams["xtick.labelsize"])
    size = prop.get_size_in_points()
    fig = ax.figure
    renderer = fig.canvas.get_renderer() if hasattr(fig.canvas, "get_renderer") else None
    if renderer is not None and lines:
        widest = max(renderer.get_text_width_height_descent(line, prop, ismath=False)[0] for line in lines)
        widest *= 72.0 / fig.dpi
    else:
        widest = 0.6 * size * max((len(line) for line in lines), default=0)
    column = 72.0 * fig.get_size_inches()[0] * ax.get_position().width / max(len(labels), 1)
    ticks = np.arange(len(labels)) + 0.5
    if widest + 0.4 * size <= column:  # a gap of 0.4 em between neighbouring labels
        ax.set_xticks(ticks, level, rotation=0)
    else:
        ax.set_xticks(ticks, labels, rotation=90)


def _style(ax) -> None:
    """Light styling on this Axes only (no global theme)."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_axisbelow(True)


# -------------------------------------------------------------------------------- frame balance
def plot_frame_balance(data: pd.DataFrame, *, by: str = "source", balance: str = "balance",
                       lower: str = "ci_low", upper: str = "ci_high", voice: str | None = "voice",
                       poles: tuple[str, str] | None = None, order: Sequence[str] | None = None,
                       min_hits: int = 5, counts: bool = True, ax=None):
    """Two-pole frame balance per group, as points with interval bars, one colour per voice.

    Parameters
    ----------
    data : DataFrame
        One row per group (and voice), as returned by ``frame_balance``: the group column ``by``, the index
        ``balance`` and its interval ``lower`` / ``upper``; ``voice`` (author / quoted / all) when present;
        ``n_positive`` / ``n_negative`` (the pole hits) when present.
        Rows whose ``level`` column (if any) is not ``group`` are left out. A row with no hit of either pole
        (``n_positive + n_negative == 0``) gets no point, whatever its ``balance`` (``frame_balance`` gives
        such a row 0 with the interval [0, 0], which would read as "balanced"): it is marked "no pole hits".
    poles : (str, str), optional
        The positive and the negative pole, for the axis label. Default: the table's ``positive_pole`` and
        ``negative_pole`` (as ``frame_balance`` writes them), else ``("promotional", "rights")``; poles that
        contradict those columns are a ValueError (the axis would name the wrong direction).
    order : list, optional
        Group order from top to bottom; default: by the balance of all voices (or the first voice),
        most positive at the top, groups without a balance last; groups of numbers, dates or an ordered
        categorical (years, decades, periods) in their own order instead (:func:`ordered_groups`).
    min_hits : int
        A point resting on fewer pole hits than this is drawn hollow (not an estimate to rely on); the
        legend says so.
    counts : bool
        Write the hits behind each point beside it, ``n_positive : n_negative`` (needs those columns).

    Returns
    -------
    matplotlib Axes. The x axis is the balance in log-odds; 0 means both poles equally used. The count
    labels are ``ax.texts``, each on its point's line to the right of its interval (so no label sits on the
    line of another voice); hollow points are the lines labelled ``... (fewer than min_hits pole hits)``.
    A point with hits but no interval (``frame_balance`` gives none where every pole hit comes from one
    document or paragraph) is labelled ``no interval``, so it does not read as an exact value. The title
    gives the interval's level from the ``ci`` column (and its method from ``interval``, "expanded percentile"
    or "BCa", when it is not the plain percentile bootstrap), and says
    "no intervals" when no row has one (``n_boot=0``).
    """
    import seaborn as sns

    counts = check_flag("counts", counts)

    check_dataframe("data", data)
    check_type("min_hits", min_hits, int, "an int")
    voice = voice if voice is not None and voice in data.columns else None
    _check_data(data, [by, balance, lower, upper], "frame balance table")
    df = data
    if "level" in df.columns and (df["level"] == "group").any():
        df = df[df["level"] == "group"]
    df = df.copy()
    has_n = {"n_positive", "n_negative"} <= set(df.columns)
    hits = (df["n_positive"] + df["n_negative"]).to_numpy(float) if has_n else np.full(len(df), np.inf)
    df["_hits"] = hits
    poles = _balance_poles(df, poles)
    no_hits = hits == 0
    if df[balance].isna().all() and not no_hits.any():
        raise ValueError(f"frame balance table has no finite values in column {balance!r}: nothing to plot")
    natural = ordered_groups(df[by]) if order is None else None
    df[by] = group_labels(df[by])
    if voice is None:
        df["_voice"] = "all"
        voice = "_voice"
    voices = sorted(df[voice].astype(str).unique(), key=_voice_sort_key)
    if natural is not None:
        order = natural
    elif order is None:
        ref = "all" if "all" in voices else voices[0]
        est = df[~no_hits]
        key = est[est[voice] == ref].groupby(by)[balance].mean()
        rest = est.groupby(by)[balance].mean()
        key = key.reindex(rest.index).fillna(rest).dropna()
        order = list(key.sort_values(ascending=False, kind="stable").index)
        order += sorted(set(df[by]) - set(order))
    order = [str(o) for o in order]
    ax = _new_ax(ax, (8, 0.55 * len(order) * max(1, len(voices)) ** 0.5 + 1.8))
    palette = dict(_VOICE_COLORS)
    extra = [v for v in voices if v not in palette]
    palette.update(dict(zip(extra, _colorblind(10)[7:], strict=False)))
    n_v = len(voices)
    offsets = np.linspace(-0.22, 0.22, n_v) if n_v > 1 else np.zeros(1)
    ypos = {g: i for i, g in enumerate(order)}
    shown_x: list[float] = []
    labels: list[tuple[float, float, str]] = []
    for off, v in zip(offsets, voices, strict=True):
        sub = df[(df[voice].astype(str) == v) & df[by].isin(ypos)]
        empty = (sub["_hits"] == 0).to_numpy()
        for g in sub.loc[empty, by]:
            ax.text(0, ypos[g] + off, f"  no pole hits ({_VOICE_LABELS.get(v, v)})", color="0.45",
                    fontsize=8, va="center", ha="left", style="italic")
        sub = sub[~empty & sub[balance].notna().to_numpy()]
        for solid in (True, False):
            part = sub[(sub["_hits"] >= min_hits) == solid]
            if part.empty:
                continue
            y = part[by].map(ypos).to_numpy(float) + off
            x = part[balance].to_numpy(float)
            lo = (x - part[lower].to_numpy(float))
            hi = (part[upper].to_numpy(float) - x)
            err = np.vstack([np.nan_to_num(np.clip(lo, 0, None)), np.nan_to_num(np.clip(hi, 0, None))])
            name = _VOICE_LABELS.get(v, v) + ("" if solid else f" (fewer than {min_hits} pole hits)")
            ax.errorbar(x, y, xerr=err, fmt="o", color=palette[v], ecolor=palette[v],
                        elinewidth=1.5 if solid else 0.8, capsize=3, markersize=6,
                        markerfacecolor=palette[v] if solid else "white", markeredgewidth=1.5,
                        alpha=1.0 if solid else 0.8, label=name)
            shown_x += list(x) + list(part[upper].dropna().to_numpy(float)) + list(part[lower].dropna().to_numpy(float))
            # a label starts right of the interval's upper end (of the point where there is no interval)
            ends = np.fmax(x, part[upper].to_numpy(float))
            no_ci = ~(np.isfinite(part[lower].to_numpy(float)) & np.isfinite(part[upper].to_numpy(float)))
            n_pos = part["n_positive"].to_numpy() if has_n else np.zeros(len(part))
            n_neg = part["n_negative"].to_numpy() if has_n else np.zeros(len(part))
            for xi, yi, a_, b_, missing in zip(ends, y, n_pos, n_neg, no_ci, strict=True):
                text = [f"{int(a_)} : {int(b_)}"] if counts and has_n else []
                text += ["no interval"] if missing else []
                if text:
                    labels.append((float(xi), float(yi), ", ".join(text)))
    ax.axvline(0, color="0.5", lw=1, ls="--", zorder=0)
    ax.set_yticks(range(len(order)), [wrap_label(o) for o in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    if shown_x:
        lo_x, hi_x = min(shown_x + [0.0]), max(shown_x + [0.0])
        pad = 0.08 * max(hi_x - lo_x, 1.0)
        ax.set_xlim(lo_x - pad, hi_x + 3.5 * pad)  # room on the right for the count labels
    # on the point's own line: a label above the point sat on the line of the voice drawn above it
    for xi, yi, text in labels:
        ax.annotate(text, xy=(xi, yi), xytext=(6, 0), textcoords="offset points", ha="left", va="center",
                    fontsize=7, color="0.25")
    pos, neg = poles
    ax.set_xlabel(f"frame balance (log-odds, {pos} vs {neg} hits; labels: {pos} : {neg} hits)\n"
                  f"\u2190 more {neg}      more {pos} \u2192")
    ax.set_ylabel(by.replace("_", " "))
    ax.set_title(f"Frame balance by {by.replace('_', ' ')}, {_interval_note(df, lower, upper)}")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(title="voice", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
    ax.grid(axis="x", color="0.9")
    sns.despine(ax=ax)
    return ax


def _balance_poles(df: pd.DataFrame, poles: Sequence[str] | None) -> tuple[str, str]:
    """The poles of a balance table: its ``positive_pole`` / ``negative_pole`` columns when it has them (one
    value each); ``poles`` must agree with them. A table of ``frame_balance(poles=("security", "economy"))``
    was labelled "promotional vs rights" unless the caller passed the poles a second time."""
    cols = ("positive_pole", "negative_pole")
    found: list[str] | None = None
    if set(cols) <= set(df.columns):
        vals = [pd.unique(df[c].dropna().astype(str)) for c in cols]
        if all(len(v) == 1 for v in vals):
            found = [vals[0][0], vals[1][0]]
        elif any(len(v) > 1 for v in vals):
            raise ValueError(f"frame balance table holds several poles ({', '.join(map(repr, vals[0]))} against "
                             f"{', '.join(map(repr, vals[1]))}); plot one pair: filter rows on positive_pole "
                             "and negative_pole")
    if poles is None:
        return (found[0], found[1]) if found else ("promotional", "rights")
    poles = tuple(str(p) for p in as_list(poles))
    if len(poles) != 2:
        raise ValueError(f"poles must be two category names (positive, negative), got {poles!r}")
    if found is not None and list(poles) != found:
        raise ValueError(f"poles={poles!r}, but the table's positive_pole is {found[0]!r} and its negative_pole "
                         f"{found[1]!r}: leave poles out (it is read from the table) or pass {tuple(found)!r}")
    return poles[0], poles[1]


def _interval_note(df: pd.DataFrame, lower: str, upper: str) -> str:
    """What the interval bars are, for the title: the level from the ``ci`` column and the method from the
    ``interval`` column (named unless it is the plain percentile interval); "no intervals" when no row has one
    (``n_boot=0``)."""
    has = np.isfinite(df[lower].to_numpy(float)) & np.isfinite(df[upper].to_numpy(float))
    if not has.any():
        return "no intervals"
    levels = pd.unique(df["ci"].dropna()) if "ci" in df.columns else []
    methods = pd.unique(df["interval"].dropna()) if "interval" in df.columns else []
    name = {"expanded": "expanded percentile ", "bca": "BCa "}.get(str(methods[0]), "") if len(methods) == 1 else ""
    if len(levels) == 1:
        return f"with {float(levels[0]) * 100:g}% {name}bootstrap intervals"
    return "with intervals"


# -------------------------------------------------------------------------------- frame rates
def frame_rates_grid(data: pd.DataFrame, *, by: str = "source", frame: str = "frame", voice: str | None = "voice",
                     rate: str = "rate", frames: Sequence[str] | None = None, order: Sequence[str] | None = None,
                     col_wrap: int | None = None, height: float | None = None, aspect: float = 1.3,
                     n_words: str | None = "n_tokens", min_words: int = RATE_MIN_WORDS):
    """Frame rates per 1,000 tokens: one panel per frame, groups on the y axis, one bar colour per voice.

    Parameters
    ----------
    data : DataFrame
        As returned by ``count_frames``: columns ``by``, ``frame``, ``rate`` (hits per 1,000 words of that
        group and voice) and ``voice``. A voice ``all`` (both voices together) is drawn when present.
    frames : list, optional
        Frames to draw, in panel order (default: the poles first, then the rest sorted). A frame without
        any hit (every rate 0 or missing) gets no panel; the figure title names the frames left out.
    order : list, optional
        Groups from top to bottom (default: by the rate over all frames, highest first; groups of numbers,
        dates or an ordered categorical in their own order, :func:`ordered_groups`). Pass the order of
        the balance figure to draw both alike.
    height : float, optional
        Panel height in inches (default: grows with the number of groups, at least 4).
    n_words : str or None
        Column of the words each rate is computed from (``count_frames``' ``n_tokens``); ignored when absent.
    min_words : int
        A bar whose rate rests on fewer words than this (default 1,000, the unit of the rate) is hatched and
        labelled with its word count ("31 words"); 0 marks none.

    Returns
    -------
    seaborn FacetGrid (``.figure`` to save it). A missing rate (the voice has no words in that group) is
    written "no words" where its bar would be, so it does not read as a rate of 0. With ``n_words``, each
    group's label gives its words (all voices, or the voices drawn summed).

    Notes
    -----
    A rate is hits per 1,000 words, so one from 31 quoted words (2 hits: 64.5) is drawn eight times as long as
    one from 8,000 words though it rests on two hits: its Poisson 95 % interval (Garwood 1936) runs from 7.8
    to 233 per 1,000. A bar length alone does not show its base, so a small base is marked where it is drawn.
    """
    import seaborn as sns

    check_dataframe("data", data)
    voice = voice if voice is not None and voice in data.columns else None
    _check_data(data, [by, frame, rate], "frame counts table")
    check_count("min_words", min_words, 0, "words below which a rate is marked as resting on few words")
    n_words = n_words if n_words is not None and n_words in data.columns else None
    df = data.copy()
    natural = ordered_groups(df[by]) if order is None else None
    df[by] = group_labels(df[by])
    df[frame] = df[frame].astype(str)
    if frames is None:
        frames = sorted(df[frame].unique(), key=_frame_sort_key)
    else:
        frames = [str(f) for f in frames]
        df = df[df[frame].isin(frames)]
    hit = df.groupby(frame)[rate].apply(lambda r: bool((r.fillna(0) > 0).any()))
    empty = [f for f in frames if not hit.get(f, False)]
    frames = [f for f in frames if f not in empty]
    if not frames:
        raise ValueError("frame counts table has no frame with a hit: nothing to plot")
    df = df[df[frame].isin(frames)]
    if order is None and natural is not None:
        order = [g for g in natural if g in set(df[by])]
    if order is None:
        if voice is not None and (df[voice] == "all").any():  # order by the rate of all voices together
            totals = df[df[voice] == "all"].groupby(by)[rate].sum().reindex(df[by].unique()).fillna(0)
        else:
            totals = df.groupby(by)[rate].sum()
        order = list(totals.sort_values(ascending=False, kind="stable").index)
    else:
        order = [str(o) for o in order]
        df = df[df[by].isin(order)]
    if height is None:
        height = max(4.0, 0.42 * len(order) * (len(df[voice].unique()) if voice else 1) ** 0.5 + 1.6)
    hue_order = None
    if voice is not None:
        df[voice] = df[voice].astype(str)
        hue_order = sorted(df[voice].unique(), key=_voice_sort_key)
        df["voice_label"] = df[voice].map(lambda v: _VOICE_LABELS.get(v, v))
        hue_labels = [_VOICE_LABELS.get(v, v) for v in hue_order]
    wrap = col_wrap if col_wrap is not None else min(len(frames), 4)
    g = sns.catplot(data=df, kind="bar", x=rate, y=by, col=frame, col_order=frames, col_wrap=wrap,
                    hue="voice_label" if voice else None, hue_order=hue_labels if voice else None,
                    order=order, palette=[_VOICE_COLORS.get(v, "0.6") for v in hue_order] if voice else None,
                    color=None if voice else _colorblind(3)[0], height=height, aspect=aspect,
                    sharex=True, errorbar=None, orient="h")
    g.set_titles(col_template="{col_name}")
    g.set_axis_labels("hits per 1,000 words", by.replace("_", " "))
    # a missing rate (count_frames: the voice has no words, e.g. a source that quotes nobody) has no bar,
    # as a rate of 0 has none: say so where the bar would be (seaborn's dodged bars: 0.8 of a row, split
    # evenly among the voices)
    n_hue = len(hue_order) if voice is not None else 1
    row_of = {o: i for i, o in enumerate(order)}
    for f, ax in zip(frames, g.axes.flat, strict=False):
        sub = df[(df[frame] == f) & df[rate].isna() & df[by].isin(row_of)]
        for _, r in sub.iterrows():
            k = hue_order.index(r[voice]) if voice is not None else 0
            y = row_of[r[by]] - 0.4 + 0.8 * (k + 0.5) / n_hue
            ax.annotate("no words", xy=(0, y), xytext=(3, 0), textcoords="offset points", color="0.45",
                        fontsize=6, va="center", ha="left", style="italic")
    labels = [wrap_label(o, 20) for o in order]
    if n_words is not None:
        # a rate's base: hatch the bars resting on fewer than min_words words and write their word count at the
        # bar's end (the bar positions as in the "no words" labels above)
        # (a rate of 0 draws no bar, so only the bars drawn are marked: labels on every empty slot hid the bars)
        small = df[(df[rate] > 0) & (df[n_words] < min_words) & df[by].isin(row_of)]
        for f, ax in zip(frames, g.axes.flat, strict=False):
            for _, r in small[small[frame] == f].iterrows():
                k = hue_order.index(r[voice]) if voice is not None else 0
                y = row_of[r[by]] - 0.4 + 0.8 * (k + 0.5) / n_hue
                ax.barh(y, r[rate], height=0.8 / n_hue, fill=False, hatch="////", edgecolor="white", linewidth=0)
                ax.annotate(f"{int(r[n_words]):,} words", xy=(r[rate], y), xytext=(3, 0), textcoords="offset points",
                            color="0.25", fontsize=6, va="center", ha="left")
        base = df[df[voice] == "all"] if voice is not None and (df[voice] == "all").any() else df
        words = base.drop_duplicates([by, voice] if voice is not None else [by]).groupby(by)[n_words].sum(min_count=1)
        labels = [f"{wrap_label(o, 20)}\n{int(words[o]):,} words" if pd.notna(words.get(o)) else wrap_label(o, 20)
                  for o in order]
    for ax in g.axes.flat:
        ax.set_yticks(range(len(order)), labels)
        ax.grid(axis="x", color="0.9")
        ax.set_axisbelow(True)
    if g.legend is not None:
        g.legend.set_title("voice")
        if n_words is not None and len(small):  # the hatch is a mark of its own: the legend names it
            from matplotlib.patches import Patch

            handles = [*g.legend.legend_handles, Patch(facecolor="0.55", edgecolor="white", hatch="////")]
            names = [t.get_text() for t in g.legend.texts] + [f"fewer than\n{min_words:,} words"]
            g.legend.remove()
            # where seaborn's add_legend put the legend and made room for it; FacetGrid.legend reads _legend
            g._legend = g.figure.legend(handles, names, title="voice", loc="center right", frameon=False)
    title = f"Frame use by {by.replace('_', ' ')} and voice"
    if empty:
        title += f" (no hits, not drawn: {', '.join(empty)})"
    g.figure.suptitle(title, y=1.02)
    return g


# -------------------------------------------------------------------------------- voice breakdown
def _speaker_labels(df: pd.DataFrame, voice: str, speaker: str) -> pd.Series:
    spk = df[speaker].astype("string") if speaker in df.columns else pd.Series(pd.NA, index=df.index,
                                                                                  dtype="string")
    v = df[voice].astype(str) if voice in df.columns else pd.Series("author", index=df.index)
    out = spk.where(spk.notna() & (spk.str.strip() != ""), other="(unnamed speaker)")
    return out.where(v != "author", other="(author's own voice)").astype(str)


@renamed_params(n="hits", top="top_n")
def plot_voice_breakdown(data: pd.DataFrame, *, frame: str = "frame", voice: str = "voice",
                         speaker: str = "speaker", hits: str | None = None, top_n: int = 12,
                         normalize: bool = False, ax=None):
    """Who voices which frame: frame hits per speaker as stacked horizontal bars.

    Parameters
    ----------
    data : DataFrame
        Either one row per frame-term match (``find_frame_terms``: ``frame``, ``voice``, ``speaker``), or a
        count table with those columns and a count column named by ``hits`` (``"n"`` for
        :func:`discourse.count_frames`).
        Matches in the author's voice are gathered as "(author's own voice)"; quoted matches with no named
        speaker as "(unnamed speaker)".
    hits : str, optional
        Column of hits per row, as in :func:`plot_frames_over_time` and :func:`plot_topic_frames`; None counts
        the rows. Called ``n`` before (still accepted, with a DeprecationWarning).
    top_n : int
        Speakers to show, the most frequent first; the rest are summed into "(other speakers)". Called ``top``
        before (still accepted, with a DeprecationWarning).
    normalize : bool
        Bars as each speaker's share of frames (0-100 %) instead of counts.

    Returns
    -------
    matplotlib Axes; each bar ends with ``n = <hits>`` of that speaker.
    """
    _check_data(data, [frame, voice, *([] if hits is None else [hits])], "frame matches table")
    top = check_count("top_n", top_n, 1, "speakers drawn")
    normalize = check_flag("normalize", normalize)
    df = data.copy()
    df["_who"] = _speaker_labels(df, voice, speaker)
    df[frame] = df[frame].astype(str)
    weight = df[hits] if hits is not None else pd.Series(1, index=df.index)
    counts = (df.assign(_n=weight).groupby(["_who", frame])["_n"].sum().unstack(frame, fill_value=0))
    counts = counts[sorted(counts.columns, key=_frame_sort_key)]
    totals = counts.sum(axis=1)
    named = totals.drop(labels=["(author's own voice)"], errors="ignore")
    named = named.sort_values(ascending=False, kind="stable")
    keep = list(named.index[:top])
    rest = [w for w in named.index[top:]]
    rows = ([r for r in ["(author's own voice)"] if r in counts.index]) + keep
    table = counts.loc[rows]
    if rest:
        table.loc["(other speakers)"] = counts.loc[rest].sum()
    hits_per_row = table.sum(axis=1).to_numpy()
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, np.nan), axis=0).fillna(0) * 100
    ax = _new_ax(ax, (8, 0.42 * len(table) + 1.8))
    pal = frame_palette(table.columns)
    hatch = frame_hatches(table.columns)  # a pattern per frame beyond the poles: colour is lost in greyscale
    left = np.zeros(len(table))
    y = np.arange(len(table))
    for f in table.columns:
        vals = table[f].to_numpy(float)
        ax.barh(y, vals, left=left, color=pal[f], label=f, edgecolor="white", linewidth=0.5, hatch=hatch[f])
        left += vals
    for yi, total in zip(y, hits_per_row, strict=True):
        ax.annotate(f"n = {int(total)}", xy=(left[yi], yi), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize=8, color="0.3")
    ax.set_yticks(y, [wrap_label(r, 28) for r in table.index])
    ax.set_ylim(len(table) - 0.5, -0.5)
    ax.set_xlabel("share of the speaker's frame hits (%)" if normalize else "frame hits (count)")
    ax.set_ylabel("who speaks")
    ax.set_title("Who voices which frame")
    ax.legend(title="frame", frameon=False, loc="upper left", bbox_to_anchor=(1.02, 1.0))
    # room at the right of the longest bar for its "n = ..." label
    ax.set_xlim(0, (100 if normalize else max(float(left.max()), 1.0)) * 1.13)
    if normalize:
        ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.grid(axis="x", color="0.9")
    _style(ax)
    return ax


# -------------------------------------------------------------------------------- keyness
def _keyness_names(df: pd.DataFrame) -> tuple[str, str]:
    def one(col: str, default: str) -> str:
        if col in df.columns:
            vals = pd.unique(df[col].dropna().astype(str))
            if len(vals) == 1:
                return vals[0]
            if len(vals) > 1:
                raise ValueError(f"keyness table holds several {col}s ({', '.join(map(repr, vals[:5]))}); "
                                 f"plot one contrast: filter rows with data[data[{col!r}] == ...]")
        return default

    return one("target", "target"), one("reference", "reference")


_STAT_LABELS = {
    "log_ratio": "Log Ratio (binary log of the ratio of relative frequencies)",
    "g2": "signed log-likelihood G\u00b2",
    "g2_two_term": "signed log-likelihood (two-term)",
    "log_odds_z": "log-odds ratio z-score (informative Dirichlet prior)",
    "pct_diff": "%DIFF",
    "chi2": "signed chi\u00b2",
    "odds_ratio": "odds ratio",
}


@renamed_params(n="top_n")
def plot_keyness(data: pd.DataFrame, *, statistic: str = "log_ratio", top_n: int = 15, term: str = "term",
                 min_count: int = 0, alpha: float | None = None, ax=None):
    """Diverging bars: the ``top_n`` terms most over-used in the target and the ``top_n`` most under-used.

    Parameters
    ----------
    data : DataFrame
        One contrast as returned by ``keyness`` (``term``, the ``statistic`` column, and ``target`` /
        ``reference`` naming the groups; ``n_target`` / ``n_reference`` for ``min_count``).
    statistic : str
        The signed column to rank and draw (positive = over-used in the target).
    top_n : int
        Terms drawn on each side. Called ``n`` before (still accepted, with a DeprecationWarning).
    min_count : int
        Leave out terms seen fewer times than this in target and reference together.
    alpha : float, optional
        Keep only terms with ``p_adjusted`` below ``alpha`` (when the column exists). With ``keyness``'s default
        ``test="g2"`` a filter on frequency, not a test over documents: ``p_adjusted`` treats every word as an
        independent draw (:data:`discourse.keyness.P_VALUE_NOTE`); with ``test="welch"`` or ``"mann_whitney"``
        (the ``p_test`` column) it is a test over the documents.

    Returns
    -------
    matplotlib Axes.
    """
    _check_data(data, [term, statistic], "keyness table")
    n = check_count("top_n", top_n, 1, "terms drawn on each side")  # head(-1) had drawn every term but one
    check_count("min_count", min_count, 0, "the fewest target + reference occurrences a term needs")
    target, reference = _keyness_names(data)
    df = data.dropna(subset=[statistic])
    if min_count and {"n_target", "n_reference"} <= set(df.columns):
        df = df[df["n_target"] + df["n_reference"] >= min_count]
    if alpha is not None and "p_adjusted" in df.columns:
        df = df[df["p_adjusted"] < alpha]
    df = df[np.isfinite(df[statistic].astype(float))]
    pos = df[df[statistic] > 0].sort_values([statistic, term], ascending=[False, True], kind="stable").head(n)
    neg = df[df[statistic] < 0].sort_values([statistic, term], ascending=[True, True], kind="stable").head(n)
    show = pd.concat([pos, neg.iloc[::-1]])
    if show.empty:
        raise ValueError(f"no term has a nonzero {statistic!r} after filtering (min_count={min_count}, "
                         f"alpha={alpha}); lower the filters")
    ax = _new_ax(ax, (7.5, 0.28 * len(show) + 1.6))
    import seaborn as sns

    vlag = sns.color_palette("vlag", 9)
    colors = [vlag[8] if v > 0 else vlag[0] for v in show[statistic]]
    y = np.arange(len(show))
    ax.barh(y, show[statistic].to_numpy(float), color=colors)
    ax.set_yticks(y, [wrap_label(t, 30) for t in show[term].astype(str)])
    ax.set_ylim(len(show) - 0.5, -0.5)
    ax.axvline(0, color="0.3", lw=0.8)
    ax.set_xlabel(_STAT_LABELS.get(statistic, statistic) + f"\n\u2190 more in {reference}      "
                  f"more in {target} \u2192")
    ax.set_ylabel("term")
    ax.set_title(wrap_label(f"Key terms: {target} vs {reference}", 60))
    ax.grid(axis="x", color="0.9")
    _style(ax)
    return ax


def plot_fightin_words(data: pd.DataFrame, *, z: str = "log_odds_z", frequency: str | None = None,
                       term: str = "term", n_labels: int = 10, threshold: float = 1.96, ax=None):
    """"Fightin' words" (Monroe, Colaresi & Quinn 2008): term frequency against the log-odds z-score.

    Every point is one row of ``data``: its x is that row's frequency and its y that row's z, and its
    label is that row's term, so a label always sits on its own term (ConvoKit's plot paired frequencies
    in vocabulary order with z-scores in sorted order; here both come from the same row).

    Parameters
    ----------
    data : DataFrame
        One contrast from ``keyness``: ``term``, ``z`` and either a ``frequency`` column or ``n_target`` and
        ``n_reference`` (summed).
    n_labels : int
        Label the ``n_labels`` terms with the largest z on each side.
    threshold : float
        Draw guide lines at +/- this z (1.96: two-sided 5 %); terms beyond are coloured.

    Returns
    -------
    matplotlib Axes; the label texts are ``ax.texts``, each at its term's (frequency, z).
    """
    need = [term, z] + ([frequency] if frequency else ["n_target", "n_reference"])
    _check_data(data, need, "keyness table")
    check_count("n_labels", n_labels, 0, "terms labelled on each side; 0 labels none")
    target, reference = _keyness_names(data)
    df = data[[c for c in dict.fromkeys([term, z, frequency or "n_target", "n_reference"]) if c in data]].copy()
    df["_freq"] = df[frequency] if frequency else df["n_target"] + df["n_reference"]
    df = df[(df["_freq"] > 0) & np.isfinite(df[z].astype(float))].reset_index(drop=True)
    if df.empty:
        raise ValueError("keyness table has no term with a positive frequency and a finite z: nothing to plot")
    import seaborn as sns

    vlag = sns.color_palette("vlag", 9)
    zs = df[z].to_numpy(float)
    colors = np.where(zs >= threshold, "pos", np.where(zs <= -threshold, "neg", "mid"))
    cmap = {"pos": vlag[8], "neg": vlag[0], "mid": (0.75, 0.75, 0.75)}
    ax = _new_ax(ax, (8, 6))
    for key in ("mid", "neg", "pos"):
        m = colors == key
        ax.scatter(df.loc[m, "_freq"], df.loc[m, z], s=14 if key == "mid" else 22, color=cmap[key],
                   alpha=0.6 if key == "mid" else 0.9, linewidths=0, zorder=2 if key == "mid" else 3,
                   rasterized=bool(m.sum() > 2000))  # keep a vector file small on a large vocabulary
    ax.set_xscale("log")
    for t in (threshold, -threshold):
        ax.axhline(t, color="0.5", lw=0.8, ls="--", zorder=1)
    ax.axhline(0, color="0.7", lw=0.6, zorder=1)
    top = df.sort_values([z, term], ascending=[False, True], kind="stable").head(n_labels)
    bottom = df.sort_values([z, term], ascending=[True, True], kind="stable").head(n_labels)
    top = top[top[z] > 0]
    bottom = bottom[bottom[z] < 0]
    _place_labels(ax, top, bottom, x="_freq", y=z, term=term, colors=cmap)
    ax.set_xlabel("frequency in both groups (count, log scale)")
    ax.set_ylabel(f"log-odds z-score\n\u2190 more in {reference}      more in {target} \u2192")
    ax.set_title(wrap_label(f"Fightin' words: {target} vs {reference}", 60))
    _style(ax)
    return ax


def _place_labels(ax, top: pd.DataFrame, bottom: pd.DataFrame, *, x: str, y: str, term: str, colors) -> None:
    """Label points without overlap and inside the axes: each label is tried beside its own point, then
    one line above, one below, two above... until it clears the labels already placed; a label that would
    leave the axes on the right goes to the left of its point. A thin leader joins a moved label to its
    point, so every label stays attached to the right point."""
    ax.autoscale_view()
    to_px = ax.transData.transform
    pt = ax.figure.dpi / 72.0  # pixels per point
    h = 10 * pt
    box = ax.bbox
    placed: list[tuple[float, float, float]] = []  # (x0, x1, y) of labels in pixels
    for side, rows in (("pos", top), ("neg", bottom)):
        spots: dict[tuple[float, float], list[str]] = {}
        for xv, yv, label in zip(rows[x], rows[y], rows[term], strict=True):
            spots.setdefault((float(xv), float(yv)), []).append(str(label))
        for (xv, yv), labels in spots.items():
            # terms tied at one point share a label; more than three are counted, not listed
            text = ", ".join(labels[:3]) + (f" (+{len(labels) - 3} more)" if len(labels) > 3 else "")
            px, py = to_px((xv, yv))
            width = 5.2 * pt * len(text)
            right = px + 4 * pt + width <= box.x1 or box.x1 - px >= px - box.x0
            x0, x1 = (px + 4 * pt, px + 4 * pt + width) if right else (px - 4 * pt - width, px - 4 * pt)
            lo, hi = box.y0 + h / 2, box.y1 - h / 2
            ly = py
            for k in range(1, 400):
                inside = lo <= ly <= hi
                if inside and all(x1 < a or x0 > b or abs(ly - c) >= h for a, b, c in placed):
                    break
                step = (k + 1) // 2
                ly = py + (step if k % 2 else -step) * h
            placed.append((x0, x1, ly))
            moved = abs(ly - py) > 1
            ann = ax.annotate(text, xy=(xv, yv), xytext=(4 if right else -4, (ly - py) / pt),
                              textcoords="offset points", fontsize=8, va="center", ha="left" if right else "right",
                              color=colors[side], zorder=4,
                              arrowprops={"arrowstyle": "-", "color": colors[side], "lw": 0.5,
                                          "shrinkA": 0, "shrinkB": 0} if moved else None)
            ann.set_in_layout(False)  # placed inside the axes above; measuring it for the layout is wasted work


# -------------------------------------------------------------------------------- topics
def _topic_labels(df: pd.DataFrame, topic: str, label: str | None) -> pd.Series:
    if label and label in df.columns:
        lab = df[label].astype(str).str.replace("_", " ", regex=False)  # joined phrases read as words
        return df[topic].astype(str) + ": " + lab
    return "topic " + df[topic].astype(str)


def plot_topic_prevalence(data: pd.DataFrame, *, by: str = "source", topic: str = "topic",
                          prevalence: str = "prevalence", label: str | None = "label", annot: bool = True,
                          order: Sequence[str] | None = None, ax=None):
    """Heatmap of topic prevalence per group (rows: topics, columns: groups), in percent.

    Parameters
    ----------
    data : DataFrame
        As returned by ``topic_prevalence``: ``by``, ``topic``, ``prevalence`` (mean topic share, 0-1); a
        ``label`` column (top terms) is used for row labels when present.
    order : list, optional
        Group (column) order, left to right (default: sorted by name; numbers, dates and an ordered
        categorical by value, :func:`ordered_groups`).

    Returns
    -------
    matplotlib Axes.
    """
    import seaborn as sns

    _check_data(data, [by, topic, prevalence], "topic prevalence table")
    annot = check_flag("annot", annot)
    df = data.copy()
    natural = ordered_groups(df[by]) if order is None else None
    df[by] = group_labels(df[by])
    df["_row"] = _topic_labels(df, topic, label)
    df["_topic_num"] = pd.to_numeric(df[topic], errors="coerce")
    row_order = (df.drop_duplicates("_row").sort_values(["_topic_num", "_row"])["_row"].tolist())
    table = (df.pivot_table(index="_row", columns=by, values=prevalence, aggfunc="mean", observed=True)
             .reindex(row_order) * 100)
    if natural is not None:
        table = table[[g for g in natural if g in table.columns]]
    elif order is None:
        table = table[sorted(table.columns, key=str)]
    else:
        table = table[[str(o) for o in order if str(o) in table.columns]]
    ax = _new_ax(ax, (1.3 * len(table.columns) + 4.5, 0.5 * len(table) + 2))
    sns.heatmap(table, ax=ax, cmap="viridis", annot=annot, fmt=".0f", linewidths=0.5, linecolor="white",
                cbar_kws={"label": "topic prevalence (% of the group's text)"})
    ax.set_yticks(np.arange(len(table)) + 0.5, [wrap_label(r, 40) for r in table.index], rotation=0)
    _column_labels(ax, [str(c) for c in table.columns], wrap=14)
    ax.set_xlabel(by.replace("_", " "))
    ax.set_ylabel("topic (top terms)")
    ax.set_title(f"Topic prevalence by {by.replace('_', ' ')}")
    return ax


def plot_topic_frames(data: pd.DataFrame, *, topic: str = "topic", frame: str = "frame", share: str = "share",
                      hits: str | None = "hits", by: str | None = None, group: Any = None,
                      label: str | None = "label",
                      annot: bool = True, ax=None):
    """Heatmap of topic x frame: the share of each frame's lexicon hits that falls in each topic (percent).

    Parameters
    ----------
    data : DataFrame
        As returned by ``topic_frames``: ``topic``, ``frame``, ``share`` (0-1 within each frame, and group
        when ``by`` is set).
    hits : str, optional
        Column of (expected) hits per row. When present, the share drawn is pooled over all rows drawn:
        the frame's hits in the topic over the frame's hits in every topic (so groups count by their hits);
        otherwise the ``share`` column is averaged.
    by, group : str, optional
        When the table holds several groups, draw only the rows of ``data[by] == group``; with
        ``group=None`` all groups are pooled (see ``hits``).

    Returns
    -------
    matplotlib Axes. Frames without any assigned hit (all shares missing) get no column.
    """
    import seaborn as sns

    _check_data(data, [topic, frame, share] + ([by] if by else []), "topic x frame table")
    annot = check_flag("annot", annot)
    df = data
    title = "Where each frame's hits fall, by topic"
    if by is not None and group is not None:
        df = df[df[by] == group]
        if df.empty:
            raise ValueError(f"group {group!r} not found in column {by!r}; available: "
                             f"{', '.join(map(repr, sorted(map(str, data[by].unique()))))}")
        title += f" ({group})"
    df = df.copy()
    df["_row"] = _topic_labels(df, topic, label)
    df["_topic_num"] = pd.to_numeric(df[topic], errors="coerce")
    row_order = df.drop_duplicates("_row").sort_values(["_topic_num", "_row"])["_row"].tolist()
    if hits and hits in df.columns:
        # pooled over the rows drawn: a frame's hits in each topic over all its assigned hits
        h = df.pivot_table(index="_row", columns=frame, values=hits, aggfunc="sum", observed=True)
        table = (h / h.sum(axis=0).replace(0, np.nan)).reindex(row_order) * 100
    else:
        table = (df.pivot_table(index="_row", columns=frame, values=share, aggfunc="mean", observed=True)
                 .reindex(row_order) * 100)
    table = table.dropna(axis=1, how="all")  # a frame with no assigned hit has no shares to draw
    if table.empty:
        raise ValueError("topic x frame table has no frame with assigned hits: nothing to plot")
    table = table[sorted(table.columns, key=_frame_sort_key)]
    ax = _new_ax(ax, (1.2 * len(table.columns) + 5, 0.5 * len(table) + 2))
    sns.heatmap(table, ax=ax, cmap="rocket_r", annot=annot, fmt=".0f", linewidths=0.5, linecolor="white",
                vmin=0, cbar_kws={"label": "share of the frame's hits (%)"})
    ax.set_yticks(np.arange(len(table)) + 0.5, [wrap_label(r, 40) for r in table.index], rotation=0)
    _column_labels(ax, [str(c) for c in table.columns], wrap=None)
    ax.set_xlabel("frame")
    ax.set_ylabel("topic (top terms)")
    ax.set_title(title)
    return ax


# -------------------------------------------------------------------------------- frame packages
def plot_frame_packages(nodes: pd.DataFrame, edges: pd.DataFrame | None = None, *, topic: str = "topic",
                        package: str = "package", size: str | None = "prevalence", label: str | None = "label",
                        source: str = "source_topic", target: str = "target_topic", weight: str = "weight",
                        random_state: int = 0, ax=None):
    """Frame packages (Walter & Ophir 2019): topics as nodes, co-occurrence links as edges, coloured by
    the community (package) each topic belongs to.

    Parameters
    ----------
    nodes : FramePackages or DataFrame
        The result of :func:`discourse.frame_packages` as it is, or its nodes table: one row per topic:
        ``topic``, ``package`` (community id), optionally ``size`` (node area, e.g. overall prevalence) and
        ``label`` (top terms).
    edges : DataFrame, optional
        One row per link: ``source``, ``target`` (topic ids) and ``weight``; edge width follows the weight.
        Links with a weight <= 0 are not drawn.
    random_state : int
        Seed of the spring layout, so the same tables give the same picture.

    Returns
    -------
    matplotlib Axes. When every topic falls into one package, or every topic is a package of its own (as
    ``frame_packages`` reports a complete network, in which every topic is linked to every other, and a
    network without any edge), there is no package structure: the nodes are drawn grey, without a package
    legend, and the title says "no package structure" and why (one community, or no two topics linked).
    """
    import networkx as nx

    if hasattr(nodes, "nodes") and hasattr(nodes, "edges") and not isinstance(nodes, pd.DataFrame):
        # the FramePackages object of discourse.frame_packages, as it is
        if edges is not None:
            raise TypeError("pass either a FramePackages object or the nodes and edges tables, not both")
        nodes, edges = nodes.nodes, nodes.edges
    _check_data(nodes, [topic, package], "frame package nodes table")
    g = nx.Graph()
    nd = nodes.sort_values(topic, kind="stable")
    for row in nd.itertuples(index=False):
        g.add_node(getattr(row, topic))
    if edges is not None and len(edges):
        check_dataframe("edges", edges)
        check_columns(edges, [source, target, weight], "frame package edges table")
        for row in edges.sort_values([source, target], kind="stable").itertuples(index=False):
            w = float(getattr(row, weight))
            if w > 0 and getattr(row, source) in g and getattr(row, target) in g:
                g.add_edge(getattr(row, source), getattr(row, target), weight=w)
    pos = nx.spring_layout(g, seed=random_state, weight="weight") if len(g) > 1 else {n: (0.0, 0.0) for n in g}
    packages = sorted(nd[package].astype(str).unique(), key=lambda p: (len(p), p))
    structured = 1 < len(packages) < len(nd)  # one package, or one per topic: no communities
    pal = dict(zip(packages, _distinct_colours(len(packages)), strict=True)) if structured \
        else dict.fromkeys(packages, "0.65")
    ax = _new_ax(ax, (8, 6.5))
    ws = np.array([d["weight"] for _, _, d in g.edges(data=True)], float)
    if len(ws):
        widths = 0.5 + 4.5 * ws / ws.max()
        nx.draw_networkx_edges(g, pos, ax=ax, width=list(widths), edge_color="0.6", alpha=0.7)
    sizes = nd[size].to_numpy(float) if size and size in nd.columns else np.ones(len(nd))
    sizes = 300 + 2200 * (sizes / sizes.max() if np.nanmax(sizes) > 0 else sizes)
    colors = [pal[str(p)] for p in nd[package]]
    nx.draw_networkx_nodes(g, pos, nodelist=list(nd[topic]), node_size=list(np.nan_to_num(sizes, nan=300)),
                           node_color=colors, edgecolors="white", linewidths=1.5, ax=ax)
    for row, s_pt in zip(nd.itertuples(index=False), np.nan_to_num(sizes, nan=300), strict=True):
        t = getattr(row, topic)
        text = f"topic {t}"
        if label and label in nd.columns:
            text += "\n" + wrap_label(str(getattr(row, label)).replace("_", " "), 24)
        # below the node: its marker radius in points is sqrt(area) / 2
        ax.annotate(text, xy=pos[t], xytext=(0, -(np.sqrt(s_pt) / 2 + 2)), textcoords="offset points",
                    ha="center", va="top",
                    fontsize=8, zorder=5)
    from matplotlib.lines import Line2D

    if structured:
        handles = [Line2D([], [], marker="o", ls="", color=pal[p], markersize=9, label=f"package {p}")
                   for p in packages]
        ax.legend(handles=handles, title="frame package", frameon=False, loc="best")
        ax.set_title("Frame packages: topics linked by co-occurrence in documents\n"
                     "(node area: prevalence; edge width: link strength)")
    elif len(nd) > 1 and g.number_of_edges() == 0:  # no link at all: not "one community" (the opposite)
        ax.set_title("Frame packages: no package structure\n(no two topics are linked, so each is a package of "
                     "its own; node area: prevalence)")
    else:
        ax.set_title("Frame packages: no package structure\n(the topics form one community; node area: "
                     "prevalence; edge width: link strength)")
    ax.margins(0.15)
    ax.set_axis_off()
    return ax


# -------------------------------------------------------------------------------- dispersion
def _dispersion_hits(data: pd.DataFrame, terms: list[str], *, doc: str, norm: str, label: str | None) -> pd.DataFrame:
    """(doc, term, pct) of every occurrence of each term in a token table, found by kwic's matcher; ``pct`` is
    the middle of the words the match covers, as a percentage of the document's words (punctuation left out)."""
    from .concordance import query_matches
    from .text import document_order

    on = "stem" if norm == "stem" else "norm"
    need = [doc, norm, "sentence", "position", "start", "end", "token"] + ([label] if label else [])
    _check_data(data, list(dict.fromkeys(need)), "token table")
    cols = {"doc_id": data[doc].to_numpy(), "sentence": data["sentence"].to_numpy(),
            "position": data["position"].to_numpy(), "start": data["start"].to_numpy(),
            "end": data["end"].to_numpy(), "token": data["token"].to_numpy(), on: data[norm].to_numpy()}
    if "paragraph" in data.columns:
        cols["paragraph"] = data["paragraph"].to_numpy()
    table = pd.DataFrame(cols)
    order, codes, in_order = document_order(table)
    rows = np.arange(len(table)) if in_order else order  # sorted position -> row
    codes = codes if in_order else codes[order]
    place = np.empty(len(table), dtype=np.int64)  # row -> sorted position
    place[rows] = np.arange(len(table))
    is_word = (~data["is_punct"].to_numpy(dtype=bool) if "is_punct" in data.columns
               else np.ones(len(table), dtype=bool))[rows]
    cum = np.concatenate(([0], np.cumsum(is_word)))  # words before each sorted position
    n_codes = int(codes.max()) + 1 if len(codes) else 0
    doc_start = np.full(n_codes, len(table), dtype=np.int64)
    np.minimum.at(doc_start, codes, np.arange(len(table)))
    doc_words = np.bincount(codes, weights=is_word, minlength=n_codes)
    parts = []
    for t in terms:
        m = query_matches(table, t, on=on, param="terms")
        p = place[m["token_row"].to_numpy(dtype=np.int64)]
        k = cum[p + m["n_tokens"].to_numpy(dtype=np.int64)] - cum[p]  # words the match covers
        c = codes[p]
        i = cum[p] - cum[doc_start[c]]  # words before the match in its document
        parts.append(pd.DataFrame({"doc": data[doc].to_numpy()[rows[p]], "term": t,
                                   "pct": 100.0 * (i + 0.5 * k) / np.maximum(doc_words[c], 1)}))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["doc", "term", "pct"])


def plot_dispersion(data: pd.DataFrame, *, terms: str | Sequence[str] | None = None, doc: str = "doc_id",
                    term: str = "term", position: str = "relative_position", norm: str = "norm",
                    label: str | None = None, documents: Sequence[str] | None = None, ax=None):
    """Lexical dispersion: where terms occur along each document, one row per document.

    A tick at the relative position (0 = start, 100 = end) of every occurrence, one colour per term.

    Parameters
    ----------
    data : DataFrame
        Either one row per occurrence (``doc``, ``term``, ``position`` as a percentage of the document; an
        optional ``label`` column), e.g. frame matches with their positions, which count each phrase once
        and never a word inside a longer match; or, when ``terms`` is given, a token table from
        ``tokenize`` (``doc``, ``norm``, ``sentence``, ``position``, ``start``, ``end``, ``token``;
        punctuation rows skipped in the positions when ``is_punct`` exists), in which each term is found as
        :func:`discourse.kwic` finds it (with the same matcher): a word, glob (``surveil*``) or phrase,
        case-insensitive, apostrophes unified (``don’t`` finds "don't"), a phrase also matching its hyphenated
        spelling (``"safe city"`` finds "safe-city"); each term on its own, so a term inside a longer one is
        found too. An occurrence is placed at the middle of the words it covers.
    terms : str or list of str, optional
        Terms to find in a token table (as ``query`` of :func:`discourse.kwic`, matched on the ``norm``
        column; ``norm="stem"`` matches stems as ``kwic(on="stem")``). Without it, ``data`` is an occurrence
        table.
    label : str, optional
        A column to add to the document ids on the y axis (e.g. ``source``).
    documents : list, optional
        Documents to show, in order (default: every document of ``data`` in order of appearance); a
        document without occurrences keeps its empty row.

    Returns
    -------
    matplotlib Axes.
    """
    if terms is not None:
        terms = as_list(terms)
        if not terms:
            raise ValueError("terms is empty; give at least one term, e.g. terms=['surveillance']")
        hits = _dispersion_hits(data, terms, doc=doc, norm=norm, label=label)
        words = data[~data["is_punct"]] if "is_punct" in data.columns else data
        all_docs = list(pd.unique(words[doc]))
        names = group_labels(words.drop_duplicates(doc).set_index(doc)[label]) if label else None
    else:
        _check_data(data, [doc, term, position] + ([label] if label else []), "occurrence table")
        hits = pd.DataFrame({"doc": data[doc].to_numpy(), "term": data[term].astype(str).to_numpy(),
                             "pct": data[position].to_numpy(float)})
        terms = list(pd.unique(hits["term"]))
        all_docs = list(pd.unique(data[doc]))
        names = group_labels(data.drop_duplicates(doc).set_index(doc)[label]) if label else None
    docs = list(documents) if documents is not None else all_docs
    ax = _new_ax(ax, (9, 0.5 * len(docs) + 1.8))
    base = _colorblind(10)
    # the colour-blind palette reordered so that neighbouring terms never get the two oranges
    spread = [base[i] for i in (0, 1, 2, 4, 5, 9, 3, 6, 7, 8)]
    pal = {t: spread[i % len(spread)] for i, t in enumerate(terms)}
    ypos = {d: i for i, d in enumerate(docs)}
    n_t = len(terms)
    offs = np.linspace(-0.25, 0.25, n_t) if n_t > 1 else np.zeros(1)
    for off, t in zip(offs, terms, strict=True):
        sub = hits[(hits["term"] == t) & hits["doc"].isin(ypos)]
        ax.scatter(sub["pct"], sub["doc"].map(ypos) + off, marker="|", s=160, linewidths=1.8, color=pal[t],
                   label=f"{t} ({len(sub)})")
    if names is not None:
        ticks = [wrap_label(f"{d} \u00b7 {names.get(d, '')}", 28) for d in docs]
    else:
        ticks = [str(d) for d in docs]
    ax.set_yticks(range(len(docs)), ticks)
    ax.set_ylim(len(docs) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xlabel("position in document (% of its words)")
    ax.set_ylabel("document")
    ax.set_title("Where the terms occur (one tick per occurrence)")
    ax.legend(title="term (occurrences)", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", color="0.92")
    _style(ax)
    return ax


# -------------------------------------------------------------------------------- over time
def _as_dates(values: pd.Series, column: str) -> pd.Series:
    """A date column as datetime64, numbers read as :func:`discourse.load_corpus` reads them: a whole number
    from 1000 to 2999 is a year (January 1st); any other number is a ValueError. ``pd.to_datetime`` takes a
    number for nanoseconds since 1970, so a table grouped by an int ``year`` column (``count_frames(...,
    by="year")``) put every point on 1970-01-01. Values that cannot be read as dates become NaT (the caller
    counts them as undated)."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        nums = pd.to_numeric(values, errors="coerce").astype(float)
        known = nums.notna()
        year = (nums == nums.round()) & (nums >= 1000) & (nums <= 2999)
        if (known & ~year).any():
            bad = nums[known & ~year]
            ex = bad.iloc[0]
            raise ValueError(f"column {column!r} holds {len(bad)} number(s) that are not years, e.g. "
                             f"{int(ex) if ex == round(ex) else ex}; whole numbers from 1000 to 2999 are read as years, other numbers "
                             "are not dates: convert the column first (Unix seconds: pd.to_datetime(df[col], "
                             "unit='s'))")
        text = nums.map(lambda y: f"{int(y):04d}-01-01" if pd.notna(y) else None)
        return pd.to_datetime(text, errors="coerce", format="%Y-%m-%d")
    return pd.to_datetime(values, errors="coerce")


def plot_frames_over_time(data: pd.DataFrame, *, date: str = "date", frame: str = "frame", rate: str = "rate",
                          hits: str | None = "n", tokens: str | None = "n_tokens", freq: str | None = None,
                          frames: Sequence[str] | None = None, by: str | None = "source", ax=None):
    """Frame rates per 1,000 tokens over time: one colour per frame, one marker per group.

    A line joins the points of one frame *within one group*, and only where that group has at least two
    dates; a group with a single date gets markers only. No line ever joins documents of different groups
    (three articles of three outlets are not a trend).

    Parameters
    ----------
    data : DataFrame
        Frame counts with a date: ``date`` (datetime or parseable; whole numbers from 1000 to 2999, such
        as an int ``year`` column, are years, as :func:`discourse.load_corpus` reads them; other numbers are
        a ValueError), ``frame`` and ``rate``; for
        aggregation into periods also ``hits`` (hit counts) and ``tokens`` (token counts), so that a
        period's rate is its hits over its tokens, not a mean of rates.
    freq : str, optional
        A pandas period alias to aggregate by (``"Y"`` years, ``"Q"`` quarters, ``"M"`` months). A period's
        rate is ``1000 * sum(hits) / sum(tokens)`` over its rows (each document once per frame, as
        ``count_frames(by="doc_id")`` gives). Default: no aggregation (one point per date).
    by : str, optional
        Group column (default ``source``, when the table has it). ``None`` (or a missing column) treats the
        whole table as one series.

    Returns
    -------
    matplotlib Axes. Raises ValueError when no row has a date.
    """
    _check_data(data, [date, frame, rate], "frame counts table")
    df = data.copy()
    group = by if by is not None and by in df.columns else None
    df[date] = _as_dates(df[date], date)
    undated_rows = df[df[date].isna()]
    undated = int(undated_rows["doc_id"].nunique()) if "doc_id" in df.columns else len(undated_rows)
    unit = "documents" if "doc_id" in df.columns else "rows"
    df = df.dropna(subset=[date])
    if df.empty:
        raise ValueError(f"column {date!r} holds no dates: a timeline needs dated documents "
                         f"(load the corpus with date=<column>)")
    df[frame] = df[frame].astype(str)
    if frames is not None:
        df = df[df[frame].isin(list(frames))]
    if freq is not None:
        df[date] = df[date].dt.to_period(freq).dt.start_time
    df["_group"] = group_labels(df[group]) if group else "all"
    keys = ["_group", date, frame]
    if hits and tokens and hits in df.columns and tokens in df.columns:
        agg = df.groupby(keys, as_index=False)[[hits, tokens]].sum()
        agg["_rate"] = 1000 * agg[hits] / agg[tokens].where(agg[tokens] > 0)
    else:
        agg = df.groupby(keys, as_index=False)[rate].mean().rename(columns={rate: "_rate"})
    order = sorted(agg[frame].unique(), key=_frame_sort_key)
    groups = sorted(agg["_group"].unique())
    natural = ordered_groups(df[group]) if group else None
    if natural is not None:  # waves, years, an ordered categorical: the legend in their order, not as text (1, 10, 2)
        groups = [g for g in natural if g in set(groups)] + [g for g in groups if g not in set(natural)]
    pal = frame_palette(order)
    markers = ["o", "s", "^", "D", "v", "P", "X", "<", ">", "*", "h", "p"]
    # each group its own shape: filled for the first twelve, hollow for the next twelve (with twelve shapes
    # alone the 13th group was drawn as the first); beyond 24 shapes repeat, and a warning says so
    mark = {g: markers[i % len(markers)] for i, g in enumerate(groups)}
    fill = {g: "full" if (i // len(markers)) % 2 == 0 else "none" for i, g in enumerate(groups)}
    if len(groups) > 2 * len(markers):
        import warnings

        warnings.warn(f"{len(groups)} groups in {group!r} but {2 * len(markers)} marker shapes: groups share "
                      "shapes in this figure; draw fewer groups (filter the table) or pass by=None",
                      UserWarning, stacklevel=2)
    ax = _new_ax(ax, (8.5, 4.8))
    for f in order:
        for g in groups:
            sub = agg[(agg[frame] == f) & (agg["_group"] == g)].sort_values(date)
            if sub.empty:
                continue
            joined = sub[date].nunique() >= 2
            ax.plot(sub[date], sub["_rate"], ls="-" if joined else "none", marker=mark[g], color=pal[f],
                    markersize=6, lw=1.4, alpha=0.9, fillstyle=fill[g])
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=pal[f], lw=2, label=f) for f in order]
    if group:
        handles += [Line2D([], [], color="0.3", ls="none", marker=mark[g], fillstyle=fill[g], label=wrap_label(g, 24))
                    for g in groups]
    ax.legend(handles=handles, title="frame" + (f" / {group.replace('_', ' ')}" if group else ""), frameon=False,
              loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    ax.set_xlabel("date" + (f" (per {freq} period)" if freq else ""))
    ax.set_ylabel("hits per 1,000 words")
    title = "Frames over time"
    if group:
        title += f" (lines join dates of one {group.replace('_', ' ')} only)"
    if undated:
        title += f"\n({undated} undated {unit} left out)"
    ax.set_title(title)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="0.92")
    _style(ax)
    return ax
