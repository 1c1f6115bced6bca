"""Headlines and ledes of news coverage: headline case, headline attribution, headline-only documents.

The texts are written for these tests in the conventions of news headlines (headlinese: articles and the verb
"to be" dropped, the present tense for past events, attribution by a colon or a final "says"), in the two
capitalisation styles of the trade: headline-style Title Case (US papers; Chicago Manual of Style 8.159) and
sentence case (British papers), and the ALL CAPS of wire slugs.
"""
import pandas as pd
import pytest

import discourse as dc
from discourse.segment import paragraphs, sentences


def _hits(texts: dict[str, str]) -> pd.DataFrame:
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                                                    "source": "outlet"}))
    tokens = dc.tokenize(corpus)
    return dc.find_frame_terms(tokens, dc.load_lexicon("framing"), corpus=corpus)


LEDE = "The council approved 400 new cameras for the city centre on Tuesday.\n\nThe vote was 7 to 2."


@pytest.mark.parametrize("headline", [
    "Privacy Fears Grow Over Innovative Smart City Cameras",
    "PRIVACY FEARS GROW OVER INNOVATIVE SMART CITY CAMERAS",
])
def test_headline_on_the_line_above_its_lede_is_a_paragraph_of_its_own(headline):
    # a headline set on the line right above its lede (one line break, blank lines between the later
    # paragraphs) had been read as a wrapped line of the lede's paragraph and one sentence with it
    text = headline + "\n" + LEDE
    paras = paragraphs(text)
    assert text[paras[0][0]:paras[0][1]] == headline
    assert [text[s:e] for s, e in sentences(text)][:2] == [headline, LEDE.split("\n")[0]]


@pytest.mark.filterwarnings("ignore:.*repeat an earlier one")
def test_headline_case_hits_keep_their_use_when_the_lede_follows_on_the_next_line():
    # hand labels: in the headline alone (or in sentence case) "Innovative" is the writer's word, evaluative, and
    # "Privacy Fears" reports others' fears (reported); joined to the lower-case lede, the capitals of the headline
    # had made every hit part of a "Title Case name" (rule proper_name): all four frame hits referential
    headline = "Privacy Fears Grow Over Innovative Smart City Cameras"
    hits = _hits({"joined": headline + "\n" + LEDE, "alone": headline + "\n\n" + LEDE,
                  "caps": headline.upper() + "\n" + LEDE})
    pole = hits[hits.frame.isin(["promotional", "rights"]) & (hits.paragraph == 0)]
    by_doc = {d: g.set_index(g.matched.str.lower())["use"].to_dict() for d, g in pole.groupby("doc_id")}
    assert by_doc["joined"] == by_doc["alone"] == by_doc["caps"]
    assert by_doc["joined"]["privacy"] == "reported"
    assert by_doc["joined"]["innovative"] == "evaluative"
    assert "proper_name" not in set(hits.use_rule)


def test_wrapped_prose_with_a_capitalised_line_start_stays_one_paragraph():
    # a wrapped line of running text whose next line opens with a name is no heading
    text = ("The contract was signed by the mayor and\nHuawei Technologies in March, officials said.\n\n"
            "Critics objected.")
    assert len(paragraphs(text)) == 2
    # nor a run of Title Case words that is not the whole line
    text = "Officials from Human Rights Watch met\nThe Mayor on Monday.\n\nNothing followed."
    assert len(paragraphs(text)) == 2
    # an all-capitals text (old wire copy) wrapped in lines is not cut at every line
    text = "CITY EXPANDS CAMERA NETWORK\nPOLICE SAY CRIME FELL\n\nMORE FOLLOWS"
    assert len(paragraphs(text)) == 2


def test_headline_above_a_hard_wrapped_lede_is_a_paragraph_of_its_own():
    # no blank line at all: the lede is hard-wrapped (its line breaks run on before lower-case words)
    headline = "Privacy Fears Grow Over Smart City Cameras"
    # (wrapped at 70 characters, as fixed-width wire and e-mail copy is)
    text = (headline + "\nThe council approved 400 new cameras for the city centre on Tuesday,\n"
            "despite objections from residents who said they had not been\nconsulted about the plan.")
    paras = paragraphs(text)
    assert len(paras) == 2
    assert text[paras[0][0]:paras[0][1]] == headline


def test_a_name_cut_by_the_line_break_of_wrapped_text_is_no_heading():
    # UN General Debate speeches (hard-wrapped, blank lines between paragraphs) wrap names over two lines: the
    # line is filled to the paragraph's measure, so the next word would not have fitted on it
    text = ("The United Nations Conference on Sustainable\nDevelopment (Rio+20), held in June in Rio,\n"
            "represented a critical step forward.\n\nThe outcome document matters.")
    assert len(paragraphs(text)) == 2
    # nor is a name that ends in a word no headline ends in
    text = "The Conference on Environment and\nDevelopment met in Rio de Janeiro in June 1992.\n\nIt agreed."
    assert len(paragraphs(text)) == 2


# hand labels, written before the rules: the voice and speaker of the pole hit ("innovative", "unlawful",
# "mass surveillance") of each headline of a headline-only document; None where the headline attributes nothing
ATTRIBUTED = [
    ("Cameras are innovative, police chief says", "police chief"),
    ("Cameras Are Innovative, Police Chief Says", "Police Chief"),
    ("CAMERAS ARE INNOVATIVE, POLICE CHIEF SAYS", "POLICE CHIEF"),
    ("Cameras are innovative, says mayor", "mayor"),
    ("Innovative Cameras Make Streets Safer, Says Acme CEO", "Acme CEO"),
    ("Police chief says innovative cameras make streets safer", "Police chief"),  # as written
    ("Mayor: Innovative Cameras Will Stay", "Mayor"),
    ("Campaigners: mass surveillance is coming to the high street", "Campaigners"),
    ("Police use of facial recognition is unlawful – report", "report"),
    # a scare quote inside the attributed claim, as in running text ("The 'innovative' cameras will cut crime, the
    # police chief said." gives the reported voice and the chief): the quotation marks do not stop the attribution
    ("'Innovative' Cameras Will Cut Crime, Police Chief Says", "Police Chief"),
]
NOT_ATTRIBUTED = [
    "EXCLUSIVE: Acme wins innovative smart city deal",
    "ANALYSIS | Is mass surveillance the price of safety?",
    "Smart city expo opens with innovative cameras – in pictures",
    "Innovative cameras arrive on the high street – and residents are divided",
    "Smart cities: innovative cameras everywhere",
]


@pytest.mark.parametrize(("headline", "speaker"), ATTRIBUTED)
def test_headline_attribution_gives_the_reported_voice_and_its_speaker(headline, speaker):
    # headlinese drops the article ("police chief says", not "the police chief says") and attributes by a colon
    # or a final dash; these had kept the author's voice and no speaker (the use was already "reported" in
    # most, so frame_balance was right, but count_frames by voice and by speaker were not)
    hits = _hits({"h": headline + "\n\nThe council approved the plan on Tuesday."})
    pole = hits[hits.frame.isin(["promotional", "rights"]) & (hits.paragraph == 0)]
    assert len(pole) >= 1
    assert set(pole.voice) == {"reported"}
    assert set(pole.speaker) == {speaker}
    assert set(pole.use) == {"reported"}


@pytest.mark.parametrize("headline", NOT_ATTRIBUTED)
def test_kickers_format_labels_and_subtitles_attribute_nothing(headline):
    hits = _hits({"h": headline + "\n\nThe council approved the plan on Tuesday."})
    pole = hits[hits.frame.isin(["promotional", "rights"]) & (hits.paragraph == 0)]
    assert len(pole) >= 1
    assert set(pole.voice) == {"author"}
    assert pole.speaker.isna().all()


def test_running_text_without_an_article_before_the_verb_is_not_read_as_a_headline():
    # a sentence with its full stop is running text: the rules of reported speech decide as before
    hits = _hits({"t": "The vendor called the cameras innovative in a statement that its chief says was approved."})
    assert set(hits[hits.frame == "promotional"].voice) == {"author"}


@pytest.mark.parametrize("headline", [
    "ANALYSIS | Innovative Cameras Deepen Privacy Fears",
    "World \u00b7 Innovative Cameras Deepen Privacy Fears",
])
def test_a_kicker_before_a_separator_does_not_make_the_headline_a_label(headline):
    # hand labels: the kicker ("ANALYSIS", a section name) is a label; the headline after the bar is a clause
    # with a finite verb ("Deepen"), the writer's words: "Innovative" evaluative and "Privacy" (of "Privacy
    # Fears") reported, as in the same headline without the kicker. The whole line had been taken for web
    # furniture (rule label_line)
    hits = _hits({"k": headline + "\n\nThe council approved the plan on Tuesday.",
                  "plain": "Innovative Cameras Deepen Privacy Fears\n\nThe council approved it on Tuesday."})
    pole = hits[hits.frame.isin(["promotional", "rights"]) & (hits.paragraph == 0)]
    assert pole[pole.doc_id == "k"].use.tolist() == pole[pole.doc_id == "plain"].use.tolist() == [
        "evaluative", "reported"]


def test_menu_and_footer_lines_stay_labels():
    hits = _hits({"m": "Privacy | Terms of Use | Contact\n\nThe council approved the plan on Tuesday.",
                  "n": "News | Data Protection\n\nThe council approved the plan on Tuesday."})
    first = hits[hits.paragraph == 0]
    assert set(first.use_rule) == {"label_line"}


def test_a_headline_whose_source_is_the_outlet_itself_is_its_own_claim():
    # "Acme says ..." on Acme's own page (a press release headline) is the outlet's own voice, as "Acme says ..." in
    # its running text is (the self-reference exception of reported speech)
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({
        "doc_id": ["r"], "source": ["Acme"],
        "text": ["Acme says innovative cameras make streets safer\n\nThe company supplied 30 cities."]}))
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon("framing"), corpus=corpus)
    assert hits[hits.matched == "innovative"].voice.tolist() == ["author"]


def test_lines_of_running_text_cut_mid_sentence_are_no_headlines():
    # paragraphs of PDF-extracted speeches that end mid-sentence (UN General Debate lines of this shape had been
    # read as headlines with a speaker): a sentence end inside, a comma or a dash at the end, a lower-case opening
    from discourse._headlines import headline_attributions
    from discourse._speakers import _SpansOnly

    for line in ("Countries. We believe that the time has come for us to",
                 "Rwanda believes that now is the time for bold multilateral action, and",
                 "therefore believe that everyone and every Government",
                 "and global institutions like the United Nations \u2014 have",
                 "Belize insists that it is within the principles of the United Nations system that we",
                 "Experts in Resilience: The Caribbean Reality"):
        text = line + "\n\nThe Assembly met on Tuesday."
        assert headline_attributions(text, paragraphs(text), [], _SpansOnly(text, [])) == [], line


@pytest.mark.parametrize(("compound", "phrase"), [
    ("Smart city cameras raise privacy fears", "Smart city cameras raise fears over privacy"),
    ("Council faces mass surveillance concerns", "Council faces concerns about mass surveillance"),
    ("MASS SURVEILLANCE WORRIES GROW", "WORRIES OVER MASS SURVEILLANCE GROW"),
])
def test_a_frame_word_before_a_noun_of_attitude_is_reported_as_after_it(compound, phrase):
    # headlinese packs the prepositional phrase into a premodifier ("privacy fears" for "fears over privacy":
    # Quirk et al. 1985, 17.104-17.110); hand label: both report an attitude held by others, use "reported"
    hits = _hits({"a": compound + "\n\nThe council met on Tuesday.", "b": phrase + "\n\nThe council met on Monday."})
    pole = hits[(hits.frame == "rights") & (hits.paragraph == 0)]
    assert pole.set_index("doc_id").use.to_dict() == {"a": "reported", "b": "reported"}


def test_an_own_attitude_noun_keeps_the_frame_word_the_speakers_own():
    hits = _hits({"a": "We will act on our privacy concerns this year."})
    assert hits[hits.frame == "rights"].use.tolist() == ["evaluative"]


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Mayor: 'Cameras Are Innovative'", "Mayor"),
    ("Police chief: 'Innovative cameras will cut crime'", "Police chief"),
    ("POLICE CHIEF: 'INNOVATIVE CAMERAS WILL CUT CRIME'", "POLICE CHIEF"),
])
def test_a_quotation_after_a_role_and_a_colon_in_a_headline_is_speech(headline, speaker):
    # US headlines quote in single quotation marks, and "Mayor: '...'" attributes the quotation by the colon
    # (hand label: the mayor's words, quoted speech, "innovative" evaluative in the quoted voice); it had been
    # a scare quote (a mention, "distanced") unless the story quoted the speaker again under a name
    hits = _hits({"h": headline + "\n\nThe council approved the plan on Tuesday."})
    hit = hits[(hits.frame == "promotional") & (hits.paragraph == 0)]
    assert hit.voice.tolist() == ["quoted"]
    assert hit.quote_kind.tolist() == ["speech"]
    assert hit.speaker.tolist() == [speaker]
    assert hit.use.tolist() == ["evaluative"]


@pytest.mark.parametrize("headline", [
    "Exclusive: 'Innovative cameras are coming'",
    "Brexit: 'Innovative' cameras at the border",
])
def test_a_quotation_after_a_kicker_or_a_topic_and_a_colon_is_not_attributed(headline):
    hits = _hits({"h": headline + "\n\nThe council approved the plan on Tuesday."})
    hit = hits[(hits.frame == "promotional") & (hits.paragraph == 0)]
    assert hit.speaker.isna().all()
