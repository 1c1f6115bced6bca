"""Audit tables behind the frame counts and the balance: every hit, the entries that drive a score, how
much one entry moves it, and the sentences where both poles meet.

Every table here is built from the same hits as :func:`discourse.count_frames` and
:func:`discourse.frame_balance` (:func:`discourse.stance.find_hits`), so any number can be traced to its
tokens and character offsets (Krippendorff 2004 on the auditability of content analysis; ftfy's
``fix_and_explain`` for results that explain themselves).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, check_one_of, plain_columns
from .concordance import check_corpus_offsets, check_window, match_rows, unique_rows
from .framing import (
    TokenRuns,
    balance_index,
    check_by,
    check_group_words,
    check_hits,
    check_poles,
    counted_hits,
    pair_codes,
    punct_mask,
    run_words,
    uses_param,
    voice_codes,
)
from .lexicon import load_lexicon
from .stance import (
    USES,
    VOICES,
    TokenArrays,
    check_tokens,
    document_chunks,
    find_hits,
    find_hits_by_documents,
    metadata_columns,
)

__all__ = ["find_frame_terms", "frame_contributions", "frame_sensitivity", "find_contested_sentences"]

# The hits (and the contexts of :func:`find_frame_terms`) are found one chunk of whole documents at a time
# (:data:`discourse.stance.CHUNK_ROWS` rows), so the use rules' working arrays never exist for the whole table
# at once. Every hit and every rule looks only inside its own document, so the tables do not depend on it.


def _chunked(tokens: pd.DataFrame, make: Any) -> dict[str, np.ndarray]:
    """``make(chunk, lo)`` -> a dict of equally long arrays, on every chunk of documents; the arrays of all chunks
    concatenated (so a table built from them infers its column types once, as from one chunk)."""
    parts = [make(tokens.iloc[lo:hi], lo) for lo, hi in document_chunks(tokens)]
    if len(parts) == 1:
        return parts[0]
    return {c: np.concatenate([p[c] for p in parts]) for c in parts[0]}


def _doc_bounds(arr: TokenArrays) -> tuple[np.ndarray, np.ndarray]:
    """First and last row of every token's document."""
    doc = arr.doc
    n = len(doc)
    change = np.flatnonzero(np.diff(doc)) + 1
    firsts = np.concatenate(([0], change))
    lasts = np.concatenate((change - 1, [n - 1]))
    seg = np.searchsorted(firsts, np.arange(n), side="right") - 1
    return firsts[seg], lasts[seg]


def _group_words(tokens: pd.DataFrame, by_cols: list[str], voice: str) -> tuple[TokenRuns, pd.DataFrame, np.ndarray]:
    """The groups of a token table in document order (:class:`discourse.framing.TokenRuns`: the codes and keys
    of :func:`discourse.framing.group_codes`, counted on runs of rows in the table's small dtypes), their word
    tokens in ``voice``; ValueError naming the groups without any word token."""
    runs = TokenRuns(tokens, by_cols)
    words = runs.word_counts(run_words(runs, voice_codes(tokens, np.int8), punct_mask(tokens)))
    check_group_words(words.sum(axis=1), runs.keys, by_cols)
    n_tok = words.sum(axis=1) if voice == "all" else words[:, VOICES.index(voice)]
    return runs, runs.keys, n_tok


def _span_text(arr: TokenArrays, lo: int, hi: int, texts: dict | None, doc_id: Any) -> str:
    """Text of token rows lo..hi (inclusive): from the corpus text when given, else tokens joined."""
    if hi < lo:
        return ""
    if texts is not None:
        return " ".join(texts[doc_id][arr.start[lo]:arr.end[hi]].split())
    parts = [arr.token[lo]]
    for j in range(lo + 1, hi + 1):
        parts.append((" " if arr.start[j] > arr.end[j - 1] else "") + arr.token[j])
    return "".join(parts)


def _corpus_texts(corpus: Any, doc_ids: Sequence[Any], arr: TokenArrays | None = None,
                  rows: np.ndarray | None = None) -> dict | None:
    """The corpus texts by doc id (None without a corpus); ValueError for a corpus that lacks a document of
    ``doc_ids``, or (with ``arr`` and ``rows``: token rows whose offsets the caller cuts the text at) whose
    text at those tokens' offsets is not those tokens (not the corpus the tokens were made from)."""
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
    if arr is not None and rows is not None and len(rows):
        rows = unique_rows(len(arr), rows)
        check_corpus_offsets(texts, arr.tokens["doc_id"].iloc[rows].to_numpy(dtype=object), arr.start[rows],
                             arr.end[rows], arr.take("token", rows))
    return texts


def find_frame_terms(tokens: pd.DataFrame, lexicon: Any = "framing", *, corpus: Any = None, window: int = 8,
                     categories: str | Sequence[str] | None = None, on: str = "norm",
                     hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every frame term in the text, one row per match, with voice, speaker, use and a KWIC context.

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
        space collapsed); otherwise the tokens are joined. It must be the corpus the tokens were made from:
        a ValueError names the documents whose text at the offsets of the hits' tokens (or of the first or
        last context token) is not those tokens.
    window : int
        Tokens of context on each side (within the document).
    categories : str or list of str, optional
        Frames to report (default: all).
    on : {"norm", "stem"}
        Token column the lexicon's entries are matched on.
    hits : DataFrame, optional
        The hits when they were already found (the report finds them once for several tables):
        :func:`discourse.stance.find_hits_by_documents` on ``discourse.stance.check_tokens(tokens, on)`` with
        the same ``categories``. Default: found here, the same way.

    Returns
    -------
    DataFrame in document order with the columns: ``doc_id``; every metadata column of ``tokens`` (e.g.
    ``source``); ``paragraph``, ``sentence``, ``start_position``, ``end_position`` (exclusive), ``start``,
    ``end`` (character offsets into the document text: ``doc_id``, ``start``, ``end`` identify the hit, and are
    the key :func:`discourse.merge_codings` joins coders' sheets on); ``frame``, ``entry``, ``matched`` (the
    text ``text[start:end]``, with the white space between the words of a phrase, a line break or two spaces,
    written as one space); ``voice``, ``quote_kind``,
    ``speaker``; ``use`` (``evaluative`` | ``referential`` | ``distanced`` | ``reported``), ``use_rule``
    (the rule of :mod:`discourse.stance` that decided it), ``cue`` (the words that triggered the rule:
    ``so-called``, ``not``, ``says``, ``market``, ``Huawei's`` ...; missing where the rule has none);
    ``left``, ``right`` (context).
    """
    lex = load_lexicon(lexicon)
    tokens = check_tokens(tokens, on)
    window = check_window(window)  # as kwic: a fraction or a bool is a TypeError (it had been a ValueError here)
    cats = lex.check_categories(categories)
    if hits is not None:
        hits = check_hits(hits, tokens, cats, "find_frame_terms")
    cols = _chunked(tokens, lambda chunk, lo: _frame_terms(chunk, lex, cats, corpus, window, on, lo,
                                                           _chunk_hits(hits, lo, len(chunk))))
    r = cols.pop("_row")
    out = pd.DataFrame({"doc_id": cols.pop("doc_id")})
    for c in metadata_columns(tokens):
        out[c] = tokens[c].iloc[r].to_numpy()  # the hits' rows only: a whole categorical column as objects is 60+ bytes a token
    for c, v in cols.items():
        out[c] = v
    return out


def _chunk_hits(hits: pd.DataFrame | None, lo: int, n: int) -> pd.DataFrame | None:
    """The hits of rows [lo, lo + n) with their ``token_row`` counted from ``lo`` (None: none given)."""
    if hits is None:
        return None
    rows = hits["token_row"].to_numpy(dtype=np.int64)
    a, b = np.searchsorted(rows, [lo, lo + n], side="left")
    return hits.iloc[a:b].assign(token_row=rows[a:b] - lo).reset_index(drop=True)


def _frame_terms(tokens: pd.DataFrame, lex: Any, categories: list[str], corpus: Any, window: int, on: str,
                 lo_row: int, m: pd.DataFrame | None = None) -> dict[str, np.ndarray]:
    """The columns of :func:`find_frame_terms` (but the metadata; ``_row``: the hit's first row in the whole
    table, which starts ``lo_row`` rows before ``tokens``) for a table of whole documents; ``m``: its hits
    when already found (``token_row`` counted from the chunk's first row)."""
    arr = TokenArrays(tokens)
    if m is None:
        m = find_hits(tokens, lex, on=on, categories=categories, arr=arr)
    first, last = _doc_bounds(arr)
    r = m["token_row"].to_numpy(dtype=np.int64)
    r_end = r + m["n_tokens"].to_numpy(dtype=np.int64) - 1
    # the contexts are cut at the offsets of the hits' tokens and of the first and last context tokens
    texts = _corpus_texts(corpus, m["doc_id"], arr, np.concatenate(
        [match_rows(r, r_end), np.maximum(first[r], r - window), np.minimum(last[r], r_end + window)])
    ) if len(m) else None
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
    out = {"_row": r + lo_row, "doc_id": m["doc_id"].to_numpy(dtype=object)}
    for c in ["paragraph", "sentence", "start_position", "end_position", "start", "end", "frame", "entry",
              "matched", "voice", "quote_kind", "speaker", "use", "use_rule", "cue"]:
        out[c] = m[c].to_numpy()
    out["left"] = np.array(lefts, dtype=object)
    out["right"] = np.array(rights, dtype=object)
    return out


#: names :func:`frame_contributions` refuses as group columns: its columns and those it sorts by
CONTRIBUTION_RESERVED = ("frame", "entry", "voice", "n", *(f"n_{u}" for u in USES), "share", "rate", "rank", "_g",
                         "_c")


def frame_contributions(tokens: pd.DataFrame, lexicon: Any = "framing", *,
                        by: str | Sequence[str] | None = "source", voice: str = "all",
                        categories: str | Sequence[str] | None = None, on: str = "norm",
                        hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which entries drive each group's frame counts: one row per group x frame x entry with hits.

    ``hits``: the hits when already found, as in :func:`find_frame_terms` (the same ``categories``).

    Returns
    -------
    DataFrame sorted by group, frame (lexicon order) and rank, with the columns: the ``by`` columns;
    ``frame``, ``entry``, ``voice`` (the option); ``n`` (hits), ``n_evaluative``, ``n_referential``,
    ``n_distanced``, ``n_reported`` (the same hits by use, :mod:`discourse.stance`); ``share`` (``n``
    over the frame's hits in the group, 0-1); ``rate`` (per 1,000 word
    tokens of the group in that voice); ``rank`` (1 = the entry with most hits in the group's frame;
    ties by entry).
    """
    lex = load_lexicon(lexicon)
    tokens = check_tokens(tokens, on)
    by_cols = check_by(tokens, by, CONTRIBUTION_RESERVED, "frame contribution tables")
    check_one_of("voice", voice, list(VOICES))
    cats = lex.check_categories(categories)
    runs, keys, n_tok = _group_words(tokens, by_cols, voice)
    m = (find_hits_by_documents(tokens, lex, on=on, categories=cats) if hits is None
         else check_hits(hits, tokens, cats, "frame_contributions"))
    if voice != "all":
        m = m[m["voice"].to_numpy() == voice]
    df = pd.DataFrame({"_g": runs.group[runs.run_of(m["token_row"].to_numpy(dtype=np.int64))],
                       "frame": m["frame"].to_numpy(),
                       "entry": m["entry"].to_numpy(), "use": m["use"].to_numpy()})
    n_cols = [f"n_{u}" for u in USES]
    cols = [*by_cols, "frame", "entry", "voice", "n", *n_cols, "share", "rate", "rank"]
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    tab = pd.crosstab([df["_g"], df["frame"], df["entry"]], df["use"])
    for u in USES:
        if u not in tab.columns:
            tab[u] = 0
    tab = tab[list(USES)].reset_index()
    tab.columns = ["_g", "frame", "entry", *n_cols]
    tab["n"] = tab[n_cols].sum(axis=1)
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


#: names :func:`frame_sensitivity` refuses as group columns: its columns and those it sorts by
SENSITIVITY_RESERVED = ("voice", "dropped_frame", "dropped_entry", "n_dropped", "n_positive", "n_negative", "balance",
                        "balance_without", "delta", "sign_change", "rank", "_g", "_abs")


def frame_sensitivity(tokens: pd.DataFrame, lexicon: Any = "framing", *,
                      by: str | Sequence[str] | None = "source", poles: Sequence[str] = ("promotional", "rights"),
                      voice: str = "all", uses: str | Sequence[str] = "evaluative", smoothing: float = 0.5,
                      on: str = "norm", distanced: str | None = None, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Leave-one-term-out sensitivity of each group's balance: how much does one entry move the index?

    For every group and every pole entry with counted hits in that group, the balance is recomputed
    without that entry's hits: ``balance_without = log((a - a_e + s) / (b - b_e + s))``. An index that
    changes sign when one term is dropped rests on that term. Entries without hits in a group do not
    change its balance and get no row.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    lexicon : Lexicon or str
        Default: the bundled ``"framing"`` lexicon.
    by : str, list of str or None
        Grouping column(s), as in :func:`discourse.frame_balance`; ``None``: the corpus as one group.
    poles : (str, str)
        The positive and the negative pole, two categories of the lexicon.
    voice : {"all", "author", "quoted", "reported"}
        The hits of which voice count.
    uses : str or list of str
        Which uses count (default ``"evaluative"``, as in :func:`discourse.frame_balance`; ``"all"``: every
        hit).
    smoothing : float
        Added to both counts (> 0), as in :func:`discourse.frame_balance`.
    on : {"norm", "stem"}
        Token column the lexicon's entries are matched on.
    distanced : {"exclude", "include"}, deprecated
        The 1.x switch, replaced by ``uses`` (see :func:`discourse.frame_balance`). FutureWarning.
    hits : DataFrame, optional
        The hits when already found, as in :func:`discourse.frame_balance` (``categories=poles``).

    Returns
    -------
    DataFrame sorted by group and by ``abs(delta)`` (largest first; ties by entry), with the columns: the
    ``by`` columns; ``voice``; ``dropped_frame``, ``dropped_entry``, ``n_dropped`` (its hits in the
    group); ``n_positive``, ``n_negative`` (all counted pole hits of the group); ``balance`` (with every
    entry, as in :func:`frame_balance`), ``balance_without``, ``delta`` (``balance_without - balance``),
    ``sign_change`` (the index changes sign, or leaves or reaches 0); ``rank`` (1 = most influential).
    """
    lex = load_lexicon(lexicon)
    tokens = check_tokens(tokens, on)
    by_cols = check_by(tokens, by, SENSITIVITY_RESERVED, "frame sensitivity tables")
    pos_pole, neg_pole = check_poles(lex, poles)
    check_one_of("voice", voice, list(VOICES))
    use_list = uses_param(uses, distanced, "frame_sensitivity")
    if not isinstance(smoothing, (float, int)) or not smoothing > 0:
        raise ValueError(f"smoothing={smoothing!r} must be > 0 (the index is a log of a ratio; try 0.5)")
    runs, keys, _ = _group_words(tokens, by_cols, voice)
    m = (find_hits_by_documents(tokens, lex, on=on, categories=[pos_pole, neg_pole]) if hits is None
         else check_hits(hits, tokens, [pos_pole, neg_pole], "frame_sensitivity"))
    hp, hn = counted_hits(m, (pos_pole, neg_pole), use_list, voice)
    m = m[hp | hn]
    g = runs.group[runs.run_of(m["token_row"].to_numpy(dtype=np.int64))]
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
    tab["balance"] = balance_index(a, b, smoothing)
    tab["balance_without"] = balance_index(a - np.where(is_pos, tab["n_dropped"], 0),
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
                             uses: str | Sequence[str] = "all", on: str = "norm",
                             distanced: str | None = None) -> pd.DataFrame:
    """Sentences where both poles meet: one row per sentence with at least one hit of each pole.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    lexicon : Lexicon or str
        Default: the bundled ``"framing"`` lexicon.
    poles : (str, str)
        The positive and the negative pole, two categories of the lexicon.
    corpus : Corpus, optional
        The corpus the tokens were made from; ``text`` is then cut from its documents (see Returns).
    uses : str or list of str
        Which uses count as hits here (default ``"all"``: a sentence that puts the
        "so-called 'smart city'" next to "repression" is exactly a contested sentence).
    on : {"norm", "stem"}
        Token column the lexicon's entries are matched on.
    distanced : {"exclude", "include"}, deprecated
        The 1.x switch, replaced by ``uses`` (see :func:`discourse.frame_balance`). FutureWarning.

    Returns
    -------
    DataFrame in document order with the columns: ``doc_id``; the metadata columns of ``tokens``;
    ``paragraph``, ``sentence``; ``start``, ``end`` (character span of the sentence's tokens);
    ``n_positive``, ``n_negative``; ``positive_terms``, ``negative_terms`` (matched text, ``"; "``-joined
    in text order); ``uses`` and ``voices`` (of the pole hits, comma-joined, sorted); ``text`` (the
    sentence, from the corpus when given, else the tokens joined). The ``corpus`` must be the one the tokens
    were made from, as in :func:`find_frame_terms` (a ValueError otherwise).
    """
    lex = load_lexicon(lexicon)
    tokens = check_tokens(tokens, on)
    pos_pole, neg_pole = check_poles(lex, poles)
    use_list = uses_param(uses, distanced, "find_contested_sentences") if distanced is None or uses != "all" \
        else uses_param("evaluative", distanced, "find_contested_sentences")
    meta = metadata_columns(tokens)
    cols = ["doc_id", *meta, "paragraph", "sentence", "start", "end", "n_positive", "n_negative",
            "positive_terms", "negative_terms", "uses", "voices", "text"]
    rows: list[dict] = []
    first_rows: list[int] = []
    # a sentence lies inside one document: chunks of whole documents, in document order, give the sentences
    # in the same (document, sentence) order as the whole table
    for lo, hi in document_chunks(tokens):
        part = _contested(tokens.iloc[lo:hi], lex, pos_pole, neg_pole, use_list, corpus, on)
        first_rows.extend(lo + rec.pop("_row") for rec in part)
        rows.extend(part)
    rest = [c for c in cols if c not in ("doc_id", *meta)]
    out = pd.DataFrame.from_records(rows, columns=rest)
    for c in ("paragraph", "sentence", "start", "end", "n_positive", "n_negative"):
        out[c] = out[c].astype("int64")  # (an empty table too)
    for c in ("positive_terms", "negative_terms", "uses", "voices", "text"):
        out[c] = out[c].astype("str")
    # doc_id and the metadata columns from the sentences' first token rows: the values with the document
    # column's own dtype, as in every table made from tokens (records had made a column of missing URLs
    # float64, and every column of an empty table object)
    r = np.asarray(first_rows, dtype=np.int64)
    docs = plain_columns(tokens[["doc_id", *meta]].iloc[r].reset_index(drop=True))
    return pd.concat([docs, out], axis=1)[cols]


def _contested(tokens: pd.DataFrame, lex: Any, pos_pole: str, neg_pole: str, use_list: list[str], corpus: Any,
               on: str) -> list[dict]:
    """The rows of :func:`find_contested_sentences` for a table of whole documents, but the metadata columns;
    ``_row``: the sentence's first row in ``tokens``."""
    arr = TokenArrays(tokens)
    m = find_hits(tokens, lex, on=on, categories=[pos_pole, neg_pole], arr=arr)
    hp, hn = counted_hits(m, (pos_pole, neg_pole), use_list, "all")
    m = m[hp | hn]
    r = m["token_row"].to_numpy(dtype=np.int64)
    scode, _ = pair_codes(arr.doc, arr.sentence)
    m = m.assign(_s=scode[r], _pos=(m["frame"] == pos_pole).to_numpy())
    both = m.groupby("_s")["_pos"].agg(["any", "all"])
    contested = both.index[both["any"] & ~both["all"]].to_numpy()
    m = m[m["_s"].isin(contested)]
    rows = []
    if m.empty:
        return rows
    # first and last row of every contested sentence code, in one pass (not one scan of the table per sentence)
    rows_c = np.flatnonzero(np.isin(scode, contested))
    by_code = np.argsort(scode[rows_c], kind="stable")
    codes_c, rows_c = scode[rows_c][by_code], rows_c[by_code]
    first = rows_c[np.searchsorted(codes_c, contested, side="left")]
    last = rows_c[np.searchsorted(codes_c, contested, side="right") - 1]
    bounds = dict(zip(contested.tolist(), zip(first.tolist(), last.tolist(), strict=True), strict=True))
    # a sentence is cut at the offsets of its first and last tokens: they and the hits' tokens are checked
    r_hit = m["token_row"].to_numpy(dtype=np.int64)
    r_end = r_hit + m["n_tokens"].to_numpy(dtype=np.int64) - 1
    texts = _corpus_texts(corpus, m["doc_id"], arr, np.concatenate([match_rows(r_hit, r_end), first, last]))
    # one sentence after another, as groupby("_s", sort=True) gives them, from plain arrays: a groupby loop over
    # pandas slices took most of the time of a corpus of many one-sentence documents
    m = m.iloc[np.argsort(m["_s"].to_numpy(), kind="stable")]
    s_of = m["_s"].to_numpy()
    is_pos = m["_pos"].to_numpy(dtype=bool)
    doc_of = m["doc_id"].to_numpy()
    matched, use, voice = (m[c].to_numpy(dtype=object) for c in ("matched", "use", "voice"))
    cuts = np.flatnonzero(s_of[1:] != s_of[:-1]) + 1
    for a, b in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(s_of)].tolist(), strict=True):
        lo, hi = bounds[s_of[a]]
        d = doc_of[a]
        rec = {"doc_id": d, "_row": lo}
        p = is_pos[a:b]
        rec.update({"paragraph": int(arr.paragraph[lo]), "sentence": int(arr.sentence[lo]),
                    "start": int(arr.start[lo]), "end": int(arr.end[hi]),
                    "n_positive": int(p.sum()), "n_negative": int((~p).sum()),
                    "positive_terms": "; ".join(matched[a:b][p]), "negative_terms": "; ".join(matched[a:b][~p]),
                    "uses": ",".join(sorted(set(use[a:b]))), "voices": ",".join(sorted(set(voice[a:b]))),
                    "text": _span_text(arr, lo, hi, texts, d)})
        rows.append(rec)
    return rows
