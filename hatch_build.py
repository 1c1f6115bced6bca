"""Build hook: compile the optional C kernel (discourse/_kernel.c, the token scan) into the wheel.

The kernel is optional: where it cannot be compiled (no C compiler, no Python headers) the wheel is built
without it, pure Python, and ``discourse.text`` tokenises with its regular-expression pattern, which gives
identical tokens (tests/test_kernel.py). ``DISCOURSE_NO_KERNEL=1`` at build time leaves it out on purpose;
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


def compile_kernel(root: Path, build_dir: Path) -> Path:
    """Compile ``root/discourse/_kernel.c`` with setuptools' ``build_ext`` into ``build_dir``; the path of the
    extension module (``.../discourse/_kernel<EXT_SUFFIX>``). Raises where it cannot be compiled."""
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    build_dir.mkdir(parents=True, exist_ok=True)
    ext = Extension("discourse._kernel", sources=[str(root / "discourse" / "_kernel.c")])
    cmd = build_ext(Distribution({"name": "discourse-kernel", "ext_modules": [ext]}))
    cmd.build_lib = str(build_dir)
    cmd.build_temp = str(build_dir / "tmp")
    cmd.ensure_finalized()
    cmd.run()
    path = Path(cmd.get_ext_fullpath("discourse._kernel"))
    if not path.exists():
        raise RuntimeError(f"the compiled kernel is not where build_ext says: {path}")
    return path


class KernelBuildHook(BuildHookInterface):
    """Put the compiled kernel into the wheel (a platform wheel then), or build a pure wheel where it fails."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("DISCOURSE_NO_KERNEL"):
            return
        self._tmp = Path(tempfile.mkdtemp(prefix="discourse_kernel_"))
        try:
            path = compile_kernel(Path(self.root), self._tmp)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the pure-Python wheel
            self.app.display_warning(f"discourse: the C kernel was not compiled ({type(exc).__name__}: {exc}); "
                                     "the wheel is pure Python and tokenises with the regular expression "
                                     "(identical results, slower)")
            return
        build_data["force_include"][str(path)] = f"discourse/{path.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version, build_data, artifact_path) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":  # python hatch_build.py: the kernel next to the sources (editable installs, tests)
    built = compile_kernel(ROOT, ROOT / "build" / "kernel")
    target = ROOT / "discourse" / built.name
    shutil.copy2(built, target)
    print(f"built {target}", file=sys.stderr)
