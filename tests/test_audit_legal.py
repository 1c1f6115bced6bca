"""Legal texts: laws, regulations, court judgments, ordinances and committee reports on surveillance technology.

Every text is written for the test in its genre's conventions (numbered articles and paragraphs, "Art. 5(1)(h)",
"para. 12", "No. 58170/13", "cf.", defined terms in quotation marks, a judgment that summarises the parties'
submissions before the Court's assessment). The expected value of each assertion is the hand reading given in
its comment, written before the library was run on the text.
"""

from __future__ import annotations

import pandas as pd

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
