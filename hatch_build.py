"""Build hook: compile the optional C kernels into the wheel: discourse/_kernel.c (the token scan, Punkt's
steps, paragraphs, the frame matcher's scans) and discourse/_kernel_quotes.c (the whole-text scans of quotation
finding).

The kernels are optional: where they cannot be compiled (no C compiler, no Python headers) the wheel is built
without them, pure Python, and ``discourse.text`` tokenises with its regular-expression pattern, quotation
finding scans with its regular expressions, the frame matcher uses pyahocorasick and numpy, with identical
results (tests/test_kernel.py, tests/test_kernel_quotes.py, tests/test_matcher_kernel.py). ``DISCOURSE_NO_KERNEL=1`` at build time leaves it out on purpose;
the same variable at run time makes an installed kernel unused. Editable installs do not compile it: build it
next to the sources with ``python hatch_build.py`` (the file is ignored by git).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # imported for compile_kernel alone (tests, an in-place build)
    BuildHookInterface = object

ROOT = Path(__file__).resolve().parent


KERNELS = ("_kernel", "_kernel_quotes")


def compile_kernel(root: Path, build_dir: Path, name: str = "_kernel") -> Path:
    """Compile ``root/discourse/<name>.c`` with setuptools' ``build_ext`` into ``build_dir``; the path of the
    extension module (``.../discourse/<name><EXT_SUFFIX>``). Raises where it cannot be compiled."""
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    build_dir.mkdir(parents=True, exist_ok=True)
    ext = Extension(f"discourse.{name}", sources=[str(root / "discourse" / f"{name}.c")])
    cmd = build_ext(Distribution({"name": "discourse-kernel", "ext_modules": [ext]}))
    cmd.build_lib = str(build_dir)
    cmd.build_temp = str(build_dir / "tmp")
    # always compile: build_ext skips a module whose object is newer than its source by the clock, which a source
    # restored by git (git stash, a checkout) can be older than while its text differs, and a stale kernel then
    # disagrees with the Python patterns it mirrors
    cmd.force = True
    cmd.ensure_finalized()
    cmd.run()
    path = Path(cmd.get_ext_fullpath(f"discourse.{name}"))
    if not path.exists():
        raise RuntimeError(f"the compiled kernel is not where build_ext says: {path}")
    return path


class KernelBuildHook(BuildHookInterface):
    """Put the compiled kernels into the wheel (a platform wheel then), or build a pure wheel where they fail."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("DISCOURSE_NO_KERNEL"):
            return
        self._tmp = Path(tempfile.mkdtemp(prefix="discourse_kernel_"))
        for name in KERNELS:
            try:
                path = compile_kernel(Path(self.root), self._tmp, name)
            except Exception as exc:  # noqa: BLE001 - any failure leaves that kernel out (its pure-Python path)
                self.app.display_warning(f"discourse: the C kernel {name}.c was not compiled ({type(exc).__name__}: "
                                         f"{exc}); the wheel uses the regular expressions instead (identical "
                                         "results, slower)")
                continue
            build_data["force_include"][str(path)] = f"discourse/{path.name}"
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def finalize(self, version, build_data, artifact_path) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":  # python hatch_build.py: the kernels next to the sources (editable installs, tests)
    for name in KERNELS:
        built = compile_kernel(ROOT, ROOT / "build" / "kernel", name)
        target = ROOT / "discourse" / built.name
        shutil.copy2(built, target)
        print(f"built {target}", file=sys.stderr)
