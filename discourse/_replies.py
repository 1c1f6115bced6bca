"""A reply printed under its own heading is the words of the party named in the heading.

Accountability reporting gives the people and companies it criticises a right of reply before publication, and an
investigation often prints the replies in full after its findings, each under a heading that names who replied and
when: "Response from Hikvision, 12 May 2023", "Full statement from the Ministry of Public Security", "Letter from
Dahua Technology to Amnesty International", "Hikvision's response" (the right of reply: IPSO Editors' Code, clause 1
(iv), "a fair opportunity to reply"; SPJ Code of Ethics, "give subjects an opportunity to respond"; printed in full
as Amnesty International's and Human Rights Watch's annexes of company responses do). Such a reply takes no quotation
marks: the heading is its attribution, as the heading of a signed foreword or the header of a forwarded message is
(:mod:`discourse._forewords`, :mod:`discourse._posts`). Left in the author's voice, the company's "our smart city
products enhance public safety" counted as the investigation's own promotional framing.

A reply is read where a paragraph of one line (or the first line of a paragraph) is such a heading (a noun of reply, ``Response``, ``Reply``,
``Statement``, ``Letter`` or ``Right of reply``, after ``from`` or ``by`` a name that opens with a capital, or the
name's possessive before it; then optionally ``to`` an addressee and a date after a comma or a dash), and the
paragraph after it is prose (it ends as a sentence does), and the section is the reply, not the writer's account of
it (a subhead "Hikvision's response" over "Hikvision did not dispute the findings. In a statement, the company said
..." is the writer's: no reporting clause whose subject is the party or a description of it, no quotation of speech). The reply runs over the paragraphs after the heading up to
the next heading (a reply heading or any line of at most :data:`HEADING_MAX_WORDS` words that ends neither as a
sentence does nor with a comma: "Methodology", a signature "Hikvision Compliance Department") or the end of the text, at most
:data:`REPLY_MAX_PARAGRAPHS` paragraphs. The span is speech (``cue`` the heading as written, ``channel`` the noun of
reply in lower case, ``speaker_reason`` ``reply heading``). A heading whose "from" names no one with a capital
("Response from the authorities") is the investigation's own and opens nothing, and so is a heading that opens the
text: it is the document's title ("Statement by H.E. Mr. ..." above a speech, a company's "Response from Acme" on
its own page), and the document is the words of its author, whose voice the author's voice already is."""

from __future__ import annotations

from ._posts import unmarked_speech
from ._re_cache import compile as _rx

__all__ = ["reply_sections", "REPLY_MAX_PARAGRAPHS", "HEADING_MAX_WORDS"]

#: how many paragraphs after its heading a reply may run
REPLY_MAX_PARAGRAPHS = 40
#: the most words of a line that ends a reply as a heading of its own (a line that does not end as a sentence does)
HEADING_MAX_WORDS = 10

# the nouns of reply as a heading writes them: a short line without one is read no further, so a text without a reply
# heading pays a length test per paragraph and a literal test per short one
_NOUN_WORDS = ("esponse", "eply", "tatement", "etter")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
         r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
# a name: capitalised words and the function words inside names ('Ministry of Public Security', 'Procter & Gamble'),
# ending in a capitalised word, optionally after 'the'
_NAME = (r"(?:[Tt]he[ \t]+)?[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:of|for|and|&|the|de|du|von|van)[ \t]+)*[A-Z0-9][\w&.’'-]*)"
         r"{0,7}")
_NOUN = r"(?P<noun>[Rr]esponse|[Rr]eply|[Ss]tatement|[Ll]etter|[Rr]ight[ \t]+of[ \t]+[Rr]eply)"
_TAIL = (rf"(?:[ \t]+to[ \t]+{_NAME})?(?:[ \t]*(?:,|:|–|—|-|\()[ \t]*(?:dated[ \t]+)?{_DATE}\)?)?[ \t]*\.?")
_PREFIX = r"[ \t]*(?:#+[ \t]*)?(?:(?:Annex|Appendix)(?:[ \t]+[0-9A-Z]{1,3})?[ \t]*[:.–—-][ \t]*)?"
_HEADING = _rx(rf"{_PREFIX}(?:(?:Full|Complete)[ \t]+(?=[a-z]))?{_NOUN}[ \t]+(?:from|by)[ \t]+(?P<name>{_NAME}){_TAIL}"
               rf"|{_PREFIX}(?P<name2>{_NAME})[’']s[ \t]+(?:(?:full|complete)[ \t]+)?{_NOUN.replace('noun', 'noun2')}"
               rf"{_TAIL}")
# how a line that is no heading ends: a sentence's end, or a comma or colon that goes on ('Dear Ms Callamard,'), before
# any closing quotation marks or brackets
_LINE_GOES_ON = ".!?…:;,"


def _is_heading(text: str, s: int, e: int) -> bool:
    """Is the paragraph from ``s`` to ``e`` a heading: one line of at most :data:`HEADING_MAX_WORDS` words that does
    not end as a sentence does (a reply heading of any length)?"""
    if e - s > 400 or text.find("\n", s, e) >= 0:
        return False
    line = text[s:e]
    if len(line.split()) <= HEADING_MAX_WORDS and line.rstrip().rstrip("\"”’')]")[-1:] not in _LINE_GOES_ON:
        return True
    return len(line) <= 200 and _HEADING.fullmatch(line) is not None


# a reporting clause whose subject is the party or a description of it ('Hikvision said', 'the company told', 'A
# spokesperson declined', 'did not respond'): the writer reports the reply (_narrated)
_REPORTING = (r"(?:said|says|told|stated|responded|replied|added|declined|denied|did\s+not\s+(?:respond|reply|"
              r"comment|dispute|answer)|has\s+not\s+(?:responded|replied|commented))\b")
_NARRATOR_SUBJECT = _rx(r"\b(?:[Tt]he\s+(?:company|firm|group|ministry|government|department|spokes(?:person|man|woman))|"
                        r"[Aa]\s+(?:company\s+)?spokes(?:person|man|woman)|[Ii]t|[Tt]hey)(?:\s+\w+){0,2}?\s+" + _REPORTING)

# the rest of such a clause after the party's name ('Hikvision did not dispute', 'Hikvision's spokesperson said')
_AFTER_NAME = _rx(r"(?:[’']s)?(?:\s+\w+){0,3}?\s+" + _REPORTING)


def _narrated(text: str, s: int, e: int, name: str, quotes: list[dict]) -> bool:
    """Is the section from ``s`` to ``e`` the writer's account of the reply rather than the reply itself: a quotation
    of speech inside it (the writer quoting), or a reporting clause whose subject is the party by its name or a
    description ('Hikvision did not dispute the findings. In a statement, the company said ...')? A body section
    headed "Hikvision's response" tells of the response in the third person (Bell 1991 on attribution in news; a
    reply speaks of the writer in the first person, "we", and of the report in the second or third); such a section
    stays the writer's."""
    if any(q["kind"] == "speech" and s <= q["start"] < e for q in quotes):
        return True
    words = name.split()
    head = words[1] if len(words) > 1 and words[0].lower() == "the" else words[0]  # ('Hikvision', 'Ministry')
    at = text.find(head, s, e)
    while at >= 0:
        if _AFTER_NAME.match(text, at + len(head), e) is not None:
            return True
        at = text.find(head, at + len(head), e)
    return _NARRATOR_SUBJECT.search(text, s, e) is not None


def reply_sections(text: str, units: list[tuple[int, int]], quotes: list[dict], table, speakers: bool) -> list[dict]:
    """The replies of ``text`` printed under their own headings (module docstring), as speech spans sorted by start;
    ``units`` are the paragraphs, ``quotes`` the quotations found (a reply inside one is none), ``table`` the
    document's name table (deferred or built; None: built here when needed)."""
    if len(units) < 3:
        return []  # (a heading after the title, and a reply after it)
    from ._speakers import (  # (loading a corpus needs none of the speaker rules)
        _NO_SPEAKERS_AT_ALL,
        _Speakers,
    )

    out: list[dict] = []
    i = 1  # (a heading that opens the text is its title: the document is the reply, in its author's own voice)
    while i < len(units):
        hs, he = units[i]
        i += 1
        # the heading is the paragraph, or its first line where no blank line follows it
        nl = text.find("\n", hs, he)
        le = he if nl < 0 else nl
        if le - hs > 200:
            continue
        line = text[hs:le]
        if not any(w in line for w in _NOUN_WORDS) or (h := _HEADING.fullmatch(line)) is None:
            continue
        rest = [(nl + 1 + len(text[nl + 1:he]) - len(text[nl + 1:he].lstrip()), he)] if nl >= 0 else []
        body: list[tuple[int, int]] = list(rest)
        j = i
        while j < len(units) and len(body) < REPLY_MAX_PARAGRAPHS:
            s, e = units[j]
            if _is_heading(text, s, e):
                break
            body.append((s, e))
            j += 1
        if not body:
            continue
        s, e = body[0][0], body[-1][1]
        if any(q["start"] <= s and q["end"] >= e for q in quotes):
            continue
        name = (h.group("name") or h.group("name2")).strip()
        if _narrated(text, s, e, name, quotes):
            continue
        noun = " ".join((h.group("noun") or h.group("noun2")).lower().split())
        if not speakers:
            info = dict(_NO_SPEAKERS_AT_ALL)
        else:
            if table is None:
                table = _Speakers(text, [(q["start"], q["end"]) for q in quotes])
            info = dict(table.resolve(name, hs, s))
            if info["speaker"] is None:
                info.update(speaker=name, speaker_as_written=name)
            info.update(speaker_reason="reply heading", channel="reply" if noun == "right of reply" else noun)
        out.append(unmarked_speech(s, e, line.strip(), len(body), info))
        i = j
    return out
