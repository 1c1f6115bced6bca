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


# ------------------------------------------------------------------------------------ retweets
def test_retweeted_post_is_the_retweeted_users_speech():
    texts = ["RT @VendorX: Our smart city platform is seamless and innovative.",
             "RT @a_b: RT @privacy_pat: Mass surveillance is not safety. ",
             "Great thread, RT if you agree: smart city now",
             "RT @VendorX: \"A seamless smart city,\" said Ann Roe."]
    corpus = _corpus(texts)
    toks = dc.tokenize(corpus)
    words = toks[~toks["is_punct"]]
    by_doc = {d: g for d, g in words.groupby("doc_id", observed=True)}
    # d0: every word after the prefix is @VendorX's, none the retweeter's own (written by hand: 8 words)
    post = by_doc["d0"][by_doc["d0"]["start"] >= texts[0].index("Our")]
    assert len(post) == 8 and set(post["voice"]) == {"quoted"} and set(post["speaker"]) == {"@VendorX"}
    assert by_doc["d0"]["start"].min() == texts[0].index("Our")  # the prefix is set aside (cleaning)
    # d1: a chain's post is the last handle's
    assert set(by_doc["d1"].loc[by_doc["d1"]["norm"] == "surveillance", "speaker"]) == {"@privacy_pat"}
    # d2: "RT" inside running text is no retweet
    assert set(by_doc["d2"]["voice"]) == {"author"}
    # d3: a quotation inside the post keeps its own speaker
    assert by_doc["d3"].loc[by_doc["d3"]["norm"] == "seamless", "speaker"].tolist() == ["Ann Roe"]
    quotes = dc.find_quotes(corpus)
    rt = quotes[quotes["cue"] == "RT"]
    assert rt[["doc_id", "speaker", "kind"]].values.tolist() == [
        ["d0", "@VendorX", "speech"], ["d1", "@privacy_pat", "speech"], ["d3", "@VendorX", "speech"]]
    # framing: the vendor's promotion in d0 is quoted, not the retweeter's own lean
    lex = dc.load_lexicon("framing")
    fb = dc.frame_balance(toks[toks["doc_id"] == "d0"], lex, by=None, level="group", n_boot=0).set_index("voice")
    assert fb.loc["author", "n_positive"] == 0 and fb.loc["quoted", "n_positive"] == 3


def test_retweet_prefix_is_set_aside_not_counted_as_words():
    texts = ["RT @VendorX: Smart city solutions.", "RT @no2cams: Stop the cameras.", "Plain post."]
    corpus = _corpus(texts)
    aside = corpus.set_aside
    assert aside[["doc_id", "rule", "text"]].values.tolist() == [
        ["d0", "retweet-prefix", "RT @VendorX: "], ["d1", "retweet-prefix", "RT @no2cams: "]]
    toks = dc.tokenize(corpus)
    # "rt" was the most frequent content word of a 226-post corpus and a term of every topic
    assert not toks["norm"].isin(["rt", "@vendorx", "@no2cams"]).any()
    counts = dc.count_terms(toks, by=None)
    assert "rt" not in set(counts["term"])
    assert toks.loc[toks["norm"] == "cameras", "speaker"].tolist() == ["@no2cams"]
    kept = dc.tokenize(_corpus_unclean(texts))
    assert (kept["norm"] == "rt").sum() == 2


def _corpus_unclean(texts: list[str]) -> dc.Corpus:
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    return dc.Corpus.from_dataframe(df, clean=False)


# ------------------------------------------------------------------------------------ short texts
def test_too_many_topics_for_short_posts_names_a_smaller_unit_than_the_one_used():
    posts = ["Smart city cameras everywhere. Privacy is gone.", "Mass surveillance is not safety. Ban it.",
             "Efficiency for whom? Data for the police."]
    toks = dc.tokenize(_corpus(posts))
    with pytest.raises(ValueError, match=r"3 paragraphs\); .*unit='sentence' or 'window'") as err:
        dc.TopicModel(5, min_count=1, random_state=0).fit(toks)
    assert "unit='paragraph'" not in str(err.value)  # the unit it already uses
    with pytest.raises(ValueError, match=r"smaller window_size"):
        dc.TopicModel(50, unit="window", window_size=5, min_count=1, random_state=0).fit(toks)


# ------------------------------------------------------------------------------------ block quotations
def test_markdown_block_quotation_is_quoted_voice():
    texts = ["> it's just traffic sensors, a smart city\n\nNo it isn't. This is mass surveillance.",
             "&gt; Our platform is seamless\nNarrator: it was not.",
             ">50% of the cameras are new. Smart city indeed.",
             "Reply:\n> > nested and **bold** smart city\n> still quoted\nmy answer: privacy"]
    with pytest.warns(UserWarning, match="HTML character references"):
        corpus = _corpus(texts)
    toks = dc.tokenize(corpus)
    w = toks[~toks["is_punct"]].set_index(["doc_id", "norm"])
    # by hand: the lines after '>' are someone else's words (a Reddit or forum reply quoting its parent)
    assert w.loc[("d0", "sensors"), "voice"] == "quoted" and w.loc[("d0", "surveillance"), "voice"] == "author"
    assert w.loc[("d1", "seamless"), "voice"] == "quoted" and w.loc[("d1", "narrator"), "voice"] == "author"
    assert set(toks.loc[toks["doc_id"] == "d2", "voice"]) == {"author"}  # '>50%' is "more than", no quotation
    assert w.loc[("d3", "nested"), "voice"] == "quoted" and w.loc[("d3", "still"), "voice"] == "quoted"
    assert w.loc[("d3", "privacy"), "voice"] == "author" and w.loc[("d3", "reply"), "voice"] == "author"
    q = dc.find_quotes(corpus)
    assert q.loc[q["cue"] == ">", "doc_id"].tolist() == ["d0", "d1", "d3"]
    assert q.loc[q["cue"] == ">", "speaker"].isna().all()


def test_cli_drop_duplicates(tmp_path, capsys):
    from discourse.cli import main

    path = tmp_path / "posts.csv"
    pd.DataFrame({"id": ["a", "b", "c"], "platform": "twitter",
                  "text": ["Smart city now.", "RT @x: Smart city now.", "Privacy first."]}).to_csv(path, index=False)
    with pytest.warns(UserWarning, match=r"1 document\(s\) repeat an earlier one.*--drop-duplicates"):
        assert main(["corpus", str(path), "--doc-id", "id", "--source", "platform"]) == 0
    assert "documents: 3" in capsys.readouterr().out
    with pytest.warns(UserWarning, match=r"1 document\(s\) that repeat an earlier one left out \(2 kept\)"):
        assert main(["corpus", str(path), "--doc-id", "id", "--source", "platform", "--drop-duplicates"]) == 0
    assert "documents: 2" in capsys.readouterr().out


def test_block_quotation_or_retweet_line_is_no_title():
    texts = ["> The city promises efficiency\nEfficiency for whom? Mass surveillance isn't efficient.",
             "RT @no2cams: > The city promises efficiency\nEfficiency for whom?",
             "Smart city rollout in Riverton\nThe council approved the contract on Monday.",
             "#privacy matters. Stop the cameras.", "#SmartCity #IoT", "# A heading\nBody text here."]
    corpus = _corpus(texts)
    # the first line of a reply that quotes its parent is not the post's headline, nor is a post that opens with a
    # hashtag; a news headline and a Markdown heading ("# " then the words, CommonMark 4.2) still are
    assert corpus.documents["title"].tolist() == [None, None, "Smart city rollout in Riverton", None, None,
                                                  "A heading"]
