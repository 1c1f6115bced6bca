"""Book reviews of books about surveillance: the reviewer gives the book's bibliographic line, reports the author's
argument in the present tense ("Zuboff argues that ...", "In her telling, ...", "The book warns that ..."), quotes the
book with page numbers and then gives a verdict of their own. Every passage is written for the test in the genre's
conventions; the expected speaker, voice and use of each were labelled by reading the passage before the library's
output was looked at: the book's words and claims are its author's (the book speaks for its author), the
reviewer's verdict is the author's voice of the review."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc
from discourse.quotes import find_quote_spans

from .conftest import frame_uses, use_of

ZUBOFF_HEAD = "The Age of Surveillance Capitalism by Shoshana Zuboff (PublicAffairs, 704 pp., $38)\n\n"


def _reported(text: str) -> list[dict]:
    return [s for s in find_quote_spans(text, reported=True) if s["kind"] == "reported"]


def _clause(text: str, words: str) -> dict:
    """The one reported span holding ``words``."""
    found = [s for s in _reported(text) if words in text[s["start"]:s["end"]]]
    assert len(found) == 1, [(text[s["start"]:s["end"]], s["speaker"]) for s in _reported(text)]
    return found[0]


# ------------------------------------------------------------------ viewpoint adjuncts: "In her telling, ..."
# "In X's view", "in her telling" mark the source of the proposition as "according to X" does (Biber et al. 1999,
# 10.2.1.1, stance adverbials of the source of knowledge): the clause is X's view, reported, not the reviewer's.
@pytest.mark.parametrize("text, words, speaker", [
    ("Shoshana Zuboff argues that Google invented a new economic order. In her telling, the smart city is a "
     "Trojan horse for data extraction.", "Trojan horse", "Shoshana Zuboff"),
    ("In Zuboff's view, the smart city is a Trojan horse for data extraction.", "Trojan horse", "Zuboff"),
    ("Sarah Brayne spent years with the Los Angeles police. In her account, officers treated the software as a "
     "force multiplier.", "force multiplier", "Sarah Brayne"),
    ("Kai Strittmatter reported from Beijing for years. In his reading, the social credit system is a blueprint "
     "for control.", "blueprint", "Kai Strittmatter"),
])
def test_viewpoint_adjunct_reports_its_possessor(text, words, speaker):
    span = _clause(text, words)
    assert span["speaker"] == speaker
    # the clause begins after the adjunct's comma and runs to the sentence's end
    assert text[span["start"] - 2:span["start"]] == ", " and text[span["end"]] == "."


@pytest.mark.parametrize("text", [
    "In my view, the smart city is a Trojan horse for data extraction.",  # the reviewer's own view
    "In our view, predictive policing is a dead end for the department.",
    "In her account of the raid, police broke down the door at dawn.",  # no comma after the noun: no viewpoint
    "The smart city is, in my view, a Trojan horse for data extraction.",
    # the possessor is the clause's subject: the adjunct places their own act in the work, no view reported
    "Miller wrote on the novel. In his analysis, however, he touches upon but fails to explore its central idea.",
])
def test_own_or_no_viewpoint_reports_nothing(text):
    assert _reported(text) == []


def test_hit_in_a_viewpoint_clause_is_reported_not_the_reviewers():
    # hand label: "smart city" is Zuboff's claim (reported), "privacy" in the verdict is the reviewer's (evaluative)
    text = ("Shoshana Zuboff argues that Google invented a new economic order. In her telling, the smart city is a "
            "Trojan horse.\n\nI disagree. Users trade their privacy knowingly.")
    assert use_of(text, "smart city", source="review")[0] == "reported"
    assert use_of(text, "smart city", source="review")[2] == "reported"
    assert use_of(text, "privacy", source="review")[0] == "evaluative"
    assert use_of(text, "privacy", source="review")[2] == "author"


# ------------------------------------------------------------------ "the book" speaks for its author
# The bibliographic line names the reviewed book's author; "the book", "the author" and an "it" whose antecedent is
# the book take up that work, whose claims are its writer's (Thompson & Ye 1991: the cited text as reporting subject).
@pytest.mark.parametrize("head", [
    ZUBOFF_HEAD,
    "The Age of Surveillance Capitalism\nBy Shoshana Zuboff\nPublicAffairs, 704 pp., $38\n\n",
    "THE AGE OF SURVEILLANCE CAPITALISM: The Fight for a Human Future. By SHOSHANA ZUBOFF. 691 pp. "
    "PublicAffairs. $38.\n\n",
    "Shoshana Zuboff, The Age of Surveillance Capitalism (PublicAffairs, 704 pages, $38)\n\n",
])
def test_the_book_speaks_for_the_author_its_bibliographic_line_names(head):
    text = head + "The book warns that the loss of privacy is the price of convenience."
    span = _clause(text, "price of convenience")
    assert span["speaker"] == "Shoshana Zuboff"
    assert span["speaker_reason"] == "author of the book reviewed"
    assert span["channel"] == "book"


def test_it_after_the_book_and_the_author_are_the_books_author():
    text = (ZUBOFF_HEAD + "The book describes the rise of Google. It insists that mass surveillance is not "
            "inevitable. The author argues that regulation can still tame the market.")
    assert _clause(text, "not inevitable")["speaker"] == "Shoshana Zuboff"
    author = _clause(text, "tame the market")
    assert author["speaker"] == "Shoshana Zuboff"
    assert author["channel"] is None  # the author speaks in person, not through a document


@pytest.mark.parametrize("lead", ["", "Amnesty International has criticised Google. "])
def test_the_book_without_a_bibliographic_line_names_no_author(lead):
    # no line names the book's author: the book speaks as a document whose author is not named, not as the
    # organisation named before it (a book is a person's)
    span = _clause(lead + "The book warns that the loss of privacy is the price of convenience.", "price of")
    assert span["speaker"] == "The book"
    assert span["speaker_reason"] == "a document, its author not named"


def test_a_book_introduced_as_the_means_of_its_authors_argument():
    # 'In her new book, X argues ...' introduces the book as X's; 'The book' then takes it up (Hawkins 1978)
    text = ("In her new book, Shoshana Zuboff argues that Google invented a new order. The book warns that the loss "
            "of privacy is the price of convenience. Her book ends with a call to arms against surveillance.")
    span = _clause(text, "price of convenience")
    assert (span["speaker"], span["channel"]) == ("Shoshana Zuboff", "book")


@pytest.mark.parametrize("subject", ["Shoshana Zuboff's book", "Zuboff's new book"])
def test_a_persons_book_is_their_channel_not_a_speaker_of_its_own(subject):
    text = f"Shoshana Zuboff teaches at Harvard. {subject} argues that mass surveillance is unlawful."
    span = _clause(text, "unlawful")
    assert span["speaker"] in ("Shoshana Zuboff", "Zuboff") and span["channel"] == "book"


def test_a_book_of_two_authors_is_not_given_to_one_of_them():
    text = ("Atlas of AI by Kate Crawford and Trevor Paglen (Yale, 336 pp., $28)\n\n"
            "The book warns that the loss of privacy is the price of convenience.")
    assert _clause(text, "price of convenience")["speaker"] != "Kate Crawford"


def test_a_review_of_two_books_gives_each_book_its_own_author():
    text = (ZUBOFF_HEAD + "The book warns that privacy is the price of convenience.\n\n"
            "We Have Been Harmonized by Kai Strittmatter (Custom House, 352 pp., $28.99)\n\n"
            "The book insists that the West is sleepwalking into the same repression.")
    assert _clause(text, "price of convenience")["speaker"] == "Shoshana Zuboff"
    assert _clause(text, "sleepwalking")["speaker"] == "Kai Strittmatter"


def test_the_books_claim_is_reported_in_frame_hits():
    text = (ZUBOFF_HEAD + "The book warns that mass surveillance threatens democracy.\n\n"
            "I am not persuaded: the evidence for mass surveillance here is thin.")
    rows = [r for r in frame_uses(text, source="review") if r[0] == "mass surveillance"]
    assert [(r[1], r[3]) for r in rows] == [("reported", "reported"), ("evaluative", "author")]


# ------------------------------------------------------------------ the bibliographic head is no byline
def test_the_reviewed_books_by_line_is_not_the_reviews_author():
    # hand label: the review's author is not given; "By Shoshana Zuboff" belongs to the book's bibliographic head
    # (the line under it gives publisher, pages and price), so it names the book's author, not the review's
    review = ("The Age of Surveillance Capitalism\nBy Shoshana Zuboff\nPublicAffairs, 704 pp., $38\n\n"
              "Zuboff argues that Google invented a new economic order. I am not persuaded.")
    news = "Cameras everywhere\nBy Jane Roe\n\nThe city installed 400 cameras on Monday."
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["review", "news"], "source": ["r", "n"], "text": [review, news]}))
    authors = dict(zip(corpus.documents["doc_id"], corpus.documents["author"], strict=True))
    assert pd.isna(authors["review"])
    assert authors["news"] == "Jane Roe"  # a byline with no bibliographic line under it stays one
    aside = corpus.set_aside
    assert not ((aside["doc_id"] == "review") & (aside["kind"] == "byline")).any()
