"""Reports of UN Special Rapporteurs and of the High Commissioner for Human Rights on surveillance.

The texts are written here in the genre's conventions: a document symbol, the title line that names the author
("Report of the ..."), numbered paragraphs, the mandate holder speaking of itself in the third person ("The High
Commissioner believes that ..."), summaries of State submissions ("The Government of X stated that ...") and
lettered recommendations. The expected labels were written by hand before the library was run.
"""

import pandas as pd

import discourse as dc
from discourse.quotes import find_quote_spans

HC_REPORT = """A/HRC/48/31

The right to privacy in the digital age

Report of the United Nations High Commissioner for Human Rights

21. The High Commissioner is concerned that biometric mass surveillance is spreading without adequate safeguards.

22. The High Commissioner believes that the use of remote biometric recognition in public spaces poses serious risks to human rights.

23. The Government of China stated that its smart city projects served public safety and the well-being of residents.

24. The High Commissioner recommends that States refrain from deploying such systems.
"""

SR_REPORT = """A/HRC/51/17

Report of the Special Rapporteur on the right to privacy, Ana Brian Nougrères

12. The Special Rapporteur believes that facial recognition in public spaces amounts to mass surveillance.

13. The former Special Rapporteur argued that such systems could be lawful under strict conditions.

14. In its submission, the Government of Serbia stated that its safe city programme had improved public safety.

15. The Special Rapporteur recommends that States:

(a) Adopt legislation prohibiting the indiscriminate use of facial recognition in public spaces;

(b) Ensure that any surveillance measure complies with the principles of legality, necessity and proportionality.
"""


def _reported(text, **kw):
    return [(s["speaker"], s["cue"]) for s in find_quote_spans(text, reported=True, **kw) if s["kind"] == "reported"]


def test_the_author_a_report_title_names_speaks_of_itself_in_the_third_person():
    # hand labels: paragraph 22 is the High Commissioner's own view (the report's author, named by its title line);
    # paragraph 23 is the Government of China's submission, reported
    assert _reported(HC_REPORT) == [("Government of China", "stated")]
    # paragraph 12 is the Special Rapporteur's own view; the former mandate holder (13) and the Government (14) are
    # other voices
    assert _reported(SR_REPORT) == [("The former Special Rapporteur", "argued"), ("Government of Serbia", "stated")]


def test_without_the_title_line_the_mandate_holder_stays_another_voice():
    # a text that does not name its author (as a news story quoting the report) reports the High Commissioner
    body = HC_REPORT.replace("Report of the United Nations High Commissioner for Human Rights\n\n", "")
    assert ("The High Commissioner", "believes") in _reported(body)


def test_the_short_form_of_a_source_named_in_full_is_its_own_voice():
    # the source column names the author in full; the report calls it by its head noun with its premodifier
    body = HC_REPORT.replace("Report of the United Nations High Commissioner for Human Rights\n\n", "")
    assert _reported(body, source_names=["United Nations High Commissioner for Human Rights"]) == [
        ("Government of China", "stated")]


def test_frame_balance_by_voice_of_a_report_keeps_its_own_rights_language():
    corpus = dc.load_corpus(pd.DataFrame({"doc_id": ["hc"], "source": ["OHCHR"], "text": [HC_REPORT]}))
    tokens = dc.tokenize(corpus)
    hits = dc.find_frame_terms(tokens)
    own = hits[hits["voice"] == "author"]
    # hand count: "mass surveillance" (21) and "human rights" (22) are the author's rights language
    assert {"mass surveillance", "human rights"} <= set(own["entry"])
    china = hits[hits["entry"].isin(["smart cit*", "public safety"])]
    assert set(china["voice"]) == {"reported"} and set(china["speaker"]) == {"Government of China"}

