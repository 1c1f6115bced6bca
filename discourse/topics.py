"""Topic models across sources: the :class:`TopicModel` (gensim LDA, NMF on TF-IDF, ensembles), its labels.

:class:`TopicModel` fits a topic model on *units* cut from the token table of :func:`discourse.tokenize`:
paragraphs (the default, because a handful of news articles are too few documents for a topic model),
sentences, windows of tokens, or whole documents. It follows scikit-learn's conventions: ``__init__`` only
stores the parameters, :meth:`TopicModel.fit` returns the model, everything learned ends in ``_``, and
:meth:`TopicModel.transform` gives topic proportions of documents not in the fit. Preprocessing (amounts
kept whole, lexicon phrases, collocations, stopwords, reporting verbs, frequency filters) lives in
:mod:`discourse.topic_prep` and is listed step by step in :attr:`TopicModel.filter_report_`.

Training converges by default: the number of documents per update, the passes and the inference
iterations are chosen from the corpus size, LDA stops when the per-word bound stops improving, and the
choices and the bound after every pass are recorded in :attr:`TopicModel.fit_report_`.

Tables: :meth:`TopicModel.topic_terms` and :func:`label_topics` (probability, FREX, lift and score as STM's
``labelTopics``, Roberts, Stewart & Tingley 2019), :meth:`TopicModel.doc_topics`, :func:`find_thoughts`
(the most representative units of a topic, with their text), :meth:`TopicModel.coherence` (c_v, c_npmi,
u_mass of Röder et al. 2015), :func:`choose_k` (coherence and stability across seeds). Prevalence by group
and regressions of topic proportions on covariates are in :mod:`discourse.topic_effects`; topic x frame
tables and frame packages in :mod:`discourse.topic_packages`; the term measures (FREX, lift, score) in
:mod:`discourse.topic_measures`; the NMF solver and TF-IDF matrix in :mod:`discourse.topic_nmf`.

Determinism: the same token table, parameters and ``random_state`` give identical tables. gensim's
``LdaMulticore`` is not seed-stable (its workers update the model in an order the operating system
chooses), so the single-process ``LdaModel`` is used for ``method="lda"`` and inside the ensemble;
coherence runs with ``processes=1``. Document-topic proportions are inferred once, at fit time, because
gensim's inference draws its starting point from the model's random state and would otherwise differ
between calls; :meth:`TopicModel.transform` reseeds the inference from ``random_state`` on every call.
"""

from __future__ import annotations

import math
import pickle
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    _fmt,
    as_list,
    check_count,
    check_dataframe,
    check_flag,
    check_one_of,
    check_seed,
    check_type,
    plain_value,
    progress,
    renamed_params,
)
from .topic_measures import frex, lift, score
from .topic_nmf import bow_matrix, nmf_hals
from .topic_prep import PreparedUnits, corpus_supported, prepare_corpus_units, prepare_units

# gensim's LDA inference multiplies its matrices with numpy's dot (ldamodel.inference, 'phinorm = np.dot(...)'); the
# OpenBLAS that numpy ships sets the floating-point 'invalid' flag now and then in its threaded kernels although every
# value is finite (numpy/numpy#24067, OpenMathLib/OpenBLAS#1924), and numpy turns the flag into a RuntimeWarning
# 'invalid value encountered in dot' that comes and goes between identical runs. The flag is ignored around gensim's
# calls, and the fitted matrices are checked for values that are not finite instead (an error naming the fix)


def _blas_flags() -> np.errstate:
    """A fresh ``np.errstate(invalid="ignore")`` (one cannot be entered twice), for gensim's LDA calls."""
    return np.errstate(invalid="ignore")

__all__ = ["TopicModel", "choose_k", "label_topics", "find_thoughts", "check_model", "auto_settings"]

METHODS = ("lda", "nmf", "ensemble")
INITS = ("nmf", "random")
UNITS = ("paragraph", "sentence", "window", "document")
MEASURES = ("c_v", "c_npmi", "u_mass")
SIMILARITIES = ("jaccard", "cosine")
_FORMAT = "discourse.TopicModel/2"


# ------------------------------------------------------------------------------------------ helpers
def _not_fitted(name: str) -> ValueError:
    return ValueError(f"this TopicModel is not fitted yet; call .fit(tokens) before .{name}()")


def auto_settings(n_units: int, n_words: int, init: str = "nmf") -> dict[str, int]:
    """Training settings from the corpus size (what ``passes=None`` etc. resolve to).

    ``chunksize`` (units per update) depends on the start. From the NMF start (``init="nmf"``), the whole
    corpus up to 10,000 units (one update per pass: batch variational Bayes; beyond, updates of 10,000
    units): gensim's first update has weight 1 (``rho = offset ** -decay``, Hoffman et al. 2010) and would
    replace the starting topics by those of its chunk alone, so small chunks throw the start away (on the
    UN benchmark of ``benchmarks/bench_topics.py`` the NMI of decade fell from 0.27 to 0.15 with 16 updates
    per pass). From a random start, about 16 updates per pass (16 to 2,000 units per update), which online
    VB needs to forget its start (on Brown, batch updates from a random start lost 0.01 of NMI).
    ``passes``: at most ``ceil(10,000 / units)`` between 2 and 50, so a corpus of 100 paragraphs is seen 50
    times, one of 2,500 documents 4 times and one of 100,000 twice (LDA stops earlier when the per-word
    bound converges); ``iterations``: 50 inference iterations per document, gensim's default (it stops a
    document earlier once its proportions change by less than 0.001). From the NMF start the NMI of the
    Brown and UN benchmarks was within 0.01 of its tenth-pass value after two passes.
    """
    if init == "nmf":
        chunksize = int(max(1, min(n_units, 10000)))
    else:
        chunksize = int(min(2000, max(16, math.ceil(n_units / 16))))
    passes = int(min(50, max(2, math.ceil(10000 / max(n_units, 1)))))
    return {"chunksize": chunksize, "passes": passes, "iterations": 50}


def _distinct_units(prep: PreparedUnits, enough: int) -> int:
    """How many distinct bags of words the units of ``prep`` hold, counted up to ``enough`` (the number of
    topics: a model cannot tell apart more topics than there are different units; identical documents gave
    the NMF start a zero matrix, and a traceback from scipy's ARPACK)."""
    seen: set = set()
    m = prep.matrix
    if m is not None:
        m = m.tocsr()
        ptr, idx, val = m.indptr, m.indices, m.data
        for i in range(m.shape[0]):
            a, b = ptr[i], ptr[i + 1]
            seen.add((idx[a:b].tobytes(), val[a:b].tobytes()))
            if len(seen) >= enough:
                break
    else:
        for bow in prep.corpus:
            seen.add(tuple(bow))
            if len(seen) >= enough:
                break
    return len(seen)


def _nmf_start(model: Any, corpus: Any, dictionary: Any, counts: np.ndarray, k: int, seed: int) -> str:
    """Start a gensim LDA model from the topics of an NMF of the TF-IDF matrix: every term's corpus count
    is shared among the topics in proportion to the term's NMF weights (the expected counts, ``sstats``,
    that gensim's topics are computed from). Returns what was done, for ``fit_report_``."""
    from gensim.models import TfidfModel

    x = bow_matrix(corpus, len(dictionary), TfidfModel(dictionary=dictionary))
    if min(x.shape) < 2 or x.nnz == 0:
        return "random (gensim): too few units or terms for an NMF start"
    if x.count_nonzero() == 0:
        return "random (gensim): every term occurs in every unit, so the TF-IDF matrix of an NMF start is zero"
    _, h, n_iter, _ = nmf_hals(x, k, random_state=seed, max_iter=100, tol=1e-3)
    col = h.sum(axis=0, keepdims=True)
    share = np.divide(h, col, out=np.full_like(h, 1.0 / k), where=col > 0)
    model.state.sstats[...] = share * counts[None, :]
    model.sync_state()
    return f"nmf: topics of an NMF of TF-IDF ({n_iter} HALS iterations)"


def _bound(model: Any, sample: list[list[tuple[int, int]]]) -> float:
    """gensim's ``LdaModel.bound(sample)`` (the variational bound of the sample, Hoffman et al. 2010) with
    the sample's topic proportions inferred in one call and the word term summed as arrays.

    ``bound`` infers each document in a call of its own and sums its word terms in a Python loop, a fifth of
    a fit's time. One call of ``inference`` draws the same starting values from the model's random state (the
    draws of one (documents x K) call are those of one (1 x K) call per document, in order) and infers every
    document alone, so the proportions and the model's random state afterwards are those of ``bound``; the
    sum is taken in float64 (gensim sums float32 values one at a time), so the two agree to about 1e-7 of
    the bound (tested). The topic-word terms are gensim's own (``bound`` of no document)."""
    from gensim.matutils import dirichlet_expectation
    from scipy.special import gammaln

    if not sample:
        return float(model.bound([], subsample_ratio=1.0))
    gamma, _ = model.inference(sample)
    elogtheta = dirichlet_expectation(gamma).astype(np.float64)
    elogbeta = dirichlet_expectation(model.state.get_lambda()).astype(np.float64)
    lengths = np.fromiter(map(len, sample), dtype=np.int64, count=len(sample))
    ids = np.fromiter((i for bow in sample for i, _ in bow), dtype=np.int64, count=int(lengths.sum()))
    cnts = np.fromiter((c for bow in sample for _, c in bow), dtype=np.float64, count=int(lengths.sum()))
    doc = np.repeat(np.arange(len(sample)), lengths)
    score = 0.0
    for a in range(0, len(ids), 100_000):  # E[log p(doc | theta, beta)], in blocks of word pairs
        x = elogtheta[doc[a:a + 100_000]] + elogbeta[:, ids[a:a + 100_000]].T
        top = x.max(axis=1)
        score += float(np.dot(cnts[a:a + 100_000], top + np.log(np.exp(x - top[:, None]).sum(axis=1))))
    g = gamma.astype(np.float64)
    alpha = np.asarray(model.alpha, dtype=np.float64)
    score += float(np.sum((alpha - g) * elogtheta))  # E[log p(theta | alpha) - log q(theta | gamma)]
    score += float(np.sum(gammaln(g) - gammaln(alpha)))
    score += float(np.sum(gammaln(np.sum(alpha)) - gammaln(g.sum(axis=1))))
    return score + float(model.bound([], subsample_ratio=1.0))


# ------------------------------------------------------------------------------------------ the model
class TopicModel:
    """A topic model fitted on units (paragraphs, sentences, windows or documents) of a token table.

    Parameters
    ----------
    n_topics : int
        Number of topics K (for ``method="ensemble"``: topics per ensemble member; the number of stable
        topics found is ``n_topics_``: fewer than 2 is a ValueError, fewer than half of K a warning).
    method : {"lda", "nmf", "ensemble"}
        ``lda``: gensim ``LdaModel`` (online variational Bayes, Hoffman et al. 2010), single process so
        that a seed gives the same model; ``nmf``: non-negative matrix factorisation of the TF-IDF weighted
        bag of words (gensim ``TfidfModel``, ``tfidf=True``) by :func:`nmf_hals`; ``ensemble``: gensim
        ``EnsembleLda`` (Brigl 2019), ``n_models`` LDA models clustered into stable topics.
    unit : {"paragraph", "sentence", "window", "document"}
        What a topic-model document is. ``window`` cuts each document into runs of ``window_size`` token
        positions. Units never cross documents.
    window_size : int
        Tokens per window (``unit="window"`` only).
    random_state : int
        Seed for everything random (initialisation, inference, the NMF start): an int from 0 to 2**32 - 1.
        NMF's start (NNDSVDa) is an SVD of the matrix, which the seed moves only where that SVD is not unique,
        so ``method="nmf"`` gives (nearly) the same topics under every seed.
    passes, iterations, chunksize : int or None
        LDA training passes over the corpus (the most; training stops earlier when the per-word bound
        improves by less than ``tol``), inference iterations per document, documents per update. ``None``
        (default) chooses them from the corpus size (:func:`auto_settings`); the values used are in
        ``fit_report_``. For NMF, ``passes`` bounds the HALS iterations (``passes * 20``, default 200).
    tol : float
        LDA: stop when two passes in a row changed the per-word bound of the training units (evaluated on
        up to 500 of them, evenly spaced) by less than ``tol`` nats, up or down (``None``: run every pass).
        The bound is a guide, not the goal: from the NMF start (``init="nmf"``) it is highest after the
        first pass and then falls while the topics still sharpen, so a falling bound does not stop training.
        NMF: ``tol / 10`` bounds the relative loss decrease over 10 iterations.
    alpha, eta : str, float or None
        LDA priors, passed to gensim. ``alpha="auto"`` (default) learns an asymmetric document-topic prior
        from the data (Minka's fixed point, as gensim does), which lets a few broad topics coexist with
        narrow ones; ``"symmetric"`` is 1/K; ``"asymmetric"`` gensim's fixed 1/(topic index + sqrt(K)).
        ``eta``: ``None`` or ``"symmetric"`` (1/K), ``"auto"``, a number or an array.
    init : {"nmf", "random"}
        LDA's starting topics. ``"nmf"`` (default): the topics of a non-negative matrix factorisation of the
        TF-IDF weighted bag of words (:func:`nmf_hals` from its NNDSVDa start, 100 iterations at most),
        each term's corpus count shared among the topics in proportion to its NMF weights, as the
        expected counts gensim starts from; online variational Bayes then refines them. ``"random"``:
        gensim's own start (expected counts drawn from a Gamma(100, 1/100)). Online VB climbs to the
        nearest optimum of its start (Hoffman et al. 2010); a start that already separates the corpus's
        main themes reaches a better one in fewer passes. Measured in ``benchmarks/bench_topics.py``. The
        NMF start depends little on the seed, so LDA runs under different seeds agree more closely.
    n_models : int
        Ensemble members (``method="ensemble"``).
    phrases, phrase_min_count, phrase_threshold, lexicon, drop_stop, drop_numbers, join_amounts,
    reporting_verbs, min_count, max_doc_share, column
        Preprocessing, see :func:`discourse.topic_prep.prepare_units`.
    tfidf : bool
        NMF on TF-IDF weights (gensim ``TfidfModel``, log2 idf, rows L2-normalised) rather than raw counts.

    Attributes (after :meth:`fit`)
    ------------------------------
    units_ : DataFrame
        One row per fitted unit, documents in ``doc_id`` order (whatever order they were given in: the fit
        depends on the order of its units) and units in text order within them: ``unit`` (0-based id),
        ``doc_id``, the document metadata
        columns of the token table (``source``...), ``unit_index`` (paragraph, sentence or window number
        within the document; 0 for documents), ``first_position``, ``last_position``, ``start``, ``end``
        (character offsets of the unit's first and last token), ``n_tokens`` (word tokens), ``n_terms``
        (terms kept for the model).
    skipped_units_ : DataFrame
        Units left with no term after filtering, same columns (a warning reports how many).
    texts_ : list of list of str
        The terms of each unit, in order (what coherence c_v and c_npmi slide their windows over).
    dictionary_ : gensim.corpora.Dictionary;  corpus_ : list of bag-of-words;  model_ : the gensim model
        (LDA, ensemble) or the TF-IDF model (NMF).
    topic_word_ : ndarray, topics x terms, rows sum to 1.
    doc_topic_ : ndarray, units x topics, rows sum to 1 (all zero for an NMF unit with no weight).
    gamma_ : ndarray or None, units x topics: LDA's variational Dirichlet parameters of every unit (the
        approximate posterior of its topic proportions; :func:`discourse.estimate_effect` draws from it).
    nmf_w_ : ndarray or None, units x topics: NMF's unnormalised document weights.
    n_topics_ : int
    terms_ : ndarray of str, the vocabulary in the dictionary's id order.
    term_counts_ : ndarray, corpus count of every term (lift and FREX shrinkage use it).
    meta_columns_ : list of str, the document metadata columns found in the token table.
    filter_report_ : DataFrame
        ``step``, ``setting``, ``n_tokens`` (tokens remaining), ``n_terms`` (distinct terms remaining),
        ``n_units`` (units with at least one token remaining) after each preprocessing step.
    fit_report_ : DataFrame
        One row per training setting and per pass: ``item`` (``chunksize``, ``passes``, ``iterations``,
        ``alpha``, ``updates_per_pass``, ``bound``, ``converged``...), ``pass`` (Int64, for per-pass rows),
        ``value`` (str), ``source`` (``given``, ``auto`` or ``measured``).
    token_unit_ : DataFrame
        ``doc_id``, ``position``, ``unit`` (-1 where in no fitted unit) of every token.
    tokens_ : DataFrame
        The token table the model was fitted on (used by :func:`discourse.topic_frames`).
    """

    def __init__(self, n_topics: int = 10, *, method: str = "lda", unit: str = "paragraph",
                 window_size: int = 100, random_state: int = 0, passes: int | None = None,
                 iterations: int | None = None, chunksize: int | None = None, tol: float | None = 0.01,
                 alpha: Any = "auto", eta: Any = None, init: str = "nmf", n_models: int = 8, phrases: Any = "auto",
                 phrase_min_count: int = 5, phrase_threshold: float = 10.0, lexicon: Any = None,
                 drop_stop: bool = True, drop_numbers: bool = True, join_amounts: bool = True,
                 reporting_verbs: Any = "auto", min_count: int = 2, max_doc_share: float = 0.5,
                 tfidf: bool = True, column: str = "norm") -> None:
        self.n_topics = n_topics
        self.method = method
        self.unit = unit
        self.window_size = window_size
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.chunksize = chunksize
        self.tol = tol
        self.alpha = alpha
        self.eta = eta
        self.init = init
        self.n_models = n_models
        self.phrases = phrases
        self.phrase_min_count = phrase_min_count
        self.phrase_threshold = phrase_threshold
        self.lexicon = lexicon
        self.drop_stop = drop_stop
        self.drop_numbers = drop_numbers
        self.join_amounts = join_amounts
        self.reporting_verbs = reporting_verbs
        self.min_count = min_count
        self.max_doc_share = max_doc_share
        self.tfidf = tfidf
        self.column = column

    _PARAMS = ("n_topics", "method", "unit", "window_size", "random_state", "passes", "iterations", "chunksize",
               "tol", "alpha", "eta", "init", "n_models", "phrases", "phrase_min_count", "phrase_threshold", "lexicon",
               "drop_stop", "drop_numbers", "join_amounts", "reporting_verbs", "min_count", "max_doc_share",
               "tfidf", "column")
    _PREP = ("unit", "window_size", "column", "lexicon", "phrases", "phrase_min_count", "phrase_threshold",
             "drop_stop", "drop_numbers", "join_amounts", "reporting_verbs", "min_count", "max_doc_share")

    # -------------------------------------------------------------------------------------- params
    def get_params(self) -> dict[str, Any]:
        """The constructor parameters, as a dict (the lexicon as given)."""
        return {n: getattr(self, n) for n in self._PARAMS}

    def __repr__(self) -> str:
        fitted = f", fitted on {len(self.units_)} units" if self.is_fitted else ""
        return f"TopicModel(n_topics={self.n_topics}, method={self.method!r}, unit={self.unit!r}{fitted})"

    @property
    def is_fitted(self) -> bool:
        return hasattr(self, "model_")

    def _check_fitted(self, name: str) -> None:
        if not self.is_fitted:
            raise _not_fitted(name)

    def _validate(self) -> None:
        check_type("n_topics", self.n_topics, (int, np.integer), "an int")
        if isinstance(self.n_topics, bool) or self.n_topics < 1:
            raise ValueError(f"n_topics={self.n_topics!r} must be a positive int")
        check_one_of("method", self.method, METHODS)
        check_one_of("unit", self.unit, UNITS)
        check_one_of("init", self.init, INITS)
        for name in ("window_size", "passes", "iterations", "chunksize", "n_models", "phrase_min_count"):
            value = getattr(self, name)
            if value is None and name in ("passes", "iterations", "chunksize"):
                continue
            check_type(name, value, (int, np.integer), "an int" + (" or None (chosen from the corpus size)"
                                                                    if name in ("passes", "iterations",
                                                                                "chunksize") else ""))
            if value < 1:
                raise ValueError(f"{name}={value!r} must be at least 1")
        check_seed("random_state", self.random_state)
        check_count("min_count", self.min_count, 0, "the fewest occurrences a term needs; 0 or 1 keep every term")
        if self.tol is not None:
            check_type("tol", self.tol, (int, float), "a number >= 0 or None")
            if self.tol < 0:
                raise ValueError(f"tol={self.tol!r} must be >= 0 (None runs every pass)")
        check_type("max_doc_share", self.max_doc_share, (int, float), "a number in (0, 1]")
        if not 0 < self.max_doc_share <= 1:
            raise ValueError(f"max_doc_share={self.max_doc_share!r} must be in (0, 1]; 1 keeps every term")
        if not (self.reporting_verbs in ("auto", True, False, None) or (
                isinstance(self.reporting_verbs, (list, tuple, set, frozenset))
                and all(isinstance(v, str) for v in self.reporting_verbs))):
            raise ValueError(f"reporting_verbs={self.reporting_verbs!r} is not valid; give 'auto', True, False "
                             f"or a list of terms to drop")
        for name in ("drop_stop", "drop_numbers", "join_amounts", "tfidf"):
            check_flag(name, getattr(self, name))
        # phrases is read as bool(phrases) past "auto": phrases="no" had learned phrases
        if not (isinstance(self.phrases, (bool, np.bool_)) or self.phrases == "auto"):
            raise ValueError(f"phrases={self.phrases!r} is not valid; choose one of: 'auto', True, False")
        check_type("phrase_threshold", self.phrase_threshold, (int, float, np.integer, np.floating), "a number > 0")
        if isinstance(self.phrase_threshold, bool) or not self.phrase_threshold > 0:  # gensim's default scoring
            raise ValueError(f"phrase_threshold={self.phrase_threshold!r} must be > 0 (the Mikolov et al. 2013 score "
                             "a pair of words needs to be joined; default 10)")
        # the named priors gensim's LdaModel takes (a number or an array is passed on as it is); another string
        # had failed inside gensim ("Unable to determine proper alpha value given 'autoo'")
        for name, named in (("alpha", ["auto", "symmetric", "asymmetric"]), ("eta", ["auto", "symmetric"])):
            value = getattr(self, name)
            if isinstance(value, str):
                check_one_of(name, value, named)

    # -------------------------------------------------------------------------------------- fit
    def fit(self, tokens: Any) -> TopicModel:
        """Preprocess ``tokens`` into units and fit the model. Returns ``self``.

        ``tokens`` is a token table from :func:`discourse.tokenize` (needs ``doc_id``, ``position``,
        ``start``, ``end``, ``is_punct``, the ``column`` of terms, ``is_stop`` when ``drop_stop``, and
        ``paragraph``/``sentence`` for those units), or a :class:`discourse.Corpus`. From a Corpus, whole
        documents (``unit="document"``, terms ``norm`` or ``stem``, no ``lexicon``) are read straight from
        the text (:func:`discourse.topic_prep.prepare_corpus_units`: the fastest path, no token table) with
        the same units, dictionary, bags and so the same topics as from ``tokenize(corpus)``; other
        settings tokenise the corpus first (``tokenize(corpus, quotes=False)``: a topic model does not
        use voice). Raises ValueError when every unit is empty after filtering (naming the filter that
        emptied them) or when ``n_topics`` exceeds the number of units.
        """
        self._validate()
        tokens = self._tokens_for(tokens)
        prep = self.prepare(tokens)
        self.fit_prepared(prep, tokens)
        return self

    def _tokens_for(self, data: Any) -> Any:
        """``data`` as :meth:`prepare` reads it: a Corpus this model's settings can prepare from the text
        stays one; any other Corpus is tokenised (without quotations)."""
        from .corpus import Corpus

        if isinstance(data, Corpus):
            if corpus_supported(unit=self.unit, column=self.column, lexicon=self.lexicon) is None:
                return data
            from .text import tokenize

            return tokenize(data, quotes=False)
        check_type("tokens", data, pd.DataFrame, "a token table (a DataFrame from discourse.tokenize) or a Corpus")
        return data

    def prepare(self, tokens: Any) -> PreparedUnits:
        """The preprocessed units of ``tokens`` (a token table or a Corpus, as for :meth:`fit`) under this
        model's settings (what :meth:`fit` trains on)."""
        return self._prepare(tokens, {})

    def _prepare(self, tokens: Any, extra: dict[str, Any]) -> PreparedUnits:
        from .corpus import Corpus

        params = {**{n: getattr(self, n) for n in self._PREP}, **extra}
        tokens = self._tokens_for(tokens)
        if isinstance(tokens, Corpus):
            return prepare_corpus_units(tokens, **params)
        return prepare_units(tokens, **params)

    def fit_prepared(self, prep: PreparedUnits, tokens: Any) -> TopicModel:
        """Fit on units prepared by :meth:`prepare` (several fits can share one preprocessing); ``tokens``
        is what they were prepared from (a token table, a Corpus, or None), kept for :attr:`tokens_`."""
        self._validate()
        n_units = len(prep.units)
        if self.n_topics > n_units:
            # the units smaller than the one used (it named unit='paragraph' to a model of paragraphs, as short
            # posts of one paragraph each are); windows are made smaller by their size
            smaller = {"document": "unit='paragraph', 'sentence' or 'window'", "paragraph": "unit='sentence' or 'window'",
                       "sentence": "unit='window'"}.get(self.unit, "a smaller window_size")
            raise ValueError(
                f"n_topics={self.n_topics} is larger than the number of non-empty units ({n_units} "
                f"{self.unit}s); choose n_topics <= {n_units} or a smaller unit ({smaller}), or give more text")
        distinct = _distinct_units(prep, int(self.n_topics))
        if distinct < self.n_topics:
            if distinct == 1:
                raise ValueError(
                    f"all {n_units} {self.unit}s are identical after filtering (one word pattern), so no topics "
                    f"can be told apart (n_topics={self.n_topics}); give more varied documents")
            raise ValueError(
                f"the {n_units} {self.unit}s hold only {distinct} distinct word patterns after filtering (the "
                f"others repeat them), too few for n_topics={self.n_topics}: use fewer topics (n_topics <= "
                f"{distinct}) or more varied documents")
        if len(prep.skipped):
            warnings.warn(
                f"{len(prep.skipped)} of {len(prep.skipped) + n_units} {self.unit}s have no term left after "
                f"filtering and are left out of the model; see .skipped_units_ and .filter_report_",
                UserWarning, stacklevel=3)
        k = int(self.n_topics)
        seed = int(self.random_state)
        dictionary = prep.dictionary
        bags = prep.matrix if prep.matrix is not None else prep.corpus  # the same bags as a sparse matrix
        corpus = prep.corpus if self.method != "nmf" else None  # gensim's lists, built for gensim only
        counts = np.zeros(len(dictionary))
        if len(dictionary):
            counts[list(dictionary.cfs)] = list(dictionary.cfs.values())
        n_words = int(counts.sum())
        auto = auto_settings(n_units, n_words, self.init if self.method == "lda" else "random")
        settings = {}
        rep: list[tuple[str, Any, Any, str]] = []
        for name in ("chunksize", "passes", "iterations"):
            given = getattr(self, name)
            settings[name] = int(given) if given is not None else auto[name]
            rep.append((name, pd.NA, settings[name], "given" if given is not None else "auto"))
        gamma = w_nmf = h_nmf = None
        if self.method == "lda":
            from gensim.models import LdaModel

            chunks = settings["chunksize"]
            rep.append(("updates_per_pass", pd.NA, math.ceil(n_units / chunks), "auto"))
            rep.append(("alpha", pd.NA, str(self.alpha), "given"))
            model = LdaModel(id2word=dictionary, num_topics=k, random_state=seed, iterations=settings["iterations"],
                             chunksize=chunks, alpha=self.alpha, eta=self.eta, eval_every=None)
            rep.append(("init", pd.NA, _nmf_start(model, bags, dictionary, counts, k, seed)
                        if self.init == "nmf" else "random (gensim)", "given"))
            sample = corpus if n_units <= 500 else [corpus[i] for i in np.linspace(
                0, n_units - 1, 500).astype(int)]
            n_sample = sum(c for bow in sample for _, c in bow)
            last = np.nan
            stale = 0
            converged = False
            done = 0
            for p in range(settings["passes"]):
                with _blas_flags():  # (a spurious flag: see _blas_flags; the result is checked below)
                    model.update(corpus, passes=1, chunksize=chunks)
                    done = p + 1
                    bound = _bound(model, sample) / max(n_sample, 1)
                rep.append(("per_word_bound", p + 1, round(bound, 6), "measured"))
                if self.tol is None or not abs(bound - last) < self.tol:
                    stale = 0
                else:
                    stale += 1
                last = bound
                if stale >= 2:  # two passes in a row that changed the bound by less than tol
                    converged = True
                    break
            rep.append(("passes_run", pd.NA, done, "measured"))
            rep.append(("converged", pd.NA, converged, "measured"))
            topic_word = model.get_topics()
            with _blas_flags():
                gamma, _ = model.inference(corpus)
            doc_topic = gamma / gamma.sum(axis=1, keepdims=True)
        elif self.method == "nmf":
            from gensim.models import TfidfModel

            weights = TfidfModel(dictionary=dictionary) if self.tfidf else None
            x = bow_matrix(bags, len(dictionary), weights)
            max_iter = 20 * (int(self.passes) if self.passes is not None else 10)
            w_nmf, h_nmf, n_iter, rel = nmf_hals(x, k, random_state=seed, max_iter=max_iter,
                                                 tol=(self.tol or 0.0) / 10)
            rep.append(("weighting", pd.NA, "tf-idf (gensim TfidfModel)" if self.tfidf else "counts", "given"))
            rep.append(("nmf_iterations", pd.NA, n_iter, "measured"))
            rep.append(("relative_error", pd.NA, round(rel, 6), "measured"))
            rep.append(("converged", pd.NA, n_iter < max_iter, "measured"))
            model = weights
            h = h_nmf
            hs = h.sum(axis=1, keepdims=True)
            topic_word = np.where(hs > 0, h / np.where(hs > 0, hs, 1), 1.0 / h.shape[1])
            # a unit's proportion of topic k: its weight on k times the topic's total mass (scale-free)
            mass = w_nmf * hs.T
            ms = mass.sum(axis=1, keepdims=True)
            doc_topic = np.divide(mass, ms, out=np.zeros_like(mass), where=ms > 0)
        else:
            import logging

            from gensim.models import EnsembleLda

            logging.getLogger("gensim.models.ensemblelda").setLevel(logging.CRITICAL)
            with _blas_flags():
                model = EnsembleLda(corpus=corpus, id2word=dictionary, num_topics=k, num_models=int(self.n_models),
                                    topic_model_class="lda", random_state=seed, passes=settings["passes"],
                                    iterations=settings["iterations"], chunksize=settings["chunksize"],
                                    ensemble_workers=1, distance_workers=1)
            n_stable = len(model.get_topics())
            if n_stable < 2:
                # one stable topic was accepted: every unit 100 % topic 0, every prevalence and effect 1.0
                raise ValueError(
                    f"the ensemble of {self.n_models} LDA models found {'no' if n_stable == 0 else 'only one'} "
                    f"stable topic (n_topics={k} per model), and topics need at least two to tell units apart; "
                    f"raise n_models or passes (--passes), use a smaller n_topics (-k), or use method='lda' "
                    f"(--method lda)")
            if n_stable < k / 2:
                warnings.warn(
                    f"the ensemble of {self.n_models} LDA models found only {n_stable} stable topics for "
                    f"n_topics={k} per model (n_topics_ = {n_stable}): most topics did not come back across its "
                    f"models; raise n_models or passes (--passes) for more, use a smaller n_topics (-k), or "
                    f"compare with method='lda' (--method lda)", UserWarning, stacklevel=3)
            if model.classic_model_representation is None:
                model.generate_gensim_representation()
            lda = model.classic_model_representation
            topic_word = np.asarray(model.get_topics(), dtype=float)
            # gensim builds this LDA without the ensemble's seed, and inference draws its starting point from
            # the LDA's random state: seeded here (as infer() does), so a seed gives the same proportions
            lda.random_state = np.random.RandomState(seed)
            with _blas_flags():
                gamma, _ = lda.inference(corpus)
            doc_topic = gamma / gamma.sum(axis=1, keepdims=True)
        topic_word = np.asarray(topic_word, dtype=float)
        topic_word = topic_word / topic_word.sum(axis=1, keepdims=True)
        if not (np.isfinite(topic_word).all() and np.isfinite(doc_topic).all()):
            raise FloatingPointError(
                f"the {self.method} model of {k} topics has values that are not finite numbers (NaN or infinity), "
                "so its topics cannot be reported; fit fewer topics (k=...), more passes (passes=...), or "
                "another method (method='nmf' or 'lda')")
        self.units_ = prep.units
        self.skipped_units_ = prep.skipped
        self._prep = prep  # texts_ and token_unit_ are built from its codes when first asked for
        self.dictionary_ = dictionary
        self.filter_report_ = prep.report
        self.fit_report_ = pd.DataFrame(
            [(i, p, str(v), s) for i, p, v, s in rep], columns=["item", "pass", "value", "source"]).astype(
                {"pass": "Int64"})
        self.meta_columns_ = list(prep.meta)
        self.phraser_ = prep.phraser
        from .corpus import Corpus

        self.__dict__.pop("tokens_", None)
        self._corpus = tokens if isinstance(tokens, Corpus) else None
        self._tokens = None if isinstance(tokens, Corpus) else tokens
        self.model_ = model
        self.topic_word_ = topic_word
        self.doc_topic_ = np.asarray(doc_topic, dtype=float)
        self.gamma_ = None if gamma is None else np.asarray(gamma, dtype=float)
        self.nmf_w_ = w_nmf
        self.nmf_h_ = h_nmf
        self.n_topics_ = topic_word.shape[0]
        self.terms_ = np.array([dictionary[i] for i in range(len(dictionary))], dtype=object)
        self.term_counts_ = counts
        return self

    @property
    def tokens_(self) -> pd.DataFrame | None:
        """The token table the model was fitted on; for a model fitted on a Corpus,
        ``tokenize(corpus, quotes=False)``, built on first use (:func:`discourse.topic_frames` needs it)."""
        d = self.__dict__
        if "tokens_" in d:  # a model saved before tokens_ was built on demand
            return d["tokens_"]
        if d.get("_tokens") is None and d.get("_corpus") is not None:
            from .text import tokenize

            d["_tokens"] = tokenize(d["_corpus"], quotes=False)
        return d.get("_tokens")

    @property
    def corpus_(self) -> list[list[tuple[int, int]]]:
        """gensim's bags of words of the fitted units (built on first use for NMF, which fits on a matrix)."""
        return self._from_prep("corpus_", "corpus")

    @property
    def texts_(self) -> list[list[str]]:
        """The terms of each fitted unit, in order (built on first use: only coherence needs strings)."""
        return self._from_prep("texts_", "texts")

    @property
    def token_unit_(self) -> pd.DataFrame:
        """``doc_id``, ``position``, ``unit`` (-1 where in no fitted unit) of every token."""
        return self._from_prep("token_unit_", "token_unit")

    def _from_prep(self, name: str, attr: str) -> Any:
        prep = self.__dict__.get("_prep")
        if prep is None:
            if name in self.__dict__:  # a model saved before these were built on demand
                return self.__dict__[name]
            raise AttributeError(f"{name} is set by fit(); call .fit(tokens) first")
        return getattr(prep, attr)

    # -------------------------------------------------------------------------------------- new documents
    def infer(self, corpus: list[list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray | None]:
        """Topic proportions (and LDA gamma) of bags of words over the fitted vocabulary; deterministic."""
        k = self.n_topics_
        if not corpus:
            return np.zeros((0, k)), None
        if self.method == "nmf":
            x = bow_matrix(corpus, len(self.dictionary_), self.model_)
            h = self.nmf_h_
            w, _, _, _ = nmf_hals(x, k, h=h, max_iter=200, tol=1e-6)
            mass = w * h.sum(axis=1)[None, :]
            ms = mass.sum(axis=1, keepdims=True)
            return np.divide(mass, ms, out=np.zeros_like(mass), where=ms > 0), None
        lda = self.model_ if self.method == "lda" else self.model_.classic_model_representation
        state = lda.random_state
        lda.random_state = np.random.RandomState(int(self.random_state))
        try:
            with _blas_flags():
                gamma, _ = lda.inference(corpus)
        finally:
            lda.random_state = state
        return gamma / gamma.sum(axis=1, keepdims=True), gamma

    def transform(self, tokens: Any) -> pd.DataFrame:
        """Topic proportions of the units of documents not in the fit (or of the fitted ones again).

        ``tokens`` is a token table with the columns :meth:`fit` needs, or a Corpus (read as :meth:`fit`
        reads one). It is cut into units and
        preprocessed as the fit was (the fitted phrase model; terms outside the fitted vocabulary are
        dropped), then the fitted model infers each unit's proportions: LDA's variational inference with
        the topics fixed (seeded by ``random_state``, so a call gives the same answer every time); NMF's
        non-negative least squares of the unit's TF-IDF row on the fixed topics. Units with no known term
        get missing proportions.

        Returns
        -------
        DataFrame, one row per (unit, topic): ``unit`` (0-based, in the order of the new token table),
        ``doc_id``, the document metadata columns, ``n_terms`` (known terms), ``topic``, ``label``,
        ``proportion``.
        """
        self._check_fitted("transform")
        prep = self._prepare(tokens, {"phraser": self.phraser_, "dictionary": self.dictionary_,
                                      "allow_empty": True})
        units = pd.concat([prep.units.drop(columns="unit"), prep.skipped.drop(columns="unit")])
        units = units.sort_values(["first_position"], kind="stable")
        order = pd.factorize(units["doc_id"], sort=False)[0]
        units = units.iloc[np.lexsort((units["first_position"].to_numpy(), order))].reset_index(drop=True)
        theta_kept, _ = self.infer(prep.corpus)
        k = self.n_topics_
        theta = np.full((len(units), k), np.nan)
        kept_key = list(zip(prep.units["doc_id"], prep.units["first_position"], strict=True))
        pos = {key: i for i, key in enumerate(zip(units["doc_id"], units["first_position"], strict=True))}
        for i, key in enumerate(kept_key):
            theta[pos[key]] = theta_kept[i]
        meta = [c for c in prep.meta]
        base = units[["doc_id", *meta, "n_terms"]]
        out = base.loc[base.index.repeat(k)].reset_index(drop=True)
        out.insert(0, "unit", np.repeat(np.arange(len(units), dtype=np.int64), k))
        out["topic"] = np.tile(np.arange(k, dtype=np.int64), len(units))
        out["label"] = np.tile(np.array(self.labels(), dtype=object), len(units))
        out["proportion"] = theta.reshape(-1)
        return out

    def score(self, tokens: Any) -> dict[str, float]:
        """Held-out fit of an LDA model: the per-word variational bound and perplexity on new documents.

        The documents of ``tokens`` (not in the fit, e.g. a held-out tenth of the corpus) are preprocessed
        as in :meth:`transform`, their topic proportions inferred with the topics fixed, and gensim's
        evidence lower bound summed over them (Hoffman et al. 2010). Returns ``{"per_word_bound": b,
        "perplexity": exp(-b), "n_words": ..., "n_units": ...}``.
        Higher bound, lower perplexity is better; compare models on the same held-out documents only.
        """
        self._check_fitted("score")
        if self.method != "lda":
            raise ValueError(f"score() needs method='lda' (a likelihood); this model is method={self.method!r}")
        prep = self._prepare(tokens, {"phraser": self.phraser_, "dictionary": self.dictionary_,
                                      "allow_empty": True})
        n_words = sum(c for bow in prep.corpus for _, c in bow)
        if n_words == 0:
            raise ValueError("the held-out tokens hold no term of the fitted vocabulary; nothing to score")
        state = self.model_.random_state
        self.model_.random_state = np.random.RandomState(int(self.random_state))
        try:
            with _blas_flags():
                bound = float(self.model_.bound(prep.corpus, subsample_ratio=1.0)) / n_words
        finally:
            self.model_.random_state = state
        return {"per_word_bound": bound, "perplexity": float(np.exp(-bound)), "n_words": int(n_words),
                "n_units": len(prep.corpus)}

    # -------------------------------------------------------------------------------------- results
    @renamed_params(n="top_n", positional=("top_n",))
    def labels(self, *, top_n: int = 3, frex_weight: float = 0.5) -> list[str]:
        """One label per topic: its ``top_n`` highest-FREX terms joined with ", " (FREX as :func:`label_topics`
        computes it, exclusivity shrunk by the corpus term counts as STM's ``labelTopics``). ``top_n`` was
        ``n``, and positional, before (both still accepted, with a DeprecationWarning): terms per topic are
        ``top_n`` in every function (README, "Parameter names")."""
        self._check_fitted("labels")
        n = check_count("top_n", top_n, 1, "terms per label")  # n=0 gave empty labels, n=-1 every term but one
        _check_frex_weight(frex_weight)
        scores = frex(self.topic_word_, weight=frex_weight, wordcounts=self.term_counts_)
        alpha_rank = self._alpha_rank()
        return [", ".join(str(self.terms_[j]) for j in np.lexsort((alpha_rank, -scores[k]))[:n])
                for k in range(self.n_topics_)]

    def _alpha_rank(self) -> np.ndarray:
        """Alphabetical rank of every term, the tie-break of every ranking."""
        return np.argsort(np.argsort(self.terms_.astype(str), kind="stable"), kind="stable")

    @renamed_params(positional=("top_n",))
    def topic_terms(self, *, top_n: int = 10, frex_weight: float = 0.5) -> pd.DataFrame:
        """The top terms of every topic by probability and by FREX.

        A term is listed for a topic when it is among the topic's ``top_n`` by probability or by FREX
        (Roberts et al. 2016; see :func:`frex`), so filter ``rank_probability <= top_n`` or ``rank_frex <= top_n``
        for one of the two lists. ``top_n`` is keyword-only (by position still accepted, with a warning).
        FREX is the one :func:`label_topics` reports (STM's ``labelTopics``): its exclusivity is shrunk
        towards uniform by the corpus term counts (James-Stein, :func:`discourse.topic_measures.js_estimate`)
        before ranking, so ``frex`` is not a function of the ``exclusivity`` column alone, which is the plain
        ratio.

        Returns
        -------
        DataFrame, sorted by ``topic``, ``rank_probability``, with the columns ``topic`` (int, 0-based),
        ``label`` (the topic's three highest-FREX terms), ``term``, ``probability`` (P(term | topic)),
        ``exclusivity`` (probability / sum over topics, unshrunk), ``frex``, ``rank_probability``, ``rank_frex``
        (1-based within the topic; ties broken alphabetically), ``frex_weight``.
        """
        self._check_fitted("topic_terms")
        _check_top_n(top_n, coherence=False)
        _check_frex_weight(frex_weight)
        beta = self.topic_word_
        scores = frex(beta, weight=frex_weight, wordcounts=self.term_counts_)
        col = beta.sum(axis=0)
        excl = np.divide(beta, col, out=np.zeros_like(beta), where=col > 0)
        labels = self.labels(frex_weight=frex_weight)
        alpha_rank = self._alpha_rank()
        rows = []
        for k in range(self.n_topics_):
            by_p = np.lexsort((alpha_rank, -beta[k]))
            by_f = np.lexsort((alpha_rank, -scores[k]))
            rank_p = np.empty(len(by_p), dtype=np.int64)
            rank_p[by_p] = np.arange(1, len(by_p) + 1)
            rank_f = np.empty(len(by_f), dtype=np.int64)
            rank_f[by_f] = np.arange(1, len(by_f) + 1)
            chosen = sorted(set(by_p[:top_n].tolist()) | set(by_f[:top_n].tolist()),
                            key=lambda j: (rank_p[j], rank_f[j]))
            for j in chosen:
                rows.append((k, labels[k], str(self.terms_[j]), float(beta[k, j]), float(excl[k, j]),
                             float(scores[k, j]), int(rank_p[j]), int(rank_f[j]), float(frex_weight)))
        return pd.DataFrame(rows, columns=["topic", "label", "term", "probability", "exclusivity", "frex",
                                           "rank_probability", "rank_frex", "frex_weight"])

    def doc_topics(self, level: str = "unit") -> pd.DataFrame:
        """Topic proportions per unit or per document, one row per (unit or document, topic).

        At ``level="document"`` a document's proportion of a topic is the average of its units'
        proportions weighted by their number of terms (so it estimates the share of the document's
        modelled words that belong to the topic).

        Returns
        -------
        DataFrame with the columns ``level``, ``unit`` (Int64; missing at document level), ``doc_id``, the
        document metadata columns, ``n_terms``, ``topic``, ``label``, ``proportion``; sorted by unit (or
        document, in ``doc_id`` order, as :attr:`units_`), then topic.
        """
        self._check_fitted("doc_topics")
        check_one_of("level", level, ["unit", "document"])
        k = self.n_topics_
        labels = self.labels()
        units = self.units_
        meta = self.meta_columns_
        if level == "unit":
            base = units[["unit", "doc_id", *meta, "n_terms"]]
            theta = self.doc_topic_
            unit_col = pd.array(np.repeat(units["unit"].to_numpy(), k), dtype="Int64")
        else:
            codes, uniq = pd.factorize(units["doc_id"], sort=False)
            w = units["n_terms"].to_numpy(dtype=float)
            sums = np.zeros((len(uniq), k))
            np.add.at(sums, codes, self.doc_topic_ * w[:, None])
            nterms = np.bincount(codes, weights=w, minlength=len(uniq))
            theta = sums / nterms[:, None]
            first = np.unique(codes, return_index=True)[1]
            base = units.iloc[first][["doc_id", *meta]].reset_index(drop=True)
            base["n_terms"] = nterms.astype(np.int64)
            unit_col = pd.array([pd.NA] * (len(base) * k), dtype="Int64")
        out = base.loc[base.index.repeat(k)].reset_index(drop=True)
        if "unit" in out.columns:
            out = out.drop(columns="unit")
        out.insert(0, "level", level)
        out.insert(1, "unit", unit_col)
        out["topic"] = np.tile(np.arange(k, dtype=np.int64), len(base))
        out["label"] = np.tile(np.array(labels, dtype=object), len(base))
        out["proportion"] = theta.reshape(-1)
        return out

    def coherence(self, measures: str | Sequence[str] = MEASURES, *, top_n: int = 10) -> pd.DataFrame:
        """Topic coherence of each topic's ``top_n`` most probable terms (Röder, Both & Hinneburg 2015).

        Computed by gensim's ``CoherenceModel`` with ``processes=1`` (deterministic): ``c_v`` and ``c_npmi``
        over sliding windows (110 and 10 terms) of the fitted units' terms (``texts_``), ``u_mass`` over
        their bags of words (``corpus_``). Higher is more coherent; ``u_mass`` is negative. The measures
        score pairs of top terms, so ``top_n`` must be at least 2 (ValueError otherwise).

        Returns
        -------
        DataFrame, one row per topic: ``topic``, ``label``, ``c_v``, ``c_npmi``, ``u_mass`` (NaN for a
        measure not asked for), ``top_n``.
        """
        self._check_fitted("coherence")
        wanted = as_list(measures)
        for m in wanted:
            check_one_of("measures", m, MEASURES)
        _check_top_n(top_n, coherence=True)
        values = _coherence(self, wanted, top_n)
        out = pd.DataFrame({"topic": np.arange(self.n_topics_, dtype=np.int64), "label": self.labels()})
        for m in MEASURES:
            out[m] = values.get(m, np.full(self.n_topics_, np.nan))
        out["top_n"] = int(top_n)
        return out

    @renamed_params(positional=("top_n",))
    def top_terms(self, *, top_n: int = 10) -> list[list[str]]:
        """The ``top_n`` most probable terms of each topic (ties alphabetically). ``top_n`` is keyword-only (by
        position still accepted, with a DeprecationWarning)."""
        self._check_fitted("top_terms")
        top_n = _check_top_n(top_n, coherence=False)  # [:-1] had listed every term but the last
        alpha_rank = self._alpha_rank()
        return [[str(self.terms_[j]) for j in np.lexsort((alpha_rank, -row))[:top_n]] for row in self.topic_word_]

    # -------------------------------------------------------------------------------------- persistence
    def save(self, path: str | Path) -> Path:
        """Write the fitted model (parameters, preprocessing, gensim model, tables) to ``path`` (pickle).

        The file holds the token table the model was fitted on (for :func:`topic_frames`), so it grows
        with the corpus. Load it with :meth:`TopicModel.load`. As with any pickle, load only files you
        trust; a file written by another gensim version may not load.
        """
        self._check_fitted("save")
        path = Path(path)
        with open(path, "wb") as fh:
            pickle.dump({"format": _FORMAT, "model": self}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @classmethod
    def load(cls, path: str | Path) -> TopicModel:
        """Read a model written by :meth:`save`."""
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no saved TopicModel at {str(path)!r}")
        with open(path, "rb") as fh:
            try:
                data = pickle.load(fh)
            except Exception as err:  # noqa: BLE001 - any unpickling failure means: not our file
                raise ValueError(f"{path} is not a saved TopicModel ({type(err).__name__}: {err})") from None
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ValueError(f"{path} is not a saved TopicModel (expected format {_FORMAT!r})")
        return data["model"]


def _check_frex_weight(value: Any) -> float:
    """``frex_weight`` (the weight on exclusivity in FREX's weighted harmonic mean, Roberts et al. 2016) as a number in
    [0, 1], named as the caller's parameter: topic_measures.frex's own check named it "frex weight", and a
    string failed on a comparison inside it."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"frex_weight must be a number from 0 to 1 (default 0.5), got {type(value).__name__}: "
                        f"{value!r:.80}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"frex_weight={plain_value(value)!r} must be from 0 to 1 (the weight on exclusivity: 1 "
                         "ranks by exclusivity only, 0 by frequency only, as STM's frexweight; default 0.5)")
    return float(value)


# ------------------------------------------------------------------------------------------ coherence
def _check_top_n(top_n: Any, coherence: bool) -> int:
    """``top_n`` as an int: at least 2 for coherence (it scores pairs of a topic's top terms: with one term
    every topic got c_v 1.0 and numpy warnings, with none an error from inside gensim), else at least 1."""
    check_type("top_n", top_n, (int, np.integer), "an int (terms per topic)")
    low = 2 if coherence else 1
    if isinstance(top_n, bool) or top_n < low:
        why = ("coherence scores pairs of a topic's top terms, so it needs at least 2" if coherence
               else "every topic needs at least one top term")
        raise ValueError(f"top_n={top_n!r} is too small: {why}; pass top_n={low} or more (default 10)")
    return int(top_n)


def _coherence(model: TopicModel, measures: Sequence[str], top_n: int) -> dict[str, np.ndarray]:
    import logging

    from gensim.models.coherencemodel import CoherenceModel

    logging.getLogger("gensim.topic_coherence").setLevel(logging.WARNING)
    topics = model.top_terms(top_n=top_n)
    out: dict[str, np.ndarray] = {}
    for m in measures:
        cm = CoherenceModel(topics=topics, texts=model.texts_ if m != "u_mass" else None,
                            corpus=model.corpus_ if m == "u_mass" else None, dictionary=model.dictionary_,
                            coherence=m, topn=top_n, processes=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            out[m] = np.asarray(cm.get_coherence_per_topic(), dtype=float)
    return out


# ------------------------------------------------------------------------------------------ choose K
def _match_topics(a: TopicModel, b: TopicModel, similarity: str, top_n: int) -> np.ndarray:
    """Similarity of each topic of ``a`` to its Hungarian-matched topic of ``b`` (Kuhn 1955)."""
    from scipy.optimize import linear_sum_assignment

    if similarity == "cosine":
        x = a.topic_word_ / np.linalg.norm(a.topic_word_, axis=1, keepdims=True)
        y = b.topic_word_ / np.linalg.norm(b.topic_word_, axis=1, keepdims=True)
        sim = x @ y.T
    else:
        ta = [set(t) for t in a.top_terms(top_n=top_n)]
        tb = [set(t) for t in b.top_terms(top_n=top_n)]
        sim = np.array([[len(p & q) / len(p | q) if p | q else 0.0 for q in tb] for p in ta])
    rows, cols = linear_sum_assignment(-sim)
    return sim[rows, cols]


@renamed_params(seeds="random_states")
def choose_k(tokens: Any, *, ks: Iterable[int] = range(2, 11), random_states: Sequence[int] = (0, 1, 2),
             measures: str | Sequence[str] = MEASURES, top_n: int = 10, similarity: str = "jaccard",
             **params: Any) -> pd.DataFrame:
    """Compare numbers of topics: coherence and stability across seeds, one row per K.

    ``tokens`` is a token table or a Corpus (as for :meth:`TopicModel.fit`). For every K in ``ks`` and
    every random seed in ``random_states`` a :class:`TopicModel` is fitted (``params`` are passed to it; preprocessing
    runs once). Coherence is the mean over topics and seeds. Stability: for
    every pair of seeds, the topics of the two runs are matched one to one by the Hungarian assignment
    (Kuhn 1955) maximising their similarity -- Jaccard similarity of the ``top_n`` terms (Greene, O'Callaghan
    & Cunningham 2014) or cosine similarity of the topic-word distributions -- and the matched similarities
    are averaged. A K whose topics come back under other seeds scores near 1. NMF's start is an SVD of the
    matrix, which the seed moves only where that SVD is not unique, so with ``method="nmf"`` the stability
    is near 1 by construction; when it is at least ``FLAT_STABILITY`` at every K, a warning says that it
    does not tell the K apart (and, for NMF, that ``init`` cannot change that).

    ``ks`` holds positive ints and ``random_states`` ints from 0 to 2**32 - 1, each given once (a repeated seed
    would compare a run with itself and inflate the stability; a repeated K would repeat its row): otherwise a
    TypeError or ValueError. ``top_n`` must be at least 2 when coherence is computed (``measures``).
    ``random_states`` was called ``seeds`` before (still accepted, with a DeprecationWarning): ``seeds`` are
    the seed words of :class:`LatentSemanticScaling` and :func:`suggest_terms` (README, "Parameter names").

    Returns
    -------
    DataFrame, one row per K in the order given: ``k``, ``method``, ``unit``, ``n_units``, ``n_seeds``,
    ``c_v``, ``c_npmi``, ``u_mass`` (mean over topics and seeds; NaN when not in ``measures``),
    ``stability`` (mean matched similarity over seed pairs and topics; NaN with one seed),
    ``stability_min`` (the worst-matched topic's similarity over all pairs), ``similarity``, ``top_n``.
    """
    ks = [ks] if isinstance(ks, (int, np.integer)) else list(ks)
    if not ks:
        raise ValueError("ks is empty; give the numbers of topics to compare, e.g. ks=range(2, 11)")
    for k in ks:  # as TopicModel's n_topics: an int (2.7 was cut to 2), at least 1
        check_type("ks item", k, (int, np.integer), "an int (a number of topics)")
        if isinstance(k, bool) or k < 1:
            raise ValueError(f"ks holds {k!r}; every number of topics must be a positive int")
    ks = [int(k) for k in ks]
    seeds = [random_states] if isinstance(random_states, (int, np.integer)) else as_list(random_states)
    if not seeds:
        raise ValueError("random_states is empty; give at least one random seed, e.g. random_states=(0, 1, 2)")
    seeds = [check_seed(f"random_states[{i}]", s) for i, s in enumerate(seeds)]
    # a K or a seed given twice fits the same model twice: a repeated K is a repeated row, and two runs of
    # one seed compared with each other make the stability 1.0 (or inflate it)
    for name, values in (("ks", ks), ("random_states", seeds)):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise ValueError(f"{name} gives {_fmt(twice)} more than once; give each "
                             + ("number of topics" if name == "ks" else "seed") + " once")
    check_one_of("similarity", similarity, SIMILARITIES)
    wanted = as_list(measures)
    for m in wanted:
        check_one_of("measures", m, MEASURES)
    _check_top_n(top_n, coherence=bool(wanted))
    if "random_state" in params or "n_topics" in params:
        raise ValueError("choose_k sets n_topics and random_state itself; pass ks= and random_states= instead")
    base = TopicModel(ks[0], **params)
    base._validate()
    tokens = base._tokens_for(tokens)  # a Corpus the settings need a token table for is tokenised once
    prep = base.prepare(tokens)
    too_big = [k for k in ks if k > len(prep.units)]
    if too_big:
        raise ValueError(f"ks contains {too_big}, more topics than the {len(prep.units)} non-empty "
                         f"{base.unit}s; use smaller K or a smaller unit")
    rows = []
    jobs = [(k, s) for k in ks for s in seeds]
    fitted: dict[int, list[TopicModel]] = {k: [] for k in ks}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # skipped units: reported once below
        for k, s in progress(jobs, total=len(jobs), desc="choose_k"):
            m = TopicModel(k, **{**params, "random_state": s})
            m.fit_prepared(prep, tokens)
            fitted[k].append(m)
    if len(prep.skipped):
        warnings.warn(f"{len(prep.skipped)} {base.unit}s have no term left after filtering and were left out",
                      UserWarning, stacklevel=2)
    for k in ks:
        models = fitted[k]
        coh = {m: np.nan for m in MEASURES}
        for meas in wanted:
            vals = np.concatenate([_coherence(m, [meas], top_n)[meas] for m in models])
            coh[meas] = float(np.nanmean(vals)) if np.isfinite(vals).any() else np.nan
        sims = [_match_topics(models[i], models[j], similarity, top_n)
                for i in range(len(models)) for j in range(i + 1, len(models))]
        stab = float(np.mean(np.concatenate(sims))) if sims else np.nan
        stab_min = float(np.min(np.concatenate(sims))) if sims else np.nan
        rows.append({"k": k, "method": base.method, "unit": base.unit, "n_units": len(prep.units),
                     "n_seeds": len(seeds), **coh, "stability": stab, "stability_min": stab_min,
                     "similarity": similarity, "top_n": int(top_n)})
    out = pd.DataFrame(rows, columns=["k", "method", "unit", "n_units", "n_seeds", *MEASURES, "stability",
                                      "stability_min", "similarity", "top_n"])
    if len(seeds) > 1 and len(ks) > 1 and (out["stability"] >= FLAT_STABILITY).all():
        # (a user's walkthrough on UN speeches: 1.0, 1.0 and 0.99 at K = 4, 8, 12 from the default NMF start)
        if base.method == "nmf":
            # the advice to use init='random' cannot work here: init applies to LDA only, and NMF's start is an SVD
            why = ("method='nmf', whose NNDSVDa start is an SVD of the units x terms matrix that the seed barely "
                   "moves (init= applies to LDA only)")
            fix = "compare coherence, or measure stability with method='lda' (--method lda) and init='random'"
        else:
            why = f"init={base.init!r}" + (", whose NMF start is the same under every seed" if base.init == "nmf"
                                           else "")
            fix = "compare coherence, or measure stability from random starts (init='random')"
        warnings.warn(f"stability is {FLAT_STABILITY} or more at every K: the runs barely depend on the seed "
                      f"({why}), so it does not tell the K apart; {fix}", UserWarning, stacklevel=2)
    return out


#: :func:`choose_k` warns when the stability is at least this at every K (the seeds do not move the topics)
FLAT_STABILITY = 0.98




# ------------------------------------------------------------------------------------------ STM tools
def check_model(model: Any, name: str) -> TopicModel:
    """Raise unless ``model`` is a fitted :class:`TopicModel` (TypeError / ValueError naming ``name``)."""
    check_type("model", model, TopicModel, "a TopicModel")
    if not model.is_fitted:
        raise _not_fitted(name)
    return model


@renamed_params(n="top_n")
def label_topics(model: TopicModel, *, top_n: int = 7, frex_weight: float = 0.5) -> pd.DataFrame:
    """The words that label each topic by four measures, as STM's ``labelTopics`` (Roberts et al. 2019).

    - ``prob``: the topic-word probability ``beta_kw``;
    - ``frex``: :func:`frex` with James-Stein shrinkage of exclusivity by the corpus term counts, as
      ``labelTopics`` calls ``calcfrex(logbeta, frexweight, wordcounts)`` (the same FREX as
      :meth:`TopicModel.topic_terms` and the topic labels);
    - ``lift``: ``beta_kw / (n_w / N)``, the topic probability over the corpus frequency (Taddy 2012; STM's
      ``calclift``), which favours rare terms;
    - ``score``: ``beta_kw (log beta_kw - mean_j log beta_jw)`` (Chang's ``lda`` package; STM's ``calcscore``).

    Ties are broken alphabetically. ``top_n`` (terms per topic and measure) was ``n`` before (still accepted,
    with a DeprecationWarning).

    Returns
    -------
    DataFrame, one row per (topic, measure, rank), sorted so: ``topic``, ``measure`` (``prob``, ``frex``,
    ``lift``, ``score``), ``rank`` (1..top_n), ``term``, ``value`` (the measure's value for the term).
    """
    model = check_model(model, "label_topics")
    check_type("top_n", top_n, (int, np.integer), "an int")
    if top_n < 1:
        raise ValueError(f"top_n={top_n!r} must be at least 1")
    n = int(top_n)
    _check_frex_weight(frex_weight)
    beta = model.topic_word_
    wc = model.term_counts_
    measures = {"prob": beta, "frex": frex(beta, weight=frex_weight, wordcounts=wc), "lift": lift(beta, wc),
                "score": score(beta)}
    alpha_rank = model._alpha_rank()
    rows = []
    for k in range(model.n_topics_):
        for name, values in measures.items():
            for r, j in enumerate(np.lexsort((alpha_rank, -values[k]))[:n], start=1):
                rows.append((k, name, r, str(model.terms_[j]), float(values[k, j])))
    return pd.DataFrame(rows, columns=["topic", "measure", "rank", "term", "value"])


@renamed_params(n="top_n")
def find_thoughts(model: TopicModel, corpus: Any = None, *, topics: int | Sequence[int] | None = None,
                  top_n: int = 3, min_terms: int = 1, max_chars: int | None = 400) -> pd.DataFrame:
    """The units most representative of each topic, with their text and source (STM's ``findThoughts``).

    Units are ranked by their proportion of the topic (``doc_topic_``), highest first, ties by unit id;
    units with fewer than ``min_terms`` modelled terms are passed over (a one-word paragraph is 100 % of
    some topic and tells the reader nothing). The text is cut from the document text of ``corpus`` (a
    :class:`discourse.Corpus` or its ``documents`` table) with the unit's character offsets, so it is the
    text exactly as loaded; without ``corpus`` the unit's tokens are joined instead. ``max_chars`` shortens
    long texts (``None`` keeps them whole; a shortened text ends with "..."). ``top_n`` (units per topic; ``n``
    before, still accepted with a DeprecationWarning) must be an int of at least 1 (ValueError otherwise).

    Returns
    -------
    DataFrame, one row per (topic, rank): ``topic``, ``label``, ``rank`` (1..top_n), ``unit``, ``doc_id``, the
    document metadata columns (``source``...), ``start``, ``end`` (character offsets), ``proportion``,
    ``text``.
    """
    model = check_model(model, "find_thoughts")
    check_type("top_n", top_n, (int, np.integer), "an int")
    if top_n < 1:  # as label_topics: n=0 gave an empty table and n=-1 every unit but the last (order[:n])
        raise ValueError(f"top_n={top_n!r} must be at least 1")
    n = int(top_n)
    if max_chars is not None:  # text[:-1] + "..." had cut one character off every passage
        check_count("max_chars", max_chars, 1, "characters of each passage shown; None shows it whole")
    k = model.n_topics_
    chosen = list(range(k)) if topics is None else [int(t) for t in as_list(topics)] \
        if not isinstance(topics, (int, np.integer)) else [int(topics)]
    bad = [t for t in chosen if not 0 <= t < k]
    if bad:
        raise ValueError(f"topics {bad} do not exist; the model has topics 0..{k - 1}")
    texts: dict[Any, str] | None = None
    if corpus is None and model.__dict__.get("_corpus") is not None:  # fitted on a Corpus: its texts
        corpus = model.__dict__["_corpus"]
    if corpus is not None:
        docs = getattr(corpus, "documents", corpus)
        check_dataframe("corpus", docs)
        texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    elif model.tokens_ is not None and "token" in model.tokens_.columns:
        tok = model.tokens_
    else:
        tok = None
    units = model.units_
    eligible = units["n_terms"].to_numpy() >= int(min_terms)
    labels = model.labels()
    rows = []
    for t in chosen:
        prop = np.where(eligible, model.doc_topic_[:, t], -np.inf)
        order = np.lexsort((units["unit"].to_numpy(), -prop))[:n]
        for r, u in enumerate(order, start=1):
            if not np.isfinite(prop[u]):
                break
            row = units.iloc[u]
            if texts is not None:
                doc = texts.get(row["doc_id"])
                text = None if doc is None else str(doc)[int(row["start"]):int(row["end"])]
            elif tok is not None:
                sel = tok[(tok["doc_id"] == row["doc_id"]) & tok["position"].between(row["first_position"],
                                                                                     row["last_position"])]
                text = " ".join(sel.sort_values("position")["token"].astype(str))
            else:
                text = None
            if text is not None and max_chars is not None and len(text) > max_chars:
                text = text[:max_chars].rstrip() + "..."
            rows.append({"topic": t, "label": labels[t], "rank": r, "unit": int(row["unit"]),
                         "doc_id": row["doc_id"], **{m: row[m] for m in model.meta_columns_},
                         "start": int(row["start"]), "end": int(row["end"]), "proportion": float(prop[u]),
                         "text": text})
    cols = ["topic", "label", "rank", "unit", "doc_id", *model.meta_columns_, "start", "end", "proportion", "text"]
    return pd.DataFrame(rows, columns=cols)
