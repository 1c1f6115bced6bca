"""Dictionary analysis as a quanteda user checks it: what a lexicon file means, and what each count is.

Every count here is compared with a count made by hand from the sentence as written, or with an independent
implementation of the semantics the README documents (longest match over the whole lexicon, leftmost first, each
token once, phrases inside a sentence, a phrase also as its hyphenated single token).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import discourse as dc
from discourse.lexicon import Lexicon

BROWN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "brown" / "brown.jsonl.gz"


def _tokens(*texts: str) -> pd.DataFrame:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "s", "text": list(texts)})
    return dc.tokenize(dc.Corpus.from_dataframe(df), quotes=False)


def _counts(tokens: pd.DataFrame, lex: Lexicon) -> dict[str, int]:
    out = dc.count_frames(tokens, lex, by=None, voice=False)
    return dict(zip(out["frame"], out["n"].astype(int), strict=True))


# ------------------------------------------------------------------------------------------ nested categories
def test_nested_categories_of_a_dict_or_json_lexicon_are_flattened_not_read_as_patterns(tmp_path):
    # A quanteda dictionary with levels, written as nested JSON: {"rights": {"privacy": [...], "speech": [...]}}.
    # It was read as the category 'rights' with the two *patterns* 'privacy' and 'speech' (their lists became
    # rationales), so "data protection" and "free speech" never matched and 'speech' matched the bare word.
    # Nested categories are flattened to their path joined by '.', as quanteda's flatten_dictionary and the
    # WordStat/Yoshikoder readers do.
    data = {"rights": {"privacy": ["privacy", "data protection"], "speech": ["free speech"]}, "promo": ["smart city"]}
    path = tmp_path / "nested.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for lex in (Lexicon.from_dict(data), dc.load_lexicon(path)):
        assert lex.categories == ("rights.privacy", "rights.speech", "promo")
        assert lex.sizes() == {"rights.privacy": 2, "rights.speech": 1, "promo": 1}
    tokens = _tokens("Data protection and free speech matter; privacy too. His speech praised the smart city.")
    # by hand: data protection, privacy | free speech ("speech" alone is no entry) | smart city
    assert _counts(tokens, lex) == {"rights.privacy": 2, "rights.speech": 1, "promo": 1}
    # {pattern: rationale} keeps its meaning, and a dict that mixes the two layouts is refused
    assert Lexicon.from_dict({"r": {"privacy": "a right"}}).entries[0].rationale == "a right"
    with pytest.raises(ValueError, match=r"category 'r' mixes nested categories \('speech'"):
        Lexicon.from_dict({"r": {"speech": ["free speech"], "privacy": "a right"}})


def test_nested_toml_tables_are_categories_of_their_own(tmp_path):
    # [categories.rights.privacy] was refused as an unknown key 'privacy' of [categories.rights], with the hint
    # "correct the spelling"; it is the TOML spelling of a nested category
    path = tmp_path / "nested.toml"
    path.write_text('[categories.rights]\nentries = [{ pattern = "human rights" }]\n'
                    '[categories.rights.privacy]\nentries = [{ pattern = "privacy" }]\n'
                    '[categories.economy.trade]\nentries = [{ pattern = "trade war" }]\n', encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert lex.categories == ("rights", "rights.privacy", "economy.trade")  # 'economy' holds no entry of its own
    tokens = _tokens("Human rights and privacy suffer in a trade war.")
    assert _counts(tokens, lex) == {"rights": 1, "rights.privacy": 1, "economy.trade": 1}


# ------------------------------------------------------------------------------------------ repeated entries
def test_entries_repeated_or_differing_only_by_case_are_kept_once_with_a_warning(tmp_path):
    # "Smart City", "smart city" and "smart  city" are one entry (matching is on the lowercased norm, as quanteda's
    # case_insensitive = TRUE). They were kept three times: len(lex) 4, sizes() {'a': 4}, a hash of its own, and
    # no word; a file reader dropped its repeats silently.
    with pytest.warns(UserWarning, match=r"2 entries repeat an entry of their category .* kept once: "
                                         r"'smart city' = 'Smart City' in 'a'"):
        lex = Lexicon.from_dict({"a": ["Smart City", "smart city", "smart  city", "privacy"]})
    assert len(lex) == 2 and lex.sizes() == {"a": 2}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        once = Lexicon.from_dict({"a": ["smart city", "privacy"]})
    assert lex.hash == once.hash  # they match exactly the same tokens
    assert ("smart city", "duplicate") in set(zip(lex.check()["pattern"], lex.check()["issue"], strict=True))
    tokens = _tokens("Smart City, smart city: privacy.")
    assert _counts(tokens, lex) == {"a": 3}  # each hit once, by hand
    # a name flag or rationale on a repeat is kept
    with pytest.warns(UserWarning, match="kept once"):
        named = Lexicon.from_dict({"a": [{"pattern": "safe city"}, {"pattern": "Safe City", "name": True,
                                                                    "rationale": "a brand"}]})
    assert named.entries[0].name and named.entries[0].rationale == "a brand"
    # the file readers warn too
    path = tmp_path / "lsd.lc3"
    path.write_text("+negative\nabandon*\nAbandon*\n+positive\nable\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"1 entry repeats .* 'abandon\*' in 'negative'"):
        assert dc.load_lexicon(path).sizes() == {"negative": 1, "positive": 1}


def test_lexicoder_category_without_entries_is_warned_about(tmp_path):
    # '+empty' with no entry after it was left out of the lexicon without a word (the LIWC reader warns)
    path = tmp_path / "x.lc3"
    path.write_text("+empty\n+rights\nprivacy\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"category 'empty' \(line 1\) has no entry and is left out"):
        lex = dc.load_lexicon(path)
    assert lex.categories == ("rights",)
