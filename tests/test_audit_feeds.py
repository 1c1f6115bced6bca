"""News collected from RSS/Atom feeds and aggregators: the furniture a feed item carries (the WordPress footer,
"Continue reading" links, the excerpt's truncation mark), feed dates, syndicated copies.

The items are written here; the expected values are hand labels made before running the library.
"""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document

WIRE = ("Police in the city will deploy facial recognition cameras, officials said on Friday. Rights groups called "
        "the move mass surveillance and a threat to privacy. The smart city project will cover 200 intersections, "
        "the council said. Opponents said the plan amounts to repression of protesters.")


def _load(rows: list[dict]) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.Corpus.from_dataframe(pd.DataFrame(rows))


def _rules(text: str) -> list[tuple[str, str]]:
    return [(sp["rule"], sp["text"]) for sp in clean_document(text, "d").spans]


# --- the feed's furniture at the end of an item -------------------------------------------------------------------

def test_wordpress_footer_is_set_aside():
    # Yoast SEO's RSS footer, on by default in WordPress feeds: "The post %%POSTLINK%% appeared first on
    # %%BLOGLINK%%." Its post title ("Smart city rollout") had been counted as a promotional hit of the item
    text = ("The city's new platform promises better services. Critics warn of mass surveillance.\n\n"
            "The post Smart city rollout appeared first on CityTech Blog.")
    assert _rules(text) == [("feed-footer", "The post Smart city rollout appeared first on CityTech Blog.")]
    # as the feed's description carries it, in a paragraph with the links
    html = ("Critics warn of mass surveillance.\n<p>The post <a href=\"https://citytech.example/a1\">Smart city "
            "rollout</a> appeared first on <a href=\"https://citytech.example\">CityTech Blog</a>.</p>")
    assert [r for r, _ in _rules(html)][-1] == "feed-footer"
    # a sentence of the story that says where a post appeared stays
    story = "The council met on Friday.\n\nThe post appeared first on a forum, police said."
    assert _rules(story) == []


def test_footer_counts_no_frame_hit():
    rows = [{"doc_id": "a1", "source": "CityTech Blog",
             "text": "Critics warn of mass surveillance.\n\nThe post Smart city rollout appeared first on CityTech Blog."}]
    hits = dc.find_frame_terms(dc.tokenize(_load(rows)))
    # hand label: one hit, "mass surveillance"; "Smart city" is the footer's post title
    assert hits["matched"].str.lower().tolist() == ["mass surveillance"]


@pytest.mark.parametrize("text, rule, marked", [
    # WordPress themes' more link (Twenty Ten to Twenty Fourteen: 'Continue reading <span>&rarr;</span>')
    ("Huawei pitched its safe city system as intelligent video for public safety\u2026 Continue reading \u2192",
     "more-link", "Continue reading \u2192"),
    ("The council approved the smart city plan.\n\nContinue reading", "more-link", "Continue reading"),
    ("The council approved the plan. Read more \u00bb", "more-link", "Read more \u00bb"),
    # Twenty Seventeen and later: 'Continue reading "Post title"', a title no speaker said
    ("The council approved the plan. Continue reading \u201cSmart city rollout\u201d", "more-link",
     "Continue reading \u201cSmart city rollout\u201d"),
    # wp_trim_excerpt's default excerpt_more, ' [&hellip;]', the mark of a summary cut short
    ("The council approved the smart city plan and the mayor said it [\u2026]", "truncation-mark", "[\u2026]"),
    ("The council approved the smart city plan and the mayor said it [...]", "truncation-mark", "[...]"),
])
def test_more_link_and_truncation_mark(text, rule, marked):
    assert _rules(text) == [(rule, marked)]


@pytest.mark.parametrize("text", [
    "I will continue reading the report tonight, she said.",
    "Residents who read more about the cameras grew worried.",
    "The list [...] ends here, and the debate goes on.",
])
def test_prose_keeps_its_words(text):
    assert _rules(text) == []


def test_more_link_words_are_not_counted():
    rows = [{"doc_id": "a4", "source": "Metro", "text": "The vendor pitched intelligent video. Continue reading \u2192"}]
    tokens = dc.tokenize(_load(rows))
    assert "continue" not in set(tokens["norm"]) and "reading" not in set(tokens["norm"])


def test_syndicated_copies_with_footers_are_one_text():
    # a wire story syndicated by five outlets, three with a WordPress footer naming the outlet: compared without
    # the footers (set aside), the copies are identical (hand label: similarity 1.0 for each)
    rows = [{"doc_id": f"w{i}", "source": f"Outlet {i}",
             "text": WIRE + ("" if i % 2 else f"\n\nThe post Cameras appeared first on Outlet {i}.")}
            for i in range(5)]
    near = dc.find_near_duplicates(_load(rows))
    assert near["doc_id"].tolist() == ["w1", "w2", "w3", "w4"]
    assert near["similarity"].tolist() == [1.0, 1.0, 1.0, 1.0]


# --- feed dates -----------------------------------------------------------------------------------------------------

def test_rss_dates_with_zone_names_are_read():
    # RSS 2.0's pubDate is an RFC 822 date-time, whose zone may be written as a name (RFC 822 5.1: UT, GMT, EST,
    # EDT, CST, CDT, MST, MDT, PST, PDT, with their offsets); they had been left as no date, with a warning.
    # Hand labels in UTC: 14:30 EST (-0500) is 19:30, 14:30 PDT (-0700) 21:30, 23:30 CDT (-0500) the next day's 04:30
    rows = [{"doc_id": "d1", "date": "Fri, 03 May 2024 14:30:00 EST"},
            {"doc_id": "d2", "date": "Fri, 03 May 2024 14:30:00 PDT"},
            {"doc_id": "d3", "date": "Fri, 03 May 2024 23:30 CDT"},
            {"doc_id": "d4", "date": "Fri, 03 May 2024 14:30:00 UT"},
            {"doc_id": "d5", "date": "2024-05-03T14:30:00Z"},        # Atom: RFC 3339
            {"doc_id": "d6", "date": "2024-05-03T16:30:00+02:00"}]
    for r in rows:
        r.update(source="A", text=f"Item {r['doc_id']} on cameras.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no value is left unread
        corpus = dc.Corpus.from_dataframe(pd.DataFrame(rows))
    assert corpus.documents["date"].dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2024-05-03 19:30", "2024-05-03 21:30", "2024-05-04 04:30", "2024-05-03 14:30", "2024-05-03 14:30",
        "2024-05-03 14:30"]


def test_unknown_zone_name_is_still_reported():
    # an abbreviation RFC 822 does not define (IST is India's, Ireland's or Israel's) is no offset to guess
    rows = [{"doc_id": "d1", "source": "A", "text": "Cameras.", "date": "Fri, 03 May 2024 14:30:00 IST"}]
    with pytest.warns(UserWarning, match="could not be read as dates"):
        corpus = dc.Corpus.from_dataframe(pd.DataFrame(rows))
    assert corpus.documents["date"].isna().all()


# --- the HTML of a feed's description -------------------------------------------------------------------------------

def test_html_tags_of_a_description_are_no_words():
    # RSS 2.0: "An item's description ... may contain entity-encoded HTML"; loading decodes the references, so
    # "&lt;p&gt;" becomes the tag "<p>". Its names and attributes had been words ("p", "a", "href", the URL a
    # quotation). Hand labels: the words are Critics call it mass surveillance; the tags are set aside, 4 of them
    rows = [{"doc_id": "h1", "source": "A",
             "text": "&lt;p&gt;Critics call it &lt;a href=&quot;https://eff.example/report&quot;&gt;mass "
                     "surveillance&lt;/a&gt;.&lt;/p&gt;"}]
    corpus = _load(rows)
    aside = corpus.set_aside
    assert aside["rule"].tolist() == ["html-tag"] * 4
    assert aside["text"].tolist() == ["<p>", '<a href="https://eff.example/report">', "</a>", "</p>"]
    tokens = dc.tokenize(corpus)
    words = tokens.loc[~tokens["is_punct"], "norm"].tolist()
    assert words == ["critics", "call", "it", "mass", "surveillance"]
    assert tokens["quote_kind"].isna().all()


@pytest.mark.parametrize("text", [
    "If the count is < 5 and > 2, the rule holds.",
    "Type <name> where the form asks for it.",
    "The vector x<p> is no tag, nor is a <- b.",
])
def test_angle_brackets_in_prose_stay(text):
    assert _rules(text) == []


# --- the byline of a post ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["By Jane Roe | May 3, 2024", "By Jane Roe · May 3, 2024", "By Jane Roe on May 3, 2024",
                                  "By Jane Roe, May 3, 2024 at 9:15 am", "By Jane Roe | 3 May 2024"])
@pytest.mark.parametrize("first", [True, False])
def test_byline_with_date(line, first):
    # a post's meta line as blog themes write it, the author and the day joined by a bar, a dot, a comma or "on";
    # a feed item's text opens with it (its headline is the feed's title field). It had been the item's title and
    # its words ("jane", "roe", "may") counted. Hand labels: author Jane Roe, date 2024-05-03
    body = "The council approved the safe city contract after a long debate on Friday."
    text = f"{line}\n\n{body}" if first else f"Council approves contract\n{line}\n\n{body}"
    res = clean_document(text, "d")
    assert [(sp["rule"], sp["text"]) for sp in res.spans] == [("by-author-date", line)]
    assert res.fields["author"] == "Jane Roe"
    assert res.fields["date"] == pd.Timestamp("2024-05-03")
    assert res.fields.get("title") == (None if first else "Council approves contract")


def test_headline_that_starts_with_by_stays_the_title():
    text = "By Any Means Necessary\n\nThe council approved the safe city contract after a long debate."
    res = clean_document(text, "d")
    assert res.spans == [] and res.fields["title"] == "By Any Means Necessary"


# --- photo credits between paragraphs ----------------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["Photo: Getty Images", "Photo by John Doe/Getty Images", "Photograph: Andy Wong/AP",
                                    "Image: Reuters", "Photos courtesy of the City of Riverton"])
def test_credit_line_between_paragraphs(credit):
    # a feed's full content (content:encoded) and a scraped page keep the credit where the picture stood, between
    # paragraphs; it had been set aside only as one of the last lines, and "photo", "getty", "images" counted
    text = ("Council approves cameras\n\nThe council approved the safe city contract on Friday after a long debate."
            f"\n\n{credit}\n\nCritics called it mass surveillance and said they would appeal.")
    assert _rules(text) == [("image-credit", credit)]


@pytest.mark.parametrize("text", [
    "Council approves cameras\n\nThe photo by the river shows the new cameras on every pole of the square.",
    "Council approves cameras\n\nThe council looked at the cameras and\nphoto: by then the vote had been taken.\n\nThe mayor said nothing more.",
])
def test_prose_about_photos_stays(text):
    assert _rules(text) == []


def test_footer_joined_to_the_last_paragraph():
    # a feed reader's plain text joins the description's paragraphs: "... protesters.The post X appeared first on Y."
    # and the excerpt's truncation mark before it, as WordPress writes both into one description
    text = WIRE + " The post Cameras appeared first on Outlet A."
    assert _rules(text) == [("feed-footer", "The post Cameras appeared first on Outlet A.")]
    text = "The mayor said the smart city plan [\u2026]The post Cameras appeared first on Outlet A."
    assert _rules(text) == [("truncation-mark", "[\u2026]"), ("feed-footer", "The post Cameras appeared first on Outlet A.")]
    # in a sentence of the story it stays
    assert _rules("Police said the post appeared first on a forum.") == []
