"""The public API keeps one parameter grammar: the same concept takes the same values everywhere, and a wrong
value gets an error that names the parameter and what it accepts, not a traceback from inside pandas or numpy."""

import warnings

import pandas as pd
import pytest

import discourse as dc


@pytest.fixture(scope="module")
def year_tokens(tiny_corpus):
    """The tiny corpus's tokens with an integer ``year`` per document (two documents a year)."""
    tokens = dc.tokenize(tiny_corpus)
    tokens["year"] = tokens["doc_id"].astype(str).map({"a1": 2017, "b1": 2017, "a2": 2018, "b2": 2018}).astype("int64")
    return tokens


# ------------------------------------------------------------------------------------------ single values
def test_a_single_integer_group_is_a_reference_as_a_list_of_one_is(year_tokens):
    # reference=2017 had failed with "'int' object is not iterable"; a list of the one year worked
    one = dc.explore_terms(year_tokens, by="year", target=2018, reference=2017)
    listed = dc.explore_terms(year_tokens, by="year", target=2018, reference=[2017])
    pd.testing.assert_frame_equal(one, listed)
    assert set(one["reference"]) == {"2017"}


def test_a_group_column_that_is_not_a_name_is_named_in_the_error(year_tokens):
    with pytest.raises(TypeError, match=r"by must be a column name or a list of column names, got int: 3"):
        dc.count_terms(year_tokens, by=3)
    with pytest.raises(TypeError, match=r"by must be a column name"):
        dc.frame_balance(year_tokens, by=3, n_boot=0)
    counts = dc.count_terms(year_tokens, by="source")
    with pytest.raises(ValueError, match=r"counts is missing column\(s\) 3; it has: 'source', 'term'"):
        dc.keyness(counts, by=3, target="Vendor")


def test_one_topic_number_is_a_list_of_one_topic(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=2, iterations=20, min_count=1, max_doc_share=1.0).fit(tokens)
        effects = dc.estimate_effect(model, "source", n_sims=3, n_coef_draws=2)
    # plot_effect(topics=1) had failed inside as it was not a list; find_thoughts(topics=1) took it
    ax = dc.plot_effect(effects, topics=1)
    ax_list = dc.plot_effect(effects, topics=[1])
    assert [t.get_text() for t in ax.get_yticklabels()] == [t.get_text() for t in ax_list.get_yticklabels()]
    with pytest.raises(TypeError, match=r"covariates must be a column name or spec such as 'source'"):
        dc.estimate_effect(model, 3)
