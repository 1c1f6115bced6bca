"""Frame balance by source (promotional vs rights log-odds) for the author's voice, quoted voices and both, with bootstrap intervals.

Writes ``frame_balance.png``, ``frame_balance.svg``, ``frame_balance.csv`` (the table behind the figure) and
``frame_balance.provenance.json`` into ``out_dir``. Run from the repository root: ``python -m analyses.fig_frame_balance [OUT_DIR]``.
"""

from __future__ import annotations

from pathlib import Path

from discourse.report import write_figure


def main(out_dir: str | Path = "figures", corpus=None, **options) -> dict:
    """Draw the figure on ``corpus`` (default: the bundled seeds) and write its files into ``out_dir``.

    ``options`` go to :class:`discourse.report.Analysis` (``by``, ``lexicon``, ``n_topics``, ``n_boot``,
    ``random_state``). Returns ``write_figure``'s dict (``files``, ``skipped``, ``data``).
    """
    return write_figure('frame_balance', out_dir, corpus=corpus, **options)


if __name__ == "__main__":
    from analyses import run_script

    run_script(main)
