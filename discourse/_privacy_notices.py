"""Privacy notices, cookie banners and CCTV signs: the legal boilerplate of web pages and camera signs.

A page scraped from a vendor or a city carries, as a document of its own or below the article, the information that
data-protection law has the controller give: who the controller is, why and on what basis it processes personal
data, and the data subject's rights (GDPR arts. 13(1)(a)-(c), 13(2)(b)-(d), 15-21 and 77: "You have the right to
access ...", "the right to lodge a complaint with a supervisory authority"), the footer link of the California
Consumer Privacy Act ("Do Not Sell or Share My Personal Information", Cal. Civ. Code 1798.135), and the cookie banner
that asks for the consent of the ePrivacy Directive art. 5(3) ("We use cookies ... By clicking Accept, you consent to
our use of cookies"). A camera sign states the same for CCTV, in the wording of the ICO's CCTV code of practice
(2008, section 8, its example sign: "Images are being monitored for the purposes of crime prevention and public
safety. This scheme is controlled by ..."; "CCTV in operation" as its heading). The "privacy", "data protection",
"consent" and "public safety" of such text are what the law has it say, not a stance of the page in a debate:
counted, a vendor page with a notice appended had two rights hits more than the same page without it.

Such text is told by its fixed formulas, not by its words: a notice is a run of paragraphs each of which carries a
formula (or is a short heading right above one), with two formulas or more in all, since the law asks a notice for
several items (art. 13 lists them); a formula in quotation marks is a quotation of the notice, the evidence of
whoever quotes it. One formula alone ("You have the right to access footage of yourself, yet ...") is a sentence
of an argument and stays, as do the rights' names in running text ("no lawful basis", "the right of access").
"""

from __future__ import annotations

import re

from ._re_cache import compile as _rx
from .segment import paragraphs

# literal signs of the genre: a text without one of them is not read further. Three needles only, since every
# text pays for them (about 9 to 14 ms each on 300 UN speeches): a banner speaks of cookies, a sign of CCTV, a
# notice of personal data or information; a text in capitals only ("PERSONAL DATA") or a sign that names none of
# them is not read. "personal" alone is common ("personal commitment"), so a text with it is read only where it is
# followed by "data" or "information" (a literal-prefix search, as fast as a needle)
NEEDLES = ("ookies", "CCTV")
_PERSONAL = _rx(r"ersonal[ \t]+(?:[Dd]ata|[Ii]nformation)")

_RIGHT_OBJECT = (r"(?:request[ \t]+|obtain[ \t]+)?(?:access|rectif|erasure|restrict|object|data[ \t]+portability|"
                 r"withdraw|lodge|be[ \t]+informed|know|delete|opt[- \t]?out|correct)")
# (kind, pattern): kind "rights" (the data subject's rights, GDPR arts. 13(2)(b)-(d), 15-21 and 77), "notice" (the
# controller's own information, art. 13(1)), "banner" (cookie banner, CCPA link), "cctv". The rights alone make no
# notice: a rights organisation's guide tells its readers the same ("You have the right to object, and to have your
# data deleted if it is held unlawfully"), in its own voice and as its own advice. A notice is the controller's
# speech, and art. 13(1)(a) has it name itself: a run of "rights" formulas is a notice only with a formula of
# another kind in it
FORMULAS = (
    # art. 13(2)(b)-(d), arts. 15-21 and 77; CCPA's rights to know, delete and opt out (Cal. Civ. Code 1798.100-.120)
    ("rights", _rx(rf"\byou[ \t]+(?:also[ \t]+)?have[ \t]+(?:the[ \t]+)?(?:following[ \t]+)?rights?[ \t]+to[ \t]+"
                   rf"{_RIGHT_OBJECT}", re.I)),
    ("rights", _rx(r"\byou[ \t]+have[ \t]+(?:the[ \t]+following|certain|a[ \t]+number[ \t]+of)[ \t]+"
                   r"(?:data[ \t]+protection[ \t]+|privacy[ \t]+)?rights\b", re.I)),
    # an item of the list of those rights on a line of its own ("- The right of access", "(b) the right to erasure")
    ("rights", _rx(rf"^[ \t]*(?:[-\u2022*\u00b7]|\(?[a-z0-9]\)|\d{{1,2}}\.)?[ \t]*(?:the[ \t]+)?right[ \t]+(?:of|to)"
                   rf"[ \t]+{_RIGHT_OBJECT}", re.I | re.M)),
    ("rights", _rx(r"\bright[ \t]+to[ \t]+lodge[ \t]+a[ \t]+complaint[ \t]+with[ \t]+(?:a|the|your)[ \t]+"
                   r"(?:\w+[ \t]+){0,3}(?:supervisory[ \t]+authority|data[ \t]+protection[ \t]+authority)", re.I)),
    # art. 13(1)(a): the identity of the controller, as a field line or a sentence
    ("notice", _rx(r"(?:^|(?<=[.:]\s))[ \t]*(?:the[ \t]+)?(?:data[ \t]+)?controller[ \t]*(?::|is[ \t]|for[ \t])",
                   re.I | re.M)),
    # art. 13(1)(c): the purposes and the legal basis of the processing, stated by the controller
    ("notice", _rx(r"\bwe[ \t]+(?:may[ \t]+)?(?:collect|process|use|store|share|hold|retain|disclose)[ \t]+your[ \t]+"
                   r"personal[ \t]+(?:data|information)\b", re.I)),
    ("notice", _rx(r"\b(?:legal|lawful)[ \t]+bas[ie]s[ \t]+(?:for|of)[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+)?"
                   r"processing\b", re.I)),
    # the notice naming itself (the ICO's "right to be informed" guidance: "This privacy notice explains ...")
    ("notice", _rx(r"\bthis[ \t]+(?:privacy|cookie|data[ \t]+protection)[ \t]+(?:notice|policy|statement)[ \t]+"
                   r"(?:explains|describes|sets[ \t]+out|tells[ \t]+you|informs)", re.I)),
    # art. 13(1)(b): the contact details of the data protection officer
    ("notice", _rx(r"\bcontact[ \t]+(?:our|the)[ \t]+data[ \t]+protection[ \t]+officer\b", re.I)),
    # the cookie banner (ePrivacy Directive art. 5(3)) and the CCPA footer link (Cal. Civ. Code 1798.135)
    ("banner", _rx(r"\b(?:we|this[ \t]+(?:web)?site|our[ \t]+(?:web)?site)[ \t]+uses?[ \t]+cookies\b", re.I)),
    ("banner", _rx(r"\bby[ \t]+(?:clicking|continuing[ \t]+to[ \t]+(?:use|browse))[^.\n]{0,60}?\byou[ \t]+"
                   r"(?:consent|agree)\b", re.I)),
    ("banner", _rx(r"\bdo[ \t]+not[ \t]+sell[ \t]+(?:or[ \t]+share[ \t]+)?my[ \t]+personal[ \t]+information\b", re.I)),
    # the CCTV sign of the ICO's code of practice (2008, section 8)
    ("cctv", _rx(r"^[ \t]*(?:24[- ]hour[ \t]+)?CCTV[ \t]+(?:is[ \t]+)?in[ \t]+operation\b", re.I | re.M)),
    ("cctv", _rx(r"\bimages[ \t]+are[ \t]+(?:being[ \t]+)?(?:monitored|recorded)(?:[ \t]+and[ \t]+(?:monitored|recorded))?"
                 r"[ \t]+for[ \t]+the[ \t]+purposes?[ \t]+of\b", re.I)),
    ("cctv", _rx(r"\bthis[ \t]+(?:CCTV[ \t]+)?(?:scheme|system)[ \t]+is[ \t]+(?:controlled|operated|managed)[ \t]+by\b",
                 re.I)),
)
# a heading of a notice's section on a line of its own ("Privacy Notice", "Your rights", "Cookies")
_HEADING = _rx(r"[^.!?;,\n]{0,60}\b(?i:privacy|cookies?|data[ \t]+protection|personal[ \t]+(?:data|information)|"
               r"rights|cctv|terms[ \t]+of[ \t]+use)\b[^.!?;,\n]{0,60}")
_HEADING_WORDS = 8
MIN_FORMULAS = 2
RULES = ("privacy-notice", "cookie-banner", "cctv-sign")


def _quoted(para: str, at: int) -> bool:
    """Is position ``at`` of ``para`` inside quotation marks opened before it?"""
    before = para[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


# the lower-case literals each formula of FORMULAS needs, in the same order: every match of the pattern holds them
# (each is a run of letters the pattern writes with no alternative, optional part or class between them), so a
# paragraph whose lower case lacks one is not searched. Exact because no needle has an i, s or k: under re.I those
# also match the dotless/dotted I, the long s and the kelvin sign, whose lower case is not the ASCII letter; every
# other ASCII letter matches only its two cases, which lower() maps to the needle's letter
_FORMULA_NEEDS = (
    ("you", "have", "ght"),
    ("you", "have", "ght"),
    ("ght",),
    ("lodge", "compla", "author"),
    ("controller",),
    ("we", "your", "per", "onal"),
    ("ba", "proce"),
    ("th",),
    ("contact", "data", "protect"),
    ("coo",),
    ("by", "you"),
    ("do", "not", "my", "onal", "ormat"),
    ("cctv", "operat"),
    ("are", "for", "the", "purpo"),
    ("th", "by"),
)
_GATED = tuple(zip(FORMULAS, _FORMULA_NEEDS, strict=True))


def _formulas(para: str) -> list[str]:
    """The kinds of the formulas ``para`` carries outside quotation marks."""
    low = para.lower()
    return [kind for (kind, rx), needs in _GATED if all(n in low for n in needs)
            for m in rx.finditer(para) if not _quoted(para, m.start())]


def privacy_notice_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the privacy notices, cookie banners and CCTV signs of ``text`` (see the module's
    docstring): rule ``cctv-sign`` for a run with a formula of the ICO's sign, ``cookie-banner`` for one of a
    banner's formulas only, ``privacy-notice`` otherwise. Paragraphs that overlap a span of ``taken`` (set aside
    by another rule) end a run."""
    if not any(needle in text for needle in NEEDLES) and not ("ersonal" in text and _PERSONAL.search(text)):
        return []
    out: list[tuple[str, int, int]] = []
    run: list[tuple[int, int]] = []
    kinds: list[str] = []
    heading: tuple[int, int] | None = None

    def close() -> None:
        if run and len(kinds) >= MIN_FORMULAS and any(kind != "rights" for kind in kinds):
            rule = ("cctv-sign" if "cctv" in kinds else "privacy-notice" if "notice" in kinds or "rights" in kinds
                    else "cookie-banner")
            out.append((rule, run[0][0], run[-1][1]))
        run.clear()
        kinds.clear()

    for s, e in paragraphs(text):
        if any(a < e and s < b for a, b in taken):
            close()
            heading = None
            continue
        para = text[s:e]
        found = _formulas(para)
        if found:
            if heading is not None:
                run.append(heading)
            run.append((s, e))
            kinds.extend(found)
            heading = None
            continue
        if heading is not None:
            close()  # two headings in a row: the first labelled nothing of the genre
        heading = None
        if "\n" not in para and len(para.split()) <= _HEADING_WORDS and _HEADING.fullmatch(para.strip()):
            heading = (s, e)  # kept only if a formula's paragraph follows it
            if run:  # a section heading inside a notice ("Your rights" above its paragraph)
                continue
        else:
            close()
    close()
    return out
