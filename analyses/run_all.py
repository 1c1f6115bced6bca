"""Reproduce every figure of ``analyses/`` in one run: ``python -m analyses.run_all [OUT_DIR]``.

The analysis (tokens, frame tables, keyness, topic model) is computed once and shared by all figures, so
this is faster than running the ``fig_*`` scripts one by one; the files written are the same, except that a
provenance file also lists the warnings and notes of the steps shared with figures drawn before it (the warnings
of the run so far: ``discourse.report.write_figure``).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from discourse.report import FIGURES, Analysis, write_figure

#: the figure scripts, in the order of the README table
SCRIPTS = [f"fig_{name}" for name in FIGURES]


def main(out_dir: str | Path = "figures", corpus=None, *, dpi: int = 150, **options) -> dict[str, dict]:
    """Write every figure (PNG, SVG, CSV, provenance JSON) into ``out_dir``; return ``{name: result}``.

    ``dpi`` is the resolution of the PNG files, as each ``fig_<name>.main`` takes it (300 or 600 for print);
    ``options`` go to :class:`discourse.report.Analysis` (``by``, ``lexicon``, ``n_topics``, ``n_boot``,
    ``random_state``).
    """
    for script in SCRIPTS:  # every figure has its script
        importlib.import_module(f"analyses.{script}")
    analysis = Analysis(corpus, **options)
    return {name: write_figure(name, out_dir, analysis, dpi=dpi) for name in FIGURES}


if __name__ == "__main__":
    import matplotlib

    from analyses import print_warnings

    matplotlib.use("Agg")
    out = sys.argv[1] if len(sys.argv) > 1 else "figures"
    for name, result in main(out).items():
        status = f"skipped ({result['skipped']})" if result["skipped"] else f"{len(result['files'])} files"
        print(f"{name}: {status}")
        print_warnings(result)
