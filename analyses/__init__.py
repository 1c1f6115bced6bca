"""Scripts that reproduce the published figures: one ``fig_<name>.py`` per figure and ``run_all``."""

from __future__ import annotations

import sys


def run_script(main) -> None:
    """Command-line entry of a ``fig_<name>`` script: ``python -m analyses.fig_<name> [OUT_DIR]``."""
    import matplotlib

    matplotlib.use("Agg")
    result = main(sys.argv[1] if len(sys.argv) > 1 else "figures")
    for path in result["files"]:
        print(path)
    if result["skipped"]:
        print(f"figure skipped: {result['skipped']}", file=sys.stderr)
    print_warnings(result)


def print_warnings(result) -> None:
    """Say on stderr each warning of the analysis, and which provenance file records it."""
    for text in result.get("warnings", []):
        print(f"{result['name']}: {text} (recorded in {result['name']}.provenance.json)", file=sys.stderr)
