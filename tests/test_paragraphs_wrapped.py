"""Paragraphs of hard-wrapped text and of text with page breaks (discourse.segment.paragraphs)."""

import pandas as pd

import discourse as dc
from discourse.segment import paragraphs, sentences

# A speech wrapped at a fixed width, no blank line, paragraphs begin with an indented line (as the UN General
# Debate speeches of 2007 are given).
WRAPPED = (
    "We meet again at a time when the promotion of human \n"
    "rights remains the first duty of every Government \n"
    "represented in this Hall. My country welcomes the \n"
    "report of the Secretary-General, Mr. \n"
    "Ban Ki-moon, on the work of the Organization. \n"
    " The Council must also be reformed, so that it \n"
    "reflects the world of today rather than that of \n"
    "1945. We support the enlargement of both categories \n"
    "of membership and the review of its working methods. \n"
    "Territorial integrity and human rights are not \n"
    "opposed to each other. \n"
    " Finally, let me thank the delegations that have \n"
    "supported our candidature for the Council.\n"
)


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in paragraphs(text)]


def test_hard_wrapped_lines_are_joined_until_a_sentence_ends():
    # Finding 1: a text without a blank line made every non-empty line a paragraph, so in hard-wrapped text
    # (lines of a fixed width) a sentence was cut at every line end: "human \nrights" never matched the
    # lexicon entry "human rights", kwic missed it, and each half-line was a sentence of its own. Now a text
    # most of whose line breaks fall inside a sentence (after a line without a sentence end, before a
    # lowercase word) is hard-wrapped, and its lines are joined unless a sentence ends at the line end; this
    # text indents its paragraphs' first lines, so only an indented line after a sentence end starts one
    # ("reflects ... 1945." ends a sentence at a line end but the next line is not indented; "Mr." is a title).
    paras = _texts(WRAPPED)
    assert len(paras) == 3
    assert paras[0].startswith("We meet again") and paras[0].endswith("the Organization.")
    assert paras[1].startswith("The Council") and paras[1].endswith("opposed to each other.")
    assert paras[2].startswith("Finally,")
    assert "Mr. \nBan Ki-moon" in paras[0]
    # its sentences are whole, not half-lines
    first = paragraphs(WRAPPED)[0]
    assert len(sentences(WRAPPED, [first])) == 2
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [WRAPPED]}),
                                      source="source", date=None)
    tokens = dc.tokenize(corpus, quotes=False)
    hits = dc.load_lexicon({"rights": ["human rights"], "sovereignty": ["territorial integrity"]}).find_matches(tokens)
    assert int((hits.entry == "human rights").sum()) == 2  # one of them across "human \nrights"
    assert len(dc.kwic(tokens, "human rights")) == 2
    # without indentation, a sentence end at a line end is the paragraph break (a lowercase line goes on)
    plain = "The first paragraph of the speech is\nwrapped at a fixed width, as in 1993.\nThe second one\nis wrapped too, like the\nfirst, e.g.\nin the same way.\n"
    assert _texts(plain) == ["The first paragraph of the speech is\nwrapped at a fixed width, as in 1993.",
                             "The second one\nis wrapped too, like the\nfirst, e.g.\nin the same way."]


def test_one_paragraph_per_line_keeps_its_paragraphs():
    # Guard for finding 1 (passes before and after): web-scraped news with one paragraph per line keeps every
    # line a paragraph, although its headline, byline, dateline, menu and list lines have no final
    # punctuation and make up more than half of the line breaks: the lines after them are capitalised.
    news = ("Camera makers look to the Gulf as Western restrictions bite\n"
            "By A. Writer\n"
            "Home | World | Business | Technology\n"
            "Published 4 November 2024\n"
            "Key points\n"
            "- Sales in Europe fell\n"
            "- Gulf orders grew\n"
            "Asian makers of cameras are leaning harder on the Gulf, analysts said.\n"
            "\"The growth story is outside the West,\" said one analyst.\n")
    assert _texts(news) == [line for line in news.split("\n") if line]
    short = "Headline without a stop\nBy Someone\nThe only paragraph of the story ends here.\n"
    assert _texts(short) == ["Headline without a stop", "By Someone", "The only paragraph of the story ends here."]
    # a stray mid-sentence line break in such a text stays a break (it is not hard-wrapped)
    stray = "First paragraph. It ends\nhere, after a stray break.\nSecond paragraph.\nThird paragraph.\n"
    assert len(_texts(stray)) == 4


def test_a_form_feed_line_is_a_page_break_not_a_blank_line():
    # Finding 7: a line holding only a form feed (a PDF page break, as in most UN speeches of 2015) counted as
    # a blank line, so the whole text switched to "blank lines separate paragraphs" and its one-line
    # paragraphs merged into page-sized ones (3 paragraphs for a speech of 29). Now a run of blank lines that
    # holds a form feed or vertical tab is a page break: it does not switch the convention, and the text on
    # either side of it is one paragraph unless the line before ends a sentence and the next is not lowercase.
    speech = ("It is an honour to address the Assembly.\n"
              "The world has changed a great deal in the past seventy years.\n"
              "To that end, my Government is implementing its national\n"
              "\f\n"
              "development plan, which aims to modernize the economy.\n"
              "We support the reform of the Council.\n"
              "\x0b\n"
              "Finally, I thank the Secretary-General.\n")
    assert _texts(speech) == ["It is an honour to address the Assembly.",
                              "The world has changed a great deal in the past seventy years.",
                              "To that end, my Government is implementing its national\n\f\n"
                              "development plan, which aims to modernize the economy.",
                              "We support the reform of the Council.",
                              "Finally, I thank the Secretary-General."]
    # blank lines around the page break belong to it: the text is still read line by line
    padded = speech.replace("\f\n", "\n\f\n\n")
    assert [" ".join(p.split()) for p in _texts(padded)] == [" ".join(p.split()) for p in _texts(speech)]
    # where real blank lines separate paragraphs, a page break (with its blank lines) is no paragraph break
    # of its own: a sentence cut by it is one paragraph, a paragraph that ended before it stays apart
    blocks = ("The first paragraph is wrapped\nover two lines.\n\n"
              "The second paragraph runs over the end of the\n\n\n\f\npage and goes on.\n\n"
              "The third paragraph ends on its page.\n\f\nThe fourth begins the next page.\n")
    assert _texts(blocks) == ["The first paragraph is wrapped\nover two lines.",
                              "The second paragraph runs over the end of the\n\n\n\f\npage and goes on.",
                              "The third paragraph ends on its page.",
                              "The fourth begins the next page."]
