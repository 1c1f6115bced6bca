"""Public comments on a surveillance ordinance (regulations.gov-style exports): form-letter campaigns with small
personal edits and their own signatures, original comments, a vendor's comments. The texts are written here."""

from __future__ import annotations

import random
import tracemalloc
import warnings

import pandas as pd

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
