"""suggest_terms: candidates known by construction, evidence that matches the public functions, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.suggest import SUGGEST_COLUMNS, WORD2VEC_MIN_TOKENS

SUNNY = ["bright", "warm", "cheerful", "golden", "pleasant"]
GLOOMY = ["dark", "cold", "dreary", "grey", "bleak"]
NEUTRAL = ["table", "window", "street", "morning", "garden", "house"]
SEEDS = {"sunny": ["good", "happy"], "gloomy": ["bad", "sad"]}


@pytest.fixture(scope="module")
def constructed() -> pd.DataFrame:
    """Two sources; in each sentence a seed keeps company with its pole's words. 'Sunny Times' writes 4 of 5
    sentences on the sunny pole, 'Gloom Post' 4 of 5 on the gloomy one."""
    rng = np.random.default_rng(3)
    rows = []
    for source, sunny_share in (("Sunny Times", 0.8), ("Gloom Post", 0.2)):
        for d in range(3):
            sents = []
            for i in range(40):
                sunny = (i % 5) < round(sunny_share * 5)
                seeds, words = (SEEDS["sunny"], SUNNY) if sunny else (SEEDS["gloomy"], GLOOMY)
                ws = [rng.choice(seeds), *rng.choice(words, 2, replace=False), *rng.choice(NEUTRAL, 3, replace=False)]
                sents.append(" ".join(str(w) for w in rng.permutation(ws)).capitalize() + ".")
            rows.append((f"{source[:1]}{d}", source, " ".join(sents)))
    df = pd.DataFrame(rows, columns=["doc_id", "source", "text"])
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


def test_suggest_known_by_construction(constructed):
    sug = dc.suggest_terms(constructed, seeds=SEEDS, by="source", n=5, word2vec=False)
    assert list(sug.columns) == SUGGEST_COLUMNS
    got = {p: set(g["term"]) for p, g in sug.groupby("pole")}
    # every suggestion of a pole is one of that pole's words; the seeds are never suggested
    assert got["sunny"] == set(SUNNY) and got["gloomy"] == set(GLOOMY)
    assert not set(sug["term"]) & {"good", "happy", "bad", "sad"}
    assert list(sug["pole"].unique()) == ["sunny", "gloomy"]  # poles in the order given
    assert sug.groupby("pole")["score"].apply(lambda s: s.is_monotonic_decreasing).all()
    assert sug["similarity"].isna().all()  # word2vec=False: not computed
    assert (sug["keyness"] > 0).all() and (sug["cooccurrence"] > 0).all()
    row = sug[sug["term"] == "bright"].iloc[0]
    assert "over-used in source=Sunny Times" in row["evidence"]
    assert "within 5 words of a seed" in row["evidence"]
    lines = row["kwic"].split("\n")
    assert 1 <= len(lines) <= 3 and all("[bright]" in ln.lower() for ln in lines)
    # n is the term's frequency
    counts = dc.count_terms(constructed, by=None).set_index("term")["n"]
    assert (sug.set_index("term")["n"] == counts.reindex(sug["term"]).to_numpy()).all()


def test_suggest_components_match_public_functions(constructed):
    sug = dc.suggest_terms(constructed, seeds=SEEDS, by="source", n=5, word2vec=False).set_index("term")
    col = dc.collocates(constructed, SEEDS["sunny"], window=5, by=None, drop_stop=True).set_index("collocate")
    assert sug.loc["bright", "cooccurrence"] == pytest.approx(col.loc["bright", "g2"])
    counts = dc.count_terms(constructed, by="source", drop_stop=True)
    kn = dc.keyness(counts, by="source", target="Gloom Post").set_index("term")
    assert sug.loc["dark", "keyness"] == pytest.approx(kn.loc["dark", "g2"])
    # the score: mean of the two rank scores; the top candidate of a pole leads both rankings here
    assert sug["score"].max() <= 1.0 and (sug["score"] > 0).all()


def test_suggest_without_groups_and_deterministic(constructed):
    a = dc.suggest_terms(constructed, seeds=SEEDS, n=4, word2vec=False)
    b = dc.suggest_terms(constructed, seeds=SEEDS, n=4, word2vec=False)
    pd.testing.assert_frame_equal(a, b)
    assert a["keyness"].isna().all()  # by=None: no keyness
    assert set(a.loc[a["pole"] == "sunny", "term"]) <= set(SUNNY)
    assert set(a.loc[a["pole"] == "gloomy", "term"]) <= set(GLOOMY)
    assert (a.groupby("pole").size() == 4).all()


def test_suggest_word2vec_forced_is_deterministic(constructed):
    assert WORD2VEC_MIN_TOKENS == 200_000
    n_words = int((~constructed["is_punct"]).sum())
    assert n_words < WORD2VEC_MIN_TOKENS
    auto = dc.suggest_terms(constructed, seeds=SEEDS, n=3)  # "auto": too small for word2vec
    assert auto["similarity"].isna().all()
    with pytest.warns(UserWarning, match="fewer than the 200,000"):  # forced on a small corpus: said so
        a = dc.suggest_terms(constructed, seeds=SEEDS, n=3, word2vec=True, random_state=5)
    with pytest.warns(UserWarning, match="fewer than the 200,000"):
        b = dc.suggest_terms(constructed, seeds=SEEDS, n=3, word2vec=True, random_state=5)
    pd.testing.assert_frame_equal(a, b)
    assert a["similarity"].notna().all()
    assert a["similarity"].between(-1, 1).all()


def test_suggest_on_the_seeds(seed_tokens):
    seeds = {"promotional": ["smart", "efficient", "innovative", "safe"],
             "critical": ["surveillance", "repression", "privacy", "rights"]}
    sug = dc.suggest_terms(seed_tokens, seeds=seeds, by="source", n=15)
    assert (sug.groupby("pole").size() == 15).all()
    assert not sug["term"].isin([w for ws in seeds.values() for w in ws]).any()
    assert not sug["term"].duplicated().any()  # a term goes to one pole only
    # "city" leads: over-used in Al Bawaba (the source with most promotional seeds per word; 34 vs 18 in the
    # rest) and 33 of its 52 occurrences within 5 words of a seed ("smart city", "safe city")
    assert sug.iloc[0]["pole"] == "promotional" and sug.iloc[0]["term"] == "city"
    assert sug.iloc[0]["evidence"].startswith("over-used in source=Al Bawaba")
    assert "33 of 52 within 5 words of a seed" in sug.iloc[0]["evidence"]
    assert sug["kwic"].str.len().gt(0).all()
    # the suggestions make a lexicon that the package reads
    lex = dc.Lexicon.from_dict({p: dict(zip(g["term"], g["evidence"], strict=True))
                                for p, g in sug.groupby("pole", sort=False)})
    assert lex.sizes() == {"promotional": 15, "critical": 15}


def test_suggest_docstring_example_runs():
    doc = dc.suggest_terms.__doc__
    code = doc.split("bundled seed articles)::", 1)[1].split("\n    \"\"\"", 1)[0]
    code = "\n".join(line[8:] for line in code.splitlines())
    assert "dc.Lexicon.from_dict" in code and "frame_balance" in code
    env: dict = {}
    exec(compile(code, "suggest_terms docstring", "exec"), env)  # noqa: S102 - the documented example
    lex = env["lexicon"]
    assert set(lex.sizes()) == {"promotional", "critical"}
    assert all(size > 4 for size in lex.sizes().values())  # the four seeds and at least one suggestion


def test_suggest_bad_input(constructed):
    with pytest.raises(ValueError, match="no seed word of pole 'gloomy'"):
        dc.suggest_terms(constructed, seeds={"sunny": ["good"], "gloomy": ["qwertyuiop"]})
    with pytest.raises(TypeError, match="seeds must be a dict"):
        dc.suggest_terms(constructed, seeds=["good", "bad"])
    with pytest.raises(TypeError, match="must be a list of words"):
        dc.suggest_terms(constructed, seeds={"sunny": "good"})
    with pytest.raises(ValueError, match="is empty"):
        dc.suggest_terms(constructed, seeds={"sunny": []})
    with pytest.raises(ValueError, match="missing column"):
        dc.suggest_terms(constructed, seeds=SEEDS, by="outlet")
    with pytest.raises(ValueError, match="only one group"):
        dc.suggest_terms(constructed.assign(source="x"), seeds=SEEDS, by="source")
    with pytest.raises(ValueError, match="word2vec='yes' is not valid"):
        dc.suggest_terms(constructed, seeds=SEEDS, word2vec="yes")
    with pytest.raises(ValueError, match="n=0 must be at least 1"):
        dc.suggest_terms(constructed, seeds=SEEDS, n=0)
    with pytest.raises(TypeError, match="window must be an int"):
        dc.suggest_terms(constructed, seeds=SEEDS, window=2.5)
    with pytest.raises(ValueError, match="lower min_count"):
        dc.suggest_terms(constructed, seeds=SEEDS, min_count=10_000)
    with pytest.raises(TypeError, match="pandas DataFrame"):
        dc.suggest_terms("some text", seeds=SEEDS)
