"""Encyclopedic articles (Wikipedia-style, copied from the rendered page or exported as plain text): footnote
markers, inline cleanup tags, "[edit]" links, hatnotes, the standard appendices ("See also", "References",
"External links") and the genre's attributions.

Every text here is written for these tests, in the conventions of Wikipedia's Manual of Style (MOS:LAYOUT for the
order and names of the appendices, WP:HATNOTE, WP:CITE and the inline cleanup templates)."""

import pandas as pd

import discourse as dc

ARTICLE = """Safe City (Huawei)

Safe City is a public security programme developed by the Chinese company Huawei and sold to municipal \
governments.[1] The programme combines video surveillance, facial recognition and a central command centre.[2][3]

History[edit]

Huawei launched the Safe City programme in 2011.[4] By 2019 it had been deployed in more than 200 cities in 40 \
countries.[5][6]

Controversies[edit]

Main article: Mass surveillance in China

Critics have argued that the programme enables mass surveillance[7] and erodes privacy.[8][citation needed] \
According to Amnesty International, the system facilitates the repression of dissent.[9] Some say that the cameras \
are an instrument of digital authoritarianism.[according to whom?]

See also[edit]

Mass surveillance in China
Smart city
Surveillance capitalism

References[edit]

^ "Huawei Safe City Solution: Safety Creates Prosperity". Huawei. Retrieved 3 March 2020.
^ Hillman, Jonathan; McCalpin, Maesea (4 November 2019). "Watching Huawei's Safe Cities". CSIS. Retrieved 5 May 2020.
^ a b "Mass surveillance and the smart city". The Guardian. 12 May 2019.
^ "China's digital authoritarianism and human rights violations". Human Rights Watch. 2019.

External links[edit]

Official website
"""


def _corpus(texts: dict[str, str]) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": list(texts), "source": ["wiki"] * len(texts), "text": list(texts.values())})
    return dc.Corpus.from_dataframe(df)


def _words(tokens: pd.DataFrame) -> list[str]:
    return tokens.loc[~tokens["is_punct"], "norm"].astype(str).tolist()


def test_note_markers_and_cleanup_tags_are_set_aside():
    # Hand labels: the footnote markers ("[1]", "[2][3]"), the inline cleanup tags of Wikipedia's editors
    # ("[citation needed]", "[according to whom?]", Wikipedia:Template index/Cleanup/Inline) and the section
    # edit links ("History[edit]") are the page's apparatus, not the article's words.
    corpus = _corpus({"a": ARTICLE})
    aside = corpus.set_aside
    markers = aside.loc[aside["rule"] == "note-marker", "text"].tolist()
    assert "[citation needed]" in markers and "[according to whom?]" in markers
    assert "[1]" in markers and "[9]" in markers
    # the edit links of "History" and "Controversies" on their own; those of the appendices go with their sections
    assert aside["text"].tolist().count("[edit]") == 2
    words = _words(dc.tokenize(corpus))
    for w in ("edit", "citation", "needed", "whom", "7", "8", "9"):
        assert w not in words, w
    assert words.count("according") == 1  # "According to Amnesty International" only


def test_phrase_before_a_marker_still_matches_and_keeps_its_voice():
    # Hand labels: "mass surveillance[7]" is the critics' (reported), "privacy.[8][citation needed]" too, and
    # "the repression of dissent" is Amnesty International's
    hits = dc.find_frame_terms(dc.tokenize(_corpus({"a": ARTICLE})))
    crit = hits[hits["matched"].isin(["mass surveillance", "privacy"]) & (hits["speaker"] == "Critics")]
    assert sorted(crit["matched"]) == ["mass surveillance", "privacy"]
    assert set(crit["use"]) == {"reported"}
    rep = hits[hits["matched"] == "repression"]
    assert rep["speaker"].tolist() == ["Amnesty International"] and rep["use"].tolist() == ["reported"]


def test_wikipedia_reference_list_is_set_aside():
    # Hand labels: the rendered reference list (a heading "References" and entries opening with the caret of the
    # footnote's back-link, "^ a b" where it is cited twice) holds the titles of other works; its "Mass
    # surveillance and the smart city" is no one's speech and no framing of the article's
    corpus = _corpus({"a": ARTICLE})
    aside = corpus.set_aside
    refs = aside[aside["rule"] == "reference-list"]
    assert len(refs) == 1
    assert refs["text"].iloc[0].startswith("References")
    assert refs["text"].iloc[0].rstrip().endswith("Human Rights Watch. 2019.")
    tokens = dc.tokenize(corpus)
    start = ARTICLE.index("References[edit]")
    assert not (tokens["start"] >= start).any()  # (the reference list, then the external links)
    hits = dc.find_frame_terms(tokens)
    assert not (hits["matched"] == "human rights violations").any()
    assert not (hits["voice"] == "quoted").any()


def test_see_also_external_links_and_hatnotes_are_set_aside():
    # Hand labels: "Main article: Mass surveillance in China" (a hatnote, WP:HATNOTE), the "See also" list of
    # links to other articles and the "External links" list (MOS:LAYOUT's standard appendices) are navigation;
    # of the five "mass surveillance" / "surveillance capitalism" / "smart city" strings outside the reference
    # list only the critics' one is the article's text
    corpus = _corpus({"a": ARTICLE})
    rules = set(corpus.set_aside["rule"])
    assert {"hatnote", "see-also", "external-links"} <= rules
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    rights = hits[hits["frame"] == "rights"]
    assert rights["matched"].str.lower().tolist() == [
        "mass surveillance", "privacy", "repression", "digital authoritarianism"]
    assert not hits["matched"].str.lower().isin(["smart city", "surveillance capitalism"]).any()


def test_wikitext_headings_and_appendices():
    # the same appendices under wikitext headings, as the MediaWiki TextExtracts API and dumps write them
    text = ("Safe City is a programme sold by Huawei.\n\n== Criticism ==\nCritics have argued that it enables mass "
            "surveillance.\n\n== See also ==\n* Mass surveillance in China\n* Smart city\n\n== References ==\n"
            "^ \"Mass surveillance and privacy\". The Guardian. 2019.\n")
    corpus = _corpus({"w": text})
    rules = set(corpus.set_aside["rule"])
    assert {"see-also", "reference-list"} <= rules
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    assert hits["matched"].str.lower().tolist().count("mass surveillance") == 1


def test_brackets_of_other_texts_stay():
    # a bracketed number after a space (a list's option), the editor's "[sic]" inside a quotation and a
    # "See also" that is a sentence's words are no encyclopedia's apparatus
    text = ("The council chose option [2] of the plan. \"We are a smart city [sic],\" the mayor said.\n\n"
            "See also the privacy report of the council, which warns of mass surveillance.\n")
    corpus = _corpus({"n": text})
    assert corpus.set_aside.empty
    words = _words(dc.tokenize(corpus))
    assert "2" in words and "sic" in words and "see" in words


def test_many_hatnotes_and_markers_stay_linear():
    # a page of 20,000 hatnotes and markers: each span had been checked against every span found before it (and the
    # text copied up to it), 39 s for 320 KB while the rules were written; now well under a second. The bound only
    # catches a hang.
    import time

    from discourse.clean import clean_document
    text = "Main article: Mass surveillance in China\nprivacy[1]\n" * 10_000
    t0 = time.process_time()
    spans = clean_document(text).spans
    assert time.process_time() - t0 < 20
    assert [sp["rule"] for sp in spans].count("hatnote") == 10_000
    assert [sp["rule"] for sp in spans].count("note-marker") == 10_000


def _uses(sentences: list[str]) -> list[tuple[str, str]]:
    texts = {f"s{i}": "Safe City is a public security programme sold by Huawei. " + s for i, s in enumerate(sentences)}
    hits = dc.find_frame_terms(dc.tokenize(_corpus(texts)))
    hits = hits[(hits["frame"] == "rights") & (hits["start"] > 58)]
    return list(zip(hits["matched"].str.lower(), hits["use"], strict=True))


def test_a_label_given_by_others_is_theirs():
    # Hand labels: the encyclopedia attributes the label to others (WP:NPOV, "attribute opinions"; the naming verb's
    # object complement, Quirk et al. 1985, 16.43-16.45, whose head may carry an of-phrase or an adjective before the
    # hit), so the rights hit is reported, not the article's own evaluation
    assert _uses([
        "Human rights groups have called the programme a tool of repression.",
        "Activists dubbed the system an instrument of mass surveillance.",
        "Critics have called it a form of digital authoritarianism.",
    ]) == [("repression", "reported"), ("mass surveillance", "reported"), ("digital authoritarianism", "reported")]


def test_a_view_others_hold_is_theirs():
    # Hand labels: verbs of opinion with an object complement "as" (regard, view, perceive, "seen as": Quirk et al.
    # 1985, 16.46-16.49), in the passive the encyclopedia's weasel attribution "is widely regarded as" (MOS:WEASEL),
    # present a view of others, as "Many observers believe that ..." does
    assert _uses([
        "The programme is widely regarded as an example of digital authoritarianism.",
        "Rights groups view the cameras as a tool of repression.",
        "The system is seen as a threat to privacy.",
    ]) == [("digital authoritarianism", "reported"), ("repression", "reported"), ("privacy", "reported")]


def test_own_labels_and_other_words_after_an_article_stay_evaluative():
    # the writer's own label ("We call it ..."), and a naming verb whose object is followed by an adverbial noun
    # phrase and a preposition, not a complement ("called the police a week after the repression")
    assert _uses([
        "We call it a tool of repression.",
        "Residents called the police a week after the repression began.",
        "We regard the cameras as a tool of repression.",
    ]) == [("repression", "evaluative"), ("repression", "evaluative"), ("repression", "evaluative")]


INFOBOX_TAB = ("Hikvision\n\nHangzhou Hikvision Digital Technology Co., Ltd.\nType\tPublic company\nIndustry\tVideo "
               "surveillance\nFounded\t2001\nProducts\tSmart city solutions, intelligent video analytics\n\nHikvision is a "
               "Chinese manufacturer of video surveillance equipment.[1]\n")
INFOBOX_PIPE = ("Hikvision\n\nFounded | 2001\nIndustry | Video surveillance\nProducts | Smart city solutions, intelligent "
                "video analytics\n\nHikvision is a Chinese manufacturer of video surveillance equipment.\n")
INFOBOX_WIKITEXT = ("{{Infobox company\n| name = Hikvision\n| founded = 2001\n| products = {{hlist|Smart city solutions"
                    "|intelligent video}}\n}}\n'''Hikvision''' is a Chinese manufacturer of video surveillance equipment.\n")


def test_infobox_rows_are_set_aside():
    # Hand labels: the infobox is the page's table of key facts (MOS:INFOBOX), label and value per row, copied as
    # tab- or bar-separated lines, or as the wikitext template: its "Smart city solutions, intelligent video
    # analytics" lists products, no promotional claim of the article's; the lead's "video surveillance" is text
    corpus = _corpus({"tab": INFOBOX_TAB, "pipe": INFOBOX_PIPE, "wikitext": INFOBOX_WIKITEXT})
    aside = corpus.set_aside
    assert sorted(aside.loc[aside["rule"] == "infobox", "doc_id"]) == ["pipe", "tab", "wikitext"]
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    assert not (hits["frame"] == "promotional").any()
    assert hits.groupby("doc_id")["matched"].apply(list).to_dict() == {
        "pipe": ["video surveillance"], "tab": ["video surveillance"], "wikitext": ["video surveillance"]}


def test_short_tables_and_menus_stay():
    # two rows of label and value are no infobox (a menu line "Privacy | Terms" is read by the use rules), nor is a
    # table of three columns
    text = ("Acme Safe City\n\nPrivacy | Terms\nContact | Jobs\n\nCity\tCameras\tCost\nLeeds\t200\t5m\nYork\t100\t2m\n"
            "Ostrava\t50\t1m\n\nThe council praised the seamless rollout.\n")
    assert _corpus({"t": text}).set_aside.empty
    # a vendor's table of specifications is no infobox: no row is labelled with an infobox field
    spec = ("NovaSight Safe City Platform\n\nResolution | 4K\nStorage | 30 days\nFeatures | Seamless integration\n\n"
            "Contact our team for a demo.\n")
    corpus = _corpus({"spec": spec})
    assert "infobox" not in set(corpus.set_aside["rule"])
    assert "Seamless" in dc.find_frame_terms(dc.tokenize(corpus))["matched"].tolist()


def test_unclosed_infobox_templates_stay_linear():
    # every "{{Infobox" of a text without closing braces had been read to the end of the text
    import time

    from discourse.clean import clean_document
    t0 = time.process_time()
    clean_document("{{Infobox company\n| name = Acme\n" * 20_000)
    assert time.process_time() - t0 < 20


def test_wikitext_references_hatnote_templates_and_cleanup_templates_are_set_aside():
    # Hand labels: in wikitext (a dump, the edit box) the footnote is the <ref> element and its citation template, the
    # hatnote the {{Main|...}} template, the cleanup tag {{cn}} / {{citation needed|date=...}}, and {{Reflist}} the
    # place of the reference list (Help:Footnotes, WP:HATNOTE): of the three "mass surveillance" here only the
    # critics' is the article's text, and it is reported
    text = ("'''Safe City''' is a public security programme developed by [[Huawei]].<ref>{{cite web |title=Safe City "
            "|publisher=Huawei}}</ref>\n\n== Controversies ==\n{{Main|Mass surveillance in China}}\nCritics have argued "
            "that it enables mass surveillance.<ref name=\"g\">{{cite news |title=Mass surveillance and privacy "
            "|work=The Guardian}}</ref><ref name=\"csis\"/>{{cn|date=May 2020}}\n\n== References ==\n{{Reflist}}\n")
    corpus = _corpus({"w": text})
    aside = corpus.set_aside
    assert set(aside["rule"]) == {"note-marker", "hatnote"}
    assert aside.loc[aside["rule"] == "hatnote", "text"].tolist() == ["{{Main|Mass surveillance in China}}"]
    tokens = dc.tokenize(corpus)
    words = _words(tokens)
    for w in ("ref", "cite", "cn", "reflist", "publisher", "guardian"):
        assert w not in words, w
    hits = dc.find_frame_terms(tokens)
    ms = hits[hits["matched"].str.lower() == "mass surveillance"]
    assert ms["use"].tolist() == ["reported"] and ms["speaker"].tolist() == ["Critics"]


def test_further_reading_is_set_aside_and_prose_after_a_list_stays():
    # Hand labels: the works under "Further reading" (MOS:LAYOUT) are titles, not the article's words; a paragraph
    # after the list's blank line is text again
    text = ("Safe City is a programme sold by Huawei.\n\nFurther reading[edit]\n\nLyon, David (2007). Surveillance "
            "Studies: An Overview. Polity.\nZuboff, Shoshana (2019). The Age of Surveillance Capitalism. PublicAffairs."
            "\n\nThe programme was criticised for enabling mass surveillance.\n")
    corpus = _corpus({"f": text})
    aside = corpus.set_aside
    assert aside.loc[aside["rule"] == "further-reading", "text"].str.endswith("PublicAffairs.").tolist() == [True]
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    assert hits["matched"].str.lower().tolist() == ["safe city", "mass surveillance"]


def test_a_bracket_inside_the_word_before_makes_no_footnote_marker():
    # 'A]31[237]' is the UN document symbol A/31/237 as OCR read it (a 1976 speech of the UN General Debate corpus):
    # a footnote marker follows a word or its punctuation, and a word with a bracket of its own is none; the chain of
    # markers 'deployed[2][3]' is still two markers
    from discourse._encyclopedia import apparatus_spans
    assert apparatus_spans("as in document A]31[237] of the Assembly", []) == []
    assert [r for r, _, _ in apparatus_spans("cameras deployed[2][3] across the city", [])] == ["note-marker"] * 2


def test_note_markers_tried_at_their_openings_are_the_patterns_matches():
    """finditer_at (NOTE_MARKER tried only at '<', '{', '[' and the space or tab before a '[') gives the matches of
    NOTE_MARKER.finditer, spans and text, on this module's articles and on made-up strings of markers, tags, edit
    links, wikitext references, OCR'd document symbols, spaces and words (the pieces every branch of the pattern
    reads: a bracket glued to a word or after a space, '[[', '<ref' in any case, '{{' templates)."""
    import random

    from discourse._encyclopedia import _MARKER_OPENING, NOTE_MARKER
    from discourse._re_cache import finditer_at

    pieces = ["word", "Word.", "[1]", "[12]", "[a]", "[note 3]", "[nb 1]", "[", "]", "[[", " ", "\t", "\n", "[edit]",
              "[ edit source ]", "[citation needed]", "[who?]", "[according to whom?]", "[dubious – discuss]",
              "<ref>", "</ref>", "<REF name=\"x\"/>", "<ref name=g>", "{{cn}}", "{{", "}}", "{{Reflist}}", "|date=May",
              "<references/>", "A/31[237]", "x", "2020", ".", ","]
    rng = random.Random(5)
    texts = [ARTICLE] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(4000)]
    seen = 0
    for t in texts:
        want = [(m.span(), m.group()) for m in NOTE_MARKER.finditer(t)]
        assert [(m.span(), m.group()) for m in finditer_at(NOTE_MARKER, t, _MARKER_OPENING, " \t")] == want, t
        seen += len(want)
    assert seen > 4000  # the strings hold markers of every kind (else the comparison proves little)
