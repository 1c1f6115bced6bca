"""The one-command report: the whole analysis of a corpus as one self-contained HTML page, CSVs and figures.

``discourse report`` (or :func:`build_report`) loads a corpus, tokenises it with voice, measures framing
(counts, balance with intervals, the matches behind every score, per-term contributions), contrasts the
vocabulary of every group against the rest (keyness), fits a small topic model and relates topics to frames
and groups, then writes

- ``report.html``: a summary of findings first, every figure embedded, every table sortable (click a column
  header), the KWIC lines behind each frame score, what could not be computed and why, the files made, and
  the provenance record; it needs no network and no other file;
- ``explore.html``: the interactive vocabulary explorer for the main contrast (:func:`discourse.explore`);
- ``tables/*.csv``: the tables behind the figures and the page (byte-identical when run again with the same
  input and parameters);
- ``figures/*.png`` and ``figures/*.svg``;
- ``provenance.json``: corpus hash, lexicon version and hash, parameters, seeds, package versions.

The package holds one idea per module: :mod:`.analysis` (the tables, computed once), :mod:`.figures` (the
figures, :data:`FIGURES`, :func:`write_figure`, which the ``analyses/`` scripts use), :mod:`.page` (the
HTML) and :mod:`.build` (writing the folder, all or nothing).
"""

from __future__ import annotations

from .analysis import MIN_POLE_HITS, POLES, Analysis, report_options
from .build import build_report, check_out_folder, main_contrast
from .figures import FIGURES, Figure, dispersion_terms, draw_figure, save_figure, write_csv, write_figure
from .page import html_table, summary_items

__all__ = ["Analysis", "FIGURES", "Figure", "MIN_POLE_HITS", "POLES", "build_report", "check_out_folder",
           "dispersion_terms", "draw_figure", "html_table", "main_contrast", "report_options", "save_figure",
           "summary_items", "write_csv", "write_figure"]
