"""Framing: frame counts, a two-pole balance index with bootstrap intervals, voice, distancing and audit.

A *frame* selects and makes salient some aspects of a perceived reality (Entman 1993). Dictionary framing
measures it by counting lexicon hits per frame (as quanteda's ``tokens_lookup`` does; Benoit et al. 2018):
every function here matches the lexicon once with :meth:`discourse.Lexicon.find_matches` (longest match
first, no double counting, phrases within sentences) and aggregates the same matches, so a count, an index,
a contribution and a KWIC line always refer to the same tokens and character offsets.

**Voice and stance.** Every match gets the voice of its first token (``author`` or ``quoted``, from
:func:`discourse.tokenize`) and a *stance*:

- ``quoted``: inside a speech quotation; the words are the speaker's (``speaker`` column), not the author's;
- ``distanced``: in the author's voice but set apart, either in scare quotes (the token is inside a
  *mention* quotation, ``quote_kind == "mention"``) or introduced by a distancing cue within the four
  preceding tokens of the same sentence (only punctuation and determiners between): "so-called",
  "so called", "self-styled", "self-proclaimed", "supposed(ly)", "alleged(ly)", "purported(ly)",
  "euphemistically", "dubbed", "branded/billed/touted/marketed/described/advertised/pitched as",
  "what/which ... calls/called/dubs/terms". The ``cue`` column says which;
- ``endorsed``: every other use in the author's voice.

Distanced uses are counted separately and, by default, left out of the balance index: the author who
writes of the "so-called 'safe city'" is not promoting it.

**Balance index.** For a unit with ``a`` hits of the positive pole (default ``promotional``) and ``b`` of the
negative pole (default ``rights``), the balance is the smoothed log-odds ``log((a + s) / (b + s))`` with
``s = smoothing`` (0.5, the Haldane-Anscombe correction): positive leans promotional, negative leans rights,
0 is balanced (or no hits). Group values pool the hits of the group's documents. Confidence intervals are
percentile bootstrap intervals (Efron & Tibshirani 1993) that resample the group's *documents* with
replacement (a cluster bootstrap: words of one document are not independent); a group with a single
document resamples that document's *paragraphs* instead, and a document's own interval resamples its
paragraphs. The ``unit`` and ``n_units`` columns say which; with fewer than two units the interval is
missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_columns, check_dataframe, check_one_of, check_type
from .lexicon import Lexicon, load_lexicon
from .resample import bootstrap_sums, percentile_interval, row_seed

__all__ = [
    "count_frames", "frame_balance", "find_frame_terms", "frame_contributions", "frame_sensitivity",
    "find_contested_sentences", "DISTANCING_CUES",
]

VOICES = ("author", "quoted", "all")
STANCES = ("endorsed", "distanced", "quoted")
_TOKEN_COLUMNS = {
    "doc_id", "paragraph", "sentence", "position", "start", "end", "token", "norm", "stem", "is_stop",
    "is_punct", "voice", "quote_id", "quote_kind", "speaker",
}
#: single tokens that distance the term that follows
DISTANCING_CUES = frozenset({
    "so-called", "self-styled", "self-proclaimed", "supposed", "supposedly", "alleged", "allegedly",
    "purported", "purportedly", "euphemistically", "dubbed",
})
_AS_VERBS = frozenset({"branded", "billed", "touted", "marketed", "described", "advertised", "pitched",
                       "sold", "presented", "rebranded"})
_CALL_VERBS = frozenset({"call", "calls", "called", "dubs", "terms", "termed", "brands", "labels", "labelled",
                         "labeled"})
_SKIPPABLE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
                        "those", "it", "them"})


# ------------------------------------------------------------------------------------------ shared
def _lexicon(lexicon: Any) -> Lexicon:
    if isinstance(lexicon, Lexicon):
        return lexicon
    return load_lexicon(lexicon)


def _check_tokens(tokens: Any, on: str) -> pd.DataFrame:
    check_dataframe("tokens", tokens)
    check_one_of("on", on, ["norm", "stem"])
    check_columns(tokens, ["doc_id", "sentence", "position", "start", "end", "token", on], "tokens")
    if len(tokens) == 0:
        raise ValueError("tokens is empty: there is nothing to count; check the corpus and tokenize() options")
    # document order (first appearance), then position; a no-op for the output of tokenize()
    doc_codes, _ = pd.factorize(tokens["doc_id"], sort=False)
    order = np.lexsort((tokens["position"].to_numpy(), doc_codes))
    if not np.array_equal(order, np.arange(len(tokens))):
        tokens = tokens.iloc[order]
    return tokens.reset_index(drop=True)


def _check_by(tokens: pd.DataFrame, by: str | Sequence[str] | None) -> list[str]:
    cols = as_list(by)
    for c in cols:
        check_type("by", c, str, "a column name or a list of column names")
    check_columns(tokens, cols, "tokens (by=)")
    if len(set(cols)) != len(cols):
        raise ValueError(f"by={cols!r} names a column twice")
    return cols


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
    return str(a), str(b)


class _Arrays:
    """Token columns as numpy arrays; string columns are converted lazily, or only at the rows needed."""

    def __init__(self, tokens: pd.DataFrame) -> None:
        self.tokens = tokens
        n = len(tokens)
        if "voice" in tokens:
            bad = sorted(set(pd.unique(tokens["voice"].dropna())) - {"author", "quoted"}, key=str)
            if bad or tokens["voice"].isna().any():
                shown = bad if bad else ["<missing>"]
                raise ValueError(f"tokens column 'voice' holds {_fmt(shown)}; expected 'author' or 'quoted'")
            self.quoted = (tokens["voice"] == "quoted").to_numpy(dtype=bool)
        else:
            self.quoted = np.zeros(n, dtype=bool)
        if "is_punct" in tokens:
            self.punct = tokens["is_punct"].to_numpy(dtype=bool)
        else:
            col = tokens["norm"] if "norm" in tokens else tokens["token"]
            self.punct = ~col.astype(str).str.contains(r"[^\W_]", regex=True).to_numpy(dtype=bool)
        self.doc, _ = pd.factorize(tokens["doc_id"], sort=False)
        self.sentence = tokens["sentence"].to_numpy(dtype=np.int64)
        self.paragraph = (tokens["paragraph"].to_numpy(dtype=np.int64) if "paragraph" in tokens
                          else np.zeros(n, dtype=np.int64))
        self.start = tokens["start"].to_numpy(dtype=np.int64)
        self.end = tokens["end"].to_numpy(dtype=np.int64)
        self._token: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.doc)

    def words(self, voice: str) -> np.ndarray:
        """Word (non-punctuation) tokens of a voice (``all`` for both)."""
        if voice == "all":
            return ~self.punct
        return ~self.punct & (self.quoted if voice == "quoted" else ~self.quoted)

    def voice_at(self, rows: np.ndarray) -> np.ndarray:
        return np.where(self.quoted[rows], "quoted", "author").astype(object)

    def take(self, column: str, rows: np.ndarray) -> np.ndarray:
        """Values of a column at the given rows (missing values as None; defaults for absent columns)."""
        if column not in self.tokens:
            if column == "norm":
                return np.array([str(t).lower() for t in self.take("token", rows)], dtype=object)
            return np.full(len(rows), None, dtype=object)
        v = self.tokens[column].iloc[rows]
        return v.astype(object).where(v.notna(), None).to_numpy(dtype=object)

    @property
    def token(self) -> np.ndarray:
        if self._token is None:
            self._token = self.tokens["token"].to_numpy(dtype=object)
        return self._token


def _distancing_cues(arr: _Arrays, starts: np.ndarray, max_back: int = 4) -> np.ndarray:
    """The distancing cue (str) before each match start row, or None.

    Only the few tokens before each match are looked at, so the cost grows with the matches, not the corpus.
    """
    doc, sent = arr.doc, arr.sentence
    span = 3 + max_back  # a "what ... calls" cue reaches three tokens further back
    offs = np.arange(1, span + 1)
    pos = (starts[:, None] - offs[None, :]).ravel()
    pos = np.unique(pos[pos >= 0])
    norm_at = dict(zip(pos.tolist(), arr.take("norm", pos).tolist(), strict=True))

    def same(j: int, i: int) -> bool:
        return j >= 0 and doc[j] == doc[i] and sent[j] == sent[i]

    def label(j: int) -> str | None:
        t = norm_at.get(j)
        if t is None:
            return None
        if t in DISTANCING_CUES:
            return t
        prev = norm_at.get(j - 1) if same(j - 1, j) else None
        if t == "called" and prev == "so":
            return "so called"
        if t == "as" and prev in _AS_VERBS:
            return f"{prev} as"
        if t in _CALL_VERBS:
            for k in range(1, 4):  # "what it calls", "which Huawei dubs", "what the company called"
                if not same(j - k, j):
                    break
                if norm_at.get(j - k) in ("what", "which"):
                    return f"{norm_at[j - k]} ... {t}"
        return None

    out = np.full(len(starts), None, dtype=object)
    for i, s in enumerate(starts.tolist()):
        for k in range(1, max_back + 1):
            j = s - k
            if not same(j, s):
                break
            cue = label(j)
            if cue is not None:
                out[i] = cue
                break
            if not (arr.punct[j] or norm_at.get(j) in _SKIPPABLE):
                break
    return out


def _matches(tokens: pd.DataFrame, lex: Lexicon, *, on: str, categories=None,
             arr: _Arrays | None = None) -> pd.DataFrame:
    """find_matches plus voice, quote_kind, speaker, stance and cue of every match."""
    m = lex.find_matches(tokens, on=on, categories=categories)
    arr = arr if arr is not None else _Arrays(tokens)
    r = m["token_row"].to_numpy(dtype=np.int64)
    voice = arr.voice_at(r)
    qk = arr.take("quote_kind", r)
    cue = _distancing_cues(arr, r) if len(r) else np.array([], dtype=object)
    mention = np.array([k == "mention" for k in qk], dtype=bool)
    cue = np.where((voice == "author") & mention & np.array([c is None for c in cue], dtype=bool),
                   "scare quotes", cue)
    stance = np.where(voice == "quoted", "quoted",
                      np.where(np.array([c is not None for c in cue], dtype=bool), "distanced", "endorsed"))
    cue = np.where(voice == "quoted", None, cue)
    m["voice"] = voice
    m["quote_kind"] = qk
    m["speaker"] = arr.take("speaker", r)
    m["stance"] = stance.astype(object)
    m["cue"] = cue.astype(object)
    return m


def _groups(tokens: pd.DataFrame, by: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """Group code of every token and the table of group keys (sorted, missing values last)."""
    if not by:
        return np.zeros(len(tokens), dtype=np.int64), pd.DataFrame(index=[0])
    codes = tokens.groupby(by, dropna=False, sort=True, observed=True).ngroup().to_numpy(dtype=np.int64)
    keys = tokens[by].drop_duplicates().copy()
    keys["_code"] = codes[keys.index.to_numpy()]
    keys = keys.sort_values("_code").drop(columns="_code").reset_index(drop=True)
    return codes, keys


def _group_label(keys: pd.DataFrame, g: int, by: list[str]) -> str:
    return ", ".join(f"{c}={keys.iloc[g][c]!r}" for c in by) if by else "the whole corpus"


def _word_counts(codes: np.ndarray, n_groups: int, arr: _Arrays, voice: str) -> np.ndarray:
    words = arr.words(voice)
    return np.bincount(codes[words], minlength=n_groups).astype(np.int64)


def _check_nonempty_groups(codes, keys, arr, by) -> None:
    n_tok = _word_counts(codes, len(keys), arr, "all")
    empty = np.flatnonzero(n_tok == 0)
    if len(empty):
        labels = [_group_label(keys, g, by) for g in empty[:5]]
        raise ValueError(f"group(s) with no word tokens: {'; '.join(labels)}"
                         f"{' ...' if len(empty) > 5 else ''}; their rates are undefined. Remove those "
                         "documents or tokens (they hold only punctuation or nothing) before counting")


def _voices_param(voice: Any) -> list[str]:
    if voice is True:
        return list(VOICES)
    if voice is False or voice is None:
        return ["all"]
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
        raise ValueError("counts is empty: there is nothing to count")
    n = pd.to_numeric(counts["n"], errors="coerce")
    bad = n.isna() | (n < 0) | (n != np.floor(n))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ValueError(f"counts column 'n' must hold non-negative integers; row {i} has {counts['n'].iloc[[i]].tolist()[0]!r}")
    if "voice" in counts.columns:
        bad_v = sorted(set(pd.unique(counts["voice"].dropna())) - {"author", "quoted", "all"}, key=str)
        if bad_v or counts["voice"].isna().any():
            raise ValueError(f"counts column 'voice' holds {_fmt(bad_v or ['<missing>'])}; expected 'author' or "
                             "'quoted'")
        if (counts["voice"] == "all").any():
            raise ValueError("counts column 'voice' holds 'all'; give the author and quoted counts only "
                             "('all' is computed)")
    elif voice_given and any(v != "all" for v in voices):
        raise ValueError(f"voice={voices!r} needs a 'voice' column in the counts; without one, use voice=False")
    else:
        voices = ["all"]
    look = lex.lookup(counts["term"], categories=cats)
    cat = counts["term"].map(dict(zip(look["term"], look["frame"], strict=True)))
    out = counts.assign(n=n.astype(np.int64), frame=cat.astype(object).where(cat.notna(), None))
    return out.reset_index(drop=True), voices


def _count_frames_from_counts(counts, lex, by_cols, cats, voices, voice_given) -> pd.DataFrame:
    counts, voices = _check_counts(counts, lex, cats, voices, voice_given)
    codes, keys = _groups(counts, by_cols)
    n = counts["n"].to_numpy(dtype=np.int64)
    tot = np.bincount(codes, weights=n, minlength=len(keys))
    if (tot == 0).any():
        g = int(np.flatnonzero(tot == 0)[0])
        raise ValueError(f"group(s) with no counted terms: {_group_label(keys, g, by_cols)}; their rates are "
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
                               smoothing, distanced) -> pd.DataFrame:
    counts, voices = _check_counts(counts, lex, list(poles), voices, voice_given)
    has_docs = "doc_id" in counts.columns
    if level == "document" and not has_docs:
        raise ValueError("level='document' needs a 'doc_id' column in the counts; use level='group'")
    codes, keys = _groups(counts, by_cols)
    n = counts["n"].to_numpy(dtype=np.int64)
    if (np.bincount(codes, weights=n, minlength=len(keys)) == 0).any():
        g = int(np.flatnonzero(np.bincount(codes, weights=n, minlength=len(keys)) == 0)[0])
        raise ValueError(f"group(s) with no counted terms: {_group_label(keys, g, by_cols)}")
    doc_codes, doc_ids = (pd.factorize(counts["doc_id"], sort=False) if has_docs
                          else (np.zeros(len(counts), dtype=np.int64), np.array([None], dtype=object)))
    n_d = len(doc_ids)
    doc_group = np.zeros(n_d, dtype=np.int64)
    doc_group[doc_codes] = codes
    keep_doc_col = "doc_id" not in by_cols
    cat = counts["frame"].to_numpy(dtype=object)
    records: list[dict[str, Any]] = []
    for v in voices:
        sel = np.ones(len(counts), dtype=bool) if v == "all" else (counts["voice"] == v).to_numpy()
        a_d = np.bincount(doc_codes[sel & (cat == poles[0])], weights=n[sel & (cat == poles[0])], minlength=n_d)
        b_d = np.bincount(doc_codes[sel & (cat == poles[1])], weights=n[sel & (cat == poles[1])], minlength=n_d)
        t_d = np.bincount(doc_codes[sel], weights=n[sel], minlength=n_d)
        base = {"voice": v, "positive_pole": poles[0], "negative_pole": poles[1], "n_boot": int(n_boot),
                "ci": float(ci), "smoothing": float(smoothing), "distanced": distanced}
        if level in ("both", "group"):
            for gi in range(len(keys)):
                docs = np.flatnonzero(doc_group == gi)
                a, b = a_d[docs], b_d[docs]
                if has_docs:
                    lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing,
                                        seed=row_seed(random_state, "group", tuple(map(str, keys.iloc[gi])) if by_cols
                                                   else (), v))
                else:
                    lo = hi = np.nan
                rec = {"level": "group", **{c: keys.iloc[gi][c] for c in by_cols}}
                if keep_doc_col:
                    rec["doc_id"] = None
                rec.update(base)
                rec.update({"n_positive": int(a.sum()), "n_negative": int(b.sum()), "n_tokens": int(t_d[docs].sum()),
                            "balance": float(_balance(a.sum(), b.sum(), smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": "document" if has_docs else "none", "n_units": int(len(docs)) if has_docs else 0,
                            "_g": gi, "_d": -1})
                records.append(rec)
        if level in ("both", "document") and has_docs:
            for di in range(n_d):
                gi = doc_group[di]
                rec = {"level": "document", **{c: keys.iloc[gi][c] for c in by_cols}}
                if keep_doc_col:
                    rec["doc_id"] = doc_ids[di]
                rec.update(base)
                rec.update({"n_positive": int(a_d[di]), "n_negative": int(b_d[di]), "n_tokens": int(t_d[di]),
                            "balance": float(_balance(a_d[di], b_d[di], smoothing)), "ci_low": np.nan,
                            "ci_high": np.nan, "unit": "none", "n_units": 0, "_g": gi, "_d": di})
                records.append(rec)
    return _balance_frame(records, by_cols, keep_doc_col)


# ------------------------------------------------------------------------------------------ count_frames
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
        ``True``: rows for ``author``, ``quoted`` and ``all``; ``False``: ``all`` only; or the voices to keep.
    categories : str or list of str, optional
        Frames to count (default: every category of the lexicon).
    on : {"norm", "stem"}
        Token column to match.

    Returns
    -------
    DataFrame, one row per group x frame x voice (every combination, zeros included), sorted by group,
    frame (lexicon order) and voice, with the columns:

    - the ``by`` columns;
    - ``frame`` (lexicon category), ``voice`` (``author`` | ``quoted`` | ``all``);
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
    lex = _lexicon(lexicon)
    if _is_counts(tokens):
        return _count_frames_from_counts(tokens, lex, _check_by(tokens, by), lex.check_categories(categories),
                                         _voices_param(voice), not isinstance(voice, bool))
    tokens = _check_tokens(tokens, on)
    by_cols = _check_by(tokens, by)
    cats = lex.check_categories(categories)
    voices = _voices_param(voice)
    arr = _Arrays(tokens)
    codes, keys = _groups(tokens, by_cols)
    _check_nonempty_groups(codes, keys, arr, by_cols)
    m = _matches(tokens, lex, on=on, categories=cats, arr=arr)
    g = codes[m["token_row"].to_numpy(dtype=np.int64)]
    n_g, n_c = len(keys), len(cats)
    cat_idx = {c: i for i, c in enumerate(cats)}
    ci = np.array([cat_idx[c] for c in m["frame"]], dtype=np.int64)
    parts = []
    for v in voices:
        sel = np.ones(len(m), dtype=bool) if v == "all" else (m["voice"].to_numpy() == v)
        counts = {}
        for st in STANCES:
            s2 = sel & (m["stance"].to_numpy() == st)
            counts[st] = np.bincount(g[s2] * n_c + ci[s2], minlength=n_g * n_c)
        n_tok = _word_counts(codes, n_g, arr, v)
        total = counts["endorsed"] + counts["distanced"] + counts["quoted"]
        nt = np.repeat(n_tok, n_c)
        df = keys.loc[np.repeat(np.arange(n_g), n_c)].reset_index(drop=True)
        df["frame"] = np.tile(np.array(cats, dtype=object), n_g)
        df["voice"] = v
        df["n"] = total.astype(np.int64)
        df["n_endorsed"] = counts["endorsed"].astype(np.int64)
        df["n_distanced"] = counts["distanced"].astype(np.int64)
        df["n_quoted"] = counts["quoted"].astype(np.int64)
        df["n_tokens"] = nt.astype(np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            df["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        df["_g"] = np.repeat(np.arange(n_g), n_c)
        df["_c"] = np.tile(np.arange(n_c), n_g)
        df["_v"] = VOICES.index(v)
        parts.append(df)
    out = pd.concat(parts, ignore_index=True).sort_values(["_g", "_c", "_v"], kind="stable")
    return out.drop(columns=["_g", "_c", "_v"]).reset_index(drop=True)


# ------------------------------------------------------------------------------------------ balance
def _pole_hits(m: pd.DataFrame, poles: tuple[str, str], distanced: str, voice: str) -> tuple[np.ndarray, np.ndarray]:
    """Boolean masks over matches: counted hits of the positive and the negative pole in ``voice``."""
    sel = np.ones(len(m), dtype=bool) if voice == "all" else (m["voice"].to_numpy() == voice)
    if distanced == "exclude":
        sel &= m["stance"].to_numpy() != "distanced"
    cat = m["frame"].to_numpy()
    return sel & (cat == poles[0]), sel & (cat == poles[1])


def _balance(a, b, s):
    return np.log((np.asarray(a, dtype=float) + s) / (np.asarray(b, dtype=float) + s))


def _bootstrap(a: np.ndarray, b: np.ndarray, *, n_boot: int, ci: float, smoothing: float,
               seed: list[int]) -> tuple[float, float]:
    """Percentile interval of the pooled balance over units resampled with replacement."""
    if len(a) < 2 or n_boot == 0:
        return np.nan, np.nan
    sums = bootstrap_sums(np.column_stack([a, b]), n_boot=n_boot, seed=seed)
    lo_q, hi_q = percentile_interval(_balance(sums[:, 0], sums[:, 1], smoothing), ci)
    return float(lo_q), float(hi_q)


def _pair_codes(outer: np.ndarray, inner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of (outer, inner) integer pairs in sorted order, and the outer value of each code."""
    inner = np.asarray(inner, dtype=np.int64)
    lo = int(inner.min()) if len(inner) else 0
    width = (int(inner.max()) - lo + 1) if len(inner) else 1
    key = np.asarray(outer, dtype=np.int64) * width + (inner - lo)
    uniq, codes = np.unique(key, return_inverse=True)
    return codes.astype(np.int64), uniq // width


def frame_balance(tokens: pd.DataFrame, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                  poles: Sequence[str] = ("promotional", "rights"), level: str = "both",
                  voice: bool | str | Sequence[str] = True, n_boot: int = 2000, ci: float = 0.95,
                  random_state: int = 0, smoothing: float = 0.5, distanced: str = "exclude",
                  on: str = "norm") -> pd.DataFrame:
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
    voice : bool, str or list of str
        ``True``: rows for ``author``, ``quoted`` and ``all`` hits; ``False``: ``all`` only; or a list.
    n_boot : int
        Bootstrap resamples (0: no intervals).
    ci : float
        Confidence level of the percentile interval, in (0, 1).
    random_state : int
        Seed. Each row draws from its own generator seeded by ``random_state`` and the row's key, so a
        group's interval does not change when other groups are added or removed.
    smoothing : float
        Added to both counts (> 0; 0.5 is the Haldane-Anscombe correction).
    distanced : {"exclude", "include"}
        Leave distanced uses (scare quotes, "so-called") out of the pole counts (default) or count them.

    Returns
    -------
    DataFrame sorted by level (group rows first), group, document and voice, with the columns:

    - ``level`` (``group`` | ``document``); the ``by`` columns; ``doc_id`` (missing on group rows; left
      out when ``by`` already holds ``doc_id``);
    - ``voice`` (``author`` | ``quoted`` | ``all``);
    - ``positive_pole``, ``negative_pole`` (category names), ``n_positive``, ``n_negative`` (hits counted);
    - ``n_tokens``: word tokens of the row's voice;
    - ``balance``, ``ci_low``, ``ci_high`` (missing where the row's voice has no words, e.g. a source
      that quotes nobody; 0 where there are words but no pole hits);
    - ``unit`` (``document`` | ``paragraph`` | ``none``: what the bootstrap resampled), ``n_units``;
    - ``n_boot``, ``ci``, ``smoothing``, ``distanced``: the options, for provenance.

    Counts instead of tokens (see :func:`count_frames`): group intervals resample the documents when the
    counts have a ``doc_id`` column (``unit`` ``document``), otherwise there is no interval (``unit``
    ``none``); document rows (``doc_id`` needed) have no interval, since counts hold no paragraphs.
    """
    lex = _lexicon(lexicon)
    counts_given = _is_counts(tokens)
    if not counts_given:
        tokens = _check_tokens(tokens, on)
    by_cols = _check_by(tokens, by)
    pos_pole, neg_pole = check_poles(lex, poles)
    check_one_of("level", level, ["both", "group", "document"])
    check_one_of("distanced", distanced, ["exclude", "include"])
    voices = _voices_param(voice)
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ValueError(f"n_boot={n_boot!r} must be a non-negative integer (0 turns intervals off)")
    if not isinstance(ci, (float, int)) or not 0 < ci < 1:
        raise ValueError(f"ci={ci!r} must be a confidence level strictly between 0 and 1, e.g. 0.95")
    if not isinstance(smoothing, (float, int)) or not smoothing > 0:
        raise ValueError(f"smoothing={smoothing!r} must be > 0 (the index is a log of a ratio; try 0.5)")
    check_type("random_state", random_state, (int, np.integer), "an integer seed")
    if counts_given:
        return _frame_balance_from_counts(tokens, lex, by_cols, (pos_pole, neg_pole), level, voices,
                                          not isinstance(voice, bool), n_boot, ci, random_state, smoothing, distanced)

    arr = _Arrays(tokens)
    codes, keys = _groups(tokens, by_cols)
    _check_nonempty_groups(codes, keys, arr, by_cols)
    m = _matches(tokens, lex, on=on, categories=[pos_pole, neg_pole], arr=arr)
    rows_m = m["token_row"].to_numpy(dtype=np.int64)

    # units: documents within groups (a document can fall into several groups when `by` is a token column
    # such as speaker or voice), and their paragraphs; both in group, then document order
    gd_code, gd_group = _pair_codes(codes, arr.doc)
    n_gd = len(gd_group)
    gd_doc = np.zeros(n_gd, dtype=np.int64)
    gd_doc[gd_code] = arr.doc
    ucode, u_gd = _pair_codes(gd_code, arr.paragraph)
    n_u = len(u_gd)
    doc_ids = pd.unique(tokens["doc_id"])
    keep_doc_col = "doc_id" not in by_cols
    gkey = [tuple(map(str, keys.iloc[gi])) if by_cols else () for gi in range(len(keys))]

    records: list[dict[str, Any]] = []
    for v in voices:
        hp, hn = _pole_hits(m, (pos_pole, neg_pole), distanced, v)
        a_u = np.bincount(ucode[rows_m[hp]], minlength=n_u).astype(np.int64)
        b_u = np.bincount(ucode[rows_m[hn]], minlength=n_u).astype(np.int64)
        t_u = np.bincount(ucode[arr.words(v)], minlength=n_u).astype(np.int64)
        a_d = np.bincount(u_gd, weights=a_u, minlength=n_gd).astype(np.int64)
        b_d = np.bincount(u_gd, weights=b_u, minlength=n_gd).astype(np.int64)
        t_d = np.bincount(u_gd, weights=t_u, minlength=n_gd).astype(np.int64)
        base = {"voice": v, "positive_pole": pos_pole, "negative_pole": neg_pole, "n_boot": int(n_boot),
                "ci": float(ci), "smoothing": float(smoothing), "distanced": distanced}
        if level in ("both", "group"):
            for gi in range(len(keys)):
                gds = np.flatnonzero(gd_group == gi)
                if len(gds) >= 2:
                    unit, a, b = "document", a_d[gds], b_d[gds]
                    key: tuple = ("group", gkey[gi])
                else:
                    # a one-document group resamples the same paragraphs as that document's own row, with
                    # the same seed, so the two intervals agree
                    sl = np.flatnonzero(u_gd == gds[0])
                    unit, a, b = "paragraph", a_u[sl], b_u[sl]
                    key = ("document", str(doc_ids[gd_doc[gds[0]]]), gkey[gi])
                lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing,
                                    seed=row_seed(random_state, *key, v))
                rec = {"level": "group", **({c: keys.iloc[gi][c] for c in by_cols})}
                if keep_doc_col:
                    rec["doc_id"] = None
                rec.update(base)
                rec.update({"n_positive": int(a.sum()), "n_negative": int(b.sum()), "n_tokens": int(t_d[gds].sum()),
                            "balance": float(_balance(a.sum(), b.sum(), smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": unit, "n_units": int(len(a)), "_g": gi, "_d": -1})
                records.append(rec)
        if level in ("both", "document"):
            starts = np.searchsorted(u_gd, np.arange(n_gd), side="left")
            ends = np.searchsorted(u_gd, np.arange(n_gd), side="right")
            for di in range(n_gd):
                a, b = a_u[starts[di]:ends[di]], b_u[starts[di]:ends[di]]
                gi = int(gd_group[di])
                doc_id = doc_ids[gd_doc[di]]
                lo, hi = _bootstrap(a, b, n_boot=int(n_boot), ci=ci, smoothing=smoothing,
                                    seed=row_seed(random_state, "document", str(doc_id), gkey[gi], v))
                rec = {"level": "document", **({c: keys.iloc[gi][c] for c in by_cols})}
                if keep_doc_col:
                    rec["doc_id"] = doc_id
                rec.update(base)
                rec.update({"n_positive": int(a_d[di]), "n_negative": int(b_d[di]), "n_tokens": int(t_d[di]),
                            "balance": float(_balance(a_d[di], b_d[di], smoothing)), "ci_low": lo, "ci_high": hi,
                            "unit": "paragraph", "n_units": int(len(a)), "_g": gi, "_d": di})
                records.append(rec)
    return _balance_frame(records, by_cols, keep_doc_col)


def _balance_frame(records: list[dict[str, Any]], by_cols: list[str], keep_doc_col: bool) -> pd.DataFrame:
    cols = ["level", *by_cols, *(["doc_id"] if keep_doc_col else []), "voice", "positive_pole", "negative_pole",
            "n_positive", "n_negative", "n_tokens", "balance", "ci_low", "ci_high", "unit", "n_units", "n_boot",
            "ci", "smoothing", "distanced"]
    out = pd.DataFrame.from_records(records, columns=[*cols, "_g", "_d"])
    # a voice with no words at all (a source that quotes nobody) has no balance, not a balanced one
    out.loc[out["n_tokens"] == 0, ["balance", "ci_low", "ci_high"]] = np.nan
    out["_l"] = (out["level"] == "document").astype(int)
    out["_v"] = out["voice"].map(VOICES.index)
    out = out.sort_values(["_l", "_g", "_d", "_v"], kind="stable").drop(columns=["_l", "_g", "_d", "_v"])
    if keep_doc_col:
        out["doc_id"] = out["doc_id"].astype(object)
    return out.reset_index(drop=True)


# ------------------------------------------------------------------------------------------ audit
def _metadata_columns(tokens: pd.DataFrame) -> list[str]:
    return [c for c in tokens.columns if c not in _TOKEN_COLUMNS]


def _doc_bounds(arr: _Arrays) -> tuple[np.ndarray, np.ndarray]:
    """First and last row of every token's document."""
    doc = arr.doc
    n = len(doc)
    change = np.flatnonzero(np.diff(doc)) + 1
    firsts = np.concatenate(([0], change))
    lasts = np.concatenate((change - 1, [n - 1]))
    seg = np.searchsorted(firsts, np.arange(n), side="right") - 1
    return firsts[seg], lasts[seg]


def _span_text(arr: _Arrays, lo: int, hi: int, texts: dict | None, doc_id: Any) -> str:
    """Text of token rows lo..hi (inclusive): from the corpus text when given, else tokens joined."""
    if hi < lo:
        return ""
    if texts is not None:
        return " ".join(texts[doc_id][arr.start[lo]:arr.end[hi]].split())
    parts = [arr.token[lo]]
    for j in range(lo + 1, hi + 1):
        parts.append((" " if arr.start[j] > arr.end[j - 1] else "") + arr.token[j])
    return "".join(parts)


def _corpus_texts(corpus: Any, doc_ids: Sequence[Any]) -> dict | None:
    if corpus is None:
        return None
    docs = getattr(corpus, "documents", None)
    if not isinstance(docs, pd.DataFrame):
        raise TypeError(f"corpus must be a discourse Corpus (see discourse.load_corpus), got {type(corpus).__name__}")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    missing = [d for d in pd.unique(pd.Series(list(doc_ids), dtype=object)) if d not in texts]
    if missing:
        raise ValueError(f"corpus has no document(s) {_fmt(missing)} that the tokens refer to; pass the corpus "
                         "the tokens were made from")
    return texts


def find_frame_terms(tokens: pd.DataFrame, lexicon: Any = "framing", *, corpus: Any = None, window: int = 8,
                     categories: str | Sequence[str] | None = None, on: str = "norm") -> pd.DataFrame:
    """Every frame term in the text, one row per match, with voice, speaker, stance and a KWIC context.

    These are exactly the matches behind :func:`count_frames`, :func:`frame_balance`,
    :func:`frame_contributions` and :func:`frame_sensitivity`.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    lexicon : Lexicon or str
        Default: the bundled ``"framing"`` lexicon.
    corpus : Corpus, optional
        When given, the context is cut from the document text at the tokens' character offsets (white
        space collapsed); otherwise the tokens are joined.
    window : int
        Tokens of context on each side (within the document).
    categories : str or list of str, optional
        Frames to report (default: all).

    Returns
    -------
    DataFrame in document order with the columns: ``doc_id``; every metadata column of ``tokens`` (e.g.
    ``source``); ``paragraph``, ``sentence``, ``start_position``, ``end_position`` (exclusive), ``start``,
    ``end`` (character offsets); ``frame``, ``entry``, ``matched``; ``voice``, ``quote_kind``,
    ``speaker``; ``stance`` (``endorsed`` | ``distanced`` | ``quoted``), ``cue`` (what made a use
    distanced: ``scare quotes``, ``so-called``, ...); ``left``, ``right`` (context).
    """
    lex = _lexicon(lexicon)
    tokens = _check_tokens(tokens, on)
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"window={window!r} must be a non-negative integer (tokens of context on each side)")
    arr = _Arrays(tokens)
    m = _matches(tokens, lex, on=on, categories=categories, arr=arr)
    texts = _corpus_texts(corpus, m["doc_id"]) if len(m) else None
    first, last = _doc_bounds(arr)
    r = m["token_row"].to_numpy(dtype=np.int64)
    r_end = r + m["n_tokens"].to_numpy(dtype=np.int64) - 1
    lefts, rights = [], []
    for s, e, d in zip(r, r_end, m["doc_id"], strict=True):
        lo = max(first[s], s - window)
        hi = min(last[s], e + window)
        if texts is not None:
            t = texts[d]
            lefts.append(" ".join(t[arr.start[lo]:arr.start[s]].split()) if lo < s else "")
            rights.append(" ".join(t[arr.end[e]:arr.end[hi]].split()) if hi > e else "")
        else:
            lefts.append(_span_text(arr, lo, s - 1, None, d))
            rights.append(_span_text(arr, e + 1, hi, None, d))
    meta = _metadata_columns(tokens)
    out = pd.DataFrame({"doc_id": m["doc_id"]})
    for c in meta:
        out[c] = tokens[c].to_numpy()[r] if len(r) else tokens[c].iloc[:0].to_numpy()
    for c in ["paragraph", "sentence", "start_position", "end_position", "start", "end", "frame", "entry",
              "matched", "voice", "quote_kind", "speaker", "stance", "cue"]:
        out[c] = m[c].to_numpy()
    out["left"] = np.array(lefts, dtype=object)
    out["right"] = np.array(rights, dtype=object)
    return out.reset_index(drop=True)


def frame_contributions(tokens: pd.DataFrame, lexicon: Any = "framing", *,
                        by: str | Sequence[str] | None = "source", voice: str = "all",
                        categories: str | Sequence[str] | None = None, on: str = "norm") -> pd.DataFrame:
    """Which entries drive each group's frame counts: one row per group x frame x entry with hits.

    Returns
    -------
    DataFrame sorted by group, frame (lexicon order) and rank, with the columns: the ``by`` columns;
    ``frame``, ``entry``, ``voice`` (the option); ``n`` (hits), ``n_endorsed``, ``n_distanced``,
    ``n_quoted``; ``share`` (``n`` over the frame's hits in the group, 0-1); ``rate`` (per 1,000 word
    tokens of the group in that voice); ``rank`` (1 = the entry with most hits in the group's frame;
    ties by entry).
    """
    lex = _lexicon(lexicon)
    tokens = _check_tokens(tokens, on)
    by_cols = _check_by(tokens, by)
    check_one_of("voice", voice, list(VOICES))
    cats = lex.check_categories(categories)
    arr = _Arrays(tokens)
    codes, keys = _groups(tokens, by_cols)
    _check_nonempty_groups(codes, keys, arr, by_cols)
    m = _matches(tokens, lex, on=on, categories=cats, arr=arr)
    if voice != "all":
        m = m[m["voice"].to_numpy() == voice]
    n_tok = _word_counts(codes, len(keys), arr, voice)
    df = pd.DataFrame({"_g": codes[m["token_row"].to_numpy(dtype=np.int64)], "frame": m["frame"].to_numpy(),
                       "entry": m["entry"].to_numpy(), "stance": m["stance"].to_numpy()})
    cols = [*by_cols, "frame", "entry", "voice", "n", "n_endorsed", "n_distanced", "n_quoted", "share", "rate", "rank"]
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    tab = pd.crosstab([df["_g"], df["frame"], df["entry"]], df["stance"])
    for st in STANCES:
        if st not in tab.columns:
            tab[st] = 0
    tab = tab[list(STANCES)].reset_index()
    tab.columns = ["_g", "frame", "entry", "n_endorsed", "n_distanced", "n_quoted"]
    tab["n"] = tab["n_endorsed"] + tab["n_distanced"] + tab["n_quoted"]
    tot = tab.groupby(["_g", "frame"])["n"].transform("sum")
    tab["share"] = tab["n"] / tot
    nt = n_tok[tab["_g"].to_numpy()]
    tab["rate"] = np.where(nt > 0, 1000.0 * tab["n"] / np.maximum(nt, 1), np.nan)
    tab["_c"] = tab["frame"].map({c: i for i, c in enumerate(cats)})
    tab = tab.sort_values(["_g", "_c", "n", "entry"], ascending=[True, True, False, True], kind="stable")
    tab["rank"] = tab.groupby(["_g", "_c"]).cumcount() + 1
    tab["voice"] = voice
    for c in by_cols:
        tab[c] = keys[c].to_numpy()[tab["_g"].to_numpy()]
    return tab[cols].reset_index(drop=True)


def frame_sensitivity(tokens: pd.DataFrame, lexicon: Any = "framing", *,
                      by: str | Sequence[str] | None = "source", poles: Sequence[str] = ("promotional", "rights"),
                      voice: str = "all", smoothing: float = 0.5, distanced: str = "exclude",
                      on: str = "norm") -> pd.DataFrame:
    """Leave-one-term-out sensitivity of each group's balance: how much does one entry move the index?

    For every group and every pole entry with counted hits in that group, the balance is recomputed
    without that entry's hits: ``balance_without = log((a - a_e + s) / (b - b_e + s))``. An index that
    changes sign when one term is dropped rests on that term. Entries without hits in a group do not
    change its balance and get no row.

    Returns
    -------
    DataFrame sorted by group and by ``abs(delta)`` (largest first; ties by entry), with the columns: the
    ``by`` columns; ``voice``; ``dropped_frame``, ``dropped_entry``, ``n_dropped`` (its hits in the
    group); ``n_positive``, ``n_negative`` (all counted pole hits of the group); ``balance`` (with every
    entry, as in :func:`frame_balance`), ``balance_without``, ``delta`` (``balance_without - balance``),
    ``sign_change`` (the index changes sign, or leaves or reaches 0); ``rank`` (1 = most influential).
    """
    lex = _lexicon(lexicon)
    tokens = _check_tokens(tokens, on)
    by_cols = _check_by(tokens, by)
    pos_pole, neg_pole = check_poles(lex, poles)
    check_one_of("voice", voice, list(VOICES))
    check_one_of("distanced", distanced, ["exclude", "include"])
    if not isinstance(smoothing, (float, int)) or not smoothing > 0:
        raise ValueError(f"smoothing={smoothing!r} must be > 0 (the index is a log of a ratio; try 0.5)")
    arr = _Arrays(tokens)
    codes, keys = _groups(tokens, by_cols)
    _check_nonempty_groups(codes, keys, arr, by_cols)
    m = _matches(tokens, lex, on=on, categories=[pos_pole, neg_pole], arr=arr)
    hp, hn = _pole_hits(m, (pos_pole, neg_pole), distanced, voice)
    m = m[hp | hn]
    g = codes[m["token_row"].to_numpy(dtype=np.int64)]
    cols = [*by_cols, "voice", "dropped_frame", "dropped_entry", "n_dropped", "n_positive", "n_negative",
            "balance", "balance_without", "delta", "sign_change", "rank"]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    df = pd.DataFrame({"_g": g, "dropped_frame": m["frame"].to_numpy(), "dropped_entry": m["entry"].to_numpy()})
    tab = df.groupby(["_g", "dropped_frame", "dropped_entry"]).size().rename("n_dropped").reset_index()
    a_g = np.bincount(g[m["frame"].to_numpy() == pos_pole], minlength=len(keys))
    b_g = np.bincount(g[m["frame"].to_numpy() == neg_pole], minlength=len(keys))
    gi = tab["_g"].to_numpy()
    is_pos = (tab["dropped_frame"] == pos_pole).to_numpy()
    a, b = a_g[gi], b_g[gi]
    tab["n_positive"], tab["n_negative"] = a, b
    tab["balance"] = _balance(a, b, smoothing)
    tab["balance_without"] = _balance(a - np.where(is_pos, tab["n_dropped"], 0),
                                      b - np.where(is_pos, 0, tab["n_dropped"]), smoothing)
    tab["delta"] = tab["balance_without"] - tab["balance"]
    tab["sign_change"] = np.sign(np.round(tab["balance"], 12)) != np.sign(np.round(tab["balance_without"], 12))
    tab["_abs"] = tab["delta"].abs()
    tab = tab.sort_values(["_g", "_abs", "dropped_entry"], ascending=[True, False, True], kind="stable")
    tab["rank"] = tab.groupby("_g").cumcount() + 1
    tab["voice"] = voice
    for c in by_cols:
        tab[c] = keys[c].to_numpy()[tab["_g"].to_numpy()]
    return tab[cols].reset_index(drop=True)


def find_contested_sentences(tokens: pd.DataFrame, lexicon: Any = "framing", *,
                             poles: Sequence[str] = ("promotional", "rights"), corpus: Any = None,
                             distanced: str = "include", on: str = "norm") -> pd.DataFrame:
    """Sentences where both poles meet: one row per sentence with at least one hit of each pole.

    Parameters
    ----------
    distanced : {"include", "exclude"}
        Whether distanced uses count as hits here (default ``include``: a sentence that puts the
        "so-called 'smart city'" next to "repression" is exactly a contested sentence).

    Returns
    -------
    DataFrame in document order with the columns: ``doc_id``; the metadata columns of ``tokens``;
    ``paragraph``, ``sentence``; ``start``, ``end`` (character span of the sentence's tokens);
    ``n_positive``, ``n_negative``; ``positive_terms``, ``negative_terms`` (matched text, ``"; "``-joined
    in text order); ``stances`` and ``voices`` (of the pole hits, comma-joined, sorted); ``text`` (the
    sentence, from the corpus when given, else the tokens joined).
    """
    lex = _lexicon(lexicon)
    tokens = _check_tokens(tokens, on)
    pos_pole, neg_pole = check_poles(lex, poles)
    check_one_of("distanced", distanced, ["exclude", "include"])
    arr = _Arrays(tokens)
    m = _matches(tokens, lex, on=on, categories=[pos_pole, neg_pole], arr=arr)
    hp, hn = _pole_hits(m, (pos_pole, neg_pole), distanced, "all")
    m = m[hp | hn]
    meta = _metadata_columns(tokens)
    cols = ["doc_id", *meta, "paragraph", "sentence", "start", "end", "n_positive", "n_negative",
            "positive_terms", "negative_terms", "stances", "voices", "text"]
    r = m["token_row"].to_numpy(dtype=np.int64)
    scode, _ = _pair_codes(arr.doc, arr.sentence)
    m = m.assign(_s=scode[r], _pos=(m["frame"] == pos_pole).to_numpy())
    both = m.groupby("_s")["_pos"].agg(["any", "all"])
    contested = both.index[both["any"] & ~both["all"]].to_numpy()
    m = m[m["_s"].isin(contested)]
    texts = _corpus_texts(corpus, m["doc_id"]) if len(m) else None
    rows = []
    for s, grp in m.groupby("_s", sort=True):
        rows_s = np.flatnonzero(scode == s)
        lo, hi = int(rows_s[0]), int(rows_s[-1])
        d = grp["doc_id"].iloc[0]
        rec = {"doc_id": d}
        for c in meta:
            rec[c] = tokens[c].iloc[lo]
        pos = grp[grp["_pos"]]
        neg = grp[~grp["_pos"]]
        rec.update({"paragraph": int(arr.paragraph[lo]), "sentence": int(arr.sentence[lo]),
                    "start": int(arr.start[lo]), "end": int(arr.end[hi]),
                    "n_positive": len(pos), "n_negative": len(neg),
                    "positive_terms": "; ".join(pos["matched"]), "negative_terms": "; ".join(neg["matched"]),
                    "stances": ",".join(sorted(set(grp["stance"]))), "voices": ",".join(sorted(set(grp["voice"]))),
                    "text": _span_text(arr, lo, hi, texts, d)})
        rows.append(rec)
    return pd.DataFrame.from_records(rows, columns=cols)
