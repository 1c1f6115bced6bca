"""Preprocessing for topic models: from a token table to units and their bags of words.

:func:`prepare_units` cuts the token table of :func:`discourse.tokenize` into *units* (paragraphs,
sentences, windows of token positions or whole documents; units never cross documents) and turns each into
a sequence of terms. The steps, in this order, each recorded as one row of the report
(:attr:`discourse.TopicModel.filter_report_`):

1. ``words``: punctuation tokens are dropped;
2. ``amounts``: amounts and units are kept whole. The tokenizer splits ``£600m`` into ``£600`` + ``m`` (and
   ``$1.2bn``, ``5G``, ``20k`` likewise) with adjacent character offsets; a number piece whose ``end`` is
   the ``start`` of a following unit suffix (:data:`UNIT_SUFFIXES`: m, bn, k, tn, g, %...) is joined with
   it into one term (``£600m``, ``5g``). A unit suffix left standing after a number (``600 m``) is a stray
   unit letter and is dropped. Joined amounts survive the stopword and number filters;
3. ``lexicon_phrases``: the multi-word entries of a lexicon are joined into one term (``safe_city``);
4. ``phrases``: collocations found by gensim ``Phrases`` (Mikolov et al. 2013 scoring) are joined
   (``"auto"``: on corpora of up to :data:`PHRASES_AUTO_LIMIT` word tokens);
5. ``drop_stop`` and ``drop_numbers``: stopwords and tokens without a letter are dropped;
6. ``reporting_verbs``: the reporting verbs of :data:`REPORTING_VERBS` ("said", "says", "told"...) are
   dropped when they dominate the corpus (``"auto"``: those among its :data:`DOMINANT_TOP` most frequent
   terms), as they do in news, where "said" would otherwise top every topic;
7. ``min_count`` and ``max_doc_share``: terms rarer than ``min_count`` occurrences, or in more than
   ``max_doc_share`` of the units, are dropped.

Given the phrase model and dictionary of a fitted model, the same steps prepare unseen documents, keeping
only the fitted vocabulary (what :meth:`discourse.TopicModel.transform` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd

from ._util import check_columns, check_dataframe

__all__ = ["prepare_units", "PreparedUnits", "build_dictionary", "bags_of_words", "UNIT_SUFFIXES", "REPORTING_VERBS", "TOKEN_COLUMNS", "join_spans"]

UNIT_SUFFIXES = frozenset({"k", "m", "mn", "bn", "b", "tn", "t", "g", "%", "pc", "kb", "mb", "gb", "tb",
                           "kw", "mw", "gw", "kwh", "mwh", "gwh", "km", "kg", "x"})
"""Suffixes joined to a number they touch (``£600`` + ``m`` -> ``£600m``); alone after a number, dropped."""

REPORTING_VERBS = ("said", "says", "say", "saying", "told", "tells", "added", "adds", "according", "stated",
                   "states", "asked", "noted", "explained", "claimed", "reported", "reportedly")
"""Verbs of reporting, dropped by ``reporting_verbs="auto"`` when they dominate the corpus."""

PHRASES_AUTO_LIMIT = 200_000
"""``phrases="auto"`` learns collocations when the units hold at most this many word tokens (gensim
``Phrases`` is pure Python: about 30 s per million tokens, more than the model fit)."""

DOMINANT_TOP = 25
"""``reporting_verbs="auto"`` drops a reporting verb that is among this many most frequent terms."""

TOKEN_COLUMNS = frozenset({
    "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "lemma", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
})
"""Token-level columns of the token table; every other column is document metadata."""

_NUMBER = re.compile(r"^[£$€¥]?\d[\d.,]*$")


@dataclass
class PreparedUnits:
    """Preprocessed units, shared by several fits (one preprocessing for all K and seeds in choose_k).

    ``units``/``skipped``: the unit tables (see :attr:`discourse.TopicModel.units_`); ``texts``: the terms of
    each kept unit; ``dictionary``/``corpus``: gensim's vocabulary and bags of words; ``report``: the filter
    report; ``token_unit``: ``doc_id``, ``position``, ``unit`` (-1: in no kept unit) for every token;
    ``meta``: document metadata columns; ``phraser``: the frozen gensim phrase model (None without phrases).
    """

    units: pd.DataFrame
    skipped: pd.DataFrame
    texts: list[list[str]]
    dictionary: Any
    corpus: list[list[tuple[int, int]]]
    report: pd.DataFrame
    token_unit: pd.DataFrame
    meta: list[str]
    phraser: Any = None


def _n_distinct(values: np.ndarray, size: int) -> int:
    """Number of distinct values of an array of ints in [0, size)."""
    return int(np.count_nonzero(np.bincount(values, minlength=size))) if len(values) else 0


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an int array (np.unique by sorting, faster here than its hash path)."""
    if len(values) == 0:
        return values
    s = np.sort(values)
    return s[np.concatenate([[True], s[1:] != s[:-1]])]


def join_spans(seq_terms: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
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


def build_dictionary(texts: list[list[str]]) -> Any:
    """A gensim ``Dictionary`` of ``texts`` with the ids, document and collection frequencies that
    ``Dictionary(texts)`` gives (ids in order of first document, sorted within it), built with pandas."""
    from gensim.corpora import Dictionary

    d = Dictionary()
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    if lengths.sum() == 0:
        return d
    flat = np.array(list(chain.from_iterable(texts)), dtype=object)
    unit = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    raw, uniques = pd.factorize(flat, sort=False)  # codes in order of first appearance
    first_at = np.full(len(uniques), len(raw), dtype=np.int64)
    np.minimum.at(first_at, raw, np.arange(len(raw), dtype=np.int64))
    order = sorted(zip(unit[first_at].tolist(), uniques.tolist(), range(len(uniques)), strict=True))
    d.token2id = {term: i for i, (_, term, _) in enumerate(order)}
    remap = np.empty(len(uniques), dtype=np.int64)
    remap[[r for _, _, r in order]] = np.arange(len(uniques))
    codes = remap[raw]
    d.cfs = dict(enumerate(np.bincount(codes, minlength=len(d.token2id)).tolist()))
    pairs = _distinct(unit * len(d.token2id) + codes)
    d.dfs = dict(enumerate(np.bincount(pairs % len(d.token2id), minlength=len(d.token2id)).tolist()))
    d.num_docs = len(texts)
    d.num_pos = int(lengths.sum())
    d.num_nnz = int(len(pairs))
    return d


def bags_of_words(texts: list[list[str]], dictionary: Any) -> list[list[tuple[int, int]]]:
    """``[dictionary.doc2bow(t) for t in texts]`` (terms outside the dictionary ignored), vectorised."""
    token2id = dictionary.token2id
    v = max(len(token2id), 1)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    if lengths.sum() == 0:
        return out
    flat = np.array(list(chain.from_iterable(texts)), dtype=object)
    raw, uniques = pd.factorize(flat, sort=False)
    lookup = np.array([token2id.get(u, -1) for u in uniques.tolist()], dtype=np.int64)
    codes = lookup[raw]
    unit = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    known = codes >= 0
    keys, counts = np.unique(unit[known] * v + codes[known], return_counts=True)
    units, ids = keys // v, keys % v
    bounds = np.searchsorted(units, np.arange(len(texts) + 1))
    ids_l, counts_l = ids.tolist(), counts.tolist()
    for i in range(len(texts)):
        a, b = bounds[i], bounds[i + 1]
        out[i] = list(zip(ids_l[a:b], counts_l[a:b], strict=True))
    return out


def prepare_units(tokens: pd.DataFrame, *, unit: str = "paragraph", window_size: int = 100, column: str = "norm",
                  lexicon: Any = None, phrases: Any = "auto", phrase_min_count: int = 5,
                  phrase_threshold: float = 10.0, drop_stop: bool = True, drop_numbers: bool = True,
                  join_amounts: bool = True, reporting_verbs: Any = "auto", min_count: int = 2,
                  max_doc_share: float = 0.5, phraser: Any = None, dictionary: Any = None,
                  allow_empty: bool = False) -> PreparedUnits:
    """Cut ``tokens`` into units and preprocess their terms (the steps of the module docstring).

    With ``dictionary`` (and ``phraser``) of a fitted model, the frequency and reporting-verb steps are
    replaced by keeping only the dictionary's terms, and the given phrase model is applied instead of
    learning one (``allow_empty=True`` then lets every unit be empty). Raises ValueError when every unit is
    empty after a step (naming the step and how to relax it).
    """
    check_dataframe("tokens", tokens)
    need = ["doc_id", "position", "start", "end", "is_punct", column]
    if drop_stop:
        need.append("is_stop")
    if unit in ("paragraph", "sentence"):
        need.append(unit)
    check_columns(tokens, need, "tokens")
    if len(tokens) == 0:
        raise ValueError("tokens is empty: there is nothing to fit a topic model on")
    meta = [c for c in tokens.columns if c not in TOKEN_COLUMNS and c != "doc_id" and c != column]

    if lexicon is None:  # only the columns used here are reordered (a token table has many more)
        used = list(dict.fromkeys([*need, *meta, *(["is_stop"] if "is_stop" in tokens.columns else [])]))
        tokens = tokens[used]
    doc_codes, _ = pd.factorize(tokens["doc_id"], sort=False)
    pos = tokens["position"].to_numpy(dtype=np.int64)
    order = np.lexsort((pos, doc_codes))
    t = tokens.iloc[order].reset_index(drop=True)
    doc_codes = doc_codes[order]
    if unit == "document":
        sub = np.zeros(len(t), dtype=np.int64)
    elif unit == "window":
        sub = t["position"].to_numpy(dtype=np.int64) // int(window_size)
    else:
        sub = t[unit].to_numpy(dtype=np.int64)
    key = doc_codes.astype(np.int64) * (int(sub.max(initial=0)) + 1) + sub
    unit_codes, unit_keys = pd.factorize(key, sort=False)

    words = ~t["is_punct"].to_numpy(dtype=bool)
    terms_all = t[column].astype(object).to_numpy().copy()
    report: list[dict[str, Any]] = []
    n_units_all = len(unit_keys)

    def record(step: str, setting: str, seqs: list[list[str]] | None = None, *,
               counts: tuple[int, int, int] | None = None) -> None:
        if counts is None:
            n_tok = sum(map(len, seqs))
            n_terms = len(set(chain.from_iterable(seqs)))
            n_nonempty = sum(1 for s in seqs if s)
        else:
            n_tok, n_terms, n_nonempty = counts
        report.append({"step": step, "setting": setting, "n_tokens": n_tok, "n_terms": n_terms,
                       "n_units": n_nonempty})
        if n_nonempty == 0 and not allow_empty:
            hint = {"drop_stop": "set drop_stop=False", "drop_numbers": "set drop_numbers=False",
                    "min_count": "lower min_count (1 keeps every term)",
                    "max_doc_share": "raise max_doc_share (1.0 keeps every term)",
                    "reporting_verbs": "set reporting_verbs=False"}.get(step, "give tokens that hold words")
            raise ValueError(
                f"all {n_units_all} units ({unit}s) are empty after the filter {step!r} ({setting}); "
                f"{hint}, or give more text")

    record("words", "punctuation dropped", counts=(
        int(words.sum()), int(pd.unique(terms_all[words]).size), _n_distinct(unit_codes[words], n_units_all)))

    # 2. amounts: a number piece touching a unit suffix becomes one term; a unit suffix after a gap is dropped
    amount_rows = np.zeros(len(t), dtype=bool)
    n_joined = n_stray = 0
    if join_amounts and len(t) > 1:
        is_unit = pd.Series(terms_all, dtype=object).isin(UNIT_SUFFIXES).to_numpy()
        starts = t["start"].to_numpy(dtype=np.int64)
        ends = t["end"].to_numpy(dtype=np.int64)
        same_doc = doc_codes[1:] == doc_codes[:-1]
        candidate = np.flatnonzero(same_doc & is_unit[1:] & words[:-1])  # only these can be amounts
        is_num = np.zeros(len(t) - 1, dtype=bool)
        is_num[candidate] = [bool(_NUMBER.match(str(terms_all[i]))) for i in candidate]
        follows_num = is_num
        touching = follows_num & (ends[:-1] == starts[1:])
        idx = np.flatnonzero(touching)
        for i in idx:
            terms_all[i] = f"{terms_all[i]}{terms_all[i + 1]}"
        amount_rows[idx] = True
        words[idx + 1] = False
        stray = np.flatnonzero(follows_num & ~touching) + 1
        words[stray] = False
        n_joined, n_stray = len(idx), len(stray)
    amount_terms = set(terms_all[amount_rows].tolist())

    # the word tokens of all units as flat arrays in corpus order: term, unit, protected (amounts, phrases)
    word_rows = np.flatnonzero(words)
    f_terms = terms_all[word_rows]
    f_unit = unit_codes[word_rows].astype(np.int64)
    f_prot = amount_rows[word_rows]

    def record_flat(step: str, setting: str, keep: np.ndarray | None = None, *, same: bool = False) -> None:
        if same:  # nothing changed since the last step
            last = report[-1]
            record(step, setting, counts=(last["n_tokens"], last["n_terms"], last["n_units"]))
            return
        if keep is None:
            n_terms = len(pd.unique(f_terms))
            record(step, setting, counts=(len(f_terms), n_terms, _n_distinct(f_unit, n_units_all)))
        else:
            record(step, setting, counts=(int(keep.sum()), _n_distinct(codes[keep], n_vocab),
                                          _n_distinct(f_unit[keep], n_units_all)))

    def to_lists() -> tuple[list[list[str]], list[list[bool]], list[np.ndarray]]:
        bounds = np.searchsorted(f_unit, np.arange(n_units_all + 1))
        seqs_ = [f_terms[bounds[u]:bounds[u + 1]].tolist() for u in range(n_units_all)]
        prot_ = [f_prot[bounds[u]:bounds[u + 1]].tolist() for u in range(n_units_all)]
        rows_ = [word_rows[bounds[u]:bounds[u + 1]] for u in range(n_units_all)]
        return seqs_, prot_, rows_

    def from_lists(seqs_: list[list[str]], prot_: list[list[bool]]) -> None:
        nonlocal f_terms, f_unit, f_prot
        lengths = np.fromiter(map(len, seqs_), dtype=np.int64, count=len(seqs_))
        f_terms = np.array(list(chain.from_iterable(seqs_)), dtype=object)
        f_unit = np.repeat(np.arange(len(seqs_), dtype=np.int64), lengths)
        f_prot = np.fromiter(chain.from_iterable(prot_), dtype=bool, count=int(lengths.sum()))

    record_flat("amounts", f"join_amounts={join_amounts}: {n_joined} amounts joined, {n_stray} stray unit "
                f"suffixes dropped", same=n_joined == 0 and n_stray == 0)

    # 3. lexicon phrases
    lex_setting = "no lexicon"
    lex_changed = False
    if lexicon is not None:
        from .lexicon import load_lexicon

        lex = load_lexicon(lexicon)
        lex_setting = f"lexicon {getattr(lex, 'name', 'custom')!r}: multi-word entries joined"
        on = column if column in ("norm", "stem") else "norm"
        matches = lex.find_matches(t, on=on)
        matches = matches[matches["n_tokens"] > 1]
        if len(matches):
            seqs, protected, seq_rows = to_lists()
            row_of = matches["token_row"].to_numpy(dtype=np.int64)
            length = matches["end_position"].to_numpy(dtype=np.int64) - matches["start_position"].to_numpy(
                dtype=np.int64)
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
                seqs[u], protected[u] = join_spans(seqs[u], sp)
            from_lists(seqs, protected)
            lex_changed = True
    record_flat("lexicon_phrases", lex_setting, same=not lex_changed)

    # 4. gensim Phrases (learned here, or the fitted model's)
    stop_words = set(pd.unique(t.loc[t["is_stop"].to_numpy(dtype=bool), column].astype(str))) \
        if "is_stop" in t.columns else set()
    n_words_now = len(f_terms)
    use_phrases = (n_words_now <= PHRASES_AUTO_LIMIT or phraser is not None) if phrases == "auto" else bool(phrases)
    if use_phrases:
        seqs, protected, _ = to_lists()
        if phraser is None:
            from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS, Phrases

            # stopwords (and clitics such as "'s") may sit inside a phrase but never start or end one
            connectors = frozenset(ENGLISH_CONNECTOR_WORDS | stop_words)
            phraser = Phrases(seqs, min_count=int(phrase_min_count), threshold=float(phrase_threshold),
                              connector_words=connectors).freeze()
        new_seqs, new_prot = [], []
        for s_, p_ in zip(seqs, protected, strict=True):
            joined = phraser[s_]
            new_seqs.append(list(joined))
            new_prot.append(p_ if len(joined) == len(s_) else ["_" in w or w in amount_terms for w in joined])
        from_lists(new_seqs, new_prot)
        ph_setting = f"phrases={phrases!r}: gensim Phrases min_count={phrase_min_count}, threshold={phrase_threshold}"
    else:
        phraser = None
        ph_setting = f"phrases={phrases!r}" + (f": off above {PHRASES_AUTO_LIMIT:,} word tokens ({n_words_now:,})"
                                               if phrases == "auto" else "")
    record_flat("phrases", ph_setting, same=not use_phrases)

    # 5. stopwords and numbers (joined phrases and amounts are kept): masks over the term codes
    codes, vocab_index = pd.factorize(f_terms, sort=False)
    vocab = list(vocab_index)
    n_vocab = len(vocab)
    keep = np.ones(len(f_terms), dtype=bool)
    if drop_stop:
        is_stop = np.array([w in stop_words for w in vocab], dtype=bool)
        keep &= ~(is_stop[codes] & ~f_prot)
    record_flat("drop_stop", f"drop_stop={drop_stop}", keep)
    if drop_numbers:
        no_letter = np.array([not any(ch.isalpha() for ch in w) for w in vocab], dtype=bool)
        keep &= ~(no_letter[codes] & ~f_prot)
    record_flat("drop_numbers", f"drop_numbers={drop_numbers}", keep)

    if dictionary is None:
        # 6. reporting verbs
        counts = np.bincount(codes[keep], minlength=n_vocab)
        if reporting_verbs == "auto":
            present = np.flatnonzero(counts)
            if len(present) > DOMINANT_TOP:  # the terms tied with or above the DOMINANT_TOP-th count
                cut = np.partition(counts[present], len(present) - DOMINANT_TOP)[len(present) - DOMINANT_TOP]
                present = present[counts[present] >= cut]
            top = {w for _, w in sorted((-int(counts[i]), vocab[i]) for i in present)[:DOMINANT_TOP]}
            verbs = [v for v in REPORTING_VERBS if v in top]
            rv_setting = (f"reporting_verbs='auto': dropped {', '.join(verbs)} (among the {DOMINANT_TOP} most "
                          f"frequent terms)" if verbs else
                          f"reporting_verbs='auto': none among the {DOMINANT_TOP} most frequent terms")
        elif reporting_verbs is True:
            present_terms = {vocab[i] for i in np.flatnonzero(counts)}
            verbs = [v for v in REPORTING_VERBS if v in present_terms]
            rv_setting = f"reporting_verbs=True: dropped {', '.join(verbs) or 'none present'}"
        elif reporting_verbs is False or reporting_verbs is None:
            verbs = []
            rv_setting = "reporting_verbs=False"
        else:
            verbs = [str(v) for v in reporting_verbs]
            rv_setting = f"reporting_verbs given: dropped {', '.join(verbs)}"
        if verbs:
            verb_set = set(verbs)
            is_verb = np.array([w in verb_set for w in vocab], dtype=bool)
            keep &= ~is_verb[codes]
        record_flat("reporting_verbs", rv_setting, keep)

        # 7. frequency filters (document frequencies counted before min_count, as the share is of units)
        counts = np.bincount(codes[keep], minlength=n_vocab)
        pairs = _distinct(f_unit[keep] * n_vocab + codes[keep])
        dfs = np.bincount(pairs % n_vocab, minlength=n_vocab) if n_vocab else np.zeros(0, dtype=np.int64)
        rare = (counts < min_count) & (counts > 0)
        keep &= ~rare[codes]
        record_flat("min_count", f"min_count={min_count}", keep)
        n_nonempty = _n_distinct(f_unit[keep], n_units_all)
        common = (dfs > max_doc_share * n_nonempty) & ~rare & (counts > 0)
        keep &= ~common[codes]
        dropped = sorted(vocab[i] for i in np.flatnonzero(common))
        shown = ", ".join(dropped[:10]) + (" ..." if len(dropped) > 10 else "")
        record_flat("max_doc_share", f"max_doc_share={max_doc_share}" + (f": dropped {shown}" if dropped else ""),
                    keep)
    else:
        known = np.array([w in dictionary.token2id for w in vocab], dtype=bool)
        keep &= known[codes]
        record_flat("vocabulary", "terms of the fitted model only", keep)

    kept_terms = f_terms[keep]
    n_per_unit = np.bincount(f_unit[keep], minlength=n_units_all)
    seqs = [a.tolist() for a in np.split(kept_terms, np.cumsum(n_per_unit)[:-1])] if n_units_all else []

    # units table
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
    units["n_tokens"] = np.bincount(unit_codes, weights=(~t["is_punct"].to_numpy(dtype=bool)).astype(float),
                                    minlength=n_units_all).astype(np.int64)
    units["n_terms"] = n_per_unit.astype(np.int64)
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
    if dictionary is None:
        dictionary = build_dictionary(texts)
    corpus = bags_of_words(texts, dictionary)
    return PreparedUnits(units=kept, skipped=skipped, texts=texts, dictionary=dictionary, corpus=corpus,
                         report=pd.DataFrame(report), token_unit=token_unit, meta=meta, phraser=phraser)
