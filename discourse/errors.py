"""Error classes for bad input files.

:class:`InputError` is a ``ValueError`` that names the file, the problem and the fix, so that scripts can
catch ``ValueError`` as before and the ``discourse`` command can print it as one line::

    data/news.csv: lines 3, 7 have more fields than the header (4 > 3). Fix: quote the text field ("...")
    or give the delimiter with sep=';' (--sep ';').
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["InputError", "DeprecatedNameWarning", "LanguageWarning", "PunctuationWarning"]


class DeprecatedNameWarning(DeprecationWarning, FutureWarning):
    """An old name of a parameter, function or command-line flag, which still works for one release.

    A ``DeprecationWarning``, as Python's convention for a name that goes away asks (shown for calls from a
    script or notebook, and by pytest); also a ``FutureWarning``, which the earlier renames of the package
    (``level=`` -> ``ci=``, ``--seed`` -> ``--random-state``) warned with, so that filters written for those
    (``-W error::FutureWarning``) still catch these. The message names the new name.
    """


class LanguageWarning(UserWarning):
    """Documents that do not read as English, given to rules that are English only.

    The stopword list (``is_stop``, ``drop_stop``), the stemmer, the quotation, reported-speech and speaker
    rules and the use of each lexicon hit are written for English; on text in another language they run but
    find little (no stopwords, no reporting verbs, no speakers) and say nothing about it. The message names
    the documents; filter this class to silence it once that is known
    (``warnings.simplefilter("ignore", dc.LanguageWarning)``).
    """


class PunctuationWarning(UserWarning):
    """Documents written without sentence punctuation, as automatic speech recognition (YouTube's automatic
    captions, Whisper without punctuation, most podcast transcripts) writes them.

    Sentences follow the text's full stops, question and exclamation marks; without them a whole transcript is one
    "sentence", and every rule that reads a sentence (reported clauses, which stop after
    :data:`discourse.quotes.REPORT_REACH` characters, the use of each lexicon hit, sentence units) reads far more
    than a sentence. The message names the documents; filter this class to silence it once that is known
    (``warnings.simplefilter("ignore", dc.PunctuationWarning)``).
    """


class InputError(ValueError):
    """A corpus or lexicon file that cannot be read as given.

    Attributes
    ----------
    path : str or None
        The file (or folder) at fault.
    problem : str
        What is wrong, in one sentence.
    fix : str
        What to do about it, naming the Python parameter and the command-line flag.
    """

    def __init__(self, path: str | Path | None, problem: str, fix: str = "") -> None:
        self.path = None if path is None else str(path)
        self.problem = problem
        self.fix = fix
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{problem}" + (f". Fix: {fix}" if fix else ""))
