"""The package's shape (DESIGN.md): no module imports another module's private names, no import cycles,
documented public functions."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import discourse as dc

PACKAGE = Path(dc.__file__).resolve().parent


def _modules() -> dict[str, ast.Module]:
    out = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        rel = p.relative_to(PACKAGE).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(["discourse", *parts])] = ast.parse(p.read_text(encoding="utf-8"))
    return out


def _imports(name: str, tree: ast.Module) -> list[tuple[str, list[str], bool]]:
    """(module imported, names, at top level?) for every import of a package module in ``tree``."""
    pkg = name if name == "discourse" or name.count(".") == 0 else name.rsplit(".", 1)[0]
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")
                if node.level > 1:
                    base = base[: -(node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("discourse"):
                names = [a.name for a in node.names]
                if not node.module and node.level:  # "from . import x": x is a module
                    for a in names:
                        found.append((f"{mod}.{a}", [], id(node) in top))
                else:
                    found.append((mod, names, id(node) in top))
    return found


def test_no_private_name_crosses_a_module_boundary():
    offenders = []
    for name, tree in _modules().items():
        for mod, names, _ in _imports(name, tree):
            if mod == name or mod.rsplit(".", 1)[-1].startswith("_"):
                continue  # own names, and shared private helper modules such as discourse._util
            offenders += [f"{name}: {n} from {mod}" for n in names if n.startswith("_") and not n.startswith("__")]
    assert not offenders, offenders


def test_no_import_cycle_at_import_time():
    mods = _modules()
    graph = {name: {m for m, _, top in _imports(name, tree) if top and m in mods and m != name}
             for name, tree in mods.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(n: str, path: list[str]) -> None:
        state[n] = 1
        for m in graph[n]:
            if state.get(m) == 1:
                cycles.append(path[path.index(m):] + [m] if m in path else [n, m])
            elif m not in state:
                visit(m, path + [m])
        state[n] = 2

    for n in graph:
        if n not in state:
            visit(n, [n])
    assert not cycles, cycles


def test_the_checks_see_a_violation():
    # the two checks above must be able to fail: a private import and a cycle, written on purpose
    tree = ast.parse("from .text import _secret\nfrom . import quotes\n")
    found = _imports("discourse.counts", tree)
    assert ("discourse.text", ["_secret"], True) in found
    assert ("discourse.quotes", [], True) in found


@pytest.mark.parametrize("name", sorted(dc.__all__))
def test_every_public_name_has_a_docstring(name):
    if name == "__version__":
        return
    obj = getattr(dc, name)
    if inspect.isfunction(obj) or inspect.isclass(obj):
        assert (obj.__doc__ or "").strip(), f"discourse.{name} has no docstring"


def test_dir_lists_the_public_names_not_the_package_helpers():
    # dir(discourse) (tab completion) lists every exported name and no helper __init__.py imports for itself
    import discourse as dc

    names = dir(dc)
    assert set(dc.__all__) <= set(names)
    assert not {"importlib", "sys", "types", "Any", "annotations"} & set(names)
    import discourse.segment  # noqa: F401  (an imported submodule is listed, as for any package)

    assert "segment" in dir(dc)
