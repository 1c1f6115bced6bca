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


# ------------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize("call", [
    lambda t: dc.count_terms(t, min_count=-1),
    lambda t: dc.keyness(dc.count_terms(t), target="Vendor", min_count=-1),
    lambda t: dc.keyness_all(dc.count_terms(t), top=5, top_min_count=-1),
    lambda t: dc.collocates(t, "privacy", min_count=-1),
    lambda t: dc.explore_terms(t, target="Vendor", min_count=-1),
    lambda t: dc.TopicModel(2, min_count=-1).fit(t),
    lambda t: dc.LatentSemanticScaling(seeds={"privacy": -1, "safe": 1}, min_count=-1).fit(t),
], ids=["count_terms", "keyness", "keyness_all", "collocates", "explore_terms", "TopicModel", "LSS"])
def test_a_negative_min_count_is_refused_everywhere(year_tokens, call):
    # a negative threshold had been taken as "keep every term" by some functions and refused by others
    with pytest.raises(ValueError, match=r"min_count=-1 must be at least 0"):
        call(year_tokens)


def test_min_count_zero_still_keeps_every_term(year_tokens):
    pd.testing.assert_frame_equal(dc.count_terms(year_tokens, min_count=0), dc.count_terms(year_tokens, min_count=1))
    with pytest.raises(ValueError, match=r"min_df=-1 must be at least 0"):
        dc.to_dtm(year_tokens, min_df=-1)
    with pytest.raises(TypeError, match=r"min_count must be an int .*got float: 2.0"):
        dc.count_terms(year_tokens, min_count=2.0)


def test_a_negative_number_of_terms_is_not_a_slice_from_the_end(year_tokens):
    counts = dc.count_terms(year_tokens, by="source")
    key = dc.keyness(counts, target="Vendor")
    n_terms = int((key["log_ratio"] != 0).sum())
    assert n_terms > 4
    # plot_keyness(n=-1) drew head(-1) of each side: every term but one (n_terms - 2 bars), not an error
    with pytest.raises(ValueError, match=r"n=-1 must be at least 1 \(terms drawn on each side\)"):
        dc.plot_keyness(key, n=-1)
    assert len(dc.plot_keyness(key, n=1).patches) == 2
    with pytest.raises(ValueError, match=r"n_labels=-1 must be at least 0"):
        dc.plot_fightin_words(key, n_labels=-1)
    frames = dc.count_frames(year_tokens, by=["source", "speaker"])
    with pytest.raises(ValueError, match=r"top_n=-1 must be at least 1"):
        dc.plot_voice_breakdown(frames, top=-1)


def test_topic_terms_labels_and_passages_refuse_counts_below_one(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=2, iterations=20, min_count=1, max_doc_share=1.0).fit(tokens)
    assert [len(t) for t in model.top_terms(3)] == [3, 3]
    # top_terms(-1) listed every term but the last; labels(n=0) gave empty labels
    with pytest.raises(ValueError, match=r"top_n=-1 is too small"):
        model.top_terms(-1)
    with pytest.raises(ValueError, match=r"n=0 must be at least 1 \(terms per label\)"):
        model.labels(n=0)
    # max_chars=-1 cut one character off every passage and added "..."
    with pytest.raises(ValueError, match=r"max_chars=-1 must be at least 1"):
        dc.find_thoughts(model, tiny_corpus, max_chars=-1)
    whole = dc.find_thoughts(model, tiny_corpus, max_chars=None)
    assert not whole["text"].str.endswith("...").any()


# ------------------------------------------------------------------------------------------ intervals
def test_frame_packages_checks_its_bootstrap_options_as_topic_prevalence_does(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=2, iterations=20, min_count=1, max_doc_share=1.0).fit(tokens)
    for call in (dc.topic_prevalence, dc.frame_packages):
        # frame_packages(ci=95) had failed inside numpy ("Quantiles must be in the range [0, 1]") and
        # n_boot=-1 had been taken without a word
        with pytest.raises(ValueError, match=r"^ci=95 must be a confidence level strictly between 0 and 1, e.g. 0.95$"):
            call(model, ci=95)
        with pytest.raises(ValueError, match=r"^n_boot=-1 must be at least 0 \(bootstrap resamples; 0 turns the "
                                             r"intervals off\)$"):
            call(model, n_boot=-1)
        # n_boot=True had been one resample: ci_low == ci_high, beside the estimate, as a 95 % interval
        with pytest.raises(TypeError, match=r"^n_boot must be an int \(bootstrap resamples"):
            call(model, n_boot=True)


# ------------------------------------------------------------------------------------------ dtypes
def test_contested_sentences_keep_the_document_columns_dtypes(tiny_corpus):
    docs = tiny_corpus.documents.copy()
    docs["url"] = ["https://vendor.example/a1", None, None, None]  # the contested sentence's document has none
    docs["year"] = [2017, 2017, 2018, 2018]
    tokens = dc.tokenize(dc.Corpus(docs))
    got = dc.find_contested_sentences(tokens)
    assert len(got) >= 1 and set(got["doc_id"]) <= {"b1", "b2"}
    hits = dc.find_frame_terms(tokens)
    # a column of missing URLs had been float64 here (str in find_frame_terms and in the documents)
    for c in ("doc_id", "source", "url", "year"):
        assert got[c].dtype == hits[c].dtype, c
    assert got["url"].isna().all() and got["year"].dtype == "int64"
    empty = dc.find_contested_sentences(tokens[tokens["doc_id"] == "a1"])
    assert empty.empty and list(empty.columns) == list(got.columns)
    # an empty table had every column object
    assert (empty.dtypes == got.dtypes).all()


# ------------------------------------------------------------------------------------------ corpus
def test_corpus_subset_says_what_a_mask_is(tiny_corpus):
    docs = tiny_corpus.documents
    assert list(tiny_corpus.subset(docs["source"] == "Vendor").documents["doc_id"]) == ["a1", "a2"]
    assert list(tiny_corpus.subset([False, True, True, False]).documents["doc_id"]) == ["a2", "b1"]
    # the same rows in another order are aligned by index, as pandas aligned them
    assert list(tiny_corpus.subset((docs["source"] == "Watchdog").iloc[::-1]).documents["doc_id"]) == ["b1", "b2"]
    # a list of ids had been read by pandas as column names: KeyError "None of [Index(['a1'])] are in the [columns]"
    with pytest.raises(ValueError, match=r"mask has 1 values for 4 documents; .*corpus.documents\['doc_id'\]\.isin"):
        tiny_corpus.subset(["a1"])
    with pytest.raises(TypeError, match=r"mask must be a boolean Series, array or list, got str"):
        tiny_corpus.subset("a1")
    with pytest.raises(TypeError, match=r"mask must hold booleans"):
        tiny_corpus.subset(["a1", "a2", "b1", "b2"])
    with pytest.raises(ValueError, match=r"mask has 1 missing values"):
        tiny_corpus.subset(pd.array([True, None, False, False], dtype="boolean"))


# ------------------------------------------------------------------------------------------ command line
def test_keyness_command_takes_every_voice_of_the_token_table(tmp_path):
    from tests.test_hostile import run_cli

    # the token table's voices are author, quoted and reported; --voice had offered the first two only
    code, out, err = run_cli(["keyness", "--voice", "reported", "--out", str(tmp_path / "k")])
    assert code == 0, err
    counts = pd.read_csv(tmp_path / "k" / "term_counts.csv")
    tokens = dc.tokenize(dc.load_corpus())
    words = tokens[(tokens["voice"] == "reported") & ~tokens["is_punct"] & ~tokens["is_stop"]]
    # the same words as the library's reported voice, counted by hand
    assert int(counts["n"].sum()) == len(words) > 0


def test_frames_command_takes_uses_as_frame_balance_does(tmp_path):
    from tests.test_hostile import error_lines, run_cli

    # frame_balance(uses=) chooses which uses of a hit count; the command had no such option (evaluative only)
    code, out, err = run_cli(["frames", "--uses", "all", "--n-boot", "0", "--out", str(tmp_path / "f")])
    assert code == 0, err
    got = pd.read_csv(tmp_path / "f" / "frame_balance.csv")
    got = got[got["level"] == "group"].set_index(["source", "voice"]).sort_index()
    want = dc.frame_balance(dc.tokenize(dc.load_corpus()), uses="all", n_boot=0)
    want = want[want["level"] == "group"].set_index(["source", "voice"]).sort_index()
    assert (got["uses"] == "all").all()
    pd.testing.assert_series_equal(got["n_positive"], want["n_positive"], check_dtype=False)
    pd.testing.assert_series_equal(got["balance"], want["balance"], check_dtype=False)
    evaluative = dc.frame_balance(dc.tokenize(dc.load_corpus()), n_boot=0)
    assert evaluative["n_positive"].sum() < want["n_positive"].sum()  # the option changes what is counted
    code, out, err = run_cli(["frames", "--uses", "evaluatve"])
    assert code == 2
    assert error_lines(err) == ["discourse frames: error: --uses 'evaluatve' is not valid; give all or one or more of "
                                "evaluative, referential, distanced, reported, comma-separated (e.g. --uses "
                                "evaluative,reported) (--debug shows the traceback)"]


# ------------------------------------------------------------------------------------------ docstrings
def _documented(doc: str) -> set[str]:
    """The names of a numpydoc ``Parameters`` section (``a, b : type`` lines; ``**kwargs`` as ``kwargs``)."""
    import inspect
    import re

    doc = inspect.cleandoc(doc or "")
    section = re.search(r"^Parameters\n-+\n(.*?)(?=^\w[\w ]*\n-+\n|\Z)", doc, re.S | re.M)
    assert section, "no Parameters section"
    names = set()
    for line in section.group(1).splitlines():
        m = re.match(r"^(\*{0,2}[A-Za-z_]\w*(?:\s*,\s*\*{0,2}[A-Za-z_]\w*)*)\s*(:\s|:$|$)", line)
        if m:
            names |= {n.strip().lstrip("*") for n in m.group(1).split(",")}
    return names


@pytest.mark.parametrize("name", ["count_frames", "frame_balance", "frame_scores", "frame_sensitivity",
                                  "find_frame_terms", "find_contested_sentences", "frame_keyness", "keyness",
                                  "kwic", "collocates", "Lexicon"])
def test_the_documented_parameters_are_the_signatures(name):
    import inspect

    obj = getattr(dc, name)
    params = set(inspect.signature(obj).parameters) - {"self"}
    # frame_sensitivity had documented 3 of its 10 parameters, find_contested_sentences 1 of 6
    assert _documented(obj.__doc__) == params


# ------------------------------------------------------------------------------------------ topic model options
@pytest.mark.parametrize("options, message", [
    # bool("no") is True: phrases="no" had learned phrases
    ({"phrases": "no"}, r"phrases='no' is not valid; choose one of: 'auto', True, False"),
    # these had failed inside gensim: "Unable to determine proper alpha value given 'autoo'",
    # "threshold should be positive for default scoring"
    ({"alpha": "autoo"}, r"alpha='autoo' is not valid; choose one of: 'auto', 'symmetric', 'asymmetric'"),
    ({"eta": "asymmetric"}, r"eta='asymmetric' is not valid; choose one of: 'auto', 'symmetric'"),
    ({"phrase_threshold": -1}, r"phrase_threshold=-1 must be > 0"),
])
def test_topic_model_options_are_checked_before_gensim(tiny_corpus, options, message):
    tokens = dc.tokenize(tiny_corpus)
    with pytest.raises(ValueError, match=message):
        dc.TopicModel(2, passes=1, iterations=5, min_count=1, max_doc_share=1.0, **options).fit(tokens)


def test_named_priors_and_phrase_switches_still_fit(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for options in ({"alpha": "symmetric", "eta": "auto"}, {"alpha": 0.1, "eta": None}, {"phrases": False},
                        {"phrases": "auto"}):
            model = dc.TopicModel(2, passes=1, iterations=5, min_count=1, max_doc_share=1.0, **options).fit(tokens)
            assert model.doc_topic_.shape[1] == 2


def test_find_duplicates_names_what_it_needs(tiny_corpus):
    assert dc.find_duplicates(tiny_corpus).empty
    # a DataFrame had failed inside pandas: "'DataFrame' object has no attribute 'documents'"
    with pytest.raises(TypeError, match=r"find_duplicates needs a Corpus .*got DataFrame; .*Corpus.from_dataframe"):
        dc.find_duplicates(tiny_corpus.documents)


def test_find_matches_documents_the_columns_it_returns(year_tokens):
    import re

    got = dc.load_lexicon().find_matches(year_tokens)
    assert list(got.columns) == __import__("discourse.lexicon", fromlist=["MATCH_COLUMNS"]).MATCH_COLUMNS
    returns = dc.Lexicon.find_matches.__doc__.split("Returns")[1]
    documented = set(re.findall(r"``([a-z_]+)``", returns))
    # the docstring had named a ``category`` column; the table's column is ``frame``, as in every frame table
    assert set(got.columns) <= documented and "category" not in documented


@pytest.mark.parametrize("call", [
    lambda t: dc.count_terms(t, by=["source", "source"]),
    lambda t: dc.keyness(dc.count_terms(t), by=["source", "source"], target=("Vendor", "Vendor")),
    lambda t: dc.count_frames(t, by=["source", "source"]),
    lambda t: dc.kwic(t, "privacy", by=["source", "source"]),
    lambda t: dc.collocates(t, "privacy", by=["source", "source"]),
], ids=["count_terms", "keyness", "count_frames", "kwic", "collocates"])
def test_a_group_column_named_twice_gets_one_message_everywhere(year_tokens, call):
    # count_terms had failed inside pandas ("cannot insert source, already exists"), keyness had looked for
    # the target ('Vendor', 'Vendor') among 'Vendor / Vendor', ...; count_frames said "names a column twice"
    with pytest.raises(ValueError, match=r"^by=\['source', 'source'\] names 'source' more than once; name each "
                                         r"column once$"):
        call(year_tokens)


def test_topic_tables_refuse_a_group_column_named_twice(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=1, iterations=5, min_count=1, max_doc_share=1.0).fit(tokens)
    for call in (dc.topic_prevalence, dc.topic_frames, dc.frame_packages):
        # pandas had said "The column label 'source' is not unique."
        with pytest.raises(ValueError, match=r"^by=\['source', 'source'\] names 'source' more than once"):
            call(model, by=["source", "source"])


def test_frex_weight_is_named_as_the_parameter_is(tiny_corpus):
    tokens = dc.tokenize(tiny_corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=1, iterations=5, min_count=1, max_doc_share=1.0).fit(tokens)
    # the message had named "frex weight", and a string failed on a comparison inside topic_measures.frex
    for call in (lambda w: dc.label_topics(model, frex_weight=w), lambda w: model.topic_terms(frex_weight=w),
                 lambda w: model.labels(frex_weight=w)):
        with pytest.raises(ValueError, match=r"^frex_weight=2 must be from 0 to 1"):
            call(2)
        with pytest.raises(TypeError, match=r"^frex_weight must be a number from 0 to 1 .*got str"):
            call("0.5")
    # FREX = 1 / (w / ECDF(exclusivity) + (1 - w) / ECDF(frequency)) (Roberts et al. 2016): w = 0 ranks
    # by frequency alone, so the top terms by FREX are the top terms by probability
    terms = model.topic_terms(top_n=3, frex_weight=0.0)
    for _, t in terms.groupby("topic"):
        assert set(t.loc[t["rank_frex"] <= 3, "term"]) == set(t.loc[t["rank_probability"] <= 3, "term"])


# ------------------------------------------------------------------------------------------ switches
@pytest.mark.parametrize("call, param", [
    (lambda t, c: dc.count_terms(t, drop_stop="False"), "drop_stop"),
    (lambda t, c: dc.collocates(t, "privacy", drop_punct="no"), "drop_punct"),
    (lambda t, c: dc.to_dtm(t, drop_stop="False"), "drop_stop"),
    (lambda t, c: dc.tokenize(c, quotes="false"), "quotes"),
    (lambda t, c: dc.load_corpus(c.documents, clean="no"), "clean"),
    (lambda t, c: dc.Corpus.from_dataframe(c.documents, html_entities="False"), "html_entities"),
    (lambda t, c: dc.TopicModel(2, drop_stop="no").fit(t), "drop_stop"),
], ids=["count_terms", "collocates", "to_dtm", "tokenize", "load_corpus", "from_dataframe", "TopicModel"])
def test_a_switch_given_as_text_is_refused(tiny_corpus, call, param):
    tokens = dc.tokenize(tiny_corpus)
    # every non-empty string is true: drop_stop="False" had dropped the stopwords without a word
    with pytest.raises(TypeError, match=rf"^{param} must be True or False, got str: "):
        call(tokens, tiny_corpus)


def test_a_switch_still_takes_numpy_bools_and_zero_or_one(tiny_corpus):
    import numpy as np

    tokens = dc.tokenize(tiny_corpus)
    kept = dc.count_terms(tokens, drop_stop=False)
    for value in (np.bool_(False), 0):
        pd.testing.assert_frame_equal(dc.count_terms(tokens, drop_stop=value), kept)
    assert len(dc.count_terms(tokens, drop_stop=1)) < len(kept)


# ------------------------------------------------------------------------------------------ loading options
def test_streams_take_html_entities_as_load_corpus_does(tmp_path):
    path = tmp_path / "posts.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "source": ["X", "Y"],
                  "text": ["Privacy &amp; rights &quot;matter&quot; here.", "Smart city &amp; safe city."]}
                 ).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kept = dc.count_terms(dc.tokenize(dc.load_corpus(path, html_entities=False)))
        decoded = dc.count_terms(dc.tokenize(dc.load_corpus(path)))
        # the streams had no html_entities=: they always decoded, so "amp" (2) and "quot" (2) could not be kept,
        # although their warning said "Pass html_entities=False (--keep-entities) to keep them as written"
        streamed = dc.count_terms_stream(path, html_entities=False)
        chunks = list(dc.iter_corpus(path, html_entities=False))
        frames = dc.count_frames_stream(path, html_entities=False, voice=False)
    assert kept.groupby("term")["n"].sum()[["amp", "quot"]].tolist() == [2, 2]
    assert streamed[["source", "term", "n"]].reset_index(drop=True).equals(kept[["source", "term", "n"]])
    assert dc.count_terms_stream(path)[["source", "term", "n"]].reset_index(drop=True).equals(
        decoded[["source", "term", "n"]])
    assert chunks[0].documents["text"].tolist()[0] == "Privacy &amp; rights &quot;matter&quot; here."
    # the word tokens of each source, "amp" and "quot" among them
    assert frames.groupby("source")["n_tokens"].first().tolist() == kept.groupby("source")["n"].sum().tolist()


def test_streams_take_the_folder_options_their_errors_name(tmp_path):
    (tmp_path / "a.txt").write_text("Privacy matters.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Smart city.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,source\na.txt,X\n", encoding="utf-8")
    # the error names unlisted='include', which count_terms_stream and iter_corpus did not take (a TypeError)
    with pytest.raises(dc.InputError, match=r"pass unlisted='include'"):
        dc.count_terms_stream(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = dc.count_terms(dc.tokenize(dc.load_corpus(tmp_path, unlisted="include")))
        got = dc.count_terms_stream(tmp_path, unlisted="include")
        chunks = list(dc.iter_corpus(tmp_path, unlisted="skip"))
    assert got[["source", "term", "n"]].equals(want[["source", "term", "n"]])
    assert set(got["term"]) == {"privacy", "matters", "smart", "city"}
    assert [c.documents["source"].tolist() for c in chunks] == [["X"]]
    with pytest.raises(ValueError, match=r"unlisted='keep' is not valid; choose one of: 'error', 'include', 'skip'"):
        dc.count_frames_stream(tmp_path, unlisted="keep")


def test_the_command_names_the_title_and_author_columns_as_load_corpus_does(tmp_path):
    from tests.test_hostile import error_lines, run_cli

    path = tmp_path / "scrape.csv"
    pd.DataFrame({"id": ["1", "2"], "outlet": ["A", "B"], "headline": ["Safe cities", "Privacy"],
                  "byline": ["Jane Roe", "John Doe"],
                  "body": ["Smart city systems. Privacy.", "Mass surveillance of people."]}).to_csv(path, index=False)
    # load_corpus(title=, author=) had no flag: --text, --doc-id, --source and --date had
    code, out, err = run_cli(["kwic", str(path), "privacy", "--text", "body", "--doc-id", "id", "--source", "outlet",
                              "--title", "headline", "--author", "byline", "--by", "title",
                              "--out", str(tmp_path / "lines.csv")])
    assert code == 0, err
    lines = pd.read_csv(tmp_path / "lines.csv")
    assert lines["title"].tolist() == ["Safe cities"]
    code, out, err = run_cli(["corpus", str(path), "--text", "body", "--title", "headlne"])
    assert code == 2
    assert "title='headlne': no such column" in error_lines(err)[0] and "(--title)" in error_lines(err)[0]


def test_ci_takes_the_same_values_everywhere(year_tokens):
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = dc.TopicModel(2, passes=1, iterations=5, min_count=1, max_doc_share=1.0).fit(year_tokens)
    doc_counts = dc.count_terms(year_tokens, by="doc_id")
    calls = {
        "frame_balance": lambda ci: dc.frame_balance(year_tokens, ci=ci, n_boot=10),
        "topic_prevalence": lambda ci: dc.topic_prevalence(model, ci=ci, n_boot=10),
        "frame_packages": lambda ci: dc.frame_packages(model, ci=ci, n_boot=10),
        "estimate_effect": lambda ci: dc.estimate_effect(model, "source", ci=ci, n_sims=2, n_coef_draws=2),
        "Wordscores": lambda ci: dc.Wordscores(ci=ci).fit(doc_counts, {"a1": 1, "b1": -1}).transform(doc_counts),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for call in calls.values():
            call(np.float32(0.9))  # a numpy float had been a TypeError in the topic tables, taken elsewhere
            with pytest.raises(TypeError, match=r"^ci must be a confidence level strictly between 0 and 1 "
                                                r"\(e.g. 0.95\), got str: '0.9'$"):
                call("0.9")  # (a ValueError in frame_balance)
            with pytest.raises(ValueError, match=r"^ci=95 must be a confidence level strictly between 0 and 1"):
                call(95)


def test_frame_balance_refuses_a_bool_or_fraction_of_resamples_as_the_topic_tables_do(year_tokens):
    with pytest.raises(TypeError, match=r"^n_boot must be an int \(bootstrap resamples; 0 turns the intervals off\)"):
        dc.frame_balance(year_tokens, n_boot=True)
    with pytest.raises(TypeError, match=r"^n_boot must be an int"):
        dc.frame_balance(year_tokens, n_boot=1.5)
    with pytest.raises(ValueError, match=r"^n_boot=-1 must be at least 0"):
        dc.frame_balance(year_tokens, n_boot=-1)


def test_window_is_checked_alike_in_kwic_and_find_frame_terms(year_tokens):
    for call in (lambda w: dc.kwic(year_tokens, "privacy", window=w), lambda w: dc.find_frame_terms(year_tokens, window=w)):
        with pytest.raises(TypeError, match=r"^window must be an int \(tokens on each side\), got float: 1.5$"):
            call(1.5)  # find_frame_terms had said ValueError
        with pytest.raises(ValueError, match=r"^window=-1 must be >= 0 \(tokens of context on each side\)$"):
            call(-1)
