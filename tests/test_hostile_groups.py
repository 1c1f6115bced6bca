"""Hostile input, second audit: group columns named like a function's own columns, case-sensitive KWIC of words
with an apostrophe, and misspelled keys in lexicon files. Each case builds its own small input."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.audit import frame_contributions, frame_sensitivity
from discourse.counts import FrameCounts, TermCounts
from discourse.keyness import KEYNESS_COLUMNS

TEXTS = ["The smart city promises public safety and efficiency.",
         "Critics fear mass surveillance, repression and lost privacy."] * 2


def _corpus(column: str = "group") -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({
        "doc_id": list("abcd"), "source": list("xyxy"), column: ["high", "low", "high", "low"], "text": TEXTS}))


@pytest.fixture(scope="module")
def normal() -> pd.DataFrame:
    return dc.tokenize(_corpus())


def _tokens(name: str) -> pd.DataFrame:
    return dc.tokenize(_corpus(name))


# ------------------------------------------------------------------------------------------ 1. group columns
# (function, the name of a group column it writes itself); each call groups by that column of the documents
CLASHES = [
    ("count_frames", "rate"), ("count_frames", "n"), ("count_frames", "frame"), ("count_frames", "n_tokens"),
    ("frame_balance", "level"), ("frame_balance", "n_tokens"), ("frame_balance", "balance"), ("frame_balance", "unit"),
    ("frame_keyness", "rate"), ("frame_keyness", "n_tokens"), ("frame_keyness", "p"), ("frame_keyness", "term"),
    ("count_terms", "term"), ("count_terms", "n"), ("count_terms", "n_docs"),
    ("kwic", "frame"), ("kwic", "pattern"), ("kwic", "left"), ("kwic", "match"),
    ("collocates", "total"), ("collocates", "collocate"), ("collocates", "n"),
    ("FrameCounts", "rate"), ("TermCounts", "n"),
    ("frame_contributions", "share"), ("frame_contributions", "entry"), ("frame_sensitivity", "rank"),
]


def _call(func: str, tokens: pd.DataFrame, by: str):
    if func == "count_frames":
        return dc.count_frames(tokens, "framing", by=by)
    if func == "frame_balance":
        return dc.frame_balance(tokens, "framing", by=by, n_boot=10)
    if func == "frame_keyness":
        return dc.frame_keyness(tokens, "framing", by=by)
    if func == "count_terms":
        return dc.count_terms(tokens, by=by)
    if func == "kwic":
        return dc.kwic(tokens, "and", by=by)
    if func == "collocates":
        return dc.collocates(tokens, "and", by=by)
    if func == "FrameCounts":
        return FrameCounts("framing", by=by).add(tokens).to_frame()
    if func == "TermCounts":
        return TermCounts(by=by).add(tokens).to_frame()
    if func == "frame_contributions":
        return frame_contributions(tokens, "framing", by=by)
    if func == "frame_sensitivity":
        return frame_sensitivity(tokens, "framing", by=by)
    raise AssertionError(func)


@pytest.mark.parametrize(("func", "name"), CLASHES)
def test_by_named_like_an_output_column_is_refused(func, name):
    tokens = _tokens(name)
    with pytest.raises(ValueError, match=rf"by='{name}' names a column that .* also write .*rename it.*"
                                         rf"by='{name}_group'"):
        _call(func, tokens, name)


@pytest.mark.parametrize("func", sorted({f for f, _ in CLASHES}))
def test_a_normal_by_still_gives_its_groups(func, normal):
    out = _call(func, normal, "group")
    assert "group" in out.columns and not out.columns.duplicated().any()
    assert set(out["group"].dropna()) == {"high", "low"}
    out = _call(func, normal, "source")
    assert set(out["source"].dropna()) == {"x", "y"}


def test_count_frames_by_rate_gave_rates_not_groups():
    """The audit's case: count_frames(by='rate') returned the rates in the 'rate' column, silently."""
    with pytest.raises(ValueError, match=r"by='rate' names a column that frame counts also write \('rate'\); "
                                         r"rename it in the documents before tokenising"):
        dc.count_frames(_tokens("rate"), "framing", by="rate")


@pytest.mark.parametrize("name", ["p", "term", "n", "n_docs", "target", "g2"])
def test_keyness_refuses_a_group_column_named_like_its_columns(name, normal):
    counts = dc.count_terms(normal, by="group").rename(columns={"group": name})
    with pytest.raises(ValueError, match=rf"by='{name}' names a column that keyness tables also write .*"
                                         r"rename it in the counts \(counts\.rename"):
        dc.keyness(counts, by=name, target="high")
    with pytest.raises(ValueError, match=rf"by='{name}' names a column that keyness tables"):
        dc.keyness_all(counts, by=name)


def test_keyness_with_a_normal_group_column(normal):
    counts = dc.count_terms(normal, by="group")
    key = dc.keyness(counts, by="group", target="high")
    assert list(key.columns) == ["group", *KEYNESS_COLUMNS] and set(key["group"]) == {"high"}
    allk = dc.keyness_all(counts, by="group")
    assert (allk["group"] == allk["target"]).all() and set(allk["group"]) == {"high", "low"}


def test_frame_counts_from_counts_refuse_frame(normal):
    counts = dc.count_terms(normal, by="group", lexicon="framing").rename(columns={"group": "frame"})
    with pytest.raises(ValueError, match=r"by='frame' names a column that frame counts also write .*"
                                         r"counts\.rename"):
        dc.count_frames(counts, "framing", by="frame")
    with pytest.raises(ValueError, match=r"by='frame' names a column that frame balance tables"):
        dc.frame_balance(counts, "framing", by="frame", n_boot=0)
    counts = counts.rename(columns={"frame": "group"})
    assert set(dc.count_frames(counts, "framing", by="group")["group"]) == {"high", "low"}


def test_frame_keyness_on_frame_counts_refuses_their_columns(normal):
    from discourse.framing import FRAME_COUNT_RESERVED
    from discourse.keyness import FRAME_KEYNESS_RESERVED

    frames = dc.count_frames(normal, "framing", by="group").rename(columns={"group": "p"})
    with pytest.raises(ValueError, match=r"by='p' names a column that frame keyness tables"):
        dc.frame_keyness(frames, by="p")
    assert set(FRAME_COUNT_RESERVED) <= set(FRAME_KEYNESS_RESERVED)


def test_kwic_metadata_named_like_a_line_column_is_refused():
    tokens = _tokens("pattern")
    with pytest.raises(ValueError, match=r"metadata='pattern' names a column that KWIC lines also write"):
        dc.kwic(tokens, "privacy", metadata=["pattern"])


def test_kwic_by_a_token_column_of_the_line_is_given_once(normal):
    """by='doc_id' raised 'The column label 'doc_id' is not unique' from inside pandas."""
    k = dc.kwic(normal, "privacy", by="doc_id")
    assert list(k["doc_id"]) == ["b", "d"] and not k.columns.duplicated().any()
    k = dc.kwic(normal, "privacy", by=["source", "speaker"], metadata=["speaker", "sentence"])
    assert not k.columns.duplicated().any() and set(k["source"]) == {"y"}


@pytest.mark.parametrize("name", ["size", "sum"])
def test_collocates_by_names_pandas_gave_its_aggregates(name):
    """collocates aggregated with ["sum", "size"]: a group column of either name raised inside pandas."""
    out = dc.collocates(_tokens(name), "privacy", by=name)
    assert set(out[name]) == {"low"} and not out.columns.duplicated().any()


def test_frame_balance_by_a_column_named_code():
    """group_codes sorted its keys through a column '_code', which overwrote a group column of that name
    (KeyError '_code' from inside pandas)."""
    out = dc.frame_balance(_tokens("_code"), "framing", by="_code", n_boot=10)
    assert set(out["_code"]) == {"high", "low"}


# ------------------------------------------------------------------------------------------ 2. case-sensitive KWIC
@pytest.fixture(scope="module")
def huawei() -> pd.DataFrame:
    text = "Huawei’s cameras watch. Huawei's servers store. huawei's logo. HUAWEI'S deal."
    return dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"text": [text]})))


@pytest.mark.parametrize("query", ["Huawei's", "Huawei’s", "Huawei 's", "Huawei‘s"])
def test_case_sensitive_kwic_matches_words_with_an_apostrophe(huawei, query):
    assert len(dc.kwic(huawei, query)) == 4
    k = dc.kwic(huawei, query, case_sensitive=True)
    assert list(k["match"]) == ["Huawei’s", "Huawei's"]


def test_case_sensitive_kwic_is_the_normal_search_restricted_to_the_capitalisation(huawei):
    assert list(dc.kwic(huawei, "huawei's", case_sensitive=True)["match"]) == ["huawei's"]
    assert list(dc.kwic(huawei, "HUAWEI’S", case_sensitive=True)["match"]) == ["HUAWEI'S"]
    assert len(dc.kwic(huawei, "Huawei*", case_sensitive=True)) == 2
    tokens = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame(
        {"text": ["The Safe City, a safe-city, Safe-City and pri\xadvacy."]})))
    assert list(dc.kwic(tokens, "Safe City", case_sensitive=True)["match"]) == ["Safe City", "Safe-City"]
    assert len(dc.kwic(tokens, "privacy", case_sensitive=True)) == len(dc.kwic(tokens, "privacy")) == 1


# ------------------------------------------------------------------------------------------ 3. lexicon files
def test_toml_misspelled_table_is_an_error(tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text('[metadata]\nname = "t"\n\n[categories.promotional]\nentries = [ { pattern = "smart city" } ]\n\n'
                    '[categroies.security]\nentries = [ { pattern = "police" } ]\n', encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"typo\.toml:7: unknown top-level table \[categroies\]; known: "
                                            r"'metadata', 'categories', 'changelog'"):
        dc.load_lexicon(path)


def test_toml_misspelled_entry_key_is_an_error(tmp_path):
    path = tmp_path / "key.toml"
    path.write_text('[categories.promotional]\nentries = [\n  { pattern = "safe city" },\n'
                    '  { pattern = "smart city", nmae = true },\n]\n', encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"key\.toml:4: categories\.promotional\.entries\[1\] \('smart city'\) "
                                            r"has unknown key\(s\) 'nmae'; known keys: 'pattern', 'rationale', "
                                            r"'name', 'since'"):
        dc.load_lexicon(path)


def test_toml_misspelled_category_and_metadata_keys_are_errors(tmp_path):
    path = tmp_path / "cat.toml"
    path.write_text('[categories.a]\nentires = [ "x" ]\nentries = [ "y" ]\n', encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"cat\.toml:1: \[categories\.a\] has unknown key\(s\) 'entires'"):
        dc.load_lexicon(path)
    path.write_text('[metadata]\nverison = "2"\n[categories.a]\nentries = [ "y" ]\n', encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"\[metadata\] has unknown key\(s\) 'verison'"):
        dc.load_lexicon(path)


def test_toml_known_keys_still_load(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text('[metadata]\nname = "ok"\nversion = "1"\ndescription = "d"\ncitation = "c"\n\n'
                    '[categories.a]\ndescription = "first"\nentries = [\n'
                    '  { pattern = "Smart City", rationale = "brand", name = true, since = "3.0.0" },\n  "privacy",\n]\n'
                    '\n[[changelog]]\nversion = "1"\nchanges = ["first"]\n', encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert [(e.pattern, e.name) for e in lex.entries] == [("smart city", True), ("privacy", False)]
    assert len(dc.load_lexicon("framing").entries) > 300


def test_dict_entry_with_a_misspelled_key_is_an_error():
    with pytest.raises(ValueError, match=r"unknown key\(s\) 'nmae'; known keys"):
        dc.Lexicon.from_dict({"a": [{"pattern": "smart city", "nmae": True}]})
    assert dc.Lexicon.from_dict({"a": [{"pattern": "smart city", "name": True}]}).entries[0].name


def test_dic_header_declaring_an_id_twice_is_an_error(tmp_path):
    path = tmp_path / "twice.dic"
    path.write_text("%\n1 promotional\n2 rights\n1 security\n%\nsmart city 1\nprivacy 2\n", encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"twice\.dic:4: category id 1 is declared twice in the header, for "
                                            r"'promotional' and for 'security'"):
        dc.load_lexicon(path)
    path.write_text("%\n1 promotional\n2 rights\n%\nsmart city 1\nprivacy 2\n", encoding="utf-8")
    assert dc.load_lexicon(path).categories == ("promotional", "rights")


def test_frame_matcher_count_refuses_a_by_named_like_its_columns():
    # FrameMatcher.count(by='n') wrote the hit counts over the group column (its table has 'n'); refused now,
    # and a by column named '_code' (which it sorted its groups through) gives its groups
    import pandas as pd

    import discourse as dc
    from discourse.matcher import FrameMatcher

    texts = ["The smart city promises public safety.", "Critics fear mass surveillance and lost privacy."] * 2
    docs = pd.DataFrame({"doc_id": list("abcd"), "n": ["x", "y", "x", "y"], "_code": ["p", "q", "p", "q"],
                         "text": texts})
    corpus = dc.Corpus.from_dataframe(docs)
    matcher = FrameMatcher(dc.load_lexicon("framing"))
    with pytest.raises(ValueError, match=r"by='n' names a column that FrameMatcher counts also write"):
        matcher.count(corpus, by="n")
    out = matcher.count(corpus, by="_code", voice=False)
    assert sorted(out["_code"].unique()) == ["p", "q"]
    promo = out[out["frame"] == "promotional"].set_index("_code")["n"]
    assert promo["p"] > 0 and promo["q"] == 0


@pytest.mark.parametrize("suffix", [".toml", ".json", ".dic"])
def test_a_lexicon_file_that_is_not_utf8_names_the_file(tmp_path, suffix):
    # before: "'utf-8' codec can't decode byte 0xff in position 3", without the file
    import discourse as dc

    path = tmp_path / f"mine{suffix}"
    path.write_bytes(b"abc\xff\xfe")
    with pytest.raises(ValueError, match=rf"mine\{suffix}: not utf-8 text \(byte b'\\xff' at offset 3 cannot be decoded\)\. Fix: "):
        dc.load_lexicon(path)


def test_an_entry_in_both_poles_is_refused(tmp_path):
    # the same entry in both poles: every hit went to the category listed first, so swapping the order of the
    # categories flipped the balance's sign (+1.10 against -1.10 on a two-source corpus), silently
    import pandas as pd

    from tests.test_hostile import error_lines, run_cli

    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a", "b"], "source": ["A", "B"], "text": [
        "The smart city is efficient. The smart city again.", "Privacy matters in a smart city."]}))
    tokens = dc.tokenize(corpus)
    for cats in ({"promo": ["smart city", "efficient"], "crit": ["privacy", "smart city"]},
                 {"crit": ["privacy", "smart city"], "promo": ["smart city", "efficient"]}):
        lex = dc.Lexicon.from_dict(cats)
        with pytest.raises(ValueError, match=r"1 entry is in both poles of lexicon 'custom' \('smart city'\); every "
                                             rf"hit of it would count for '{next(iter(cats))}'.*Remove"):
            dc.frame_balance(tokens, lex, by="source", poles=("promo", "crit"), n_boot=0)
    # a category outside the poles may share entries (LIWC dictionaries do)
    lex = dc.Lexicon.from_dict({"promo": ["efficient"], "crit": ["privacy"], "topic": ["smart city", "privacy"]})
    assert len(dc.frame_balance(tokens, lex, by="source", poles=("promo", "crit"), n_boot=0))
    path = tmp_path / "two.toml"
    path.write_text('[categories.promo]\nentries = ["smart city"]\n[categories.crit]\nentries = ["smart city"]\n',
                    encoding="utf-8")
    docs = tmp_path / "docs.csv"
    corpus.documents[["doc_id", "source", "text"]].to_csv(docs, index=False)
    code, _, err = run_cli(["frames", str(docs), "--lexicon", str(path), "--poles", "promo,crit"])
    assert code == 2 and len(error_lines(err)) == 1 and "in both poles" in err


def test_a_renamed_source_column_is_named_in_the_hint():
    # load_corpus(source="country_iso3") names the column 'source'; grouping by the old name then said only to
    # pass metadata=['country_iso3'], which could not work (a user's walkthrough on UN speeches)
    import pandas as pd

    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "country_iso3": ["FRA", "DEU"],
                                          "text": ["Mass surveillance is repression.", "Smart solutions."]}),
                            source="country_iso3")
    assert "source" in corpus.documents.columns and "country_iso3" not in corpus.documents.columns
    with pytest.raises(ValueError, match=r"missing column\(s\) 'country_iso3'.*source=.*takes that name"):
        dc.frame_balance(dc.tokenize(corpus), by="country_iso3", n_boot=0)
