"""Quotations inside a fronted non-finite clause of saying, whose speaker is the main clause's subject.

A participle clause that opens a sentence has no subject of its own: its implied subject is the subject of the
main clause after its comma (Quirk et al. 1985, 15.59 on the subject of a supplementive non-finite clause; the
'dangling participle', whose implied subject is not the main clause's, is the faulty exception that shows the
rule). So a quotation inside such a clause of saying is the speech of that subject:

- 'Observing that “...”, Hough catalogued the finds.': Hough's words;
- 'After declaring that the plan was “a disgrace”, the senator left.': the senator's;
- 'Having told reporters that “...”, she resigned.': hers (the pronoun resolved as every pronoun speaker is);
- 'Noting that “...”, the report recommends ...': the report's.

Not where the main clause cannot give the participle its subject: a passive main clause ('..., the senator was
escorted out': the agent of the participle is not the one the passive's subject names, 15.59's dangling cases) or an
expletive subject ('..., it was found that ...', '..., there is ...': no participant, Quirk et al. 1985, 18.44-18.46
on anticipatory 'it' and existential 'there'); and not where the participle is no verb of saying ('Using the term
“smart city”, ...', a term mentioned) or reports other people's words ('Quoting Lincoln, ...'). 'Without' and
'instead of' deny the saying, and a past participle in the passive ('Asked whether “...”, the chief ...') reports
the words said to the subject, not by it: neither is read.

The rule is asked only where the rules of the quotation's own sentence found no speaker after it
(:func:`discourse.quotes._find`), and only when the text before the quotation opens with an -ing form or 'Having'
(a literal test first, so text without such clauses pays almost nothing).
"""

from __future__ import annotations

import re

from ._re_cache import compile as _rx
from ._speakers import (
    _WORD_RUN as _WORD,  # a word with its apostrophes and hyphens: one pattern, compiled once
)

# the participles of verbs of saying that take a that-clause (Levin 1993, 37.7 'say' verbs; 37.9 'advise' verbs
# with their hearer as object: 'telling reporters that', 'reminding members that'), in -ing or after 'having'
_SAYING = (  # (-ing form, past participle) of each verb
    ("adding", "added"), ("saying", "said"), ("noting", "noted"), ("arguing", "argued"), ("warning", "warned"),
    ("claiming", "claimed"), ("insisting", "insisted"), ("stating", "stated"), ("explaining", "explained"),
    ("stressing", "stressed"), ("emphasi[sz]ing", "emphasi[sz]ed"), ("admitting", "admitted"),
    ("conceding", "conceded"), ("complaining", "complained"), ("observing", "observed"),
    ("acknowledging", "acknowledged"), ("announcing", "announced"), ("declaring", "declared"),
    ("confirming", "confirmed"), ("asserting", "asserted"), ("remarking", "remarked"), ("recalling", "recalled"),
    ("reiterating", "reiterated"), ("affirming", "affirmed"), ("maintaining", "maintained"),
    ("contending", "contended"), ("proclaiming", "proclaimed"), ("suggesting", "suggested"), ("writing", "written"),
    ("replying", "replied"), ("answering", "answered"), ("responding", "responded"),
    ("pointing\\s+out", "pointed\\s+out"), ("telling", "told"), ("reminding", "reminded"), ("assuring", "assured"),
    ("informing", "informed"), ("advising", "advised"), ("promising", "promised"), ("predicting", "predicted"),
    ("testifying", "testified"), ("alleging", "alleged"), ("denying", "denied"), ("protesting", "protested"),
    ("boasting", "boasted"), ("charging", "charged"), ("asking", "asked"),
)
_ING_ALT = "|".join(ing for ing, _ in _SAYING)
_PAST_ALT = "|".join(past for _, past in _SAYING)
# the participles that take the quotation itself as their object ('Declaring “...”, she left'; Quirk et al. 1985,
# 14.29 on direct speech as the object of a verb of saying)
_DIRECT_ING = "saying|declaring|adding|writing|shouting|exclaiming|crying|whispering|announcing|replying|answering|asking"

# the opening of the sentence up to the quotation: a coordinator, a temporal subordinator before an -ing clause
# ('After declaring', 'On hearing' is no saying and is not listed; Quirk et al. 1985, 15.60), the participle, at most
# four words of its object or adverbial, and 'that' or 'whether' with the words of the clause before the quotation
# (no comma, semicolon or colon: there the participle clause may have ended and the quotation be the main clause's)
_FRONTED = _rx(
    r"^\s*(?:(?:And|But|Yet|So|Then)\s+)?(?:(?i:after|before|upon|on|while|when|since|in|by)\s+)?"
    r"(?:(?P<part>(?i:(?:" + _ING_ALT + r")|having\s+(?:(?:also|just|already|repeatedly|publicly)\s+)?(?:" + _PAST_ALT
    + r")))(?:\s+[\w’'\-]+){0,4}?\s+(?:that|whether)(?:\s+[^,;:“”\"‘’.!?]*)?\s*"
    r"|(?P<direct>(?i:" + _DIRECT_ING + r"))\s*[,:]?\s*)$")
# the opening must start with a capital (the sentence's first word): a coordinator or the participle itself
_FRONT_GUARD = _rx(r"\s*(?:(?:And|But|Yet|So|Then)\s+(?:(?:after|before|upon|on|while|when|since|in|by)\s+)?"
                   r"(?:[a-z]+ing|having)|(?:After|Before|Upon|On|While|When|Since|In|By)\s+[a-z]+ing|Having|[A-Z][a-z]+ing)\b")

# the rest of the participle clause after the quotation, up to its comma (no sentence end, no other quotation)
_TAIL = _rx(r"[^,;:.!?“”\"‘’\n]{0,120}?,\s+")
_PRONOUNS = frozenset({"he", "she", "they", "we", "I", "it", "He", "She", "They", "We", "It"})
# finite auxiliaries and modals, and common irregular past tenses (Quirk et al. 1985, 3.11-3.16, Appendix I's
# irregular verbs): a word that shows the finite verb after a subject whose own word does not end in -ed or -s
_FINITE = frozenset(
    "is was were are has had have will would can could may might must shall should did does do "
    "said told left went made took gave wrote spoke came sat stood rose met sent put set kept held brought began "
    "led ran saw found thought felt won lost paid read stayed became sought fought drew threw knew chose grew "
    "struck rang sang took hit cut shut let bid quit".split())
_BE = frozenset("is was were are be been being".split())
# past participles not in -ed (a passive after a form of 'be': 'was escorted out', 'was taken', 'were told')
_IRREGULAR_PARTICIPLES = frozenset(
    "made found told said taken given seen known shown held sent left kept built brought put set hit led met paid "
    "caught chosen driven written spoken beaten born borne thrown drawn grown struck sworn torn worn shot sold "
    "bought taught thought heard read run won lost cut shut forgiven forbidden forgotten hidden ridden risen "
    "stolen frozen awoken undone overtaken overthrown".split())
_EXPLETIVE_VERBS = _BE | frozenset("seems seemed appears appeared remains remained becomes became follows "
                                   "followed matters mattered has had will would may might must can could "
                                   "should".split())
_DETS = frozenset("the a an this that its his her their our one another each both some many several most all "
                  "these those".split())
_CAP_RUN = _rx(r"(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+(?:(?:of|for|and|the|de|del|da|van|von|on)\s+)*[A-Z][\w.’'\-]*)*")
_APPOSITION = _rx(r"\s*,[^,;:.!?“”\"]{1,80},")
_ADVERBS = _rx(r"(?:\s+(?:also|then|later|again|once|never|still|only|soon|promptly|quickly|simply|just|"
               r"[a-z]+ly))*\s+(?P<verb>[a-z][\w’'\-]*)(?:\s+(?:not|also|then|\w+ly))*(?:\s+(?P<next>[a-z][\w’'\-]*))?")


def _strong_verb(w: str) -> bool:
    return w in _FINITE or (len(w) > 3 and w.endswith("ed"))


def _main_subject(main: str) -> tuple[str, int] | None:
    """The subject that opens the main clause ``main`` and where it ends: a pronoun, a capitalised name (with its
    title or inner 'of'), or a determiner phrase of at most six words ending before its finite verb."""
    words = [(m.group(), m.end()) for m in _WORD.finditer(main, 0, 200)]
    if not words:
        return None
    first = words[0][0]
    if first in _PRONOUNS:
        return first, words[0][1]
    if first[:1].isupper() and first.lower() not in _DETS:
        run = _CAP_RUN.match(main)
        return (run.group(), run.end()) if run is not None else None
    if first.lower() not in _DETS:
        return None
    if len(words) > 1 and words[1][0][:1].isupper() and (run := _CAP_RUN.match(main, main.find(words[1][0]))):
        return main[:run.end()], run.end()  # the Minister of Foreign Affairs of Peru
    for i in range(1, min(len(words), 7)):
        w = words[i][0]
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if i > 1 and (_strong_verb(w) or (w.endswith("s") and not w.endswith("ss") and not _strong_verb(nxt)
                                          and nxt[:1].islower())):
            return main[:words[i - 1][1]], words[i - 1][1]
    return None


# stop 70: the participle clause of saying set off by commas right after the sentence's subject ('The senator,
# declaring that “...”, left the room'): a supplementive clause in medial position, whose implied subject is the
# subject it follows (Quirk et al. 1985, 15.59-15.61); the subject a capitalised name (with its title) or a
# determiner and at most four words, the sentence's first words, and the participle's words as _FRONTED reads them
_MEDIAL = _rx(
    r"^\s*(?P<subj>(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+(?:(?:of|for|and|the|de|del|da|van|von|on)\s+)*[A-Z][\w.’'\-]*)*"
    r"|(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?:\s+[a-z][\w’'\-]*){1,4}),\s+"
    r"(?:(?P<part>(?:" + _ING_ALT + r")|having\s+(?:(?:also|just|already|repeatedly|publicly)\s+)?(?:" + _PAST_ALT
    + r"))(?:\s+[\w’'\-]+){0,4}?\s+(?:that|whether)(?:\s+[^,;:“”\"‘’.!?]*)?\s*"
    r"|(?P<direct>" + _DIRECT_ING + r")\s*[,:]?\s*)$")
# the finite verb of the main clause after the participle clause's comma, with its adverbs (_ADVERBS)
_NOT_VERB = _DETS | _PRONOUNS | frozenset("of in at for and or to with from on by as who which that whose".split())


def _medial_report_source(text: str, before: str, end: int, content_end: int, ue: int) -> tuple[str, str] | None:
    """(speaker, cue) of a quotation inside a participle clause of saying set off after the sentence's subject
    (:data:`_MEDIAL`), where a finite verb follows the clause's closing comma; None otherwise. The main clause may be
    passive here ('The senator, declaring that “...”, was escorted out'): the participle hangs on the subject noun
    phrase itself, so its speaker is that phrase whatever the main verb's voice."""
    if ", " not in before or (m := _MEDIAL.match(before)) is None:
        return None
    if text[content_end - 1:content_end] == ",":
        main_at = end
    elif (tail := _TAIL.match(text, end, ue)) is not None:
        main_at = tail.end()
    else:
        return None
    vm = _ADVERBS.match(" " + text[main_at:min(ue, main_at + 120)])
    if vm is None:
        return None
    verb = vm.group("verb")
    if verb in _NOT_VERB or not (verb in _FINITE or verb in _BE or verb.endswith(("ed", "s"))):
        return None  # ', the crowd cheered': no verb, another clause's subject (a dangling participle)
    part = re.sub(r"\s+", " ", m.group("part") or m.group("direct"))
    words = part.split(" ")
    cue = " ".join(words[1:] if words[0].lower() == "having" else words)
    return re.sub(r"\s+", " ", m.group("subj")).strip(), cue


def fronted_report_source(text: str, before: str, start: int, end: int, content_end: int,
                          ue: int) -> tuple[str, str] | None:
    """The (speaker as written, cue) of a quotation from ``start`` to ``end`` inside a fronted participle clause of saying
    that ``before`` (the sentence up to the quotation) opens; the speaker is the subject of the main clause after
    the clause's comma (module docstring). None where the sentence is not of that shape, the main clause is
    passive, or its subject is an expletive 'it' or 'there'."""
    if "ing" not in before:
        return None
    lead = start - len(before)  # (the window may be cut inside a long sentence: only a sentence's start is read)
    if text[max(0, lead - 3):lead].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "”", "\"", "’"):
        return None
    if "ing" not in before[:60] or _FRONT_GUARD.match(before) is None or (m := _FRONTED.match(before)) is None:
        return _medial_report_source(text, before, end, content_end, ue)
    if text[content_end - 1:content_end] == ",":
        main_at = end  # “...,” Hough catalogued: the clause's comma inside the closing mark
    else:
        tail = _TAIL.match(text, end, ue)
        if tail is None:
            return None
        main_at = tail.end()
    main = text[main_at:min(ue, main_at + 200)]
    found = _main_subject(main)
    if found is None:
        return None
    spk, at = found
    if (app := _APPOSITION.match(main, at)) is not None:
        at = app.end()  # Mr. Smith, the chairman, closed the meeting
    vm = _ADVERBS.match(main, at)
    if vm is None:
        return None
    verb, nxt = vm.group("verb"), vm.group("next") or ""
    if spk in ("it", "It") and verb in _EXPLETIVE_VERBS:
        return None  # ..., it was found that: anticipatory 'it' (Quirk et al. 1985, 18.33)
    if verb in _BE or verb in ("get", "gets", "got"):
        if nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLES or nxt in ("been", "being"):
            return None  # ..., the senator was escorted out: a passive main clause
    elif verb in ("has", "have", "had", "will", "would", "may", "might", "must", "can", "could", "should") and nxt in (
            "been", "be"):
        rest = main[vm.end():vm.end() + 30].split()
        if rest and (rest[0].endswith("ed") or rest[0] in _IRREGULAR_PARTICIPLES):
            return None  # ..., the plan has been dropped
    if verb in ("of", "in", "at", "for", "and", "or", "to", "with", "from", "on", "by", "as", "who", "which", "that",
                "whose"):
        return None  # no finite verb after the subject
    part = re.sub(r"\s+", " ", m.group("part") or m.group("direct"))
    words = part.split(" ")
    cue = " ".join(words[1:] if words[0].lower() == "having" else words)
    return re.sub(r"\s+", " ", spk).strip(), cue
