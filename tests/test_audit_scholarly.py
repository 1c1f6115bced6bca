"""Scholarly articles and working papers: author-date citations, reference lists, keywords lines, DOIs, narrative
citations as reported speech, and interviewees quoted by their participant codes.

Every text here is written for these tests, in the conventions of the genre (APA 7, Chicago author-date)."""


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
