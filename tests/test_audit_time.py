"""Time as a grouping variable and as a covariate: years as numbers, decades, dates."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

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
