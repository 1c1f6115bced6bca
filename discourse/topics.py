"""Topic models across sources: gensim models, choice of K, stability, prevalence by group, frame packages.

:class:`TopicModel` fits a gensim topic model (LDA, NMF or an ensemble of LDA models) on *units* cut from
the token table of :func:`discourse.tokenize`: paragraphs (the default, because a handful of news articles
are too few documents for a topic model), sentences, windows of tokens, or whole documents. It follows
scikit-learn's conventions: ``__init__`` only stores the parameters, :meth:`TopicModel.fit` returns the
model, and everything learned ends in ``_``.

Preprocessing, in this order, each step recorded in :attr:`TopicModel.filter_report_`:

1. punctuation tokens are dropped;
2. the multi-word entries of a lexicon (``lexicon=``) are joined into one term (``safe_city``), so that a
   phrase the analysis counts as a frame term is never split into its words;
3. collocations found by gensim ``Phrases`` (Mikolov et al. 2013 scoring) are joined (``phrases=True``);
4. stopwords (``drop_stop``) and tokens without a letter (``drop_numbers``) are dropped;
5. terms rarer than ``min_count`` occurrences, or in more than ``max_doc_share`` of the units, are dropped.

Results are tidy DataFrames: :meth:`TopicModel.topic_terms` (probability and FREX rankings, Roberts et al.
2016, as in STM's ``labelTopics``), :meth:`TopicModel.doc_topics`, :meth:`TopicModel.coherence` (c_v,
c_npmi, u_mass of Röder et al. 2015 through gensim's ``CoherenceModel``). :func:`choose_k` compares numbers
of topics by coherence and by stability across seeds; :func:`topics_by` gives prevalence per group with
bootstrap intervals; :func:`topic_frames` crosses topics with a framing lexicon; :func:`frame_packages`
builds the topic network of Walter & Ophir (2019, ANTMN) and its communities ("frame packages").

Determinism: the same token table, parameters and ``random_state`` give identical tables. gensim's
``LdaMulticore`` is not seed-stable (its workers update the model in an order the operating system
chooses), so the single-process ``LdaModel`` is used for ``method="lda"`` and inside the ensemble;
coherence runs with ``processes=1``. Document-topic proportions are inferred once, at fit time, because
gensim's inference draws its starting point from the model's random state and would otherwise differ
between calls.
"""

from __future__ import annotations

import pickle
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_columns, check_dataframe, check_one_of, check_type, progress

__all__ = ["TopicModel", "choose_k", "topics_by", "topic_frames", "frame_packages", "FramePackages", "frex"]

METHODS = ("lda", "nmf", "ensemble")
UNITS = ("paragraph", "sentence", "window", "document")
MEASURES = ("c_v", "c_npmi", "u_mass")
SIMILARITIES = ("jaccard", "cosine")
_FORMAT = "discourse.TopicModel/1"

# token-level columns of the token table; every other column is document metadata
_TOKEN_COLUMNS = frozenset({
    "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "lemma", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
})


# ------------------------------------------------------------------------------------------ helpers
def _not_fitted(name: str) -> ValueError:
    return ValueError(f"this TopicModel is not fitted yet; call .fit(tokens) before .{name}()")


def frex(topic_word: np.ndarray, *, weight: float = 0.5) -> np.ndarray:
    """FREX score of every term in every topic (Roberts, Stewart & Airoldi 2016; STM's ``calcfrex``).

    ``FREX_kw = 1 / (weight / ECDF_k(excl_kw) + (1 - weight) / ECDF_k(beta_kw))`` where ``beta_kw`` is the
    topic-word probability, ``excl_kw = beta_kw / sum_j beta_jw`` its exclusivity, and ``ECDF_k`` the
    empirical CDF over the vocabulary within topic ``k`` (rank / V, ties averaged, as ``data.table::frank``
    in STM). ``weight`` is the weight on exclusivity (the paper's ``omega``; 0.5 weighs both equally,
    STM's default). STM's optional James-Stein shrinkage of exclusivity is not applied.

    Returns an array of the same shape as ``topic_word`` (topics x terms), values in (0, 1].
    """
    from scipy.stats import rankdata

    beta = np.asarray(topic_word, dtype=float)
    if beta.ndim != 2 or beta.shape[1] == 0:
        raise ValueError(f"topic_word must be a 2-D topics x terms array, got shape {beta.shape}")
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"frex weight={weight!r} must lie between 0 and 1")
    col = beta.sum(axis=0, keepdims=True)
    excl = np.divide(beta, col, out=np.zeros_like(beta), where=col > 0)
    v = beta.shape[1]
    freq_score = rankdata(beta, axis=1, method="average") / v
    excl_score = rankdata(excl, axis=1, method="average") / v
    return 1.0 / (weight / excl_score + (1.0 - weight) / freq_score)


@dataclass
class _Prepared:
    """Preprocessed units shared by several fits (one preprocessing for all K and seeds in choose_k)."""

    units: pd.DataFrame
    skipped: pd.DataFrame
    texts: list[list[str]]
    dictionary: Any
    corpus: list[list[tuple[int, int]]]
    report: pd.DataFrame
    token_unit: pd.DataFrame
    meta: list[str]


def _join_spans(seq_terms: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """Join the terms of each (start, end) index span (end exclusive, non-overlapping) with '_'."""
    out: list[str] = []
    protected: list[bool] = []
    i = 0
    spans = sorted(spans)
    j = 0
    while i < len(seq_terms):
        if j < len(spans) and spans[j][0] == i:
            s, e = spans[j]
            out.append("_".join(seq_terms[s:e]))
            protected.append(True)
            i = e
            j += 1
            continue
        out.append(seq_terms[i])
        protected.append(False)
        i += 1
    return out, protected


# ------------------------------------------------------------------------------------------ the model
class TopicModel:
    """A gensim topic model fitted on units (paragraphs, sentences, windows or documents) of a token table.

    Parameters
    ----------
    n_topics : int
        Number of topics K (for ``method="ensemble"``: topics per ensemble member; the number of stable
        topics found is ``n_topics_``).
    method : {"lda", "nmf", "ensemble"}
        ``lda``: gensim ``LdaModel`` (variational Bayes, Hoffman et al. 2010), single process so that a seed
        gives the same model; ``nmf``: gensim ``Nmf`` (online NMF); ``ensemble``: gensim ``EnsembleLda``
        (Brigl 2019), ``n_models`` LDA models clustered into stable topics.
    unit : {"paragraph", "sentence", "window", "document"}
        What a topic-model document is. ``window`` cuts each document into runs of ``window_size`` token
        positions. Units never cross documents.
    window_size : int
        Tokens per window (``unit="window"`` only).
    random_state : int
        Seed for gensim (model initialisation and inference).
    passes, iterations, chunksize : int
        gensim training passes over the corpus, inference iterations per document (LDA), documents per
        update.
    alpha, eta : str, float or None
        LDA priors, passed to gensim (``"symmetric"``, ``"asymmetric"``, ``"auto"``, a float...).
    n_models : int
        Ensemble members (``method="ensemble"``).
    phrases : bool
        Join collocations found by gensim ``Phrases`` (``phrase_min_count``, ``phrase_threshold``, default
        scorer of Mikolov et al. 2013; stopwords may sit inside a phrase, as ``bank_of_america``, but never
        start or end one).
    lexicon : Lexicon, str, dict or None
        Its multi-word entries, as matched by :meth:`discourse.Lexicon.find_matches`, are always joined into
        one term (``mass_surveillance``), whatever ``phrases`` finds.
    drop_stop, drop_numbers : bool
        Drop stopwords (``is_stop``) and tokens with no letter.
    min_count : int
        Drop terms with fewer occurrences in all units together.
    max_doc_share : float
        Drop terms that occur in more than this share of the units (1.0 keeps all).
    column : str
        Token column whose values are the terms (``norm`` by default; ``stem`` pools inflections).

    Attributes (after :meth:`fit`)
    ------------------------------
    units_ : DataFrame
        One row per fitted unit, in corpus order: ``unit`` (0-based id), ``doc_id``, the document metadata
        columns of the token table (``source``...), ``unit_index`` (paragraph, sentence or window number
        within the document; 0 for documents), ``first_position``, ``last_position``, ``start``, ``end``
        (character offsets of the unit's first and last token), ``n_tokens`` (word tokens), ``n_terms``
        (terms kept for the model).
    skipped_units_ : DataFrame
        Units left with no term after filtering, same columns (a warning reports how many).
    texts_ : list of list of str
        The terms of each unit, in order (what coherence c_v and c_npmi slide their windows over).
    dictionary_ : gensim.corpora.Dictionary;  corpus_ : list of bag-of-words;  model_ : the gensim model.
    topic_word_ : ndarray, topics x terms, rows sum to 1.
    doc_topic_ : ndarray, units x topics, rows sum to 1 (all zero for an NMF unit with no weight).
    n_topics_ : int
    terms_ : ndarray of str, the vocabulary in the dictionary's id order.
    meta_columns_ : list of str, the document metadata columns found in the token table.
    filter_report_ : DataFrame
        ``step``, ``setting``, ``n_tokens`` (tokens remaining), ``n_terms`` (distinct terms remaining),
        ``n_units`` (units with at least one token remaining) after each preprocessing step.
    tokens_ : DataFrame
        The token table the model was fitted on (used by :func:`topic_frames`).
    """

    def __init__(self, n_topics: int = 10, *, method: str = "lda", unit: str = "paragraph",
                 window_size: int = 100, random_state: int = 0, passes: int = 10, iterations: int = 200,
                 chunksize: int = 2000, alpha: Any = "symmetric", eta: Any = None, n_models: int = 8,
                 phrases: bool = True, phrase_min_count: int = 5, phrase_threshold: float = 10.0,
                 lexicon: Any = None, drop_stop: bool = True, drop_numbers: bool = True, min_count: int = 2,
                 max_doc_share: float = 0.5, column: str = "norm") -> None:
        self.n_topics = n_topics
        self.method = method
        self.unit = unit
        self.window_size = window_size
        self.random_state = random_state
        self.passes = passes
        self.iterations = iterations
        self.chunksize = chunksize
        self.alpha = alpha
        self.eta = eta
        self.n_models = n_models
        self.phrases = phrases
        self.phrase_min_count = phrase_min_count
        self.phrase_threshold = phrase_threshold
        self.lexicon = lexicon
        self.drop_stop = drop_stop
        self.drop_numbers = drop_numbers
        self.min_count = min_count
        self.max_doc_share = max_doc_share
        self.column = column

    # -------------------------------------------------------------------------------------- params
    def get_params(self) -> dict[str, Any]:
        """The constructor parameters, as a dict (the lexicon as given)."""
        names = ["n_topics", "method", "unit", "window_size", "random_state", "passes", "iterations",
                 "chunksize", "alpha", "eta", "n_models", "phrases", "phrase_min_count", "phrase_threshold",
                 "lexicon", "drop_stop", "drop_numbers", "min_count", "max_doc_share", "column"]
        return {n: getattr(self, n) for n in names}

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
        for name in ("window_size", "passes", "iterations", "chunksize", "n_models", "phrase_min_count"):
            value = getattr(self, name)
            check_type(name, value, (int, np.integer), "an int")
            if value < 1:
                raise ValueError(f"{name}={value!r} must be at least 1")
        check_type("random_state", self.random_state, (int, np.integer), "an int seed")
        check_type("min_count", self.min_count, (int, np.integer), "an int")
        check_type("max_doc_share", self.max_doc_share, (int, float), "a number in (0, 1]")
        if not 0 < self.max_doc_share <= 1:
            raise ValueError(f"max_doc_share={self.max_doc_share!r} must be in (0, 1]; 1 keeps every term")

    # -------------------------------------------------------------------------------------- fit
    def fit(self, tokens: pd.DataFrame) -> TopicModel:
        """Preprocess ``tokens`` into units and fit the model. Returns ``self``.

        ``tokens`` is a token table from :func:`discourse.tokenize` (needs ``doc_id``, ``position``,
        ``start``, ``end``, ``is_punct``, the ``column`` of terms, ``is_stop`` when ``drop_stop``, and
        ``paragraph``/``sentence`` for those units). Raises ValueError when every unit is empty after
        filtering (naming the filter that emptied them) or when ``n_topics`` exceeds the number of units.
        """
        self._validate()
        prep = self._prepare(tokens)
        self._fit_prepared(prep, tokens)
        return self

    def _prepare(self, tokens: pd.DataFrame) -> _Prepared:
        from gensim.corpora import Dictionary

        check_dataframe("tokens", tokens)
        need = ["doc_id", "position", "start", "end", "is_punct", self.column]
        if self.drop_stop:
            need.append("is_stop")
        if self.unit in ("paragraph", "sentence"):
            need.append(self.unit)
        check_columns(tokens, need, "tokens")
        if len(tokens) == 0:
            raise ValueError("tokens is empty: there is nothing to fit a topic model on")
        meta = [c for c in tokens.columns if c not in _TOKEN_COLUMNS and c != "doc_id" and c != self.column]

        doc_codes, doc_uniques = pd.factorize(tokens["doc_id"], sort=False)
        pos = tokens["position"].to_numpy(dtype=np.int64)
        order = np.lexsort((pos, doc_codes))
        t = tokens.iloc[order].reset_index(drop=True)
        doc_codes = doc_codes[order]
        if self.unit == "document":
            sub = np.zeros(len(t), dtype=np.int64)
        elif self.unit == "window":
            sub = t["position"].to_numpy(dtype=np.int64) // int(self.window_size)
        else:
            sub = t[self.unit].to_numpy(dtype=np.int64)
        key = doc_codes.astype(np.int64) * (int(sub.max(initial=0)) + 1) + sub
        unit_codes, unit_keys = pd.factorize(key, sort=False)

        words = ~t["is_punct"].to_numpy(dtype=bool)
        terms_all = t[self.column].astype(object).to_numpy()
        report: list[dict[str, Any]] = []
        n_units_all = len(unit_keys)

        def record(step: str, setting: str, seqs: list[list[str]]) -> None:
            n_tok = sum(len(s) for s in seqs)
            n_terms = len({w for s in seqs for w in s})
            n_nonempty = sum(1 for s in seqs if s)
            report.append({"step": step, "setting": setting, "n_tokens": n_tok, "n_terms": n_terms,
                           "n_units": n_nonempty})
            if n_nonempty == 0:
                hint = {"drop_stop": "set drop_stop=False", "drop_numbers": "set drop_numbers=False",
                        "min_count": "lower min_count (1 keeps every term)",
                        "max_doc_share": "raise max_doc_share (1.0 keeps every term)"}.get(
                            step, "give tokens that hold words")
                raise ValueError(
                    f"all {n_units_all} units ({self.unit}s) are empty after the filter {step!r} ({setting}); "
                    f"{hint}, or give more text")

        # the word tokens of each unit, in order, with their row numbers in t
        word_rows = np.flatnonzero(words)
        seq_rows: list[np.ndarray] = [np.array([], dtype=np.int64)] * n_units_all
        if len(word_rows):
            wr_units = unit_codes[word_rows]
            bounds = np.flatnonzero(np.diff(wr_units)) + 1
            for chunk in np.split(word_rows, bounds):
                seq_rows[unit_codes[chunk[0]]] = chunk
        seqs = [[str(terms_all[i]) for i in rows] for rows in seq_rows]
        protected = [[False] * len(s) for s in seqs]
        record("words", "punctuation dropped", seqs)

        # 2. lexicon phrases
        lex_setting = "no lexicon"
        if self.lexicon is not None:
            from .lexicon import load_lexicon

            lex = load_lexicon(self.lexicon)
            lex_setting = f"lexicon {getattr(lex, 'name', 'custom')!r}: multi-word entries joined"
            on = self.column if self.column in ("norm", "stem") else "norm"
            matches = lex.find_matches(t, on=on)
            matches = matches[matches["n_tokens"] > 1]
            if len(matches):
                # map each match to (unit, index within the unit's word sequence)
                row_of = matches["token_row"].to_numpy(dtype=np.int64)
                length = matches["end_position"].to_numpy(dtype=np.int64) - matches["start_position"].to_numpy(
                    dtype=np.int64)
                # unit and index within the unit's word sequence of every row of t (-1: punctuation)
                row_unit = np.where(words, unit_codes, -1)
                row_index = np.full(len(t), -1, dtype=np.int64)
                for rows in seq_rows:
                    row_index[rows] = np.arange(len(rows))
                spans: dict[int, list[tuple[int, int]]] = {}
                for r0, n in zip(row_of, length, strict=True):
                    # the match's word tokens (punctuation inside a match, e.g. a hyphen token, is skipped)
                    rr = np.arange(int(r0), int(r0) + int(n))
                    rr = rr[row_unit[rr] >= 0]
                    if len(rr) == 0 or len(set(row_unit[rr].tolist())) != 1:
                        continue
                    u = int(row_unit[rr[0]])
                    spans.setdefault(u, []).append((int(row_index[rr[0]]), int(row_index[rr[-1]]) + 1))
                for u, sp in spans.items():
                    seqs[u], protected[u] = _join_spans(seqs[u], sp)
        record("lexicon_phrases", lex_setting, seqs)

        # 3. gensim Phrases
        if self.phrases:
            from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS, Phrases

            # stopwords (and clitics such as "'s") may sit inside a phrase but never start or end one
            stop_words = set(t.loc[t["is_stop"].to_numpy(dtype=bool), self.column].astype(str)) \
                if "is_stop" in t.columns else set()
            connectors = frozenset(ENGLISH_CONNECTOR_WORDS | stop_words)
            ph = Phrases(seqs, min_count=int(self.phrase_min_count), threshold=float(self.phrase_threshold),
                         connector_words=connectors).freeze()
            new_seqs, new_prot = [], []
            for s, p in zip(seqs, protected, strict=True):
                joined = ph[s]
                new_seqs.append(list(joined))
                if len(joined) == len(s):
                    new_prot.append(p)
                else:
                    new_prot.append(["_" in w for w in joined])
            seqs, protected = new_seqs, new_prot
            ph_setting = f"gensim Phrases min_count={self.phrase_min_count}, threshold={self.phrase_threshold}"
        else:
            ph_setting = "phrases=False"
        record("phrases", ph_setting, seqs)

        # 4. stopwords and numbers (joined phrases are kept)
        if self.drop_stop:
            stop = set(t.loc[t["is_stop"].to_numpy(dtype=bool), self.column].astype(str))
            keep = [[w for w, p in zip(s, pr, strict=True) if p or w not in stop]
                    for s, pr in zip(seqs, protected, strict=True)]
            prot = [[p for w, p in zip(s, pr, strict=True) if p or w not in stop]
                    for s, pr in zip(seqs, protected, strict=True)]
            seqs, protected = keep, prot
        record("drop_stop", f"drop_stop={self.drop_stop}", seqs)
        if self.drop_numbers:
            vocab = {w for s in seqs for w in s}
            no_letter = {w for w in vocab if not any(ch.isalpha() for ch in w)}
            if no_letter:
                protected = [[p for w, p in zip(s, pr, strict=True) if w not in no_letter]
                             for s, pr in zip(seqs, protected, strict=True)]
                seqs = [[w for w in s if w not in no_letter] for s in seqs]
        record("drop_numbers", f"drop_numbers={self.drop_numbers}", seqs)

        # 5. frequency filters
        counts: dict[str, int] = {}
        dfs: dict[str, int] = {}
        for s in seqs:
            for w in s:
                counts[w] = counts.get(w, 0) + 1
            for w in set(s):
                dfs[w] = dfs.get(w, 0) + 1
        rare = {w for w, c in counts.items() if c < self.min_count}
        seqs = [[w for w in s if w not in rare] for s in seqs]
        record("min_count", f"min_count={self.min_count}", seqs)
        n_nonempty = sum(1 for s in seqs if s)
        limit = self.max_doc_share * n_nonempty
        common = {w for w, d in dfs.items() if d > limit and w not in rare}
        seqs = [[w for w in s if w not in common] for s in seqs]
        record("max_doc_share", f"max_doc_share={self.max_doc_share}", seqs)

        # units table
        first = np.zeros(n_units_all, dtype=np.int64)
        grp = pd.DataFrame({"u": unit_codes, "row": np.arange(len(t))})
        agg = grp.groupby("u", sort=True)["row"].agg(["min", "max"])
        first, last = agg["min"].to_numpy(), agg["max"].to_numpy()
        units = pd.DataFrame({"doc_id": t["doc_id"].to_numpy()[first]})
        for m in meta:
            units[m] = t[m].to_numpy()[first]
        units["unit_index"] = np.asarray(sub[first], dtype=np.int64)
        units["first_position"] = t["position"].to_numpy(dtype=np.int64)[first]
        units["last_position"] = t["position"].to_numpy(dtype=np.int64)[last]
        units["start"] = t["start"].to_numpy(dtype=np.int64)[first]
        units["end"] = t["end"].to_numpy(dtype=np.int64)[last]
        units["n_tokens"] = np.array([len(r) for r in seq_rows], dtype=np.int64)
        units["n_terms"] = np.array([len(s) for s in seqs], dtype=np.int64)
        nonempty = units["n_terms"].to_numpy() > 0
        new_id = np.full(n_units_all, -1, dtype=np.int64)
        new_id[nonempty] = np.arange(int(nonempty.sum()))
        kept = units[nonempty].reset_index(drop=True)
        kept.insert(0, "unit", np.arange(len(kept), dtype=np.int64))
        skipped = units[~nonempty].reset_index(drop=True)
        skipped.insert(0, "unit", pd.array([pd.NA] * len(skipped), dtype="Int64"))
        texts = [s for s, k in zip(seqs, nonempty, strict=True) if k]
        token_unit = pd.DataFrame({"doc_id": t["doc_id"].to_numpy(), "position": t["position"].to_numpy(),
                                   "unit": new_id[unit_codes]})
        dictionary = Dictionary(texts)
        corpus = [dictionary.doc2bow(s) for s in texts]
        return _Prepared(units=kept, skipped=skipped, texts=texts, dictionary=dictionary, corpus=corpus,
                         report=pd.DataFrame(report), token_unit=token_unit, meta=meta)

    def _fit_prepared(self, prep: _Prepared, tokens: pd.DataFrame | None) -> None:
        n_units = len(prep.units)
        if self.n_topics > n_units:
            raise ValueError(
                f"n_topics={self.n_topics} is larger than the number of non-empty units ({n_units} "
                f"{self.unit}s); choose n_topics <= {n_units} or a smaller unit (unit='paragraph' or 'window')")
        if len(prep.skipped):
            warnings.warn(
                f"{len(prep.skipped)} of {len(prep.skipped) + n_units} {self.unit}s have no term left after "
                f"filtering and are left out of the model; see .skipped_units_ and .filter_report_",
                UserWarning, stacklevel=3)
        k = int(self.n_topics)
        seed = int(self.random_state)
        dictionary, corpus = prep.dictionary, prep.corpus
        if self.method == "lda":
            from gensim.models import LdaModel

            model = LdaModel(corpus=corpus, id2word=dictionary, num_topics=k, random_state=seed,
                             passes=int(self.passes), iterations=int(self.iterations),
                             chunksize=int(self.chunksize), alpha=self.alpha, eta=self.eta, eval_every=None)
            topic_word = model.get_topics()
            gamma, _ = model.inference(corpus)
            doc_topic = gamma / gamma.sum(axis=1, keepdims=True)
        elif self.method == "nmf":
            from gensim.models.nmf import Nmf

            model = Nmf(corpus=corpus, id2word=dictionary, num_topics=k, random_state=seed,
                        passes=int(self.passes), chunksize=int(self.chunksize), normalize=True, eval_every=None)
            topic_word = model.get_topics(normalize=True)
            doc_topic = np.zeros((n_units, k))
            for i, bow in enumerate(corpus):
                for j, p in model.get_document_topics(bow, minimum_probability=0.0, normalize=True):
                    doc_topic[i, j] = p
        else:
            import logging

            from gensim.models import EnsembleLda

            logging.getLogger("gensim.models.ensemblelda").setLevel(logging.CRITICAL)
            model = EnsembleLda(corpus=corpus, id2word=dictionary, num_topics=k, num_models=int(self.n_models),
                                topic_model_class="lda", random_state=seed, passes=int(self.passes),
                                iterations=int(self.iterations), chunksize=int(self.chunksize),
                                ensemble_workers=1, distance_workers=1)
            if len(model.get_topics()) == 0:
                raise ValueError(
                    f"the ensemble of {self.n_models} LDA models found no stable topic; raise n_models or "
                    f"passes, or use method='lda'")
            if model.classic_model_representation is None:
                model.generate_gensim_representation()
            lda = model.classic_model_representation
            topic_word = np.asarray(model.get_topics(), dtype=float)
            gamma, _ = lda.inference(corpus)
            doc_topic = gamma / gamma.sum(axis=1, keepdims=True)
        topic_word = np.asarray(topic_word, dtype=float)
        topic_word = topic_word / topic_word.sum(axis=1, keepdims=True)
        self.units_ = prep.units
        self.skipped_units_ = prep.skipped
        self.texts_ = prep.texts
        self.dictionary_ = dictionary
        self.corpus_ = corpus
        self.filter_report_ = prep.report
        self.meta_columns_ = list(prep.meta)
        self._token_unit = prep.token_unit
        self.tokens_ = tokens
        self.model_ = model
        self.topic_word_ = topic_word
        self.doc_topic_ = np.asarray(doc_topic, dtype=float)
        self.n_topics_ = topic_word.shape[0]
        self.terms_ = np.array([dictionary[i] for i in range(len(dictionary))], dtype=object)

    # -------------------------------------------------------------------------------------- results
    def labels(self, n: int = 3, *, frex_weight: float = 0.5) -> list[str]:
        """One label per topic: its ``n`` highest-FREX terms joined with ", "."""
        self._check_fitted("labels")
        scores = frex(self.topic_word_, weight=frex_weight)
        alpha_rank = self._alpha_rank()
        return [", ".join(str(self.terms_[j]) for j in np.lexsort((alpha_rank, -scores[k]))[:n])
                for k in range(self.n_topics_)]

    def _alpha_rank(self) -> np.ndarray:
        """Alphabetical rank of every term, the tie-break of every ranking."""
        return np.argsort(np.argsort(self.terms_.astype(str), kind="stable"), kind="stable")

    def topic_terms(self, top_n: int = 10, *, frex_weight: float = 0.5) -> pd.DataFrame:
        """The top terms of every topic by probability and by FREX.

        A term is listed for a topic when it is among the topic's ``top_n`` by probability or by FREX
        (Roberts et al. 2016; see :func:`frex`), so filter ``rank_probability <= n`` or ``rank_frex <= n``.

        Returns
        -------
        DataFrame, sorted by ``topic``, ``rank_probability``, with the columns ``topic`` (int, 0-based),
        ``label`` (the topic's three highest-FREX terms), ``term``, ``probability`` (P(term | topic)),
        ``exclusivity`` (probability / sum over topics), ``frex``, ``rank_probability``, ``rank_frex``
        (1-based within the topic; ties broken alphabetically), ``frex_weight``.
        """
        self._check_fitted("topic_terms")
        check_type("top_n", top_n, (int, np.integer), "an int")
        if top_n < 1:
            raise ValueError(f"top_n={top_n!r} must be at least 1")
        beta = self.topic_word_
        scores = frex(beta, weight=frex_weight)
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
        document, in corpus order), then topic.
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
        their bags of words (``corpus_``). Higher is more coherent; ``u_mass`` is negative.

        Returns
        -------
        DataFrame, one row per topic: ``topic``, ``label``, ``c_v``, ``c_npmi``, ``u_mass`` (NaN for a
        measure not asked for), ``top_n``.
        """
        self._check_fitted("coherence")
        wanted = as_list(measures)
        for m in wanted:
            check_one_of("measures", m, MEASURES)
        values = _coherence(self, wanted, top_n)
        out = pd.DataFrame({"topic": np.arange(self.n_topics_, dtype=np.int64), "label": self.labels()})
        for m in MEASURES:
            out[m] = values.get(m, np.full(self.n_topics_, np.nan))
        out["top_n"] = int(top_n)
        return out

    def top_terms(self, top_n: int = 10) -> list[list[str]]:
        """The ``top_n`` most probable terms of each topic (ties alphabetically)."""
        self._check_fitted("top_terms")
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


# ------------------------------------------------------------------------------------------ coherence
def _coherence(model: TopicModel, measures: Sequence[str], top_n: int) -> dict[str, np.ndarray]:
    import logging

    from gensim.models.coherencemodel import CoherenceModel

    logging.getLogger("gensim.topic_coherence").setLevel(logging.WARNING)
    topics = model.top_terms(top_n)
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
        ta = [set(t) for t in a.top_terms(top_n)]
        tb = [set(t) for t in b.top_terms(top_n)]
        sim = np.array([[len(p & q) / len(p | q) if p | q else 0.0 for q in tb] for p in ta])
    rows, cols = linear_sum_assignment(-sim)
    return sim[rows, cols]


def choose_k(tokens: pd.DataFrame, *, ks: Iterable[int] = range(2, 11), seeds: Sequence[int] = (0, 1, 2),
             measures: str | Sequence[str] = MEASURES, top_n: int = 10, similarity: str = "jaccard",
             **params: Any) -> pd.DataFrame:
    """Compare numbers of topics: coherence and stability across seeds, one row per K.

    For every K in ``ks`` and every seed in ``seeds`` a :class:`TopicModel` is fitted (``params`` are
    passed to it; preprocessing runs once). Coherence is the mean over topics and seeds. Stability: for
    every pair of seeds, the topics of the two runs are matched one to one by the Hungarian assignment
    (Kuhn 1955) maximising their similarity -- Jaccard similarity of the ``top_n`` terms (Greene, O'Callaghan
    & Cunningham 2014) or cosine similarity of the topic-word distributions -- and the matched similarities
    are averaged. A K whose topics come back under other seeds scores near 1.

    Returns
    -------
    DataFrame, one row per K in the order given: ``k``, ``method``, ``unit``, ``n_units``, ``n_seeds``,
    ``c_v``, ``c_npmi``, ``u_mass`` (mean over topics and seeds; NaN when not in ``measures``),
    ``stability`` (mean matched similarity over seed pairs and topics; NaN with one seed),
    ``stability_min`` (the worst-matched topic's similarity over all pairs), ``similarity``, ``top_n``.
    """
    ks = [int(k) for k in ks]
    if not ks:
        raise ValueError("ks is empty; give the numbers of topics to compare, e.g. ks=range(2, 11)")
    seeds = [int(s) for s in as_list(seeds)] if not isinstance(seeds, int) else [int(seeds)]
    if not seeds:
        raise ValueError("seeds is empty; give at least one random seed, e.g. seeds=(0, 1, 2)")
    check_one_of("similarity", similarity, SIMILARITIES)
    wanted = as_list(measures)
    for m in wanted:
        check_one_of("measures", m, MEASURES)
    if "random_state" in params or "n_topics" in params:
        raise ValueError("choose_k sets n_topics and random_state itself; pass ks= and seeds= instead")
    base = TopicModel(ks[0], **params)
    base._validate()
    prep = base._prepare(tokens)
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
            m._fit_prepared(prep, tokens)
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
    return pd.DataFrame(rows, columns=["k", "method", "unit", "n_units", "n_seeds", *MEASURES, "stability",
                                       "stability_min", "similarity", "top_n"])


# ------------------------------------------------------------------------------------------ by group
def _check_model(model: Any, name: str) -> TopicModel:
    check_type("model", model, TopicModel, "a TopicModel")
    if not model.is_fitted:
        raise _not_fitted(name)
    return model


def _groups(model: TopicModel, by: str | Sequence[str]) -> tuple[list[str], pd.DataFrame, pd.DataFrame]:
    """Group columns, the unit-level group keys, and every group present in the fitted token table."""
    cols = as_list(by)
    if not cols:
        raise ValueError("by is empty; name a document column such as 'source'")
    available = ["doc_id", *model.meta_columns_]
    for c in cols:
        if c not in available:
            raise ValueError(f"by={c!r} is not a document column of the fitted tokens; available: {_fmt(available)}")
    keys = model.units_[cols]
    every = pd.concat([model.units_[cols], model.skipped_units_[cols]], ignore_index=True)
    if model.tokens_ is not None and all(c in model.tokens_.columns for c in cols):
        every = pd.concat([every, model.tokens_[cols]], ignore_index=True)
    every = every.dropna().drop_duplicates().reset_index(drop=True)
    n_missing = int(keys.isna().any(axis=1).sum())
    if n_missing:
        warnings.warn(f"{n_missing} units have a missing value in {cols} and are left out of the groups; "
                      f"fill the column to keep them", UserWarning, stacklevel=3)
    for c in cols:  # unused categories of a categorical column are groups with no units too
        if isinstance(model.units_[c].dtype, pd.CategoricalDtype):
            extra = [v for v in model.units_[c].cat.categories if v not in set(every[c])]
            if extra and len(cols) == 1:
                every = pd.concat([every, pd.DataFrame({c: extra})], ignore_index=True)
    every = every.sort_values(cols, kind="stable").reset_index(drop=True)
    return cols, keys, every


def _bootstrap_means(values: np.ndarray, codes: np.ndarray, n_groups: int, n_boot: int, level: float,
                     rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Mean of ``values`` (units x columns) per group, with percentile bootstrap intervals over units."""
    n_cols = values.shape[1]
    mean = np.full((n_groups, n_cols), np.nan)
    lo = np.full((n_groups, n_cols), np.nan)
    hi = np.full((n_groups, n_cols), np.nan)
    n = np.bincount(codes, minlength=n_groups)
    alpha = (1.0 - level) / 2.0
    for g in range(n_groups):
        rows = np.flatnonzero(codes == g)
        if len(rows) == 0:
            continue
        x = values[rows]
        mean[g] = x.mean(axis=0)
        if n_boot > 0:
            boots = np.empty((n_boot, n_cols))
            step = max(1, 2_000_000 // max(len(rows), 1))
            for b0 in range(0, n_boot, step):
                b1 = min(n_boot, b0 + step)
                w = rng.multinomial(len(rows), np.full(len(rows), 1.0 / len(rows)), size=b1 - b0)
                boots[b0:b1] = (w @ x) / len(rows)
            lo[g] = np.quantile(boots, alpha, axis=0)
            hi[g] = np.quantile(boots, 1.0 - alpha, axis=0)
    return mean, lo, hi, n


def topics_by(model: TopicModel, *, by: str | Sequence[str] = "source", n_boot: int = 1000, level: float = 0.95,
              random_state: int = 0) -> pd.DataFrame:
    """Prevalence of each topic per group: the mean topic proportion of the group's units, with intervals.

    The interval is a percentile bootstrap over the group's units (``n_boot`` resamples of its units with
    replacement; Efron & Tibshirani 1993). Units are not independent (paragraphs of one article), so with
    few documents per group the interval understates the uncertainty about the outlet as a whole.
    A group present in the fitted token table but without any unit left after filtering gets rows with
    ``n_units = 0`` and missing values, and a warning.

    Returns
    -------
    DataFrame, one row per (group, topic), sorted by group then topic: the ``by`` column(s), ``topic``,
    ``label``, ``prevalence``, ``ci_low``, ``ci_high``, ``n_units``, ``n_boot``, ``level``.
    """
    model = _check_model(model, "topics_by")
    check_type("n_boot", n_boot, (int, np.integer), "an int")
    if n_boot < 0:
        raise ValueError(f"n_boot={n_boot!r} must be >= 0 (0 skips the intervals)")
    if not 0 < level < 1:
        raise ValueError(f"level={level!r} must be between 0 and 1, e.g. 0.95")
    cols, keys, every = _groups(model, by)
    return _by_group(model.doc_topic_, keys, every, cols, np.arange(model.n_topics_), model.labels(),
                     "topic", n_boot, level, random_state)


def _by_group(values: np.ndarray, keys: pd.DataFrame, every: pd.DataFrame, cols: list[str], ids: np.ndarray,
              labels: Sequence[str], id_name: str, n_boot: int, level: float, random_state: int) -> pd.DataFrame:
    idx = pd.MultiIndex.from_frame(every)
    codes = idx.get_indexer(pd.MultiIndex.from_frame(keys))
    known = codes >= 0  # units with a missing group value (reported by _groups) are left out
    rng = np.random.default_rng(random_state)
    mean, lo, hi, n = _bootstrap_means(values[known], codes[known], len(every), n_boot, level, rng)
    empty = [tuple(r) if len(cols) > 1 else r[0] for r, c in zip(every.itertuples(index=False), n, strict=True)
             if c == 0]
    if empty:
        warnings.warn(f"{len(empty)} group(s) of {cols} have no unit in the model (all their text was filtered "
                      f"out or skipped): {_fmt(empty)}; their rows hold missing values", UserWarning, stacklevel=3)
    k = len(ids)
    out = every.loc[every.index.repeat(k)].reset_index(drop=True)
    out[id_name] = np.tile(ids, len(every))
    out["label"] = np.tile(np.array(labels, dtype=object), len(every))
    out["prevalence"] = mean.reshape(-1)
    out["ci_low"] = lo.reshape(-1)
    out["ci_high"] = hi.reshape(-1)
    out["n_units"] = np.repeat(n, k).astype(np.int64)
    out["n_boot"] = int(n_boot)
    out["level"] = float(level)
    return out


def topic_frames(model: TopicModel, lexicon: Any = "framing", *, by: str | Sequence[str] = "source",
                 categories: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Topic x frame: the share of each frame's lexicon hits that falls in each topic, per group.

    Every hit of the lexicon (:meth:`discourse.Lexicon.find_matches` on the fitted token table) lies in a
    unit; it is shared among topics in proportion to that unit's topic proportions (a soft assignment, so a
    hit in a paragraph that is 70 % topic 2 counts 0.7 to topic 2). Summing over the group's hits gives the
    expected number of the frame's hits per topic; ``share`` divides by the hits that lie in fitted units.
    Hits in units with no term left after filtering cannot be assigned and are counted in ``n_unassigned``.
    So the same topic can be seen framed differently by different outlets.

    Returns
    -------
    DataFrame, one row per (group, frame, topic), sorted by group, frame (lexicon order), topic: the ``by``
    column(s), ``frame``, ``topic``, ``label``, ``hits`` (expected hits, float), ``share`` (of the group's
    assigned hits of the frame; NaN when it has none), ``n_hits`` (the frame's hits in the group),
    ``n_unassigned``.
    """
    from .lexicon import load_lexicon

    model = _check_model(model, "topic_frames")
    lex = load_lexicon(lexicon)
    cats = lex.check_categories(categories)
    cols, keys, every = _groups(model, by)
    tokens = model.tokens_
    on = model.column if model.column in ("norm", "stem") else "norm"
    matches = lex.find_matches(tokens, on=on, categories=cats)
    tu = model._token_unit
    unit_of = pd.Series(tu["unit"].to_numpy(), index=pd.MultiIndex.from_arrays(
        [tu["doc_id"].to_numpy(), tu["position"].to_numpy()]))
    hit_units = unit_of.reindex(pd.MultiIndex.from_arrays(
        [matches["doc_id"].to_numpy(), matches["start_position"].to_numpy()])).to_numpy()
    hit_units = np.where(pd.isna(hit_units), -1, hit_units).astype(np.int64)
    # group of each hit, from the document (a hit in a skipped unit still belongs to its document's group)
    doc_groups = pd.concat([model.units_[["doc_id", *cols]], model.skipped_units_[["doc_id", *cols]]])
    doc_groups = doc_groups.loc[:, ~doc_groups.columns.duplicated()].drop_duplicates("doc_id")
    hit_docs = pd.DataFrame({"doc_id": matches["doc_id"].to_numpy()})
    hit_keys = hit_docs.merge(doc_groups, on="doc_id", how="left")[cols]
    g_idx = pd.MultiIndex.from_frame(every)
    g_codes = g_idx.get_indexer(pd.MultiIndex.from_frame(hit_keys)) if len(matches) else np.array([], dtype=int)
    f_codes = np.array([cats.index(c) for c in matches["frame"]], dtype=np.int64)
    k = model.n_topics_
    n_g, n_f = len(every), len(cats)
    hits = np.zeros((n_g, n_f, k))
    n_hits = np.zeros((n_g, n_f), dtype=np.int64)
    n_un = np.zeros((n_g, n_f), dtype=np.int64)
    for g, f, u in zip(g_codes, f_codes, hit_units, strict=True):
        if g < 0:
            continue
        n_hits[g, f] += 1
        if u < 0:
            n_un[g, f] += 1
        else:
            hits[g, f] += model.doc_topic_[u]
    assigned = (n_hits - n_un)[:, :, None].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(assigned > 0, hits / np.where(assigned > 0, assigned, 1), np.nan)
    labels = model.labels()
    out = every.loc[every.index.repeat(n_f * k)].reset_index(drop=True)
    out["frame"] = np.tile(np.repeat(np.array(cats, dtype=object), k), n_g)
    out["topic"] = np.tile(np.arange(k, dtype=np.int64), n_g * n_f)
    out["label"] = np.tile(np.array(labels, dtype=object), n_g * n_f)
    out["hits"] = hits.reshape(-1)
    out["share"] = share.reshape(-1)
    out["n_hits"] = np.repeat(n_hits.reshape(-1), k)
    out["n_unassigned"] = np.repeat(n_un.reshape(-1), k)
    return out


# ------------------------------------------------------------------------------------------ frame packages
@dataclass
class FramePackages:
    """Frame packages: the topic network, its communities and their prevalence (tidy tables).

    Attributes
    ----------
    nodes : DataFrame
        One row per topic: ``topic``, ``label``, ``package`` (0-based community id, largest community
        first), ``prevalence`` (mean proportion over all units), ``strength`` (sum of edge weights).
    edges : DataFrame
        One row per kept edge (positive weight): ``source_topic`` < ``target_topic`` (the network is
        undirected), ``weight``, ``same_package``.
    prevalence : DataFrame
        One row per (group, package): the ``by`` column(s), ``package``, ``topics`` (the package's topic
        ids, comma-separated), ``prevalence`` (summed mean proportion of its topics), ``ci_low``,
        ``ci_high``, ``n_units``, ``n_boot``, ``level``.
    modularity : float
        Weighted modularity (Newman 2006) of the partition.
    params : dict
        ``level``, ``similarity``, ``community``, ``min_weight``, ``random_state``.
    """

    nodes: pd.DataFrame
    edges: pd.DataFrame
    prevalence: pd.DataFrame
    modularity: float
    params: dict[str, Any] = field(default_factory=dict)


def _leading_eigenvector(w: np.ndarray) -> list[list[int]]:
    """Communities by Newman's (2006) leading-eigenvector method with repeated bisection (as igraph's
    ``cluster_leading_eigen``, the method of Walter & Ophir 2019), on a weighted adjacency matrix."""
    n = len(w)
    strength = w.sum(axis=1)
    two_m = strength.sum()
    if two_m <= 0:
        return [[i] for i in range(n)]
    b = w - np.outer(strength, strength) / two_m
    queue = [list(range(n))]
    done: list[list[int]] = []
    while queue:
        g = queue.pop(0)
        if len(g) < 2:
            done.append(g)
            continue
        bg = b[np.ix_(g, g)].copy()
        bg[np.diag_indices(len(g))] -= bg.sum(axis=1)  # generalised modularity matrix (Newman 2006, eq. 6)
        vals, vecs = np.linalg.eigh(bg)
        lead = vecs[:, -1]
        if vals[-1] <= 1e-10:
            done.append(g)
            continue
        # a deterministic sign: the largest-magnitude component positive
        if lead[np.argmax(np.abs(lead))] < 0:
            lead = -lead
        s = np.where(lead > 0, 1.0, -1.0)
        gain = s @ bg @ s
        part_a = [g[i] for i in range(len(g)) if s[i] > 0]
        part_b = [g[i] for i in range(len(g)) if s[i] < 0]
        if gain <= 1e-10 or not part_a or not part_b:
            done.append(g)
            continue
        queue.extend([part_a, part_b])
    return done


def frame_packages(model: TopicModel, *, by: str | Sequence[str] = "source", level: str = "unit",
                   similarity: str = "cosine", community: str = "leading_eigenvector", min_weight: float = 0.0,
                   n_boot: int = 1000, ci_level: float = 0.95, random_state: int = 0) -> FramePackages:
    """Frame packages from a network of topics (Walter & Ophir 2019, "ANTMN").

    Topics are nodes; two topics are linked by how they co-occur: the cosine similarity (as ANTMN) or the
    Pearson correlation of their proportions across units (``level="unit"``) or documents
    (``level="document"``). Only edges with weight above ``min_weight`` (and always positive) are kept.
    Communities of the weighted network are the frame packages: ``community="leading_eigenvector"``
    (Newman 2006, as ANTMN with igraph; deterministic) or ``"louvain"`` (Blondel et al. 2008, networkx,
    seeded by ``random_state``). Each package's prevalence per group is the summed mean proportion of its
    topics, with a percentile bootstrap over units as in :func:`topics_by`.

    Returns a :class:`FramePackages` with the tidy tables ``nodes``, ``edges`` and ``prevalence``.
    """
    import networkx as nx

    model = _check_model(model, "frame_packages")
    check_one_of("level", level, ["unit", "document"])
    check_one_of("similarity", similarity, ["cosine", "correlation"])
    check_one_of("community", community, ["leading_eigenvector", "louvain"])
    cols, keys, every = _groups(model, by)
    k = model.n_topics_
    if level == "unit":
        theta = model.doc_topic_
    else:
        dt = model.doc_topics(level="document")
        theta = dt["proportion"].to_numpy().reshape(-1, k)
    if similarity == "cosine":
        norm = np.linalg.norm(theta, axis=0)
        x = theta / np.where(norm > 0, norm, 1.0)
        w = x.T @ x
    else:
        if len(theta) < 3:
            raise ValueError(f"similarity='correlation' needs at least 3 {level}s, got {len(theta)}; "
                             f"use similarity='cosine' or level='unit'")
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.nan_to_num(np.corrcoef(theta, rowvar=False), nan=0.0)
    np.fill_diagonal(w, 0.0)
    w = np.where(w > max(float(min_weight), 0.0), w, 0.0)
    graph = nx.Graph()
    graph.add_nodes_from(range(k))
    for a in range(k):
        for b in range(a + 1, k):
            if w[a, b] > 0:
                graph.add_edge(a, b, weight=float(w[a, b]))
    if community == "louvain":
        comms = [sorted(c) for c in nx.community.louvain_communities(graph, weight="weight", seed=random_state)]
    else:
        comms = _leading_eigenvector(w)
    comms = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c[0]))
    package = np.empty(k, dtype=np.int64)
    for p, c in enumerate(comms):
        package[c] = p
    modularity = float(nx.community.modularity(graph, [set(c) for c in comms], weight="weight")) \
        if graph.number_of_edges() else 0.0
    labels = model.labels()
    nodes = pd.DataFrame({"topic": np.arange(k, dtype=np.int64), "label": labels, "package": package,
                          "prevalence": model.doc_topic_.mean(axis=0), "strength": w.sum(axis=1)})
    edge_rows = [(a, b, float(w[a, b]), bool(package[a] == package[b]))
                 for a in range(k) for b in range(a + 1, k) if w[a, b] > 0]
    edges = pd.DataFrame(edge_rows, columns=["source_topic", "target_topic", "weight", "same_package"])
    edges = edges.astype({"source_topic": np.int64, "target_topic": np.int64, "weight": float,
                          "same_package": bool})
    sums = np.stack([model.doc_topic_[:, c].sum(axis=1) for c in comms], axis=1)
    prev = _by_group(sums, keys, every, cols, np.arange(len(comms)),
                     [", ".join(map(str, c)) for c in comms], "package", int(n_boot), float(ci_level),
                     random_state)
    prev = prev.rename(columns={"label": "topics"})
    return FramePackages(nodes=nodes, edges=edges, prevalence=prev, modularity=modularity,
                         params={"level": level, "similarity": similarity, "community": community,
                                 "min_weight": float(min_weight), "random_state": int(random_state)})
