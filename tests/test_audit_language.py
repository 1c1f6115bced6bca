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


# Prose written for these tests: one news paragraph in five languages (about 60 words each)
ES = ("La ciudad segura es el nombre que la empresa da a su sistema de cámaras. Según el alcalde, el proyecto "
      "reduce la delincuencia en los barrios del centro, pero las organizaciones de derechos humanos advierten "
      "que se trata de una vigilancia masiva sin control judicial. ¿Quién protege la privacidad de los vecinos? "
      "Nadie ha explicado dónde se guardan las imágenes ni cuánto tiempo se conservan en los servidores.")
FR = ("La ville sûre est le nom que l’entreprise donne à son réseau de caméras. Selon le maire, le projet fait "
      "baisser la délinquance dans les quartiers du centre, mais les associations de défense des droits de "
      "l'homme dénoncent une surveillance de masse sans contrôle du juge. Personne n’a expliqué où sont "
      "gardées les images ni combien de temps elles restent sur les serveurs de la société.")
DE = ("Die sichere Stadt ist der Name, den das Unternehmen seinem Netz aus Kameras gibt. Nach Angaben des "
      "Bürgermeisters senkt das Projekt die Kriminalität in den Vierteln der Innenstadt, doch "
      "Menschenrechtsgruppen warnen vor einer Massenüberwachung ohne richterliche Kontrolle. Niemand hat "
      "erklärt, wo die Bilder gespeichert werden und wie lange sie auf den Servern der Firma bleiben.")
TR = ("Güvenli şehir, şirketin kamera ağına verdiği addır. Belediye başkanına göre proje şehir merkezindeki "
      "mahallelerde suçu azaltıyor, ancak insan hakları örgütleri yargı denetimi olmayan kitlesel bir gözetim "
      "konusunda uyarıyor. Görüntülerin nerede saklandığını ve şirketin sunucularında ne kadar süre kaldığını "
      "kimse açıklamadı. İstanbul ve Ankara da benzer sistemler kuruyor, ancak bu sistemlerin nasıl "
      "denetleneceğini henüz kimse bilmiyor.")
EN = ("The safe city is the name the company gives to its network of cameras. According to the mayor, the "
      "project lowers crime in the neighbourhoods of the centre, but human rights groups warn of mass "
      "surveillance without judicial oversight. Nobody has explained where the images are kept or how long "
      "they stay on the servers of the firm.")


def _languages() -> dc.Corpus:
    df = pd.DataFrame({"doc_id": ["es", "fr", "de", "tr", "en"], "text": [ES, FR, DE, TR, EN]})
    return dc.Corpus.from_dataframe(df, clean=False)


def test_documents_not_in_english_are_named_when_english_rules_apply():
    with pytest.warns(dc.LanguageWarning) as caught:
        tokens = dc.tokenize(_languages())
    message = str(caught[0].message)
    assert message.startswith("4 of 5 document(s) do not read as English")
    for doc in ("'es'", "'fr'", "'de'", "'tr'"):
        assert doc in message
    assert "'en'" not in message and "stopwords" in message and "speakers" in message
    shares = dc.text.english_shares(tokens).set_index("doc_id")["share"]
    # hand count: half the words of the English paragraph are on the English list (29 of 58); of the
    # Spanish one only "a" (1 of 68) and of the German one only "in" (1 of 55)
    assert shares["en"] == pytest.approx(29 / 58)
    assert shares["es"] == pytest.approx(1 / 68) and shares["de"] == pytest.approx(1 / 55)
    assert shares["fr"] == 0 and shares["tr"] == 0


def test_english_and_short_texts_are_not_flagged(recwarn):
    corpus = _corpus(EN, "Güvenli şehir projesi İstanbul'da başladı.", "Ciudad segura: ¿vigilancia masiva?")
    dc.tokenize(corpus)
    assert not [w for w in recwarn if issubclass(w.category, dc.LanguageWarning)]


def test_french_elision_stays_in_its_word_and_the_documented_glob_finds_it():
    # UAX #29 does not break at an apostrophe between letters (MidNumLet): "l’État" is one word, so the
    # README's advice is an entry "?'état" beside "état"
    corpus = _corpus("L’État et l'état, d'État. Un État.")
    assert _matched(corpus, ["état"]) == ["État"]
    assert _matched(corpus, ["?'état", "état"]) == ["L’État", "l'état", "d'État", "État"]


@pytest.mark.parametrize("text", [
    "»Die sichere Stadt ist Überwachung«, sagte der Bürgermeister.",   # German, reversed guillemets
    "›Die sichere Stadt ist Überwachung‹, sagte der Bürgermeister.",   # German, single
    "”Trygg stad är övervakning”, sa borgmästaren.",                  # Swedish: ” opens and closes
    "Er kam.\n\n»Die sichere Stadt ist Überwachung«, sagte der Bürgermeister.",
])
def test_a_paragraph_may_open_with_a_closing_shaped_mark(text):
    # the same quotation after a sentence of the same paragraph was found; at the paragraph's start it was not
    quotes = dc.find_quotes(_corpus(text))
    assert len(quotes) == 1
    assert quotes["text"].iloc[0] in ("Die sichere Stadt ist Überwachung", "Trygg stad är övervakning")


def test_guillemets_and_low_quotes_are_quotations():
    quotes = dc.find_quotes(_corpus("Le maire a dit : « La ville sûre protège les habitants ».",
                                    "Er sagte: „Wir schützen die Bürger.“", "Il a dit : «\u00a0Nous surveillons\u00a0»."))
    assert quotes["text"].str.strip().tolist() == ["La ville sûre protège les habitants", "Wir schützen die Bürger.",
                                                   "Nous surveillons"]


def test_the_matchers_exact_path_does_not_judge_its_few_documents(recwarn):
    # decomposed accents send a document to the exact path (a token table of it alone): tokenize's language
    # check would have named it as "1 of 1 document(s)", a share of the documents picked for their characters
    corpus = _corpus(unicodedata.normalize("NFD", ES), EN)
    lex = dc.load_lexicon({"a": ["vigilancia masiva", "mass surveillance"], "b": ["ciudad segura", "safe city"]})
    got = FrameMatcher(lex).find_hits(corpus)
    assert got.attrs["discourse_matcher"]["n_exact_path"] == 1
    assert len(got) == 4
    assert not [w for w in recwarn if issubclass(w.category, dc.LanguageWarning)]
