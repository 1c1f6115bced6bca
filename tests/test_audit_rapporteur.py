"""Reports of UN Special Rapporteurs and of the High Commissioner for Human Rights on surveillance.

The texts are written here in the genre's conventions: a document symbol, the title line that names the author
("Report of the ..."), numbered paragraphs, the mandate holder speaking of itself in the third person ("The High
Commissioner believes that ..."), summaries of State submissions ("The Government of X stated that ...") and
lettered recommendations. The expected labels were written by hand before the library was run.
"""

import pandas as pd

import discourse as dc
from discourse.quotes import find_quote_spans

HC_REPORT = """A/HRC/48/31

The right to privacy in the digital age

Report of the United Nations High Commissioner for Human Rights

21. The High Commissioner is concerned that biometric mass surveillance is spreading without adequate safeguards.

22. The High Commissioner believes that the use of remote biometric recognition in public spaces poses serious risks to human rights.

23. The Government of China stated that its smart city projects served public safety and the well-being of residents.

24. The High Commissioner recommends that States refrain from deploying such systems.
"""

SR_REPORT = """A/HRC/51/17

Report of the Special Rapporteur on the right to privacy, Ana Brian Nougrères

12. The Special Rapporteur believes that facial recognition in public spaces amounts to mass surveillance.

13. The former Special Rapporteur argued that such systems could be lawful under strict conditions.

14. In its submission, the Government of Serbia stated that its safe city programme had improved public safety.

15. The Special Rapporteur recommends that States:

(a) Adopt legislation prohibiting the indiscriminate use of facial recognition in public spaces;

(b) Ensure that any surveillance measure complies with the principles of legality, necessity and proportionality.
"""


def _reported(text, **kw):
    return [(s["speaker"], s["cue"]) for s in find_quote_spans(text, reported=True, **kw) if s["kind"] == "reported"]


def test_the_author_a_report_title_names_speaks_of_itself_in_the_third_person():
    # hand labels: paragraph 22 is the High Commissioner's own view (the report's author, named by its title line);
    # paragraph 23 is the Government of China's submission, reported
    assert _reported(HC_REPORT) == [("Government of China", "stated")]
    # paragraph 12 is the Special Rapporteur's own view; the former mandate holder (13) and the Government (14) are
    # other voices
    assert _reported(SR_REPORT) == [("The former Special Rapporteur", "argued"), ("Government of Serbia", "stated")]


def test_without_the_title_line_the_mandate_holder_stays_another_voice():
    # a text that does not name its author (as a news story quoting the report) reports the High Commissioner
    body = HC_REPORT.replace("Report of the United Nations High Commissioner for Human Rights\n\n", "")
    assert ("The High Commissioner", "believes") in _reported(body)


def test_the_short_form_of_a_source_named_in_full_is_its_own_voice():
    # the source column names the author in full; the report calls it by its head noun with its premodifier
    body = HC_REPORT.replace("Report of the United Nations High Commissioner for Human Rights\n\n", "")
    assert _reported(body, source_names=["United Nations High Commissioner for Human Rights"]) == [
        ("Government of China", "stated")]


def test_frame_balance_by_voice_of_a_report_keeps_its_own_rights_language():
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["hc"], "source": ["OHCHR"], "text": [HC_REPORT]}))
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens)
    own = hits[hits["voice"] == "author"]
    # hand count: "mass surveillance" (21) and "human rights" (22) are the author's rights language
    assert {"mass surveillance", "human rights"} <= set(own["entry"])
    china = hits[hits["entry"].isin(["smart cit*", "public safety"])]
    assert set(china["voice"]) == {"reported"} and set(china["speaker"]) == {"Government of China"}


def test_the_verbs_that_summarise_a_state_submission_report_it():
    # hand labels: each sentence gives the Government's words, not the rapporteur's ("indicate" with a that-clause,
    # and the verbs of telling with the hearer before the clause: Francis, Hunston & Manning 1996, 'V n that')
    cases = {
        "The Government of Kenya indicated that the cameras had been installed to ensure public safety.":
            ("Government of Kenya", "indicated"),
        "The Government informed the Special Rapporteur that its safe city programme had reduced crime.":
            ("Government", "informed"),
        "The Ministry assured the Committee that its smart city platform respected privacy.": ("Ministry", "assured"),
        "The Ministry tells the Special Rapporteur that its safe city cameras keep residents safe.": ("Ministry", "tells"),
    }
    for text, (speaker, cue) in cases.items():
        got = _reported(text)
        assert len(got) == 1 and got[0][0].endswith(speaker) and got[0][1].split()[0] == cue, (text, got)


def test_the_same_verbs_without_a_clause_report_nothing():
    for text in ("The Government informed the Special Rapporteur of its safe city programme in March.",
                 "Informed consent is required before biometric data are collected in public spaces.",
                 "The signs indicated the location of every camera in the safe city zone.",
                 "The Government assured the delegation of its full cooperation with the mandate."):
        assert _reported(text) == [], text


def test_public_safety_in_a_state_submission_is_the_states_word():
    text = SR_REPORT.replace("In its submission, the Government of Serbia stated",
                             "The Government of Serbia indicated")
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["sr"], "source": ["SR privacy"], "text": [text]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    promo = hits[hits["entry"].isin(["safe cit*", "public safety"])]
    # hand labels: both promotional hits are in the Government's indicated clause: reported, not the author's
    assert len(promo) == 2 and set(promo["use"]) == {"reported"}
    assert set(promo["speaker"]) == {"Government of Serbia"}


def test_indicate_with_an_evidence_subject_reports_nothing():
    for text in ("The record indicates that the cameras were installed without any legal basis in the capital.",
                 "These incidents have indicated that the threat of surveillance is still growing in the region."):
        assert _reported(text) == [], text
    assert _reported("In March, the State party indicated that the programme had ended in every province.") == [
        ("the State party", "indicated")]
    # a person's pronoun speaks; "it" is as often the evidence ("it indicates that secrecy is ending")
    text = "The Minister of the Interior met the Special Rapporteur. He indicated that the cameras had been removed."
    assert [cue for _, cue in _reported(text)] == ["indicated"]
    assert _reported("The budget grew. It indicates that the cameras are a priority of the city council.") == []


def test_the_use_rules_read_indicate_as_the_quotation_rules_do():
    # tables whose voice was not computed by the quotation rules (quotes=False) give the same uses
    texts = ["The record indicates that the safe city programme improved public safety in the capital.",
             "The Government of Kenya indicated that the safe city programme improved public safety in the capital."]
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["record", "kenya"], "text": texts}))
    for quotes in (False, True):
        hits = dc.find_frame_terms(dc.tokenize(corpus, quotes=quotes))
        uses = hits[hits["entry"] == "public safety"].set_index("doc_id")["use"]
        assert uses["record"] == "evaluative" and uses["kenya"] == "reported", quotes


NOTE_TEXT = ("14. The Government of Serbia stated that its safe city programme had improved public safety.12 The Special "
             "Rapporteur recalls that mass surveillance is incompatible with the right to privacy.13\n\n"
             "15. Growth reached 4.5 per cent in 2019. See para.12 The text that follows. It rose to 3.12 Then it fell.")


def test_a_note_reference_after_a_full_stop_ends_the_sentence():
    from discourse.segment import sentences
    # hand labels (Chicago Manual 14.26: a note number follows the sentence's punctuation): the number stays with the
    # sentence it annotates; a decimal and a locator ("para.12") end no sentence; the paragraph's number opens its first
    # sentence (Chicago 6.130, discourse.segment._join_enumerators)
    got = [NOTE_TEXT[s:e] for s, e in sentences(NOTE_TEXT)]
    assert got[0].startswith("14. The Government") and got[0].endswith("public safety.12")
    assert got[1].startswith("The Special Rapporteur recalls")
    assert "15. Growth reached 4.5 per cent in 2019." in got
    assert "See para.12 The text that follows." in got and "It rose to 3.12 Then it fell." in got


def test_a_state_summary_does_not_report_the_next_sentence_after_its_note():
    spans = [s for s in find_quote_spans(NOTE_TEXT, reported=True) if s["kind"] == "reported"]
    assert [(s["speaker"], NOTE_TEXT[s["start"]:s["end"]]) for s in spans] == [
        ("Government of Serbia", "its safe city programme had improved public safety")]
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["n"], "text": [NOTE_TEXT]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus)).set_index("entry")
    # hand labels: the rights language of the sentence after the note is the author's own
    assert hits.loc["mass surveillance", "voice"] == "author" and hits.loc["right to privacy", "voice"] == "author"
    assert hits.loc["public safety", "voice"] == "reported"



def test_the_state_party_is_no_organisation_named_before():
    # hand label: in a treaty body's text "the State party" is the State under review (Vienna Convention on the Law of
    # Treaties, art. 2(1)(g)), not the committee its masthead names
    text = ("Human Rights Committee\n\nConcluding observations on the fourth periodic report of Kenya\n\n"
            "23. The State party stated that the programme had improved public safety in Nairobi.\n")
    assert _reported(text) == [("The State party", "stated")]


def test_a_treaty_body_speaks_of_itself_in_its_concluding_observations_and_views():
    co = ("CCPR/C/KEN/CO/4\n\nHuman Rights Committee\n\nConcluding observations on the fourth periodic report of Kenya\n\n"
          "22. The Committee believes that the safe city programme enables mass surveillance without a legal basis.\n\n"
          "23. The State party indicated that the programme had improved public safety in Nairobi.\n")
    # hand labels: 22 is the Committee's own view (the masthead names it); 23 is the State party's submission
    assert _reported(co) == [("The State party", "indicated")]
    views = ("CCPR/C/130/D/2345/2014\n\nViews adopted by the Committee under article 5 (4) of the Optional Protocol, "
             "concerning communication No. 2345/2014\n\n"
             "7.3 The author claims that the cameras recorded him in his home.\n\n"
             "7.4 The Committee considers that the State party has violated article 17 of the Covenant.\n")
    assert [cue for _, cue in _reported(views)] == ["claims"]
    # the same sentences in a text without such a title or masthead (a news story) report the Committee
    assert _reported(co.split("\n\n", 3)[3])[0][1] == "believes"
