"""Framing: frame counts per group and voice, and the two-pole balance index with bootstrap intervals.

A *frame* selects and makes salient some aspects of a perceived reality (Entman 1993). Dictionary framing
measures it by counting lexicon hits per frame (as quanteda's ``tokens_lookup`` does; Benoit et al. 2018):
every function matches the lexicon once with :meth:`discourse.Lexicon.find_matches` (longest match first,
no double counting, phrases within sentences) and aggregates the same matches, so a count, an index and
the audit tables of :mod:`discourse.audit` always refer to the same tokens and character offsets.

**Voice and use.** Every hit gets the voice of its first token (``author``, ``quoted`` or ``reported``,
from :func:`discourse.tokenize`: ``reported`` is indirect speech, "X says (that) ...", "..., X said",
"according to X", with X as ``speaker``) and a *use* (:mod:`discourse.stance`): ``evaluative`` (the speaker adopts
the frame), ``referential`` (names a product, programme, market or institution), ``distanced`` (scare
quotes, "so-called", hedges, negation) or ``reported`` (indirect speech, "according to"). By default the
balance counts only evaluative uses (``uses="evaluative"``); ``uses="all"`` counts every hit.
:func:`count_frames` counts every hit and splits it by the 1.x *stance* (``endorsed``, ``distanced``:
scare quotes or a distancing cue, ``quoted``), unchanged since 1.0.

**Balance index.** For a unit with ``a`` counted hits of the positive pole (default ``promotional``) and
``b`` of the negative pole (default ``rights``), the balance is the smoothed log-odds
``log((a + s) / (b + s))`` with ``s = smoothing`` (0.5, the Haldane-Anscombe correction): positive leans
promotional, negative leans rights, 0 is balanced (or no hits). Group values pool the hits of the group's
documents. Confidence intervals are bootstrap intervals (Efron & Tibshirani 1993;
:mod:`discourse.resample`) that resample the group's *documents* with replacement (a cluster bootstrap:
words of one document are not independent); a group with a single document resamples that document's
*paragraphs* instead, and a document's own interval resamples its paragraphs. The ``unit`` and
``n_units`` columns say which; with fewer than two units the interval is missing, and so it is when the row's
pole hits all come from fewer than two units (one document of the group, one paragraph of the document): every
resample that draws a hit is then copies of that one unit, which says nothing of how the hits vary, and its
interval lay wholly on one side of 0 however few the hits (one hit in ten documents gave [-1.95, -1.10]). A
resample that draws no pole hit has no balance, as a row without hits has none, and is left out of the
percentiles (it had counted as a balance of 0, which pinned an end of sparse groups' intervals at exactly 0: a
group of 0 : 3 hits got [-2.56, 0.00]); where no resample draws a hit, the interval is missing.

The interval is Hesterberg's (2015) expanded percentile interval by default and ``ci`` its nominal level;
``interval="percentile"`` (the plain percentile interval of earlier versions) and ``interval="bca"`` (Efron 1987)
read other percentiles of the same resamples (:mod:`discourse.resample`); the expanded one holds the level best
from about 6 units (README, "Choosing the interval"). A resample's balance stays within
the range of the balances of the units with a pole hit that it draws, so with ``k`` such units the interval holds
the true balance at most ``1 - 2 ** (1 - k)`` of the time (:func:`discourse.resample.range_coverage`: 50 % for 2,
75 % for 3), and fewer than :func:`discourse.resample.min_units` (6 at 95 %) cannot reach the level: a warning
names such group rows. In simulations with known rates, nominal 95 % percentile intervals held the true balance in
48-51 % of groups of 2 documents, 73-76 % of 3, 82-83 % of 5, 90-91 % of 10 and 93-95 % of 30, the default expanded
ones 49.6 %, 74.9 %, 91.6 %, 94.9 % and 95.1 % (README, "Choosing the interval").
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import (
    _fmt,
    as_list,
    check_by_names,
    check_ci,
    check_columns,
    check_count,
    check_one_of,
    check_seed,
    check_type,
    plain_columns,
)
from .lexicon import Lexicon, load_lexicon
from .resample import (
    DEFAULT_INTERVAL,
    N_BOOT,
    bootstrap_interval,
    bootstrap_sums,
    check_interval,
    min_units,
    range_coverage,
    row_seed,
    unit_order,
)
from .stance import (
    DISTANCING_CUES,
    LEGACY_CUES,
    USES,
    VOICES,
    TokenArrays,
    check_tokens,
    check_uses,
    find_hits_by_documents,
    rule_distancing_cue,
    uses_label,
)

__all__ = [
    "count_frames", "frame_balance", "check_poles", "check_by", "group_codes", "group_label", "word_counts",
    "check_nonempty_groups", "voices_param", "uses_param", "counted_hits", "balance_index", "pair_codes",
    "check_by_voice", "VOICES", "DEFAULT_VOICES", "STANCES", "DISTANCING_CUES", "frame_table", "token_stances", "voice_codes",
    "punct_mask", "group_codes_fast", "CueWindow", "CUE_WINDOW", "legacy_cue", "TokenRuns",
    "run_words", "check_group_words", "check_hits", "HIT_COLUMNS", "frame_scores", "SCORE_METHODS",
]

#: the voice rows given by default (and by the 1.x ``voice=True``): each voice, then all of them (``all`` is
#: the sum of the three: indirect speech found by the rule of :mod:`discourse.quotes` is ``reported``)
DEFAULT_VOICES = ("author", "quoted", "reported", "all")
#: the 1.x stances that :func:`count_frames` splits its hits by
STANCES = ("endorsed", "distanced", "quoted")


def uses_param(uses: Any, distanced: str | None, func: str) -> list[str]:
    """Resolve ``uses`` (and the deprecated 1.x ``distanced`` switch, with a FutureWarning)."""
    if distanced is not None:
        check_one_of("distanced", distanced, ["exclude", "include"])
        new: str | list[str] = "all" if distanced == "include" else [u for u in USES if u != "distanced"]
        if uses != "evaluative":
            raise TypeError(f"{func}() got both distanced= (deprecated) and uses=; give uses= only")
        warnings.warn(f"{func}(distanced={distanced!r}) is deprecated and will be removed in the next release; "
                      f"use uses={new!r}", FutureWarning, stacklevel=3)
        return check_uses(new)
    return check_uses(uses)


# ------------------------------------------------------------------------------------------ shared
def check_by(tokens: pd.DataFrame, by: str | Sequence[str] | None, reserved: Sequence[str] = (),
             what: str = "frame tables", table: str = "tokens") -> list[str]:
    """The group columns ``by`` as a list, checked: strings, columns of ``tokens``, none twice, not ``voice``
    and none of the names of ``reserved`` (the columns the calling function writes, or uses on the way, in
    its table ``what``: :func:`discourse._util.check_by_names`)."""
    cols = as_list(by)
    for c in cols:
        check_type("by", c, str, "a column name or a list of column names")
    check_columns(tokens, cols, "tokens (by=)")
    check_by_voice(cols)
    check_by_names(cols, reserved, what, table=table)
    return cols


def check_by_voice(cols: list[str]) -> None:
    """Refuse ``voice`` as a grouping column of a frame table: each table is already split by voice through
    ``voice=`` in a column of that name, so grouping by the token column gave two columns of one name."""
    if "voice" in cols:
        raise ValueError(f"by={cols!r}: 'voice' is not a grouping column here, because every frame table is "
                         "already split by voice through the voice= parameter (its own 'voice' column); drop "
                         "'voice' from by= and pass voice=['author', 'quoted', 'reported'] for one row per voice")


def check_poles(lex: Lexicon, poles: Any) -> tuple[str, str]:
    if isinstance(poles, str) or not isinstance(poles, Sequence) or len(poles) != 2:
        raise ValueError(f"poles={poles!r} must be two category names, e.g. ('promotional', 'rights'); "
                         f"lexicon {lex.name!r} has: {_fmt(lex.categories)}")
    a, b = poles
    for p in (a, b):
        if p not in lex.categories:
            raise ValueError(f"poles: {p!r} is not a category of lexicon {lex.name!r}; available: "
                             f"{_fmt(lex.categories)}")
    if a == b:
        raise ValueError(f"poles={poles!r}: the two poles must be different categories")
    # an entry written the same way in both poles: each token is counted once, and a tie between categories goes
    # to the one listed first, so every hit of it went to whichever pole the lexicon happened to list first and the
    # balance's sign followed the file's order (elsewhere it is allowed, as LIWC lists a word in several categories;
    # the lexicon warns when it is built that such a word counts for the first category only)
    in_a = {e.pattern for e in lex.entries if e.category == a}
    both = sorted({e.pattern for e in lex.entries if e.category == b and e.pattern in in_a})
    if both:
        first = next(c for c in lex.categories if c in (a, b))
        raise ValueError(f"poles={poles!r}: {len(both)} entr{'y is' if len(both) == 1 else 'ies are'} in both poles "
                         f"of lexicon {lex.name!r} ({_fmt(both)}); every hit of "
                         f"{'it' if len(both) == 1 else 'them'} would count for {first!r}, the category listed "
                         "first, so the balance would depend on the lexicon's order. Remove each from the pole it "
                         "does not belong to (lex.check(tokens) lists the other overlaps between categories)")
    return str(a), str(b)


def group_codes(tokens: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """Group code of every token and the table of group keys (sorted, missing values last)."""
    if not by:
        return np.zeros(len(tokens), dtype=np.int64), pd.DataFrame(index=[0])
    codes = tokens.groupby(by, dropna=False, sort=True, observed=True).ngroup().to_numpy(dtype=np.int64)
    keys = plain_columns(tokens[by].drop_duplicates())  # group columns with plain values, not categoricals
    # in group order (each distinct key has its own code); sorted by position, without a column of its own
    # that a group column of the same name would collide with
    keys = keys.iloc[np.argsort(codes[keys.index.to_numpy()], kind="stable")].reset_index(drop=True)
    return codes, keys


def group_label(keys: pd.DataFrame, g: int, by: list[str]) -> str:
    return ", ".join(f"{c}={keys.iloc[g][c]!r}" for c in by) if by else "the whole corpus"


def word_counts(codes: np.ndarray, n_groups: int, arr: TokenArrays, voice: str) -> np.ndarray:
    words = arr.words(voice)
    return np.bincount(codes[words], minlength=n_groups).astype(np.int64)


def check_nonempty_groups(codes, keys, arr, by) -> None:
    check_group_words(word_counts(codes, len(keys), arr, "all"), keys, by)


def check_group_words(n_tok: np.ndarray, keys: pd.DataFrame, by: list[str]) -> None:
    """ValueError naming the groups with no word token (``n_tok``: word tokens per group)."""
    empty = np.flatnonzero(n_tok == 0)
    if len(empty):
        labels = [group_label(keys, g, by) for g in empty[:5]]
        raise ValueError(f"group(s) with no word tokens: {'; '.join(labels)}"
                         f"{' ...' if len(empty) > 5 else ''}; their rates are undefined. Remove those "
                         "documents or tokens (they hold only punctuation or nothing) before counting")


class TokenRuns:
    """A token table as runs of consecutive rows that share group, document and paragraph, for counting in
    the table's own small dtypes: no per-token array wider than the table's columns, no Python object per
    token (a categorical's codes are read, never its values).

    ``tokens`` must be in document order (:func:`discourse.stance.check_tokens`). The groups and their keys
    are those of :func:`group_codes` (the same codes, the same key table, tested); documents are numbered in
    order of appearance (as ``pd.factorize(tokens["doc_id"], sort=False)``). Attributes: ``keys``,
    ``starts`` (first row of every run), ``group``, ``doc`` (per run), ``paragraph`` (per run; 0 without a
    paragraph column), ``doc_ids`` (per document number, the ``doc_id`` value).
    """

    def __init__(self, tokens: pd.DataFrame, by: list[str]) -> None:
        n = len(tokens)
        dcol = self._codes(tokens["doc_id"])
        pcol = tokens["paragraph"].to_numpy() if "paragraph" in tokens else None
        change = np.zeros(n, dtype=bool)
        if n:
            change[0] = True
            for col in [*by, "doc_id", *(["paragraph"] if pcol is not None else [])]:  # one column at a time
                v = dcol if col == "doc_id" else pcol if col == "paragraph" else self._codes(tokens[col])
                change[1:] |= v[1:] != v[:-1]
        self.starts = np.flatnonzero(change)
        del change
        # the groups of the runs' first rows are those of the whole table: group_codes numbers the distinct
        # combinations of values (sorted, missing last), and every run holds one combination
        self.group, self.keys = group_codes(tokens[by].iloc[self.starts].reset_index(drop=True), by)
        run_d = dcol[self.starts]
        new_doc = np.ones(len(run_d), dtype=bool)
        new_doc[1:] = run_d[1:] != run_d[:-1]
        self.doc = np.cumsum(new_doc) - 1
        first_rows = self.starts[new_doc]
        if len(np.unique(run_d[new_doc])) != len(first_rows):
            raise ValueError("tokens must be in document order (the rows of a document together); "
                             "pass them through discourse.stance.check_tokens")
        self.doc_ids = tokens["doc_id"].iloc[first_rows].to_numpy(dtype=object)
        self.paragraph = (np.asarray(pcol[self.starts], dtype=np.int64) if pcol is not None
                          else np.zeros(len(self.starts), dtype=np.int64))

    @staticmethod
    def _codes(col: pd.Series) -> np.ndarray:
        if isinstance(col.dtype, pd.CategoricalDtype):
            return col.cat.codes.to_numpy()
        return pd.factorize(col, sort=False)[0]

    @property
    def n_groups(self) -> int:
        return len(self.keys)

    def run_of(self, rows: np.ndarray) -> np.ndarray:
        """The run of each token row."""
        return np.searchsorted(self.starts, np.asarray(rows, dtype=np.int64), side="right") - 1

    def per_run(self, mask: np.ndarray) -> np.ndarray:
        """How many rows of every run ``mask`` holds."""
        if not len(self.starts):
            return np.zeros(0, dtype=np.int64)
        return np.add.reduceat(mask, self.starts, dtype=np.int64)

    def word_counts(self, words: np.ndarray) -> np.ndarray:
        """Word tokens per group and voice (rows: groups; columns: author, quoted, reported); ``words``:
        :func:`run_words`."""
        return np.stack([np.bincount(self.group, weights=w, minlength=self.n_groups).astype(np.int64)
                         for w in words], axis=1).reshape(self.n_groups, 3)


def run_words(runs: TokenRuns, vcode: np.ndarray, punct: np.ndarray) -> list[np.ndarray]:
    """Word tokens of every run in each voice (author, quoted, reported)."""
    word = ~punct
    return [runs.per_run(word & (vcode == i)) for i in range(3)]


#: the columns of a hit table (:func:`discourse.stance.find_hits_by_documents`) that the tables read
HIT_COLUMNS = ("doc_id", "paragraph", "sentence", "start_position", "end_position", "start", "end", "frame", "entry",
               "matched", "n_tokens", "token_row", "voice", "quote_kind", "speaker", "use", "use_rule", "cue",
               "stance")


def check_hits(hits: Any, tokens: pd.DataFrame, categories: Sequence[str], func: str) -> pd.DataFrame:
    """The ``hits=`` a table function was given, checked against its tokens (in document order, as
    :func:`discourse.stance.check_tokens` returns them) and the categories it counts.

    ``hits`` must be the table of :func:`discourse.stance.find_hits_by_documents` on the same tokens, found
    with the categories the function counts (the use rules read the other hits of the same call, so hits of
    more categories are not filtered here but refused). TypeError for another type, ValueError naming the
    problem otherwise."""
    check_type("hits", hits, pd.DataFrame, "a DataFrame from discourse.stance.find_hits_by_documents")
    check_columns(hits, list(HIT_COLUMNS), "hits")
    rows = hits["token_row"].to_numpy()
    if len(rows):
        if not np.issubdtype(rows.dtype, np.integer) or rows.min() < 0 or rows.max() >= len(tokens) \
                or (np.diff(rows) < 0).any():
            raise ValueError(f"hits: token_row must be increasing row numbers of the {len(tokens):,} tokens; these "
                             "hits were not found on these tokens (find them with discourse.stance."
                             "find_hits_by_documents(discourse.stance.check_tokens(tokens, on), lexicon, ...))")
        at = tokens[["doc_id", "position"]].iloc[rows]
        same = ((at["doc_id"].astype(object).to_numpy() == hits["doc_id"].astype(object).to_numpy())
                & (at["position"].to_numpy() == hits["start_position"].to_numpy()))
        if not same.all():
            i = int(np.flatnonzero(~same)[0])
            raise ValueError(f"hits: hit {i} starts at position {hits['start_position'].iloc[i]} of document "
                             f"{hits['doc_id'].iloc[i]!r}, but its token_row {int(rows[i])} is position "
                             f"{at['position'].iloc[i]} of {at['doc_id'].iloc[i]!r}: these hits were not found on "
                             "these tokens, in this order")
    extra = sorted(set(pd.unique(hits["frame"].astype(object))) - set(categories), key=str)
    if extra:
        raise ValueError(f"hits hold frame(s) {_fmt(extra)} that {func} does not count; find them with "
                         f"categories={list(categories)!r} (the use of a hit can depend on the other hits found "
                         "with it, so hits of more categories are not filtered)")
    return hits


def voices_param(voice: Any, *, func: str | None = None) -> list[str]:
    """``"all"`` | ``"author"`` | ``"quoted"`` | ``"reported"`` | a list -> the list of voice rows.

    The 1.x form ``True`` (rows for author, quoted, reported and all) / ``False`` (all only) is accepted; when
    ``func`` is given it warns (FutureWarning) that the form is deprecated.
    """
    if isinstance(voice, (bool, np.bool_)) or voice is None:
        new = list(DEFAULT_VOICES) if voice else ["all"]
        if func is not None:
            warnings.warn(f"{func}(voice={voice!r}) is deprecated and will be removed in the next release; use "
                          f"voice={new if len(new) > 1 else new[0]!r}", FutureWarning, stacklevel=3)
        return new
    vs = as_list(voice)
    for v in vs:
        check_one_of("voice", v, list(VOICES))
    return vs


def _is_counts(data: Any) -> bool:
    """A tidy count table (``term``, ``n``, groups) rather than a token table."""
    return isinstance(data, pd.DataFrame) and {"term", "n"} <= set(data.columns) and "token" not in data.columns


def _check_counts(counts: pd.DataFrame, lex: Lexicon, cats: list[str], voices: list[str],
                  voice_given: bool) -> tuple[pd.DataFrame, list[str]]:
    """Validate a count table; add ``frame`` (lexicon lookup of each term) and return usable voices."""
    if len(counts) == 0:
        raise ValueError("counts is empty (no rows): there is nothing to count. An empty corpus gives no rows, and so "
                         "does a selection of rows that kept none: check the filter (a misspelt speaker or source "
                         "name keeps no row)")
    n = pd.to_numeric(counts["n"], errors="coerce")
    bad = n.isna() | (n < 0) | (n != np.floor(n))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValueError(f"counts column 'n' must hold non-negative integers; row {i} has {counts['n'].iloc[[i]].tolist()[0]!r}")
    if "voice" in counts.columns:
        bad_v = sorted(set(pd.unique(counts["voice"].dropna())) - {"author", "quoted", "reported", "all"}, key=str)
        if bad_v or counts["voice"].isna().any():
            raise ValueError(f"counts column 'voice' holds {_fmt(bad_v or ['<missing>'])}; expected 'author', "
                             "'quoted' or 'reported'")
        if (counts["voice"] == "all").any():
            raise ValueError("counts column 'voice' holds 'all'; give the author, quoted and reported counts only "
                             "('all' is computed)")
    elif voice_given and any(v != "all" for v in voices):
        raise ValueError(f"voice={voices!r} needs a 'voice' column in the counts; without one, use voice='all'")
    else:
        voices = ["all"]
    look = lex.lookup(counts["term"], categories=cats)
    cat = counts["term"].map(dict(zip(look["term"], look["frame"], strict=True)))
    out = counts.assign(n=n.astype(np.int64), frame=cat.astype(object).where(cat.notna(), None))
    return out.reset_index(drop=True), voices


def _count_frames_from_counts(counts, lex, by_cols, cats, voices, voice_given) -> pd.DataFrame:
    counts, voices = _check_counts(counts, lex, cats, voices, voice_given)
    codes, keys = group_codes(counts, by_cols)
    n = counts["n"].to_numpy(dtype=np.int64)
    tot = np.bincount(codes, weights=n, minlength=len(keys))
    if (tot == 0).any():
        g = int(np.flatnonzero(tot == 0)[0])
        raise ValueError(f"group(s) with no counted terms: {group_label(keys, g, by_cols)}; their rates are "
                         "undefined. Remove them before counting")
    n_g, n_c = len(keys), len(cats)
    ci = counts["frame"].map({c: i for i, c in enumerate(cats)}).fillna(-1).to_numpy(dtype=np.int64)
    parts = []
    for v in voices:
        sel = np.ones(len(counts), dtype=bool) if v == "all" else (counts["voice"] == v).to_numpy()
        hit = sel & (ci >= 0)
        total = np.bincount(codes[hit] * n_c + ci[hit], weights=n[hit], minlength=n_g * n_c).astype(np.int64)
        nt = np.repeat(np.bincount(codes[sel], weights=n[sel], minlength=n_g).astype(np.int64), n_c)
        df = keys.loc[np.repeat(np.arange(n_g), n_c)].reset_index(drop=True)
        df["frame"] = np.tile(np.array(cats, dtype=object), n_g)
        df["voice"] = v
        df["n"] = total
        for c in ("n_endorsed", "n_distanced", "n_quoted"):
            df[c] = pd.array([pd.NA] * len(df), dtype="Int64")  # stance is unknown in counts
        df["n_tokens"] = nt
        df["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        df["_g"], df["_c"], df["_v"] = np.repeat(np.arange(n_g), n_c), np.tile(np.arange(n_c), n_g), VOICES.index(v)
        parts.append(df)
    out = pd.concat(parts, ignore_index=True).sort_values(["_g", "_c", "_v"], kind="stable")
    return out.drop(columns=["_g", "_c", "_v"]).reset_index(drop=True)


def _frame_balance_from_counts(counts, lex, by_cols, poles, level, voices, voice_given, n_boot, ci, random_state,
                               smoothing, distanced, interval=DEFAULT_INTERVAL) -> pd.DataFrame:
    counts, voices = _check_counts(counts, lex, list(poles), voices, voice_given)
    has_docs = "doc_id" in counts.columns
    if level == "document" and not has_docs:
        raise ValueError("level='document' needs a 'doc_id' column in the counts; use level='group'")
    codes, keys = group_codes(counts, by_cols)
    n = counts["n"].to_numpy(dtype=np.int64)
    if (np.bincount(codes, weights=n, minlength=len(keys)) == 0).any():
        g = int(np.flatnonzero(np.bincount(codes, weights=n, minlength=len(keys)) == 0)[0])
        raise ValueError(f"group(s) with no counted terms: {group_label(keys, g, by_cols)}")
    # the units a group's interval resamples: each document's rows in that group (a document can fall in several
    # groups when a grouping column varies within it, by speaker or voice); without doc_id each group is one unit
    n_g = len(keys)
    if has_docs:
        doc_of_row, doc_names = pd.factorize(counts["doc_id"], sort=False)
        doc_codes, pairs = pd.factorize(doc_of_row.astype(np.int64) * n_g + codes, sort=False)
        doc_ids = np.asarray(doc_names, dtype=object)[pairs // n_g]
        doc_group = (pairs % n_g).astype(np.int64)
    else:
        doc_codes = np.asarray(codes, dtype=np.int64)
        doc_ids = np.array([None] * n_g, dtype=object)
        doc_group = np.arange(n_g, dtype=np.int64)
    n_d = len(doc_ids)
    keep_doc_col = "doc_id" not in by_cols
    gvals = [{c: keys.iloc[gi][c] for c in by_cols} for gi in range(len(keys))]  # once per group, not per row
    cat = counts["frame"].to_numpy(dtype=object)
    uses_text = distanced
    records: list[dict[str, Any]] = []
    for v in voices:
        sel = np.ones(len(counts), dtype=bool) if v == "all" else (counts["voice"] == v).to_numpy()
        a_d = np.bincount(doc_codes[sel & (cat == poles[0])], weights=n[sel & (cat == poles[0])], minlength=n_d)
        b_d = np.bincount(doc_codes[sel & (cat == poles[1])], weights=n[sel & (cat == poles[1])], minlength=n_d)
        t_d = np.bincount(doc_codes[sel], weights=n[sel], minlength=n_d)
        base = {"voice": v, "positive_pole": poles[0], "negative_pole": poles[1], "n_boot": int(n_boot),
                "ci": float(ci), "interval": interval, "smoothing": float(smoothing), "uses": uses_text}
        if level in ("both", "group"):
            for gi in range(len(keys)):
                docs = np.flatnonzero(doc_group == gi)
                docs = docs[unit_order(doc_ids[docs])]  # resampled by doc_id, whatever the order of the rows
                a, b = a_d[docs], b_d[docs]
                if has_docs:
                    lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing, interval=interval,
                                        seed=row_seed(random_state, "group", tuple(map(str, keys.iloc[gi])) if by_cols
                                                   else (), v))
                else:
                    lo = hi = np.nan
                rec = {"level": "group", **gvals[gi]}
                if keep_doc_col:
                    rec["doc_id"] = None
                rec.update(base)
                rec.update({"n_positive": int(a.sum()), "n_negative": int(b.sum()), "n_tokens": int(t_d[docs].sum()),
                            "balance": float(balance_index(a.sum(), b.sum(), smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": "document" if has_docs else "none", "n_units": int(len(docs)) if has_docs else 0,
                            "_g": gi, "_d": -1, "_k": int(np.count_nonzero((a + b) > 0))})
                records.append(rec)
        if level in ("both", "document") and has_docs:
            for di in range(n_d):
                gi = doc_group[di]
                rec = {"level": "document", **gvals[gi]}
                if keep_doc_col:
                    rec["doc_id"] = doc_ids[di]
                rec.update(base)
                rec.update({"n_positive": int(a_d[di]), "n_negative": int(b_d[di]), "n_tokens": int(t_d[di]),
                            "balance": float(balance_index(a_d[di], b_d[di], smoothing)), "ci_low": np.nan,
                            "ci_high": np.nan, "unit": "none", "n_units": 0, "_g": gi, "_d": di, "_k": 0})
                records.append(rec)
    return _balance_frame(records, by_cols, keep_doc_col)


# ------------------------------------------------------------------------------------------ count_frames
#: the columns of :func:`count_frames` after the ``by`` columns (:func:`frame_table` writes them)
FRAME_COUNT_COLUMNS = ("frame", "voice", "n", *(f"n_{st}" for st in STANCES), "n_tokens", "rate")
#: names :func:`count_frames` refuses as group columns: its own columns, and those the count-table path sorts
#: its rows by (``_g``, ``_c``, ``_v``)
FRAME_COUNT_RESERVED = (*FRAME_COUNT_COLUMNS, "_g", "_c", "_v")


def count_frames(tokens: pd.DataFrame, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                 voice: bool | str | Sequence[str] = True, categories: str | Sequence[str] | None = None,
                 on: str = "norm") -> pd.DataFrame:
    """Frame hits and rates per 1,000 words, per group, frame and voice.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`. Without voice columns every token counts as the author's.
    lexicon : Lexicon or str
        A :class:`~discourse.Lexicon`, a bundled name (default ``"framing"``) or a file path.
    by : str, list of str or None
        Grouping column(s) of ``tokens`` (``"source"``, ``"doc_id"``, ``["source", "speaker"]`` for who
        voices which frame; missing values form their own group). ``None``: the whole corpus.
    voice : bool, str or list of str
        ``True``: rows for ``author``, ``quoted``, ``reported`` and ``all``; ``False``: ``all`` only; or the
        voices to keep.
    categories : str or list of str, optional
        Frames to count (default: every category of the lexicon).
    on : {"norm", "stem"}
        Token column to match.

    Returns
    -------
    DataFrame, one row per group x frame x voice (every combination, zeros included), sorted by group,
    frame (lexicon order) and voice, with the columns:

    - the ``by`` columns;
    - ``frame`` (lexicon category), ``voice`` (``author`` | ``quoted`` | ``reported`` | ``all``);
    - ``n``: matches (each phrase counts once); ``n_endorsed``, ``n_distanced``, ``n_quoted``: the same
      matches by stance (``n = n_endorsed + n_distanced + n_quoted``; see the module notes);
    - ``n_tokens``: word tokens (not punctuation) of the group in that voice;
    - ``rate``: ``1000 * n / n_tokens`` (missing where ``n_tokens`` is 0, e.g. a source with no quotations).

    Raises ValueError when a group has no word tokens at all.

    Counts instead of tokens: ``tokens`` may be a tidy count table (``term``, ``n``, the ``by`` columns,
    optionally ``voice`` and ``doc_id``), such as :func:`discourse.count_terms` (with ``lexicon=`` so that
    phrases are counted as one term) or a list from another tool. Each term is looked up whole
    (:meth:`Lexicon.lookup`), ``n_tokens`` is the sum of ``n`` of the group's terms (pass every term, not
    only the frame terms), stances are unknown (``n_endorsed``, ``n_distanced``, ``n_quoted`` missing), and
    without a ``voice`` column only ``all`` rows are given.
    """
    lex = load_lexicon(lexicon)
    if _is_counts(tokens):
        return _count_frames_from_counts(tokens, lex, check_by(tokens, by, FRAME_COUNT_RESERVED, "frame counts",
                                                               "counts"),
                                         lex.check_categories(categories), voices_param(voice),
                                         not isinstance(voice, bool))
    tokens = check_tokens(tokens, on)
    by_cols = check_by(tokens, by, FRAME_COUNT_RESERVED, "frame counts")
    cats = lex.check_categories(categories)
    voices = voices_param(voice)
    vcode = voice_codes(tokens)
    punct = punct_mask(tokens)
    codes, keys = group_codes_fast(tokens, by_cols)
    n_g = len(keys)
    word = ~punct
    words = np.bincount(codes[word] * 3 + vcode[word], minlength=3 * n_g).reshape(n_g, 3).astype(np.int64)
    empty = np.flatnonzero(words.sum(axis=1) == 0)
    if len(empty):
        labels = [group_label(keys, g, by_cols) for g in empty[:5]]
        raise ValueError(f"group(s) with no word tokens: {'; '.join(labels)}"
                         f"{' ...' if len(empty) > 5 else ''}; their rates are undefined. Remove those "
                         "documents or tokens (they hold only punctuation or nothing) before counting")
    m = lex.find_matches(tokens, on=on, categories=cats)
    r = m["token_row"].to_numpy(dtype=np.int64)
    cat_idx = {c: i for i, c in enumerate(cats)}
    ci = np.fromiter((cat_idx[c] for c in m["frame"]), dtype=np.int64, count=len(m))
    hv = vcode[r]
    return frame_table(keys, cats, voices, hit_group=codes[r], hit_frame=ci, hit_voice=hv,
                       hit_stance=token_stances(tokens, r, hv, punct), words=words)


# ------------------------------------------------------------------------------------------ count_frames parts
def voice_codes(tokens: pd.DataFrame, dtype: Any = np.int64) -> np.ndarray:
    """The voice of every token as a code into :data:`VOICES` (0 author, 1 quoted, 2 reported), of ``dtype``
    (``np.int8`` for the large-table paths); every token is the author's without a ``voice`` column. A
    categorical column is read from its codes, without converting its values (a categorical read as Python
    objects costs a string per token). ValueError for other or missing values, as :class:`TokenArrays`."""
    if "voice" not in tokens:
        return np.zeros(len(tokens), dtype=dtype)
    col = tokens["voice"]
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = col.cat.codes.to_numpy()
        values = [str(c) for c in col.cat.categories]
        seen = np.unique(codes)
        used, missing = [values[c] for c in seen.tolist() if c >= 0], bool(len(seen) and seen[0] < 0)
    else:
        codes, uniq = pd.factorize(col, sort=False)
        values = used = [str(u) for u in np.asarray(uniq, dtype=object)]
        missing = bool((codes < 0).any())
    bad = sorted(set(used) - {"author", "quoted", "reported"}, key=str)
    if bad or missing:
        raise ValueError(f"tokens column 'voice' holds {_fmt(bad if bad else ['<missing>'])}; expected 'author', "
                         "'quoted' or 'reported'")
    to_code = np.array([VOICES.index(v) if v in VOICES[:3] else 0 for v in values] or [0], dtype=dtype)
    return to_code[codes]


def punct_mask(tokens: pd.DataFrame) -> np.ndarray:
    """Punctuation tokens: the ``is_punct`` column, else no letter or digit in the norm (or token), as
    :class:`TokenArrays` decides."""
    if "is_punct" in tokens:
        return tokens["is_punct"].to_numpy(dtype=bool)
    col = tokens["norm"] if "norm" in tokens else tokens["token"]
    return ~col.astype(str).str.contains(r"[^\W_]", regex=True).to_numpy(dtype=bool)


def group_codes_fast(tokens: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """:func:`group_codes` (the same codes and keys) without deduplicating the whole table: the keys are the
    first row of each group."""
    if not by:
        return np.zeros(len(tokens), dtype=np.int64), pd.DataFrame(index=[0])
    col = tokens[by[0]]
    if len(by) == 1 and not isinstance(col.dtype, pd.CategoricalDtype):  # categories keep their own order
        codes, _ = pd.factorize(col, sort=True, use_na_sentinel=True)
        codes = np.asarray(codes, dtype=np.int64)
        if (codes < 0).any():  # missing values form the last group, as groupby(dropna=False) orders them
            codes = np.where(codes < 0, codes.max() + 1, codes)
    else:
        codes = tokens.groupby(by, dropna=False, sort=True, observed=True).ngroup().to_numpy(dtype=np.int64)
    _, first = np.unique(codes, return_index=True)
    keys = plain_columns(tokens[by].iloc[first].reset_index(drop=True))  # plain group values, not categoricals
    return codes, keys


class CueWindow:
    """The tokens before a hit within its sentence, read the way the stance rules read a sentence
    (``lo``, ``hi``, ``n(j)`` the norm, ``s(j)`` the surface form, ``p(j)`` punctuation); the hit's first
    token is the last one (``hi``)."""

    __slots__ = ("lo", "hi", "_norm", "_surface", "_punct")

    def __init__(self, norms: Sequence[str], puncts: Sequence[bool], surfaces: Sequence[str] | None = None) -> None:
        self.lo, self.hi = 0, len(norms) - 1
        self._norm, self._punct = norms, puncts
        self._surface = surfaces if surfaces is not None else norms

    def n(self, j: int) -> str:
        return self._norm[j]

    def s(self, j: int) -> str:
        return self._surface[j]

    def p(self, j: int) -> bool:
        return bool(self._punct[j])


#: tokens before a hit that the 1.x distancing cue can look at (four back, and three more for "what ... calls")
CUE_WINDOW = 8


def legacy_cue(norms: Sequence[str], puncts: Sequence[bool]) -> str | None:
    """The 1.x distancing cue (:func:`discourse.stance.rule_distancing_cue` with the 1.x cues) before a hit:
    ``norms``/``puncts`` are the tokens of the hit's sentence up to and including the hit's first token (at
    most :data:`CUE_WINDOW` before it)."""
    return rule_distancing_cue(CueWindow(norms, puncts), len(norms) - 1, cues=LEGACY_CUES)


def token_stances(tokens: pd.DataFrame, rows: np.ndarray, hit_voice: np.ndarray, punct: np.ndarray) -> np.ndarray:
    """The 1.x stance (index into :data:`STANCES`) of hits whose first tokens are ``rows`` of a token table in
    document order, as :func:`discourse.stance.legacy_stance` gives it: ``quoted`` in the quoted voice (a
    reported clause counts as the author's, as in 1.x), else ``distanced`` after a distancing cue in the sentence or in a mention quotation, else ``endorsed``."""
    st = np.full(len(rows), STANCES.index("quoted"), dtype=np.int64)
    a = np.flatnonzero(hit_voice != VOICES.index("quoted"))  # 1.x had no reported voice: its clauses are the author's
    if not len(a):
        return st
    ra = rows[a]
    mention = (np.asarray(tokens["quote_kind"].iloc[ra].astype(object) == "mention", dtype=bool)
               if "quote_kind" in tokens else np.zeros(len(ra), dtype=bool))
    # the tokens of the same document and sentence before each hit, up to CUE_WINDOW of them
    doc, _ = pd.factorize(tokens["doc_id"], sort=False)
    sent = tokens["sentence"].to_numpy(dtype=np.int64)
    back = np.zeros(len(ra), dtype=np.int64)
    alive = np.ones(len(ra), dtype=bool)
    for k in range(1, CUE_WINDOW + 1):
        j = ra - k
        ok = alive & (j >= 0)
        jj = np.where(ok, j, 0)
        ok &= (doc[jj] == doc[ra]) & (sent[jj] == sent[ra])
        back += ok
        alive = ok
    need = np.unique(np.concatenate([ra - k for k in range(0, CUE_WINDOW + 1)]))
    need = need[need >= 0]
    col = tokens["norm"] if "norm" in tokens else tokens["token"].astype(str).str.lower()
    norm_at = dict(zip(need.tolist(), (str(x) for x in col.iloc[need].to_numpy(dtype=object)), strict=True))
    out = st[a]
    for i, (r, b, men) in enumerate(zip(ra.tolist(), back.tolist(), mention.tolist(), strict=True)):
        span = range(r - b, r + 1)
        cue = legacy_cue([norm_at[x] for x in span], [punct[x] for x in span])
        out[i] = STANCES.index("distanced") if (cue is not None or men) else STANCES.index("endorsed")
    st[a] = out
    return st


def frame_table(keys: pd.DataFrame, cats: Sequence[str], voices: Sequence[str], *, hit_group: np.ndarray,
                hit_frame: np.ndarray, hit_voice: np.ndarray, hit_stance: np.ndarray,
                words: np.ndarray) -> pd.DataFrame:
    """The table of :func:`count_frames` from its parts, whichever path found them.

    ``keys``: one row per group (the ``by`` columns, in group order); per hit its group, frame (index into
    ``cats``), voice (index into :data:`VOICES`) and 1.x stance (index into :data:`STANCES`); ``words``: word
    tokens per group (rows) and voice (author, quoted, reported).

    Rows by group, frame and voice (in the order of :data:`VOICES`), built as one table (it was one table per
    voice, concatenated and sorted stably by group, frame and voice: the same rows in the same order, and the
    same dtypes: the ``voice`` column has the dtype a column assigned one string gets, ``tests/test_framing.py``
    compares the two).
    """
    n_g, n_c = len(keys), len(cats)
    cell = np.asarray(hit_group, dtype=np.int64) * n_c + np.asarray(hit_frame, dtype=np.int64)
    hit_voice = np.asarray(hit_voice, dtype=np.int64)
    hit_stance = np.asarray(hit_stance, dtype=np.int64)
    words = np.asarray(words, dtype=np.int64).reshape(n_g, 3)
    vs = sorted(voices, key=VOICES.index)  # stable: a voice given twice keeps its rows, one after the other
    n_v = len(vs)
    counts = np.zeros((len(STANCES), n_g * n_c, n_v), dtype=np.int64)
    n_tok = np.zeros((n_g * n_c, n_v), dtype=np.int64)
    for k, v in enumerate(vs):
        sel = np.ones(len(cell), dtype=bool) if v == "all" else (hit_voice == VOICES.index(v))
        for i in range(len(STANCES)):
            counts[i, :, k] = np.bincount(cell[sel & (hit_stance == i)], minlength=n_g * n_c)
        n_tok[:, k] = np.repeat(words.sum(axis=1) if v == "all" else words[:, VOICES.index(v)], n_c)
    total = counts.sum(axis=0).ravel()
    nt = n_tok.ravel()
    df = keys.loc[np.repeat(np.arange(n_g), n_c * n_v)].reset_index(drop=True)
    df["frame"] = np.repeat(np.tile(np.array(cats, dtype=object), n_g), n_v)
    df["voice"] = pd.Series(np.tile(np.array(vs, dtype=object), n_g * n_c), index=df.index, dtype=_scalar_str_dtype())
    df["n"] = total
    for i, st in enumerate(STANCES):
        df[f"n_{st}"] = counts[i].ravel()
    df["n_tokens"] = nt
    with np.errstate(divide="ignore", invalid="ignore"):
        df["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
    return df


def _scalar_str_dtype() -> Any:
    """The dtype pandas gives a column assigned one string (``str`` where strings are inferred, else object)."""
    probe = pd.DataFrame(index=[0])
    probe["v"] = "author"
    return probe["v"].dtype


# ------------------------------------------------------------------------------------------ balance
def counted_hits(m: pd.DataFrame, poles: tuple[str, str], uses: Sequence[str], voice: str) -> tuple[np.ndarray, np.ndarray]:
    """Boolean masks over hits (:func:`discourse.stance.find_hits`): the counted hits of the positive and
    the negative pole in ``voice`` whose ``use`` is one of ``uses``."""
    sel = np.ones(len(m), dtype=bool) if voice == "all" else (m["voice"].to_numpy() == voice)
    if len(uses) < len(USES):
        sel &= np.isin(m["use"].to_numpy(dtype=object), list(uses))
    cat = m["frame"].to_numpy()
    return sel & (cat == poles[0]), sel & (cat == poles[1])


def balance_index(a, b, s):
    return np.log((np.asarray(a, dtype=float) + s) / (np.asarray(b, dtype=float) + s))


def _bootstrap(a: np.ndarray, b: np.ndarray, *, n_boot: int, ci: float, smoothing: float,
               seed: list[int], interval: str = DEFAULT_INTERVAL) -> tuple[float, float]:
    """Interval of the pooled balance over units resampled with replacement (``interval``: see
    :func:`discourse.resample.bootstrap_interval`; BCa's jackknife leaves out one unit at a time and pools the
    rest, and its bias correction counts the resamples that drew a pole hit, the ones the percentiles are of)."""
    if len(a) < 2 or n_boot == 0:
        return np.nan, np.nan
    if np.count_nonzero((a + b) > 0) < 2:
        # every pole hit in one unit: each resample that draws a hit is copies of that unit, so the resamples
        # cannot show how the hits vary (one hit in ten documents gave [-1.95, -1.10], wholly below 0)
        return np.nan, np.nan
    sums = bootstrap_sums(np.column_stack([a, b]), n_boot=n_boot, seed=seed)
    hit = (sums[:, 0] + sums[:, 1]) > 0  # a resample without a pole hit has no balance (see the module notes)
    if not hit.any():
        return np.nan, np.nan
    boots = balance_index(sums[hit, 0], sums[hit, 1], smoothing)
    if boots.min() == boots.max():
        # every resample gives the same balance (each unit with a hit holds the same hits, one rights hit in each
        # of five answers): a bootstrap distribution without spread shows nothing of how the hits vary, and an
        # interval of width 0 claimed certainty (see _warn_no_spread)
        return np.nan, np.nan
    if interval == "bca":
        a_all, b_all = a.sum(), b.sum()
        lo_q, hi_q = bootstrap_interval(boots, ci, interval="bca", estimate=balance_index(a_all, b_all, smoothing),
                                        jackknife=balance_index(a_all - a, b_all - b, smoothing))
    else:
        lo_q, hi_q = bootstrap_interval(boots, ci, interval=interval, n_units=len(a))
    return float(lo_q), float(hi_q)


def pair_codes(outer: np.ndarray, inner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of (outer, inner) integer pairs in sorted order, and the outer value of each code."""
    inner = np.asarray(inner, dtype=np.int64)
    lo = int(inner.min()) if len(inner) else 0
    width = (int(inner.max()) - lo + 1) if len(inner) else 1
    key = np.asarray(outer, dtype=np.int64) * width + (inner - lo)
    uniq, codes = np.unique(key, return_inverse=True)
    return codes.astype(np.int64), uniq // width


#: the columns of :func:`frame_balance` but the ``by`` columns (after ``level``) and ``doc_id`` (after them)
BALANCE_COLUMNS = ("level", "voice", "positive_pole", "negative_pole", "n_positive", "n_negative", "n_tokens",
                   "balance", "ci_low", "ci_high", "unit", "n_units", "n_boot", "ci", "interval", "smoothing", "uses")
#: names :func:`frame_balance` refuses as group columns: its own columns and those it sorts its rows by
#: (``_g``, ``_d``, ``_l``, ``_v``, and ``_k``, the units with a pole hit); ``doc_id`` is a group column like any other (the table then has no second
#: ``doc_id`` column). Counts (rather than tokens) also get a ``frame`` column on the way (the lexicon
#: category of each term): :data:`BALANCE_COUNTS_RESERVED`
BALANCE_RESERVED = (*BALANCE_COLUMNS, "_g", "_d", "_l", "_v", "_k")
BALANCE_COUNTS_RESERVED = (*BALANCE_RESERVED, "frame")


def frame_balance(tokens: pd.DataFrame, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                  poles: Sequence[str] = ("promotional", "rights"), level: str = "both",
                  voice: str | Sequence[str] = DEFAULT_VOICES, uses: str | Sequence[str] = "evaluative",
                  n_boot: int = N_BOOT, ci: float = 0.95, random_state: int = 0, smoothing: float = 0.5,
                  on: str = "norm", distanced: str | None = None, hits: pd.DataFrame | None = None,
                  interval: str = DEFAULT_INTERVAL) -> pd.DataFrame:
    """Two-pole frame balance per document and per group, with bootstrap confidence intervals.

    ``balance = log((a + s) / (b + s))``: the smoothed log-odds that a pole hit belongs to the first pole
    (``a`` hits) rather than the second (``b`` hits), ``s = smoothing``. Positive leans to ``poles[0]``
    (promotional), negative to ``poles[1]`` (rights). See the module notes for the bootstrap.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    lexicon : Lexicon or str
        Default: the bundled ``"framing"`` lexicon.
    by : str, list of str or None
        Grouping column(s); ``None`` treats the corpus as one group. A token-level column such as
        ``speaker`` splits a document between groups; each group then resamples its own part of each
        document (``["source", "speaker"]`` with ``voice="quoted"``: the balance of each quoted speaker).
    poles : (str, str)
        The positive and the negative pole, two categories of the lexicon.
    level : {"both", "group", "document"}
        Rows per group, per document, or both (the ``level`` column says which).
    voice : str or list of str
        The voice rows: ``"all"``, ``"author"``, ``"quoted"``, ``"reported"`` or a list (default: author,
        quoted, reported and all; ``all`` adds the three up). The 1.x ``True``/``False`` still works, with a FutureWarning.
    uses : str or list of str
        Which uses of a hit count (see :mod:`discourse.stance`): ``"evaluative"`` (default: only hits whose
        speaker adopts the frame), ``"all"`` (plain counting, every hit, as in the 1.x releases with
        ``distanced="include"``) or a list such as ``["evaluative", "reported"]``. A hit in indirect speech
        (voice ``reported``) has the use ``reported``, so the ``reported`` row counts nothing under the default;
        ``["evaluative", "reported"]`` counts what reported speakers are said to say.
    n_boot : int
        Bootstrap resamples (0: no intervals). Default 1000 (:data:`discourse.resample.N_BOOT`; it was 2000
        before 2.0, so default intervals differ slightly from the 1.x ones).
    ci : float
        Confidence level of the interval, in (0, 1).
    interval : {"percentile", "expanded", "bca"}
        How the interval is read from the resamples (:mod:`discourse.resample`): the expanded percentile
        interval (Hesterberg 2015; default), ``"percentile"`` or BCa (Efron 1987). The resamples are the same for
        all three; with few units the percentile interval holds the true balance less often than ``ci``, the
        expanded one close to it from about 6 units (README, "Choosing the interval").
    random_state : int
        Seed. Each row draws from its own generator seeded by ``random_state`` and the row's key, so a
        group's interval does not change when other groups are added or removed.
    smoothing : float
        Added to both counts (> 0; 0.5 is the Haldane-Anscombe correction).
    on : {"norm", "stem"}
        Token column the lexicon's entries are matched on.
    distanced : {"exclude", "include"}, deprecated
        The 1.x switch, replaced by ``uses``: ``"exclude"`` counts every use but ``distanced``,
        ``"include"`` every use (``uses="all"``). FutureWarning.
    hits : DataFrame, optional
        The hits when they were already found (the report finds them once for several tables):
        :func:`discourse.stance.find_hits_by_documents` on ``discourse.stance.check_tokens(tokens, on)`` with
        ``categories=poles``. Default: found here, the same way. Hits of other tokens or categories are
        refused (ValueError).

    Returns
    -------
    DataFrame sorted by level (group rows first), group, document and voice, with the columns:

    - ``level`` (``group`` | ``document``); the ``by`` columns; ``doc_id`` (missing on group rows; left
      out when ``by`` already holds ``doc_id``);
    - ``voice`` (``author`` | ``quoted`` | ``reported`` | ``all``);
    - ``positive_pole``, ``negative_pole`` (category names), ``n_positive``, ``n_negative`` (hits counted);
    - ``n_tokens``: word tokens of the row's voice;
    - ``balance``, ``ci_low``, ``ci_high``: missing where the row has no pole hit at all (0 against 0 is
      no evidence of a lean) or its voice has no words (a source that quotes nobody); read them with
      ``n_positive`` and ``n_negative``: 2 hits against 0 give +1.6 but say little. ``ci_low`` and
      ``ci_high`` are also missing where the row's pole hits all come from one unit (one document of the
      group, one paragraph of the document): a bootstrap over the units cannot tell how such hits vary.
      A group row whose hits fall in 2 to 5 units keeps its interval, and a UserWarning names it: such an
      interval holds the true balance at most 50-94 % of the time, not 95 % (module notes);
    - ``unit`` (``document`` | ``paragraph`` | ``none``: what the bootstrap resampled), ``n_units``;
    - ``n_boot``, ``ci``, ``interval``, ``smoothing``, ``uses`` (the uses counted, comma-joined, or ``all``):
      the options, for provenance.

    Counts instead of tokens (see :func:`count_frames`): group intervals resample the documents when the
    counts have a ``doc_id`` column (``unit`` ``document``), otherwise there is no interval (``unit``
    ``none``); document rows (``doc_id`` needed) have no interval, since counts hold no paragraphs. Counts
    carry no uses: every hit counts whatever ``uses`` says, and the ``uses`` column says ``all``.
    """
    lex = load_lexicon(lexicon)
    counts_given = _is_counts(tokens)
    if not counts_given:
        tokens = check_tokens(tokens, on)
    by_cols = check_by(tokens, by, BALANCE_COUNTS_RESERVED if counts_given else BALANCE_RESERVED,
                       "frame balance tables", "counts" if counts_given else "tokens")
    pos_pole, neg_pole = check_poles(lex, poles)
    check_one_of("level", level, ["both", "group", "document"])
    use_list = uses_param(uses, distanced, "frame_balance")
    voices = voices_param(voice, func="frame_balance")
    n_boot = check_count("n_boot", n_boot, 0, "bootstrap resamples; 0 turns the intervals off")
    ci = check_ci(ci)
    if not isinstance(smoothing, (float, int)) or not smoothing > 0:
        raise ValueError(f"smoothing={smoothing!r} must be > 0 (the index is a log of a ratio; try 0.5)")
    check_seed("random_state", random_state)
    check_interval(interval)
    if counts_given:
        if hits is not None:
            raise ValueError("hits= goes with a token table; counts carry no hits (leave hits out)")
        return _frame_balance_from_counts(tokens, lex, by_cols, (pos_pole, neg_pole), level, voices,
                                          not (isinstance(voice, bool) or voice is DEFAULT_VOICES), n_boot, ci,
                                          random_state, smoothing, "all", interval)

    # the units are counted on runs of rows that share group, document and paragraph, in the token table's
    # own small dtypes (TokenRuns): no per-token working array but the voice codes and one mask at a time
    runs = TokenRuns(tokens, by_cols)
    keys = runs.keys
    vcode = voice_codes(tokens, np.int8)
    words_run = run_words(runs, vcode, punct_mask(tokens))
    del vcode
    check_group_words(runs.word_counts(words_run).sum(axis=1), keys, by_cols)
    # hits one chunk of whole documents at a time: the use rules' working arrays never span the whole table
    m = (find_hits_by_documents(tokens, lex, on=on, categories=[pos_pole, neg_pole]) if hits is None
         else check_hits(hits, tokens, [pos_pole, neg_pole], "frame_balance"))
    run_m = runs.run_of(m["token_row"].to_numpy(dtype=np.int64))

    # units: documents within groups (a document can fall into several groups when `by` is a token column
    # such as speaker or voice), and their paragraphs; both in group, then document order
    gd_run, gd_group = pair_codes(runs.group, runs.doc)
    n_gd = len(gd_group)
    gd_doc = np.zeros(n_gd, dtype=np.int64)
    gd_doc[gd_run] = runs.doc
    u_run, u_gd = pair_codes(gd_run, runs.paragraph)
    n_u = len(u_gd)
    doc_ids = runs.doc_ids
    keep_doc_col = "doc_id" not in by_cols
    gkey = [tuple(map(str, keys.iloc[gi])) if by_cols else () for gi in range(len(keys))]
    gvals = [{c: keys.iloc[gi][c] for c in by_cols} for gi in range(len(keys))]  # once per group, not per row

    uses_text = uses_label(use_list)
    records: list[dict[str, Any]] = []
    for v in voices:
        hp, hn = counted_hits(m, (pos_pole, neg_pole), use_list, v)
        a_u = np.bincount(u_run[run_m[hp]], minlength=n_u).astype(np.int64)
        b_u = np.bincount(u_run[run_m[hn]], minlength=n_u).astype(np.int64)
        w_run = sum(words_run) if v == "all" else words_run[VOICES.index(v)]
        t_u = np.bincount(u_run, weights=w_run, minlength=n_u).astype(np.int64)
        a_d = np.bincount(u_gd, weights=a_u, minlength=n_gd).astype(np.int64)
        b_d = np.bincount(u_gd, weights=b_u, minlength=n_gd).astype(np.int64)
        t_d = np.bincount(u_gd, weights=t_u, minlength=n_gd).astype(np.int64)
        base = {"voice": v, "positive_pole": pos_pole, "negative_pole": neg_pole, "n_boot": int(n_boot),
                "ci": float(ci), "interval": interval, "smoothing": float(smoothing), "uses": uses_text}
        if level in ("both", "group"):
            for gi in range(len(keys)):
                gds = np.flatnonzero(gd_group == gi)
                gds = gds[unit_order(doc_ids[gd_doc[gds]])]  # resampled by doc_id, whatever the order of the rows
                if len(gds) >= 2:
                    unit, a, b = "document", a_d[gds], b_d[gds]
                    key: tuple = ("group", gkey[gi])
                else:
                    # a one-document group resamples the same paragraphs as that document's own row, with
                    # the same seed, so the two intervals agree
                    sl = np.flatnonzero(u_gd == gds[0])
                    unit, a, b = "paragraph", a_u[sl], b_u[sl]
                    key = ("document", str(doc_ids[gd_doc[gds[0]]]), gkey[gi])
                lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing, interval=interval,
                                    seed=row_seed(random_state, *key, v))
                rec = {"level": "group", **gvals[gi]}
                if keep_doc_col:
                    rec["doc_id"] = None
                rec.update(base)
                rec.update({"n_positive": int(a.sum()), "n_negative": int(b.sum()), "n_tokens": int(t_d[gds].sum()),
                            "balance": float(balance_index(a.sum(), b.sum(), smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": unit, "n_units": int(len(a)), "_g": gi, "_d": -1,
                            "_k": int(np.count_nonzero((a + b) > 0))})
                records.append(rec)
        if level in ("both", "document"):
            starts = np.searchsorted(u_gd, np.arange(n_gd), side="left")
            ends = np.searchsorted(u_gd, np.arange(n_gd), side="right")
            for di in range(n_gd):
                a, b = a_u[starts[di]:ends[di]], b_u[starts[di]:ends[di]]
                gi = int(gd_group[di])
                doc_id = doc_ids[gd_doc[di]]
                lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing, interval=interval,
                                    seed=row_seed(random_state, "document", str(doc_id), gkey[gi], v))
                rec = {"level": "document", **gvals[gi]}
                if keep_doc_col:
                    rec["doc_id"] = doc_id
                rec.update(base)
                rec.update({"n_positive": int(a_d[di]), "n_negative": int(b_d[di]), "n_tokens": int(t_d[di]),
                            "balance": float(balance_index(a_d[di], b_d[di], smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": "paragraph", "n_units": int(len(a)), "_g": gi, "_d": di,
                            "_k": int(np.count_nonzero((a + b) > 0))})
                records.append(rec)
    return _balance_frame(records, by_cols, keep_doc_col)


def _warn_empty_pole(out: pd.DataFrame) -> None:
    """Warn when one pole has no counted hit in any row of a balance table and the other has some.

    Every balance is then ``log((n + s) / s)`` of the other pole's count ``n`` alone, with intervals as narrow as
    that count is steady: a confident-looking lean that compares nothing (a user audit: every entry of a pole
    misspelt gave each group "+4.5 [3.85, 4.95]" and no warning). The table is kept as computed; the warning
    names the pole and the fix.
    """
    if out.empty:
        return
    n_p, n_n = int(out["n_positive"].sum()), int(out["n_negative"].sum())
    if (n_p == 0) == (n_n == 0):
        return
    pos, neg = str(out["positive_pole"].iat[0]), str(out["negative_pole"].iat[0])
    empty, other = (pos, neg) if n_p == 0 else (neg, pos)
    uses = out["uses"].iat[0]
    voices = ", ".join(dict.fromkeys(str(v) for v in out["voice"]))
    warnings.warn(f"frame_balance: the pole {empty!r} has no counted hit in any row (uses={uses!r}, voice {voices}), "
                  f"so every balance is a count of {other!r} hits alone, not a comparison of two poles, and no lean "
                  f"can be read from it; check the {empty!r} entries against the tokens (Lexicon.check(tokens) lists "
                  "entries with no hits: misspelt or absent), count every use (uses='all', --uses all), or choose "
                  "other poles (poles=, --poles)", UserWarning, stacklevel=4)


def _warn_few_units(out: pd.DataFrame, by_cols: list[str]) -> None:
    """Warn when group rows have an interval resampled from fewer units with a pole hit than its level needs
    (:func:`discourse.resample.min_units`: 6 at 95 %).

    A resample's pooled balance lies (up to the smoothing) within the range of the balances of the units with a
    pole hit that it draws, so the interval can hold the true balance no more often than that range does: at most
    50 % with 2 such units, 75 % with 3, 94 % with 5 (:func:`discourse.resample.range_coverage`), however many
    units without a hit the group has. In simulations with known rates the nominal 95 % intervals held it in 48-51 %
    of groups of 2 documents and 72-76 % of groups of 3, whichever interval was read (README, "Balance index and uncertainty"), and in 50 % and
    66-70 % of groups of 30 documents whose hits fell in 2 or 3 of them; such an interval excluding 0 had read as a
    95 % lean. The intervals are kept (they describe the units) and the warning names the groups; document rows,
    which resample paragraphs, are not named. ``out`` still holds the private column ``_k`` (units with a hit).
    """
    grp = out[(out["level"] == "group") & out["ci_low"].notna()]
    if grp.empty:
        return
    need = grp["ci"].map(lambda c: min_units(float(c)))
    few = grp[grp["_k"] < need]
    if few.empty:
        return
    seen: dict[str, tuple[int, str]] = {}  # per group, its fewest units with a hit over the voice rows
    for _, r in few.iterrows():
        label = " / ".join(str(r[c]) for c in by_cols) if by_cols else "corpus"
        k = int(r["_k"])
        if label not in seen or k < seen[label][0]:
            seen[label] = (k, f"{label}: {k} of {int(r['n_units'])} {r['unit']}s")
    k_min = int(few["_k"].min())
    level = f"{100 * float(few['ci'].iat[0]):g} %"
    names = ", ".join(t for _, t in list(seen.values())[:5]) + (" ..." if len(seen) > 5 else "")
    warnings.warn(f"frame_balance: {len(seen)} group(s) have an interval from fewer than {int(need.max())} units "
                  f"with a pole hit ({names}): a resample's balance stays within the range of those units' own, so such "
                  f"an interval holds the true balance at most {100 * range_coverage(k_min):.0f} % of the time with "
                  f"{k_min} units, not {level}. Read these intervals as the spread of the units, not as {level} "
                  "intervals; more documents with hits per group (or a coarser grouping) give intervals at their level",
                  UserWarning, stacklevel=4)


def _warn_no_spread(out: pd.DataFrame, by_cols: list[str]) -> None:
    """Warn when group rows with pole hits in two units or more have no interval because every resample gave the
    same balance (:func:`_bootstrap`): each unit with a hit holds the same hits (five answers of one rights hit each,
    or of one hit of each pole). The units then show no spread, and an interval of width 0 had said the balance was
    known exactly; with no hit of one pole in ``n`` units a 95 % upper bound of that pole's share is still about
    ``3 / n`` (the rule of three: Hanley & Lippman-Hand 1983). The balance itself is kept."""
    rows = out[(out["level"] == "group") & out["ci_low"].isna() & out["balance"].notna() & (out["_k"] >= 2)
               & (out["n_boot"] > 0)]
    if rows.empty:
        return
    labels = list(dict.fromkeys(" / ".join(str(r[c]) for c in by_cols) if by_cols else "corpus"
                                for _, r in rows.iterrows()))
    names = ", ".join(sorted(labels)[:5]) + (" ..." if len(labels) > 5 else "")
    warnings.warn(f"frame_balance: {len(labels)} group(s) have no interval since their resamples have no spread "
                  f"({names}): each unit with a pole hit holds the same hits, so every resample gives the same "
                  "balance, which shows nothing of how the hits vary (a 95 % upper bound of a pole's share with no "
                  "hit in n units is still about 3/n); read the balance with n_positive, n_negative and n_units",
                  UserWarning, stacklevel=4)


def _balance_frame(records: list[dict[str, Any]], by_cols: list[str], keep_doc_col: bool) -> pd.DataFrame:
    cols = [BALANCE_COLUMNS[0], *by_cols, *(["doc_id"] if keep_doc_col else []), *BALANCE_COLUMNS[1:]]
    out = pd.DataFrame.from_records(records, columns=[*cols, "_g", "_d", "_k"])
    # no pole hit (0 against 0, or a voice with no words: a source that quotes nobody) is no evidence of a
    # lean either way: the balance is missing, not 0 with the interval [0, 0]
    none = (out["n_tokens"] == 0) | ((out["n_positive"] == 0) & (out["n_negative"] == 0))
    out.loc[none, ["balance", "ci_low", "ci_high"]] = np.nan
    _warn_empty_pole(out)
    _warn_few_units(out, by_cols)
    _warn_no_spread(out, by_cols)
    out["_l"] = (out["level"] == "document").astype(int)
    out["_v"] = out["voice"].map(VOICES.index)
    out = out.sort_values(["_l", "_g", "_d", "_v"], kind="stable").drop(columns=["_l", "_g", "_d", "_v", "_k"])
    if keep_doc_col:
        out["doc_id"] = out["doc_id"].astype(object)
    return out.reset_index(drop=True)




# ----------------------------------------------------------------------------- per-document ranking scores

#: the methods of :func:`frame_scores`
SCORE_METHODS = ("shrunk", "relative", "rate")
FRAME_SCORES_COLUMNS = ["doc_id", "method", "score", "rate", "n_positive", "n_negative", "n_words",
                        "positive_pole", "negative_pole", "voice", "uses", "prior_words"]


def log_odds_z(y: np.ndarray, n: np.ndarray, alpha0: float) -> np.ndarray:
    """Monroe, Colaresi & Quinn (2008), eqs. 16 and 18-20: the z-score of each unit's log-odds of a feature
    against the whole collection, under an informative Dirichlet prior ``alpha = alpha0 * Y / N`` (``Y`` the
    feature's count in all units, ``N`` their total size). ``y`` counts of the feature per unit, ``n`` sizes.
    A feature that never occurs (``Y = 0``) is no evidence either way: z = 0 for every unit."""
    y = np.asarray(y, dtype=float)
    n = np.asarray(n, dtype=float)
    Y, N = float(y.sum()), float(n.sum())
    if Y == 0 or N == 0:
        return np.zeros(len(y))
    a = alpha0 * Y / N
    delta = np.log((y + a) / (n + alpha0 - y - a)) - np.log((Y + a) / (N + alpha0 - Y - a))
    return delta / np.sqrt(1.0 / (y + a) + 1.0 / (Y + a))


def frame_scores(tokens: pd.DataFrame, lexicon: Any = "framing", *, method: str = "shrunk",
                 poles: Sequence[str] = ("promotional", "rights"), voice: str = "author",
                 uses: str | Sequence[str] = "evaluative", prior_words: float | None = None,
                 on: str = "norm") -> pd.DataFrame:
    """One score per document that ranks documents from the negative pole (low) to the positive (high).

    :func:`frame_balance` answers "which way does this document lean, and how sure are we"; this answers
    "order these documents from promotional to critical". Both count the same hits (``uses`` in ``voice``);
    the words of the document in every voice are the denominator.

    Methods
    -------
    ``"rate"``
        ``1000 (a - b) / n``: the signed rate of counted pole hits per 1,000 words (``a`` positive-pole hits,
        ``b`` negative-pole hits, ``n`` word tokens). Unlike the log-odds balance it grows with how densely a
        document uses a frame; but a short document with one hit lands far out.
    ``"shrunk"`` (default)
        The rate tempered by the corpus: for each pole, the z-score of the document's log-odds of a pole hit
        against the whole corpus's, with an informative Dirichlet prior worth ``prior_words`` words at the
        corpus rate of that pole (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4),
        eqs. 16 and 18-20); score = z of the positive pole minus z of the negative pole. One or two hits in
        a short document move it little; many hits in a long one move it far. Scores are relative to the
        documents scored together (the prior is their rate), so compare them within one call.

    ``"relative"``
        Each pole's rate as a multiple of that pole's rate in the documents scored together, positive minus
        negative: ``(a / A - b / B) / n`` with ``A`` and ``B`` the corpus's pole hits per word (observed over
        expected, as keyness compares a word's frequency with its expected one; Dunning 1993, Rayson & Garside
        2000). The two poles' entries are not used equally often (on the blind framing pages a rights term is
        counted about twice as often as a promotional one), so the plain rate lets the more frequent pole
        decide; here an average use of either pole weighs the same. A pole with no counted hit in the corpus
        adds 0. Scores are relative to the documents scored together, as for ``"shrunk"``.

    On the framing validation pages (issue 11, second round; ``benchmarks/validate_framing.py``) the two
    first methods rank pages almost alike: ``shrunk`` was chosen on the tuning folds by one pair of pages and tied
    the rate on the held-out folds. ``relative`` (sixteenth round) ranks vendor pages above news pages better and
    news pages above rights pages worse: on the fifteen blind batches measured but never read, paired against
    ``shrunk``, vendor > news +0.023 and news > rights -0.022 (both intervals exclude 0), so ``shrunk`` stays the
    default; see the README's framing section for the figures.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    lexicon : Lexicon or str
        Default: the bundled ``"framing"`` lexicon.
    method : {"shrunk", "relative", "rate"}
    poles : (str, str)
        The positive and the negative pole, two categories of the lexicon.
    voice : {"author", "all", "quoted", "reported"}
        Whose hits count (default: the author's own voice).
    uses : str or list of str
        Which uses of a hit count, as :func:`frame_balance` (default ``"evaluative"``).
    prior_words : float, optional
        ``alpha_0`` of ``"shrunk"``, in words (> 0); default: the median document length of ``tokens`` (a
        prior worth one typical document). Ignored by ``"rate"`` and ``"relative"`` (its column is then missing).
    on : {"norm", "stem"}
        Token column the lexicon's entries are matched on.

    Returns
    -------
    DataFrame, one row per document in the order of ``tokens``, with the columns ``doc_id``, ``method``,
    ``score`` (high: positive pole), ``rate`` (per 1,000 words, whatever the method), ``n_positive``,
    ``n_negative`` (hits counted), ``n_words`` (word tokens, every voice; a document without words has a
    missing ``rate`` and ``score``), ``positive_pole``, ``negative_pole``, ``voice``, ``uses`` (comma-joined
    or ``all``), ``prior_words`` (the ``alpha_0`` used; missing for ``"rate"`` and ``"relative"``).
    """
    check_one_of("method", method, list(SCORE_METHODS))
    check_type("voice", voice, str, 'one voice, e.g. "author"')
    check_one_of("voice", voice, list(VOICES))
    if prior_words is not None:
        if isinstance(prior_words, bool) or not isinstance(prior_words, (int, float, np.integer, np.floating)):
            raise TypeError(f"prior_words must be a number of words or None, got {type(prior_words).__name__}")
        if not np.isfinite(prior_words) or prior_words <= 0:
            raise ValueError(f"prior_words={prior_words!r} must be a positive number of words (e.g. 500), or None "
                             "for the median document length")
    voices = [voice] if voice == "all" else [voice, "all"]
    fb = frame_balance(tokens, lexicon, by=None, poles=poles, level="document", voice=voices, uses=uses, n_boot=0,
                       on=on)
    mine = fb[fb["voice"] == voice].set_index("doc_id")
    total = fb[fb["voice"] == "all"].set_index("doc_id")
    order = pd.unique(tokens["doc_id"])
    mine, total = mine.reindex(order), total.reindex(order)
    a = mine["n_positive"].to_numpy(dtype=float)
    b = mine["n_negative"].to_numpy(dtype=float)
    n = total["n_tokens"].to_numpy(dtype=float)
    has_words = n > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(has_words, 1000.0 * (a - b) / n, np.nan)
    if method == "rate":
        score, alpha0 = rate, np.nan
    elif method == "relative":
        alpha0 = np.nan
        score = np.full(len(n), np.nan)
        if has_words.any():
            words = n[has_words].sum()
            rel = np.zeros(int(has_words.sum()))
            for hits, sign in ((a[has_words], 1.0), (b[has_words], -1.0)):
                if hits.sum() > 0:
                    rel += sign * hits / (hits.sum() / words) / n[has_words]
            score[has_words] = rel
    else:
        alpha0 = float(prior_words) if prior_words is not None else float(np.median(n[has_words])) if \
            has_words.any() else np.nan
        score = np.full(len(n), np.nan)
        if has_words.any():
            score[has_words] = (log_odds_z(a[has_words], n[has_words], alpha0)
                                - log_odds_z(b[has_words], n[has_words], alpha0))
    return pd.DataFrame({
        "doc_id": np.asarray(order, dtype=object), "method": method, "score": score, "rate": rate,
        "n_positive": a.astype(np.int64), "n_negative": b.astype(np.int64), "n_words": n.astype(np.int64),
        "positive_pole": mine["positive_pole"].to_numpy(dtype=object),
        "negative_pole": mine["negative_pole"].to_numpy(dtype=object), "voice": voice,
        "uses": mine["uses"].to_numpy(dtype=object), "prior_words": alpha0,
    })[FRAME_SCORES_COLUMNS]
