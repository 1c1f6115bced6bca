"""Stop 70, parts G and H (UN General Debate speeches), third set: constructions of quotation in speeches, tested on
sentences written for these tests (none copied from the development texts)."""

from discourse.quotes import find_quote_spans


def _speech(text: str, opening: str) -> dict:
    (q,) = [q for q in find_quote_spans(text) if text[q["content_start"]:].startswith(opening)]
    return q


_LETTER = ('The Minister of Trade of Ruritania wrote to us: "We are ready to talk about every difference between our '
           'two countries." ')


def test_question_that_names_the_source_of_the_reply():
    text = (_LETTER + 'What was the answer from the Government of Freedonia? "The Government of Freedonia cannot '
            'accept such conditions for the talks." We regret it.')
    q = _speech(text, "The Government")
    assert q["kind"] == "speech" and q["speaker"] == "Government of Freedonia"
    text = (_LETTER + 'How did the Prime Minister of Freedonia reply? "We shall not talk while the ships are held in '
            'port." We regret it.')
    assert _speech(text, "We shall")["speaker"].endswith("Prime Minister of Freedonia")
    # across a paragraph break: the question ends the paragraph before
    text = (_LETTER + '\n\nWhat was the reply of the Ministry of Trade?\n\n"The Ministry cannot accept such '
            'conditions for the talks." We regret it.')
    assert _speech(text, "The Ministry")["speaker"] == "Ministry of Trade"


def test_question_near_misses_are_left_alone():
    # 'the reply to X' names the addressee, not the source
    text = (_LETTER + 'What was the reply to the Government of Freedonia? "The Government of Freedonia cannot '
            'accept such conditions for the talks." We regret it.')
    assert _speech(text, "The Government")["speaker"] != "Government of Freedonia"
    # a question that asks for no speech act
    text = (_LETTER + 'What was the fate of the Government of Freedonia? "The Government of Freedonia cannot '
            'accept such conditions for the talks." We regret it.')
    assert _speech(text, "The Government")["speaker"] != "Government of Freedonia"


_NOTE = ("We have waited. I have here a letter sent by the Provisional Government of Ruritania to the Government of "
         "Freedonia on 3 March 1961. ")


def test_it_states_after_a_document_sent_by_a_body():
    text = _NOTE + 'It states: "The differences between both Governments can be settled by negotiation alone." We regret it.'
    q = _speech(text, "The differences")
    assert q["speaker"] == "Provisional Government of Ruritania"


def test_it_states_near_misses():
    # the document is not the last noun phrase of its sentence: another one the pronoun could take stands after it
    text = ("We have waited. I have here a letter sent by the Provisional Government of Ruritania to the Government of "
            "Freedonia, and the reply of the Parliament of Freedonia. It states: \"The differences between both "
            "Governments can be settled by negotiation alone.\"")
    assert _speech(text, "The differences")["speaker"] == "Parliament of Freedonia"
    # a sentence between the document's and the pronoun's
    text = ("We have waited. I have here a letter sent by the Provisional Government of Ruritania to the Government of "
            "Freedonia. The Minister reads it aloud. It states: \"The differences between both Governments can be "
            "settled by negotiation alone.\"")
    assert _speech(text, "The differences")["speaker"] != "Provisional Government of Ruritania"


_PRE = ("Those Powers engage in intrigue and fan the flames of hostility among peoples, in order to achieve their own "
        "designs. ")


def test_words_of_a_leader_before_a_colon_that_ends_the_paragraph():
    text = (_PRE + "They give the best proof of the justice of the words of the leader of the Ruritanian people, "
            "Comrade Ann Roe:\n\n\"The sea has never by itself divided the nations of this region at all.\" We agree.")
    assert _speech(text, "The sea")["speaker"] == "Ann Roe"
    # near miss: no noun of saying with its source before the colon; the pronoun subject stays unresolved
    text = (_PRE + "They give the best proof of the justice of our cause:\n\n\"The sea has never by itself divided "
            "the nations of this region at all.\" We agree.")
    assert _speech(text, "The sea")["speaker"] is None


def test_a_speech_with_its_reference_to_the_quoted_words():
    text = ("We noted with interest President Ann Roe's address to the Assembly on 4 October, with its reference to "
            "\"a new era of trust between the two Powers\", and we welcome it.")
    q = _speech(text, "a new era")
    assert q["kind"] == "speech" and q["speaker"] == "Ann Roe"
    # near miss: 'our reference' is the speaker's own, not the address's
    text = ("We noted with interest President Ann Roe's address to the Assembly on 4 October, with our reference to "
            "\"a new era of trust between the two Powers\", and we welcome it.")
    assert _speech(text, "a new era")["speaker"] != "Ann Roe"
