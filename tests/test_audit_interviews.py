"""Print Q&A interviews and press-conference transcripts about safe-city surveillance: who speaks each answer, and
whether the interviewer's question that repeats a critic's frame is the outlet's own language.

Every text here is written for these tests; the expected values are hand labels written before running the library."""

import pandas as pd

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
