"""Framing: counts by voice, balance index and its bootstrap, distancing, audit tables, validation."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.lexicon import Lexicon

VALIDATION = Path(__file__).resolve().parents[1].parent / "shared" / "validation" / "framing_dev.jsonl"


def _tokens(texts: dict[str, str], sources: dict[str, str] | None = None) -> pd.DataFrame:
    ids = list(texts)
    df = pd.DataFrame({"doc_id": ids, "source": [(sources or {}).get(i, "s") for i in ids],
                       "text": [texts[i] for i in ids]})
    return dc.tokenize(dc.Corpus.from_dataframe(df))


@pytest.fixture(scope="module")
def tiny_tokens(tiny_corpus):
    return dc.tokenize(tiny_corpus)


# ------------------------------------------------------------------------------------------ seeds, by hand
def test_count_frames_keeps_the_1x_stances_on_the_seeds(seed_tokens):
    """count_frames still splits its hits by the 1.x stance (endorsed / distanced / quoted), unchanged.

    "safe city"/"safe cities" (000 and 003), read by hand with the 1.x definitions (distanced = inside any
    non-speech quotation marks or after a distancing cue): 000: the author's quoted "the "safe city""
    twice (distanced), "three aims of the safe city", "more than 100 safe city implementations",
    "Huawei's safe city system", "its safe city systems", "not just in safe cities" (5 endorsed), and
    "more than current safe city" inside the quoted Huawei text (quoted). 003: "Safe City" in quotes
    (distanced), "pitching the safe city model", "set up the safe city" (2 endorsed). Total: 7 endorsed,
    3 distanced, 1 quoted. (How each is *used* is recorded in tests/test_stance.py.)
    """
    c = dc.count_frames(seed_tokens, Lexicon.from_dict({"sc": ["safe cit*"]}), by="doc_id", voice="all")
    c = c[c["n"] > 0].set_index("doc_id")
    assert c["n"].to_dict() == {"000": 8, "003": 3}
    assert c[["n_endorsed", "n_distanced", "n_quoted"]].sum().tolist() == [7, 3, 1]


def test_hand_checked_surveillance_by_voice(seed_tokens):
    """Every token "surveillance" in the seeds, counted by reading (the hyphenated "surveillance-industrial"
    and the URL slug of 004 are not the word; 001's first line, a repeated headline, is set aside by
    cleaning, so 001 counts 10 of its 11). Per document: 000: 9, 001: 10, 002: 12, 003: 6, 004: 9 = 46.
    Two are quoted speech: William Nee (Amnesty) in 002, "The surveillance technologies being developed
    ...", and Rebecca Fannin in 004, "China's surveillance state assigns a score ...". Two are reported
    speech: 001 "According to the company's own description, the project combines video surveillance ..."
    and 003's subtitle "... leading suppliers of AI surveillance technology, according to a Carnegie
    report". The rest are the authors' (000's "intelligent video surveillance" in quotes as a product term
    is the author's voice).
    """
    word = Lexicon.from_dict({"word": ["surveillance"]})
    counts = dc.count_frames(seed_tokens, word, by="doc_id")
    n = counts.pivot(index="doc_id", columns="voice", values="n")
    assert n["all"].to_dict() == {"000": 9, "001": 10, "002": 12, "003": 6, "004": 9}
    assert n["quoted"].to_dict() == {"000": 0, "001": 0, "002": 1, "003": 0, "004": 1}
    assert n["reported"].to_dict() == {"000": 0, "001": 1, "002": 0, "003": 1, "004": 0}
    assert n["author"].sum() == 42
    # the framing lexicon splits the same 46 tokens between bare "surveillance" and technology compounds
    # (video surveillance ...) and rights compounds, each counted once. Rights, read off the texts: 000
    # "mass surveillance", "government surveillance"; 001 "Mass Surveillance" (headline), "mass
    # surveillance"; 002 "surveillance state" x5 and "invasive surveillance" (which wins over the
    # equally long "surveillance technology" that starts one token later); 004 Fannin's "surveillance
    # state" = 11. 000's "intrusive surveillance laws" is "intrusive" (rights) + "surveillance".
    lex = dc.load_lexicon("framing")
    m = lex.find_matches(seed_tokens)
    has_word = [("surveillance" in e.split(" ")) for e in m["entry"]]
    assert sum(has_word) == 46
    assert (m.loc[has_word, "frame"].value_counts().to_dict()
            == {"technology": 34, "rights": 11, "promotional": 1})


# ------------------------------------------------------------------------------------------ count_frames
def test_count_frames_known_answer(tiny_tokens):
    # tiny corpus (conftest): Vendor a1 has 5 promotional terms in the author's voice (smart city, public
    # safety, seamless, intelligent video, nervous system) and a2 3 in Jane Lee's quote (Safe city,
    # solutions, empower). Word tokens: a1 18 (author), a2 6 author + 5 quoted.
    c = dc.count_frames(tiny_tokens, by="source", categories=["promotional", "rights"])
    row = c.set_index(["source", "frame", "voice"])
    assert row.loc[("Vendor", "promotional", "author"), ["n", "n_tokens"]].tolist() == [5, 24]
    assert row.loc[("Vendor", "promotional", "quoted"), ["n", "n_quoted", "n_tokens"]].tolist() == [3, 3, 5]
    assert row.loc[("Vendor", "promotional", "all"), "rate"] == pytest.approx(1000 * 8 / 29)
    assert row.loc[("Vendor", "rights", "all"), "n"] == 0
    # Watchdog: "so-called 'smart city'" is a distanced promotional use; 5 rights hits by the author
    # (mass surveillance, privacy, human rights, repression, Privacy) and one quoted (panopticon)
    assert row.loc[("Watchdog", "promotional", "author"), ["n", "n_distanced", "n_endorsed"]].tolist() == [1, 1, 0]
    assert row.loc[("Watchdog", "rights", "author"), "n"] == 5
    assert row.loc[("Watchdog", "rights", "quoted"), "n"] == 1
    assert (c["n"] == c["n_endorsed"] + c["n_distanced"] + c["n_quoted"]).all()


def test_count_frames_columns_do_not_depend_on_options(tiny_tokens):
    a = dc.count_frames(tiny_tokens, by="source")
    b = dc.count_frames(tiny_tokens, by="source", voice=False, categories="rights")
    assert list(a.columns) == list(b.columns) == [
        "source", "frame", "voice", "n", "n_endorsed", "n_distanced", "n_quoted", "n_tokens", "rate"]
    assert set(b["voice"]) == {"all"}
    # every group x frame x voice, zeros included
    assert len(a) == 2 * len(dc.load_lexicon("framing").categories) * 4  # author, quoted, reported, all


def test_count_frames_by_speaker_shows_who_voices_which_frame(tiny_tokens):
    c = dc.count_frames(tiny_tokens, by=["source", "speaker"], voice="quoted", categories=["promotional", "rights"])
    hits = c[c["n"] > 0].set_index(["speaker", "frame"])["n"].to_dict()
    assert hits == {("Jane Lee", "promotional"): 3, ("Omar Diaz", "rights"): 1}


@pytest.mark.parametrize("func", [dc.count_frames, dc.frame_balance, dc.frame_contributions, dc.frame_sensitivity])
def test_by_voice_is_refused_with_the_voice_parameter_named(tiny_tokens, func):
    # every frame table has its own 'voice' column: grouping by the token column of that name gave two
    # columns of one name (frame_balance failed inside pandas, count_frames mixed the two)
    with pytest.raises(ValueError, match=r"voice=\['author', 'quoted', 'reported'\]"):
        func(tiny_tokens, by=["source", "voice"])


def test_unordered_tokens_give_the_same_counts(tiny_tokens):
    shuffled = tiny_tokens.sample(frac=1.0, random_state=1)
    pd.testing.assert_frame_equal(dc.count_frames(shuffled), dc.count_frames(tiny_tokens))


# ------------------------------------------------------------------------------------------ balance
def test_frame_balance_known_answer(tiny_tokens):
    fb = dc.frame_balance(tiny_tokens, by="source", n_boot=200)
    g = fb[(fb["level"] == "group") & (fb["voice"] == "all")].set_index("source")
    # Vendor: 8 promotional hits, of which "Safe city" (a name entry) and "solutions" (the head of that
    # name) in Jane Lee's quote are referential: 6 evaluative, 0 rights -> log(6.5 / 0.5); Watchdog: the
    # distanced "smart city" is left out, 0 promotional, 6 rights -> log(0.5 / 6.5)
    assert g.loc["Vendor", "balance"] == pytest.approx(math.log(6.5 / 0.5))
    assert g.loc["Watchdog", "balance"] == pytest.approx(math.log(0.5 / 6.5))
    assert g.loc["Watchdog", ["n_positive", "n_negative"]].tolist() == [0, 6]
    assert (g["unit"] == "document").all() and (g["n_units"] == 2).all()
    inc = dc.frame_balance(tiny_tokens, by="source", level="group", voice="all", uses="all", n_boot=0)
    assert inc.set_index("source").loc["Watchdog", "balance"] == pytest.approx(math.log(1.5 / 6.5))
    assert inc.set_index("source").loc["Vendor", "balance"] == pytest.approx(math.log(8.5 / 0.5))
    assert inc["ci_low"].isna().all()  # n_boot=0: no interval
    # the 1.x options still work, with a FutureWarning, and give the same table
    with pytest.warns(FutureWarning, match=r"voice=False\) is deprecated"), \
            pytest.warns(FutureWarning, match=r"distanced='include'\) is deprecated.*use uses='all'"):
        old = dc.frame_balance(tiny_tokens, by="source", level="group", voice=False, distanced="include", n_boot=0)
    pd.testing.assert_frame_equal(old, inc)
    with pytest.raises(TypeError, match="both distanced= .deprecated. and uses="):
        dc.frame_balance(tiny_tokens, distanced="include", uses="all")


def test_bootstrap_interval_known_answer():
    # two documents in one group: one promotional hit, one rights hit. Resampling 2 documents gives
    # (2, 0) with p=1/4, (1, 1) with p=1/2, (0, 2) with p=1/4, i.e. balance log(2.5/.5), 0, log(.5/2.5);
    # the 2.5 % and 97.5 % quantiles are the two extremes.
    toks = _tokens({"d1": "A smart city.", "d2": "Mass surveillance."})
    fb = dc.frame_balance(toks, by="source", level="group", voice="all", n_boot=2000)
    row = fb.iloc[0]
    assert row["balance"] == pytest.approx(0.0)
    assert row["ci_low"] == pytest.approx(-math.log(5)) and row["ci_high"] == pytest.approx(math.log(5))


def test_single_document_group_falls_back_to_paragraphs(seed_tokens):
    fb = dc.frame_balance(seed_tokens, by="source", n_boot=300)
    groups = fb[fb["level"] == "group"]
    assert (groups["unit"] == "paragraph").all()  # every seed source has one document
    docs = fb[fb["level"] == "document"]
    # a one-document group and its document resample the same paragraphs with the same seed
    merged = groups.merge(docs, on=["source", "voice"], suffixes=("_g", "_d"))
    for c in ("balance", "ci_low", "ci_high", "n_units"):
        np.testing.assert_array_equal(merged[f"{c}_g"], merged[f"{c}_d"])
    est = groups.dropna(subset=["balance"])
    assert len(est) and ((est["ci_low"] <= est["balance"]) & (est["balance"] <= est["ci_high"])).all()


def test_no_pole_hit_gives_no_balance(seed_tokens):
    # 0 hits against 0 is no evidence of a lean: missing, never 0 with the interval [0, 0]
    fb = dc.frame_balance(seed_tokens, by="source", n_boot=100)
    empty = (fb["n_positive"] == 0) & (fb["n_negative"] == 0)
    assert empty.any()
    assert fb.loc[empty, ["balance", "ci_low", "ci_high"]].isna().all().all()
    assert fb.loc[~empty & (fb["n_tokens"] > 0), "balance"].notna().all()


def test_frame_balance_is_deterministic_and_seeded(seed_tokens):
    a = dc.frame_balance(seed_tokens, n_boot=300, random_state=0)
    b = dc.frame_balance(seed_tokens, n_boot=300, random_state=0)
    assert a.to_csv(index=False) == b.to_csv(index=False)
    c = dc.frame_balance(seed_tokens, n_boot=300, random_state=1)
    assert not np.allclose(a["ci_low"].to_numpy(dtype=float), c["ci_low"].to_numpy(dtype=float), equal_nan=True)
    assert list(a.columns) == [
        "level", "source", "doc_id", "voice", "positive_pole", "negative_pole", "n_positive", "n_negative",
        "n_tokens", "balance", "ci_low", "ci_high", "unit", "n_units", "n_boot", "ci", "interval", "smoothing",
        "uses"]


def test_balance_voice_rows_add_up(seed_tokens):
    fb = dc.frame_balance(seed_tokens, level="group", n_boot=0).set_index(["source", "voice"])
    # a text that quotes no one has no balance in the quoted voice (not a balanced one)
    q = dc.frame_balance(_tokens({"d": "A smart city."}), level="group", n_boot=0).set_index("voice")
    assert q.loc["quoted", "n_tokens"] == 0 and np.isnan(q.loc["quoted", "balance"])
    assert q.loc["author", "balance"] == pytest.approx(math.log(1.5 / 0.5))
    for src in fb.index.get_level_values(0).unique():
        for col in ("n_positive", "n_tokens"):
            assert fb.loc[(src, "all"), col] == sum(fb.loc[(src, v), col] for v in ("author", "quoted", "reported"))


# ------------------------------------------------------------------------------------------ distancing
@pytest.mark.parametrize("text, rule, cue", [
    ("They built a so-called smart city.", "distancing_cue", "so-called"),
    ("They built a so called smart city.", "distancing_cue", "so called"),
    ("They built what it called a smart city.", "distancing_cue", "what ... called"),
    ("A district dubbed the smart city.", "distancing_cue", "dubbed"),
    ("The scheme, branded as a smart city, failed.", "distancing_cue", "branded as"),
    ("They built a \u2018smart city\u2019 anyway.", "scare_quotes", None),
])
def test_distancing_cues(text, rule, cue):
    terms = dc.find_frame_terms(_tokens({"d": text}), categories="promotional")
    assert terms["entry"].tolist() == ["smart cit*"]
    assert terms["use"].tolist() == ["distanced"] and terms["use_rule"].tolist() == [rule]
    assert terms["cue"].tolist() == [cue] if cue else terms["cue"].isna().all()


def test_no_distancing_without_a_cue_or_across_sentences():
    terms = dc.find_frame_terms(_tokens({"d": "This is so-called. Smart cities went ahead."}),
                                categories="promotional")
    # "plans" is not a referent noun of the market/programme kind, so this is the author's own use
    assert terms["use"].tolist() == ["evaluative"] and terms["cue"].isna().all()


def test_contested_sentences(tiny_tokens, tiny_corpus):
    cs = dc.find_contested_sentences(tiny_tokens, corpus=tiny_corpus)
    assert len(cs) == 1
    row = cs.iloc[0]
    assert (row["doc_id"], row["source"], row["paragraph"]) == ("b1", "Watchdog", 1)
    assert row["text"] == "The so-called \u2018smart city\u2019 enables repression."
    assert (row["positive_terms"], row["negative_terms"], row["uses"]) == ("smart city", "repression", "distanced,evaluative")
    # counting only evaluative uses, the distanced "smart city" no longer meets "repression"
    assert dc.find_contested_sentences(tiny_tokens, uses="evaluative").empty
    with pytest.warns(FutureWarning, match="distanced='exclude'"):
        assert dc.find_contested_sentences(tiny_tokens, distanced="exclude").empty


# ------------------------------------------------------------------------------------------ audit
def test_find_frame_terms_uses_the_same_offsets_as_the_counts(seed_tokens, seeds):
    terms = dc.find_frame_terms(seed_tokens, corpus=seeds, window=6)
    texts = dict(zip(seeds.documents["doc_id"], seeds.documents["text"], strict=True))
    for row in terms.itertuples():
        assert " ".join(texts[row.doc_id][row.start:row.end].split()) == " ".join(row.matched.split())
    counts = dc.count_frames(seed_tokens, by="source", voice=False)
    per = terms.groupby(["source", "frame"]).size()
    got = counts.set_index(["source", "frame"])["n"]
    assert (got[got > 0] == per.reindex(got[got > 0].index)).all() and per.sum() == got.sum()
    assert {"left", "right", "speaker", "use", "use_rule", "cue", "voice", "quote_kind"} <= set(terms.columns)
    # the context reads the text: "... implications for" precedes the first "privacy" of 000
    first = terms[(terms["doc_id"] == "000") & (terms["entry"] == "privacy")].iloc[0]
    assert first["left"].endswith("with important implications for")


def test_frame_contributions(seed_tokens):
    fc = dc.frame_contributions(seed_tokens, by="source")
    share = fc.groupby(["source", "frame"])["share"].sum()
    np.testing.assert_allclose(share.to_numpy(), 1.0)
    top = fc[(fc["source"] == "Al Bawaba") & (fc["frame"] == "promotional") & (fc["rank"] == 1)].iloc[0]
    # 002 uses "smart city/cities" more than any other promotional entry (grep: 17 of its promotional hits)
    assert top["entry"] == "smart cit*"
    assert (fc["n"] == fc["n_evaluative"] + fc["n_referential"] + fc["n_distanced"] + fc["n_reported"]).all()
    # 002's "smart city" hits by use (tests/test_stance.py records each): 6 evaluative (a heading and the
    # Huawei statements), 1 referential ("smart city deployments"), 14 distanced (scare quotes), 1 reported
    # ("according to")
    sc = fc[(fc["source"] == "Al Bawaba") & (fc["entry"] == "smart cit*")].iloc[0]
    assert sc[["n_evaluative", "n_referential", "n_distanced", "n_reported"]].tolist() == [6, 1, 14, 1]


def test_frame_sensitivity_known_answer():
    # promotional: "smart city" once, "seamless" once; rights: "privacy" once.
    # balance = log(2.5/1.5); without "seamless": log(1.5/1.5) = 0 (sign change);
    # without "privacy": log(2.5/0.5)
    toks = _tokens({"d": "A smart city. Seamless. Privacy."})
    fs = dc.frame_sensitivity(toks, by=None).set_index("dropped_entry")
    assert fs.loc["seamless*", "balance"] == pytest.approx(math.log(2.5 / 1.5))
    assert fs.loc["seamless*", "balance_without"] == pytest.approx(0.0)
    assert bool(fs.loc["seamless*", "sign_change"])
    assert fs.loc["privacy", "balance_without"] == pytest.approx(math.log(2.5 / 0.5))
    assert fs.loc["privacy", "rank"] == 1  # the largest |delta|


# ------------------------------------------------------------------------------------------ bad input
def test_poles_not_in_the_lexicon(tiny_tokens):
    with pytest.raises(ValueError, match=r"poles: 'promo' is not a category of lexicon 'framing'; available: 'promotional'"):
        dc.frame_balance(tiny_tokens, poles=("promo", "rights"))
    with pytest.raises(ValueError, match="must be two category names"):
        dc.frame_balance(tiny_tokens, poles="rights")
    with pytest.raises(ValueError, match="must be different"):
        dc.frame_sensitivity(tiny_tokens, poles=("rights", "rights"))


def test_category_that_does_not_exist(tiny_tokens):
    with pytest.raises(ValueError, match=r"category 'hype' is not in lexicon 'framing'"):
        dc.count_frames(tiny_tokens, categories=["promotional", "hype"])


def test_group_with_no_tokens(tiny_tokens):
    toks = tiny_tokens.copy()
    toks["source"] = toks["source"].astype(str)  # a categorical column takes no new value: plain values first
    toks.loc[toks["is_punct"], "source"] = "Empty"  # a group made of punctuation only
    with pytest.raises(ValueError, match=r"group\(s\) with no word tokens: source='Empty'"):
        dc.count_frames(toks)
    with pytest.raises(ValueError, match="tokens is empty"):
        dc.frame_balance(tiny_tokens.iloc[:0])


def test_bad_options(tiny_tokens):
    with pytest.raises(ValueError, match=r"smoothing=0 must be > 0"):
        dc.frame_balance(tiny_tokens, smoothing=0)
    with pytest.raises(ValueError, match=r"level='docs' is not valid; choose one of: 'both', 'group', 'document'"):
        dc.frame_balance(tiny_tokens, level="docs")
    with pytest.raises(ValueError, match=r"ci=1.5 must be"):
        dc.frame_balance(tiny_tokens, ci=1.5)
    with pytest.raises(ValueError, match=r"tokens \(by=\) is missing column\(s\) 'outlet'"):
        dc.count_frames(tiny_tokens, by="outlet")
    with pytest.raises(TypeError, match="tokens must be a pandas DataFrame"):
        dc.count_frames("smart city")
    with pytest.raises(ValueError, match="neither a bundled lexicon nor an existing file"):
        dc.count_frames(tiny_tokens, "no_such_lexicon")


# ------------------------------------------------------------------------------------------ frame_scores
def test_log_odds_z_known_answer():
    from discourse.framing import log_odds_z

    # Monroe, Colaresi & Quinn (2008) eqs. 16, 18-20, worked by hand: counts y = (2, 0, 0) in units of
    # n = (100, 200, 300) words, Y = 2, N = 600, alpha_0 = 200, alpha = 200 * 2 / 600 = 2/3.
    # unit 1: delta = log(2.6667 / 297.3333) - log(2.6667 / 797.3333) = log(797.3333 / 297.3333) = 0.98642,
    #         var = 1 / 2.6667 + 1 / 2.6667 = 0.75, z = 0.98642 / 0.86603 = 1.13902;
    # unit 2: delta = log(0.6667 / 399.3333) - log(2.6667 / 797.3333) = log(0.49917) = -0.69482,
    #         var = 1 / 0.6667 + 1 / 2.6667 = 1.875, z = -0.69482 / 1.36931 = -0.50742;
    # unit 3: delta = log(0.6667 / 499.3333) - log(2.6667 / 797.3333) = -0.91830, z = -0.67063.
    z = log_odds_z(np.array([2, 0, 0]), np.array([100, 200, 300]), 200.0)
    assert z == pytest.approx([1.13902, -0.50742, -0.67063], abs=1e-5)
    # a feature that never occurs is no evidence either way
    assert log_odds_z(np.zeros(3), np.array([100, 200, 300]), 200.0).tolist() == [0.0, 0.0, 0.0]


_NEUTRAL = " ".join(["The council met on Tuesday and the minutes were read aloud."] * 8)
_SCORE_TEXTS = {
    "short": "Our efficient platform.",
    "long": "Our innovative platform delivers efficient, intelligent services. " + _NEUTRAL
            + " We empower operators with cutting-edge tools. " + _NEUTRAL,
    "critic": "We call for a ban on facial recognition to protect privacy. " + _NEUTRAL,
    "plain": _NEUTRAL,
}


@pytest.fixture(scope="module")
def score_tokens():
    return _tokens(_SCORE_TEXTS)


def test_frame_scores_rate_and_shrunk(score_tokens):
    from discourse.framing import FRAME_SCORES_COLUMNS, frame_scores, log_odds_z

    rate = frame_scores(score_tokens, method="rate")
    shrunk = frame_scores(score_tokens, method="shrunk")
    assert list(rate.columns) == list(shrunk.columns) == FRAME_SCORES_COLUMNS
    assert rate["doc_id"].tolist() == shrunk["doc_id"].tolist() == list(_SCORE_TEXTS)
    assert set(shrunk["method"]) == {"shrunk"} and set(rate["method"]) == {"rate"}
    # the counts behind both are those of frame_balance (evaluative hits in the author's voice)
    fb = dc.frame_balance(score_tokens, by=None, level="document", voice="author", n_boot=0).set_index("doc_id")
    assert rate["n_positive"].tolist() == fb.loc[list(_SCORE_TEXTS), "n_positive"].tolist()
    assert rate["n_negative"].tolist() == fb.loc[list(_SCORE_TEXTS), "n_negative"].tolist()
    n = rate["n_words"].to_numpy(dtype=float)
    a, b = rate["n_positive"].to_numpy(dtype=float), rate["n_negative"].to_numpy(dtype=float)
    assert rate["score"].to_numpy() == pytest.approx(1000 * (a - b) / n)
    assert shrunk["rate"].to_numpy() == pytest.approx(rate["score"].to_numpy())
    alpha0 = float(np.median(n))
    assert shrunk["prior_words"].eq(alpha0).all() and rate["prior_words"].isna().all()
    assert shrunk["score"].to_numpy() == pytest.approx(log_odds_z(a, n, alpha0) - log_odds_z(b, n, alpha0))
    # what the shrinkage is for: one hit in three words is the highest rate, but many hits in a long page
    # are more evidence of a promotional page (preconditions checked so that a rule change shows up here)
    r, s = rate.set_index("doc_id"), shrunk.set_index("doc_id")
    assert r.loc["short", "n_positive"] == 1 and r.loc["long", "n_positive"] >= 4
    assert r.loc["short", "score"] > r.loc["long", "score"]
    assert s.loc["long", "score"] > s.loc["short", "score"] > s.loc["plain", "score"] > s.loc["critic", "score"]
    # an explicit prior: a stronger prior pulls the short page further toward the corpus
    weak = frame_scores(score_tokens, method="shrunk", prior_words=10).set_index("doc_id")
    strong = frame_scores(score_tokens, method="shrunk", prior_words=1000).set_index("doc_id")
    assert weak.loc["short", "score"] > strong.loc["short", "score"]


def test_frame_scores_relative_known_answer(score_tokens):
    from discourse.framing import frame_scores

    # worked by hand: documents with (a, b, n) = (2, 0, 100), (0, 1, 200), (1, 3, 100): A = 3 / 400, B = 4 / 400;
    # scores (2 / A - 0 / B) / 100 = 2.6667, (0 - 1 / B) / 200 = -0.5, (1 / A - 3 / B) / 100 = 1.3333 - 3 = -1.6667
    texts = {"p": "efficient seamless " + "word " * 98, "q": "repression " + "word " * 199,
             "r": "efficient repression repression repression " + "word " * 96}
    toks = _tokens(texts)
    rel = frame_scores(toks, method="relative").set_index("doc_id")
    assert rel[["n_positive", "n_negative", "n_words"]].values.tolist() == [[2, 0, 100], [0, 1, 200], [1, 3, 100]]
    assert rel["score"].tolist() == pytest.approx([8 / 3, -0.5, 4 / 3 - 3])
    assert set(rel["method"]) == {"relative"} and rel["prior_words"].isna().all()
    # an option: the default stays "shrunk" (docs/framing.md, "Sixteenth round")
    assert set(frame_scores(toks)["method"]) == {"shrunk"}
    # an average use of either pole weighs the same; a pole with no hit in the corpus adds nothing
    r = frame_scores(score_tokens, method="relative").set_index("doc_id")
    assert r.loc["plain", "score"] == 0.0 and r.loc["long", "score"] > 0 > r.loc["critic", "score"]
    only_promo = frame_scores(_tokens({"x": "efficient " + "word " * 9, "y": "word " * 10}), method="relative")
    assert only_promo["score"].tolist() == pytest.approx([2.0, 0.0])


def test_frame_scores_is_deterministic_and_checks_its_options(score_tokens):
    from discourse.framing import frame_scores

    pd.testing.assert_frame_equal(frame_scores(score_tokens), frame_scores(score_tokens))
    with pytest.raises(ValueError, match="method"):
        frame_scores(score_tokens, method="lss")
    with pytest.raises(ValueError, match="prior_words"):
        frame_scores(score_tokens, prior_words=0)
    with pytest.raises(TypeError, match="prior_words"):
        frame_scores(score_tokens, prior_words="500")
    with pytest.raises(ValueError, match="voice"):
        frame_scores(score_tokens, voice="narrator")
    with pytest.raises(TypeError, match="voice"):
        frame_scores(score_tokens, voice=["author"])
    # all voices: the counts of the "all" row
    allv = frame_scores(score_tokens, voice="all")
    assert set(allv["voice"]) == {"all"} and allv["n_words"].tolist() == frame_scores(score_tokens)["n_words"].tolist()


# ------------------------------------------------------------------------------------------ validation
@pytest.mark.skipif(not VALIDATION.is_file(), reason="validation texts not available")
def test_known_groups_validation():
    """Known-groups validity on the development split, pooled over the 5 domain folds.

    benchmarks/validate_framing.py splits the pages by registrable web domain into 5 folds; rules, lexicon
    entries and the default score were chosen on folds 0-2 only (see the script). Measured (lexicon 3.1.0
    and the 3.1 use rules, pooled over the 5 folds; AUC vendor>rights, vendor>news, news>rights): the
    default score, the rate of evaluative pole hits in the author's voice per 1,000 words, 1.000, 0.899,
    0.970 (3.0: 0.875 on vendor>news; 3.2 rules 1.000, 0.899, 0.980; fourth round, the classifier rule for
    phrases, 1.000, 0.904, 0.980); the use-aware log-odds balance (voice "all") 1.000, 0.868, 0.948;
    plain counting (uses="all") 1.000, 0.819, 0.912; the naive regex rate of the same entries 1.000, 0.784,
    0.938 (of the 2.0.0 entries 1.000, 0.749, 0.897); the regex log-odds 1.000, 0.652, 0.921 (2.0.0 entries:
    0.632, 0.892). Second round (candidates pre-registered in the script): the shrunk rate of frame_scores
    (Monroe et al. 2008 prior), chosen on folds 0-2 and the default of frame_scores, 1.000, 0.904, 0.973;
    the rate + LSS candidates 0.845-0.857 on vendor>news. The thresholds sit a little below the measured
    values.
    """
    vf = _validate_framing()
    df = vf.measure_table(VALIDATION, 5, "all", weighted_lss=False)
    assert df["fold"].nunique() == 5
    # every publisher in one fold: no domain is split across folds
    assert (df.groupby("domain")["fold"].nunique() == 1).all()

    def auc(measure, pos, neg):
        return vf.auc(df[measure], df["label"], pos, neg)

    means = df.groupby("label")["use-aware"].mean()
    assert means["vendor"] > means["news"] > means["rights"]
    assert auc("use-aware", "vendor", "rights") >= 0.99
    assert auc("use-aware", "vendor", "news") >= 0.85
    assert auc("use-aware", "news", "rights") >= 0.85
    # the use-aware balance adds to a regex count of the same entries where the issue found it did not
    assert auc("use-aware", "vendor", "news") - auc("regex", "vendor", "news") >= 0.10
    assert auc("use-aware", "vendor", "news") > auc("plain", "vendor", "news")
    # the default score (author-voice rate): above the naive regex rate of the same entries on both contrasts
    # with news, and group means in the known order
    rates = df.groupby("label")["rate"].mean()
    assert rates["vendor"] > rates["news"] > rates["rights"]
    assert auc("rate", "vendor", "rights") >= 0.99
    assert auc("rate", "vendor", "news") >= 0.88
    assert auc("rate", "news", "rights") >= 0.95
    assert auc("rate", "vendor", "news") - auc("regex rate", "vendor", "news") >= 0.10
    assert auc("rate", "news", "rights") - auc("regex rate", "news", "rights") >= 0.02
    # the default of frame_scores (second round): the rate shrunk toward the corpus rate
    shrunk = df.groupby("label")["rate shrunk"].mean()
    assert shrunk["vendor"] > shrunk["news"] > shrunk["rights"]
    assert auc("rate shrunk", "vendor", "rights") >= 0.99
    assert auc("rate shrunk", "vendor", "news") >= 0.88
    assert auc("rate shrunk", "news", "rights") >= 0.95
    assert auc("rate shrunk", "news", "rights") - auc("regex rate", "news", "rights") >= 0.02


def _validate_framing():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "validate_framing", Path(__file__).resolve().parents[1] / "benchmarks" / "validate_framing.py")
    vf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vf)
    return vf


def test_misranked_lists_only_tuning_folds_and_refuses_held_out_ones(tmp_path, capsys):
    """``validate_framing.py --misranked`` (issue 11, fourth round) on pages written for this test: the news
    page that uses more promotional words than a vendor page is listed against it with its counted hits; a
    page of a held-out fold is neither listed nor read, and asking for a held-out fold is refused."""
    import json

    vf = _validate_framing()
    # folds (CRC-32 of the registrable domain mod 5): example.com 0, example.org 2, vendor.test 4 (held out)
    assert [vf.fold_of(d, 5) for d in ("example.com", "example.org", "vendor.test")] == [0, 2, 4]
    pages = [
        ("v1", "example.com", "vendor", "Our platform is innovative, seamless and efficient. It is scalable."),
        ("v2", "example.com", "vendor", "The city installed cameras last year. Maintenance is done weekly."),
        ("n1", "example.org", "news", "The council met on Monday. It discussed the budget for roads."),
        ("n2", "example.org", "news", "A seamless, innovative and efficient service opened in the town."),
        ("v3", "vendor.test", "vendor", "A held-out page with nothing to promote."),
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps({"id": i, "domain": d, "label": lab, "text": t}) + "\n"
                            for i, d, lab, t in pages), encoding="utf-8")
    out = vf.misranked(path, 5, {0, 1, 2}, "rate")
    # v2 (no hit) is at or below both news pages; v1 (4 hits) is above both: 2 of 4 pairs misordered, 1 tie
    assert out.splitlines()[0] == ("rate on folds [0, 1, 2]: 2 vendor and 2 news pages, 4 pairs; 2 misordered "
                                   "(1 of them ties), AUC 0.625")
    assert "=== vendor v2" in out and "misordered against 2: n1, n2" in out
    assert "=== news n2" in out and "counted 3 promotional / 0 rights" in out and "[[seamless]]" in out
    assert "=== vendor v1" not in out and "v3" not in out
    assert vf.main([str(path), "--misranked", "--misranked-folds", "0,4"]) == 2
    assert "held out" in capsys.readouterr().err
    # the refusal does not need the file: held-out folds are refused before anything is read
    assert vf.main([str(tmp_path / "missing.jsonl"), "--misranked", "--misranked-folds", "3"]) == 2
    assert "fold(s) [3] are held out" in capsys.readouterr().err
    assert vf.main([str(path), "--misranked"]) == 0
    assert capsys.readouterr().out.startswith("rate on folds [0, 1, 2]")


# ------------------------------------------------------------------------------------------ CLI
def test_cli_frames_writes_the_tables(tmp_path, capsys):
    from discourse.cli import main

    assert main(["frames", "--out", str(tmp_path), "--n-boot", "50"]) == 0
    printed = capsys.readouterr().out
    assert "frame balance by source" in printed and "Al Bawaba" in printed
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"frame_counts.csv", "frame_balance.csv", "frame_terms.csv", "frame_contributions.csv",
                     "frame_sensitivity.csv", "contested_sentences.csv", "lexicon_check.csv", "frame_keyness.csv",
                     "provenance.json"}
    terms = pd.read_csv(tmp_path / "frame_terms.csv")
    counts = pd.read_csv(tmp_path / "frame_counts.csv")
    assert len(terms) == counts.loc[counts["voice"] == "all", "n"].sum()
    assert main(["frames", "--poles", "promotional,hype"]) == 2
    assert "'hype' is not a category" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ counts
def test_frames_from_tidy_counts_agree_with_tokens(seed_tokens):
    lex = dc.load_lexicon("framing")
    counts = dc.count_terms(seed_tokens, by="source", lexicon=lex, drop_punct=True)
    from_counts = dc.count_frames(counts, lex, by="source")
    from_tokens = dc.count_frames(seed_tokens, lex, by="source", voice=False)
    assert list(from_counts.columns) == list(from_tokens.columns)
    assert set(from_counts["voice"]) == {"all"} and from_counts["n_distanced"].isna().all()
    np.testing.assert_array_equal(from_counts["n"].to_numpy(), from_tokens["n"].to_numpy())


def test_balance_from_counts_known_answer():
    # two sources; A has documents a1 (2 promotional terms, 1 rights) and a2 (1 rights); B has no doc_id
    counts = pd.DataFrame({
        "source": ["A", "A", "A", "A", "A"],
        "doc_id": ["a1", "a1", "a1", "a1", "a2"],
        "term": ["smart city", "seamless", "privacy", "the", "mass surveillance"],
        "n": [1, 1, 1, 5, 1],
    })
    fb = dc.frame_balance(counts, by="source", n_boot=500)
    g = fb[fb["level"] == "group"].iloc[0]
    assert (g["n_positive"], g["n_negative"], g["n_tokens"]) == (2, 2, 9)
    assert g["balance"] == pytest.approx(0.0) and g["unit"] == "document" and g["n_units"] == 2
    # resampling (a1, a2): (a1, a1) -> log(4.5/2.5), (a2, a2) -> log(.5/2.5): the interval's ends
    assert g["ci_low"] == pytest.approx(math.log(0.5 / 2.5)) and g["ci_high"] == pytest.approx(math.log(4.5 / 2.5))
    d = fb[fb["level"] == "document"].set_index("doc_id")
    assert d.loc["a1", "balance"] == pytest.approx(math.log(2.5 / 1.5)) and d["ci_low"].isna().all()
    no_docs = dc.frame_balance(counts.drop(columns="doc_id"), by="source", level="group")
    assert no_docs.loc[0, "unit"] == "none" and np.isnan(no_docs.loc[0, "ci_low"])
    with pytest.raises(ValueError, match="needs a 'doc_id' column"):
        dc.frame_balance(counts.drop(columns="doc_id"), by="source", level="document")
    with pytest.raises(ValueError, match="must hold non-negative integers; row 0 has -1"):
        dc.count_frames(counts.assign(n=[-1, 1, 1, 5, 1]), by="source")
    with pytest.raises(ValueError, match="needs a 'voice' column"):
        dc.count_frames(counts, by="source", voice="quoted")


def test_balance_from_counts_keeps_each_group_its_own_counts():
    # Before: without doc_id every row was one pseudo-document, given to the last group only, so A got 0 : 0
    # and B 6 : 6 (the README's own example, count_terms(tokens, by="source") -> frame_balance, gave four seed
    # sources nothing and the fifth every hit). By hand: A 5 promotional : 1 rights, B 1 : 5.
    counts = pd.DataFrame({"source": ["A", "A", "B", "B"], "term": ["smart city", "privacy"] * 2, "n": [5, 1, 1, 5]})
    fb = dc.frame_balance(counts, by="source").set_index("source")
    assert fb.loc["A", ["n_positive", "n_negative", "n_tokens"]].tolist() == [5, 1, 6]
    assert fb.loc["B", ["n_positive", "n_negative", "n_tokens"]].tolist() == [1, 5, 6]
    assert fb.loc["A", "balance"] == pytest.approx(math.log(5.5 / 1.5)) == -fb.loc["B", "balance"]
    # with doc_id and a grouping column that varies within a document (speaker): each group counts its own
    # rows of the document, and its interval resamples those parts (d1 is in both groups)
    counts = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2"], "speaker": ["X", "Y", "Y", "X"],
                           "term": ["smart city", "privacy", "privacy", "seamless"], "n": [2, 1, 3, 1]})
    fb = dc.frame_balance(counts, by="speaker", n_boot=200)
    g = fb[fb["level"] == "group"].set_index("speaker")
    assert g.loc["X", ["n_positive", "n_negative", "n_units"]].tolist() == [3, 0, 2]
    assert g.loc["Y", ["n_positive", "n_negative", "n_units"]].tolist() == [0, 4, 1]
    d = fb[fb["level"] == "document"]
    assert sorted(zip(d["doc_id"], d["speaker"], d["n_positive"], d["n_negative"], strict=True)) == [
        ("d1", "X", 2, 0), ("d1", "Y", 0, 4), ("d2", "X", 1, 0)]


def test_balance_from_counts_agrees_with_count_frames_on_the_seeds(seed_tokens):
    lex = dc.load_lexicon("framing")
    counts = dc.count_terms(seed_tokens, by="source", lexicon=lex)
    fb = dc.frame_balance(counts, lex, by="source").set_index("source")
    cf = dc.count_frames(counts, lex, by="source")
    for pole, col in (("promotional", "n_positive"), ("rights", "n_negative")):
        per_source = cf[cf["frame"] == pole].set_index("source")["n"]
        assert fb[col].to_dict() == per_source.reindex(fb.index, fill_value=0).astype(int).to_dict()
    assert (fb["n_positive"] + fb["n_negative"] > 0).all()


def test_balance_by_speaker_splits_documents_across_groups(seed_tokens):
    # by a token-level column (speaker), one document falls into several groups; each group resamples its
    # own part of the document. Yan Lida's two quoted paragraphs in 002 (lines 44-45 of the file) hold 10
    # promotional terms by reading: Smart City, living organism, nervous system, Smart City, nervous system,
    # intelligent, seamless, Leveraging (an entry since lexicon 3.0.0), nervous system, Smart Cities; no
    # rights term. All 10 are Yan Lida's own
    # (evaluative) uses: the capitalised "Smart City" stands alone, it is not inside a longer name. His
    # third paragraph ("Lida added") holds none of them; with one canonical speaker it joins his group,
    # which now spans 3 paragraphs.
    fb = dc.frame_balance(seed_tokens, by=["source", "speaker"], voice="quoted", uses="all", n_boot=200)
    doc_rows = fb[(fb["level"] == "document") & (fb["doc_id"] == "002")]
    assert doc_rows["speaker"].nunique() >= 5
    yan = fb[(fb["level"] == "group") & (fb["speaker"] == "Yan Lida")].iloc[0]
    assert (yan["n_positive"], yan["n_negative"], yan["unit"], yan["n_units"]) == (10, 0, "paragraph", 3)
    assert yan["balance"] == pytest.approx(math.log(10.5 / 0.5))
    ev = dc.frame_balance(seed_tokens, by=["source", "speaker"], voice="quoted", level="group", n_boot=0)
    yan = ev[ev["speaker"] == "Yan Lida"].iloc[0]
    assert (yan["n_positive"], yan["uses"]) == (10, "evaluative")


def test_a_missing_document_column_error_names_the_metadata_fix(seed_tokens):
    with pytest.raises(ValueError, match=r"dc.tokenize\(corpus, metadata=\['category'"):
        dc.count_frames(seed_tokens, by="category")
    with pytest.raises(ValueError, match=r"metadata=\['category'"):
        dc.count_terms(seed_tokens, by="category")


def _frame_table_per_voice(keys, cats, voices, *, hit_group, hit_frame, hit_voice, hit_stance, words):
    """frame_table as it was written before it built one table: one table per voice, concatenated and
    sorted stably by group, frame and voice (the reference for the test below)."""
    from discourse.framing import STANCES, VOICES

    n_g, n_c = len(keys), len(cats)
    cell = np.asarray(hit_group, dtype=np.int64) * n_c + np.asarray(hit_frame, dtype=np.int64)
    words = np.asarray(words, dtype=np.int64).reshape(n_g, 3)
    parts = []
    for v in voices:
        sel = np.ones(len(cell), dtype=bool) if v == "all" else (hit_voice == VOICES.index(v))
        counts = {st: np.bincount(cell[sel & (hit_stance == i)], minlength=n_g * n_c) for i, st in enumerate(STANCES)}
        n_tok = words.sum(axis=1) if v == "all" else words[:, VOICES.index(v)]
        total = counts["endorsed"] + counts["distanced"] + counts["quoted"]
        nt = np.repeat(n_tok, n_c)
        df = keys.loc[np.repeat(np.arange(n_g), n_c)].reset_index(drop=True)
        df["frame"] = np.tile(np.array(cats, dtype=object), n_g)
        df["voice"] = v
        df["n"] = total.astype(np.int64)
        df["n_endorsed"] = counts["endorsed"].astype(np.int64)
        df["n_distanced"] = counts["distanced"].astype(np.int64)
        df["n_quoted"] = counts["quoted"].astype(np.int64)
        df["n_tokens"] = nt.astype(np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            df["rate"] = np.where(nt > 0, 1000.0 * total / np.maximum(nt, 1), np.nan)
        df["_g"] = np.repeat(np.arange(n_g), n_c)
        df["_c"] = np.tile(np.arange(n_c), n_g)
        df["_v"] = VOICES.index(v)
        parts.append(df)
    out = pd.concat(parts, ignore_index=True).sort_values(["_g", "_c", "_v"], kind="stable")
    return out.drop(columns=["_g", "_c", "_v"]).reset_index(drop=True)


def test_frame_table_is_the_table_it_was_per_voice():
    """Built as one table: every column, dtype and row as the concatenation per voice gave them, for keys of
    every kind (strings, numbers, missing values, categoricals, several columns, none, no group at all), voices
    in any order, and groups without hits or words."""
    from discourse.framing import frame_table

    rng = np.random.default_rng(3)
    key_sets = [
        pd.DataFrame({"source": ["A", "B", "C"]}),
        pd.DataFrame({"source": ["A", None]}),
        pd.DataFrame({"year": [1990, 2001], "source": ["x", "y"]}),
        pd.DataFrame({"source": pd.Categorical(["b", "a"], categories=["b", "a"])}),
        pd.DataFrame({"x": [1.5, np.nan, 3.0]}),
        pd.DataFrame(index=[0]),
        pd.DataFrame({"source": pd.Series([], dtype=object)}),
    ]
    voice_sets = [["all"], ["author", "quoted", "reported", "all"], ["all", "author"], ["reported", "quoted"],
                  ["quoted"]]
    for keys in key_sets:
        n_g = len(keys)
        for cats in (["promotional", "rights"], ["a", "b", "c", "d", "e"]):
            for voices in voice_sets:
                nh = int(rng.integers(0, 60)) if n_g else 0
                args = dict(hit_group=rng.integers(0, max(n_g, 1), nh), hit_frame=rng.integers(0, len(cats), nh),
                            hit_voice=rng.integers(0, 3, nh), hit_stance=rng.integers(0, 3, nh),
                            words=rng.integers(0, 4, (n_g, 3)))
                got = frame_table(keys, cats, voices, **args)
                pd.testing.assert_frame_equal(got, _frame_table_per_voice(keys, cats, voices, **args))
                assert len(got) == n_g * len(cats) * len(voices)


def test_blind_framing_pages_are_complete_and_their_script_refuses_to_read_the_sealed_batch(capsys):
    """benchmarks/validate_framing_blind.py (issue 11, fifth round): the eighty sets of pages written blind are
    whole (16 pages each, 4 vendor, 4 rights, 6 news, 2 policy in batches 1-6 and 5 news, 3 policy in batches 7-20,
    one publisher per page within a set), and ``--hits``, which prints pages' hits for reading, refuses batches 2, 3
    and 5-20, kept for measuring only; ``--batch measured`` scores those and not the read batches 1 and 4; batch 21
    waits sealed."""
    vb = _blind_framing_script()
    pages = vb.load([*"ABCDEFGHIJKLMNOPQRSTUVWX", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ",
                     "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC",
                     "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS",
                     "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB"])
    assert len(pages) == 1280 and pages["id"].is_unique
    for s, part in pages.groupby("set"):
        mix = {"news": 5, "vendor": 4, "rights": 4, "policy": 3} if len(s) == 2 or s in "YZ" else \
            {"news": 6, "vendor": 4, "rights": 4, "policy": 2}
        assert part["label"].value_counts().to_dict() == mix, s
        assert part["domain"].nunique() >= 15, s  # each page its own invented publisher (one set repeats one)
        assert (part["text"].str.split().str.len() >= 150).all(), s
    assert set(pages.loc[pages["batch"] == "2", "set"]) == set("EFGH")
    assert set(pages.loc[pages["batch"] == "3", "set"]) == set("IJKL")
    assert set(pages.loc[pages["batch"] == "4", "set"]) == set("MNOP")
    assert set(pages.loc[pages["batch"] == "5", "set"]) == set("QRST")
    assert set(pages.loc[pages["batch"] == "6", "set"]) == set("UVWX")
    assert set(pages.loc[pages["batch"] == "7", "set"]) == {"Y", "Z", "AA", "AB"}
    assert set(pages.loc[pages["batch"] == "8", "set"]) == {"AC", "AD", "AE", "AF"}
    assert set(pages.loc[pages["batch"] == "9", "set"]) == {"AG", "AH", "AI", "AJ"}
    assert set(pages.loc[pages["batch"] == "10", "set"]) == {"AK", "AL", "AM", "AN"}
    assert set(pages.loc[pages["batch"] == "11", "set"]) == {"AO", "AP", "AQ", "AR"}
    assert set(pages.loc[pages["batch"] == "12", "set"]) == {"AS", "AT", "AU", "AV"}
    assert set(pages.loc[pages["batch"] == "13", "set"]) == {"AW", "AX", "AY", "AZ"}
    assert set(pages.loc[pages["batch"] == "14", "set"]) == {"BA", "BB", "BC", "BD"}
    assert set(pages.loc[pages["batch"] == "15", "set"]) == {"BE", "BF", "BG", "BH"}
    assert set(pages.loc[pages["batch"] == "16", "set"]) == {"BI", "BJ", "BK", "BL"}
    assert set(pages.loc[pages["batch"] == "17", "set"]) == {"BM", "BN", "BO", "BP"}
    assert set(pages.loc[pages["batch"] == "18", "set"]) == {"BQ", "BR", "BS", "BT"}
    assert set(pages.loc[pages["batch"] == "19", "set"]) == {"BU", "BV", "BW", "BX"}
    # batch 20, sealed since the sixteenth round, opened in the twentieth for its pre-registered candidate
    assert set(pages.loc[pages["batch"] == "20", "set"]) == {"BY", "BZ", "CA", "CB"}
    for sealed in ("2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"):
        with pytest.raises(SystemExit):
            vb.main(["--hits", "--batch", sealed])
        assert "batch 1 or 4 only" in capsys.readouterr().err
    measured = {s for b, ss in vb.BATCHES.items() if b not in vb.READ for s in ss}
    assert vb.READ == ("1", "4") and len(measured) == 72 and not measured & {*"ABCDMNOP"}
    # the twentieth round's batch 21 (CC-CF) waits in sealed/, unread: whole, and in no batch the script reads
    import json
    sealed_dir = vb.DATA / "sealed"
    for name in ("CC", "CD", "CE", "CF"):
        rows = [json.loads(line) for line in (sealed_dir / f"pages{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 16 and all(set(r) == set(vb.KEYS) for r in rows), name
        assert sorted(r["label"] for r in rows) == sorted(["news"] * 5 + ["vendor"] * 4 + ["rights"] * 4 + ["policy"] * 3)
        assert not any(name in sets for sets in vb.BATCHES.values()) and not (vb.DATA / f"pages{name}.jsonl").exists()


def _blind_framing_script():
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    try:
        spec = importlib.util.spec_from_file_location("validate_framing_blind",
                                                      root / "benchmarks" / "validate_framing_blind.py")
        vb = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(vb)
    finally:
        sys.path.remove(str(root))
    return vb


def test_blind_framing_intervals_resample_whole_sets():
    # benchmarks/validate_framing_blind.py --ci: percentile intervals of pooled AUCs from resampled sets
    vb = _blind_framing_script()
    labels = ["vendor", "news", "rights", "policy"]
    rows = []
    for s in range(6):
        for lab, score in zip(labels, (3.0, 2.0, 1.0, 0.0), strict=True):
            # 'a' orders the groups perfectly in every set (AUC 1, by the definition of the AUC as P(X > Y)); 'b' ties
            # everything (AUC 0.5: a tie counts one half in the Mann-Whitney U)
            rows.append({"set": f"S{s}", "label": lab, "a": score, "b": 0.0})
    scores = pd.DataFrame(rows)
    out = vb.set_bootstrap(scores, ["a", "b"], n=50, seed=3)
    a = out[out["measure"] == "a"]
    assert (a["pooled"] == 1.0).all() and (a["lo"] == 1.0).all() and (a["hi"] == 1.0).all()
    b = out[out["measure"] == "b"]
    assert (b["pooled"] == 0.5).all() and (b["lo"] == 0.5).all()
    gain = out[out["measure"] == "gain of a over b"]
    assert sorted(gain["contrast"]) == ["n>r", "v>n", "v>r"] and (gain["pooled"] == 0.5).all()
    # a set whose order is reversed makes the interval open below the point, and the same seed gives the same table
    scores.loc[scores["set"] == "S0", "a"] = scores.loc[scores["set"] == "S0", "a"].to_numpy()[::-1]
    one = vb.set_bootstrap(scores, ["a", "b"], n=200, seed=3)
    two = vb.set_bootstrap(scores, ["a", "b"], n=200, seed=3)
    pd.testing.assert_frame_equal(one, two)
    va = one[(one["measure"] == "a") & (one["contrast"] == "v>r")].iloc[0]
    assert va["lo"] < va["pooled"] < 1.0 and va["hi"] == 1.0
    with pytest.raises(ValueError, match="at least 1"):
        vb.set_bootstrap(scores, ["a", "b"], n=0)


def test_resamples_without_a_pole_hit_are_left_out_of_the_interval():
    # a resample that drew no pole hit counted as a balance of 0, so a group of 0 : 3 hits (three documents, one
    # hit each, three without) got an interval ending at exactly 0.00 (an audit of the command line). Known answer
    # by hand: every resample with a hit holds rights hits only, 1 to 6 of them, so the balance lies in
    # [log(0.5/6.5), log(0.5/1.5)] = [-2.565, -1.099], and the upper end is that of one hit
    import math

    from discourse.framing import _bootstrap

    a = np.zeros(6)
    b = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
    lo, hi = _bootstrap(a, b, n_boot=2000, ci=0.95, smoothing=0.5, seed=[0, 1])
    assert hi == pytest.approx(math.log(0.5 / 1.5)) and math.log(0.5 / 6.5) <= lo < hi
    # no resample can draw a hit: no interval, as a row without hits has no balance
    assert all(math.isnan(x) for x in _bootstrap(a, np.zeros(6), n_boot=100, ci=0.95, smoothing=0.5, seed=[0, 1]))
