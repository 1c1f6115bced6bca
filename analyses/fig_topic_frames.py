"""Topic x frame: where each frame's lexicon hits fall among the topics.

Writes ``topic_frames.png``, ``topic_frames.svg``, ``topic_frames.csv`` (the table behind the figure) and
``topic_frames.provenance.json`` into ``out_dir``. Run from the repository root: ``python -m analyses.fig_topic_frames [OUT_DIR]``.
"""

from __future__ import annotations

from pathlib import Path

from discourse.report import write_figure


def main(out_dir: str | Path = "figures", corpus=None, **options) -> dict:
    """Draw the figure on ``corpus`` (default: the bundled seeds) and write its files into ``out_dir``.

    ``options`` go to :class:`discourse.report.Analysis` (``by``, ``lexicon``, ``n_topics``, ``n_boot``,
    ``random_state``). Returns ``write_figure``'s dict (``files``, ``skipped``, ``data``).
    """
    return write_figure('topic_frames', out_dir, corpus=corpus, **options)


if __name__ == "__main__":
    from analyses import run_script

    run_script(main)
