"""Figures: each plot takes its analysis table, returns Axes (or a FacetGrid), and draws what the table says."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

import discourse as dc  # noqa: E402
from discourse import plots  # noqa: E402


# ------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def lexicon():
    return dc.load_lexicon("framing")


@pytest.fixture(scope="module")
def tiny_tokens(tiny_corpus):
    return dc.tokenize(tiny_corpus)


@pytest.fixture
def balance():
    return pd.DataFrame({
        "level": ["group"] * 6 + ["document"],
        "source": ["A", "A", "A", "B", "B", "B", "A"],
        "voice": ["author", "quoted", "all"] * 2 + ["all"],
        "n_positive": [3, 0, 3, 1, 2, 3, 9],
        "n_negative": [1, 0, 1, 4, 1, 5, 9],
        "balance": [1.0, 0.0, 0.9, -1.2, 0.5, -0.4, 5.0],
        "ci_low": [0.2, np.nan, 0.1, -2.0, -0.5, -1.0, 4.0],
        "ci_high": [1.8, np.nan, 1.5, -0.3, 1.4, 0.2, 6.0],
    })


@pytest.fixture
def keyness_table():
    # vocabulary order (alphabetical) differs on purpose from the order of z and of frequency
    return pd.DataFrame({
        "term": ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"],
        "target": "T", "reference": "rest",
        "n_target": [1, 40, 5, 0, 12, 3],
        "n_reference": [9, 2, 5, 30, 1, 3],
        "log_ratio": [-3.2, 4.1, 0.0, -5.0, 3.3, 0.1],
        "log_odds_z": [-2.5, 5.0, 0.0, -4.0, 2.9, 0.2],
    })


# ------------------------------------------------------------------------------------------ general
def test_palette_is_stable_and_colour_blind_safe():
    a = plots.frame_palette(["rights", "promotional"])
    b = plots.frame_palette(["zeta", "promotional", "security", "rights"])
    cb = sns.color_palette("colorblind", 10)
    assert a["promotional"] == b["promotional"] == cb[1]
    assert a["rights"] == b["rights"] == cb[0]
    assert len(set(b.values())) == 4


def test_wrap_label_keeps_words_whole():
    out = plots.wrap_label("Steven Feldstein of the Carnegie Endowment for International Peace", 20)
    assert all(len(line) <= 20 for line in out.splitlines())
    assert out.replace("\n", " ") == "Steven Feldstein of the Carnegie Endowment for International Peace"


def test_plots_never_show_or_save(monkeypatch, balance, keyness_table, seed_tokens):
    def boom(*a, **k):
        raise AssertionError("a plot function must not show or save")

    monkeypatch.setattr(plt, "show", boom)
    monkeypatch.setattr(plt, "savefig", boom)
    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", boom)
    rc_before = dict(matplotlib.rcParams)
    plots.plot_frame_balance(balance)
    plots.plot_keyness(keyness_table)
    plots.plot_fightin_words(keyness_table)
    plots.plot_dispersion(seed_tokens, terms=["huawei"])
    assert dict(matplotlib.rcParams) == rc_before  # no global theme


def test_bad_input_errors(balance):
    with pytest.raises(TypeError, match="data must be a pandas DataFrame"):
        plots.plot_frame_balance([1, 2])
    with pytest.raises(ValueError, match="missing column.*'ci_low'"):
        plots.plot_frame_balance(balance.drop(columns="ci_low"))
    with pytest.raises(ValueError, match="empty"):
        plots.plot_frame_balance(balance.iloc[:0])


# ------------------------------------------------------------------------------------------ framing
def test_frame_balance_sorts_groups_and_draws_intervals(balance):
    ax = plots.plot_frame_balance(balance)
    assert isinstance(ax, Axes)
    # A has the larger 'all' balance (0.9 > -0.4), so it is on top
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]
    assert "log-odds" in ax.get_xlabel()
    # the document-level row (balance 5.0) is not drawn; the quoted row of A has no pole hits: a note
    xs = np.concatenate([line.get_xdata() for line in ax.lines if len(line.get_xdata())])
    assert 5.0 not in xs and 0.9 in xs
    assert any("no pole hits" in t.get_text() for t in ax.texts)
    # A's author voice rests on 3 : 1 = 4 pole hits (< 5): hollow, and the legend says why
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "author's voice", "author's voice (fewer than 5 pole hits)", "quoted voices (fewer than 5 pole hits)",
        "all voices", "all voices (fewer than 5 pole hits)"]


def test_frame_balance_on_real_table(seed_tokens, lexicon):
    data = dc.frame_balance(seed_tokens, lexicon, by="source", n_boot=50)
    ax = plots.plot_frame_balance(data)
    assert len(ax.get_yticklabels()) == seed_tokens["source"].nunique()


def test_frame_rates_grid_one_panel_per_frame(tiny_tokens, lexicon):
    data = dc.count_frames(tiny_tokens, lexicon, by="source")
    g = plots.frame_rates_grid(data)
    assert isinstance(g, sns.FacetGrid)
    titles = [ax.get_title() for ax in g.axes.flat if ax.get_title()]
    assert titles[:2] == ["promotional", "rights"]  # the poles first
    with_hits = data.groupby("frame")["n"].sum()
    assert sorted(titles) == sorted(with_hits[with_hits > 0].index)  # no empty panel
    assert {ax.get_xlabel() for ax in g.axes.flat} - {""} == {"hits per 1,000 words"}
    # the bars carry the table's rates: the tallest bar equals the largest rate drawn
    widths = [p.get_width() for ax in g.axes.flat for p in ax.patches if np.isfinite(p.get_width())]
    assert max(widths) == pytest.approx(data["rate"].max())


def test_voice_breakdown_counts_per_speaker():
    m = pd.DataFrame({
        "category": ["promotional", "promotional", "rights", "rights", "rights", "promotional"],
        "voice": ["author", "quoted", "quoted", "quoted", "author", "quoted"],
        "speaker": [None, "Jane Lee", "Omar Diaz", "Omar Diaz", None, None],
    })
    ax = plots.plot_voice_breakdown(m, frame="category")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "(author's own voice)"
    assert set(labels) == {"(author's own voice)", "Omar Diaz", "Jane Lee", "(unnamed speaker)"}
    # total bar length per row = that speaker's hits
    totals = {}
    for p in ax.patches:
        row = labels[int(round(p.get_y() + p.get_height() / 2))]
        totals[row] = totals.get(row, 0) + p.get_width()
    assert totals == {"(author's own voice)": 2, "Omar Diaz": 2, "Jane Lee": 1, "(unnamed speaker)": 1}


def test_voice_breakdown_top_gathers_the_rest():
    m = pd.DataFrame({"frame": ["rights"] * 6, "voice": ["quoted"] * 6, "speaker": list("aabbcd")})
    ax = plots.plot_voice_breakdown(m, top=2)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["a", "b", "(other speakers)"]


def test_frames_over_time_rate_is_hits_over_tokens():
    data = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d2", "d3", "d3"],
        "date": pd.to_datetime(["2018-01-05", "2018-01-05", "2018-06-01", "2018-06-01", None, None]),
        "frame": ["promotional", "rights"] * 3,
        "n": [2, 1, 8, 0, 5, 5], "n_tokens": [100, 100, 1000, 1000, 50, 50],
        "rate": [20.0, 10.0, 8.0, 0.0, 100.0, 100.0],
    })
    ax = plots.plot_frames_over_time(data, freq="Y")
    lines = {t.get_text(): line for t, line in zip(ax.get_legend().get_texts(), ax.get_lines(), strict=False)}
    # one 2018 point per frame: (2 + 8) / (100 + 1000) * 1000, not the mean of the two rates
    assert lines["promotional"].get_ydata()[0] == pytest.approx(1000 * 10 / 1100)
    assert "1 undated documents left out" in ax.get_title()
    with pytest.raises(ValueError, match="no dates"):
        plots.plot_frames_over_time(data.assign(date=pd.NaT))


# ------------------------------------------------------------------------------------------ keyness
def test_keyness_diverging_bars(keyness_table):
    ax = plots.plot_keyness(keyness_table, n=2)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["bravo", "echo", "alpha", "delta"]  # most over-used on top, most under-used at the bottom
    widths = [p.get_width() for p in ax.patches]
    assert widths == [4.1, 3.3, -3.2, -5.0]
    assert "more in T" in ax.get_xlabel() and "more in rest" in ax.get_xlabel()


def test_keyness_needs_one_contrast(keyness_table):
    two = pd.concat([keyness_table, keyness_table.assign(target="U")])
    with pytest.raises(ValueError, match="several targets"):
        plots.plot_keyness(two)


def test_fightin_words_labels_sit_on_their_own_points(keyness_table):
    # ConvoKit's bug paired frequencies in vocabulary order with z-scores in sorted order; here every label
    # must be drawn at its own term's (frequency, z)
    ax = plots.plot_fightin_words(keyness_table, n_labels=2)
    freq = (keyness_table["n_target"] + keyness_table["n_reference"]).to_numpy()
    expected = {t: (f, z) for t, f, z in zip(keyness_table["term"], freq, keyness_table["log_odds_z"], strict=True)}
    labelled = {}
    for text in ax.texts:
        for term in text.get_text().split(", "):
            labelled[term] = tuple(text.xy)
    assert set(labelled) == {"bravo", "echo", "delta", "alpha"}
    for term, xy in labelled.items():
        assert xy == pytest.approx(expected[term])
    # every scattered point is one row: x and y pairs come from the same row
    pts = {tuple(p) for c in ax.collections for p in c.get_offsets()}
    assert pts == {tuple(map(float, v)) for v in expected.values()}


def test_fightin_words_on_real_keyness(seed_tokens):
    counts = dc.count_terms(seed_tokens, by="source", drop_stop=True)
    table = dc.keyness(counts, by="source", target="Al Bawaba")
    ax = plots.plot_fightin_words(table, n_labels=5)
    rows = table.set_index("term")
    for text in ax.texts:
        for term in re.sub(r" \(\+\d+ more\)$", "", text.get_text()).split(", "):
            r = rows.loc[term]
            assert tuple(text.xy) == pytest.approx((r["n_target"] + r["n_reference"], r["log_odds_z"]))


# ------------------------------------------------------------------------------------------ topics
def test_topic_prevalence_heatmap_cells_are_percentages():
    data = pd.DataFrame({"source": ["A", "A", "B", "B"], "topic": [0, 1, 0, 1],
                         "label": ["x_y, z", "u, v", "x_y, z", "u, v"], "prevalence": [0.7, 0.3, 0.2, 0.8]})
    ax = plots.plot_topic_prevalence(data)
    cells = sorted(float(t.get_text()) for t in ax.texts)
    assert cells == [20, 30, 70, 80]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["0: x y, z", "1: u, v"]


def test_topic_frames_pools_groups_or_picks_one():
    data = pd.DataFrame({"source": ["A", "A", "B", "B"], "frame": ["rights"] * 4, "topic": [0, 1, 0, 1],
                         "share": [1.0, 0.0, 0.5, 0.5]})
    ax = plots.plot_topic_frames(data, by="source", group="B")
    assert sorted(float(t.get_text()) for t in ax.texts) == [50, 50]
    with pytest.raises(ValueError, match="group 'C' not found"):
        plots.plot_topic_frames(data, by="source", group="C")


def test_frame_packages_layout_is_seeded():
    nodes = pd.DataFrame({"topic": [0, 1, 2], "package": [0, 0, 1], "prevalence": [0.5, 0.3, 0.2],
                          "label": ["a", "b", "c"]})
    edges = pd.DataFrame({"source_topic": [0, 1], "target_topic": [1, 2], "weight": [0.9, 0.1]})
    a = plots.plot_frame_packages(nodes, edges, random_state=1)
    b = plots.plot_frame_packages(nodes, edges, random_state=1)
    pa = np.asarray(a.collections[-1].get_offsets())
    pb = np.asarray(b.collections[-1].get_offsets())
    assert pa.shape == (3, 2) and np.allclose(pa, pb)
    assert [t.get_text() for t in a.get_legend().get_texts()] == ["package 0", "package 1"]


def test_frame_packages_plot_takes_the_frame_packages_object():
    from types import SimpleNamespace

    nodes = pd.DataFrame({"topic": [0, 1, 2], "package": [0, 0, 1], "prevalence": [0.5, 0.3, 0.2],
                          "label": ["a", "b", "c"]})
    edges = pd.DataFrame({"source_topic": [0, 1], "target_topic": [1, 2], "weight": [0.9, 0.1]})
    obj = SimpleNamespace(nodes=nodes, edges=edges)  # what frame_packages returns carries both tables
    a = plots.plot_frame_packages(obj, random_state=1)
    b = plots.plot_frame_packages(nodes, edges, random_state=1)
    assert np.allclose(np.asarray(a.collections[-1].get_offsets()), np.asarray(b.collections[-1].get_offsets()))
    with pytest.raises(TypeError, match="not both"):
        plots.plot_frame_packages(obj, edges)


# ------------------------------------------------------------------------------------------ dispersion
def test_dispersion_positions_from_tokens():
    c = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": ["safe city one two safe city"]}),
                                 clean=False)
    ax = plots.plot_dispersion(dc.tokenize(c, quotes=False), terms=["safe city", "two"])
    xs = {t.get_text(): sorted(col.get_offsets()[:, 0]) for t, col in
          zip(ax.get_legend().get_texts(), ax.collections, strict=True)}
    # six words: "safe city" centred on word 1 and word 5 -> 100 * 1 / 6 and 100 * 5 / 6
    assert xs["safe city (2)"] == pytest.approx([100 / 6, 500 / 6])
    assert xs["two (1)"] == pytest.approx([100 * 3.5 / 6])


def test_fightin_words_counts_long_ties_instead_of_listing_them():
    data = pd.DataFrame({"term": list("abcde"), "target": "T", "reference": "R", "n_target": [5] * 5,
                         "n_reference": [0] * 5, "log_odds_z": [3.0] * 5})
    ax = plots.plot_fightin_words(data, n_labels=5)
    assert [t.get_text() for t in ax.texts] == ["a, b, c (+2 more)"]
    assert tuple(ax.texts[0].xy) == (5, 3.0)


def test_dispersion_from_occurrence_table_keeps_empty_documents():
    occ = pd.DataFrame({"doc_id": ["a", "a"], "term": ["x", "y"], "relative_position": [10.0, 90.0]})
    ax = plots.plot_dispersion(occ, documents=["a", "b"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    with pytest.raises(ValueError, match="terms is empty"):
        plots.plot_dispersion(occ, terms=[])


def test_voice_breakdown_takes_find_frame_terms_directly():
    # the hits table of find_frame_terms carries a `frame` column, which is plot_voice_breakdown's default
    tokens = dc.tokenize(dc.load_corpus())
    ax = plots.plot_voice_breakdown(dc.find_frame_terms(tokens, "framing"))
    assert len(ax.get_yticklabels()) > 1


# ------------------------------------------------------------------------------------------ issue 14
def _balance_rows(rows):
    return pd.DataFrame(rows, columns=["level", "source", "voice", "n_positive", "n_negative", "balance", "ci_low",
                                       "ci_high"])


def test_frame_balance_writes_the_counts_and_draws_thin_evidence_hollow():
    data = _balance_rows([
        ("group", "Vendor", "all", 2, 0, 1.61, 0.9, 2.3),      # 2 : 0 -> +1.6 from two hits
        ("group", "Watchdog", "all", 3, 30, -2.2, -2.9, -1.5),  # 33 hits: an estimate
    ])
    ax = plots.plot_frame_balance(data)
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["2 : 0", "3 : 30"]
    by_label = {c.get_label(): c.lines[0] for c in ax.containers}  # errorbar containers: the data line first
    hollow = by_label["all voices (fewer than 5 pole hits)"]
    solid = by_label["all voices"]
    assert list(hollow.get_xdata()) == [1.61] and hollow.get_markerfacecolor() == "white"
    assert list(solid.get_xdata()) == [-2.2] and solid.get_markerfacecolor() != "white"
    assert "labels: promotional : rights hits" in ax.get_xlabel()


def test_frame_balance_never_draws_a_point_for_zero_hits():
    # frame_balance gives 0/0 a balance of 0 with the interval [0, 0]: that must not read as "balanced"
    data = _balance_rows([("group", "Silent", "all", 0, 0, 0.0, 0.0, 0.0),
                          ("group", "Loud", "all", 9, 1, 1.9, 1.0, 2.5)])
    ax = plots.plot_frame_balance(data)
    xs = [x for line in ax.lines for x in np.atleast_1d(line.get_xdata()) if line.get_marker() == "o"]
    assert xs == [1.9]
    assert any(t.get_text().strip().startswith("no pole hits") for t in ax.texts)
    # groups without an estimate go last
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Loud", "Silent"]


def test_frame_rates_grid_follows_a_given_order_and_is_large_enough(tiny_tokens, lexicon):
    data = dc.count_frames(tiny_tokens, lexicon, by="source")
    g = plots.frame_rates_grid(data, order=["Watchdog", "Vendor"])
    ax = g.axes.flat[0]
    # each label is the group's name, then its words on a line of their own
    assert [t.get_text().split("\n")[0] for t in ax.get_yticklabels()] == ["Watchdog", "Vendor"]
    assert g.figure.get_size_inches()[1] >= 4.0  # was 3.2 inches a row
    assert "web_boilerplate" not in [a.get_title() for a in g.axes.flat]
    assert "no hits, not drawn" in g.figure._suptitle.get_text()


def test_frames_over_time_joins_dates_of_one_group_only():
    # three documents of three outlets, plus two of a fourth: only the fourth gets a line
    data = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d1", "d2"], "source": ["A", "B", "C", "D", "D"],
        "date": pd.to_datetime(["2017-01-01", "2018-01-01", "2019-01-01", "2017-06-01", "2019-06-01"]),
        "frame": "rights", "n": [1, 2, 3, 4, 5], "n_tokens": 100, "rate": [10.0, 20, 30, 40, 50],
    })
    ax = plots.plot_frames_over_time(data)
    drawn = [line for line in ax.get_lines() if len(line.get_xdata())]
    joined = [line for line in drawn if line.get_linestyle() not in ("None", "none", "")]
    assert len(drawn) == 4
    assert len(joined) == 1 and list(joined[0].get_ydata()) == [40.0, 50.0]
    # without groups the whole table is one series, as before
    one = plots.plot_frames_over_time(data, by=None)
    assert len([line for line in one.get_lines() if len(line.get_xdata())]) == 1


def test_frame_packages_on_a_single_community_say_no_structure():
    nodes = pd.DataFrame({"topic": [0, 1, 2], "package": [0, 0, 0], "prevalence": [0.4, 0.3, 0.3],
                          "label": ["a", "b", "c"]})
    edges = pd.DataFrame({"source_topic": [0, 0, 1], "target_topic": [1, 2, 2], "weight": [0.5, 0.5, 0.5]})
    ax = plots.plot_frame_packages(nodes, edges)
    assert "no package structure" in ax.get_title()
    assert ax.get_legend() is None  # no "package 0" with prevalence 1.0
    # every topic a package of its own (frame_packages on a complete network): no structure either
    ax = plots.plot_frame_packages(nodes.assign(package=[0, 1, 2]), edges)
    assert "no package structure" in ax.get_title() and ax.get_legend() is None


def test_topic_prevalence_follows_a_given_group_order():
    data = pd.DataFrame({"source": ["A", "A", "B", "B"], "topic": [0, 1, 0, 1], "prevalence": [0.7, 0.3, 0.2, 0.8]})
    ax = plots.plot_topic_prevalence(data, order=["B", "A"])
    assert [t.get_text() for t in ax.get_xticklabels()] == ["B", "A"]


def test_frame_balance_draws_reported_speech_in_its_own_colour_between_quoted_and_all():
    # frame_balance gives a 'reported' voice row (indirect speech); it gets its own legend entry, colour and place
    data = _balance_rows([
        ("group", "Outlet", "author", 6, 2, 0.9, 0.2, 1.5),
        ("group", "Outlet", "quoted", 1, 7, -1.5, -2.4, -0.6),
        ("group", "Outlet", "reported", 8, 1, 1.6, 0.7, 2.4),
        ("group", "Outlet", "all", 15, 10, 0.4, -0.1, 0.9),
    ])
    ax = plots.plot_frame_balance(data)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "author's voice", "quoted voices", "reported speech", "all voices"]
    colours = {c.get_label(): c.lines[0].get_color() for c in ax.containers}
    assert len(set(colours.values())) == 4  # no two voices share a colour
    assert colours["reported speech"] == "#999933"  # olive (wine read as the dark grey of all voices for deuteranopes)
