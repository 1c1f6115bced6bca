"""Quotations an editor has altered: ellipses of omission, interpolations in square brackets, "[sic]", translator's
notes and translations beside the original words (Chicago Manual of Style, 17th ed., 13.50-13.60; APA 7, 8.31)."""

from __future__ import annotations

import pytest

from discourse.segment import sentences


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


# Chicago 13.51: three spaced points mark an omission inside a sentence; Punkt had read each point as a full stop
@pytest.mark.parametrize("text", [
    "“We will install cameras . . . in every district,” said Jane Roe, the city manager.",
    "The mayor said the cameras would stay in the square . . . and in the market.",
    "It was the duty of Member States to act in the attainment of . . . common ends.",
    "“The list. . . is . . . sufficient to demonstrate the point,” the delegate said.",
    "It was fine . . . We stayed in the city.",       # three points: no sentence end (13.53 writes four there)
    "“If they watch everyone . . .” she said, “then no one is free.”",
])
def test_spaced_ellipsis_inside_a_sentence_ends_no_sentence(text):
    assert _sents(text) == [text]


# Chicago 13.53: a full stop and three points (four dots) after a complete sentence; the next one opens with a capital
@pytest.mark.parametrize("text, first", [
    ("He said the council had agreed. . . . The council disagreed.", "He said the council had agreed. . . ."),
    ("He said the council had agreed.... The council disagreed.", "He said the council had agreed...."),
    ("“The council had agreed. . . .” The council disagreed.", "“The council had agreed. . . .”"),
])
def test_four_points_end_the_sentence_before_a_capital(text, first):
    assert _sents(text) == [first, text[len(first) + 1:]]


def test_ellipsis_then_question_mark_keeps_the_question_mark_sentence_end():
    # Chicago 13.55: a question mark before or after the points ends its sentence as usual
    assert _sents("Who pays for it . . . ? Nobody knows.") == ["Who pays for it . . . ?", "Nobody knows."]


def test_ellipsis_at_a_paragraph_end_does_not_join_paragraphs():
    text = "They would stay . . .\n\nThe council disagreed."
    assert _sents(text) == ["They would stay . . .", "The council disagreed."]


def _voices(text: str) -> dict[str, str]:
    import warnings

    import pandas as pd

    import discourse as dc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = dc.tokenize(dc.load_corpus(pd.DataFrame({"doc_id": ["d"], "text": [text]})))
    return dict(zip(tok["token"].astype(str), tok["voice"].astype(str), strict=True))


# the reported clause goes on across an omission as the sentence does (Chicago 13.51): it had stopped at the first point
@pytest.mark.parametrize("points", [". . .", "...", "…"])
def test_reported_clause_goes_on_across_ellipsis_points(points):
    voices = _voices(f"The mayor said the cameras would stay in the square {points} and in the market.")
    assert voices["square"] == "reported" and voices["market"] == "reported"


def test_reported_clause_ends_at_four_points_before_a_capital():
    voices = _voices("The mayor said the council had agreed. . . . Residents disagreed.")
    assert voices["agreed"] == "reported" and voices["Residents"] == "author"


# Square brackets in a quotation enclose the editor's words, not the speaker's (Chicago Manual 13.60: "brackets are used
# to enclose material ... added by someone other than the original author"; "[sic]", 13.59 and APA 7 8.31); a bracket
# glued to a word changes a letter of the speaker's own word ("[t]he", Chicago 13.18) and stays the speaker's.
INTERPOLATED = [
    # text, the words the editor added (author), the speaker's words (quoted)
    ("“[The cameras] are everywhere,” said Li Wei, a shopkeeper in Kashgar.", ["cameras"], ["everywhere"]),
    ("“They [the police] watch us all the time,” said Li Wei.", ["police"], ["They", "watch", "time"]),
    ("“What they built is [mass surveillance] of a whole people,” said Omar Diaz of Rights Watch.",
     ["mass", "surveillance"], ["built", "whole", "people"]),
    ("“The goverment [sic] has installed 200 cameras in the old town,” the mayor said.", ["sic"],
     ["goverment", "installed", "cameras"]),
    ("“We call it tianwang [translator’s note: the national camera network], and it sees everything,” said Zhang Min.",
     ["note", "national", "camera", "network"], ["call", "tianwang", "sees", "everything"]),
]


@pytest.mark.parametrize("text, editor, speaker", INTERPOLATED)
def test_interpolation_in_square_brackets_is_the_authors_voice(text, editor, speaker):
    voices = _voices(text)
    assert {w: voices[w] for w in editor} == dict.fromkeys(editor, "author")
    assert {w: voices[w] for w in speaker} == dict.fromkeys(speaker, "quoted")


def test_bracketed_letters_of_the_speakers_word_stay_quoted():
    voices = _voices("“Data protection matter[s] to [t]he residents,” said Omar Diaz.")
    assert voices["matter"] == voices["residents"] == voices["he"] == "quoted"


def test_parentheses_in_a_quotation_are_the_speakers_own():
    # Chicago 13.60: parentheses in a quotation are the original author's, brackets the editor's
    voices = _voices("“The cameras (all of them) watch us,” said Li Wei.")
    assert voices["all"] == voices["them"] == "quoted"


def test_frame_counts_read_the_interpolation_as_the_authors_words():
    # every counting path agrees with the token table: the hit of "[mass surveillance]" is the author's
    import warnings

    import pandas as pd

    import discourse as dc

    text = "“What they built is [mass surveillance], a panopticon,” said Omar Diaz of Rights Watch."
    lex = dc.load_lexicon({"rights": ["mass surveillance", "panopticon"]})
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokens = dc.tokenize(corpus)
        hits = dc.find_frame_terms(tokens, lex)
        streamed = dc.count_frames_stream(corpus, lex, by="source")
    assert dict(zip(hits["matched"].astype(str), hits["voice"].astype(str), strict=True)) == {
        "mass surveillance": "author", "panopticon": "quoted"}
    rows = streamed.query("frame == 'rights'").set_index("voice")
    # words by voice, counted by hand: the author's "mass surveillance said Omar Diaz of Rights Watch" (8), the
    # speaker's "What they built is a panopticon" (6)
    assert rows.loc[["author", "quoted"], ["n", "n_tokens"]].to_numpy().tolist() == [[1, 8], [1, 6]]
    in_memory = dc.count_frames(tokens, lex, by="source")
    assert in_memory["n_tokens"].tolist() == streamed["n_tokens"].tolist()


# A quotation in the original language with its translation in brackets or parentheses right after it (Chicago Manual
# 11.9; or the translation first, the original after it): one utterance, the speaker's, both halves speech
@pytest.mark.parametrize("text, original", [
    ("“Мы под колпаком” [“We are under the cap”], said Ivan Petrov, a journalist in Moscow.", "Мы под колпаком"),
    ("“Nous sommes surveillés” (“We are being watched”), said Claire Martin, a teacher in Nice.",
     "Nous sommes surveillés"),
    ("“We are being watched” (“Nous sommes surveillés”), said Claire Martin, a teacher in Nice.",
     "Nous sommes surveillés"),
])
def test_original_and_translation_are_one_speakers_speech(text, original):
    from discourse.quotes import find_quote_spans

    quotes = find_quote_spans(text)
    assert len(quotes) == 2
    assert [q["kind"] for q in quotes] == ["speech", "speech"]
    assert quotes[0]["speaker"] == quotes[1]["speaker"] and quotes[0]["speaker"] in ("Ivan Petrov", "Claire Martin")
    assert original in [text[q["content_start"]:q["content_end"]] for q in quotes]
    # the same kinds without speakers
    assert [q["kind"] for q in find_quote_spans(text, speakers=False)] == ["speech", "speech"]


def test_a_term_and_its_translation_stay_mentions():
    from discourse.quotes import find_quote_spans

    quotes = find_quote_spans("The city calls it “ciudad segura” (“safe city”) in its brochures.")
    assert [q["kind"] for q in quotes] == ["mention", "mention"]


# A parenthesis right after the reporting verb is the writer's note on how the words were said or rendered, not what
# was said (Chicago Manual 6.95: parentheses set off material outside the sentence's structure)
@pytest.mark.parametrize("text, content", [
    ("Zhang Min said (in Mandarin) that the cameras are a gift to the city.", "the cameras are a gift to the city"),
    ("The mayor said (through an interpreter) the cameras stay in the square.", "the cameras stay in the square"),
    ("“The cameras are a gift to the city,” Zhang Min said (translated from Mandarin). Critics disagree.", None),
])
def test_translators_note_after_the_verb_is_not_reported_speech(text, content):
    from discourse.quotes import find_quote_spans

    reported = [text[q["content_start"]:q["content_end"]] for q in find_quote_spans(text, reported=True)
                if q["kind"] == "reported"]
    assert reported == ([content] if content else [])
