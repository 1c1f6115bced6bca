"""Earnings-call transcripts: the layouts of the published calls (a speaker's name on a line of its own above the
turn, as Seeking Alpha and The Motley Fool print them, or a colon label), the participant lists at their head, the
transcription service's "[Operator Instructions]", the section headings, and who says each framing word.

Every text here is written for these tests; the expected values are labelled by hand from the texts before the
library was run on them."""

import math
import re

import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document

CALL = """Vigilant Systems, Inc. (VGLS) Q3 2024 Earnings Call Transcript

Company Participants

Laura Finn - Vice President, Investor Relations
Daniel Okafor - Chief Executive Officer
Helen Brandt - Chief Financial Officer

Conference Call Participants

Priya Nair - Morgan Stanley
Mark Chen - Jefferies

Presentation

Operator

Good morning, and welcome to the Vigilant Systems Third Quarter 2024 Earnings Conference Call. [Operator Instructions] As a reminder, this conference is being recorded. I would now like to turn the call over to Laura Finn. Please go ahead.

Laura Finn

Thank you, operator. With me today are Daniel Okafor, our CEO, and Helen Brandt, our CFO. With that, I will turn the call over to Daniel.

Daniel Okafor

Thank you, Laura, and good morning, everyone. This was a record quarter. Our smart city solutions make cities safer, and our customers see it in the numbers. Safe City segment revenue grew 12% to $214 million. We are proud of our innovative platform.

Helen Brandt

Thanks, Daniel. Gross margin was 58.4%, up 90 basis points. Operating cash flow was $61 million.

Question-and-Answer Session

Operator

[Operator Instructions] Our first question comes from Priya Nair with Morgan Stanley. Your line is open.

Priya Nair

Thanks for taking my question. Can you give us colour on the Safe City pipeline? And are you seeing any delays from the privacy debate in Europe?

Daniel Okafor

Sure, Priya. The pipeline is the strongest we have ever had. Privacy is built into everything we ship, and our smart city platform gives police real-time situational awareness.

Operator

Our next question comes from Mark Chen with Jefferies.

Mark Chen

Hi, thanks. On margins, how should we think about the mix between hardware and software?

Helen Brandt

Software is now 41% of revenue, and we expect that to grow.

Operator

This concludes today's question-and-answer session. Thank you for your participation. You may now disconnect."""

# the same call as copied from a web page: each name line right above its turn, each list right below its heading
CALL_SINGLE = re.sub(r"(?m)^(Operator|[A-Z]\w+ [A-Z]\w+|Company Participants|Conference Call Participants)\n\n",
                     r"\1\n", CALL)
# The Motley Fool's layout: 'Name -- Title' above each turn, participants under 'Call participants:' at the end
FOOL = """Vigilant Systems (VGLS) Q3 2024 Earnings Call Transcript

Prepared Remarks:

Operator

Good morning, and welcome to the call. I would now like to turn the call over to Daniel Okafor.

Daniel Okafor -- Chief Executive Officer

Thank you. Our smart city solutions make cities safer. Safe City segment revenue grew 12%.

Questions & Answers:

Operator

Our first question comes from Priya Nair with Morgan Stanley.

Priya Nair -- Morgan Stanley -- Analyst

Can you give us colour on the Safe City pipeline?

Daniel Okafor -- Chief Executive Officer

The pipeline is strong. Privacy is built into everything we ship.

Operator

That concludes the call.

Call participants:

Daniel Okafor -- Chief Executive Officer

Priya Nair -- Morgan Stanley -- Analyst"""

# hand labels: the speaker of each turn's first words in CALL (and CALL_SINGLE)
TURNS = [("Good morning, and welcome", "Operator"), ("Thank you, operator", "Laura Finn"),
         ("Thank you, Laura", "Daniel Okafor"), ("Thanks, Daniel", "Helen Brandt"),
         ("Our first question comes", "Operator"), ("Thanks for taking my question", "Priya Nair"),
         ("Sure, Priya", "Daniel Okafor"), ("Our next question comes", "Operator"), ("Hi, thanks", "Mark Chen"),
         ("Software is now", "Helen Brandt"), ("This concludes today", "Operator")]


def _corpus(**texts):
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())}))


def _speaker_at(tok, doc_id, text, phrase):
    at = text.index(phrase)
    row = tok.loc[(tok["doc_id"] == doc_id) & (tok["start"] == at)]
    assert len(row) == 1, phrase
    return row["speaker"].iloc[0], row["voice"].iloc[0]


@pytest.mark.parametrize("text", [CALL, CALL_SINGLE], ids=["blank-lines", "single-lines"])
def test_a_name_on_its_own_line_opens_that_speakers_turn(text):
    tok = dc.tokenize(_corpus(call=text))
    for phrase, who in TURNS:
        assert _speaker_at(tok, "call", text, phrase) == (who, "quoted"), phrase
    # the name lines and the section headings are the transcriber's, no one's speech
    for heading in ("Presentation", "Question-and-Answer Session"):
        at = text.index(heading)
        rows = tok.loc[(tok["start"] >= at) & (tok["end"] <= at + len(heading))]
        assert rows["speaker"].isna().all() and set(rows["voice"]) <= {"author"}, heading


def test_the_motley_fool_layout_name_and_title_above_the_turn():
    tok = dc.tokenize(_corpus(fool=FOOL))
    # hand labels: Operator, Daniel Okafor, Operator, Priya Nair, Daniel Okafor, Operator
    for phrase, who in [("Good morning, and welcome", "Operator"), ("Thank you. Our smart", "Daniel Okafor"),
                        ("Our first question", "Operator"), ("Can you give us colour", "Priya Nair"),
                        ("The pipeline is strong", "Daniel Okafor"), ("That concludes", "Operator")]:
        assert _speaker_at(tok, "fool", FOOL, phrase) == (who, "quoted"), phrase


def test_a_news_story_with_subheadings_gives_no_turns():
    story = ("Vendors bet on safe cities\n\nSales of camera systems to cities rose again this year.\n\n"
             "Growing Market\n\nAnalysts expect more contracts.\n\nPrivacy Concerns\n\nCampaigners disagree.\n\n"
             "Next Steps\n\nThe council votes in May.\n\nLooking Ahead\n\nA decision is due soon.")
    tok = dc.tokenize(_corpus(s=story))
    assert set(tok["voice"]) == {"author"} and tok["speaker"].isna().all()


# the investor-relations officer's opening, the safe-harbour statement of the Private Securities Litigation Reform Act
# of 1995 (15 U.S.C. 78u-5(c)(2): an oral forward-looking statement is protected where it is accompanied by the
# statement that actual results might differ materially and names the document that lists the risks)
HARBOUR = ("Thank you, operator. Before we begin, I would like to remind everyone that today's remarks contain "
           "forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
           "Actual results may differ materially because of risks and uncertainties, including changes in privacy "
           "and data protection regulation and the timing of public safety contracts. These risks are described in "
           "our most recent Form 10-K filed with the SEC. We undertake no obligation to update any forward-looking "
           "statement. With that, I will turn the call over to Daniel.")
CALL_HARBOUR = CALL.replace(
    "Thank you, operator. With me today are Daniel Okafor, our CEO, and Helen Brandt, our CFO. With that, I will turn "
    "the call over to Daniel.", HARBOUR)

COLON = """Vigilant Systems Q3 2024 Earnings Call

Corporate Participants
Daniel Okafor - Vigilant Systems - Chief Executive Officer
Helen Brandt - Vigilant Systems - Chief Financial Officer

Conference Call Participants
Priya Nair - Morgan Stanley - Analyst
Mark Chen - Jefferies - Analyst

Presentation

Operator: Good morning, and welcome to the Vigilant Systems third quarter call. [Operator Instructions] I would now like to turn the call over to Helen Brandt.

Helen Brandt: Thank you. Gross margin was 58.4%.

Daniel Okafor: Thank you, Helen. Our smart city solutions make cities safer. Safe City segment revenue grew 12%.

Question-and-Answer Session

Operator: Our first question comes from Priya Nair with Morgan Stanley.

Priya Nair: Can you give us colour on the Safe City pipeline? Are you seeing delays from the privacy debate in Europe?

Daniel Okafor: The pipeline is the strongest we have ever had. Privacy is built into everything we ship.

Operator: Our next question comes from Mark Chen with Jefferies.

Mark Chen: On margins, how should we think about the mix between hardware and software?

Helen Brandt: Software is now 41% of revenue.

Operator: This concludes today's call."""

# The layout of Refinitiv's StreetEvents transcripts: a bulleted list, each name above its company and title
STREET = """Vigilant Systems Q3 2024 Earnings Call

================================================================================
Corporate Participants
================================================================================

 * Daniel Okafor
   Vigilant Systems Inc - CEO
 * Helen Brandt
   Vigilant Systems Inc - CFO

================================================================================
Conference Call Participants
================================================================================

 * Priya Nair
   Morgan Stanley - Analyst

================================================================================
Presentation
--------------------------------------------------------------------------------
Operator   [1]
--------------------------------------------------------------------------------

Good morning. [Operator Instructions] I would now like to turn the call over to Daniel Okafor.

--------------------------------------------------------------------------------
Daniel Okafor,  Vigilant Systems Inc - CEO   [2]
--------------------------------------------------------------------------------

Thank you. Our smart city solutions make cities safer. Safe City segment revenue grew 12%.

--------------------------------------------------------------------------------
Helen Brandt,  Vigilant Systems Inc - CFO   [3]
--------------------------------------------------------------------------------

Thanks, Daniel. Gross margin was 58.4%.

================================================================================
Questions and Answers
--------------------------------------------------------------------------------
Operator   [4]
--------------------------------------------------------------------------------

Our first question comes from Priya Nair with Morgan Stanley.

--------------------------------------------------------------------------------
Priya Nair,  Morgan Stanley - Analyst   [5]
--------------------------------------------------------------------------------

Can you give us colour on the Safe City pipeline?

--------------------------------------------------------------------------------
Daniel Okafor,  Vigilant Systems Inc - CEO   [6]
--------------------------------------------------------------------------------

The pipeline is strong. Privacy is built into everything we ship.

--------------------------------------------------------------------------------
Operator   [7]
--------------------------------------------------------------------------------

That concludes the call."""


def _set_aside(text):
    sa = clean_document(text, "d").spans
    return {(s["rule"], s["text"].strip()) for s in sa}


def test_participant_lists_are_set_aside():
    got = _set_aside(CALL)
    # hand labels: the two headings and their five lines, each list one span
    assert ("participant-list", "Company Participants\n\nLaura Finn - Vice President, Investor Relations\n"
            "Daniel Okafor - Chief Executive Officer\nHelen Brandt - Chief Financial Officer") in got
    assert ("participant-list", "Conference Call Participants\n\nPriya Nair - Morgan Stanley\nMark Chen - Jefferies") in got
    got = _set_aside(COLON)
    assert ("participant-list", "Corporate Participants\nDaniel Okafor - Vigilant Systems - Chief Executive Officer\n"
            "Helen Brandt - Vigilant Systems - Chief Financial Officer") in got
    assert ("participant-list", "Conference Call Participants\nPriya Nair - Morgan Stanley - Analyst\n"
            "Mark Chen - Jefferies - Analyst") in got
    got = _set_aside(STREET)
    assert ("participant-list", "Corporate Participants\n" + "=" * 80 + "\n\n * Daniel Okafor\n   Vigilant Systems Inc - CEO"
            "\n * Helen Brandt\n   Vigilant Systems Inc - CFO") in got
    assert ("participant-list", "Conference Call Participants\n" + "=" * 80 + "\n\n * Priya Nair\n   Morgan Stanley - Analyst") in got
    got = _set_aside(FOOL)
    assert ("participant-list", "Call participants:\n\nDaniel Okafor -- Chief Executive Officer\n\n"
            "Priya Nair -- Morgan Stanley -- Analyst") in got


def test_operator_instructions_are_the_transcribers_note():
    for text, n in ((CALL, 2), (COLON, 1), (STREET, 1)):
        notes = [s for s in clean_document(text, "d").spans if s["text"] == "[Operator Instructions]"]
        assert len(notes) == n and {s["rule"] for s in notes} == {"stage-direction"}


def test_the_safe_harbour_statement_is_set_aside_and_the_rest_of_the_turn_stays():
    spans = [s for s in clean_document(CALL_HARBOUR, "d").spans if s["rule"] == "call-disclaimer"]
    # hand label: from 'Before we begin' to '... forward-looking statement.'; 'Thank you, operator.' and the hand-over
    # to Daniel are the officer's words
    assert [s["text"] for s in spans] == [HARBOUR[len("Thank you, operator. "):HARBOUR.index(" With that")]]
    tok = dc.tokenize(_corpus(call=CALL_HARBOUR))
    at = CALL_HARBOUR.index("Before we begin")
    inside = tok.loc[(tok["start"] >= at) & (tok["end"] <= CALL_HARBOUR.index(" With that, I will"))]
    assert inside.empty and not {"uncertainties", "obligation", "10-k"} & set(tok["norm"])
    assert _speaker_at(tok, "call", CALL_HARBOUR, "With that, I will") == ("Laura Finn", "quoted")
    assert _speaker_at(tok, "call", CALL_HARBOUR, "Thank you, operator") == ("Laura Finn", "quoted")


def test_a_sentence_about_forward_looking_statements_outside_a_call_stays():
    text = ("Analysts said the company's forward-looking statements were too rosy. Actual results may differ "
            "materially, one said.")
    assert not [s for s in clean_document(text, "d").spans if s["rule"] == "call-disclaimer"]


@pytest.mark.parametrize("text", [CALL, COLON], ids=["name-lines", "colon-labels"])
def test_hits_words_and_balance_by_speaker_against_a_count_by_hand(text):
    corpus = _corpus(call=text)
    tok = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tok, corpus=corpus)
    got = sorted(zip(hits["speaker"].astype(object).fillna(""), hits["matched"], hits["use"], strict=True))
    # hand labels: the product line named ('Safe City segment', 'the Safe City pipeline') is referential in the CEO's
    # and the analyst's turns alike; the CEO's 'smart city solutions' and 'Privacy is built into ...' are his own
    # evaluation; the participant lists ('Investor Relations') give no hit
    if text is CALL:
        want = [("Daniel Okafor", "Privacy", "evaluative"), ("Daniel Okafor", "Safe City", "referential"),
                ("Daniel Okafor", "innovative", "evaluative"), ("Daniel Okafor", "our customers", "evaluative"),
                ("Daniel Okafor", "police", "evaluative"), ("Daniel Okafor", "revenue", "evaluative"),
                ("Daniel Okafor", "situational awareness", "evaluative"), ("Daniel Okafor", "smart city", "evaluative"),
                ("Daniel Okafor", "smart city", "evaluative"), ("Daniel Okafor", "solutions", "evaluative"),
                ("Helen Brandt", "revenue", "evaluative"), ("Priya Nair", "Safe City", "referential"),
                ("Priya Nair", "privacy", "evaluative")]
        assert got == want
    assert not (hits["speaker"].isna()).any()
    # the words of each speaker against a count of the turns' words by a regular expression over the text: a word is
    # a run of letters, digits and the marks inside a number or a contraction ('58.4%', 'today's' as 'today' + ''s')
    words = tok.loc[~tok["is_punct"]].groupby("speaker", observed=True).size().to_dict()
    label = re.compile(r"^(Operator|[A-Z]\w+ (?!Participants)[A-Z]\w+)(?::[ \t]*|\n\n)(?=\S)", re.M)
    body = re.sub(r"\[Operator Instructions\] ?", "", text)
    heads = list(label.finditer(body))
    by_hand: dict[str, int] = {}
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(body)
        turn = re.split(r"\n\n(?:Question-and-Answer Session|Presentation)\n", body[m.end():end])[0]
        n = len(re.findall(r"\$?\d+(?:\.\d+)?%?|[A-Za-z]+(?:-[A-Za-z]+)*|'s", turn))
        by_hand[m.group(1)] = by_hand.get(m.group(1), 0) + n
    assert words == by_hand
    bal = dc.frame_balance(tok, by="speaker", voice="quoted")
    bal = bal.loc[bal["level"] == "group"].dropna(subset=["speaker"]).set_index("speaker")
    assert bal["n_tokens"].to_dict() == by_hand
    if text is CALL:
        # the CEO's evaluative hits: six promotional ('smart city' twice, 'solutions', 'our customers', 'innovative',
        # 'situational awareness'), one rights ('Privacy'); the balance is log((6 + 0.5) / (1 + 0.5)), the analyst's
        # log((0 + 0.5) / (1 + 0.5)) (smoothing 0.5)
        assert bal.loc["Daniel Okafor", ["n_positive", "n_negative"]].tolist() == [6, 1]
        assert bal.loc["Daniel Okafor", "balance"] == pytest.approx(math.log(6.5 / 1.5))
        assert bal.loc["Priya Nair", "balance"] == pytest.approx(math.log(0.5 / 1.5))


def test_numbered_turn_headers_of_refinitiv_transcripts():
    tok = dc.tokenize(_corpus(street=STREET))
    # hand labels: [1] Operator, [2] Daniel Okafor, [3] Helen Brandt, [4] Operator, [5] Priya Nair, [6] Daniel Okafor,
    # [7] Operator
    for phrase, who in [("Good morning.", "Operator"), ("Thank you. Our smart", "Daniel Okafor"),
                        ("Thanks, Daniel", "Helen Brandt"), ("Our first question", "Operator"),
                        ("Can you give us colour", "Priya Nair"), ("The pipeline is strong", "Daniel Okafor"),
                        ("That concludes", "Operator")]:
        assert _speaker_at(tok, "street", STREET, phrase) == (who, "quoted"), phrase
    # the service's turn numbers are no words
    notes = [s["text"] for s in clean_document(STREET, "d").spans if s["rule"] == "turn-number"]
    assert notes == [f"[{k}]" for k in range(1, 8)]
    assert not {"1", "2", "3", "4", "5", "6", "7"} & set(tok["norm"])


USES = """Vigilant Systems Q4 2024 Earnings Call Transcript

Operator: Good morning. Our first question comes from Priya Nair with Morgan Stanley.

Priya Nair: How big is the smart city segment now? And can you give us colour on the Public Safety pipeline?

Daniel Okafor: Public Safety segment revenue grew 8%. Smart city revenue was $90 million. Our smart city solutions make cities safer, and we deliver peace of mind.

Operator: Our next question comes from Mark Chen with Jefferies.

Mark Chen: What drove the intelligent video margin? Is there any privacy pushback in the smart city business?

Daniel Okafor: Intelligent video margins rose on software mix. We think privacy regulation is manageable.

Unidentified Analyst: Can you quantify the safe city backlog?

Daniel Okafor: Backlog is about $400 million."""


def test_segment_pipeline_backlog_and_margin_name_the_business_not_praise_it():
    corpus = _corpus(uses=USES)
    tok = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tok, corpus=corpus)
    got = {(who, USES[a:a + 40].split(".")[0].split("?")[0]): use
           for who, a, use in zip(hits["speaker"].astype(object).fillna(""), hits["start"], hits["use"], strict=True)
           if hits.loc[hits["start"] == a, "frame"].iloc[0] != "economy"}
    # hand labels: a product line or segment named as the head noun's classifier in an analyst's question or a
    # results statement ('the smart city segment', 'the Public Safety pipeline', 'Public Safety segment revenue',
    # 'intelligent video margins', 'the safe city backlog') is referential (IFRS 8 / ASC 280 'operating segment'; a
    # pipeline and a backlog are contracts, prospective and signed); the CEO's own 'Our smart city solutions make
    # cities safer' and 'peace of mind' are evaluative
    assert got[("Priya Nair", "smart city segment now")] == "referential"
    assert got[("Priya Nair", "Public Safety pipeline")] == "referential"
    assert got[("Daniel Okafor", "Public Safety segment revenue grew 8%")] == "referential"
    assert got[("Mark Chen", "intelligent video margin")] == "referential"
    assert got[("Daniel Okafor", "Intelligent video margins rose on softwa")] == "referential"
    assert got[("", "safe city backlog")] == "referential"
    assert got[("Daniel Okafor", "smart city solutions make cities safer, ")] == "evaluative"
    assert got[("Daniel Okafor", "peace of mind")] == "evaluative"


def test_the_headline_earnings_call_transcript_names_the_page_not_a_source():
    # Seeking Alpha's headline: '<Company> (<ticker>) <quarter> Results - Earnings Call Transcript'; the words after
    # the dash name the form of the page, as '– live' does, not a source who said the results
    text = "Vigilant Systems (VGLS) Q2 2016 Results - Earnings Call Transcript\n\n" + CALL.split("\n\n", 1)[1]
    tok = dc.tokenize(_corpus(call=text))
    head = tok.loc[tok["paragraph"] == 0]
    assert set(head["voice"]) == {"author"} and head["speaker"].isna().all()
    assert "Earnings Call Transcript" not in set(tok["speaker"].dropna())


def test_the_safe_harbour_statement_at_the_head_of_a_colon_turn_leaves_the_label():
    text = COLON.replace(
        "Helen Brandt: Thank you. Gross margin was 58.4%.",
        "Helen Brandt: Statements on this call that are not historical facts are forward-looking and subject to the "
        "safe harbor provisions. Actual results may differ materially. Gross margin was 58.4%.")
    spans = [s for s in clean_document(text, "d").spans if s["rule"] == "call-disclaimer"]
    # hand label: the two sentences after the label; the label and 'Gross margin was 58.4%.' stay
    assert [s["text"] for s in spans] == ["Statements on this call that are not historical facts are forward-looking "
                                          "and subject to the safe harbor provisions. Actual results may differ "
                                          "materially."]
    tok = dc.tokenize(_corpus(call=text))
    assert _speaker_at(tok, "call", text, "Gross margin") == ("Helen Brandt", "quoted")

    # without the words 'safe harbor': 'statements ... are forward-looking' opens it as well
    text = text.replace(" and subject to the safe harbor provisions", "")
    spans = [s for s in clean_document(text, "d").spans if s["rule"] == "call-disclaimer"]
    assert [s["text"] for s in spans] == ["Statements on this call that are not historical facts are forward-looking. "
                                          "Actual results may differ materially."]


def test_the_safe_harbour_statement_ends_at_a_sentence_after_an_acronym():
    text = CALL_HARBOUR.replace(HARBOUR, "Thank you, operator. Today's remarks contain forward-looking statements, "
                                "described in our filings with the SEC. Our growth is in the UAE. With that, I will "
                                "turn the call over to Daniel.")
    spans = [s["text"] for s in clean_document(text, "d").spans if s["rule"] == "call-disclaimer"]
    # hand label: one sentence; 'Our growth is in the UAE.' is the officer's own (a sentence ends after 'SEC.')
    assert spans == ["Today's remarks contain forward-looking statements, described in our filings with the SEC."]


# S&P Capital IQ's layout: the name, the company and title on the line below it, then the turn
CIQ = """Vigilant Systems, Inc., Q3 2024 Earnings Call, Oct 24, 2024

Presentation

Operator
Good morning, and welcome to the call. I would now like to turn the call over to Daniel Okafor.

Daniel Okafor
Vigilant Systems, Inc. - CEO & Director
Thank you. Our smart city solutions make cities safer. Safe City segment revenue grew 12%.

Helen Brandt
Vigilant Systems, Inc. - CFO
Thanks, Daniel. Gross margin was 58.4%.

Question and Answer

Operator
Our first question comes from Priya Nair with Morgan Stanley.

Priya Nair
Morgan Stanley, Research Division - Equity Analyst
Can you give us colour on the Safe City pipeline?

Daniel Okafor
Vigilant Systems, Inc. - CEO & Director
The pipeline is strong. Privacy is built into everything we ship.

Operator
That concludes the call."""


def test_a_name_above_the_speakers_company_and_title_opens_a_turn():
    tok = dc.tokenize(_corpus(ciq=CIQ))
    # hand labels: Operator, Daniel Okafor, Helen Brandt (once, in no list: the affiliation line makes it a header),
    # Operator, Priya Nair, Daniel Okafor, Operator
    for phrase, who in [("Good morning", "Operator"), ("Thank you. Our smart", "Daniel Okafor"),
                        ("Thanks, Daniel", "Helen Brandt"), ("Our first question", "Operator"),
                        ("Can you give us colour", "Priya Nair"), ("The pipeline is strong", "Daniel Okafor"),
                        ("That concludes", "Operator")]:
        assert _speaker_at(tok, "ciq", CIQ, phrase) == (who, "quoted"), phrase
    # the company and title lines are the header's, no one's speech
    for line in ("Vigilant Systems, Inc. - CFO", "Morgan Stanley, Research Division - Equity Analyst"):
        at = CIQ.index(line)
        rows = tok.loc[(tok["start"] >= at) & (tok["end"] <= at + len(line))]
        assert len(rows) and set(rows["voice"]) == {"author"} and rows["speaker"].isna().all(), line


def test_the_words_under_a_name_line_that_is_no_turn_are_not_the_last_speakers():
    # without the participant lists, Laura Finn speaks once and neither asks nor answers: her name line is not read
    # as a turn, and her paragraph is not the operator's either
    for text in (CALL.split("Presentation\n\n", 1)[1], CALL_SINGLE.split("Presentation\n\n", 1)[1]):
        tok = dc.tokenize(_corpus(call=text))
        speaker, voice = _speaker_at(tok, "call", text, "Thank you, operator")
        assert speaker != "Operator"
        assert _speaker_at(tok, "call", text, "Thank you, Laura") == ("Daniel Okafor", "quoted")


def test_a_short_line_without_punctuation_in_a_machine_transcript_is_speech_not_a_heading():
    text = ("SPEAKER_00: so the city bought the cameras last year\n\nSPEAKER_01: right and nobody asked us about it"
            "\n\nwe never got a vote\n\nSPEAKER_00: and now they want more of them\n\nSPEAKER_01: Okay Yeah\n\n"
            "Sounds Good To Me\n\nSPEAKER_00: fine")
    tok = dc.tokenize(_corpus(asr=text))
    # hand labels: 'we never got a vote' and 'Sounds Good To Me' continue SPEAKER_01's turns (a recogniser writes no
    # headings)
    assert _speaker_at(tok, "asr", text, "we never") == ("SPEAKER_01", "quoted")
    assert _speaker_at(tok, "asr", text, "Sounds Good") == ("SPEAKER_01", "quoted")
