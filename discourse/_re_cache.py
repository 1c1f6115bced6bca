"""Regular expressions of the rules, compiled once per machine instead of once per process.

The quotation, speaker and cleaning rules are written as about 600 regular expressions of 1.3 million
characters (word lists of cue verbs, titles and organisations spelt out in alternations). Python's ``re`` parses
and compiles each of them in pure Python every time a process imports the modules: 4-5 s of the 7 s that
``import discourse.text`` took, paid again by every command, every script and every spawned worker.

What ``re.compile`` builds is a program of SRE opcodes (``re._compiler._code``) that depends only on the pattern,
its flags and the Python that compiled it; the last step, ``_sre.compile``, turns that program into the pattern
object in C and takes no measurable time. :func:`compile` keeps each program in a file in the user's cache
directory and hands it to ``_sre.compile`` in later processes, so the pattern object is the one ``re.compile``
returns: same pattern string, flags, groups, group names and opcodes (``tests/test_re_cache.py`` compares the
opcodes of every pattern of the rules with a fresh compilation).

Safety. The file is named by the Python version and SRE's own format number (``_sre.MAGIC``), so a program is
only ever given to the Python that made it; each pattern is looked up by a SHA-256 of its text and flags; the
whole file carries a CRC-32 that is checked when it is read, so a damaged file is ignored whole (a flipped
opcode could otherwise still be a valid program that matches something else), and ``_sre`` checks every
program's structure itself. Anything unexpected (another Python implementation, a changed internal signature, a
file that cannot be read or written) falls back to ``re.compile``: the cache changes how long an import takes,
never what a pattern matches.

Where: ``$DISCOURSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/discourse``, else ``~/.cache/discourse``. Setting
``DISCOURSE_CACHE_DIR`` to an empty string turns the cache off. A directory that cannot be written is not an
error; the patterns are then compiled as usual in every process.

Only patterns compiled at import (module constants) go through here; patterns built from a user's data (a
lexicon, a name table) use ``re.compile`` and are never written to disk.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import struct
import sys
import threading
import zlib
from array import array
from pathlib import Path

try:  # the internals re.compile itself uses (CPython 3.11+)
    import _sre
    from re import _compiler, _parser

    _USABLE = (
        sys.implementation.name == "cpython"
        and _sre.CODESIZE == 4
        and array("I").itemsize == 4
        and callable(getattr(_compiler, "_code", None))
    )
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    _USABLE = False

_HEADER = b"discourse-sre-cache 1\n"
_MAX_BYTES = 64 * 2**20  # beyond this, a file keeps only the patterns of the process that writes it

_lock = threading.Lock()
_state: dict = {"loaded": False, "entries": {}, "code": array("I"), "new": 0, "used": set(), "path": None,
                "hits": 0, "misses": 0}


def cache_dir() -> Path | None:
    """The folder of the cache, or None when it is turned off (``DISCOURSE_CACHE_DIR=""``)."""
    env = os.environ.get("DISCOURSE_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "discourse"
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):  # no home folder to be found (some batch systems): no cache
        return None
    return home / ".cache" / "discourse"


def _file() -> Path | None:
    if not _USABLE:
        return None
    folder = cache_dir()
    if folder is None:
        return None
    version = "-".join(str(v) for v in sys.version_info[:3])
    return folder / f"re-{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}.bin"


def _read(path: Path) -> tuple[dict, array]:
    """The entries and the opcodes of a cache file; empty if it is missing, damaged or of another format."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, array("I")
    try:
        if not data.startswith(_HEADER):
            return {}, array("I")
        pos = len(_HEADER)
        crc, n_head = struct.unpack_from("<IQ", data, pos)
        pos += struct.calcsize("<IQ")
        body = data[pos:]
        if zlib.crc32(body) != crc or n_head > len(body):
            return {}, array("I")
        entries = json.loads(body[:n_head].decode("utf-8"))
        code = array("I")
        code.frombytes(body[n_head:])
        if sys.byteorder != "little":  # the file is written little-endian
            code.byteswap()
        if not isinstance(entries, dict):
            return {}, array("I")
        return entries, code
    except (ValueError, struct.error, UnicodeDecodeError):
        return {}, array("I")


def _load() -> None:
    if _state["loaded"]:
        return
    _state["loaded"] = True
    path = _file()
    _state["path"] = path
    if path is not None:
        _state["entries"], _state["code"] = _read(path)


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name of what it replaces
    """``re.compile(pattern, flags)``, with the compiled program kept between processes (see the module)."""
    flags = int(flags)
    if not _USABLE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    with _lock:
        _load()
        if _state["path"] is None:
            return re.compile(pattern, flags)
        key = _key(pattern, flags)
        entry = _state["entries"].get(key)
        if entry is not None:
            try:
                final_flags, groups, groupindex, indexgroup, offset, length = entry
                code = _state["code"][offset:offset + length].tolist()
                if len(code) == length:
                    compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
                    _state["used"].add(key)
                    _state["hits"] += 1
                    return compiled
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # a program _sre refuses, or internals that changed: compile it afresh
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags = flags | parsed.state.flags
        groups = parsed.state.groups - 1
        try:
            compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        except TypeError:  # pragma: no cover - a Python whose _sre.compile takes other arguments
            return re.compile(pattern, flags)
        offset = len(_state["code"])
        try:
            _state["code"].extend(code)
        except OverflowError:  # pragma: no cover - an opcode outside 32 bits: not cached
            return compiled
        _state["entries"][key] = [final_flags, groups, groupindex, indexgroup, offset, len(code)]
        _state["used"].add(key)
        _state["new"] += 1
        _state["misses"] += 1
        return compiled


def save() -> None:
    """Write the patterns compiled since the file was read, if any; silent when the folder cannot be written."""
    with _lock:
        path = _state["path"]
        if path is None or not _state["new"]:
            return
        entries, code = _state["entries"], _state["code"]
        if len(code) * 4 > _MAX_BYTES:  # keep only what this process used
            kept, packed = {}, array("I")
            for key in _state["used"]:
                flags_, groups, groupindex, indexgroup, offset, length = entries[key]
                kept[key] = [flags_, groups, groupindex, indexgroup, len(packed), length]
                packed.extend(code[offset:offset + length])
            entries, code = kept, packed
        out = array("I", code)
        if sys.byteorder != "little":
            out.byteswap()
        head = json.dumps(entries, separators=(",", ":")).encode("utf-8")
        body = head + out.tobytes()
        blob = _HEADER + struct.pack("<IQ", zlib.crc32(body), len(head)) + body
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(blob)
            os.replace(tmp, path)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass
            return
        _state["new"] = 0


def _reset() -> None:
    """Forget the file read and the patterns compiled (for tests: the next call reads the cache folder afresh)."""
    with _lock:
        _state.update(loaded=False, entries={}, code=array("I"), new=0, used=set(), path=None, hits=0, misses=0)


def stats() -> dict:
    """How many patterns this process took from the cache and compiled itself, and the file it uses."""
    return {"hits": _state["hits"], "misses": _state["misses"], "file": _state["path"]}


atexit.register(save)


def finditer_at(rx: re.Pattern, text: str, openings: re.Pattern, lead: str = ""):
    """The matches of ``rx.finditer(text)``, tried only where a match can start: at each match of ``openings``, and
    at the character before it where that character is one of ``lead`` (a pattern such as ``[ \\t]?\\[...``).

    For a pattern that can start only there: one that opens with look-behinds, optional characters or an
    alternation (or carries ``re.I``) gets no prefix scan from ``re``, which then tries it at every position of a
    text. The caller states the openings; a test per pattern compares this with ``finditer``."""
    def starts():
        for c in openings.finditer(text):
            p = c.start()
            if lead and p > 0 and text[p - 1] in lead:
                yield p - 1
            yield p
    return finditer_from(rx, text, starts())


def occurrences(text: str, words, start: int = 0) -> list[int]:
    """Where each of ``words`` is written in ``text`` from ``start`` on: every occurrence of each (``str.find``,
    overlapping ones too), in increasing order without repeats. The places a pattern that opens with one of the words
    can start, for :func:`finditer_from` or a ``match`` at each."""
    out = set()
    for word in words:
        i = text.find(word, start)
        while i >= 0:
            out.add(i)
            i = text.find(word, i + 1)
    return sorted(out)


def finditer_from(rx: re.Pattern, text: str, starts):
    """The matches of ``rx.finditer(text)`` where every match starts at one of ``starts`` (positions in increasing
    order, repeats allowed): each is tried at most once with ``match``, none inside the last match, so the matches are
    finditer's non-overlapping leftmost ones (for a pattern that never matches the empty string)."""
    pos, last = 0, -1
    for p in starts:
        if p < pos or p == last:
            continue
        last = p
        m = rx.match(text, p)
        if m is not None:
            yield m
            pos = m.end()


_LINE_ANCHORED: dict[tuple[str, int], bool] = {}


def _line_anchored(rx: re.Pattern) -> bool:
    """Whether every match of ``rx`` starts at a line start and none is empty: the pattern is compiled with
    ``re.M``, its first item at the top level is ``^`` (so no top-level alternative goes without it) and its least
    width is above zero. Read from ``re``'s own parse of the pattern, once per pattern; anything unexpected (another
    Python, a changed parser) answers False, and the caller then scans as ``finditer`` does."""
    key = (rx.pattern, rx.flags)
    got = _LINE_ANCHORED.get(key)
    if got is None:
        got = False
        try:
            from re import _constants, _parser  # (Python 3.11+; sre_parse before)

            parsed = _parser.parse(rx.pattern, rx.flags)
            got = bool(rx.flags & re.M) and bool(parsed.data) \
                and parsed.data[0] == (_constants.AT, _constants.AT_BEGINNING) and parsed.getwidth()[0] > 0
        except Exception:  # noqa: BLE001 - any failure of a private parser means: scan as finditer does
            got = False
        _LINE_ANCHORED[key] = got
    return got


_FLAG_PREFIX = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_NEXT_LINE: dict[tuple[str, int], re.Pattern | None] = {}


def _next_line_twin(rx: re.Pattern) -> re.Pattern | None:
    """For a line-anchored ``rx`` written as its flags, ``^`` and the rest: the same pattern with a newline in place
    of the ``^`` (``\\n`` and the rest), whose search ``re`` runs in C, scanning for the newline as a literal prefix
    and trying the rest after each one. None where the pattern is not written so (``(?:^a)``; a top-level
    alternative that ``re`` factored, ``^a|^b``): checked on ``re``'s parse of both, once per pattern."""
    key = (rx.pattern, rx.flags)
    if key in _NEXT_LINE:
        return _NEXT_LINE[key]
    twin = None
    try:
        head = _FLAG_PREFIX.match(rx.pattern).end()
        if rx.pattern[head:head + 1] == "^":
            text = rx.pattern[:head] + "\\n" + rx.pattern[head + 1:]
            a = _parser.parse(rx.pattern, rx.flags).data
            b = _parser.parse(text, rx.flags).data
            if len(a) == len(b) and b[0] == (_parser.LITERAL, 10) \
                    and [op for op, _ in a[1:]] == [op for op, _ in b[1:]]:
                twin = compile(text, rx.flags & ~re.U if isinstance(rx.pattern, str) else rx.flags)
    except Exception:  # noqa: BLE001 - anything unexpected: try each line start in Python
        twin = None
    _NEXT_LINE[key] = twin
    return twin


def finditer_lines(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """The matches of ``rx.finditer(text, pos, endpos)`` for a pattern anchored at line starts (``re.M`` and ``^``
    first; see :func:`_line_anchored`, which is checked, else this is ``finditer``), tried only at the line starts.

    ``re`` has no line-start scan: it tries such a pattern at every position of the text and fails at once where no
    line starts, about 40 ns a character, which the thirty line rules of cleaning paid on every document (a fifth of
    the time of cleaning UN speeches). Same matches: line starts are tried in increasing order, none inside the last
    match, each with ``match`` and the same ``endpos``; ``^`` matches at ``pos`` only where a line starts there, as in
    ``finditer``. After the first line, the line starts where the pattern can match are found by its twin
    (:func:`_next_line_twin`: a newline and the rest, searched in C from the newline before the next line start) and
    each match is the pattern's own ``match`` there; a pattern without a twin is tried at each line start in turn."""
    if not _line_anchored(rx):
        yield from rx.finditer(text, pos, *(() if endpos is None else (endpos,)))
        return
    n = len(text) if endpos is None else max(0, min(endpos, len(text)))
    pos = max(0, pos)
    twin = _next_line_twin(rx)
    if twin is not None:
        q = pos
        if q == 0:  # the first line start, with no newline before it
            if n <= 0:
                return
            m = rx.match(text, 0, n)
            if m is not None:
                yield m
                q = m.end()
            else:
                q = 1
        while q < n:
            found = twin.search(text, q - 1, n)  # a newline at q - 1 or later: a line start at q or later
            if found is None:
                return
            p = found.start() + 1
            m = rx.match(text, p, n)
            if m is None:  # (cannot be: the twin's rest matched there)
                q = p + 1
                continue
            yield m
            q = m.end()
        return
    p = pos if pos == 0 else _line_start_from(text, pos, n)
    while 0 <= p < n:
        m = rx.match(text, p, n)
        if m is not None:
            yield m
            p = _line_start_from(text, m.end(), n)
        else:
            p = _line_start_from(text, p + 1, n)


def _line_start_from(text: str, q: int, n: int) -> int:
    """The first line start at or after ``q`` (0 < q), before ``n``; -1 where there is none."""
    if q <= len(text) and text[q - 1] == "\n":
        return q
    i = text.find("\n", q, n)
    return -1 if i < 0 else i + 1
