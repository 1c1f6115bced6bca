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
