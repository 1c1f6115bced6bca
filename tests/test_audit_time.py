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
