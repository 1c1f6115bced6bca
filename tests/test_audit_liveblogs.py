"""Live blogs: rolling coverage in timestamped entries, newest first.

The texts are written for these tests in the genre's conventions (the Guardian's and the BBC's live pages as a
scraper saves them): a "Key events" list of links to entries, whose items repeat the entries' headlines; a "Pinned
post"; entry time stamps on lines of their own ("14.32 BST", "2h ago", "Updated at 14.40 BST"); contributors'
bylines under entries; embedded posts of social media in the text of their embed ("— Jane Doe (@janedoe) May 3,
2026"); and quotations whose speaker is named in an older entry, which stands lower on the page.
"""

import pandas as pd
import pytest

import discourse as dc
from discourse.segment import live_blog_stamps

PROTEST = """Key events
2h ago
Mayor defends cameras as a matter of public safety
3h ago
Campaigners call the network mass surveillance

Pinned post
Updated at 14.40 BST

Protesters are gathering outside city hall against the new facial recognition cameras. Follow our coverage below.

2h ago
14.32 BST
Mayor defends cameras as a matter of public safety

The mayor has just spoken to reporters on the steps of city hall. She said the network was about public safety.

"These cameras are about public safety, not surveillance," she said.

Alex Hern

3h ago
13.05 BST
Campaigners call the network mass surveillance

Privacy is a human right. Scrap the cameras now. #StopFacialRecognition pic.twitter.com/x7Qd2Lk
— Big Brother Watch (@BigBrotherWatch) May 3, 2026

Silkie Carlo of Big Brother Watch told the crowd the cameras amounted to mass surveillance.

Alex Hern

4h ago
12.10 BST
Mayor to speak at 2pm

Mayor Maria Lopez is expected to address the protest at about 2pm. Her office said she would defend the rollout.

Alex Hern
"""

RULING = """Court rules police use of facial recognition unlawful – live updates

Key events
15:10 GMT Minister welcomes 'clarity' from the court
14:50 GMT Judge rules live facial recognition unlawful

15:10 GMT
Minister welcomes 'clarity' from the court

Policing minister Sarah Dines said the government would study the judgment carefully. "Facial recognition is a vital \
tool for public safety," Dines said.

Ruling is a victory for privacy, says campaigner. This is a landmark day for civil liberties.
— Jane Doe (@janedoe) May 3, 2026

14:50 GMT
Judge rules live facial recognition unlawful

The judge has now handed down her ruling. She said: "The use of live facial recognition by the force breached the \
right to privacy."

14:20 GMT
Judgment expected shortly

Lady Justice Anne Roberts will deliver judgment at 14:45 GMT in courtroom 4.
"""


def _corpus(**texts):
    df = pd.DataFrame({"doc_id": list(texts), "source": list(texts), "text": list(texts.values())})
    return dc.Corpus.from_dataframe(df, text="text", source="source")


@pytest.fixture(scope="module")
def blogs():
    corpus = _corpus(protest=PROTEST, ruling=RULING)
    return corpus, dc.tokenize(corpus)


def _aside(corpus, doc_id, rule):
    sa = corpus.set_aside
    return sa[(sa["doc_id"] == doc_id) & (sa["rule"] == rule)]["text"].str.strip().tolist()


def test_entry_time_stamps_are_set_aside_and_reported(blogs):
    corpus, tokens = blogs
    # hand count: PROTEST has 3 relative stamps and 3 clock stamps on entry lines, and the page's update line
    # (the two stamps inside the Key events list go with that list)
    assert _aside(corpus, "protest", "live-timestamp") == [
        "Updated at 14.40 BST", "2h ago", "14.32 BST", "3h ago", "13.05 BST", "4h ago", "12.10 BST"]
    assert _aside(corpus, "ruling", "live-timestamp") == ["15:10 GMT", "14:50 GMT", "14:20 GMT"]
    norms = set(tokens["norm"])
    assert not norms & {"bst", "ago", "pinned"}
    # a time inside an entry's prose is the text's own ("at 14:45 GMT in courtroom 4")
    ruling = tokens[tokens["doc_id"] == "ruling"]
    assert "14:45" in set(ruling["token"]) and "gmt" in set(ruling["norm"])


def test_key_events_list_is_set_aside_so_headlines_count_once(blogs):
    corpus, tokens = blogs
    assert _aside(corpus, "protest", "key-events") == [
        "Key events\n2h ago\nMayor defends cameras as a matter of public safety\n3h ago\n"
        "Campaigners call the network mass surveillance"]
    assert _aside(corpus, "protest", "live-label") == ["Pinned post"]
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    protest = hits[hits["doc_id"] == "protest"]
    # hand count of the entries alone: "public safety" in the headline, the reported clause and the quotation (3;
    # 4 with the Key events copy); "mass surveillance" in the headline and Silkie Carlo's clause (2; 3 with it)
    assert (protest["matched"].str.lower() == "public safety").sum() == 3
    assert (protest["matched"].str.lower() == "mass surveillance").sum() == 2
    ruling = hits[hits["doc_id"] == "ruling"]
    # "unlawful": the page's headline and the entry headline (the Key events copy is not counted)
    assert (ruling["matched"].str.lower() == "unlawful").sum() == 2


def test_contributor_bylines_under_entries_are_set_aside(blogs):
    corpus, tokens = blogs
    assert _aside(corpus, "protest", "live-byline") == ["Alex Hern"] * 3
    assert not set(tokens["norm"]) & {"alex", "hern"}


def test_an_article_with_one_time_line_is_no_live_blog():
    text = ("Council votes on cameras\n\nUpdated at 14.40 BST\n\nThe council voted on the cameras tonight. Key events "
            "of the evening are below.\n\nThe meeting ran from 18.00 to 21.15 BST.\n")
    corpus = _corpus(a=text)
    assert live_blog_stamps(text) == []
    assert not corpus.set_aside["rule"].str.startswith(("live-", "key-")).any()


def test_numbers_alone_on_lines_are_no_time_stamps():
    text = "Prices\n\n14.32\n\n15.10\n\n12.75\n\nThe average rose.\n"
    assert live_blog_stamps(text) == []


def test_embedded_post_is_the_words_of_its_account(blogs):
    corpus, tokens = blogs
    quotes = dc.find_quotes(corpus, reported=True)
    # Twitter's embed code sets the post's text above "— Name (@handle) Date" (the oEmbed blockquote); the post is
    # the account's words, as a retweet is, not the blog's
    post = quotes[quotes["text"].str.startswith("Privacy is a human right")]
    assert post[["kind", "speaker", "speaker_as_written", "speaker_reason"]].values.tolist() == [
        ["speech", "Big Brother Watch", "Big Brother Watch (@BigBrotherWatch)", "embedded post"]]
    assert post["text"].iloc[0].endswith("pic.twitter.com/x7Qd2Lk")
    post = quotes[quotes["text"].str.startswith("Ruling is a victory")]
    assert post[["kind", "speaker"]].values.tolist() == [["speech", "Jane Doe"]]
    hits = dc.find_frame_terms(tokens, "framing", corpus=corpus)
    # (every hit of these words is in a post: the judge's "right to privacy" is one entry of its own)
    of_posts = hits[hits["matched"].isin(["Privacy", "privacy", "civil liberties"])]
    # hand count: "Privacy" in the first post ("a human right" is no entry: the lexicon lists "human rights"),
    # "privacy" and "civil liberties" in the second
    assert len(of_posts) == 3
    assert set(of_posts["voice"]) == {"quoted"}
    assert set(of_posts["speaker"]) == {"Big Brother Watch", "Jane Doe"}


def test_a_dash_and_a_handle_in_prose_are_no_embed():
    text = ("The council debated the cameras.\n\nCritics replied at once \u2014 Jane Doe (@janedoe) among them.\n")
    quotes = dc.find_quote_spans(text)
    assert [q for q in quotes if q["speaker_reason"] == "embedded post"] == []


BREACH = """Council data breach: live updates

16:05 BST
Information commissioner opens inquiry

Information commissioner Priya Shah said her office would open a formal inquiry into the breach.

15:40 BST
Council leader apologises

The council leader has just spoken outside the town hall. "We failed the people of this city, and I am sorry," \
she said.

15:02 BST
Leader to make statement

Council leader Margaret Hale will make a statement at 15:30.
"""


def test_a_pronoun_does_not_reach_into_a_newer_entry_above():
    # A live blog's entries stand newest first: the entry above a pronoun's was written after it, so its names are no
    # antecedents (an anaphor points back to what was said before it, Halliday & Hasan 1976, 2.4; the blog's
    # entries, Thurman & Walters 2013, are posted in the reverse of their order on the page). Hand labels: the
    # judge's quotation is the judge's (Anne Roberts, named in the older entry below), not Jane Doe's (the embedded
    # post of the newer entry above) nor Sarah Dines's; the council leader's apology is Margaret Hale's, not
    # Priya Shah's.
    corpus = _corpus(ruling=RULING, breach=BREACH)
    quotes = dc.find_quotes(corpus)
    judge = quotes[quotes["text"].str.startswith("The use of live facial")].iloc[0]
    assert judge["speaker"] not in ("Jane Doe", "Sarah Dines")
    apology = quotes[quotes["text"].str.startswith("We failed")].iloc[0]
    assert apology["speaker"] != "Priya Shah"
    # within one entry a pronoun resolves as in any news text
    dines = quotes[quotes["text"].str.startswith("Facial recognition is")].iloc[0]
    assert dines["speaker"] == "Sarah Dines"


def test_a_live_blogs_headline_label_after_a_colon_reports_nothing():
    # "X: live updates" names the form of the page, as "X – live" does (the Guardian's and CNN's live headlines); the
    # words before the colon are the story's topic, no source ("Council data breach" had "said" "live updates")
    quotes = dc.find_quotes(_corpus(breach=BREACH), reported=True)
    assert not quotes["text"].str.strip().eq("live updates").any()
    for text in ("Council data breach: live updates", "Police camera protest: as it happened",
                 "Facial recognition ruling – live updates"):
        spans = dc.find_quote_spans(text + "\n\nThe council met today.", reported=True)
        assert [q for q in spans if q["kind"] == "reported"] == []
    # a role's words after the colon stay its reported speech
    spans = dc.find_quote_spans("Council: Cameras Will Stay Until 2030\n\nThe council met today.", reported=True)
    assert [q["kind"] for q in spans] == ["reported"]


def test_frame_balance_of_a_live_blog_counts_each_entry_once(blogs):
    corpus, tokens = blogs
    bal = dc.frame_balance(tokens, "framing", by="source", n_boot=50, random_state=0)
    row = bal[(bal["level"] == "group") & (bal["source"] == "protest")].set_index("voice")
    # hand counts of PROTEST's evaluative pole hits: the author's own, "public safety" of an entry headline (once; with
    # the Key events copy 2); the headline's "Campaigners call the network mass surveillance" is the campaigners' label,
    # reported by the verb of naming (Quirk et al. 1985, 16.43-16.45), no evaluation of the author's (with the copy and
    # the campaign group's "Privacy" it had made 3); the quoted, the mayor's "public safety" and the campaign group's
    # embedded "Privacy"
    assert row.loc["author", ["n_positive", "n_negative"]].tolist() == [1, 0]
    assert row.loc["quoted", ["n_positive", "n_negative"]].tolist() == [1, 1]
    # balance = log((n_positive + 0.5) / (n_negative + 0.5)), the smoothed log-odds of the README: log(1.5 / 0.5)
    assert row.loc["author", "balance"] == pytest.approx(1.0986123, abs=1e-6)


def test_an_oldest_first_blog_keeps_its_names_above_as_antecedents():
    # The same entries in the order of an "as it happened" archive, oldest first (the Guardian's "oldest first"
    # view): the entry above was written before, so its name is the pronoun's antecedent as in any news text
    text = """Council data breach: as it happened

15:02 BST
Leader to make statement

Council leader Margaret Hale will make a statement at 15:30.

15:40 BST
Council leader apologises

Speaking outside the town hall minutes ago: "We failed the people of this city, and I am sorry," she said.
"""
    quotes = dc.find_quotes(_corpus(a=text))
    assert quotes.loc[quotes["text"].str.startswith("We failed"), "speaker"].tolist() == ["Margaret Hale"]
    # the stamps are still set aside
    assert _aside(_corpus(a=text), "a", "live-timestamp") == ["15:02 BST", "15:40 BST"]


def test_key_events_list_set_off_from_its_heading_by_a_blank_line():
    text = PROTEST.replace("Key events\n", "Key events\n\n", 1)
    corpus = _corpus(a=text)
    assert _aside(corpus, "a", "key-events") == [
        "Key events\n\n2h ago\nMayor defends cameras as a matter of public safety\n3h ago\n"
        "Campaigners call the network mass surveillance"]


def test_the_media_link_of_an_embedded_post_is_set_aside(blogs):
    corpus, tokens = blogs
    # Twitter's embed code writes a post's picture or video as the link text "pic.twitter.com/<id>", with no scheme:
    # not a URL to the tokenizer, it had been the words "pic", "twitter", "com" and the id
    assert _aside(corpus, "protest", "media-link") == ["pic.twitter.com/x7Qd2Lk"]
    assert not set(tokens["norm"]) & {"pic", "twitter", "com", "x7qd2lk"}
    # the post's hashtag stays its words
    assert "stopfacialrecognition" in set(tokens["norm"])
