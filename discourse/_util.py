"""Shared validation and progress helpers. Error messages say what, where and how to fix."""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd


def compiled(name: str):
    """The compiled extension module ``discourse.<name>`` (``_kernel``: the token scan, Punkt's steps, the
    paragraphs and the frame matcher's scans;
    ``_kernel_quotes``: the scans of quotation finding; built by hatch_build.py where a C compiler is present),
    or None where it is not built or ``DISCOURSE_NO_KERNEL`` is set: every caller keeps a pure-Python path with
    identical results."""
    if os.environ.get("DISCOURSE_NO_KERNEL"):
        return None
    try:
        return importlib.import_module(f"{__package__}.{name}")
    except ImportError:
        return None


#: a lone surrogate code point (U+D800-U+DFFF): not UTF-8, so no pandas string column and no file written can
#: hold it (undecodable bytes kept by errors='surrogateescape', or a JSON \udXXX escape without its pair)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: the first part of the fix every error about lone surrogates names (tokenize, the term counts)
SURROGATE_FIX = ("decode the texts with the right encoding or with errors='replace' (load_corpus(..., "
                 "encoding_errors='replace'), --encoding-errors replace)")


def _fmt(options: Iterable[Any], limit: int = 20) -> str:
    opts = [repr(o) for o in options]
    more = f", ... ({len(opts) - limit} more)" if len(opts) > limit else ""
    return ", ".join(opts[:limit]) + more


def check_one_of(param: str, value: Any, options: Iterable[Any]) -> Any:
    """Return ``value`` if it is one of ``options``; else raise a ValueError naming all three."""
    options = list(options)
    if value not in options:
        raise ValueError(f"{param}={value!r} is not valid; choose one of: {_fmt(options)}")
    return value


def check_type(param: str, value: Any, types: type | tuple[type, ...], expected: str) -> Any:
    """Raise a TypeError naming the parameter, the expected type and the type received."""
    if not isinstance(value, types):
        raise TypeError(f"{param} must be {expected}, got {type(value).__name__}: {value!r:.80}")
    return value


def check_count(param: str, value: Any, minimum: int = 0, meaning: str = "") -> int:
    """``value`` as the int count it is, or an error naming ``param``: a count or count threshold
    (``min_count``, ``min_df``, ``n``, ``top``) is an int (a numpy integer too; not a bool, not a float) of at
    least ``minimum``. TypeError for another type, ValueError below ``minimum``, with ``meaning`` (what the
    count is) in the message. A negative count is never a threshold that keeps everything, nor a Python slice
    from the end: ``head(-1)`` and ``[:-1]`` had drawn every term but one for ``n=-1``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{param} must be an int{f' ({meaning})' if meaning else ''}, got {type(value).__name__}: "
                        f"{value!r:.80}")
    if value < minimum:
        raise ValueError(f"{param}={plain_value(value)!r} must be at least {minimum}"
                         + (f" ({meaning})" if meaning else ""))
    return int(value)


def check_ci(value: Any, param: str = "ci") -> float:
    """A confidence level as a float strictly between 0 and 1, the same in every function that takes ``ci``
    (frame_balance, topic_prevalence, frame_packages, estimate_effect, Wordscores, LatentSemanticScaling).
    A numpy float is one (``np.float32(0.9)`` had been refused by the topic tables and taken by the scaling
    models); a string or a bool is a TypeError, a number outside (0, 1) (``95`` for 95 %) a ValueError."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{param} must be a confidence level strictly between 0 and 1 (e.g. 0.95), got "
                        f"{type(value).__name__}: {value!r:.80}")
    if not 0.0 < float(value) < 1.0:
        raise ValueError(f"{param}={plain_value(value)!r} must be a confidence level strictly between 0 and 1, "
                         "e.g. 0.95")
    return float(value)


def check_flag(param: str, value: Any) -> bool:
    """``value`` as the bool it is, or a TypeError naming ``param``: a switch is True or False (a numpy bool,
    or the ints 0 and 1, too). A string is refused: every non-empty one is true in Python, so
    ``drop_stop="False"`` (as R's ``FALSE`` or a value read from a settings file) had dropped the stopwords."""
    if isinstance(value, (bool, np.bool_)) or (isinstance(value, (int, np.integer)) and value in (0, 1)):
        return bool(value)
    raise TypeError(f"{param} must be True or False, got {type(value).__name__}: {value!r:.80}")


#: where the table a parameter names comes from, for the error when something else is passed
_TABLE_SOURCE = {"tokens": "the token table of dc.tokenize(corpus)",
                 "counts": "a count table such as dc.count_terms(tokens, by=...)"}


def check_dataframe(param: str, value: Any) -> pd.DataFrame:
    """Raise a TypeError unless ``value`` is a DataFrame. The message names what was passed without printing
    it (a Series' repr is many lines) and says what to pass instead: one column of the table (``tokens["norm"]``)
    or a list of its values is the commonest slip in a notebook."""
    if isinstance(value, pd.DataFrame):
        return value
    where = _TABLE_SOURCE.get(param, "a pandas DataFrame")
    if isinstance(value, pd.Series):
        col = f"{value.name!r}, " if value.name is not None else ""
        raise TypeError(f"{param} must be a pandas DataFrame, got a Series (one column: {col}{len(value):,} "
                        f"values). Pass the whole table ({where}), not one of its columns: {param}, not "
                        f"{param}[{value.name if value.name is not None else '...'!r}]; a Series s becomes a "
                        "one-column table with s.to_frame()")
    size = f" of {len(value):,} items" if isinstance(value, (list, tuple, dict, np.ndarray)) else ""
    raise TypeError(f"{param} must be a pandas DataFrame, got {type(value).__name__}{size}: {value!r:.60}. "
                    f"Pass {where}; a list or dict of columns becomes one with pd.DataFrame(...)")


#: the columns of ``find_quotes`` that the token table does not carry (each quotation's own): a token holds its
#: quotation's ``quote_id``, through which they are joined
QUOTE_ONLY_COLUMNS = frozenset(("speaker_role", "speaker_org", "channel", "speaker_reason", "speaker_as_written", "cue",
                                "kind", "parent_id", "n_paragraphs", "anomaly", "content_start", "content_end"))


def check_columns(df: pd.DataFrame, required: Sequence[str], what: str) -> None:
    """Raise a ValueError listing the missing columns and the columns there are."""
    missing = [c for c in required if c not in df.columns]
    if missing:
        hint = ""
        if what.startswith("tokens") and "token" in df.columns:
            from .text import TOKEN_COLUMNS

            token_level = [c for c in missing if c in TOKEN_COLUMNS and c != "doc_id"]
            quote_level = [c for c in missing if c in QUOTE_ONLY_COLUMNS and c not in token_level]
            doc_level = [c for c in missing if c not in token_level and c not in quote_level]
            if quote_level:
                # a column of each quotation (find_quotes: speaker_org, speaker_role, channel ...): the token table
                # holds its quote_id, so a join brings it; metadata= reads document columns and cannot
                one = len(quote_level) == 1
                cols = ", ".join(repr(c) for c in ["doc_id", "quote_id", *quote_level])
                hint += (f". {_fmt(quote_level)} " + ("is a column of each quotation" if one else
                                                     "are columns of each quotation")
                         + ", not of the documents: take " + ("it" if one else "them") + " from dc.find_quotes(corpus) "
                         f"and join on the token table's quote_id, tokens.merge(quotes[[{cols}]], "
                         "on=['doc_id', 'quote_id'], how='left') (tokenize and find_quotes given the same options)")
            if token_level:
                # a column tokenize writes for every token (is_stop, is_punct, norm...): metadata= cannot supply it
                one = len(token_level) == 1
                hint = (f". {_fmt(token_level)} " + ("is a column of every token, not a document column"
                                                      if one else "are columns of every token, not document columns")
                        + " (tokenize's metadata= cannot supply " + ("it" if one else "them") + "): make the token "
                        "table with dc.tokenize(corpus), or add the column" + ("" if one else "s") + " to this table"
                        + ("; or, where the function takes drop_stop=, pass drop_stop=False (stopwords are then "
                           "kept, so 'is_stop' is not needed)" if "is_stop" in token_level else ""))
            if doc_level:
                # a token table lacks a document column: tokenize copies only the columns it is asked for
                hint += (f". Document columns reach the token table through "
                         f"dc.tokenize(corpus, metadata=[{', '.join(repr(c) for c in doc_level)}, ...]) (every column "
                         "by default); a column named by load_corpus's source=, title=, author= or date= takes that "
                         "name ('source', ...)")
        elif what.startswith("counts") and {"term", "n"} & set(missing) and "token" in df.columns:
            # a token table where a count table is wanted: counting is one call away
            hint = (". This looks like a token table; count it first: "
                    "dc.count_terms(tokens, by=[<group columns>]) gives the 'term' and 'n' columns")
        raise ValueError(
            f"{what} is missing column(s) {_fmt(missing)}; it has: {_fmt(df.columns, 40)}{hint}"
        )


#: where a group column is renamed, by the kind of table it was taken from (see :func:`check_by_names`)
_RENAME_IN = {
    "tokens": "in the documents before tokenising (corpus.documents = corpus.documents.rename(columns={{{old!r}: "
              "{new!r}}})) or in the token table (tokens.rename(columns={{{old!r}: {new!r}}}))",
    "counts": "in the counts (counts.rename(columns={{{old!r}: {new!r}}}))",
}


def check_by_names(by: Sequence[str], reserved: Iterable[str], what: str, *, table: str = "tokens",
                   param: str = "by") -> None:
    """Refuse a group column whose name the function also writes in its own table, or uses for a column
    of its own on the way (``reserved``): a table with two columns of one name, or one overwritten by the
    other, is a wrong result or a traceback from inside pandas, never the groups asked for.

    ``what`` names the table in the message ("frame counts"); ``table`` ("tokens" or "counts") says where the
    column is to be renamed. ValueError naming the column, the table and the fix.

    A column named twice is refused too, as the frame functions refuse it: ``by=["source", "source"]`` had
    failed inside pandas ("cannot insert source, already exists") in count_terms, and keyness had asked for
    a target of two values, one per copy."""
    by = list(by)
    twice = sorted({c for c in by if by.count(c) > 1}, key=str)
    if twice:
        raise ValueError(f"{param}={by!r} names {_fmt(twice)} more than once; name each column once")
    reserved = list(dict.fromkeys(reserved))
    clash = [c for c in by if c in reserved]
    if not clash:
        return
    old = clash[0]
    new = f"{old}_group"
    where = _RENAME_IN.get(table, _RENAME_IN["tokens"]).format(old=old, new=new)
    others = f" (and {_fmt(clash[1:])})" if len(clash) > 1 else ""
    raise ValueError(f"{param}={old!r}{others} names a column that {what} also write ({_fmt(clash)}); rename it "
                     f"{where} and pass {param}={new!r}. Names {what} use for their own columns: "
                     f"{_fmt(reserved, 40)}")


#: the largest seed numpy takes (``random_state`` of the library, ``--random-state`` of the command)
SEED_MAX = 2**32 - 1


def check_seed(param: str, value: Any, flag: str = "") -> int:
    """``value`` as the int seed it is, or an error naming ``param``: a seed is an int (a numpy integer too;
    not a bool, not a float) from 0 to ``SEED_MAX`` (2**32 - 1), the seeds numpy's generators take and the
    range of ``--random-state`` on the command line. TypeError for another type, ValueError out of range."""
    named = f" ({flag})" if flag else ""  # the command-line flag, where the caller has one
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{param}{named} must be an int seed from 0 to 2**32 - 1, got {type(value).__name__}: "
                        f"{value!r:.80}; pass e.g. {param}=0")
    if not 0 <= value <= SEED_MAX:
        raise ValueError(f"{param}={plain_value(value)!r}{named} is not a seed numpy takes; give an int from 0 to "
                         f"2**32 - 1 ({SEED_MAX}), e.g. {param}=0")
    return int(value)


def is_missing(value: Any) -> bool:
    """None, NaN, NA or NaT (a scalar that pandas reads as missing); False for lists and arrays."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float):
        return value != value
    try:
        return bool(pd.isna(value)) if pd.api.types.is_scalar(value) else False
    except (TypeError, ValueError):
        return False


def plain_value(value: Any) -> Any:
    """A numpy scalar as the Python value it holds (for messages and seeds); any other value unchanged."""
    return value.item() if isinstance(value, np.generic) else value


def plain_dtype(dtype: Any) -> Any:
    """The dtype of a categorical's values (its categories); any other dtype unchanged."""
    return dtype.categories.dtype if isinstance(dtype, pd.CategoricalDtype) else dtype


def plain_columns(df: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """``df`` with its categorical ``columns`` (default: all) as plain columns of their categories' dtype.

    The token table holds document columns, norms and voices as categoricals (1-4 bytes per token); tables
    built from it (counts, balances, keys of groups) hold the plain values, with the dtype the document
    column has, so that they compare equal whatever chunk or table they were counted from.
    """
    cols = [c for c in (df.columns if columns is None else columns) if isinstance(df[c].dtype, pd.CategoricalDtype)]
    if not cols:
        return df
    df = df.copy()
    for c in cols:
        try:
            df[c] = df[c].astype(df[c].cat.categories.dtype)
        except (TypeError, ValueError):  # integer categories with missing values: no plain dtype holds both
            df[c] = df[c].astype(object)
    return df


def as_list(value: str | Sequence[str] | None) -> list[str]:
    """``None`` -> [], ``"a"`` -> ["a"], sequences -> list, any other single value ``v`` -> [v].

    A single value that is not a string is one item too: a group value such as the year 2017
    (``reference=2017``), a topic number (``topics=1``) or a column label that pandas allows (``by=3`` for a
    column named 3). ``list(2017)`` had failed with "'int' object is not iterable" from here; now the value is
    checked where it is used, as a column, group or topic, by the error that names the ones there are."""
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def progress(iterable: Iterable[Any], *, total: int | None = None, desc: str = "", disable: bool | None = None):
    """Wrap ``iterable`` in a tqdm progress bar on stderr, shown only when stderr is a terminal."""
    if disable is None:
        disable = not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty())
    if disable:
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, desc=desc, leave=False)


def warn_deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """The one warning of an old name that still works: ``"{old} is deprecated and will be removed in the next
    release; use {new}"``, a :class:`~discourse.errors.DeprecatedNameWarning`. Renamed parameters
    (:func:`renamed_params`), renamed functions and the command's renamed flags all warn through it, so every
    old name is reported alike and one filter catches them all. ``stacklevel`` counts from the caller of this
    function (3: the user's line that called the function calling this one)."""
    from .errors import DeprecatedNameWarning

    warnings.warn(f"{old} is deprecated and will be removed in the next release; use {new}", DeprecatedNameWarning,
                  stacklevel=stacklevel)


def _shown_name(func: Callable) -> str:
    """How a call of ``func`` reads in a message: ``labels`` as ``TopicModel.labels``, ``Wordscores.__init__``
    as ``Wordscores``, a function as its name."""
    qual = getattr(func, "__qualname__", func.__name__)
    if "<locals>" in qual:
        return func.__name__
    return qual[: -len(".__init__")] if qual.endswith(".__init__") else qual


def renamed_params(*, positional: Sequence[str] = (), **old_to_new: str) -> Callable:
    """Accept a keyword argument's old name, and options once given by position, for one release, with a
    :class:`~discourse.errors.DeprecatedNameWarning` naming the new form.

    ``@renamed_params(level="ci")`` lets ``f(level=0.9)`` run as ``f(ci=0.9)`` and warns; giving both names
    is a TypeError. ``positional=("top_n",)`` lets a parameter that has become keyword-only still be given by
    position after the positional ones (``model.labels(5)`` runs as ``model.labels(top_n=5)``), warning.
    The package's one parameter grammar (README, "Parameter names": ``ci`` is a confidence level, ``level`` a
    granularity, ``random_state`` a seed, ``seeds`` seed words, ``top_n`` how many top-ranked items, ...) is
    kept this way without breaking scripts written before it.
    """

    def decorate(func: Callable) -> Callable:
        name = _shown_name(func)
        params = list(inspect.signature(func).parameters.values())
        n_positional = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)
        if any(p.kind == p.VAR_POSITIONAL for p in params) and positional:
            raise TypeError(f"{name}() takes *args: its options cannot have been positional")

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for old, new in old_to_new.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"{name}() got both {old}= (deprecated) and {new}=; give {new}= only")
                    warn_deprecated(f"{name}({old}=...)", f"{new}=")
                    kwargs[new] = kwargs.pop(old)
            if len(args) > n_positional and positional:
                extra = args[n_positional:]
                if len(extra) > len(positional):
                    raise TypeError(f"{name}() takes {n_positional + len(positional)} positional arguments but "
                                    f"{len(args)} were given")
                for param, value in zip(positional, extra, strict=False):
                    if param in kwargs:
                        raise TypeError(f"{name}() got multiple values for argument {param!r}")
                    warn_deprecated(f"{name}() with {param} given by position", f"{param}={value!r:.40}")
                    kwargs[param] = value
                args = args[:n_positional]
            return func(*args, **kwargs)

        wrapper.__renamed_params__ = dict(old_to_new)
        wrapper.__positional_params__ = tuple(positional)
        return wrapper

    return decorate


def document_categorical(column: pd.Series, rows: Any, counts: np.ndarray | None = None) -> pd.Categorical:
    """A document column repeated onto the tokens of documents ``rows`` (positions), as the token table holds
    it: a Categorical of the column's own values, categories in sorted order where the values sort (in order
    of first appearance where they do not); missing values stay missing. :func:`discourse.tokenize` and the
    topic model's text path both build document columns with it, so their tables agree. ``counts`` (the
    number of rows of each document, where ``rows`` is ``np.repeat(np.arange(len(column)), counts)``, as in
    the token table) repeats the codes instead of gathering them, the same values 50 times faster."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.array.take(rows)
    try:
        codes, uniques = pd.factorize(column, sort=True)
    except TypeError:  # values of mixed types do not sort: categories in order of first appearance
        codes, uniques = pd.factorize(column, sort=False)
    if uniques.dtype == object:  # strings in an object column: str categories, as a DataFrame would infer
        uniques = pd.Index(uniques.to_numpy(dtype=object))
    # the codes taken in the dtype from_codes would give them (see category_code_dtype): no int64 array per token
    codes = codes.astype(category_code_dtype(len(uniques)), copy=False)
    per_row = codes[rows] if counts is None else np.repeat(codes, counts)
    return pd.Categorical.from_codes(per_row, categories=uniques, validate=False)


def category_code_dtype(n_categories: int) -> np.dtype:
    """The integer dtype pandas gives the codes of a Categorical with ``n_categories`` categories (int8 below
    127, int16 below 32,767, ...; ``pandas.core.dtypes.cast.coerce_indexer_dtype``): codes built in it from the
    start are neither copied nor converted by ``Categorical.from_codes``, which would otherwise make a
    full-length copy of each column of the token table."""
    for dt in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(dt).max:
            return np.dtype(dt)
    return np.dtype(np.int64)
