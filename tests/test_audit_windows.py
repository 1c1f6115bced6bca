"""Files from Windows tools: CR LF line ends (Notepad, Excel's CSV, SubRip files), CR alone (classic Mac OS), byte-order
marks, cp1252 and folders whose names hold spaces and accents. The same text with LF, CR LF or CR line ends gives the
same paragraphs, sentences, set-aside spans, quotations, speakers, voices and frame hits (offsets compared after
mapping each CR LF to one character, as Python's universal newlines read it, PEP 278)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document
from discourse.segment import line_feed_view, paragraphs, sentences

NEWS = ("Huawei Brings Safe City Tech to Africa\n\nPosted on Sep 15, 2017 by Jane Roe\n\n"
        "Huawei says its \u201csafe city\u201d cameras make streets safer. \u201cIt is a nervous system for the city,"
        "\u201d said Li Wei, president of Huawei Africa.\n\nCritics call it mass surveillance and a threat to privacy "
        "and human rights. \u201cThis is a panopticon,\u201d said Omar Diaz of the rights group.\n\n"
        "Sign up for our newsletter\n")
SRT = ("1\n00:00:01,000 --> 00:00:04,200\nPolice in Leeds have started using\n\n2\n00:00:04,300 --> 00:00:07,000\n"
       "<i>live facial recognition</i> cameras.\n\n3\n00:00:07,100 --> 00:00:10,500\n"
       "Campaigners say it is mass surveillance.\n")
WEBVTT = ("WEBVTT - evening bulletin\nKind: captions\nLanguage: en\n\nNOTE\nCaptions by the newsroom.\n\nintro\n"
          "00:00:01.000 --> 00:00:04.000 align:start position:10%\n<v Anna Lee>Facial recognition is mass surveillance."
          "</v>\n\n00:04.500 --> 00:07.000\n<v Officer Tom Grant>It is a tool for <b>public safety</b>.\n")
RELEASE = ("Acme Vision Unveils SafeCity 3.0\n\nSHENZHEN, China, March 3, 2021 /PRNewswire/ -- Acme Vision Technology "
           "Co. today announced SafeCity 3.0.\n\n\"SafeCity 3.0 gives cities a nervous system for public safety,\" said "
           "Li Wei, chief executive officer of Acme Vision.\n\nAbout Acme Vision\n\nAcme Vision is a leading provider "
           "of intelligent video and smart city solutions for public safety.\n\nForward-Looking Statements\n\nThis "
           "press release contains forward-looking statements.\n\nMedia contact:\nChen Jing\n"
           "press@acmevision.example\n\n###\n")
CAPTIONS = (">> GOOD EVENING. POLICE HERE ARE NOW USING FACIAL\nRECOGNITION CAMERAS DOWNTOWN\n>> SUPPORTERS SAY IT IS "
            "ABOUT PUBLIC\nSAFETY BUT CRITICS CALL IT MASS\nSURVEILLANCE\n>> I DON'T THINK IT'S RIGHT THAT\nTHEY TRACK "
            "EVERYONE WHO WALKS BY\n>>> IN OTHER NEWS TONIGHT THE CITY\nCOUNCIL VOTED ON THE BUDGET\n")
PDF = ("Smart cities and rights\nThe report finds that the cameras amount to a form of mass\n\f\nCity Report 2019\n"
       "surveillance in the city and its suburbs.\nA second paragraph begins on this page.\n\f\nCity Report 2019\n"
       "The last page speaks of privacy.\n")
SCHOLARLY = ("Findings\n\nCameras are everywhere, as Lyon (2003) argues that sorting is surveillance.\n\nReferences\n"
             "Lyon, D. (2003). Surveillance as social sorting: Privacy, risk and digital discrimination. Routledge.\n"
             "Zuboff, S. (2019). The age of surveillance capitalism. PublicAffairs.\n")
INTERVIEW = ("Five questions for the city's privacy officer\n\nWe spoke with Dana Whitlock, the city's chief privacy "
             "officer, about the camera rollout.\n\nQ: Will they use facial recognition?\n\nA: No. The ordinance bans "
             "it, and mass surveillance has no place here.\n\nQ: What happens to the footage?\n\nA: It is deleted "
             "after thirty-one days.\n")
HANSARD = ("Facial Recognition Technology: Policing\n\nVolume 751: debated on Tuesday 14 May 2024\n\n"
           "Mrs Jane Roe (Bristol West) (Lab): What assessment has the Minister made of live facial recognition?\n\n"
           "The Minister for Policing (Tom Hale): Live facial recognition is a valuable tool for public safety.\n\n"
           "Mrs Roe: Campaigners call it mass surveillance. Will he legislate?\n\nHon. Members: Hear, hear!\n\n"
           "Tom Hale: I do not accept that characterisation.\n")
TEXTS = {"news": NEWS, "srt": SRT, "webvtt": WEBVTT, "release": RELEASE, "captions": CAPTIONS, "pdf": PDF,
         "scholarly": SCHOLARLY, "interview": INTERVIEW, "hansard": HANSARD}
LINE_ENDS = {"crlf": "\r\n", "cr": "\r"}


def _lf_offsets(text: str) -> np.ndarray:
    """Offset in ``text`` -> offset in its LF version (a CR LF is one character there; a lone CR already is)."""
    crlf = np.array([c == "\r" and text[i + 1:i + 2] == "\n" for i, c in enumerate(text)], dtype=np.int64)
    return np.arange(len(text) + 1) - np.concatenate([[0], np.cumsum(crlf)])


def _write(folder, texts: dict[str, str], newline: str) -> None:
    """The files as Windows tools write them: UTF-8 with a byte-order mark (Notepad), UTF-16 LE with one
    (Notepad's "Unicode") for the subtitle file, cp1252 for the press release (no curly marks in it)."""
    folder.mkdir(parents=True)
    for name, text in texts.items():
        data = text.replace("\n", newline)
        raw = (data.encode("utf-16") if name == "srt" else data.encode("cp1252") if name == "release"
               else b"\xef\xbb\xbf" + data.encode("utf-8"))
        (folder / f"{name}.txt").write_bytes(raw)


def _load(folder) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (a folder of mixed encodings is named in a warning)
        return dc.load_corpus(folder, encoding="cp1252")


def _tables(corpus: dc.Corpus):
    tokens = dc.tokenize(corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = dc.find_frame_terms(tokens)
    return tokens, dc.find_quotes(corpus, reported=True), hits


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    root = tmp_path_factory.mktemp("Kurs Médias")
    out = {}
    for kind, newline in {"lf": "\n", **LINE_ENDS}.items():
        folder = root / kind / "Übung 1 – Presse"  # a folder name with spaces and accents (it names the source)
        _write(folder, TEXTS, newline)
        corpus = _load(folder)
        out[kind] = (corpus, *_tables(corpus))
    return out


def test_line_feed_view_keeps_length_and_reads_every_line_end():
    lf = "a\nb\n\nc"
    assert line_feed_view(lf) is lf  # a text without a CR is read as it is (LF results unchanged)
    for text in ("a\r\nb\r\n\r\nc", "a\rb\r\rc", "a\r\r\nb"):
        view = line_feed_view(text)
        assert len(view) == len(text) and "\r" not in view
    # universal newlines (PEP 278, str.splitlines): "\r\r\n" is two line ends, so a blank line
    assert "a\r\r\nb".splitlines() == ["a", "", "b"]
    assert line_feed_view("a\r\r\nb") == "a\n \nb"


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("kind", sorted(LINE_ENDS))
def test_segments_and_cleaning_do_not_depend_on_line_ends(name, kind):
    lf = TEXTS[name]
    text = lf.replace("\n", LINE_ENDS[kind])
    m = _lf_offsets(text)
    assert [(m[s], m[e]) for s, e in paragraphs(text)] == paragraphs(lf)
    assert [(m[s], m[e]) for s, e in sentences(text)] == sentences(lf)
    got = clean_document(text)
    want = clean_document(lf)
    assert sorted((d["rule"], m[d["start"]], m[d["end"]]) for d in got.spans) == \
        sorted((d["rule"], d["start"], d["end"]) for d in want.spans)
    assert all(d["text"] == text[d["start"]:d["end"]] for d in got.spans)  # the characters as given
    assert {k: str(v) for k, v in got.fields.items()} == {k: str(v) for k, v in want.fields.items()}
    got_q = dc.find_quote_spans(text, reported=True)
    want_q = dc.find_quote_spans(lf, reported=True)
    assert [(q["kind"], m[q["start"]], m[q["end"]], q["speaker"], q["cue"]) for q in got_q] == \
        [(q["kind"], q["start"], q["end"], q["speaker"], q["cue"]) for q in want_q]


def test_the_recent_rules_read_crlf_files(loaded):
    # before: a SubRip file saved on Windows (CR LF, as SubRip files mostly are) kept its cue numbers, timing lines
    # and <i> tags as words of one paragraph, and a release's "About Acme" / "Media contact:" sections stayed in
    rules = loaded["crlf"][0].set_aside.groupby(["doc_id", "rule"]).size()
    assert rules[("srt", "subtitle-timing")] == 3 and rules[("srt", "subtitle-cue-id")] == 3
    assert rules[("srt", "subtitle-tag")] == 2
    assert rules[("webvtt", "webvtt-note")] == 1
    for rule in ("release-about", "release-disclaimer", "release-contact", "end-mark"):
        assert rules[("release", rule)] == 1


@pytest.mark.parametrize("kind", sorted(LINE_ENDS))
def test_a_folder_gives_the_same_tables_whatever_its_line_ends(loaded, kind):
    corpus_lf, tokens_lf, quotes_lf, hits_lf = loaded["lf"]
    corpus, tokens, quotes, hits = loaded[kind]
    maps = {d: _lf_offsets(t) for d, t in zip(corpus.documents["doc_id"], corpus.documents["text"], strict=True)}

    def lf(frame: pd.DataFrame, cols) -> pd.DataFrame:
        frame = frame.reset_index(drop=True).copy()
        for c in cols:
            frame[c] = [int(maps[d][int(o)]) for d, o in zip(frame["doc_id"], frame[c], strict=True)]
        return frame

    for col in ("title", "author", "date", "source"):
        assert corpus.documents[col].astype(str).tolist() == corpus_lf.documents[col].astype(str).tolist(), col
    aside = ["doc_id", "rule", "start", "end"]
    pd.testing.assert_frame_equal(lf(corpus.set_aside[aside], ["start", "end"]),
                                  corpus_lf.set_aside[aside].reset_index(drop=True), check_dtype=False)
    cols = ["doc_id", "token", "norm", "paragraph", "sentence", "voice", "quote_kind", "speaker", "is_stop"]
    pd.testing.assert_frame_equal(lf(tokens[cols + ["start"]], ["start"]),
                                  tokens_lf[cols + ["start"]].reset_index(drop=True), check_dtype=False)
    qcols = ["doc_id", "kind", "start", "end", "speaker", "cue"]
    pd.testing.assert_frame_equal(lf(quotes[qcols], ["start", "end"]), quotes_lf[qcols].reset_index(drop=True),
                                  check_dtype=False)
    hcols = ["doc_id", "frame", "entry", "voice", "use"]
    pd.testing.assert_frame_equal(hits[hcols].reset_index(drop=True), hits_lf[hcols].reset_index(drop=True))
    assert len(hits_lf) >= 10  # the comparison has hits to compare


def test_the_cli_reads_a_folder_whose_name_has_spaces_and_accents(loaded, tmp_path):
    from discourse.cli import main
    folder = tmp_path / "Cours été" / "données Windows"
    _write(folder, {"news": NEWS, "hansard": HANSARD}, "\r\n")
    out = tmp_path / "sortie à côté"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["frames", str(folder), "--out", str(out), "--n-boot", "20"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written, "the command wrote nothing"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_repeated_lines_are_lines_whatever_the_line_ends(newline):
    # a CR-only text had been one "line"; its key, digits normalised ("Article 0" = "Article 5"), was shared by
    # every document of the source, and set_aside_repeated set aside the six documents whole (6 spans, every word)
    footer = "Subscribe to our newsletter for daily updates on smart city news\nFollow us on Twitter and Facebook"
    texts = [f"Article {i} headline here\n\nThe city installed {i} cameras for public safety.\n\nCritics called it "
             f"mass surveillance number {i}.\n\n{footer}\n" for i in range(6)]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "source": ["a", "b"] * 3,
                                                    "text": [t.replace("\n", newline) for t in texts]}))
    lines = dc.find_repeated_lines(corpus)
    assert "Follow us on Twitter and Facebook" in set(lines["text"])
    assert lines["text"].str.contains("\r").sum() == 0 and len(lines) == 10
    cleaned = dc.set_aside_repeated(corpus)
    added = cleaned.set_aside.iloc[len(corpus.set_aside):]
    assert len(added) == 30  # 5 lines of 6 documents ("Critics ... number 0" and the like are the fifth)
    assert (added["end"] - added["start"]).max() < 70


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_an_export_of_several_articles_is_split_whatever_the_line_ends(tmp_path, newline):
    export = ("Document 1 of 2\n\nSmart cities rise\n\nThe Guardian\nMarch 3, 2019\n\nLength: 300 words\n\nBody\n\n"
              "The smart city is mass surveillance, critics said.\n\nEnd of Document\n\nDocument 2 of 2\n\n"
              "Safe city plans\n\nThe Times\nMarch 5, 2019\n\nLength: 200 words\n\nBody\n\nHuawei promotes public "
              "safety with intelligent video.\n\nEnd of Document\n")
    (tmp_path / "nexis export.txt").write_bytes(export.replace("\n", newline).encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dc.load_corpus(tmp_path, split_exports=True)
    assert corpus.documents["doc_id"].tolist() == ["nexis export-001", "nexis export-002"]
    assert corpus.documents["date"].dt.day.tolist() == [3, 5]


def test_trailing_white_space_ends_no_heading():
    # a line may end in spaces (as every line of a CR LF text read as LF does): "Media contact: " still opens the
    # release's contact section, and a WebVTT NOTE block after a blank line holding a space is still a block
    release = RELEASE.replace("Media contact:\n", "Media contact: \n")
    assert "release-contact" in {d["rule"] for d in clean_document(release).spans}
    vtt = WEBVTT.replace("Language: en\n\nNOTE", "Language: en\n \nNOTE")
    assert "webvtt-note" in {d["rule"] for d in clean_document(vtt).spans}
