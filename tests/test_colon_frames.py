"""Quotations a colon frame introduces: 'the following words' points forward to what a speaker said (cataphora),
where 'the term' names a word; and the subject of the frame when a fronted adverbial or an office in apposition
stands before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

import discourse as dc


def _one(text: str) -> dict:
    spans = dc.find_quote_spans(text)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mr. Churchill used the following words: “We shall never surrender our position in the world, whatever it "
     "costs us.”", "Churchill"),
    ("Georgi Dimitrov, a founder of the party, used the following words: “Peace must be defended by all the peoples "
     "of the world together.”", "Georgi Dimitrov"),
    ("On 6 August the daily Izvestia elaborated on this theory in the following words: “The civil war is the "
     "continuation of the class struggle by other means.”", "Izvestia"),
])
def test_the_following_words_introduce_speech(text, speaker):
    # before: 'the following words' was read as a naming cue ('the term', 'the word'), and the quotation, a whole
    # clause, became a mention with no speaker
    q = _one(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "The report uses the following terms: “smart city”, “safe city” and “intelligent video”.",
    "The brochure repeats the word: “seamless”.",
    "Critics mocked the term “safe city” for years.",
])
def test_terms_named_stay_mentions(text):
    # a word or phrase that the clause names, no clause inside the marks: still a mention
    for q in dc.find_quote_spans(text):
        assert q["kind"] == "mention", q


@pytest.mark.parametrize(("text", "speaker"), [
    # two fronted adverbials before the subject
    ("In his speech, as reported in the official Press, Mr. Churchill used the following words: “We shall never "
     "surrender our position in the world, whatever it costs us.”", "Churchill"),
    # an office with capitals and of-phrases, then the name in apposition
    ("The Minister for Foreign Affairs of Chile, Mr. Carlos Martínez Sotomayor, reaffirmed that idea in these words: "
     "“No nation can live in peace while its neighbour starves.”", "Carlos Martínez Sotomayor"),
    ("That outstanding son of the Bulgarian people, Georgi Dimitrov, used these words: “Peace must be defended by "
     "all the peoples of the world together.”", "Georgi Dimitrov"),
])
def test_colon_frame_subject_after_adverbials_and_offices(text, speaker):
    # before: the frame's subject was read only after one fronted adverbial and after a description in lower case,
    # so these quotations had no speaker
    q = _one(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == speaker


def test_office_apposition_needs_a_name():
    # a description and one capitalised word after its comma is no office with a name in apposition
    q = _one("The report, Acme said in a statement: “Our cameras respect every law in force.”")
    assert q["speaker"] == "Acme"


@pytest.mark.parametrize("text", [
    "There is an old saying: “A friend in need is a friend indeed, and we need friends.”",
    "There is a Chinese saying: “A journey of a thousand miles begins with a single step.”",
    "There is a well-known saying: “Justice delayed is justice denied for every one of us.”",
    "According to a wise African saying, “the past and the present become the future together.”",
])
def test_a_proverb_has_no_speaker(text):
    # before: 'saying' was read as the participle of a reporting verb, and 'an old', 'a Chinese' or 'a wise African
    # saying' became the speaker
    assert _one(text)["speaker"] is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("He quoted a spokesman saying: “We will not comment on the report at this time.”", "a spokesman"),
    ("A Kenyan official was quoted saying: “We will not comment on the report at this time.”", "A Kenyan official"),
])
def test_a_noun_before_saying_still_speaks(text, speaker):
    assert _one(text)["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # the source of a noun of saying: a description of a person, after a participle and its place, with the occasion
    ("Let me repeat the words of the President of Ukraine at the Security Council Summit: “Ukraine looks forward "
     "to a century of African renaissance.”", "President of Ukraine"),
    ("We can repeat so appositely the words of the poet: “No man is an island, entire of itself.”", "the poet"),
    ("I agree with the following statement made by the Foreign Minister of the USSR earlier in this debate: "
     "“Disarmament is the problem of problems for the whole world.”", "the Foreign Minister of the USSR"),
    ("I read in a newspaper these words by a Soviet journalist: “The West will bury itself before long, we need do "
     "nothing.”", "a Soviet journalist"),
    ("We quote the words of the great Spanish philosopher, Ramón y Cajal: “Nations grow by the work of their "
     "citizens.”", "Ramón y Cajal"),
    ("May I quote the message personally addressed to the Secretary-General by His Majesty King Mahendra: “Nepal "
     "stands for peace among all nations.”", "Mahendra"),
    # the speaker quoting in the first person names whose words follow
    ("I quote Lincoln: “With malice toward none, with charity for all, let us go on.”", "Lincoln"),
    ("May I quote Lincoln: “With malice toward none, with charity for all, let us go on.”", "Lincoln"),
])
def test_the_source_of_quoted_words(text, speaker):
    # before: each had no speaker, or 'May' ('May I quote'), or 'I'
    q = _one(text)
    assert q["kind"] == "speech"
    assert q["speaker"] == speaker


def test_may_before_i_is_no_name_but_theresa_may_is():
    assert _one("Theresa May said: “Brexit means Brexit, and we will make a success of it.”")["speaker"] == "Theresa May"
    assert _one("May I quote a few words from this statement: “The recommendations of this Convention are clear "
                "to every member.”")["speaker"] != "May"


@pytest.mark.parametrize(("text", "speaker"), [
    # a roundup's label with the speaker's party, seat or post after the name
    ("Jane Roe, Labour: “This is mass surveillance by the back door.”", "Jane Roe"),
    ("Jane Roe (Lab, Bristol West): “This is mass surveillance by the back door.”", "Jane Roe"),
    ("Tom Hale, chief executive of Acme: “Our cameras keep the streets safe.”", "Tom Hale"),
])
def test_a_label_with_the_speakers_post(text, speaker):
    # before: no speaker (a label had to be the name alone)
    assert _one(text)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Update (10.30 GMT): “The council has voted for the cameras.”",
    "Breaking News (Reuters): “The council has voted for the cameras.”",
])
def test_a_label_that_names_no_person_stays_none(text):
    assert _one(text)["speaker"] is None
