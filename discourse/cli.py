"""The ``discourse`` command.

Each subcommand has an ``_add_<name>(subparsers)`` function that declares its arguments and sets
``func`` to the function that runs it. PATH is optional everywhere: without it, the bundled seed corpus.
"""

from __future__ import annotations

import argparse
import errno
import sys
import traceback
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._util import SEED_MAX, _fmt, warn_deprecated
from .errors import DeprecatedNameWarning
from .resample import DEFAULT_INTERVAL, INTERVALS, N_BOOT

__all__ = ["main"]

# commands whose --out is a folder (kwic's --out is a CSV file)
_OUT_FOLDER_COMMANDS = {"report", "frames", "topics", "keyness"}


class _OptionError(ValueError):
    """A command-line option that cannot work, found before any work is done (exit code 2)."""


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def _check_writable(out: Path, folder: Path) -> None:
    """An error before any work when nothing can be written in ``folder`` (the first existing folder of
    ``--out``): a file is made and removed there. The results of a whole run had been printed before the
    failure to write them (permissions, a read-only or full file system, /proc)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        raise _OptionError(f"--out {str(out)!r}: nothing can be written in {str(folder)!r} "
                           f"({err.strerror or err}). Fix: pass --out a folder you can write to") from None


def _check_out(args: argparse.Namespace) -> None:
    """``--out`` must be a folder (or a file for ``kwic``) that can be made: checked before any work."""
    out = getattr(args, "out", None)
    if out is None:
        return
    if not str(out).strip():
        raise _OptionError(f"--out {out!r} is empty. Fix: pass --out a folder name (a file name for kwic), or "
                           "leave --out out")
    out = Path(out)
    if getattr(args, "command", None) in _OUT_FOLDER_COMMANDS:
        if out.exists() and not out.is_dir():
            raise _OptionError(f"--out {str(out)!r} is a file, not a folder. Fix: pass --out a new or existing "
                               "folder (the tables and provenance.json are written into it)")
        first = next((q for q in (out, *out.parents) if q.exists()), None)
        if first is not None and not first.is_dir():
            raise _OptionError(f"--out {str(out)!r}: {str(first)!r} is a file, so the folder cannot be made. "
                               "Fix: pass --out a folder path")
        if first is not None:
            _check_writable(out, first)
    else:
        if out.is_dir():
            raise _OptionError(f"--out {str(out)!r} is a folder; this command writes one CSV file. Fix: pass "
                               "--out a file name such as lines.csv")
        if not out.parent.is_dir():
            raise _OptionError(f"--out {str(out)!r}: the folder {str(out.parent)!r} does not exist. Fix: make "
                               "it first, or pass --out a file in an existing folder")
        _check_writable(out, out.parent)
        corpus = getattr(args, "path", None)
        if corpus is not None and out.exists() and Path(corpus).exists():
            try:
                same = out.resolve() == Path(corpus).resolve()
            except (OSError, RuntimeError):
                same = False
            if same:  # (it replaced the corpus with the concordance lines, exit 0)
                raise _OptionError(f"--out {str(out)!r} is the corpus file itself, which it would overwrite. Fix: "
                                   "pass --out a new file name such as lines.csv")


#: numeric options and their allowed range (low, high; None = no bound), checked before any work. The same
#: option name has the same range in every command that has it.
_INT_RANGES: dict[str, tuple[str, int, int | None, str]] = {
    "n_boot": ("--n-boot", 0, None, "0 turns the bootstrap intervals off"),
    "random_state": ("--random-state", 0, SEED_MAX, "numpy's seeds"),
    "max_groups": ("--max-groups", 1, None, "groups shown in the figures"),
    "dpi": ("--dpi", 50, 600, "resolution of the PNG figures in dots per inch; the SVG files are vector"),
    "max_rows": ("--max-rows", 0, None, "sources listed"),
    "min_count": ("--min-count", 1, None, "occurrences a term needs"),
    "window": ("--window", 0, None, "tokens of context"),
    "width": ("--width", 1, None, "characters of context shown"),
    "max_lines": ("--max-lines", 0, None, "lines printed; --out writes them all"),
    "n_topics": ("-k/--n-topics", 1, None, "topics"),
    "window_size": ("--window-size", 1, None, "tokens per window"),
    "passes": ("--passes", 1, None, "training passes"),
    "iterations": ("--iterations", 1, None, "inference iterations"),
    "n_random_states": ("--n-random-states", 1, None, "random seeds per K"),
    "top_n": ("--top-n", 1, None, "terms shown per topic or contrast"),
}


def _missing_as_group(tokens, by: str):
    """Documents without a value of ``--by`` form the group "(missing)", as in the report and in every command
    (keyness refused them and asked to fill them, which no flag can do; frames labelled them NaN or NaT; topics
    dropped them from every table): one rule, ``plots.group_labels``'s."""
    if by != "doc_id" and by in tokens.columns and tokens[by].isna().any():
        from .plots import group_labels

        tokens[by] = group_labels(tokens[by])
    return tokens


def _check_options(args: argparse.Namespace) -> None:
    """Every numeric option in its range, and the options written as text parsed, before any work: a
    value out of range is a one-line error naming the flag, the allowed range and the fix (exit 2)."""
    import math

    from .corpus import file_format

    if getattr(args, "pairs", False) and getattr(args, "target", None) is not None:
        raise _OptionError("--pairs and --target: --pairs contrasts every pair of groups, --target one group with "
                           "the rest. Fix: pass one of them")
    query = getattr(args, "query", None)
    if getattr(args, "command", None) == "kwic" and getattr(args, "path", None) is None and query is not None \
            and (Path(query).exists() or file_format(Path(query))):
        # 'discourse kwic mycorpus.csv' took the file name for the query and searched the bundled seeds for it
        raise _OptionError(f"QUERY is missing: {query!r} was read as the query and the bundled seeds as the corpus. "
                           f"Fix: discourse kwic {query} QUERY (the corpus first, then the word to search)")
    for dest, (flag, low, high, what) in _INT_RANGES.items():
        value = getattr(args, dest, None)
        if value is None:
            continue
        if dest == "n_topics" and getattr(args, "command", None) == "report":
            continue  # the report asks for at least 2 itself (_run_report), naming the default
        if value < low or (high is not None and value > high):
            allowed = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise _OptionError(f"{flag} {value}: must be {allowed} ({what}). Fix: pass {flag} {allowed}")
    if getattr(args, "command", None) == "topics":
        # an option that cannot apply was ignored without a word (--window-size without --unit window,
        # --n-random-states without --choose-k)
        if args.window_size is not None and args.unit != "window":
            raise _OptionError(f"--window-size {args.window_size} applies to --unit window only (the unit is "
                               f"{args.unit!r}). Fix: add --unit window, or leave --window-size out")
        if args.n_random_states is not None and not args.choose_k:
            raise _OptionError(f"--n-random-states {args.n_random_states} applies to --choose-k only. Fix: add "
                               "--choose-k K1:K2, or leave --n-random-states out")
    seeds = getattr(args, "n_random_states", None) or 3  # (3: --n-random-states' default)
    if getattr(args, "choose_k", None) and args.random_state + seeds - 1 > SEED_MAX:
        raise _OptionError(f"--random-state {args.random_state} with --n-random-states {seeds}: the seeds run past "
                           f"2**32 - 1 ({SEED_MAX}). Fix: pass a smaller --random-state")
    scale = getattr(args, "prior_scale", None)
    if scale is not None and not (math.isfinite(scale) and scale > 0):
        raise _OptionError(f"--prior-scale {scale}: must be a finite number > 0 (the mean prior pseudo-count per "
                           "term). Fix: pass e.g. --prior-scale 1")
    share = getattr(args, "max_doc_share", None)
    if share is not None and not (0 < share <= 1):
        raise _OptionError(f"--max-doc-share {share}: must be > 0 and at most 1 (the share of units a term may "
                           "be in; 1 keeps every term). Fix: pass e.g. --max-doc-share 0.5")
    if getattr(args, "ngram", None) is not None:
        _parse_ngram(args.ngram)
    if getattr(args, "choose_k", None) is not None:
        _parse_k_range(args.choose_k)


def _parse_ngram(text: str) -> tuple[int, int]:
    """``--ngram``: ``"2"`` -> (2, 2), ``"1:3"`` -> (1, 3)."""
    lo, sep, hi = str(text).partition(":")
    try:
        n = (int(lo), int(hi if sep else lo))
    except ValueError:
        n = (0, 0)
    if n[0] < 1 or n[1] < n[0]:
        raise _OptionError(f"--ngram {text!r}: not an n-gram length; write N or N:M with 1 <= N <= M (e.g. 1, 2 "
                           "or 1:3)")
    return n


def _describe_error(err: BaseException) -> tuple[int, str] | None:
    """(exit code, one-line message) for an anticipated error; None for a bug (re-raised with its traceback)."""
    if isinstance(err, FileNotFoundError) and not err.filename:  # the library's own message names the path
        return 2, _one_line(err)
    if isinstance(err, (NotADirectoryError, FileExistsError, IsADirectoryError)):
        what = err.filename or ""
        return 2, _one_line(f"{what}: {err.strerror or err} (a file where a folder is needed, or the reverse). "
                            "Fix: pass --out a folder that is not a file, or remove the file in the way")
    if isinstance(err, FileNotFoundError):
        return 2, _one_line(f"{err.filename}: no such file or folder. Fix: check the path")
    if isinstance(err, PermissionError) or (isinstance(err, OSError) and err.errno == errno.EROFS):
        return 1, _one_line(f"{err.filename or ''}: cannot write or read here ({err.strerror or err}). Fix: pass "
                            "--out a folder you can write to, or change the permissions")
    if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
        return 1, _one_line(f"{err.filename or ''}: no space left on the disk ({err.strerror or err}). Fix: free "
                            "space, or pass --out a folder on another disk")
    if isinstance(err, BrokenPipeError):
        return None
    if isinstance(err, OSError):
        return 1, _one_line(f"{err.filename or ''}: {err.strerror or err}")
    if isinstance(err, (ValueError, TypeError, UnicodeError)):  # InputError, _OptionError and bad values
        return 2, _one_line(err)
    if isinstance(err, ImportError):
        return 1, _one_line(f"{err}. Fix: install the missing package")
    if isinstance(err, MemoryError):
        return 1, ("out of memory. Fix: use a smaller corpus or the streaming functions "
                   "(discourse.count_terms_stream, count_frames_stream)")
    return None


def _corpus_args(p: argparse.ArgumentParser) -> None:
    """Arguments every subcommand that reads a corpus shares."""
    p.add_argument("path", nargs="?", default=None,
                   help="folder of .txt/.md files, or a .csv/.tsv/.jsonl(.gz)/.json/.parquet file (default: the "
                   "bundled seeds)")
    p.add_argument("--text", default="text", help="column holding the text (tables only; default: text)")
    p.add_argument("--doc-id", default="doc_id",
                   help="column holding document ids (default: doc_id, else numbered); 'none' numbers them")
    p.add_argument("--source", default="source", help="column holding the source/outlet (default: source)")
    p.add_argument("--date", default="date", help="column holding dates (default: date)")
    # load_corpus's title= and author= (a scraper's "headline", "byline"): the other named columns had a flag
    p.add_argument("--title", default="title", help="column holding the title (default: title)")
    p.add_argument("--author", default="author", help="column holding the author (default: author)")
    p.add_argument("--encoding", default="utf-8", help="text encoding of the files (default: utf-8; a "
                   "byte-order mark overrides it)")
    p.add_argument("--encoding-errors", default="strict", choices=list(_ENCODING_ERRORS),
                   help="what to do with bytes the encoding cannot decode (default: strict = error; replace "
                   "substitutes U+FFFD)")
    p.add_argument("--sep", default=None, help="delimiter of a .csv/.tsv file, e.g. ';' or '\\t' (default: "
                   "',' for .csv, tab for .tsv)")
    p.add_argument("--quoting", default="auto", choices=["auto", "csv", "none"],
                   help="quotation marks in a .csv/.tsv file: auto (default: CSV quoting, refused where a text's "
                   "opening mark would run on over the following rows), csv (CSV quoting, unchecked) or none "
                   "(marks are text; one row per line)")
    p.add_argument("--unlisted", default="error", choices=["error", "include", "skip"],
                   help="folder files that metadata.csv does not name: error (default), include them without "
                   "metadata, or skip them (reported)")
    p.add_argument("--drop-duplicates", action="store_true",
                   help="leave out documents that repeat an earlier one (copies, retweets 'RT @user: ...', the same "
                   "words up to case and punctuation; dc.find_duplicates lists them); default: keep them, with a "
                   "warning")
    p.add_argument("--drop-near-duplicates", action="store_true",
                   help="leave out documents that are near copies of an earlier one, texts of any length (a wire "
                   "story in several outlets with a new headline or a cut paragraph: word 5-gram resemblance at "
                   "least --near-threshold; dc.find_near_duplicates lists them); default: keep them")
    p.add_argument("--near-threshold", type=float, default=None,
                   help="the least resemblance (Jaccard of word 5-grams) of a near copy, from 0.2 to 1 "
                   "(default 0.8; needs --drop-near-duplicates)")
    p.add_argument("--near-measure", choices=("resemblance", "containment"), default=None,
                   help="what --near-threshold bounds: resemblance (default) or containment, the share of the "
                   "shorter text's word 5-grams found in the other (form letters that signers add their own "
                   "sentences to; from 0.5 to 1; needs --drop-near-duplicates)")
    p.add_argument("--set-aside-repeated", action="store_true",
                   help="set aside the lines that many documents of one source repeat (a slogan, 'Follow us on "
                   "...', a disclaimer, a company's 'About' paragraph: rule repeated-line; dc.find_repeated_lines "
                   "lists them); default: keep them")
    p.add_argument("--repeated-min-share", type=float, default=None,
                   help="the least share of a source's documents that must hold a line (default 0.5; needs "
                   "--set-aside-repeated)")
    p.add_argument("--repeated-min-docs", type=int, default=None,
                   help="the fewest documents of a source that must hold a line (default 3; needs "
                   "--set-aside-repeated)")
    p.add_argument("--repeated-unit", default=None, choices=["line", "paragraph"],
                   help="compare lines (default) or paragraphs, runs of lines between blank lines (needs "
                   "--set-aside-repeated)")
    p.add_argument("--split-exports", action="store_true",
                   help="read each article of a news-database export file (LexisNexis 'Document 3 of 40', Nexis "
                   "Uni 'End of Document', Factiva 'Document <accession number>') as a document of its own, with "
                   "its publication, date, headline and byline (default: one document per file, with a warning)")
    p.add_argument("--keep-entities", action="store_true",
                   help="keep HTML character references (&amp; &quot; &#39;) as written (default: decode them, "
                   "with a warning)")
    p.add_argument("--no-infer-types", action="store_true",
                   help="keep every metadata column of a CSV/TSV file or metadata.csv as text (default: a column "
                   "holding only numbers is read as numbers, so 1, 2, ..., 10 sort as numbers, with a warning)")
    p.add_argument("--follow-links", action="store_true",
                   help="read symbolic links that point outside the corpus folder (default: list them as skipped)")
    p.add_argument("--no-clean", action="store_true", help="do not set aside headers and boilerplate")
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="on an error, show the full traceback, not only the one-line message")


# the values of --encoding-errors (discourse.corpus.ENCODING_ERRORS; repeated here so that building the
# parser imports no pandas)
_ENCODING_ERRORS = ("strict", "replace", "ignore", "backslashreplace")


def _sep_arg(value: str | None) -> str | None:
    """``--sep``: backslash escapes (``'\\t'``) and the words ``tab``, ``comma``, ``semicolon``, ``pipe``."""
    if value is None:
        return None
    words = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
    if value.lower() in words:
        return words[value.lower()]
    if "\\" in value:
        import codecs

        value = codecs.decode(value, "unicode_escape")
    return value


class _DeprecatedFlag(argparse.Action):
    """An old name of a flag (``--seed`` for ``--random-state``), accepted for one release: it stores into the
    new flag's destination and warns naming the new flag, through the same warning as the library's renamed
    parameters (``warn_deprecated``). Add it with :func:`_deprecated_flag`."""

    def __init__(self, option_strings, dest, new: str = "", **kwargs):
        self.new = new
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        warn_deprecated(option_string, self.new, stacklevel=2)
        setattr(namespace, self.dest, values)


def _deprecated_flag(p: Any, old: str, new: str, dest: str, **kwargs: Any) -> None:
    """Accept ``old`` as the deprecated name of the flag ``new`` (whose value goes to ``dest``), hidden from
    ``--help``. ``p`` is a parser or a mutually exclusive group."""
    p.add_argument(old, dest=dest, action=_DeprecatedFlag, new=new, help=argparse.SUPPRESS,
                   default=argparse.SUPPRESS, **kwargs)


def _random_state_arg(p: argparse.ArgumentParser, help: str = "random seed (default 0)") -> None:
    """``--random-state``: the one name of the seed in every command (``--seed`` still works, deprecated)."""
    p.add_argument("--random-state", type=int, default=0, help=help)
    _deprecated_flag(p, "--seed", "--random-state", "random_state", type=int)


def _command_options(args: argparse.Namespace) -> dict[str, Any]:
    """Every option of the command as given or defaulted (the corpus path, how it was read, the analysis
    options), for ``provenance.json``: the corpus hash says whether a rerun read the same documents, these say
    how to read them again (``--source country_iso3``, ``--no-clean``, ``--keep-entities`` ... were missing from the
    records of ``frames``, ``topics`` and ``report``)."""
    return {k: v for k, v in sorted(vars(args).items()) if k not in ("func", "debug") and not callable(v)}


def load_from_args(args: argparse.Namespace, *, check_by: bool = True):
    """Load the corpus named by the shared corpus arguments.

    With ``check_by`` (the default), a ``--by`` option of the command is checked against the corpus's
    document columns right after loading, before any tokenizing: an unknown column is a ValueError listing
    the available ones.
    """
    from .corpus import load_corpus

    doc_id = args.doc_id
    if isinstance(doc_id, str) and doc_id.lower() == "none":
        doc_id = None
    corpus = load_corpus(args.path, text=args.text, doc_id=doc_id, source=args.source, date=args.date,
                         title=getattr(args, "title", "title"), author=getattr(args, "author", "author"),
                         encoding=args.encoding, encoding_errors=getattr(args, "encoding_errors", "strict"),
                         unlisted=getattr(args, "unlisted", "error"), sep=_sep_arg(getattr(args, "sep", None)),
                         quoting=getattr(args, "quoting", "auto"),
                         follow_links=getattr(args, "follow_links", False), clean=not args.no_clean,
                         html_entities=not getattr(args, "keep_entities", False),
                         split_exports=getattr(args, "split_exports", False),
                         infer_types=not getattr(args, "no_infer_types", False))
    if getattr(args, "drop_duplicates", False):
        import warnings

        from .corpus import find_duplicates

        dup = find_duplicates(corpus)
        if len(dup):
            corpus = corpus.subset(~corpus.documents["doc_id"].isin(dup["doc_id"]).to_numpy())
            warnings.warn(f"--drop-duplicates: {len(dup)} document(s) that repeat an earlier one left out "
                          f"({len(corpus)} kept)", UserWarning, stacklevel=2)
    corpus = _repeats_from_args(corpus, args)
    by = getattr(args, "by", None)
    if check_by and isinstance(by, str):
        _check_by_column(corpus, by, args)
    return corpus


def _repeats_from_args(corpus, args: argparse.Namespace):
    """``--set-aside-repeated``, then ``--drop-near-duplicates`` on the text left (line filters before fuzzy
    deduplication, as in web corpora: short pages under the same long footer resemble each other by the footer
    alone). An option of either given without its switch is an error, not ignored."""
    for switch, options in (("drop_near_duplicates", ("near_threshold", "near_measure")),
                            ("set_aside_repeated", ("repeated_min_share", "repeated_min_docs", "repeated_unit"))):
        if not getattr(args, switch, False):
            given = [o for o in options if getattr(args, o, None) is not None]
            if given:
                flags = ", ".join("--" + o.replace("_", "-") for o in given)
                raise _OptionError(f"{flags} only applies with --{switch.replace('_', '-')}; add it, or leave "
                                   f"out {flags}")
    if getattr(args, "set_aside_repeated", False):
        from .repeats import set_aside_repeated

        unit = args.repeated_unit or "line"
        corpus = set_aside_repeated(corpus, unit=unit,
                                    min_share=0.5 if args.repeated_min_share is None else args.repeated_min_share,
                                    min_docs=3 if args.repeated_min_docs is None else args.repeated_min_docs)
        # (cleaning writes no span of this rule: every one is set aside here)
        added = corpus.set_aside[corpus.set_aside["rule"] == f"repeated-{unit}"]
        warnings.warn(f"--set-aside-repeated: {len(added):,} occurrence(s) of {unit}s that a source repeats set aside "
                      f"in {added['doc_id'].nunique():,} document(s) (rule 'repeated-{unit}'; "
                      "dc.find_repeated_lines lists them)", UserWarning, stacklevel=3)
    if getattr(args, "drop_near_duplicates", False):
        from .repeats import find_near_duplicates

        threshold = 0.8 if args.near_threshold is None else args.near_threshold
        measure = args.near_measure or "resemblance"
        near = find_near_duplicates(corpus, threshold=threshold, measure=measure)
        if len(near):
            corpus = corpus.subset(~corpus.documents["doc_id"].isin(near["doc_id"]).to_numpy())
        warnings.warn(f"--drop-near-duplicates: {len(near)} document(s) that are near copies of an earlier one "
                      f"({measure} of the word 5-grams outside the set-aside spans at least {threshold:g}) left out "
                      f"({len(corpus)} kept)",
                      UserWarning, stacklevel=3)
    return corpus


# ------------------------------------------------------------------------------------------ corpus
def _check_by_column(corpus, by: str, args: argparse.Namespace | None = None) -> None:
    if by not in corpus.documents.columns or by == "text":  # (the text is no group: it failed later, in tokenize)
        # a column that --source / --date / --doc-id read under the library's own name ('--source country_iso3 --by
        # country_iso3' was refused without saying that the column is called 'source' now; a user audit)
        renamed = {getattr(args, flag, None): (name, opt) for flag, name, opt in
                   (("source", "source", "--source"), ("date", "date", "--date"), ("doc_id", "doc_id", "--doc-id"))}
        hint = ""
        if by in renamed and renamed[by][0] in corpus.documents.columns and by != renamed[by][0]:
            name, opt = renamed[by]
            hint = f"; {opt} {by} loaded that column as {name!r}: group by it with --by {name}"
        raise ValueError(f"by={by!r} (--by) is not a document column{hint}; available: "
                         f"{_fmt([c for c in corpus.documents.columns if c != 'text'])}")


def _run_corpus(args: argparse.Namespace) -> int:
    import pandas as pd

    from ._util import progress
    from .text import tokenize

    corpus = load_from_args(args)
    docs = corpus.documents
    # tokenise in slices of documents so that memory stays bounded on corpora of any size
    n_tokens = n_words = 0
    vocab: set[str] = set()
    words_by_source: dict[str, int] = {}
    voice_counts: dict[str, int] = {}
    quote_frames = []
    step = 500
    for part in progress(corpus.batches(step), total=-(-len(docs) // step), desc="tokenising"):
        tokens = tokenize(part, quotes=not args.no_quotes)
        words = tokens[~tokens["is_punct"]]
        n_tokens += len(tokens)
        n_words += len(words)
        vocab.update(words["norm"].unique())
        for src, n in words.groupby("source").size().items():
            words_by_source[src] = words_by_source.get(src, 0) + int(n)
        for v, n in words["voice"].value_counts().items():
            voice_counts[v] = voice_counts.get(v, 0) + int(n)
        if not args.no_quotes:
            from .quotes import find_quotes

            quote_frames.append(find_quotes(part)[["kind", "speaker", "anomaly"]])
    print(f"corpus: {corpus.name} ({corpus.origin})")
    print(f"documents: {len(docs):,}")
    print(f"sources: {docs['source'].nunique():,}")
    print(f"tokens: {n_tokens:,} ({n_words:,} words, {len(vocab):,} distinct)")
    print(f"characters: {int(docs['text'].str.len().sum()):,}")
    if docs["date"].notna().any():
        print(f"dates: {docs['date'].min():%Y-%m-%d} to {docs['date'].max():%Y-%m-%d} "
              f"({int(docs['date'].isna().sum())} undated)")
    by_source = (pd.Series(words_by_source, name="words").to_frame()
                 .join(docs.groupby("source").size().rename("documents")))
    by_source = by_source[["documents", "words"]].sort_values(["words"], ascending=False, kind="stable")
    if args.max_rows > 0:  # (--max-rows 0 printed pandas' "Empty DataFrame")
        print("\nby source (largest first):")
        print(by_source.head(args.max_rows).to_string())
    if len(by_source) > args.max_rows:
        print(f"... and {len(by_source) - args.max_rows} more sources")
    if not args.no_quotes:
        quotes = pd.concat(quote_frames, ignore_index=True)
        kinds = quotes["kind"].value_counts()
        print(f"\nquotations: {len(quotes):,} (speech {int(kinds.get('speech', 0)):,}, "
              f"mention {int(kinds.get('mention', 0)):,}); with a named speaker: "
              f"{int(quotes['speaker'].notna().sum()):,}; anomalies: {int(quotes['anomaly'].notna().sum()):,}")
        total = max(sum(voice_counts.values()), 1)
        print(f"voice: author {voice_counts.get('author', 0) / total:.1%}, "
              f"quoted {voice_counts.get('quoted', 0) / total:.1%}, "
              f"reported {voice_counts.get('reported', 0) / total:.1%} of words")  # (the three add up)
    aside = corpus.set_aside
    print(f"\nset aside by cleaning: {len(aside):,} spans in {aside['doc_id'].nunique():,} documents")
    if len(aside):
        for (kind, rule), n in aside.groupby(["kind", "rule"]).size().items():
            print(f"  {kind:<12} {rule:<20} {n:,}")
    print(f"skipped while loading: {len(corpus.skipped):,}")
    for row in corpus.skipped.head(10).itertuples():
        where = f"{row.file}" + (f":{int(row.line)}" if pd.notna(row.line) else "")
        print(f"  {where}: {row.reason}")
    return 0


def _add_corpus(sub) -> None:
    p = sub.add_parser("corpus", help="summarise a corpus: documents, sources, tokens, quotations, cleaning")
    _corpus_args(p)
    p.add_argument("--no-quotes", action="store_true", help="skip quotation finding (faster on huge corpora)")
    p.add_argument("--max-rows", type=int, default=20, help="sources to list (default 20)")
    p.set_defaults(func=_run_corpus)


# ------------------------------------------------------------------------------------------ keyness
_TEST_NAMES = {"welch": "Welch's t-test", "mann_whitney": "the Wilcoxon rank-sum (Mann-Whitney U) test"}


def _warn_documents_without_voice(tokens: Any, kept: Any, by: str, voice: str) -> None:
    """Warn, per group, of the documents that have no word in ``voice`` and so no rate to test: a test over documents
    reads each document's relative frequencies in that voice, and a document without its words has none (0 of 0), so
    it is left out of the test, not counted as a rate of 0; the warning says how many, as frame_keyness does."""
    every = tokens.groupby(by, observed=True)["doc_id"].nunique()
    with_voice = kept.groupby(by, observed=True)["doc_id"].nunique().reindex(every.index, fill_value=0)
    lost = every - with_voice
    if lost.sum() > 0:
        parts = ", ".join(f"{g!r}: {int(n)} of {int(every[g])}" for g, n in lost.items() if n > 0)
        warnings.warn(f"keyness --voice {voice}: documents without a word in the {voice} voice have no rate to test "
                      f"and are left out of the test over documents ({parts}); the groups' tests rest on the others. "
                      f"Use --test g2 to count every word of the voice, whatever document it is in",
                      UserWarning, stacklevel=2)


def _run_keyness(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .counts import count_terms
    from .keyness import P_VALUE_NOTE, keyness, keyness_all
    from .text import tokenize

    corpus = load_from_args(args)
    lexicon = None
    if args.lexicon and args.lexicon != "none":
        from .lexicon import load_lexicon

        lexicon = load_lexicon(args.lexicon)
    tokens = _missing_as_group(tokenize(corpus, metadata=[args.by], quotes=args.voice is not None), args.by)
    # a test over documents needs the counts of each document (Lijffijt et al. 2016); G2 needs the groups' only
    over_docs = args.test != "g2"
    if args.voice is not None:
        kept = tokens[tokens["voice"] == args.voice]
        if over_docs:
            _warn_documents_without_voice(tokens, kept, args.by, args.voice)
        tokens = kept
    ngram = _parse_ngram(args.ngram)
    counts = count_terms(tokens, by=[args.by, "doc_id"] if over_docs else args.by, ngram=ngram,
                         drop_stop=not args.keep_stop, lexicon=lexicon, column=args.column)
    opts = {"correction": args.correction, "prior": args.prior, "prior_scale": args.prior_scale,
            "min_count": args.min_count, "sort": args.sort, "test": args.test,
            "doc": "doc_id" if over_docs else None}
    with warnings.catch_warnings():
        # an empty table for --min-count is printed below as a line of its own, naming --min-count
        warnings.filterwarnings("ignore", message=r"keyness(_all)?: no term reaches min_count", category=UserWarning)
        if args.target is not None:
            table = keyness(counts, by=args.by, target=args.target, **opts)
        else:
            table = keyness_all(counts, by=args.by, pairs=args.pairs, **opts)
    show = ["target", "reference", "term", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio",
            "log_odds_z", "dispersion_target"]
    if table.empty and len(counts):
        most = int(counts.groupby("term")["n"].sum().max())
        print(f"no term reaches --min-count {args.min_count} (the most frequent term occurs {most:,} times); "
              f"lower --min-count to at most {most:,}")
    for (tgt, ref), part in table.groupby(["target", "reference"], sort=False):
        print(f"\n{tgt} vs {ref}: top {args.top_n} of {len(part):,} terms by {args.sort}")
        print(part[show[2:]].head(args.top_n).to_string(index=False, float_format=lambda v: f"{v:.3g}"))
    if len(table) and over_docs:
        print(f"\np and p_adjusted: {_TEST_NAMES[args.test]} on the documents' relative frequencies of each term "
              "(Lijffijt et al. 2016); p_statistic holds the test's statistic, mean_rate_target and "
              "mean_rate_reference the mean relative frequencies")
        if args.test == "mann_whitney":
            # which p the rows hold: exact for small sides without ties, as scipy.stats.mannwhitneyu(method="auto")
            n_exact = int((table["p_method"] == "exact").sum())
            print(f"p_method: exact for {n_exact:,} of {len(table):,} rows (a side of at most 8 documents and no "
                  "tied rates), the normal approximation with tie and continuity corrections for the others")
    elif len(table):
        print(f"\n{P_VALUE_NOTE}")
    if args.out:
        from .provenance import write_provenance

        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        table.to_csv(out / "keyness.csv", index=False)
        counts.to_csv(out / "term_counts.csv", index=False)
        params = {k: v for k, v in vars(args).items() if k not in ("func",)}
        write_provenance(out / "provenance.json", corpus, lexicon=lexicon, parameters=params,
                         outputs=["keyness.csv", "term_counts.csv"], what="keyness of terms between groups")
        print(f"\nwrote {out / 'keyness.csv'} ({len(table):,} rows), {out / 'term_counts.csv'}")
    return 0


def _add_keyness(sub) -> None:
    p = sub.add_parser("keyness", help="terms that distinguish groups: G2, Log Ratio, log-odds z, dispersion")
    _corpus_args(p)
    p.add_argument("--by", default="source", help="document column whose groups are compared (default: source)")
    p.add_argument("--target", help="group to contrast with the others (default: every group vs the rest)")
    p.add_argument("--pairs", action="store_true", help="without --target: every pair of groups, not vs rest")
    p.add_argument("--ngram", default="1", metavar="N[:M]", help="n-gram lengths, e.g. 1, 2 or 1:3 (default 1)")
    p.add_argument("--keep-stop", action="store_true", help="keep stopwords (dropped by default)")
    p.add_argument("--column", default="norm", choices=["norm", "stem", "token"], help="token form to count")
    p.add_argument("--lexicon", default="none",
                   help="count this lexicon's phrases as single terms (bundled name or file; default none)")
    # the voices of the token table (tokenize's voice column): reported speech ("X said that ...") is one since
    # reported clauses were found, and had no choice here
    p.add_argument("--voice", choices=["author", "quoted", "reported"],
                   help="count only the author's voice, quoted words or reported speech")
    p.add_argument("--min-count", type=int, default=2, help="minimum target+reference count (default 2)")
    p.add_argument("--test", default="g2", choices=["g2", "welch", "mann_whitney"],
                   help="test behind p: g2 over word tokens (default; a ranking, words are not independent), or "
                        "welch / mann_whitney over the documents' relative frequencies (Lijffijt et al. 2016)")
    p.add_argument("--correction", default="bh", choices=["bh", "bonferroni", "none"])
    p.add_argument("--prior", default="informative", choices=["informative", "uniform"])
    p.add_argument("--prior-scale", type=float, default=1.0, help="mean prior pseudo-count per term (default 1)")
    p.add_argument("--sort", default="g2", help="column to rank by (default g2)")
    p.add_argument("--top-n", type=int, default=15, help="terms to print per contrast (default 15)")
    _deprecated_flag(p, "--top", "--top-n", "top_n", type=int)
    p.add_argument("--out", help="folder for keyness.csv, term_counts.csv and provenance.json")
    p.set_defaults(func=_run_keyness)


# ------------------------------------------------------------------------------------------ kwic
def _run_kwic(args: argparse.Namespace) -> int:
    from .concordance import kwic
    from .text import tokenize

    corpus = load_from_args(args)
    lexicon = None
    if args.lexicon:
        from .lexicon import load_lexicon

        lexicon = load_lexicon(args.lexicon)
    tokens = tokenize(corpus, metadata=[args.by])
    query = args.query if lexicon is None else args.query.split(",")
    lines = kwic(tokens, query, window=args.window, by=args.by, lexicon=lexicon,
                 case_sensitive=args.case_sensitive)
    if args.out:
        lines.to_csv(args.out, index=False)
        print(f"wrote {args.out} ({len(lines):,} lines)")
        return 0
    width = args.width
    group = lines[args.by].astype(str).tolist() if args.by in lines.columns and args.by != "doc_id" else None
    for i, row in enumerate(lines.head(args.max_lines).itertuples(index=False)):
        left = row.left[-width:].rjust(width)
        right = row.right[:width]
        who = row.voice if row.voice != "quoted" or not isinstance(row.speaker, str) else f"quoted: {row.speaker}"
        # the --by column "shown with each line", as the help says (it reached only the CSV)
        print(f"{row.doc_id:>8} {left} [{row.match}] {right}   ({who}" + (f"; {group[i]})" if group else ")"))
    more = len(lines) - args.max_lines
    print(f"{len(lines):,} match(es)" + (f"; {more:,} not shown (use --max-lines or --out)" if more > 0 else ""))
    return 0


def _add_kwic(sub) -> None:
    p = sub.add_parser("kwic", help="key words in context, with voice and speaker")
    p.intermixed = True  # PATH --window 4 QUERY: options between the corpus and the query (_CommandParser)
    _corpus_args(p)
    p.add_argument("query", help="word, glob (surveil*) or phrase ('safe city'); with --lexicon: "
                   "category name(s), comma-separated")
    # the default of kwic(window=): the command and the function give the same lines
    p.add_argument("--window", type=int, default=5, help="tokens of context on each side (default 5)")
    p.add_argument("--by", default="source", help="document column shown with each line (default: source)")
    p.add_argument("--lexicon", help="treat QUERY as categories of this lexicon (bundled name or file)")
    p.add_argument("--case-sensitive", action="store_true", help="match the query's case as written")
    p.add_argument("--width", type=int, default=45, help="characters of context shown per side (default 45)")
    p.add_argument("--max-lines", type=int, default=50, help="lines to print (default 50)")
    p.add_argument("--out", help="write all lines to this CSV file instead of printing")
    p.set_defaults(func=_run_kwic)


# ------------------------------------------------------------------------------------------ topics
def _add_topics(sub) -> None:
    p = sub.add_parser("topics", help="topic model: top terms, prevalence by source, frame packages")
    _corpus_args(p)
    k = p.add_mutually_exclusive_group()
    k.add_argument("-k", "--n-topics", type=int, default=6, dest="n_topics", help="number of topics (default 6)")
    _deprecated_flag(k, "--k", "--n-topics", "n_topics", type=int)
    k.add_argument("--choose-k", metavar="LOW:HIGH", help="compare K in LOW..HIGH (coherence, stability "
                   "across seeds) and fit the K with the highest c_v")
    p.add_argument("--by", default="source", help="document column to compare groups by (default: source)")
    p.add_argument("--out", help="folder for the CSV tables, the model and provenance.json")
    p.add_argument("--method", default="lda", choices=["lda", "nmf", "ensemble"])
    p.add_argument("--unit", default="paragraph", choices=["paragraph", "sentence", "window", "document"])
    p.add_argument("--window-size", type=int, default=None, help="tokens per window (--unit window; default 100)")
    p.add_argument("--passes", type=int, default=None,
                   help="most training passes (default: chosen from the corpus size; see fit_report.csv)")
    p.add_argument("--iterations", type=int, default=None,
                   help="inference iterations per unit (default: chosen from the corpus size)")
    p.add_argument("--min-count", type=int, default=2, help="drop rarer terms (default 2)")
    p.add_argument("--max-doc-share", type=float, default=0.5,
                   help="drop terms in more than this share of units (default 0.5)")
    p.add_argument("--lexicon", default="framing", help="lexicon whose phrases stay whole and whose frames "
                   "are crossed with topics (bundled name or file; 'none' to skip; default framing)")
    _random_state_arg(p)
    p.add_argument("--n-random-states", type=int, default=None,
                   help="random seeds per K for --choose-k, from --random-state on (default 3)")
    _deprecated_flag(p, "--n-seeds", "--n-random-states", "n_random_states", type=int)
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples (default 1000)")
    p.add_argument("--interval", choices=INTERVALS, default=DEFAULT_INTERVAL,
                   help="how the bootstrap interval is read from the resamples: expanded (default; Hesterberg's "
                        "expanded percentile, which holds its level from about 6 units), percentile or bca")
    p.add_argument("--top-n", type=int, default=10, help="terms to show per topic (default 10)")
    p.set_defaults(func=_run_topics)


def _run_topics(args: argparse.Namespace) -> int:
    """The ``discourse topics`` command."""
    import pandas as pd

    from .lexicon import load_lexicon
    from .provenance import write_provenance
    from .text import tokenize
    from .topic_effects import TooFewUnitsError, estimate_effect, topic_prevalence
    from .topic_packages import frame_packages, no_structure_warning_off, topic_frames
    from .topics import TopicModel, choose_k, find_thoughts, label_topics

    corpus = load_from_args(args)
    by = args.by
    _check_by_column(corpus, by, args)
    ks = _parse_k_range(args.choose_k) if args.choose_k else None
    meta = list(dict.fromkeys(["source", by])) if by != "doc_id" else ["source"]
    tokens = _missing_as_group(tokenize(corpus, metadata=meta), by)
    lexicon = None if args.lexicon in ("none", "") else load_lexicon(args.lexicon)
    params = {"method": args.method, "unit": args.unit, "window_size": args.window_size or 100, "passes": args.passes,
              "iterations": args.iterations, "lexicon": lexicon, "min_count": args.min_count,
              "max_doc_share": args.max_doc_share}
    out = Path(args.out) if args.out else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        # an earlier run's files go first: a run that writes fewer (no --choose-k, no --by effect, no lexicon)
        # left the old choose_k.csv, effect_*.csv and topic_frames.csv beside the new tables, unlisted and unsaid
        stale = [n for n in _TOPICS_OUTPUTS if (out / n).is_file()]
        for n in stale:
            (out / n).unlink()
        if stale:
            print(f"removed {len(stale)} file(s) of an earlier run from {out}", file=sys.stderr)
    written: list[str] = []

    def write(df: pd.DataFrame, name: str) -> None:
        if out is not None:
            df.to_csv(out / name, index=False)
            written.append(name)

    k = args.n_topics
    if args.choose_k:
        n_seeds = args.n_random_states or 3
        table = choose_k(tokens, ks=ks, random_states=tuple(range(args.random_state, args.random_state + n_seeds)),
                         **params)
        with pd.option_context("display.width", 120, "display.max_columns", 20):
            print(table[["k", "c_v", "c_npmi", "u_mass", "stability", "stability_min"]].round(3).to_string(
                index=False))
        write(table, "choose_k.csv")
        best = table.sort_values(["c_v", "k"], ascending=[False, True], kind="stable").iloc[0]
        k = int(best["k"])
        print(f"chosen K = {k} (highest mean c_v; rerun with -k to fit another K)\n")
    model = TopicModel(k, random_state=args.random_state, **params).fit(tokens)
    print(f"{model.n_topics_} topics ({args.method}) on {len(model.units_):,} {args.unit}s of "
          f"{model.units_['doc_id'].nunique():,} documents; {len(model.dictionary_):,} terms")
    terms = model.topic_terms(top_n=args.top_n)
    coh = model.coherence()
    for topic, grp in terms.groupby("topic", sort=True):
        top = grp[grp["rank_probability"] <= args.top_n].sort_values("rank_probability")["term"]
        frx = grp[grp["rank_frex"] <= args.top_n].sort_values("rank_frex")["term"]
        print(f"topic {topic} (c_v {coh.loc[topic, 'c_v']:.2f})\n  probability: {' '.join(top)}\n"
              f"  FREX:        {' '.join(frx)}")
    prevalence = topic_prevalence(model, by=by, n_boot=args.n_boot, random_state=args.random_state,
                                  interval=args.interval)
    wide = prevalence.pivot(index="topic", columns=by, values="prevalence")
    print(f"\nprevalence by {by} (mean topic share of the group's {args.unit}s):")
    with pd.option_context("display.width", 160, "display.max_columns", 30):
        print((wide * 100).round(1).to_string())
    write(terms, "topic_terms.csv")
    write(model.doc_topics("unit"), "unit_topics.csv")
    write(model.doc_topics("document"), "doc_topics.csv")
    write(coh, "coherence.csv")
    write(prevalence, "topic_prevalence.csv")
    write(model.filter_report_, "filter_report.csv")
    write(model.fit_report_, "fit_report.csv")
    write(label_topics(model), "label_topics.csv")
    write(find_thoughts(model, corpus), "find_thoughts.csv")
    if by != "doc_id" and model.units_[by].nunique() > 1:
        # --by compares groups, as the prevalence table does: a numeric column (a year, a decade) is a factor,
        # one contrast per group, not the slope of a line
        col = model.units_[by]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        try:
            effects = estimate_effect(model, f"C({by})" if numeric else by, random_state=args.random_state)
        except TooFewUnitsError as err:  # the regression's own count of its terms decides, not a copy of it
            print(f"\nthe effect of --by {by} on topic proportions is not estimated (effect_*.csv not written): "
                  f"{err.n_units:,} {args.unit}s for the {err.n_coefficients:,} terms of the regression, which "
                  f"needs more {args.unit}s than terms; use a smaller --unit (paragraph, sentence) or more "
                  "documents", file=sys.stderr)
        else:
            write(effects.coefficients, "effect_coefficients.csv")
            write(effects.expected, "effect_expected.csv")
    if lexicon is not None:
        write(topic_frames(model, lexicon, by=by), "topic_frames.csv")
    with no_structure_warning_off():  # a network without communities is printed below
        packages = frame_packages(model, by=by, n_boot=args.n_boot, random_state=args.random_state,
                                  interval=args.interval)
    if packages.structure:
        print(f"\nframe packages (Walter & Ophir 2019): {packages.nodes['package'].nunique()} "
              f"(modularity {packages.modularity:.3f})")
    else:
        print("\nframe packages (Walter & Ophir 2019): the topic network has no community structure; "
              "each topic is its own package")
    for p, grp in packages.nodes.groupby("package"):
        print(f"  package {p}: " + "; ".join(f"{t}: {lab}" for t, lab in zip(grp["topic"], grp["label"],
                                                                             strict=True)))
    write(packages.nodes, "frame_package_nodes.csv")
    write(packages.edges, "frame_package_edges.csv")
    write(packages.prevalence, "frame_package_prevalence.csv")
    if out is not None:
        model.save(out / "model.pkl")
        written.append("model.pkl")
        write_provenance(out / "provenance.json", corpus, lexicon=lexicon,
                         parameters={**{k_: v for k_, v in params.items() if k_ != "lexicon"}, "n_topics": k,
                                     "by": by, "choose_k": args.choose_k, "top_n": args.top_n,
                                     "n_boot": args.n_boot, "interval": args.interval,
                                     "command_options": _command_options(args)},
                         seeds={"random_state": args.random_state}, outputs=written,
                         what="topic model: terms, proportions, coherence, prevalence, frame packages")
        print(f"\nwrote {len(written)} files to {out}")
    return 0


#: every file 'discourse topics --out' may write (removed from the folder before a run writes its own)
_TOPICS_OUTPUTS = ("choose_k.csv", "topic_terms.csv", "unit_topics.csv", "doc_topics.csv", "coherence.csv",
                   "topic_prevalence.csv", "filter_report.csv", "fit_report.csv", "label_topics.csv",
                   "find_thoughts.csv", "effect_coefficients.csv", "effect_expected.csv", "topic_frames.csv",
                   "frame_package_nodes.csv", "frame_package_edges.csv", "frame_package_prevalence.csv", "model.pkl",
                   "provenance.json")


def _parse_k_range(text: str) -> range:
    """``"3:12"`` -> range(3, 13) (both ends included); ``"3:12:3"`` steps by 3."""
    parts = text.split(":")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        nums = []
    if len(nums) not in (2, 3) or nums[0] < 1 or nums[1] < nums[0] or (len(nums) == 3 and nums[2] < 1):
        raise _OptionError(f"--choose-k {text!r} is not a range of K; write LOW:HIGH (e.g. 3:12) or LOW:HIGH:STEP")
    return range(nums[0], nums[1] + 1, nums[2] if len(nums) == 3 else 1)


# ------------------------------------------------------------------------------------------ frames
def _add_frames(sub) -> None:
    p = sub.add_parser("frames", help="frame counts and balance by source and voice, with audit tables")
    _corpus_args(p)
    p.add_argument("--lexicon", default="framing", help="bundled lexicon name or .toml/.dic/.lc3/.cat/.ykd/.json file "
                   "(default framing)")
    p.add_argument("--by", default="source", help="document column to compare groups by (default: source)")
    p.add_argument("--poles", default=None, help="two categories for the balance index, comma-separated "
                   "(default: promotional,rights)")
    p.add_argument("--out", help="folder for the CSV tables and provenance.json")
    p.add_argument("--n-boot", type=int, default=N_BOOT, help=f"bootstrap resamples (default {N_BOOT})")
    p.add_argument("--uses", default="evaluative",
                   help="uses of a pole hit that count in the balance and its sensitivity, comma-separated "
                        "(evaluative, referential, distanced, reported) or all (default evaluative), as uses= of "
                        "frame_balance")
    p.add_argument("--interval", choices=INTERVALS, default=DEFAULT_INTERVAL,
                   help="how the bootstrap interval is read from the resamples: expanded (default; Hesterberg's "
                        "expanded percentile, which holds its level from about 6 units), percentile or bca")
    p.add_argument("--window", type=int, default=8, help="KWIC context in tokens (default 8)")
    p.add_argument("--test", default="g2", choices=["g2", "welch", "mann_whitney"],
                   help="test behind p of frame_keyness.csv (each group's frames against the rest): g2 over word "
                        "tokens (default; a ranking, words are not independent), or welch / mann_whitney over the "
                        "documents' rates of each frame (Lijffijt et al. 2016; two or more documents per group)")
    _random_state_arg(p)
    p.set_defaults(func=_run_frames)


def _parse_uses(text: str) -> str | list[str]:
    """``--uses`` as frame_balance's ``uses=``: ``all`` or the comma-separated uses, checked before any work."""
    from .stance import USES, check_uses

    uses: str | list[str] = "all" if text.strip() == "all" else [u.strip() for u in text.split(",") if u.strip()]
    try:
        check_uses(uses if uses == "all" or len(uses) != 1 else uses[0])
    except (TypeError, ValueError):
        raise _OptionError(f"--uses {text!r} is not valid; give all or one or more of {', '.join(USES)}, "
                           "comma-separated (e.g. --uses evaluative,reported)") from None
    return uses


def _frame_keyness_table(tokens: Any, lex: Any, by: str, test: str) -> Any:
    """frame_keyness of every group against the rest (None with fewer than two groups); over documents with
    ``test`` other than g2."""
    from .keyness import frame_keyness

    if tokens[by].nunique(dropna=False) < 2:
        return None
    if test != "g2":  # (asked for by --test: a table that cannot be made stops the command with its reason)
        return frame_keyness(tokens, lex, by=by, test=test, doc="doc_id")
    try:
        return frame_keyness(tokens, lex, by=by)
    except ValueError as err:
        # a side table of the command, not what it was asked for: where a contrast has no statistic (a group's rest
        # without one hit of any frame of a small lexicon), the balance and counts are still written, and the
        # warning says why frame_keyness.csv is not
        warnings.warn(f"frame_keyness.csv is not written: {err}", UserWarning, stacklevel=2)
        return None


def _print_frame_keyness(table: Any, by: str, test: str) -> None:
    """Each group's Log Ratio of every frame against the rest, and what p is."""
    import pandas as pd

    from .keyness import P_VALUE_NOTE

    wide = table.pivot_table(index="target", columns="frame", values="log_ratio", sort=True)
    print(f"\nframe keyness by {by}: Log Ratio of each frame against the rest (> 0 over-used; p in "
          "frame_keyness.csv):")
    with pd.option_context("display.width", 160, "display.max_columns", 20, "display.max_rows", 60):
        print(wide.round(2).to_string())
    if test != "g2":
        print(f"p and p_adjusted of frame_keyness.csv: {_TEST_NAMES[test]} on the documents' rates of each frame "
              "(Lijffijt et al. 2016); p_method says which p (exact or normal for Mann-Whitney)")
    else:
        print(P_VALUE_NOTE)


def _run_frames(args: argparse.Namespace) -> int:
    """The ``discourse frames`` command."""
    import pandas as pd

    from .audit import find_contested_sentences, find_frame_terms, frame_contributions, frame_sensitivity
    from .framing import VOICES, check_poles, count_frames, frame_balance
    from .lexicon import load_lexicon
    from .provenance import write_provenance
    from .quotes import OWN_NAME_COLUMNS
    from .text import tokenize

    uses = _parse_uses(args.uses)
    corpus = load_from_args(args)
    by = args.by
    _check_by_column(corpus, by, args)
    lex = load_lexicon(args.lexicon)
    # the use rules read the document's own names (source, outlet) from the tokens: without them "Italy
    # believes that ..." in Italy's statement is reported speech here and the author's view in the library
    own = [c for c in OWN_NAME_COLUMNS if c in corpus.documents.columns]
    meta = list(dict.fromkeys(["source", *own, by])) if by != "doc_id" else ["source", *own]
    poles = tuple(p.strip() for p in args.poles.split(",")) if args.poles else ("promotional", "rights")  # as report reads them
    check_poles(lex, poles)
    tokens = _missing_as_group(tokenize(corpus, metadata=meta), by)
    counts = count_frames(tokens, lex, by=by)
    # frame keyness first: a test over documents refused (too few documents) stops before the bootstrap
    frame_key = _frame_keyness_table(tokens, lex, by, args.test)
    balance = frame_balance(tokens, lex, by=by, poles=poles, uses=uses, n_boot=args.n_boot,
                            random_state=args.random_state, interval=args.interval)
    tables = {
        "frame_counts.csv": counts,
        "frame_balance.csv": balance,
        "frame_terms.csv": find_frame_terms(tokens, lex, corpus=corpus, window=args.window),
        "frame_contributions.csv": frame_contributions(tokens, lex, by=by),
        "frame_sensitivity.csv": frame_sensitivity(tokens, lex, by=by, poles=poles, uses=uses),
        "contested_sentences.csv": find_contested_sentences(tokens, lex, poles=poles, corpus=corpus),
        "lexicon_check.csv": lex.check(tokens),
    }
    if frame_key is not None:
        tables["frame_keyness.csv"] = frame_key
    print(f"lexicon: {lex.name} {lex.version_label} (sha256 {lex.hash[:12]}), {len(lex)} entries; "
          f"corpus: {len(corpus.documents):,} documents, {int((~tokens['is_punct']).sum()):,} words")
    g = balance[(balance["level"] == "group")]
    wide = g.pivot_table(index=by, columns="voice", values="balance", sort=True, dropna=False).reindex(
        columns=[v for v in VOICES if v in set(g["voice"])])  # a voice without any balance stays as a column
    ci = g[g["voice"] == "all"].set_index(by)[["ci_low", "ci_high", "unit"]]
    print(f"\nframe balance by {by}: log-odds {poles[0]} vs {poles[1]} (> 0 leans {poles[0]}); "
          f"{int(args.n_boot)} bootstrap resamples, 95 % {args.interval} interval of 'all':")
    with pd.option_context("display.width", 160, "display.max_columns", 20, "display.max_rows", 60):
        print(wide.join(ci).round(2).to_string())
        rates = counts[counts["voice"] == "all"].pivot_table(index=by, columns="frame", values="rate", sort=True)
        print(f"\nframe rates per 1,000 words by {by} (all voices):")
        print(rates[[c for c in lex.categories if c in rates.columns]].round(1).to_string())
    if frame_key is not None:
        _print_frame_keyness(frame_key, by, args.test)
    else:
        print(f"\nframe keyness: needs two or more groups in {by!r}; not computed")
    terms = tables["frame_terms.csv"]
    st = terms[terms["frame"].isin(poles)].groupby(["frame", "use"]).size()
    counted = "every use counts" if uses == "all" else f"only {' and '.join(uses)} uses count"
    print(f"\npole hits by use ({counted} in the balance): "
          + "; ".join(f"{c} {s} {n}" for (c, s), n in st.items()))
    print(f"contested sentences (both poles): {len(tables['contested_sentences.csv']):,}")
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, df in tables.items():
            df.to_csv(out / name, index=False)
        write_provenance(out / "provenance.json", corpus, lexicon=lex,
                         parameters={"by": by, "poles": list(poles), "n_boot": args.n_boot,
                                     "interval": args.interval, "window": args.window, "test": args.test,
                                     "smoothing": 0.5, "uses": uses, "on": "norm",
                                     "command_options": _command_options(args)},
                         seeds={"random_state": args.random_state}, outputs=sorted(tables),
                         what="discourse frames: frame counts, balance, audit tables")
        print(f"\nwrote {len(tables)} tables and provenance.json to {out}")
    return 0


# ------------------------------------------------------------------------------------------ report
def _run_report(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")  # files only, no display needed
    from .report import build_report, check_out_folder, report_options

    # every option is checked before the corpus is read, tokenised or any folder made
    if args.n_topics is not None and args.n_topics < 2:
        raise ValueError(f"--n-topics {args.n_topics}: a topic model needs at least 2 topics (leave --n-topics out "
                         "for the default: 5, fewer on small corpora)")
    check_out_folder(args.out, args.path)
    from .lexicon import load_lexicon

    lexicon = load_lexicon(args.lexicon)
    poles = args.poles or "promotional,rights"
    try:
        from .framing import check_poles

        check_poles(lexicon, tuple(p.strip() for p in poles.split(",")))
    except ValueError as err:
        raise ValueError(f"--lexicon {args.lexicon!r} / --poles {poles!r}: {err}; name two categories of the "
                         "lexicon with --poles A,B") from None
    with warnings.catch_warnings(record=True) as loading:  # (printed raw, and missing from provenance.json)
        warnings.simplefilter("always")
        corpus = load_from_args(args)
    report_options(corpus, by=args.by, lexicon=lexicon, poles=poles, n_topics=args.n_topics)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = build_report(corpus, by=args.by, lexicon=lexicon, poles=poles, out=args.out, n_topics=args.n_topics,
                            n_boot=args.n_boot, interval=args.interval, random_state=args.random_state,
                            max_groups=args.max_groups,
                            explore=not args.no_explore, verbose=not args.quiet,
                            speakers="scored" if args.speakers == "scored" else True, dpi=args.dpi)
    loaded = [f"{w.category.__name__}: {w.message}" for w in loading if not issubclass(w.category, DeprecationWarning)]
    # the loading warnings are the run's too (provenance.json lists them first), and so are the options that
    # read the corpus, which build_report does not see
    import json

    from .provenance import write_record

    prov_path = Path(path).parent / "provenance.json"
    prov = json.loads(prov_path.read_text(encoding="utf-8"))
    if loaded:
        prov["warnings"] = list(dict.fromkeys(loaded + list(prov.get("warnings") or [])))
    prov.setdefault("parameters", {})["command_options"] = _command_options(args)
    write_record(prov_path, prov)
    seen = set()
    for w in [*loading, *caught]:  # one line each, no source line; the page lists the report's too
        if issubclass(w.category, DeprecationWarning) or str(w.message) in seen:
            continue
        seen.add(str(w.message))
        print(f"discourse report: warning: {w.message}", file=sys.stderr)
    print(path)
    return 0


def _add_report(sub) -> None:
    p = sub.add_parser("report", help="run the whole analysis and write an HTML report with CSVs and figures")
    _corpus_args(p)
    p.add_argument("--by", default="source", help="document column whose groups are compared (default: source)")
    p.add_argument("--lexicon", default="framing",
                   help="framing lexicon: a bundled name or a .toml/.dic/.lc3/.cat/.ykd/.json file (default: framing)")
    p.add_argument("--poles", default=None, metavar="A,B",
                   help="the two lexicon categories the balance contrasts (default: promotional,rights)")
    p.add_argument("--out", default="discourse-report",
                   help="output folder, replaced as a whole when the report is complete (default: discourse-report)")
    p.add_argument("--n-topics", type=int, default=None, help="number of topics (default: 5, fewer on tiny corpora)")
    _deprecated_flag(p, "--topics", "--n-topics", "n_topics", type=int)
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples for intervals (default 1000)")
    p.add_argument("--interval", choices=INTERVALS, default=DEFAULT_INTERVAL,
                   help="how the bootstrap interval is read from the resamples: expanded (default; Hesterberg's "
                        "expanded percentile, which holds its level from about 6 units), percentile or bca")
    _random_state_arg(p, "seed for bootstrap and topic model (default 0)")
    p.add_argument("--max-groups", type=int, default=30,
                   help="figures show at most this many groups, the largest (default 30; tables keep all)")
    p.add_argument("--no-explore", action="store_true", help="do not write explore.html (the vocabulary explorer)")
    p.add_argument("--dpi", type=int, default=110,
                   help="resolution of figures/*.png in dots per inch (default 110, for the page; 300 or 600 for "
                        "print); figures/*.svg are vector")
    p.add_argument("--speakers", choices=("rules", "scored"), default="rules",
                   help="how quotations get their speakers: the rules (default) or the trained scorer, which names "
                        "more speakers and more of them wrongly (README, 'Quotations: who speaks')")
    p.add_argument("--quiet", action="store_true", help="no progress messages on stderr")
    p.set_defaults(func=_run_report)


# ------------------------------------------------------------------------------------------ main
class _CommandParser(argparse.ArgumentParser):
    """A command's parser. With ``intermixed`` set (kwic, the one command with two positionals, PATH and QUERY),
    options may stand between the positionals, as users type them: ``discourse kwic PATH --window 4 QUERY``.
    Plain argparse matched the block before the first option (``PATH``) to both positionals at once (PATH is
    optional, so it became the query) and found no place for ``QUERY`` after the options: the top-level usage
    and "unrecognized arguments: QUERY" (a user audit). ``parse_known_intermixed_args`` reads the options first
    and then the positionals together."""

    intermixed = False
    _parsing = False

    def parse_known_args(self, args=None, namespace=None):
        if not self.intermixed or self._parsing:
            return super().parse_known_args(args, namespace)
        self._parsing = True  # parse_known_intermixed_args calls parse_known_args (twice) on the way
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="discourse",
        description="Comparative discourse analysis: framing, keyness, topics and voice across sources.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error (also after COMMAND)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    sub.required = True
    for add in _SUBCOMMANDS:
        add(sub)
    return parser


# subcommands, in the order `discourse --help` lists them
_SUBCOMMANDS = [
    _add_corpus,
    _add_report,
    _add_frames,
    _add_topics,
    _add_keyness,
    _add_kwic,
]


class _ClosedPipeSafe:
    """Standard output that stops printing when its reader has gone (``| head``): writes after a BrokenPipeError
    go nowhere, so a command with ``--out`` still writes its files. Everything else is the stream's own."""

    def __init__(self, stream: object) -> None:
        self._stream, self._closed = stream, False

    def write(self, text: str) -> int:
        if not self._closed:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._closed = True
                try:  # the interpreter would report the pipe again when it flushes at exit
                    import os

                    os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())
                except (OSError, ValueError, AttributeError):
                    pass
        return len(text)

    def flush(self) -> None:
        if not self._closed:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._closed = True

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``discourse`` command; return the exit code.

    Every anticipated failure is printed as one line on stderr (``discourse <command>: error: <file>:
    <problem>. Fix: <fix>``) and gives exit code 2 for bad input or options (an unreadable file, an
    unknown column, ``--out`` naming a file) and 1 for a failure at run time (disk full, permission
    denied, a missing optional package, out of memory). ``--debug`` prints the traceback as well.
    """
    parser = build_parser()
    with warnings.catch_warnings():
        # an old flag name is for whoever runs the command to see: a DeprecationWarning is shown by default only
        # for code in __main__, and the flags are read inside argparse
        warnings.simplefilter("default", DeprecatedNameWarning)
        formatwarning = warnings.formatwarning
        warnings.formatwarning = lambda message, *_, **__: f"discourse: warning: {message}\n"
        try:
            args = parser.parse_args(argv)
        finally:
            warnings.formatwarning = formatwarning
    debug = bool(getattr(args, "debug", False))
    with warnings.catch_warnings():
        warnings.simplefilter("default")

        def one_line(message, category, filename, lineno, line=None) -> str:
            # a warning as one line naming the command, as the report prints them (Python's format added the
            # file and source line of cli.py, which says nothing to a user of the command); the format only, so
            # whoever records warnings (a test, a caller's catch_warnings) still gets them as they are
            return f"discourse {args.command}: warning: {message}\n"

        formatwarning, warnings.formatwarning = warnings.formatwarning, one_line
        try:
            _check_options(args)
            _check_out(args)
            if not getattr(args, "out", None):
                return int(args.func(args) or 0)
            # output piped into `head` and closed early: the printing stops, the run goes on and writes its
            # files (a BrokenPipeError had ended the run before its --out files were written, with exit 0)
            stdout, sys.stdout = sys.stdout, _ClosedPipeSafe(sys.stdout)
            try:
                return int(args.func(args) or 0)
            finally:
                sys.stdout = stdout
        except BrokenPipeError:  # output piped into `head` and closed early (nothing to write after it)
            sys.stderr.close()
            return 0
        except KeyboardInterrupt:
            print(f"discourse {args.command}: interrupted", file=sys.stderr)
            return 130
        except Exception as err:  # noqa: BLE001 - sorted below; unanticipated errors are re-raised
            handled = _describe_error(err)
            if handled is None:
                raise
            code, message = handled
            if debug:
                traceback.print_exc()
            hint = "" if debug else " (--debug shows the traceback)"
            print(f"discourse {args.command}: error: {message}{hint}", file=sys.stderr)
            return code
        finally:
            warnings.formatwarning = formatwarning


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
