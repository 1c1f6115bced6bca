"""Figures for print: what each figure says about its data (poles, interval kind, missing intervals) and that
its labels stay legible with many groups and voices."""

from __future__ import annotations

import itertools
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from discourse import plots  # noqa: E402

COLUMNS = ["level", "source", "voice", "positive_pole", "negative_pole", "n_positive", "n_negative", "balance",
           "ci_low", "ci_high", "n_boot", "ci"]


def _table(rows, *, poles=("promotional", "rights"), n_boot=1000, ci=0.95):
    return pd.DataFrame([("group", s, v, poles[0], poles[1], a, b, x, lo, hi, n_boot, ci)
                         for s, v, a, b, x, lo, hi in rows], columns=COLUMNS)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_balance_axis_names_the_poles_the_table_was_computed_with():
    # frame_balance(tokens, poles=("security", "economy")) gives a table whose positive pole is security;
    # the axis said "promotional vs rights" and "more promotional ->" unless poles= was passed again
    data = _table([("A", "all", 9, 1, 1.8, 1.0, 2.5), ("B", "all", 1, 9, -1.8, -2.5, -1.0)],
                  poles=("security", "economy"))
    ax = plots.plot_frame_balance(data)
    label = ax.get_xlabel()
    assert "security vs economy" in label
    assert "more security \u2192" in label and "\u2190 more economy" in label
    assert "promotional" not in label and "rights" not in label
    # poles that contradict the table are an error, not a relabelled axis
    with pytest.raises(ValueError, match="positive_pole"):
        plots.plot_frame_balance(data, poles=("promotional", "rights"))
    # the same poles as the table are fine
    plots.plot_frame_balance(data, poles=("security", "economy"))


def test_balance_title_states_the_interval_level_and_that_it_is_a_bootstrap():
    rows = [("A", "all", 9, 1, 1.8, 1.0, 2.5), ("B", "all", 1, 9, -1.8, -2.5, -1.0)]
    ax = plots.plot_frame_balance(_table(rows, ci=0.9, n_boot=500))
    assert "90% bootstrap intervals" in ax.get_title()
    assert "95%" not in ax.get_title()
    # frame_balance(n_boot=0) has no interval at all: the title must not promise any
    none = _table([(s, v, a, b, x, np.nan, np.nan) for s, v, a, b, x, _, _ in rows], n_boot=0)
    ax = plots.plot_frame_balance(none)
    assert "95%" not in ax.get_title() and "no intervals" in ax.get_title()


def test_balance_point_without_an_interval_is_marked_not_drawn_as_exact():
    # frame_balance leaves the interval missing where all pole hits come from one unit; the point was drawn
    # with a zero-width bar, which reads as an exact value
    data = _table([("A", "all", 12, 0, 3.2, np.nan, np.nan), ("B", "all", 3, 9, -1.0, -1.9, -0.2)])
    ax = plots.plot_frame_balance(data)
    texts = [t.get_text() for t in ax.texts]
    assert "12 : 0, no interval" in texts
    assert "3 : 9" in texts
    # without the counts the mark still shows
    ax = plots.plot_frame_balance(data, counts=False)
    assert [t.get_text() for t in ax.texts] == ["no interval"]


def _overlaps(boxes):
    return [(i, j) for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2) if a.overlaps(b)]


def test_balance_labels_do_not_overlap_with_four_voices_and_many_groups():
    # 15 groups (the Brown genres) x four voices, many rows without quoted or reported pole hits: each
    # count label was written above its point, on the line of the "no pole hits" note of the voice above it
    rows = []
    for i in range(15):
        g = f"genre {i:02d}"
        rows += [(g, "author", 30 + i, 20, 0.1 * i - 0.5, 0.1 * i - 1.0, 0.1 * i),
                 (g, "quoted", 0, 0, np.nan, np.nan, np.nan),
                 (g, "reported", 0, 0, np.nan, np.nan, np.nan),
                 (g, "all", 30 + i, 20, 0.1 * i - 0.4, 0.1 * i - 0.9, 0.1 * i + 0.1)]
    ax = plots.plot_frame_balance(_table(rows))
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) == 15 * 4
    assert _overlaps(boxes) == []


BROWN_GENRES = ["adventure", "belles_lettres", "editorial", "fiction", "government", "hobbies", "humor", "learned",
                "lore", "mystery", "news", "religion", "reviews", "romance", "science_fiction"]


def _tick_overlaps(ax):
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return _overlaps([t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_text()])


@pytest.mark.parametrize("width", [7.0, 12.0])
def test_heatmap_column_labels_stay_legible_in_a_print_width_figure(width):
    # the 15 Brown genres in a figure a journal can print (7 inches): the labels were drawn level and ran
    # into each other (28 overlapping pairs at 7 inches, 6 at 12)
    prev = pd.DataFrame([(g, t, (t + 1) / 15) for g in BROWN_GENRES for t in range(5)],
                        columns=["source", "topic", "prevalence"])
    fig, ax = plt.subplots(figsize=(width, 4), layout="constrained")
    plots.plot_topic_prevalence(prev, ax=ax)
    assert _tick_overlaps(ax) == []
    assert [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()] == BROWN_GENRES
    # at the default size the labels fit level, as before
    ax = plots.plot_topic_prevalence(prev)
    assert _tick_overlaps(ax) == [] and {t.get_rotation() for t in ax.get_xticklabels()} == {0.0}


def test_topic_frame_heatmap_column_labels_stay_legible_in_a_print_width_figure():
    frames = ["promotional", "rights", "security", "technology", "economy", "geopolitics", "institutions",
              "web_boilerplate"]
    tf = pd.DataFrame([(t, f, 1 / 5, 3) for f in frames for t in range(5)],
                      columns=["topic", "frame", "share", "hits"])
    fig, ax = plt.subplots(figsize=(5.0, 4), layout="constrained")
    plots.plot_topic_frames(tf, ax=ax)
    assert _tick_overlaps(ax) == []


def test_frame_palette_gives_every_category_of_a_users_lexicon_its_own_colour():
    # a lexicon of the user's own (no framing category): every category took one of four spare colours, so
    # the fifth category had the colour of the first in the stacked bars and timelines
    cats = ["anger", "anxiety", "hope", "pride", "sadness", "trust", "fear", "joy"]
    pal = plots.frame_palette(cats)
    assert len({tuple(np.round(c, 6)) for c in pal.values()}) == len(cats)
    # the poles keep their colours, and the other categories stay distinct from them and from each other
    mixed = plots.frame_palette(["promotional", "rights"] + cats)
    assert mixed["promotional"] == plots.frame_palette(["promotional"])["promotional"]
    assert len({tuple(np.round(c, 6)) for c in mixed.values()}) == len(cats) + 2
    # the same categories give the same colours in every figure
    assert plots.frame_palette(cats) == plots.frame_palette(list(reversed(cats)))


def _styles(handles):
    out = []
    for h in handles:
        line = h[0] if isinstance(h, tuple) or hasattr(h, "lines") else h
        line = line.lines[0] if hasattr(line, "lines") else line
        out.append((tuple(np.round(matplotlib.colors.to_rgba(line.get_color()), 4)), line.get_marker(),
                    line.get_fillstyle()))
    return out


def test_topic_effect_levels_are_told_apart_beyond_ten_colours():
    # 15 genres as C(source): the colour-blind palette has 10 colours, so adventure and news (and four more
    # pairs) were drawn alike and the legend could not tell them apart
    from discourse.topic_effects import TopicEffects, plot_effect

    rows = [{"covariate": "source", "value": g, "topic": t, "label": f"w{t}", "estimate": 0.2 + 0.01 * i,
             "ci_low": 0.1 + 0.01 * i, "ci_high": 0.3 + 0.01 * i, "ci": 0.95}
            for t in range(2) for i, g in enumerate(BROWN_GENRES)]
    eff = TopicEffects(coefficients=pd.DataFrame(), expected=pd.DataFrame(rows),
                       params={"kinds": {"source": "categorical"}})
    ax = plot_effect(eff)
    handles, labels = ax.get_legend_handles_labels()
    assert labels == BROWN_GENRES
    styles = _styles(handles)
    assert len(set(styles)) == len(BROWN_GENRES)
    # the legend stands outside the axes, so it hides no interval
    legend_box = ax.get_legend().get_window_extent(ax.figure.canvas.get_renderer())
    assert legend_box.x0 >= ax.get_window_extent().x1


def test_frames_over_time_marks_more_groups_than_marker_shapes_apart():
    # 15 groups on a timeline: 12 marker shapes, so the 13th group was drawn as the first
    rows = [{"date": f"{2000 + y}-01-01", "source": g, "frame": "rights", "rate": 1.0 + i, "n": 1 + i,
             "n_tokens": 1000} for i, g in enumerate(BROWN_GENRES) for y in range(2)]
    ax = plots.plot_frames_over_time(pd.DataFrame(rows))
    handles, labels = ax.get_legend_handles_labels()
    legend = ax.get_legend()
    group_handles = [h for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True)
                     if t.get_text() in BROWN_GENRES]
    assert len(group_handles) == len(BROWN_GENRES)
    shapes = {(h.get_marker(), h.get_fillstyle()) for h in group_handles}
    assert len(shapes) == len(BROWN_GENRES)
    # and each group's line is drawn with its legend's shape
    drawn = {(line.get_marker(), line.get_fillstyle()) for line in ax.lines}
    assert drawn == shapes


def test_topic_effect_over_a_numeric_covariate_tells_twenty_topics_apart():
    # K = 20 over years: ten colours, so topics 0 and 10 (and nine more pairs) were the same line
    from discourse.topic_effects import TopicEffects, plot_effect

    rows = [{"covariate": "year", "value": str(y), "topic": t, "label": f"w{t}", "estimate": 0.05, "ci_low": 0.04,
             "ci_high": 0.06, "ci": 0.95} for t in range(20) for y in (2000, 2010)]
    eff = TopicEffects(coefficients=pd.DataFrame(), expected=pd.DataFrame(rows),
                       params={"kinds": {"year": "numeric"}})
    ax = plot_effect(eff)
    styles = {(tuple(np.round(matplotlib.colors.to_rgba(line.get_color()), 4)), line.get_linestyle())
              for line in ax.get_lines()}
    assert len(styles) == 20


def test_report_command_takes_the_png_resolution(tmp_path, monkeypatch, capsys):
    # build_report(dpi=...) existed, but the command wrote its PNGs at 110 dpi whatever a journal asks for
    import discourse.report as report
    from discourse.cli import main

    seen = {}

    def fake_build_report(corpus, **kwargs):
        seen.update(kwargs)
        out = Path(kwargs["out"])
        out.mkdir(exist_ok=True)
        (out / "provenance.json").write_text("{}", encoding="utf-8")  # the command adds its options to it
        return out / "report.html"

    monkeypatch.setattr(report, "build_report", fake_build_report)
    assert main(["report", "--dpi", "300", "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert seen["dpi"] == 300
    assert main(["report", "--out", str(tmp_path / "out2"), "--quiet"]) == 0
    assert seen["dpi"] == 110  # the default, as before
    capsys.readouterr()
    assert main(["report", "--dpi", "5000", "--out", str(tmp_path / "out2"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "--dpi 5000" in err and "Fix" in err


def test_report_caption_of_the_balance_does_not_promise_intervals_after_n_boot_0(tiny_corpus, tmp_path):
    # --n-boot 0 turns the intervals off; the caption still said "with bootstrap 95% intervals"
    import html

    from discourse.report import build_report

    page = build_report(tiny_corpus, out=tmp_path / "r", n_boot=0, explore=False, verbose=False).read_text()
    fig = html.unescape(page[page.index('<figure id="fig-frame_balance">'):])
    caption = fig[fig.index("<figcaption>"):fig.index("</figcaption>")]
    assert "95% intervals" not in caption
    assert "no intervals (n_boot = 0)" in caption


def test_frame_rates_mark_a_voice_without_words_instead_of_an_empty_bar():
    # count_frames leaves the rate missing where a voice has no words (a source that quotes nobody); the
    # bar was simply absent, as for a rate of 0, so "no quotations" read as "quotes use no such term"
    rows = [("Edge", "rights", "author", 3, 1000, 3.0), ("Edge", "rights", "quoted", 0, 0, np.nan),
            ("Bawaba", "rights", "author", 5, 1000, 5.0), ("Bawaba", "rights", "quoted", 0, 200, 0.0)]
    data = pd.DataFrame(rows, columns=["source", "frame", "voice", "n", "n_tokens", "rate"])
    g = plots.frame_rates_grid(data)
    ax = g.axes.flat[0]
    marks = [t for t in ax.texts if t.get_text() == "no words"]
    assert len(marks) == 1  # Edge's quoted voice only; Bawaba's quoted rate is a real 0
    order = [t.get_text().split("\n")[0] for t in ax.get_yticklabels()]  # (a second line gives the words)
    y = marks[0].xy[1]
    assert order[int(round(y))] == "Edge" and y > order.index("Edge")  # the second (quoted) bar of Edge
    # the mark sits where the quoted bar of that group would be: the centre of the existing quoted bar of
    # the other group, shifted by one row
    quoted = ax.containers[1].patches
    centres = sorted(p.get_y() + p.get_height() / 2 for p in quoted if np.isfinite(p.get_width()))
    assert np.isclose(y % 1, centres[0] % 1)


def test_frame_packages_give_each_of_more_than_ten_packages_its_own_colour():
    # 24 topics in 12 packages: the colour-blind palette's 10 colours came round again, so packages 0 and 10
    # were drawn alike
    nodes = pd.DataFrame({"topic": range(24), "package": [t // 2 for t in range(24)], "prevalence": 1 / 24})
    ax = plots.plot_frame_packages(nodes, pd.DataFrame(columns=["source_topic", "target_topic", "weight"]))
    legend = ax.get_legend()
    colours = {tuple(np.round(matplotlib.colors.to_rgba(h.get_color()), 4)) for h in legend.legend_handles}
    assert len(legend.legend_handles) == 12 and len(colours) == 12
