"""Vendor collateral: brochures, datasheets, landing pages and testimonials, which are mostly fragments (bullets,
feature tables, taglines, calls to action, trade mark signs, units, model numbers, quotations signed on the line
below). Every text is written here, in the genre's conventions; the expected values were labelled by hand
before the library was run on them."""

import pandas as pd

import discourse as dc
from discourse.text import is_punct, normalize


def _tokens(texts: dict[str, str], sources: dict[str, str] | None = None) -> tuple[pd.DataFrame, object]:
    df = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()),
                       "source": [(sources or {}).get(k, k) for k in texts]})
    corpus = dc.Corpus.from_dataframe(df, text="text", source="source")
    return dc.tokenize(corpus), corpus


# ---------------------------------------------------------------------------------------- trade mark signs
def test_trade_mark_signs_are_marks_not_the_word_tm():
    # "™" and "℠" are symbols set after a name, as "®" is (Unicode category So); NFKC spells them "TM"/"SM"
    for sign in ("\u2122", "\u2120", "\u2122\u2122"):
        assert normalize(sign) == sign
        assert is_punct(normalize(sign))
    assert normalize("\u00ae") == "\u00ae"  # the registered sign was already a mark
    assert normalize("\u2103") == "\u00b0c"  # a unit stays a word (degree Celsius)
    tokens, _ = _tokens({"v": "Acme SafeCity™ Suite and VisionPro™ cameras. The Edge℠ platform.",
                         "n": "The city bought cameras from the vendor."})
    v = tokens[tokens["doc_id"] == "v"]
    assert "tm" not in set(v["norm"]) and "sm" not in set(v["norm"])
    assert v.loc[v["token"] == "™", "is_punct"].all()
    counts = dc.count_terms(tokens, by="source")
    assert "tm" not in set(counts["term"])
    # the name before the sign still matches its lexicon entry (closed spelling of "safe city")
    hits = dc.find_frame_terms(tokens, dc.load_lexicon("framing"))
    assert "SafeCity" in set(hits["matched"])
