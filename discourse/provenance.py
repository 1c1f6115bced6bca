"""Provenance records: what produced an output folder, so that any figure or table can be reproduced.

Every output folder written by the report and the ``analyses/`` scripts carries a JSON file holding the
corpus fingerprint (:meth:`Corpus.hash`: SHA-256 over every document column, texts and metadata alike, so
the same texts with other sources or dates have another fingerprint), the lexicon's name, version and hash, the parameters and random
seeds of the run, the versions of Python and of the packages that computed the numbers, and a SHA-256 hash of the
discourse code itself (:func:`code_info`), which tells two revisions apart where the version number does not.

The record holds no clock time and no host name, so that the same input and parameters give a
byte-identical file (the package versions and the Python version are what can differ between machines).
"""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping, Sequence
from importlib import metadata as _metadata
from pathlib import Path
from typing import Any

__all__ = ["provenance", "write_provenance", "write_record", "package_versions", "lexicon_info", "corpus_info",
           "code_info"]

#: the packages whose versions can change a number in a table or a pixel in a figure, and Pillow, through which
#: matplotlib encodes the PNG files (its encoder and zlib decide their bytes)
PACKAGES: tuple[str, ...] = ("discourse", "numpy", "pandas", "scipy", "nltk", "gensim", "networkx",
                             "matplotlib", "seaborn", "pillow")


def package_versions(packages: Sequence[str] = PACKAGES) -> dict[str, str | None]:
    """Installed version of each package (``None`` when it is not installed), plus ``python``."""
    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in packages:
        try:
            out[name] = _metadata.version(name)
        except _metadata.PackageNotFoundError:
            if name == "discourse":  # running from a source checkout that is not installed
                from . import __version__

                out[name] = __version__
            else:
                out[name] = None
    return out


_CODE_SUFFIXES = (".py", ".c", ".json", ".toml", ".tsv", ".csv", ".txt", ".html", ".css", ".js")
_code_cache: dict[str, Any] = {}


def code_info(root: str | Path | None = None) -> dict[str, Any]:
    """A SHA-256 hash over the files of the discourse package (or of the folder ``root``): its Python and C sources,
    stored models, word lists, lexicons and report templates, each file's path relative to the folder and its
    bytes, in path order (compiled kernels and caches are left out, being built from the sources, and so is the
    seed corpus an installed package carries, whose own fingerprint the corpus record holds: an installed package
    and its source checkout give the same hash), and their number. The version number stays the same between revisions of a source checkout; this hash changes with any
    change of code or data that can change a result, and is the same for the same files on any machine. The
    package's own hash is computed once per process."""
    if root is None and _code_cache:
        return dict(_code_cache)
    import hashlib

    base = Path(__file__).resolve().parent if root is None else Path(root)
    h = hashlib.sha256()
    files = sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in _CODE_SUFFIXES
                   and not {"__pycache__", "_seeds"} & set(p.relative_to(base).parts))
    for p in files:
        rel = p.relative_to(base).as_posix().encode()
        data = p.read_bytes()
        h.update(len(rel).to_bytes(4, "big") + rel + len(data).to_bytes(8, "big") + data)
    info = {"sha256": h.hexdigest(), "files": len(files)}
    if root is None:
        _code_cache.update(info)
    return info


def corpus_info(corpus) -> dict[str, Any]:
    """Name, origin, fingerprint and size of a :class:`~discourse.Corpus`.

    ``hash_sha256`` is :meth:`Corpus.hash`: it covers the ids, the texts and every metadata column (source,
    date, title, author and any other), in a canonical serialisation. ``origin`` is the path as the caller gave
    it; the bundled seeds are :data:`BUNDLED_SEEDS`, not the absolute folder of this checkout.
    """
    docs = corpus.documents
    return {
        "name": corpus.name,
        "origin": _corpus_origin(corpus),
        "hash_sha256": corpus.hash(),
        "documents": int(len(docs)),
        "sources": int(docs["source"].nunique()) if "source" in docs else None,
        "characters": int(docs["text"].str.len().sum()),
        "set_aside_spans": int(len(corpus.set_aside)),
        "skipped_items": int(len(corpus.skipped)),
        "cleaned": bool(getattr(corpus, "cleaned", False)),
    }


#: how the record names the bundled seed corpus: like the bundled lexicon (``discourse/lexicons/framing.toml``), by
#: what it is, not by the folder of one checkout or installation, so two checkouts of one commit write the same record
BUNDLED_SEEDS = "seeds (bundled with discourse: load_corpus() with no path)"


def _corpus_origin(corpus) -> str | None:
    """The corpus's origin as given by the caller; the bundled seeds as :data:`BUNDLED_SEEDS`."""
    origin = getattr(corpus, "origin", None)
    if origin is None:
        return None
    from .corpus import seeds_path

    try:
        if Path(str(origin)).resolve() == seeds_path().resolve():
            return BUNDLED_SEEDS
    except (OSError, ValueError, FileNotFoundError):  # an origin that is no path (a DataFrame's label)
        pass
    return str(origin)


def _attr(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    return value() if callable(value) else value


def lexicon_info(lexicon) -> dict[str, Any]:
    """Name, version, hash, origin and categories of a lexicon (missing attributes are recorded as null)."""
    cats = _attr(lexicon, "categories")
    info: dict[str, Any] = {
        "name": _attr(lexicon, "name"),
        "version": _attr(lexicon, "version"),
        "hash_sha256": _attr(lexicon, "hash"),
        "origin": None if _attr(lexicon, "origin") is None else str(_attr(lexicon, "origin")),
        "categories": [str(c) for c in cats] if cats is not None else None,  # lexicon order breaks ties
    }
    citation = _attr(lexicon, "citation")
    info["citation"] = str(citation) if citation else None
    for key in ("name", "version", "hash_sha256"):
        if info[key] is not None:
            info[key] = str(info[key])
    return info


def _jsonable(value: Any) -> Any:
    """Turn numpy scalars, paths, ranges, sets and tuples into plain JSON values."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, list | tuple | range):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        return value.item()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def provenance(corpus=None, *, lexicon=None, parameters: Mapping[str, Any] | None = None,
               seeds: Mapping[str, Any] | None = None, outputs: Sequence[str] | None = None,
               what: str | None = None) -> dict[str, Any]:
    """A provenance record as a plain dict (JSON-ready).

    Parameters
    ----------
    corpus : Corpus, optional
        Recorded by name, origin, SHA-256 fingerprint and size.
    lexicon : Lexicon, optional
        Recorded by name, version, SHA-256 hash and categories.
    parameters : mapping, optional
        Every option that shaped the result (grouping column, window sizes, number of topics...).
    seeds : mapping, optional
        Every random seed used (``{"random_state": 0}``); kept apart from ``parameters`` so they are
        easy to find.
    outputs : list of str, optional
        File names the record describes (sorted in the record).
    what : str, optional
        A one-line description of the output.

    Returns
    -------
    dict with the keys ``what``, ``corpus``, ``lexicon``, ``parameters``, ``seeds``, ``outputs``,
    ``packages`` (``python`` and one entry per package in :data:`PACKAGES`), ``code`` (:func:`code_info`).
    """
    return _jsonable({
        "what": what,
        "corpus": corpus_info(corpus) if corpus is not None else None,
        "lexicon": lexicon_info(lexicon) if lexicon is not None else None,
        "parameters": dict(parameters or {}),
        "seeds": dict(seeds or {}),
        "outputs": sorted(outputs or []),
        "packages": package_versions(),
        "code": code_info(),
    })


def write_record(path: str | Path, record: Mapping[str, Any]) -> Path:
    """Write a provenance record (any mapping; numpy scalars, paths and sets made plain) as indented JSON
    with sorted keys to ``path``: the one writer of every provenance file. Returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_jsonable(record), indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


def write_provenance(path: str | Path, corpus=None, **kwargs: Any) -> Path:
    """Write :func:`provenance` as indented JSON with sorted keys to ``path``; return the path."""
    return write_record(path, provenance(corpus, **kwargs))
