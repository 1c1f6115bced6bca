"""Interactive use: what a notebook shows (reprs, warnings, errors) and groups that print as nothing."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import discourse as dc


# ------------------------------------------------------------------------------- blank source values
def test_blank_source_values_are_missing_as_in_a_csv(tmp_path):
    # The UN General Debate corpus has one speech (RUS_37_1982) whose "country" is "" in its JSON line: it
    # became a source group named '' (an empty label in every table, figure and warning), while the same
    # record read from a CSV, where an empty field is missing, got '(missing)' and a warning.
    rows = [{"text": "Smart city.", "country": "France"}, {"text": "Privacy.", "country": ""},
            {"text": "More.", "country": "   "}]
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with pytest.warns(UserWarning, match=r"2 document\(s\) of 'c' have no value in the source column 'country' "
                      r"\(doc_id '1', '2'\)"):
        c = dc.load_corpus(p, source="country")
    assert c.documents["source"].tolist() == ["France", "(missing)", "(missing)"]
    q = tmp_path / "c.csv"
    pd.DataFrame(rows).to_csv(q, index=False)
    with pytest.warns(UserWarning, match="no value in the source column"):
        assert dc.load_corpus(q, source="country").documents["source"].tolist() == c.documents["source"].tolist()


# ------------------------------------------------------------------------------- reprs of the estimators
def _counts():
    text = {"a": "war war threat peace", "b": "peace growth growth war", "c": "growth war peace peace"}
    rows = [(d, t, w.count(t)) for d, w in ((d, s.split()) for d, s in text.items()) for t in sorted(set(w))]
    return pd.DataFrame(rows, columns=["doc_id", "term", "n"])


def test_wordscores_repr_says_what_it_is_and_what_it_learned():
    # a notebook cell ending in `ws` showed "<discourse.scaling.Wordscores object at 0x7f...>"; TopicModel
    # shows its parameters and what it was fitted on, and so do scikit-learn's estimators
    ws = dc.Wordscores(rescaling="mv")
    assert repr(ws) == "Wordscores(rescaling='mv', not fitted)"
    ws.fit(_counts(), {"a": -1.0, "b": 1.0})
    # 2 reference texts; the words of a and b: war, threat, peace, growth
    assert repr(ws) == "Wordscores(rescaling='mv', fitted on 2 reference texts, 4 word scores)"
    assert repr(dc.Wordscores()) == "Wordscores(not fitted)"


def test_lss_repr_says_what_it_is_and_what_it_learned(seed_tokens):
    lss = dc.LatentSemanticScaling(seeds={"p": ["smart", "safe"], "c": ["privacy", "rights"]}, k=20)
    assert repr(lss) == "LatentSemanticScaling(seeds={'p': 2, 'c': 2} words, k=20, not fitted)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lss.fit(seed_tokens)
    assert repr(lss) == (f"LatentSemanticScaling(seeds={{'p': 2, 'c': 2}} words, k=20, fitted on {lss.n_units_:,} "
                         f"sentences, {len(lss.polarity_):,} word polarities, k_={lss.k_})")
    assert len(repr(lss)) < 200


def test_lexicon_repr_writes_a_version_word_as_it_is():
    # a lexicon from a dict, a .dic or a TOML without a version showed "<Lexicon 'custom' vunversioned (...)"
    assert repr(dc.load_lexicon({"a": ["x"]})).startswith("<Lexicon 'custom' unversioned (a=1) sha256:")
    assert repr(dc.load_lexicon("framing")).startswith("<Lexicon 'framing' v3.5.0 (")
    assert dc.Lexicon.from_dict({"a": ["x"]}, version="v2").version_label == "v2"


# ------------------------------------------------------------------------------- a column where a table goes
def test_a_column_passed_for_the_token_table_says_to_pass_the_table(seed_tokens):
    # before: "tokens must be a pandas DataFrame, got Series: 0    the\n1    chinese\n2 ..." (the Series' repr
    # cut at 80 characters, over several lines) and no word on what to pass
    with pytest.raises(TypeError) as err:
        dc.frame_balance(seed_tokens["norm"], "framing")
    msg = str(err.value)
    assert msg.startswith(f"tokens must be a pandas DataFrame, got a Series (one column: 'norm', "
                          f"{len(seed_tokens):,} values)")
    assert "not tokens['norm']" in msg and "dc.tokenize(corpus)" in msg and "\n" not in msg
    with pytest.raises(TypeError, match=r"got list of 3 items: \['privacy', 'smart', 'city'\]\. Pass the token "
                       r"table of dc\.tokenize\(corpus\)"):
        dc.count_terms(["privacy", "smart", "city"])
    counts = dc.count_terms(seed_tokens, by="source")
    with pytest.raises(TypeError, match=r"counts must be a pandas DataFrame, got a Series \(one column: 'n', .*"
                       r"dc\.count_terms\(tokens, by=\.\.\.\)"):
        dc.keyness(counts["n"], by="source", target="Al Bawaba")


def test_tokenize_of_a_dataframe_or_texts_says_how_to_make_a_corpus(seeds):
    with pytest.raises(TypeError, match=r"tokenize needs a Corpus, got DataFrame: .*dc\.Corpus\.from_dataframe\(df, "
                       r"text='<text column>'"):
        dc.tokenize(seeds.documents)
    with pytest.raises(TypeError, match=r"got list: texts become one with dc\.Corpus\.from_dataframe"):
        dc.tokenize(["Privacy matters.", "Smart city."])
    with pytest.raises(TypeError, match=r"got str: a file or folder is read with dc\.load_corpus\(path\)"):
        dc.tokenize("speeches.jsonl")
    # the advice works: the texts of the list as a Corpus
    c = dc.Corpus.from_dataframe(pd.DataFrame({"text": ["Privacy matters.", "Smart city."]}))
    assert dc.tokenize(c)["norm"].tolist() == ["privacy", "matters", ".", "smart", "city", "."]


# ------------------------------------------------------------------------------- one cell's lexicon, the next cell's
def test_a_changed_bundled_lexicon_does_not_leak_into_later_loads(seed_tokens):
    # load_lexicon("framing") handed out one cached object: a cell that renamed it and dropped an entry renamed
    # the lexicon of every later load_lexicon("framing") (and the provenance of dc.frame_balance(tokens,
    # "framing")), which still matched the dropped entry
    before = dc.load_lexicon("framing")
    n_entries, digest = len(before), before.hash
    lex = dc.load_lexicon("framing")
    assert lex is not before
    lex.name = "framing-no-privacy"
    lex.entries = tuple(e for e in lex.entries if e.pattern != "privacy")
    lex.category_descriptions["rights"] = "changed"
    again = dc.load_lexicon("framing")
    assert (again.name, len(again), again.hash) == ("framing", n_entries, digest)
    assert again.category_descriptions.get("rights") != "changed"
    # frame_balance by name reads the file's lexicon, as in a fresh session
    fresh = dc.frame_balance(seed_tokens, "framing", by="source", n_boot=0)
    pd.testing.assert_frame_equal(dc.frame_balance(seed_tokens, before, by="source", n_boot=0), fresh)


def test_replaced_entries_are_the_entries_matched(seed_tokens):
    lex = dc.load_lexicon("framing")
    full = lex.find_matches(seed_tokens)  # compiles the matcher of all entries
    lex.entries = tuple(e for e in lex.entries if e.pattern != "privacy")
    # the same as a lexicon built from the remaining entries: the hits of the entry 'privacy' are gone (they
    # matched the single token 'privacy'), every other hit stays
    rebuilt = dc.Lexicon(lex.entries, categories=lex.categories)
    got = lex.find_matches(seed_tokens)
    pd.testing.assert_frame_equal(got, rebuilt.find_matches(seed_tokens))
    n_privacy = int((full["entry"] == "privacy").sum())
    assert n_privacy > 0 and len(got) == len(full) - n_privacy


# ------------------------------------------------------------------------------- warnings of streamed chunks
def test_stream_says_how_many_chunk_warnings_it_did_not_show(tmp_path):
    # count_terms_stream showed the first five chunks' warnings and dropped the others without a word: on the
    # whole UN General Debate corpus (chunksize=500) five warnings counted 39 speeches without a country, of 79
    rows = [{"doc_id": f"d{i}", "text": f"Privacy and the smart city {chr(97 + i)}.",
             "source": None if i % 2 else "A"} for i in range(16)]
    p = tmp_path / "s.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        counts = dc.count_terms_stream(p, by="source", chunksize=2)
    msgs = [str(w.message) for w in caught]
    per_chunk = [m for m in msgs if "have no value in the source column" in m]
    assert len(per_chunk) == 5  # 8 chunks, each with one document without a source
    assert [m for m in msgs if m.startswith("3 more warning(s) from loading other chunks of 's' are not shown")]
    # the counts themselves hold every document: 8 of 16 under '(missing)', 6 words each
    assert counts.groupby("source")["n"].sum().to_dict() == {"(missing)": 8 * 6, "A": 8 * 6}


# ------------------------------------------------------------------------------- counts changed after counting
def test_keyness_of_relabelled_counts_names_the_recorded_totals_and_the_fix(seed_tokens):
    # pooling two outlets in the count table (a cell's counts["source"].replace(...)) raised "totals for
    # group(s) 'Al Bawaba' are smaller than the counts they hold; check totals=", a parameter never passed
    counts = dc.count_terms(seed_tokens, by="source")
    pooled = counts.copy()
    pooled["source"] = pooled["source"].replace({"The Edge Markets": "Al Bawaba"})
    with pytest.raises(ValueError, match=r"the totals count_terms recorded for group\(s\) 'Al Bawaba' \(counts\.attrs"
                       r"\['discourse_counts'\]\) are smaller than the counts counts now hold: the table was changed "
                       r"after counting .*counts\.attrs\.pop\('discourse_counts'\)"):
        dc.keyness(pooled, by="source", target="Al Bawaba")
    # the fix it names gives what counting the pooled groups from the tokens gives: the rows hold every term
    # (no min_count), so the sums of n are the totals
    pooled.attrs.pop("discourse_counts")
    got = dc.keyness(pooled, by="source", target="Al Bawaba")
    relabelled = seed_tokens.assign(source=seed_tokens["source"].astype(str).replace({"The Edge Markets": "Al Bawaba"}))
    want = dc.keyness(dc.count_terms(relabelled, by="source"), by="source", target="Al Bawaba")
    cols = ["term", "n_target", "n_reference", "total_target", "total_reference", "g2", "log_ratio"]
    pd.testing.assert_frame_equal(got[cols].sort_values("term").reset_index(drop=True),
                                  want[cols].sort_values("term").reset_index(drop=True))
    # a totals= given by the caller keeps its own message
    with pytest.raises(ValueError, match=r"totals for group\(s\) .* are smaller than the counts they hold; check "
                       r"totals="):
        dc.keyness(counts, by="source", target="Al Bawaba", totals={g: 1 for g in counts["source"].unique()})
