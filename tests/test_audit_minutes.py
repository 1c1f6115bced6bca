"""Meeting minutes of a city council and a police board: attendance lists, agenda items, motions, votes and the
summarised speech of members, officers and the public (reported speech in the third person and past tense).

The texts are written for this file in the conventions of English local-government minutes.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def reported(text: str) -> list[tuple[str | None, str]]:
    """(speaker, cue) of every reported clause, in order."""
    return [(q["speaker"], q["cue"]) for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]


def test_title_and_initial_of_the_next_listed_person_are_no_role_in_apposition():
    # An attendance list names people one after the other, each with a title before the name; the words between two
    # commas that end in an initial ("Chief Constable D.") are the title and initial of the next person, not a role in
    # apposition to the name before (an initial is part of a name; a role's noun phrase does not end in one). Taken
    # as Ms. Doyle's role, "The Chief Constable stated ..." had been Doyle's clause.
    text = ("In attendance: Ms. K. Doyle (Director of Digital Services), Chief Constable D. Reid\n\n"
            "Ms. Doyle introduced the report. She said that the cameras offered seamless coverage.\n\n"
            "The Chief Constable stated that the system had improved public safety.")
    assert reported(text) == [("K. Doyle", "said"), ("D. Reid", "stated")]
    text = ("Present: Dr. Anne Smith, Professor J. Brown and Mr. P. Green.\n\n"
            "Dr. Smith said that the pilot was innovative.\n\n"
            "The Professor said that the scheme amounted to mass surveillance.")
    assert reported(text) == [("Anne Smith", "said"), ("J. Brown", "said")]


def test_verbs_of_replying_and_commenting_report_their_that_clause():
    # Minutes summarise an exchange with the verbs of replying and commenting ("The Commissioner replied that ...",
    # "Cllr Okafor commented that ..."): public verbs that take a that-clause without the writer's commitment (Quirk
    # et al. 1985, pp. 1180-1181; the 'reply' group of Francis, Hunston & Manning 1996, Grammar Patterns 1: Verbs,
    # 'V that'). Read as the minute-taker's own words, the Commissioner's "innovative" had been the clerk's praise.
    text = ("Councillor Walsh said that the deployment raised human rights concerns. The Commissioner replied that "
            "the system was an innovative tool. Cllr Okafor commented that the cameras offered seamless coverage. "
            "Mr. Evans responded that the scheme was mass surveillance. Ms. Lee remarked that privacy mattered to residents. "
            "Dr. Shah answered that the pilot had improved public safety.")
    assert reported(text) == [("Walsh", "said"), ("The Commissioner", "replied"), ("Okafor", "commented"),
                              ("Evans", "responded"), ("Lee", "remarked"), ("Shah", "answered")]
    # without "that" they take an object or none and report nothing: "replied to the letter", "commented on the plan"
    assert reported("The Commissioner replied to the letter. Cllr Okafor commented on the plan.") == []


def test_reported_reply_is_counted_under_its_speaker_not_the_author():
    import pandas as pd

    import discourse as dc

    text = ("The Commissioner replied that live facial recognition was an innovative tool.\n\n"
            "The meeting closed at 8.45 pm.")
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["m"], "source": ["Panel"], "text": [text]}),
                                      text="text", source="source")
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"), corpus=corpus)
    row = hits[hits["matched"] == "innovative"].iloc[0]
    assert (row["voice"], row["speaker"], row["use"]) == ("reported", "The Commissioner", "reported")


def test_a_motion_is_its_movers_proposal():
    # Minutes record a motion as the words of the member who moved it: "Moved by Cllr Jones, seconded by Cllr Patel,
    # that the Council ..." (Robert's Rules of Order Newly Revised, 12th ed., 48:4-48:5: the minutes give each main
    # motion as it was stated and the name of its maker; Citrine's ABC of Chairmanship on the form "Moved by ...
    # seconded by ... that"). Its that-clause is the mover's proposal, reported by the minute-taker, not the
    # minute-taker's own claim; the seconder supports it but did not word it.
    text = ("Present: Cllr A. Smith (Chair), Cllr B. Jones, Cllr R. Patel\n\n"
            "Moved by Cllr Jones, seconded by Cllr Patel, that the Council defers the expansion pending a review "
            "of the privacy risks of mass surveillance.\n\n"
            "LOST 2-5\n\n"
            "It was moved by Cllr Patel and seconded by Cllr Smith that the Council approves the Safe City CCTV "
            "Expansion.\n\n"
            "Cllr Smith moved that the Council notes the report of the Director of Digital Services.")
    found = [(q["speaker"], q["cue"], text[q["content_start"]:q["content_end"]])
             for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert found == [
        ("B. Jones", "Moved", "the Council defers the expansion pending a review of the privacy risks of mass "
                              "surveillance"),
        ("R. Patel", "moved", "the Council approves the Safe City CCTV Expansion"),
        ("A. Smith", "moved", "the Council notes the report of the Director of Digital Services"),
    ]
    # "moved" with an object or a place is no motion
    assert reported("The cameras were moved by the contractor to the station. The Chair moved the item to "
                    "the next meeting.") == []
    # a passive with no mover named, "It is proposed that ...", and a first-person subject report no one
    assert reported("It is proposed that the cameras are removed from the park. We proposed that the pilot ends "
                    "in June.") == []


def test_attendance_lists_are_set_aside_as_the_minutes_header():
    # The attendance record of minutes ("Present:", "In attendance:", "Apologies:"; Robert's Rules of Order Newly
    # Revised, 12th ed., 48:4; the Local Government Act 1972, sch. 12, para. 40, which asks minutes to record the
    # members present) lists names, no one's words: it is the minutes' header, set aside as an earnings call's list of
    # participants is. One list ending in a parenthesis, "Mr. T. Evans (Independent Member)", had been a photo
    # caption (rule photo-credit) and the same list ending in a name kept as text.
    import discourse as dc

    text = ("Northshire Police and Crime Panel\n\nMinutes of the meeting of 12 June 2024\n\n"
            "Present: Councillor P. Grant (Chair), Councillor S. Ahmed, Mr. T. Evans (Independent Member)\n\n"
            "In attendance: Ms. K. Doyle (Director of Digital Services), Chief Constable D. Reid\n\n"
            "Apologies: Cllr M. Hughes\n\n"
            "Item 7: Safe City CCTV Expansion\n\n"
            "The Chief Constable stated that the system had improved public safety.\n\n"
            "Present at the vigil were dozens of residents, who said that the cameras were intrusive.")
    corpus = dc.Corpus.from_dataframe(
        __import__("pandas").DataFrame({"doc_id": ["m"], "source": ["Panel"], "text": [text]}), text="text",
        source="source")
    aside = corpus.set_aside
    got = [(r.kind, r.rule, r.text.split(":")[0]) for r in aside.itertuples()]
    assert got == [("header", "attendance-list", "Present"), ("header", "attendance-list", "In attendance"),
                   ("header", "attendance-list", "Apologies")]
    # the people listed are still the speakers the later clauses name
    assert reported(text)[0] == ("D. Reid", "stated")


def test_agenda_item_titles_name_the_business_not_the_clerks_evaluation():
    # An agenda gives each item of business a number and a title ("Item 8: Privacy Impact Assessment of Smart Cameras";
    # Robert's Rules of Order Newly Revised, 12th ed., 41:1-41:3 on the order of business), which the minutes repeat as
    # headings: the title designates the business, as a lot's title designates a part of a supply, no praise or
    # criticism of the minute-taker's. A line after "Item 8:" with a final stop is a clause and keeps its use.
    import pandas as pd

    import discourse as dc

    text = ("Riverton City Council\n\nMinutes of the meeting of 4 March 2025\n\n"
            "Item 8: Privacy Impact Assessment of Smart Cameras\n\n"
            "Cllr Jones said that the assessment was inadequate.\n\n"
            "Agenda Item 9 - Innovative Public Safety Technologies\n\n"
            "The item was deferred.\n\n"
            "Item 10: The Council considered the innovative proposal.")
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["m"], "source": ["C"], "text": [text]}),
                                      text="text", source="source")
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon("framing"), corpus=corpus)
    got = [(r.matched, r.use, r.use_rule, r.cue if isinstance(r.cue, str) else None) for r in hits.itertuples()
           if r.frame in ("promotional", "rights")]
    assert got == [("Privacy", "referential", "agenda_item", "Item 8"),
                   ("Smart", "referential", "agenda_item", "Item 8"),
                   ("Innovative", "referential", "agenda_item", "Agenda Item 9"),
                   ("Public Safety", "referential", "agenda_item", "Agenda Item 9"),
                   ("innovative", "evaluative", "default", None)]
