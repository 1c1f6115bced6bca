"""The compiled whole-text scans of quotation finding, loaded where built.

``KERNEL`` is the C module ``discourse._kernel_quotes`` (``discourse/_kernel_quotes.c``, compiled into the wheel
by ``hatch_build.py`` where a C compiler is present; ``python hatch_build.py`` builds it next to the sources),
or None where it is not built or ``DISCOURSE_NO_KERNEL`` is set. It scans a text for what four regular
expressions find: the quotation-mark candidates (``_quote_marks._MARK_RE``), the lines of a paragraph block
(``_quote_marks._TRIMMED_LINE``), white space before a reporting verb (``_reported._R_GATE``) and the sentence
pieces of a paragraph (``_reported._SENTENCE_PIECE``); and where the document nouns of the speaker table's owner
patterns begin (``_speaker_names._doc_places``, else an Aho-Corasick automaton). Each module keeps its pattern or
automaton as the pure-Python path,
with identical spans (tests/test_kernel_quotes.py compares both), so results never depend on whether the kernel
is built; only the speed does (the scans read every character of every text, 3-5x faster in C).
"""

from __future__ import annotations

from ._util import compiled

KERNEL = compiled("_kernel_quotes")
