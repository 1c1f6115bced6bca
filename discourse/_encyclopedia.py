"""The apparatus of an encyclopedic article (a Wikipedia page copied from the browser or exported as plain text or
wikitext headings): what the page prints around the article's prose, which cleaning sets aside (kind ``apparatus``).

- **note markers** (rule ``note-marker``): the footnote markers that the Cite extension renders as superscript
  bracketed numbers right after the word or full stop they annotate, "privacy.[8]", "[2][3]", the labels of
  explanatory notes, "[a]", "[note 1]", "[nb 1]" (Wikipedia:Footnotes), the inline cleanup tags of the page's
  editors, "[citation needed]", "[according to whom?]", "[who?]", "[clarification needed]", "[dubious – discuss]",
  "[failed verification]" (Wikipedia:Template index/Cleanup/Inline), and the section edit link at the end of a
  heading, "History[edit]"; in wikitext, the <ref> element with its citation template ("<ref>{{cite web |title=...}}
  </ref>", "<ref name="g"/>"), "{{Reflist}}" and the cleanup templates ("{{cn|date=May 2020}}"). Counted, "edit" was the commonest content word of a copied page, "citation" and "needed"
  key terms of the genre, and the footnote numbers words of every article;
- **hatnotes** (``hatnote``): the navigation line at the head of an article or section, "Main article: Mass
  surveillance in China", "Further information: ...", "See also: ...", "For other uses, see ...", "This article is
  about ... For ..., see ...", '"Safe City" redirects here.', "Not to be confused with ...", and in wikitext the
  templates on a line of their own, "{{Main|Mass surveillance in China}}" (WP:HATNOTE): the title of
  another article, whose "mass surveillance" had been an evaluation of the author's own;
- the **standard appendices** that list links (MOS:LAYOUT, "Standard appendices and footers"): "See also"
  (``see-also``), "External links" (``external-links``) and "Further reading" (``further-reading``), each from its
  heading over the lines of its list. Their items are titles of other articles and sites, not the article's text.

- the **infobox** (``infobox``): the table of key facts beside the lead (MOS:INFOBOX), a label and a value per row,
  as a copied page gives it (three rows or more, each a label of up to four words opening with a capital, a tab or a
  bar, and one value: "Founded | 2001", "Products<tab>Smart city solutions, intelligent video analytics") or as the
  wikitext template ("{{Infobox company" to its closing braces). Its values are data (industry, products, owners),
  not the article's prose: a product list had counted as the article's promotional language.

The reference list of such a page ("References", entries opening with the caret of the footnote's back-link, "^ a b
...") is read with the scholarly reference list in :mod:`discourse.clean`.

A heading is a line of its own, written as the page renders it ("See also", "See also[edit]"), as wikitext writes it
("== See also ==", as dumps and the MediaWiki TextExtracts API give it) or as a Markdown heading ("## See also").
A bracketed number is a marker only where it is glued to the character before it, as the superscript is copied: a
number after a space ("option [2]") and the editor's "[sic]" stay words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._re_cache import compile as _rx
from ._re_cache import finditer_at, finditer_lines

# the section edit link the rendered page prints after a heading ("History[edit]", "History [ edit ]",
# "[edit source]" on pages that offer both editors)
_EDIT_LINK = r"\[[ \t]?edit(?:[ \t]source)?[ \t]?\]"
# the inline cleanup tags (Wikipedia:Template index/Cleanup/Inline) as they render: "[citation needed]",
# "[better source needed]", "[page needed]" (every "... needed" tag), the questions "[according to whom?]", "[by
# whom?]", "[who?]", "[which?]", "[when?]", "[where?]", "[why?]", "[original research?]", "[unreliable source?]",
# "[self-published source?]", and "[dubious – discuss]", "[disputed – discuss]", "[failed verification]", "[not in
# citation given]", "[dead link]", "[permanent dead link]", "[weasel words]", "[peacock prose]", "[vague]",
# "[specify]", "[quantify]", "[clarify]", "[needs update]", "[non sequitur]"
_CLEANUP_TAG = (r"\[(?:[a-z][a-z -]{0,40}[ \t]needed(?:[ \t]to[ \t]verify)?|(?:according[ \t]to[ \t]|by[ \t])?whom\?"
                r"|(?:who|which|when|where|why|how)\?|original[ \t]research\?|(?:unreliable|self-published)[ \t]source\??"
                r"|(?:dubious|disputed)[ \t]?[–—-][ \t]?discuss|failed[ \t]verification|not[ \t]in[ \t]citation[ \t]given"
                r"|(?:permanent[ \t])?dead[ \t]link|weasel[ \t]words|peacock[ \t](?:prose|term)|vague|specify|quantify"
                r"|clarify|needs[ \t]update|non[ \t]sequitur|unbalanced[ \t]opinion\?|improper[ \t]synthesis\?)\]")
# a footnote marker glued to the character before it: a number of up to three digits, a lower-case letter, or a
# group's label ("[note 1]", "[nb 1]", "[n 1]")
_FOOTNOTE = r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|(?:note|nb|n)[ \t]?\d{1,3})\]"
# the same in wikitext (Help:Footnotes, Help:Cite errors): the <ref> element with its citation, "<ref>{{cite web
# |title=...}}</ref>", "<ref name="g">...</ref>", a repeated one, "<ref name="csis"/>", the place of the reference
# list, "{{Reflist}}", "<references/>", and the cleanup templates, "{{cn}}", "{{citation needed|date=May 2020}}",
# "{{who}}", "{{according to whom?}}", "{{clarify}}", "{{dubious}}", "{{failed verification}}"
_WIKI_REF = (r"<ref(?:[ \t][^<>/]{0,200})?/>|<ref(?:[ \t][^<>/]{0,200})?>(?:(?!</?ref\b)[^\n]){0,3000}</ref>"
             r"|<references[ \t]*/>|\{\{[ \t]*(?:[Rr]eflist|[Rr]eferences)[ \t]*(?:\|[^{}\n]{0,200})?\}\}"
             r"|\{\{[ \t]*(?i:cn|fact|citation[ \t]needed|according[ \t]to[ \t]whom\??|by[ \t]whom\??|who\??|which\??"
             r"|when\??|where\??|clarify|clarification[ \t]needed|dubious|disputed[ \t]inline|failed[ \t]verification"
             r"|better[ \t]source(?:[ \t]needed)?|page[ \t]needed|full[ \t]citation[ \t]needed|verification[ \t]needed"
             r"|original[ \t]research[ \t]inline|or[ \t]inline|weasel[ \t]inline|peacock[ \t]inline|vague|specify"
             r"|quantify|dead[ \t]link|sfn|harvnb|rp)[ \t]*(?:\|[^{}\n]{0,200})?\}\}")
NOTE_MARKER = _rx(rf"(?:{_WIKI_REF}|{_FOOTNOTE}|(?<=[^\s\[])[ \t]?{_CLEANUP_TAG}|(?<=\S)[ \t]?{_EDIT_LINK}(?=[ \t\r]*$))",
                  re.M | re.I)

# where a note marker can start: every one of its forms opens with '<', '{' or '[' (the last after one space or tab
# at most); the pattern's look-behinds made the scan try every position of a text, a third of the time of cleaning a
# corpus of OCR'd speeches whose stray '[' let them in (tests/test_audit_encyclopedia.py compares both ways)
_MARKER_OPENING = re.compile(r"[<{\[]")


_MARKER_CHAIN = _rx(r"(?:\[[^\]\s]{1,12}\])+$")


def _in_bracketed_word(text: str, s: int) -> bool:
    """Does the word the marker at ``s`` is glued to hold a bracket of its own, outside a chain of markers before it
    ('A]31[237]', the UN symbol A/31/237 as OCR read it; not 'surveillance[2][3]')? A footnote marker follows a word
    or its punctuation; a bracket inside the word makes it no word."""
    k = s
    while k > 0 and k > s - 40 and not text[k - 1].isspace():
        k -= 1
    word = _MARKER_CHAIN.sub("", text[k:s])
    return "[" in word or "]" in word


# a heading line: the words as rendered, with the edit link, or between wikitext's "==" or after Markdown's "#"
_HEAD_OPEN = r"^[ \t]*(?:={2,6}[ \t]*|#{1,6}[ \t]+)?"
_HEAD_CLOSE = rf"[ \t]*(?:={{2,6}})?[ \t]*(?:{_EDIT_LINK})?[ \t\r]*$"
_APPENDIX_HEADING = _rx(rf"{_HEAD_OPEN}(?P<name>see[ \t]+also|external[ \t]+links?|further[ \t]+reading){_HEAD_CLOSE}",
                        re.I | re.M)
_APPENDIX_RULE = {"see also": "see-also", "external link": "external-links", "external links": "external-links",
                  "further reading": "further-reading"}
# any heading in wikitext or with the edit link, which ends a list
_ANY_HEADING = _rx(rf"^[ \t]*(?:={{2,6}}[^=\n]{{1,120}}={{2,6}}|[^\n]{{1,120}}?{_EDIT_LINK})[ \t\r]*$")
# an item of a list of links: a bullet, or a short line with no sentence end (a title), or an entry with a year
_BULLET = _rx(r"^[ \t]*[*•·\-–#][ \t]*\S")
_YEAR = _rx(r"\b(?:1[5-9]|20)\d{2}\b")
_MAX_ITEM_WORDS = 25
_MAX_ITEMS = 200

# a hatnote, a line of its own (WP:HATNOTE: the templates Main, Further, See also, Details, About, For, Redirect,
# Distinguish as they render)
_HATNOTE = _rx(
    r"^[ \t]*(?:(?:main[ \t]+(?:articles?|pages?)|further[ \t]+information|see[ \t]+also|related[ \t]+articles?)"
    r"[ \t]*:[ \t]*\S[^\n]{0,300}"
    r"|(?:this[ \t]+(?:article|section|page)[ \t]+is[ \t]+about[^\n]{1,200}?\.[ \t]+)?for[ \t]+(?:other[ \t]+uses"
    r"|more[ \t]+(?:details|information)[^\n,]{0,80}|[^\n,]{1,120}),[ \t]+see[ \t][^\n]{1,300}"
    # (alone, a line of a title's length: "This article is about how the cameras ..." may open a paragraph of prose)
    r"|this[ \t]+(?:article|section|page)[ \t]+is[ \t]+about[ \t][^\n.]{1,80}\."
    r"|[\"“][^\"”\n]{1,100}[\"”][ \t]+(?:and[ \t]+[\"“][^\"”\n]{1,100}[\"”][ \t]+)?redirects?[ \t]+here\.[^\n]{0,300}"
    r"|not[ \t]+to[ \t]+be[ \t]+confused[ \t]+with[ \t][^\n]{1,200}"
    # and the templates themselves in wikitext, "{{Main|Mass surveillance in China}}", "{{Further|...}}", "{{About|...}}"
    r"|\{\{[ \t]*(?:main|further|see[ \t]also|details|about|for|redirect|distinguish|other[ \t]uses)[ \t]*\|"
    r"[^{}\n]{1,300}\}\})[ \t\r]*$", re.M | re.I)
# the hatnotes that do not open with "Main article:" and the like are read only as a line that ends in a full stop
# and says "see", "redirects" or "confused", the words of the templates
_HATNOTE_OPEN = _rx(r"[ \t]*(?:main|further|see|related|\{\{)", re.I)


class _Blocks:
    """Spans already taken, for asking whether an offset lies inside one: sorted by start, each new span lying after
    the ones added before it (the rules run in text order), so a question costs a binary search, not a pass over
    every span (a page of thousands of hatnotes or markers stays linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # the largest end of the spans up to each one (they may nest or overlap)
        for a, b in sorted(spans):
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if self.starts and a < self.starts[-1]:  # (out of order: rebuild, rare)
            merged = sorted([*zip(self.starts, self.ends, strict=True), (a, b)])
            self.starts, self.ends = [], []
            for x, y in merged:
                self.add(x, y)
            return
        self.starts.append(a)
        self.ends.append(max(b, self.ends[-1]) if self.ends else b)

    def inside(self, s: int) -> bool:
        k = bisect_right(self.starts, s) - 1
        return k >= 0 and s < self.ends[k]


# a row of a copied infobox: a label of one to four words opening with a capital (no sentence end), a tab or a bar,
# and one value without another tab or bar (a table of three columns is no infobox)
_FIELD_ROW = _rx(r"[ \t]*[A-Z][\w'’().&/\-]*(?:[ ][\w'’().&/\-]+){0,3}[ ]?(?:\t|[ ]?\|[ ]?)[ \t]*[^\s|\t][^|\t\n]{0,200}"
                 r"[ \t\r]*")
_MIN_ROWS = 3
# the labels that Wikipedia's infobox templates print for a company, an organisation, a programme or a product
# (Template:Infobox company, Infobox organization, Infobox government agency, Infobox software, Infobox product):
# a run of rows is an infobox where two of its labels are such fields, so a vendor's table of specifications
# ("Resolution | 4K", "Features | Seamless integration") is read as before
INFOBOX_LABELS = frozenset((
    "type", "industry", "founded", "founder", "founders", "founder(s)", "headquarters", "key people", "products",
    "services", "revenue", "owner", "owners", "owner(s)", "website", "area served", "number of employees",
    "employees", "parent", "subsidiaries", "traded as", "isin", "formerly", "predecessor", "successor", "defunct",
    "fate", "operating income", "net income", "total assets", "total equity", "divisions", "brands", "launched",
    "country", "location", "operator", "status", "purpose", "budget", "jurisdiction", "formation", "established",
    "parent agency", "developer", "initial release", "stable release", "written in", "platform", "license",
    "manufacturer", "introduced", "discontinued"))
_MIN_FIELDS = 2
_LABEL = _rx(r"[ \t]*([^\t|]*?)[ ]?(?:\t|[ ]?\|)")
# the opening of the wikitext template, "{{Infobox company", "{{ infobox person" (Wikipedia:List of infoboxes)
_INFOBOX_TEMPLATE = _rx(r"\{\{[ \t]*[Ii]nfobox\b")


def _template_end(text: str, start: int) -> int | None:
    """The end of the wikitext template that opens at ``start`` (after its matching "}}"), or None where it does
    not close: the braces counted pair by pair, so nested templates ("{{hlist|...}}") stay inside."""
    depth = 0
    i = start
    n = len(text)
    while i < n - 1:
        pair = text[i:i + 2]
        if pair == "{{":
            depth += 1
            i += 2
        elif pair == "}}":
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    return None


def _infoboxes(text: str) -> list[tuple[int, int]]:
    """The spans of the infoboxes of ``text`` (see the module docstring): runs of at least three consecutive
    field rows, and the wikitext templates."""
    out = []
    for m in _INFOBOX_TEMPLATE.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        end = _template_end(text, m.start())
        if end is None:
            break  # (unclosed to the end of the text: a later opening is not searched again, which kept it linear)
        out.append((m.start(), end))
    if "\t" not in text and "|" not in text:
        return out
    templates = _Blocks(out)
    run: list[tuple[int, int]] = []
    for s, e, blank in _lines_after(text, 0):
        if not blank and ("\t" in text[s:e] or "|" in text[s:e]) and _FIELD_ROW.fullmatch(text, s, e) \
                and not templates.inside(s):
            run.append((s, e))
            continue
        _close_run(text, run, out)
        run = []
    _close_run(text, run, out)
    return sorted(out)


def _close_run(text: str, run: list[tuple[int, int]], out: list[tuple[int, int]]) -> None:
    """Add the span of ``run`` (consecutive field rows) to ``out`` where it is an infobox: at least
    :data:`_MIN_ROWS` rows, :data:`_MIN_FIELDS` of them labelled with an infobox field (:data:`INFOBOX_LABELS`)."""
    if len(run) < _MIN_ROWS:
        return
    fields = 0
    for s, e in run:
        m = _LABEL.match(text, s, e)
        if m is not None and " ".join(m.group(1).lower().split()) in INFOBOX_LABELS:
            fields += 1
    if fields >= _MIN_FIELDS:
        s0 = run[0][0]
        while text[s0] in " \t":
            s0 += 1
        out.append((s0, _trimmed(text, run[-1][1])))


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over the white space before it: the end of the right-stripped text up to ``end``, found
    without copying that text (a copy per match made a page of many matches quadratic)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _lines_after(text: str, pos: int):
    """(start, end, blank) of each line from ``pos`` on, without its line feed."""
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        yield pos, end, not text[pos:end].strip()
        pos = end + 1


def _item(line: str) -> bool:
    """Whether ``line`` reads as an item of a list of links: a bullet, a title (at most 25 words, no final
    sentence end) or an entry with a year (a work of "Further reading")."""
    if _BULLET.match(line):
        return True
    words = line.split()
    if not words or len(words) > _MAX_ITEM_WORDS:
        return False
    return not line.rstrip().endswith((".", "!", "?", ":", ";")) or bool(_YEAR.search(line))


def _appendix(text: str, heading: re.Match[str]) -> tuple[int, int] | None:
    """The span of the list under an appendix heading: the heading, then (after blank lines) the consecutive lines
    that are items (:func:`_item`), up to a blank line, a heading or a line that is no item; None when no item
    follows."""
    end = None
    seen_item = False
    count = 0
    for s, e, blank in _lines_after(text, heading.end() + 1):
        if blank:
            if seen_item:
                break
            continue
        line = text[s:e]
        if _ANY_HEADING.match(line) or _APPENDIX_HEADING.match(line) or not _item(line):
            break
        seen_item = True
        end = e
        count += 1
        if count >= _MAX_ITEMS:
            break
    if end is None:
        return None
    start = heading.start() + len(heading.group()) - len(heading.group().lstrip())
    return start, _trimmed(text, end)


def apparatus_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The (rule, start, end) of the note markers, hatnotes and link appendices of ``text`` (see the module
    docstring), none inside a span of ``taken`` (a reference list set aside already), in text order."""
    out: list[tuple[str, int, int]] = []
    blocks = _Blocks(taken)
    sections = []
    for m in finditer_lines(_APPENDIX_HEADING, text):
        if blocks.inside(m.start()) or (sections and m.start() < sections[-1][2]):
            continue
        span = _appendix(text, m)
        if span is not None:
            rule = _APPENDIX_RULE[" ".join(m.group("name").lower().split())]
            sections.append((rule, *span))
    for m in finditer_lines(_HATNOTE, text):
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        if blocks.inside(s):
            continue
        if not _HATNOTE_OPEN.match(m.group()) and not m.group().rstrip().endswith("."):
            continue  # ("For the mayor, see ..." without its full stop is no template's sentence)
        sections.append(("hatnote", s, _trimmed(text, m.end())))
    sections += [("infobox", a, b) for a, b in _infoboxes(text)]
    sections.sort(key=lambda r: r[1])
    for rule, s, e in sections:
        if not blocks.inside(s):
            out.append((rule, s, e))
            blocks.add(s, e)
    if "[" in text or "<ref" in text or "{{" in text:
        for m in finditer_at(NOTE_MARKER, text, _MARKER_OPENING, " \t"):
            s = m.start() + len(m.group()) - len(m.group().lstrip())
            if text.startswith("[", s) and _in_bracketed_word(text, s):
                continue  # 'A]31[237]': a document symbol read by OCR, not a word with its marker
            if not blocks.inside(s):
                out.append(("note-marker", s, m.end()))
    out.sort(key=lambda r: r[1])
    return out
