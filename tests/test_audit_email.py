"""E-mail released under freedom-of-information requests: a city's and a vendor's messages, reply chains, forwards.

Every text is written for this file in the genre's conventions (RFC 5322 header fields, Outlook's "-----Original
Message-----" and Gmail's "---------- Forwarded message ---------" blocks, "On ..., X <addr> wrote:" above ">" lines
as RFC 3676 4.5 quotes, the "-- " signature separator of RFC 3676 4.3, FOIA redactions). What cleaning sets aside,
which words are whose and the speakers the tests expect were labelled by hand before the library was run on them.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.text import outside

CITY_REPLY = """From: Jane Roe <jroe@riverton.gov>
Sent: Tuesday, May 3, 2022 4:12 PM
To: Mark Bell <mbell@acmevision.com>
Cc: (b)(6) <(b)(6)@riverton.gov>
Subject: RE: Pilot deployment - Riverton Safe City

Mark,

Council members have raised privacy concerns about the facial recognition module and want a data retention policy \
before the vote. Can you send the retention schedule by Friday?

-----Original Message-----
From: Mark Bell <mbell@acmevision.com>
Sent: Monday, May 2, 2022 9:03 AM
To: Jane Roe <jroe@riverton.gov>
Subject: Pilot deployment - Riverton Safe City

Hi Jane,

Our safe city platform turns every camera into an intelligent sensor. Smart city partners see crime drop within \
months, and public safety teams love the real-time alerts.

Best,
Mark
"""

VENDOR_REPLY = """From: Mark Bell <mbell@acmevision.com>
Date: Wed, 4 May 2022 08:15:22 -0700
To: Jane Roe <jroe@riverton.gov>
Subject: RE: RE: Pilot deployment - Riverton Safe City

Jane,

Happy to help. Our retention defaults are fully configurable.

On Tue, 3 May 2022, Jane Roe <jroe@riverton.gov> wrote:
> Council members have raised privacy concerns about the facial recognition
> module and want a data retention policy before the vote.

Best,
Mark

--
Mark Bell | Regional Sales Director
AcmeVision Inc. - Building the safe city of tomorrow

Sent from my iPhone
"""

CITY_FORWARD = """From: [REDACTED]
Sent: Thursday, May 5, 2022 11:40 AM
To: Jane Roe <jroe@riverton.gov>
Subject: FW: ALPR data sharing

Jane - see below. (b)(6) asked whether the plate reader data would be shared with federal agencies.

---------- Forwarded message ---------
From: Sam Ortiz <sortiz@aclu-riverton.org>
Date: Thu, May 5, 2022 at 10:01 AM
Subject: ALPR data sharing
To: <council@riverton.gov>

Riverton residents deserve to know whether license plate data feeds mass surveillance of immigrants.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may \
contain confidential and privileged information.
"""


def corpus(**texts: str) -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())}))


def aside(c: dc.Corpus, doc_id: str) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in c.set_aside[c.set_aside.doc_id == doc_id].itertuples()]


def test_header_fields_are_the_clients_not_the_authors_words():
    # RFC 5322 3.6: From/Sent(Outlook's Date)/To/Cc/Subject; every field line of both header blocks is set aside,
    # and the opening block fills the document's title, author and date (hand labels)
    c = corpus(city=CITY_REPLY)
    rules = aside(c, "city")
    headers = [t for r, t in rules if r == "email-header"]
    assert headers == ["From: Jane Roe <jroe@riverton.gov>", "Sent: Tuesday, May 3, 2022 4:12 PM",
                       "To: Mark Bell <mbell@acmevision.com>", "Cc: (b)(6) <(b)(6)@riverton.gov>",
                       "Subject: RE: Pilot deployment - Riverton Safe City",
                       "From: Mark Bell <mbell@acmevision.com>", "Sent: Monday, May 2, 2022 9:03 AM",
                       "To: Jane Roe <jroe@riverton.gov>", "Subject: Pilot deployment - Riverton Safe City"]
    assert ("email-separator", "-----Original Message-----") in rules
    doc = c.documents.iloc[0]
    assert doc["title"] == "RE: Pilot deployment - Riverton Safe City"  # not "From: Jane Roe <...>"
    assert doc["author"] == "Jane Roe"
    assert doc["date"] == pd.Timestamp("2022-05-03")
    tokens = dc.tokenize(c)
    # the Subject's "Safe City" had been a promotional hit of the city's own voice, twice
    assert "subject" not in set(tokens["norm"]) and "sent" not in set(tokens["norm"])


def test_signature_device_line_and_disclaimer_are_set_aside():
    c = corpus(vendor=VENDOR_REPLY, city=CITY_FORWARD)
    vendor = aside(c, "vendor")
    sig = [t for r, t in vendor if r == "signature"]
    # RFC 3676 4.3: after the "-- " line; the slogan "Building the safe city of tomorrow" is in every message the
    # vendor sends and had been counted once per message
    assert len(sig) == 1 and sig[0].startswith("--\nMark Bell") and "Sent from my iPhone" in sig[0]
    assert ("reply-attribution", "On Tue, 3 May 2022, Jane Roe <jroe@riverton.gov> wrote:") in vendor
    city = aside(c, "city")
    assert [r for r, t in city if t.startswith("CONFIDENTIALITY NOTICE")] == ["email-disclaimer"]
    hits = dc.find_frame_terms(dc.tokenize(c))
    assert not ((hits["doc_id"] == "vendor") & (hits["matched"].str.lower() == "safe city")).any()


def test_device_line_without_signature_separator():
    c = corpus(m="From: Mark Bell <mbell@acmevision.com>\nTo: Jane Roe <jroe@riverton.gov>\n\nSee you at 3.\n\n"
                 "Sent from my iPhone\n")
    assert ("device-signature", "Sent from my iPhone") in aside(c, "m")


def test_redaction_marks_are_no_words():
    # "[REDACTED]" and the FOIA exemption code (5 U.S.C. 552(b)(6)) are the releasing agency's marks: counted,
    # "redacted" and "b" were key terms of the city's side
    c = corpus(city=CITY_FORWARD)
    assert ("redaction", "(b)(6)") in aside(c, "city")
    norms = set(dc.tokenize(c)["norm"])
    assert "redacted" not in norms and "b" not in norms
    # in any text, "[REDACTED]" and black blocks; an exemption code only in e-mail or beside another mark, since
    # "(b)(6)" in a statute is a subsection
    law = corpus(law="Disclosure is barred by subsection (b)(6) of the Act.",
                 memo="The vendor met ██████ and [REDACTED] on Friday.")
    assert aside(law, "law") == []
    assert aside(law, "memo") == [("redaction", "██████"), ("redaction", "[REDACTED]")]


def test_a_lone_field_line_is_no_header():
    # a news text's "From:" sentence, or one "Subject:" line, is no RFC 5322 header block
    c = corpus(n="From: the mayor's office, a statement on cameras.\nThe council met on Friday.\n")
    assert [r for r, _ in aside(c, "n") if r.startswith("email")] == []


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, first words) of every speech span of one text."""
    q = dc.find_quote_spans(text)
    return [(d["cue"], d["speaker"], text[d["start"]:d["end"]][:24]) for d in q if d["kind"] == "speech"]


def test_an_original_message_is_its_senders_words():
    # below Outlook's "-----Original Message-----" the vendor's pitch is Mark Bell's (his From: field), not the city
    # official's: it had been counted as the city's own promotional framing (hand labels: safe city, smart city,
    # public safety are Mark Bell's; privacy is Jane Roe's own)
    assert quotes_of(CITY_REPLY) == [("From:", "Mark Bell", "Hi Jane,\n\nOur safe city ")]
    hits = dc.find_frame_terms(dc.tokenize(corpus(city=CITY_REPLY)))
    own = hits[hits["voice"] == "author"]
    assert sorted(own["matched"].str.lower()) == ["data", "facial recognition", "privacy"]
    pitch = hits[hits["frame"] == "promotional"]
    assert set(pitch["voice"]) == {"quoted"} and set(pitch["speaker"]) == {"Mark Bell"}


def test_a_forwarded_message_is_quoted_and_a_redacted_sender_names_no_one():
    assert quotes_of(CITY_FORWARD) == [("From:", "Sam Ortiz", "Riverton residents deser")]
    redacted = CITY_FORWARD.replace("Sam Ortiz <sortiz@aclu-riverton.org>", "██████ <█████@aclu-riverton.org>")
    q = [d for d in dc.find_quote_spans(redacted) if d["cue"] == "From:"]
    assert len(q) == 1 and q[0]["speaker"] is None and q[0]["speaker_reason"] == "e-mail header, no sender"


def test_the_attribution_line_names_the_quoted_writer():
    # "On <date>, Jane Roe <jroe@...> wrote:" above ">" lines (the reply convention RFC 3676 4.5's quote marks follow)
    # names the writer of the quoted lines; without it a block quotation has no speaker
    assert quotes_of(VENDOR_REPLY) == [(">", "Jane Roe", "Council members have rai")]
    gmail = "Sounds good.\n\nOn Tue, May 3, 2022 at 4:12 PM Roe, Jane <jroe@riverton.gov> wrote:\n\n> See you then.\n"
    assert quotes_of(gmail) == [(">", "Jane Roe", "See you then.")]
    bare = "Agreed.\n\nOn 5/3/22 10:01 AM, sortiz@aclu-riverton.org wrote:\n> Who sees the footage?\n"
    assert quotes_of(bare) == [(">", "sortiz@aclu-riverton.org", "Who sees the footage?")]
    # prose above a quotation is no attribution line: the quotation keeps no speaker, the line stays the author's
    prose = "As the mayor once wrote:\n> Cameras are no substitute for trust.\n"
    assert quotes_of(prose) == [(">", None, "Cameras are no substitut")]
    assert aside(corpus(p=prose), "p") == []


def test_an_exported_single_message_is_the_authors_own():
    # one message exported with a separator above its header is no reply: its body is its author's
    text = ("-----Original Message-----\nFrom: Jane Roe <jroe@riverton.gov>\nSent: Monday, May 2, 2022 9:03 AM\n"
            "Subject: Cameras\n\nWe need a privacy impact assessment first.\n")
    assert quotes_of(text) == []
    assert corpus(m=text).documents.iloc[0]["author"] == "Jane Roe"


def test_wrapped_attribution_and_recipient_lines():
    # clients wrap a long attribution line at about 78 characters, the address or "wrote:" going to the next line
    wrapped = ("Agreed.\n\nOn Tue, May 3, 2022 at 4:12 PM Jane Roe <jroe@riverton.gov>\nwrote:\n\n"
               "> Who sees the footage?\n")
    assert quotes_of(wrapped) == [(">", "Jane Roe", "Who sees the footage?")]
    split_address = "Agreed.\n\nOn Tue, May 3, 2022 at 4:12 PM Jane Roe <\njroe@riverton.gov> wrote:\n> Who sees it?\n"
    assert quotes_of(split_address) == [(">", "Jane Roe", "Who sees it?")]
    # two lines of prose are no attribution
    prose = "On Monday we met.\nThe mayor wrote:\n> Who sees it?\n"
    assert quotes_of(prose) == [(">", None, "Who sees it?")] and aside(corpus(p=prose), "p") == []
    # a PDF of printed mail loses the indent of a folded To: field (RFC 5322 2.2.3); the recipients' line and the
    # Subject after it are still the header's
    pdf = ("From: Jane Roe <jroe@riverton.gov>\nSent: Tuesday, May 3, 2022 4:12 PM\n"
           "To: Mark Bell <mbell@acmevision.com>; Sam Ortiz <sortiz@aclu-riverton.org>;\n"
           "Ann Lee <alee@riverton.gov>\nSubject: Safe City pilot\n\nPlease see the attached privacy assessment.\n")
    c = corpus(m=pdf)
    assert [t for r, t in aside(c, "m") if r == "email-header"][-2:] == ["Ann Lee <alee@riverton.gov>",
                                                                         "Subject: Safe City pilot"]
    assert c.documents.iloc[0]["title"] == "Safe City pilot"


def test_a_long_thread_in_one_document_is_read_in_linear_time():
    # a FOIA release is often one PDF of hundreds of messages: each message's header lines, separator, signature
    # and notice are set-aside spans, and each earlier message a speech span. Comparing every token with every
    # span (text.outside) and every span with every paragraph took 2.8 s for 400 messages (840 KB), 4x per
    # doubling; now about 0.4 s. The bound only catches a hang.
    msg = CITY_REPLY + "\n" + VENDOR_REPLY + "\n-----Original Message-----\n" + CITY_FORWARD + "\n"
    text = "\n".join(msg for _ in range(400))
    t0 = time.process_time()
    tokens = dc.tokenize(corpus(thread=text))
    assert time.process_time() - t0 < 20
    # every message's quoted parts are the quoted writers', none of the vendor's pitch the author's
    pitch = tokens[tokens["norm"].isin(["intelligent", "smart"])]
    assert len(pitch) == 800 and set(pitch["voice"]) == {"quoted"} and set(pitch["speaker"]) == {"Mark Bell"}


def test_outside_is_the_comparison_of_every_token_with_every_span():
    rng = np.random.default_rng(0)
    for _ in range(300):
        n = int(rng.integers(0, 60))
        lens = rng.integers(1, 6, n)
        starts = np.cumsum(rng.integers(0, 3, n) + np.r_[0, lens[:-1]]) if n else np.array([], dtype=np.int64)
        ends = starts + lens
        aside = [tuple(sorted(int(x) for x in rng.integers(0, 200, 2))) for _ in range(int(rng.integers(0, 8)))]
        expected = np.ones(n, dtype=bool)
        for a, b in aside:
            expected &= ~((starts >= a) & (ends <= b))
        assert (outside(starts, ends, aside) == expected).all()


def test_a_signature_block_without_separator_opens_with_the_senders_name():
    # Outlook writes no "-- " line: the sender's name, title and organisation close the message (RFC 1855 2.1.1).
    # Hand labels: "Office of Innovation" and the vendor's slogan are the signature's, not framing of the message
    signed = CITY_REPLY.replace("Can you send the retention schedule by Friday?\n",
                                "Can you send the retention schedule by Friday?\n\nJane Roe\n"
                                "Deputy Director, Office of Innovation\nCity of Riverton\n(555) 201-3344\n")
    signed = signed.replace("Best,\nMark\n", "Best,\nMark\n\nMark Bell | Regional Sales Director\n"
                                             "AcmeVision Inc. - Building the safe city of tomorrow\n")
    c = corpus(city=signed)
    blocks = [t for r, t in aside(c, "city") if r == "signature-block"]
    assert blocks == ["Jane Roe\nDeputy Director, Office of Innovation\nCity of Riverton\n(555) 201-3344",
                      "Mark Bell | Regional Sales Director\nAcmeVision Inc. - Building the safe city of tomorrow"]
    hits = dc.find_frame_terms(dc.tokenize(c))
    assert "innovation" not in set(hits["matched"].str.lower())
    # the sender's name opening a sentence of the body is no signature
    prose = CITY_REPLY.replace("Mark,\n\n", "Mark,\n\nJane Roe and the council met on Monday.\nWe have questions.\n\n")
    assert [r for r, _ in aside(corpus(m=prose), "m") if r == "signature-block"] == []


def test_a_line_above_the_first_header_does_not_make_the_message_quoted():
    # Outlook prints the mailbox owner's name above a message, and a memorandum has a heading above its TO/FROM
    # lines: the message under them is the document's own, its author's words (hand labels)
    printed = "Roe, Jane\n\n" + CITY_REPLY
    assert quotes_of(printed)[0][:2] == ("From:", "Mark Bell") and len(quotes_of(printed)) == 1
    c = corpus(p=printed)
    assert c.documents.iloc[0]["author"] == "Jane Roe"
    memo = ("MEMORANDUM\n\nTO: City Council\nFROM: Jane Roe\nDATE: May 3, 2022\nSUBJECT: ALPR retention\n\n"
            "Staff recommend a 30-day retention limit to protect privacy.\n")
    assert quotes_of(memo) == []
    # a note above a forwarded message, with no header of its own: the forwarded message is quoted
    note = "FYI - see below.\n\n-----Original Message-----\n" + CITY_REPLY
    assert [q[:2] for q in quotes_of(note)] == [("From:", "Jane Roe"), ("From:", "Mark Bell")]


def test_an_attribution_line_above_unmarked_lines_quotes_the_message_below():
    # a message written in HTML and saved as text keeps the client's attribution line but loses the ">" marks: the
    # lines under it are still the named writer's (hand labels: Jane Roe's lines, then Mark Bell's)
    text = ("Thanks, we will review.\n\nOn Tue, May 3, 2022 at 4:12 PM Jane Roe <jroe@riverton.gov> wrote:\n\n"
            "Council members raised privacy concerns.\nPlease advise.\n\n"
            "On Mon, May 2, 2022 at 9:03 AM Mark Bell <mbell@acmevision.com> wrote:\n\n"
            "Our safe city platform is ready.\n")
    assert quotes_of(text) == [("wrote:", "Jane Roe", "Council members raised p"),
                               ("wrote:", "Mark Bell", "Our safe city platform i")]
    hits = dc.find_frame_terms(dc.tokenize(corpus(t=text)))
    assert list(zip(hits["matched"].str.lower(), hits["voice"], hits["speaker"], strict=True)) == [
        ("privacy", "quoted", "Jane Roe"), ("safe city", "quoted", "Mark Bell")]
    # a dated sentence of prose without an address is no e-mail attribution line (no cue 'wrote:' of the mail client);
    # as prose, its reporting clause and colon introduce the paragraph below as the subject's words, a block
    # quotation (Chicago 13.9-13.10; discourse._testimony)
    news = "On May 3, 2022, Jane Roe wrote:\n\nThe council will vote on the cameras.\n"
    assert [q for q in quotes_of(news) if q[0] == "wrote:"] == []
    assert quotes_of(news) == [("wrote", "Jane Roe", "The council will vote on")]


EML = """From: =?utf-8?B?Um9lLCBKYW5l?= <jroe@riverton.gov>
To: Mark Bell <mbell@acmevision.com>
Subject: =?UTF-8?Q?Pilot_deployment_=E2=80=93_Riverton?=
Date: Tue, 3 May 2022 16:12:00 -0700
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Council members have raised privacy concerns about the facial recognition module.
"""


def test_an_eml_file_is_named_with_the_decoding_that_reads_it(tmp_path):
    (tmp_path / "m1.eml").write_text(EML, encoding="utf-8")
    try:
        dc.load_corpus(tmp_path)
    except dc.InputError as err:
        assert "email.message_from_binary_file" in str(err)
    else:
        raise AssertionError("a folder of .eml files loaded without a word")
    (tmp_path / "note.txt").write_text("A note.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="skipped"):
        c = dc.load_corpus(tmp_path)
    assert "get_body(preferencelist=('plain',))" in c.skipped["reason"].iloc[0]


def test_a_whole_message_saved_as_text_has_its_mime_fields_set_aside_and_words_decoded():
    # RFC 2045's MIME fields are the header's, and RFC 2047 encoded words are read as the text they encode
    c = corpus(m=EML)
    headers = [t for r, t in aside(c, "m") if r == "email-header"]
    assert headers[-3:] == ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
                            "Content-Transfer-Encoding: 7bit"]
    doc = c.documents.iloc[0]
    assert doc["title"] == "Pilot deployment \u2013 Riverton" and doc["author"] == "Jane Roe"


def test_every_quoted_run_of_an_inline_reply_is_the_attributed_writers():
    # an inline (interleaved) reply answers each ">" part below the one attribution line (hand labels: both
    # questions are Jane Roe's, the answers Mark Bell's own)
    text = ("From: Mark Bell <mbell@acmevision.com>\nTo: Jane Roe <jroe@riverton.gov>\nSubject: RE: Questions\n\n"
            "Answers inline.\n\nOn Tue, 3 May 2022, Jane Roe <jroe@riverton.gov> wrote:\n"
            "> Who can see the footage?\n\nOnly sworn officers.\n\n> How long is it kept?\n\nThirty days.\n")
    assert quotes_of(text) == [(">", "Jane Roe", "Who can see the footage?"), (">", "Jane Roe", "How long is it kept?")]
    # a ">" run in a later message (after its own header block) is not the earlier attribution's
    later = text + ("\n-----Original Message-----\nFrom: Sam Ortiz <sortiz@aclu-riverton.org>\n"
                    "Sent: Monday, May 2, 2022 9:00 AM\nSubject: Questions\n\n> quoted by Sam\n")
    assert sorted(q[:2] for q in quotes_of(later)) == [(">", "Jane Roe"), (">", "Jane Roe"), ("From:", "Sam Ortiz")]


def test_redaction_marks_tried_at_their_openings_are_the_patterns_matches():
    """finditer_at (the redaction pattern tried only at '[' and the block characters) gives the matches of its
    finditer, spans and text, on made-up strings of redaction marks in any case, unclosed brackets, block runs with
    spaces and tabs between them, and words."""
    import random

    from discourse._email import _REDACTED, _REDACTED_OPENING
    from discourse._re_cache import finditer_at

    pieces = ["[REDACTED]", "[Redacted - personal information]", "[redacted", "[ REDACTED ]", "[", "]", "██", "█",
              "■■", "▇▇▇", "▆", " ", "\t", "\n", "word", "(b)(6)", "[1]", "x" * 70, "redacted"]
    rng = random.Random(11)
    seen = 0
    for _ in range(4000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        want = [(m.span(), m.group()) for m in _REDACTED.finditer(t)]
        assert [(m.span(), m.group()) for m in finditer_at(_REDACTED, t, _REDACTED_OPENING)] == want, t
        seen += len(want)
    assert seen > 4000  # the strings hold marks of both kinds (else the comparison proves little)
