"""Line ends and white space as Windows tools write them."""

from __future__ import annotations

from discourse.clean import clean_document

WEBVTT = ("WEBVTT - evening bulletin\nKind: captions\nLanguage: en\n\nNOTE\nCaptions by the newsroom.\n\nintro\n"
          "00:00:01.000 --> 00:00:04.000 align:start position:10%\n<v Anna Lee>Facial recognition is mass surveillance."
          "</v>\n\n00:04.500 --> 00:07.000\n<v Officer Tom Grant>It is a tool for <b>public safety</b>.\n")
RELEASE = ("Acme Vision Unveils SafeCity 3.0\n\nSHENZHEN, China, March 3, 2021 /PRNewswire/ -- Acme Vision Technology "
           "Co. today announced SafeCity 3.0.\n\n\"SafeCity 3.0 gives cities a nervous system for public safety,\" said "
           "Li Wei, chief executive officer of Acme Vision.\n\nAbout Acme Vision\n\nAcme Vision is a leading provider "
           "of intelligent video and smart city solutions for public safety.\n\nForward-Looking Statements\n\nThis "
           "press release contains forward-looking statements.\n\nMedia contact:\nChen Jing\n"
           "press@acmevision.example\n\n###\n")


def test_trailing_white_space_ends_no_heading():
    # a line may end in spaces (as every line of a CR LF text read as LF does): "Media contact: " still opens the
    # release's contact section, and a WebVTT NOTE block after a blank line holding a space is still a block
    release = RELEASE.replace("Media contact:\n", "Media contact: \n")
    assert "release-contact" in {d["rule"] for d in clean_document(release).spans}
    vtt = WEBVTT.replace("Language: en\n\nNOTE", "Language: en\n \nNOTE")
    assert "webvtt-note" in {d["rule"] for d in clean_document(vtt).spans}
