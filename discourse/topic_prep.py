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
from collections import Counter
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
    first_at = np.unique(raw, return_index=True)[1]
    order = sorted(zip(unit[first_at].tolist(), uniques.tolist(), range(len(uniques)), strict=True))
    d.token2id = {term: i for i, (_, term, _) in enumerate(order)}
    remap = np.empty(len(uniques), dtype=np.int64)
    remap[[r for _, _, r in order]] = np.arange(len(uniques))
    codes = remap[raw]
    d.cfs = dict(enumerate(np.bincount(codes, minlength=len(d.token2id)).tolist()))
    pairs = np.unique(unit * len(d.token2id) + codes)
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
        int(words.sum()), int(pd.unique(terms_all[words]).size), int(np.unique(unit_codes[words]).size)))

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

    # the word tokens of each unit, in order, with their row numbers in t
    word_rows = np.flatnonzero(words)
    seq_rows: list[np.ndarray] = [np.array([], dtype=np.int64)] * n_units_all
    if len(word_rows):
        wr_units = unit_codes[word_rows]
        bounds = np.flatnonzero(np.diff(wr_units)) + 1
        for chunk in np.split(word_rows, bounds):
            seq_rows[unit_codes[chunk[0]]] = chunk
    seqs = [[str(terms_all[i]) for i in rows] for rows in seq_rows]
    protected = [amount_rows[rows].tolist() for rows in seq_rows]
    record("amounts", f"join_amounts={join_amounts}: {n_joined} amounts joined, {n_stray} stray unit "
           f"suffixes dropped", seqs)

    # 3. lexicon phrases
    lex_setting = "no lexicon"
    if lexicon is not None:
        from .lexicon import load_lexicon

        lex = load_lexicon(lexicon)
        lex_setting = f"lexicon {getattr(lex, 'name', 'custom')!r}: multi-word entries joined"
        on = column if column in ("norm", "stem") else "norm"
        matches = lex.find_matches(t, on=on)
        matches = matches[matches["n_tokens"] > 1]
        if len(matches):
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
    record("lexicon_phrases", lex_setting, seqs)

    # 4. gensim Phrases (learned here, or the fitted model's)
    stop_words = set(t.loc[t["is_stop"].to_numpy(dtype=bool), column].astype(str)) \
        if "is_stop" in t.columns else set()
    n_words_now = sum(map(len, seqs))
    use_phrases = (n_words_now <= PHRASES_AUTO_LIMIT or phraser is not None) if phrases == "auto" else bool(phrases)
    if use_phrases:
        if phraser is None:
            from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS, Phrases

            # stopwords (and clitics such as "'s") may sit inside a phrase but never start or end one
            connectors = frozenset(ENGLISH_CONNECTOR_WORDS | stop_words)
            phraser = Phrases(seqs, min_count=int(phrase_min_count), threshold=float(phrase_threshold),
                              connector_words=connectors).freeze()
        new_seqs, new_prot = [], []
        for s, p in zip(seqs, protected, strict=True):
            joined = phraser[s]
            new_seqs.append(list(joined))
            new_prot.append(p if len(joined) == len(s) else ["_" in w or w in amount_terms for w in joined])
        seqs, protected = new_seqs, new_prot
        ph_setting = f"phrases={phrases!r}: gensim Phrases min_count={phrase_min_count}, threshold={phrase_threshold}"
    else:
        phraser = None
        ph_setting = f"phrases={phrases!r}" + (f": off above {PHRASES_AUTO_LIMIT:,} word tokens ({n_words_now:,})"
                                               if phrases == "auto" else "")
    record("phrases", ph_setting, seqs)

    # 5. stopwords and numbers (joined phrases and amounts are kept)
    if drop_stop:
        keep = [[w for w, p in zip(s, pr, strict=True) if p or w not in stop_words]
                for s, pr in zip(seqs, protected, strict=True)]
        prot = [[p for w, p in zip(s, pr, strict=True) if p or w not in stop_words]
                for s, pr in zip(seqs, protected, strict=True)]
        seqs, protected = keep, prot
    record("drop_stop", f"drop_stop={drop_stop}", seqs)
    if drop_numbers:
        vocab = {w for s in seqs for w in s}
        no_letter = {w for w in vocab if not any(ch.isalpha() for ch in w)}
        if no_letter:
            protected = [[p for w, p in zip(s, pr, strict=True) if w not in no_letter]
                         for s, pr in zip(seqs, protected, strict=True)]
            seqs = [[w for w in s if w not in no_letter] for s in seqs]
    record("drop_numbers", f"drop_numbers={drop_numbers}", seqs)

    if dictionary is None:
        # 6. reporting verbs
        counts = Counter(w for s in seqs for w in s)
        if reporting_verbs == "auto":
            top = {w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:DOMINANT_TOP]}
            verbs = [v for v in REPORTING_VERBS if v in top]
            rv_setting = (f"reporting_verbs='auto': dropped {', '.join(verbs)} (among the {DOMINANT_TOP} most "
                          f"frequent terms)" if verbs else
                          f"reporting_verbs='auto': none among the {DOMINANT_TOP} most frequent terms")
        elif reporting_verbs is True:
            verbs = [v for v in REPORTING_VERBS if v in counts]
            rv_setting = f"reporting_verbs=True: dropped {', '.join(verbs) or 'none present'}"
        elif reporting_verbs is False or reporting_verbs is None:
            verbs = []
            rv_setting = "reporting_verbs=False"
        else:
            verbs = [str(v) for v in reporting_verbs]
            rv_setting = f"reporting_verbs given: dropped {', '.join(verbs)}"
        if verbs:
            drop = set(verbs)
            seqs = [[w for w in s if w not in drop] for s in seqs]
            for v in verbs:
                counts.pop(v, None)
        record("reporting_verbs", rv_setting, seqs)

        # 7. frequency filters
        dfs: Counter[str] = Counter()
        for s in seqs:
            dfs.update(set(s))
        rare = {w for w, c in counts.items() if c < min_count}
        seqs = [[w for w in s if w not in rare] for s in seqs]
        record("min_count", f"min_count={min_count}", seqs)
        n_nonempty = sum(1 for s in seqs if s)
        limit = max_doc_share * n_nonempty
        common = {w for w, d in dfs.items() if d > limit and w not in rare}
        seqs = [[w for w in s if w not in common] for s in seqs]
        shown = ", ".join(sorted(common)[:10]) + (" ..." if len(common) > 10 else "")
        record("max_doc_share", f"max_doc_share={max_doc_share}" + (f": dropped {shown}" if common else ""),
               seqs)
    else:
        vocab = dictionary.token2id
        seqs = [[w for w in s if w in vocab] for s in seqs]
        record("vocabulary", "terms of the fitted model only", seqs)

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
    if dictionary is None:
        dictionary = build_dictionary(texts)
    corpus = bags_of_words(texts, dictionary)
    return PreparedUnits(units=kept, skipped=skipped, texts=texts, dictionary=dictionary, corpus=corpus,
                         report=pd.DataFrame(report), token_unit=token_unit, meta=meta, phraser=phraser)
