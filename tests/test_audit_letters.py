"""Letters to the editor and readers' comment threads: who speaks, and what is the page's furniture.

The texts are written for these tests in the genre's conventions (a salutation, "Sir," or "To the Editor:"; the
writer's name and town under the letter, as the Guardian and the New York Times print them) and labelled by hand
before the library read them.
"""

import pandas as pd

import discourse as dc

# The Guardian's form: "Sir," is not printed there, but The Times' and the Telegraph's letters open with it; the
# signature is the writer's name and town on lines of their own.
ONE_LETTER = """Sir,

Your report "City cameras cut crime" (March 3) ignores the obvious. The council's own figures show that burglaries rose in the wards with the most cameras.

Mr. Smith claims that the network "makes every street safer". It does not. This "smart" city is building mass surveillance of its own residents, and privacy is the price.

Jane Roe
Leeds"""

# The New York Times' form: "To the Editor:", the article answered in "Re ...", the signature after a dash.
NYT_LETTER = """To the Editor:

Re "Council Expands Camera Network" (news article, March 3):

As a resident of Oakland for thirty years, I find the city's embrace of facial recognition alarming. The so-called safe city program is mass surveillance by another name.

John Doe writes (letter, March 5) that "only criminals have anything to fear." I doubt he would say so if his own front door were on camera.

— Jane Roe, Oakland, Calif."""

# several letters under one headline, and the editor's note closing the page
PAGE = """Cameras and the city

To the Editor:

I applaud the council for investing in public safety. Smart city technology helps police solve crimes.

Peter Lane
Bristol

To the Editor:

Public safety is no excuse for mass surveillance. Privacy is a human right.

Mary Stone
Bath

Editor's note: The council says the cameras do not use facial recognition."""

# a news story that ends with a name and a town on a line of its own is no letter: there is no salutation
NEWS = """Council expands camera network

The council approved 40 new cameras on Tuesday. The vote was 7 to 2.

Jane Roe
Leeds"""


def _corpus(**texts: str) -> dc.Corpus:
    docs = pd.DataFrame({"doc_id": list(texts), "source": "paper", "text": list(texts.values())})
    return dc.Corpus.from_dataframe(docs, text="text", source="source")


def _aside(corpus: dc.Corpus, doc_id: str) -> list[tuple[str, str]]:
    a = corpus.set_aside
    return [(r.rule, r.text) for r in a[a["doc_id"] == doc_id].itertuples()]


def test_a_letters_salutation_and_signature_are_set_aside_and_the_signer_is_its_author():
    # hand labels: "Sir," and "To the Editor:" are the letter's form of address, "Jane Roe" / "Leeds" and "— Jane Roe,
    # Oakland, Calif." its signature (Gregg Reference Manual, "Letters": salutation and writer's identification); the
    # signer is the letter's author
    corpus = _corpus(one=ONE_LETTER, nyt=NYT_LETTER)
    assert ("letter-salutation", "Sir,") in _aside(corpus, "one")
    assert ("letter-signature", "Jane Roe\nLeeds") in _aside(corpus, "one")
    assert ("letter-salutation", "To the Editor:") in _aside(corpus, "nyt")
    assert ("letter-signature", "— Jane Roe, Oakland, Calif.") in _aside(corpus, "nyt")
    assert corpus.documents.set_index("doc_id")["author"].to_dict() == {"one": "Jane Roe", "nyt": "Jane Roe"}
    words = set(dc.tokenize(corpus)["norm"].astype(str))
    assert not {"sir", "leeds", "calif", "roe"} & words
    assert {"oakland", "smart", "privacy"} <= words  # "Oakland" of the letter's own sentence stays


def test_quotations_inside_a_letter_keep_their_voices():
    # hand labels: the headline of the report answered is a mention (a title), the previous writer's and Mr. Smith's
    # claims are their speech, and "smart" in 'this "smart" city' is the writer's scare quote (distanced)
    corpus = _corpus(one=ONE_LETTER, nyt=NYT_LETTER)
    q = dc.find_quotes(corpus).set_index("text")
    assert q.loc["City cameras cut crime", "kind"] == "mention"
    assert (q.loc["makes every street safer", "kind"], q.loc["makes every street safer", "speaker"]) == ("speech", "Smith")
    assert q.loc["only criminals have anything to fear.", "speaker"] == "John Doe"
    hits = dc.find_frame_terms(dc.tokenize(corpus)).set_index(["doc_id", "matched"])
    assert hits.loc[("one", "smart"), "use"] == "distanced"
    assert hits.loc[("nyt", "safe city"), "use"] == "distanced"  # "the so-called safe city program"


def test_each_letter_of_a_page_is_signed_but_the_page_has_no_single_author():
    corpus = _corpus(page=PAGE)
    aside = _aside(corpus, "page")
    assert [t for r, t in aside if r == "letter-signature"] == ["Peter Lane\nBristol", "Mary Stone\nBath"]
    assert [t for r, t in aside if r == "letter-salutation"] == ["To the Editor:", "To the Editor:"]
    assert pd.isna(corpus.documents["author"].iloc[0])
    # the editor's note is the outlet's text and stays
    assert "Editor's note" in corpus.documents["text"].iloc[0]
    assert not any("Editor's note" in t for _, t in aside)


def test_a_name_and_town_without_a_salutation_are_text():
    corpus = _corpus(news=NEWS)
    assert not [r for r, _ in _aside(corpus, "news") if r.startswith("letter")]
    assert pd.isna(corpus.documents["author"].iloc[0])


def test_each_letter_of_a_letters_page_is_its_signers_speech_and_the_editors_note_the_outlets():
    # hand labels: on a page of several letters the outlet speaks in the headline and the editor's note only; each
    # letter is its signer's (a signed contribution, as a signed foreword is its signer's, Chicago 1.40). Counted as the
    # page's own voice, Peter Lane's promotion (2 hits) and Mary Stone's critique (2 rights hits, "Public safety" cited
    # as the other side's word) gave the outlet a balance of log(3.5/2.5) = +0.34, a mildly promotional newspaper
    tokens = dc.tokenize(_corpus(page=PAGE))
    hits = dc.find_frame_terms(tokens)
    by = {m: (v, s) for m, v, s in zip(hits["matched"], hits["voice"], hits["speaker"], strict=True)}
    assert by["Smart city"] == ("quoted", "Peter Lane")
    assert by["public safety"] == ("quoted", "Peter Lane")
    assert by["mass surveillance"] == ("quoted", "Mary Stone")
    assert by["Privacy"] == ("quoted", "Mary Stone")
    # the editor's note: "The council says ..." is reported speech inside the outlet's note, not a letter
    assert by["facial recognition"] == ("reported", "The council")
    q = dc.find_quotes(_corpus(page=PAGE))
    letters = q[q["speaker_reason"] == "signed letter"]
    assert letters["speaker"].tolist() == ["Peter Lane", "Mary Stone"]
    assert letters["cue"].tolist() == ["To the Editor:", "To the Editor:"]
    author = tokens[(tokens["voice"] == "author") & ~tokens["is_punct"]]["norm"].astype(str).tolist()
    # the outlet's words: the headline and the editor's note up to its reported clause
    assert author == ["cameras", "and", "the", "city", "editor", "'s", "note", "the", "council", "says"]


def test_a_single_letter_stays_in_its_writers_own_voice_and_quotes_inside_a_letter_keep_theirs():
    # one letter per document: the writer is the author, and their words the author's voice
    hits = dc.find_frame_terms(dc.tokenize(_corpus(one=ONE_LETTER))).set_index("matched")
    assert hits.loc["mass surveillance", "voice"] == "author"
    assert hits.loc["privacy", "use"] == "evaluative"
    # the same letter on a page with another: the writer's words are hers, Mr. Smith's quotation his, and her scare
    # quote still distanced
    page = "Letters\n\nSir,\n\n" + ONE_LETTER.split("\n\n", 1)[1] + (
        "\n\nSir,\n\nThe cameras are a smart investment in public safety.\n\nPeter Lane\nBristol")
    tokens = dc.tokenize(_corpus(page=page))
    hits = dc.find_frame_terms(tokens).set_index(["speaker", "matched"])
    assert hits.loc[("Jane Roe", "mass surveillance"), "voice"] == "quoted"
    assert hits.loc[("Jane Roe", "smart"), "use"] == "distanced"
    assert hits.loc[("Peter Lane", "public safety"), "voice"] == "quoted"
    smith = tokens[tokens["speaker"] == "Smith"]["norm"].astype(str).tolist()
    assert smith == ["makes", "every", "street", "safer"]


THREAD = """citizen_kane
3 hours ago
Great, another "smart" city project. Mass surveillance with better branding.
Reply

privacyfirst
2 hours ago
@citizen_kane Exactly. Privacy is gone.
Like · Reply"""


def test_a_comment_threads_reply_buttons_and_commenters_names_are_set_aside():
    # hand labels: "Reply" and "Like · Reply" are the labels of a comment's buttons, and the user name above a
    # comment's time stamp its byline (the page's furniture, as a live blog's stamps and bylines are); the commenter's
    # "@citizen_kane" is a word of the comment and stays, and 'another "smart" city' is a scare quote
    corpus = _corpus(thread=THREAD)
    aside = _aside(corpus, "thread")
    assert [t for r, t in aside if r == "reply-button"] == ["Reply", "Like · Reply"]
    assert [t for r, t in aside if r == "comment-byline"] == ["citizen_kane", "privacyfirst"]
    tokens = dc.tokenize(corpus)
    words = tokens["norm"].astype(str).tolist()
    assert "reply" not in words and "like" not in words and "privacyfirst" not in words
    assert "@citizen_kane" in words or "citizen_kane" in words
    hits = dc.find_frame_terms(tokens).set_index("matched")
    assert hits.loc["smart", "use"] == "distanced"


def test_reply_in_prose_or_as_a_lone_heading_stays():
    text = ("Council replies to critics\n\nReply\n\nThe council said the cameras were lawful.\n\n"
            "Reply to the council's letter came a week later.")
    corpus = _corpus(prose=text)
    assert not [r for r, _ in _aside(corpus, "prose") if r in ("reply-button", "comment-byline")]


def test_the_writers_note_and_a_closing_do_not_hide_the_signer():
    # the NYT sets the name in capitals and the note on the writer under the town ("The writer is ..."); a local
    # paper's letter may keep its closing ("Sincerely,"): the signer is still the name line's
    nyt = "To the Editor:\n\nThe cameras are mass surveillance.\n\nJANE ROE\nOakland, Calif.\nThe writer is a former police chief."
    dear = "Dear Editor,\n\nThe safe city plan is a privacy disaster.\n\nSincerely,\nJohn Doe\nOakland"
    corpus = _corpus(nyt=nyt, dear=dear)
    assert ("letter-signature", "JANE ROE\nOakland, Calif.") in _aside(corpus, "nyt")
    assert ("author-bio", "The writer is a former police chief.") in _aside(corpus, "nyt")
    assert corpus.documents.set_index("doc_id")["author"].to_dict() == {"nyt": "Jane Roe", "dear": "John Doe"}
    assert not {"roe", "doe", "sincerely", "calif"} & set(dc.tokenize(corpus)["norm"].astype(str))


def test_the_hearer_of_told_is_no_part_of_the_reported_clause():
    # "told" takes its hearer before the clause (ditransitive complementation, Quirk et al. 1985, ch. 16: "She told
    # me (that) ..."); a letter or story naming the paper itself as the hearer, "told this newspaper", had made
    # "newspaper" the first word of the mayor's claim
    from discourse.quotes import find_quote_spans
    for hearer in ("this newspaper", "the newspaper", "this paper", "a reporter", "our correspondent"):
        text = f"The mayor told {hearer} the system was a success."
        got = [(text[d["content_start"]:d["content_end"]], d["speaker"]) for d in find_quote_spans(text, reported=True)]
        assert got == [("the system was a success", "The mayor")], hearer
    text = "She told the reporter, in a long interview, that the cameras work."
    assert [text[d["content_start"]:d["content_end"]] for d in find_quote_spans(text, reported=True)] == ["the cameras work"]
