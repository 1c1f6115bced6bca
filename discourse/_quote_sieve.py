"""The attributions that need more than one quotation's surroundings, and the last-resort sieve.

A sentence ending in a colon that introduces a quotation, the attribution in the next sentence or
paragraph, interrupted and coordinated quotations, quotations left open at a paragraph's end, and the
sieve (after Muzny et al. 2017) that looks, in order, for attributions the earlier rules leave out. The
rules are in the docstring of :mod:`discourse.quotes` ("Speakers and cue verbs").
"""

from __future__ import annotations

import re

from ._attribution import (
    _DET_WORDS,
    _FIRST_APPOS_NAME,
    _LEADING_FUNCTION,
    _POSSESSIVE_PRONOUNS,
    _attr_sentence,
    _clause_before,
    _clause_subject,
    _clean_speaker,
    _cue_text,
    _grp,
    _is_speaker_head,
    _object_before,
    _person_before_of,
    _plausible,
)
from ._quote_cues import (
    _ADDRESSEE_VERBS,
    _ADV,
    _ALNUM_RE,
    _CUE,
    _CUE_CAP,
    _CUE_FIRST,
    _DEFINITE_BEFORE,
    _DETNP,
    _LETTER_RE,
    _NAME,
    _NAME_OF,
    _NP_AFTER_CUE,
    _PREP,
    _PRON,
    _PRONOUNS,
    _ROLE_NAME,
    _SENT_BOUNDARY,
    _THAT_WAS,
    _cue_anchors,
    _has_cue,
    _np_matches,
    _WordSet,
)
from ._re_cache import compile as _rx
from ._reported import _TIME
from ._speaker_names import (
    _GIVEN_NAMES,
    _NOT_NAME,
    _NOT_PERSON_WORDS,
    _ORG_WORDS,
    _PRONOUN_SPEAKERS,
    _ROLE_WORDS,
    _RUN_RE,
    _subject_like,
)
from ._speakers import (
    _LEADING_ARTICLE,
    _NATIONALITY,
    _after_sentence_end,
    _has_speaker,
    _run_head,
    _speaker_text,
)

# --------------------------------------------------------------------------------------------- public
_INTRO_PHRASE = _rx(r"(?i)\b(?:(?:these|the\s+following|those)\s+(?:[\w\-]+\s+)?words|as\s+follows|the\s+following|"
                           r"summed\s+(?:it\s+)?up|put\s+it|tells?\s+of|describes?|describing|in\s+(?:a|his|her|their)\s+"
                           r"(?:speech|statement|letter|message|note))\b")


# a passive verb group in a colon frame ('is drawn in for attack:', 'was criticised by the board:'): a form of 'be' and
# a past participle (regular, or the irregular ones of verbs of treating and speaking)
# (not the participle adjectives of feeling, 'was unmoved by the apology:', 'was pleased:', which describe the
# subject's state, Quirk et al. 1985, 7.15-7.16: one in un-, or one of the verbs of emotion)
_PASSIVE_FRAME = _rx(r"\b(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+)?"
                            r"(?!un[a-z]+ed\b|(?:pleased|delighted|surprised|disappointed|concerned|worried|relieved|"
                            r"determined|convinced|frustrated|annoyed|angered|shocked|stunned|excited|encouraged|"
                            r"satisfied|amazed|astonished|troubled|dismayed|alarmed|puzzled|heartened)\b)"
                            r"(?:[a-z]+ed|drawn|told|given|shown|taken|seen|known|held|brought|caught|struck|beaten|"
                            r"written|spoken|chosen)\b")


_TITLE_SMALL = frozenset("a an the of and or in on at to for by with from as vs".split())


def _title_words(content: str) -> bool:
    """Is the quotation's content written as a title: two words or more, every word but the small function words
    capitalised ('Surveilling The Surveillers,', 'Sharp Eyes Project Map')?"""
    words = re.findall(r"[^\W\d_][\w’'\-]*", content)
    return len(words) >= 2 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) and words[0][0].isupper()


def _colon_intro(text: str, d: dict, before: str, units, u: int, us: int) -> tuple[str, str] | None:
    """'The Chronicle's critic Ann Roe summed it up neatly:' before a quotation (in the same paragraph or
    ending the paragraph before one that opens with the quotation): the subject of that sentence speaks.

    Reasoning: a sentence that ends in a colon right before a quotation introduces it, and its subject is
    the one quoted ('He set forth his view in these words: “...”'). Only a name or a pronoun counts (a
    determiner phrase such as 'The question might be asked:' is no speaker); the ``cue`` is ``':'``.
    """
    found = _intro_clause(text, d, before, units, u, us, _ends_in_colon)
    if found is None:
        return None
    intro = found[0]
    if not (_has_cue(intro) or _INTRO_PHRASE.search(intro)):
        # (round 32: or a named subject with any finite verb, 'Kavanagh laid out the company's thinking bluntly:' at
        # the end of the paragraph before, as in the quotation's own paragraph (_colon_frame_named); not before words
        # in Title Case, which are titles ('China Digital Times published a series: “Surveilling The Surveillers,”')
        if not _title_words(text[d["content_start"]:d["content_end"]]):
            return _colon_frame_description(intro) or _colon_frame_named(intro)
        return _colon_frame_description(intro)
    if (m := _FRAME_WHO.search(intro.rstrip().rstrip(":")[-200:])) is not None:
        # Lena Ford took the draft to Omar Haddad who said: the relative clause's antecedent speaks
        return (spk, ":") if (spk := _clean_speaker(m.group("spk"))) else None
    if (sub := _FRAME_SUB_LEAD.match(intro)) is not None:
        # When Ann Cole showed the letter to Bob Lin his answer was: the subject of the subordinate clause
        # is not the main clause's; after a comma the main clause starts, without one it cannot be told
        comma = intro.find(",", sub.end())
        if comma < 0:
            return None
        intro = intro[comma + 1:]
    if (last := _LAST_CLAUSE_CUE.search(intro)) is not None:
        # '...;; and one U.S. official said:': the reporting clause next to the colon has a subject of its
        # own, nearer than the sentence's first name
        words = last.group("spk").split()
        if words[-1].lower() in _ROLE_WORDS or words[-1].lower().rstrip("s") in _SIEVE_PEOPLE:
            return " ".join(words[1:]) if words[0].lower() == "one" else last.group("spk"), ":"
    spk = _clause_subject(intro, named_only=True)
    if spk is None:
        return _colon_frame_description(intro)
    if spk.lower() in ("it", "i", "we", "you"):  # 'It is written in the Bible:' is no one's
        return None
    return spk, ":"


# round 21: the subject of a colon frame that is a definite description of a speaker ('the union laid out its position:',
# 'The ministry's reply was short:'), after an optional fronted adverbial and its comma, or the possessive determiner
# of a noun of speech ('Her response was blunt:', 'His answer was simple:', the possessor of a speech act being its
# speaker; Francis 1994 on such nouns as labels of the discourse that follows)
# an optional fronted adverbial and its comma before a colon frame's subject ('In a post on Tuesday night, ...')
_FRAME_LEAD = r"(?:(?:In|At|On|After|During|Asked|Speaking|Later|Earlier)\b[^,:;.“”\"]{0,80},\s+)?"
_FRAME_DESC = _rx(_FRAME_LEAD + r"(?P<spk>[Tt]he(?:\s+[a-z][\w\-]*){1,3})")
_FRAME_POSSESSOR = _rx(r"(?P<pos>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:response|reply|answer|retort|message|"
                              r"verdict|assessment|explanation|reaction|comment|advice|"
                              # round 29: a report's or a speaker's conclusion ('Its central conclusion is blunt:')
                              r"conclusion|finding|recommendation|warning|argument)\s+(?:was|is|came|had\s+been)\b"
                              # round 22: 'His statement read:', 'Their decision reads:': a document of the possessor
                              # whose words the verb 'read' introduces (the document speaks for its author)
                              r"|(?P<pos2>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:statement|decision|letter|note|"
                              r"message|post|ruling|judgment|judgement|order|submission)\s+(?:read|reads|said|says|"
                              r"stated|states)\s*:?\s*$"
                              # round 32: the noun of speech alone as the frame, with its addressee ('His words:', 'Her
                              # advice to residents:', 'Their message to the council:'): a label of the discourse that
                              # follows (Francis 1994), its possessor the speaker
                              r"|(?P<pos3>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:words|advice|message|"
                              r"response|reply|answer|verdict|warning|plea|appeal|reaction|comment)"
                              r"(?:\s+(?:to|for)\s+[^:;“”\"]{1,40}?)?\s*:\s*$")
# round 32: a noun of speech owned by a description in the genitive ('The board’s message was blunt:', 'The union's
# reply came quickly:'): the owner speaks, as after a possessive determiner
_FRAME_GENITIVE_OWNER = _rx(r"(?P<spk>[Tt]he(?:\s+[a-z][\w\-]*){1,3})[’']s?\s+(?:[a-z]+\s+)?(?:response|reply|"
                                   r"answer|message|verdict|assessment|explanation|reaction|comment|advice|conclusion|"
                                   r"warning|argument|words)\s+(?:was|is|came|were|had\s+been)\b")
_POSSESSOR_PRONOUN = {k: v.lower() for k, v in _POSSESSIVE_PRONOUNS.items()}  # (his: he, its: it)
# the verb right after the description's head: a finite form (in -ed or -s, or an irregular past), so that the head is
# the subject's and not a modifier of the noun after it ('The first sentence ... announces')
_FRAME_DESC_VERB = _rx(r"[a-z]{2,}(?:ed|s)|was|were|had|laid|put|made|gave|took|set|wrote|sent|struck|kept|"
                              r"left|came|went|spoke|said|told")


def _colon_frame_description(intro: str) -> tuple[str, str] | None:
    """The speaker of a colon frame whose subject is no name (see :data:`_FRAME_DESC`): the description when its head
    is a role or an organisation word, the pronoun of a possessor of a noun of speech; else None. The colon introduces
    direct speech whatever the verb of the frame (Quirk et al. 1985, 14.29)."""
    clause = intro.strip()
    if (m := _FRAME_POSSESSOR.match(clause)) is not None:
        return _POSSESSOR_PRONOUN[(m.group("pos") or m.group("pos2") or m.group("pos3")).lower()], ":"
    if (m := _FRAME_GENITIVE_OWNER.match(clause)) is not None and _is_speaker_head(m.group("spk").lower()):
        return m.group("spk"), ":"
    if (m := _FRAME_DESC.match(clause)) is not None:
        words = m.group("spk").split()
        rest = clause[m.start("spk"):].split()  # (the description's words and those after it)
        for k in range(len(words), 1, -1):  # the longest phrase whose head is a speaker's ('the company officials')
            if (_is_speaker_head(" ".join(words[:k])) and k < len(rest)
                    and _FRAME_DESC_VERB.fullmatch(rest[k]) is not None):
                return " ".join(words[:k]), ":"
    return None


# round 22: 'Andi was blunt:', 'Brackwell’s chair, Eleanor Voss, was blunt in a letter to shareholders:', 'He now has a
# simple message for other senior citizens:': a colon frame whose subject is a name (with a role or apposition) or a
# personal pronoun, then a finite verb, introduces that subject's words, as round 21 read it for a described speaker
# (Quirk et al. 1985, 14.29: the colon introduces direct speech whatever the verb of the frame); not 'it', whose
# frames introduce lists and texts ('It reads as follows:')
# a second fronted adverbial after the first, in lower case ('In his speech, as reported in the official Press, Mr.
# Churchill used the following words:'): adverbials may be stacked before the subject (Quirk et al. 1985, 8.20)
_FRAME_LEAD_MORE = r"(?:(?<=,\s)(?:as|when|while|in|at|on|during|after|before)\b[^,:;.“”\"]{0,80},\s+)?"
# an office or description before the name in apposition, with capitals and of-phrases of its own ('The Minister for
# Foreign Affairs of Chile, Mr. Carlos Martínez Sotomayor, reaffirmed that idea in these words:', 'That outstanding son
# of the Bulgarian people, Georgi Dimitrov, used the following words:'): the apposition's parts refer to one person
# and the name is the speaker (Quirk et al. 1985, 17.65); the name must show itself as one (a title or two capitalised
# words), so that a fronted phrase and a one-word subject ('The report, France said:') are not read so
_FRAME_OFFICE_APPOS = (r"(?:The|That|This|Our|His|Her|Its|Their)\s+[^,:;.“”\"\n]{2,90}?,\s+"
                       r"(?=(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Prime\s+Minister|King|Queen|General|Ambassador)\.?\s+"
                       r"[A-Z])|[A-Z][\w\-’']+\s+[A-Z][\w\-’']+[,\s])")
_FRAME_NAMED = _rx(rf"\s*{_FRAME_LEAD}{_FRAME_LEAD_MORE}"
                          # (round 29: or after a possessive determiner, 'Their attorney, Graham Pelletier, was unmoved')
                          rf"(?:(?:[A-Z][\w\-]*[’']s\s+|(?:Their|His|Her|Its|Our)\s+)?(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*,\s+"
                          rf"|{_FRAME_OFFICE_APPOS})?"
                          # (round 30: a body's name and a lower-case role before the name, 'Vireo president Amos
                          # Trinh struck a similar tone ...:')
                          # (round 37: or two offices joined by 'and', the second an acronym, 'RPP general secretary and MP D.
                          # Sridhar Varma played down the development:')
                          rf"(?:[A-Z][\w\-]*\s+(?P<role>(?:[a-z]+\s+){{1,2}}(?:and\s+[A-Z]{{2,4}}\s+)?)(?=[A-Z]))?"
                          # (round 30: an apposition may hold a place with its country, '..., in Turin, Italy,')
                          rf"(?P<spk>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)(?:,\s+[^,:;“”\"]{{1,100}}(?:,\s+[A-Z][\w\-]*)?,|(?<=[a-z]),)?"
                          # (round 32: and the emphatic reflexive, 'Grieve himself posted a message ...:', Quirk et al.
                          # 1985, 6.24)
                          rf"(?:\s+(?:himself|herself|themselves))?"
                          rf"\s+(?:[a-z]+ly\s+|now\s+|then\s+)?(?P<verb>[a-z]+)\b[^:;“”\"]*:\s*$")
# round 30: the finite verbs of a frame that _FRAME_DESC_VERB does not read, 'is', 'has', 'did' and the negated
# auxiliaries, whose 'n’t' the verb's word stops before ('Mulroney didn’t sugarcoat it:', 'X is sceptical but
# open-minded:')
_FRAME_AUX = frozenset("is are has have does did didn doesn don isn aren wasn weren hasn haven hadn won wouldn couldn "
                       "can".split())


# the adverb particles that open an inverted clause ('Out came the journal ...:'); capitalised function words and
# pronouns are in _LEADING_FUNCTION and _NOT_NAME
_FRAME_NOT_NAMES = frozenset("Out Up Down Off Away Back".split())
_FRAME_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                           "sixty seventy eighty ninety hundred".split())


def _colon_frame_named(intro: str) -> tuple[str, str] | None:
    """The speaker of a colon frame whose subject is a name or a personal pronoun and whose verb is finite
    (:data:`_FRAME_NAMED`, :data:`_FRAME_DESC_VERB`), or None. Asked last, where no other rule found a speaker for
    a quotation in the same sentence as its frame (``discourse.quotes``); a capitalised function word, participle or
    numeral that opens the sentence ('The words of ...', 'Having hedged ...', 'Out came ...', 'Twenty-five years
    ago') is no name."""
    if (c := _FRAME_CLEFT.search(re.sub(r"\s*:\s*$", "", intro.rstrip())[-200:])) is not None and (
            spk := _clean_speaker(c.group("spk"))):
        return spk, ":"  # 'It was Plummer, in fact, who coined the much quoted remark:' (stop 66, _FRAME_CLEFT)
    m = _FRAME_NAMED.match(intro)
    if m is None or (_FRAME_DESC_VERB.fullmatch(m.group("verb")) is None and m.group("verb") not in _FRAME_AUX):
        return None
    if _PASSIVE_FRAME.search(intro, m.start("verb")) is not None:
        return None  # round 32: 'Swift, too, is drawn in for attack:': a passive frame's subject is the one acted on
    if m.group("role") is not None and not all(w.lower() in _ROLE_WORDS for w in m.group("role").split() if w != "and"):
        return None
    first = m.group("spk").split()[0]
    if first.lower() in ("he", "she", "they"):
        # (round 30: a personal pronoun, which _NOT_NAME lists, is the subject the pattern reads, 'He now has a simple
        # message for other senior citizens:'; the name table resolves it)
        return first, ":"
    if (first in _NOT_NAME or first in _LEADING_FUNCTION or first.lower() in _DET_WORDS or first in _FRAME_NOT_NAMES
            or first.endswith("ing") or first.split("-")[0].lower() in _FRAME_NUMBERS):
        return None
    spk = _clean_speaker(m.group("spk"))
    return (spk, ":") if spk else None


# a paragraph opening with a person's name and a colon: 'Councilwoman Lisa Grant:', 'Vendor representative Mark Hale:'
_LABEL = _rx(r"\s*(?P<spk>(?:[A-Za-z][\w\-’'.]*\s+){1,5}[A-Z][\w\-’'.]*)"
                    # the roundup's label with the speaker's party, seat or post after the name ('Jane Roe, Labour:',
                    # 'Jane Roe (Lab, Bristol West):', 'Tom Hale, chief executive of Acme:'): an apposition of the name
                    # (Quirk et al. 1985, 17.65), no part of it
                    r"(?:\s*,\s*[^:,;“”\"\n]{1,60}(?:,\s*[^:,;“”\"\n]{1,40})?|\s*\([^()\n:]{1,60}\))?\s*:\s*")


def _speaker_label(text: str, d: dict, before: str, us: int) -> tuple[str, str] | None:
    """'Councilwoman Lisa Grant: “Who owns the footage?”': a paragraph that opens with a person's name and a colon
    right before its quotation gives that person's words (round 10).

    Reasoning: a name and a colon at the head of a turn is the speaker label of transcripts, hearings and
    interviews, and of headlines ('Butler: “People are being stopped for nothing”'); the colon stands for the
    reporting verb (Quirk et al. 1985, 14.30, the colon introducing direct speech). The label must be the whole
    paragraph before the quotation, two to six words, each Title Case or a lower-case role word ('Vendor
    representative Mark Hale'), and name a person by its own marks: a title or role word, an initial or a common
    given name (:func:`discourse._speakers._run_head`). 'Read More: “...”', 'Related Coverage:' and an
    organisation's name ('Human Rights Watch:') are none of these and stay as they were; the cue is ``':'``.
    """
    if not before.rstrip().endswith(":") or text[us:d["start"]] != before or (m := _LABEL.fullmatch(before)) is None:
        return None
    words = m.group("spk").split()
    # (round 29: or a modifier in lower case of a role word after it, 'BATU regional secretary Anne-Marie Keogh:')
    if not all(w[:1].isupper() or w.lower() in _ROLE_WORDS
               or (w.isalpha() and w.islower() and any(x in _ROLE_WORDS for x in words[i + 1:]))
               for i, w in enumerate(words)):
        return None
    head = _run_head(tuple(words), "")  # the speakers table's own reading of a name run
    if head is None:
        return None
    _, titled, role_words, _, org_name, _, person = head
    if org_name or person is None or len(person[0]) < 2 or not (titled or role_words or person[3]):
        return None
    spk = _clean_speaker(m.group("spk"))
    return (spk, ":") if spk else None


# a coordinated or separate last clause 'SUBJECT CUE:' with a described subject (round 5, part D)
_LAST_CLAUSE_CUE = _rx(rf"(?:[;,]\s+(?:and\s+|but\s+)?|\s(?:and|but)\s+)(?P<spk>(?:[Oo]ne|[Aa]n?|[Tt]he|[Aa]nother)\s+"
                              rf"(?:[\w.\-]+\s+){{0,3}}?[a-z][\w\-]*)\s+(?:{_CUE})\s*:\s*$")


# ------------------------------------------------------------------------------ the last-resort sieve
# Round 4 (from the failures of part D, classified: about a fifth of its speech quotations were taken for
# mentions, a sixth had no speaker). The rules before this leave a quotation without a speaker when its
# attribution uses a verb or noun outside the cue lexicon, a possessive source, 'as X puts it', or sits in
# the sentence before; this sieve looks for those, in order, as the attribution sieves of Muzny et al.
# (2017, "A two-stage sieve approach for quote attribution", EACL) do: the most specific frame first, each
# one deterministic, and only where the cascade above found nothing.

# verbs that report words in news and editorial writing but are not in the cue lexicon (they are no
# general cue: 'the army attacked the town' reports nothing), so they count only next to a quotation
_SIEVE_VERBS = (r"greet(?:s|ed)?|bay(?:s|ed)|hint(?:s|ed)|deplor(?:es|ed)|fear(?:s|ed)|defend(?:s|ed)|hail(?:s|ed)|"
                r"attack(?:s|ed)|list(?:s|ed)|leak(?:s|ed)|denounc(?:es|ed)|criticiz(?:es|ed)|criticis(?:es|ed)|"
                r"accus(?:es|ed)|charg(?:es|ed)|thank(?:s|ed)|welcom(?:es|ed)|scoff(?:s|ed)|retort(?:s|ed)|"
                r"grumbl(?:es|ed)|growl(?:s|ed)|yell(?:s|ed)|scream(?:s|ed)|roar(?:s|ed)|boom(?:s|ed)|"
                r"bellow(?:s|ed)|sigh(?:s|ed)|echo(?:es|ed)|chid(?:es|ed)|scold(?:s|ed)|beg(?:s|ged)|"
                r"assur(?:es|ed)|reassur(?:es|ed)|threaten(?:s|ed)|brag(?:s|ged)|gush(?:es|ed)|rail(?:s|ed)|"
                r"decr(?:ies|ied)|condemn(?:s|ed)|put(?:s)?\s+it|puts|read(?:s)?|shouting|calling\s+for|"
                r"spoke|speaks|speaking|hinting|declaring|hailing")
_SIEVE_ALL = rf"(?:{_CUE}|{_SIEVE_VERBS})"
# nouns of saying after a possessive source: 'Secretary Freeman's claim that', 'in Mr. Kennedy's own words'
_SIEVE_NOUNS = (r"claims?|statements?|words|dictum|remarks?|views?|comments?|descriptions?|warnings?|assurances?|"
                r"promises?|editorials?|letters?|messages?|complaints?|charges?|contention|arguments?|predictions?|"
                r"pleas?|advice|recommendations?|testimony|speech|address|reply|answer|assertions?|insistence|"
                r"observations?|declarations?|announcements?|admission|boasts?|demands?|threats?|pledges?|vows?|"
                r"quips?|retorts?|phrase|account|conclusions?|verdict|opinion|report")
_SIEVE_SPK = rf"(?:{_NAME_OF}|{_ROLE_NAME}|{_NAME}|{_PRON}|{_DETNP})"
_SIEVE_ADV = rf"(?:{_ADV}|[a-z]+ly|yesterday|today|tonight|also|did|does|do|had|has|have|would|will|could|can)"
# '“Fools”, he bayed' / '“Take a ride”, Brooks Robinson greeted Hansen' / ', the account reads,'; stop 66: an as-clause of
# comment after the quotation, '“a new birth of freedom”, as Lincoln promised' (Quirk et al. 1985, 15.53-15.54), but not
# the idiom of a generic pronoun, '“off the cuff”, as they say' (Quirk et al. 1985, 6.54: generic 'they', 'you', 'one')
_SIEVE_AFTER = _rx(rf"^[ \t]*[,;]?[ \t]*(?:as\s+(?!(?:they|you|we|one|people)\b))?(?P<spk>{_SIEVE_SPK})(?:\s+{_SIEVE_ADV}){{0,2}}\s+"
                          rf"(?P<cue>{_SIEVE_ALL})(?![\w’'])")
_SIEVE_AFTER_INV = _rx(rf"^[ \t]*[,;]?[ \t]*(?P<cue>{_SIEVE_VERBS})\s+(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME}|"
                              rf"{_DETNP})(?![\w’'])")
# 'Gen. Maxwell Taylor's statement in Saigon that he is “...”', 'in Mr. Kennedy's own words, is “...”'
_SIEVE_POSS = _rx(rf"(?<![\w’'])(?P<spk>{_NAME})[’']s?\s+(?:own\s+|recent\s+|latest\s+|earlier\s+|"
                         rf"public\s+|famous\s+|[a-z]+ly\s+)?(?P<cue>{_SIEVE_NOUNS})\b")
# Necessary conditions of two of these patterns, tested before their finditer over the sentence (which tries
# the name or the verb alternation at every word): every match of _SIEVE_POSS holds an apostrophe (’ or ') and
# every match of _SIEVE_BY white space, 'by', white space (its \s+by\s+); a sentence without one has no match,
# so skipping the search gives what the search gives (tests/test_quotes_fast.py compares _sieve with them
# searched everywhere)
_SIEVE_BY_GATE = _rx(r"\sby\s")
# 'as Sen. Jackson puts it, “...”', 'as Mr. Stevenson fears -- “...”', 'what Sen. Jackson lists as'
_SIEVE_AS = _rx(rf"(?<![\w’'])(?:[Aa]s|[Ww]hat)\s+(?P<spk>{_NAME}|{_PRON}|{_DETNP})(?:\s+{_SIEVE_ADV}){{0,2}}\s+"
                       rf"(?P<cue>{_SIEVE_ALL})(?![\w’'])")
# 'the U.S. action was hailed by a principal opposition leader, Dr. Juan Bosch, as having saved “...”'
_SIEVE_BY = _rx(rf"(?<![\w’'])(?P<cue>{_SIEVE_ALL})\s+by\s+(?:[^,;:“”\"]{{0,60}},\s+)?(?P<spk>{_NAME})"
                       rf"(?![\w’'])")
# 'Mr. Eisenhower seized upon the incident ... to attack the entire Corps as a “...”': subject, then verb
_SIEVE_WHEN = r"(?:\s+(?:in|on|during|last|this|early|late)\s+(?:[A-Z][a-z]+|\d{4}|week|month|year)(?:\s+\d{1,4})?)"
_SIEVE_SUBJ = _rx(rf"(?<![\w’'])(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME}|{_PRON}|{_DETNP})"
                         rf"(?:,[^,“”\"]{{1,100}},)?{_SIEVE_WHEN}?(?:\s+{_SIEVE_ADV}){{0,2}}\s+"
                         rf"(?P<cue>{_SIEVE_ALL})(?![\w’'])")
# every word a frame of the sieve needs (a verb or noun of saying), for a cheap first look at a mention;
# (tests/test_speakers.py checks that every form the patterns match is here)
_SIEVE_WORDS = _CUE_FIRST | frozenset("""
greet greets greeted bay bays bayed hint hints hinted hinting deplore deplores deplored fear fears feared
defend defends defended hail hails hailed hailing attack attacks attacked list lists listed leak leaks leaked
denounce denounces denounced criticize criticizes criticized criticise criticises criticised accuse accuses
accused charge charges charged thank thanks thanked welcome welcomes welcomed scoff scoffs scoffed retort
retorts retorted grumble grumbles grumbled growl growls growled yell yells yelled scream screams screamed
roar roars roared boom booms boomed bellow bellows bellowed sigh sighs sighed echo echoes echoed chide chides
chided scold scolds scolded beg begs begged assure assures assured reassure reassures reassured threaten
threatens threatened brag brags bragged gush gushes gushed rail rails railed decry decries decried condemn
condemns condemned put puts read reads shouting calling spoke speaks speaking declaring
claim claims statement statements words dictum remark remarks view views comment comments description
descriptions warning warnings assurance assurances promise promises editorial editorials letter letters
message messages complaint complaints charge charges contention argument arguments prediction predictions
plea pleas advice recommendation recommendations testimony speech address reply answer assertion assertions
insistence observation observations declaration declarations announcement announcements admission boast
boasts demand demands threat threats pledge pledges vow vows quip quips retort retorts phrase account
conclusion conclusions verdict opinion report""".split())
# finds a word of _SIEVE_WORDS as a whole run of a-z letters in a lower-cased string: where
# ``not _SIEVE_WORDS.isdisjoint(_ALPHA.findall(s))`` (see _quote_cues._WordSet, in C where the kernel is built)
_SIEVE_WORDS_SET = _WordSet(_SIEVE_WORDS)
_SIEVE_TO_VERB = _rx(rf"\bto\s+(?:{_SIEVE_VERBS}|{_CUE})\b")
# a short line ending in a colon that names its source first: 'TASS datelined Los Angeles, in English to
# Europe:', 'Moscow Radio in Russian to the USSR:', 'I found ... a very small article in the New York Times:'
_SIEVE_IN_DOC = _rx(rf"\b(?:article|editorial|column|dispatch|story|report|item|broadcast|piece)\s+"
                           rf"(?:in|of|from|by)\s+the\s+(?P<spk>{_NAME})")  # not "article in Russian"
_SIEVE_HEAD = _rx(r"^\s*(?:The\s+|A\s+|An\s+)?(?P<head>[^,:;()]*?)\s*(?:\([^)]*\)\s*)?"
                         r"(?=\s(?:datelined|from|in|to|via|on|at|quoted|reports?|broadcasts?|said|says|states|writes|"
                         r"reads|declares|provides|stipulates)\b|\s*[,:])")
_SIEVE_MEDIA = frozenset("radio television tv agency news newspaper press service wire broadcast paper daily".split())


# ---------------------------------------------------------------------- round 5: the colon frame
# A colon (or 'as follows --') right before a quotation makes the clause before it the quotation's
# reporting frame whatever its verb (Quirk et al. 1985, 14.29: direct speech introduced by a colon; Semino
# & Short 2004: the reporting clause of direct speech need not hold a verb of saying -- 'X had this to say:',
# 'his response was:', 'Slogan of the John Birch Society:'). The source (Pareti 2016) is then, in order: the
# of-phrase or possessive of a noun of saying, the subject of 'what X has to say', an inverted capitalised
# cue verb's subject ('Cried one professor ...:'), or the grammatical subject of the frame after a fronted
# participle or adverbial phrase ('Commenting on these matters, Field Marshal Slim makes many remarks:').
_FRAME_NOUNS = rf"(?:{_SIEVE_NOUNS}|responses?|reactions?|slogans?|mottos?|creed|explanations?|instructions?|" \
               r"orders?|judgm?ents?|words?|thoughts?|views?|sentiments?|feelings?|summary|appraisal|estimate)"
_FRAME_OF = _rx(rf"(?<![\w’'])(?:{_FRAME_NOUNS})\s+of\s+(?P<spk>{_NAME_OF}|{_ROLE_NAME}|(?:the\s+)?{_NAME})"
                       rf"\s*(?:,[^,:]{{0,60}})?\s*$")  # a name: 'description of the scene' names a topic
_FRAME_POSS = _rx(rf"(?<![\w’'])(?P<spk>{_NAME}[’']s?)\s+(?:[a-z][\w\-]*\s+){{0,2}}"
                         rf"(?:{_FRAME_NOUNS})\s+(?:was|were|is|are|ran|runs|read|reads|went|came)\s*$")
_FRAME_WHAT = _rx(rf"(?<![\w’'])[Ww]hat\s+(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME}|{_PRON}|{_DETNP})\s+"
                         r"(?:has|had|have)\s+to\s+say\s*$")
# (not a verb whose object is the one addressed, "Tell Mayor Smith:", a call to write to the mayor: see _B_CUE_SPK)
_FRAME_INV = _rx(rf"^\s*(?!(?i:{_ADDRESSEE_VERBS})\b)(?P<cue>{_CUE_CAP})\s+(?P<spk>(?:one|a|an|the|another)\s+(?:(?!{_PREP}\b|after\b|before\b)"
                        rf"[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*|{_NAME})(?=\s+(?:{_PREP}|after|before)\b|\s*[,:]|\s*$)")
# stop 66: an it-cleft ('It was Plummer, in fact, who coined the much quoted remark:'): the focus is the subject of
# the relative clause, the dummy 'it' none (Quirk et al. 1985, 18.25-18.28); the who-clause runs to the colon
_FRAME_CLEFT = _rx(rf"(?<![\w’'])[Ii]t\s+(?:was|is|had\s+been|has\s+been)\s+(?P<spk>{_NAME})(?:,\s+[a-z][^,;:“”\"]{{0,30}},)?"
                          rf"\s+who\s+[^,;:“”\"]{{1,150}}$")
_FRAME_WHO = _rx(rf"(?<![\w’'])(?P<spk>{_NAME}),?\s+who\s+(?:{_ADV}\s+)?(?:{_CUE}|{_SIEVE_VERBS})\s*$")
# the subject of the frame, an apposition between commas after it ('the United States Secretary of State,
# Mr. Byrnes, used this phrase:'), and a finite verb (an auxiliary, a form in -s/-ed, or a common irregular
# past): 'the well-known French dictum:' has no verb and so no subject
_FRAME_VERB = (r"(?:has|had|have|is|was|are|were|will|would|could|can|did|does|do|may|might|must|should|took|"
               r"wrote|said|gave|made|put|spoke|told|sent|began|came|went|found|saw|thought|felt|knew|left|read|"
               r"(?!(?:its|this|thus|yes|ours|yours|hers|theirs|news|series|means|ones)\b)[a-z]+(?:ed|s))\b")
_FRAME_SUBJ = _rx(rf"(?<![\w’'])(?P<spk>{_NAME}|{_PRON}|(?:[Tt]he|[Aa]n?|[Oo]ne|[Oo]ur)\s+(?:(?!{_PREP}\b)[\w\-]+(?:[’']s)?\s+){{0,3}}?"
                         rf"[a-z][\w\-]*)(?:,\s+(?P<appos>[^,:;“”\"]{{1,100}}),)?(?:\s+{_SIEVE_ADV})?\s+{_FRAME_VERB}")
# a frame that asks a question ('Did he base himself on ...:') or whose last clause is a document's
# ('..., which reads as follows:') names no speaker of the quotation
_FRAME_NO_SOURCE = _rx(r"^\s*(?:Did|Does|Do|Is|Was|Are|Were|Has|Have|Had|Can|Could|Will|Would|Should|May|"
                              r"Might|Must|Shall)\s|\b(?:which|that)\s+(?:\w+\s+)?(?:reads?|says?|states?|provides?|"
                              r"runs?|stipulates?|declares?)\b[^,;]*$")
# a subordinator or preposition right before a candidate subject
_FRAME_GOVERNED = _rx(r"\b(?:if|when|whether|because|although|though|while|since|unless|that|which|who|whom|"
                             r"of|to|by|with|for|from|at|in|on|into|than|as)\s+(?:the\s+|an?\s+)?$", re.I)
_FRAME_HEADS = frozenset("agency radio paper newspaper society organization organisation association union party "
                         "church conference bureau service".split())
_FRAME_SUB_LEAD = _rx(r"\s*(?:[A-Z][a-z]+\s+)?(?:[Ww]hen|[Ii]f|[Aa]fter|[Bb]efore|[Aa]s|[Ww]hile|[Aa]lthough|[Tt]hough|"
                             r"[Bb]ecause|[Ss]ince|[Uu]ntil|[Oo]nce|[Ww]henever)\s")


def _ends_in_colon(clause: str) -> bool:
    return clause.rstrip().endswith(":")


def _ends_in_frame(clause: str) -> bool:
    """A colon, or 'as follows --', at the end of a clause."""
    c = clause.rstrip()
    return c.endswith(":") or (c.endswith(("--", "—")) and re.search(r"(?i)\bas\s+follows\s*(?:--|—)$", c)
                               is not None)


def _intro_clause(text: str, d: dict, before: str, units, u: int, us: int, framed) -> tuple[str, int] | None:
    """The clause right before the quotation that ``framed`` accepts, and where it starts: the sentence
    before it in its paragraph (a long one, 150 characters or more, cut to its last clause: its subject is
    further back), or, for a quotation that opens its paragraph, the last clause of the paragraph before.
    The one search of :func:`_colon_intro` (colons) and :func:`_frame_intro` (colons and 'as follows --')."""
    if before.strip() and framed(before):
        clause = _clause_before(text, us, d["start"], 400) if len(before) >= 150 else before
        return clause, d["start"] - len(clause)
    if d["start"] == us and u > 0:
        tail = _clause_before(text, units[u - 1][0], units[u - 1][1], 400)
        if framed(tail):
            return tail, units[u - 1][1] - len(tail)
    return None


def _frame_intro(text: str, d: dict, before: str, units, u: int, us: int) -> tuple[str, int] | None:
    """The clause that ends in a colon (or 'as follows --') right before the quotation: in its paragraph,
    or ending the paragraph before one that the quotation opens."""
    return _intro_clause(text, d, before, units, u, us, _ends_in_frame)


_PROPER_SEARCHES = 24  # (words _proper searches one text for before it reads the text once)
_PROPER_RUN = _rx(r"[\w’']+")  # a word as _proper's index holds it
_AFTER_WORD_SPACE = _rx(r" (?<=[\w,;] )([\w’']+)")  # each such word written after a word, comma or semicolon and a space


class _ProperWords:
    """:func:`_proper`'s answers for one text, and its index of the text once it has asked about many words."""

    def __init__(self, text: str) -> None:
        self.text, self.found, self.words = text, {}, None


_PROPER_AT: list[_ProperWords | None] = [None]  # (the last text _proper was asked about: one document is asked many times)


def _proper(text: str, word: str) -> bool:
    """Is a capitalised word a name: a given name, or written with a capital inside a sentence somewhere
    in the text (a capital that only starts a sentence -- 'Shortly', 'Slogan', 'Commenting' -- shows
    nothing)?

    Each word's answer is kept for the text (the last text asked about, a quotation's document asked once per
    colon frame and chain link). The first words are searched for with the word first (a look-behind in front
    made the regex engine try every character of the text: 25 times slower on a long document); a text asked
    about more is read once into the set of its words written after a word character, comma or semicolon and a
    space. The answer is the same: a word made of word characters and apostrophes is written there,
    with none of them after it, exactly where it is the whole of such a run (the run starts after the space, and
    ends where the word does); any other word is searched for."""
    if word in _GIVEN_NAMES:
        return True
    state = _PROPER_AT[0]
    if state is None or state.text is not text:
        state = _PROPER_AT[0] = _ProperWords(text)
    found = state.found.get(word)
    if found is None:
        if len(state.found) >= _PROPER_SEARCHES and _PROPER_RUN.fullmatch(word):
            if state.words is None:
                state.words = set(_AFTER_WORD_SPACE.findall(text))
            found = word in state.words
        else:
            w = re.escape(word)
            found = re.search(rf"{w}(?<=[\w,;] {w})(?![\w’'])", text) is not None
        state.found[word] = found
    return found


def _colon_source(text: str, intro: str) -> tuple[str, str] | None:
    """The source in a colon frame (see above), as written, and the cue (the frame's verb or ``':'``).

    Only a name, a pronoun or a description whose head is a person or a body counts as a subject, so
    'The question might be asked:' or 'Here are several:' give no speaker."""
    clause = re.sub(r"\s*(?::|as\s+follows\s*(?:--|—))\s*$", "", intro.rstrip())
    for rx in (_FRAME_WHO, _FRAME_CLEFT, _FRAME_OF, _FRAME_POSS, _FRAME_WHAT):
        m = rx.search(clause[-200:])
        if m is not None:
            spk = m.group("spk").removesuffix("’s").removesuffix("'s")
            # the warning of Senator James A. Reed of Missouri: the person, not the place
            spk = _clean_speaker(re.sub(r"\s+of\s+.*$", "", spk) if spk[:1].isupper() else spk)
            if spk:
                return spk, ":"
    m = _FRAME_INV.match(clause)
    if m is not None and (spk := _clean_speaker(m.group("spk"))):
        words = spk.split()
        return (" ".join(words[1:]) if len(words) > 1 and words[0] == "one" else spk), m.group("cue")
    if _FRAME_NO_SOURCE.search(clause) is not None:
        return None  # 'Did he base himself on Article 1, ..., which reads as follows:': a question, a document
    lead = 0
    if (sub := _FRAME_SUB_LEAD.match(clause)) is not None:  # When Fosdick showed the letter to Baker his ...
        comma = clause.find(",", sub.end())
        if comma < 0:
            return None  # the main clause's subject cannot be told from the subordinate one's
        lead = comma + 1
    for m in _FRAME_SUBJ.finditer(clause, lead):
        if _FRAME_GOVERNED.search(clause, max(0, m.start() - 16), m.start()) is not None:
            continue  # 'if the Council ... wishes', 'with the Council': not the subject of the frame
        spk = _clean_speaker(m.group("spk"))
        appos = m.group("appos")
        if spk and appos and re.fullmatch(_NAME, appos.strip()) and (spk[0].islower() or spk.split()[0] == "The"
                                                                      or spk.split()[-1].lower() in _ROLE_WORDS):
            spk = _clean_speaker(appos)  # the United States Secretary of State, Mr. Byrnes, used this phrase
        if not spk or _NATIONALITY.fullmatch(spk):
            continue
        words = spk.split()
        low = spk.lower()
        if low in ("he", "she", "they"):
            return spk, ":"
        if low in _PRONOUNS or words[-1].lower() in _NOT_PERSON_WORDS:
            continue
        if words[0] in ("The", "A", "An", "One", "Our") or spk[0].islower():
            head = words[-1].lower()
            if head in _FRAME_HEADS or head.rstrip("s") in _SIEVE_PEOPLE or head in _ROLE_WORDS or head in _ORG_WORDS:
                # 'Our staff man cabled', 'Cried one professor': the description without the writer's 'our'
                # or the numeral, as for 'a'/'the'
                return (" ".join(words[1:]) if words[0].lower() in ("our", "one") else spk), ":"
            continue
        words = [w for w in words if w not in _NOT_NAME]
        if not words or (len(words) == 1 and not _proper(text, words[0])):
            continue
        if words[0].endswith(("ing", "ly")) and not _proper(text, words[0]):
            words = words[1:]  # Affirmatively Baker, Sniffing: a capital that only starts the sentence
        if words and _subject_like(clause, m.start()):
            return " ".join(words), ":"
    return None


def _sieve_head(intro: str) -> str | None:
    """The source that opens a short colon line introducing a quotation ('Moscow Radio in Russian to the
    USSR:' -> 'Moscow Radio', 'The Soviet news agency TASS datelined ...:' -> 'TASS', 'East Berlin
    (Communist) radio in German to Germany:' -> 'East Berlin radio'): the words before the first
    preposition or verb of saying ('Article 1 states, inter alia:' -> 'Article 1', not 'Article 1 states': the
    head is a noun phrase, and a lower-case verb of saying after it ends it, as 'said' and 'reports' do), a
    parenthesis left out; after a kind noun (agency, service) the name that follows it.

    Reasoning: press digests and editorials introduce a quoted dispatch with a line that names the source
    and where it was sent; the line has no verb of saying, so no other rule reads it. Only lines of at most
    twelve words whose head starts with a capital count, and the head must hold a name or a medium word.
    """
    words = intro.split()
    if not 1 <= len(words) <= 12:
        return None
    m = _SIEVE_HEAD.match(intro.strip().rstrip(":"))
    if m is None:
        return None
    head = re.sub(r"\([^)]*\)", " ", m.group("head")).split()
    if not head or not head[0][:1].isupper() or head[0] in _NOT_NAME or head[0] in _LEADING_FUNCTION:
        return None
    low = [w.lower() for w in head]
    for i, w in enumerate(low):  # 'Soviet news agency TASS': the name after the kind noun
        if w in ("agency", "service", "newspaper", "daily", "weekly") and i + 1 < len(head) and head[i + 1][:1].isupper():
            head = head[i + 1:]
            break
    if len(head) > 5 or not any(w[:1].isupper() for w in head):
        return None
    if head[-1].lower() in ("article", "story", "item", "piece", "dispatch"):
        head = head[:-1]
    return " ".join(head) or None


def _sieve(text: str, start: int, end: int, us: int, ue: int, *, speech: bool, short: bool,
           prev_tail: tuple[int, str] | None = None) -> tuple[str, str, int | None] | None:
    """A speaker for a quotation the cascade left without one (``speech``) or took for a mention
    (``speech=False``: a partial quotation of two words or more, not Title Case, no naming cue): the frames
    below, first match wins, each read in the quotation's own sentence (up to 400 characters back):

    1. after the closing mark, a subject and a verb that reports words outside the cue lexicon
       (``“Fools”, he bayed``; ``“Take a ride”, Brooks Robinson greeted Hansen``; ``, the account reads,``);
    2. ``as X puts it``, ``as X fears``, ``what X lists as`` before the quotation;
    3. a possessive source with a noun of saying (``Secretary Freeman's claim that ... “...”``, ``in Mr.
       Kennedy's own words, ... “...”``, ``Gen. Taylor's statement ... that he is “...”``);
    4. a passive with ``by`` (``was hailed by ... Dr. Juan Bosch, as having saved “...”``);
    5. a subject and such a verb earlier in the sentence (``he deplored the officer “whose ...”``,
       ``Congressman Martin ... defends the necessity ... “if we wish ...”``, ``Eisenhower seized upon the
       incident ... to attack the Corps as a “...”``: the subject of the clause whose infinitive reports);
    6. only for speech: the sentence before, in the same paragraph, holds a speaker and a verb of saying
       (``he has said that they ought not to discourage anyone. For discouragement ... “would show ...”``),
       or is a short line ending in a colon that opens with its source (``TASS datelined Los Angeles, in
       English to Europe:``, ``... a very small article in the New York Times:``).

    Reasoning: in news and editorials a partial quotation inside a sentence that names a source with a
    verb or noun of saying is that source's words (the PARC attribution relation: source, cue, content;
    Pareti 2016); frames 1-5 only widen the cue from verbs of the lexicon to those verbs and nouns, and
    a term in quotation marks (``the so-called “safe city”``) never reaches this sieve because the naming
    cues decided it first. Frame 6 is the adjacent-sentence candidate of quote attribution (O'Keefe et al.
    2012): a quotation with no source in its own sentence continues the source of the sentence before.
    ``short`` (fewer than five words) admits only frames 1-4, whose cue is next to the source.
    ``prev_tail`` is (start, text) of the last sentence of the paragraph before, for a quotation that opens
    its paragraph. Returns (speaker as written, cue, start of the sentence before or None).
    """
    after = text[end:min(ue, end + 120)]
    before = _clause_before(text, us, start, 400)
    found = None
    if not _SIEVE_WORDS_SET.found(before) and not _SIEVE_WORDS_SET.found(after, 0, 60):
        # no verb or noun of saying in the quotation's sentence (most scare quotes): frames 1-5 cannot match
        return _sieve_before(text, start, us, before, prev_tail) if speech else None
    m = _SIEVE_AFTER.match(after) or _SIEVE_AFTER_INV.match(after)
    if m is not None and (spk := _clean_speaker(m.group("spk"))) and _sieve_subject_ok(spk):
        return spk, _cue_text(m.group("cue")), None
    for rx in (_SIEVE_AS, _SIEVE_POSS, _SIEVE_BY):
        if (rx is _SIEVE_POSS and "’" not in before and "'" not in before) or \
                (rx is _SIEVE_BY and _SIEVE_BY_GATE.search(before) is None):
            continue  # (a necessary condition fails: the pattern has no match, see _SIEVE_BY_GATE)
        for m in rx.finditer(before):
            if (spk := _clean_speaker(m.group("spk"))) and _sieve_subject_ok(spk):
                found = (spk, _cue_text(m.group("cue")), None)
        if found is not None:
            return found
    if short and not speech:
        return None  # a short partial quotation ('said the “smart city” plan'): only frames 1-4
    # (tried only where a match can start: after the last bar character, or apposition, before a verb of the frame)
    for m in _np_matches(_SIEVE_SUBJ, before, _cue_anchors(before, _SIEVE_WORDS), appos=True):
        spk = _clean_speaker(m.group("spk"))
        if not spk or not _sieve_subject_ok(spk) or _object_before(before, m.start("spk")):
            continue
        if ((words := spk.split())[0].lower() in _ROLE_WORDS or words[-1].lower() in _ROLE_WORDS) and (
                f := _FIRST_APPOS_NAME.match(before, m.end("spk"), m.end("cue"))) is not None and (
                name := _person_before_of(f.group("name"))):
            # round 29: "Tolava's Minister for Fisheries, Viliami Fonua, put it more bluntly:": an office in Title
            # Case and the name in apposition after it, the name speaks (as round 9 read 'The police commissioner,
            # Dermot Shea, said'; Quirk et al. 1985, 17.65)
            spk = name
        found = (spk, _cue_text(m.group("cue")), None)
    if found is None and _SIEVE_TO_VERB.search(before):
        spk = _clause_subject(before, named_only=True)
        if spk is not None and _sieve_subject_ok(spk):
            found = (spk, _cue_text(_SIEVE_TO_VERB.search(before).group().split()[-1]), None)
    if found is not None or not speech:
        return found
    return _sieve_before(text, start, us, before, prev_tail)


def _sentence_before(text: str, us: int, sent_start: int) -> tuple[int, str]:
    """The sentence before the one that starts at ``sent_start`` in the paragraph that starts at ``us``, its full stop
    kept (at most 400 characters), and where it ends (the white space after it passed over)."""
    j = sent_start
    while j > us and text[j - 1].isspace():
        j -= 1
    return j, _clause_before(text, us, j - 1, 400) + text[j - 1:j]


def _sieve_before(text: str, start: int, us: int, before: str,
                  prev_tail: tuple[int, str] | None) -> tuple[str, str, int | None] | None:
    """Frame 6 of :func:`_sieve`: the sentence before in the paragraph, or a colon line naming its source."""
    sent_start = start - len(before)
    if sent_start > us:
        j, prev = _sentence_before(text, us, sent_start)
        prev_start = j - len(prev)
    elif prev_tail is not None:
        prev_start, prev = prev_tail
    else:
        return None
    if not prev.strip():
        return None
    if prev.rstrip().endswith(":"):
        m = _SIEVE_IN_DOC.search(prev)
        spk = _clean_speaker(m.group("spk")) if m is not None else _sieve_head(prev)
        return (spk, ":", prev_start) if spk else None
    if sent_start <= us:
        return None  # a sentence of the paragraph before that is no colon line: the continuation rules decide
    found = _attr_sentence(prev)
    if found is None or not _sieve_subject_ok(found[0]) or (
            found[0].split()[0] in ("their", "his", "her", "its", "our", "my", "your")
            and found[0].split()[-1].lower() not in _ROLE_WORDS | _SIEVE_PEOPLE):
        return None  # 'their international (disputes)': a phrase of the sentence, not a subject that can speak
    return found[0], found[1], prev_start


def _sieve_subject_ok(spk: str) -> bool:
    """A sieve subject is a name, a pronoun or a description of a person or body, not a thing."""
    words = spk.split()
    low = words[-1].lower().strip(".,")
    if low in ("it",):
        return True
    if words[0].lower() in ("the", "a", "an", "this", "that", "these", "those", "one", "another", "his", "her",
                            "its", "their", "our"):
        if any(w.endswith("ed") and w.islower() for w in words[1:-1]):
            return False  # 'the view expressed in the Committee': a participle inside, no subject phrase
        return (low in _ROLE_WORDS or low in _ORG_WORDS or low in _SIEVE_MEDIA or low in _SIEVE_PEOPLE
                or (words[0].lower() == "the" and len(words) > 1 and words[1][:1].isupper()
                    and any(w.lower() in _ORG_WORDS for w in words)))  # the Council of Foreign Ministers
    return True


_SIEVE_PEOPLE = frozenset("man woman men women boy girl speaker writer author critic official officials spokesman "
                          "spokeswoman leader leaders group committee council board court judge justice mayor "
                          "governor senator president secretary minister ambassador editor reporter driver "
                          "cadet pilot father mother wife husband son daughter interpreter translator".split())


def _is_interruption(between: str) -> bool:
    """Is the text between two quotations an attribution inside one sentence (``, confessed Arnold with a
    grin, ``)? No sentence end, at most 160 characters, a cue word, and a comma or colon at its end.

    Reasoning: news writing splits one statement around its attribution (“A,” said X, “b.”); the second
    part, often starting in lower case, is the same speaker's speech even when it is short.
    """
    return (len(between) <= 160 and between.rstrip()[-1:] in (",", ":") and _SENT_BOUNDARY.search(between) is None
            and "\n" not in between and _has_cue(between))


# stop 70: an as-clause of comment set off by commas right before the words it quotes: ', as Kingsley Amis has
# correctly observed, some of the “...”' (a name or a description for its subject, never a generic or first-person
# pronoun: 'as we have seen', 'as they say'); at most a few words of the clause between it and the quotation
_AS_COMMENT_BEFORE = _rx(rf",\s+as\s+(?P<spk>{_NAME}|{_DETNP})(?:\s+{_SIEVE_ADV}){{0,2}}\s+(?P<cue>{_SIEVE_ALL})"
                         rf"(?:\s+out)?\s*,[^,;:“”\"]{{0,60}}$")


def as_comment_source(before: str) -> tuple[str, str] | None:
    """The subject and verb of an as-clause of comment that stands between a clause and the quotation inside it:
    'While the novel indicates, as Mary Fenwick has correctly observed, some of the “slow growth of civic power”'
    quotes Mary Fenwick, not the novel the main clause's subject names.

    Reasoning: an as-clause with a verb of saying ('as X observed', 'as X has pointed out') is a comment clause that
    ascribes the content of the clause it is set in to X (Quirk et al. 1985, 15.53-15.54); where it stands right before
    the quoted words, with no more than a few words of the object between, the words quoted are X's. ``None`` where
    ``before`` (the sentence up to the quotation) ends in no such clause."""
    if ", as " not in before:
        return None
    m = _AS_COMMENT_BEFORE.search(before)
    if m is None:
        return None
    spk = _clean_speaker(m.group("spk"))
    return (spk, _cue_text(m.group("cue"))) if spk else None


# a coordinator opening the clause between two quotations: a clause of its own, perhaps gapped ('Critics called it “a
# farce”, and the mayor, “a sound plan”': the mayor's words, Quirk et al. 1985, 13.92), not an interruption
_COORDINATORS = frozenset(("and", "but", "or", "nor", "while", "whereas", "yet"))


def _sentence_left_open(text: str, prev_end: int, start: int, reporter: str | None) -> bool:
    """Does the text between a quotation ending at ``prev_end`` and the next one opening at ``start`` set a clause
    inside one quoted sentence that the first part left open (``“That's Tom”, sighed the grocer, “the kindest boy
    in town”``)?

    Reasoning: a quoted sentence interrupted by the writer's clause goes on in its second part (Quirk et al. 1985,
    14.29 on the medial reporting clause, whatever its verb: 'sighed', 'remembers' are no cue words); that the
    sentence was left open shows in its punctuation: the first part ends with a comma (inside or right after its
    closing mark) and the text between ends with a comma too, with no sentence end or line between. The caller
    asks, too, that the second part start in lower case (the sentence going on). A list of partial quotations
    ('“a sham”, “a farce”') has no clause between: two words at least are asked for; a clause opened by a
    coordinator is a clause of its own, perhaps gapped, with a subject of its own (_COORDINATORS). The clause between
    must be the first part's own reporting clause: ``reporter``, the first part's speaker as written, a name or a
    description (no pronoun, whose reading later rules may undo), stands in it ('“Dr. Glenn, I've got blood”, Fred
    spoke up, “plenty”' had given the first part another speaker than the clause between names)."""
    if not reporter or reporter.lower() in _PRONOUN_SPEAKERS:
        return False
    between = text[prev_end:start]
    if len(between) > 160 or "\n" in between or between.rstrip()[-1:] != ",":
        return False
    if not (between.lstrip()[:1] == "," or text[max(0, prev_end - 2):prev_end - 1] == ","):
        return False
    inner = between.strip().strip(",").strip()
    if inner.split(None, 1)[:1] and inner.split(None, 1)[0].lower() in _COORDINATORS:
        return False
    if len(inner.split()) < 2 or _SENT_BOUNDARY.search(between) is not None or any(c in inner for c in ";:"):
        return False
    k = inner.find(reporter)
    return k >= 0 and not inner[k - 1:k].isalnum() and not inner[k + len(reporter):k + len(reporter) + 1].isalnum()


_S_END = _rx(rf",\s+(?P<spk>{_NAME_OF}|{_NAME}|{_DETNP})(?:,\s+(?:[^,“”\"]{{1,100}},\s+){{1,3}}|\s+)"
                    rf"(?:{_ADV}\s+)?(?P<cue>{_CUE}){_TIME}\s*[.!?]?\s*$"
                    # (round 38: not 'told', whose noun phrase after it is the hearer, ', told AFP.', never an
                    # inverted subject: 'told' takes its indirect object, Quirk et al. 1985, 16.55)
                    rf"|,\s+(?P<cue2>(?!told\b){_CUE})\s+(?P<spk2>{_NP_AFTER_CUE})(?:,[^.;“”\"]{{0,120}})?{_TIME}\s*[.!?]?\s*$")


def _attr_sentence_end(text: str, end: int, ue: int) -> tuple[str, str] | None:
    """A partial quotation whose sentence ends with its attribution: 'Spraying by “technicians with little
    wisdom” harms crops, Ann Roe, president of the Bird Society, said today.' is Ann Roe's speech.

    Reasoning: the attribution at the end of a sentence of indirect speech covers the whole sentence, the
    quoted words inside it too. Only when no other quotation opens before the sentence ends (it would be
    that quotation's attribution) and the attribution closes the sentence (',' NAME [, apposition,] CUE
    [time] '.' or ', CUE NAME[, ...].').
    """
    rest = text[end:min(ue, end + 400)]
    b = _SENT_BOUNDARY.search(rest)
    rest = rest[:b.start() + 1] if b else rest
    if any(c in rest for c in "“\"‘") or not _has_cue(rest):
        return None
    m = _S_END.search(rest)
    if m is None:
        return None
    spk = _clean_speaker(_grp(m, "spk"))
    return (spk, _cue_text(_grp(m, "cue"))) if spk else None


# the fields a quotation takes from the quotation whose speaker it shares (also read by quotes._unfold_speakers)
SPEAKER_FIELDS = ("speaker", "speaker_as_written", "speaker_role", "speaker_org", "channel")


def _take_speaker(dst: dict, src: dict, reason: str | None) -> None:
    """``dst`` takes ``src``'s speaker fields (:data:`SPEAKER_FIELDS`) with ``reason`` as its ``speaker_reason``."""
    for k in SPEAKER_FIELDS:
        dst[k] = src[k]
    dst["speaker_reason"] = reason


def _attribute_from_next(text: str, out: list[dict]) -> None:
    """“A.” “B,” he said. -- a speech quotation with no attribution that the next speech quotation of the
    same paragraph follows with nothing but white space between takes that quotation's speaker.

    Reasoning: news writing runs two quotations of one speaker together and attributes only the second
    (or the last of several); a change of speaker is always marked by an attribution or at least a new
    paragraph. Applied from the last quotation back, so a run of three takes the speaker of the third.
    ``speaker_reason`` is ``attributed after the next quotation``; the ``cue`` stays None.
    """
    for i in range(len(out) - 2, -1, -1):
        d, nxt = out[i], out[i + 1]
        if (d["kind"] != "speech" or d["speaker"] is not None or d["speaker_reason"] != "no attribution found"
                or d["parent_id"] is not None or nxt["kind"] != "speech" or nxt["speaker"] is None
                or nxt["_unit"] != d["_last_unit"] or not d["close_mark"]
                or text[d["end"]:nxt["start"]].strip(" \t")):
            continue
        _take_speaker(d, nxt, "attributed after the next quotation")
# an adverb of degree opening quoted words, before a lower-case word (_clause_goes_on, round 11): intensifiers and
# downtoners, or an adverb in -ly other than the words in -ly that are adjectives or nouns ('only', 'early', 'likely')
_GRADED = _rx(r"\s*(?:very|extremely|highly|deeply|totally|completely|fully|entirely|truly|utterly|wholly|"
                     r"remarkably|incredibly|particularly|exceptionally|seriously|hugely|vastly|fairly|rather|quite|"
                     r"too|so|(?!(?:only|early|family|daily|weekly|monthly|yearly|likely|holy|ugly|friendly|lonely|"
                     r"lovely|elderly|silly|costly|deadly|orderly|unlikely|timely|curly|burly|bully|rally|ally|"
                     r"assembly|supply|reply|jelly|belly|lily|jolly|hilly|oily|wily|sly|fly)\b)[a-z]{2,}ly)\s+[a-z]")
_VERB_ING = _rx(r"\s*[a-z]{3,}ing(?:\s+(?:out|up|down|off|away|back|over|in|on))?[.,]?\s*")
_DET_AFTER = _rx(r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s")
# round 26: what follows a phrase that has closed (_clause_goes_on): a determiner opening the next noun phrase, a verb
# or auxiliary, a participle with its agent, the prepositions _CLAUSE_GOES_ON leaves out; (round 40) any verb form in
# -ed, a past tense whose subject the quoted words are ('said an “unauthorized actor” gained access') or a participle
# that postmodifies them ('a “restructuring exercise” aimed at', 'assessed as “high risk” based on'): either way the
# quoted noun phrase has closed (on the 459 sets then read: 4 labels gained, 1 term taken for speech, 'a
# donor-funded “retention pool” created last year')
_PHRASE_CLOSED = _rx(r"\s+(?:(?:this|these|those|every|each|some|any|all|both|last|next)\s+[a-z]|(?:is|are|was|were|be|been|being|has|have|had|will|would|could|"
                            r"should|may|might|must|can|did|does|do|not)\b|[a-z]{3,}ed\b|(?:under|across|amid|"
                            r"among|within|without|through|throughout|despite|toward|towards|beyond|behind|around|"
                            r"during|per|via|upon|onto|between|below|above|near)\b)")
_CLAUSE_GOES_ON = _rx(r"\s*(?:[.,;:!?)]|$|(?:that|since|because|as|if|when|while|but|for|to|in|on|at|by|"
                             r"with|from|than|unless|although|though|until|before|after|and\s+that|"
                             # round 16: the other prepositions a noun or adjective phrase takes its complement
                             # with ('had “serious reservations” about', 'a “textbook example” of how'), and 'what'
                             # opening the compared clause ('was “nowhere near” what was required')
                             r"about|over|against|into|of|what|now\s+that)\b"
                             # round 16: 'calling the count “a masquerade” and urging ...': a participle clause
                             # coordinated after the quotation, which has closed its own
                             r"|and\s+[a-z]{2,}ing\b"
                             # round 19: 'described the protesters as “selfish vandals” and said ...': a predicate
                             # coordinated after the quotation, in the past tense, as the participle clause is
                             r"|and\s+(?:said|told|[a-z]{2,}ed)\b"
                             # round 20: 'said it was “long overdue” and would correct ...': a coordinated predicate
                             # that opens with a modal or another auxiliary, as the past tense above does
                             r"|and\s+(?:would|will|could|can|should|must|might|may|had|has|have|was|were|is|are)\b"
                             # round 38: 'said the admission was “long overdue” and the union would scrutinise ...': a
                             # clause coordinated after the quotation, with a subject of its own (a pronoun, or a
                             # noun phrase of a determiner and one to three words) and a finite auxiliary; a term would
                             # be coordinated with a noun phrase, not a clause (Quirk et al. 1985, 13.11 on clause
                             # coordination)
                             r"|and\s+(?:(?:it|he|she|they|we|i)|(?:the|its|their|his|her|our|this|these|those|a|an)"
                             r"(?:\s+[a-z][\w\-’']*){1,3}?)\s+(?:would|will|could|can|should|must|might|may|had|has|have|"
                             r"was|were|is|are)\b)")


# a personal pronoun as a subject between two quotations (dialogue: 'She smiled.', 'I'd found my voice.')
_CHAIN_PRONOUN = _rx(r"(?<![\w’'])(?:He|She|They|I|We|he|she|they|we)(?:[’']d)?\s+[a-z]")


def _names_between(text: str, lo: int, hi: int, quotes: list[dict], same: set[str]) -> bool:
    """Is a name other than ``same`` written between lo and hi, outside quotations?

    A name is a run of capitalised words (:data:`_RUN_RE`) that is not a function word, a nationality
    adjective ('American') or the name of a thing ('the Draft Act'); a single capitalised word that opens a
    sentence counts only when the text also writes it with a capital inside a sentence or it is a common
    given name ('Instead', 'Compare', 'Roommates' only start their sentences)."""
    pos = lo
    pieces = []
    for q in quotes:
        if q["end"] <= lo or q["start"] >= hi:
            continue
        if q["start"] > pos:
            pieces.append((pos, q["start"]))
        pos = max(pos, q["end"])
    if pos < hi:
        pieces.append((pos, hi))
    for a, b in pieces:
        if _CHAIN_PRONOUN.search(text, a, b) is not None:
            return True  # 'She smiled.', 'I chuckled': someone the text refers to, maybe the next speaker
        for m in _RUN_RE.finditer(text, a, b):
            words = [w for w in m.group("run").split() if w not in _NOT_NAME and w not in _LEADING_ARTICLE]
            words = [w[:-2] if w[-2:] in ("’s", "'s") else w for w in words]
            if not words or set(words) <= same:
                continue
            if len(words) == 1 and _NATIONALITY.fullmatch(words[0]):
                continue
            if not _NOT_PERSON_WORDS.isdisjoint(w.lower() for w in words):
                continue
            if (len(words) == 1 and _after_sentence_end(text[max(0, m.start() - 4):m.start()])
                    and not _proper(text, words[0])):
                continue
            return True
    return False


# a frame that gives only where in the source the next quotation stands, with no subject or verb of its own: 'And on page
# 302:', 'And again on page 301:', 'Later, in paragraph 12:' (_quote_chain)
_LOCATOR_FRAME = _rx(r"\s*(?:(?:And|Then|Also|Later|Further|Again|Elsewhere)\b,?\s*)?(?:(?:again|also|later|further|then)\b,?\s+)?"
                     r"(?:on|in|at)\s+(?:the\s+(?:same|next|following)\s+page|page|p\.|pp\.|paragraph|para\.|chapter|section|"
                     r"article|line|verse)(?:\s+[\w.\-]+)?\s*:\s*")


def _quote_chain(text: str, out: list[dict], units) -> None:
    """The last resort (round 5): a speech quotation still without a speaker continues the speaker of the
    nearest speech quotation before it in the same or the previous paragraph, when no other name is written
    between that quotation and the end of this one's sentence.

    Reasoning: news and magazine writing attributes a run of quotations once and lets the quotations that
    follow, in the same paragraph or in the next ones, continue that speaker until it names someone else
    (the quote-chain convention that Muzny et al. 2017 use as the last sieve of their quote attribution,
    and Pareti 2016: an attribution relation's source stays implicit when it is given by the context). A
    name written in between ('A man in Mississippi wired: “...”', 'Baker took the plan to Wilson who
    said:') may be a new speaker the rules did not parse, so then nothing is given: a wrong speaker is
    worse than none. The speaker is a name taken from an attributed quotation, never a pronoun.
    ``speaker_reason`` is ``continues the last speaker``; ``cue`` stays None.

    A quotation that opens its paragraph is a new turn in dialogue and left alone, except after a paragraph that is
    only a locator frame ('And on page 302:', :data:`_LOCATOR_FRAME`): a frame with no subject and no verb is
    elliptical, and the subject and verb it lacks are those of the frame before it (Quirk et al. 1985, 12.31 on
    situational and textual ellipsis; a speaker citing one book page by page, a UN speech of development part H), so
    the quotation continues the speaker of the quotation before that frame, by the same test of names between.
    """
    for i, d in enumerate(out):
        if (d["kind"] != "speech" or d["speaker"] is not None or d["parent_id"] is not None
                or d["speaker_reason"] != "no attribution found"):
            continue
        u = d["_unit"]
        reach = u - 1
        if not text[units[u][0]:d["start"]].strip():
            if u > 0 and _LOCATOR_FRAME.fullmatch(text, units[u - 1][0], units[u - 1][1]) is not None:
                reach = u - 2  # 'And on page 302:' in a paragraph of its own: the frame of a quotation (see below)
            else:
                continue  # a quotation that opens its paragraph: in dialogue a new turn (the next paragraph
                # of a statement is the continuation rule's, which looks at the paragraph before)
        for j in range(i - 1, -1, -1):
            p = out[j]
            if p["_last_unit"] < reach:
                break
            if p["kind"] != "speech" or p["speaker"] is None or p["parent_id"] is not None:
                continue
            end = units[d["_last_unit"]][1]
            m = _SENT_BOUNDARY.search(text, d["end"], min(end, d["end"] + 200))
            hi = m.end() if m else min(end, d["end"] + 200)
            same = set(p["speaker"].split()) | set((p["speaker_as_written"] or "").split())
            same.add("".join(w[0] for w in p["speaker"].split() if w[:1].isupper()))  # PHS: its initials
            if not _names_between(text, p["end"], hi, out, same):
                _take_speaker(d, p, "continues the last speaker")
            break


def _clause_goes_on(text: str, start: int, end: int, *, complementiser: bool = False) -> bool:
    """Is a two-word quotation a piece of the clause rather than a term (``produced “no evidence” that any
    ...``, ``the bill is “probably unconstitutional” since ...``, against ``the “smart city” plan``)?

    Reasoning: a term in scare quotes is a noun phrase: an article or possessive comes before it, or a
    noun after it (``the “smart city” plan``). Quoted words that a verb takes directly and after which
    the clause goes on with a conjunction, a preposition or punctuation are someone's words, and in
    indirect speech (checked by the caller: a verb of saying earlier in the sentence) they are the
    speaker's.

    Round 26: the quoted words have closed their phrase too where a determiner opens the next one ('intended to
    “compete properly” this season': a determiner stands before a noun's premodifiers, never after them, so a term
    would not be followed by one; Quirk et al. 1985, 5.3, 17.101; demonstratives and quantifiers only, as an article or a
    possessive also opens an object's complement: 'made “smart cities” a priority'), where a verb or auxiliary follows ('takeovers had
    “almost always” been followed', '“no evidence” was found': the words are the subject or part of the verb phrase),
    where a participle takes its agent ('“repeated concerns” raised by residents'), and before the prepositions round 16
    left out ('“ample headroom” under its covenants'). Round 40: before any verb form in -ed, a past tense whose subject
    the quoted words are ('said an “unauthorized actor” gained access') or a participle after them ('a “restructuring
    exercise” aimed at').

    Round 37: with ``complementiser`` (the caller found a verb of saying whose that-clause the quotation opens), a
    'that' right before the quotation is the complementiser, no demonstrative determiner ('said on Thursday that
    “significant progress” had been made': the quoted words are the reported clause's subject, and a term would
    need a determiner of its own; Quirk et al. 1985, 15.3 on 'that' introducing a nominal clause).

    Round 11: a quoted verb in -ing, with its particle, followed by a determiner ('risked “hollowing out” the
    ban') is a verb taking its object, a piece of the clause. And quoted words that open with an adverb of
    degree ('a “very low” false alert rate', 'a “deeply flawed” study') are a graded adjective phrase wherever
    they stand: no name or term is graded, so they are someone's evaluation, not a term (intensifiers and
    downtoners premodify gradable adjectives, not nouns: Quirk et al. 1985, on amplifiers and downtoners).
    """
    if _GRADED.match(text, start + 1, end) is not None:
        return True
    if _VERB_ING.fullmatch(text, start + 1, end - 1) is not None and _DET_AFTER.match(text, end) is not None:
        return True  # risked “hollowing out” the ban: a verb in -ing with its object after it (round 11)
    det = _DEFINITE_BEFORE.search(text, max(0, start - 20), start)
    return ((det is None or (complementiser and det.group().strip().lower() == "that"))
            and (_CLAUSE_GOES_ON.match(text, end) is not None or _PHRASE_CLOSED.match(text, end) is not None))


def _lowercase_start(text: str, cs: int, ce: int) -> bool:
    """Does the quoted content start with a lower-case letter (after marks, spaces and an ellipsis)?"""
    m = _LETTER_RE.search(text, cs, ce)
    return m is not None and m.group().islower()


_UNCLOSED_END = _rx(rf",\s+(?P<spk>{_NAME}|{_PRON})\s+(?P<cue>{_CUE}){_TIME}\s*[.!?]\s*$"
                           rf"|,\s+(?P<cue2>{_CUE})\s+(?P<spk2>{_NAME})\s*[.!?]\s*$")


def _attr_inside_unclosed(text: str, cs: int, ce: int) -> tuple[str, str] | None:
    """An unclosed quotation whose words end with an attribution: '“Our faculty is proud of the students,
    Pohly said.' (the closing mark lost after 'students,') is Pohly's speech.

    Reasoning: scraped and typed text loses closing marks; the attribution that followed the lost mark is
    then read as part of the quotation, which runs to the end of its paragraph. When the quotation is
    unclosed and its last sentence ends with ', Name said.' (or ', said Name.'), that is its attribution.
    Only a sentence-final attribution after a comma counts, so a quoted sentence that merely contains a
    verb of saying ('... he said nothing.') is left alone.
    """
    m = _UNCLOSED_END.search(text[max(cs, ce - 200):ce])
    if m is None:
        return None
    spk = _clean_speaker(_grp(m, "spk"))
    return (spk, _cue_text(_grp(m, "cue"))) if spk else None


_NEXT_PARA_SUBJ = _rx(rf"^\s*(?P<spk>{_NAME})(?:\s*\([^()]{{1,40}}\))?(?:(?:,\s+[^,“”\".;]{{1,100}}){{1,3}},)?"
                             rf"(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?![\w’'])")


def _attr_next_paragraph(start: str) -> tuple[str, str] | None:
    """A paragraph that is only an unattributed quotation, followed by a paragraph that opens with a named
    subject and a verb of saying ('“You don't have to worry ...”¶Zhang Daqiang (pseudonym), a taxi driver
    from Hangzhou, joked to his passengers ...'): that subject speaks.

    Reasoning: the quotation lead of news features puts the quotation first and introduces its speaker in
    the next paragraph, whose subject is the speaker and whose verb says that he spoke. Only a name (with
    an optional parenthesis and one apposition) directly followed by a cue verb counts; a paragraph that
    goes on about something else gives no speaker. Round 11: or a paragraph that opens by referring back to the
    quotation as someone's words ('That was the warning from Margrethe Vestager', :data:`_THAT_WAS`).
    """
    if (m := _THAT_WAS.match(start)) is not None and (spk := _clean_speaker(m.group("spk"))):
        return spk, m.group("cue")  # “...”¶That was the warning from Margrethe Vestager (round 11)
    m = _NEXT_PARA_SUBJ.match(start)
    if m is None or not _plausible(m.group("spk"), m.group("cue")):
        return None
    spk = _clean_speaker(m.group("spk"))
    return (spk, _cue_text(m.group("cue"))) if spk else None


_COORD = _rx(r"^\s*,?\s*(?:and|or)\s*$")


def _coordinated(text: str, out: list[dict]) -> None:
    """“petty jealousies” and “petty personal grievances”: two quotations joined by *and*/*or* in one clause
    have the same kind and speaker; a mention (with no naming cue) next to an attributed speech quotation
    becomes speech of that speaker.

    Reasoning: coordinated quoted phrases are the objects of one verb ('This, he added, brought about “A”
    and “B”'), so what attributes one attributes the other; a short first phrase may fail the speech tests
    that the second passes only because the attribution is nearer. Titles named by a cue ('the films “A”
    and “B”') keep their mention kind because their naming cue is set. ``speaker_reason`` is
    ``coordinated with an attributed quotation``.
    """
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a["parent_id"] is not None or b["parent_id"] is not None or a["_last_unit"] != b["_unit"]
                or not a["close_mark"] or _COORD.match(text[a["end"]:b["start"]]) is None):
            continue
        for src, dst in ((b, a), (a, b)):
            if (src["kind"] == "speech" and dst["kind"] == "mention" and dst["cue"] is None
                    and _ALNUM_RE.search(text, dst["content_start"], dst["content_end"]) and _has_speaker(src)):
                dst["kind"] = "speech"
                _take_speaker(dst, src, "coordinated with an attributed quotation")


# round 23: a word of the content of a quotation, for comparing a headline's quotation with the text's
_CONTENT_WORD = _rx(r"[^\W_]+(?:['’][^\W_]+)*")


def _headline_role(written: str | None) -> bool:
    """Is the attribution a headline gives only an office or a role, with no name ('Councilor says shelter vote was
    'a done deal'', 'Minister tells supermarkets ...', 'MPs say')? Headlines drop articles and names (van Dijk 1988,
    2.3; Bell 1991, ch. 9): the role refers to the person or body the story names, so the story's quotation decides
    (round 28)."""
    if not written:
        return False
    raw = written.split()
    words = [w.strip(".,’'").lower() for w in raw]
    def role(w: str) -> bool:
        return w in _ROLE_WORDS or (w.endswith("s") and w[:-1] in _ROLE_WORDS) or w in ("mps", "msps", "col")
    # (an office with its capitalised portfolio or rank before it, 'Finance Secretary', 'First Minister')
    return bool(words) and len(words) <= 3 and role(words[-1]) and all(
        role(w) or raw[i][:1].isupper() for i, w in enumerate(words[:-1]))


_HEADLINE_NAME = _rx(r"(?:^|(?<=\n))\s*(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*:\s*")


def _written_unquoted(text: str, word: str, start: int, out: list[dict]) -> bool:
    """Does the story from ``start`` on write ``word`` outside every quotation?"""
    spans = [(q["content_start"], q["content_end"]) for q in out]
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[start:], re.IGNORECASE):
        p = start + m.start()
        if not any(a <= p < b for a, b in spans):
            return True
    return False


def _headline_word_source(text: str, d: dict, word: str, bodies: list[tuple[str, dict]], story: int,
                          out: list[dict]) -> dict | None:
    """The story's speech quotation that the one-word headline quotation ``d`` (``word``, in lower case) is lifted
    from, or None (round 35, :func:`_headline_quotes`): the first with a speaker that holds the word as a word, unless
    it does not open with the word and the story from ``story`` on writes the word outside quotation marks (a scare
    quote), or the headline writes the word capitalised and that quotation never in lower case (a name)."""
    body, src = next(((body, q) for body, q in bodies if f" {word} " in f" {body} " and _has_speaker(q)), ("", None))
    if src is None:
        return None
    if not f"{body} ".startswith(f"{word} ") and _written_unquoted(text, word, story, out):
        return None
    if (word not in text[d["content_start"]:d["content_end"]] and re.search(
            rf"(?<!\w){re.escape(word)}(?!\w)", text[src["content_start"]:src["content_end"]]) is None):
        return None
    return src


def _headline_quotes(text: str, out: list[dict], units: list[tuple[int, int]]) -> None:
    """'Inspectors raise ‘serious concerns’ over patient care' above a story that quotes the inspectorate's report as
    saying there were “serious concerns about ...”: a quotation in the headline that the story quotes again is an
    excerpt of that quotation and has its kind and speaker (``speaker_reason`` ``quoted in the headline from the
    text``).

    Reasoning: a headline's quotation marks lift words from a quotation the story gives in full, with its attribution
    (the headline 'summarises and cites', van Dijk 1988, 2.3; Bell 1991, ch. 9, on headlines as abstracts of the
    story); the rules read attributions in sentences, and a headline has none of its own. Only the first paragraph,
    when it is a headline (at most 25 words, no full stop at its end, a paragraph after it), only quotations of two
    words or more, and only where the same words, in order, stand inside a speech quotation of the story, or (round
    35) where a speech quotation of the story of three words or more with a speaker stands inside the headline's
    ("‘It will block out the sun’" above a resident's “block out the sun”: the headline gives the clause whole)."""
    if len(units) < 2:
        return
    hs, he = units[0]
    head = text[hs:he].strip()
    if not head or head.endswith(".") or len(head.split()) > 25:
        return
    later = [q for q in out if q["start"] >= units[1][0] and q["kind"] == "speech" and q["parent_id"] is None]
    if not later:
        return
    bodies = [(" ".join(_CONTENT_WORD.findall(text[q["content_start"]:q["content_end"]].lower())), q) for q in later]
    for d in out:
        if d["start"] >= he or d["parent_id"] is not None or (d["kind"] == "speech" and _has_speaker(d)
                                                                and not _headline_role(d.get("speaker_as_written"))):
            continue
        if (not _has_speaker(d) and (hn := _HEADLINE_NAME.search(text, hs, d["start"])) is not None
                and hn.end() == d["start"]):
            # round 29: "Ferrandi: 'Castellana must stop apologising'": a headline that opens with a name and a colon
            # attributes its quotation to that name (the headline's own attribution, as sports and tabloid desks
            # write it; Bell 1991, ch. 9); the speaker is the one the story quotes under that surname
            last = hn.group("name").split()[-1]
            # (the speaker read through _speaker_text: with speakers=False a pronoun's is pending, not a string)
            src = next((q for q in later if (name := _speaker_text(q))
                        and last in name.replace("-", " ").split()), None)
            if src is not None:
                d["kind"], d["cue"] = "speech", ":"
                _take_speaker(d, src, "named in the headline")
                continue
        words = _CONTENT_WORD.findall(text[d["content_start"]:d["content_end"]].lower())
        if len(words) < 2:
            # round 30: "Rates rise of 9.8% 'unavoidable', mayor says" above 'Mayor Graham Tuhoro said the rise was
            # "unavoidable"': one word, where the headline reports speech with a verb of its own and the story quotes
            # that word alone as someone's speech. Round 35: the headline needs no verb of saying, and the word may be
            # lifted from a longer quotation ("Dungannon man jailed over 'reckless' crash" above 'Judge Neil Forsythe
            # said the driving had been "reckless in the extreme"'): British, Irish and Australian desks quote one
            # evaluative word of a source in a headline as a matter of style (the one-word 'headline quote', an
            # attributed evaluation the headline cannot attribute in its few words; Bell 1991, ch. 9; Jullian 2011 on
            # the evaluative power of quotations in news). The first quotation of the story that holds the word as a
            # word gives the speaker, where that quotation opens with it or the story writes the word nowhere outside
            # quotation marks (a term the story uses itself, "over 'council' trips" above a story about council trips, is a
            # scare quote), and a capitalised word only where a quotation writes it in lower case (a name in quotation
            # marks, "Typhoon 'Dalisay'", is no excerpt)
            if len(words) == 1:
                src = _headline_word_source(text, d, words[0], bodies, units[1][0], out)
                if src is not None:
                    d["kind"], d["cue"] = "speech", None
                    _take_speaker(d, src, "quoted in the headline from the text")
            continue
        needle = " ".join(words)
        src = next((q for body, q in bodies if f" {needle} " in f" {body} "), None)
        if src is None:
            src = next((q for body, q in bodies if len(body.split()) >= 3 and f" {body} " in f" {needle} "
                        and _has_speaker(q)), None)
        if src is None:
            continue
        d["kind"], d["cue"] = "speech", None
        _take_speaker(d, src, "quoted in the headline from the text" if _has_speaker(src) else src["speaker_reason"])
