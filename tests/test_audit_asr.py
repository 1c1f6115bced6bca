"""Automatic speech recognition (ASR) transcripts of podcasts and videos: lower case, no punctuation or the
recogniser's own, sound tags ("[Music]"), time codes, the speaker labels of diarisation ("SPEAKER_00:", "Speaker 1:")
and fillers. Every text here is written for these tests; the expected values are hand labels made before running."""

import pandas as pd

import discourse as dc
from discourse.quotes import find_quote_spans

# pyannote.audio (and WhisperX, which uses it) labels the voices it finds SPEAKER_00, SPEAKER_01, ...
DIARISED = """SPEAKER_00: welcome back to the show um today i'm joined by a campaigner from a privacy group
SPEAKER_01: thanks for having me uh so these safe city cameras are mass surveillance plain and simple
SPEAKER_00: but the vendor says it's about public safety right
SPEAKER_01: yeah that's the marketing you know it's a panopticon and it's a human rights violation
SPEAKER_00: okay we'll be right back after this"""

# Otter.ai's export: the label and the time of the turn on a line of their own, the turn's words below
OTTER = """Speaker 1  0:03
so the city signed a deal with huawei for a safe city system last year

Speaker 2  0:09
right and the privacy commissioner says that's mass surveillance

Speaker 1  0:14
um i mean they call it smart city but it's really just cameras everywhere

Speaker 2  0:21
yeah it's a panopticon honestly"""


def _corpus(**texts):
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "source": "podcast",
                                                  "text": list(texts.values())}), text="text", source="source")


def test_a_reported_clause_ends_with_its_speakers_turn():
    # three turns are too few for a transcript's turns, so the reported clause is read on its own; hand label: "the
    # vendor says" reports "it's about public safety right" and nothing of SPEAKER_01's next turn (the lines of a
    # diarised transcript are turns, not the wrapped lines of one paragraph: the clause had run to the text's end)
    text = ("SPEAKER_00: so the vendor says it's about public safety right\n"
            "SPEAKER_01: yeah that's the marketing you know it's a panopticon\n"
            "SPEAKER_00: okay we'll be right back after this")
    rep = [q for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert [text[q["start"]:q["end"]] for q in rep] == ["it's about public safety right"]


def test_diarised_turns_are_the_speech_of_their_labels():
    corpus = _corpus(d=DIARISED)
    hits = dc.find_frame_terms(dc.tokenize(corpus), corpus=corpus)
    by = {m: (v, s) for m, v, s in zip(hits["matched"], hits["voice"], hits["speaker"], strict=True)}
    # hand labels: each turn is the speech of the voice its label names
    assert by["mass surveillance"] == ("quoted", "SPEAKER_01")
    assert by["panopticon"] == ("quoted", "SPEAKER_01")
    assert by["human rights violation"] == ("quoted", "SPEAKER_01")
    assert by["safe city"] == ("quoted", "SPEAKER_01")
    assert by["privacy"] == ("quoted", "SPEAKER_00")


def test_frame_balance_per_diarisation_label():
    corpus = _corpus(d=DIARISED)
    bal = dc.frame_balance(dc.tokenize(corpus), by="speaker", voice="quoted", uses="all", level="group")
    row = bal.set_index("speaker").loc["SPEAKER_01"]
    # hand count of SPEAKER_01's turns: safe city (promotional); mass surveillance, panopticon, human rights
    # violation (rights)
    assert (row["n_positive"], row["n_negative"]) == (1, 3)
    assert bal.set_index("speaker").loc["SPEAKER_00", "n_positive"] == 1  # "public safety", the vendor's word


def test_otter_labels_on_their_own_line_are_turns():
    spans = [q for q in find_quote_spans(OTTER) if q.get("speaker_reason") == "transcript turn"]
    assert [(q["speaker"], OTTER[q["start"]:q["end"]].split()[0]) for q in spans] == [
        ("Speaker 1", "so"), ("Speaker 2", "right"), ("Speaker 1", "um"), ("Speaker 2", "yeah")]


# YouTube's automatic captions: lower case, no punctuation, the sound tags in square brackets and title case
YOUTUBE = ("[Music] so um today we're talking about uh huawei and their safe city project which you know "
           "is basically mass surveillance [Applause] and honestly i think the whole thing is a panopticon [Laughter] "
           "[inaudible 00:01:02] right [BLANK_AUDIO]")


def test_sound_tags_of_automatic_captions_are_set_aside():
    corpus = _corpus(y=YOUTUBE)
    # hand labels: the five bracketed tags are the recogniser's notes of sounds, not words anyone said
    assert corpus.set_aside["text"].tolist() == ["[Music]", "[Applause]", "[Laughter]", "[inaudible 00:01:02]",
                                                 "[BLANK_AUDIO]"]
    assert set(corpus.set_aside["rule"]) == {"stage-direction"}
    norms = set(dc.tokenize(corpus)["norm"])
    assert not norms & {"music", "applause", "laughter", "inaudible", "blank_audio", "00:01:02"}


def test_a_bracketed_insertion_in_a_quotation_stays_words():
    # an editor's insertion in square brackets is words of the text (APA 7, 8.31), and so is a title-case
    # bracket that is no sound tag
    text = 'The mayor said "[the] music of the city is its cameras" and [Music Festival] tickets sold out.'
    assert _corpus(t=text).set_aside.empty


def test_a_reporting_verb_does_not_report_a_whole_unpunctuated_transcript():
    # one "sentence" of about 2,000 words, as a recogniser without punctuation writes it: "the vendor says" at its
    # head reports its next words, not the host's "mass surveillance" some 10,000 characters later (hand label:
    # evaluative, the author's). The reported clause of the quotation finder stops within the same reach.
    filler = " ".join(["so um you know we walked around the town and uh people were talking"] * 150)
    text = "the vendor says it is about public safety " + filler + " and honestly it is mass surveillance"
    corpus = _corpus(t=text)
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens, corpus=corpus).set_index("matched")
    assert hits.loc["public safety", "use"] == "reported"
    assert (hits.loc["mass surveillance", "voice"], hits.loc["mass surveillance", "use"]) == ("author", "evaluative")
    reported = tokens[tokens["voice"] == "reported"]
    assert 0 < reported["end"].max() - reported["start"].min() <= 600


def test_a_coordinated_reporting_clause_reports_for_its_own_subject():
    # "X says A but Y say B": the second conjoin has its own subject and reporting verb, a main clause coordinated with
    # the first, not part of what X says (Quirk et al. 1985, 13.1-13.5 on clause coordination). Hand labels: A is the
    # mayor's, B the critics'; "i think" after the conjunction is the speaker's own view (no report). The same with and
    # without the capitals and commas a recogniser leaves out.
    for text in ("The mayor says the cameras keep people safe, but critics say it is mass surveillance.",
                 "the mayor says the cameras keep people safe but critics say it is mass surveillance"):
        rep = [(q["speaker"].lower(), text[q["start"]:q["end"]]) for q in find_quote_spans(text, reported=True)]
        assert rep == [("the mayor", "the cameras keep people safe"), ("critics", "it is mass surveillance")], text
    text = "the government says it is about public safety and honestly i think the whole thing is a panopticon"
    rep = [text[q["start"]:q["end"]] for q in find_quote_spans(text, reported=True)]
    assert rep == ["it is about public safety"]


def test_tokenize_warns_that_a_transcript_has_no_sentence_punctuation():
    import warnings

    filler = " ".join(["so um you know we walked around the town and uh people were talking about cameras"] * 20)
    punctuated = " ".join(["We walked around the town. People were talking about cameras."] * 20)
    corpus = _corpus(asr=filler, news=punctuated)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dc.tokenize(corpus)
    got = [w for w in caught if issubclass(w.category, dc.PunctuationWarning)]
    assert len(got) == 1
    message = str(got[0].message)
    # hand count: 20 x 16 words = 320 words in one sentence; the punctuated document is not named
    assert "'asr' (1 sentence of 320 words)" in message and "'news'" not in message
    assert "1 of 2 document(s)" in message


def test_time_codes_of_diarised_lines_are_set_aside():
    text = ("00:00:01 SPEAKER_00: so let's talk about facial recognition um\n"
            "00:00:05 SPEAKER_01: it's mass surveillance honestly you know\n"
            "00:00:09 SPEAKER_00: and the police say it keeps us safe\n"
            "00:00:14 SPEAKER_01: they would say that")
    corpus = _corpus(t=text, o=OTTER)
    aside = corpus.set_aside[corpus.set_aside["rule"] == "timestamp"]
    # hand labels: the four time codes of the first text and the four of Otter's label lines are no words said
    assert aside.loc[aside["doc_id"] == "t", "text"].tolist() == ["00:00:01", "00:00:05", "00:00:09", "00:00:14"]
    assert aside.loc[aside["doc_id"] == "o", "text"].tolist() == ["0:03", "0:09", "0:14", "0:21"]
    tokens = dc.tokenize(corpus)
    assert not tokens["token"].astype(str).str.contains(r"^\d{1,2}:\d{2}").any()
    # the turns are still read with their labels
    turns = tokens[tokens["doc_id"] == "t"].drop_duplicates("speaker")["speaker"].dropna().tolist()
    assert turns == ["SPEAKER_00", "SPEAKER_01"]


def test_the_use_rules_end_a_report_where_the_reported_clause_ends():
    # hand labels: "public safety" is the government's (reported), "privacy" the critics' (reported), "panopticon"
    # the speaker's own view after "and honestly i think" (evaluative, the author's): the token voice and the use rule
    # must agree on where the government's clause ends
    text = ("so um the government says it's about public safety but uh critics say it violates privacy "
            "and honestly i think the whole thing is a panopticon")
    corpus = _corpus(t=text)
    hits = dc.find_frame_terms(dc.tokenize(corpus), corpus=corpus).set_index("matched")
    assert hits.loc["public safety", "use"] == "reported"
    assert hits.loc["privacy", "use"] == "reported"
    assert (hits.loc["panopticon", "voice"], hits.loc["panopticon", "use"]) == ("author", "evaluative")


def test_diarisation_labels_are_no_words_of_the_transcript():
    # a recogniser's label is its id for a voice, as a subtitle file's cue number is (set aside as subtitle-cue-id):
    # counted, "speaker" and "00" were the commonest words of every diarised transcript
    corpus = _corpus(d=DIARISED, o=OTTER)
    aside = corpus.set_aside[corpus.set_aside["rule"] == "diarisation-label"]
    assert aside.loc[aside["doc_id"] == "d", "text"].tolist() == ["SPEAKER_00:", "SPEAKER_01:"] * 2 + ["SPEAKER_00:"]
    assert aside.loc[aside["doc_id"] == "o", "text"].tolist() == ["Speaker 1", "Speaker 2"] * 2
    tokens = dc.tokenize(corpus)
    terms = set(dc.count_terms(tokens, by="source")["term"])
    assert not terms & {"speaker", "speaker_00", "00", "01", "1", "2"}
    # hand labels: the turns keep their speakers
    assert tokens.loc[tokens["doc_id"] == "o", "speaker"].dropna().unique().tolist() == ["Speaker 1", "Speaker 2"]


def test_filled_pauses_are_no_part_of_a_speaker():
    # "uh" and "um" are filled pauses, signals of delay, not words of the noun phrase (Clark & Fox Tree 2002);
    # hand labels: the speakers are "the government" and "critics"
    text = "so um the government says it's about public safety but uh critics say it violates privacy"
    got = [q["speaker"] for q in find_quote_spans(text, reported=True)]
    assert got == ["the government", "critics"]
    text = "and the uh police um chief says the cameras keep us safe"
    assert [q["speaker"] for q in find_quote_spans(text, reported=True)] == ["the police chief"]


def _lookups_in_use_rules(n_turns):
    """The token look-ups of the use rules on one unpunctuated run of ``n_turns`` turns' words."""
    import random

    from discourse import stance

    rng = random.Random(1)
    words = ("so um the vendor says it is about public safety but uh critics say it is mass surveillance and i think "
             "the cameras are a panopticon you know the police use facial recognition everywhere").split()
    text = " ".join(" ".join(rng.choice(words) for _ in range(30)) for _ in range(n_turns))
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]}), clean=False)
    tokens = dc.tokenize(corpus)
    calls = [0]
    orig = stance._Sentence.p

    def p(self, j):
        calls[0] += 1
        return orig(self, j)

    stance._Sentence.p = p
    try:
        stance.find_hits(tokens, dc.load_lexicon("framing"))
    finally:
        stance._Sentence.p = orig
    return calls[0]


def test_the_use_rules_stay_linear_on_one_unpunctuated_run():
    # every reporting verb of a run is asked where its report ends; each had scanned back to the run's start for a
    # comma (380 KB took 27 s)
    small, large = _lookups_in_use_rules(150), _lookups_in_use_rules(600)
    assert large < 6 * small, (small, large)  # linear: x4; quadratic: x16
