"""The analysis behind the report: every table the page and the figures need, computed once on first use.

:class:`Analysis` checks its options when it is made (the grouping column, the lexicon and its two poles,
the number of topics), before any tokenising, so a bad option costs nothing. Its tables are cached
properties: the corpus is tokenised once and the lexicon is matched once (``matches``); every later table
reuses them.
"""

from __future__ import annotations

import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from .._util import _fmt, check_seed, check_type
from ..plots import group_labels, ordered_groups
from ..resample import DEFAULT_INTERVAL, check_interval

__all__ = ["Analysis", "KEYNESS_MAX_ROWS", "KEYNESS_MIN_COUNT", "KEYNESS_TOP", "LSS_MAX_WORDS", "MIN_POLE_HITS",
           "POLES", "TERM_CHUNK_ROWS", "TOPIC_MAX_WORDS", "peak_memory_mb", "release_memory", "report_options", "sample_units", "say"]

#: the default poles of the balance index
POLES = ("promotional", "rights")
#: a balance resting on fewer pole hits than this is drawn hollow and called "not estimated" in the summary
MIN_POLE_HITS = 5
#: the keyness table keeps every (group, term) row up to this many rows; beyond, only the top terms of each
#: group (:data:`KEYNESS_TOP` at each end by log-odds z and by Log Ratio, terms seen
#: :data:`KEYNESS_MIN_COUNT`+ times): the full table of 200 groups and 100,000 terms would be 20 million rows
KEYNESS_MAX_ROWS = 250_000
KEYNESS_TOP = 50
KEYNESS_MIN_COUNT = 3
#: the topic model is fitted on all paragraphs up to this many word tokens; beyond, on a random sample of
#: paragraphs (seeded by ``random_state``) holding about this many
TOPIC_MAX_WORDS = 500_000
#: Latent Semantic Scaling learns its word vectors (an SVD of the sentence-by-word matrix) from all sentences
#: up to this many word tokens; beyond, from a random sample of sentences; it scores every document
LSS_MAX_WORDS = 50_000
#: term counts are counted (and added up) one chunk of whole documents of at most this many token rows at a
#: time: the counting core holds a Python string per token of its chunk (5,000 UN speeches are 16 million rows)
TERM_CHUNK_ROWS = 1_000_000


def say(msg: str, verbose: bool) -> None:
    """A progress line on stderr (the report's only printing)."""
    if verbose:
        print(f"[discourse report] {msg}", file=sys.stderr, flush=True)


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, in MB (``getrusage``; NaN where it is unavailable)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def release_memory() -> None:
    """Give the heap memory that freed objects leave behind back to the system (glibc's ``malloc_trim``;
    nothing elsewhere). A stage's working arrays and strings are freed when it ends, but the C allocator keeps
    their pages, so the resident memory of a long report only ever grows (on 1,000 UN speeches, finding the
    hits left 230 MB resident for a 7 MB table; trimming returned 130 MB of it)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # pragma: no cover - another C library (musl)
        pass


def report_options(corpus, *, by: str, lexicon: Any, poles: Any, n_topics: Any) -> tuple[Any, tuple[str, str]]:
    """Check the report's options against the corpus and the lexicon, before any work is done.

    Returns the loaded lexicon and the two poles. Raises ValueError (bad values) or TypeError (bad types)
    naming the option, its value and what would be valid.
    """
    from ..framing import check_poles
    from ..lexicon import Lexicon, load_lexicon

    check_type("by", by, str, "a column name (str)")
    cols = [c for c in corpus.documents.columns if c != "text"]
    if by not in cols:
        raise ValueError(f"by={by!r} is not a document column; available: {_fmt(cols)}")
    if n_topics is not None:
        if isinstance(n_topics, bool) or not isinstance(n_topics, int | np.integer):
            raise TypeError(f"n_topics must be an int (the number of topics), got {type(n_topics).__name__}: "
                            f"{n_topics!r:.40}")
        if n_topics < 2:
            raise ValueError(f"n_topics={n_topics!r}: a topic model needs at least 2 topics (or leave it unset "
                             "for the default: 5, fewer on small corpora)")
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    if poles is None:
        poles = POLES
    if isinstance(poles, str):
        poles = tuple(p.strip() for p in poles.split(","))
    try:
        poles = check_poles(lex, poles)
    except ValueError as err:
        raise ValueError(f"{err}. The report contrasts two categories of the lexicon: name them with "
                         f"poles=('A', 'B') (command line: --poles A,B)") from None
    return lex, poles


def sample_units(tokens: pd.DataFrame, unit: str, max_words: int, random_state: int) -> tuple[pd.DataFrame, str]:
    """The tokens of a random sample of units (``(doc_id, unit)`` pairs: paragraphs, sentences) holding at
    most ``max_words`` word tokens, and a sentence saying what was sampled; all tokens and ``""`` when they
    hold no more than ``max_words`` words. Units are taken in a random order (``random_state``) while the
    running total of their words stays within the budget; the tokens keep their order.

    The random order permutes the units listed by ``doc_id`` and unit number, not in the order of the rows, so
    the same documents in another order give the same sample (in the order of the rows, 36 UN speeches
    shuffled shared 93 of about 250 sampled paragraphs)."""
    word = ~tokens["is_punct"].to_numpy(bool)
    n_words = int(word.sum())
    if n_words <= max_words:
        return tokens, ""
    codes = tokens.groupby(["doc_id", unit], sort=False, observed=True).ngroup().to_numpy()
    size = np.bincount(codes, weights=word, minlength=int(codes.max()) + 1)
    first = np.unique(codes, return_index=True)[1]
    listed = np.lexsort((tokens[unit].to_numpy()[first],
                         tokens["doc_id"].iloc[first].astype(str).to_numpy(dtype=object)))
    order = listed[np.random.default_rng(random_state).permutation(len(size))]
    keep = order[np.cumsum(size[order]) <= max_words]
    chosen = np.zeros(len(size), dtype=bool)
    chosen[keep] = True
    what = (f"a random sample of {len(keep):,} of the {len(size):,} {unit}s ({int(size[keep].sum()):,} of "
            f"{n_words:,} words; at most {max_words:,}, random_state={random_state})")
    return tokens[chosen[codes]], what


class Analysis:
    """Every table the report and the figures need, computed once on first use.

    Parameters
    ----------
    corpus : Corpus, optional
        Default: the bundled seed corpus.
    by : str
        Document column that defines the groups compared (default ``source``).
    lexicon : str, path or Lexicon
        Framing lexicon (default the bundled ``framing``).
    poles : (str, str) or "A,B"
        The two categories of the lexicon the balance index contrasts (default ``promotional``, ``rights``).
    n_topics : int, optional
        Topics in the topic model (default: 5, fewer when there are few paragraphs).
    n_boot : int
        Bootstrap resamples for the balance intervals.
    interval : {"percentile", "expanded", "bca"}
        How the balance, topic and package intervals are read from the resamples (``--interval``;
        :mod:`discourse.resample`): Hesterberg's expanded percentile (default), percentile, or BCa.
    random_state : int
        Seed of the bootstrap and of the topic model.
    max_groups : int
        Figures that draw one row or panel per group show at most this many groups, the largest by
        word count (keyness panels: at most 9); the tables always hold every group.
    speakers : True or 'scored'
        How quotations get their speakers (the ``speaker`` of the tokens and of the quotations table, so
        "who voices which frame"): the rules (``True``, default) or the trained scorer (``'scored'``: more
        speakers named, more of them wrong; :func:`discourse.find_quote_spans`).
    verbose : bool
        Print progress of the long steps to stderr.

    Every option is checked here, before any tokenising. When ``by="source"`` and documents have no source
    of their own (a CSV without a source column: each document's source is the corpus name), a warning says
    so and :attr:`notes` records it for the page.
    """

    def __init__(self, corpus=None, *, by: str = "source", lexicon: Any = "framing", poles: Any = POLES,
                 n_topics: int | None = None, n_boot: int = 1000, random_state: int = 0, max_groups: int = 30,
                 speakers: bool | str = True, verbose: bool = False, interval: str = DEFAULT_INTERVAL) -> None:
        from ..corpus import Corpus, load_corpus
        from ..quotes import check_speakers

        if corpus is None:
            corpus = load_corpus()
        check_type("corpus", corpus, Corpus, "a Corpus (see discourse.load_corpus)")
        check_type("n_boot", n_boot, int, "an int")
        check_type("max_groups", max_groups, int, "an int")
        if max_groups < 1:
            raise ValueError(f"max_groups={max_groups} (--max-groups) must be at least 1")
        if n_boot < 0:
            raise ValueError(f"n_boot={n_boot} (--n-boot) must be 0 or more (0 turns the bootstrap intervals off)")
        check_seed("random_state", random_state, "--random-state")
        check_interval(interval)
        check_speakers(speakers)
        if speakers is False:
            raise ValueError("speakers=False is not a report option: the report compares who voices which frame; "
                             "give True (the rules) or 'scored' (the trained scorer)")
        self.lexicon, self.poles = report_options(corpus, by=by, lexicon=lexicon, poles=poles, n_topics=n_topics)
        self.corpus = corpus
        self.by = by
        self.n_topics_arg = n_topics
        self.n_boot = n_boot
        self.interval = interval
        self.random_state = random_state
        self.max_groups = max_groups
        self.speakers = speakers
        self.verbose = verbose
        self.timings: dict[str, float] = {}
        #: what could not be computed or needs a caveat: (section, message) pairs shown in the page
        self.notes: list[tuple[str, str]] = []
        #: the warnings raised while the figures of :func:`~discourse.report.write_figure` were drawn
        #: ("UserWarning: message", each once, in the order raised): its provenance files list them, as the
        #: report's provenance lists the warnings of its run
        self.run_warnings: list[str] = []
        docs = corpus.documents
        if by == "source" and len(docs) and (docs["source"].astype(str) == str(corpus.name)).all():
            msg = (f"the corpus has no source of its own: every document's source is the corpus name "
                   f"{corpus.name!r}, so by='source' makes one group. Load the corpus with source=<column> "
                   f"(command line: --source COLUMN) or group by another column with by=<column>")
            warnings.warn(msg, UserWarning, stacklevel=2)
            self.notes.append(("corpus", msg))

    # -- bookkeeping
    def step(self, name: str, fn: Callable[[], Any]) -> Any:
        """Run one stage: say when it starts and when it ends, with its wall time and the peak memory of
        the process so far; record the time in :attr:`timings`. Freed memory is given back to the system
        after each stage (:func:`release_memory`)."""
        say(f"{name} ...", self.verbose)
        t0 = time.perf_counter()
        out = fn()
        release_memory()
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
        say(f"{name} done in {time.perf_counter() - t0:.1f} s (peak memory {peak_memory_mb():,.0f} MB)",
            self.verbose)
        return out

    def note(self, section: str, message: str) -> None:
        """Record something the page must say (what could not be computed and why)."""
        if (section, message) not in self.notes:
            self.notes.append((section, message))

    @property
    def parameters(self) -> dict[str, Any]:
        return {"by": self.by, "n_topics": self.n_topics, "n_boot": self.n_boot, "interval": self.interval,
                "topic_method": "lda",
                "topic_unit": "paragraph", "topic_passes": self.topic_passes, "max_groups": self.max_groups,
                "speakers": "scored" if self.speakers == "scored" else "rules",
                "poles": list(self.poles), "keyness_reference": "all other groups",
                "min_pole_hits": MIN_POLE_HITS, "keyness_max_rows": KEYNESS_MAX_ROWS,
                "keyness_top": KEYNESS_TOP, "keyness_min_count": KEYNESS_MIN_COUNT,
                "topic_max_words": TOPIC_MAX_WORDS, "lss_max_words": LSS_MAX_WORDS}

    @property
    def seeds(self) -> dict[str, Any]:
        return {"random_state": self.random_state}

    def provenance(self, *, what: str | None = None, outputs: Sequence[str] | None = None,
                   parameters: dict[str, Any] | None = None) -> dict[str, Any]:
        from ..provenance import provenance

        return provenance(self.corpus, lexicon=self.lexicon, parameters={**self.parameters, **(parameters or {})},
                          seeds=self.seeds, outputs=outputs, what=what)

    # -- inputs
    @cached_property
    def has_dates(self) -> bool:
        d = self.corpus.documents.get("date")
        return d is not None and pd.to_datetime(d, errors="coerce").dropna().nunique() >= 2

    @cached_property
    def tokens(self) -> pd.DataFrame:
        from ..quotes import OWN_NAME_COLUMNS
        from ..text import tokenize

        # the use rules read the document's own names (source, outlet) from the tokens (discourse.stance):
        # without them "Italy believes that ..." in Italy's statement counted as reported speech, not as the
        # author's view, and the report's balance differed from frame_balance(dc.tokenize(corpus))
        docs = self.corpus.documents
        own = [c for c in OWN_NAME_COLUMNS if c in docs.columns]
        meta = list(dict.fromkeys([self.by, *own] + (["date"] if "date" in docs else [])))
        tokens = self.step("tokenising", lambda: tokenize(self.corpus, metadata=meta, speakers=self.speakers))
        if tokens[self.by].isna().any():
            # documents without a group value form the group "(missing)" rather than being dropped; the labels
            # of a scale (waves, years, dates: ordered_groups) keep its order as the categories of the column, so
            # that the tables sort 1, 2, ..., 10, (missing), not as text (1, 10, 2) as the labels alone did
            natural = ordered_groups(tokens[self.by])
            labels = group_labels(tokens[self.by])
            tokens[self.by] = labels if natural is None else pd.Categorical(labels, categories=natural)
        return tokens

    @cached_property
    def words_per_group(self) -> pd.Series:
        words = self.tokens.loc[~self.tokens["is_punct"], [self.by]]  # one column: no copy of the whole table
        size = words.groupby(self.by, dropna=False, observed=True).size()
        size.index = group_labels(pd.Series(size.index, dtype=object)).to_numpy()
        return size

    def shown_groups(self, limit: int | None = None) -> list[str]:
        """The groups figures draw: all of them, or the ``limit`` (default ``max_groups``) largest by words."""
        limit = self.max_groups if limit is None else limit
        size = self.words_per_group.rename("n").rename_axis("name").reset_index()
        size = size.sort_values(["n", "name"], ascending=[False, True], kind="stable")
        return sorted(size["name"].head(limit).tolist())

    @cached_property
    def group_order(self) -> list[str]:
        """One order of the groups for every figure: by the balance of all voices, the most ``poles[0]``
        first; groups without an estimate (no pole hit) last; ties by name. A ``by`` column of numbers,
        dates or an ordered categorical (years, decades, periods) keeps its own order instead
        (:func:`discourse.plots.ordered_groups`): ordered by the lean, the decades of a figure came as 1950,
        2010, 2020, 2000, 1970, ..., and a reader takes a row of decades for a timeline."""
        natural = ordered_groups(self.corpus.documents[self.by]) if self.by in self.corpus.documents else None
        if natural is not None:
            present = set(self.words_per_group.index)
            return [g for g in natural if g in present] + sorted(present - set(natural))
        try:
            b = self.balance
        except ValueError:  # no balance (the reason is noted where the table is made): largest groups first
            return list(self.words_per_group.sort_index().sort_values(ascending=False, kind="stable").index)
        b = b[(b["level"] == "group") & (b["voice"] == "all")]
        key = pd.DataFrame({"g": group_labels(b[self.by]).to_numpy(), "v": b["balance"].to_numpy(float)})
        key["missing"] = key["v"].isna()
        key = key.sort_values(["missing", "v", "g"], ascending=[True, False, True], kind="stable")
        order = list(dict.fromkeys(key["g"]))
        return order + sorted(set(self.words_per_group.index) - set(order))

    @cached_property
    def n_groups(self) -> int:
        return int(self.tokens[self.by].nunique(dropna=False))

    def only_shown(self, data: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
        keep = set(self.shown_groups(limit))
        return data[group_labels(data[self.by]).isin(keep)]

    # -- framing: the lexicon is matched twice, once for every category (``hits``: the frame terms, counts and
    # contributions) and once for the two poles (``pole_hits``: the balance and its sensitivity; the use rules
    # read the other hits found with a hit, so the poles' hits are found as frame_balance finds them); every
    # table reuses them
    @cached_property
    def hits(self) -> pd.DataFrame:
        """Every hit of every category (:func:`discourse.stance.find_hits_by_documents`), found once."""
        from ..stance import check_tokens, find_hits_by_documents

        return self.step("finding the lexicon's hits (every category)", lambda: find_hits_by_documents(
            check_tokens(self.tokens, "norm"), self.lexicon))

    @cached_property
    def pole_hits(self) -> pd.DataFrame:
        """The hits of the two poles, as :func:`discourse.frame_balance` finds them, found once."""
        from ..stance import check_tokens, find_hits_by_documents

        return self.step("finding the poles' hits", lambda: find_hits_by_documents(
            check_tokens(self.tokens, "norm"), self.lexicon, categories=list(self.poles)))

    def count_frames(self, by: list[str]) -> pd.DataFrame:
        """:func:`discourse.count_frames` (every category, every voice) from :attr:`hits`, counted on runs of
        the token table (:class:`discourse.framing.TokenRuns`) in its small dtypes; the same table (tested)."""
        from ..framing import (
            DEFAULT_VOICES,
            STANCES,
            VOICES,
            TokenRuns,
            check_group_words,
            frame_table,
            punct_mask,
            run_words,
            voice_codes,
        )
        from ..stance import check_tokens

        tokens = check_tokens(self.tokens, "norm")  # the order the hits were found in
        runs = TokenRuns(tokens, by)
        words = runs.word_counts(run_words(runs, voice_codes(tokens, np.int8), punct_mask(tokens)))
        check_group_words(words.sum(axis=1), runs.keys, by)
        h = self.hits
        cats = list(self.lexicon.categories)
        codes = {name: {v: i for i, v in enumerate(values)} for name, values in
                 (("frame", cats), ("voice", VOICES), ("stance", STANCES))}
        at = {name: h[name].map(codes[name]).to_numpy(dtype=np.int64) for name in codes}
        return frame_table(runs.keys, cats, list(DEFAULT_VOICES),
                           hit_group=runs.group[runs.run_of(h["token_row"].to_numpy(dtype=np.int64))],
                           hit_frame=at["frame"], hit_voice=at["voice"], hit_stance=at["stance"], words=words)

    @cached_property
    def frame_counts(self) -> pd.DataFrame:
        return self.step("counting frames", lambda: self.count_frames([self.by]))

    @cached_property
    def doc_frame_counts(self) -> pd.DataFrame:
        by = list(dict.fromkeys(["doc_id", self.by] + (["date"] if "date" in self.tokens else [])))
        return self.step("counting frames per document", lambda: self.count_frames(by))

    @cached_property
    def balance(self) -> pd.DataFrame:
        """``frame_balance`` as it returns it (the CSV keeps it)."""
        from ..framing import frame_balance

        # (its warnings, such as intervals resting on too few units, are said in the page and in each figure's
        # provenance, as the topic model's are, not printed with a source line)
        return self.noted("frame balance", lambda: self.step("frame balance with bootstrap intervals", lambda: frame_balance(
            self.tokens, self.lexicon, by=self.by, poles=self.poles, n_boot=self.n_boot,
            random_state=self.random_state, hits=self.pole_hits, interval=self.interval)))

    @cached_property
    def lexicon_free(self) -> pd.DataFrame:
        """The lexicon balance beside a measure that needs no lexicon, per group (issue of validity: does
        the rest of the vocabulary agree with the counted entries?).

        Latent Semantic Scaling (:class:`discourse.LatentSemanticScaling`, Watanabe 2021) seeded with the
        single-word, non-name entries of the two poles: every word gets a polarity from the corpus's own word
        vectors, every document a score (z-scored over the corpus). Columns: the ``by`` column, ``n_docs``,
        ``lss_mean`` (mean document score), ``balance`` (group balance of all voices), ``n_pole_hits``.
        ``attrs["spearman"]`` is the rank correlation of the two over groups with a balance.
        """
        from ..scaling import LatentSemanticScaling

        pos, neg = self.poles
        entries = self.lexicon.to_frame()
        if "name" in entries.columns:
            entries = entries[~entries["name"].astype(bool)]
        single = entries[entries["n_parts"] == 1]
        seeds = {p: sorted(single.loc[single["category"] == p, "pattern"]) for p in (pos, neg)}
        if not all(seeds.values()):
            raise ValueError(f"the poles need single-word entries to seed Latent Semantic Scaling; "
                             f"{[p for p, v in seeds.items() if not v]} has none")

        fit_on, what = sample_units(self.tokens, "sentence", LSS_MAX_WORDS, self.random_state)

        def run() -> pd.DataFrame:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                lss = LatentSemanticScaling(seeds=seeds, random_state=self.random_state).fit(fit_on)
            notes = [f"Latent Semantic Scaling learnt its word vectors from {what}, and scored every document "
                     "with them"] if what else []
            for w in caught:
                # a lexicon's entries mostly do not occur in one corpus: expected, not said
                if re.match(r"seed word\(s\) .* do not occur in the corpus", str(w.message)):
                    continue
                if issubclass(w.category, UserWarning) and str(w.message).startswith("k="):
                    # too few sentences for the default k: the page says so (one note per section)
                    notes.append(f"the {lss.n_units_:,} sentences allow only {lss.k_} dimensions of word vectors "
                                 "(LSS's default is 300), so the word polarities are unstable")
                    continue
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            if notes:
                self.note("lexicon_free_check", "; ".join(notes))
            # scored straight from the token table's codes (the document matrix is added up over slices of
            # rows, scaling.DOC_MATRIX_ROWS): the same scores as from per-document term counts, without them
            docs = lss.transform(self.tokens)[["doc_id", "score"]]
            group = self.tokens.drop_duplicates("doc_id").set_index("doc_id")[self.by]
            docs[self.by] = docs["doc_id"].map(group)
            out = docs.groupby(self.by, sort=True).agg(n_docs=("doc_id", "size"), lss_mean=("score", "mean"))
            b = self.balance
            b = b[(b["level"] == "group") & (b["voice"] == "all")].set_index(self.by)
            out["balance"] = b["balance"].reindex(out.index)
            out["n_pole_hits"] = (b["n_positive"] + b["n_negative"]).reindex(out.index).fillna(0).astype(int)
            out = out.reset_index()
            # over the groups the summary reads a lean for (MIN_POLE_HITS or more pole hits), as the page says
            both = out[out["n_pole_hits"] >= MIN_POLE_HITS].dropna(subset=["balance", "lss_mean"])
            out.attrs["spearman"] = (float(both["balance"].rank().corr(both["lss_mean"].rank()))
                                     if len(both) >= 3 else float("nan"))
            out.attrs["n_groups"] = len(both)
            return out

        try:
            return self.step("lexicon-free check (Latent Semantic Scaling)", run)
        except (np.linalg.LinAlgError, ArithmeticError, KeyError) as err:  # too little text for word vectors
            raise ValueError(f"Latent Semantic Scaling could not be fitted: {err}") from None

    @cached_property
    def matches(self) -> pd.DataFrame:
        from ..audit import find_frame_terms

        return self.step("finding frame terms", lambda: find_frame_terms(self.tokens, self.lexicon,
                                                                          corpus=self.corpus, hits=self.hits))

    @cached_property
    def use_column(self) -> str | None:
        """The column of ``matches`` that says how a term is used (``use``; ``stance`` before it)."""
        return next((c for c in ("use", "stance") if c in self.matches.columns), None)

    @cached_property
    def frames_with_hits(self) -> list[str]:
        """Lexicon categories with at least one match, in lexicon order (figures leave out the others,
        which would only add empty panels; the tables keep them)."""
        hit = set(self.matches["frame"])
        return [c for c in self.lexicon.categories if c in hit]

    @cached_property
    def contributions(self) -> pd.DataFrame:
        from ..audit import frame_contributions

        return self.step("per-term contributions", lambda: frame_contributions(self.tokens, self.lexicon, by=self.by,
                                                                                hits=self.hits))

    @cached_property
    def contested(self) -> pd.DataFrame:
        from ..audit import find_contested_sentences

        return self.step("contested sentences", lambda: find_contested_sentences(
            self.tokens, self.lexicon, poles=self.poles, corpus=self.corpus))

    @cached_property
    def sensitivity(self) -> pd.DataFrame:
        from ..audit import frame_sensitivity

        return self.step("leave-one-term-out sensitivity", lambda: frame_sensitivity(
            self.tokens, self.lexicon, by=self.by, poles=self.poles, hits=self.pole_hits))

    @cached_property
    def quotes(self) -> pd.DataFrame:
        from ..quotes import find_quotes

        return self.step("quotations", lambda: find_quotes(self.corpus, speakers=self.speakers))

    # -- keyness
    @cached_property
    def term_counts(self) -> pd.DataFrame:
        """:func:`discourse.count_terms` (``drop_stop=True``, the lexicon's phrases as terms), counted one chunk
        of whole documents at a time (:meth:`chunked_term_counts`): the same table (tested)."""
        return self.step("counting terms", lambda: self.chunked_term_counts(by=[self.by], drop_stop=True,
                                                                            lexicon=self.lexicon))

    def chunked_term_counts(self, *, by: list[str], drop_stop: bool, lexicon: Any = None) -> pd.DataFrame:
        """:func:`discourse.count_terms` of the tokens, added up over chunks of whole documents of at most
        :data:`TERM_CHUNK_ROWS` rows (:class:`discourse.TermCounts`, the streaming accumulator): the counting
        core's working arrays (a Python string per token) exist for one chunk at a time, never for the whole
        table. Every count, ``n_docs`` and total is a sum over documents, so the table equals the one-chunk
        table."""
        from ..counts import TermCounts
        from ..stance import check_tokens, document_chunks

        tokens = check_tokens(self.tokens, "norm")
        acc = TermCounts(by=by, drop_stop=drop_stop, lexicon=lexicon, fast=False)
        for lo, hi in document_chunks(tokens, TERM_CHUNK_ROWS):
            acc.add(tokens.iloc[lo:hi])
        return acc.to_frame()

    @cached_property
    def keyness_rows(self) -> int:
        """Rows of the full keyness table: every counted term once per group (each group against the rest)."""
        return int(self.term_counts["term"].nunique()) * int(self.term_counts[self.by].nunique())

    @property
    def keyness_is_full(self) -> bool:
        """Whether :attr:`keyness` holds every (group, term) row (else the top terms of each group)."""
        return self.keyness_rows <= KEYNESS_MAX_ROWS

    @cached_property
    def keyness(self) -> pd.DataFrame:
        """Keyness of every group against the rest (:func:`discourse.keyness_all`, sorted by G²).

        Up to :data:`KEYNESS_MAX_ROWS` rows, every term of every group. Beyond, only the rows the page and
        the figures can show: per group, the :data:`KEYNESS_TOP` most over- and under-used terms by
        log-odds z and by Log Ratio among terms seen :data:`KEYNESS_MIN_COUNT`+ times, stacked in group
        order and sorted by G² within each group. Every statistic is computed over all terms first, so each
        row equals that row of the full table (which is never built); the page says so.
        """
        from ..keyness import keyness_all

        if self.tokens[self.by].nunique() < 2:
            self.note("keyness", f"keyness needs at least two groups in {self.by!r}; this corpus has one")
            return pd.DataFrame()
        if self.keyness_is_full:
            return self.step("keyness of every group against the rest",
                              lambda: keyness_all(self.term_counts, by=self.by))

        def top() -> pd.DataFrame:
            # one pass over the contrasts keeps the top rows by both statistics (each row once)
            k = keyness_all(self.term_counts, by=self.by, sort="g2", top_n=KEYNESS_TOP,
                            top_by=["log_odds_z", "log_ratio"], top_min_count=KEYNESS_MIN_COUNT)
            order = {g: i for i, g in enumerate(sorted(k["target"].unique()))}
            k = k.assign(_g=k["target"].map(order), _s=-k["g2"].to_numpy(float))
            return (k.sort_values(["_g", "_s", "term"], kind="stable").drop(columns=["_g", "_s"])
                    .reset_index(drop=True))

        n_groups, n_terms = self.term_counts[self.by].nunique(), self.term_counts["term"].nunique()
        self.note("keyness", f"the full keyness table would hold {self.keyness_rows:,} rows ({n_terms:,} terms x "
                  f"{n_groups:,} groups), more than {KEYNESS_MAX_ROWS:,}; tables/keyness.csv keeps, for every "
                  f"group, the {KEYNESS_TOP} most over- and the {KEYNESS_TOP} most under-used terms by log-odds z "
                  f"and by Log Ratio among terms seen {KEYNESS_MIN_COUNT}+ times. Every statistic was computed "
                  "over all terms, so these rows equal those of the full table; "
                  "discourse.keyness_all(discourse.count_terms(tokens, ...)) gives the full table")
        return self.step(f"keyness of every group against the rest (top {KEYNESS_TOP} terms per group)", top)

    def keyness_of(self, targets: Sequence[str]) -> pd.DataFrame:
        """The full keyness rows (every term) of the given groups against the rest, e.g. for the figures."""

        if self.keyness_is_full:
            k = self.keyness
            return k[k["target"].astype(str).isin(set(map(str, targets)))]
        key = tuple(sorted(map(str, targets)))
        cache = self.__dict__.setdefault("_keyness_cache", {})
        if key not in cache:
            cache.clear()  # one set of panels at a time: the figures ask for the same groups
            cache[key] = self._keyness_of(targets)
        return cache[key]

    def _keyness_of(self, targets: Sequence[str]) -> pd.DataFrame:
        from ..keyness import keyness_all

        labels = group_labels(pd.Series(self.term_counts[self.by].unique(), dtype=object))
        chosen = [g for g, lab in zip(self.term_counts[self.by].unique(), labels, strict=True)
                  if str(lab) in set(map(str, targets))]
        return self.step(f"keyness of the {len(chosen)} groups drawn", lambda: keyness_all(
            self.term_counts, by=self.by, targets=chosen))

    # -- topics
    @cached_property
    def n_units(self) -> int:
        return int(self.tokens.groupby(["doc_id", "paragraph"]).ngroups)

    @cached_property
    def n_topics(self) -> int:
        if self.n_topics_arg is not None:
            return self.n_topics_arg
        return int(max(2, min(5, self.n_units // 4)))

    @property
    def topic_passes(self) -> int | None:
        """Training passes: :class:`discourse.TopicModel`'s default (None: set from the corpus size), whether
        the report runs from the API or the command line."""
        from ..topics import TopicModel

        passes = TopicModel().passes
        return None if passes is None else int(passes)

    @cached_property
    def topic_model(self):
        from ..topics import TopicModel

        if self.n_units < self.n_topics:
            raise ValueError(f"too few units for topics: {self.n_units} paragraph(s) for {self.n_topics} topics; "
                             "a topic model needs at least as many paragraphs as topics (set fewer topics)")
        tokens = self.topic_tokens
        return self.noted("topics", lambda: self.step(f"fitting a {self.n_topics}-topic model", lambda: TopicModel(
            self.n_topics, unit="paragraph", random_state=self.random_state, lexicon=self.lexicon).fit(tokens)))

    def noted(self, section: str, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` with its UserWarnings said in the page (and in write_figure's provenance) under ``section``,
        not printed with a source line; other warnings go on as they were."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            out = fn()
        for w in caught:
            if issubclass(w.category, UserWarning):
                self.note(section, str(w.message))
            else:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        return out

    @cached_property
    def topic_tokens(self) -> pd.DataFrame:
        """The tokens the topic model is fitted on: all of them up to :data:`TOPIC_MAX_WORDS` word tokens;
        beyond, the paragraphs of a random sample (``random_state``) taken in random order while they hold
        at most that many words (the page says how many of how many)."""
        sample, what = sample_units(self.tokens, "paragraph", TOPIC_MAX_WORDS, self.random_state)
        if what:
            self.note("topics", f"the topic model was fitted on {what}; topic prevalence, topic x frame and frame "
                      "packages describe this sample")
        return sample

    @cached_property
    def topic_error(self) -> str | None:
        """Why no topic model could be fitted (e.g. too few paragraphs), or None; fitted at most once."""
        try:
            self.topic_model  # noqa: B018
        except ValueError as err:
            self.note("topics", str(err))
            return str(err)
        return None

    @cached_property
    def topic_prevalence(self) -> pd.DataFrame:
        from ..topic_effects import topic_prevalence

        # (a group of a single paragraph has no interval, and topic_prevalence warns: said in the page)
        return self.noted("topics", lambda: self.step("topic prevalence", lambda: topic_prevalence(
            self.topic_model, by=self.by, n_boot=self.n_boot, random_state=self.random_state,
            interval=self.interval)))

    @cached_property
    def topic_frames(self) -> pd.DataFrame:
        from ..topic_packages import topic_frames

        return self.step("topics x frames", lambda: topic_frames(self.topic_model, self.lexicon, by=self.by))

    @cached_property
    def packages(self):
        from ..topic_packages import frame_packages, no_structure_warning_off

        def fit():
            # a network without communities is said on the page ("Frame packages: no structure",
            # has_package_structure), not repeated as a warning of the report
            with no_structure_warning_off():
                return frame_packages(self.topic_model, by=self.by, n_boot=self.n_boot,
                                      random_state=self.random_state, interval=self.interval)

        return self.noted("topics", lambda: self.step("frame packages", fit))

    @cached_property
    def has_package_structure(self) -> bool:
        """False when the topic network has no communities: one package holding every topic, or every topic
        a package of its own (what ``frame_packages`` reports on a complete network, in which every topic is
        linked to every other). Then there is no frame package to report."""
        n = int(self.packages.nodes["package"].nunique())
        return 1 < n < len(self.packages.nodes)
