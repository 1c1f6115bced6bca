"""Attribution in news headlines: the reported clauses of headlinese.

Headlines are written in "block language" (Quirk et al. 1985, 11.45-11.47; Mårdh 1980, *Headlinese: On the Grammar
of English Front Page Headlines*): articles and the verb "to be" are dropped, so the source of a claim is a bare noun
phrase, and the attribution takes forms of its own (Bell 1991, *The Language of News Media*, ch. 9 and 10, on
attribution and headlines):

- a reporting clause with a bare subject, first or last: "Police chief says cameras cut crime", "Cameras cut
  crime, police chief says", "Cameras Cut Crime, Says Mayor" (in running text the subject takes a determiner, ", the
  police chief says.", which the rule of reported speech of :mod:`discourse._reported` reads; a bare singular noun is
  grammatical only in block language);
- the colon of attribution: "Mayor: Cameras Will Stay", "Privacy campaigners: mass surveillance is here" (the
  source before the colon, the claim after it);
- a source after a spaced dash at the end, as British papers write it: "Police use of facial recognition unlawful
  – report", "... – MPs".

Such a headline is no sentence of running text: it is a paragraph of its own, short, opens with a capital and ends
in a word, with no full stop (headlines take none: AP Stylebook and the Guardian and Observer style guide,
"headlines") and no sentence end inside (a line of wrapped text that ends mid-sentence is none). Only a unit (a paragraph or line) that is such a
headline is read, in any capitalisation (Title Case, sentence case, ALL CAPS: the verbs are compared case-folded),
and only where no speech quotation or reported clause found before covers it (a mention in quotation marks may
stand in it). The colon and the dash give a speaker only
where the words before the colon name a person or body by a role noun ("Mayor", "Police chief", "Campaigners",
"UN rights chief"), or the words after the dash are a short bare noun phrase that names a source (capitalised words, "– Amnesty", "–
MPs", or a noun of a person, body or document, "– report", "– study") and is no format label of the page
("– live", "– video", "– in pictures" name the form of the article, not a source); the kickers of a headline
("EXCLUSIVE:", "ANALYSIS:", "EXPLAINER:") name no one, and a live page's form after the colon is no clause ("Council
data breach: live updates", "...: as it happened"; :data:`_FORM_CLAUSES`): "council" had said "live updates".
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ._quote_cues import _ADDRESSEE_VERBS, _ROLE_NOUN_WORDS
from ._reported import _R_INV_VERBS, PREPOSITIONS, REPORTING_VERBS, THAT_REPORTING_VERBS, own_name_subject
from ._speaker_names import _PRONOUN_SPEAKERS
from ._speakers import _SpansOnly, _Speakers
from .segment import paragraphs

#: the longest unit read as a headline (characters), and its most words: 25, as the headline rule of the quotation
#: sieve (:func:`discourse._quote_sieve._headline_quotes`) has it
HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 25
_WORD = r"[^\W\d_][\w'’&.\-]*"
_NP = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"  # one to four words, no determiner needed (block language)
_FINAL = re.compile(rf"(?P<clause>\S.*?\S),\s+(?P<spk>{_NP})\s+(?P<cue>{_WORD})")
_FINAL_INV = re.compile(rf"(?P<clause>\S.*?\S),\s+(?P<cue>{_R_INV_VERBS})\s+(?P<spk>{_NP})", re.IGNORECASE)
_SUBJECT = re.compile(_NP)
_COLON = re.compile(rf"(?P<spk>{_NP}):\s+(?P<clause>\S.*)")
_DASH = re.compile(rf"(?P<clause>\S.*?\S)\s+(?P<cue>[–—]|--?)\s+(?P<spk>{_WORD}(?:\s+{_WORD}){{0,2}})")
_WORDS = re.compile(_WORD)

_FINAL_VERBS = REPORTING_VERBS | THAT_REPORTING_VERBS
#: nouns that name a speaker by what it is: the role nouns of the attribution rules, and the collective sources of
#: news attribution
_ROLE_HEADS = frozenset(w.lower() for w in _ROLE_NOUN_WORDS) | frozenset(
    "police critic campaigner union council court regulator watchdog government ministry".split())
#: what a headline's kicker or a page's format label says (the form of the article, no source): AP's "EXPLAINER:",
#: Reuters' "FACTBOX-", the Guardian's "– live", "– in pictures"
_LABELS = frozenset((
    "exclusive analysis explainer factbox fact check opinion comment editorial review interview live video audio "
    "podcast photos pictures gallery watch listen breaking update updated quiz feature profile obituary letters "
    "timeline q&a newsletter sponsored advertisement transcript transcripts slides").split())
# ("transcript", "slides": an earnings call's pages, "<Company> Q2 2016 Results - Earnings Call Transcript" and "...
# - Earnings Call Slides", as Seeking Alpha titles them; the call's record, not a source who said the results)
#: what follows the colon or dash of a live blog's headline: the form of the page, no clause ("Council data breach: live
#: updates", "Protest at city hall: as it happened", "... – live updates": the Guardian's, the BBC's and CNN's live pages)
_FORM_CLAUSES = frozenset(("live", "live updates", "live update", "latest updates", "latest", "live coverage",
                           "live blog", "live news", "live reaction", "as it happened", "in pictures", "in photos",
                           "what we know", "what we know so far", "the latest"))
#: words no bare source after a dash holds (a subtitle or a phrase goes on: "– and why it matters", "– in pictures")
_NOT_SOURCE = frozenset(
    "a an the this that these those and or but nor so yet as if in on at by for of to with from into how why what "
    "when where who which is are was were be it its their our my your his her not no let me".split())
#: pronouns in the nominative, which stand before their verb: a unit that ends in one is cut mid-clause
_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
#: a sentence end inside a unit (a full stop, question or exclamation mark before more text)
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s+\S")
#: nouns of the documents and figures a headline cites as its source after a dash ("– report", "– study", "– poll")
_DOCUMENT_SOURCES = frozenset(
    "report reports study studies survey surveys poll polls research data figures audit inquiry review analysis "
    "watchdog".split())


def _is_headline(unit: str) -> bool:
    """A short unit of four words or more that opens with a capital (or a figure) and ends in a content word (no full
    stop, comma, dash or closing quotation mark, no "and", "the" or "we"), with no sentence end inside: one headline, not a
    line of running text."""
    first = _WORDS.search(unit)
    last = unit.rsplit(None, 1)[-1].lower()
    return (len(unit) <= HEADLINE_MAX_CHARS and unit[-1].isalnum() and first is not None and last not in _NOT_SOURCE
            and last not in _SUBJECT_PRONOUNS
            and (first.group()[0].isupper() or unit[0].isdigit()) and _SENTENCE_END.search(unit) is None
            and 4 <= len(_WORDS.findall(unit)) <= HEADLINE_MAX_WORDS)


_ADDRESSING = re.compile(_ADDRESSEE_VERBS)


def _names_source(words: list[str]) -> bool:
    """Do the words before a colon name a speaker by a role noun ("Mayor", "Police chief", "Campaigners")?"""
    low = [w.lower() for w in words]
    if not low or low[0] in _LABELS or " ".join(low) in _LABELS or any(w in _NOT_SOURCE for w in low):
        return False  # a kicker, or a title with a phrase ("Experts in Resilience: The Caribbean Reality")
    if _ADDRESSING.fullmatch(low[0]):
        # "Tell Mayor Smith: No Spy Cameras", "Urge the Council: ...": an imperative of a verb whose object is the one
        # addressed, a campaign's call to write to them; the source of a headline's colon is a noun phrase (block
        # language drops the reporting verb, not its subject: Mårdh 1980), and the mayor is who is to be told
        return False
    return any(w in _ROLE_HEADS or (w.endswith("s") and w[:-1] in _ROLE_HEADS) for w in low)


def _attribution(unit: str) -> tuple[str, str, int, int] | None:
    """(speaker as written, cue, clause start, clause end) of a headline's attribution, offsets in ``unit``."""
    m = _FINAL_INV.fullmatch(unit)
    if m is not None and m.group("spk").split()[0].lower() not in _PRONOUN_SPEAKERS:
        return m.group("spk"), m.group("cue"), m.start("clause"), m.end("clause")
    m = _FINAL.fullmatch(unit)
    if m is not None and m.group("cue").lower() in _FINAL_VERBS:
        spk = m.group("spk")
        if spk.split()[0].lower() not in _PRONOUN_SPEAKERS and not any(
                w.lower() in _FINAL_VERBS for w in spk.split()):
            return spk, m.group("cue"), m.start("clause"), m.end("clause")
    words = list(_WORDS.finditer(unit))
    for i in range(1, min(5, len(words) - 3)):  # the first reporting verb after one to four words of subject
        verb = words[i].group().lower()
        if verb not in _FINAL_VERBS:
            continue
        spk = unit[:words[i].start()].rstrip()
        that = words[i + 1].group().lower() == "that"
        first = words[i + 2 if that else i + 1]
        low = [w.group().lower() for w in words[:i]]
        if _SUBJECT.fullmatch(spk) and (verb in REPORTING_VERBS or that) and low[0] not in _PRONOUN_SPEAKERS \
                and not any(w in _NOT_SOURCE for w in low) and first.group().lower() not in PREPOSITIONS \
                and len(words) - (i + 2 if that else i + 1) >= 3:
            return spk, words[i].group(), first.start(), len(unit)
        break
    m = _COLON.fullmatch(unit)
    if m is not None and _names_source(m.group("spk").split()) and len(_WORDS.findall(m.group("clause"))) >= 2 \
            and " ".join(m.group("clause").lower().split()) not in _FORM_CLAUSES:
        return m.group("spk"), ":", m.start("clause"), m.end("clause")
    m = _DASH.fullmatch(unit)
    if m is not None:
        words = m.group("spk").split()
        low = [w.lower() for w in words]
        # a source: a name (capitalised words: "– Amnesty", "– MPs", "– UN"), or a noun of a person, body or document
        source = all(w[0].isupper() for w in words) or low[-1] in _ROLE_HEADS or low[-1] in _DOCUMENT_SOURCES or (
            low[-1].endswith("s") and low[-1][:-1] in _ROLE_HEADS)
        if source and not any(w in _NOT_SOURCE or w in _LABELS for w in low) and " ".join(low) not in _LABELS \
                and len(_WORDS.findall(m.group("clause"))) >= 3:
            return m.group("spk"), m.group("cue"), m.start("clause"), m.end("clause")
    return None


def headline_attributions(text: str, units: list[tuple[int, int]], found: list[dict], table,
                          names: tuple[tuple[str, ...], ...] = ()) -> list[dict]:
    """The reported clauses of the headlines among ``units`` (see the module's docstring) that no span of ``found``
    (quotations and reported clauses) overlaps, as :func:`discourse._reported._reported` gives its clauses.
    ``table``: the document's speaker table (or the stand-in of spans-only finding), None to build one; ``names``: the
    document's own names (:func:`discourse._reported.own_names`): a headline whose source is the document's own
    ("Acme says ..." on Acme's page) is the document's own claim, as in the rule of reported speech."""
    # (a mention, a scare quote or a title in quotation marks, is no attribution: a headline that holds one is read,
    # "'Innovative' Cameras Will Cut Crime, Police Chief Says", as the rule of reported speech reads a sentence)
    spans = sorted((d["start"], d["end"]) for d in found if d["kind"] != "mention")
    paras: set[tuple[int, int]] | None = None  # a headline is a paragraph of its own, not a line of one
    out: list[dict] = []
    for us, ue in units:
        while us < ue and text[us].isspace():
            us += 1
        while ue > us and text[ue - 1].isspace():
            ue -= 1
        if ue <= us or not _is_headline(text[us:ue]) or any(s < ue and e > us for s, e in spans):
            continue
        got = _attribution(text[us:ue])
        if got is None:
            continue
        if paras is None:
            paras = set(paragraphs(text))
        if (us, ue) not in paras:
            continue
        spk, cue, cs, ce = got
        if names and own_name_subject((spk,), names):
            continue
        if table is None:
            table = _Speakers(text, [(d["start"], d["end"]) for d in found])
        info = table.resolve(spk, us, us + ce)
        out.append({"start": us + cs, "end": us + ce, "content_start": us + cs, "content_end": us + ce,
                    "open_mark": "", "close_mark": "", "kind": "reported", "cue": cue.lower(), "parent_id": None,
                    "n_paragraphs": 1, "anomaly": None, **info})
    return out


_NON_SPACE = re.compile(r"\S")
_COLON_BEFORE = re.compile(rf"\s*(?P<spk>{_NP})\s*:\s*")


def headline_colon_quotes(text: str, units: list[tuple[int, int]], out: list[dict], table, speakers: bool) -> None:
    """Make a quotation that a headline attributes with a colon after a role ("Mayor: 'Cameras Are Innovative'",
    "Police chief: 'Innovative cameras will cut crime'") the speech of that role, where the rules left it a mention
    or speech without a speaker.

    US headlines quote in single quotation marks and attribute by the colon (AP Stylebook, "headlines"; Bell 1991,
    ch. 9): the words after the colon are the source's, not a scare quote of the writer's. The quotation must be the
    rest of a headline (a paragraph of its own of at most :data:`HEADLINE_MAX_WORDS` words) and the words before the
    colon must name a person or body by a role noun (:func:`_names_source`), not a kicker ("Exclusive:") or a topic
    ("Brexit: 'Innovative' cameras at the border"); a name alone is left to the rule that finds the name quoted in
    the story (:func:`discourse._quote_sieve._headline_quotes`). ``table``: the speaker table (or the stand-in of
    spans-only finding), None to build one (a full one where ``speakers``). Changes ``out`` in place."""
    paras: set[tuple[int, int]] | None = None
    # the units are in text order and do not overlap: the one that holds a quotation is the last that starts at or
    # before it (found by bisection: a scan of the units for every quotation had been quadratic on a text of many
    # short paragraphs of quotations)
    starts = [us for us, _ in units]
    for d in out:
        if d["kind"] not in ("mention", "speech") or d["parent_id"] is not None or d.get("speaker") is not None:
            continue
        i = bisect_right(starts, d["start"]) - 1
        if i < 0 or d["end"] > units[i][1] or _NON_SPACE.search(text, d["end"], units[i][1]):
            continue  # no unit holds the quotation, or the quotation is not the rest of its unit
        unit = units[i]
        us, ue = unit
        m = _COLON_BEFORE.fullmatch(text, us, d["start"])
        if m is None or not _names_source(m.group("spk").split()) \
                or len(_WORDS.findall(text, us, ue)) > HEADLINE_MAX_WORDS:
            continue
        if paras is None:
            paras = set(paragraphs(text))
        if (us, ue) not in paras:
            continue
        if table is None:
            spans = [(q["start"], q["end"]) for q in out if q["parent_id"] is None]
            table = _Speakers(text, spans) if speakers else _SpansOnly(text, spans)
        d["kind"], d["cue"] = "speech", ":"
        d.update(table.resolve(m.group("spk"), us, d["end"]))
