"""kwic and collocates: words, phrases, globs, lexicon categories, voice, contexts, association measures."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from nltk.metrics import BigramAssocMeasures

import discourse as dc
from discourse.concordance import COLLOCATE_COLUMNS, KWIC_COLUMNS
from discourse.keyness import KEYNESS_COLUMNS


def _tokens(docs: dict[str, tuple[str, list[list[str]]]]) -> pd.DataFrame:
    """A hand-built token table: {doc_id: (source, [sentence, ...])}; tokens separated by one space."""
    rows = []
    for doc_id, (source, sents) in docs.items():
        pos = off = 0
        for s, sent in enumerate(sents):
            for tok in sent:
                rows.append({"doc_id": doc_id, "source": source, "paragraph": 0, "sentence": s, "position": pos,
                             "start": off, "end": off + len(tok), "token": tok, "norm": tok.lower(),
                             "stem": tok.lower(), "is_stop": tok.lower() in {"the", "of", "a", "is"},
                             "is_punct": not any(ch.isalnum() for ch in tok), "voice": "author",
                             "quote_id": pd.NA, "quote_kind": None, "speaker": None})
                pos += 1
                off += len(tok) + 1
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def tiny(tiny_corpus):
    return tiny_corpus, dc.tokenize(tiny_corpus)


# ------------------------------------------------------------------------------------------ kwic
def test_kwic_phrase_with_voice_and_offsets(tiny):
    corpus, toks = tiny
    k = dc.kwic(toks, "safe city", corpus=corpus)
    assert list(k.columns) == ["doc_id", "source", *KWIC_COLUMNS[1:]]
    assert list(k["doc_id"]) == ["a2"]
    row = k.iloc[0]
    text = corpus.documents.set_index("doc_id").loc["a2", "text"]
    assert text[row["start"]:row["end"]] == "Safe city" == row["match"]
    # inside Jane Lee's quotation: the quoted voice and its speaker
    assert row["voice"] == "quoted" and row["speaker"] == "Jane Lee" and row["quote_kind"] == "speech"
    assert row["left"] == "\u201c" and row["right"].startswith("solutions empower police")


def test_kwic_scare_quoted_mention_stays_author(tiny):
    _, toks = tiny
    k = dc.kwic(toks, "smart city")
    b1 = k[k["doc_id"] == "b1"].iloc[0]
    assert b1["voice"] == "author" and b1["quote_kind"] == "mention"
    assert b1["left"].endswith("so-called \u2018") and b1["match"] == "smart city"
    assert set(k["doc_id"]) == {"a1", "b1"}


def test_kwic_glob_word_and_window():
    t = _tokens({"d": ("X", [["They", "surveil", "people", "."], ["Mass", "surveillance", "grows", "fast"]]),
                 "e": ("Y", [["Surveillance", "is", "here"]])})
    k = dc.kwic(t, "surveil*", window=2)
    assert list(k["match"]) == ["surveil", "surveillance", "Surveillance"]
    assert list(k["left"]) == ["They", ". Mass", ""]          # contexts cross sentences, never documents
    assert list(k["right"]) == ["people .", "grows fast", "is here"]
    assert list(k["source"]) == ["X", "X", "Y"] and set(k["pattern"]) == {"surveil*"}
    assert dc.kwic(t, "people", window=0).iloc[0][["left", "right"]].tolist() == ["", ""]
    assert len(dc.kwic(t, ["people", "grows"])) == 2


def test_kwic_phrase_never_crosses_sentences():
    t = _tokens({"d": ("X", [["the", "safe"], ["city", "is", "safe", "city"]])})
    k = dc.kwic(t, "safe city")
    assert list(k["position"]) == [4]


def test_kwic_case_sensitive():
    t = _tokens({"d": ("X", [["US", "officials", "told", "us"]])})
    assert len(dc.kwic(t, "us")) == 2
    k = dc.kwic(t, "US", case_sensitive=True)
    assert list(k["match"]) == ["US"]


def test_kwic_lexicon_category(seed_tokens):
    lex = dc.Lexicon.from_dict({"promotional": ["safe city", "smart cit*"], "rights": ["privacy"]})
    k = dc.kwic(seed_tokens, "promotional", lexicon=lex)
    assert set(k["frame"]) == {"promotional"} and set(k["pattern"]) <= {"safe city", "smart cit*"}
    hits = lex.find_matches(seed_tokens, categories="promotional")
    assert len(k) == len(hits)  # the same matches as the frame counts
    # the seeds quote "safe city" in speech at least once (doc 000) and use it in the author's voice too
    sc = k[k["pattern"] == "safe city"]
    assert {"author", "quoted"} <= set(sc["voice"])


def test_kwic_bad_input(tiny):
    _, toks = tiny
    with pytest.raises(ValueError, match="empty pattern"):
        dc.kwic(toks, "  ")
    with pytest.raises(TypeError, match="query must be"):
        dc.kwic(toks, 42)
    with pytest.raises(ValueError, match="window=-1"):
        dc.kwic(toks, "privacy", window=-1)
    with pytest.raises(ValueError, match="invalid glob"):
        dc.kwic(toks, "priv[a]cy")
    with pytest.raises(ValueError, match="missing column"):
        dc.kwic(toks.drop(columns="source"), "privacy", metadata="source")
    with pytest.raises(ValueError, match="missing column"):
        dc.kwic(toks.drop(columns="source"), "privacy", by="source")
    assert "source" not in dc.kwic(toks.drop(columns="source"), "privacy").columns
    lex = dc.Lexicon.from_dict({"rights": ["privacy"]})
    with pytest.raises(ValueError, match="nosuch"):
        dc.kwic(toks, "nosuch", lexicon=lex)


# ------------------------------------------------------------------------------------------ collocates
def test_collocates_by_hand():
    # node "privacy" at positions 2 and 9 of one 12-token document; window 2 on each side:
    # region = positions 0,1,3,4 and 7,8,10,11 -> 8 tokens; total = 12 - 2 node tokens = 10
    words = ["rights", "and", "privacy", "matter", "now", "x", "y", "rights", "and", "privacy", "law", "now"]
    t = _tokens({"d": ("X", [words])})
    co = dc.collocates(t, "privacy", window=2, by=None).set_index("collocate")
    assert list(co.columns) == COLLOCATE_COLUMNS[:2] + COLLOCATE_COLUMNS[3:]
    r = co.loc["rights"]
    assert (r["n"], r["n_collocate"], r["window_total"], r["total"], r["n_node"]) == (2, 2, 8, 10, 2)
    assert r["expected"] == pytest.approx(8 * 2 / 10)
    assert r["pmi"] == pytest.approx(np.log2(2 / 1.6))
    assert "x" not in co.index and "privacy" not in co.index
    # the same numbers as nltk's association measures on the same margins (n_ii, (n_ix, n_xi), n_xx)
    for w, row in co.iterrows():
        args = (row["n"], (row["window_total"], row["n_collocate"]), row["total"])
        assert row["pmi"] == pytest.approx(BigramAssocMeasures.pmi(*args)), w
        assert row["t_score"] == pytest.approx(BigramAssocMeasures.student_t(*args), rel=1e-6), w
        assert abs(row["g2"]) == pytest.approx(BigramAssocMeasures.likelihood_ratio(*args), abs=1e-9), w


def test_collocates_overlapping_windows_count_once():
    t = _tokens({"d": ("X", [["a", "node", "b", "node", "c", "d", "e"]])})
    co = dc.collocates(t, "node", window=2, by=None).set_index("collocate")
    assert co.loc["b", "n"] == 1  # inside both windows, counted once
    assert co.loc["b", "window_total"] == 4  # a, b, c, d


def test_collocates_by_group_comparable(seed_tokens):
    co = dc.collocates(seed_tokens, "surveillance", window=5, drop_stop=True, by="source")
    assert list(co.columns) == ["source", *COLLOCATE_COLUMNS]
    assert co["source"].nunique() >= 3
    assert (co["n"] <= co["n_collocate"]).all() and (co["n"] <= co["window_total"]).all()
    assert set(co["node"]) == {"surveillance"} and set(co["window"]) == {5}
    for _, g in co.groupby("source"):
        assert g["g2"].is_monotonic_decreasing
    # deterministic
    pd.testing.assert_frame_equal(co, dc.collocates(seed_tokens, "surveillance", window=5, drop_stop=True))
    mass = co[(co["source"] == "Al Bawaba") & (co["collocate"] == "state")]
    assert len(mass) == 1 and mass["g2"].iloc[0] > 3.84  # "surveillance state" in Al Bawaba


def test_collocates_of_lexicon_category_and_phrase():
    lex = dc.Lexicon.from_dict({"rights": ["privacy", "mass surveillance"]})
    t = _tokens({"d": ("X", [["end", "mass", "surveillance", "now"], ["protect", "privacy", "now"]])})
    co = dc.collocates(t, "rights", lexicon=lex, window=1, by=None).set_index("collocate")
    assert co.loc["now", "n"] == 2 and co.loc["now", "n_node"] == 2
    assert "surveillance" not in co.index and "mass" not in co.index  # the node's own tokens
    assert set(co["node"]) == {"rights"}
    k = dc.kwic(t, "mass surveillance", metadata=[])
    assert list(k.columns) == KWIC_COLUMNS and k.iloc[0]["match"] == "mass surveillance"


def test_collocates_bad_input(seed_tokens):
    with pytest.raises(ValueError, match="sort"):
        dc.collocates(seed_tokens, "privacy", sort="dice")
    with pytest.raises(TypeError, match="window must be an int"):
        dc.collocates(seed_tokens, "privacy", window=2.5)
    with pytest.raises(TypeError, match="node must be"):
        dc.collocates(seed_tokens, None)


# ------------------------------------------------------------------------------------------ CLI
def test_cli_kwic_and_keyness(capsys, tmp_path):
    from discourse.cli import main

    assert main(["kwic", "safe city", "--max-lines", "3"]) == 0
    out = capsys.readouterr().out
    assert "[safe city]" in out.lower() and "match(es)" in out
    assert main(["kwic", "rights", "--lexicon", "framing", "--out", str(tmp_path / "k.csv")]) == 0
    lines = pd.read_csv(tmp_path / "k.csv")
    assert set(lines["frame"]) == {"rights"} and len(lines) > 5
    assert main(["keyness", "--top", "3", "--out", str(tmp_path / "key")]) == 0
    key = pd.read_csv(tmp_path / "key" / "keyness.csv")
    assert list(key.columns) == ["source", *KEYNESS_COLUMNS]
    assert key["target"].nunique() == 5 and (tmp_path / "key" / "provenance.json").exists()
    assert main(["keyness", "--target", "No Such Outlet"]) == 2
    assert "not found in column 'source'" in capsys.readouterr().err


def test_kwic_by_groups_lines_and_metadata_carries_columns(seed_tokens):
    plain = dc.kwic(seed_tokens, "surveillance")
    assert "source" in plain.columns  # carried by default when the tokens have it
    grouped = dc.kwic(seed_tokens, "surveillance", by="source", metadata=[])
    assert list(grouped.columns[:2]) == ["doc_id", "source"]
    assert grouped["source"].tolist() == sorted(grouped["source"].tolist())  # ordered by group
    assert len(grouped) == len(plain)
    # within a group the lines keep document order
    first = grouped[grouped["source"] == grouped["source"].iloc[0]]
    assert list(first["start"]) == list(plain.loc[plain["source"] == first["source"].iloc[0], "start"])


def test_kwic_takes_a_bundled_lexicon_by_name(seed_tokens):
    by_name = dc.kwic(seed_tokens, "rights", lexicon="framing")
    by_object = dc.kwic(seed_tokens, "rights", lexicon=dc.load_lexicon("framing"))
    pd.testing.assert_frame_equal(by_name, by_object)
    assert len(by_name) > 5
