"""Stop 70, parts G and H (UN General Debate speeches), second set: constructions of quotation in speeches, tested on
sentences written for these tests (none copied from the development texts)."""

from discourse.quotes import find_quote_spans


def _speech(text: str, opening: str) -> dict:
    (q,) = [q for q in find_quote_spans(text) if text[q["content_start"]:].startswith(opening)]
    return q


def test_citation_formula_after_the_words_it_cites():
    # a genitive owner of the words, after the quotation: 'to quote X's words' is a style disjunct wherever it stands
    text = ("How can we compare the acts of a few people driven by \"hunger, fear and despair\", to quote the "
            "Secretary-General's words [see A/100/2], with the deliberate acts of an army? We cannot.")
    q = _speech(text, "hunger")
    assert q["kind"] == "speech" and q["speaker"].endswith("Secretary-General")
    text = "We agree that \"the harbour must stay open to every ship\", in the words of Ann Roe."
    assert _speech(text, "the harbour")["speaker"] == "Ann Roe"
    # before the quotation the genitive form was read already
    text = "We agree with him. To use the Chairman's words: “the harbour must stay open to all ships”. We agree."
    assert _speech(text, "the harbour")["speaker"].endswith("Chairman")


def test_citation_formula_that_introduces_the_next_quotation_is_left_alone():
    text = ("We agree that \"the war is over\", to quote Ann Roe’s words: \"the harbour must stay open to every "
            "ship\". We agree.")
    assert _speech(text, "the war")["speaker"] is None
    assert _speech(text, "the harbour")["speaker"] == "Ann Roe"


def test_inverted_as_clause_after_a_quotation():
    text = ("Some laws have been repealed.\n\n\"The prospect of peace in the region is no longer unrealistic\" "
            "(A/45/1, p. 3), as observes the Secretary-General in his report on the work of the Organization. "
            "Indeed, all agree.")
    q = _speech(text, "The prospect")
    assert q["speaker"].endswith("Secretary-General")
    # near miss: a new sentence opened by the as-clause has a main clause of its own; the quotation before is not
    # what it reports
    text = "We agree. \"The harbour must stay open.\" As observes Ann Roe, the port is busy. We agree."
    assert _speech(text, "The harbour")["speaker"] != "Ann Roe"


def test_passive_by_agent_with_once_and_a_long_apposition():
    text = ("We need reform. For, as once stated in this very forum by a distinguished statesman of ours, Ann Roe, "
            "who presided over the first session of the Assembly, in 1950:\n“Above all, it is within our power to "
            "make the harbour open to all”.\n\nWe agree.")
    assert _speech(text, "Above all")["speaker"] == "Ann Roe"
    # the same clause longer than the 160 characters the window before a quotation holds
    text = ("The reform will lead to a better Organization. For, as once stated in this very forum by a distinguished "
            "statesman of ours, Ann Roe, who presided over the first special session of the General Assembly of the "
            "United Nations, in 1950:\n“Above all, it is within our power to make the harbour open to all”.\n\nWe agree.")
    assert _speech(text, "Above all")["speaker"] == "Ann Roe"
    # near miss: a by-phrase that is no agent of a verb of stating ('as stood by Ann Roe') gives no speaker
    text = ("We agree. For, as once agreed in this very forum and as long stood by a distinguished statesman of ours, "
            "Ann Roe, who presided over the first special session of the General Assembly of the United Nations:\n"
            "“Above all, it is within our power to make the harbour open to all”.\n\nWe agree.")
    assert _speech(text, "Above all")["speaker"] != "Ann Roe"


def test_with_x_as_the_source_of_a_shared_view():
    text = "Some redesign is necessary. We think, with\nShakespeare,\n“When we mean to build,\nWe first survey the plot”."
    assert _speech(text, "When we")["speaker"] == "Shakespeare"
    text = "Some redesign is necessary. I believe, with Ann Roe, that “the harbour must stay open to every ship”."
    assert _speech(text, "the harbour")["speaker"] == "Ann Roe"
    # near misses: 'with' of accompaniment after a verb that is no verb of opinion; 'agree with X' without commas
    text = "We agree. We met, with the Minister, “the harbour must stay open to every ship”."
    assert _speech(text, "the harbour")["speaker"] is None
    text = "We agree with Ann Roe that “the harbour must stay open to every ship”."
    assert _speech(text, "the harbour")["speaker"] != "Ann Roe"


def test_nickname_in_marks_before_a_line_break_keeps_the_full_name():
    text = ("I speak of the day when the great musician Paul \"Pau\"\nCasals boldly affirmed, here at the Assembly, "
            "before the Secretary-General: \"I am\nCatalan\". Everyone understood.")
    assert _speech(text, "I am")["speaker"] == "Paul Casals"
    # a blank line (a paragraph's end) parts the names
    text = "We met the musician Paul \"Pau\"\n\nCasals said: \"I am here\". Everyone understood."
    assert _speech(text, "I am")["speaker"] == "Casals"


def test_bare_i_quote_resumes_the_speaker_named_in_the_sentence_before():
    text = ("We must keep the three needs which President Okoro spoke of, in this Assembly, as basic to man. I quote: "
            "“the need for bread, the need for peace and the need for work”.")
    q = _speech(text, "the need")
    assert q["kind"] == "speech" and q["speaker"] == "Okoro"
    # near misses: two persons named with verbs of speaking; no one named; 'I quote X' names its own source
    text = ("President Okoro spoke of the harbour and Ann Roe said so too. I quote: “the harbour must stay open to "
            "all ships”.")
    assert _speech(text, "the harbour")["speaker"] is None
    text = "The harbour is open. I quote: “the harbour must stay open to all ships”."
    assert _speech(text, "the harbour")["speaker"] is None
    text = "President Okoro spoke of the harbour. I quote Ann Roe: “the harbour must stay open to all ships”."
    assert _speech(text, "the harbour")["speaker"] == "Ann Roe"
