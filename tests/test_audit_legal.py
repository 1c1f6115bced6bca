"""Legal texts: laws, regulations, court judgments, ordinances and committee reports on surveillance technology.

Every text is written for the test in its genre's conventions (numbered articles and paragraphs, "Art. 5(1)(h)",
"para. 12", "No. 58170/13", "cf.", defined terms in quotation marks, a judgment that summarises the parties'
submissions before the Court's assessment). The expected value of each assertion is the hand reading given in
its comment, written before the library was run on the text.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc


def _spans(text: str) -> list[dict]:
    return dc.find_quote_spans(text, reported=True)


def _tokens(text: str, source: str = "court") -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    return dc.tokenize(dc.Corpus.from_dataframe(df))


# ------------------------------------------------------------------ pronouns look back, never forward
def test_they_is_not_resolved_to_a_speaker_quoted_after_it():
    # "They" opens the text: it has no antecedent, so the clause it reports has no speaker. The Government is
    # quoted only in the next sentence; a pronoun refers back to what the text has already introduced
    # (anaphora; Halliday & Hasan 1976, 2.4), and a speaker who appears after it cannot be its antecedent.
    text = ('They argued that the regime amounted to mass surveillance. '
            '"The safeguards are adequate," the Government said.')
    reported = [q for q in _spans(text) if q["kind"] == "reported"]
    assert len(reported) == 1
    assert reported[0]["speaker"] is None
    assert reported[0]["speaker_reason"] == "unresolved pronoun 'They'"


def test_they_still_resolves_to_the_body_that_spoke_before_it():
    # the same pronoun after the Government spoke: the Government (the rule is kept where it looks back)
    text = ('"The safeguards are adequate," the Government said. '
            'They argued that the regime was necessary for national security.')
    reported = [q for q in _spans(text) if q["kind"] == "reported"]
    assert [q["speaker"] for q in reported] == ["Government"]


# ------------------------------------------------------------------ sentences around legal references
def _sentences(text: str) -> list[str]:
    from discourse.segment import sentences
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize("text", [
    # a locator abbreviation before its number is part of the citation (Bluebook T16; OSCOLA's abbreviations for
    # legislation: art, para, s, sch, ...), and a sentence does not open with a numeral (Chicago Manual of Style
    # 9.5), so none of these is two sentences
    "Member States shall ensure compliance with Art. 5(1)(h) and with Directive (EU) 2016/680.",
    "The use of such systems for the purposes referred to in para. 1, point (h), shall be authorised.",
    "Such use is particularly intrusive, cf. Art. 7 and 8 of the Charter.",
    "In their view, bulk interception was an essential tool, cf. para. 12 above.",
    "The warrant was issued under s. 8(4) of the Act.",
    "The Board shall apply arts. 3 and 4, and Sch. 2 to the Act.",
    "The Treaty is silent, see Art. IV of the Treaty.",
    "See the discussion at p. 5 and n. 3 above.",
])
def test_a_locator_abbreviation_before_its_number_ends_no_sentence(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    # the abbreviations already known stay as they were: "No." and "v." never ended a sentence
    ("Zakharov v. Russia (No. 47143/06, § 231) is cited.", ["Zakharov v. Russia (No. 47143/06, § 231) is cited."]),
    # a locator word at a real sentence end before a capital still ends it
    ("The ordinance regulates public art. The Board approved it.",
     ["The ordinance regulates public art.", "The Board approved it."]),
    # a roman numeral only after the capitalised abbreviation of a citation: "art. I" is two sentences
    ("She teaches art. I disagree.", ["She teaches art.", "I disagree."]),
])
def test_other_sentence_ends_are_kept(text, expected):
    assert _sentences(text) == expected


def test_the_tokens_of_one_citation_share_a_sentence():
    text = ("1. The following practices shall be prohibited.\n\n"
            "2. Member States shall ensure compliance with Art. 5(1)(h) and para. 2 of Annex III.")
    tok = _tokens(text, source="EU")
    para = tok[tok["paragraph"] == 1]
    # the numbered paragraph's label "2." is Punkt's sentence of its own; the rest of the paragraph is one
    text_sents = para.groupby("sentence", observed=True)["token"].apply(lambda s: " ".join(map(str, s)))
    assert text_sents.iloc[-1].startswith("Member States shall ensure compliance with Art . 5")
    assert text_sents.iloc[-1].endswith("Annex III .")
