"""Press releases, police and city statements, NGO statements and the news stories built from them.

Every text is written for this file; the speakers, roles, organisations and channels the tests expect were
labelled by hand, as a reader of the text would name them, before the library was run on it.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import discourse as dc


def frame_hits(text: str) -> list[tuple[str, str]]:
    """(frame, matched words) of every hit of the bundled lexicon in one text."""
    tokens = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})))
    hits = dc.load_lexicon("framing").find_matches(tokens)
    return list(zip(hits["frame"], hits["matched"].str.lower(), strict=True))


@pytest.mark.parametrize("text", [
    "Metropolitan Police statement on live facial recognition",
    "The police stated that no faces were stored.",
    "A police statement said the cameras were switched off.",
    "The agency issued a surveillance statement to its staff.",
    "Police investigators reviewed the footage.",
    "Russia annexed Crimea in 2014.",
])
def test_a_glob_does_not_reach_another_word(text):
    # 'police state*' stands for the police state and its plural, 'invest*' for investing, 'crime*' for
    # crime: "statement", "stated", "investigators" and "Crimea" are other words (the 3.2.0 rule for 'optimi*')
    hits = frame_hits(text)
    assert ("rights", "police state") not in [(f, m[:12]) for f, m in hits]
    assert not [h for h in hits if h[1].startswith(("police stat", "surveillance stat", "invest", "crimea"))], hits


def test_the_entries_still_match_their_own_words():
    hits = frame_hits("It is a police state. Police states and surveillance states watch everyone. "
                      "Investors invest in crime prevention; crimes fell.")
    assert [m for _, m in hits] == ["police state", "police states", "surveillance states", "investors",
                                    "invest", "crime", "crimes"]


def speech(text: str) -> list[tuple]:
    """(speaker, speaker_org, channel) of every speech quotation, in order."""
    from discourse.quotes import find_quote_spans
    return [(q["speaker"], q["speaker_org"], q["channel"]) for q in find_quote_spans(text) if q["kind"] == "speech"]


# hand labels: 'the company' is the company that the release's lead names, never the dateline's city nor the
# exchange and ticker in brackets after the company's name
@pytest.mark.parametrize("lead, company", [
    ("BOSTON, June 8, 2022 /Business Wire/ -- Northgate Security Inc. responded today to a report.",
     "Northgate Security Inc."),
    ("SHENZHEN, China, March 3, 2021 /PRNewswire/ -- Acme Vision Technology Co. today announced SafeCity 3.0.",
     "Acme Vision Technology Co."),
    ("NEW YORK, Feb. 2, 2024 (GLOBE NEWSWIRE) -- Sentinel Analytics Inc. today reported record revenue.",
     "Sentinel Analytics Inc."),
    ("BOSTON, June 8, 2022 /Business Wire/ -- Northgate Security Inc. (NASDAQ: NGS) responded today to a report.",
     "Northgate Security Inc."),
    # (the name as AP style writes it, with no comma before 'Inc.')
    ("Sentinel Analytics, Inc. (NYSE: SNTL), a provider of public safety analytics, today reported record revenue.",
     "Sentinel Analytics Inc."),
])
def test_the_company_of_a_wire_release_is_the_company_it_names(lead, company):
    text = lead + '\n\n"We take privacy seriously," the company said in a statement.\n'
    assert speech(text) == [(company, company, "statement")]


@pytest.mark.parametrize("text, speaker", [
    ('"We will review the contract," the City of Oakland said.', "City of Oakland"),
    ('"We will review the contract," said the City of Lyon.', "City of Lyon"),
    ('The County of Santa Clara said: "We will review the contract."', "County of Santa Clara"),
    # (an organisation word with its of-phrase after an inverted cue is one name too, as before the verb)
    ('"We will review the contract," said the Bank of England.', "Bank of England"),
    ('"We will review the contract," said the University of Oxford on Monday.', "University of Oxford"),
])
def test_a_city_of_name_is_the_municipality(text, speaker):
    # 'City of Oakland' is the formal name of a municipal corporation (its charter's and its statements' own name):
    # an organisation, not a person 'City' of the organisation 'Oakland', as 'Maya Wang of Human Rights Watch' is
    assert speech(text) == [(speaker, speaker, None)]


@pytest.mark.parametrize("intro, speaker", [
    ("Oakland officials issued a statement on Tuesday.", "Oakland officials"),
    ("Jane Roe, the mayor, released a statement on Tuesday.", "Jane Roe"),
    ("Mayor Jane Roe today released the following statement on the contract.", "Jane Roe"),
])
def test_the_statement_is_its_issuers(intro, speaker):
    # 'X issued a statement ... “...,” the statement said': the definite description takes up the document the
    # sentence before introduced (Hawkins 1978), whose author is the subject of the verb that made it public
    text = "Camera contract\n\n" + intro + '\n\n"The City remains committed to transparency," the statement said.\n'
    assert [(s, c) for s, _, c in speech(text)] == [(speaker, "statement")]


@pytest.mark.parametrize("text, org", [
    ('"This is wrong," Human Rights Watch researcher Maya Wang said.', "Human Rights Watch"),
    ('"This is wrong," Big Brother Watch director Silkie Carlo said.', "Big Brother Watch"),
    ('"This is wrong," American Civil Liberties Union lawyer Nathan Wessler said.', "American Civil Liberties Union"),
    # (a nationality before an organisation's name that does not end in an organisation word stays a modifier)
    ('"This is wrong," French lawyer Hanna Roth said.', None),
])
def test_the_organisation_before_a_role_keeps_its_first_words(text, org):
    # 'Human Rights Watch researcher Maya Wang': the whole proper noun before the role noun names where the role is
    # held; 'Human', 'American' (read as nationalities) and 'Brother' (a courtesy title) are words of those names
    assert [o for _, o, _ in speech(text)] == [org]


RELEASE = '''Acme Vision Unveils SafeCity 3.0

SHENZHEN, China, March 3, 2021 /PRNewswire/ -- Acme Vision Technology Co. today announced SafeCity 3.0.

"SafeCity 3.0 gives cities a nervous system for public safety," said Li Wei, chief executive officer of Acme Vision.

About Acme Vision

Acme Vision is a leading provider of intelligent video and smart city solutions for public safety.

Forward-Looking Statements

This press release contains forward-looking statements that involve risks and uncertainties.

Media contact:
Chen Jing
press@acmevision.example

###
'''


def test_a_wire_release_sets_aside_its_dateline_and_trailer():
    # PR Newswire, Business Wire and GlobeNewswire set a release's dateline as 'CITY, Month D, YYYY /Wire/ --' and
    # close it with the 'About <Company>' boilerplate, the disclaimer, the contacts and the end mark '###' (AP
    # Stylebook, 'news release'; the wire services' own style guides): the company's standing text and the wire's
    # furniture, not the release's news. Each is set aside with its rule; the lead sentence stays.
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["r"], "text": [RELEASE]}))
    aside = corpus.set_aside
    got = {rule: RELEASE[s:e] for rule, s, e in zip(aside["rule"], aside["start"], aside["end"], strict=True)}
    assert got["wire-dateline"] == "SHENZHEN, China, March 3, 2021 /PRNewswire/ -- "
    assert got["release-about"].startswith("About Acme Vision\n\nAcme Vision is a leading provider")
    assert got["release-disclaimer"].startswith("Forward-Looking Statements\n\nThis press release")
    assert got["release-contact"].startswith("Media contact:\nChen Jing")
    assert got["end-mark"].strip() == "###"
    assert corpus.documents.loc[0, "date"] == pd.Timestamp("2021-03-03")
    tokens = dc.tokenize(corpus)
    words = set(tokens["norm"])
    assert "prnewswire" not in words and "leading" not in words and "forward-looking" not in words
    assert {"announced", "safecity", "nervous"} <= words  # the lead and the quotation are counted
    # the boilerplate's 'leading provider', 'smart city solutions', 'public safety' are not the release's framing
    hits = dc.load_lexicon("framing").find_matches(tokens)
    promo = list(hits.loc[hits["frame"] == "promotional", "matched"].str.lower())
    assert "leading provider" not in promo and "smart city" not in promo and promo.count("public safety") == 1, promo


def test_a_news_dateline_and_a_heading_about_are_left_alone():
    # a news agency's dateline has no year and no wire tag, and 'About' opens sections of ordinary articles: only a
    # release (its wire dateline or its end mark) has a trailer. (The agency's dateline itself is set aside, rule
    # agency-dateline, tests/test_audit_statemedia.py; nothing after it is.)
    text = ("LONDON (Reuters) - Police said on Tuesday they would deploy cameras.\n\nAbout the cameras\n\n"
            "The cameras scan faces in crowds.\n")
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["n"], "text": [text]}))
    assert list(zip(corpus.set_aside["rule"], corpus.set_aside["text"], strict=True)) == [("agency-dateline", "LONDON (Reuters) -")]


def test_frame_balance_by_speaker_org_names_the_quotation_table():
    # speaker_org is a column of each quotation (find_quotes), not of the documents: the error had told the user to
    # pass tokenize(metadata=['speaker_org']), which cannot give it; it now names the join that does, and the join works
    text = ('"Our platform makes every city smarter and safer," said Li Wei, chief executive officer of Acme Vision.\n\n'
            '"This is mass surveillance and a violation of privacy," said Maya Wang of Human Rights Watch.\n')
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    tokens = dc.tokenize(corpus)
    with pytest.raises(ValueError, match=r"column of each quotation.*find_quotes.*merge") as err:
        dc.frame_balance(tokens, by="speaker_org", voice="quoted")
    assert "metadata=" not in str(err.value)
    quotes = dc.find_quotes(corpus)
    joined = tokens.merge(quotes[["doc_id", "quote_id", "speaker_org"]], on=["doc_id", "quote_id"], how="left")
    fb = dc.frame_balance(joined, by="speaker_org", voice="quoted", n_boot=50)
    rows = fb[fb["level"] == "group"].set_index("speaker_org")
    # hand count: Acme Vision's quotation holds the promotional 'Our platform' (the bundled entry 'our platform*') and
    # 'smarter', Human Rights Watch's the rights 'mass surveillance' and 'privacy'; balance = log((2 + 0.5) / (0 + 0.5))
    assert tuple(rows.loc["Acme Vision", ["n_positive", "n_negative"]]) == (2, 0)
    assert tuple(rows.loc["Human Rights Watch", ["n_positive", "n_negative"]]) == (0, 2)
    assert rows.loc["Acme Vision", "balance"] == pytest.approx(math.log(5))
    assert rows.loc["Human Rights Watch", "balance"] == pytest.approx(-math.log(5))


@pytest.mark.parametrize("text, role, org", [
    ("Sentinel AI's chief financial officer, Laura Chen, said: \"We expect continued growth.\"",
     "Sentinel AI's chief financial officer", "Sentinel AI"),
    ("Northgate's chief privacy officer, Priya Natarajan, added: \"Our customers own their data.\"",
     "Northgate's chief privacy officer", "Northgate"),
])
def test_a_role_after_a_company_genitive_before_the_name(text, role, org):
    # 'Sentinel AI's chief financial officer, Laura Chen, said': the genitive is the determiner of the role noun phrase
    # (Quirk et al. 1985, 5.115), as 'the' or 'its' is, so the role in lower case after it is the person's, held in
    # the company named in the genitive (as 'Sentinel AI's CFO, Laura Chen' already was)
    from discourse.quotes import find_quote_spans
    got = [(q["speaker_role"], q["speaker_org"]) for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert got == [(role, org)]


@pytest.mark.parametrize("text, role", [
    ('The assistant director, Ann Roe, said: "We will look again."', "assistant director"),
    ('At last her lawyer, Ann Roe, said: "We will look again."', "lawyer"),
])
def test_a_role_after_an_article_keeps_its_own_words(text, role):
    # only a genitive opens lower-case role words by itself: a capitalised 'The' or 'At' is no owner
    from discourse.quotes import find_quote_spans
    assert [q["speaker_role"] for q in find_quote_spans(text) if q["kind"] == "speech"] == [role]
