"""Earnings-call transcripts: the layouts of the published calls (a speaker's name on a line of its own above the
turn, as Seeking Alpha and The Motley Fool print them, or a colon label), the participant lists at their head, the
transcription service's "[Operator Instructions]", the section headings, and who says each framing word.

Every text here is written for these tests; the expected values are labelled by hand from the texts before the
library was run on them."""

import re

import pandas as pd
import pytest

import discourse as dc

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
