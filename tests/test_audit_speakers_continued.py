"""Quotations continued across paragraphs (Chicago Manual of Style 13.30; New Hart's Rules 9.2.3).

A quotation that runs over several paragraphs opens each paragraph with a mark and closes only the last one.
The sentences are written for these tests.
"""

from discourse.quotes import find_quote_spans


def _speech(text):
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_reopened_paragraphs_are_one_quotation_of_one_speaker():
    text = ("In her message Mayor Anna Lee said: “We meet at a time of great danger.\n\n"
            "“The city is watching us.\n\n“Let us not fail them.”\n\nThe council then voted.")
    (q,) = _speech(text)
    assert (q["speaker"], q["cue"], q["n_paragraphs"], q["anomaly"]) == ("Anna Lee", "said", 3, None)
    assert text[q["start"]:q["end"]].endswith("fail them.”")


def test_paragraphs_closed_each_keep_the_speaker():
    # the writer closes each paragraph too: three quotations, the later two continue the first one's speaker
    text = ("Mayor Anna Lee said: “We meet at a time of great danger.”\n\n“The city is watching us.”\n\n"
            "“Let us not fail them.”\n\nThe council then voted.")
    qs = _speech(text)
    assert [q["speaker"] for q in qs] == ["Anna Lee"] * 3
    assert [q["n_paragraphs"] for q in qs] == [1, 1, 1]


def test_two_speakers_are_not_joined():
    text = "“We will build it,” the mayor said.\n\n“It is a panopticon,” said Omar Diaz of the rights group."
    assert [q["speaker"] for q in _speech(text)] == ["the mayor", "Omar Diaz"]


def test_numbered_paragraphs_reopen_the_quotation():
    # A quoted text whose paragraphs carry their numbers, as the early UN verbatim records print them
    # ("2.\t“..."): the number labels the paragraph (Chicago Manual of Style 6.130), the mark still opens
    # its text, so the quotation runs on. It had been three quotations, two of them 'unclosed'.
    for lab2, lab3 in (("2.\t", "3.\t"), ("(b) ", "(c) "), ("12. ", "13. ")):
        text = ("5.\tMayor Anna Lee said: “We meet at a time of great danger.\n"
                f"{lab2}“The city is watching us.\n{lab3}“Let us not fail them.”\n8.\tThe council then voted.")
        (q,) = _speech(text)
        assert (q["speaker"], q["cue"], q["n_paragraphs"], q["anomaly"]) == ("Anna Lee", "said", 3, None), lab2
        assert text[q["start"]:q["end"]].endswith("fail them.”")


def test_numbered_paragraph_after_a_closed_quotation_is_its_own():
    # nothing is open at the end of the first paragraph: the numbered paragraph's quotation is a new one
    text = ("5.\tMayor Anna Lee said: “We meet at a time of great danger.”\n"
            "6.\t“Safe City” is the name of the plan.\n7.\tThe council then voted.")
    qs = find_quote_spans(text)
    assert [(q["kind"], q["n_paragraphs"]) for q in qs] == [("speech", 1), ("mention", 1)]


def test_number_without_a_mark_closes_the_open_quotation():
    # the next numbered paragraph opens with no mark: the quotation is closed at its paragraph's end, reported
    text = "5.\tMayor Anna Lee said: “We meet at a time of great danger.\n6.\tThe council then voted."
    (q,) = _speech(text)
    assert q["n_paragraphs"] == 1 and q["anomaly"].startswith("unclosed")


def test_numbered_paragraph_with_a_quoted_phrase_as_subject_is_no_reopening():
    # the first quotation was left open by mistake; the next numbered paragraph quotes a phrase that is the subject
    # of the author's sentence: a mention of its own, not a reopening of the open quotation
    text = ('65.\tShe called it "a vision that is good and true.\n'
            '66.\t"All is gift" is said to have been the motto of a saint.')
    qs = find_quote_spans(text)
    assert [(q["kind"], text[q["start"]:q["end"]]) for q in qs][-1] == ("mention", '"All is gift"')
    assert qs[0]["anomaly"].startswith("unclosed")


def test_numbered_paragraph_split_by_its_attribution_runs_on():
    # the quotation runs on into the numbered paragraph and is split there by its attribution
    text = ('19.\tThe ambassador wrote to the academy: "Coexistence implies mutual tolerance, and it rests on the '
            'traditions of each nation,\n20.\t"History", said the Ambassador, "shows that copying fails."')
    qs = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert text[qs[0]["start"]:qs[0]["end"]].endswith('"History"') and qs[0]["anomaly"] is None


def test_block_quote_lines_reopen_the_quotation():
    # a Markdown block quotation ("> " before each line, a lone ">" as its blank line; CommonMark 5.1): the reopened
    # paragraphs are one quotation. It had been three quotations, each opened inside the one before.
    text = ("Mayor Anna Lee wrote:\n\n> “We meet at a time of great danger.\n>\n> “The city is watching us.\n>\n"
            "> “Let us not fail them.”\n\nThe council then voted.")
    (q,) = _speech(text)
    assert q["anomaly"] is None and q["parent_id"] is None
    assert text[q["start"]:q["end"]].endswith("fail them.”")
