"""Social-media text: @mentions, hashtags, HTML entities, retweets and duplicates (posts written here)."""

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.matcher import FrameMatcher
from discourse.text import fast_tokens, token_spans


def _corpus(texts: list[str]) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "twitter", "text": texts})
    return dc.Corpus.from_dataframe(df, text="text", source="source")


# ------------------------------------------------------------------------------------ @mentions
def test_mention_is_one_token_not_the_words_of_the_handle():
    text = "Thanks @privacy_pat and @RivertonMayor's office: mail me@example.org"
    toks = dc.tokenize(_corpus([text]), quotes=False)
    words = toks.loc[~toks["is_punct"], "norm"].tolist()
    # a handle is a name chosen once, not a word the author uses in this post
    assert "@privacy_pat" in words and "@rivertonmayor" in words
    assert "privacy" not in words and "pat" not in words
    assert "me@example.org" in words  # an e-mail address stays whole
    assert fast_tokens(text) == toks["token"].tolist()
    s, e, _ = token_spans(text)
    assert [text[a:b] for a, b in zip(s, e, strict=True)] == toks["token"].tolist()


def test_mention_gives_no_frame_hit_on_either_path():
    texts = ["RT @privacy_pat: cameras everywhere", "Privacy matters, says @MassSurveillanceWatch"]
    corpus = _corpus(texts)
    lex = dc.load_lexicon("framing")
    hits = lex.find_matches(dc.tokenize(corpus), categories="rights")
    # only the word "Privacy" of the second post is rights language: 1 hit, where the handle gave 2
    assert hits["entry"].tolist() == ["privacy"]
    raw = FrameMatcher(lex).find_hits(corpus, categories="rights")
    assert raw["entry"].tolist() == ["privacy"]


# ------------------------------------------------------------------------------------ HTML entities
def test_html_entities_are_decoded_on_loading_with_a_warning():
    texts = ["Safety &amp; efficiency for 2 million residents &gt; 1 city",
             "&quot;Smart&quot; city, dumb policy. Don&#39;t &#x27;trust&#x27; it.",
             "AT&T and R&D stay as written; so does &notanentity"]
    with pytest.warns(UserWarning, match=r"HTML character references.*2 document\(s\).*7 reference"):
        corpus = _corpus(texts)
    docs = corpus.documents["text"].tolist()
    # the decoding of Python's html.unescape, reference by reference (the expected texts written by hand)
    assert docs[0] == "Safety & efficiency for 2 million residents > 1 city"
    assert docs[1] == "\"Smart\" city, dumb policy. Don't 'trust' it."
    assert docs[2] == texts[2]
    toks = dc.tokenize(corpus)
    assert not toks["norm"].isin(["amp", "quot", "gt", "39", "x27"]).any()
    # the decoded marks are quotation marks: "Smart" is a scare quote, as it is written with '"'
    smart = toks[toks["norm"] == "smart"].iloc[0]
    assert smart["quote_kind"] == "mention"


def test_html_entities_kept_when_asked():
    df = pd.DataFrame({"doc_id": ["a"], "text": ["Safety &amp; efficiency"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        corpus = dc.load_corpus(df, html_entities=False)
    assert corpus.documents["text"].iloc[0] == "Safety &amp; efficiency"


# ------------------------------------------------------------------------------------ hashtags
HASHTAG_POSTS = ["This is #MassSurveillance dressed up as a #SmartCity.",
                 "Our #smartcities and #SafeCity programme. #privacy",
                 "Mass surveillance is not a smart city."]


def test_phrase_matches_its_closed_spelling_as_in_a_hashtag():
    corpus = _corpus(HASHTAG_POSTS)
    lex = dc.load_lexicon("framing")
    cats = ["promotional", "rights"]
    hits = lex.find_matches(dc.tokenize(corpus), categories=cats)
    # a hashtag cannot hold a space, so a phrase is written closed: #MassSurveillance is "mass surveillance",
    # as "#privacy" was already "privacy" and "smart-city" "smart city" (counted by hand: 3 hits per post)
    assert hits.groupby("doc_id")["entry"].apply(list).to_dict() == {
        "d0": ["mass surveillance", "smart cit*"],
        "d1": ["smart cit*", "safe cit*", "privacy"],
        "d2": ["mass surveillance", "smart cit*"]}
    raw = FrameMatcher(lex).find_hits(corpus, categories=cats)
    assert raw["entry"].tolist() == hits["entry"].tolist()
    assert lex.lookup(["smartcity", "masssurveillance"])["entry"].tolist() == ["smart cit*", "mass surveillance"]


def test_closed_spelling_loses_to_a_more_specific_entry():
    lex = dc.load_lexicon({"a": ["surveil*"], "b": ["surveillance state*"]})
    hits = lex.find_matches(dc.tokenize(_corpus(["#SurveillanceState now"]), quotes=False))
    # "surveillance state*" has as many glob parts and more literal characters than "surveil*"
    assert hits["entry"].tolist() == ["surveillance state*"]


# ------------------------------------------------------------------------------------ duplicates
def test_duplicates_and_retweets_are_found_and_reported():
    texts = ["Smart city = safer streets. #safecity",
             "Privacy is a human right.",
             "RT @VendorX: Smart city = safer streets. #safecity",
             "Privacy is a human right.",
             "PRIVACY is a human right!!",
             "Something else entirely."]
    with pytest.warns(UserWarning, match=r"3 document\(s\) repeat an earlier one.*1 exact.*1 retweet.*1 near"):
        corpus = _corpus(texts)
    dup = dc.find_duplicates(corpus)
    # by hand: d2 retweets d0, d3 is d1 letter for letter, d4 is d1 up to case and punctuation
    assert dup[["doc_id", "duplicate_of", "kind"]].values.tolist() == [
        ["d2", "d0", "retweet"], ["d3", "d1", "exact"], ["d4", "d1", "near"]]
    assert len(corpus) == 6  # reported, not dropped: a retweet is data (amplification), the choice is the user's
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _corpus(["one post", "another post"])
