"""Print Q&A interviews and press-conference transcripts about safe-city surveillance: who speaks each answer, and
whether the interviewer's question that repeats a critic's frame is the outlet's own language.

Every text here is written for these tests; the expected values are hand labels written before running the library."""

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans


def _turns(text):
    return [q for q in find_quote_spans(text) if q["kind"] == "speech" and q["open_mark"] == ""]


# a magazine Q&A in the format many print interviews use: an introduction that presents the interviewee with a
# copula and an office ('Zhang Wei is chief executive of ...'), an editor's note saying the text is an interview, then
# 'Q:' / 'A:' turns; no 'spoke to' anywhere
QA = """The man who wants to wire every street corner

Zhang Wei is chief executive of Skyeye Urban Systems, a Shenzhen company that sells safe city platforms to police forces in 14 countries. This interview has been edited and condensed.

Q: Your company calls its product the city's nervous system. What does that mean?

A: It means one seamless platform. Traffic, policing and emergency services see the same picture.

Before, a city had forty control rooms. Now it has one.

Q: Critics call this mass surveillance. How do you respond?

A: I understand the concern. But our customers are elected governments, and the cameras reduce crime.

Q: Would you sell to any government?

A: We follow export law. That is the line."""


def test_a_turns_are_the_interviewee_the_introduction_presents():
    turns = _turns(QA)
    # hand labels: three answers, the first over two paragraphs, all Zhang Wei's
    assert [q["speaker"] for q in turns] == ["Zhang Wei"] * 3
    assert turns[0]["n_paragraphs"] == 2
    assert QA[turns[0]["start"]:turns[0]["end"]].endswith("Now it has one.")
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["qa"], "source": ["mag"], "text": [QA]}))
    tok = dc.tokenize(corpus)
    seamless = tok[tok["norm"] == "seamless"].iloc[0]
    assert seamless["voice"] == "quoted" and seamless["speaker"] == "Zhang Wei"
    # the questions stay the magazine's: 'Q' and 'A' are no speakers
    assert set(tok.loc[tok["voice"] == "quoted", "speaker"].dropna()) == {"Zhang Wei"}


def test_a_turns_without_an_interview_stay_the_publishers():
    # the same introduction over a FAQ that never says it is an interview: the publisher answers its own questions
    faq = QA.replace(" This interview has been edited and condensed.", "")
    assert _turns(faq) == []
    # an organisation presented by a copula is no interviewee ('Skyeye Urban Systems is a Shenzhen company')
    org = QA.replace("Zhang Wei is chief executive of Skyeye Urban Systems, a",
                     "Skyeye Urban Systems is a")
    assert _turns(org) == []


# a ministry's press conference as its website prints it: the title names the spokesperson in the possessive
# ('Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2021', the form of the Chinese
# Foreign Ministry's transcripts) or after 'by' in title case; reporters ask as 'Q:', the spokesperson answers as 'A:'
MFA = """Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2021

Q: Human Rights Watch says Chinese companies export mass surveillance to authoritarian governments. How do you respond?

A: These accusations are groundless. Chinese companies help partner countries build smart cities and improve public safety.

We firmly oppose the politicisation of technology cooperation.

Q: Critics call the project in Belgrade a surveillance state in the making. Will China review it?

A: I am not aware of the specifics. Cooperation between China and Serbia is open and transparent.

Q: Has Huawei been asked to share data with the police?

A: I would refer you to the competent authorities.

Q: How many countries have joined the digital initiative?

A: More than 100 countries. Digital cooperation brings real benefits to the people."""


def test_a_turns_of_a_press_conference_are_the_spokesperson_its_title_names():
    by = MFA.replace("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference",
                     "Regular Press Conference by Foreign Ministry Spokesperson Wang Wenbin")
    for text in (MFA, by):
        turns = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
        # hand labels: four questions by reporters (speech, no speaker), four answers by Wang Wenbin, the first of
        # two paragraphs
        answers = [q for q in turns if q["speaker"] is not None]
        assert [q["speaker"] for q in answers] == ["Wang Wenbin"] * 4, text.splitlines()[0]
        assert answers[0]["n_paragraphs"] == 2
        assert sum(q["speaker"] is None for q in turns) == 4


# the interviewer's question that puts a critic's (or the company's own) label to the interviewee: a verb of naming,
# its object and the label as the object's complement (Quirk et al. 1985, 16.43-16.45), whatever the complement's
# noun phrase holds before the label: an adjective, a genitive, a head noun and 'of', or no article at all
@pytest.mark.parametrize("question, matched", [
    ("Critics call this mass surveillance. How do you respond?", "mass surveillance"),
    ("Critics call the system mass surveillance. How do you respond?", "mass surveillance"),
    ("Your company calls its product the city's nervous system. What does that mean?", "nervous system"),
    ("Amnesty calls the programme a tool of repression. Is that fair?", "repression"),
    ("Human rights groups call your cameras tools of mass surveillance. How do you respond?", "mass surveillance"),
    ("Critics have labelled the city a digital panopticon. Your response?", "panopticon"),
])
def test_a_label_the_interviewer_attributes_is_reported(question, matched):
    text = QA.replace("Critics call this mass surveillance. How do you respond?", question)
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["qa"], "source": ["mag"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    row = hits[hits["matched"] == matched].iloc[0]
    assert (row["voice"], row["use"], row["use_rule"]) == ("author", "reported", "speech_act")


@pytest.mark.parametrize("text, matched", [
    # the label inside the object, or the verb's other senses: no complement
    ("The council called the mass surveillance programme off.", "mass surveillance"),
    ("Residents called the police mass surveillance unit twice.", "mass surveillance"),
    ("Critics called the head of mass surveillance a liar.", "mass surveillance"),
    ("The mayor called the press and said the cameras end mass surveillance.", "mass surveillance"),
])
def test_a_label_in_the_object_is_not_reported(text, matched):
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    row = hits[hits["matched"] == matched].iloc[0]
    assert row["use_rule"] != "speech_act"


# a magazine interview with the speakers' labels set in bold (Chicago Manual of Style, 17th ed., 13.48: the speakers'
# names of an interview or discussion set off in bold, small capitals or italics), as Markdown ('**WIRED:**') and HTML
# ('<b>WIRED:</b>') keep the bold when the page is saved
BOLD = """How Skyeye sees the city

Zhang Wei runs Skyeye Urban Systems. WIRED spoke to him in Shenzhen.

WIRED: Where did the idea of a city brain come from?

Zhang: From traffic. Our first customer wanted smarter traffic lights.

Then the police asked for the same screens.

WIRED: Privacy groups call it a panopticon. Is it?

Zhang: No. A panopticon is a prison. This is a seamless, innovative service for citizens.

WIRED: What comes next?

Zhang: More cities, more sensors. We are in talks with three capitals."""


@pytest.mark.parametrize("interviewer, interviewee", [
    ("WIRED:", "Zhang:"),  # (the plain form, read before)
    ("**WIRED:**", "**Zhang:**"),
    ("**WIRED**:", "**Zhang**:"),
    ("__WIRED:__", "__Zhang:__"),
    ("<b>WIRED:</b>", "<b>Zhang:</b>"),
    ("<strong>WIRED:</strong>", "<strong>Zhang:</strong>"),
])
def test_bold_labels_are_turns(interviewer, interviewee):
    text = BOLD.replace("WIRED:", interviewer).replace("Zhang:", interviewee)
    turns = _turns(text)
    # hand labels: three answers by Zhang Wei, the first over two paragraphs; the questions stay the magazine's
    assert [q["speaker"] for q in turns] == ["Zhang Wei"] * 3
    assert text[turns[0]["start"]:turns[0]["end"]].startswith("From traffic.")
    assert text[turns[0]["start"]:turns[0]["end"]].endswith("the same screens.")
    assert text[turns[1]["start"]:].startswith("No. A panopticon")


def test_a_label_in_capitals_is_the_name_the_text_writes():
    # 'ZHANG:' is the Zhang Wei of the introduction, as 'Zhang:' is; an acronym the text never writes otherwise
    # ('AFP:') stays as written
    turns = _turns(BOLD.replace("Zhang:", "ZHANG:"))
    assert [q["speaker"] for q in turns] == ["Zhang Wei"] * 3


def test_a_spokesperson_label_in_capitals_is_the_name_the_title_writes():
    press = """Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2021

AFP: Human Rights Watch says Chinese companies export mass surveillance. How do you respond?

WANG: These accusations are groundless.

Reuters: Will China review the project in Belgrade?

WANG: I am not aware of the specifics.

Bloomberg: Has Huawei been asked to share data with the police?

WANG: I would refer you to the competent authorities."""
    turns = [q for q in find_quote_spans(press) if q["kind"] == "speech"]
    # hand labels: the reporters' outlets as written, the spokesperson by the name the title gives
    assert [q["speaker"] for q in turns] == ["AFP", "Wang Wenbin", "Reuters", "Wang Wenbin", "Bloomberg", "Wang Wenbin"]


def test_stage_directions_inside_an_answer_are_no_ones_words():
    # print Q&As note the interviewee's laughter in brackets ('(Laughs.)', '(Laughter)'); the note is the editor's,
    # as it is the transcriber's in a transcript, not a word the interviewee said
    text = BOLD.replace("This is a seamless", "(Laughs.) This is a seamless").replace(
        "More cities, more sensors.", "More cities, more sensors. (Laughter)")
    turns = _turns(text)
    assert {q["speaker"] for q in turns} == {"Zhang Wei"}
    said = " ".join(text[q["start"]:q["end"]] for q in turns)
    assert "Laugh" not in said and "This is a seamless" in said and "No. A panopticon is a prison." in said
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["b"], "text": [text]}))
    tok = dc.tokenize(corpus)
    assert set(tok.loc[tok["norm"].isin(["laughs", "laughter"]), "voice"]) == {"author"}


# the White House's transcript of a press briefing: the reporters' questions open with 'Q' and a tab or spaces, no
# colon; the press secretary's label in capitals
BRIEFING = """Press Briefing by Press Secretary Jen Psaki, March 3, 2021

James S. Brady Press Briefing Room

12:41 P.M. EST

MS. PSAKI:  Hi, everyone. I have one update on the smart infrastructure plan.

Q    Thanks, Jen. Privacy groups call the camera programme mass surveillance. Does the President agree?

MS. PSAKI:  The President believes in protecting privacy and civil liberties.

Q    A follow-up on that. Will the cameras use facial recognition?

MS. PSAKI:  I don't have anything to preview on that.

Q    And on China?

MS. PSAKI:  We have concerns about the export of surveillance technology. (Laughter.)

1:20 P.M. EST"""


@pytest.mark.parametrize("gap", ["    ", "\t", " "])
def test_bare_q_of_a_briefing_is_a_reporters_question(gap):
    text = BRIEFING.replace("Q    ", "Q" + gap)
    turns = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    # hand labels: four turns of Jen Psaki, three reporters' questions with no speaker; no question is hers
    assert [q["speaker"] for q in turns] == ["Jen Psaki", None, "Jen Psaki", None, "Jen Psaki", None, "Jen Psaki"]
    assert text[turns[1]["start"]:turns[1]["end"]].startswith("Thanks, Jen. Privacy groups")
    assert all("?" not in text[q["start"]:q["end"]] for q in turns if q["speaker"] == "Jen Psaki")



def test_a_question_over_two_paragraphs_is_one_turn():
    # print Q&As often set a question's context and the question itself as two paragraphs under one label
    text = (BOLD.replace("WIRED: Where did the idea", "WIRED: Your first contract was for traffic lights in Shenzhen.\n\n"
                                                       "Where did the idea")
            .replace("WIRED: Privacy groups call it a panopticon. Is it?",
                     "WIRED: Privacy groups call it a panopticon.\n\nIs it?")
            .replace("WIRED: What comes next?", "WIRED: You are now in 14 countries.\n\nWhat comes next?"))
    turns = _turns(text)
    # hand labels: the same three answers by Zhang Wei; the questions' paragraphs stay the magazine's
    assert [q["speaker"] for q in turns] == ["Zhang Wei"] * 3
    assert all("?" not in text[q["start"]:q["end"]] for q in turns)


@pytest.mark.parametrize("intro", [
    # the interviewee as the subject of a verb of talking together, the outlet as its object
    "Zhang Wei is chief executive of Skyeye Urban Systems. He spoke to WIRED about safe cities. This interview has "
    "been edited and condensed.",
    "Zhang Wei, chief executive of Skyeye Urban Systems, spoke to WIRED about safe cities.",
    "Zhang Wei, chief executive of Skyeye Urban Systems, spoke with The Guardian in Shenzhen.",
    "Zhang Wei sat down with WIRED in Shenzhen. This interview has been edited and condensed.",
    # and the other way round, as before
    "WIRED spoke to Zhang Wei, chief executive of Skyeye Urban Systems.",
    "We spoke with Zhang Wei, chief executive of Skyeye Urban Systems, in Shenzhen.",
])
def test_the_interviewee_not_the_outlet_speaks_the_answers(intro):
    text = QA.replace(QA.split("\n\n")[1], intro)
    # hand labels: every answer is Zhang Wei's, none the outlet's
    assert [q["speaker"] for q in _turns(text)] == ["Zhang Wei"] * 3


@pytest.mark.parametrize("title, intro", [
    # a Q&A's headline names the interviewee after its genre label (no 'spoke to', no copula in the introduction)
    ("Q&A: Zhang Wei on wiring every street corner",
     "Skyeye sells safe city platforms to police forces in 14 countries. This interview has been edited and condensed."),
    ("Interview: Zhang Wei, chief executive of Skyeye Urban Systems",
     "Skyeye sells safe city platforms to police forces in 14 countries."),
])
def test_the_interviewee_a_q_and_a_headline_names(title, intro):
    text = QA.replace(QA.split("\n\n")[0], title).replace(QA.split("\n\n")[1], intro)
    assert [q["speaker"] for q in _turns(text)] == ["Zhang Wei"] * 3


def test_a_faq_headline_in_title_case_names_no_one():
    faq = """Q&A: Your Questions About the New Cameras, Answered

The council's cameras go live next month. Readers sent us their questions.

Where will the cameras be?

At twelve junctions in the city centre, listed on the council's website.

Who can see the footage?

Trained staff in the control room, and the police on request.

How long is footage kept?

Thirty-one days, unless it is needed for an investigation."""
    assert _turns(faq) == []


# a magazine interview with two interviewees: three labels, which read as the record of a sitting
TWO = """Two founders, one city brain

Zhang Wei and Li Na founded Skyeye Urban Systems in 2012. WIRED spoke to them in Shenzhen.

WIRED: Where did the idea of a city brain come from?

Zhang: From traffic. Our first customer wanted smarter traffic lights.

Li: And then the police asked for the same screens.

WIRED: Privacy groups call it a panopticon. Is it?

Zhang: No. This is a seamless, innovative service for citizens.

WIRED: What comes next?

Li: More cities, more sensors.

Zhang: And three capitals."""


@pytest.mark.parametrize("intro", ["WIRED spoke to them in Shenzhen.", "They spoke with WIRED in Shenzhen."])
def test_the_outlets_questions_stay_its_own_voice_with_two_interviewees(intro):
    text = TWO.replace("WIRED spoke to them in Shenzhen.", intro)
    turns = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    # hand labels: five answers, three by Zhang Wei and two by Li; no question is a quoted speaker's
    assert len(turns) == 5 and "WIRED" not in {q["speaker"] for q in turns}
    assert all("?" not in text[q["start"]:q["end"]] for q in turns)
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["two"], "source": ["wired"], "text": [text]}))
    tok = dc.tokenize(corpus)
    assert set(tok.loc[tok["norm"] == "panopticon", "voice"]) == {"author"}


def test_a_questioner_the_introduction_does_not_name_as_the_interviewer_keeps_its_turns():
    # a panel moderated by a person the introduction does not say interviewed anyone: every turn is its speaker's
    text = TWO.replace("WIRED spoke to them in Shenzhen.", "The panel was chaired by Ana Ruiz.").replace(
        "WIRED:", "Ruiz:")
    turns = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert len(turns) == 8 and sum(q["speaker"] == "Ana Ruiz" for q in turns) == 3


def test_header_fields_over_article_bodies_are_no_interview():
    # articles saved one after another, each under header fields: the body under the last field is no question,
    # even where one of its paragraphs asks one (a turn of more than three paragraphs is no interviewer's)
    one = """Author: Jane Roe

Original: City Desk

The council voted on Tuesday to extend the camera network to six more junctions.

Who decides where the cameras go?

The council's answer is a map drawn by the police.

Campaigners said they would challenge the decision in court.

The network will cost 2.4 million pounds over five years."""
    text = "\n\n".join([one] * 3)
    assert [q for q in find_quote_spans(text) if q["speaker_reason"] == "interview turn"] == []


def test_a_one_word_label_is_the_full_name_the_introduction_gives():
    # hand labels: 'Li:' is the Li Na of 'Zhang Wei and Li Na founded ...', as 'Zhang:' is Zhang Wei
    turns = [q for q in find_quote_spans(TWO) if q["kind"] == "speech"]
    assert [q["speaker"] for q in turns] == ["Zhang Wei", "Li Na", "Zhang Wei", "Li Na", "Zhang Wei"]
