"""Quotation spans, speech vs mention, speakers and cue verbs (discourse.quotes).

The expected values on the seeds were read off the seed texts by hand (seeds/*.txt); each test names the
case it covers. Synthetic texts cover what the seeds do not: odd quote counts, unclosed quotations,
apostrophes that must not open a quotation, quotations over several paragraphs.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import time
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.bench_speakers import DEVELOPMENT, HELDOUT, evaluate, load_labels, load_texts, part
from benchmarks.sample_speakers_g import G_READ, H_READ
from discourse.quotes import (
    QUOTE_COLUMNS,
    according_to_source,
    find_quote_spans,
    find_quotes,
    find_unmatched_marks,
    first_person_subject,
)

SEEDS = Path(__file__).parents[1] / "seeds"
UNGD = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
KEYS = {"quote_id", "start", "end", "content_start", "content_end", "open_mark", "close_mark", "kind", "speaker",
        "cue", "parent_id", "n_paragraphs", "anomaly", "speaker_as_written", "speaker_role", "speaker_org", "channel",
        "speaker_reason", "interpolations"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_quotes() -> dict[str, tuple[str, list[dict]]]:
    return {p: (seed(p), find_quote_spans(seed(p))) for p in ("000", "001", "002", "003", "004")}


def spans(text: str, quotes: list[dict]) -> list[str]:
    return [text[q["start"]:q["end"]] for q in quotes]


def one(doc: tuple[str, list[dict]], span_start: str, nth: int = 0) -> dict:
    """The nth quotation whose outer span (marks included) starts with span_start."""
    text, quotes = doc
    hits = [q for q in quotes if text[q["start"]:q["end"]].startswith(span_start)]
    assert len(hits) > nth, f"no quotation starting {span_start!r}; found {spans(text, quotes)}"
    return hits[nth]


def check(doc, span: str, kind: str, speaker=None, cue=None, nth: int = 0, last: str | None = None,
          canonical: str | None = None) -> dict:
    """Assert the exact outer span text, kind, speaker as written and cue of a quotation (and, when
    given, its canonical ``speaker``).

    For a long quotation, ``span`` is how it starts and ``last`` how it ends: the expected span is the text
    from the start to the first ``last`` after it, marks included.
    """
    text, _ = doc
    q = one(doc, span, nth)
    if last is not None:
        i = q["start"]
        assert text.startswith(span, i)
        span = text[i:text.index(last, i) + len(last)]
    assert text[q["start"]:q["end"]] == span
    assert text[q["content_start"]:q["content_end"]] == span[len(q["open_mark"]):len(span) - len(q["close_mark"])]
    assert (q["kind"], q["speaker_as_written"], q["cue"]) == (kind, speaker, cue)
    if canonical is not None:
        assert q["speaker"] == canonical
    return q


def well_formed(text: str, quotes: list[dict]) -> None:
    """0 <= start < content_start <= content_end <= end <= len; ids in order; nesting consistent."""
    n = len(text)
    assert [q["quote_id"] for q in quotes] == list(range(len(quotes)))
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    for q in quotes:
        assert set(q) == KEYS
        assert 0 <= q["start"] < q["content_start"] <= q["content_end"] <= q["end"] <= n, q
        assert text[q["start"]:q["content_start"]] == q["open_mark"]
        assert text[q["content_end"]:q["end"]] == q["close_mark"]
        assert q["kind"] in ("speech", "mention")
        assert q["n_paragraphs"] >= 1
        assert (q["close_mark"] == "") == (q["anomaly"] is not None and q["anomaly"].startswith("unclosed"))
        if q["kind"] == "mention":
            assert q["speaker"] is None and q["speaker_reason"] is None
        else:  # a pronoun never survives as a speaker; a missing speaker says why
            assert q["speaker"] is None or q["speaker"].lower() not in PRONOUNS, q
            assert (q["speaker"] is None) == (q["speaker_reason"] in ("no attribution found",)
                                              or q["speaker_reason"].startswith("unresolved")), q
        p = q["parent_id"]
        if p is not None:
            parent = quotes[p]
            assert p < q["quote_id"]
            assert parent["content_start"] <= q["start"] and q["end"] <= parent["content_end"], (parent, q)
    # quotations that share no parent never overlap
    for a, b in itertools.pairwise(sorted(quotes, key=lambda q: q["start"])):
        if b["parent_id"] != a["quote_id"] and b["start"] < a["end"]:
            # b starts inside a: then a must be an ancestor of b
            anc = b["parent_id"]
            while anc is not None and anc != a["quote_id"]:
                anc = quotes[anc]["parent_id"]
            assert anc == a["quote_id"], (a, b)


# ------------------------------------------------------------------------------------------ seeds, per case
def test_curly_double_quotes_speech(seed_quotes):
    check(seed_quotes["004"], "“China’s surveillance state assigns a score to every individual based on their "
          "social behaviour, which can impact their credit rating and even their ability to buy train tickets,”",
          "speech", "Rebecca Fannin", "notes")


def test_straight_double_quotes(seed_quotes):
    doc = seed_quotes["003"]
    check(doc, '"Safe City"', "mention")
    check(doc, '"Smart Policing"', "mention")
    check(doc, '"Huawei is not only providing advanced equipment but also offering ongoing technological '
          'support to set up, operate, and manage these systems,"', "speech", "the report", "says")


def test_curly_single_quotes_are_mentions(seed_quotes):
    doc = seed_quotes["002"]
    check(doc, "‘smart city,’", "mention")
    check(doc, "‘social scoring’", "mention")
    check(doc, "‘nervous system,’", "mention")
    check(doc, "‘somewhere’", "mention")
    check(doc, "‘big data’", "mention")
    check(doc, "‘smart cities’", "mention")
    check(doc, "‘modernize,’", "mention")


def test_straight_single_quotes_are_mentions(seed_quotes):
    doc = seed_quotes["002"]
    check(doc, "'smart'", "mention", nth=0)
    check(doc, "'smart'", "mention", nth=1)
    check(doc, "'re-education'", "mention")
    check(doc, "'smart city'", "mention")


def test_single_quote_closing_after_punctuation(seed_quotes):
    check(seed_quotes["002"], "‘smart city;’", "mention")


def test_apostrophes_do_not_open_or_close_quotes(seed_quotes):
    # citizens’ (plural possessive), Huawei‘s (wrong-direction mark as apostrophe), Duisburg's, China’s,
    # guards’, aren’t, it’s, tech’s: none of these marks starts or ends a quotation
    text, quotes = seed_quotes["002"]
    edges = {q["start"] for q in quotes} | {q["end"] - 1 for q in quotes}
    for word in ("citizens’", "Huawei‘s", "Duisburg's", "China’s", "guards’", "aren’t", "tech’s", "Huawei's"):
        pos = text.find(word)
        assert pos >= 0, word
        mark = pos + max(word.find(c) for c in "'‘’")
        assert mark not in edges, word
    # the scare quote before citizens’ closes at scoring’, not at citizens’
    q = one(seed_quotes["002"], "‘social scoring’")
    assert text[q["end"]:q["end"] + 30].startswith(" system that ranks citizens’")


def test_opened_with_curly_closed_with_straight_or_same_mark(seed_quotes):
    # opened with " and closed with ” (002), opened with “ and closed with another “ (000)
    q = check(seed_quotes["002"], '"Huawei is focused on working with city governments to make modern cities '
              'smarter and easier to live in,”', "speech", "Vincent Pang", "said")
    assert (q["open_mark"], q["close_mark"], q["anomaly"]) == ('"', "”", None)
    q = check(seed_quotes["000"], "“rotating CEOs“", "mention")
    assert (q["open_mark"], q["close_mark"]) == ("“", "“")
    check(seed_quotes["000"], "“smart city“", "mention")
    # and “ closed by a straight " (synthetic: the seeds have none)
    text = 'The firm sells “safe city" kits.'
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]] == '“safe city"' and q["kind"] == "mention"


def test_nested_quotes_without_alternation(seed_quotes):
    doc = seed_quotes["002"]
    text, quotes = doc
    outer = check(doc, "“This Smart City nervous system comprises a “brain”", "speech", "Yan Lida", None,
                  last="nervous system that powers Smart Cities.”")
    assert (outer["kind"], outer["speaker"], outer["parent_id"]) == ("speech", "Yan Lida", None)
    inner = [q for q in quotes if q["parent_id"] == outer["quote_id"]]
    assert spans(text, inner) == ["“brain”", "“peripheral nerves”", "“brain”"]
    assert all(q["kind"] == "mention" and q["anomaly"] is None for q in inner)


def test_speech_paragraph_after_attributed_paragraph_inherits_speaker(seed_quotes):
    doc = seed_quotes["002"]
    # continuation paragraphs: no cue of their own, speaker of the previous paragraph's speech
    check(doc, "“We are delighted to be Duisburg's preferred partner", "speech", "Vincent Pang", None,
          last="to create the city's nervous system.”")
    check(doc, "“It is now absolutely vital that the international community", "speech", "William Nee", None,
          last="as a matter of strategic importance.”")
    check(doc, "“The point is that the government could have its eyes on you", "speech", "Zhen", None,
          last="would easily put you on its radar.”")
    check(doc, "“This Smart City nervous system comprises", "speech", "Yan Lida", None,
          last="a strong nervous system that powers Smart Cities.”")


def test_speech_paragraph_after_introducing_colon(seed_quotes):
    # "According to Huawei’s text:" + blank line + a quoted paragraph
    q = check(seed_quotes["000"], "“Public safety is more than current safe city.", "speech", "Huawei’s text",
              "According to", last="health security, infrastructure safe and personal safety.”")
    assert q["n_paragraphs"] == 1


@pytest.mark.parametrize(("prefix", "span", "last", "speaker", "cue"), [
    # ,” NP said.
    ("002", "“Both partners agreed to make Duisburg", "technologies (ICT),”", "a press release on the matter", "said"),
    # ,” said NAME, apposition
    ("002", '"Huawei is focused on working', "easier to live in,”", "Vincent Pang", "said"),
    # ,” possessive NP said
    ("002", "“Together with the Public Security Bureau", "safer, smarter society,”", "Huawei’s press release", "said"),
    # ,” said NAME of ORG
    ("002", "“The surveillance technologies being developed", "promoted globally,”", "William Nee", "said"),
    # ,” said NAME in an interview
    ("002", "“It’s not that the government actually", "at all times,”", "Zhen", "said"),
    # NAME then added, “
    ("002", "“another example is how there is nothing", "on these websites.”", "Zhen", "added"),
    # ,” NAME, title, said
    ("002", "“A Smart City is like a living organism", "by a nervous system,”", "Yan Lida", "said"),
    # ,” NAME added
    ("002", "“The underlying infrastructure of the IOC", "visibility of the city,”", "Lida", "added"),
    # ," the report says
    ("003", '"Huawei is not only providing', 'manage these systems,"', "the report", "says"),
    # ,” notes NAME, author of ...
    ("004", "“China’s surveillance state", "buy train tickets,”", "Rebecca Fannin", "notes"),
    # This, it said, “ (no earlier named speaker: the pronoun stays)
    ("000", "“provides a strong computing engine", "protect citizens.”", "it", "said"),
])
def test_speakers_and_cues(seed_quotes, prefix, span, last, speaker, cue):
    check(seed_quotes[prefix], span, "speech", speaker, cue, last=last)


@pytest.mark.parametrize(("prefix", "span", "cue"), [
    ("002", "“Rhine Cloud,”", None),
    ("002", "“intelligent security industry”", None),
    ("001", "“video cloud storage project.”", None),
    ("001", "“Safety City”", None),
    ("001", "“backbone”", None),
    ("001", "“VCM Operation Guide,”", "Titled"),
    ("000", "“Grow with the cloud”", "motto"),
    ("000", "“The Road to Collaborative Public Safety”", "entitled"),
    ("000", "“PredPol”", "terms"),
    # what it called the “intelligent cloud”: a two-word term of the company's, a mention with its naming cue
    # (was cue None before the what-X-called rule)
    ("000", "“intelligent cloud”", "called"),
    ("000", "“safe city”", None),
])
def test_mentions(seed_quotes, prefix, span, cue):
    check(seed_quotes[prefix], span, "mention", None, cue)


def test_every_double_mark_of_the_seeds_is_matched(seed_quotes):
    # the seeds are balanced: every double mark opens or closes exactly one quotation, nothing is unclosed
    for prefix, (text, quotes) in seed_quotes.items():
        n_double = sum(text.count(c) for c in '"“”')
        used = sum(1 for q in quotes if q["open_mark"] in '"“”') + sum(
            1 for q in quotes if q["close_mark"] and q["close_mark"] in '"“”')
        assert used == n_double, prefix
        assert all(q["anomaly"] is None for q in quotes), prefix
        assert find_unmatched_marks(text) == [], prefix


def test_seeds_well_formed(seed_quotes):
    for text, quotes in seed_quotes.values():
        well_formed(text, quotes)


# ------------------------------------------------------------------------------------------ synthetic cases
def test_empty_and_odd_input_never_raises():
    assert find_quote_spans("") == []
    assert find_quote_spans("   \n\n  ") == []
    assert find_quote_spans(None) == []        # type: ignore[arg-type]
    assert find_quote_spans(float("nan")) == []  # type: ignore[arg-type]
    for text in ['"', "“", "”", "'", "‘’", '""', "“”", '"""', "“‘", "’”", "a'b'c", "''", "``x''"]:
        well_formed(text, find_quote_spans(text))
    # paragraphs that are out of range, overlapping, empty or malformed are tolerated
    text = "He said “hello there, friend.”"
    qs = find_quote_spans(text, paragraphs=[(-5, 10), (5, 200), (3, 3), ("x", None), (8, 2)])
    well_formed(text, qs)


def test_odd_quote_count_reports_anomaly():
    text = 'He said "the talks failed and left. Later she spoke.\n\nAnother paragraph "with a term" here.'
    qs = find_quote_spans(text)
    well_formed(text, qs)
    first = qs[0]
    assert first["close_mark"] == "" and first["end"] == text.index("\n")
    opened = text.index('"')
    assert first["anomaly"] == f"unclosed: opened at {opened}, closed at paragraph end"
    assert spans(text, qs[1:]) == ['"with a term"'] and qs[1]["anomaly"] is None


def test_unclosed_at_end_of_text():
    text = "The minister said, “This will never end"
    (q,) = find_quote_spans(text)
    assert (q["start"], q["end"], q["close_mark"]) == (text.index("“"), len(text), "")
    assert q["anomaly"] == f"unclosed: opened at {text.index('“')}, closed at paragraph end"
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", "The minister", "said")


def test_unclosed_inner_quote_closes_with_its_enclosing_quote():
    # a double quotation left open inside a single one (same-family marks would simply nest)
    text = "‘He called it “the plan and walked out,’ said Ann Lee."
    qs = find_quote_spans(text)
    well_formed(text, qs)
    outer, inner = qs
    assert outer["close_mark"] == "’" and outer["speaker"] == "Ann Lee"
    assert inner["parent_id"] == 0 and inner["close_mark"] == "" and inner["end"] == text.index("’")
    assert inner["anomaly"] == (f"unclosed: opened at {text.index('“the')}, closed where the enclosing "
                                f"quotation closes at {text.index('’')}")


def test_stray_closing_mark_is_listed_not_a_quote():
    text = 'The screen is 5" wide and the case is 2" deep.'
    assert find_quote_spans(text) == []
    assert [m["position"] for m in find_unmatched_marks(text)] == [text.index('5"') + 1, text.index('2"') + 1]


@pytest.mark.parametrize("text", [
    "They played rock 'n' roll all night.",
    "They played rock ’n’ roll all night.",
    "Music of the ’90s and the '80s was loud.",
    "We met at the Joneses’ house and the Joneses' garden.",
    "The citizens’ rights, the US’ list and the firms’ access.",
    "Don't say we didn't, it’s O'Brien's and Huawei‘s turn.",
    "He was rockin’ and rollin’ all night.",
])
def test_apostrophes_never_open_quotes(text):
    assert find_quote_spans(text) == []


def test_possessive_inside_single_quotes():
    text = "She called it ‘the Joneses’ house’ and left; the kids’ toys stayed."
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]] == "‘the Joneses’ house’"
    text = "The ‘smart cities’ and the citizens’ rights."
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]] == "‘smart cities’"


def test_quote_across_paragraphs_news_convention():
    for sep in ("\n\n", "\n"):
        text = (f"The mayor spoke at length.{sep}“We will build the platform this year and it will serve "
                f"everyone.{sep}“It will be safe and open to all,” said Mayor Anna Berg.{sep}Critics disagreed.")
        (q,) = find_quote_spans(text)
        assert text[q["start"]:q["end"]].startswith("“We will build") and text[q["end"] - 2:q["end"]] == ",”"
        assert (q["n_paragraphs"], q["anomaly"]) == (2, None)
        assert (q["kind"], q["speaker_as_written"], q["cue"]) == ("speech", "Mayor Anna Berg", "said")
        assert (q["speaker"], q["speaker_role"]) == ("Anna Berg", "Mayor")


def test_reopening_inside_hard_wrapped_block():
    text = ("The minister read the statement:\n\n“We are here today to\nsay that we will act now.\n"
            "“And we will not wait for\nothers to act first,” he said.\n")
    (q,) = find_quote_spans(text)
    assert text[q["end"] - 2:q["end"]] == ",”" and q["anomaly"] is None


def test_hard_wrapped_lines_are_joined():
    # PDF/OCR text: one line per 'paragraph', wrapped mid-sentence (as in the UN General Debate corpus)
    text = ("Now the United Nations has a better chance than ever to use\n"
            "its full potential and show leadership for the future. \"We the\n"
            "peoples of the United Nations, united for a better world\"\n"
            "has been chosen as the theme for the celebration of our\n"
            "fiftieth anniversary. Let us all together join in making it\n"
            "a reality for all of the peoples that we serve here today.\n")
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]] == '"We the\npeoples of the United Nations, united for a better world"'
    # the text is hard-wrapped (most of its line breaks fall inside sentences), so its lines are joined into
    # paragraphs until a sentence ends (segment.paragraphs, stop 61): the quotation lies in one paragraph
    assert (q["n_paragraphs"], q["anomaly"]) == (1, None)
    assert find_unmatched_marks(text) == []


def test_block_quotation_over_short_lines():
    text = ("This is a fulfilment of the promise in the following verse:\n"
            "\"O ye who believe!\nIf ye will aid the cause,\nWe will aid you.\n"
            "And plant your feet firmly.\" (XLVII:7)\nThank you.\n")
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]].endswith('firmly."') and q["anomaly"] is None and q["n_paragraphs"] == 4


def test_pronoun_resolved_to_most_recent_named_speaker():
    text = ("“We will build it all,” said John Smith of Acme.\n\nThe plan is large.\n\n"
            "“It will take ten years,” he added.\n\n“Nobody knows,” she said.")
    qs = find_quote_spans(text)
    # 'she' is not compatible with John (a man's given name): unresolved, not John Smith (it was before the
    # gender check)
    assert [(q["speaker"], q["cue"]) for q in qs] == [("John Smith", "said"), ("John Smith", "added"),
                                                      (None, "said")]
    assert [q["speaker_reason"] for q in qs] == ["named", "pronoun resolved", "unresolved pronoun 'she'"]
    assert [q["speaker_as_written"] for q in qs] == ["John Smith", "he", "she"]
    # without an earlier named speaker the pronoun does not survive as a speaker (it did before)
    (q,) = find_quote_spans("“It will take ten years,” he added.")
    assert (q["speaker"], q["speaker_as_written"], q["speaker_reason"]) == (None, "he", "unresolved pronoun 'he'")


def test_short_sentence_is_speech_short_term_or_title_is_mention():
    assert [q["kind"] for q in find_quote_spans("The crowd shouted “We will fight.” and left.")] == ["speech"]
    assert [q["kind"] for q in find_quote_spans("The crowd wanted “Smart Policing” now.")] == ["mention"]
    text = "It was part of its “Strike Hard Campaign against Violent Terrorism.” Later, more came."
    assert [(q["kind"], q["cue"]) for q in find_quote_spans(text)] == [("mention", None)]
    text = "The summit was themed “Empowering the City with Intelligence” this year."
    assert [(q["kind"], q["cue"]) for q in find_quote_spans(text)] == [("mention", "themed")]


def test_same_speaker_goes_on_in_the_next_sentence():
    text = "‘We will win this fight,’ said Smith. ‘Trust me.’ The crowd cheered."
    a, b = find_quote_spans(text)
    assert (a["speaker"], b["kind"], b["speaker"], b["cue"]) == ("Smith", "speech", "Smith", None)


def test_continuation_needs_an_attributed_previous_paragraph():
    text = "The weather was fine.\n“We are delighted with the result of the vote today.”"
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"]) == ("speech", None)


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ('"Yes," U.S. officials said.', "U.S. officials", "said"),
    ("“It works,” experts say.", "experts", "say"),
    ("Critics said, “This is bad news for everyone.”", "Critics", "said"),
    ("“It is over,” according to the ministry.", "the ministry", "according to"),
    ("“It is over,” said Mr. J. R. Smith of Acme.", "J. R. Smith", "said"),  # canonical: no courtesy title
    ("“It is over,” the company’s spokesman told reporters.", "the company’s spokesman", "told"),
    ("As Jane Doe has argued: “Markets are not neutral at all.”", "Jane Doe", "argued"),
    ("Li Xu, SenseTime co-founder and CEO, said, “We have built an ecosystem.”", "Li Xu", "said"),
])
def test_attribution_patterns(text, speaker, cue):
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", speaker, cue)


def test_cue_earlier_in_the_sentence():
    text = "Jane Doe said the plan was “a disaster for the poorest people in town” and left."
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", "Jane Doe", "said")
    # one word as the predicate of the reported clause is her word too (round 9 of issue 12: before it, every
    # one-word quotation was a mention, and this sentence asserted so); a term in the same clause that is no
    # predicate stays a mention
    text = "Jane Doe said the plan was “smart” and left."
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"]) == ("speech", "Jane Doe")
    text = "Jane Doe said the “smart” plan was costly and left."
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"]) == ("mention", None)


def test_dash_signature_participle_cue_and_footnote_after_closing_mark():
    text = "Intro line.\n‘The authorities are using sophisticated tools to automate control’ - Agnès Callamard\n"
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", "Agnès Callamard", "-")
    text = "The court ruled in line with national law, arguing 'there is no legal basis for it'."
    (q,) = find_quote_spans(text)
    # the participle shares the subject of its clause (issue 12; it had no speaker before)
    assert (q["kind"], q["speaker"], q["cue"]) == ("speech", "The court", "arguing")
    text = "Names are removed “from criminal watch lists.”1 Singapore soon followed suit."
    (q,) = find_quote_spans(text)
    assert text[q["start"]:q["end"]] == "“from criminal watch lists.”" and q["anomaly"] is None


def test_noun_uses_of_cue_words_are_not_attributions():
    text = "It was described in his annual report “In larger freedom: towards development for all”."
    (q,) = find_quote_spans(text)
    assert q["speaker"] is None
    assert q["kind"] == "mention" and q["cue"] == "report"
    text = "The so-called “smart city” said nothing about privacy."
    (q,) = find_quote_spans(text)
    assert (q["kind"], q["cue"]) == ("mention", "so-called")


def test_two_character_marks():
    text = "the recently adopted ‘‘Global Digital Compact’’ is a step, as is ``this'' one."
    qs = find_quote_spans(text)
    assert spans(text, qs) == ["‘‘Global Digital Compact’’", "``this''"]
    well_formed(text, qs)


# ------------------------------------------------------------------------------------------ corpus level
def test_find_quotes_columns_and_ids(seeds, seed_tokens):
    df = find_quotes(seeds)
    assert list(df.columns) == QUOTE_COLUMNS
    assert set(df["kind"]) == {"speech", "mention"}
    assert str(df["parent_id"].dtype) == "Int64"
    texts = dict(zip(seeds.documents["doc_id"], seeds.documents["text"], strict=True))
    for row in df.itertuples():
        assert row.text == texts[row.doc_id][row.content_start:row.content_end]
    # the token table's quote ids point at these rows (tokenize also asks for the reported clauses)
    quoted = seed_tokens.dropna(subset=["quote_id"])
    full = find_quotes(seeds, reported=True)
    assert full[full["kind"] != "reported"].reset_index(drop=True).equals(df)
    keys = set(zip(full["doc_id"], full["quote_id"], strict=True))
    assert set(zip(quoted["doc_id"], quoted["quote_id"].astype(int), strict=True)) <= keys
    assert (df["source"].notna()).all()


def test_find_quotes_accepts_dataframe_and_rejects_other_types():
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": ["He said “no way, not now.”", ""]})
    out = find_quotes(df)
    assert list(out.columns) == QUOTE_COLUMNS and len(out) == 1 and out["source"].isna().all()
    empty = find_quotes(pd.DataFrame({"doc_id": [], "text": []}))
    assert list(empty.columns) == QUOTE_COLUMNS and len(empty) == 0
    with pytest.raises(TypeError, match="find_quotes needs a Corpus"):
        find_quotes(["a text"])
    with pytest.raises(ValueError, match="missing column"):
        find_quotes(pd.DataFrame({"doc_id": ["a"], "body": ["x"]}))


def test_deterministic(seed_quotes):
    for text, quotes in seed_quotes.values():
        assert find_quote_spans(text) == quotes


# ------------------------------------------------------------------------------------------ robustness, size
@pytest.mark.skipif(not UNGD.exists(), reason="UN General Debate corpus not present")
def test_well_formed_on_300_ungd_speeches():
    # the same 300 speeches as random.Random(0).sample(texts, 300) over every speech (sample draws positions from
    # the length alone), with only those 300 lines parsed (parsing all 10,952 took 1 s)
    with gzip.open(UNGD, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    for i in random.Random(0).sample(range(len(lines)), 300):
        text = json.loads(lines[i])["text"]
        well_formed(text, find_quote_spans(text))


def test_random_marks_never_raise_and_stay_well_formed():
    # random strings of marks, letters, cues and breaks, with the default and with arbitrary paragraphs
    rnd = random.Random(0)
    alphabet = ['"', "'", "“", "”", "‘", "’", "``", "''", "„", "«", "»", "‹", "›", " ", " ", "a", "s", "n", "9",
                "\n", "\n\n", "\r\n", ".", ",", ":", "—", "(", " he said", "Smith", "according to", "called"]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 100)))
        well_formed(text, find_quote_spans(text))
        paras = [(rnd.randint(-5, len(text) + 5), rnd.randint(-5, len(text) + 5)) for _ in range(rnd.randint(0, 4))]
        well_formed(text, find_quote_spans(text, paragraphs=paras))
        assert all(m["mark"] in text for m in find_unmatched_marks(text))
    assert len(find_quote_spans("“hi there,” he said.", paragraphs=5)) == 1  # not spans: default paragraphs


def test_large_text_completes():
    # 5 MB of seed text in one document, plus a paragraph of 20,000 unclosed marks; linear-time rules
    # (measured, not asserted; the 50 MB timing is in the benchmark notes)
    base = "\n\n".join(seed(p) for p in ("000", "001", "002", "003", "004"))
    text = (base + "\n\n") * (5_000_000 // len(base)) + "“a " * 20_000
    t0 = time.perf_counter()
    qs = find_quote_spans(text)
    elapsed = time.perf_counter() - t0
    assert len(qs) > 20_000
    assert qs[-1]["anomaly"] is not None
    print(f"5 MB: {len(qs)} quotations in {elapsed:.1f} s")


# ------------------------------------------------------------------------------------------ speakers (issue 12)
def only_speech(text: str, **kw) -> dict:
    (q,) = [q for q in find_quote_spans(text, **kw) if q["kind"] == "speech"]
    return q


def fields(q: dict, *names: str) -> tuple:
    return tuple(q[n] for n in names)


SPK = ("speaker", "speaker_role", "speaker_org", "channel")


@pytest.mark.parametrize(("text", "expected"), [
    # Title Name said: the title is a role, not part of the name
    ("“Ticket prices will rise next year,” said Chairman John Smith.", ("John Smith", "Chairman", None, None)),
    ("Chairman John Smith said: “Ticket prices will rise next year.”", ("John Smith", "Chairman", None, None)),
    # Name, title of Org, said
    ("“We are ready for the launch,” Yan Lida, president of Acme Western Europe, said.",
     ("Yan Lida", "president of Acme Western Europe", "Acme Western Europe", None)),
    # said Name, who ...
    ("“The strike is over,” said Jane Roe, who leads the union.", ("Jane Roe", None, None, None)),
    # Org's press release / statement / website said: the organisation speaks through a document
    ("“Sales doubled in the third quarter,” Acme’s press release said.", ("Acme", None, "Acme", "press release")),
    ("“Sales doubled in the third quarter,” the Acme website says.", ("Acme", None, "Acme", "website")),
    # according to Org's report
    ("“Crime fell by half in two years,” according to Acme’s report.", ("Acme", None, "Acme", "report")),
    # Name told Outlet
    ("“This raises concerns about the cameras,” Charles Rollet of IPVM told The China Project.",
     ("Charles Rollet", None, "IPVM", None)),
    # in a statement, Org said
    ("In a statement, Acme Corporation said: “We regret the error and will fix it.”",
     ("Acme Corporation", None, "Acme Corporation", "statement")),
])
def test_speaker_patterns_of_news_writing(text, expected):
    q = only_speech(text)
    assert fields(q, *SPK) == expected
    assert q["speaker_reason"] in ("named", "document of a named speaker", "document of the organisation named before")


def test_issued_the_following_statement_before_a_quoted_block():
    text = ("The city council issued the following statement:\n\n"
            "“The cameras will stay in place until the review is complete.”\n\nThe review starts in May.")
    q = only_speech(text)
    assert fields(q, "speaker", "speaker_as_written", "channel", "cue") == (
        "The city council", "The city council", "statement", "issued")


def test_partial_quotation_inside_indirect_speech_is_the_speakers():
    # three words in quotation marks after 'Name said the system was': Name's speech, not a mention
    text = "Maria Lopez, director of Privacy Now, said the system was “intrusive by design” and must go."
    q = only_speech(text)
    assert fields(q, "speaker", "speaker_role", "speaker_org", "cue") == (
        "Maria Lopez", "director of Privacy Now", "Privacy Now", "said")
    # a one-word scare quote in the same position stays a mention (test_cue_earlier_in_the_sentence)


def test_quotation_continued_in_the_next_paragraph_keeps_its_canonical_speaker():
    text = ("“We will open ten new stores this year,” said Jane Roe, chief executive of Acme.\n\n"
            "“And we will hire two hundred people in the city.”")
    a, b = find_quote_spans(text)
    assert fields(b, *SPK) == fields(a, *SPK) == ("Jane Roe", "chief executive of Acme", "Acme", None)
    assert b["speaker_reason"] == "continues the previous quotation" and b["cue"] is None


def test_pronoun_resolved_to_a_name_introduced_outside_quotations():
    text = ("Industry analyst Jane Roe expects prices to fall by spring.\n\n"
            "“Prices will fall because supply is catching up,” she said.")
    q = only_speech(text)
    assert fields(q, "speaker", "speaker_as_written", "speaker_role", "speaker_reason") == (
        "Jane Roe", "she", "analyst", "pronoun resolved")


def test_pronoun_needs_a_compatible_antecedent():
    # Mrs. marks a woman: 'he' skips her and finds the man named before her
    text = ("Mr. Tom Hale spoke first and Mrs. Ann Berg spoke after him.\n\n"
            "“The budget is too small for the city,” he said.\n\n“I agree with every word of that,” she said.")
    a, b = find_quote_spans(text)
    assert (a["speaker"], b["speaker"]) == ("Tom Hale", "Ann Berg")
    # no person at all: None, with the reason
    q = only_speech("The weather was fine.\n\n“We are delighted with the vote today,” they said.")
    assert (q["speaker"], q["speaker_as_written"], q["speaker_reason"]) == (None, "they", "unresolved pronoun 'they'")


def test_it_resolves_to_the_organisation_named_before():
    text = ("Acme launched a new camera line at its conference in Berlin. Acme said sales were strong. "
            "This, it said, “provides a strong engine for public safety in every city.”")
    q = only_speech(text)
    assert fields(q, "speaker", "speaker_as_written", "speaker_reason") == ("Acme", "it", "pronoun resolved")


def test_short_names_and_descriptions_take_the_fullest_name_of_the_document():
    text = ("“A smart city is like a living organism,” Yan Lida, president of Acme, said.\n\n"
            "“The brain is the operations centre,” Lida added.\n\n"
            "Motorola’s chief technology officer, CTO Paul Steinberg, spoke next.\n\n"
            "“It is completely outpacing what a human can do,” the CTO said.")
    qs = find_quote_spans(text)
    assert [q["speaker"] for q in qs] == ["Yan Lida", "Yan Lida", "Paul Steinberg"]
    assert [q["speaker_as_written"] for q in qs] == ["Yan Lida", "Lida", "the CTO"]
    assert qs[2]["speaker_reason"] == "description resolved to a person named before"


def test_document_without_owner_speaks_for_the_organisation_named_before():
    text = ("In a new report by the Carnegie Endowment for International Peace, Acme is singled out.\n\n"
            "“Acme is not only providing equipment but also support,” the report says.")
    q = only_speech(text)
    assert fields(q, "speaker", "speaker_as_written", "channel") == (
        "Carnegie Endowment for International Peace", "the report", "report")


# ------------------------------------------------------------------------------------------ reported speech
def test_reported_clauses_are_spans_of_kind_reported_only_when_asked():
    text = ("Industry analyst Jane Roe said the plan was a costly mistake. According to the ministry, the "
            "cameras will be installed next year. The cameras reduce crime by half, the mayor said. "
            "Acme claims that its cameras never fail.")
    assert find_quote_spans(text) == []  # default: quotations only, as before
    qs = find_quote_spans(text, reported=True)
    got = [(text[q["start"]:q["end"]], q["kind"], q["speaker"], q["cue"]) for q in qs]
    assert got == [
        ("the plan was a costly mistake", "reported", "Jane Roe", "said"),
        ("the cameras will be installed next year", "reported", "the ministry", "according to"),
        ("The cameras reduce crime by half", "reported", "the mayor", "said"),
        ("its cameras never fail", "reported", "Acme", "claims"),
    ]
    assert [q["quote_id"] for q in qs] == [0, 1, 2, 3]
    assert all(q["open_mark"] == q["close_mark"] == "" and q["parent_id"] is None for q in qs)


def test_final_reporting_clause_with_inversion_reports_the_clause_before():
    # Quirk et al. 1985, 14.29-14.31: a final reporting clause may invert ("..., said Ann Roe."); the verb then
    # reports the clause before it, even when that clause holds a comma-delimited apposition that the forward
    # pattern ("NP, apposition, said ...") would otherwise take for the subject of "said"
    text = ("The platform is part of Safe City, a vendor solution that helps the council to run the port, said "
            "Maria Kell, a director at Acme East Africa. Tom Ray has arrived. The cameras are cheap, said Ann "
            "Roe. The mayor, as usual, said Smith was wrong about the cameras.")
    got = [(text[q["start"]:q["end"]], q["speaker"], q["cue"]) for q in find_quote_spans(text, reported=True)]
    assert got == [
        ("The platform is part of Safe City, a vendor solution that helps the council to run the port",
         "Maria Kell", "said"),
        ("The cameras are cheap", "Ann Roe", "said"),
        ("Smith was wrong about the cameras", "The mayor", "said"),  # a forward cue stays forward
    ]


def test_reported_ids_follow_the_quotation_ids_and_direct_speech_is_not_reported():
    text = ("“We will win the vote,” Smith said. He added that the team was ready for the campaign.\n\n"
            "Smith said, “Nothing will stop us now.”")
    plain = find_quote_spans(text)
    both = find_quote_spans(text, reported=True)
    assert both[:len(plain)] == plain  # quotation ids unchanged by reported=True
    rep = both[len(plain):]
    assert [(text[q["start"]:q["end"]], q["speaker"], q["quote_id"]) for q in rep] == [
        ("the team was ready for the campaign", "Smith", 2)]
    with pytest.raises(TypeError, match="reported must be True or False"):
        find_quote_spans(text, reported="yes")  # type: ignore[arg-type]


def test_token_voices_reported_and_quoted_inside_reported():
    import numpy as np

    from discourse.quotes import token_voices

    text = "Maria Lopez said the system was “intrusive by design” and must go."
    spans_ = find_quote_spans(text, reported=True)
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+", text)]
    starts = np.array([s for s, _ in words])
    ends = np.array([e for _, e in words])
    voice, qid, kind, speaker = token_voices(starts, ends, spans_)
    by_word = {text[s:e]: (v, k, sp) for (s, e), v, k, sp in zip(words, voice, kind, speaker, strict=True)}
    assert by_word["Maria"] == ("author", None, None)
    assert by_word["system"] == ("reported", "reported", "Maria Lopez")
    assert by_word["intrusive"] == ("quoted", "speech", "Maria Lopez")
    assert by_word["go"] == ("reported", "reported", "Maria Lopez")
    # without reported spans, the same tokens are the author's (the token table's default today)
    voice2, _, _, _ = token_voices(starts, ends, find_quote_spans(text))
    assert set(voice2) == {"author", "quoted"}


def test_find_quotes_reported_rows_and_new_columns(seeds):
    df = find_quotes(seeds)
    assert {"speaker_as_written", "speaker_role", "speaker_org", "channel", "speaker_reason"} <= set(df.columns)
    assert set(df["kind"]) == {"speech", "mention"}
    rep = find_quotes(seeds, reported=True)
    assert list(rep.columns) == QUOTE_COLUMNS
    assert (rep["kind"] == "reported").sum() > 0
    assert rep[rep["kind"] != "reported"].reset_index(drop=True).equals(df)


# ------------------------------------------------------------------------------------------ seeds (issue 12)
def test_seed_speakers_issue_cases(seed_quotes):
    speech = [(p, q) for p, (_, qs) in seed_quotes.items() for q in qs if q["kind"] == "speech"]
    # no pronoun speakers anywhere
    assert not [q for _, q in speech if q["speaker"] and q["speaker"].lower() in PRONOUNS]
    # 'what it called “the industry’s first ... solution.”' is Huawei's own description: speech, Huawei
    check(seed_quotes["000"], "“the industry’s first all-cloud, network-wide smart video cloud solution.”",
          "speech", "it", "called", canonical="Huawei")
    check(seed_quotes["000"], "“provides a strong computing engine", "speech", "it", "said", canonical="Huawei",
          last="protect citizens.”")
    # Huawei's own site: 'Another webpage' is the channel, not the speaker
    q = one(seed_quotes["001"], "“active participation")
    assert fields(q, "speaker", "speaker_as_written", "channel") == ("Huawei", "Another webpage", "webpage")
    # 'Lida' and 'Yan Lida' are one speaker, with the role the text gives
    lida = [q for p, q in speech if p == "002" and q["speaker_as_written"] in ("Lida", "Yan Lida")]
    assert len(lida) == 3 and {q["speaker"] for q in lida} == {"Yan Lida"}
    assert {q["speaker_role"] for q in lida} == {"President of Huawei Enterprise Business Group"}
    q = one(seed_quotes["002"], "“Together with the Public Security Bureau")
    assert fields(q, "speaker", "channel") == ("Huawei", "press release")
    q = one(seed_quotes["002"], "“It’s not that the government")
    assert q["speaker"] == "Simon Zhen"  # 'Legal analysts such as Simon Zhen' ... 'said Zhen'


# ------------------------------------------------------------------------------------------ hand labels
LABELS = Path(__file__).parent / "data" / "speaker_labels.jsonl"
SHARED = next((p for p in (Path(__file__).resolve().parents[1].parent / "shared",
                           Path(__file__).resolve().parents[2].parent / "shared") if p.is_dir()), None)
# exact-speaker accuracy over the development parts A-D (0.749 after the third round of rules, with D's
# corrected labels, 0.815 after the fourth; bench_speakers.py; 0.791 over A-E after the fifth; 0.718 over A-E
# and H after the sixth, H being a harder development part of UN speeches; 0.599 over A-E, H and G before
# the seventh, G, the held-out part of rounds 5-6, having become development data; 0.632 after it); the
# held-out parts F and I are
# left to the benchmark's report at the end of a round.
# The floor catches a regression, it is not a target
HELDOUT_FLOOR = 0.60


def test_label_file_is_well_formed_and_holds_no_text():
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    for r in rows:
        # parts F, G, H and I also record the kind of their source ("Brown cf", "UN General Debate", ...),
        # so that their results can be split by kind
        extra = {"kind"} if r["split"] in ("F", "G", "H", "I") else set()
        assert set(r) == {"source", "doc_id", "text_sha256", "start", "end", "speaker", "split"} | extra
        assert len(r["text_sha256"]) == 64 and 0 <= r["start"] < r["end"]
        assert r["split"] in ("heldout", "C", "D", "E", "F", "G", "H", "I")
    # every part is either one rules may be written from or a held-out one, never both
    assert {part(r) for r in rows} == set(DEVELOPMENT) | set(HELDOUT) and not set(DEVELOPMENT) & set(HELDOUT)
    assert len({(r["source"], r["doc_id"], r["start"]) for r in rows}) == len(rows)
    # each part shares no document with the parts labelled before it (A and B, the first 170, then C, D, E,
    # F, G, H and I in turn) and holds at least its minimum of labels
    earlier: set[tuple[str, str]] = set()
    for split, least in (("heldout", 150), ("C", 100), ("D", 120), ("E", 130), ("F", 150), ("G", 150), ("H", 120),
                         ("I", 150)):
        docs = {(r["source"], r["doc_id"]) for r in rows if r["split"] == split}
        assert len([r for r in rows if r["split"] == split]) >= least and not docs & earlier, split
        earlier |= docs
    # part H (development, round 6) reads no document G read, labelled or not (G's draw lists them)
    assert not {r["doc_id"] for r in rows if r["split"] == "H"} & G_READ
    # part I (held out, issue 12) reads no document G or H read, labelled or not (their draws list them)
    assert not {r["doc_id"] for r in rows if r["split"] == "I"} & (G_READ | H_READ)


@pytest.mark.parametrize("argv", [["--misses", "F"], ["--heldout", "G"], ["--misses", "I"]])
def test_bench_speakers_never_lists_the_misses_of_a_heldout_part(argv, capsys):
    # F and I are held out (E was, until round 4 was measured; G until round 6 was measured): no rule may be
    # written from their failures, so the benchmark refuses to list them (argparse stops before any text is
    # read or measured); G is a development part from round 7 on and is no held-out choice any more
    from benchmarks.bench_speakers import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_part_g_is_development_from_round_7():
    # G was held out in rounds 5 and 6 (measured once at each end: 0.235 before round 6, 0.243 after) and is
    # development data from round 7 on, so that its failures can be read; F stays held out, and I (labelled for
    # issue 12 from texts G and H did not read) is the fresh held-out part
    assert "G" in DEVELOPMENT and "G" not in HELDOUT and HELDOUT == ("F", "I")


@pytest.fixture(scope="module")
def labelled_texts():
    """The labels and the texts of their documents (read once: the UN corpus is 200 MB), with the problems
    ``load_texts`` reports (a document missing, or its text not the labelled one)."""
    if SHARED is None:
        pytest.skip("shared validation data not present")
    labels = load_labels(LABELS)
    texts, problems = load_texts(labels, SHARED)
    if len(texts) == 0:
        pytest.skip("the labelled corpora are not present")
    return labels, texts, problems


@pytest.mark.parametrize("split", ["heldout", "C", "D", "E", "F", "G", "H", "I"])
def test_labelled_documents_have_the_hashed_text_and_the_offsets_are_quotation_marks(split, labelled_texts):
    labels, texts, problems = labelled_texts
    rows = [r for r in labels if r["split"] == split]
    if not all((SHARED / src).exists() for src in {r["source"] for r in rows}):
        pytest.skip(f"a corpus of part {split} is not present")
    # every labelled document is there, with the labelled text (load_texts leaves out a document whose
    # sha256 differs, and reports it)
    docs = {(r["source"], r["doc_id"]) for r in rows}
    assert docs <= texts.keys(), [p for p in problems if any(d in p for _, d in docs)]
    for r in rows:  # the labelled offsets are a quotation's marks
        t = texts[(r["source"], r["doc_id"])]
        assert t[r["start"]] in '"“”‘’\'«»' and r["end"] <= len(t)


def test_development_accuracy_stays_above_floor(labelled_texts):
    labels, texts, problems = labelled_texts
    assert problems == []  # every labelled document is there, with the labelled text (sha256)
    dev = [r for r in labels if part(r) in DEVELOPMENT]  # the held-out parts are the benchmark's
    res = evaluate(find_quote_spans, dev, texts)
    assert res["pronoun"] == 0.0
    assert res["exact"] >= HELDOUT_FLOOR


# ------------------------------------------------------------------------------------------ hostile input (issue 15)
def test_text_of_quotation_marks_only_is_linear_in_time_and_output_memory():
    import tracemalloc

    # 1 MB of straight and curly double marks finishes (a generous bound that only catches a hang: before
    # the fix such a text took minutes; per-mark timings for other marks are in bench_quotes.py)
    unit = '"“”'
    text = unit * (1_000_000 // len(unit))
    t0 = time.perf_counter()
    qs = find_quote_spans(text)
    assert time.perf_counter() - t0 < 300
    well_formed(text[:2000], find_quote_spans(text[:2000]))
    # memory grows with the output: twice the marks, about twice the peak, and a bounded cost per quotation
    peaks = []
    for n in (20_000, 40_000):
        tracemalloc.start()
        out = find_quote_spans(unit * (n // len(unit)))
        peaks.append((tracemalloc.get_traced_memory()[1], max(1, len(out))))
        tracemalloc.stop()
    (p1, n1), (p2, n2) = peaks
    assert p2 < 2.6 * p1
    if len(qs):
        assert p2 / n2 < 8_000  # bytes per quotation found


# ------------------------------------------------------------------------------------------ 3.2 (use audit)
@pytest.mark.parametrize("words, first", [
    # written for the rule: modal and catenative verbs between the subject and the reporting verb
    ("i would like to", True), ("we wish to", True), ("we would also like to", True), ("let me", True),
    ("let us", True), ("i must", True), ("the minister would like to", False), ("we want the vendor to", False),
    ("the company", False), ("we", True), ("critics have", False),
    # a body the speaker speaks for, after my/our ("My Government believes that", "my delegation would like to
    # stress that", "the Government of my country considers that"); not others the speaker relates to
    ("my government", True), ("my delegation would like to", True), ("government of my country", True),
    ("our company", True), ("my father", False), ("our critics", False), ("our country's neighbours", False),
])
def test_first_person_subject_passes_over_modal_and_catenative_verbs(words, first):
    assert first_person_subject(words.split()) is first


@pytest.mark.parametrize("complement, source", [
    # written for the rule: a standard or measure of conformity is no source (Quirk et al. 1985, ch. 9)
    ("the area it serves", False), ("international law", False), ("the relevant provisions of", False),
    ("plan", False), ("its own needs", False), ("available capabilities", False), ("its resources", False),
    ("the company", True), ("human rights watch", True),
    ("a report by the ministry", True), ("officials", True), ("", True),
])
def test_according_to_source_tells_sources_from_standards(complement, source):
    assert according_to_source(complement.split()) is source


def test_a_loop_in_the_speaker_readings_keeps_the_quotations_and_says_so(monkeypatch):
    # round 25: a loop among the speaker table's nested readings had made find_quote_spans return no quotations at all
    # for the document (its guard swallowed the RecursionError); now the spans are found again without speakers and a
    # warning says why
    import discourse._speakers as S

    text = '"We will not back down," said Ann Roe. The council said the plan was "a betrayal of the estate".'
    expected = [(q["start"], q["end"], q["kind"]) for q in find_quote_spans(text, speakers=False)]

    def loop(self, written, pos, where):
        return loop(self, written, pos, where)

    monkeypatch.setattr(S._Speakers, "_resolve", loop)
    with pytest.warns(RuntimeWarning, match="did not terminate"):
        got = find_quote_spans(text)
    assert [(q["start"], q["end"], q["kind"]) for q in got] == expected and len(got) == 2
    assert all(q["speaker"] is None for q in got)


@pytest.mark.parametrize("text, reported", [
    # written for the rules: a delegate's "my delegation" and a state's "my Government" are the speaker's own
    # view, as "we" is; a participle clause ("Having said that, ...") has no subject; "according to" a measure
    # of what is available is no source
    ("My Government believes that sustainable solutions are needed for every nation.", False),
    ("My delegation would like to stress that mass surveillance is a form of repression.", False),
    ("The Government of my country considers that the sanctions are unlawful and must end.", False),
    ("Having said that, I would like to address peace and security in our region today.", False),
    ("We made progress according to available capabilities, especially in the industrial sectors.", False),
    ("Her father said that the new cameras were watching every street of the town.", True),
    ("The minister believes that sustainable solutions are needed for every nation.", True),
])
def test_self_reference_of_institutions_and_discourse_markers_are_not_reported_speech(text, reported):
    spans = find_quote_spans(text, reported=True)
    assert any(q["kind"] == "reported" for q in spans) is reported, spans
