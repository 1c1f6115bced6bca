"""Broadcast transcripts, closed captions, subtitle files and podcast transcripts: what in them is the format's
markup (cue numbers, timings, voice tags, timestamps, caption turn markers, stage directions), kept out of the counts
as set-aside spans, and who speaks in their turns.

Every text here is written for these tests; the expected values are labelled by hand from the texts."""

import pandas as pd

import discourse as dc
from discourse.clean import clean_document
from discourse.quotes import find_quote_spans

SRT = """1
00:00:01,000 --> 00:00:04,200
Police in Leeds have started using

2
00:00:04,300 --> 00:00:07,000
<i>live facial recognition</i> cameras.

3
00:00:07,100 --> 00:00:10,500 X1:40 X2:600 Y1:20 Y2:50
Campaigners say it is mass surveillance.
"""

VTT = """WEBVTT - evening bulletin
Kind: captions
Language: en

NOTE
Captions by the newsroom.

intro
00:00:01.000 --> 00:00:04.000 align:start position:10%
<v Anna Lee>Facial recognition is mass surveillance.</v>

00:04.500 --> 00:07.000
<v Officer Tom Grant>It is a tool for <b>public safety</b>.

00:00:07.500 --> 00:00:09.000
<v.loud Anna Lee>We disagree.
"""

PODCAST = """[00:00:05] Speaker 1: Welcome back to the show. Today we talk about facial recognition in policing.

[00:00:12] Speaker 2: Thanks for having me. I think it is mass surveillance, plain and simple.

[00:00:20] Speaker 1: And the police?

[00:01:26] Speaker 2: They always say that."""


def _corpus(**texts):
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())}))


def _words(corpus, doc_id):
    tok = dc.tokenize(corpus)
    return tok.loc[(tok["doc_id"] == doc_id) & ~tok["is_punct"], "norm"].tolist()


def test_subrip_cue_numbers_timings_and_tags_are_set_aside():
    # SubRip: a cue is its counter, its timing line 'hh:mm:ss,mmm --> hh:mm:ss,mmm' (with optional coordinates) and
    # its text, which may carry <i>, <b>, <u> and <font> tags; only the text is words (hand-labelled below)
    corpus = _corpus(srt=SRT)
    assert _words(corpus, "srt") == ("police in leeds have started using live facial recognition cameras "
                                     "campaigners say it is mass surveillance").split()
    rules = corpus.set_aside.groupby("rule").size().to_dict()
    assert rules == {"subtitle-cue-id": 3, "subtitle-timing": 3, "subtitle-tag": 2}
    assert corpus.set_aside.loc[corpus.set_aside["rule"] == "subtitle-timing", "text"].str.contains("-->").all()


def test_webvtt_header_notes_identifiers_timings_and_voice_tags_are_set_aside():
    # W3C WebVTT: the 'WEBVTT' line and its header lines, NOTE blocks, a cue identifier, timings with cue settings
    # and short hours ('00:04.500'), and the cue text's tags (<v Anna Lee>, </v>, <b>, <v.loud ...>)
    corpus = _corpus(vtt=VTT)
    assert _words(corpus, "vtt") == ("facial recognition is mass surveillance it is a tool for public safety "
                                     "we disagree").split()
    rules = corpus.set_aside.groupby("rule").size().to_dict()
    assert rules == {"webvtt-header": 1, "webvtt-note": 1, "subtitle-cue-id": 1, "subtitle-timing": 3,
                     "subtitle-tag": 6}


def test_webvtt_voice_tags_are_the_speakers_of_their_cues():
    turns = [q for q in find_quote_spans(VTT) if q["kind"] == "speech"]
    said = [(q["speaker"], VTT[q["content_start"]:q["content_end"]]) for q in turns]
    assert said == [("Anna Lee", "Facial recognition is mass surveillance."),
                    ("Tom Grant", "It is a tool for <b>public safety</b>."), ("Anna Lee", "We disagree.")]


def test_timestamps_at_the_head_of_transcript_lines_are_set_aside():
    corpus = _corpus(pod=PODCAST)
    aside = corpus.set_aside
    assert aside.loc[aside["rule"] == "timestamp", "text"].tolist() == ["[00:00:05]", "[00:00:12]", "[00:00:20]",
                                                                          "[00:01:26]"]
    assert not any(w[:1].isdigit() for w in _words(corpus, "pod") if w not in ("1", "2"))


def test_text_without_subtitle_markup_is_untouched():
    text = ("The council met at 10:30 on Monday.\n\nThe vote (5:12) was close, and the chair said the arrow --> "
            "pointed the wrong way.\n\n1\n\nA list item.")
    assert clean_document(text).spans == []


# closed captions of a newscast: capitals, no punctuation to speak of, rows of at most 32 characters (CEA-608), '>>'
# at each change of speaker and '>>>' at a change of story
CAPTIONS = """>> GOOD EVENING. POLICE HERE ARE NOW USING FACIAL
RECOGNITION CAMERAS DOWNTOWN
>> SUPPORTERS SAY IT IS ABOUT PUBLIC
SAFETY BUT CRITICS CALL IT MASS
SURVEILLANCE
>> I DON'T THINK IT'S RIGHT THAT
THEY TRACK EVERYONE WHO WALKS BY
>> THE CHIEF SAYS THE SYSTEM IS
INNOVATIVE AND SEAMLESS
>>> IN OTHER NEWS TONIGHT THE CITY
COUNCIL VOTED ON THE BUDGET"""

LEXICON = {"promotional": ["innovative", "seamless", "public safety"],
           "rights": ["mass surveillance", "facial recognition", "privacy", "civil liberties"]}


def test_caption_turns_are_paragraphs_so_phrases_match_across_caption_rows():
    from discourse.segment import paragraphs
    paras = [CAPTIONS[s:e] for s, e in paragraphs(CAPTIONS)]
    # one paragraph per '>>' turn: the line breaks inside a turn are the caption rows, not the text's
    assert len(paras) == 5 and [p[:3] for p in paras] == [">> ", ">> ", ">> ", ">> ", ">>>"]
    corpus = _corpus(cap=CAPTIONS)
    hits = dc.find_frame_terms(dc.tokenize(corpus), dc.load_lexicon(LEXICON), corpus=corpus)
    # counted by hand: FACIAL RECOGNITION, PUBLIC SAFETY, MASS SURVEILLANCE (each across a row), INNOVATIVE, SEAMLESS
    assert sorted(hits["matched"].str.replace("\n", " ")) == ["FACIAL RECOGNITION", "INNOVATIVE", "MASS SURVEILLANCE",
                                                              "PUBLIC SAFETY", "SEAMLESS"]


def test_caption_turn_markers_are_no_block_quotations():
    # '>>' marks a new speaker, whom captions do not name; it is not Markdown's (or e-mail's) quotation of a
    # parent text, so the turns stay the broadcast's words (they were all 'quoted', with no speaker)
    assert [q for q in find_quote_spans(CAPTIONS) if q["cue"] == ">"] == []
    corpus = _corpus(cap=CAPTIONS)
    assert corpus.set_aside["rule"].tolist() == ["caption-turn-marker"] * 5
    tok = dc.tokenize(corpus)
    assert ">" not in set(tok["token"])
    # a reply that quotes with '>' is still a block quotation
    reply = "> Facial recognition is mass surveillance.\n>> It is not.\n\nI disagree with both of you."
    assert [q["cue"] for q in find_quote_spans(reply)] == [">"]


# a network transcript (the form of CNN's and other networks' transcripts: a speaker's first label gives the name and
# the role, 'ANDERSON COOPER, CNN ANCHOR:', later ones the surname, 'COOPER:'; '(voice-over)' after the name;
# 'UNIDENTIFIED MALE:'; directions in capitals between parentheses or brackets)
CNN = """ANDERSON COOPER, CNN ANCHOR: Good evening. Tonight, police in Detroit are using facial recognition to find suspects, and critics call it mass surveillance.

(BEGIN VIDEOTAPE)

DREW GRIFFIN, CNN SENIOR INVESTIGATIVE CORRESPONDENT (voice-over): The cameras went up on Woodward Avenue in 2016. The city sells them as public safety.

UNIDENTIFIED MALE: I don't want them watching me every time I buy groceries.

JAMES CRAIG, DETROIT POLICE CHIEF: It is an innovative tool. It keeps people safe.

(END VIDEOTAPE)

COOPER: Drew, what do civil liberties groups say?

GRIFFIN: They say it is a threat to privacy, Anderson. [LAUGHTER]

(CROSSTALK)

COOPER (voice-over): We will be right back."""

# a radio transcript in NPR's form: 'HOST' and 'BYLINE' (the reporter) are the network's people, '(SOUNDBITE OF ...)'
NPR = """STEVE INSKEEP, HOST: Police in several cities now use facial recognition.

MARTIN KASTE, BYLINE: In Portland, the city council banned it outright.

(SOUNDBITE OF ARCHIVED RECORDING)

JO ANN HARDESTY: This is about civil liberties and nothing else.

KASTE: Supporters of the cameras argue they bring public safety.

INSKEEP: NPR's Martin Kaste."""


def _turns(text):
    return [(q["speaker"], text[q["start"]:q["end"]]) for q in find_quote_spans(text)
            if q["kind"] == "speech" and q["open_mark"] == ""]


def test_network_transcript_guests_speak_and_the_anchor_and_correspondent_are_the_outlets_voice():
    # hand labels: the anchor's and the correspondent's turns are the network's own words (its voice, as a
    # reporter's copy is the paper's: Hallin 1992, "Sound-bite news"; Clayman & Heritage 2002, The News Interview),
    # the guest's and the unidentified speaker's are sound bites, quoted
    assert _turns(CNN) == [(None, "I don't want them watching me every time I buy groceries."),
                           ("James Craig", "It is an innovative tool. It keeps people safe.")]
    assert {q["speaker_reason"] for q in find_quote_spans(CNN) if q["open_mark"] == ""} == {"transcript turn"}
    assert _turns(NPR) == [("Jo Ann Hardesty", "This is about civil liberties and nothing else.")]


def test_network_transcript_directions_are_set_aside_and_the_frame_hits_have_their_voices():
    corpus = _corpus(cnn=CNN, npr=NPR)
    aside = corpus.set_aside
    assert aside.loc[aside["rule"] == "stage-direction", "text"].tolist() == [
        "(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "[LAUGHTER]", "(CROSSTALK)", "(SOUNDBITE OF ARCHIVED RECORDING)"]
    tok = dc.tokenize(corpus)
    assert not {"videotape", "crosstalk", "laughter", "soundbite"} & set(tok["norm"])
    hits = dc.find_frame_terms(tok, dc.load_lexicon(LEXICON), corpus=corpus)
    got = sorted(zip(hits["doc_id"], hits["matched"], hits["voice"], hits["speaker"].fillna(""), strict=True))
    # hand labels: Cooper's 'facial recognition', 'mass surveillance' and 'civil liberties' and Griffin's 'public
    # safety' are CNN's; 'innovative' is the police chief's; 'privacy' is what 'they' say (reported); on NPR Inskeep's
    # 'facial recognition' and Kaste's 'public safety' (the supporters', reported) are NPR's, Hardesty's 'civil
    # liberties' hers
    assert got == [("cnn", "civil liberties", "author", ""), ("cnn", "facial recognition", "author", ""),
                   ("cnn", "innovative", "quoted", "James Craig"), ("cnn", "mass surveillance", "author", ""),
                   ("cnn", "privacy", "reported", ""), ("cnn", "public safety", "author", ""),
                   ("npr", "civil liberties", "quoted", "Jo Ann Hardesty"), ("npr", "facial recognition", "author", ""),
                   ("npr", "public safety", "reported", "Supporters")]


PODCAST_NAMED = """[00:00:05] Maya Patel: Welcome back to Signal Check. Today, facial recognition in policing.

[00:00:12] Tom Reyes: Thanks for having me. I think it is mass surveillance, plain and simple.

[00:00:20] Maya Patel: And what does the city say?

[00:00:26] Tom Reyes: The city says it is about public safety. They always say that."""


def test_a_time_code_before_a_speaker_label_does_not_hide_the_turn():
    # the same exchange with and without the transcription service's time codes gives the same turns: the host asks
    # (the show's voice), the guest answers (hand labels)
    plain = PODCAST_NAMED.replace("[00:00:05] ", "").replace("[00:00:12] ", "").replace("[00:00:20] ", "")
    plain = plain.replace("[00:00:26] ", "")
    expected = [("Tom Reyes", "Thanks for having me. I think it is mass surveillance, plain and simple."),
                ("Tom Reyes", "The city says it is about public safety. They always say that.")]
    assert _turns(plain) == expected
    assert _turns(PODCAST_NAMED) == expected


SRT_RUNNING = """1
00:00:01,000 --> 00:00:04,200
Police in Leeds have started using live facial

2
00:00:04,300 --> 00:00:07,000
recognition cameras in the name of public

3
00:00:07,100 --> 00:00:10,500
safety. Campaigners call it mass surveillance.
"""


def test_a_sentence_runs_on_across_subtitle_cues():
    # a cue is what is shown at once, not a paragraph: subtitlers split a sentence over several cues (the BBC
    # Subtitle Guidelines, "Line breaks" and "Breaking between subtitles"), so 'live facial' / 'recognition' and
    # 'public' / 'safety' are phrases (hand count: facial recognition, public safety, mass surveillance)
    corpus = _corpus(srt=SRT_RUNNING)
    tok = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tok, dc.load_lexicon(LEXICON), corpus=corpus)
    assert sorted(hits["matched"].str.split().str.join(" ")) == ["facial recognition", "mass surveillance",
                                                                 "public safety"]
    words = tok[~tok["is_punct"]]
    assert words.groupby("sentence").size().tolist() == [16, 5]  # police ... public safety | campaigners ... surveillance
