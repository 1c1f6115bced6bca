"""NGO reports built on anonymised witness testimony: surveillance and repression in the reports of human rights groups.

Every text is written for the test in the genre's conventions (a witness described rather than named, "who asked not
to be named for fear of reprisals", "told Human Rights Watch:", a pseudonym marked "(not her real name)" or "(a
pseudonym)", the group's own analysis between the testimonies). The expected value of each assertion is the hand
reading given in its comment, written before the library was run on the text.
"""

from __future__ import annotations

import pandas as pd

import discourse as dc


def _spans(text: str) -> list[dict]:
    return dc.find_quote_spans(text, reported=True)


def _tokens(text: str, source: str = "hrw") -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    return dc.tokenize(dc.Corpus.from_dataframe(df))


# ------------------------------------------------------------------ the hearer of "told" is not what was told
def test_the_group_a_witness_told_is_not_part_of_the_testimony():
    # "told Human Rights Watch: “...”": the group is the hearer (the indirect object of "tell"), the quotation the
    # witness's words. Hand reading: one speech quotation, speaker the description "A 34-year-old Uyghur man"; no
    # reported clause, and the words "Human Rights Watch" are the report's own (author voice).
    text = ('A 34-year-old Uyghur man, who asked not to be named for fear of reprisals, told Human Rights Watch: '
            '"The police checked my phone at every checkpoint."')
    spans = _spans(text)
    assert [(q["kind"], q["speaker"]) for q in spans] == [("speech", "A 34-year-old Uyghur man")]
    tokens = _tokens(text)
    hrw = tokens[tokens["token"].isin(["Human", "Rights", "Watch"])]
    assert set(hrw["voice"].astype(str)) == {"author"}


def test_the_hearer_of_told_is_not_the_start_of_the_reported_clause():
    # "X told Reuters the police checked her phone": what X said is "the police checked her phone"; "Reuters" is
    # to whom it was said (hand reading)
    for hearer in ("Reuters", "Human Rights Watch", "the Associated Press", "Amnesty International"):
        text = f"Jane Roe told {hearer} the police checked her phone twice in one week."
        rep = [q for q in _spans(text) if q["kind"] == "reported"]
        assert len(rep) == 1, hearer
        assert rep[0]["speaker"] == "Jane Roe"
        assert text[rep[0]["content_start"]:rep[0]["content_end"]] == "the police checked her phone twice in one week"


def test_told_with_that_keeps_its_clause():
    # the form the rules read before: the that-clause after the hearer
    text = "Jane Roe told Human Rights Watch that the police checked her phone twice in one week."
    rep = [q for q in _spans(text) if q["kind"] == "reported"]
    assert [text[q["content_start"]:q["content_end"]] for q in rep] == ["the police checked her phone twice in one week"]


# ------------------------------------------------------------------ a pseudonym's parenthesis between subject and verb
def test_a_pseudonym_marked_in_parentheses_is_the_speaker():
    # "Aynur (not her real name) said: “...”": the parenthesis is an interpolation; the pseudonym is a name and the
    # speaker (hand reading: speaker "Aynur" in each form)
    texts = ['Aynur (not her real name) said: "They are always watching."',
             '"They are always watching," Aynur (not her real name) said.',
             'Aynur (not her real name) told Human Rights Watch: "They are always watching."']
    for text in texts:
        assert [(q["kind"], q["speaker"]) for q in _spans(text)] == [("speech", "Aynur")], text


def test_a_pseudonym_with_apposition_reports_its_clause_and_resolves_he():
    # hand reading: the reported clause "officers had searched his phone twice in one week" is Mehmet's, and so are
    # both quotations after "he said" (the pronoun's antecedent is Mehmet; the group is the hearer, no speaker)
    text = ('Mehmet (a pseudonym), 29, told Amnesty International that officers had searched his phone twice in one '
            'week.\n\n"They want us to know they are always watching," he said. "It is repression, pure and simple."')
    spans = _spans(text)
    rep = [q for q in spans if q["kind"] == "reported"]
    assert [(q["speaker"], text[q["content_start"]:q["content_end"]]) for q in rep] == [
        ("Mehmet", "officers had searched his phone twice in one week")]
    assert [q["speaker"] for q in spans if q["kind"] == "speech"] == ["Mehmet", "Mehmet"]
    tokens = _tokens(text, source="amnesty")
    hit = tokens[tokens["norm"] == "repression"]
    assert hit["voice"].astype(str).tolist() == ["quoted"] and hit["speaker"].astype(str).tolist() == ["Mehmet"]


def test_a_party_and_state_in_parentheses_leaves_the_subject():
    # news copy writes a legislator's party and state so (hand reading: the speaker "Jane Roe")
    rep = [q for q in _spans("Jane Roe (D-Calif.) said the law amounted to mass surveillance.") if q["kind"] == "reported"]
    assert [q["speaker"] for q in rep] == ["Jane Roe"]


def test_an_acronym_defined_in_parentheses_still_names_the_body():
    # "The Maritime and Port Authority of Singapore (MPA) ... said MPA": the definition in parentheses is read, so the
    # later acronym is the body named in full (hand reading: both speakers the Authority)
    text = ('The Maritime and Port Authority of Singapore (MPA) said the port was closed. "We are monitoring the '
            'situation," said MPA.')
    assert {q["speaker"] for q in _spans(text)} == {"Maritime and Port Authority of Singapore"}


def test_a_parenthesis_after_a_common_noun_or_a_citation_date_is_left_as_before():
    # "the witness (Aynur) said": the word before the parenthesis is no name, and the rule does not read past it;
    # "Zuboff (2019) argues that": a narrative citation, read by its own rule (speaker Zuboff, as before)
    assert [q["speaker"] for q in _spans("Zuboff (2019) argues that this is surveillance capitalism.")] == ["Zuboff"]
    text = "The paper (see annex) said nothing."
    assert _spans(text) == []


# ------------------------------------------------------------------ block quotations of testimony
def test_a_block_of_testimony_after_told_and_a_colon_is_the_witness_speech():
    # The report sets the testimony off as a block quotation without marks after "told Human Rights Watch:"
    # (Chicago 13.9-13.10). Hand reading: the second paragraph is the former detainee's speech, so its "mass
    # surveillance" is quoted (speaker "A former detainee"); the third paragraph is the report's own analysis, its
    # "repression" the author's.
    text = ('A former detainee told Human Rights Watch:\n\n'
            'At the checkpoints they scanned our faces and our ID cards. If the machine beeped, the police took you '
            'away. It was mass surveillance, and everyone knew it.\n\n'
            'Such accounts show that the system is designed for repression rather than public safety.')
    tokens = _tokens(text)
    lex = dc.load_lexicon("framing")
    hits = dc.find_frame_terms(tokens, lex)
    ms = hits[hits["matched"].str.lower() == "mass surveillance"]
    assert ms["voice"].astype(str).tolist() == ["quoted"]
    assert ms["speaker"].astype(str).tolist() == ["A former detainee"]
    rep = hits[hits["matched"].str.lower() == "repression"]
    assert rep["voice"].astype(str).tolist() == ["author"]


def test_an_indented_block_goes_on_over_its_indented_paragraphs():
    # hand reading: both indented paragraphs are Aynur's words; the paragraph after them is the report's
    text = ('Aynur (not her real name) recalled:\n\n'
            '    At the checkpoints they scanned our faces.\n\n'
            '    If the machine beeped, the police took you away.\n\n'
            'Such accounts show that the system is designed for repression.')
    speech = [q for q in _spans(text) if q["kind"] == "speech"]
    assert [(q["speaker"], q["n_paragraphs"]) for q in speech] == [("Aynur", 2)]
    assert text[speech[0]["content_start"]:speech[0]["content_end"]].endswith("took you away.")


def test_recommendation_headings_with_a_colon_open_no_quotation():
    # report furniture: "To the Government of China:" and "Recommendations:" introduce the report's own demands
    # (hand reading: no quotation, every hit the author's)
    text = ('Recommendations\n\nTo the Government of China:\n\n'
            'End the mass surveillance of Uyghurs and other Turkic Muslims.\n\n'
            'To the Ministry of Public Security:\n\nStop the collection of biometric data without consent.')
    assert _spans(text) == []


# ------------------------------------------------------------------ the group that interviewed a witness is not its speaker
def test_the_group_that_interviewed_the_witness_is_not_the_speaker():
    # "a former police officer interviewed by Human Rights Watch said": the officer speaks; the group is the agent of
    # the participle that postmodifies "officer" (hand reading: speaker "A former police officer" / "a former police
    # officer" in each form, never "Human Rights Watch")
    cases = [
        ('A former police officer interviewed by Human Rights Watch said: "The app flags anyone who prays."',
         "A former police officer"),
        ('"The app flags anyone who prays," said a former police officer interviewed by Human Rights Watch.',
         "a former police officer"),
        ("A former resident interviewed by Human Rights Watch in Istanbul in May 2019 said the police took her "
         "passport.", "A former resident"),
        ("According to a former police officer interviewed by Human Rights Watch, the app flags anyone who prays.",
         "a former police officer"),
        ("A source quoted by Reuters said the app flags anyone who prays regularly.", "A source"),
    ]
    for text, speaker in cases:
        assert [q["speaker"] for q in _spans(text)] == [speaker], text


def test_a_document_published_by_the_group_still_speaks_for_it():
    # the agent of "published by" is the author of the report that speaks (hand reading: Human Rights Watch), and a
    # passive verb ("was interviewed by") is no postmodifier
    rep = _spans("A report published by Human Rights Watch said the app flags anyone who prays regularly.")
    assert [q["speaker"] for q in rep] == ["Human Rights Watch"]


def test_a_hit_in_the_hearer_of_told_is_not_reported():
    # "told the UN Special Rapporteur on the right to privacy: “...”": the hearer's name is the report's words and no
    # part of what the witness told (hand reading: the hit "right to privacy" in the hearer is the author's voice and
    # not 'reported'; the hit in the quotation is the witness's)
    text = ('A former detainee told the UN Special Rapporteur on the Right to Privacy: "They photographed us every day '
            'and called it public safety."')
    tokens = _tokens(text)
    lex = dc.load_lexicon({"rights": ["right to privacy"], "promotional": ["public safety"]})
    hits = dc.find_frame_terms(tokens, lex)
    row = hits[hits["matched"].str.lower() == "right to privacy"].iloc[0]
    assert row["voice"] == "author" and row["use"] != "reported"
    quoted = hits[hits["matched"].str.lower() == "public safety"].iloc[0]
    assert quoted["voice"] == "quoted"


def test_the_use_rule_passes_over_the_hearer_of_told_on_tokens_without_quotations():
    # the same rule where the tokens' voice was not computed (tokenize(quotes=False)): the hearer's "Right to Privacy"
    # is not reported, what follows "that" is (hand reading)
    text = ("A former detainee told the UN Special Rapporteur on the Right to Privacy that the police photographed them "
            "every day.")
    df = pd.DataFrame({"doc_id": ["d"], "source": ["hrw"], "text": [text]})
    tokens = dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)
    hits = dc.find_frame_terms(tokens, dc.load_lexicon({"rights": ["right to privacy", "police"]}))
    uses = dict(zip(hits["matched"].str.lower(), hits["use"], strict=True))
    assert uses["right to privacy"] != "reported"
    assert uses["police"] == "reported"
