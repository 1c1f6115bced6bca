"""Privacy notices, cookie banners and CCTV signs in scraped vendor and city pages.

The texts are written in the genre's fixed wording: the information a controller must give the data subject
(GDPR arts. 13(1)(a)-(c), 13(2)(b)-(d), 15 and 77), the CCPA's footer link (Cal. Civ. Code 1798.135), the
cookie banner that asks for the consent of ePrivacy Directive art. 5(3), and the CCTV sign of the ICO's CCTV
code of practice (2008, section 8: "Images are being monitored for the purposes of crime prevention and public
safety. This scheme is controlled by ..."). Their "privacy", "data protection", "consent" and "public safety" are
what the law has the notice say, not the page's stance; a critic's argument about privacy stays counted.
"""

import warnings

import pandas as pd
import pytest

import discourse as dc
from discourse.clean import clean_document

VENDOR = """NovaSight Smart City Platform

NovaSight delivers seamless, innovative video analytics for public safety. Our platform empowers cities to respond \
faster to incidents.

Request a demo today."""

NOTICE = """Privacy Notice

We are committed to protecting your privacy. This privacy notice explains how NovaSight Ltd collects and uses your \
personal data in accordance with the General Data Protection Regulation (GDPR).

Data controller: NovaSight Ltd, 1 Market Street, London EC1A 1AA.

We process your personal data on the basis of your consent, which you may withdraw at any time, and for our \
legitimate interests.

Your rights: You have the right to access your personal data, the right to rectification, the right to erasure and \
the right to restrict processing. You also have the right to lodge a complaint with a supervisory authority, such as \
the Information Commissioner's Office.

For more information on data protection, contact our Data Protection Officer at dpo@novasight.com.

We use cookies to improve your experience. By clicking Accept, you consent to our use of cookies."""

SIGN = """CCTV in operation

Images are being monitored and recorded for the purposes of crime prevention and public safety. This scheme is \
controlled by Riverton City Council. For further information contact 01234 567890."""

CRITIC = """Riverton's cameras are a threat to privacy. Residents never gave their consent, and the council shares \
footage with police.

You have the right to access footage of yourself, yet the council refused every request we sent about data \
protection.

A sign reads "Images are being recorded for the purposes of crime prevention and public safety. This scheme is \
controlled by Riverton City Council." Critics call it mass surveillance."""


def _rules(text):
    return [(sp["rule"], sp["text"].split("\n")[0]) for sp in clean_document(text).spans]


def test_appended_notice_is_set_aside_paragraph_by_paragraph():
    # hand-labelled before running: every paragraph of NOTICE carries a formula of the genre (or is its heading),
    # so the whole notice, from its heading to its cookie banner, is one span; the vendor's page stays
    text = VENDOR + "\n\n" + NOTICE
    spans = [sp for sp in clean_document(text).spans if sp["rule"] == "privacy-notice"]
    assert len(spans) == 1
    assert spans[0]["kind"] == "boilerplate"
    assert spans[0]["start"] == text.index("Privacy Notice")
    assert spans[0]["end"] == len(text)
    assert not [sp for sp in clean_document(VENDOR).spans]


def test_notice_does_not_move_the_vendor_balance():
    # hand count of the vendor page: promotional evaluative hits "Smart City", "seamless", "innovative",
    # "public safety", "Our platform", "empowers", "Request a demo" = 7, rights 0 (balance log(7.5/0.5) = 2.71);
    # with the notice appended, its "consent" (the lawful basis) and "data protection" ("For more information on
    # data protection") had been 2 evaluative rights hits of the vendor (log(7.5/2.5) = 1.10)
    df = pd.DataFrame({"doc_id": ["bare", "notice"], "source": ["bare", "notice"],
                       "text": [VENDOR, VENDOR + "\n\n" + NOTICE]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
        tokens = dc.tokenize(corpus)
        fb = dc.frame_balance(tokens, "framing", by="source", voice="all", level="group", n_boot=50)
    fb = fb[fb["level"] == "group"].set_index("source")
    assert fb.loc["bare", "n_positive"] == fb.loc["notice", "n_positive"] == 7
    assert fb.loc["bare", "n_negative"] == fb.loc["notice", "n_negative"] == 0
    assert fb.loc["notice", "balance"] == pytest.approx(fb.loc["bare", "balance"]) == pytest.approx(2.70805)
    aside = corpus.set_aside
    assert list(aside.loc[aside["doc_id"] == "notice", "rule"]) == ["privacy-notice"]


def test_cctv_sign_is_set_aside():
    # ICO CCTV code of practice (2008), section 8: the sign's heading, purpose and operator
    assert _rules(SIGN) == [("cctv-sign", "CCTV in operation")]


def test_cookie_banner_alone():
    text = "City launches camera pilot\n\nThe council approved 40 cameras on Tuesday.\n\n" \
           "This website uses cookies. By clicking Accept all, you consent to our use of cookies. Your privacy " \
           "matters to us: Do Not Sell or Share My Personal Information."
    assert [r for r, _ in _rules(text)] == ["cookie-banner"]


def test_critic_argument_stays_counted():
    # one formula in the critic's own paragraph ("You have the right to access") is no notice, and the sign it
    # quotes in quotation marks is the critic's evidence: nothing is set aside, and the rights hits stay
    assert clean_document(CRITIC).spans == []
    df = pd.DataFrame({"doc_id": ["c"], "source": ["c"], "text": [CRITIC]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
        hits = dc.find_frame_terms(dc.tokenize(corpus), "framing", corpus=corpus)
    rights = hits.loc[hits["frame"] == "rights", "matched"].str.lower().tolist()
    assert "privacy" in rights and "data protection" in rights and "mass surveillance" in rights


def test_notice_words_in_running_text_stay():
    # a news report that names the notice's rights in its own sentences has no formula of the genre
    text = "Regulator fines council\n\nThe regulator said the council had no lawful basis and ignored residents' " \
           "right of access under data protection law.\n\nPrivacy groups welcomed the fine."
    assert [sp for sp in clean_document(text).spans if sp["kind"] == "boilerplate"] == []


def test_a_document_that_is_only_a_sign_is_announced():
    # the sign's only frame hit was "public safety", a promotional hit of the council; set aside whole, the
    # document has no word left, and loading says so instead of letting its group drop out of every table
    df = pd.DataFrame({"doc_id": ["sign", "page"], "source": ["s", "p"], "text": [SIGN, VENDOR + "\n\n" + NOTICE]})
    with pytest.warns(UserWarning, match=r"1 document\(s\) .* nothing but a privacy notice.*sign"):
        corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    assert set(corpus.set_aside["rule"]) == {"cctv-sign", "privacy-notice"}


def test_the_list_of_rights_under_its_lead_in():
    # GDPR arts. 15-17 and 7(3) as a notice lists them: the lead-in, one right per line, the lawful basis (art. 6(1)(f));
    # "data protection" and "consent" here are the law's, the page's "public safety" line stays
    text = "Acme Vision for public safety.\n\nYour rights\n\nUnder data protection law you have the following " \
           "rights:\n\n- The right of access\n- The right to erasure\n- The right to withdraw consent at any time\n\n" \
           "We process your personal data on the basis of legitimate interests."
    spans = clean_document(text).spans
    assert [(sp["rule"], sp["start"], sp["end"]) for sp in spans] == [
        ("privacy-notice", text.index("Your rights"), len(text))]


@pytest.mark.parametrize("text, expected", [
    # a critic's second-person address: the right at stake (hand-labelled: rights, "privacy")
    ("Smart cameras invade your privacy, campaigners warn.", "rights"),
    ("These cameras threaten your privacy.", "rights"),
    # the banner's formula of consent boilerplate: no frame
    ("We value your privacy.", "web_boilerplate"),
    ("Your privacy is important to us.", "web_boilerplate"),
])
def test_your_privacy_is_boilerplate_only_in_the_banner_formula(text, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [text]}), text="text")
        frames = set(dc.load_lexicon("framing").find_matches(dc.tokenize(corpus))["frame"])
    assert expected in frames
    assert ({"rights", "web_boilerplate"} - {expected}).isdisjoint(frames)


def test_a_rights_guide_is_no_notice():
    # A rights organisation's advice tells readers their rights in the same words a notice uses ("You have the right
    # to ..."), in its own voice; a notice is the controller's speech and names it (GDPR art. 13(1)(a)). Written for
    # this test: two rights formulas and no controller's formula keep the guide's words, and its "unlawfully" counts.
    guide = (
        "Stopped by a camera van? Know your rights\n\n"
        "You have the right to know whether the police hold personal data about you. Ask them in writing; it is free.\n"
        "You have the right to object, and to have your images deleted if they are held unlawfully."
    )
    assert clean_document(guide).spans == []
    # the same rights under a controller's own line are a notice
    notice = guide + "\n\nData controller: Metropolitan Police Service, New Scotland Yard, London."
    assert "personal data" in guide  # the sign the module reads a text for
    assert [sp["rule"] for sp in clean_document(notice).spans] == ["privacy-notice"]


def test_formula_needles_hold_wherever_the_formulas_match():
    """_privacy_notices._FORMULA_NEEDS: each formula is searched only in a paragraph whose lower case holds its
    needles. A needle is a literal of its pattern with no i, s or k (re.I folds those with non-ASCII letters that
    lower() leaves apart), and it holds wherever its pattern matches, on the notices here, on made-up paragraphs of
    the formulas' words in both cases, and on the development pages where they lie; the spans are those of the
    formulas searched without it."""
    import random
    from pathlib import Path

    from discourse import _privacy_notices as p

    assert len(p._FORMULA_NEEDS) == len(p.FORMULAS)
    for (_, rx), needs in zip(p.FORMULAS, p._FORMULA_NEEDS, strict=True):
        for n in needs:
            assert not set(n) & set("iskIKS") and n == n.lower() and n in rx.pattern.lower(), (n, rx.pattern[:50])
    words = ("you have the right to access; You also have rights to object; you have certain privacy rights; - The "
             "right of erasure; (b) the right to lodge a complaint with the local supervisory authority. The data "
             "controller is Acme Ltd; We may collect your personal data. We share your personal information. "
             "lawful basis for processing; legal bases of our processing; This cookie policy tells you; this privacy notice "
             "explains; contact our data protection officer; We use cookies; this website uses cookies; By clicking "
             "Accept you agree; by continuing to browse, you consent; Do not sell or share my personal information; "
             "24-hour CCTV in operation; Images are being recorded and monitored for the purposes of; This CCTV "
             "scheme is operated by; This system is managed by").split("; ")
    rng = random.Random(7)
    paras = [VENDOR, NOTICE, SIGN, CRITIC]
    for _ in range(3000):
        ws = [rng.choice(words) for _ in range(rng.randint(1, 4))]
        ws = [w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.15 else w for w in ws]
        paras.append(rng.choice([". ", "\n", " ", ": ", ' "']).join(ws))
    dev = Path(__file__).resolve().parents[2] / "shared" / "validation" / "framing_dev.jsonl"
    if dev.exists():
        import json

        with open(dev) as fh:
            paras += [t[s:e] for t in (json.loads(line).get("text") or "" for line in fh)
                      for s, e in p.paragraphs(t)]
    hits = [0] * len(p.FORMULAS)
    for para in paras:
        low = para.lower()
        for i, ((_, rx), needs) in enumerate(zip(p.FORMULAS, p._FORMULA_NEEDS, strict=True)):
            if rx.search(para):
                hits[i] += 1
                assert all(n in low for n in needs), (rx.pattern[:50], para)
        assert p._formulas(para) == [k for k, rx in p.FORMULAS for m in rx.finditer(para)
                                     if not p._quoted(para, m.start())]
    assert min(hits) >= 3, hits
