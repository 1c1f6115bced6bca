"""One analysis, every path: a corpus of the genres that cleaning and segmentation read apart (subtitles, closed
captions, broadcast transcripts, PDF pages, scholarly apparatus, press releases, legal citations, case folding,
superscript note digits, two documents in other languages) counted in memory, streamed in chunks of any size on one
or two processes, on Dask and by the raw-text matcher gives the same counts, voices and hits; and what the paths
report about the corpus (the language warning) is said once, for the whole corpus, whatever the chunks."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse import counts as counts_module
from discourse.text import english_shares

GENRES = [
    ("srt1", "subtitles", "1\n00:00:01,000 --> 00:00:03,000\nThe city installed live facial\n\n2\n"
     "00:00:03,500 --> 00:00:06,000\nrecognition cameras for mass\n\n3\n00:00:06,500 --> 00:00:09,000\n"
     "surveillance, critics say it is a \"safe city\" in name only.\n"),
    ("vtt1", "subtitles", "WEBVTT\n\nNOTE recorded at the council\n\n00:00:01.000 --> 00:00:04.000\n"
     "<v Anna Lee>We want a smart city that respects privacy.\n\n00:00:04.500 --> 00:00:07.000\n"
     "<i>Mass surveillance</i> is not the answer.\n"),
    ("cc1", "broadcast", ">> THE MAYOR SAYS THE SAFE CITY\nPROGRAM WILL CUT CRIME.\n>> CRITICS CALL IT MASS\n"
     "SURVEILLANCE AND A THREAT TO PRIVACY.\n>>> IN OTHER NEWS, THE SMART CITY FAIR OPENED TODAY.\n"),
    ("bt1", "broadcast", "ANDERSON: Tonight, the debate over facial recognition.\n\n(BEGIN VIDEOTAPE)\n\n"
     "SMITH: This is mass surveillance, plain and simple.\n\n(END VIDEOTAPE)\n\n"
     "JONES: The smart city makes us safer and more efficient.\n\n(COMMERCIAL BREAK)\n"),
    ("pdf1", "reports", "Acme Safe City Solutions | White Paper 2021   1\nOur smart city platform delivers seamless "
     "public safety for every district and\nempowers operators.\n\f\nAcme Safe City Solutions | White Paper 2021   2\n"
     "Our innovative platform protects privacy while it prevents mass\nsurveillance of citizens.\n\f\n"
     "Acme Safe City Solutions | White Paper 2021   3\nThe city brain is the nervous system of the smart city.\n"),
    ("toc1", "reports", "Contents\n1. Introduction ........ 3\n2. Privacy and mass surveillance ........ 7\n\n"
     "The smart city promises public safety, but privacy suffers.\n"),
    ("sch1", "papers", "Smart city programmes promise efficiency (Kitchin, 2014, p. 3). Critics describe them as mass "
     "surveillance (Zuboff 2019; Lyon 2003). Zuboff (2019) calls this surveillance capitalism.\n\n"
     "P3: I worry about my privacy every day.\n\nReferences\n\n"
     "Kitchin, R. (2014). The real-time city? Big data and smart urbanism. GeoJournal, 79(1), 1-14.\n"
     "Lyon, D. (2003). Surveillance as social sorting: privacy, risk and digital discrimination. Routledge.\n"
     "Zuboff, S. (2019). The age of surveillance capitalism. PublicAffairs.\n"),
    ("sch2", "papers", "Keywords: smart city; privacy; mass surveillance\n\ndoi:10.1000/xyz123\n\n"
     "We study how residents talk about privacy. P1: The smart city is great. P2: It is mass surveillance.\n"),
    ("pr1", "press", "SHENZHEN, China, March 3, 2021 /PRNewswire/ -- Acme today launched its Safe City 3.0 platform, "
     "an innovative, seamless solution for public safety.\n\n\"We empower cities,\" said Wei Chen, CEO of Acme.\n\n"
     "About Acme\n\nAcme is a leading provider of smart city solutions and public safety technology.\n\n"
     "Media contact: press@acme.example\n\n###\n"),
    ("pr2", "press", "BERLIN, May 5, 2022 /PRNewswire/ -- Rights groups warned of mass surveillance. Privacy is at "
     "stake, they said.\n\n-30-\n"),
    ("leg1", "law", "Art. 5(1)(h) prohibits the use of real-time remote biometric identification for mass "
     "surveillance in publicly accessible spaces. See also cf. para. 12 on privacy.\n\nIn this Act, 'biometric "
     "surveillance' means the monitoring of persons. The provision in s. 8(4) protects privacy.\n"),
    ("leg2", "law", "The court held that Art. 8 ECHR protects privacy. Under Art. 5(1)(h) AI Act, mass surveillance "
     "is unlawful and disproportionate.\n"),
    ("case1", "misc", "DIE STRASSE IST VOLL VON KAMERAS. Privacy on the Stra\u00dfe matters. STRASSE and Strasse: "
     "PRIVACY, Privacy, privacy.\n"),
    ("foot1", "misc", "Residents value privacy\u00b9 and fear mass surveillance\u00b2 in the smart city\u00b3.\n\n"
     "\u00b9 See the survey.\n"),
    ("es1", "foreign", "La ciudad inteligente promete seguridad, pero los cr\u00edticos hablan de vigilancia masiva y "
     "de la privacidad de los ciudadanos. El alcalde dijo que el programa de la ciudad segura es necesario para la "
     "protecci\u00f3n de todos los vecinos del barrio y de la ciudad, y que la tecnolog\u00eda de reconocimiento "
     "facial no ser\u00e1 utilizada contra los manifestantes en las calles de la capital durante las protestas de "
     "este a\u00f1o.\n"),
    ("news1", "news", "Huawei's Safe City program has spread to 90 countries. \"It is mass surveillance,\" said Maya "
     "Wang of Human Rights Watch. The company says the so-called smart city improves efficiency.\n"),
    ("news2", "news", "According to the mayor, the smart city will bring public safety. Critics said the cameras "
     "amount to repression and violate privacy.\n"),
    ("ts1", "interviews", "[00:00:05] Interviewer: What do you think of the safe city?\n[00:00:09] Speaker 2: It is "
     "mass surveillance, and I value my privacy.\n[00:00:15] Interviewer: And the smart city?\n"
     "[00:00:18] Speaker 2: Seamless, efficient, innovative.\n"),
    ("web1", "web", "Smart city solutions for public safety.\nPrivacy policy | Cookie settings | All rights reserved\n"
     "RT @privacy_pat: mass surveillance is here #SmartCity #privacy\n"),
    ("de1", "foreign", "Die Stadt will eine smarte Stadt werden, aber Kritiker sprechen von Massen\u00fcberwachung und "
     "vom Schutz der Privatsph\u00e4re. Der B\u00fcrgermeister sagte, das Programm der sicheren Stadt sei f\u00fcr den "
     "Schutz aller B\u00fcrger notwendig und die Technik der Gesichtserkennung werde nicht gegen Demonstranten auf "
     "den Stra\u00dfen der Hauptstadt eingesetzt werden, auch nicht in diesem Jahr oder im n\u00e4chsten Jahr.\n"),
]


GENRES_TEXT = [(g[0], g[2]) for g in GENRES]


def genre_frame() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [g[0] for g in GENRES], "source": [g[1] for g in GENRES],
                         "text": [g[2] for g in GENRES]})


@pytest.fixture(scope="module")
def genre_tokens():
    corpus = dc.Corpus.from_dataframe(genre_frame())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dc.LanguageWarning)
        return corpus, dc.tokenize(corpus)


def language_warnings(record) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, dc.LanguageWarning)]


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def test_the_genre_corpus_exercises_the_genre_rules(genre_tokens):
    corpus, tokens = genre_tokens
    rules = set(corpus.set_aside["rule"])
    for rule in ("subtitle-timing", "webvtt-header", "caption-turn-marker", "running-head", "reference-list",
                 "citation", "keywords", "doi", "wire-dateline", "release-about", "end-mark", "timestamp",
                 "table-of-contents"):
        assert rule in rules, rule
    # two subtitle cues are one sentence: "live facial" / "recognition" is one phrase of the lexicon's
    ft = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    assert (ft["doc_id"].astype(str) == "cc1").sum() >= 3


def test_a_release_that_opens_with_its_wire_dateline_has_it_set_aside(genre_tokens):
    """A corpus whose titles are a column of their own (CSV, JSON, a news API) holds releases whose text opens with
    the dateline; only the lines after the first had been read for it (the first taken for a headline), so its
    words ("shenzhen", "china", "march", "prnewswire") were counted and the date stayed empty."""
    corpus, tokens = genre_tokens
    aside = corpus.set_aside[corpus.set_aside["rule"] == "wire-dateline"]
    text = dict(GENRES_TEXT)
    got = {d: text[d][s:e] for d, s, e in zip(aside["doc_id"], aside["start"], aside["end"], strict=True)}
    assert got == {"pr1": "SHENZHEN, China, March 3, 2021 /PRNewswire/ -- ",
                   "pr2": "BERLIN, May 5, 2022 /PRNewswire/ -- "}
    dates = corpus.documents.set_index("doc_id")["date"]
    assert dates["pr1"] == pd.Timestamp("2021-03-03") and dates["pr2"] == pd.Timestamp("2022-05-05")
    pr = tokens[tokens["doc_id"].astype(str).isin(["pr1", "pr2"])]
    assert not {"shenzhen", "prnewswire", "berlin"} & set(pr["norm"].astype(str))
    assert {"acme", "launched", "rights", "warned"} <= set(pr["norm"].astype(str))  # the leads are counted
    # a headline above the dateline: the dateline is still found on the second line
    headed = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["h"], "text": ["Acme launches Safe City 3.0\n\n"
                                                                                + text["pr1"]]}))
    assert "wire-dateline" in set(headed.set_aside["rule"])


@pytest.mark.parametrize("chunksize", [1, 4, 50])
def test_streamed_frames_and_terms_equal_the_in_memory_tables(genre_tokens, chunksize):
    corpus, tokens = genre_tokens
    df = genre_frame()
    lex = dc.load_lexicon("framing")
    frames = dc.count_frames(tokens, lex, by="source")
    terms = dc.count_terms(tokens, by="source")
    for fast in (None, False):
        pd.testing.assert_frame_equal(quiet(dc.count_frames_stream, df, lex, by="source", chunksize=chunksize,
                                            fast=fast), frames)
        pd.testing.assert_frame_equal(quiet(dc.count_terms_stream, df, by="source", chunksize=chunksize, fast=fast),
                                      terms)
    pd.testing.assert_frame_equal(quiet(dc.count_terms_stream, df, by=["source", "voice"], chunksize=chunksize),
                                  dc.count_terms(tokens, by=["source", "voice"]))


def test_two_processes_and_a_second_run_give_the_same_tables(genre_tokens):
    corpus, tokens = genre_tokens
    df = genre_frame()
    frames = dc.count_frames(tokens, "framing", by="source")
    one = quiet(dc.count_frames_stream, df, "framing", by="source", chunksize=3, n_jobs=2)
    two = quiet(dc.count_frames_stream, df, "framing", by="source", chunksize=3, n_jobs=2)
    pd.testing.assert_frame_equal(one, frames)
    pd.testing.assert_frame_equal(two, one)
    pd.testing.assert_frame_equal(quiet(dc.count_terms_stream, df, by="source", chunksize=3, n_jobs=2),
                                  dc.count_terms(tokens, by="source"))


def test_the_matcher_finds_the_hits_and_voices_of_find_frame_terms(genre_tokens):
    corpus, tokens = genre_tokens
    lex = dc.load_lexicon("framing")
    ref = dc.find_frame_terms(tokens, lex, corpus=corpus)
    hits = dc.FrameMatcher(lex).find_hits(corpus)
    cols = ["doc_id", "start", "end", "frame", "voice"]
    a = ref[cols].astype(str).sort_values(cols).reset_index(drop=True)
    b = hits[cols].astype(str).sort_values(cols).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    n = dc.FrameMatcher(lex).count(corpus, by="source")
    merged = dc.count_frames(tokens, lex, by="source")[["source", "frame", "voice", "n"]].merge(
        n, on=["source", "frame", "voice"], how="outer", suffixes=("", "_matcher"))
    assert (merged["n"] == merged["n_matcher"]).all()


def test_dask_partitions_give_the_in_memory_tables(genre_tokens):
    dd = pytest.importorskip("dask.dataframe")
    dask = pytest.importorskip("dask")
    corpus, tokens = genre_tokens
    with dask.config.set(scheduler="synchronous"):
        for parts in (1, 3, 7):
            ddf = dd.from_pandas(genre_frame(), npartitions=parts)
            pd.testing.assert_frame_equal(quiet(dc.count_frames_dask, ddf, "framing", by="source"),
                                          dc.count_frames(tokens, "framing", by="source"))
            pd.testing.assert_frame_equal(quiet(dc.count_terms_dask, ddf, by="source", chunksize=2),
                                          dc.count_terms(tokens, by="source"))


# ------------------------------------------------------------------------------------------ the language warning
def in_memory_language_warning() -> str:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        dc.tokenize(dc.Corpus.from_dataframe(genre_frame()))
    (msg,) = language_warnings(record)
    return msg


def test_tokenize_names_the_two_documents_in_other_languages():
    msg = in_memory_language_warning()
    # 'de1' and 'es1' are German and Spanish prose; the other 18 documents with words are English
    assert msg.startswith("2 of 20 document(s) do not read as English")
    assert "'de1'" in msg and "'es1'" in msg


@pytest.mark.parametrize("chunksize,n_jobs", [(1, 1), (4, 1), (50, 1), (4, 2)])
@pytest.mark.parametrize("what", ["frames", "frames_tokens", "terms", "terms_voice"])
def test_streams_warn_once_for_the_whole_corpus_as_tokenize(what, chunksize, n_jobs):
    """Streamed, the warning had come once per chunk holding such a document, counting that chunk's documents
    ("1 of 1 document(s)"), only on the token paths, and never from worker processes: with two processes, or on
    the default (matcher, fast word) paths, a corpus with German and Spanish documents gave no warning at all."""
    df = genre_frame()
    run = {"frames": lambda: dc.count_frames_stream(df, "framing", chunksize=chunksize, n_jobs=n_jobs),
           "frames_tokens": lambda: dc.count_frames_stream(df, "framing", chunksize=chunksize, n_jobs=n_jobs,
                                                           fast=False),
           "terms": lambda: dc.count_terms_stream(df, chunksize=chunksize, n_jobs=n_jobs),
           "terms_voice": lambda: dc.count_terms_stream(df, by="voice", chunksize=chunksize, n_jobs=n_jobs)}[what]
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        run()
    assert language_warnings(record) == [in_memory_language_warning()]


def test_dask_warns_once_for_the_whole_corpus():
    dd = pytest.importorskip("dask.dataframe")
    dask = pytest.importorskip("dask")
    ddf = dd.from_pandas(genre_frame(), npartitions=4)
    with dask.config.set(scheduler="synchronous"), warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        dc.count_frames_dask(ddf, "framing")
        dc.count_terms_dask(ddf, by="source", fast=False)
    assert language_warnings(record) == [in_memory_language_warning()] * 2


def test_an_accumulator_over_iter_corpus_warns_once():
    counter = dc.TermCounts(by="source")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        for chunk in dc.iter_corpus(genre_frame(), chunksize=3):
            counter.add(chunk)
        counter.to_frame()
    assert language_warnings(record) == [in_memory_language_warning()]


def test_english_corpora_give_no_warning_on_any_path(seeds):
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        dc.count_frames_stream(seeds, "framing", chunksize=2)
        dc.count_terms_stream(seeds, chunksize=2, n_jobs=2)
    assert language_warnings(record) == []


# English whose stopwords never stand between two spaces (one word a line, stopwords before a comma), and a
# Spanish text the same way: the matcher path's quick count of spaced stopwords finds none in either
LINES = pd.DataFrame({"doc_id": ["lines_en", "lines_es", "commas_en"], "source": ["x", "y", "x"],
                      "text": ["\n".join(["the", "data", "of", "cities"] * 20),
                               "\n".join(["la", "ciudad", "inteligente", "vigilancia"] * 20),
                               " ".join(["The, camera, and, the, network, of, a, city."] * 10)]})


@pytest.mark.parametrize("arrow", [True, False])
def test_the_counters_judge_each_document_by_the_token_tables_numbers(genre_tokens, seeds, monkeypatch, arrow):
    """The words and stopwords the counters judge a chunk by (without a token table) are those of
    english_shares on the token table, document for document, with and without pyarrow's split, on the fast
    word counts, the token path and the frame matcher."""
    monkeypatch.setattr(counts_module, "_USE_ARROW", arrow)
    for corpus in (genre_tokens[0], seeds, dc.Corpus.from_dataframe(LINES)):
        tokens = quiet(dc.tokenize, corpus, quotes=False)
        ref = english_shares(tokens)
        for counter in (dc.TermCounts(by="source", fast=True), dc.TermCounts(by="source", fast=False),
                        dc.FrameCounts("framing", fast=True), dc.FrameCounts("framing", voice=False, fast=True)):
            quiet(counter.add, corpus)
            judged = counter.language
            assert judged["n_docs"] == len(ref)
            low = ref[(ref["n_words"] >= 50) & (ref["share"] < 0.10)]
            assert sorted(judged["doc_id"]) == sorted(low["doc_id"].astype(str))
            np.testing.assert_allclose(sorted(judged["share"]), sorted(low["share"]))


def test_a_document_repeating_one_of_another_chunk_is_reported(tmp_path):
    # a retweet read rows after its post, in another chunk: each chunk's own loading counts only the repeats inside
    # it, so the repeat had gone unreported when streamed; the count over all chunks is len(keys) - len(unique keys)
    # of discourse.corpus.duplicate_key_hashes, the same relation as find_duplicates
    texts = ["The smart city watches. Privacy matters to all.", "A new camera network is planned.",
             "Residents object to cameras.", "Council meets Tuesday.",
             "RT @a: The smart city watches. Privacy matters to all.", "Another text here."]
    path = tmp_path / "posts.csv"
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": texts}).to_csv(path, index=False)
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": texts}))
    assert len(dc.find_duplicates(corpus)) == 1  # the in-memory answer the streamed count must give

    def repeats(**kw):
        with warnings.catch_warnings(record=True) as record:
            warnings.simplefilter("always")
            dc.count_terms_stream(path, **kw)
        return [str(w.message) for w in record if "repeat" in str(w.message)]

    across = repeats(chunksize=2)
    assert len(across) == 1 and across[0].startswith("1 document(s) of 'posts' repeat a document of another chunk")
    assert repeats(chunksize=2, n_jobs=2) == across
    within = repeats(chunksize=100)  # one chunk: its own loading's warning, no second one
    assert len(within) == 1 and "repeat an earlier one" in within[0]
