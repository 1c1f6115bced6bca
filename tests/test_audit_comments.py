"""Public comments on a surveillance ordinance (regulations.gov-style exports): form-letter campaigns with small
personal edits and their own signatures, original comments, a vendor's comments. The texts are written here."""

from __future__ import annotations

import random
import re
import tracemalloc
import warnings

import pandas as pd
import pytest

import discourse as dc

TEMPLATE = ("I am writing to urge the City Council to reject the proposed surveillance ordinance. Facial recognition "
            "and automated license plate readers enable mass surveillance of residents who have done nothing wrong. "
            "These tools threaten our privacy and civil liberties, and they have been shown to misidentify people "
            "of color. Oakland deserves transparency and real oversight, not a secret dragnet run by a private "
            "vendor. Please protect our rights and vote no.")
PERSONAL = ("my family neighbors worry kids school bus stop camera corner store work nurse teacher years lived "
            "street park block church every morning night police car").split()
CITIES = ["Oakland CA", "Berkeley CA", "Alameda CA", "Fremont CA"]


def _campaign(n: int, seed: int = 3) -> pd.DataFrame:
    """``n`` letters of one campaign: the template, in three of five letters after one or two personal sentences
    of 8 to 15 words of the signer's own (each different), always with the signer's own signature."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        own = " ".join(" ".join(rng.choices(PERSONAL, k=rng.randint(8, 15))).capitalize() + "."
                       for _ in range(rng.choice([0, 0, 1, 1, 2])))
        text = (own + " " if own else "") + TEMPLATE + f"\n\nSincerely,\nSigner{k} Name{k}\n{rng.choice(CITIES)}"
        rows.append({"doc_id": f"C-{k:05d}", "source": "individual", "text": text, "personal": own})
    return pd.DataFrame(rows)


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Word n-gram shingles as find_near_duplicates documents them (Broder 1997), written out independently."""
    words = [w for w in (re.sub(r"^\W+|\W+$", "", t.casefold()) for t in text.split()) if w]
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _load(df: pd.DataFrame) -> dc.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dc.Corpus.from_dataframe(df)


def test_a_large_campaign_is_compared_in_bounded_memory():
    # 2,000 letters of one campaign: every letter shares its bands with many earlier ones. The sketch of each
    # candidate pair is compared in batches, not all pairs at once (which held two arrays of 256 hashes per pair:
    # 1.7 million pairs of 20,000 comments were 7 GB)
    corpus = _load(_campaign(2_000)[["doc_id", "source", "text"]])
    tracemalloc.start()
    try:
        out = dc.find_near_duplicates(corpus, threshold=0.5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(out) == 1_999
    assert peak < 150e6, f"peak {peak / 1e6:.0f} MB"


def test_form_letters_with_personal_sentences_are_found_by_containment():
    # a form letter with a sentence or two of the signer's own contains nearly all of the template's shingles
    # (containment, Broder 1997), but resembles a plain copy at only 0.7-0.9: under the default resemblance of
    # 0.8, 59 of the 299 letters here were no copy (150 before signatures were set aside)
    df = _campaign(300)
    originals = [f"Comment {k} on the vendor contract: the council should ask how long data is kept, who can see "
                 f"it, and what the cameras on block {k} cost each year." for k in range(20)]
    df = pd.concat([df, pd.DataFrame({"doc_id": [f"O-{k:02d}" for k in range(20)], "source": "individual",
                                      "text": originals, "personal": ""})], ignore_index=True)
    corpus = _load(df[["doc_id", "source", "text"]])
    res = dc.find_near_duplicates(corpus)
    assert 100 < len(res) < 299  # the letters with personal sentences are missed by resemblance
    out = dc.find_near_duplicates(corpus, measure="containment")
    # hand count: every letter after the first is a copy of the campaign; no original comment is one
    assert sorted(out["doc_id"]) == [f"C-{k:05d}" for k in range(1, 300)]
    assert set(out["duplicate_of"]) == {"C-00000"}
    # compared without the signature blocks, which cleaning sets aside (rule letter-signature)
    cut = corpus.set_aside.set_index("doc_id")["start"]
    text = {d: t[:cut.get(d, len(t))] for d, t in zip(df["doc_id"], df["text"], strict=True)}
    for row in out.sample(20, random_state=0).itertuples():
        a, b = _shingles(text[row.doc_id]), _shingles(text[row.duplicate_of])
        assert row.containment == pytest.approx(len(a & b) / min(len(a), len(b)), abs=1e-12)
        assert row.similarity == pytest.approx(len(a & b) / len(a | b), abs=1e-12)
        assert row.containment >= 0.8
    assert out.equals(dc.find_near_duplicates(corpus, measure="containment"))  # the same in every run
    # dropping the listed letters keeps one per campaign and every original comment
    kept = corpus.subset(~corpus.documents["doc_id"].isin(out["doc_id"]).to_numpy())
    assert len(kept) == 21


def test_containment_options_are_checked():
    corpus = _load(_campaign(3)[["doc_id", "source", "text"]])
    with pytest.raises(ValueError, match=r"measure.*'resemblance', 'containment'"):
        dc.find_near_duplicates(corpus, measure="jaccard")
    with pytest.raises(ValueError, match=r"threshold must be a containment from 0.5 to 1"):
        dc.find_near_duplicates(corpus, measure="containment", threshold=0.3)


def test_cli_drops_a_campaign_by_containment(tmp_path, capsys):
    from discourse.cli import main

    path = tmp_path / "comments.csv"
    _campaign(60)[["doc_id", "source", "text"]].to_csv(path, index=False)
    with pytest.warns(UserWarning) as record:
        assert main(["corpus", str(path), "--no-quotes", "--drop-near-duplicates", "--near-measure",
                     "containment"]) == 0
    said = " ".join(str(w.message) for w in record)
    assert "--drop-near-duplicates: 59 document(s)" in said and "containment of the word 5-grams" in said
    assert "documents: 1" in capsys.readouterr().out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (the loading warning about the plain copies)
        assert main(["corpus", str(path), "--near-measure", "containment"]) == 2
    assert "--near-measure only applies with --drop-near-duplicates" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ signatures
SIGNED = {
    # hand labels: the closing and signature block is no part of the comment's argument
    "a": ("I oppose this ordinance because it lacks oversight.\n\nSincerely,\nJane Roe\nOakland Privacy\nOakland CA",
          ["oversight"]),
    "b": ("We support the ordinance as drafted.\n\nRespectfully submitted,\nJohn Smith\nDirector of Government "
          "Relations\nSecurity Industry Association", []),
    "c": ("Mass surveillance has no place here. Please vote no.\nSincerely, Jane Roe, Oakland Privacy", ["mass surveillance"]),
    "d": ("Please vote no on mass surveillance.\n\nThank you,\nMaria Garcia\nElectronic Privacy Information Center",
          ["mass surveillance"]),
    # no closing: the last line is the comment's own sentence, and "Thank you." closes the argument
    "e": ("Privacy matters to every resident.\nThank you.", ["privacy"]),
    # a closing word inside the text is no signature
    "f": ("Sincerely, I believe privacy matters more than the vendor says.\nThe council should listen.",
          ["privacy"]),
}


def test_a_letters_closing_and_signature_block_are_set_aside():
    df = pd.DataFrame({"doc_id": list(SIGNED), "source": "individual", "text": [t for t, _ in SIGNED.values()]})
    corpus = _load(df)
    aside = corpus.set_aside[corpus.set_aside["rule"] == "letter-signature"]
    assert sorted(aside["doc_id"]) == ["a", "b", "c", "d"]
    text = dict(zip(df["doc_id"], df["text"], strict=True))
    for row in aside.itertuples():  # from the closing word to the end of the text
        assert text[row.doc_id][row.start:].startswith(("Sincerely", "Respectfully", "Thank you"))
        assert not text[row.doc_id][row.end:].strip()
    hits = dc.find_frame_terms(dc.tokenize(corpus))
    for doc, (_, expected) in SIGNED.items():
        assert sorted(hits.loc[hits["doc_id"] == doc, "entry"]) == expected, doc


def test_a_short_comment_that_a_letter_quotes_is_no_campaign_root():
    # a comment of the template's last two sentences (20 words) is contained in every letter of the campaign,
    # but a letter of 40 words more is no copy of it: listed, the campaign's letters were copies of the short
    # comment, and dropping them kept only its two sentences
    short = pd.DataFrame({"doc_id": ["A-0"], "source": "individual", "personal": "",
                          "text": [TEMPLATE[TEMPLATE.index("Oakland deserves"):]]})
    df = pd.concat([short, _campaign(300)], ignore_index=True)
    out = dc.find_near_duplicates(_load(df[["doc_id", "source", "text"]]), measure="containment")
    assert "A-0" not in set(out["duplicate_of"]) and "A-0" not in set(out["doc_id"])
    assert sorted(out["doc_id"]) == [f"C-{k:05d}" for k in range(1, 300)]
    assert (out["containment"] >= 0.8).all()


def test_loading_warns_about_copies_of_a_form_letter_that_differ_only_in_their_signature():
    # most letters of a campaign are the template unchanged under the signer's own name and town: the same words
    # but for the signature, which cleaning sets aside. Loading said nothing of them (every text differs in its
    # signature) and find_duplicates listed none
    df = _campaign(300)
    plain = df.index[df["personal"] == ""]
    expected = sorted(df.loc[plain[1:], "doc_id"])  # hand count: every plain copy after the first
    with pytest.warns(UserWarning, match=rf"{len(expected)} document\(s\) repeat an earlier one") as record:
        corpus = dc.Corpus.from_dataframe(df[["doc_id", "source", "text"]])
    assert any("a letter's closing and signature" in str(w.message) for w in record)
    dup = dc.find_duplicates(corpus)
    assert sorted(dup["doc_id"]) == expected and set(dup["kind"]) == {"near"}
    assert set(dup["duplicate_of"]) == {df.loc[plain[0], "doc_id"]}
    # the letters with sentences of their own are no copies of the same words (find_near_duplicates' ground)
    assert not set(dup["doc_id"]) & set(df.loc[df["personal"] != "", "doc_id"])
