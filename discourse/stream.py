"""Counting at scale: streaming, parallel and Dask paths for term and frame counts.

The in-memory path holds every token of a corpus in one table (``count_terms(tokenize(load_corpus(path)))``):
about 1 KB of memory per token, which a media archive of millions of articles does not fit. The functions
here read a corpus in chunks of documents, tokenise and count each chunk, and add the counts up, so that
memory is bounded by the chunk size and by the size of the result (the vocabulary), never by the corpus:

- :func:`count_terms_stream` and :func:`count_frames_stream` read a file (CSV/TSV, JSON Lines, optionally
  gzip-compressed, Parquet), a folder, a :class:`~discourse.Corpus`, a DataFrame or any iterable of
  DataFrames, and count on one core or, with ``n_jobs``, on several (worker processes);
- :func:`count_terms_dask` and :func:`count_frames_dask` do the same on a ``dask.dataframe`` or
  ``dask.bag`` of documents, on whatever scheduler is active (a ``distributed`` cluster included).

Every path gives **exactly** the table of the in-memory path: the same rows, values, dtypes, order and
``attrs`` (the group totals that :func:`discourse.keyness` uses), because there is one counting core
(:mod:`discourse.counts`): each chunk is counted by the accumulator that :func:`discourse.count_terms` and
:func:`discourse.count_frames` use in memory, and counts of disjoint sets of documents add up. This module only
reads chunks and runs the accumulator over them, serially, in worker processes or on Dask. Keyness needs
nothing new: ``dc.keyness(count_terms_stream(path, by="source"), by="source", target=...)``.

Doc ids must be unique across the whole corpus, as for :func:`discourse.load_corpus`; a stream checks each
chunk and, at the end, the whole corpus (with 64-bit hashes of the ids, 8 bytes per document).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, check_flag, check_one_of, check_type, is_missing, progress
from .corpus import (
    Corpus,
    MixedTypesWarning,
    add_kinds,
    duplicate_key_hashes,
    file_format,
    iter_documents,
    load_corpus,
    mixed_message,
)
from .counts import FrameCounts, TermCounts

__all__ = ["count_terms_stream", "count_frames_stream", "count_terms_dask", "count_frames_dask", "iter_corpus"]

# ------------------------------------------------------------------------------------ reading in chunks
def _text_lengths(values: pd.Series) -> np.ndarray:
    return np.fromiter((len(t) if isinstance(t, str) else 0 for t in values), dtype=np.int64, count=len(values))


def _rebatch(frames: Iterable[pd.DataFrame], text: str, chunksize: int, max_chars: int) -> Iterator[pd.DataFrame]:
    """Re-cut raw frames into batches of at most ``chunksize`` rows and about ``max_chars`` characters."""
    buf: list[pd.DataFrame] = []
    n_buf = c_buf = 0
    for i, df in enumerate(frames):
        if not isinstance(df, pd.DataFrame):
            hint = {dict: "; for records (one dict per document) pass pd.DataFrame(records)",
                    str: "; for a list of texts pass pd.DataFrame({'text': texts})"}.get(type(df), "")
            raise TypeError(f"data must be a corpus path, a Corpus, a DataFrame or an iterable of DataFrames; item "
                            f"{i} of the iterable is not a DataFrame but {type(df).__name__}: {df!r:.60}{hint}")
        if text not in df.columns:
            raise ValueError(f"text column {text!r} not found; the columns are: {_fmt(df.columns, 40)}. "
                             f"Pass text='<column>' to name the column holding the documents' text.")
        lens = _text_lengths(df[text])
        start = 0
        while start < len(df):
            room = min(chunksize - n_buf, len(df) - start)
            cum = np.cumsum(lens[start:start + room])
            k = int(np.searchsorted(cum, max_chars - c_buf, side="right"))
            k = min(max(k, 1 if n_buf == 0 else 0), room)
            if k:
                buf.append(df.iloc[start:start + k])
                n_buf += k
                c_buf += int(cum[k - 1])
                start += k
            if k == 0 or n_buf >= chunksize or c_buf >= max_chars:
                yield pd.concat(buf, ignore_index=True) if len(buf) > 1 else buf[0].reset_index(drop=True)
                buf, n_buf, c_buf = [], 0, 0
    if buf:
        yield pd.concat(buf, ignore_index=True) if len(buf) > 1 else buf[0].reset_index(drop=True)


_LOAD_KEYS = ("text", "doc_id", "source", "title", "author", "date", "clean", "html_entities")
_STREAM_DOC_ID = "_discourse_doc_id"


def _raw_items(data: Any, load: dict, *, chunksize: int, max_chars: int, encoding: str, encoding_errors: str,
               skipped: list[dict]) -> tuple[Iterator[tuple[str, Any]], str, str | None]:
    """Items ("frame", (df, first_row_number)) or ("corpus", Corpus), the corpus name and its origin."""
    if isinstance(data, Corpus):
        return ((("corpus", c) for c in data.batches(chunksize, max_chars=max_chars)), data.name, data.origin)
    if isinstance(data, pd.DataFrame):
        frames: Iterable[pd.DataFrame] = [data]
        name, origin = load.get("name") or "corpus", None
    elif isinstance(data, (str, Path)):
        path = Path(data)
        if not path.exists():
            raise FileNotFoundError(f"corpus path {str(path)!r} does not exist")
        name = load.get("name") or (path.name.split(".")[0] if path.is_file() else path.name) or "corpus"
        origin = str(path)
        if path.is_dir() or path.suffix.lower() in (".txt", ".md"):
            # folders of text files: their texts are read as load_corpus reads them (held as text, not
            # as tokens); counting still goes chunk by chunk
            corpus = load_corpus(path, encoding=encoding, encoding_errors=encoding_errors, name=name,
                                 quoting=load.get("quoting", "auto"), sep=load.get("sep"),
                                 unlisted=load.get("unlisted", "error"), follow_links=load.get("follow_links", False),
                                 split_exports=load.get("split_exports", False),
                                 infer_types=load.get("infer_types", True), **{k: load[k] for k in _LOAD_KEYS})
            return ((("corpus", c) for c in corpus.batches(chunksize, max_chars=max_chars)), name, origin)
        frames = iter_documents(path, chunksize=min(chunksize, 1_000), encoding=encoding, sep=load.get("sep"),
                                quoting=load.get("quoting", "auto"),
                                encoding_errors=encoding_errors, skipped=skipped)
    elif isinstance(data, Iterable):
        frames = data
        name, origin = load.get("name") or "corpus", None
    else:
        raise TypeError(f"data must be a corpus path, a Corpus, a DataFrame or an iterable of DataFrames; got "
                        f"{type(data).__name__}")

    def numbered() -> Iterator[tuple[str, Any]]:
        row = 0
        for df in _rebatch(frames, load["text"], chunksize, max_chars):
            yield "frame", (df, row)
            row += len(df)

    return numbered(), name, origin


def _to_corpus(item: tuple[str, Any], load: dict, name: str, origin: str | None) -> tuple[Corpus | None, list, list]:
    """Build the chunk's Corpus exactly as load_corpus would; return it, what was skipped, and warnings."""
    kind, payload = item
    if kind == "corpus":
        return payload, [], []
    df, first = payload
    doc_id = load["doc_id"]
    if doc_id is None or (doc_id == "doc_id" and doc_id not in df.columns):  # numbered 0, 1, ... as load_corpus does
        df = df.copy()
        df[_STREAM_DOC_ID] = [str(i) for i in range(first, first + len(df))]
        doc_id = _STREAM_DOC_ID
    # is every text empty (missing, or a blank string)? Then the chunk is skipped whole, as load_corpus skips
    # each of its documents (Corpus.from_dataframe would refuse a corpus with no document). Anything else that
    # is not a string (a number) is not empty: from_dataframe refuses it, as load_corpus does, whatever the
    # chunk size. (``t and not t.isspace()`` is ``bool(t.strip())`` without copying the text)
    if not any((bool(t) and not t.isspace()) if isinstance(t, str) else not is_missing(t)
               for t in df[load["text"]]):
        skipped = [{"file": origin, "line": None, "doc_id": str(d), "reason": "empty text"} for d in df[doc_id]]
        return None, skipped, []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            # a CSV/TSV file's columns are strings: read those holding only numbers as numbers, as load_corpus
            # does (each chunk on its own; a chunk of numbers beside one of text meets it as strings in the counts)
            corpus = Corpus.from_dataframe(df, name=name, origin=origin, doc_id=doc_id,
                                           infer_types=load.get("infer_types", True) and origin is not None
                                           and file_format(Path(origin)) in ("csv", "tsv"),
                                           **{k: load[k] for k in _LOAD_KEYS if k != "doc_id"})
        except TypeError:
            _check_text_types(df, load["text"], doc_id, first, origin)  # the row numbers of the whole input
            raise
    # a metadata column that mixes numbers and strings is reported once for the whole input (_Reader, iter_corpus),
    # with the numbers of values of all the chunks, as load_corpus reports it
    msgs = [str(w.message) for w in caught if "item(s) skipped while loading" not in str(w.message)
            and not issubclass(w.category, MixedTypesWarning)]
    return corpus, corpus.skipped.to_dict("records") if len(corpus.skipped) else [], msgs


def _check_text_types(df: pd.DataFrame, text: str, doc_id: str, first: int, origin: str | None) -> None:
    """The TypeError of load_corpus for texts that are not strings, with row numbers counted over the whole
    input (``first`` is the chunk's first row), not within the chunk as Corpus.from_dataframe counts them."""
    texts = df[text]
    bad = [i for i, t in enumerate(texts) if not isinstance(t, str) and not is_missing(t)]
    if bad:
        i = bad[0]
        where = f"{origin}: " if origin else ""
        raise TypeError(f"{where}text column {text!r} must hold strings; row {first + i} (doc_id "
                        f"{str(df[doc_id].iloc[i])!r}) holds {type(texts.iloc[i]).__name__}: {texts.iloc[i]!r:.60} "
                        f"({len(bad)} such row(s) in rows {first}-{first + len(df) - 1}). Fix: store the text as "
                        "strings (e.g. df[col].astype(str) before saving), or name the column that holds the text "
                        "with text='<column>' (--text <column>)") from None


def _id_hashes(ids: pd.Series) -> np.ndarray:
    """64-bit hashes of the doc ids (pandas' vectorised, deterministic hash), for the duplicate check."""
    return pd.util.hash_array(ids.astype(str).to_numpy(dtype=object)).view(np.int64)


# ------------------------------------------------------------------------------------ chunk workers
def _count_chunk(item: tuple[str, Any], load: dict, name: str, origin: str | None, counter: Any) -> dict:
    """Load one chunk and count it with the counter's options (runs in the calling process or a worker)."""
    corpus, skipped, msgs = _to_corpus(item, load, name, origin)
    res: dict[str, Any] = {"skipped": skipped, "warnings": msgs, "n_docs": 0, "n_chars": 0,
                           "ids": np.array([], dtype=np.int64), "out": None, "kinds": {}}
    if corpus is None:
        return res
    res["kinds"] = getattr(corpus, "_kinds", {})  # a chunk of a loaded Corpus: load_corpus reported it
    docs = corpus.documents
    res["n_docs"] = len(docs)
    res["n_chars"] = int(_text_lengths(docs["text"]).sum())
    res["ids"] = _id_hashes(docs["doc_id"])
    if item[0] != "corpus":  # (a chunk of a loaded Corpus: load_corpus counted its repeats over the whole corpus)
        keys = duplicate_key_hashes(docs["text"].tolist())
        res["dups"], res["dups_within"] = keys, len(keys) - len(np.unique(keys))
    res.update(counter.count(corpus))
    return res


class _Reader:
    """What reading adds up beside the counts: documents, characters, chunks, skipped items, warnings and the
    doc ids (as 64-bit hashes, for the duplicate check at the end)."""

    def __init__(self, counter: Any) -> None:
        self.counter = counter
        self.skipped: list[dict] = []
        self.messages: dict[str, None] = {}
        self.ids: list[np.ndarray] = []
        # the duplicate keys of every document (corpus.duplicate_key_hashes) and the repeats each chunk's own loading
        # warned of: the repeats across chunks are the rest, which no chunk saw
        self.dups: list[np.ndarray] = []
        self.dups_within = 0
        self.n_docs = self.n_chars = self.n_chunks = 0
        self.kinds: dict[str, dict[str, list]] = {}  # numbers, strings, booleans in each metadata column

    def add(self, res: dict) -> None:
        self.n_chunks += 1
        self.skipped.extend(res["skipped"])
        self.messages.update(dict.fromkeys(res["warnings"]))
        self.n_docs += res["n_docs"]
        self.n_chars += res["n_chars"]
        self.ids.append(res["ids"])
        if res.get("dups") is not None:
            self.dups.append(res["dups"])
            self.dups_within += res.get("dups_within", 0)
        add_kinds(self.kinds, res.get("kinds", {}))
        self.counter.merge(res)

    def _check_ids(self) -> None:
        ids = np.concatenate(self.ids) if self.ids else np.array([], dtype=np.int64)
        self.ids = []
        if len(ids) and len(np.unique(ids)) != len(ids):
            raise ValueError(f"duplicate doc ids across chunks: {len(ids) - len(np.unique(ids))} document(s) "
                             "share an id with an earlier one; doc ids must be unique. Deduplicate the documents, "
                             "or pass doc_id=None to number them 0, 1, ...")

    def _report(self, name: str) -> None:
        for c, kinds in self.kinds.items():  # as load_corpus reports it, with the values of all the chunks
            if len(kinds) > 1:
                warnings.warn(mixed_message(c, kinds), MixedTypesWarning, stacklevel=4)
        shown = list(self.messages)[:5]
        for msg in shown:
            warnings.warn(msg, UserWarning, stacklevel=4)
        if len(self.messages) > len(shown):
            # five chunks' messages are shown, not hundreds; the rest are counted, never dropped without a word
            # (each chunk's message counts that chunk's documents only, so the ones shown are not the total)
            more = len(self.messages) - len(shown)
            warnings.warn(f"{more} more warning(s) from loading other chunks of {name!r} are not shown (each counts "
                          "the documents of its own chunk, so the ones above are not the totals); "
                          "dc.iter_corpus(...) shows every chunk's, dc.load_corpus(...) one for the whole corpus",
                          UserWarning, stacklevel=4)
        if self.dups:
            keys = np.concatenate(self.dups)
            across = len(keys) - len(np.unique(keys)) - self.dups_within
            if across > 0:
                # the chunks' own warnings count the repeats inside each chunk; a document repeating one of another
                # chunk (a retweet read thousands of rows after its post) had gone unreported
                warnings.warn(f"{across} document(s) of {name!r} repeat a document of another chunk (copies, retweets "
                              "or the same words up to case, punctuation, emoji and a letter's signature; the "
                              "chunks' own warnings count only the repeats inside each chunk); each counts again in "
                              "every table. "
                              "dc.find_duplicates(dc.load_corpus(...)) lists them", UserWarning, stacklevel=4)
        if self.skipped:
            first = self.skipped[0]
            warnings.warn(f"{len(self.skipped)} item(s) skipped while loading {name!r} (first: {first['reason']}, "
                          f"{first['file']}); see result.attrs['discourse_stream']['skipped']",
                          UserWarning, stacklevel=4)

    def partial(self) -> dict:
        """Everything added up so far, as one chunk result (a Dask partition's answer)."""
        return {**self.counter.partial(), "skipped": self.skipped, "warnings": list(self.messages),
                "n_docs": self.n_docs, "n_chars": self.n_chars, "kinds": self.kinds,
                "ids": np.concatenate(self.ids) if self.ids else np.array([], np.int64),
                "dups": np.concatenate(self.dups) if self.dups else None, "dups_within": self.dups_within}

    def result(self, name: str) -> pd.DataFrame:
        self._check_ids()
        if self.n_docs == 0:
            raise ValueError(f"the corpus {name!r} has no documents"
                             + (f" ({len(self.skipped)} skipped: {self.skipped[0]['reason']}...)" if self.skipped
                                else "") + "; check the path and the text column")
        self.counter.report_mixed = False  # _report warns as load_corpus does
        out = self.counter.to_frame()
        self._report(name)
        out.attrs["discourse_stream"] = {"documents": self.n_docs, "characters": self.n_chars,
                                         "chunks": self.n_chunks,
                                         "skipped": [{k: r.get(k) for k in ("file", "line", "doc_id", "reason")}
                                                     for r in self.skipped]}
        return out


# ------------------------------------------------------------------------------------ running chunks
def _check_n_jobs(n_jobs: Any) -> int:
    check_type("n_jobs", n_jobs, (int, np.integer), "an int (number of worker processes; -1 for all cores)")
    if isinstance(n_jobs, bool) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(f"n_jobs={n_jobs!r} is not valid; give 1 (serial), a number of processes, or -1 (all "
                         f"{os.cpu_count()} cores)")
    return (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)


def _check_folder_options(unlisted: Any, follow_links: Any, split_exports: Any = False) -> None:
    """The folder options of load_corpus, checked whatever the input (a CSV file does not use them)."""
    check_one_of("unlisted", unlisted, ["error", "include", "skip"])
    check_flag("follow_links", follow_links)
    check_flag("split_exports", split_exports)


def _check_chunks(chunksize: Any, max_chars: Any) -> None:
    for p, v in (("chunksize", chunksize), ("max_chars", max_chars)):
        check_type(p, v, (int, np.integer), "an int")
        if isinstance(v, bool) or v < 1:
            raise ValueError(f"{p}={v!r} must be a positive number")


def _run(items: Iterator, n_jobs: int, fn, args: tuple) -> Iterator[dict]:
    """Apply ``fn(item, *args)`` to every item, serially or in worker processes, yielding results in order.

    At most ``2 * n_jobs`` chunks are in flight, so reading never runs ahead of counting.
    """
    if n_jobs == 1:
        for item in items:
            yield fn(item, *args)
        return
    from collections import deque

    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        window: deque = deque()
        for item in items:
            window.append(pool.submit(fn, item, *args))
            if len(window) >= 2 * n_jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _stream(data: Any, counter: Any, *, text: str, doc_id: str | None, source: str | None, title: str | None,
            author: str | None, date: str | None, clean: bool, html_entities: bool, name: str | None,
            encoding: str, encoding_errors: str, sep: str | None, quoting: str, unlisted: str, follow_links: bool,
            split_exports: bool,
            chunksize: int, max_chars: int, n_jobs: Any,
            show_progress: bool | None, desc: str, infer_types: bool = True) -> pd.DataFrame:
    _check_chunks(chunksize, max_chars)
    _check_folder_options(unlisted, follow_links, split_exports)
    n = _check_n_jobs(n_jobs)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "html_entities": html_entities, "name": name, "sep": sep, "quoting": quoting,
            "unlisted": unlisted, "follow_links": follow_links,
            "split_exports": split_exports, "infer_types": check_flag("infer_types", infer_types)}
    skipped: list[dict] = []
    items, cname, origin = _raw_items(data, load, chunksize=chunksize, max_chars=max_chars, encoding=encoding,
                                      encoding_errors=encoding_errors, skipped=skipped)
    reader = _Reader(counter)
    results = _run(items, n, _count_chunk, (load, cname, origin, counter))
    for res in progress(results, desc=desc, disable=None if show_progress is None else not show_progress):
        reader.add(res)
    reader.skipped = skipped + reader.skipped  # unreadable lines first, as load_corpus lists them
    return reader.result(cname)


_LOAD_DOC = """data : path, Corpus, DataFrame or iterable of DataFrames
        A corpus file (``.csv``, ``.tsv``, ``.jsonl``/``.ndjson``, optionally ``.gz``, ``.parquet``) read in
        chunks; a folder of ``.txt``/``.md`` files or one text file (their texts are read by
        :func:`~discourse.load_corpus`, tokens are still made chunk by chunk); a loaded
        :class:`~discourse.Corpus`; a DataFrame with one row per document; or any iterable of such
        DataFrames (e.g. ``pd.read_sql(..., chunksize=...)``); an item that is not a DataFrame (a dict, a
        string) is a TypeError naming it. A text that is not a string (a number) is a TypeError as for
        load_corpus, whatever the chunk size; chunks whose texts are all missing or blank are skipped.
    text, doc_id, source, title, author, date, clean, html_entities, infer_types, name, encoding, encoding_errors, sep, quoting
        As for :func:`~discourse.load_corpus` (ignored for a Corpus): ``infer_types=False`` keeps every metadata
        column of a CSV/TSV file as text (by default a column holding only numbers is read as numbers, chunk by
        chunk, as load_corpus reads it); ``html_entities=False`` keeps HTML
        character references (``&amp;``) as written, as it does there (they were always decoded here, so the
        streamed counts of such a corpus could not match ``load_corpus(..., html_entities=False)``).
        Documents without a doc id are
        numbered 0, 1, ... over the whole input, as load_corpus numbers them. A metadata column that mixes
        numbers and strings is counted as strings, as load_corpus reads it, with its one warning counting
        the values of all the chunks, whatever the chunk size (a chunk holding only numbers keeps them when
        loaded; the counts read them as strings when adding the chunks up).
    unlisted, follow_links, split_exports
        As for :func:`~discourse.load_corpus`, for a folder of text files (the files its ``metadata.csv`` does not
        list; symbolic links out of the folder; the articles of a news-database export file as documents of their
        own). Its error for an unlisted file names ``unlisted=``, and its warning about an export file
        ``split_exports=``, which the streams had no way to pass.
    chunksize, max_chars : int
        A chunk holds at most ``chunksize`` documents and about ``max_chars`` characters (at least one
        document). Peak memory grows with these, not with the corpus.
    n_jobs : int
        Worker processes (``1``: this process; ``-1``: every core). Chunks are merged in input order and
        the result is identical to the serial one.
    progress : bool, optional
        Show a progress bar (chunks done); default: only when stderr is a terminal."""


def _load_doc(func):
    """Put the shared description of the loading parameters into a streaming function's docstring."""
    func.__doc__ = func.__doc__.replace("{load}", _LOAD_DOC)
    return func


@_load_doc
def count_terms_stream(data: Any, *, by: str | Sequence[str] | None = "source",
                       ngram: int | tuple[int, int] = (1, 1), drop_stop: bool = False, drop_punct: bool = True,
                       min_count: int = 1, lexicon: Any = None, column: str = "norm", text: str = "text",
                       doc_id: str | None = "doc_id", source: str | None = "source", title: str | None = "title",
                       author: str | None = "author", date: str | None = "date", clean: bool = True,
                       html_entities: bool = True, infer_types: bool = True, name: str | None = None, encoding: str = "utf-8",
                       encoding_errors: str = "strict", sep: str | None = None, quoting: str = "auto",
                       unlisted: str = "error", follow_links: bool = False, split_exports: bool = False,
                       chunksize: int = 10_000, max_chars: int = 4_000_000, n_jobs: int = 1,
                       fast: bool | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Term counts of a corpus of any size, read and counted chunk by chunk.

    The result equals ``count_terms(tokenize(load_corpus(data, ...), metadata=...), by=by, ...)`` exactly
    (rows, values, dtypes, order and ``attrs``) while only one chunk's tokens are ever in memory; feed it
    to :func:`discourse.keyness` or :func:`discourse.keyness_all` like any other counts.

    Parameters
    ----------
    {load}
    by, ngram, drop_stop, drop_punct, min_count, lexicon, column
        As for :func:`discourse.count_terms`. ``by`` may name document metadata (``source``, ``year``...)
        and token columns (``voice``, ``speaker``, ``quote_kind``: quotations are then found, which is
        slower). ``min_count`` is applied after all chunks are added up, to each term's count over all
        groups (a term kept keeps its row in every group), as in :func:`discourse.count_terms`.
    fast : bool, optional
        Word counts (``ngram=1``, no lexicon, groups from document metadata) use a path that skips the
        token table, sentences and quotations: texts are split into white-space-separated words (in C++ by
        pyarrow when it is installed, else by ``str.split``), each distinct word is tokenised once per
        process with the tokenizer's own pattern, and counts are added up on integer codes (the same counts
        as the token table, tested; on the UN corpus faster than scikit-learn's ``CountVectorizer``, see
        ``benchmarks/bench_count.py``). ``None`` chooses it when it applies, ``False`` always builds token
        tables.

    Returns
    -------
    DataFrame as :func:`discourse.count_terms`: the ``by`` columns, ``term``, ``n``, ``n_docs``, sorted by
    group then term, with ``attrs["discourse_counts"]`` (``by``, group ``totals``, ``doc_totals``,
    ``ngram``, ``column``, ``min_count``). ``attrs["discourse_stream"]`` records ``documents``, ``characters``, ``chunks``
    and ``skipped`` (a list of dicts with ``file``, ``line``, ``doc_id``, ``reason``: plain values, so that
    pandas can compare ``attrs`` when such tables are concatenated or merged).
    """
    counter = TermCounts(by=by, ngram=ngram, drop_stop=drop_stop, drop_punct=drop_punct, min_count=min_count,
                         lexicon=lexicon, column=column, fast=fast)
    return _stream(data, counter, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                   clean=clean, html_entities=html_entities, infer_types=infer_types, name=name, encoding=encoding,
                   encoding_errors=encoding_errors, sep=sep, quoting=quoting, unlisted=unlisted,
                   follow_links=follow_links, split_exports=split_exports,
                   chunksize=chunksize, max_chars=max_chars, n_jobs=n_jobs, show_progress=progress,
                   desc="counting terms (chunks)")


@_load_doc
def count_frames_stream(data: Any, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                        voice: bool | str | Sequence[str] = True, categories: str | Sequence[str] | None = None,
                        on: str = "norm", quotes: bool = True, text: str = "text", doc_id: str | None = "doc_id",
                        source: str | None = "source", title: str | None = "title", author: str | None = "author",
                        date: str | None = "date", clean: bool = True, html_entities: bool = True, infer_types: bool = True,
                        name: str | None = None,
                        encoding: str = "utf-8", encoding_errors: str = "strict", sep: str | None = None,
                        quoting: str = "auto", unlisted: str = "error", follow_links: bool = False,
                        split_exports: bool = False,
                        chunksize: int = 10_000,
                        max_chars: int = 4_000_000, n_jobs: int = 1, fast: bool | None = None,
                        progress: bool | None = None) -> pd.DataFrame:
    """Frame hits and rates per group, frame and voice for a corpus of any size, chunk by chunk.

    The result equals ``count_frames(tokenize(load_corpus(data, ...), metadata=..., quotes=quotes),
    lexicon, by=by, ...)`` exactly. Hits, stances and word tokens add up over chunks; ``rate`` is
    recomputed from the totals (``1000 * n / n_tokens``).

    Parameters
    ----------
    {load}
    lexicon, by, voice, categories, on
        As for :func:`discourse.count_frames`.
    quotes : bool
        Find quotations (voice, stance); ``False`` counts every token as the author's voice, as
        ``tokenize(..., quotes=False)`` does.
    fast : bool, optional
        Count from the text with :class:`discourse.matcher.FrameMatcher` (an Aho-Corasick automaton; no
        token table: only the tokens before each hit are read, for its stance, and words are counted
        chunk by chunk of the text). It applies when ``on="norm"`` and ``by`` names document columns;
        ``None`` (default) chooses it then, ``False`` always tokenises (the token path). Both give the
        same table.

    Returns
    -------
    DataFrame as :func:`discourse.count_frames`: the ``by`` columns, ``frame``, ``voice``, ``n``,
    ``n_endorsed``, ``n_distanced``, ``n_quoted``, ``n_tokens``, ``rate``; ``attrs["discourse_stream"]`` as
    in :func:`count_terms_stream`.
    """
    counter = FrameCounts(lexicon, by=by, voice=voice, categories=categories, on=on, quotes=quotes, fast=fast)
    return _stream(data, counter, text=text, doc_id=doc_id, source=source, title=title, author=author, date=date,
                   clean=clean, html_entities=html_entities, infer_types=infer_types, name=name, encoding=encoding,
                   encoding_errors=encoding_errors, sep=sep, quoting=quoting, unlisted=unlisted,
                   follow_links=follow_links, split_exports=split_exports,
                   chunksize=chunksize, max_chars=max_chars, n_jobs=n_jobs, show_progress=progress,
                   desc="counting frames (chunks)")


def iter_corpus(data: Any, *, text: str = "text", doc_id: str | None = "doc_id", source: str | None = "source",
                title: str | None = "title", author: str | None = "author", date: str | None = "date",
                clean: bool = True, html_entities: bool = True, infer_types: bool = True, name: str | None = None, encoding: str = "utf-8",
                encoding_errors: str = "strict", sep: str | None = None, quoting: str = "auto",
                unlisted: str = "error", follow_links: bool = False, split_exports: bool = False,
                chunksize: int = 10_000, max_chars: int = 4_000_000,
                skipped: list[dict[str, Any]] | None = None) -> Iterator[Corpus]:
    """Yield a corpus chunk by chunk, each chunk a :class:`~discourse.Corpus` as load_corpus would build it.

    For analyses that the counting functions do not cover: tokenise each chunk and keep what you need.
    Chunks where every text is empty (missing or blank) are left out; their documents are skipped, as by
    load_corpus, like unreadable lines and the empty documents of other chunks (which are also in each
    chunk's ``Corpus.skipped``). Every skipped item is appended to ``skipped`` (when given; dicts with
    ``file``, ``line``, ``doc_id``, ``reason``) and, once the last chunk is read, one UserWarning says how many
    there were. A text that is not a string (a number) is a TypeError, as for load_corpus, whatever the chunk
    size. A metadata column that mixes numbers and strings (``2000`` and ``"2000"``) is read as strings in
    each chunk that holds both, as load_corpus reads it; a chunk that holds only numbers keeps them (it is read
    on its own), and once the last chunk is read one :class:`~discourse.corpus.MixedTypesWarning` names the
    column. :class:`~discourse.TermCounts` and :class:`~discourse.FrameCounts` count such numbers as strings
    when they add the chunks up; make the column one type before loading to have it so in every chunk.
    A CSV/TSV file's columns that hold only numbers are read as numbers in each chunk, as load_corpus reads
    them; ``infer_types=False`` keeps them as text.
    """
    _check_chunks(chunksize, max_chars)
    _check_folder_options(unlisted, follow_links, split_exports)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "html_entities": html_entities, "name": name, "sep": sep, "quoting": quoting,
            "unlisted": unlisted, "follow_links": follow_links,
            "split_exports": split_exports, "infer_types": check_flag("infer_types", infer_types)}
    unreadable: list[dict[str, Any]] = []
    items, cname, origin = _raw_items(data, load, chunksize=chunksize, max_chars=max_chars, encoding=encoding,
                                      encoding_errors=encoding_errors, skipped=unreadable)
    left_out: list[dict[str, Any]] = []
    kinds: dict[str, dict[str, list]] = {}
    for item in items:
        corpus, chunk_skipped, msgs = _to_corpus(item, load, cname, origin)
        left_out.extend(chunk_skipped)
        if corpus is not None:
            add_kinds(kinds, getattr(corpus, "_kinds", {}))
        for m in msgs:
            warnings.warn(m, UserWarning, stacklevel=2)
        if corpus is not None:
            yield corpus
    for c, ks in kinds.items():
        if len(ks) > 1:
            warnings.warn(mixed_message(c, ks, in_chunks=True), MixedTypesWarning, stacklevel=2)
    every = unreadable + left_out  # unreadable lines first, as load_corpus lists them
    if skipped is not None:
        skipped.extend({k: r.get(k) for k in ("file", "line", "doc_id", "reason")} for r in every)
    if every:
        ids = [r["doc_id"] for r in every if r.get("doc_id") is not None]
        where = f", {every[0]['file']}" if every[0].get("file") is not None else ""
        warnings.warn(f"{len(every)} item(s) skipped while loading {cname!r} (first: {every[0]['reason']}{where}"
                      + (f"; doc_id {_fmt(ids, 5)}" if ids else "") + "); pass "
                      "iter_corpus(..., skipped=[]) to get the list", UserWarning, stacklevel=2)


# ------------------------------------------------------------------------------------ Dask
def _dask_partition(part: Any, offset: int, load: dict, name: str, counter: Any, chunksize: int,
                    max_chars: int) -> dict:
    """Count one Dask partition (a DataFrame, or a list of dicts from a bag) in bounded sub-chunks."""
    df = part if isinstance(part, pd.DataFrame) else pd.DataFrame(list(part))
    reader = _Reader(counter.fresh())  # threads of one process may run partitions at once: never share state
    if len(df):
        row = offset
        for sub in _rebatch([df], load["text"], chunksize, max_chars):
            reader.add(_count_chunk(("frame", (sub, row)), load, name, None, counter))
            row += len(sub)
    return reader.partial()


def _dask(data: Any, counter: Any, load: dict, chunksize: int, max_chars: int, show_progress: bool | None) -> pd.DataFrame:
    try:
        import dask
        import dask.bag as db
        import dask.dataframe as dd
    except ImportError:
        raise ImportError("the Dask path needs dask: pip install 'discourse[dask]'") from None
    if isinstance(data, dd.DataFrame):
        parts = list(data.to_delayed())
        has_ids = load["doc_id"] is not None and load["doc_id"] in data.columns
    elif isinstance(data, db.Bag):
        parts = list(data.to_delayed())
        has_ids = False if load["doc_id"] is None else None
    else:
        raise TypeError(f"data must be a dask.dataframe.DataFrame or a dask.bag.Bag of dicts (one per document); "
                        f"got {type(data).__name__}. For files and pandas objects use count_terms_stream")
    name = load.get("name") or "corpus"
    if has_ids is False or has_ids is None:  # numbering needs each partition's length first
        lengths = dask.compute(*[dask.delayed(len)(p) for p in parts])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(int).tolist() if parts else []
    else:
        offsets = [0] * len(parts)
    tasks = [dask.delayed(_dask_partition)(p, off, load, name, counter, chunksize, max_chars)
             for p, off in zip(parts, offsets, strict=True)]
    results = dask.compute(*tasks)
    reader = _Reader(counter)
    for res in progress(results, total=len(results), desc="merging partitions",
                        disable=None if show_progress is None else not show_progress):
        reader.add(res)
    return reader.result(name)


def count_terms_dask(data: Any, *, by: str | Sequence[str] | None = "source", ngram: int | tuple[int, int] = (1, 1),
                     drop_stop: bool = False, drop_punct: bool = True, min_count: int = 1, lexicon: Any = None,
                     column: str = "norm", text: str = "text", doc_id: str | None = "doc_id",
                     source: str | None = "source", title: str | None = "title", author: str | None = "author",
                     date: str | None = "date", clean: bool = True, html_entities: bool = True, name: str | None = None,
                     chunksize: int = 10_000, max_chars: int = 4_000_000, fast: bool | None = None,
                     progress: bool | None = None) -> pd.DataFrame:
    """:func:`count_terms_stream` on a ``dask.dataframe.DataFrame`` or ``dask.bag.Bag`` of documents.

    Each partition is loaded, tokenised and counted on the Dask workers (of the active scheduler: a
    ``distributed.Client`` when one is running); only the per-partition counts come back and are added up
    here. The result equals the in-memory path exactly (rows, values, order, ``attrs``). A bag holds one
    dict per document (keys as the DataFrame's columns). Documents without a doc id are numbered 0, 1, ...
    in partition order. Needs the ``dask`` extra: ``pip install 'discourse[dask]'``. Parameters and
    returned columns as :func:`count_terms_stream`.
    """
    _check_chunks(chunksize, max_chars)
    counter = TermCounts(by=by, ngram=ngram, drop_stop=drop_stop, drop_punct=drop_punct, min_count=min_count,
                         lexicon=lexicon, column=column, fast=fast)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "html_entities": html_entities, "name": name}
    return _dask(data, counter, load, chunksize, max_chars, progress)


def count_frames_dask(data: Any, lexicon: Any = "framing", *, by: str | Sequence[str] | None = "source",
                      voice: bool | str | Sequence[str] = True, categories: str | Sequence[str] | None = None,
                      on: str = "norm", quotes: bool = True, text: str = "text", doc_id: str | None = "doc_id",
                      source: str | None = "source", title: str | None = "title", author: str | None = "author",
                      date: str | None = "date", clean: bool = True, html_entities: bool = True, name: str | None = None,
                      chunksize: int = 10_000, max_chars: int = 4_000_000, fast: bool | None = None,
                      progress: bool | None = None) -> pd.DataFrame:
    """:func:`count_frames_stream` on a ``dask.dataframe.DataFrame`` or ``dask.bag.Bag`` of documents.

    Partitions are counted on the Dask workers, the counts added up here; ``rate`` is recomputed from
    the totals. Identical to the in-memory :func:`discourse.count_frames`. Parameters and returned
    columns as :func:`count_frames_stream`.
    """
    _check_chunks(chunksize, max_chars)
    counter = FrameCounts(lexicon, by=by, voice=voice, categories=categories, on=on, quotes=quotes, fast=fast)
    load = {"text": text, "doc_id": doc_id, "source": source, "title": title, "author": author, "date": date,
            "clean": clean, "html_entities": html_entities, "name": name}
    return _dask(data, counter, load, chunksize, max_chars, progress)
