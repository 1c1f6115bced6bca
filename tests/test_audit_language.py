"""Texts and lexicons in other languages and scripts: normalization, case folding, and what is said about
rules that are English only. Every text is written here."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

import discourse as dc
from discourse.matcher import FrameMatcher


def _corpus(*texts: str) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return dc.Corpus.from_dataframe(df, clean=False)


def _matched(corpus: dc.Corpus, entries: list[str]) -> list[str]:
    lex = dc.load_lexicon({"a": entries, "b": ["zzzz"]})
    return dc.find_frame_terms(dc.tokenize(corpus, quotes=False), lexicon=lex)["matched"].tolist()


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_composed_and_decomposed_accents_match_either_way(form):
    # "protección" with U+00F3, or "o" + U+0301: canonically equivalent (UAX #15), one word in text and lexicon
    nfc = "La protección de datos."
    corpus = _corpus(nfc, unicodedata.normalize("NFD", nfc))
    assert len(_matched(corpus, [unicodedata.normalize(form, "protección")])) == 2


def test_sharp_s_folds_to_ss():
    # CaseFolding.txt: 00DF; F; 0073 0073 and 1E9E; F; 0073 0073. "STRASSE" is how German writes "Straße" in
    # capitals and Swiss German writes it always; lowercase alone kept "straße" and "strasse" apart
    corpus = _corpus("DIE STRASSE ist sicher. Die Straße ist sicher. Die Strasse. Die STRAẞE.")
    for entry in ("Straße", "strasse", "STRASSE"):
        assert _matched(corpus, [entry]) == ["STRASSE", "Straße", "Strasse", "STRAẞE"], entry
    assert dc.text.normalize("Straße") == dc.text.normalize("STRASSE") == "strasse"


def test_final_sigma_and_turkish_dotted_capital():
    # CaseFolding.txt: 03C2; C; 03C3 (final sigma) and 03A3; C; 03C3; "İ" is the capital of "i" in Turkish
    corpus = _corpus("ΟΔΌΣ ασφαλής. Η οδός. İstanbul ve ISTANBUL ve istanbul.")
    assert _matched(corpus, ["οδός"]) == ["ΟΔΌΣ", "οδός"]
    assert _matched(corpus, ["İstanbul"]) == ["İstanbul", "ISTANBUL", "istanbul"]
    # the dotless "ı" keeps its own letter under the default (not Turkish-specific) folding
    assert dc.text.normalize("ılık") == "\u0131l\u0131k"


def test_the_matcher_folds_as_the_token_table_does():
    corpus = _corpus("DIE STRASSE und die Straße.", "ΟΔΌΣ και οδός.")
    for entries in (["Straße"], ["οδός"]):
        lex = dc.load_lexicon({"a": entries, "b": ["zzzz"]})
        got = FrameMatcher(lex).find_hits(corpus)
        want = lex.find_matches(dc.tokenize(corpus, quotes=False, metadata=None))
        assert len(got) == len(want) == 2
        assert got[["doc_id", "start", "end"]].values.tolist() == want[["doc_id", "start", "end"]].values.tolist()
