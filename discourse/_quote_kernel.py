"""The compiled whole-text scans of quotation finding, loaded where built.

``KERNEL`` is the C module ``discourse._kernel_quotes`` (``discourse/_kernel_quotes.c``, compiled into the wheel
by ``hatch_build.py`` where a C compiler is present; ``python hatch_build.py`` builds it next to the sources),
or None where it is not built or ``DISCOURSE_NO_KERNEL`` is set. It scans a text for what four regular
expressions find: the quotation-mark candidates (``_quote_marks._MARK_RE``), the lines of a paragraph block
(``_quote_marks._TRIMMED_LINE``), white space before a reporting verb (``_reported._R_GATE``) and the sentence
pieces of a paragraph (``_reported._SENTENCE_PIECE``); and where the document nouns of the speaker table's owner
patterns begin (``_speaker_names._doc_places``, else an Aho-Corasick automaton). It also runs five per-document
loops of quotation finding over those scans: the paragraph units (``_quote_marks._units``), whether the caller's
paragraphs are already clean (``_quote_marks._clean_paragraphs``), the places of reported speech
(``_reported._reported_places``), the sentences reported speech looks at (``_reported._looked_at``) and the
speaker name table's loops over its name runs (``_speakers._Speakers._read_runs_py``, calling the table's own
methods where they can act); and two rules of the quotation patterns: where a pattern that opens with a noun
phrase is tried (``_quote_cues._np_starts``: the starts after the last bar before each cue, those where the
phrase may open and reach its verb) and whether a word of a set is a whole run of a-z letters in a lower-cased
window (``_quote_cues._WordSet``: the cue-word tests). Each module keeps its pattern, automaton or loop as the
pure-Python path,
with identical results (tests/test_kernel_quotes.py compares both), so results never depend on whether the kernel
is built; only the speed does (the scans read every character of every text, 3-5x faster in C).
"""

from __future__ import annotations

from ._util import compiled

KERNEL = compiled("_kernel_quotes")
