"""Who speaks in subtitle files and closed captions.

**WebVTT voice tags**: a WebVTT cue's text may open with a voice span, ``<v Anna Lee>...`` (closed by ``</v>`` or
the cue's end), which "identifies the speaker" of the cue's text (WebVTT: The Web Video Text Tracks Format, W3C,
4.2.2 "WebVTT cue voice span"; classes may follow the ``v``: ``<v.loud Anna Lee>``). The words are that person's, as
a transcript turn's are its speaker's: a span of kind ``speech`` with no marks, ``cue`` ``'<v>'``, the speaker the
annotation names (resolved in the document's name table, so 'Officer Tom Grant' is Tom Grant) and
``speaker_reason`` ``voice tag``. The tags themselves are set aside by cleaning (``discourse.clean``, rule
``subtitle-tag``), so only the words between them are counted.
"""

from __future__ import annotations

from ._posts import unmarked_speech
from ._re_cache import compile as _rx

__all__ = ["voice_cues"]

# a voice span's start tag: 'v', optional classes ('.loud'), white space, the annotation (the speaker), '>'
_VOICE = _rx(r"<v(?:\.[\w\-]+)*[ \t]+(?P<name>[^<>\n]{1,100}?)[ \t]*>")
_CLOSE = _rx(r"</v>|\n[ \t]*\n|\n(?=[^\n]*-->)")


def voice_cues(text: str, units: list[tuple[int, int]], quotes: list[dict], table, speakers: bool) -> list[dict]:
    """The voice spans of ``text`` as speech spans (see the module docstring), sorted by start; ``table`` resolves
    the speakers (the document's name table, or ``None``: built here when needed); no speakers when ``speakers`` is
    false."""
    if "<v" not in text:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL, _Speakers

    out = []
    for m in _VOICE.finditer(text):
        s = m.end()
        c = _CLOSE.search(text, s)
        e = c.start() if c is not None else len(text)
        e = s + len(text[s:e].rstrip())
        if e <= s or any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        name = m.group("name")
        if not speakers:
            info = dict(_NO_SPEAKERS_AT_ALL)
        else:
            if table is None:
                table = _Speakers(text, sorted((q["start"], q["end"]) for q in quotes))
            info = table.resolve(name, m.start("name"), m.end("name"))
            if info["speaker"] is None:
                info = dict(info, speaker=name, speaker_as_written=name)
            info = dict(info, speaker_reason="voice tag")
        n_par = sum(a < e and b > s for a, b in units)
        out.append(unmarked_speech(s, e, "<v>", n_par, info))
    return out
