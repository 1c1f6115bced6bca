"""Speaker attribution, stop 70: organisations and their spokespeople in ordinary news.

Nine short articles written for this test (UK, US wire, Australian and international house styles: government
departments, agencies, companies, charities, universities, police forces and councils whose names hold 'and', commas,
'of' and 'for'; spokespeople named and unnamed, before and after the quotation; 'a spokesperson for X', "X's
spokesman", 'an X spokesman', 'a spokeswoman' after 'X said in a statement'). Every speech quotation was labelled by
hand before the library was run on the articles, with the conventions of ``benchmarks/bench_speakers.py`` and
``benchmarks/bench_blind_speakers.py``: the fullest name the article gives, without courtesy or office titles; an
organisation for its statements; an unnamed spokesperson as 'spokesperson for ORG' in the library's form, with the
noun the text uses. (Five labels were corrected after the first run to those conventions: 'spokeswoman', not
'spokesperson', where the text writes 'A spokeswoman', and 'for the' where the text writes the article.) A label is
the opening words of the quotation (after the mark) and the speaker. The texts are invented."""

from discourse.quotes import find_quote_spans
from tests.speaker_articles import score

ARTICLES = [
# 1 UK, BBC-ish style
("""Ministers have promised extra money for rural bus routes after a report found that a third of villages in England had lost their only service since 2015.

A Department for Culture, Media and Sport spokesperson said: “We recognise how important local buses are to community life.”

The Campaign for Better Transport welcomed the announcement. Its chief executive, Paul Tuohy, said: “This is a start, but it is not enough.”

A Department of Health and Social Care spokesperson said: “Isolation harms health, and transport is part of the answer.”

Councillor Meg Ashdown, of Bath and North East Somerset Council, said the money “will barely cover the routes we cut last year”.
""", [("We recognise how", "spokesperson for Department for Culture, Media and Sport"),
      ("This is a start", "Paul Tuohy"),
      ("Isolation harms health", "spokesperson for Department of Health and Social Care"),
      ("will barely cover", "Meg Ashdown")]),
# 2 UK NHS, bridging spokeswoman
("""Waiting lists for hip operations fell for the third month running, according to figures published on Thursday.

NHS England said the fall showed that “the recovery plan is working”.

A spokeswoman said: “Staff have worked incredibly hard to see patients sooner.”

The Royal College of Surgeons of England said the figures were “welcome but fragile”. A spokesman for the college added: “Many patients are still waiting more than a year.”

Age UK said older people were “bearing the brunt of the delays”.
""", [("the recovery plan", "NHS England"),
      ("Staff have worked", "spokeswoman for NHS England"),
      ("welcome but fragile", "Royal College of Surgeons of England"),
      ("Many patients are", "spokesman for Royal College of Surgeons of England"),
      ("bearing the brunt", "Age UK")]),
# 3 US AP style
("""WASHINGTON (AP) — The Department of Housing and Urban Development will review rules for federal rental aid, officials said Tuesday.

“We want families to spend less time on paperwork,” said Maria Delgado, a HUD spokeswoman.

The National Association of Home Builders said in a statement that the change was “long overdue.” A spokesman for the group, Tom Reilly, said builders would “watch the details closely.”

The Bureau of Alcohol, Tobacco, Firearms and Explosives declined to comment on a separate inquiry. “We do not discuss ongoing investigations,” an ATF spokesman said.
""", [("We want families", "Maria Delgado"),
      ("long overdue", "National Association of Home Builders"),
      ("watch the details", "Tom Reilly"),
      ("We do not discuss", "spokesman for ATF")]),
# 4 Australian
("""Sydney's western suburbs will get three new fire stations, the NSW Government announced on Monday.

Fire and Rescue NSW said the stations would “cut response times by up to four minutes”.

A spokeswoman for Fire and Rescue NSW said: “Crews will move in by next summer.”

The Department of Planning and Environment said the sites had been chosen “after careful assessment”.

Blacktown City Council's spokesman said the council was “delighted” with the decision.
""", [("cut response times", "Fire and Rescue NSW"),
      ("Crews will move", "spokeswoman for Fire and Rescue NSW"),
      ("after careful assessment", "Department of Planning and Environment"),
      ("delighted", "spokesman for Blacktown City Council")]),
# 5 companies
("""Marks and Spencer will close eleven stores this year, the retailer said on Wednesday.

“We are reshaping our estate for the way people shop now,” a Marks and Spencer spokesperson said.

Procter and Gamble said in a statement that it would raise prices in Europe. A spokeswoman said: “Higher costs have left us no choice.”

Smith and Jones said they were “shocked” by the closures. The two shopkeepers had rented units beside the store for twenty years.
""", [("We are reshaping", "spokesperson for Marks and Spencer"),
      ("Higher costs have", "spokeswoman for Procter and Gamble"),
      ("shocked", "Smith and Jones")]),
# 6 police / universities
("""Police are appealing for witnesses after a cyclist was seriously injured in Leeds on Saturday night.

A West Yorkshire Police spokesman said: “We would urge anyone with dashcam footage to come forward.”

The cyclist, a lecturer at the University of Leeds, is in a stable condition. A university spokeswoman said: “Our thoughts are with our colleague and his family.”

Devon and Cornwall Police, who are investigating a similar crash, said they were “in contact with colleagues in Yorkshire”.
""", [("We would urge", "spokesman for West Yorkshire Police"),
      ("Our thoughts are", "spokeswoman for University of Leeds"),
      ("in contact with", "Devon and Cornwall Police")]),
# 7 international, Reuters style
("""GENEVA (Reuters) - The United Nations High Commissioner for Refugees warned on Friday that funding for its operations in the Sahel had fallen by half.

“We are being forced to choose between food and shelter,” UNHCR spokesperson Olga Sarrado told reporters.

The International Committee of the Red Cross said in a statement that the situation was “deteriorating fast”. A spokeswoman said: “Our teams cannot reach many areas.”

Medecins Sans Frontieres said its clinics were “overwhelmed”.
""", [("We are being forced", "Olga Sarrado"),
      ("deteriorating fast", "International Committee of the Red Cross"),
      ("Our teams cannot", "spokeswoman for International Committee of the Red Cross"),
      ("overwhelmed", "Medecins Sans Frontieres")]),
# 8 charities and councils
("""Plans for a new recycling centre have been approved despite objections from residents.

Kensington and Chelsea Council said the centre would “halve the distance many residents travel”.

Friends of the Earth said the plan was “a step in the right direction”. Its spokesperson, Ella Brand, said: “We hope other boroughs follow.”

The council's spokesman said: “We listened to every objection.”

A spokesperson for the Royal Society for the Protection of Birds said: “The site must protect the nesting area next to it.”
""", [("halve the distance", "Kensington and Chelsea Council"),
      ("a step in the right", "Friends of the Earth"),
      ("We hope other", "Ella Brand"),
      ("We listened to", "spokesman for Kensington and Chelsea Council"),
      ("The site must", "spokesperson for the Royal Society for the Protection of Birds")]),
# 9 US state, Department of X's spokesperson
("""ALBANY, N.Y. — State officials said Thursday that road salt supplies were adequate for the winter.

The Department of Transportation's spokesperson, Jill Hart, said crews were “fully stocked.”

“There is no shortage,” said a spokesman for the Port Authority of New York and New Jersey.

The Department of Environmental Conservation said in a statement that it was “monitoring runoff into streams.”
""", [("fully stocked", "Jill Hart"),
      ("There is no shortage", "spokesman for the Port Authority of New York and New Jersey"),
      ("monitoring runoff", "Department of Environmental Conservation")]),
]



def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_the_articles_score_at_least_as_measured():
    # before the rules of this stop: 23 exact, 1 without, 11 wrong of 35; 27, 0, 8 after its first part; 29, 0, 6 after
    # the genitive of a body; 30, 0, 5 after 'Friends of the Earth' (stop 70 (2))
    e, wo, wr, rows = score(ARTICLES)
    assert len(rows) == 35 and e >= 30 and wo == 0 and wr <= 5, rows


# 1. a name with internal structure premodifying a spokesperson noun (Quirk et al. 1985, 17.58-17.64, 17.104)

def test_a_name_with_and_before_the_spokesperson_noun_is_the_body_spoken_for():
    (q,) = _speech("A Department of Roads and Inland Waterways spokesperson said: “The bridge will reopen.”")
    assert q["speaker"] == "A spokesperson for Department of Roads and Inland Waterways"
    assert q["speaker_org"] == "Department of Roads and Inland Waterways"
    (q,) = _speech("“The bridge will reopen,” a Ministry of Roads and Inland Waterways spokesman said.")
    assert q["speaker"] == "a spokesman for Ministry of Roads and Inland Waterways"


def test_a_name_with_commas_and_and_before_the_spokesperson_noun():
    for text in ("A Department for Parks, Trails and Rivers spokeswoman said: “The trail is closed.”",
                 "“The trail is closed,” a Department for Parks, Trails and Rivers spokeswoman said."):
        (q,) = _speech(text)
        assert q["speaker"].lower() == "a spokeswoman for department for parks, trails and rivers", text
        assert q["speaker_org"] == "Department for Parks, Trails and Rivers", text


def test_a_name_with_commas_after_the_verb_is_read_whole():
    (q,) = _speech("“The trail is closed,” said the Department for Parks, Trails and Rivers.")
    assert q["speaker"] == "Department for Parks, Trails and Rivers"


def test_a_company_named_with_and_stays_one_name_and_two_people_stay_two():
    # near misses: 'Marks and Spencer' is one name (as before); 'Ann Roe, Bob Lee and Sue Kim' is a list of people,
    # no name with internal structure (no organisation word before the commas)
    (q,) = _speech("A Marks and Spencer spokesperson said: “We are reshaping the estate.”")
    assert q["speaker"] == "A spokesperson for Marks and Spencer"
    (q,) = _speech("“We are shocked,” said Ann Roe, Bob Lee and Sue Kim.")
    assert q["speaker"] != "Ann Roe, Bob Lee and Sue Kim"
    assert "," not in (q["speaker"] or "")


# 2. an unnamed spokesperson with no for-phrase: the body that was the subject of the sentence before (Clark 1975)

def test_a_spokeswoman_after_a_bodys_statement_speaks_for_it():
    text = ("Bellmoor Water said the leak had been “fully contained”.\n\n"
            "A spokeswoman said: “Engineers worked through the night.”")
    assert _speech(text)[-1]["speaker"] == "A spokeswoman for Bellmoor Water"
    text = ("The Harrowgate Wildlife Trust said in a statement that the fire was “devastating”. "
            "“We will replant,” a spokesman said.")
    assert _speech(text)[-1]["speaker"] == "a spokesman for Harrowgate Wildlife Trust"


def test_a_spokeswoman_after_a_person_or_with_her_own_for_phrase_is_left_alone():
    # near misses: a person was the subject of the sentence before; a person spoke in between; a for-phrase of its own
    text = "Ann Roe said the leak was “contained”. A spokeswoman said: “Engineers worked through the night.”"
    assert _speech(text)[-1]["speaker"] == "A spokeswoman"
    text = ("Bellmoor Water said the leak was “contained”. Dr Ann Roe, a hydrologist, said it was “late”. "
            "A spokeswoman said: “Engineers worked through the night.”")
    assert _speech(text)[-1]["speaker"] == "A spokeswoman"
    text = ("Bellmoor Water said the leak was “contained”. "
            "A spokeswoman for the union said: “Engineers worked through the night.”")
    assert _speech(text)[-1]["speaker"] == "A spokeswoman for the union"
