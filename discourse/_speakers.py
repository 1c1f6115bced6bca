"""One speaker, one name: the name table of a document (:class:`_Speakers`).

It turns each attribution as written into one canonical speaker per person or organisation of the
document (the fullest name it gives), resolves pronouns and short names to the most recent compatible
named speaker, splits roles and organisations off names, and gives organisations speaking through
documents their ``channel``. The rules are in the docstring of :mod:`discourse.quotes` ("Speakers: one name
per speaker").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

from ._attribution import _AMOUNT, _LEADING_FUNCTION, _PERSONISH_HEADS, _attr_sentence, _object_before
from ._quote_cues import (
    _NOUNISH,
    _NP,
    _ORG_AND,
    _PARTICLES,
    _QUALIFIER_WORDS,
    _SENT_BOUNDARY,
    COMPANY_WORDS,
    CUE_VERBS,
    DATELINE,
    MUNICIPAL_HEADS,
    ON_ORG_HEADS,
    _cue_anchors,
    _np_search,
)
from ._quote_kernel import KERNEL
from ._re_cache import compile as _rx
from ._re_cache import finditer_from, occurrences
from ._reviews import BOOK_HEADS, book_citations, reviewed_author
from ._speaker_names import (
    _ADVERB,
    _AGE_RE,
    _APPOS_CUE_AFTER,
    _APPOS_NAME,
    _APPOS_RE,
    _BUSINESS_FUNCTIONS,
    _BY_OWNER,
    _CHANNEL_NEAR,
    _COURTESY,
    _CUE_BEFORE_ENDS,
    _CUE_NEAR,
    _DESC_SUBJECT,
    _DOC_AFTER,
    _DOC_NOUNS,
    _DOC_RE,
    _EVENT_HEADS,
    _FEMALE_NAMES,
    _GIVEN_NAMES,
    _GIVEN_ONLY,
    _INQUIRY_NOUNS,
    _INTRO_AFTER,
    _INVERTED_END,
    _MALE_NAMES,
    _NOT_NAME,
    _NOT_PERSON_WORDS,
    _NW,
    _OCCUPATION,
    _ORG_ROLES,
    _ORG_SUFFIXES,
    _ORG_WORDS,
    _OWNER_ADJ,
    _OWNER_AFTER,
    _OWNER_BEFORE,
    _PLURAL_OFFICES,
    _PORTFOLIO_WORDS,
    _PORTFOLIOS,
    _PRONOUN_SPEAKERS,
    _RELATION_GENDER,
    _ROLE_COMMA,
    _ROLE_COMPANY,
    _ROLE_HEADS,
    _ROLE_QUALIFIERS,
    _ROLE_WORDS,
    _RUN_RE,
    _RUNS_KERNEL,
    _SURNAMES_FIRST,
    _TITLE_PAIRS,
    _affiliation,
    _agent_noun,
    _copula_role,
    _cue_before_name,
    _is_initial,
    _owner_before_tail,
    _owner_matches,
    _place_name,
    _prep_object,
    _relation_before,
    _role_appos_before,
    _role_word,
    _split_role,
    _strip_title,
    _subject_like,
)
from ._speech_formulas import _DETERMINERS
from .segment import live_blog_stamps, newest_first


class _Entity:
    __slots__ = ("kind", "name", "words", "gender", "role", "org", "positions", "doc_owner", "merged", "rank")

    def __init__(self, kind: str, words: list[str], gender: str | None) -> None:
        self.kind = kind
        self.words = words
        self.name = " ".join(words)
        self.gender = gender
        self.role: str | None = None
        self.org: str | None = None
        self.positions: list[int] = []
        self.doc_owner = False
        self.merged: _Entity | None = None  # the fuller entity this one was merged into
        self.rank: str | None = None  # the office an abbreviated title gives ('Capt.' -> 'captain')


# the office an abbreviated courtesy title names: 'Capt. George Symonds' is the captain a later 'the navy
# captain said' refers to, 'Sen. Ann Roe' the senator (the title is no part of the name or of the role column)
_TITLE_RANKS = {"capt": "captain", "gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant",
                "sen": "senator", "gov": "governor", "rep": "representative", "dr": "doctor",
                "prof": "professor", "rev": "reverend", "adm": "admiral", "cmdr": "commander", "maj": "major",
                # round 11: British police ranks and a councillor ('Det Insp Collins', 'Cllr Jane Roe')
                "supt": "superintendent", "insp": "inspector", "det": "detective", "dci": "detective chief inspector",
                "cllr": "councillor"}


# round 38: the short forms of British and Commonwealth government departments written in mixed case, the capitals for
# the name's words and a small letter for its 'of' or 'for' ('MoD', 'MoJ', 'DfE', 'DfT', 'DoH'; the departments' own
# usage and the Guardian and Observer style guide's): each a capital, then one to three pairs of a small and a capital,
# with one small letter at least
_MIXED_ACRONYM = _rx(r"(?=[A-Z]*[a-z])[A-Z](?:[a-z]?[A-Z]){1,3}")


def _spells_mixed(letters: str, words: list[str] | tuple[str, ...]) -> bool:
    """Do the letters of a mixed-case short form spell the words: each capital the initial of a capitalised word,
    each small letter the initial of an 'of', 'for', 'on' or 'and' there, other small words ('the') passed over
    ('MoD' of 'Ministry of Defence', 'DfE' of 'Department for Education'; not 'MoD' of 'Ministry Defence')? The
    letters are a :data:`_MIXED_ACRONYM`."""
    i = 0
    for w in words:
        c = w[:1]
        if i < len(letters) and c == letters[i] and (c.isupper() or w in ("of", "for", "on", "and")):
            i += 1
        elif c.isupper() or (i < len(letters) and letters[i].islower()):
            return False
    return i == len(letters)


def _spells(letters: str, words: list[str]) -> bool:
    """Do the letters spell the initials of the words (capitalised words required, lower-case ones such
    as 'on', 'for' optional)? 'COAHR' and 'CAHR' both spell 'Committee on Appeal for Human Rights'."""
    i = 0
    for w in words:
        c = w[:1]
        if i < len(letters) and c.upper() == letters[i] and (c.isupper() or w.lower() in ("on", "for", "of", "and")):
            i += 1
        elif c.isupper():
            return False
    return i == len(letters) and len(letters) >= 2


@lru_cache(maxsize=256)
def _acronym_expansion(letters: str) -> re.Pattern:
    """A pattern for the words an acronym abbreviates: one capitalised word per letter, a short lower-case
    word (*on, of, for, and*) for a letter it may stand for, other short lower-case words between."""
    tok = [rf"(?:{re.escape(c)}[a-z][\w\-]*|{re.escape(c.lower())}(?:n|f|or|nd))" if c.isalpha() else re.escape(c)
           for c in letters]
    tok[0] = rf"{re.escape(letters[0])}[a-z][\w\-]*"  # the name starts with a capitalised word
    sep = r"\s+(?:(?:of|for|on|and|the|&)\s+)?"
    return re.compile(r"(?<![\w’'])" + sep.join(tok) + r"(?![\w’'])")


def _person_description(spk: str, *, postmodified: bool = False, gender: str | None = None) -> bool:
    """Does a description name a person by a role or occupation ('the taxi driver', 'a neighbour')? Its head is its
    last word, or with ``postmodified`` (round 40) the last word before a postmodifier that opens with a preposition
    or an adjective of nearness or knowledge ('An Egyptian diplomat close to the talks', 'a senior official in the
    ministry'), an office or a noun that describes an unnamed source or person (:data:`_SOURCE_NOUNS`,
    :data:`_DESCRIBED_NOUNS`) whose sex is not other than ``gender``'s."""
    words = spk.lower().split()
    if len(words) < 2 or words[0] not in ("the", "a", "an"):
        return False
    if not postmodified:
        return words[-1] in _ROLE_WORDS
    cut = next((i for i, w in enumerate(words[2:], 2) if w in _POSTMODIFIER_OPENERS), len(words))
    head = words[cut - 1]
    if cut == len(words) or head in (_MALE_NOUNS if gender == "f" else _FEMALE_NOUNS if gender == "m" else ()):
        return False  # (a postmodifier there, and a head of the pronoun's sex: not 'the girl' for 'he')
    return head in _ROLE_WORDS or head in _SOURCE_NOUNS or head in _DESCRIBED_NOUNS


# round 40: the words that open a description's postmodifier after its head noun ('close to the talks', 'in the ministry')
_POSTMODIFIER_OPENERS = frozenset("of at in from for with on close familiar based who".split())


def _bare_name(ent: _Entity) -> bool:
    """A one-word name with no person's marks (no gender, role or given name: 'Tesla said'), which may
    be an organisation as well as a person."""
    return len(ent.words) == 1 and _markless_name(ent)


@lru_cache(maxsize=1 << 14)
def _without_home(name: str) -> str:
    """An organisation's name without the home town after a company's designator (round 18): 'Calloway
    Therapeutics of Cambridge' -> 'Calloway Therapeutics'. A company is named by its name, and news adds where it
    is based with 'of' (Quirk et al. 1985, 17.37 on postmodifying 'of'-phrases of place); one speaker, one name.
    A pure function of the name (module constants only: the place sets of :func:`_place_name`, COMPANY_WORDS),
    cached as :func:`_run_head` is (asked for every organisation run, the same names in every UN speech; a name of
    more than :data:`_CACHED_CHARS` characters is computed without the cache, :meth:`_Speakers._org`)."""
    words = name.split()
    # round 20: 'Guatemala's National Civil Protection Office', 'Costa Rica's Constitutional Chamber': a country or
    # region in the possessive before a body's name of two words or more is its owner, a determiner (Quirk et al.
    # 1985, 5.115-5.116 on the genitive), no part of the name, as for a person ('Arsenal's Arteta', _owner_split);
    # only a place, and only before a proper name ('Russia's defence ministry' keeps its country), so 'People's Daily'
    # and 'McDonald's Corporation' stay whole
    k = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))), -1)
    if (k >= 0 and len(words) - k - 1 >= 2 and _place_name(words[:k] + [words[k][:-2]])
            and all(w[:1].isupper() or w in ("of", "for", "and", "on", "the", "&") for w in words[k + 1:])):
        words = words[k + 1:]
        name = " ".join(words)
    for k in range(2, len(words) - 1):  # a designator after a capitalised word of the name ('the Corp of Army
        if (words[k] == "of" and words[k - 1].rstrip(".,").lower() in COMPANY_WORDS  # Engineers' is one name)
                and words[k - 2][:1].isupper()):
            return " ".join(words[:k])
    return name


def _headline_end(text: str) -> int:
    """Where a text's headline ends: its first line, where that line is at most 150 characters with no full stop or
    closing quotation mark at its end ('Regulator blocks £3.8bn Corvane takeover'); else 0 (the text opens with its
    body, 'WASHINGTON — Federal regulators on Thursday accused ...')."""
    nl = text.find("\n")
    return nl if 0 < nl <= 150 and not text[:nl].rstrip().endswith((".", "”", '"')) else 0


def _markless_name(ent: _Entity) -> bool:
    """A name with no person's marks (no gender, role, or known given name first), of one word (:func:`_bare_name`)
    or of several ('Canyon Plains said' after 'Canyon Plains Medical Center'), which the table took for a person
    only by its capitals. Since round 18 such a name that is the start of an organisation's name is that
    organisation, as a one-word bare name was in round 17 ('Kingsmere said' after 'Kingsmere Bank')."""
    return (ent.gender is None and (ent.role is None or _business_role(ent.role))
            and ent.words[0].lower() not in _GIVEN_NAMES)


def _business_role(role: str) -> bool:
    """Is a description written in apposition to a name a business's, not a person's office (round 40: 'Pennant
    Health, the maker of a popular fertility-tracking app')? Its head, the last word before 'of', 'that', 'which',
    'based', 'in' or 'with', after its article, is a kind of organisation (:data:`_ORG_KINDS`) and no person's office."""
    words = role.replace(",", " ").split()
    if not words or words[0].lower() not in ("the", "a", "an"):
        return False
    cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "that", "which", "based", "in", "with")), len(words))
    head = words[cut - 1].lower() if cut > 1 else ""
    return head in _ORG_KINDS and head not in _ROLE_WORDS


def _other_office(single: _Entity, role_words: list[str]) -> bool:
    """Does a surname used alone with an office ('President Kennedy') name someone else than a fuller name
    written later with another office ('First Lady Jacqueline Kennedy')? Both offices known and sharing no
    word: two people (relatives share surnames); a fuller name without an office is the same person."""
    if not single.role or not role_words:
        return False
    return {w.rstrip(".,").lower() for w in role_words}.isdisjoint(single.role.lower().split())


#: the documents of research, whose author is the research team (see _Speakers._resolve on 'A study ... found')
_RESEARCH_DOCS = frozenset({"study", "paper"})
# stop 70: a study or paper brought in with the indefinite article, and its author when the words right after it give one
# ('a study by the Nuffield Trust', 'a paper from Oxford University', 'a study commissioned by the council')
_UNOWNED_STUDY = _rx(r"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+(?:new\s+|recent\s+|large\s+|major\s+)?(?:study|paper)\b"
                     r"(?P<owner>[^.;:“”\"]{0,40}?\b(?:by|from|for|of)\s+(?:the\s+)?[A-Z])?")
#: the months and weekdays, whose names set in capitals are a date's words, not an acronym (see _date_in_capitals)
_DATE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December".split())


def _date_in_capitals(word: str) -> bool:
    """Is ``word`` a month or weekday written in capitals ('MAY', 'TUESDAY')?

    A press release's embargo line and many datelines set the date in capitals ("EMBARGOED UNTIL 00:01 GMT TUESDAY
    14 MAY 2024"); read as a run of capitals, 'MAY' had been an organisation, the author of every later "a study" and
    "the paper" of the text. The same words in Title Case are dates already (_NOT_NAME)."""
    return word.isupper() and word.capitalize() in _DATE_WORDS


def _month_surname(words: list[str]) -> bool:
    """Is a last word that names a month a surname ('Theresa May', 'Brian May', 'Tom August')?

    Reasoning: month words end most capitalised runs as dates ('said Stram Monday', 'on May'), and are cut
    off names; after a common given name they are the surname, and cutting them leaves the given name alone
    as the speaker ('Theresa').
    """
    return (len(words) >= 2 and words[-1].rstrip(".,’'s") in ("May", "June", "April", "August")
            and words[-2].lower() in _GIVEN_NAMES)


def _other_person(ent: _Entity, gender: str | None, role_words: list[str]) -> bool:
    """Is a surname written with an office title ('President Kennedy') someone else than the woman of that
    surname the text named before ('First Lady Jacqueline Kennedy')?

    Reasoning: relatives share surnames, and news writes a man's surname with his office title where the
    text has already named his wife in full; merging the two makes one speaker of two people (and a later
    'he' resolves to her). A surname with an office title and no courtesy title of its own is another
    person when the one found is marked as a woman and holds no such office (her recorded role shares
    none of the title's words); the same woman named with her office ('Prime Minister Ardern' after
    'Prime Minister Jacinda Ardern') stays one person.
    """
    if gender is not None or ent.gender != "f" or not role_words:
        return False
    title = {w.rstrip(".,").lower() for w in role_words} & _ROLE_HEADS
    held = set((ent.role or "").lower().replace(",", " ").split())
    return bool(title) and title.isdisjoint(held)


# the pronoun it as a word (round 11: the antecedent of an it inside the quotation's own sentence, _sentence_subject_org)
_IT_WORD = _rx(r"(?<![\w’'])it(?![\w’'])")
# a sentence that opens with a subordinate clause: 'Last week, when Royal was told ...,'
# the words right before a pronoun that opens a subordinate, relative or coordinated clause ('in which he', 'when
# she', ', and he'; not a comma alone: 'Of another colleague, George Santayana, he could write' has the pronoun as the
# main clause's subject after a fronted phrase): _Speakers._main_subject_in_sentence (stop 66)
_SUBORDINATE_PRONOUN = _rx(r"(?:(?<![\w’'])(?:which|whom|whose|that|when|where|while|after|before|because|since|until|as|"
                                  r"and|but|whereupon))\s+$")
_ANY_QUOTE_MARK = _rx(r"[“”\"«»„]")
_DETERMINER_BEFORE = _rx(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+$")
_SUBORDINATE_LEAD = _rx(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Aa]lthough|"
                               r"[Tt]hough|[Bb]efore|[Oo]nce|[Ss]ince|[Bb]ecause|[Ii]f)\s+")
# kinds of organisation a definite description refers back with ('the company said')
# (round 15: and the kinds of local and trade news, 'The union said' after 'the Irish Nurses and Midwives
# Organisation', 'the café describes itself' after 'Kaapi House, which opened on Princess Street')
_ORG_KINDS = frozenset("company firm group organisation organization agency body panel carrier airline "
                       "manufacturer maker retailer bank corporation conglomerate giant vendor supplier "
                       "startup start-up operator union charity chain publisher broadcaster insurer lender "
                       "developer platform café cafe restaurant shop store hotel club "
                       # round 16: 'the regulator', 'the regional bloc' (no organisation's name ends in these)
                       "regulator watchdog bloc "
                       # round 20: 'the cooperative', 'the brokerage', 'the band', 'the party' (a political party:
                       # 'Dalmatian Civic List ... The party said') name the organisation named before as 'the company'
                       # does ('Rock band The Velvet Hours ... the band')
                       "cooperative co-operative co-op consortium collective syndicate guild bakery brewery clinic "
                       "brokerage band party "
                       # round 39: a pension, investment or hedge fund ('Coastline Super ... the fund said'), which
                       # money pages name by its brand alone as they name a company
                       "fund".split())
# round 11: the kind of organisation written before its name in wire copy ('Chinese camera maker Hikvision',
# 'chipmaker Nvidia', 'rights group Liberty', 'news agency Reuters'): the kinds above and the trades written as
# one word, with watchdogs and charities; none is a person's office (a role word before a name makes it a person)
_KIND_BEFORE_NAME = (_ORG_KINDS | frozenset("chipmaker automaker carmaker drugmaker charity watchdog regulator "
                                            "insurer lender newspaper".split())) - _ROLE_WORDS


# a lower-case word before a one-word name that _add_run reads (a role, a kind of organisation, a relation
# with its comma, 'husband,', or 'named'): the kernel's read_runs leaves such a run to _add_run (role_before in
# discourse/_kernel_quotes.c)
_WORDS_BEFORE_NAME = (_ROLE_WORDS | _KIND_BEFORE_NAME | frozenset(w + "," for w in _RELATION_GENDER)
                      | frozenset(("named", "name,")))
# round 11: 'a woman named Priya', 'who gave only her first name, Priya,': the words that introduce a name as a
# person's name (what is named so is someone whose name it is; a lone given name otherwise has no marks)
_NAMED_BEFORE = _rx(r"(?:(?<![\w’'])named|(?:first|given)\s+name,)\s+$")


_VARIATION_WORDS = frozenset("former veteran handsome young elderly slender tall retired longtime outspoken "
                             "soft-spoken genial burly silver-haired gray-haired grey-haired white-haired "
                             "bespectacled smiling affable "
                             # round 30: the state of someone just quoted, as 'smiling' is ('the distraught woman said',
                             # 'the grieving father added'): a state is said of a person the reader knows
                             "distraught grieving tearful heartbroken bereaved emotional".split())
_AGE_WORD = _rx(r"\d{1,3}-year-old")
# a hyphen at the end of a broken line, the break now a space, inside a capitalised compound (_Speakers._resolve)
_BROKEN_HYPHEN = _rx(r"(?<=[A-Za-z])- (?=[A-Z][a-z])")
# the rank of a general as a person's role ('General', 'Maj. Gen.', 'Lieutenant General'; _Speakers._resolve)
_MILITARY_GENERAL = _rx(r"(?i)(?:(?:brigadier|major|lieutenant|brig\.?|maj\.?|lt\.?)\s+)?gen(?:eral|\.)")
# adjectives of courtesy before an office in the speech of diplomats and parliaments (_Speakers._resolve)
_COURTESY_ADJECTIVES = frozenset("distinguished eminent honourable honorable esteemed illustrious learned "
                                 "respected venerable".split())
# a surname as written after an article and an adjective ('the indiscreet Sorensen', 'a defiant O’Neill')
_SURNAME_WORD = _rx(r"[A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)?")
# round 4: 'the young man', 'the elderly woman' vary a person just quoted as well as 'the handsome expert'
_PERSON_NOUNS = frozenset("man woman boy girl fellow youngster lady gentleman".split())
# nouns that describe an unnamed speaker, with their gender where the noun gives one (round 5)
_FEMALE_NOUNS = frozenset("woman girl lady mother wife daughter sister waitress widow housewife grandmother "
                          "mum mom grandma spokeswoman".split())  # round 13: the words of popular papers too
_MALE_NOUNS = frozenset("man boy gentleman fellow father husband son brother grandfather dad grandad grandpa "
                        "spokesman "
                        # round 34: the masculine of 'waitress' and 'widow' above ('a waiter wheeled in breakfast' is
                        # no antecedent of 'She asked')
                        "waiter widower".split())
# (round 15: the people news quotes without naming them, 'A relative of one patient told the Kilmallock Leader that
# ...', and the of-phrase that says whose relative, which is part of the description, 'relative of one patient')
# round 17: the phrases after the noun of a described person that the description keeps (as the speaker of 'said' keeps
# them): a preposition, a determiner or number and up to three words, the last in lower case ('a relative of the
# accused', 'a nurse at the isolation ward', 'a mother of two Greenbrook students'; not 'with', which is as often
# company as affiliation, 'a woman with a small boy'); up to two such phrases or places
# ('a father of four from Ashton Lane'), and the formula of anonymity after them without commas (_ANONYMITY_WHO)
_PP_OPEN = r"\s+(?:of|at|in|from|for|on)\s+(?:one|a|an|the|his|her|their|two|three|four|five)\s+"
# (round 35: no verb of saying among them, which ends the subject: 'The owner of the takeaway said staff had' had read
# 'takeaway said staff' as the phrase's words, so that the description never ended in its verb)
_PP_NOT = r"(?!(?:who|which|that|said|says|told|tells|added|adds|wrote|writes|warned|warns|explained|stated)\b)"
_PP_WORD = _PP_NOT + r"[A-Za-z][\w\-]*"
_PP_HEAD = _PP_NOT + r"[a-z][\w\-]*"
_DETERMINED_PP = rf"{_PP_OPEN}(?:{_PP_WORD}\s+){{0,2}}{_PP_HEAD}"
# the relative clause of anonymity, written without commas after an unnamed source ('a relative of the accused who
# declined to be named said'; not any relative clause, 'Mr. Skyros was not a man who thought ...')
_ANONYMITY_WHO = (r"\s+who\s+(?:asked|declined|spoke|did\s+not|requested|would\s+not|was\s+not\s+authori[sz]ed)\b"
                  r"[^,.;:“”\"]{0,60}?")
# the place or body an unnamed person belongs to: a preposition and a name with its own of-phrase ('in Sadr City', 'at
# the Water Authority of Jordan', 'with the Amal Association'; round 16, 'with' and the of-phrase round 17)
# (round 26: and 'on', 'A taqueria owner on Valencia Street', and names of four words whose plural genitive is written
# with its apostrophe, 'A spokeswoman for the Australian Professional Cyclists’ Association said ... she said'; round
# 35: a business named by its founder's genitive, as shops and firms are, 'A spokesman for Hartfield’s said')
_PLACE_PP = (r"\s+(?:in|from|of|at|for|with|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:[’']s?|(?:\s+[A-Z][\w\-]*[’']?){0,3})"
             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?")
_DESCRIBED_NOUNS = _FEMALE_NOUNS | _MALE_NOUNS | frozenset("youngster stranger driver clerk attendant guard soldier officer "
                                                        "waiter nurse farmer worker student teacher child visitor customer "
                                                        "resident neighbour neighbor relative witness passenger parent "
                                                        "patient shopper commuter bystander onlooker protester protestor "
                                                        "voter fan survivor volunteer tenant pensioner motorist pedestrian "
                                                        "spokesperson official".split())
# round 21: the role words of the name table head an indefinite description of a person too ('A supervisor at the mine,
# who asked not to be named ..., said', 'a regional manager'), with up to two modifiers, capitalised ones included ('A
# Voltana engineer'); only after 'a', 'an', 'one': a definite role description ('the minister') is read by
# _description_subject, which finds the person named with that role
_ROLE_PERSON_NOUNS = frozenset(w for w in _ROLE_WORDS if w.isalpha() and w.islower()) - _DESCRIBED_NOUNS
# round 21: a description right after 'as' or a copula is a predicative complement ('Walton, who served as a
# correspondent', 'he was a teacher'; Quirk et al. 1985, 16.21 and 16.48), which refers to no one new, or after 'as'
# the subject of a clause of time or reason inside the sentence of another subject ('he followed as the Negro man got
# out'). Not the other subordinators: 'When the stranger found out ..., he insisted' refers forward to the subject of
# the clause that opens its own sentence
_NOT_REFERRING_BEFORE = _rx(r"(?<![\w’'])(?:as|is|was|were|be|been|became|becomes|remains|remained)\s+$")
# a determiner and a capitalised modifier ('A Voltana dealer', 'One Murphy Town resident')
_CAPITALISED_MODIFIER = _rx(r"\S+\s+[A-Z]")


# round 23: the verbs of saying after which an indefinite description headed by an agent noun is a speaker
# (_described_person): 'A noodle vendor on the same alley said', not 'A wildcatter had to be prepared'
_SAYING_VERBS = frozenset("said says told tells added adds explained warned argued insisted noted wrote".split())


def _sentence_opening(text: str, start: int) -> bool:
    """Does the phrase at ``start`` open its sentence (nothing but white space after a sentence end or a paragraph)?"""
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"”’"


# stop 70 (science news): the name in apposition after a description with the institution the person belongs to as
# its postmodifier, 'said the study's lead author, Dr Ann Roe of Kessington University.' The prepositional phrase 'of
# X University' post-modifies the name (Quirk et al. 1985, 17.37 on postmodification by prepositional phrases; 17.65 on
# the appositive that names the description's referent); it ends the sentence or a clause. Only a capitalised
# institution: 'the coach, Ann Roe of the north' keeps the description (near miss in the tests).
_APPOS_NAME_AFFILIATED = _rx(rf",\s+(?P<name>{_NW}(?:\s+{_NW}){{1,3}})\s+(?:of|at|from)\s+(?:the\s+)?"
                             r"[A-Z][\w’'\-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w’'\-]*){0,6}\s*(?:[.,;]|$)")
# the comma that opens a name in apposition to a description, an age epithet allowed before the name ('One Murphy Town
# resident, 67-year-old Eloise Pinder, said': round 21)
_APPOS_NAME_OPEN = _rx(r",\s+(?:\d{1,3}-year-old\s+)?$")
# round 28: an unnamed source introduced with the formula that withholds the name ('One firefighter, who did not want to
# be named, ...', 'An official with the state disaster committee, who declined to be named as he was not authorised
# to speak to the media, ...', 'A senior majoring in economics, who asked that her name not be used, ...'): the
# description (up to its first comma; an apposition after it, 'One attendee, a software engineer who ...', describes the
# same person) and the formula, whose pronouns give the gender (_Speakers._anonymous_source)
_ANON_SOURCE = _rx(
    r"(?P<d>(?:A|An|One|Another|a|an|one|another)\s+[^,.;:“”\"\n()—–]{2,110}?)(?:,\s+an?\s+[^,.;:“”\"\n()—–]{2,80}?)?"
    r"(?P<f>,?\s+(?:and\s+)?who\s+(?:had\s+)?(?:asked|requested|declined|refused|did\s+not\s+(?:want|wish)|didn[’']t\s+(?:want|wish)|"
    r"would\s+not|spoke|agreed\s+to\s+speak)\b[^.;“”\"\n]{0,90}?\b(?:named|name|identified|anonymity|surname)\b"
    r"[^.;“”\"\n,]{0,90}|,\s+speaking\s+on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she)\s+not\s+be\s+"
    r"(?:named|identified))[^.;“”\"\n,]{0,90}"
    # round 29: the formulas of US copy that withhold the name by saying why ('who was not authorized to speak publicly
    # about the talks', 'granted anonymity to discuss private conversations')
    r"|,?\s+who\s+(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss|talk)\b[^.;“”\"\n,]{0,90}"
    r"|,\s+(?:who\s+was\s+)?granted\s+anonymity\b[^.;“”\"\n,]{0,90})")
# the words every formula of _ANON_SOURCE holds, looked for before the pattern runs
_ANON_WORD = _rx(r"\b(?:named|name|identified|anonymity|surname|authori[sz]ed)\b")
_NAMED_SOURCE = _rx(r"\b(?:as|named|called)\s+[A-Z]|\b(?:surname|last\s+name|family\s+name)\b")  # (a first name given)


_NAME_LEAD = _rx(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3},\s+")
_CLAUSE_LEAD = _rx(r"(?:But|And|Yet|So|However,|Still,|Meanwhile,)\s+$")

# A one-word capitalised name as the subject of a clause (_Speakers._lone_name): the word, then a finite verb (an
# adverb in -ly allowed between): a past in -ed, an auxiliary or modal, or a common irregular past (the narrative past
# of fiction and the past of news). A lower-case word after the name is needed: in a Title Case heading the verb is
# capitalised too ('Khrushchev Rejects Plan'), and 'Mary Smith' is a run of the name table.
_LONE_SUBJECT = _rx(
    r"(?<![\w’'\-.])(?P<w>[A-Z][a-z]{2,})(?=\s+(?:[a-z]+ly\s+)?(?:(?!(?:indeed|need|seed|speed|bed|red|shed|"
    r"breed|feed|greed|hundred|kindred|sacred|naked|wicked|crooked|rugged|ragged|beloved|aged)\b)[a-z]{2,}ed|was|had|would|could|did|"
    r"has|is|will|should|might|must|can|came|went|saw|stood|sat|ran|knew|thought|got|made|gave|began|held|kept|left|"
    r"put|spoke|heard|found|shook|burst|took|felt|brought|caught|drew|drove|fell|grew|hung|laid|lay|led|lost|met|"
    r"rose|sang|sank|set|slept|slid|stuck|struck|swung|threw|understood|woke|wore|wrote|bent|blew|broke|bit|chose|"
    r"cut|fled|forgot|froze|hid|knelt|leapt|lit|rang|sent|shot|shut|sought|sprang|strode|swept|swore|tore|wept|"
    r"fought|flew|hit|meant|paid|read|rode|spun|taught|won|dug|fed|dealt|clung|quit|stole"
    # (round 70: the present of essays that discuss an author, 'Plato attends to', Biber et al. 1999, 6.2.3 on the
    # present of reporting in academic prose: a lower-case word in -s that is no -ss, -us or -is ending)
    r"|(?!(?:always|perhaps|across|unless|thus|this|towards|afterwards|sometimes|besides|nevertheless)\b)"
    r"[a-z]{2,}(?<![sui])s)\b)")
# what may stand between a sentence's opening and the subject: a coordinator or a sequencing adverb ('Then Mary smiled',
# 'But Khrushchev refused'; Quirk et al. 1985, 8.137 and 13.18 on initial conjuncts); or, inside a sentence, the comma
# or semicolon and coordinator that begin a new clause (', and Pam burst out'; Quirk et al. 1985, 13.6 and 13.20)
# the subordinators of a fronted adverbial clause whose subject the lone-name rule reads (_LONE_OPENER, _FRONTED_CLAUSE_LEAD)
_FRONTED_SUBORDINATORS = r"(?:While|Although|Though|When|Whenever|Since|Because|Once)"
_LONE_OPENER = _rx(r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’)]))\s*(?:(?:Then|And|But|So|Now|Suddenly|Finally|Later|Soon|"
                   r"Still|Yet)\s+)?$|(?:[,;]\s+(?:and|but|so|then|and\s+then|yet)|;)\s+$"
                   # (round 70: a fronted prepositional adjunct of place or time set off by its comma, 'All through
                   # The Republic, Plato attends ...'; Quirk et al. 1985, 8.17 and 18.20: the subject follows it)
                   r"|(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’)]))\s*(?:All\s+)?(?:[Tt]hrough|In|Throughout|During|After)"
                   r"\s+[^.,;:!?“”\"]{1,30},\s+$"
                   # (round 70: the subject of a fronted adverbial clause, 'While Plato allows ..., he leaves'; the
                   # sex is then read from the main clause's pronoun subject, _FRONTED_CLAUSE_LEAD)
                   r"|(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’)]))\s*" + _FRONTED_SUBORDINATORS + r"\s+$")
# a name right after the subordinator of a fronted adverbial clause, and the pronoun subject of the main clause after
# that clause's comma ('While Plato finally allows ..., still he clearly leaves'): in the unmarked order the pronoun
# subject of a main clause after an initial adverbial clause takes that clause's subject as antecedent, the pronoun
# agreeing with it in gender (Quirk et al. 1985, 6.10 and 19.47; Halliday & Hasan 1976, 2.3.1)
_FRONTED_CLAUSE_LEAD = _rx(_FRONTED_SUBORDINATORS + r"\s+$")
_MAIN_PRONOUN_AFTER = {"m": _rx(r",\s+(?:(?:still|then|yet)\s+)?[Hh]e\s+[a-z]"),
                       "f": _rx(r",\s+(?:(?:still|then|yet)\s+)?[Ss]he\s+[a-z]")}
# words that head no person's name though written with a capital before a verb: the deity and the personifications of
# devotional prose ('God knew', 'Providence had willed'), which take 'he' in the texts that write them but are no
# speaker a pronoun after them refers to in news or fiction
_NO_LONE_NAME = frozenset("God Lord Heaven Providence".split())
# a pronoun subject of either sex (_Speakers._lone_subject: a person the paragraph was about before the name)
_HE_SHE = _rx(r"(?<![\w’'])(?:(?P<m>[Hh]e)|(?P<f>[Ss]he))(?![\w’'\-])")
# a description opening its sentence ('An old man, sitting against the wall, ...', 'The Vice President arrived'): the
# article and up to four words after it, among which a noun of a person is looked for
_DESCRIPTION_AT_OPENING = _rx(r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’)]))\s*(?:The|An?|One)\s+(?P<w>(?:[\w\-]+\s+){0,3}[\w\-]+)")
# the possessive and reflexive pronouns of each sex, and a sentence's end (_Speakers._lone_subject)
_OWN_PRONOUN = {"m": _rx(r"(?<![\w’'])(?:his|himself)(?![\w’'])"), "f": _rx(r"(?<![\w’'])(?:her|hers|herself)(?![\w’'])")}
_SENTENCE_END = _rx(r"[.!?][\"”’)]*(?:\s|$)")
# a capitalised word inside a sentence (after a lower-case word or a comma): a given name there is a person the
# pronoun could take (_Speakers._lone_subject)
_MID_CAPITAL = _rx(r"(?<=[a-z,;])\s+(?P<w>[A-Z][a-z]+)(?![\w’'\-])")


def _clause_subject_at(text: str, start: int) -> bool:
    """Does the description at ``start`` open its clause: at the sentence's start with its capital, or in lower case
    after a conjunction or a fronted adverbial that opens the sentence ('But a midwife at the unit, who ...', 'In
    Tarfaya, a town of 9,000 people, a municipal councillor who ...'; round 28)?"""
    if text[start:start + 1].isupper():
        return _sentence_opening(text, start)
    s0 = _sentence_start(text, start)
    lead = text[s0:start]
    return bool(lead.strip()) and (_CLAUSE_LEAD.fullmatch(lead.lstrip()) is not None or (
        lead.endswith(", ") and not any(c in lead for c in "“”\"") and not _REPORTING_BETWEEN.search(lead)
        and _NAME_LEAD.fullmatch(lead.lstrip()) is None))  # ('Hannah, a 26-year-old nurse who ...': an apposition)


def _anonymous_description(d: str) -> str | None:
    """The description of :data:`_ANON_SOURCE` as a speaker: without its article ('One firefighter' keeps 'one', as round
    15 does, and 'One of the workers' is 'worker')."""
    words = d.split()
    if len(words) >= 4 and words[0] in ("One", "one") and words[1] == "of" and words[2] in ("the", "their", "its"):
        return " ".join([_singular(words[3])] + words[4:])
    words = words[1:] if words[0] in ("A", "An", "Another", "a", "an", "another") else ["one"] + words[1:]
    return " ".join(words) if words else None


_UNNAMED = _rx(r"\b(?:(?:not|declined|refused)\s+(?:want\s+)?to\s+be\s+(?:named|identified)|anonymity)\b")
_OF_AFTER_NOUN = _rx(r"\s+of\s+(?:the|a|an|this|that|[A-Z])")
_DESCRIBED_PERSON = _rx(
    # (round 34: up to three premodifiers, 'A Carrington Catholic Education spokeswoman said', none of them a determiner:
    # 'At the top a uniformed officer' is two noun phrases; round 35: an age among them, 'an 87-year-old woman from
    # Reddish said', which had left the pronoun after it to the person named before)
    r"(?<![\w’'])(?P<d>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:(?!(?:one|who|that|which|of|and|or|the|a|an|this|his|her|its|their)\b)"
    r"[A-Za-z0-9][\w\-]*\s+){0,3}?(?P<n>"
    + "|".join(sorted(_DESCRIBED_NOUNS | _ROLE_PERSON_NOUNS, key=lambda w: (-len(w), w)))
    + r"|[a-z]{3,}(?:er|or|ist|ant|ent|ian)"  # round 23: an agent noun, checked by _agent_noun
    + r")(?:\s+of\s+(?:two|three|four|five|six|seven|eight)(?![\w\-])"  # a mother of three
    r"|" + _PLACE_PP + r"|" + _DETERMINED_PP + r"){0,2}"
    # round 23: a restrictive relative clause, part of the description ('A woman who lives across the road, and who
    # asked ..., said'; Quirk et al. 1985, 17.3), up to its comma
    r"(?:\s+who\s+(?!asked|declined|spoke|did\s+not|requested|would\s+not|was\s+not)[^,.;:“”\"—–()]{1,80}?(?=,)"
    # round 30: or one without a comma, up to the verb of saying that closes the subject ('A neighbour who watched the
    # raid on Heol y Nant said', 'A former section ranger who spent 20 years in the park and asked not to be named
    # said'): a restrictive relative clause is not set off by commas (Quirk et al. 1985, 17.3), so the subject ends
    # where the main clause's verb begins; the clause is kept apart ('rel'), for the speaker is the description
    # without it, as the labels of the blind sets write it
    r"|(?P<rel>\s+who\s+[^,.;:“”\"—–()]{1,100}?(?=\s+(?:said|says|told|tells|added|adds)\b)))?)"
    r"(?:\s+(?:with|in|from|at|of)\s+[^,.;:“”\"]{1,40}?)?"
    r"(?:,[^,.;:“”\"]{1,120},|" + _ANONYMITY_WHO + r")?"
    r"\s+(?:[a-z]+ly\s+)?(?:was|is|had|has|[a-z]{2,}ed|[a-z]{2,}s|came|went|stood|sat|took|made|spoke|said|ran|got|"
    r"stuck|held|put|kept|left|felt|knew|thought|saw|gave|began|found|shook|threw|drew|rose|fell|brought|caught|"
    r"sent|set|let|led|met|paid|read|burst|wrote|told|heard|sang|swung|spun|slid|hung|struck)\b")


def _variation(heads: list[str]) -> bool:
    """Is a definite description an 'elegant variation' for someone already named ('the handsome food
    expert', 'the former secretary of labor', 'the 61-year-old coach')?

    Reasoning: news style avoids repeating a name by describing the person just quoted with an adjective of
    age, looks or former office before the role noun; such a description introduces no one new (a new
    person comes with an indefinite article or a name). Only these marks count, so 'the spokesman' or 'the
    police chief', which may be someone not named, stay descriptions.
    """
    return any(h in _VARIATION_WORDS or _AGE_WORD.fullmatch(h) for h in heads[:-1])


def _nationality_epithet(heads: list[str]) -> bool:
    """'the Zambian tactician', 'the Kenyan striker': an adjective of nationality and a noun of a person (a role word or
    an agent noun), the epithet by which sports and wire copy vary the name of the person it is quoting (round 37, as
    round 11 read 'the Spaniard' and round 10 'the handsome food expert'): the person quoted last."""
    return (len(heads) == 2 and heads[0].capitalize() in _NATIONALITY_ADJECTIVES
            and (_role_word(heads[1]) or _agent_noun(heads[1])))


# a nickname in apposition after a person's name: 'Thomas Reilly, known to nearly everyone in the county as Big Tom,',
# 'Ann Roe, better known as Nan,', 'Ann Roe, nicknamed “The Hammer”,' (:meth:`_Speakers._nicknames`)
_KNOWN_AS = _rx(r"(?P<name>[A-Z][\w'’\-]*\.?(?:[ \t]+[A-Z][\w'’\-]*\.?)+),\s+(?:(?:better|also|widely|commonly|locally|"
                r"universally|affectionately|simply)\s+)?(?:known(?:\s+(?:to|among|in|by|around)\s+[^,.;:“”\"\n]{1,60}?)?\s+as"
                r"|nicknamed)\s+[“\"‘']?(?P<alias>(?:The\s+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})")
# the comma and the verb every match of _KNOWN_AS holds after its name: a text without them has no match (searched for
# first, from its literal comma; _KNOWN_AS itself is tried at every capital letter of the text, 4 % of the time of
# finding quotations in UN speeches, which seldom write it)
_KNOWN_AS_TAIL = _rx(r",\s+(?:(?:better|also|widely|commonly|locally|universally|affectionately|simply)\s+)?"
                     r"(?:known|nicknamed)")


# the prepositions that open a postmodifier after the head of an unnamed source's description ('a former analyst at
# the company', 'an official with the ministry', 'a member of the council'; :meth:`_Speakers._anonymous_antecedent`)
_POSTMODIFIER_PREPOSITIONS = frozenset({"at", "of", "for", "with", "in", "from", "on", "inside", "within", "close",
                                        "near", "to"})


# two given names joined by 'and' before one surname: 'Chidi and Ngozi Okafor' (:meth:`_Speakers._shared_surnames`)
_GIVEN_AND_GIVEN = _rx(r"(?<![\w’'\-])(?P<g1>[A-Z][a-z]+)\s+and\s+(?P<g2>[A-Z][a-z]+)\s+(?P<sur>[A-Z][\w’'\-]*[a-z])"
                       r"(?![\w’'\-]|\s+[A-Z])")


# an 'and' that white space and a capital follow, as in every match of _GIVEN_AND_GIVEN (_given_before_and)
_AND_CAPITAL = _rx(r"and\s+[A-Z]")


def _given_before_and(text: str):
    """Where :data:`_GIVEN_AND_GIVEN` can start: the capital of the word of ASCII letters before each 'and' that white
    space precedes and white space and a capital follow, in increasing order (the pattern's look-behind had it tried
    at every position of every document; tests/test_speakers.py compares both). The 'and' are found by re's literal
    scan of :data:`_AND_CAPITAL`: most of a text's 'and' (inside words, before a lower-case word) can start no match,
    and each had been read back in Python after ``str.find``, 1.5 % of the time of finding quotations in UN
    speeches."""
    for m in _AND_CAPITAL.finditer(text, 1):
        a = m.start()
        j = a - 1
        if text[j].isspace():
            while j >= 0 and text[j].isspace():
                j -= 1
            k = j
            while k >= 0 and "a" <= text[k] <= "z":
                k -= 1
            if k >= 0 and k < j and "A" <= text[k] <= "Z":
                yield k


# stop 70 (D, E): the newspaper a letter to the editor answers, named in its salutation ('To the editor of the Daily
# Courier:') or as the owner of the editorial it takes up ('The Daily Courier editorial (May 3) ...')
_ADDRESSED_PAPER = _rx(r"(?:\b[Tt]o the [Ee]ditor of (?:the |The )?(?P<a>(?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*)\s*:"
                       r"|\b[Tt]he (?P<b>(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*)(?:’s|'s)?\s+editorial\b)")
_SECOND_PERSON = _rx(r"\b[Yy]our?\b")
_SECOND_PERSON_DET = _rx(r"\b[Yy]our\s+(?:[a-z]+\s+)?(?:editorial|leader|newspaper|paper|columns?|article|pages?)\b")


def _addressed_paper(text: str, pos: int) -> str | None:
    """The newspaper a letter to the editor addresses, where 'you' is the subject of an attribution in it: the name
    in the last salutation before ``pos`` ('To the editor of the Daily Courier:'), or the owner of the last editorial
    named before it ('The Daily Courier editorial ...') where the letter then addresses it, with 'you' or 'your' in
    the paragraph that names the editorial or 'your editorial' ('your leader', 'your paper', ...) after it; else None.

    Reasoning: a letter to the editor is addressed to the newspaper, whose editor answers for what it printed; its
    second person refers to the addressee the salutation names (Biber et al. 1999, 2.4 and 6.1.1 on the
    participants of a register: the addressee of a letter is fixed by its salutation; Quirk et al. 1985, 6.8 on
    'you' as the addressee). A text with no salutation is no letter, unless it takes up a named paper's editorial
    and at once turns to it in the second person: only then is 'you' that paper, not a reader or a hearer.
    """
    lo = max(0, pos - 6000)
    if "ditor" not in text[lo:pos]:  # (a literal before the regex: most texts name no editor or editorial)
        return None
    last = None
    for m in _ADDRESSED_PAPER.finditer(text, lo, pos):
        last = m
    if last is None:
        return None
    if last.group("a") is not None:
        return last.group("a")
    par_end = text.find("\n", last.end(), pos)
    par_end = pos if par_end < 0 else par_end
    if _SECOND_PERSON.search(text, last.end(), par_end) is None and _SECOND_PERSON_DET.search(text, last.end(), pos) is None:
        return None
    return last.group("b")


def _final(ent: _Entity) -> _Entity:
    while ent.merged is not None:
        ent = ent.merged
    return ent


_NATIONALITY = _rx(r"[A-Z][a-z]+(?:an|ish|ese)|French|Dutch|Swiss|Greek|Thai")
# round 11: a person's nationality or party as a noun ('the Spaniard', 'the Norwegian', 'the Frenchman', 'the
# Israeli', 'the Republican'), the head of an epithet for someone named before; not the names of things that end
# alike ('the Vatican', 'the Guardian', 'the Oregonian' speak as organisations), nor the words that are their own
# plural ('the Vietnamese', 'the Swiss': a people or its government as often as one person)
_DEMONYM = _rx(
    r"(?!(?:Vatican|Guardian|Oregonian|Australian)\b)[A-Z][a-z]+ian|"
    r"(?:Afric|Americ|Mexic|Germ|Kore|Keny|Ugand|Rwand|Tanzan|Angol|Chile|Cub|Morocc|Dominic|Venezuel|Nicaragu|"
    r"Guatemal|Jamaic|Samo|Tong|Tibet|Zimbabwe|Tex|Alask|Kans|Oklahom|Republic|Europe|Chech)an|"
    r"(?:French|Dutch|English|Irish|Welsh|Scots|Cornish)(?:man|woman)|Spaniard|Dane|Swede|"
    r"Finn|Pole|Czech|Slovak|Croat|Serb|Turk|Greek|Scot|Briton|Argentine|Filipino|Filipina|Kiwi|Thai|Basque|"
    r"Catalan|Israeli|Iraqi|Pakistani|Saudi|Bangladeshi|Kuwaiti|Qatari|Emirati|Omani|Yemeni|Somali|Nepali|"
    r"Azerbaijani|Uzbek|Kazakh|Tajik|Afghan|Democrat|Tory|Brexiteer")


def _demonym(word: str) -> bool:
    """Is ``word`` a person's nationality or party as a noun (:data:`_DEMONYM`), and no given name that ends
    alike ('Julian', 'Christian', 'Brian')?"""
    return _DEMONYM.fullmatch(word) is not None and word.lower() not in _GIVEN_NAMES


# a noun of agent by its suffix ('missionary', 'sculptor', 'engineer', 'tourist', 'resident', 'trainee')
_AGENT_NOUN = _rx(r"[a-z\-]{2,}(?:er|or|ist|ian|ary|ant|ent|man|woman|ee)")
# an indefinite description with such a word before its noun ('an American missionary', 'a young Brazilian
# engineer'): the word and the noun
_DEMONYM_DESC = _rx(r"(?<![\w’'])[Aa]n?\s+(?:[a-z][\w\-]*\s+){0,2}(?P<w>[A-Z][a-z]+)\s+(?P<n>[a-z][a-z\-]{2,})\b")


def _described_author(words: list[str]) -> bool:
    """Do the words before a document noun describe its author by nationality ('an American naval
    announcement', 'a French government statement') rather than name an organisation?

    Reasoning: a nationality adjective says where a document comes from, not who issued it; taking it for
    an organisation ('American') gives a speaker that is no one, and the organisation named last before it
    is no better. The description itself ('American naval announcement') is the most the text says.
    """
    return any(_NATIONALITY.fullmatch(w) for w in words)
_LEADING_ARTICLE = _LEADING_FUNCTION | {"The", "A", "An"}
_PARTY_TAG = _rx(r"[RDI]-[\w.\-]+")  # R-Bergen
_ACRONYM = _rx(r"[A-Z]{2,6}s?")
_BRACKETED_WORD = _rx(r"\(([A-Z][a-z]{2,8})\)")  # a short form written as a word, in brackets (round 35)
_LOWER_ROLE = _rx(r"(?:^|\s)(?P<r>[a-z][\w\-]*)\s+$")


def _role_before(before: str) -> str | None:
    r"""The lower-case role word right before a name ('industry analyst Jane Roe'): the group ``r`` of
    ``_LOWER_ROLE.search(before)`` where that is a role word (:data:`_ROLE_WORDS`), else None.

    Without the regex search (tried at every character of ``before``, once per name run): a match needs
    white space at the end (``\s+$``; ``str.isspace`` is true of what ``\s`` matches), and ``r`` is then the last
    white-space-separated word, which must start with ``[a-z]`` and hold only ``[\w\-]`` (``\w`` is
    ``str.isalnum`` or ``_``), as a word preceded by white space or the start must. Every role word does both
    (tests/test_speakers_fast.py checks it), so the last word is the answer exactly where it is a role word
    (tests/test_quotes_fast.py compares the two)."""
    word = _word_before(before)
    return word if word in _ROLE_WORDS else None


def _word_before(before: str) -> str | None:
    """The last white-space-separated word of ``before`` (the characters before a name) where ``before`` ends in
    white space, the word written right before the name; else None (what :func:`_role_before` and
    :func:`_kind_before` look up)."""
    if not before[-1:].isspace():
        return None
    tok = before.rsplit(None, 1)
    return tok[-1] if tok else None


def _unpossessive(w: str) -> str:
    """A word or name without its possessive ending and the commas and quotation marks around it: 'Arsenal's'
    'Arsenal', 'Reuters’' 'Reuters', 'spokesman,' 'spokesman'. (Round 12, in :meth:`_Speakers._org_of`:
    ``str.strip("’'s,")``, used there before, strips every 's' at either end too, so 'spokesman', 'secretary'
    and 'specialist' lost their first letter and no role held in an organisation began with an s; round 13, in
    :func:`_org_before_role`'s courtesy test, 'Ms' had become 'M', and in the 'the Arsenal boss' look-up,
    'Rangers' had become 'Ranger'.)"""
    w = w.strip(",")
    return w[:-2] if w.endswith(("’s", "'s")) else w.strip("’'")


def _epithet_run(text: str, s: int, before: str, word: str) -> bool:
    """Is the name run at ``s`` (``before``: the characters before it) a nationality or party noun written after
    'the' (:func:`_demonym`: 'the Spaniard said', 'The West Texan reported'), an epithet and no name (round 11)?"""
    # (round 29: or after an ordinal or a superlative of rank, 'the first Spaniard in six years to finish on the
    # podium': a common noun counted among others, no name)
    return _demonym(word) and (before.endswith(("the ", "The ")) or text.startswith(("The ", "the "), s)
                               or _RANKED_BEFORE.search(before) is not None)


_RANKED_BEFORE = _rx(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?:first|second|third|only|last|lone|sole|youngest|oldest|"
                            r"top|leading|best-placed|highest-placed|fastest|latest|former)\s+$")


def _joins_org_name(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a word in lower case that joins two capitalised words of one organisation's name: 'of' or
    'for' ('ACLU of Northern California'), or 'on' after the head word of a body named for its remit
    (:data:`ON_ORG_HEADS`: 'Commission on Elections')?"""
    w = words[i]
    return (0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
            and (w in ("of", "for") or (w == "on" and words[i - 1] in ON_ORG_HEADS)))


def _org_before_role(before: str, role: str) -> str | None:
    """'Arsenal manager Mikel Arteta', 'Acme spokesperson Li Wei': the capitalised words (up to six) right before
    the lower-case role word that ends ``before``, the organisation the role is held in, or None.

    Reasoning: a proper noun premodifying a role noun names where the role is held, as 'Acme's spokesperson' would
    (as a proper noun before a document noun names its source, 'Security Council resolution', in
    :mod:`discourse._speech_formulas`); a word that only opens the sentence ('Former', 'But'), an article, a
    title, a role ('Assistant coach') or a nationality ('German test pilot') is none."""
    head = before.rstrip()
    if not head.endswith(role):
        return None
    words = head[:len(head) - len(role)].split()[-6:]
    # (round 14: 'of', 'for' and, after the head word of a body named for its remit, 'on' join capitalised words of
    # the organisation's name, 'ACLU of Northern California attorney', 'Commission on Elections chairman', which
    # had given 'Northern California' and 'Elections')
    cut = max((i for i, w in enumerate(words) if (not w[:1].isupper() and not _joins_org_name(words, i))
               or w.endswith((".", ",", ":", ";"))
               or w in _LEADING_ARTICLE or (i == len(words) - 1 and w.lower() in _ROLE_QUALIFIERS_DESC)  # Former manager
               or w.lower() in _POSSESSIVE_DETERMINERS  # 'Her lawyer Ann Roe' (round 20)
               or _unpossessive(w).lower() in _COURTESY
               or _role_word(w.lower()) or _NATIONALITY.fullmatch(w) or _demonym(w)),
              default=-1)
    # a nationality, a courtesy title or a role word inside the capitalised name of an organisation that ends in an
    # organisation word is a word of that name, no modifier before it ('American Civil Liberties Union lawyer', 'Human
    # Rights Watch researcher', 'Big Brother Watch director', which had given 'Civil Liberties Union', 'Rights Watch' and
    # 'Watch'): the name table reads such a run as one organisation by its head word too (_ORG_WORDS)
    hard = max((i for i, w in enumerate(words) if (not w[:1].isupper() and not _joins_org_name(words, i))
                or w.endswith((".", ",", ":", ";")) or w in _LEADING_ARTICLE
                or w.lower() in _POSSESSIVE_DETERMINERS), default=-1)
    whole = words[hard + 1:]
    if len(whole) >= 2 and _unpossessive(whole[-1]).lower() in _ORG_WORDS:
        cut = hard
    words = words[cut + 1:]
    org = " ".join(words).removesuffix("’s").removesuffix("'s") or None
    return org if org is not None else _generic_body_before(head[:len(head) - len(role)].split()[-4:])


# the heads of a governmental body that news copy writes in lower case where it does not give the formal name ('the
# foreign ministry', 'the Chinese embassy': Chicago Manual of Style 8.62-8.63; Reuters' and AP's style)
_GENERIC_BODY_HEADS = frozenset({"ministry", "embassy", "consulate"})


def _generic_body_before(words: list[str]) -> str | None:
    """'Chinese foreign ministry spokesperson', "China's foreign ministry spokesman", 'Russian defence ministry
    spokesman', 'Chinese embassy spokesperson': the body a role is held in, written in lower case with its field and
    its country (a nationality adjective or a country's genitive) before it, as wire copy writes a ministry it does not
    name formally; the same body the capitalised 'Chinese Foreign Ministry spokesperson' of state media names, which
    :func:`_org_before_role` reads from its capitals. ``words``: the words before the role. Without a country word
    ('a foreign ministry spokesperson') the body is not identified, and None is returned, as for any other words."""
    if not words or words[-1] not in _GENERIC_BODY_HEADS:
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].isalpha() and words[k - 1].islower() and words[k - 1] not in _LEADING_FUNCTION:
        k -= 1  # its field: 'foreign', 'defence'
    if k == 0 or len(words) - k > 2:
        return None
    country = words[k - 1]
    if not (country in _NATIONALITY_ADJECTIVES or (country.endswith(("’s", "'s")) and country[:1].isupper()
                                                   and _place_name([_unpossessive(country)]))):
        return None
    return " ".join(words[k - 1:])


def _kind_before(before: str) -> bool:
    """Is the last word of ``before`` (the characters before a name) a kind of organisation written before its
    name, as in 'Chinese camera maker Hikvision', 'rights group Liberty' (:data:`_KIND_BEFORE_NAME`)?

    Reasoning: wire copy introduces an organisation the reader may not know by its trade or kind right before
    the name, with no article or comma between (a close apposition, as 'the novelist Saul Bellow' without its
    article; Quirk et al. 1985, 17.65, as for the close appositions read in :meth:`_Speakers._resolve`). After a
    role word the name is a person's ('industry analyst Jane Roe'); after a kind of organisation, it is the
    organisation's, so the name is one when it has no person's marks (a title, a role, a given name first, an
    initial). The word must end the text right before the name (only white space between), as
    :func:`_role_before` reads a role.
    """
    return _word_before(before) in _KIND_BEFORE_NAME


_SENT_END_CHARS = frozenset(".!?:;\"“”")


def _after_sentence_end(before: str) -> bool:
    """Does ``before`` (the few characters before a word) end a sentence, a clause or a line, or hold only
    white space? The same test as the pattern ``(?:[.!?:;"“”]|\\n)\\s*$|^\\s*$`` searched in ``before``, without a
    regex (``str.rstrip`` strips what ``\\s`` matches)."""
    core = before.rstrip()
    return not core or core[-1] in _SENT_END_CHARS or "\n" in before[len(core):]


# the end of a sentence: a full stop, question or exclamation mark, with an optional closing quotation mark or
# bracket, then white space; or a line break
_UTTERANCE_END = _rx(r"[.!?][\"”’')]*\s+(?=\S)|\n\s*(?=\S)")


# a definite description of an organisation opening its sentence, as the subject of a finite verb: 'The interior
# ministry welcomed', 'The company has said' (the head is an organisation word; up to three modifiers before it)
# (the sentence opening and the finite verb after the subject are written once, _SUBJECT_OPENS and _FINITE_VERB, for
# this pattern and _DOC_DESC_SUBJECT below; a look-ahead's alternatives may stand in any order)
_SUBJECT_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))"
_FINITE_VERB = (r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|was\s+|is\s+|will\s+|would\s+)?"
                r"(?:[a-z]{2,}ed|[a-z]{2,}s|said|says|made|gave|took")  # (each pattern closes it with verbs of its own)
_ORG_DESC_SUBJECT = _rx(
    _SUBJECT_OPENS + r"(?P<d>The(?:\s+(?!(?:" + "|".join(sorted(_ORG_WORDS)) + r")\b)[a-z][\w\-]*){0,3}"
    r"\s+(?:" + "|".join(sorted(_ORG_WORDS, key=lambda w: (-len(w), w))) + r"))"
    rf"(?={_FINITE_VERB}|told)\b)")


# the nouns of a book: a person's book, 'Shoshana Zuboff's book argues that ...', is the writer's channel as a report is
# its owner's (_OWNED_DOC; it had been a speaker of its own, 'Shoshana Zuboff's book', beside 'Shoshana Zuboff'), and
# 'The book' as a subject is the antecedent of an 'it' (_DOC_DESC_SUBJECT; discourse._reviews)
_BOOK_DOCS = "book|memoir|volume|monograph"


# round 14: a document as the subject of a sentence, 'The inspector's report, published on Monday, was scathing.' (the
# definite or possessive description of a document, an apposition between commas allowed, then its verb): the
# antecedent of an 'it' that speaks in the next sentence (_Speakers._doc_description_subject); and the book of a review,
# 'The book describes ..., and it insists that ...', whose author its bibliographic line names (discourse._reviews; with
# no such line 'the book' names no speaker, and the pronoun is read as before)
_DOC_DESC_SUBJECT = _rx(
    _SUBJECT_OPENS + r"(?P<d>(?:The|Its|Their|His|Her|[A-Z][\w\-]*[’']s)\s+(?:[a-z][\w\-]*[’']s\s+)?"
    rf"(?:(?:[a-z\d][\w\-]*|[A-Z][\w\-&]*)\s+){{0,4}}?(?:{_DOC_NOUNS}|{_INQUIRY_NOUNS}|{_BOOK_DOCS}))"
    rf"(?=(?:,(?:[^,.;:“”\"]|[“\"][^“”\"]{{1,80}}[”\"]){{1,120}},)?{_FINITE_VERB}|found)\b)")

# round 39: an office of a body named by its possessive, 'its bishop', 'their spokesman', 'the co-op’s chairman'
# (_Speakers._role_holder), and a name in apposition right after it, which is read instead
_POSSESSED_ROLE = _rx(r"(?:[Ii]ts|[Tt]heir|[Tt]he\s+[\w\-]+[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}(?P<role>[a-z]+)")
_APPOSED_NAME = _rx(r",\s+(?:the\s+)?[A-Z]")
# round 39: the subject position of a sentence (_Speakers._sentence_subject_person): what may stand before the name (a
# description closed by a comma, a coordinator), the name as written and the comma of its apposition or relative clause,
# and what makes the name no subject (a possessive mark, an opening preposition of place)
_SUBJECT_LEAD = _rx(r"(?:[Tt]he|[Aa]n?)\s[^,.;:“”\"]{1,100},|(?:[Bb]ut|[Aa]nd)")
_RUN_THEN_COMMA = _rx(r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|de|da|del|van|von|der|bin|al))*,\s")
_POSSESSIVE_MARK = _rx(r"[’'](?:s\b|\s)")
_LOCATIVE_OPENING = _rx(r"\s*(?:In|At|From|Near|Outside|Inside|On)\s")
# round 39: a name that a relative clause of saying follows, an apposition between ('Colm Ó Loingsigh, who said',
# 'Nadia Ruskin, a tenant organizer, who said'; _Speakers._recent)
_WHO_SAID_AFTER = _rx(r"[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|de|da|del|van|von|der|bin|al|Ó|Ní|Mac))*"
                             r"(?:,\s+(?:a|an|the)\s[^,;:“”\"()]{1,80})?,\s+who\s+(?:also\s+|later\s+)?"
                             r"(?:said|says|described|told|recalled|explained|testified|added|spoke|welcomed)\b")
# round 39: a byline's line ('By Rhiannon Pryce, BBC Wales'; _Speakers._in_byline)
_BYLINE = _rx(r"[ \t]*(?:By|BY|Written\s+by|Reporting\s+by)[ \t]+[A-Z]")
# round 39: a sentence whose subject is an indefinite description, or a definite one (of a person, asked by the caller),
# which takes over from a description of an office before it (_Speakers._description_subject)
_DESCRIPTION_OPENING = _rx(_SUBJECT_OPENS + r"(?P<a>A|An|One|Another|The)\s+(?P<w>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})")


# a partitive as a speaker as written ('One of them', 'one of the shoppers') and an indefinite description in
# apposition after it (', a 64-year-old woman from Leeds,'), the speaker it describes (see _Speakers._resolve)
_PARTITIVE_WRITTEN = _rx(r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:them|us|those|the\s+\w+(?:\s+\w+)?)")
_PARTITIVE_APPOS = _rx(r",\s+(?P<d>(?:a|an)\s+[^,.;:“”\"()]{3,80}?)\s*(?:,|\.(?:\s|$)|$)")


def _utterance_start(text: str, pos: int) -> int:
    """Where the sentence before the one that holds ``pos`` starts (looking back 600 characters at most): the
    window in which :meth:`_Speakers._recent` prefers a person introduced there to a subject named earlier, and
    in which :meth:`_Speakers._org_description_subject` seeks an organisation described as a subject. The full stop
    of a courtesy title ('Mr.', 'Dr.') or of an initial ends no sentence."""
    lo = max(0, pos - 600)
    ends = []
    for m in _UTTERANCE_END.finditer(text, lo, pos + 1):  # (+1: the look-ahead sees the character at pos)
        word = text[max(lo, m.start() - 6):m.start()].rsplit(None, 1)[-1:]
        if text[m.start()] == "." and word and (word[0].lower() in _COURTESY or (len(word[0]) == 1 and word[0].isupper())):
            continue
        ends.append(m.end())
    # the last end opens pos's own sentence; the one before it opens the sentence before
    return ends[-2] if len(ends) >= 2 else lo


def _role_comma(window: str) -> re.Match | None:
    r"""``_ROLE_COMMA.search(window)``, not searched where it cannot match: its match ends with a comma and white
    space to the end (``,\s+$``; ``str.rstrip`` strips what ``\s`` matches), which most names lack (tested in
    tests/test_quotes_fast.py)."""
    core = window.rstrip()
    return _ROLE_COMMA.search(window) if core[-1:] == "," and len(core) < len(window) else None


# a role noun and 'to' right before a determiner ('Secretary to the', 'Adviser to the'): the role the phrase after 'to'
# postmodifies (_run_roles)
_ROLE_TO = _rx(r"([A-Za-z][\w\-]*)\s+to\s+$")


# the first words of a phrase after a name's comma that make it no noun phrase: a coordinator, a preposition, a
# pronoun subject, an adverb of linking (_clause_not_apposition)
# (not a preposition: 'Thurman Arnold, in The Folklore of Capitalism, wrote' sets an adverbial between a subject and
# its verb, which says nothing against the name being a person's)
_NOT_APPOS_OPENERS = frozenset(("and", "but", "or", "nor", "so", "yet", "then", "while", "when", "where", "if",
                                "because", "it", "he", "she", "they", "we", "i", "you", "this", "there", "not",
                                "however", "therefore", "thus", "also", "too"))


def _clause_not_apposition(rl: list[str]) -> bool:
    """Is the phrase of lower-cased words ``rl``, after a name and its comma, no apposition? An apposition is a noun
    phrase (Quirk et al. 1985, 17.65), so a phrase that opens with a coordinator, a subordinator, a pronoun or a
    linking adverb (', and it is derived from his doctrine of ideal forms'), or with a participle that heads a
    non-finite clause (', based on the continuity of Islamic thought', ', derived from ...') is none, and its
    of-phrase names no office. Stop 65: such phrases had made 'the Tenth Book' and 'an Islamic State' persons with
    a role, to whom a later 'he' was resolved."""
    first = rl[0]
    return first in _NOT_APPOS_OPENERS or (first.endswith(("ed", "ing")) and len(rl) > 1
                                           and rl[1] in ("on", "in", "from", "by", "to", "with", "at", "upon"))


# The phrase after a name's comma that ends in a capital and a full stop before a capitalised word, ", Chief Constable
# D. Reid", ", Professor J. Brown": the title and initial of the next person of a list (an attendance list, a panel),
# not a role in apposition to the name before: an initial is part of a name, and an appositive noun phrase does not
# end in one (Quirk et al. 1985, 17.65; titles before names, 17.88-17.90). Read as a role, "Chief Constable D" made
# the officer named before it the Chief Constable.
_NEXT_TITLED_NAME = _rx(r"(?<=\b[A-Z])\.\s+[A-Z]")


def _run_roles(text: str, s: int, after: str) -> tuple[re.Match | None, str | None]:
    """The role of the name at ``s`` written before it with a comma ('Acme Solutions’ CTO, Paul Steinberg')
    and the role in apposition after it ('Paul Steinberg, the CTO of Acme,'); ``after`` is ``text[e:e + 130]``."""
    window = text[max(0, s - 80):s]
    comma_role = _role_comma(window)
    if comma_role is not None:
        rw = comma_role.group("role").split()
        head = rw[rw.index("of") - 1:rw.index("of")] if "of" in rw[1:] else rw[-1:]  # Commissioner of Police
        if not any(_role_word(_unpossessive(w)) for w in head):
            comma_role = None
        elif comma_role.group("det") is not None and (
                m := _ROLE_TO.search(window, 0, comma_role.start("det"))) is not None and _role_word(m.group(1)):
            # round 37: 'The Chief Press Secretary to the governor, Mr Kunle Aderinto,': the office is the secretary's,
            # whose name the apposition gives; 'the governor' is the object of 'to' in the postmodifier of the head
            # (Quirk et al. 1985, 17.37), no role of the person named
            comma_role = None
    appos = _APPOS_RE.match(after)
    appos_role = None
    if appos and not _AGE_RE.match(after) and not _NEXT_TITLED_NAME.match(after, appos.end("role")):
        r = appos.group("role").strip()
        rl = [w.strip(",’'").lower() for w in r.split()]
        # (round 12: a relative clause, ', who slugged 22 homers,', describes the person but is no role; round 15:
        # 'state' before another word is the noun, 'Robert Snodgrass, state GOP chairman,', and a possessive is no
        # role's head, ', and he laid a hand on the field boss's arm'. Before round 15 the words were stripped of
        # every 's' at either end, so 'said' and 'state' passed the verb test and 'boss's' failed the role test.)
        if rl and (rl[0] not in CUE_VERBS or rl[0] == "state" and len(rl) > 1) and rl[0] not in _RELATIVE_WORDS and (
                any(_role_word(w) for w in rl if not w.endswith(("’s", "'s")))
                or (" of " in f" {r} " and not _clause_not_apposition(rl))):
            appos_role = r
            company = _ROLE_COMPANY.match(after, appos.end("role"))
            if company is not None:  # 'Mike Lee, Director of Product Management, Hanwha Vision America': its company
                appos_role = f"{r}, {company.group('org')}"
    return comma_role, appos_role


def _acronym_of(words: list[str] | tuple[str, ...]) -> bool:
    """'ACLU of Northern California', 'NAACP of Greater Boston': an acronym, 'of' or 'for', and more words open an
    organisation's name, a chapter or branch of the body the acronym names (round 9; the name table and the
    resolution of a written speaker both read it)."""
    return len(words) >= 3 and words[1] in ("of", "for") and _ACRONYM.fullmatch(words[0]) is not None


# the words that join two names or a name and its organisation: a person's name after an owner holds none of them
_JOINING_WORDS = frozenset(("of", "Of", "for", "For", "and", "And", "&", "in", "In", "on", "On"))
# words that open an office written before its role word ('Prime Minister', 'Deputy Director', 'Senior Adviser'):
# no organisation is named by them (see _run_head)
_ROLE_OPENERS = _ROLE_QUALIFIERS | frozenset("prime first second senior principal chief general executive".split())


def _owner_split(words: tuple[str, ...]) -> tuple | None:
    """'Brentford's Thomas Frank', 'Human Rights Watch's Maya Wang', 'Britain's Prime Minister Keir Starmer': a
    run that opens with an owner in the possessive and goes on to a name (one to four words, no 'of', 'for' or
    'and') that may be a person's is that person, held in the owner: :func:`_run_head`'s answer for the words
    after the possessive, with the owner as the person's organisation (before words of the role that might read
    as one: "Tennessee's Democratic Senator"). None where
    the run has no such owner or the words after it name no person (an organisation, a title); whether a
    name without a person's marks ('Arsenal's Arteta') is a person is decided as for the name written alone.

    Reasoning (round 12, from a first run on written sports and wire copy, where 'Brentford's Thomas Frank'
    became a speaker whose canonical name kept the club, and 'Britain's Prime Minister' a role with 'Britain's
    Prime' as its organisation): a genitive before a noun phrase plays the part of its determiner and is no
    part of its head (Quirk et al. 1985, chapter 5, the specifying genitive), so the owner is a noun phrase of
    its own, and before a person's name it names where the person belongs, as 'Arsenal manager Mikel Arteta'
    does without the possessive. A run whose words after the possessive name an organisation or a title
    ("People's Daily", 'McDonald's Corp.', "Harrison's Principles Of Internal Medicine") is left whole."""
    k = _owner_end(words)
    if k >= 0 and _public_body(list(words[k + 1:])):
        # round 16: 'Russia's Defense Ministry', 'Manila's Department of Foreign Affairs': a public body after the
        # name of the state or city that owns it is that body, the owner a determiner (_Speakers._resolve)
        return _bounded(_run_head, sum(map(len, words[k + 1:])), tuple(words[k + 1:]), "")
    if k < 0 or len(words) - k - 1 > 4 or any(w in _JOINING_WORDS for w in words[k + 1:]):
        return None  # "Harrison's Principles Of Internal Medicine": a title, no person's name
    head = _bounded(_run_head, sum(map(len, words[k + 1:])), tuple(words[k + 1:]), "")
    if head is None or head[6] is None or head[4]:
        return None
    gender, titled, role_words, name, org_name, joined, person = head
    pname, org, key, marks = person
    return gender, titled, role_words, name, org_name, joined, (pname, _owner(words, k), key, marks)


def _owner_end(words: tuple[str, ...] | list[str]) -> int:
    """The index of the first word of ``words`` but the last that ends in a possessive ('Brentford's',
    'Reuters’'), or -1 (see :func:`_owner_split`)."""
    return next((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s’", "s'"))), -1)


def _owner(words: tuple[str, ...] | list[str], k: int) -> str:
    """The owner ``words[:k + 1]`` without its possessive ending: 'Human Rights Watch' for 'Human Rights Watch's'."""
    return _unpossessive(" ".join(words[:k + 1]))


@lru_cache(maxsize=1 << 14)
def _run_head(words: tuple[str, ...], prev: str) -> tuple | None:
    """What :meth:`_Speakers._add_run` reads from a name run's words alone: ``(gender, titled, role_words,
    name, org_name, joined, person)``, or None where the run names no one (a role word last, 'United States').
    ``prev`` is the word written before the run (used only for an untitled run, see :func:`_split_role`);
    ``org_name``: the name holds an organisation word or is an acronym; ``joined``: the name's words joined (the
    organisation's name where the run names one). ``person``: what the table reads where the run may name a
    person, ``(name, org, key, marks)``: the name before an 'of' or 'for' ('Charles Rollet of IPVM'), the
    organisation after it or written before the role ('NEC Executive Director'), the name joined, and whether the
    name has a person's marks of its own (an initial before its last word, a common given name first, or a
    common family name written first, 'Wang Wenbin'); None
    where it cannot (an organisation's name, 'and' or '&' in it, nothing before 'of'). The table worked these
    out from ``name`` and ``role_words`` for every run; they are the same values.

    A pure function of its arguments (module constants only), cached: the same runs recur in a document and
    across documents ('United Nations', 'General Assembly': nine in ten runs of UN speeches end here), and
    the table asked this for every run. The table reads the same values as when it computed them itself.
    Called through :func:`_bounded` like the caches below (a key of more than :data:`_CACHED_CHARS`
    characters is computed without the cache), and bounded to 2**14 keys like them: before round 7 it kept
    2**16 keys of any length, so hostile input (long runs of capitalised words) could fill memory.
    """
    if any(_AMOUNT.match(w) for w in words):
        return None  # 'who paid LE650,000': a sum of money, no name (round 20)
    owned = _owner_split(words)
    if owned is not None:
        return owned
    core, gender = _strip_title(list(words))
    titled = len(core) < len(words)
    if _acronym_of(core) and _ACRONYM.fullmatch(core[-1]) is None:  # no role precedes a name there
        return gender, titled, (), tuple(core), True, " ".join(core), None
    role_words, name = _split_role(core, prev if not titled else "")
    if role_words and len(name) > 1:  # First Lady Jacqueline Kennedy: a courtesy title after the role
        name, g2 = _strip_title(name)
        gender = gender or g2
        titled = titled or g2 is not None
    name = [w.rstrip(",") for w in name if not _PARTY_TAG.fullmatch(w)]  # R-Bergen: a party tag
    if (not name or name[-1].rstrip(".,").lower() in _ROLE_WORDS  # 'President', 'Board Chairman'
            or name[-1].rstrip(".,’'").lower() in _EVENT_HEADS  # the Climate Action Summit (a user audit)
            or (not _NOT_PERSON_WORDS.isdisjoint(w.rstrip(".,’'").lower() for w in name)  # United States
                # (round 16: but an organisation word names an organisation, 'the Economic Community of West African
                # States', 'Organization of American States')
                and ("of" not in name or _ORG_WORDS.isdisjoint(w.rstrip(".,’'").lower() for w in name)))):
        return None
    low = [w.rstrip(".,’'").lower() for w in name]
    # 'Maya Wang of Human Rights Watch': a person's name (a common given name first, two or three words, no
    # organisation word) before 'of' or 'for' and the organisation after it; the organisation's words then make no
    # organisation of the run (round 9; the person is taken below with the organisation as theirs)
    k_of = next((i for i, w in enumerate(name) if w in ("of", "for")), -1)
    person_of = (2 <= k_of <= 3 and low[0] in _GIVEN_NAMES and all(w[:1].isupper() for w in name[:k_of])
                 and not any(w in _ORG_WORDS or w in _NOT_PERSON_WORDS for w in low[:k_of]))
    org_name = ((not person_of and any(w in _ORG_WORDS for w in low))
                or _municipal_name(name, low)  # the City of Oakland, the County of Santa Clara
                or (len(name) == 1 and _ACRONYM.fullmatch(name[0]) is not None)
                or (len(name) >= 2 and name[-1].rstrip(".,") in _ORG_SUFFIXES)  # Clearview AI, Thales SA (round 10)
                or (not titled and not role_words and _place_name(name)))  # Greece, Central America (round 7)
    person = None
    if not org_name and "and" not in name and "&" not in name:  # 'and': two names (Duisburg and Huawei) or an org
        org = None
        pname = name
        if "of" in pname or "for" in pname:  # an organisation after the name: "Charles Rollet of IPVM"
            k = pname.index("of") if "of" in pname else pname.index("for")
            org = " ".join(pname[k + 1:]) or None
            pname = pname[:k]
        # 'Human Rights' after 'High Commissioner for' names no person (round 9); the organisation after a person's
        # name may hold such a word ('Maya Wang of Human Rights Watch')
        if pname and _PORTFOLIO_WORDS.isdisjoint(w.rstrip(".,’'").lower() for w in pname):
            lead = []
            for w in role_words:  # "NEC Executive Director": the organisation before the role
                # (round 12: a word that forms the office with the role word after it, 'Prime Minister', 'Deputy
                # Director', 'Senior Adviser', or an occupation, 'Physiologist', is part of the role, no organisation)
                lw = w.rstrip(".,").lower()
                if _role_word(w) or lw in _ROLE_OPENERS or _OCCUPATION.fullmatch(lw):
                    break
                if lw not in _POSSESSIVE_DETERMINERS:  # 'Her lawyer Ann Roe': no organisation (round 20)
                    lead.append(w)
            # a nationality adjective and a minister's portfolio before the office classify the office ('Chinese
            # President', 'Serbian Interior Minister': the president of China, the minister of the interior), as a
            # classifying adjective or noun premodifier does (Quirk et al. 1985, 7.36 and 17.104-17.108); they name
            # no organisation, and 'Chinese' or 'Serbian Interior' had been the speaker_org of every such speaker
            if lead and all(_unpossessive(w) in _NATIONALITY_ADJECTIVES or _unpossessive(w) in _OFFICE_PORTFOLIOS
                            for w in lead):
                lead = []
            if lead and org is None:
                org = _unpossessive(" ".join(lead)) or None
            marks = (any(_is_initial(w) for w in pname[:-1])
                     or (len(pname) >= 2 and (pname[0].lower() in _GIVEN_NAMES
                                              or pname[0].lower() in _SURNAMES_FIRST)))  # Wang Wenbin (round 12)
            person = (tuple(pname), org, " ".join(pname), marks)
    return gender, titled, tuple(role_words), tuple(name), org_name, " ".join(name), person


def _municipal_name(name: list, low: list) -> bool:
    """Is the run a local government's formal name ('the City of Oakland', 'the County of Santa Clara'): a capitalised
    head of :data:`_quote_cues.MUNICIPAL_HEADS`, 'of' and a name? An organisation, not the person 'City' of 'Oakland'."""
    return (len(name) >= 3 and low[0] in MUNICIPAL_HEADS and name[0][:1].isupper() and name[1] == "of"
            and name[2][:1].isupper())


# the longest key (characters of a run's words) the caches below keep: a run of huge capitalised words in hostile
# input is computed without the cache, so the caches hold at most 2**14 short keys
_CACHED_CHARS = 200


def _bounded(fn, size: int, *args):
    """``fn(*args)`` through its cache where the key holds at most :data:`_CACHED_CHARS` characters
    (``size``), without it otherwise (``fn.__wrapped__``): the same answer either way, and hostile input
    cannot fill the caches with huge keys."""
    return (fn if size <= _CACHED_CHARS else fn.__wrapped__)(*args)


# one-word runs that _clean_run always drops: its first loop takes off a first word in one of these sets whatever
# ``sent_start`` says, and nothing is left (a third of the runs of UN speeches: 'The', 'I', 'It', 'We', 'In');
# the table skips them before working out ``sent_start`` and asking the cache (tests/test_quotes_lazy.py)
_DROPPED_WORDS = _LEADING_FUNCTION | _NOT_NAME | frozenset(("The", "A", "An"))


# round 17: a relative 'which' after a name: the relative pronoun of things and bodies, never of a person (Quirk et al.
# 1985, 17.9), so the name without a person's marks of its own is none ('Jennifer Castellano, a portfolio manager at
# Ridgeline Capital Management, which owns 2% of the shares, said': the firm had become a person and taken her 'she')
_WHICH_AFTER = _rx(r"\s*,\s+which\b")


def _name_runs(text: str, heads: _CommonHeads | None = None) -> list[tuple[int, int, int, bool, str]]:
    """The name runs the table reads, in order: ``(start, run end, match end, sent_start, run)`` for every match of
    ``_RUN_RE.finditer(text)`` whose run (its group ``run``) is not one of :data:`_DROPPED_WORDS`; ``sent_start``
    is whether the run starts the text or follows a sentence end (:func:`_after_sentence_end` of the four
    characters before it).

    Found by the kernel's ``name_runs`` where it is built (``discourse/_kernel_quotes.c``: the pattern's match as a
    plain loop, the set looked up in C), else by the pattern (:func:`_runs_by_pattern`); the same tuples either
    way (tests/test_kernel_names.py compares them on seeds, UN speeches, Brown and made-up strings). The scan
    and the per-match look-ups were about a third of the table's time in Python."""
    runs = _RUNS_KERNEL.name_runs(text, _DROPPED_WORDS) if _RUNS_KERNEL is not None else _runs_by_pattern(text)
    if '"' in text or "“" in text:
        runs = _without_nicknames(text, runs)
    runs = _with_given_abbreviations(text, runs)
    runs = _without_common_heads(text, runs, heads)
    runs = _without_rank_initials(runs)
    runs = _without_headline_tails(text, runs)
    if ". The " in text or ". A " in text or ". An " in text:
        runs = _without_enumerator_initial(runs)
    if "s The " in text or "s A " in text or "’s " in text or "'s " in text:
        runs = _without_title_after_genitive(runs)
    if ", " in text:
        runs = _with_legal_forms(text, runs)
    if _work_noun_before_run(text, runs) and _work_noun_hint(text):
        runs = _without_work_titles(text, runs)
    return _joined_runs(text, runs) if "&" in text or " and " in text else runs


# a noun of a written, filmed or performed work and a determiner before it, the run after it, and punctuation or 'by'
# after the run: 'in his book Kennedy, writes', 'the novel Emma by Jane Austen' (_without_work_titles)
_WORK_NOUNS = (r"book|novel|film|movie|play|poem|opera|album|song|essay|memoir|memoirs|biography|autobiography|"
               r"documentary|symphony|painting|musical")
_WORK_NOUN_HINT = _rx(rf"(?<![\w’'\-])(?:{_WORK_NOUNS})\s+[A-Z]")


def _work_noun_hint(text: str) -> bool:
    """Whether :data:`_WORK_NOUN_HINT` matches in ``text``: tried only where one of its nouns is written (found with
    ``str.find``, every occurrence); the pattern's look-behind and alternation had it tried at every position of every
    text (tests/test_speakers.py compares both)."""
    return any(_WORK_NOUN_HINT.match(text, i) is not None for i in occurrences(text, _WORK_NOUNS.split("|")))


_WORK_NOUN_WORDS = tuple(_WORK_NOUNS.split("|"))
_WORK_NOUN_TAILS = tuple(w + " " for w in _WORK_NOUN_WORDS)


def _work_noun_before_run(text: str, runs: list) -> bool:
    """Whether one of the runs has a noun of :data:`_WORK_NOUNS` and blanks (``\\s+``) right before it: without one,
    :func:`_without_work_titles` leaves every run, whatever :func:`_work_noun_hint` says, so the hint (a search for
    every noun through the whole text, a third of the name runs' time in UN speeches) is asked only after one. The
    common case, one space before the run, is read with ``str.endswith`` alone."""
    for r in runs:
        s = r[0]
        c = text[s - 1:s]
        if c == " " and not text[s - 2:s - 1].isspace():
            if text.endswith(_WORK_NOUN_TAILS, 0, s):
                return True
        elif c.isspace():
            p = s - 1
            while p and text[p - 1].isspace():
                p -= 1
            if text.endswith(_WORK_NOUN_WORDS, 0, p):
                return True
    return False


_WORK_BEFORE = _rx(rf"(?<![\w’'\-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Yy]our)\s+"
                   rf"(?:[a-z][\w\-]*\s+){{0,2}}(?:{_WORK_NOUNS})\s+$")
_WORK_TITLE_AFTER = _rx(r"\s*(?:[,.;:)]|\s+by\s)")


def _without_work_titles(text: str, runs: list) -> list:
    """The runs without those that are the title of a work in close apposition to the work's noun: 'Theodore C.
    Sorensen, ..., in his book Kennedy, writes ...', 'the novel Emma by Jane Austen'.

    Reasoning: in 'the novel Ulysses' the proper noun is the title the noun before it is identified by (close, strict
    apposition; Quirk et al. 1985, 17.86), the name of a work and no one's, though plain text has lost the italics that
    set a title apart (Chicago Manual of Style 8.171). Read as a person, 'Kennedy' had become the antecedent of 'he'
    in 'On page 295 he states:', the book's author's words given to its subject (a UN speech of development part H).
    Only a run that punctuation or 'by' follows is dropped: a name after the noun that goes on into a verb is the
    subject of a contact relative clause ('the book Smith wrote'; Quirk et al. 1985, 17.15), a person's."""
    out = []
    for r in runs:
        s, e = r[0], r[1]
        if (_WORK_BEFORE.search(text, max(0, s - 60), s) is not None
                and _WORK_TITLE_AFTER.match(text, e) is not None):
            continue
        out.append(r)
    return out


# an initial before a capitalised article at the head of a run ('B. The Court's assessment', 'A. The applicants', the
# lettered headings of a judgment's or a report's outline): the article opens a noun phrase (Quirk et al. 1985, 5.10 on
# determiners, which come first in the noun phrase) and an initial stands for a given name before the rest of a
# person's name, never before an article, so the letter is the heading's enumerator, not part of the name; it had made
# every later 'the Court' and 'the Government' of the judgment a speaker 'B. The Court', 'B. The Government'
_ENUMERATOR_INITIAL = _rx(r"(?:[A-Z]\.){1,3}\s+(?=(?:The|A|An)\s)")


def _without_enumerator_initial(runs: list) -> list:
    """The runs, each that opens with initials before a capitalised article begun at the article (see above)."""
    out = runs  # (copied at the first run changed; the pattern can match only a run whose second character is '.')
    for i in [i for i, r in enumerate(runs) if r[4][1:2] == "."]:
        s, e, me, sent_start, run = runs[i]
        m = _ENUMERATOR_INITIAL.match(run)
        if m is not None:
            k = m.end()
            if out is runs:
                out = list(runs)
            out[i] = (s + k, e, me, sent_start, run[k:])
    return out


# a company's legal form after a comma, as companies write their registered names and press releases copy them
# ('Sentinel Analytics, Inc.', 'Amazon.com, Inc.', 'Acme Holdings, LLC'; AP style drops the comma, 'Acme Inc.', which
# the run reads whole): one name with the run before it, not a run of its own ('Inc.' had been a name by itself and
# the company's name lost its form, so 'the company said' found no body)
_LEGAL_FORMS = frozenset("Inc. Inc Ltd. Ltd LLC L.L.C. Corp. Corp Co. PLC LLP L.P. LP S.A. AG N.V. GmbH Limited".split())


def _with_legal_forms(text: str, runs: list) -> list:
    """``runs`` with a run that is only a legal form (:data:`_LEGAL_FORMS`) joined to the run before it, where a comma
    and one space are all that stands between them, and left out after a comma elsewhere."""
    if not any(r[4] in _LEGAL_FORMS for r in runs):
        return runs
    out: list = []
    for r in runs:
        if (out and r[4] in _LEGAL_FORMS and out[-1][1] == out[-1][2] and r[0] - out[-1][1] == 2
                and text.startswith(", ", out[-1][1])):
            p = out[-1]
            out[-1] = (p[0], r[1], r[2], p[3], text[p[0]:r[1]])
            continue
        if r[4] in _LEGAL_FORMS and text[max(0, r[0] - 2):r[0]] == ", ":
            continue  # ('Amazon.com, Inc.': a legal form after a name the runs do not hold whole names nobody by itself)
        out.append(r)
    return out


# round 25: 'Ellen Mordaunt’s The Furnace Year, published by ...': an article cannot follow a genitive determiner in one
# noun phrase (*'Ellen's the book'; Quirk et al. 1985, 5.115-5.116), so a capitalised 'The' or 'A' after the genitive
# opens a title, and the run ends at the owner's name; the whole had been one run and the author no person of the
# table, so her later 'Mordaunt' and 'she' had no fuller name
_GENITIVE_TITLE = _rx(r"(?:’s|'s|s’|s')\s+(?:The|A|An)\s")


# a genitive inside a run, before a capitalised word (_marked_owner_genitive)
_GENITIVE_CAPITAL = _rx(r"(?:’s|'s)\s+(?=[A-Z])")


def _marked_owner_genitive(run: str) -> re.Match | None:
    """Stop 65: the genitive inside a run whose owner is a person's name by its marks, a given name first or an
    initial before the surname ('Joseph P. Lyford's Introduction To The Agreeable Autocracies'): a genitive is a
    determiner of what follows it (Quirk et al. 1985, 5.115), so the run's owner is one name and the title after it
    another; the whole run had been one name, and the later 'Mr. Lyford' had no fuller form. Owners without such
    marks ('McDonald's Corporation', 'Women's Rights Council') stay whole."""
    m = _GENITIVE_CAPITAL.search(run)
    if m is None:
        return None
    owner = run[:m.start()].split()
    if len(owner) >= 2 and (owner[0].lower() in _GIVEN_NAMES or any(_is_initial(w) for w in owner[1:-1])):
        return m
    return None


def _without_title_after_genitive(runs: list) -> list:
    """The runs, each cut before a genitive that a capitalised article follows (see above)."""
    out = runs  # (copied at the first run cut; both tests need an apostrophe in the run)
    for i in [i for i, r in enumerate(runs) if "’" in r[4] or "'" in r[4]]:
        s, e, me, sent_start, run = runs[i]
        m = _GENITIVE_TITLE.search(run)
        if m is None and ("’s " in run or "'s " in run):
            m = _marked_owner_genitive(run)
        if m is not None and m.start() > 0:
            k = m.start() + (1 if run[m.start()] == "s" and run[m.start() + 1] in "’'" else 0)
            if out is runs:
                out = list(runs)
            out[i] = (s, s + k, s + k, sent_start, run[:k])
    return out


def _without_headline_tails(text: str, runs: list) -> list:
    """The runs, each run of the headline cut to the longest of its first words (two or more) that the text after the
    headline writes as a run of its own, where the body never writes the whole run (round 38).

    Reasoning: a headline in Title Case capitalises every word, so that a name runs on into the verb and its object
    ('Rhys Calloway Exits Spy Thriller ...': the person had been 'Rhys Calloway Exits Spy Thriller', the fullest form,
    and took every later 'he'); the body writes the name in sentence case, where it ends (the style books' headline
    case, e.g. AP's, against the running text's; round 31 read the same for an organisation, 'Harborline Bank Nears').
    The headline is the first line, as :meth:`_Speakers._business_name` reads it. Only a person's name, a given name
    first and no organisation's word in what is cut ('Sir Crispin Hale' and 'Canyon Plains Medical Center' in a
    headline name the person and the body in full, which the body then shortens to 'Sir Crispin', 'Canyon Plains')."""
    nl = text.find("\n")
    if nl <= 0 or not runs or runs[0][0] >= nl:
        return runs
    # the headline's runs that may be cut: three words or more, a known given name first (most texts have none, and
    # the body's runs are then not gathered)
    heads = [i for i, r in enumerate(runs) if r[0] < nl and r[4].count(" ") >= 2
             and r[4].split(None, 1)[0].lower() in _GIVEN_NAMES]
    if not heads:
        return runs
    body = {r[4] for r in runs if r[0] > nl}
    out = list(runs)
    for i in heads:
        s, e, me, sent_start, run = runs[i]
        words = run.split()
        if run in body:
            continue
        k = next((k for k in range(len(words) - 1, 1, -1) if " ".join(words[:k]) in body), 0)
        if k and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in words[k:]):
            cut = len(" ".join(words[:k]))
            out[i] = (s, s + cut, s + cut, sent_start, run[:cut])
    return out


# round 24: a sentence opens with a capital whatever its first word is, so 'Garda Fiona Keogh told the court',
# 'Neighbour Michael Joyce said' hold a common noun written before a name as a false title (Bell 1991, ch. 10), which
# the table had made the first word of the person's name ('Garda Fiona Keogh', then 'Garda Keogh' another person).
# Whether a capitalised word at a sentence's start is a common noun is told by the same document: one that the text
# also writes in lower case after a determiner ('the garda', 'a neighbour who') is a common noun there (Mikheev 2002,
# the document-centred reading of capitalised words). Such a word before a name of two capitalised words or more (a
# run that starts a sentence) or before a name (a speaker as written, :meth:`_Speakers._resolve`) is no part of it;
# given names, courtesy titles and name particles are never read so ('Will Hart', with 'the will' in the text).
_DET = r"(?<![\w’'])(?i:the|a|an|his|her|their|our|its|every|each|another|this|that|one)\s+"
_DET_BEFORE = _rx(_DET + "$")
# (the noun ends its noun phrase there: punctuation, a verb, a relative pronoun or a preposition follows, not a noun it
# would modify as an adjective does, 'the northern suburbs')
_NOUN_TAIL = (r"(?=[,.;:!?)]|\s+(?:who|whom|whose|which|that|said|says|told|tells|was|is|were|are|had|has|have|will|"
              r"would|could|did|of|at|in|from|on|for|with|to|[a-z]{2,}ed)(?![\w’']))")
_NOUN_END = "s?" + _NOUN_TAIL
# a determiner and the letters after it that end a noun phrase (_CommonHeads's index: each letter run, read once)
_DET_THEN_NOUN = _rx(_DET + r"(?=([^\W\d_]+)" + _NOUN_TAIL + ")")
_COMMON_SEARCHES = 48  # (words _common_head searches one document for before it reads the document once)
_FUNCTION_WORDS = frozenset("the a an this that these those his her its our their my your some any no every each all both "
                            "another one two three four five six seven eight nine ten other such what which who and "
                            "or nor but so yet i he she we they it you me him us them".split())


@lru_cache(maxsize=4096)
def _may_be_common(word: str) -> bool:
    """Can the capitalised ``word`` be a common noun written before a name: a word in Title Case of three letters or
    more, no given name, courtesy title, name particle, organisation, function or role word? (The part of
    :func:`_common_head` that does not read the document.)"""
    low = word.lower()
    return (word[:1].isupper() and word[1:].islower() and len(word) >= 3 and word.isalpha()
            and low not in _GIVEN_NAMES and low not in _COURTESY and low not in _PARTICLES and low not in _ORG_WORDS
            and low not in _FUNCTION_WORDS and word not in _LEADING_FUNCTION and not _role_word(word))


class _CommonHeads:
    """:func:`_common_head`'s answers for one document (shared by :func:`_name_runs` and :meth:`_Speakers._resolve`),
    and its index of the document once it has asked about many words (one search of the whole text per
    word)."""

    def __init__(self, text: str) -> None:
        self.text, self.found, self.nouns = text, {}, None

    def written(self, low: str) -> bool:
        """Is ``low`` written in the text after a determiner, ending its noun phrase there (:func:`_common_head`)?

        The first words are searched for; after :data:`_COMMON_SEARCHES` of them the text is read once into the
        set of letter runs that follow a determiner (the determiner's look-back of nine characters, ``_DET_BEFORE``,
        checked at each) and end a noun phrase (:data:`_NOUN_TAIL` right after the run). The answer is the same: a
        match of ``low`` (letters only, :func:`_may_be_common`), with or without a plural 's', starts after the
        determiner's space and is followed by punctuation or a space, so it ends where the run of letters that the
        text writes there ends: the run is ``low`` or ``low`` and an 's', and the noun phrase's end follows the run."""
        found = self.found.get(low)
        if found is None:
            text = self.text
            if len(self.found) >= _COMMON_SEARCHES and low.isalpha():
                if self.nouns is None:
                    self.nouns = {m.group(1) for m in _DET_THEN_NOUN.finditer(text) if m.group(1).isalpha()
                                  and _DET_BEFORE.search(text, max(0, m.end() - 9), m.end()) is not None}
                found = low in self.nouns or low + "s" in self.nouns
            else:
                found = any(_DET_BEFORE.search(text, max(0, m.start() - 9), m.start()) is not None
                            for m in re.finditer(re.escape(low) + _NOUN_END, text))
            self.found[low] = found
        return found


def _common_head(text: str, word: str, heads: _CommonHeads | None = None) -> bool:
    """Is ``word`` (capitalised) a common noun in ``text``: one :func:`_may_be_common` allows, written in the text in
    lower case after a determiner and ending its noun phrase there (:data:`_NOUN_END`)? ``heads`` holds the answers
    for one document (:class:`_CommonHeads`)."""
    if not _may_be_common(word):
        return False
    return (heads if heads is not None and heads.text is text else _CommonHeads(text)).written(word.lower())


def _without_common_heads(text: str, runs: list, heads: _CommonHeads | None = None) -> list:
    """``runs`` with the first word of each run that starts a sentence dropped where it is a common noun of the
    document (:func:`_common_head`) before a common given name and one capitalised word or more that name no
    organisation (other words before the given name are left to :func:`_description_before_name`: 'County Warden
    Louise Roe'); and then of each run of two words, that noun and the surname of a name it was dropped from ('Garda
    Keogh' after 'Garda Fiona Keogh')."""
    out = None
    heads = heads if heads is not None else _CommonHeads(text)
    dropped: set[tuple[str, str]] = set()  # (noun, surname) of the names the noun was dropped from
    for i, r in enumerate(runs):
        if not r[3] or r[4].count(" ") < 2:
            continue
        words = r[4].split()
        if (_may_be_common(words[0]) and words[1].lower() in _GIVEN_NAMES and all(w[:1].isupper() for w in words[2:])
                and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in words[1:])
                and _common_head(text, words[0], heads)):
            out = out or list(runs)
            k = r[4].index(words[1], len(words[0]))
            out[i] = (r[0], r[1], r[2], r[3], r[4][k:])  # (the run keeps its place: still the sentence's subject)
            dropped.add((words[0], words[-1]))
    if out is None:
        return runs
    for i, r in enumerate(runs):
        if r[4].count(" ") == 1 and tuple(r[4].split()) in dropped:
            out[i] = (r[0], r[1], r[2], r[3], r[4][r[4].index(" ") + 1:])
    return out


# round 24: 'Detective Constable Ryan Kerr ...', later '“...,” DC Kerr said': a rank written before a name is shortened
# to its initials before the surname (British and Irish police and courts: DC, DS, PC, DCI). The document gives the
# long form, so the initials are read from it as an acronym is from its definition (Schwartz & Hearst 2003): capital
# letters (two to four) that are the initials of the words written before the same surname in a longer run are no part
# of the name, and the table had made 'DC Kerr' a second person beside Ryan Kerr.
_INITIALS = _rx(r"[A-Z]{2,4}")


def _initials(words) -> str:
    """The first letters of ``words`` ('Detective Constable': 'DC')."""
    return "".join(w[0] for w in words)


def _rank_initials(runs: list) -> set[tuple[str, str]]:
    """(initials, surname) of every run of three words or more: the initials of its first two to four capitalised
    words, before its last word, and that last word ('Detective Constable Ryan Kerr': ('DC', 'Kerr'), ('DCR',
    'Kerr'))."""
    found: set[tuple[str, str]] = set()
    for r in runs:
        if r[4].count(" ") < 2:
            continue
        words = r[4].split()
        for k in range(2, min(4, len(words) - 1) + 1):
            if all(w[:1].isupper() for w in words[:k]):
                found.add((_initials(words[:k]), words[-1]))
    return found


def _without_rank_initials(runs: list) -> list:
    """``runs`` with the initials of a rank dropped from each run of two words whose initials and surname a longer run
    of the document gives (:func:`_rank_initials`); the run keeps its place."""
    pairs = [i for i, r in enumerate(runs)  # (initials have a capital second: most runs are left at that test)
             if r[4][1:2].isupper() and r[4].count(" ") == 1 and _INITIALS.fullmatch(r[4].split(" ", 1)[0])]
    if not pairs:
        return runs
    # (only the runs that end in a surname of a pair can give a pair asked about: _rank_initials reads those alone)
    tails = tuple(blank + runs[i][4].split(" ", 1)[1] for i in pairs for blank in " \t")  # (a run's blanks)
    known = _rank_initials([r for r in runs if r[4].endswith(tails)])
    out = list(runs)
    for i in pairs:
        r = runs[i]
        head, surname = r[4].split(" ", 1)
        if (head, surname) in known:
            out[i] = (r[0], r[1], r[2], r[3], surname)
    return out


# round 40: a given name abbreviated with a full stop before the rest of the name, which the runs end at the stop as at
# a sentence's end: the Philippine 'Ma.' for María ('spokesperson Ma. Cristina Buenaflor', 'Ma. Angelica Soriano-Lim';
# the Philippine papers' style) and the abbreviations of English given names of older copy ('Wm.', 'Chas.', 'Jas.',
# 'Geo.', 'Thos.'), none of them a word of its own
_GIVEN_ABBREVIATIONS = frozenset("Ma Wm Chas Jas Geo Thos Jos Benj Robt Edw Saml Jno".split())
_GIVEN_ABBREVIATION_ENDS = tuple(sorted(_GIVEN_ABBREVIATIONS))  # (str.endswith before the run's last word is split off)


def _with_given_abbreviations(text: str, runs: list) -> list:
    """``runs`` with each run that ends in an abbreviated given name (:data:`_GIVEN_ABBREVIATIONS`), its full stop and
    the run right after it read as one run ('Ma. Cristina Buenaflor', 'Councilor Ma. Angelica Soriano-Lim'); the run
    keeps the first one's place and sentence start."""
    if not any(r[4].endswith(_GIVEN_ABBREVIATION_ENDS) and r[4].rsplit(" ", 1)[-1] in _GIVEN_ABBREVIATIONS for r in runs):
        return runs
    out: list = []
    i = 0
    while i < len(runs):
        r = runs[i]
        if (r[4].rsplit(" ", 1)[-1] in _GIVEN_ABBREVIATIONS and r[1] == r[2] and i + 1 < len(runs) and text.startswith(". ", r[1])
                and runs[i + 1][0] == r[1] + 2):
            n = runs[i + 1]
            out.append((r[0], n[1], n[2], r[3], f"{r[4]}. {n[4]}"))
            i += 2
            continue
        out.append(r)
        i += 1
    return out


# round 23: a nickname in double quotation marks between a given name and a surname ('Sen. Rodolfo "Dodong" Villaraza',
# 'lead singer Wade "Dusty" Carrow') is a second name of the person, written inside the full name as news style puts
# it (AP Stylebook, "nicknames"); the name is the given name and the surname, which the table had held as two runs
# ('Sen. Rodolfo' and 'Villaraza'), so that a later 'Villaraza said' found no fuller name
# Stop 70: the line may break after the nickname's closing mark ('Paul "Pau"¶Casals', a speech's lines), a break no
# other than a space (one line break, no blank line: a paragraph's end would part the names)
_NICKNAME_GAP = _rx(r"[ \t]+[\"“][A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)?[\"”](?:[ \t]+|[ \t]*\n[ \t]*)")


def _without_nicknames(text: str, runs: list) -> list:
    """``runs`` with each given name, quoted nickname and surname read as one run of the given name and the surname
    (:data:`_NICKNAME_GAP`); the nickname's own run is dropped (it is inside a quotation, a mention). The surname's
    run may go on with an of-phrase, which the table reads as it reads any name's (round 40: 'Mayor Consolacion
    "Connie" Ybañez of Pili Verde').

    Only the runs that blanks and an opening double mark follow are tried (:func:`_nickname_candidates`): the gap
    opens so, and reading every run of a text with one mark anywhere had cost a tenth of the name runs' time; the
    runs are taken in order as a scan of them all takes them (a run taken with the two after it is not tried)."""
    out: list = []
    done = 0  # runs before this index are in out or taken
    for i in _nickname_candidates(text, runs):
        if i < done:
            continue
        r = runs[i]
        if (i + 2 < len(runs) and r[1] == r[2] and len(_OF_WORD.split(runs[i + 2][4], 1)[0].split()) <= 2
                and _NICKNAME_GAP.fullmatch(text, r[1], runs[i + 2][0]) is not None
                and runs[i + 1][0] > r[1] and runs[i + 1][1] < runs[i + 2][0]):
            n = runs[i + 2]
            out.extend(runs[done:i])
            out.append((r[0], n[1], n[2], r[3], r[4] + " " + n[4]))
            done = i + 3
    if not done:
        return list(runs)
    out.extend(runs[done:])
    return out


def _nickname_candidates(text: str, runs: list) -> list[int]:
    """The indices, in increasing order, of the runs whose run end one or more blanks (space, tab) and a double
    opening mark ('"', '“') follow: the only runs :data:`_NICKNAME_GAP` can follow (found from the marks, each
    looked up among the run ends, which increase as the runs do)."""
    found = set()
    end_of = itemgetter(1)
    for mark in ('"', "“"):
        q = text.find(mark)
        while q >= 0:
            p = q
            while p > 0 and text[p - 1] in " \t":
                p -= 1
            if p < q:
                i = bisect_left(runs, p, key=end_of)
                if i < len(runs) and runs[i][1] == p:
                    found.add(i)
            q = text.find(mark, q + 1)
    return sorted(found)


# round 17: two runs joined by '&', or by 'and' where together they make an organisation's name (_ORG_AND: 'Food and
# Drug Administration', 'Department of International Relations and Cooperation'), are one name: the table had held
# 'Drug Administration' and 'Reyes', and a later 'the agency' or 'Reyes' was given that part
_RUN_JOIN = _rx(r"[ \t]+(?:(?P<amp>&)|and)[ \t]+")
# (round 27: and after an owner in the genitive, "Peru's Ministry of Economy and Finance", which had left 'Finance' a
# person of its own and 'the ministry' the Ministry of Economy)
_ORG_AND_RE = _rx(rf"(?:(?:The|the)\s+|[A-Z][\w\-]*[’']s\s+)?{_ORG_AND}")
_OF_WORD = _rx(r"\s(?:of|for)\s")  # a run with an of-phrase may hold a person and an organisation


def _joined_runs(text: str, runs: list) -> list:
    """``runs`` with each two neighbours that make one name joined (:data:`_RUN_JOIN`): the second follows the
    first's run end (no 'Jr' suffix between) after '&' or 'and' alone, and together they make one organisation's
    name (:data:`_ORG_AND_RE`), or the joiner is '&' and the first has no of-phrase ('Victor Hanley of Marchetti
    Hanley & Stone' is a person and a firm)."""
    out: list = []
    for r in runs:
        if out:
            p = out[-1]
            m = _RUN_JOIN.fullmatch(text, p[1], r[0]) if p[1] == p[2] and 3 <= r[0] - p[1] <= 9 else None
            if m is not None and ((m.group("amp") and not _OF_WORD.search(p[4]))
                                  or _ORG_AND_RE.fullmatch(text, p[0], r[1])):
                out[-1] = (p[0], r[1], r[2], p[3], text[p[0]:r[1]])
                continue
        out.append(r)
    return out


def _runs_by_pattern(text: str) -> list[tuple[int, int, int, bool, str]]:
    """:func:`_name_runs` by ``_RUN_RE.finditer`` (the path without the kernel)."""
    out = []
    for m in _RUN_RE.finditer(text):
        run = m.group("run")
        if run in _DROPPED_WORDS:  # 'The', 'It', 'We': _clean_run gives None (see _DROPPED_WORDS)
            continue
        s = m.start()
        out.append((s, m.end("run"), m.end(), s == 0 or _after_sentence_end(text[max(0, s - 4):s]), run))
    return out


# round 14: post-nominal letters, written after a name in British and Commonwealth news ('Judge Tahir Khan KC', 'Jess
# Phillips MP', 'Sir Patrick Vallance FRS'): a rank, office or honour, no part of the name (as a courtesy title
# before it is none); only in capitals, as written, so that no surname is read as one
_POSTNOMINALS = frozenset("KC QC MP MSP MS MLA MEP TD OBE MBE CBE KBE DBE GBE CH FRS FRSE FBA FREng PhD "
                          # round 20: Senior Counsel, the Irish and Commonwealth rank of 'KC' ('Nuala Greaney SC')
                          "SC "
                          # round 34: Barrister-at-Law, the Irish junior counsel ('Counsel for FreshWay Retail Ltd, Fiona
                          # Twomey BL, said')
                          "BL".split())


# the articles and quantifiers that open a description, after which 'MP' is the head noun, no post-nominal (round 28)
_DESCRIPTION_OPENERS = frozenset("A An One Another a an one another The the".split())


def _without_postnominals(words: list[str]) -> list[str]:
    """``words`` without the post-nominal letters that end them (:data:`_POSTNOMINALS`), one word at least left:
    what the name table (:func:`_clean_run`) and the resolution of a written speaker read."""
    while len(words) > 1 and words[-1].rstrip(".,") in _POSTNOMINALS:
        words = words[:-1]
    return words


# a name and a comma ending the text before a one-word name, not the object of a preposition (a fronted adverbial's
# place, 'In a shelter outside San Cristobal, Marisol, 34,'): the word after it stands in apposition to that name
# (Quirk et al. 1985, 17.65), 'The victim Darnell Somerville, Negro, 1,' (round 31)
_NAME_COMMA_END = _rx(r"(?:(?<![\w’'])(?!(?:of|in|at|on|from|near|outside|inside|to|for|with|by|outskirts)\s)"
                             r"[a-z][\w’'\-]*\s+|(?:^|[.!?]\s+|\n\s*)(?!(?:In|At|On|From|Near|Outside|Inside|After|Before|During)\s))"
                             r"(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]+,\s+$")
#: the courtesy titles British and Commonwealth style writes without a full stop (see :func:`_clean_run`)
_CLIPPED_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr"))
#: plural nouns of people that head a subject with an of-phrase naming an organisation or a place ('Shareholders of
#: Quillon Payments Inc.', 'Residents of Ballydaheen'); not names' own first words ('Friends of the Earth')
_GROUP_OF_PLURALS = frozenset("shareholders residents employees workers investors customers members supporters "
                              "opponents officials staff parents students users tenants owners "
                              # round 36: and a company's securities, 'Shares of Kaveri Agro Foods Ltd fell 4%', which
                              # had made 'Shares of Kaveri Agro Foods Ltd' the company's name
                              "shares stocks bonds".split())


@lru_cache(maxsize=1 << 14)
def _clean_run(run: str, sent_start: bool) -> tuple[tuple[str, ...], bool] | None:
    """The words of a name run as the table reads them, and whether they still start a sentence: leading
    function words, pronouns, articles, cue verbs ('Asked Mrs. Peck') and a sentence-initial adverb
    ('Affirmatively Baker') dropped, and (round 31) a sentence-opening plural noun of people with its 'of'
    ('Shareholders of'); a run with a title written without a full stop after its first word ('Coroner Dr
    Fionnbarr Crowe') read from the title on, the title given its stop; trailing non-names ('Monday') dropped
    unless a month is a surname, a possessive ending cut; None where nothing is left or a non-name word remains.

    A pure function of the run as written and of ``sent_start`` (module constants only), cached like
    :func:`_run_head`: the same runs recur within and across documents, and the table did this for each."""
    words = run.split()
    while words and (words[0] in _LEADING_FUNCTION or words[0] in _NOT_NAME
                     or words[0] in ("The", "A", "An")
                     # Asked Mrs. Peck; (round 16) not a cue that is also a noun, 'the State Bank of Pakistan'
                     or (words[0].lower() in CUE_VERBS and (words[0].lower() not in _NOUNISH or len(words) == 1))
                     or (sent_start and len(words) > 1 and _ADVERB.fullmatch(words[0]))):  # Affirmatively Baker
        words = words[1:]
        sent_start = False
    if sent_start and len(words) > 3 and words[1] == "of" and words[0].lower() in _GROUP_OF_PLURALS:
        # round 31: 'Shareholders of Quillon Payments Inc. approved ...': a plural noun of people that opens the
        # sentence is the head of the subject and the name its of-phrase's object (Quirk et al. 1985, 17.37), no part
        # of the organisation's name, which the table had held as 'Shareholders of Quillon Payments Inc.'
        words = words[2:]
        sent_start = False
    if any(w in _CLIPPED_TITLES for w in words[1:]):
        # round 31: 'Coroner Dr Fionnbarr Crowe', 'Environmentalist Dr Shalini Gupte': British and Commonwealth style
        # writes the contracted titles without a full stop (New Hart's Rules 2014, 10.2.1); after a role they open the
        # name, where the run had been dropped whole (a title is no name word); the name is read from the title on, as
        # a run that opens with 'Dr.' is, for the words before may end a portfolio ('Minister for Environmental
        # Protection Dr Aseri Nakarawa') that a dotted title would have joined to the name
        k = max(i for i, w in enumerate(words) if i and w in _CLIPPED_TITLES)
        words = [words[k] + ".", *words[k + 1:]]  # (the title kept, a person's mark, as 'Dr.')
        sent_start = False
    if words and (k := _leading_modifiers(words)):  # Brussels-based Clean Air Alliance, American Casey Ruddock (round 17)
        words = words[k:]
        sent_start = False
    while words and (words[-1].rstrip(".") in _NOT_NAME or _date_in_capitals(words[-1])) and not _month_surname(words):
        words = words[:-1]
    words = _without_postnominals(words)  # Judge Tahir Khan KC (round 14)
    if words and words[-1][-2:] in ("’s", "'s"):
        words[-1] = words[-1][:-2]
    elif words and words[-1][-1:] in ("’", "'"):
        words[-1] = words[-1][:-1]
    if not words or (any(w in _NOT_NAME for w in words) and not _month_surname(words)):
        return None
    return tuple(words), sent_start


@lru_cache(maxsize=1 << 14)
def _later_parts(words: tuple[str, ...]) -> tuple[tuple[str, ...] | None, tuple | None]:
    """What :meth:`_Speakers._add_later` reads from a run's words alone: the words without courtesy titles
    (None where none is left or the last is 'of', 'for', 'and', '&'), and ``(gender, role_words, name)``
    where the name is two to four words with no organisation, non-person or joining word (else None).

    A pure function of the words (module constants only), cached: most runs of a UN speech ('United
    Nations', 'General Assembly') come here, again and again."""
    w = tuple(x for x in words if x.rstrip(".") not in _COURTESY and x.rstrip(".").lower() not in _COURTESY)
    if not w or w[-1] in ("of", "for", "and", "&"):
        return None, None
    k = _owner_end(words)
    if k >= 0 and 2 <= len(words) - k - 1 <= 4 and not any(x in _JOINING_WORDS for x in words[k + 1:]):
        # round 22: 'two clear of England’s Callum Rees-Whitby': the genitive before a name is its determiner, no
        # word of it (round 12's reading of a run with a person's marks, _owner_split, for the runs decided here);
        # only before two words or more ("Jehovah's Witnesses" is one name)
        words = words[k + 1:]
    core, gender = _strip_title(list(words))
    role_words, name = _split_role(core)
    low = [x.rstrip(".,’'").lower() for x in name]
    if (2 <= len(name) <= 4 and not any(x in ("of", "for", "and", "&") for x in name)
            and not any(x in _ORG_WORDS or x in _NOT_PERSON_WORDS or x in _PORTFOLIO_WORDS for x in low)):
        return w, (gender, tuple(role_words), tuple(name))
    return w, None


# a speaker as written that is a document of an owner ('Huawei's press release') or a described document ('the
# report', 'another webpage'): compiled once (the resolution built these patterns from strings at every call)
# (stop 70: and a part of a document, 'the Commission's Introduction continues:', the owner's as its whole document is;
# the noun in either case, as a document's part is named with a capital as a heading is, 'Introduction', 'Report')
_DOC_PARTS = r"introduction|preface|foreword|preamble|conclusions?|summary|executive\s+summary|afterword|annex|appendix"
_OWNED_DOC = _rx(rf"^(?P<owner>.+?)[’']s?\s+(?:(?:new|latest|own|official|annual|recent|most|final|first|"
                        rf"interim|quarterly)\s+)*(?P<doc>(?i:{_DOC_NOUNS}|{_BOOK_DOCS}|{_DOC_PARTS}))$")  # (round 30: 'most recent', 'quarterly')
# a document and its owner after 'from' or 'by' ('a statement from the ministry', 'a report by Amnesty International'):
# the owner is the speaker, the document the channel, as for 'the ministry's statement' (_OWNED_DOC)
_DOC_OF_OWNER = _rx(rf"^(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|official|annual|recent|joint|"
                           rf"written)\s+)?(?P<doc>{_DOC_NOUNS})\s+{_BY_OWNER}\s+"
                           rf"(?P<owner>(?:[Tt]he\s+)?[\w’'\-]+(?:\s+(?:of\s+|for\s+)?[\w’'\-]+){{0,5}})"
                           r"(?:\s*\([A-Z]{2,8}\))?$")  # (and its abbreviation in brackets: '... Bureau (PIB)')
# round 27: the staff of an organisation as a plural group before its name ('Analysts at Harbour Ridge Securities said',
# 'Economists at Kilele Capital wrote'): the organisation speaks through them, and the labels name it, as for an unnamed
# spokesperson; the name capitalised, its modifier in '-based' allowed
_STAFF_OF_ORG = _rx(r"^(?P<staff>[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)\s+(?:at|from|with)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w\-]*-based\s+)?(?P<org>[A-Z][\w’'\-.&]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'\-.&]*)*)$")
# round 27: a partitive that picks one member of a group ('one of them', 'one of the officials', 'one of the two
# people') and the plural indefinite description that introduced the group ('Two people familiar with the matter',
# 'Two senior party officials', 'two RLP functionaries'): its modifiers, its head (a noun of persons) and the
# formula of an unnamed source after it (_Speakers._one_of_group)
# round 40: 'one' and 'another' written alone as the subject of a verb of saying, and the plural word that may name the
# group they pick a member of (Speakers._member_of_plural)
_LONE_MEMBER = frozenset(("One", "one", "Another", "another"))
_INDEFINITE_ONE = frozenset(("One", "one", "A", "a", "An", "an"))
_ONE_APPOSITION = _rx(r"(?<![\w’'])One,\s+(?:a|an)\s+(?P<d>[a-z][^,.;:“”\"()]{1,60}?)(?=\s+(?:who|whose|in|at|with)\b|\s*[,.;:])")
_PLURAL_WORD = _rx(r"(?<![\w’'\-])[A-Za-z][a-z\-]{2,}s(?![\w’'\-])")
# (round 40: the partitive's noun phrase with up to two modifiers, 'one of the Egyptian officials', 'one of the former
# employees', whose singular is the member's description where no group was introduced; a group introduced without a
# number by the formula of an unnamed source, 'People familiar with the matter said', and any noun of persons as the
# group's head, 'Two Arab diplomats said', which the suffixes had missed: _Speakers._one_of_group checks the head)
_ONE_OF = _rx(r"^[Oo]ne\s+of\s+(?:them|those|these|the\s+(?:two\s+|three\s+)?"
                     r"(?P<pre>(?:(?!(?:of|at|in|the|who|and)\b)[\w\-’']+\s+){0,2}?)(?P<head>[a-z][\w\-]*s|people))$")
_PLURAL_GROUP = _rx(
    r"(?<![\w’'])(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|\d+)\s+|(?=[Pp]eople\s+(?:familiar|close|aware|briefed|with)\b))"
    r"(?P<d>(?P<pre>(?:(?!(?:of|at|in|the|who|and)\b)"
    r"[\w\-’']+\s+){0,3}?)(?P<head>[Pp]eople|[a-z][\w\-]*s)"
    r"(?:\s+(?:familiar\s+with|close\s+to|aware\s+of|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
    r"(?:\s+(?:the|a|an|his|her|its|their))?(?:\s+[A-Za-z][\w\-]*(?:[’']s)?){1,3}?(?=\s*[,.;:]|\s+(?:who|said|says|told)\b))?)"
    r"(?=\s*,|\s+(?:who|said|says|told|familiar|with)\b|(?<=[a-z])\s*[.;:](?:\s|$))")
_SINGULAR_ENDS = (("people", "person"), ("ies", "y"), ("sses", "ss"), ("s", ""))


def _persons_plural(head: str) -> bool:
    """May the plural ``head`` of a group name persons ('people', 'officials', 'diplomats', 'sources'): the suffixes of
    round 27's pattern, or a singular that describes a person (:data:`_DESCRIBED_NOUNS`, :data:`_SOURCE_NOUNS`, an
    office, an agent noun)? Not 'years' or 'weeks' ('Two years ago, ...')."""
    low = head.lower()
    if low == "people" or low.endswith(("ials", "ives", "ees", "ers", "ors", "ists", "ants", "ents", "aries", "ces")):
        return True
    one = _singular(low)
    return one != low and (one in _DESCRIBED_NOUNS or one in _SOURCE_NOUNS or one in _ROLE_WORDS or _agent_noun(one))


def _partitive_member(one: re.Match) -> str | None:
    """The member a partitive names by its own noun phrase where the text introduced no group of it (round 40: 'one of
    the former employees' is a former employee, 'one of the Egyptian officials' an Egyptian official); None for 'one
    of them' and for a head that names no persons."""
    head = one.group("head")
    if head is None or not _persons_plural(head):
        return None
    return " ".join(one.group("pre").split() + [_singular(head)])


def _singular(noun: str) -> str:
    """The singular of a plural noun of persons ('people' 'person', 'functionaries' 'functionary', 'officials'
    'official')."""
    for end, sub in _SINGULAR_ENDS:
        if noun.endswith(end):
            return noun[: len(noun) - len(end)] + sub
    return noun


# round 19: a noun whose author a participle names ('the reference filed by the Punjab Integrity Bureau (PIB)'), and
# a document with such a participle clause after it ('The letter, signed by senior partner Dr Raymond Osei, said')
_AUTHOR_PARTICIPLES = r"(?:filed|issued|signed|written|sent|prepared|submitted|lodged|authored|released|published)"
_NOUN_BY_AUTHOR = _rx(rf"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<doc>[a-z][\w\-]+)\s+"
                             rf"{_AUTHOR_PARTICIPLES}\s+by\s+(?P<owner>(?:the\s+)?[A-Z][\w’'\-.]*"
                             rf"(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w’'\-.]*){{0,6}})(?:\s*\([A-Z]{{2,8}}\))?$")
# (round 35: words between the participle and its 'by', 'The memo, sent to staff Tuesday night by chief operating officer
# Ravinder Gill, said'; and the author after 'from', 'The letter, from the Golden State Housing Coalition, an advocacy
# group ..., said': the document's source in a postmodifying prepositional phrase, Quirk et al. 1985, 17.37)
# (and the author after 'by' alone, 'The post, by the account @SafeStreetsUK, read:', a fact-check's claim made in a post:
# the agentive by-phrase postmodifying a document noun, as 'a novel by Dickens', Quirk et al. 1985, 17.37; a handle
# names its account holder, as _quote_cues._HANDLE reads it)
_SIGNED_BY_AFTER = _rx(rf",\s+(?:{_AUTHOR_PARTICIPLES}\s+(?:[^,.;:“”\"]{{1,40}}?\s+)?by|by|from)\s+"
                              rf"(?:(?:the|its|their|a|an)\s+)?(?:[a-z][\w\-]*\s+){{0,3}}"
                              rf"(?P<owner>@[A-Za-z0-9_]{{1,30}}|"
                              rf"[A-Z][\w’'\-.]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w’'\-.]*){{0,6}}),")
# round 27: the documents of courts, regulators and litigants, and the notes and posts of firms ('the ruling states',
# 'the order said', 'the complaint says', 'the post said'), read as documents as the press release is: a definite
# description refers back to the document its noun introduced, whose author speaks through it (Hawkins 1978; the
# labels' convention of an organisation for its documents). Kept apart from _DOC_NOUNS, which the name table and the
# attribution patterns read too: 'order', 'decision', 'post' and 'note' are documents only as the speaker of a quotation
# or after 'in its'. With no sentence that introduces them and no owner in the genitive, the documents of authority
# (_AUTHORITY_DOC) fall back only to a public body named before, the others to nobody: the organisation named last is as
# often the defendant of a complaint, and a note or a post is as often a person's ('left a note. “...,” said the note').
_LEGAL_DOCS = (r"ruling|judgment|judgement|verdict|order|decision|decree|directive|circular|notification|minutes|"
               r"complaint|lawsuit|suit|petition|indictment|affidavit|motion|submission|post|note|memorandum|ad|advert")
_LEGAL_DOC_RE = _rx(_LEGAL_DOCS)
_AUTHORITY_DOC = frozenset("ruling judgment judgement verdict order decision decree directive circular notification "
                           "minutes".split())
_GENERAL_DOC = frozenset("post note memorandum ad advert".split())  # (another document quoted before may be these)
# (an ad or advert, the medium of a vendor's or a campaign's claim that fact-checkers check, is such a document: 'CamCo
# claimed in a television ad that ...' then '“...,” the ad says' is CamCo's speech through it, as 'the statement' is)
# the documents through which someone speaks, as written before 'said' ('the message said') or introduced as the means of
# a speech act ('In a letter, ...'): the owners' documents, the legal ones and (round 40) 'message', which an organisation
# sends as it issues a statement ('In a message to families, Lake Orrin Public Schools said ... “...,” the message
# said'); not a document noun of owners (_DOC_NOUNS), since people send messages too ('Wisman's message', Brown cg03)
_SPEAKING_DOCS = rf"{_DOC_NOUNS}|{_LEGAL_DOCS}|message|{_BOOK_DOCS}"
# round 20: 'In a letter dated June 14, lawyer Graham Oduya argued that ...' / 'Renee Oduya said in a written statement
# that ...': a document introduced as the means of a speech act, in a prepositional phrase ('in', 'through', 'via' and
# an indefinite or possessive determiner), whose sentence has a subject and a verb of saying (see
# _Speakers._doc_author)
_DOC_INTRO = _rx(rf"(?<![\w’'])(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){{0,3}}?"
                        rf"(?P<doc>{_SPEAKING_DOCS})(?![\w’'])")
# a document made public by the subject of the clause, 'Oakland officials issued a statement on Tuesday', 'Mayor Jane Roe
# today released the following statement': the subject is the document's author (the agent of a verb of issuing), which
# a later 'the statement said' takes up (see _Speakers._doc_author)
_DOC_ISSUED = _rx(rf"(?<![\w’'])(?:issued|released|published|put\s+out|sent\s+out|circulated)\s+"
                  rf"(?:a|an|the\s+following|its|his|her|their)\s+(?:[\w\-]+\s+){{0,3}}?(?P<doc>{_SPEAKING_DOCS})(?![\w’'])")
# the adverbials of time between such a subject and its verb ('today', 'on Tuesday', 'late Monday')
_TIME_TAIL = _rx(r"(?:\s+(?:today|yesterday|tonight|earlier|later|also|jointly|on\s+[A-Z][a-z]+|late\s+[A-Z][a-z]+))+\s*$")
# an age given in commas after a name's last word, or after the rest of the name ('Ann Roe, 45,'; 'Roe, 45,')
_GIVEN_AGE = _rx(r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3},\s+\d{1,3},")


# stop 70 (sports news): a name followed by a finite verb in the third person, as the quotation's own words use it
# ('“Ben will be out for three weeks,” said the 47-year-old'; '“Jonas is the best player,” he said'); not a function
# word that ends in -s ('this', 'his', 'as', 'thus', 'yes', 'less', 'unless', 'across', 'plus')
_THIRD_PERSON_VERB = (r"\s+(?:is|was|has|had|will|would|can|could|should|must|might|may|does|did|"
                      r"(?!(?:this|his|thus|yes|less|unless|across|plus)\b)[a-z]{2,}s)\b")


def _quote_before(text: str, pos: int, where: int) -> str:
    """The quotation that opens at ``pos`` when its attribution at ``where`` follows right after its closing mark
    ('“...,” said the 47-year-old'); '' when other words stand between."""
    seg = text[pos:where]
    k = max(seg.rfind("”"), seg.rfind('"'))
    return seg[:k] if k > 0 and not seg[k + 1:].strip(" ,") else ""


def _named_in_third_person(quote: str, words: tuple[str, ...] | list[str]) -> bool:
    """Do the quotation's words make the person named ``words`` the subject of a verb in the third person ('Ben will',
    'Jonas is', 'Kofi works')? A speaker refers to themselves in the first person; the third person is for someone
    other than the speaker and the addressee (Quirk et al. 1985, 6.5 on the persons of the personal pronouns; Huddleston &
    Pullum 2002, 17.2.1: a proper name is third person), and a speaker's naming themselves in the third person is a
    marked style that news copy flags when it quotes it. Only the first and last words of the name, as written, and
    only a name followed by a verb: a vocative ('Jonas, well played') or 'I am Jonas' is no third-person subject."""
    if not quote or not words:
        return False
    names = {w.strip(".,’'") for w in (words[0], words[-1])}
    return any(len(w) >= 3 and w[:1].isupper() and re.search(rf"(?<![\w’'\-]){re.escape(w)}{_THIRD_PERSON_VERB}", quote)
               for w in names)
_POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())
_FIRST_QUOTE_MARK = _rx(r"[“”\"]")
# the organisation's words that premodify a document without naming the kind of body that wrote it: a company or
# group is named by no head noun of its own, and 'news' is the document's ('a news release')
_NO_KIND_OF_AUTHOR = frozenset({"company", "group", "news", "press", "network"})
_DESCRIBED_DOC = _rx(rf"^(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ne|[Tt]heir|[Hh]is|[Hh]er)\s+"
                            rf"(?:[\w\-]+\s+){{0,2}}?"
                            rf"(?P<doc>{_SPEAKING_DOCS})(?:\s+(?:on|about|of)\s+.*"
                            # round 34: or a participle clause after the document, a reduced relative that leaves the
                            # document the head ('A CCB statement issued later on Tuesday', 'a notice posted on the
                            # Maplecrest Rewards website'; Quirk et al. 1985, 17.17)
                            r"|(?P<ptail>\s+(?:issued|released|posted|published|sent|circulated|distributed|shared)\b.*))?$")
# round 34: the owner of the site a document is posted on ('posted on the Maplecrest Rewards website')
_ON_OWNER_SITE = _rx(r"\bon\s+(?:the\s+)?(?P<owner>[A-Z][\w&’'\-.]*(?:\s+[A-Z][\w&’'\-.]*){0,5}?)(?:[’']s)?\s+"
                            r"(?:website|web\s+site|site|page|account|blog|social\s+media\s+accounts?)\b")
# the compiled loops of the name table where the kernel is built (``read_runs``; a kernel built from an older source
# without it is passed over): _Speakers._read_runs_py is the pure-Python path
_TABLE_KERNEL = KERNEL if KERNEL is not None and hasattr(KERNEL, "read_runs") else None


# round 12: 'who' right after a name's comma: the relative pronoun of personal antecedents ('which' serves the
# others, 'whose' both: Quirk et al. 1985 on relative pronouns; 'all Europe, whose foundations'), so a one-word name
# with no other mark ('Sabalenka, who had not dropped a set') is a person's, as a cue verb after it makes one
# (_INTRO_AFTER reads the same for longer names)
_WHO_AFTER = _rx(r"\s*,\s+who\s")


# the qualifiers in lower case an office in Title Case may carry before a name ('former President Barack Obama',
# 'state Sen. Brad Hoylman-Sigal'): the words of discourse._quote_cues._QUALIFIED_NAME and _ROLE_NAME
_OFFICE_QUALIFIERS = frozenset(_QUALIFIER_WORDS)
_RELATIVE_WORDS = frozenset(("who", "whose", "whom", "which"))  # not "that": ", that 25-year-old mother"


# what the kernel's ``lone_name`` asks of the characters after a one-word name no person holds: a match where
# _Speakers._add_run may take it for a person by them (a cue verb, _CUE_NEAR; 'who', _WHO_AFTER; since round 31 an
# age, _AGE_RE), so that the kernel leaves the run to that method; None where it may not (one pattern, so that the
# kernel calls no Python function)
_LONE_NAME_AFTER = _rx(rf"{_CUE_NEAR.pattern}|{_WHO_AFTER.pattern}|{_AGE_RE.pattern}")
_lone_name_after = _LONE_NAME_AFTER.match


def _read_runs_ctx() -> tuple:
    """What the kernel's ``read_runs`` calls and reads, taken from this module when a table is built (so that a
    function replaced here, as tests do, is the one called): the three caches of a run's words with their
    uncached functions, :data:`_CACHED_CHARS`, the role words (given names among them), the words before a name
    that make :meth:`_Speakers._add_run` read the run itself (:data:`_WORDS_BEFORE_NAME`), and the tests of what
    after and before a lone name can make it a person's (:data:`_LONE_NAME_AFTER`, :func:`_cue_before_name` and the
    words it first asks the text before to end with, :data:`_INVERTED_END`)."""
    return (_clean_run, getattr(_clean_run, "__wrapped__", _clean_run), _run_head,
            getattr(_run_head, "__wrapped__", _run_head), _later_parts, getattr(_later_parts, "__wrapped__", _later_parts),
            _CACHED_CHARS, _ROLE_GIVEN, _WORDS_BEFORE_NAME, _lone_name_after, _cue_before_name, _INVERTED_END.match,
            _CUE_BEFORE_ENDS)


# the words of an office that make its holder a past one (round 15)
_PAST_HOLDER = frozenset("first former late then ex previous founding".split())
# offices written as their initials in Commonwealth papers, with the role word each stands for (round 15)
_OFFICE_ABBREVIATIONS = {"CP": "commissioner", "IGP": "inspector", "DG": "director", "MD": "director",
                         "CJ": "justice", "AG": "attorney", "DPP": "director", "PM": "minister", "CM": "minister"}
# the prepositions before the organisation a described speaker is held in ('a spokesperson for Acme Corp')
# (round 27: and 'in', 'A senior official in the Frente Federal Popular', 'A source in the Government House', 'An official
# with an international aid agency in Addis Ababa': the name is the object of the preposition, no apposition)
_HELD_IN = frozenset(("for", "at", "from", "with", "in"))
# the prepositions of place whose object locates a described person (round 36, :meth:`_Speakers._resolve`)
_LOCATED_IN = frozenset(("in", "at", "near", "from", "outside", "across", "inside"))
_PREPOSITIONS = frozenset("of for on in at to from by with and or during about against into over under".split())


def _role_head_words(role: str) -> list[str]:
    """The words of a person's role before its first preposition, lower-cased ('Chief Press Secretary to the governor'
    gives chief, press, secretary): the role's head and premodifiers, what the person is.

    Round 37: 'the governor' had been resolved to 'Kunle Aderinto', Chief Press Secretary to the governor, whose role
    holds the word in the object of its 'to': the head of a noun phrase names the referent, a noun in a prepositional
    phrase that postmodifies it names another (Quirk et al. 1985, 17.2, 17.37; round 13 read the description's own
    head so, 'a spokesperson for the governor' is no governor)."""
    words = role.lower().replace("’", "'").split()
    k = next((i for i, w in enumerate(words) if i > 0 and w in _ROLE_PREPOSITIONS), len(words))
    return words[:k]


def _holds_office(ent: _Entity, fits: set[str]) -> bool:
    """Does ``ent`` hold one of the offices ``fits`` (a role word and its hyponyms): its rank ('Capt.' -> captain), or
    its role's head words (:func:`_role_head_words`)? The test of :meth:`_Speakers._delayed_identification` and
    :meth:`_Speakers._role_holder`."""
    return ent.rank in fits or bool(ent.role and not fits.isdisjoint(_role_head_words(ent.role)))


# round 37: a preposition before a name, with a capitalised genitive or up to two capitalised words and 'and' between
# ('of Patients' Voice Tanzania', 'for Redcastle and Seaton', 'in North Harnford'): the name is the object of the phrase
# (and a kind noun in lower case between: 'of the passenger group Commuter Voice Ireland', 'at the stockbroker Lytham
# Brooke')
# the prepositions of place and path before a one-word name (_Speakers._place_only; Quirk et al. 1985, 9.15-9.19): not
# 'to', 'from', 'at' or 'of', which take persons as often ('said to Smith', 'a letter from Smith', 'the words of Smith')
_WORDS_AFTER = _rx(r"(?:\s+\w+ly)?\s+(\w+)")
_PLACE_PREPOSITION_BEFORE = _rx(r"(?<![\w’'])(?:[Ii]n|[Ii]nto|[Tt]hrough|[Tt]hroughout|[Aa]cross|[Nn]ear|[Aa]round|[Ii]nside|"
                                r"[Oo]utside|[Ww]ithin)\s+$")
_PP_BEFORE_NAME_RUN = _rx(r"(?<![\w’'])(?:of|in|for|from|at|near)\s+(?:(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3})?"
                                 r"(?:[A-Z][\w\-]*(?:[’']s?|s[’'])?\s+|and\s+){0,3}$")
# round 37: the general nouns by which news refers back to an unnamed source (_Speakers._unnamed_source_before)
_GENERIC_SOURCE_NOUNS = frozenset("source person insider individual".split())
_ONE_OF_WRITTEN = _rx(r"(?<![\w’'])[Oo]ne\s+of\s+(?:them|those|the\s+(?:two|three|four|people|sources|persons))\b")
# the prepositions that open a role's postmodifier (_role_head_words; not 'and', which joins two roles, 'president and
# chief executive')
_ROLE_PREPOSITIONS = frozenset("of for on in at to from by with during about against into over under".split())
# the head of a description that names no speaker: abstract nouns of the argument ('this point', 'the
# consequence of the policy', 'an interesting analogy') and parts of a text; an organisation or a document
# noun is a speaker (the company, the report) and is never one of these
_GROUP_NOUNS = frozenset("opposition majority minority presidency population congregation generation "
                         "convention delegation nation".split())  # groups that speak, in -tion, -ity, ...
_ABSTRACT_SUFFIX = _rx(r"(?:tion|sion|ment|ness|ity|ence|ance|ism|ogy)$")
_NO_SPEAKER_HEADS = frozenset("point usual analogy consequence fact idea view result case thing way matter question "
                              "problem reason argument assumption answer story book article passage chapter "
                              "introduction preface poem phrase sentence word words theme notion".split())


# round 19: the nouns of the occasions a description's phrase with 'at a', 'in an' may name ('a man at a news
# conference', 'an official in an interview'); after 'at a' another noun names where the person works ('an analyst at a
# large European asset manager', 'a senior executive at a rival terminal operator'), part of the description
_OCCASION_NOUNS = frozenset("conference briefing meeting rally hearing interview event ceremony session vigil protest "
                            "funeral match game speech address debate summit appearance visit tour gathering lecture "
                            "seminar discussion call podcast broadcast programme program show webinar statement post "
                            "video message letter email e-mail memo note tweet".split())


def _occasion_phrase(words: list[str]) -> bool:
    """Do the words after 'at a' / 'in an' (up to the next preposition) name an occasion (:data:`_OCCASION_NOUNS`),
    or nothing?"""
    k = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return k == 0 or words[k - 1].rstrip(".,;:").lower() in _OCCASION_NOUNS


# round 24: 'A Home Office spokesperson' and 'a spokesperson for the Home Office' are one speaker: the noun premodifier
# of a spokesperson noun names the body spoken for, as the 'for'-phrase does (Quirk et al. 1985, 17.104-17.110 on noun
# premodifiers and their postmodifying paraphrases), so the description is written in the one form the library keeps
# (round 12: 'a spokesperson for SoundThinking', whose organisation then fills ``speaker_org``)
# the words before the recipient of a reply, a statement or a letter, right before its name ('told Reuters', 'in a letter
# to Amnesty International', 'in an emailed statement to the BBC', 'responded to the Guardian'; _Speakers._addressees)
_ADDRESSEE_BEFORE = _rx(r"(?i)(?:\btold|\b(?:wrote|said|responded|responding|replied|sent|(?:letter|statement|e-?mail|response|"
                        r"reply|message|submission|comments?|remarks|answers?|note)(?:\s+(?:sent|provided|given))?)"
                        r"\s+to)\s+(?:[Tt]he\s+)?$")
# a description as the recipient or the one asked ('wrote to the company', 'sent questions to the ministry', 'asked
# the company', 'contacted the firm'; _Speakers._addressees)
_ADDRESSED_DESCRIPTION = _rx(r"\b(?:(?:wrote|write|writes|sent(?:\s+\w+){0,3}?|put(?:\s+\w+){0,3}?|"
                             r"presented(?:\s+\w+){0,3}?)\s+to|asked|contacted|approached|questioned)\s+the\s+"
                             r"(?P<head>[a-z]+)\b")
_SENTENCE_BREAK = _rx(r"[.!?]\s")
_SPOKES_NOUNS = ("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen")
_SPOKES_PREMOD = _rx(r"(?:(?P<det>[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+)?(?P<org>(?:[\w&.\-’']+,?\s+){1,8}?)"
                            rf"(?P<head>{'|'.join(_SPOKES_NOUNS)})")


_SPOKES_DETS = frozenset("a an the another one this that its their his her our".split())


def _spokes_head(words: list[str]) -> bool:
    """Do the words open with a spokesperson noun (after up to two modifiers) and its 'for'?"""
    for i, w in enumerate(words[:3]):
        if w.lower() in _SPOKES_NOUNS:
            return i + 1 < len(words) and words[i + 1] == "for"
    return False


def _spokesperson_for(desc: str) -> str:
    """``desc`` with a premodified spokesperson noun ('A Home Office spokesperson', 'a police spokeswoman') written
    with its 'for'-phrase ('A spokesperson for Home Office', 'a spokeswoman for the police': a name as written, a
    common noun with 'the'); any other description unchanged."""
    m = _SPOKES_PREMOD.fullmatch(desc)
    if m is None:
        return desc
    org = m.group("org").strip()
    words = org.split()
    proper = (len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper()
              and all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in words)
              and not any(w.endswith(("’s", "'s")) for w in words))
    if not proper and "," in org:
        return desc
    if not proper and (words[0].lower() in _SPOKES_DETS or any(
            w.lower() in ("for", "of", "at", "and", "or", "who", "which") or w.endswith(("’s", "'s")) for w in words)):
        return desc  # (a phrase of its own, or a possessive: 'the minister's spokesman' is the minister's)
    # (round 28: a name whose of-phrase is its own, 'A Department of Health spokesperson', 'A Church of England
    # spokesman', is the body's name as written)
    the = "" if org[:1].isupper() or org[:1].isdigit() else "the "
    det = {"an": "a", "An": "A"}.get(m.group("det"), m.group("det"))  # ('An Army spokesperson': 'A spokesperson')
    return f"{det + ' ' if det else ''}{m.group('head')} for {the}{org}"


# the heads of the formal names of States, 'the Republic of Cape Verde', 'the Kingdom of Lesotho', 'the Principality of
# Monaco' (the names of the United Nations' own list of Member States), capitalised as in those names
_STATE_HEADS = frozenset(("Republic", "Kingdom", "Federation", "Commonwealth", "Principality", "Sultanate",
                          "Duchy"))


def _description_speaker(written: str) -> str | None:
    """A description as a speaker (``speaker_reason`` 'description'), cut before a prepositional phrase of
    occasion that is no part of it ('The Prosecutor in his opening' remarks: the Prosecutor; a phrase opened
    by a possessive or an indefinite article, or a stranded preposition; 'a specialist at IPVM headquarters'
    keeps its affiliation), or None where its head names
    no one who could speak ('this point by' saying, 'an interesting analogy with the assumption', 'the
    consequence of the policy').

    Reasoning (round 7, from parts G and H): the attribution patterns take the noun phrase before a verb as
    the subject, and in essays that phrase is often not the speaker but an abstract noun of the argument or a
    noun phrase whose post-modifier runs into the occasion. A speaker is a person, a group or a document
    (Biber et al. 1999, 6.7 on reporting clauses: the subject of a verb of speaking is human or a human
    institution; Halliday and Matthiessen 2004, 7.5 on the 'sayer'); an abstract head (a nominalisation in
    -tion, -ment, -ness, -ity, ... or a noun of the argument such as *point*, *case*, *view*) is none. The
    head is the last word before the first preposition; a role, organisation or document noun is always a
    speaker. A wrong speaker misleads more than a missing one, so such a description gives None."""
    words = written.split()
    if any(w.endswith(("’s", "'s", "s’", "s'")) for w in words):
        return written  # the company’s own description: a document of its owner, who speaks through it
    cut = next((i for i, w in enumerate(words) if i >= 2 and w in ("in", "at", "during", "by", "with")
                and (i + 1 == len(words) or words[i + 1] in ("his", "her", "its", "their")
                     or (words[i + 1] in ("a", "an") and _occasion_phrase(words[i + 2:])))), None)
    if cut is not None and "of" in words[:cut]:
        cut = None  # 'the secretary of the Committee in Geneva': the of-phrase may hold a name with 'in'

    if cut is not None:
        words = words[:cut]
    k = next((i for i, w in enumerate(words) if i >= 1 and w in _PREPOSITIONS), len(words))
    head = words[k - 1].rstrip(".,;:’'").lower() if k else ""
    if (head in _ROLE_WORDS or head in _ORG_WORDS or head in _GROUP_NOUNS or _DOC_RE.match(head) or _role_word(head)
            or head in _PERSON_NOUNS or head in _FEMALE_NOUNS or head in _MALE_NOUNS):
        return " ".join(words)
    if len(words) < 2 or head in _NO_SPEAKER_HEADS or words[-1] in _PREPOSITIONS or (
            _ABSTRACT_SUFFIX.search(head) and words[k - 1][:1].islower()):
        return None
    return " ".join(words)


_CASE_ARTICLES = frozenset(("the", "a", "an"))
# the tables' nouns of persons, whose capital inside a description is a style of the text ('The Spokeswoman added')
_PERSON_HEAD_TABLES = (_ROLE_WORDS, _PERSON_NOUNS, _FEMALE_NOUNS, _MALE_NOUNS)


def _description_case_key(speaker: str, reason: str | None) -> tuple | None:
    """The form of a speaker written with a leading article that :func:`one_description_form` compares: the article in
    lower case and, for a description (no name: ``reason`` is not 'named'), its head noun in lower case where the
    tables know it as a noun of persons; None for a speaker without a leading article."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in _CASE_ARTICLES:
        return None
    key = [words[0].lower(), *words[1:]]
    if reason != "named":
        k = next((i for i, w in enumerate(words) if i >= 1 and w in _PREPOSITIONS), len(words))
        head = key[k - 1].rstrip(".,;:’'").lower()
        if k >= 2 and (any(head in t or _singular(head) in t for t in _PERSON_HEAD_TABLES) or _role_word(head)
                       or _agent_noun(head) or _persons_plural(head) or head in _DESCRIBED_HEADS
                       or head in _SOURCE_NOUNS):
            key[k - 1] = key[k - 1].lower()
    return tuple(key)


def one_description_form(out: list[dict]) -> None:
    """One speaker, one name, for descriptions too: the speakers of one document's quotations and reported clauses
    that differ only in the case of their leading article ('The jurors said ...' opening a sentence, '..., the jurors
    said' inside one) or, for a description, in the case of its head noun as well ('The Spokeswoman added', 'the
    spokeswoman said'), are one speaker, written in its mid-sentence form: the article in lower case, and each word in
    lower case where one of the forms writes it so ('the jurors', 'the spokeswoman'). ``speaker_as_written`` keeps
    what the text wrote.

    Reasoning (from a user audit): the capital of an article that opens a sentence belongs to the sentence, not to the
    noun phrase (the phrase's own form is the one written inside a sentence), and a role noun written once with a
    capital is the same common noun (a house style of titles, Quirk et al. 1985, 5.65-5.66); the README promises the
    canonical name per document, and counts and balances by speaker had split 'The jurors' from 'the jurors'. Only
    the case is read: different words stay different speakers, and an indefinite description is not its definite
    take-up ('A Highway Department source' and 'The Highway Department source' stay two values; a definite that
    repeats an indefinite one is resolved, or not, by :meth:`_Speakers._indefinite_antecedent`, a rule of reference,
    not of spelling). The head's case is read only for a description whose head the tables know as a noun of persons
    (a role, a person's noun, an agent noun, a plural of persons), never for a name ('The Post' is not 'the post'). A
    form the document writes once, with no other form beside it, is left as it is."""
    groups: dict[tuple, list[dict]] = {}
    for d in out:
        spk = d.get("speaker")
        if isinstance(spk, str) and (key := _description_case_key(spk, d.get("speaker_reason"))) is not None:
            groups.setdefault(key, []).append(d)
    for key, rows in groups.items():
        forms = {d["speaker"] for d in rows}
        if len(forms) < 2:
            continue
        split = [f.split() for f in forms]
        canon = " ".join([key[0]] + [w.lower() if any(s[i] == w.lower() for s in split) else w
                                     for i, w in enumerate(next(iter(sorted(split)))[1:], start=1)])
        for d in rows:
            d["speaker"] = canon


# round 10: the unnamed sources of news writing and the formulas that describe them ('a person familiar with the
# matter', 'a source close to the minister', 'an official briefed on the talks'): a description the later 'the
# person said' stands for in full (_Speakers._indefinite_antecedent)
_SOURCE_NOUNS = frozenset("person source diplomat".split())  # (diplomat: round 15, 'a senior EU diplomat')
# round 36: nouns of people that are neither offices of the table nor agent nouns by their suffix, which an indefinite
# description introduces and a definite one takes up ('A congressional aide familiar with the program ... the aide said')
_DESCRIBED_HEADS = frozenset("aide academic bursar chieftain insider patient victim passenger parent pensioner "
                             "shopkeeper veteran "
                             # round 38: a hospital's orderly, which a determiner phrase holds since its -ly is read
                             # as no adverb's (_quote_cues.NOT_ADVERBS_IN_LY)
                             "orderly".split())
# round 10: role words left out of the heads for their use before another noun ('chief executive') that head a
# description when they end it ('the former chief'), and the qualifiers that tell two holders of a role apart
_QUALIFIED_HEADS = frozenset("chief head executive deputy".split())
# round 19: a definite description may refer back with a more general noun than the title the person was named with
# (a hypernym as anaphor, Halliday & Hasan 1976, 6.2 on general nouns and superordinates): 'Justice Suresh Gowda ...
# the judge said', 'Labour MP Dawn Butler ... the lawmaker said'; each head with the titles it covers
_ROLE_HYPONYMS = {
    "judge": frozenset({"justice", "magistrate"}),
    "lawmaker": frozenset({"mp", "mla", "mlc", "mna", "mpa", "mha", "mpp", "msp", "mep", "td", "senator", "representative",
                           "congressman", "congresswoman", "assemblyman", "assemblywoman", "assemblymember"}),
}
_ROLE_HYPONYMS["legislator"] = _ROLE_HYPONYMS["lawmaker"]
_ROLE_QUALIFIERS_DESC = frozenset("former current acting outgoing incoming interim deputy new".split())
# collective general nouns, whose content is their antecedent's (Halliday & Hasan 1976, 6.4); not the nouns of a
# person ('That person said', kept as the description of an unnamed source)
_GENERAL_NOUNS = frozenset("group body organisation organization".split())
# the premodifiers that make an office another, lower one: 'Assistant Secretary', 'Deputy Director', 'Vice President'
_SUBORDINATE_OFFICE = frozenset("assistant deputy vice associate".split())


# a body's name in Title Case with the function words it holds, as one premodifier of a description (round 30)
_TITLE_NAME_MOD = r"[A-Z][\w\-]*(?:\s+(?:of|and|for|on|&)\s+[A-Z][\w\-]*)+"


def _inside_title_name(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a function word between two capitalised words (inside a name, 'Ministry of Youth')?"""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


# where a noun phrase opens a sentence or clause: a paragraph's or sentence's start, 'but' or 'and' after a comma,
# 'according to' (:meth:`_Speakers._new_referent_at`)
_CLAUSE_OPENING = _rx(r"(?:^|\n|[.!?][”\"’']?\s+|,\s+(?:but|and)\s+|(?<![\w’'])according\s+to\s+)$")


@lru_cache(maxsize=256)
def _indefinite_rx(heads: tuple[str, ...]) -> re.Pattern:
    """The pattern of an indefinite description ending in ``heads`` (with its modifiers before them, or the
    formula of an unnamed source or the place or phrase of the person after them; round 17: after 'one' too, 'One
    current employee in Dublin'), for :meth:`_Speakers._indefinite_antecedent`; compiled once per heads (a
    description of one to two words, so the cache holds the few that recur)."""
    tail = r"\s+".join(re.escape(h) for h in heads)
    # (round 30: a modifier may be an abbreviation written with full stops, 'A U.N. logistics official', or a body's
    # name in Title Case with its function words, 'A Ministry of Youth and Sports official', 'A senior Department of
    # Finance official': a proper name premodifies a noun as a noun does, Quirk et al. 1985, 17.108)
    # (round 36: or an age, 'A 29-year-old surgical resident at a university hospital in Osaka said ... the resident
    # said', as the described person of a pronoun keeps it, round 35)
    return re.compile(rf"(?<![\w’'])(?:[Aa]n?|[Oo]ne)\s+(?P<d>(?:(?:{_TITLE_NAME_MOD}|(?:[A-Z]\.){{2,}}|\d{{1,3}}-year-old|"
                      rf"(?!{_NOT_PREMODIFIER})[A-Za-z][\w\-]*)\s+){{0,4}}{tail}"
                      rf"(?:{_SOURCE_POSTMOD}|{_PP_CHAIN_POSTMOD}|{_PP_NP_POSTMOD}|{_RELATIVE_POSTMOD})?)"
                      r"(?![\w’'\-])")


# round 16: 'A polling station official in Sadr City, who asked not to be named, said': the place or body the
# unnamed person belongs to, a prepositional phrase with a name, is part of the description as the source formulas are
# (round 17: also 'with', 'An aid worker with the Amal Association', and the name's own of-phrase, 'A senior official at
# the Water Authority of Jordan': _PLACE_PP, which the described person of a pronoun keeps too, _DESCRIBED_PERSON)
# (round 17: and the phrase in lower case a described person keeps, _DETERMINED_PP: 'a spokesperson for the commission
# ... the spokesperson said')
# round 25: up to two such phrases in a row, each place or determined phrase (its words may be in the genitive), before
# the end, a relative pronoun or the verb ('An official at a hospital in Miyagi Prefecture that used the panels said',
# 'An officer at the agency's regional office, who ...', later 'the official', 'the officer': the antecedent keeps its
# postmodifiers, Quirk et al. 1985, 17.37, as the label of the fullest description does)
_GENITIVE_PP = rf"{_PP_OPEN}(?:{_PP_WORD}(?:[’']s)?\s+){{0,2}}{_PP_HEAD}"
_PP_CHAIN_POSTMOD = (rf"(?:{_PLACE_PP}|{_GENITIVE_PP}){{1,2}}"
                     r"(?=\s*[,.;:)]|\s+(?:who|which|that|said|says|told|was|is|had|has)\b)")
# round 27: any prepositional phrase or two after the head, its noun phrase in lower case or capitalised, genitives
# and apostrophes in names included ('a lecturer in the faculty of health sciences', 'An official at Mexico's Energy
# Ministry', "A delegate from Savai'i"), up to a comma, a full stop, a relative pronoun or the verb; and a restrictive
# relative clause ('One employee who was let go said', 'One executive who attended the meeting, who ...'): both
# postmodify the head and define the referent (Quirk et al. 1985, 17.3-17.15, 17.37), so the fullest description
# keeps them, as the labels' descriptions do
_PP_NP_POSTMOD = (r"(?:\s+(?:of|at|in|from|for|on|with)\s+(?!(?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|"
                  r"this|next|\d+)\b)(?:[\w\-’']+\s+){0,5}?(?![a-z][\w\-’']*ed\b)[\w\-’']+){1,2}"
                  r"(?=\s*[,;:)]|\.(?:\s|$)|\s+(?:who|which|that|said|says|told|was|is|had|has|added|welcomed)\b)")
# (not the formula of anonymity, 'A juror who asked not to be named said', which says how the source was quoted, not
# who they are; the modifiers before the head are no function words: 'a complaint from a minority shareholder')
_RELATIVE_POSTMOD = (r"\s+who\s+(?!(?:said|says|told|added)\b)(?![^,.;:]*?\b(?:named|anonymity|identified|"
                     r"authori[sz]ed)\b)(?:[\w\-’']+\s+){0,5}?[\w\-’']+(?=\s*,|\s+(?:said|says|told|added|described)\b)")
_NOT_PREMODIFIER = r"(?:of|at|in|from|for|on|with|to|by|a|an|the|that|who|which|and|or|but|said|says)\b"
_SENTENCE_END_IN = _rx(r"[.!?][\s”\"’']*(?:\s|$)")
_YEAR_OLD = _rx(r"(\d{1,3})-year-old")
_SOURCE_POSTMOD = (r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+(?:direct\s+)?knowledge\s+of)"
                   r"(?:\s+(?:the|a|an|his|her|its|their))?(?:\s+[A-Za-z][\w\-]*(?:[’']s)?){1,3}?"
                   # (round 36: before any verb of saying in the past, 'A source close to the Furlong case claimed')
                   r"(?=\s*[,.;:)]|\s+(?:who|said|says|told|claimed|added|argued|insisted|warned|admitted|conceded)\b)")
# the description and the formula of an unnamed source that end right before a noun phrase the subject patterns took for
# the subject ('People with knowledge of' the negotiations said; _Speakers._unnamed_source_holding): a determiner or a
# number, up to three modifiers in lower case and the head, or a head in capitals opening the clause ('People',
# 'Sources'); each candidate start is tried, the first that opens its clause wins
_SOURCE_FORMULA_BEFORE = _rx(
    r"(?<![\w’'\-])(?:(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]ultiple|[Oo]ne|[Aa]n?|[Tt]he|\d+)\s+)?"
    r"(?:(?!(?:of|at|in|from|for|on|with|to|by|the|a|an|and|or|said|says|who)\b)[a-z][\w\-]*\s+){0,3}?"
    r"(?P<head>[a-z][\w\-]*)|(?P<head2>[A-Z][a-z]+))"
    r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|aware\s+of|involved\s+in|"
    r"with\s+(?:direct\s+|detailed\s+|first-?hand\s+|some\s+)?knowledge\s+of)\s+")
# a title and the preposition of its complement, right before a noun phrase the subject patterns took for the subject
# ('The ambassador to' the UN said, 'the envoy to' Washington said; _Speakers._title_holding): a determiner or a
# possessive, up to three modifiers (capitalised ones included, 'The US ambassador', 'The Permanent Representative')
# and the title. The phrase after 'to' or 'on' is the title's complement, part of one description whose head is the
# title (Quirk et al. 1985, 17.38-17.39 on prepositional postmodifiers; 9.1: the object of a preposition is no subject)
_TITLE_COMPLEMENT_BEFORE = _rx(
    r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w\-]*[’']s)\s+"
    r"(?:(?!(?:of|at|in|from|for|on|with|to|by|the|a|an|and|or|said|says|who)\b)[A-Za-z][\w\-]*\s+){0,3}?"
    r"(?P<head>[A-Za-z][\w\-]*)\s+(?:to|on)\s+$")
# (a preposition before the description makes it an object too: 'a letter from the envoy to Washington')
_PREPOSITION_BEFORE = _rx(r"(?<![\w’'\-])(?:of|at|in|from|for|on|with|to|by|about|against|after|before|"
                          r"under|between|among|through|via|like|than)\s+$", re.I)


def _persons_head(head: str) -> bool:
    """May ``head`` (the head of an unnamed source's description, :data:`_SOURCE_FORMULA_BEFORE`) name a person or
    persons: 'person', 'people', 'source', 'aide', an office or an agent noun, or their plural?"""
    low = head.lower()
    return (low in ("person", "people") or low in _SOURCE_NOUNS or low in _DESCRIBED_HEADS or low in _ROLE_WORDS
            or _agent_noun(low) or _persons_plural(low))


_WORD_START = _rx(r"(?<![\w’'\-])\w")  # where a word begins
# the lower-case words an organisation's name in Title Case holds ('the Ministry of Health', 'the Court of Justice of
# the European Union'; 'the' from round 10)
_NAME_FUNCTION_WORDS = frozenset(("of", "for", "and", "on", "&", "the"))
# the role words that are also given names ('Dean'): only before these can the word before a run change its head
_ROLE_GIVEN = _ROLE_WORDS & _GIVEN_NAMES


# round 16: the public bodies a state or city owns, named after the place's name in the possessive ('Ontario's Ministry
# of Mines', _owner_split); a company's unit ('Acme's Research Department') keeps its owner: 'department' alone is no
# such word
_PUBLIC_BODIES = frozenset("ministry commission inspectorate police authority".split())


# round 17: the kinds that name a business, and the heads of the names of public bodies, courts and assemblies, which
# no business is: 'the company' is not 'Norway’s Data Protection Authority' named before it, 'the agency' no district
# court, and neither is a country or region (the kind noun names a class its antecedent belongs to)
_BUSINESS_KINDS = frozenset("company firm corporation conglomerate giant vendor supplier startup start-up operator "
                            "carrier airline manufacturer maker retailer bank insurer lender developer platform chain "
                            "publisher café cafe restaurant shop store hotel fund".split())
# round 30: the kind nouns that name only a business, never a person ('the operator', 'the developer', 'the vendor' may
# be a person's job): after one of them a name of several words with no person's marks is the business referred to
_COMPANY_KINDS = frozenset("company firm corporation conglomerate startup start-up airline retailer bank insurer lender "
                           "chain publisher manufacturer fund".split())
_PUBLIC_BODY_WORDS = ("ministry commission inspectorate police authority court tribunal council parliament assembly senate "
                      "congress government department agency office regulator watchdog ")
_NOT_BUSINESS_HEADS = frozenset((_PUBLIC_BODY_WORDS +
                                # round 26: the heads of the names of research, teaching and civic bodies ('the company'
                                # was given to 'Sendai Institute of Science', to 'Colorado Apartment Owners Alliance')
                                "institute university college academy alliance association federation coalition union "
                                "society foundation committee party church museum "
                                # round 33: the heads of newspapers' names, which news names as the outlet that reports
                                # ('told the Linwood Daily Journal'), of workers' unions named by their members
                                # ('United Freight and Warehouse Workers') and of campaigns ('Georgia Ratepayers
                                # Project'): 'the company' was given to each
                                "journal herald gazette tribune chronicle times workers project "
                                # round 34: a public administration ('the company' was given to the 'Food and Drug
                                # Administration'), and the same heads in French, Spanish, Italian and Portuguese names
                                # (the 'Fédération des Vignerons Champenois' had been 'the company')
                                "administration fédération federación federazione federação association asociación "
                                "associazione associação ministère ministerio ministero ministério conseil consejo "
                                "consiglio conselho syndicat sindicato sindacato comité comisión commissione comissão "
                                "instituto istituto institut universidad università université universidade partido "
                                "partito parti consorzio "
                                # round 35: a statutory board ('the company' was given to the 'Securities and Exchange
                                # Board of India' once its short form 'Sebi' was linked to it); a business's board is
                                # its organ, never its name
                                "board").split())
# round 27: the heads of the names of public bodies, the authors of a ruling, an order or a decree (_AUTHORITY_DOC)
_PUBLIC_BODY_HEADS = frozenset((_PUBLIC_BODY_WORDS + "directorate board bureau").split())
_NOT_AGENCY_HEADS = frozenset("court tribunal parliament assembly senate congress party".split())
# round 39: the kind nouns of sport. A club or team ('the club said', 'the team said in a statement') is neither the
# competition it plays in nor a body that governs it, which sports copy names in the same paragraphs ('led the side to
# its only Scottish Junior Cup semi-final ... the club said' had given 'Scottish Junior Cup'; 'the Premier League', 'the
# First Division' likewise); a league, series or tour ('The league said' after 'The NFL suspended ...', 'the series said'
# after 'the American Open Wheel Series') is a body whose name ends in its kind or a short form in capitals (NFL, NBA),
# never a club
_TEAM_KINDS = frozenset("club team franchise".split())
# the words of clubs' names in English-language sports copy, last ('Stanway Town', 'Mwanza City FC') or first ('Sporting
# Valmira', 'Real Navarra Sport'), which name no person (_Speakers._team_in_text)
_CLUB_WORDS = frozenset("FC AFC CF United City Town County Athletic Athletico Albion Celtic Rangers Rovers Wanderers "
                        "Racing Sporting Real Olympique Dynamo Hotspur Harriers Villa".split())
_TEAM_RUN = _rx(r"(?<![\w’'\-])[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){1,4}(?![\w’'\-])")
_COMPETITION_KINDS = frozenset("league series tour".split())
_COMPETITION_HEADS = frozenset("league liga division cup championship championships series tour trophy open prix games "
                               "olympics conference federation association committee board council commission "
                               "ministry court tribunal police government union".split())


def _players_plural(word: str) -> bool:
    """Is ``word`` a plural that may name a team's players ('Loggers', 'Marshals', 'Rovers'), no singular in -ss, -us or
    -is and no possessive (_Speakers._team_name, _Speakers._team_in_text)?"""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s"))


_BASED = _rx(r"[A-Z][\w’'.\-]*-based")
# the adjectives of nationality sports and wire copy write before a person's name ('American Casey Ruddock'), listed:
# a pattern by ending also matches given names ('Abdirahman', 'Brian', 'Jordan')
# the portfolio of a minister or secretary written before the office ('Interior Minister', 'Foreign Secretary',
# 'Defence Minister'): the field of the office, no organisation's name (see _run_head)
_OFFICE_PORTFOLIOS = frozenset("""Foreign Interior Home Finance Defence Defense Justice Trade Health Education Economy
Economic Agriculture Transport Energy Labour Labor Culture Environment Industry Commerce""".split())
_NATIONALITY_ADJECTIVES = frozenset("""
American British Canadian Australian French German Italian Spanish Irish Scottish Welsh English Dutch Belgian Swiss
Austrian Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak Slovenian Hungarian Romanian Bulgarian Greek
Turkish Russian Ukrainian Belarusian Estonian Latvian Lithuanian Serbian Croatian Bosnian Portuguese Chinese Japanese
Korean Taiwanese Indian Pakistani Bangladeshi Nepali Afghan Iranian Iraqi Syrian Lebanese Jordanian Israeli
Palestinian Saudi Emirati Qatari Kuwaiti Egyptian Moroccan Algerian Tunisian Libyan Sudanese Ethiopian Somali Kenyan
Ugandan Tanzanian Rwandan Nigerian Ghanaian Senegalese Cameroonian Zimbabwean Zambian Brazilian Argentine Argentinian
Mexican Colombian Chilean Peruvian Venezuelan Cuban Jamaican Indonesian Malaysian Singaporean Filipino Thai
Vietnamese""".split())


def _leading_modifiers(words: list[str]) -> int:
    """How many words at the start of a written speaker are modifiers before a name, no part of it (round 17): a
    place with '-based' ('Brussels-based Clean Air Alliance', 'California-based SonicGrid'; round 31: after a place of
    more than one word, 'Gold Coast-based Pelican Grove Developments'), and a nationality
    (:data:`_NATIONALITY_ADJECTIVES`) before a person's name of two words, or opening with a known given name, that
    holds no organisation word ('American Casey Ruddock'; not 'American Civil Liberties Union' or 'the Moroccan
    Sovereign Hassan II'). A close apposition of that kind (Quirk et al. 1985, 17.65) premodifies the name the way
    an office does; the speaker column had held 'Brussels-based Clean Air Alliance' beside 'Clean Air Alliance'."""
    k = 0
    for j in range(min(3, len(words) - 1)):
        # (round 31: a place of more than one word before '-based', 'Gold Coast-based Pelican Grove Developments')
        if _BASED.fullmatch(words[j]) and all(w[:1].isupper() for w in words[:j]):
            k = j + 1
    rest = words[k + 1:]
    # (round 38: or a nationality or party as a noun before a known given name, 'Swede Jonas Lindqvist', 'Dane Mikkel
    # Holm', 'Republican Richard Nixon' (:func:`_demonym`; not the pattern's words in -ian, which names end in too,
    # 'Meridian', 'Caspian')
    if (k < len(words) - 2 and (words[k] in _NATIONALITY_ADJECTIVES
                                or (_demonym(words[k]) and not words[k].endswith("ian") and rest[0].lower() in _GIVEN_NAMES))
            and all(w[:1].isupper() for w in rest)
            and (len(rest) == 2 or rest[0].lower() in _GIVEN_NAMES)  # (not 'the Moroccan Sovereign Hassan II')
            and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in rest) and not _place_name(rest)):
        k += 1
    return k


def _head_of_name(words) -> str | None:
    """The head noun of an organisation's name with an of- or for-phrase, in lower case: the word before its first
    'of' or 'for' ('Center' of 'Arab Center for Water & Environment Studies'; round 17: 'the center said' had found no
    antecedent; 'of' alone since round 15); None for a name without one. A body named for its remit is named by the
    noun before the remit."""
    k = next((i for i, w in enumerate(words) if i >= 1 and w in ("of", "for")), 0)
    return words[k - 1].lower() if k else None


# words no such name holds: a day, a month, the capitalised preposition or adverb of a fronted adverbial ('On Friday,
# the band said', 'Meanwhile, the company')
_NOT_KIND_APPOS_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                                  "May June July August September October November December Today Yesterday Meanwhile "
                                  "However Instead Later Earlier Separately Still Then Now Afterwards Overall On In At By "
                                  "For From After Before During Since Until With Without Under Over Across Through And "
                                  "But So Last This Next".split())
_KIND_APPOS_NAME = r"(?:The[ \t]+)?[A-Z][\w\-&+.’']*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w\-&+.’']*){0,4}"


# round 27: the nouns of trade a close apposition gives a business before its name ('Staffordshire processor Tamworth
# Dairies', 'Danish drugmaker Halvorsen Pharma', 'Mombasa-based Pwani Grain Millers'): what the name is, so a later 'the
# company' or 'the firm' refers back to it (Quirk et al. 1985, 17.65, 17.77; Hawkins 1978), where the name table took
# such a name for a person's (its words are no organisation words); read for the business kinds only
_TRADE_NOUNS = ("processor|buyer|drugmaker|carmaker|automaker|chipmaker|steelmaker|miner|producer|exporter|importer|"
                "distributor|builder|housebuilder|homebuilder|grocer|supermarket|refiner|wholesaler|brewer|distiller|"
                "shipper|shipbuilder|contractor|developer|operator|manufacturer|maker|retailer|insurer|lender|bank|"
                "airline|carrier|chain|firm|company|group|supplier|vendor|startup|start-up|provider|promoter|"
                "conglomerate|giant|publisher|broadcaster|consultancy|utility")
_TRADE_APPOS = _rx(rf"(?<![\w’'\-])(?:(?:{_TRADE_NOUNS})|[A-Z][\w\-]*-based)[ \t]+(?P<n1>{_KIND_APPOS_NAME})(?![\w’'])")


# the designators of a company's name written with their full stop ('Borealis Energy Inc.'), kept where a name is cut
# at a full stop (_Speakers._introduced_in_trade)
_DOTTED_DESIGNATORS = _ORG_SUFFIXES | {"Inc", "Ltd", "Co", "Corp", "Bhd", "Pty"}


def _appos_name(m: re.Match) -> str:
    """The name of a match of :data:`_TRADE_APPOS` or :func:`_appos_kind_rx` (group 'n1', else 'n2', else 'n3')."""
    return m.group("n1") or m.groupdict().get("n2") or m.groupdict().get("n3") or ""


@lru_cache(maxsize=64)
def _appos_kind_rx(kind: str) -> re.Pattern:
    """A name with ``kind`` as its apposition (:meth:`_Speakers._introduced_as`): 'band The Velvet Hours' (a close
    apposition, the kind in lower case right before the name, on one line), 'The Velvet Marrows, the Manchester
    indie band' or 'the union, Ashgrove Workers United,'."""
    k = re.escape(kind)
    return re.compile(rf"(?<![\w’'\-]){k}[ \t]+(?P<n1>{_KIND_APPOS_NAME})(?![\w’'])"
                      rf"|(?<![\w’'\-])(?P<n2>{_KIND_APPOS_NAME}),\s+(?:the|a|an)\s+"
                      rf"(?:[\w\-’']+\s+){{0,4}}?{k}(?![\w’'\-])"
                      # round 35: the kind first with its article and the name after its comma ('according to the
                      # union, Ashgrove Workers United.'): the same apposition, its parts the other way round; not after
                      # 'for' or 'of', where the name is the apposition of the noun before ('counsel for the club,
                      # Fergal Dunne SC,')
                      rf"|(?<![\w’'\-])(?<!for )(?<!of )[Tt]he\s+{k},[ \t]+(?P<n3>{_KIND_APPOS_NAME})(?=[,.;:])")


# the lower-case words a long form may hold between its capitalised ones ('Office of the Special Prosecutor',
# "Compagnie Ferroviaire de l'Ouest"; _Speakers._defined_acronym)
_LONG_FORM_PARTICLES = frozenset("of the for and on & de du des la le del della di da van von y".split())


_CENTRAL_BANK = _rx(r"\b(?:Central|Reserve|National)\s+Bank\b")


def _kind_fits(kind: str):
    """A test of whether an entity may be what a kind noun ('the company', 'the agency') refers to: no place, and for
    a business no public body (:data:`_NOT_BUSINESS_HEADS` among its words), for 'agency' no court or assembly."""
    bar = (_NOT_BUSINESS_HEADS if kind in _BUSINESS_KINDS else _NOT_AGENCY_HEADS if kind == "agency"
           else _COMPETITION_HEADS if kind in _TEAM_KINDS else frozenset())

    def fits(ent: _Entity) -> bool:
        if _place_name(ent.words):
            return False
        initials = len(ent.words) == 1 and 2 <= len(ent.name) <= 5 and ent.name.isupper()
        if kind in _COMPETITION_KINDS:  # (round 39: a league is named as one, or by its initials; a club by neither,
            last = ent.words[-1].rstrip(".,’'").lower()  # which sports copy writes in full: no 'MRI', 'AFP')
            return last in (kind, "liga") or initials
        if kind in _TEAM_KINDS and initials:
            return False
        if bar is _NOT_BUSINESS_HEADS and kind != "bank" and _CENTRAL_BANK.search(ent.name) is not None:
            return False  # (round 33: a central bank is a public body, 'the company' no 'Reserve Bank of India')
        return not bar or bar.isdisjoint(w.rstrip(".,’'").lower() for w in ent.words)
    return fits


def _public_body(words: list[str]) -> bool:
    """Do ``words`` name a public body: two words or more, capitalised but for function words, one of them a
    ministry, a commission, an inspectorate or a police force (:data:`_PUBLIC_BODIES`), or 'Department of ...'?"""
    if len(words) < 2 or not all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS for w in words):
        return False
    low = [w.rstrip(".,").lower() for w in words]
    return not _PUBLIC_BODIES.isdisjoint(low) or (low[0] == "department" and low[1] == "of")


# the subject of a reported clause, a name right after a verb of saying with a word before the verb (its subject:
# not the inverted cue after a quotation, '“...,” said Dr. Amara Okafor'; _Speakers._recent)
_REPORTED_SUBJECT_BEFORE = _rx(r"[\w.]\s+(?:said|says|added|argued|claimed|insisted|warned|noted|told\s+\w+)"
                                      r"\s+(?:that\s+)?$"
                                      # round 22: and the clause a participle of saying reports ('Westbrook also
                                      # defended the record, noting that Ontario had added ...'): its subject is
                                      # the reporting clause's, whose own subject ranks higher (as above)
                                      r"|(?:,|\sand|\sbut)\s+(?:noting|saying|adding|arguing|warning|insisting|"
                                      r"claiming|stressing|explaining|pointing\s+out)\s+(?:that\s+)?$")
# the name a description in apposition follows ('Jordan Whitfield, a former official ...'), up to its comma, unless a
# preposition comes before the name ('in Fort Stockton, a mother of three said'; _Speakers._described_person)
_PREP_BEFORE_NAME = _rx(r"(?<![\w’'])(?:in|at|of|from|near|outside|inside|to|for|on)\s+$", re.I)
_APPOS_AFTER_NAME = _rx(r"[A-Z][\w.’'\- ]{0,40},\s+")
_LINE_BREAK = _rx(r"\n")


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """``lo`` and the starts of the sentences (after :data:`_SENT_BOUNDARY`) and of the lines in ``text[lo:hi]``,
    in order."""
    return sorted({lo, *(m.end() for m in _SENT_BOUNDARY.finditer(text, lo, hi)),
                   *(m.end() for m in _LINE_BREAK.finditer(text, lo, hi))})


# round 28: a US politician's party and home town after the name ('Rep. Dana Whitcomb, D-Lake Harriet,'), and the name
# right before it
_PARTY_TAG_WRITTEN = _rx(r"[RDI]-[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}")
_POSTNOMINAL_ALONE = _rx(r"M\.\s?D\.|Ph\.\s?D\.|MD|PhD|Esq\.?|D\.O\.|R\.N\.|KC|QC|SC|MP|MBE|OBE|CBE")
_NAME_BEFORE_TAG = _rx(r"(?P<name>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,4}),\s+$")
# round 28: the opening of a spokesperson's for-phrase up to a name inside it: optional lower-case premodifiers of the
# object ('ticketing firm'), then capitalised words, genitives, commas and the function words of names
# (_Speakers._spokesperson_holding)
_SPOKES_FOR_HOLDING = _rx(
    r"(?<![\w’'])[Aa]n?\s+(?:[\w\-]+\s+){0,2}?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:(?:[A-Z][\w\-.&]*(?:[’']s)?|of|for|and|the|&|on)(?:,?\s+))*$")
# stop 70 (organisations): an indefinite article and a capitalised name, with the commas and the lower-case 'of', 'for',
# 'and', 'the' of a name with internal structure (Quirk et al. 1985, 17.58-17.64), right before the speaker as written,
# and a spokesperson noun right after it: 'A Department for Culture, Media and Sport spokesperson said' (the name
# premodifies the noun; _Speakers._spokesperson_premodified)
_SPOKES_PREMOD_OPENING = _rx(r"(?<![\w’'])[Aa]n?\s+(?:(?:[A-Z][\w\-.&]*|of|for|and|the|&|on)(?:,?\s+))*$")
_SPOKES_NOUN_AFTER = _rx(r"\s+spokes(?:man|woman|person)(?![\w’'\-])")
# stop 70 (organisations): a role's organisation whose name holds commas before its 'and' ('spokesperson for Department
# for Culture, Media and Sport'), read whole (_quote_cues._ORG_AND), not cut at the comma that sets off a company
_ROLE_ORG_AND = _rx(rf"\b(?:of|at|for|with)\s+(?:the\s+)?(?P<org>{_ORG_AND})$")
# stop 70 (organisations): an indefinite spokesperson noun alone, with no for-phrase and no modifier ('A spokeswoman said')
_BARE_SPOKESPERSON = _rx(r"(?P<det>[Aa]n?)\s+(?P<noun>spokes(?:man|woman|person))")
# stop 70 (2): a spokesperson noun after a genitive, "Blacktown City Council's spokesman", "the council's spokesman"
# (_Speakers._spokesperson_of_body)
_GENITIVE_SPOKES = _rx(r"(?P<the>[Tt]he\s+)?(?P<org>[\w&.\-]+(?:\s+[\w&.\-]+){0,7}?)[’']s\s+"
                       r"(?P<noun>spokes(?:man|woman|person))")
# stop 70 (2): the of-phrase of a name headed by a capitalised plural noun, 'Friends of the Earth said': 'of the' and a
# capitalised word (a name with the article, no person's), the speaker as written (_Speakers._resolve)
_PLURAL_OF_THE_NAME = _rx(r"(?P<head>[A-Z][a-z]+s)\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}")
# a verb of saying between a clause's subject and a later name: the name is in the clause it reports (round 28)
_REPORTING_BETWEEN = _rx(r"\b(?:said|says|told|tells|added|argued|warned|insisted|claimed|accused|urged|"
                                r"described|stressed|explained|noted|confirmed|acknowledged|admitted)\b")


def _sentence_start(text: str, where: int) -> int:
    """The start of the sentence that holds ``where`` (the last of :func:`_boundaries` in the 600 characters before
    it)."""
    return _boundaries(text, max(0, where - 600), where)[-1]


_DATELINE = _rx(rf"\s*{DATELINE}")  # 'COX'S BAZAR, Bangladesh — ' (round 16)
# a word and whether a lower-case word or a comma stands right before it (_Speakers._capitalised_elsewhere)
_CASED_WORD = _rx(r"(?P<mid>(?<=[a-z,;])[ \t]+)?(?<![\w’'\-])(?P<w>[^\W\d_][\w]*)(?![\w\-])")
# the subject at a sentence's head (_Speakers._business_subject): an optional fronted adverbial closed by a comma ('On
# Tuesday, '), an optional article, capitalised words (with '&' and 'of' inside), then a lower-case word, its verb
_BUSINESS_SUBJECT = _rx(r"\s*(?P<front>(?:[A-Z][\w’']*)(?:\s+[\w’']+){0,4},\s+)?(?:The\s+)?"
                        r"(?P<name>[A-Z][\w&’']*(?:-[A-Z\d][\w&’']*)*(?:\s+(?:&|of)?\s*[A-Z][\w&’']*(?:-[A-Z\d][\w&’']*)*){0,4})"
                        r"\s+(?P<verb>[a-z][a-z’'\-]+)\b")  # (no 'Mombasa-based': a premodifier, not a name)
# round 34: where a name is no body's (_Speakers._no_body): a currency's code before its number ('CZK 48 million'), a
# locative preposition or a city's comma before a place ('in Lisbon', 'based in Austin, Texas'), a sentence's opening
_UNIT_AFTER = _rx(r"[ \t]?\d")
# (round 36: with a compass or regional adjective or a coordinated place between, 'in northern Italy', 'in England and
# Wales')
_LOCATIVE_BEFORE = _rx(r"(?:(?<![\w’'])(?:in|near|outside|across|around|from|throughout)\s+"
                              r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural|[A-Z][a-z]+\s+and)\s+)?"
                              r"|[A-Z][a-z]+,\s+)$")
_SENTENCE_OPENS = _rx(r"(?:^|[.!?]\s+|\n)$")
# a company's stock exchange and ticker in brackets after its name, as press releases and business news write them
# ('Northgate Security Inc. (NASDAQ: NGS)', '(NYSE: SNTL)', '(TSX-V: ABC)'): the ticker is the listing of the company
# named before it, no body of its own, so 'the company said' is never the ticker (_Speakers._no_body); the brackets
# are also no word of the subject's phrase (_quote_cues._NAME_TAG)
_TICKER_TAG = _rx(r"\([A-Z][A-Za-z]{1,9}(?:[ \-][A-Z][A-Za-z]{0,9})?:[ \t]?[A-Z0-9][A-Z0-9.]{0,9}[);,]")
# round 34: an article and one or two adjectives in lower case before a person's name ('a beaming Whitfield')
# (adjectives by their endings, 'beaming', 'delighted', 'tearful', 'jubilant', 'emotional', 'happy'; no noun such as
# 'spokeswoman' or 'source' and no preposition: 'A spokeswoman for Mayor Teresa Galloway' is the spokeswoman; a noun in
# -y before a name, 'the way MacArthur said it', 'the story Burton told', opens a relative clause whose subject the
# name is, and that name is the speaker again)
_DEPICTED_NAME = _rx(r"(?:[Aa]n?|[Tt]he)\s+(?P<adj>(?:[a-z]+(?:ing|ed|ful|ous|ic|ive|al|ant|ent|y|less|ish)\s+){1,2})"
                            r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})")
# round 34: the inside of a non-restrictive relative clause on a person, up to a name in it ('..., who represents Mr ')
_IN_RELATIVE = _rx(r"[\w.’'],\s+who\s+[^,.;:!?“”\"\n]{1,60}$")
_NAME_THEN_COMMA = _rx(r"[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){0,4},")
# a sentence opening with a definite description (no name), 'The regulator said ...' (_Speakers._subject_org_before)
_SUBJ_DESCRIPTION = _rx(r"\s*(?:[A-Z][\w ,]{0,40},\s+)?[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+(?:[a-z]+\s+)?"
                               r"(?:said|says|has|had|is|was|added|told|noted|warned|found|fined|imposed)\b")


def _two_names_run_together(text: str, name: list[str], pairs: _AndPairs | None = None) -> bool:
    """Are the two words of a run without a person's marks two names written side by side ('Plato and
    Aristotle Plato and Aristotle agree': a heading run into its paragraph gives the run 'Aristotle Plato')?

    Reasoning: words coordinated by *and* name different referents (Quirk et al. 1985, 13.2: coordination
    joins units of equal status; 'Plato and Aristotle' are two people), so when the document writes the two
    words joined by *and*, in either order, the run that writes them side by side is two names, and joining
    them would make one the fuller name of the other (the 'Arnold Palmer' rule of
    :meth:`_Speakers._add_later`, which stays where the words are never coordinated).

    ``pairs``: the document's :class:`_AndPairs`, which reads the text once where it is asked about many pairs."""
    if len(name) != 2:
        return False
    a, b = name
    if pairs is not None and pairs.text is text:
        found = pairs.written(a, b)
        if found is not None:
            return found
    return f"{a} and {b}" in text or f"{b} and {a}" in text


_PAIRS_SEARCHED = 8  # (pairs of words _two_names_run_together searches a document for before it reads it once)
_AND_THEN = _rx(r" and(?= (\S*))")  # each ' and ' (one that overlaps the one before too) and the run after it
_DNA_THEN = _rx(r" dna(?= (\S*))")  # the same in the text read backwards: the run before each ' and '
_SPACE = _rx(r"\s")


class _AndPairs:
    """The runs of characters other than spaces written right before and right after each ' and ' of a text, read
    once after the first few pairs of words (:func:`_two_names_run_together`: two searches of the whole
    text for each pair of words a document asked about)."""

    def __init__(self, text: str) -> None:
        self.text, self.asked, self._after, self._ends = text, 0, None, None

    def written(self, a: str, b: str) -> bool | None:
        """Does the text write '``a`` and ``b``' or '``b`` and ``a``'? None while the text is still searched instead
        (the first pairs asked, and words that are empty or hold a space, which the runs cannot answer for).

        The answer is the search's: a word with no space in it written right before ' and ' is the end of the run
        of non-space characters that ends there (it cannot reach past the space before that run), and one written
        right after it the start of the run that starts there; so '``a`` and ``b``' is written exactly where a run
        before ' and ' ends with ``a`` and the run after it starts with ``b``, and every ' and ' is read (one
        overlapping another, ' and and ', too)."""
        self.asked += 1
        if self.asked <= _PAIRS_SEARCHED or not a or not b or _SPACE.search(a) or _SPACE.search(b):
            return None
        if self._after is None:
            text = self.text
            after = [m.group(1) for m in _AND_THEN.finditer(text)]
            before = [m.group(1)[::-1] for m in _DNA_THEN.finditer(text[::-1])][::-1]
            self._after = {}
            for t, h in zip(before, after, strict=True):
                self._after.setdefault(t, set()).add(h)
            self._ends = {}
            for t in self._after:
                for i in range(len(t)):
                    self._ends.setdefault(t[i:], []).append(t)
        return self._joined(a, b) or self._joined(b, a)

    def _joined(self, a: str, b: str) -> bool:
        return any(h.startswith(b) for t in self._ends.get(a, ()) for h in self._after[t])


@lru_cache(maxsize=1 << 14)
def _need_words(full: tuple[str, ...]) -> frozenset[str]:
    """The words of a name that :meth:`_Speakers._holding` requires a person to hold: all but initials."""
    return frozenset(w for w in full if not _is_initial(w))


def _whole_word_ends(text: str, word: str):
    r"""The ends of ``re.finditer(rf"(?<![\w’'])({re.escape(word)})(?![\w’'])", text)``'s matches, in order, found with
    ``str.find``: the pattern is the word as a literal with a character test on each side, so a match is an
    occurrence of the word whose neighbours are no word character (``str.isalnum`` or ``_``, what ``\w`` matches),
    ’ or '; finditer goes on after a match's end and one character on after a place that fails, as this does.
    (The regex engine tried the look-behind at every character of the text; tests/test_speakers_fast.py compares
    the two.) An empty word matches everywhere: the pattern's own answer."""
    if not word:
        yield from (m.end() for m in re.finditer(r"(?<![\w’'])()(?![\w’'])", text))
        return
    n, k = len(word), text.find(word)
    while k >= 0:
        e = k + n
        if ((k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "_’'"))
                and (e == len(text) or not (text[e].isalnum() or text[e] in "_’'"))):
            yield e
            k = text.find(word, e)
        else:
            k = text.find(word, k + 1)


# 'A spokesman for (the)' right before a name (_Speakers._coordinated_name)
_SPOKESPERSON_FOR_BEFORE = _rx(r"(?<![\w’'])[Aa]n?\s+(?:[\w\-]+\s+){0,2}?spokes(?:man|woman|person)\s+for\s+"
                                      r"(?:the\s+)?$")
# the capitalised words of a name (with 'of', 'for', 'on', 'the' and commas of a list inside) right before 'and' or '&'
# and the next part of the same name (_Speakers._coordinated_name)
_COORDINATED_BEFORE = _rx(r"(?<![\w’'\-])[A-Z][\w’'\-]*(?:,?\s+(?:[A-Z][\w’'\-]*|of|for|on|the))*,?\s+(?:and|&)\s+$")


# one to three capitalised words right before a name (_fuller_forms; the name's own space included)
_CAPITALISED_BEFORE = _rx(r"(?<![\w’'\-.])((?:[A-Z][\w’'\-]*\.?[ ]){1,3})$")
_OPENS = ("\n", ".", "!", "?", ":", "\u201c", '"')  # what a sentence opens after (_given_before)
# the words after which capitalised words before a surname are read as given names only where they are known ones
# (_given_before): a joining word or preposition, and a determiner
_JOINING_OR_PREPOSITION = frozenset("of for and & in at on from to by with near into across outside inside around between "
                                    "via".split())
# the particles that open a surname of two words and are given names too (round 29: 'Mondher Ben Salah')
_SURNAME_PARTICLES = frozenset("ben bin ibn abu al el van von de del della di da le la mac nic".split())
_KNOWN_ONLY_AFTER = _JOINING_OR_PREPOSITION | frozenset("the a an his her its their our my your this that".split())


# (the table's questions about one word or name asked of the whole text: the first few are searched for in the
# text, and a document that asks more is read once into an index that answers the rest)
_SEARCHES_BEFORE_INDEX = 2
_WORD_RUN = _rx(r"[\w’'\-]+")  # a word with its apostrophes and hyphens (_in_lower_case)
_NAME_SEARCHES_BEFORE_INDEX = 48  # (short names _fuller_forms finds with str.find before it reads the text once)
_NAME_RUN = _rx(r"(?:[^\W_]|[’'\-])+")  # letters, digits, apostrophes and hyphens (_name_places)
_INDEXED_LENGTH = 40  # (the longest short form looked up in _definition_index; longer ones are searched for)
_BRACKET_CONTENT = _rx(r"\(([^()]*)\)")  # a bracket that holds no bracket (_definition_index)
_APPOSITIVE_OR = _rx(r",\s+or\s+([\w’'\-]+)")  # ', or BCRQ' (_definition_index)
_AFTER_OR = _rx(r"or (?=([\w’'\-]+))")  # the word after each 'or ', one inside another too (_definition_index)


def _find_all(text: str, name: str):
    """The places of ``name`` in ``text`` from the start, each found after the end of the one before (str.find)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + len(name))


def _name_places(text: str, names: list[str]) -> dict[str, list[int]]:
    """The places of each of ``names`` (each a space and one or two words) that :meth:`_Speakers._fuller_forms` reads,
    as :func:`_find_all` gives them, from one pass over ``text`` (a long document asks about thousands of
    names).

    A name is written where a space is followed by a run of letters, digits, apostrophes and hyphens that is its
    first word's run (the run the first word opens with, when it holds other characters; the whole word, which a space
    ends in a name of two words): the places of the spaces before each such run the names open with are read once,
    and each name's places are those of its run where the text goes on with the name, taken in order after the end of
    the one before, as str.find takes them. A name of one word made of those characters is also written where the run
    goes on past it ('Smiths' for 'Smith'); those places are left out, and they are the ones :meth:`_fuller_forms`
    skips (a letter, digit, apostrophe or hyphen after the name), while a one-word name's places cannot overlap, so
    no other place is lost. A name that opens with another character is found with str.find."""
    runs = {}
    for name in names:
        m = _NAME_RUN.match(name, 1)
        if m is not None:
            runs[name] = m.group()
    needed = set(runs.values())
    spaces: dict[str, list[int]] = {}
    if needed:
        firsts = "".join(sorted({re.escape(r[0]) for r in needed}))
        for m in re.finditer(rf" ([{firsts}](?:[^\W_]|[’'\-])*)", text):
            if m.group(1) in needed:
                spaces.setdefault(m.group(1), []).append(m.start())
    out: dict[str, list[int]] = {}
    for name in names:
        if name not in runs:
            out[name] = list(_find_all(text, name))
            continue
        found, end = [], -1
        for i in spaces.get(runs[name], ()):
            if i >= end and text.startswith(name, i):
                found.append(i)
                end = i + len(name)
        out[name] = found
    return out


class _WordPlaces:
    """The starts of the runs of word characters, apostrophes and hyphens in a text that open with A-Z and are the
    leading run of one of some words (:func:`_only_before`), read from the text once, after the first few questions."""

    def __init__(self, text: str, words: set[str]) -> None:
        self.text, self.asked, self._at = text, 0, None
        self._runs = {m.group() for w in words if (m := _WORD_RUN.match(w)) is not None}

    def of(self, w: str) -> list[int] | None:
        """The places of the leading run of ``w`` (a word given to the constructor), or None while the text is still
        searched instead (the first few words asked, each read with two searches of the text)."""
        self.asked += 1
        if self._at is None:
            if self.asked <= _SEARCHES_BEFORE_INDEX:
                return None
            self._at = {}
            if self._runs:
                firsts = "".join(sorted({re.escape(r[0]) for r in self._runs if "A" <= r[0] <= "Z"}))
                for m in re.finditer(rf"[{firsts}][\w’'\-]*", self.text) if firsts else ():
                    p = m.start()
                    if m.group() in self._runs and (p == 0 or not _WORD_RUN.match(self.text, p - 1)):
                        self._at.setdefault(m.group(), []).append(p)
        run = _WORD_RUN.match(w)
        return self._at.get(run.group(), []) if run is not None else None


def _only_before(text: str, w: str, nxt: str, places: _WordPlaces) -> bool:
    """Is the given name ``w`` written in ``text`` only before the name it precedes (``nxt``, an initial or a
    capitalised word between them): as many matches of the word alone as of the word before ``nxt``
    (:meth:`_Speakers._fuller_forms`)?

    The matches are counted where the text writes the word's leading run (:class:`_WordPlaces`) once a document
    has asked about a few words (the two patterns were searched for over the whole text for each word).
    The counts are the same for a word that opens with A-Z: both patterns start with the word after no word
    character, apostrophe or hyphen, so each match starts where a run starts that is the word's leading run (the run
    ends within the word or right after it, which both patterns require); the word alone cannot overlap itself, and
    the word before ``nxt`` is counted as ``re.findall`` counts it, each match after the end of the one before."""
    # (the word first, and the look-behind after it: the same matches, found by the engine's literal search, where a
    # look-behind in front had it try every character of the text)
    e = re.escape(w)
    alone = re.compile(rf"{e}(?<![\w’'\-]{e})(?![\w’'\-])")
    before = re.compile(rf"{e}(?<![\w’'\-]{e})\s+(?:[A-Z][\w’'\-]*\.?\s+)?{re.escape(nxt)}")
    starts = places.of(w) if "A" <= w[:1] <= "Z" else None
    if starts is None:
        return len(alone.findall(text)) == len(before.findall(text))
    n_alone = n_before = 0
    end = -1
    for p in starts:
        n_alone += alone.match(text, p) is not None
        if p >= end and (m := before.match(text, p)) is not None:
            n_before += 1
            end = m.end()
    return n_alone == n_before


def _word_set(text: str) -> set[str]:
    """The maximal runs of word characters, apostrophes and hyphens in ``text`` (:meth:`_Speakers._in_lower_case`)."""
    return set(_WORD_RUN.findall(text))



def _takes_up(introduced: str, anaphor: str) -> bool:
    """Does the document noun ``anaphor`` of a definite description take up the document ``introduced`` before:
    the same noun, or its head ('press release' -> 'release', 'written statement' -> 'statement')?"""
    return introduced == anaphor or introduced.rsplit(" ", 1)[-1] == anaphor


#: "the State party" and "the States parties", the terms of art of treaty law for a State bound by the treaty (Vienna
#: Convention on the Law of Treaties, art. 2(1)(g)), with which a treaty body's concluding observations name the State
#: under review: no political party, and no organisation named before (the committee of the masthead had been taken
#: for it, 'description resolved to an organisation named before'); the description stays as written
_TREATY_PARTIES = (["state", "party"], ["states", "parties"])


class _Speakers:
    """The people and organisations a document names, and the rules that turn a speaker as written into
    the canonical one. Built once per document where a speaker is resolved (:class:`_Deferred`); one pass over the text."""

    def __init__(self, text: str, quote_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self._coordinating: set[str] = set()  # (names whose coordinated fuller form is being read, _resolve)
        self._offices: dict[str, bool] = {}  # (_office_in_use's answers)
        self._lowered: dict[str, bool] = {}  # (_in_lower_case's answers)
        self._words: set[str] | None = None  # (_in_lower_case's index of the text's words, read once if needed)
        self._marks_asked = 0  # (short forms _definition_marks searched the text for)
        self._definitions: tuple | None = None  # (_definition_marks's index of the text, read once if needed)
        self.persons: dict[str, _Entity] = {}
        self.by_word: dict[str, list[_Entity]] = {}  # word of a person's name -> the persons
        self._by_length: dict[str, dict[int, list[_Entity]]] = {}  # the same, by the length of the name
        self.orgs: dict[str, _Entity] = {}
        self.mentions: list[tuple[int, _Entity]] = []  # (position, entity) outside quotations, in order
        self.doc_owners: list[tuple[int, str, str]] = []  # (position, document noun, owner)
        self.last_other: tuple[int, dict] | None = None  # the last speaker that is not a person
        self.last_person: tuple[int, _Entity] | None = None  # the last speaker that is a named person
        self._entry_starts: list[int] | None = None  # (_entry_floor's live-blog entries, read once if asked)
        self.suffix: dict[int, str] = {}  # run start -> 'Jr.' / 'Sr.' written after the name
        self.rep_orgs: set[str] = set()  # one-word names taken for organisations because they recur
        self._designations: dict[str, int] = {}  # how often 'the <demonym>' is written, per demonym asked
        qs = sorted(quote_spans)
        q_starts = [s for s, _ in qs]
        self._qs, self._q_starts = qs, q_starts

        self._together: dict[tuple[str, str], bool] = {}  # _two_names_run_together per pair of words
        self._and_pairs = _AndPairs(text)  # (its index of the text, read once if needed)
        self._full_first: dict[tuple[str, str, str], bool] = {}  # _named_in_full_first per name asked
        self._common_heads = _CommonHeads(text)  # _common_head per word asked (by _name_runs too)
        self._plurals: dict[str, bool] = {}  # _bare_plural per word asked
        self._places: dict[str, bool] = {}  # _place_only per word asked
        self._business: dict[str, bool] = {}  # _business_name per name asked
        self._not_bodies: dict[str, bool] = {}  # _no_body per name asked
        self._mentions_of: dict[int, list[int]] | None = None  # (_no_body's index of the mentions)
        if _TABLE_KERNEL is not None:
            _TABLE_KERNEL.read_runs(self, _name_runs(text, self._common_heads), qs, _read_runs_ctx())
        else:
            self._read_runs_py(_name_runs(text, self._common_heads))
        # 'Arnold' taken for an organisation by repetition before 'said Arnold' and 'Arnold Palmer' showed a
        # person: its earlier mentions are that person's
        pending: dict[int, list[_Entity]] = {}  # (the mentions rewritten once, after the loop: _org_is_person)
        for w in sorted(self.rep_orgs):
            org = self.orgs.get(w)
            fuller = [e for e in self.by_word.get(w, ()) if e.merged is None and e.kind == "person" and len(e.words) > 1]
            if org is not None and fuller:
                self._org_is_person(w, max(fuller, key=lambda e: (len(e.words), e.name)), pending)
        self._orgs_are_persons(pending)
        self._particle_case()
        self._opening_pseudo_titles()
        self._portfolio_ends()
        self._fuller_forms()
        self._nicknames()
        self._shared_surnames()
        self._surname_orgs()
        self._link_acronyms()
        self._link_heads()
        for rx in (_OWNER_BEFORE, _OWNER_AFTER, _OWNER_ADJ):
            if rx is _OWNER_BEFORE and not _owner_before_tail(text):
                continue
            for m in _owner_matches(rx, text):
                owner = " ".join(m.group("owner").split())
                ow = owner.split()
                while ow and ow[0] in _LEADING_ARTICLE:
                    ow = ow[1:]
                if not ow or owner.lower() in _PRONOUN_SPEAKERS:
                    continue
                owner = " ".join(ow)
                # (round 15: a surname of a person named in full is that person, 'a statement signed by Ogunleye'
                # after 'Chief Adebola Ogunleye'; it had become an organisation 'Ogunleye')
                ent = (self.orgs.get(owner) or self.persons.get(owner)
                       or (self._canonical_person(ow, None) if len(ow) == 1 else None) or self._org(owner))
                self.doc_owners.append((m.start(), re.sub(r"\s+", " ", m.group("doc").lower()), ent.name))
        self.doc_owners.sort()
        self._owner_pos = [p for p, _, _ in self.doc_owners]
        self.mentions = sorted([(p, e if e.merged is None else _final(e)) for p, e in self.mentions], key=itemgetter(0))
        self._mention_pos = [p for p, _ in self.mentions]
        # the persons are final from here on (resolving reads them): _canonical_person keeps its answers
        self._canon: dict[tuple, tuple] = {}

    def _read_runs_py(self, runs: list[tuple[int, int, int, bool, str]]) -> None:
        """The table's names from the runs of :func:`_name_runs`: each run's words cleaned (:func:`_clean_run`), its
        suffix kept, the one-word names counted; each run outside the quotations added (:meth:`_add_run`, a run
        holding 'and' or '&' split first), and the runs it does not take given to :meth:`_add_later` once all are
        read. The pure-Python path of the kernel's ``read_runs`` (``discourse/_kernel_quotes.c``), which runs these
        loops in C and calls the same functions and methods, skipping a call to :meth:`_add_run` or
        :meth:`_add_later` only where that method's first lines decide the run without reading the text further;
        tests/test_kernel_names.py compares the tables both build."""
        text, qs, q_starts = self.text, self._qs, self._q_starts
        counts: dict[str, int] = {}
        staged = []
        for s, run_end, e, sent_start, run in runs:  # the runs of _DROPPED_WORDS left out
            # (_bounded written out at the three calls made once per run: the same cache or not, no extra call)
            cleaned = (_clean_run if len(run) <= _CACHED_CHARS else _clean_run.__wrapped__)(run, sent_start)
            if cleaned is None:
                continue
            words, sent_start = cleaned  # (the words a tuple, read only)
            if e > run_end:  # William H. Draper, Jr.: the suffix belongs to the name
                self.suffix[s] = text[run_end:e].strip(" ,\t\n")
            staged.append((s, e, words, sent_start))
            if len(words) == 1 and not sent_start:
                counts[words[0]] = counts.get(words[0], 0) + 1
        later = []
        # _inside_quote(s) for runs in increasing order of s (finditer's): the quotation of greatest start <= s,
        # which bisect_right finds, is found by moving forward through the sorted starts (the same k)
        k, n_qs = -1, len(qs)
        for s, e, words, sent_start in staged:
            while k + 1 < n_qs and q_starts[k + 1] <= s:
                k += 1
            if k >= 0 and qs[k][0] < s < qs[k][1]:
                continue
            if "and" not in words and "&" not in words:  # nothing for _split_pair to split
                if not self._add_run(s, e, words, sent_start, counts):
                    later.append((s, words, sent_start))
                continue
            for ps, pe, part, p_start in self._split_pair(s, e, words, sent_start):
                if not self._add_run(ps, pe, part, p_start, counts):
                    later.append((ps, part, p_start))
        for s, words, sent_start in later:
            self._add_later(s, words, sent_start, counts)

    def _inside_quote(self, pos: int) -> bool:
        """Is ``pos`` strictly inside one of the document's quotations (a name there is quoted, not named)?"""
        k = bisect_right(self._q_starts, pos) - 1
        return k >= 0 and self._qs[k][0] < pos < self._qs[k][1]

    # -------------------------------------------------------------- the table
    def _org(self, name: str) -> _Entity:
        name = (_without_home if len(name) <= _CACHED_CHARS else _without_home.__wrapped__)(name)
        ent = self.orgs.get(name)
        if ent is None:
            ent = self.orgs[name] = _Entity("org", name.split(), None)
        return ent

    def _add_run(self, s: int, e: int, words: tuple[str, ...], sent_start: bool, counts: dict[str, int]) -> bool:
        """Add a name run to the table; False where it is left for :meth:`_add_later`.

        The kernel's ``read_runs`` (``run_shortcut`` and ``lone_name`` in ``discourse/_kernel_quotes.c``) decides
        a run itself, without calling this method, where the lines below decide it from the cached head, the
        table's dicts and the tests of a cue verb alone (no head; an organisation's name; no person; a one-word
        name no person holds, without a title, role or cue verb): a change to those lines is a change to that
        function too (tests/test_kernel_names.py builds every table both ways and compares them)."""
        text = self.text
        before = None
        prev = ""
        # _run_head reads the word before only through _given_name_after_role, as a lower-case role word or
        # not: any other word gives the answer "" gives, so it is passed as "" (the cache then hits). And
        # _given_name_after_role reads it only for an untitled run of two words whose first is a role word
        # that is also a given name ('partner Dean Guerin'): for every other run the word before is not looked
        # up at all (nor the characters before the run, read below only where the run can name a person)
        if len(words) == 2 and words[0].lower() in _ROLE_GIVEN:
            before = text[max(0, s - 40):s]
            prev = before.rsplit(None, 1)  # its last element is the last word of before.split()
            prev = prev[-1] if prev else ""
            if not (prev[:1].islower() and prev.rstrip(".,").lower() in _ROLE_WORDS):
                prev = "" if self._office_in_use(words[0]) else _GIVEN_ONLY
                # (round 25: 'Dean Holloway' in a text that never writes the office, '... the dean', 'Dean of ...':
                # the word is his given name there, read from the document as round 24 read common nouns)
        head = (_run_head if sum(map(len, words)) + len(prev) <= _CACHED_CHARS else _run_head.__wrapped__)(words, prev)
        if head is None:
            return False
        gender, titled, role_words, _, org_name, joined, person = head
        if org_name or (not titled and not role_words and text[e - 2:e] in ("’s", "'s")
                        and not (person is not None and person[3] and len(person[0]) >= 2)
                        # (stop 65: not a person's name by its marks, 'Joseph P. Lyford's paper': the author's)
                        and _DOC_AFTER.match(text, e) is not None):  # Acme's report
            self.mentions.append((s, self.orgs.get(joined) or self._org(joined)))
            return True
        if person is None:
            return False  # two names (Duisburg and Huawei) or an organisation, or nothing before 'of'
        # (the tests below are pure, each asked once at most: they are asked in an order that puts the values
        # the cache gave first, and the searches of the text only where those leave the answer open)
        name, org, key, marks = person
        after = text[e:e + 130]
        if before is None:
            before = text[max(0, s - 40):s]
        role_before = _role_before(before)  # 'industry analyst' Jane Roe
        relation = _relation_before(before)  # 'her husband,' Tomás (round 11)
        if not (titled or role_words or marks or role_before is not None) and (
                _kind_before(before) or (len(name) == 1 and name[0] in self.orgs and name[0] not in self.rep_orgs
                                         and name[0] not in self._by_length)) and _AGE_RE.match(after) is None:
            # 'camera maker Hikvision' ... 'Hikvision has denied': an organisation (round 11); not where an age follows
            # in apposition, a person's (round 31: 'street vendor Ethelyn Pinder, 67, who ...': 'vendor' names a
            # business's kind and a person's trade alike, and no organisation is given an age; AP Stylebook, 'ages')
            self.mentions.append((s, self.orgs.get(joined) or self._org(joined)))
            return True
        roles = None  # (comma_role, appos_role): looked for only where they are used (most runs return before)
        if len(name) == 1:
            # (_person_with of one word: none where no person holds it, _fullest_with's first step)
            ent = self._fullest_with(name[0], gender) if name[0] in self._by_length else None
            if ent is not None and _other_person(ent, gender, role_words):
                ent = self._new_person(key, list(name), gender)  # President Kennedy is not First Lady Jacqueline Kennedy
            if ent is None:
                # a person's marks: a title or role, a role word before, a cue verb after the name, or before it in an
                # inverted attribution ('said Stram.' / 'said Stram, who ...'; 'said Huawei was ahead' is not one)
                if not (titled or role_words or role_before is not None
                        or relation is not None or _NAMED_BEFORE.search(before) is not None
                        # 'Sabalenka, who had not dropped a set' (round 12; not 'Alexander the Great, who')
                        or (_WHO_AFTER.match(after) is not None and not before.endswith(("the ", "The ")))
                        or (_CUE_NEAR.match(after) is not None and not _prep_object(before))
                        or (_cue_before_name(before) and _INVERTED_END.match(after) is not None)
                        # round 31: an age in apposition, 'Marisol, 34, who asked that her surname not be used,', as
                        # for a name of several words (no organisation is given an age; AP Stylebook, 'ages'); not a
                        # word in apposition to a name right before it ('Darnell Somerville, Negro, 1,', _NAME_COMMA_END)
                        or (_AGE_RE.match(after) is not None and _NAME_COMMA_END.search(before) is None)):
                    if counts.get(name[0], 0) >= 3 and not sent_start and name[0] not in self.persons:
                        self.mentions.append((s, self._org(name[0])))  # a name used again and again: Huawei
                        self.rep_orgs.add(name[0])
                        return True
                    return False
                if _epithet_run(text, s, before, name[0]):
                    return True  # 'the Spaniard said': an epithet for someone named before, no name (round 11)
                ent = self._new_person(key, list(name), gender)
        else:
            ent = self._person_with(name[-1], gender, full=name)
            if ent is None and not (titled or role_words or marks) and _epithet_run(text, s, before, name[-1]):
                return True  # 'The West Texan reported': an epithet, no name (round 11)
            if ent is None and not (titled or role_words or marks or role_before is not None):
                if _WHICH_AFTER.match(after) is not None:
                    # 'Ridgeline Capital Management, which owns ...': 'which' is said of no person. Round 22: the
                    # name is an organisation's, for the relative pronoun of a non-personal antecedent is 'which'
                    # (Quirk et al. 1985, 17.10), so that 'Pohjolan Ydinvoima, which runs the plant, said ... the
                    # company said' finds it (_org_by_kind)
                    self.mentions.append((s, self.orgs.get(joined) or self._org(joined)))
                    return True
                comma_role, appos_role = roles = _run_roles(text, s, after)
                if not (comma_role is not None or appos_role is not None
                        or (_CUE_NEAR.match(after) is not None and not _prep_object(before))
                        or (_cue_before_name(before) and _INVERTED_END.match(after) is not None)
                        or _AGE_RE.match(after) is not None or _INTRO_AFTER.match(after) is not None
                        or relation is not None or _role_appos_before(before)
                        or _copula_role(after) or _affiliation(after)
                        or (before.endswith(", ") and _APPOS_CUE_AFTER.match(after) is not None)):
                    return False
            if ent is None or len(name) > len(ent.words):
                new = self._new_person(key, list(name), gender)
                olds = [ent] if ent is not None else [
                    # 'President Eisenhower' ... 'Dwight Eisenhower': the surname used alone before is this
                    # person when the fuller name has marks of its own (a given name), as in _add_later
                    e for e in self.by_word.get(name[-1], ()) if e.merged is None and len(e.words) == 1
                    and e is not new and (gender is None or e.gender in (None, gender))
                    and not _other_office(e, role_words)]
                for old in olds:
                    if old is not new:
                        self._merge(old, new)
                ent = new
        if s in self.suffix and ent.kind == "person" and not ent.name.endswith(self.suffix[s]):
            ent.name = f"{ent.name}, {self.suffix[s].rstrip('.')}."
            self.persons[ent.name] = ent
        if gender and ent.gender is None:
            ent.gender = gender
        if ent.gender is None and before.endswith(", ") and relation is not None:
            ent.gender = _RELATION_GENDER[relation.group("rel")]  # her husband, Tomás (round 11)
        if ent.gender is None and ent.words[0].lower() in _FEMALE_NAMES:
            ent.gender = "f"
        elif ent.gender is None and ent.words[0].lower() in _MALE_NAMES:
            ent.gender = "m"
        if ent.rank is None and titled:
            ent.rank = _TITLE_RANKS.get(words[0].rstrip(".").lower())
        if ent.role is None and role_words:
            ent.role = " ".join(role_words)
        if ent.role is None and role_before is not None:
            ent.role = role_before  # industry analyst Jane Roe
            if ent.org is None and org is None:
                ent.org = _org_before_role(before, role_before)  # Arsenal manager Mikel Arteta (round 11)
        if ent.role is None and roles is None:
            roles = _run_roles(text, s, after)
        comma_role, appos_role = roles if roles is not None else (None, None)
        if ent.role is None and comma_role is not None:  # Acme Solutions’ CTO, Paul Steinberg, told ...
            ent.role = comma_role.group("role")
        if ent.role is None and appos_role is not None:
            ent.role = appos_role
        if ent.org is None:
            ent.org = org or self._org_of(ent.role)
        ent.positions.append(s)
        self.mentions.append((s, ent))
        return True

    def _split_pair(self, s: int, e: int, words: tuple[str, ...], sent_start: bool) -> list:
        """'Arnold Palmer and Sam Snead': two names joined by 'and' are two runs, when each has two words
        or more and neither is an organisation (Draper, Gaither & Anderson stays one run)."""
        for sep in ("and", "&"):
            if sep in words:
                k = words.index(sep)
                left, right = words[:k], words[k + 1:]
                if (len(left) >= 2 and len(right) >= 2
                        and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in left + right)):
                    rs = self.text.find(right[0], s + len(" ".join(left)), e)
                    if rs >= 0:
                        return [(s, rs, left, sent_start), *self._split_pair(rs, e, right, False)]
        return [(s, e, words, sent_start)]

    def _add_later(self, s: int, words: tuple[str, ...], sent_start: bool, counts: dict[str, int]) -> None:
        """A run without a person's marks of its own, decided once the whole text is read.

        - 'Hansen's weight' before 'Hansen added': a mention of a person named later in the text;
        - 'Arnold Palmer', when 'Arnold' or 'Palmer' alone is a person elsewhere (``said Arnold``): the
          fuller name of that person (so the short name's canonical form is the full one);
        - a one-word name used three times or more, never with a person's marks, is an organisation
          (Huawei); decided only now, so that a name whose person marks come late (``said Arnold`` after
          ``Arnold whipped``) stays a person.

        The kernel's ``read_runs`` (``later_acts`` in ``discourse/_kernel_quotes.c``) calls this method only where
        its first lines can act (words left by :func:`_later_parts`, and a person holding the last word or a word of
        the name): a change to those lines is a change to that function too.
        """
        key = tuple(words)
        w, parts = (_later_parts if sum(map(len, key)) <= _CACHED_CHARS else _later_parts.__wrapped__)(key)
        if w is None:
            return
        # (no person holds the last word: _person_with finds none, its first step; most runs of UN speeches)
        ent = self._person_with(w[-1], None, full=w) if self.by_word.get(w[-1]) else None
        if ent is not None:
            self.mentions.append((s, ent))
            return
        if parts is not None:
            gender, role_words, name = parts
            name = list(name)
            singles = [e for x in name for e in self.by_word.get(x, ())
                       if e.merged is None and len(e.words) == 1 and (gender is None or e.gender in (None, gender))]
            # the run changes the table only where it has singles and its words are not two names written side by
            # side: the singles (a read of the table) are asked first, the two scans of the text only where there
            # are some (the same answer: both tests are pure, the second remembered per pair of words)
            pair = (name[0], name[-1]) if len(name) == 2 else None
            together = False
            if singles and pair:
                together = self._together.get(pair)
                if together is None:  # two scans of the whole text per pair: remembered for the document
                    together = self._together[pair] = _two_names_run_together(self.text, name, self._and_pairs)
            if together:
                return
            if singles:
                new = self._new_person(" ".join(name), name, gender or next((e.gender for e in singles if e.gender), None))
                for old in singles:
                    if old is not new:
                        new.role, new.org = new.role or old.role, new.org or old.org
                        new.positions.extend(old.positions)
                        self._alias(old, new)
                if role_words and new.role is None:
                    new.role = " ".join(role_words)
                new.positions.append(s)
                self.mentions.append((s, new))
                return

    def _particle_case(self) -> None:
        """'De Bruin, who had led the club since 2018, announced ...' after 'Willem de Bruin': a surname with a particle,
        capitalised where it opens a sentence, is the person the text names in full with the particle in lower case.

        Round 26: Dutch, French, Italian and Spanish surnames keep their particle ('de', 'van', 'di') in lower case after
        the given name and capitalise it where the surname alone opens a sentence (the style books of English-language
        papers, e.g. The Guardian's on 'de' and 'van'); the table's words differed in case, so the short form stayed a
        second person. Only where exactly one person ends with the particle in lower case and the same words after.
        Round 36: and the Arabic article of a surname (:meth:`_article_surname`)."""
        people = list({id(e): e for e in self.persons.values()}.values())
        by_root: dict[str, list[_Entity]] = {}
        for o in people:
            if o.kind == "person" and len(o.words) > 1 and o.words[-1][:3].lower() in ("al-", "el-"):
                by_root.setdefault(o.words[-1][3:].lower(), []).append(o)
        for e in people:
            if (by_root and e.merged is None and e.kind == "person" and len(e.words) == 1
                    and (fuller := self._article_surname(e.words[0], by_root)) is not None):
                self._merge(e, fuller)
                continue
            if (e.merged is not None or e.kind != "person" or len(e.words) < 2 or not e.words[0][:1].isupper()
                    or e.words[0].lower() not in _PARTICLES):
                continue
            tail = [e.words[0].lower(), *e.words[1:]]
            fuller = {id(o): o for o in self.by_word.get(e.words[-1], ()) if o is not e and o.merged is None
                      and o.kind == "person" and len(o.words) > len(tail) and o.words[-len(tail):] == tail}
            if len(fuller) == 1:
                self._merge(e, next(iter(fuller.values())))

    def _article_surname(self, word: str, by_root: dict[str, list[_Entity]]) -> _Entity | None:
        """'Mansoori said' or 'Al-Mansoori said' after 'Tariq al-Mansoori': the one person of the table, named with a
        given name, whose surname is the word with the Arabic article 'al-' or 'el-' joined by a hyphen (or the word
        itself in another case of the article); None where there is no such person or more than one. ``by_root`` holds
        the persons of several words whose last word has the article, by that word without it in lower case.

        Round 36: Arabic surnames carry the article, written in lower case and hyphenated after the given name; on
        second reference English-language papers write the surname with the article capitalised at a sentence's start
        ('Al-Marri said') or drop it ('Mansoori said'), as the AP and Reuters styles for Arabic names allow (AP
        Stylebook, 'Arabic names'); the table's words differed, so the short form stayed a second person."""
        low = word.lower()
        if low[:3] in ("al-", "el-"):
            low = low[3:]
        elif not word[:1].isupper() or "-" in word:
            return None
        found = {id(o): o for o in by_root.get(low, ()) if o.merged is None and o.words[-1] != word}
        return next(iter(found.values())) if len(found) == 1 else None

    def _role_holder(self, role: str, pos: int, where: int, written: str) -> tuple[_Entity, str] | None:
        """The person an office held by a body's possessive refers to ('its bishop', 'their spokesman', 'the co-op’s
        chairman', :data:`_POSSESSED_ROLE`): the holder of the office named last before (within 400 mentions), else the
        first named after it (within 1,500 characters); with the reason to give. None where the role is no office
        (:data:`_ROLE_HEADS`) or no one holds it.

        Round 39: a body's office is a definite description, like 'the bishop', which refers to its one holder (Hawkins
        1978, ch. 3, on associative anaphora); news leads write it before the holder's name, which a later paragraph
        gives ('in what its bishop has described as “...” ... Bishop Declan Mulvihill said'; delayed identification, Bell
        1991, ch. 9). The description had been read as a name ('its bishop')."""
        if role not in _ROLE_HEADS:
            return None
        fits = {role} | _ROLE_HYPONYMS.get(role, frozenset())

        def holds(ent: _Entity) -> bool:
            return ent.kind == "person" and _holds_office(ent, fits)
        at = self._written_at(written, where)
        at = at if at >= 0 else min(pos, where)
        if _APPOSED_NAME.match(self.text, at + len(written)) is not None:
            return None  # ('The family's lawyer, Aisha Mwinyi of ..., said': the name in apposition, read elsewhere)
        k = bisect_right(self._mention_pos, at) - 1
        for j in range(k, max(-1, k - 400), -1):
            if holds(ent := self.mentions[j][1]):
                return _final(ent), "description resolved to a person named before"
        for p, ent in self.mentions[k + 1:k + 41]:
            if p - at > 1500:
                break
            if p > at + len(written) and holds(ent):
                return _final(ent), "description of the person named after it"
        return None

    def _delayed_identification(self, role: str, at: int, end: int) -> _Entity | None:
        """'A senator on Tuesday accused flood control officials of “looking the other way” ... ¶ At the resumption of the
        inquiry, Sen. Rodolfo Villaraza grilled officials': the person the text names after an indefinite description
        of its lead, with an office or rank of that role, where no person is named before the description. None where
        the description (written from ``at`` to ``end``) is not the first person of the text, or no such person follows
        within 1,500 characters.

        Round 36: news leads often identify their main actor by a description and name them in a later paragraph
        (delayed identification, Bell 1991, ch. 9; Cappon 2000 on the 'delayed lead'); the reader takes the named
        holder of the office for the described one, and the labels give the name. Only for an office or role the table
        reads from a title or an apposition (a person's role or rank holding the role word or one of its hyponyms,
        'Judge Eleanor Prewett' for 'a judge', 'Sen.' for 'a senator'); the first such person after the description."""
        if at > 1500:
            return None
        k = bisect_right(self._mention_pos, at)
        if any(e.kind == "person" for _, e in self.mentions[:k]):
            return None
        fits = {role} | _ROLE_HYPONYMS.get(role, frozenset())
        for p, ent in self.mentions[k:k + 40]:
            if p - at > 1500:
                break
            if ent.kind != "person" or p < end:  # (not a name the description itself holds, 'A senior Democratic aide')
                continue
            if _holds_office(ent, fits):
                return ent
        return None

    def _portfolio_ends(self) -> None:
        """'Minister of International Relations and Cooperation Thandeka Mabaso': a person's name of three words or more
        whose first word is a word of government business (:data:`_PORTFOLIOS`: 'Cooperation', 'Policy', 'Wildlife') and
        which the text writes only right after 'and' is the holder's name without that word, the last noun of the
        office's field.

        Round 36: the name runs join capitalised words with 'of' and 'for' but not with 'and', so an office whose field
        is coordinated ('Relations and Cooperation', 'Sports and Youth Policy', 'Parks and Wildlife') gives a run that
        opens with the field's last noun, which the table took for the first name (the holder's name follows the office
        as a close apposition, Quirk et al. 1985, 17.65); one read set and batch 96 had it after their runs."""
        text = self.text
        for e in list({id(e): e for e in self.persons.values()}.values()):
            w = e.words
            if (e.merged is not None or e.kind != "person" or len(w) < 3 or w[0].lower() not in _PORTFOLIOS
                    or w[0].lower() in _GIVEN_NAMES or not e.positions):
                continue
            full = [p for p in e.positions if text.startswith(w[0], p)]
            if full and all(text[max(0, p - 4):p] == "and " for p in full):
                self._first_word_as_role(e, full)

    def _opening_pseudo_titles(self) -> None:
        """'Retiree S. Maniam, 71, said', 'Lock Ben Harlow will take over the captaincy': a capitalised word that opens
        the sentence before a known given name or an initial is a pseudo-title (Bell 1991), no part of the name; the
        person is the rest of the name, the word its role.

        Round 26: an unknown word before a known given name is a rank or title (part 1's reading, 'Corporal Amy
        Fenwick'); at a sentence's opening its capital says nothing of a name, so the table had kept it as the first
        name. Only for a name of three words or more whose second is a known given name or an initial, where every
        place the text writes the full form opens a sentence, and the word is no given name, particle or title pair but
        a common noun: an agent noun by its suffix ('Retiree', 'Corporator') or a word the text also writes in lower case
        (Mikheev 2002; 'Majed Abdullah Al-Shammari' keeps his first name)."""
        text = self.text
        for e in list({id(e): e for e in self.persons.values()}.values()):
            w = e.words
            if (e.merged is not None or e.kind != "person" or len(w) < 3 or not w[0][:1].isupper()
                    or w[0].rstrip(".").lower() in _GIVEN_NAMES or w[0].lower() in _PARTICLES or _is_initial(w[0])
                    or not (w[1].rstrip(".").lower() in _GIVEN_NAMES or _is_initial(w[1]))
                    or (w[0].lower(), w[1].lower()) in _TITLE_PAIRS or not e.positions):
                continue
            low = w[0].lower()
            if not (_agent_noun(low) or low.endswith("ee") or self._in_lower_case(w[0])):
                continue  # (a common noun by its suffix or by the text's own use of it; not 'Majed Abdullah ...')
            full = [p for p in e.positions if text.startswith(w[0], p)]  # (the places of the full form)
            if full and all(_sentence_opening(text, p) for p in full):
                self._first_word_as_role(e, full)

    def _first_word_as_role(self, e: _Entity, full: list[int]) -> None:
        """The person ``e`` is named by its words after the first, which is its role (:meth:`_opening_pseudo_titles`,
        :meth:`_portfolio_ends`): ``e`` is merged into that person, its places of the full form (``full``) moved past
        the first word."""
        w = e.words
        new = self._new_person(" ".join(w[1:]), list(w[1:]), e.gender)
        if new is e:
            return
        self._merge(e, new, [p + len(w[0]) + 1 if p in full else p for p in e.positions])
        new.role = new.role or w[0].lower()

    def _shared_surnames(self) -> None:
        """'Chidi and Ngozi Okafor have nine cameras': two given names joined by 'and' before one surname name two
        people of that surname (the surname is shared by ellipsis in the coordination, Quirk et al. 1985, 13.65 and
        17.89), so a later 'Chidi said' is Chidi Okafor; the table had held 'Chidi' as a person of one word. Only a
        known given name before 'and', and a person of the table after it."""
        for m in finditer_from(_GIVEN_AND_GIVEN, self.text, _given_before_and(self.text)):
            g1, g2, sur = m.group("g1"), m.group("g2"), m.group("sur")
            if g1.lower() not in _GIVEN_NAMES or self._inside_quote(m.start()):
                continue
            second = self.persons.get(f"{g2} {sur}")
            if second is None or _final(second).kind != "person":
                continue
            if any(e.merged is None and e.kind == "person" and len(e.words) > 1 and e.words[0] == g1 and e.words[-1] != sur
                   for e in self.by_word.get(g1, ())):
                continue  # (a person of that given name and another surname: 'Maria' may be her)
            low = g1.lower()
            gender = "f" if low in _FEMALE_NAMES else "m" if low in _MALE_NAMES else None
            full = self._new_person(f"{g1} {sur}", [g1, sur], gender)
            full.positions.append(m.start())
            short = self.persons.get(g1)
            if short is not None and (short := _final(short)) is not full and short.kind == "person" and len(short.words) == 1:
                self._merge(short, full)
            full.positions.sort()

    def _nicknames(self) -> None:
        """'Deputy Thomas Reilly, known to nearly everyone in the county as Big Tom, ...': the name after 'known as' or
        'nicknamed' in apposition to a person's name is that person's, so a later 'Big Tom said' or 'he' after 'Big Tom
        is six foot five' is Thomas Reilly (AP Stylebook, "nicknames": the nickname names the same person; Quirk et
        al. 1985, 17.65 on appositions that name). The table had read the nickname as a second person. Only where both
        are persons of the table; the person keeps the fuller name and its own role, and takes the nickname's mentions
        and, where it has none, its gender."""
        if _KNOWN_AS_TAIL.search(self.text) is None:
            return
        for m in _KNOWN_AS.finditer(self.text):
            words = m.group("name").split()
            full = next((self.persons[k] for i in range(len(words) - 1)
                         if (k := " ".join(words[i:])) in self.persons), None)
            nick = self.persons.get(" ".join(m.group("alias").split()))
            if full is None or nick is None:
                continue
            full, nick = _final(full), _final(nick)
            if full is nick or full.kind != "person" or nick.kind != "person" or len(full.words) < 2:
                continue
            full.gender = full.gender or nick.gender
            full.positions.extend(nick.positions)
            full.positions.sort()
            self._alias(nick, full)

    def _fuller_forms(self) -> None:
        """A person known by a surname alone ('Sbaraglini, 31, said') whose fuller name the text writes only where the
        table did not take it as a person's ('the Italian Davide Sbaraglini of Squadra Vesuvia inherited the lead',
        'dive charter operator Rhys McAllister said ...', 'Prime Minister Dr Lennox Frederick'): that fuller name.

        Round 26 (issue 12, "one speaker, one name"): news introduces a person once by given name and surname and
        then writes the surname alone (Bell 1991; the labels' 'fullest name the article gives'); the table learns
        the pair only from runs with a person's marks of their own, so a full name inside a longer run (an 'of'
        phrase of affiliation, a description read as a company's kind, a second title) left the surname as the
        canonical name. Read from the document: every place the text writes the short name right after one to three
        capitalised words (outside quotations) gives a fuller form, the words read back from the name while they
        can be given names (no title, courtesy title, office, nationality, organisation or function word, month or
        day, genitive; a word that is also an office, 'Dean', only where the text never uses the office). The short
        name takes the fuller form only where every such place gives the same one (or forms that end it: the
        longest), where no other person of the table is a fuller form of it (the rules had kept them apart:
        'President Kennedy' and 'First Lady Jacqueline Kennedy'), no gender disagrees, and the added words are
        known given names or written nowhere else in the text (a word used on its own is no given name here: a
        place or a team, Mikheev 2002 on reading a document's own uses)."""
        short: dict[tuple[str, ...], _Entity] = {}
        for e in self.persons.values():
            if e.merged is None and e.kind == "person" and 1 <= len(e.words) <= 2 and e.words[0][:1].isupper():
                short.setdefault(tuple(e.words), e)
        if not short:
            return
        text = self.text
        forms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        places: dict[tuple[str, ...], list[int]] = {}  # where each fuller form is written
        names = [(k, f, " " + " ".join(f)) for k in short
                 # (round 36: a surname opening with a particle, capitalised where it opens a sentence, is
                 # written after the given name with the particle in lower case: 'Du Plessis' for 'Trainer
                 # Riaan du Plessis', :meth:`_particle_case`)
                 for f in ((k, (k[0].lower(), *k[1:])) if len(k) > 1 and k[0].lower() in _PARTICLES
                           and k[0][:1].isupper() else (k,))]
        # (str.find for each short name: a scan in C, most names occur a few times; a document of many names, a long
        # one, is read once instead, _name_places)
        at = _name_places(text, [n for _, _, n in names]) if len(names) > _NAME_SEARCHES_BEFORE_INDEX else {}
        for key, form, name in names:
            for i in at[name] if name in at else _find_all(text, name):
                end = i + len(name)
                j = text.rfind(" ", max(0, i - 40), i)  # (the word before must be capitalised: most are not)
                if (text[j + 1:j + 2].isupper() and not (end < len(text) and (text[end].isalnum() or text[end] in "’'-"))
                        and not self._inside_quote(i)):
                    b = _CAPITALISED_BEFORE.search(text, max(0, i - 80), i + 1)  # (ends with the name's space)
                    if b is not None:
                        lead = text[max(0, b.start() - 40):b.start()].rstrip(" ")  # (read for its end)
                        given = self._given_before(b.group(1).split(), key, lead)
                        if given:
                            forms.setdefault(key, set()).add(tuple(given) + form)
                            places.setdefault(key, []).append(i - len(" ".join(given)))
        named_at: set[int] | None = None
        # (the places of the words of the fuller forms, read once for _only_before where the text is long)
        words_at = _WordPlaces(text, {w for found in forms.values() for f in found for w in f})
        for key, found in forms.items():
            full = max(found, key=len)
            if any(f != full[len(full) - len(f):] for f in found) or len(full) > 4:
                continue  # two different fuller names: two people, or no name
            e = short[key]
            if e.merged is not None or any(o is not e and o.merged is None and o.kind == "person" and len(o.words) > len(e.words)
                                           for o in self.by_word.get(key[-1], ())):
                continue
            first = full[0].lower()
            gender = "f" if first in _FEMALE_NAMES else "m" if first in _MALE_NAMES else None
            if gender and e.gender and gender != e.gender:
                continue
            added = full[:len(full) - len(key)]
            if not all(w.rstrip(".").lower() in _GIVEN_NAMES or _is_initial(w)
                       or _only_before(text, w, full[len(added)], words_at) for w in added):
                continue
            new = self._new_person(" ".join(full), list(full), e.gender or gender)
            if new is e:
                continue
            self._merge(e, new)
            new.gender = new.gender or gender
            # round 29: where the fuller form is written the person is mentioned ('SBP Governor Dr Murtaza Hasan
            # Rizvi said ...' then '“...,” he said'), unless the table has a mention there already
            if named_at is None:
                named_at = {p for p, _ in self.mentions}
            for p in places.get(key, ()):
                if p not in named_at and text.startswith(full[0], p):
                    self.mentions.append((p, new))
                    named_at.add(p)

    def _surname_orgs(self) -> None:
        """A one-word organisation that is the surname of the one person the text names in full with it ('Whitlock's
        memo said' after 'co-founder and CEO Dana Whitlock said'): that person.

        Round 26: a one-word name before a genitive and a document noun is read as an organisation ('Acme's report',
        round 4), which takes the person's memo, letter or blog post away from the person; a name the text gives a
        person in full is that person's ('one speaker, one name'), as round 11 read a name taken for an organisation by
        repetition (the loop over ``rep_orgs`` above). Only where exactly one person of several words ends with it and
        no organisation of the table holds it among other words ('Ford' beside 'Harrison Ford' and 'Ford Motor' stays an
        organisation); not an acronym ('RCMP')."""
        singles = [k for k in self.orgs if " " not in k and k[:1].isupper() and not k.isupper()]  # (no acronym)
        if not singles:
            return
        in_longer = None  # the words of the organisations' longer names, read once where a single one may be a person
        pending: dict[int, list[_Entity]] = {}  # (the mentions rewritten once, after the loop: _org_is_person)
        for w in singles:
            fuller = [e for e in self.by_word.get(w, ()) if e.merged is None and e.kind == "person" and len(e.words) > 1
                      and e.words[-1] == w]
            if len({id(e) for e in fuller}) != 1:
                continue
            if in_longer is None:
                in_longer = {x for k in self.orgs if " " in k for x in k.split()}
            if w in in_longer:
                continue
            self._org_is_person(w, fuller[0], pending)
        self._orgs_are_persons(pending)

    def _given_before(self, words: list[str], key: tuple[str, ...], lead: str) -> list[str]:
        """The words of ``words`` (the capitalised words written right before the short name ``key``; ``lead`` the
        text before them) that are the person's given names, read back from the name (:meth:`_fuller_forms`)."""
        given: list[str] = []
        stop = lead.rsplit(None, 1)[-1] if lead.strip() else ""
        # (round 29: a surname's particle that is also a given name, 'Mondher Ben Salah', counts as no given name)
        particle = len(key) > 1 and key[0].lower() in _SURNAME_PARTICLES
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            before = words[k - 1] if k else stop
            known = w.rstrip(".").lower() in _GIVEN_NAMES or _is_initial(w)
            if (not w[:1].isupper() or not self._given_like(w, not given and (len(key) == 1 or particle))
                    or (before.lower(), w.lower()) in _TITLE_PAIRS
                    # an unknown word before a known given name is a rank or title ('Corporal Amy Fenwick'), a word
                    # the text also writes in lower case a common noun (Mikheev 2002)
                    or (not known and ((given[0] if given else key[0] if len(key) > 1 and not particle
                                        else "").rstrip(".").lower() in _GIVEN_NAMES
                                       or self._in_lower_case(w)))
                    # a capitalised noun that opens a sentence ('Neighbour Michael Joyce said')
                    or (not known and (lead.endswith(_OPENS) or not lead.strip() if k == 0
                                       else before.endswith((".", "!", "?", ":")) and not _is_initial(before)))):
                stop = w
                break
            given.insert(0, w)
        last = lead.rsplit(None, 1)[-1].lower() if lead.strip() else ""
        if (stop.lower() in _KNOWN_ONLY_AFTER or last in _JOINING_OR_PREPOSITION
                or stop.lower() in _ORG_WORDS or stop.lower() in _PORTFOLIO_WORDS):
            # after 'of', 'for', 'and' or a word of an organisation the words may end a portfolio's or a body's name
            # ('Minister for Community Development Jonah Kaiwi', 'Minister of Tourism and International Transport
            # Kerrie Lashley', 'The Law Of Civilization And Decay Brooks Adams'), after a preposition they may be its
            # object ('In Kisumu Langat met them'), after a determiner they are a description ('His Holiness Pope
            # John'): only known given names are read there
            while given and not (given[0].rstrip(".").lower() in _GIVEN_NAMES or _is_initial(given[0])):
                given.pop(0)
        return given

    def _in_lower_case(self, w: str) -> bool:
        """Does the text write the word ``w`` in lower case anywhere (a common noun there)? Asked once per word.

        The first few words are searched for in the text; after that the text's words are read once
        (:func:`_word_set`) and each later word is looked up there, so that a long document asking about many words
        is read once, not once per word (a 10 MB document asked about hundreds of words). The answer is the
        same: a lower-case form made only of word characters, apostrophes and hyphens is written with none of them on
        either side exactly where it is one of the text's maximal runs of those characters; any other form is
        searched for as before."""
        found = self._lowered.get(w)
        if found is None:
            low = w.lower()
            if len(self._lowered) >= _SEARCHES_BEFORE_INDEX and _WORD_RUN.fullmatch(low):
                if self._words is None:
                    self._words = _word_set(self.text)
                found = low in self._words
            else:
                e = re.escape(low)  # (the word first, the look-behind after it: _only_before)
                found = re.search(rf"{e}(?<![\w’'\-]{e})(?![\w’'\-])", self.text) is not None
            self._lowered[w] = found
        return found

    def _given_like(self, w: str, next_to_name: bool = False) -> bool:
        """Can the capitalised word ``w``, written right before a surname, be one of the person's given names
        (:meth:`_fuller_forms`)? ``next_to_name``: no other given name stands between it and the surname.

        Round 29 (from the read sets' short names left short, 'Ridwaan Essop', 'Mondher Ben Salah', 'Jan Koubek'):
        a nationality is one of the listed adjectives or demonyms, not any word in -an ('Ridwaan', 'Hasan'); 'Jan'
        before a surname is a given name, not January; a word in -er or -or right before the surname ('Mondher',
        'Hector') may be a given name, where an agent noun before a given name is a pseudo-title ('Liquidator Tane
        Hurst'), and one in -ist, -ian, -ant or -ent ('Meteorologist') is one anywhere."""
        if _is_initial(w):
            return True
        if w.endswith((".", "’s", "'s", "’", "'")) or (w in _NOT_NAME and w != "Jan") or w in _LEADING_ARTICLE:
            return False
        if w.isupper() or re.search(r"-[a-z]", w) or w == "Garda":
            return False  # an acronym ('MEC'), an adjective of place ('Vancouver-based'), the Irish rank (round 34)
        low = w.lower()
        if low in _COURTESY or low in _ORG_WORDS or low in _NOT_PERSON_WORDS or low in _PORTFOLIO_WORDS:
            return False
        if _role_word(low) and not (low in _ROLE_GIVEN and not self._office_in_use(w)):
            return False
        if _agent_noun(low) and low not in _GIVEN_NAMES and not (next_to_name and low.endswith(("er", "or"))):
            return False  # a pseudo-title ('Liquidator Tane Hurst', 'Meteorologist Aroha Whitby')
        if (w in _NATIONALITY_ADJECTIVES or _demonym(w) or (_NATIONALITY.fullmatch(w) and w.endswith("ese"))) and (
                low not in _GIVEN_NAMES):
            return False
        return not _place_name((w,))

    def _link_acronyms(self) -> None:
        """'COAHR' after 'the Committee on Appeal for Human Rights': an acronym that spells the initials of
        an organisation named in full is that organisation (one speaker, one name).

        Reasoning: news introduces a body by its full name and then writes its acronym; both are
        organisations of the table, and without a link the acronym is a second speaker. The acronym's
        letters must be the initials of the full name's capitalised words, in order, with the initials
        of lower-case words such as *on* or *for* optional (COAHR, WHO, NATO, ACLU); the fullest matching
        name wins.
        """
        # round 35: a short form written as a word ('the National Minibus Taxi Council (Namtaco)', 'the Health Information
        # and Quality Authority (Hiqa)'), as British, Irish and South African papers write acronyms that are spoken as
        # words (Guardian and Observer style guide, 'abbreviations and acronyms'), defines the body as a capitalised
        # acronym does; the table took the word for a person's name only by its capital
        bracketed = set(_BRACKETED_WORD.findall(self.text)) if "(" in self.text else ()
        for k, ent in list(self.persons.items()) if bracketed else ():
            if (ent.name == k and k in bracketed and _bare_name(ent)
                    and (best := self._defined_acronym(k)) is not None):
                ent.merged = best
                self.orgs[k] = best
        # round 38: a mixed-case short form the table took for a person only by its capitals ('the MoD said' after
        # 'the Ministry of Defence'): the organisation whose name it spells (_spells_mixed)
        for k, ent in list(self.persons.items()):
            if ent.name == k and _MIXED_ACRONYM.fullmatch(k) and _bare_name(ent):
                cands = [e for e in self.orgs.values() if e.merged is None and _spells_mixed(k, e.words)]
                if cands:
                    best = max(cands, key=lambda e: (len(e.words), e.name))
                    ent.merged = best
                    self.orgs[k] = best
        acr = [k for k in self.orgs if _ACRONYM.fullmatch(k)]
        if not acr:
            return
        for k in acr:  # round 23: 'the Office of the Special Prosecutor (OSP)': the brackets define the acronym
            best = self._defined_acronym(k)
            if best is not None and best is not self.orgs[k]:
                self.orgs[k].merged = best
                self.orgs[k] = best
        acr = [k for k in acr if self.orgs[k].merged is None and self.orgs[k].name == k]
        full: dict[str, list[_Entity]] = {}  # by first letter: an acronym is checked against few names
        for e in self.orgs.values():
            if 1 < len(e.words) <= 12:
                full.setdefault(e.words[0][:1], []).append(e)
        if not full:
            return
        for k in acr:
            letters = k[:-1] if k.endswith("s") else k
            cands = [e for e in full.get(letters[0], ()) if len(e.words) >= len(letters) and _spells(letters, e.words)]
            if cands:
                best = max(cands, key=lambda e: (len(e.words), e.name))
                if best is not self.orgs[k]:
                    self.orgs[k].merged = best
                    self.orgs[k] = best

    def _link_heads(self) -> None:
        """'the Council' after 'the Pacific Council of Churches': a one-word organisation that is the head noun of the
        one fuller organisation's name of the table is that organisation (one speaker, one name), as an acronym is
        (:meth:`_link_acronyms`).

        Round 34: news names a body in full once and then by its head noun with the definite article, capitalised as
        part of the name ('the Authority', 'the Guild', 'the Commission'; Bell 1991 on first and later references;
        Quirk et al. 1985, 5.65 on the shortened proper name); the table kept the head as a body of its own, and of the
        read sets' speakers that were a lone organisation's word none was right. The head of the fuller name is its
        last word before an 'of', 'for' or 'on' ('Ministry of Transportation', 'Centre for Media Accountability',
        'Commission on Elections'), else its last word ('Dyfnant County Council'); a word that only premodifies
        another head is no head ('Police' in 'Police Conduct Review Authority'). Two fuller names with that head
        ('Ministry of Health', 'Ministry of Education') leave the word as it is, and so does a fuller name written only
        after the word's first mention (the full name comes first: 'The Court's opinion' before 'The Court of Appeals
        affirmed' in a Supreme Court opinion is another court)."""
        singles = [k for k in self.orgs if " " not in k and k.lower() in _ORG_WORDS and k[:1].isupper()
                   and not k.isupper() and self.orgs[k].merged is None and self.orgs[k].name == k]
        if not singles:
            return
        by_head: dict[str, dict[int, _Entity]] = {}
        for e in self.orgs.values():
            if e.merged is None and 1 < len(e.words) <= 12:
                cut = next((i for i, w in enumerate(e.words) if w in ("of", "for", "on")), len(e.words))
                if cut > 0:
                    by_head.setdefault(e.words[cut - 1], {})[id(e)] = e
        first: dict[int, int] = {}
        for p, e in self.mentions:
            if first.get(id(e), p) >= p:
                first[id(e)] = p
        for k in singles:
            cands = list(by_head.get(k, {}).values())
            if (len(cands) == 1 and cands[0] is not self.orgs[k]
                    and first.get(id(cands[0]), len(self.text)) < first.get(id(self.orgs[k]), len(self.text))):
                self.orgs[k].merged = cands[0]
                self.orgs[k] = cands[0]

    def _defined_acronym(self, k: str) -> _Entity | None:
        """The organisation of the table whose name ends right before '(k)' in the text, the fullest such name; else
        None. An acronym in brackets after a name is that name's definition, whatever its letters (Schwartz & Hearst
        2003, the '<long form> (<short form>)' pattern): 'Magyar Energiakereskedő (MEK)', "Compagnie Ferroviaire de
        l'Ouest (CFO)", whose initials the spelling test below cannot read."""
        # (round 30: or after a comma and 'or', 'the Banco Central de Reserva de Quenapa, or BCRQ,': the appositive
        # abbreviation of wire copy, the same definition in another dress)
        for start in self._definition_marks(k):
            words = self.text[max(0, start - 120):start].split()
            for i in range(max(0, len(words) - 10), len(words)):
                cand = " ".join(w for w in words[i:] if w not in ("the", "The")).rstrip(",")
                ent = self.orgs.get(cand)
                if (ent is not None and cand != k and "'s " not in cand and "’s " not in cand
                        and cand[:1].upper() == k[:1]):
                    return ent  # (not with a genitive determiner: see below)
            # the long form the table did not hold as one name: the capitalised words before the bracket, with the
            # particles of a name between them
            j = len(words)
            while j > 0 and (words[j - 1][:1].isupper() or words[j - 1].lower() in _LONG_FORM_PARTICLES
                             or words[j - 1].startswith(("l'", "l’", "d'", "d’"))):
                j -= 1
            long = words[j:]
            gen = [i for i, w in enumerate(long) if w.endswith(("'s", "’s"))]
            if gen:  # "Charles-Mitchell's United Labour Front (ULF)": the genitive is its determiner, no part of it
                long = long[gen[-1] + 1:]
            while long and (long[0].lower() in _LONG_FORM_PARTICLES or long[0] == "The"):
                long = long[1:]
            # (its first letter the acronym's, as in Schwartz & Hearst's test: 'Regional Assistance Mission to Solomon
            # Islands (RAMSI)' gives no 'Solomon Islands')
            if (sum(w[:1].isupper() for w in long) >= 2 and long[0][:1].upper() == k[:1]
                    and not self._inside_quote(start)):
                return self._org(" ".join(long))
        return None

    def _definition_marks(self, k: str) -> list[int]:
        """Where the text defines the short form ``k`` (:meth:`_defined_acronym`), in order: the starts of '(k)' and
        of ', or k' (after a comma, 'or' and spaces, with no word character, apostrophe or hyphen after it; read only
        where the text writes 'or k').

        The first few short forms asked of a document are searched for in the text; after that the text is read
        once into an index of every bracketed form and every form after ', or' (:meth:`_definition_index`), so that
        a long document defining hundreds of acronyms is read once, not once per acronym. The places are
        the same: a form of word characters only is written in brackets exactly where a bracket holds no bracket and
        nothing else, after ', or' exactly where the maximal run of word characters, apostrophes and hyphens
        there is the form (the runs are all read, from each 'or ', so one inside another is not missed), and 'or k' is
        written where a run after 'or ' starts with ``k``."""
        text = self.text
        indexable = len(k) <= _INDEXED_LENGTH and _WORD_RUN.fullmatch(k) is not None
        if not indexable or (self._definitions is None and self._marks_asked < _SEARCHES_BEFORE_INDEX):
            self._marks_asked += 1
            marks = list(re.finditer(rf"\({re.escape(k)}\)", text))
            if f"or {k}" in text:  # (a cheap test first: the form is rare, and the text long)
                marks = sorted([*marks, *re.finditer(rf",\s+or\s+{re.escape(k)}(?![\w’'\-])", text)],
                               key=lambda m: m.start())
            return [m.start() for m in marks]
        if self._definitions is None:
            self._definitions = self._definition_index()
        bracketed, appositive, after_or = self._definitions
        starts = bracketed.get(k, [])
        i = bisect_left(after_or, k)
        if k in appositive and i < len(after_or) and after_or[i].startswith(k):
            starts = sorted([*starts, *appositive[k]])
        return starts

    def _definition_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]], list[str]]:
        """The text's places that may define a short form, read once (:meth:`_definition_marks`): the starts of the
        brackets that hold no bracket, by what they hold (up to :data:`_INDEXED_LENGTH` characters); the starts of
        ', or' and spaces before a word (its maximal run of word characters, apostrophes and hyphens), by that word;
        and the sorted words written after 'or ' (their runs), for the test that 'or k' is written."""
        text = self.text
        bracketed: dict[str, list[int]] = {}
        if "(" in text:
            for m in _BRACKET_CONTENT.finditer(text):
                if len(m.group(1)) <= _INDEXED_LENGTH:
                    bracketed.setdefault(m.group(1), []).append(m.start())
        appositive: dict[str, list[int]] = {}
        after_or: list[str] = []
        if "or " in text:
            for m in _APPOSITIVE_OR.finditer(text):
                appositive.setdefault(m.group(1), []).append(m.start())
            after_or = sorted(set(_AFTER_OR.findall(text)))
        return bracketed, appositive, after_or

    def _fuller_org(self, name: list[str]) -> _Entity | None:
        """The fullest organisation of the document whose name ends with these words: 'the Housing Center'
        is the National Housing Center named before (one speaker, one name, for organisations too)."""
        tail = " ".join(name)
        cands = [e for k, e in self.orgs.items() if k == tail or k.endswith(" " + tail)]
        return max(cands, key=lambda e: (len(e.words), e.name)) if cands else None

    def _org_from_start(self, name: list[str]) -> _Entity | None:
        """The one organisation of the document whose name starts with these words and goes on with capitalised
        words ('Kingsmere Bank', 'Quillon Payments Inc.' for 'Kingsmere', 'Quillon'); None where there is none or
        more than one (two divisions of a company named alike are not guessed between), and where the words are
        written alone before the organisation is named in full (round 19, :meth:`_named_in_full_first`)."""
        head = " ".join(name) + " "
        found = {e.name: e for k, e in self.orgs.items() if k.startswith(head) and e.merged is None
                 and all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS for w in e.words[len(name):])}
        if len(found) > 1:
            # (round 31: names that all extend the shortest of them, 'Harborline Bank' and a headline's 'Harborline Bank
            # Nears', are one organisation and words after its name; the shortest is the name)
            short = min(found, key=len)
            if all(k == short or k.startswith(short + " ") for k in found):
                found = {short: found[short]}
        full = next(iter(found.values())) if len(found) == 1 else None
        return full if full is not None and self._named_in_full_first(" ".join(name), full) else None

    def _org_by_head(self, words: list[str], pos: int) -> _Entity | None:
        """The organisation a description names by its head noun: 'the jury' after 'the Fulton County Grand
        Jury', 'the council' after 'the Central Falls City Council', 'the trustees' after 'Emory
        University's Board of Trustees'.

        Reasoning: news names a body once in full and then by its head noun alone; the head noun is the last
        word of the description and of the organisation's name. The organisation mentioned most recently
        before ``pos`` whose name ends with that word is meant (its fullest form: one speaker, one name).
        Only heads that name bodies count (an organisation word, or a plural noun such as 'trustees'), so
        'the American' or 'the expert' never becomes an organisation.
        """
        if not words:
            return None
        head = words[-1].strip(".,’'").lower()
        def ends_in_head(ent: _Entity) -> bool:
            return ent.kind == "org" and len(ent.words) > 1 and ent.words[-1].strip(".,’'").lower() == head

        # (round 30: or a head that ends the name of an organisation the table holds, 'the district' after 'the Cedar
        # Sound School District': the document shows the word heading a body's name, as the list does for others; not
        # a person's noun, 'the observer' is no 'Daily Observer')
        if not (head in _ORG_WORDS or (head.endswith("s") and head[:-1] in _ROLE_WORDS)
                or (head.isalpha() and head not in _ROLE_WORDS and not _agent_noun(head)  # (not 'the observer')
                    and any(ends_in_head(e) for e in self.orgs.values()))):
            return None

        mods = [w.lower() for w in words[:-1] if w[:1].isalpha() and w.lower() not in _DETERMINERS]
        # 'the circuit court' after 'The Tallinn Circuit Court' and 'Harju County Court': a definite description's
        # modifiers restrict it to the referent they describe (Hawkins 1978, ch. 3), so a body whose name holds them
        # is meant before one that only shares the head (round 27)
        if (mods and (hit := self._last_mention(pos, lambda p, ent: ends_in_head(ent) and len(ent.words) > len(mods)
                                                and set(mods) <= {w.lower() for w in ent.words[:-1]})) is not None
                or (hit := self._last_mention(pos, lambda p, ent: ends_in_head(ent))) is not None):
            return self._fuller_org(hit[1].words) or hit[1]
        # 'a committee of the Federal Council of Churches ... the committee declared', 'the general board
        # of the National Council of Churches ... The general board declared': a body introduced in lower
        # case as a part of a named organisation speaks for that organisation (round 5, part E; the labels'
        # convention of an organisation for its bodies and documents), the last such introduction before pos
        found = None
        for m in re.finditer(rf"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[a-z][\w\-]*\s+){{0,2}}{re.escape(head)}\s+"
                             r"of\s+(?:the\s+)?(?P<org>[A-Z][\w.\-]*(?:\s+(?:of|on|for|and|the|[A-Z][\w.\-]*))*)",
                             self.text[max(0, pos - 3000):pos]):
            found = m
        if found is not None:
            words = found.group("org").split()
            while words and words[-1] in ("of", "on", "for", "and", "the"):
                words = words[:-1]
            if len(words) > 1:
                return self._fuller_org(words) or self.orgs.get(" ".join(words)) or self._org(" ".join(words))
        # (round 15: last, a name whose head is the word before its of-phrase, 'the Ministry of Health ... the ministry
        # said', 'the Bureau of Meteorology ... the bureau'; after the names that end in the head and the bodies
        # introduced in lower case, which a body's short form names first: 'the association' after 'the Philadelphia
        # Hotel Association' is no 'International Association of Fire Fighters' named since)
        # (round 17: or 'for', 'the Arab Center for Water & Environment Studies ... the center warned')
        if (hit := self._last_mention(pos, lambda p, ent: ent.kind == "org" and _head_of_name(ent.words) == head)):
            return self._fuller_org(hit[1].words) or hit[1]
        return None

    def _last_mention(self, pos: int, test) -> tuple[int, _Entity] | None:
        """The last mention (position, entity) before ``pos`` that passes ``test(position, entity)``, among the 400
        before it (a bounded look back: linear time on any text); None where none does."""
        k = bisect_right(self._mention_pos, pos) - 1
        for j in range(k, max(-1, k - 400), -1):
            p, ent = self.mentions[j]
            if test(p, ent):
                return p, ent
        return None

    def _subordinate_subject(self, pos: int, where: int, gender: str) -> _Entity | None:
        """'When Royal was told ..., he said: “...”': the subject of a leading subordinate clause of the
        quotation's own sentence is the antecedent of the pronoun of its main clause.

        Reasoning: pronouns are resolved to people named before the sentence of the quotation (the
        antecedent usually precedes it), which skips a name that the same sentence introduces in a
        clause before the main one (*when, after, as, while, although, before, once, since, because,
        if*). Such a clause ends in a comma before the pronoun; the first person of compatible gender
        named as its subject (see :func:`_subject_like`) is meant.
        """
        m = _SUBORDINATE_LEAD.match(self.text, pos, min(where, pos + 200))
        if m is None:
            return None
        k = bisect_right(self._mention_pos, m.end() - 1)
        for j in range(k, min(len(self.mentions), k + 6)):
            p, ent = self.mentions[j]
            if p >= where or p - m.end() > 40:
                break
            if (ent.kind == "person" and (ent.gender is None or ent.gender == gender) and not self._bare_plural(ent)
                    and "," in self.text[p:where] and _subject_like(self.text, p)):
                return ent
        return None

    def _main_subject_in_sentence(self, pos: int, where: int, written: str, gender: str) -> _Entity | None:
        """'President Lyndon Johnson delivered his well-known speech in which he emphasized that ... “...”': the person
        named as the subject of the main clause of the pronoun's own sentence, before it, where the pronoun opens a
        clause subordinate to or coordinated with that main clause (after a relative or subordinating word, 'and',
        'but' or a comma).

        Reasoning: a pronoun is first sought to its left in its own sentence, the subject before other noun phrases,
        and only then in the sentences before (Hobbs 1978; the grammatical-role ranking of Brennan, Friedman &
        Pollard 1987); the rule for people read only the sentences before, which skips the subject the pronoun's own
        sentence names ('he' had gone to a delegate named a paragraph before). Only a person named within the first
        80 characters of the sentence, as a subject (:func:`_subject_like`), of the pronoun's gender or of none known,
        with no other person of a compatible gender and no quotation mark between it and the pronoun (stop 66)."""
        s0 = _sentence_start(self.text, min(pos, where))
        # the pronoun: its last occurrence before the first quotation mark of the sentence (a pronoun after a
        # quotation, '“...,” he said', is left to the sentences before)
        q = _ANY_QUOTE_MARK.search(self.text, s0, max(pos, where))
        end = q.start() if q is not None else max(pos, where)
        at = [m.start() for m in re.finditer(rf"(?<![\w’']){re.escape(written)}(?![\w’'])", self.text[s0:end])]
        if not at:
            return None
        where = s0 + at[-1]
        if not _SUBORDINATE_PRONOUN.search(self.text, max(s0, where - 40), where):
            return None
        k = bisect_left(self._mention_pos, s0)
        found = None
        for j in range(k, min(len(self.mentions), k + 8)):
            p, ent = self.mentions[j]
            if p >= where:
                break
            if ent.kind != "person" or (ent.gender is not None and ent.gender != gender) or self._inside_quote(p):
                continue
            if found is None:
                if (p - s0 > 80 or not _subject_like(self.text, p) or self._bare_plural(ent)
                        or _DETERMINER_BEFORE.search(self.text, max(s0, p - 8), p) is not None):
                    return None  # (not a name after an article, 'the Charles MacArthur-Helen Hayes saga': a modifier)
                found = (p, ent)
            elif ent is not found[1]:
                return None  # another person the pronoun could take
        return None if found is None else found[1]

    def _epithet_antecedent(self, pos: int, demonym: str) -> _Entity | str | None:
        """'Erling Haaland scored twice. “...,” the Norwegian told Sky Sports': the person named last before the
        quotation's sentence (within 1,500 characters) is the one a nationality or party epithet refers to;
        or, before that, the indefinite description with that word before a noun of a person ('an American
        missionary ... the American said': the description, without its article).

        Reasoning: sports and wire copy avoid repeating a name by an epithet of nationality or party
        ('the Spaniard', 'the Texas Republican'), a definite description that introduces no one new (a new
        person comes with a name or an indefinite article), as the variations of :func:`_variation` do. The
        nationality is not checked against the name (the text does not give it): the person named last,
        the subject before others (:meth:`_recent`), is meant; with no person that near it stays a description.
        An epithet written more than twice in the text is no variation but the text's own designation of someone
        it does not name (fiction's 'the German'): it stays a description.
        An indefinite description holding the same word before a noun of a person (a role, 'man', or a noun of
        agent: :data:`_AGENT_NOUN`) introduced someone whom the epithet repeats (the anaphoric definite article, as
        in :meth:`_indefinite_antecedent`); it is taken before the person named last, whose nationality the text
        does not give.
        """
        if self._designations.get(demonym) is None:
            self._designations[demonym] = len(re.findall(rf"(?<![\w’'])[Tt]he\s+{re.escape(demonym)}(?![\w’'\-])",
                                                             self.text))
        if self._designations[demonym] > 2:
            return None  # 'the German' throughout a story: the text's name for someone it never names
        found = None
        for m in _DEMONYM_DESC.finditer(self.text, max(0, pos - 1500), pos):
            n = m.group("n")
            if m.group("w") == demonym and (n in _ROLE_WORDS or n in _PERSON_NOUNS or n in _FEMALE_NOUNS
                                            or n in _MALE_NOUNS or _AGENT_NOUN.fullmatch(n)):
                found = m
        if found is not None:
            return f"{demonym} {found.group('n')}"
        # (round 27: an epithet in -man or -woman, 'the Dutchman', 'the Frenchwoman', gives the gender: a woman
        # named last is no 'Dutchman')
        low = demonym.lower()
        gender = "f" if low.endswith("woman") else "m" if low.endswith("man") and len(low) > 5 else None
        ent = self._recent(pos, "person", gender)
        if ent is not None and self._other_nationality(ent, demonym):
            # (round 38: a person the text gave another nationality is passed over for the person named before them)
            k = bisect_left(self._mention_pos, pos)
            ent = next((e for _, e in reversed(self.mentions[:k]) if e.kind == "person" and e.merged is None
                        and (gender is None or e.gender in (None, gender)) and not self._other_nationality(e, demonym)),
                       None)
        if ent is None or pos - self._last_pos(ent, pos) > 1500:
            return None
        return ent

    def _other_nationality(self, ent: _Entity, demonym: str) -> bool:
        """Does the text write another nationality right before one of ``ent``'s mentions ('with Dane Mikkel
        Thorsager' for 'the Colombian')? Round 38: the table reads 'Swede Jonas Lindqvist' as the name without its
        nationality, as it read 'American Casey Ruddock', and an epithet is then no variation of a person the text
        gave another nationality."""
        for p in ent.positions:
            before = self.text[max(0, p - 30):p].split()
            at = self.text[p:p + 30].split()  # (a run's place is its first word's, the nationality's where it opens it)
            for w in (before[-1] if before else "", at[0] if at else ""):
                if w != demonym and w not in ent.words and (w in _NATIONALITY_ADJECTIVES or _demonym(w)):
                    return True
        return False

    def _sentence_subject_org(self, pos: int, where: int) -> _Entity | None:
        """'Hikvision showed off a system it says can flag “abnormal behaviour”': where no organisation is named
        before the sentence, the organisation named as the subject of the quotation's own sentence before the
        first 'it' of that sentence is its antecedent.

        Reasoning: a pronoun is first sought to its left in its own sentence, the subject before other noun
        phrases, and only then in the sentences before (Hobbs 1978); :meth:`_recent` reads only the sentences
        before, which is right where they name an organisation (the text's topic is the likelier antecedent
        there). Where they name none, an 'it' inside a relative or complement clause ('a system it says',
        'which it said') left unresolved is read back to the subject of the main clause. Only the sentence's text
        before that 'it' is read, and only names outside quotations (the table's mentions).
        """
        m = _IT_WORD.search(self.text, pos, where)
        if m is None:
            return None
        k = bisect_left(self._mention_pos, pos)
        for j in range(k, min(len(self.mentions), k + 6)):
            p, ent = self.mentions[j]
            if p >= m.start():
                break
            if self._at_dateline(p):
                continue  # (round 17: the place of a wire dateline, 'MANILA, Aug 20 — The ... Department ...')
            if (ent.kind == "org" or _bare_name(ent)) and _subject_like(self.text, p):
                return ent
        return None

    def _at_dateline(self, p: int) -> bool:
        """Does a wire dateline open a line at ``p`` ('MANILA, Aug 20 — ', :data:`_DATELINE`)? Its place is no
        antecedent of 'it' (round 17)."""
        return (p == 0 or self.text[p - 1] == "\n") and _DATELINE.match(self.text, p) is not None

    def _speaker_person(self, written: str, name: list[str], gender: str | None, where: int) -> _Entity | None:
        """A person for a speaker named in full that the table does not hold ('Bethan Hughes called the offer “...”'
        where 'Bethan' is no given name the table knows and no title or role marks the run): the speaker of a verb
        of saying is a person (or a body, which has an organisation word and is read above), so a later he or she
        may take them (round 17: 'she' had been left unresolved after such a speaker). Added as a mention where the
        name is written (:meth:`_written_at`; None where it is not found there, or inside a quotation)."""
        at = self._written_at(written, where)
        if at < 0 or self._inside_quote(at):
            return None
        at += written.find(name[0])  # (the name's own start, after a title or description written before it)
        ent = self._new_person(" ".join(name), name, gender)
        ent.positions.append(at)
        k = bisect_right(self._mention_pos, at)
        self.mentions.insert(k, (at, ent))
        self._mention_pos.insert(k, at)
        if getattr(self, "_canon", None) is not None:  # (the candidates of a name, remembered per name: one more
            self._canon.clear()  # person may hold it now)
        return ent

    def _office_in_use(self, word: str) -> bool:
        """Does the text use ``word`` (a role word that is also a given name, :data:`_ROLE_GIVEN`: 'Dean') as the
        office: in lower case anywhere, after 'the', or before 'of' ('Dean of the Faculty')? Asked once per word."""
        found = self._offices.get(word)
        if found is None:
            found = re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])|(?<![\w’'])(?:[Tt]he\s+{re.escape(word)}"
                              rf"|{re.escape(word)}\s+of)(?![\w’'])", self.text) is not None
            self._offices[word] = found
        return found

    def _coordinated_name(self, written: str, where: int) -> str | None:
        """The name of an organisation that holds the speaker as written after its 'and' or '&' ('the Ministry of
        Housing and City Policy said' had given 'City Policy', 'Centers for Disease Control and Prevention'
        'Prevention'), where the text writes it so right before the attribution's subject; else None.

        Round 25: a name of two coordinated nouns or phrases is one name (Quirk et al. 1985, 13.66 on coordinated
        heads; the institutions' names coordinate their remits, 'Housing and City Policy'); the subject patterns
        stop at the conjunction, as they must between two people ('Ann Roe and Tom Hill said'). Read as one name
        only where the whole holds a word of an organisation's name (:data:`_ORG_WORDS`) and the words before the
        'and' are capitalised (with 'of', 'for', 'on' and 'the' inside)."""
        at = self._written_at(written, where)
        if at < 0:  # (round 35: a subject further back, 'the Ministry of Housing and City Policy said in a statement
            # marking the anniversary that ... “...”': the subject of the clause the quotation ends, within its sentence)
            at = self.text.rfind(written, _sentence_start(self.text, where), where)
        if at <= 0:
            return None
        # (round 39: within the line: a headline's last word is no part of the name that opens the body)
        m = _COORDINATED_BEFORE.search(self.text, max(0, at - 120, self.text.rfind("\n", 0, at) + 1), at)
        if m is None:
            return None
        full = " ".join(self.text[m.start():at + len(written)].split())
        if ((owner := re.match(r"(?:[Tt]he\s+)?(?P<o>\S+)[’']s\s+(?=[A-Z])", full)) is not None
                and not _role_word(owner.group("o")) and owner.group("o").lower() not in _ORG_WORDS):
            # (round 35: 'The THA's Division of Infrastructure and ...': the owner is the name's determiner; not the
            # office a body's name holds in the genitive, 'The Prosecutor’s Office of Bosnia and Herzegovina')
            full = full[owner.end():]
        if not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in full.split()) and not (
                # (round 39: or one that ends in a country, the national body named by its remit, 'Track and Field
                # Australia', 'Fisheries and Oceans Canada': no person's name ends in one)
                len(full.split()) >= 4 and (_place_name(full.split()[-1:]) or _place_name(full.split()[-2:]))):
            return None
        if (sp := _SPOKESPERSON_FOR_BEFORE.search(self.text, max(0, m.start() - 60), m.start())) is not None:
            # (A spokesman for the Department of Further and Higher Education: the spokesman speaks for it)
            return " ".join(self.text[sp.start():at + len(written)].split())
        return full

    def _resolve_fuller(self, written: str, full: str, pos: int, where: int) -> dict:
        """The speaker of ``full``, the fuller form the text writes around the speaker as written, kept as written;
        the name as written is not extended again while its fuller form is read, which may cut it out once more."""
        self._coordinating.add(written)
        try:
            found = self._resolve(full, pos, where)
        finally:
            self._coordinating.discard(written)
        found["speaker_as_written"] = written
        return found

    def _spokesperson_holding(self, written: str, where: int) -> str | None:
        """'A spokesperson for' + the name that holds the speaker as written, where the text writes the speaker inside
        the for-phrase of a spokesperson that opens its clause ('A spokesperson for Immigration, Refugees and
        Citizenship Canada said', 'A spokesman for debt charity StepUp Money said'); else None (round 28)."""
        at = self._written_at(written, where)
        if at <= 0 or self.text[max(0, at - 2):at] == ", ":
            return None  # (after a comma the name is in apposition: 'A spokesperson for the party, Rep. Seo Eun-bi')
        if self.text.find("spokes", max(0, at - 140), at) < 0:
            return None  # (the pattern's one fixed word, looked for first)
        m = _SPOKES_FOR_HOLDING.search(self.text, max(0, at - 140), at)
        if m is None or not (_sentence_opening(self.text, m.start()) or self.text[max(0, m.start() - 2):m.start()] == ", "):
            return None
        if re.search(r"[.!?]\s", self.text[m.start():at]):
            return None  # (not across a sentence's end)
        return " ".join(self.text[m.start():at + len(written)].split())

    def _body_named_before(self, head: str, pos: int) -> str | None:
        """The body named before ``pos`` that 'the HEAD' takes up: a name that ends in the head ('Kessington
        College' ... 'the college', :meth:`_org_by_head`) or opens with it before its of-phrase ('the University of
        Leeds' ... 'the university'); None where no such body was named (the description stays as written)."""
        ent = self._org_by_head(["the", head], pos)
        if ent is None:
            hit = self._last_mention(pos, lambda p, e: e.kind == "org" and len(e.words) > 2
                                     and e.words[0].lower() == head and e.words[1] == "of")
            ent = None if hit is None else hit[1]
        return None if ent is None else ent.name

    def _spokesperson_of_body(self, written: str, pos: int, where: int) -> dict | None:
        """Stop 70 (2): a spokesperson of a body written with the genitive, in the library's form 'spokesman for X',
        or None.

        "Blacktown City Council's spokesman", "the council's spokesman": the genitive of a body before the noun says
        what the of- or for-phrase says (Quirk et al. 1985, 5.116 on the genitive and the of-phrase), so it is written
        as 'a spokesman for X' is ('spokesman for Blacktown City Council'); the genitive is the determiner of the
        whole phrase, and the article the text writes is the body's, so the form takes none. The genitive of a name
        counts only where its last word is an organisation word ('Ann Roe's spokesman' stays as written); 'the
        council' of "the council's spokesman" is a definite description whose head is the common noun of a body
        named earlier ('Marrowby District Council' ... 'the council'), which takes that body up (Poesio & Vieira
        1998; :meth:`_body_named_before`), as 'the council said' does; with no such body, or a head that names no
        body ('the minister's spokesman'), it stays as written.
        """
        if (g := _GENITIVE_SPOKES.fullmatch(written)) is not None:
            org, noun = g.group("org"), g.group("noun")
            if g.group("the") is not None and org.isalpha() and org.islower():
                body = self._body_named_before(org, min(pos, where))
            elif (g.group("the") is None and org[:1].isupper() and len(org.split()) >= 2
                  and org.split()[-1].lower() in _ORG_WORDS and all(w[:1].isupper() or w in ("of", "for", "and", "&")
                                                                     for w in org.split())):
                body = org
            else:
                return None
            if body is None:
                return None
            return {"speaker": f"{noun} for {body}", "speaker_as_written": written, "speaker_role": None,
                    "speaker_org": body, "channel": None, "speaker_reason": "description"}
        return None

    def _spokesperson_premodified(self, written: str, where: int) -> str | None:
        """'A Department for Culture, Media and Sport spokesperson': the whole indefinite description, where the speaker
        as written is the last part of a capitalised name (or the whole name) that premodifies a spokesperson noun right
        after it, and an article opens the name at the start of its sentence or after a comma; else None. The subject
        patterns stop at the comma of such a name and read 'Sport', or the name alone; the name is one noun phrase with
        internal structure (Quirk et al. 1985, 17.58-17.64) and the premodifier of the spokesperson noun (17.104), so the
        spokesperson speaks, written as 'a spokesperson for X' (stop 70)."""
        at = self._written_at(written, where)
        if at <= 0 or _SPOKES_NOUN_AFTER.match(self.text, at + len(written)) is None:
            return None  # (the fixed word, right after the name, looked for first)
        m = _SPOKES_PREMOD_OPENING.search(self.text, max(0, at - 140), at)
        if m is None or not (_sentence_opening(self.text, m.start()) or self.text[max(0, m.start() - 2):m.start()] == ", "):
            return None
        if "," not in self.text[m.start():at + len(written)]:
            return None  # (a name without a comma is read whole by the subject patterns, _quote_cues._DETNP)
        end = _SPOKES_NOUN_AFTER.match(self.text, at + len(written)).end()
        return " ".join(self.text[m.start():end].split())

    def _unnamed_source_holding(self, written: str, where: int) -> str | None:
        """The unnamed source whose formula holds the speaker as written: 'People with knowledge of the negotiations
        said', 'A person with direct knowledge of the talks said', 'People familiar with the matter said' read as the
        subject 'the negotiations', 'the talks', 'the matter', which is the object of the formula's preposition, never
        the subject of the verb (Quirk et al. 1985, 9.1). The formulas are those wire style prescribes for a source
        that cannot be named, described by what they know (Reuters Handbook of Journalism, 'Sourcing'; AP Stylebook,
        'anonymous sources'): the description from its determiner or number (or its head opening the clause) to the
        speaker as written, where its head is a noun of persons; else None."""
        at = self._written_at(written, where)
        if at <= 0:
            return None
        lo = max(0, at - 160)
        for w in _WORD_START.finditer(self.text, lo, at):
            start = w.start()
            if (m := _SOURCE_FORMULA_BEFORE.fullmatch(self.text, start, at)) is None or not (
                    _sentence_opening(self.text, start) or self.text[max(0, start - 2):start] == ", "):
                continue
            if not _persons_head(m.group("head") or m.group("head2")):
                return None
            return " ".join(self.text[start:at + len(written)].split())
        return None

    def _title_holding(self, written: str, where: int) -> str | None:
        """The title whose complement the speaker as written is: 'The ambassador to the UN said', 'the envoy to
        Washington said', 'Kenya's ambassador to the UN told reporters' read as the subject 'the UN', 'Washington',
        which is the object of the title's preposition, never the subject of the verb (Quirk et al. 1985, 9.1,
        17.38-17.39): the description from its determiner to the speaker as written, where its head is an office
        or role (:data:`_ROLE_WORDS`, 'ambassador', 'envoy', 'adviser', 'rapporteur') and no preposition stands
        before it; else None. Only 'to' and 'on' are read here: 'for' and 'at' ('A spokesman for Acme', 'the
        director at Acme') are read whole by the subject patterns."""
        at = self._written_at(written, where)
        if at < 4 or self.text[at - 4:at] not in (" to ", " on ", "\nto ", "\non "):
            return None  # (the cheap test first: most speakers follow no 'to' or 'on')
        m = _TITLE_COMPLEMENT_BEFORE.search(self.text, max(0, at - 120), at)
        if (m is None or m.group("head").lower() not in _ROLE_WORDS
                or _PREPOSITION_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) is not None):
            return None
        return " ".join(self.text[m.start():at + len(written)].split())

    def _written_at(self, written: str, where: int) -> int:
        """Where the speaker as written stands in the text: from ``where`` on (an attribution after the
        quotation, within 200 characters), else right before it (a subject that opens the attribution before its
        verb); -1 where it is in neither place. A place found before ``where`` is always below it (the text there
        would have been found from ``where`` on)."""
        k = self.text.find(written, where, where + 200)
        return k if k >= 0 else self.text.rfind(written, max(0, where - 200), where + len(written))

    def _last_subject(self, rx: re.Pattern, anchor: int, ent: _Entity | None) -> re.Match | None:
        """The last match of ``rx`` (a description opening its sentence as the subject) from the start of the
        sentence before ``anchor``'s (:func:`_utterance_start`) to ``anchor``, where it comes after the last
        mention of ``ent`` before ``anchor``; else None (what :meth:`_org_description_subject` and
        :meth:`_doc_description_subject` both seek)."""
        found = None
        for m in rx.finditer(self.text, _utterance_start(self.text, anchor), anchor):
            found = m
        if found is None or (ent is not None and self._last_pos(ent, anchor) > found.start()):
            return None
        return found

    def _org_description_subject(self, pos: int, where: int, ent: _Entity | None) -> _Entity | str | None:
        """'The interior ministry welcomed the ruling. In a statement, it said ...': the organisation a definite
        description names as the subject of the sentence before the pronoun's or of its own sentence before the
        pronoun (:data:`_ORG_DESC_SUBJECT`), where it comes after the last mention of ``ent`` (the organisation
        :meth:`_recent` found): the body named in full before by that head (:meth:`_org_by_head`), else the
        description as written without its article. None where no such subject is there.

        Reasoning (round 12, from a first run on written wire copy, where 'it' went to 'AFP', the outlet a
        lawyer had spoken to a sentence before): the pronoun continues the subject of the utterance before its
        own (Grosz, Joshi & Weinstein 1995), and news names a body it does not name in full by a definite
        description ('the ministry', 'the company'); the table holds only names, so such a subject is sought in
        the text itself."""
        found = self._last_subject(_ORG_DESC_SUBJECT, min(pos, where), ent)
        if found is None:
            return None
        words = found.group("d").split()
        return self._org_by_head(words[1:], found.start()) or " ".join(words[1:])

    def _book_citations(self) -> list[tuple[int, str]]:
        """The bibliographic lines of reviewed books in the text (:func:`discourse._reviews.book_citations`), read once."""
        found = getattr(self, "_citations", None)
        if found is None:
            found = self._citations = book_citations(self.text)
        return found

    def _doc_description_subject(self, pos: int, where: int, ent: _Entity | None) -> dict | None:
        """'The inspector's report, published on Monday, was scathing. “...,” it said.': the document a definite
        or possessive description names as the subject of the sentence before the pronoun's or of its own
        sentence (:data:`_DOC_DESC_SUBJECT`), after the last mention of ``ent`` (the organisation
        :meth:`_recent` found), resolved as if it were written in the pronoun's place (its owner speaks, the
        document is the channel); None where no such subject is there.

        Reasoning (round 14, from a first run on written news, where such an 'it' stayed unresolved): as for
        an organisation described as the subject (:meth:`_org_description_subject`), the pronoun continues the
        subject of the utterance before its own (Grosz, Joshi & Weinstein 1995); a document speaks through its
        author, as 'the report said' does."""
        found = self._last_subject(_DOC_DESC_SUBJECT, min(pos, where), ent)
        if found is None:
            return None
        out = self._resolve(re.sub(r"\s+", " ", found.group("d")), pos, where)
        return out if out["speaker"] is not None else None

    def _anonymous_sources(self, lo: int, hi: int):
        """The unnamed sources of :data:`_ANON_SOURCE` between ``lo`` and ``hi`` that open their clause outside
        quotations and whose formula names no one (what :meth:`_anonymous_antecedent` and :meth:`_anonymous_source`
        both read); the pattern runs only where the text holds one of the formula's own words."""
        if _ANON_WORD.search(self.text, lo, hi) is None:
            return
        for m in _ANON_SOURCE.finditer(self.text, lo, hi):
            if (_clause_subject_at(self.text, m.start()) and not self._inside_quote(m.start())
                    and _NAMED_SOURCE.search(m.group("f")) is None):
                yield m

    def _anonymous_antecedent(self, heads: list[str], pos: int) -> str | None:
        """The description of an unnamed source introduced with the formula of anonymity (:data:`_ANON_SOURCE`) whose
        head is ``heads``, the last in the 1,500 characters before ``pos``, as :meth:`_anonymous_source` writes it, or
        None (round 28: 'A senior RJA functionary, who did not wish to be named, said ... the functionary said')."""
        tail = [h.lower() for h in heads]
        found = None
        # (within 6,000 characters, not 1,500: a long-form feature quotes the source it may not name again sections
        # later, 'A senior police officer who asked not to be named ... [2,700 characters] ... The senior officer,
        # asked about that human review, was blunt'; a person named since who holds the role is read first, by the
        # callers, and the last such source before ``pos`` is taken)
        for m in self._anonymous_sources(max(0, pos - 6000), pos):
            words = m.group("d").split()[1:]
            # (round 39: one no fuller than the definite description too, 'A former deputy, who asked not to be named
            # ... the former deputy said': the same unnamed source, not the person quoted before it; the description
            # then keeps its article as written, as one with nothing fuller before it does)
            # (or the words before a prepositional postmodifier, the head of the noun phrase, Quirk et al. 1985, 17.2
            # and 17.37: 'A former analyst at the company, who asked not to be identified, ... the former analyst
            # said'; had gone to the person quoted before)
            low = [w.lower() for w in words]
            cut = next((i for i, w in enumerate(low) if w in _POSTMODIFIER_PREPOSITIONS), len(low))
            # (one with 'One', 'One orderly at Kerrigan Park Private', is left to the fuller indefinite description the
            # definite takes up below, which writes it without 'one')
            # (and a definite description with the same head and fewer premodifiers, 'the senior officer' after 'a
            # senior police officer who asked not to be named': a same-head anaphor, whose premodifiers are a subset
            # of its antecedent's, Poesio & Vieira 1998, "A corpus-based investigation of definite description use")
            head_cut = low[:cut][-len(tail):] if m.group("d").split()[0] in ("A", "An", "a", "an") else None
            if len(words) >= len(tail) and (tail in (low[-len(tail):], head_cut) or (
                    head_cut is not None and cut > 0 and tail[-1] == low[cut - 1]
                    and set(tail[:-1]) <= set(low[:cut - 1]))):
                found = m
        if found is None:
            return None
        return (_anonymous_description(found.group("d")) if len(found.group("d").split()) > len(tail) + 1
                else "the " + " ".join(heads))

    def _anonymous_source(self, pos: int, where: int, ent: _Entity | None, gender: str) -> str | None:
        """The unnamed source introduced with the formula that withholds the name (:data:`_ANON_SOURCE`) as the
        subject of a sentence after the last mention of the named candidate ``ent``, in the 900 characters before the
        attribution, when the formula's pronouns agree with ``gender``: the description without its article ('One
        firefighter' keeps 'one', 'One of the workers' is 'worker'), or None.

        Reasoning (round 28, from the misses of the 219 blind sets read before: 63 he/she attributions that the
        labels give to an unnamed source went to a person named before it): news introduces a source who may not be
        named by an indefinite description and a relative clause that says why ('who asked not to be named because
        he was not authorised to speak to the media'; Bell 1991, 190-194, on unnamed sources; the AP Stylebook's
        rule that an anonymous source's reason be stated), and the next he/she continues that subject (Grosz, Joshi
        & Weinstein 1995). The description is looked for beyond the 300 characters and the nouns of
        :meth:`_described_person`: the formula marks it as a person. A formula that names the source ('asked to be
        identified only as Rahim') makes it no unnamed one."""
        last = self._last_pos(ent, where) if ent is not None else -1
        found = None
        for m in self._anonymous_sources(max(0, where - 900, last + 1), where):
            f = m.group("f").lower()
            g = ("f" if re.search(r"\b(?:she|her|herself)\b", f) else "m" if re.search(r"\b(?:he|his|him|himself)\b", f)
                 else "n" if re.search(r"\b(?:they|their|them|themselves)\b", f) else None)
            if (gender == "n") != (g == "n"):
                continue  # 'they' only after a formula that uses it of the one person, and he/she not after one that does
            if g is not None and g != gender:
                continue
            found = m
        return _anonymous_description(found.group("d")) if found is not None else None

    def _unnamed_source_before(self, pos: int, where: int) -> str | None:
        """The description of the unnamed source that the general nouns 'the source', 'the person', 'the insider' or 'the
        individual' take up, after the last person named before, else None: the member of the group a plural indefinite
        description introduced, where 'one of the people' or 'one of them' was written since (:meth:`_one_of_group`);
        else the source introduced with the formula of anonymity (:meth:`_anonymous_source`); else the described
        subject of a clause (:meth:`_described_person`, either sex); else a fuller indefinite description headed by
        'person' or 'source' (:meth:`_indefinite_antecedent`).

        Round 37, read from the 'the source said' and 'the person said' of the read sets, which the labels give to the
        description that introduced the source ('One person with knowledge of the negotiations said ... the source
        added', 'A senior figure in the meat industry, who did not wish to be named, told ... the source said', 'One
        senior executive at a Singapore lender said ... the person said'): wire and business copy refers to an unnamed
        source by a superordinate noun, a general noun whose anaphoric use takes up a more specific description before
        it (Halliday & Hasan 1976, 6.3 on general nouns; Quirk et al. 1985, 19.49), as a pronoun would."""
        ent = self._recent(pos, "person")
        last = self._last_pos(ent, where) if ent is not None else -1
        # 'Two people with knowledge of the matter told Reuters ... One of the people said ...': the member of the group
        if _ONE_OF_WRITTEN.search(self.text, max(0, pos - 600, last + 1), pos) is not None and (
                member := self._one_of_group(None, pos)) is not None:
            return member
        for gender in ("m", "f", "n"):
            if (found := self._anonymous_source(pos, where, ent, gender)) is not None:
                return found
        found = self._described_person(pos, where, ent, "m") or self._described_person(pos, where, ent, "f")
        if found is not None:
            return found
        for head in ("person", "source"):  # 'One person with knowledge of the negotiations said': the fuller description
            if (found := self._indefinite_antecedent([head], pos)) is not None and self.text.rfind(found, 0, pos) > last:
                return found
        return None

    def _described_person(self, pos: int, where: int, ent: _Entity | None, gender: str) -> str | None:
        """'A woman with a small boy slipped in between them. “Please”, she said': a person described by a
        common noun ('a woman', 'the man', 'the old farmer'), the subject of a clause in the 300 characters
        before the attribution and after the last mention of the named candidate ``ent``, is the antecedent
        of he/she when its noun's gender agrees; the speaker is the description without its article
        ('woman').

        Reasoning (round 5, part E: 'she' unresolved after 'A woman ... slipped in', 'He asked' given to a
        man named paragraphs before 'The man stuck the nozzle in'): a pronoun continues the subject of the
        sentence before it (the preferred centre of centering theory, Grosz, Joshi & Weinstein 1995), and
        reporters and novelists introduce unnamed speakers by such a noun; the name table held only names
        and role heads. A description inside a quotation or a prepositional phrase does not count."""
        # (round 15: a description that holds the candidate's mention in a phrase after its noun, 'A rice farmer
        # from Nueva Ecija, who ...', is after it: the description's end counts, not its start; a name in apposition,
        # 'a remarkable woman, Teresa Durlach, came', names the person described, who is the candidate)
        last = self._last_pos(ent, where) if ent is not None else -1
        found = None
        for m in _DESCRIBED_PERSON.finditer(self.text, max(0, pos - 300), where):
            if m.end() <= last or (m.start() <= last and _APPOS_NAME_OPEN.search(self.text, max(0, last - 20), last)):
                continue
            if (0 <= last < m.start() and _APPOS_AFTER_NAME.fullmatch(self.text, last, m.start()) is not None
                    and _PREP_BEFORE_NAME.search(self.text, max(0, last - 12), last) is None):
                # Jordan Whitfield, a former official at the agency, said (round 16): the candidate described; not
                # 'At one clinic in Fort Stockton, a mother of three said', where the name ends an adverbial
                continue
            noun = m.group("n").lower()
            if noun not in _DESCRIBED_NOUNS and noun not in _ROLE_PERSON_NOUNS and not (
                    _agent_noun(noun) and m.group("d")[:1] in "AaOo" and _sentence_opening(self.text, m.start())
                    and m.group(0).rsplit(None, 1)[-1] in _SAYING_VERBS):
                continue  # (an agent noun only heading an indefinite description that opens its sentence and says)
            if (noun in _ROLE_PERSON_NOUNS or _CAPITALISED_MODIFIER.match(m.group("d")) is not None) and (
                    m.group("d")[:3].lower() == "the" or not _sentence_opening(self.text, m.start())) and not (
                    _sentence_opening(self.text, m.start()) and _OF_AFTER_NOUN.match(self.text, m.end("n"))
                    and _UNNAMED.search(m.group(0)) is not None):
                continue  # (round 21's wider descriptions: indefinite, and the subject that opens its sentence)
                # (round 35: or definite, opening its sentence with an of-phrase and the formula of an unnamed source,
                # 'The owner of the takeaway, who did not want to be named, said': the of-phrase makes a definite that
                # establishes someone new, Hawkins 1978 on 'establishing' relative and of-phrases, and the formula says
                # the story does not name them; 'The owner said' alone refers back and stays out)
            if _NOT_REFERRING_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) is not None:
                continue
            g = "f" if noun in _FEMALE_NOUNS else "m" if noun in _MALE_NOUNS else None
            if g is not None and g != gender:
                continue
            if self._inside_quote(m.start()):
                continue
            if _object_before(self.text[max(0, m.start() - 60):m.start()], 60 if m.start() >= 60 else m.start()):
                continue
            if _REPORTED_SUBJECT_BEFORE.search(self.text, max(0, m.start() - 40), m.start()) is not None:
                continue  # (round 26: '... said a new chief financial officer had been appointed': a reported clause's)
            found = m
        if found is None:
            return None
        d = found.group("d") if found.group("rel") is None else self.text[found.start("d"):found.start("rel")]
        words = d.split()  # (round 15: 'One line worker' keeps 'one', which says it is one of many)
        if (words[0].lower() == "the" and len(words) > 1
                and (anon := self._anonymous_antecedent(words[1:], found.start())) is not None):
            # a definite description refers back (Hawkins 1978): 'The senior officer ... was blunt. “...,” he said'
            # after 'A senior police officer who asked not to be named' is that unnamed source, one speaker
            return anon[4:] if anon.startswith("the ") else anon
        return " ".join(words[1:] if words[0].lower() != "one" else ["one"] + words[1:])

    def _description_subject(self, pos: int, where: int, ent: _Entity | None) -> _Entity | str | None:
        """'All week long the President was playing a larger role; ... he declared: “...”' and 'Recently the
        secretary of the Friends Committee was interviewed on the air. ... He said, “...”': a definite
        description with a role head, the subject of a clause after the last mention of the named
        candidate ``ent`` (within 600 characters before the quotation's attribution), is the antecedent of
        he/she. It is the person named before whose role or rank holds that head ('President Kennedy' for
        'the President'), else the description itself with its of-phrase ('secretary of the Friends
        Committee on National Legislation').

        Reasoning (round 4, part D's wrong persons: the President's 'he' went to his brother named earlier,
        an interviewed secretary's 'He' to a politician named paragraphs before): news refers to a person
        it introduced by office with 'the <office>', and a pronoun continues the subject of the clause
        before it, named or described; the table held only capitalised names, so a description between the
        name and the pronoun was skipped. Only the heads of :data:`_ROLE_HEADS` count, and a description
        inside a quotation or a prepositional phrase does not (:func:`_object_before`), nor (round 37) one in the
        sentence of the candidate's last mention.
        """
        last = self._last_pos(ent, where) if ent is not None else -1
        lo = max(0, pos - 600, last)
        hi = where
        found = None
        for m in _DESC_SUBJECT.finditer(self.text, lo, hi):
            if self._inside_quote(m.start()):
                continue
            if last >= 0 and _sentence_start(self.text, m.start()) <= last:
                # round 37: not a description inside the sentence whose subject is the named candidate ('Femi Akinola
                # said the timing suggested the governor was repositioning. ¶ “...,” he said'): a subordinate clause's
                # subject, the candidate's report, does not take over from the main clause's, which the next
                # sentence's pronoun continues (Grosz, Joshi & Weinstein 1995 on the subject's ranking)
                continue
            if _object_before(self.text[max(0, m.start() - 60):m.start("d")], 60 if m.start() >= 60 else m.start()):
                continue
            found = m
        if found is None or any(
                d.group("a") != "The" or any(_role_word(w) or w in _PERSON_NOUNS for w in d.group("w").split())
                for d in _DESCRIPTION_OPENING.finditer(self.text, found.end(), hi)):
            # (round 39: nor one before a sentence whose subject is an indefinite description, 'A police officer at the
            # scene, who did not want his name in print, said ...', or a definite one of a person, 'The taxi driver
            # taking the visitor from the airport remarks ...': the later subject, which the pronoun continues)
            return None
        role = found.group("role").lower()
        said = set(found.group("d").lower().split())
        k = bisect_right(self._mention_pos, found.start()) - 1
        for j in range(k, max(-1, k - 400), -1):
            cand = self.mentions[j][1]
            words = cand.role.lower().replace("’", "'").replace("-", " ").split() if cand.role else []
            if cand.kind == "person" and ((role in words and not (_ROLE_QUALIFIERS & set(words)) - said)
                                          or role == cand.rank):
                return _final(cand)  # 'the President' is not the Vice President
        if (anon := self._anonymous_antecedent(found.group("d").split()[1:], found.start())) is not None:
            # 'A former analyst at the company, who asked not to be identified, ... ¶ The former analyst put it more
            # bleakly. ¶ “...,” she said': the description refers back to the unnamed source (Hawkins 1978), which the
            # pronoun continues as the subject before it (Grosz, Joshi & Weinstein 1995); it had gone to the woman
            # named before the description
            return anon[4:] if anon.startswith("the ") else anon
        if found.group("of"):
            return " ".join(found.group("d").split()[1:])
        return None

    def _subject_org_before(self, where: int, *, markless: bool = False) -> _Entity | None:
        """The organisation named as the subject of a sentence before the one at ``where``: its first name, with
        nothing but 'The' before it in the sentence (a name with no person's marks counts, 'Dunmore Athletic'), in
        the sentence before or, past sentences whose subject is a description ('The regulator said ...'), in one
        of the three before; None where a sentence between has a person or another name for subject (round 16).
        With ``markless``, a name of several words with no person's marks counts too ('NHS England said', which the
        table holds as a person only by its capitals; :func:`_markless_name`)."""
        lo = max(0, where - 1200)
        ends = _boundaries(self.text, lo, where)
        if lo > 0:
            ends = ends[1:]  # the first sentence may be cut
        spans = [(s0, s1) for s0, s1 in zip(ends[:-1], ends[1:], strict=False) if self.text[s0:s1].strip()]
        spans = [((m.end() if (m := _DATELINE.match(self.text, s0, s1)) is not None else s0), s1) for s0, s1 in spans]
        for s0, s1 in spans[::-1][:3]:
            k = bisect_right(self._mention_pos, s0 - 1)
            lead = self.text[s0:self.mentions[k][0]].strip() if k < len(self.mentions) and self.mentions[k][0] < s1 else None
            if lead not in ("", "The", "the"):
                if _SUBJ_DESCRIPTION.match(self.text, s0) is not None:
                    continue  # The regulator said ...: the description of the body named before it
                return None
            p, ent = self.mentions[k]
            if (ent.kind == "org" and ent.name not in self.rep_orgs and ent.name not in _NOT_NAME) or (
                    ent.kind == "person" and (_bare_name(ent) or (markless and _markless_name(ent)))):
                return ent
            return None
        return None

    def _org_by_kind(self, heads: list[str], pos: int, where: int | None = None) -> _Entity | None:
        """'the company', 'the group', 'the firm': the organisation that spoke last (within 1,500
        characters), else the one named last before the sentence (within 1,000 characters).

        Reasoning: after naming an organisation, news refers to it by its kind ('Acme ... the company
        said'); the kind word rarely ends the name (Huawei is no 'Huawei Company'), so the head-noun rule
        cannot find it. The organisation in focus is the one quoted last, or else the one named last; a
        description far from any organisation stays as written.

        Round 30: after a kind noun that names only a business (:data:`_COMPANY_KINDS`: 'the company', not 'the
        operator'), a name of several words with no person's marks ('Heritage Grove Living', 'Westvale Dairies',
        which the table holds as a person only by its capitals) is a candidate too, unless its last word stands
        alone elsewhere in the text (a person's surname on second reference) or it is written only in the headline
        (whose capitals make names of any words, 'Petrosur Prices $600 Million Bond'): :meth:`_business_name`.
        """
        if not heads or (heads[-1] not in _ORG_KINDS and heads[-1] not in _TEAM_KINDS
                         and heads[-1] not in _COMPETITION_KINDS):
            return None
        if heads[-1] in ("team", "franchise") and not all(h.capitalize() in _NATIONALITY_ADJECTIVES for h in heads[:-1]):
            return None  # (round 39: 'the Belgian team', but 'the negotiating team', 'the research team' play no sport)
        kind_fits = _kind_fits(heads[-1])
        addressees = {a.name for a in self._addressees(pos, where, heads[-1])} if where is not None else ()
        to_words = where is not None and (" to " in self.text[pos:where] or "told " in self.text[pos:where])

        def fits(ent: _Entity) -> bool:
            return (kind_fits(ent) and not self._no_body(ent) and ent.name not in addressees
                    and not (to_words and self._addressed(ent.name, pos, where)))
        other = self.last_other
        lp = self.last_person
        if (other is not None and lp is not None and other[0] < lp[0] <= pos and _bare_name(lp[1]) and fits(lp[1])
                and lp[1].name not in _NOT_NAME):
            # 'The Guardian and Amnesty International found ... Hikvision said it "...". The company said ...': a
            # one-word name with no person's marks that spoke after the organisation quoted last is the speaker
            # quoted last, the centre the description takes up (Grosz, Joshi & Weinstein 1995), not the body that
            # spoke before it; the rule of 'Vexo said ... the company said' below, read before the older speaker
            other = None
        subject = self._subject_org_before(where) if where is not None else None
        if subject is not None and not fits(subject):
            subject = None
        if (subject is None and heads[-1] in _COMPANY_KINDS and where is not None and other is not None
                and 0 <= pos - other[0] <= 1500
                and (bs := self._business_subject(where, after=other[0])) is not None and fits(bs)):
            # a business named as the subject of a sentence written since the organisation quoted last spoke ('Axis
            # launched X. The company said ... Hanwha launched Y. The company said ...'): the new subject is the centre
            return bs
        if (other is not None and 0 <= pos - other[0] <= 1500 and other[1]["speaker"] in self.orgs
                and other[1]["speaker"] not in self.rep_orgs and other[1]["speaker"] not in _NOT_NAME
                and fits(self.orgs[other[1]["speaker"]])
                # (round 39: unless another body is the subject of a sentence written since it spoke, 'The NFL Players
                # Association said it was reviewing the decision ... “...,” the union said' after the NFL's statement)
                and (subject is None or subject is self.orgs[other[1]["speaker"]]
                     or not any(e is subject for _, e in self.mentions[bisect_right(self._mention_pos, other[0]):
                                                                        bisect_right(self._mention_pos, where)]))):
            return self.orgs[other[1]["speaker"]]
        # round 16: 'The Information Commissioner's Office has reprimanded Northfleet Borough Council ... In a report
        # published on Monday, the regulator said': the organisation that was the subject of the sentence before,
        # not the one named last in it (the subject is the preferred centre, Grosz, Joshi & Weinstein 1995)
        if subject is not None:
            return subject
        if (ent := self._introduced_as(heads[-1], pos)) is not None and fits(ent):
            return ent  # Rock band The Velvet Hours ... the band wrote (round 23)
        if heads[-1] in _BUSINESS_KINDS and (ent := self._introduced_in_trade(pos)) is not None and fits(ent):
            return ent  # processor Tamworth Dairies ... the company said (round 27)
        lp = self.last_person  # 'Vexo said ... the company said': a one-word name with no person's marks
        if lp is not None and 0 <= pos - lp[0] <= 1500 and _bare_name(lp[1]) and fits(lp[1]):
            return lp[1]
        # round 36: 'Pellham spokeswoman Karen Liddell said ... In an emailed statement, the company said': the body whose
        # spokesperson was quoted last speaks (the spokesperson speaks for it, Bell 1991 on sources' affiliations)
        if (lp is not None and 0 <= pos - lp[0] <= 1500 and lp[1].org and lp[1].role
                and lp[1].role.split()[-1].lower() in _SPOKES_NOUNS
                and (ent := self._fuller_org(lp[1].org.split()) or self._org_from_start(lp[1].org.split())
                            or self._org(lp[1].org)) is not None and fits(ent)):
            return ent
        # a business the table does not hold, named as the subject before ('Hikvision has launched ..., which the
        # company says ...'): the subject is the preferred centre, before a name met since ('Security Center 5.12')
        if heads[-1] in _COMPANY_KINDS and where is not None and (ent := self._business_subject(where)) is not None \
                and fits(ent):
            return ent
        k = bisect_right(self._mention_pos, pos) - 1
        for j in range(k, max(-1, k - 400), -1):
            p, ent = self.mentions[j]
            if pos - p > 1000:
                break
            if ((ent.kind == "org" and ent.name not in self.rep_orgs and ent.name not in _NOT_NAME)
                    or (ent.kind == "person" and (_bare_name(ent) or (
                        heads[-1] in _COMPANY_KINDS and self._business_name(ent)) or (
                        heads[-1] in _TEAM_KINDS and self._team_name(ent))))) and fits(ent):
                return ent  # a name taken for an organisation only because it recurs is too weak here
        return self._team_in_text(pos) if heads[-1] in _TEAM_KINDS else None

    def _addressed(self, name: str, pos: int, where: int) -> bool:
        """Is ``name`` written as the recipient of the words in the attribution from ``pos`` to ``where`` ('In a letter
        to Amnesty International, the company wrote', 'In a statement to The Guardian, the company said', 'Responding
        to the Guardian's findings, the company said')? The recipient of the words is not their source (Reinhart &
        Reuland 1993, condition B; :meth:`_addressees`), however recently it was named or quoted."""
        at = self.text.find(name, pos, where)
        while at >= 0:
            if _ADDRESSEE_BEFORE.search(self.text, max(pos, at - 60), at) is not None:
                return True
            at = self.text.find(name, at + len(name), where)
        return False

    def _addressees(self, pos: int, where: int, head: str | None = None) -> list[_Entity]:
        """The organisations that addressed 'the ``head``' in the sentences before the attribution from ``pos`` to
        ``where``: 'Amnesty International wrote to the company on 3 May. The company said ...', 'The ministry asked the
        company ...'. The recipient of a communication is not its source: two arguments of one predicate are one
        referent only where the predicate is marked reflexive, 'wrote to itself' (Reinhart & Reuland 1993,
        "Reflexivity", Linguistic Inquiry 24(4), condition B), so the body that wrote to 'the company' is not the
        company that answers, however recently it was named; the recipient named in the attribution itself is
        :meth:`_addressed`. Read only where 'the ``head``' stands in the 600 characters before (a literal test
        first)."""
        out = []
        if head is not None and f"the {head}" in self.text[max(0, pos - 600):pos]:
            # 'Amnesty International wrote to the company on 3 May. The company said ...': the body that wrote to,
            # asked or contacted 'the company' before is its co-argument there, so not the company now (the same
            # condition); it is the subject of that sentence, the mention right before the verb
            for m in _ADDRESSED_DESCRIPTION.finditer(self.text, max(0, pos - 600), pos):
                if m.group("head").lower() != head:
                    continue
                hit = self._last_mention(m.start(), lambda p, ent: ent.kind == "org" or _bare_name(ent))
                if hit is not None and _SENTENCE_BREAK.search(self.text, hit[0], m.start()) is None:
                    out.append(hit[1])
        return out

    def _business_subject(self, where: int, after: int = -1) -> _Entity | None:
        """The business named as the subject of the sentence that holds ``where`` or of one of the two before it (within
        1,000 characters, nearest first, not in a headline), for 'the company' where the name table holds none: product
        news rewritten from a release opens with the vendor as subject, 'Hikvision has launched the X, which the company
        says ...', 'Axis Communications has launched ... The company said ...', and a one-word name no person holds,
        without a title or a cue verb, is not in the table.

        The subject is a run of capitalised words at the sentence's head (after a dateline, or a fronted adverbial
        closed by a comma, 'On Tuesday, Genetec released ...') followed by a lower-case word, its verb. A capital at a
        sentence's head marks no name by itself ('Analysts expect ...', 'Cities are buying ...'), so the run is a name
        only where it has two capitalised words or more, or stands after the comma of a fronted adverbial, or its word
        is written with a capital elsewhere in the text where no sentence or line begins and never in lower case (the
        document-centred reading of capitalised words, Mikheev 2002, "Periods, capitalized words, etc.",
        Computational Linguistics 28(3)). A definite description refers back to the entity in focus, the subject
        before it (Grosz, Joshi & Weinstein 1995). With ``after``, only sentences that begin after it are read."""
        text = self.text
        floor = max(0, where - 1000, _headline_end(text))
        starts = [b for b in _boundaries(text, floor, where) if b < where]
        for s0 in starts[::-1][:3]:
            if s0 <= after:
                break  # (only sentences begun after ``after``)
            if s0 == floor and floor > 0 and floor != _headline_end(text) and text[floor - 1] not in "\n.!?":
                continue  # (the window's first piece may be a sentence cut short)
            m = _DATELINE.match(text, s0, where)
            at = m.end() if m is not None else s0
            m = _BUSINESS_SUBJECT.match(text, at, where)
            if m is None:
                continue
            words = m.group("name").split()
            if m.group("verb") in _PARTICLES:
                continue  # ('Bord na Móna': a particle inside a name, no verb)
            caps = [w for w in words if w[:1].isupper()]
            if not (len(caps) >= 2 or m.group("front") or self._capitalised_elsewhere(words[0])):
                continue
            name = " ".join(words)
            if name.lower() in _PRONOUN_SPEAKERS or words[0] in _NOT_NAME:
                continue
            person = self.persons.get(name)
            if person is not None and (person.role or person.gender or words[0].lower() in _GIVEN_NAMES):
                continue
            return self.orgs.get(name) or self._org(name)
        return None

    def _capitalised_elsewhere(self, word: str) -> bool:
        """Is ``word`` written with a capital where no sentence begins (after a lower-case word or a comma) somewhere in
        the text, and nowhere in lower case? (:meth:`_business_subject`; the text's words are read once, into the
        words written in lower case and those written with a capital after a lower-case word or a comma). A
        headline's capitals are no such evidence: Title Case capitalises every word of it ('Hikvision Cameras Linked to
        Human Rights Violations' had made 'Human' of 'Human rights groups call it ...' a firm, the referent of 'The
        firm says ...'), as a sentence's first word is none (Mikheev 2002 reads a capital only where the position does
        not call for one)."""
        found = self.__dict__.get("_word_cases")
        if found is None:
            lower: set[str] = set()
            mid: set[str] = set()
            head = _headline_end(self.text)
            for m in _CASED_WORD.finditer(self.text):
                w = m.group("w")
                if w[:1].islower():
                    lower.add(w)
                elif m.group("mid") and m.start() >= head:
                    mid.add(w)
            found = self.__dict__["_word_cases"] = (lower, mid)
        lower, mid = found
        return word in mid and word.lower() not in lower

    def _team_in_text(self, pos: int) -> _Entity | None:
        """The club named last before ``pos`` (within 1,500 characters, outside quotations and a headline), for 'the club'
        and 'the team' where the name table holds none (round 39). Sports copy names a club with words no person's
        name has: a plural for its players that the text never writes in lower case ('Redmarsh Wanderers', 'the San
        Antonio Marshals', as in :meth:`_team_name`; no 'Courier Sports') or a word of clubs' names
        (:data:`_CLUB_WORDS`: 'Corrib Celtic', 'Serrano Factory Racing'), in a run of two to five capitalised words
        that opens with no known given name, that the table does not hold as a person with marks, that is no place
        and that has no word of a competition (:data:`_COMPETITION_HEADS`: not 'the Scottish Junior Cup'). Such a run
        is taken as an organisation."""
        first = self.text.find("\n") + 1  # (not in a headline, whose capitals make runs of any words)
        lo = max(first if 0 < first <= 120 else 0, pos - 1500)
        found = None
        for m in _TEAM_RUN.finditer(self.text, lo, pos):
            words = m.group().split()
            if (words[0] == "By" or self.text[m.end():m.end() + 1] in ("\n", "")
                    or self.text[m.start() - 1:m.start()] == "("):
                continue  # (a byline, a credit line, a dateline's agency: 'By Renee Castellanos', '(Courier Sports)')
            if words[0] in ("The", "A", "An", "In", "At", "For", "But", "And"):
                words = words[1:]
            last = words[-1] if words else ""
            if (len(words) < 2 or self._inside_quote(m.start()) or words[0].lower() in _GIVEN_NAMES
                    or not (last in _CLUB_WORDS or any(w in _CLUB_WORDS for w in words[:1])
                            or (_players_plural(last) and not self._in_lower_case(last)))
                    or any(w.lower() in _COMPETITION_HEADS for w in words) or _place_name(words)):
                continue
            ent = self.persons.get(" ".join(words))
            if ent is not None and not _markless_name(ent):
                continue
            found = words
        return self._org(" ".join(found)) if found is not None else None

    def _no_body(self, ent: _Entity) -> bool:
        """Does the text write the name ``ent`` only where no body is named (:meth:`_org_by_kind`): a name with a
        digit ('Dh12.6bn'), or one whose every occurrence is a dateline's place ('AARHUS - Havbro Energi'), a currency's
        code before a number ('CZK 48 million', 'MAD 214 million'), a place after a locative preposition or a city's
        comma ('in Lisbon', 'Austin, Texas') or, for one word, a sentence's first word that the text also writes in
        lower case (a common noun, Mikheev 2002: 'Campaigners argue', 'Investigators have said')? Round 34: of the read
        sets' descriptions resolved to a wrong organisation ('the company said'), 20 took such a word for the body named
        last. Asked once per name."""
        known = self._not_bodies.get(ent.name)
        if known is not None:
            return known
        name = ent.name
        no = any(c.isdigit() for c in name)
        if not no:
            unit = len(name) == 3 and name.isupper()  # (a currency's code, ISO 4217: not 'Halvern Systems 412 million')
            if self._mentions_of is None:  # (the table's mentions by entity, built once: no search of the text per name)
                self._mentions_of = {}
                for q, e in self.mentions:
                    self._mentions_of.setdefault(id(e), []).append(q)
            spots = [q for q in self._mentions_of.get(id(ent), ()) if self.text.startswith(name, q)][:40]
            no = bool(spots) and all(
                self._at_dateline(p) or (unit and _UNIT_AFTER.match(self.text, p + len(name)) is not None)
                or self._in_ticker_tag(p, len(name))
                or _LOCATIVE_BEFORE.search(self.text, max(0, p - 40), p) is not None
                or (len(ent.words) == 1 and _SENTENCE_OPENS.search(self.text, max(0, p - 3), p) is not None
                    and self._in_lower_case(name))
                for p in spots)
        self._not_bodies[name] = no
        return no

    def _in_ticker_tag(self, p: int, n: int) -> bool:
        """Is the name written at ``p`` (``n`` characters) the exchange or the ticker of a listing in brackets,
        '(NASDAQ: NGS)' (:data:`_TICKER_TAG`)?"""
        o = self.text.rfind("(", max(0, p - 12), p + 1)
        return o >= 0 and (m := _TICKER_TAG.match(self.text, o)) is not None and p + n <= m.end()

    def _business_name(self, ent: _Entity) -> bool:
        """May a person of the table, a name of several words, be a business that 'the company' refers to (round 30)?
        Only with no person's marks (:func:`_markless_name`), with its last word never written alone elsewhere in the
        text ('Pugh said' after 'Sioned Pugh': news refers to a person again by the surname, the last word of the
        name, AP and Reuters style, and to a business by the first word or the whole name, 'Severnmoor' for
        'Severnmoor Water'), and written in full outside the headline. Asked once per name (the text is read whole)."""
        if (known := self._business.get(ent.name)) is not None:
            return known
        ok = len(ent.words) > 1 and _markless_name(ent)
        if ok:
            last, before = ent.words[-1], ent.words[-2]
            # (round 36: a country or region ends no person's name, 'Medicall Scotland'; and the last word alone inside
            # a quotation ('“Coal is still one of the ...”' after 'Carrow Coal') or after an article ('the One' after
            # 'Lumen One') is no surname on second reference, which the narrator writes outside quotation marks and
            # without an article)
            ok = _place_name((last,)) or not any(
                not self.text[max(0, m.start() - len(before) - 1):m.start()].startswith(before)
                and not self._inside_quote(m.start())
                and self.text[max(0, m.start() - 4):m.start()].lower() != "the "
                for m in re.finditer(rf"(?<![\w’'\-]){re.escape(last)}(?![\w\-])", self.text))
            # (round 40: a first line that is no headline, the lead of a text without one, is the body: 'Pennant
            # Health, the maker of a popular fertility-tracking app' named once in a lead that opens the text)
            ok = ok and self.text.find(" ".join(ent.words), _headline_end(self.text)) >= 0
        self._business[ent.name] = ok
        return ok

    def _team_name(self, ent: _Entity) -> bool:
        """May a person of the table be the club or team that 'the team' refers to (round 39)? A name of several words
        with no person's marks (:func:`_markless_name`) that :meth:`_business_name` admits, or whose last word is a
        plural ('Mount Hale Loggers', 'San Antonio Marshals': sports copy calls a team by that word alone, 'the Marshals
        expect', as it calls a person by the surname, so the business test's surname check cannot tell them apart) or
        whose first word is a place ('Louisville Current': clubs are named after their towns, people are not)."""
        if len(ent.words) < 2 or not _markless_name(ent):
            return False
        return self._business_name(ent) or _place_name(ent.words[:1]) or _players_plural(ent.words[-1])

    def _introduced_in_trade(self, pos: int) -> _Entity | None:
        """The business the text introduced last before ``pos`` (within 1,500 characters, outside quotations) by a close
        apposition of its trade (:data:`_TRADE_APPOS`: 'processor Tamworth Dairies', 'Mombasa-based Pwani Grain
        Millers'), as an organisation; None where there is none or the name is a known person's."""
        words = self._last_appos_name(_TRADE_APPOS, max(0, pos - 1500), pos)
        if words is None:
            return None
        if (cut := next((i for i, w in enumerate(words[:-1]) if w.endswith(".")), None)) is not None:
            words = words[:cut + 1]  # (a sentence's end: 'Clearmark Analytics. The ...')
            if words[-1].rstrip(".") not in _DOTTED_DESIGNATORS:
                words[-1] = words[-1].rstrip(".")
        name = " ".join(words)
        if len(words) < 2 or name.lower() in _PRONOUN_SPEAKERS:
            return None
        ent = self.persons.get(name)
        if ent is not None and (ent.role or ent.gender or words[0].lower() in _GIVEN_NAMES):
            return None
        return self.orgs.get(name) or self._org(name)

    def _introduced_as(self, kind: str, pos: int) -> _Entity | None:
        """The body the text introduced with ``kind`` as its apposition, last before ``pos`` (within 3,000
        characters): a close apposition before the name ('Rock band The Velvet Hours', 'Streaming service Lumen+') or a
        description after it ('The Velvet Marrows, the Manchester indie band'); else None.

        Round 23: an apposition says what the named thing is (Quirk et al. 1985, 17.65, 17.77), and a later definite
        description with the same head refers back to it (the anaphoric article, Hawkins 1978); the table read such
        names as a person's ('Velvet Marrows') or not at all ('Lumen+'), so 'the band said' found no organisation."""
        words = self._last_appos_name(_appos_kind_rx(kind), max(0, pos - 3000), pos)
        if words is None:
            return None
        name = " ".join(words)
        if not name or name.lower() in _PRONOUN_SPEAKERS:
            return None
        return self.orgs.get(name) or self._org(name)

    def _last_appos_name(self, rx: re.Pattern, lo: int, pos: int) -> list[str] | None:
        """The words of the name of the last match of ``rx`` (an apposition of kind or trade and its name, in group
        'n1' or 'n2') between ``lo`` and ``pos``, outside quotations and with no day, month or adverbial among its
        words; a leading 'The' dropped. None where there is no such match (:meth:`_introduced_as`,
        :meth:`_introduced_in_trade`)."""
        found = None
        for m in rx.finditer(self.text, lo, pos):
            if not self._inside_quote(m.start()) and _NOT_KIND_APPOS_WORDS.isdisjoint(_appos_name(m).split()):
                found = m
        if found is None:
            return None
        words = _appos_name(found).split()
        return words[1:] if words and words[0] == "The" else words

    def _new_person(self, key: str, name: list[str], gender: str | None) -> _Entity:
        ent = self.persons.get(key)
        if ent is None:
            ent = self.persons[key] = _Entity("person", name, gender)
            for w in set(name):
                self.by_word.setdefault(w, []).append(ent)
                self._by_length.setdefault(w, {}).setdefault(len(name), []).append(ent)
        return _final(ent)

    def _alias(self, old: _Entity, new: _Entity) -> None:
        old.merged = new
        self.persons[old.name] = new

    def _merge(self, old: _Entity, new: _Entity, positions: list[int] | None = None) -> None:
        """``old`` is the person ``new`` names more fully: ``new`` takes the role, organisation, gender and rank it lacks
        from ``old``, and ``old``'s places (``positions``, where they are to be read otherwise), and ``old`` is merged."""
        new.role, new.org = new.role or old.role, new.org or old.org
        new.gender = new.gender or old.gender
        new.rank = new.rank or old.rank
        new.positions.extend(old.positions if positions is None else positions)
        self._alias(old, new)

    def _org_is_person(self, w: str, person: _Entity, pending: dict[int, list[_Entity]] | None = None) -> None:
        """The one-word organisation ``w`` of the table is ``person``: its mentions are the person's, and it is no
        organisation.

        With ``pending`` (a loop asking this of many words, reading no mention until it ends) the mentions are not
        rewritten here but the change is added to ``pending`` (by the ``id`` of an entity the mentions hold: that entity
        and the one its mentions are to hold), and :meth:`_orgs_are_persons` rewrites them once at the end: one pass over the
        mentions, not one per word. The result is the same: each change maps what the mentions hold after
        the changes before it, so a change is added to the entities ``pending`` maps to ``org`` already, and to
        ``org`` itself unless an earlier change took its mentions."""
        org = self.orgs.pop(w)
        if pending is None:
            self.mentions = [(p, person if e is org else e) for p, e in self.mentions]
        else:
            for change in pending.values():
                if change[1] is org:
                    change[1] = person
            pending.setdefault(id(org), [org, person])  # (org kept, so that its id is no other entity's)
        self.persons.setdefault(w, person)

    def _orgs_are_persons(self, pending: dict[int, list[_Entity]]) -> None:
        """The mentions rewritten once for the changes :meth:`_org_is_person` gathered in ``pending``."""
        if pending:
            to = {k: new for k, (_, new) in pending.items()}
            self.mentions = [(p, to.get(id(e), e)) for p, e in self.mentions]

    @staticmethod
    def _org_of(role: str | None) -> str | None:
        """The organisation in a role ('president of Huawei Western Europe'), for roles held in one."""
        if not role or _ORG_ROLES.isdisjoint(_unpossessive(w).lower() for w in role.split()):
            return None
        # 'Director of Product Management, Hanwha Vision America': the company set off by a comma after the title
        # (only where the title names no organisation of its own, a function of the business at most: 'economist of
        # Harris Trust & Savings Bank, Chicago' keeps the bank, the comma giving its town)
        if "," in role and (whole := _ROLE_ORG_AND.search(role)) is not None:
            return whole.group("org")  # (stop 70: 'spokesperson for Department for Culture, Media and Sport', one name)
        m = re.search(r",\s+(?P<org>[A-Z][^,;]*)$", role)
        if m and not _ORG_ROLES.isdisjoint(_unpossessive(w).lower() for w in role[:m.start()].split()):
            own = re.search(r"\b(?:of|at|for|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$", role[:m.start()])
            if own is None or all(w.lower() in _BUSINESS_FUNCTIONS for w in own.group("org").split()):
                return m.group("org").strip()
            role = role[:m.start()]  # the title's own organisation, read below
        m = re.search(r"\b(?:of|at|for|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$", role)
        if m:
            org = m.group("org").strip()
            # 'VP of Sales at Hikvision USA': the of-phrase names a function of the business (its department), the
            # at-phrase the employer
            at = re.match(r"(?P<fn>.+?)\s+at\s+(?:the\s+)?(?P<org>[A-Z].*)$", org)
            if at is not None and all(w.lower() in _BUSINESS_FUNCTIONS for w in at.group("fn").split()):
                return at.group("org").strip()
            return org
        m = re.match(r"(?P<org>(?:[A-Z][\w\-&]*\s+)*?[A-Z][\w\-&]*)[’']s?\s", role)
        return m.group("org") if m else None

    def _holding(self, word: str, full: list[str]) -> list[_Entity]:
        """The persons of ``by_word[word]`` whose name holds every word of ``full`` but its initials, in the
        order of that list (merged ones included).

        Every list of ``by_word`` receives its persons as they are made, so a person holding all these
        words stands in each of their lists in the same relative order: the shortest list, filtered, gives
        the same persons in the same order as ``by_word[word]`` filtered, and the words to hold are worked
        out once, not once per person. Testing every person of ``by_word[word]`` made a text naming many
        different people who share words (a long list of names) quadratic: 400,000 characters of random
        capitalised words then a quotation took about 1 s, 800,000 3.7 s (``benchmarks/probe_scaling.py``).
        """
        pool = self.by_word.get(word, ())
        if not pool:  # the answer is a filter of a list no longer than this one
            return []
        key = tuple(full)
        need = _bounded(_need_words, sum(map(len, key)), key)
        for w in need:
            other = self.by_word.get(w, ())
            if len(other) < len(pool):
                pool = other
        return [e for e in pool if need.issubset(e.words) and word in e.words]

    def _person_with(self, word: str, gender: str | None, full: list[str] | None = None) -> _Entity | None:
        """The fullest known person whose name holds the word (a surname or a given name): of the persons
        not merged into another and of a compatible gender, the first made among those with the most words."""
        if full is None:
            return self._fullest_with(word, gender)
        best = None
        for ent in self._holding(word, full):
            if ent.merged is not None:
                continue
            if gender and ent.gender and gender != ent.gender:
                continue
            if best is None or len(ent.words) > len(best.words):
                best = ent
        return best

    def _fullest_with(self, word: str, gender: str | None) -> _Entity | None:
        """:meth:`_person_with` of one word: the persons holding it are kept by the length of their name
        (each list in the order they were made), so the longest names are looked at first and the first
        fit is the answer; merged persons (never unmerged) are dropped from a list once they are most of it.

        Looking at every person holding the word for every one-word name ('Wang said') was quadratic in a
        text naming many people who share a surname (``surname_alone`` in ``benchmarks/probe_scaling.py``:
        200,000 characters, 7,937 one-word names, most of 9 s in this loop)."""
        groups = self._by_length.get(word)
        if not groups:
            return None
        for n in sorted(groups, reverse=True):
            group = groups[n]
            merged = 0
            for ent in group:
                if ent.merged is not None:
                    merged += 1
                elif not (gender and ent.gender and gender != ent.gender):
                    return ent
            if merged > 8 and 2 * merged > len(group):
                groups[n] = [e for e in group if e.merged is None]
        return None

    # -------------------------------------------------------------- resolution
    def _unowned_study_before(self, pos: int) -> bool:
        """Does the text before ``pos`` bring in a study or paper with the indefinite article ('a study', 'a new
        paper') whose author it does not give right after it ('by', 'from', 'for' or 'of' and a capitalised name,
        'commissioned by', 'funded by')? The last such introduction before ``pos`` decides."""
        last = None
        for m in _UNOWNED_STUDY.finditer(self.text, max(0, pos - 3000), pos):
            last = m
        return last is not None and last.group("owner") is None

    def _recent(self, pos: int, kind: str, gender: str | None = None, *, bare: bool = False,
                skip: _Entity | None = None) -> _Entity | None:
        """The most recent compatible entity named before pos; for a person, the most recent one named as a
        subject (see :func:`_subject_like`) within 2,000 characters, else the most recent one named at all; but a
        person introduced (named for the first time, in full) in the sentence right before the quotation and its
        paragraph (:func:`_utterance_start`) is taken before a subject named earlier, in whatever role.

        Reasoning for the last part (round 12, from a first run on written council news, 'The lone dissenting
        vote came from commissioner Henry Gage III. “...,” he said.' had given the chair quoted a paragraph
        before): news writing introduces a new source right before quoting them, and in centering theory the
        pronoun continues the entities of the utterance right before its own (Grosz, Joshi & Weinstein 1995).
        Any person of that sentence was tried first and lost four in a hundred quotations of the development
        parts A-E: a name met again there in passing ('what Field handles', 'with Gen. Clay') is no new topic,
        so only a first mention in full counts."""
        k = bisect_right(self._mention_pos, pos) - 1
        first = None
        near = _utterance_start(self.text, pos) if kind == "person" and not bare else pos
        introduced = None
        floor = self._entry_floor(pos)  # (no name of a newer live-blog entry above: _entry_floor)
        for j in range(k, max(-1, k - 400), -1):  # a bounded look back: linear time on any text
            p, ent = self.mentions[j]
            if p < floor:
                break
            if p < near and introduced is not None:
                return introduced  # a person introduced in the sentence before the quotation
            if bare and (len(ent.words) > 1 or ent.gender or ent.role):
                continue
            if ent is skip:
                continue  # (stop 70: one the quotation names in the third person, _named_in_third_person)
            if kind == "person" and self._in_byline(p):
                continue  # round 39: the byline's reporter ('By Rhiannon Pryce, BBC Wales') is no one the copy quotes
            if ent.kind == kind and (gender is None or ent.gender is None or ent.gender == gender):
                if kind == "person" and gender is not None and self._bare_plural(ent):
                    continue  # 'Critics say ...': a plural is no antecedent of 'he' or 'she' (:meth:`_bare_plural`)
                if kind == "person" and gender is not None and self._place_only(ent):
                    continue  # 'they move to Harlem. ... he asked': a place is no antecedent of 'he' (:meth:`_place_only`)
                if (kind == "person" and gender is not None and ent.gender is None
                        and _REPORTED_SUBJECT_BEFORE.search(self.text, max(0, p - 20), p) is not None):
                    # 'Prosecutor Helen Gaskell said Maddox had been ... “...,” she told magistrates' (round 16): the
                    # subject of a reported clause ranks below the subject of the clause that reports it (the
                    # grammatical-role ranking of centering theory), so a name of unknown gender there is passed
                    # over for a gendered pronoun
                    continue
                if kind == "org" and self._at_dateline(p):
                    continue  # 'MANILA, Aug 20 — ...': the place of a wire dateline speaks for no one (round 17)
                if kind == "org" and _place_name(ent.words) and self._no_body(ent):
                    continue  # round 36: 'it said' after 'centres in northern Italy': a place the text names only as one
                if kind == "person" and gender is not None and self._in_reported_complement(p, ent, gender):
                    continue
                if kind == "person" and gender is not None and _IN_RELATIVE.search(
                        self.text, max(0, p - 80), p) is not None and _NAME_THEN_COMMA.match(self.text, p) is not None:
                    # round 34: 'Jacob Mwakalinga, who represents Mr Shirima, told The Citizen ... “...,” he said': a
                    # name that ends a non-restrictive relative clause is its object, not the subject of the verb
                    # after the comma, and ranks below the clause's antecedent (Quirk et al. 1985, 17.22; the
                    # grammatical-role ranking of centering theory, Brennan, Friedman & Pollard 1987)
                    continue
                if kind == "person" and ent.gender is None and self._premodifies_title(j):
                    # round 37: 'Gulf Horizon said in a filing ... Gulf Horizon chief executive Fatima Al Rumaithi
                    # declined to discuss the talks. “...,” she said': a name that premodifies the pseudo-title of the
                    # person named after it is no subject (the organisation the role is held in, as _org_before_role
                    # reads it; Bell 1991 on pseudo-titles), though the table holds it as a person that spoke; the
                    # holder named after it is the clause's subject
                    holder = self.mentions[j + 1][1]
                    if (_subject_like(self.text, p) and (gender is None or holder.gender is None or holder.gender == gender)
                            and not self._in_reported_complement(self.mentions[j + 1][0], holder, gender or "")):
                        return holder
                    continue
                if kind != "person" or bare or _subject_like(self.text, p):
                    if kind == "person" and gender is not None and ent.gender is None and (
                            self._no_one_in_pp(p, ent) or _place_name(ent.words)
                            or any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in ent.words)) and (
                            other := self._gendered_subject_before(j, gender)) is not None:
                        # round 37: 'Sir Anthony Radbourne, the Conservative MP for North Harnford, said ... “...,” he
                        # said': a name of unknown sex later in the sentence, the object of a preposition or a place's or
                        # body's name ('North Harnford', 'Commuter Voice Ireland'), yields to a person of the pronoun's sex
                        # who is a subject earlier in the same sentence (gender agreement filters the candidates before
                        # salience ranks them; Hobbs 1978, Lappin & Leass 1994)
                        return other
                    if (kind == "person" and gender is not None and p >= near
                            and (head := self._sentence_subject_person(j, gender)) is not None):
                        # round 39: 'Ananya Deshpande, who spent eight years ... before succeeding founding director
                        # Farokh Contractor in July, said ... “...,” she said': a name inside the subject's apposition or
                        # relative clause, or after its verb, ranks below the subject that opens the sentence (the
                        # grammatical-role ranking of centering theory, Brennan, Friedman & Pollard 1987); only in the
                        # sentence right before the quotation (:func:`_utterance_start`)
                        return head
                    return ent
                if (kind == "person" and gender is not None and ent.gender == gender and p >= near
                        and _WHO_SAID_AFTER.match(self.text, p) is not None):
                    # round 39: 'The inquiry heard evidence from Mr Cowie, who described the moment the boat went over.
                    # ¶ “...,” he told the inquiry': a name that a relative clause of saying follows is the source the
                    # next quotation continues, though it is no subject of its own clause (the relative clause makes
                    # it the topic of what follows, as a subject is; Grosz, Joshi & Weinstein 1995); only a name whose sex
                    # the text gives (not 'a retired engineer from Zahle, who said')
                    return ent
                if (introduced is None and p >= near and len(ent.words) >= 2 and ent.positions[0] == p
                        and "\n" not in self.text[p:pos]):
                    introduced = ent
                if first is None:
                    first = ent
                if pos - p > 1000:
                    break
        return first

    def _sentence_subject_person(self, j: int, gender: str) -> _Entity | None:
        """The person named first in the sentence of mention ``j``, where that is another person than mention ``j``'s,
        of a sex the pronoun allows, named at the sentence's subject position (nothing before the name but an article
        and a description closed by a comma, 'The race director of the Giro del Carso, Luca Bertossi,') and followed by
        a comma (an apposition or relative clause, inside which mention ``j`` stands, or which it follows); else None."""
        p, ent = self.mentions[j]
        s0 = _sentence_start(self.text, p)
        k = bisect_left(self._mention_pos, s0)
        if k >= j:
            return None
        q, first = self.mentions[k]
        first = _final(first)
        if (first.kind != "person" or first is _final(ent) or first.gender not in (None, gender)
                or (first.gender is None and ent.gender == gender) or self._at_dateline(s0)
                or _place_name(first.words) or first.name.isupper()
                or any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in first.words)):
            return None  # (no dateline's place, 'KUALA LUMPUR', and no place or body, 'Kilimahewa District')
        lead = self.text[s0:q].strip()
        if lead and _SUBJECT_LEAD.fullmatch(lead) is None:
            return None
        c = _RUN_THEN_COMMA.match(self.text, q)
        if c is None or _POSSESSIVE_MARK.search(c.group()) is not None or _LOCATIVE_OPENING.match(self.text, s0):
            # (a possessor is a determiner, no subject: 'Mr Beaton’s dive partner, Stuart Munro,', 'Ms Hollis' mother';
            # nor is a place after an opening preposition, 'In Kilimahewa District, a nurse-midwife ...')
            return None
        return first

    def _in_byline(self, p: int) -> bool:
        """Is the mention at ``p`` (a run's start, which may hold the word 'By') in a byline, a line that opens with 'By'
        ('By Rhiannon Pryce, BBC Wales')? The reporter who writes the copy is no one it quotes (round 39: a byline's
        name was the antecedent of the 'she' of a bishop named after it with her style, 'the Rt Rev Catrin Howells')."""
        line = self.text.rfind("\n", 0, p) + 1
        return p - line <= 16 and _BYLINE.match(self.text, line) is not None

    def _no_one_in_pp(self, p: int, ent: _Entity) -> bool:
        """Is the name of ``ent`` mentioned at ``p`` (a mention's place is its run's start, which may hold a role before
        the name: 'Conservative MP for North Harnford') the object of a preposition, its words (up to three) after 'of',
        'in', 'for', 'from', 'at' or 'near' and a genitive ('of Patients' Voice Tanzania', 'for Redcastle and Seaton')?
        Round 37."""
        at = self.text.find(ent.words[0], p, p + 120) if ent.words else -1
        return at >= 0 and _PP_BEFORE_NAME_RUN.search(self.text, max(0, at - 60), at) is not None

    def _bare_plural(self, ent: _Entity) -> bool:
        """Is the 'person' ``ent`` of the table a bare plural noun phrase that opened a sentence ('Critics say ...',
        'Vendors praised ...', 'Residents protested ...'), no one's name, so never the antecedent of 'he' or 'she'?

        Reasoning (from a user audit): a personal pronoun agrees in number with its antecedent (Quirk et al. 1985,
        6.10; Huddleston & Pullum 2002, 17.2.2), so a plural noun phrase is no antecedent of 'he' or 'she'; the table
        took the capitalised first word of such a sentence for a name, and 'she said' went to 'Critics'. A word is
        read as a bare plural only where nothing marks it as a name: one word, no sex, role or title, written with a
        capital only where a sentence opens (a common noun's capital there is the sentence's; 'said Masters' or 'to
        Summers' inside a sentence is a name's), not a given name nor the plural of one (the patronymic surnames
        'Peters', 'Rogers', 'Williams'), and whose singular is a noun of persons: a role, a person's or a source's
        noun of the tables, one of the plural heads of persons (:data:`_PERSONISH_HEADS`, :data:`_GROUP_OF_PLURALS`,
        :data:`_PLURAL_OFFICES`), or an agent noun (:func:`_agent_noun`). A surname alone that looks like such a plural
        ('Summers', 'Masters') and is written only where sentences open is then left unresolved: no speaker, which
        misleads less than a wrong one."""
        if ent.kind != "person" or len(ent.words) != 1 or ent.gender or ent.role or ent.rank:
            return False
        w = ent.words[0]
        found = self._plurals.get(w)
        if found is not None:
            return found
        low = w.lower()
        one = _singular(low)
        found = False
        if (w[:1].isupper() and w[1:].islower() and one != low and low not in _GIVEN_NAMES and one not in _GIVEN_NAMES
                and all(_sentence_opening(self.text, m.start())
                        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(w)}(?![\w’'\-])", self.text))):
            found = (one in _ROLE_WORDS or one in _DESCRIBED_NOUNS or one in _SOURCE_NOUNS or one in _DESCRIBED_HEADS
                     or low in _PERSONISH_HEADS or low in _GROUP_OF_PLURALS or low in _PLURAL_OFFICES or _agent_noun(one))
        self._plurals[w] = found
        return found

    def _place_only(self, ent: _Entity) -> bool:
        """Is the one-word 'person' ``ent`` of the table a place's name: written somewhere as the object of a preposition
        of place or path ('in Harlem', 'through Harlem', 'across Galway'), never as a clause's subject, and with no sex,
        role or title, and never before or after a verb of saying (its next word, or the word after an adverb in -ly)?

        Reasoning: 'he' and 'she' refer to persons (Quirk et al. 1985, 6.10: the personal pronouns of the third person
        singular agree with their antecedent in gender, and a place takes 'it'), and the preposition of place is the
        plainest mark the text gives that a name is a place's (Quirk et al. 1985, 9.15-9.19 on positive position and
        passage); the table took the capitalised word for a name of unknown sex, and a Brown essay's 'he asked me' went
        to Harlem, named in passing before. Only a name the text never makes a speaker is read so: a person's name after
        'in' is rare ('in Smith's view' is a genitive and is not read as a place)."""
        if ent.kind != "person" or len(ent.words) != 1 or ent.gender or ent.role or ent.rank:
            return False
        w = ent.words[0]
        found = self._places.get(w)
        if found is not None:
            return found
        found = False
        at_place = False
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(w)}(?![\w’'\-])", self.text):
            after = _WORDS_AFTER.match(self.text, m.end())
            before = self.text[max(0, m.start() - 30):m.start()].split()
            if ((after is not None and after.group(1).lower() in CUE_VERBS)
                    or (before and before[-1].lower() in CUE_VERBS)):
                break  # the name speaks ('Harlem said', 'said Harlem'): a person's or a body's
            if _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, m.start() - 20), m.start()) is not None:
                at_place = True
        else:
            found = at_place
        self._places[w] = found
        return found

    def _lone_name(self, s: int, w: str) -> str | None | bool:
        """Is the word ``w`` at ``s``, found by :data:`_LONE_SUBJECT` before a finite verb, a one-word name the name table
        does not hold that opens a clause: False where not, else its gender ('m' or 'f' by the library's lists of given
        names, None unknown). Asked once per place.

        It must open a sentence (after a coordinator or sequencing adverb at most) or follow the punctuation and
        coordinator that open a new clause (:data:`_LONE_OPENER`), stand outside the quotations and outside a line in
        Title Case (a heading), and be no word that opens no name (:data:`_NOT_NAME`, a sentence's leading function
        words), the deity (:data:`_NO_LONE_NAME`), a place (:func:`_place_name`), a nationality, an organisation, role or
        courtesy word, nor an organisation of the table (unless taken for one only because it recurs and a given name).
        Whether the text shows it to be a name at all is :meth:`_named_by_text`, asked after these."""
        cache = self.__dict__.setdefault("_lone", {})
        found = cache.get(s)
        if found is not None or s in cache:
            return found
        text = self.text
        found = False
        low = w.lower()
        prev = text[max(0, s - 12):s].split()
        if (w in _NOT_NAME or w in _LEADING_ARTICLE or w in _NO_LONE_NAME or w in self.by_word
                or low in _ORG_WORDS or low in _COURTESY or _role_word(low) or low in _NOT_PERSON_WORDS
                or _place_name((w,)) or _demonym(w) or w in _NATIONALITY_ADJECTIVES
                # (round 70: a word taken for an organisation only because it recurs is allowed whatever its sex, as
                # a given name of the lists was before: a name of no known sex still needs a his/her in its sentence
                # (_lone_subject), which a body, taking 'its', never has; 'Plato ... his citizens' in an essay)
                or (w in self.orgs and w not in self.rep_orgs)
                # ('Mr. Stram', 'J. Stram', 'St. Louis': a title's or an initial's stop ends no sentence)
                or (prev and prev[-1].endswith(".") and (len(prev[-1]) <= 3 or prev[-1][:-1].lower() in _COURTESY))
                or self._inside_quote(s) or _LONE_OPENER.search(text, max(0, s - 40), s) is None):
            pass
        else:
            line = text[text.rfind("\n", 0, s) + 1:text.find("\n", s) % (len(text) + 1)].split()
            if not (len(line) >= 3 and sum(x[:1].isupper() for x in line) >= 0.75 * len(line)):
                found = "f" if low in _FEMALE_NAMES else "m" if low in _MALE_NAMES else None
        cache[s] = found
        return found

    def _named_by_text(self, w: str) -> bool:
        """Does the text show the capitalised word ``w`` to be a name (Mikheev 2002: a capital tells a proper noun only
        where the position does not call for one)? Written with a capital inside a sentence and nowhere in lower case
        (:meth:`_capitalised_elsewhere`), or a given name of the library's lists written nowhere in lower case ('Will',
        'Grace', 'Hope', 'Bill' that a text also writes as common words are none)."""
        if w.lower() in _GIVEN_NAMES and not self._in_lower_case(w):
            return True
        return self._capitalised_elsewhere(w)

    def _pronoun_at(self, written: str, pos: int, where: int) -> int:
        """Where the pronoun ``written`` of an attribution stands: its last occurrence between the earlier of the
        quotation's start and the attribution's offset and the first quotation mark after it ('Mickie had a pleasant
        glow as he said, “...”', whose offset is its sentence's), else that earlier place ('“...,” she said')."""
        lo = min(pos, where)
        q = _ANY_QUOTE_MARK.search(self.text, lo, lo + 300)
        at = None
        for m in re.finditer(rf"(?<![\w’']){re.escape(written)}(?![\w’'])", self.text[lo:q.start() if q else lo + 300]):
            at = m
        return lo + at.start() if at is not None else lo

    def _lone_subject(self, limit: int, gender: str, ent: _Entity | None) -> _Entity | None:
        """'Mary smiled. “Yes,” she said.': the one-word name of :meth:`_lone_name` named last before ``limit`` (the
        pronoun's quotation or clause, whichever comes first), of a sex the pronoun allows, within 1,000 characters and
        after the last mention of the named candidate ``ent``; the person of that name, else None. A name of no known
        sex needs a possessive or reflexive pronoun of the pronoun's sex in its own sentence. None where another person
        the pronoun could take comes in: a person of the table named after the name, or before it in its paragraph as
        a subject; a given name of the pronoun's sex inside a sentence between; a quotation opening a sentence between
        (another turn of a dialogue); a description of a person opening a sentence between; or a he/she of the
        pronoun's sex before the name in its paragraph (the centre the paragraph continued).

        Reasoning: a pronoun subject continues the subject of the utterance before it, the preferred centre of centering
        theory (Grosz, Joshi & Weinstein 1995; the grammatical-role ranking of Brennan, Friedman & Pollard 1987), and gender
        agreement filters the candidates before salience ranks them (Hobbs 1978, Lappin & Leass 1994). Fiction and
        features name a character by a given name alone and history and news a public figure by a surname alone; the
        table takes a one-word name only with a person's marks (a title, a role, a cue verb), so the pronoun after
        'Mary smiled.' went unresolved, or to someone named paragraphs before, while 'Mary Smith smiled.' resolved. Where
        a person of the table is named between the name and the pronoun the choice is left to the table's rules: a
        wrong speaker misleads more than none."""
        last = self._last_pos(ent, limit) if ent is not None else -1
        floor = max(limit - 1000, last + 1, self._entry_floor(limit))
        if floor >= limit:
            return None
        # (only the stretch the name may stand in is read, and the text's evidence asked last: a document pays for
        # this only where a pronoun looks back past its last named person)
        for m in reversed(list(_LONE_SUBJECT.finditer(self.text, floor, min(len(self.text), limit + 60)))):
            p, w = m.start(), m.group("w")
            if p >= limit or (g := self._lone_name(p, w)) is False or (g is not None and g != gender):
                continue
            if g is None:
                # a name of no known sex (a surname, a name of no list) only where its own sentence gives it the
                # pronoun's sex by a possessive or reflexive pronoun ('Calhoun dealt with this question in his
                # Disquisition'): those agree with their antecedent in gender, and the subject is the antecedent the
                # clause gives them first (Quirk et al. 1985, 6.10 and 6.23-6.26); a body takes 'its' ('Vexo launched
                # its camera'), and a word that opens a sentence may name a company, a team or a town as well
                end = _SENTENCE_END.search(self.text, p, limit)
                stop = end.start() if end is not None else limit
                if _OWN_PRONOUN[gender].search(self.text, p, stop) is None and not (
                        _FRONTED_CLAUSE_LEAD.search(self.text, max(0, p - 12), p) is not None
                        and _MAIN_PRONOUN_AFTER[gender].search(self.text, p, stop) is not None):
                    continue
            if not self._named_by_text(w):
                continue
            # no person of the table the pronoun could take named after the name, nor one named before it in its
            # paragraph (the paragraph's topic, which a name in passing does not replace: 'Lucy did not believe him;
            # Myra appreciated nothing. ... “Darling,” she said')
            para = self.text.rfind("\n", 0, p) + 1
            j = bisect_left(self._mention_pos, para)
            for q, other in self.mentions[j:bisect_left(self._mention_pos, limit)]:
                if other.kind == "person" and other.gender in (None, gender) and not self._bare_plural(other) and (
                        not self._place_only(other)) and (q > p or _subject_like(self.text, q)):
                    return None
            for qs in self._q_starts[bisect_right(self._q_starts, p):bisect_left(self._q_starts, limit)]:
                if _sentence_opening(self.text, qs):
                    return None  # a quotation opening a sentence between: a turn of a dialogue, whose speaker may be meant
            for m in _MID_CAPITAL.finditer(self.text, p + len(w), limit):
                x = m.group("w").lower()
                if x in _GIVEN_NAMES and (x in _FEMALE_NAMES) != (gender == "m") and not self._inside_quote(m.start("w")):
                    return None  # 'Pam looked at Tom as he said': another name the pronoun could take
            # no he or she of the pronoun's sex before the name in its paragraph that the name did not come before: the
            # centre the paragraph continued ('It was not that she disliked Cathy. ... But Cathy was Myra's
            # responsibility, not hers. “...,” she said'); Grosz, Joshi & Weinstein 1995, rule 1: where the utterance
            # before realises its backward-looking centre as a pronoun, the next pronoun continues that centre
            first = self.text.find(w, para, p)
            for m in _HE_SHE.finditer(self.text, first if 0 <= first < p else para, p):
                if (m.group("m") is not None) == (gender == "m") and not self._inside_quote(m.start()):
                    return None
            # no person described at the opening of a sentence between the name and the pronoun ('An old man, sitting
            # against the wall, ...', 'The Vice President arrived'): a new subject, which the pronoun may continue
            for m in _DESCRIPTION_AT_OPENING.finditer(self.text, p + len(w), limit):
                if self._inside_quote(m.start("w")):
                    continue
                for x in m.group("w").lower().split():
                    if x in _DESCRIBED_NOUNS or x in _ROLE_PERSON_NOUNS or x in _ROLE_WORDS:
                        if not ((x in _FEMALE_NOUNS and gender == "m") or (x in _MALE_NOUNS and gender == "f")):
                            return None
                        break
            person = self.persons.get(w)
            if person is None or person.kind != "person":
                # (of the pronoun's sex, which the name's list or its sentence's pronoun gave: no bare name, which
                # 'the company said' could take up)
                person = self.persons[w] = _Entity("person", [w], g or gender)
            return _final(person)
        return None

    def _gendered_subject_before(self, j: int, gender: str) -> _Entity | None:
        """A person of ``gender`` named as a subject before the mention ``j`` in the same sentence (at most five mentions
        back), else None (:meth:`_recent`, round 37)."""
        p = self.mentions[j][0]
        start = _sentence_start(self.text, p)
        for i in range(j - 1, max(-1, j - 6), -1):
            q, other = self.mentions[i]
            if q < start:
                break
            if other.kind == "person" and other.gender == gender and _subject_like(self.text, q):
                return other
        return None

    def _premodifies_title(self, j: int) -> bool:
        """Is the mention ``j`` of the table followed, across one to three words in lower case of which one is a role
        word, by the mention of another person ('Gulf Horizon chief executive Fatima Al Rumaithi')? Round 37."""
        if j + 1 >= len(self.mentions):
            return False
        p, ent = self.mentions[j]
        q, nxt = self.mentions[j + 1]
        m = _RUN_RE.match(self.text, p)
        if m is None or nxt is ent or nxt.kind != "person" or not 0 < q - m.end() <= 40:
            return False
        gap = self.text[m.end():q].split()
        # (the words a noun phrase: its head a role word, and no verb among them, 'told local broadcaster Radio Fonua')
        return (1 <= len(gap) <= 3 and all(w[:1].islower() and w not in CUE_VERBS and not w.endswith("ed") for w in gap)
                and _role_word(gap[-1]))

    def _in_reported_complement(self, p: int, ent: _Entity, gender: str) -> bool:
        """Is the mention at ``p`` inside the complement of a verb of saying whose subject, earlier in the same
        sentence, is another person of the pronoun's gender or of none known ('Kestrel team principal Rachel Dunmore
        said the win justified the decision to hand Harcourt a full-time seat. “...,” she said')?

        Reasoning (round 28, from the wrong he/she of the read blind sets: the person in the reported clause, an
        object or a place read as a name, had been taken over the reporting clause's subject): in centering theory
        the subject of the main clause ranks above the entities of a clause it reports (the grammatical-role ranking
        of Brennan, Friedman & Pollard 1987; Grosz, Joshi & Weinstein 1995), as round 16 read for the subject of a
        reported clause right after 'said'; here for any name of the complement."""
        s0 = _sentence_start(self.text, p)
        k = bisect_left(self._mention_pos, s0)
        while k < len(self.mentions) and self.mentions[k][0] < p:
            q, other = self.mentions[k]
            k += 1
            if other is ent or other.kind != "person" or (other.gender is not None and other.gender != gender):
                continue
            if other.gender is None and ent.gender is not None:
                return False  # (a name of the pronoun's gender in the complement before a subject of none known)
            if not _subject_like(self.text, q) or self._inside_quote(q):
                return False
            return _REPORTING_BETWEEN.search(self.text, q, p) is not None
        return False

    def _canonical_person(self, words: list[str], gender: str | None, pos: int | None = None) -> _Entity | None:
        """The fullest person whose name holds these words; when people of different given names share
        them (David Berger, Henry A. Berger), the one named last before ``pos``."""
        if not words:
            return None
        key = (tuple(words), gender)
        known = getattr(self, "_canon", None)
        found = known.get(key) if known is not None else None
        if found is None:
            found = self._canonical_candidates(words, gender)
            if known is not None:
                known[key] = found
        cands, fullest, places = found
        if not cands:
            return None
        if pos is not None and places is not None:
            # the one named last before pos: the latest (position, index) at or before pos; among persons
            # named at that very position, the first candidate (as max() over the candidates picks it)
            k = bisect_right(places, (pos, len(cands))) - 1
            if k >= 0:
                return cands[places[bisect_left(places, (places[k][0], -1))][1]]
        if pos is not None and len(fullest.words) > len(words) and fullest.positions and min(fullest.positions) > pos:
            # A short name refers back (anaphora: Quirk et al. 1985, 19.48; AP Stylebook, "second reference": the
            # surname alone after the full name): the person who holds it and was named before ``pos`` is its
            # referent, not one named only later, even where the filter above (a one-word name is a man's unless
            # the text says otherwise) set her aside: 'Maria Lopez ... "...," Lopez said. ... her brother, Daniel
            # Lopez' gave Daniel the first quotation. (A short name the table holds as a person of its own, 'Governor
            # Brandt' after 'First Lady Ana Brandt', is no second reference.)
            # (only a fuller name named before: the short form itself, used before the one full name the text gives
            # later, 'Harold said ... Harold Rhodes went', takes that fullest form, one person, one name)
            before = [e for e in self._holding(words[-1], words) if e.merged is None and e.positions
                      and len(e.words) > len(words)
                      and min(e.positions) <= pos and (not gender or e.gender in (None, gender))]
            if before:
                return max(before, key=lambda e: max(p for p in e.positions if p <= pos))
        return fullest

    def _canonical_candidates(self, words: list[str], gender: str | None) -> tuple:
        """For :meth:`_canonical_person`: the candidate persons, the fullest of them, and (when people of
        different given names share the words) every (position, candidate index) where one is named, sorted.

        Kept per (words, gender) once the table is built: asking for 'Wang said' again and again looked
        at every person named Wang each time, quadratic in a text naming many of them (``surname_alone``
        in ``benchmarks/probe_scaling.py``: 100,000 characters 12 s); the answers are the same (the
        persons, their genders and positions do not change while speakers are resolved)."""
        cands = [e for e in self._holding(words[-1], words) if e.merged is None]
        if (not cands and (alias := self.persons.get(" ".join(words))) is not None
                and (alias := _final(alias)).name != " ".join(words)):
            # round 36: a short form the table merged into a fuller name that does not hold its words as written
            # (:meth:`_particle_case`: 'Van der Merwe' for 'Pieter van der Merwe', 'Mansoori' for 'Tariq
            # al-Mansoori'): the person it was merged into
            cands = [alias]
        if gender:
            cands = [e for e in cands if e.gender in (None, gender)] or cands
        elif len(words) == 1:  # 'Kowalski said': a man's name unless the text says otherwise
            cands = [e for e in cands if e.gender != "f"] or cands
        if not cands:
            return cands, None, None
        fullest = max(cands, key=lambda e: (len(e.words), max(e.positions, default=-1)))
        places = None
        # people of different given names: the given name is the first word of a name that is neither the short
        # name asked for nor an initial. (It had been the name's first word, which in a Chinese or Korean name is the
        # family name, Chicago Manual of Style 8.13 and 8.16: 'Wang Yi' and 'Wang Wenbin' had one given name, 'Wang',
        # so 'Wang said' went to the Wang named fullest and last in the whole text, not to the one named last before)
        given = {next((w for w in e.words if w not in words and not _is_initial(w)), None)
                 for e in cands if len(e.words) > 1}
        if len(given - {None}) > 1:
            places = sorted((p, i) for i, e in enumerate(cands) for p in e.positions)
        return cands, fullest, places

    def _doc_author(self, doc: str, pos: int, where: int) -> dict | None:
        """'In a letter dated June 14, lawyer Graham Oduya argued that the council had “...”. ¶ “...,” the letter
        said': the speaker of the sentence that introduced the document ``doc`` as the means of their speech act (the
        last :data:`_DOC_INTRO` of that noun in the 1,500 characters before the quotation and its attribution),
        with the document as ``channel``; None where there is none, or its sentence names no speaker.

        The description may take the document up by its head noun alone: 'claimed in a press release that ...'
        then '“...,” the release said' (the anaphoric definite names its antecedent's head or a more general noun,
        Hawkins 1978, ch. 3; Halliday & Hasan 1976, 6.2 on reiteration; a fact-check's claimant had been the speaker
        'the release').

        Reasoning (round 20, from the misses of batches 6-8): a definite description refers back to the referent
        its noun introduced (the anaphoric use of the article, Hawkins 1978, ch. 3), and in 'X said in a statement
        that ...' or 'In a letter, X wrote ...' the document is a circumstance of means of X's saying, whose sayer
        is the clause's subject (Halliday & Matthiessen 2004, 5.3 and 8.7): the writer speaks through it. Before,
        'the letter' went to the organisation named last (the union whose president signed it, the court where a
        statement was read). The subject and verb are read by the indirect-speech reading of the sentence
        (:func:`discourse._attribution._attr_sentence`) from the sentence's start to its first quotation mark or
        its end; an organisation found there speaks as well as a person."""
        hi = min(pos, where) if where >= 0 else pos
        intro = None
        for m in _DOC_INTRO.finditer(self.text, max(0, hi - 1500), hi):
            if _takes_up(re.sub(r"\s+", " ", m.group("doc").lower()), doc):
                intro = m
        if intro is None:
            return None
        start = _sentence_start(self.text, intro.start())
        stop = min(len(self.text), intro.end() + 300)
        if (q := _FIRST_QUOTE_MARK.search(self.text, intro.end(), stop)) is not None:
            stop = q.start()
        if len(ends := _boundaries(self.text, intro.end(), stop)) > 1:
            stop = ends[1]  # (the sentence's end)
        sentence = self.text[start:stop]
        found = _attr_sentence(sentence)
        if found is None:
            return None
        got = self._resolve(found[0], pos, start + sentence.find(found[0]))
        if got["speaker"] is None or got["speaker_reason"] not in (
                "named", "description resolved to a person named before",
                "description resolved to an organisation named before"):
            return None
        got.update(channel=doc, speaker_reason="document of the speaker who introduced it")
        return got

    def _doc_issuer(self, doc: str, pos: int, where: int) -> dict | None:
        """'Oakland officials issued a statement on Tuesday. ¶ “...,” the statement said': the subject of the last
        sentence before the quotation (within 1,500 characters) that made a document of that noun public with a verb
        of issuing (:data:`_DOC_ISSUED`), without the adverbials of time after it and an apposition between commas
        ('Jane Roe, the mayor, released a statement'); None where there is none or it names no one.

        Reasoning: the definite description takes up the document the earlier sentence introduced (Hawkins 1978,
        ch. 3), and the subject of 'issue', 'release', 'publish' is the agent that made it, its author (Halliday &
        Matthiessen 2004 on material processes of creation). Asked only where no other reading names an author, so
        it changes no quotation that had one."""
        hi = min(pos, where) if where >= 0 else pos
        issued = None
        for m in _DOC_ISSUED.finditer(self.text, max(0, hi - 1500), hi):
            if re.sub(r"\s+", " ", m.group("doc").lower()) == doc:
                issued = m
        if issued is None:
            return None
        start = _sentence_start(self.text, issued.start())
        subject = _TIME_TAIL.sub("", self.text[start:issued.start()]).strip().split(",")[0].strip()
        if not subject or not subject[:1].isupper() or len(subject.split()) > 6 or "\n" in subject:
            return None
        got = self._resolve(subject, pos, start)
        if got["speaker"] is None or got["speaker_reason"] not in (
                "named", "description", "description resolved to a person named before",
                "description resolved to an organisation named before"):
            return None
        got.update(channel=doc, speaker_reason="document of the speaker who introduced it")
        return got

    def _one_of_group(self, head: str | None, pos: int) -> str | None:
        """'Two senior party officials, who requested anonymity, said ... “...,” one of the officials said': the
        description of one member of the group that the last plural indefinite description before ``pos`` (within
        1,500 characters, a number or 'several' before it) introduced, in the singular ('senior party official');
        with ``head`` ('officials'), only a group of that head; None where there is none.

        Reasoning (round 27): a partitive 'one of them' or 'one of the officials' picks one member of a set the text
        introduced (Quirk et al. 1985, 5.64 on partitives; the anaphoric 'them' and 'the', Hawkins 1978), and the
        unnamed sources of news come in such pairs ('Two people familiar with the matter said'); the labels describe
        the member as the group is described."""
        found = None
        for m in _PLURAL_GROUP.finditer(self.text, max(0, pos - 1500), pos):
            if (head is None or m.group("head").lower() == head.lower()) and _persons_plural(m.group("head")):
                found = m
        if found is None:
            return None
        words = found.group("d").split()
        k = len(found.group("pre").split())
        words[k] = _singular(words[k].lower())
        return " ".join(words)

    def _member_of_plural(self, pos: int, where: int, *, another: bool = False) -> str | None:
        """'Fans quickly shared clips of the moment online. One wrote: “...”': the singular of the plural noun of people
        written last before ``pos`` outside quotations, in the paragraph of ``pos`` or the one before it and within
        400 characters ('fan'); None where there is none. A description in apposition to a 'one' at ``pos`` or
        opening the sentence of ``pos`` is the member's ('One, a pensioner from Shepparton who ..., told the court');
        'another' after a speaker described with 'one' or an indefinite article (within 600 characters) is one more of
        the same description ('One person close to the bank said
        ... Another described the office as “...”').

        Reasoning (round 40): 'one' and 'another' without a noun are elliptical noun phrases whose head is recovered
        from the text before (Quirk et al. 1985, 12.7 and 6.57 on 'one' as a substitute; Halliday and Hasan 1976 on
        nominal ellipsis); news writes them after a crowd it has just described ('many customers', 'Dozens of
        shoppers', 'Fans went wild'), and the labels describe the member as the crowd is described. Only a noun whose
        singular describes a person (:data:`_DESCRIBED_NOUNS` or an agent noun, :func:`_agent_noun`)."""
        appos = _ONE_APPOSITION.match(self.text, pos) or next(
            reversed(list(_ONE_APPOSITION.finditer(self.text, max(0, pos - 300), pos))), None)
        if appos is not None and _SENTENCE_END_IN.search(self.text, appos.end(), pos) is None:
            return appos.group("d")  # (the apposition to the 'One' that opens the quotation's own sentence)
        other = self.last_other
        if (another and other is not None and 0 <= pos - other[0] <= 600 and other[1]["speaker"]
                and (other[1]["speaker_as_written"] or "").split()[0] in _INDEFINITE_ONE):
            said = other[1]["speaker"]
            return said.split(None, 1)[1] if said.split()[0] in _INDEFINITE_ONE and " " in said else said
        para = self.text.rfind("\n\n", 0, pos)
        lo = max(0, pos - 400, self.text.rfind("\n\n", 0, para) + 2 if para > 0 else 0)
        found = None
        for m in _PLURAL_WORD.finditer(self.text, lo, pos):
            one = _singular(m.group().lower())
            if one != m.group().lower() and (one in _DESCRIBED_NOUNS or _agent_noun(one)) and not self._inside_quote(m.start()):
                found = one
        return found

    def _public_body_before(self, pos: int) -> str | None:
        """The public body named last before ``pos`` (a name whose last word, or head before its of-phrase, is one of
        :data:`_PUBLIC_BODY_HEADS`: 'Helsinki District Court', 'Ministry of Housing'), outside quotations; None where
        there is none in the 400 mentions before.

        Reasoning (round 27): a ruling, an order, a decree or a notification is issued by a court, a regulator or a
        ministry; the organisation named last before 'the ruling said' is as often the company the court convicted,
        so the author of such a document is looked for among the bodies that issue them."""
        hit = self._last_mention(pos, lambda p, ent: (
            ent.kind == "org" and not self._inside_quote(p) and len(ent.words) > 1
            and (ent.words[-1].lower() in _PUBLIC_BODY_HEADS or _head_of_name(ent.words) in _PUBLIC_BODY_HEADS)))
        return hit[1].name if hit is not None else None

    def owner_of(self, doc: str, pos: int, *, fallback: bool = True) -> str | None:
        """The organisation whose document this is: the latest 'X's <doc>' before pos, else (``fallback``)
        the latest org that is no world region."""
        doc = re.sub(r"\s+", " ", doc.lower())
        webby = ("website", "web site", "webpage", "web page", "site", "page")
        k = bisect_right(self._owner_pos, pos) - 1
        for j in range(k, max(-1, k - 200), -1):
            _, d, owner = self.doc_owners[j]
            if d == doc or (doc in webby and d in webby):
                return owner
        if not fallback:
            return None
        # (round 15: a world region is no author, 'Yasmin Haddad, Central Asia director at Human Rights Watch' right
        # after '“...,” the report says.' had made 'Central Asia' the report's; nor is a name inside a quotation, the
        # document's own words, '“Emory could not ... as an institution of higher learning ...”, the statement said'
        # had given 'its present standards as an institution'; the organisation named before is taken)
        # (round 20: nor a country, named in passing more often than as a document's author: 'Puerto Rico' had
        # become the author of 'The January fifteen report' once the country list held it)
        # (round 34: nor a wire dateline's place, 'OTTAWA — ...', which speaks for no one, as in _recent)
        hit = self._last_mention(pos, lambda p, ent: (
            ent.kind == "org" and not _place_name(ent.words) and not self._inside_quote(p) and not self._at_dateline(p)))
        return hit[1].name if hit is not None else None

    def resolve(self, written: str | None, pos: int, where: int) -> dict:
        """Canonical speaker for the attribution as written (see :meth:`_resolve`); remembers the last
        speaker that is not a person, for a later 'it' or 'they'."""
        out = self._resolve(written, pos, where)
        spk = out["speaker"]
        if spk is not None and _ACRONYM.fullmatch(spk) and spk in self.orgs and self.orgs[spk].name == spk:
            ent = self._expand_acronym(spk)
            if ent is not None:
                out["speaker"] = out["speaker_org"] = ent.name
        elif (spk is not None and _ACRONYM.fullmatch(spk) and spk not in self.orgs and spk not in self.persons
              and (ent := self._defined_acronym(spk)) is not None):
            # '... the Maritime and Port Authority of Singapore (MPA) said ... “...,” said MPA': an acronym the table
            # does not hold (written once after its definition) is the body its brackets define (round 27)
            out["speaker"] = out["speaker_org"] = ent.name
        elif (spk is not None and " " not in spk and (out["speaker_org"] == spk or "organisation" in (
                out["speaker_reason"] or "")) and (full := self._org_from_start([spk])) is not None):
            # 'Halvorsen, which is based in Copenhagen, said' after 'Halvorsen Therapeutics': an organisation named by
            # the first word of its name, after it was named in full, is that organisation (round 19; one speaker,
            # one name). News names an organisation in full on its first mention and short after it; a short name
            # used before the full one ('Huawei' ... 'Huawei West Europe Region', 'Dallas' ... 'Dallas Sales
            # Executives Club') names something else, the whole of which the longer name is a part
            out["speaker"] = out["speaker_org"] = full.name
        if (out["speaker"] == spk and spk is not None and len(spk) > 3 and spk.isupper()
                and (ent := self._capitals_surname(spk, pos)) is not None):
            # (after the acronym readings, which leave a word they cannot expand as it is: 'SMITH said' after 'John
            # Smith' is the person, as 'MCDONALD said' is)
            out["speaker"] = ent.name
            if out["speaker_org"] == spk:
                out["speaker_org"] = None
        return self._remember(pos, out)

    def _capitals_surname(self, spk: str, pos: int) -> _Entity | None:
        """The person whose surname ``spk`` writes in capitals ('MCDONALD said' after 'Jim McDonald'), else None.

        Capitals are a typographic form of a word, not another word: transcripts and some house styles set a
        speaker's surname in capitals (the Congressional Record's 'Mr. MCDONALD.'; Chicago Manual of Style 8.3 and
        10.6 on small and full capitals as a form of the name), so the name is the one the text writes in mixed case
        ('McDonald', never a made-up 'Mcdonald'). Only a single word of letters (an apostrophe or hyphen inside)
        that is no acronym the text defines, and only where a person's last word in mixed case has exactly these
        letters; the person is then found as 'McDonald said' would find him."""
        if not spk.replace("’", "").replace("'", "").replace("-", "").isalpha() or self._defined_acronym(spk) is not None:
            return None
        upper = getattr(self, "_upper_surnames", None)
        if upper is None:
            upper = {}
            for e in self.persons.values():
                if e.kind == "person" and len(e.words) > 1 and not e.words[-1].isupper():
                    upper.setdefault(e.words[-1].upper(), set()).add(e.words[-1])
            self._upper_surnames = upper
        forms = upper.get(spk)
        if not forms or len(forms) != 1:
            return None
        return self._canonical_person([next(iter(forms))], None, pos)

    def _named_in_full_first(self, short: str, full: _Entity) -> bool:
        """Is the organisation ``full`` (whose name starts with the one word ``short``) written in full before
        ``short`` is first written alone?"""
        nxt = full.words[len(short.split())]
        key = (short, nxt, full.name)
        found = self._full_first.get(key)
        if found is not None:
            return found
        # (asked again for each mention: remembered for the document; the short name is looked for only where the
        # full one is written, and with the name first, the look-behind after it, so that the regex engine finds it
        # by its literal search instead of trying every character of the text. The same answer.)
        first_full = self.text.find(full.name)
        found = False
        if first_full >= 0:
            # (a headline, a first line of at most 150 characters with no full stop at its end, names organisations
            # short: 'Regulator blocks £3.8bn Corvane takeover' before 'Corvane Group’s acquisition')
            lo = _headline_end(self.text)
            e = re.escape(short)
            m = re.compile(rf"{e}(?<![\w’'-]{e})(?![\w-])(?!\s+{re.escape(nxt)}(?![\w-]))").search(self.text, lo)
            found = m is not None and first_full < m.start()
        self._full_first[key] = found
        return found

    def _expand_acronym(self, k: str) -> _Entity | None:
        """An acronym speaker whose full name holds lower-case words the name runs do not join
        ('COAHR': 'Committee on Appeal for Human Rights'), found in the text once, when it speaks (see
        :meth:`_link_acronyms`; looked for only for acronyms that speak, so the table stays cheap)."""
        letters = k[:-1] if k.endswith("s") else k
        if not 3 <= len(letters) <= 6:
            return None
        first = self.text.find(k)  # the full name comes before the acronym's first use, or right at it
        lo = max(0, first - 3000) if first >= 0 else 0
        m = _acronym_expansion(letters).search(self.text, lo, first + 200 if first >= 0 else len(self.text))
        if m is None or m.group() == k:
            return None
        full = self._org(" ".join(m.group().split()))
        self.orgs[k].merged = full
        self.orgs[k] = full
        return full

    def _entry_floor(self, pos: int) -> int:
        """Where the live-blog entry that holds ``pos`` begins (its time stamp, :func:`discourse.segment.live_blog_stamps`);
        0 in any other text. A live blog's entries stand newest first, so the entry above a pronoun's was posted after
        it, and its names are no antecedents: an anaphor points back to what was said before it (Halliday & Hasan
        1976, 2.4), and on the page what stands above an entry came later (Thurman & Walters 2013 on the genre's
        reverse-chronological posts). Read in page order, the 'she' of an apology went to the information
        commissioner of the newer entry above, and the judge's 'She said:' to an embedded post's author. Only where the
        stamps run newest first (:func:`discourse.segment.newest_first`)."""
        if self._entry_starts is None:
            stamps = live_blog_stamps(self.text)
            # (a blog archived oldest first, "as it happened", reads down as any news text: no floor)
            self._entry_starts = [s for s, _ in stamps] if stamps and newest_first(self.text, stamps) else []
        k = bisect_right(self._entry_starts, pos) - 1
        return self._entry_starts[k] if k >= 0 else 0

    def _remember(self, pos: int, out: dict) -> dict:
        spk = out["speaker"]
        if spk is not None and spk not in self.persons and (self._person_by_name(spk) is None):
            self.last_other = (pos, out)
        elif spk is not None and spk in self.persons:
            self.last_person = (pos, _final(self.persons[spk]))
        return out

    def _person_by_name(self, name: str) -> _Entity | None:
        ent = self.persons.get(name)
        return ent if ent is not None and ent.name == name else None

    def _last_pos(self, ent: _Entity, pos: int) -> int:
        k = bisect_right(self._mention_pos, pos) - 1
        for j in range(k, max(-1, k - 400), -1):
            if self.mentions[j][1] is ent:
                return self.mentions[j][0]
        return -1

    def _stands_alone(self, word: str, nxt: str) -> bool:
        """Is ``word`` written twice or more elsewhere without ``nxt`` after it (an organisation's name
        run together with a person's, 'Huawei Gleb Malyutin', where 'Huawei' is named on its own)?"""
        n = 0
        for end in _whole_word_ends(self.text, word):
            if not self.text.startswith(nxt, end + 1):
                n += 1
                if n >= 2:
                    return True
        return False

    def _they_person(self, pos: int) -> _Entity | None:
        """'Alex Rivera, a community organiser who uses they/them pronouns, ... “...,” they said': the person or
        organisation named last before ``pos`` (within 3,000 characters), where it is a person named with 'they/them'
        as their pronouns at one of their mentions (in the 150 characters after the name, before the sentence ends;
        round 10). A 'they' is then that person, as the text itself says; where an organisation or another person
        was named since, or no one was so introduced, 'they' is read as before (a group or organisation)."""
        k = bisect_right(self._mention_pos, pos) - 1
        if k < 0 or pos - self.mentions[k][0] > 3000 or self.mentions[k][1].kind != "person":
            return None
        last = _final(self.mentions[k][1])
        for j in range(k, -1, -1):
            mp, ent = self.mentions[j]
            if _final(ent) is last:
                after = self.text[mp:mp + 150]
                end = _SENTENCE_END_IN.search(after)
                if "they/them" in (after if end is None else after[:end.end()]):
                    return last
        return None

    def _person_of_age(self, age: str, pos: int) -> _Entity | None:
        """'Luis Moreno, 45, was arrested ... the 45-year-old said': the person whose age the text gave as ``age``
        between commas right after the name (at most 60 characters from the name's start) in the 1,500 characters
        before ``pos``, the last one there (round 10; news describes a person again by the age it gave, an anaphoric description,
        Quirk et al. 1985, 5.28)."""
        found = None
        for m in re.finditer(rf",\s+{re.escape(age)},", self.text[max(0, pos - 1500):pos]):
            found = m
        if found is None:
            return None
        k = bisect_right(self._mention_pos, max(0, pos - 1500) + found.start()) - 1
        if k >= 0:
            p, ent = self.mentions[k]
            if ent.kind == "person" and max(0, pos - 1500) + found.start() - p <= 60:
                return ent
        return None

    def _new_referent_at(self, heads: list[str], pos: int) -> int:
        """Where the last indefinite description ending in ``heads`` that opens a sentence or clause (after a sentence's
        end, a paragraph's start, 'but' or 'and' after a comma, or 'according to') starts in the 1,500 characters before
        ``pos``, or -1.

        Round 37: an indefinite description introduces a referent of its own (Heim 1982; Quirk et al. 1985, 5.26), so a
        definite description of the same head after it takes it up, not a person named before it (the anaphoric
        article, Hawkins 1978): 'An RCMP officer at a checkpoint south of town, who was not authorized to speak
        publicly, said ... “...,” the officer said' had gone to the fire information officer named two paragraphs
        before. An indefinite description in apposition ('Lauren Beauchesne, a fire information officer'), after a
        copula or 'as' describes someone named and introduces no one, so only one that opens its clause counts."""
        lo = max(0, pos - 1500)
        if not heads or self.text.find(heads[-1], lo, pos) < 0:
            return -1  # (the head is not written in the window: no match, and no pattern compiled)
        last = -1
        for m in _indefinite_rx(tuple(heads)).finditer(self.text, lo, pos):
            if _CLAUSE_OPENING.search(self.text, max(0, m.start() - 20), m.start()) is not None:
                last = m.start()
        return last

    def _indefinite_antecedent(self, heads: list[str], pos: int) -> str | None:
        """'According to a city spokesperson, ... the spokesperson said': the fuller description that introduced
        the person described by 'the' + ``heads`` in the 1,500 characters before ``pos`` (round 10), without its
        article, or None.

        Reasoning: a definite description whose head repeats that of an indefinite one before it refers to the same
        person (the anaphoric use of the definite article, Hawkins 1978, ch. 3; Quirk et al. 1985, 5.28), and
        the speaker column holds the fullest form the document gives, as it does for names. Only a description
        with more words than the later one counts: its modifiers written before the head with no punctuation
        between ('city', 'senior State Department'), or the formula of an unnamed source after it ('familiar with
        the contract', :data:`_SOURCE_POSTMOD`); the last such description before ``pos`` is taken."""
        rx = _indefinite_rx(tuple(heads))
        found = None
        for m in rx.finditer(self.text, max(0, pos - 1500), pos):
            found = m
        if found is None:
            return None
        d = re.sub(r"\s+", " ", found.group("d"))
        pre = d.split()[:-len(heads)] if d.endswith(heads[-1]) else []
        if d.endswith(heads[-1]) and (not pre or any((w.lower() in _PREPOSITIONS or w.lower() in ("and", "or", "the", "a", "an"))
                                                     and not _inside_title_name(pre, i) for i, w in enumerate(pre))):
            return None  # neither a modifier before the head nor the formula after it: nothing fuller
        return d

    def _resolve(self, written: str | None, pos: int, where: int) -> dict:
        """Canonical speaker for the attribution as written, for a quotation starting at pos.

        where: offset of the attribution in the text (for a name written after the quotation).
        """
        out = {"speaker": None, "speaker_as_written": written, "speaker_role": None, "speaker_org": None,
               "channel": None, "speaker_reason": "no attribution found"}
        if written is None:
            return out
        if (m := _SOURCE_FORMULA_BEFORE.match(written)) is not None and m.end() < len(written) and _persons_head(
                m.group("head") or m.group("head2")):
            # '“...,” said people with knowledge of the negotiations', 'said a source close to Mayor Ann Roe': the
            # unnamed source read whole, a description (the name in its of- or to-phrase is no speaker)
            out.update(speaker=written, speaker_reason="description")
            return out
        if len(written.split()) <= 4 and (full := self._unnamed_source_holding(written, where)) is not None:
            # 'People with knowledge of the negotiations said', 'Officials close to Mayor Ann Roe said': the subject
            # patterns stop at the formula's preposition and read its object as the speaker; the unnamed source the
            # formula describes speaks, a description (not a name, though it may open with a capital)
            out.update(speaker=full, speaker_reason="description")
            return out
        if len(written.split()) <= 4 and (full := self._title_holding(written, where)) is not None:
            # 'The ambassador to the UN said', 'The envoy to Washington said': the subject patterns read the title's
            # complement as the speaker; the title holder speaks, the description read whole (not resolved again:
            # read as written, the name in its complement would be found once more)
            out.update(speaker=full, speaker_as_written=full, speaker_reason="description")
            return out
        if (written[:1].isupper() and len(words := written.split()) <= 3
                and all(w[:1].isupper() and w.isalpha() for w in words) and words[-1].lower() in _ROLE_WORDS
                and not any(w.lower() in _GIVEN_NAMES for w in words)
                and (at := self.text.rfind(written, max(0, min(pos, where) - 300), where)) >= 0
                and self.text[max(0, at - 4):at].lower() == "the "):
            # 'Brooding about future wars, the Field Marshal has this to say:': a rank or office in capitals after the
            # article the text writes before it is a definite description (Quirk et al. 1985, 5.28), the holder named
            # before, as 'the Admiral' is; a subject pattern that had read past the article gave it as a name
            # (the subject as written before the attribution's offset: a subject pattern before the verb, or a colon
            # frame before the quotation; not the same words later in the text, 'the Health Secretary' in the lead
            # after a headline that names the 'Health Secretary')
            found = self._resolve(f"the {written}", pos, where)
            found["speaker_as_written"] = self.text[at - 4:at] + written
            return found
        if _BROKEN_HYPHEN.search(written) is not None:
            # 'Cairo Conference of Non- Aligned Countries', 'the Secretary- General': a compound broken at its hyphen at
            # the end of a line, as text taken from print or PDF keeps it (the UN's records), with the line break made
            # a space; the name is the compound's ('Non-Aligned'), one speaker with the name written whole
            found = self._resolve(_BROKEN_HYPHEN.sub("-", written), pos, where)
            found["speaker_as_written"] = written
            return found
        if (organ := _ORGAN_OF.fullmatch(written)) is not None:
            # round 32: 'the company’s management said', 'the club's board said': the body that governs an organisation
            # speaks for it (a collective noun of its organ; Quirk et al. 1985, 5.108 on collective nouns), and news
            # labels such words with the organisation, as it does 'the company said'; resolved as 'the company', and
            # left as written where that finds no organisation
            found = self._resolve(f"the {organ.group('org')}", pos, where)
            if found["speaker"] is not None and found["speaker_reason"] == "description resolved to an organisation named before":
                found["speaker_as_written"] = written
                return found
        words = written.split()
        if (len(words) >= 3 and words[0].lower() in ("the", "my", "our") and words[1] in _COURTESY_ADJECTIVES
                and (words[2][:1].isupper() or words[2].rstrip(".,") in _ROLE_WORDS)):
            # 'the distinguished Foreign Minister of France', 'the eminent Secretary-General', 'my learned friend': an
            # adjective of courtesy before an office or a name belongs to the register of diplomacy and of parliaments
            # (Erskine May on courtesy forms; Brown and Levinson 1987 on deference), as 'Mr.' does, and says nothing of
            # who speaks: the office is read without it, so one speaker has one name ('the Foreign Minister of France'
            # in the next sentence); as written it stays
            article = "The" if words[0][:1].isupper() else "the"
            found = self._resolve(" ".join([article, *words[2:]]), pos, where)
            found["speaker_as_written"] = written
            return found
        if ((words[0][:1].isupper() or (words[0] == "the" and len(words) > 1 and words[1][:1].isupper()))
                and written not in self._coordinating
                and (full := self._spokesperson_holding(written, where)) is not None):
            # round 28: 'A spokesperson for the Department of Agriculture, Food and the Marine said': the subject patterns
            # stop at the comma or the 'and' of the name the for-phrase holds, and read that name alone as the speaker;
            # the spokesperson speaks (the for-phrase's object is no apposition, round 15)
            return self._resolve_fuller(written, full, pos, where)
        if "spokes" in written and (found := self._spokesperson_of_body(written, pos, where)) is not None:
            return found
        if (" of the " in written and (pl := _PLURAL_OF_THE_NAME.fullmatch(written)) is not None and _may_be_common(pl.group("head"))
                and pl.group("head").lower() not in _GROUP_OF_PLURALS):
            # stop 70 (2): 'Friends of the Earth said' had the speaker 'Friends': a capitalised plural common noun with
            # an of-phrase whose object is a capitalised noun with the definite article is one proper name with
            # internal structure (Quirk et al. 1985, 17.58-17.64; a person's name takes no article, 5.60-5.63, so 'of
            # the Earth' makes no person's postmodifier); 'Residents of the Bronx' and other plurals of people
            # (_GROUP_OF_PLURALS) and 'Smith of the Treasury' (no plural common noun) are left alone
            out.update(speaker=written, speaker_reason="named")
            return out
        if (len(words) == 2 and (bare := _BARE_SPOKESPERSON.fullmatch(written)) is not None
                and (ent := self._subject_org_before(min(pos, where), markless=True)) is not None
                and (ent.kind == "org" or len(ent.words) >= 2)):
            # stop 70: 'NHS England said the fall showed that “...”. ¶ A spokeswoman said: “...”': a spokesperson with
            # no for-phrase speaks for the body that was the subject of the sentence before (a bridging reference,
            # Clark 1975: an organisation's statement implies the person who voiced it; the associative anaphora of
            # Hawkins 1978), as 'A spokeswoman for NHS England' would; only where that sentence's subject is an
            # organisation and no person or other name is the subject of a sentence between (_subject_org_before)
            org = ent.name
            other = self.last_other
            if (other is not None and 0 <= min(pos, where) - other[0] <= 1500 and other[1]["speaker"]
                    and other[1]["speaker"].startswith(org + " ")):
                org = other[1]["speaker"]  # (the fuller name the body was quoted under: 'International Committee of the Red Cross')
            out.update(speaker=f"{bare.group('det')} {bare.group('noun')} for {org}", speaker_org=org,
                       speaker_reason="description")
            return out
        if (words[0][:1].isupper() and written not in self._coordinating and words[-1].lower() not in _SPOKES_NOUNS
                and (full := self._spokesperson_premodified(written, where)) is not None):
            # stop 70: 'A Department for Culture, Media and Sport spokesperson said': the spokesperson the name premodifies
            return self._resolve_fuller(written, full, pos, where)
        if (words[0][:1].isupper() and written not in self._coordinating
                and (full := self._coordinated_name(written, where)) is not None):
            # the Ministry of Housing and City Policy: the name goes on before its 'and' (round 25)
            return self._resolve_fuller(written, full, pos, where)
        if ((_POSTNOMINAL_ALONE.fullmatch(written) or _PARTY_TAG_WRITTEN.fullmatch(written))
                and written not in self._coordinating and (at := self._written_at(written, where)) > 0
                and (m := _NAME_BEFORE_TAG.search(self.text, max(0, at - 80), at)) is not None):
            # a tag written after the name between commas is the name's, never the speaker; the name speaks: round
            # 28, 'Sen. Kyle Brandenburg, R-Greer Township, said', the party and home town of US political copy (AP
            # style); round 29, 'Felipe Arrieta, M.D., Orlanda's chief medical officer, said', a degree or honour
            # (Chicago Manual of Style 10.20 on academic degrees after a name)
            return self._resolve_fuller(written, m.group("name"), pos, where)
        if (len(words) == 2 and _INITIALS.fullmatch(words[0])
                and any(e.kind == "person" and e.role and _initials(e.role.split()) == words[0]
                        for e in self.by_word.get(words[1], ()))):
            # DC Kerr after Detective Constable Ryan Kerr: the rank's initials (round 24, _rank_initials)
            found = self._resolve(words[1], pos, where)
            found["speaker_as_written"] = written
            return found
        if (len(words) >= 2 and _may_be_common(words[0]) and all(w[:1].isupper() for w in words[1:])
                and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in words[1:])
                and any(e.kind == "person" for e in self.by_word.get(words[-1].rstrip(".,"), ()))
                and _common_head(self.text, words[0], self._common_heads)):
            # Garda Keogh, Neighbour Michael Joyce: a common noun of the document before the name (round 24)
            found = self._resolve(written[written.index(words[1], len(words[0])):], pos, where)
            found["speaker_as_written"] = written
            if found["speaker_role"] is None and found["speaker"] is not None:
                found["speaker_role"] = words[0].lower()
            return found
        if ((m := _DEPICTED_NAME.fullmatch(written)) is not None
                and not any(_role_word(w) or w in _PERSON_NOUNS for w in m.group("adj").split())
                and any(e.kind == "person" for e in self.by_word.get(m.group("name").split()[-1], ()))):
            # round 34: 'said a beaming Whitfield', 'a tearful Mrs Okafor': an article and an adjective before a person's
            # name describe the person at that moment (the proper noun's modified use, Quirk et al. 1985, 5.66): the
            # person named
            found = self._resolve(m.group("name"), pos, where)
            found["speaker_as_written"] = written
            return found
        if (len(core := _without_postnominals(words)) < len(words)  # Judge Tahir Khan KC: Tahir Khan (round 14)
                and words[0] not in _DESCRIPTION_OPENERS):  # (not 'One Liberal MP', a description: round 28)
            found = self._resolve(" ".join(core), pos, where)
            found["speaker_as_written"] = written
            return found
        low = written.lower()
        if low in _PRONOUN_SPEAKERS:
            if low in ("he", "him", "she", "her"):
                g = "m" if low in ("he", "him") else "f"
                ent = (self._subordinate_subject(pos, where, g) or self._main_subject_in_sentence(pos, where, written, g)
                       or self._recent(pos, "person", g))
                desc = self._description_subject(pos, where, ent)
                if desc is not None:
                    if isinstance(desc, _Entity):
                        return self._remember(pos, self._fill(out, desc, "pronoun resolved to a description"))
                    out.update(speaker=_spokesperson_for(desc), speaker_reason="pronoun resolved to a description")
                    return self._remember(pos, out)
                other = self.last_other
                person = None
                if (other is not None and other[1]["speaker_reason"] == "description" and 0 <= pos - other[0] <= 600
                        and other[0] >= self._entry_floor(pos)
                        and (ent is None or other[0] > self._last_pos(ent, pos))
                        and (_person_description(other[1]["speaker"]) or (
                            # (round 40: a head before its postmodifier, 'An Egyptian diplomat close to the talks said
                            # ... “...” ¶ “...,” he said', unless a person described since is the subject before)
                            _person_description(other[1]["speaker"], postmodified=True, gender=g)
                            and (person := self._anonymous_source(pos, where, ent, g)
                                 or self._described_person(pos, where, ent, g)) is None))):
                    # The taxi driver ... remarks that ... “...”. “...”, he says: the person described and
                    # quoted last, named after no one since
                    found = {k: other[1][k] for k in ("speaker", "speaker_role", "speaker_org", "channel")}
                    out.update(found, speaker_reason="pronoun resolved to a description")
                    return self._remember(pos, out)
                person = person or self._anonymous_source(pos, where, ent, g) or self._described_person(pos, where, ent, g)
                if person is not None:
                    out.update(speaker=_spokesperson_for(person), speaker_reason="pronoun resolved to a description")
                    return self._remember(pos, out)
                if (lone := self._lone_subject(self._pronoun_at(written, pos, where), g, ent)) is not None:
                    ent = lone  # 'Mary smiled. “Yes,” she said.' (:meth:`_lone_subject`)
            else:  # it, they: the group or organisation that spoke last, or the last organisation named
                if low == "they" and (person := self._anonymous_source(pos, where, None, "n")) is not None:
                    # round 28: 'A member of the board, speaking on condition of anonymity because they were not
                    # authorised to ..., said ... “...,” they said': the singular 'they' of the formula
                    out.update(speaker=person, speaker_reason="pronoun resolved to a description")
                    return self._remember(pos, out)
                # (round 16: the organisation that was the subject of the sentence before, over one named inside
                # it, 'The Dementia Research Alliance, a UK charity, said ... “...,” it said', as for a kind)
                ent = self._recent(pos, "org") if low == "it" else None
                if ent is not None and (sub := self._subject_org_before(where)) is not None and sub is not ent and (
                        self._last_pos(ent, pos) < _sentence_start(self.text, where)):
                    ent = sub  # (not where the organisation named last is in the pronoun's own sentence)
                if low == "it" and (desc := self._org_description_subject(pos, where, ent)) is not None:
                    if isinstance(desc, _Entity):
                        return self._remember(pos, self._fill(out, desc, "pronoun resolved to a description"))
                    out.update(speaker=desc, speaker_reason="pronoun resolved to a description")
                    return self._remember(pos, out)
                if low == "it" and (doc := self._doc_description_subject(pos, where, ent)) is not None:
                    doc.update(speaker_as_written=written, speaker_reason="pronoun resolved to a document")
                    return self._remember(pos, doc)
                if low == "they" and "they/them" in self.text and (person := self._they_person(pos)) is not None:
                    return self._remember(pos, self._fill(out, person, "pronoun resolved"))
                if ent is None and low == "it":  # a one-word name that never shows a person's marks
                    ent = self._recent(pos, "person", bare=True)
                if ent is None and low == "it":
                    ent = self._sentence_subject_org(pos, where)
                other = self.last_other
                plural = other is not None and (other[1]["speaker"].endswith("s") or other[1]["speaker_org"])
                # (only a body that spoke before the pronoun: reported clauses are attributed after the quotations, so
                # the body that spoke last may be quoted later in the text, and a pronoun refers back, never forward:
                # Halliday & Hasan 1976, 2.4; 'They argued that ... "...," the Government said.' had given the
                # Government the clause before its own quotation)
                if other is not None and 0 <= pos - other[0] <= 1500 and (low == "it" or plural) and (
                        other[0] >= self._entry_floor(pos)) and (
                        ent is None or other[0] >= self._last_pos(ent, pos)
                        # 'Fulton' taken for an organisation only because it recurs ('Fulton legislators')
                        # is weaker than the body that spoke last
                        or (ent.kind == "org" and ent.name in self.rep_orgs)):
                    found = {k: other[1][k] for k in ("speaker", "speaker_role", "speaker_org", "channel")}
                    out.update(found, speaker_reason="pronoun resolved")
                    return self._remember(pos, out)
            if ent is None and low == "you" and (paper := _addressed_paper(self.text, pos)) is not None:
                # stop 70 (D, E): 'you' in a letter to the editor is the newspaper the letter answers
                return self._fill(out, self._org(paper), "pronoun resolved")
            if ent is None:
                out["speaker_reason"] = f"unresolved pronoun '{written}'"
                return out
            return self._remember(pos, self._fill(out, ent, "pronoun resolved"))
        if (m := _POSSESSED_ROLE.fullmatch(written)) is not None and (ent := self._role_holder(
                m.group("role").lower(), pos, where, written)) is not None:
            return self._fill(out, ent[0], ent[1])
        # documents: Huawei's press release, the report, another webpage
        m = _OWNED_DOC.match(written)
        if m and m.group("owner").lower() not in ("the", "a", "an"):
            owner = m.group("owner")
            ent = self.orgs.get(owner) or self.persons.get(owner)
            if ent is None and owner.split()[0].lower() in ("the", "its", "their"):
                ent = self._org_by_head(owner.split()[1:], max(pos, where))  # the council's resolution
                if ent is None and owner.split()[0].lower() == "the":
                    # round 37: 'the company's statement said': the kind noun's organisation, as for 'the company said'
                    # (:meth:`_org_by_kind`); it had stayed 'the company'
                    ent = self._org_by_kind([w.lower() for w in owner.split()[1:]], pos, where)
            if ent is None and not any(w.lower() in _ORG_WORDS for w in owner.split()):
                ent = self._canonical_person(owner.split(), None)
            out["channel"] = re.sub(r"\s+", " ", m.group("doc").lower())
            if ent is not None:
                return self._fill(out, ent, "document of a named speaker")
            out.update(speaker=owner, speaker_org=owner, speaker_reason="document of a named speaker")
            return out
        if (m := _STAFF_OF_ORG.match(written)) is not None:
            # Analysts at Harbour Ridge Securities said: the organisation speaks through its staff, as through an
            # unnamed spokesperson (round 27)
            found = self._resolve(m.group("org"), pos, where)
            if found["speaker"] is not None:
                found.update(speaker_as_written=written, speaker_role=found["speaker_role"] or m.group("staff").lower())
                return found
        if (len(bw := written.split()) == 2 and bw[0].lower() in ("the", "this")
                and bw[1].lower() in BOOK_HEADS
                and (author := reviewed_author(self._book_citations(), min(pos, where))) is not None):
            # a review's 'The book warns that ...', 'the author argues': the work it reviews speaks for its writer, the
            # author its bibliographic line names (discourse._reviews); it had been an unresolved description
            found = self._resolve(author, pos, where)
            if found["speaker"] is not None:
                found.update(speaker_as_written=written, speaker_reason="author of the book reviewed",
                             channel=None if bw[1].lower() == "author" else bw[1].lower())
                return found
        m = _DOC_OF_OWNER.match(written)
        if m and m.group("owner").rstrip(".").lower() not in _COURTESY:
            # a statement from the ministry, a report by Amnesty International: the owner speaks (round 9; not a
            # courtesy title left alone where the written speaker was cut at its full stop, 'a statement by Mr')
            found = self._resolve(m.group("owner"), pos, where)
            if found["speaker"] is not None:
                found["speaker_as_written"] = written
                found["channel"] = re.sub(r"\s+", " ", m.group("doc").lower())
                return found
        m = _NOUN_BY_AUTHOR.match(written)
        if m and m.group("owner").split()[-1][:1].isupper():
            # the reference filed by the Punjab Integrity Bureau: a noun whose author a participle of making or
            # sending names is a document of that author's, whatever the noun (round 19)
            found = self._resolve(m.group("owner"), pos, where)
            if found["speaker"] is not None:
                found["speaker_as_written"] = written
                found["channel"] = m.group("doc").lower()
                return found
        m = _DESCRIBED_DOC.match(written)
        if m:
            doc = re.sub(r"\s+", " ", m.group("doc").lower())
            out["channel"] = doc
            if words[0].lower() in ("his", "her"):
                # round 35: '“...,” his statement said', 'Her report said': a person's document, whose author is the
                # possessive pronoun's antecedent (it had been a name): the person quoted last through a document of
                # that kind, within 1,500 characters and of no other sex, for the document goes on ('Lochhead ... said
                # in a statement that ... “...,” his statement said'), else the pronoun resolved as it would be alone
                g = "m" if words[0].lower() == "his" else "f"
                lp = self.last_person
                if (lp is not None and 0 <= pos - lp[0] <= 1500 and lp[1].gender in (None, g)
                        and re.search(rf"\b(?:a|an|the|his|her)\s+{re.escape(doc)}\b",
                                      self.text[max(0, lp[0] - 300):max(lp[0], where)]) is not None):
                    return self._fill(out, lp[1], "pronoun resolved")
                found = self._resolve("he" if g == "m" else "she", pos, where)
                found["speaker_as_written"] = written
                found["channel"] = doc
                return found
            pre = written[:m.start("doc")].split()[1:]  # (the words between the determiner and the document's noun)
            at = self._written_at(written, where)
            if at >= 0 and (sb := _SIGNED_BY_AFTER.match(self.text, at + len(written))) is not None:
                # The letter, signed by senior partner Dr Raymond Osei, said: the author named in the participle
                # clause after the document (round 19)
                found = self._resolve(sb.group("owner"), pos, where)
                if found["speaker"] is not None:
                    found["speaker_as_written"] = written
                    found["channel"] = doc
                    return found
            if m.group("ptail") and (site := _ON_OWNER_SITE.search(m.group("ptail"))) is not None:
                found = self._resolve(site.group("owner"), pos, where)  # a notice posted on Acme's website (round 34)
                if found["speaker"] is not None:
                    found["speaker_as_written"] = written
                    found["channel"] = doc
                    return found
            if _described_author(pre if m.group("ptail") else words[1:-1]):
                # an American naval announcement said: the author described, not named
                out.update(speaker=" ".join(words[1:]), speaker_reason="a document, its author described")
                return out
            if words[0].lower() == "the" and (found := self._doc_author(doc, pos, where)) is not None:
                found["speaker_as_written"] = written
                return found
            kind = [w.lower() for w in pre]
            if kind and kind[-1] in _ORG_WORDS and kind[-1] not in _NO_KIND_OF_AUTHOR:
                # round 34: 'A council statement said', 'a police statement': a body's head noun premodifying the
                # document names the kind of its author (Quirk et al. 1985, 17.108), so the author is the body of
                # that kind named last before it ('Rimu Harbour City Council'), not any organisation named last
                # ('Kaitawa Business Association'); where the text names no such body, the kind is all it says
                ent = self._org_by_head(kind[-1:], max(pos, where + 40))
                if ent is not None:
                    return self._fill(out, ent, "document of the organisation named before")
                out.update(speaker=kind[-1], speaker_reason="a document, its author described")
                return out
            other = self.last_other
            if (words[0].lower() == "the" and other is not None and other[1]["channel"] is not None
                    and 0 <= pos - other[0] <= 1500 and self.owner_of(doc, max(pos, where + 40), fallback=False) is None
                    # (round 27: a court's or a litigant's document is no other document quoted before: 'In his
                    # statement to prosecutors, the defendant ...' then '“...,” the ruling said')
                    and (_LEGAL_DOC_RE.fullmatch(doc) is None or doc in _GENERAL_DOC or other[1]["channel"] == doc)):
                # “A”, an American naval announcement said ... “B”, the statement went on: the document quoted before
                found = {k: other[1][k] for k in ("speaker", "speaker_role", "speaker_org")}
                out.update(found, speaker_reason="the document quoted before")
                return out
            # (round 11: 'according to one report': 'one' picks a document out of several without identifying it,
            # so no organisation named before is its author; 'a press release', 'another webpage' of the
            # organisation in focus still are, and 'one Amnesty report' names its own)
            one = words[0].lower() == "one" and not any(w[:1].isupper() for w in words[1:])
            # nor is an organisation named before the author of a study or paper introduced with the indefinite
            # article ('A study published in Nature found that ...', ', a federal study released Thursday found.'): the
            # indefinite noun phrase brings in a new referent (Quirk et al. 1985, 5.26-5.28; Prince 1981 on brand-new
            # entities), the work of researchers the story has not named, not a document of the council, the
            # headline's 'Police' or the embargo line's date it had been given to; a press release or a webpage of the
            # organisation in focus still is, as its own publications are
            if words[0].lower() in ("a", "an") and doc in _RESEARCH_DOCS:
                one = True
            if (words[0].lower() == "the" and doc in _RESEARCH_DOCS and len(words) == 2
                    and self._unowned_study_before(min(pos, where))):
                # stop 70 (science news): 'the study', 'the paper' after the text brought in a study with the
                # indefinite article and no author ('according to a study of 90,000 adults'): the definite noun phrase
                # takes up that referent (Quirk et al. 1985, 5.28 on anaphoric 'the'), the researchers' work as above,
                # no document of the charity quoted in between; a study brought in as 'a study by the Nuffield Trust'
                # is the Trust's and stays with the organisation's documents (near miss in the tests)
                one = True
            if one:
                owner = None
            elif doc in BOOK_HEADS:
                # a book is written by a person: not the organisation in focus ('Amnesty International has criticised
                # Huawei. The book warns ...'), only an owner the text gives it
                owner = self.owner_of(doc, max(pos, where + 40), fallback=False)
            elif _LEGAL_DOC_RE.fullmatch(doc) is None:
                owner = self.owner_of(doc, max(pos, where + 40))
            else:
                owner = self.owner_of(doc, max(pos, where + 40), fallback=False)
                if owner is None and doc in _AUTHORITY_DOC:
                    owner = self._public_body_before(max(pos, where + 40))
            if owner is not None:
                # (round 19: an owner written short, 'Voltana's ... prospectus', is the organisation named in full)
                ent = self.persons.get(owner) or self.orgs.get(owner) or self._fuller_org(owner.split())
                if ent is not None and ent.kind == "org" and (full := self._org_from_start(list(ent.words))) is not None:
                    ent = full
                if ent is not None:
                    return self._fill(out, ent, "document of the organisation named before")
                out.update(speaker=owner, speaker_org=owner, speaker_reason="document of the organisation named before")
                return out
            if words[0].lower() == "the" and (found := self._doc_issuer(doc, pos, where)) is not None:
                found["speaker_as_written"] = written
                return found  # Oakland officials issued a statement ... the statement said
            out.update(speaker=written, speaker_reason="a document, its author not named")
            return out
        # (round 10: a name in Title Case with its function words, 'The Court of Justice of the European Union', is
        # an organisation's name, no description before a name: read below)
        # (round 36: or the particles of names in other languages between capitalised words, 'The Automobile Club de
        # Wallonie', 'the Banco de la Reserva de Marianca': the name of a body, no description before the name 'Wallonie')
        titled_name = (words[0].lower() == "the" and words[-1][:1].isupper() and len(words) > 1 and words[1][:1].isupper()
                       and all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS or w in _PARTICLES for w in words[1:]))
        # the CP, the IGP: an office's abbreviation in Commonwealth papers is that office's holder named before, as
        # 'the commissioner' is (round 15, 'the Commissioner of Police, Olanrewaju Babatunde, ... the CP said')
        if words[0].lower() == "the" and len(words) == 2 and words[1] in _OFFICE_ABBREVIATIONS:
            found = self._resolve(f"the {_OFFICE_ABBREVIATIONS[words[1]]}", pos, where)
            if found["speaker_reason"] == "description resolved to a person named before":
                found["speaker_as_written"] = written
                return found
        # the President of the United States of America: an office in Title Case with its of-phrase is the same
        # speaker with the article or without (round 15: the determiner phrase now reads a name with its of-phrase
        # after the preposition, so the article came into the speaker)
        if (titled_name and len(words) >= 4 and words[2] in ("of", "for") and _role_word(words[1])
                and words[1].rstrip(".,’'").lower() not in _ORG_WORDS):
            found = self._resolve(" ".join(words[1:]), pos, where)
            if found["speaker"] == " ".join(words[1:]):  # (read as the office itself there, and only then)
                found["speaker_as_written"] = written
                return found
        # round 38: 'the Australian Tom Whitlock', 'the Dane Mikkel Holm': the article and a nationality before a
        # person's name, a close apposition (Quirk et al. 1985, 17.65) read as without the article (_leading_modifiers);
        # the name alone is the speaker, as for 'American Casey Ruddock'
        if titled_name and len(words) >= 4 and (n := _leading_modifiers(words[1:])) and not any(
                _role_word(w.rstrip(".,").lower()) for w in words[1 + n:]):  # (not 'The Israeli Prime Minister')
            found = self._resolve(" ".join(words[1 + n:]), pos, where)
            found["speaker_as_written"] = written
            return found
        # 'the indiscreet Sorensen', 'the veteran Smith', 'an angry Roe': an article and one adjective before a surname
        # (a close apposition, Quirk et al. 1985, 17.65, as 'the Roman philosopher Seneca' below, and Biber et al.
        # 1999, 8.3 on the premodified proper noun of news, 'a defiant Johnson'). With three words the capitalised word
        # could as well be a body's name with its adjective ('the local Council', 'the new Parliament'), so only where
        # it is the surname of a person the text named in full before is it read as that person; participles ('the
        # embattled Roe', 'a smiling Smith') were read so already by the subject's patterns.
        if (words[0].lower() in ("the", "a", "an") and len(words) == 3 and words[1][:1].islower()
                and words[1] not in _PREPOSITIONS and not _role_word(words[1].rstrip(".,"))
                and _SURNAME_WORD.fullmatch(words[2]) is not None and words[2] not in _NOT_NAME
                and not _role_word(words[2].lower())
                and (p := self._canonical_person([words[2]], None, min(pos, where))) is not None
                and p.kind == "person" and len(p.words) >= 2 and p.words[-1] == words[2]):
            out = self._fill(out, p, "named")
            out["speaker_as_written"] = written
            return out
        # the NGO director Maria Lopez: a description before a name
        if words[0].lower() in ("the", "a", "an") and len(words) >= 4 and not titled_name:
            tail: list[str] = []
            rest = words[1:]
            i = len(rest) - 1
            while i >= 0:
                w = rest[i]
                if w[:1].isupper() and w.rstrip(".,").lower() not in _ROLE_WORDS:
                    tail.insert(0, w)
                    i -= 1
                    continue
                # the particles inside a name ('the group La Quadrature du Net', 'the bank Banco de Portugal'), with
                # a capitalised word of the name before them: the name is read whole, not from its last word on (the
                # speaker had been 'Net', the role 'group Quadrature du')
                j = i
                while j >= 0 and rest[j] in _PARTICLES:
                    j -= 1
                if tail and j < i and j >= 0 and rest[j][:1].isupper() and rest[j].rstrip(".,").lower() not in _ROLE_WORDS:
                    tail[:0] = rest[j + 1:i + 1]
                    i = j
                    continue
                break
            while len(tail) > 2 and self._stands_alone(tail[0], tail[1]):
                tail = tail[1:]  # ... of Huawei Gleb Malyutin: the organisation, then the name
            k = len(words) - len(tail)
            # (round 7: 'on' and 'against' too, the Cairo Conference on Non-Aligned Countries)
            org_of = (k >= 3 and words[k - 1] in ("of", "for", "on", "against") and words[k - 2][:1].isupper()
                      and (words[k - 2].rstrip(".,").lower() in _ORG_WORDS  # the Council of Foreign Ministers
                           or _ACRONYM.fullmatch(words[k - 2]) is not None  # the ACLU of Northern California
                           # the head of a State's formal name, 'the head of Government of the Republic of Cape Verde':
                           # the name after its 'of' is the State's (as after 'the City of', MUNICIPAL_HEADS), no
                           # person in apposition; the office holder described speaks
                           or words[k - 2] in _STATE_HEADS))
            # (round 7) one capitalised word after a lower-case noun, 'the Roman philosopher Seneca', 'the
            # indiscreet Sorensen': a close apposition (Quirk et al. 1985, 17.65), the name is the speaker
            close = (len(tail) == 1 and k >= 2 and words[k - 1][:1].islower() and words[k - 1] not in _PREPOSITIONS
                     and tail[0].rstrip(".,’'") not in _NOT_NAME and not _role_word(tail[0].rstrip(".,’'")))
            # (round 15: a name right after 'for', 'at', 'from' or 'with' is the object of the preposition, no
            # apposition: 'A spokesperson for Acme Corp' is the spokesperson, held in Acme Corp (below), as 'A
            # spokesperson for QuickHaul' was already; two capitalised words had made the organisation the speaker.
            # After 'of' the name may be the speaker, 'the words of George Santayana')
            # (round 17: and after the article there, 'A spokesperson for the German Federal Foreign Office')
            held = words[k - 1] in _HELD_IN or (words[k - 1] == "the" and k >= 3 and words[k - 2] in _HELD_IN)
            # (round 28: a name after the premodifiers of the preposition's object is that object's too, 'A spokesman
            # for ticketing firm TixNow', 'A spokesperson for Environment Minister Carla Whitby': the spokesperson is
            # held there, no apposition; not right after a comma, which opens one)
            held = held or (k >= 3 and not words[k - 1].endswith(",")
                            and any(w in _HELD_IN for w in words[1:k - 1]) and _spokes_head(words[1:k]))
            # (round 36: and a name after a preposition of place and its modifiers in lower case is that preposition's
            # object, 'A youth worker in east London', 'A source at the national Mining Secretariat', 'A farmer near
            # Llanhedydd': a place or body that locates the person described, no apposition naming them; had given
            # 'London' and 'Mining Secretariat' as speakers)
            # Only after an indefinite article, which introduces a new referent the name would have to identify (Quirk
            # et al. 1985, 5.26); after a definite one an office's holder may follow in apposition, 'leader of the
            # Opposition in the municipality Safiqul Islam Khan'.
            held = held or (words[0].lower() in ("a", "an") and any(
                words[i] in _LOCATED_IN and all(w[:1].islower() and not w.endswith(",") for w in words[i:k])
                for i in range(max(1, k - 3), k)))
            # (round 25: a name opening with its own article after a preposition names a thing, 'a writer in a recent
            # number of The Queen': no person in apposition)
            titled_tail = bool(tail) and tail[0] in ("The", "A", "An") and words[k - 1] in _PREPOSITIONS
            if (close or 2 <= len(tail) < len(words) - 1) and not org_of and not held and not titled_tail:
                out = self._resolve(" ".join(tail), pos, where)
                out["speaker_as_written"] = written
                if out["speaker_role"] is None:
                    out["speaker_role"] = " ".join(words[1:len(words) - len(tail)])
                return out
        # the Housing Board: an organisation's name after the article (its fuller form when the text has one)
        if (words[0].lower() == "the" and len(words) >= 2 and words[1][:1].isupper()
                and all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS for w in words[1:])
                and words[-1][:1].isupper()
                and (any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in words[1:])  # the Ministry of Health
                     or (len(words) == 2 and _ACRONYM.fullmatch(words[1]) and words[1] in self.orgs)  # the WWO
                     # (round 38: a mixed-case short form the table linked, 'the MoD', _link_acronyms)
                     or (len(words) == 2 and words[1] in self.orgs and _MIXED_ACRONYM.fullmatch(words[1]))
                     or _acronym_of(words[1:])  # the ACLU of Northern California (round 9)
                     or _municipal_name(words[1:], [w.lower() for w in words[1:]]))):  # the City of Oakland
            body = words[1 + _leading_modifiers(words[1:]):]  # the Brussels-based Clean Air Alliance (round 17)
            if (k := _owner_end(body)) >= 0 and _public_body(list(body[k + 1:])):
                body = body[k + 1:]  # the Philippines’ Department of Foreign Affairs: the state is its owner (round 16)
            ent = self._fuller_org(body) or self._org(" ".join(body))
            return self._fill(out, ent, "named")
        # the Reverend Doran, the Rev. James Doran: a courtesy title after the article is a name's (round 11)
        if (words[0].lower() == "the" and len(words) >= 3 and words[1].rstrip(".").lower() in _COURTESY
                and all(w[:1].isupper() for w in words[2:])):
            found = self._resolve(" ".join(words[1:]), pos, where)
            found["speaker_as_written"] = written
            return found
        # the Spaniard, the Norwegian, the Texas Republican: an epithet for the person named last (round 11)
        if (words[0].lower() == "the" and 2 <= len(words) <= 3 and _demonym(words[-1].rstrip(".,"))
                and (len(words) == 2 or _AGE_WORD.fullmatch(words[1].lower()) or words[1].lower() in _VARIATION_WORDS
                     or (words[1][:1].isupper() and words[1].rstrip(".").lower() not in _COURTESY
                         and not _role_word(words[1])))):
            ent = self._epithet_antecedent(min(pos, where), words[-1].rstrip(".,"))
            if isinstance(ent, str):  # an American missionary ... the American said
                out.update(speaker=ent, speaker_role=None, speaker_reason="description")
                return out
            if ent is not None:
                return self._fill(out, ent, "description resolved to a person named before")
        # the Pentagon, the Kremlin: a capitalised name after the article that holds no role word is an
        # organisation's name, written without the article (one speaker, one name: 'Pentagon' said elsewhere)
        # (round 36: or a name of up to six words with the particles of other languages inside it, 'the Banco Central do
        # Brasil', 'the Kilusang Magsasaka ng Hilaga')
        inner = [w for w in words[2:-1] if w in _PARTICLES]
        if (words[0].lower() == "the" and 2 <= len(words) <= (6 if inner else 4)
                and all(w[:1].isupper() for w in words[1:] if w not in inner)
                and not any(_role_word(w.rstrip("’'")) or w in _NOT_NAME or w.rstrip(".").lower() in _COURTESY for w in words[1:])
                and not (len(words) == 2 and _NATIONALITY.fullmatch(words[1]))  # the American: a person
                and ((p := self._canonical_person(words[1:], None)) is None or _bare_name(p) or inner)):
            ent = self._fuller_org(words[1:]) or p or self._org(" ".join(words[1:]))
            return self._fill(out, ent, "named")
        # descriptions: the CTO, the magistrate, the Councilman
        if words[0].lower() in ("the", "a", "an", "this", "that", "another", "one"):
            at = self._written_at(written, where)
            # said the magistrate, K.J.P. Baraclough: the name in apposition right after the description (written
            # after the attribution's offset)
            if at >= where:
                m = _APPOS_NAME.match(self.text, at + len(written))
                if m is None and self.text.startswith(",", at + len(written)):
                    m = _APPOS_NAME_AFFILIATED.match(self.text, at + len(written))
                if m is not None:
                    found = self._resolve(m.group("name"), pos, where)
                    if found["speaker"] is not None and found["speaker_reason"] == "named":
                        found["speaker_as_written"] = written
                        found["speaker_role"] = found["speaker_role"] or " ".join(words[1:])
                        return found
            # one of them, a 64-year-old woman from Leeds: a partitive picks a member of a group without saying who;
            # an indefinite description in apposition right after it says more (round 12; written before its verb,
            # the partitive stands before the attribution's offset)
            if at >= 0 and _PARTITIVE_WRITTEN.fullmatch(written):
                m = _PARTITIVE_APPOS.match(self.text, at + len(written))
                if m is not None:
                    out.update(speaker=m.group("d"), speaker_reason="description")
                    return out
            heads = [w.strip(".,’'").lower() for w in words[1:]]
            # (round 13: the role is the head noun, before a prepositional phrase that post-modifies it: 'a
            # spokesperson for the governor' is no governor, 'the wife of the president' no president)
            k_prep = next((i for i, h in enumerate(heads) if h in _PREPOSITIONS), len(heads))
            role = next((h for h in reversed(heads[:k_prep]) if h in _ROLE_HEADS), None)
            if role is None and heads == ["general"] and words[1].rstrip(".,’'") == "General":
                # 'the General' alone, in capitals: the military rank as a noun (the adjective of 'general manager',
                # 'Attorney General' is no head, _ROLE_HEADS), the holder named before as 'the Admiral' is
                role = "general"
            if role is None and heads and heads[-1] in _ROLE_WORDS and heads[-1] in _QUALIFIED_HEADS:
                role = heads[-1]  # the former chief: 'chief' as the last word is the head (round 10)
            # (round 15: only a definite description refers back; an indefinite one, 'one resident', 'a spokesman',
            # 'another official', introduces a new referent (Heim 1982; Quirk et al. 1985, 5.26-5.35 on the
            # indefinite article), so 'one resident, clutching a cat carrier, said' is no long-time resident named
            # before)
            if (role is not None and words[0].lower() in ("a", "an") and at >= 0
                    and (ent := self._delayed_identification(role, at, at + len(written))) is not None):
                return self._fill(out, ent, "description of the person named after it")
            if role is not None and words[0].lower() in ("the", "this", "that"):
                k = bisect_right(self._mention_pos, max(pos, where)) - 1
                first = None
                qualifiers = [h for h in heads if h in _ROLE_QUALIFIERS_DESC]
                # (round 11: 'Arsenal manager Mikel Arteta ... the Arsenal boss': the organisation written before
                # the role noun is the person's, whatever noun the variation uses)
                cap_mod = _unpossessive(words[1]) if len(words) == 3 and words[1][:1].isupper() else None
                # (round 15: the body or country of an office's of-phrase must be the candidate's too: 'the Prime
                # Minister of India' is not 'Pearson, Prime Minister of Canada')
                of_obj = " ".join(w for w in words[1 + k_prep + 1:] if w[:1].isupper()).lower() if (
                    k_prep < len(heads) and heads[k_prep] == "of") else ""
                # (round 37: not past an indefinite description of the same head that opens a clause after the
                # candidate, 'Lauren Beauchesne, a fire information officer, ... ¶ An RCMP officer at a checkpoint south
                # of town ... said ... “...,” the officer said': it introduced a new referent, the one the definite takes
                # up, :meth:`_new_referent_at`)
                fresh = None  # (looked for once, when a candidate is found: the mentions are read newest first)
                subordinate = _SUBORDINATE_OFFICE.intersection(heads[:k_prep])
                for j in range(k, max(-1, k - 400), -1):
                    mp, ent = self.mentions[j]
                    if of_obj and (cand_of := " ".join(((ent.role or "").partition(" of ")[2] + " " + (ent.org or ""))
                                                         .lower().split())) and of_obj not in cand_of:
                        continue  # (a candidate of no body may be it)
                    # (and a past holder, 'the first Prime Minister of India', is not 'the Prime Minister of India')
                    if ent.role and not _PAST_HOLDER.isdisjoint(set(ent.role.lower().split()) - set(heads)):
                        continue
                    # (and a subordinate office, 'the Assistant Secretary of State', 'the deputy mayor', is not its
                    # principal's, 'Secretary of State Dean Rusk', 'Mayor Ann Roe': the premodifier restricts the head to
                    # another office, Quirk et al. 1985, 17.97-17.101 on premodification; the reverse, 'the coach' for
                    # 'Assistant Coach Bob Fox', is left to the rules above, for news shortens a title on second reference)
                    if subordinate and not subordinate <= set((ent.role or "").lower().split()):
                        continue
                    if role == "general" and ent.rank != "general" and _MILITARY_GENERAL.fullmatch(ent.role or "") is None:
                        continue  # (the General: a general's rank, not 'the general manager' or 'Attorney General')
                    if ent.kind == "person" and ((ent.role and not ({role} | _ROLE_HYPONYMS.get(role, frozenset())).isdisjoint(
                                                      _role_head_words(ent.role)))
                                                 or role == ent.rank  # Capt. Symonds ... the navy captain
                                                 or (cap_mod is not None and (ent.org == cap_mod or (
                                                     ent.role is not None and cap_mod in ent.role.split())))):
                        if fresh is None:
                            fresh = self._new_referent_at(heads[:k_prep], max(pos, where))
                        if mp < fresh:
                            break
                        # (round 10: 'the former chief' is the one written with 'former' before the name, where two
                        # holders of the role are named)
                        lo = max(0, mp - 40, self.mentions[j - 1][0] + 1 if j > 0 else 0)  # not past the name before
                        if not qualifiers or all(q in self.text[lo:mp].lower().split() for q in qualifiers):
                            return self._fill(out, ent, "description resolved to a person named before")
                        first = first or ent
                if first is not None:
                    return self._fill(out, first, "description resolved to a person named before")
            if (words[0].lower() == "the" and 2 <= len(words) <= 3
                    and (anon := self._anonymous_antecedent(words[1:], min(pos, where))) is not None):
                # round 28: 'One Liberal MP, who spoke on condition of anonymity, said ... the MP said': any head, when
                # the indefinite description that introduced it carries the formula of anonymity (a person, then; before
                # a body whose name ends in the head, 'One longtime subway operator, who asked not to be named, ...')
                out.update(speaker=anon, speaker_role=None, speaker_reason="description")
                return out
            # ('the head of Government of the Republic of Cape Verde': the relational noun 'head' before its of-phrase
            # is the person who heads the body named there, not that body; a description of a person, as written)
            if words[0].lower() == "the" and [w.lower() for w in words[1:]] not in _TREATY_PARTIES and not (
                    len(words) > 3 and words[1].lower() == "head" and words[2] == "of"):
                ent = self._org_by_head(words[1:], max(pos, where))
                if ent is not None:  # the jury, the council: the body named in full before
                    return self._fill(out, ent, "description resolved to an organisation named before")
                ent = self._org_by_kind(heads, pos, where)
                if ent is not None:  # the company said: the organisation quoted or named last
                    return self._fill(out, ent, "description resolved to an organisation named before")
                lp = self.last_person
                if ((role is not None and _variation(heads)) or _nationality_epithet(heads)) and (
                        lp is not None and 0 <= pos - lp[0] <= 1500):
                    # says Ramsey ... says the handsome food expert: the person quoted last
                    return self._fill(out, lp[1], "description of the person quoted last")
                # The mum, who works as a teaching assistant, added: “...”: a definite description of a person with
                # a non-restrictive relative clause after it is someone already identified (the clause adds to a
                # referent the reader knows; a new person comes with an indefinite article or a name): the person
                # quoted last, within 1,500 characters, where the noun's gender allows (round 13)
                if (len(heads) == 1 and (heads[0] in _FEMALE_NOUNS or heads[0] in _MALE_NOUNS)
                        and lp is not None and 0 <= pos - lp[0] <= 1500
                        and at >= 0 and _WHO_AFTER.match(self.text, at + len(written)) is not None
                        and lp[1].gender in (None, "f" if heads[0] in _FEMALE_NOUNS else "m")):
                    return self._fill(out, lp[1], "description of the person quoted last")
                if heads and heads[-1] in _PERSON_NOUNS and _variation(heads):
                    # the cadet wrote ... “...”, the young man noted: the person (named or described) quoted
                    # last, the more recent of the two, within 1,500 characters
                    other = self.last_other
                    o_ok = (other is not None and 0 <= pos - other[0] <= 1500 and other[1]["speaker"] is not None
                            and other[1]["speaker_reason"] in ("description", "pronoun resolved to a description")
                            and other[1]["speaker"].split()[0].lower() in ("the", "a", "an"))
                    l_ok = lp is not None and 0 <= pos - lp[0] <= 1500
                    if o_ok and (not l_ok or other[0] > lp[0]):
                        found = {k: other[1][k] for k in ("speaker", "speaker_role", "speaker_org", "channel")}
                        out.update(found, speaker_reason="description of the person quoted last")
                        return out
                    if l_ok:
                        return self._fill(out, lp[1], "description of the person quoted last")
            if words[0].lower() == "the" and len(words) >= 2 and (age := _YEAR_OLD.fullmatch(words[1])) is not None:
                ent = self._person_of_age(age.group(1), min(pos, where))
                if ent is not None:  # Luis Moreno, 45, ... the 45-year-old said: the person of that age
                    return self._fill(out, ent, "description resolved to a person named before")
                # (round 27: or an occupation after the age, 'the 38-year-old former schoolteacher': the epithet of
                # the person in focus, as 'the 20-year-old from Tampa' is, its words in lower case ending in a role or
                # agent noun)
                if len(words) == 2 or words[2] in ("from", "of") or (
                        len(words) <= 5 and all(w[:1].islower() for w in words[2:])
                        and (words[-1] in _ROLE_WORDS or _agent_noun(words[-1]))):
                    # Scholl ... “...,” said the 20-year-old from Tampa: where the text gave no one that age, the
                    # age is an epithet that adds to the person in focus, as a nationality does ('the Norwegian',
                    # :meth:`_epithet_antecedent`): the person named last, within 1,500 characters, unless the text
                    # gave them another age (round 20)
                    ent = self._recent(min(pos, where), "person")
                    if (ent is not None and where > pos
                            and _named_in_third_person(_quote_before(self.text, pos, where), ent.words)
                            and (alt := self._recent(pos, "person", skip=ent)) is not None):
                        ent = alt  # stop 70: '“Ben will be out,” said the 47-year-old': not Ben (_named_in_third_person)
                    if ent is not None and min(pos, where) - self._last_pos(ent, min(pos, where)) <= 1500 and not any(
                            _GIVEN_AGE.match(self.text, p, p + 80) for p in ent.positions):
                        return self._fill(out, ent, "description resolved to a person named before")
            if words[0].lower() == "the" and 2 <= len(words) <= 3 and (role is not None or heads[-1] in _SOURCE_NOUNS
                                                                        or heads[-1] in _DESCRIBED_HEADS
                                                                        or _agent_noun(heads[-1])):
                # (round 26: and any agent noun, 'A bunker trader at a European commodity house ... the trader said',
                # as round 25 read agent nouns as the heads of pseudo-titles)
                fuller = self._indefinite_antecedent(words[1:], min(pos, where))
                if fuller is not None:  # a city spokesperson ... the spokesperson said: the fuller description
                    fuller = _spokesperson_for(fuller)
                    out.update(speaker=fuller, speaker_role=None, speaker_reason="description",
                               speaker_org=self._org_of(fuller) if fuller.startswith("spokes") else None)
                    return out
            if (one := _ONE_OF.match(written)) is not None and (
                    member := self._one_of_group(one.group("head"), min(pos, where)) or _partitive_member(one)) is not None:
                # Two people familiar with the matter said ... “...,” one of them said: one member of the group a plural
                # indefinite description introduced, described as the group is, in the singular (round 27)
                out.update(speaker=member, speaker_reason="description")
                return out
            if written in _LONE_MEMBER and (member := self._member_of_plural(
                    min(pos, where), where, another=written.lower() == "another")) is not None:
                # round 40: 'Dozens of shoppers took to social media to complain. One wrote: ‘...’ Another said: ‘...’':
                # 'one' and 'another' without a noun pick a member of the people a plural noun named before
                out.update(speaker=member, speaker_reason="one of a group named before")
                return out
            if (len(words) == 2 and words[0].lower() == "the" and words[1].lower() in _GENERIC_SOURCE_NOUNS
                    and (source := self._unnamed_source_before(pos, where)) is not None):
                # round 37: 'A person close to the partnership, who asked not to be named, said ... “...,” the source
                # said': the general noun of an unnamed source takes up the one the text described last
                out.update(speaker=source, speaker_role=None, speaker_reason="description of the source described before")
                return out
            if len(words) == 2 and words[0].lower() in ("this", "that") and heads[-1] in _GENERAL_NOUNS:
                # '“...”, reported this group headed by ...': a demonstrative with a general noun says nothing of its
                # referent but that the text named it before (Halliday & Hasan 1976, 6.4 on general nouns; Quirk et al.
                # 1985, 6.40-6.44 on demonstrative reference): where no organisation or person named before takes it
                # up, 'this group' would merge every such speaker of a corpus into one, so none is given
                out.update(speaker=None, speaker_reason="unresolved description")
                return out
            desc = _description_speaker(written)
            if desc:
                desc = _spokesperson_for(desc)
            out.update(speaker=desc, speaker_reason="description" if desc else "unresolved description")
            if desc:  # a spokesperson for SoundThinking: the organisation the role is held in (round 12)
                out["speaker_org"] = self._org_of(desc)
            return out
        # rights group Liberty, state news agency Xinhua: the kind of an organisation written before its name (a close
        # apposition, :func:`_kind_before`) is no part of the name (round 15, after a quotation: '“...,” state news
        # agency Xinhua reported')
        # his co-driver Ieuan Pritchard, her lawyer Ann Roe: a possessive determiner and a noun of relation or role in
        # lower case before a name make a close apposition (Quirk et al. 1985, 17.70-17.72; Huddleston & Pullum 2002,
        # 5.14 on integrated appositives): the name is the speaker, the noun their role, and the determiner no
        # organisation (round 20: 'His longtime crewmate Anders Vikestad' had been the whole speaker, 'Her' the
        # organisation of 'Her lawyer Ann Roe')
        if len(words) >= 3 and words[0].lower() in _POSSESSIVE_DETERMINERS:
            k = next((i for i, w in enumerate(words) if w[:1].isupper() and i > 0), -1)
            if 1 < k <= 4 and all(w[:1].islower() and w not in _NAME_FUNCTION_WORDS and w not in _PREPOSITIONS
                                  for w in words[1:k]):  # (a noun and its modifiers; no phrase after a preposition)
                found = self._resolve(" ".join(words[k:]), pos, where)
                if found["speaker"] is not None and found["speaker_reason"] == "named":
                    found["speaker_as_written"] = written
                    found["speaker_role"] = found["speaker_role"] or " ".join(words[1:k])
                    return found
        k = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in _KIND_BEFORE_NAME), -1)
        if (k >= 0 and all(w[:1].isupper() for w in words[k + 1:])
                and all(w[:1].islower() for w in words[1:k]) and not any(_role_word(w) for w in words[:k])):
            found = self._resolve(" ".join(words[k + 1:]), pos, where)
            if found["speaker"] is not None:
                found["speaker_as_written"] = written
                return found
        # Brentford's Thomas Frank, Arsenal's Arteta: the person after an owner in the possessive, with the owner as
        # their organisation where none is known (round 12, see _owner_split; "People's Daily" stays whole)
        k = _owner_end(words)
        if k >= 0 and all(w[:1].isupper() for w in words) and _owner_split(tuple(words)) is not None:
            found = self._resolve(" ".join(words[k + 1:]), pos, where)
            if found["speaker"] is not None:
                found["speaker_as_written"] = written
                found["speaker_org"] = found["speaker_org"] or _owner(words, k)
                return found
        # state Sen. Brad Hoylman-Sigal, former President Barack Obama: a qualifier in lower case before an office
        # in Title Case premodifies the office (round 13); the name is read without it, the role keeps it
        if len(words) >= 3 and words[0] in _OFFICE_QUALIFIERS and words[1][:1].isupper():
            found = self._resolve(" ".join(words[1:]), pos, where)
            if found["speaker"] is not None:
                found["speaker_as_written"] = written
                if found["speaker_role"] and " ".join(words[1:]).startswith(found["speaker_role"]):
                    found["speaker_role"] = f"{words[0]} {found['speaker_role']}"  # the office as written here
                return found
        core, gender = _strip_title(words)
        # 'Judge Savage of the New York Supreme Court': an office, a name and its court or body after 'of the'; the
        # role split reads the whole phrase and took 'Supreme Court' for the name (round 10: 'Justice' became an
        # office). The body after 'of' is the organisation, the office and name before it are read as usual
        after_of = None
        k_of = core.index("of") if "of" in core else -1
        if (2 <= k_of <= 4 and k_of + 2 < len(core) and core[k_of + 1] == "the"
                and core[0].rstrip(".,").lower() in _ROLE_WORDS and all(w[:1].isupper() for w in core[:k_of])):
            core, after_of = core[:k_of], " ".join(core[k_of + 2:])
        lead = _leading_modifiers(core)
        role_words, name = _split_role(core[lead:])
        role_words = core[:lead] + role_words
        if role_words and len(name) > 1:  # Viet Nam Gen. Maxwell Taylor: a title after the words before the name
            name, g2 = _strip_title(name)
            gender = gender or g2
        while len(name) > 1 and name[-1].rstrip(".,") in _NOT_NAME and not _month_surname(name):  # said Stram Monday
            name = name[:-1]
        org = after_of
        # 'Charles Rollet of IPVM': a person of an organisation; (round 15) but an organisation word before 'of'
        # makes one name, 'the Central Bank of Kenya', 'Department of Foreign Affairs' (had been 'Central Bank',
        # 'Department')
        if "of" in name and not any(w.rstrip(".,’'").lower() in _ORG_WORDS for w in name[:name.index("of")]):
            k = name.index("of")
            org, name = " ".join(name[k + 2:] if name[k + 1:k + 2] == ["the"] else name[k + 1:]) or None, name[:k]
        if (org is None and "at" in name and 2 <= (k := name.index("at")) < len(name) - 1
                and all(w[:1].isupper() for w in name[:k]) and name[k + 1][:1].isupper()
                and (name[0].lower() in _GIVEN_NAMES or " ".join(name[:k]) in self.persons)):
            # round 40: 'Diane Holcomb at Pettibone Securities called the selloff “...”': a person at the firm she works
            # for, as 'Charles Rollet of IPVM' (business copy names an analyst's firm so); a known person or given name
            org, name = " ".join(name[k + 1:]), name[:k]
        if not name:
            out.update(speaker=written, speaker_reason="description")
            return out
        low0 = [w.rstrip(".,’'").lower() for w in name]
        if any(w in _ORG_WORDS for w in low0) or (
                # a document's owner is kept as an organisation ('Gen. Maxwell Taylor's statement'): a person
                # of that name in the table wins when the written form held a title or a description
                written in self.orgs and not (len(name) < len(words) and self._canonical_person(name, gender))):
            ent = self._fuller_org(name)
            if ent is None or ent.name == " ".join(name):  # (round 17: 'Kingsmere' for 'Kingsmere Bank', as below)
                ent = self._org_from_start(name) or ent or self._org(" ".join(name))
            return self._fill(out, ent, "named")
        ent = self._canonical_person(name, gender, max(pos, where))
        if ent is None and len(name) >= 2 and name[0][:1].isupper() and name[0].lower() in _PARTICLES:
            # round 38: 'Van Doorn declined to ..., saying' after 'Marieke van Doorn': the particle capitalised where
            # the surname alone opens a sentence is the name's own in lower case (as _particle_case reads the runs)
            ent = self._canonical_person([name[0].lower(), *name[1:]], gender, max(pos, where))
        # (round 17: 'Kingsmere Bank ... Kingsmere said', 'Quillon Payments Inc. ... Quillon said': an organisation is
        # named in full once and then by the first words of its name, as a person by the surname; one speaker, one
        # name. Only where no person holds the words but as a bare name and no role or title was written; round 18:
        # or as a name of several words without a person's marks, _markless_name)
        if ((ent is None or (_markless_name(ent) and list(ent.words) == name)) and not role_words
                and gender is None and (fuller := self._org_from_start(name)) is not None):
            return self._fill(out, fuller, "named")
        if (ent is None and len(name) >= 2 and not org and all(w[:1].isupper() for w in name)
                and not any(_role_word(w) or w in _NOT_NAME for w in name)):  # (not 'Prime Minister')
            ent = self._speaker_person(written, name, gender, where)
        if ent is None:
            out.update(speaker=" ".join(name), speaker_role=" ".join(role_words) or None, speaker_org=org,
                       speaker_reason="named")
            return out
        self._fill(out, ent, "named")
        if role_words and out["speaker_role"] is None:
            out["speaker_role"] = " ".join(role_words)
        if org and out["speaker_org"] is None:
            out["speaker_org"] = org
        return out

    @staticmethod
    def _fill(out: dict, ent: _Entity, reason: str) -> dict:
        out["speaker"] = ent.name
        out["speaker_reason"] = reason
        if ent.kind == "person":
            out["speaker_role"] = ent.role
            out["speaker_org"] = ent.org
        else:
            out["speaker_org"] = ent.name
        return out


_NO_SPEAKER = {"speaker": None, "speaker_as_written": None, "speaker_role": None, "speaker_org": None,
               "channel": None, "speaker_reason": "no attribution found"}


class _SpansOnly:
    """Stands in for :class:`_Speakers` when the caller needs spans and kinds but no speakers
    (``find_quote_spans(..., speakers=False)``, the counting paths): building the name table is most of the
    time of quotation finding, and no kind or span depends on a speaker's name, only on whether a quotation
    has one (:func:`_has_speaker`: an interrupted quotation, a run of quotations, coordinated ones).

    :meth:`_Speakers.resolve` gives None only for no attribution (``written`` None) and for a pronoun it
    cannot resolve; any other attribution gives a speaker. So for those this answers without the table
    (``speaker`` is the attribution as written, a placeholder that :func:`find_quote_spans` blanks); a
    pronoun's speaker is a :class:`_Pending`, and only when a kind asks about it is the real table built and
    the attributions resolved so far replayed in their order (the table remembers the last speaker for a
    later 'it' or 'they'). ``channel`` is ``""`` so that no channel is looked for. tests/test_quotes_fast.py
    checks that everything but the speaker keys equals the full path's on the seeds, UN speeches and Brown.
    """

    def __init__(self, text: str, quote_spans: list[tuple[int, int]]) -> None:
        self._args = (text, quote_spans)
        self._calls: list[tuple[str | None, int, int]] = []
        self._done: list[dict] = []  # the real table's answers to the first calls, in order
        self._table: _Speakers | None = None

    def resolve(self, written: str | None, pos: int, where: int) -> dict:
        self._calls.append((written, pos, where))
        if written is None:
            return {**_NO_SPEAKER, "channel": ""}
        speaker = _Pending(self, len(self._calls) - 1) if written.lower() in _PRONOUN_SPEAKERS else written
        return {**_NO_SPEAKER, "speaker": speaker, "speaker_as_written": written, "channel": "",
                "speaker_reason": "named"}

    def real(self, k: int) -> dict:
        """What the real table answers to the k-th call (after the calls before it)."""
        if self._table is None:
            self._table = _Speakers(*self._args)
        while len(self._done) <= k:
            self._done.append(self._table.resolve(*self._calls[len(self._done)]))
        return self._done[k]


class _Deferred:
    """:class:`_Speakers`, built when a speaker is first resolved: a quotation without attribution
    (``written`` None) gets :data:`_NO_SPEAKER` without it, which is what :meth:`_Speakers.resolve` answers
    then, changing nothing in the table (tests/test_quotes_lazy.py checks both), so a document whose speech
    quotations name no one builds no table. The table is built from the same text and spans whenever it is
    built, so its answers are those of a table built at once."""

    def __init__(self, text: str, quote_spans: list[tuple[int, int]]) -> None:
        self._args = (text, quote_spans)
        self._table: _Speakers | None = None

    def built(self) -> _Speakers | None:
        """The table if a speaker has been resolved (it is built then), else None: the speaker scorer
        (:mod:`discourse._speaker_scorer`) reads its mentions, which resolving does not change."""
        return self._table

    def resolve(self, written: str | None, pos: int, where: int) -> dict:
        if written is None and self._table is None:
            return dict(_NO_SPEAKER)
        if self._table is None:
            self._table = _Speakers(*self._args)
        return self._table.resolve(written, pos, where)


class _Pending:
    """The speaker of a pronoun attribution without the name table: resolved when asked (:func:`_has_speaker`)."""

    __slots__ = ("k", "stub")

    def __init__(self, stub: _SpansOnly, k: int) -> None:
        self.stub, self.k = stub, k


def _has_speaker(info: dict) -> bool:
    """Does this quotation have a speaker (``speaker is not None``, a pending pronoun resolved first)?"""
    return _speaker_text(info) is not None


def _speaker_text(info: dict) -> str | None:
    """The speaker of this quotation as a string (a pending pronoun resolved first), or None."""
    spk = info["speaker"]
    if isinstance(spk, _Pending):
        return spk.stub.real(spk.k)["speaker"]
    return spk


# round 32: the governing body of an organisation named by its kind ('the company’s management', 'the club's board')
_ORGAN_OF = _rx(r"[Tt]he\s+(?P<org>company|firm|group|club|university|college|school|council|union|bank|"
                       r"association|federation|charity|trust|hospital|carmaker|airline|operator|developer|insurer|"
                       r"retailer|league|party|co-op|cooperative)[’']s\s+(?:management|leadership|board|executives|"
                       r"directors|management\s+board|executive\s+board|owners)")
_NO_SPEAKERS_AT_ALL = dict(_NO_SPEAKER, speaker_reason=None)  # find_quote_spans(..., speakers=False)
# what it called “...”, what the company describes as “...”: the words of the subject, not a naming by the author
_WHAT_CALLED = _rx(rf"(?<![\w’'])[Ww]hat\s+(?P<spk>{_NP})\s+(?:has\s+|had\s+|have\s+)?"
                          r"(?P<cue>called|calls|call|termed|terms|dubbed|dubs|labell?ed|labels|"
                          r"described\s+as|describes\s+as|describe\s+as|hailed\s+as|touted\s+as|billed\s+as)"
                          r"(?:\s+(?P<det>the|a|an|its|their|his|her))?\s*$")
# X issued the following statement: / X released this statement on Monday:
_B_ISSUED = _rx(rf"(?<![\w’'])(?P<spk>{_NP})\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
                       r"(?P<cue>issued|released|published|put\s+out|sent|posted|gave|made|tweeted)\s+"
                       rf"(?:the\s+following|this|a|an|the)\s+(?:[\w\-]+\s+)?(?P<doc>{_DOC_NOUNS})"
                       r"(?:\s+[^:“”\"]{0,60})?\s*:\s*$")
_ISSUED_WORDS = frozenset("issued released published put sent posted gave made tweeted".split())


def _issued(window: str) -> re.Match | None:
    """``_B_ISSUED.search(window)``, tried only where a match can start (its noun phrase, the white space and an
    auxiliary before its verb hold no bar character: :func:`discourse._quote_cues._np_matches`)."""
    return _np_search(_B_ISSUED, window, _cue_anchors(window, _ISSUED_WORDS))


def _channel_near(text: str, before: str, end: int, ue: int) -> str | None:
    """'in a statement' in the clause before the quotation or in the attribution after it."""
    m = _CHANNEL_NEAR.search(before)
    if m is None:
        after = text[end:min(ue, end + 120)]
        cut = _SENT_BOUNDARY.search(after) or re.search(r"[!?;](?:\s|$)|\.$", after)
        m = _CHANNEL_NEAR.search(after[:cut.start()] if cut else after)
    return re.sub(r"\s+", " ", m.group("doc").lower()) if m else None
