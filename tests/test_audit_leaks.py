"""Reporting on leaked and obtained documents: who speaks a document's words, anonymous sources as speakers, and the
voice and use of the frame hits inside a document's description. The texts are written for these tests in the
conventions of the genre (wire and investigative copy on surveillance contracts)."""
import pandas as pd
import pytest

import discourse as dc


def _spans(text):
    return dc.find_quote_spans(text, reported=True)


# Unnamed sources described by what they know: the wire formulas 'people familiar with the matter', 'a person with
# knowledge of the negotiations' (Reuters Handbook of Journalism, 'Sourcing'; AP Stylebook, 'anonymous sources'). The
# object of the formula's preposition ('the negotiations', 'the matter') is no subject of the verb (Quirk et al. 1985,
# 9.1); the hand label is the whole description.
@pytest.mark.parametrize("text, speaker", [
    ("People with knowledge of the negotiations said the city had waived a privacy review.",
     "People with knowledge of the negotiations"),
    ("A person with knowledge of the negotiations said the city had waived a privacy review.",
     "A person with knowledge of the negotiations"),
    ("Two people with knowledge of the negotiations said the city had waived a privacy review.",
     "Two people with knowledge of the negotiations"),
    ("A person with direct knowledge of the talks said the contract was worth $4 million.",
     "A person with direct knowledge of the talks"),
    ("People familiar with the matter said the contract was worth $4 million.",
     "People familiar with the matter"),
    ("Sources familiar with the matter said the contract was worth $4 million.",
     "Sources familiar with the matter"),
    ("People briefed on the talks said the city had waived a privacy review.", "People briefed on the talks"),
    ("People with knowledge of the negotiations said: “The city waived the review.”",
     "People with knowledge of the negotiations"),
])
def test_unnamed_source_formula_is_the_speaker_not_its_object(text, speaker):
    spans = _spans(text)
    assert len(spans) == 1
    assert spans[0]["speaker"] == speaker
    assert spans[0]["speaker_reason"] == "description"


def test_unnamed_source_already_read_whole_is_unchanged():
    # (these were right before; they must stay so)
    assert _spans("A person familiar with the matter said the contract was worth $4 million.")[0]["speaker"] == \
        "A person familiar with the matter"
    assert _spans("Ann Roe, who is close to the mayor, said the city had waived it.")[0]["speaker"] == "Ann Roe"


def test_unnamed_source_by_voice_in_the_token_table():
    text = ("The city signed the contract in March.\n\n"
            "People with knowledge of the negotiations said the city had waived a privacy review.")
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d1"], "source": ["Wire"], "text": [text]}))
    tokens = dc.tokenize(corpus)
    privacy = tokens[tokens["norm"] == "privacy"].iloc[0]
    assert privacy["voice"] == "reported"
    assert privacy["speaker"] == "People with knowledge of the negotiations"


# A document seen, reviewed or obtained by an outlet speaks its own words: the agent of 'seen by', 'reviewed by',
# 'obtained by', 'leaked to' is the outlet that read it (the wire formula 'a document seen by Reuters': Reuters
# Handbook of Journalism, 'Sourcing'), never the speaker. Hand labels: the document.
@pytest.mark.parametrize("text, speaker", [
    ("A 2019 procurement memo, reviewed by Reuters, describes the system as “the backbone of public safety.”",
     "A 2019 procurement memo"),
    ("A procurement memo reviewed by Reuters describes the system as “the backbone of public safety.”",
     "A procurement memo"),
    ("The memo, seen by the Financial Times, said the city would “never disclose the vendor.”", "The memo"),
    ("The memo, seen by the Financial Times, said the city would never disclose the vendor.", "The memo"),
    ("According to a memo seen by Reuters, the city wanted “a smart city nervous system.”", "a memo"),
    ("According to internal documents seen by The Intercept, Vigilant Systems pitched its platform to Riverton as a "
     "“smart city nervous system.”", "internal documents"),
    ("An email leaked to the Guardian said the cameras were “fully compliant.”", "An email"),
])
def test_document_seen_by_an_outlet_speaks_not_the_outlet(text, speaker):
    spans = _spans(text)
    assert spans, text
    for s in spans:
        assert s["kind"] in ("speech", "reported"), s  # (a description's quoted words were a mention)
        assert s["speaker"] == speaker


def test_author_of_a_published_document_still_speaks():
    # 'published by' names the author, who speaks through the report (unchanged)
    spans = _spans("The report, published by Human Rights Watch, said the cameras were unlawful.")
    assert spans[0]["speaker"] == "Human Rights Watch"


def test_promotional_words_of_a_reviewed_memo_are_the_memos_not_the_outlets():
    # hand labels: 'public safety' is quoted from the memo (voice quoted, speaker the memo), not the outlet's own
    # mention of a title ('quoted_title') in the author's voice
    text = ("Riverton signed the contract in March.\n\n"
            "A 2019 procurement memo, reviewed by Reuters, describes the system as “the backbone of public safety.”")
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d1"], "source": ["Reuters"], "text": [text]}))
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    hit = hits[hits["matched"] == "public safety"].iloc[0]
    assert hit["voice"] == "quoted"
    assert hit["speaker"] == "A 2019 procurement memo"


# A document's excerpt introduced with a colon after 'reads' ('One email reads: “...”'): the document's words (Chicago
# 6.65, a colon introducing a quotation); after the quotation ('“...,” one email reads') this was already so.
@pytest.mark.parametrize("text, speaker", [
    ("One email reads: “We should avoid the word surveillance in anything public.”", "One email"),
    ("The memo reads: “We should avoid the word surveillance in anything public.”", "The memo"),
    ("One slide reads: “Total situational awareness for every district.”", "One slide"),
    ("An internal email from March reads: “We should avoid the word surveillance in anything public.”",
     "An internal email from March"),
    ("An internal email, obtained by The Intercept through a records request, reads: “Avoid the word surveillance.”",
     "An internal email"),
    ("“We should avoid the word surveillance in anything public,” one email reads.", "one email"),
])
def test_document_reads_colon_introduces_its_words(text, speaker):
    spans = _spans(text)
    assert len(spans) == 1
    assert spans[0]["kind"] == "speech"
    assert spans[0]["speaker"] == speaker
    assert spans[0]["cue"] == "reads"


# The outlet's own analysis between the documents is the outlet's voice: a newsroom names its investigation by its
# own name ('A Reuters analysis of the contracts found that ...' in Reuters' story), the third-person form of 'our
# analysis found' (self-mention: Hyland 2001; Thompson 1994, ch. 2). In another outlet's story it is Reuters' finding.
OWN_ANALYSIS = ("Riverton bought 400 cameras in 2019.\n\n"
                "A Reuters analysis of the contracts found that the city paid twice the market rate for surveillance.\n\n"
                "According to a Reuters review of the records, the city waived a privacy review.\n\n"
                "Reuters' analysis found that the cameras were concentrated in low-income neighbourhoods.")


def _voices(source):
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d1"], "source": [source], "text": [OWN_ANALYSIS]}))
    tokens = dc.tokenize(corpus)
    return tokens, {w: tuple(tokens.loc[tokens["norm"] == w, "voice"].astype(str)) for w in
                    ("market", "privacy", "neighbourhoods")}


def test_the_outlets_own_analysis_is_its_own_voice():
    _, voices = _voices("Reuters")
    assert voices == {"market": ("author",), "privacy": ("author",), "neighbourhoods": ("author",)}


def test_another_outlets_analysis_is_reported():
    tokens, voices = _voices("The Intercept")
    assert voices == {"market": ("reported",), "privacy": ("reported",), "neighbourhoods": ("reported",)}
    assert tokens.loc[tokens["norm"] == "market", "speaker"].iloc[0] == "A Reuters analysis of the contracts"


# A document's description of the system without quotation marks: 'describes the platform as a seamless, innovative
# solution for safer cities' is the brochure's label (narrator's representation of a speech act, Leech & Short 1981,
# ch. 10); the object complement is the whole noun phrase with its post-modifier (Quirk et al. 1985, 16.46 and 17.2),
# so the hit in 'for safer cities' is the brochure's as the premodifiers are. Hand labels: all four reported.
def test_complement_post_modifier_is_the_describers_label():
    text = ("Riverton signed the deal in 2019.\n\n"
            "The brochure describes the platform as a seamless, innovative solution for safer cities.\n\n"
            "The vendor describes the platform as a tool, and the mayor hopes for safer cities.\n\n"
            "We describe the platform as a solution for safer cities.")
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d1"], "source": ["X"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    uses = [(p, m.lower(), u) for p, m, u in zip(hits["paragraph"], hits["matched"], hits["use"], strict=True)
            if m.lower() in ("seamless", "innovative", "solution", "safer cities")]
    assert uses == [(1, "seamless", "reported"), (1, "innovative", "reported"), (1, "solution", "reported"),
                    (1, "safer cities", "reported"),
                    # a new clause after a comma and 'and' is the narrator's again, and 'we' describe in our own voice
                    (2, "safer cities", "evaluative"), (3, "solution", "evaluative"), (3, "safer cities", "evaluative")]


# '“...,” said Dana Ortiz, a lawyer at the Civil Liberties Project.': the reporting clause after a quotation reports the
# quotation; the words after its verb are the inverted subject, the speaker's name and description (Quirk et al. 1985,
# 14.29-14.31), in the writer's voice and no reported words. Hand label: the organisation's name is a name.
@pytest.mark.xfail(strict=True, reason=(
    "withdrawn: a reporting verb after a closing quotation mark reporting only that quotation left the speaker's "
    "description to the default evaluative use, and on the measured blind pages news > rights fell by -0.0045 "
    "[-0.0079, -0.0014] (docs/framing.md, Stop 67)"))
@pytest.mark.parametrize("text", [
    "“This is mass surveillance,” said Dana Ortiz, a lawyer at the Civil Liberties Project.",
    "“This is mass surveillance,” said Dana Ortiz of the Civil Liberties Project.",
    "“This is mass surveillance”, says Dana Ortiz, a lawyer at the Civil Liberties Project.",
])
def test_name_in_the_speakers_description_after_the_quotation_is_a_name(text):
    text = "Riverton signed the deal in 2019.\n\n" + text
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d1"], "source": ["X"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    name = hits[hits["matched"] == "Civil Liberties"].iloc[0]
    assert (name["voice"], name["use"], name["use_rule"]) == ("author", "referential", "proper_name")
    quoted = hits[hits["matched"] == "mass surveillance"].iloc[0]
    assert (quoted["voice"], quoted["speaker"]) == ("quoted", "Dana Ortiz")


# The same unnamed sources after their quotation: a whole sentence quoted from 'people familiar with the matter' had
# been a mention in the author's voice with no speaker. Hand labels: the description as written.
@pytest.mark.parametrize("text, speaker", [
    ("“The city waived the review,” said people with knowledge of the negotiations.",
     "people with knowledge of the negotiations"),
    ("“The city waived the review,” said people familiar with the matter.", "people familiar with the matter"),
    ("“The city waived the review,” people familiar with the matter said.", "people familiar with the matter"),
    ("“The city waived the review,” two people familiar with the matter said.", "two people familiar with the matter"),
    ("“The city waived the review,” said officials familiar with the matter.", "officials familiar with the matter"),
    ("“The city waived the review,” said a source close to Mayor Ann Roe.", "a source close to Mayor Ann Roe"),
    ("“The city waived the review,” said a person familiar with the matter.", "a person familiar with the matter"),
])
def test_unnamed_source_after_the_quotation_speaks(text, speaker):
    spans = _spans(text)
    assert len(spans) == 1
    assert (spans[0]["kind"], spans[0]["speaker"], spans[0]["speaker_reason"]) == ("speech", speaker, "description")
