"""Dictionary analysis as a quanteda user checks it: what a lexicon file means, and what each count is.

Every count here is compared with a count made by hand from the sentence as written, or with an independent
implementation of the semantics the README documents (longest match over the whole lexicon, leftmost first, each
token once, phrases inside a sentence, a phrase also as its hyphenated single token).
"""

from __future__ import annotations

import gzip
import json
import re
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


# ------------------------------------------------------------------------------------------ shared entries
def test_an_entry_in_two_categories_counts_in_the_first_with_a_warning_and_select_counts_each(tmp_path):
    # LIWC lists a word in every category it belongs to ("happy" in affect and posemo) and counts it in each, as
    # quanteda's tokens_lookup does. Here each token counts once in the whole lexicon, so posemo got none of the
    # hits of its words that affect lists first: a LIWC .dic gave posemo 1 and negemo 0 below, and said nothing.
    path = tmp_path / "liwc.dic"
    path.write_text("%\n1\taffect\n2\tposemo\n3\tnegemo\n%\nhappy\t1 2\nsad\t1 3\ngood*\t1 2\nlove\t2\n",
                    encoding="utf-8")
    with pytest.warns(UserWarning, match=r"3 entries stand in more than one category \('happy' in 'affect', "
                                         r"'posemo'.*counts for the category listed first \('affect'\).*"
                                         r"lex.select\(category\)"):
        lex = dc.load_lexicon(path)
    tokens = _tokens("I am happy and sad, good and goodness, love.")
    # the documented semantics: one category per token, the first listed
    assert _counts(tokens, lex) == {"affect": 4, "posemo": 1, "negemo": 0}
    # LIWC's counts, by hand: affect happy sad good goodness = 4; posemo happy good goodness love = 4; negemo sad = 1
    each = {c: _counts(tokens, lex.select(c))[c] for c in lex.categories}
    assert each == {"affect": 4, "posemo": 4, "negemo": 1}


# ------------------------------------------------------------------------------------------ the semantics
def test_matching_semantics_on_written_sentences():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 'police' is in two categories on purpose
        lex = Lexicon.from_dict({
            "smart": ["smart city", "smart city platform", "smart cit*"],
            "place": ["city", "new york", "new york city"],
            "surv": ["surveil*", "*veillance", "face-recognition", "police"],
            "people": ["people's", "police"],
        })
    text = ("The smart city platform watches the city. Smart-city plans in New York City. Surveillance, "
            "resurveillance, surveillances, unsurveilled. Face-recognition and face recognition. The people's "
            "police. Smart cities.")
    m = lex.find_matches(_tokens(text))
    got = list(zip(m["frame"], m["matched"], strict=True))
    assert got == [
        ("smart", "smart city platform"),  # longest first: its "smart city" and "city" are not counted again
        ("place", "city"),
        ("smart", "Smart-city"),           # a phrase matches its hyphenated spelling
        ("place", "New York City"),        # not also "new york", nor "city"
        ("surv", "Surveillance"),
        ("surv", "resurveillance"),        # '*veillance': a leading glob, anchored at the end
        ("surv", "surveillances"),         # 'surveil*' (anchored at the start; '*veillance' does not match)
        ("surv", "Face-recognition"),      # hyphenated words stay whole ...
        ("people", "people's"),            # ... 'people's' is the phrase "people 's", as the tokenizer splits it
        ("surv", "police"),                # in two categories: counted once, for the first listed
        ("smart", "Smart cities"),         # a multi-word glob
    ]
    # "face recognition" (two tokens) is not the entry "face-recognition", and "unsurveilled" no 'surveil*' hit
    assert "face recognition" not in set(m["matched"].str.lower()) and "unsurveilled" not in set(m["matched"])


def _independent_matches(tokens: pd.DataFrame, lex: Lexicon) -> pd.DataFrame:
    """The README's semantics written out plainly: every entry (and a phrase's hyphenated spelling) tried at every
    position with anchored regular expressions; then longest first, leftmost first, most specific entry (fewer
    glob parts, more literal characters, category order, entry order), each token once."""
    def rx(part: str) -> re.Pattern[str]:
        return re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in part))

    cat_rank = {c: i for i, c in enumerate(lex.categories)}
    entries = []
    for i, e in enumerate(lex.entries):
        parts = e.pattern.split(" ")
        spec = (sum(("*" in p or "?" in p) for p in parts), -sum(ch not in "*? " for ch in e.pattern),
                cat_rank[e.category], i)
        entries.append((e.category, e.pattern, [rx(p) for p in parts],
                        rx("-".join(parts)) if len(parts) > 1 else None, spec))
    rows = []
    for doc, g in tokens.groupby("doc_id", sort=False, observed=True):
        g = g.sort_values("position")
        norms, sents, pos = g["norm"].astype(str).tolist(), g["sentence"].tolist(), g["position"].tolist()
        cands = []
        for cat, pat, parts, alt, spec in entries:
            for i in range(len(norms)):
                if i + len(parts) <= len(norms) and all(
                        sents[i + k] == sents[i] and p.fullmatch(norms[i + k]) for k, p in enumerate(parts)):
                    cands.append((len(parts), i, spec, cat, pat))
                if alt is not None and alt.fullmatch(norms[i]):
                    cands.append((1, i, spec, cat, pat))
        taken = [False] * len(norms)
        for n, i, _, cat, pat in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
            if not any(taken[i:i + n]):
                taken[i:i + n] = [True] * n
                rows.append((str(doc), pos[i], n, cat, pat))
    return pd.DataFrame(rows, columns=["doc_id", "start_position", "n_tokens", "frame", "entry"])


@pytest.mark.skipif(not BROWN.is_file(), reason=f"Brown corpus not found at {BROWN}")
def test_counts_on_brown_equal_an_independent_count_on_every_path():
    rows = [json.loads(line) for line in gzip.open(BROWN, "rt", encoding="utf-8")][:60]
    df = pd.DataFrame(rows).rename(columns={"category": "source"})
    corpus = dc.load_corpus(df)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 'police' and 'man' are shared or repeated on purpose
        lex = Lexicon.from_dict({
            "smart": ["smart city", "smart city platform", "smart"],
            "place": ["city", "town*", "united states", "new york", "new york city"],
            "surv": ["surveil*", "*veillance", "watch*", "police"],
            "people": ["people's", "men's", "people", "one's own", "police", "man", "Man"],
            "state": ["govern*", "state*", "federal govern*", "*ment", "st?te"],
        })
    tokens = dc.tokenize(corpus, quotes=False)
    ours = lex.find_matches(tokens)[["doc_id", "start_position", "n_tokens", "frame", "entry"]]
    ours = ours.astype({"doc_id": str}).sort_values(["doc_id", "start_position"]).reset_index(drop=True)
    ref = _independent_matches(tokens, lex).sort_values(["doc_id", "start_position"]).reset_index(drop=True)
    assert len(ref) > 1000
    pd.testing.assert_frame_equal(ours, ref, check_dtype=False)
    # count_frames adds them up, per document
    per_doc = dc.count_frames(tokens, lex, by="doc_id", voice=False)
    expected = ref.groupby(["doc_id", "frame"]).size()
    got = per_doc.assign(doc_id=per_doc["doc_id"].astype(str)).set_index(["doc_id", "frame"])["n"]
    assert (got == expected.reindex(got.index, fill_value=0)).all() and got.sum() == len(ref)
    # the same run twice, and every counting path, give the same table
    in_memory = dc.count_frames(dc.tokenize(corpus), lex, by="source")
    assert in_memory.equals(dc.count_frames(dc.tokenize(corpus), lex, by="source"))
    for kw in ({}, {"fast": False}, {"n_jobs": 2, "chunksize": 17}):
        streamed = dc.count_frames_stream(df, lex, by="source", **kw)
        streamed.attrs = {}
        pd.testing.assert_frame_equal(streamed.reset_index(drop=True), in_memory.reset_index(drop=True),
                                      check_dtype=False, check_categorical=False)
