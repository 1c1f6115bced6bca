"""One parameter grammar across the public API (README, "Parameter names").

A name means one thing everywhere: ``random_state``/``random_states`` are random seeds and ``seeds`` are seed
words; ``top_n`` is how many top-ranked items to keep or show, and ``n`` a count (the column of the tidy
tables), never an option; options after the data are keyword-only; a switch is True or False. An old name still
works for one release with a DeprecationWarning naming the new one, through one helper for every alias, and the
command line follows the same grammar with the same defaults as the functions it runs."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import warnings

import matplotlib
import pandas as pd
import pytest

import discourse as dc
from discourse._util import renamed_params
from discourse.cli import build_parser
from discourse.errors import DeprecatedNameWarning

matplotlib.use("Agg")

FAST = {"passes": 2, "iterations": 20, "phrases": False, "min_count": 1, "max_doc_share": 1.0}


@pytest.fixture(scope="module")
def tiny_tokens(tiny_corpus):
    return dc.tokenize(tiny_corpus)


@pytest.fixture(scope="module")
def model(tiny_tokens):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.TopicModel(2, random_state=0, **FAST).fit(tiny_tokens)


def _old_and_new(old, new):
    """``old()`` warns a DeprecatedNameWarning and returns what ``new()`` returns without a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new form: no warning at all
        expected = new()
    with pytest.warns(DeprecationWarning) as record:
        got = old()
    assert all(issubclass(w.category, DeprecatedNameWarning) for w in record)
    return got, expected, [str(w.message) for w in record]


# ------------------------------------------------------------------------------------------ the one helper
def test_the_warning_is_a_deprecation_and_a_future_warning():
    # DeprecationWarning as Python's convention asks; FutureWarning as the earlier renames warned, so
    # filters written for those still catch it
    assert issubclass(DeprecatedNameWarning, DeprecationWarning)
    assert issubclass(DeprecatedNameWarning, FutureWarning)


def test_the_helper_maps_old_names_and_options_once_positional():
    @renamed_params(n="top_n", positional=("top_n",))
    def labels(data, *, top_n: int = 3, weight: float = 0.5):
        return data, top_n, weight

    with pytest.warns(DeprecationWarning, match=r"labels\(n=\.\.\.\) is deprecated.*use top_n="):
        assert labels("d", n=5) == ("d", 5, 0.5)
    with pytest.warns(DeprecationWarning, match=r"labels\(\) with top_n given by position.*use top_n=7"):
        assert labels("d", 7) == ("d", 7, 0.5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert labels("d", top_n=4) == ("d", 4, 0.5)
    with pytest.raises(TypeError, match=r"both n= \(deprecated\) and top_n="):
        labels("d", n=1, top_n=2)
    with pytest.raises(TypeError, match="takes 2 positional arguments but 3 were given"):
        labels("d", 1, 2)
    with pytest.raises(TypeError, match="multiple values for argument 'top_n'"):
        labels("d", 1, top_n=2)
    # the signature a user reads is the new one
    assert list(inspect.signature(labels).parameters) == ["data", "top_n", "weight"]


def test_renamed_functions_and_flags_warn_through_the_same_helper(model):
    with pytest.warns(DeprecatedNameWarning, match=r"topics_by\(\) is deprecated.*use topic_prevalence\(\)"):
        dc.topics_by(model, n_boot=0)
    with pytest.warns(DeprecatedNameWarning, match="--seed is deprecated.*use --random-state"):
        build_parser().parse_args(["frames", "--seed", "3"])


# ------------------------------------------------------------------------------------------ seeds
def test_choose_k_takes_random_states_and_seeds_still_works(tiny_tokens):
    # seeds= meant random seeds here and seed words in LatentSemanticScaling and suggest_terms
    assert "random_states" in inspect.signature(dc.choose_k).parameters
    assert "seeds" not in inspect.signature(dc.choose_k).parameters
    kw = dict(ks=[2], measures="u_mass", unit="document", **FAST)
    got, expected, said = _old_and_new(lambda: dc.choose_k(tiny_tokens, seeds=(0, 1), **kw),
                                       lambda: dc.choose_k(tiny_tokens, random_states=(0, 1), **kw))
    pd.testing.assert_frame_equal(got, expected)
    assert said == ["choose_k(seeds=...) is deprecated and will be removed in the next release; use random_states="]
    with pytest.raises(ValueError, match=r"random_states is empty; give at least one random seed"):
        dc.choose_k(tiny_tokens, random_states=(), **kw)


def test_seeds_are_seed_words_wherever_they_are_a_parameter():
    takes = sorted(where for where, f in _public_callables() if "seeds" in _parameters(f))
    assert takes == ["LatentSemanticScaling.__init__", "suggest_terms"]


# ------------------------------------------------------------------------------------------ top_n
def test_terms_per_topic_are_top_n_everywhere(model):
    got, expected, said = _old_and_new(lambda: model.labels(n=2), lambda: model.labels(top_n=2))
    assert got == expected and len(got[0].split(", ")) == 2
    assert said == ["TopicModel.labels(n=...) is deprecated and will be removed in the next release; use top_n="]
    got, expected, _ = _old_and_new(lambda: model.labels(2), lambda: model.labels(top_n=2))
    assert got == expected
    got, expected, said = _old_and_new(lambda: model.topic_terms(4), lambda: model.topic_terms(top_n=4))
    pd.testing.assert_frame_equal(got, expected)
    assert "use top_n=4" in said[0]
    got, expected, _ = _old_and_new(lambda: model.top_terms(3), lambda: model.top_terms(top_n=3))
    assert got == expected and [len(t) for t in got] == [3, 3]
    got, expected, _ = _old_and_new(lambda: dc.label_topics(model, n=2), lambda: dc.label_topics(model, top_n=2))
    pd.testing.assert_frame_equal(got, expected)
    assert got["rank"].max() == 2
    got, expected, _ = _old_and_new(lambda: dc.find_thoughts(model, n=1), lambda: dc.find_thoughts(model, top_n=1))
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) == 2  # one unit for each of the two topics


def test_keyness_and_suggestions_take_top_n(tiny_tokens):
    counts = dc.count_terms(tiny_tokens, by="source")
    got, expected, said = _old_and_new(lambda: dc.keyness_all(counts, top=2), lambda: dc.keyness_all(counts, top_n=2))
    pd.testing.assert_frame_equal(got, expected)
    assert said == ["keyness_all(top=...) is deprecated and will be removed in the next release; use top_n="]
    # top_n=2 keeps two terms at each end of each of the two contrasts (group vs rest)
    assert got.groupby("target").size().max() <= 4 < len(dc.keyness_all(counts))
    seeds = {"rights": ["privacy"]}
    got, expected, _ = _old_and_new(
        lambda: dc.suggest_terms(tiny_tokens, seeds=seeds, n=2, min_count=1, word2vec=False),
        lambda: dc.suggest_terms(tiny_tokens, seeds=seeds, top_n=2, min_count=1, word2vec=False))
    pd.testing.assert_frame_equal(got, expected)
    assert 0 < len(got) <= 2


def test_plots_take_top_n_and_a_hits_column(tiny_tokens):
    counts = dc.count_terms(tiny_tokens, by="source")
    key = dc.keyness(counts, target="Vendor")
    ax_old, ax_new, _ = _old_and_new(lambda: dc.plot_keyness(key, n=1), lambda: dc.plot_keyness(key, top_n=1))
    assert len(ax_old.patches) == len(ax_new.patches) == 2
    frames = dc.count_frames(tiny_tokens, by=["source", "speaker"])
    # plot_voice_breakdown's count column was n= (n is the count column's name, hits= in the other plots) and
    # its number of speakers top=
    ax_old, ax_new, said = _old_and_new(lambda: dc.plot_voice_breakdown(frames, n="n", top=1),
                                        lambda: dc.plot_voice_breakdown(frames, hits="n", top_n=1))
    assert [t.get_text() for t in ax_old.get_yticklabels()] == [t.get_text() for t in ax_new.get_yticklabels()]
    assert sorted(said) == sorted(f"plot_voice_breakdown({o}=...) is deprecated and will be removed in the next "
                                  f"release; use {n}=" for o, n in (("n", "hits"), ("top", "top_n")))
    with pytest.raises(ValueError, match=r"missing column\(s\) 'count'"):
        dc.plot_voice_breakdown(frames, hits="count")


def test_smoothing_and_chunksize_have_one_name_each(tiny_corpus, tiny_tokens):
    # Wordscores(smooth=) is the pseudo-count frame_balance and frame_sensitivity call smoothing=
    counts = dc.count_terms(tiny_tokens, by="doc_id")
    positions = {"a1": 1.0, "b1": -1.0}
    got, expected, said = _old_and_new(lambda: dc.Wordscores(smooth=0.5).fit(counts, positions).wordscores_,
                                       lambda: dc.Wordscores(smoothing=0.5).fit(counts, positions).wordscores_)
    pd.testing.assert_frame_equal(got, expected)
    assert said == ["Wordscores(smooth=...) is deprecated and will be removed in the next release; use smoothing="]
    # smoothing changes the scores: 0.5 added to every reference count is not LBG's unsmoothed method
    assert not got.equals(dc.Wordscores().fit(counts, positions).wordscores_)
    ws = dc.Wordscores(smoothing=0.5)
    assert repr(ws).startswith("Wordscores(smoothing=0.5")
    with pytest.warns(DeprecatedNameWarning, match=r"Wordscores\.smooth is deprecated.*use Wordscores\.smoothing"):
        assert ws.smooth == 0.5
    # Corpus.batches(size=) is iter_corpus's and the streams' chunksize=
    got, expected, _ = _old_and_new(lambda: [list(p.documents["doc_id"]) for p in tiny_corpus.batches(size=3)],
                                    lambda: [list(p.documents["doc_id"]) for p in tiny_corpus.batches(chunksize=3)])
    ids = list(tiny_corpus.documents["doc_id"])
    assert got == expected == [ids[:3], ids[3:]] and len(ids) == 4
    with pytest.raises(ValueError, match="chunksize must be a positive integer, got 0"):
        next(tiny_corpus.batches(0))


def _parameters(func) -> list[str]:
    try:
        return list(inspect.signature(func).parameters)
    except (TypeError, ValueError):  # a builtin without a signature (an exception class's __init__)
        return []


def _public_callables():
    for name in dc.__all__:
        obj = getattr(dc, name)
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if callable(member) and (not attr.startswith("_") or attr == "__init__"):
                    yield f"{name}.{attr}", member
        elif callable(obj):
            yield name, obj


def test_no_public_signature_uses_an_old_name():
    # n is a count (the column of every tidy table) and top was top_n's other name: neither is an option now;
    # the old names live only in the aliases that warn
    old = {"n", "top"}
    found = sorted(f"{where}({p})" for where, f in _public_callables() for p in _parameters(f) if p in old)
    assert found == []


def test_options_that_were_positional_are_keyword_only(model):
    for method in (dc.TopicModel.labels, dc.TopicModel.topic_terms, dc.TopicModel.top_terms):
        kinds = {p.name: p.kind for p in inspect.signature(method).parameters.values()}
        assert kinds["top_n"] is inspect.Parameter.KEYWORD_ONLY


# ------------------------------------------------------------------------------------------ the command line
def test_the_command_line_takes_the_new_flags_and_the_old_ones_warn():
    parser = build_parser()
    assert parser.parse_args(["keyness", "--top-n", "3"]).top_n == 3
    assert parser.parse_args(["keyness"]).top_n == 15
    with pytest.warns(DeprecatedNameWarning, match="--top is deprecated.*use --top-n"):
        assert parser.parse_args(["keyness", "--top", "4"]).top_n == 4
    assert parser.parse_args(["topics", "-k", "3"]).n_topics == 3
    assert parser.parse_args(["topics", "--n-topics", "4"]).n_topics == 4
    assert parser.parse_args(["topics"]).n_topics == 6
    with pytest.warns(DeprecatedNameWarning, match="--k is deprecated.*use --n-topics"):
        assert parser.parse_args(["topics", "--k", "5"]).n_topics == 5
    assert parser.parse_args(["report", "--n-topics", "3"]).n_topics == 3
    assert parser.parse_args(["report"]).n_topics is None
    with pytest.warns(DeprecatedNameWarning, match="--topics is deprecated.*use --n-topics"):
        assert parser.parse_args(["report", "--topics", "3"]).n_topics == 3
    assert parser.parse_args(["topics", "--choose-k", "2:3", "--n-random-states", "2"]).n_random_states == 2
    with pytest.warns(DeprecatedNameWarning, match="--n-seeds is deprecated.*use --n-random-states"):
        assert parser.parse_args(["topics", "--choose-k", "2:3", "--n-seeds", "2"]).n_random_states == 2
    with pytest.raises(SystemExit), warnings.catch_warnings():  # -k and --choose-k exclude each other, any name
        warnings.simplefilter("ignore", DeprecatedNameWarning)
        parser.parse_args(["topics", "--k", "3", "--choose-k", "2:3"])


def test_an_old_flag_is_shown_to_whoever_runs_the_command():
    # a DeprecationWarning is shown by default only for code in __main__, and argparse reads the flags: the
    # command shows its own old flags, in a process with Python's default warning filters
    code = "import sys; from discourse.cli import main; sys.exit(main(['keyness', '--top', '2']))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("discourse: warning: --top is deprecated and will be removed in the next release; use --top-n\n"
            in done.stderr)
    assert "top 2 of" in done.stdout


def test_the_command_line_defaults_are_the_functions_defaults():
    parser = build_parser()

    def default(func, param):
        return inspect.signature(func).parameters[param].default

    # discourse kwic had --window 6 where kwic(window=5): the same query gave other lines
    assert parser.parse_args(["kwic", "privacy"]).window == default(dc.kwic, "window") == 5
    assert parser.parse_args(["frames"]).window == default(dc.find_frame_terms, "window")
    assert parser.parse_args(["topics"]).top_n == default(dc.TopicModel.topic_terms, "top_n")
    assert parser.parse_args(["topics"]).min_count == default(dc.TopicModel, "min_count")
    assert parser.parse_args(["topics"]).max_doc_share == default(dc.TopicModel, "max_doc_share")


# ------------------------------------------------------------------------------------------ bad values
@pytest.mark.parametrize("func", [dc.paragraphs, dc.sentences])
@pytest.mark.parametrize("bad", [3, b"Privacy matters.", None])
def test_text_functions_name_a_text_that_is_not_a_string(func, bad):
    # paragraphs(3) raised the compiled scan's "argument 1 must be str, not int"
    with pytest.raises(TypeError, match=r"text must be a str \(one document's text.*got (int|bytes|NoneType)"):
        func(bad)


def test_an_empty_category_selection_is_an_error(tiny_tokens):
    # count_frames(categories=[]) returned an empty table, which reads as "no hits"
    for call in (lambda: dc.count_frames(tiny_tokens, categories=[]),
                 lambda: dc.find_frame_terms(tiny_tokens, categories=()),
                 lambda: dc.load_lexicon("framing").select([])):
        with pytest.raises(ValueError, match=r"categories is empty: name at least one category of lexicon "
                                             r"'framing' \('promotional', 'rights'.*or pass categories=None"):
            call()
    assert len(dc.count_frames(tiny_tokens, categories=["rights"])) > 0


@pytest.mark.parametrize("param,call", [
    ("case_sensitive", lambda t, c: dc.kwic(t, "Privacy", case_sensitive="False")),
    ("prefix_ids", lambda t, c: dc.concat_corpora({"a": c, "b": c}, prefix_ids="False")),
    ("pairs", lambda t, c: dc.keyness_all(dc.count_terms(t), pairs="False")),
    ("pairs", lambda t, c: dc.frame_keyness(t, pairs="no")),
    ("quotes", lambda t, c: dc.count_frames_stream(c, quotes="False")),
    ("quotes", lambda t, c: dc.FrameMatcher().count(c, quotes="False")),
    ("set_aside", lambda t, c: dc.FrameMatcher().find_hits(c, set_aside="False")),
    ("voice_words", lambda t, c: dc.FrameMatcher().frame_arrays(c, voice_words="False")),
    ("rescale", lambda t, c: dc.LatentSemanticScaling(seeds={"p": ["smart"], "n": ["privacy"]},
                                                      rescale="False", k=2).fit(t)),
    ("counts", lambda t, c: dc.plot_frame_balance(dc.frame_balance(t, n_boot=0), counts="False")),
    ("normalize", lambda t, c: dc.plot_voice_breakdown(dc.find_frame_terms(t), normalize="False")),
    ("explore", lambda t, c: dc.build_report(c, explore="False")),
])
def test_a_switch_given_as_a_string_is_refused(tiny_corpus, tiny_tokens, param, call):
    # every non-empty string is true in Python: kwic(case_sensitive="False") matched the case as written (0 of
    # the seeds' 6 lines of "Privacy"), concat_corpora(prefix_ids="False") prefixed every id
    with pytest.raises(TypeError, match=rf"{param} must be True or False, got str"):
        call(tiny_tokens, tiny_corpus)


def test_kwic_case_sensitive_false_finds_every_case(seed_tokens):
    # the seeds have "privacy" 0 times capitalised as written in the query and 6 times in some case
    assert len(dc.kwic(seed_tokens, "Privacy", case_sensitive=False)) == len(dc.kwic(seed_tokens, "privacy")) == 6
    assert len(dc.kwic(seed_tokens, "Privacy", case_sensitive=True)) == 0
