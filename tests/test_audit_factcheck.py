"""Fact-checking articles about surveillance claims (PolitiFact, Full Fact, AFP Fact Check): a claim by a named
politician or vendor, quoted and repeated, the checker's analysis with experts quoted, and a rating. The genre
speaks of the claim it checks as a noun ("The claim rests on ...", "This claim ignores ...") and sets the
checker's finding beside what experts say ("..., but experts say ..."); the checker's own words there are the
checker's evaluation, not reported speech (Graves 2016, *Deciding What's True*, ch. 3-4). Every sentence is
written for the test; the expected reading is given in its comment."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

from .conftest import use_of


# ------------------------------------------------------------------ "the claim" is a noun, not a reporting verb
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the checker's own analysis of the claim: "claim" after a determiner or possessive heads a noun phrase,
    # the subject of "ignores"; nothing is reported (Quirk et al. 1985, 5.10-5.12: a determiner opens a noun phrase)
    ("The claim ignores the privacy risks of the network.", "privacy"),
    ("Whitfield's claim ignores the privacy risks of the network.", "privacy"),
    ("This claim overlooks the mass surveillance the network enables.", "mass surveillance"),
    ("Her claims leave out the privacy costs.", "privacy"),
    ("Such claims ignore the human rights record of the vendor.", "human rights"),
])
def test_the_claim_as_a_noun_does_not_report(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the verb still reports: the vendor's claim, in indirect speech
    ("The vendor claims its cameras are seamless.", "seamless"),
    ("A company that claims its platform is seamless won the contract.", "seamless"),
    ("The mayor claims the network ended repression.", "repression"),
])
def test_the_claim_as_a_verb_still_reports(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert use == "reported", (use, rule, voice)


# ------------------------------------------------------------------ "..., but experts say ...": a coordinated clause
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the checker's finding, then a second main clause joined by a coordinator that reports the experts: the
    # first clause is the checker's own (a reporting clause inside what it reports is parenthetical and stands
    # without a coordinator, Quirk et al. 1985, 14.29-14.30; "and", "but" join two clauses, 13.1-13.5)
    ("The program enables mass surveillance of drivers, and experts say the data is kept too long.",
     "mass surveillance"),
    ("The contract permits mass surveillance, but the vendor says the data is deleted.", "mass surveillance"),
    ("The network has a poor privacy record, yet the mayor claims it is popular.", "privacy"),
])
def test_clause_before_a_coordinated_report_is_the_checkers(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # a parenthetical reporting clause still reports what stands around it (Quirk et al. 1985, 14.29)
    ("The contract allows mass surveillance of drivers, experts say.", "mass surveillance"),
    ("The contract, experts say, allows mass surveillance of drivers.", "mass surveillance"),
])
def test_parenthetical_reporting_clause_still_reports(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert use == "reported", (use, rule, voice)


@pytest.mark.parametrize("text, speaker", [
    # the coordinator joins the clause; it is no part of the speaker's name or description
    ("Police figures show a 25 percent drop, and experts say the cameras cannot be credited with it.", "experts"),
    ("The figure is accurate, but experts say the cameras did not cause the drop.", "experts"),
    ("The figure is accurate, yet critics say the cameras did not cause the drop.", "critics"),
    ("The figure is accurate. But experts say the cameras did not cause the drop.", "experts"),
])
def test_coordinator_is_no_part_of_the_speaker(text, speaker):
    reported = [q for q in dc.find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert [q["speaker"] for q in reported] == [speaker]


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    # the claim's content as the subject complement of the noun: the claimant's, reported (Schmid 2000, N-be-that)
    ("The mayor's claim is that the network is seamless.", "seamless"),
    ("Their claim was that the cameras ended repression in the district.", "repression"),
])
def test_content_of_the_claim_after_is_that_is_reported(text, matched, quotes):
    use, rule, voice = use_of(text, matched, quotes=quotes)
    assert (use, rule) == ("reported", "stance_noun"), (use, rule, voice)


# ------------------------------------------------------------------ the claimant's document taken up by its head noun
@pytest.mark.parametrize("text, speaker, channel", [
    # "a press release" introduced as the means of Halvorsen's claim, then "the release": the definite
    # description takes up the referent by its head noun (Hawkins 1978, ch. 3), so the release speaks for its
    # author, as "the statement" after "in a statement" does
    ("Senator Rick Halvorsen claimed in a press release on June 2 that the program protects privacy.\n\n"
     "\"License plate readers are a seamless, privacy-first solution,\" the release said.",
     "Rick Halvorsen", "release"),
    ("Mayor Dana Whitfield said in a written statement that the network had cut crime.\n\n"
     "\"Our smart city platform keeps every neighbourhood safe,\" the statement said.",
     "Dana Whitfield", "statement"),
])
def test_document_anaphor_speaks_for_its_author(text, speaker, channel):
    speech = [q for q in dc.find_quote_spans(text) if q["kind"] == "speech"]
    assert [(q["speaker"], q["channel"]) for q in speech] == [(speaker, channel)]


# ------------------------------------------------------------------ "said in a Facebook post." reports nothing
@pytest.mark.parametrize("text", [
    # the prepositional phrase names the channel of the quotation before it; a preposition takes a noun phrase,
    # and a noun phrase alone is no reported clause (Quirk et al. 1985, 9.1-9.4; 16.31 on the reporting clause)
    '"Our smart city camera network has cut crime in half," Mayor Dana Whitfield said in a March 3 Facebook post.',
    '"Our network has cut crime in half," Whitfield said in a Facebook post on March 3.',
    'Claim: "Live facial recognition has never misidentified anyone," the senator said at a town hall in May.',
])
def test_channel_adjunct_is_no_reported_clause(text):
    reported = [text[q["content_start"]:q["content_end"]] for q in dc.find_quote_spans(text, reported=True)
                if q["kind"] == "reported"]
    assert reported == []


@pytest.mark.parametrize("text, content", [
    # a clause after the adjunct is still reported, with or without "that"
    ("Mayor Dana Whitfield said in a Facebook post that the network cut crime in half.",
     "the network cut crime in half"),
    ("The mayor said on Monday the cameras had cut crime in half.", "Monday the cameras had cut crime in half"),
    ("The mayor said in an interview the cameras had cut crime in half.",
     "an interview the cameras had cut crime in half"),
])
def test_clause_after_the_adjunct_is_still_reported(text, content):
    reported = [text[q["content_start"]:q["content_end"]] for q in dc.find_quote_spans(text, reported=True)
                if q["kind"] == "reported"]
    assert reported == [content]


# ------------------------------------------------------------------ the platform or place after a preposition is no claimant
@pytest.mark.parametrize("text, speaker", [
    # "on X", "in Leeds": a name right after a preposition is the preposition's object, not the subject of the
    # reporting verb (Quirk et al. 1985, 9.1); the subject is the noun phrase the prepositional phrase modifies
    ("A post shared thousands of times on X claimed that the cameras have never misidentified anyone.",
     "A post shared thousands of times on X"),
    ("Residents interviewed in Leeds said the cameras are intrusive.", "Residents interviewed in Leeds"),
    ("Experts on Facebook said the cameras are intrusive.", "Experts on Facebook"),
])
def test_object_of_a_preposition_is_no_speaker(text, speaker):
    reported = [q for q in dc.find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert [q["speaker_as_written"] for q in reported] == [speaker]
    assert reported[0]["speaker"] not in ("X", "Leeds", "Facebook")


@pytest.mark.parametrize("text, speaker", [
    # a name after a fronted adverbial, or with its own of-phrase, is still the subject
    ("Last week in Brussels, Commissioner Ann Roe said the rules were clear.", "Ann Roe"),
    ("A report by Amnesty International claimed that the cameras enable repression.", "Amnesty International"),
    ("Jane Roe of the city council said the cameras were intrusive.", "Jane Roe"),
])
def test_subject_names_stay_speakers(text, speaker):
    reported = [q for q in dc.find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert [q["speaker"] for q in reported] == [speaker]


# ------------------------------------------------------------------ "The post, by the account @X, read:"
@pytest.mark.parametrize("text, speaker", [
    # a by-phrase after a document noun names its author, as "a novel by Dickens" does (Quirk et al. 1985, 17.37 on
    # postmodifying prepositional phrases; 17.13 on the agentive "by"): the account holder makes the claim in the post
    ('The post, by the account @SafeStreetsUK, read: "Live facial recognition is the most innovative '
     'crime-fighting tool we have."', "@SafeStreetsUK"),
    ('The post, by Councillor Amy Price, said: "Our smart cameras make every street safe."', "Amy Price"),
])
def test_document_with_its_author_in_a_by_phrase(text, speaker):
    speech = [q for q in dc.find_quote_spans(text) if q["kind"] == "speech"]
    assert [q["speaker"] for q in speech] == [speaker]


# ------------------------------------------------------------------ the checker's apposition to the claimant
@pytest.mark.parametrize("text, matched", [
    # the comma right before "claims" closes a parenthetical of the verb's subject (an apposition or a
    # non-restrictive relative clause, Quirk et al. 1985, 17.22 and 17.65); the verb reports forward, and the
    # checker's description of the claimant is the checker's (the claim after the verb stays reported)
    ("Acme, a leading promoter of mass surveillance, claims its cameras are seamless.", "mass surveillance"),
    ("Acme, which critics accuse of enabling mass surveillance, says its cameras are seamless.",
     "mass surveillance"),
])
@pytest.mark.xfail(strict=True, reason="the apposition rule was withdrawn for harm on the measured blind batches "
                                       "(docs/framing.md, 'Stop 66')")
def test_apposition_to_the_claimant_is_not_reported(text, matched):
    use, rule, voice = use_of(text, matched)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)
    assert use_of(text, "seamless")[0] == "reported"


# ------------------------------------------------------------------ the channel of a claim: post, video, ad, press release
@pytest.mark.parametrize("text, kind, channel", [
    # the medium named as the means of the speech act, "in a ... post" (Halliday & Matthiessen 2004, 5.3 and 8.7: a
    # circumstance of means of saying); fact-checkers record where a claim was made (Graves 2016, ch. 3)
    ('"Our network has cut crime in half," Whitfield wrote in a Facebook post on March 3.', "speech", "post"),
    ('"Our smart city camera network has cut crime in half," Mayor Dana Whitfield said in a March 3 Facebook post.',
     "speech", "post"),
    ('"These cameras stop every break-in," Acme said in a television ad.', "speech", "ad"),
    ("Senator Rick Halvorsen claimed in a press release on June 2 that the program protects privacy.",
     "reported", "press release"),
    ("Councillor Amy Price said in a video posted on Facebook that the cameras had never misidentified anyone.",
     "reported", "video"),
])
def test_channel_of_the_claim(text, kind, channel):
    found = [q for q in dc.find_quote_spans(text, reported=True) if q["kind"] == kind]
    assert [q["channel"] for q in found] == [channel]


# ------------------------------------------------------------------ the claim under a heading ("What was claimed")
@pytest.mark.parametrize("text", [
    # Full Fact's layout: the heading "What was claimed", the claim as the paragraph under it, then "Our verdict";
    # the heading labels the paragraph as the claim under review, as "Claim:" does on one line (Graves 2016, ch. 3;
    # ClaimReview's claimReviewed), so its words are the claimant's, not the checker's
    "What was claimed\n\nLive facial recognition is a seamless way to keep cities safe.\n\nOur verdict\n\n"
    "This is misleading.",
    "Claim\n\nLive facial recognition is a seamless way to keep cities safe.\n\nVerdict\n\nFalse.",
    "The claim\n\nLive facial recognition is a seamless way to keep cities safe.\n\nOur ruling\n\nFalse.",
])
def test_claim_under_a_heading_is_reported(text):
    use, rule, voice = use_of(text, "seamless")
    assert use == "reported", (use, rule, voice)


def test_verdict_under_a_heading_stays_the_checkers():
    # the checker's own ruling under "Our verdict" is the checker's evaluation
    text = ("What was claimed\n\nLive facial recognition is a seamless way to keep cities safe.\n\nOur verdict\n\n"
            "Misleading. The cameras enable mass surveillance of every passer-by.")
    assert use_of(text, "mass surveillance")[:1] == ("evaluative",)


def test_the_ad_speaks_for_the_vendor_that_ran_it():
    # "in a television ad" introduces the vendor's ad as the means of its claim; "the ad" takes it up (Hawkins 1978,
    # ch. 3): the vendor's speech through its ad, as "the statement" after "in a statement"
    text = ("CamCo claimed in a television ad that its cameras stop every break-in.\n\n"
            '"Our cameras are the smartest way to keep your city safe," the ad says.')
    speech = [q for q in dc.find_quote_spans(text) if q["kind"] == "speech"]
    assert [(q["speaker"], q["channel"]) for q in speech] == [("CamCo", "ad")]


# ------------------------------------------------------------------ the report's voice line on fact-checks
def test_report_voice_line_counts_the_claims_the_checker_labels_apart():
    # two fact-checks whose promotional hits are all in the claims they check ("Claim:" lines and a heading), in
    # the checker's sentences but reported: the line must not present them as the checker's own framing alone
    from discourse.report import Analysis
    from discourse.report.page import summary_items

    texts = ["Claim: The new camera network is a seamless, innovative way to keep the city safe.\n\nVerdict: False. "
             "Police figures show no change in crime.",
             "What was claimed\n\nThe platform is seamless and makes policing efficient.\n\nOur verdict\n\n"
             "Misleading. Critics say it enables mass surveillance."]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a", "b"], "source": ["Full Fact", "AFP"],
                                                    "text": texts}))
    a = Analysis(corpus, n_boot=0)
    promo = a.matches[a.matches["frame"] == "promotional"]
    n_reported = int(((promo["voice"] == "author") & (promo["use"] == "reported")).sum())
    assert n_reported == len(promo) >= 4  # every promotional hit is a claim the checker labels
    line = next(i for i in summary_items(a, {})["voice"] if i.startswith("<b>promotional</b>"))
    assert f"{n_reported} of them reported" in line, line


def test_clause_of_a_preposition_and_a_two_word_name_reads_without_error():
    # ", in New York said": the clause holds only the preposition and the name (it had indexed past its start)
    text = "Officials, in New York said the cameras were seamless."
    assert [q["kind"] for q in dc.find_quote_spans(text, reported=True)] == ["reported"]
