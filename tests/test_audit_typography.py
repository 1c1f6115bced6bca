"""Quotation marks and voice in the house styles of British, Irish, Australian, Indian and European outlets.

Single quotation marks as the primary marks (New Hart's Rules 2014, 9.2.1: British and Irish papers), double ones
nested inside them, guillemets and German low-high marks in translated copy, quotations over several paragraphs.
Every text below was written for these tests; the expected spans and speakers are read off the sentences.
"""

from __future__ import annotations

import pytest

from discourse.quotes import find_quote_spans


def spans(text: str, **kw) -> list[tuple[str, str, str | None]]:
    return [(text[q["start"]:q["end"]], q["kind"], q["speaker"]) for q in find_quote_spans(text, **kw)]


# ------------------------------------------------------------------ plural possessives inside single quotation marks
@pytest.mark.parametrize("text", [
    "‘We looked at the suppliers’ contracts and the councils’ own impact assessments. Neither was adequate,’ said "
    "Helen Marsh.",
    "'We looked at the suppliers' contracts and the councils' own impact assessments. Neither was adequate,' said "
    "Helen Marsh.",
])
def test_two_plural_possessives_inside_a_single_quotation(text):
    # the closing mark is the one after 'adequate,'; the two after 'suppliers' and 'councils' are possessives
    (quote,) = spans(text)
    assert quote[0].endswith("adequate,’") or quote[0].endswith("adequate,'")
    assert quote[1:] == ("speech", "Helen Marsh")


@pytest.mark.parametrize("o,c", [("‘", "’"), ("'", "'")])
def test_plural_possessive_in_a_paragraph_of_a_quotation_that_runs_on(o, c):
    # New Hart's Rules 9.2.3: each paragraph of a long quotation reopens, only the last one closes
    text = (f"Dr Martin Hughes told the committee:\n\n{o}We asked for the vendors{c} source code and were refused. "
            f"Each council bought what it could afford.\n\n{o}The result isn{c}t a surveillance state. It{c}s a "
            f"surveillance patchwork.{c}\n\nMPs will publish their report in the new year.")
    (quote,) = find_quote_spans(text)
    assert text[quote["content_start"]:quote["content_end"]].startswith("We asked for the vendors")
    assert text[quote["content_start"]:quote["content_end"]].endswith("patchwork.")
    assert (quote["n_paragraphs"], quote["kind"], quote["speaker"]) == (2, "speech", "Martin Hughes")


def test_plural_possessive_rule_leaves_closing_marks_alone():
    # a quoted plural closes where the next single mark opens another quotation or where nothing runs on
    text = "He called them ‘the councils’ and she called them ‘the suppliers’.\n\nThe meeting ended."
    assert [s[0] for s in spans(text)] == ["‘the councils’", "‘the suppliers’"]
    text = "She said the money went to ‘the councils’ and not to the police.\n\n‘That is wrong,’ said Tom Reilly."
    assert [s[0] for s in spans(text)] == ["‘the councils’", "‘That is wrong,’"]


# ------------------------------------------------------------------ courtesy titles without a full stop
@pytest.mark.parametrize("title", ["Mr", "Mr.", "Dr", "Prof", "Cllr"])
def test_description_before_an_unstopped_courtesy_title_is_not_part_of_the_name(title):
    # British and Irish house styles write 'Mr', 'Dr' without a full stop (New Hart's Rules 10.2.2); the occupation
    # before the title is a description, so both quotations below have one speaker, Owen Price
    text = (f"Headteacher {title} Owen Price said the cameras were 'because of vaping, not to spy on anyone'.\n\n"
            f"'Parents asked us to act,' {title} Price said.")
    assert [s[1:] for s in spans(text)] == [("speech", "Owen Price"), ("speech", "Owen Price")]


# ------------------------------------------------------------------ reported speech: subject with an apposition
@pytest.mark.parametrize("text,speaker,clause", [
    ("The policing minister, Mr Philip Hale, said the programme kept people safe.", "Philip Hale",
     "the programme kept people safe"),
    ("The minister, Philip Hale, said the cameras kept people safe.", "Philip Hale", "the cameras kept people safe"),
    # the inverted final clause keeps its reading where a clause stands before its comma
    ("The cameras kept people safe, said the minister.", "the minister", "The cameras kept people safe"),
])
def test_subject_with_apposition_is_not_read_as_an_inverted_reporting_clause(text, speaker, clause):
    (rep,) = [q for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert (rep["speaker"], text[rep["start"]:rep["end"]]) == (speaker, clause)


def test_voice_of_a_clause_reported_by_a_subject_with_apposition():
    import pandas as pd

    import discourse as dc
    text = "The minister, Philip Hale, said the programme was no mass surveillance."
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["x"], "text": [text]}),
                                      text="text", source="source")
    tokens = dc.tokenize(corpus).set_index("token")
    assert tokens.loc["minister", "voice"] == "author"
    assert (tokens.loc["surveillance", "voice"], tokens.loc["surveillance", "speaker"]) == ("reported", "Philip Hale")


@pytest.mark.parametrize("text,speaker", [
    ("The students' union has criticised the plan. Its president, Ciara Nolan, said the data was not a resource "
     "for the State.", "Ciara Nolan"),
    ("Her lawyer, Mr Declan O'Brien, claimed the cameras were unlawful.", "Declan O'Brien"),
])
def test_name_in_apposition_to_a_possessive_description_is_the_reported_speaker(text, speaker):
    (rep,) = [q for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert rep["speaker"] == speaker


# ------------------------------------------------------------------ quotation dashes (dialogue, vox pops)
def test_quotation_dash_with_an_incise_is_speech_of_its_speaker():
    # French and translated copy open a reply with a dash and set the attribution off by commas (Lexique des règles
    # typographiques en usage à l'Imprimerie nationale, 'Dialogue'); no closing mark
    text = ("Brussels residents are divided over the new cameras.\n\n"
            "— It makes me feel safer when I walk home, says Sofia Marques, a student.\n\n"
            "– I don't see why they need to know where I go, replies her friend Lucas Dubois.\n\n"
            "– Nobody asked us, she says. The council did not reply.")
    got = [(text[q["content_start"]:q["content_end"]], q["kind"], q["speaker"]) for q in find_quote_spans(text)]
    assert got == [("It makes me feel safer when I walk home", "speech", "Sofia Marques"),
                   ("I don't see why they need to know where I go", "speech", "Lucas Dubois"),
                   ("Nobody asked us", "speech", "Sofia Marques")]  # 'she': not Lucas


@pytest.mark.parametrize("text", [
    "What was installed:\n\n– Cameras, in 2019\n– Sensors, in 2020",  # a list
    "– In Paris, police said the cameras work.",  # a list item with a reported clause, no incise
    "Marseille, 6 December 2026 – The city, officials said, is safe.",  # a dash inside the paragraph
])
def test_dash_without_an_incise_opens_no_quotation(text):
    assert find_quote_spans(text) == []


def test_words_after_a_quotation_dash_carry_the_quoted_voice():
    import pandas as pd

    import discourse as dc
    text = "The council voted on Monday.\n\n— This is mass surveillance, says Noémie Vidal, a lawyer."
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a"], "source": ["Euronews"], "text": [text]}),
                                      text="text", source="source")
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon("framing"))
    hit = hits[hits["entry"] == "mass surveillance"].iloc[0]
    assert (hit["voice"], hit["speaker"]) == ("quoted", "Noémie Vidal")


# ------------------------------------------------------------------ characterisations: a place inside the subject
@pytest.mark.parametrize("text", [
    "Shoppers in south London have described the vans as ‘humiliating’.",
    "Residents in north Dublin have described the cameras as ‘intrusive’.",
])
def test_place_after_a_preposition_and_a_modifier_is_not_the_speaker(text):
    # the head of the subject is 'Shoppers'/'Residents'; 'London'/'Dublin' sits in its prepositional phrase
    (quote,) = find_quote_spans(text)
    assert quote["speaker"] is None or quote["speaker"].startswith(("Shoppers", "Residents"))  # was 'London', 'Dublin'


# ------------------------------------------------------------------ a quotation nested in straight single marks
@pytest.mark.parametrize("o,c,io,ic", [("'", "'", '"', '"'), ("‘", "’", "“", "”")])
@pytest.mark.parametrize("who", ["Tom Reilly", "One mum"])
def test_speaker_of_a_quotation_nested_in_single_marks(o, c, io, ic, who):
    text = (f"{o}Parents asked us to act,{c} Tom Price said. {o}{who} told me, {io}I don't care how you do it, just "
            f"stop it,{ic} and that was that.{c}")
    assert [s[1:] for s in spans(text)] == [("speech", "Tom Price"), ("speech", "Tom Price"), ("speech", who)]


# ------------------------------------------------------------------ single guillemets with French spacing
def test_single_guillemets_with_spaces_inside_nest_in_double_ones():
    # French typography sets guillemets off with (no-break) spaces; ‹ › nest inside « » and are never apostrophes
    text = "Noémie Vidal said: « The mayor calls it a ‹ safe city ›, but it is mass surveillance. »"
    got = [(text[q["start"]:q["end"]], q["parent_id"]) for q in find_quote_spans(text)]
    assert got == [("« The mayor calls it a ‹ safe city ›, but it is mass surveillance. »", None),
                   ("‹ safe city ›", 0)]
    text = "Noémie Vidal said: «\u00a0The mayor calls it a ‹\u00a0safe city\u00a0›.\u00a0»"
    assert [text[q["start"]:q["end"]] for q in find_quote_spans(text)][1] == "‹\u00a0safe city\u00a0›"


# ------------------------------------------------------------------ a headline's reduced passive
@pytest.mark.parametrize("text,speaker", [
    ("Ministers accused of building ‘surveillance society’ by stealth", None),  # the ministers are accused
    ("Council criticised for ‘careless handling’ of camera footage", None),
    ("Ann Roe accused ministers of building a ‘surveillance society’ by stealth.", "Ann Roe"),  # active: Roe's words
])
def test_reduced_passive_of_a_verb_of_judging_names_no_speaker(text, speaker):
    (quote,) = find_quote_spans(text)
    assert quote["speaker"] == speaker


# ------------------------------------------------------------------ a name with particles after a description
@pytest.mark.parametrize("text,speaker", [
    ("The digital rights group La Quadrature du Net said: ‘This law will normalise mass surveillance.’",
     "La Quadrature du Net"),
    ("The central bank Banco de Portugal said: ‘The data stays in Lisbon.’", "Banco de Portugal"),
    ("The lawyer Ana de la Fuente said: ‘This is mass surveillance.’", "Ana de la Fuente"),
])
def test_name_with_particles_after_a_description_is_the_whole_name(text, speaker):
    (quote,) = find_quote_spans(text)
    assert quote["speaker"] == speaker
