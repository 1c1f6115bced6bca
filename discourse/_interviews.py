"""Interview turns: the interviewee's answers in a question-and-answer text are direct speech without marks.

A published interview renders its exchange as turns, not as quotations: each answer is the interviewee's own words,
set off by a speaker label ('Kowalczyk: With what we already had.') or by its place after a question
('Silkline has worked in four countries. What is driving demand?' followed by the answer). The turn format
replaces the reporting clause and the quotation marks of running news copy (Clayman & Heritage 2002, *The News
Interview*, ch. 1 and 4, on the question-answer format and the interviewee as the animator of the answers; the
AP Stylebook's entry "Q and A format": answers are the speaker's words, verbatim, with no quotation marks). Left
in the author's voice, an interview with a vendor's chief technology officer reads as the outlet's own promotion.

Two forms are read, both conservative (a form that is not plainly an interview gives no turn):

- *labelled turns*: paragraphs that open with a speaker label and a colon, in bold or italics too ('**MTW:**',
  '<b>MTW:</b>'; 'MTW: Where did you start?',
  'Kowalczyk: With what we already had.', 'Q: ...' / 'A: ...'), at least two labels used at least twice each, the
  labels alternating, and one of them the interviewer's: at least two turns, at least half of them ending in a
  question mark (a turn runs to the next label, so a question whose last paragraph asks it counts). A turn right after the interviewer's is an answer, and a label that answers at least twice is an
  interviewee's ('Related:' lines after the last answer answer nothing; the publisher's own labels, 'Related:',
  'Update:', 'Read more:', and the days of a schedule are no speakers). Every turn of an interviewee is speech by that
  label (resolved in the name table, so 'Kowalczyk' is 'Andrea Kowalczyk' where the text names her in full; 'A' is
  the interviewee named in the introduction), the answers and a turn that answers no question alike (a press
  secretary's opening statement before the first question, a remark after the last); a label in capitals of two
  words or more ('MS. WHITLOCK:') is read as the name it writes ('Ms. Whitlock'), so that it resolves too, and a
  one-word label in capitals as the text writes the word elsewhere ('ZHANG:' is 'Zhang', so Zhang Wei). A
  paragraph without a label between an answer and the exchange's next turn continues the answer; a stage direction
  inside it ('(Laughs.)', '(Laughter)') is the editor's note, left out as in a transcript. Headings with
  colons ('Challenge:', 'Results:'), each used once, and transcripts without questions give no turn.
- *unlabelled question and answer*: a text whose first line opens with 'Q&A', 'Q and A' or 'Interview' and whose
  body holds at least three question paragraphs (ending in a question mark, at most 60 words, not opening with a
  quotation mark: a quoted question is someone's speech); the paragraphs after each question, up to the next question,
  are the answer, speech by the person the introduction says the outlet spoke to ('spoke to Rustam Alimov', 'we
  spoke with Lt. Andrea Kowalczyk', 'an interview with ...', 'a press conference with ...') or, failing that, the
  person it presents with an office or a role ('Zhang Wei is chief executive of Skyeye'); after the last question, up to a paragraph of fewer
  than eight words or the end of the text. A list of questions a text asks and answers itself (an explainer, a
  FAQ) has no such first line and gives no turn.

A third form is the record of a sitting: a debate, a hearing, a meeting, a press conference. Its turns are each
speaker's own words, as written down by a clerk or transcriber whose own voice is the headings and the stage directions
('[Interruption.]', '(Laughter)', '[Whereupon, the hearing was adjourned.]'), not the members' words (the Official Report is 'substantially the verbatim report' of what members
said, in the definition of the Select Committee on Parliamentary Debates of 1907 that Erskine May gives; the
Congressional Record and committee hearings print each statement under the member's name in the same way):

- *transcript turns*: paragraphs that open with a speaker label, in one of three forms: Hansard's ('Mrs Jane Roe
  (Bristol West) (Lab):', 'The Minister for Policing (Tom Hale):', a numbered question '1. Dr Priya Nair (Oxford
  East) (LD):', a committee's 'Q3 Tim Loughton:'), the Congressional Record's ('Mr. BIGGS.', 'Senator ROE.', 'The
  CHAIRMAN.': a title and a surname in capitals, then a full stop), or the colon label above ('Cllr Holt:',
  'SENATOR ROE:', 'Mr Speaker:'); or, in the published transcripts of earnings calls (Seeking Alpha's, The Motley
  Fool's, S&P's), the speaker's name on a line of its own above the turn ('Daniel Okafor', 'Operator', 'Priya Nair --
  Morgan Stanley -- Analyst'; ``cue`` ``'name line'``), read as the colon label is (a line written once that neither
  asks nor answers, a news story's subheading, is no turn, unless a participant list of the text names it:
  'Laura Finn - Vice President, Investor Relations'), and Refinitiv's numbered turn headers between dashed rules
  ('Daniel Okafor,  Vigilant Systems Inc - CEO   [2]') and S&P Capital IQ's name above a line of company and title
  ('Vigilant Systems, Inc. - CEO & Director'), each a turn as Hansard's labels are; the paragraphs under a name line
  that is no turn continue no one's turn. A text is a transcript where at least four paragraphs carry labels, the labels
  change at least three times, one of them speaks at least twice, and at least three speakers take part (two are an
  interview, read as above, unless both are named by a title or in the record's form: 'Senator ROE.' and 'Ms.
  HALE.'; or unless the first line says the text is the record of a sitting: 'Press briefing by ...', 'Transcript:',
  'Minutes of ...', 'Oral evidence', 'Hearing before ...', '... Q3 2024 Earnings Call'), and the exchange is plainly one of speakers: two turns or
  more in the Hansard or Congressional form, two speakers or more with a title or an office ('Cllr', 'Senator', 'Mr
  Speaker', 'The Chair'), two questions or more answered by another speaker, or such a first line. Every turn is then
  speech by its label (a member's label resolved in the name table, so 'Mrs Roe:' is 'Jane Roe' and 'Dr. MOSS.' is
  'Alan Moss' where the text names him in full; an office holder under Hansard's office label by the name in its
  brackets; the chair and the House as written: 'Mr Speaker', 'Hon. Members'), and unlabelled paragraphs up to the
  next turn continue it, except a paragraph that is a stage direction in brackets or a section heading of the record
  ('Question-and-Answer Session', 'Prepared Remarks:': a short line of capitalised words with no closing punctuation). A stage direction inside a turn
  ('... deployment. [Interruption.] Opposition Members may shout ...') is left out of it, and Hansard's 'Mr Grey:
  rose—' (the member stood) is no turn. An unnamed questioner ('Q:') is the publisher asking, as in an interview,
  except in the record of a sitting, where it is a reporter or a member: speech with no speaker (the White House's
  'Q' with no colon, set off by a tab or spaces, 'Q    Thanks, Jen.', is such a label); its 'A:' is the
  person the first lines name ('Press conference with Mayor Tom Reyes', 'Foreign Ministry Spokesperson Wang Wenbin's
  Regular Press Conference'). The publisher's own labels ('Related:',
  'Read more:', 'Update:') are no turns, nor are an interview's questions by the outlet the introduction names as a
  party of the talk when two people or more answer ('WIRED spoke to them'), nor is a heading with a colon: a label written once, with no title, that
  neither asks nor answers a question ('Witnesses: ...'). A transcript turn has ``speaker_reason`` ``transcript
  turn`` and as ``cue`` the label's closing ``':'`` or ``'.'``.

A broadcast transcript (a television or radio network's: CNN's, NPR's) is such a record, its labels a name in
capitals, at a speaker's first turn with a comma and the role ('ANDERSON COOPER, CNN ANCHOR:', 'MARTIN KASTE,
BYLINE:', 'JAMES CRAIG, DETROIT POLICE CHIEF:') or how the words were delivered ('COOPER (voice-over):'); a later
label by the surname ('COOPER:') is the person the first one names, and a name in capitals is a speaker at a single
turn. The network's own people, by the role of their first label (anchor, host, presenter, correspondent, reporter,
NPR's 'BYLINE'), speak with the network's voice, as a reporter's copy is the paper's: their turns give no span and
stay the author's voice (Hallin 1992, "Sound-bite news", on the journalists' words and the newsmakers' sound bites;
Clayman & Heritage 2002 on the interviewer speaking for the news organisation). Every other turn is a sound bite, the
speech of its speaker; 'UNIDENTIFIED MALE:' is speech with no speaker. The directions between and inside turns
('(BEGIN VIDEOTAPE)', '(CROSSTALK)', '(SOUNDBITE OF ...)') end a turn and are set aside by cleaning
(``discourse.clean.BROADCAST_DIRECTION``).

Talk goes both ways: in 'Zhang Wei, chief executive of Skyeye, spoke to WIRED' and 'He spoke with WIRED' the
interviewee is the subject and the outlet the object (see ``_speaking_subject``), in 'We spoke to Zhang Wei' the object.

Either way the answers are someone else's only where the text names an interviewee: a label that is a name
('Kowalczyk:'), or, for 'A:' labels and unlabelled answers, a person the introduction says the outlet spoke to, or
the person it presents by a copula or an apposition with an office or a role ('Zhang Wei is chief executive of
Skyeye Urban Systems', as print Q&As introduce their subject) or the person its headline names after the genre label ('Q&A: Zhang
Wei on ...', 'Interview: Zhang Wei, chief executive of ...') in a text that calls itself an interview in its title,
its introduction or an editor's note after the last answer ('This interview has been edited and condensed'). A
FAQ ('Q: Can police see my doorbell video? A: Only with a warrant ...', or questions under 'Q&A: your questions
answered') answers in the publisher's own voice and gives no turn.

A turn is a span of kind ``speech`` with no marks (``open_mark`` and ``close_mark`` empty), ``cue`` ``':'`` (a
label; ``'.'`` for the Congressional Record's) or ``'Q&A'`` (a question before it), added after the quotations so that their ids do not change; a
quotation inside a turn keeps its own span and voice. A turn whose words are all inside one quotation is that
quotation already and is not added.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ._posts import unmarked_speech
from ._re_cache import compile as _rx
from ._speaker_names import _role_word
from ._speakers import _NO_SPEAKERS_AT_ALL
from .clean import BROADCAST_DIRECTION, LINE_TIMESTAMP
from .segment import DIARISATION_LABEL

__all__ = ["interview_turns"]

# a speaker label at the head of a paragraph: one to four capitalised words (initials, hyphens, apostrophes; capitals
# outside ASCII too, 'Émilie Ó Súilleabháin:'), a colon, white space and the turn's first character
_CAP = r"[^\W\d_]"  # a letter; that it is a capital is checked on the match (re has no class of capitals)
# The label may be set in bold or italics (Chicago Manual of Style, 17th ed., 13.48: the speakers' names of an interview
# or a discussion set off in bold, small capitals or italics), which a page saved as Markdown ('**Zhang:**',
# '**Zhang**:', '__Zhang:__', '*Q:*'; CommonMark 0.31, 6.2 "Emphasis and strong emphasis") or HTML ('<b>Zhang:</b>',
# '<strong>Q:</strong>'; HTML tags are set aside by cleaning) keeps around it, the colon inside the emphasis or after it.
_EM_OPEN = r"(?P<em>\*\*|__|\*|_|<(?:b|strong|em|i)>)?"
_EM_CLOSE = r"(?:\*\*|__|\*|_|</(?:b|strong|em|i)>)"
_LABEL = _rx(r"\s*" + _EM_OPEN + r"(?P<lab>" + _CAP + r"[\w.’'\-]*(?:\s" + _CAP + r"[\w.’'\-]*){0,3})"
             r"(?(em)(?::" + _EM_CLOSE + r"|" + _EM_CLOSE + r":)|:)[ \t]+(?=\S)")
_TITLE = _rx(r"\s*(?:Q\s*&\s*A|Q\s+and\s+A|Interview)\b", re.IGNORECASE)
_NAME = r"(?P<name>(?:" + _CAP + r"[\w’'\-]*\.?\s){0,3}" + _CAP + r"[\w’'\-]+)"
# the introduction's name of the interviewee: 'spoke to|with NAME', 'talked to NAME', 'sat down with NAME',
# 'an interview with NAME', 'interviewed NAME', 'asked NAME'
# 'a press conference with|by NAME', in a title's capitals too ('Regular Press Conference by Spokesperson Wang Wenbin'),
# and a title's possessive ('Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2021',
# the Chinese Foreign Ministry's form; the name table resolves the office before the name)
_CONFERENCE = r"(?i:press\s+(?:conference|briefing)|news\s+conference|briefing)"
_INTERVIEWEE = _rx(r"\b(?:spoke|speaks|talked|talks|sat\s+down|caught\s+up)\s+(?:to|with)\s+" + _NAME
                          + r"|\b" + _CONFERENCE + r"\s+(?:with|by)\s+" + _NAME.replace("name", "name4")
                          + r"|\binterview(?:ed)?\s+(?:with\s+)?" + _NAME.replace("name", "name2")
                          + r"|\basked\s+" + _NAME.replace("name", "name3")
                          + r"|" + _NAME.replace("name", "name5") + r"[’']s\s+(?:" + _CAP + r"\w*\s+)?" + _CONFERENCE + r"\b")
_MARKS = "“”\"«»"
# a transcript's labels beside the colon label: Hansard's, a name or an office with bracketed constituency, party or
# name ('Mrs Jane Roe (Bristol West) (Lab):', 'The Minister for Policing (Tom Hale):'), and the Congressional Record's,
# a title and a surname in capitals closed by a full stop ('Mr. BIGGS.', 'The CHAIRMAN.', 'Mr. JOHNSON of Georgia.');
# either may follow a question's number ('1. Dr Priya Nair (Oxford East) (LD):', 'Q3 Tim Loughton:')
_NUMBER = r"(?:Q\d{1,4}\s+|\d{1,4}\.\s+)?"
_HANSARD = _rx(r"\s*" + _NUMBER + r"(?P<lab>" + _CAP + r"[\w.’'\-]*(?:[ \t]+[\w.’'\-]+){0,12}?)"
               r"(?P<br>(?:[ \t]*\([^()\n]{1,80}\)){1,3}):[ \t]+(?=\S)")
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "earl",
           "viscount", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "delegate",
           "cllr", "councillor", "councilor", "councilman", "councilwoman", "alderman", "commissioner", "chair",
           "chairman", "chairwoman", "chairperson", "speaker", "mayor", "minister", "secretary", "president",
           "governor", "judge", "justice", "prof", "professor", "general", "admiral", "ambassador", "director",
           "chief", "deputy", "madam", "the", "hon", "noble", "spokesperson", "spokesman", "spokeswoman")
_CONGRESS = _rx(r"\s*" + _NUMBER + r"(?P<lab>(?:The\s+)?(?:(?:" + "|".join(
    t.capitalize() for t in _TITLES if t != "the") + r")\.?\s+)?(?:The\s+)?(?P<caps>[A-Z][A-Z’'\-]+)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\.[ \t]+(?=\S)")
# a broadcast transcript's label (the networks' transcripts, CNN's and NPR's among them): a name in capitals, at a
# speaker's first turn a comma and the role in capitals ('ANDERSON COOPER, CNN ANCHOR:', 'MARTIN KASTE, BYLINE:',
# 'JAMES CRAIG, DETROIT POLICE CHIEF:'), and how the words were delivered in brackets ('COOPER (voice-over):')
_BROADCAST = _rx(r"\s*(?P<lab>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,4}(?:[ \t]+#?\d{1,2})?)"
                 r"(?:,[ \t]+(?P<role>[A-Z][A-Z0-9.,’'&/\- ]{1,100}?))?"
                 r"(?:[ \t]*\((?P<how>[^()\n]{1,40})\))?:[ \t]+(?=\S)")
_DELIVERY = {"voice-over", "voice over", "vo", "v/o", "on camera", "on-camera", "off camera", "off-camera",
             "through translator", "through interpreter", "via telephone", "via phone", "by telephone", "on phone",
             "via skype", "via videophone", "via video", "voice of interpreter", "off-mike", "off mike"}
# the roles of a network's own people: their words are the network's, as a reporter's copy is the paper's (the
# anchor, host or presenter and the correspondents and reporters, NPR's 'BYLINE'); everyone else in a broadcast
# transcript (the guest, the official, the person in the street) is a voice the network gives to be heard, a
# sound bite (Hallin 1992, "Sound-bite news", Journal of Communication 42(2), on the journalists' words and the
# newsmakers' sound bites; Clayman & Heritage 2002, The News Interview, on the interviewer speaking for the news
# organisation)
_STAFF = _rx(r"\b(?:ANCHOR|CO-?ANCHOR|HOST|CO-?HOST|PRESENTER|NEWSREADER|NEWSCASTER|CORRESPONDENT|REPORTER|BYLINE"
             r"|NEWS\s+DESK|NEWSROOM)\b")
# a speaker the transcript does not name: speech with no speaker ('UNIDENTIFIED MALE:', 'UNIDENTIFIED FEMALE #2:')
_UNNAMED = _rx(r"(?i)(?:unidentified|unknown|unnamed)(?:\s+[a-z]+){0,2}(?:\s*#?\d+)?")
# the chair and the House, written as their office or as a body, not as a person's name
_CHAIR = {"mr speaker", "madam speaker", "mr deputy speaker", "madam deputy speaker", "the deputy speaker",
          "the speaker", "lord speaker", "the lord speaker", "the chair", "chair", "the chairman", "chairman",
          "the chairwoman", "madam chair", "mr chairman", "madam chairman", "the presiding officer",
          "hon. members", "hon members", "several hon. members", "some hon. members", "an hon. member",
          "noble lords", "several noble lords", "members", "several members", "senators", "several senators"}
# the publisher's own furniture under a label, and the days of a schedule: no speaker ('Update: MPs are now voting'
# after 'Related: What is live facial recognition?' answers no one)
_FURNITURE = {"related", "read more", "more", "see also", "also read", "read also", "update", "updated", "watch",
              "listen", "photo", "photos", "photograph", "picture", "video", "source", "sources", "note",
              "editor's note", "editor’s note", "correction", "clarification", "disclosure", "advertisement",
              "sponsored", "tags", "topics", "share", "contact", "email", "e-mail", "tel", "phone", "web",
              "website", "subscribe", "follow", "credit", "credits", "caption", "breaking", "live", "latest",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
              "tomorrow", "yesterday"}
# an unnamed questioner or answerer: the publisher asks, as in an interview, unless the text is the record of a sitting
_GENERIC = {"q", "question", "questioner", "interviewer", "a", "answer"}
_ANSWER = {"a", "answer"}
# the first line of the record of a sitting, whose questioners are the reporters or members present, not the publisher
_SITTING = _rx(r"\b(?:press\s+(?:briefing|conference|gaggle)|news\s+conference|transcript|hearing\s+before|minutes\s+of"
               r"|official\s+report|hansard|oral\s+evidence|(?:earnings|conference)\s+call)\b", re.IGNORECASE)
# a stage direction: a paragraph in brackets, or brackets inside a turn ('[Interruption.]', '(Laughter)')
# (and a broadcast transcript's directions in capitals, '(BEGIN VIDEOTAPE)', '(SOUNDBITE OF MUSIC)', which cleaning sets
# aside: discourse.clean.BROADCAST_DIRECTION)
_DIRECTION = _rx(r"\[[^\[\]\n]{1,120}\]|\((?:[Ll]aughter|[Aa]pplause|[Ii]nterruption|[Ii]naudible|[Cc]rosstalk|"
                 r"[Cc]heers|[Ss]houts|[Ll]aughs|[Pp]ause)[^()\n]{0,60}\)|" + BROADCAST_DIRECTION.pattern)
_QUESTION_WORDS = 60
_SHORT = 8
# a speaker's name on a line of its own above the turn, as the published earnings-call transcripts print it (Seeking
# Alpha's 'Daniel Okafor' line, The Motley Fool's 'Daniel Okafor -- Chief Executive Officer', S&P's and Refinitiv's
# 'Name - Company - Title'; the conference operator as 'Operator'): two to four capitalised words, or 'Operator', with
# the speaker's title or company after a spaced dash, and nothing else on the line
_NAME_LINE = _rx(r"[ \t]*(?P<lab>" + _CAP + r"[\w.’'\-]*(?:[ \t]+" + _CAP + r"[\w.’'\-]*){0,3})"
                 r"(?:[ \t]+(?:--?|–|—)[ \t]+[^\n]{1,150}?)?[ \t]*(?=\n|$)")
# a turn's header in Refinitiv's StreetEvents transcripts: the speaker's name, after a comma the company and title,
# and the turn's number in brackets, on a line between two dashed rules ('Daniel Okafor,  Vigilant Systems Inc - CEO
# [2]', 'Operator   [1]'), closing its paragraph: the service's numbering makes every such line a turn
_NUMBERED_TURN = _rx(r"^[ \t]*-{3,}[ \t]*\n[ \t]*(?P<lab>" + _CAP + r"[\w.’'\-]*(?:[ \t]+" + _CAP + r"[\w.’'\-]*){0,3})"
                     r"(?:,[ \t]+[^\n]{1,150}?)?[ \t]+\[\d{1,4}\][ \t]*\n[ \t]*-{3,}[ \t]*$", re.MULTILINE)
# the speaker's company and title on the line below the name line, as S&P Capital IQ prints a turn's header ('Vigilant
# Systems, Inc. - CEO & Director', 'Morgan Stanley, Research Division - Equity Analyst'): a short line with a spaced
# dash and no sentence's closing punctuation
_AFFILIATION = _rx(r"[ \t]*[^\W\d_][^\n]{0,120}?[ \t]+(?:--?|–|—)[ \t]+[^\n]{0,100}?[^\s.!?:;,][ \t]*(?=\n|$)")
# a line of a participant list: a name and, after a spaced dash, the title or company ('Priya Nair - Morgan Stanley')
_CAST_LINE = _rx(r"^[ \t]*(?P<lab>" + _CAP + r"[\w.’'\-]*(?:[ \t]+" + _CAP + r"[\w.’'\-]*){1,3})"
                 r"[ \t]+(?:--?|–|—)[ \t]+[^\n]{1,150}$", re.MULTILINE)
# a section heading of the record, not words of the turn before it ('Question-and-Answer Session', 'Presentation',
# 'Prepared Remarks:', 'Questions & Answers:'): a line of at most six words, each capitalised or a short function word,
# with no sentence's closing punctuation
_HEADING_SMALL = frozenset({"&", "and", "of", "the", "for", "to", "on", "in"})
_HEADING = _rx(r"[ \t]*" + _CAP + r"[\w’'\-]*(?:[ \t]+(?:&|and|of|the|for|to|on|in|" + _CAP + r"[\w’'\-]*)){0,5}"
               r"[ \t]*:?[ \t]*")


def _label(text: str, start: int, end: int) -> re.Match | None:
    """The speaker label at ``text[start:end]``'s head, each of its words capitalised; None if there is none."""
    m = _LABEL.match(text, start, end)
    return m if m is not None and _capitalised(m.group("lab").split()) else None


def _paragraphs(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units with their white space trimmed (and a time code at their head: '[00:12:31] Tom Reyes: ...'), empty
    ones left out."""
    out = []
    for us, ue in units:
        s = text[us:ue]
        lead = len(s) - len(s.lstrip())
        trail = len(s.rstrip())
        t = LINE_TIMESTAMP.match(s)  # a timed transcript's '[00:12:31] ' before the label: no part of the turn
        if t is not None and t.end() < trail:
            lead = t.end() + len(s[t.end():]) - len(s[t.end():].lstrip())
        if trail > lead:
            out.append((us + lead, us + trail))
    return out


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words)


def _interviewee(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The first person the introduction ``text[start:end]`` says the outlet spoke to, with its offset: the
    capitalised words after 'spoke to' ('spoke to the mayor' names no one)."""
    for m in _INTERVIEWEE.finditer(text, start, end):
        g = next(g for g in ("name", "name2", "name3", "name4", "name5") if m.group(g))
        words = m.group(g).split()
        k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        if k:
            name = " ".join(words[:k])
            if g == "name":  # 'spoke to', 'sat down with': talk goes both ways, so the subject says who is who
                who = _speaking_subject(text, start, m.start(), name)
                if who == ("", 0):
                    continue  # 'He spoke to WIRED' with no one presented before: the object is the outlet, no one
                if who is not None:
                    return who
            return name, m.start(g)
    return None


def _speaking_subject(text: str, start: int, at: int, other: str) -> tuple[str, int] | None:
    """The interviewee where the subject of a verb of talking together at ``at`` is the interviewee and its object the
    outlet ('Zhang Wei, chief executive of Skyeye, spoke to WIRED', 'He spoke with WIRED' after 'Zhang Wei is chief
    executive of Skyeye', 'Zhang spoke to WIRED' after it): the person the subject is, ``("", 0)`` for a pronoun that
    refers to no one the introduction presents, None where the subject is the outlet or its reporter ('We spoke to',
    'WIRED spoke to', 'Our correspondent spoke to'), whose object is the interviewee. Talk is symmetric; the
    interviewee is the person presented by an office or a role, the outlet the other party; and an introduction names
    the interviewee in full, so where the object ``other`` is one word or opens with 'The' ('WIRED', 'The Guardian':
    an outlet) and the subject is a full name ('Zhang Wei sat down with WIRED'), the subject is the interviewee."""
    s0 = max(text.rfind(c, start, at) for c in ".!?\n") + 1 or start
    s0 = max(s0, start)
    words = text[s0:at].split()
    if not words:
        return None
    if words[-1].lower() in ("he", "she"):
        return _presented(text, start, s0) or ("", 0)
    here = _presented(text, s0, at)  # 'Zhang Wei, chief executive of Skyeye Urban Systems, spoke to WIRED'
    if here is not None and here[1] == s0 + len(text[s0:at]) - len(text[s0:at].lstrip()):
        return here
    before = _presented(text, start, s0)  # 'Zhang Wei is chief executive of Skyeye. Zhang spoke to WIRED.'
    if before is not None and words[-1] in before[0].split():
        return before
    outlet = len(other.split()) == 1 or other.split()[0] == "The"
    if outlet and 2 <= len(words) <= 4 and _capitalised(words) and words[0] != "The":
        return " ".join(words), s0 + len(text[s0:at]) - len(text[s0:at].lstrip())
    return None


# the introduction that presents the interviewee instead of saying the outlet spoke to them: a full name at the head of
# a sentence, a copula or a comma, and a complement whose words before its first preposition hold an office or a role
# ('Zhang Wei is chief executive of Skyeye', 'Dana Whitlock, the city's chief privacy officer, ...'); the subject
# complement and the appositive characterise the subject (Quirk et al. 1985, 10.16 and 17.65)
_PRESENTED = _rx(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>" + _CAP + r"[\w’'\-]*\.?(?:\s" + _CAP + r"[\w’'\-]*\.?){1,3})"
                 r"(?:\s+(?:is|was|has\s+been|serves\s+as)\s+|,\s+)(?P<np>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5})")
_NP_END = {"of", "at", "for", "in", "with", "from", "on", "who", "that", "which", "and", "since", "to"}
_INTERVIEW_WORD = _rx(r"\binterview", re.IGNORECASE)


def _presented(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The person the introduction ``text[start:end]`` presents with an office or a role, with its offset: the
    interviewee of a published Q&A whose introduction says who the interviewee is ('Zhang Wei is chief executive of
    Skyeye Urban Systems. This interview has been edited and condensed.') instead of that the outlet spoke to them. The
    first such full name; an organisation ('Skyeye Urban Systems is a Shenzhen company') has no role and is none."""
    for m in _PRESENTED.finditer(text, start, end):
        words = m.group("name").split()
        if not _capitalised(words) or any(_role_word(w) for w in words):
            continue
        for w in m.group("np").split():
            if w.lower() in _NP_END:
                break
            if _role_word(w):
                return m.group("name"), m.start("name")
    return None


# a Q&A's headline that names its interviewee after the genre label ('Q&A: Zhang Wei on wiring every street corner',
# 'Interview: Zhang Wei, chief executive of Skyeye'): the name, two to four capitalised words, then a comma, a colon,
# 'on', 'talks', 'says', 'about' or the line's end
_TITLE_NAME = _rx(r"\s*(?:Q\s*&\s*A|Q\s+and\s+A|Interview)\s*[:|\-–—]\s*(?P<name>" + _CAP + r"[\w’'\-]*\.?(?:[ \t]" + _CAP
                  + r"[\w’'\-]*\.?){1,3}?)(?=\s*[,:]|[ \t]+(?:on|talks|says|about)\b|[ \t]*$)", re.IGNORECASE)


def _title_interviewee(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The interviewee a Q&A's headline ``text[start:end]`` names after its genre label (:data:`_TITLE_NAME`)."""
    from .text import (
        STOPWORDS,  # (here: discourse.text imports the quotation finder, which imports this module)
    )

    m = _TITLE_NAME.match(text, start, end)
    words = m.group("name").split() if m is not None else []
    # (a headline in title case opening with a function word names no one: 'Q&A: Your Questions About the Cameras')
    if not words or not _capitalised(words) or any(_role_word(w) or w.lower() in STOPWORDS for w in words):
        return None
    return m.group("name"), m.start("name")


def _says_interview(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does the text call itself an interview outside its turns ``spans`` (sorted): in its title or introduction, or in
    an editor's note after the last turn ('This interview has been edited and condensed', the note print Q&As carry)?"""
    if not spans:
        return False
    return (_INTERVIEW_WORD.search(text, 0, spans[0][0]) is not None
            or _INTERVIEW_WORD.search(text, spans[-1][1]) is not None)


def _furniture(label: str) -> bool:
    """Is the label the publisher's own ('Related:', 'Update:', 'Read more:', a day in a schedule), no speaker?"""
    return label.lower().strip(".") in _FURNITURE


def _as_name(label: str) -> str:
    """A label in capitals of two words or more written as a name ('MS. WHITLOCK' -> 'Ms. Whitlock', 'The CHAIRMAN'
    -> 'The Chairman'), so that the name table resolves it; other labels as they are."""
    words = label.split()
    caps = [w for w in words if len(w.strip(".’'-")) > 1 and w.isupper()]
    if len(words) < 2 or not caps:
        return label
    return " ".join(re.sub(r"(?<=[^\W\d_])[^\W\d_]+", lambda m: m.group().lower(), w) if w in caps else w
                    for w in words)


def _as_written(text: str, label: str) -> str:
    """A one-word label in capitals written as the text writes the word elsewhere, with a capital initial only ('ZHANG'
    -> 'Zhang' where the introduction names Zhang Wei), so that the name table resolves it as it resolves 'Zhang:'; a
    word the text never writes so (an acronym: 'AFP', 'WIRED') stays as written."""
    if " " in label or len(label) < 2 or not label.isupper() or not label.isalpha():
        return label
    word = label[0] + label[1:].lower()
    return word if re.search(r"(?<![\w’'])" + re.escape(word) + r"(?![\w’'])", text) else label


def _full_name(text: str, start: int, end: int, word: str) -> tuple[str, int] | None:
    """The one full name of the introduction ``text[start:end]`` that a one-word label ``word`` shortens, with its offset:
    a run of two to four capitalised words that opens or ends with it ('Li:' after 'Zhang Wei and Li Na founded ...',
    'Kowalczyk:' after 'Andrea Kowalczyk'), as an introduction names each participant in full before the labels
    shorten the name; None where no run or several do."""
    found: dict[str, int] = {}
    run: list[re.Match] = []  # the capitalised words in a row, broken by any other word, a punctuation mark or a line end
    # (a line end too: the lines of a participant list or a heading above a label, 'Mark Chen - Jefferies' /
    # 'Presentation' / 'Operator', are no name's words)
    for m in re.finditer(r"[^\W\d_][\w’'\-]*|[^\w\s]+|\n", text[start:end] + " ."):
        if m.group()[:1].isupper():
            run.append(m)
            continue
        words = [w.group() for w in run]
        if 2 <= len(words) <= 4 and word in (words[0], words[-1]) and not any(_role_word(w) for w in words):
            found.setdefault(" ".join(words), start + run[0].start())
        run = []
    return next(iter(found.items())) if len(found) == 1 else None


def _labelled(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]] | None:
    """The interviewee turns of a text with speaker labels: (start, end, label), or None if it has none."""
    labels: list[tuple[int, str, int]] = []  # (paragraph index, label, body start)
    heads: list[int] = []  # the paragraphs with a label, the publisher's own too
    for i, (ps, pe) in enumerate(paras):
        m = _label(text, ps, pe)
        if m is not None:
            heads.append(i)
            if not _furniture(m.group("lab")):
                labels.append((i, m.group("lab"), m.end()))
    if len(labels) < 4:
        return None
    count: dict[str, int] = {}
    asks: dict[str, int] = {}
    for i, lab, _ in labels:
        count[lab] = count.get(lab, 0) + 1
        # a turn runs from its label to the next one (Sacks, Schegloff & Jefferson 1974: a turn is the talk of one
        # party up to the next speaker's), so a question set as a paragraph of context and a paragraph that asks
        # ('WIRED: You are now in 14 countries.' / 'What comes next?') is one question: a turn of at most three
        # paragraphs whose last one asks (a longer run is no interviewer's turn: the body of an article under a
        # header field, 'Original: ...'); the last turn is its own paragraph
        h = bisect_right(heads, i)
        nxt = heads[h] if h < len(heads) else i + 1
        last = paras[nxt - 1] if nxt - i <= 3 else paras[i]
        asks[lab] = asks.get(lab, 0) + any(text[ps:pe].rstrip(_MARKS + "’' ").endswith("?") for ps, pe in (paras[i], last))
    used = {lab for lab, n in count.items() if n >= 2}
    turns = [t for t in labels if t[1] in used]
    changes = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a[1] != b[1])
    interviewers = {lab for lab in used if 2 * asks[lab] >= count[lab]}
    # an answer is a turn right after a question's: a label that answers at least twice is an interviewee's
    # ('Related:' lines after the last answer answer nothing)
    answers = {k for k in range(1, len(turns)) if turns[k - 1][1] in interviewers and turns[k][1] not in interviewers}
    n_answers = Counter(turns[k][1] for k in answers)
    answering = {lab for lab, n in n_answers.items() if n >= 2}
    if len(used) < 2 or changes < 3 or not interviewers or not answering:
        return None
    out = []
    exchange = [j for j, lab, _ in turns if lab in interviewers or lab in answering]  # the interview's own turns
    for i, lab, body in turns:
        if lab not in answering:  # (an interviewee's every turn: answers, and a statement that answers nothing)
            continue
        # unlabelled paragraphs before the exchange's next turn continue this one (not after its last turn)
        last = i
        e = bisect_right(exchange, i)
        if e < len(exchange):
            while last + 1 < exchange[e] and _label(text, *paras[last + 1]) is None:
                last += 1
        out.append((body, paras[last][1], lab))
    return out


# the reporters' question in the White House's transcripts of press briefings: 'Q' with no colon, set off from the
# question by a tab or several spaces ('Q    Thanks, Jen. Does the President agree?'); in the record of a sitting by
# its first line, by one space too, as a page copied from the web collapses the spaces ('Q Thanks, Jen.')
_BARE_Q = _rx(r"\s*(?P<lab>Q)(?:\t|[ \u00a0]{2,})(?=\S)")
_BARE_Q_ONE = _rx(r"\s*(?P<lab>Q)[ \u00a0](?=[A-Z“\"‘'])")


def _transcript_label(text: str, start: int, end: int, sitting: bool = False) -> tuple[str, int, int, str] | None:
    """The speaker label at the head of the paragraph ``text[start:end]``: (speaker as written, its offset, where the
    turn's words start, form: 'hansard' | 'congress' | 'colon' | 'broadcast' | 'diarised', the broadcast label's role
    or ''), or None. A diarisation label ('SPEAKER_01:', 'Speaker 2  0:09'; :data:`discourse.segment.DIARISATION_LABEL`)
    names a voice the recogniser told apart, so it is a turn's speaker as written, a form of the record as Hansard's
    is: a machine transcript asks no question with a question mark, so it would never read as an interview."""
    m = DIARISATION_LABEL.match(text, start, end)
    if m is not None and m.end() < end:
        return m.group("lab"), m.start("lab"), m.end(), "diarised", ""
    m = _BROADCAST.match(text, start, end)
    if m is not None and (m.group("role") or (m.group("how") or "").lower() in _DELIVERY):
        return _as_name(m.group("lab")), m.start("lab"), m.end(), "broadcast", m.group("role") or ""
    # (a Hansard label closes its brackets with a colon, '(Tom Hale):', which the pattern, whose label may run on over
    # twelve words, need not look for in a paragraph without one: most paragraphs of most texts)
    m = _HANSARD.match(text, start, end) if text.find("):", start, end) >= 0 else None
    if m is not None:
        lab = m.group("lab")
        if lab.split()[0] == "The":  # an office: the person is in its brackets ('The Minister for Policing (Tom Hale)')
            inner = re.match(r"\s*\(\s*([^()]+?)\s*\)", m.group("br"))
            if inner is not None and _capitalised(inner.group(1).split()):
                return inner.group(1), m.start("br") + m.group("br").index(inner.group(1)), m.end(), "hansard", ""
        return lab, m.start("lab"), m.end(), "hansard", ""
    m = _CONGRESS.match(text, start, end)
    if m is not None and m.group("caps").isupper() and len(m.group("caps")) > 1 and " " in m.group("lab"):
        return _as_name(m.group("lab")), m.start("lab"), m.end(), "congress", ""
    m = _BARE_Q.match(text, start, end) or (_BARE_Q_ONE.match(text, start, end) if sitting else None)
    if m is not None:
        return "Q", m.start("lab"), m.end(), "colon", ""
    m = _label(text, start, end)
    if m is not None:
        lab = re.sub(r"^(?:Q\d{1,4}|\d{1,4}\.)\s+", "", m.group("lab"))  # a question's number
        return _as_name(lab), m.end("lab") - len(lab), m.end(), "colon", ""
    return None


def _name_line(text: str, start: int, end: int) -> tuple[str, int, int, str] | None:
    """The speaker's name on the first line of the paragraph ``text[start:end]`` (see :data:`_NAME_LINE`), or on a
    numbered turn's header that closes it (:data:`_NUMBERED_TURN`), or above the speaker's company and title
    (:data:`_AFFILIATION`): (name, its offset, where the turn's words start: the next line, or ``end`` where the name
    closes the paragraph, form: 'line', or 'header' for a numbered or an affiliated name, each a turn), or None."""
    if "[" in text[start:end]:
        m = _NUMBERED_TURN.search(text, start, end)
        if m is not None and m.end() == end:
            words = m.group("lab").split()
            if 2 <= len(words) <= 4 or m.group("lab") == "Operator":
                return m.group("lab"), m.start("lab"), end, "header"
    m = _NAME_LINE.match(text, start, end)
    if m is None:
        return None
    lab = m.group("lab")
    words = lab.split()
    if not _capitalised(words) or not (2 <= len(words) <= 4 or lab == "Operator"):
        return None
    if m.end() < end:  # the turn on the lines below ('Operator\nGood morning, ...'), not a list of such lines
        body = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
        aff = _AFFILIATION.match(text, body, end) if m.group().strip() == lab else None
        if aff is not None and len(aff.group().split()) <= 15:  # a header: the name, its company and title
            after = aff.end() + len(text[aff.end():end]) - len(text[aff.end():end].lstrip())
            if after >= end:
                return lab, m.start("lab"), end, "header"
            if not _nameish(text, after, end):
                return lab, m.start("lab"), after, "header"
        if _NAME_LINE.match(text, body, end) is not None and _nameish(text, body, end):
            return None
        return lab, m.start("lab"), body, "line"
    return lab, m.start("lab"), end, "line"


def _nameish(text: str, start: int, end: int) -> bool:
    """Is the first line of ``text[start:end]`` a name line (a participant list's next entry), not a turn's words?"""
    m = _NAME_LINE.match(text, start, end)
    return m is not None and _capitalised(m.group("lab").split()) and (
        2 <= len(m.group("lab").split()) <= 4 or m.group("lab") == "Operator")


def _heading(text: str, start: int, end: int) -> bool:
    """Is the paragraph ``text[start:end]`` a section heading of the record (:data:`_HEADING`), the transcriber's: its
    first word and every word but the short function words capitalised?"""
    if _HEADING.fullmatch(text, start, end) is None:
        return False
    words = text[start:end].rstrip(": \t").split()
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _HEADING_SMALL for w in words)


def _titled(label: str) -> bool:
    """Does the label name a speaker by a title or an office ('Cllr Holt', 'Senator Roe', 'Mr Speaker')?"""
    first = label.split()[0].strip(".").lower()
    return first in _TITLES or label.lower() in _CHAIR


def _transcript(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]] | None:
    """The turns of a transcript (see the module docstring): (start, end, speaker as written, its offset, cue: the
    label's closing ':' or '.'), or None if the text is not one."""
    turns: list[tuple[int, str, int, int, str]] = []  # (paragraph index, label, its offset, body start, form)
    full: dict[str, str] = {}  # a broadcast label's surname -> its name ('cooper' -> 'Anderson Cooper')
    staff: set[str] = set()  # the network's own people, by name
    # (a record of a sitting by its first line, 'Press briefing by ...', 'Transcript: ...': its 'Q:' is a reporter)
    sitting = bool(paras) and _SITTING.search(text, *paras[0]) is not None
    said: dict[int, int] = {}  # a name line's paragraph -> the paragraph that holds its words (the one below it)
    named_lines: set[int] = set()  # the paragraphs that open with a name line, turns or not
    for i, (ps, pe) in enumerate(paras):
        got = _transcript_label(text, ps, pe, sitting)
        if got is None:
            line = _name_line(text, ps, pe)
            if line is not None and line[2] == pe:  # the name alone: the turn is the next paragraph, if it is words
                if i + 1 >= len(paras) or _nameish(text, *paras[i + 1]) or _heading(text, *paras[i + 1]):
                    line = None
                else:
                    line = (line[0], line[1], paras[i + 1][0], line[3])
                    said[i] = i + 1
            got = None if line is None else (*line, "")
            if line is not None:
                named_lines.add(i)
        if got is None or _furniture(got[0]):
            continue
        lab = got[0]
        if got[3] == "broadcast" and len(lab.split()) > 1 and not _UNNAMED.fullmatch(lab):
            full.setdefault(lab.split()[-1].lower(), lab)
        lab = full.get(lab.lower(), lab)  # 'COOPER:' after 'ANDERSON COOPER, CNN ANCHOR:' is Anderson Cooper
        if _STAFF.search(got[4]):
            staff.add(lab.lower())
        turns.append((i, lab, got[1], got[2], got[3]))
    # in a broadcast transcript a name in capitals is a speaker's even at a single turn ('JO ANN HARDESTY:')
    broadcast = {k for k, t in enumerate(turns) if full and text[t[2]:t[3]].isupper()}
    asks = [text[paras[said.get(i, i)][0]:paras[said.get(i, i)][1]].rstrip(_MARKS + "’' ").endswith("?")
            for i, *_ in turns]
    # the cast: the names of the participant lists ('Laura Finn - Vice President, Investor Relations'), whose every
    # turn is a speaker's, even one that neither asks nor answers (the investor-relations officer's opening)
    lines = any(t[4] == "line" for t in turns)
    cast = {m.group("lab").lower() for m in _CAST_LINE.finditer(text)} if lines else set()
    # a heading with a colon ('Facial Recognition Technology: Policing', 'Witnesses: ...'), or a line of capitalised
    # words above a paragraph (a news story's subheading): a label written once, with no title, that neither asks nor
    # answers a question (a broadcast's 'UNIDENTIFIED MALE:' is a speaker)
    once = Counter(t[1].lower() for t in turns)
    keep = [k for k, t in enumerate(turns) if t[4] not in ("colon", "line") or once[t[1].lower()] > 1
            or (t[4] == "line" and t[1].lower() in cast)
            or _titled(t[1]) or asks[k] or (k > 0 and asks[k - 1]) or k in broadcast or _UNNAMED.fullmatch(t[1])]
    turns, asks = [turns[k] for k in keep], [asks[k] for k in keep]
    if len(turns) < 4:
        return None
    key = [lab.lower() for _, lab, _, _, _ in turns]
    count = Counter(key)
    named = {k for k in count if k not in _GENERIC}
    changes = sum(1 for a, b in zip(key, key[1:], strict=False) if a != b)
    formal = sum(1 for t in turns if t[4] not in ("colon", "line"))
    # (two speakers are an interview, read by _labelled, unless both are members by title or by the record's form:
    # 'Senator ROE.' and 'Ms. HALE.'; no exchange; headings used once each)
    two = len(named) == 2 and (formal >= 2 or all(_titled(k) for k in named))
    if (len(named) < 3 and not two and not (sitting and len(count) >= 2)) or changes < 3 or max(count.values()) < 2:
        return None
    answered = sum(1 for k in range(1, len(turns)) if asks[k - 1] and key[k] != key[k - 1] and key[k] in named)
    titled = sum(1 for k in named if _titled(k))
    if formal < 2 and titled < 2 and answered < 2 and not sitting:
        return None
    intro = _interviewee(text, paras[0][0], paras[turns[0][0]][0]) if sitting else None
    if not sitting:
        # an interview of two people or more: the questioner the introduction names as a party of the talk ('WIRED
        # spoke to them', 'They spoke with WIRED') asks for the publisher, as 'Q:' does (Clayman & Heritage 2002 on the
        # interviewer speaking for the news organisation); its questions stay the author's voice
        staff = staff | _outlet_labels(text, paras[0][0], paras[turns[0][0]][0], key, asks)
    out = []
    for n, (i, lab, at, body, form) in enumerate(turns):
        cue = {"congress": ".", "line": "name line", "header": "name line"}.get(form, ":")
        if re.fullmatch(r"rose\W*", text[body:paras[i][1]]):
            continue  # Hansard's 'Mr Grey: rose—': the member stood, a stage direction
        if key[n] in staff:
            continue  # the network's anchor, host or reporter: the network's own voice, as the publisher's
        if _UNNAMED.fullmatch(lab):
            lab = ""  # a speaker the transcript does not name: speech with no speaker
        elif key[n] in _GENERIC:
            if not sitting or (key[n] in _ANSWER and intro is None):
                continue  # an unnamed questioner ('Q:'): the publisher asking, as in an interview; a FAQ's 'A:'
            # at a sitting, 'Q:' is a reporter or a member, not named ('' : no speaker); 'A:' whom the first lines name
            lab, at = (intro[0], intro[1]) if key[n] in _ANSWER else ("", at)
        # unlabelled paragraphs up to the next turn continue this one (not after the last turn), up to a stage direction
        last = i
        nxt = turns[n + 1][0] if n + 1 < len(turns) else said.get(i, i) + 1
        # (nor a section heading: 'Question-and-Answer Session' is the transcriber's, not the last answer's end)
        # (nor a paragraph under a name line that is no turn: whose words they are is not known, so they stay the
        # transcriber's rather than the last speaker's)
        # (a machine transcript has no headings, and its short lines without punctuation are speech: 'Okay Yeah')
        while (last + 1 < nxt and _DIRECTION.fullmatch(text, *paras[last + 1]) is None
               and not (form != "diarised" and (_heading(text, *paras[last + 1]) or last + 1 in named_lines))):
            last += 1
        out += [(s, e, lab, at, cue) for s, e in _outside_directions(text, body, paras[last][1])]
    return out


def _outside_directions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the turn ``text[start:end]`` outside its stage directions ('(Laughter)', '(Laughs.)',
    '[Inaudible]'), white space trimmed, each holding a word: a direction is the transcriber's or the editor's note
    of what happened, not the speaker's words, in a transcript as in a published Q&A."""
    out = []
    s = start
    for d in _DIRECTION.finditer(text, start, end):
        k = d.start()
        while k > s and text[k - 1].isspace():
            k -= 1
        if re.search(r"\w", text[s:k]):
            out.append((s, k))
        s = d.end()
        while s < end and text[s].isspace():
            s += 1
    if re.search(r"\w", text[s:end]):
        out.append((s, end))
    return out


def _outlet_labels(text: str, start: int, end: int, key: list[str], asks: list[bool]) -> set[str]:
    """The labels (lower case) of ``key`` that ask in at least half their turns and that the introduction
    ``text[start:end]`` names as a party of a verb of talking together: the outlet that interviews ('WIRED spoke to
    them', 'Zhang Wei and Li Na spoke with WIRED', 'interviewed by WIRED')."""
    intro = text[start:end]
    out = set()
    for lab in set(key):
        n = sum(1 for k in key if k == lab)
        if 2 * sum(a for k, a in zip(key, asks, strict=True) if k == lab) < n:
            continue
        name = re.escape(lab)
        talk = (r"(?i)(?<![\w’'])" + name + r"\s+(?:spoke|speaks|talked|talks|sat\s+down|caught\s+up|met|interviewed)\b"
                r"|\b(?:spoke|speaks|talked|talks|sat\s+down|caught\s+up|interviewed)\s+(?:to|with|by)\s+" + name
                + r"(?![\w’'])|\binterview(?:ed)?\s+(?:with|by)\s+" + name + r"(?![\w’'])")
        if re.search(talk, intro):
            out.add(lab)
    return out


def _unlabelled(text: str, paras: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int] | None:
    """The answers of a text whose first line announces a Q&A: (spans, end of the introduction), or None."""
    if not paras or _TITLE.match(text, *paras[0]) is None:
        return None
    questions = []
    for i, (ps, pe) in enumerate(paras[1:], 1):
        s = text[ps:pe]
        body = s.rstrip(_MARKS + "’' ")
        if (body.endswith("?") and len(s.split()) <= _QUESTION_WORDS and s.lstrip()[:1] not in _MARKS + "‘'"
                and _label(s, 0, len(s)) is None):
            questions.append(i)
    if len(questions) < 3:
        return None
    answers = []
    for k, q in enumerate(questions):
        nxt = questions[k + 1] if k + 1 < len(questions) else None
        first = q + 1
        last = q
        if nxt is not None:
            last = nxt - 1
        else:
            while last + 1 < len(paras) and len(text[paras[last + 1][0]:paras[last + 1][1]].split()) >= _SHORT:
                last += 1
        if last >= first:
            answers.append((paras[first][0], paras[last][1]))
    return (answers, paras[questions[0]][0]) if answers else None


def interview_turns(text: str, units: list[tuple[int, int]], quotes: list[dict], table, speakers: bool) -> list[dict]:
    """The interviewee's turns of ``text`` as speech spans (see the module docstring), sorted by start; ``quotes``
    are the quotations found (a turn that one of them holds whole is left out); ``table`` resolves speakers (the
    document's name table, deferred or built; ``None``: built here when needed); no speakers when ``speakers`` is
    false."""
    paras = _paragraphs(text, units)
    spans: list[tuple[int, int, str, int, str]] = []  # (start, end, speaker as written, its offset, cue)
    sitting = _transcript(text, paras)
    found = _labelled(text, paras) if sitting is None else None
    if sitting is not None:
        spans = sitting
    elif found is not None:
        intro = _interviewee(text, paras[0][0], found[0][0])  # (found holds two answers or more)
        if intro is None and _says_interview(text, [(s, e) for s, e, _ in found]):
            intro = _presented(text, paras[0][0], found[0][0]) or _title_interviewee(text, *paras[0])
        for s0, e0, lab in found:
            for s, e in _outside_directions(text, s0, e0):  # ('(Laughs.)' inside an answer is the editor's)
                if len(lab) > 1:
                    spans.append((s, e, _as_name(lab), s0, ":"))
                elif intro is not None:  # 'A:': the interviewee of the introduction
                    spans.append((s, e, intro[0], intro[1], ":"))
            # (an 'A:' with no one the text spoke to is a FAQ's answer, in the publisher's own voice)
    else:
        got = _unlabelled(text, paras)
        if got is not None:
            answers, intro_end = got
            who = (_interviewee(text, paras[0][0], intro_end) or _presented(text, paras[0][0], intro_end)
                   or _title_interviewee(text, *paras[0]))
            if who is not None:  # (no one the text spoke to: a FAQ under a 'Q&A' title, the publisher's answers)
                spans = [(s, e, who[0], who[1], "Q&A") for s0, e0 in answers for s, e in _outside_directions(text, s0, e0)]
    if not spans:
        return []
    q_spans = sorted((q["start"], q["end"]) for q in quotes)
    q_starts = [s for s, _ in q_spans]
    p_starts = [s for s, _ in paras]
    out = []
    reason = "transcript turn" if sitting is not None else "interview turn"
    lead: tuple[str, int] | None = None  # the person the first lines name (found when a label needs it)
    for s, e, spk, at, cue in spans:
        k = bisect_right(q_starts, s) - 1
        if k >= 0 and q_spans[k][0] <= s and q_spans[k][1] >= e:
            continue  # the turn is one quotation already
        if not speakers:
            info = dict(_NO_SPEAKERS_AT_ALL)
        elif sitting is not None and not spk:  # an unnamed questioner at a sitting
            info = dict(_NO_SPEAKERS_AT_ALL, speaker_reason=reason)
        elif sitting is not None and spk.lower() in _CHAIR:  # the chair, the House: as written, no person's name
            info = dict(_NO_SPEAKERS_AT_ALL, speaker=spk, speaker_as_written=spk, speaker_reason=reason)
        else:
            if table is None:
                from ._speakers import _Speakers
                table = _Speakers(text, q_spans)
            written = _as_written(text, spk)  # 'ZHANG:' as the text writes the name: 'Zhang'
            info = table.resolve(written, at, at + len(written))
            if " " not in written and info["speaker"] in (None, written):
                # a label by one word of the name the first lines give ('Wang:' under 'Foreign Ministry Spokesperson
                # Wang Wenbin's Regular Press Conference', a title the name table reads as a headline): that person,
                # one name per person
                if lead is None:
                    lead = (_interviewee(text, paras[0][0], spans[0][0]) or _presented(text, paras[0][0], spans[0][0])
                            or ("", 0))
                full = lead if written in lead[0].split() else _full_name(text, paras[0][0], spans[0][0], written)
                if full is not None:
                    info = table.resolve(full[0], full[1], full[1] + len(full[0]))
            if info["speaker"] is None:
                info = dict(info, speaker=spk, speaker_as_written=spk, speaker_reason=reason)
            info = dict(info, speaker_reason=reason) if info["speaker_reason"] == "named" else info
        n_par = bisect_right(p_starts, e - 1) - bisect_right(p_starts, s) + 1
        out.append(unmarked_speech(s, e, cue, n_par, info))
    return out
