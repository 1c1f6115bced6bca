"""The use of framing hits in opinion writing (op-eds, columns, editorials, blog commentary on smart/safe-city
surveillance), where the writer's stance is carried by negation, concession, irony and the labels of others
rather than by quotation. Every passage is written for the test; the expected use of each hit (pole
categories only) was labelled by reading the passage before the library's output was looked at, following
the definitions of ``tests/data/use_labels_GUIDE.md``."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

from .conftest import POLES, frame_uses, use_of


def _uses(text: str, quotes: bool = True) -> list[tuple[str, str, str, str]]:
    return frame_uses(text, source="column", quotes=quotes)  # (one column's text: its source is no speaker's name)


def _use_of(text: str, matched: str, quotes: bool = True) -> tuple[str, str, str]:
    return use_of(text, matched, source="column", quotes=quotes)


# ------------------------------------------------------------------ negation: what it denies
# A negator denies the term when the term is (part of) the negated predicate: right after the negator, or after
# a copula, an auxiliary, an article or a degree adverb ("is not seamless", "cannot be efficient", "not a smart
# city", "not particularly innovative"). A noun phrase that is the object of a negated lexical verb keeps its
# description: "We should not accept mass surveillance" still calls it mass surveillance (the description in an
# argument is constant under negation, Levinson 1983, 4.2; the label guide: "we cannot tolerate
# discrimination" is evaluative). The library does not read this yet: see the xfail's reason.
@pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    ("We should not accept mass surveillance as the price of safety.", "mass surveillance"),
    ("The ordinance does not protect privacy; it merely mentions it.", "privacy"),
    ("Councillors never debated the chilling effect on protest.", "chilling effect"),
    ("The council did not even discuss privacy.", "privacy"),
    ("The city cannot tolerate discrimination.", "discrimination"),
    ("The city can't tolerate discrimination.", "discrimination"),
])
def test_object_of_a_negated_verb_keeps_the_frame(text, matched, quotes):
    use, rule, voice = _use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


@pytest.mark.parametrize("text, matched, cue", [
    ("The system is not seamless.", "seamless", "not"),
    ("The platform cannot be efficient.", "efficient", "cannot"),
    ("The platform can't be efficient.", "efficient", "can't"),
    ("The pilot was not particularly innovative.", "innovative", "not"),
    ("This is not a smart city.", "smart city", "not"),
    ("The scheme has never been efficient.", "efficient", "never"),
    ("The dashboard does not empower residents.", "empower", "not"),
    ("The pilot was not as efficient as promised.", "efficient", "not"),
    ("This is not innovation; it is surveillance with a press office.", "innovation", "not"),
])
def test_negated_predicate_is_distanced(text, matched, cue):
    df = pd.DataFrame({"doc_id": ["d"], "source": ["column"], "text": [text]})
    ft = dc.find_frame_terms(dc.tokenize(dc.Corpus.from_dataframe(df)), "framing", categories=POLES)
    rows = ft[ft["matched"] == matched]
    assert list(zip(rows["use"], rows["use_rule"], rows["cue"], strict=True)) == [("distanced", "negation", cue)], rows


@pytest.mark.parametrize("text, matched, use", [
    # "not X but Y": the contrastive negation denies X and asserts Y (Quirk et al. 1985, 13.43, correlative
    # "not ... but")
    ("Not efficiency but accountability should guide the procurement.", "efficiency", "distanced"),
    pytest.param("Not efficiency but accountability should guide the procurement.", "accountability", "evaluative",
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
])
def test_not_x_but_y(text, matched, use):
    assert _use_of(text, matched)[0] == use


# ------------------------------------------------------------------ the labels of others: "X calls it Y"
# A verb of naming with an object and its complement ("The mayor calls the network a smart city success
# story", "Residents call it a dragnet") reports the subject's label (Quirk et al. 1985, 16.43-16.45 on
# complex-transitive verbs of naming; Semino & Short 2004 on the narrator's representation of speech acts),
# as "describes it as ..." does; with a first-person subject the label is the writer's own.
@pytest.mark.parametrize("text, matched", [
    ("The mayor calls the network a smart city success story.", "smart city"),
    ("Residents call it a dragnet.", "dragnet"),
    ("Supporters call it public safety.", "public safety"),
    ("Although its champions call it innovative, the scheme recycles the oldest idea in policing.", "innovative"),
    ("Opponents have dubbed the programme a surveillance state in miniature.", "surveillance state"),
])
def test_naming_verb_reports_the_subjects_label(text, matched):
    assert _use_of(text, matched)[:2] == ("reported", "speech_act")


@pytest.mark.parametrize("text, matched", [
    ("Supporters call it public safety. I call it a panopticon with better branding.", "panopticon"),
    ("We call it what it is: mass surveillance.", "mass surveillance"),
    ("The council called the innovation summit off.", "innovation"),  # the hit is in the object itself
    ("Residents call the police when the cameras fail to protect their privacy.", "privacy"),
])
def test_naming_verb_not_reporting(text, matched):
    use, rule, _ = _use_of(text, matched)
    assert use != "reported", (use, rule)


# ------------------------------------------------------------------ concessive "whatever X says, ..."
# A universal concessive-conditional clause ("whatever the mayor says", "no matter what the vendor claims";
# Quirk et al. 1985, 15.42-15.43) is a fronted adverbial: its verb's object is the wh-ever word, and the main
# clause after its comma is the writer's, often against what the clause grants.
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    ("Whatever the mayor says, the network is disproportionate.", "disproportionate"),
    ("No matter what the vendor claims, the cameras are intrusive.", "intrusive"),
    ("Whatever the council argues, this is mass surveillance.", "mass surveillance"),
])
def test_concessive_wh_ever_clause_reports_nothing_after_it(text, matched, quotes):
    use, rule, voice = _use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


def test_reporting_after_concessive_clause_still_reports():
    # a reporting verb in the main clause still reports ("..., critics say the cameras are intrusive")
    use, _, _ = _use_of("Whatever the mayor says, critics say the cameras are intrusive.", "intrusive")
    assert use == "reported"


# ------------------------------------------------------------------ echo questions
# A verbless question that repeats a term, alone or with "for whom?", "at what cost?", "really?" ("The vendor
# promises a 'seamless' experience. Seamless for whom?"), echoes someone's word in order to question it: an
# echoic use in the sense of Sperber & Wilson (1995, 4.9), the writer's dissociation from it (Huddleston &
# Pullum 2002, ch. 10, 4.8 on echo questions).
@pytest.mark.parametrize("text, matched", [
    ("The vendor promises a 'seamless' experience. Seamless for whom?", "Seamless"),
    ("Smart? The cameras could not tell a cyclist from a lamppost.", "Smart"),
    ("Proponents like to say the system is efficient. Efficient at what?", "Efficient"),
    ("The brochure calls the city safe. Efficient, really?", "Efficient"),
    ("I admit the dashboard is efficient. But efficient at what, and for whom?", "efficient"),
    ("The mayor promises innovation. Innovation at what cost?", "Innovation"),
    ("A smart city? Hardly.", "smart city"),
    ("Safe city for whom?", "Safe city"),
])
def test_echo_question_is_distanced(text, matched):
    rows = [r for r in _uses(text) if r[0] == matched]
    assert [(u, r) for _, u, r, _ in rows][-1] == ("distanced", "echo_question"), rows


@pytest.mark.parametrize("text, matched", [
    # a question with a verb asks about the thing, it echoes no word
    ("Is privacy protected under the new ordinance?", "privacy"),
    ("Who pays for the smart city?", "smart city"),
    ("What does privacy mean in a city of cameras?", "privacy"),
    # a question with more than the term and its wh-phrase
    ("Privacy for the residents of the north side?", "Privacy"),
])
def test_other_questions_are_not_echoes(text, matched):
    assert _use_of(text, matched)[1] != "echo_question"


# ------------------------------------------------------------------ a belief given up: "I used to think X"
# "used to" presents a past state that no longer holds (Quirk et al. 1985, 4.26; Huddleston & Pullum 2002,
# ch. 3, 4.2.3): the complement of "used to think/believe" is a view the writer has given up.
@pytest.mark.parametrize("text, matched", [
    ("I used to think predictive policing was innovative; I no longer do.", "innovative"),
    ("We used to believe that smart cities would make us freer.", "smart cities"),
    ("Many of us used to assume the cameras were efficient.", "efficient"),
])
def test_used_to_think_is_distanced(text, matched):
    assert _use_of(text, matched)[:2] == ("distanced", "abandoned_view")


@pytest.mark.parametrize("text, matched", [
    ("I used to think predictive policing was harmless; now I see it as mass surveillance.", "mass surveillance"),
    ("The city used to rely on patrols; now it relies on innovation.", "innovation"),
    ("I used to think about privacy rarely.", "privacy"),  # "think about": a topic, no view
])
def test_used_to_does_not_reach_past_its_clause(text, matched):
    assert _use_of(text, matched)[1] != "abandoned_view"


# ------------------------------------------------------------------ "we are told that ..."
# In the passive of a verb of telling the first-person subject is the hearer, not the speaker ("We are told that
# facial recognition is a neutral tool", "I was assured that ..."; Quirk et al. 1985, 3.65-3.70 on the passive
# with the indirect object as subject): the words are someone else's, reported to the writer.
@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    ("We are told that the system is innovative.", "innovative"),
    ("I was told that the cameras would make the square seamless.", "seamless"),
    ("We have been told that the platform is efficient.", "efficient"),
])
def test_first_person_hearer_of_a_passive_report(text, matched, quotes):
    use, rule, voice = _use_of(text, matched, quotes=quotes)
    assert use == "reported", (use, rule, voice)


@pytest.mark.parametrize("quotes", [True, False])
@pytest.mark.parametrize("text, matched", [
    ("I am saying that the system is intrusive.", "intrusive"),  # progressive, active: the writer's own
    ("We told the council that the cameras are intrusive.", "intrusive"),
    # without "that", "I am told" is a comment clause, a hedge on the writer's own claim (Quirk et al. 1985, 15.54)
    ("I am told the new cameras are intrusive.", "intrusive"),
])
def test_first_person_speaker_still_own_view(text, matched, quotes):
    use, rule, voice = _use_of(text, matched, quotes=quotes)
    assert (use, voice) == ("evaluative", "author"), (use, rule, voice)


# ------------------------------------------------------------------ a final distancing disjunct
# "supposedly", "allegedly" after a comma at the end of the sentence comment on the whole clause before it (Quirk
# et al. 1985, 8.121-8.127 on content disjuncts in final position), as they do before the term.
@pytest.mark.parametrize("text, matched", [
    ("The system is efficient, supposedly.", "efficient"),
    ("The platform makes policing seamless, allegedly.", "seamless"),
])
def test_final_distancing_disjunct(text, matched):
    assert _use_of(text, matched)[:2] == ("distanced", "distancing_cue")


def test_final_disjunct_only_reaches_its_own_clause():
    # the clause before the semicolon is the writer's
    assert _use_of("The cameras are intrusive; the system is cheap, supposedly.", "intrusive")[0] == "evaluative"


# ------------------------------------------------------------------ "the promised efficiency"
# "promised" before the term, like "touted" and "claimed", presents it as someone's promise, not as the writer's
# finding (the participle as a premodifier, Quirk et al. 1985, 17.98-17.101)
@pytest.mark.parametrize("text, matched", [
    ("The promised efficiency gains never materialised.", "efficiency"),
    ("Residents are still waiting for the promised seamless service.", "seamless"),
])
def test_promised_before_the_term(text, matched):
    assert _use_of(text, matched)[:2] == ("distanced", "distancing_cue")


# ------------------------------------------------------------------ the labelled passages
# Passages of opinion writing, each hit's use labelled by hand before the library was run (matched text, the
# index of the hit among the passage's pole hits, use). Agreement before these rules: 33 of 50 hits (evaluative
# 18/23, distanced 9/17, reported 6/10); with the rules of this file 46 of 50, 41 of 50 once the rule for objects of
# a negated verb was withdrawn for its harm on the blind framing batches. The nine left are known limits, marked xfail.
PASSAGES = [
    ("The vendor promises a 'seamless' experience. Seamless for whom?", 'seamless', 0, 'distanced'),
    ("The vendor promises a 'seamless' experience. Seamless for whom?", 'Seamless', 1, 'distanced'),
    ('Sure, facial recognition may make streets safer, but at what cost to privacy?', 'privacy', 0, 'evaluative'),
    pytest.param('Far from a smart city, this is a surveillance city.', 'smart city', 0, 'distanced',
                 marks=pytest.mark.xfail(strict=True, reason="'far from' before an indefinite article is left alone (spatial 'far from a hospital' reads alike)")),
    ('Nobody doubts that public safety matters.', 'public safety', 0, 'evaluative'),
    ('I used to think predictive policing was innovative; I no longer do.', 'innovative', 0, 'distanced'),
    ('The so-called smart city is a data-harvesting operation with a friendly logo.', 'smart city', 0, 'distanced'),
    ('Its supposedly efficient cameras misidentified three innocent commuters last month.', 'efficient', 0, 'distanced'),
    ('Its supposedly efficient cameras misidentified three innocent commuters last month.', 'misidentified', 1, 'evaluative'),
    ('Whatever its efficiency, the system erodes privacy.', 'efficiency', 0, 'distanced'),
    ('Whatever its efficiency, the system erodes privacy.', 'privacy', 1, 'evaluative'),
    ('While the council insists the platform is efficient, residents see only cameras.', 'efficient', 0, 'reported'),
    ('Although the platform is undeniably efficient, efficiency is not the same as justice.', 'efficient', 0, 'evaluative'),
    ('Although the platform is undeniably efficient, efficiency is not the same as justice.', 'efficiency', 1, 'evaluative'),
    ('The mayor calls the network a smart city success story. Residents call it a dragnet.', 'smart city', 0, 'reported'),
    ('The mayor calls the network a smart city success story. Residents call it a dragnet.', 'dragnet', 1, 'reported'),
    ('Proponents argue that the cameras are an innovative answer to crime.', 'innovative', 0, 'reported'),
    ('They are wrong: the cameras are intrusive, and the data they collect is an invitation to abuse.', 'intrusive', 0, 'evaluative'),
    ('They are wrong: the cameras are intrusive, and the data they collect is an invitation to abuse.', 'abuse', 1, 'evaluative'),
    pytest.param('Is this really the innovative future we were promised?', 'innovative', 0, 'distanced',
                 marks=pytest.mark.xfail(strict=True, reason='a rhetorical question with a verb is not recognised')),
    ('This is not innovation; it is surveillance with a press office.', 'innovation', 0, 'distanced'),
    pytest.param('We should not accept mass surveillance as the price of safety.', 'mass surveillance', 0, 'evaluative',
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
    pytest.param('The ordinance does not protect privacy; it merely mentions it.', 'privacy', 0, 'evaluative',
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
    pytest.param('Councillors never debated the chilling effect on protest.', 'chilling effect', 0, 'evaluative',
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
    ('The trial was anything but seamless.', 'seamless', 0, 'distanced'),
    ('Critics who warn of a surveillance state are not paranoid.', 'surveillance state', 0, 'reported'),
    ('Yes, the app is convenient. So is a leash.', 'convenient', 0, 'evaluative'),
    ('Far from empowering citizens, the dashboard empowers the police.', 'empowering', 0, 'distanced'),
    ('Far from empowering citizens, the dashboard empowers the police.', 'empowers', 1, 'evaluative'),
    ("The brochure's 'citizen-centric' city turns out to be centred on the camera.", 'citizen-centric', 0, 'distanced'),
    ('Supporters call it public safety. I call it a panopticon with better branding.', 'public safety', 0, 'reported'),
    ('Supporters call it public safety. I call it a panopticon with better branding.', 'panopticon', 1, 'evaluative'),
    ('Whatever the mayor says, the network is disproportionate.', 'disproportionate', 0, 'evaluative'),
    ("Of course the vendor says its cameras are efficient. It would, wouldn't it?", 'efficient', 0, 'reported'),
    ('It is not that the cameras are useless; it is that they are invasive.', 'invasive', 0, 'evaluative'),
    ('The mayor claims the platform respects privacy, but the contract says otherwise.', 'privacy', 0, 'reported'),
    ('There is no privacy on a street watched by four hundred cameras.', 'privacy', 0, 'evaluative'),
    ('Smart? The cameras could not tell a cyclist from a lamppost.', 'Smart', 0, 'distanced'),
    ('Not efficiency but accountability should guide the procurement.', 'efficiency', 0, 'distanced'),
    pytest.param('Not efficiency but accountability should guide the procurement.', 'accountability', 1, 'evaluative',
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
    ('The real scandal is not the cost but the discrimination built into the algorithm.', 'discrimination', 0, 'evaluative'),
    ('The minister described the system as world-class.', 'world-class', 0, 'reported'),
    ('We are told that facial recognition is a neutral tool. It is not: it is biased against darker-skinned faces.', 'biased', 0, 'evaluative'),
    ('The promised efficiency gains never materialised.', 'efficiency', 0, 'distanced'),
    pytest.param('Sold as a tool of empowerment, the app is a tool of control.', 'empowerment', 0, 'distanced',
                 marks=pytest.mark.xfail(strict=True, reason="'sold as' with a noun phrase between 'as' and the term")),
    ('While the cameras may be efficient, they are also indiscriminate.', 'efficient', 0, 'evaluative'),
    ('While the cameras may be efficient, they are also indiscriminate.', 'indiscriminate', 1, 'evaluative'),
    ('Although its champions call it innovative, the scheme recycles the oldest idea in policing.', 'innovative', 0, 'reported'),
    pytest.param('What a triumph of innovation: a camera that cannot see in the rain.', 'innovation', 0, 'distanced',
                 marks=pytest.mark.xfail(strict=True, reason="irony with no lexical cue ('What a triumph of innovation: ...')")),
    pytest.param('The city cannot tolerate discrimination, and it should not tolerate opaque algorithms either.', 'discrimination', 0, 'evaluative',
                 marks=pytest.mark.xfail(strict=True, reason="the object of a negated verb stays distanced: a rule keeping it evaluative lowered vendor > news on the measured blind framing batches (discourse.stance.rule_negation)")),
]


@pytest.mark.parametrize("text, matched, index, use", PASSAGES)
def test_labelled_passage(text, matched, index, use):
    rows = _uses(text)
    assert rows[index][0] == matched, rows
    assert rows[index][1] == use, rows[index]
