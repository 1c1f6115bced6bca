"""Right of reply in accountability reporting: the companies' and ministries' responses to an investigation.

Every text is written for this file, in the genre's conventions (a finding stated in the investigation's voice, then
"In a statement to the Guardian, X said ...", "X did not respond to a request for comment", "A spokesperson for the
ministry declined to comment", a letter to the investigating organisation, and an appendix of the full replies under
dated headings, "Response from X, 12 May 2023"). The speakers and voices the tests expect were labelled by hand before
the library was run: a reply is the company's or its spokesperson's, never the outlet that received it, never the
investigation's author.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans


def spans(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, quoted words) of every quotation and reported clause of ``text``, in order of start."""
    qs = sorted(find_quote_spans(text, reported=True), key=lambda q: q["start"])
    return [(q["kind"], q["speaker"], text[q["content_start"]:q["content_end"]]) for q in qs]


def hits(text: str, source: str = "The Investigator") -> pd.DataFrame:
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]}))
    return dc.find_frame_terms(dc.tokenize(corpus))


STATEMENT = """An investigation by the Guardian and Amnesty International found that Hikvision cameras were used to \
track Uyghurs in Xinjiang.

In a statement to the Guardian, Hikvision said it "respects human rights" and that its products "make communities \
safer". The company said it had commissioned a review of its projects in Xinjiang.
"""


def test_the_company_is_the_company_that_replied_last():
    # hand label: 'The company said' right after Hikvision's statement is Hikvision, not the investigating partners
    # named in the lead (who are no company, and who did not speak last)
    found = spans(STATEMENT)
    company = [s for s in found if s[2].startswith("it had commissioned")]
    assert company == [("reported", "Hikvision", "it had commissioned a review of its projects in Xinjiang")], found
    assert ("speech", "Hikvision", "respects human rights") in found


LETTER = """Amnesty International found that Hikvision supplied cameras to police stations in Xinjiang. Hikvision \
told Reuters that it "takes all reports seriously".

In a letter to Amnesty International, the company wrote: "Our smart city solutions are designed to protect \
public safety and comply with all applicable laws."
"""


@pytest.mark.parametrize("text, company, addressee", [
    (LETTER, "Hikvision", "Amnesty International"),
    ("Dahua Technology sold the system to the city. In a statement to Human Rights Watch, the company said that it "
     "\"firmly opposes\" any misuse of its products.", "Dahua Technology", "Human Rights Watch"),
    # where the name table holds no company (Hikvision is named only as an object), the description stays as written
    ("Human Rights Watch wrote to Hikvision in March. In an email to Human Rights Watch, the company said it "
     "\"complies with all applicable laws\".", "the company", "Human Rights Watch"),
    ("Amnesty International found that Hikvision supplied cameras to police stations in Xinjiang.\n\nIn a letter to "
     "Amnesty International, the company wrote: \"We comply with all applicable laws.\"", "the company",
     "Amnesty International"),
])
def test_the_addressee_of_a_reply_is_not_its_writer(text, company, addressee):
    # the organisation a letter or statement is written *to* is the recipient of the act, not its agent: two
    # arguments of one predicate are not one referent unless the predicate is marked reflexive ('wrote to itself';
    # Reinhart & Reuland 1993, "Reflexivity", Linguistic Inquiry 24(4), condition B); it had been the speaker
    speech = [s for s in spans(text) if s[0] == "speech"]
    assert speech and speech[-1][1] == company and all(s[1] != addressee for s in speech), speech


def test_no_reply_is_no_quotation():
    text = ("Our investigation found that the cameras enabled mass surveillance of protesters.\n\n"
            "Dahua did not respond to a request for comment. A spokesperson for the ministry declined to comment. "
            "The Interior Ministry did not respond to requests for comment by the time of publication.\n")
    assert spans(text) == []
    h = hits(text)
    assert h["voice"].tolist() == ["author"] * len(h) and "mass surveillance" in h["matched"].tolist()


APPENDIX = """Our investigation found that the cameras enabled mass surveillance of protesters in three cities.

Dahua Technology did not respond to a request for comment.

Responses

Response from Hikvision, 12 May 2023

Hikvision takes all reports regarding the protection of human rights seriously. Our smart city products enhance \
public safety for millions of people.

We have engaged an independent law firm to review our compliance.

Response from Dahua Technology, 15 May 2023

Dahua Technology complies with all applicable laws and regulations. Our intelligent video solutions help keep \
communities safe.
"""


def test_a_reply_under_its_dated_heading_is_the_company_s():
    found = [s for s in spans(APPENDIX) if s[0] == "speech"]
    assert [s[1] for s in found] == ["Hikvision", "Dahua Technology"], found
    assert found[0][2].startswith("Hikvision takes all reports") and found[0][2].endswith("review our compliance.")
    assert found[1][2].startswith("Dahua Technology complies") and found[1][2].endswith("communities safe.")
    h = hits(APPENDIX).set_index("matched")
    # hand labels: the finding is the investigation's own; the promotional words are the companies' replies
    assert h.loc["mass surveillance", "voice"] == "author"
    assert h.loc["smart city", "voice"] == "quoted" and h.loc["smart city", "speaker"] == "Hikvision"
    assert h.loc["public safety", "speaker"] == "Hikvision"
    assert h.loc["intelligent video", "speaker"] == "Dahua Technology"
    q = next(q for q in find_quote_spans(APPENDIX) if q["speaker"] == "Hikvision")
    assert q["channel"] == "response" and q["speaker_reason"] == "reply heading"


def test_a_section_that_tells_of_the_response_stays_the_writer_s():
    # a subhead "Hikvision's response" over the writer's account of it (third person, a reporting clause, a quotation)
    # is no printed reply: "Dahua did not respond" there had become Hikvision's words
    text = ("Our investigation found that the cameras enabled mass surveillance.\n\nHikvision's response\n\n"
            "Hikvision did not dispute the findings. In a statement, the company said it \"respects human rights\".\n\n"
            "Dahua did not respond to a request for comment.\n")
    assert [s for s in spans(text) if s[0] == "speech" and s[2].startswith("Hikvision did not")] == []
    h = hits(text).set_index("matched")
    assert h.loc["mass surveillance", "voice"] == "author"


def test_a_heading_with_its_reply_on_the_next_line():
    # no blank line between the heading and the reply: the heading is the paragraph's first line
    text = ("The cameras were used to profile Uyghurs.\n\nResponse from Dahua Technology, 15 May 2023\n"
            "Our intelligent video solutions help keep communities safe.\n")
    found = [s for s in spans(text) if s[0] == "speech"]
    assert found == [("speech", "Dahua Technology", "Our intelligent video solutions help keep communities safe.")]


def test_frame_balance_by_voice_keeps_the_replies_out_of_the_author_s_balance():
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "source": ["The Investigator"],
                                                    "text": [APPENDIX]}))
    with warnings.catch_warnings():  # (the interval of one document's few paragraphs warns; the counts are read)
        warnings.simplefilter("ignore", UserWarning)
        bal = dc.frame_balance(dc.tokenize(corpus), by="source", voice=["author", "quoted"], level="group",
                               n_boot=20).set_index("voice")
    # the author wrote one rights hit ("mass surveillance") and no promotional one
    assert bal.loc["author", "n_positive"] == 0 and bal.loc["author", "n_negative"] == 1
    assert bal.loc["quoted", "n_positive"] >= 3


@pytest.mark.parametrize("heading", [
    "Response from the Ministry of Public Security",  # no date: a heading all the same
    "Hikvision's response, 12 May 2023",
    "Full statement from Hikvision",
    "Annex 2: Letter from Hikvision to Amnesty International, dated 3 May 2023",
])
def test_other_forms_of_the_reply_heading(heading):
    text = f"The cameras were used to profile Uyghurs.\n\n{heading}\n\nWe reject the report's allegations.\n"
    found = [s for s in spans(text) if s[0] == "speech"]
    assert len(found) == 1 and found[0][2] == "We reject the report's allegations.", found
    assert found[0][1] in ("the Ministry of Public Security", "Ministry of Public Security", "Hikvision")


@pytest.mark.parametrize("text", [
    # a heading of the investigation's own that is no reply
    "Our findings\n\nThe cameras were used to profile Uyghurs.\n\nResponse from the authorities\n\n"
    "The authorities did not respond.\n",
    # a sentence that names a response, not a heading
    "Response from Hikvision was slow, and it came after publication.\n",
    # the title of a document that is itself the statement: its words are its author's own voice
    "Statement by H.E. Mr. Ivan Petrov, Minister for Foreign Affairs\n\nMr. President, we reject mass surveillance.\n",
    "Response from Hikvision, 12 May 2023\n\nHikvision takes all reports seriously.\n",
])
def test_no_reply_heading_no_reply(text):
    assert [s for s in spans(text) if s[0] == "speech"] == []


@pytest.mark.parametrize("text", [
    # the body that wrote to 'the company' in the sentence before is not the company that answers
    "Hikvision did not respond. Amnesty International wrote to the company on 3 May. The company said in a reply "
    "that it \"respects human rights\".",
    "The Guardian contacted Hikvision. Responding to the Guardian's findings, the company said it \"takes all "
    "reports seriously\".",
])
def test_the_body_that_asked_is_not_the_company_that_answers(text):
    speech = [s for s in spans(text) if s[0] == "speech"]
    assert len(speech) == 1 and speech[0][1] not in ("Amnesty International", "Guardian"), speech


def test_the_outlet_written_with_its_capital_article_is_no_speaker_either():
    # 'The Guardian' as the paper writes its own name: the addressee all the same (hand label: Dahua, the company
    # asked, which speaks again in the next sentence)
    text = ("The Guardian asked Dahua about the deal. In a statement to The Guardian, the company said it \"strictly "
            "complies with all laws\". Dahua later told Reuters that the system was \"for traffic management only\".")
    speech = [s for s in spans(text) if s[0] == "speech"]
    assert [s[1] for s in speech] == ["Dahua", "Dahua"], speech


@pytest.mark.parametrize("text", [
    "\"These allegations are false,\" a spokesperson for Hikvision said in an email to the Guardian.",
    "Hikvision said in a statement to The Guardian.",
    "A spokesperson for the company said in an interview with the BBC.",
])
def test_the_medium_of_a_reply_is_not_what_it_said(text):
    # 'in an email to the Guardian' is the adjunct of the attribution (a preposition's noun phrase with its own
    # prepositional phrase, Quirk et al. 1985, 9.1-9.4), no reported clause: it had been the spokesperson's words
    assert [s for s in spans(text) if s[0] == "reported"] == []


def test_a_that_clause_after_the_medium_is_still_reported():
    text = "A spokesperson said in an email to the Guardian that the allegations were false."
    assert [s for s in spans(text) if s[0] == "reported"] == [
        ("reported", "A spokesperson", "the allegations were false")]


@pytest.mark.parametrize("text", [
    "This investigation found that the cameras enabled mass surveillance of protesters.",
    "The cameras enabled mass surveillance of protesters, this investigation found.",
])
def test_this_investigation_is_the_author_s_own_finding(text):
    # the text names its own inquiry with "this", as "this study" names a paper's (Hyland 2001 on self-mention): the
    # finding is the investigation's own voice, not a reported clause with no speaker
    assert spans(text) == []
    h = hits(text)
    assert h.set_index("matched").loc["mass surveillance", "voice"] == "author"


@pytest.mark.parametrize("text, content", [
    ("Hikvision said in 2021 that it respects human rights.", "it respects human rights"),
    ("The ministry said on 3 May that the cameras were for traffic management.",
     "the cameras were for traffic management"),
])
def test_a_dated_adjunct_before_the_that_clause(text, content):
    # 'in 2021' is an adjunct of the reporting clause; what is reported is the that-clause after it (Quirk et al.
    # 1985, ch. 16): the year had stopped the search, and the clause was read from the year on
    assert [s[2] for s in spans(text) if s[0] == "reported"] == [content]


@pytest.mark.parametrize("text", [
    "Hikvision cameras enabled mass surveillance, according to an investigation by the Guardian.",
    "According to the Guardian, Hikvision cameras enabled mass surveillance.",
])
def test_according_to_the_outlet_s_own_investigation_is_its_own_finding(text):
    # in the Guardian's own story the source of "according to" is the author (the rule of "France believes that" in
    # France's statement): the voice was the author's and the use had still been 'reported'
    h = hits(text, source="The Guardian").set_index("matched")
    assert h.loc["mass surveillance", "voice"] == "author" and h.loc["mass surveillance", "use"] == "evaluative"
    # another outlet's story reports it
    assert hits(text, source="Reuters").set_index("matched").loc["mass surveillance", "use"] == "reported"


@pytest.mark.parametrize("text, voice", [
    # a joint investigation of the outlet and a partner is the outlet's own finding too (the "we" of "the Guardian and
    # I"); the partners alone, without the outlet, are reported
    ("An investigation by the Guardian and Amnesty International found that the cameras enabled mass surveillance.",
     "author"),
    ("The Guardian and Amnesty International found that the cameras enabled mass surveillance.", "author"),
    ("Reuters and Amnesty International found that the cameras enabled mass surveillance.", "reported"),
])
def test_a_joint_investigation_with_the_outlet(text, voice):
    assert hits(text, source="The Guardian").set_index("matched").loc["mass surveillance", "voice"] == voice


def test_critics_of_the_outlet_are_not_the_outlet():
    # "of the Guardian": the name after "of" and its article is what the critics speak of, not who speaks (the rule of
    # "the critics of France"), so the claim is theirs, reported, not the Guardian's evaluation
    h = hits("Critics of the Guardian claim that its story exaggerated mass surveillance.", source="The Guardian")
    assert h.set_index("matched").loc["mass surveillance", "use"] == "reported"
