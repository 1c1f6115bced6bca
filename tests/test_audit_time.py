"""Time as a grouping variable and as a covariate: years as numbers, decades, dates."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from discourse import plots  # noqa: E402


def _frame_counts_by_year(year_values):
    """A count_frames table grouped by a year column (two years, one frame)."""
    return pd.DataFrame({"year": year_values, "frame": ["rights", "rights"], "n": [2, 6],
                         "n_tokens": [1000, 2000], "rate": [2.0, 3.0]})


# ------------------------------------------------------------------------------------------ frames over time
def test_frames_over_time_reads_whole_numbers_as_years():
    # count_frames(tokens, by="year") gives an int column; pandas reads 1990 as 1990 nanoseconds after 1970, so
    # every point used to land on 1970-01-01 (the axis said "1970" for 1946-2024)
    ax = plots.plot_frames_over_time(_frame_counts_by_year([1990, 2010]), date="year", by=None)
    years = [mdates.num2date(x).year for x in ax.get_lines()[0].get_xdata(orig=False)]
    assert years == [1990, 2010]
    # the same as dates or as year strings
    for values in (["1990", "2010"], pd.to_datetime(["1990-01-01", "2010-01-01"])):
        ax = plots.plot_frames_over_time(_frame_counts_by_year(values), date="year", by=None)
        assert [mdates.num2date(x).year for x in ax.get_lines()[0].get_xdata(orig=False)] == [1990, 2010]


def test_frames_over_time_refuses_numbers_that_are_not_years():
    with pytest.raises(ValueError, match=r"'year'.*not years.*1705000000"):
        plots.plot_frames_over_time(_frame_counts_by_year([1705000000, 1990]), date="year", by=None)


# ------------------------------------------------------------------------------------------ own names
def _own_name_corpus():
    # the UN corpus's source is a code; the README asks for the name in `outlet`, so that "Italy believes that
    # ..." in Italy's own statement is the author's view, not reported speech
    df = pd.DataFrame({"doc_id": ["a", "b"], "source": ["ITA", "FRA"], "outlet": ["Italy", "France"],
                       "decade": [1970, 1980],
                       "text": ["Italy believes that repression and discrimination must end. We defend privacy.",
                                "France believes that the oppression of peoples must end. Efficient and "
                                "innovative cooperation helps."]})
    return df


def test_frames_command_keeps_the_own_name_rule(tmp_path):
    from discourse.cli import main

    df = _own_name_corpus()
    path = tmp_path / "speeches.jsonl"
    df.to_json(path, orient="records", lines=True)
    corpus = dc.load_corpus(path)
    expected = dc.frame_balance(dc.tokenize(corpus), by="decade", voice="author", level="group", n_boot=0)
    # the library counts every rights hit of "<own name> believes that ..." as the author's evaluation
    assert expected["n_negative"].tolist() == [3, 1]
    assert main(["frames", str(path), "--by", "decade", "--out", str(tmp_path / "out"), "--n-boot", "0"]) == 0
    got = pd.read_csv(tmp_path / "out" / "frame_balance.csv")
    got = got[(got["level"] == "group") & (got["voice"] == "author")]
    # the command tokenised with the by column only: no `outlet`, so those hits were counted as reported
    # speech and left out of the balance (1 and 0 rights hits)
    assert got["n_negative"].tolist() == [3, 1]


def test_report_tokens_keep_the_own_name_columns():
    from discourse.report import Analysis

    corpus = dc.Corpus.from_dataframe(_own_name_corpus(), text="text", source="source")
    a = Analysis(corpus, by="decade", n_boot=0)
    assert {"source", "outlet"} <= set(a.tokens.columns)
    b = a.balance
    author = b[(b["level"] == "group") & (b["voice"] == "author")]
    assert author["n_negative"].tolist() == [3, 1]


# ------------------------------------------------------------------------------------------ group order
def _balance_by(values, balances):
    n = len(values)
    return pd.DataFrame({"level": ["group"] * n, "year": values, "voice": ["all"] * n, "balance": balances,
                         "ci_low": [b - 0.5 for b in balances], "ci_high": [b + 0.5 for b in balances],
                         "n_positive": [10] * n, "n_negative": [10] * n})


def _ytick_labels(ax):
    return [t.get_text() for t in ax.get_yticklabels()]


def test_plots_keep_numeric_and_date_groups_in_their_order():
    # years (or decades) are a scale: the figure reads top to bottom as a timeline, not sorted by the lean
    ax = plots.plot_frame_balance(_balance_by([1990, 2000, 10000], [0.2, 1.5, -0.3]), by="year")
    assert _ytick_labels(ax) == ["1990", "2000", "10000"]
    dates = pd.to_datetime(["2001-01-01", "1999-01-01"])
    ax = plots.plot_frame_balance(_balance_by(dates, [0.2, 1.5]), by="year")
    assert _ytick_labels(ax) == ["1999-01-01 00:00:00", "2001-01-01 00:00:00"]
    # names keep the order by lean
    ax = plots.plot_frame_balance(_balance_by(["A", "B"], [0.2, 1.5]), by="year")
    assert _ytick_labels(ax) == ["B", "A"]
    # heatmap columns: numbers by value, not as strings ("10" sorted before "9")
    prev = pd.DataFrame({"session": [9, 10, 9, 10], "topic": [0, 0, 1, 1], "prevalence": [0.1, 0.9, 0.9, 0.1]})
    ax = plots.plot_topic_prevalence(prev, by="session", label=None)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["9", "10"]
    assert plots.ordered_groups(pd.Series([2000, None, 10000, 2000], dtype="Int64")) == ["2000", "10000", "(missing)"]
    assert plots.ordered_groups(pd.Series(["b", "a"])) is None


def test_report_orders_decades_in_time():
    from discourse.report import Analysis

    texts = ["We defend human rights and privacy against repression.",  # rights only
             "Our innovative, efficient and seamless smart city.",        # promotional only
             "Repression and discrimination must end.",
             "Innovative, efficient solutions for a smart city."]
    df = pd.DataFrame({"doc_id": list("abcd"), "text": texts, "source": ["X", "Y", "X", "Y"],
                       "decade": [1970, 1980, 1990, 2000]})
    a = Analysis(dc.Corpus.from_dataframe(df, text="text", source="source"), by="decade", n_boot=0)
    # by the balance it was 1980, 2000, 1970, 1990 (the promotional decades first)
    assert a.group_order == ["1970", "1980", "1990", "2000"]


# ------------------------------------------------------------------------------------------ year as covariate
CAMERAS = "police cameras watch citizens street surveillance face recognition"
TRADE = "trade tariffs investors blacklist shares market exports"


@pytest.fixture(scope="module")
def by_year():
    """Eight speeches, 1990 to 2018: the later the speech, the more of it is about trade."""
    years = list(range(1990, 2020, 4))
    texts = ["\n\n".join([CAMERAS] * (8 - i) + [TRADE] * (i + 1)) for i in range(len(years))]
    df = pd.DataFrame({"doc_id": [f"d{y}" for y in years], "text": texts, "source": ["S"] * len(years),
                       "year": years})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df, text="text", source="source"), quotes=False)
    return dc.TopicModel(2, unit="document", random_state=0, passes=5, iterations=50, phrases=False,
                         min_count=1, max_doc_share=1.0).fit(tokens)


def test_estimate_effect_of_a_numeric_year(by_year):
    import numpy as np

    eff = dc.estimate_effect(by_year, "year", n_sims=50, random_state=0)
    coef = eff.coefficients
    assert coef["term"].unique().tolist() == ["(Intercept)", "year"]
    # the slope is the change of the expected proportion per year: OLS of the proportions on the year
    years = by_year.units_["year"].to_numpy(float)
    trade = int(np.argmax(by_year.topic_word_[:, list(by_year.terms_).index("tariffs")]))
    slope, intercept = np.polyfit(years, by_year.doc_topic_[:, trade], 1)
    row = coef[(coef["topic"] == trade) & (coef["term"] == "year")].iloc[0]
    assert slope > 0 and row["estimate"] == pytest.approx(slope, abs=0.004)
    # the expected proportion over the observed years, as for a spline: what a reader of a linear trend needs
    # (the intercept is the proportion in year 0, far outside the data)
    ex = eff.expected[(eff.expected["covariate"] == "year") & (eff.expected["topic"] == trade)]
    assert len(ex) == 25 and ex["value"].iloc[0] == "1990" and ex["value"].iloc[-1] == "2018"
    assert ex["estimate"].iloc[0] == pytest.approx(intercept + slope * 1990, abs=0.03)
    assert ex["estimate"].iloc[-1] == pytest.approx(intercept + slope * 2018, abs=0.03)
    assert (ex["ci_low"] <= ex["estimate"]).all() and (ex["estimate"] <= ex["ci_high"]).all()
    assert eff.params["kinds"] == {"year": "numeric"}


@pytest.mark.parametrize("covariate", ["year", "s(year, 3)"])
def test_plot_effect_draws_a_continuous_covariate_as_lines(by_year, covariate):
    eff = dc.estimate_effect(by_year, covariate, n_sims=5, random_state=0)
    ax = dc.plot_effect(eff)
    # one line per topic over the years, not 25 grid points as 25 categories in a cycle of 10 colours
    assert len(ax.get_lines()) == 2
    xs = ax.get_lines()[0].get_xdata()
    assert len(xs) == 25 and min(xs) == pytest.approx(1990) and max(xs) == pytest.approx(2018)
    assert ax.get_xlabel() == "year"


def test_estimate_effect_of_years_as_groups(by_year):
    # C(year): each year a level of its own, as R's factor(year) in STM's formula; levels in numeric order
    # (paragraphs as units: eight speeches are too few units for eight coefficients)
    paragraphs = dc.TopicModel(2, unit="paragraph", random_state=0, passes=5, iterations=50, phrases=False,
                               min_count=1, max_doc_share=1.0).fit(by_year.tokens_)
    eff = dc.estimate_effect(paragraphs, "C(year)", n_sims=5, cluster=None, random_state=0)
    terms = eff.coefficients["term"].unique().tolist()
    assert terms[:3] == ["(Intercept)", "year[T.1994]", "year[T.1998]"] and len(terms) == 8
    assert eff.params["reference"] == {"year": 1990} and eff.params["kinds"] == {"year": "categorical"}
    assert eff.expected["value"].unique().tolist()[:3] == ["1990", "1994", "1998"]
    with pytest.raises(ValueError, match="'nope' is not a document column"):
        dc.estimate_effect(by_year, "C(nope)")


def test_topics_command_estimates_the_effect_of_numeric_groups(tmp_path):
    from discourse.cli import main

    years = [1990, 1990, 2000, 2000, 2010, 2010]
    texts = [CAMERAS, CAMERAS + " " + CAMERAS, CAMERAS + " " + TRADE, TRADE + " " + CAMERAS, TRADE,
             TRADE + " " + TRADE]
    path = tmp_path / "speeches.jsonl"
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": texts, "decade": years}).to_json(
        path, orient="records", lines=True)
    out = tmp_path / "topics"
    assert main(["topics", str(path), "-k", "2", "--by", "decade", "--unit", "document", "--min-count", "1",
                 "--max-doc-share", "1", "--out", str(out), "--n-boot", "10"]) == 0
    # --by compares groups: the effect is one contrast per decade, as the prevalence table, not a slope per year
    coef = pd.read_csv(out / "effect_coefficients.csv")
    assert coef["term"].unique().tolist() == ["(Intercept)", "decade[T.2000]", "decade[T.2010]"]
    assert pd.read_csv(out / "effect_expected.csv")["value"].unique().tolist() == [1990, 2000, 2010]
