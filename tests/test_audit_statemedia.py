"""English-language state media (Xinhua, Global Times, TASS) and Western wire copy on "safe city" exports.

Every text is written for this file in the genres' own conventions (the agency's dateline, surname-first Chinese
names, Russian names with patronymics, "so-called" against the critics' terms, the editor's footer). What the tests
expect (speakers, organisations, what cleaning sets aside, the use of each hit) was labelled by hand, as a reader of
the text would, before the library was run on it.
"""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans

XINHUA = """BEIJING, March 3 (Xinhua) -- China firmly opposes the smearing of its cooperation with developing countries on safe city projects, a Chinese Foreign Ministry spokesperson said Friday.

Wang Wenbin, spokesperson of the Foreign Ministry, told a regular press briefing that the accusations made by certain Western politicians are groundless.

"China's safe city solutions help partner countries improve public safety and efficiency," Wang said.

Chinese President Xi Jinping has stressed that cooperation must bring tangible benefits to the people. "We should build a community with a shared future for mankind," Xi said.

(Xinhua)

Editor: Li Na
"""

REUTERS = """WASHINGTON (Reuters) - Chinese surveillance technology is fueling digital authoritarianism around the world, a U.S. congressional report said on Wednesday.

"These cameras are a tool of repression," said Sophie Richardson, China director at Human Rights Watch.

Reporting by David Shepardson; Additional reporting by Yew Lun Tian in Beijing; Editing by Leslie Adler
"""

TASS = """MOSCOW, October 12. /TASS/. Western criticism of Russia's Safe City system is an attempt to interfere in the country's internal affairs, Russian Foreign Ministry Spokeswoman Maria Vladimirovna Zakharova said on Thursday.

"Our partners value this cooperation," Zakharova told a briefing.
"""

GLOBAL_TIMES = """GT Voice: Western smear of China's safe city exports reveals hypocrisy

Some Western media outlets have again hyped the so-called "digital authoritarianism" of Chinese technology firms. Such claims are nothing but a political smear.

The author is an editor with the Global Times. opinion@globaltimes.com.cn
"""

AP = """BELGRADE, Serbia (AP) — Serbian police have installed thousands of Chinese-made cameras, raising concerns about privacy and mass surveillance, rights activists said Monday.
"""


def corpus(**texts: str) -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())}))


def aside(text: str) -> list[tuple[str, str]]:
    """(rule, text) of every span cleaning sets aside in one text."""
    c = corpus(d=text)
    return [(r.rule, r.text) for r in c.set_aside.itertuples()]


# --- the agency's dateline ------------------------------------------------------------------------------------------

# hand labels: the place, the date where given and the agency in brackets or between slashes, then the dash (or
# TASS's full stop), as the agencies' style books set a dateline (AP Stylebook, 'datelines'; Reuters; Xinhua's
# 'BEIJING, March 3 (Xinhua) --'; TASS's 'MOSCOW, October 12. /TASS/.')
@pytest.mark.parametrize("text, dateline", [
    (XINHUA, "BEIJING, March 3 (Xinhua) --"),
    (REUTERS, "WASHINGTON (Reuters) -"),
    (TASS, "MOSCOW, October 12. /TASS/."),
    (AP, "BELGRADE, Serbia (AP) —"),
    ("MOSCOW (Sputnik)—Russia's Safe City system covers 60 regions, the ministry said.\n", "MOSCOW (Sputnik)—"),
    ("UNITED NATIONS, Oct. 4 (Xinhua) -- The UN chief on Monday called for restraint.\n", "UNITED NATIONS, Oct. 4 (Xinhua) --"),
    ("Safe city row deepens\n\nLONDON, Oct 27 (Reuters) - Britain said on Friday it would review the contracts.\n",
     "LONDON, Oct 27 (Reuters) -"),
])
def test_an_agency_dateline_is_set_aside(text, dateline):
    rules = aside(text)
    assert ("agency-dateline", dateline) in rules, rules


def test_the_dateline_is_no_word_of_the_reported_clause_after_it():
    # the dateline is the agency's, not what the spokesperson said: its words had been the reported voice of
    # 'a Chinese Foreign Ministry spokesperson' (Wang Wenbin), and 'beijing', 'xinhua' words of the text
    tokens = dc.tokenize(corpus(x=XINHUA))
    assert not tokens["norm"].isin(["beijing", "xinhua"]).any(), tokens.head(8)[["token", "voice"]]
    first = tokens.iloc[0]
    assert first["token"] == "China" and first["voice"] == "reported" and first["speaker"] == "Wang Wenbin"


@pytest.mark.parametrize("text", [
    # a capitalised heading or a sentence opening with capitals is no dateline: no agency in brackets
    "NEW YORK - a city of cameras\n\nThe council met on Monday.\n",
    "WARNING (read first) the cameras are on.\n",
    "NATO (North Atlantic Treaty Organization) - the alliance discussed cameras.\n",
    "FAQ (Frequently asked questions) - what the cameras record.\n",
    # a dateline inside the text (a quoted wire story) is left alone: cleaning reads the head of the text
    "The first lines were these.\n\nMore text here.\n\nAs the wire put it, BEIJING (Xinhua) -- China objects.\n",
])
def test_no_dateline_where_there_is_none(text):
    assert not [r for r, _ in aside(text) if r == "agency-dateline"]


# --- the credit lines of the footer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, line", [
    (XINHUA, "Editor: Li Na"),
    (XINHUA.replace("Editor: Li Na", "Editor: huaxia"), "Editor: huaxia"),
    (REUTERS, "Reporting by David Shepardson; Additional reporting by Yew Lun Tian in Beijing; Editing by Leslie Adler"),
    ("The ministry said the cameras work.\n\nThe council agreed.\n\nWriting by Jane Roe; Editing by Tom Hale\n",
     "Writing by Jane Roe; Editing by Tom Hale"),
    (GLOBAL_TIMES, "The author is an editor with the Global Times. opinion@globaltimes.com.cn"),
    ("The ministry said the cameras work.\n\nThe council agreed.\n\nThe author is a senior fellow at the Center for "
     "China and Globalization.\n", "The author is a senior fellow at the Center for China and Globalization."),
])
def test_the_credit_lines_of_wire_and_opinion_copy_are_set_aside(text, line):
    # the agencies' and papers' credit lines name the staff who wrote and edited the story; counted, 'editor',
    # 'editing', 'reporting' and the editors' names were key terms of the outlets in every keyness table
    rules = aside(text)
    assert line in [t for _, t in rules], rules


BODY = "China said on Monday that its safe city projects were welcomed.\n\nThe ministry said the cameras protect people.\n\n"


# hand labels: the last lines of agency copy as the agencies set them: Reuters' credits in brackets, Xinhua's end mark
# 'Enditem' (its '-30-'), the source and editor line of Xinhua's and the Global Times' web pages
@pytest.mark.parametrize("footer, rules", [
    ("(Reporting by Jane Roe; Editing by Tom Hale)", ["wire-credits"]),
    ("Enditem", ["end-mark"]),
    ("Source: Xinhua| Editor: huaxia", ["source-line"]),
    ("Source: Global Times", ["source-line"]),
    ("Editor: Zhang Zhou\n\nSource: Global Times", ["editor-credit", "source-line"]),
])
def test_the_last_lines_of_agency_copy_are_set_aside(footer, rules):
    c = corpus(d=BODY + footer + "\n")
    assert list(c.set_aside["rule"]) == rules
    assert c.set_aside["text"].str.cat(sep="\n\n") == footer


def test_a_source_line_names_the_outlet():
    # 'Source: Xinhua' says where the page took the story from, as 'From The Epoch Times' does (rule from-outlet):
    # the source of a document loaded without a source column
    assert corpus(d=BODY + "Source: Xinhua| Editor: huaxia\n").documents["source"].tolist() == ["Xinhua"]


@pytest.mark.parametrize("text", [
    # a sentence of the story that ends it and opens alike is the author's
    "The council met.\n\nThe author is right that the cameras are everywhere, the mayor said.\n",
    "The council met.\n\nEditor: the word nobody wants to hear is surveillance, and the city hears it daily.\n",
    "The council met.\n\nReporting by the paper found that the contracts were never published.\n",
    "The council met.\n\nSource: a person familiar with the matter, who asked not to be named.\n",
])
def test_story_sentences_that_look_like_credits_stay(text):
    assert [r for r, _ in aside(text) if r in ("editor-credit", "wire-credits", "author-bio", "source-line")] == []


def test_keyness_of_state_media_is_not_its_credit_lines():
    docs = {"x": XINHUA, "g": GLOBAL_TIMES, "r": REUTERS, "a": AP}
    c = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": list(docs), "text": list(docs.values()),
                                               "source": ["state", "state", "western", "western"]}))
    tokens = dc.tokenize(c)
    words = set(tokens["norm"])
    assert not words & {"editor", "editing", "reporting", "na", "shepardson", "adler", "xinhua", "reuters"}, \
        words & {"editor", "editing", "reporting", "na", "shepardson", "adler", "xinhua", "reuters"}


# --- speakers ------------------------------------------------------------------------------------------------------

def speech(text: str) -> list[tuple]:
    return [(q["speaker"], q["speaker_role"], q["speaker_org"]) for q in find_quote_spans(text)
            if q["kind"] == "speech"]


def test_chinese_names_surname_first_join_their_later_surname():
    # Chicago Manual of Style 8.13: in Chinese names the family name comes first ('Wang Wenbin', later 'Wang'),
    # so the short form is the surname, 'Wang', never 'Wenbin'; two Wangs stay two speakers
    text = ("Wang Yi, Chinese State Councilor and Foreign Minister, said on Tuesday that China never interferes in "
            "other countries' affairs. \"Chinese technologies help developing countries,\" Wang said.\n\n"
            "Meanwhile, Wang Wenbin, spokesperson of the Foreign Ministry, said the criticism was groundless. "
            "\"The US is the world's largest surveillance empire,\" Wang Wenbin said.")
    assert [s for s, _, _ in speech(text)] == ["Wang Yi", "Wang Wenbin"]
    assert [s for s, _, _ in speech(XINHUA)] == ["Wang Wenbin", "Xi Jinping"]


@pytest.mark.parametrize("text, speaker, org", [
    # hand labels: a nationality adjective before an office classifies the office ('the Chinese president'), it
    # names no organisation; nor does the portfolio of a minister ('Interior Minister': the minister of the
    # interior). The organisation is left empty, not filled with an adjective
    ('Chinese President Xi Jinping said the plan was "a success."', "Xi Jinping", None),
    ('Russian President Vladimir Putin said the plan was "a success."', "Vladimir Putin", None),
    ('Serbian Interior Minister Aleksandar Vulin said the plan was "a success."', "Aleksandar Vulin", None),
    ('British Prime Minister Rishi Sunak said the plan was "a success."', "Rishi Sunak", None),
    # an organisation's name before the office stays its organisation
    ('Chinese Foreign Ministry spokesperson Mao Ning said the plan was "a success."', "Mao Ning",
     "Chinese Foreign Ministry"),
    ('Huawei Vice President Jane Roe said the plan was "a success."', "Jane Roe", "Huawei"),
    ('NEC Executive Director Tom Hale said the plan was "a success."', "Tom Hale", "NEC"),
])
def test_a_nationality_before_an_office_is_no_organisation(text, speaker, org):
    [(spk, _, got)] = speech(text)
    assert (spk, got) == (speaker, org)


# --- "so-called" and scare quotes in indirect speech -----------------------------------------------------------------

def uses(text: str) -> list[tuple[str, str, str, str]]:
    """(matched, voice, speaker, use) of every pole hit of the bundled lexicon in one text."""
    tokens = dc.tokenize(corpus(d=text))
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    hits = hits[hits["frame"].isin(["promotional", "rights"])]
    return list(zip(hits["matched"], hits["voice"], hits["speaker"], hits["use"], strict=True))


# hand labels: the spokesperson (or the agency reporting him) keeps a distance from the critics' term with
# "so-called" or scare quotes; that is no rights language of his, whether he is quoted or reported (Quirk et al.
# 1985, 15.38 on "so-called"; Predelli 2003 on scare quotes): distanced, as in direct speech and the author's voice
@pytest.mark.parametrize("text, term", [
    ('Wang Wenbin, spokesperson of the Foreign Ministry, told a regular press briefing that the so-called "mass '
     'surveillance" accusations made by certain Western politicians are groundless.', "mass surveillance"),
    ("Foreign Minister Sergey Viktorovich Lavrov told reporters that the so-called repression narrative is a "
     "Western invention.", "repression"),
    ("Wang said the alleged repression in the region is a lie fabricated by certain Western media.", "repression"),
])
def test_a_term_a_reported_speaker_distances_is_distanced(text, term):
    [(matched, voice, _, use)] = [h for h in uses(text) if h[0] == term]
    assert (voice, use) == ("reported", "distanced")


def test_a_reported_speakers_plain_use_stays_reported():
    # the control: without a distancing cue the reported clause's term is what the speaker is said to say
    [(matched, voice, speaker, use)] = uses("Sophie Richardson said the systems enable mass surveillance.")
    assert (matched, voice, speaker, use) == ("mass surveillance", "reported", "Sophie Richardson", "reported")


def test_frame_balance_of_what_reported_speakers_say_leaves_out_what_they_distance():
    # uses=["evaluative", "reported"] counts what reported speakers are said to say: Wang's "so-called 'mass
    # surveillance'" had counted as a rights hit of his, a lean towards rights for a text that rejects the term
    text = ('Wang Wenbin told a regular press briefing that the so-called "mass surveillance" accusations are '
            'groundless. Wang said the safe city projects were seamless and efficient.')
    tokens = dc.tokenize(corpus(d=text))
    with pytest.warns(UserWarning, match="'rights' has no counted hit"):
        bal = dc.frame_balance(tokens, dc.load_lexicon("framing"), uses=["evaluative", "reported"], level="group",
                               n_boot=0)
    row = bal[bal["voice"] == "reported"].iloc[0]
    # by hand: 'safe city', 'seamless', 'efficient' (promotional, each a word of the reported clause); no rights hit
    # he is said to use
    assert (row["n_positive"], row["n_negative"]) == (3, 0)


# hand labels: wire copy writes a ministry in lower case where it is not given its formal name ('China's foreign
# ministry spokesman', as Reuters and AP style it; Chicago Manual of Style 8.62-8.63 on generic names of
# governmental bodies), state media in capitals ('Chinese Foreign Ministry spokesperson'); it is the organisation the
# spokesperson speaks for either way, so speaker_org does not depend on the outlet's capitals
@pytest.mark.parametrize("text, org", [
    ('Chinese foreign ministry spokesperson Mao Ning said the plan was "a success."', "Chinese foreign ministry"),
    ('China\'s foreign ministry spokesman Wang Wenbin said the plan was "a success."', "China's foreign ministry"),
    ('A foreign ministry spokesperson, Mao Ning, said the plan was "a success."', None),
    ('Russian defence ministry spokesman Igor Konashenkov said the plan was "a success."', "Russian defence ministry"),
    ('Chinese embassy spokesperson Liu Pengyu said the plan was "a success."', "Chinese embassy"),
    ('Chinese Foreign Ministry spokesperson Mao Ning said the plan was "a success."', "Chinese Foreign Ministry"),
    # no ministry: no organisation read from lower-case words
    ('On Monday, industry analyst Jane Roe said the plan was "a success."', None),
])
def test_a_ministry_in_lower_case_is_the_spokespersons_organisation(text, org):
    [(_, _, got)] = speech(text)
    assert got == org


@pytest.mark.parametrize("first, second", [("Wang Yi", "Wang Wenbin"), ("Wang Wenbin", "Wang Yi"),
                                           ("Kim Yo-jong", "Kim Jong-un")])
def test_a_shared_chinese_or_korean_surname_goes_to_the_one_named_last(first, second):
    # hand label: 'Wang said' after 'Wang Yi ...' and then 'Wang Wenbin ...' is the Wang named last, as the short
    # name of two Smiths with different given names is (the rule of _canonical_person). In a Chinese or Korean name
    # the family name comes first and the given name last (Chicago Manual of Style 8.13, 8.16): 'Wang Yi' and 'Wang
    # Wenbin' share the first word, and had been taken for one given name, so the short name went to whichever
    # Wang was named fullest and last in the whole text, here the first one
    text = f'{first} met Blinken on Monday. {second} briefed the press later. "We oppose the smear," {first.split()[0]} said.'
    assert [s for s, _, _ in speech(text)] == [second]


@pytest.mark.parametrize("text", [
    '"Safe city projects are a model of cooperation," said He Lifeng, the vice premier.',
    'Vice Premier He Lifeng spoke at the forum on Monday. "Safe city projects are a model," said He Lifeng.',
])
def test_the_family_name_he_after_a_cue_is_no_pronoun(text):
    # hand label: He Lifeng (He is a Chinese family name, written first: Chicago Manual of Style 8.13); a personal
    # pronoun takes no proper noun after it, so 'said He Lifeng' names him (it had given the pronoun 'He', unresolved)
    assert [s for s, _, _ in speech(text)] == ["He Lifeng"]


def test_the_pronoun_he_after_a_cue_stays_a_pronoun():
    text = 'Tom Hale spoke on Monday. "It works," said he. "It is cheap," He said.'
    assert [s for s, _, _ in speech(text)] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize("text, clause", [
    ("Wang Wenbin told a regular press briefing on Monday that China's cooperation is open and transparent.",
     "China's cooperation is open and transparent"),
    ("Wang Wenbin told a regular press briefing that China's cooperation is open and transparent.",
     "China's cooperation is open and transparent"),
    ("Mao Ning told the daily news briefing in Beijing that the accusations were groundless.",
     "the accusations were groundless"),
])
def test_told_a_regular_press_briefing_reports_the_that_clause(text, clause):
    # hand label: 'a regular press briefing' is the hearer of 'told' (the state media's formula for the ministry's
    # briefing), 'on Monday' an adjunct: the reported words are the that-clause (Quirk et al. 1985, 16.61 on 'tell'
    # with an indirect object and a that-clause); the hearer of three words had been read as the clause's first words
    [q] = [q for q in find_quote_spans(text, reported=True) if q["kind"] == "reported"]
    assert (q["speaker"], text[q["content_start"]:q["content_end"]]) == ("Wang Wenbin" if "Wang" in text
                                                                         else "Mao Ning", clause)
