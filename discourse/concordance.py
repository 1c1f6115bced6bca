"""Concordance: key words in context (:func:`kwic`) and window collocates (:func:`collocates`).

Queries are words, globs (``surveil*``, ``?rwellian``), phrases (``safe city``) or lexicon categories.
They are matched with the same engine as the framing counts (:meth:`discourse.Lexicon.find_matches`:
on ``norm``, longest match first, phrases inside one sentence, a phrase also matching its hyphenated
spelling), so a KWIC line and a frame count always point at the same tokens and characters.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from ._util import (
    _fmt,
    as_list,
    check_by_names,
    check_columns,
    check_count,
    check_dataframe,
    check_flag,
    check_one_of,
    check_type,
)
from .stats import g2 as g2_table
from .text import doc_bounds, document_order

__all__ = ["kwic", "collocates", "KWIC_COLUMNS", "COLLOCATE_COLUMNS", "check_window"]

KWIC_COLUMNS = ["doc_id", "paragraph", "sentence", "position", "start", "end", "left", "match", "right",
                "pattern", "frame", "voice", "quote_kind", "speaker"]
COLLOCATE_COLUMNS = ["node", "window", "collocate", "n", "n_collocate", "n_node", "window_total", "total",
                     "expected", "pmi", "t_score", "g2", "p"]
#: columns of a KWIC line that are the token table's own column of that name at the match's first token: a
#: ``by`` or ``metadata`` column of one of these names is that column, given once
_KWIC_TOKEN_COLUMNS = ("doc_id", "paragraph", "sentence", "position", "start", "voice", "quote_kind", "speaker")
#: names :func:`kwic` refuses as ``by`` or ``metadata`` columns: the columns of its lines that it computes
#: (``end`` is the end of the match's last token)
KWIC_RESERVED = tuple(c for c in KWIC_COLUMNS if c not in _KWIC_TOKEN_COLUMNS)
#: names :func:`collocates` refuses as group columns: its columns, and the column it marks window tokens in
COLLOCATE_RESERVED = (*COLLOCATE_COLUMNS, "_w")
_QUERY = "query"
_WS = re.compile(r"\s+")
#: regular-expression syntax that a word, glob or phrase never needs: alternation, groups, anchors, escapes,
#: "+" and the "." quantified as in ".*"; ("[", "]", "{", "}" are refused by the lexicon's glob check)
_REGEX_SYNTAX = re.compile(r"[|\\^$()+]|\.[*+?]")


# ------------------------------------------------------------------------------------------ matching
def _sorted(tokens: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Tokens in document order (documents as first seen, then position), index reset; and doc codes."""
    order, codes, in_order = document_order(tokens)
    if in_order:
        return tokens.reset_index(drop=True), codes
    return tokens.iloc[order].reset_index(drop=True), codes[order]


def _patterns(query: Any, param: str) -> list[str]:
    if isinstance(query, str):
        pats = [query]
    elif isinstance(query, (list, tuple)) and query:
        pats = list(query)
    else:
        raise TypeError(f"{param} must be a word, glob or phrase (str) or a non-empty list of them; "
                        f"got {type(query).__name__}: {query!r:.60}")
    for p in pats:
        check_type(param, p, str, "a str (word, glob such as 'surveil*', or phrase such as 'safe city')")
        if not p.strip():
            raise ValueError(f"{param}={query!r} holds an empty pattern; give a word, glob or phrase")
    return pats


def _find(tokens: pd.DataFrame, query: Any, lexicon, on: str, case_sensitive: bool, param: str) -> pd.DataFrame:
    """Matches of the query (patterns, or categories of ``lexicon``) with ``pattern`` and ``category``."""
    from .lexicon import Lexicon, load_lexicon

    check_one_of("on", on, ["norm", "stem"])
    if lexicon is not None:
        lexicon = load_lexicon(lexicon)
        if case_sensitive:
            raise ValueError("case_sensitive=True applies to query patterns, not to lexicon categories "
                             "(lexicon entries are matched on the normalised form)")
        cats = [query] if isinstance(query, str) else list(query)
        hits = lexicon.find_matches(tokens, on=on, categories=cats)
        return hits.rename(columns={"entry": "pattern"})
    pats = _patterns(query, param)
    try:
        with warnings.catch_warnings():
            if case_sensitive:  # "US" and "us" are then two queries, not a repeated entry
                warnings.filterwarnings("ignore", message=r".* repeats? an entry", category=UserWarning)
            lex = Lexicon([(_QUERY, p) for p in pats], name=param, origin=param)
    except ValueError as err:
        raise ValueError(f"{param}={query!r}: {err}") from None
    hits = lex.find_matches(tokens, on=on).rename(columns={"entry": "pattern"})
    # the entry of each pattern as the lexicon writes it; the lexicon keeps patterns that are the same once
    # normalised ("US" and "us") as one entry, so its entries do not run parallel to the patterns
    entries = [Lexicon([(_QUERY, p)], name=param, origin=param).entries[0].pattern for p in pats]
    _warn_regex_patterns(pats, entries, hits, param)
    if case_sensitive and len(hits):
        # a hit of the case-insensitive search is kept when its surface form matches the query as written,
        # both read as the norm reads them but for the case (apostrophes as ', hyphens as -, invisible marks
        # left out): "Huawei’s" then matches "Huawei's" as the normal search does, "huawei's" does not. Keyed by
        # the pattern as the lexicon writes it (a word the tokenizer splits, "huawei 's", is split there too)
        by_pattern: dict[str, list[re.Pattern]] = {}
        for p, entry in zip(pats, entries, strict=True):
            rx = r"[\s\-]?".join(
                "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in part)
                for part in _case_form(p).split())
            by_pattern.setdefault(entry, []).append(re.compile(rx, re.DOTALL))
        ok = [any(r.fullmatch(_case_form(m)) for r in by_pattern.get(pat, [])) for pat, m in
              zip(hits["pattern"], hits["matched"], strict=True)]
        hits = hits[np.asarray(ok, dtype=bool)].reset_index(drop=True)
    hits["frame"] = pd.NA
    return hits


def _warn_regex_patterns(pats: list[str], entries: list[str], hits: pd.DataFrame, param: str) -> None:
    """Warn about each pattern written as a regular expression that found nothing.

    Queries are words, globs and phrases, as quanteda's ``kwic(valuetype = "glob")`` reads them; AntConc and
    Sketch Engine read regular expressions. The lexicon splits ``privac(y|ies)`` like running text into the
    phrase ``privac ( y | ies )``, which matches only that literal text, so without a word the line count is
    0 (or, beside other patterns, their count alone)."""
    found = set(hits["pattern"])
    for p, entry in zip(pats, entries, strict=True):
        marks = sorted(set(m.group() for m in _REGEX_SYNTAX.finditer(p)))
        if not marks or entry in found:
            continue
        core = p.strip().lstrip("^").rstrip("$")
        if "|" in core and not set("()\\") & set(core):
            hint = f"{param}={[w.strip() for w in core.split('|') if w.strip()]!r}"
        else:
            stem = re.split(r"[|\\()+.]", core, maxsplit=1)[0].strip()
            hint = f"the glob {stem + '*'!r}" if stem and stem != core else f"{core!r}" if stem else "a glob"
            hint += " or a list of the words"
        warnings.warn(f"{param} pattern {p!r} found nothing: it looks like a regular expression ({_fmt(marks)}), "
                      "but queries are words, globs ('*' any run of characters, '?' one character) and phrases, "
                      f"and those characters were read literally; write {hint}", UserWarning, stacklevel=4)


def query_matches(tokens: pd.DataFrame, query: str | Sequence[str], *, on: str = "norm",
                  param: str = "query") -> pd.DataFrame:
    """The matches :func:`kwic` finds for ``query`` (words, globs, phrases; case-insensitive, apostrophes
    unified, a phrase also matching its hyphenated spelling), as :meth:`discourse.Lexicon.find_matches` gives
    them: ``doc_id``, ``token_row`` (row number in ``tokens``), ``n_tokens``, ``pattern``, ... For callers
    that place matches themselves (:func:`discourse.plots.plot_dispersion`), so that they find what KWIC
    lines show. ``param`` names the caller's parameter in the error for a query that is not valid."""
    return _find(tokens, query, None, on, False, param)


def _case_form(text: str) -> str:
    """``text`` as :func:`discourse.text.normalize` reads it but for the case: NFKC, apostrophes as ``'``,
    hyphens as ``-``, soft hyphens and zero-width spaces left out; every character that ``normalize`` only
    lowercases is kept as it stands."""
    from .text import normalize

    out = []
    for c in unicodedata.normalize("NFKC", text):
        n = normalize(c)
        out.append(c if n == c.lower() else n)
    return "".join(out)


# ------------------------------------------------------------------------------------------ kwic
def kwic(tokens: pd.DataFrame, query: str | Sequence[str], *, window: int = 5,
         by: str | Sequence[str] | None = None, metadata: str | Sequence[str] | None = None, lexicon=None,
         corpus=None, on: str = "norm", case_sensitive: bool = False) -> pd.DataFrame:
    """Key words in context: one row per match of the query, with its context and who speaks it.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    query : str or list of str
        Words (``privacy``), globs (``surveil*``: ``*`` any run of characters, ``?`` one), phrases
        (``safe city``; also matches ``safe-city``), or several of them. With ``lexicon``: category name(s)
        of that lexicon (``"promotional"``), every entry of which is a query. Not regular expressions: a
        pattern written as one (``privac(y|ies)``, ``priv.*``) that finds nothing gets a UserWarning.
    window : int
        Tokens of context on each side (within the document; contexts may cross sentences).
    by : str, list of str or None
        Group columns, as everywhere in the package: lines are ordered by group (then in document order)
        and carry the group columns.
    metadata : str, list of str or None
        Further token columns to carry onto every line (default: ``source`` when the tokens have it).
    lexicon : Lexicon, bundled name, path or dict, optional
        Makes ``query`` a category name, see above.
    corpus : Corpus, optional
        With the corpus, ``left``, ``match`` and ``right`` are cut from the original text by character
        offsets (runs of white space shown as one space; text between tokens is shown as it stands,
        including any header or boilerplate that cleaning set aside); without it they are rebuilt from the
        tokens (a space wherever the text has white space between two tokens). It must be the corpus the
        tokens were made from: a ValueError names the documents whose text at the offsets of the matched
        tokens (or of the first or last context token) is not those tokens.
    on : {"norm", "stem"}
        Token column to match (case-insensitive, apostrophes unified).
    case_sensitive : bool
        Keep only matches whose surface form matches the query as written (``"US"`` but not ``"us"``).

    Returns
    -------
    DataFrame with one row per match, in document order (by group first, when ``by`` is given), and the
    columns ``doc_id``, the ``by`` columns, the ``metadata`` columns,
    ``paragraph``, ``sentence``, ``position`` (token position of the match's first token), ``start``,
    ``end`` (character offsets of the match in the document text), ``left``, ``match``, ``right``,
    ``pattern`` (the query pattern or lexicon entry that matched, normalised), ``frame`` (the lexicon
    category; missing for plain queries), ``voice``, ``quote_kind``, ``speaker`` (of the match's first
    token; missing when the token table has no voice columns).
    """
    check_dataframe("tokens", tokens)
    by_cols = as_list(by)
    check_by_names(by_cols, KWIC_RESERVED, "KWIC lines")
    if metadata is None:
        meta_cols = ["source"] if "source" in tokens.columns else []
    else:
        meta_cols = as_list(metadata)
        check_by_names(meta_cols, KWIC_RESERVED, "KWIC lines", param="metadata")
    meta_cols = [c for c in dict.fromkeys(meta_cols) if c not in by_cols and c not in KWIC_COLUMNS]
    window = check_window(window)
    # "False" is true in Python: it had matched the query's case as written (kwic(case_sensitive="False"))
    case_sensitive = check_flag("case_sensitive", case_sensitive)
    check_columns(tokens, ["doc_id", "sentence", "position", "start", "end", "token", on, *by_cols, *meta_cols],
                  "tokens")
    toks, codes = _sorted(tokens)
    hits = _find(toks, query, lexicon, on, case_sensitive, "query")
    first = hits["token_row"].to_numpy(dtype=np.int64)
    last = first + hits["n_tokens"].to_numpy(dtype=np.int64) - 1
    d_first, d_last = doc_bounds(codes)
    lo = np.maximum(first - window, d_first[first]) if len(first) else first
    hi = np.minimum(last + window, d_last[last]) if len(last) else last
    tstart = toks["start"].to_numpy(dtype=np.int64)
    tend = toks["end"].to_numpy(dtype=np.int64)
    surface = toks["token"].to_numpy(dtype=object)
    doc_ids = toks["doc_id"].to_numpy(dtype=object)

    if corpus is not None:
        from .corpus import Corpus

        check_type("corpus", corpus, Corpus, "a discourse.Corpus")
        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True))
        missing = sorted(set(doc_ids[first]) - set(texts))
        if missing:
            raise ValueError(f"corpus has no document(s) {_fmt(missing)} that the tokens come from; pass the "
                             "corpus the tokens were made from")
        # the text is cut at the tokens' offsets: they must read as the tokens there (the matched tokens
        # and the first and last token of each context), or the lines would be cut from another text
        rows = unique_rows(len(toks), match_rows(first, last), lo, hi)
        check_corpus_offsets(texts, doc_ids[rows], tstart[rows], tend[rows], surface[rows])

        def span(d: str, i: int, j: int, s: int, e: int) -> str:
            return _WS.sub(" ", texts[d][s:e]).strip() if j >= i else ""

        left = [span(doc_ids[f], lo_, f - 1, tstart[lo_], tstart[f]) for f, lo_ in zip(first, lo, strict=True)]
        match = [span(doc_ids[f], f, la, tstart[f], tend[la]) for f, la in zip(first, last, strict=True)]
        right = [span(doc_ids[la], la + 1, hi_, tend[la], tend[hi_]) for la, hi_ in zip(last, hi, strict=True)]
    else:
        def join(i: int, j: int) -> str:
            if j < i:
                return ""
            parts = [surface[i]]
            for k in range(i + 1, j + 1):
                if tstart[k] > tend[k - 1]:
                    parts.append(" ")
                parts.append(surface[k])
            return "".join(parts)

        left = [join(lo_, f - 1) for f, lo_ in zip(first, lo, strict=True)]
        match = [join(f, la) for f, la in zip(first, last, strict=True)]
        right = [join(la + 1, hi_) for la, hi_ in zip(last, hi, strict=True)]

    def meta(name: str) -> Any:
        if name in toks.columns:
            return toks[name].to_numpy()[first]
        return pd.array([pd.NA] * len(first), dtype=object)

    out = pd.DataFrame({
        "doc_id": doc_ids[first],
        **{c: toks[c].to_numpy()[first] for c in [*by_cols, *meta_cols]},
        "paragraph": (toks["paragraph"].to_numpy(dtype=np.int64)[first] if "paragraph" in toks.columns
                      else meta("paragraph")),
        "sentence": toks["sentence"].to_numpy(dtype=np.int64)[first],
        "position": toks["position"].to_numpy(dtype=np.int64)[first],
        "start": tstart[first], "end": tend[last],
        "left": pd.array(left, dtype=object), "match": pd.array(match, dtype=object),
        "right": pd.array(right, dtype=object),
        "pattern": hits["pattern"].to_numpy(dtype=object), "frame": hits["frame"].to_numpy(dtype=object),
        "voice": meta("voice"), "quote_kind": meta("quote_kind"), "speaker": meta("speaker"),
    })
    # a group column that is one of the line's own columns (doc_id, speaker, ...) is given once, in its place
    out = out[["doc_id", *(c for c in by_cols if c not in KWIC_COLUMNS), *meta_cols, *KWIC_COLUMNS[1:]]]
    if by_cols and len(out):
        out = out.sort_values(by_cols, kind="stable")
    return out.reset_index(drop=True)


def match_rows(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """The rows ``first[i]..last[i]`` (inclusive) of every ``i``, one run after another."""
    lens = last - first + 1
    return np.repeat(first - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))


def unique_rows(n: int, *rows: np.ndarray) -> np.ndarray:
    """The distinct rows (below ``n``) of the arrays ``rows``, sorted (a mask of ``n``: no sort of the rows)."""
    mark = np.zeros(n, dtype=bool)
    for r in rows:
        mark[r] = True
    return np.flatnonzero(mark)


def check_corpus_offsets(texts: dict, doc_ids: Sequence, start: Sequence, end: Sequence, token: Sequence) -> None:
    """Refuse a corpus whose text does not read as the given tokens at their character offsets (every token
    of :func:`discourse.tokenize` has ``text[start:end] == token``): a corpus with the doc ids of the one
    the tokens were made from but other texts (an edited version, another corpus numbered the same way),
    from which contexts would be cut at the wrong places. ``texts``: doc id -> text of the corpus (holding
    every doc id given); ``doc_ids``, ``start``, ``end``, ``token``: the tokens to check, one per item (the
    raw surface tokens, not their norms)."""
    bad: dict = {}
    for d, s, e, tok in zip(list(doc_ids), np.asarray(start).tolist(), np.asarray(end).tolist(), list(token),
                            strict=True):
        if texts[d][s:e] != tok and d not in bad:
            bad[d] = (s, e, texts[d][s:e], tok)
    if bad:
        d, (s, e, found, tok) = next(iter(bad.items()))
        raise ValueError(
            f"corpus does not hold the texts the tokens were made from: in {len(bad)} document(s) ({_fmt(bad)}) "
            f"the text at the tokens' character offsets is not the token (document {d!r}, characters {s}-{e}: "
            f"{found!r:.40}, token {tok!r:.40}); pass the corpus the tokens were made from (the same texts, "
            "unchanged), or no corpus to rebuild the context from the tokens")


def check_window(window: Any, minimum: int = 0) -> int:
    """``window`` (tokens of context on each side) as an int of at least ``minimum``: TypeError for another
    type (a bool, 1.5), ValueError below it. kwic, collocates and find_frame_terms check it so."""
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)):
        raise TypeError(f"window must be an int (tokens on each side), got {type(window).__name__}: {window!r}")
    if window < minimum:
        if minimum == 0:
            raise ValueError(f"window={window} must be >= 0 (tokens of context on each side)")
        raise ValueError(f"window={window} must be >= {minimum} (tokens on each side of the node in which "
                         "collocates are counted; with no token there is nothing to count)")
    return int(window)


# ------------------------------------------------------------------------------------------ collocates
def collocates(tokens: pd.DataFrame, node: str | Sequence[str], *, window: int = 5,
               by: str | Sequence[str] | None = "source", lexicon=None, min_count: int = 1,
               drop_stop: bool = False, drop_punct: bool = True, column: str = "norm", on: str = "norm",
               sort: str = "g2") -> pd.DataFrame:
    """Words that occur near a node (word, glob, phrase or lexicon category), with PMI, G² and t-score.

    Around every match of the node, the ``window`` tokens on each side (within the document, after
    removing punctuation/stopwords as asked, node tokens not counted) form the *window region* of a group.
    Each candidate collocate ``w`` of a group gets the 2×2 table of its tokens inside vs outside the
    region: ``n`` (O11: ``w`` in the region), ``n_collocate - n`` (``w`` outside), ``window_total - n``
    (other tokens in the region) and the rest, over ``total`` tokens. A token inside the windows of two
    nearby matches is counted once, so every cell is non-negative. Then, with ``E11 = window_total *
    n_collocate / total``:

    - ``pmi = log2(n / E11)`` (Church & Hanks 1990), nltk's ``BigramAssocMeasures.pmi(n, (window_total,
      n_collocate), total)``;
    - ``t_score = (n - E11) / sqrt(n)``, nltk's ``student_t`` on the same margins;
    - ``g2``: Dunning's (1993) G² of the table, as nltk's ``likelihood_ratio``, signed: negative when
      ``n < E11``; ``p``: its chi² (1 df) upper tail.

    Because every group is scored on its own table with the same node and window, the columns are
    comparable across groups.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize`.
    node : str or list of str
        As ``query`` in :func:`kwic` (a lexicon category when ``lexicon`` is given).
    lexicon : Lexicon or str, optional
        With a lexicon, ``node`` names its categories and the node is every match of their entries, as in
        :func:`kwic`.
    window : int
        Tokens on each side (counted after filtering), at least 1 (a ValueError for 0 or less).
    by : str, list of str or None
        Group columns (each token's own value; for document-level columns such as ``source`` that is the
        document's group). With a column that changes inside a document (``voice``, ``speaker``) a window
        stops where the group changes, as it stops at the document's end: a group's table counts only the
        words around that group's own node matches.
    min_count : int
        Keep collocates with at least this many co-occurrences (``n``). When none reaches it, the table is
        empty and a UserWarning names the largest ``n``; a node that never occurs gives an empty table with a
        UserWarning too.
    drop_stop, drop_punct : bool
        Leave stopwords / punctuation out of windows and totals (punctuation is left out by default).
    column : {"norm", "stem", "token"}
        Token column that names collocates.
    on : {"norm", "stem"}
        Token column the node is matched on, as in :func:`kwic`.
    sort : {"g2", "pmi", "t_score", "n"}
        Order within each group, descending; ties by collocate.

    Returns
    -------
    DataFrame with one row per group and collocate, and the columns: the ``by`` columns, ``node`` (the
    query, several patterns joined with " | "), ``window``, ``collocate``, ``n``, ``n_collocate``,
    ``n_node`` (node matches in the group), ``window_total``, ``total``, ``expected`` (E11), ``pmi``,
    ``t_score``, ``g2``, ``p``.
    """
    check_dataframe("tokens", tokens)
    by_cols = as_list(by)
    check_by_names(by_cols, COLLOCATE_RESERVED, "collocate tables")
    window = check_window(window, minimum=1)
    check_count("min_count", min_count, 0, "the fewest co-occurrences a collocate needs; 0 or 1 keep every one")
    drop_stop, drop_punct = check_flag("drop_stop", drop_stop), check_flag("drop_punct", drop_punct)
    check_one_of("sort", sort, ["g2", "pmi", "t_score", "n"])
    check_one_of("column", column, ["norm", "stem", "token"])
    need = ["doc_id", "sentence", "position", "start", "end", "token", on, column, *by_cols]
    need += (["is_punct"] if drop_punct else []) + (["is_stop"] if drop_stop else [])
    check_columns(tokens, list(dict.fromkeys(need)), "tokens")
    toks, codes = _sorted(tokens)
    hits = _find(toks, node, lexicon, on, False, "node")
    if not len(hits) and len(toks):
        what = "no entry of the lexicon category" if lexicon is not None else "the node"
        warnings.warn(f"collocates: {what} {node!r} does not occur in tokens (matched on {on!r} as kwic matches "
                      "it), so the table is empty; check the spelling, or give a glob such as 'surveil*' or "
                      "several words as node=[...]", UserWarning, stacklevel=2)
    n_rows = len(toks)
    first = hits["token_row"].to_numpy(dtype=np.int64)
    lens = hits["n_tokens"].to_numpy(dtype=np.int64)
    # node tokens: +1 at a match's first row, -1 after its last
    cover = np.zeros(n_rows + 1, dtype=np.int64)
    np.add.at(cover, first, 1)
    np.add.at(cover, first + lens, -1)
    is_node = np.cumsum(cover[:-1]) > 0
    keep = np.ones(n_rows, dtype=bool)
    if drop_punct:
        keep &= ~toks["is_punct"].to_numpy(dtype=bool)
    if drop_stop:
        keep &= ~toks["is_stop"].to_numpy(dtype=bool)
    keep |= is_node
    kept = np.flatnonzero(keep)
    new_index = np.cumsum(keep) - 1  # row -> index among kept rows
    if by_cols:
        # a window stops where the group changes inside a document (a quotation in a by="voice" table), as it
        # stops at the document's end: every token of a group's window region is a token of that group, so
        # the group's table is about the node in that group, never about words beside another group's node
        gid = toks.groupby(by_cols, sort=False, dropna=False).ngroup().to_numpy()
        change = np.ones(n_rows, dtype=bool)
        change[1:] = (codes[1:] != codes[:-1]) | (gid[1:] != gid[:-1])
        codes = np.cumsum(change) - 1  # runs of one group within one document, ascending like the doc codes
    f_codes = codes[kept]
    f_first, f_last = doc_bounds(f_codes)
    s = new_index[first]
    e = new_index[first + lens - 1]
    region = np.zeros(len(kept) + 1, dtype=np.int64)
    if len(s):
        lo = np.maximum(s - window, f_first[s])
        hi = np.minimum(e + window, f_last[e])
        np.add.at(region, lo, 1)
        np.add.at(region, s, -1)
        np.add.at(region, e + 1, 1)
        np.add.at(region, hi + 1, -1)
    f_node = is_node[kept]
    in_window = (np.cumsum(region[:-1]) > 0) & ~f_node

    body = ~f_node
    data = pd.DataFrame({**{c: toks[c].to_numpy()[kept][body] for c in by_cols},
                         "collocate": toks[column].to_numpy(dtype=object)[kept][body],
                         "_w": in_window[body].astype(np.int64)})
    keys = [*by_cols, "collocate"]
    node_label = node if isinstance(node, str) else " | ".join(map(str, node))
    if by_cols:
        gtot = data.groupby(by_cols, sort=True, dropna=False)["_w"].agg(total="size", window_total="sum")
        nodes = pd.DataFrame({c: toks[c].to_numpy()[first] for c in by_cols})
        n_node = nodes.groupby(by_cols, sort=True, dropna=False).size().rename("n_node")
    per = data.groupby(keys, sort=True, dropna=False)["_w"].agg(n="sum", n_collocate="size").reset_index()
    most = int(per["n"].max()) if len(per) else 0
    per = per[per["n"] >= max(int(min_count), 1)]
    if not len(per) and most > 0:
        warnings.warn(f"collocates: no collocate of {node_label!r} reaches min_count={int(min_count)} (the most "
                      f"frequent co-occurs {most:,} times in a group), so the table is empty; lower min_count to "
                      f"at most {most:,}", UserWarning, stacklevel=2)
    if by_cols:
        per = per.join(gtot, on=by_cols).join(n_node, on=by_cols)
        per["n_node"] = per["n_node"].fillna(0).astype(np.int64)
    else:
        per["total"] = len(data)
        per["window_total"] = int(data["_w"].sum())
        per["n_node"] = len(first)
    a = per["n"].to_numpy(dtype=float)
    fw = per["n_collocate"].to_numpy(dtype=float)
    nr = per["window_total"].to_numpy(dtype=float)
    nt = per["total"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        e11 = nr * fw / nt
        pmi = np.log2(a / e11)
        t_score = (a - e11) / np.sqrt(a)
        # rows: the collocate / other words; columns: inside / outside the window region
        g2 = g2_table(a, fw - a, nr - a, nt - nr - fw + a)
    p = stats.chi2.sf(g2, 1)
    per = per.assign(node=node_label, window=window, expected=e11, pmi=pmi, t_score=t_score,
                     g2=np.sign(a - e11) * g2, p=p)
    for c in ("n", "n_collocate", "window_total", "total"):
        per[c] = per[c].astype(np.int64)
    per = per.sort_values([*by_cols, sort, "collocate"], ascending=[True] * len(by_cols) + [False, True],
                          kind="stable")
    out = per[[*by_cols, *COLLOCATE_COLUMNS]].reset_index(drop=True)
    out["collocate"] = out["collocate"].astype(str)
    return out
