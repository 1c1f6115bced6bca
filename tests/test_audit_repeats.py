"""Lines a source repeats on many of its pages (site furniture) and near copies of long texts (syndicated wire
copy): discourse.repeats, its place in loading options and on the command line."""

from __future__ import annotations

import gzip
import json
import random
import re
import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.repeats import line_key

from .conftest import BROWN, UNGD, needs_corpora

WORDS = ("the city council approved new cameras while privacy groups said surveillance would grow as police "
         "collect data on residents and the vendor signed a contract worth millions for the network of public "
         "safety systems across districts under a budget the mayor defended in court last week").split()


def _para(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _article(rng: random.Random, paras: int = 4, words: int = 40) -> str:
    return "\n".join(_para(rng, words) for _ in range(paras))


def _furniture_corpus() -> pd.DataFrame:
    """Ten pages of one site with its slogan, follow line and company paragraph (the year changes), six pages
    of another site without furniture, and one article line that two pages of the first site share."""
    rng = random.Random(7)
    rows = []
    for i in range(10):
        body = _article(rng)
        if i in (3, 4):
            body += "\nThe council will vote again on the cameras next month."
        slogan = "Acme Daily - independent news since 1990"
        text = (f"{slogan}\n{body}\nFollow us on Twitter and Facebook!\n"
                f"About Acme: Acme Corp. is a leading provider of video solutions. (c) {2010 + i} Acme Corp.")
        if i == 0:
            text += f"\n{slogan}"  # printed twice on this page
        rows.append({"doc_id": f"acme{i}", "source": "acme", "text": text})
    for i in range(6):
        rows.append({"doc_id": f"beta{i}", "source": "beta", "text": _article(rng, 3, 30) + f"\nPage {i + 1}"})
    return pd.DataFrame(rows)


def _load(df: pd.DataFrame) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.load_corpus(df)


# ------------------------------------------------------------------------------------------ repeated lines
def test_line_key_normalises_case_digits_punctuation():
    # CCNet's paragraph normalisation (Wenzek et al. 2020, 3.3): lower case, digits as a placeholder, no punctuation
    assert line_key("  (c) 2019 Acme  Corp. ") == line_key("(C) 2020 ACME Corp") == "c 0000 acme corp"
    assert line_key("Follow us on Twitter!") == "follow us on twitter"
    assert line_key("---") == ""


def test_repeated_lines_lists_each_sources_furniture_with_counts():
    corpus = _load(_furniture_corpus())
    out = dc.find_repeated_lines(corpus)
    assert list(out.columns) == ["source", "unit", "text", "n_docs", "docs_in_group", "share", "n", "first_doc_id"]
    # the three furniture lines of acme, each in all ten of its pages; the slogan twice on acme0 (n = 11); the
    # company line counts as one line whatever its year; nothing of beta (its "Page 3" lines have no word but
    # "page"), and not the article line two of ten acme pages share (0.2 < min_share 0.5)
    assert out["source"].tolist() == ["acme"] * 3
    assert out["text"].tolist() == ["Acme Daily - independent news since 1990", "Follow us on Twitter and Facebook!",
                                    "About Acme: Acme Corp. is a leading provider of video solutions. (c) 2010 Acme Corp."]
    assert out["n_docs"].tolist() == [10, 10, 10]
    assert out["n"].tolist() == [11, 10, 10]
    assert out["share"].tolist() == [1.0, 1.0, 1.0] and out["docs_in_group"].tolist() == [10, 10, 10]
    assert set(out["first_doc_id"]) == {"acme0"}
    # the article line shows at a lower share; "Page 1" ... "Page 6" (one word, the rest a number) never
    low = dc.find_repeated_lines(corpus, min_docs=2, min_share=0.2)
    assert "The council will vote again on the cameras next month." in set(low["text"])
    assert dc.find_repeated_lines(corpus, min_docs=2, min_share=0.1, min_words=1)["source"].tolist().count("beta") == 1


def test_a_line_several_sources_share_once_each_is_not_furniture():
    rng = random.Random(1)
    quote = "Mass surveillance is not public safety, the rapporteur said."
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "source": [f"s{i}" for i in range(6)],
                       "text": [_article(rng, 2, 20) + "\n" + quote for _ in range(6)]})
    assert dc.find_repeated_lines(_load(df), min_docs=2, min_share=0.1).empty


def test_set_aside_repeated_records_spans_and_leaves_the_text():
    df = _furniture_corpus()
    corpus = _load(df)
    # cleaning took the slogan for acme0's title, and its repeat at the end for a repeated title
    assert corpus.set_aside["rule"].tolist() == ["repeated-title"]
    cleaned = corpus.set_aside.copy()
    with pytest.warns(UserWarning, match=r"10 document\(s\) have for their title a line now set aside.*'acme0': "
                      r"'Acme Daily - independent news since 1990'"):
        out = dc.set_aside_repeated(corpus)
    pd.testing.assert_frame_equal(corpus.set_aside, cleaned)  # the corpus passed in is unchanged
    # 31 occurrences, one of them inside the span of cleaning already
    aside = out.set_aside[out.set_aside["rule"] != "repeated-title"]
    assert set(aside["rule"]) == {"repeated-line"} and set(aside["kind"]) == {"boilerplate"}
    assert len(aside) == 30 and aside["doc_id"].nunique() == 10 and len(out.set_aside) == 31
    assert out.documents["text"].tolist() == corpus.documents["text"].tolist()
    for d, s, e, t in zip(aside["doc_id"], aside["start"], aside["end"], aside["text"], strict=True):
        assert corpus.documents.set_index("doc_id").loc[d, "text"][s:e] == t
    # the furniture's words leave the counts, the articles' stay
    before = dc.tokenize(corpus, quotes=False)
    after = dc.tokenize(out, quotes=False)
    assert (before["norm"] == "twitter").sum() == 10 and (after["norm"] == "twitter").sum() == 0
    assert (after["norm"] == "cameras").sum() == (before["norm"] == "cameras").sum() > 0
    assert out.explain("acme0")["rule"].tolist() == ["repeated-line"] * 3 + ["repeated-title"]


def test_set_aside_repeated_takes_an_edited_table_and_skips_what_cleaning_set_aside():
    corpus = _load(_furniture_corpus())
    table = dc.find_repeated_lines(corpus)
    keep_slogan = table[~table["text"].str.startswith("Acme Daily")]
    out = dc.set_aside_repeated(corpus, keep_slogan)
    added = out.set_aside[out.set_aside["rule"] == "repeated-line"]
    assert len(added) == 20 and not added["text"].str.startswith("Acme Daily").any()
    # a second pass adds nothing: every occurrence is inside a span already
    again = dc.set_aside_repeated(out, keep_slogan)
    assert len(again.set_aside) == len(out.set_aside) == 21
    other = table.assign(source="nowhere")
    with pytest.raises(ValueError, match=r"'nowhere' name no group of the corpus"):
        dc.set_aside_repeated(corpus, other)
    with pytest.raises(ValueError, match=r"lacks the column\(s\) 'unit'"):
        dc.set_aside_repeated(corpus, table.drop(columns="unit"))


def test_paragraph_unit_finds_a_disclaimer_wrapped_over_lines():
    rng = random.Random(3)
    disclaimer = ("The views expressed in this article are the author's own\nand do not necessarily reflect the "
                  "editorial policy of this site.")
    texts = [f"{_article(rng, 2, 25)}\n\n{disclaimer}\n\n{_article(rng, 1, 25)}" for _ in range(5)]
    corpus = _load(pd.DataFrame({"doc_id": list("abcde"), "source": "blog", "text": texts}))
    out = dc.find_repeated_lines(corpus, unit="paragraph")
    assert out["text"].tolist() == [disclaimer] and out["unit"].tolist() == ["paragraph"]
    assert out["n_docs"].tolist() == [5]
    aside = dc.set_aside_repeated(corpus, unit="paragraph").set_aside
    assert aside["rule"].tolist() == ["repeated-paragraph"] * 5 and aside["text"].tolist() == [disclaimer] * 5


def test_a_copy_within_a_source_is_named_not_set_aside_silently():
    rng = random.Random(5)
    story = _article(rng, 6, 30)
    texts = [story] * 3 + [_article(rng, 3, 30) for _ in range(2)]
    corpus = _load(pd.DataFrame({"doc_id": list("abcde"), "source": "site", "text": texts}))
    with pytest.warns(UserWarning, match=r"3 document\(s\) are mostly lines their source repeats.*'a', 'b', 'c'"):
        dc.set_aside_repeated(corpus)


def test_repeated_lines_refuse_bad_options():
    corpus = _load(_furniture_corpus())
    with pytest.raises(ValueError, match="min_share must be a share"):
        dc.find_repeated_lines(corpus, min_share=0)
    with pytest.raises(ValueError, match="min_docs must be a whole number of at least 2"):
        dc.find_repeated_lines(corpus, min_docs=1)
    with pytest.raises(ValueError, match="unit='lines' is not valid"):
        dc.find_repeated_lines(corpus, unit="lines")
    with pytest.raises(ValueError, match="by='site' is not a document column"):
        dc.find_repeated_lines(corpus, by="site")
    with pytest.raises(TypeError, match="needs a Corpus"):
        dc.find_repeated_lines(corpus.documents)


def _load_quietly(*args, **kwargs) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.load_corpus(*args, **kwargs)


def _ungd(keep) -> pd.DataFrame:
    with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if keep(r)]
    return pd.DataFrame(rows)


def test_seeds_have_no_repeated_lines():
    # five articles of five outlets: nothing repeats within a source
    assert dc.find_repeated_lines(_load_quietly()).empty


@needs_corpora
def test_real_corpora_at_the_defaults():
    # Brown by category (500 texts of 15 genres, each text from another publication): no line is furniture
    brown = _load_quietly(BROWN, source="category")
    assert dc.find_repeated_lines(brown).empty
    # six countries' UN speeches over decades: their formulas never reach half of a country's speeches; at 0.2
    # what shows are the interpretation notes and ends of hard-wrapped sentences, no sentence of a speech
    un = _load_quietly(_ungd(lambda r: r["country_iso3"] in {"USA", "FRA", "IND", "BRA", "NGA", "CHN"}),
                       source="country_iso3")
    assert len(un) > 400 and dc.find_repeated_lines(un).empty
    low = dc.find_repeated_lines(un, min_share=0.1)
    assert (low["share"] < 0.2).all() and (low["text"].str.split().str.len() <= 8).all()


@needs_corpora
def test_a_speech_filed_under_two_countries_is_found():
    # the 1984 speech of the Central African Republic is in the UN General Debate corpus twice, as CAF_39_1984 and
    # as ZAF_39_1984 (both open "Allow me first of all, on behalf of the delegation of the Central African
    # Republic"); no other pair of that year's speeches resembles another at 0.5
    un = _load_quietly(_ungd(lambda r: r["year"] == 1984), source="country_iso3")
    out = dc.find_near_duplicates(un, threshold=0.5)
    assert out[["doc_id", "duplicate_of"]].values.tolist() == [["ZAF_39_1984", "CAF_39_1984"]]
    zaf, caf = (un.documents.set_index("doc_id").loc[d, "text"] for d in ("ZAF_39_1984", "CAF_39_1984"))
    a, b = _shingles(zaf), _shingles(caf)
    assert out["similarity"].iloc[0] == pytest.approx(len(a & b) / len(a | b), abs=1e-12) and len(a & b) > 1000


# ------------------------------------------------------------------------------------------ near duplicates
def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Word n-gram shingles by the documented definition, written out independently."""
    words = [w for w in (re.sub(r"^\W+|\W+$", "", t.casefold()) for t in text.split()) if w]
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _wire_corpus() -> tuple[pd.DataFrame, str]:
    rng = random.Random(11)
    paras = [_para(rng, 60) for _ in range(14)]
    wire = "\n".join(paras)
    rows = [
        {"doc_id": "a", "source": "outlet_a", "text": "Cameras spread across the region\n" + wire},
        {"doc_id": "own", "source": "outlet_b", "text": _article(rng, 12, 60)},
        # a new headline, the last paragraph cut, an editor's note added
        {"doc_id": "b", "source": "outlet_b", "text": "Region buys more cameras\n" + "\n".join(paras[:-1])
         + "\nEditor's note: this story was updated to correct the name of the vendor."},
        # the story cut to half
        {"doc_id": "c", "source": "outlet_c", "text": "\n".join(paras[:7])},
    ]
    return pd.DataFrame(rows), wire


def test_near_copies_of_a_long_wire_story_are_found_with_their_resemblance():
    df, wire = _wire_corpus()
    assert len(wire) > 5_000
    corpus = _load(df)
    assert dc.find_duplicates(corpus).empty  # longer than find_duplicates' near copies
    out = dc.find_near_duplicates(corpus)
    assert list(out.columns) == ["doc_id", "duplicate_of", "similarity", "containment"]
    assert out["doc_id"].tolist() == ["b"] and out["duplicate_of"].tolist() == ["a"]
    a, b = _shingles(df.text[0]), _shingles(df.text[2])
    assert out["similarity"].iloc[0] == pytest.approx(len(a & b) / len(a | b), abs=1e-12)
    assert out["containment"].iloc[0] == pytest.approx(len(a & b) / min(len(a), len(b)), abs=1e-12)
    assert 0.85 < out["similarity"].iloc[0] < 0.95
    # the half story resembles the whole at about 0.5 (contained in it): listed at a lower threshold
    low = dc.find_near_duplicates(corpus, threshold=0.4)
    assert low["doc_id"].tolist() == ["b", "c"] and low["duplicate_of"].tolist() == ["a", "a"]
    c = _shingles(df.text[3])
    assert low["similarity"].iloc[1] == pytest.approx(len(a & c) / len(a | c), abs=1e-12)
    assert low["containment"].iloc[1] == pytest.approx(1.0)
    assert dc.find_near_duplicates(corpus, threshold=0.4).equals(low)  # the same in every run


def test_pages_alike_only_by_their_furniture_are_no_near_copies():
    # short briefs under a long site footer (the same 120 words on every page): on the whole text two briefs
    # resemble each other above 0.8, but their own words are different articles. With the footer set aside
    # (set_aside_repeated, as cleaning spans), they are compared by what is counted of them, as line filters run
    # before fuzzy deduplication in web corpora (RefinedWeb: Penedo et al. 2023, section 3)
    rng = random.Random(4)
    footer = "\n".join(_para(rng, 30) for _ in range(4))
    texts = [f"{_para(rng, 12)}\n{footer}" for _ in range(6)]
    corpus = _load(pd.DataFrame({"doc_id": list("abcdef"), "source": "site", "text": texts}))
    assert len(dc.find_near_duplicates(corpus)) == 5  # nothing set aside yet: the footer makes them alike
    with pytest.warns(UserWarning, match=r"6 document\(s\) are mostly lines their source repeats.*furniture with few"):
        aside = dc.set_aside_repeated(corpus)
    assert aside.set_aside["rule"].eq("repeated-line").sum() == 24
    assert dc.find_near_duplicates(aside).empty
    assert len(dc.find_near_duplicates(aside, set_aside=False)) == 5  # the whole text, as before


def test_pure_python_split_finds_the_same(monkeypatch):
    import discourse.repeats as repeats

    df, _ = _wire_corpus()
    df.loc[len(df)] = {"doc_id": "odd", "source": "x", "text": " \u2003Lead\x1cline\u00a0with\x85odd spaces " * 40}
    df.loc[len(df)] = {"doc_id": "odd2", "source": "y", "text": "Lead\x1cline\u00a0with\x85odd spaces " * 40}
    corpus = _load(df)
    arrow = dc.find_near_duplicates(corpus, threshold=0.4)
    monkeypatch.setattr(repeats, "_USE_ARROW", False)
    pure = dc.find_near_duplicates(corpus, threshold=0.4)
    pd.testing.assert_frame_equal(arrow, pure)
    assert pure["doc_id"].tolist() == ["b", "c", "odd2"]


def test_broder_rose_example():
    # Broder 1997, section 2: the 4-shingles of "a rose is a rose is a rose" are 3 distinct ones, of which
    # "a rose is a rose" holds 2: resemblance 2/3, containment 1
    corpus = _load(pd.DataFrame({"doc_id": ["x", "y"], "text": ["a rose is a rose is a rose", "a rose is a rose"]}))
    out = dc.find_near_duplicates(corpus, threshold=0.6, ngram=4)
    assert out.to_dict("records") == [{"doc_id": "y", "duplicate_of": "x", "similarity": pytest.approx(2 / 3),
                                       "containment": 1.0}]
    assert dc.find_near_duplicates(corpus, threshold=0.7, ngram=4).empty


def test_many_copies_each_point_at_the_first():
    rng = random.Random(2)
    story = _article(rng, 10, 50)
    texts = [_article(rng, 10, 50)] + [f"Headline {i}\n{story}" for i in range(300)]
    corpus = _load(pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(301)], "text": texts}))
    out = dc.find_near_duplicates(corpus)
    assert len(out) == 299 and set(out["duplicate_of"]) == {"d001"} and out["doc_id"].iloc[0] == "d002"


def test_near_duplicates_refuse_bad_options_and_skip_short_texts():
    corpus = _load(pd.DataFrame({"doc_id": ["a", "b"], "text": ["Smart city now", "Smart city now!"]}))
    assert dc.find_near_duplicates(corpus).empty  # fewer than 5 words: find_duplicates' ground
    for bad in (0, 0.1, 1.5, "0.8", True):
        with pytest.raises(ValueError, match="threshold must be a resemblance"):
            dc.find_near_duplicates(corpus, threshold=bad)
    with pytest.raises(ValueError, match="ngram must be a whole number"):
        dc.find_near_duplicates(corpus, ngram=0)
    with pytest.raises(TypeError, match="needs a Corpus"):
        dc.find_near_duplicates(corpus.documents)


# ------------------------------------------------------------------------------------------ command line
def test_cli_repeats_options(tmp_path, capsys):
    from discourse.cli import main

    df = pd.concat([_furniture_corpus(), _wire_corpus()[0]], ignore_index=True)
    path = tmp_path / "pages.csv"
    df.to_csv(path, index=False)
    with pytest.warns(UserWarning) as record:
        assert main(["corpus", str(path), "--no-quotes", "--drop-near-duplicates", "--set-aside-repeated"]) == 0
    said = " ".join(str(w.message) for w in record)
    assert "--drop-near-duplicates: 1 document(s) that are near copies" in said and "(19 kept)" in said
    assert "--set-aside-repeated: 30 occurrence(s) of lines" in said
    out = capsys.readouterr().out
    assert "documents: 19" in out and re.search(r"boilerplate\s+repeated-line\s+30", out)
    # an option of a switch not given is refused, not ignored
    assert main(["corpus", str(path), "--repeated-min-share", "0.2"]) == 2
    assert "--repeated-min-share only applies with --set-aside-repeated" in capsys.readouterr().err
    assert main(["corpus", str(path), "--set-aside-repeated", "--repeated-min-share", "2"]) == 2
    capsys.readouterr()
    # pages alike only by their footer: the footer is set aside first, then no page is a near copy of another
    rng = random.Random(4)
    footer = "\n".join(_para(rng, 30) for _ in range(4))
    pd.DataFrame({"doc_id": list("abcdef"), "source": "site",
                  "text": [f"{_para(rng, 12)}\n{footer}" for _ in range(6)]}).to_csv(path, index=False)
    with pytest.warns(UserWarning) as record:
        assert main(["corpus", str(path), "--no-quotes", "--drop-near-duplicates", "--set-aside-repeated"]) == 0
    assert "--drop-near-duplicates: 0 document(s)" in " ".join(str(w.message) for w in record)
    assert "documents: 6" in capsys.readouterr().out
