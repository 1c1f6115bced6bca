"""Digital-rights campaign pages against city surveillance: petitions, landing pages with calls to action and
counters, template letters that supporters send, FAQs, coalition sign-on lists and the quoted statements of
coalition members, beside news on the same debate. Every text is written here, in the genre's conventions; the
expected values were labelled by hand before the library was run on them."""

import pandas as pd
import pytest

import discourse as dc
from discourse.stance import RULES

LEX = dc.load_lexicon("framing")


def _run(texts: dict[str, str], sources: dict[str, str] | None = None):
    df = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                       "source": [(sources or {}).get(k, "campaign") for k in texts]})
    corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    tokens = dc.tokenize(corpus)
    return corpus, tokens, dc.find_frame_terms(tokens, LEX)


PETITION = """Sign the petition: Ban facial recognition in our city!

12,345 people have signed. Let's get to 15,000!

Facial recognition is mass surveillance. It threatens the privacy of everyone who walks down the street and has a \
chilling effect on protest.

We, the undersigned, call on the Springfield City Council to ban the use of facial recognition by police and city \
agencies.

Sign the petition

Donate

Share on Twitter
"""

LANDING = """Stop Spy City

Join us | Donate | Take action

The city's "Safe City" program puts 3,000 cameras on our streets. We say no to mass surveillance.

Take action now: tell the council to ban face surveillance.

Join us

Share on Facebook

Share on Twitter
"""


# ---------------------------------------------------------------------------------------- share buttons
def test_share_buttons_are_set_aside_as_the_page_furniture_they_are():
    # hand labels: the labels of share buttons are widgets, no word of the campaign; the calls to action
    # ("Join us", "Donate", "Sign the petition") are the campaign's own solicitation and stay text
    corpus, tokens, _ = _run({"petition": PETITION, "landing": LANDING})
    aside = corpus.set_aside
    got = sorted(zip(aside["doc_id"], aside["text"], aside["rule"], strict=True))
    assert got == [("landing", "Share on Facebook", "share-line"), ("landing", "Share on Twitter", "share-line"),
                   ("petition", "Share on Twitter", "share-line")]
    words = set(tokens["norm"])
    assert not {"twitter", "facebook", "share"} & words
    assert {"donate", "join", "petition"} <= words
    # a row of buttons, and buttons named by what they share
    corpus, _, _ = _run({"a": "Ban the scan now.\n\nShare: Facebook | Twitter | Email\n",
                         "b": "Ban the scan now.\n\nShare this petition\n\nTweet this\n\nEmail a friend"})
    assert sorted(corpus.set_aside["text"]) == ["Email a friend", "Share this petition",
                                                "Share: Facebook | Twitter | Email", "Tweet this"]
    # prose about sharing is text
    corpus, _, _ = _run({"c": "Ban the scan now.\n\nShare your story with the council.",
                         "d": "Ban the scan now.\n\nWe share on Twitter what the council decides."})
    assert corpus.set_aside.empty


# ---------------------------------------------------------------------------------------- coalition statements
STATEMENTS = """What coalition members say

"Facial recognition is a dangerous and discriminatory technology that has no place in our city," said Jane Roe, \
director of the Springfield Privacy Coalition.

"Mass surveillance chills free speech," said Silkie Carlo, director of Big Brother Watch.

The expansion raises privacy concerns, according to Big Brother Watch.
"""


@pytest.mark.xfail(strict=True, reason=(
    "withdrawn: read so, the description of a speaker after a final reporting verb ('..., said Jane Roe, a privacy "
    "researcher') fell to the default evaluative use, and on the measured blind pages news > rights fell by -0.0045 "
    "[-0.0079, -0.0014] (docs/framing.md, Stop 67)"))
def test_the_speaker_named_after_a_final_reporting_verb_is_not_what_they_said():
    # Quirk et al. 1985, 14.29-14.30: in '"...," said X' the reporting clause follows the quotation and its subject
    # follows the verb; the speaker and their apposition are the writer's reference, not reported words. Likewise
    # the complement of "according to" names the source (8.131). Hand labels: the quotations are the members'
    # (quoted, evaluative); the organisation names are referential, never 'reported'
    _, _, hits = _run({"s": STATEMENTS})
    hits = hits[hits["frame"].isin(["rights", "institutions"])]
    quoted = hits[hits["voice"] == "quoted"]
    assert sorted(zip(quoted["matched"], quoted["speaker"], quoted["use"], strict=True)) == [
        ("Mass surveillance", "Silkie Carlo", "evaluative"), ("discriminatory", "Jane Roe", "evaluative"),
        ("free speech", "Silkie Carlo", "evaluative")]
    names = hits[hits["voice"] == "author"]
    assert list(names["matched"]) == ["Privacy", "Big Brother Watch", "Big Brother Watch"]
    assert set(names["use"]) == {"referential"}
    # what the source says stays reported
    said = hits[(hits["matched"] == "privacy")].iloc[0]
    assert (said["voice"], said["use"], said["speaker"]) == ("reported", "reported", "Big Brother Watch")
    # a source that no comma closes is no source the rule can bound: the claim after it stays reported
    _, _, hits = _run({"n": "According to police the system is efficient."})
    assert hits.loc[hits["matched"] == "efficient", "use"].tolist() == ["reported"]


# ---------------------------------------------------------------------------------------- sign-on lists
SIGNON = """Coalition letter: Ban face surveillance in Springfield

The following organisations have signed:

Privacy International
Big Brother Watch
American Civil Liberties Union of Massachusetts
Fight for the Future
Springfield Privacy Coalition
Surveillance Technology Oversight Project
Stop Mass Surveillance Springfield

Is your organisation missing? Add your name.
"""


def test_the_names_of_a_sign_on_list_are_names_not_the_campaigns_rights_language():
    # Austin 1962, lecture V: a signature refers to the one who signs; Chicago Manual of Style 6.127: a vertical list
    # under a lead-in ending in a colon needs no bullets. Hand labels: the heading's "Ban" and "face surveillance"
    # are the coalition's demand (evaluative); every organisation's name is referential, however many words
    from discourse.segment import sentences

    got = [SIGNON[a:b] for a, b in sentences(SIGNON)]
    assert got[2:9] == ["Privacy International", "Big Brother Watch", "American Civil Liberties Union of Massachusetts",
                        "Fight for the Future", "Springfield Privacy Coalition",
                        "Surveillance Technology Oversight Project", "Stop Mass Surveillance Springfield"]
    # the same list with every name a paragraph of its own, and with no blank line anywhere (a scraped page)
    each = "\n\n".join(line for line in SIGNON.splitlines() if line.strip())
    flat = "\n".join(line for line in SIGNON.splitlines() if line.strip())
    for doc, text in {"block": SIGNON, "each": each, "flat": flat}.items():
        _, _, h = _run({doc: text})
        demand = h[h["matched"].isin(["Ban", "face surveillance"])]
        assert list(demand["use"]) == ["evaluative", "evaluative"], doc
        names = h.drop(demand.index)
        assert "Mass Surveillance" in set(names["matched"]) and "Privacy" in set(names["matched"])
        assert set(names["use"]) == {"referential"}, (doc, names[["matched", "use", "use_rule"]])
        assert set(names["use_rule"]) == {"signatory"} and set(names["use_rule"]) <= set(RULES)
    # hard-wrapped prose after a colon is no list (its paragraph ends in a full stop)
    prose = "We ask three things:\nclear rules on retention and\nan end to mass surveillance.\n\nThank you."
    assert [prose[a:b] for a, b in sentences(prose)][0].endswith("mass surveillance.")
    # a list under a lead-in that announces no signatures keeps its uses (a vendor's feature list)
    _, _, feats = _run({"f": "Why Acme?\n\nOur platform offers:\nSeamless Integration\nInnovative Analytics\n"})
    assert set(feats.loc[feats["matched"].isin(["Seamless", "Innovative"]), "use"]) == {"evaluative"}


# ---------------------------------------------------------------------------------------- FAQ
FAQ = """Frequently Asked Questions

What is smart policing?

Smart policing is the name police departments give to patrols planned by software.

What does public safety mean to us?

Safety for everyone, without mass surveillance.

Why is mass surveillance wrong?

It treats every resident as a suspect.
"""


def test_a_question_that_asks_what_a_term_means_names_the_term():
    # Searle 1969, 3.4: a question commits its speaker to no proposition; "What is X?" asks what X is, so X is
    # mentioned, not applied (Quine 1940, 1.4). Hand labels: the question's "smart" is referential; the question
    # "What does public safety mean to us?" is no question of the term's meaning alone and the campaign's answers
    # and rhetorical "Why is mass surveillance wrong?" are its own words (evaluative)
    _, _, hits = _run({"faq": FAQ})
    got = [(m, u) for m, u, f in zip(hits["matched"], hits["use"], hits["frame"], strict=True)
           if f in ("promotional", "rights")]
    assert got[0] == ("smart", "referential")
    assert ("public safety", "evaluative") in got  # the campaign's own sense of the phrase, asked with "to us"
    assert [u for m, u in got if m == "mass surveillance"] == ["evaluative", "evaluative"]
    # the answer that says the term is others' label for a thing mentions it too (Quine 1940, 1.4)
    assert got[1] == ("Smart", "referential")
    for text, use in [("Smart city is a marketing buzzword.", "referential"),
                      ("Innovation is a euphemism for control.", "referential"),
                      ("Mass surveillance is the word for it.", "evaluative"),
                      ("Efficiency is the name of the game.", "evaluative")]:
        _, _, h = _run({"a": text})
        h = h[h["frame"].isin(["promotional", "rights"])]
        assert list(h["use"]) == [use], (text, h[["matched", "use", "use_rule"]])
    # the other forms of the question, and questions that are not about a term's meaning
    for text, use in [("What are smart cities?", "referential"), ("What does smart policing mean?", "referential"),
                      ("What is meant by public safety?", "referential"), ("What is privacy worth?", "evaluative"),
                      ("What is so innovative about it?", "evaluative")]:
        _, _, h = _run({"q": text})
        h = h[h["frame"].isin(["promotional", "rights"])]
        assert list(h["use"]) == [use], (text, h[["matched", "use", "use_rule"]])


# ---------------------------------------------------------------------------------------- calls to write to officials
def test_the_official_a_call_to_action_addresses_is_not_its_speaker():
    # Quirk et al. 1985, 16.55-16.58: "tell", "urge" take the person addressed as their object, and a reporting
    # clause with such an object is never inverted (14.29): "Tell Mayor Smith: ..." asks the reader to tell the mayor.
    # Hand labels: the message after the colon is the campaign's (author, no speaker; in quotation marks, a speech
    # quotation without a speaker), never the mayor's; an inverted "Says Mayor Smith:" still gives the mayor
    _, tokens, hits = _run({"h": "Tell Mayor Smith: No Spy Cameras In Springfield\n\nWe demand that the city end it.",
                            "u": "Urge the Council: Ban Face Surveillance In Springfield\n\nWe demand it."})
    assert set(hits["voice"]) == {"author"} and hits["speaker"].isna().all()
    assert set(tokens["voice"]) == {"author"}
    corpus, _, _ = _run({"q": 'Tell Mayor Smith: "No spy cameras in Springfield"\n\nWe demand that the city end it.',
                         "s": 'Says Mayor Smith: "Cameras make us safer"\n\nThe mayor defended the program.'})
    quotes = dc.find_quotes(corpus).set_index("doc_id")
    assert quotes.loc["q", "kind"] == "speech" and pd.isna(quotes.loc["q", "speaker"])
    assert quotes.loc["s", "speaker"] == "Smith"


# ---------------------------------------------------------------------------------------- template letters
LETTER = """Send a letter to Mayor Smith

Dear Mayor Smith,

I am writing to urge you to ban facial recognition in our city. As a resident, I believe this technology enables \
mass surveillance and threatens our privacy and civil liberties.

Please protect our human rights.

Sincerely,
[Your name]
[Your address]
"""


def test_a_template_letter_is_the_campaigns_own_voice():
    # hand labels: the words a campaign writes for its supporters to send are its own (author voice, no speaker:
    # neither the addressee nor the "[Your name]" placeholder speaks), its rights terms evaluative ("I believe
    # that" is the writer's own view, Biber et al. 1999, 10.2.3), and the closing and placeholders are set aside
    corpus, tokens, hits = _run({"l": LETTER})
    assert set(tokens["voice"]) == {"author"} and tokens["speaker"].isna().all()
    assert dc.find_quotes(corpus).empty
    rights = hits[hits["frame"] == "rights"]
    assert list(zip(rights["matched"], rights["use"], strict=True)) == [
        ("ban", "evaluative"), ("mass surveillance", "evaluative"), ("privacy", "evaluative"),
        ("civil liberties", "evaluative"), ("human rights", "evaluative")]
    assert list(corpus.set_aside["rule"]) == ["letter-signature"]
    assert "your" not in set(tokens.loc[tokens["start"] > LETTER.index("Sincerely"), "norm"])


def test_a_long_list_is_read_once_not_once_per_item():
    # a national coalition's sign-on list runs to thousands of names, and a vendor's feature list to hundreds of
    # bullets: the list's capitalisation and label flags are the whole list's, found once (they had been found again
    # for every item: 3,000 bullets took 7.8 s, 9 times 1,000's 0.9 s)
    import time

    n = 4000
    texts = {"names": "The following organisations have signed:\n\n"
                      + "\n".join(f"Privacy Group Number{i} Of Springfield" for i in range(n)) + "\n\nThanks.",
             "bullets": "Why Acme?\n\nOur platform offers:\n" + "\n".join(f"• Seamless Feature Number{i}" for i in range(n))}
    _, tokens, _ = _run(texts)
    t0 = time.perf_counter()
    hits = dc.find_frame_terms(tokens, LEX)
    assert time.perf_counter() - t0 < 5.0  # about 0.4 s; quadratic, about 14 s
    assert (hits.groupby("doc_id")["use_rule"].agg(lambda r: sorted(set(r))).to_dict()
            == {"bullets": ["default"], "names": ["signatory"]})
