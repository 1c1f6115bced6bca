"""Interview turns (``discourse._interviews``): an interviewee's answers are speech without quotation marks.

Every text here is written for these tests."""

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans

LABELLED = """Q&A: How Lake Tamsin built a crime center on a budget

By Colleen Marsh

Lake Tamsin opened its crime center in 2022. We spoke with Lt. Andrea Kowalczyk, who manages the center.

MTW: Where did you start?

Kowalczyk: With what we already had. Our seamless platform changed everything.

MTW: How did you pay for it?

Kowalczyk: A patchwork, honestly. Half came from a federal grant.

It took two budget cycles.

MTW: What's the biggest lesson?

Kowalczyk: People, not technology. "It's a wall of screens," as our chief says.

This interview has been edited for length.

Related: Five questions for procurement teams

Related: Inside the push to connect private cameras"""

UNLABELLED = """Q&A: 'Central Asian cities are leapfrogging a generation of infrastructure'

With projects under way from Tashkent to Bishkek, integrators are central players. CityTech Insider spoke to Rustam Alimov, chief technology officer of Silkline Integration.

Silkline has worked in four countries in the region. What is driving demand?

Three things. Road safety first, then urbanisation, then budgets.

You talk about the region "leapfrogging". What do you mean?

Many cities never had analogue CCTV. So we go straight to a seamless, cloud-ready platform.

What is the biggest technical challenge?

Climate and connectivity. Equipment has to be rated for minus 35 in January.

Who are your suppliers?

We are vendor-neutral and work with manufacturers from China, Korea and Europe.

Subscribe to our newsletter"""

EXPLAINER = """Explainer: What is a 'safe city', and who is building them?

Cities across the region are buying camera networks. Here is what you should know.

What is a safe city?

A package of cameras, sensors and a control room sold to governments.

Who pays for it?

Often a loan from the vendor's home country.

Can I see the footage of me?

In most countries you can ask for it under data protection law."""

CASE_STUDY = """Case Study: Dunmore Falls builds a downtown camera network

Challenge: The city had 40 cameras and no control room.

Solution: A unified platform with privacy masking.

Results: Response times fell by a third.

Contact: sales@example.com"""


def _speech(text, **kw):
    return [q for q in find_quote_spans(text, **kw) if q["kind"] == "speech"]


def test_labelled_turns_are_the_interviewees_speech():
    turns = [q for q in _speech(LABELLED) if q["open_mark"] == ""]
    # three 'Kowalczyk:' turns, resolved to the name the introduction gives in full; the interviewer's questions
    # ('MTW:') stay the author's
    assert [q["speaker"] for q in turns] == ["Andrea Kowalczyk"] * 3
    assert all(q["cue"] == ":" and q["speaker_reason"] == "interview turn" for q in turns)
    assert LABELLED[turns[0]["start"]:].startswith("With what we already had.")
    # a paragraph without a label between two turns continues the turn before it
    assert LABELLED[turns[1]["start"]:turns[1]["end"]].endswith("It took two budget cycles.")
    assert turns[1]["n_paragraphs"] == 2
    # the last turn ends with its paragraph: the editor's note after it is the author's, and 'Related:' lines
    # after the last answer answer no question
    assert "edited" not in LABELLED[turns[2]["start"]:turns[2]["end"]]
    # added after the quotations, so that their ids stay as they were
    quote = next(q for q in find_quote_spans(LABELLED) if q["open_mark"])
    assert quote["quote_id"] == 0 and [q["quote_id"] for q in turns] == [1, 2, 3]


def test_unlabelled_answers_after_a_q_and_a_title():
    turns = [q for q in _speech(UNLABELLED) if q["open_mark"] == ""]
    assert len(turns) == 4
    assert {q["speaker"] for q in turns} == {"Rustam Alimov"} and {q["cue"] for q in turns} == {"Q&A"}
    assert UNLABELLED[turns[0]["start"]:turns[0]["end"]] == "Three things. Road safety first, then urbanisation, then budgets."
    # a question with a quoted word is still a question; after the last one, the answer stops at a short line
    assert all("?" not in UNLABELLED[q["start"]:q["end"]] for q in turns)
    assert "Subscribe" not in UNLABELLED[turns[-1]["start"]:turns[-1]["end"]]


FAQ = """Doorbell cameras and the police: what you should know

Q: Can police see my doorbell video?

A: Only if you share it or they obtain a warrant. Mass surveillance is not inevitable.

Q: Do I have to register my camera?

A: No. Registries are voluntary in every city we track.

Q: Can I ask what the police hold about me?

A: Yes, under your state's public records law."""

FAQ_TITLE = """Q&A: your questions about the new cameras, answered

The council's cameras go live next month. Readers sent us their questions.

Where will the cameras be?

At twelve junctions in the city centre, listed on the council's website.

Who can see the footage?

Trained staff in the control room, and the police on request.

How long is footage kept?

Thirty-one days, unless it is needed for an investigation."""

INTERVIEW_QA = """Five questions for the city's privacy officer

We spoke with Dana Whitlock, the city's chief privacy officer, about the camera rollout.

Q: Who decided where the cameras go?

A: The council did, after two public hearings and a privacy impact assessment.

Q: Will they use facial recognition?

A: No. The ordinance bans it, and our contract forbids it.

Q: What happens to the footage?

A: It is deleted after thirty-one days unless an investigation needs it."""


@pytest.mark.parametrize("text", [EXPLAINER, CASE_STUDY, FAQ, FAQ_TITLE])
def test_no_turns_without_an_interview(text):
    # a text that asks and answers its own questions (an explainer; a FAQ with 'Q:'/'A:' labels or under a 'Q&A'
    # title, where no one is said to have been spoken to: the publisher answers), and headings with colons, give no
    # speech
    assert _speech(text) == []


ACCENTED = """Interview: the mayor of Łódź on the city's cameras

Our correspondent spoke to Żaneta Ólafsdóttir-Kowal, the deputy mayor, in her office.

Gazeta: Why did the city buy the cameras?

Ólafsdóttir-Kowal: To make the tram stops safer at night.

Gazeta: And the critics who call it surveillance?

Ólafsdóttir-Kowal: We answer them at every council meeting."""


def test_labels_and_names_with_capitals_outside_ascii():
    turns = [q for q in _speech(ACCENTED) if q["open_mark"] == ""]
    assert len(turns) == 2 and {q["speaker"] for q in turns} == {"Żaneta Ólafsdóttir-Kowal"}
    # a label whose word is not capitalised is no label: 'ólafsdóttir-kowal:' gives no turn
    assert _speech(ACCENTED.replace("Ólafsdóttir-Kowal:", "ólafsdóttir-kowal:")) == []


def test_a_labels_are_the_interviewee_the_introduction_names():
    turns = [q for q in _speech(INTERVIEW_QA) if q["open_mark"] == ""]
    assert len(turns) == 3 and {q["speaker"] for q in turns} == {"Dana Whitlock"}
    assert INTERVIEW_QA[turns[1]["start"]:turns[1]["end"]] == "No. The ordinance bans it, and our contract forbids it."
    # 'spoke with the city's privacy officer' names no one: a FAQ's answers, then, the publisher's own
    unnamed = INTERVIEW_QA.replace("Dana Whitlock, the city's chief privacy officer", "the city's privacy officer")
    assert _speech(unnamed) == []


def test_turns_without_speakers_and_in_the_token_voices():
    turns = [q for q in _speech(LABELLED, speakers=False) if q["open_mark"] == ""]
    assert len(turns) == 3 and {q["speaker"] for q in turns} == {None}
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["qa"], "text": [LABELLED]}))
    tok = dc.tokenize(corpus)
    seamless = tok[tok["norm"] == "seamless"].iloc[0]
    assert seamless["voice"] == "quoted" and seamless["speaker"] == "Andrea Kowalczyk"
    where = tok[tok["norm"] == "where"].iloc[0]  # the interviewer's question
    assert where["voice"] == "author"
    # the quotations table lists the turns as speech without marks
    table = dc.find_quotes(corpus)
    rows = table[table["cue"] == ":"]
    assert len(rows) == 3 and set(rows["kind"]) == {"speech"} and (rows["start"] == rows["content_start"]).all()
    assert rows["text"].iloc[0].startswith("With what we already had.")
    # the promotional word of the answer is no longer the outlet's own
    lex = dc.load_lexicon({"promotional": ["seamless"], "rights": ["privacy"]})
    counts = dc.count_frames(tok, lex, by="source")
    author = counts[(counts["voice"] == "author") & (counts["frame"] == "promotional")]
    assert author["n"].sum() == 0
