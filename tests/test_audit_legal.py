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
    # the numbered paragraph's label "2." opens its sentence (discourse.segment._join_enumerators); the paragraph is one
    text_sents = para.groupby("sentence", observed=True)["token"].apply(lambda s: " ".join(map(str, s)))
    assert len(text_sents) == 1
    assert text_sents.iloc[-1].startswith("2 . Member States shall ensure compliance with Art . 5")
    assert text_sents.iloc[-1].endswith("Annex III .")


# ------------------------------------------------------------------ the parties' submissions in a judgment
def _hits(text: str, source: str = "court") -> pd.DataFrame:
    tok = _tokens(text, source=source)
    return dc.find_frame_terms(tok, "framing", categories=["promotional", "rights"])


@pytest.mark.parametrize("text, matched, speaker", [
    # A judgment summarises each party's case in indirect speech with the verbs of legal argument: "submit that"
    # (to put forward as an argument before a court; Collins COBUILD Grammar Patterns 1, 1996, the 'V that' verbs
    # of arguing) and "complain that" (the applicant's complaint under a Convention article). These are the
    # parties' claims, which the Court assesses later, not the Court's own evaluation.
    ("The applicants submitted that the bulk interception regime amounted to mass surveillance.",
     "mass surveillance", "the applicants"),
    ("The applicants complained that the regime had a chilling effect on journalists.",
     "chilling effect", "the applicants"),
    ("The Government submitted that the measures pursued the aim of public safety.",
     "public safety", "government"),
    # the clause goes on past a citation: "Art. 8" ends no sentence
    ("The applicants submitted that the regime breached Art. 8 of the Convention and amounted to mass surveillance.",
     "mass surveillance", "the applicants"),
])
def test_a_partys_submission_is_reported_speech(text, matched, speaker):
    hits = _hits(text)
    row = hits[hits["matched"] == matched]
    assert len(row) == 1, hits[["matched", "voice", "use"]]
    assert row["voice"].iloc[0] == "reported"
    assert row["use"].iloc[0] == "reported"
    assert str(row["speaker"].iloc[0]).lower() == speaker


@pytest.mark.parametrize("text", [
    # without "that" the verbs have their other senses: filing a document, a complaint about something
    "The Government submitted its observations on mass surveillance on 3 May 2019.",
    "The applicants complained of mass surveillance under Article 8.",
])
def test_submitting_a_document_is_no_reported_speech(text):
    hits = _hits(text)
    assert (hits["voice"] == "author").all()


@pytest.mark.parametrize("text", [
    # "that" after a preposition is the demonstrative of the adjunct ("in that connexion", "at that meeting"): a
    # preposition takes no that-clause (Quirk et al. 1985, 9.1-9.4), and the participle reports nothing
    "We will act on the two resolutions submitted in that connexion by the Economic and Social Council.",
    "We support the two principles stated in that connexion by the Economic and Social Council.",
    "The Committee adopted the findings reported at that meeting by the Commissioner.",
])
def test_in_that_connexion_opens_no_reported_clause(text):
    assert [q for q in _spans(text) if q["kind"] == "reported"] == []


def test_a_clause_after_the_adjunct_is_still_reported():
    # "said in that connexion that ...": the clause after the second "that" is the Council's
    text = "The Council said in that connexion that the measures were lawful."
    reported = [q for q in _spans(text) if q["kind"] == "reported"]
    assert [(q["speaker"], text[q["start"]:q["end"]]) for q in reported] == [("Council", "the measures were lawful")]


# ------------------------------------------------------------------ the headings of a judgment
@pytest.mark.parametrize("text, speaker", [
    # the lettered headings of a judgment's outline ("A. The applicants", "B. The Government", "C. The Court's
    # assessment") are no part of the party's name: the speaker is the Government / the Court as the text writes them
    # in its sentences, not "B. The Government"
    ("B. The Government\n\n141. The Government contended that the regime was necessary for national security.",
     "Government"),
    ("C. The Court's assessment\n\n142. The Court said that the safeguards were insufficient.", "Court"),
    # initials of a person's name still make the name
    ("J.R. Smith, counsel for the applicants, said that the regime was unlawful.", "J.R. Smith"),
])
def test_a_heading_letter_is_no_initial_of_the_speaker(text, speaker):
    reported = [q for q in _spans(text) if q["kind"] == "reported"]
    assert [q["speaker"] for q in reported] == [speaker]


def test_a_partial_quotation_in_a_submission_is_the_partys():
    # the applicants' words quoted inside their own submission: quoted voice, speaker the applicants (as the
    # reported words around the quotation), not a quotation without a speaker
    text = ("140. The applicants submitted that the bulk interception regime was incompatible with Art. 8. They "
            'argued that the regime was "a form of indiscriminate surveillance" that had a chilling effect.')
    hits = _hits(text)
    row = hits[hits["matched"] == "indiscriminate"]
    assert row["voice"].tolist() == ["quoted"]
    assert str(row["speaker"].iloc[0]).lower() == "the applicants"
    around = hits[hits["matched"] == "chilling effect"]
    assert around["voice"].tolist() == ["reported"]
    assert str(around["speaker"].iloc[0]).lower() == "the applicants"


# ------------------------------------------------------------------ defined terms
@pytest.mark.parametrize("text, matched", [
    # a term the text defines is set off in quotation marks as a mention of the term, not with the drafter's
    # distance from it (EU Joint Practical Guide, guideline 14; the OPC's Drafting Guidance on definitions)
    ("(41) \u2018biometric surveillance\u2019 means the automated monitoring of persons by their biometric data;",
     "biometric surveillance"),
    ('"Mass surveillance" means the untargeted monitoring of a population.', "Mass surveillance"),
    ('For the purposes of this Ordinance, "public safety" means the protection of persons from crime.',
     "public safety"),
    ("In this Act, \u201cprivacy\u201d has the meaning given in section 2.", "privacy"),
    ('The term "mass surveillance" shall mean the untargeted collection of communications data.',
     "mass surveillance"),
])
def test_a_defined_term_in_quotation_marks_is_referential(text, matched):
    hits = _hits(text, source="EU")
    row = hits[hits["matched"] == matched]
    assert row[["use", "use_rule"]].values.tolist() == [["referential", "definition"]]


@pytest.mark.parametrize("text, matched", [
    # scare quotes with a determiner before them use the term at a distance, whatever verb follows
    ('The "safe city" includes 1,000 cameras.', "safe city"),
    ('The so-called "public safety" exemption is a pretext.', "public safety"),
])
def test_scare_quotes_are_still_distanced(text, matched):
    hits = _hits(text, source="NGO")
    row = hits[hits["matched"] == matched]
    assert row["use"].tolist() == ["distanced"]


def test_a_law_that_defines_a_rights_term_has_no_rights_lean_from_the_definition():
    # the ordinance's own purpose ("privacy") is its evaluation; the term it defines is not a second rights hit,
    # nor a distanced one. Counting evaluative uses (frame_balance's default): 1 rights hit, 1 promotional
    # ("for the purpose of public safety": the law's own purpose, the author's voice), so balance log(1.5/1.5) = 0
    text = ('\u00a7 19B.1 Purpose. The purpose of this Chapter is to protect privacy while allowing the use of '
            'surveillance technology for the purpose of public safety.\n\n'
            '\u00a7 19B.2 Definitions. "Mass surveillance" means the untargeted monitoring of a population.')
    tok = _tokens(text, source="City")
    fb = dc.frame_balance(tok, "framing", by="source", n_boot=0, level="group")
    row = fb[fb["voice"] == "author"].iloc[0]
    assert (row["n_positive"], row["n_negative"]) == (1, 1)
    assert row["balance"] == pytest.approx(0.0)


# ------------------------------------------------------------------ the Court's own voice
@pytest.mark.parametrize("text, source, matched", [
    # a court speaks of itself as "the Court", a committee as "the Committee": in their own judgment or report
    # that is the author's voice, as "we" is (Thompson 1994, self-attribution), not a reported speaker
    ("142. The Court stated that the regime amounted to mass surveillance.", "European Court of Human Rights",
     "mass surveillance"),
    ("13. The Committee believes that the deployment is unlawful.", "Home Affairs Committee", "unlawful"),
    # the Court restating its case-law with a medial adverb of frequency
    ("The Court has repeatedly stated that mass surveillance requires safeguards.", "European Court of Human Rights",
     "mass surveillance"),
])
def test_the_body_whose_text_it_is_speaks_in_the_authors_voice(text, source, matched):
    hits = _hits(text, source=source)
    row = hits[hits["matched"] == matched]
    assert row[["voice", "use"]].values.tolist() == [["author", "evaluative"]]


@pytest.mark.parametrize("text, source", [
    # another body's "the Court" in a committee's report is reported speech
    ("13. The Court stated that the regime amounted to mass surveillance.", "Home Affairs Committee"),
    # the head of the source's name after "of" is someone else
    ("The critics of the Court claimed that the regime amounted to mass surveillance.",
     "European Court of Human Rights"),
])
def test_another_body_is_still_reported(text, source):
    hits = _hits(text, source=source)
    row = hits[hits["matched"] == "mass surveillance"]
    assert row["use"].tolist() == ["reported"]
