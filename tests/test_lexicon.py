"""Lexicons: loading (TOML, LIWC .dic, dict), matching rules, checks, provenance and bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.lexicon import MATCH_COLUMNS, Lexicon


def _tokens(*texts: str, source: str = "s") -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": source, "text": list(texts)})
    return dc.tokenize(dc.Corpus.from_dataframe(df))


def _hits(lex: Lexicon, *texts: str, **kw) -> list[tuple[str, str, str]]:
    m = lex.find_matches(_tokens(*texts), **kw)
    return list(zip(m["frame"], m["entry"], m["matched"], strict=True))


# ------------------------------------------------------------------------------------------ bundled
def test_bundled_framing_lexicon_is_listed_and_documented():
    listed = dc.list_lexicons()
    assert list(listed.columns) == ["name", "version", "categories", "n_entries", "hash", "description", "citation"]
    assert "framing" in set(listed["name"])
    lex = dc.load_lexicon("framing")
    assert {"promotional", "rights", "security", "technology", "economy", "geopolitics"} <= set(lex.categories)
    table = lex.to_frame()
    # every entry carries a rationale, and both poles are substantial
    assert (table["rationale"].str.len() > 10).all(), table[table["rationale"].str.len() <= 10]
    assert lex.sizes()["promotional"] >= 40 and lex.sizes()["rights"] >= 40
    assert lex.version == "3.5.0" and len(lex.hash) == 64
    assert listed.set_index("name").loc["framing", "hash"] == lex.hash


def test_cookie_banner_wording_is_web_furniture_not_rights_language():
    # 3.3.0: the banner's "consent" is matched by the longer web_boilerplate entry (longest match first), so
    # the rights pole gets nothing from it; "consent" in a sentence about rights still counts
    lex = dc.load_lexicon("framing")
    text = "By clicking Accept all, you consent to our use of cookies. Residents never gave their consent."
    toks = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]})))
    hits = lex.find_matches(toks)
    assert list(zip(hits["frame"], hits["matched"], strict=True)) == [("web_boilerplate", "consent to our use of cookies"),
                                                         ("rights", "consent")]


def test_bundled_lexicon_passes_its_own_check():
    issues = dc.load_lexicon("framing").check()
    assert issues.empty, issues.to_string()


def test_bundled_lexicon_loads_outside_the_checkout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # resources come from the package, not the working directory
    assert "mass surveillance" in set(dc.load_lexicon("framing").to_frame()["pattern"])


def test_ambiguous_terms_sit_where_the_lexicon_documents_them():
    table = dc.load_lexicon("framing").to_frame().set_index("pattern")["category"]
    assert table["surveillance"] == "technology"
    assert table["mass surveillance"] == "rights"
    assert table["security"] == "security"
    assert table["public safety"] == "promotional"
    assert table["privacy"] == "rights"


# ------------------------------------------------------------------------------------------ matching
def test_longest_match_first_and_no_double_counting():
    lex = Lexicon.from_dict({"rights": ["mass surveillance"], "technology": ["surveillance", "surveil*"]})
    hits = _hits(lex, "Mass surveillance is not only surveillance. They surveilled us.")
    assert hits == [("rights", "mass surveillance", "Mass surveillance"),
                    ("technology", "surveillance", "surveillance"),  # the literal beats the glob
                    ("technology", "surveil*", "surveilled")]


def test_longest_match_wins_even_when_it_starts_later():
    lex = Lexicon.from_dict({"x": ["a b"], "y": ["b c d"]})
    assert _hits(lex, "a b c d") == [("y", "b c d", "b c d")]


def test_same_length_overlapping_phrases_go_left_to_right():
    lex = Lexicon.from_dict({"x": ["go go"]})
    assert len(_hits(lex, "go go go")) == 1
    assert len(_hits(lex, "go go go go")) == 2


def test_phrases_do_not_cross_sentences_or_documents():
    lex = Lexicon.from_dict({"p": ["safe city"]})
    assert _hits(lex, "It is safe. City halls agree.") == []
    assert _hits(lex, "It is safe", "city halls") == []
    assert _hits(lex, "A safe city. A safe city.") == [("p", "safe city", "safe city")] * 2


def test_phrase_matches_its_hyphenated_spelling_and_globs_in_phrases():
    lex = Lexicon.from_dict({"p": ["safe city"], "r": ["human rights violation*"]})
    hits = _hits(lex, "Safe-city projects and human rights violations.")
    assert hits == [("p", "safe city", "Safe-city"), ("r", "human rights violation*", "human rights violations")]


def test_curly_apostrophes_and_case_are_normalised():
    # entries are written as running text: "City's" is split like the tokenizer splits it
    lex = Lexicon.from_dict({"p": ["City's nervous system"]})
    assert lex.to_frame()["pattern"].tolist() == ["city 's nervous system"]
    assert _hits(lex, "the city’s nervous system") == [("p", "city 's nervous system", "city’s nervous system")]
    assert _hits(lex, "The CITY'S NERVOUS SYSTEM") == [("p", "city 's nervous system", "CITY'S NERVOUS SYSTEM")]


def test_matching_on_stems():
    lex = Lexicon.from_dict({"t": ["camera"]})
    assert _hits(lex, "Cameras everywhere.") == []
    assert _hits(lex, "Cameras everywhere.", on="stem") == [("t", "camera", "Cameras")]


def test_find_matches_columns_and_offsets_point_at_the_text():
    text = "Our smart city is a safe city.\n\nHuman rights violations continue."
    toks = _tokens(text)
    m = dc.load_lexicon("framing").find_matches(toks)
    assert list(m.columns) == MATCH_COLUMNS
    for row in m.itertuples():
        assert text[row.start:row.end] == row.matched
        assert toks.iloc[row.token_row]["position"] == row.start_position
        assert row.end_position - row.start_position == row.n_tokens
    assert list(m["entry"]) == ["smart cit*", "safe cit*", "human rights violation*"]
    assert list(m["paragraph"]) == [0, 0, 1]


def test_find_matches_restricts_categories_and_validates_them():
    lex = dc.load_lexicon("framing")
    m = lex.find_matches(_tokens("Mass surveillance in the smart city."), categories="rights")
    assert list(m["entry"]) == ["mass surveillance"]
    with pytest.raises(ValueError, match=r"category 'framez' is not in lexicon 'framing'; available: 'promotional'"):
        lex.find_matches(_tokens("x"), categories=["framez"])


def test_restricting_categories_does_not_change_a_categorys_hits():
    # "privacy policy" (web boilerplate) claims its "privacy" even when only rights are reported
    lex = dc.load_lexicon("framing")
    toks = _tokens("Read our privacy policy. Privacy is a right.")
    rights = lex.find_matches(toks, categories="rights")
    assert rights["matched"].tolist() == ["Privacy"]
    full = lex.find_matches(toks)
    pd.testing.assert_frame_equal(rights, full[full["frame"] == "rights"].reset_index(drop=True))
    looked = lex.lookup(["privacy policy", "privacy"], categories="rights")
    assert looked["frame"].isna().tolist() == [True, False] and looked["frame"].iloc[1] == "rights"


def test_matching_is_vectorised_over_a_large_table():
    # 210,000 tokens: a Python loop over tokens would take seconds; this is a correctness check at scale
    base = _tokens("The safe city and mass surveillance of the smart city, said nobody.")
    big = base.loc[np.tile(np.arange(len(base)), 15_000)].reset_index(drop=True)
    big["doc_id"] = np.repeat([f"d{i}" for i in range(15_000)], len(base))
    m = dc.load_lexicon("framing").find_matches(big)
    per_doc = m.groupby("doc_id").size()
    assert len(per_doc) == 15_000 and (per_doc == per_doc.iloc[0]).all()


# ------------------------------------------------------------------------------------------ formats
def test_from_toml_and_hash(tmp_path):
    path = tmp_path / "mini.toml"
    path.write_text(
        '[metadata]\nname = "mini"\nversion = "0.2"\n\n'
        '[categories.a]\ndescription = "first"\nentries = [\n  { pattern = "Smart City", rationale = "brand" },\n]\n\n'
        '[categories.b]\nentries = [ { pattern = "privacy", rationale = "right" } ]\n', encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert (lex.name, lex.version, lex.categories) == ("mini", "0.2", ("a", "b"))
    assert lex.to_frame()["pattern"].tolist() == ["smart city", "privacy"]
    # the hash depends on categories and patterns, not on rationales or descriptions
    same = Lexicon.from_dict({"a": {"smart city": "other words"}, "b": ["privacy"]})
    other = Lexicon.from_dict({"a": ["smart cities"], "b": ["privacy"]})
    assert same.hash == lex.hash != other.hash
    assert lex.provenance()["hash"] == lex.hash


def test_name_flag_in_toml_dict_frame_and_hash(tmp_path):
    path = tmp_path / "names.toml"
    path.write_text(
        '[metadata]\nname = "n"\nversion = "1"\n\n[categories.a]\nentries = [\n'
        '  { pattern = "acme city", rationale = "brand", name = true },\n  { pattern = "seamless" },\n]\n',
        encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert lex.to_frame()[["pattern", "name"]].values.tolist() == [["acme city", True], ["seamless", False]]
    same = Lexicon.from_dict({"a": [{"pattern": "acme city", "name": True}, "seamless"]})
    plain = Lexicon.from_dict({"a": ["acme city", "seamless"]})
    # names change how hits are used, so they enter the hash; a lexicon without names keeps its old hash
    assert same.hash == lex.hash != plain.hash
    assert lex.select("a").entries[0].name is True
    bad = tmp_path / "bad.toml"
    bad.write_text('[categories.a]\nentries = [ { pattern = "x", name = "yes" } ]\n', encoding="utf-8")
    with pytest.raises(TypeError, match=r"bad.toml.*'name' must be true or false, got str"):
        dc.load_lexicon(bad)


def test_bundled_lexicon_marks_names_and_keeps_a_changelog():
    import tomllib
    from importlib import resources

    lex = dc.load_lexicon("framing")
    t = lex.to_frame()
    names = set(t.loc[t["name"], "pattern"])
    assert {"safe cit*", "safety cit*", "city brain*", "human rights watch", "privacy international"} <= names
    assert "smart cit*" not in names  # the concept, not a brand: its use is decided in context
    assert set(t.loc[t["category"] == "institutions", "name"]) == {True}
    raw = tomllib.loads((resources.files("discourse") / "lexicons" / "framing.toml").read_text(encoding="utf-8"))
    assert raw["changelog"][0]["version"] == lex.version and len(raw["changelog"][0]["changes"]) >= 3


def test_from_dic(tmp_path):
    path = tmp_path / "liwc.dic"
    path.write_text("%\n1\tpromo\n2\tcrit\n%\nsmart cit*\t1\nprivacy\t2\nsurveil*\t1 2\n", encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert lex.categories == ("promo", "crit")
    assert lex.sizes() == {"promo": 2, "crit": 2}
    assert lex.check()["issue"].tolist() == ["overlap", "overlap"]


def test_from_dic_with_undeclared_category_names_the_line(tmp_path):
    path = tmp_path / "bad.dic"
    path.write_text("%\n1\tpromo\n%\nsmart\t1\nprivacy\t7\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.dic:5: category id '7' is not declared"):
        dc.load_lexicon(path)


def test_from_dict_forms():
    a = Lexicon.from_dict({"p": ["smart city"], "r": {"privacy": "a right"}})
    b = Lexicon.from_dict({"p": [{"pattern": "smart city"}], "r": [{"pattern": "privacy", "rationale": "a right"}]})
    assert a.hash == b.hash and a.to_frame().equals(b.to_frame())
    assert dc.load_lexicon({"p": ["x"]}).categories == ("p",)


# ------------------------------------------------------------------------------------------ check
def test_check_reports_each_kind_of_problem():
    lex = Lexicon.from_dict({
        "a": ["safe.cit*", "of the", "privacy", "privacy", "safe cit*"],
        "b": ["safe city", "unused"],
    })
    issues = lex.check(_tokens("Privacy in a safe city."))
    found = set(zip(issues["pattern"], issues["issue"], strict=True))
    assert ("safe.cit*", "never_matches") in found
    assert ("of the", "stopword_only") in found
    assert ("privacy", "duplicate") in found
    assert ("safe cit*", "overlap") in found and ("safe city", "overlap") in found
    assert ("unused", "no_hits") in found
    assert ("privacy", "no_hits") not in found
    assert list(issues.columns) == ["category", "pattern", "issue", "detail"]


# ------------------------------------------------------------------------------------------ bad input
def test_malformed_toml_names_file_and_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('[metadata]\nname = "x"\n\n[categories.a]\nentries = [ { pattern = "smart" \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.toml: malformed TOML: .*line 5"):
        dc.load_lexicon(path)


@pytest.mark.parametrize("pattern, message", [
    ("*", "only wildcards"),
    ("surv[ei]*", r"character\(s\) '\[', '\]' are not supported"),
    ("surv**", r"'\*\*'"),
    ("  ", "empty pattern"),
])
def test_invalid_globs_are_rejected(pattern, message):
    with pytest.raises(ValueError, match=message):
        Lexicon.from_dict({"a": [pattern]})


def test_invalid_glob_in_toml_names_file_and_line(tmp_path):
    path = tmp_path / "glob.toml"
    path.write_text('[categories.a]\nentries = [\n  { pattern = "fine" },\n  { pattern = "bad[" },\n]\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"glob\.toml:4: categories\.a\.entries\[1\]: invalid glob 'bad\['"):
        dc.load_lexicon(path)


def test_empty_lexicon_and_empty_category_are_errors(tmp_path):
    with pytest.raises(ValueError, match="has no entries"):
        Lexicon.from_dict({})
    with pytest.raises(ValueError, match=r"category 'b' has no entries"):
        Lexicon.from_dict({"a": ["x"], "b": []})
    path = tmp_path / "empty.toml"
    path.write_text('[metadata]\nname = "e"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"empty\.toml: no \[categories"):
        dc.load_lexicon(path)


def test_unknown_lexicon_and_category():
    with pytest.raises(ValueError, match=r"neither a bundled lexicon nor an existing file; bundled: 'framing'"):
        dc.load_lexicon("framingg")
    with pytest.raises(ValueError, match=r"category 'nope' is not in lexicon"):
        dc.load_lexicon("framing").select(["rights", "nope"])
    with pytest.raises(TypeError, match="lexicon must be"):
        dc.load_lexicon(42)


def test_find_matches_validates_tokens():
    lex = dc.load_lexicon("framing")
    with pytest.raises(TypeError, match="tokens must be a pandas DataFrame"):
        lex.find_matches(["smart", "city"])
    with pytest.raises(ValueError, match=r"tokens is missing column\(s\) 'norm'"):
        lex.find_matches(_tokens("smart city").drop(columns="norm"))
    with pytest.raises(ValueError, match=r"on='lemma' is not valid; choose one of: 'norm', 'stem'"):
        lex.find_matches(_tokens("smart city"), on="lemma")
    empty = lex.find_matches(_tokens("smart city").iloc[:0])
    assert list(empty.columns) == MATCH_COLUMNS and empty.empty
    assert empty["start"].dtype == np.int64


def test_the_readme_lexicon_example_loads_as_documented(tmp_path):
    # the TOML example of the README's "Writing a lexicon" section, verbatim
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### Writing a lexicon.*?```toml\n(.*?)```", readme, re.S).group(1)
    path = tmp_path / "5g_ban.toml"
    path.write_text(block, encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert lex.name == "5g_ban" and lex.version == "1.0.0" and list(lex.categories) == ["threat", "cost"]
    table = lex.to_frame().set_index("pattern")
    assert bool(table.loc["clean network", "name"]) and not bool(table.loc["backdoor*", "name"])
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [
        "Officials warned of backdoors and a high-risk vendor; rip-and-replace costs rose."]}))
    hits = lex.find_matches(dc.tokenize(corpus))
    assert set(zip(hits["frame"], hits["entry"], strict=True)) == {
        ("threat", "backdoor*"), ("threat", "high-risk vendor*"), ("cost", "rip and replace")}
    same = dc.load_lexicon({"threat": ["backdoor*", "national security"], "cost": {"rip and replace": "why"}})
    assert list(same.categories) == ["threat", "cost"]


def test_metadata_keys_at_the_top_of_a_toml_file_are_the_lexicons(tmp_path):
    # name = / version = before any table are in no TOML table; they were accepted and dropped (the lexicon took
    # the file's stem and "unversioned")
    path = tmp_path / "file_stem.toml"
    path.write_text('name = "mine"\nversion = "2.1"\ncitation = "me"\n\n[categories.a]\nentries = ["privacy"]\n',
                    encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert (lex.name, lex.version, lex.citation) == ("mine", "2.1", "me")
    # the same value both ways is fine; different values name the line and both values
    path.write_text('name = "mine"\n[metadata]\nname = "mine"\n[categories.a]\nentries = ["privacy"]\n', encoding="utf-8")
    assert dc.load_lexicon(path).name == "mine"
    path.write_text('version = "1"\n[metadata]\nversion = "2"\n[categories.a]\nentries = ["privacy"]\n',
                    encoding="utf-8")
    with pytest.raises(dc.InputError, match=r"file_stem\.toml:1: 'version' is set at the top of the file \('1'\) "
                                            r"and in \[metadata\] \('2'\).*keep one"):
        dc.load_lexicon(path)
