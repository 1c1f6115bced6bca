"""Interview excerpts in research writing: a paragraph that opens with a participant's code is that participant's
words.

Qualitative research reports quote their participants by pseudonymous codes rather than names ("P3: We are building
a panopticon.", "Participant 12 (planning officer): ...", "Interviewee 7: ...", "R4: ..."), often as block
quotations, which take no quotation marks (APA 7, 8.27 and 8.36 on quotations from research participants, which are
quoted as any other source and identified by a pseudonym or code; the Chicago Manual of Style 13.9-13.10 on block
quotations). The label replaces the reporting clause and the marks of running text, as a speaker label does in a
published interview (:mod:`discourse._interviews`). Left in the author's voice, a participant's "panopticon" and
"privacy" counted as the researcher's own framing.

A paragraph opens with such a label where it opens with a participant noun and a number or capital letter
("Participant 3", "Interviewee B", "Respondent 12", "Informant 4", "Officer 2") or a short code of the letters
such reports use and a number ("P3", "R12", "IP-4", "INT 5", "FG2": participant, respondent, interview partner,
interview, focus group; not any capital and digit, "A1:" and "G20:" are a road and a summit), an optional description in parentheses ("(planning officer,
2018)"), then a colon. The words after the colon to the paragraph's end are speech (``cue`` ``':'``), with the code
as written as the speaker (``speaker_reason`` ``participant code``). A quotation in marks followed by such a code in parentheses ('"We are building a panopticon" (P3, city official).', as
APA 7 8.36 identifies a participant after the quotation) is that participant's speech too (``speaker_reason``
``participant code``, ``cue`` the parenthesis as written), unless the rules found another speaker.
A heading with a colon and no code ("Theme 2:",
"Challenge:") is no label, nor is the interviewer's "I:" or "Q:" (the researcher's own words): those are read by
:mod:`discourse._interviews` where they form an exchange.
"""

from __future__ import annotations

from ._posts import unmarked_speech
from ._re_cache import compile as _rx

__all__ = ["participant_excerpts", "participant_codes_after"]

_PARTICIPANT_NOUNS = (r"participant|interviewee|respondent|informant|officer|official|resident|planner|activist|"
                      r"councill?or|engineer|manager|expert|stakeholder|vendor|employee|user")
_CODE = (r"(?:(?:[Pp]articipant|[Ii]nterviewee|[Rr]espondent|[Ii]nformant|"
         + "|".join(rf"{w[0].upper()}{w[1:]}" for w in _PARTICIPANT_NOUNS.split("|")[4:])
         + r")[ \t]+(?:\d{1,3}|[A-Z])\b|(?:P|R|IP|INT|FG|PT)[ \t]?-?\d{1,3}\b)")
# the code in parentheses right after a quotation's closing mark (and a full stop or comma inside or outside it)
_CODE_AFTER = _rx(rf"[ \t]*\((?P<code>{_CODE})(?:,[^()\n]{{1,80}})?\)")
PARTICIPANT_LABEL = _rx(
    r"[ \t]*(?P<code>(?:[Pp]articipant|[Ii]nterviewee|[Rr]espondent|[Ii]nformant|"
    + "|".join(rf"{w[0].upper()}{w[1:]}" for w in _PARTICIPANT_NOUNS.split("|")[4:])
    + r")[ \t]+(?:\d{1,3}|[A-Z])\b|(?:P|R|IP|INT|FG|PT)[ \t]?-?\d{1,3}\b)(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]+(?=\S)")


def participant_excerpts(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The interview excerpts of ``text`` (paragraphs opening with a participant's code, see the module docstring) as
    speech spans, sorted by start; ``units`` are the paragraphs, ``quotes`` the quotations found (one that holds the
    whole excerpt is the excerpt already: no span is added)."""
    if ":" not in text:
        return []
    from ._speakers import _NO_SPEAKERS_AT_ALL  # (loading a corpus needs none of the speaker rules)

    out = []
    for us, ue in units:
        m = PARTICIPANT_LABEL.match(text, us, ue)
        if m is None:
            continue
        s, e = m.end(), us + len(text[us:ue].rstrip())
        if e <= s or any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        code = m.group("code")
        info = (dict(_NO_SPEAKERS_AT_ALL) if not speakers else
                dict(_NO_SPEAKERS_AT_ALL, speaker=code, speaker_as_written=code, speaker_reason="participant code"))
        out.append(unmarked_speech(s, e, ":", 1, info))
    return out


def participant_codes_after(text: str, quotes: list[dict], speakers: bool) -> None:
    """Give each quotation of ``quotes`` without a speaker that a participant's code in parentheses follows (see the
    module docstring) that participant as its speaker, as speech (in place)."""
    if "(" not in text:
        return
    for q in quotes:
        if q.get("speaker") is not None or q["kind"] not in ("speech", "mention") or not q.get("close_mark"):
            continue
        m = _CODE_AFTER.match(text, q["end"])
        if m is None:
            continue
        q["kind"] = "speech"
        if speakers:
            code = m.group("code")
            q.update(speaker=code, speaker_as_written=code, speaker_reason="participant code",
                     cue=m.group().strip())
