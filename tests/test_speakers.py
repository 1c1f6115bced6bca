"""Speaker attribution rules of news writing (discourse.quotes), each on sentences written for this file.

Every test names the rule of the ``discourse.quotes`` module docstring it covers. The texts are made up;
none is copied from the labelled development texts (tests/data/speaker_labels.jsonl).
"""

from __future__ import annotations

import re

from discourse.quotes import find_quote_spans


def speech(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, cue) of every speech quotation, in order."""
    return [(q["speaker"], q["cue"]) for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_abbreviated_title_does_not_end_the_sentence():
    # 'Gen. Ortiz' and 'Mrs. Lund' are no sentence ends: the attribution before them still counts
    text = ("Maria Keller said that after a year of talks with Gen. Ortiz in the capital, that “the army "
            "will not give up its bases this decade”.")
    assert speech(text) == [("Maria Keller", "said")]
    text = ("“the garden opens in June”, says Mrs. Anna Lund, “and the first visitors may bring their dogs”.")
    assert speech(text) == [("Anna Lund", "says"), ("Anna Lund", "says")]


def test_capitalised_cue_after_question_marks_and_at_sentence_start():
    # typewriter convention: punctuation outside the marks, the cue verb starts a new 'sentence'
    text = "“Is the bridge safe”?? Asked Tom Berg of the engineer.\n\n“It is,” said the engineer."
    assert speech(text)[0] == ("Tom Berg", "asked")
    # an inverted cue that opens the sentence before the quotation
    text = "Paula Grant waited. Replied Paula Grant, “Not today”!!"
    assert speech(text) == [("Paula Grant", "replied")]
    # the capitalised cue that introduces the next quotation does not also attribute the one before
    text = "Leo Marsh phoned. “Is it over, then”?? Snapped Ann Vogel, “Never, not tonight”!!"
    assert speech(text) == [(None, None), ("Ann Vogel", "snapped")]


def test_short_name_used_early_stays_a_person_and_takes_the_full_name():
    # 'Dorian' is used three times before any person mark; 'said Dorian' comes later: a person, not an
    # organisation, and 'Dorian Vance' (named once, with no mark of its own) is the canonical form
    text = ("Dorian Vance and Elsa Brandt will meet tonight. The match was close. Dorian played first. "
            "Later Dorian lost a ball. Then Dorian found it.\n\n"
            "“It was a long day”, said Dorian.\n\n“I knew it”, he said.")
    assert speech(text) == [("Dorian Vance", "said"), ("Dorian Vance", "said")]
    # the surname alone, repeated without marks, is that person too (not an organisation)
    text = ("The match was close. Vance played first. Later Vance lost a ball. Then Vance found it. "
            "Dorian Vance, a golfer, smiled.\n\n“Is it mine”?? Asked Vance of the caddie.")
    assert speech(text) == [("Dorian Vance", "asked")]


def test_two_names_joined_by_and_are_two_people():
    text = ("Omar Haddad and Lina Petrova will speak. Petrova is new.\n\n“We are ready,” Petrova said.")
    assert speech(text) == [("Lina Petrova", "said")]


def test_name_after_said_with_a_verb_is_no_attribution():
    # 'said Vantex was ahead': Vantex is what is said about, not a speaker; it stays an organisation and
    # 'he' goes to the man who spoke
    text = ("Carl Moss, an engineer, said Vantex was ahead. Moss said Vantex was fast. "
            "Vantex is big.\n\n“We are proud of Vantex,” he said.")
    assert speech(text) == [("Carl Moss", "said")]


def test_title_of_organisation_then_name():
    text = ("“The scheme cut crime by half,” said Deputy Director of Lakeside Transit Authority Ravi Menon "
            "at a briefing.")
    qs = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert [q["speaker"] for q in qs] == ["Ravi Menon"]
    assert qs[0]["speaker_role"] == "Deputy Director of Lakeside Transit Authority"
    # the same, introduced outside a quotation and picked up by a pronoun later
    text = ("On Monday, Chief Financial Officer of Northgate Water Board Helen Price Adams presented the "
            "accounts.\n\n“The board is in good health,” she said.")
    assert speech(text) == [("Helen Price Adams", "said")]


def test_name_of_organisation_after_cue_keeps_the_plain_name_as_written():
    (q,) = find_quote_spans("“Prices will fall,” said Tom Reyes of Bayline Foods.")
    assert (q["speaker"], q["speaker_as_written"]) == ("Tom Reyes", "Tom Reyes")


def test_junior_suffix_is_part_of_the_canonical_name():
    text = ("Robert K. Lane, Jr., a banker, spoke first.\n\n“Rates will rise”, Lane said.")
    assert speech(text) == [("Robert K. Lane, Jr.", "said")]


def test_capitalised_cue_word_is_not_part_of_a_name():
    text = ("“Will it rain”?? Asked Mrs. Nora Hale of the forecaster.\n\n“I think not”, she said.")
    assert [s for s, _ in speech(text)] == ["Nora Hale", "Nora Hale"]


def test_pronoun_goes_to_the_subject_not_to_a_name_in_a_prepositional_phrase():
    # 'with Gen. Moreau' and 'Nolan's contract' are no antecedents of the next 'he'
    text = ("Director Paul Tamm said that because of Nolan's long service the office needs him. "
            "Tamm met with Gen. Moreau last week.\n\n“We cannot lose him now”, he said.")
    assert speech(text) == [("Paul Tamm", "said")]
    # an apposition after 'joined by' is no antecedent either: 'she' is the asker named before
    text = ("“Is the budget final”?? Asked Mrs. Carla Reyes of the treasurer.\n\n"
            "The mayor praised Mrs. Reyes, later joined by the board's vice-chairman, Mrs. Ida Stone, "
            "at the meeting.\n\n“I am not convinced”, she said.")
    assert [s for s, _ in speech(text)] == ["Carla Reyes", "Carla Reyes"]


def test_pronoun_after_introductory_participle_clause():
    # 'When asked, Harbour Master Olaf Berg confirmed ...': Berg is the subject, despite 'asked,' before him
    text = ("The port reopened on Friday, Mayor Kim Lee said. When asked, Port Director Olaf Berg confirmed "
            "the figure given by the Mayor Kim Lee. “Ships are back.” “We expect more next week,” he said.")
    assert speech(text) == [("Olaf Berg", None), ("Olaf Berg", "said")]


def test_unattributed_quotation_takes_the_speaker_of_the_next_one():
    text = "Ruth Ames spoke last. “The bridge is safe.” “We checked every bolt,” she said."
    qs = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert [(q["speaker"], q["speaker_reason"]) for q in qs] == [
        ("Ruth Ames", "attributed after the next quotation"), ("Ruth Ames", "pronoun resolved")]
    # words between the two quotations: no such inheritance
    text = "Ruth Ames spoke last. “The bridge is safe.” Then came the vote. “We checked every bolt,” she said."
    assert speech(text)[0] == (None, None)


def test_cue_joined_by_and_takes_the_subject_of_the_clause():
    text = "On Friday Jon Hale phoned Mary Cole from the airport and whispered, “Come home before dark”."
    assert speech(text) == [("Jon Hale", "whispered")]
    text = ("Ken Ito, an economist, spoke at noon.\n\nHe called the tariff plan a disgrace, and noted that in trade "
            "“nobody wins a war of this kind”.")
    assert speech(text) == [("Ken Ito", "noted")]
    text = "One of the young players sighed and remarked, “Wish I could play like that.”"
    # (round 40: a partitive with no group introduced before is one member of its own noun phrase, in the singular)
    assert speech(text) == [("young player", "remarked")]


def test_description_after_cue_followed_by_the_name():
    text = ("“The cameras record every face in the square,” said Norway’s former commissioner for data "
            "protection, Ola Nordvik.")
    assert speech(text) == [("Ola Nordvik", "said")]


def test_apposition_with_commas_of_its_own():
    text = ("“Growth will return by autumn”, Ruth K. Ellis, economist of First Lake Bank, Denver, predicted "
            "on Tuesday.")
    assert speech(text) == [("Ruth K. Ellis", "predicted")]


def test_interrupted_quotation_second_part_keeps_the_speaker():
    text = "“We lost the map”, admitted Clara Voss with a shrug, “but we found the river anyway”."
    assert speech(text) == [("Clara Voss", "admitted"), ("Clara Voss", None)]
    # a new sentence between the parts is no interruption
    text = "“We lost the map”, admitted Clara Voss. The guide left. And then, “but the river was gone”."
    assert [s for s, _ in speech(text)] == ["Clara Voss"]


def test_partial_quotation_attributed_at_the_end_of_its_sentence():
    text = ("Night flights by “pilots with too little rest” put passengers at risk, Omar Said, president of "
            "the Pilots Union, said today.")
    assert speech(text) == [("Omar Said", "said")]
    text = "Costs for “a bridge nobody asked for” will double, said the auditor, Jane Pike."
    assert speech(text)[0][1] == "said"
    # another quotation before the attribution takes it: the first partial quotation is not attributed
    text = "The “new deal” failed, and “We told them so,” Pike said."
    assert [q["kind"] for q in find_quote_spans(text)][0] == "mention"


def test_quoted_as_saying_and_in_the_words_of():
    text = "The paper quoted Dan Ruiz as saying:\n\n“I cannot run any more. My legs are gone.”"
    assert speech(text) == [("Dan Ruiz", "quoted")]
    text = "The team, in the words of Coach Amy Hart, “played like a family all season”."
    assert speech(text) == [("Amy Hart", "in the words of")]


def test_quotation_paragraph_after_a_long_sentence_of_indirect_speech():
    # the attribution starts the previous paragraph's last sentence, more than 160 characters before its end
    text = ("Maya Lind, a planner, spoke first.\n\nLind said the city council was now putting the new bus lines, "
            "the tram extension and the bicycle network together into one plan that would cover every district "
            "by the end of the decade.\n\n“All of it, from the first stop to the last, in one timetable.”")
    assert speech(text) == [("Maya Lind", "said")]


def test_parenthetical_attribution_and_the_fuller_organisation_name():
    text = ("The National Housing Board met on Monday. The cause, says the Housing Board, is that builders "
            "“are mostly among the more cautious firms”.")
    assert speech(text) == [("National Housing Board", "says")]


def test_role_before_the_name_and_a_comma_resolves_a_later_description():
    text = ("Northwind Systems’ CTO, Lena Brook, told reporters the plan was ready.\n\n"
            "“It is the fastest network we have built,” the CTO said.")
    qs = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert [(q["speaker"], q["speaker_reason"]) for q in qs] == [
        ("Lena Brook", "description resolved to a person named before")]
    assert qs[0]["speaker_role"] == "Northwind Systems’ CTO"


def test_interjection_before_the_subject_of_an_and_cue():
    text = "Phew But on the last day Johnny Marr rang Eva Long and muttered, “See you in Rome”!"
    assert speech(text) == [("Johnny Marr", "muttered")]


def test_told_outlet_the_listener_is_no_speaker():
    # 'told Reuters:' names who was told; the speaker is the subject before the verb
    assert speech("Ivan Petrov told Reuters: “We will appeal the ruling.”") == [("Ivan Petrov", "told")]
    assert speech("“We will appeal,” Ivan Petrov told Reuters.") == [("Ivan Petrov", "told")]


def test_company_abbreviation_and_statement_channel():
    qs = [q for q in find_quote_spans("“We regret the outage,” Brightline Corp. said in a statement.")]
    assert [(q["speaker"], q["channel"]) for q in qs] == [("Brightline Corp.", "statement")]
    text = "Brightline Corp. issued the following statement:\n\n“We regret the outage and apologise to everyone.”"
    assert [(q["speaker"], q["channel"]) for q in find_quote_spans(text)] == [("Brightline Corp.", "statement")]


def test_lower_case_role_between_organisation_and_name():
    assert speech("“Nobody was hurt,” said fire brigade spokesman Tom Hale, who was at the scene.") == [
        ("Tom Hale", "said")]
    (q,) = find_quote_spans("“It was a mistake,” Brightline spokesperson Li Wen said in an email.")
    assert (q["speaker"], q["channel"]) == ("Li Wen", "email")


def test_participle_cue_takes_the_subject_of_the_clause():
    text = "The Appeals Court dismissed the claim, commenting: “It is not our task to judge the deal.”"
    assert speech(text) == [("Appeals Court", "commenting")]


def test_sentence_ending_in_a_colon_introduces_its_subject():
    text = ("Hardware dealer Sam Ortega leans on the counter and describes the season: “We sold more stoves in "
            "October than in all of last winter.”")
    assert speech(text) == [("Sam Ortega", ":")]
    text = "The Ledger's critic Rosa Lind summed it up neatly:\n\n“A long film, and a brave one.”"
    assert speech(text) == [("Rosa Lind", ":")]
    # a determiner phrase before the colon is no speaker
    text = "The question might well be asked: “Who pays for all of this in the end?”"
    assert speech(text) == [(None, None)]


def test_who_cue_after_the_speaker():
    text = "The strike was condemned by the mill owners, who declared: “No union will run this mill.”"
    assert speech(text) == [("the mill owners", "declared")]


def test_more_cue_verbs():
    text = "Mrs. Irma Tate spoke of her youth. “I bought my first coat in Paris”, she reminisces."
    assert speech(text) == [("Irma Tate", "reminisces")]


def test_names_of_things_are_not_people_and_colon_needs_a_subject():
    # 'the Truman Doctrine' is not the fuller name of 'Truman', and a name after a preposition before a
    # colon does not speak
    text = ("President Truman spoke of the Truman Doctrine.\n\nPresident Truman said on that occasion: "
            "“The war has left many parts of the world in need.”")
    assert speech(text) == [("Truman", "said")]
    text = "It is the purpose set forth in Article 55 of the Charter: “higher standards of living for all peoples”."
    assert [q["speaker"] for q in find_quote_spans(text)] == [None]


# ------------------------------------------------------------------ rules written from half B's failures
def test_title_noun_before_a_lowercase_quotation_is_no_title():
    # 'conference' right before a quotation names a title only when the quotation starts like one
    text = "Officials told the intentions conference “are generally good but the money is short,” Rosa Wendt said."
    qs = find_quote_spans(text)
    assert [(q["kind"], q["speaker"]) for q in qs] == [("speech", "Rosa Wendt")]
    text = "She spoke at the conference “Cities of Tomorrow” in Lyon."
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention"]


def test_coordinated_quotations_share_the_attribution():
    text = ("The audit, Karl Weiss added, had caused “petty quarrels” and “long personal feuds” among the "
            "clerks.")
    qs = find_quote_spans(text)
    assert [(q["kind"], q["speaker"]) for q in qs] == [("speech", "Karl Weiss"), ("speech", "Karl Weiss")]
    # titles named by a cue stay mentions
    text = "The museum shows the films called “Red Harbour” and “Grey Dawn” this week."
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention", "mention"]


def test_attribution_inside_an_unclosed_quotation():
    # the closing mark after 'again,' is lost: the quotation runs to the paragraph end with its attribution
    text = "The school raised money.\n\n“We are proud of the pupils and we will do it again, Nora Pike said.\n\nMore news."
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["cue"]) == ("Nora Pike", "said")
    assert q["speaker_reason"] == "attribution inside an unclosed quotation"
    # a quoted sentence that merely contains a verb of saying is not attributed to its subject
    text = "Intro.\n\n“We asked for help and nobody said a word about it in the whole town\n\nMore."
    assert find_quote_spans(text)[0]["speaker"] is None


def test_quotation_lead_attributed_by_the_next_paragraph():
    text = ("“If the bridge closes, the whole valley waits for hours every morning.”\n"
            "Oskar Brandt (not his real name), a baker from Linz, complained to his customers as the queue grew.\n"
            "The council meets on Monday.")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["cue"]) == ("Oskar Brandt", "complained")
    # a next paragraph about something else gives no speaker
    text = ("“If the bridge closes, the whole valley waits for hours every morning.”\n"
            "The bridge was built in 1911 and repaired twice.")
    assert find_quote_spans(text)[0]["speaker"] is None


def test_colon_introduction_in_a_long_sentence_and_reckon_as_cue():
    text = ("Lena Holm reckons that the usual case is that the towns run several systems bought from different "
            "firms over many years, each with its own closed interfaces and contracts that nobody reads: “To "
            "join them, towns pay for the same work again and again.”")
    assert speech(text) == [("Lena Holm", ":")]


def test_description_running_into_the_name_after_an_organisation():
    text = ("Acme built the network. Acme also runs it.\n\n“We study the grid first and then design the system,” "
            "said the head of the new projects division of Acme Ivo Sander.")
    q = [q for q in find_quote_spans(text) if q["kind"] == "speech"][0]
    assert q["speaker"] == "Ivo Sander"


def test_document_described_by_nationality_and_the_statement_that_goes_on():
    text = ("“The ship will serve for thirty years”, a Dutch naval announcement said at the launch in Norway. "
            "It was cold.\n\n“Her engines are new”, the statement went on.")
    qs = [q for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert [q["speaker"] for q in qs] == ["Dutch naval announcement", "Dutch naval announcement"]
    assert qs[1]["speaker_reason"] == "the document quoted before"


def test_first_name_that_is_also_a_role_word_and_trailing_day():
    text = ("The shares sold fast, Acme partner Dean Coles believes.\n\n“The stock will do well”, he said.")
    assert speech(text) == [("Dean Coles", "said")]
    text = ("A statement released by the tenants' union Friday said that “rents must fall before the winter "
            "comes”.")
    assert [q["speaker_as_written"] for q in find_quote_spans(text)] == ["the tenants' union"]


# ------------------------------------------------------------------------------------------ round 3 (from part C)
def quotes_of(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_description_by_head_noun_resolves_to_the_organisation_named_before():
    # 'the board' / 'the panel's report' after the body was named in full: one speaker, one name
    text = ("The Harbor County Review Board said Monday that the new tunnel was “badly planned from the "
            "start”.\n\n“Costs were never checked”, the board said.\n\n"
            "The only fix “is to start the tender again”, the board's resolution said.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got[1] == ("Harbor County Review Board", "description resolved to an organisation named before")
    assert got[2][0] == "Harbor County Review Board"
    # an adverb a greedy subject took in is cut off ('The board further said')
    text = ("The Harbor County Review Board met on Monday.\n\nThe board further said that the tunnel "
            "“will never carry the traffic it was built for”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Harbor County Review Board"]
    # a head noun that names no body ('the American') never becomes an organisation
    text = ("The American Rail Company opened a line.\n\n“We came for the hills”, the American said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["the American"]


def test_surname_with_an_office_title_is_not_the_woman_of_that_surname():
    # First Lady Ana Brandt is named first; 'Governor Brandt' is her husband, and 'He' is him, not her
    text = ("First Lady Ana Brandt opened the fair on Sunday with her children.\n\n"
            "“We are proud of every county”, Governor Brandt said after a short walk.\n\n"
            "He added, “The harvest was the best in ten years”.")
    got = [q["speaker"] for q in quotes_of(text)]
    assert got == ["Brandt", "Brandt"]
    # her own office keeps her: 'Mayor Brandt' after 'Mayor Ana Brandt' is the same woman
    text = ("Mayor Ana Brandt opened the fair.\n\n“We are proud of every county”, Mayor Brandt said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ana Brandt"]


def test_given_name_after_an_office_of_state_starts_the_name():
    # 'Secretary of State John Foster Ellis': the name is the given name and what follows
    text = ("The late Secretary of State John Foster Ellis began the talks.\n\n"
            "“Nothing is lost yet”, he said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["John Foster Ellis"]


def test_elegant_variation_is_the_person_quoted_last():
    text = ("“Mostly bread and soup”, says Karl Obst, who runs the kitchen.\n\n"
            "“Nobody asks for cabbage”, says the white-haired food expert.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got[1] == ("Karl Obst", "description of the person quoted last")
    # without a mark of variation a description may be someone new and stays as written
    text = ("“Mostly bread and soup”, says Karl Obst, who runs the kitchen.\n\n"
            "“Nobody asks for cabbage”, says the food expert.")
    assert [q["speaker"] for q in quotes_of(text)][1] == "the food expert"


def test_relative_clause_of_saying_and_more_verbs_of_saying():
    text = ("The charges were dropped by Judge Lena M. Voss, who charged that the police had acted "
            "“by unfair and illegal means”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Lena M. Voss"]
    text = "Paul Dorn remarks that the builders are “all the same”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Paul Dorn"]


def test_two_word_partial_quotation_inside_indirect_speech():
    # the quoted words go on into the clause (a conjunction or preposition follows): the speaker's words
    text = "Ann Kerr argued that the plan is “probably unlawful” since it breaks the lease."
    assert [q["speaker"] for q in quotes_of(text)] == ["Ann Kerr"]
    text = "The Tide County Audit Board said Friday the review found “no fraud” that it could prove."
    assert [q["speaker"] for q in quotes_of(text)] == ["Tide County Audit Board"]
    # a term in scare quotes after an article, or before a noun, stays a mention
    text = "Ann Kerr said the “smart city” plan would start in May."
    assert quotes_of(text) == []
    text = "Ann Kerr said that the “smart city” will cost more."
    assert quotes_of(text) == []


def test_object_of_a_participle_or_preposition_is_no_speaker():
    # 'the guest from the hotel' is the object of 'driving', not the one who remarks
    text = "The driver taking the guest from the hotel remarks that the roads are “worse than ever”."
    assert all(q["speaker"] != "the guest from the hotel" for q in find_quote_spans(text))
    # the same phrase as the subject speaks
    text = "The guest from the hotel remarks that the roads are “worse than ever”."
    assert [q["speaker"] for q in quotes_of(text)] == ["The guest from the hotel"]


def test_cue_joined_by_and_inside_the_sentence_takes_the_subject():
    text = ("Lund attacked the tax plan on Monday and said the city council “must share the blame for "
            "this”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Lund"]


def test_kind_of_organisation_refers_to_the_organisation_in_focus():
    # 'the company' after Vexo was quoted (no 'Company' in its name), 'the group' after a named body
    text = ("“We will build the plant”, Vexo said in a statement on Monday.\n\n"
            "“It will open in 2030”, the company said.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got[1] == ("Vexo", "description resolved to an organisation named before")
    text = ("Members of the Larch Tenants Union met on Friday.\n\n"
            "“Rents must be frozen”, the group said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Larch Tenants Union"]
    # no organisation near: the description stays as written
    text = "“Prices will rise”, the company said."
    assert [q["speaker"] for q in quotes_of(text)] == ["the company"]


def test_pronoun_of_a_main_clause_after_a_subordinate_clause_with_a_name():
    text = ("Coach Dan Reyes praised the team. Kicker Tom Falk said little.\n\n"
            "Last week, when Reyes was told of the record, he said: “That won't last long”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Dan Reyes"]
    # the name as the object of the subordinate clause is no antecedent
    text = ("Coach Dan Reyes praised the team.\n\n"
            "After the league fined Tom Falk, he said: “That was fair”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Dan Reyes"]


def test_month_word_after_a_given_name_is_a_surname():
    text = "Prime Minister Theresa Maple met Brian May in London.\n\n“We will not give in,” said Brian May."
    assert [q["speaker"] for q in quotes_of(text)] == ["Brian May"]
    # a month after a name that is no given name is a date, as before
    text = "“We will not give in,” said Stram May 3."
    assert [q["speaker"] for q in quotes_of(text)] == ["Stram"]


def test_international_given_names_mark_persons_and_their_gender():
    # 'Giorgia' and 'Olaf' are in the given-name list: two persons, and 'she' is the woman
    text = "Giorgia Vetti met Olaf Brenner on Tuesday. “We agree on migration,” she said."
    assert [q["speaker"] for q in quotes_of(text)] == ["Giorgia Vetti"]
    # names that are also places are left out of the list: 'Georgia State' is no person
    text = "Georgia State won on Friday. “We agree on migration,” she said."
    assert [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)] == [(None, "unresolved pronoun 'she'")]


def test_organisation_name_with_of_after_the_article_and_a_bare_name_as_the_company():
    text = "In a statement, the Ministry of Water said: “The dams are safe.”"
    assert [q["speaker"] for q in quotes_of(text)] == ["Ministry of Water"]
    # 'Vexo said' (no person's marks) and then 'the company said': the same speaker
    text = "Vexo said on Tuesday that it would cut prices. “We expect demand to recover,” the company said."
    assert [q["speaker"] for q in quotes_of(text)] == ["Vexo"]


def test_charged_that_reports_an_accusation_in_words():
    text = ("City Auditor Ann Roe charged Tuesday that the bids were rigged for a firm that had “an inside "
            "track” with the city.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ann Roe"]
    # 'charged with' is no saying
    text = "Ann Roe was charged with fraud after she had “an inside track” with the city."
    assert quotes_of(text) == []


def test_long_sentence_of_indirect_speech_finds_its_subject_further_back():
    text = ("Dr. Lena Marsh, superintendent, said she thought the schools were waiting for some leadership "
            "from the capital, perhaps from the national office, to make sure that whatever steps of "
            "planning they took would “be more fruitful” in the end.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Lena Marsh"]


def test_abbreviated_title_gives_the_office_a_later_description_names():
    text = ("Capt. Hugh Dorsey commanded the ship.\n\nThe officers were tired.\n\n"
            "“We sailed at dawn”, the navy captain said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Hugh Dorsey"]


def test_acronym_of_an_organisation_named_in_full_is_that_organisation():
    text = ("The World Weather Organization met in Geneva.\n\n“Summers will be hotter”, the WWO said.\n\n"
            "“Plan now”, WWO said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["World Weather Organization"] * 2


def test_news_patterns_written_for_round_three():
    # a description with an apposition before 'told reporters:'
    text = "The senator, a Democrat from Ohio, told reporters: “The bill is dead.”"
    assert [q["speaker"] for q in quotes_of(text)] == ["The senator"]
    # a bare plural with its prepositional phrase after the quotation
    text = "“We will appeal,” lawyers for the family said."
    assert [q["speaker"] for q in quotes_of(text)] == ["lawyers for the family"]
    # role, the name between commas, the cue: the name speaks the partial quotation
    text = "Vexo's chief executive, Tim Rook, said the company was “very confident”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Tim Rook"]
    # 'the Pentagon' is the organisation 'Pentagon' (no role word), 'The President' stays a description
    text = "The Pentagon said in a statement that the strike was “necessary and proportionate”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Pentagon"]
    text = "“We will act,” The President said."
    assert [q["speaker"] for q in quotes_of(text)] == ["The President"]


def test_fuller_name_written_later_takes_in_the_surname_used_before():
    # 'President Brandt' first, 'Dwight Brandt' (a given name: marks of its own) later: one person, the
    # fullest name; a later fuller name with another office ('First Lady Ana Brandt') is someone else
    text = ("President Brandt met the board.\n\n“We will act”, the President said.\n\n"
            "In 1956 the party campaigned for Dwight Brandt.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Dwight Brandt"]
    text = ("President Brandt met the board.\n\n“We will act”, President Brandt said.\n\n"
            "First Lady Ana Brandt was not there.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Brandt"]


def test_it_prefers_the_body_that_spoke_over_a_name_taken_for_an_organisation_by_repetition():
    # 'Larkin' recurs mid-sentence (Larkin voters, Larkin roads, Larkin officials) without a person's marks:
    # an organisation only by repetition; 'it' after the review board spoke is the board
    text = ("The Larkin County Review Board said Friday that the roads were “in poor repair”.\n\n"
            "Many Larkin voters agree, and most Larkin roads are old. It recommended that Larkin officials "
            "act soon.\n\n"
            "The board commented on the bridges, which it said “are well kept and follow the rules”.")
    got = [(q["speaker"], q["speaker_as_written"]) for q in quotes_of(text)]
    assert got[-1] == ("Larkin County Review Board", "it")


def test_acronym_spelled_by_a_full_name_with_lower_case_words():
    text = ("Letters were sent by the Council on Rent for Fair Housing on Monday.\n\n"
            "“We will march”, CORFH said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Council on Rent for Fair Housing"]


def test_description_subject_before_a_participle_and_a_pronoun_that_continues_it():
    text = ("Mayor Paul Ortega spoke on Monday.\n\n"
            "The bus driver taking the reporter from the station remarks that the politicians are “all the "
            "same”.\n\n“It is always the same story”, he says.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got == [("The bus driver", "description"), ("The bus driver", "pronoun resolved to a description")]
    # a person named after the description is the antecedent again
    text = ("The bus driver taking the reporter from the station remarks that the politicians are “all the "
            "same”.\n\nMayor Paul Ortega disagreed on Monday.\n\n“It is always the same story”, he says.")
    assert [q["speaker"] for q in quotes_of(text)][-1] == "Paul Ortega"


def test_apposition_with_an_apostrophe_a_document_subject_and_according_to_in_the_sentence():
    text = ("Dr. Ann Fuchs, the nation’s top flu expert, warned that the country is “not out of the "
            "woods”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ann Fuchs"]
    text = "According to the Daily Ledger, the deal is “almost done”."
    # (round 12: 'Daily' is a word of newspaper titles, so the paper is an organisation, named without its article
    # as 'the Housing Board' is 'Housing Board'; before, the description kept the article)
    assert [q["speaker"] for q in quotes_of(text)] == ["Daily Ledger"]
    text = "The report, published by Rights Watch International, said the police used “excessive force”."
    got = [(q["speaker"], q["channel"]) for q in quotes_of(text)]
    assert got == [("Rights Watch International", "report")]


def test_a_named_subject_that_calls_something_by_quoted_words_speaks_them():
    text = "Secretary-General Ana Ruiz called the attack “an outrage”."
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Ana Ruiz", "called")]
    text = "Mayor Dorn termed “extremely conservative” his estimate of the cost."
    assert [q["speaker"] for q in quotes_of(text)] == ["Dorn"]
    # a name or title, a term after an article, and 'so-called' stay mentions
    for text in ("The city launched a program called “Sharp Eyes” in 2015.",
                 "Vexo calls this a “safe city”.",
                 "The so-called “smart city” costs more."):
        assert quotes_of(text) == [], text


def test_calls_for_is_a_demand_and_a_hyphenated_office_stays_a_description():
    text = "The Constitution of Vermont is short. It calls for “a frequent recurrence to first principles”."
    assert all(q["cue"] != "calls" for q in find_quote_spans(text))
    text = "“We will act,” The Secretary-General said."
    assert [q["speaker"] for q in quotes_of(text)] == ["The Secretary-General"]


# ------------------------------------------------------------------ round 4: the last-resort sieve (_sieve)
def test_sieve_verb_after_the_quotation_outside_the_cue_lexicon():
    # frame 1: '“...”, he bayed' / '“...”, Name greeted X': a subject and a verb that reports words
    text = "Colonel Amos Reed stormed out of the hall. “Cowards”, he bellowed, “all of you”!!"
    assert [q["speaker"] for q in quotes_of(text)][:1] == ["Amos Reed"]
    text = "“Good luck with this one”, Nina Sorel greeted the new pitcher before the game."
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Nina Sorel", "greeted")]


def test_sieve_as_x_puts_it_and_a_possessive_source_make_partial_quotations_speech():
    # frames 2 and 3: 'as X puts it', 'X's claim that ...', 'in X's own words'
    text = "The agency employs clerks engaged, as Sen. Paul Adler puts it, “in work nobody needs”."
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Paul Adler", "puts it")]
    text = "Few will accept Secretary Holm's claim that the harbor is the “best defense we have”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Holm"]
    text = "The mayor is, in Governor Ruth Lane's own words, “stubborn, loud and usually right”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Ruth Lane"]


def test_sieve_passive_by_and_a_subject_with_a_verb_of_judging():
    # frame 4: 'was hailed by ..., Dr. Name, as having saved “...”'
    text = ("The treaty was hailed by a former minister, Dr. Karl Weiss, as having saved “many lives and "
            "much money”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Karl Weiss"]
    # frame 5: a subject and a verb outside the cue lexicon earlier in the sentence
    text = "Ambassador Ivo Marek deplored the delegate “whose speech sounded like a threat to us all”."
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Ivo Marek", "deplored")]


def test_sieve_leaves_terms_and_titles_alone():
    # naming cues decide first; a Title Case title and a one-word scare quote stay mentions
    for text in ("Senator Ada Frey attacked what critics call the “safe city” plan.",
                 "Ada Frey deplored the so-called “smart border” scheme.",
                 "Ada Frey praised the film “Night Train To Lisbon” last week.",
                 "Ada Frey's claim about the “deal” was odd."):
        assert quotes_of(text) == [], text


def test_sieve_sentence_before_and_a_colon_line_naming_its_source():
    # frame 6: the speaker and verb of saying are in the sentence before, in the same paragraph
    text = ("Bishop Anton Kray spoke at length. He said that the quarrels need not discourage anyone. For "
            "doubt, in his view, “would show that one placed too little trust in prayer and in the good will of "
            "one another”.")
    got = [(q["speaker"], q["speaker_reason"]) for q in find_quote_spans(text) if q["kind"] == "speech"]
    assert got == [("Anton Kray", "attributed in the sentence before")]
    # a short line ending in a colon that opens with its source, before a quoted paragraph
    text = ("Now read the replies.\n\nRadio Lisbon in Portuguese to Brazil:\n\n"
            "“The minister has shown again that the crisis is wanted by those who profit from it”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Radio Lisbon"]
    text = ("Pravda Weekly (official) in Russian, datelined Kiev:\n\n"
            "“The harvest will be the largest in ten years, and every farm has met its plan”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Pravda Weekly"]
    # a line without a source name is no attribution
    text = "Now listen closely:\n\n“The harvest will be the largest in ten years, and every farm met its plan”."
    assert [q["speaker"] for q in quotes_of(text)] == [None]
    # a verb of saying ends the head as 'said' does: the source is 'Article 1', not 'Article 1 states' (a UN
    # General Debate speech of 1961 reads out its constitution so)
    text = ("I shall read out parts of the Constitution.\n20.\tArticle 1 states, inter alia:\n"
            "\"The Federal Republic of Cameroon is formed of two territories.\"\n")
    assert [q["speaker"] for q in quotes_of(text)] == ["Article 1"]


def test_capitalised_occupation_or_heading_before_a_given_name_or_title_is_no_part_of_the_name():
    # round 4 (_description_before_name): 'Fashion Couturier Don Vale' is Don Vale, and the place written
    # alone before ('a Paris friend') is not merged into him
    text = ("Into town flew the singer and his Paris friend. Fashion Couturier Don Vale, who dresses the "
            "stars, came too.\n\n“I have two of everything”, Vale said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Don Vale"]
    text = "Saigon Visit Gen. Ross Tyler said the army is “very much encouraged” by the news."
    assert [q["speaker"] for q in quotes_of(text)] == ["Ross Tyler"]
    # a nickname before the given name stays in the name
    text = "“It was a long round”, said Long Jim Barnes after the match."
    assert [q["speaker"] for q in quotes_of(text)] == ["Long Jim Barnes"]


def test_owner_of_a_statement_written_with_a_heading_and_title_is_the_person():
    # the possessive owner of 'statement' is kept as an organisation by the document rules; written with a
    # heading and a title before the name, the person of that name wins
    text = ("Army chief Gen. Ross Tyler arrived on Monday. Saigon Visit Gen. Ross Tyler's statement that he "
            "is “very much encouraged” surprised the envoys.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ross Tyler"]


def test_role_then_given_name_then_of_place_and_corps_is_an_organisation():
    # "State Party Chairman Helen Moss of Dayton" is Helen Moss (of Dayton), the antecedent of 'she'
    text = ("Gov. Karl Ruiz spoke first. But State Party Chairman Helen Moss of Dayton said no, and she was "
            "blunt. “They are asking too much”, she said.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Helen Moss"]
    # 'commandant of the Peace Corps, General Ned Hale': the Corps is a body, 'he' is Hale
    text = ("A year after he was made commandant of the Peace Corps, General Ned Hale wrote a report. Hale "
            "praised the Corps. Speaking of pride, he deplored the officer “whose shoes are never clean”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ned Hale"]


def test_pronoun_after_a_description_subject_goes_to_the_office_holder_or_the_description():
    # 'the Governor ... he' is Governor Ned Pryor, not his brother named later nor the Lieutenant Governor
    text = ("Governor Ned Pryor and Lieutenant Governor Sam Vance met on Monday. He sent his brother, "
            "Judge Carl Pryor, to the capital. All week the Governor clearly was busy; in effect, he "
            "practiced what he preached when he declared: “We shall talk with anyone who will listen”.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got == [("Ned Pryor", "pronoun resolved to a description")]
    # an unnamed office holder with an of-phrase is the speaker as described
    text = ("Mayor Tom Ellis spoke on Monday. Recently the secretary of the Farmers Union of Ohio was "
            "interviewed on the radio. He made two points.\n\nHe said, “Let us work for peace first”.")
    assert [q["speaker"] for q in quotes_of(text)] == ["secretary of the Farmers Union of Ohio"]


def test_sieve_time_phrase_after_a_named_body_and_short_partial_quotations_left_alone():
    # 'the Council of X in 1958 declared a purpose “...”': a time phrase between the subject and the verb;
    # the body keeps its full name (not its last words after 'of')
    text = ("After the strike, the Council of Harbor Masters in 1958 declared a purpose “to keep the port "
            "open to every ship that pays its dues”.")
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Council of Harbor Masters", "declared")]
    # a short partial quotation stays with the cascade's rule ('said the “smart city” plan': a term); round 7's
    # partial quotations (discourse._speech_formulas.partial_quotation_source) leave a quotation of up to
    # three words after a determiner alone too
    text = "Like most party leaders, Senator Ida Crane predicts 1964 will be a “partisan year”."
    assert quotes_of(text) == []
    # ... also after an adverb when the verb is one of the news cues ('predicts': the cascade's own short case),
    # while a verb of essays the cascade does not know gives the subject's wording (mixed quotation)
    text = "Like most party leaders, Senator Ida Crane predicts 1964 will be a truly “partisan year”."
    assert quotes_of(text) == []
    text = "Like most party leaders, Senator Ida Crane deplored that 1964 will be a truly “partisan year”."
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Ida Crane", "deplored")]


def test_young_man_varies_the_person_quoted_last_named_or_described():
    text = ("Senator Ruth Hale got a letter from a student.\n\n"
            "Life is good, the student wrote, “though the first year is hard”.\n\n"
            "“We lost our first game, 30 to 7”, the young man noted.")
    got = [(q["speaker"], q["speaker_reason"]) for q in quotes_of(text)]
    assert got == [("the student", "description"), ("the student", "description of the person quoted last")]
    text = ("“The river is rising”, said Tom Abel, a farmer.\n\n“We will stay”, the young man added.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Tom Abel", "Tom Abel"]


def test_sentence_ending_in_name_and_cue_without_an_apposition_attributes_a_partial_quotation():
    # '..., Sen. Ivo Marsh says.' closing the sentence covers the quoted words inside it (the pattern needed
    # an apposition between the name and the cue before round 4)
    text = ("The agency needs a clearer “sense of purpose” at the top and fewer, but better, clerks, Sen. Ivo "
            "Marsh says.")
    assert [(q["speaker"], q["cue"]) for q in quotes_of(text)] == [("Ivo Marsh", "says")]
    text = ("Spraying by “men with little training” harms the crops, Ann Roe, president of the Bird Society, "
            "said today.")
    assert [q["speaker"] for q in quotes_of(text)] == ["Ann Roe"]


def test_secretary_of_department_then_a_surname_is_that_surname():
    # 'Secretary of State Byrnes': the department word after 'of', then the surname (was 'State Byrnes')
    text = "“Our policy”, Secretary of State Hollis said, “is directed not against any country but against hunger”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Hollis", "Hollis"]
    text = "Secretary of War Emil Dorn said the army is “ready for every task it may be given”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Emil Dorn"]


def test_sieve_subject_is_no_phrase_with_a_participle():
    # 'the view expressed in the Committee report that ... “...”': no subject phrase for the sieve
    text = ("We share the view expressed in the Committee report that the Assembly must have a programme for "
            "“encouraging the progressive development of law”.")
    assert all(q["speaker"] != "the view expressed in the Committee" for q in find_quote_spans(text))


def test_sieve_first_look_word_set_holds_every_form_the_frames_match():
    # _SIEVE_WORDS is a cheap gate before the sieve's patterns: a form missing there would silently
    # switch a frame off
    import re

    from discourse import _quote_sieve

    def top_level(pattern: str) -> list[str]:  # the alternatives outside any group
        out, depth, cur = [], 0, ""
        for ch in pattern:
            depth += ch == "("
            depth -= ch == ")"
            if ch == "|" and depth == 0:
                out.append(cur)
                cur = ""
            else:
                cur += ch
        return [*out, cur]

    n = 0
    for alt in top_level(_quote_sieve._SIEVE_VERBS) + top_level(_quote_sieve._SIEVE_NOUNS):
        first = re.split(r"\\s\+", alt)[0]
        stem = re.match(r"[a-z]+", first).group()
        cands = {stem + suf for suf in ("", "s", "es", "ed", "d", "ged", "ing")}
        cands |= {stem[:-1] + suf for suf in ("ies", "ied") if stem.endswith("r")}  # decr(ies|ied)
        for form in cands:
            if re.fullmatch(first, form):
                assert form in _quote_sieve._SIEVE_WORDS, form
                n += 1
    assert n > 120  # the forms checked (136 when written)


# ------------------------------------------------------------------------------------------ round 5
# Rules written from the classified failures of parts D and E (bench_speakers.py --misses D / E); the
# sentences below are written for these tests.
def full(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_colon_frame_without_a_verb_of_saying_gives_the_subject():
    # Quirk et al. 1985, 14.29: a colon introduces direct speech whatever the verb of the frame
    text = ("Looking back on the long campaign, General Ana Ortiz offers a few maxims of her own:\n\n"
            "“An army that waits for perfect maps never marches.”\n\n"
            "“Supplies win more battles than speeches do.”")
    qs = full(text)
    assert [q["speaker"] for q in qs] == ["Ana Ortiz", "Ana Ortiz"]
    assert qs[0]["speaker_reason"] == "introduced by a colon"
    # the frame after a fronted participle clause; a capital that only starts the sentence is no name
    text = "Shortly after the vote, Mayor Tom Reyes had this to say: “We lost the battle, not the town.”"
    assert [q["speaker"] for q in full(text)] == ["Tom Reyes"]


def test_colon_frame_sources_in_of_phrase_relative_clause_and_what_x_has_to_say():
    text = ("The crowd ignored the warning of Senator Paul Weber of Ohio: “You will regret this vote for "
            "years to come.”")
    assert [q["speaker"] for q in full(text)] == ["Paul Weber"]
    text = "Lena Ford took the draft to Omar Haddad who said: “This is plainly the right plan for us all.”"
    assert [q["speaker"] for q in full(text)] == ["Omar Haddad"]
    text = "Listen to what Mr. Ivan Petrov has to say: “The market will not wait for the slowest country.”"
    assert [q["speaker"] for q in full(text)] == ["Ivan Petrov"]


def test_colon_frame_gives_no_speaker_without_a_subject_that_can_speak():
    # 'The question', 'Here are several', a subordinate clause with no comma: no speaker rather than a guess
    for text in ("The question might well be asked: “Who will pay for the new bridge over the river?”",
                 "Here are several of them:\n\n“Roads are cheaper than bridges in every single case.”",
                 "When Ann Cole showed the letter to Bob Lin his answer was: “Burn it before anyone reads it.”"):
        assert [q["speaker"] for q in full(text)] == [None], text


def test_quote_chain_continues_the_last_speaker_when_no_one_else_is_named():
    # Muzny et al. 2017, last sieve; the news convention of a quotation paragraph continuing the speaker
    text = ("“The river is rising faster than last year,” said Karen Holt, the county engineer.\n\n"
            "Holt's crews worked through the night, and by morning the message was short, “We have sandbags "
            "for two more days and no more than that.”")
    qs = full(text)
    assert [q["speaker"] for q in qs] == ["Karen Holt", "Karen Holt"]
    assert qs[1]["speaker_reason"] == "continues the last speaker"
    assert qs[1]["cue"] is None


def test_quote_chain_stops_where_someone_else_is_named():
    # a new name between the attributed quotation and this one may be a new speaker: none is better than
    # a wrong one
    text = ("“The river is rising faster than last year,” said Karen Holt, the county engineer.\n\n"
            "Farmer Joe Brandt worked through the night, and by morning the message was short, “We have "
            "sandbags for two more days and no more than that.”")
    assert [q["speaker"] for q in full(text)] == ["Karen Holt", None]
    # two paragraphs back is too far
    text = ("“The river is rising,” said Karen Holt.\n\nThe rain went on.\n\nThe roads closed, and by "
            "morning the message was short, “We have sandbags for two more days and no more than that.”")
    assert [q["speaker"] for q in full(text)] == ["Karen Holt", None]


def test_no_pronoun_and_no_chain_for_an_unresolved_pronoun():
    # an unresolved 'she' keeps its reason; the chain gives only a name from an attributed quotation
    text = "“I will not sign the letter,” she said. “Nor will my sister, in any case.”"
    qs = full(text)
    assert all(q["speaker"] is None for q in qs)
    assert all(q["speaker"] is None or q["speaker"].lower() not in ("he", "she", "it", "they") for q in qs)


def test_medial_reporting_clause_attributes_the_partial_quotation_of_its_sentence():
    # Quirk et al. 1985, 15.53: a comment clause inside the sentence; a place in the possessive before the
    # name, 'and' closing the clause, and a verb of thinking (Semino & Short 2004)
    text = ("The strain of the long shifts, says Chicago's Dr. Lisa Moreau, can wear down the nurses "
            "“far sooner than anyone in the ministry seems to admit”.")
    assert [q["speaker"] for q in full(text)] == ["Lisa Moreau"]
    text = ("Builders are cutting corners, says Mr. Hal Ruiz and they do it because the rules give them "
            "“a thousand small excuses”.")
    assert [q["speaker"] for q in full(text)] == ["Hal Ruiz"]
    text = "The governor, Mr. Dan Okafor believes, “had lost the trust of every mayor in the state”."
    assert [q["speaker"] for q in full(text)] == ["Dan Okafor"]


def test_fronted_participle_clause_and_sentence_initial_adverb_are_no_name():
    # 'Sniffing its ...': a participle clause, and 'its' is no verb; the subject follows the comma
    text = ("Mr. Tom Vance stooped over the bed. Sniffing the fresh soil and letting it fall, he pointed to the "
            "road and said, “This field used to be as hard as that road over there.”")
    assert [q["speaker"] for q in full(text)] == ["Tom Vance"]
    # 'Affirmatively Baker': an adverb from an adjective that opens the sentence is no part of the name
    text = ("Secretary Ruth Baker wrote the plan. Affirmatively Baker argued that “young people prefer decent "
            "work to idleness when they are given the chance”. Baker won.")
    assert {q["speaker"] for q in full(text)} == {"Ruth Baker"}


def test_capitalised_occupation_before_a_name_is_a_role():
    # agent-noun suffixes -ist, -ician, -ographer (Quirk et al. 1985, App. I.34): 'Physiologist' is a role
    text = ("The laboratory's Physiologist Ida Strand, 57, runs the study. Physiologist Strand is blunt. "
            "Says Strand: “Most diets fail in the second week.”")
    qs = full(text)
    assert [q["speaker"] for q in qs] == ["Ida Strand"]


def test_punctuation_outside_the_marks_ends_the_quoted_sentence():
    # Brown and typewriter convention: “...”. -- the full stop outside the marks makes it a sentence
    text = "“Sounds exactly like the last storm”. The old farmer spoke slowly."
    assert [q["kind"] for q in find_quote_spans(text)] == ["speech"]
    # a title in Title Case stays a mention
    text = "They sang “Down By The Riverside Again”."
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention"]


def test_a_long_quotation_is_speech_whatever_its_first_and_last_words():
    text = ("The board issued “an emphatic warning against the careless use of public land, together with the "
            "grave dangers thereby incurred to the farms and the towns around them”.")
    assert [q["kind"] for q in find_quote_spans(text)] == ["speech"]
    # a short lower-case term stays a mention
    text = "The board spoke of “public land” twice."
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention"]


def test_pronoun_after_a_person_described_by_a_common_noun_is_that_person():
    # centering (Grosz, Joshi & Weinstein 1995): the pronoun continues the subject of the sentence before
    text = ("Dr. Paul Grant left the station at noon. Later a woman with a small dog walked up to the desk. "
            "“Is the last train gone”, she asked, “or is there still time?”")
    assert full(text)[0]["speaker"] == "woman"
    assert full(text)[0]["speaker_reason"] == "pronoun resolved to a description"
    # the noun's gender must agree, and a named person mentioned after the description wins
    text = ("Later a woman with a small dog walked up to the desk. Dr. Paul Grant looked up. "
            "“The last train is gone”, he said.")
    assert full(text)[0]["speaker"] == "Paul Grant"
    text = "A woman walked up to the desk. “The last train is gone”, he said."
    assert full(text)[0]["speaker"] is None


def test_a_body_introduced_as_part_of_a_named_organisation_speaks_for_it():
    # the labels' convention (an organisation for its bodies and documents); 'conference' is a body word
    text = ("In May a committee of the World Council of Rivers approved the plan. “The dams must go”, the "
            "committee declared.")
    assert full(text)[0]["speaker"] == "World Council of Rivers"
    text = "The Harbin Conference met in June. The Conference declared: “Rivers belong to everyone.”"
    assert full(text)[0]["speaker"] == "Harbin Conference"
    # a committee never introduced as part of an organisation stays a description
    text = "“The dams must go”, the committee declared."
    assert full(text)[0]["speaker"] == "the committee"


def test_dummy_it_of_an_extraposed_clause_is_no_speaker():
    # Quirk et al. 1985, 18.33: 'It is ... to say' has a dummy subject; the magazine named before is not
    # the speaker (part D gave such a quotation to the magazine)
    text = ("Ann Roe wrote in the Review. It is plain folly to say, “The old translation is a perilous thing "
            "to touch at all”.")
    qs = full(text)
    assert [q["speaker"] for q in qs] == [None]
    # a real 'it' still resolves to the organisation
    text = "The Acme Company issued a report. It said, “We will close the plant in May.”"
    assert full(text)[0]["speaker"] == "Acme Company"


def test_last_reporting_clause_before_the_colon_has_its_own_subject():
    # the reporting clause next to the colon ('and one official said:') names the source, not the first
    # name of the sentence
    text = ("Through Ann Ladd, Mr. Paul Kerr sent a message to the capital;; and one U.S. official said: “The "
            "key question now is which side picks up the phone first”.")
    # (round 12: the description keeps its 'one', as 'one official said' always did; the initials' full stops had
    # cut it to 'U.S. official' before)
    assert full(text)[0]["speaker"] == "one U.S. official"


# ------------------------------------------------------------------------------------------ round 6 (from part H)
# Rules written from the classified failures of development part H (UN General Debate speeches, Brown
# religion, learned and belles-lettres texts: bench_speakers.py --misses H), discourse/_speech_formulas.py;
# every sentence below is written for these tests.
def bare(speaker: str | None) -> str | None:
    """The speaker without a leading article: a description keeps it ('the Secretary-General'), the labels'
    comparison (bench_speakers.norm_speaker) drops it."""
    return speaker[4:] if speaker and speaker[:4].lower() == "the " else speaker


def test_formula_in_the_words_of_and_to_quote_name_whose_words_follow():
    text = "In the words of the Secretary-General, “the oceans are rising faster than our resolve.”"
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"
    # the formula at the end of the paragraph before a block quotation
    text = "Our path was never easy. To quote Helga Brandt:\n\n“A small country must be patient and loud.”"
    assert bare(full(text)[0]["speaker"]) == "Helga Brandt"
    text = "Let us quote once more from Omar Reyes: “Harvests fail where roads are never built.”"
    assert bare(full(text)[0]["speaker"]) == "Omar Reyes"


def test_formula_as_x_said_and_its_passive_name_the_speaker():
    text = ("As the Prime Minister of Norway rightly observed in her address, “no nation can fish its way out of "
            "a warming sea”.")
    assert bare(full(text)[0]["speaker"]) == "Prime Minister of Norway"
    text = "As was stated by Ana Lima in her speech to the congress: “We will not sign an unfair treaty.”"
    assert bare(full(text)[0]["speaker"]) == "Ana Lima"
    # the addressee of the speech speaks when named by the vocative
    text = ("As you, Mr. President, so aptly put it in your opening statement, “peace is a daily labour, not a "
            "single signature”.")
    assert bare(full(text)[0]["speaker"]) == "President"
    text = "As you yourself said in your opening address, Mr. President: “Debt is the silent war of our time.”"
    assert bare(full(text)[0]["speaker"]) == "President"
    # 'as' inside a clause is a preposition: 'in his capacity as Chairman ...' does not speak
    text = ("The delegate of Peru, then in his capacity as Chairman of the River Board, said: “We have waited "
            "ten years for this dam.”")
    assert bare(full(text)[0]["speaker"]) != "Chairman of the River Board"


def test_catenative_verb_before_a_reporting_infinitive_and_nouns_of_saying_with_their_owner():
    text = ("As our Head of State has already had occasion to state to the visiting envoy in April: “We will "
            "keep our ports open to every flag.”")
    assert bare(full(text)[0]["speaker"]) == "Head of State"
    text = ("Their spokesman, the Minister of Mines, had the nerve to declare on 3 May last: “The miners are "
            "paid more than they deserve.”")
    assert bare(full(text)[0]["speaker"]) == "Minister of Mines"
    text = ("My Government endorses the conclusion of the Lima Conference of Coastal States that “fishing "
            "rights must follow the needs of coastal peoples”.")
    assert "Lima Conference" in full(text)[0]["speaker"]
    text = "Our century has made an axiom of Seneca's maxim: “We suffer more in imagination than in reality.”"
    assert full(text)[0]["speaker"] == "Seneca"
    text = ("We agree with Mr. Ivo Kral's ideas, as expressed in his last report (A/99/1):\n\n“The Secretariat "
            "serves all Members or it serves none.”")
    assert full(text)[0]["speaker"] == "Ivo Kral"


def test_a_formula_never_takes_a_capitalised_preposition_or_possessive_for_a_speaker():
    # the catenative formula ('X ... ought to say') would read a sentence-initial 'In' as the name before
    # the verb phrase; a preposition, subordinator or possessive opens no noun phrase that names a speaker
    from discourse._speech_formulas import formula_before
    for before in ("In our view nobody ought to say, ", "For that reason we need to say: ",
                   "His delegation has had occasion to state: ", "When the time comes to declare: "):
        found = formula_before(before)
        assert found is None or found[0].split()[0] not in ("In", "For", "His", "When"), (before, found)
    text = ("In our view nobody ought to say, “We rule out every method”, and nobody ought to insist on one.")
    assert full(text)[0]["speaker"] != "In"
    # a name after such a word still speaks
    assert bare(formula_before("As the Prime Minister of Norway has had occasion to state: ")[0]) == \
        "Prime Minister of Norway"


def test_subject_and_cue_with_a_phrase_of_occasion_between_or_after():
    text = "The Secretary-General in his press conference on the eve of the session said, “the trend is bleak for the poor”."
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"
    # 'Title Name of Country': the of-phrase qualifies the office, the name is the speaker
    text = ("President Ole Berg of the Republic of Norland said in his address to the Assembly that “small "
            "states need strong rules”.")
    assert bare(full(text)[0]["speaker"]) == "Ole Berg"
    text = ("The Secretary-General rightly observes in his report on the work of the Organization:\n\n“Poverty "
            "remains the first threat to peace.”")
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"


def test_pronoun_refers_to_an_office_named_by_its_title_in_the_sentences_before():
    # the name table links pronouns to named persons only: 'he' would be Tomas Varga, named two sentences
    # back, while the Secretary-General is the nearer antecedent (Quirk et al. 1985, 6.17)
    text = ("Tomas Varga opened the debate. “We meet in hard times,” Varga said. The hall was full. Our "
            "delegation shares the view "
            "expressed by the Secretary-General in the introduction to his report, when he said: “The year "
            "brought more disappointment than progress.”")
    assert [bare(q["speaker"]) for q in full(text)] == ["Tomas Varga", "Secretary-General"]
    # a body and 'it'
    text = ("Lena Holm chaired the hearing. We agree with the conclusions of the Sub-Committee on Fisheries "
            "when, in its report of 1961, it said: “What is needed is patience and better nets.”")
    assert bare(full(text)[0]["speaker"]) == "Sub-Committee on Fisheries"
    # the text names the person with that office elsewhere ('the ... Foreign Minister, Mr. Lars Holt,'): the
    # office is that person, and the name stays
    text = ("In May the Danish Foreign Minister, Mr. Lars Holt, spoke at length. The delegates listened. Later "
            "the hall emptied. The speech of the Danish Foreign Minister at the close is of interest. He said: "
            "“Small states keep the rules because the rules keep them.”")
    assert full(text)[0]["speaker"] == "Lars Holt"
    # the person the pronoun resolves to is as near: no change
    text = ("The Secretary-General met Mr. Karl Dorn, who spoke next. Mr. Dorn was brief. He said: “We will "
            "pay our share.”")
    assert bare(full(text)[0]["speaker"]) == "Karl Dorn"


def test_office_title_has_one_canonical_form():
    from discourse._speech_formulas import office_name

    # the United Nations' own spelling (Charter, Chapter XV); line breaks and OCR give the others
    assert office_name("Secretary- General") == office_name("Secretary General") == "Secretary-General"
    assert office_name("SecretaryGeneral") == "Secretary-General"
    # a possessive determiner is no part of the name, as a leading article is not
    assert office_name("our Prime Minister") == "Prime Minister"
    assert office_name("Mary Secretary") == "Mary Secretary" and office_name(None) is None
    text = "The Secretary General stated in his report: “The Organization cannot live on promises.”"
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"


# ------------------------------------------------------------------------------------------ round 7 (from G and H)
# Rules written from the classified failures of parts G and H (bench_speakers.py --misses G / --misses H;
# G became development data in this round); every sentence below is written for these tests.
def test_name_table_a_capitalised_preposition_or_subordinator_opens_no_name():
    # Quirk et al. 1985, 9.7 and 14.12: 'Although' and 'Like' introduce a clause or a complement
    text = ("Nobody trusted the gardener, said Mertens. Although Mertens doubted the story, he kept silent. He "
            "wrote: “The gardener cannot have been in the house that morning.”")
    assert full(text)[0]["speaker"] == "Mertens"
    text = ("The abbot spoke last. Like Haldane, he mistrusted the bishops. He complained: “The bishops have "
            "dared to ignore the letters of the chapter.”")
    assert full(text)[0]["speaker"] not in ("Like Haldane", "Haldane")


def test_name_table_two_coordinated_names_written_side_by_side_stay_two():
    # a heading run into its paragraph: 'Hume and Kant Hume and Kant agree ...' gave the run 'Kant Hume'
    text = ("Hume and Kant Hume and Kant agree on little. Kant wrote long books, Hume short ones. Hume "
            "says that all “ideas are copies of impressions, and nothing more than that”.")
    assert full(text)[0]["speaker"] == "Hume"
    from discourse._speakers import _two_names_run_together

    # not coordinated anywhere: 'Arnold Palmer' stays one name (the fuller name of a later 'Arnold')
    assert not _two_names_run_together("Arnold Palmer won. Arnold smiled. Palmer left.", ["Arnold", "Palmer"])
    assert _two_names_run_together("Kant and Hume met. Hume left.", ["Hume", "Kant"])


def test_name_table_body_named_with_on_keeps_its_whole_name():
    text = ("Our Government fully endorses the conclusion of the Lusaka Conference on Landlocked States that "
            "\"transit rights are a condition of development for every inland nation\".")
    assert bare(full(text)[0]["speaker"]) == "Lusaka Conference on Landlocked States"


def test_name_table_portfolio_and_country_are_no_persons():
    # 'Minister of Foreign Affairs' gave the person 'Foreign Affairs'; a country is no 'he'
    text = ("Mr. Lu Ping, Minister of Foreign Affairs, made a statement in May. He said: \"Our ports are open "
            "to every ship that comes in peace.\"")
    assert full(text)[0]["speaker"] == "Lu Ping"
    from discourse._speakers import _Speakers

    t = "Norway believes in the rule of law. Norway has always said so. Central America has spoken too."
    table = _Speakers(t, [])
    assert "Norway" not in table.persons and "Norway" in table.orgs
    assert "Central America" not in table.persons


def test_run_head_cache_skips_huge_keys():
    # hostile input (a long run of capitalised words) must not fill the cache: keys of more than
    # _CACHED_CHARS characters are computed without it, with the same answer
    from discourse._speakers import _CACHED_CHARS, _run_head, _Speakers

    _run_head.cache_clear()
    word = "Zq" * 60
    text = " ".join([word] * 12) + " said: “We are here.”"
    _Speakers(text, [])
    assert len(word) * 12 > _CACHED_CHARS
    assert _run_head.cache_info().currsize == 0
    assert _run_head.cache_info().maxsize <= 1 << 14
    assert _run_head.__wrapped__((word,) * 12, "") == _run_head((word,) * 12, "")


def test_description_with_an_abstract_head_names_no_speaker():
    from discourse._speakers import _description_speaker

    # abstract nouns of an argument are no sayers (Biber et al. 1999, 6.7; Halliday and Matthiessen 2004, 7.5)
    assert _description_speaker("the consequence of the plan") is None
    assert _description_speaker("this point by") is None
    assert _description_speaker("a curious analogy with the theory") is None
    # a post-modifier of occasion is cut; persons, groups, bodies and documents stay
    assert _description_speaker("The Attorney in his closing") == "The Attorney"
    assert _description_speaker("a surveillance specialist at Acme headquarters") == (
        "a surveillance specialist at Acme headquarters")
    assert _description_speaker("the taxi driver") == "the taxi driver"
    assert _description_speaker("the opposition") == "the opposition"
    # a possessive owner speaks through its document
    assert _description_speaker("the company’s own description") == "the company’s own description"
    assert _description_speaker("the administration") == "the administration"
    assert _description_speaker("secretary of the Friends Committee in Geneva") == (
        "secretary of the Friends Committee in Geneva")
    text = ("The argument is weak, and the consequence of the plan is that the farmers “will sell their land "
            "before the winter comes”.")
    assert all(q["speaker"] is None for q in full(text))


def test_description_close_apposition_gives_the_name():
    # 'the Roman poet Horace': a close apposition (Quirk et al. 1985, 17.65); the name speaks
    text = "Long ago the Roman poet Horace wrote, “Whoever has begun has half done the work”."
    assert full(text)[0]["speaker"] == "Horace"
    # a place after 'of' is no apposition: the Foreign Minister of Peru is not 'Peru'
    text = "The distinguished Foreign Minister of Peru said: “We need roads before we need rifles.”"
    assert full(text)[0]["speaker"] != "Peru"


def test_secretary_general_is_the_person_the_speech_names_in_apposition():
    from discourse._speech_formulas import named_secretary_general

    # an apposition names one person (Quirk et al. 1985, 17.65): the office and the name
    text = ("I thank Secretary-General Ama Osei for her tireless work. The Secretary-General has urged us "
            "\"to act before the next drought, not after it\".")
    assert full(text)[0]["speaker"] == "Ama Osei"
    text = ("We pay tribute to Mr. Lars Brekke, our esteemed Secretary-General. As the Secretary-General said "
            "in his report, \"the Organization is only as strong as the will of its Members\".")
    assert full(text)[0]["speaker"] == "Lars Brekke"
    # another Secretary-General (of another body), a former or an assistant one: no name for the office
    assert named_secretary_general("the Secretary-General of the League of Arab States, Mr. Tarek Nabil") is None
    assert named_secretary_general("the former Secretary-General, Mr. Ivo Tamm, wrote") is None
    assert named_secretary_general("headed by Assistant Secretary-General Rui Costa and others") is None
    # two different names: ambiguous, the office stays
    assert named_secretary_general("Secretary-General Ama Osei and Secretary-General Ivo Tamm") is None
    # named only after the quotation (in the closing thanks): the office stays as written
    text = ("The Secretary-General has urged us \"to act before the next drought, not after it\". Finally, I "
            "thank Secretary-General Ama Osei.")
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"
    # a name wrapped over a line, a possessive ending
    assert named_secretary_general("thank Secretary-General Boutros\nBoutros-Ghali for") == "Boutros Boutros-Ghali"
    assert named_secretary_general("We agree with Secretary-General Tamm’ remark") == "Tamm"


def test_partial_quotation_of_a_named_subject_in_an_essay_is_speech():
    # mixed quotation (Quirk et al. 1985, 14.29; Cappelen and Lepore 1997): the subject's own words
    text = "In her review of the opera, Clara Voss has cited the “clarity” of its second act."
    assert speech(text) == [("Clara Voss", "cited")]
    text = ("Edmund Burke dismissed the pamphlet, which sold widely, as “a heap of borrowed indignation”. "
            "Nobody answered him.")
    assert speech(text) == [("Edmund Burke", "dismissed")]
    text = "And Jonas Weller, who felt it “a plain duty to the parish”, wrote to the bishop at once."
    assert speech(text)[0][0] == "Jonas Weller"
    # a one-word quotation after 'said' and a determiner stays the reporter's scare quote; 'he' is no subject for
    # this rule. (Round 19: one word as the complement of 'described ... as' is the describer's word, as the
    # complement of 'called' has been since round 10 and 'described' joined the verbs of characterising in round 16;
    # 'Mara Quist described the plan as “bold”' had stayed a mention only because the attribution found right
    # before the quotation kept the sentence's rule from being asked)
    assert speech("Mayor Hale said the “quickie” vote would be reviewed.") == []
    assert speech("Mara Quist described the plan as “bold”.") == [("Mara Quist", "described")]
    assert speech("He believed that the farmers were “friends of the crown”.") == []
    # a day is no subject; a name after a preposition is no subject
    assert speech("The notes issued last Friday emphasized the “informal and unhurried” nature of the talks.") == []
    assert speech("Much of this comes from Hume described as “a sceptic without repose”.") == []


def test_formula_office_with_the_name_in_apposition_names_the_person():
    # the office, then the name in apposition (Quirk et al. 1985, 17.65): the name speaks
    text = 'As the leader of the Ruritanian people, Comrade Ivo Zorba, has said: "The great Powers lend only to bind."'
    assert full(text)[0]["speaker"] == "Ivo Zorba"
    text = ("Recently, at the opening of the fair in Lima, the President of the Council of State, Pedro Ruiz, "
            "affirmed:\n\"Our system is not for sale.\"")
    assert full(text)[0]["speaker"] == "Pedro Ruiz"
    text = ("Seven years later, the current Prime Minister of Ruritania, Mr. Olaf Berg, reminded the world that\n"
            "“none of the nations here will prosper if we keep abusing the seas”.")
    assert full(text)[0]["speaker"] == "Olaf Berg"


def test_formula_words_of_a_speech_by_and_the_passive_agent_name_the_speaker():
    text = ("I should like to repeat the following words from a speech by the President of Ruritania, Mr. Olaf "
            "Berg: \"We have built trust with our neighbours, stone by stone.\"")
    assert full(text)[0]["speaker"] == "Olaf Berg"
    text = ("We were reminded by the Secretary-General at the very start of our deliberations that “we are a "
            "world in pieces and we need to be a world at peace”.")
    assert bare(full(text)[0]["speaker"]) == "Secretary-General"
    text = ("As succinctly pointed out by the Director-General in her report on the work of the Agency: \"The "
            "common good depends on the reduction of poverty.\"")
    assert bare(full(text)[0]["speaker"]) == "Director-General"


def test_formula_a_bodys_document_names_the_body():
    # a proper noun premodifying a document noun names its source (Quirk et al. 1985, 17.40), as does its
    # of-phrase; the document's verb of saying or 'that' introduces its words
    text = ("The Council warned Ruritania in paragraph 2 of Security Council resolution 901 (1971) that “further "
            "incursions will not be tolerated”.")
    assert full(text)[0]["speaker"] == "Security Council"
    text = ("We may judge from the United Nations press release of 3 May, which reads: \"Forty delegations "
            "signed the final act.\"")
    assert full(text)[0]["speaker"] == "United Nations"
    text = ("They trusted the Joint Resolution of the Ruritanian Parliament, of 2 May 1899, which declared that "
            "\"the islands are, and of right ought to be, free\".")
    assert full(text)[0]["speaker"] == "Ruritanian Parliament"


def test_formula_name_with_a_parenthetical_and_a_possessive_with_a_participle():
    text = ("We are not sure of that. However, we are aware that Prime Minister Vance, addressing the Party "
            "Congress, said recently: \"We must get our priorities right.\"")
    assert full(text)[0]["speaker"] == "Vance"
    text = "Let me recall Ivo Marek’s famous words spoken in Prague in 1990:\n“Truth wins, but slowly.”"
    assert full(text)[0]["speaker"] == "Ivo Marek"
    # an inverted 'says Crossman' after the parenthetical: the name before is no subject
    text = ("Some arrive from West Germany, but the hard truth, says Crossman, is that “The city is dying on "
            "its feet and nobody in the West will say so”.")
    assert full(text)[0]["speaker"] != "West Germany"


def test_pronoun_is_never_resolved_to_a_name_it_precedes_in_its_clause():
    # binding Principle C (Chomsky 1981): in 'he wrote to his friend Ramon Ortiz', he is not Ortiz
    text = ("The poet fell in battle in May. On the eve of his death he wrote in a letter to his friend Ramon "
            "Ortiz:\n\"My duty is to prevent the empire from spreading over our lands.\"")
    q = full(text)[0]
    assert q["speaker"] is None and q["speaker_reason"] == "unresolved pronoun 'he'"
    # a name in an earlier clause (after ';') is no bar: 'she' there and the name are one
    from discourse._speech_formulas import _named_after_pronoun

    assert _named_after_pronoun("he wrote to Ramon Ortiz: ", 26, "he", "Ramon Ortiz")
    assert not _named_after_pronoun("she had said so;; and Lena Berg, who ", 38, "she", "Lena Berg")


def test_fronted_adverbial_is_no_speaker_before_appositions():
    # round 9: a subject is never the object of a preposition; 'In an interview with Reuters,' and 'On Monday,'
    # are fronted adverbials (Quirk et al. 1985, 8.15-8.18), and the name in apposition before the cue speaks
    text = ("In an interview with Reuters, Acme's vice president for public affairs, John Suffolk, said: “We have "
            "never been asked to hand over data.”")
    assert speech(text) == [("John Suffolk", "said")]
    text = "On Monday, Acme's chief executive, Tim Berg, said: “We have never been asked.”"
    assert speech(text) == [("Tim Berg", "said")]
    # the object of 'of the' and a later word of its name run are no subject either
    text = "As long ago as 1920 the founder of the Northern League, Anton Weiss, warned: “There are no shortcuts.”"
    assert speech(text) == [("Anton Weiss", "warned")]
    text = ("Standing at this rostrum, the Permanent Representative of Fiji to the United Nations, Ambassador Semi "
            "Tora, said, “We are resolved to play our part.”")
    assert full(text)[0]["speaker"] == "Semi Tora"
    # an apposition chain whose head is the subject still gives the head
    text = "Ann Roe, the head of Acme, said: “We have never been asked.”"
    assert speech(text) == [("Ann Roe", "said")]


def test_one_word_predicate_in_a_reported_clause_is_partial_speech():
    # round 9: one lower-case word as the subject complement of a clause reported by a verb of saying is the
    # speaker's own word (Quirk et al. 1985, 16.21-16.22), not a scare quote
    assert speech("Maya Lin said it was “unprecedented”.") == [("Maya Lin", "said")]
    assert speech("The European Commission said on Tuesday that the rules were “proportionate”.") == [
        ("European Commission", "said")]
    assert speech("Ruth Hale warned that such tools could be “catastrophic” for rights.") == [("Ruth Hale", "warned")]
    # a term in scare quotes is no predicate, a predicate with no verb of saying is no one's speech, and an
    # infinitive after 'to be' is no reported clause
    for text in ("Ruth Hale said the “reforms” would help.", "The system is “smart”.",
                 "Yale, which professes to be “national”, admits few.",
                 "Ruth Hale said it was “Paradise”."):
        assert speech(text) == [], text


def test_portfolio_after_an_office_is_no_person():
    # round 9: 'High Commissioner for Human Rights' names an office; 'Human Rights' is no person a later 'she'
    # could stand for
    text = ("“We are deeply concerned,” said Michelle Bachelet, the United Nations High Commissioner for Human "
            "Rights. “These technologies must not be used,” she said.")
    assert [q["speaker"] for q in full(text)] == ["Michelle Bachelet", "Michelle Bachelet"]


def test_description_head_with_a_name_in_apposition_gives_the_name():
    # round 9: 'The police commissioner, Dermot Shea, said': the units of an apposition are one person (Quirk et
    # al. 1985, 17.65-17.67); the name the text gives is the speaker, before a colon and in the sentence alike
    text = "The police commissioner, Dermot Shea, said: “The technology works.”"
    assert speech(text) == [("Dermot Shea", "said")]
    text = "The police commissioner, Dermot Shea, said the cameras were “a tool like any other”."
    assert speech(text) == [("Dermot Shea", "said")]
    # a name as the head keeps it, whatever the apposition
    text = "Dermot Shea, the police commissioner, said: “The technology works.”"
    assert speech(text) == [("Dermot Shea", "said")]


def test_description_ending_in_its_organisation_heads_an_apposition_chain():
    # round 9: 'A spokesperson for the European Commission, asked about ..., said': the organisation after 'for the'
    # is no head of its own (no preposition's object is), so the description that ends in it is
    text = ("A spokesperson for the European Commission, asked about the Belgrade project, said the bloc was "
            "\"following developments closely.\"")
    (q,) = full(text)
    # (round 17: the description, held in its organisation, as 'A spokesperson for Acme Corp' has been since round 15
    # and the labels' convention since round 12; the article before the organisation had kept the old reading)
    assert (q["speaker"], q["speaker_org"]) == ("A spokesperson for the European Commission", "European Commission")


def test_participle_of_saying_with_a_that_clause_shares_the_subject():
    # round 9: '..., said Li Wen, an analyst, adding that ... “...”': the participle's implied subject is the
    # subject of the clause it hangs on (Quirk et al. 1985, 15.58-15.59), here the inverted 'said Li Wen'
    text = ("\"The company is well placed,\" said Li Wen, an analyst at Jefferies, adding that the sanctions had "
            "\"largely been priced in.\"")
    assert speech(text) == [("Li Wen", "said"), ("Li Wen", "adding")]
    text = "Tom Ruiz criticised the plan, saying that it was \"a gift to the vendor\" and nothing more."
    assert speech(text) == [("Tom Ruiz", "saying")]


def test_subject_after_a_quotation_stops_at_the_verb_of_saying():
    # round 9: a determiner phrase holds no finite verb of saying; 'post' after 'in a blog' was taken for the cue
    for text in ("“We will not comply,” the company said in a blog post on Thursday.",
                 "The company said in a blog post on Thursday that it would “not comply.”"):
        assert [(s.lower(), c) for s, c in speech(text)] == [("the company", "said")], text


def test_naming_verb_after_a_name_with_an_apposition():
    # round 9: 'Guterres called the attack “an outrage”' with an apposition between the name and the verb
    text = "Maria Vesta, the bloc's digital chief, has called the systems “a threat to democracy.”"
    assert speech(text) == [("Maria Vesta", "called")]


def test_name_closing_an_apposition_before_a_cue_is_a_person():
    # round 9: 'Labour's shadow home secretary, Yvette Cooper, told the BBC': a name unknown to the given-name
    # lists, between commas and followed by a cue verb, is a person, so a later 'she' can find her
    text = ("Silkie Carlo said it was bad. 'This is a dangerously authoritarian tool,' she said.\n\nLabour's shadow "
            "home secretary, Yvette Cooper, told the BBC that the government had 'failed to set out clear rules'. "
            "Asked whether Labour would ban it, she said: 'We would put it on a proper legal footing.'")
    assert [q["speaker"] for q in full(text)][-1] == "Yvette Cooper"


def test_acronym_with_of_names_an_organisation():
    # round 9: 'The ACLU of Northern California said' is the chapter of the body the acronym names, not a role
    # 'ACLU of' before the person 'Northern California'; and such a name may open a role before a person's name
    text = "The ACLU of Northern California said the system would \"chill free expression\" and urged a vote."
    (q,) = full(text)
    assert (q["speaker"], q["speaker_org"]) == ("ACLU of Northern California", "ACLU of Northern California")
    text = "ACLU of Northern California attorney Matt Cagle said the plan would \"hurt families\"."
    assert speech(text) == [("Matt Cagle", "said")]


def test_role_in_title_case_participle_subject_and_described_after_has():
    # round 9: a role written in Title Case heads an apposition chain as a description does: the name speaks
    text = "Acme Vision's Chief Technology Officer, Dr. Wang Jun, added: \"AI at the edge means lower costs.\""
    assert speech(text) == [("Wang Jun", "added")]
    # a plural subject postmodified by a past participle clause (Quirk et al. 1985, 17.27-17.30)
    text = "Residents interviewed by Amnesty said they felt \"constantly watched.\""
    assert speech(text) == [("Residents", "said")]
    # 'has described ... as “...”'
    text = "The police department has described the system as \"a vital investigative tool.\""
    assert speech(text) == [("The police department", "described")]


def test_document_from_an_owner_tweeted_and_a_signature_with_a_full_stop():
    # round 9: 'a statement from the ministry' speaks as 'the ministry's statement' does: the owner, the document
    # as the channel
    text = "According to a statement from the ministry, the cameras are \"fully compliant with national law.\""
    (q,) = full(text)
    assert (q["speaker"], q["channel"]) == ("the ministry", "statement")
    # 'tweeted' reports words as 'wrote' does, for a short partial quotation too
    assert speech("Ron Wyden tweeted that the program was \"a dragnet.\"") == [("Ron Wyden", "tweeted")]
    # a dash signature may end with a full stop
    text = "Intro line.\n\"It's not about safety\" — Edward Snowden.\n"
    assert speech(text) == [("Edward Snowden", "—")]


def test_person_of_an_organisation_whose_name_holds_an_organisation_word():
    # round 9: 'Maya Wang of Human Rights Watch' is a person (a common given name, no organisation word before
    # 'of') with her organisation, though 'Watch' makes 'Human Rights Watch' an organisation; 'Wang' later is she
    text = ("Critics include Maya Wang of Human Rights Watch and Albert Cahn of S.T.O.P. \"These systems are built "
            "for control,\" Wang said.")
    (q,) = full(text)
    assert (q["speaker"], q["speaker_org"]) == ("Maya Wang", "Human Rights Watch")
    # an organisation's name with 'of' stays one ('the Bank of England said')
    assert [q["speaker"] for q in full("The Bank of England said rates were \"too low for too long.\"")] == [
        "Bank of England"]


def test_name_after_of_an_office_is_no_speaker():
    # round 10: in 'the mayor of Nairobi, Johnson Sakaja, said' the name after 'of' is inside the noun phrase
    # 'mayor' heads (Quirk et al. 1985, 17.37-17.38); it is no person a later 'he' could stand for
    text = ("Speaking to the BBC, the mayor of Nairobi, Johnson Sakaja, said the cameras had cut crime. "
            "“People feel safe again,” he said.")
    assert [q["speaker"] for q in full(text)] == ["Johnson Sakaja"]
    text = "The mayor of New York, Eric Adams, said the cameras worked. “People feel safe again,” he said."
    assert [q["speaker"] for q in full(text)] == ["Eric Adams"]
    # a Title-Case office before 'of' is part of the name's title, not a common noun
    text = "Secretary of State Antony Blinken said the talks went well. “We made progress,” he said."
    assert [q["speaker"] for q in full(text)] == ["Antony Blinken"]


def test_possessive_description_gives_way_to_the_name_in_apposition():
    # round 10: a possessive is a determiner of its noun phrase (Quirk et al. 1985, 5.115), so "Cho's
    # spokeswoman, Emily Park," is a description followed by the name, before or after the quotation
    assert speech("“We disagree with the court,” Cho's spokeswoman, Emily Park, said in a statement.") == [
        ("Emily Park", "said")]
    assert speech("“We disagree with the court,” the mayor's spokeswoman, Emily Park, said.") == [
        ("Emily Park", "said")]
    assert speech("Cho's spokeswoman, Emily Park, said the ruling was “deeply flawed and a bad precedent”.") == [
        ("Emily Park", "said")]
    # a name that heads the chain stays the speaker
    assert speech("“We disagree with the court,” Emily Park, the mayor's spokeswoman, said.") == [
        ("Emily Park", "said")]


def test_members_of_parliament_are_offices():
    # round 10: 'Labour MP Dawn Butler' - an office before the name, as 'Senator' is
    q = full("Labour MP Dawn Butler said she would act. “People are being stopped for nothing,” Ms Butler said.")
    assert [(x["speaker"], x["speaker_role"]) for x in q] == [("Dawn Butler", "Labour MP")]
    assert full("Green MEP Ann Roe said: “The ban is full of loopholes.”")[0]["speaker"] == "Ann Roe"


def test_speaker_label_at_the_head_of_a_paragraph():
    # round 10: a transcript's speaker label, a person's name and a colon opening the paragraph (Quirk et al.
    # 1985, 14.30)
    text = ("At the hearing, council members pressed the vendor.\n\n"
            "Councilwoman Lisa Grant: “Who owns the footage?”\n\n"
            "Vendor representative Mark Hale: “The city does, in every case.”")
    assert speech(text) == [("Lisa Grant", ":"), ("Mark Hale", ":")]
    # headings, organisations and a word with no mark of a person are no speaker labels
    for text in ("Read More: “Why cities love their cameras”", "Related Coverage: “The cameras are everywhere now”",
                 "Human Rights Watch: “Stop the cameras now, before it is too late”",
                 "The plan was discussed.\n\nSmith: “Stop the cameras now, before it is too late”"):
        assert all(q["speaker"] is None for q in find_quote_spans(text)), text


def test_relative_who_of_a_naming_verb_speaks():
    # round 10: 'Mayor Daniel Cho, who has called the cameras “...”': the relative pronoun is the subject of
    # its clause and refers to the name (Quirk et al. 1985, 17.9)
    text = "The ruling is a setback for Mayor Daniel Cho, who has called the cameras “the backbone of a safe city.”"
    assert speech(text) == [("Daniel Cho", "called")]
    # a thing 'called' something with no subject stays a mention
    assert speech("The city bought a system called “the backbone of a safe city”.") == []


def test_definite_description_takes_the_fuller_indefinite_one():
    # round 10: 'a city spokesperson ... the spokesperson said' - anaphoric 'the' (Hawkins 1978, ch. 3): one
    # speaker, written in the fullest form the document gives
    text = ("According to a city spokesperson, the contract is worth $12 million. “The price includes maintenance "
            "for five years,” the spokesperson said.")
    assert [q["speaker"] for q in full(text)] == ["spokesperson for the city"]  # (round 24's form of 'city spokesperson')
    text = ("A senior State Department official said the talks went well. “We made real progress today,” the "
            "official said.")
    assert [q["speaker"] for q in full(text)] == ["senior State Department official"]
    # no fuller description before: as written
    assert [q["speaker"] for q in full("“We made real progress today,” the official said.")] == ["the official"]


def test_quoted_adverb_closing_a_reported_clause_is_partial_speech():
    # round 10: a quoted adverb in -ly that closes a clause reported by a verb of saying is the speaker's
    # evaluation (an adjunct, Quirk et al. 1985, 8.79-8.80), not a term in scare quotes
    assert speech("The mayor, Ann Roe, said the cameras had cut crime “dramatically”.") == [("Ann Roe", "said")]
    # a noun in -ly after a determiner, and an adverb with no verb of saying, stay mentions
    assert speech("Ann Roe said she had found the “family”.") == []
    assert speech("Crime fell “dramatically”.") == []


def test_research_document_that_finds_speaks():
    # round 10: a report that 'found that' the system was “...” states it; its owner speaks through it
    text = ("The report, published by Amnesty International on Tuesday, found that the system was “riddled with "
            "errors” and recommended that it be suspended.")
    q = full(text)
    assert [(x["speaker"], x["channel"]) for x in q] == [("Amnesty International", "report")]
    # a person who finds something reports no words
    assert speech("The police found that the car was “abandoned”.") == []


def test_role_with_lower_case_modifiers_before_a_comma_marks_a_person():
    # round 10: "The city's police commissioner, Keechant Sewell," - a name with no common given name, introduced
    # by a role whose modifiers are in lower case, is a person a later 'she' stands for
    text = ("Writing in The Guardian, the privacy scholar Shoshana Zuboff argued that the cameras were “the sensory "
            "organs of surveillance capitalism.”\n\nThe city's police commissioner, Keechant Sewell, rejected the "
            "comparison. “Our cameras solve crimes,” she said.")
    q = full(text)
    assert [x["speaker"] for x in q] == ["Shoshana Zuboff", "Keechant Sewell"]
    assert q[1]["speaker_role"] == "city's police commissioner"
    # a preposition ends the role's noun phrase: no role reaches across it ('chair' alone was read before)
    text = ("Leaning forward in her chair, Gran Harrow frowned. “It is late,” Gran Harrow said.")
    assert full(text)[0]["speaker_role"] == "chair"


def test_copula_with_a_person_noun_marks_a_person():
    # round 10: 'Chen Wei was one of the few residents to object' - the subject complement characterises the
    # subject (Quirk et al. 1985, 10.16), so the name is a person a later 'he' stands for
    text = ("When the cameras went up in 2019, Chen Wei was one of the few residents to object. “I wrote letters to "
            "everyone,” he recalls. “Nobody wrote back.”")
    assert [x["speaker"] for x in full(text)] == ["Chen Wei", "Chen Wei"]
    from discourse._speaker_names import _copula_role
    assert _copula_role(" is a retired police officer.") and _copula_role(" was a resident of the town")
    # an organisation's noun, and a qualifier that is no role ('one of the first'), are no person's marks
    assert not _copula_role(" is a company that") and not _copula_role(" was one of the first to")


def test_quoted_verb_after_an_auxiliary_is_partial_speech():
    # round 10: one word after an auxiliary is the reported clause's verb; scare quotes set off terms, not verbs
    text = "Russia's defence ministry said in a post on Telegram that its forces had “repelled” the attack."
    assert speech(text) == [("Russia's defence ministry", "said")]
    assert speech("The company says the law would “protect” no one.")[0][1] == "says"
    # after 'has' only a participle: 'has “partners”' is a main verb and its object; no verb of saying, no speech
    assert speech("The mayor said the city has “partners” everywhere.") == []
    assert speech("The forces had “repelled” the attack.") == []


def test_unnamed_source_formula_is_the_fuller_description():
    # round 10: 'a person familiar with the contract ... the person said' (the news formulas for unnamed sources)
    text = ("A person familiar with the contract, who asked not to be named, said the price had doubled. “Nobody "
            "wanted to ask why,” the person said.")
    assert [x["speaker"] for x in full(text)] == ["person familiar with the contract"]
    text = "A source close to the Prime Minister said the plan was dead. “It is over,” the source said."
    assert [x["speaker"] for x in full(text)] == ["source close to the Prime Minister"]
    # an antecedent with nothing more than the later description: as written
    assert [x["speaker"] for x in full("He met a person. “It is over,” the person said.")] == ["the person"]


def test_names_with_latin_capitals_outside_ascii():
    # round 10: the patterns read a capital as A-Z; the text they read has 'Ö', 'Ł', 'Š' ... folded to their base
    # letter one for one, and the speaker columns are written back in the text's own spelling
    assert speech("Its leader, Özgür Özel, said: “Nobody voted for this.”") == [("Özgür Özel", "said")]
    assert speech("“Nobody voted for this at all,” said Łukasz Nowak.") == [("Łukasz Nowak", "said")]
    q = full("“We will appeal,” said Maroš Šefčovič, the Commission vice-president. “It is wrong,” Šefčovič added.")
    assert [(x["speaker"], x["speaker_as_written"]) for x in q] == [
        ("Maroš Šefčovič", "Maroš Šefčovič"), ("Maroš Šefčovič", "Šefčovič")]
    # the offsets are the text's: the quotation's span is unchanged by the folding
    text = "“Nobody voted for this at all,” Özel said."
    q = find_quote_spans(text)[0]
    assert text[q["start"]:q["end"]] == "“Nobody voted for this at all,”"
    # a text that writes both spellings keeps the one the patterns found
    assert speech("Ozel and Özel met. “Nobody voted for this at all,” Ozel said.") == [("Ozel", "said")]


def test_folding_is_linear_on_hostile_text():
    # every word is read once when the spellings are written back (no rescan from each capital)
    import time
    text = ("Özel said “ÖÖ ÖÖ ÖÖ ÖÖ ÖÖ”. " + "a" * 500 + "Ö ") * 2000
    t0 = time.perf_counter()
    assert len(find_quote_spans(text)) == 2000
    assert time.perf_counter() - t0 < 60  # a bound that only catches a hang


def test_reporting_clause_with_a_colon_introduces_the_next_quotation():
    # round 10: after a quotation that ends its sentence, 'Its leader, X, said:' opens a new sentence whose colon
    # introduces the quotation after it; it is not the attribution of the one before
    text = ("The main opposition party called the project “a surveillance trap.” Its leader, Ann Roe, said: "
            "“Nobody voted for this.”")
    assert speech(text) == [("The main opposition party", "called"), ("Ann Roe", "said")]


def test_description_subject_of_a_naming_verb_speaks():
    # round 10: a description that opens its sentence and calls an object something in its own words speaks them
    assert speech("Huawei's chief executive called the ban “a political decision”.") == [
        ("Huawei's chief executive", "called")]
    # a participle that names has no speaker ('a system called “...”'), nor does a Title Case name
    assert speech("A system called “the intelligent eye of the city” was installed.") == []
    assert speech("The city called the project “Safe City Nairobi”.") == []


def test_party_tag_in_brackets_after_a_name_of_a_naming_verb():
    # round 10: 'Sen. Ted Cruz (R-Texas) called the law “...”'
    assert speech("Sen. Ted Cruz (R-Texas) called the law “a gift to trial lawyers.”") == [("Ted Cruz", "called")]


def test_justice_is_an_office_and_the_court_after_of_is_the_organisation():
    # round 10: 'Justice Jairus Ngaah said in his ruling' - the judge's title of Commonwealth courts is an office
    q = full("“The state has not shown that the data will be kept safe,” Justice Jairus Ngaah said in his ruling.")
    assert [(x["speaker"], x["speaker_role"]) for x in q] == [("Jairus Ngaah", "Justice")]
    # 'Judge Savage of the New York Supreme Court': the office and name before 'of the', the body after it (the
    # whole phrase had been read as a role before the name 'Supreme Court')
    text = ("In People vs. Fisher, Judge Savage of the New York Supreme Court declared:\n\n“Without any officious "
            "interference on the subject, the price of labor will be fixed.”")
    q = full(text)
    assert [(x["speaker"], x["speaker_role"], x["speaker_org"]) for x in q] == [
        ("Savage", "Judge", "New York Supreme Court")]
    # the bodies named after 'Justice' stay organisations
    assert speech("The Justice Department said: “We are reviewing the ruling carefully now.”") == [
        ("Justice Department", "said")]


def test_court_filing_that_alleges_speaks():
    # round 10: a lawsuit, complaint or motion that alleges or argues something in a that-clause states it
    text = ("The lawsuit, filed in federal court in San Francisco, alleges that the company scraped billions of "
            "photos “without notice or consent.”")
    assert speech(text) == [("The lawsuit", "alleges")]
    # only with a that-clause, and only with a document noun as the subject's head
    from discourse._attribution import _B_DOC_FINDS
    assert _B_DOC_FINDS.search("The lawsuit alleges that the firm ") is not None
    assert _B_DOC_FINDS.search("The lawsuit alleges fraud by the firm and ") is None
    assert _B_DOC_FINDS.search("The lawyer alleges that the firm ") is None


def test_company_suffix_in_capitals_names_an_organisation():
    # round 10: 'Clearview AI said ...; the company has previously said' - a company's name ending in its legal
    # form or trade in capitals is an organisation, which 'the company' then stands for
    text = ("Clearview AI said it would appeal the fine. The company has previously said its database is “a search "
            "engine for faces.”")
    assert [x["speaker"] for x in full(text)] == ["Clearview AI"]
    from discourse._speakers import _run_head
    assert _run_head(("Thales", "SA"), "")[4] and _run_head(("Clearview", "AI"), "")[4]
    assert not _run_head(("Ai", "Weiwei"), "")[4]  # matched as written: a given name is no suffix


def test_affiliation_after_a_name_marks_a_person():
    # round 10: 'Danilo Krivokapić of the SHARE Foundation disagreed. “...,” he said.'
    text = ("Serbia's interior minister, Aleksandar Vulin, said the cameras made Belgrade “one of the safest cities "
            "in Europe.”\n\nDanilo Krivokapić of the SHARE Foundation disagreed. “We still do not know what the "
            "cameras can do,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Aleksandar Vulin", "Danilo Krivokapić"]
    from discourse._speaker_names import _affiliation
    assert _affiliation(" of the Kenya Human Rights Commission said") and not _affiliation(" of the 1920s")


def test_office_with_two_of_phrases_and_a_court_in_title_case():
    # round 10: a name of two of-phrases after a quotation ('Minister of State for Home Affairs Nityanand Rai told')
    text = "“The technology is used only to identify known offenders,” Minister of State for Home Affairs Nityanand Rai told parliament."
    assert [x["speaker"] for x in full(text)] == ["Nityanand Rai"]
    # and an organisation's name in Title Case with 'of the' inside is that organisation, not the last two words
    text = ("The Court of Justice of the European Union said in its judgment that such retention “constitutes a "
            "particularly serious interference” with rights.")
    assert [x["speaker"] for x in full(text)] == ["Court of Justice of the European Union"]
    q = full("The President of the United States has said: “We will never negotiate out of fear.”")
    assert [x["speaker"] for x in q] == ["The President of the United States"]


def test_said_one_with_a_description_in_apposition():
    # round 10: '“...,” said one, a retired teacher who asked that her name not be used'
    text = ("Residents said they had not been told about the cameras. “We found out when they were already up,” said "
            "one, a retired teacher who asked that her name not be used.")
    assert [x["speaker"] for x in full(text)] == ["a retired teacher"]


def test_the_n_year_old_is_the_person_of_that_age():
    # round 10: 'Luis Moreno, 45, ... the 45-year-old said' - an anaphoric description by the age the text gave
    text = ("Luis Moreno, 45, was arrested after the system matched his face. “They did not even look at me,” the "
            "45-year-old said.")
    assert [x["speaker"] for x in full(text)] == ["Luis Moreno"]
    # another age given: the description stays as written
    text = "Luis Moreno, 45, was arrested. “They did not even look at me,” the 30-year-old said."
    assert [x["speaker"] for x in full(text)] == ["the 30-year-old"]


def test_the_former_chief_is_the_one_written_former():
    # round 10: two holders of one role; the qualifier before the name tells them apart, and 'chief' ending a
    # description is its head
    base = "Former chief Mark Ellis and current chief Dana Whitfield spoke. “I tried to stop them for years,” the {} said."
    assert [x["speaker"] for x in full(base.format("former chief"))] == ["Mark Ellis"]
    assert [x["speaker"] for x in full(base.format("current chief"))] == ["Dana Whitfield"]


def test_a_lone_article_as_the_written_speaker_is_no_crash():
    # round 10's description rules read the word after 'the'; a speaker written as 'The' alone (a UN speech of
    # 1946 gave one through the sieve) must give a description, not an IndexError
    from discourse._speakers import _Speakers
    text = "The reports before us refer to discouraging things. “A frequent recurrence to principles,” The said."
    table = _Speakers(text, [(text.index("“"), text.index("”") + 1)])
    out = table._resolve("The", text.index("“"), text.index("The said"))
    assert out["speaker_as_written"] == "The" and out["speaker"] in (None, "The")


def test_passive_quoted_as_saying_gives_its_subject():
    # round 10: the outlet after 'by' quotes; the subject of 'was quoted' speaks
    text = "Peskov was also quoted by Interfax as saying the decision was “absurd.”"
    assert speech(text) == [("Peskov", "quoted")]


def test_name_with_its_organisation_closing_an_apposition():
    # round 10: "Williams' lawyer, Phil Mayor of the ACLU of Michigan, said the case showed ... “...”" - a possessive
    # with the apostrophe alone, and a name with its of-phrase between the commas
    text = ("Williams' lawyer, Phil Mayor of the ACLU of Michigan, said the case showed the technology was “not ready "
            "for use.”")
    assert speech(text) == [("Phil Mayor", "said")]


def test_one_word_complement_of_a_naming_verb_with_a_named_subject():
    # round 10: 'Guterres called the attack “barbaric”' - the object complement in the subject's words
    assert speech("Guterres called the attack “barbaric”.") == [("Guterres", "called")]
    text = "The Russian foreign ministry's spokeswoman, Maria Zakharova, called the sanctions “illegitimate.”"
    assert speech(text) == [("Maria Zakharova", "called")]
    # a term after a determiner, a name in capitals, no subject, or a verb that only begins like one: mentions
    for text in ("Guterres called it a “reform”.", "Guterres called the plan “Skynet”.",
                 "A system called “skynet” was built.",
                 "Ann Roe has used potato parings for calluses and they remove the pain or “fire”."):
        assert speech(text) == [], text


def test_headline_with_a_bare_role():
    # round 10: a headline drops its articles: "‘We will not back down,’ says minister"
    text = "‘We will not back down,’ says minister\n\nThe minister spoke on Sunday."
    assert speech(text) == [("minister", "says")]
    # a bare word that is no role: no speaker from this rule
    assert speech("‘We will not back down,’ says everyone\n\nMore text.") != [("everyone", "says")]


def test_an_article_opening_a_sentence_is_no_subject_of_a_naming_verb():
    # round 10: 'The labels and concepts of “developed” and “developing” nations' - 'The' read as a name and 'labels'
    # as the naming verb made the first quotation speech (and the spans-only path, which does not resolve speakers,
    # then disagreed with the full path on the next one)
    text = "The labels and concepts of “developed” and “developing” nations are colonial."
    assert speech(text) == []
    assert [q["kind"] for q in find_quote_spans(text, speakers=False)] == ["mention", "mention"]


def test_two_particles_in_a_name():
    # round 10: 'Ursula von der Leyen', 'Ana de la Cruz': two particles between name words keep one name run, in the
    # pattern and in the compiled scan alike (tests/test_kernel_quotes.py compares the runs)
    text = ("European Commission President Ursula von der Leyen said the rules would “protect citizens without "
            "stifling innovation.”\n\n“Europe has chosen its own path,” von der Leyen told reporters in Brussels.")
    assert [q["speaker"] for q in full(text)] == ["Ursula von der Leyen", "Ursula von der Leyen"]
    from discourse._speakers import _name_runs
    runs = [r[4] for r in _name_runs("We met Ana de la Cruz, and the Bank of the Nation did not.")]
    assert "Ana de la Cruz" in runs and "Bank" in runs  # 'of the': 'the' is no particle


def test_singular_they_for_a_person_introduced_with_they_them():
    # round 10: a person whose introduction gives they/them as their pronouns is the 'they' that follows
    text = ("Alex Rivera, a community organiser who uses they/them pronouns, has led the campaign against the "
            "cameras. “We just want to know who is watching us,” they said.")
    assert [x["speaker"] for x in full(text)] == ["Alex Rivera"]
    # with no such introduction, or an organisation named since, 'they' is read as before (here: no one)
    text = "The residents met Alex Rivera. “We just want to know who is watching us,” they said."
    assert [x["speaker"] for x in full(text)] == [None]
    text = ("Alex Rivera, who uses they/them pronouns, disagreed. Amnesty International published a report. “We "
            "just want to know,” they said.")
    assert [x["speaker"] for x in full(text)] == [None]


def test_local_legislature_offices_are_titles():
    # round 11: 'Councilmember Carroll Fife' - the office of a city council written before a name whose given name
    # the library does not know was kept in the name, so that 'Fife said' later had the canonical name
    # 'Councilmember Carroll Fife'
    text = ("Councilmember Carroll Fife, one of the two no votes, called the expansion “a solution in search of a "
            "problem.”\n\n“We have never been shown evidence,” Fife said.")
    assert [x["speaker"] for x in full(text)] == ["Carroll Fife", "Carroll Fife"]
    for title in ("Councillor", "Assemblywoman", "Alderman", "Congressman"):
        text = f"{title} Carroll Fife said: “It is a solution in search of a problem.”"
        assert [x["speaker"] for x in full(text)] == ["Carroll Fife"], title


def test_nationality_epithet_is_the_person_named_last():
    # round 11: sports and wire copy vary a name by nationality or party ('the Spaniard', 'the Texas Republican')
    text = ("Manchester City won 3-1, but manager Pep Guardiola was far from satisfied.\n\n“We were lucky in the first "
            "half,” the Spaniard said.")
    assert [x["speaker"] for x in full(text)] == ["Pep Guardiola"]
    text = ("Senator John Cornyn voted against the bill. “It goes too far,” the Texas Republican told reporters.")
    assert [x["speaker"] for x in full(text)] == ["John Cornyn"]
    # a surname that ends like a nationality after a title is a name ('the Reverend Doran'), not an epithet
    text = ("George Rust predicted trouble. The Reverend James Doran prayed.\n\n“Amen,” said the Reverend Doran.")
    assert [x["speaker"] for x in full(text)] == ["James Doran"]
    # the words that are their own plural name a people as often as one person: left as written
    text = "Hun Sen spoke on Monday. “We will not withdraw,” the Vietnamese said."
    assert [x["speaker"] for x in full(text)] == ["the Vietnamese"]


def test_nationality_epithet_written_throughout_is_a_designation():
    # round 11: fiction names a character only by nationality, again and again; that is no variation of the name
    # written last, so it stays as written
    text = ("Waddell poured a drink. “You will make him unhappy,” the German said. Waddell sat down. “I am an honest "
            "man,” the German said. “Yes,” the German said.")
    assert [x["speaker"] for x in full(text)] == ["the German"] * 3


def test_nationality_epithet_repeats_an_indefinite_description():
    # round 11: 'an American missionary ... the American said' - the description that introduced the person, when
    # it holds the same nationality before a noun of a person
    text = ("An American missionary came to pay his bill. The hotel owner shrugged.\n\n“I don't work for the "
            "Government,” the American said.")
    assert [x["speaker"] for x in full(text)] == ["American missionary"]
    from discourse._speakers import _demonym
    assert [w for w in "Spaniard Norwegian Texan Frenchman Doran Jordan Brian Vatican Vietnamese".split()
            if _demonym(w)] == ["Spaniard", "Norwegian", "Texan", "Frenchman"]


def test_kind_of_organisation_before_a_name_makes_an_organisation():
    # round 11: 'Chinese camera maker Hikvision' - wire copy's kind of organisation before a name the reader may not
    # know; the bare name later is that organisation, and 'the company' refers back to it
    text = ("At a trade fair this week, Chinese camera maker Hikvision showed off a system it says can flag “abnormal "
            "behaviour” in real time.\n\n“This is what a safer city looks like,” said Li Wei, the company's head of "
            "marketing.\n\nHikvision has denied wrongdoing. In a statement, the company said it “respects human "
            "rights.”")
    assert [x["speaker"] for x in full(text)] == ["Hikvision", "Li Wei", "Hikvision"]
    from discourse._speakers import _kind_before
    assert _kind_before("camera maker ") and _kind_before("rights group ") and not _kind_before("analyst ")
    assert not _kind_before("maker") and not _kind_before("maker, ")
    # a role word before a name still makes a person ('industry analyst Jane Roe')
    q = full("“Demand is strong,” said industry analyst Jane Roe.")
    assert [x["speaker"] for x in q] == ["Jane Roe"]


def test_it_in_the_quotation_sentence_is_its_subject_organisation():
    # round 11: 'Hikvision showed off a system it says can ...' - no organisation before the sentence; the subject
    # of the main clause is the antecedent of an 'it' in the clause it governs (Hobbs 1978)
    text = "Acme Corp. unveiled a camera it says can “see around corners.”"
    assert [x["speaker"] for x in full(text)] == ["Acme Corp."]
    # with another organisation named in the sentence before, the subject of the quotation's sentence still speaks
    text = "Vexo Systems makes cameras. Acme Corp. unveiled a camera it says can “see around corners.”"
    assert [x["speaker"] for x in full(text)] == ["Acme Corp."]
    from discourse._speakers import _IT_WORD
    assert [m.start() for m in _IT_WORD.finditer("it's it item it. Kit it")] == [5, 13, 21]


def test_partitive_subject_speaks():
    # round 11: 'one of the diplomats said' - a partitive (Quirk et al. 1985, 5.9) is a subject of its own; the
    # attribution after the quotation had been missed, and the paragraph before ('two diplomats said') taken
    text = ("EU countries are split, two diplomats said.\n\n“France wants broad exceptions,” one of the diplomats "
            "said, speaking on condition of anonymity.")
    # (round 40: the partitive's member is described as its group is, or by its own noun phrase where the text
    # introduced no group, in the singular, as round 27 read 'one of them')
    assert [x["speaker"] for x in full(text)] == ["diplomat"]
    assert [x["speaker"] for x in full("“We will be back,” said one of the protesters.")] == ["protester"]
    assert [x["speaker"] for x in full("One of the two protesters said: “We will be back.”")] == ["protester"]
    # 'of' after a name still cuts the organisation off ('said John Smith of Acme')
    assert [x["speaker"] for x in full("“It works,” said John Smith of Acme.")] == ["John Smith"]


def test_a_new_sentence_with_its_own_content_is_no_attribution_of_the_quotation_before():
    # round 11: '... “has been fully resolved.” The department said in a statement that it had “full confidence”':
    # the second sentence's verb has its own content, so it does not attribute the quotation before it
    text = ("A later memo from the vendor, Vision Systems Ltd., states that the problem “has been fully resolved in the "
            "latest firmware.” The department said in a statement that it had “full confidence” in the system.")
    assert [x["speaker"] for x in full(text)] == ["Vision Systems Ltd.", "The department"]
    # a sentence that is the attribution alone still attributes it
    assert [x["speaker"] for x in full("“It has been fully resolved.” The department said in a statement.")] == [
        "The department"]


def test_possessive_inside_a_name_before_the_cue_is_no_speaker():
    # round 11: the end of an office's of-phrase with commas in it ('deputy director of the ACLU's Speech, Privacy
    # and Technology Project, said ...:') had been read as a name with a parenthetical before its cue
    text = ("Nathan Freed Wessler, deputy director of the ACLU's Speech, Privacy and Technology Project, said the "
            "comparison was misleading: “Google does not let a stranger identify you from a photo.”")
    assert [x["speaker"] for x in full(text)] == ["Nathan Freed Wessler"]


def test_graded_partial_quotation_in_indirect_speech_is_speech():
    # round 11: 'The Metropolitan Police said the technology had a “very low” false alert rate' - quoted words that
    # open with an adverb of degree are an evaluation, never a term, even before a noun
    q = find_quote_spans("The Metropolitan Police said the technology had a “very low” false alert rate.")
    assert [(x["kind"], x["speaker"]) for x in q] == [("speech", "Metropolitan Police")]
    q = find_quote_spans("Jane Roe said it was a “deeply flawed” study of the cameras.")
    assert [(x["kind"], x["speaker"]) for x in q] == [("speech", "Jane Roe")]
    # a term in the same place stays a mention, and so does a word in -ly that is no adverb
    assert [x["kind"] for x in find_quote_spans("Critics said the “smart city” platform was unsafe.")] == ["mention"]
    assert [x["kind"] for x in find_quote_spans("Critics said the “only way” plan was unsafe.")] == ["mention"]


def test_one_report_has_no_owner_named_before():
    # round 11: 'according to one report' picks out a document without identifying it: no organisation named before
    # is its author
    text = ("The Nobel Committee meets in Oslo. According to one report, however, the candidate was considered “too "
            "controversial” a figure.")
    assert [x["speaker"] for x in full(text)] == ["one report"]
    text = "The Nobel Committee meets in Oslo. According to its report, the candidate was “too controversial” a figure."
    assert [x["speaker"] for x in full(text)] == ["Nobel Committee"]  # 'its report': the organisation's


def test_relation_in_apposition_marks_a_person_with_its_gender():
    # round 11: 'Her neighbour, Tunde Bakare,' and 'her husband, Tomás,': only a person is someone's neighbour or
    # husband, so the name is a person's (and a later 'he' finds him) even with a given name the library lacks
    text = ("“Nobody asked us,” says Jane Okoro, a nurse.\n\nHer neighbour, Tunde Bakare, is less worried. “If you are "
            "not doing anything wrong, you have nothing to fear,” he says.")
    assert [x["speaker"] for x in full(text)] == ["Jane Okoro", "Tunde Bakare"]
    text = ("Ana Ruiz and her husband, Tomás, complained first.\n\n“We found out from a neighbour,” she said.\n\nTomás "
            "Ruiz was blunter. “They put a camera outside our window,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Ana Ruiz", "Tomás Ruiz"]
    from discourse._speakers import _relation_before
    assert _relation_before("and her husband, ").group("rel") == "husband"
    assert _relation_before("Okoro's next-door neighbour, ").group("rel") == "neighbour"
    assert _relation_before("the husband, ") is None and _relation_before("her husband ") is None


def test_directive_verb_with_a_quoted_infinitive():
    # round 11: 'He urged the United States to “stop smearing China.”' - the quoted request is the subject's words
    text = "Spokesman Wang Wenbin spoke in Beijing. He urged the United States to “stop smearing China.”"
    assert [x["speaker"] for x in full(text)] == ["Wang Wenbin"]
    # not after another verb's infinitive
    assert [x["kind"] for x in find_quote_spans("The mayor wants the city to “stay safe”.")] == ["mention"]


def test_possessive_subject_holds_no_function_word():
    # round 11: "the paper said the agency's lawyers had warned that its use “raises ...”" gave "the agency's
    # lawyers had"; and fiction's "rang Holden's office and asked for him" made "Holden's office and" a speaker
    text = ("The paper said the agency's lawyers had warned that its use “raises significant legal questions.”")
    assert [x["speaker"] for x in full(text)] == ["the agency's lawyers"]


def test_british_police_ranks_without_full_stops():
    # round 11: 'Ch Supt Neil Evans said:' kept the ranks in the name
    q = full("Ch Supt Neil Evans said: “Our officers worked around the clock.”")
    assert [(x["speaker"], x["speaker_role"]) for x in q] == [("Neil Evans", None)]
    text = ("Detective Inspector Sarah Collins led the inquiry. Det Insp Collins said: “Every frame mattered.”")
    assert [x["speaker"] for x in full(text)] == ["Sarah Collins"]


def test_characterising_verb_with_as_gives_its_subject_the_words():
    # round 11: 'Kindiki dismissed the criticism as “alarmist.”' - the complement after 'as' of a verb that
    # characterises its object is the subject's evaluation, as after 'called'
    text = "Interior Secretary Kithure Kindiki spoke on Monday. Kindiki dismissed the criticism as “alarmist.”"
    assert [x["speaker"] for x in full(text)] == ["Kithure Kindiki"]
    q = full("Jane Roe praised the system as “a game changer”.")
    assert [x["speaker"] for x in q] == ["Jane Roe"]
    # without 'as' before the quotation the verb names nothing: a term after an article stays a mention
    assert [x["kind"] for x in find_quote_spans("Kindiki dismissed the “alarmist” criticism.")] == ["mention"]


def test_naming_verb_subject_with_its_organisation():
    # round 11: 'Analyst Tim Long of Barclays called the results “a clean beat.”' gave 'Barclays'
    text = "Analyst Tim Long of Barclays called the results “a clean beat.”"
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("Tim Long", "Barclays")]


def test_organisation_before_a_role_word_and_its_variation():
    # round 11: 'Arsenal manager Mikel Arteta ... the Arsenal boss said' - the organisation written before the role
    # is the person's, and a description naming it with another role noun varies that person
    text = ("Arsenal manager Mikel Arteta said his side had “lost control” in the second half.\n\n“We stopped doing "
            "the simple things,” the Arsenal boss said.")
    q = full(text)
    assert [(x["speaker"], x["speaker_org"]) for x in q] == [("Mikel Arteta", "Arsenal")] * 2
    from discourse._speakers import _org_before_role
    assert _org_before_role("New York Central Railroad president ", "president") == "New York Central Railroad"
    assert _org_before_role("Former manager ", "manager") is None
    assert _org_before_role("Assistant coach ", "coach") is None
    assert _org_before_role("the German test pilot ", "pilot") is None


def test_quoted_verb_in_ing_with_its_object_is_a_piece_of_the_clause():
    # round 11: 'warned that the exceptions risked “hollowing out” the ban' - a verb taking its object, not a term
    text = ("The supervisor, Wojciech Wiewiórowski, warned on Wednesday that the exceptions risked “hollowing out” the "
            "ban.")
    assert [x["speaker"] for x in full(text)] == ["Wojciech Wiewiórowski"]
    # a term in -ing stays one ('“predictive policing” tools')
    assert [x["kind"] for x in find_quote_spans("He said the “predictive policing” tools failed.")] == ["mention"]


def test_coordinated_relation_apposition_opens_its_clause():
    # round 11: 'Her friend and fellow driver, Zhou Min, is less relaxed. “...,” she said.' - the apposition opens
    # the clause, so the name is its subject and the likelier antecedent of 'she' than the woman quoted before
    text = ("For Li Na, a delivery driver, the cameras are part of the job. “The app knows where I am,” she said.\n\n"
            "Her friend and fellow driver, Zhou Min, is less relaxed. “I feel like I work for the cameras,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Li Na", "Zhou Min"]


def test_that_was_the_message_from_names_the_source_of_the_quotation_before():
    # round 11: a demonstrative that refers back to the quotation as someone's words, after a dash in the same
    # paragraph or opening the next one
    text = "“Privacy is not a luxury” - that was the message from Ann Lee, who heads the city's digital rights office."
    assert [x["speaker"] for x in full(text)] == ["Ann Lee"]
    text = ("“If we don't set rules now, we will live with the consequences for decades.”\n\nThat was the warning from "
            "Margrethe Vestager, the EU's former competition chief, speaking in Brussels.")
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Margrethe Vestager", "warning")]
    # a paragraph about something else gives no speaker
    text = "“If we don't set rules now, we will live with the consequences.”\n\nThat was the year the cameras came."
    assert [x["speaker"] for x in find_quote_spans(text)] == [None]


def test_naming_verb_in_a_relative_clause_with_an_apposition_subject():
    # round 11: 'a project the mayor, Ricardo Nunes, calls “the biggest public safety investment in our history.”'
    text = ("São Paulo signed a contract for 20,000 cameras, a project the mayor, Ricardo Nunes, calls “the biggest "
            "public safety investment in our history.”")
    assert [x["speaker"] for x in full(text)] == ["Ricardo Nunes"]
    # a name in Title Case after the verb stays a term named
    assert [x["kind"] for x in find_quote_spans("A project the mayor, Ricardo Nunes, calls “Safe City”.")] == ["mention"]


def test_a_name_introduced_as_a_name_is_a_person():
    # round 11: 'a commuter who gave only her first name, Priya, said ... “...,” she said'
    text = ("Outside the station, a commuter who gave only her first name, Priya, said she had not noticed the "
            "cameras. “I just want to get to work,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Priya"]
    assert [x["speaker"] for x in full("A woman named Priya was stopped. “I was scared,” she said.")] == ["Priya"]


def test_unnamed_source_close_to_someone():
    # round 11: 'A person close to the company's board said the sale could be announced “within weeks.”'
    text = "A person close to the company's board said the sale could be announced “within weeks.”"
    assert [x["speaker"] for x in full(text)] == ["A person close to the company's board"]


def test_a_person_after_an_owner_in_the_possessive():
    # round 12: the genitive is the determiner of the name, and the owner the person's organisation
    def spk(text):
        return [(x["speaker"], x["speaker_org"]) for x in full(text)]
    assert spk("Brentford's Thomas Frank said his team had “nothing to be ashamed of.”") == [("Thomas Frank", "Brentford")]
    assert spk("“We lost the game today,” Brentford's Thomas Frank said.") == [("Thomas Frank", "Brentford")]
    assert spk("“We lost the game today,” said Arsenal's Mikel Arteta.") == [("Mikel Arteta", "Arsenal")]
    assert spk("“We must act now,” said Britain's Prime Minister Keir Starmer.") == [("Keir Starmer", "Britain")]
    assert spk("“It is intrusive,” Human Rights Watch's Maya Wang said.") == [("Maya Wang", "Human Rights Watch")]
    # a surname alone after the owner is the person named in full before
    text = "“We lost,” said Mikel Arteta.\n\nArsenal's Arteta added: “We go again.”"
    assert [x["speaker"] for x in full(text)] == ["Mikel Arteta", "Mikel Arteta"]
    # a newspaper's title and a book's title after an owner stay whole
    assert spk("“Growth is strong this year,” People's Daily said in an editorial.") == [("People's Daily", "People's Daily")]
    # the word before a role word that forms the office with it names no organisation
    assert spk("“Growth is strong,” Prime Minister Keir Starmer said.") == [("Keir Starmer", None)]


def test_a_person_introduced_right_before_the_quotation_is_he():
    # round 12: a new source introduced in the sentence before the quotation, in any role, is the pronoun's
    # antecedent, before a subject quoted a paragraph earlier (centering: the previous utterance first)
    text = ("“We have spent four years asking for data,” said commissioner Brian Hofer, who chairs the panel.\n\n"
            "The lone dissenting vote came from commissioner Henry Gage III. “Residents in the flatlands tell me "
            "they want this,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Brian Hofer", "Henry Gage III"]
    # a name met again in passing is no new source: the subject before stays the antecedent
    text = ("Henry Gage was absent.\n\n“We have spent four years asking for data,” said commissioner Brian Hofer.\n\n"
            "The panel had waited for Henry Gage. “We cannot wait any longer,” he said.")
    assert [x["speaker"] for x in full(text)][-1] == "Brian Hofer"
    # nor is one named in another paragraph
    text = ("“We have spent four years asking for data,” said commissioner Brian Hofer.\n\n"
            "The vote came from commissioner Henry Gage.\n\n“Residents in the flatlands tell me they want it,” he said.")
    assert [x["speaker"] for x in full(text)][-1] == "Brian Hofer"


def test_it_after_an_organisation_described_as_the_subject_before():
    # round 12: 'it' continues the subject of the sentence before, an organisation described, not the outlet
    # named as the addressee a sentence earlier
    text = ("“This experiment was never meant to end,” Bastien Le Querrec, a lawyer with the group, told AFP.\n\n"
            "The interior ministry welcomed the ruling. In a statement, it said the cameras had “proved their "
            "usefulness” during the Olympic Games.")
    assert [x["speaker"] for x in full(text)] == ["Bastien Le Querrec", "interior ministry"]
    # the body named in full before is that description's organisation
    text = ("The National Interior Ministry defended the cameras. “The rules were followed,” Le Querrec told AFP. "
            "The ministry welcomed the ruling. In a statement, it said the cameras had “proved their usefulness”.")
    assert [x["speaker"] for x in full(text)][-1] == "National Interior Ministry"
    # a description before the last mention of the organisation found is no antecedent
    text = ("The ministry welcomed the ruling. Acme Corp. made the cameras. In a statement, it said they had "
            "“proved their usefulness”.")
    assert [x["speaker"] for x in full(text)] == ["Acme Corp."]


def test_an_office_joined_by_for_before_a_name():
    # round 12: 'Secretary for Security Chris Tang', as 'Secretary of State John Foster Dulles'
    text = "“Many other places have already done this,” Secretary for Security Chris Tang said on Tuesday."
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [("Chris Tang", "Secretary for Security")]


def test_initials_in_a_described_subject_and_the_organisation_of_a_described_spokesperson():
    # round 12: 'the U.S. Embassy said' had found no subject (the full stops of initials ended the phrase)
    assert [(x["speaker"], x["speaker_org"]) for x in full("“We stand by the decision,” the U.S. Embassy said.")] == [
        ("U.S. Embassy", "U.S. Embassy")]
    text = "“We stand by the decision,” a spokesman for the U.S. Embassy said."
    # (round 17: the description held in the organisation, the convention stated below and in docs/speakers.md since round
    # 12; the article before the organisation had made the organisation the speaker)
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("a spokesman for the U.S. Embassy", "U.S. Embassy")]
    # a spokesperson described, not named: the description, held in the organisation after 'for'
    text = "A spokesperson for SoundThinking said the company “stands by the accuracy of its technology”."
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("A spokesperson for SoundThinking", "SoundThinking")]


def test_given_names_of_news_from_outside_europe_and_north_america():
    # round 12: a person named with a given name the list did not hold had no mark of a person, so a later 'he' or
    # 'she' found no one (or the wrong woman); a family name written first (Wang Wenbin) is a mark too
    cases = [
        ("“We have rules for banks,” said Mary Jones, a lawyer.\n\nThe fine was finally paid by Tunde Bakare. "
         "“We had no choice,” he said.", "Tunde Bakare"),
        ("“We have rules for banks,” Mary Jones said.\n\nChidinma Okeke and Femi Adebayo disagreed. “It is not "
         "enough,” she said.", "Chidinma Okeke"),
        ("“We have rules for banks,” Mary Jones said.\n\nThe protest was led by Wang Wenbin. “It is not enough,” "
         "he said.", "Wang Wenbin"),
        ("“We have rules for banks,” said Mary Jones.\n\nErling Haaland scored twice. “It was not our best game,” "
         "he said.", "Erling Haaland"),
    ]
    for text, who in cases:
        assert [x["speaker"] for x in full(text)] == ["Mary Jones", who]
    # a family name that opens other names is no mark: 'Park Avenue' is no person
    text = "“We have rules for banks,” said Mary Jones.\n\nThe office is on Park Avenue. “It is not enough,” he said."
    assert [x["speaker"] for x in full(text)] == ["Mary Jones", None]


def test_a_partitive_with_a_description_in_apposition():
    # round 12: 'one of them' says less than the description in apposition after it
    for text in ("Shoppers were asked to leave. One of them, a 64-year-old woman from Leeds, said she was “humiliated "
                 "in front of everyone.”",
                 "Shoppers were asked to leave. “I was humiliated in front of everyone,” said one of them, a "
                 "64-year-old woman from Leeds."):
        assert [x["speaker"] for x in full(text)] == ["a 64-year-old woman from Leeds"]
    # 'one of them' after the verb is a speaker (the group as a pronoun), and stays one without an apposition
    text = "Shoppers were asked to leave. “I was humiliated in front of everyone,” one of them said."
    assert [x["speaker"] for x in full(text)] == ["one of them"]


def test_who_after_a_lone_surname_marks_a_person():
    # round 12: 'Sabalenka, who had not dropped a set' is a person (the given name 'Aryna' is in no list), so 'the
    # Belarusian' refers to her, not to the winner quoted before
    text = ("Iga Swiatek beat Aryna Sabalenka 6-4, 6-2 on Saturday.\n\n“I just tried to stay calm,” Swiatek said after "
            "the match.\n\nSabalenka, who had not dropped a set all tournament, was gracious in defeat. “She played "
            "unbelievable tennis today,” the Belarusian said.")
    assert [x["speaker"] for x in full(text)] == ["Iga Swiatek", "Aryna Sabalenka"]
    # the relative clause is no role of hers
    assert full(text)[1]["speaker_role"] is None
    # 'whose' serves things too, and 'the Great' is an epithet
    text = ("“It is ending,” said Helion.\n\nHe was troubled by the mood of all Europe, whose foundations seemed "
            "shaky. “It is over,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Helion", "Helion"]


def test_a_quotation_in_lower_case_with_names_inside_is_no_title():
    # round 12: 'misread the Fourth Amendment' has two capitalised long words, but a title opens with a capital
    # or an article; the partial quotation is the judge's speech
    text = "Judge Diane Sykes said the lower court had “misread the Fourth Amendment.” The lawyer said nothing."
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Diane Sykes")]
    # a term opening with an article stays a mention
    text = "The company calls its platform “the Safe City Initiative” in its brochures."
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]


def test_a_described_person_with_a_relative_clause_is_the_person_quoted_last():
    # round 13: 'The mum, who works as a teaching assistant, added:' describes someone already identified
    text = ("Sara Hughes, 38, was stopped by a security guard as she bought milk. “I was shaking. Everyone was "
            "staring at me,” she said.\n\nThe mum, who works as a teaching assistant, added: “I've never stolen "
            "anything in my life.”")
    assert [x["speaker"] for x in full(text)] == ["Sara Hughes", "Sara Hughes"]
    # not where the noun's gender is not the person's, nor without the relative clause
    assert [x["speaker"] for x in full(text.replace("The mum", "The dad"))][-1] == "The dad"
    assert [x["speaker"] for x in full(text.replace("The mum, who works as a teaching assistant,", "The mum"))][-1] == "The mum"


def test_a_qualifier_in_lower_case_before_an_office():
    # round 13: 'said former President Barack Obama' and 'said state Sen. Brad Hoylman-Sigal' found no speaker
    def spk(text):
        return [(x["speaker"], x["speaker_role"]) for x in full(text)]
    assert spk("“Tenants should not have to surrender their data,” said former President Barack Obama.") == [
        ("Barack Obama", "former President")]
    # (round 19: 'Democrat' is a role word, so the apposition 'a Democrat' is now read as the role)
    assert spk("“Tenants should not have to surrender their data,” said state Sen. Brad Hoylman-Sigal, a Democrat.") == [
        ("Brad Hoylman-Sigal", "a Democrat")]
    assert [x["speaker"] for x in full("“Tenants should not have to give up their data,” said former Microsoft engineer "
                                       "Ann Roe.")] == ["Ann Roe"]


def test_the_role_of_a_description_is_its_head_before_a_prepositional_phrase():
    # round 13: 'A spokesperson for the governor said' had gone to the governor named before
    text = ("Gov. Kathy Hochul has not said whether she will sign it. A spokesperson for the governor said she would "
            "“review the legislation.”")
    assert [x["speaker"] for x in full(text)] == ["A spokesperson for the governor"]


def test_an_organisation_ending_in_s_before_a_role_noun():
    # round 13: 'the Rangers boss' looked for the organisation 'Ranger' (an 's' stripped as if possessive)
    text = "Rangers manager Philippe Clement spoke after the match.\n\n“We were poor today,” the Rangers boss said."
    assert [x["speaker"] for x in full(text)] == ["Philippe Clement"]


def test_a_body_named_for_its_remit_with_on():
    # round 14: 'the Coalition on Homelessness' and 'Commission on Elections chairman George Garcia' were cut at 'on'
    # ('Homelessness' as speaker; 'Elections' as organisation)
    text = ("The Coalition on Homelessness, which brought the lawsuit, called the ruling “a victory for basic human "
            "dignity.”")
    assert [x["speaker"] for x in full(text)] == ["Coalition on Homelessness"]
    text = "“The machines were audited,” Commission on Elections chairman George Garcia told reporters."
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("George Garcia", "Commission on Elections")]
    # 'on' after any other word, or before a day, opens an adverbial: 'Smith on Monday' is no name
    text = "Ann Smith on Monday said the ruling was “a victory for basic human dignity.”"
    assert [x["speaker"] for x in full(text)] == ["Ann Smith"]
    text = "The Council on Monday said the ruling was “a victory for basic human dignity.”"
    assert [x["speaker"] for x in full(text)] == ["Council"]
    text = "The Council on Foreign Relations said the ruling was “a victory for basic human dignity.”"
    assert [x["speaker"] for x in full(text)] == ["Council on Foreign Relations"]


def test_an_organisation_with_its_of_phrase_before_a_role_and_a_name():
    # round 14: '“...,” ACLU of Northern California attorney Matt Cagle said' gave 'ACLU' (the name before 'of')
    for text in ("“It is wrong,” ACLU of Northern California attorney Matt Cagle said.",
                 "“It is wrong,” said ACLU of Northern California attorney Matt Cagle."):
        assert [(x["speaker"], x["speaker_role"], x["speaker_org"]) for x in full(text)] == [
            ("Matt Cagle", "attorney", "ACLU of Northern California")]
    # a name with its organisation after 'of' and no role is still the name
    assert [(x["speaker"], x["speaker_org"]) for x in full("“It is wrong,” said John Smith of Acme.")] == [
        ("John Smith", "Acme")]


def test_a_name_with_premodifiers_closing_an_apposition_and_the_perfect():
    # round 14: 'The candidate, former television host Raffy Dela Cruz, has said ... “...”' was a mention
    for cue in ("has said", "said"):
        text = (f"The candidate, former television host Raffy Dela Cruz, {cue} the results were “manufactured in a "
                f"server room.”")
        assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Raffy Dela Cruz")]
    # a relative clause closing the apposition names no speaker
    text = "The company, which owns Acme, said the results were “manufactured in a server room.”"
    assert [x["speaker"] for x in full(text)] == ["The company"]
    # a role with its of-phrase heads the chain: the name after it speaks
    text = ("As the Prime Minister of the Revolutionary Government, Commander Fidel Castro, has stated: “A policy of "
            "this kind is one of the most criminal of acts.”")
    assert [x["speaker"] for x in full(text)] == ["Fidel Castro"]


def test_said_after_but_shares_the_subject():
    # round 14: the second quotation of 'Cho called ... “...” but said ... “...”' was a mention
    text = ("Cho called the agreement “a meaningful step” but said the two sides still needed to address “the pain of "
            "history.”")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Cho"), ("speech", "Cho")]


def test_post_nominal_letters_are_no_part_of_the_name():
    # round 14: 'Judge Tahir Khan KC' was the speaker 'Tahir Khan KC'
    text = "Judge Tahir Khan KC said Garside had “betrayed the trust of the most vulnerable people imaginable.”"
    assert [(x["speaker"], x["speaker_as_written"]) for x in full(text)] == [("Tahir Khan", "Judge Tahir Khan KC")]
    text = "“It is wrong,” said Jess Phillips MP. “It is a disgrace,” Phillips added."
    assert [x["speaker"] for x in full(text)] == ["Jess Phillips", "Jess Phillips"]


def test_folded_capitals_come_back_beside_a_name_with_an_apostrophe():
    # round 14: the 'O' of "O'Brien" was read as the text writing the folded form of 'Ó' itself: 'Eoin O Broin'
    text = ("Housing Minister Darragh O'Brien said so. Opposition housing spokesperson Eoin Ó Broin disagreed. "
            "“The minister has been saying that for four years,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Eoin Ó Broin"]
    assert [x["speaker"] for x in full("“Yes,” said Ana D'Ávila.")] == ["Ana D'Ávila"]
    # a text that writes the folded form itself keeps it
    assert [x["speaker"] for x in full("“No,” said Ozel. “Yes,” said Özel.")] == ["Ozel", "Ozel"]


def test_it_after_a_document_described_as_the_subject_before():
    # round 14: 'it' after a sentence whose subject is a document stayed unresolved; the document's owner speaks
    # through it, as in 'the inspector's report said'
    text = ("The inspector's report, published on Monday, was scathing.\n\n“Leaders at the school have failed to take "
            "effective action to keep pupils safe,” it said.")
    assert [(x["speaker"], x["channel"], x["speaker_reason"]) for x in full(text)] == [
        ("The inspector", "report", "pronoun resolved to a document")]
    # an organisation described as the subject keeps its own rule
    text = "The interior ministry welcomed the ruling. In a statement, it said it would “respect the court.”"
    assert [x["speaker"] for x in full(text)] == ["interior ministry"]
    # a document that is no subject (the object of a verb) is no antecedent
    text = "Acme released its annual report on Monday. “We grew,” it said."
    assert [x["speaker_reason"] for x in full(text)] != ["pronoun resolved to a document"]


def test_roles_and_organisations_keep_their_s():
    # round 15: the role and organisation words had every 's' stripped at either end ('Siemens' was the
    # organisation 'Siemen', 'spokesman' no role word, so 'the company's spokesman, John Smith,' had no role)
    text = "“We are reviewing it,” Siemens Chief Executive Roland Busch said."
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("Roland Busch", "Siemens")]
    text = "“We are reviewing the ruling,” the company's spokesman, John Smith, said."
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [("John Smith", "company's spokesman")]
    # the noun 'state' opens a role in apposition; a possessive is no role's head
    text = "Robert Snodgrass, state GOP chairman, said: “We had enthusiastic responses from the audience.”"
    assert [x["speaker_role"] for x in full(text)] == ["state GOP chairman"]


def test_hyphenated_offices_with_in_and_at_are_roles():
    # round 15: 'Reuters Editor-in-Chief Alessandra Galloni' was read as one name
    text = "“We stand by our reporting,” said Reuters Editor-in-Chief Alessandra Galloni."
    assert [(x["speaker"], x["speaker_role"], x["speaker_org"]) for x in full(text)] == [
        ("Alessandra Galloni", "Reuters Editor-in-Chief", "Reuters")]
    text = "“We stand by our reporting,” Ambassador-at-Large Joe Bloggs said."
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [("Joe Bloggs", None)]
    # only 'in', 'at' and 'large' join role words: 'Editor-and-Publisher' is no role word
    from discourse._speaker_names import _role_word
    assert _role_word("Commander-in-Chief") and _role_word("editor-at-large") and _role_word("Secretary-General")
    assert not _role_word("Editor-and-Publisher") and not _role_word("in-chief") and not _role_word("Well-Known")


def test_a_name_goes_on_after_a_slash():
    # round 15: 'Radio Free Europe/Radio Liberty' was cut at the slash, the speaker 'Radio Liberty'
    text = ("Radio Free Europe/Radio Liberty, where Alsu Kurmasheva works, said the verdict was “a travesty of "
            "justice.”")
    assert [x["speaker"] for x in full(text)] == ["Radio Free Europe/Radio Liberty"]


def test_round_15_subjects_participles_and_descriptions():
    # written for round 15 (each had failed): 'that' after a verb of saying is the complementiser, no determiner
    text = ("A spokesperson for HSE Mid West said the hospital was “working hard to reduce waiting times”, adding "
            "that patients should call their GP first.")
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [
        ("A spokesperson for HSE Mid West", "HSE Mid West")]
    # a name with its of-phrase after the preposition of a described subject
    text = ("A spokesperson for the Bureau of Meteorology said more rain was possible, warning that the river "
            "“could exceed the levels seen in 2022” by Tuesday.")
    assert [(x["kind"], x["speaker_org"]) for x in full(text)] == [("speech", "Bureau of Meteorology")]
    # 'saying' without 'that' and after 'but'; an organisation word before 'of' makes one name
    text = ("Detective Constable Lee Marsden paid tribute to the victims, saying they had shown “remarkable "
            "courage” in court.")
    assert [x["speaker"] for x in full(text)] == ["Lee Marsden"]
    text = ("The Central Bank of Kenya held its rate on Tuesday, saying inflation had eased but warning that a weaker "
            "shilling still posed “significant upside risks” to prices.")
    assert [x["speaker"] for x in full(text)] == ["Central Bank of Kenya"]
    # but not across a full stop: the next paragraph's quotation is no partial quotation of that clause
    text = "He did not know what he was saying, saying a thing like that.\n\n“Will you do it, Phil”??"
    assert [x["speaker"] for x in full(text)] == [None]
    # an indefinite description introduces a new referent; a pronoun after it is that person
    text = ("Bev Kowalski, a long-time resident, watched the river rise.\n\nAt the evacuation centre, one resident "
            "said: “We've done this three times in five years now.”")
    assert [x["speaker"] for x in full(text)] == ["one resident"]
    text = ("Maire Kennelly said the hospital was full.\n\nA relative of one patient told the Leader that her father "
            "had waited 40 hours. “He was beside the toilets the whole time,” she said.")
    assert [x["speaker"] for x in full(text)] == ["relative of one patient"]


def test_round_15_documents_and_kinds():
    # the report's author is named before it, not a region in the next paragraph
    text = ("Authorities used the cameras to detain activists, Human Rights Watch said in a report on Wednesday.\n\n"
            "“The cameras were sold to the public as a crime-fighting tool,” the report says.\n\n"
            "Yasmin Haddad, Central Asia director at Human Rights Watch, said the claims were “simply not credible.”")
    assert [x["speaker"] for x in full(text)] == ["Human Rights Watch", "Yasmin Haddad"]
    # a kind of organisation of local news
    text = ("Figures were compiled by the Nursing Organisation of Ireland.\n\nThe union said it was the highest "
            "figure this month, describing conditions as “unsafe for patients and staff alike”.")
    assert [x["speaker"] for x in full(text)] == ["Nursing Organisation of Ireland"]


def test_round_15_kinds_readers_residents_and_naming_participles():
    # the kind of an organisation before its name after a quotation: the name is the speaker
    text = ("Officials met.\n\n“The two sides agreed to keep the channels open,” state news agency Xinhua "
            "reported.")
    assert [(x["speaker"], x["speaker_as_written"]) for x in full(text)] == [("Xinhua", "news agency Xinhua")]
    text = "“It is a disaster for privacy,” said rights group Liberty."
    assert [x["speaker"] for x in full(text)] == ["Liberty"]
    # a document 'reads' what it says
    text = "Acme Corp sent a memo to staff.\n\n“Riders with high scores should get fewer orders,” the memo reads."
    assert [(x["speaker"], x["channel"]) for x in full(text)] == [("Acme Corp", "memo")]
    # a person named by what they are, after 'according to'
    text = ("By 6am, Riverside Drive looked “like an inland sea”, according to long-time resident Bev Kowalski, who "
            "has lived there since 1974.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Bev Kowalski")]
    # a naming verb's -ing form after its subject
    text = ("Plans have sparked a row, with opposition councillor Janet Pryce branding the scheme “a tax on the high "
            "street”.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Janet Pryce")]
    # an -ing form with no subject before it names no speaker: 'a system calling itself “...”' stays a mention
    assert [x["kind"] for x in find_quote_spans("They sell a system calling itself “the city brain”.")] == ["mention"]


def test_an_organisation_name_joined_by_and():
    # round 15: 'the Food and Drug Administration' stopped at 'and'; after a quotation no subject was found
    text = "“We are reviewing the data,” the Food and Drug Administration said."
    assert [x["speaker"] for x in full(text)] == ["Food and Drug Administration"]
    text = "“We are reviewing the data,” said the Food and Drug Administration."
    assert [x["speaker"] for x in full(text)] == ["Food and Drug Administration"]
    # two names joined by 'and' with no organisation word at the end stay two ('the Smith and Jones families')
    from discourse._quote_cues import _ORG_AND
    assert re.fullmatch(_ORG_AND, "Irish Nurses and Midwives Organisation")
    assert not re.fullmatch(_ORG_AND, "Ann Roe and Bob Lin")


def test_round_15_offices_titles_and_described_people():
    # a role with its of-phrase before the comma of an apposition; an office's initials are its holder named before
    text = ("Parading the suspects, the Commissioner of Police, Olanrewaju Babatunde, said they were guilty.\n\n"
            "“We are working with the DSS,” the CP said.")
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [
        ("Olanrewaju Babatunde", "Commissioner of Police")]
    # the body of an office's of-phrase is the candidate's too, and a past holder is no present one
    text = ("Lester Pearson, Prime Minister of Canada, spoke first. Jawaharlal Nehru, the first Prime Minister of "
            "India, spoke next.\n\nAs the Prime Minister of India said: “Firm faith in the United Nations is central "
            "to the non-aligned.”")
    assert [x["speaker"] for x in full(text)] != ["Lester Pearson"]
    assert [x["speaker"] for x in full(text)] != ["Jawaharlal Nehru"]
    # forms of address of Indian papers
    assert [x["speaker"] for x in full("“Development should be above politics,” said Shri L. Murugan.")] == [
        "L. Murugan"]
    # 'One line worker' is described, not the man named before; a name in a phrase after the noun does not count
    text = ("Graham Ellery told the BBC the company remained open to talks.\n\nOne line worker, who asked not to be "
            "named, said she could not afford it. “I love this job, but love doesn't pay the gas bill,” she said.")
    assert [x["speaker"] for x in full(text)] == ["one line worker"]
    text = ("Col. Ramon Villafuerte spoke.\n\nA rice farmer from Nueva Ecija, who asked not to be named, said she had "
            "borrowed money. “We have nothing left to pay with,” she said.")
    assert [x["speaker"] for x in full(text)] == ["rice farmer from Nueva Ecija"]
    # a name in apposition names the person described
    text = ("That was when a remarkable woman, Teresa Durlach, came to my aid. “You're not living up to your own "
            "principles”, she told my discouraged people.")
    assert [x["speaker"] for x in full(text)] == ["Teresa Durlach"]
    # an organisation word with an of-phrase that holds 'and'
    text = ("In a statement issued yesterday, the Ministry of Roads and Transport said it would “study the judgment "
            "in detail” before advising the Cabinet.")
    assert [x["speaker"] for x in full(text)] == ["Ministry of Roads and Transport"]


def test_round_15_signed_statements_figures_and_messages():
    # 'a statement signed by' names the statement's owner, a person named in full before
    text = ("Reacting, the party's spokesman, Chief Adebola Ogunleye, faulted the arrests.\n\n“The police have chosen "
            "to parade foot soldiers,” according to a statement signed by Ogunleye on Monday.")
    assert [x["speaker"] for x in full(text)] == ["Adebola Ogunleye"]
    # a figure with decimals in the object of a naming verb
    text = ("Unite regional officer Bernadette Kearney, speaking on the picket line, called the company's 3.5% offer "
            "“an insult to the people who kept this plant running”.")
    assert [x["speaker"] for x in full(text)] == ["Bernadette Kearney"]
    # a message 'reads' what it says: no continuation of the person quoted before
    text = ("“We cannot ship this,” Raj Venkataraman wrote in an email.\n\nA text message sent by a sales director was "
            "blunter. “Accuracy is a Q3 problem,” the message read.")
    assert [x["speaker"] for x in full(text)][1] != "Raj Venkataraman"


def test_round_15_particles_diplomats_and_ministries():
    # a surname that opens with its particles, after the quotation and after the cue
    text = "Ursula von der Leyen spoke.\n\n“We will act,” von der Leyen said. “We will act,” said von der Leyen."
    assert [(x["speaker"], x["speaker_as_written"]) for x in full(text)] == [
        ("Ursula von der Leyen", "von der Leyen"), ("Ursula von der Leyen", "von der Leyen")]
    # 'the diplomat' is the fuller description before
    text = ("“This is a tool that solves crimes,” a senior EU diplomat said.\n\n“Everyone says the right things at "
            "the door,” the diplomat said.")
    assert [x["speaker"] for x in full(text)][1] == "senior EU diplomat"
    # the head of a name with an of-phrase is the word before 'of', after the names that end in it
    text = ("Health authorities have confirmed 412 cases, the country's Ministry of Health said Tuesday.\n\n“The "
            "situation is serious but under control,” the ministry said.")
    assert [x["speaker"] for x in full(text)] == ["Ministry of Health"]


def test_round_16_names_in_apposition_and_names_after_naming_words_are_mentions():
    # a Title Case name set off by commas after a common noun names the thing, no one speaks it
    text = ("Opposition leader Ruth Callan said the council's new scheme, “Streets for People”, had become “a "
            "gimmick and nothing else”.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("mention", None), ("speech", "Ruth Callan")]
    # a determiner between 'known as' and the name, and a banner
    text = ("The minister said the mine would be built in the region known as the “Copper Belt” within a decade. "
            "Farmers marched under the banner “Hands Off Our Water, Keep Out Miners” on Sunday.")
    assert [(x["kind"], x["cue"]) for x in find_quote_spans(text)] == [("mention", "known as"), ("mention", "banner")]


def test_round_16_relative_clauses_and_places_in_unnamed_speakers():
    # a relative clause between an unnamed speaker and the verb, and the place after the noun
    text = ("A resident of Port Harcourt, who asked not to be named because she feared reprisals, said trade had "
            "collapsed. “Nobody comes out after dark,” she said.")
    assert [x["speaker"] for x in full(text)] == ["resident of Port Harcourt"]
    text = ("A spokeswoman for the Metro Transit Authority, who spoke on condition of anonymity because she was not "
            "cleared to comment, denied that trains had been cancelled. “Every line is running,” she said.")
    assert [x["speaker"] for x in full(text)] == ["spokeswoman for the Metro Transit Authority"]
    text = ("A customs official at Mombasa, who asked not to be named, said clearance had slowed. “Half the "
            "scanners are broken,” the official said.")
    assert [x["speaker"] for x in full(text)] == ["customs official at Mombasa"]
    # a named subject with a relative clause holding a quoted title, then a naming verb
    text = ("Fair Roads Alliance, which has run a “Slow Down Now” campaign since 2021, called the decision “a "
            "betrayal of every family on the bypass”.")
    assert [x["speaker"] for x in full(text)] == ["Fair Roads Alliance"]
    # 'described ... as' quotes one word of the describer
    text = ("Governor Ana Ruiz, who toured the shelter on Tuesday morning, described the damage as “devastating” "
            "and promised aid.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Ana Ruiz")]


def test_round_16_participle_and_absolute_clauses_of_naming():
    # a naming participle after the clause takes its subject, a description with a name in apposition
    text = ("LUSAKA, May 3 (Reuters) - Zambia's largest union, the Federation of Free Trade Unions, on Friday "
            "rejected the wage offer, calling it “an insult” and urging members to strike.")
    assert [x["speaker"] for x in full(text)] == ["Federation of Free Trade Unions"]
    # 'with NP V-ing': the noun phrase after 'with' is the speaker, a name in apposition to it names them
    text = ("Hundreds of fishermen blocked the harbour on Monday, with one trawler captain calling the quota cut "
            "“the end of this town”.")
    assert [x["speaker"] for x in full(text)] == ["one trawler captain"]
    text = ("Senators clashed over the bill, with its sponsor, Republican senator Dale Whitcombe, warning that "
            "without it the border would stay “wide open”.")
    assert [x["speaker"] for x in full(text)] == ["Dale Whitcombe"]


def test_round_16_offices_organisations_and_the_subject_before():
    # Irish offices before a name; a role before a name with its organisation after 'of'
    text = ("Tánaiste Simon Harris said the figures were “encouraging”. “We are not there yet,” Mr Harris said.")
    assert [x["speaker"] for x in full(text)] == ["Simon Harris", "Simon Harris"]
    text = ("Chief Daniel Okemow of Big Trout Lake First Nation spoke on Sunday. “We were never asked,” Okemow "
            "told reporters.")
    assert [x["speaker"] for x in full(text)] == ["Daniel Okemow"]
    # an organisation word before 'of' after the quotation keeps the whole name
    text = "“Inflation remains too high,” the Reserve Bank of Malawi said in a statement."
    assert [x["speaker"] for x in full(text)] == ["Reserve Bank of Malawi"]
    # 'the regulator' is the organisation that was the subject of the sentence before, not the one named last
    text = ("The Data Protection Authority has fined Harbourview Hospital for leaving patient files on an open "
            "server. In a decision published on Friday, the regulator said the hospital had acted “with "
            "astonishing carelessness”.")
    assert [x["speaker"] for x in full(text)] == ["Data Protection Authority"]
    # 'States' ends an organisation's name with an organisation word and 'of'
    text = ("The Organisation of Eastern Caribbean States, which sent 40 observers, was cautious. In its report, "
            "the regional bloc noted “isolated irregularities in two of the parishes”.")
    assert [x["speaker"] for x in full(text)] == ["Organisation of Eastern Caribbean States"]


def test_round_16_partial_quotations_after_an_indefinite_article_and_more_prepositions():
    # an indefinite article before a two-word quotation in indirect speech: the speaker's characterisation
    text = "Magistrate Joan Ferris said the posts had created a “grave danger” to witnesses."
    assert [x["speaker"] for x in full(text)] == ["Joan Ferris"]
    # a definite one still makes a term
    text = "Mayor Ann Lee said the “smart city” to the north would open in May."
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]
    # the clause goes on with 'about', 'of', 'what' and 'now that'
    text = "The Law Society said it had “grave doubts” about the bill."
    assert [x["speaker"] for x in full(text)] == ["Law Society"]
    text = "Governor Ruth Amos said the budget faces a “permanent hole” now that federal aid has ended."
    assert [x["speaker"] for x in full(text)] == ["Ruth Amos"]


def test_round_16_party_tags_after_a_legislators_name():
    # in brackets before the cue, before and after the quotation
    text = "Sen. Dana Morrow (R-Idaho) said: “This bill will not pass the Senate.”"
    assert [x["speaker"] for x in full(text)] == ["Dana Morrow"]
    text = "Rep. Luis Ortega (D-Calif.) said the plan was “a giveaway to insurers”."
    assert [x["speaker"] for x in full(text)] == ["Luis Ortega"]
    # AP style between commas, with and without an apposition after it
    text = "“We were never consulted,” Sen. Paul Rivers, D-N.M., told the Albuquerque Journal."
    assert [x["speaker"] for x in full(text)] == ["Paul Rivers"]
    text = ("Sen. Ellen Marsh, R-Kan., the top Republican on the committee, said the deal was “the least bad option "
            "we have”.")
    assert [x["speaker"] for x in full(text)] == ["Ellen Marsh"]


def test_round_16_names_that_open_with_a_cue_noun_or_a_given_name_sri():
    # 'State' is no inverted cue verb: the bank's name keeps it
    text = "The State Bank of Ruritania kept its rate at 9 percent. “Inflation is easing,” the central bank said."
    assert [x["speaker"] for x in full(text)] == ["State Bank of Ruritania"]
    # 'Sri' is a given name, no form of address
    text = "Sri Rahayu, 41, lost her home. “We have nothing left,” she told reporters."
    assert [x["speaker"] for x in full(text)] == ["Sri Rahayu"]
    # a physio is a role before a name
    text = "According to team physio Lena Marsh, the injury is “minor but not one to rush”."
    assert [x["speaker"] for x in full(text)] == ["Lena Marsh"]


def test_round_16_a_kind_takes_the_subject_organisation_past_sentences_about_it():
    # 'the watchdog' after a sentence whose subject describes the same body: the organisation named as subject before
    text = ("The Civil Aviation Authority fined Skyline Air £2 million on Monday. The regulator said the airline had "
            "ignored complaints for years. “Passengers were let down,” the watchdog said.")
    assert [x["speaker"] for x in full(text)] == ["Civil Aviation Authority"]
    # a public body named after a place in the possessive
    text = ("Britain's Civil Aviation Authority fined Skyline Air on Monday. “Passengers were let down,” the "
            "regulator said.")
    assert [x["speaker"] for x in full(text)] == ["Civil Aviation Authority"]


def test_round_16_a_speaker_introduced_in_the_paragraph_before_and_the_listener_after_telling():
    # a name introduced with an apposition as the subject of the paragraph before speaks the quotation that fills the
    # next paragraph
    text = ("Maria Costa, a nurse at Harbour General for 20 years, spent the morning on the picket line.\n\n"
            "“We are not asking for the moon. We are asking for enough hands to keep patients safe.”")
    assert [(x["speaker"], x["speaker_reason"]) for x in full(text)] == [
        ("Maria Costa", "introduced in the paragraph before")]
    # not a name met before (a character of a story who listens), nor after a paragraph ending in a colon
    text = ("Maria Costa spoke first.\n\nMaria Costa, a nurse at Harbour General, listened with the calm of long "
            "practice.\n\n“So we have to protect the old man for his own good. You see what I mean.”")
    assert [x["speaker"] for x in full(text)][-1] is None
    # 'telling a news conference:' names the listener; the speaker is the clause's subject
    text = ("Ortega, who won the title in Madrid last month, was gracious in defeat, telling a news conference: "
            "“She played better on the big points and she deserved it.”")
    assert [x["speaker"] for x in full(text)] == ["Ortega"]


def test_round_16_mothers_of_three_datelines_programmes_and_it_after_a_subject_organisation():
    # 'a mother of three' after a place ending an adverbial: the description, not the place
    text = ("At one clinic in Fort Davis, a mother of three said she had changed her mind. “Seeing kids in hospital "
            "scared me,” she said.")
    assert [x["speaker"] for x in full(text)] == ["mother of three"]
    # a dateline names no subject; a programme is an organisation
    text = ("KAKUMA, Kenya — The World Food Programme will halve rations for refugees from next month.\n\n“We did not "
            "want to make this decision,” the agency said.")
    assert [x["speaker"] for x in full(text)] == ["World Food Programme"]
    # 'it' is the organisation that was the subject of the sentence before, not one named inside it
    text = ("The Clean Air Coalition, a UK charity, said the findings strengthened the case for clean-air zones. "
            "“Cutting pollution is something governments can do now,” it said.")
    assert [x["speaker"] for x in full(text)] == ["Clean Air Coalition"]


def test_round_16_a_gendered_pronoun_passes_over_the_subject_of_a_reported_clause():
    # 'Maddox' (no gender known) is the subject of the clause Helen Gaskell reports: 'she' is Gaskell
    text = ("Kieran Maddox, 27, admitted speeding when he appeared before the court.\n\nProsecutor Helen Gaskell said "
            "Maddox had been filming himself as he overtook a lorry. “This was not a momentary lapse,” she told "
            "magistrates.")
    assert [x["speaker"] for x in full(text)] == ["Helen Gaskell"]
    # but a name after an inverted cue is no reported clause's subject: 'she' is the researcher quoted
    text = ("Acme said its cameras store nothing. “The defaults are only part of it,” said Dr. Ama Osei, who studies "
            "surveillance.\n\nOsei's team found most devices matched faces. “That was not what we expected,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Ama Osei", "Ama Osei"]


def test_round_17_particles_joined_by_a_hyphen_are_part_of_the_name():
    # Arabic names written in English: the article 'al-' (and 'el-') joined to the next name word
    text = ("“We will rebuild the bridge,” said Ahmed al-Rubaie, the mayor. Sheikh Khalid bin Saeed al-Nuaimi said: "
            "“The fund is ready.” Police spokesman Ahmed al-Rubaie said “the road reopens on Sunday morning.”")
    assert [x["speaker"] for x in full(text)] == ["Ahmed al-Rubaie", "Khalid bin Saeed al-Nuaimi", "Ahmed al-Rubaie"]


def test_round_17_names_joined_by_and_or_ampersand():
    # a firm's name with '&', an organisation's name with 'and' before its organisation word
    text = "Ashcombe & Reyes said in a statement that Pell had been “dismissed after an internal review”."
    assert [x["speaker"] for x in full(text)] == ["Ashcombe & Reyes"]
    text = ("The Pharmaceutical Research and Innovation Council, the industry's main lobby, said in a statement that "
            "the program was “government price-setting by another name”.")
    assert [x["speaker"] for x in full(text)] == ["Pharmaceutical Research and Innovation Council"]
    # the table holds the whole name, so a kind refers to it ('Drug Administration' before)
    text = ("The Food and Drug Administration banned the vapes on Friday. The agency said the products had failed to "
            "show “a benefit to adult smokers that outweighs the risk”.")
    assert [x["speaker"] for x in full(text)] == ["Food and Drug Administration"]
    # a person 'of' a firm stays a person; two people joined by 'and' stay two
    text = ("Pell’s lawyer, Victor Hanley of Marchetti Hanley & Stone, said his client would “fight these allegations "
            "vigorously”. “He is innocent,” Hanley said.")
    assert [x["speaker"] for x in full(text)] == ["Victor Hanley", "Victor Hanley"]
    text = "Smith and Jones met on Monday. “We are done with this,” Jones said."
    assert [x["speaker"] for x in full(text)] == ["Jones"]


def test_round_17_an_organisation_named_by_the_start_of_its_name():
    text = ("Kingsmere Bank was fined £48m on Tuesday. Kingsmere said in a statement that it “accepts the findings "
            "in full”.")
    assert [x["speaker"] for x in full(text)] == ["Kingsmere Bank"]
    # not where a person holds the name
    text = ("Kingsmere Bank was fined on Tuesday. Its founder, Alan Kingsmere, was not charged. Kingsmere said: "
            "“I had left the bank by then.”")
    assert [x["speaker"] for x in full(text)] == ["Alan Kingsmere"]


def test_round_17_unnamed_speakers_keep_their_body_and_place():
    # an of-phrase inside the body's name, and 'with'
    text = ("A senior official at the Water Authority of Jordan, speaking on condition of anonymity, said the task "
            "was underestimated. “We replace pipes every year,” the official said.")
    assert [x["speaker"] for x in full(text)] == ["senior official at the Water Authority of Jordan"]
    text = ("An aid worker with the Amal Association, who asked not to be named, said costs had risen. “Cement "
            "costs double what it did,” she said.")
    assert [x["speaker"] for x in full(text)] == ["aid worker with the Amal Association"]
    # after 'one', and a body of four words after 'for the'
    text = "One current employee in Dublin was blunter. “It has no idea what a threat is,” the employee said."
    assert [x["speaker"] for x in full(text)] == ["current employee in Dublin"]
    # after the verb too, for an indefinite description; after 'the' the phrase is the occasion
    text = "“We were told the machines would cope,” said a former content moderator in Lisbon, who was laid off."
    assert [x["speaker"] for x in full(text)] == ["a former content moderator in Lisbon"]
    assert [x["speaker"] for x in full("“We were told,” said the minister in Parliament.")] == ["the minister"]
    text = ('A spokesperson for the German Federal Foreign Office said Berlin was "in close contact with all '
            'partners" but declined to say more.')
    assert [(x["speaker"], x["speaker_org"]) for x in full(text)] == [
        ("A spokesperson for the German Federal Foreign Office", "German Federal Foreign Office")]


def test_round_17_partial_quotations_after_a_described_subject():
    # a capitalised modifier before the head, with a relative clause
    text = ('A senior Democratic aide, who spoke on the condition of anonymity, said the bill had "zero chance of '
            'surviving the Senate" and predicted defeat.')
    assert [x["speaker"] for x in full(text)] == ["A senior Democratic aide"]
    # a short partial quotation in the that-clause, a day between the verb and 'that'
    text = 'A spokesperson for the Red Cross said Thursday that "a handful of households" had asked for help.'
    assert [x["speaker"] for x in full(text)] == ["A spokesperson for the Red Cross"]
    # a term after a definite article there stays a mention
    text = "A spokesperson for the Red Cross said that the “smart city” plan was late."
    assert full(text) == []


def test_round_17_a_named_speaker_the_table_lacks_is_a_person_for_a_later_pronoun():
    # 'Bethan' is no given name the table knows, and no title or role marks the name
    text = ("Members voted to strike after being offered what the union’s organiser, Bethan Lloyd-Hughes, called “a "
            "pay cut dressed up as a settlement.”\n\n“Nobody joins an orchestra to get rich,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Bethan Lloyd-Hughes", "Bethan Lloyd-Hughes"]


def test_round_17_offices_of_south_asian_papers():
    text = ("Advocate Shahnaz Parveen Rimi said the ruling was “welcome but late”. Senior DIG Chandana "
            "Wickramaratne said: “We have identified the main instigator.” Ernakulam Rural SP Vivek Kumar Nair said: "
            "“We respect the court’s decision.” Commodore Jose Miguel Tarrosa said: “They were not trying to warn "
            "us.”")
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [
        ("Shahnaz Parveen Rimi", "Advocate"), ("Chandana Wickramaratne", "Senior DIG"),
        ("Vivek Kumar Nair", "Ernakulam Rural SP"), ("Jose Miguel Tarrosa", "Commodore")]


def test_round_17_which_after_a_name_is_said_of_no_person():
    # a firm in an apposition with a relative 'which' had become a person and taken the woman's 'she'
    text = ("Jennifer Castellano, a portfolio manager at Ridgeline Capital Management, which owns about 2% of the "
            "shares, said the selloff was overdone.\n\n\"The market is pricing this like a structural problem,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Jennifer Castellano"]


def test_round_17_kinds_refer_to_organisations_of_their_class():
    # a business is no public body named before it; a body named for its remit by the noun before 'for'
    text = ("Norway’s Data Protection Authority has fined the dating app Sparkle. The authority said the consent was "
            "“a box to be ticked”. Sparkle said it would appeal. “We disagree,” the company said.")
    assert [x["speaker"] for x in full(text)] == ["Data Protection Authority", "Sparkle"]
    text = ("The Arab Center for Water & Environment Studies published a report on Monday. The center warned that "
            "\"no desalination plant can compensate for the losses\".")
    assert [x["speaker"] for x in full(text)] == ["Arab Center for Water & Environment Studies"]


def test_round_17_the_place_of_a_dateline_is_no_antecedent_of_it():
    text = ("MANILA, Aug 20 — The Philippines’ Department of Foreign Affairs summoned China’s ambassador on Tuesday "
            "to protest what it called “dangerous and unlawful manoeuvres” by coast guard ships.")
    assert [x["speaker"] for x in full(text)] == ["Department of Foreign Affairs"]


def test_round_17_naming_verbs_after_an_opening_adverbial_and_with_a_pronoun_subject():
    text = "In a post on its website, the federation called the Norwegian drama “the discovery of the year.”"
    assert [x["speaker"] for x in full(text)] == ["the federation"]
    text = ("Torvald’s chief executive, Lars Engqvist, responded within hours. In a post on LinkedIn, he called the "
            "rejection “disappointing but not surprising” and said Torvald remained open to talks.")
    assert [x["speaker"] for x in full(text)] == ["Lars Engqvist"]
    # a name given in a relative clause with no object is a name, no one's words
    assert full("Hikvision sells a system it calls “Safe City” to councils.") == []


def test_round_17_place_and_nationality_before_a_name_are_no_part_of_it():
    text = ("The Brussels-based Clean Air Alliance said: “We will fight this.” California-based SonicGrid said in a "
            "statement that it “stands by its sensors”. American Casey Ruddock said: “I felt strong today.”")
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [
        ("Clean Air Alliance", None), ("SonicGrid", "California-based"), ("Casey Ruddock", "American")]
    # a given name that ends like a nationality, and a body whose name opens with one, stay whole
    text = ("Abdirahman Hashi Warsame said: “The talks will go on.” The American Civil Liberties Union said: “We "
            "will sue.”")
    assert [x["speaker"] for x in full(text)] == ["Abdirahman Hashi Warsame", "American Civil Liberties Union"]


def test_round_17_titles_and_offices_of_more_papers():
    text = ("Cr Dave Te Huia said: “We will fight this.” Aunty Rosalie Dawson said: “Country matters.” Fianna Fáil TD "
            "Tomás Hehir said: “It is a scandal.” Seamer Kamran Javed said: “The ball swung.” Co-author Jamal "
            "Whitfield said: “The data are clear.”")
    assert [x["speaker"] for x in full(text)] == [
        "Dave Te Huia", "Rosalie Dawson", "Tomás Hehir", "Kamran Javed", "Jamal Whitfield"]


def test_round_17_a_described_person_keeps_the_phrases_after_the_noun():
    text = ("Outside the courtroom, a relative of the accused who declined to be named said the family remained "
            "confident. “He has served this country faithfully,” she said.")
    assert [x["speaker"] for x in full(text)] == ["relative of the accused"]
    text = ("A mother of two Greenbrook students, who asked not to be named, said her son had been pulled aside. "
            "“He’s 15,” she said.")
    assert [x["speaker"] for x in full(text)] == ["mother of two Greenbrook students"]
    # company is no affiliation
    text = "A woman with a small boy slipped in between them. “Please,” she said."
    assert [x["speaker"] for x in full(text)] == ["woman"]


def test_round_17_titles_of_two_words_and_more_forms_of_address():
    text = ("Tan Sri Gurdeep Singh Randhawa said: “We will appeal.” “Later,” Gurdeep said. Datuk Seri Hamdan Mokhtar "
            "said: “It is done.” Pol Lt Col Nattapong Khemthong said: “Two men fled.” Pak Jufri said: “The water "
            "came fast.” Const Danielle Ouellette said: “Stay away.”")
    assert [x["speaker"] for x in full(text)] == [
        "Gurdeep Singh Randhawa", "Gurdeep Singh Randhawa", "Hamdan Mokhtar", "Nattapong Khemthong", "Jufri",
        "Danielle Ouellette"]
    # a word of such a pair alone is a name
    assert [x["speaker"] for x in full("Tan Wei Ming said: “We will appeal.”")] == ["Tan Wei Ming"]


def test_round_17_a_definite_description_takes_the_phrase_of_the_indefinite_one_before():
    text = ("A spokesperson for the commission said the rules were ready. “We expect them in May,” the spokesperson "
            "said.")
    assert [x["speaker"] for x in full(text)] == ["spokesperson for the commission"]


def test_round_17_a_noun_phrase_after_a_preposition_of_place_is_no_subject():
    # the club is where he marched, not who shouted (it had become the speaker once its name could be four words)
    text = ("Mr. Pastern was far from dead. He was marching up and down the locker room of the Grassy Brae Golf Club "
            "shouting, “Bomb them all, every one of them!!”")
    assert [x["speaker"] for x in find_quote_spans(text)] == [None]


def test_round_17_a_description_with_its_phrase_before_an_apposition_and_apostrophes_in_a_relative_clause():
    # the phrase in lower case after the head, then the relative clause of anonymity between commas
    text = ('A mother of two Westbrook students, who asked not to be named because she feared harassment online, said '
            'the exclusion felt "like a punishment for making a medical choice."')
    assert [x["speaker"] for x in full(text)] == ["A mother of two Westbrook students"]
    text = ('The father of one of the victims, who asked not to be named, said the family had felt "a weight lifted '
            'off our shoulders" then.')
    assert [x["speaker"] for x in full(text)] == ["The father of one of the victims"]
    # an apostrophe inside a word of the relative clause is no quotation mark
    text = ("The Northern California Innocence Alliance, which took up Arredondo’s case in 2019, called the ruling “a "
            "long overdue step toward justice.”")
    assert [x["speaker"] for x in full(text)] == ["Northern California Innocence Alliance"]


def test_round_18_an_organisation_named_by_the_start_of_its_name_of_several_words():
    # 'Canyon Plains' has two capitals and no person's marks (no given name, title or role): after 'Canyon Plains
    # Medical Center' it is that organisation, as the one-word 'Kingsmere' was after 'Kingsmere Bank' (round 17)
    text = ("Nine patients were treated at Canyon Plains Medical Center last week. Officials at Canyon Plains met on "
            "Monday. Canyon Plains said in a statement that it was “contacting every patient who was in the department”.")
    assert [x["speaker"] for x in full(text)] == ["Canyon Plains Medical Center"]
    # a person's name of two words keeps its person ('Maria Lopez' starts no organisation's name here)
    text = ("Maria Lopez joined Lopez Holdings in May. “We are growing,” Maria Lopez said.")
    assert [x["speaker"] for x in full(text)] == ["Maria Lopez"]


def test_round_18_company_designators_end_a_name_and_its_home_is_no_part_of_it():
    from discourse._speakers import _without_home

    # industry nouns and designators end company names, so the company said by its first word is the company
    text = ("The drug, donanexib, is made by Calloway Therapeutics of Cambridge, Mass. Calloway has not announced a "
            "price. Calloway said it was “confident the data support approval”.")
    assert [x["speaker"] for x in full(text)] == ["Calloway Therapeutics"]
    text = ("Ashcombe & Reyes Capital bought the stake in May. Ashcombe & Reyes said the deal was “a long-term bet”.")
    assert [x["speaker"] for x in full(text)] == ["Ashcombe & Reyes Capital"]
    # 'of' after a designator opens the company's home; after other organisation words it goes on with the name
    assert _without_home("Calloway Therapeutics of Cambridge") == "Calloway Therapeutics"
    assert _without_home("Bank of England") == "Bank of England"
    assert _without_home("the Corp of Army Engineers") == "the Corp of Army Engineers"
    assert _without_home("Corp of Army Engineers") == "Corp of Army Engineers"


def test_round_19_a_short_partial_quotation_after_the_attribution_before_it_in_its_sentence():
    # 'described the losses as “...”': the attribution right before the quotation had stopped the partial-quotation
    # rule (the one that reads the sentence's subject and cue); now a quotation of two words or more, or one word in
    # a reported clause's slot, is the speaker's there too
    text = ("Chief Executive Simon Achterberg described the losses as “painful but manageable” and said the "
            "reinsurance held.")
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Simon Achterberg", "described")]
    text = 'Holloway described the midfielder as "fearless" in his briefing.'
    assert [x["speaker"] for x in full(text)] == ["Holloway"]
    # a term after a determiner in a clause with no cue stays a mention
    text = 'The council approved the “smart city” plan on Monday.'
    assert full(text) == []


def test_round_19_verbs_of_saying_that_report_a_partial_quotation():
    # Levin 1993, 37.7: 'countered', 'acknowledged', 'confirmed' ... report the that-clause's content as the
    # subject's words, as 'said' does, so a short partial quotation there is theirs
    text = ("Special prosecutor Fahad Ali Sukhera countered that the minutes had been \"altered after the fact\" and "
            "that an examination was due.")
    assert [x["speaker"] for x in full(text)] == ["Fahad Ali Sukhera"]
    assert [x["cue"] for x in full(text)] == ["countered"]
    # a verb of learning reports no words of the subject's
    text = "Fahad Ali Sukhera learned that the minutes had been \"altered after the fact\" and left."
    assert full(text) == []


def test_round_19_offices_before_a_name_in_south_asian_and_parliamentary_news():
    # 'MLA' is an office written before the name as 'MP' is; 'Speaker' with a capital is the presiding officer
    text = ("The Janata Nyay Morcha on Sunday expelled its Sultanpur MLA Devendra Pratap Tripathi. "
            "“I was expelled the day I started asking questions,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Devendra Pratap Tripathi"]
    text = ("Deputy Speaker Naseem Akhtar Rind, who was chairing the sitting, said the matter could wait. "
            "“The rules are not my invention,” he said.")
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [("Naseem Akhtar Rind", "Deputy Speaker")]


def test_round_19_a_portfolio_after_the_office_is_no_part_of_the_name():
    text = ("Minister for Energy Arshad Mahmood Kundi said the tariffs were part of the commitments. "
            "“We inherited this debt,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Arshad Mahmood Kundi"]
    # a portfolio joined by 'and' (the name run starts after the 'and')
    text = ("Provincial Minister for Elementary and Secondary Education Akhtar Zaman Marwat said the department "
            "did not dispute the findings. “We are not going to hide behind denials,” he said.")
    assert [x["speaker"] for x in full(text)] == ["Akhtar Zaman Marwat"]
    # words of a portfolio that end in an adjective are no portfolio: 'Government & Public Utility Sector' names a
    # division, and the person is the one named before it
    text = ("“A smart city is about people,” explains Edwin Diender, Vice President, Government & Public Utility "
            "Sector in Huawei Enterprise Business Group.\n\nFor a city to be smart, he says, “it needs water.”")
    assert {x["speaker"] for x in full(text)} == {"Edwin Diender"}


def test_round_19_a_general_noun_refers_back_to_a_title_it_covers():
    # Halliday & Hasan 1976, 6.2: 'the judge' after 'Justice Suresh Annaiah Gowda' (a forum is an organisation,
    # no person the description could go to)
    text = ("BENGALURU: Justice Suresh Annaiah Gowda of the high court on Tuesday pulled up the department.\n\n"
            "Hearing a petition filed by the Kudlu Residents' Welfare Forum, the judge said the department had "
            "taken four months to file a report that \"says nothing and promises less\".")
    assert [x["speaker"] for x in full(text)] == ["Suresh Annaiah Gowda"]


def test_round_19_a_name_in_apposition_to_a_role_noun_is_a_person():
    # Quirk et al. 1985, 17.65: 'Lithuania's foreign minister, Rokas Jankauskas,' is one person; the name (no given
    # name of the list) is a person's, so the 'he' after it goes to him and not to the woman quoted before
    text = ("Margit Lindqvist said she still expected a deal. “We are close,” she said.\n\n"
            "Lithuania's foreign minister, Rokas Jankauskas, was less patient. In a post on X, he wrote: "
            "“Every week we wait is another week of revenue.”")
    assert [x["speaker"] for x in full(text)] == ["Margit Lindqvist", "Rokas Jankauskas"]
    from discourse._speaker_names import _role_appos_before
    assert _role_appos_before("One Murphy Town resident, 67-year-old ")
    assert not _role_appos_before("In a statement, ")


def test_round_19_trades_and_arts_institutions_name_organisations():
    # 'Atlantic Crest Energy' ends in a trade noun: an organisation, and 'the company' refers back to it
    text = ("In a statement, Atlantic Crest Energy said the project would power 48,000 homes.\n\n"
            "“We have listened to the community,” the company said.")
    assert [x["speaker"] for x in full(text)] == ["Atlantic Crest Energy"]
    text = ("The Castleton Symphony Orchestra cancelled its season. “These are players at the very top of their "
            "profession,” said its director, Ann Roe.\n\nThe orchestra said in a statement that it had made "
            "“every possible saving before this decision”.")
    assert [x["speaker"] for x in full(text)][-1] == "Castleton Symphony Orchestra"


def test_round_19_a_document_and_the_author_a_participle_names():
    # 'filed by', 'signed by' name the author of the document, who speaks through it (the document is the channel)
    text = ('According to the reference filed by the Punjab Integrity Bureau (PIB), the accused, "in connivance with '
            'each other", approved the plots.')
    assert [(x["speaker"], x["channel"]) for x in full(text)] == [("Punjab Integrity Bureau", "reference")]
    text = ("The practice wrote to patients.\n\nThe letter, signed by senior partner Dr Raymond Osei, said the practice "
            "had been unable to recruit a new GP despite advertising \"repeatedly over the past 18 months\".")
    assert [(x["speaker"], x["channel"]) for x in full(text)] == [("Raymond Osei", "letter")]


def test_round_19_a_currency_is_no_organisation_and_a_short_owner_is_the_full_name():
    # 'Rs' recurs before figures and had become the organisation a document was given to; 'Voltana's prospectus' is
    # the document of Voltana Mobility, named in full before
    text = ("Voltana Mobility launched a scooter on Tuesday.\n\nVoltana's net loss widened to Rs 612 crore from Rs 448 "
            "crore, while revenue rose to Rs 1,870 crore, according to its draft prospectus. The document warned "
            "that the company \"may not achieve profitability in the foreseeable future\".")
    assert [x["speaker"] for x in full(text)] == ["Voltana Mobility"]


def test_round_19_a_title_in_quotation_marks_inside_the_relative_clause_and_philippine_titles():
    # the relative clause between the name and its cue may hold a short title in quotation marks
    text = ("Tyrone Bailey, who runs the “Blades Down” youth project in nearby Bloxwich, said: “Every time this "
            "happens we hear the same speeches.”")
    assert [x["speaker"] for x in full(text)] == ["Tyrone Bailey"]
    # 'Atty.' is a title: its full stop ends no sentence and it is no part of the name
    text = ("In a letter to the committee, his lawyer, Atty. Josefina Malvar, said Uy was being treated abroad and "
            "would appear \"at the earliest possible opportunity once his doctors allow\".")
    assert [x["speaker"] for x in full(text)] == ["Josefina Malvar"]


def test_round_19_false_titles_and_an_office_of_the_opposition():
    text = ('Substitute Freya Lindqvist struck twice.\n\n"I came on and I just thought, this is my moment," said '
            'Lindqvist.')
    assert [x["speaker"] for x in full(text)] == ["Freya Lindqvist"]
    # the portfolio of an office may follow 'of the' ('Leader of the Opposition', 'Minister of the Interior')
    from discourse._speaker_names import _split_role
    assert _split_role("Leader of the Opposition Tejpal Yadav".split()) == (
        ["Leader", "of", "the", "Opposition"], ["Tejpal", "Yadav"])
    assert _split_role("Minister of the Interior Ann Lee".split())[1] == ["Ann", "Lee"]


def test_round_19_characterising_verbs_with_a_pronoun_subject_or_a_named_object():
    # a coordinated predicate after the quotation ('... “selfish vandals” and said') closes the quoted complement
    text = ("Adrian Fitzgibbon, the minister, went further. Speaking on local radio, he described the protesters as "
            "“selfish vandals” and said the government would act.")
    assert [x["speaker"] for x in full(text)] == ["Adrian Fitzgibbon"]
    # the object of 'described' may hold capitalised words after its first ('referee Iolo Baines’s decision')
    text = ("Coach Ann Roe was unhappy.\n\nShe described referee Iolo Baines’s decision as “harsh but probably "
            "correct” after the match.")
    assert [x["speaker"] for x in full(text)] == ["Ann Roe"]
    # a term after a definite article and before a noun stays a mention
    assert full("She described the “smart city” plan as costly.") == []


def test_round_19_a_described_speaker_keeps_where_they_work_after_at_a():
    # 'at a large European asset manager' names where the analyst works: part of the description; 'at a news
    # conference' names an occasion and is cut as before
    text = ("An analyst at a large European asset manager, speaking on condition of anonymity, said: “The world "
            "needs them kept.”")
    assert [x["speaker"] for x in full(text)] == ["An analyst at a large European asset manager"]
    text = "A man at a news conference said: “This is a one-off windfall.”"
    assert [x["speaker"] for x in full(text)] == ["A man"]


def test_round_19_an_organisation_named_short_after_its_full_name():
    # full name on first mention, short after: the short name is the organisation named in full
    text = ("A once-weekly injection developed by Halvorsen Therapeutics cut admissions by 31 percent.\n\n"
            "Halvorsen, which is based in Copenhagen, said it would seek approval. The company described the drug as "
            "“a potential cornerstone therapy” but declined to name a price.")
    assert [x["speaker"] for x in full(text)] == ["Halvorsen Therapeutics"]
    # a short name written before the longer one names the whole, the longer one a part of it
    text = ("Huawei has built cameras for the city. Huawei West Europe Region signed the deal.\n\n"
            "Huawei, which is based in Shenzhen, said in a statement that the system was “fully compliant with "
            "European law”.")
    assert [x["speaker"] for x in full(text)] == ["Huawei"]


def test_round_19_the_name_in_the_first_apposition_of_a_described_subject():
    # Quirk et al. 1985, 17.65: 'Its chair, Helen Oduya, a professor of sociology,' is one person, named
    text = ("Its chair, Helen Oduya, a professor of sociology, said the vote reflected the faculty’s “deep unease "
            "with balancing the budget on the backs of students”.")
    assert [x["speaker"] for x in full(text)] == ["Helen Oduya"]
    # a portfolio that opens with 'International' ('Minister of Tourism and International Transport')
    text = ("Minister of Tourism and International Transport Kerrie Lashley said she had met the association. "
            "“Tourism is everybody’s business,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Kerrie Lashley"]


def test_round_19_a_participle_of_saying_in_a_sentence_longer_than_the_window():
    # Quirk et al. 1985, 15.58: the participle's implied subject is the sentence's, here more than 160 characters
    # before the quotation; the organisation in the prepositional phrase nearer to it is no subject
    text = ("The CBN Governor, Mr. Babatunde Olasunkanmi Adeyemi, announced the decision at the end of the two-day "
            "Monetary Policy Committee (MPC) meeting in Abuja on Tuesday, saying inflation remained \"the single "
            "biggest threat to the welfare of Nigerians.\"")
    assert [x["speaker"] for x in full(text)] == ["Babatunde Olasunkanmi Adeyemi"]


def _blind_bench():
    """benchmarks/bench_blind_speakers.py, imported from the repository root."""
    import importlib
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    return importlib.import_module("benchmarks.bench_blind_speakers")


def test_blind_speaker_sets_are_whole():
    # the benchmark's sets (benchmarks/bench_blind_speakers.py): eight articles each, every label's first words in
    # its article, a speaker for every label; a set cut short or edited by hand would change the figures silently
    bench = _blind_bench()
    DATA, load = bench.DATA, bench.load

    names = sorted(p.stem[5:] for p in DATA.glob("cases*.py"))
    assert len(names) == 467 and names[0] == "AX" and names[-1] == "SW"
    n = 0
    for name in names:
        cases = load(name)
        assert len(cases) == 8, name
        for text, labels in cases:
            assert labels and all(s in text and spk.strip() for s, spk in labels), name
            n += len(labels)
    assert n == 35064  # 1262 in batches 1-5, 501 in batch 6, 284 in batch 7, 266 in batch 8 (docs/speakers.md, "Round 19"), 315 in
    # batch 9 and 306 in batch 10 (docs/speakers.md, "Round 20"), 290 in batch 11, 279 in batch 12 and 304 in batch 13 (docs/speakers.md,
    # "Round 21"), 371 in batch 14, 272 in batch 15 and 320 in batch 16 (docs/speakers.md, "Round 22"), 289 in batch 17, 296 in batch
    # 18, 297 in batch 19, 286 in batch 20, 321 in batch 21, 287 in batch 22, 304 in batch 23, 313 in batch 24 and 347
    # in batch 25 (docs/speakers.md, "Round 23"), 288 in batch 26, 367 in batch 27, 325 in batch 28, 188 in
    # batch 29's three English sets and 289 in batch 30 (docs/speakers.md, "Round 24"; batch 29's fourth set, written in French,
    # is kept apart), 295 in batch 31, 302 in batch 32, 311 in batch 33 and 311 in batch 34 (docs/speakers.md, "Round 25"), 329 in
    # batch 35, 301 in batch 36, 314 in batch 37, 315 in batch 38, 314 in batch 39, 330 in batch 40 and 325 in batch 41
    # (docs/speakers.md, "Round 26"), 319 in batch 42, 298 in batch 43, 303 in batch 44, 301 in batch 45, 293 in batch
    # 46, 295 in batch 47, 293 in batch 48, 307 in batch 49, 311 in
    # batch 50, 308 in batch 51 and 265 in batch 52 (docs/speakers.md, "Round 27"), 336 in batch 53, 319 in batch 54, 327 in
    # batch 55, 288 in batch 56, 278 in batch 57, 322 in batch 58,
    # 295 in batch 59, 318 in batch 60, 281 in batch 61, 323 in batch 62 and 328 in
    # batch 63 (docs/speakers.md, "Round 28"), 314 in batch 64, 275 in batch 65, 328 in batch 66, 290 in
    # batch 67, 288 in batch 68, 313 in batch 69, 319 in batch 70 and 301 in batch 71 (docs/speakers.md, "Round 29"), 314 in
    # batch 72, 314 in batch 73, 319 in batch 74 and 307 in batch 75 (docs/speakers.md, "Round 30"), 302 in batch 76 and 345 in
    # batch 77 (docs/speakers.md, "Round 31"), 311 in batch 78, 305 in batch 79 and 298 in batch 80 (docs/speakers.md, "Round 32"), 296 in
    # batch 81, 317 in batch 82 and 317 in batch 83 (docs/speakers.md, "Round 33"), 312 in batch 84, 314 in batch 85, 307 in batch
    # 86, 312 in batch 87 and 307 in batch 88 (docs/speakers.md, "Round 34"), 312 in batch 89, 292 in batch 90, 312 in batch 91, 335 in batch 92 and 299 in batch
    # 93 (docs/speakers.md, "Round 35"), 311 in batch 94, 303 in batch 95 and 296 in batch 96 (docs/speakers.md, "Round 36"), 341 in batch 97,
    # 336 in batch 98, 294 in batch 99, 306 in batch 100 and 353 in batch 101 (docs/speakers.md, "Round 37"), 301 in batch
    # 102, 320 in batch 103, 298 in batch 104 and 315 in batch 105 (docs/speakers.md, "Round 38"), 319 in batch 106, 356 in batch
    # 107, 320 in batch 108 and 269 in batch 109 (docs/speakers.md, "Round 39"), 303 in batch 110, 355 in batch 111, 308 in batch 112 and 366 in batch 113 (docs/speakers.md, "Round 40"), 297 in batch 114 (docs/speakers.md, "Round 41")


def test_blind_scorer_reads_the_spokesperson_forms_and_counts_unlabelled_speech():
    bench = _blind_bench()
    same, unlabelled_speech = bench.same, bench.unlabelled_speech

    # the label's 'Highland Council spokesperson' and 'spokesperson' are the library's 'A spokesperson for ...'
    assert same("A spokesperson for Highland Council", "Highland Council spokesperson")
    assert same("a spokesman for the government", "government spokesman")
    assert same("A spokesperson for Highland Council", "spokesperson")
    assert not same("A spokesperson for Highland Council", "Highland Council")
    # a quotation called speech where no label stands (a title here) is counted; one a label covers is not
    text = 'The report "Empty Classrooms" was out. "We are shocked," Ann Roe said.'
    cases = [(text, [("We are shocked", "Ann Roe")])]
    everything_speech = lambda t: [{**q, "kind": "speech"} for q in find_quote_spans(t)]  # noqa: E731
    assert unlabelled_speech(everything_speech, cases) == 1
    assert unlabelled_speech(find_quote_spans, cases) == 0


def test_round_19_party_labels_parents_and_styles_before_a_name():
    # false titles: a party's member and a pupil's parent written before the name
    text = ('Democrat Paul Ebersole said the map was unfair. "It carves up my county," Ebersole said.')
    assert [x["speaker"] for x in full(text)] == ["Paul Ebersole"]
    text = ('Parent Jasmine Okafor said the bus never came. "We waited an hour," Okafor said.')
    assert [x["speaker"] for x in full(text)] == ["Jasmine Okafor"]
    # styles of two words ('His Honour', 'State Sen.') and 'Haja' are titles, no part of the name
    from discourse._speaker_names import _strip_title
    assert _strip_title("His Honour Samuel Kwaku Adjei-Frimpong".split())[0] == ["Samuel", "Kwaku", "Adjei-Frimpong"]
    assert _strip_title("State Sen. Kristen Albrighton".split())[0] == ["Kristen", "Albrighton"]
    assert _strip_title("Haja Mariama Jalloh-Conteh".split()) == (["Mariama", "Jalloh-Conteh"], "f")


def test_round_19_a_surname_in_qvist_is_no_occupation():
    # the agent suffix -ist marks occupations ('Physiologist Ancel Keys'); 'Lindqvist' is a surname
    text = ('The caucus is led by state Sen. Wade Lindqvist of Joplin.\n\nLindqvist later told reporters that the '
            'vote was "a mistake we will fix". "We are not done," he said.')
    assert [x["speaker"] for x in full(text)] == ["Wade Lindqvist", "Wade Lindqvist"]


def test_round_19_ethiopian_and_east_african_titles_and_undersecretary():
    from discourse._speaker_names import _split_role, _strip_title
    assert _strip_title("Ato Tesfaye Gebremariam".split()) == (["Tesfaye", "Gebremariam"], "m")
    assert _strip_title("Eng. Charles Tumwine Byaruhanga".split())[0] == ["Charles", "Tumwine", "Byaruhanga"]
    assert _split_role("Culture Undersecretary Fabrizio Donadio-Lenti".split())[1] == ["Fabrizio", "Donadio-Lenti"]


def test_round_20_a_document_introduced_as_the_means_of_a_speech_act_is_its_speakers():
    # 'In a letter ..., X argued that ...' / 'X said in a written statement that ...': 'the letter' later is X's, not
    # the organisation named last (Hawkins 1978 on the anaphoric article; the document a circumstance of means)
    text = ("The Canadian Aquatic Sports Council confirmed the team on Monday.\n\nIn a letter dated June 14 and seen by "
            "reporters, lawyer Graham Oduya argued that the council had \"applied criteria that were never published\"."
            "\n\n\"My client trained for four years on the understanding that the rules were fixed,\" the letter said.")
    got = full(text)
    assert [(x["speaker"], x["channel"]) for x in got] == [("Graham Oduya", "letter")] * 2
    assert got[1]["speaker_reason"] == "document of the speaker who introduced it"
    text = ("KMFT first reported the shooting.\n\nCounty Prosecuting Attorney Renee Oduya said in a written statement "
            "that her office was reviewing the case.\n\n\"Gun violence has touched too many families in this "
            "community,\" the statement said.")
    assert [(x["speaker"], x["channel"]) for x in full(text)] == [("Renee Oduya", "statement")]
    # a document introduced with no speaker in its sentence keeps the organisation named before
    text = ("Acme Corp. opened a plant.\n\nIn a statement on its website, the plant was described as large.\n\n"
            "\"We are proud of our workers and of this town,\" the statement said.")
    assert [x["speaker"] for x in full(text)] == ["Acme Corp."]


def test_round_20_a_possessive_and_a_relation_noun_before_a_name_are_its_role():
    # a close apposition (Quirk et al. 1985, 17.70-17.72): 'his co-driver Ieuan Pritchard' is Ieuan Pritchard, a
    # co-driver; the possessive determiner is no organisation
    got = full('“We lost a minute in the fog,” said his co-driver Ieuan Pritchard.')
    assert [(x["speaker"], x["speaker_role"], x["speaker_org"]) for x in got] == [("Ieuan Pritchard", "co-driver", None)]
    got = full('His longtime crewmate Anders Vikestad said: “We were fast today, and we will be faster.”')
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Anders Vikestad", "longtime crewmate")]
    got = full('Her lawyer Ann Roe said: “We will appeal the ruling in the morning.”')
    assert [(x["speaker"], x["speaker_role"], x["speaker_org"]) for x in got] == [("Ann Roe", "lawyer", None)]
    # an organisation before the role noun is still the organisation
    got = full('Acme lawyer Ann Roe said: “We will appeal the ruling in the morning.”')
    assert [(x["speaker"], x["speaker_org"]) for x in got] == [("Ann Roe", "Acme")]


def test_round_20_the_subject_after_a_fronted_adverbial_is_the_antecedent():
    # Quirk et al. 1985, 8.20: the comma closes a fronted adverbial, and the name after it is the main clause's subject,
    # not the object of the adverbial's preposition; the later 'she' is hers, not the speaker quoted before
    text = ('Chloé Lavigne-Marsh was left out, and the director Ruth Sandoval defended it.\n\n"Our criteria allow '
            'discretion," Sandoval said.\n\nSpeaking to reporters outside her pool in Mississauga, Lavigne-Marsh '
            'fought back tears.\n\n"I did everything they asked," she said.')
    from discourse._speaker_names import _subject_like
    assert _subject_like(text, text.index("Lavigne-Marsh fought"))
    # an apposition to a preposition's object is no subject
    text2 = "The motion was seconded by the vice-chairman, Mrs. Lee Patterson, who spoke next."
    assert not _subject_like(text2, text2.index("Mrs."))


def test_round_20_an_agent_noun_capitalised_before_a_name_is_an_occupation():
    # Quirk et al. 1985, App. I.34: -er/-or/-man agent nouns; a known given name is kept ('Christopher Robin Milne')
    got = full('Backstroker Chloé Lavigne-Marsh said: "I touched the wall second and I was left out."')
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Chloé Lavigne-Marsh", "Backstroker")]
    got = full('Fisherman Viliami Tuipulotu said: "We lost our boat and our nets last year."')
    assert [x["speaker"] for x in got] == ["Viliami Tuipulotu"]
    got = full('Christopher Robin Milne said: "We lost our boat and our nets last year."')
    assert [x["speaker"] for x in got] == ["Christopher Robin Milne"]


def test_round_20_the_listener_after_told_is_no_antecedent():
    # Quirk et al. 1985, 16.55: the object of 'tell' is the person spoken to, and 'told' is never inverted with its
    # subject, so the name after it is no subject for a later 'she'
    text = "“I will not resign over this,” Nadia Ruskin told Ann Whitlow on Monday.\n\n“We did nothing wrong,” she said."
    assert [x["speaker"] for x in full(text)] == ["Nadia Ruskin", "Nadia Ruskin"]
    # an inverted verb of saying still has its subject after it
    text = "“Why now?” asked Ann Whitlow on Monday.\n\n“We were never told,” she said."
    assert [x["speaker"] for x in full(text)] == ["Ann Whitlow", "Ann Whitlow"]


def test_round_20_a_predicate_coordinated_with_an_auxiliary_closes_a_two_word_quotation():
    # as round 19's 'and said': a coordinated predicate after the quotation shows it is a piece of the reported clause
    text = "Minister Aminata Sesay said the bill was “long overdue” and would correct old injustices."
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Aminata Sesay", "said")]
    # a term before a noun is still a term
    assert full("Minister Aminata Sesay said the “smart city” plan would correct old injustices.") == []


def test_round_20_a_time_adverbial_between_the_subject_and_the_verb():
    # Quirk et al. 1985, 8.16-8.18: the medial position of a time adverbial, frequent in Commonwealth and wire news
    text = "National police spokesperson Rudo Mhlanga yesterday said the ban was “purely an operational matter”."
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Rudo Mhlanga", "said")]
    text = "Union leader Ann Lebrun on Thursday urged the council to “think again about the cameras”."
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Ann Lebrun", "urged")]


def test_round_20_a_name_with_its_body_in_a_prepositional_phrase_before_the_verb():
    # Quirk et al. 1985, 17.37-17.40: the prepositional phrase postmodifies the name; the determiner phrase inside it
    # ('the city council') had been taken for the subject
    got = full('Ann Roe of the city council said: “We will think again about the cameras.”')
    assert [(x["speaker"], x["speaker_org"]) for x in got] == [("Ann Roe", "city council")]
    got = full("Senator Raffaella Pintus of the opposition Progressive Left party said the affair was “the umpteenth "
               "humiliation of our staff” and left.")
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Raffaella Pintus", "Senator")]
    # a phrase that ends in the subject's own name is no postmodifier of the word before it
    assert [x["speaker"] for x in full("But at the coroner's inquest Delphine told a story.\n\n“I saw the boy at the "
                                       "festivities and felt sorry for him, so we took him in.”")] == [None]


def test_round_20_a_judgement_or_directive_verb_reports_its_quoted_complement():
    # Levin 1993, 33 and 37.9; Searle 1976: 'accused X of', 'appealed to X to', 'called on X to', 'blamed X on' report
    # what the subject said, and the words quoted in the complement are the subject's
    assert [(x["speaker"], x["cue"]) for x in full(
        "Ann Roe blamed the delay on “the volatility of the exchange rate,” insisting that costs rose.")] == [
        ("Ann Roe", "blamed")]
    assert [(x["speaker"], x["cue"]) for x in full(
        'Ousmane Faye called on the authorities to "urgently deploy" boats along the coast.')] == [
        ("Ousmane Faye", "called on")]
    assert [(x["speaker"], x["cue"]) for x in full(
        "President Paul Biya appealed to the community of nations “to calm the international situation”.")] == [
        ("Paul Biya", "appealed")]
    # a reduced passive relative reports the accuser's words, not the accused's; a noun 'accused' is no verb; a
    # quotation after a coordinated predicate is that predicate's
    assert full("The man accused of “stealing the votes” was released on Monday.") == []
    assert full("The accused did not object to the charge that his words “may constitute a breach of the peace”.") == []
    assert full("It called for withdrawal of the troops and authorized the envoy “to take the necessary steps”.") == []


def test_round_20_a_description_shares_its_subject_with_a_coordinated_verb_of_saying():
    # Quirk et al. 1985, 13.5: predicates coordinated by 'but' share their subject; a definite description whose head
    # is a body or a role is that subject, as a name is
    text = ("Acme Corp. faced losses. The company declined to comment on individual partners but said the firm "
            "expected “very limited attrition, if any.”")
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Acme Corp.", "said")]
    # a description of a thing is no speaker
    assert full("The plan was shelved last year but said to be “very much alive” by insiders.") == []


def test_round_20_cooperatives_bands_and_parties_are_organisations_a_kind_noun_refers_back_to():
    text = ("More than 6,200 customers were without power, according to Red Plains Electric Cooperative. In a post on "
            "Sunday, the cooperative said: “Crews from three neighbouring utilities are helping us restore power.”")
    assert [(x["speaker"], x["speaker_reason"]) for x in full(text)] == [
        ("Red Plains Electric Cooperative", "description resolved to an organisation named before")]
    text = ("The Dalmatian Civic League suspended his membership in 2022. The party said: “We will not comment on a "
            "case before the court.”")
    assert [x["speaker"] for x in full(text)] == ["Dalmatian Civic League"]


def test_round_20_an_age_the_text_did_not_give_is_an_epithet_of_the_person_in_focus():
    # as 'the Norwegian' (round 11): a definite description that adds a property introduces no one new
    text = ("Brianna Scholl, playing her first match on grass, could barely contain her emotion.\n\n“I grew up watching "
            "her on television,” said the 20-year-old from Tampa.")
    assert [x["speaker"] for x in full(text)] == ["Brianna Scholl"]
    # a person the text gave another age is not the one meant
    text = ("Brianna Scholl, 19, could barely contain her emotion.\n\n“I grew up watching her on television,” said "
            "the 20-year-old from Tampa.")
    assert [x["speaker"] for x in full(text)] == ["the 20-year-old"]


def test_round_20_a_coroner_before_the_name_is_an_office():
    text = ("Coroner Elspeth Varney found the boat unstable.\n\n“That attitude must change, and it will change,” the "
            "coroner said.")
    assert [(x["speaker"], x["speaker_role"]) for x in full(text)] == [("Elspeth Varney", "Coroner")]


def test_round_20_continents_sums_of_money_and_a_country_in_the_possessive_name_no_one():
    # a continent written alone is a place, no person a later 'he' could be
    from discourse._speaker_names import _place_name
    assert _place_name(["Asia"]) and _place_name(["Africa"]) and not _place_name(["Jordan", "Pryce"])
    # a currency's letters against an amount are no name (and 'G20' or '3M' keep theirs)
    text = ("Nagwa Hassan, a retired teacher who paid LE650,000 for a two-bedroom flat in 2020, said the ruling helped."
            "\n\n“I sold my late husband's shop to pay the down payment,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Nagwa Hassan"]
    from discourse._attribution import _clean_speaker
    assert _clean_speaker("LE650") == "" and _clean_speaker("G20") == "G20"
    # Quirk et al. 1985, 5.115-5.116: a country in the possessive is the body's owner, no part of its name
    text = "Guatemala's National Civil Protection Office urged residents near rivers to “move to higher ground now.”"
    assert [x["speaker"] for x in full(text)] == ["National Civil Protection Office"]
    text = "People's Daily said: “The talks were frank and the results will be announced soon.”"
    assert [x["speaker"] for x in full(text)] == ["People's Daily"]


def test_round_20_a_thing_that_reveals_inside_a_reported_clause_is_no_speaker():
    # the subject and cue that open the clause 'said' reports are inside the speaker's report; a thing there ('the
    # previous rounds had revealed') reports no words: the quotation is the reporting speaker's
    text = ('Deputy Minister Dr Samia El-Ashmawy said the previous rounds had revealed "worrying figures" in Upper '
            'Egypt.')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Samia El-Ashmawy", "said")]
    # people in the reported clause still speak
    text = 'Ann Roe said the officials had warned that the system was "riddled with errors" last year.'
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("the officials", "warned")]


def test_round_20_a_country_named_short_is_no_company_and_no_documents_author():
    from discourse._speaker_names import _place_name
    assert _place_name(["US"]) and _place_name(["United", "States"]) and _place_name(["Taiwan"])
    assert not _place_name(["Jordan"])  # a given name too
    text = ("Jinhua Circuit Technology Corp. will build a plant in Thailand to serve customers in the US.\n\nIn a filing "
            "with the Taiwan Stock Exchange, the company said the investment was “in line with its long-term global "
            "strategy”.")
    assert [x["speaker"] for x in full(text)] == ["Jinhua Circuit Technology Corp."]


def test_round_20_senior_counsel_and_dollar_currency_letters():
    # 'SC' after a name is a rank, as 'KC' is; 'NT' before '$' is a currency, no company
    assert [x["speaker"] for x in full('Nuala Greaney SC, for the hospital, said: "The trust accepts the findings in '
                                       'full and will act on them."')] == ["Nuala Greaney"]
    text = ("Jinhua Circuit Technology Corp. said it would invest NT$2.4 billion in a plant.\n\nIn a filing, the company "
            "said the investment was \"in line with its long-term strategy\".")
    assert [x["speaker"] for x in full(text)] == ["Jinhua Circuit Technology Corp."]


def test_round_21_a_thousands_separator_is_no_comma_of_an_apposition():
    # the appositions between a subject and its verb of saying are closed by commas followed by white space; the comma
    # of a number ('LE650,000') is inside a word (a partial quotation had been a mention)
    got = full('Nagwa Hassan, a retired teacher who paid LE650,000 for a two-bedroom flat in 2020, said the ruling '
               'brought her "some comfort, but not my money."')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Nagwa Hassan")]
    # a comma followed by a space still ends the apposition: no subject is read across a number list
    got = full('Ann Roe, who counted 1,200, 1,300 and 1,400 votes, said the tally was "simply wrong" in each ward.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Ann Roe")]


def test_round_21_a_subject_held_apart_from_its_verb_by_a_long_relative_clause():
    # a non-restrictive relative clause between commas (Quirk et al. 1985, 17.22) may push the subject of 'said' out of
    # the 160-character window before a partial quotation; the cue in the window sends the reader to the wider one
    text = ('A senior official at the National Power Company, who spoke on condition of anonymity because he was not '
            'authorized to speak to the media, said the eight-hour target was "optimistic at best."')
    got = full(text)
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "A senior official at the National Power Company")]
    # no verb of saying in the sentence: still a mention
    text = ('A senior official at the National Power Company, who had worked on the grid for years before he was moved '
            'to another post in the capital, thought the eight-hour target "optimistic at best."')
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]


def test_round_21_a_name_inside_the_subjects_prepositional_phrase_is_no_antecedent():
    # 'A trader at City Market, Esther Tembo, said': City Market is the object of the phrase that postmodifies the
    # subject's head (Quirk et al. 1985, 17.37-17.40), the name in apposition is the trader; a later 'she' is hers
    text = ('A trader at City Market, Esther Tembo, said the sentence would not bring back the money. "We were promised '
            'a new shelter in 2020," she said.')
    assert [x["speaker"] for x in full(text)] == ["Esther Tembo"]
    text = ('The Leader of the Opposition, Musa Conteh-Williams, said his side was walking out.\n\n"We received the '
            'amended version at nine," he said.')
    assert [x["speaker"] for x in full(text)] == ["Musa Conteh-Williams"]
    # a preposition that opens the sentence makes no object of the name after its phrase
    assert [x["speaker"] for x in full('On Monday Ann Roe said the plan was dead. "We will start again," she said.')] \
        == ["Ann Roe"]


def test_round_21_a_colon_frame_with_a_described_speaker_or_a_possessed_noun_of_speech():
    # Quirk et al. 1985, 14.29: the colon introduces direct speech whatever the frame's verb; a definite description
    # with a role or body head is its subject ('the union laid out its position:'), as is the possessor of a noun of
    # speech ('Her response was blunt:', Francis 1994)
    text = ('Company spokesperson Refilwe Moloi denied the claim.\n\nHer response was blunt: “No employee is ever '
            'required to work in a place that is unsafe.”')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Refilwe Moloi", ":")]
    text = ('Acme Corp makes bolts in Leeds.\n\nIn a post on social media on Tuesday night, the company laid out its '
            'position: “We will not close the plant this year or next.”')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Acme Corp", ":")]
    # a thing, or a head with a phrase after it, introduces no one's words
    assert [x["speaker"] for x in full('The findings were stark: “No work was carried out on any of the roads.”')] \
        == [None]
    assert [x["speaker"] for x in full('The company of players was tired: “Who pays for all of this in the end?”')] \
        == [None]


def test_round_21_a_document_with_its_author_after_by_and_a_body_that_finds():
    # the agent of a document's 'by'-phrase is its author (Quirk et al. 1985, 17.56), who says what it says; words
    # adjuncts in lower case and an apposition may stand between the author's name and the verb
    text = ('A report published this week by the Centre for Social Policy Studies, a Buenos Aires think tank, said the '
            'minimum pension had lost “nearly 30 percent of its purchasing power” since January.')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Centre for Social Policy Studies", "said")]
    text = ('A report by the Parliamentary Oversight Committee on Water Projects tabled last month said the project had '
            'been "plagued by poor supervision and delayed payments".')
    assert [x["speaker"] for x in full(text)] == ["Parliamentary Oversight Committee on Water Projects"]
    # a body that finds in a that-clause gives a finding (a verdictive, Austin 1962): its quoted words are its own;
    # a subject that is no body or document reports no words
    text = ('The Judicial Standards Panel heard the case on Monday.\n\nThe panel found that Marchbank had been “upright '
            'and made no attempt to lower his body height” in the tackle.')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Judicial Standards Panel", "found")]
    assert full('The police found that the car was “abandoned and burnt out” near the river.') == []


def test_round_21_a_role_noun_heads_an_indefinite_description_that_opens_its_sentence():
    # the role words of the name table head an indefinite description of a person ('A supervisor at the mine, who ...,
    # said'), capitalised modifiers allowed ('One Murphy Town resident'); a name in apposition after it, an age epithet
    # before the name, is the person described
    text = ('Workers at the Cerro Alto mine stopped work on Monday.\n\nA supervisor at the mine, who asked not to be named, '
            'said most of the haul trucks had stopped. “Half the fleet is parked. Nobody is moving,” he said.')
    assert [x["speaker"] for x in full(text)] == ["supervisor at the mine"]
    text = ('One Murphy Town resident, 67-year-old Eloise Pinder, said she would stay put.\n\n“I rode out the last storm '
            'in my bathtub,” she said.')
    assert [x["speaker"] for x in full(text)] == ["Eloise Pinder"]
    # a description after 'as' is predicative: 'Walton, who served as a correspondent' is still Walton
    text = ('William Walton painted in Paris.\n\nWalton, who served as a correspondent in the war, likes plain words. After '
            'a visit to the museum, he remarked to reporters, “We just cased the joint.”')
    assert [x["speaker"] for x in full(text)] == ["William Walton"]


def test_round_22_a_gloss_in_brackets_after_a_name_is_no_word_of_the_subject():
    # a parenthetical apposition restating the name (an abbreviation, the name in its own script or language; Quirk et
    # al. 1985, 17.66 and 17.93) stands between the subject and its verb or the comma that closes its phrase
    got = full('Ministry spokeswoman Lin Meihua (林美華) told a briefing on Monday that the talks were “at a delicate '
               'stage of the process”.')
    assert [(x["kind"], x["speaker"], x["cue"]) for x in got] == [("speech", "Lin Meihua", "told")]
    got = full('The Nordic Teachers Union (Nordiska Lärarförbundet), which represents 40,000 staff, said in a statement '
               'that it backed "a slower timetable for the reform".')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Nordic Teachers Union")]
    from discourse._quote_cues import mask_name_tags
    # the comma moves to the name's end; words in lower case and figures in brackets are no gloss
    assert mask_name_tags("the Confédération Unitaire du Travail (CUT), dismissed") == \
        "the Confédération Unitaire du Travail,       dismissed"
    assert mask_name_tags("in 2019 (and later) said") == "in 2019 (and later) said"
    assert mask_name_tags("Acme (1998) said") == "Acme (1998) said"


def test_round_22_the_complement_of_described_as_is_the_describers_partial_quotation():
    # 'describe X as Y': Y is predicated of X in the subject's words (the object complement, Quirk et al. 1985, 16.48),
    # so a short quotation there is theirs, as after a verb of saying
    got = full('Finance Minister Ruth Okello described the two-year delay in the project as "regrettable but manageable" '
               'on Friday.')
    assert [(x["kind"], x["speaker"], x["cue"]) for x in got] == [("speech", "Ruth Okello", "described")]
    got = full('A source close to the negotiations described the last two days as “tense but civil”.')
    assert [(x["kind"], x["cue"]) for x in got] == [("speech", "described")]
    # after 'as the' two words are a term
    assert [x["kind"] for x in find_quote_spans('The council described the scheme as the “smart city” plan for the '
                                                'district.')] == ["mention"]


def test_round_22_a_genitive_before_a_name_is_its_determiner_in_a_run_read_late():
    # 'Wales’s Gareth Lloyd-Price' as the object of 'of' has no person's marks and is read once the text is read; the
    # genitive is no word of the name there either (round 12 read it so for runs with marks)
    text = ('The leaders are two clear of Wales’s Gareth Lloyd-Price and three ahead of the field.\n\n"I hit it well '
            'today and I will take that," said Lloyd-Price.')
    assert [x["speaker"] for x in full(text)] == ["Gareth Lloyd-Price"]


def test_round_22_his_excellency_and_father_are_titles():
    got = full('Chairman HE Khalid bin Saeed al-Mansoori said: "The results reflect the soundness of our strategy."')
    assert [x["speaker"] for x in got] == ["Khalid bin Saeed al-Mansoori"]
    got = full('Parish priest Fr Joseph Kuman said the church had opened "its doors to every family that lost a home".')
    assert [x["speaker"] for x in got] == ["Joseph Kuman"]
    # 'He' with a capital only is a family name
    assert [x["speaker"] for x in full('He Yafei said: "The talks were useful and we will meet again."')] == ["He Yafei"]


def test_round_22_a_portfolio_noun_ends_the_office_before_a_name():
    got = full('Minister for Lands and Forests Semi Vakaloloma said the Bill “corrects a historical wrong” and would '
               'pass.')
    assert [x["speaker"] for x in got] == ["Semi Vakaloloma"]
    got = full('In the House, Leader of the Opposition Tejpal Singh described the project as a “monument to commission '
               'politics”.')
    assert [x["speaker"] for x in got] == ["Tejpal Singh"]
    from discourse._speaker_names import _split_role
    assert _split_role(["Development", "Jonah", "Kaiwi"]) == (["Development"], ["Jonah", "Kaiwi"])
    # a service's name, and a family name that is also a portfolio word, stay whole
    assert _split_role(["Health", "Connect", "Central"]) == ([], ["Health", "Connect", "Central"])
    assert _split_role(["Defence", "Projects", "Assurance", "Unit"]) == ([], ["Defence", "Projects", "Assurance", "Unit"])
    assert _split_role(["Law", "Hui", "Ling"]) == ([], ["Law", "Hui", "Ling"])


def test_round_22_a_name_before_which_is_an_organisation():
    # 'which' is the relative pronoun of a non-personal antecedent (Quirk et al. 1985, 17.10): the name is a body's,
    # and 'the company' after it refers to it
    text = ('Nordvik Kraft, which runs the plant on the coast, said a pump had failed. “There is no risk to nuclear '
            'safety,” the company said.')
    assert [x["speaker"] for x in full(text)] == ["Nordvik Kraft"]


def test_round_22_a_colon_frame_with_a_named_subject_or_a_possessed_document():
    # Quirk et al. 1985, 14.29: the colon introduces direct speech whatever the frame's verb; a name or personal pronoun
    # as the frame's subject, with a finite verb, speaks; the possessor of a document that 'reads' is its author
    text = 'Ana Mendes heads the union branch.\n\nAna Mendes was blunt: “We reported the leaking furnace three times.”'
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Ana Mendes", ":")]
    text = ('Governor Paul Kerema said relief had been released.\n\nHis statement read: “We cannot dig this out by hand. '
            'We need machines.”')
    assert [x["speaker"] for x in full(text)] == ["Paul Kerema"]
    # a thing as the subject introduces no one's words
    assert [x["speaker"] for x in full('The bill has three parts: “Clause one sets the budget for the year.”')] == [None]


def test_round_22_the_subject_of_a_clause_a_participle_of_saying_reports_ranks_below():
    # 'noting that Ontario had added ...': the subject of the reported clause ranks below the reporting clause's
    # subject (round 16's ranking, for the participle clauses of saying), so a later 'she' is not Ontario
    text = ('Maria Westwood defended the record, noting that Ontario had added 12,000 nurses since 2021.\n\n"We are not '
            'pretending the problem is solved," she said.')
    assert [x["speaker"] for x in full(text)] == ["Maria Westwood"]


def test_round_22_a_name_in_apposition_to_a_description_introduced_in_the_paragraph_before():
    # round 16's introduction ('Tom Brannigan, president of Local 825, spent ...') with the description first and the
    # name in apposition after it: the units of an apposition are one person (Quirk et al. 1985, 17.65)
    text = ('The union\'s general secretary, Tom Brannigan, spent the morning on the phone with members.\n\n“These are '
            'people with mortgages and children, and they are scared of what comes next.”')
    assert [(x["speaker"], x["speaker_reason"]) for x in full(text)] == [
        ("Tom Brannigan", "introduced in the paragraph before")]


def test_round_22_findings_without_that_and_participles_of_verdict():
    # a finding's that-clause may drop its 'that' (Quirk et al. 1985, 16.32); a judge's 'finding that' and 'ruling
    # that' are verdictives (Austin 1962) whose quoted words are the judge's
    text = ('The Local Standards Panel heard the case on Monday.\n\nThe panel found the remark was "personal and '
            'entirely unnecessary".')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Local Standards Panel", "found")]
    text = 'Judge Ann Roe denied bail, finding that no condition of release could "reasonably assure the safety of the public."'
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [("Ann Roe", "finding")]
    # the police are no body that finds in words
    assert [x["kind"] for x in find_quote_spans('The police found the car “abandoned and burnt out” near the river.')] \
        == ["mention"]


def test_round_22_a_name_in_apposition_with_its_age_or_a_title_with_its_full_stop():
    # an age epithet after the name in apposition, and the titles 'Hon.', 'Eng.' and 'Fr.' written with their full stop,
    # are parts of the apposition's unit: the name is the speaker
    got = full('Another victim, retired postman Arthur Pennock, 79, said the loss of his medal had been “like losing him '
               'all over again”.')
    assert [x["speaker"] for x in got] == ["Arthur Pennock"]
    got = full('The Leader of the Opposition, Hon. Musa Foday Conteh-Williams, said the Bill had been "rushed through '
               'without proper consultation."')
    assert [x["speaker"] for x in got] == ["Musa Foday Conteh-Williams"]
    got = full('The agency\'s executive director, Eng. Charles Tumwine, said some roads had been "washed away by the '
               'rains after completion".')
    assert [x["speaker"] for x in got] == ["Charles Tumwine"]


def test_round_22_a_preposition_governs_a_name_across_its_article():
    # 'Outside the Four Courts, ...': a name written without its article is still the complement of the preposition
    # before the article (Quirk et al. 1985, 5.10), so it is no subject of the cue after the appositions
    got = full('Outside the Four Courts, Mr Nestor’s solicitor, Siobhán Geraghty, said her client was “deeply relieved” '
               'by the ruling.')
    assert [x["speaker"] for x in got] == ["Siobhán Geraghty"]
    from discourse._attribution import _object_before
    window = 'the lead negotiator for the Alliance of Low-Lying States, a bloc, said '
    assert _object_before(window, window.index("Alliance"))
    assert not _object_before("Yesterday the Alliance said ", len("Yesterday the "))


def test_round_22_diplomatic_offices_and_a_title_cut_from_its_pronoun():
    got = full('UN envoy Dariusz Helmqvist said the truce was "hanging by a thread" after a week of shelling.')
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Dariusz Helmqvist", "envoy")]
    from discourse._speaker_names import _strip_title
    # (His) Honour before a name of two words or more is a title; 'Honour Blackman' is a name
    assert _strip_title(["Honour", "Peter", "Gallacher"]) == (["Peter", "Gallacher"], None)
    assert _strip_title(["Honour", "Blackman"]) == (["Honour", "Blackman"], None)


def test_round_22_two_capitalised_words_between_an_office_and_its_of_phrase_are_the_name():
    # the office's own field follows it directly ('Minister of Foreign Affairs Ann Roe'); two capitalised words
    # between the office and 'of' are the holder's name, a common given name or not
    text = ('President Elodie Kanuatara of Mavessa acknowledged the gap. “I would have liked a number on that page,” '
            'Ms. Kanuatara told reporters.')
    assert [x["speaker"] for x in full(text)] == ["Elodie Kanuatara"]
    assert [x["speaker"] for x in full('Minister of Foreign Affairs Ann Roe said: "We will not accept this."')] \
        == ["Ann Roe"]


def test_round_22_a_name_after_a_comma_and_a_coordinator_is_the_subject_of_its_clause():
    # ', and Pels realized that ...': the comma marks coordinated clauses (Quirk et al. 1985, 13.6, 13.20), so the name
    # with a finite verb after it is a subject, and a later 'he' continues it rather than a name before
    text = ('Sheriff Tom Pels met Deputy Barney Clark of Raton on Monday. Clark rode north with twelve men and came back '
            'at night. The gang was still at large, and Pels realized that its men would hide in their houses. Thus he '
            'wired a Denver firm: “Have you any hand grenades for throwing in a house?”')
    assert [x["speaker"] for x in full(text)] == ["Tom Pels"]
    from discourse._speaker_names import _subject_like
    assert _subject_like(text, text.index("Pels realized"))
    # two names joined without a comma are one noun phrase's, and the second is no new clause's subject here either
    assert not _subject_like("talks between Smith and Jones ended", len("talks between Smith and "))


def test_round_23_the_subject_of_the_main_clause_speaks_across_its_postmodifiers():
    # the verb of saying or judging of the main clause first, then the noun phrase that opens the clause, however long
    # its apposition or non-restrictive relative clause (Quirk et al. 1985, 17.22, 17.65): the partial quotation in
    # the verb's complement is the subject's
    got = full('Tomas Ferreira, a hydrologist at the Lakeland Water Institute in Bergen who took no part in the survey, '
               'called the findings "deeply worrying" but said more sampling was needed.')
    assert [(x["kind"], x["speaker"], x["cue"]) for x in got] == [("speech", "Tomas Ferreira", "called")]
    got = full('Head of the appeals panel Marta Lindqvist said the penalty was "wholly disproportionate" and cut it to '
               'two matches.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Marta Lindqvist")]
    got = full('The Verde Valley Growers Union, in a post on its website, accused the ministry of "abandoning small '
               'farms to the banks" and called a rally.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Verde Valley Growers Union")]
    got = full('A senior engineer at the port authority, who asked not to be named because he was not authorised to '
               'speak, said the cranes had been checked, but acknowledged that the fleet was "far from ready" for '
               'winter.')
    assert [x["kind"] for x in got] == ["speech"]  # (the predicates coordinated after 'said' share its subject)
    assert got[0]["speaker"] == "A senior engineer at the port authority"


def test_round_23_a_description_then_a_name_in_apposition_gives_the_name():
    got = full("Its general secretary, Ilse Marchetti, accused the commission of \"trading farmers for car exports\" "
               "and said the union would protest.")
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Ilse Marchetti")]
    got = full("The union's lawyers, Kettle & Marsh, described the dismissals as \"procedurally unfair\" in a letter, "
               "and said their clients \"reject every allegation\" made by the board.")
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Kettle & Marsh"), ("speech", "Kettle & Marsh")]


def test_round_23_the_main_clause_subject_must_be_a_speaker():
    # a thing, a document (its owner speaks, by the document rules), a pronoun, and a capitalised name after 'called'
    # stay as they were: no subject is taken from them here
    got = find_quote_spans('The ball lay there, shining white, while the crowd chanted "find the ball" for a minute.')
    assert [x["speaker"] for x in got] == [None]
    got = find_quote_spans('Couperin and Rameau gave titles to nearly everything they wrote, not in the later sense of '
                           '"program music" but as a reference.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("mention", None)]
    from discourse._attribution import _main_clause_source
    assert _main_clause_source("The audit, released last month by the state auditor, concluded that the office ",
                               lower_quote=True) is None
    assert _main_clause_source("Mr Ó Conchúir's family said: ", lower_quote=False) is None  # 'family' is no adverb
    window = "The columnist Bernie Kriss, who rarely praises anyone, calls the clash at the gate "
    assert _main_clause_source(window, lower_quote=False) is None  # 'calls' before a capital: a name
    assert _main_clause_source(window, lower_quote=True) == ("The columnist Bernie Kriss", "calls")  # (as written)
    assert _main_clause_source("Physiologist Ancel Keys flatly dismisses such pills as ", lower_quote=True) == (
        "Physiologist Ancel Keys", "dismisses")


def test_round_23_an_unnamed_speaker_described_by_an_agent_noun_or_a_relative_clause_is_the_antecedent():
    # a pronoun continues the subject of the sentence before (centering, Grosz, Joshi & Weinstein 1995), also when that
    # subject is an indefinite description headed by an agent noun (Quirk et al. 1985, I.34-I.36) that says something,
    # or one with a restrictive relative clause (17.3), which is part of the description
    text = ('Council leader Petra Anand said the market would reopen in May.\n\n'
            'A fruit seller on the main road said he had lost half his customers since the closure. “Nobody comes '
            'here any more,” he said.')
    assert [x["speaker"] for x in full(text)] == ["fruit seller on the main road"]
    text = ('Council leader Petra Anand said the market would reopen in May.\n\n'
            'A woman who runs the corner shop, and who did not want her name used, said she had been told nothing.\n\n'
            '“We read about it in the paper,” she said.')
    assert [x["speaker"] for x in full(text)] == ["woman who runs the corner shop"]
    # not an agent noun in a generic statement, whose verb is no verb of saying
    text = ('Joyce Lakewood drove the truck north.\n\nA wildcatter had to be prepared for almost any emergency.\n\n'
            '“Well, let us get going,” she said.')
    assert [x["speaker"] for x in full(text)] == ["Joyce Lakewood"]


def test_round_23_that_before_a_capitalised_name_opens_a_content_clause_not_the_speaker():
    # 'heard that Mr Holloway wrote ...': the complementiser opens a content clause (Quirk et al. 1985, 15.3); it is
    # no demonstrative of the name, so no part of the speaker
    got = full('The tribunal heard that Mr Tomas Okoro wrote to the director in May warning that "someone is going to '
               'get killed" if nothing changed.')
    # (round 25: the cue is the participle whose that-clause holds the quotation, 'warning', read without a comma)
    assert [(x["speaker"], x["cue"]) for x in got] == [("Tomas Okoro", "warning")]
    from discourse._attribution import _clean_speaker
    assert _clean_speaker("that Mr Holloway") == "Mr Holloway"
    assert _clean_speaker("that official") == "that official"  # a demonstrative before a common noun stays


def test_round_23_a_quoted_nickname_inside_a_name_leaves_the_given_name_and_surname():
    # 'Sen. Rodolfo "Dodong" Villaraza': news style writes a nickname in quotation marks inside the full name (AP
    # Stylebook, "nicknames"); the full name is the given name and the surname, so a later surname alone finds it
    text = ('MANILA - Sen. Teodoro "Dodong" Villareal questioned officials on Tuesday over flood control projects.\n\n'
            '"Somebody signed these papers, and I want to know who," Villareal said.')
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("mention", None),
                                                                          ("speech", "Teodoro Villareal")]
    text = ('The band\'s lead singer, Wade "Dusty" Carrow, grew up two blocks from the fairground.\n\n'
            '"We played here for free for ten years," Carrow said.')
    assert [x["speaker"] for x in full(text)] == ["Wade Carrow"]


def test_round_23_a_kind_given_in_apposition_is_what_the_definite_description_refers_to():
    # an apposition says what the named thing is (Quirk et al. 1985, 17.65); a later 'the band' with the same head
    # refers back to it (the anaphoric article, Hawkins 1978), even where the name has no organisation word
    text = ('The Corrigan Sisters, the Dublin folk band that split in 2019, will reunite next year.\n\n'
            'In a joint statement, the band said they were "older, wiser and a good deal louder" than before.')
    assert [x["speaker"] for x in full(text)] == ["Corrigan Sisters"]
    text = ('Rock band The Paper Lanterns boycotted the ceremony over the voting rules.\n\n'
            'In an open letter posted on Friday, the band wrote: "We love this industry too much to pretend it is '
            'working."')
    assert [x["speaker"] for x in full(text)] == ["Paper Lanterns"]
    # a day before the comma is no name the description is in apposition to
    text = ('The Paper Lanterns and their label parted ways in May.\n\nOn Friday, the band said in a post that it was '
            '"looking forward to the next chapter" of its career.')
    assert [x["speaker"] for x in full(text)] != ["Friday"]


def test_round_23_an_acronym_in_brackets_after_a_long_form_is_its_name():
    # '<long form> (<short form>)' defines the acronym whatever its letters (Schwartz & Hearst 2003): the table had
    # linked an acronym only to a name whose initials it spells, and held some long forms not at all
    text = ('The dockers joined the Fédération Portuaire du Nord (FPN) in 2019.\n\n'
            'In a letter to the ministry, the FPN called for "direct mediation by the state" in the dispute.')
    assert [x["speaker"] for x in full(text)] == ["Fédération Portuaire du Nord"]
    text = ("Ms Harrow's Civic Renewal Alliance (CRA) won four seats.\n\n"
            '"We will hold the council to every promise," the CRA said in a statement.')
    assert [x["speaker"] for x in full(text)] == ["Civic Renewal Alliance"]
    # a long form must begin with the acronym's first letter: no 'Solomon Islands' for RAMSI
    text = ('The Regional Assistance Mission to Solomon Islands (RAMSI) ended in 2017.\n\n'
            '"We leave a safer country behind," RAMSI said in a statement.')
    assert [x["speaker"] for x in full(text)] != ["Solomon Islands"]


def test_round_23_a_document_s_author_after_a_comma_or_as_its_organiser():
    # the participle of a non-restrictive postmodifier ('The report, prepared by X,'; Quirk et al. 1985, 17.29) names
    # the document's author as the restrictive one does; an open letter's organiser is its author
    text = ('Northfield Council leased the riverside site to a developer in 2021.\n\n'
            'The audit report, prepared by the Northern Accounts Inspectorate, said the lease had been granted '
            '"without inviting any tender" and urged a review.\n\n'
            '"The board was not told the terms," the report said.')
    assert [x["speaker"] for x in full(text)][-1] == "Northern Accounts Inspectorate"
    text = ('The Harbour Theatre may close in March.\n\nAn open letter organised by the Friends of the Harbour, a '
            'supporters\' group, urged the trust to think again.\n\n'
            '"A city that lets its oldest theatre die has decided something about itself," the letter said.')
    assert [x["speaker"] for x in full(text)] == ["Friends of the Harbour"]


def test_round_23_the_same_speaker_goes_on_after_an_attribution_with_a_long_apposition():
    # '“A,” said X, <a long apposition>. “B.”': the sentence between the two quotations is the first one's attribution
    # and nothing else, so the second continues its speaker however long the apposition (the 120-character bound of
    # round 4 is for short attributions)
    text = ('"We have not seen wind like this in forty years," said Clement Arzuaga, a 61-year-old fisherman who rode '
            'out the storm with his wife and grandchildren in a concrete church hall in Seine Bight. "The sea came '
            'right up to the road. My boat, I don\'t know where it is."')
    assert [x["speaker"] for x in full(text)] == ["Clement Arzuaga", "Clement Arzuaga"]
    # not across a second sentence
    text = ('"We have not seen wind like this in forty years," said Clement Arzuaga, a fisherman from the point. The '
            'storm destroyed forty boats and the harbour wall along the eastern shore of the island. "The sea came '
            'right up to the road."')
    assert [x["speaker"] for x in find_quote_spans(text)][1] != "Clement Arzuaga" or \
        [x["speaker_reason"] for x in find_quote_spans(text)][1] != "continues the previous quotation"


def test_round_23_a_headline_quotation_is_an_excerpt_of_the_story_s_quotation():
    # a headline lifts quoted words from a quotation the story gives with its attribution (van Dijk 1988; Bell 1991)
    text = ("Ferry operator 'running on empty' as winter timetable cut\n\n"
            "Islanders were told on Monday that the service would run twice a week until March.\n\n"
            "Harbour manager Morag Lindsay said the company was \"running on empty\" and could not crew more sailings.")
    got = find_quote_spans(text)
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Morag Lindsay"), ("speech", "Morag Lindsay")]
    assert got[0]["speaker_reason"] == "quoted in the headline from the text"
    # words the story never quotes stay as they were, and a first paragraph that is a sentence is no headline
    text = ("Ferry operator 'running on empty' as winter timetable cut\n\n"
            "Harbour manager Morag Lindsay said the company \"could not crew more sailings\" this winter.")
    assert find_quote_spans(text)[0]["speaker"] is None
    text = ("The operator says its ferries are 'running on empty' this winter.\n\n"
            "Harbour manager Morag Lindsay said the company was \"running on empty\" and could not crew more sailings.")
    assert find_quote_spans(text)[0]["speaker_reason"] != "quoted in the headline from the text"


def test_round_24_an_apostrophe_inside_a_word_is_no_quotation_mark_in_an_attribution():
    # a typographic apostrophe between letters (a genitive, a name) is a letter of the word, not a closing single
    # quotation mark (Unicode U+2019 serves both), so the subject reaches its verb across it
    got = full("The union’s general secretary, Hanna Vogt, accused the board of “treating pensioners as a cost line” "
               "and walked out.")
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Hanna Vogt")]
    got = full("Analyst Peter O’Malley cut his rating, saying the group’s guidance “has lost all credibility with "
               "investors.”")
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Peter O’Malley")]
    # a single quotation mark that opens a quotation still ends the attribution's reach
    got = full("The minister said ‘we will act’ and the union’s leader replied that the plan was ‘far too late’.")
    assert got[0]["speaker"] == "The minister" or got[0]["speaker"] == "minister"


def test_round_24_participles_of_saying_with_an_object_a_phrase_or_no_complementiser():
    # the implied subject of a supplementive participle clause is the matrix clause's (Quirk et al. 1985, 15.59)
    cases = [
        ("Councillor Mary Odenkirk rejected the plan, accusing the mayor of “governing by press release and nothing "
         "else.”", "Mary Odenkirk", "accusing"),
        ("The Regional Water Authority issued a notice on Friday, urging residents to “boil all tap water before "
         "drinking it.”", "Regional Water Authority", "urging"),
        ("Premier Alan Whitcombe unveiled the scheme, declaring the housing shortage “the defining test of this "
         "government.”", "Alan Whitcombe", "declaring"),
        ("Analyst Peter Graham cut his rating, writing in a note to clients that the guidance “has lost all "
         "credibility with investors.”", "Peter Graham", "writing"),
        ("The club’s manager Luis Ortega fumed after the match, claiming his side had been “robbed in front of the "
         "whole city.”", "Luis Ortega", "claiming"),
        ("Chief executive Dana Kell closed the meeting, reminding staff that the plant “will not reopen before "
         "spring.”", "Dana Kell", "reminding"),
        ("Judge Helen Marsh dismissed the claim, observing that the contract was “clear on its face and binding on "
         "both parties.”", "Helen Marsh", "observing"),
    ]
    for text, speaker, cue in cases:
        got = full(text)
        assert [(x["kind"], x["speaker"], x["cue"]) for x in got] == [("speech", speaker, cue)], text
    # the subject of a matrix clause of any verb, past a role and an organisation before the name
    got = full('Brennock United manager Stuart Holloway has dismissed talk of a rift, insisting the pair have '
               '"cleared the air" after the match.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Stuart Holloway")]
    got = full('The chairman of selectors, Margaret Oduya, defended the call in a statement, saying the panel had '
               'picked "the side best suited to the conditions" for the series.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Margaret Oduya")]
    from discourse._attribution import _any_clause_subject
    assert _any_clause_subject("The chairman of selectors, Margaret Oduya, defended the call") == "Margaret Oduya"
    assert _any_clause_subject("The new rules came into force on Monday") is None  # no speaker
    # 'accusing' and 'urging' need their preposition right before the quotation
    got = find_quote_spans('The council issued a statement urging calm, and residents wrote "we are not afraid" on '
                           'the wall.')
    assert got[0]["speaker"] not in ("council", "The council")


def test_round_24_a_verb_of_saying_in_a_coordinated_predicate_has_the_clause_s_subject():
    # predicates coordinated by 'and' or 'but' share the subject (Quirk et al. 1985, 13.49)
    got = full("A spokesperson for Delacroix Brennan & Marsh declined to comment on individual partners but said the "
               "firm expected “very limited attrition, if any.”")
    assert [(x["kind"], x["speaker"], x["cue"]) for x in got] == [
        ("speech", "A spokesperson for Delacroix Brennan & Marsh", "said")]
    got = full('The Harbour Board met on Tuesday and warned that the quay was "no longer safe for heavy vehicles."')
    assert [(x["kind"], x["speaker"]) for x in got] == [("speech", "Harbour Board")]
    # a new subject after the coordinator, or a verb inside a relative clause, is another clause's
    got = find_quote_spans('The Velden Group, under pressure from Ardent Capital, which bought a stake in June and '
                           'called for a "fundamental rethink" of the portfolio, fell 3%.')
    assert got[0]["speaker"] not in ("The Velden Group", "Velden Group")
    from discourse._attribution import _coordinated_source
    assert _coordinated_source("The mayor toured the site and residents said the plan was ", 0,
                               lower_quote=True) is None


def test_round_24_an_attribution_reaches_across_a_quoted_title_or_nickname():
    # a quoted title or nickname is a noun phrase of the sentence (Quirk et al. 1985, 17.93): the subject reaches its
    # verb across it, and the later partial quotation is the subject's
    got = find_quote_spans('The 43-page report by the Georgia Bureau of Investigation, titled “Review of In-Custody '
                           'Death: Calder County Detention Center,” found that medical staff had been “repeatedly '
                           'alerted to his deteriorating condition” but never examined him.')
    assert [(x["kind"], x["speaker"]) for x in got] == [
        ("mention", None), ("speech", "Georgia Bureau of Investigation")]
    got = find_quote_spans('The National Audit Board, in its report "Rails Without Cargo" published in February, '
                           'concluded that the management had "failed to adapt its business model" to trade.')
    assert [(x["kind"], x["speaker"]) for x in got] == [("mention", None), ("speech", "National Audit Board")]
    # a quoted title that is itself the subject gives no speaker (the placeholder is never one)
    got = find_quote_spans('The “Sovereignty at Stake” report warned in March that the governance was “structurally '
                           'incapable of resolving disputes” and called for reform.')
    assert all(x["speaker"] is None or "Qq" not in x["speaker"] for x in got)


def test_round_24_a_premodified_spokesperson_is_written_with_the_body_it_speaks_for():
    # 'A Home Office spokesperson' and 'a spokesperson for the Home Office' are one speaker (Quirk et al. 1985,
    # 17.104-17.110: a noun premodifier and its postmodifying paraphrase); the library writes the 'for' form, whose
    # organisation fills speaker_org, in every path that gives the description
    text = ('A Home Office spokesperson said the plans were "under review and will be published soon". "We will set '
            'out our plans," the spokesperson said.')
    got = full(text)
    assert [(x["speaker"], x["speaker_org"]) for x in got] == [
        ("A spokesperson for Home Office", "Home Office"), ("spokesperson for Home Office", "Home Office")]
    assert got[0]["speaker_as_written"] == "A Home Office spokesperson"
    got = full('An Army spokesperson said the convoy "was never in any danger at all".')
    assert [x["speaker"] for x in got] == ["A spokesperson for Army"]
    got = full('A police spokeswoman said officers "will remain in the area tonight". "Nobody was hurt," she said.')
    assert [x["speaker"] for x in got] == ["A spokeswoman for the police", "spokeswoman for the police"]
    # a possessive, a determiner alone and a spokesperson already written with 'for' are left as they are
    from discourse._speakers import _spokesperson_for
    assert _spokesperson_for("The minister's spokesman") == "The minister's spokesman"
    assert _spokesperson_for("the spokesperson") == "the spokesperson"
    assert _spokesperson_for("A spokesperson for the Red Cross") == "A spokesperson for the Red Cross"


def test_round_24_a_common_noun_of_the_document_before_a_name_is_no_part_of_it():
    # a sentence opens with a capital whatever its first word; the same document writes the word in lower case after
    # a determiner, so it is a common noun there (Mikheev 2002), written before the name as a false title
    text = ('Garda Fiona Keogh told the court that she was called to the scene at 1.40am.\n\n'
            '"He was shouting that he would come back," Garda Keogh said.\n\n'
            'A statement read to the court by the garda described the injuries.')
    got = full(text)
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Fiona Keogh", "garda")]
    assert got[0]["speaker_as_written"] == "Garda Keogh"
    text = ('A neighbour who lives nearby raised the alarm.\n\nNeighbour Michael Joyce said he had told the farmer '
            'there was "no rush at all" with the bales. "I would have taken them myself," Mr Joyce said.')
    assert [x["speaker"] for x in full(text)] == ["Michael Joyce", "Michael Joyce"]
    # without the lower-case use the capitalised word stays as it was, and given names and roles are never read so
    from discourse._speakers import _common_head
    assert not _common_head("Neighbour Michael Joyce said so.", "Neighbour")
    assert not _common_head("The mark was clear. Mark Hale said so.", "Mark")  # a given name
    assert not _common_head("the judge said. Judge Ann Roe said so.", "Judge")  # a role word, handled as one
    assert not _common_head("in the northern suburbs", "Northern")  # an adjective before its noun


def test_round_24_the_councillor_s_coun_and_a_senior_sergeant_s_rank_are_titles():
    # 'Coun' / 'Coun.' (British and Canadian papers) as 'Cllr' and 'Cr' are; 'Sen-Sgt' (Australian police)
    text = 'Coun Anne Whitworth said the plan was wrong. "We were never asked," she said.'
    assert [x["speaker"] for x in full(text)] == ["Anne Whitworth"]
    text = '"We were never asked," said Coun. Anne Whitworth. "Nobody came to the estate."'
    assert [x["speaker"] for x in full(text)] == ["Anne Whitworth", "Anne Whitworth"]
    text = ('Senior Sergeant Darren Maskell led the search. "The conditions were very difficult," Sen-Sgt Maskell '
            'said.')
    assert [x["speaker"] for x in full(text)] == ["Darren Maskell"]


def test_round_24_a_rank_shortened_to_its_initials_before_the_surname_is_the_same_person():
    # the document gives the long form, so the initials are read from it as an acronym from its definition
    # (Schwartz & Hearst 2003): 'DC Kerr' after 'Detective Constable Ryan Kerr'
    text = ('Detective Constable Ryan Kerr said he could connect the accused to the charges.\n\n'
            '"Police believe this attack is linked to an ongoing dispute," DC Kerr said.\n\n'
            'Police Constable Amy Lowe told the court she saw the car. "It was going very fast," PC Lowe said.')
    got = full(text)
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [
        ("Ryan Kerr", "Detective Constable"), ("Amy Lowe", "Police Constable")]
    assert [x["speaker_as_written"] for x in got] == ["DC Kerr", "PC Lowe"]
    # capitals that are no initials of a rank written before that surname stay as they were
    from discourse._speakers import _rank_initials, _without_rank_initials
    runs = [(0, 29, 29, True, "Detective Constable Ryan Kerr"), (40, 47, 47, False, "DC Kerr"),
            (60, 67, 67, False, "KC Kerr"), (80, 87, 87, False, "DC Lowe")]
    assert ("DC", "Kerr") in _rank_initials(runs)
    assert [r[4] for r in _without_rank_initials(runs)] == ["Detective Constable Ryan Kerr", "Kerr", "KC Kerr",
                                                             "DC Lowe"]


def test_round_25_a_pseudo_title_headed_by_an_agent_noun_before_a_name_is_the_speaker_s_role():
    # news writing's pseudo-title (Bell 1991; Meyer 1992): a descriptive noun phrase without an article before a
    # name, headed by a noun of a person; English makes those with agentive suffixes (Quirk et al. 1985, I.34-I.36),
    # so no list of occupations is needed: cellist, board member, rescue coordinator, area councillor
    text = ('"Nobody takes a decision like this lightly," said cellist Rachel Tanaka-Burns, who chairs the '
            'committee.\n\n'
            '"We would rather cancel a train," Nordbahn board member Stefan Ortlepp told dpa.\n\n'
            '"Two helicopters are on their way," rescue coordinator Eirik Solhaug told Reuters.\n\n'
            '"This is the wrong place for it," said area councillor Ebrahim Al Doseri.')
    got = full(text)
    assert [x["speaker"] for x in got] == ["Rachel Tanaka-Burns", "Stefan Ortlepp", "Eirik Solhaug",
                                           "Ebrahim Al Doseri"]
    assert [x["speaker_role"] for x in got[:3]] == ["cellist", "Nordbahn board member", "rescue coordinator"]
    # words of a closed class and the Latin comparatives in -ior end so too, and are no role
    from discourse._quote_cues import LOWER_AGENT
    assert [w for w in ("cellist", "member", "co-owner", "coordinator", "chairwoman", "senior", "after",
                        "together", "upper", "whether") if LOWER_AGENT.fullmatch(w)] == [
        "cellist", "member", "co-owner", "coordinator", "chairwoman"]
    # a window cut inside a word leaves no agent noun at its start ('exander' of 'Alexander'; since round 27 a window cut
    # inside a name reads it whole)
    text = ('City Controller Alexander Hemphill charged Tuesday that the bids on the Frankford Elevated repair '
            'project were rigged to the advantage of a private contracting company which had “an inside track” '
            'with the city.')
    got = full(text)
    assert [(x["speaker"], x["speaker_as_written"]) for x in got] == [
        ("Alexander Hemphill", "City Controller Alexander Hemphill")]


def test_round_25_a_participle_of_saying_without_a_comma_and_telling_with_a_bare_clause():
    # a supplementive participle clause (or a reduced relative on the document) right after the matrix clause's object
    # or adverbial has the matrix subject for its speaker (Quirk et al. 1985, 15.58, 17.27); 'tell' takes its object
    # and a reported clause without 'that' (16.34)
    text = ('The Baltic Lending Council sent a letter to the Ministry of Finance on Wednesday warning that the levy '
            'would “inevitably be passed on to borrowers” in the form of higher rates.\n\n'
            'The Tidewater County Health Department issued an advisory on Thursday describing the vials as “a serious '
            'and immediate threat to health” and urging anyone who had one to call.\n\n'
            'Transport Minister Gavin Pruett rejected the claim, telling the house the briefing reflected "a '
            'worst-case scenario that has not eventuated".')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [
        ("Baltic Lending Council", "warning"), ("Tidewater County Health Department", "describing"),
        ("Gavin Pruett", "telling")]
    # not a noun after a determiner or a genitive, whose owner may be another speaker; not a gerund after a
    # preposition; not inside an absolute clause opened by 'with', which has its own subject
    for text in ('Mr Hale rejected the court\'s ruling that the levy was "plainly unlawful" and would appeal.',
                 'He was accused of telling Dylan Thomas the poems were "quite unreadable" at the time.',
                 'Thousands marched through the city centre, with the Federation of Public Workers (Fepaw) warning '
                 'that schools could face “a total shutdown” by the end of the month.'):
        assert [x["speaker"] for x in full(text)] == [], text


def test_round_25_what_x_called_with_two_or_three_words_is_the_subject_s_mixed_quotation():
    # 'what X called “...”' attributes the words to X (mixed quotation, Cappelen & Lepore 1997): two or three words in
    # lower case after no determiner or 'a' describe in X's words; after 'the' or a possessive they name a thing
    text = ('Rock band The Velvet Hours boycotted the event over what it called a "broken, opaque" voting process.\n\n'
            'Verónica Lagos Achával defended the operation against what she called “organised violent groups” in '
            'the capital.\n\n'
            'The group urged members to reject the nominee, citing what it called her “long record of hostility '
            'toward gun owners.”')
    got = [x for para in text.split("\n\n") for x in full(para)]
    assert [(x["speaker"], x["cue"]) for x in got] == [
        ("Velvet Hours", "called"), ("Verónica Lagos Achával", "called"), ("The group", "called")]
    for text in ('Huawei placed great emphasis on what it called the “intelligent cloud”, which runs software.',
                 'The agency markets what it calls its “rapid response” to councils.',
                 'Meridian Audience Data markets what it calls “Foot-Traffic Intelligence” to retailers.'):
        got = find_quote_spans(text)
        assert [q["kind"] for q in got] == ["mention"], text
    # a pronoun of the free relative takes its clause's subject; 'he' or 'she' only a person's name
    from discourse.quotes import _person_name_at_end
    assert _person_name_at_end("CGTE general secretary Nadia Benkhelifa") == "Nadia Benkhelifa"
    assert _person_name_at_end("Justice Suresh Annaiah Gowda") == "Suresh Annaiah Gowda"
    assert [_person_name_at_end(s) for s in ("Health", "The United States", "British Foreign Secretary",
                                             "Palmvine Capital")] == [None, None, None, None]


def test_round_25_a_verb_inside_the_reported_clause_of_a_verb_of_saying_is_no_speaker_s():
    # the reported clause is the main clause subject's report (Quirk et al. 1985, 14.31, 15.3): 'scans had revealed',
    # 'State Police had responded' inside it name no speaker; a fronted adverbial before a subject in lower case
    text = ('In a statement on Sunday, the Cobras said scans had revealed "a grade two tear of the left hamstring" and '
            'that he would be "managed conservatively".\n\n'
            'Marlow Police Chief Ben Okafor told reporters at a midday news conference that his officers and State '
            'Police had responded "within minutes" and searched the building.')
    assert [(x["speaker"], x["cue"]) for x in full(text)] == [
        ("Cobras", "said"), ("Cobras", "said"), ("Ben Okafor", "told")]
    # a verb of saying proper inside the reported clause keeps its own subject
    text = 'The paper said the minister told reporters "we will not back down" after the vote.'
    assert [x["speaker"] for x in full(text)] == ["the minister"]
    # an adverbial of time after the subject is no part of it; a finite verb of saying is no modifier of a plural
    import re

    from discourse._quote_cues import _BARE
    assert re.fullmatch(_BARE, "said scans") is None and re.fullmatch(_BARE, "US experts") is not None
    text = ('After the airlift, the Council of Foreign Ministers in 1949 declared a purpose “to mitigate the effects of '
            'the present administrative division”.')
    assert [x["speaker"] for x in full(text)] == ["Council of Foreign Ministers"]


def test_round_25_a_name_in_apposition_before_the_verb_is_the_subject_a_pronoun_continues():
    # 'The Assembly Member for the ... Area, Mr Samuel Ekow Gyimah, said': the name between the apposition's commas
    # right before the verb names the subject (Quirk et al. 1985, 17.65), so a later 'he' continues it, not the
    # person quoted before (centering: the subject ranks first, Grosz, Joshi & Weinstein 1995)
    text = ("The union said it had not been consulted. Its branch chairman, Mr Isaac Kwame Baffoe, said the union would "
            "resist.\n\n'They told us about it,' Mr Baffoe said.\n\n"
            "The Assembly Member for the Nkwantakrom Electoral Area, Mr Samuel Ekow Gyimah, said the community had "
            "borne the cost. He urged government to act.\n\n'When they came, they promised us roads,' he said.")
    assert [x["speaker"] for x in full(text)] == ["Isaac Kwame Baffoe", "Samuel Ekow Gyimah"]
    from discourse._speaker_names import _subject_like
    t = "The Leader of the Opposition, Musa Conteh-Williams, said so."
    assert _subject_like(t, t.index("Musa"))
    t = "He met the Leader of the Opposition, Musa Conteh-Williams, on Monday."
    assert not _subject_like(t, t.index("Musa"))  # no verb of saying after the apposition: as before
    # a courtesy or office title may stand between the apposition's comma and the name
    t = "The Leader of the Opposition, Hon. Musa Foday Conteh-Williams, said his side was walking out."
    assert _subject_like(t, t.index("Musa"))


def test_round_25_a_name_that_coordinates_its_remits_is_one_name():
    # 'the Ministry of Housing and City Policy': coordinated heads inside one institution's name (Quirk et al. 1985,
    # 13.66); the subject patterns stop at 'and', as they must between two people
    text = ('The Ministry of Climate, Energy and Utilities said in a statement that the auction would go ahead "as '
            'planned, without delay".\n\n'
            'The European Council on Refugees and Exiles said the plan was "unworkable and unlawful" in its current '
            'form.\n\n'
            'Ann Roe and Tom Hill said the decision was "a betrayal of every family on the estate".')
    assert [x["speaker"] for x in full(text)] == ["Ministry of Climate, Energy and Utilities",
                                                  "European Council on Refugees and Exiles", "Tom Hill"]


def test_round_25_a_definite_description_takes_its_antecedent_with_two_postmodifying_phrases():
    # 'An official at a hospital in Miyagi Prefecture that used the panels said ... the official said': the
    # antecedent keeps its postmodifiers (Quirk et al. 1985, 17.37), two prepositional phrases in a row, a noun in the
    # genitive among them, before a relative pronoun or the verb
    text = ('An official at a hospital in Miyagi Prefecture that used the panels said the hospital had not been '
            'contacted. "We were told the materials met all standards," the official said.\n\n'
            'An employee in the department\'s water division said the pumps had failed. "Nobody listened," the '
            'employee said.')
    assert [x["speaker"] for x in full(text)] == ["official at a hospital in Miyagi Prefecture",
                                                  "employee in the department's water division"]
    # a numeral as the phrase's determiner, as round 17 read it ('a mother of two Greenbrook students'; part 7's first
    # form had lost it)
    text = ('A spokesperson for two local charities said the shelter would close. "We have no money left," the '
            'spokesperson said.')
    assert [x["speaker"] for x in full(text)] == ["spokesperson for two local charities"]


def test_round_25_a_title_after_a_genitive_ends_the_owner_s_name():
    # an article cannot follow a genitive determiner in one noun phrase (Quirk et al. 1985, 5.115-5.116), so 'The'
    # after 'Ellen Mordaunt’s' opens a title and the run ends at the owner's name: the author is a person of the table
    text = ("A novel has won the prize.\n\nEllen Mordaunt’s The Furnace Year, published by Tern Press, beat two former "
            "winners.\n\nMordaunt, 52, said she was “completely floored” by the win.")
    assert [x["speaker"] for x in full(text)] == ["Ellen Mordaunt"]
    from discourse._speakers import _without_title_after_genitive
    runs = [(0, 33, 33, True, "Ellen Mordaunt’s The Furnace Year"), (40, 55, 55, False, "Williams' A Life"),
            (60, 75, 75, False, "People's Daily")]
    assert [r[4] for r in _without_title_after_genitive(runs)] == ["Ellen Mordaunt", "Williams", "People's Daily"]


def test_round_25_dean_is_a_given_name_in_a_text_that_never_uses_the_office():
    # 'Dean' is a role word and a given name; a text that never writes the office (in lower case, after 'the',
    # before 'of') uses it as the given name, read from the document as round 24 read common nouns (Mikheev 2002)
    text = "Dean Holloway, the club's captain, was furious. \"That was never a penalty,\" Holloway said."
    assert [x["speaker"] for x in full(text)] == ["Dean Holloway"]
    assert [x["speaker"] for x in full('The team spoke first. "We are proud," Dean Ruiz said.')] == ["Dean Ruiz"]
    text = 'The dean of the law school spoke first. "We are proud," Dean Ruiz said.'
    assert [x["speaker"] for x in full(text)] == ["Ruiz"]  # the office, used as one in the same text


def test_round_26_a_surname_alone_takes_the_fuller_name_the_text_writes_inside_a_longer_run():
    # one speaker, one name: the fullest form the document gives (issue 12; Bell 1991 on the full name at first
    # mention, the surname after). The full name inside a run the table did not take as a person's: an 'of' phrase of
    # affiliation, a description read as a company's kind, a second title
    cases = [
        ("The Italian Davide Sbaraglini of Squadra Vesuvia inherited the race lead.\n\nSbaraglini, 31, said he had "
         "wanted it \"in this way, with nobody on the ground\".", "Davide Sbaraglini"),
        ("In the harbour town, dive charter operator Rhys McAllister said bookings had held up.\n\n\"People still "
         "come out,\" Mr McAllister said.", "Rhys McAllister"),
        ("Prime Minister Dr Lennox Frederick yesterday announced a water plan.\n\n\"We will act,\" Dr Frederick "
         "said.", "Lennox Frederick"),
        ("The festival's artistic director, Aoife Nic Dhonnchadha, has resigned.\n\n\"It was hard,\" Ms Nic "
         "Dhonnchadha said.", "Aoife Nic Dhonnchadha"),
        ("Sergeant Dean Halloran, of Kotare Bay police, said the pair were found.\n\n\"It was easier,\" Halloran "
         "said.", "Dean Halloran"),
    ]
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == [want], text
    # not a given name (the words read back from the short name): a noun opening the sentence, a pseudo-title, a
    # rank before a known given name, an acronym, an adjective of place, a portfolio after 'for', a description after
    # a possessive determiner, an honour of two words; a nationality stops the reading, a courtesy title too
    from discourse._speakers import _Speakers
    sp = _Speakers("The farm was quiet.", [])
    cases = [((["Neighbour"], ("Joyce",), "quiet."), []), ((["Liquidator", "Tane"], ("Hurst",), "said"), ["Tane"]),
             ((["Corporal", "Amy"], ("Fenwick",), "Lance"), ["Amy"]), ((["Reeve"], ("Gordon", "Halvorsen"), "said"), []),
             ((["MEC", "Lwazi"], ("Mkhontwana",), "said"), ["Lwazi"]), ((["Vancouver-based"], ("Andes",), "said"), []),
             ((["Community", "Development", "Kaipo"], ("Kaiwi",), "Minister for"), []),
             # (round 36: a given name the bundled list knows is read back after the portfolio)
             ((["Community", "Development", "Jonah"], ("Kaiwi",), "Minister for"), ["Jonah"]),
             ((["His", "Holiness"], ("Pope", "John"), "and"), []),
             ((["Tan", "Sri", "Rahman"], ("Yusof",), "said"), ["Rahman"]),  # (round 29: his given name, no nationality in -an)
             ((["Italian", "Davide"], ("Sbaraglini",), "The"), ["Davide"]),
             ((["Minister", "Dr", "Lennox"], ("Frederick",), "Prime"), ["Lennox"])]
    assert [sp._given_before(*args) for args, _ in cases] == [want for _, want in cases]
    # a word the text writes in lower case is a common noun (Mikheev 2002)
    # (round 33 made 'neighbour' a role word, so the word of this example is another one of the same kind)
    assert _Speakers("The farm's drover was quiet.", [])._given_before(["Drover"], ("Joyce",), "said") == []
    assert _Speakers("The farm was quiet.", [])._given_before(["Drover"], ("Joyce",), "said") == ["Drover"]
    assert _Speakers("The farm was quiet.", [])._given_before(["Neighbour"], ("Joyce",), "said") == []
    # two fuller forms, two people: the surname alone stays as the rules left it (one form: that person)
    text = "The Kenyan Kamau Roe of Zenith Oil met them.\n\nRoe, 44, said he was \"held up at the border\"."
    assert [x["speaker"] for x in full(text)] == ["Kamau Roe"]
    text = ("The Kenyan Wanjiru Roe of Acme Steel met the Kenyan Kamau Roe of Zenith Oil.\n\nRoe, 44, said he was "
            "\"held up at the border\".")
    assert [x["speaker"] for x in full(text)] == ["Roe"]
    # a place after a preposition, or a word written on its own elsewhere in the text, is no given name
    text = "In Kisumu Langat of Zenith Oil met them.\n\nLangat, 44, said he was \"held up at the border\"."
    assert [x["speaker"] for x in full(text)] == ["Langat"]
    text = ("{} is hot. The Kenyan Nairobi Langat of Zenith Oil met them.\n\nLangat, 44, said he was \"held up at the "
            "border\".")
    assert [x["speaker"] for x in full(text.format("Nairobi"))] == ["Langat"]
    assert [x["speaker"] for x in full(text.format("Kisumu"))] == ["Nairobi Langat"]  # (no other use: a given name)


def test_round_26_a_two_word_partial_quotation_that_closes_its_phrase_is_the_reporting_speaker_s():
    # a two-word quotation in a clause reported by a verb of saying is the speaker's where the clause goes on past it
    # (round 11); it has also closed its phrase before a demonstrative or quantifier (no term is followed by one: a
    # determiner stands before a noun's premodifiers; Quirk et al. 1985, 5.3, 17.101), a verb or auxiliary, a
    # participle with its agent, or a preposition round 16 left out
    cases = [
        ("City's chief executive, Priya Radlett-Vance, said last month that the club intended to \u201ccompete "
         "properly\u201d this season.", "Priya Radlett-Vance"),
        ("Gwen Abernathy said in an interview that past takeovers had \u201calmost always\u201d been followed by rate "
         "increases.", "Gwen Abernathy"),
        ("Inspector Gareth Llewellyn said the raids followed \u201crepeated concerns\u201d raised by residents.",
         "Gareth Llewellyn"),
        ("Harbourline said in a statement that its balance sheet remained strong, with \u201cample headroom\u201d "
         "under its banking covenants.", "Harbourline"),
    ]
    for text, want in cases:
        got = [(x["kind"], x["speaker"]) for x in full(text)]
        assert got == [("speech", want)], text
    # a term stays a mention: after a definite determiner, before its head noun, or followed by an article
    for text in ("The mayor said the \u201csmart city\u201d plan was working.",
                 "The mayor said the council had made \u201csmart cities\u201d a priority.",
                 "The mayor said \u201csmart city\u201d projects were working."):
        assert [x["kind"] for x in find_quote_spans(text)] == ["mention"], text


def test_round_26_a_one_word_owner_of_a_document_is_the_person_named_in_full_with_it():
    # 'Acme's report' made 'Acme' an organisation (round 4); a name the text gives one person in full is that person's
    # (one speaker, one name), as round 11 read a name taken for an organisation by repetition
    text = ("In a memo to staff, co-founder and CEO Dana Whitlock said the company had \"grown ahead of its "
            "customers\".\n\nWhitlock's memo said the company would close its payments unit.\n\n\"This is the "
            "hardest decision I have made,\" Whitlock wrote.")
    assert [x["speaker"] for x in full(text)] == ["Dana Whitlock", "Dana Whitlock"]
    # no person of that surname, or two of them: the organisation stays; an acronym stays one
    text = ("Acme's report said output fell.\n\n\"We are worried,\" Acme said.")
    assert [x["speaker"] for x in full(text)] == ["Acme"]
    text = ("Ann Whitlock and Tom Whitlock founded it.\n\nWhitlock's memo said \"the company is sound\".")
    assert [x["speaker"] for x in full(text)] == ["Whitlock"]


def test_round_26_a_described_person_keeps_a_place_on_a_street_and_a_body_of_four_words():
    # the place or body an unnamed person belongs to is part of the description (round 16, 17): also after 'on', and a
    # body's name of four words with its plural genitive ('Cyclists’'); the pronoun after it continues that person
    # (Grosz, Joshi & Weinstein 1995), not the person named before
    text = ("Harrison Blackwood said he was \u201cgutted\u201d.\n\nA spokeswoman for the Australian Professional "
            "Cyclists\u2019 Association said riders had been consulted. \u201cThe riders were very clear,\u201d she said.")
    assert [x["speaker"] for x in full(text)][-1] == "spokeswoman for the Australian Professional Cyclists\u2019 Association"
    text = ("Ben Castellanos spoke first. \u201cIt is bad,\u201d he said.\n\nA taqueria owner on Valencia Street, who "
            "declined to give his name, told supervisors the robots helped. \u201cHalf my business comes through those "
            "boxes,\u201d he said.")
    assert [x["speaker"] for x in full(text)] == ["Ben Castellanos", "taqueria owner on Valencia Street"]


def test_round_26_a_definite_description_headed_by_an_agent_noun_takes_its_fuller_antecedent():
    # the anaphoric 'the' (Hawkins 1978; Quirk et al. 1985, 5.28) repeats the head of an indefinite description before
    # it; round 10 read it for role and source nouns, and any agent noun heads a person's description (round 25)
    text = ("Analysts were cautious. A bunker trader at a European commodity house said supply remained tight.\n\n"
            "\"You can licence as many barges as you like,\" the trader said.")
    assert [x["speaker"] for x in full(text)] == ["bunker trader at a European commodity house"]
    text = ("A senior backbencher predicted the rebellion would grow.\n\n\"The whips are telling people this is a "
            "confidence matter,\" the backbencher said.")
    assert [x["speaker"] for x in full(text)] == ["senior backbencher"]


def test_round_26_south_african_titles_are_no_part_of_the_name():
    # 'Adv' (an advocate) and the honorific 'Gogo' (grandmother) before a name, as South African papers write them
    text = ("National Prosecuting Authority spokesperson Adv Kgomotso Dube said the case was complex.\n\n"
            "\"This was a complex matter,\" Dube said.\n\nAnother resident, Gogo Maria Mahlangu (71), said she cried.\n\n"
            "\"I have never seen anything like that,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Kgomotso Dube", "Maria Mahlangu"]


def test_round_26_a_surname_with_a_capitalised_particle_is_the_person_named_with_it_in_lower_case():
    # the particle of a Dutch, French or Italian surname is written in lower case after the given name and
    # capitalised where the surname alone opens a sentence (English-language papers' style books)
    text = ("Club chairman Willem de Bruin has resigned.\n\n\"I have always said that you do not sell the roof over "
            "your own head,\" De Bruin told a broadcaster.")
    assert [x["speaker"] for x in full(text)] == ["Willem de Bruin"]
    # a table that holds no fuller person with the particle: the short form stays a person of its own
    from discourse._speakers import _Speakers
    table = _Speakers("Willem de Bruin spoke.\n\nDe Bruin, 51, said he was leaving.", [])
    assert table.persons["De Bruin"].merged is None


def test_round_26_a_described_person_inside_a_reported_clause_is_no_antecedent_of_the_next_pronoun():
    # 'said an additional nurse would be posted': the description is the subject of the reported clause, said of
    # someone, not a person the text introduces as speaker; the pronoun continues the reporting clause's subject
    text = ("Health Minister Dr Litia Seruvatu, who visited the area yesterday, says the Government is \"taking this very "
            "seriously\".\n\nShe says an additional nurse has been deployed to the health centre.\n\n\"I want to thank "
            "the village leaders,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Litia Seruvatu", "Litia Seruvatu"]


def test_round_26_a_quoted_adverb_right_after_the_verb_it_modifies_is_the_reporting_speaker_s():
    # an adjunct of manner or degree is a clause element (Quirk et al. 1985, 8.1-8.2), no term: one quoted word in -ly
    # right after the past form or participle it modifies is the speaker's word whatever follows it (round 10 asked
    # for punctuation after it)
    text = ("Trade Minister Park Jae-sun said the gap on farm access had narrowed \"considerably\" but that his "
            "government could not accept a timetable.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Park Jae-sun")]
    # after a determiner it stays a term
    text = "Park Jae-sun said the \"friendly\" talks had ended."
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]


def test_round_26_a_name_after_from_in_or_at_is_no_subject_and_a_kin_compound_is_a_pseudo_title():
    # the object of a preposition is never the subject of the verb after it, as the object of 'of' or 'for' is not
    # (round 10): 'from Ashbourne Green, Kent, said' gives the place no person's mark; 'Mother-of-three' before a name
    # is the popular papers' pseudo-title (Bell 1991), no part of the name
    text = ("Shoppers are angry.\n\nMother-of-three Kerry Pryce, 38, from Ashbourne Green, Kent, said she had noticed "
            "the cereal \"running out days earlier\".\n\n\"I buy the same things every week,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Kerry Pryce", "Kerry Pryce"]
    from discourse._speaker_names import _role_word
    assert [w for w in ("Mother-of-three", "Father-of-2", "Mother-in-law", "Stratford-upon-Avon", "Chief")
            if _role_word(w)] == ["Mother-of-three", "Father-of-2", "Chief"]


def test_round_26_the_company_is_no_institute_or_alliance_and_comm_is_a_police_title():
    # 'the company' names a business, and the heads of research, teaching and civic bodies name none (round 17's
    # public bodies, widened); 'Comm' is the Malaysian police's abbreviated 'Commissioner', a title as 'Supt' is
    text = ("Hoshimori Space Inc. said its rover had sent 140 images from a sensor built with the Sendai Institute of "
            "Science before it fell silent.\n\nIn a statement, the company said it would \"analyze all telemetry in "
            "detail\".")
    assert [x["speaker"] for x in full(text)] == ["Hoshimori Space Inc."]
    text = ("Comm Datuk Mohd Razali Osman said the syndicate had been dismantled.\n\n\"Victims were told to transfer "
            "their savings,\" he said.")
    assert [x["speaker"] for x in full(text)] == ["Mohd Razali Osman"]


def test_round_26_a_common_noun_opening_the_sentence_before_a_given_name_is_a_pseudo_title():
    # a capitalised word that opens the sentence says nothing of a name by its capital; before a known given name or
    # an initial, an agent noun ('Retiree', 'Emcee') or a word the text writes in lower case is a pseudo-title (Bell 1991)
    text = ("Floods hit the town.\n\nRetiree S. Maniam, 71, said he had to move his wife.\n\n\"I could not lift her "
            "alone,\" Maniam said.")
    assert [x["speaker"] for x in full(text)] == ["S. Maniam"]
    # a first name the text never uses as a common noun stays ('Majed Abdullah Al-Shammari')
    text = ("The plan was approved.\n\nMajed Abdullah Al-Shammari, deputy mayor, said the city had been consulted.\n\n"
            "\"We were consulted at every stage,\" Al-Shammari said.")
    assert [x["speaker"] for x in full(text)] == ["Majed Abdullah Al-Shammari"]


def test_round_27_a_court_s_or_a_regulator_s_document_speaks_for_its_author():
    # a definite description refers back to the document its noun introduced, whose author speaks through it
    # (Hawkins 1978, ch. 3; Halliday & Matthiessen 2004 on the circumstance of means): 'In its ruling, the court
    # found ... “...,” the ruling states' is the court's, as a press release is its organisation's
    text = ("Harrow Freight Ltd was fined last year.\n\nIn its ruling published Tuesday, the Kelmscott District Court "
            "found that the evidence had been correctly assessed.\n\n“The defendant knew where the goods were going,” "
            "the ruling states.")
    assert [(x["speaker"], x["channel"]) for x in full(text)] == [("Kelmscott District Court", "ruling")]
    text = ("Farmers were angry.\n\nIn a post on its Facebook page on Sunday, Red Plains Electric Cooperative said "
            "crews were working.\n\n“Some of the hardest-hit areas will need new poles,” the post said.")
    assert [x["speaker"] for x in full(text)] == ["Red Plains Electric Cooperative"]
    # without a sentence that introduces it, a ruling or a decree is a public body's: the one named last, not the
    # company named after it (before, 'Kivirasti' was the author of the ruling that convicted its chief)
    text = ("The Helsinki District Court on Thursday sentenced the former chief executive of logistics firm Kivirasti "
            "Oy to two years in prison.\n\nAccording to the ruling, the executive “acted systematically” over years.")
    assert [x["speaker"] for x in full(text)] == ["Helsinki District Court"]
    # a complaint is a litigant's: with no one who filed it named, no organisation named before is its author
    text = ("Calder Biosciences shares fell.\n\n“Defendants' statements were materially false,” the complaint says.")
    assert [x["speaker"] for x in full(text)] != ["Calder Biosciences"]


def test_round_27_a_description_s_modifiers_pick_the_body_whose_name_holds_them():
    # 'the circuit court' after 'the Tallinn Circuit Court' and 'Harju County Court': the descriptive content of a
    # definite description restricts it to a referent it fits (Hawkins 1978), so the body named more recently with the
    # same head only is not meant
    text = ("The Tallinn Circuit Court has upheld a lower court's ruling.\n\nHarju County Court in June sentenced the "
            "owner to three years.\n\n“The evidence was correctly assessed,” the circuit court said.")
    assert [x["speaker"] for x in full(text)] == ["Tallinn Circuit Court"]
    text = ("The Tallinn Circuit Court has upheld a lower court's ruling.\n\nHarju County Court in June sentenced the "
            "owner to three years.\n\n“The evidence was correctly assessed,” the court said.")
    assert [x["speaker"] for x in full(text)] == ["Harju County Court"]


def test_round_27_a_business_introduced_by_its_trade_is_the_company_a_later_description_names():
    # a close apposition says what the name is (Quirk et al. 1985, 17.65): 'processor Tamworth Dairies' is a company
    # whose words no organisation word marks, so the name table took it for a person's
    text = ("Farmers supplying Staffordshire processor Tamworth Dairies will see their price fall from April.\n\n"
            "In a letter to its suppliers, the company said it had “held the price for as long as we could”.")
    assert [x["speaker"] for x in full(text)] == ["Tamworth Dairies"]
    text = ("Food processors have been squeezed. Mombasa-based Pwani Grain Millers said margins fell.\n\n"
            "‘Input cost inflation has been significant,’ the company said.")
    assert [x["speaker"] for x in full(text)] == ["Pwani Grain Millers"]
    # a name the apposition gives to a known person (a given name) is no business
    text = ("Sales rose. Retailer Sarah Dunmore opened two shops.\n\n“Costs are up,” the company said.")
    assert [x["speaker"] for x in full(text)] != ["Sarah Dunmore"]


def test_round_27_a_definite_description_takes_the_postmodifiers_of_its_antecedent():
    # the antecedent's prepositional phrases and restrictive relative clause define the referent (Quirk et al. 1985,
    # 17.3-17.15), so the fullest description keeps them, as the label of the fullest name does
    text = ("Staff are leaving. A lecturer in the faculty of health sciences said students had been sent home.\n\n"
            "“We are teaching in corridors,” the lecturer said.")
    assert [x["speaker"] for x in full(text)] == ["lecturer in the faculty of health sciences"]
    text = ("The plant closed. An official at Mexico's Energy Ministry said the government backed it.\n\n"
            "“It is part of our plan,” the official said.")
    assert [x["speaker"] for x in full(text)] == ["official at Mexico's Energy Ministry"]
    text = ("Staff were told by video. One engineer who was laid off said the call lasted 15 minutes.\n\n"
            "“Nobody asked a question,” the engineer said.")
    assert [x["speaker"] for x in full(text)] == ["engineer who was laid off"]
    text = ("A person familiar with Whitcombe's schedule said the injury was minor.\n\n"
            "“He will play on Sunday,” the person said.")
    assert [x["speaker"] for x in full(text)] == ["person familiar with Whitcombe's schedule"]
    # not the formula of anonymity, a time adjunct, or a premodifier that is a function word
    # (a description with nothing fuller before it keeps its article as written)
    text = ("A juror who asked not to be named said the room was tense.\n\n“It was hard,” the juror said.")
    assert [x["speaker"] for x in full(text)] == ["the juror"]
    text = ("Shares fell after a complaint from a minority shareholder in March last year said the board had erred.\n\n"
            "“The board ignored us,” the shareholder said.")
    assert [x["speaker"] for x in full(text)] == ["minority shareholder"]


def test_round_27_a_sentence_opening_participle_is_no_name_in_apposition():
    # 'Responding, X, said': an -ing form alone before the comma that opens a sentence is a non-finite adverbial clause
    # (Quirk et al. 1985, 15.58), as West African papers open a reply; the name in the apposition speaks
    text = ("The regulator set a deadline.\n\nResponding, the Country Manager of Meridian Offshore Ghana, Ms Adjoa "
            "Sekyi-Hughes, said her company had paid and was \"reconciling the remaining figures\" with the regulator.")
    assert [x["speaker"] for x in full(text)] == ["Adjoa Sekyi-Hughes"]
    # a surname in -ing is a name: inside the sentence, or before an age (Brown cd05 had lost 'Channing' to 'Bostonians')
    text = ("The city could be cruel. The gentle Channing, revered by all Bostonians, orthodox or Unitarian, wrote to a "
            "friend that “No city in the world is governed so little by a police”.")
    assert [x["speaker"] for x in full(text)] == ["Channing"]
    text = ("The quarterback was asked about the loss.\n\nManning, 35, said the team had been “outplayed in every "
            "phase” and would regroup.")
    assert [x["speaker"] for x in full(text)] == ["Manning"]


def test_round_27_an_unnamed_source_described_at_length_reports_its_partial_quotations():
    # the unnamed source of news (Bell 1991): an indefinite description that opens the clause, with its modifiers,
    # postmodifiers and the relative clause of anonymity, is the subject of the verb of saying, and the words quoted in
    # the clause it reports are its words (the attribution's noun phrases read at most four words before the verb)
    text = ("Talks went on. A New Zealand High Commission spokesperson said New Zealand was “committed to supporting "
            "Tonga” in the talks.")
    # (a spokesperson with the body before the role is written as 'spokesperson for' the body, round 12)
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "A spokesperson for New Zealand High Commission")]
    text = ("Defaults rose. A senior credit officer at one of the city’s largest lenders said the bank had seen “no "
            "meaningful increase” in arrears.")
    assert [x["speaker"] for x in full(text)] == ["A senior credit officer at one of the city’s largest lenders"]
    text = ("Shops closed early. A senior police officer involved in retail crime strategy, who spoke on condition of "
            "anonymity, said forces had been “stretched to breaking point” by the rise.")
    assert [x["speaker"] for x in full(text)] == ["A senior police officer involved in retail crime strategy"]
    text = ("The company did not disclose its valuation, but a person with knowledge of the deal said it was “just under "
            "$200 million.”")
    assert [x["speaker"] for x in full(text)] == ["a person with knowledge of the deal"]
    # another verb of saying after it reports another clause: the source reports what a man shouted
    text = ("A neighbour who watched from a window told police that she had heard a man shout “you're not going to do "
            "anything” before the stabbing.")
    assert [x["speaker"] for x in full(text)] != ["A neighbour"]
    # a relative clause that names the source makes it no unnamed one (read from batch 51)
    text = ('The church refused.\n\nA trader on the street, who identified herself only as Mama Tope, said the dispute '
            'had been "boiling for months" and that shops suffered.')
    assert [x["speaker"] for x in full(text)] == ["Mama Tope"]


def test_round_27_a_window_cut_inside_a_name_reads_the_whole_name():
    # the sentence before a quotation is read at most 160 characters back; where that cut fell inside a name, its last
    # words were the subject ('Workers' for 'The Alberta Union of Provincial Service Workers, which represents ...')
    text = ("The Alberta Union of Provincial Service Workers, which represents corrections officers, social workers, "
            "licensed practical nurses and administrative staff, said in a statement that the offer was “an insult to "
            "every front-line worker who kept this province running.”")
    assert [x["speaker"] for x in full(text)] == ["Alberta Union of Provincial Service Workers"]
    # and from the paragraph's start, which opens a sentence, where that is near
    text = ("It was bad.\n\nA spokeswoman for the Department of Transport said the Minister of State with "
            "responsibility for aviation, Gerard Kielty, had received the report and would consider its recommendations "
            "“as a matter of priority”.")
    assert [x["speaker"] for x in full(text)] == ["A spokeswoman for the Department of Transport"]
    # 'who asked not to be named' is the formula of anonymity, not a question the name asked
    text = ("It was bad.\n\nAn official of the Ministry of Petroleum Resources, who asked not to be named because he "
            "was not authorised to speak on the matter, told PUNCH that the swap contracts had long been \"a black box\" "
            "that was never properly audited.")
    assert [x["speaker"] for x in full(text)] == ["An official of the Ministry of Petroleum Resources"]


def test_round_27_a_name_before_a_pseudo_title_modifies_it_and_a_party_tag_may_hold_a_ward():
    # a pseudo-title in lower case between two names ('Fine Gael councillor Martin Joyce'): the first name modifies
    # the title, the second is its holder and the subject (Bell 1991), also where the verb of saying is a second
    # predicate ('welcomed ... but said', round 24's coordinated predicates)
    text = ('Patrols rose.\n\nFine Gael councillor Martin Joyce welcomed the extra patrols but said the force in Mayo '
            'remained "stretched to breaking point".')
    assert [x["speaker"] for x in full(text)] == ["Martin Joyce"]
    # a councillor's party and ward in brackets after the name, as British local papers write them, is no speaker
    text = ("Toilets will close.\n\nDistrict councillor Mike Haddon (Lib Dem, Brixmouth), who sits on both councils, "
            "said he was ‘deeply frustrated by the stand-off’ and hoped for a compromise.")
    assert [x["speaker"] for x in full(text)] == ["Mike Haddon"]


def test_round_27_an_age_and_an_occupation_are_an_epithet_of_the_person_in_focus():
    # 'the 38-year-old former schoolteacher' where the text gave no one's age: an elegant variation that adds to the
    # person in focus (the person named last), as round 20 read 'the 20-year-old from Tampa'
    text = ("Addressing supporters, Tumbahamphe said the victory belonged to the youth.\n\n"
            "\"I will not join any party in Parliament,\" the 38-year-old former schoolteacher added.")
    assert [x["speaker"] for x in full(text)] == ["Tumbahamphe"]


def test_round_27_an_epithet_in_man_has_a_gender_and_an_organisation_speaks_through_its_analysts():
    # 'the Dutchman' refers to a man (the compound's head gives the gender), so a woman named since is passed over
    text = ("Marten de Wit, who coaches the national side, was asked about the loss. Captain Anjali Kujur had scored "
            "twice.\n\n\"We were not sharp enough,\" the Dutchman said.")
    assert [x["speaker"] for x in full(text)] == ["Marten de Wit"]
    # the staff of an organisation as a plural group speak for it, as an unnamed spokesperson does
    text = ("Shares fell.\n\nAnalysts at Harbour Ridge Securities said the guidance was \"weaker than we had feared\" "
            "in a note to clients.")
    got = full(text)
    assert [(x["speaker"], x["speaker_role"]) for x in got] == [("Harbour Ridge Securities", "analysts")]


def test_round_27_an_acronym_written_once_after_its_definition_is_the_body_defined():
    # '<long form> (<short form>)' defines the acronym (Schwartz & Hearst 2003, round 23); an acronym that speaks but
    # that the name table does not hold (written once more, after a verb) is that body too
    text = ("A tanker was damaged.\n\nIn a statement, the Maritime and Port Authority of Singapore (MPA) said the tanker "
            "had been contained.\n\n“Oil from the damaged tank has been contained,” said MPA.")
    assert [x["speaker"] for x in full(text)] == ["Maritime and Port Authority of Singapore"]


def test_round_27_one_of_a_group_of_unnamed_sources_is_described_as_the_group_is():
    # a partitive picks one member of the group a plural indefinite description introduced (Quirk et al. 1985, 5.64);
    # the member is described as the group is, in the singular
    text = ("Two people familiar with the matter said the board had approved the plan.\n\n"
            "\"It was never in doubt,\" one of them said.")
    assert [x["speaker"] for x in full(text)] == ["person familiar with the matter"]
    text = ("Two senior party officials, who requested anonymity, said the statement was final.\n\n"
            "\"There will be no second draft,\" one of the officials said.")
    assert [x["speaker"] for x in full(text)] == ["senior party official"]


def test_round_27_a_name_after_in_is_the_object_of_the_preposition_not_the_speaker():
    # as round 15 read 'for', 'at', 'from' and 'with': 'A senior official in the Frente Federal Popular' is the
    # official, not the party
    text = ("The vote was delayed.\n\nA senior official in the Frente Federal Popular said the party would \"not be "
            "rushed into a deal it cannot defend\".")
    assert [x["speaker"] for x in full(text)] == ["A senior official in the Frente Federal Popular"]


def test_round_27_two_quoted_words_after_a_linking_verb_or_an_auxiliary_are_the_speaker_s():
    # a term in scare quotes is a noun phrase with its determiner; a predicate after a linking verb or a verb phrase
    # after an auxiliary is a piece of the reported clause, the reporting speaker's words (Quirk et al. 1985, 3.21-3.24)
    text = ("Strike talks stalled.\n\nUnion leader Nomsa Mahlangu said workers felt “let down” by the offer.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Nomsa Mahlangu")]
    text = ("Storms hit the coast.\n\nSilver Lantern's trainer, Jennifer Oakes, said the suspension was \"a blow\" ahead "
            "of the festival.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Jennifer Oakes")]
    text = ("Payments were cut.\n\nFarm leader Tom Fairbairn said the payments had \"propped up\" the sector for years.")
    assert [(x["kind"], x["speaker"]) for x in full(text)] == [("speech", "Tom Fairbairn")]
    # a modifier before a noun after 'have' stays a term, as a capitalised name does
    text = ("Builders objected.\n\nThe council said many of the sites have “green belt” status under the old plan.")
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]
    # a partial quotation taken for speech earlier in the clause is read without its marks for the next one
    text = ('Prosecutor Vaishali Gadre opposed the plea, arguing that Bhanushali had "siphoned off" funds and that '
            '"large amounts remain untraced".')
    assert [x["speaker"] for x in full(text)] == ["Vaishali Gadre", "Vaishali Gadre"]


def test_round_27_a_police_constable_s_pc_is_no_part_of_the_name():
    # 'PC' (police constable) and 'PCSO' before a name, as British papers write them, are titles as 'Supt' and 'Insp'
    text = ("A man was arrested.\n\nPC Nia Bevan, of Dyfed-Powys Police, said: \"We would urge anyone with "
            "information to come forward.\"\n\n\"The victim was badly shaken,\" Bevan said.")
    assert [x["speaker"] for x in full(text)] == ["Nia Bevan", "Nia Bevan"]


def test_round_27_more_titles_of_rank_and_address_are_no_part_of_the_name():
    # naval and hyphenated military ranks, 'Rt Rev', and forms of address of Nigerian, Botswanan and Maori news, as
    # the forms of address of earlier rounds
    for title in ("Cdr", "Lt-Gen", "Rt Rev", "Malam", "Kgosi", "Kaumātua"):
        text = f"The talks ended.\n\n\"We will not give up,\" said {title} Josaia Waqa."
        assert [x["speaker"] for x in full(text)] == ["Josaia Waqa"], title
    # not the Irish 'Garda', which opens the force's own names
    text = 'Crime fell.\n\nThe Garda Síochána said in a statement that it was "satisfied with the response".'
    assert [x["speaker"] for x in full(text)] != ["Síochána"]


def test_blind_speaker_interval_resamples_whole_sets():
    # benchmarks/bench_blind_speakers.py --ci: a percentile interval of the exact share over resampled sets
    bench = _blind_bench()
    # every set right: every resample gives 1.0
    assert bench.set_interval([(10, 10), (8, 8), (9, 9)], n=100) == (1.0, 1.0)
    # two sets of equal size, one all right and one all wrong: resamples give 0, 0.5 or 1 (each set drawn 0-2 times),
    # so the 95% interval runs from 0 to 1 and holds the pooled 0.5
    lo, hi = bench.set_interval([(10, 10), (0, 10)], n=2000, seed=1)
    assert lo == 0.0 and hi == 1.0
    assert bench.set_interval([(7, 10), (9, 10), (5, 10)], n=500, seed=4) == bench.set_interval(
        [(7, 10), (9, 10), (5, 10)], n=500, seed=4)
    try:
        bench.set_interval([], n=10)
    except ValueError as e:
        assert "at least one" in str(e)
    else:
        raise AssertionError("an empty list of sets gave an interval")


def test_round_27_an_owner_s_ministry_of_two_remits_and_ranks_of_two_words():
    # "Peru's Ministry of Economy and Finance": the name joined by 'and' after an owner in the genitive is one name
    # (round 17 read it after 'the' only; 'Finance' had become a person and 'the ministry' the Ministry of Economy)
    text = ("Miners protested.\n\nPeru's Ministry of Economy and Finance said in a written response that it was "
            "studying the proposal.\n\n\"Any change must not undermine stability,\" the ministry said.")
    assert [x["speaker"] for x in full(text)] == ["Ministry of Economy and Finance"]
    # the naval and army ranks of two words ('Vice' and 'Rear' are no titles alone)
    for rank in ("Vice Adm", "Rear Adm", "Brig Gen"):
        text = f"Talks ended.\n\n\"We will patrol the strait,\" said {rank} Somchai Rattanakorn."
        assert [x["speaker"] for x in full(text)] == ["Somchai Rattanakorn"], rank


def test_round_28_a_pronoun_after_an_unnamed_source_introduced_with_the_formula_of_anonymity_is_that_source():
    # news introduces a source who may not be named by an indefinite description and a relative clause that says why
    # (Bell 1991 on unnamed sources); the he/she that follows continues that subject, not a person named before it
    text = ("Crews worked through the night, said Chief Fire Officer Rhys Tudor.\n\n"
            "One firefighter, who did not want to be named, described the week as relentless.\n\n"
            "\"We've barely been back on station,\" he said.")
    assert [x["speaker"] for x in full(text)] == ["one firefighter"]
    text = ("The state received its allocation late, Minister Rosli Jaafar said.\n\n"
            "An official with the Kelantan state disaster management committee, who declined to be named as he was not "
            "authorised to speak to the media, said funds arrived in January.\n\n"
            "\"The disbursement started immediately after that,\" he said.")
    assert [x["speaker"] for x in full(text)][-1] == "official with the Kelantan state disaster management committee"
    # 'One of the workers' is one worker; the formula's pronoun gives the gender: 'her name' is no antecedent of 'he'
    text = ("Manager Sione Latu said hours had been cut.\n\n"
            "One of the workers, who asked not to be named, said he had moved in with relatives.\n\n"
            "\"You can't pay rent on three days,\" he said.")
    assert [x["speaker"] for x in full(text)][-1] == "worker"
    text = ("Tomás Villareal said classes would go on.\n\n"
            "A senior majoring in economics, who asked that her name not be used, said she supported the strike.\n\n"
            "\"I need that transcript in January,\" he said.")
    assert [x["speaker"] for x in full(text)][-1] == "Tomás Villareal"
    # a person named after the unnamed source is the antecedent, and a formula that names the source is no anonymity
    text = ("A supervisor at the mine, who asked not to be named, said the trucks had stopped.\n\n"
            "Union leader Anderson Lima said the strike would go on.\n\n\"We will not go back,\" he said.")
    assert [x["speaker"] for x in full(text)][-1] == "Anderson Lima"
    text = ("Officer Carlo Benedetti said the men were freed.\n\n"
            "One of the released men, a 26-year-old who asked to be identified only as Rahim, said he was held nine days."
            "\n\n\"We didn't know what would happen,\" he said.")
    assert [x["speaker"] for x in full(text)][-1] != "one of the released men"


def test_round_28_a_compound_in_lower_case_before_a_name_is_no_part_of_it():
    # 'Singer-songwriter', 'Co-owner', 'Playing-coach', 'Attorney-at-Law', 'Canadian-listed': a compound whose second part
    # is in lower case is a common noun or an adjective, not a given name (those join capitalised parts, 'Jean-Luc')
    for lead, name in (("Singer-songwriter", "Lola Brennan-Ruiz"), ("Playing-coach", "Luke Ferraro"),
                       ("Attorney-at-Law", "Priyanthi Senaratne"), ("Canadian-listed", "Lomami Copper Corp")):
        text = f"The case went on.\n\n{lead} {name} said: \"We will keep going until it is done.\""
        assert [x["speaker"] for x in full(text)] == [name], lead
    # a hyphenated given name stays whole
    text = "The case went on.\n\nJean-Luc Moreau said: \"We will keep going until it is done.\""
    assert [x["speaker"] for x in full(text)] == ["Jean-Luc Moreau"]


def test_round_28_a_body_named_by_its_function_is_named_again_by_its_head():
    # 'the inspectorate', 'the joint venture', 'the treasury' refer back to the body named in full before them
    text = ("The Icelandic Aquaculture Inspectorate has fined a fish farm.\n\nIn its decision, the inspectorate states "
            "that the company had been aware of the damage “for at least eleven days” before reporting it.\n\n"
            "“The company's internal controls were clearly inadequate,” the inspectorate said.")
    assert [x["speaker"] for x in full(text)][-1] == "Icelandic Aquaculture Inspectorate"
    text = ("Works on the bypass were delayed, the Huaxin-Kwan Tat Joint Venture confirmed.\n\n"
            "The joint venture said: \"We worked closely with the Highways Department.\"")
    assert [x["speaker"] for x in full(text)] == ["Huaxin-Kwan Tat Joint Venture"]


def test_round_28_a_spokesperson_premodified_by_a_name_with_its_own_of_phrase():
    # 'A Department of Health spokesperson': the body's name holds its of-phrase; the spokesperson is written with 'for'
    # as 'A Home Office spokesperson' is (round 12); a possessive stays the owner's ('the minister's spokesman')
    text = ("Waiting lists grew.\n\nA Department of Health spokesperson said: \"We are investing in more beds.\"")
    assert [x["speaker"] for x in full(text)] == ["A spokesperson for Department of Health"]
    text = ("Parishes were told.\n\nA Church of England spokesman said: \"Decisions are for each diocese.\"")
    assert [x["speaker"] for x in full(text)] == ["A spokesman for Church of England"]
    text = ("The plan was dropped.\n\nA spokesman for the minister of health's office said: \"We will not comment.\"")
    assert [x["speaker"] for x in full(text)] != ["A spokesman for minister of health's office"]


def test_round_28_a_colon_frame_s_subject_may_hold_a_genitive():
    # 'The office's chief executive, Makereta Sovasova, had a simple message for fishermen: "..."': the subject of the
    # colon frame (round 5) is a description with its owner in the genitive and the name in apposition
    text = ("Boats went missing.\n\nThe office's chief executive, Makereta Sovasova, had a simple message for "
            "fishermen: \"Tell someone where you are going.\"")
    assert [x["speaker"] for x in full(text)] == ["Makereta Sovasova"]


def test_round_28_a_spokesperson_for_a_premodified_name_is_the_spokesperson():
    # the name after the premodifiers of the preposition's object ('ticketing firm', 'Environment Minister') is held in
    # the 'for'-phrase, not in apposition to the spokesperson: the unnamed spokesperson speaks, not the minister
    text = "Prices rose.\n\nA spokesman for ticketing firm TixNow said: 'Prices are set by the event organiser.'"
    assert [x["speaker"] for x in full(text)] == ["A spokesman for ticketing firm TixNow"]
    text = ("The jail was full.\n\nA spokesperson for Corrections Minister Lisa Brantley said: \"The minister has been "
            "briefed on the situation.\"")
    assert [x["speaker"] for x in full(text)] == ["A spokesperson for Corrections Minister Lisa Brantley"]
    # a named person in apposition after a comma is still the speaker
    text = ("The jail was full.\n\nA spokesperson for the ministry, Ana Ruiz, said: \"The minister has been "
            "briefed on the situation.\"")
    assert [x["speaker"] for x in full(text)] == ["Ana Ruiz"]



def test_round_28_a_definite_description_after_an_unnamed_source_with_the_formula_of_anonymity():
    # 'the functionary', 'the MP' refer back to the indefinite description that introduced an unnamed source with the
    # formula of anonymity, whatever its head noun (the formula marks a person); 'MP' ends a description, no post-nominal
    text = ("Seat talks stalled.\n\nA senior RJA functionary, who did not wish to be named, said support had shrunk. "
            "\"The numbers they are asking for are old,\" the functionary said.")
    assert [x["speaker"] for x in full(text)] == ["senior RJA functionary"]
    text = ("Polls fell.\n\nOne Liberal MP, who spoke on condition of anonymity, said there was \"real unease\" in the "
            "party room.\n\n\"People aren't panicking,\" the MP said.")
    assert [x["speaker"] for x in full(text)] == ["One Liberal MP", "one Liberal MP"]
    # the singular 'they' of the formula is the source; a formula without it leaves 'they' to the group named before
    text = ("Norvik Capital withdrew its bid.\n\nOne member of the supervisory board, speaking on condition of anonymity "
            "because they were not authorised to discuss internal matters, said the project would shrink.\n\n"
            "“We will not be building the stadium that was in the brochure,” they said.")
    assert [x["speaker"] for x in full(text)] == ["one member of the supervisory board"]


def test_round_28_a_name_in_the_clause_a_verb_of_saying_reports_ranks_below_the_reporting_subject():
    # centering's grammatical-role ranking (Brennan, Friedman & Pollard 1987): the subject of the reporting clause is
    # the antecedent of the he/she that follows, not a person or a place named in the clause it reports
    text = ("Kestrel team principal Rachel Dunmore said the win justified the decision to hand Harcourt a full-time "
            "seat.\n\n\"There were people in the paddock who told us he was too raw,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Rachel Dunmore"]
    text = ("Union organiser Declan Furlong said workers in Cork, Galway and Limerick had reported split shifts.\n\n"
            "\"This is not about a few euro an hour,\" he added.")
    assert [x["speaker"] for x in full(text)] == ["Declan Furlong"]
    # a pronoun of the other gender still goes to the person named in the reported clause
    text = ("Coach Darren Pike said Maria Tuilagi had trained well all week.\n\n\"I felt ready,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Maria Tuilagi"]


def test_round_28_a_headline_s_bare_office_is_the_person_the_story_quotes():
    # headlinese drops articles and names (van Dijk 1988): 'Councilor says ...' refers to the councillor the story
    # names, so the story's quotation of the same words gives the speaker (the round-22 headline rule)
    text = ("Councilor says shelter vote was 'a done deal' before hearing\n\n"
            "Councilor Dennis Moriarty said Tuesday the vote was \"a done deal before anyone walked into the room.\"")
    assert [x["speaker"] for x in full(text)] == ["Dennis Moriarty", "Dennis Moriarty"]
    # a headline with a name keeps it
    text = ("Moriarty says shelter vote was 'a done deal' before hearing\n\n"
            "Councilor Dennis Moriarty said Tuesday the vote was \"a done deal before anyone walked into the room.\"")
    assert [x["speaker"] for x in full(text)] == ["Dennis Moriarty", "Dennis Moriarty"]


def test_round_28_a_spokesperson_for_a_name_with_commas_or_a_genitive_is_the_spokesperson():
    # the subject patterns stop at the comma or the 'and' of the name a spokesperson's for-phrase holds; the
    # spokesperson still speaks, not the last part of the name
    text = ("Fees rose.\n\nIn an email, a spokesperson for Immigration, Refugees and Citizenship Canada said the cap “has "
            "helped restore integrity to the program” and more.")
    assert [x["speaker"] for x in full(text)] == ["a spokesperson for Immigration, Refugees and Citizenship Canada"]
    text = ("Beef prices fell.\n\nA spokesperson for the Department of Agriculture, Food and the Marine said the minister "
            "\"values the suckler sector greatly\" and paid farmers.")
    assert [x["speaker"] for x in full(text)] == [
        "A spokesperson for the Department of Agriculture, Food and the Marine"]
    text = ("Boats were lost.\n\nA spokesperson for Kiribati’s Ministry of Ocean Resources said the case remained “under "
            "review” for now.")
    assert [x["speaker"] for x in full(text)] == ["A spokesperson for Kiribati’s Ministry of Ocean Resources"]
    # a name after a comma is in apposition: the spokesperson named
    text = ("Talks stalled.\n\nA spokesperson for the Democratic Renewal Party, Rep. Seo Eun-bi, said the party "
            "\"will not accept the deal as written\".")
    assert [x["speaker"] for x in full(text)] == ["Seo Eun-bi"]


def test_round_28_a_south_asian_name_that_opens_with_an_honorific_keeps_it():
    # 'Syed', 'Chaudhry', 'Khawaja' open the name itself; the given name 'Ali' or 'Ahmed' inside it is no point where a
    # description ends (the round-4 split of 'Hollywood Couturier Don Loper' still holds)
    text = ("Fertiliser prices rose.\n\nSyed Faraz Ali Jafri, chief executive of Bolan Fertilizer Company, said the "
            "industry had been given \"no prior consultation\" before the decision.")
    assert [x["speaker"] for x in full(text)] == ["Syed Faraz Ali Jafri"]
    text = "Mills closed.\n\n\"When a mill closes, the worker suffers,\" said Chaudhry Bashir Ahmed Sahi."
    assert [x["speaker"] for x in full(text)] == ["Chaudhry Bashir Ahmed Sahi"]


def test_round_28_a_us_politician_s_party_and_home_town_are_no_speaker():
    # AP style: 'Sen. Kyle Brandenburg, R-Greer Township, said': the party-and-place tag is an apposition to the name
    text = ("The bill passed.\n\nIts sponsor, Sen. Kyle Brandenburg, R-Greer Township, said the changes would ensure "
            "ballot issues have \"genuinely statewide support\" rather than not.")
    assert [x["speaker"] for x in full(text)] == ["Kyle Brandenburg"]
    text = ("The vote was close.\n\nRep. Dana Whitcomb, D-Lake Harriet, said: \"We will bring it back next session.\"")
    assert [x["speaker"] for x in full(text)] == ["Dana Whitcomb"]


def test_round_28_an_unnamed_source_of_the_formula_before_a_body_named_by_the_same_head():
    # 'the operator' after 'One longtime subway operator, who asked not to be named': the person the formula marks, not
    # a transit operator named before
    text = ("The Toronto Transit Board approved the plan on Monday.\n\nOne longtime subway operator, who asked not to be "
            "named because employees may not speak to the media, said crews had worked around the failing equipment.\n\n"
            "\"We slow down because we don't always trust the signals,\" the operator said.")
    assert [x["speaker"] for x in full(text)][-1] == "one longtime subway operator"


def test_round_28_a_headline_s_office_with_its_portfolio_is_the_person_the_story_quotes():
    text = ("Health Secretary says the NHS is 'on the road to recovery'\n\n"
            "Health Secretary Bernadette Quayle said on Monday the service was \"on the road to recovery\" after a hard "
            "winter.")
    assert [x["speaker"] for x in full(text)] == ["Bernadette Quayle", "Bernadette Quayle"]


def test_round_28_an_unnamed_source_after_a_conjunction_or_a_fronted_adverbial():
    # the description of part 1 in lower case, opening its clause after 'But' or after a fronted adverbial ('In
    # Tarfaya, ...,'); not a description in apposition to a name ('Hannah, a 26-year-old nurse who asked for her surname
    # not to be used': a first name given, no unnamed source)
    text = ("Consultant Nia Prosser said the unit would close.\n\nBut a midwife at the unit, who did not want to be named, "
            "told BBC Wales that many staff had mixed feelings.\n\n\"People assume we're all against it,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["midwife at the unit"]
    text = ("Minister Ines Berrada opened the plant.\n\nIn Tarfaya, a town of about 9,000 people, a municipal councillor "
            "who asked not to be named said residents broadly welcomed the project.\n\n\"People here are not against it,\" "
            "he said.")
    assert [x["speaker"] for x in full(text)] == ["municipal councillor"]
    text = ("Debt charities warned of a spiral.\n\nHannah, a 26-year-old nurse from Swindon who asked for her surname not "
            "to be used, said she had run up £1,400.\n\n“It felt like free money at the time,” she said.")
    assert [x["speaker"] for x in full(text)] == ["Hannah"]


def test_round_29_words_quoted_in_a_finding_are_the_finder_s():
    # a verdictive speech act (Austin 1962): the judge, tribunal, inspectors or report that 'found', 'concluded' or
    # 'ruled that' ... is the speaker of the words quoted in the finding, whatever the subject's form
    cases = (
        ("Justice Margaret Fairweather, with whom the other two judges agreed, found the trial judge’s directions were "
         "“orthodox and correct”.", ["Margaret Fairweather"]),
        ("The Sports Disputes Tribunal on Tuesday found Rennick had taken “every reasonable step” to check the product.",
         ["Sports Disputes Tribunal"]),
        ("The school was visited in May.\n\nInspectors found that pupils' behaviour in lessons was \"too often "
         "disorderly\".", ["Inspectors"]),
        ("A report by the Tasmanian Local Government Standards Panel, tabled at Monday night's council meeting, found "
         "Cr Tobias Renwick failed to treat a member of the public \"with respect and courtesy\" in a post.",
         ["Tasmanian Local Government Standards Panel"]),
        ("In a decision released yesterday, Judge Miriama Faulkner found the company cut the workers’ hours, and that "
         "its explanation for the cuts was “not credible”.", ["Miriama Faulkner"]),
        ("However, the tribunal ruled that the dismissal had been “procedurally unfair” to him.", ["the tribunal"]),
        # the pronoun and the possessive are resolved as a pronoun attribution is
        ("The Care Quality Commission inspected the ward in March.\n\nIt also found that some staff felt \"unable to "
         "raise concerns without fear of being blamed\".", ["Care Quality Commission"]),
        ("Coroner Simon Ashgrove sat for three days.\n\nHe found Mr Strachan had likely survived the rollover for \"a "
         "period of time\" but could not free himself.", ["Simon Ashgrove"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    # 'ruled' and 'held' need their that-clause; a person who found a thing reports no words; a title in Title Case or a
    # name after 'known as' inside a finding is no quotation of the finder (review of round 29)
    for text in ("The police found the car “abandoned” near the river.",
                 "The council held a meeting about the “new normal” in the town centre.",
                 "The board ruled out the “nuclear option” on Monday.",
                 "She also found he had breached the council’s ‘Member and Officer Relations Protocol’, adopted in 2021.",
                 "It found that ambulances were parked outside the hospital, known to generations of residents as "
                 "\"the Big H.\""):
        assert [x["kind"] for x in find_quote_spans(text)] == ["mention"], text


def test_round_29_a_quoted_characterisation_or_accusation_is_the_subject_s():
    # 'described X as “...”', 'accused X of “...”' (Levin 1993, 29.2 and 33: the quoted complement is the subject's
    # wording), with the subject a pronoun, a relative clause's, a participle's or a coordinated predicate's, or a passive's
    # agent
    cases = (
        ("Chief Justice Josua Hamukwaya dismissed the petition on Monday.\n\nHe described the applicants as “sore losers” "
         "who had backed a losing candidate.", ["Josua Hamukwaya"]),
        ("Gregory Tan said the hospital had begun hiring, a step he described as \"prudent planning\" rather than a sign "
         "of trouble.", ["Gregory Tan"]),
        ("The NRM candidate, Madam Isatu Koroma-Fofanah, accused the police of “looking the other way” while her "
         "supporters were attacked.", ["Isatu Koroma-Fofanah"]),
        ("One senior figure in pit lane, who asked not to be named, described the penalty as \"soft for what it was\".",
         ["One senior figure in pit lane"]),
        ("Marcos Ibarra, 24, became the first Spaniard to finish on the podium and described the crowds on the final "
         "stage as \"completely crazy\".", ["Marcos Ibarra"]),
        ("Legislators yesterday clashed with the Finance ministry over a supplementary budget request, with the "
         "Opposition Chief Whip, Mr Isaac Ongom Akena, accusing the Executive of “treating Parliament like a rubber "
         "stamp.”", ["Isaac Ongom Akena"]),
        ("Bank of Connacht is to close 22 branches, in a move described by local representatives as “a body blow” to "
         "communities.", ["local representatives"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    # 'described ... of' is no complement of the verb, nor 'accused ... as'
    for text in ("He described the history of “the old quarter” at length.",
                 "He was accused by some, as “the old guard” put it, of delay."):
        assert [x["kind"] for x in find_quote_spans(text)] == ["mention"], text


def test_round_29_a_given_name_in_an_or_er_before_a_surname_and_the_place_it_is_written():
    # 'Ridwaan', 'Hasan' end in -an without being nationalities; 'Mondher'-like names in -er stand right before the
    # surname; 'Jan' before a surname is no month; the place where the fuller form is written mentions the person, so
    # that 'he' after it finds him
    cases = (
        ("Mining analyst Ridwaan Essop of Meridian Resources Research said the cuts had been expected.\n\n"
         "“It was coming,” Essop said.", ["Ridwaan Essop"]),
        ("Kōtare Residents’ Association chairwoman Jan Colquhoun welcomed the vote.\n\n“We did our bit,” Colquhoun "
         "said.", ["Jan Colquhoun"]),
        ("Addressing a press conference, SBP Governor Dr Murtaza Hasan Rizvi said the rate was “adequately positive” "
         "for now.\n\n“We do not want to repeat the mistakes of the past,” he said.\n\nRizvi added that reserves had "
         "risen.", ["Murtaza Hasan Rizvi", "Murtaza Hasan Rizvi"]),
        # a pseudo-title before a given name stays out
        ("Meteorologist Jeff Andersen said heavy rain was coming.\n\n“Expect floods on Monday,” Andersen said.",
         ["Jeff Andersen"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text


def test_round_29_offices_degrees_calls_colon_frames_and_formulas_of_us_copy():
    cases = (
        # 'President Pro Tempore': the Latin is the office's
        ("\"We made a commitment to this company,\" Senate President Pro Tempore Gregory Ashby, R-Wayland, said Tuesday.",
         ["Gregory Ashby"]),
        # a degree after the name between commas is the name's
        ("\"Our hearts go out to the patient's family,\" Felipe Arrieta, M.D., Orlanda's chief medical officer, said in "
         "a statement.", ["Felipe Arrieta"]),
        # 'a morning call:' has the noun, no naming verb
        ("Chief Executive Lydia Marchetti told analysts on a Friday morning call: \"We're going to be transparent about "
         "what we find, good or bad.\"", ["Lydia Marchetti"]),
        # a colon frame after a possessive determiner's description and its name in apposition
        ("Residents sued the state.\n\nTheir attorney, Graham Pelletier, was unmoved by the apology: \"An apology doesn't "
         "rebuild anybody's house.\"", ["Graham Pelletier"]),
        # 'Its conclusion is blunt:' the possessor of the conclusion speaks
        ("The Western Fire Review Group published its report on Monday. Its central conclusion is blunt: \"The decision "
         "to ignite was inconsistent with the approved burn plan.\"", ["Western Fire Review Group"]),
        # the anonymity formulas that give the reason, then the definite description
        ("A senior Senate Republican aide, who was not authorized to speak publicly about the talks, said the sticking "
         "points remain. The two sides, the aide said, are \"not as close as the governor is suggesting.\"",
         ["senior Senate Republican aide"]),
        ("A Senate Banking Committee aide, granted anonymity to discuss private conversations, said members were "
         "frustrated.\n\n“They feel like they’re getting the brochure, not the numbers,” the aide said.",
         ["Senate Banking Committee aide"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    # 'call' before its object still names ('what critics call “the surveillance dividend”')
    assert [x["kind"] for x in find_quote_spans("Critics call it “the surveillance dividend” in their reports.")] == [
        "mention"]


def test_round_29_an_office_in_title_case_with_its_holder_in_apposition_and_a_ranked_demonym():
    # "Tolava's Minister for Fisheries, Viliami Fonua, put it more bluntly:": the name in apposition speaks
    text = ("Fishermen welcomed the scheme.\n\nTolava's Minister for Fisheries, Viliami Fonua, put it more bluntly: "
            "\"Our fishermen were going broke. Now they have a chance.\"")
    assert [x["speaker"] for x in full(text)] == ["Viliami Fonua"]
    # 'the first Spaniard in six years' is a common noun counted among others, no person for 'he'
    from discourse._speakers import _epithet_run
    text = "Ibarra became the first Spaniard in six years to finish on the podium."
    k = text.index("Spaniard")
    assert _epithet_run(text, k, text[:k], "Spaniard")
    text = "Ibarra beat Spaniard Carlos Ruiz."
    k = text.index("Spaniard")
    assert not _epithet_run(text, k, text[:k], "Spaniard")


def test_round_29_a_headline_that_opens_with_a_name_and_a_colon_and_the_verbs_of_court_reporting():
    # "Ferrandi: 'Castellana must stop apologising'": the headline's own attribution, the person the story quotes
    text = ("Ferrandi: 'Castellana must stop apologising'\n\nVirtus Castellana coach Massimiliano Ferrandi insists his "
            "side \"must stop apologising for existing\" in Serie A.\n\n\"I've heard a lot of talk this week,\" "
            "Ferrandi said.")
    got = full(text)
    assert (got[0]["speaker"], got[0]["speaker_reason"]) == ("Massimiliano Ferrandi", "named in the headline")
    # a headline name the story never quotes gives nothing
    text = ("Ferrandi: 'Castellana must stop apologising'\n\nThe club's president said the coach \"must stop "
            "apologising for existing\".")
    assert full(text)[0]["speaker"] != "Ferrandi"
    # '“...,” ruled Banda.'
    text = ("Magistrate Tiyamike Banda heard the application.\n\n“The bail conditions are neither unreasonable nor "
            "oppressive,” ruled Banda.")
    assert [x["speaker"] for x in full(text)] == ["Tiyamike Banda"]


def test_round_29_a_plural_genitive_inside_a_name_and_a_label_with_a_modified_role():
    # "Carys Morgan of the Public Services Workers' Union": the plural genitive of persons is part of the body's name,
    # so the name in apposition reaches its verb; a country's genitive is not ('the Philippines’ Department ...')
    text = ("His union representative, Carys Morgan of the Public Services Workers' Union, said the council had "
            "\"panicked\" when the video spread.")
    assert [x["speaker"] for x in full(text)] == ["Carys Morgan"]
    from discourse._quote_cues import _CAPW
    assert re.fullmatch(_CAPW, "Workers'") is None  # (only before the next capitalised word)
    assert re.match(_CAPW + r"\s+Union", "Workers' Union") is not None
    assert re.match(_CAPW + r"\s+Department", "Philippines’ Department") is None
    # 'BATU regional secretary Anne-Marie Keogh:' opening a paragraph is a speaker label
    text = ("The union welcomed it.\n\nBATU regional secretary Anne-Marie Keogh: \"This judgment exposes exactly what "
            "our members have been telling us for years.\"")
    assert [x["speaker"] for x in full(text)] == ["Anne-Marie Keogh"]


def test_round_30_one_word_characterisations_and_object_relative_naming_clauses():
    # a one-word complement of 'described ... as' or 'accused ... of' (Cappelen & Lepore 1997: a mixed quotation of one
    # word); a naming verb whose object is the gap of a relative clause, with or without its pronoun (Quirk et al.
    # 1985, 17.12-17.15)
    cases = (
        ("One firefighter, who did not want to be named, described the week as \"relentless\".", ["One firefighter"]),
        ("Pensions are safe, the minister, Elena Sotomayor Vidal, said.\n\nShe accused the central bank of \"alarmism\" "
         "and noted that its forecasts had been wrong.", ["Elena Sotomayor Vidal"]),
        ("Tanya Ruel spoke to the council on Tuesday.\n\nRuel said the city's share of the fund amounted to about $6 "
         "million, which she called \"a rounding error\" compared with the upgrades.", ["Tanya Ruel"]),
        ("Priya Raman runs the chain's expansion.\n\nRaman noted that new restaurants are trailing the rest, a gap she "
         "called “normal for a brand entering new territory.”", ["Priya Raman"]),
        ("The governor's office said the proposal includes a 3 percent increase, which the spokesperson called "
         "\"the largest single-year increase in state history.\"", ["the spokesperson"]),
        ("The league cut the away allocation to 1,500, a decision Brennock Albion called \"regrettable and "
         "disproportionate\" in a response.", ["Brennock Albion"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    # without an object the verb is passive (a headline's 'accused of'), and its subject is the one accused, no
    # speaker; a thing 'called “...”' has no subject at all
    for text in ("First Minister accused of 'dodging' questions as drug deaths rise again",
                 "The city bought a system called “the safe grid” in 2019."):
        assert [x["speaker"] for x in find_quote_spans(text)] == [None], text


def test_round_30_colon_frames_with_a_role_before_the_name_an_auxiliary_or_a_pronoun():
    # the colon introduces direct speech whatever the verb of the frame (Quirk et al. 1985, 14.29): a frame whose
    # subject is a name after its body and role, whose verb is 'is', 'has' or a negated auxiliary, whose apposition
    # holds a place with its country, or whose subject is a personal pronoun
    cases = (
        ("Vireo president Amos Trinh struck a similar tone in a call with reporters on Sunday: “Nobody at this "
         "company is happy about how Saturday ended.”", ["Amos Trinh"]),
        ("Coach Brent Mulroney spoke after practice.\n\nMulroney didn’t sugarcoat it: “It’s a big loss. Mikko’s been "
         "our best player for two months.”", ["Brent Mulroney"]),
        ("Marco Bellandi, a particle theorist at the National Institute for Fundamental Physics in Turin, Italy, is "
         "sceptical but open-minded: “If sterile neutrinos of this mass exist, they should leave a trace.”",
         ["Marco Bellandi"]),
        ("Harpreet Singh Bajwa, 71, lost his savings in March.\n\nHe now has a simple message for other senior "
         "citizens: “No government agency arrests anyone over a video call.”", ["Harpreet Singh Bajwa"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    # a lower-case word before the name that is no role word makes no frame of a name ('Cities like Porto Alegre')
    from discourse._quote_sieve import _colon_frame_named
    assert _colon_frame_named("Cities like Porto Alegre have a simple rule:") is None
    assert _colon_frame_named("Vireo president Amos Trinh struck a similar tone:") == ("Amos Trinh", ":")


def test_round_30_a_described_person_with_a_restrictive_relative_clause_and_no_comma():
    # 'A neighbour who watched the raid on Heol y Nant said ...': a restrictive relative clause is not set off by
    # commas (Quirk et al. 1985, 17.3), so the subject runs to the verb of saying; the name inside the clause is no
    # antecedent of the pronoun after it, the described person is (the speaker is the description without its clause)
    cases = (
        ("Police raided the house at 6am.\n\nA neighbour who watched the raid on Heol y Nant said she had been woken by "
         "the sound of officers breaking down a door.\n\n“There were vans everywhere, police with dogs, the lot,” she "
         "told WalesOnline.", ["neighbour"]),
        ("Isaac Phasha, the park's manager, said patrols had doubled.\n\nA former section ranger who spent 20 years in "
         "the park and asked not to be named said corruption had become the biggest threat.\n\n\"You can have fences, "
         "dogs, helicopters, whatever you like,\" he said.", ["former section ranger"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text


def test_round_30_the_company_after_a_business_name_with_no_person_s_marks():
    # 'Heritage Grove Living ... the company said': a name of several words with no given name, gender or role is the
    # business a kind noun that names only businesses refers to; not where its last word stands alone as a surname does
    text = ("Aged-care staff will strike on Friday, the union said.\n\nHeritage Grove Living said it had offered a fair "
            "deal.\n\n\"The increase has been passed on in full,\" the company said.")
    assert [x["speaker"] for x in full(text)] == ["Heritage Grove Living"]
    text = ("Sioned Pugh runs a café in Bala.\n\nPugh said trade had fallen.\n\n\"Our prices are fair,\" the company "
            "said.")
    assert [x["speaker"] for x in full(text)] != ["Sioned Pugh"]
    # 'the operator' may be a person's job: no business is looked for among names with no marks
    text = ("Grimesby Roylott stepped into the lift.\n\n\"See that guy?\" the operator asked.")
    assert [x["speaker"] for x in full(text)] != ["Grimesby Roylott"]


def test_round_30_a_body_by_a_head_its_name_ends_in_and_descriptions_with_a_name_or_abbreviation_before_the_head():
    # 'the district' after 'the Cedar Sound School District': a head that ends the name of a body the text names is that
    # body (not a person's noun: 'the observer' is no 'Daily Observer'); 'A U.N. logistics official', 'A Ministry of
    # Youth and Sports official' are the fuller descriptions a later 'the official' refers to (Hawkins 1978, ch. 3)
    cases = (
        ("Teachers in the Cedar Sound School District voted Wednesday to authorize a strike.\n\nIn a statement "
         "Wednesday evening, the district said it “respects the right of our educators to organize.”",
         ["Cedar Sound School District"]),
        ("Aid is slow.\n\nA U.N. logistics official, who spoke on condition of anonymity, said convoys had been stopped."
         "\n\n\"We are negotiating passage truck by truck,\" the official said.", ["U.N. logistics official"]),
        ("Funding is short.\n\nA Ministry of Youth and Sports official said the contribution was part of a wider "
         "programme.\n\n\"Netball is one of the most popular sports,\" the official said.",
         ["Ministry of Youth and Sports official"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text
    text = ("The Daily Observer reported the count.\n\nAn international observer with the regional mission said the "
            "vote was calm.\n\n\"We saw no intimidation,\" the observer said.")
    assert [x["speaker"] for x in full(text)] != ["Daily Observer"]


def test_round_30_false_titles_that_open_a_sentence():
    # 'Paramedic Eoin Hartigan, a shop steward ..., said': a pseudo-title of news (Bell 1991, ch. 10) capitalised only
    # because it opens the sentence is no part of the name; a surname that is also a noun of office stays a surname
    cases = (
        ("Paramedic Eoin Hartigan, a shop steward with the union, said crews had been \"stacked up in the car park\" "
         "while calls went unanswered.", ["Eoin Hartigan"]),
        ("Opener Karan Sodhi made 84.\n\n\"The pitch was slower than it looked,\" Sodhi said.", ["Karan Sodhi"]),
        ("Dutchman Sander Wijnbergen finished second.\n\n\"I had nothing left,\" Wijnbergen said.", ["Sander Wijnbergen"]),
        ("Donna Reeve, who chairs the residents' group, said: \"We were never asked.\"", ["Donna Reeve"]),
    )
    for text, want in cases:
        assert [x["speaker"] for x in full(text)] == want, text


def test_round_30_the_source_of_according_to_is_in_focus_for_a_later_pronoun():
    # the source of 'according to' is the sayer of its sentence (Quirk et al. 1985, 8.131), in focus as the subject of
    # 'said' is: a later 'she said' continues her, not a man of unknown gender named as a subject before
    text = ("\"Only the middleman has gained,\" said Rao Shamshad Ali, president of the farmers' alliance.\n\nAccording "
            "to Dr Sana Farooqui, an agricultural economist at the Institute of Rural Policy, the crisis was "
            "\"entirely predictable\".\n\n\"The government ended procurement without building a strategic reserve,\" "
            "she said.")
    assert [x["speaker"] for x in full(text)] == ["Rao Shamshad Ali", "Sana Farooqui", "Sana Farooqui"]
    from discourse._speaker_names import _subject_like
    assert _subject_like(text, text.index("Sana"))
    assert not _subject_like("He sent the report to Ann Roe.", 22)


def test_round_30_an_abbreviation_after_or_a_document_of_most_recent_and_police_ranks():
    # ', or BCRQ,' defines an abbreviation as brackets do (Schwartz & Hearst 2003); 'Halworth's most recent annual
    # report' is a document of its owner; 'COP', 'DCOP' and 'CP' are ranks of the Ghana and Nigeria police
    text = ("The decision by the board of the Banco Central de Reserva de Quenapa, or BCRQ, surprised economists.\n\n"
            "In a statement, the BCRQ said the pause \"does not imply the end of the easing cycle.\"")
    assert [x["speaker"] for x in full(text)] == ["Banco Central de Reserva de Quenapa"]
    text = ("Halworth Group ran the line until October.\n\nAccording to Halworth’s most recent annual report, the "
            "contract had been “a significant contributor to group cash flow” in previous years.")
    assert [x["speaker"] for x in full(text)] == ["Halworth Group"]
    text = ("The Accra Regional Police Commander, COP Daniel Kwame Adu-Boahen, spoke to the GNA.\n\n\"Land guarding is a "
            "crime,\" COP Adu-Boahen said.")
    assert [x["speaker"] for x in full(text)] == ["Daniel Kwame Adu-Boahen"]


def test_round_30_a_one_word_headline_quotation_with_a_verb_and_a_state_of_the_person_quoted_last():
    # "Rates rise 'unavoidable', mayor says": a headline that reports speech with a verb of its own lifts one word the
    # story quotes alone as someone's speech; 'the distraught woman' after her quotation varies the person quoted last
    text = ("Rates rise of 9.8% 'unavoidable', mayor says\n\nMayor Graham Tuhoro said the rise was \"unavoidable\" given "
            "the cost of replacing pipes.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Graham Tuhoro")] * 2
    # (round 35: the headline needs no verb of its own, the story quoting the word as the mayor's is enough; a word the
    # story also writes unquoted stays a scare quote, test_round_35_a_one_word_headline_quotation_...)
    text = ("Rates rise of 9.8% 'unavoidable' after vote\n\nMayor Graham Tuhoro said the rise was \"unavoidable\" given "
            "the cost of replacing pipes.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Graham Tuhoro")] * 2
    text = ("Adwoa Serwaa Quayson last saw her daughter on Friday.\n\n\"She said she was going out,\" Ms Quayson said."
            "\n\n\"We just want her back,\" the distraught woman said.")
    assert [x["speaker"] for x in full(text)] == ["Adwoa Serwaa Quayson"] * 2


def test_round_31_a_name_with_an_age_in_apposition_is_the_subject_its_pronoun_continues():
    # news style sets a person's age off by commas after the name (AP Stylebook, 'ages'), often with a relative clause
    # or a place after it: the name is still the subject of the verb after them, so a later he/she continues it
    text = ("Giovanna Rinaldi, a union organiser, said: \"It is bad.\"\n\nAt the gates in San Vitale, Youssef Amrani, 41, "
            "who was born in Morocco, said he had worked night shifts for three years.\n\n\"If you complain, your contract "
            "is not renewed,\" he said.")
    assert [x["speaker"] for x in full(text)] == ["Giovanna Rinaldi", "Youssef Amrani"]
    # the place of residence after the age is no subject: 'of Ballydaheen' is the object of 'of'
    text = ("Judge Ann Roe said: \"We need it.\"\n\nBernadette Kiely, 67, of Ballydaheen, Mallow, told the court that she "
            "fell on Bridge Street.\n\nShe said the slab was raised \"by at least an inch\" on the footpath.")
    assert [x["speaker"] for x in full(text)] == ["Ann Roe", "Bernadette Kiely"]
    # a trade noun before the name ('vendor', also a business's kind) does not make it an organisation's where an age
    # follows: no organisation is given an age
    text = ("Cordell Rahming said: \"We need an assessment,\" he said.\n\nAt the straw market, vendor Ethelyn Pinder, 67, "
            "who has sold bags there for four decades, said business had picked up.\n\n\"They come, they look, they take "
            "pictures,\" she said.")
    assert [x["speaker"] for x in full(text)][-1] == "Ethelyn Pinder"


def test_round_31_one_quoted_word_after_a_linking_verb_in_indirect_speech():
    # the predicative complement of 'felt', 'looked', 'seemed' is the speaker's evaluation, as after a copula (round 9)
    # and as two words there (round 27): 'said rural communities felt “forgotten”' is the councillor's word
    text = "Councillor Alison Beattie said rural communities felt \"forgotten\" by policing priorities set in Belfast."
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Alison Beattie")]
    text = "Analyst Christos Vagianos said in a note that the segment looked \"vulnerable\" next year."
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Christos Vagianos")]
    # (a term after a noun, no linking verb: still a mention)
    text = "Councillor Alison Beattie said the \"forgotten\" communities would get a new station."
    assert [x["kind"] for x in find_quote_spans(text)] == ["mention"]


def test_round_31_a_described_subject_after_a_conjunction_that_opens_the_sentence():
    # 'But' or 'However,' before the subject links the sentence to the one before and leaves the main clause as it is
    # (Quirk et al. 1985, 8.134 on conjuncts): its subject, a description with an apposition, says the quoted words
    for opener in ("But a", "However, a", "And one"):
        text = (f"Power was cut again.\n\n{opener} senior official at the utility, who spoke on condition of anonymity, "
                "said the eight-hour target was \"optimistic at best.\"")
        (q,) = find_quote_spans(text)
        assert (q["kind"], q["speaker_reason"]) == ("speech", "description")
        assert q["speaker"].endswith("senior official at the utility")


def test_round_31_trades_that_end_company_names_and_a_place_of_two_words_before_based():
    # 'Vale Dairies', 'Norvik Agro', 'Harwood Homes': a name ending in a trade is a business's, so 'the company' after it
    # is that business (it had been taken for a person's name, and 'the company' stayed unresolved)
    text = ("Dairy farmers face a second price cut this year after Vale Dairies cut the price it pays for milk.\n\n"
            "In a letter to suppliers, the company blamed \"sustained weakness in cream and butter markets\".")
    assert [x["speaker"] for x in full(text)] == ["Vale Dairies"]
    text = ("Fertiliser maker Norvik Agro will close its plant in Belgium.\n\nThe company said the decision was driven by "
            "\"persistently high gas prices\".")
    assert [x["speaker"] for x in full(text)] == ["Norvik Agro"]
    # a place of two words before '-based' is a modifier of the name, no part of it
    text = ("The development, lodged by Gold Coast-based Pelican Grove Developments, would replace the bowls club.\n\n"
            "\"The design responds to the character of the street,\" the company said.")
    assert [x["speaker"] for x in full(text)] == ["Pelican Grove Developments"]
    # (a ministry's remit is no trade: 'Minister for Fisheries and Forests Semi Tuinadave' stays the minister)
    text = "Minister for Fisheries and Forests Semi Tuinadave said the Bill \"corrects a historical injustice\"."
    assert [x["speaker"] for x in full(text)] == ["Semi Tuinadave"]


def test_round_31_a_role_before_a_title_written_without_a_full_stop():
    # British and Commonwealth style writes 'Dr', 'Mr', 'Mrs', 'Ms' without a full stop (New Hart's Rules 2014, 10.2.1);
    # after a role the run 'Coroner Dr Fionnbarr Crowe' had been dropped whole, so a later 'he' went to the man quoted
    # before; the name is read from the title on
    for run in ("Coroner Dr Fionnbarr Crowe", "District Veterinary Officer Dr Mubita Inambao",
                "Minister for Environmental Protection Dr Aseri Nakarawa"):
        text = (f"Colm Walsh, a fisherman, said: \"It is bad.\"\n\n{run} returned a verdict of accidental death and "
                "extended his sympathies to the family.\n\n\"This is a tragedy,\" he said.")
        assert [x["speaker"] for x in full(text)] == ["Colm Walsh", " ".join(run.split()[-2:])]


def test_round_31_an_organisation_named_short_after_its_name_and_a_headline_longer_name():
    # 'Harborline Bank' in the story and a headline's run 'Harborline Bank Nears' both extend the shortest; the short
    # 'Harborline said' is the bank (one speaker, one name), not two organisations left unguessed between
    text = ("Harborline Bank Nears Deal With Regulator\n\nHarborline Bank agreed on Monday to pay a fine.\n\n"
            "\"We have cooperated fully,\" Harborline said in a statement.")
    assert [x["speaker"] for x in full(text)] == ["Harborline Bank"]
    # a plural noun of people that opens the sentence heads the subject; the organisation is its of-phrase's object
    text = ("Shareholders of Quillon Payments Inc. approved the merger on Tuesday.\n\n\"This creates a stronger "
            "company,\" Quillon said.")
    assert [x["speaker"] for x in full(text)] == ["Quillon Payments Inc."]


def test_round_31_a_one_word_name_with_an_age_in_apposition_is_a_person():
    # as for a name of several words (part 1): 'Marisol, 34,' is a person's name by the age after it, so a later 'she'
    # continues her (the name table, and the kernel's filter of lone names, had passed it over)
    text = ("Lucia Ferrer, who runs the shelter, said: \"We are full.\"\n\nIn a shelter on the outskirts of San Cristobal, "
            "Marisol, 34, who asked that her surname not be used, said she fled the town in March.\n\n\"We left with "
            "nothing,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Lucia Ferrer", "Marisol"]
    # (a word in apposition to a name right before it is no name of its own: Brown ca19, 1961 style, 'The victim
    # Darnell Somerville, Negro, 1, was pronounced dead'; the driver's 'He said' stays the driver's)
    text = ("The driver told police he followed as the Negro man got out of the cab with his money.\n\nHe said the "
            "assailant, who was armed with an automatic, entered the cab at a corner.\n\nThe victim Darnell Somerville, "
            "Negro, 1, was pronounced dead on arrival.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text, reported=True)] == [("reported", "The driver")] * 2


def test_round_32_a_name_in_apposition_after_a_longer_name_or_title_cut_at_its_and():
    # the apposition pattern read only the tail of a name after its 'and' ('Equity' of 'Centre for Learning and Equity',
    # 'Publicity of the EFCC' of 'Head of Media and Publicity'); the person's name in apposition after the whole phrase
    # is the subject, as after a description (Quirk et al. 1985, 17.65)
    text = ("An education policy analyst with the Centre for Learning and Equity, Dr Hauwa Mohammed-Kyari, told our "
            "correspondent the scheme was \"a good idea suffering from poor execution\".")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Hauwa Mohammed-Kyari")]
    text = ("In a statement on Tuesday, the Head of Media and Publicity of the EFCC, Mr Dele Ojediran, said the "
            "commission \"remains committed to the speedy prosecution of all cases\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Dele Ojediran"]
    # (an organisation's name in apposition is no person's: the description stays the speaker)
    text = ("A spokesperson for Castlebridge and Vale Hospitals Trust, which runs Castlebridge General Hospital, said "
            "the ward was under \"significant pressure\" this week.")
    assert find_quote_spans(text)[0]["speaker"] == "A spokesperson for Castlebridge and Vale Hospitals Trust"


def test_round_32_a_role_then_a_name_of_three_words_then_its_organisation():
    # 'Administrator Caroline Adhiambo Odera of Odera Kamau & Associates': three name words between the office and its
    # 'of' are the holder's name (round 22 read two); the organisation after 'of' had given the last two words
    text = ("Administrator Caroline Adhiambo Odera of Odera Kamau & Associates said in the filing that liquidation would "
            "leave unsecured creditors with “little or nothing”.")
    (q,) = find_quote_spans(text)
    assert (q["speaker"], q["speaker_role"]) == ("Caroline Adhiambo Odera", "Administrator")
    text = "Chairman Juan Carlos Ortega of the Andes Mining Chamber said: \"We are ready.\""
    assert find_quote_spans(text)[0]["speaker"] == "Juan Carlos Ortega"


def test_round_32_who_after_an_apposition_that_ends_in_a_place():
    # 'Grace Chimwala, a former foreign minister of Malawi, who urged ...': the relative clause belongs to the
    # apposition chain headed by the name; 'Malawi' is the object of 'of' inside it
    text = ("The talks were convened by the African Union's special envoy, Grace Chimwala, a former foreign minister of "
            "Malawi, who urged the three countries to \"keep the technical teams talking\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Grace Chimwala"]
    # (without an apposition to a name, the phrase before 'who' keeps the relative clause)
    text = "The rally heard from the wife of John Smith, who said the plan was \"a disgrace to the town\"."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["John Smith"]


def test_round_32_a_name_inside_a_prepositional_phrase_is_no_formula_subject():
    # 'project director at Morven Offshore Wind, which holds ..., said': the formula 'Name, parenthetical, said' had
    # started at 'Offshore Wind', inside the name the preposition 'at' governs; the subject is the sentence's first name
    text = ("Catriona Macleod, project director at Morven Offshore Wind, which holds seabed rights for a site east of the "
            "Northern Isles, said her company wanted to build in Scotland, 'but we need certainty on port capacity by the "
            "end of next year to make it work.'")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Catriona Macleod"]


def test_round_32_an_office_with_its_holder_in_apposition_before_a_naming_verb():
    # as for the verbs of saying (round 9), the holder's name in apposition to an office is the subject of 'described
    # ... as' and 'called': one speaker, one name
    text = ("The Leader of the Opposition, Mr Joseph Okello Odongo, described the motion as \"a trial balloon\" for a "
            "wider plan.")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Joseph Okello Odongo"]
    text = "Queensland's Youth Advocate, Helen Marsters, described the figures as \"deeply troubling\"."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Helen Marsters"]
    # (a name with an apposition that is no name keeps the name)
    text = "Vestager, the EU's digital chief, has called the systems “a threat to democracy”."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Vestager"]


def test_round_32_a_name_with_its_organisation_in_one_apposition_after_a_description():
    text = ("His lawyer, Mr Tawanda Mupfumira of Mupfumira and Associates, told the court that the returning officer had "
            "\"no explanation whatsoever\" for the extra ballots.")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Tawanda Mupfumira"]


def test_round_32_a_conjunction_of_another_language_inside_a_name():
    # 'Partido Orden y Progreso': 'y' joins the party's name, so 'Progreso' is no subject of its own
    text = ("Deputy Cristóbal Urrutia of the right-wing Partido Orden y Progreso, who voted against the reform, said it "
            "amounted to “a tax on formal employment.”")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Cristóbal Urrutia"]


def test_round_32_an_organisation_before_an_office_and_its_holder_as_a_clause_subject():
    # 'Associated Students of Rio Seco President Jordan Thibodeaux spoke ..., calling it “...”': the participle's
    # subject is the clause's, whose first name is an organisation premodifying the office; the holder speaks
    text = ("Associated Students of Rio Seco President Jordan Thibodeaux spoke against the new fee during public comment, "
            "calling it “a tax on students who can’t afford the seats”.")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Jordan Thibodeaux"]


def test_round_32_an_organisations_name_in_apposition_to_a_description():
    # 'An industry group, the North Dakota Petroleum Alliance, warned': the one apposition names the organisation (an
    # article, particles, a close apposition's words allowed), which is the speaker as a person's name would be
    for text, want in (
            ("An industry group, the North Dakota Petroleum Alliance, warned that a shutdown \"would ripple through the "
             "entire state economy.\"", "North Dakota Petroleum Alliance"),
            ("The race organiser, Société des Courses Alpines, said in a statement that \"none of them is in a serious "
             "condition\".", "Société des Courses Alpines"),
            ("The liquidators, Aberdeen firm Gillanders Shaw, said in a statement that they were \"aware of the "
             "tribunal's decision\" and would respond.", "Gillanders Shaw")):
        assert [x["speaker"] for x in find_quote_spans(text)] == [want]
    # (a relative clause or a prepositional phrase between the commas names no one: the description stays)
    text = ("A spokesman for Harrowgate Foods, which makes Crumbly Bites, said the company had \"reduced the weight of "
            "the pack\" last year.")
    assert find_quote_spans(text)[0]["speaker"] != "Crumbly Bites"
    text = ("The Sri Lanka Society of Anaesthetists, in a letter to the Health Secretary, said emergency waivers had "
            "become \"the rule rather than the exception\".")
    assert find_quote_spans(text)[0]["speaker"] == "Sri Lanka Society of Anaesthetists"


def test_round_32_a_role_word_inside_an_organisations_name_heads_no_person():
    # 'Justice' is a judge's title ('Justice Margaret Fairweather'), but a run that ends in an organisation's word is
    # that organisation's name: nothing is split off as a role
    text = ("The student group, the Northmoor Immigrant Justice Coalition, said in a statement that it had asked only "
            "that the university \"not lend its name\" to the event.")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Northmoor Immigrant Justice Coalition"]
    text = "\"We will appeal,\" said Justice Minister Ana Roe."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Ana Roe"]


def test_headline_name_with_a_pronoun_attribution_without_speakers():
    # a headline 'Roe: “...”' (round 29) looked up the story's speakers as strings; with speakers=False (the counting
    # paths: tokenize(speakers=False), count_frames_stream) a pronoun's speaker is pending, and the lookup raised an
    # AttributeError from inside the library on an ordinary article (found reading the blind sets with speakers=False)
    import pandas as pd

    import discourse as dc

    text = ("Roe: 'We did not sign the permits'\n\nBy A. Writer\n\nMinister Ann Roe appeared before the committee on "
            "Tuesday.\n\n\"We did not sign the permits, and nobody else did,\" she said.")
    with_names = find_quote_spans(text)
    without = find_quote_spans(text, speakers=False)
    assert [(x["kind"], x["speaker"]) for x in with_names] == [("speech", "Ann Roe")] * 2
    assert [(x["start"], x["kind"], x["speaker"]) for x in without] == [(x["start"], x["kind"], None) for x in with_names]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["x"], "text": [text]}))
    assert len(dc.tokenize(corpus, speakers=False)) == len(dc.tokenize(corpus))
    assert len(dc.count_frames_stream(corpus, "framing")) > 0


def test_round_32_a_name_in_apposition_to_an_agent_noun_is_a_persons():
    # 'Emerald Sentinel's trainer, Gemma Rowan, was philosophical': a noun of a person made by an agentive suffix
    # before the comma marks the name after it as a person's, as a role word there does, so her 'she' finds her
    text = ("\"He ran a great race,\" said Liam Doyle, who rode the winner.\n\nEmerald Sentinel's trainer, Gemma Rowan, "
            "was philosophical in defeat.\n\n\"You'd begrudge nobody that win,\" she said.")
    assert [x["speaker"] for x in full(text)] == ["Liam Doyle", "Gemma Rowan"]


def test_round_32_an_office_in_the_plural_before_its_holders_names():
    # 'Justices Celia Brandt and Thomas Ekwueme', 'Supervisors Tom Brannigan and ...' (AP Stylebook, 'titles'): the
    # office is no part of the names
    text = ("A bench of Justices R K Venkataraman and Shalini Deshpande issued notice.\n\n\"We are not inclined to stay "
            "the rules,\" Justice Venkataraman said.")
    assert [x["speaker"] for x in full(text)] == ["R K Venkataraman"]
    # (the plural of a role noun that is no office still ends a group's name)
    text = "\"We want answers,\" said a statement from Delmont Parents for Transparency."
    assert find_quote_spans(text)[0]["speaker"] != "for Transparency"


def test_round_32_a_quotation_in_single_marks_that_runs_over_paragraphs():
    # British news leaves the closing mark off every paragraph of a long quotation but the last and reopens each (New
    # Hart's Rules 2014, 9.2.3): an unpaired single mark had been read as an apostrophe, so the first paragraph's words
    # were lost and the second paragraph's quotation had no speaker
    for o, c in (("‘", "’"), ("'", "'")):
        text = (f"The committee met on Monday.\n\nThe chairman, Cllr Peter Ashdown, said: {o}Councillors are entitled to "
                f"challenge officers robustly. They are not entitled to frighten them.\n\n{o}The evidence we have heard "
                f"today falls well short of the standards residents expect.{c}\n\nThe council declined to comment.")
        (q,) = find_quote_spans(text)
        assert (q["kind"], q["speaker"], q["n_paragraphs"]) == ("speech", "Peter Ashdown", 2)
        assert text[q["start"] + 1:].startswith("Councillors") and text[q["end"] - 1] == c
    # (no reopening mark in the next paragraph: the lone mark stays an apostrophe, as before)
    text = "He said: ‘Councillors are entitled to challenge officers.\n\nThe council declined to comment."
    assert find_quote_spans(text) == []


def test_round_32_a_colon_frame_in_the_quotations_own_sentence_before_the_sentence_before():
    # 'Investors say the delays matter. Jordi Puigvert, general partner at Nau Capital, was blunt: ‘...’': the colon
    # frame of the quotation's sentence introduces it; the sentence before had given 'Investors'
    text = ("Investors say the delays matter. Jordi Puigvert, general partner at Nau Capital, was blunt: ‘We tell our "
            "portfolio companies to plan for six months.’")
    (q,) = find_quote_spans(text)
    assert q["speaker"] == "Jordi Puigvert" and q["speaker_reason"] != "attributed in the sentence before"


def test_round_32_a_noun_of_speech_owned_by_the_speaker_as_a_colon_frame():
    # 'His words:', 'Her advice to residents:': the noun labels the discourse that follows (Francis 1994) and its
    # possessor is the speaker, as 'Her response was blunt:' (round 21)
    text = ("The Chief Imam, Sheikh Abdullahi Gambo, said Muslims had no quarrel with their neighbours.\n\nHis words: "
            "\"We grew up together. Our fathers traded together.\"")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Abdullahi Gambo"]
    text = ("Town Manager Lisa Pomerleau said officials would begin assessing buildings.\n\nHer advice to residents: "
            "“Don’t go back into a flooded building until it’s been checked.”")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Lisa Pomerleau"]
    # a description in the genitive owns it the same way
    text = "The offer was rejected.\n\nThe board’s message was blunt: “Bellbird is attempting to buy us cheaply.”"
    assert [x["speaker"] for x in find_quote_spans(text)] == ["The board"]


def test_round_32_a_named_colon_frame_at_the_end_of_the_paragraph_before():
    # 'Kavanagh laid out the company's thinking bluntly:¶"..."': a named subject's colon frame ending the paragraph
    # before introduces the quotation, as in the quotation's own paragraph (round 22); and 'Grieve himself posted ...:'
    text = ("Sean Kavanagh runs Hawkridge.\n\nKavanagh laid out the company's thinking bluntly:\n\n\"The LNG demand is "
            "coming, and we're going to be a big part of supplying it.\"")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Sean Kavanagh"]
    text = ("Nathan Grieve was injured.\n\nGrieve himself posted a message to supporters on Sunday night: \"Gutted, but "
            "I'll be working my backside off to get back.\"")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Nathan Grieve"]


def test_round_32_a_colon_frame_names_no_speaker_of_titles_or_in_the_passive():
    # (found by the identity check on real text after parts 14-16) titles after a named subject's colon stay mentions,
    # and the subject of a passive frame is the one acted on, not the speaker; a participle adjective of feeling is no
    # passive ('was unmoved by the apology:')
    text = ("In 2019, China Digital Times published a three-part series on Sharp Eyes: “Surveilling The Surveillers,” "
            "”Sharp Eyes Project Map,” and “Shandong to Xinjiang.”")
    assert find_quote_spans(text)[0]["kind"] == "mention"
    text = ("Treasonable books, Steele complains, are allowed to pass unnoticed. In this connection, Swift, too, is drawn "
            "in for attack: “The Author of the Conduct of the Allies has dared to drop insinuations.”")
    assert find_quote_spans(text)[0]["speaker"] != "Swift"
    text = ("Lujan is one of 30 residents suing the state. Their attorney, Graham Pelletier, was unmoved by the apology: "
            "\"An apology doesn't rebuild anybody's house.\"")
    assert find_quote_spans(text)[0]["speaker"] == "Graham Pelletier"


def test_round_32_a_pseudo_title_of_any_noun_in_an_inverted_attribution():
    # '“...,” said sophomore Kayla Brennan': news writes nouns in lower case before a name as a title (Bell 1991, on
    # pseudo-titles), of any noun, not only the role words the patterns know; and after an organisation that
    # premodifies it ('said NDP health critic Fatima Rahimi', which had given 'NDP')
    text = ("Students expressed shock.\n\n\"This is my home,\" said sophomore Kayla Brennan, a biology major from Erie. "
            "\"I don't want to start over.\"")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Kayla Brennan"] * 2
    text = "“This is privatization by stealth,” said NDP health critic Fatima Rahimi."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Fatima Rahimi"]
    # (an adverb is no pseudo-title, and the patterns' own readings stay)
    assert find_quote_spans("\"It was close,\" said today Liam Doyle.")[0]["speaker"] is None
    assert find_quote_spans("\"It was close,\" said the Labour leader, Keir Starmer.")[0]["speaker"] == "Keir Starmer"


def test_round_32_legal_forms_of_companies_outside_the_english_speaking_world():
    # 'S.A.', 'N.V.', 'Sdn Bhd', 'Pvt. Ltd.' end companies' names (ISO 20275's entity legal forms): the short name the
    # story uses later is that company, written in full (one speaker, one name)
    text = ("Chilean miner Litio del Norte S.A. plans to expand.\n\nLitio del Norte said in a statement that its "
            "expansion \"uses the best available technology\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Litio del Norte S.A."]
    text = ("The regulator fined Sunmarg Lifesciences Pvt. Ltd. on Monday.\n\nSunmarg Lifesciences said it would "
            "\"cooperate fully\" with the inquiry.")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Sunmarg Lifesciences Pvt. Ltd."]


def test_round_32_the_governing_body_of_an_organisation_speaks_for_it():
    # 'the company’s management said': the organ that governs a body speaks for it, as 'the company said' does
    text = ("Fahrzeugwerk Eisenbrunn GmbH will cut 400 jobs.\n\nIn a letter to staff, the company’s management said it was "
            "“working intensively on follow-up contracts”.")
    (q,) = find_quote_spans(text)
    assert (q["speaker"], q["speaker_as_written"]) == ("Fahrzeugwerk Eisenbrunn GmbH", "the company’s management")
    # (no organisation named: the description stays as written)
    text = "In a letter to staff, the company’s management said it was “working intensively on follow-up contracts”."
    assert find_quote_spans(text)[0]["speaker"] == "the company’s management"


def test_round_33_two_words_that_close_their_phrase_in_a_reported_clause():
    # 'said the alliance had to reflect “ground realities” and not ...': two words in lower case that a verb takes and
    # whose phrase ends at the closing mark (a function word or punctuation after it) are the speaker's words in the
    # clause of a verb of saying, after a possessive too ('offered its “sincere condolences” to')
    text = ("Party general secretary Farzana Qureshi said the alliance had to reflect \"ground realities\" and not the "
            "results of one election.")
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Farzana Qureshi")]
    text = "Prosecutor Tom Abbiss said the offending showed \"real planning\" for a first offender."
    assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", "Tom Abbiss")]
    text = ("A Prison Service spokesman said the service accepted the findings and offered its “sincere condolences” to "
            "the family.")
    assert [x["kind"] for x in find_quote_spans(text)] == ["speech"]
    # (a term stays a term: after the definite article or a genitive, before the noun it premodifies, inside another
    # quotation, in Title Case)
    for text in ("Mayor Ann Lee said the “smart city” to the north would open in May.",
                 "Adrian Zenz noted in an interview that part of Huawei’s ‘smart city’ products are exported.",
                 "Mrs. Lundeen said the cannery was opened to handle the \"victory garden\" produce.",
                 "He said Lincoln had said in his \"Second Inaugural\" that God was just."):
        assert [x["kind"] for x in find_quote_spans(text)] == ["mention"], text
    inner = find_quote_spans("Zheng Zhibin added, “Partners customise the ‘smart brain’ for each city.”")[1]
    assert (inner["parent_id"], inner["kind"]) == (0, "mention")


def test_round_33_the_subject_of_a_reporting_clause_read_through_its_postmodifiers():
    # the main clause's subject is found however its noun phrase is built: the unnamed sources of news as heads
    # ('A source close to ...', 'A diplomat from ...'), a restrictive relative clause after the head ('A lobbyist who
    # has ...'), the perfect with an adverb ('has previously said'), an acronym in brackets after an organisation's
    # name, a pseudo-title in lower case after a fronted clause
    cases = [
        ("A source close to the fund, speaking on condition of anonymity, said its managers saw the port as \"a "
         "sleeping giant\" for the region.", "A source close to the fund"),
        ("A diplomat from a member state, speaking on condition of anonymity, said there was \"no real appetite for "
         "it\" in Europe.", "A diplomat from a member state"),
        # (round 35, part 16: the relative clauses, restrictive or not, are left out of the speaker, as round 30 left
        # them out of a pronoun's described antecedent and as the blind sets' labels write it)
        ("A lobbyist who has worked on several ballot campaigns, and who asked not to be named, said the ban would "
         "\"basically end paid petitioning overnight.\"", "A lobbyist"),
        ("The college's principal, Prof Ann Tolland, has previously said that the college \"cannot keep subsidising\" "
         "small courses.", "Ann Tolland"),
        ("The Digital Lenders Association of Kenya (DLAK), which represents 41 lenders, said the cap was \"simply "
         "unworkable for small loans\".", "Digital Lenders Association of Kenya"),
        ("Speaking outside the courthouse, encampment spokesperson Jamal Haddad, a fourth-year student, said the "
         "group was \"disappointed but not surprised.\"", "Jamal Haddad"),
    ]
    for text, speaker in cases:
        assert [(x["kind"], x["speaker"]) for x in find_quote_spans(text)] == [("speech", speaker)], text
    # (the plural noun 'states' after 'the Baltic' is no verb of saying; 'who said' is the relative clause's own verb)
    text = ("A diplomat from one of the Baltic states, who asked not to be named, summed up the mood: \"Everybody left "
            "the room unhappy.\"")
    assert find_quote_spans(text)[0]["speaker"] != "Baltic"
    assert find_quote_spans("A landlord who said he had waited \"a very long time for this\" was pleased.")[0][
        "speaker"] != "A landlord who"


def test_round_33_a_first_given_name_that_looks_like_no_occupation_stays_in_the_name():
    # one capitalised word before a known given name was read as an occupation ('Cinemactor Peter Lawford') by its
    # ending alone; '-man' only ends compounds of occupation ('Abdirahman' is a name), and a word with letters outside
    # ASCII is no English occupation ('Vítor')
    text = "\"Now I have 11 goats,\" said Abdirahman Farah Ali, 54, a herder.\n\n\"The rains failed,\" Ali said."
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Abdirahman Farah Ali"] * 2
    text = "\"It is his land,\" said Vítor Hugo Brandalise, a federal deputy."
    assert find_quote_spans(text)[0]["speaker"] == "Vítor Hugo Brandalise"
    # (an occupation before a given name is still no part of the name)
    text = "\"Two of everything,\" said Hollywood Couturier Don Loper."
    assert find_quote_spans(text)[0]["speaker"] == "Don Loper"


def test_round_33_an_indefinite_description_speaks_not_the_name_its_preposition_holds():
    # 'A senior official at the Ministry of Economy, Trade and Industry said': the head of the subject, not the object
    # of the preposition after it, is the speaker; the organisation is its speaker_org
    text = ("A senior official at the Ministry of Economy, Trade and Industry said the government was \"watching the "
            "situation closely\".")
    (q,) = find_quote_spans(text)
    assert (q["speaker"], q["speaker_org"], q["speaker_reason"]) == (
        "A senior official at the Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry",
        "description")
    for text, speaker in (
            ("One night-shift nurse from Leeds, who asked not to be named, said: \"After twenty years I am done.\"",
             "One night-shift nurse from Leeds"),
            ("A person close to the Treasury said the government would examine the offer \"without prejudice\".",
             "A person close to the Treasury"),
            ("A lawyer for the Blue Ridge Law Center, which represented the landowners, called the ruling \"a real "
             "victory for the river\".", "A lawyer for the Blue Ridge Law Center")):
        assert find_quote_spans(text)[0]["speaker"] == speaker, text
    # (a name in apposition to the description stays the speaker; a document is no description of a person)
    assert find_quote_spans("Mary Roe, a lawyer for the Blue Ridge Center, said: \"We won.\"")[0]["speaker"] == "Mary Roe"
    text = "A letter from the Inland Logistics Association said it was \"deeply worried by the plan\"."
    assert find_quote_spans(text)[0]["speaker"] != "A letter from the Inland Logistics Association"


def test_round_33_a_description_with_a_long_postmodifier_after_the_quotation():
    # '“...,” a spokesperson for the Department for Borders and Migration said.': the noun phrase patterns stop at the
    # name's 'and'; the description, decided by its head, is the subject of the attribution after the quotation
    text = "\"We are taking this seriously,\" a spokesperson for the Department for Borders and Migration said."
    assert find_quote_spans(text)[0]["speaker"] == "a spokesperson for the Department for Borders and Migration"
    # (a document's words stay its author's, read by the document rules)
    text = "\"We are taking this seriously,\" the report by the Department for Borders and Migration said."
    assert find_quote_spans(text)[0]["speaker"] == "Department for Borders and Migration"


def test_round_33_a_description_keeps_the_postmodifiers_of_its_head():
    # 'said a manager at a cocoa trading house, who asked not to be named': a description that names no one is its
    # whole noun phrase, head and postmodifiers (a prepositional phrase, 'aware of ...', 'close to ...', a restrictive
    # relative clause), up to a comma, the sentence's end or the verb of saying
    cases = [
        ("\"The price is the question,\" said a manager at a cocoa trading house, who asked not to be named.",
         "a manager at a cocoa trading house"),
        ("A senior official involved in the talks, who asked not to be named, said: \"We are close.\"",
         "A senior official involved in the talks"),
        ("\"Nobody will pay,\" said a Singapore-based banker who advises on deals in the sector.",
         "a Singapore-based banker who advises on deals in the sector"),
        ("\"It is bad,\" a source close to the client said.", "a source close to the client"),
    ]
    for text, speaker in cases:
        assert [x["speaker"] for x in find_quote_spans(text)] == [speaker], text
    # (not across a sentence's end, not a relative clause after a comma, not an adverbial with a possessive)
    for text, speaker in (
            ("\"We will see,\" said one aide to Verhoeven. Leaders also meet on Monday.", "one aide"),
            ("\"It is bad,\" said a worker, who did not give his name.", "a worker"),
            ("\"Costs are far too high,\" said the chairman in his report to the board.", "the chairman")):
        assert find_quote_spans(text)[0]["speaker"] == speaker, text


def test_round_33_an_organisation_speaks_under_the_fullest_name_the_document_gives():
    # one speaker, one name for bodies: a short form written before or after the full name ('PisoPay' and 'PisoPay
    # Inc.'), a name cut at an 'and' of a body's name, takes the fullest form the text writes
    text = ("Wallet outage\n\nRegulators ordered e-wallet operator PisoPay to explain the outage.\n\nThe commission "
            "directed PisoPay Inc. to report within five days.\n\nPisoPay, which has 60 million users, said the "
            "disruption was \"deeply regrettable\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["PisoPay Inc."]
    # (and in a text of one line, which has no headline)
    assert [x["speaker"] for x in find_quote_spans(" ".join(text.split("\n\n")[1:]))] == ["PisoPay Inc."]
    text = ("Summit\n\nThe meeting was hosted by the Department of International Relations and Cooperation.\n\nThe "
            "department said the talks had been \"frank and useful\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Department of International Relations and Cooperation"]
    # (two fuller names are two bodies; a body named after a name is another body; letters after a person's name,
    # a place after 'of' and a second body after 'and' are no part of the name)
    text = ("Budget talks\n\nThe Ministry of Health said one thing and the Ministry of Finance another.\n\nThe Ministry "
            "said it was \"studying the matter closely\".")
    assert find_quote_spans(text)[0]["speaker"] not in ("Ministry of Health", "Ministry of Finance")
    text = ("Talks\n\nThe United Nations Conference on Trade met. The United Nations said it was \"concerned about "
            "debt\".")
    assert find_quote_spans(text)[0]["speaker"] == "United Nations"
    text = "Trial\n\nFor the defence, Jonathan Frere KC spoke.\n\nJonathan Frere said it was \"a weak case\"."
    assert find_quote_spans(text)[0]["speaker"] == "Jonathan Frere"
    text = ("Drugs\n\nCalloway Therapeutics of Cambridge and Andes Lithium Corp. and Norwegian partners signed.\n\n"
            "Calloway Therapeutics said it was \"pleased\" and Andes Lithium Corp. said it was \"delighted\".")
    assert [x["speaker"] for x in find_quote_spans(text)] == ["Calloway Therapeutics", "Andes Lithium Corp."]


def test_round_33_directives_and_other_speech_acts_of_the_main_clause():
    # 'directed the school to “...”', 'cautioned against “...”', 'attributed the improvement to “...”': the subject
    # of a directive or a representative speech act speaks the words its complement quotes (within 80 characters of
    # the verb, as for the verbs of judging speech)
    cases = [
        ("The regional director, Mrs Comfort Aidoo, in a letter dated October 14, directed the school to \"suspend any "
         "such directive\" at once.", "Comfort Aidoo"),
        ("Marovia's deputy ambassador, Lev Ostrakov, cautioned against \"premature talk of sanctions,\" at the meeting.",
         "Lev Ostrakov"),
        ("Chief financial officer Neha Kulkarni attributed the improvement to \"operating leverage and softer input "
         "costs\", but said freight was rising.", "Neha Kulkarni"),
    ]
    for text, speaker in cases:
        assert [x["speaker"] for x in find_quote_spans(text)] == [speaker], text
    # (the verb of a relative clause inside the subject is not the main clause's)
    text = "A mother who asked not to be named said the school had \"simply given up on the children\"."
    assert find_quote_spans(text)[0]["speaker"] == "A mother"


def test_round_33_the_company_is_no_newspaper_union_campaign_or_central_bank():
    # 'the company' refers to a business named before: not the outlet that reports ('told the Linwood Daily
    # Journal'), a union named by its members, a campaign, or a central bank, which are named nearer
    text = ("Kenya's Kilele Digital Finance Ltd has been fined.\n\nThe Central Bank of Kenya said the lender had breached its "
            "licence.\n\nThe firm said it would \"appeal the decision in court\".")
    assert find_quote_spans(text)[0]["speaker"] == "Kilele Digital Finance Ltd"
    text = ("Kessler Precision Components will close its plant.\n\nWorkers told the Linwood Daily Journal they were "
            "shocked.\n\nThe company said the closure was \"a painful but necessary step\".")
    assert find_quote_spans(text)[0]["speaker"] != "Linwood Daily Journal"
    # (the bank may be a central bank)
    text = "The Reserve Bank of India raised rates.\n\nThe bank said inflation was \"still too high for comfort\"."
    assert find_quote_spans(text)[0]["speaker"] == "Reserve Bank of India"


def test_round_33_a_title_phrase_before_a_name_and_two_more_false_titles():
    # 'Member for Dawson Ranges Kate Dunphy said': a phrase with a word in lower case (no name holds one but its
    # particles) used as a title before the name is no part of it; not after an article, which makes a description
    cases = [
        ("Member for Dawson Ranges Kate Dunphy said the plan was \"a betrayal of the valley\".", "Kate Dunphy"),
        ("JPP floor leader in the Council Ramesh Kattimani said his party would \"oppose it tooth and nail\".",
         "Ramesh Kattimani"),
        ("Opposition leader in the Assembly K.M. Abdul Rasheed said the bill was \"drafted in secret\".",
         "K.M. Abdul Rasheed"),
        ("A spokeswoman for Mayor Teresa Galloway said the mayor was \"reviewing the report\".",
         "A spokeswoman for Mayor Teresa Galloway"),
        # (and a village council's head and a neighbour as false titles)
        ("Sarpanch Manda Shelar said the panchayat had \"written twice to the MIDC\".", "Manda Shelar"),
        ("Neighbour Bruce Hanlon, 74, stayed to defend his home.\n\n\"I know that country,\" he said.", "Bruce Hanlon"),
    ]
    for text, speaker in cases:
        assert [x["speaker"] for x in find_quote_spans(text)] == [speaker], text


def test_round_34_a_bodys_name_keeps_its_of_phrase_before_a_document():
    # 'The Department of Transport said in a letter that': the of-phrase of a body's name is no office's (as in
    # 'President Ford of the United States', whose name is 'Ford'); an article or an organisation's word before 'of'
    # shows a body
    cases = [
        ("The Department of Transport said in a letter that \"passenger safety remains the priority.\"",
         "Department of Transport"),
        ("The Ministry of Transportation said in a written reply that \"passenger safety remains the priority.\"",
         "Ministry of Transportation"),
        ("President Ford of the United States said in a letter that \"the talks were useful.\"", "Ford"),
    ]
    for text, speaker in cases:
        assert [x["speaker"] for x in find_quote_spans(text)] == [speaker], text


def test_round_34_a_bodys_head_noun_is_the_body_named_in_full():
    # 'the Council' after 'the Pacific Council of Churches': one speaker, one name, as an acronym is
    text = ("The Pacific Council of Churches met in Suva on Monday.\n\nIn a statement released ahead of the meeting, the "
            "Council said the design \"risks repeating the failures\" of earlier funds.")
    assert find_quote_spans(text)[0]["speaker"] == "Pacific Council of Churches"
    text = ("Traders were cleared by the Freetown Municipal Development Authority.\n\nA press release issued by the "
            "Authority on Sunday stated that the exercise was \"in the interest of public safety\".")
    assert find_quote_spans(text)[0]["speaker"] == "Freetown Municipal Development Authority"
    # (two bodies with that head: the word stays as it is)
    text = ("The Ministry of Health and the Ministry of Education met.\n\nThe Ministry said it was \"working on a "
            "plan\" for schools.")
    assert find_quote_spans(text)[0]["speaker"] == "Ministry"


def test_round_34_a_document_premodified_by_a_kind_of_body():
    # 'A council statement said': the body of that kind named last, not the organisation named last; where none is
    # named, the kind is all the text says
    base = ("The Rimu Harbour City Council voted on Monday against the plan backed by the Kaitawa Business "
            "Association.\n\n")
    text = base + "A council statement said the decision was \"final and binding\" for the year."
    assert find_quote_spans(text)[0]["speaker"] == "Rimu Harbour City Council"
    text = ("Councillors voted on Monday against the plan backed by the Kaitawa Business Association.\n\n"
            "A council statement said the decision was \"final and binding\" for the year.")
    assert find_quote_spans(text)[0]["speaker"] == "council"
    # (a company's statement is still the business named before)
    text = base + "The statement said the decision was \"final and binding\" for the year."
    assert find_quote_spans(text)[0]["speaker"] == "Kaitawa Business Association"


def test_round_34_the_company_is_no_place_currency_or_common_noun():
    # 'the company said' refers to no dateline's place, currency's code or capitalised common noun named last
    cases = [
        "AARHUS - Havbro Energi will close its plant.\n\nThe company said the closure was \"painful but necessary\".",
        ("Pennant Health is based in Austin, Texas.\n\nWorkers said the plan was unfair.\n\nThe company said the cuts "
         "were \"painful but necessary\"."),
        ("SK Stavby was fined CZK 2 million.\n\nThe company said the fine was \"painful but unnecessary\"."),
        ("Meridian Ocean Lines cut routes.\n\nCampaigners argue that campaigners were ignored.\n\nThe company said the "
         "cuts were \"painful but necessary\"."),
    ]
    for text in cases:
        spk = find_quote_spans(text)[0]["speaker"]
        assert spk not in ("AARHUS", "Texas", "CZK", "Campaigners"), (text, spk)
    # (a name that goes on before a number is still a body: 'Halvern Systems 412 million euros')
    text = ("The Commission fined software group Halvern Systems 412 million euros.\n\nThe company said it would "
            "\"appeal the decision\".")
    assert find_quote_spans(text)[0]["speaker"] == "Halvern Systems"


def test_round_34_a_bodys_name_written_only_later_is_another_body():
    # 'The Court's opinion' before 'The Court of Appeals affirmed': the full name comes first, so a fuller name
    # written only after the head's first mention is no earlier reference's
    text = ("Mr. Justice Black dissented. The Court today continues in the path it charted. The Court's opinion "
            "dogmatically asserts that the doctrine “enthrones an unreality into a rule of law”. I am not easily "
            "persuaded.\n\nThe Court of Appeals affirmed.")
    assert find_quote_spans(text)[0]["speaker"] != "Court of Appeals"


def test_round_34_a_role_word_inside_an_organisations_name():
    # 'Kalinda Heights Senior High School Board': 'Senior' after capitalised words of no role, in a run that ends in an
    # organisation's word, is a word of the name; a pseudo-title before a company's name is still split off
    text = ("In a letter sent to families on Sunday night, the Kalinda Heights Senior High School Board said it had "
            "\"lost confidence in the leadership\".")
    assert find_quote_spans(text)[0]["speaker"] == "Kalinda Heights Senior High School Board"
    text = "Market leader PT Nusantara Seluler Tbk said the tariff was \"unsustainable\" for operators."
    assert find_quote_spans(text)[0]["speaker"] == "PT Nusantara Seluler Tbk"
    # (an office before a person's name and affiliation is still split off)
    text = ("Opposition MP Helga Rún Ólafsdóttir of the Coastal Alliance wrote that the government was \"running the "
            "Coast Guard like a hobby\".")
    assert find_quote_spans(text)[0]["speaker"] == "Helga Rún Ólafsdóttir"


def test_round_34_a_gerund_after_a_catenative_verb_is_no_participle_of_saying():
    # 'has not ruled out adding widebodies, but Quan says ...': 'adding' is the gerund object of 'ruled out', and the
    # quotation is the coordinated clause's; a participle of saying after a noun still reports ('issued a brief
    # statement saying the board “...”')
    text = ("Lotus Bay has not ruled out adding widebodies, but Tran Minh Quan said that there was \"no rush\" at "
            "all.")
    assert find_quote_spans(text)[0]["speaker"] == "Tran Minh Quan"
    text = ("The Board of Regents chair, Wendell Pruitt, issued a brief statement saying the board \"continues to "
            "support President Haddix\".")
    assert find_quote_spans(text)[0]["speaker"] == "Wendell Pruitt"


def test_round_34_a_participle_after_the_quotation_is_no_inverted_reporting_clause():
    # '“baseless and desperate”, saying the party's supporters had been attacked': the noun phrase after 'saying'
    # opens the clause it reports; the speaker is the matrix clause's subject
    text = ("A spokesman for the Kenya Progress Party dismissed the accusations as \"baseless and desperate\", saying "
            "the party's supporters had been attacked.")
    assert find_quote_spans(text)[0]["speaker"] == "A spokesman for the Kenya Progress Party"


def test_round_34_an_indefinite_description_with_three_premodifiers_as_a_pronouns_antecedent():
    # 'A Carrington Catholic Education spokeswoman said ... “...,” she said': the spokeswoman, not the woman named
    # before her
    text = ("Renee Kowalczyk said she was sad.\n\nA Carrington Catholic Education spokeswoman said the board's "
            "decision was final.\n\n\"The board will not be revisiting this decision,\" she said.")
    assert find_quote_spans(text)[0]["speaker"] == "spokeswoman for Carrington Catholic Education"
    # (no determiner among the premodifiers: 'At the top a uniformed officer' is two noun phrases, and the officer is
    # the one described; a waiter is no antecedent of 'She')
    text = ("The way Hoag was, no telling what he might say. At the top a uniformed officer blocked further progress. "
            "“Yes, what is it”?? He asked.")
    assert find_quote_spans(text)[0]["speaker"] == "uniformed officer"
    text = ("I had dressed by the time a waiter wheeled in breakfast.\n\n“The toothbrush Monsieur”, he said. I gave it "
            "to the woman.\n\n“What is this for”?? She asked innocently.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["waiter", None]


def test_round_34_the_object_of_a_relative_clause_is_no_pronouns_antecedent():
    # 'Jacob Mwakalinga, who represents Shirima, said ...': the name that ends the relative clause is its object
    text = ("Felix Kaaya Shirima denies the charges.\n\nJacob Mwakalinga, who represents Shirima, said his client was "
            "innocent.\n\n\"My client signed documents that were verified,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Jacob Mwakalinga"


def test_round_34_barrister_at_law_after_a_name():
    text = ("Counsel for FreshWay Retail Ltd, Fiona Twomey BL, said the store carried out floor inspections.\n\n"
            "\"My client cannot guarantee that no item will ever fall,\" she said.")
    assert find_quote_spans(text)[0]["speaker"] == "Fiona Twomey"


def test_round_34_the_irish_rank_garda_before_a_name():
    # 'Garda Ciarán Duggan said': the rank, as 'Sergeant'; the force's own names keep the word
    cases = [
        ("Garda Ciarán Duggan said the car was \"travelling at speed\".", "Ciarán Duggan"),
        ("Detective Garda Aoife Brennan said the car was \"travelling at speed\".", "Aoife Brennan"),
        ("Garda Eoin Buckley arrived.\n\nGarda Buckley said the car was \"travelling at speed\".", "Eoin Buckley"),
        ("The Garda Síochána said the car was \"travelling at speed\".", "The Garda Síochána"),
        ("A spokesperson for the Garda Press Office said it was \"under review\".",
         "A spokesperson for the Garda Press Office"),
    ]
    for text, speaker in cases:
        assert find_quote_spans(text)[0]["speaker"] == speaker, text


def test_round_34_an_adjective_before_a_persons_name():
    # '“...,” said a beaming Whitfield': the article and adjective describe the person named; a spokesperson for a
    # person is still the spokesperson
    text = ("Tajay Whitfield said he had trained all winter.\n\n\"I knew I had it,\" said a beaming Whitfield.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Tajay Whitfield"]
    text = ("Teresa Galloway said she would stand.\n\nA spokesman for Mayor Teresa Galloway said she was \"reviewing "
            "the report\".")
    assert find_quote_spans(text)[0]["speaker"] == "A spokesman for Mayor Teresa Galloway"


def test_round_34_a_document_with_a_participle_clause_after_it():
    # 'A CCB statement issued later on Tuesday said': the participle clause leaves the document the head, whose
    # premodifier names the body; 'a notice posted on the Maplecrest Rewards website': the site's owner
    text = ("The Caribbean Cricket Board (CCB) met on Monday.\n\nA CCB statement issued later on Tuesday said: \"The "
            "board regrets the decision of the players.\"")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["channel"]) == ("Caribbean Cricket Board", "statement")
    text = ("Maplecrest Rewards was hacked.\n\n\"Members should change their passwords,\" a notice posted on the "
            "Maplecrest Rewards website said.")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["channel"]) == ("Maplecrest Rewards", "notice")


def test_round_34_the_company_is_no_foreign_bodys_name_and_no_dateline_owns_a_document():
    # 'the company' after the 'Food and Drug Administration' spoke is the drugmaker named before, a public body no
    # business; a wire dateline's place is no document's author
    text = ("Corliss Pharmaceuticals recalled a drug.\n\nThe U.S. Food and Drug Administration said the recall was "
            "\"voluntary and precautionary\".\n\nThe company said it had \"received no reports of harm\" so far.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["U.S. Food and Drug Administration",
                                                              "Corliss Pharmaceuticals"]
    text = ("OTTAWA — Canada's top soldier warned the government last fall that stocks had fallen so low they would "
            "last \"days, not weeks,\" according to a letter released under access-to-information law.")
    assert find_quote_spans(text)[0]["speaker"] != "OTTAWA"


def test_round_34_given_names_that_give_a_pronoun_its_gender():
    # 'he' after 'Bérénice Lastours-Quéval' and 'Jean-Baptiste Ferrand-Olmi': the given names say which is a man
    text = ("Jean-Baptiste Ferrand-Olmi, the mayor, opened the session. Bérénice Lastours-Quéval asked for a vote.\n\n"
            "\"We will not be rushed into this,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Jean-Baptiste Ferrand-Olmi"
    text = ("Iain Sutherland chairs the trust. Alasdair Mackay's daughter Morag spoke first.\n\n\"The glen needs "
            "the jobs,\" she said.")
    assert find_quote_spans(text)[0]["speaker"] != "Alasdair Mackay"


def test_round_35_a_one_word_headline_quotation_lifted_from_a_longer_quotation():
    # 'reckless' in the headline is an excerpt of the judge's "reckless in the extreme" (Bell 1991, ch. 9); a word the
    # story also uses outside quotation marks is a scare quote of the headline, and a name in quotation marks no excerpt
    text = ("Dungannon man jailed over 'reckless' crash\n\nA man was jailed on Friday.\n\nJudge Neil Forsythe said "
            "the driving had been \"reckless in the extreme\" and that leaving was aggravating.")
    got = find_quote_spans(text)
    assert (got[0]["kind"], got[0]["speaker"]) == ("speech", "Neil Forsythe")
    assert got[0]["speaker_reason"] == "quoted in the headline from the text"
    text = ("Former mayor loses appeal over 'council' trips\n\nThe former mayor used council money for trips.\n\n"
            "Judge Ann Cole said: \"The council was entitled to expect honesty from its mayor.\"")
    assert find_quote_spans(text)[0]["kind"] == "mention"
    text = ("Typhoon 'Dalisay' leaves 14 dead\n\nA typhoon struck on Monday.\n\n\"Dalisay brought a month of rain in "
            "a day,\" the weather agency said.")
    assert find_quote_spans(text)[0]["kind"] == "mention"


def test_round_35_a_one_word_adjective_closing_its_phrase_in_a_reported_clause():
    # 'leave older passengers “stranded” at stations': an object's complement, the speaker's evaluation
    text = ("RCU general secretary Siobhán Kearns told reporters the closures would leave older passengers "
            "\"stranded\" at rural stations.")
    assert [(q["kind"], q["speaker"]) for q in find_quote_spans(text)] == [("speech", "Siobhán Kearns")]
    # a noun, a premodifier before its noun and a determined word stay terms
    for text in ("Senator Ann Roe said the lists held \"ghosts\" in every province.",
                 "Senator Ann Roe said the agency paid \"ghost\" beneficiaries in every province.",
                 "Senator Ann Roe said the \"improved\" in the name was misleading."):
        assert find_quote_spans(text)[0]["kind"] == "mention", text


def test_round_35_a_short_form_written_as_a_word_in_brackets_defines_the_body():
    # 'the National Minibus Taxi Council (Namtaco)': one speaker, one name, as for '(NMTC)'
    text = ("The National Minibus Taxi Council (Namtaco) met on Monday.\n\nNamtaco said its regional structures would "
            "meet.\n\n\"Our operators have been carrying these increases,\" Namtaco said.")
    assert {q["speaker"] for q in find_quote_spans(text)} == {"National Minibus Taxi Council"}
    # a statutory board is no business that 'the company' refers to
    text = ("Halcyon Agritech Ltd was fined by the Securities and Exchange Board of India (Sebi).\n\n\"The lapses were "
            "serious,\" Sebi said in its order.\n\nThe company said it would \"study the order\" and appeal.")
    assert find_quote_spans(text)[-1]["speaker"] != "Securities and Exchange Board of India"


def test_round_35_punjabi_given_names_are_no_occupations():
    # 'Jaswinder' ends like an agent noun ('Backstroker Chloé Lavigne-Marsh'), but is a given name
    text = ("Leader of Opposition in the state assembly Jaswinder Singh Sekhon termed the response \"too little, too "
            "late\" on Tuesday.")
    assert find_quote_spans(text)[0]["speaker"] == "Jaswinder Singh Sekhon"


def test_round_35_descriptions_of_unnamed_people_as_pronouns_antecedents():
    # an age among the premodifiers: the woman described, not the person named before
    text = ("Rachel Ambrose gave evidence.\n\nAn 87-year-old woman from Reddish said she no longer answered the door."
            "\n\n\"That medal was the last thing I had,\" she said.")
    assert find_quote_spans(text)[0]["speaker"] == "87-year-old woman from Reddish"
    # a definite description with an of-phrase and the formula of an unnamed source; 'The owner' alone refers back
    text = ("Ross Danbury gave evidence.\n\nThe owner of the takeaway, who did not want to be named, said staff had "
            "rushed outside.\n\n\"It was chaos,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "owner of the takeaway"
    # the description ends before its verb of saying ('spokesman for the company said it' had been the speaker)
    text = ("Ross Danbury gave evidence.\n\nA spokesman for the company said it had faced costs.\n\n\"We have "
            "absorbed these costs,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "spokesman for the company"
    # a business named in the genitive, as shops are
    text = ("Ross Danbury gave evidence.\n\nA spokesman for Hartfield's said the company had faced costs.\n\n\"We "
            "have absorbed these costs,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "spokesman for Hartfield's"


def test_round_35_the_apostrophe_of_ng_inside_east_african_names():
    # "Ndung'u": Kikuyu and Swahili spelling of the velar nasal, a letter of the name, not a closing quotation mark
    text = "Kimani Ndung'u, the majority leader, spoke.\n\n\"They were invited,\" Ndung'u said during the debate."
    assert find_quote_spans(text)[0]["speaker"] == "Kimani Ndung'u"
    assert find_quote_spans("\"They were invited,\" said Peter Ng’ang’a.")[0]["speaker"] == "Peter Ng’ang’a"
    # a genitive after 'ng' stays a genitive, no letter of a name
    text = "\"We will appeal,\" Haedong's chief executive Park Min-jun said."
    assert find_quote_spans(text)[0]["speaker"] == "Park Min-jun"


def test_round_35_a_single_quoted_second_part_that_runs_on_into_the_next_paragraph():
    # New Hart's Rules 9.2.3: the paragraph's closing mark is left off and the next paragraph reopens the quotation
    for o, c in (("‘", "’"), ("'", "'")):
        text = (f"Danny Marsh spoke at the ground.\n\n{o}People can say what they want,{c} he said. {o}But to question "
                f"whether I care? I have been here seven years.\n\n{o}The night out was my party.{c}")
        got = find_quote_spans(text)
        assert [(q["start"], q["speaker"]) for q in got[:2]] == [(34, "Danny Marsh"), (76, "Danny Marsh")], o
    # a single mark after a sentence's end that no paragraph reopens is no quotation
    text = "Danny Marsh spoke.\n\nHe said it was over. 'Tis the season, the old man said.\n\nThe club agreed."
    assert all(q["kind"] != "speech" for q in find_quote_spans(text))


def test_round_35_a_story_quotation_inside_the_headline_quotation():
    # the headline gives the whole clause of which the story quotes a part
    text = ("‘It will block out the sun’: anger as tower approved\n\nResidents objected on Monday.\n\nJenny Morrow, who "
            "lives next door, said the tower would “block out the sun” for most of the day.")
    got = find_quote_spans(text)
    assert (got[0]["kind"], got[0]["speaker"]) == ("speech", "Jenny Morrow")
    # two words of the story are too few to say the headline quotes them
    text = ("‘It will ruin the street’: anger as tower approved\n\nResidents objected on Monday.\n\nJenny Morrow, who "
            "lives next door, said the tower would “ruin it” for most of the day.")
    assert find_quote_spans(text)[0]["speaker"] is None


def test_round_35_a_persons_document_named_by_a_possessive_pronoun():
    # 'his statement said' goes on with the statement the person was quoted from; 'Her report' is hers
    text = ("Balcraig Rovers are to be fan-owned.\n\nLochhead, who bought Balcraig out of administration, said in a "
            "statement that he was \"proud\" of the club.\n\n\"When I came in, the club was weeks from going out of "
            "business,\" his statement said.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Lochhead", "Lochhead"]
    text = ("Sarah Quaid carried out the investigation.\n\nHer report said the comments had caused \"significant "
            "distress\" to staff.")
    got = find_quote_spans(text)[0]
    assert (got["speaker"], got["channel"]) == ("Sarah Quaid", "report")


def test_round_35_a_documents_author_after_from_or_a_delayed_by():
    # 'The letter, from X, ... said' and 'The memo, sent to staff ... by Y, said': the source in the postmodifier
    text = ("Residents objected to the rules on granny flats.\n\nThe letter, from the Golden State Housing Coalition, an "
            "advocacy group, said the requirement was \"plainly inconsistent\" with state law.")
    assert find_quote_spans(text)[0]["speaker"] == "Golden State Housing Coalition"
    text = ("Riverbend Regional Hospital is full.\n\nThe memo, sent to staff Tuesday night by chief operating officer "
            "Ravinder Gill, said managers had to \"identify every possible discharge\" before noon.")
    assert find_quote_spans(text)[0]["speaker"] == "Ravinder Gill"


def test_round_35_the_kind_with_its_name_in_apposition_after_it():
    # 'the union, Ashgrove Workers United': a later 'the union' is that body, not the museum named before
    text = ("Staff at the Ashgrove Museum of American Art ratified a contract, according to the union, Ashgrove Workers "
            "United. In a statement, the union said the vote showed \"what is possible\".")
    assert find_quote_spans(text)[0]["speaker"] == "Ashgrove Workers United"
    # 'counsel for the club, Fergal Dunne SC,': the name is the counsel's apposition, not the club's
    text = ("Corrib Celtic went to court. Counsel for the club, Fergal Dunne SC, spoke.\n\nIn a statement, the club said "
            "it was \"relieved\" by the ruling.")
    assert find_quote_spans(text)[0]["speaker"] != "Fergal Dunne SC"


def test_round_35_a_coordinated_body_name_further_back_in_the_sentence():
    # the subject of a clause the quotation ends, beyond the 200 characters the attribution is looked for in
    text = ("The government insists that reconstruction is on track. In a statement marking the anniversary, the "
            "Ministry of Housing and City Policy said more than 50,000 families had received at least one instalment "
            "of a 140,000-dirham rebuilding grant, and that work had \u201cbegun or been completed on the large majority "
            "of damaged homes.\u201d")
    assert find_quote_spans(text)[0]["speaker"] == "Ministry of Housing and City Policy"
    # a genitive owner before the name is its determiner, not a word of it
    text = ("The THA's Division of Infrastructure and Public Utilities said in a release that a contractor would begin "
            "removing debris from the beach this week, and that work on a replacement jetty \"will commence as soon as "
            "funding is identified\".")
    assert find_quote_spans(text)[0]["speaker"] == "Division of Infrastructure and Public Utilities"


def test_round_35_a_plural_noun_after_a_modifier_is_no_subject_and_verb():
    # 'the remaining claims' and 'his opening remarks' are noun phrases, not 'the remaining' claiming
    text = ("The Ministry of Housing said in a statement that more than 50,000 families had been paid and that the "
            "remaining claims would be \"settled in full within the coming months\".")
    assert find_quote_spans(text)[0]["speaker"] == "Ministry of Housing"
    # a subject with its noun still claims
    assert find_quote_spans("The company claims the plan is \"unworkable\" and costly.")[0]["speaker"] == "The company"


def test_round_35_religious_and_traditional_forms_of_address_are_no_part_of_the_name():
    # 'Maulana', 'Cde', 'Lonko', 'Induna' before a name, as 'Alhaji' and 'Kgosi' (rounds 15, 27)
    for title, name in (("Maulana", "Shakeel Ahmed Qasmi"), ("Cde", "Winston Mashingaidze"),
                        ("Lonko", "Ariel Painemil"), ("Induna", "Mathews Chola")):
        text = f"{title} {name} spoke to the crowd.\n\n\"We will not move,\" he said."
        assert find_quote_spans(text)[0]["speaker"] == name, title


def test_round_35_an_adverb_between_an_auxiliary_and_its_verb():
    # 'had “immediately” removed': the adjunct's medial position, a word of the reported clause
    text = "A spokeswoman for Dunmore’s said the chain had “immediately” removed the products from its shelves."
    got = find_quote_spans(text)[0]
    assert (got["kind"], got["speaker"]) == ("speech", "A spokeswoman for Dunmore’s")


def test_round_35_an_unnamed_source_with_two_relative_clauses():
    # 'who has worked ..., and who did not want to be named ..., said': both clauses say how the source was quoted
    text = ("A fish health biologist who has worked at several farms in the region, and who did not want to be named "
            "for fear of losing work, said repeated delousing was “incredibly hard on fish that are already weakened”.")
    got = find_quote_spans(text)[0]
    assert (got["kind"], got["speaker"]) == ("speech", "A fish health biologist")


def test_round_35_a_noun_in_ing_ending_a_fronted_adverbial_governs_no_subject():
    # 'Later on Saturday evening the club said': 'evening' is no participle whose object 'the club' would be
    text = ("The result leaves Glenmorrie seventh. Later on Saturday evening the club said it would “write to the "
            "governing body seeking an explanation” for the decision.")
    got = find_quote_spans(text)[0]
    assert (got["kind"], got["speaker"]) == ("speech", "the club")


def test_round_36_a_surname_with_its_particle_or_article_on_second_reference():
    # 'Van der Merwe said' after 'Pieter van der Merwe', the particle capitalised at a sentence's start (round 26's
    # merge, which resolution had not followed for words the fuller name does not hold as written)
    text = ("Coach Pieter van der Merwe named his side on Monday.\n\n\"We are ready,\" Van der Merwe said.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Pieter van der Merwe"]
    # the Arabic article dropped or capitalised on second reference (AP style for Arabic names)
    text = ("\"We will not accept this,\" said Tariq al-Mansoori, the minister.\n\n\"Never,\" Mansoori said.\n\n"
            "\"Not now,\" Al-Mansoori added.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Tariq al-Mansoori"] * 3
    # two people of the one surname: the short form stays as written
    text = ("\"Yes,\" said Tariq al-Mansoori, the minister. \"No,\" said Huda al-Mansoori, his rival.\n\n"
            "\"Never,\" Mansoori said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Mansoori"


def test_round_36_particles_inside_the_names_of_bodies_in_other_languages():
    # 'de', 'do', 'des', 'ng' join a body's name as 'of' does ('the Automobile Club de Wallonie' had been 'Wallonie')
    for text, name in (("The Automobile Club de Wallonie said: \"We will not accept this.\"", "Automobile Club de Wallonie"),
                       ("The Banco Central do Brasil said: \"We will not accept this.\"", "Banco Central do Brasil"),
                       ("The Kilusang Magsasaka ng Hilaga said: \"We will not accept this.\"", "Kilusang Magsasaka ng Hilaga"),
                       ("Construtora Vale do Mearim said in a statement: \"We will not accept this.\"",
                        "Construtora Vale do Mearim")):
        assert find_quote_spans(text)[0]["speaker"] == name, text
    # a description before a person's name with a particle is still read as one ('the Dutch coach Pieter van der Merwe')
    text = "The Dutch coach Pieter van der Merwe said: \"We will not accept this.\""
    assert find_quote_spans(text)[0]["speaker"] == "Pieter van der Merwe"


def test_round_36_the_company_after_its_spokesperson_and_a_business_named_after_a_place():
    # the body whose spokesperson was quoted last: 'Pellham spokeswoman Karen Liddell said ... the company said'
    text = ("Pellham Logistics workers walked out on Monday.\n\nPellham spokeswoman Karen Liddell said the company had "
            "\"invested heavily in cooling systems\".\n\nIn an emailed statement, the company said it was \"disappointed "
            "that union leadership chose to strike\".")
    assert find_quote_spans(text)[-1]["speaker"] == "Pellham Logistics"
    # a country ends no person's name, and the last word alone inside a quotation is no surname
    text = ("Miners walk out\n\n\"Coal is still one of the state's big employers,\" a miner said.\n\nCarrow Coal said "
            "in a statement it had made a fair offer.\n\nThe company said the impact on production would be \"minimal "
            "for the quarter\".")
    assert find_quote_spans(text)[-1]["speaker"] == "Carrow Coal"


def test_round_36_a_place_after_a_preposition_locates_an_indefinite_description():
    # 'A youth worker in east London': London locates the worker, it names no speaker
    for text, want in (("Clubs to close\n\nA youth worker in east London has warned that teenagers will be left with "
                        "\"nowhere to go at all this summer\".", "A youth worker in east London"),
                       ("Mine plan\n\nA source at the national Mining Secretariat said the plan was \"never going to "
                        "work out\".", "A source at the national Mining Secretariat")):
        assert find_quote_spans(text)[0]["speaker"] == want, text
    # after a definite description an office's holder stands in apposition
    text = ("Sit-in\n\nLeading the sit-in, the leader of the Opposition in the municipality Safiqul Islam Khan said: "
            "\"This is a loot of public land.\"")
    assert find_quote_spans(text)[0]["speaker"] == "Safiqul Islam Khan"


def test_round_36_an_indefinite_description_of_the_lead_named_later():
    # delayed identification (Bell 1991): 'A senator ... ¶ Sen. Rodolfo Villaraza grilled officials'
    text = ("Senate probe\n\nA senator on Tuesday accused flood control officials of \"looking the other way\" while a "
            "contractor was paid.\n\nAt the inquiry, Sen. Rodolfo Villaraza grilled officials of the authority.")
    got = find_quote_spans(text)[0]
    assert (got["speaker"], got["speaker_reason"]) == ("Rodolfo Villaraza", "description of the person named after it")
    # not where a person is named before the description, nor a person of another office
    text = ("Senate probe\n\nMaria Santos filed the complaint. A senator on Tuesday accused officials of \"looking the "
            "other way\" while a contractor was paid.\n\nAt the inquiry, Sen. Rodolfo Villaraza grilled officials.")
    assert find_quote_spans(text)[0]["speaker"] == "A senator"
    text = ("Court ruling\n\nA judge said the protest had been driven by \"sincere and deeply held conviction\".\n\n"
            "Sen. Rodolfo Villaraza welcomed the ruling.")
    assert find_quote_spans(text)[0]["speaker"] == "A judge"


def test_round_36_a_relative_clause_with_that_is_no_speaker():
    # 'that supplied some of the sailors' had been the speaker: 'that' after a noun is a relative pronoun
    text = ("Crew stranded\n\nA manager at a Mumbai crewing agency that supplied some of the sailors said the agency had "
            "had \"no connection with the vessel\" since March.")
    assert find_quote_spans(text)[0]["speaker"] == "A manager at a Mumbai crewing agency"
    # a name after a complementiser 'that' is still the subject of its clause, and a demonstrative opens a sentence
    text = "Theft case\n\nThe affidavit states that Pruitt told the deputy the parts were \"for a buddy's scrap business\"."
    assert find_quote_spans(text)[0]["speaker"] == "Pruitt"
    text = ("Deal talks\n\nA person familiar with the matter spoke on Monday. That person said the deal was \"all but done "
            "now\".")
    assert find_quote_spans(text)[0]["speaker"] == "That person"


def test_round_36_a_definite_description_takes_up_a_fuller_indefinite_one():
    # 'the aide', 'the bursar': nouns of people outside the table's offices (Hawkins 1978 on the anaphoric article)
    text = ("Budget talks\n\nA congressional aide familiar with the program, who spoke on condition of anonymity, said "
            "the cuts were deep.\n\n\"Nobody wants to own this,\" the aide said.")
    assert find_quote_spans(text)[0]["speaker"] == "congressional aide familiar with the program"
    # an age among the premodifiers, and a verb of saying other than 'said' after the source's formula
    text = ("Hours cut\n\nA 29-year-old surgical resident in Osaka said superiors had pushed trainees.\n\n\"On paper, "
            "everyone is now under the limit,\" the resident said.")
    assert find_quote_spans(text)[0]["speaker"] == "29-year-old surgical resident in Osaka"
    text = ("Doping case\n\nA source close to the Furlong case claimed the outcome was unfair.\n\n\"This was a small man "
            "with a small yard,\" the source said.")
    assert find_quote_spans(text)[0]["speaker"] == "source close to the Furlong case"


def test_round_36_particle_surname_fuller_form_and_assembly_and_coalition_offices():
    # 'Du Plessis' opening a sentence is 'Riaan du Plessis', whom the text named with the particle in lower case after
    # a false title the table did not take for a person
    text = ("Greyvale trainer warned off\n\nTrainer Riaan du Plessis has been warned off, the authority said.\n\n"
            "Du Plessis, who is based at Greyvale, spoke to the paper.\n\n\"I don't know where this stuff came from,\" "
            "he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Riaan du Plessis"
    # 'MHA' (a member of a Canadian provincial assembly) and the Dutch 'informateur' are offices, no part of the name
    for text, name in (("Plant closes\n\nPC MHA Loretta Hynes said the province \"needs to step in\" now.", "Loretta Hynes"),
                       ("Talks stall\n\nInformateur Hendrik Zwaneveld told reporters there was \"no easy path\" to a "
                        "majority.", "Hendrik Zwaneveld")):
        assert find_quote_spans(text)[0]["speaker"] == name


def test_round_36_a_place_named_only_as_a_place_is_no_antecedent_of_it():
    # 'in England and Wales': the association speaks, not the country named inside its relative clause
    text = ("Storm overflows\n\nPascoe said the watchdog had been \"asleep at the wheel\" for years.\n\nIn a statement, "
            "the Water Companies Association, which represents suppliers in England and Wales, said its members were "
            "\"investing record sums\" in storm overflows.\n\n\"Companies accept that performance has not been good "
            "enough,\" it said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Water Companies Association"


def test_round_36_shares_of_a_company_are_no_part_of_its_name():
    # 'Shares of Kaveri Agro Foods Ltd fell': the company is the of-phrase's object, as 'Shareholders of' (round 31)
    text = ("Auditor quits\n\nShares of Kaveri Agro Foods Ltd fell 6% on Monday after its auditor resigned.\n\nIn a filing, "
            "it said it was \"evaluating the reasons\" given by the firm.")
    assert find_quote_spans(text)[0]["speaker"] == "Kaveri Agro Foods Ltd"


def test_round_36_the_bundled_given_names_mark_people_and_their_sex():
    # 'Debbie', 'Morag': common given names the lists of earlier rounds lacked (discourse/data/given_names.tsv)
    from discourse._speaker_names import _FEMALE_NAMES, _MALE_NAMES, _MORE_FEMALE, _MORE_MALE, _MORE_NEUTRAL
    assert {"debbie", "morag"} <= _FEMALE_NAMES and {"declan", "graham"} <= _MALE_NAMES
    # the file holds no ordinary word, office or particle ('will', 'grant', 'hope', 'dean', 'van')
    assert not {"will", "grant", "hope", "dean", "van", "judge"} & (_MORE_FEMALE | _MORE_MALE | _MORE_NEUTRAL)
    text = ("Bills rise\n\nKestrel Mobile will raise prices in April. Kestrel said it had written to customers.\n\n"
            "Debbie Marsh signed a two-year deal in 2023. She told BBC News she had \"no idea\" her bill could go up.")
    assert find_quote_spans(text)[0]["speaker"] == "Debbie Marsh"
    text = "Island ferry\n\nDeclan Walsh and Morag Hunter run the island's two shops.\n\n\"We were not consulted,\" she said."
    assert find_quote_spans(text)[0]["speaker"] == "Morag Hunter"
    # a pronoun contracted with its verb is no name ("She'd be smart about it")
    text = "Plans\n\nShe'd be smart about it, Nell thought.\n\n\"We leave at noon,\" he said."
    assert find_quote_spans(text)[0]["speaker"] != "She'd"


def test_round_36_the_last_noun_of_a_coordinated_portfolio_is_no_first_name():
    # 'and Cooperation Thandeka Mabaso': the run after 'and' opened with the office's field
    for text, name in (("Talks held.\n\nMinister of International Relations and Cooperation Thandeka Mabaso said the "
                        "group had made \"real progress on trade\" this year.", "Thandeka Mabaso"),
                       ("Parks held.\n\nDirector of Parks and Wildlife Chimwemwe Nkhoma said poaching was \"at its "
                        "lowest level in years\".", "Chimwemwe Nkhoma")):
        assert find_quote_spans(text)[0]["speaker"] == name, text
    # a given name after 'and' stays the first name ('Relations and Grace Mabaso' names two people)
    text = "Talks held.\n\nThe minister and Grace Thandiwe Mabaso spoke.\n\n\"We are ready,\" Mabaso said."
    assert find_quote_spans(text)[0]["speaker"] == "Grace Thandiwe Mabaso"


def test_round_37_a_subordinating_conjunction_opens_no_attribution_after_a_quotation():
    # 'while operators posted': an adverbial clause after the partial quotation, no inverted reporting clause; the
    # quotation is the that-clause's, the teller's words
    text = ("Ferry strike\n\nDimitris Kontos told reporters outside the union's headquarters in Piraeus that crews had "
            "been \"patient for three years\" while operators posted record profits.")
    q = find_quote_spans(text)[0]
    assert (q["kind"], q["speaker"]) == ("speech", "Dimitris Kontos")
    text = ("Board vote\n\nThe board member said the plan had been \"rushed through\" because trustees wanted it done.")
    assert find_quote_spans(text)[0]["speaker"] == "The board member"
    # a plural subject with a modifier still attributes ('“...,” senior officials said')
    text = "Talks\n\n\"We will not sign this,\" senior officials said."
    assert find_quote_spans(text)[0]["speaker"] == "senior officials"


def test_round_37_a_complementiser_that_before_two_quoted_words_makes_no_term():
    # 'said on Thursday that “significant progress” had been made': the quoted words open the reported clause
    text = ("Budget talks\n\nFormateur Wouter Declercq, leader of the Flemish Alliance (VA), said on Thursday that "
            "\"significant progress\" had been made on the budget.")
    q = find_quote_spans(text)[0]
    assert (q["kind"], q["speaker"]) == ("speech", "Wouter Declercq")
    # a demonstrative 'that' before a term with its noun stays a term ('that “smart city” plan')
    text = "Plan dropped\n\nThe mayor said that \"smart city\" plan would be dropped."
    assert find_quote_spans(text)[0]["kind"] == "mention"


def test_round_37_a_definite_description_takes_up_the_indefinite_one_after_a_named_holder():
    # 'An RCMP officer at a checkpoint ...' introduces a new referent after the officer named before; 'the officer'
    # takes it up (Heim 1982; Hawkins 1978 on the anaphoric article)
    text = ("Fire grows\n\nLauren Beauchesne, a fire information officer with the Northern Fire Centre, said the fire had "
            "grown.\n\n\"Crews did everything they could,\" Beauchesne said.\n\nAn RCMP officer at a checkpoint south of "
            "town, who was not authorized to speak publicly, said several people had tried to drive back.\n\n\"We turned "
            "around at least a dozen vehicles,\" the officer said.")
    quotes = find_quote_spans(text)
    assert [q["speaker"] for q in quotes] == ["Lauren Beauchesne", "RCMP officer at a checkpoint south of town"]
    # an indefinite description in apposition describes the person named, and introduces no one
    text = ("Fire grows\n\nLauren Beauchesne, a fire information officer with the Northern Fire Centre, spoke on Sunday."
            "\n\n\"We saw extreme fire behaviour,\" the officer said.")
    assert find_quote_spans(text)[0]["speaker"] == "Lauren Beauchesne"


def test_round_37_a_role_to_someone_is_no_role_of_that_someone():
    # 'The Chief Press Secretary to the governor, Mr Kunle Aderinto,': the name is the secretary's, not the governor's
    # (the noun after 'to' postmodifies the head; Quirk et al. 1985, 17.37)
    for intro in ("The Chief Press Secretary to the governor, Mr Kunle Aderinto, told reporters the move was planned.",
                  "Kunle Aderinto, press secretary to the governor, told reporters the move was planned."):
        text = (f"Cabinet dissolved\n\n{intro}\n\n\"The governor has been considering this for months,\" Aderinto said."
                "\n\nAt a rally later, the governor spoke.\n\n\"We will deliver,\" the governor said.")
        quotes = find_quote_spans(text)
        assert quotes[0]["speaker"] == "Kunle Aderinto"
        assert quotes[1]["speaker"] != "Kunle Aderinto", intro


def test_round_37_a_pronoun_continues_the_main_clause_subject_not_a_description_in_its_report():
    # 'the governor' is the subject of the clause Akinola reports; 'he' in the next sentence continues Akinola
    text = ("Cabinet dissolved\n\nGovernor Oluwaseun Fakorede dissolved the cabinet.\n\n\"We need fresh energy,\" he said."
            "\n\nA political science lecturer at Ogboro State University, Dr Femi Akinola, said the timing suggested the "
            "governor was repositioning.\n\n\"Governors do this about eighteen months before elections,\" he said.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Oluwaseun Fakorede", "Femi Akinola"]
    # a description that is the subject of a sentence of its own after the name still takes the pronoun (round 4)
    text = ("Talks\n\nGovernor Oluwaseun Fakorede spoke. Femi Akinola met the envoy on Monday.\n\nAll week long the "
            "governor was playing a larger role in the talks.\n\n\"We will not be rushed,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Oluwaseun Fakorede"


def test_round_37_a_capitalised_auxiliary_is_no_name():
    # scanned text capitalises 'Was' inside sentences ('when the Chairman Was present'): no person called Was, and
    # 'It Was reported that' is an impersonal passive with no speaker
    text = ("Mission\n\nThe communique was discussed on Friday, when the Chairman Was present.\n\nThe Chairman later said "
            "he was \"satisfied with the information given\".")
    assert find_quote_spans(text)[0]["speaker"] != "Was"
    text = "Mission\n\nIt Was reported that the Philippine Government had cabled to ask their envoy."
    assert find_quote_spans(text, reported=True) == []


def test_round_37_a_plural_genitive_in_the_subjects_apposition_closes_no_quotation():
    # 'at the Continental Shippers’ Federation,': the apostrophe before a space is a plural genitive, and the main
    # clause's subject reads across it to its verb of saying; 'the timing suggested' is inside Adeyemi's report
    text = ("Rates\n\nGrace Adeyemi, director of logistics policy at the Continental Shippers’ Federation, said the timing "
            "suggested carriers were “testing the market rather than responding to it”.")
    assert find_quote_spans(text)[0]["speaker"] == "Grace Adeyemi"


def test_round_37_the_source_and_the_person_take_up_the_unnamed_source_described_before():
    # a general noun refers back to the more specific description of an unnamed source (Halliday & Hasan 1976, 6.3)
    cases = (
        ("Meat\n\nA senior figure in the meat industry, who did not wish to be named, told the Irish Independent that "
         "processors were under pressure. “Everybody thinks the factories are sitting on a pile of money,” the source "
         "said.", "senior figure in the meat industry"),
        ("Deal\n\nOne person with knowledge of the negotiations said the player had been \"desperate\" to make the move. "
         "\"He has handled it really well,\" the source added.", "person with knowledge of the negotiations"),
        ("LNG\n\nThree sources familiar with the matter said the deal was near.\n\nHeads of agreement have been signed, "
         "one of the sources said, speaking on condition of anonymity. \"They're not binding yet, but they're real,\" the "
         "source said.", "source familiar with the matter"),
    )
    for text, speaker in cases:
        q = find_quote_spans(text)[-1]
        assert (q["speaker"], q["speaker_reason"]) == (speaker, "description of the source described before"), text
    # a source named since is no unnamed one: 'the source' stays as written
    text = ("Deal\n\nOne person with knowledge of the negotiations spoke on Monday. Club director Ana Lopes confirmed the "
            "bid.\n\n\"We are close,\" the source said.")
    assert find_quote_spans(text)[-1]["speaker"] != "person with knowledge of the negotiations"


def test_round_37_what_he_called_after_a_description_with_a_name_in_apposition():
    # 'Another speaker, parent Kyle Dempsey, said he ... what he called “...”': the pronoun takes the subject of its
    # clause, whose name the apposition gives, not the trustee named paragraphs before
    base = ("Books\n\nTrustee Doug Hensley said it doesn’t go far enough.\n\n“We’re asking parents to play whack-a-mole,” "
            "Hensley said.\n\n{} said he still had concerns about what he called “adult content dressed up as young adult "
            "fiction,” but said the policy was fine.")
    for subject in ("Another speaker, parent Kyle Dempsey,", "Another resident, Kyle Dempsey,"):
        assert find_quote_spans(base.format(subject))[-1]["speaker"] == "Kyle Dempsey", subject


def test_round_37_an_office_or_position_that_is_also_a_surname_is_a_title_before_a_given_name():
    # 'Reeve Bernie Kowalchuk', 'Lock Ben Harlow': false titles before a given name; 'Donna Reeve' keeps her surname and
    # 'Reeve Carney' (a given name with no given name after it) his name
    for text, name in (("Vote\n\nReeve Bernie Kowalchuk said the roads were \"a disgrace\" this spring.", "Bernie Kowalchuk"),
                       ("Match\n\nLock Ben Harlow said the pack had been \"outstanding all season\".", "Ben Harlow"),
                       ("Film\n\nDonna Reeve said the film was \"a joy to make\".", "Donna Reeve"),
                       ("Film\n\nReeve Carney said the film was \"a joy to make\".", "Reeve Carney")):
        assert find_quote_spans(text)[0]["speaker"] == name, text


def test_round_37_a_quotation_after_a_paragraph_of_indirect_speech_with_a_relative_clause():
    # 'Cr Tane Mihaka, who voted against the change, said ...¶“...”': the paraphrase goes on in the speaker's words
    text = ("Toilets\n\nHowever, Cr Tane Mihaka, who voted against the change, said the council risked pushing the "
            "problem elsewhere.\n\n\"If you close Manuka Bay, they don't disappear. They go down the road.\"")
    q = find_quote_spans(text)[-1]
    assert (q["speaker"], q["speaker_reason"]) == ("Tane Mihaka", "attributed at the end of the previous paragraph")
    # not a plural subject or a body, and not where the quotation's own paragraph attributes it
    text = ("Shooting\n\nResidents who spoke to Citi News, who asked not to be named, said the shooting lasted an hour.\n\n"
            "\"We were lying on the floor with the children the whole time.\"")
    assert find_quote_spans(text)[-1]["speaker"] is None
    text = ("Strike\n\nRaúl Ortega, who leads the drivers' union, said the strike would go ahead.\n\n\"We are not striking "
            "for money,\" SIMF secretary general Ana Ruiz told a press conference in Madrid on Monday morning.")
    assert find_quote_spans(text)[-1]["speaker"] != "Raúl Ortega"


def test_round_37_an_office_headed_by_general_is_a_pseudo_title():
    # 'SIMF secretary general Ana Ruiz told': the pseudo-title ends in 'general' (secretary general, director-general)
    for role in ("SIMF secretary general", "union secretary-general", "agency director general"):
        text = f"Strike\n\n\"We are not striking for money,\" {role} Ana Ruiz told a press conference in Madrid."
        assert find_quote_spans(text)[0]["speaker"] == "Ana Ruiz", role


def test_round_37_a_name_before_a_pseudo_title_is_no_antecedent_of_a_pronoun():
    # 'Gulf Horizon chief executive Fatima Al Rumaithi': the bank premodifies the office, though it spoke before as a
    # bare name; 'she' is the chief executive
    text = ("Banks\n\nGulf Horizon said in a filing that its board had agreed to study \"the feasibility of a potential "
            "combination\".\n\nSpeaking on the sidelines of a banking conference on Sunday, Gulf Horizon chief executive "
            "Fatima Al Rumaithi declined to discuss the talks.\n\n\"What I can say is that we are always looking at ways "
            "to create value,\" she said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Fatima Al Rumaithi"
    # a verb between the names makes no pseudo-title ('Viliami Fakatava told local broadcaster Radio Fonua')
    text = ("Seabed\n\nMinister Viliami Fakatava told local broadcaster Radio Fonua no mining would take place.\n\n"
            "He said: \"We are at the exploration stage only.\"")
    assert find_quote_spans(text)[-1]["speaker"] == "Viliami Fakatava"


def test_round_37_quoted_words_closed_by_a_subordinator_or_wh_word_are_the_speakers():
    # 'would be “watching closely” how footage is used', 'had “lost focus” once the cameras left': the quoted phrase
    # closes before a clause that a subordinator or wh-word opens, as before 'because' (round 27)
    text = ("Cameras\n\nThe Corran Police Association said in a statement that it supports cameras in principle and would "
            "be “watching closely” how footage is used in disciplinary proceedings.")
    q = find_quote_spans(text)[0]
    assert (q["kind"], q["speaker"]) == ("speech", "Corran Police Association")
    # a term before a noun stays a term ('the “smart city” where')
    text = "Plan\n\nThe mayor said the \"smart city\" where data flows freely was still years away."
    assert find_quote_spans(text)[0]["kind"] == "mention"


def test_round_37_a_pronoun_prefers_a_subject_of_its_sex_to_a_name_of_unknown_sex_in_the_same_sentence():
    # 'the Conservative MP for North Harnford', 'of the passenger group Commuter Voice Ireland': the object of a
    # preposition, a place or a body's name the table holds as a name of unknown sex, is no 'he'
    for intro, name in (("Sir Anthony Radbourne, the Conservative MP for North Harnford, said he had written to the bishop.",
                         "Anthony Radbourne"),
                        ("Eoin Tierney, of the passenger group Commuter Voice Ireland, said it welcomed the cuts.",
                         "Eoin Tierney")):
        text = f"Fares\n\n{intro}\n\n\"Every week of delay makes closure more likely,\" he said."
        assert find_quote_spans(text)[-1]["speaker"] == name, intro


def test_round_37_the_companys_statement_and_a_nationality_epithet():
    # 'the company's statement said': the kind noun's organisation owns the document
    text = ("Plant\n\nTrellis Robotics said it would shift production to Mexico.\n\n\"This was an extremely difficult "
            "decision,\" the company's statement said.")
    q = find_quote_spans(text)[-1]
    assert (q["speaker"], q["channel"]) == ("Trellis Robotics", "statement")
    # 'The Zambian tactician': an adjective of nationality and a noun of a person vary the name of the person quoted last
    text = ("Match\n\n\"We fought hard,\" said Moses Banda, the Chipolopolo coach.\n\nThe Zambian tactician was less "
            "impressed with the referee, describing the second booking as \"a very soft decision in a big game\".")
    assert find_quote_spans(text)[-1]["speaker"] == "Moses Banda"


def test_round_37_a_colon_frame_whose_subject_holds_two_offices_joined_by_and():
    # 'RPP general secretary and MP D. Sridhar Varma played down the development: “...”'
    text = ("Rift\n\nThe other three could not be reached.\n\nRPP general secretary and MP D. Sridhar Varma played down "
            "the development: “There is no rift. Four members had prior commitments.”")
    assert find_quote_spans(text)[-1]["speaker"] == "D. Sridhar Varma"


def test_round_37_the_object_of_a_participle_is_no_subject_of_described():
    # 'One EU diplomat involved in drafting the conclusions described the mood as “...”': not 'the conclusions'
    text = ("Summit\n\nThe talks stalled. One EU diplomat involved in drafting the conclusions described the mood as "
            "\"tired and a bit bitter,\" saying several leaders had threatened to walk out.")
    q = find_quote_spans(text)[-1]
    assert (q["kind"], q["speaker"]) == ("speech", "One EU diplomat involved in drafting the conclusions")
    # the sentence's start is read as the module's sentence boundaries read it: an abbreviation ends no sentence
    text = ("Plan\n\nTalks went on. A senior aide to Dr. Mbeki involved in drafting the plan described it as \"rushed "
            "and thin,\" saying more time was needed.")
    assert find_quote_spans(text)[0]["speaker"] == "A senior aide to Dr. Mbeki involved in drafting the plan"


def test_round_38_an_abbreviated_title_before_a_name_is_read_alike_everywhere():
    # AP style's 'Maj.', 'Cpl.', 'Pres.' and the Liberian counsellor-at-law's 'Cllr.': after 'said' the title is no
    # speaker of its own, and in apposition its full stop ends no sentence
    for title in ("Maj", "Adm", "Brig", "Cpl", "Pvt", "Spc", "Supt", "Const", "Cllr", "Pres", "Amb", "Asst"):
        text = f"Case\n\n\"The evidence is overwhelming and unchallenged,\" said {title}. Abraham Jallah, a lawyer."
        assert find_quote_spans(text)[0]["speaker"] == "Abraham Jallah", title
        text = (f"Case\n\nHer lawyer, {title}. Abraham Jallah, told reporters that the evidence against the former "
                "deputy minister was \"overwhelming and unchallenged.\"")
        q = find_quote_spans(text)[0]
        assert (q["kind"], q["speaker"]) == ("speech", "Abraham Jallah"), title
    # a sentence still ends at a word that is no title ('Ltd.' ends the sentence before the quoted words' speaker)
    text = "Case\n\nThe contract went to Orbis Ltd. \"We are pleased,\" said Abraham Jallah."
    assert find_quote_spans(text)[0]["speaker"] == "Abraham Jallah"


def test_round_38_a_clause_with_its_own_subject_coordinated_after_two_quoted_words():
    # 'said the admission was “long overdue” and the union would scrutinise ...': the quoted words closed their clause
    for rest in ("and the union would scrutinise the plan", "and it would be watched"):
        text = f"Pay\n\nBen Costello said the admission was \"long overdue\" {rest}."
        q = find_quote_spans(text)[0]
        assert (q["kind"], q["speaker"]) == ("speech", "Ben Costello"), rest
    # a term coordinated with a noun phrase stays a term
    text = "Plan\n\nThe mayor said the \"smart city\" and the union would meet."
    assert find_quote_spans(text)[0]["kind"] == "mention"


def test_round_38_a_relative_clause_after_an_apposition_belongs_to_the_apposed_person():
    # 'Dr Rajesh Malhotra, a consultant ... in Brentmouth, who was not involved in the research, described the results
    # as “...”': the non-restrictive relative clause is the person's, not the place's at the apposition's end
    text = ("Trial\n\nDr Rajesh Malhotra, a consultant gastroenterologist at St Aldric’s Hospital in Brentmouth, who was "
            "not involved in the research, described the results as \"genuinely encouraging\".")
    assert find_quote_spans(text)[0]["speaker"] == "Rajesh Malhotra"
    # an office whose holder is named in apposition, with a relative clause after the name: the holder
    text = ("Grid\n\nThe Minister of Power, Chief Adebayo Olatunji, who spoke with journalists after an emergency meeting, "
            "described the collapses as \"unacceptable and avoidable\".")
    assert find_quote_spans(text)[0]["speaker"] == "Adebayo Olatunji"
    # a name governed by a preposition inside the subject stays no subject ('The secretary of the ... Council of Churches')
    text = ("Attack\n\nThe secretary of the Southern Kaduna Council of Churches, Pastor John Bitrus, who also spoke with "
            "our correspondent, described the attacks as \"barbaric and condemnable\".")
    assert find_quote_spans(text)[0]["speaker"] == "John Bitrus"


def test_round_38_an_abbreviated_title_inside_an_apposition_after_the_quotation():
    # '“...,” the agency's director, Dr. Kwame Asante-Boateng, told AFP.': the title's full stop ends no apposition
    text = ("Sepsis\n\n\"We are losing babies to infections we knew how to treat,\" the agency's director, Dr. Kwame "
            "Asante-Boateng, told AFP.")
    assert find_quote_spans(text)[0]["speaker"] == "Kwame Asante-Boateng"
    # a name in quotation marks inside the apposition ('the “Sunu Vote” collective') is read through; the noun phrase
    # after 'told' is the hearer, never an inverted subject
    text = ("Vote\n\n\"This is a great day,\" Awa Fall, spokeswoman for the \"Sunu Vote\" collective that organised the "
            "protests, told AFP.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Awa Fall", None]
    # 'whose members say' at the end of the paragraph before names no speaker of its own
    text = ("Court\n\nThe bench was hearing a petition filed by the Anarkot Traders Association, whose members say they "
            "were given less than a day's notice.\n\n\"Notices were pasted on the shutters at eight in the evening and "
            "the machinery arrived before dawn.\"")
    assert find_quote_spans(text)[0]["speaker"] != "whose members"


def test_round_38_a_state_after_a_town_is_a_place_no_person():
    # 'Jolene Brekke, who runs about 400 cows near Pine Butte, South Dakota, says ...': the state is no antecedent of 'she'
    text = ("Herd\n\nJolene Brekke, who runs about 400 cows near Pine Butte, South Dakota, says her family kept back more "
            "heifers this year.\n\n\"We kept back maybe 30 more than normal,\" she says.")
    assert find_quote_spans(text)[0]["speaker"] == "Jolene Brekke"
    # 'The company, based in Sioux Falls, South Dakota, said': 'town, state' is one locative, no name in apposition
    text = ("Strike\n\nHarlan Creek Foods cut pay. The company, based in Sioux Falls, South Dakota, said in a statement "
            "that it had offered \"a fair and competitive package\" to workers.")
    assert find_quote_spans(text)[0]["speaker"] == "Harlan Creek Foods"
    text = ("Suit\n\nTallyfile, based in San Jose, California, called the lawsuit \"misguided and baseless\" on Monday.")
    assert find_quote_spans(text)[0]["speaker"] != "California"


def test_round_38_a_headline_in_title_case_ends_a_persons_name_where_the_body_does():
    # 'Rhys Calloway Exits Spy Thriller ...': headline case runs the name into its verb; the body writes 'Rhys Calloway'
    text = ("Rhys Calloway Exits Spy Thriller 'Northern Line' Days Before Filming\n\nRhys Calloway has walked away from the "
            "spy thriller less than a week before filming.\n\nCalloway addressed the exit on Thursday at a screening.\n\n"
            "\"I've never left a project before, and I don't take it lightly,\" he told the audience.")
    assert find_quote_spans(text)[-1]["speaker"] == "Rhys Calloway"


def test_round_38_a_noun_in_ly_heads_a_determiner_phrase():
    # 'the family', 'the Pettifer family': a noun in -ly is no adverb; the family speaks through its statement
    text = ("Crash\n\nLauren Pettifer, 36, died on Tuesday.\n\nIn a statement released through Kent Police, the Pettifer "
            "family said: \"Lauren was the most devoted mum to Alfie and Rosie.\"")
    assert find_quote_spans(text)[0]["speaker"] == "the Pettifer family"
    text = "Crash\n\n\"Lauren was the most devoted mum to Alfie and Rosie,\" the family said."
    assert find_quote_spans(text)[0]["speaker"] == "the family"
    # 'the orderly' takes up the indefinite description that introduced the orderly, as 'the nurse' does
    text = ("Strike\n\nOne orderly at Kerrigan Park Private, who asked not to be named, said staff had been \"stretched to "
            "the point where corners get cut\".\n\n\"You're meant to have two of you to move a heavy patient,\" the orderly "
            "said.")
    assert find_quote_spans(text)[-1]["speaker"] == "orderly at Kerrigan Park Private"
    # an adverb in -ly between the subject and its verb is still no part of the subject
    text = "Talks\n\n\"We will not sign this,\" the minister reportedly said."
    assert find_quote_spans(text)[0]["speaker"] == "the minister"


def test_round_38_a_nationality_before_a_name_after_the_article_or_as_a_noun():
    # 'the Australian Tom Whitlock', 'Swede Jonas Lindqvist': a close apposition of nationality, no part of the name
    text = ("Golf\n\nAsked about the episode, the Australian Tom Whitlock said only that it had been \"a strange "
            "afternoon\" before heading to the range.")
    assert find_quote_spans(text)[0]["speaker"] == "Tom Whitlock"
    text = ("Golf\n\nSwede Jonas Lindqvist finished third.\n\nLindqvist said he had barely noticed. \"I was fighting my "
            "own battle with the wind,\" he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Jonas Lindqvist"
    # an office after the nationality keeps it ('The Israeli Prime Minister' is no name)
    text = "Talks\n\n\"We will not sign this,\" said the Israeli Prime Minister."
    assert find_quote_spans(text)[0]["speaker"] != "Prime Minister"
    # an epithet of nationality passes over a person the text gave another one
    text = ("Stage 3\n\nOlsen won the stage, with Dane Mikkel Thorsager third. Overnight leader Adrián Solano finished "
            "safely.\n\nSolano, who leads Thorsager by four seconds, was happy. \"Today was about staying out of "
            "trouble,\" said the Colombian.")
    assert find_quote_spans(text)[-1]["speaker"] == "Adrián Solano"


def test_round_38_a_capitalised_particle_opening_a_sentence_is_the_names_own():
    # 'Van Doorn declined to give figures, saying ...' after 'Marieke van Doorn': one person
    text = ("NATO\n\n\"We agreed new goals,\" said Marieke van Doorn, the deputy secretary-general.\n\nVan Doorn declined "
            "to give figures, saying they were \"classified for good reason.\"")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Marieke van Doorn", "Marieke van Doorn"]


def test_round_38_a_mixed_case_short_form_of_a_department():
    # 'the MoD said' after 'the Ministry of Defence': the capitals spell the name's words, the small letter its 'of'
    text = ("Frigates\n\nThe Ministry of Defence delayed the order on Monday.\n\n\"We will not place the order until "
            "2026 at the earliest,\" the MoD said.")
    assert find_quote_spans(text)[0]["speaker"] == "Ministry of Defence"


def test_round_38_the_subject_of_the_sentence_before_an_unattributed_quotation():
    # 'Asked whether the card was harsh, Darryl Mumford paused. “...”': the person the sentence is about speaks
    text = ("Match\n\nAsked whether the card was harsh, Darryl Mumford paused. \"It was a 50-50. I have seen them go the "
            "other way.\"")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["speaker_reason"]) == ("Darryl Mumford", "the subject of the sentence before")
    # a surname alone, of a person quoted before in full
    text = ("Hearing\n\n\"We will look at every peso,\" said Sen. Joaquin Montelibano.\n\n\"The funds have been "
            "obligated,\" Macaraeg said.\n\nMontelibano was not convinced. \"Beyond your control? You are the agency that "
            "approved the release.\"")
    assert find_quote_spans(text)[-1]["speaker"] == "Joaquin Montelibano"
    # a place as the subject is no source; and the next paragraph's reply does not continue the beat's speaker
    text = "Storm\n\nManchester was quiet on Sunday. \"Nobody is out, and nobody wants to be out.\""
    assert find_quote_spans(text)[0]["speaker"] is None
    text = ("Ranch\n\nMitchell Barton nodded. \"How do the valley people feel?\"\n\n\"As mad as ever. But the raiders keep "
            "them off balance.\"")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Mitchell Barton", None]


def test_round_38_member_as_an_office_before_a_name():
    # 'Opposition Member of Parliament Clement Fraser', 'Council Member Gale Brewer': the office, then the name
    text = ("Flaring\n\nBut Opposition Member of Parliament Clement Fraser dismissed the statement as \"a public "
            "relations exercise.\"")
    assert find_quote_spans(text)[0]["speaker"] == "Clement Fraser"
    text = "Budget\n\n\"It is a mess from start to finish,\" said Council Member Gale Brewer."
    assert find_quote_spans(text)[0]["speaker"] == "Gale Brewer"
    # a quantity and its 'of' before a singular noun is no subject: 'member states' is one noun phrase, no 'states' said
    text = ("Nitrates\n\nThe department said Ireland was one of only a handful of member states to have kept a "
            "derogation.\n\n\"The Department will continue to work with farmers,\" a spokesman said.")
    assert all(q["speaker"] != "a handful of member" for q in find_quote_spans(text, reported=True))


def test_round_38_a_place_after_an_adjective_of_direction_is_still_governed_by_its_preposition():
    # '... Task Force in western Jamaica, Deputy Superintendent Clive Samuels, said': the place is no subject
    text = ("Scam\n\nSpeaking to the Jamaica Observer after the sentencing, head of the police Lottery Scam Task Force in "
            "western Jamaica, Deputy Superintendent Clive Samuels, said the sentence sent \"a clear message\".")
    assert find_quote_spans(text)[0]["speaker"] == "Clive Samuels"


def test_round_38_an_office_with_its_of_phrase_before_the_holders_name_is_the_subject():
    # 'President of the Criminal Bar Association Rajiv Persad-Lutchman told ...': the holder is the subject a later
    # 'he' continues, not the man quoted before
    text = ("Remand\n\nKerwin Alleyne, 41, was freed on Monday. \"I lost eleven years,\" Alleyne said.\n\nPresident of the "
            "Criminal Bar Association Rajiv Persad-Lutchman told the Express the case was \"a symptom of a much larger "
            "disease\".\n\n\"We have people in remand for 15, 16 years,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Rajiv Persad-Lutchman"


def test_round_39_sports_bodies_by_their_kind_nouns():
    # 'the club' is the club, not the competition it plays in; its name is a run with a plural or a club's word,
    # found in the text where the name table holds none
    text = ("Tributes\n\nJim Keddie, who made 400 appearances for Auchtergowan Rovers and led the side to its only "
            "Scottish Junior Cup semi-final, has died.\n\nIn a post on its website, the club said: ‘Everyone here is "
            "heartbroken.’")
    assert find_quote_spans(text)[0]["speaker"] == "Auchtergowan Rovers"
    text = ("Stadium\n\nThe council approved a new stadium for the San Antonio Marshals on Thursday.\n\nIn a statement, "
            "the team said it was \"grateful to the people of San Antonio\".")
    assert find_quote_spans(text)[0]["speaker"] == "San Antonio Marshals"
    # a league is named as one or by its initials; a team never by initials ('MRI'), and a negotiating team is no club
    text = ("Suspension\n\nThe NFL suspended Des Moines Blizzard receiver Terrence Gould for six games on Friday.\n\n"
            "The league said in a statement that his conduct \"fell well short\" of what is expected.")
    assert find_quote_spans(text)[0]["speaker"] == "NFL"
    text = ("Injury\n\nAn MRI on Tuesday confirmed the sprain, the team said, adding that Ibeh would be \"re-evaluated "
            "in four weeks\".")
    assert find_quote_spans(text)[0]["speaker"] == "the team"
    text = ("Dam\n\nThe talks on the Wad Habib Dam stalled on Monday.\n\nThe negotiating team said in a statement that it "
            "had put forward a \"comprehensive, practical and fair\" proposal.")
    assert find_quote_spans(text)[0]["speaker"] != "Wad Habib Dam"
    # a body that is the subject of a sentence written after another body spoke is what 'the union' takes up
    text = ("Suspension\n\nThe NFL suspended Terrence Gould on Friday. \"The policy applies to everyone,\" the league "
            "said.\n\nThe NFL Players Association said it was reviewing the decision. \"We believe this discipline is "
            "excessive,\" the union said.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["NFL", "NFL Players Association"]


def test_round_39_a_fund_by_its_kind_noun():
    # 'the fund said' after a fund named by its brand alone, as 'the company' after a company's name
    text = ("Fees\n\nThe regulator said Orchard Lane Partners had charged fees it could not justify.\n\nIn a statement, "
            "the fund said it would \"cooperate fully\" with the review.")
    assert find_quote_spans(text)[0]["speaker"] == "Orchard Lane Partners"


def test_round_39_a_quotation_opening_with_a_preposition_after_a_naming_verb_is_no_name():
    # 'would be named “within days”': an adverbial, spoken by the subject of the reporting clause; 'called “a trap”'
    # and 'named “Project Nightingale”' stay as they were
    text = ("Collapse\n\nIn a statement, the Energy Supply Regulator said: \"Customers do not need to do anything.\"\n\n"
            "It added that a new supplier would be named \"within days\".")
    assert [(q["kind"], q["speaker"]) for q in find_quote_spans(text)][-1] == ("speech", "Energy Supply Regulator")
    text = "Plan\n\nThe hospital named the programme \"Project Nightingale\" in 2019."
    assert find_quote_spans(text)[0]["kind"] == "mention"


def test_round_39_a_region_after_a_town_that_based_in_governs_is_no_subject():
    # 'The company, based in Wrexley, West Yorkshire, said': the county is the locative's second part
    text = ("Collapse\n\nThe energy supplier Brightlane Energy ceased trading on Friday.\n\nThe company, based in Wrexley, "
            "West Yorkshire, said costs \"rose beyond what the business could absorb\".")
    assert find_quote_spans(text)[0]["speaker"] == "Brightlane Energy"


def test_round_39_a_pronoun_after_a_definite_description_that_said_something():
    # 'the President said ...' is the subject a later 'he' continues: the person named before with that office
    text = ("Vote\n\nPresident Anura Pathirage opened the sitting at ten. Minister Dinesh Senaratne spoke first.\n\n"
            "\"The Opposition was given every chance,\" Senaratne said.\n\nWhen members rose, the President said the "
            "Standing Orders did not permit a vote. \"I have ruled on this,\" he said.")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Dinesh Senaratne", "Anura Pathirage"]
    # but not past a later subject that is a new referent (an indefinite description)
    text = ("Demolition\n\nPresident Anura Pathirage visited the site on Monday. The President said the order stood.\n\n"
            "A police officer at the scene, who did not want his name in print, said the operation was peaceful. "
            "\"There was no resistance,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] != "Anura Pathirage"


def test_round_39_the_bylines_reporter_is_no_antecedent():
    # 'By Rhiannon Pryce': the reporter who writes the copy is no one it quotes; the bishop named with her style is
    text = ("Report\n\nBy Rhiannon Pryce, BBC Wales\n\nThe Bishop of Wrexford, the Rt Rev Catrin Howells, said the "
            "findings left her \"ashamed and angry\".\n\nIn a statement, she said: \"We failed these children.\"")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["Catrin Howells", "Catrin Howells"]
    # with no one else to take it, the pronoun stays unresolved rather than go to the reporter
    text = "Floods\n\nBy Rhiannon Pryce\n\nThe river burst its banks overnight. \"It came so fast,\" she said."
    assert find_quote_spans(text)[0]["speaker"] is None


def test_round_39_an_unnamed_source_taken_up_by_a_definite_description_of_the_same_words():
    # 'A former deputy, who asked not to be named ... the former deputy said': the unnamed source, not the person
    # quoted before it
    text = ("Fuel\n\nLottie Hairston said the audit was fair. \"It was overdue,\" Hairston said.\n\nA former deputy, who "
            "asked not to be named because he still lives in the county, said the use of the cards was an open secret."
            "\n\n\"Everybody knew the boat ran on county gas,\" the former deputy said.")
    assert find_quote_spans(text)[-1]["speaker"] == "the former deputy"


def test_round_39_a_relative_clause_of_saying_after_an_apposition_is_the_names():
    # 'Rachel Dunmore, an American 1,500-meter runner and two-time Olympian, who said ...': the apposition's head
    text = ("Letter\n\nAmong the signatories is Rachel Dunmore, an American 1,500-meter runner and two-time Olympian, who "
            "said she had signed because “the silence has been deafening.”")
    assert find_quote_spans(text)[0]["speaker"] == "Rachel Dunmore"
    # a capitalised noun after an indefinite article is no name (Brown cf42)
    text = ("I know another Negro, a man very dear to me, who says, with conviction and with truth, “The spirit of the "
            "South is the spirit of America”.")
    assert find_quote_spans(text)[0]["speaker"] != "Negro"


def test_round_39_with_and_a_participle_of_remarking_or_noting():
    # 'with Justice Farrukh Iqbal Mirza remarking that ...': the absolute clause's subject speaks
    text = ("Jail\n\nThe shops were demolished, with Justice Farrukh Iqbal Mirza remarking that the operation appeared to "
            "have been carried out “in complete disregard of due process”.")
    assert find_quote_spans(text)[0]["speaker"] == "Farrukh Iqbal Mirza"
    text = ("Budget\n\nThe council approved the plan, with Mayor Helen Tairoa noting that rates would rise by "
            "“no more than we need”.")
    assert find_quote_spans(text)[0]["speaker"] == "Helen Tairoa"


def test_round_39_an_office_held_by_a_bodys_possessive_is_its_holder():
    # 'its bishop', 'the co-op’s chairman': the holder of the office, named after it in the lead's next paragraph
    text = ("Diocese\n\nThe diocese of Clonmoyle is to reorganise its parishes, in what its bishop has described as “the "
            "most significant change in the life of this diocese”.\n\nBishop Declan Mulvihill said the plan followed two "
            "years of consultation.")
    assert find_quote_spans(text)[0]["speaker"] == "Declan Mulvihill"
    text = ("Milk\n\nGlenmoher Dairies has held its milk price, a decision the co-op’s chairman described as ‘disappointing "
            "but necessary’.\n\nChairman Michael Hanrahan told the Farmers Journal the market was weak.")
    assert find_quote_spans(text)[0]["speaker"] == "Michael Hanrahan"
    # a name in apposition to the office is read as before
    text = ("Charges\n\nThe family's lawyer, Aisha Mwinyi of the Haki Mashinani Trust, said the charges were \"a first "
            "step, not the end of the road\".")
    assert find_quote_spans(text)[0]["speaker"] == "Aisha Mwinyi"


def test_round_39_a_coordinated_national_body_that_ends_in_its_country():
    # 'Track and Field Australia', 'Fisheries and Oceans Canada': one name, which no person's ends in a country; and
    # the headline's last word is no part of it
    text = ("Appeal\n\nTrack and Field Australia said in a statement it \"accepted the panel's decision\" and would "
            "nominate her.")
    assert find_quote_spans(text)[0]["speaker"] == "Track and Field Australia"
    text = "Appeal\n\nMinistry of Housing and City Policy said in a statement it \"accepted the panel's decision\"."
    assert find_quote_spans(text)[0]["speaker"] == "Ministry of Housing and City Policy"
    # two people joined by 'and' stay apart
    text = "Appeal\n\nThe selectors met. Tom Smith and Jane Roe said in a statement they \"accepted the decision\"."
    assert find_quote_spans(text)[0]["speaker"] != "Tom Smith and Jane Roe"


def test_round_39_a_name_inside_the_subjects_apposition_ranks_below_the_subject():
    # 'Ananya Deshpande, who ... succeeding founding director Farokh Contractor in July, said ...': the 'she' after it
    # continues the sentence's subject, not the name in its relative clause
    text = ("Festival\n\nAnanya Deshpande, who spent eight years as a programmer at the festival before succeeding "
            "founding director Farokh Contractor in July, said the smaller line-up was a choice.\n\n“We used to "
            "programme as if more was always better,” she said.")
    assert find_quote_spans(text)[0]["speaker"] == "Ananya Deshpande"
    text = ("Race\n\nThe race director of the Giro del Carso, Luca Bertossi, said organisers would strip Kovacic of the "
            "stage win. \"Our race will not be a stage for cheats,\" he told dpa.")
    assert find_quote_spans(text)[0]["speaker"] == "Luca Bertossi"
    # but a possessor is no subject ('Kyle’s uncle, Shaun Brennan,'), nor is a sentence's first name an object's
    # antecedent where the object answers ('Dan asked Hez, who ...', Brown cn13)
    text = ("Knives\n\nKyle’s uncle, Shaun Brennan, who has campaigned since his nephew’s death, told the paper the amnesty "
            "was “a start”.\n\n“You can hand in a thousand knives,” he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Shaun Brennan"


def test_round_39_a_name_that_a_relative_clause_of_saying_follows_is_the_next_pronouns():
    # 'The inquest heard evidence from the boat's skipper, Colm Ó Loingsigh, who said ...': the source the next 'he'
    # continues, though the object of a preposition
    text = ("Inquest\n\nThe coroner, Tadhg Ó Conchúir, opened the hearing. The inquest heard evidence from the boat's "
            "skipper, Colm Ó Loingsigh, who said conditions had deteriorated quickly.\n\n\"We were hauling the last of "
            "the pots when a big sea came over,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Colm Ó Loingsigh"
    # not a place of unknown sex in the apposition ('a retired engineer from Zahle, who said')
    text = ("Protest\n\nAmong them was Georges Haddad, a 71-year-old retired engineer from Zahle, who said he had "
            "$180,000 at the bank. \"I worked in the Gulf for 30 years,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Georges Haddad"


def test_round_40_a_business_by_its_apposition_in_a_lead_that_opens_the_text():
    # 'Pennant Health, the maker of a popular fertility-tracking app': a description whose head is a kind of
    # organisation marks no person, and a text without a headline names it in its body from its first line
    text = ("WASHINGTON — Federal regulators on Thursday accused Pennant Health, the maker of a popular fertility app, "
            "of sharing data with advertisers.\n\nPennant, which is based in Austin, disputed the account. In a "
            "statement, the company said it had “never sold user data”.")
    assert find_quote_spans(text)[0]["speaker"] == "Pennant Health"
    # a person's office in apposition keeps the name a person's ('the company' is then no one named)
    text = ("WASHINGTON — Regulators on Thursday questioned Dana Whitfield, the director of a fertility clinic, about "
            "its data.\n\nIn a statement, the company said it had “never sold user data”.")
    assert find_quote_spans(text)[0]["speaker"] != "Dana Whitfield"


def test_round_40_a_nickname_before_a_surname_with_its_of_phrase():
    # 'Mayor Consolacion "Connie" Ybañez of Pili Verde': the name is the given name and the surname, though the
    # surname's run goes on with the of-phrase of her town
    text = ("Relief\n\nMayor Consolacion \"Connie\" Ybañez of Pili Verde, Albay, said her town had spent its calamity "
            "budget.\n\n\"By next week we will have nothing left,\" Ybañez said.\n\nShe added: \"We have already "
            "borrowed rice.\"")
    assert [q["speaker"] for q in find_quote_spans(text) if q["kind"] == "speech"] == ["Consolacion Ybañez"] * 2


def test_round_40_one_and_another_without_a_noun_pick_a_member_of_a_group():
    # 'one' and 'another' alone as subjects are members of the people a plural noun named just before
    text = ("Biscuits\n\nDozens of shoppers took to social media to complain. One wrote: ‘Twenty biscuits to sixteen.’\n\n"
            "Another said: ‘Shrinkflation strikes again.’")
    assert [q["speaker"] for q in find_quote_spans(text)] == ["shopper", "shopper"]
    # 'another' after a speaker described with 'one' is one more of that description
    text = ("Bank\n\nOne person close to the bank said the findings had “shaken the partners”. Another described the "
            "office as “a distraction that swallowed management time”.")
    assert [q["speaker"] for q in find_quote_spans(text, reported=True) if q["kind"] == "speech"] == [
        "One person close to the bank", "person close to the bank"]
    # an apposition to 'one' describes the member itself
    text = ("Refunds\n\nA handful of group members objected at a hearing. One, a pensioner from Shepparton who asked not "
            "to be named, told the court she had paid for a policy she “never asked for”.")
    assert find_quote_spans(text)[0]["speaker"] == "pensioner from Shepparton"
    # no plural noun of people before: no speaker
    text = "Pies\n\nThe prices of pies rose again. One wrote: ‘Twenty biscuits to sixteen.’"
    assert find_quote_spans(text)[0]["speaker"] is None


def test_round_40_a_partitive_member_by_its_group_or_its_own_noun_phrase():
    # a group introduced without a number by the formula of an unnamed source, or with any noun of persons
    text = ("Talks\n\nThe department is in talks with Corvane, according to people familiar with the matter.\n\nNo "
            "agreement is imminent, the people said. One of them said the leadership was \"not in a hurry\" to settle.")
    assert find_quote_spans(text)[0]["speaker"] == "person familiar with the matter"
    text = ("Envoy\n\nTwo Arab diplomats said the envoy's trip was meant to reassure the government.\n\n\"The Americans "
            "are selling guarantees,\" one of them said.")
    assert find_quote_spans(text)[0]["speaker"] == "Arab diplomat"
    # no group introduced: the partitive's own noun phrase, in the singular; never a group of things
    text = ("Hotel\n\nThe delegations met in separate rooms.\n\n\"We were very close on Tuesday night,\" one of the "
            "Egyptian officials said.")
    assert find_quote_spans(text)[0]["speaker"] == "Egyptian official"
    text = ("Hotel\n\nTwo years ago the delegations met.\n\n\"We were very close,\" one of them said.")
    assert find_quote_spans(text)[0]["speaker"] != "year"


def test_round_40_an_office_with_its_of_phrase_heads_an_apposition_to_a_name():
    # 'Managing director of McCabe Aggregates, Owen McCabe, said': the end of the office's of-phrase is no head of
    # the apposition chain; the office is, and the name in apposition speaks
    text = ("Quarry\n\nManaging director of McCabe Aggregates, Owen McCabe, said the company had \"always complied\" "
            "with its conditions.")
    assert find_quote_spans(text)[0]["speaker"] == "Owen McCabe"
    text = ("Talks\n\nThe Qadiri ambassador to the U.N., Walid Nasrallah, told the council his government had "
            "\"exercised maximum restraint\".")
    assert find_quote_spans(text)[0]["speaker"] == "Walid Nasrallah"
    text = ("Courts\n\nA retired judge of the state High Court, Justice Augustine Nwachukwu-Ofor, who chaired the "
            "occasion, said the judiciary \"should not be made the scapegoat\" for failings.")
    assert find_quote_spans(text)[0]["speaker"] == "Augustine Nwachukwu-Ofor"


def test_round_40_an_abbreviated_given_name_opens_the_name():
    # 'Ma.' (María) with its full stop opens a Philippine name, after an office too; the surname alone later is hers
    text = ("Typhoon\n\nOffice of Civil Defense spokesperson Ma. Cristina Buenaflor said the figures were being "
            "validated.\n\n\"Some of the reported deaths are still undergoing validation,\" Buenaflor said.")
    assert find_quote_spans(text)[0]["speaker"] == "Ma. Cristina Buenaflor"
    text = ("Vendors\n\nThe measure, authored by District 2 Councilor Ma. Angelica Soriano-Lim, imposes fines on "
            "vendors.\n\n\"We want safe sidewalks,\" Soriano-Lim said.")
    assert find_quote_spans(text)[0]["speaker"] == "Ma. Angelica Soriano-Lim"
    # a sentence that ends with another short capitalised word is no abbreviation
    text = "Port\n\nThe ship sailed from Oman. Cristina Vega said: \"We are glad.\""
    assert find_quote_spans(text)[0]["speaker"] == "Cristina Vega"


def test_round_40_the_message_an_organisation_sent():
    # 'In a message to families Wednesday, Lake Orrin Public Schools said ... “...,” the message said': the message is
    # the means of the body's speech, as a statement or a letter is
    text = ("Threat\n\nJudge Carl Engstrom of the Wickam County District Court set bail at $20,000.\n\nIn a message to "
            "families Wednesday, Lake Orrin Public Schools said Lund would not return to the school.\n\n\"We are proud "
            "of the students who spoke up,\" the message said.")
    assert find_quote_spans(text)[0]["speaker"] == "Lake Orrin Public Schools"
    assert find_quote_spans(text)[0]["channel"] == "message"
    # a person's message does not make the person an organisation ('Wisman's go-to-war message', Brown cg03)
    text = ("Codes\n\nCol. William W. Wisman is the senior controller. Crews copy down Wisman's go-to-war message.\n\n"
            "As Wisman put it, “They have separate pieces of the pie.”")
    assert find_quote_spans(text)[0]["speaker"] == "William W. Wisman"


def test_round_40_quoted_words_before_a_verb_in_ed_have_closed_their_phrase():
    # 'the district said an "unauthorized actor" gained access': the quoted words are the reported clause's subject,
    # the district's words; a participle after them closes the phrase too
    text = "Breach\n\nThe district said an \"unauthorized actor\" gained access to its network on Jan. 6."
    assert [(q["kind"], q["speaker"]) for q in find_quote_spans(text)] == [("speech", "The district")]
    text = "Cuts\n\nThe company said the job cuts were part of a \"restructuring exercise\" aimed at profitability."
    assert [(q["kind"], q["speaker"]) for q in find_quote_spans(text)] == [("speech", "The company")]
    # a definite determiner still makes the pair a term
    text = "Cuts\n\nThe company said the \"restructuring exercise\" ended in May."
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention"]


def test_round_40_a_pronoun_continues_a_described_speaker_with_a_postmodifier():
    # 'An Egyptian diplomat close to the talks said ... “...” ¶ “...,” he said': the description's head is the noun
    # before its postmodifier; the person named before is no antecedent
    text = ("Talks\n\nFrank DiLorenzo, who owns the depot, said the route was busy.\n\nAn Egyptian diplomat close to the "
            "talks said the monitoring question had become \"the last big knot\" in the negotiations.\n\n\"If the Arab "
            "states can give both sides confidence,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "An Egyptian diplomat close to the talks"
    # a description's last word written after the pronoun is no name that the pronoun cannot bind
    text = ("Doctors\n\nAlderman Jennifer Ashe said the committee had heard warnings before.\n\n'It's not good enough,' "
            "she said.\n\nA spokeswoman for the North West Health Trust said services were facing 'significant and "
            "sustained' challenges.\n\n'The Trust continues to work closely with the service,' she said.")
    assert find_quote_spans(text)[-1]["speaker"] in ("A spokeswoman for the North West Health Trust",
                                                      "spokeswoman for the North West Health Trust")
    # a person described since the description was quoted is the subject the pronoun continues
    text = ("Beds\n\nA spokeswoman for the council said staff were \"working through the weekend\".\n\nOne patient's "
            "daughter, who did not want to be named, told the BBC her father had spent 19 hours on a trolley.\n\n"
            "\"The nurses were lovely but they were run off their feet,\" she said.")
    assert find_quote_spans(text)[-1]["speaker"] != "A spokeswoman for the council"
    # a description without a postmodifier, or of the other sex, is left to the rules before (Brown cn01's 'the
    # girl' is no antecedent of 'He')
    text = ("Ranch\n\nDan Morgan rode in at dusk.\n\nThe girl said the horses were \"tired and thirsty\".\n\n\"They "
            "need water,\" he said.")
    assert find_quote_spans(text)[-1]["speaker"] == "Dan Morgan"


def test_round_40_a_person_at_the_firm_she_works_for():
    # 'Diane Holcomb at Pettibone Securities called the selloff “...”': the person, with the firm as her organisation
    text = ("Shares\n\nDiane Holcomb at Pettibone Securities called the selloff “an overreaction to a timing issue” and "
            "kept her rating.")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["speaker_org"]) == ("Diane Holcomb", "Pettibone Securities")


def test_round_40_irish_names_of_bodies_with_na():
    # 'Bord na Móna', 'Conradh na Gaeilge': the Irish article 'na' inside a body's name, as 'ng' in Tagalog names
    text = "Bog\n\nBord na Móna said it would close the plant. \"This is a sad day,\" the company said."
    assert find_quote_spans(text)[0]["speaker"] == "Bord na Móna"
    text = "Irish\n\nConradh na Gaeilge said the decision was \"a betrayal of Irish speakers\"."
    assert find_quote_spans(text)[0]["speaker"] == "Conradh na Gaeilge"


def test_round_41_known_as_with_an_adverb_of_who_calls_it_so():
    # 'the blackouts known locally as "..."': a naming cue with its adverb, so the quoted words are a name, a mention
    text = ("Power\n\nThe minister said failure to pay risked a return of the blackouts known locally as \"the silent "
            "curse of the dry season\".")
    assert [q["kind"] for q in find_quote_spans(text)] == ["mention"]
    # an adverb that says nothing of naming leaves the clause's speech as it was
    text = ("Power\n\nThe minister said the blackouts were known too well as \"the silent curse of the dry season\".")
    assert [q["kind"] for q in find_quote_spans(text)] == ["speech"]


def test_a_long_description_with_the_name_of_its_body_in_apposition_after_a_cue():
    # '“...,” said the digital rights group La Quadrature du Net': a close apposition (Quirk et al. 1985, 17.87-17.90)
    # after a description of five words had been cut after four, and the speaker was 'La'
    text = "Law\n\n“The law is a blank cheque for surveillance,” said the digital rights group La Quadrature du Net."
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["speaker_role"]) == ("La Quadrature du Net", "digital rights group")
    text = "Law\n\n“The cameras are dangerously authoritarian,” said the veteran civil liberties lawyer Jane Roe."
    assert find_quote_spans(text)[0]["speaker"] == "Jane Roe"
    # a day after the head is when it was said, not a name
    text = "Law\n\n“The cameras are dangerously authoritarian,” said the company Monday."
    assert find_quote_spans(text)[0]["speaker"] == "the company"


def test_glosses_in_brackets_after_a_name_are_no_part_of_the_subject():
    # a handle, a stock exchange and ticker, a caption's pointer: each identifies the name's bearer (Quirk et al.
    # 1985, 17.66 on appositives in parentheses); the quotation had been a mention or had no speaker
    for text, want in (("Jane Roe (@janeroe) said the cameras were “a disaster for privacy”.", "Jane Roe"),
                       ("Acme Corp (NYSE: ACME) said the platform was “the city's nervous system”.", "Acme Corp"),
                       ("Jane Roe (pictured) said: “The cameras are a disaster for privacy.”", "Jane Roe")):
        q = find_quote_spans("Cameras\n\n" + text)[0]
        assert (q["kind"], q["speaker"]) == ("speech", want), text


def test_a_social_media_handle_speaks_as_a_name():
    # '@privacyfirst tweeted: “...”', '“...,” said @privacyfirst': the account is the speaker, as a retweet's
    # account is (tests/test_audit_social.py); an e-mail address is no handle
    for text in ("@privacyfirst tweeted: “We will not stop.”", "“We will not stop,” said @privacyfirst on Twitter.",
                 "The activist group @privacyfirst wrote: “We will not stop.”"):
        assert find_quote_spans("Posts\n\n" + text)[0]["speaker"] == "@privacyfirst", text
    q = find_quote_spans("Posts\n\nWrite to info@example.org said: “We will not stop.”")[0]
    assert q["speaker"] is None


def test_an_article_and_an_adjective_before_the_surname_of_a_person_named_before():
    # 'the indiscreet Sorensen', 'a defiant Smith': a premodified proper noun (Biber et al. 1999, 8.3; Quirk et al.
    # 1985, 17.65) is the person the text named in full before; three words had stayed a description unless the
    # adjective was a participle ('the embattled Roe')
    for adj in ("veteran", "indiscreet", "defiant", "former"):
        for verb in ("said", "told reporters"):
            text = f"Campaign\n\nJohn Smith spoke first. “We will win,” the {adj} Smith {verb}."
            q = find_quote_spans(text)[0]
            assert (q["speaker"], q["speaker_as_written"], q["speaker_reason"]) == (
                "John Smith", f"the {adj} Smith", "named"), text
    text = "Campaign\n\nTheodore C. Sorensen wrote a book. “We had no choice,” an indiscreet Sorensen wrote."
    assert find_quote_spans(text)[0]["speaker"] == "Theodore C. Sorensen"
    # with no person of that surname named before, a capitalised word after an adjective may be a body's name, so
    # the description stays as written
    text = "Campaign\n\n“We will win,” the veteran Smith said."
    assert find_quote_spans(text)[0]["speaker"] == "the veteran Smith"
    # a body named before is no surname: read by the rules of descriptions, not as a person
    text = "Campaign\n\nLeeds City Council met. “We will win,” the local Council said."
    assert find_quote_spans(text)[0]["speaker"] == "Leeds City Council"


def test_an_office_with_its_of_phrase_before_a_colon_frame_is_the_subject():
    # 'The Foreign Minister of Ireland told the Assembly, when speaking on ...: "..."': the of-phrase names where the
    # office is held (Quirk et al. 1985, 17.37), no holder; the speaker had been 'of Ireland'
    text = ("Debate\n\nThe Foreign Minister of Ireland told the Assembly, when speaking on the subject of the Middle "
            "East: \"If the Powers concerned can substitute joint schemes, the region will prosper.\"")
    q = find_quote_spans(text)[0]
    assert q["speaker"] == "The Foreign Minister of Ireland"
    # an organisation before an office and its holder's name still gives the holder (round 32)
    text = "Fees\n\nAssociated Students of Rio Seco President Jordan Thibodeaux spoke against the fee, calling it “a tax”."
    assert find_quote_spans(text)[0]["speaker"] == "Jordan Thibodeaux"


def test_an_adjective_of_courtesy_before_an_office_is_no_part_of_the_speaker():
    # 'the distinguished Foreign Minister of France', 'the eminent Secretary-General': a courtesy of diplomatic and
    # parliamentary speech, as 'Mr.' is; one office had two speakers, with the adjective and without it
    frame = "Debate\n\n{}As {} said: \"We must build peace together in this troubled century.\""
    for written, want in (("the distinguished Foreign Minister of France", "the Foreign Minister of France"),
                          ("the eminent Secretary-General", "the Secretary-General"),
                          ("the learned judge", "the judge")):
        q = find_quote_spans(frame.format("", written))[0]
        assert (q["speaker"], q["speaker_as_written"]) == (want, written)
        assert find_quote_spans(frame.format("", want))[0]["speaker"] == want
    # resolved to the holder named before, as the office without the adjective is
    q = find_quote_spans(frame.format("Maurice Couve de Murville, Foreign Minister of France, spoke. ",
                                      "the distinguished Foreign Minister of France"))[-1]
    assert q["speaker"] == "Maurice Couve de Murville"
    # an adjective that describes the person is kept ('the elderly judge' is not every judge)
    assert find_quote_spans(frame.format("", "the elderly judge"))[0]["speaker"] == "the elderly judge"


def test_a_compound_broken_at_its_hyphen_by_a_line_end_is_one_name():
    # 'Non- Aligned', 'Secretary- General': text taken from print or PDF (the UN's records) keeps a compound broken at
    # the end of a line, the break now a space; the name is the compound's, as written it stays
    text = ("Debate\n\nThe Cairo Conference of Non- Aligned Countries quite rightly included the following in its "
            "decisions: \"Economic pressure and domination are neo-colonialist devices of the worst kind.\"")
    q = find_quote_spans(text)[0]
    assert (q["speaker"], q["speaker_as_written"]) == ("Cairo Conference of Non-Aligned Countries",
                                                       "Cairo Conference of Non- Aligned Countries")


def test_a_parenthesis_between_spaced_dashes_is_read_as_between_commas():
    # 'Jane Roe — a lawyer for the city — said': paired dashes set off a parenthesis as paired commas do (Quirk et
    # al. 1985, 17.65; AP and New Hart's Rules use spaced dashes where it holds commas); such a subject had no speaker
    for text in ("Jane Roe — a lawyer for the city — said: “We will appeal the ruling this week.”",
                 "Jane Roe — a lawyer for the city — said the ruling was “deeply flawed”.",
                 "“We will appeal the ruling this week,” Jane Roe — a lawyer for the city — said.",
                 "Jane Roe – a lawyer for the city, the state and the county – told reporters: “We will appeal.”",
                 "Jane Roe — who has represented the city since 2019 — said: “We will appeal the ruling this week.”"):
        spans = find_quote_spans("Ruling\n\n" + text)
        assert [(q["kind"], q["speaker"]) for q in spans] == [("speech", "Jane Roe")], text
    # spaced hyphens as dashes, as typed where no dash is at hand (not a compound broken at a line end)
    text = "Debate\n\nAnn Roe - the chair - said: \"We must build peace together in this troubled century.\""
    assert find_quote_spans(text)[0]["speaker"] == "Ann Roe"
    q = find_quote_spans("Ruling\n\nJane Roe — a lawyer for the city — said: “We will appeal.”")[0]
    assert q["speaker_role"] == "a lawyer for the city"
    # the quotation's own columns are the text's: its marks and offsets, with dashes inside the quotation
    text = "Ruling\n\nJane Roe — a lawyer — said: “We will — again — appeal.”"
    q = find_quote_spans(text)[0]
    assert text[q["start"]:q["end"]] == "“We will — again — appeal.”"
    # a quotation dash that opens a paragraph stays one (discourse._quote_marks.dash_quotations)
    q = find_quote_spans("Vox pop\n\n— It makes me — honestly — feel safer, says Sofia Marques, a student.")[0]
    assert (q["open_mark"], q["speaker"]) == ("— ", "Sofia Marques")


def test_a_rank_in_capitals_after_the_article_before_a_colon_frame_is_its_holder():
    # 'Brooding about future wars, the Field Marshal has this to say: “...”': the subject pattern of colon frames read
    # past the article and gave 'Field Marshal' as a name; a definite description of a rank (Quirk et al. 1985, 5.28)
    # is the holder named before, as 'the Admiral said' already was
    frame = "Memoir\n\n{}Brooding about future wars, the {} has this to say: “The fighting man is at least equally brave.”"
    q = find_quote_spans(frame.format("Field Marshal Sir William Slim wrote a book. ", "Field Marshal"))[0]
    assert (q["speaker"], q["speaker_as_written"]) == ("William Slim", "the Field Marshal")
    q = find_quote_spans(frame.format("Air Marshal Jane Roe spoke. ", "Air Marshal"))[0]
    assert q["speaker"] == "Jane Roe"
    # no holder named before: the description as the text writes it, never a name
    q = find_quote_spans(frame.format("", "Field Marshal"))[0]
    assert (q["speaker"], q["speaker_reason"]) == ("the Field Marshal", "description")


def test_the_general_in_capitals_is_the_general_named_before():
    # 'the General said' after 'General Jane Roe': the rank as a noun refers back as 'the Admiral' does; 'general' had
    # been read only as the adjective of 'general manager' or 'Attorney General' and the description stayed as written
    for first in ("General Jane Roe", "Gen. Jane Roe"):
        text = f"Briefing\n\n{first} spoke on Monday. Later the General said: “The front is quiet.”"
        assert find_quote_spans(text)[0]["speaker"] == "Jane Roe", first
    # not a general manager, nor an Attorney General
    for first in ("Jane Roe, the general manager,", "Attorney General Jane Roe"):
        text = f"Briefing\n\n{first} spoke on Monday. Later the General said: “The front is quiet.”"
        assert find_quote_spans(text)[0]["speaker"] == "the General", first


def test_an_office_written_as_a_hyphenated_compound_heads_an_apposition_chain():
    # 'The former Secretary-General, Mr. Javier Perez de Cuellar, wrote:': the units of an apposition refer to one
    # person (Quirk et al. 1985, 17.65) and the speaker is the name, as for 'The police commissioner, Dermot Shea,
    # said'; an office written with a hyphen ('Secretary-General', 'Director-General') had not been read as an office
    for text in ("Report\n\nThe former Secretary-General, Mr. Javier Perez de Cuellar, said: “No system will last.”",
                 "Report\n\nIn his report, the Secretary-General, Javier Perez de Cuellar, wrote: “No system will last.”",
                 "Report\n\nThe Director-General, Javier Perez de Cuellar, said: “No system will last.”"):
        assert find_quote_spans(text)[0]["speaker"] == "Javier Perez de Cuellar", text
    # a hyphenated name that is no office stays out: the organisation is the speaker
    text = "Report\n\nThe Non-Aligned, a movement of States, said: “No system will last.”"
    assert find_quote_spans(text)[0]["speaker"] != "a movement of States"


def test_a_clause_after_a_name_and_its_comma_is_no_apposition_and_gives_no_person():
    # 'the Tenth Book, and it is derived from his doctrine of ideal forms': a phrase after a name's comma is its
    # apposition only where it is a noun phrase (Quirk et al. 1985, 17.65); a coordinated clause or a participle
    # clause ('an Islamic State, based on the continuity of ...') had been read as a role for its of-phrase, so the
    # name became a person and took the next 'he'
    for clause in ("and it is derived from his doctrine of ideal forms", "based on the continuity of his school"):
        text = (f"Essay\n\nJohn Roe wrote on poets. The objection appears in the Tenth Book, {clause}. Then he "
                f"said: “Poets imitate only particular objects.”")
        assert find_quote_spans(text)[0]["speaker"] == "John Roe", clause
    # a role with its of-phrase in apposition is still one
    text = "Essay\n\nThe objection came from Ann Marlowe, the author of the report. She said: “Poets imitate.”"
    assert find_quote_spans(text)[0]["speaker"] == "Ann Marlowe"


def test_an_office_with_its_of_phrase_heads_an_apposition_whose_name_a_pronoun_continues():
    # 'The representative of the United States of America, Mr. Brandt, spoke on Article 27. He stated ...': the
    # of-phrase postmodifies the office (Quirk et al. 1985, 17.37), so the name closing the apposition is the
    # subject, as after 'The delegate, Mr. Brandt,'; the 'he' had gone to a subject named earlier
    for office in ("The representative of the United States of America", "The Permanent Representative to the Council",
                   "The delegate"):
        text = (f"Debate\n\nMr. Molotov quoted the example of Cuba.\n{office}, Mr. Brandt, spoke on Article 27. He "
                f"stated that a revision would be “premature”.")
        assert find_quote_spans(text)[0]["speaker"] == "Brandt", office
    # the office's phrase inside an object keeps the name an object (test_round_25_...)
    from discourse._speaker_names import _subject_like
    text = "He met the Representative of the United States, Musa Brandt, on Monday."
    assert not _subject_like(text, text.index("Musa"))


def test_the_source_of_a_noun_of_saying_before_a_colon_speaks_not_the_pronoun_subject():
    # 'They give the best proof of the justice of the words of the leader of the Albanian people, Comrade Enver Hoxha:':
    # the words quoted are those of the noun's source (Quirk et al. 1985, 17.51), with the office's own of-phrase
    # before the name in apposition (17.37); the colon frame's subject 'They' had left the quotation without a speaker
    text = ("Debate\n\nThey give the best proof of the justice of the words of the leader of the Albanian people, "
            "Comrade Enver Hoxha: “The Balkans have never by themselves constituted a powder keg.”")
    assert find_quote_spans(text)[0]["speaker"] == "Enver Hoxha"
    # an object pronoun as the source: its antecedent, as for 'he said'
    text = ("Debate\n\nI learned of the passing of Mr. Kofi Annan, former Secretary-General. I would like to conclude "
            "by remembering the following words from him: “We share a common destiny.”")
    assert find_quote_spans(text)[0]["speaker"] == "Kofi Annan"
    # a pronoun subject with no noun of saying keeps its reading
    text = "Debate\n\nMr. Kofi Annan spoke first. He put the point plainly: “We share a common destiny.”"
    assert find_quote_spans(text)[0]["speaker"] == "Kofi Annan"


def test_the_agent_of_a_noun_of_saying_is_the_antecedent_a_pronoun_continues():
    # 'explained in a statement by Mr. Chen-Yi, Minister of Foreign Affairs, on 20 September 1958. He said: ...': the
    # by-phrase of a noun of saying names the sayer (Quirk et al. 1985, 17.51), in focus as a subject is; the 'he' had
    # gone to a subject named a paragraph before
    text = ("Debate\n\nMr. Dulles spoke of the Arab States. Mr. Dulles lays the blame on them.\n\nThe real causes were "
            "explained in a statement by Mr. Chen-Yi, Minister of Foreign Affairs, on 20 September. He said: \"The "
            "United States has invaded our territory.\"")
    assert find_quote_spans(text)[0]["speaker"] == "Chen-Yi"
    # a by-phrase of another noun stays a prepositional object
    from discourse._speaker_names import _subject_like
    text = "The plan was drawn up by Mr. Chen-Yi in 1958."
    assert not _subject_like(text, text.index("Chen"))


def test_a_person_named_in_the_genitive_before_a_title_or_a_document_is_a_person():
    # 'Joseph P. Lyford's Introduction To The Agreeable Autocracies' / 'Joseph P. Lyford's paper': a genitive is the
    # determiner of what follows it (Quirk et al. 1985, 5.115), and a given name or a middle initial marks the owner as
    # a person; the owner had been read with the title as one name, or as an organisation owning a document, so the
    # later 'Mr. Lyford' had no fuller form
    for owned in ("Introduction To The Agreeable Autocracies, a recent paper", "paper"):
        text = (f"Essay\n\nSuch concern is found in Joseph P. Lyford's {owned}. Later, Mr. Lyford said: \"The problem "
                f"is deeper.\"")
        assert find_quote_spans(text)[0]["speaker"] == "Joseph P. Lyford", owned
    # an owner without a person's marks keeps the organisation's reading
    text = "Cameras\n\nThe city has a new system. Acme Vision's report is out. The report said: \"The cameras are safe.\""
    assert find_quote_spans(text)[0]["speaker"] == "Acme Vision"


def test_a_short_name_used_before_the_one_full_name_takes_that_fullest_form():
    # one person, one name (the fullest form in the document): 'Harold said ... Harold Rhodes went' is Harold Rhodes;
    # a second reference refers back only where a fuller name holding it was named before ('Maria Lopez ... Lopez
    # said ... her brother, Daniel Lopez': Maria), which must not split a person named in full only later
    text = "Story\n\n“Oh no”, Harold said, shocked. Barbara laughed. Later that year, Harold Rhodes went to Paris."
    assert find_quote_spans(text)[0]["speaker"] == "Harold Rhodes"
    text = "Story\n\nMaria Lopez runs the shop. “They told us nothing,” Lopez said. Her brother, Daniel Lopez, agreed."
    assert find_quote_spans(text)[0]["speaker"] == "Maria Lopez"


def test_the_focus_of_an_it_cleft_speaks_a_colon_quotation():
    # 'It was Plummer, in fact, who coined the much quoted remark: “...”': in an it-cleft the focus is the subject of
    # the relative clause and the dummy 'it' is none (Quirk et al. 1985, 18.25-18.28); the sentence before's 'He said'
    # had given an unresolved 'He'
    text = ("Essay\n\nKnowlton did not say that he would win. He said he would have convicted someone. It was "
            "Plummer, in fact, who coined the much quoted remark: “Mr. Green writes as if he had been there.”")
    spans = find_quote_spans(text)
    assert spans[0]["speaker"] == "Plummer"
    # a cleft whose focus is a lower-case description names no person by this rule
    from discourse._quote_sieve import _colon_frame_named
    assert _colon_frame_named("It was the weather, not the crowd, that mattered:") is None
    assert _colon_frame_named("It is Jane Roe who has the last word:") == ("Jane Roe", ":")


def test_an_as_comment_clause_after_a_partial_quotation_names_its_source():
    # 'in “a new birth of freedom”, as Lincoln promised.': an as-clause of comment after the quotation attributes it
    # as 'Lincoln promised' after it would (Quirk et al. 1985, 15.53-15.54 on comment clauses); the five-word partial
    # quotation had been a mention with no speaker
    text = "Essay\n\nOut of this ordeal the citizen emerged, in “a new birth of freedom”, as Lincoln promised."
    q = find_quote_spans(text)[0]
    assert (q["kind"], q["speaker"]) == ("speech", "Lincoln")
    # an as-clause whose verb reports nothing leaves the term a mention
    text = "Essay\n\nOut of this ordeal the citizen emerged, in “a new birth of freedom”, as Lincoln marched on."
    assert find_quote_spans(text)[0]["speaker"] is None
    # the idiom of a generic pronoun names no one: '“off the cuff”, as they say in the United States'
    text = "Speech\n\nHe had spoken extempore, “off the cuff and without notes”, as they say in the United States."
    assert find_quote_spans(text)[0]["speaker"] is None


def test_according_to_which_names_no_source():
    # 'according to which' opens a relative clause (Huddleston & Pullum 2002, ch. 12): its source is the antecedent
    # ('a "discovery"'), and the clause's subject ('nuclear war in general ...') had been the quoted words' speaker
    # (a UN General Debate speech of 1981); the author's scare quotes are mentions
    text = ("Thus the world was presented with a \"discovery\" according to which nuclear war in general should not "
            "be feared too much, that it is \"admissible\" and \"acceptable\". This is a deception.")
    got = [(q["kind"], q["speaker"]) for q in find_quote_spans(text)]
    assert got == [("mention", None)] * 3
    text = "According to Ann Lee, the plan is “almost done”."
    assert [q["speaker"] for q in quotes_of(text)] == ["Ann Lee"]


def test_a_pronoun_in_a_clause_of_its_own_sentence_takes_that_sentence_s_subject_first():
    # 'President Lyndon Johnson delivered his well-known speech in which he emphasized that ... “...”': a pronoun is
    # first sought to its left in its own sentence, the subject first (Hobbs 1978); the 'he' had gone to a delegate
    # named a paragraph before
    text = ("Debate\n\nMr. Abdul Rahman Pazhwak opened the session. He spoke of peace.\n\nOn the same day, President "
            "Lyndon Johnson delivered his well-known speech in which he emphasized that the United States was "
            "\"firmly committed to the independence of all nations\".")
    assert find_quote_spans(text)[0]["speaker"] == "Lyndon Johnson"
    # two people of the pronoun's gender in the sentence before it: the rule leaves the choice to the sentences before
    text = ("Debate\n\nMr. Abdul Rahman Pazhwak opened the session.\n\nMr. Pazhwak met Mr. Smith later, and he said "
            "that the plan was \"a step towards a lasting peace for all\".")
    assert find_quote_spans(text)[0]["speaker"] == "Abdul Rahman Pazhwak"
    # a pronoun after a fronted phrase is the main clause's own subject; a name after an article is a modifier
    text = ("Essay\n\nWilliam James wrote to his friends. Of another colleague, George Santayana, he could write: "
            "\"The great event in my life recently has been the reading of his book.\"")
    assert find_quote_spans(text)[0]["speaker"] == "William James"
    text = ("Essay\n\nThe best example of meeting cute is the Charles MacArthur-Helen Hayes saga: all he did was give her "
            "peanuts, but he said simultaneously, \"I wish they were emeralds\".")
    assert find_quote_spans(text)[0]["speaker"] is None


def test_in_these_terms_before_a_colon_introduces_speech():
    # 'once spoke of nations in these terms: “...”': 'terms' before a colon is the noun of a manner of speaking, not
    # the naming verb of 'what he terms “...”' (as 'call' before a colon is the noun, round 29)
    text = ("Debate\n\nA great man, Edouard Herriot, who for many years presided over the French National Assembly, "
            "once spoke of nations in these terms: \"Nations make their own destinies. Nothing good comes to them "
            "by chance.\"")
    q = find_quote_spans(text)[0]
    assert (q["kind"], q["speaker"]) == ("speech", "Edouard Herriot")
    # the verb still names
    from discourse._quote_cues import _NAMING_BEFORE
    assert _NAMING_BEFORE.search("a system the brochure terms ") is not None
    assert _NAMING_BEFORE.search("spoke of nations in these terms: ") is None


def test_a_name_written_only_after_prepositions_of_place_is_no_antecedent_of_he():
    # 'he' refers to a person and a place takes 'it' (Quirk et al. 1985, 6.10); 'through Harlem', 'in Carver' are
    # objects of prepositions of place and path (Quirk et al. 1985, 9.15-9.19). Before, 'he asked me' went to Harlem, a
    # capitalised word of unknown sex named in passing (a Brown essay, development part H)
    text = ("Rare, indeed, is the Harlem citizen who has a good word for the police. The reasons, according to Harlem, "
            "are plain. One moves through Harlem as through occupied territory; one stands on a Harlem street corner "
            "and is watched.\n\nI once tried to describe these conditions to a well-known intellectual. My account "
            "troubled him, and he asked me, “Why don't they all move away?”")
    q = find_quote_spans(text)[0]
    assert q["speaker"] != "Harlem"
    assert (q["speaker"], q["speaker_reason"]) == (None, "unresolved pronoun 'he'")
    # a name the text also writes as a speaker stays a person, whatever prepositions it follows elsewhere
    text = ("Carver said the county would appeal. Reporters waited in Carver for an hour, and crowds gathered in "
            "Carver square.\n\nAfter the vote the cameras came up again. “We will appeal,” he said.")
    assert find_quote_spans(text)[0]["speaker"] == "Carver"


def test_a_title_in_close_apposition_to_a_work_noun_is_no_person():
    # 'in his book Kennedy': the proper noun is the title the noun 'book' is identified by (close apposition; Quirk et
    # al. 1985, 17.86), no person. Read as one, 'Kennedy' had taken the author's 'he states:' (a UN speech, part H)
    text = ("President Kennedy approved the plan in April 1961.\n\n"
            "Theodore C. Sorensen, Special Assistant at the White House, in his book Kennedy, writes of the "
            "preparations. On page 295 he states:\n\n\"The administration authorized the training of an exile "
            "army.\"\n\nThe plan went ahead.")
    q = find_quote_spans(text)[0]
    assert q["speaker"] == "Theodore C. Sorensen"
    from discourse._speakers import _without_work_titles
    assert _without_work_titles("the novel Emma, by", [(10, 14, 14, False, "Emma")]) == []
    # a name that goes on into a verb after the noun is the subject of a contact clause ('the book Smith wrote')
    assert _without_work_titles("the book Smith wrote", [(9, 14, 14, False, "Smith")]) == [(9, 14, 14, False, "Smith")]


def test_a_quotation_after_a_locator_frame_continues_the_speaker_cited_before():
    # 'And on page 302:' has no subject and no verb: an elliptical frame whose subject and verb are the frame's before
    # (Quirk et al. 1985, 12.31); a speaker citing a book page by page (a UN speech of development part H)
    text = ("In his memoir, Theodore Sorensen says:\n\n\"The world was aroused by this deception.\"\n\n"
            "And on page 302:\n\n\"The agency even dictated the communiqués.\"\n\nThat is the record.")
    qs = find_quote_spans(text)
    assert [q["speaker"] for q in qs] == ["Theodore Sorensen", "Theodore Sorensen"]
    assert qs[1]["speaker_reason"] == "continues the last speaker"
    # a paragraph that opens with a quotation after a frame with a subject of its own is not continued this way
    text = ("In his memoir, Theodore Sorensen says:\n\n\"The world was aroused by this deception.\"\n\n"
            "And on page 302 someone else wrote:\n\n\"The agency even dictated the communiqués.\"")
    assert find_quote_spans(text)[1]["speaker"] != "Theodore Sorensen"


def test_work_noun_hint_tried_at_its_nouns_is_the_patterns_search():
    """_speakers._work_noun_hint (the pattern tried where one of its nouns is written) answers as
    _WORK_NOUN_HINT.search on made-up strings of the nouns, words that hold them ('display', 'Facebook', 'songs'),
    names, spacing and punctuation."""
    import random

    from discourse import _speakers

    pieces = ["book", "novel", "play", "display", "Facebook", "memoir", "memoirs", "autobiography", "songs", "film",
              " ", "\n", "  ", "Kennedy", "emma", "-", "’", "'", ",", "the", "x", "B", "book Emma", "novel\nKim",
              "xplay Kennedy", "song  Blue", "-film Z"]
    rng = random.Random(19)
    found = 0
    for _ in range(5000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        want = _speakers._WORK_NOUN_HINT.search(t) is not None
        assert _speakers._work_noun_hint(t) is want, t
        found += want
    assert 300 < found < 4700  # both answers are common (else the comparison proves little)


def test_given_names_joined_by_and_tried_before_each_and_are_the_patterns_matches():
    """finditer_from with _speakers._given_before_and (the capital of the word before each 'and') gives the matches of
    _GIVEN_AND_GIVEN.finditer on made-up strings of given names, surnames, 'and' inside words ('Sandra', 'land'),
    spacing, apostrophes and hyphens."""
    import random

    from discourse import _speakers
    from discourse._re_cache import finditer_from

    pieces = ["Chidi", "Ngozi", "Okafor", "and", "Sandra", "land", "O'Brien", "Lee-Smith", "x", "-", "’", " ", "  ",
              "\n", "\t", "Ann and Tom Roe", "Ann  and\nTom Roe said", "a", "AND", "Ab", "anda"]
    rng = random.Random(23)
    found = 0
    for _ in range(5000):
        t = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))
        want = [(m.span(), m.groupdict()) for m in _speakers._GIVEN_AND_GIVEN.finditer(t)]
        got = [(m.span(), m.groupdict()) for m in finditer_from(_speakers._GIVEN_AND_GIVEN, t,
                                                                 _speakers._given_before_and(t))]
        assert got == want, t
        found += len(want)
    assert found > 500  # the strings hold such names (else the comparison proves little)
