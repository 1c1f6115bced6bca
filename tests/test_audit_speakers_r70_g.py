"""Speaker attribution: constructions read from the misses of part G's Brown texts (stop 70).

Every text here is written for the test."""

from discourse._quote_sieve import _sentence_left_open
from discourse.quotes import find_quote_spans


def _quotes(text: str) -> list[dict]:
    return find_quote_spans(text)


def test_second_part_after_a_manner_of_speaking_verb_is_the_same_speakers():
    # Quirk et al. 1985, 14.29: the medial reporting clause splits one quoted sentence; 'sighed' is no cue word,
    # but the comma after the first part leaves the sentence open and the second part goes on in lower case
    first, second = _quotes("“That's Tommy”, sighed the shop owner, “the kindest boy in town”.")
    assert first["speaker"] == "the shop owner"
    assert second["kind"] == "speech"
    assert second["speaker"] == "the shop owner"
    assert second["speaker_reason"] == "continues the previous quotation"


def test_second_part_with_the_comma_inside_the_first_mark():
    first, second = _quotes("“That's Tommy,” sighed the shop owner, “the kindest boy in town.”")
    assert second["speaker"] == first["speaker"] == "the shop owner"


def test_gapped_coordinate_clause_is_not_an_interruption():
    # Quirk et al. 1985, 13.92: 'and the mayor, “...”' is a gapped clause of its own ('and the mayor called it'),
    # whose words are the mayor's, never the critics'
    first, second = _quotes("Critics called the plan “a costly farce”, and the mayor, “a sound investment”.")
    assert first["speaker"] == "Critics"
    assert second["speaker"] != "Critics"


def test_a_sentence_closed_before_the_clause_is_not_left_open():
    text = "“We are ready”. The mayor, in a long speech, “thanked the voters”."
    first, second = _quotes(text)
    assert second["speaker"] is None or second["speaker"] != first["speaker"]
    assert not _sentence_left_open(text, first["end"], second["start"], "The mayor")


def test_a_list_of_partial_quotations_has_no_clause_between():
    text = "He called the plan “a farce”, “a waste”, and worse."
    first, second = _quotes(text)
    assert not _sentence_left_open(text, first["end"], second["start"], "He")


def test_clause_between_that_names_another_reporter_is_not_the_first_parts():
    # near miss: the first part's speaker must stand in the clause between (its own reporting clause)
    text = "“That's Tommy”, sighed the shop owner, “the kindest boy in town”."
    first, second = _quotes(text)
    assert not _sentence_left_open(text, first["end"], second["start"], "Mrs. Lane")
    assert not _sentence_left_open(text, first["end"], second["start"], "she")


def test_second_part_in_capitals_is_not_continued_by_this_rule():
    text = "“That's Tommy”, sighed the shop owner, “The kindest boy in town”."
    first, second = _quotes(text)
    # the helper reads punctuation only; the caller asks for a lower-case second part, which this is not
    assert _sentence_left_open(text, first["end"], second["start"], "the shop owner")
    assert second["speaker_reason"] != "continues the previous quotation"


def test_gerund_after_by_takes_the_main_clause_subject():
    # Quirk et al. 1985, 15.59-15.60: the implied subject of 'by saying' is the subject of the clause it hangs on;
    # the noun phrase before 'by' is the verb's object, not a speaker
    (q,) = _quotes("Mr. Hollis stressed this point by saying, “You people in the ministry know little about farming”.")
    assert q["speaker"] == "Hollis"
    assert q["speaker_as_written"] == "Mr. Hollis"


def test_gerund_after_by_with_a_description_subject():
    (q,) = _quotes("The minister ended her long speech by saying: “We will not give up the valley.”")
    assert q["speaker"] == "The minister"


def test_participle_after_a_noun_without_a_preposition_keeps_its_own_reading():
    # near miss: no preposition before the participle, 'a spokesman saying' (a reduced relative on the noun)
    (q,) = _quotes("The ministry issued a statement by Ann Roe saying: “The valley stays closed.”")
    assert q["speaker"] != "Roe saying"
    assert "by" not in (q["speaker"] or "").split()


def test_as_clause_of_comment_before_the_quoted_words_names_their_source():
    # Quirk et al. 1985, 15.53-15.54: 'as X has observed' ascribes the content it is set in to X
    text = ("While The Long Winter indicates, as Mary Fenwick has correctly observed, some of the “slow growth of "
            "civic power”, it goes further.")
    (q,) = _quotes(text)
    assert q["speaker"] == "Mary Fenwick"


def test_as_clause_with_a_first_person_subject_names_no_source():
    # near miss: 'as we have seen' is the writer's own cross-reference, no one quoted
    (q,) = _quotes("The Long Winter indicates, as we have seen, some of the “slow growth of civic power” in the towns.")
    assert q["speaker"] in (None, "The Long Winter")
