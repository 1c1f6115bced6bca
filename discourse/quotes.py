"""Quotations in messy news text: spans, speech against mention, speakers and cue verbs.

:func:`find_quote_spans` finds every quotation in one document text; :func:`find_quotes` does so over a
corpus and returns one row per quotation. :func:`discourse.tokenize` uses the spans to give every token its
voice. The rules below are deterministic, run in one linear pass over the quotation marks of a text plus a
bounded look at the words around each quotation, and never raise on unbalanced or odd input: what cannot
be matched is reported in the ``anomaly`` field (or by :func:`find_unmatched_marks`), not dropped.

Why not an off-the-shelf extractor: textacy's ``direct_quotations`` (``textacy.extract.triples``) pairs
each quotation mark with the next mark that may close it, so one unbalanced mark shifts every later pair
(older versions refuse a text with an odd number of marks), and it yields only quotations longer than a
minimum number of tokens that have a reporting verb and a speaker, which drops exactly the scare quotes
(‘smart city’) that tell an author's distanced use of a term from an endorsed one.

Quotation marks and how they pair
---------------------------------
- Double marks ``" “ ” „ ‟ « »`` and single marks ``' ‘ ’ ‚ ‛ ‹ ›`` form two families; a mark closes only a
  quotation of its own family, so ‘ may close with ’ or ' and “ with ” or ".
- The *direction* of a mark comes from its neighbours, not from its glyph (left/right flanking as in
  CommonMark): a mark after white space or an opening bracket/dash and before a word opens; a mark after a
  word or punctuation and before white space or punctuation closes. So the wrong-direction marks of scraped
  text pair correctly: “rotating CEOs“ closes with a second “, a straight " opens a quotation that ”
  closes. A mark that flanks both ways (or neither) closes if its family has an open quotation and opens
  otherwise.
- Same-family marks nest without alternation: in “… comprises a “brain” [...] and “peripheral nerves” …”
  each inner “ opens (it follows a space) and each inner ” closes, so a stack gives the nesting.
- A closing-shaped mark (” ’ ») right after ``. , ! ? ;`` closes even when a digit follows (a footnote
  number: ``lists.”1``).
- Apostrophes: a single mark between two letters or digits (Huawei‘s, China’s, don't) is never looked at.
  A single mark that would open is an apostrophe when it starts an elision (’90s, 'em, 'til, rock 'n'
  roll) or when no single closing mark follows in the same paragraph (and it does not open the
  paragraph). A single mark that would close is an apostrophe when no single quotation is open
  (citizens’, the US’ list) or, after an ``s`` or ``in`` (the Joneses’, rockin’), when the very next single
  mark of the paragraph is an unambiguous closer (‘the Joneses’ house’ closes at the last mark).
- Two-character marks count as double marks: ‘‘ and ’’, two straight single marks, and two backticks
  (typewriter and LaTeX conventions).
- Paragraphs: quotations are matched within paragraphs (``paragraphs`` given, else
  :func:`discourse.segment.paragraphs`). A paragraph block whose lines are longer than 100 characters is not
  hard-wrapped text, and its lines are treated as paragraphs (web and Markdown exports keep one paragraph
  per line inside a blank-line block). Conversely, when every line is a paragraph but nine lines in ten are
  at most 100 characters and at least 40 % end mid-sentence (PDF and OCR text), wrapped lines are joined:
  a line ends a paragraph only if it ends with ``. ! ? : ; …`` and is shorter than 80 % of the usual line.
- Quotations over several paragraphs, news convention: a paragraph that ends with the quotation open and
  a next paragraph that starts with an opening mark of the same family continue one quotation (that
  reopening mark is not a new quotation); inside a hard-wrapped block, an opening mark at the start of a
  line after a line ending a sentence does the same. A double quotation also stays open into the next
  paragraph when the next double mark within three paragraphs is a closing one (block quotations, verse).
  ``n_paragraphs`` counts the paragraphs a quotation spans.
- Unbalanced input: a quotation still open at the end of its paragraph (with no continuation) is closed
  there, with ``close_mark`` ``''`` and ``anomaly`` ``'unclosed: opened at <offset>, closed at paragraph
  end'``; one still open when an enclosing quotation closes is closed there (``'unclosed: opened at <o>,
  closed where the enclosing quotation closes at <o>'``); an unpaired single mark inside a paragraph is
  taken for an apostrophe (see above). A closing double mark with no open quotation (an inch sign, or an
  opening mark lost in scraping) makes no quotation; :func:`find_unmatched_marks` lists those marks.

Speech or mention
-----------------
``speech`` is someone's statement; ``mention`` is a term, name or title in quotation marks, scare quotes
included. In order, the first rule that applies decides:

1. A naming cue just before the quotation (``called``, ``so-called``, ``dubbed``, ``termed``, ``named``,
   ``titled``, ``entitled``, ``known as``, ``labelled``, ``branded``, ``the term/word/phrase/motto/slogan``,
   or a noun that a title follows without punctuation: ``his report “In larger freedom”``, ``the
   campaign “...”``) or just after it (``as the brochure terms it``, ``as it is called``): **mention**.
2. An attribution next to the quotation (cue verb and speaker, see below), and the quotation ends with
   ``, . ! ?``, or holds at least five words, or three with a capital first letter: **speech**.
3. A speaker and cue verb earlier in the same sentence (``Smith said the plan was “a disaster for the
   poorest”``) and at least five words: **speech**, with that speaker.
4. The same speaker goes on: a quotation with a capital first letter, ending in ``, . ! ?``, that starts
   the sentence right after an attributed speech quotation of the same paragraph (``“A,” he said. “B.”``,
   at most 120 characters from the end of the one to the start of the other): **speech**, same speaker.
5. Title Case (two thirds or more of the words of four letters or more after the first are capitalised,
   at most fifteen words: “Strike Hard Campaign against Violent Terrorism.”): **mention**.
6. Sentence-like content: a capital first letter, at least four words, and a terminal ``. ! ? …`` or a
   clause word (an auxiliary such as *is, was, will, can, has, do, not*, or a personal pronoun); or a
   capital first letter, two words or more, a terminal mark and a clause word (“We will fight.”): **speech**.
7. A long partial quotation: at least twelve words and a terminal mark or a clause word: **speech**.
8. Anything else (short, lower-case, no verb-like word, no cue): **mention**.

Speakers and cue verbs
----------------------
Cue verbs: said/says, added, noted/notes, told, explained, stated, wrote, argued, warned, claimed, stressed,
insisted, asked, replied, responded, remarked, commented, declared, announced, observed, continued,
concluded, recalled, suggested, acknowledged, admitted, conceded, emphasised, maintained, reported,
confirmed, contended, asserted, pointed out, tweeted, quoted, noticed, highlighted, vowed, ... (present and
past forms; :data:`CUE_VERBS` lists them all), and the preposition ``according to``. Patterns, tried in
this order, in the same paragraph and sentence:

- after the closing mark: ``,” said Vincent Pang, president of ...`` (cue, speaker),
  ``,” the report says`` / ``,” Huawei’s press release said`` / ``,” Lida added`` (speaker, optional
  adverbs such as *then, also, has*, cue), ``,” Yan Lida, President of ..., said`` (speaker, apposition,
  cue), ``,” according to the ministry``; after a quotation that ends with ``. ! ?`` a speaker-cue pattern
  must end its sentence (``.” Lida added.``), so that a new sentence is not read as an attribution;
- before the opening mark: ``Zhen then added, “`` / ``This, it said, “`` (speaker, cue), ``according to
  X: “``, ``said X: “`` and ``Li Xu, SenseTime co-founder and CEO, said, “`` (speaker, apposition, cue);
  a participle cue (``..., arguing '...'``, ``saying``, ``adding``, ``noting``) makes speech with no
  speaker;
- a pull quotation signed with a dash up to the end of its paragraph (``‘...’ - Agnès Callamard``): the
  name is the speaker and the dash the cue;
- a quotation that opens its paragraph after a paragraph ending in such an introduction with a colon
  (``According to Huawei’s text:``) takes that attribution.

The speaker is the noun phrase as written: a name (capitalised words, so ``said William Nee of Amnesty
International`` gives ``William Nee`` and an apposition after a comma is left out), a possessive phrase
(``Huawei’s press release``), a determiner phrase (``the report``, ``a press release on the matter``), or a
pronoun. Pronouns *he, she, they, it* are resolved to the most recent named (non-pronoun) speaker of a
speech quotation earlier in the same document; with none, the pronoun is kept as written. *I*, *we*,
*you* are kept as written.

Continuation: a speech quotation with no attribution of its own that opens its paragraph inherits the
speaker of the last speech quotation of the immediately preceding paragraph, if that one has a speaker
(the news convention of a statement running on in the next paragraph); its ``cue`` stays ``None``, which
marks an inherited speaker. Mentions have no speaker; their ``cue`` is the naming cue when rule 1 applied.

References
----------
- Left- and right-flanking marks: the CommonMark Spec, section "Emphasis and strong emphasis" (the
  definitions of left- and right-flanking delimiter runs), https://spec.commonmark.org/.
- Reporting verbs and speaker patterns around direct quotations: R. Krestel, S. Bergler and R. Witte (2008),
  "Minding the Source: Automatic Tagging of Reported Speech in Newspaper Articles", LREC 2008; the same
  idea, with a parser, in textacy's ``extract.triples.direct_quotations``.
- Attribution of quotations in news: S. Pareti (2016), "PARC 3.0: A Corpus of Attribution Relations",
  LREC 2016 (source, cue and content as the three parts of an attribution, as here: speaker, cue, text).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import numpy as np
import pandas as pd

from .segment import paragraphs

__all__ = ["find_quote_spans", "find_quotes", "find_unmatched_marks", "token_voices", "QUOTE_COLUMNS", "CUE_VERBS"]

QUOTE_COLUMNS = [
    "doc_id", "source", "quote_id", "start", "end", "content_start", "content_end", "text", "kind",
    "speaker", "cue", "parent_id", "n_paragraphs", "anomaly",
]

_DOUBLE = '"“”„‟«»'
_SINGLE = "'‘’‚‛‹›"
_OPEN_SHAPE = frozenset(["“", "„", "‟", "«", "‘", "‚", "‛", "‹", "‘‘", "``"])
_CLOSE_SHAPE = frozenset(["”", "»", "’", "›", "’’"])
# single marks between two word characters are apostrophes and never reach the matcher
# (one leading character class, so that the regex engine can skip ahead to candidate characters fast)
_MARK_RE = re.compile(r"[\"“”„‟«»`'‘’‚‛‹›](?:(?<=‘)‘|(?<=’)’|(?<=')'|(?<=`)`|(?<=[\"“”„‟«»])|(?<!\w.)|(?!\w))")
_ELISION_RE = re.compile(r"(?:\d\d(?!\d)|(?:em|tis|twas|cause|cos|til|till|bout|n|neath|nuff)\b)", re.I)
_WRAP_LIMIT = 100  # longer lines inside a blank-line block are paragraphs of their own

# --------------------------------------------------------------------------------------------- lexicons
_CUE_FORMS = """
say says said saying add adds added adding note notes noted noting tell tells told telling
explain explains explained explaining state states stated stating write writes wrote writing
argue argues argued arguing warn warns warned warning claim claims claimed claiming
stress stresses stressed stressing insist insists insisted insisting ask asks asked asking
reply replies replied replying respond responds responded responding remark remarks remarked
comment comments commented commenting declare declares declared declaring announce announces announced
observe observes observed continue continues continued conclude concludes concluded recall recalls recalled
suggest suggests suggested acknowledge acknowledges acknowledged admit admits admitted concede concedes
conceded emphasise emphasises emphasised emphasize emphasizes emphasized maintain maintains maintained
report reports reported recount recounts recounted predict predicts predicted caution cautions cautioned
urge urges urged tweet tweets tweeted post posts posted complain complains complained confirm confirms
confirmed contend contends contended assert asserts asserted affirm affirms affirmed allege alleges alleged
boast boasts boasted lament laments lamented mention mentions mentioned reiterate reiterates reiterated
reveal reveals revealed shout shouts shouted whisper whispers whispered testify testifies testified
wonder wonders wondered counter counters countered quip quips quipped joke jokes joked answer answers
answered exclaim exclaims exclaimed insist insists declare declares promise promises promised
quote quotes quoted quoting noticed notices highlighted highlights underlined underlines underscored
underscores clarified clarifies elaborated agreed agrees demanded demands vowed vows pledged pledges
disputed disputes objected objects protested protests opined opines mused muses
"""
CUE_VERBS: frozenset[str] = frozenset(_CUE_FORMS.split()) | {"pointed out", "points out", "went on", "goes on"}
_CUE = r"(?:pointed\s+out|points\s+out|went\s+on|goes\s+on|" + "|".join(
    sorted((w for w in CUE_VERBS if " " not in w), key=len, reverse=True)) + r")"
_ADV = (r"(?:then|also|later|further|again|once|simply|recently|previously|earlier|has|have|had|"
        r"reportedly|flatly|repeatedly|publicly|quickly|previously|separately|similarly|once\s+said)")
_DET = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Oo]ne|[Aa]nother)"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou)"
_CAPW = (r"(?:(?:[A-Z]\.){2,}|(?:Mrs|Mr|Ms|Dr|Prof|Sen|Gov|Gen|Rep|Rev|St|Lt|Col|Capt|Sgt|Jr|Sr|[A-Z])\.|"
         r"[A-Z][\w\-]*(?:[’'][A-Z][\w\-]*)?)")
_PARTICLE = r"(?:de|van|von|der|den|bin|binti|al|el|da|di|du|le|la|dos|das|del|ibn)"
_NAME = rf"(?:{_CAPW}(?:\s+(?:{_PARTICLE}\s+)?{_CAPW}){{0,6}}(?:,?\s+(?:Jr|Sr|Jnr|Snr)\.?)?)"
_POSS = rf"(?:(?:{_NAME}|{_DET}\s+[\w\-]+)[’']s(?:\s+[a-z][\w\-]*){{1,3}})"
_NOTDET = (r"(?!(?:the|a|an|this|that|these|those|and|or|but|is|are|was|were|be|been|being|did|does|do|not|no|"
           r"to|has|have|had|which|who|whom|whose|it|he|she|they|we|i|you|would|will|can|could|should|may|"
           r"might|must|shall|also|then|as|so|if|when|while|because|following)\b)(?![\w\-]+ly\b)")
_PREP = r"(?:of|on|in|at|for|from|with|about|behind)"
_DETNP = (rf"(?:{_DET}(?:\s+{_NOTDET}(?!{_PREP}\b)[\w’'\-]+){{1,4}}"
          rf"(?:\s+{_PREP}(?:\s+{_DET})?(?:\s+{_NOTDET}(?!{_PREP}\b)[\w’'\-]+){{1,3}})?)")
_NOT_PLURAL = (r"(?!(?:this|has|was|is|his|its|hers|ours|yours|theirs|thus|perhaps|always|sometimes|as|us|"
               r"yes|does|less|unless|across|whereas|news|various|serious|previous|famous|obvious|numerous)\b)")
_BARE = (rf"(?:(?:[A-Z][\w\-]*|(?:[A-Z]\.){{2,}}|{_NOT_PLURAL}[a-z][\w\-]*)\s+)?{_NOT_PLURAL}"
         r"[a-z][\w\-]{2,}[a-rt-z]s")  # officials, US experts
_NP = rf"(?:{_PRON}|{_POSS}|{_DETNP}|{_NAME}|{_BARE})"
# a noun phrase right after a cue verb stops before a preposition, a relative word or punctuation
_NP_AFTER_CUE = (rf"(?:{_PRON}|{_POSS}|{_DET}(?:\s+{_NOTDET}(?!(?:of|in|at|on|for|from|with|who|which|that|to|as|"
                 rf"during|after|before|when|while)\b)[\w’'\-]+){{1,4}}|{_NAME})")

_PRE = r"^[ \t]*(?:[,;]|[—–-]+)?[ \t]*"
_A_CUE_SPK = re.compile(rf"{_PRE}(?P<cue>{_CUE})\s+(?P<spk>{_NP_AFTER_CUE})(?![\w’'])")
_A_SPK_CUE = re.compile(rf"{_PRE}(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?![\w’'])")
_A_APPOS = re.compile(rf"{_PRE}(?P<spk>{_NP}),\s+[^,“”\"‘’.;:!?]{{1,100}},\s+(?P<cue>{_CUE})(?![\w’'])")
_A_ACCORDING = re.compile(rf"{_PRE}(?P<cue>according\s+to)\s+(?P<spk>{_NP})(?![\w’'])")
_A_DASH = re.compile(rf"^[ \t]*(?P<cue>[—–]|--?)[ \t]*(?P<spk>{_NAME})[ \t]*(?:,[^\n]{{0,100}})?$")
_B_PARTICIPLE = re.compile(r"(?<![\w’'])(?P<cue>saying|adding|noting|arguing|warning|claiming|insisting|stating|"
                           r"explaining|asking|declaring|stressing|writing|telling\s+\w+)\s*[,:]?\s*$")
_SENT_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\]]|$|\s+(?:in|on|at|during|to|of|after|before|when|while|"
                             r"with|from|last|this|yesterday|today)\b)")
_B_SPK_CUE = re.compile(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?:\s+that)?\s*[,:]?\s*$")
_B_APPOS = re.compile(rf"(?<![\w’'])(?P<spk>{_NAME}),\s+[^,“”\"‘’;!?]{{1,120}},\s+(?P<cue>{_CUE})\s*[,:]?\s*$")
_B_SENTENCE = re.compile(rf"(?<![\w’'])(?P<spk>{_NP})(?:\s+{_ADV}){{0,2}}\s+(?P<cue>{_CUE})(?![\w’'])")
_B_CUE_SPK = re.compile(rf"(?<![\w’'])(?P<cue>{_CUE})\s+(?P<spk>{_NP_AFTER_CUE})\s*[,:]\s*$")
_B_ACCORDING = re.compile(r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to)\s+(?P<spk>[^,.;:!?“”\"]{1,80}?)\s*[,:]?\s*$")
_ALPHA = re.compile(r"[a-z]+")
_CUE_FIRST = frozenset(w.split()[0] for w in CUE_VERBS) | {"according"}


def _has_cue(window: str) -> bool:
    """Cheap filter before the attribution patterns: does any cue word occur in the window?"""
    return not _CUE_FIRST.isdisjoint(_ALPHA.findall(window.lower()))


_SENT_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[A-Z]|$)")

_NAMING_BEFORE = re.compile(
    r"(?i)(?:\b(?:so[-\s]called|called|calls|call|dubbed|dubs|termed|terms|named|titled|entitled|known\s+as|"
    r"labell?ed|labels|branded|nicknamed|billed\s+as|coined|themed)|\bthe\s+(?:[\w\-]+\s+)?(?:term|terms|word|words|"
    r"phrase|expression|motto|slogan|catchphrase|buzzword|label|tagline|name|title))\s*[,:]?\s*$"
    # a title right after the noun it names, no punctuation between: his report “In larger freedom”
    r"|(?i:\b(?P<title>report|book|article|paper|study|film|documentary|brochure|programme|program|project|"
    r"campaign|initiative|strategy|policy|resolution|song|album|novel|essay|column|headline|hashtag|"
    r"magazine|newspaper|conference|summit|exhibition|series|slogan|motto))\s*$")
_NAMING_AFTER = re.compile(
    r"(?i)^[\s,]*(?:as|which|what)\s+(?:[\w’'\-]+\s+){0,4}?(?P<cue>terms?|termed|calls?|called|dubs?|dubbed|"
    r"names?|named|labels?|labell?ed|brands?|branded)\s+(?:it|them|this)\b|^[\s,]*as\s+(?:it|they)\s+"
    r"(?:is|are|was|were)\s+(?P<cue2>called|known|dubbed|termed)\b")
_HINT_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
_NAMING_HINTS = frozenset(
    "so-called called calls call dubbed dubs termed terms named titled entitled known labelled labeled labels "
    "branded nicknamed billed coined themed term word words phrase expression motto slogan catchphrase buzzword label "
    "tagline name title so report book article paper study film documentary brochure programme program project "
    "campaign initiative strategy policy resolution song album novel essay column headline hashtag magazine "
    "newspaper conference summit exhibition series".split())
_NAMING_WORD = re.compile(r"(?i)so[-\s]called|known\s+as|billed\s+as|[\w\-]+(?=\s*[,:]?\s*$)")

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CLAUSE_WORDS = frozenset(
    "is are was were be been being am will would can could should must may might shall has have had do does "
    "did not no never we i you he she they it's i'm we're you're they're there's that's let's won't can't "
    "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't we'll i'll we've i've".split()
)
_PRONOUNS_RESOLVED = frozenset({"he", "she", "they", "it"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


# --------------------------------------------------------------------------------------------- paragraphs
def _default_paragraphs(text: str) -> list[tuple[int, int]]:
    return paragraphs(text)  # the one paragraph rule of the package


_TRIMMED_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its outer white space


def _clean_paragraphs(paragraphs, n: int) -> list[tuple[int, int]]:
    """Caller's spans clipped to the text, sorted, made disjoint; bad entries are ignored."""
    spans = []
    for p in paragraphs:
        try:
            s, e = int(p[0]), int(p[1])
        except (TypeError, ValueError, IndexError):
            continue
        s, e = max(0, s), min(n, e)
        if e > s:
            spans.append((s, e))
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            s = out[-1][1]
        if e > s:
            out.append((s, e))
    return out


def _units(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Matching units: the paragraphs, with non-hard-wrapped multi-line blocks split into their lines."""
    units: list[tuple[int, int]] = []
    for s, e in paras:
        if text.find("\n", s, e) < 0:
            units.append((s, e))
            continue
        lines = [m.span() for m in _TRIMMED_LINE.finditer(text, s, e)]
        if any(le - ls > _WRAP_LIMIT for ls, le in lines[:-1]):
            units.extend(lines)
        else:
            units.append((s, e))
    return _join_wrapped(text, units)


_TERMINAL_LINE = re.compile(r"[.!?:;…][\"”’'»)\]]*$")


def _join_wrapped(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hard-wrapped text with one line per 'paragraph' (PDF and OCR conversions): join wrapped lines.

    The text counts as hard-wrapped when nine lines in ten are at most 100 characters long and at least
    40 % of them end mid-sentence. A line is then joined to the next one (no blank line between) unless
    it ends with ``. ! ? : ; …`` and is shorter than 80 % of the usual line length (the last line of a
    paragraph).
    """
    if len(units) < 3:
        return units
    lengths = sorted(e - s for s, e in units)
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if p90 > _WRAP_LIMIT:
        return units
    ends = [bool(_TERMINAL_LINE.search(text, max(s, e - 4), e)) for s, e in units]
    if sum(not t for t in ends) < 0.4 * len(units):
        return units
    out: list[tuple[int, int]] = []
    cur_s, cur_e = units[0]
    for k in range(1, len(units)):
        s, e = units[k]
        ps, pe = units[k - 1]
        blank = text.count("\n", pe, s) > 1
        if not blank and (not ends[k - 1] or pe - ps >= 0.8 * p90):
            cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return out


# --------------------------------------------------------------------------------------------- marks
def _is_ws(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_punct(ch: str) -> bool:
    return ch != "" and not ch.isalnum() and not ch.isspace()


def _classify(text: str, i: int, ch: str, us: int, ue: int) -> tuple[str, str, bool]:
    """(family, role, ambiguous) of the mark ch at i in unit [us, ue); role 'open'|'close'|'either'|'apos'."""
    fam = "d" if ch in _DOUBLE or len(ch) == 2 else "s"
    k = i + len(ch)
    p = text[i - 1] if i > us else ""
    n = text[k] if k < ue else ""
    left = not _is_ws(n) and (not _is_punct(n) or _is_ws(p) or _is_punct(p))
    if left and n and (n in ",;:!?" or (n == "." and text[k + 1:k + 2] != ".")):
        left = False  # a quotation does not start with a comma or a full stop (an ellipsis may)
    right = not _is_ws(p) and (not _is_punct(p) or _is_ws(n) or _is_punct(n))
    if left and not right and ch in _CLOSE_SHAPE and p in ".,!?;…":
        role = "close"  # lists.”1 (a footnote number after a closing mark)
    elif left and not right:
        role = "open"
    elif right and not left:
        role = "close"
    else:
        role = "either"
    amb = False
    if fam == "s":
        if role == "open" and _ELISION_RE.match(text, i + 1, min(ue, i + 8)):
            role = "apos"  # ’90s, 'em, 'til, rock 'n' roll: not quotation marks
        elif role == "close":
            amb = p in "sS" or text[max(us, i - 2):i].lower() == "in"
    return fam, role, amb


# --------------------------------------------------------------------------------------------- matching
class _Q:
    __slots__ = ("start", "open_mark", "fam", "unit", "parent", "end", "content_end", "close_mark",
                 "anomaly", "discard", "last_unit")

    def __init__(self, start: int, open_mark: str, fam: str, unit: int, parent: _Q | None) -> None:
        self.start = start
        self.open_mark = open_mark
        self.fam = fam
        self.unit = unit
        self.parent = parent
        self.end = self.content_end = -1
        self.close_mark = ""
        self.anomaly: str | None = None
        self.discard = False
        self.last_unit = unit


def _match(text: str, units: list[tuple[int, int]]) -> tuple[list[_Q], list[dict]]:
    quotes: list[_Q] = []
    stray: list[dict] = []
    stack: list[_Q] = []
    n_open = {"d": 0, "s": 0}  # open quotations per family on the stack
    found = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]
    marks = [pos for pos, _ in found]
    mstr = [ch for _, ch in found]
    # the marks of each unit, as index ranges into `marks`
    unit_marks: list[tuple[int, int]] = []
    j = 0
    for us, ue in units:
        while j < len(marks) and marks[j] < us:
            j += 1
        k = j
        while k < len(marks) and marks[k] < ue:
            k += 1
        unit_marks.append((j, k))
        j = k

    skip_pos = -1  # the mark that opens this unit reopens a continued quotation
    for u, (us, ue) in enumerate(units):
        a, b = unit_marks[u]
        info = [(marks[x], mstr[x], *_classify(text, marks[x], mstr[x], us, ue)) for x in range(a, b)
                if marks[x] + len(mstr[x]) <= ue]  # a two-character mark cut by a paragraph end is no mark
        # single marks that can close, for the look-ahead rules
        single_close_pos = [pos for pos, _, fam, role, _ in info if fam == "s" and role in ("close", "either")]
        last_single_close = single_close_pos[-1] if single_close_pos else -1
        # the next single mark after each single mark (for the plural-possessive rule)
        next_single: dict[int, tuple[str, bool]] = {}
        prev = None
        for pos, _, fam, role, amb in info:
            if fam == "s" and role != "apos":
                if prev is not None:
                    next_single[prev] = (role, amb)
                prev = pos
        apos_next = -1  # position of the closing mark of rock 'n' roll
        for pos, ch, fam, role, amb in info:
            if pos == skip_pos:
                continue
            if role == "apos" or pos == apos_next:
                if role == "apos" and text[pos + 1:pos + 2] in "nN" and pos + 2 < ue and text[pos + 2] in _SINGLE:
                    apos_next = pos + 2
                continue
            has_open = n_open[fam] > 0
            if role == "either":
                if has_open:
                    role = "close"
                elif fam == "s" or ch in _CLOSE_SHAPE:
                    if fam == "d":
                        stray.append({"position": pos, "mark": ch, "reason": "closing mark with no open quotation"})
                    continue
                else:
                    role = "open"
            if role == "open":
                if fam == "s" and pos != us and last_single_close <= pos:
                    continue  # no single mark can close it in this paragraph: an apostrophe
                if has_open and _reopens_line(text, pos, us, stack, fam):
                    continue  # a paragraph inside a hard-wrapped block reopens the running quotation
                q = _Q(pos, ch, fam, u, stack[-1] if stack else None)
                stack.append(q)
                n_open[fam] += 1
                quotes.append(q)
                continue
            # closing
            if not has_open:
                if fam == "d":
                    stray.append({"position": pos, "mark": ch,
                                  "reason": "closing mark with no open quotation"})
                continue
            if fam == "s" and amb:
                nxt = next_single.get(pos)
                if nxt is not None and nxt[0] == "close" and not nxt[1]:
                    continue  # the Joneses’ house’: a possessive inside the quotation
            while stack:
                q = stack.pop()
                n_open[q.fam] -= 1
                if q.fam == fam:
                    q.content_end, q.end, q.close_mark, q.last_unit = pos, pos + len(ch), ch, u
                    break
                _close_unclosed(q, text, pos, u, units, where=f"closed where the enclosing quotation closes at {pos}")
        # end of the unit: continue into the next paragraph, or close what is open
        skip_pos = -1
        if stack:
            cont = -1
            if u + 1 < len(units):
                na, nb = unit_marks[u + 1]
                if nb > na and marks[na] == units[u + 1][0]:
                    nus, nue = units[u + 1]
                    nfam, nrole, _ = _classify(text, marks[na], mstr[na], nus, nue)
                    if nrole in ("open", "either"):
                        for x in range(len(stack) - 1, -1, -1):
                            if stack[x].fam == nfam:
                                cont = x
                                break
            carry = -1
            if cont < 0 and n_open["d"] and _next_double_closes(text, marks, mstr, unit_marks, units, u + 1):
                carry = max(x for x in range(len(stack)) if stack[x].fam == "d")
            while len(stack) > max(cont, carry) + 1:
                q = stack.pop()
                n_open[q.fam] -= 1
                _close_unclosed(q, text, ue, u, units, where="closed at paragraph end")
            if cont >= 0 or carry >= 0:
                skip_pos = units[u + 1][0] if cont >= 0 else -1
                for q in stack:
                    q.last_unit = u + 1
    return quotes, stray


def _next_double_closes(text: str, marks: list[int], mstr: list[str], unit_marks, units, first: int) -> bool:
    """Is the next double mark in the following three paragraphs a closing one (a block quotation)?"""
    for v in range(first, min(first + 3, len(units))):
        vs, ve = units[v]
        a, b = unit_marks[v]
        for x in range(a, b):
            fam, role, _ = _classify(text, marks[x], mstr[x], vs, ve)
            if fam == "d":
                return role == "close" or (role == "either" and mstr[x] not in _OPEN_SHAPE)
    return False


def _reopens_line(text: str, pos: int, us: int, stack: list[_Q], fam: str) -> bool:
    """An opening mark at the start of a line, after a line ending a sentence, while a quotation of its
    family opened on an earlier line is still open: the news convention's reopening mark."""
    j = pos - 1
    while j > us and text[j] in " \t\r":
        j -= 1
    if j <= us or text[j] != "\n":
        return False
    k = j - 1
    while k > us and text[k] in " \t\r":
        k -= 1
    if text[k] not in ".!?…":
        return False
    top = next((q for q in reversed(stack) if q.fam == fam), None)
    return top is not None and top.start < j


def _close_unclosed(q: _Q, text: str, pos: int, u: int, units, *, where: str) -> None:
    q.content_end = q.end = pos
    q.close_mark = ""
    q.last_unit = u
    if q.fam == "s" and q.start != units[q.unit][0]:
        q.discard = True  # an unpaired single mark inside a paragraph: an apostrophe
    else:
        q.anomaly = f"unclosed: opened at {q.start}, {where}"


# --------------------------------------------------------------------------------------------- attribution
_LEADING_FUNCTION = frozenset(
    "As In But And When While If Then So Yet Thus Indeed However Moreover Also Now Today Here There Later "
    "Finally Since Because For On At After Before Recently Meanwhile Once Still Even Only Perhaps".split())


_NOT_SPEAKER_END = frozenset(
    "morning afternoon evening night week year month time day days session once then again also ago".split())


def _clean_speaker(s: str) -> str:
    """The speaker as written, with white space collapsed and a sentence-initial function word dropped;
    '' when what is left cannot be a speaker (a lone function word, 'this morning')."""
    words = s.strip().rstrip(",;:").split()
    while len(words) > 1 and words[0] in _LEADING_FUNCTION:
        words = words[1:]
    if not words or words[0] in _LEADING_FUNCTION or words[-1].lower() in _NOT_SPEAKER_END:
        return ""
    return " ".join(words)


def _pair(m: re.Match) -> tuple[str, str] | None:
    spk = _clean_speaker(m.group("spk"))
    return (spk, re.sub(r"\s+", " ", m.group("cue"))) if spk else None


def _attr_after(text: str, q: dict, ue: int) -> tuple[str, str] | None:
    if not q["close_mark"]:
        return None
    window = text[q["end"]:min(ue, q["end"] + 160)]
    m = _A_DASH.match(window) if q["end"] + len(window) == ue else None
    if m and (found := _pair(m)) is not None:  # ‘...’ - Agnès Callamard (a signed pull quotation)
        return found
    if not _has_cue(window):
        return None
    content_tail = text[max(q["content_start"], q["content_end"] - 3):q["content_end"]].rstrip()
    ends_sentence = content_tail[-1:] in (".", "!", "?", "…")
    for rx in (_A_CUE_SPK, _A_ACCORDING):
        m = rx.match(window)
        if m and (found := _pair(m)) is not None:
            return found
    for rx in (_A_SPK_CUE, _A_APPOS):
        m = rx.match(window)
        if (m and (not ends_sentence or _SENT_END_AFTER.match(window, m.end()))
                and _plausible(m.group("spk"), m.group("cue")) and (found := _pair(m)) is not None):
            return found
    return None


def _clause_before(text: str, lo: int, hi: int) -> str:
    window = text[max(lo, hi - 160):hi]
    cut = 0
    for m in _SENT_BOUNDARY.finditer(window):
        cut = m.end()
    return window[cut:]


# cue forms that are also common nouns ("his annual report:", "the note"): cues only after a pronoun subject
_NOUNISH = frozenset(
    "report note comment claim state answer reply post tweet joke quip boast lament mention promise counter "
    "caution whisper shout wonder continue remark stress quote recall warning statement".split())
_PLAIN_SUBJECT = frozenset({"they", "we", "i", "you"})


def _plausible(spk: str, cue: str) -> bool:
    if cue.lower() in _NOUNISH:
        return spk.split()[0].lower() in _PLAIN_SUBJECT
    return True


def _attr_before(window: str) -> tuple[str | None, str] | None:
    if not window.strip() or not _has_cue(window):
        return None
    for rx in (_B_ACCORDING, _B_SPK_CUE, _B_CUE_SPK, _B_APPOS):
        m = rx.search(window)
        if m:
            spk = _clean_speaker(m.group("spk"))
            if spk and (rx is not _B_SPK_CUE or _plausible(spk, m.group("cue"))):
                return spk, re.sub(r"\s+", " ", m.group("cue"))
    m = _B_PARTICIPLE.search(window)
    if m:  # ..., arguing 'there is no legal basis': speech, the speaker is not next to the cue
        return None, m.group("cue").split()[0]
    return None


# --------------------------------------------------------------------------------------------- kinds
def _attr_sentence(window: str) -> tuple[str, str] | None:
    """The last 'speaker cue' pair earlier in the sentence (``Smith said the plan was “...”``)."""
    if not window.strip() or not _has_cue(window):
        return None
    found = None
    for m in _B_SENTENCE.finditer(window):
        if _plausible(m.group("spk"), m.group("cue")):
            found = m
    if found is None:
        return None
    spk = _clean_speaker(found.group("spk"))
    return (spk, found.group("cue")) if spk else None


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
    title = len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.67 * len(long_words)
    return n, cap, terminal, ends_punct, clause, title


# --------------------------------------------------------------------------------------------- public
def find_quote_spans(text: str, *, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[dict]:
    """Every quotation in one document text. Pure function of the text; never raises on odd input.

    Parameters
    ----------
    text : str
        One document's text, unchanged (offsets refer to it). Anything that is not a ``str`` gives ``[]``.
    paragraphs : list of (start, end), optional
        Character spans of the paragraphs; by default :func:`discourse.text.paragraphs` (blank lines
        separate paragraphs when the text has any, otherwise every non-empty line is one). Spans outside
        the text are clipped, overlaps trimmed; quotation marks outside every paragraph are not looked at.

    Returns
    -------
    list of dict, in order of the opening mark, each with the keys

    - ``quote_id`` (int, 0..n-1 in order of the opening mark);
    - ``start``, ``end`` (int): the outer span, marks included (``text[start:end]``);
    - ``content_start``, ``content_end`` (int): the span inside the marks;
    - ``open_mark``, ``close_mark`` (str; ``close_mark`` is ``''`` when the quotation is unclosed);
    - ``kind``: ``'speech'`` (someone's statement) or ``'mention'`` (a term, name or title; scare quotes);
    - ``speaker`` (str or None): who speaks, as written (``'Vincent Pang'``, ``'the report'``); None for
      mentions and where the text names no one;
    - ``cue`` (str or None): the cue verb as written (``'said'``, ``'notes'``, ``'according to'``), the
      naming cue of a mention (``'called'``, ``'entitled'``), None otherwise (also for an inherited speaker);
    - ``parent_id`` (int or None): the enclosing quotation of a nested one;
    - ``n_paragraphs`` (int): paragraphs the quotation spans (1 for most);
    - ``anomaly`` (str or None): what was unbalanced, e.g. ``'unclosed: opened at 1234, closed at
      paragraph end'``; None when the quotation is balanced.

    The rules are in the module docstring (:mod:`discourse.quotes`).
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text, paragraphs)[0]
    except RecursionError:  # pragma: no cover - no recursion is used; kept as a last guard
        return []


def find_unmatched_marks(text: str, *, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[dict]:
    """Closing double quotation marks that close nothing (inch signs, or an opening mark lost in scraping).

    They make no quotation in :func:`find_quote_spans`; this lists them so that nothing is dropped silently.
    Each dict has ``position`` (offset of the mark), ``mark`` and ``reason``.
    """
    if not isinstance(text, str) or not text:
        return []
    return _find(text, paragraphs)[1]


def _find(text: str, paragraphs) -> tuple[list[dict], list[dict]]:
    n = len(text)
    try:
        paras = None if paragraphs is None else _clean_paragraphs(paragraphs, n)
    except TypeError:  # not a sequence of spans: use the default paragraphs
        paras = None
    if paras is None:
        paras = _default_paragraphs(text)
    units = _units(text, paras)
    raw, stray = _match(text, units)
    kept = sorted((q for q in raw if not q.discard), key=lambda q: q.start)
    ids = {id(q): i for i, q in enumerate(kept)}
    p_starts = [s for s, _ in paras]

    out: list[dict] = []
    for i, q in enumerate(kept):
        parent = q.parent
        while parent is not None and parent.discard:
            parent = parent.parent
        p0 = bisect_right(p_starts, q.start) - 1
        p1 = bisect_right(p_starts, max(q.start, q.end - 1)) - 1
        out.append({
            "quote_id": i, "start": q.start, "end": q.end, "content_start": q.start + len(q.open_mark),
            "content_end": q.content_end, "open_mark": q.open_mark, "close_mark": q.close_mark,
            "kind": "mention", "speaker": None, "cue": None,
            "parent_id": ids[id(parent)] if parent is not None else None,
            "n_paragraphs": max(1, p1 - p0 + 1), "anomaly": q.anomaly,
            "_unit": q.unit, "_last_unit": q.last_unit,
        })

    last_named: str | None = None
    last_speech_by_unit: dict[int, dict] = {}
    last_top_speech: dict[int, tuple[int, str | None]] = {}  # unit -> (end, speaker) of its last speech
    for d in out:
        u = d["_unit"]
        us = units[u][0]
        ue_last = units[d["_last_unit"]][1]
        n_words, cap, terminal, ends_punct, clause, title = _features(text, d["content_start"], d["content_end"])
        before = _clause_before(text, us, d["start"])
        kind, speaker, cue = "mention", None, None
        nm = None
        if before and not _NAMING_HINTS.isdisjoint(_HINT_WORDS.findall(before[-60:].lower())[-4:]):
            nm = _NAMING_BEFORE.search(before[-60:])
        if nm is None:
            after = text[d["end"]:min(ue_last, d["end"] + 80)]
            nm_after = _NAMING_AFTER.match(after) if d["close_mark"] else None
        else:
            nm_after = None
        if nm is not None or nm_after is not None:
            if nm is not None:
                w = _NAMING_WORD.search(nm.group().strip().rstrip(",:").strip())
                cue = re.sub(r"\s+", " ", w.group()) if w else None
            else:
                cue = nm_after.group("cue") or nm_after.group("cue2")
        else:
            attr = _attr_after(text, d, ue_last) or _attr_before(before)
            if attr is None and d["start"] == us and u > 0:
                pus, pue = units[u - 1]
                tail = _clause_before(text, pus, pue)
                if tail.rstrip().endswith(":"):
                    attr = _attr_before(tail)
            prev = last_top_speech.get(u)
            if attr is not None and (ends_punct or n_words >= 5 or (cap and n_words >= 3)):
                kind, (speaker, cue) = "speech", attr
            elif attr is None and n_words >= 5 and (attr := _attr_sentence(before)) is not None:
                kind, (speaker, cue) = "speech", attr  # Smith said the plan was “a disaster for ...”
            elif (prev is not None and prev[1] is not None and d["parent_id"] is None and cap and ends_punct
                  and not before.strip() and d["start"] - prev[0] <= 120):
                kind, speaker = "speech", prev[1]  # “A,” he said. “B.”: the same speaker goes on
            elif title and n_words <= 15:
                pass  # a name or title in Title Case: mention
            elif ((cap and n_words >= 4 and (terminal or clause)) or (cap and n_words >= 2 and terminal and clause)
                  or (n_words >= 12 and (terminal or clause))):
                kind = "speech"
        if kind == "speech":
            if speaker is not None and speaker.lower() in _PRONOUNS_RESOLVED and last_named is not None:
                speaker = last_named
            if speaker is None and d["start"] == us and u > 0:
                prev = last_speech_by_unit.get(u - 1)
                if prev is not None and prev["speaker"] is not None:
                    speaker = prev["speaker"]
            if speaker is not None and speaker.lower() not in _PRONOUNS:
                last_named = speaker
            last_speech_by_unit[u] = last_speech_by_unit[d["_last_unit"]] = {"speaker": speaker}
            if d["parent_id"] is None:
                last_top_speech[d["_last_unit"]] = (d["end"], speaker)
        d["kind"], d["speaker"], d["cue"] = kind, speaker, cue
    for d in out:
        del d["_unit"], d["_last_unit"]
    return out, stray


def find_quotes(corpus) -> pd.DataFrame:
    """One row per quotation in every document of a corpus.

    Parameters
    ----------
    corpus : Corpus or DataFrame
        A :class:`discourse.Corpus` (its ``documents``), or a DataFrame with ``doc_id`` and ``text`` columns
        (and ``source`` if it has one).

    Returns
    -------
    DataFrame sorted by document (corpus order) and ``quote_id``, with the columns

    - ``doc_id`` (str), ``source`` (str; missing when the corpus has no source column);
    - ``quote_id`` (int): 0-based, in order of the opening mark within the document; the same ids as the
      ``quote_id`` column of :func:`discourse.tokenize`;
    - ``start``, ``end`` (int): offsets of the quotation with its marks in the document text;
    - ``content_start``, ``content_end`` (int): offsets of the quoted words, inside the marks;
    - ``text`` (str): the quoted words, ``document_text[content_start:content_end]``;
    - ``kind`` (``speech`` | ``mention``): someone's statement, or a term, name or title in quotation marks;
    - ``speaker`` (str, missing where the text names none, and for mentions): as written in the text;
    - ``cue`` (str or missing): the cue verb (``said``, ``notes``, ``according to``) or the naming cue of a
      mention (``called``, ``entitled``); missing for a speaker inherited from the previous paragraph;
    - ``parent_id`` (Int64, missing for top-level quotations): the enclosing quotation;
    - ``n_paragraphs`` (int): how many paragraphs the quotation spans;
    - ``anomaly`` (str or missing): the unbalanced-mark problem found and how it was resolved.

    The rules for spans, kinds and speakers are in the :mod:`discourse.quotes` module docstring. Closing
    marks that close nothing make no row; :func:`find_unmatched_marks` lists them per text.
    """
    from .corpus import Corpus

    if isinstance(corpus, Corpus):
        docs = corpus.documents
    elif isinstance(corpus, pd.DataFrame):
        docs = corpus
    else:
        raise TypeError(f"find_quotes needs a Corpus (see discourse.load_corpus) or a DataFrame, "
                        f"got {type(corpus).__name__}")
    from ._util import check_columns

    check_columns(docs, ["doc_id", "text"], "corpus.documents")
    sources = docs["source"].tolist() if "source" in docs.columns else [None] * len(docs)
    rows: list[dict] = []
    for doc_id, source, text in zip(docs["doc_id"].tolist(), sources, docs["text"].tolist(), strict=True):
        for q in find_quote_spans(text):
            rows.append({
                "doc_id": doc_id, "source": source, "quote_id": q["quote_id"], "start": q["start"],
                "end": q["end"], "content_start": q["content_start"], "content_end": q["content_end"],
                "text": text[q["content_start"]:q["content_end"]], "kind": q["kind"],
                "speaker": q["speaker"], "cue": q["cue"], "parent_id": q["parent_id"],
                "n_paragraphs": q["n_paragraphs"], "anomaly": q["anomaly"],
            })
    df = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for c in ("quote_id", "start", "end", "content_start", "content_end", "n_paragraphs"):
        df[c] = df[c].astype("int64")
    df["parent_id"] = pd.array([None if v is None or pd.isna(v) else int(v) for v in df["parent_id"]],
                               dtype="Int64")
    for c in ("doc_id", "source", "text", "kind", "speaker", "cue", "anomaly"):
        df[c] = df[c].astype(object)
    return df.reset_index(drop=True)


def token_voices(starts: np.ndarray, ends: np.ndarray, quotes: list[dict]) -> tuple[np.ndarray, ...]:
    """The voice columns of one document's tokens from its quotation spans (:func:`find_quote_spans`).

    ``starts``/``ends`` are the tokens' sorted character offsets. Returns four arrays, one value per token:
    ``voice`` (``author`` | ``quoted``), ``quote_id`` (-1 outside quotations; the innermost quotation
    holding the token), ``quote_kind`` (``speech`` | ``mention`` | None) and ``speaker`` (of the nearest
    enclosing speech quotation). A token inside a mention nested in a speech quotation is ``quoted``.
    """
    n = len(starts)
    voice = np.full(n, "author", dtype=object)
    qid = np.full(n, -1, dtype=np.int64)
    kind = np.full(n, None, dtype=object)
    speaker = np.full(n, None, dtype=object)
    by_id = {q["quote_id"]: q for q in quotes}

    def speech_ancestor(q: dict) -> dict | None:
        seen = 0
        while q is not None and seen < 1000:
            if q["kind"] == "speech":
                return q
            q = by_id.get(q.get("parent_id")) if q.get("parent_id") is not None else None
            seen += 1
        return None

    # outer quotations first, so that inner ones overwrite quote_id/kind
    for q in sorted(quotes, key=lambda q: (q["content_start"], -q["content_end"])):
        lo = np.searchsorted(starts, q["content_start"], side="left")
        hi = np.searchsorted(ends, q["content_end"], side="right")
        if hi <= lo:
            continue
        qid[lo:hi] = q["quote_id"]
        kind[lo:hi] = q["kind"]
        sp = speech_ancestor(q)
        if sp is not None:
            voice[lo:hi] = "quoted"
            speaker[lo:hi] = sp.get("speaker")
    return voice, qid, kind, speaker
