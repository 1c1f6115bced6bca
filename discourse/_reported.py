"""Reported (indirect) speech: the reporting verbs and the one rule that finds reported clauses.

Shared with :mod:`discourse.stance`, which applies the same definition to token tables whose voice was not
computed here. The rule is in the docstring of :mod:`discourse.quotes` ("Reported speech").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ._attribution import _clean_speaker, _plausible
from ._quote_cues import (
    _ABBREV,
    _ADV,
    _ALPHA,
    _NP,
    _NP_AFTER_CUE,
    _WORD_RE,
    PERSON_PLURALS,
    _np_matches,
    _trie,
    _WordSet,
)
from ._quote_kernel import KERNEL
from ._re_cache import compile as _rx
from ._speaker_names import _RUN_TITLES, addressed_document
from ._speakers import _channel_near, _Speakers
from .segment import ABBREVIATIONS, LOCATOR_ABBREVIATIONS, ellipsis_ends_sentence, note_reference_after

# --------------------------------------------------------------------------------------------- reported speech
# The one rule of reported (indirect) speech, shared with discourse.stance (which applies it to token tables
# whose voice was not computed here): a reporting verb with a non-first-person subject introduces a clause.
#: verbs that report speech or a claim and take their clause with or without "that" (Thompson 1994,
#: *Reporting*; Hyland 1999, "Academic attribution"); "announce" is left out: in the press-release genre
#: "X announced that" introduces the publisher's own news
REPORTING_VERBS = frozenset({
    "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued",
    "arguing", "assert", "asserts", "asserted", "insist", "insists", "insisted", "contend", "contends",
    "contended", "allege", "alleges", "boast", "boasts", "boasted", "tout", "touts", "told", "declare",
    "declares", "declared",
})
#: verbs that report speech only with a "that"-clause ("maintains that", "added that"): without one they have
#: other senses ("maintains the platform", "added cameras"); after the clause (", the mayor added.") they
#: report as the verbs above do
THAT_REPORTING_VERBS = frozenset({
    "maintain", "maintains", "maintained", "stated", "states", "write", "writes", "wrote", "stress", "stresses",
    "stressed", "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized", "add", "adds",
    "added", "suggest", "suggests", "suggested", "tell", "tells", "believe", "believes", "believed", "warn",
    "warns", "warned", "promised", "promises", "predict", "predicts", "predicted", "report", "reports",
    "reported", "testified", "testifies",
    # the past of "allege" (its base and -s forms report with or without "that", REPORTING_VERBS): the same form is the
    # participial adjective of "the alleged abuses", "cases of alleged torture" (Quirk et al. 1985, 7.15-7.16), so only a
    # that-clause makes it the verb of a report, "Critics alleged that ..." (16.31-16.35), which had been no report at all
    "alleged",
    # the verbs of legal argument with which a judgment, a tribunal's award or a committee report summarises each
    # party's case ("The applicants submitted that ...", "The Government submits that ...", "The applicant
    # complained that ..."; Collins COBUILD Grammar Patterns 1: Verbs, 1996, the 'V that' verbs of arguing and
    # complaining); without "that" they file a document ("submitted its observations") or name a grievance
    # ("complained of"), which are no speech
    "submit", "submits", "submitted", "complain", "complains", "complained",
    # the research-act verbs with which a study's, a paper's or a researcher's result is reported ("A study published
    # in Nature found that ...", "The review concluded that ...", "..., a federal study found."): non-factive, the
    # writer attributes the finding without committing to it (Hyland 2002, "Activity and evaluation: reporting
    # practices in academic writing"; Thompson & Ye 1991, "Evaluation in the reporting verbs used in academic
    # papers"), the attribution formula of science news; without "that" they name a discovery of a thing ("found the
    # cameras in a storeroom") or an end ("concluded the meeting")
    "find", "finds", "found", "conclude", "concludes", "concluded",
    # the verbs with which a consultation summary or a survey report gives its respondents' views ("87% of
    # respondents agreed that ...", "Many residents felt that ..."): "agree" is a public verb and "feel" a private
    # one that takes a that-clause (Quirk et al. 1985, pp. 1180-1181), neither factive, so the writer does not
    # commit to the clause; without "that" they take an object or a complement ("agreed the budget", "felt safe")
    "agree", "agrees", "agreed", "feel", "feels", "felt",
    # the verbs of replying and commenting with which minutes and reports of a meeting summarise an exchange ("The
    # Commissioner replied that ...", "Cllr Okafor commented that ...", "Mr. Evans responded that ..."): public verbs
    # that take a that-clause and are not factive (Quirk et al. 1985, pp. 1180-1181: answer, comment, remark, reply;
    # the 'reply' group of Francis, Hunston & Manning 1996, 'V that': answer, reply, respond); without "that" they
    # take an object or a prepositional complement ("replied to the letter", "commented on the plan"). Their base and
    # -s forms other than "responds" are left out: they are also nouns, which a relative "that" follows ("one of the
    # most important comments that can be made", Brown cg44; "The only answer will be ..."), and minutes write the past
    "answered", "replied", "responds", "responded", "commented", "remarked",
    # "indicate" in its sense of saying briefly or indirectly, the verb with which UN reports and minutes summarise a
    # State's or a party's submission ("The Government of Kenya indicated that the cameras were installed to ensure
    # public safety"): a non-factive reporting verb (Thompson & Ye 1991), as "suggest" is; without "that" it points at
    # a thing ("the signs indicated the location of every camera"), and with an evidence subject it is no speech at
    # all ("The record indicates that ...": INDICATING_BODIES)
    "indicate", "indicates", "indicated",
})
#: the forms of "claim", which is also a verb of demanding a right as one's due: with such a right as its noun
#: object it reports no clause (:func:`claims_a_right`)
CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})


def claims_a_right(words_after: Sequence[str]) -> bool:
    """Do the (lowercased) words right after a form of "claim" make it the claim of a right, not a report?

    "This application claims priority to U.S. Provisional Application No. ...", "claims the benefit of U.S.
    Provisional Application No. ...": the formula of a patent application's priority claim (35 U.S.C. 119(e) and
    120; 37 CFR 1.78(d), "the benefit of"), in which "claim" means to demand a right (priority, the benefit of an
    earlier filing date) and takes it as a noun object; no clause follows that anyone's words could fill (Quirk et
    al. 1985, ch. 16: a reporting verb's content is a clause). Every application's opening paragraph had been
    reported speech without a speaker. "the benefit" only with its "of", so "claims the benefits are clear" keeps its
    zero-that clause."""
    if not words_after:
        return False
    return words_after[0] == "priority" or tuple(words_after[:3]) == ("the", "benefit", "of")


#: the base forms of the reporting verbs that are also common nouns ("a claim", "the annual report", "strong
#: stress"): a verb only with a subject it agrees with (:func:`plural_subject`), else the noun
NOUN_BASE_FORMS = frozenset({"claim", "boast", "stress", "report"})
#: subjects that agree with a base-form present verb without a plural ending: the personal pronouns, the
#: quantifiers that stand as plural heads ("Many claim that ..."), and the unmarked plurals (Quirk et al. 1985,
#: 5.80-5.85 on irregular plurals, the quotation rules' PERSON_PLURALS; 10.34-10.35 on concord)
_PLURAL_HEADS = frozenset({"i", "we", "you", "they", "many", "some", "others", "few", "most", "both", "all",
                           "several", *PERSON_PLURALS})
#: nouns with a plural ending that premodify a singular head ("a human rights claim", "a damages claim", "the
#: sales report") or take singular concord ("news", "politics"): never the subject of a base-form verb by their form
_PLURAL_FORM_MODIFIERS = frozenset({
    "rights", "arms", "sales", "damages", "goods", "customs", "savings", "earnings", "benefits", "expenses", "news",
    "means", "series", "species", "headquarters", "politics", "economics", "physics", "mathematics", "ethics",
})
#: singular determiners (Quirk et al. 1985, 5.12-5.16): a noun phrase they open is singular, "a human rights claim"
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "each", "every", "this", "that", "another", "either", "neither"})
_NOT_MEN_PLURALS = frozenset({"specimen", "regimen", "abdomen", "albumen", "bitumen", "acumen"})
#: adjectives that head a noun phrase after "the" and denote a class of people, with plural concord ("the strong
#: claim that ...", "the rich claim ..."; Quirk et al. 1985, 7.23-7.25)
_PEOPLE_ADJECTIVES = frozenset({"rich", "poor", "strong", "weak", "powerful", "powerless", "young", "old", "elderly",
                                "wealthy", "unemployed", "oppressed", "privileged", "disabled", "accused"})


def plural_subject(words: Sequence[str]) -> bool:
    """Does a subject whose (lowercased) words are ``words`` agree with a base-form present verb ("Critics claim
    that ...", "Some critics claim", "They claim", "People claim")?

    A base form of :data:`NOUN_BASE_FORMS` ("claim", "boast", "stress", "report") is a finite verb only after a
    subject it agrees with: a plural noun phrase or "I", "we", "you", "they" (Quirk et al. 1985, 10.34-10.35 on
    subject-verb concord). After an adjective or a singular noun ("the territorial claim that ...", "the annual
    report that ...") it is the noun, and its "that" opens a noun complement or a relative clause, no reported
    speech (16.31-16.35 are the verbs' that-clauses; 17.26 the noun's appositive clause). The head is the last word:
    a plural in -s (not -ss, -us, -is, nor a noun of :data:`_PLURAL_FORM_MODIFIERS`, "a human rights claim"), an
    irregular plural in -men, one of ``_PLURAL_HEADS``, or "the" and an adjective of a class of people ("the strong",
    "the rich"); a phrase opened by a singular determiner ("a", "each", "this") is none."""
    if not words:
        return False
    if len(words) > 1 and words[0] in _SINGULAR_DETERMINERS:
        return False
    last = words[-1]
    if last in _PLURAL_HEADS or (last in _PEOPLE_ADJECTIVES and len(words) > 1 and words[-2] == "the"):
        return True
    if last in _PLURAL_FORM_MODIFIERS:
        return False
    if last.endswith("men") and len(last) > 3 and last not in _NOT_MEN_PLURALS:
        return True  # "women", "Englishmen", "businessmen"
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s")) \
        and last.isalpha()


#: the forms of "indicate", which report speech only with an agentive subject (Quirk et al. 1985, 10.19 on the
#: agentive role of a subject): a person or a body that speaks, named by one of :data:`INDICATING_BODIES`. With an
#: evidence subject, "The record indicates that ...", "These incidents have indicated that ...", "briefings ...
#: indicate that ...", it is the writer's inference from the evidence (the evidential sense: half of its
#: that-clauses in 300 UN speeches of 1987-1989), not another voice
INDICATE_VERBS = frozenset({"indicate", "indicates", "indicated"})
#: the heads of a subject that speaks in the sense of "indicate" (see :data:`INDICATE_VERBS`): governments and
#: their organs, the parties and offices of UN summaries ("the State party indicated that", "the Secretary-General
#: indicated that", "the delegation of Kenya indicated that")
INDICATING_BODIES = frozenset({
    "government", "governments", "ministry", "ministries", "minister", "ministers", "delegation", "delegations",
    "state", "states", "party", "parties", "authorities", "secretary", "secretaries", "secretariat", "president",
    "representative", "representatives", "mission", "embassy", "rapporteur", "commissioner", "committee", "council",
    "court", "spokesperson", "spokesman", "spokeswoman", "official", "officials", "agency",
    # the personal pronouns that refer to persons only (Quirk et al. 1985, 6.10), not "it" or "they", which refer to
    # evidence as often ("it indicates that the elimination of secrecy is becoming ...")
    "he", "she",
})


def indicating_subject(subject: str) -> bool:
    """May ``subject`` be the speaker of "indicate" in its sense of saying (:data:`INDICATE_VERBS`)? It may when one
    of its words names a body or an office that speaks (:data:`INDICATING_BODIES`): "the Government of Kenya",
    "the Secretary-General", "the State party"; not "The record", "These incidents", "it"."""
    return any(w in INDICATING_BODIES for w in _ALPHA.findall(subject.lower()))


#: the verbs of telling that report only with their hearer before a that-clause ("informed the Special Rapporteur
#: that ...", "assured the Committee that ..."), as "told X that" does: the TELL group of the 'V n that' pattern
#: (Francis, Hunston & Manning 1996, COBUILD Grammar Patterns 1: Verbs; Quirk et al. 1985, 16.63-16.64 on
#: ditransitive complementation with a that-clause), with which UN reports summarise what a State told the mandate
#: holder. Alone they are no reporting verbs ("informed consent", "informed the Special Rapporteur of its
#: programme", "assured the delegation of its cooperation")
TELL_THAT_VERBS = frozenset({"told", "tells", "informed", "informs", "assured", "assures"})
# Factive verbs ("note", "point out", "explain", "acknowledge", "admit", "concede", "confirm") are not
# reporting verbs here: they presuppose the truth of their complement (Kiparsky & Kiparsky 1970), so a writer
# who puts "critics note that the system enables repression" commits to it. They still attribute direct
# speech (CUE_VERBS).
#: subjects that make a reporting clause the speaker's own view ("We say ...", "I believe that ..."): the
#: speaker reporting their own view still holds it (Thompson 1994, ch. 2: self-attribution)
FIRST_PERSON = frozenset({"i", "we"})


#: words that may stand between a subject and its reporting verb without being the subject: modal and
#: catenative verbs with their "to" ("I would like to say that", "we wish to stress that", "I must say",
#: "we want to emphasise that"; Quirk et al. 1985, ch. 3 and 16 on modal and catenative verbs) and the adverbs that
#: go with them ("I would also like to stress that", "we must once again state that")
_BEFORE_VERB = frozenset({
    "would", "should", "could", "can", "must", "may", "might", "shall", "will", "like", "to", "wish", "wishes",
    "want", "wants", "have", "has", "need", "hope", "also", "again", "once", "further", "hereby", "therefore",
    "now", "only", "just", "firmly", "strongly", "too", "do", "does", "did",
    # adverbs of frequency and time in the medial position between the auxiliary and the verb ("The Court has
    # consistently held that", "we have repeatedly stated that"; Quirk et al. 1985, 8.89-8.91), the formula with
    # which a court restates its case-law
    "consistently", "repeatedly", "always", "previously", "already", "often", "frequently", "constantly",
})
#: the first-person imperative "let me / let us" ("Let me say that ...", "let us stress that"; Quirk et al.
#: 1985, ch. 11 on the first-person imperative): the speaker's own statement
_LET_FIRST = frozenset({"me", "us"})
#: the bodies a speaker speaks for, after "my" or "our": "My Government believes that ...", "my delegation
#: considers that ...", "the Government of my country is convinced that ...", "our company believes that ...". The
#: idiom of statements made on behalf of an institution (the delegate's "my delegation" is the diplomatic "we";
#: a press release's "our company" is its author): the institution's view is the speaker's own, as "we" is
#: (Thompson 1994, ch. 2 on self-attribution). Not people the speaker only relates to ("my father said that",
#: "our critics claim that"), who are others.
_OWN_BODIES = frozenset({
    "government", "governments", "delegation", "delegations", "country", "nation", "state", "administration",
    "people", "ministry", "party", "company", "organisation", "organization", "firm", "team", "side",
})


#: the texts that name themselves as the subject of their own claims ("This article argues that ...", "The present
#: study contends that ...", "This report further argues that ..."): see :func:`first_person_subject`
_OWN_TEXTS = frozenset({
    "article", "paper", "study", "report", "chapter", "essay", "briefing", "brief", "book", "thesis",
    "dissertation", "submission", "review", "analysis",
})


#: the writer's own inquiry named with "our" or "my" ("Our research found that ...", "our investigation concluded that
#: ..."), besides the texts of :data:`_OWN_TEXTS` ("Our new report finds that ..."): the possessive makes it the writer's
#: self-mention as "we" is (Hyland 2001 on self-mention; Thompson 1994, ch. 2), not another's finding reported
_OWN_INQUIRIES = frozenset({"research", "investigation", "investigations", "survey", "findings", "inquiry", "audit",
                            "monitoring", "reports", "studies", "analyses", "fieldwork", "evaluation", "assessment"})


#: forms of "be" before a past participle: the passive ("we are told that", "I was assured that")
_BE_FORMS = frozenset({"am", "are", "is", "was", "were", "be", "been", "being", "m", "re"})
#: the participles of verbs of telling, whose passive subject is the hearer ("we are told", "I was assured")
_TELLING_PARTICIPLES = frozenset({"told", "assured", "promised", "informed", "reassured", "advised", "warned"})


def first_person_subject(words_before: Sequence[str], verb: str = "") -> bool:
    """Is a reporting verb's subject first person: "I" or "we" among the three words before the verb?

    Not where ``verb`` (the reporting verb, given by the caller when a "that"-clause follows it) is the participle
    of a verb of telling (:data:`_TELLING_PARTICIPLES`) after a form of "be", its passive ("We are told that
    ...", "I was told that ...", "we have been told that ..."): its
    subject is the hearer, promoted from indirect object (Quirk et al. 1985, 3.65-3.70), and the words are
    someone else's, reported to the writer. Without "that" ("I am told the time will come", "..., I am told.")
    it is a comment clause, a hedge on the writer's own assertion (Quirk et al. 1985, 15.54), and stays the
    writer's.

    Modal and catenative verbs with their adverbs right before the verb (:data:`_BEFORE_VERB`: "I would like
    to say that", "we wish to stress that") are passed over first, and "let me" / "let us" counts as first
    person, as does "my" or "our" before a body the speaker speaks for (:data:`_OWN_BODIES`: "my delegation
    believes that"): a speaker who says "I would like to say that ..." states their own view (Thompson 1994, ch. 2 on
    self-attribution), a frequent opening of statements in debates and speeches.

    So does the text itself named with "this" or "the present" (:data:`_OWN_TEXTS`: "This article argues that
    ...", "This study contends that ...", "The present report argues that ..."): academic writers and the authors
    of reports state their own thesis through the text, the inanimate self-mention that stands in for "we"
    (Hyland 2001, "Humble servants of the discipline? Self-mention in research articles", English for Specific
    Purposes 20, on "this paper argues"; Swales & Feak 2004 on the abstract's statement of purpose), and so does
    the writer's own text or inquiry with "our" or "my" ("Our new report finds that ...", "our research found
    that ...", :data:`_OWN_INQUIRIES`), or with "this" ("This investigation found that ...": an investigative report
    names its own inquiry so, as "this study" names a paper's). Another text ("the report argues", "their study contends") is still someone
    else's.
    """
    words = [w.lower() for w in words_before]
    if verb and words and words[-1] in _BE_FORMS and verb.lower() in _TELLING_PARTICIPLES:
        return False
    while words and words[-1] in _BEFORE_VERB:
        words.pop()
    last = words[-3:]
    if any(w in FIRST_PERSON for w in last):
        return True
    if len(last) >= 2 and (last[-1] in _OWN_TEXTS or last[-1] in _OWN_INQUIRIES) and (
            last[-2] == "this" or last[-3:-1] == ["the", "present"]):
        return True  # "This article argues that", "the present study contends that", "This investigation found
        # that": the text's own thesis, its inquiry named as the text is (an investigation's own findings)
    if len(last) >= 2 and (last[-1] in _OWN_TEXTS or last[-1] in _OWN_INQUIRIES) and any(
            w in ("our", "my") for w in last[:-1]):
        return True  # "Our new report finds that", "our research found that": the writer's own work, as "we found" is
    if any(w in ("my", "our") and nxt in _OWN_BODIES for w, nxt in zip(last, last[1:], strict=False)):
        return True  # "my delegation believes that", "the Government of my country considers that"
    return len(words) >= 2 and words[-1] in _LET_FIRST and words[-2] == "let"


#: words of a name as :func:`own_name_subject` compares them: runs of letters, case kept ("France's" -> France, s)
_NAME_WORD = re.compile(r"[^\W\d_]+")
#: runs of letters and single marks of punctuation (apostrophes left out: "France's" -> France, s)
_NAME_PART = re.compile(r"[^\W\d_]+|[^\w\s'’]")
#: marks that end a phrase before the verb: the words before them are no subject next to it
_CLOSING_PUNCT = frozenset(",;:()[]—–-")
#: a leading article left out of a name ("The Bahamas" and "the Bahamas" are both Bahamas)
_ARTICLES = frozenset({"the", "The", "THE"})


def own_names(names: Sequence[object]) -> tuple[tuple[str, ...], ...]:
    """The document's own names (its ``source``, ``outlet``) as word tuples for :func:`own_name_subject`.

    Words are runs of letters with their case kept; a leading article is dropped; values that are not
    strings or have no letters (a missing source, a number) give nothing; duplicates are dropped.
    """
    out: list[tuple[str, ...]] = []
    for name in names:
        if not isinstance(name, str):
            continue
        words = _NAME_WORD.findall(name)
        while words and words[0] in _ARTICLES:
            words = words[1:]
        if words and words[0][0].isupper() and tuple(words) not in out:
            out.append(tuple(words))
    return tuple(out)


def _name_head(name: tuple[str, ...]) -> str:
    """The head noun of a name of two words or more: the last word before its first word in lower case ("Court" of
    European Court of Human Rights, "Committee" of Committee on Home Affairs), else its last word ("Committee" of
    Home Affairs Committee)."""
    for i, w in enumerate(name):
        if w[:1].islower():
            return name[i - 1] if i > 0 else name[-1]
    return name[-1]


def _name_premodified(name: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name up to its head noun (:func:`_name_head`): the head with its premodifiers, without the
    postmodifier that follows ("United Nations High Commissioner" of United Nations High Commissioner for Human
    Rights, "Special Rapporteur" of Special Rapporteur on the right to privacy)."""
    for i, w in enumerate(name):
        if w[:1].islower():
            return name[:i] if i > 0 else name
    return name


#: how far into a text its title page reaches: the masthead, the document symbol, the session and agenda lines and
#: the title of a UN report take a few hundred characters (UN Editorial Manual, "Mastheads and cover pages")
TITLE_REACH = 2000
#: the title line of a report that names its author ("Report of the Special Rapporteur on the right to privacy",
#: "Report of the United Nations High Commissioner for Human Rights", "Report of the Secretary-General", "Annual
#: report of the Working Group on Arbitrary Detention"), a line of its own without a sentence end; the mandate
#: holder's personal name after a comma ("..., Ana Brian Nougrères") is left out
_REPORT_TITLE = re.compile(
    r"^[ \t]*(?:(?:Annual|Interim|Thematic|Final|Preliminary|Joint)[ \t]+)?[Rr]eport[ \t]+of[ \t]+the[ \t]+"
    r"(?P<name>[A-Z][^\n,.;:()]*?)[ \t]*(?:,[^\n]*)?$", re.M)


#: the masthead line of a treaty body's concluding observations that names the committee ("Human Rights Committee",
#: "Committee against Torture", "Committee on Economic, Social and Cultural Rights"), a line of its own
_COMMITTEE_LINE = re.compile(
    r"^[ \t]*(?P<name>(?:[A-Z][\w’'\-]*[ \t]+){0,4}Committee(?:[ \t]+(?:on|against|for)[ \t]+[^\n.;:]*)?)[ \t]*$", re.M)
#: the title line of a text a body adopted ("Views adopted by the Committee under article 5 (4) of the Optional
#: Protocol, concerning communication No. 2345/2014", "General comment No. 37 adopted by the Human Rights Committee")
_ADOPTED_BY = re.compile(r"^[^\n]{0,80}?\badopted[ \t]+by[ \t]+the[ \t]+(?P<name>[A-Z][^\n,.;:()]*?)"
                         r"(?:[ \t]+(?:under|at|on|in|during)\b[^\n]*|,[^\n]*)?[ \t]*$", re.M)


def report_authors(text: str) -> list[str]:
    """The authors that the title lines of a report name in its first :data:`TITLE_REACH` characters ("Report of
    the United Nations High Commissioner for Human Rights" gives that name), as further own names of the document
    for :func:`own_name_subject`.

    A UN report names its author on its title page (UN Editorial Manual, "Mastheads and cover pages"; "Writing for
    the United Nations": "Report of the Secretary-General") and then speaks of that author in the third person,
    "The High Commissioner believes that ...", "The Special Rapporteur recommends ...": the writer's self-reference
    (Thompson 1994, ch. 2 on self-attribution; the name taken up by its head noun, Halliday & Hasan 1976, 6.1), the
    report's own voice, not a speaker it reports. Without this, the mandate holder's own conclusions were reported
    speech of "The High Commissioner" and fell out of the author's frame counts. A text without such a title line (a
    news story on the report) keeps the mandate holder as a voice it reports.

    A treaty body's concluding observations name their author in the masthead line above the title ("Human Rights
    Committee" / "Concluding observations on the fourth periodic report of Kenya"), and a text a body adopted names it
    in its title ("Views adopted by the Committee under article 5 (4) ..."): "The Committee believes that ..." there
    is the committee's own view, as in its reports."""
    head = text[:TITLE_REACH]
    out: list[str] = []
    if "eport of the" in head:
        out += [m.group("name") for m in _REPORT_TITLE.finditer(head) if _title_paragraph(head, m)]
    if "oncluding observations" in head:
        out += [m.group("name") for m in _COMMITTEE_LINE.finditer(head[:head.find("oncluding observations")])
                if _title_paragraph(head, m)]
    if "adopted by the" in head:
        out += [m.group("name") for m in _ADOPTED_BY.finditer(head) if _title_paragraph(head, m)]
    return out


def _title_paragraph(text: str, m: re.Match) -> bool:
    """Is the line of ``m`` a paragraph of its own (blank lines or the text's start and end around it), as a title
    page sets its lines? A line of hard-wrapped prose that opens with "report of the" ("... we have read the" /
    "report of the United Nations immediately ...", in UN speeches) is none."""
    before = text[:m.start()].rstrip(" \t")
    after = text[m.end():].lstrip(" \t")
    return (not before.strip() or before.endswith("\n\n") or bool(re.search(r"\n[ \t]*\n$", before))) and (
        not after.strip() or bool(re.match(r"\n[ \t]*\n", after)))


def own_name_subject(words_before: Sequence[str], names: tuple[tuple[str, ...], ...]) -> bool:
    """Is a reporting verb's subject the document's own source, named in the third person?

    Institutions speak of themselves by name: a delegate says "France believes that ..." in France's
    statement, a press release says "Acme believes that ..." on Acme's page, a rights group's report says
    "Amnesty International considers that ...". That is self-reference, the speaker's own view, as "we"
    and "my delegation" are (:func:`first_person_subject`; Thompson 1994, ch. 2 on self-attribution), not
    another voice. ``names`` are the document's own names (:func:`own_names` of its ``source`` and
    ``outlet``); ``words_before`` the text before the verb (any words; compared as runs of letters with
    their case, so a name must be written as the source writes it: "Acme", not "acme"). After the modal and
    catenative words before the verb are passed over (:data:`_BEFORE_VERB`), the subject is the document's
    own when the words end with one of its names ("France believes", "the Bahamas believes", "the Government
    of Bulgaria believes": a name after "of" counts only after a body the source speaks through,
    :data:`_OWN_BODIES`, so "the critics of France claim" is not France), or with such a body after the name
    ("France's Government believes", "the Acme team says").

    A body named by a name of two words or more also speaks of itself by the name's head noun after "the" (the short
    form a judgment or a report defines in its opening lines, "the European Court of Human Rights ('the Court')", and
    uses from then on): "The Court considers that ..." in a judgment whose source is the European Court of Human
    Rights, "The Committee believes that ..." in the Home Affairs Committee's report (:func:`_name_head`; the head of
    the noun phrase, Quirk et al. 1985, 17.2; reference by the same head noun, Halliday & Hasan 1976, 6.1), not
    after "of" ("the critics of the Court"); so does it by the head with the premodifiers the name gives it, without
    the postmodifier (:func:`_name_premodified`): "The High Commissioner believes that ..." in a report of the United
    Nations High Commissioner for Human Rights, "The Special Rapporteur considers that ..." in the Special Rapporteur
    on the right to privacy's (the same referent by a shorter definite description, Halliday & Hasan 1976, 2.4 and 6.1),
    but not with a premodifier of its own ("The former Special Rapporteur argued that": a predecessor, another voice).
    """
    if not names:
        return False
    parts = _NAME_PART.findall(" ".join(words_before))
    while parts and parts[-1].lower() in _BEFORE_VERB:
        parts.pop()
    if parts and parts[-1] in _CLOSING_PUNCT:
        return False  # "The people, at a summit in Cochabamba, Bolivia, said that": an apposition, not the subject
    words = [w for w in parts if w[0].isalpha()]
    inquiry = next((i for i in range(len(words) - 1, max(-1, len(words) - 7), -1)
                    if words[i].lower() in _OWN_TEXTS or words[i].lower() in _OWN_INQUIRIES), None)
    if inquiry is not None and inquiry > 0 and (inquiry == len(words) - 1 or words[inquiry + 1] == "of"):
        # "The Intercept's analysis found that", "a Reuters review of the contracts found that" in the outlet's own
        # story: a newsroom names its own investigation by its name, the third-person form of "our analysis found"
        # (self-mention, Hyland 2001; Thompson 1994, ch. 2), which is the writer's own finding, not another voice; the
        # of-phrase after the noun is its object
        words = words[:inquiry + 1]
        words[-1] = "team"  # (read as a body the source speaks through, as "the Acme team says")
    if words and words[-1].lower() in _OWN_BODIES:  # "France's Government", "Acme team"
        words.pop()
        if words and words[-1] == "s":
            words.pop()
        body = True
    else:
        body = False
    if _ends_with_own_name(words, names, body):
        return True
    if not body and "and" in words[:-1]:
        # "An investigation by the Guardian and Amnesty International found that" in the Guardian's story: a subject
        # of names coordinated with "and" that holds the document's own is a joint claim the writer makes with the
        # others, the "we" of "the Guardian and I" (Quirk et al. 1985, ch. 10 on concord of person: a coordination that
        # includes the first person is first person plural), not another voice reporting it
        k = len(words) - 1 - words[::-1].index("and")
        if all(w[:1].isupper() or w in ("of", "for", "the") for w in words[k + 1:]) and words[k + 1][:1].isupper() \
                and _ends_with_own_name(words[:k], names, False):
            return True
    return False


def _ends_with_own_name(words: list[str], names: tuple[tuple[str, ...], ...], body: bool) -> bool:
    """Do ``words`` end with one of the document's own ``names`` (:func:`own_name_subject`; ``body``: a body the source
    speaks through came after the name and was taken off)?"""
    for name in names:
        n = len(name)
        if n >= 2 and not body:
            pre = _name_premodified(name)
            for k in range(1, len(pre) + 1):
                if (len(words) > k and words[-k - 1] in _ARTICLES and tuple(words[-k:]) == pre[-k:]
                        and not (len(words) > k + 1 and words[-k - 2].lower() == "of")):
                    return True  # "The Court considers that" in the European Court of Human Rights' judgment
        if len(words) < n or tuple(words[-n:]) != name:
            continue
        m = n + 1 if len(words) > n and words[-n - 1] in _ARTICLES else n  # (the name's article: "of the Guardian")
        if not body and len(words) > m and words[-m - 1].lower() == "of" and \
                not (len(words) > m + 1 and words[-m - 2].lower() in _OWN_BODIES):
            continue  # "the critics of France claim that", "critics of the Guardian": others speaking of the source
        return True
    return False


def _first_person_before(text: str, lo: int, hi: int, verb: str = "") -> bool:
    """``first_person_subject(_ALPHA.findall(text[lo:hi].lower()))``, read from a window at the end: the answer
    depends only on the words left after the modal and catenative words at the end are passed over, the last
    three of them (and 'let me' / 'let us' among the last two), so once a window holds three such words after
    its first word (which the window's start may cut), the words before it change nothing. The window grows
    until it does or reaches ``lo``. Lower-casing maps each character to the same letters a-z wherever the
    string is cut (only the final sigma looks at its neighbours, and it lower-cases to no letter a-z), so the
    window's words are the whole text's last words (tests/test_quotes_fast.py compares both)."""
    w0 = max(lo, hi - 64)
    while True:
        words = _ALPHA.findall(text[w0:hi].lower())
        if w0 == lo:
            return first_person_subject(words, verb)
        del words[0:1]  # (possibly cut at w0)
        j = len(words)
        while j > 0 and words[j - 1] in _BEFORE_VERB:
            j -= 1
        if j >= 3:
            return first_person_subject(words, verb)
        w0 = max(lo, w0 - 256)


#: the first words of the complement of "according to" in its sense of conformity ("in a way that agrees
#: with or depends on"): "according to the area it serves", "according to international law", "according to
#: the principles of the Charter", "according to plan", "according to need" (Quirk et al. 1985, ch. 9 on
#: complex prepositions; the Oxford English Dictionary's two senses of "according to": *as stated by* and
#: *in a manner corresponding to*). A standard, a rule, a plan or a measure is no source, so the sentence is
#: not attributed to it; sources (a person, an organisation, a report, figures) keep their reading.
CONFORMITY_NOUNS = frozenset({
    "area", "areas", "region", "regions", "size", "sizes", "type", "types", "kind", "age", "ages", "degree",
    "level", "levels", "nature", "need", "needs", "means", "ability", "abilities", "capacity", "capacities",
    "merit", "merits", "circumstances", "conditions", "plan", "plans", "schedule", "law", "laws", "rule",
    "rules", "principle", "principles", "provision", "provisions", "norm", "norms", "standard", "standards",
    "criterion", "criteria", "terms", "procedure", "procedures", "requirements", "custom", "customs",
    "tradition", "traditions", "wishes", "will", "priorities", "formula", "pattern", "taste", "tastes",
    "season", "seasons", "order", "rank", "weight", "number", "amount", "extent", "situation", "context",
    "charter", "constitution", "spirit", "letter", "capability", "capabilities", "resources",
})
#: verbs of variation, adjustment and arrangement right before "according to": "assessments vary according to the
#: political predispositions of States", "fees are adjusted according to income", "act according to their
#: conscience". Such a verb takes "according to" as its adjunct of manner, in the sense of conformity ("in a
#: manner corresponding to", the Oxford English Dictionary's second sense; Quirk et al. 1985, 8.79 on adjuncts of
#: manner and 9.10 on complex prepositions): the clause states how something varies, it attributes nothing to the
#: complement, whatever the complement is (a user's audit of UN speeches: the "human rights" of such a sentence
#: was taken for reported speech). Attribution stands apart from the verb, at the clause's start or after a comma
#: ("According to the report, ...", "..., according to the report.")
CONFORMITY_VERBS = frozenset({
    "vary", "varies", "varied", "varying", "differ", "differs", "differed", "differing", "change", "changes",
    "changed", "changing", "adjust", "adjusts", "adjusted", "adjusting", "adapt", "adapts", "adapted", "adapting",
    "tailor", "tailored", "range", "ranges", "ranged", "ranging", "grade", "graded", "classify", "classified",
    "sort", "sorted", "rank", "ranked", "arrange", "arranged", "organise", "organised", "organize", "organized",
    "distribute", "distributed", "allocate", "allocated", "divide", "divided", "group", "grouped", "categorise",
    "categorised", "categorize", "categorized", "scale", "scaled", "price", "priced", "weight", "weighted",
    "act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving", "proceed", "proceeds",
    "proceeded", "proceeding", "conduct", "conducted", "respond", "responds", "responded", "accordingly",
})
#: the perfect participle of the discourse marker "having said that," (also "having stated that,"): a conjunct of
#: concession whose "that" refers back to the speaker's own words, not a report of anyone's (Quirk et al. 1985,
#: 8.137 on conjuncts, 15.58 on participle clauses; it has no subject of its own). Only with "that" and a comma:
#: "being told that no tax increase would be possible" and "having told reporters that ..." still report
PARTICIPLES = frozenset({"having"})
#: words passed over before that noun ("according to the relevant provisions", "according to its own needs")
_CONFORMITY_SKIP = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "one's", "each", "every", "own", "relevant",
    "international", "existing", "established", "specific", "particular", "local", "national", "different",
    "individual", "respective", "same", "general", "basic", "fundamental", "agreed", "applicable", "available",
})


def according_to_source(complement: Sequence[str]) -> bool:
    """Is "according to" followed by a source (``complement``: its next words, lower case), rather than by a
    standard of conformity (:data:`CONFORMITY_NOUNS`: "according to the area it serves", "according to
    international law")? Only a source attributes the sentence to someone."""
    for w in complement[:6]:
        w = w.lower()
        if w in _CONFORMITY_SKIP:
            continue
        return w not in CONFORMITY_NOUNS
    return True


_RCUE_VERBS = sorted(REPORTING_VERBS | THAT_REPORTING_VERBS, key=lambda w: (-len(w), w))
# the words a reporting cue opens with, the words of the gates below: the reporting verbs and the verbs of telling
# (which report only as "informed X that": _RCUE)
_RCUE_WORDS = sorted(set(_RCUE_VERBS) | TELL_THAT_VERBS, key=lambda w: (-len(w), w))
_RCUE = (r"(?:(?:" + "|".join(sorted(TELL_THAT_VERBS)) + r")\s+(?:[\w’'\-]+\s+){1,4}?that|"
         r"told\s+(?:reporters|journalists|the\s+press|newsmen|delegates|the\s+committee|the\s+court|the\s+jury|"
         r"the\s+audience|the\s+hearing|members|investors|analysts)|"
         + "|".join(_RCUE_VERBS) + r")")
_RCUE_FIRST = frozenset(_RCUE_WORDS) | {"according"}
# finds a word of _RCUE_FIRST as a whole run of a-z letters in a lower-cased string: where
# ``not _RCUE_FIRST.isdisjoint(_ALPHA.findall(s))`` (see _quote_cues._WordSet, in C where the kernel is built)
_RCUE_FIRST_SET = _WordSet(_RCUE_FIRST)
_TIME = (r"(?:\s+(?:on|in|at|last|this|earlier|later|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|"
         r"Friday|Saturday|Sunday)\b[^,.;:“”\"]{0,30}?)?")
# the "that" of a clause: not right after a preposition of _TIME, where it is the demonstrative of the adjunct's noun
# phrase ("the resolutions submitted in that connexion by the Council", "reported at that meeting"): a preposition
# takes a noun phrase, not a that-clause (Quirk et al. 1985, 9.1-9.4), so "in that" there opens no report
_THAT = r"(?P<that>(?<!\bon)(?<!\bin)(?<!\bat)\s+that)?"
_R_FWD = _rx(rf"(?<![\w’'])(?P<spk>{_NP})(?:,\s+[^,“”\"]{{1,100}},)?(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_RCUE})"
                    rf"(?![\w’'\-]){_TIME}{_THAT}\s+(?P<rest>[^\s“”\"‘’',;:])")
# what every match of _R_FWD holds from the white space before its cue on: a sentence without it has no
# match of _R_FWD (one fast search instead of trying a noun phrase at every word; 'Member States' fails it)
_R_FWD_TAIL = _rx(rf"\s(?:{_RCUE})(?![\w’'\-]){_TIME}(?:\s+that)?\s+[^\s“”\"‘’',;:]")
_R_ACC_FWD = _rx(r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to)\s+(?P<spk>[^,;:“”\"]{1,80}?),\s+(?P<rest>\S)")
# (with an apposition after the subject, as _R_FWD has: "..., Jane Roe, director of programs, told members of the
# council on Monday.")
_R_BACK = _rx(rf",\s+(?P<spk>{_NP})(?:,\s+[^,“”\"]{{1,100}},)?(?:\s+{_ADV}){{0,2}}\s+(?P<cue>told\s+[\w\s]{{1,30}}?|"
                     + "|".join(_RCUE_VERBS) + rf"){_TIME}\s*[.!?]?\s*$")
# the verbs of a final reporting clause with inversion (", said Ann Roe."), shared by the pattern and its gate
_R_INV_VERBS = "said|says|added|adds|argued|warned|declared|claimed|insisted|stressed"
# (its apposition may hold the full stop of an abbreviation, which a sentence holds since _joined: ", said C. Virgil
# Martin, president of Carson Pirie Scott & Co., committee chairman."; a full stop before the end is always one)
_R_BACK_INV = _rx(rf",\s+(?P<cue>{_R_INV_VERBS})\s+"
                         rf"(?P<spk>{_NP_AFTER_CUE})(?:,(?:[^.;“”\"]|\.(?!\s*$)){{0,100}})?{_TIME}\s*[.!?]?\s*$")
_R_INV_GATE = _rx(rf",\s+(?:{_R_INV_VERBS})\s")  # a necessary condition of _R_BACK_INV, cheap
_R_ACC_BACK = _rx(r",\s+(?P<cue>according\s+to)\s+(?P<spk>[^,;:“”\"]{1,80}?)\s*[.!?]?\s*$")
#: the characters of a sentence read for a reported clause: no reported clause is longer. In punctuated prose a
#: sentence is rarely longer (about 100 words); in a transcript a recogniser wrote without full stops the whole text
#: is one "sentence", and a reporting verb would otherwise report everything after it (discourse.stance bounds the
#: complement of a reporting verb by the same reach, so the voice of a token and the use of a hit agree)
REPORT_REACH = 600
_R_MAX = REPORT_REACH  # characters of a sentence looked at
# matches where a string has at least four words as str.split() gives them (maximal runs of characters that are
# no white space; re's \s and str.split's white space are the same characters, Py_UNICODE_ISSPACE), reading only
# the first four instead of splitting the whole sentence (tests/test_quotes_fast.py compares both)
_FOUR_WORDS = _rx(r"\s*\S+\s+\S+\s+\S+\s+\S")


# Fast necessary conditions for the patterns above (tests/test_quotes_fast.py checks them against the plain
# path). _R_FWD, _R_BACK and _R_BACK_INV need white space and then a reporting verb ending its word, the
# 'according' patterns need '[Aa]ccording': one search per document finds the places, and only the sentences
# that hold one are looked at (within a sentence of at most _R_MAX characters the verb's end is seen as the
# patterns see it; longer sentences are cut, and looked at as before)
_R_GATE = _rx(r"\s" + _trie(_RCUE_WORDS) + r"(?![\w’'\-])")
_WORDISH = _rx(r"[\w’'\-]")
if KERNEL is not None:
    KERNEL.set_verbs(_RCUE_WORDS)


def _gate_spans(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``_R_GATE.finditer(text, pos, end)``: the compiled scan where it is built
    (:mod:`discourse._quote_kernel`; the same spans), else the pattern."""
    if KERNEL is not None:
        return KERNEL.gates(text, pos, end)
    return [m.span() for m in _R_GATE.finditer(text, pos, end)]


def _reported_places(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, sorted, where _R_GATE matches (as within each unit) or '[Aa]ccording' stands (in one C call where
    the kernel is built, ``reported_places``: the same steps; tests/test_kernel_quotes.py compares both)."""
    if KERNEL is not None:
        return KERNEL.reported_places(text, units)
    places = _gate_spans(text, 0, len(text))
    for us, ue in units:  # a unit that ends inside a word: its last verb's end as the unit sees it
        if ue < len(text) and _WORDISH.match(text, ue) and ue > us:
            places.extend(_gate_spans(text, max(us, ue - 40), ue))
    k = text.find("ccording", 1)
    while k > 0:
        if text[k - 1] in "Aa":
            places.append((k - 1, k + 8))
        k = text.find("ccording", k + 8)
    return sorted(set(places))
# what follows the cue of an _R_FWD match, from the cue on: at a given cue position its groups are those of
# any _R_FWD match whose cue starts there, so the tests on them that need no subject can be made first
_R_FWD_CONT = _rx(rf"(?P<cue>{_RCUE})(?![\w’'\-]){_TIME}{_THAT}\s+(?P<rest>[^\s“”\"‘’',;:])")


def _fwd_matches(sent: str, gates: list[tuple[int, int]]):
    r"""The matches of ``_R_FWD.finditer(sent)``, in order, found by trying the pattern only where a match can
    start: the subject pattern is slow to fail at every word of a sentence, and most words of a sentence with a
    reporting verb are too far from the verb (past a comma or other punctuation), after it, or no opening of a
    noun phrase. ``gates``: the places of _R_GATE in ``sent``. Its subject (_NP, followed by white space or a
    comma) holds only word characters, white space, - ’ ' . and a comma before Jr/Sr/Jnr/Snr up to its cue, a
    reporting verb after white space that ends its word (a place of _R_GATE), or up to the comma before an
    apposition (,\s+[^,“”\"]{1,100},) closed before the cue: so the starts are those of
    :func:`discourse._quote_cues._np_matches` with the white space before each cue as its anchor and the
    apposition allowed, from where the subject can reach a cue (``reach``: _quote_cues._np_reaches; the
    pattern has its form); tests/test_quotes_fast.py compares with finditer."""
    return _np_matches(_R_FWD, sent, [g for g, _ in gates], appos=True, reach=True)


# _R_BACK's cue is a place of _R_GATE in the sentence (white space, a reporting verb, then white space, one of
# .!? or the end: what its time phrase and end allow), no comma follows it, and after it come at most 70
# characters other than white space ('told' and up to 30 of [\w\s], a time word of up to 9 letters and 30
# characters, a final mark): _back_may_match tests that of the sentence's last place, with room to spare
_R_BACK_TAIL = 100


def _back_may_match(sent: str, gates: list[tuple[int, int]]) -> bool:
    """Can _R_BACK match in ``sent`` (``gates``: the places of _R_GATE in it)? False only where it cannot: no
    place, no comma before the last place, a comma after it, or more than _R_BACK_TAIL characters other than
    white space after it (tests/test_quotes_fast.py compares it with the search)."""
    if not gates:
        return False
    g, e = gates[-1]
    if sent.find(",", 0, g) < 0 or sent.find(",", g) >= 0:
        return False
    return len(sent) - e <= _R_BACK_TAIL or len("".join(sent[e:].split())) <= _R_BACK_TAIL


# the pieces of the sentences that _reported reads, cut at every terminal mark (in C where the kernel is built); the
# pieces across a full stop that ends no sentence ("Mr.", "4.4", "Co. Ltd.") are joined again by _joined
_SENTENCE_PIECE = _rx(r"[^.!?…]+(?:[.!?…]+[\"”’')\]]*)?")


def _sentence_spans(text: str, pos: int, end: int, longer_than: int = 0) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_PIECE.finditer(text, pos, end)`` longer than ``longer_than`` characters: the
    compiled scan where it is built (the same spans), else the pattern."""
    if KERNEL is not None:
        return KERNEL.sentences(text, pos, end, longer_than)
    return [(s, e) for s, e in (m.span() for m in _SENTENCE_PIECE.finditer(text, pos, end)) if e - s > longer_than]


# --------------------------------------------------------------------------------------------- sentence ends
# _SENTENCE_PIECE (and the kernel's scan of it) cuts at every terminal mark; a full stop that ends no sentence joins
# the pieces on either side of it again (:func:`_joined`), so a reported clause is not cut at "Mr." or "4.4".
#: abbreviations whose full stop always goes on with the sentence: the titles and the places' "Mt." and "Ft." that
#: stand before a name (_quote_cues._ABBREV, the project's sentence boundary :data:`_quote_cues._SENT_BOUNDARY`)
_TITLE_STOPS = frozenset(_ABBREV)
#: the full stops of abbreviations that may also end a sentence: the designators that end a name ("Acme Inc.",
#: "Huawei Technologies Co. Ltd.", "John Smith Jr."; _speaker_names._RUN_TITLES past the titles) and Punkt's
#: abbreviations of :data:`discourse.segment.ABBREVIATIONS` ("etc.", "a.m.", "Jan."), lower case, dotted ones
#: with their inner stops ("u.s"), and a citation's locators before their number ("Art. 8", "para. 12":
#: :data:`discourse.segment.LOCATOR_ABBREVIATIONS`, which end no sentence there)
_NAME_END_STOPS = frozenset(a for a in _RUN_TITLES if a not in _TITLE_STOPS)
_OPEN_STOPS = frozenset(a.lower() for a in _NAME_END_STOPS) | ABBREVIATIONS | LOCATOR_ABBREVIATIONS
#: what may open the next sentence: a capital or an opening mark (as _quote_cues._SENT_BOUNDARY's look-ahead)
_OPENERS = "\"“‘'(["


def _stops_go_on(text: str, m: re.Match, end: int, lead: int | None) -> bool:
    """Does every full stop inside the source of an "according to" match (group ``spk``) end no sentence
    (:func:`_stop_goes_on`)? The source of "According to U.S. officials, ...", "..., according to Dr. Jane Roe." or
    "According to Acme Inc., ..." holds such stops; the patterns allow a full stop there, and this test keeps out a
    stop that ends a sentence (the patterns had refused every full stop, so such sources reported nothing).

    With ``lead`` (the forward pattern: the offset where the sentence's words begin), a source with such a stop
    must open the sentence: a medial "..., according to Capt. Elmer Hagner, chief of detectives." is an adjunct
    inside the clause it reports, and the forward reading would take the apposition after it for the report."""
    a, b = m.span("spk")
    i = text.find(".", a, b)
    if i >= 0 and lead is not None and m.start() != lead:
        return False
    while i >= 0:
        if not _stop_goes_on(text, i + 1, end):
            return False
        i = text.find(".", i + 1, b)
    return True


def _stop_goes_on(text: str, i: int, end: int) -> bool:
    """Does the piece of :data:`_SENTENCE_PIECE` that ends at ``i`` (before ``end``, the unit's end) end at a full
    stop that ends no sentence, so the sentence goes on in the next piece?

    The piece must end in one full stop after a letter or a digit (no other mark, no closing mark). Then the
    stop ends no sentence where

    - a letter or a digit follows it at once: a decimal ("4.4 million"), a dotted abbreviation ("U.S", "e.g"); not a
      note reference after a sentence end ("public safety.12 The ...": :func:`discourse.segment.note_reference_after`);
      Punkt takes a full stop for a candidate sentence end only before white space or punctuation (nltk's
      ``period_context_re``, :mod:`discourse.segment`);
    - it closes an abbreviated title or a place's "Mt." ("Mr. Smith", "Gov. Ruiz": :data:`_TITLE_STOPS`) or a single
      capital, an initial ("C. Virgil Martin", the "S." of "U.S."): these stand before a name, and the project's
      sentence boundary (:data:`discourse._quote_cues._SENT_BOUNDARY`) and Punkt's initials rule take no sentence
      end there;
    - it closes an abbreviation that may also end a sentence (:data:`_OPEN_STOPS`: "Acme Inc.", "Jr.", "etc.",
      "a.m."), and what follows is no opening of a sentence: no capital or opening mark after white space (as
      :data:`_SENT_BOUNDARY` requires: "Acme Inc. cuts crime", "Acme Inc., the maker"), or the next word is another
      designator ("Huawei Technologies Co. Ltd.", "Pty. Ltd."). "Acme Corp. The company said" ends at the stop.

    A handful of character tests at each piece end (this runs on every sentence read), with no second list of
    abbreviations: the project's own (_quote_cues, _speaker_names, segment)."""
    if i < end and i >= 1 and text[i - 1] in ".\u2026":
        # ellipsis points: an omission goes on with its sentence, as discourse.segment.sentences reads them (Chicago
        # Manual 13.51; four points before a capital end it, 13.53); the clause had stopped at the first point
        ends = ellipsis_ends_sentence(text, i, end)
        if ends is not None:
            return not ends
    if i >= end or i < 2 or text[i - 1] != "." or not text[i - 2].isalnum():
        return False
    nxt = text[i]
    if nxt.isdigit() and note_reference_after(text, i) >= 0:
        return False  # "... public safety.12 The Special Rapporteur": a note reference after the sentence's end
    if nxt.isalnum():
        return True
    j = i - 1  # the letters before the stop, with the inner stops of a dotted abbreviation ("U.S", "a.m")
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i - 1]
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        return False  # (a word of letters and digits: "A4.")
    if word in _TITLE_STOPS or (len(word) == 1 and "A" <= word <= "Z"):
        return True
    k = j
    while k >= 2 and text[k - 1] == "." and text[k - 2].isalpha() and (k == 2 or not text[k - 3].isalnum()):
        k -= 2  # "u.s", "e.g", "a.m": single letters joined by stops
    dotted = text[k:i - 1].lower()
    if word not in _NAME_END_STOPS and word.lower() not in _OPEN_STOPS and dotted not in _OPEN_STOPS:
        return False
    n = i
    while n < end and text[n].isspace():
        n += 1
    if n >= end:
        return False
    if not (text[n].isupper() or text[n] in _OPENERS) or n == i:
        return True  # "Acme Inc. cuts", "Acme Inc., the maker"
    if text[n] == "(" and word == "al" and text[max(0, j - 3):j].lower() == "et ":
        return True  # "Kitchin et al. (2016) contend that": a narrative citation's date follows its authors (APA 7, 8.17)
    m = n
    while m < end and text[m].isalpha():
        m += 1
    return text[n:m] in _NAME_END_STOPS and text[n:m] not in ("Jr", "Sr")  # "Co. Ltd."


def _joined(text: str, units: list[tuple[int, int]], looked: list[tuple[int, int, int, int]],
            gates: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The sentences of ``looked`` (:func:`_looked_at`) with the pieces before and after each joined to it across the
    full stops that end no sentence (:func:`_stop_goes_on`), in text order, each once; ``k`` moved to the first place
    at or after the joined sentence's start. A sentence is joined up to _R_MAX characters, the window
    :func:`_reported_in` reads (pieces before the sentence's first, then after its last): a verb is not pushed out
    of the window by the join, and pieces beyond it are read as pieces, as before. The same list from the kernel's
    pieces and the pattern's (it reads only the listed sentences and the text), so both paths agree; a sentence
    whose ends are no such stop is kept as it is (two character tests)."""
    out: list[tuple[int, int, int, int]] = []
    done = -1
    for u, ss, se, k in looked:
        if se <= done:
            continue  # (inside a sentence joined before)
        us, ue = units[u]
        if not (ss > us and text[ss - 1] == "." and _stop_goes_on(text, ss, ue)) and not _stop_goes_on(text, se, ue):
            out.append((u, ss, se, k))
            continue
        pieces = _sentence_spans(text, us, ue)
        a = b = next(x for x, p in enumerate(pieces) if p == (ss, se))
        while a > 0 and pieces[a - 1][1] == pieces[a][0] and pieces[a - 1][0] >= done \
                and _stop_goes_on(text, pieces[a][0], ue) and pieces[b][1] - pieces[a - 1][0] <= _R_MAX:
            a -= 1
        while b + 1 < len(pieces) and pieces[b][1] == pieces[b + 1][0] and _stop_goes_on(text, pieces[b][1], ue) \
                and pieces[b + 1][1] - pieces[a][0] <= _R_MAX:
            b += 1
        ss, se = pieces[a][0], pieces[b][1]
        out.append((u, ss, se, bisect_left(gates, (ss, -1))))
        done = se
    return out


def _lacks_that(m: re.Match) -> bool:
    """Is the cue of an _R_FWD or _R_FWD_CONT match ``m`` a verb that reports only with a that-clause
    (:data:`THAT_REPORTING_VERBS`) and has none? A cue of the hearer form holds its "that" ("tells the Special
    Rapporteur that", "informed the Committee that"), which had been read as missing, so "tells X that" reported
    nothing where "told X that" did."""
    cue = m.group("cue")
    return cue.split()[0].lower() in THAT_REPORTING_VERBS and not m.group("that") and not cue.endswith("that")


def _fwd_candidates(text: str, ss: int, send: int, gates: list[tuple[int, int]], k: int) -> bool:
    r"""Can an _R_FWD match in ``sent = text[ss:send]`` pass the tests of :func:`_reported` that do not look at
    its subject? Looks only at the places ``gates[k:]`` (those of :func:`_reported_places`, the first one at or
    after ``ss``).

    Every _R_FWD match holds _R_FWD_TAIL from the white space before its cue on, and has its cue at a
    reporting verb after white space, where its cue and 'that' are those of _R_FWD_CONT; a 'that'-verb
    without 'that' or a first-person subject rejects every match with that cue, whatever its subject. False
    when no cue is left, so the slow subject pattern (tried at every word) runs only in sentences where a
    match could count. Both patterns need white space, a reporting verb and a character after it in the
    sentence (``\s+`` and a word follow), not of ``[\w’'\-]``: such a verb is a place of _R_GATE in the whole
    text (the same characters; no place of _R_GATE covers white space), and _R_FWD_TAIL matches in the
    sentence where it matches at such a place with ``send`` as the text's end (it begins with its ``\s``
    and looks at nothing before). So the tests are made at those places only, not by searching the sentence
    (tests/test_quotes_fast.py compares them with the searches)."""
    n = len(gates)
    while k < n and gates[k][0] < send:
        g, h = gates[k]
        k += 1
        if h >= send or not text[g].isspace():
            continue
        # (_R_FWD_TAIL at g is white space, then _R_FWD_CONT's pattern without its groups: at a place whose first
        # character is white space it matches where _R_FWD_CONT matches at g + 1, so one match answers both; a
        # place that passes the other tests passes the tail test too, and the first such place answers True)
        m = _R_FWD_CONT.match(text, g + 1, send)
        if m is not None and not _lacks_that(m) \
                and not _first_person_before(text, ss, g + 1, m.group("cue").split()[0] if m.group("that") else ""):
            return True
    return False


def _looked_at_py(text: str, units: list[tuple[int, int]], gates: list[tuple[int, int]],
                  r_max: int = _R_MAX) -> list[tuple[int, int, int, int]]:
    """The pure-Python path of :func:`_looked_at` (the C one, ``reported_sentences``, lists the same;
    ``r_max``: _R_MAX, another value only in tests)."""
    out: list[tuple[int, int, int, int]] = []
    n_gates = len(gates)
    k = 0
    for u, (us, ue) in enumerate(units):
        while k < n_gates and gates[k][0] < us:
            k += 1
        has_place = k < n_gates and gates[k][0] < ue
        if not has_place and ue - us <= r_max:
            continue
        for ss, se in _sentence_spans(text, us, ue, 0 if has_place else r_max):
            while k < n_gates and gates[k][0] < ss:
                k += 1
            if se - ss > r_max or (k < n_gates and gates[k][1] <= se):
                out.append((u, ss, se, k))
    return out


def _looked_at(text: str, units: list[tuple[int, int]],
               gates: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """The sentences :func:`_reported` looks at, as (unit, start, end, k), in text order: of the units that
    hold a place (``gates``: :func:`_reported_places`, sorted), the sentences (:data:`_SENTENCE_PIECE`) of at
    most _R_MAX characters in which the first place starting in them also ends, and every sentence longer than
    _R_MAX of any unit. ``k``: the first place starting at or after the sentence's start
    (``bisect_left(gates, (start, -1))``; units and their sentences come in text order). Every other sentence
    holds no whole place, so none of the patterns of :func:`_reported_in` can match in it (see
    :data:`_R_GATE`). Listed in C where the kernel is built (``reported_sentences``: the same loop over the
    units, their sentence pieces and the places, without a Python step per sentence; finditer within the
    unit's bounds is finditer over the unit's text, the pattern looks at nothing around), else by
    :func:`_looked_at_py`; tests/test_kernel_quotes.py compares both."""
    if KERNEL is not None:
        return KERNEL.reported_sentences(text, units, gates, _R_MAX)
    return _looked_at_py(text, units, gates)


def _reported(text: str, units: list[tuple[int, int]], quotes: list[dict], table: _Speakers | None,
              names: tuple[tuple[str, ...], ...] = ()) -> list[dict]:
    """Reported (indirect) speech: clauses of 'NP said (that) ...', 'according to NP, ...', '..., NP said.';
    not where the subject is the document's own source (``names``: :func:`own_names`). The sentences are the
    pieces of :func:`_looked_at` joined across full stops that end no sentence (:func:`_joined`); a sentence whose
    reported clause is that of a fronted adverbial clause (:func:`_fronted`) is read again from the comma that
    closes it, so the main clause may have a reported clause of its own."""
    spans = sorted((q["start"], q["end"]) for q in quotes)
    q_starts = [s for s, _ in spans]
    out: list[dict] = []
    gates = _reported_places(text, units)
    para_cue: dict[int, bool] = {}  # does the unit hold a cue word? (asked at its first sentence looked at)
    for u, ss, se, k in _joined(text, units, _looked_at(text, units, gates), gates):
        if para_cue.get(u) is False:
            continue
        # a place of _R_GATE (white space, a reporting verb, its word's end) in the whole sentence is a
        # cue word of the sentence and of the paragraph: their cue-word tests need not run
        verb_place = se - ss <= _R_MAX and text[gates[k][0]].isspace()
        if u not in para_cue:
            us, ue = units[u]
            para_cue[u] = verb_place or _RCUE_FIRST_SET.found(text, us, ue)
            if not para_cue[u]:
                continue
        found = _reported_in(text, ss, se, gates, k, verb_place, spans, q_starts, table, names)
        while found is not None:
            table = found[1]
            if found[0] is not None:
                out.append(found[0])
            if found[2] is None:
                break
            # the main clause after a fronted subordinate clause ("While X claims A, critics say B"): read as a
            # sentence of its own, with no reporting verb of the subordinate clause
            ss = found[2]
            found = _reported_in(text, ss, se, gates, bisect_left(gates, (ss, -1)), False, spans, q_starts, table,
                                 names)
    comments = _comment_clauses(text, units, gates, spans, out, names) if gates else []
    for spk, cue, ms, me, parts in comments:
        if table is None:
            table = _Speakers(text, spans)
        # (resolved up to the clause's start: a pronoun subject is not read as a subject of the words after it)
        info = table.resolve(spk, ms, me)
        for cs, ce in parts:
            out.append({"start": cs, "end": ce, "content_start": cs, "content_end": ce, "open_mark": "",
                        "close_mark": "", "kind": "reported", "cue": cue, "parent_id": None, "n_paragraphs": 1,
                        "anomaly": None, **info})
    motions = _motions(text, units, spans, out)
    motions += _viewpoints(text, units, spans, out)
    for spk, cue, ms, cs, ce in motions:
        if table is None:
            table = _Speakers(text, spans)
        info = table.resolve(spk, ms, ce)
        out.append({"start": cs, "end": ce, "content_start": cs, "content_end": ce, "open_mark": "", "close_mark": "",
                    "kind": "reported", "cue": cue, "parent_id": None,
                    "n_paragraphs": 1, "anomaly": None, **info})
    if motions or comments:
        out.sort(key=lambda q: q["start"])
    return out


# A motion as minutes record it, in the passive with its mover in a by-phrase and its seconder after, at the head of a
# paragraph or sentence: "Moved by Cllr Jones, seconded by Cllr Patel, that the Council ...", "It was moved by Cllr
# Patel and seconded by Cllr Smith that ..." (Robert's Rules of Order Newly Revised, 12th ed., 48:4-48:5: a main
# motion as stated, with the name of its maker; the seconder's name is optional and the seconder does not word the
# motion). The that-clause is the mover's proposal, reported as "X moved that ..." is (THAT_REPORTING_VERBS).
# So is the active form with the mover as subject, "Cllr Smith moved that ...", "Cllr Patel proposed that ..." (a
# subject of one to six words, no comma, opening its sentence). Only here, at a sentence's head and before "that":
# as a reporting verb "moved" would report the clause before a final ", Jones moved in from the south." (Brown cf36),
# and "move" and "moves" are nouns before a relative "that" ("the last move that McBride made", Brown cn09).
_R_MOTION = _rx(r"(?:(?:(?:It|it)\s+was\s+)?(?P<cue>[Mm]oved)\s+by\s+(?P<spk>[^,;:\n“”\"()]{2,60}?)"
                r"(?:,?\s+(?:and\s+)?seconded\s+by\s+[^,;:\n“”\"()]{2,60}?)?,?"
                r"|(?P<subj>[A-Z][^\s,;:“”\"()]*(?:[ \t]+[^\s,;:“”\"()]+){0,5}?)(?:[ \t]+formally)?[ \t]+"
                r"(?P<verb>moved|proposed))\s+that\s+(?=[^\s,;:])")


_MOTION_HINT = _rx(r"[Mm]oved\s+by\s|(?:moved|proposed)\s+that\s")
# the same words from their second letter on: branches that open with a letter get re's scan for their first
# characters, where _MOTION_HINT's (a class, then an alternation) had it tried at every position
_MOTION_HINT_TAIL = _rx(r"oved\s+(?:by|that)\s|roposed\s+that\s")


def _motion_hint(text: str) -> bool:
    """Whether :data:`_MOTION_HINT` matches in ``text``: it is tried one character before each match of
    :data:`_MOTION_HINT_TAIL` only, where each of its matches starts (tests/test_reported_bounds.py compares both)."""
    return any(m.start() > 0 and _MOTION_HINT.match(text, m.start() - 1) for m in _MOTION_HINT_TAIL.finditer(text))


def _motion_hints(text: str) -> list[int]:
    """Where :data:`_MOTION_HINT` matches in ``text`` (the starts, in order), found as :func:`_motion_hint` finds
    them. Every match of :data:`_R_MOTION` holds one ('Moved by ', 'moved that ', 'proposed that '), so a unit with
    none of them is no motion's."""
    return [m.start() - 1 for m in _MOTION_HINT_TAIL.finditer(text)
            if m.start() > 0 and _MOTION_HINT.match(text, m.start() - 1)]


def _clause_end(text: str, cs: int, ue: int) -> int | None:
    """Where a clause that starts at ``cs`` in a unit ending at ``ue`` ends: at the end of its sentence (its pieces
    joined across full stops that end no sentence, :func:`_stop_goes_on`), at most :data:`_R_MAX` characters on, before
    the final mark and white space; None where no sentence starts there."""
    pieces = _sentence_spans(text, cs, ue)
    if not pieces:
        return None
    b = 0
    while b + 1 < len(pieces) and pieces[b][1] == pieces[b + 1][0] and _stop_goes_on(text, pieces[b][1], ue):
        b += 1
    ce = min(pieces[b][1], cs + _R_MAX)
    return cs + len(text[cs:ce].rstrip().rstrip(".!?…"))


def _motions(text: str, units: list[tuple[int, int]], spans: list[tuple[int, int]],
             taken: list[dict]) -> list[tuple[str, str, int, int, int]]:
    """The motions of :data:`_R_MOTION` that open a unit or a sentence, as (mover as written, the verb as written,
    where the match starts, the clause's start, its end): the clause runs to the end of its sentence (its pieces joined across full
    stops that end no sentence, :func:`_stop_goes_on`), at most _R_MAX characters; not one that overlaps a quotation
    or a reported clause found before (``spans``, ``taken``)."""
    out: list[tuple[str, str, int, int, int]] = []
    hints = _motion_hints(text)  # (one scan for the words a motion needs: 'oved ' is in 'improved' too)
    if not hints:
        return out
    for us, ue in units:
        # (only a unit that holds one of the words: a speech that "proposed that" once had _R_MOTION, whose subject
        # alternative opens with a class, tried at every position of every unit)
        k = bisect_left(hints, us)
        if k == len(hints) or hints[k] >= ue:
            continue
        for m in _R_MOTION.finditer(text, us, ue):
            before = text[us:m.start()].rstrip()
            if before and before[-1] not in ".!?:":
                continue  # "The cameras were moved by the contractor": inside a sentence, no motion
            cs = m.end()
            ce = _clause_end(text, cs, ue)
            if ce is None:
                continue
            if not _three_words(text[cs:ce]) or any(a < ce and cs < z for a, z in spans) or any(
                    q["start"] < ce and cs < q["end"] for q in taken):
                continue
            spk = (m.group("spk") or m.group("subj")).strip()
            if m.group("subj") is not None and (spk.split()[0].lower() in FIRST_PERSON or not _plausible(spk, "said")
                                                or spk.split()[-1].lower() in _BE_FORMS):
                continue  # "We proposed that ...": the speaker's own; "It is proposed that ...": a passive, no mover
            out.append((spk, m.group("cue") or m.group("verb"), m.start(), cs, ce))
    return out


# A viewpoint adjunct that opens a sentence and names whose view the clause gives: "In her telling, the companies
# claim ...", "In Zuboff's view, the smart city is a Trojan horse.", "In his account, the police ...". Such an adjunct
# marks the source of the proposition as "according to X" does: both are stance adverbials of the source of knowledge
# (Biber et al. 1999, Longman Grammar, 10.2.1.1: "according to", "in X's view"; Chafe 1986 on evidentials of hearsay),
# so the clause is X's, reported, not the writer's. Book and film reviews give the work's argument so ("In her telling",
# "in his reading"). The possessor is the source: a name in the genitive or a possessive determiner (read as the
# pronoun); "my" and "our" are the writer's own view, and "its" a body's or a work's, as "it" is read elsewhere.
# Only the adjunct with its comma right after the noun: "In her account of the raid, police ..." names no view.
_VIEW_NOUNS = ("telling", "view", "account", "reading", "opinion", "estimation", "reckoning", "judgment",
               "judgement", "retelling", "rendering", "analysis")
_R_VIEWPOINT = _rx(r"(?<![\w’'])(?P<cue>In\s+(?P<spk>his|her|their|its|"
                   r"[A-Z][\w\-.]*(?:\s+(?:[A-Z][\w\-.]*|de|van|von|der|da|di|le|la)){0,4}[’']s?)"
                   r"\s+(?:own\s+)?(?:" + "|".join(_VIEW_NOUNS) + r")),\s+(?=[^\s,;:])")
_VIEW_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# the subject that opens the clause after the adjunct, past a conjunct between commas ("In his analysis, however, he ...")
_VIEW_SUBJECT = _rx(r"(?:[A-Za-z]+,\s+)?(?P<w>[A-Z]?[a-z][\w’'\-]*)(?![\w’'\-])")


def _viewpoints(text: str, units: list[tuple[int, int]], spans: list[tuple[int, int]],
                taken: list[dict]) -> list[tuple[str, str, int, int, int]]:
    """The viewpoint adjuncts of :data:`_R_VIEWPOINT` that open a unit or a sentence, as (source as written, the
    adjunct as written, where it starts, the clause's start, its end), the clause to the end of its sentence as
    :func:`_motions` reads it; not one that overlaps a quotation or a reported clause found before."""
    out: list[tuple[str, str, int, int, int]] = []
    k = text.find("In ")  # (a literal search first: the adjunct opens its sentence with a capital)
    if k < 0:
        return out
    starts = [us for us, _ in units]
    while k >= 0:
        m = _R_VIEWPOINT.match(text, k)
        k = text.find("In ", k + 3)
        if m is None:
            continue
        u = bisect_right(starts, m.start()) - 1
        if u < 0 or m.end() > units[u][1]:
            continue
        us, ue = units[u]
        b = m.start()
        while b > us and text[b - 1].isspace():
            b -= 1
        if b > us and text[b - 1] not in ".!?:\"”’":
            continue  # "..., in her view, ...": a medial adjunct, whose scope this reading does not find
        cs = m.end()
        ce = _clause_end(text, cs, ue)
        if ce is None:
            continue
        outside = _spans_blanked(text, cs, ce, spans)
        if not _three_words(outside) or any(a < cs < z for a, z in spans) or any(
                q["start"] < ce and cs < q["end"] for q in taken):
            continue  # (a clause that is only a quotation is direct speech, as in _reported_in)
        spk = m.group("spk")
        spk = _VIEW_PRONOUNS.get(spk.lower(), spk) if spk.islower() else re.sub(r"[’']s?$", "", spk)
        subj = _VIEW_SUBJECT.match(text, cs, ce)
        if subj is not None and (subj.group("w") == spk or subj.group("w").lower() in (
                (spk,) if spk in _VIEW_PRONOUNS.values() else ("he", "she", "they"))):
            # "In his analysis, however, he touches upon ...": where the clause's subject is the possessor, the
            # adjunct places the possessor's own act in the work (a space adjunct, Quirk et al. 1985, 8.49), no view
            # of theirs that the clause reports
            continue
        out.append((spk, re.sub(r"\s+", " ", m.group("cue")), m.start(), cs, ce))
    return out


# A comment clause: a reporting clause set in the middle of the sentence it reports, between commas or dashes ("The
# cameras, police say, have cut street crime by a third.", "Mass surveillance — critics argue — is the real goal.",
# with inversion "The strain, says Dr. Norman Jolliffe, can be eased ..."). Such a clause is parenthetical: its verb
# has no object of its own, and what it reports is the rest of the sentence, the words before it and after it
# (Quirk et al. 1985, 15.53-15.55 on comment clauses; 16.64 and 14.29-14.30 on reporting clauses in medial position).
# The forward reading finds no clause after a verb followed by a comma, and the final reading needs the verb at the
# sentence's end, so these sentences had stayed in the writer's voice. The content is given as two reported spans, the
# sentence before the comment clause and after it, each with the clause's subject as speaker; the clause itself stays
# the writer's, as a final reporting clause does. Not with a first-person subject ("The city, I think, ...", "we
# believe", "my delegation believes": the writer's own hedge or view, 15.54), the document's own source, a passive
# ("it is claimed": no speaker), an as-clause ("as the Secretary-General has said": the writer asserts the
# proposition and cites its source, 15.57) or a relative clause ("which police say"); and not where a quotation
# follows the clause (", the mayor said, “...”": direct speech it introduces) or the clause stands in a quotation.
#: the verbs of a medial comment clause: the reporting verbs of both lists, without their -ing participles (a
#: participle clause, "The mayor, saying ...", is no reporting clause of the sentence)
_COMMENT_VERBS = sorted((REPORTING_VERBS | THAT_REPORTING_VERBS) - {"saying", "claiming", "arguing"},
                        key=lambda w: (-len(w), w))
_COMMENT_VERB_SET = frozenset(_COMMENT_VERBS)
_COMMENT_INV_SET = frozenset(_R_INV_VERBS.split("|"))
#: the mark that opens or closes the clause: a comma, a dash, or the typewriter's double hyphen
_COMMENT_MARK = r"(?:,|[—–]|--)"
#: what may stand between the verb and the closing mark: the hearer of "told" and a short adjunct of time (_TIME)
_COMMENT_HEARER = r"(?:\s+(?:me|us|him|them|reporters|journalists))?"
_R_COMMENT = _rx(rf"{_COMMENT_MARK}\s*(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{'|'.join(_COMMENT_VERBS)})"
                 rf"(?![\w’'\-]){_COMMENT_HEARER}{_TIME}\s*(?P<close>{_COMMENT_MARK})\s*(?=\S)")
_R_COMMENT_INV = _rx(rf"{_COMMENT_MARK}\s*(?P<cue>{_R_INV_VERBS})\s+(?P<spk>{_NP_AFTER_CUE})\s*"
                     rf"(?P<close>{_COMMENT_MARK})\s*(?=\S)")
#: words after which the closing mark may follow the verb: the hearer and the adjuncts of _COMMENT_HEARER and _TIME
_COMMENT_AFTER_WORDS = frozenset({
    "me", "us", "him", "them", "reporters", "journalists", "on", "in", "at", "last", "this", "earlier",
    "later", "yesterday", "today", "tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"})
#: words that open no subject of a comment clause: relative and wh-words, subordinators (the as-clause among them) and
#: coordinators ("which police say", "as the mayor said", "and the mayor said, ...")
_COMMENT_NOT_SUBJECT = frozenset({
    "as", "which", "who", "whom", "whose", "that", "what", "when", "where", "while", "if", "because", "since",
    "although", "though", "unless", "until", "once", "whether", "how", "why", "than", "and", "but", "or", "nor", "so",
    "yet", "it", "there"})
#: relative and wh-words, which open no subject of a reporting verb: "which officials say work" is a relative clause
#: whose object is the antecedent, and "work, are everywhere" had been the officials' words (Quirk et al. 1985, 17.9)
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "what"})
#: what opens the verb's own complement after the closing mark: a that-clause, after an adjunct closed by a comma at most
_COMMENT_THAT = _rx(r"(?:[^,;:]{0,60},\s+)?that\s")
#: the copula and "that" before a complement clause, "the lie is that ..."
_COMMENT_BE_THAT = _rx(r"(?<![\w’'])(?:is|was|are|were|be)\s+that\s+")
#: a relative pronoun right before the clause: the comment clause stands in a relative clause, whose words it reports
_COMMENT_RELATIVE_END = _rx(r"(?<![\w’'])(?:which|who|whom|whose)$")
#: a coordinator opening a clause of its own after the reporting clause
_COMMENT_COORDINATED = _rx(r"(?:and|but|yet|so|or|nor)\s")
_OPEN_QUOTES = "“\"‘'„«"
_CLOSE_QUOTES = "”\"’'»"


#: what may follow the verb of a comment clause up to its closing mark: the mark at once (white space between), or a
#: word of :data:`_COMMENT_AFTER_WORDS` (a hearer or an adjunct of time) and the mark within 40 characters
_COMMENT_AFTER = _rx(r"[ \t]*(?:[,—–]|--)|[ \t]+(?:" + _trie(sorted(_COMMENT_AFTER_WORDS)) + r")(?![\w’'\-])"
                     r"[^.;:!?\n]{0,40}?(?:[,—–]|--)")


def _comment_sentence(text: str, us: int, ue: int, at: int) -> tuple[int, int] | None:
    """The sentence of the unit ``text[us:ue]`` that holds offset ``at``: its piece (:data:`_SENTENCE_PIECE`) joined
    across full stops that end no sentence (:func:`_stop_goes_on`), as :func:`_joined` reads it."""
    pieces = _sentence_spans(text, us, ue)
    a = next((x for x, (s, e) in enumerate(pieces) if s <= at < e), None)
    if a is None:
        return None
    b = a
    while a > 0 and pieces[a - 1][1] == pieces[a][0] and _stop_goes_on(text, pieces[a][0], ue):
        a -= 1
    while b + 1 < len(pieces) and pieces[b][1] == pieces[b + 1][0] and _stop_goes_on(text, pieces[b][1], ue):
        b += 1
    return pieces[a][0], pieces[b][1]


def _comment_clauses(text: str, units: list[tuple[int, int]], gates: list[tuple[int, int]],
                     spans: list[tuple[int, int]], taken: list[dict],
                     names: tuple[tuple[str, ...], ...]) -> list[tuple[str, str, int, int, list[tuple[int, int]]]]:
    """The medial comment clauses of the text (see the notes above :data:`_COMMENT_VERBS`), as (speaker as written, the
    verb as written, where its subject stands, where the clause starts, the content's spans: the sentence before the clause and after it); not
    one whose sentence overlaps a reported clause found before (``taken``). Only the places of reporting verbs
    (``gates``: :func:`_reported_places`) are looked at, and the patterns run only where a comma or dash stands right
    before the verb (the inverted clause) or right after it (:data:`_COMMENT_AFTER`)."""
    out: list[tuple[str, str, int, int, list[tuple[int, int]]]] = []
    starts = [us for us, _ in units]
    n = len(text)
    for g, h in gates:
        if h <= g:  # (a place without its verb, as a caller that lists every offset gives it: the verb read here)
            v = _R_GATE.match(text, g)
            if v is None:
                continue
            g, h = v.span()
        if g < 2 or h >= n:
            continue
        # the literal test first: a comma or dash before the verb (the inverted clause) or after it (_COMMENT_AFTER),
        # so the patterns below run at few of the verbs
        inv = text[g - 1] in ",—–-"
        if not inv and _COMMENT_AFTER.match(text, h) is None:
            continue
        verb = text[g + 1:h]
        if not text[g].isspace() or (inv and verb.lower() not in _COMMENT_INV_SET) or (
                not inv and verb.lower() not in _COMMENT_VERB_SET):
            continue
        u = bisect_right(starts, g) - 1
        if u < 0 or h > units[u][1]:
            continue
        us, ue = units[u]
        if inv:
            p = g - 1 if text[g - 1] != "-" else g - 2
            m = _R_COMMENT_INV.match(text, p, ue)
        else:
            lo = max(us, g - 120)
            p = max(text.rfind(",", lo, g), text.rfind("—", lo, g), text.rfind("–", lo, g), text.rfind("--", lo, g))
            m = _R_COMMENT.match(text, p, ue) if p >= 0 else None
        if m is None or m.start("cue") != g + 1:
            continue
        sent = _comment_sentence(text, us, ue, g)
        if sent is None:
            continue
        ss, se = sent
        spk = m.group("spk")
        words = _ALPHA.findall(spk.lower())
        if not words or words[0] in _COMMENT_NOT_SUBJECT or not _plausible(spk, verb) or \
                (not inv and _first_person_before(text, m.start("spk"), m.start("cue"))) or \
                (names and own_name_subject((spk,), names)) or \
                (verb.lower() in INDICATE_VERBS and not indicating_subject(spk)):
            continue
        if (text[p] == ",") != (m.group("close") == ","):
            continue  # a comma and a dash: no pair of marks around one parenthesis ("statement, X declared — ...")
        # the clause's scope: the sentence, or the part of it a semicolon or a parenthesis bounds ("...;; but pansy
        # seeds, he told me, soon run down", "(applying to him and, he feels, not to anyone else)"): a comment clause
        # is parenthetical to its own clause (Quirk et al. 1985, 15.54), not to a clause joined by a semicolon
        lead = max(ss, text.rfind(";", ss, p) + 1, text.rfind("(", ss, p) + 1)
        after_start = m.end()
        content_end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for mark in ";()":
            c = text.find(mark, after_start, content_end)
            if c >= 0 and (mark != ")" or text.find("(", lead, c) < 0):
                content_end = c
        while lead < p and text[lead].isspace():
            lead += 1
        before_end = lead + len(text[lead:p].rstrip())
        if p <= lead or after_start >= content_end or text[after_start] in _OPEN_QUOTES \
                or text[before_end - 1] in _CLOSE_QUOTES or _WORD_RE.search(text, lead, before_end) is None:
            continue  # no words before the clause, or a quotation it introduces or closes: direct speech
        if _COMMENT_THAT.match(text, after_start, content_end) is not None:
            continue  # ", the Government added, as part of it, that ...": the verb's own that-clause follows
        if (w := _ALPHA.match(text[after_start:after_start + 6].lower())) is not None and w.group() in _RELATIVE_WORDS:
            continue  # "..., people say, who have found ...": the subject's relative clause, no reported words
        be_that = max(_COMMENT_BE_THAT.finditer(text, lead, p), key=lambda x: x.end(), default=None)
        if be_that is not None:
            # "the third lie is that the aggression, Russia claims, is ...": the clause parenthesised is the
            # complement of "be" (Schmid 2000, N-be-that), the words before it the writer's
            lead = be_that.end()
            if lead >= before_end:
                continue
        rel = _COMMENT_RELATIVE_END.search(text, lead, before_end)
        if rel is not None:
            lead = rel.start()  # "the fees, which, he said, had been under study": the relative clause is the content
        parts = [(lead, before_end), (after_start, content_end)]
        if _COMMENT_COORDINATED.fullmatch(text[lead:before_end].lower() + " ") is not None:
            parts = parts[1:]  # "But, added Mr. Byrnes, it is better ...": the conjunction links to the sentence before
        elif _COMMENT_COORDINATED.match(text, after_start, content_end) is not None:
            # "The conversion is not yet completed, he said, and added ...", "..., the man declared, but the public
            # ...": a final reporting clause of the clause before it; the coordinated clause after it is its own
            # (Quirk et al. 1985, 13.1-13.5, as in _coordinated_clause)
            parts = parts[:1]
        if any(a <= x < z for a, z in spans for x in (p, m.end() - 1)) or any(
                q["start"] < parts[-1][1] and lead < q["end"] for q in taken) or any(
                a < parts[-1][1] and lead < z for *_, found in out for a, z in found):
            continue  # (a clause inside a quotation, or a sentence with a reported clause of its own)
        # (words outside quotations: a content that is only a quotation is direct speech, as in _reported_in)
        outside = " ".join(_spans_blanked(text, cs, ce, spans) for cs, ce in parts)
        if not _three_words(outside):
            continue
        out.append((spk, verb, m.start("spk") if not inv else p, p, parts))
    return out


def _spans_blanked(text: str, cs: int, ce: int, spans: list[tuple[int, int]]) -> str:
    """``text[cs:ce]`` with every character inside one of ``spans`` written as a space: each span cut to the part
    once, where a test of every span at every character had made a long sentence cost characters times quotations."""
    out = None
    for a, z in spans:
        lo, hi = max(a, cs), min(z, ce)
        if lo < hi:
            if out is None:
                out = list(text[cs:ce])
            out[lo - cs:hi - cs] = " " * (hi - lo)
    return text[cs:ce] if out is None else "".join(out)


def _three_words(s: str) -> bool:
    """``len(_WORD_RE.findall(s)) >= 3``, reading only up to the third word: findall goes on searching from the
    end of each match (no match is empty), as the three searches here do."""
    pos = 0
    for _ in range(3):
        m = _WORD_RE.search(s, pos)
        if m is None:
            return False
        pos = m.end()
    return True


# --------------------------------------------------------------------------------------------- clause bounds
#: prepositions: a reporting verb followed by one has a prepositional complement or an adjunct, no clause ("said of
#: the new lab", "told members of the council", "spoke to reporters", "said during the meeting"; Quirk et al. 1985,
#: ch. 16 on prepositional verbs, ch. 8 on adjuncts): what it reports, if anything, is a later that-clause
PREPOSITIONS = frozenset({
    "of", "about", "on", "to", "at", "in", "during", "after", "before", "with", "for", "from", "over", "against",
    "toward", "towards", "into", "upon", "under", "among", "amid", "amongst", "via", "through", "throughout",
    "regarding", "concerning", "despite", "following", "by", "across", "within", "outside", "inside", "behind",
})
#: the prepositions of _TIME ("said on Monday the plan ...", "said in Beijing the plan ..."): a short adjunct of time
#: or place, after which a clause often follows without "that"; without a later that-clause the reading of _R_FWD
#: is kept (the clause taken to start after the preposition)
_TIME_PREPS = frozenset({"on", "in", "at"})
#: the verbs whose first object is the hearer ("told the council ..."): the preposition after the hearer counts
_HEARER_VERBS = frozenset({"told", "tells"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
_HEARER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these"})
_NEXT_WORD = _rx(r"\s+([^\W\d_]+)")
#: the preposition's object may open with a number ('said in 2021 that ...', 'said on 3 May that ...'): the word
#: after a preposition is any run of word characters, so the that-clause after the adjunct is found (the year had
#: stopped the search, and the clause was read from the year on, '2021 that it respects human rights')
_NEXT_TOKEN = _rx(r"\s+([\w’'\-]+)")
#: the hearer of "told" as a name: a run of capitalised words (an acronym of two capitals or more, not "I"), after
#: "the" at most, with "of", "for", "and", "on" or "to" (and "the") between them ("told Reuters", "told Human Rights
#: Watch", "told the Associated Press", "told the Special Rapporteur on the Right to Privacy")
_HEARER_NAME = _rx(r"\s+(?:the\s+)?(?:[A-Z](?:[a-z][\w’'\-]*|[A-Z]+(?![\w’'\-])))"
                   r"(?:\s+(?:(?:of|for|and|on|to)\s+(?:the\s+)?)?[A-Z](?:[a-z][\w’'\-]*|[A-Z]+(?![\w’'\-])))*")
_PREV_WORD = _rx(r"([^\W\d_]+)\s+$")
_THAT_CLAUSE = _rx(r"\sthat\s+(?=[^\s“”\"‘’',;:])")


def _clause_start(sent: str, m: re.Match) -> tuple[int, bool] | None:
    """Where the clause reported by the _R_FWD match ``m`` begins in ``sent``, and whether that is only the reading
    kept after a short adjunct of _TIME (see :data:`_TIME_PREPS`); None where the verb reports no clause.

    The content of a reporting verb is a clause (Quirk et al. 1985, ch. 16 on verb complementation),
    not a prepositional phrase: after "said of the new lab", "told members of the council", "said during the
    meeting" the prepositional phrase is a complement of topic or an adjunct. So where the verb (or, for "told",
    its hearer: :data:`_HEARER_VERBS`, an object pronoun or a determiner with up to two more words, "told him of",
    "told the city council on Monday") is followed by a preposition (:data:`PREPOSITIONS`), the clause is a later
    that-clause ("said of the new lab that it would ...", "said in a statement that ..."), at least one word after
    the preposition, up to a semicolon, and not right after a preposition ("of that section": a determiner; a
    that-clause is no prepositional complement, Quirk et al. 1985, ch. 9); without one there is none, except
    after the prepositions of _TIME, whose short adjuncts are often followed by the clause without "that" ("said
    on Monday the plan ..."): there the reading of _R_FWD stays."""
    if m.group("that"):
        return m.start("rest"), False
    w = _NEXT_WORD.match(sent, m.end("cue"))
    if w is None:
        return m.start("rest"), False
    if m.group("cue").lower() in CLAIM_FORMS and w.group(1).lower() in ("priority", "the"):
        # "claims priority to ...", "claims the benefit of ...": a right claimed, no clause (claims_a_right)
        words = [w.group(1).lower()]
        while len(words) < 3 and (nxt := _NEXT_WORD.match(sent, w.end())) is not None:
            w = nxt
            words.append(w.group(1).lower())
        if claims_a_right(words):
            return None
        w = _NEXT_WORD.match(sent, m.end("cue"))
    prep = None
    loose = False
    if w.group(1).lower() in PREPOSITIONS:
        prep = w
    elif m.group("cue").lower() in _HEARER_VERBS and (
            heard := _hearer_end(sent, m.end("cue"), w)) is not None:
        # "told Reuters the police ...", "told me they ...": "tell" takes its hearer as an indirect object before
        # the clause it reports (Quirk et al. 1985, 16.63-16.64 on ditransitive complementation with a that-clause
        # or a zero that-clause), so the hearer is no word of what was told; "told Human Rights Watch: “...”" is
        # direct speech after its hearer, no reported clause (the group's name had been read as the witness's words)
        nxt = _NEXT_WORD.match(sent, heard)
        if nxt is not None and nxt.group(1).lower() in PREPOSITIONS:
            prep = nxt
        else:
            rest = len(sent) - len(sent[heard:].lstrip())
            if rest < len(sent) and sent[rest] == ",":
                # an adjunct between commas before the clause ("told us, in a forceful speech, that ..."): the
                # that-clause after it, up to a semicolon
                stop = sent.find(";", rest)
                t = _THAT_CLAUSE.search(sent, rest, stop if stop >= 0 else len(sent))
                return (t.end(), False) if t is not None else None
            if rest >= len(sent) or sent[rest] in ":;.!?…":
                return None
            return rest, False
    elif m.group("cue").lower() in _HEARER_VERBS:
        # the hearer: an object pronoun, or a determiner and up to two more words ("told him of", "told the
        # city council on Monday"); a preposition right after it
        first = w.group(1).lower()
        n = 1 if first in _OBJECT_PRONOUNS else 3 if first in _HEARER_DETERMINERS else 0
        nxt = w
        for _ in range(n):
            nxt = _NEXT_WORD.match(sent, nxt.end())
            if nxt is None or nxt.group(1).lower() in PREPOSITIONS:
                prep = nxt
                break
        else:
            if n == 3 and nxt is not None and (more := _NEXT_WORD.match(sent, nxt.end())) is not None \
                    and more.group(1).lower() in PREPOSITIONS:
                # a hearer of three words after its determiner, 'told a regular press briefing on Monday that ...',
                # the ministries' briefing in state media copy: read so only where a that-clause follows (below),
                # else the reading of _R_FWD stays, as before
                prep, loose = more, True
    if prep is None:
        return m.start("rest"), False
    after = _NEXT_TOKEN.match(sent, prep.end())
    if after is not None:
        stop = sent.find(";", after.end())
        t = _THAT_CLAUSE.search(sent, after.end(), stop if stop >= 0 else len(sent))
        while t is not None and (w := _PREV_WORD.search(sent, 0, t.start() + 1)) is not None and \
                w.group(1).lower() in PREPOSITIONS:
            # "of that section": a determiner; no that-clause is the object of a preposition
            t = _THAT_CLAUSE.search(sent, t.end(), stop if stop >= 0 else len(sent))
        if t is not None:
            return t.end(), False
    if loose:
        return m.start("rest"), False
    if prep.group(1).lower() in _TIME_PREPS:
        if after is not None and _PREP_OBJECT_ONLY.fullmatch(sent, after.start(1)) is not None:
            return None  # '..., the mayor said in a March 3 Facebook post.': the adjunct's noun phrase, no clause
        return m.start("rest"), True
    return None


def _hearer_end(sent: str, at: int, first: re.Match) -> int | None:
    """Where the hearer of "told" / "tells" (the verb ending at ``at`` in ``sent``; ``first``: the word after it)
    ends, where the hearer is an object pronoun ("told me") or a name (:data:`_HEARER_NAME`); else None (a hearer
    such as "the city council", whose extent before a zero that-clause the words do not show)."""
    if first.group(1).lower() in _OBJECT_PRONOUNS - {"her"} and first.group(1) != "US":  # ("her lawyer": a determiner)
        return first.end()
    h = _HEARER_NAME.match(sent, at)
    if h is not None:
        return h.end()
    if "told" in sent and first.group(1).lower() in _PRESS_DETERMINERS and (
            noun := _NEXT_WORD.match(sent, first.end())) is not None and noun.group(1).lower() in _PRESS_HEARERS and (
            sent.startswith(",", noun.end()) or ((subj := _NEXT_TOKEN.match(sent, noun.end())) is not None
                                                 and _CLAUSE_OPENER.fullmatch(subj.group(1)))):
        return noun.end()
    return None


#: the press as the hearer of "told", one noun after its determiner: the outlet naming itself ("told this newspaper",
#: "told the paper", "told our correspondent", the self-reference of news and letters pages) or a reporter. Its extent
#: is known where a subject opens the clause right after it (a determiner, a pronoun, a capitalised word other than a
#: day's name, or a number: "told this newspaper the system was a success") or a comma does ("told the reporter, in an
#: interview, that ..."), so the hearer is no word of what was told (it had been the first
#: word of the mayor's claim, "newspaper the system was a success")
_PRESS_DETERMINERS = frozenset({"this", "the", "our", "your", "a"})
_PRESS_HEARERS = frozenset({"newspaper", "paper", "reporter", "correspondent", "journalist", "writer", "magazine",
                            "publication", "website", "programme", "program", "broadcaster", "newsroom"})
_CLAUSE_OPENER = _rx(r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Last|This|"
                     r"Earlier|Later)\b)[A-Z0-9][\w’'\-]*|(?i:the|a|an|this|these|those|its|his|her|their|our|my|your|it|he|she|"
                     r"they|we|i|you|there|no|every|all|some|most|many))")


_NP_OPENERS = r"a|an|the|this|these|those|his|her|its|their|our|my|your"
#: what follows a preposition of _TIME to the sentence's end when it is only the preposition's object: a noun phrase
#: that a determiner opens, with no second determiner or subject pronoun that could open a clause's subject after it
#: ('in a March 3 Facebook post', 'at a town hall in May'; a preposition takes a noun phrase, Quirk et al. 1985,
#: 9.1-9.4). It had been read as the reported clause, 'a March 3 Facebook post' the mayor's words; 'said in an
#: interview the plan failed' keeps its clause (the second determiner opens its subject).
#: A determiner right after a preposition opens that preposition's own object, a phrase inside the noun phrase ('in an
#: email to the Guardian', 'in an interview with the BBC'), no clause's subject: 'a spokesperson said in an email to
#: the Guardian.' had reported 'an email to the Guardian' as the spokesperson's words.
_PREP_OBJECT_ONLY = _rx(rf"(?i)(?:{_NP_OPENERS})\s+(?:(?:to|with|for|of|from|on|at|in|by)\s+(?:{_NP_OPENERS})\s+"
                        rf"|(?!(?:{_NP_OPENERS}|he|she|it|they|we|i|you)\b)[\w’'\-]+\s+){{0,8}}?"
                        rf"[\w’'\-]+\s*[.!?…]?[”\"’']?\s*")


#: the subordinators that open an adverbial clause (Quirk et al. 1985, ch. 14 and 15: "while", "although",
#: "whereas", "if", "because", "when", "unless", "despite the fact that" ...)
#: Not "as" alone: "As the mayor said when she opened the session, the plan ..." is a comment clause whose verb
#: reports the main clause (Quirk et al. 1985, ch. 15 on comment clauses), not a clause closed by its comma.
_SUBORDINATORS = (r"(?:while|whilst|although|though|whereas|even\s+though|even\s+if|even\s+as|even\s+when|if|"
                  r"because|since|when|whenever|unless|once|after|before|until|till|now\s+that|given\s+that|"
                  r"provided\s+that|despite\s+the\s+fact\s+that|in\s+spite\s+of\s+the\s+fact\s+that|"
                  r"as\s+long\s+as|as\s+soon\s+as|where|wherever|"
                  # universal concessive-conditional clauses, "Whatever the mayor says, ...", "No matter what the
                  # vendor claims, ...": the verb's object is the wh-ever word (Quirk et al. 1985, 15.42-15.43)
                  r"whatever|whoever|whichever|however\s+much|no\s+matter\s+(?:what|who|how\s+much|how\s+often))")
#: a clause opening with a subordinator, after a coordinator at most ("But while ..."): the words before the subject
_FRONTED = _rx(rf"(?i)\s*(?:(?:and|but|yet|so|or)\s+)?{_SUBORDINATORS}\s+")
#: a subordinator that a capitalised subject has taken in ("While Beijing", "Although Smith")
_SUB_LEAD = _rx(rf"(?i){_SUBORDINATORS}\s+")


def _fronted(sent: str, spk_start: int, spk: str) -> bool:
    """Is the reporting verb whose subject ``spk`` begins at ``spk_start`` in ``sent`` inside an adverbial clause
    opened by a subordinator (:data:`_SUBORDINATORS`) at the sentence's start or after a comma: "While Beijing
    claims the system can help catch criminals, critics warn ...", "In Xinjiang, although officials say ..., "?

    A fronted (or medial) adverbial clause is closed by a comma, after which the main clause goes on (Quirk et al.
    1985, ch. 15, and Appendix III on the punctuation of initial adverbial clauses): what such a verb reports ends
    at the comma, and the main clause, often another speaker's words, is no part of it. The words from the last
    comma before the subject (or the sentence's start) to the subject must be a subordinator, after a coordinator
    at most; a subject that has taken the capitalised subordinator in ("While Beijing") counts too."""
    lead = _SUB_LEAD.match(spk)
    end = spk_start + (lead.end() if lead else 0)
    c = sent.rfind(",", 0, end)
    return _FRONTED.fullmatch(sent, c + 1, end) is not None


def opens_adverbial_clause(words: Sequence[str]) -> bool:
    """Do ``words`` (those from the sentence's start or the last comma before a reporting verb's subject up to the
    verb, as tokens) open with a subordinator (:data:`_SUBORDINATORS`, after a coordinator at most) with at least
    one word after it, the subject: "While Beijing claims", "But although the mayor said"? The token-level form of
    :func:`_fronted`, for :func:`discourse.stance.rule_reporting_verb`: a verb so introduced reports only up to the
    comma that closes its clause."""
    m = _FRONTED.match(" ".join(words))
    return m is not None and m.end() < len(" ".join(words))


def _clause_comma(sent: str, cs: int, ce: int) -> int:
    """The first comma followed by white space in ``sent[cs:ce]`` (not that of a number, "1,000"), or -1."""
    c = sent.find(",", cs, ce)
    while c >= 0 and c + 1 < len(sent) and not sent[c + 1].isspace():
        c = sent.find(",", c + 1, ce)
    return c


# A subject that is a description with a possessive determiner and a name in apposition after it ('Its president,
# Ciara Nolan, said ...', 'Her lawyer, Tom Reilly, claimed ...'; Quirk et al. 1985, 17.65-17.72 on appositive names):
# the name says who speaks. The description alone refers through 'its'/'her' to someone the name table cannot
# resolve, so the speaker had been the words 'Its president' (a direct quotation's speaker was already the name).
_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their"})
_APPOSITION_NAME = _rx(r",\s+(?P<name>(?:[A-Z][\w’'\-]*\.?\s+){1,4}[A-Z][\w’'\-]*[a-z][\w’'\-]*),\s+")


# A narrative (integral) citation as the subject of a reporting verb: the author's surname (or two authors, or the
# first and "et al.") and then the year in parentheses, with a page or other locator ("Zuboff (2019) argues that",
# "Kitchin et al. (2016) contend that", "Lyon (2003: 12) claims that", "Graham and Wood (2003, p. 228) argue
# that"), the form of APA 7 (8.11, 8.17) and of Chicago author-date (15.23). The reporting verb presents the cited
# author's claim, not the writer's (Swales 1990 on integral citations; Hyland 1999, "Academic attribution",
# Applied Linguistics 20, on reporting verbs). The parenthesis stands between the subject and its verb, where the
# subject pattern of news reporting allows none, so the clause had been read as the writer's own. A parenthetical
# citation ("... raw material (Zuboff, 2019).") names no speaker and is not read.
_CITED_DATE = r"\((?:(?:1[5-9]|20)\d{2}[a-z]?|n\.\s?d\.)(?:[,:;]\s*[^()]{1,40})?\)"
# (a capital, then one run of word characters that holds a lower-case letter: a failed match costs a word's length
# once, not its square)
_SURNAME = r"(?:(?:van|von|de|der|den|da|del|di|du|la|le)\s+)*[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]*"
_R_CITED = _rx(rf"(?<![\w’'.])(?P<spk>(?:[A-Z](?=[\w’'\-]*[a-z])[\w’'\-]*\s+)?{_SURNAME}(?:\s+et\s+al\.|"
               rf"\s+(?:and|&)\s+{_SURNAME})?)\s+{_CITED_DATE}(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_RCUE})(?![\w’'\-])"
               rf"{_TIME}(?P<that>\s+that)?\s+(?P<rest>[^\s“”\"‘’',;:])")
# the citation's date after a speaker's name ("according to Lyon (2003), ..."): not part of the name
_CITED_DATE_AFTER = _rx(rf"\s*{_CITED_DATE}\s*$")


def _cited_subject(sent: str) -> tuple[str, str, int, int] | None:
    """The reported clause of a narrative citation (:data:`_R_CITED`) in ``sent``: (speaker, cue, clause start,
    clause end) in ``sent``, or None. The verb's tests are those of the forward reading: a verb of
    :data:`THAT_REPORTING_VERBS` needs its "that", and the clause is one of three words or more."""
    for m in _R_CITED.finditer(sent):
        if m.group("cue").split()[0].lower() in THAT_REPORTING_VERBS and not m.group("that"):
            continue
        if _first_person_before(sent, 0, m.start("cue"), m.group("cue").split()[0] if m.group("that") else ""):
            continue  # "We (2019) argue that": the writers' own view
        start = _clause_start(sent, m)
        if start is None:
            continue
        cs = start[0]
        ce = len(sent.rstrip().rstrip(".!?…"))
        if _fronted(sent, m.start("spk"), m.group("spk")):
            c = _clause_comma(sent, cs, ce)
            if c >= 0:
                ce = c
        if _three_words(sent[cs:ce]):
            return m.group("spk"), m.group("cue"), cs, ce
    return None


#: prepositions of place and medium whose object a reporting verb may follow: 'shared thousands of times on X claimed',
#: 'Residents interviewed in Leeds said'
_OBJECT_PREPS = r"in|on|at|from|via|across|through|over"
_PREP_BEFORE = _rx(rf"(?<![\w’'])(?:{_OBJECT_PREPS})\s+$")
#: a fronted adverbial of time before the subject ('Last week in Brussels Roe said'), which opens no noun phrase
_TIME_OPENING = _rx(r"(?i)(?:last|this|next|on|in|at|earlier|later|early|late|yesterday|today)\b")


def _subject_of_object(sent: str, at: int, spk: str) -> str:
    """The subject of a reporting verb whose noun-phrase pattern found ``spk`` (at ``at`` in ``sent``) right after a
    preposition: a name there is the preposition's object (Quirk et al. 1985, 9.1), never the verb's subject, which is
    the noun phrase the prepositional phrase modifies, from the clause's start (the sentence's or the last comma's):
    'A post shared thousands of times on X claimed that ...' (a fact-check's claim made in a post: the speaker had been
    the platform 'X'), 'Residents interviewed in Leeds said ...' (had been 'Leeds'). Only for a name of one or two words
    with the words before the preposition ending in lower case (a head noun or a participle, 'times on', 'interviewed
    in') or a plural noun alone that opens the sentence ('Experts on Facebook said'), at most twelve words from the
    clause's start and not opened by an adverbial of time; else ``spk``."""
    words = spk.split()
    if len(words) > 2 or not spk[:1].isupper() or _PREP_BEFORE.search(sent, 0, at) is None:
        return spk
    lo = max(sent.rfind(",", 0, at), sent.rfind(";", 0, at), sent.rfind(":", 0, at)) + 1
    subject = sent[lo:at + len(spk)].strip()
    head = subject.split()
    if not len(words) + 2 <= len(head) <= 12 or _TIME_OPENING.match(subject) or any(q in subject for q in "“”\""):
        return spk
    before = head[-len(words) - 2]
    if re.fullmatch(r"[a-z][\w\-]*", before) is None and not (
            len(head) == len(words) + 2 and lo == 0 and re.fullmatch(r"[A-Z][a-z\-]+s", before) is not None):
        # (a capital only where the clause opens with the word, a plural noun capitalised by its place: 'Experts on
        # Facebook said', 'Officials in Leeds said'; a name before the preposition, 'Roe in Brussels', is left alone)
        return spk
    return subject


#: a coordinating conjunction between clauses (Quirk et al. 1985, 13.1-13.5; "while" and "whereas" in their
#: contrastive use, 15.21), with the comma that may stand before it
_COORDINATOR = _rx(r",?\s+(?:but|and|yet|while|whereas)\s+")
#: a first-person subject with a verb of stance after such a conjunction ("and honestly i think ..."): a clause of the
#: speaker's own view (Biber et al. 1999, 10.2.3 on 'I think', 'I guess'), up to two adverbs before it
_OWN_VIEW = _rx(r"(?:[^\W\d_]+ly\s+|(?:really|just|also|still|even)\s+){0,2}(?:i|I|we|We)\s+(?:really\s+|just\s+|also\s+|"
                r"do\s+|don't\s+|do\s+not\s+)?(?:think|believe|guess|feel|suppose|reckon|mean|know|say|would\s+say)\b")


def _coordinated_clause(sent: str, cs: int, ce: int) -> tuple[int, int] | None:
    """Where the reported clause ``sent[cs:ce]`` ends at a coordinated main clause of its own: a conjunction
    (:data:`_COORDINATOR`) followed by a subject with a reporting verb of its own ("..., but critics say ...",
    :data:`_R_FWD`, a that-verb only with its "that") or by the speaker's own view (:data:`_OWN_VIEW`, "and i
    think ..."). Such a conjoin has its own subject and verb, so it is no part of what the first subject says
    (Quirk et al. 1985, 13.1-13.5). Returns (the clause's new end, where the next clause begins) or None. Without
    commas, as a speech recogniser writes, "the mayor says A but critics say B" had given both clauses to the
    mayor."""
    for m in _COORDINATOR.finditer(sent, cs, ce):
        after = m.end()
        if _OWN_VIEW.match(sent, after, ce) is not None:
            return m.start(), after
        r = _R_FWD.match(sent, after, ce)
        if r is None:
            continue
        verb = r.group("cue").split()[0].lower()
        if verb in THAT_REPORTING_VERBS and not r.group("that"):
            continue
        if _three_words(sent[cs:m.start()]):
            return m.start(), after
    return None


_THAT_AFTER_ASIDE = _rx(r"that\s+")


def _past_aside(text: str, cs: int, ce: int) -> int:
    """Where a reported clause that opens with a parenthesis begins: after it (and after a comma or a "that" following
    it).

    A parenthesis right after the reporting verb is the writer's note on how the words were said or rendered, "said
    (in Mandarin) that ...", "said (through an interpreter)", "said (translated from Mandarin).": an aside outside the
    sentence's structure (Chicago Manual of Style, 17th ed., 6.95), not what was said. Read as the clause, a
    translator's note alone had been the speaker's reported claim; a clause left shorter than the minimum is none."""
    if cs >= ce or text[cs] != "(":
        return cs
    close = text.find(")", cs + 1, ce)
    if close < 0 or text.find("(", cs + 1, close) >= 0:
        return cs
    p = close + 1
    while p < ce and (text[p].isspace() or text[p] == ","):  # ('As Roe had said (222nd meeting), the ...')
        p += 1
    m = _THAT_AFTER_ASIDE.match(text, p, ce)
    return m.end() if m else p


def _reported_in(text: str, ss: int, se: int, gates: list[tuple[int, int]], k: int, verb_place: bool,
                 spans: list[tuple[int, int]], q_starts: list[int],
                 table: _Speakers | None,
                 names: tuple[tuple[str, ...], ...] = ()) -> tuple[dict | None, _Speakers | None, int | None] | None:
    """The reported clause of the sentence ``text[ss:se]`` (its first _R_MAX characters), if any, with the
    name table (built at the first clause found; ``table`` as the caller has it) and, where the clause is that
    of a fronted subordinate clause (:func:`_fronted`), the offset where the main clause after its comma begins,
    which the caller reads as a sentence of its own (else None; the clause is None where that of the
    subordinate clause was found but is no clause)."""
    sent = text[ss:min(se, ss + _R_MAX)]
    if _FOUR_WORDS.match(sent) is None or (not verb_place and not _RCUE_FIRST_SET.found(sent)):
        return None
    lead = len(sent) - len(sent.lstrip())
    found = None
    resume = None  # where the main clause after a fronted subordinate clause begins (see _fronted)
    back: re.Match | None | bool = False  # _R_BACK's match, searched when a forward reading needs it
    # a final reporting clause with inversion (", said Ann Roe, a director at Acme."; Quirk et al. 1985,
    # 14.29-14.31): its verb reports the clause before it, so it is no forward cue whose "clause" is
    # the speaker's name (the forward pattern would read the clause before as a subject in apposition)
    inv = _R_BACK_INV.search(sent) if _R_INV_GATE.search(sent) else None
    inv_cue = inv.start("cue") if inv else -1
    sg = _gate_spans(sent, 0, len(sent))  # the places as the cut sentence has them
    for m in _fwd_matches(sent, sg) if _fwd_candidates(text, ss, ss + len(sent), gates, k) else ():
        if m.start("cue") == inv_cue and not (m.start("spk") == lead and "," in sent[m.end("spk"):m.start("cue")]):
            # a final reporting clause with inversion reports what stands before its comma; where that is the
            # forward subject with its apposition, opening the sentence ('The minister, Philip Hale, said the
            # programme kept people safe.'), it is no clause but the subject, and the verb reports forward (the
            # inverted reading had taken 'the programme kept people safe' for the speaker)
            continue
        verb = m.group("cue").split()[0].lower()
        if _lacks_that(m):
            continue  # "maintains the platform", "added cameras": not speech
        if verb in INDICATE_VERBS and (not indicating_subject(m.group("spk")) or (
                (w := _PREV_WORD.search(sent, 0, m.start("spk"))) is not None and w.group(1).lower() in PREPOSITIONS)):
            # "The record indicates that ...": evidence, not a speaker; "measures taken by the Government indicate
            # that": the body is the complement of a preposition inside the subject (Quirk et al. 1985, 9.1), whose
            # head, the measures, is evidence
            continue
        if m.group("spk").split()[0].lower() in _RELATIVE_WORDS:
            continue  # "The cameras, which officials say work, are ...": a relative clause, its subject no speaker's
        if _first_person_before(sent, 0, m.start("cue"), verb if m.group("that") else "") or \
                not _plausible(m.group("spk"), verb, verb in NOUN_BASE_FORMS
                               and plural_subject(_ALPHA.findall(m.group("spk").lower()))) or \
                (names and own_name_subject((sent[:m.start("cue")],), names)):
            continue  # "We say ...", "France believes that ..." in France's statement: the speaker's own view
        if m.group("spk").split()[-1].lower() in PARTICIPLES and \
                re.match(r"\s*that\s*,", sent[m.end("cue"):]) is not None:
            continue  # "Having said that, I would like to ...": a discourse marker, no report
        start = _clause_start(sent, m)
        if start is None:
            continue  # "said of the new lab.", "told members of the council.": no clause after the verb
        cs, kept = start
        if sent[cs] in "-—–" and sent[:m.start("spk")].rstrip()[-1:] in ("-", "—", "–"):
            continue  # "Mass surveillance -- critics argue -- is ...": a comment clause between dashes (_comment_clauses)
        if kept and m.group("cue").lower() in _HEARER_VERBS:
            # (only after "told" + hearer: after other verbs _R_BACK's time phrase may be a prepositional
            # complement, "insisted on providing him with new ones", and the forward reading stays)
            if back is False:
                back = _R_BACK.search(sent) if _back_may_match(sent, sg) else None
            if back is not None and back.start("cue") == m.start("cue"):
                continue  # ", Jane Roe told the city council on Monday.": a final reporting clause
        ce = len(sent.rstrip().rstrip(".!?…"))
        if _fronted(sent, m.start("spk"), m.group("spk")):
            c = _clause_comma(sent, cs, ce)
            if c >= 0:  # "While Beijing claims A, critics warn B": the clause ends at the comma
                ce, resume = c, ss + c + 1
        if resume is None and (c := _coordinated_clause(sent, cs, ce)) is not None:
            ce, resume = c[0], ss + c[1]  # "X says A but critics say B": B is read as a sentence of its own
        if not _three_words(sent[cs:ce]):
            resume = None
            continue  # ", the mayor said on Monday.", ", she told reporters.": no clause after the verb
        spk = _subject_of_object(sent, m.start("spk"), m.group("spk"))
        if (doc := addressed_document(sent, m.start("spk"))) is not None:
            spk = doc  # 'The mayor's letter to the governor said ...': the letter's, not its addressee's (9.1, 17.37)
        if spk.split()[0].lower() in _POSSESSIVE_DETERMINERS and (
                a := _APPOSITION_NAME.fullmatch(sent, m.end("spk"), m.start("cue"))) is not None:
            spk = a.group("name")  # 'Its president, Ciara Nolan, said': the name in apposition is the speaker
        found = (spk, m.group("cue"), ss + cs, ss + ce)
        break
    if found is None and "(" in sent and (c := _cited_subject(sent)) is not None:
        found = (c[0], c[1], ss + c[2], ss + c[3])
    acc = "ccording" in sent  # (the 'according' patterns need it; _R_BACK_INV needs _R_INV_GATE: inv)
    if found is None and acc and (m := _R_ACC_FWD.search(sent)) and _stops_go_on(sent, m, len(sent), lead) \
            and according_to_source(_ALPHA.findall(m.group("spk").lower())) \
            and not (names and own_name_subject((m.group("spk"),), names)):
        found = (m.group("spk"), "according to", ss + m.start("rest"), ss + len(sent.rstrip().rstrip(".!?…")))
    if found is None:
        for rx in (_R_BACK, _R_BACK_INV, _R_ACC_BACK):
            if rx is _R_BACK:
                m = back if back is not False else _R_BACK.search(sent) if _back_may_match(sent, sg) else None
            else:
                m = inv if rx is _R_BACK_INV else _R_ACC_BACK.search(sent) if acc else None
            if m and rx is _R_ACC_BACK and not (_stops_go_on(sent, m, len(sent), None)
                                                and according_to_source(_ALPHA.findall(m.group("spk").lower()))):
                continue
            if m and names and own_name_subject((m.group("spk"),), names):
                continue  # ", France believes." in France's statement
            if m and rx is _R_BACK and m.group("cue").lower() in INDICATE_VERBS \
                    and not indicating_subject(m.group("spk")):
                continue  # ", the figures indicate.": evidence, not a speaker
            if m and not (rx is _R_BACK and first_person_subject(_ALPHA.findall(m.group("spk").lower()))):
                found = (m.group("spk"), m.group("cue"), ss + lead, ss + m.start())
                break
    if found is None:
        return None
    spk, cue, cs, ce = found
    cs = _past_aside(text, cs, ce)
    no = (None, table, resume) if resume is not None else None
    cue = re.sub(r"\s+", " ", cue).split()[0] if not cue.lower().startswith("according") else "according to"
    spk = _clean_speaker(_CITED_DATE_AFTER.sub("", spk))
    if not spk or ce - cs < 8:
        return no
    # words outside quotations: a clause that is only a quotation is direct speech, not reported
    k = bisect_right(q_starts, cs) - 1
    if k >= 0 and spans[k][0] < cs < spans[k][1]:
        # a clause that opens inside a quotation ('"Our results suggest that these tools can create a feedback loop,"
        # said Professor Tom Reed, who led the research.') is part of the quoted words and ends with them: the
        # reporting clause after the closing mark is the writer's frame, outside the direct speech it reports
        # (Quirk et al. 1985, 14.29-14.31); run on over the mark, it had made that frame 'reported' by 'Our results'
        ce = min(ce, spans[k][1])
    outside = text[cs:ce]
    for j in range(max(k, 0), len(spans)):
        qs_, qe_ = spans[j]
        if qs_ >= ce:
            break
        if qe_ > cs:
            a, b = max(qs_, cs) - cs, min(qe_, ce) - cs
            outside = outside[:a] + " " * (b - a) + outside[b:]
    if not _three_words(outside):
        return no
    if table is None:
        table = _Speakers(text, spans)
    info = table.resolve(spk, ss, ce)
    if info.get("channel") is None:
        # 'claimed in a press release on June 2 that ...', ', she said in a video.': the medium between the verb and its
        # clause, or after a final reporting clause's verb (as for a quotation, _speakers._channel_near)
        c0 = text.find(cue, ss, se)
        if c0 >= 0:
            info = {**info, "channel": _channel_near(text, text[c0:cs] if cs > c0 else text[c0:se], c0, c0)}
    return {"start": cs, "end": ce, "content_start": cs, "content_end": ce, "open_mark": "", "close_mark": "",
            "kind": "reported", "cue": cue, "parent_id": None, "n_paragraphs": 1, "anomaly": None, **info}, table, resume
