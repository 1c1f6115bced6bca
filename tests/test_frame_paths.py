"""Frame counts on every path are the same table: the vectorised count_frames against the 1.x algorithm
(find_hits and its per-hit stance), and the matcher path of FrameCounts / count_frames_stream against the
token path (tokenize + count_frames), column for column (values, dtypes, order)."""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.counts import FrameCounts
from discourse.framing import STANCES, VOICES, count_frames, group_codes, voices_param, word_counts
from discourse.stance import TokenArrays, check_tokens, find_hits
from discourse.stream import count_frames_stream

from .conftest import UNGD


def reference_count_frames(tokens, lex, *, by="source", voice=True, categories=None, on="norm"):
    """count_frames as it was written before it was vectorised: find_hits gives every hit's 1.x stance
    (legacy_stance, one Python step per hit with its sentence), TokenArrays the word tokens per voice."""
    lex = dc.load_lexicon(lex)
    tokens = check_tokens(tokens, on)
    by_cols = [] if by is None else ([by] if isinstance(by, str) else list(by))
    cats = lex.check_categories(categories)
    voices = voices_param(voice)
    arr = TokenArrays(tokens)
    codes, keys = group_codes(tokens, by_cols)
    m = find_hits(tokens, lex, on=on, categories=cats, arr=arr, uses=False)
    g = codes[m["token_row"].to_numpy(dtype=np.int64)]
    n_g, n_c = len(keys), len(cats)
    ci = np.array([cats.index(c) for c in m["frame"]], dtype=np.int64)
    parts = []
    for v in voices:
        sel = np.ones(len(m), dtype=bool) if v == "all" else (m["voice"].to_numpy() == v)
        counts = {st: np.bincount(g[sel & (m["stance"].to_numpy() == st)] * n_c
                                  + ci[sel & (m["stance"].to_numpy() == st)], minlength=n_g * n_c)
                  for st in STANCES}
        total = counts["endorsed"] + counts["distanced"] + counts["quoted"]
        nt = np.repeat(word_counts(codes, n_g, arr, v), n_c)
        df = keys.loc[np.repeat(np.arange(n_g), n_c)].reset_index(drop=True)
        df["frame"] = np.tile(np.array(cats, dtype=object), n_g)
        df["voice"] = v
        df["n"] = total.astype(np.int64)
        for st in STANCES:
            df[f"n_{st}"] = counts[st].astype(np.int64)
        df["n_tokens"] = nt.astype(np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            df["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        df["_g"], df["_c"], df["_v"] = np.repeat(np.arange(n_g), n_c), np.tile(np.arange(n_c), n_g), VOICES.index(v)
        parts.append(df)
    out = pd.concat(parts, ignore_index=True).sort_values(["_g", "_c", "_v"], kind="stable")
    return out.drop(columns=["_g", "_c", "_v"]).reset_index(drop=True)


CUE_TEXTS = [
    "The so-called smart city is here. So called safe city plans. What Huawei calls a safe city failed.",
    "It was billed as a smart city. The alleged \u2018safe city\u2019 grew. Alleged. Smart city rules.",
    "Critics said: \u201cmass surveillance is the so-called safe city at work.\u201d Mr. Smart city? No.",
    "The purported, the smart city. U.S. officials call it a supposedly safe city.\nSupposedly\nsafe city.",
    # the same hit after the same word, with different words two back (the matcher remembers answers)
    "Plans called safe city work. The so called safe city fails. Her so called safe city. It called safe city "
    "home. Cities billed as safe city grow. Towns seen as safe city shrink. What it calls safe city spreads.",
]


def cue_corpus() -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"c{i}" for i in range(len(CUE_TEXTS))],
                                                  "source": ["x", "x", "y", "y", "z"], "text": CUE_TEXTS}))


# ------------------------------------------------------------------------------------------ in memory
@pytest.mark.parametrize("by", ["source", "doc_id", None])
def test_count_frames_equals_the_per_hit_algorithm_on_the_seeds(seed_tokens, by):
    got = count_frames(seed_tokens, "framing", by=by)
    want = reference_count_frames(seed_tokens, "framing", by=by)
    pd.testing.assert_frame_equal(got, want)
    assert got["n_distanced"].sum() > 0 and got["n_quoted"].sum() > 0 and got["n_endorsed"].sum() > 0


def test_count_frames_equals_the_per_hit_algorithm_with_options(seed_tokens):
    for kw in ({"voice": "quoted", "categories": ["rights", "promotional"]}, {"voice": ["reported", "all"]},
               {"by": ["source", "speaker"]}, {"by": "speaker", "voice": False}, {"on": "stem"}):
        pd.testing.assert_frame_equal(count_frames(seed_tokens, "framing", **kw),
                                      reference_count_frames(seed_tokens, "framing", **kw))


def test_count_frames_stances_near_cues_and_sentence_starts():
    tokens = dc.tokenize(cue_corpus())
    got = count_frames(tokens, "framing", by="doc_id")
    pd.testing.assert_frame_equal(got, reference_count_frames(tokens, "framing", by="doc_id"))
    # the cue rule's window stops at the sentence start: "Alleged. Smart city rules." is endorsed
    assert got["n_distanced"].sum() >= 5 and got["n_endorsed"].sum() >= 2


def test_count_frames_on_a_shuffled_table_without_voice_columns(seed_tokens):
    bare = seed_tokens.drop(columns=["voice", "quote_kind", "is_punct", "quote_id", "speaker"])
    bare = bare.sample(frac=1.0, random_state=3)
    pd.testing.assert_frame_equal(count_frames(bare, "framing"), reference_count_frames(bare, "framing"))


def test_count_frames_missing_group_values_form_the_last_group(seed_tokens):
    t = seed_tokens.copy()
    t.loc[t["doc_id"] == t["doc_id"].iloc[0], "source"] = None
    got = count_frames(t, "framing", by="source")
    pd.testing.assert_frame_equal(got, reference_count_frames(t, "framing", by="source"))
    assert got["source"].isna().iloc[-1]


def test_count_frames_rejects_bad_voice_values(seed_tokens):
    t = seed_tokens.copy()
    t["voice"] = t["voice"].astype(object)
    t.loc[t.index[3], "voice"] = "narrator"
    with pytest.raises(ValueError, match="'narrator'"):
        count_frames(t, "framing")


# ------------------------------------------------------------------------------------------ the matcher path
def both_paths(corpus, lexicon="framing", **kw) -> tuple[pd.DataFrame, pd.DataFrame]:
    """count_frames_stream on the matcher path and on the token path."""
    fast = count_frames_stream(corpus, lexicon, progress=False, fast=True, **kw)
    tokens = count_frames_stream(corpus, lexicon, progress=False, fast=False, **kw)
    return fast, tokens


@pytest.mark.parametrize("kw", [{}, {"by": "doc_id"}, {"by": None}, {"voice": False, "quotes": False},
                                {"voice": ["quoted", "reported"], "categories": ["rights", "promotional"]},
                                {"chunksize": 2}])
def test_matcher_path_equals_token_path_on_the_seeds(seeds, kw):
    fast, tokens = both_paths(seeds, **kw)
    pd.testing.assert_frame_equal(fast, tokens)
    assert fast["n"].sum() > 20


def test_matcher_path_equals_count_frames_of_the_token_table(seeds, seed_tokens):
    got = count_frames_stream(seeds, "framing", by="source", progress=False)
    want = count_frames(seed_tokens, "framing", by="source")
    pd.testing.assert_frame_equal(got, want, check_like=False)
    assert (got["n_quoted"] > 0).any() and (got["n_distanced"] > 0).any()


def test_matcher_path_stances_near_cues_sentence_starts_and_quotes():
    fast, tokens = both_paths(cue_corpus(), by="doc_id")
    pd.testing.assert_frame_equal(fast, tokens)
    assert fast["n_distanced"].sum() >= 5 and fast["n_quoted"].sum() >= 1
    # "so called" and "billed as" distance the hit, "Plans called", "seen as" and "It called" do not
    last = fast[(fast["doc_id"] == "c4") & (fast["voice"] == "all")]
    assert last["n_distanced"].sum() == 4 and last["n_endorsed"].sum() == 3


@pytest.mark.parametrize("random_state", [11, 12])
def test_matcher_path_equals_token_path_on_random_texts(random_state):
    # texts made of what the stance, word count and sentence rules turn on: cues before hits, sentence ends
    # and abbreviations between them, quotation marks of every kind, clitics, hyphens, digits, marks alone,
    # other scripts, underscores; a few lines set aside
    rng = random.Random(random_state)
    pieces = ["safe", "city", "smart", "cities", "mass", "surveillance", "human", "rights", "privacy", "so-called",
              "so", "called", "alleged", "supposedly", "the", "a", "what", "calls", "billed", "as", "dubbed",
              "whatever", ".", ",", "!", "?", "Mr.", "U.S.", "e.g.", "\u201c", "\u201d", '"', "'", "\u2018",
              "\u2019", "said", "he", "says:", "\n", "\n\n", "1,000", "-", "\u2014", "...", "(", ")", "x-y", "it's",
              "city\u2019s", "_", "caf\u00e9", "\u00bfQu\u00e9?", "'safe city'", "\u201cmass surveillance\u201d",
              "A.", "(privacy)", "rights'", "[smart]", "\u00a0", "privacy.Next", "a(b", "\u2019tis",
              "according", "to", "Smith", "that", "officials", "told", "reporters"]
    texts, aside = [], []
    for i in range(150):
        words = [rng.choice(pieces) for _ in range(rng.randint(3, 90))]
        text = "".join(w + rng.choice([" ", " ", " ", "", "\n"]) for w in words).strip() or "x"
        texts.append(text)
        lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
        if len(lines) > 2 and rng.random() < 0.2:
            aside.append((i, *lines[rng.randrange(1, len(lines) - 1)]))
    docs = pd.DataFrame({"doc_id": [f"r{i}" for i in range(len(texts))],
                         "source": [f"s{i % 7}" for i in range(len(texts))], "text": texts})
    sa = pd.DataFrame([{"doc_id": f"r{i}", "kind": "caption", "rule": "test", "start": s, "end": e,
                        "text": texts[i][s:e]} for i, s, e in aside])
    corpus = dc.Corpus(docs, set_aside=sa)
    for kw in ({"by": "doc_id"}, {"by": "source", "voice": ["author", "quoted", "all"]},
               {"by": None, "voice": ["reported", "all"]}):
        fast, tokens = both_paths(corpus, **kw)
        pd.testing.assert_frame_equal(fast, tokens)
    assert fast["n_distanced"].sum() > 20 and fast["n_quoted"].sum() > 5


REPORTED_TEXTS = [
    "Smith said the so-called safe city would end mass surveillance. The mayor says that privacy matters.",
    "According to the ministry, the smart city protects human rights. Privacy is at risk, Jones said.",
    # (round 16: 'the' before the term, not 'a': two quoted words after an indefinite article in a reported clause are
    # the speaker's partial quotation now, speech; a definite determiner keeps them a term)
    "Lee said the plan was the \u2018safe city\u2019 for all. Kim said the plan was \u201cmass surveillance\u201d and more.",
    "The minister told reporters that the alleged smart city works.\nPrivacy, she said, is \u201cour human rights\u201d.",
    "We said privacy matters. I say the smart city is safe. Officials announced the safe city.",
]


def test_matcher_path_reported_voice_as_the_token_path():
    # reported clauses ("X said ...", "according to X", "..., X said"): their hits and words are the reported
    # voice on both paths; their 1.x stance is the author's (a cue or a mention quotation inside the clause
    # distances, as legacy_stance decides), a speech quotation inside one stays quoted
    docs = pd.DataFrame({"doc_id": [f"p{i}" for i in range(len(REPORTED_TEXTS))],
                         "source": ["x", "x", "y", "y", "z"], "text": REPORTED_TEXTS})
    corpus = dc.Corpus.from_dataframe(docs)
    for kw in ({"by": "doc_id"}, {"by": "source", "voice": ["reported"]}):
        fast, tokens = both_paths(corpus, **kw)
        pd.testing.assert_frame_equal(fast, tokens)
    fast, _ = both_paths(corpus, by="doc_id")
    rep = fast[fast["voice"] == "reported"].set_index(["doc_id", "frame"])
    # p0: "the so-called safe city" (distanced by its cue) and "mass surveillance" in Smith's clause, whose
    # 8 words (the so-called safe city would end mass surveillance, hand-counted) are the reported ones
    assert rep.loc[("p0", "promotional"), "n_distanced"] == 1 and rep.loc[("p0", "rights"), "n_endorsed"] == 1
    assert rep.loc[("p0", "rights"), "n_tokens"] == 8
    # p2: a mention quotation inside a reported clause stays reported and is distanced (scare quotes)
    assert rep.loc[("p2", "promotional"), "n_distanced"] == 1 and rep.loc[("p2", "rights"), "n_distanced"] == 1
    # p3: "our human rights" is a speech quotation: quoted, not reported
    q = fast[(fast["doc_id"] == "p3") & (fast["frame"] == "rights")].set_index("voice")
    assert q.loc["quoted", "n_quoted"] == 1 and q.loc["reported", "n"] == 0
    # p4: first person and "announced" report nothing
    assert rep.loc["p4", "n"].sum() == 0 and rep.loc["p4", "n_tokens"].iloc[0] == 0


def test_matcher_path_empty_groups_as_the_token_path():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["x", "y", "y"],
                         "text": ["Privacy matters.", "-- !", "Mass surveillance."]})
    corpus = dc.Corpus.from_dataframe(docs)
    fast, tokens = both_paths(corpus)  # y has words in c
    pd.testing.assert_frame_equal(fast, tokens)
    lone = dc.Corpus.from_dataframe(docs.iloc[:2])
    for fast_opt in (True, False):
        with pytest.raises(ValueError, match="no word tokens: source='y'"):
            count_frames_stream(lone, "framing", progress=False, fast=fast_opt)


def test_matcher_path_option_is_checked(seeds):
    with pytest.raises(ValueError, match="fast=True"):
        FrameCounts("framing", by="speaker", fast=True)
    with pytest.raises(ValueError, match="fast=True"):
        FrameCounts("framing", on="stem", fast=True)
    with pytest.raises(TypeError, match="fast must be"):
        FrameCounts("framing", fast="yes")
    assert not FrameCounts("framing", by=["source", "speaker"]).fast and FrameCounts("framing").fast
    with pytest.raises(ValueError, match="'voice' is not a grouping column"):  # refused before any text is read
        FrameCounts("framing", by=["source", "voice"])


@pytest.mark.skipif(not UNGD.exists(), reason="UN General Debate corpus not present")
def test_matcher_path_equals_token_path_on_un_speeches():
    # a deterministic sample: every 60th of the first 3,000 speeches (50 speeches, about 0.9 MB)
    rows = []
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 0, 3000, 60):
            d = json.loads(line)
            rows.append({"doc_id": d["doc_id"], "source": d["country_iso3"], "year": d["year"], "text": d["text"]})
    corpus = dc.Corpus.from_dataframe(pd.DataFrame(rows))
    fast, tokens = both_paths(corpus, by="source")
    pd.testing.assert_frame_equal(fast, tokens)
    assert fast["n"].sum() > 500 and fast["n_distanced"].sum() > 0 and fast["n_quoted"].sum() > 0
    fast, tokens = both_paths(corpus, by=["year", "doc_id"], voice=False, categories="rights")
    pd.testing.assert_frame_equal(fast, tokens)
