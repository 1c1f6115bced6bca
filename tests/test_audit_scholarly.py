"""Scholarly articles and working papers: author-date citations, reference lists, keywords lines, DOIs, narrative
citations as reported speech, and interviewees quoted by their participant codes.

Every text here is written for these tests, in the conventions of the genre (APA 7, Chicago author-date)."""


import pandas as pd

import discourse as dc
from discourse.segment import sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_citation_locators_end_no_sentence():
    # APA 7 (8.13) and Chicago (15.48) write page, paragraph and chapter locators with a full stop inside the
    # citation; a sentence ends only after the closing parenthesis
    text = ("Scholars warn of mass surveillance (Lyon, 2003, p. 12). As Graham and Wood (2003, p. 228) note, "
            "surveillance sorts people. Kitchin et al. (2016, para. 4) disagree. See Lyon (2007, chap. 2) "
            "and Zuboff (2019, sec. 3) on this.")
    assert _sentences(text) == [
        "Scholars warn of mass surveillance (Lyon, 2003, p. 12).",
        "As Graham and Wood (2003, p. 228) note, surveillance sorts people.",
        "Kitchin et al. (2016, para. 4) disagree.",
        "See Lyon (2007, chap. 2) and Zuboff (2019, sec. 3) on this.",
    ]


ARTICLE = """Seeing Like a Smart City: Surveillance and the Politics of Urban Data

Abstract
This article examines how municipal officials frame the smart city.

Keywords: smart city; surveillance; privacy; urban governance

DOI: 10.1177/12345678901234567

1. Introduction

The smart city has become a dominant urban imaginary (Kitchin, 2014; Zuboff, 2019). We argue that it is \
a project of efficiency.

Notes
1 On social sorting see also Lyon (2003), pp. 1-9.

References
Graham, S., & Wood, D. (2003). Digitizing surveillance: Categorization, space, inequality. Critical Social
    Policy, 23(2), 227-248. https://doi.org/10.1177/0261018303023002006
Huawei (2017) Safe City Solution: Building a Safer World. Shenzhen: Huawei.
Kitchin, R. (2014). The real-time city? Big data and smart urbanism. GeoJournal, 79(1), 1-14.
van Dijck, J. (2014). Datafication, dataism and dataveillance. Surveillance & Society, 12(2), 197-208.
Zuboff, S. (2019). The age of surveillance capitalism. PublicAffairs.
"""


def _corpus(texts: dict[str, str], **meta) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()), **meta})
    return dc.Corpus.from_dataframe(df, text="text", source="source" if "source" in meta else None)


def test_reference_list_keywords_and_doi_are_set_aside():
    corpus = _corpus({"a1": ARTICLE})
    aside = corpus.set_aside
    by_rule = {r.rule: r.text for r in aside.itertuples()}
    assert set(aside["kind"]) == {"apparatus"}
    assert by_rule["keywords"] == "Keywords: smart city; surveillance; privacy; urban governance"
    assert by_rule["doi"] == "DOI: 10.1177/12345678901234567"
    refs = by_rule["reference-list"]
    assert refs.startswith("References\nGraham, S.") and refs.endswith("PublicAffairs.")
    # hand count: the author's own words hold "smart city" three times (title, abstract, introduction), no
    # "surveillance capitalism" and no "privacy"; the keywords line and the titles of the cited works are not theirs
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    assert hits["matched"].str.lower().value_counts().get("smart city") == 3
    assert not hits["matched"].str.lower().isin(["surveillance capitalism", "privacy", "smart urbanism"]).any()
    # the notes are the author's: they stay
    assert "Lyon (2003), pp. 1-9" not in "".join(aside["text"])


def test_reference_list_ends_at_back_matter_and_stays_away_from_prose():
    text = ("Findings\n\nCameras are everywhere.\n\nReferences\nLyon, D. (2003). Surveillance as social sorting. "
            "Routledge.\n\nAcknowledgements\nWe thank the officers who spoke to us about privacy.\n")
    aside = _corpus({"a": text}).set_aside
    assert list(aside["rule"]) == ["reference-list"]
    assert aside["text"].iloc[0] == "References\nLyon, D. (2003). Surveillance as social sorting. Routledge."
    # a news story's "References" heading over prose is no reference list; a sentence about keywords is no
    # keywords line
    news = ("Council approves cameras\n\nReferences\nThe mayor referred to privacy twice in her speech.\n\n"
            "Keywords matter, she said: privacy first.\n")
    assert _corpus({"n": news}).set_aside.empty


def _reported(text: str) -> list[tuple[str, str, str]]:
    from discourse.quotes import find_quote_spans

    return [(q["speaker"], q["cue"], text[q["content_start"]:q["content_end"]])
            for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]


def test_narrative_citation_reports_the_cited_authors_claim():
    # a narrative (integral) citation names the author as the subject of a reporting verb: the clause is the cited
    # author's claim (Swales 1990; Hyland 1999), with the year and locator in parentheses (APA 7, 8.11 and 8.17)
    assert _reported("Zuboff (2019) argues that surveillance capitalism turns everyday life into raw material.") == [
        ("Zuboff", "argues", "surveillance capitalism turns everyday life into raw material")]
    assert _reported("Kitchin et al. (2016) contend that the smart city is a technocratic project.") == [
        ("Kitchin et al.", "contend", "the smart city is a technocratic project")]
    assert _reported("Graham and Wood (2003, p. 228) argue that digital surveillance sorts people into groups.") == [
        ("Graham and Wood", "argue", "digital surveillance sorts people into groups")]
    assert _reported("Lyon (2003: 12) claims that mass surveillance is now pervasive.") == [
        ("Lyon", "claims", "mass surveillance is now pervasive")]
    # the year is no part of the name after "according to"
    assert _reported("According to Lyon (2003), mass surveillance is now pervasive.") == [
        ("Lyon", "according to", "mass surveillance is now pervasive")]
    # not reported: a parenthetical citation names no speaker; the writers' own "we"; "maintains" without "that"
    assert _reported("The smart city is a technocratic project (Kitchin et al., 2016; Zuboff, 2019).") == []
    assert _reported("We (2019) argue that the smart city is a technocratic project.") == []
    assert _reported("Lyon (2003) maintains the archive of the surveillance project.") == []


def test_narrative_citation_is_the_reported_voice_in_tokens():
    text = ("Zuboff (2019) argues that surveillance capitalism turns everyday life into raw material. "
            "We find that the smart city rests on mass surveillance.")
    tok = dc.tokenize(_corpus({"a": text}))
    hits = dc.find_frame_terms(tok).set_index("matched")
    assert hits.loc["surveillance capitalism", "voice"] == "reported"
    assert hits.loc["surveillance capitalism", "speaker"] == "Zuboff"
    assert hits.loc["mass surveillance", "voice"] == "author"


def test_participant_excerpt_is_the_participants_speech():
    # APA 7 (8.36): research participants are quoted as sources, identified by a code; the excerpt set off under
    # its code is their words, not the researcher's
    from discourse.quotes import find_quote_spans

    text = ("3. Findings\n\nOfficials described the system in glowing terms. Another interviewee was more cautious:\n\n"
            "P3: We are building a panopticon and nobody asks about privacy.\n\n"
            "Participant 12 (planning officer, 2018): The cameras are for public safety.\n\n"
            "Theme 2: Privacy\n\nG20: Leaders agreed on data rules.\n\nWe argue that privacy matters.")
    got = [(q["speaker"], q["speaker_reason"], text[q["content_start"]:q["content_end"]])
           for q in find_quote_spans(text)]
    assert got == [("P3", "participant code", "We are building a panopticon and nobody asks about privacy."),
                   ("Participant 12", "participant code", "The cameras are for public safety.")]
    hits = dc.find_frame_terms(dc.tokenize(_corpus({"a": text})))
    voice = hits.groupby("matched")["voice"].agg(list).to_dict()
    assert voice["panopticon"] == ["quoted"]
    # hand count: "privacy" in P3's words (quoted), in the heading "Theme 2: Privacy" and in the last sentence
    assert sorted(voice["privacy"]) == ["author", "quoted"]
    assert sorted(voice["Privacy"]) == ["author"]


def test_noun_after_a_determiner_is_no_reporting_verb():
    # 'such claims', 'whether vendor claims': the cue word is a noun (a determiner is followed by its noun, Quirk et
    # al. 1985, 5.10), and a subject runs across no 'how' or 'whether' (a nominal wh-clause opens there); the
    # speaker had been 'This paper traces how such'
    assert _reported("This paper traces how such claims travel into municipal policy.") == []
    assert _reported("The study examines whether vendor claims hold up in practice.") == []
    assert _reported("The mayor claims the cameras cut crime in the district.") == [
        ("The mayor", "claims", "the cameras cut crime in the district")]
    assert _reported("Some critics say that the cameras cut crime.") == [
        ("Some critics", "say", "the cameras cut crime")]


def test_note_reference_superscripts_do_not_hide_terms():
    # the Chicago Manual (14.21) sets note reference numbers as superscripts after the word: "Privacy¹" is the word
    # "privacy" and a note mark; its norm had been "privacy1", so the footnoted terms of a pasted article went
    # uncounted. Hand count: the two texts hold the same four hits (privacy, mass surveillance, smart cities,
    # human rights)
    noted = "Privacy¹ is at stake. Mass surveillance² grows in smart cities.³\n\nHuman rights⁴ matter."
    plain = "Privacy is at stake. Mass surveillance grows in smart cities.\n\nHuman rights matter."
    corpus = _corpus({"a": noted, "b": plain}, source=["noted", "plain"])
    tok = dc.tokenize(corpus)
    assert list(tok.loc[tok["token"] == "Privacy¹", "norm"]) == ["privacy"]
    frames = dc.count_frames(tok, by="source").set_index(["frame", "voice", "source"])["n"]
    assert frames.loc[("rights", "all", "noted")] == frames.loc[("rights", "all", "plain")] == 3
    assert frames.loc[("promotional", "all", "noted")] == frames.loc[("promotional", "all", "plain")] == 1
    # the raw-text path of the streams reads the same words
    stream = dc.count_frames_stream(corpus, by="source").set_index(["frame", "voice", "source"])["n"]
    assert stream.loc[("rights", "all", "noted")] == 3


def test_citations_point_into_the_reference_list_and_are_set_aside():
    corpus = _corpus({"a1": ARTICLE.replace(
        "We argue that it is a project of efficiency.",
        "Zuboff (2019) argues that it commodifies experience (see Lyon, 2003, p. 12; Graham and Wood 2003).")})
    cites = list(corpus.set_aside.query("rule == 'citation'")["text"])
    # hand labels: the introduction's two, the new sentence's two, and the date of "Lyon (2003)" in the notes
    assert cites == ["(Kitchin, 2014; Zuboff, 2019)", "(2019)", "(see Lyon, 2003, p. 12; Graham and Wood 2003)",
                     "(2003)"]
    tok = dc.tokenize(corpus)
    words = set(tok.loc[~tok["is_punct"], "norm"])
    # the narrative citation's name is the sentence's subject and stays; the pointers are gone
    assert {"zuboff", "lyon"} <= words and not words & {"2019", "2014", "2003", "p", "kitchin", "wood"}
    # the narrative citation still reports Zuboff's claim
    assert set(tok.loc[tok["norm"] == "commodifies", "speaker"]) == {"Zuboff"}
    # a text without a reference list keeps its parentheses: "(Paris, 1813)" is the author's own words
    plain = _corpus({"b": "The treaty (Paris, 1813) ended the war. Roe (2019) argues that it did not."})
    assert plain.set_aside.empty


def test_quotation_of_a_cited_author_is_their_speech():
    # "As Lyon (2007, p. 14) puts it, '...'": the quotation is the cited author's words (Swales 1990 on integral
    # citations); the date between the name and the verb had left it a term the writer mentions, with no speaker
    from discourse.quotes import find_quote_spans

    for text, speaker in [('As Lyon (2007, p. 14) puts it, "surveillance is always ambiguous".', "Lyon"),
                          ('Kitchin (2014) writes that "the real-time city is a smart city".', "Kitchin")]:
        (q,) = find_quote_spans(text)
        assert (q["kind"], q["speaker"]) == ("speech", speaker)
    # a scare quote beside a parenthetical citation stays a mention
    (q,) = find_quote_spans('The so-called "smart city" is a marketing term (Söderström et al., 2014).')
    assert (q["kind"], q["speaker"]) == ("mention", None)


def test_code_after_a_quotation_names_the_participant():
    # APA 7 (8.36) identifies a participant after the quotation, in parentheses
    from discourse.quotes import find_quote_spans

    text = ('One planner was blunt: "We are building a panopticon and nobody asks about privacy" (P3, city '
            'official). Officials stressed efficiency. "The cameras make the district safer" (Interviewee 7).')
    got = [(q["kind"], q["speaker"], q["speaker_reason"]) for q in find_quote_spans(text)]
    assert got == [("speech", "P3", "participant code"), ("speech", "Interviewee 7", "participant code")]
    (q,) = find_quote_spans('The so-called "smart city" is a marketing term (Söderström et al., 2014).')
    assert (q["kind"], q["speaker"]) == ("mention", None)


def test_reference_lists_of_the_common_styles():
    # one list in each style: APA 7 with hanging indents and blank lines, Vancouver, MLA 9 ("Works Cited"), a
    # Markdown list, IEEE; each list is set aside whole, and the appendix after the APA list stays
    texts = {
        "apa": ("Body text about privacy.\n\nREFERENCES\n\nGraham, S., & Wood, D. (2003). Digitizing surveillance:\n"
                "    Categorization, space, inequality. Critical Social Policy, 23(2),\n    227-248.\n\n"
                "Lyon, D. (2003). Surveillance as social sorting. Routledge.\n\nAppendix A: Interview guide\n\n"
                "What do cameras do for public safety?"),
        "vancouver": ("Body.\n\nReferences\n1. Lyon D. Surveillance society. Buckingham: Open University Press; 2001.\n"
                      "2. Zuboff S. The age of surveillance capitalism. New York: PublicAffairs; 2019.\n"),
        "mla": ("Body.\n\nWorks Cited\nZuboff, Shoshana. The Age of Surveillance Capitalism. PublicAffairs, 2019.\n"
                "Lyon, David. Surveillance Studies: An Overview. Polity, 2007.\n"),
        "markdown": ("Body.\n\n## References\n\n- Kitchin, R. (2014). The real-time city? GeoJournal, 79(1), 1-14.\n"
                     "- Zuboff, S. (2019). The age of surveillance capitalism.\n"),
        "ieee": ("Body.\n\nREFERENCES\n[1] D. Lyon, Surveillance Society. Buckingham, U.K.: Open Univ. Press, 2001.\n"
                 "[2] S. Zuboff, The Age of Surveillance Capitalism. New York, NY, USA: PublicAffairs, 2019.\n"),
    }
    aside = _corpus(texts).set_aside.set_index("doc_id")
    assert set(aside.index) == set(texts) and set(aside["rule"]) == {"reference-list"}
    for doc, text in texts.items():
        span = aside.loc[doc, "text"]
        tail = text.rstrip().split("\n")[-1] if doc != "apa" else "Surveillance as social sorting. Routledge."
        assert span.endswith(tail.strip()), doc
    assert "Appendix" not in aside.loc["apa", "text"]


def test_prose_after_a_reference_list_stays():
    # two articles in one file: the first list ends at the prose after it (it had run on to the second list,
    # setting the second article aside with it), and each article's citation is set aside
    art = ("Smart cities promise efficiency (Kitchin, 2014).\n\nReferences\nKitchin, R. (2014). The real-time city? "
           "GeoJournal, 79(1), 1-14.\n\nAn article follows here about privacy.\n\nIt has prose.\n\nIt ends here.\n\n")
    aside = _corpus({"two": art * 2}).set_aside
    assert list(aside["rule"]) == ["citation", "reference-list"] * 2
    assert not aside["text"].str.contains("privacy").any()


def test_report_names_what_cleaning_set_aside(tmp_path):
    # the page had said "(headers, bylines, boilerplate)" whatever was set aside; in a scholarly corpus all of it
    # is reference lists, keywords lines and citations
    import matplotlib

    matplotlib.use("Agg")
    from discourse.report import build_report

    texts = {f"d{i}": ARTICLE.replace("urban imaginary", f"urban imaginary {i}") for i in range(4)}
    corpus = _corpus(texts, source=["S&S", "S&S", "Urban Studies", "Urban Studies"])
    page = build_report(corpus, out=tmp_path / "r", n_boot=50, dpi=40, verbose=False, n_topics=2)
    html = page.read_text(encoding="utf-8")
    n = len(corpus.set_aside)
    assert f"Cleaning set aside {n} spans (apparatus {n};" in html


def test_citation_rules_are_linear_on_a_long_word():
    # a capitalised word of 64,000 letters after "(" in a text with a reference list: the name pattern had two
    # runs around its lower-case letter and took the square of the word's length (8,000 letters: 3.1 s)
    import time

    word = "A" + "a" * 64_000
    text = f"Body ({word}1 x) and {word} (2019) argues that x y z.\n\nReferences\nLyon, D. (2003). Title. Polity.\n"
    t0 = time.process_time()
    corpus = _corpus({"long": text})
    dc.find_quotes(corpus, reported=True)
    assert time.process_time() - t0 < 5
    assert list(corpus.set_aside["rule"]) == ["reference-list"]
