"""Findings of the user audit about lexicons, LIWC .dic files and seed words (one test per finding)."""

from __future__ import annotations

import inspect
import itertools
import re
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
import discourse.lexicon as lexicon_module
from discourse.lexicon import Lexicon


def _tokens(*texts: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "s", "text": list(texts)})
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


# ------------------------------------------------------------------------------------------ finding 3
def test_check_reports_a_glob_matching_a_large_share_of_the_words():
    # Finding 3: 's*' (a slip for 'sovereign*') matched 9% of the distinct words and 6% of the word tokens of the
    # UN debates, and Lexicon.check(tokens) said nothing (it reported only overlaps); the balance then counted
    # "states", "such", "should" ... as sovereignty. It is now reported as 'broad', with both shares.
    s_words = ["s" + a + b for a, b in itertools.product("aeiou", "bdfgk")]          # 25 words starting with s
    other = ["t" + a + b + c for a, b, c in itertools.product("aeiou", "bdfgk", "lmn")]  # 75 other words
    text = " ".join(other * 4 + s_words + ["sovereign", "sovereignty", "rights"] * 2) + "."
    tokens = _tokens(text)
    lex = Lexicon.from_dict({"sovereignty": ["s*", "sovereign*"], "rights": ["rights", "t*"]})
    found = lex.check(tokens)
    broad = found[found["issue"] == "broad"]
    # 's*' matches 25 distinct words (of 103, 24%): broad; 'sovereign*' two words: not; 'rights' is a literal;
    # 't*' matches 75 words, 73% of the distinct words and most tokens: broad
    assert sorted(broad["pattern"]) == ["s*", "t*"]
    detail = broad.set_index("pattern").at["s*", "detail"]
    assert "25 distinct words" in detail and "max_share" in detail
    # the threshold is a parameter: raised to 100%, nothing is broad
    assert not (lex.check(tokens, max_share=1.0)["issue"] == "broad").any()
    # a glob matching ten words or fewer is never broad, even when it is a large share of a small sample
    small = Lexicon.from_dict({"a": ["sovereign*"], "b": ["rights"]}).check(_tokens("sovereign sovereignty rights."))
    assert not (small["issue"] == "broad").any()
    with pytest.raises(ValueError, match=r"max_share=0 must be a number in \(0, 1\]"):
        lex.check(tokens, max_share=0)
    # without tokens, nothing changes
    assert not (lex.check()["issue"] == "broad").any()


# ------------------------------------------------------------------------------------------ finding 5
def test_dic_entry_ending_in_a_number_keeps_it_when_a_tab_separates_the_ids(tmp_path):
    # Finding 5: in a LIWC .dic file, "Group of 77<TAB>1" had its '77' read as a category id: an error
    # ("category id '77' is not declared") when 77 was not declared, and silently the entry 'group of' in two
    # categories when it was. LIWC separates the pattern from its ids with a tab: the pattern is now what comes
    # before the first tab; a line without a tab is read as before, and its error says the number may belong to
    # the pattern.
    path = tmp_path / "un.dic"
    path.write_text("%\n1\tsovereignty\n2\trights\n77\tdevelopment\n%\nsovereign*\t1\nGroup of 77\t1\n"
                    "resolution 1325\t2\nhuman rights\t2 77\n", encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert lex.to_frame()[["category", "pattern"]].values.tolist() == [
        ["sovereignty", "sovereign*"], ["sovereignty", "group of 77"], ["rights", "resolution 1325"],
        ["rights", "human rights"], ["development", "human rights"]]
    hits = lex.find_matches(_tokens("The Group of 77 and China. A group of experts met."))
    assert hits["matched"].tolist() == ["Group of 77"]
    # without a tab: today's reading, and the error says why
    bad = tmp_path / "spaces.dic"
    bad.write_text("%\n1\tsovereignty\n%\nGroup of 77 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"spaces\.dic:4: category id '77' is not declared.*the line has no tab.*"
                                         r"if '77' belongs to the pattern.*'Group of 77<TAB>1'"):
        dc.load_lexicon(bad)
    # text after the tab that is not an id is an error, not part of the pattern
    junk = tmp_path / "junk.dic"
    junk.write_text("%\n1\tsovereignty\n%\nGroup of\t77 x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"junk\.dic:4: .*'x' after the tab"):
        dc.load_lexicon(junk)


# ------------------------------------------------------------------------------------------ finding 6
def test_lss_refuses_phrase_seeds_instead_of_calling_them_absent():
    # Finding 6: LatentSemanticScaling said the phrase seeds 'human rights' and 'territorial integrity' "do not
    # occur in the corpus" (they occur often), gave them weight 0 while still counting them in the pole's divisor,
    # and refused a pole of phrases only for the same false reason. Its word vectors are of single words (LSX's
    # seeds are words or globs): a phrase seed is now refused as such, naming the parameter.
    tokens = _tokens(*["Human rights and territorial integrity matter. Sovereignty and rights are debated."] * 4)
    seeds = {"sovereignty": ["sovereignty", "territorial integrity"], "rights": ["rights", "human rights"]}
    with pytest.raises(ValueError, match=r"seeds: LSS seeds are single words .*'territorial integrity' is a phrase: "
                                         r"give one of its words, e.g. 'territorial'.*'territorial-integrity'.*"
                                         r"all phrase seeds: 'territorial integrity', 'human rights'"):
        dc.LatentSemanticScaling(seeds=seeds, k=2).fit(tokens)
    with pytest.raises(ValueError, match=r"'human rights' is a phrase"):
        dc.LatentSemanticScaling(seeds={"human rights": 1.0, "sovereignty": -1.0}, k=2).fit(tokens)
    # single words and hyphenated words are seeds as before
    lss = dc.LatentSemanticScaling(seeds={"sovereignty": ["sovereignty"], "rights": ["rights"]}, k=2).fit(tokens)
    assert set(lss.seeds_["term"]) == {"sovereignty", "rights"}


# ------------------------------------------------------------------------------------------ finding 9
def test_suggest_terms_refuses_a_seed_in_both_poles_as_lss_does():
    # Finding 9: suggest_terms silently accepted the same seed in both poles (both poles then got the same
    # co-occurrence candidates, each kept in whichever pole scored it a hair higher), while LatentSemanticScaling
    # and check_poles refuse it. It is now refused with LatentSemanticScaling's words.
    tokens = _tokens(*["Sovereignty and accountability matter. Impunity and accountability are debated."] * 4)
    seeds = {"sovereignty": ["sovereignty", "Accountability"], "rights": ["accountability", "impunity"]}
    with pytest.raises(ValueError, match=r"seed word\(s\) 'accountability' are given to both poles "
                                         r"\('sovereignty', 'rights'\), where .*; give each seed to one pole only$"):
        dc.suggest_terms(tokens, seeds=seeds, word2vec=False, min_count=1)
    with pytest.raises(ValueError, match=r"seed word\(s\) 'accountability' are given to both poles, where .*; give "
                                         r"each seed to one pole only$"):
        dc.LatentSemanticScaling(seeds=seeds, k=2).fit(tokens)
    # distinct seeds in each pole: accepted as before
    ok = dc.suggest_terms(tokens, seeds={"sovereignty": ["sovereignty"], "rights": ["impunity"]}, word2vec=False,
                          min_count=1)
    assert set(ok["pole"]) <= {"sovereignty", "rights"}


# ------------------------------------------------------------------------------------------ finding 10
def test_docs_list_every_lexicon_format_that_load_lexicon_reads():
    # Finding 10: README's "Writing a lexicon" said "Four forms load" and then listed six file formats, and the
    # discourse.lexicon module docstring named only TOML, .dic and a dict. Both now name every suffix that
    # load_lexicon reads (taken from its source, so a new reader without docs fails here).
    suffixes = re.findall(r'suffix == "(\.\w+)"', inspect.getsource(lexicon_module.load_lexicon))
    assert len(suffixes) == 6
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Writing a lexicon"):]
    intro = section[:section.index("```")]
    assert "Four forms" not in intro and "six formats" in intro
    doc = lexicon_module.__doc__
    doc_formats = doc[doc.index("Lexicons load"):doc.index(":attr:`Lexicon.hash`")]
    for suffix in suffixes:
        assert f"`{suffix}`" in intro, suffix
        assert f"``{suffix}``" in doc_formats, suffix
    assert "dict" in doc_formats and "dict" in intro


def test_dic_header_category_without_entries_is_warned(tmp_path):
    # a header category that no entry line uses ('77 development' with no entry of id 77) was left out of the
    # lexicon without a word
    path = tmp_path / "d.dic"
    path.write_text("%\n1\trights\n77\tdevelopment\n%\nhuman rights\t1\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"header category 'development' has no entry and is left out"):
        lex = dc.Lexicon.from_dic(path)
    assert list(lex.categories) == ["rights"]


def test_lss_refuses_phrase_terms_as_it_refuses_phrase_seeds(seed_tokens):
    # LatentSemanticScaling(terms=[...]) with a phrase: it matched no word and was left out without a word
    for terms in (["privacy", "human rights"], {"privacy": 1.0, "mass surveillance": 2.0}):
        model = dc.LatentSemanticScaling(seeds={"a": ["privacy"], "b": ["smart"]}, terms=terms, k=5)
        with pytest.raises(ValueError, match=r"terms: LSS gives polarity to single words.*is a phrase"):
            model.fit(seed_tokens)
