"""Who a quotation is attributed to, from the words around it, and whether it is speech or a mention.

The attribution patterns before a quotation ("Name said", "according to Name"), after it (", said Name"),
and earlier in its sentence ("Name said the plan was “…”"), with the checks that keep objects,
prepositional phrases and descriptions from being taken for speakers; and the features that decide speech
against mention. The rules are in the docstring of :mod:`discourse.quotes` ("Speech or mention", "Speakers
and cue verbs").
"""

from __future__ import annotations

import functools
import re

from ._quote_cues import (
    _A_ACCORDING,
    _A_APPOS,
    _A_CUE_SPK,
    _A_DASH,
    _A_SPK_CUE,
    _ADV,
    _APOS,
    _ARTICLE_BEFORE,
    _B_ACCORDING,
    _B_ACCORDING_IN,
    _B_APPOS,
    _B_CUE_SPK,
    _B_CUE_SPK_IN,
    _B_DESCRIBED,
    _B_INFINITIVE_HEARER,
    _B_PARTICIPLE,
    _B_PP_WORDS,
    _B_SENTENCE,
    _B_SENTENCE_APPOS,
    _B_SPK_CUE,
    _B_SPK_CUE_PP,
    _B_TOLD,
    _B_WHO,
    _B_WHO_CUE,
    _CAPW,
    _CLAUSE_WORDS,
    _CUE,
    _DAY,
    _DET,
    _DET_LOWER,
    _LETTER_RE,
    _NAME,
    _NAME_OF,
    _NOTDET,
    _NOTDET_WORDS,
    _NOUNISH,
    _NP,
    _NP_AFTER_CUE,
    _ORG_AND,
    _ORG_HEAD,
    _PARTICLES,
    _PARTITIVE,
    _PRE,
    _PREP_BEFORE,
    _PRON,
    _ROLE_NAME,
    _ROLE_NOUN_SET,
    _SENT_BOUNDARY,
    _SENT_END_AFTER,
    _THAT_WAS,
    _WORD_RE,
    CUE_VERBS,
    DATELINE,
    MUNICIPAL_HEADS,
    ORG_WORDS,
    _comma_anchors,
    _cue_anchors,
    _has_cue,
    _np_matches,
    _np_search,
    mask_name_tags,
)
from ._re_cache import compile as _rx
from ._speaker_names import (
    _ADVERB,
    _DOC_NOUNS,
    _DOC_RE,
    _INQUIRY_NOUNS,
    _NOT_NAME,
    _ROLE_WORDS,
    CAPITAL_AUXILIARIES,
    _agent_noun,
    _place_name,
    _role_word,
    _split_role,
    _subject_like,
    addressed_document,
)

# --------------------------------------------------------------------------------------------- attribution
#: the coordinators that may open a reporting clause's subject after a comma, in lower case (', and experts say')
_CLAUSE_COORDINATORS = frozenset({"and", "but", "yet", "or", "nor"})
_LEADING_FUNCTION = frozenset(
    "As In But And When While If Then So Yet Thus Indeed However Moreover Also Now Today Here There Later "
    "Finally Since Because For On At After Before Recently Meanwhile Once Still Even Only Perhaps "
    # round 7: a capitalised preposition or subordinator opening a sentence opens no name ('Although Pearson
    # disbelieved ...', 'Like Burnet, he deplores ...'; Quirk et al. 1985, 9.7 and 14.12: a preposition or a
    # subordinator introduces its complement or clause, it is never part of a proper noun's name)
    "Like Unlike Although Though Whereas Unless Until Upon With Without Against Despite Through During From "
    "To By Into Under Over Among Toward Towards Beyond Except Besides Whilst".split()
    # round 36: a personal pronoun contracted with its verb opens no name ("She'd be smart about it" had made "She'd" a
    # person of the name table, and once a 'he' the speaker)
    + [f"{p}{a}{v}" for p in ("I", "He", "She", "It", "We", "They", "You") for a in ("'", "’")
       for v in ("d", "s", "m", "re", "ve", "ll")])


_NOT_SPEAKER_END = frozenset(
    "morning afternoon evening night week year month time day days session once then again also ago".split()
    # a proverb is words that no one in particular says ('We recall a famous saying:' had the speaker 'a famous
    # saying'): the words of a people or of tradition, not a speaker the reader can name
    + "saying sayings proverb proverbs adage adages maxim maxims".split())


# a day or time word that ends a speaker phrase belongs to the verb ("a statement released by the group Friday")
_TRAILING_DAY = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight".split())


# an adverb between the subject and its cue verb that a greedy noun phrase took in ('The jury further said',
# 'The company also said'): the subject is the words before it
_TRAILING_ADVERBS = frozenset("further also then again later meanwhile however moreover furthermore too "
                              "therefore nevertheless already".split())


_PARTITIVE_RE = _rx(_PARTITIVE)
# the rest of a sentence after 'X said' that holds the verb's own content: a 'that' or an opening quotation mark
# before the sentence ends (_attr_after, round 11)
_OWN_CONTENT = _rx(r"[^.!?“”\"‘]{0,120}?(?:(?<![\w’'])that(?![\w’'])|[“\"‘])")
# a finite verb right after the noun phrase of ', said NP' (an auxiliary, a form of 'be' or 'have', or a modal, an
# adverb allowed before it): 'said the plan was', 'says the system is', 'said the mayor would never'. The noun phrase is
# then the subject of a that-less content clause the verb reports, not the subject of an inverted reporting clause,
# which ends with its subject (Quirk et al. 1985, 14.29-14.31 on subject-verb inversion in reporting clauses; 16.64 on
# the zero that-clause after a verb of saying)
_FINITE_AFTER_NP = _rx(r"\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+)?(?:was|were|is|are|has|have|had|would|will|could|"
                       r"should|can|may|might|must|did|does|do|wasn[’']t|weren[’']t|isn[’']t|aren[’']t|hasn[’']t|"
                       r"hadn[’']t|won[’']t|wouldn[’']t|couldn[’']t|can[’']t|didn[’']t|doesn[’']t|don[’']t)(?![\w’'])")


# the modals that open a request by inversion ('May I quote', 'Let me' is no inversion)
_INVERTED_MODALS = frozenset("May Might Can Could Shall Should Would Will Must".split())
# the personal pronouns in subject form, capitalised: no name, but a speaker the name table resolves (_clean_speaker)
_SUBJECT_PRONOUNS = frozenset(("He", "She", "It", "They", "We", "I", "You"))


#: filled pauses as transcripts spell them: signals of delay, no words of a noun phrase (Clark & Fox Tree 2002,
#: "Using uh and um in spontaneous speaking"), so "but uh critics say" is said by "critics"
FILLED_PAUSES = frozenset({"uh", "um", "uhm", "umm", "er", "erm", "ehm", "hmm", "mm", "ah", "eh"})


def _clean_speaker(s: str) -> str:
    """The speaker as written, with white space collapsed, filled pauses (:data:`FILLED_PAUSES`: in lower case, or
    capitalised at the head, where "Ah" or "Er" inside a name may be a given name or surname) and a
    sentence-initial function word dropped; '' when what is left cannot be a speaker (a lone function word, 'this
    morning')."""
    words = [w for w in s.strip().rstrip(",;:").split() if w not in FILLED_PAUSES]
    while len(words) > 1 and words[0].lower() in FILLED_PAUSES and words[0][1:].islower():
        words = words[1:]
    while words and words[0] in _CLAUSE_COORDINATORS:
        words = words[1:]  # ', and experts say', ', but the vendor says': the coordinator joins the clause to the one
        # before it (Quirk et al. 1985, 13.1-13.5); it is no part of the subject, and 'and experts' had been a speaker
        # of its own beside 'experts'
    while len(words) > 1 and (words[0] in _LEADING_FUNCTION or _ADVERB.fullmatch(words[0])
                              or (words[0] == "that" and words[1][:1].isupper())):
        words = words[1:]  # 'But Ann Roe', 'Affirmatively Baker': no part of the name; round 23: 'heard that Mr
        # Holloway wrote': 'that' before a capitalised word opens a content clause (Quirk et al. 1985, 15.3), it is no
        # demonstrative of the name
    while len(words) > 1 and words[-1] in _TRAILING_ADVERBS:  # 'The jury further said': the jury
        words = words[:-1]
    while len(words) > 1 and words[-1] in _TRAILING_DAY:  # 'released by the student group Friday'
        words = words[:-1]
        if len(words) > 1 and words[-1] == "on":  # 'The Council on Monday said': the day's preposition (round 14)
            words = words[:-1]
    if words and all(w.rstrip(".,") in _NOT_NAME and w not in _SUBJECT_PRONOUNS for w in words) and words != ["Another"]:
        return ""  # said Monday: a day, not a speaker (round 40: 'Another said:', one more of a group, is a subject)
    if not words or words[0] in _LEADING_FUNCTION or words[-1].lower() in _NOT_SPEAKER_END:
        return ""
    if len(words) >= 2 and words[0] in _SUBJECT_PRONOUNS and words[1] in CAPITAL_AUXILIARIES:
        return ""  # 'It Was reported that': a pronoun and its auxiliary in capitals, an impersonal passive (round 37)
    if len(words) == 2 and words[0] in _INVERTED_MODALS and words[1] in ("I", "we", "We"):
        return ""  # 'May I quote ...:', 'Might we recall ...:': a modal before its subject, a request (Quirk et al.
        # 1985, 11.5 on subject-operator inversion), no name 'May'; the rules for what is quoted then decide
    if words[0] == "whose" and words[-1][:1].islower():
        # 'whose members say': the relative determiner's noun phrase names its antecedent's members or parts, no one
        # the text names (round 38; 'to which federal prosecutor A. Lawrence Burbank replied' keeps its name)
        return ""
    if _AMOUNT.match(words[0]):
        return ""  # 'who paid LE650,000 for a flat, said': a sum of money names no one (round 20)
    return " ".join(words)



# round 20: a currency's letters written against an amount of three digits or more ('LE650,000', 'Rs5000', 'N4200'):
# no name holds one ('G20', 'F1', '3M' have fewer digits or none before)
_AMOUNT = _rx(r"[A-Z]{1,3}\$?\d{3,}")


def _grp(m: re.Match, name: str) -> str:
    """A named group of an attribution pattern, or of its second alternative (``spk2``, ``cue2``)."""
    v = m.group(name)
    return v if v is not None or name + "2" not in m.re.groupindex else m.group(name + "2")


def _cue_text(cue: str) -> str:
    """The cue as reported: white space collapsed, a sentence-initial capital lowered (Asked -> asked)."""
    cue = re.sub(r"\s+", " ", cue)
    return cue.lower() if cue[:1].isupper() and cue.lower() in CUE_VERBS else cue


def _pair(m: re.Match) -> tuple[str, str] | None:
    spk = _clean_speaker(_grp(m, "spk"))
    if " of " in spk:  # 'said John Smith of Acme' is written John Smith; 'said President of Acme Guo Fu' keeps it all
        head, tail = spk.split(" of ", 1)
        head = head.split()
        # (round 11: 'one of the diplomats', a partitive, keeps its group; round 14: so does an organisation with
        # its of-phrase before a role and a name, 'ACLU of Northern California attorney Matt Cagle said', whose
        # person is the name after the role, as _ROLE_NAME reads it: 'ACLU' had been the speaker)
        # (round 16: nor does an organisation word before 'of', '“...,” the Central Bank of Kenya said': one name,
        # as the speaker table reads it)
        if (not any(w.rstrip(".,").lower() in _ROLE_WORDS for w in head) and not _PARTITIVE_RE.fullmatch(spk)
                and not _role_then_name(tail.split()) and not any(w.rstrip(".,’'").lower() in ORG_WORDS for w in head)
                # (nor a local government's formal name, '“...,” the City of Oakland said', _quote_cues.MUNICIPAL_HEADS)
                and not (head[-1].lower() in MUNICIPAL_HEADS and head[-1][:1].isupper()
                         and all(w.lower() == "the" for w in head[:-1]) and tail[:1].isupper())):
            spk = " ".join(head)
    return (spk, _cue_text(_grp(m, "cue"))) if spk else None


def _role_then_name(words: list[str]) -> bool:
    """Do ``words`` hold a role noun in lower case (:data:`_ROLE_NOUN_SET`) followed by a capitalised word, as
    the role and name that end _ROLE_NAME ('Northern California attorney Matt Cagle')?"""
    return any(w in _ROLE_NOUN_SET and nxt[:1].isupper() for w, nxt in zip(words, words[1:], strict=False))


# round 10: a headline drops its articles, '‘We will not back down,’ says minister' (Quirk et al. 1985, App. I.11,
# block language): a verb of saying and a bare role noun that end the line give the role as the speaker
_A_HEADLINE = _rx(r"[ \t]*,?[ \t]*(?P<cue>says|said)[ \t]+(?P<spk>(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)[ \t]*$")
# round 10: '“...,” said one, a retired teacher who asked that her name not be used': 'one' of the people named
# before, described by the apposition after it (Quirk et al. 1985, 17.65): the description is the speaker
_A_CUE_ONE = _rx(rf"{_PRE}(?P<cue>{_CUE})\s+one,\s+(?P<spk>(?:a|an)\s+[a-z][^,.;:“”\"()]{{1,60}}?)"
                        r"(?=\s+(?:who|whose|from|in|of|at|with)\b|\s*[,.;:!?]|\s*$)")
_APPOS_TAIL = _rx(rf"[^,.;:“”\"]{{0,80}},\s+(?P<name>{_NAME})\s*(?:[.;,!?]|$)")
# a non-finite clause that postmodifies a noun phrase: an -ed participle with its agent ('headed by', 'led by',
# 'chaired by') or 'including' with the members it lists (Quirk et al. 1985, 17.13-17.19)
_POSTMOD_PARTICIPLE = _rx(r"\s(?:[a-z]+ed\s+by|including)\b")


# said the director of the development direction of Huawei Gleb Malyutin.: a description whose of-phrase runs,
# with no comma, into the name that ends the sentence (see Speakers._resolve for the organisation before it)
_DESC_TO_NAME = _rx(rf"(?P<rest>\s+(?:of|at|for)\s+[^,.;:“”\"]{{0,100}}?(?<=[a-z])\s+{_NAME})\s*(?:[.;!?]|$)")


def _is_description(spk: str) -> bool:
    """A speaker written as a description (the magistrate, Serbia's former commissioner), not a name."""
    words = spk.split()
    return bool(words) and (words[0].lower() in ("the", "a", "an", "its", "his", "her", "their")
                            or words[0][-2:] in ("’s", "'s")
                            or any(w[:1].islower() and w not in _PARTICLES for w in words[1:]))


# a colon and an opening mark after a reporting clause: the clause introduces the quotation after it (round 10)
_INTRODUCES_NEXT = _rx(r"[^“”\"‘’.!?]{0,60}?:\s*[“\"‘]")


# Stop 70: a formula of citation after the words it cites: '“misery and despair”, to quote the Secretary-General's
# words, with ...', '“...”, in the words of Ann Roe.', '“...” (A/45/1), as observes the Secretary-General in his report.'.
# The infinitive clause of quoting ('to quote X's words', 'to use the words of X') and 'in the words of X' are
# disjuncts of style that name whose words the quotation is, wherever they stand in the sentence (Quirk et al. 1985,
# 8.124-8.127 on style disjuncts; 15.51 on citation forms); the comparative 'as' clause may invert its verb and a long
# subject ('as observes the Secretary-General', Quirk et al. 1985, ch. 15 and ch. 18 on subject-verb inversion after
# comparative 'as'). The owner of 'words' (a genitive or an of-phrase) is the speaker; a name only (capitalised words
# with inner 'of', 'the', 'for', 'and'), the formula right after the quotation's closing mark and an optional
# citation in brackets, and no quotation introduced by the formula ('..., to quote Ann Roe's words: “...”' is the
# next quotation's, read before it)
_CITED_NAME = r"(?:the\s+)?[A-Z][\w.\-]*(?:\s+(?:(?:of|the|for|and)\s+)*[A-Z][\w.\-]*){0,6}"
_A_WORDS_OF = _rx(rf"^\s*(?:[(\[][^()\[\]\n“”\"]{{1,40}}[)\]])?\s*[.,;]?\s*(?:(?P<cue>to\s+(?:quote|use|borrow))\s+(?:"
                  rf"(?P<spk>{_CITED_NAME})[’']s?\s+(?:own\s+)?words|the\s+words\s+of\s+(?P<spk2>{_CITED_NAME}))|"
                  rf"(?P<cue2>in)\s+the\s+(?:\w+\s+)?words\s+of\s+(?P<spk3>{_CITED_NAME})|"
                  rf"[Aa]s\s+(?P<cue3>observes|notes|says|states|remarks|observed|noted|said|stated|remarked)\s+"
                  rf"(?P<spk4>{_CITED_NAME}))"
                  rf"(?=\s*(?:[,.;!?)\[]|$)|\s+(?:in|at|during|before)\s)")
_INTRODUCES_BY_COMMA = _rx(r"\s*[,:]\s*[“\"‘]")


_AS_CLAUSE_ENDS = _rx(r"(?:\s+(?:in|at|during|before)\s[^,.;:!?“”\"]{0,120})?\s*\.")


def _words_of_after(window: str, ends_sentence: bool) -> tuple[str, str] | None:
    """(speaker, cue) of a formula of citation right after a quotation (:data:`_A_WORDS_OF`), else None. After a
    quotation that ends its sentence, an inverted 'As observes X' is read only where it ends its own sentence (a
    verbless comment on the words before); '“...”. As observes X, the war goes on.' opens a new sentence whose main
    clause is what X observes."""
    if "words" not in window and "as " not in window and "As " not in window:
        return None  # (the literal guard: most quotations are followed by neither)
    m = _A_WORDS_OF.match(window)
    if m is None or _INTRODUCES_NEXT.match(window, m.end()) or _INTRODUCES_BY_COMMA.match(window, m.end()):
        return None
    spk = m.group("spk") or m.group("spk2") or m.group("spk3") or m.group("spk4")
    if spk.endswith(".") and len(spk.rsplit(None, 1)[-1]) > 3:
        spk = spk[:-1]  # the sentence's full stop, not an abbreviation's ('Ann Roe.', not 'Jr.')
    spk = _clean_speaker(spk)
    if not spk:
        return None
    if m.group("spk4") and ends_sentence and _AS_CLAUSE_ENDS.match(window, m.end()) is None:
        return None
    cue = m.group("cue") or m.group("cue3") or "quoted"
    return spk, re.sub(r"\s+", " ", cue)


def _attr_after(text: str, q: dict, ue: int) -> tuple[str, str] | None:
    if not q["close_mark"]:
        return None
    window = mask_name_tags(text[q["end"]:min(ue, q["end"] + 160)])  # Sen. Ann Roe, D-N.M., told (round 16)
    m = _A_DASH.match(window) if q["end"] + len(window) == ue else None
    if m and (found := _pair(m)) is not None:  # ‘...’ - Agnès Callamard (a signed pull quotation)
        return found
    if (m := _THAT_WAS.match(window)) is not None and (found := _pair(m)) is not None:
        return found  # “...” - that was the message from Ann Lee (round 11)
    if " read" in window and (m := _A_DOC_READS.match(window)) is not None and (found := _pair(m)) is not None:
        return found  # “...,” the memo reads (round 15)
    if (("familiar" in window or "knowledge" in window or "close to" in window or "briefed" in window
         or "aware" in window or "involved" in window)
            and (m := _A_UNNAMED_SOURCE.match(window)) is not None):
        spk = _clean_speaker(m.group("spk") or m.group("spk2"))  # (whole: no 'of' split, as _pair makes)
        if spk:
            return spk, _cue_text(m.group("cue") or m.group("cue2"))
    if (found := _words_of_after(window, text[max(q["content_start"], q["content_end"] - 3):q["content_end"]].rstrip()[-1:]
                                 in (".", "!", "?", "…") or window.lstrip()[:1] == ".")) is not None:
        return found
    if not _has_cue(window):
        return None
    if (q["end"] + len(window) == ue and (m := _A_HEADLINE.match(window)) is not None
            and m.group("spk").split()[-1] in _ROLE_WORDS):
        return m.group("spk"), m.group("cue")  # ‘We will not back down,’ says minister: a headline's speaker
    if (m := _A_CUE_ONE.match(window)) is not None and (spk := _clean_speaker(m.group("spk"))):
        return spk, _cue_text(m.group("cue"))  # ”, said one, a retired teacher who ...: the description
    content_tail = text[max(q["content_start"], q["content_end"] - 3):q["content_end"]].rstrip()
    ends_sentence = content_tail[-1:] in (".", "!", "?", "…")
    for rx in (_A_CUE_SPK, _A_ACCORDING):
        m = rx.match(window)
        if m is not None and rx is _A_CUE_SPK and m.group("cue").endswith("ing"):
            # round 34: '“baseless and desperate”, saying the party's supporters had been attacked': a participle is
            # no inverted reporting clause; the noun phrase after it opens the clause it reports (or is its object,
            # 'telling reporters'), and the participle's subject is the matrix clause's (Quirk et al. 1985, 15.58)
            continue
        if m is not None and rx is _A_CUE_SPK and _FINITE_AFTER_NP.match(window, m.end("spk")) is not None:
            # '“...”, said the plan was “unworkable”': the noun phrase after the verb has a finite verb of its own, so it
            # opens the content clause the verb reports (a that-less clause, Quirk et al. 1985, 16.64), and the verb's
            # subject stands before it ('Ann Roe, who called it a “sham”, said the plan was ...'); read as an
            # inverted reporting clause (14.29-14.31), the quotation before had been said by 'the plan'
            continue
        if m and m.group("cue")[:1].isupper() and re.match(r"[^.!?“”\"]*[,:]\s*[“\"‘]", window[m.end():]):
            continue  # ”?? Snapped Maureen, “Me Jane”: a capitalised cue that introduces the next quotation
        if m and rx is _A_CUE_SPK and (found := _pair(m)) is not None and _is_description(found[0]):
            if (" by " in found[0] or "including" in window) and (
                    (pm := _POSTMOD_PARTICIPLE.search(found[0])) is not None
                    or _POSTMOD_PARTICIPLE.search(window, m.end(), m.end() + 120) is not None):
                # ”, reported this group headed by Ann Roe and including two lawyers, Jo B. Fox and Al Poe: a
                # non-finite clause postmodifies the description (Quirk et al. 1985, 17.13-17.19; 'including'
                # introduces members, no equivalent, 17.78): the names in it are its agent's or its members', not the
                # speaker's; the speaker is the head before it, and no name after a comma is in apposition to it
                head = _clean_speaker(found[0][:pm.start()]) if pm is not None else found[0]
                return (head, found[1]) if head else None
            # said Serbia's former commissioner for data protection, Ana Novak: the name after the description
            tail = _APPOS_TAIL.match(window, m.end())
            if tail is not None and (name := _clean_speaker(tail.group("name"))):
                return name, found[1]
            run = _DESC_TO_NAME.match(window, m.end())
            if run is not None and (name := _clean_speaker(found[0] + run.group("rest"))):
                return name, found[1]  # said the director of development of Huawei Gleb Malyutin.
        if m and (found := _pair(m)) is not None:
            if rx is _A_CUE_SPK and (pt := _A_CUE_PSEUDO_TITLE.match(window)) is not None and pt.end("spk") > m.end("spk"):
                # (round 32: 'said NDP health critic Fatima Rahimi': the name after the pseudo-title, below)
                return _clean_speaker(pt.group("spk")) or found[0], found[1]
            return found
    if (pt := _A_CUE_PSEUDO_TITLE.match(window)) is not None and (spk := _clean_speaker(pt.group("spk"))):
        # round 32: '“This is my home,” said sophomore Kayla Brennan, a biology major', '“...,” said NDP health critic
        # Fatima Rahimi.': a pseudo-title, nouns in lower case before a person's name, used as a title (Bell 1991, on
        # news's pseudo-titles), of any noun and not only the role words the patterns know ('said jockey Liam Doyle');
        # read where the cue's own patterns found no speaker or only the organisation that premodifies the title
        return spk, _cue_text(pt.group("cue"))
    for rx in (_A_SPK_CUE, _A_APPOS):
        m = rx.match(window)
        if m and ends_sentence and _INTRODUCES_NEXT.match(window, m.end()):
            continue  # ”. Its leader, Özgür Özel, said: “...: a new sentence that introduces the next quotation
        if m and ends_sentence and _OWN_CONTENT.match(window, m.end()):
            # ”. The department said in a statement that it had “full confidence”: a new sentence whose verb of
            # saying has a content of its own (a that-clause or a quotation), not the one before (round 11)
            continue
        if (m and (not ends_sentence or _SENT_END_AFTER.match(window, m.end()))
                and _plausible(m.group("spk"), m.group("cue")) and (found := _pair(m)) is not None):
            if rx is _A_APPOS and (name := _named_apposition(window, m)):
                return name, found[1]  # ”, Cho's spokeswoman, Emily Park, said: the name (round 10)
            return found
    if ((m := _A_DESC_CUE.match(window)) is not None and _mc_described(m.group("spk").split())
            and not (ends_sentence and (_INTRODUCES_NEXT.match(window, m.end()) or _OWN_CONTENT.match(window, m.end())
                                        or not _SENT_END_AFTER.match(window, m.end())))):
        # round 33: '“...,” a spokesperson for the Department for Borders and Migration said.': a description whose
        # postmodifier holds a name with its 'and' or more words than the noun phrase patterns read (the subject of
        # an inverted or plain attribution after the quotation; its head decides, as in _main_clause_source; a new
        # sentence with content of its own attributes nothing before it, as for the patterns above)
        return _clean_speaker(m.group("spk")) or None, m.group("cue")
    return None


_A_DESC_CUE = _rx(
    rf"{_PRE}(?P<spk>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:\s+[^\s.,;:!?“”\"‘’()]+){{1,11}}?)\s+"
    r"(?P<cue>said|says|added|explained|wrote)(?=\s*[.,;]|\s+(?:on|in|at|after|during|last|this|yesterday|today)\b)")


# round 32: a cue, an optional organisation's name, one to three nouns in lower case, then a person's name of two words
# or more that ends the clause ('said sophomore Kayla Brennan,', 'said NDP health critic Fatima Rahimi.'); the words in
# lower case are no adverb, determiner, preposition or pronoun ('said today Liam Doyle' is no pseudo-title)
_PSEUDO_STOP = ("today|yesterday|tonight|later|earlier|also|then|again|afterwards|recently|now|once|still|simply|just|"
                "the|a|an|his|her|its|their|our|my|your|this|that|these|those|on|in|at|to|of|for|with|by|from|and|but|or|"
                "as|after|before|during|while|when|he|she|they|it|we|i|you|who|which|not|never|only|even|finally")
_A_CUE_PSEUDO_TITLE = _rx(
    rf"{_PRE}(?P<cue>{_CUE})\s+(?:{_NAME}\s+)?(?:(?!(?:{_PSEUDO_STOP})\b)(?![a-z]+ly\b)[a-z][\w\-]*\s+){{1,3}}"
    rf"(?P<spk>{_CAPW}(?:\s+{_CAPW}){{1,3}})(?=\s*[,.;!?]|\s+(?:who|of|at|from)\b|\s*$)")


# the last match of _SENT_BOUNDARY in a string: the greedy ``.*`` backs off from the end to the last place where
# the boundary matches, and the boundary is then matched there as finditer matches it (its look-behinds see the
# same characters before it, its look-ahead the same end). Each match of _SENT_BOUNDARY opens with a mark of
# [.!?…] and holds no other (closing marks and white space follow it), so matches never overlap: finditer finds
# one at every mark where the pattern matches, and its last is this one
_LAST_SENT_BOUNDARY = _rx(r"(?s:.*)" + _SENT_BOUNDARY.pattern)


def _after_last_boundary(text: str, lo: int, hi: int, width: int = 160) -> str:
    """The window of at most ``width`` characters before ``hi`` (not before ``lo``) after the last sentence boundary in
    it (_SENT_BOUNDARY), found with one backward search (_LAST_SENT_BOUNDARY: the end of finditer's last match;
    tests/test_quotes_fast.py compares both)."""
    window = text[max(lo, hi - width):hi]
    m = _LAST_SENT_BOUNDARY.match(window)
    return window[m.end():] if m is not None else window


def _clause_before(text: str, lo: int, hi: int, width: int = 160, window: str | None = None) -> str:
    """The sentence before ``hi`` (at most ``width`` characters back, not before ``lo``): the window after the
    last sentence boundary in it (:func:`_after_last_boundary`, or ``window`` where the caller has read it already);
    where the window has none and its cut falls inside a capitalised name (round 27, :func:`_name_start_before`), the
    sentence from its start within twice ``width`` (or from ``lo``, a paragraph's start, within it), else from the
    name's start."""
    if window is None:
        window = _after_last_boundary(text, lo, hi, width)
    k = max(lo, hi - width)
    if len(window) < hi - k or k <= lo or (j := _name_start_before(text, lo, k)) >= k:
        return window
    # (a cut inside a name: the sentence from its start where that is near, else from the name's start)
    wide = _after_last_boundary(text, lo, hi, 2 * width)
    return wide if len(wide) < min(hi - lo, 2 * width) or hi - 2 * width <= lo else text[j:hi]


# round 27: a window cut inside a name ('... Service Workers, which represents corrections officers, social workers,
# ... said' from 'The Alberta Union of Provincial Service Workers, which ...') reads the name's last words as the
# subject: the cut is moved back to the start of the capitalised run it falls in (its words capitalised or the function
# words of names, at most 80 characters back, not across a sentence end)
_NAME_RUN_BACK = _rx(r"(?:(?:[A-ZÀ-ÖØ-Þ][\w’'.\-&]*|of|for|the|and|de|du|des|la|le|del|di|da|van|von)\s+)+$")


def _name_start_before(text: str, lo: int, k: int) -> int:
    """Where the capitalised run that the offset ``k`` falls in (or starts at) begins, looking back at most 80
    characters and not before ``lo``; ``k`` itself where no run reaches back over it."""
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "’'-"):
        k -= 1  # (the start of the word the cut falls in)
    if not text[k:k + 1].isupper():
        return k
    m = _NAME_RUN_BACK.search(text, max(lo, k - 80), k)
    if m is None:
        return k
    start = m.start()
    while start < k and not text[start].isupper():  # (a run opens with a capitalised word)
        start = text.index(" ", start) + 1 if " " in text[start:k] else k
    return start


# round 15: '“...,” the memo reads', '“...,” one slide in the deck reads': a written text 'reads' what it says (the verb
# of a document, a sign or a slide only; a person reads what someone else wrote), up to five words between the
# determiner and the noun ('one slide in the QuickHaul deck'), none of them a finite verb of saying, which no determiner
# phrase holds (as _NOTDET_WORDS of discourse._quote_cues): in '“...,” the residents said in a joint letter read aloud'
# the residents speak, and 'read' is the participle of a reduced relative clause, not the letter's verb
_A_DOC_READS = _rx(rf"{_PRE}(?P<spk>(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                          rf"(?:(?!(?:said|says|told|tells|wrote|writes|added|adds)\s)[\w’'\-]+\s+){{0,5}}?"
                          rf"(?:{_DOC_NOUNS}|message|slide|deck|sign|banner|placard|caption|headline|inscription|contract|"
                          rf"manual|tender))\s+(?P<cue>reads|read)(?![\w’'])")
# the same verb before a colon that introduces the text ('One email reads: “...”', 'The slide reads in part: “...”', 'A
# 2019 memo from the vendor reads as follows:', with a post-modifier of the noun up to 40 characters): the document's words, which the colon sets out (Chicago 6.65 on a
# colon before a quotation); leaked-document reporting introduces its excerpts so. As the verb after the quotation,
# only with a noun of a written text as its subject (a person who reads reads someone else's words)
_B_DOC_READS = _rx(rf"(?<![\w’'])(?P<spk>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                   rf"(?:(?!(?:said|says|told|tells|wrote|writes|added|adds)\s)[\w’'\-]+\s+){{0,5}}?"
                   rf"(?:{_DOC_NOUNS}|message|slide|deck|sign|banner|placard|caption|headline|inscription|contract|"
                   rf"manual|tender)(?:\s+(?:from|to|on|in|of|by|dated|sent)\s+[^,;:.!?“”\"]{{1,40}}?)?)"
                   rf"\s+(?P<cue>reads|read)(?:\s+(?:in\s+part|as\s+follows|simply))?\s*:\s*$")
# the unnamed source of wire copy after its quotation, before or after the verb ('“...,” said people familiar with the
# matter', '“...,” two people with knowledge of the negotiations said'): a bare plural or a determiner or number, up to
# three modifiers in lower case, the head and the formula that describes the source by what it knows (Reuters
# Handbook of Journalism, 'Sourcing'; AP Stylebook, 'anonymous sources'); the subject patterns stop at the formula's
# preposition, and a quotation whose phrase they could not read had been a mention in the author's voice
_UNNAMED_DESC = (r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]ultiple|[Oo]ne|[Aa]n?|\d+)\s+)?"
                 r"(?:(?!(?:of|at|in|from|for|on|with|to|by|the|and|or|said|says|told)\b)[a-z][\w\-]*\s+){0,3}?"
                 r"(?:people|persons?|sources?|officials?|[a-z][\w\-]*(?:ers|ors|ists|ants|ents|ials|ives|ees|ats))"
                 r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|aware\s+of|involved\s+in|"
                 r"with\s+(?:direct\s+|detailed\s+|first-?hand\s+)?knowledge\s+of)"
                 r"(?:\s+(?:the|a|an|his|her|its|their))?(?:\s+[\w\-’']+){1,4}?")
_A_UNNAMED_SOURCE = _rx(rf"{_PRE}(?:(?P<cue>{_CUE})\s+(?P<spk>{_UNNAMED_DESC})|(?P<spk2>{_UNNAMED_DESC})\s+"
                        rf"(?P<cue2>{_CUE}))(?=\s*(?:[,.;:!?]|$))")
_PLAIN_SUBJECT = frozenset({"they", "we", "i", "you"})


_WORD_BEFORE = _rx(r"([A-Za-z]+)\s+$")
# round 32: a conjunction of another language inside a capitalised name right before a position ('Partido Orden y
# Progreso', 'Ordem e Progresso', 'Liberté et Patrie', 'Arbeit und Umwelt'): the phrase after it is the end of that name,
# no subject of its own (Deputy Cristóbal Urrutia of the right-wing Partido Orden y Progreso, who voted ..., said)
_NAME_JOINED_BEFORE = _rx(r"[A-Z][\w\-’'.]*\s+(?:y|e|et|und|i)\s+$")
# a capitalised name with its inner function words that ends right before a position ('Centre for Learning and ')
_NAME_RUN_BEFORE = _rx(r"(?:[A-Z][\w\-’'.&]*\s+(?:(?:of|for|and|the|&)\s+)*)*[A-Z][\w\-’'.&]*\s+(?:and|for|of)\s+$")
# (round 9: also a plural noun without an article, and a past participle, 'Residents interviewed by Amnesty said
# they felt “constantly watched”': a non-finite clause that postmodifies the subject, Quirk et al. 1985, 17.27-17.30)
_SUBJ_BEFORE_PARTICIPLE = _rx(r"^\s*(?P<spk>(?:The|A|An)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*|[A-Z][a-z]{2,}s)"
                                     r"\s+(?:[a-z]{3,}ing|[a-z]{3,}ed\s+by)\s")
_GOVERNING = frozenset("of to by with for from at in on about against than like between among into toward "
                       "towards upon over under behind beside near via "
                       # round 17: the prepositions of place and path ('marching up and down the locker room of the
                       # Grassy Brae Golf Club shouting, “...”' had made the club the speaker); after a verb's particle
                       # ('backed down') the noun phrase is that verb's object as well
                       "up down across through around along past outside inside beyond throughout".split())


# the adjectives of direction and region before a place's name ('in western Jamaica', 'in rural Kenya'; _object_before)
_PLACE_DIRECTIONS = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                              "southwestern north south east west coastal rural upstate downstate".split())


def _object_before(window: str, s: int) -> bool:
    """Is the noun phrase at ``s`` the object of a participle or a preposition ('The taxi driver taking the
    visitor from the airport remarks that ...': not 'the visitor ... remarks')?

    Reasoning: the subject of a verb of saying is not governed by a word before it; a phrase right after an
    -ing participle or a preposition is that word's object, and taking it for the speaker names the wrong
    person (the subject further left is too far for this pattern, so the quotation stays without one).
    """
    m = _WORD_BEFORE.search(window, max(0, s - 30), s)
    if m is None:
        return False
    w = m.group(1).lower()
    if w in _PLACE_DIRECTIONS and (m2 := _WORD_BEFORE.search(window, max(0, m.start() - 30), m.start())) is not None:
        # round 38: 'the police Lottery Scam Task Force in western Jamaica, Deputy Superintendent Clive Samuels, said':
        # a place's adjective of direction stands between the preposition and the place's name, which it still governs
        # (the place had been the subject of an apposition after it)
        m, w = m2, m2.group(1).lower()
    if w in ("the", "a", "an") and (m2 := _WORD_BEFORE.search(window, max(0, m.start() - 30), m.start())) is not None:
        # round 22: 'Outside the Four Courts, Mr Nestor's solicitor, Siobhán Geraghty, said', 'the lead negotiator for
        # the Alliance of Low-Lying States, a bloc of 31 nations, said': a name written without its article is still
        # governed by the preposition or participle before the article (the article is the noun phrase's own
        # determiner, Quirk et al. 1985, 5.10; the phrase is the complement of the word before it). Not 'by the':
        # the agent of a participle before the verb is a document's author ('“The Dictionary Of Occupational Titles”
        # published by the U. S. Department of Labor describes him as follows:'), as round 21 reads it (_B_DOC_BY)
        w = m2.group(1).lower()
        if w == "by":
            return False
    # (round 35: nor a noun in -ing that ends a fronted adverbial, 'Later on Saturday evening the club said', 'At
    # Tuesday's hearing the judge said': no participle)
    return w in _GOVERNING or (w.endswith("ing") and len(w) > 5 and w not in ("during", "according")
                               and w not in _ING_NOUNS)


_ING_NOUNS = frozenset("morning evening meeting hearing briefing ruling sitting gathering opening wedding "
                       "building".split())


# round 38: a quantity noun and its 'of' before a singular noun in lower case ('a handful of member states': the noun
# premodifies the next, which is the plural head; a quantity takes a plural or mass noun, Quirk et al. 1985, 5.25)
_QUANTITY_OF_SINGULAR = _rx(r"\b(?:handful|number|couple|majority|minority|group|dozens|hundreds|thousands|"
                                   r"lot|lots|series)\s+of\s+[a-z][\w\-]*(?<!s)$")


# determiners and quantifiers after another word of the subject, which are followed by their noun and never stand
# right before a finite verb (Quirk et al. 1985, 5.10-5.25): in 'how such claims travel', 'traces these reports' the
# cue word is the noun they determine. Alone they may be pronouns ('Many say that', 'Some argue that'), and 'all',
# 'both' and 'each' float after their subject ('They all say that'; Quirk et al. 1985, 6.49): those stay subjects
_DETERMINER_LAST = frozenset({"such", "these", "those", "many", "several", "some", "any", "no", "every",
                              "whose", "which", "what", "few"})
# the words that open an interrogative or conditional subordinate clause: a subject runs across none of them ('This
# paper traces how such', 'The study examines whether vendor' are no speakers; Quirk et al. 1985, 15.5 on
# nominal wh-clauses)
_WH_OPENERS = frozenset({"how", "whether", "why", "if"})


def _plausible(spk: str, cue: str, agrees: bool = False) -> bool:
    """Can ``spk`` be the subject of the cue ``cue``? ``agrees``: the caller found ``spk`` a subject that a base-form
    verb agrees with (:func:`discourse._reported.plural_subject`), so a cue that is also a noun ("claim") is the verb
    after it, not only after a pronoun."""
    words = spk.lower().split()
    if len(words) > 1 and (words[-1] in _DETERMINER_LAST or any(w in _WH_OPENERS for w in words[1:])):
        return False
    if cue == "saying" and _SAYING_AS_NOUN.fullmatch(spk + " ") is not None:
        return False  # 'There is an old saying:': the noun, a proverb, whose speaker no one is ('an old' had spoken)
    if _QUANTITY_OF_SINGULAR.search(spk) is not None:
        return False  # 'a handful of member (states)': no subject, the cue is the plural head noun (round 38)
    if cue.lower() in _NOUNISH:
        return agrees or spk.split()[0].lower() in _PLAIN_SUBJECT
    if cue[-1:] == "s" and cue[:-1].lower() in _NOUNISH and _MODIFIER_ONLY.fullmatch(spk) is not None:
        # round 35: 'that the remaining claims from the northern districts would be “...”', 'the latest reports': a
        # plural noun after a determiner and an adjective, no verb after its subject ('the remaining' as a speaker)
        return False
    return True


# a determiner and one adjective or participle: a noun phrase's modifiers without its noun (_plausible)
# (not a noun in -ing, 'the ruling states', 'the filing claims', 'the briefing notes')
_MODIFIER_ONLY = _rx(r"(?i:the|a|an|these|those|its|their|his|her|our)\s+(?:(?!(?:ruling|filing|briefing|finding|"
                            r"hearing|meeting|posting|listing|recording|warning|reading|ending|wording|building|"
                            r"morning|evening)$)[a-z]+(?:ing|ed|est|al|ous|ive|ful)|"
                            r"new|latest|recent|other|many|several|further|early|initial|previous|fresh|legal)")


# X telephoned Y ... and muttered, “ / He called it blackmail, and noted that in war “
_B_AND_CUE = _rx(rf"\band\s+(?:{_ADV}\s+)?(?P<cue>{_CUE})(?:\s+that\b[^“”\"]{{0,80}}?|\s*[,:])\s*$")
# (round 16: and a wire dateline, :data:`_quote_cues.DATELINE`: no part of the clause)
_SUBJ_LEAD = _rx(rf"^\s*(?:{DATELINE})?"
                        r"(?:(?:And|But|So|Yet|Then|Also|Still|Later|Now)\s+)*")
_SUBJ_PRON = _rx(rf"(?P<spk>{_PRON})\s+[a-z]")
_SUBJ_PART = _rx(r"(?P<spk>(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Aa]ll|[Ee]ach|[Tt]wo|[Tt]hree|[Aa]\s+few)\s+of\s+"
                        r"(?:the|his|her|its|their)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+s)\s+[a-z]")
# (round 15: an organisation's name with its of-phrase, 'The Central Bank of Kenya held its rate ..., saying ...',
# which had given 'Central Bank': the word before 'of' is an organisation word, as in the speaker table's rule; an
# office's of-phrase, 'the President of the State Council', is no subject's name here)
_ORG_NAME_OF = (rf"(?:{_ORG_AND}|(?:{_CAPW}\s+){{0,3}}{_ORG_HEAD}(?![\w’'\-])\s+(?:of|for)\s+(?:the\s+)?{_NAME}"
                r"(?!\s+(?:and|&)\s+[A-Z]))")  # (not the part of a name that goes on with 'and')
_SUBJ_THE_NAME = _rx(rf"[Tt]he\s+(?P<spk>{_ORG_NAME_OF}|{_NAME})\s+[a-z]")
# round 16: 'Ivory Coast's main opposition coalition, the Platform for Democratic Renewal, on Monday rejected ...': a
# description with a name in apposition after it opens the clause; the name is the subject's (the units of an
# apposition refer to one entity, Quirk et al. 1985, 17.65)
_SUBJ_APPOS = _rx(rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?[’']s)"
                         rf"(?:\s+[a-z][\w\-]*){{1,5}},\s+(?:the\s+)?(?P<spk>{_NAME}(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{_NAME}){{0,2}}),"
                         rf"\s+[a-z]")
_SUBJ_NAME = _rx(rf"(?<![\w’'])(?P<spk>{_ORG_NAME_OF}|{_NAME})(?:,[^,“”\"]{{1,80}},)?\s+[a-z]")


def _attr_and_cue(window: str) -> tuple[str, str] | None:
    """'X telephoned Y and muttered, “...”': a cue verb joined by 'and' to an earlier verb of its sentence
    has that sentence's subject as speaker.

    Reasoning: in 'S verb-ed ... and CUE, “...”' the cue shares the subject S of the first verb; the
    nearest name before the cue is usually the first verb's object (Y), so the speaker is taken from the
    start of the clause: a pronoun ('He called the plan blackmail, and noted that “...”'), a partitive
    description ('one of the rookies sighed and remarked, “...”'), a determiner phrase, or else the first
    name of the clause ('But on Monday Johnny Vale telephoned ... and muttered, “...”').
    """
    m = _B_AND_CUE.search(window)
    if m is None:
        return None
    spk = _clause_subject(window[:m.start()])
    return (spk, _cue_text(m.group("cue"))) if spk else None


# a verb right after a subject: Frankie was, Hale said, Lind tilts, Moss added
_VERB_AFTER = (r"\s+(?:(?:also|then|later|again|once|never|still|had|has|have|was|is|were|are|will|would|could|can|did|"
               r"does|do|may|might|must|should)\b|(?!(?:its|this|thus|yes|does|goes|ours|yours|hers|theirs)\b)"
               r"[a-z]+(?:ed|es|ts|ds|ls|ns|ks|ps|rs)\b)")  # not a determiner or pronoun in -s ('Sniffing its')
_VERBISH = _rx(rf"(?:,[^,]{{1,80}},)?{_VERB_AFTER}")
# a determiner phrase up to its verb: 'The official sighed', 'The new rules will' (shortest such phrase)
_SUBJ_DET = _rx(rf"(?P<spk>{_DET}(?:\s+{_NOTDET}[\w’'\-]+){{1,4}}?)(?={_VERB_AFTER})")


# a clause opened by a participle clause ('Sniffing its sweet smell and letting it fall, he said'): an -ing
# or -ed form with a capital, then a lower-case word, up to a comma (Quirk et al. 1985, 15.58: a nonfinite
# adverbial clause before the main clause); the subject of the sentence comes after the comma
_FRONTED_PARTICIPLE = _rx(r"[A-Z][a-z]+(?:ing|ed)\s+[a-z][^,;:“”\"]{0,160},\s+")


# round 27: the pseudo-title in lower case after a name that modifies it and before the name of its holder ('Fine Gael
# councillor Martin Joyce', 'Nordbahn board member Stefan Ortlepp'), up to three words, its head a role or agent noun
_PSEUDO_TITLE_AFTER = _rx(r"\s+(?:[a-z][\w\-]*\s+){0,2}(?P<head>[a-z][\w\-]*)\s+(?=[A-Z])")


def _clause_subject(clause: str, *, named_only: bool = False) -> str | None:
    """The subject at the start of a clause: a pronoun, a partitive ('one of the rookies'), a determiner
    phrase, or else the first name of the clause; with ``named_only``, only a pronoun or a name."""
    lead = _SUBJ_LEAD.match(clause).end()
    if (front := _FRONTED_PARTICIPLE.match(clause, lead)) is not None:
        lead = front.end()  # Sniffing its sweet smell ..., he pointed and said: the subject follows the comma
    for rx in ((_SUBJ_PRON,) if named_only else (_SUBJ_PRON, _SUBJ_PART, _SUBJ_APPOS, _SUBJ_THE_NAME, _SUBJ_DET)):
        sm = rx.match(clause, lead)
        if sm is not None and (spk := _clean_speaker(sm.group("spk"))):
            return spk
    for sm in _SUBJ_NAME.finditer(clause, lead):
        words = _clean_speaker(sm.group("spk")).split()
        cut = max((i for i, w in enumerate(words) if w in _NOT_NAME or w in _LEADING_FUNCTION
                   or w in ("A", "An", "The")), default=-1)
        words = words[cut + 1:]  # On Friday Jon Hale, Hmpf But Jon Hale, A French jurist
        if len(words) == 1 and not _VERBISH.match(clause, sm.end("spk")):
            continue  # 'Farm machinery dealer Bob Houtz', 'Shortly before ...': a capital only because it starts
        if (pt := _PSEUDO_TITLE_AFTER.match(clause, sm.end("spk"))) is not None and (
                pt.group("head") in _ROLE_WORDS or _agent_noun(pt.group("head"))):
            # 'Fine Gael councillor Martin Joyce welcomed ... but said': a name before a pseudo-title in lower case
            # modifies it, and the name after it is the subject (Bell 1991 on pseudo-titles; round 27)
            continue
        if named_only and (len(clause[lead:sm.start()].split()) > 6 or not _subject_like(clause, sm.start())
                           or (len(words) == 1 and clause[lead:sm.start()].strip())):
            return None  # 'the purpose set forth in Article 55 of the Charter:': no subject, no speaker
        if words:
            full = _CAP_RUN_WITH_OF.match(clause, sm.start("spk"))
            if full is not None and full.end() > sm.end("spk"):
                # round 32: 'Associated Students of Rio Seco President Jordan Thibodeaux spoke against the fee,
                # calling it “...”': the first name is an organisation that premodifies an office, and the run goes
                # on to the holder's name (a close apposition, Quirk et al. 1985, 17.72); the subject is the holder
                role, name = _split_role(full.group().split())
                if role and _role_word(role[-1]) and 2 <= len(name) <= 4 and name[0] in ("of", "for"):
                    # 'The Foreign Minister of Ireland told the Assembly, when speaking on ...:': the run is an office
                    # with its of-phrase, which names where the office is held, not its holder (Quirk et al. 1985,
                    # 17.37 on the postmodifying of-phrase); the holder's 'name' had been 'of Ireland'
                    return _clean_speaker(full.group())
                if role and _role_word(role[-1]) and 2 <= len(name) <= 4:
                    return " ".join(name)
            return " ".join(words)
    return None


# a capitalised run with the function words of a name inside it, up to a word in lower case ('Associated Students of
# Rio Seco President Jordan Thibodeaux' before 'spoke')
_CAP_RUN_WITH_OF = _rx(r"[A-Z][\w\-’'.]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w\-’'.]*)*(?=\s+[a-z])")


# who quoted Jensen as saying: / in the words of Coach John Benington, “: the named person speaks
_B_QUOTED_AS = _rx(rf"(?<![\w’'])(?:(?P<cue>quoted|quotes|quoting|cited|cites|citing)\s+(?P<spk>{_NP_AFTER_CUE})"
                          rf"\s+as\s+(?:saying|telling\s+[^,:“”\"]{{1,40}}?)|(?P<cue2>in\s+the\s+words\s+of)\s+"
                          rf"(?P<spk2>{_NP_AFTER_CUE}))\s*[,:]?\s*$")


# what every match of a _B_ pattern that ends in a cue holds: white space, the cue, then what may follow it to the
# end of the window (a day, 'that', a comma or colon); one search from the cue on instead of a noun phrase tried
# at every word
_B_CUE_TAIL = _rx(rf"\s(?:{_CUE}){_DAY}?(?:\s+that)?\s*[,:]?\s*$")


@functools.lru_cache(maxsize=256)
def _b_cue_tail(window: str) -> bool:
    return _B_CUE_TAIL.search(window) is not None


def _ends_in(window: str, ends: tuple[str, ...]) -> bool:
    return window.rstrip().endswith(ends)


_PP_WORDS = frozenset(_B_PP_WORDS)
_PP_STOPS = ",:;“”\""  # the characters _B_SPK_CUE_PP's phrase after its preposition excludes


def _pp_before_colon(window: str) -> bool:
    r"""Can _B_SPK_CUE_PP match in ``window`` (which ends in a colon and white space)? Its preposition is a whole
    word (white space on both sides) in the text after the last of ``,:;“”"`` before that colon: what follows the
    preposition up to the colon (white space, then ``[^,:;“”\"]{1,60}``) and the preposition itself hold none of
    them. False only where no word there is one of its prepositions (:data:`_quote_cues._B_PP_WORDS`, from which the
    pattern is built); tests/test_quotes_fast.py compares the pattern's search with and without this test."""
    core = window.rstrip()[:-1]
    last = max(core.rfind(c) for c in _PP_STOPS)
    return not _PP_WORDS.isdisjoint(core[last + 1:].split())


# fast necessary conditions of the slow _B_ patterns (a window where one fails has no match of that pattern;
# tests/test_quotes_fast.py checks them against the plain searches, so a pattern changed later whose condition
# no longer holds fails there); a pattern not named here is always searched
_B_NEEDS = {
    _B_SPK_CUE: _b_cue_tail,
    _B_WHO_CUE: lambda w: "who" in w and _b_cue_tail(w),
    _B_WHO: lambda w: "who" in w and _b_cue_tail(w),
    _B_SPK_CUE_PP: lambda w: _ends_in(w, (":",)) and _pp_before_colon(w),
    _B_TOLD: lambda w: ("told" in w or "tells" in w or "inform" in w) and _ends_in(w, (",", ":")),
    _B_CUE_SPK: lambda w: _ends_in(w, (",", ":")),
    _B_DESCRIBED: lambda w: ("describe" in w or "characteri" in w) and _ends_in(w, ("as",)),
    # a name, a comma, one to three appositions each closed by a comma (two commas at least), then white space and
    # the cue to the end: what _B_CUE_TAIL searches for (its day and 'that' optional), unless 'reporters' or
    # 'journalists' follows the cue (the one tail of _B_APPOS that _B_CUE_TAIL does not allow); most windows fail
    # the comma count or the tail (_b_cue_tail's answer is cached: _B_SPK_CUE asked it of the same window first)
    _B_APPOS: lambda w: w.count(",") >= 2 and (_b_cue_tail(w) or "reporters" in w or "journalists" in w),
}


# the same conditions keyed by the patterns' ids: hashing a compiled pattern hashes its whole compiled code,
# tens of microseconds for these (a third of _attr_before's time went to the dict look-up); the patterns are
# module constants, so their ids are fixed and unique
_B_NEEDS_BY_ID = {id(rx): need for rx, need in _B_NEEDS.items()}


# round 37: a description that opens a sentence with its determiner (_attr_before)
_DESCRIPTION_OPENING = _rx(r"(?:An?|One|The)\s+[a-zA-Z]")
# a participle in -ing and an article right before a noun phrase (not a preposition: 'for Sir Anthony Ashley described
# Best as', where 'for' is the conjunction)
_ING_BEFORE = _rx(r"[a-z]{3,}ing\s+(?:(?:the|a|an)\s+)?$")
_TOLD_WORDS = frozenset({"told", "tells", "informed", "informs"})
_DESCRIBED_WORDS = frozenset({"described", "describes", "characterised", "characterized", "characterises",
                              "characterizes"})
_COMMA_WHO = _rx(r",(?=\s+who)")  # the comma closing the name before 'who' / 'whose'


def _who_anchors(window: str) -> list[int]:
    return [m.start() for m in _COMMA_WHO.finditer(window)]


# the anchors of the _B_ patterns that open with a noun phrase (see _quote_cues._np_matches: a match starts after
# the last bar character before one of them): the white space before the cue word, the comma before 'who', the
# comma closing the name before its appositions; keyed by the patterns' ids like _B_NEEDS_BY_ID
_B_ANCHORS_BY_ID = {
    id(_B_SPK_CUE): _cue_anchors,
    id(_B_SPK_CUE_PP): _cue_anchors,
    id(_B_TOLD): lambda w: _cue_anchors(w, _TOLD_WORDS),
    id(_B_DESCRIBED): lambda w: _cue_anchors(w, _DESCRIBED_WORDS),
    id(_B_WHO_CUE): _who_anchors,
    id(_B_WHO): _who_anchors,
    id(_B_APPOS): lambda w: _comma_anchors(w, _cue_anchors(w)),
}


def _b_search(rx: re.Pattern, window: str) -> re.Match | None:
    """``rx.search(window)``, skipped where a necessary condition of ``rx`` (:data:`_B_NEEDS`) fails, and tried
    only where a match can start for the patterns that open with a noun phrase (:data:`_B_ANCHORS_BY_ID`)."""
    need = _B_NEEDS_BY_ID.get(id(rx))
    if need is not None and not need(window):
        return None
    anchors = _B_ANCHORS_BY_ID.get(id(rx))
    return rx.search(window) if anchors is None else _np_search(rx, window, anchors(window))


# stop 70: the prepositions that take an -ing clause of means or time ('by saying', 'in replying', 'after adding'): the
# -ing word after them is a gerund, the preposition's complement (Quirk et al. 1985, 15.11), never a verb whose subject
# is the noun phrase before the preposition
_GERUND_PREPOSITIONS = frozenset(("by", "in", "on", "upon", "after", "before", "without", "through"))


def _gerund_after_preposition(window: str, m: re.Match) -> tuple[str | None, str] | None:
    """'Mr. Hollis stressed this point by saying, “...”': the subject-and-cue pattern had read 'this point by' as the
    subject of 'saying'. The -ing clause after a preposition is an adverbial of means (or time) whose implied subject
    is the subject of the clause it hangs on (Quirk et al. 1985, 15.59-15.60, the attachment rule), so the speaker is
    that clause's subject: the verb of saying before it where there is one, else the clause's subject; ``None`` where
    the word before the cue is no such preposition or the cue is no -ing form."""
    cue = _grp(m, "cue")
    words = m.group("spk").split()
    if not cue or not cue.endswith("ing") or len(words) < 2 or words[-1].lower() not in _GERUND_PREPOSITIONS:
        return None
    rest = window[:m.end("spk") - len(words[-1])]
    found = _attr_sentence(rest)
    if found is not None:
        return found[0], cue
    return _any_clause_subject(rest) or _clause_subject(rest), cue


def _attr_before(window: str) -> tuple[str | None, str] | None:
    if " read" in window and (m := _B_DOC_READS.search(window)) is not None and (found := _pair(m)) is not None:
        return found  # One email reads: “...”
    if not window.strip():
        return None
    if not _has_cue(window):
        # 'informed' is no cue word (_quote_cues._B_TOLD reads it only with its hearer and a comma or colon after)
        if "inform" in window and (m := _b_search(_B_TOLD, window)) is not None and (
                spk := _clean_speaker(m.group("spk"))) and _plausible(spk, m.group("cue")):
            return spk, _cue_text(m.group("cue"))
        return None
    for rx in (_B_ACCORDING, _B_QUOTED_AS, _B_SPK_CUE, _B_TOLD, _B_CUE_SPK, _B_APPOS, _B_SPK_CUE_PP, _B_WHO_CUE, _B_WHO, _B_DESCRIBED):
        m = _b_search(rx, window)
        if m and rx is _B_DESCRIBED and _ING_BEFORE.search(window, max(0, m.start("spk") - 30), m.start("spk")) and (
                _object_before(window, m.start("spk"))):
            # round 37: 'One EU diplomat involved in drafting the conclusions described the mood as “...”': a noun
            # phrase right after an -ing participle is its object, not the subject of 'described' (as _object_before
            # reads the subjects of the pronoun rules); the subject is the description that opens the sentence and
            # holds that phrase, where it is one (a determiner first, no comma, at most twelve words)
            opening = _after_last_boundary(window, 0, m.start("spk"), len(window))
            subject = (opening + window[m.start("spk"):m.end("spk")]).strip()
            if (_DESCRIPTION_OPENING.match(subject) and "," not in subject and len(subject.split()) <= 12
                    and (spk := _clean_speaker(subject))):
                return spk, _cue_text(_grp(m, "cue"))
            continue
        if m and rx is _B_SPK_CUE and (gerund := _gerund_after_preposition(window, m)) is not None:
            return gerund
        if m and (rx is _B_SPK_CUE or rx is _B_SPK_CUE_PP) and (doc := addressed_document(window, m.start("spk"))):
            # 'The mayor's letter to the governor said, “...”': the governor is the letter's addressee, the object of
            # 'to' inside the subject; the subject is the letter, its owner's (addressed_document)
            return doc, _cue_text(_grp(m, "cue"))
        if m:
            spk = (rx is _B_APPOS and _named_apposition(window, m)) or _clean_speaker(_grp(m, "spk"))
            if spk and (not (rx is _B_SPK_CUE or rx is _B_SPK_CUE_PP or rx is _B_TOLD) or _plausible(spk, m.group("cue"))):
                return spk, _cue_text(_grp(m, "cue"))
    found = _attr_and_cue(window)
    if found is not None:
        return found
    if "to " in window and (m := _B_INFINITIVE_HEARER.search(window)) is not None:
        return None, m.group("cue")  # 'to ask the question: “...”': no subject, no speaker (_B_INFINITIVE_HEARER)
    m = _B_PARTICIPLE.search(window)
    if m:  # ..., arguing 'there is no legal basis': speech, the speaker is not next to the cue
        return _participle_source(window, m)
    return None


# 'There is an old saying:', 'a Chinese saying', 'the saying': 'saying' after a determiner and adjectives only is the
# noun (a proverb: Quirk et al. 1985, 17.54 on deverbal nouns in -ing), not a participle whose implied subject speaks;
# the participle reading had made the speaker 'an old', 'a Chinese'. The adjectives: those proverbs take, and a
# capitalised adjective of a people or language before it ('an African saying'); a noun there ('a spokesman saying',
# 'a statement saying') keeps the participle
_SAYING_AS_NOUN = _rx(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Aa]nother)\s+"
                      r"(?:(?:old|ancient|famous|well-known|popular|wise|common|familiar|traditional|favou?rite|"
                      r"age-old|time-honou?red|oft-quoted|oft-repeated|proverbial|biblical|folk|true|apt|memorable|"
                      r"celebrated|immortal|Latin|Greek|Arab|[A-Z][a-z]+(?:an|ese|ish|ic|i|ch))\s+){0,2}$")


_PARTICIPLE_CUES = ("cue", "cue_obj", "cue_pp", "cue_bare", "cue_of", "cue_to")  # the cue groups of the two patterns


_WITH_BEFORE = _rx(r"(?<![\w’'])with\s[^,;:]*$")
_AND_BUT = _rx(r"\s(?:and|but)\s")
# a noun phrase of a determiner, at most one modifier and a noun, right before a participle without a comma: the
# participle clause is a reduced relative on that noun (Quirk et al. 1985, 17.27), so its subject is the noun, which
# is the matrix subject's own words only where it is a document ('issued a brief statement saying', 'sent a letter
# warning that'); after an adverbial ('on Wednesday warning that') the clause is supplementive
_DET_NOUN_BEFORE = _rx(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+"
                              r"(?:[\w\-]+\s+)?(?P<noun>[\w\-]+)\s*$")


def _participle_match(rx: re.Pattern, window: str) -> re.Match | None:
    """``rx.search(window)`` for a participle pattern (_B_PARTICIPLE_THAT, _B_PARTICIPLE_NAMING), except a participle
    without a comma before it inside an absolute clause opened by 'with' ('with the Federation of Public and Allied
    Workers (Fepaw) warning that ...', 'with one calling it “...”'): that clause has its own subject, the noun
    phrase after 'with' (Quirk et al. 1985, 15.60; :data:`_B_WITH_PARTICIPLE`), not the matrix clause's; nor one right
    after a determiner's noun that is no document (:data:`_DET_NOUN_BEFORE`, 'a system calling itself “...”')."""
    m = rx.search(window)
    if m is None or not m.group(0)[:1].isspace() or _AND_BUT.match(m.group(0)):
        return m
    if _WITH_BEFORE.search(window, 0, m.start()) is not None:
        return None
    noun = _DET_NOUN_BEFORE.search(window, 0, m.start())
    if noun is not None and _DOC_RE.match(noun.group("noun")) is None:
        return None  # a system calling itself “...”: a reduced relative on the noun, whose subject it is
    return m


def _participle_source(window: str, m: re.Match) -> tuple[str | None, str]:
    """The speaker of a participle clause of saying (``m``, its cue in group 'cue'): the subject of the clause it
    hangs on, which the participle shares (Quirk et al. 1985, 15.58-15.59: the implied subject of a supplementive
    clause is the subject of the matrix clause)."""
    rest = window[:m.start()]
    cue = next(c for c in (m.groupdict().get(g) for g in _PARTICIPLE_CUES) if c).split()[0]
    sm = None
    for found_cue in _B_CUE_SPK_IN.finditer(rest):  # said Stram, quipping, “...”: the speaker of that cue
        sm = found_cue
    if sm is not None and (spk := _clean_speaker(sm.group("spk"))):
        return spk, cue
    found = _attr_sentence(rest)
    if found is None:  # The court limited its ruling, commenting: “...”: the clause's subject
        return _any_clause_subject(rest) or _clause_subject(rest), cue
    return found[0], cue


# round 10: 'Peskov was also quoted by Interfax as saying the decision was “absurd”': the passive of 'quote X as
# saying' has the speaker for its subject (the agent after 'by' is the outlet that quotes)
_B_QUOTED_AS_SAYING = _rx(rf"(?<![\w’'])(?P<spk>{_NAME})\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:also\s+)?"
                                 r"quoted\s+(?:by\s+[^,;:“”\"]{1,60}?\s+)?as\s+saying\b[^“”\"]{0,160}$")
# '..., said Li Wen, an analyst at Jefferies, adding that the sanctions had “largely been priced in”': a participle
# of saying with a that-clause holding the quotation (round 9, from a news sentence written for the tests)
# (round 15: also after 'and' or 'but', '..., saying inflation had eased but warning that a weaker shilling still posed
# “...”', and 'saying' and 'adding' without 'that', '..., saying they had shown “remarkable courage”': these two
# take a clause of reported speech with or without the complementiser, up to the quotation in the same sentence (no
# full stop between); the others need it, as 'warning residents' has an object, no reported clause)
# round 25: a participle clause of saying may also follow its matrix clause's object or adverbial without a comma ('sent
# a letter to the ministry on Wednesday warning that', 'issued an advisory describing the vials as'): a supplementive
# clause, or a reduced relative on the document, whose author is the same subject either way (Quirk et al. 1985,
# 15.58, 17.27); not after a determiner or a genitive, where the -ing word is a noun whose owner may be another
# speaker ('rejected the court's ruling that', 'the warning that'), nor after a preposition, where it is a gerund
# ('by declaring', 'of telling', 'another way of saying'), nor after an adverb in -ly, which may modify a participle
# of a reduced relative on any noun before ('titles frankly declaring them to be “...”')
_PARTICIPLE_OPEN = (r"(?:,|\s(?:and|but)|(?=\s+[a-z]{3,}ing\s)(?<=[\w.)])(?<![’']s)(?<!s[’'])(?<!ly)"
                    + "".join(rf"(?<!\b{w})" for w in ("the", "a", "an", "its", "his", "her", "their", "our", "this",
                                                       "that", "no", "any", "every", "each", "my", "your",
                                                       "of", "by", "in", "for", "with", "without", "after", "before",
                                                       "about", "from", "on", "at", "to", "upon", "than", "like",
                                                       "through", "via", "into", "against", "despite", "while",
                                                       "when", "since", "besides",
                                                       # round 34: the verbs that take an -ing complement, whose -ing
                                                       # word is a gerund ('has not ruled out adding widebodies, but
                                                       # Quan says there is “no rush”'; Quirk et al. 1985, 16.39)
                                                       "out", "keep", "keeps", "kept", "stop", "stops", "stopped",
                                                       "start", "starts", "started", "begin", "began", "begun",
                                                       "avoid", "avoids", "avoided", "consider", "considers",
                                                       "considered", "resume", "resumed", "risk", "risks", "risked"))
                    + ")")
_B_PARTICIPLE_THAT = _rx(_PARTICIPLE_OPEN + r"\s+(?:(?P<cue>adding|saying|noting|arguing|warning|claiming|insisting|"
                                r"stating|explaining|stressing|admitting|conceding|complaining|"
                                # round 22: the verdictives of a judge or panel ('Oyelaran denied the request, finding
                                # that no conditions ... could “reasonably assure ...”'; Austin's verdictives, read
                                # for bodies' findings in round 21, _B_DOC_FINDS)
                                r"finding|ruling|concluding|"
                                # round 24: more participles of saying with a that-clause (Levin 1993, 37.7)
                                r"observing|acknowledging|announcing|declaring|confirming)\s+that|"
                                # round 24: a participle with its object or a prepositional phrase before the
                                # that-clause, 'telling reporters that', 'reminding members that', 'writing in a note
                                # to clients that' (Quirk et al. 1985, 16.34: the indirect object of 'tell', 'remind')
                                r"(?P<cue_obj>telling|reminding|assuring|informing|advising|warning)"
                                r"(?:\s+[\w’'\-]+){1,4}?\s+that|"
                                r"(?P<cue_pp>writing|saying|adding|noting|warning|arguing|stating|explaining)"
                                rf"\s+(?:in|on|to)\s+(?:[^,;:“”\"‘’]|{_APOS}){{1,50}}?\s+that|"
                                # round 24: 'claiming', 'insisting' and 'arguing' take their reported clause without
                                # 'that' as 'saying' does (Quirk et al. 1985, 15.3)
                                # round 25: and 'telling' with its object and a reported clause without 'that',
                                # 'telling the house the briefing reflected “...”' (Quirk et al. 1985, 16.34)
                                rf"(?P<cue_bare>saying|adding|claiming|insisting|arguing|telling)(?=\s+(?:[^“”\"‘’;:!?.]|{_APOS}){{0,160}}$))\s+(?:[^“”\"‘’;:!?]|{_APOS}){{0,160}}$")

# --------------------------------------------------------------------------------------------- kinds
_SAY = frozenset("said says told tells added adds stated states explained explains argued argues warned warns "
                 "claimed claims insisted insists noted notes wrote writes "
                 "declared declares maintained maintains contended contends asserted asserts "
                 # round 3: verbs that report words as surely as 'said' (C's 'remarks that ... “all the same”')
                 "remarked remarks complained complains conceded concedes admitted admits replied replies "
                 "charged charges "
                 # round 9: a post on a social network reports words as 'wrote' does ('Wyden tweeted that ...')
                 "tweeted tweets "
                 # round 19: the other verbs of saying that report a that-clause's content as the subject's words
                 # (Levin 1993, 37.7 'say' verbs and 37.8 'complain' verbs, those that news uses for statements:
                 # 'countered that the minutes had been “altered after the fact”', 'acknowledged that security
                 # alone “will never solve” it'); verbs of thinking and perception stay out, and so do 'stressed'
                 # and 'emphasised', whose object is more often a noun phrase ('emphasized the “informal and
                 # unhurried” nature of the talks' quotes a term)
                 "countered counters acknowledged acknowledges observed observes "
                 "reiterated reiterates responded responds recalled recalls "
                 "announced announces confirmed confirms disclosed discloses revealed reveals testified testifies "
                 "alleged alleges suggested suggests".split())
# round 11: verbs of directive speech whose object's to-infinitive may be quoted ('urged Washington to “stop
# smearing China”'): the quoted verb phrase is the request in the subject's words, as a verb of saying's content is
# (a directive speech act, Searle 1976, reported with its content as an infinitive); only where the quotation opens
# right after that 'to' (_TO_BEFORE_QUOTE)
_DIRECTIVE = frozenset("urged urges asked asks called calls appealed appeals pressed presses begged begs".split())
# round 22: 'The minister described the two-year delay in the project as “unpleasant, but not dramatic”', 'A source close
# to the talks described the final 48 hours as “tense but professional”': the complement after 'as' of a verb that
# characterises its object (describe, characterise) predicates it of the object in the subject's words, as a verb of
# saying's that-clause reports them (the object complement of a complex-transitive verb, Quirk et al. 1985, 16.48;
# round 16 read the same complement of 'describe' two words away, _AS_VERBS): a short quotation there counts as a
# partial quotation in the subject's speech. Only where 'as', or 'as' and an indefinite article, ends the words
# before the quotation ('as the “smart city”' names a term, as after other verbs)
_DESCRIBE_CUES = frozenset("described describes characterised characterises characterized characterizes".split())
_AS_COMPLEMENT = _rx(r"(?<![\w’'])as(?:\s+an?)?\s*$")
_TO_BEFORE_QUOTE = _rx(r"(?<![\w’'])to\s*$")
# a role, then the name between commas, then the cue: "Acme's chief executive, Tim Cook, said the ..."
# (round 10: the name may hold its organisation, "Williams' lawyer, Phil Mayor of the ACLU of Michigan, said")
# (round 14: the name may have words in lower case before it in its unit, a close apposition with its premodifiers,
# 'The candidate, former television host Raffy Dela Cruz, has said', Quirk et al. 1985, 17.65: open-class words only,
# so no clause ('which owns Acme') or phrase ('run by Acme') ends in the name; and the perfect, 'has said', as
# _APPOS_CUE reads it)
_PREMOD_STOP = frozenset(_NOTDET_WORDS) | frozenset(_PREP_BEFORE) | {"whose", "where", "now", "once", "nor", "yet"}
_PREMOD = rf"(?:(?!(?:{'|'.join(sorted(_PREMOD_STOP))})\b)(?![a-z]+ly\b)[a-z][\w\-]*\s+)"
# (round 22: and the name's age after it, 'Another victim, retired postman Arthur Pennock, 79, said': an age epithet in
# apposition, as _AGE_RE reads it after a name run)
_B_NAME_COMMA_CUE = _rx(rf"(?<=,\s){_PREMOD}{{0,3}}(?P<spk>{_NAME_OF}|{_NAME})(?:,\s+\d{{1,3}})?,\s+"
                               rf"(?:(?:has|have|had)\s+)?(?P<cue>{_CUE})(?![\w’'])")
_DESC_HEAD = _rx(rf"{_DET}\s")


# a possessive before a lower-case noun: "Cho's spokeswoman", "the mayor's press secretary" (round 10)
_POSS_HEAD = _rx(r"(?:[\w\-]+\s+){0,3}?[\w\-.]+[’']s\s+[a-z]")


def _description_head(spk: str) -> bool:
    """Is ``spk``, the head of an apposition chain, a description that a name after it in the chain can stand for
    ('The police commissioner, Dermot Shea, said')? A determiner first; a possessive before a common noun ("Cho's
    spokeswoman, Emily Park, said", round 10: a possessive is a determiner of its noun phrase, Quirk et al. 1985,
    5.115); or a role written in Title Case as a name ("Acme Vision's Chief Technology Officer, Dr. Wang Jun,
    added:", round 9), alone or with its of-phrase."""
    # (round 14: also a role with its of-phrase, 'As the Prime Minister of the Revolutionary Government, Commander Fidel
    # Castro, has stated:': the head of the phrase is the role before 'of')
    # (stop 65: an office written as a hyphenated compound, 'the former Secretary-General, Mr. Javier Perez de Cuellar,
    # wrote:', 'The Director-General, Jane Roe, said:': the compound is the office when its last part is one, as
    # 'Secretary-General' holds 'general' (Quirk et al. 1985, I.13 on postposed adjectives in titles))
    last = spk.split()[-1].rstrip(".,").lower()
    return (_DESC_HEAD.match(spk) is not None or _POSS_HEAD.match(spk) is not None
            or last in _ROLE_WORDS or ("-" in last and last.rsplit("-", 1)[1] in _ROLE_WORDS)
            or spk.split(" of ")[0].split()[-1].rstrip(".,").lower() in _ROLE_WORDS)


def _role_phrase_before(window: str, start: int) -> bool:
    """Is the phrase found at ``start`` the object inside the of-phrase of an office that opens its clause ('Managing
    director of McCabe Aggregates', 'The Qadiri ambassador to the U.N.', 'A retired judge of the state High Court')?
    The words from the clause's start (after the last comma or sentence end) to ``start`` hold an office
    (:data:`_ROLE_WORDS`) right before 'of', 'to', 'at' or 'for'.

    Round 40: the apposition pattern reads the end of such a phrase as the head of an apposition chain ('Aggregates',
    'N.', 'High Court'), which is no description, so the name in apposition after it was not read; the office is the
    head, and the name after it the speaker, as for 'The police commissioner, Dermot Shea, said'."""
    lo = max(window.rfind(",", 0, start), window.rfind(". ", 0, start), window.rfind("\n", 0, start)) + 1
    words = window[lo:start].split()
    return any(w.rstrip(".,").lower() in _ROLE_WORDS and nxt in ("of", "to", "at", "for")
               for w, nxt in zip(words, words[1:], strict=False))


def _named_apposition(window: str, m: re.Match) -> str | None:
    """'The police commissioner, Dermot Shea, said': where the head of an apposition chain is a description (a
    determiner first) and the apposition right before the cue is a name, the name (round 9). The units of an
    apposition refer to the same person (Quirk et al. 1985, 17.65-17.67), and the speaker column holds the name
    where the text gives one, as for 'Apple's chief executive, Tim Cook, said' (_B_NAME_COMMA_CUE). Since round 40 the
    head may be the object inside an office's of-phrase (:func:`_role_phrase_before`)."""
    if not (_description_head(m.group("spk")) or _role_phrase_before(window, m.start("spk"))):
        return None
    n = _B_NAME_COMMA_CUE.search(window, m.end("spk"), m.end("cue"))
    if n is not None and _town_then_place(window, n):
        return None  # 'The company, based in Sioux Falls, South Dakota, said': a locative, no name (round 38)
    if n is None or n.start("cue") != m.start("cue"):
        # (round 19: or the first apposition is the name and another follows it, 'Its chair, Helen Oduya, a
        # professor of sociology, said', 'The subcommittee's top Democrat, Rep. Loretta Simms of Maryland, called')
        f = _FIRST_APPOS_NAME.match(window, m.end("spk"), m.start("cue"))
        if f is None and (ins := _APPOS_INSERTION.fullmatch(window, m.end("spk"), m.start("cue"))) is not None and (
                _close_apposition(ins.group("ins"))) and (name := _mc_name(ins.group("ins"))) is not None:
            # round 32: 'An industry group, the North Dakota Petroleum Alliance, warned', 'The race organiser, Société
            # des Courses Alpines, said', 'The liquidators, Aberdeen firm Gillanders Shaw, said': the one apposition
            # is a name (of an organisation as of a person; after an article, particles or a close apposition's
            # words), which the name-comma pattern reads only for persons' names; the name is the speaker, as the
            # main clause reading gives it (_mc_subject)
            return name
        if f is None and (g := _APPOS_NAME_OF_ORG.match(window, m.end("spk"))) is not None and g.end() == m.start("cue"):
            # round 32: 'His lawyer, Mr Tawanda Mupfumira of Mupfumira and Associates, told the court': the name with
            # the organisation's of-phrase in one apposition, the organisation's name with an 'and' the name
            # patterns do not cross; the person is the name before the 'of'
            return _clean_speaker(g.group("name")) or None
        return None if f is None else _person_before_of(f.group("name"))
    return _clean_speaker(n.group("spk")) or None


def _close_apposition(ins: str) -> bool:
    """Is the insertion ``ins`` (', the North Dakota Petroleum Alliance,', ', Aberdeen firm Gillanders Shaw,') a noun
    phrase that names: an optional article, capitalised words, at most two open-class words in lower case (a close
    apposition's premodifiers, 'firm'), and the name; not a clause or a phrase with a preposition (', which makes
    Crumbly Bites,', ', in a letter to the Health Secretary,', ', reached by The Nassau Guardian,')."""
    words = ins.strip(" ,").split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    k = _mc_name_start(words)
    lower = [w for w in words[:k] if w[:1].islower()]
    return len(lower) <= 2 and all(w not in _PREMOD_STOP and not w.endswith(("ed", "ing")) and w not in _MC_AUX
                                   for w in lower)


_TOWN_COMMA = _rx(r"[A-Z][\w’'\-]*,\s*$")
_BASED_IN_TOWN = _rx(r"(?<![\w’'])(?:based|headquartered|located)\s+in\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?,"
                            r"\s*$")


def _town_then_place(window: str, m: re.Match) -> bool:
    """Is the name of ``m`` a country, state or province right after a town and its comma ('The company, based in
    Sioux Falls, South Dakota, said'; 'Tallyfile, based in San Jose, California, called'), or any name after a town
    that 'based in' governs (round 39)? The two names are one locative, 'town, state', the place's second part (round
    38), no subject in apposition."""
    return ((_place_name(m.group("spk").split())
             and _TOWN_COMMA.search(window, max(0, m.start("spk") - 40), m.start("spk")) is not None)
            # (round 39: or any name after a town that 'based in' governs, 'The company, based in Wrexley, West
            # Yorkshire, said': the participle's locative has the region for its second part as it has a state)
            or _BASED_IN_TOWN.search(window, max(0, m.start("spk") - 70), m.start("spk")) is not None)


def _person_before_of(name: str) -> str | None:
    """A name with an organisation after 'of' ('Phil Mayor of the ACLU of Michigan', 'Rep. Loretta Simms of
    Maryland'): the person's name before the first 'of' where it has two words or more, else the whole name,
    cleaned (:func:`_clean_speaker`); None where nothing is left."""
    if " of " in name:
        head = name.split(" of ")[0]
        if len(head.split()) >= 2 and (spk := _clean_speaker(head)):
            return spk
    return _clean_speaker(name) or None


_APPOS_INSERTION = _rx(r"(?P<ins>,\s+[^,;:“”\"()]{1,80},)\s+(?:(?:has|have|had)\s+)?")
_APPOS_NAME_OF_ORG = _rx(rf",\s+(?P<name>{_NAME})\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:“”\"()]{{0,60}},\s+"
                                r"(?:(?:has|have|had)\s+)?")
_FIRST_APPOS_NAME = _rx(rf",\s+(?P<name>{_NAME_OF}|{_NAME}),\s+(?:[a-z]|[Aa]n?\s|[Tt]he\s)")
# Daniel termed “extremely conservative” his estimate / Guterres called the attack “an outrage”: a named
# subject that calls something by words of two or more in lower case speaks them (a thing 'called “Sharp
# Eyes”' or 'the so-called “smart city”' has no such subject and stays a mention)
# (round 9: the name may have an apposition or relative clause between commas, 'Vestager, the EU's digital chief,
# has called the systems “a threat to democracy”': the units of an apposition are one person)
# (round 10: or a relative clause whose 'who' is the name, 'Mayor Daniel Cho, who has called the cameras “the backbone
# of a safe city”': the relative pronoun is the subject of its clause and refers to the name, Quirk et al. 1985, 17.9)
# (and a party tag in brackets after the name, 'Sen. Ted Cruz (R-Texas) called the law “...”'; round 11: a name with its
# organisation after 'of', 'Analyst Tim Long of Barclays called the results “a clean beat”', not 'Barclays')
# (round 11: and the verbs that characterise an object 'as' something, 'Kindiki dismissed the criticism as
# “alarmist”', only where 'as' closes the words before the quotation: the complement is the subject's evaluation)
# ('described' and 'characterised' are read by _B_DESCRIBED, and 'described as' names terms: not here)
_AS_VERBS = (r"dismissed|dismisses|denounced|denounces|condemned|condemns|hailed|hails|praised|praises|criticised|"
             r"criticises|criticized|criticizes|slammed|slams|rejected|rejects|derided|derides|decried|decries|"
             # round 16: 'Premier Chris Minns ... described the repeated flooding as “heartbreaking”': describing
             # something as X predicates X of it in the describer's words, as calling it X does
             r"described|describes|characterised|characterises|characterized|characterizes")
# (round 15: and their -ing forms after the subject, 'with opposition councillor Janet Pryce branding the scheme “a tax
# on the high street”': the subject of an absolute or participle clause names the thing in its own words)
_NAMING_VERBS = (r"called|calls|calling|termed|terms|terming|branded|brands|branding|labell?ed|labels|labell?ing|"
                 r"dubbed|dubs|dubbing|"  # the naming verbs of the
                 # (round 19: the object's first word in lower case, the others may be capitalised, 'described
                 # referee Iolo Baines’s decision as “...”')
                 rf"(?:{_AS_VERBS})(?=(?:\s+(?![A-Z])[\w’'\-]+(?:\s+[\w’'\-]+){{0,3}})?\s+as\s*$)")  # three patterns below
# a word of the naming verb's object (round 15: also a figure with its decimals and per cent sign, 'called the
# company's 3.5% offer “an insult”', which had stopped the object at '3')
_OBJ_WORD = r"(?:\d+(?:[.,]\d+)*%?|[\w’'\-]+)"
# (round 17: an apostrophe between letters in the apposition or relative clause is no quotation mark, 'The Northern
# California Innocence Alliance, which took up Arredondo’s case in 2019, called the ruling “...”')
# (round 38: an apposition may be followed by a relative clause before the verb, 'Dr Rajesh Malhotra, a consultant at
# St Aldric’s Hospital in Brentmouth, who was not involved in the research, described the results as “...”', where the
# place at the apposition's end had been read as the subject of the relative clause and so of the verb; a relative
# clause in commas is non-restrictive and belongs to the head before it, here the apposed person: Quirk et al. 1985,
# 17.22; the verbs of saying read both units, _B_NAME_COMMA_CUE)
_APPOS_UNIT = r"(?:[^,;:“”\"‘’]|(?<=\w)’(?=\w)|[“\"][^“”\"]{1,40}[”\"]){1,80}"
_NAMED_BY_SUBJECT = _rx(rf"(?<![\w’'])(?P<spk>{_NAME_OF}|{_NAME})(?:\s*\([^()“”\"]{{1,30}}\))?"
                               rf"(?:,\s+{_APPOS_UNIT}(?:,\s+(?:who|which)\s{_APPOS_UNIT})?,|,\s+(?:who|which))?"
                               rf"\s+(?:has\s+|had\s+|have\s+)?"
                               rf"(?P<cue>{_NAMING_VERBS})"
                               rf"(?!\s+(?:for|upon|on)\b)(?:\s+(?![A-Z]){_OBJ_WORD}(?:\s+{_OBJ_WORD}){{0,4}})?\s*$")  # 'calls for': a demand
# round 10: 'The main opposition party called the project “a surveillance trap”': a description that opens its
# sentence and calls an object something in words of its own speaks them, as a named subject does
# (_NAMED_BY_SUBJECT); only where an object stands between the verb and the quotation and the description opens the
# sentence, for 'a system called “...”' is a participle that names, with no one speaking
# (round 17: also after an adverbial that opens the sentence and ends in a comma, 'In a post on its website, the
# federation called the Norwegian drama “...”', and with a pronoun for its subject there, 'In a post on LinkedIn, he
# called the rejection “...”'; the object's first word is in lower case, the others may be capitalised)
_DESC_NAMED_BY_SUBJECT = _rx(
    r"\s*(?:[A-Z][^,;:“”\"]{0,80},\s+)?"
    r"(?P<spk>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+(?:[’']s)?\s+){0,4}?[a-z][\w\-]*"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?P<cue>{_NAMING_VERBS})"
    rf"(?!\s+(?:for|upon|on|it)\b)(?:\s+(?![A-Z]){_OBJ_WORD})(?:\s+{_OBJ_WORD}){{0,4}}\s*$")
# round 10: the name closing an apposition right before the naming verb ("The ministry's spokeswoman, Maria
# Zakharova, called the sanctions “illegitimate”"): the units of an apposition are one person, as in
# _B_NAME_COMMA_CUE
# (round 38: and a relative clause after the name, 'The Minister of Power, Chief Adebayo Olatunji, who spoke with
# journalists ..., described the collapses as “...”', as _NAMED_BY_SUBJECT reads one after an apposition)
_NAMED_BY_APPOS = _rx(rf"(?<=,\s)(?P<spk>{_NAME})(?:,\s+(?:who|which)\s{_APPOS_UNIT})?,\s+(?:has\s+|had\s+|have\s+)?"
                             rf"(?P<cue>{_NAMING_VERBS})"
                             rf"(?!\s+(?:for|upon|on)\b)(?:\s+(?![A-Z]){_OBJ_WORD}){{0,5}}\s*$")
_DET_WORDS = frozenset(_DET_LOWER)  # the determiners of _DET, in lower case

# round 16: '... rejected provisional results on Monday, calling the count “a masquerade”': a participle of a naming
# verb after the clause it hangs on, with its object and the quotation as the object's complement, names the thing
# in the words of the clause's subject (the implied subject of a supplementive clause, as for _B_PARTICIPLE_THAT)
# (round 24: also the complex-transitive 'declaring the crisis “...”' (Quirk et al. 1985, 16.43), and the participles
# whose quoted complement follows a preposition after their object: 'accusing the mayor of “...”', a verb of judging
# (Fillmore 1971), and 'urging residents to “...”', a directive (Searle 1976); their object may be a name)
_B_PARTICIPLE_NAMING = _rx(_PARTICIPLE_OPEN + rf"\s+(?:(?P<cue>calling|branding|labell?ing|dubbing|terming|declaring|"
                                  rf"describing(?=(?:\s+(?![A-Z]){_OBJ_WORD}){{1,5}}\s+as\s*$))"
                                  rf"(?:\s+(?![A-Z]){_OBJ_WORD}){{1,5}}(?:\s+as)?"
                                  rf"|(?P<cue_of>accusing)(?:\s+{_OBJ_WORD}){{1,6}}?\s+of"
                                  rf"|(?P<cue_to>urging)(?:\s+{_OBJ_WORD}){{1,5}}?\s+to)\s*$")
# round 16: 'Farmers packed a hall, with one dairy farmer calling the rules “a death sentence”': the noun phrase after
# 'with' is the subject of the absolute clause whose participle follows it (Quirk et al. 1985, 15.60: the
# with-clause's own subject), so the participle of saying or naming has that subject for its speaker; a name in
# apposition to it ('with the file's rapporteur, lawmaker Katarzyna Zielińska, warning that ...') names the person
# (round 39: and a possessive pronoun as determiner, 'with his mother saying', and the participles 'remarking', 'noting'
# and 'adding', 'with Justice Farrukh Iqbal Mirza remarking that': the absolute clause's subject is the participle's,
# Quirk et al. 1985, 15.58)
_B_WITH_PARTICIPLE = _rx(
    rf"(?<![\w’'])with\s+(?P<spk>(?:(?:[Oo]ne|[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w\-]*[’']s)\s+"
    rf"(?:[a-z][\w’'\-]*\s+){{0,3}}?[a-z][\w\-]*|{_NAME}))"
    rf"(?:,\s+(?P<appos>[^,;:“”\"]{{1,80}}),)?\s+"
    rf"(?P<cue>calling|branding|labell?ing|dubbing|describing|saying|warning|insisting|arguing|claiming|accusing|"
    rf"remarking|noting|adding|"
    rf"finding(?=\s+that\b)|ruling(?=\s+that\b))"  # (round 22: 'with the presiding judge finding that ...')
    rf"(?![\w’'])(?:[^“”\"‘’;:!?]|{_APOS}){{0,160}}$")
_APPOS_LAST_NAME = _rx(rf"(?P<name>{_NAME})\s*$")


def _with_participle_source(window: str) -> tuple[str, str] | None:
    """The speaker and cue of an absolute clause 'with NP V-ing ...' that ends ``window``
    (:data:`_B_WITH_PARTICIPLE`), or None."""
    m = _B_WITH_PARTICIPLE.search(window)
    if m is None:
        return None
    if m.group("appos") and (nm := _APPOS_LAST_NAME.search(m.group("appos"))) is not None:
        spk = _clean_speaker(nm.group("name"))
    else:
        words = m.group("spk").split()
        spk = _clean_speaker(" ".join(words[1:] if words[0] in ("a", "an", "A", "An", "the", "The") else words))
    return (spk, m.group("cue")) if spk else None


_FIRST_WORD = _rx(r"\S+\s+")


def _named_by_subject(window: str, pos: int, end: int | None = None) -> re.Match | None:
    """``_NAMED_BY_SUBJECT.search(window, pos)``, unless its subject is a capitalised article or demonstrative
    that opens a sentence ('The labels and concepts of “developed” ...' read 'The' as a name and 'labels' as the
    naming verb; round 10): a determiner is no name."""
    end = len(window) if end is None else end
    m = _NAMED_BY_SUBJECT.search(window, pos, end)
    if m is not None and m.group("spk").split()[0].lower() in _DET_WORDS:
        # round 14: 'The Coalition on Homelessness, which brought the lawsuit, called the ruling “...”': the name
        # after the article is the subject ('The' is read as a word of the name, as the patterns read it)
        words = m.group("spk").split()
        m = (_NAMED_BY_SUBJECT.match(window, _FIRST_WORD.match(window, m.start("spk")).end(), end)
             if len(words) > 1 and words[1][:1].isupper() else None)
    if m is None:
        return None
    # 'comes from Hume described as': a name governed by a preposition is no subject, unless a relative clause
    # makes it one ('a setback for Mayor Daniel Cho, who has called ...': 'who' is the subject, the name its antecedent)
    # (round 38: the relative clause right after the name; one after an apposition is the apposed person's)
    relative = re.match(r"(?:\s*\([^()]*\))?,\s+(?:who|which)\b", window[m.end("spk"):m.end()]) is not None
    return None if not relative and _object_before(window, m.start("spk")) else m


def _naming_subject(window: str, lo: int, hi: int | None = None) -> re.Match | None:
    """The subject of a naming verb whose words end ``window[:hi]``, searched from ``lo``: a name
    (:func:`_named_by_subject`), a name closing an apposition (:data:`_NAMED_BY_APPOS`), or a description opening
    the sentence (:data:`_DESC_NAMED_BY_SUBJECT`), the first that matches. Asked where a quotation is taken for
    the complement of a naming verb, in indirect speech (:func:`_attr_sentence`) and after a naming cue
    (``discourse.quotes``)."""
    hi = len(window) if hi is None else hi
    m = _named_by_subject(window, lo, hi)
    if m is not None and _description_head(m.group("spk")) and (
            (ap := _NAMED_BY_APPOS.search(window, m.start("spk") + 1, hi)) is not None
            and ap.start("cue") == m.start("cue")):
        # round 32: 'The Leader of the Opposition, Mr Joseph Okello Odongo, described the motion as “...”',
        # 'Queensland's Youth Advocate, Helen Marsters, described the figures as “...”': an office or role whose holder's
        # name stands in apposition before the verb; the name is the subject's canonical form, as for the verbs of
        # saying (_named_apposition; Quirk et al. 1985, 17.65)
        return ap
    if m is None and (ap := _NAMED_BY_APPOS.search(window, lo, hi)) is not None and _town_then_place(window, ap):
        return None  # 'Tallyfile, based in San Jose, California, called': a locative, no subject (round 38)
    return (m or _NAMED_BY_APPOS.search(window, lo, hi)
            or _DESC_NAMED_BY_SUBJECT.match(window, 0, hi) or _NAMED_IN_RELATIVE.search(window, lo, hi))


# round 30: a naming verb whose object is the relative pronoun or the noun before its subject, so that the quotation
# follows the verb at once: 'the hiring provisions, which he called “a black box ...”', 'a figure she called
# “shocking ...”', 'the court, which the spokesperson called “the only place ...”', 'a decision Albion called
# “regrettable”' (an object relative clause, with its pronoun or without, the contact clause: Quirk et al. 1985,
# 17.12-17.15): the clause's subject names the thing in its own words. Only with a subject between the noun or
# pronoun and the verb, since 'a system called “...”' has none and names a thing; the subject a personal pronoun (left
# to pronoun resolution), a name or a one-word description after 'the'
_NAMED_IN_RELATIVE = _rx(
    rf"(?:(?<![\w’'])(?:which|that|whom)\s+|(?<=[a-z]\s))(?P<spk>[Hh]e|[Ss]he|[Tt]hey|{_NAME}|the\s+[a-z]+)\s+"
    r"(?:(?:has|had|have|once|later|also|repeatedly|previously|publicly)\s+)*"
    r"(?P<cue>called|calls|termed|terms|dubbed|branded|labell?ed)\s*$")


_NAMING_VERB_HINT = _rx(r"\b(?:call|term|brand|label|dub|dismiss|denounc|condemn|hail|prais|critici|slam|"
                               r"reject|deri|decri|describ|characteri)")
# 'charged that' reports an accusation in words: Controller Ann Roe charged Tuesday that the bids had “an
# inside track” (only with 'that': 'charged with', 'charged $5' report nothing)
_B_CHARGED_THAT = _rx(rf"(?<![\w’'])(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME})(?:\s+{_ADV}){{0,2}}\s+"
                             rf"(?P<cue>charged|charges){_DAY}?\s+that(?![\w’'])")
# S verb-ed ... and said (that) ... “...”: the cue shares the subject of the clause (see _attr_and_cue)
# (round 14: and after 'but', 'Cho called the agreement “a meaningful step” but said the two sides still needed to address
# “the pain of history”': predicates coordinated by 'but' share their subject as those coordinated by 'and' do,
# Quirk et al. 1985, 13.5)
_B_AND_CUE_IN = _rx(rf"\b(?:and|but)\s+(?:{_ADV}\s+)?(?P<cue>{_CUE})(?![\w’'])")
# Judge John M. Karns, who charged that the prosecution obtained evidence “by unfair ... means”: the name
# before a relative clause of saying speaks ('charged' counts here only with 'that' after it)
# (round 39: or with an apposition to the name between them, 'Rachel Dunmore, an American 1,500-meter runner and
# two-time Olympian, who said she had signed because “...”': the relative clause is the apposition chain's, whose head
# is the name, as in _WHO_AFTER_APPOSITION; the apposition's own capitalised words, 'Olympian', are no speaker; and no
# capitalised noun after an indefinite article is a name, 'another Negro, a man very dear to me, who says', Brown cf42)
_B_WHO_SENTENCE = _rx(rf"(?<![\w’'])(?<!\ba\s)(?<!\ban\s)(?<!another\s)(?P<spk>{_NAME_OF}|{_NAME})"
                             r"(?:,\s+(?:a|an|the)\s+(?:[^,;:“”\"()]|(?<=\d),(?=\d{3})){1,120}?)?"
                             rf",\s+who\s+(?:{_ADV}\s+)?"
                             rf"(?P<cue>{_CUE}|charged(?=\s+that\b)|charges(?=\s+that\b))(?![\w’'])"
                             # (round 27: not the formula of anonymity, ', who asked not to be named, told PUNCH')
                             r"(?!\s+not\s+to\s+be\b)")


# a name, then an apposition to it that opens with a determiner and runs to a position ('Grace Chimwala, a former
# foreign minister of Malawi'): the head of the phrase a relative clause after that position belongs to (round 32)
_WHO_AFTER_APPOSITION = _rx(rf"(?<![\w’'])(?P<spk>{_NAME}),\s+(?:a|an|the)\s+[^,;:“”\"()]{{1,120}}$")
_B_PAREN = _rx(rf",\s+(?P<cue>{_CUE})\s+(?P<spk>{_NP_AFTER_CUE}),\s")
# round 5: a medial reporting clause (Quirk et al. 1985, 15.53-15.55, comment clauses: 'The strain, says
# New York's Dr. Jolliffe, can damage the heart “...”', 'Mr. Kennedy, Mr. White believes, “had mastered
# ...”', '..., says Mr. Alden and they are doing it because ... “...”'): the source may carry a place in the
# possessive, the clause may close with 'and' instead of a comma, and a verb of thinking in the comment
# clause reports the sentence as that person's view (Semino & Short 2004, thought presentation; for "who
# voices which frame" the quoted words are that person's)
_B_PAREN_MEDIAL = _rx(rf",\s+(?:(?P<cue>{_CUE})\s+(?:{_NAME}[’']s\s+)?(?P<spk>{_NAME_OF}|{_ROLE_NAME}|{_NAME})"
                             rf"|(?P<spk2>{_NAME})\s+(?P<cue2>{_CUE}|believes|thinks|feels|believed|thought|felt))"
                             rf"(?:,\s|\s+and\s)")
_THINK_HINTS = ("believ", "think", "thought", "feel", "felt")


# round 20: 'Hungary's minister on Monday accused the European Commission of “political blackmail”', 'He appealed to the
# caterers not to “punish innocent children”', 'Mr. Faye called on the authorities to “urgently deploy” boats': verbs of
# judgement and of directive speech acts (Levin 1993, 33 and 37.9; Searle 1976 on directives) report what their
# subject said in a prepositional or infinitive complement, and words quoted there are the subject's (a mixed
# quotation, as after verbs of saying). The verb has its object right after it (not 'of', 'for', 'in', 'by': 'the man
# accused of ...' is a reduced passive relative, whose quoted words are the accuser's) and no clause ends between
# it and the quotation, no coordinated predicate either ('it called for withdrawal ... and authorized the Secretary-General
# “to take ...”': the quotation is the other verb's), within 80 characters
_SPEECH_ACT_VERBS = ("accused", "accuses", "blamed", "blames", "appealed", "appeals", "called on", "calls on",
                     "called for", "calls for", "criticised", "criticized", "criticises", "criticizes", "condemned",
                     "condemns", "thanked", "thanks")
_SPEECH_ACT_ALT = "|".join(v.replace(" ", r"\s+") for v in _SPEECH_ACT_VERBS)
_B_SPEECH_ACT = _rx(
    rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_SPEECH_ACT_ALT})(?![\w’'])"
    r"(?!\s+(?:of|for|in|by)\b)(?:(?!\s(?:and|but|or)\s)[^.;:!?“”\"]){0,80}$")
_SPEECH_ACT_HINTS = ("accuse", "blame", "appeal", "call", "critici", "condemn", "thank")
# the first words of its verbs: the pattern is tried only at starts whose noun phrase can reach one of them
# (_quote_cues._np_matches, as for _B_SENTENCE; tests/test_quotes_fast.py compares the matches with finditer's)
_SPEECH_ACT_FIRST = frozenset(v.split()[0] for v in _SPEECH_ACT_VERBS)


def _speech_act_source(window: str) -> tuple[str, str] | None:
    """The subject and verb of a judgement or directive speech act whose complement ends ``window``
    (:data:`_B_SPEECH_ACT`), or None."""
    if not any(h in window for h in _SPEECH_ACT_HINTS):
        return None
    for m in _np_matches(_B_SPEECH_ACT, window, _cue_anchors(window, _SPEECH_ACT_FIRST), reach=True):
        if _object_before(window, m.start("spk")):
            continue
        spk = _clean_speaker(m.group("spk"))
        # ('The accused did not object': a noun, no verb; 'It calls for “a frequent recurrence to fundamental
        # principles”' after 'an injunction contained in the Constitution': 'it' is as often a document, whose words
        # are quoted, as the body that spoke, and resolves to the body named last)
        if spk and spk.lower() not in _DET_WORDS and spk.lower() != "it":
            return spk, re.sub(r"\s+", " ", m.group("cue"))
    return None


def _is_speaker_head(desc: str) -> bool:
    """Is the last word of a description a role word or an organisation word ('The company', 'the spokesperson')?"""
    head = desc.split()[-1].rstrip(".,’'").lower()
    return head in _ROLE_WORDS or head in ORG_WORDS


# round 20: 'Dr Samia El-Ashmawy said the previous rounds had revealed “worrying figures”': a subject and cue that open
# the clause a verb of saying reports are inside that speaker's report, and where the subject is a thing (a determiner
# phrase whose head is no role, body, person or document) it reports no words of its own: the quotation is the
# reporting speaker's (a mixed quotation inside indirect speech, as the labels have it since part C)
_REPORTED_CLAUSE_GAP = _rx(r"\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?(?:that\s+)?")
_PERSONISH_HEADS = frozenset("people residents officials experts analysts critics supporters opponents workers members "
                             "leaders voters parents students teachers doctors nurses police witnesses "
                             "sources investigators prosecutors lawyers authorities"
                             # round 33: the unnamed sources of news, as heads of a description that speaks ('A source
                             # close to the fund, speaking on condition of anonymity, said', 'A diplomat from a member
                             # state ... said', 'a close aide'); none is a title before a name, so not role words
                             " source diplomat diplomats aide aides victim victims candidate candidates veteran veterans"
                             " person persons"
                             .split())


def _thing_subject(spk: str) -> bool:
    """Is ``spk`` a determiner phrase whose last word names a thing: no role, organisation, person noun or document?"""
    words = spk.split()
    if len(words) < 2 or words[0].lower() not in _DET_LOWER or not words[-1][:1].islower():
        return False
    head = words[-1].rstrip(".,’'").lower()
    return (not _is_speaker_head(spk) and head.rstrip("s") not in _ROLE_WORDS and head not in _PERSONISH_HEADS
            and _DOC_RE.fullmatch(head) is None)


_BARE_PARTICIPLE = _rx(r"[A-Z][a-z]{2,}ing,\s+(?!\d|who\b|whose\b)")


def _fronted_participle(window: str, m: re.Match) -> bool:
    """Is the apposition's name ``m.group('spk')`` an -ing form alone that opens the sentence, before its comma?

    Round 27: such a word is a non-finite adverbial clause, no name ('Responding, the Country Manager of Meridian
    Offshore Ghana, Ms Adjoa Sekyi-Hughes, said', 'Reacting, RPDC, in a statement on Tuesday, said', as West African
    papers open a reply; Quirk et al. 1985, 15.58), and 'Responding' had been the speaker. Only at the sentence's start
    and not before an age or a relative pronoun, which follow a surname in -ing ('The gentle Channing, revered by all
    Bostonians, ... wrote'; 'Manning, 35, said')."""
    return (m.start("spk") == _SUBJ_LEAD.match(window).end()
            and (bare := _BARE_PARTICIPLE.match(window, m.start("spk"))) is not None and bare.end() > m.end("spk"))


def _attr_sentence(window: str, *, strict: bool = False) -> tuple[str, str] | None:
    """The last 'speaker cue' pair earlier in the sentence (``Smith said the plan was “...”``); with
    ``strict``, only verbs of saying (for a short partial quotation); where the patterns find none, the unnamed
    source that opens the clause (round 27, :func:`_unnamed_source`)."""
    found = _attr_sentence_patterns(window, strict=strict)
    if found is None and ("said" in window or "says" in window or "told" in window):
        found = _unnamed_source(window)
    return found


# the determiners that open a subject after a relative or complementiser 'that' ('a request that one carrier executive
# described as'), left to the patterns as before
_SUBJECT_OPENERS = frozenset("a an the one another some two three several many most".split())


def _relative_that(window: str, start: int, spk: str) -> bool:
    """Does the subject found at ``start`` open with 'that' or 'which' and a word in lower case other than a determiner,
    right after a word other than 'and', 'but' or 'or' ('a crewing agency that supplied some of the sailors said',
    'said that their ...')? Then 'that' is a relative pronoun or a complementiser, no demonstrative determiner of the
    subject, and the words are no speaker.

    Round 36: the determiner phrase of the subject patterns reads 'that' as a demonstrative ('that person said'), and
    took the relative clause of a described source for the speaker ('that supplied some of the sailors', 'that
    received funding'; Quirk et al. 1985, 17.9 on the relative pronoun 'that' after its antecedent); a demonstrative
    opens its sentence or follows a coordinator or punctuation."""
    words = spk.split()
    if len(words) < 2 or words[0].lower() not in ("that", "which") or not words[1][:1].islower() or words[1] in _SUBJECT_OPENERS:
        return False  # (a name after a complementiser is the subject, 'states that Pruitt told the deputy')
    m = _WORD_BEFORE.search(window, max(0, start - 40), start)
    return m is not None and m.group(1).lower() not in ("and", "but", "or")


def _attr_sentence_patterns(window: str, *, strict: bool = False) -> tuple[str, str] | None:
    """:func:`_attr_sentence` by its patterns alone."""
    if not window.strip():
        return None
    if "as saying" in window and (m := _B_QUOTED_AS_SAYING.search(window)) is not None:
        spk = _clean_speaker(m.group("spk"))  # Peskov was quoted by Interfax as saying the decision was “absurd”
        if spk:
            return spk, "quoted"
    if "with " in window and (found := _with_participle_source(window)) is not None:
        return found  # with one dairy farmer calling the rules “a death sentence” (round 16)
    if "ing " in window and (m := _participle_match(_B_PARTICIPLE_THAT, window)) is not None:
        spk, cue = _participle_source(window, m)
        if spk:
            return spk, cue
    if "ing " in window and (m := _participle_match(_B_PARTICIPLE_NAMING, window)) is not None:
        spk, cue = _participle_source(window, m)  # ..., calling the count “a masquerade” (round 16)
        if spk:
            return spk, cue
    hint = _NAMING_VERB_HINT.search(window, max(0, len(window) - 70))  # the verb and at most five words
    if hint is not None:
        # (round 38: from 200 characters before the verb, which holds a name, its apposition and a relative clause)
        m = _naming_subject(window, max(0, hint.start() - 200))
        if m is not None and _ARTICLE_BEFORE.search(window, max(0, len(window) - 20)) is None:
            # Guterres called the attack “an outrage” (not 'calls this a “safe city”': a term after an article)
            spk = _clean_speaker(m.group("spk"))
            return (spk, m.group("cue")) if spk else None
    if (found := _speech_act_source(window)) is not None:
        return found  # He appealed to the caterers not to “punish innocent children” (round 20)
    if not (_has_cue(window) or "charge" in window):
        if any(h in window for h in _THINK_HINTS):
            for m in _B_PAREN_MEDIAL.finditer(window):  # Mr. Kennedy, Mr. White believes, “had mastered ...”
                if m.group("cue2") and (spk := _clean_speaker(m.group("spk2"))):
                    return spk, m.group("cue2")
        if ("found" in window or "conclu" in window) and (doc := _doc_finding(window)) is not None:
            # The panel found that ... “...” (round 21): no cue needed
            return (spk, doc.group("cue")) if (spk := _clean_speaker(doc.group("spk"))) else None
        return None
    found = None
    governed = None
    cue_places = _cue_anchors(window)  # (_B_SENTENCE and _B_SENTENCE_APPOS tried only where they can start)
    # (round 11: 'He urged the United States to “stop smearing China”': a directive verb's quoted infinitive)
    directive = (strict and window.rstrip().endswith("to")
                 and _TO_BEFORE_QUOTE.search(window, max(0, len(window) - 12)) is not None)
    say = (_SAY | _DESCRIBE_CUES if strict and _AS_COMPLEMENT.search(window, max(0, len(window) - 12)) is not None
           else _SAY)  # (round 22: the complement of 'described ... as')
    for m in _np_matches(_B_SENTENCE, window, cue_places, reach=True):  # (the form _np_reaches reads)
        if _relative_that(window, m.start("spk"), m.group("spk")):
            continue
        if _plausible(m.group("spk"), m.group("cue")) and (not strict or m.group("cue").lower() in say
                                                            or (directive and m.group("cue").lower() in _DIRECTIVE)):
            if not _object_before(window, m.start("spk")):
                if (found is not None and found.group("cue").lower() in _SAY and _thing_subject(m.group("spk"))
                        and _REPORTED_CLAUSE_GAP.fullmatch(window, found.end(), m.start("spk")) is not None):
                    continue  # (round 20, _thing_subject)
                found = m
            else:
                governed = m
    if found is None and governed is not None:
        # The taxi driver taking the visitor from the airport remarks that ...: the description that
        # opens the clause, before its participle, is the subject
        sm = _SUBJ_BEFORE_PARTICIPLE.match(window[:governed.start("spk")])
        if sm is not None:
            return _clean_speaker(sm.group("spk")) or None, _cue_text(governed.group("cue"))
    for m in _np_matches(_B_SENTENCE_APPOS, window, _comma_anchors(window, cue_places)):  # Maria Lopez, director of X, said the system was “...”
        if ((not strict or m.group("cue").lower() in say) and (found is None or m.end() > found.end())
                and not _object_before(window, m.start("spk"))  # (round 22: 'Outside the Four Courts, ..., said')
                and _NAME_JOINED_BEFORE.search(window, max(0, m.start("spk") - 40), m.start("spk")) is None
                and not _fronted_participle(window, m)):
            found = m
    for m in _B_PAREN.finditer(window):  # The reason, says the Housing Center, is that builders “are ...”
        if (not strict or m.group("cue").lower() in _SAY) and (found is None or m.end() > found.end()):
            found = m
    if found is None:  # The strain, says New York's Dr. Norman Jolliffe, can damage the heart “...”
        for m in _B_PAREN_MEDIAL.finditer(window):
            cue = m.group("cue") or m.group("cue2")
            if not strict or cue.lower() in _SAY or m.group("cue2"):
                spk = _clean_speaker(m.group("spk") or m.group("spk2"))
                if spk:
                    return spk, cue
    if found is None and (" and " in window or " but " in window):
        # Mitchell decried the rate of unemployment and said the Senate “must share the blame”
        for m in _B_AND_CUE_IN.finditer(window):
            if not strict or m.group("cue").lower() in _SAY:
                found = m
        if found is not None:
            spk = _clause_subject(window[:found.start()], named_only=True)
            if spk is None and (d := _SUBJ_DET.match(window, _SUBJ_LEAD.match(window).end())) is not None and (
                    _is_speaker_head(d.group("spk"))):
                # The company declined to comment but said the firm expected “very limited attrition”: a definite
                # description whose head names a body or a role is the subject the two predicates share (round 20)
                spk = _clean_speaker(d.group("spk")) or None
            return (spk, _cue_text(found.group("cue"))) if spk else None
    if found is None and "ccording" in window:
        for m in _B_ACCORDING_IN.finditer(window):  # According to Reuters, the deal is “almost done”
            found = m
    for m in _B_NAME_COMMA_CUE.finditer(window):  # Apple's chief executive, Tim Cook, said the ... “...”
        # (and 'The police commissioner, Dermot Shea, said', the same cue: the name, see _named_apposition)
        if _town_then_place(window, m):
            continue  # 'The company, based in Sioux Falls, South Dakota, said': a locative (round 38)
        if (not strict or m.group("cue").lower() in say) and (found is None or m.end() > found.end() or (
                m.start("cue") == found.start("cue") and found.re is _B_SENTENCE_APPOS
                and (_description_head(found.group("spk"))
                     # round 32: or the phrase before the name is the tail of a longer capitalised name or title,
                     # cut at its 'and', 'for' or 'of' ('An education policy analyst with the Centre for Learning and
                     # Equity, Dr Hauwa Mohammed-Kyari, told'; 'the Head of Media and Publicity of the EFCC, Mr Dele
                     # Ojediran, said'): the name in apposition is the subject, as after a description
                     or _NAME_RUN_BEFORE.search(window, max(0, found.start("spk") - 120), found.start("spk"))
                     or _role_phrase_before(window, found.start("spk"))))):
            found = m
    if found is None and "charge" in window:
        for m in _B_CHARGED_THAT.finditer(window):  # Controller Ann Roe charged Tuesday that ... “...”
            found = m
    if "who" in window:
        for m in _B_WHO_SENTENCE.finditer(window):  # Karns, who charged that ... “by unfair ... means”
            if (not strict or m.group("cue").lower() in _SAY) and (found is None or m.end() > found.end()):
                found = m
    if found is None and ("found" in window or "conclu" in window or "show" in window or "reveal" in window
                          or "document" in window or "lleg" in window or "claim" in window or "argue" in window
                          or "contend" in window):
        found = _doc_finding(window)  # The report ... found that the system was “riddled with errors”
    if found is None and " by " in window:
        for m in _B_DOC_BY.finditer(window):  # A report published this week by the Centre for ..., said (round 21)
            found = m
        if found is not None:
            return (org, found.group("cue").split()[0]) if (org := _clean_speaker(found.group("org"))) else None
    if found is None:
        return None
    if found.re is _B_NAME_COMMA_CUE:
        spk = _person_before_of(found.group("spk"))  # Phil Mayor of the ACLU of Michigan, said: the name before 'of'
        return (spk, found.group("cue")) if spk else None
    if found.re is _B_SENTENCE_APPOS and (name := _named_apposition(window, found)):
        return name, found.group("cue")  # Its chair, Helen Oduya, a professor of sociology, said ... (round 19)
    if (found.re is _B_WHO_SENTENCE and _object_before(window, found.start("spk"))
            and (ap := _WHO_AFTER_APPOSITION.search(window, max(0, found.start("spk") - 200), found.end("spk")))):
        # round 32: 'Grace Chimwala, a former foreign minister of Malawi, who urged the three countries to “...”': the
        # phrase before ', who' is the object of a preposition inside an apposition to a name, and the relative clause
        # is the whole apposition chain's, whose head is the name (Quirk et al. 1985, 17.65, 17.14), not the place's
        spk = _clean_speaker(ap.group("spk"))
        return (spk, found.group("cue")) if spk else None
    spk = _clean_speaker(found.group("spk"))
    return (spk, found.group("cue")) if spk else None


# round 27: the unnamed source of news, an indefinite description that opens the clause with its modifiers and
# postmodifiers and then reports ('A New Zealand High Commission spokesperson said New Zealand was “committed to ...”',
# 'A senior credit officer at one of the city’s largest lenders said the bank had seen “no meaningful increase”', 'A
# police official who was not authorized to speak publicly said ...'; Bell 1991 on the attribution of news sources by
# role). The noun phrase patterns of the attribution read an article and up to four words before the verb, so a longer
# description found no subject and its partial quotations stayed mentions. The description runs from the article that
# opens the clause (or follows ', but' / ', and') to a relative clause (', who spoke on condition of anonymity,' or
# 'who asked not to be named', cut off: it says how the source was quoted) or the verb; no quotation mark, no sentence
# end, no other verb of saying inside it
_UNNAMED_SOURCE = _rx(
    r"(?:^|,\s+(?:but|and)\s+)(?P<spk>(?:A|An|One|Another|a|an|one|another)\s+(?!(?:of|in|at|for)\b)"
    r"(?:(?!(?:said|says|told|tells|who|which|that)\b)[\w\-’'.&]+(?:\s+|(?=,\s+who\b))){1,12}?)"
    r"(?:(?:,\s+)?who\s+[^,.;:“”\"]{1,120}?(?:,\s+(?:and\s+who\s+[^,.;:“”\"]{1,120}?,\s+)?|\s+)"
    # (round 35: two relative clauses joined by 'and', 'A fish health biologist who has worked at several farms in the
    # region, and who did not want to be named for fear of losing work, said')
    # (round 36: a restrictive relative clause with 'that' on a noun of the description, 'A manager at a Mumbai crewing
    # agency that supplied some of the sailors said', cut off as the who-clause is)
    r"|that\s+[^,.;:“”\"]{1,120}?\s+)?"
    r"(?:also\s+)?(?P<cue>said|says|told)(?![\w’'])")


_NAMED_IN_CLAUSE = _rx(r"\b(?:as|named|called)\s+[A-Z]")


def _unnamed_source(window: str) -> tuple[str, str] | None:
    """The unnamed source (:data:`_UNNAMED_SOURCE`) whose verb of saying is the last of ``window``, or None."""
    lead = _SUBJ_LEAD.match(window).end()
    found = None
    for m in _UNNAMED_SOURCE.finditer(window, lead):
        if (m.start() == lead or m.group().startswith(",")) and m.group("spk")[:1].isupper() == (m.start() == lead):
            found = m
    if found is None or _has_cue(window[found.end():]):
        return None  # (another verb of saying after it reports another clause: 'she had heard a man shout “...”')
    if _NAMED_IN_CLAUSE.search(window, found.end("spk"), found.start("cue")) is not None:
        return None  # (a relative clause that names the source, 'who identified herself only as Mama Tope': no unnamed one)
    spk = _clean_speaker(found.group("spk").strip())
    return (spk, found.group("cue")) if spk else None


# round 10: 'The report, published by Amnesty International, found that the system was “riddled with errors”': a
# research document that finds or concludes something in a that-clause states it, and words quoted in that clause
# are its words (the document is the sayer, Halliday and Matthiessen 2004, 7.5; its owner speaks through it as for
# 'the ministry's statement said'). Only a document noun as the head of the subject and only with 'that': 'the
# police found the car “abandoned”' has a person for subject and reports no words. A court filing alleges, claims
# or argues what it says ('The lawsuit, filed in federal court, alleges that the company scraped the photos
# “without notice or consent”'), its words those of the party that filed it. Round 21: a body or officer that
# finds or concludes in a that-clause ('The panel found that Marchbank had been “upright ...”', 'The committee found
# that ...', 'the coroner concluded that ...') gives a finding, a verdictive speech act (Austin 1962, lecture XII),
# and the words quoted in it are the body's, as a report's are
_B_DOC_FINDS = _rx(r"(?<![\w’'])(?P<spk>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:report|study|audit|review|investigation|inquiry|analysis|survey|assessment|evaluation|"
                          r"lawsuit|suit|complaint|petition|indictment|filing|motion|appeal|"
                          r"panel|committee|court|tribunal|commission|board|coroner|judge|ombudsman|auditor|inspectorate))"
                          rf"(?:,\s+(?:[^,;:“”\"‘’]|{_APOS}){{1,100}},)?\s+(?:also\s+)?"
                          r"(?P<cue>found|finds|concluded|concludes|showed|shows|revealed|reveals|documented|documents|"
                          r"alleges|alleged|claims|claimed|argues|argued|contends|contended)"
                          r"(?:\s+that(?![\w’'])"
                          # round 22: a finding's that-clause without its 'that' ('The panel found the comment was
                          # “personal, disparaging ...”'; the zero complementiser, Quirk et al. 1985, 16.32), or its
                          # object alone ('found arsenic concentrations “above the permitted limits”')
                          r"|(?<=found|finds)(?=\s+[\w’']))")


def _doc_finding(window: str) -> re.Match | None:
    """The last finding of a document or body in ``window`` (:data:`_B_DOC_FINDS`), or None."""
    found = None
    for m in _B_DOC_FINDS.finditer(window):
        found = m
    return found


# round 21: 'A report published this week by the Centre for Social Policy Studies, a Buenos Aires think tank, said the
# pension had lost “nearly 30 percent ...”', 'A report by the Parliamentary Oversight Committee on Water Projects tabled
# last month said ...': a document whose agent is named after 'by' (its author; Quirk et al. 1985, 17.56 on the
# agentive 'by'-phrase of a postmodifying participle or of a nominalisation) says what its author says, as the
# documents of _B_DOC_FINDS do; the author is the speaker (the labels name the body for its reports). The author is a
# capitalised name (function words 'of', 'on', 'for', 'and', 'the' inside it), after at most five words between the
# document noun and 'by' and before an adjunct in lower case and an apposition between commas
_B_DOC_BY = _rx(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,3}?"
                       r"(?:report|study|audit|review|investigation|inquiry|analysis|survey|assessment|evaluation)"
                       r"(?:\s+[\w\-]+){0,5}?\s+by\s+(?:the\s+)?"
                       r"(?P<org>[A-Z][\w\-’'.&]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w\-’'.&]*)*)"
                       rf"(?:\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}})?(?:,\s+(?:[^,;:“”\"‘’]|{_APOS}){{1,100}},)?\s+(?:also\s+)?"
                       r"(?P<cue>said|says|found\s+that|finds\s+that|concluded\s+that|concludes\s+that|warned\s+that|"
                       r"warns\s+that)(?![\w’'])")


# the words in lower case a quoted name or title may open with ('the Safe City Initiative', 'a Smart Nation')
_TITLE_OPENERS = frozenset("the a an our its their his her my your this that these those".split())


def _features(text: str, cs: int, ce: int) -> tuple[int, bool, bool, bool, bool, bool]:
    """Word count, capital start, terminal mark, ends in punctuation, clause word, title case (160 chars read)."""
    content = text[cs:min(ce, cs + 160)]
    words = _WORD_RE.findall(content)
    if ce - cs > 160:
        words.extend(["x"] * 20)  # long enough for every length rule
    n = len(words)
    m = _LETTER_RE.search(content, 0, 200)
    cap = bool(m) and m.group().isupper()
    tail = text[max(cs, ce - 20):ce].rstrip().rstrip("\"”’'»)]").rstrip()
    terminal = tail[-1:] in (".", "!", "?", "…")
    ends_punct = tail[-1:] in (".", "!", "?", "…", ",")
    clause = not _CLAUSE_WORDS.isdisjoint(content.lower().replace("’", "'").split())
    long_words = [w for w in words[1:] if len(w) >= 4]
    # (round 12: a title opens with a capital or an article, 'the Safe City Initiative'; a quotation that opens
    # with another word in lower case, 'misread the Fourth Amendment', is words of a clause that name something)
    title = (len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.67 * len(long_words)
             and (not words or not words[0][:1].islower() or words[0].lower() in _TITLE_OPENERS))
    return n, cap, terminal, ends_punct, clause, title


# round 23: the subject of the sentence's main clause. A declarative clause puts its subject before its verb (Quirk et al.
# 1985, 2.11), and what stands between them is parenthetic: an apposition (17.65), a non-restrictive relative clause
# (17.22), a time or manner adverb (8.20); a fronted adverbial with its comma comes before the subject (8.20, 15.58).
# Where the clause's verb is a verb of saying or a verb of judging speech ('accused ... of', 'dismissed ... as',
# 'called the results ...') and a partial quotation stands in its complement, the words are the subject's, however long
# the subject's postmodification. The patterns above read a subject only next to its verb, or across one apposition of
# a bounded length; this reading finds the verb of the main clause first and then takes the noun phrase that opens the
# clause, and it is tried only after every pattern above has found nothing. The noun phrase must be one a speaker can
# be: a name (two capitalised words or more, after any role words: 'Chairman of the bench Ann Roe'), or a description
# whose head is a role, body or person noun ('A senior official in the governorate, who ...'), or a description with a
# name in apposition, which is then the speaker ('Its secretary general, Mathilde Roe,'). Pronouns are left to the
# patterns above and to pronoun resolution; documents to the document rules (their owners speak); 'called' only for
# words in lower case (Title Case after 'called' names a thing); a verb of judging only for words within 80 characters
# of it (its complement: 'dismissed the offer as “...”', not a quotation in a later clause, as in a UN speech's 'The
# delegation welcomes the session ..., because ... we belong, in Wendell Willkie's phrase, to “one world”').
_MC_JUDGE = frozenset("called calls accused accuses blamed blames dismissed dismisses welcomed welcomes criticised "
                      "criticises criticized criticizes praised praises hailed hails urged urges "
                      # round 33: directives and other speech acts whose complement quotes the subject's words
                      # ('directed the school to “suspend any directive”', 'cautioned against “premature talk”',
                      # 'attributed the improvement to “operating leverage”', 'reminded the audience that applause
                      # was “lovely”'; Searle 1976's directives and representatives), within 80 characters as above
                      # (not the forms in -s that are also plural nouns: 'appeals panel', 'the union's demands')
                      "directed directs instructed instructs asked asks reminded reminds cautioned attributed "
                      "appealed demanded pleaded "
                      # stop 70 (gaps 2): the other verbs of telling whose hearer, the indirect object, comes before
                      # the that-clause ('informed the committee that “...”', 'assured the voters that', 'notified
                      # the board that'), read as 'reminded' is (Quirk et al. 1985, 16.63-16.64: a that-clause after
                      # the indirect object of 'inform', 'assure', 'notify', 'remind'), within 80 characters as above
                      "informed informs assured assures notified notifies".split())
_MC_CUES = _SAY | _DESCRIBE_CUES | _MC_JUDGE
_MC_LEAD = frozenset("in on at outside inside across after before during since despite following under over with "
                     "without from for by as amid among meanwhile separately earlier later elsewhere last this "
                     "speaking giving asked responding writing addressing days weeks months hours".split())
_MC_NP_LOWER = frozenset("of the for in at on and & de des der dos das van von del da la le du di y an a to".split())
_MC_POSTMOD = frozenset("of for in at on from with familiar close".split())
_MC_DETS = frozenset("a an the one another its his her their".split())
_MC_VERBS = "|".join(sorted(_MC_CUES, key=lambda w: (-len(w), w)))
# round 37: a plural noun's genitive apostrophe before a space ('at the Continental Shippers’ Federation,'), which
# closes no quotation: the subject or its apposition reads across it as across an apostrophe inside a word (_APOS)
_APOS_PLURAL = rf"(?:{_APOS}|(?<=[a-z]s)’(?=\s))"
_MC_HEAD = (
    # (round 25: or a determiner in lower case after a fronted adverbial's comma, 'In a statement on Sunday, the
    # Cobras said')
    # (round 31: or after a conjunction that opens the sentence, 'But a senior official at the trust, who ..., said')
    # (or a social-media handle, '@privacyfirst tweeted:', which opens with its '@')
    rf"(?P<spk>(?:[A-Z]|@(?=\w)|(?:(?<=,\s)|(?<=But\s)|(?<=And\s)|(?<=Yet\s)|(?<=So\s))(?:the|a|an|one)\s)"
    rf"(?:[^,;:“”\"‘’()\[\]]|{_APOS_PLURAL}){{0,100}}?)"
    rf"(?P<ins>,\s+(?:[^;:“”\"‘’]|{_APOS_PLURAL}){{1,220}}?,)?"
    r"(?:\s+(?:also|later|earlier|again|then|further|previously|yesterday|today|on\s+[A-Z][a-z]+day|"
    r"last\s+week|this\s+week|[A-Z][a-z]+day|"
    r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|reply|belly|bully|jelly|folly|lily|holy|only)"
    r"(?![\w’'\-]))[a-z]{3,}ly))*")
# (round 33: the perfect's auxiliary before the verb, with an adverb after it: 'has previously said', 'has warned')
_MAIN_CLAUSE = _rx(_MC_HEAD + r"(?:\s+(?:has|have|had)(?:\s+(?:also|already|long|(?!only\b)[a-z]{3,}ly))?)?"
                          # (no verb of a relative clause: 'a mother who asked not to be named, said')
                          + rf"(?<![Ww]ho)\s+(?P<cue>{_MC_VERBS})(?![\w’'\-])")
# round 24: the same subject before any finite verb (an auxiliary, or a verb in -ed or -s), for a participle clause of
# saying that hangs on a clause of another verb ('Brennock United manager Stuart Holloway has dismissed talk of a rift,
# insisting the pair have “cleared the air”': the participle's implied subject is the matrix clause's, Quirk et al.
# 1985, 15.59); the phrase must be one a speaker can be, as above
# (not after a function word, which leaves the noun phrase open: 'The chairman of selectors, ...')
_ANY_CLAUSE = _rx(_MC_HEAD + "".join(rf"(?<!\b{w})" for w in ("of", "the", "for", "in", "at", "on", "and", "to", "a",
                                                                     "an", "&"))
                         + r"\s+(?P<cue>has|have|had|was|were|is|are|will|would|could|can|did|does|do|"
                         r"[a-z]{2,}(?:ed|s))(?![\w’'\-])")
_MC_FRONT = _rx(rf"(?P<w>[A-Z][\w\-]*)(?:\s+(?:[^,;:“”\"‘’]|{_APOS}){{0,80}})?,\s+")
_MC_DOC = _rx(rf"(?i)(?<![\w’'])(?:{_DOC_NOUNS}|audit|briefing|review|indictment|minutes|video|post|opinion|"
                     r"ruling|judgment|judgement|order|findings|survey|analysis|note)(?![\w’'])")
_MC_KIN = frozenset("daughter son wife husband mother father brother sister widow widower partner fiancée fiancé "
                    "cousin uncle aunt niece nephew grandmother grandfather grandson granddaughter relative".split())
_MC_AGE = _rx(r"\d+-year-old")
# words no noun phrase that can speak holds: finite auxiliaries, relative and personal pronouns
_MC_AUX = frozenset("is was were are has had have will would could can did does may might should who which that "
                    "whose whom what he she it they we i you there".split())


def _mc_name_start(words: list[str]) -> int:
    """Where the run of capitalised words that ends ``words`` starts (lower-case name particles inside it, none at
    its start): ``len(words)`` when the last word is in lower case."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or (words[k - 1] in _MC_NP_LOWER and k < len(words))):
        k -= 1
    while k < len(words) and words[k] in _MC_NP_LOWER:
        k += 1
    return k


def _mc_name_end(words: list[str]) -> int | None:
    """Where a name of two capitalised words or more that ends ``words`` starts, or None."""
    k = _mc_name_start(words)
    return k if len(words) - k >= 2 else None


def _mc_named(words: list[str]) -> bool:
    """A name at the end, before it only role words, capitalised words and the function words of a noun phrase."""
    k = _mc_name_end(words)
    if k is None:
        return False
    lower = [w for w in words[:k] if w[:1].islower() and w not in _MC_NP_LOWER]
    return len(lower) <= 3 and all(w.lower() not in _NOT_NAME for w in lower)


def _mc_described(words: list[str]) -> bool:
    """A determiner (or possessive) phrase whose head, before any postmodifying phrase, is a role, body or person
    noun or an age ('The 52-year-old'); 'One of the reporters'."""
    if len(words) < 2 or not (words[0].lower() in _MC_DETS or words[0].endswith(("’s", "'s"))
                              or (words[0].lower() in _ROLE_WORDS and words[1] in _MC_POSTMOD)):
        return False  # (a role noun with its of-phrase, 'Head of the judging panel', as an office title has no article)
    k = next((i for i, w in enumerate(words[1:], 1) if w in _MC_POSTMOD), len(words))
    if words[0].lower() == "one" and k == 1 and len(words) > 3 and words[2] == "the":
        k = len(words)  # one of the reporters: the head is the plural
        head = words[-1]
    else:
        head = words[k - 1]
    if k - 1 > 4 or any(w.lower() in _NOT_NAME or w in _MC_AUX for w in words[1:]):
        return False
    h = head.rstrip(".,’'").lower()
    return (_is_speaker_head(h) or h.rstrip("s") in _ROLE_WORDS or h in _PERSONISH_HEADS or h.rstrip("s") in _MC_KIN
            or _MC_AGE.fullmatch(h) is not None
            or _agent_noun(h))  # ('organisers', 'participant', 'researcher')


def _mc_name(ins: str) -> str | None:
    """The insertion between commas when it is a name in apposition ('Alcott's solicitors, Hallam & Crewe,'), after
    the lower-case words of a close apposition ('Brisbane artist Desmond Roe')."""
    words = ins.strip(" ,").split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if not words or len(words) > 8:
        return None
    k = _mc_name_start(words)
    if k > 0 and (len(words) - k < 2 or not words[k - 1][:1].islower()):
        return None
    return _clean_speaker(" ".join(words[k:])) or None


def _mc_lead(window: str) -> int:
    """Where the subject of the clause that opens ``window`` starts: after a fronted participle clause or adverbial
    and its comma (Quirk et al. 1985, 8.20, 15.58)."""
    lead = _SUBJ_LEAD.match(window).end()
    if (conj := _CONJUNCT.match(window, lead)) is not None:
        lead = conj.end()  # (round 31: 'However, a senior official ... said', as _finding_source reads it; Quirk 8.134)
    if (front := _FRONTED_PARTICIPLE.match(window, lead)) is not None:
        lead = front.end()
    elif (front := _MC_FRONT.match(window, lead)) is not None and (
            front.group("w").lower() in _MC_LEAD or front.group("w").endswith(("ing", "ly"))):
        lead = front.end()
    return lead


def _cue_takes_quote(cue: str, gap: int, lower_quote: bool) -> bool:
    """Can the quotation ``gap`` characters after the verb ``cue`` be in its complement (see the comment above):
    'called' only before words in lower case, a verb of judging only within 80 characters ('dismissed the offer as')."""
    cue = cue.lower()
    return not ((cue in ("called", "calls") and not lower_quote) or (cue in _MC_JUDGE and gap > 80))


_STATES_NOUN = _rx(r"(?:(?<![\w’'])the\s+[A-Z][\w\-]*|(?<![\w’'])member)$")
_ACRONYM_AFTER = _rx(r"(?<=[a-z])\s\([A-Z][A-Za-z0-9&.\-]{1,11}\)(?=,)")


def _main_clause_source(window: str, *, lower_quote: bool, finding: bool = False) -> tuple[str, str] | None:
    """The subject and verb of the main clause of the sentence ``window`` (which starts the sentence and ends at a
    quotation), where the verb is a verb of saying or judging speech and the subject can be a speaker (see the
    comment above); with ``finding``, also the finder of a finding (:func:`_finding_source`, round 29; not for a
    quotation of one word, 'The police found that the car was “abandoned”', the writer's or the finder's term);
    else None."""
    # (round 33: an acronym in brackets after an organisation's name, 'The Digital Credit Providers Association of
    # Kenya (DCPAK), which represents ..., said', is the name's own apposition: read as blank)
    window = _ACRONYM_AFTER.sub(lambda a: " " * len(a.group()), window)
    lead = _mc_lead(window)
    m = _MAIN_CLAUSE.match(window, lead)
    if m is None and lead > 1 and window[lead - 2] == "," and window[lead:lead + 1].islower():
        # (round 33: a pseudo-title in lower case opens the subject after a fronted clause, 'Speaking to The Ledger
        # outside the courthouse, encampment spokesperson Jamal Haddad, a ..., said': read as at a sentence's start,
        # for a name only)
        m = _MAIN_CLAUSE.match(window[:lead] + window[lead].upper() + window[lead + 1:], lead)
        if m is not None and not m.group("spk").split()[-1][:1].isupper():
            m = None
    if m is not None and m.group("cue") == "states" and _STATES_NOUN.search(m.group("spk")) is not None:
        m = None  # (round 33: 'A diplomat from one of the Baltic states, ...': the plural noun, no verb)
    if m is None or (found := _mc_subject(m)) is None:
        # (no verb of saying after a subject, or one after a phrase no speaker can be: 'A spokesperson for X declined
        # to comment but said': the coordinated predicate's, round 24)
        return _coordinated_source(window, lead, lower_quote=lower_quote) or (
            _finding_source(window, lead) if finding else None)
    return (found, m.group("cue")) if _cue_takes_quote(m.group("cue"), len(window) - m.end(), lower_quote) else None


# round 29: the finding of a court, a tribunal, an inquiry, an inspection or an audit, and of the judge, coroner or
# inspector who makes it ('Justice Margaret Fairweather found the trial judge's directions were “orthodox and
# correct”', 'Inspectors found that pupils' behaviour was “too often disorderly”', 'It also found that officials had
# been “overly reliant on assurances”', 'A report by the Standards Panel, tabled on Monday, found Cr Renwick failed to
# treat a member of the public “with respect and courtesy”'): a verdictive speech act (Austin 1962, lecture XII;
# Searle 1976's declarations with a representative claim), which news reports with the finder as the subject of
# 'found', 'concluded', 'ruled' or 'held' and the finding as its that-clause, with or without 'that' (the zero
# complementiser, Quirk et al. 1985, 16.32). Words quoted in the finding are the finder's: the labels name the judge,
# the panel, the inspectors, or the body whose report it is. Round 10's and round 21's rules read a finder that is a
# document or body noun after a determiner (_B_DOC_FINDS); this one reads the subject of the sentence's main clause
# (after a fronted adverbial, with an apposition between commas) of any kind a speaker can be: a name or a
# description (a bare plural of persons, 'Inspectors', included), a personal pronoun (resolved later by the name
# table, as for 'she said'), or a document (its author after 'by': 'A report by the Tasmanian Standards Panel';
# otherwise the document as written, whose owner the document rules find). 'ruled', 'held' and 'determined' only
# with 'that' ('held a meeting', 'ruled out'); no verb of saying and no subordinator inside the subject.
_FINDING = _rx(
    rf"(?P<spk>(?:[^,;:“”\"‘’()]|{_APOS}){{1,140}}?)"
    rf"(?P<ins>,\s+(?:[^;:“”\"‘’]|{_APOS}){{1,220}}?,)?"
    r"(?:\s+(?:also|further|then|later|previously|yesterday|today|(?:on\s+)?[A-Z][a-z]+day|has|had|have))*"
    r"\s+(?P<cue>found|finds|concluded|concludes|ruled|rules|held|holds|determined|determines)(?![\w’'\-])"
    r"(?P<that>\s+that(?![\w’']))?")
_CONJUNCT = _rx(r"(?:However|But|And|Yet|Still|Instead|Nevertheless|Moreover|Furthermore|Indeed|Separately|"
                       r"Meanwhile|Crucially|Importantly|Significantly|In\s+addition|In\s+particular)(?:,\s+|\s+(?=[a-z]))")
_NAMED_AS = _rx(r"\b(?:known|described|referred\s+to|nicknamed|called|dubbed)\b[^.;:]{0,60}?\bas\s*$|"
                       r"\b(?:called|dubbed|nicknamed|named|titled|entitled)\s*$")
_FINDING_THAT_ONLY = frozenset("ruled rules held holds determined determines".split())
_FINDING_PRONOUNS = frozenset("It She He They".split())
_FINDER_HEADS = frozenset("judge justice court tribunal panel committee commission board coroner inspector inspectorate "
                          "auditor ombudsman inquiry regulator watchdog authority steward chamber magistrate jury "
                          "arbitrator assessor investigator examiner referee council office agency department ministry "
                          "institute".split())
_POSSESSIVE_PRONOUNS = {"his": "He", "her": "She", "their": "They", "its": "It"}
_BY_AUTHOR = _rx(r"\sby\s+(?P<det>the\s+)?(?P<org>(?:[A-Z][\w\-’'.&]*(?:\s+(?:(?:of|on|for|and|the)\s+)*"
                        r"[A-Z][\w\-’'.&]*)*)|(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
_FINDING_DOC = _rx(rf"(?i)(?<![\w’'])(?:{_DOC_NOUNS}|{_INQUIRY_NOUNS}|analysis|survey|judgment|judgement|ruling|"
                          r"decision|findings)(?![\w’'])")


def _finding_source(window: str, lead: int) -> tuple[str, str] | None:
    """The finder and verb of a finding whose clause opens ``window`` (see the comment above), or None."""
    if not ("found" in window or "conclu" in window or "ruled" in window or "held" in window or "determin" in window
            or "finds" in window or "rules" in window or "holds" in window):
        return None
    if (conj := _CONJUNCT.match(window, lead)) is not None:
        lead = conj.end()  # (a conjunct before the subject, 'However, the judges found that ...', Quirk et al. 8.134)
    m = _FINDING.match(window, lead)
    if m is None:
        return None
    cue = m.group("cue")
    if cue in _FINDING_THAT_ONLY and not m.group("that"):
        return None
    rest = window[m.end():]
    if _has_cue(rest) or _SUBORDINATOR.match(rest.lstrip()) is not None and not m.group("that"):
        return None  # (another verb of saying reports the quotation's clause; 'found when ...': no finding)
    if _NAMED_AS.search(rest) is not None:
        return None  # ('... Harbourview Regional Hospital, known to generations of Haligonians as “the Big H.”': a name)
    spk = m.group("spk").strip()
    words = spk.split()
    if len(words) == 1 and words[0] in _FINDING_PRONOUNS:
        return words[0], cue
    if not words or len(words) > 14 or any(w in _MC_AUX or w.lower() in ("said", "says", "told") for w in words):
        return None
    doc = _FINDING_DOC.search(spk)
    if doc is not None:
        by = _BY_AUTHOR.search(spk, doc.end())
        if by is not None:
            org = by.group("org")
            org = org if org[:1].isupper() else "the " + org  # (a description, 'the trust', is resolved later)
            return (_clean_speaker(org) or None), cue
        head = spk[:doc.start()].split()
        if not head or (head[0].lower() not in _MC_DETS and not head[0].endswith(("’s", "'s"))
                        and head[0].lower() not in _POSSESSIVE_PRONOUNS):
            return None
        if head[0].lower() in _POSSESSIVE_PRONOUNS and len(head) <= 3:
            # (his report, their report to councillors: the author is the possessive's referent, resolved later
            # as the personal pronoun is)
            return _POSSESSIVE_PRONOUNS[head[0].lower()], cue
        poss = next((i for i, w in enumerate(head) if w.endswith(("’s", "'s"))), None)
        if poss is not None:  # (the trust's serious incident report: the owner's document, as 'the trust's report')
            return " ".join([*head[:poss + 1], "report"]), cue
        k = _mc_name_start(head)
        if 0 < k < len(head) and head[k][:1].isupper():
            # (The Commonwealth Audit Office report: the author's name premodifies the document)
            return _clean_speaker(" ".join(head[k:])) or None, cue
        return _clean_speaker(spk[:doc.end()]) or None, cue
    read = [words[0].capitalize(), *words[1:]] if words[0] in ("the", "a", "an") else words
    if m.group("ins") and _mc_described(read) and (name := _mc_name(m.group("ins"))) is not None:
        return name, cue
    if _mc_named(read):
        return _clean_speaker(" ".join(words)) or None, cue
    # a description (or a bare plural, 'Inspectors'): only one whose head makes findings, not the police who found a
    # car 'abandoned' (round 21's case)
    k = next((i for i, w in enumerate(read) if w in _MC_POSTMOD), len(read))
    head = read[k - 1].rstrip(".,’'").lower()
    if (head in _FINDER_HEADS or head.removesuffix("s") in _FINDER_HEADS) and (
            len(read) == 1 or _mc_described(read) or read[0] == "The"):
        return _clean_speaker(" ".join(words)) or None, cue
    return None


# round 29: a characterisation or an accusation whose complement is quoted ('He described the applicants as “sore
# losers”', 'a step he described as "prudent planning"', 'He added that the share had risen, describing it as "still
# insufficient"', 'The NRM candidate, Madam Isatu Koroma-Fofanah, accused the police of “looking the other way”', 'a
# move described by local representatives as “a body blow”'): verbs of characterising and of judging (Levin 1993,
# 29.2 and 33) report the subject's own words in their 'as' or 'of' complement when it is quoted (mixed quotation,
# Cappelen & Lepore 1997). Round 7's rule (discourse._speech_formulas.partial_quotation_source) reads only a name for
# the subject, since a pronoun resolved by the name table of round 7 was as often wrong as right in essays; the news
# sets read since resolve pronouns far better, and the quotation right after 'as' or 'of' is the characterisation
# itself, not a word somewhere in a later clause. The subject, in this order: the agent of a passive ('described by
# X as'); a name or personal pronoun right before the verb (a relative clause, 'a step he described as', or a simple
# one); for a participle or a predicate coordinated with 'and', the subject of the sentence's main clause (Quirk et
# al. 1985, 15.59; 13.49); else the main clause's subject before the verb (round 23's reading).
# (round 30: also a complement of one word, 'described the week as "relentless"', 'accused the central bank of
# "alarmism"': after the verb and its 'as' or 'of' the quoted word is the subject's characterisation as a longer one
# is, Cappelen & Lepore 1997 on mixed quotation of single words)
_CHARACTERISING = _rx(
    r"(?<![\w’'])(?:(?:described|characteri[sz]ed)\s+by\s+(?P<agent>[^,;:“”\"]{2,80}?)\s+as"
    r"|(?P<cue>described|describes|describing|characteri[sz]ed|characteri[sz]es|characteri[sz]ing|accused|accuses|"
    r"accusing)(?P<obj>\s+[^.;:!?“”\"]{1,100}?)?\s+(?P<prep>as|of))\s*$")
_CHAR_BEFORE = _rx(rf"(?:^|(?<=[\s,(]))(?P<spk>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+"
                          r"(?:(?:has|had|have|also|later|then|once|again|publicly|repeatedly|previously)\s+)*$")
_CHAR_NOT_SUBJECT = frozenset("the a an of by to in with from than like for on at as into upon his her their its our my "
                              "your this that these those".split())


def _characterising_source(window: str, lower_quote: bool) -> tuple[str, str] | None:
    """The subject and verb of a characterisation or accusation whose 'as' or 'of' complement is the quotation that
    ``window`` (the sentence before it) ends at (see the comment above), or None."""
    if not ("descri" in window or "characteri" in window or "accus" in window) or not lower_quote:
        return None
    m = _CHARACTERISING.search(window, max(0, len(window) - 160))
    if m is None:
        return None
    if m.group("agent") is not None:
        agent = _clean_speaker(m.group("agent"))
        return (agent, "described") if agent else None
    cue, prep = m.group("cue"), m.group("prep")
    if (prep == "as") != cue.startswith(("descri", "characteri")):
        return None  # (described ... of, accused ... as: no complement of the verb)
    before = window[:m.start()]
    b = _CHAR_BEFORE.search(before)
    prev = before[:b.start()].rstrip().rsplit(None, 1) if b is not None else None
    if m.group("obj") is None and not cue.endswith("ing"):
        # (round 30: no object between the verb and its 'as' or 'of': the object is a relative clause's gap, 'a step he
        # described as', with its subject right before the verb; else the verb is passive, 'First Minister accused of
        # “dodging” questions', and its subject is the one accused, no speaker)
        if not prev or not (prev[-1].lower() in ("which", "that", "whom") or prev[-1].isalpha() and prev[-1].islower()
                            and prev[-1].lower() not in _CHAR_NOT_SUBJECT):
            return None
    if b is not None and b.group("spk").lower() not in ("he", "she", "they", "it") and prev and prev[-1].islower() \
            and prev[-1].isalpha() and (
            (pp := before[:b.start()].rstrip().rsplit(None, 2)[-2:-1]) and pp[0].lower() in _CHAR_NOT_SUBJECT):
        # 'Shoppers in south London have described ...': a name after a preposition and a word in lower case (a
        # compass point or a modifier, 'in south London', 'of north Dublin') is inside a prepositional phrase of the
        # subject, not its head; the main clause's subject is read below (it had been 'London')
        b = None
    if b is not None and not (prev and prev[-1].lower() in _CHAR_NOT_SUBJECT):
        spk = b.group("spk")
        if spk.lower() in ("he", "she", "they", "it"):
            return spk.capitalize(), cue
        spk = _clean_speaker(spk)
        if spk:
            return spk, cue
    if cue.endswith("ing") and (w := _CHAR_WITH.search(before)) is not None:
        return _clean_speaker(w.group("spk")) or None, cue  # (with the Chief Whip, Mr Isaac Akena, accusing ...)
    lead = _mc_lead(window)
    coordinated = cue.endswith("ing") or re.search(r"(?:,\s*|\s)and\s+$", before) is not None
    if coordinated and (p := re.match(r"(He|She|They|It)\s", window[lead:])) is not None:
        return p.group(1), cue
    mc = _MAIN_CLAUSE.match(window, lead)
    if mc is not None and (mc.group("cue") == cue or coordinated):
        if (spk := _mc_subject(mc)) is not None:
            return spk, cue
        words = mc.group("spk").split()
        ins = mc.group("ins") or ""
        if words[0].lower() in _MC_DETS and ins:
            if (name := _mc_name(ins)) is not None and len(name.split()) >= 2:
                return name, cue  # (The NRM candidate, Madam Isatu Koroma-Fofanah, accused)
            if ins.lstrip(", ").startswith("who ") and len(words) <= 8:
                return _clean_speaker(" ".join(words)) or None, cue  # (a person the relative clause marks)
    if coordinated:
        if (spk := _any_clause_subject(window)) is not None:
            return spk, cue
        if (n := _CHAR_LEAD_NAME.match(window, lead)) is not None:
            return _clean_speaker(n.group("spk")) or None, cue  # (Ibarra, 24, became ... and described)
    return None


_CHAR_WITH = _rx(rf"(?<![\w’'])with\s+(?:[^,;:“”\"]{{0,80}}?,\s+)?(?P<spk>{_NAME}),?\s+$")
_CHAR_LEAD_NAME = _rx(rf"(?P<spk>{_NAME})(?:,\s+\d{{1,3}},)?\s+[a-z]")

# round 24: 'A spokesperson for Delacroix Brennan & Marsh declined to comment on individual partners but said the firm
# expected “...”': predicates coordinated by 'and' or 'but' share the clause's subject (Quirk et al. 1985, 13.49:
# coordination of predicates with the subject ellipted in the second), so a verb of saying right after the
# coordinator has the subject that opens the clause; nothing but 'also', 'then', 'later' or 'again' between the
# coordinator and the verb (a new subject there, 'and residents said', is a new clause)
_COORD_SAY = _rx(rf"(?:,\s*|\s+)(?:and|but)\s+(?:(?:also|then|later|again|quickly|repeatedly)\s+)?"
                        rf"(?P<cue>{_MC_VERBS})(?![\w’'\-])")


_SUBORDINATOR = _rx(r"(?<![\w’'])(?:which|who|whom|whose|where|when|while|whereas|because|although|though|if|"
                           r"unless|after|before|since|until|that)(?![\w’'])")


def _coordinated_source(window: str, lead: int, *, lower_quote: bool) -> tuple[str, str] | None:
    """The subject of the clause that opens ``window`` and the verb of saying of a predicate coordinated with its
    first one (:data:`_COORD_SAY`), on the terms of :func:`_main_clause_source`; else None."""
    m = _ANY_CLAUSE.match(window, lead)
    if (m is None or (c := _COORD_SAY.search(window, m.end())) is None
            or _SUBORDINATOR.search(window, m.end(), c.start()) is not None):
        return None  # (after a relative or adverbial clause the coordinated verb may be that clause's, 'Pemberton
        # Ridge Capital, which disclosed a stake and called for “...”')
    if not _cue_takes_quote(c.group("cue"), len(window) - c.end(), lower_quote):
        return None
    spk = _checked_subject(m)
    return (spk, c.group("cue")) if spk else None


_TIME_WORD = _rx(r"(?:1[6-9]|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        r"March|April|May|June|July|August|September|October|November|December")


_HANDLE_WORD = _rx(r"@[A-Za-z0-9_]{1,30}")


def _mc_subject(m: re.Match) -> str | None:
    """The speaker a match of :data:`_MAIN_CLAUSE` or :data:`_ANY_CLAUSE` holds as its subject: a name, a description,
    or the name in apposition to a description; None for a document or a phrase no speaker can be."""
    words = m.group("spk").split()
    while len(words) > 1 and words[-1] in ("himself", "herself", "itself", "themselves"):
        words = words[:-1]  # Thompson himself said: the emphatic reflexive (Quirk et al. 1985, 6.24)
    if _MC_DOC.search(m.group("spk")) is not None:
        return None  # a document's words are its owner's, which the document rules find
    if len(words) <= 5 and _HANDLE_WORD.fullmatch(words[-1]) is not None:
        return words[-1]  # '@privacyfirst tweeted', 'The activist group @privacyfirst wrote': the account speaks
    if 2 <= (i := next((j for j, w in enumerate(words) if w == "who"), 0)) < len(words) - 1 and len(words) <= 12 and _mc_described(
            [words[0].capitalize(), *words[1:i]]):
        # round 33: a restrictive relative clause inside the description, 'A lobbyist who has worked on several ballot
        # campaigns, and who asked not to be named ..., said': 'who' after a person's head noun opens its
        # postmodifier (Quirk et al. 1985, 17.13), and the description as written is the speaker
        return _clean_speaker(" ".join(words)) or None
    if len(words) > 10:
        return None
    # (round 25: an adverbial of time after the subject is no postmodifier of it, 'the Council of Foreign Ministers in
    # 1949 declared': Quirk et al. 1985, 8.51; and a determiner in lower case after a fronted adverbial is read as at a
    # sentence's start)
    if len(words) > 2 and words[-2] in ("in", "on", "at", "by") and _TIME_WORD.fullmatch(words[-1].rstrip(",")):
        words = words[:-2]
    read = [words[0].capitalize(), *words[1:]] if words[0] in ("the", "a", "an") else words
    if m.group("ins") and _mc_described(read) and (name := _mc_name(m.group("ins"))) is not None:
        return name  # a description, then the name in apposition
    if not (_mc_named(read) or _mc_described(read)):
        return None
    return _clean_speaker(" ".join(words)) or None


def _any_clause_subject(window: str) -> str | None:
    """The subject of the clause that opens ``window`` (after a fronted adverbial) before its finite verb, where it is
    a phrase a speaker can be (:data:`_ANY_CLAUSE`), else None."""
    m = _ANY_CLAUSE.match(window, _mc_lead(window))
    return None if m is None else _checked_subject(m)


def _checked_subject(m: re.Match) -> str | None:
    """:func:`_mc_subject` of a match of :data:`_ANY_CLAUSE`, unless the phrase ends in a lower-case word that is
    no head a speaker can have: the verb was one the pattern cannot see ('The Central Bank of Kenya held its rate')."""
    words = m.group("spk").split()
    last = words[-1].rstrip(".,’'")
    if last[:1].islower() and not _mc_described([words[0], last]):
        return None
    return _mc_subject(m)
