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
