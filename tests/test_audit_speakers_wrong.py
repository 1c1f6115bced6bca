"""Speakers that put words in someone's mouth: a noun phrase read as the subject of a reporting verb that is not.

The texts are made up for this file (none is copied from a labelled text); the expected speakers were written
down before the library was run on them.
"""

from __future__ import annotations

from discourse.quotes import find_quote_spans


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of every quotation, in order."""
    return [(q["kind"], q["speaker"]) for q in find_quote_spans(text, reported=True) if q["kind"] != "reported"]


def test_said_np_with_a_finite_verb_is_no_inverted_reporting_clause():
    # ', said the plan was ...': 'the plan' is the subject of the that-less content clause the verb reports
    # (Quirk et al. 1985, 16.64), not of an inverted reporting clause (14.29-14.31), so it says nothing; the
    # quotation in the relative clause is the antecedent's (Quirk et al. 1985, 17.10-17.15)
    text = "Ann Roe, who said it was “a sham from start to finish”, said the plan was “unworkable”."
    assert quotes(text) == [("speech", "Ann Roe"), ("speech", "Ann Roe")]
    text = "Tom Hale, who described the bill as “reckless”, said the vote was “a disgrace”."
    assert quotes(text) == [("speech", "Tom Hale"), ("speech", "Tom Hale")]
    # 'called it a “sham”': one word after a determiner is a term set off (rule 1 of discourse.quotes), a mention
    # with no speaker; never the speech of 'the plan'
    text = "Ann Roe, who called it a “sham”, said the plan was “unworkable”."
    assert ("speech", "the plan") not in quotes(text)
    assert quotes(text)[-1] == ("speech", "Ann Roe")
    for text in ("“It is a sham,” said the report was the view of many.",
                 "“They never listened,” said the mayor would be his reply.",
                 "“We have done nothing wrong,” says the company is its position."):
        assert quotes(text)[0][1] is None, text
    # an inverted reporting clause that ends with its subject still speaks
    assert quotes("“We will not stop,” said the report.") == [("speech", "the report")]
    assert quotes("“We will not stop,” said the minister. “We will go on.”") == [("speech", "the minister")] * 2
    assert quotes("“We will not stop,” said the minister, who was elected in May.")[0] == ("speech", "the minister")


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, channel) of every quotation and reported clause, in order."""
    return [(q["kind"], q["speaker"], q["channel"]) for q in find_quote_spans(text, reported=True)]


def test_document_addressed_to_a_hearer_is_its_owners():
    # 'to the governor' postmodifies 'letter' (Quirk et al. 1985, 17.37): the governor is written to and says
    # nothing; the letter is the mayor's, as 'Huawei's press release said' is Huawei's
    assert speakers("The mayor's letter to the governor said, “The budget cannot wait.”") == [
        ("speech", "The mayor", "letter")]
    assert speakers("The ministry's statement to reporters said, “No one was hurt.”") == [
        ("speech", "The ministry", "statement")]
    assert speakers("A letter from the mayor to the governor said, “The budget cannot wait.”")[0][1] == "the mayor"
    # the reported clause too
    assert speakers("The mayor's letter to the governor said the budget could not wait.") == [
        ("reported", "The mayor", "letter")]
    assert speakers("The company's letter sent to shareholders said the year had been hard.") == [
        ("reported", "The company", "letter")]
    # a hearer after 'to' that is no document's addressee keeps its sentence's reading
    assert speakers("In a letter to the governor, the mayor said, “The budget cannot wait.”")[0][1] == "the mayor"
    assert speakers("Tom Hale wrote to Ann Roe. Ann Roe said, “The budget cannot wait.”")[0][1] == "Ann Roe"
