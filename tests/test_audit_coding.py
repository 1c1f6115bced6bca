"""Validating the library's coding of lexicon hits against human coders: exporting the hits to a coding sheet
with a key that survives a CSV round trip, reading the coders' sheets back (merge_codings), and the agreement
statistics (coder_agreement, coder_confusions, krippendorff_alpha, cohen_kappa) against known answers."""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
import pandas as pd
import pytest

import discourse as dc


def cohen_kappa_score(x, y) -> float:
    """Cohen's (1960) kappa from the cross-table of two codings, (p_o - p_e) / (1 - p_e), written here from the
    formula as an independent reference (scikit-learn's cohen_kappa_score gives the same; it is no test dependency)."""
    table = pd.crosstab(pd.Series(list(x), name="x"), pd.Series(list(y), name="y"))
    labels = sorted(set(table.index) | set(table.columns), key=str)
    table = table.reindex(index=labels, columns=labels, fill_value=0).to_numpy(dtype=float)
    n = table.sum()
    p_o = np.trace(table) / n
    p_e = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    return float((p_o - p_e) / (1 - p_e))


nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example A: binary data, two observers,
# ten units; alpha = 0.095
EXAMPLE_A = pd.DataFrame({"A": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], "B": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]})
# example C: four observers, twelve units, values 1-5, missing data; alpha 0.743 (nominal), 0.815 (ordinal),
# 0.849 (interval), 0.797 (ratio)
EXAMPLE_C = pd.DataFrame({"A": [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
                          "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
                          "C": [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
                          "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan]})


# ------------------------------------------------------------------------------------------ known answers
def test_krippendorff_alpha_reproduces_the_worked_examples():
    assert dc.krippendorff_alpha(EXAMPLE_A) == pytest.approx(0.095, abs=5e-4)
    want = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}
    for metric, value in want.items():
        assert dc.krippendorff_alpha(EXAMPLE_C, metric=metric) == pytest.approx(value, abs=5e-4), metric


def test_krippendorff_alpha_agrees_with_nltk_with_missing_codes():
    from nltk.metrics.agreement import AnnotationTask

    rng = np.random.default_rng(0)
    for _ in range(10):
        x = rng.integers(0, 4, (30, 3)).astype(float)
        x[rng.random(x.shape) < 0.25] = nan
        df = pd.DataFrame(x, columns=["a", "b", "c"])
        triples = [(c, i, str(v)) for c in df for i, v in enumerate(df[c]) if v == v]
        assert dc.krippendorff_alpha(df) == pytest.approx(AnnotationTask(triples).alpha(), abs=1e-12)


def test_cohen_kappa_by_hand_and_against_scikit_learn():
    # 50 units: both "yes" 20, a yes/b no 5, a no/b yes 10, both "no" 15: p_o = 35/50 = 0.7;
    # p_e = (25/50)(30/50) + (25/50)(20/50) = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4 (Cohen 1960, eq. 1)
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert dc.cohen_kappa(a, b) == pytest.approx(0.4)
    rng = np.random.default_rng(1)
    for _ in range(10):
        x, y = rng.choice(list("pqrs"), 40), rng.choice(list("pqrs"), 40)
        y[:20] = x[:20]
        assert dc.cohen_kappa(x, y) == pytest.approx(cohen_kappa_score(x, y), abs=1e-12)


def test_missing_codes_are_left_out_and_undefined_statistics_are_missing():
    # units either coder left blank do not count (an empty string is a blank cell of a sheet)
    assert dc.cohen_kappa(["a", "b", None, "a"], ["a", "b", "b", ""]) == pytest.approx(1.0)
    # one label only everywhere: chance agreement is 1, kappa and alpha undefined (not 1, not 0)
    assert np.isnan(dc.cohen_kappa(["x", "x"], ["x", "x"]))
    assert np.isnan(dc.krippendorff_alpha(pd.DataFrame({"a": ["x", "x"], "b": ["x", "x"]})))
    with pytest.raises(ValueError, match="same units in the same order; got 2 and 3"):
        dc.cohen_kappa(["x", "y"], ["x", "y", "x"])


# ------------------------------------------------------------------------------------------ the tidy tables
def _three_coders(n: int = 60, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    uses = np.array(["evaluative", "referential", "distanced", "reported"])
    lib = rng.choice(uses, n, p=[0.6, 0.2, 0.1, 0.1])
    out = pd.DataFrame({"frame": rng.choice(["promotional", "rights"], n), "use": lib})
    for name in ("anna", "ben"):
        code = np.where(rng.random(n) < 0.25, rng.choice(uses, n), lib).astype(object)
        code[rng.random(n) < 0.1] = None
        out[name] = code
    return out


def test_coder_agreement_matches_independent_computations():
    df = _three_coders()
    ag = dc.coder_agreement(df, coders=["use", "anna", "ben"], by="frame")
    assert list(ag.columns) == ["frame", "coder_a", "coder_b", "label", "metric", "n_units", "n_agree",
                                "percent_agreement", "cohen_kappa", "kappa_ci_low", "kappa_ci_high",
                                "krippendorff_alpha", "alpha_ci_low", "alpha_ci_high", "interval"]
    for (frame, a, b), row in ag[ag["label"] == "(all)"].set_index(["frame", "coder_a", "coder_b"]).iterrows():
        g = df[df["frame"] == frame]
        if a == "(all)":
            want = dc.krippendorff_alpha(g[["use", "anna", "ben"]])
            assert row["krippendorff_alpha"] == pytest.approx(want) and np.isnan(row["cohen_kappa"])
            continue
        both = g[g[a].notna() & g[b].notna()]
        assert row["n_units"] == len(both)
        assert row["n_agree"] == (both[a] == both[b]).sum()
        assert row["percent_agreement"] == pytest.approx((both[a] == both[b]).mean())
        assert row["cohen_kappa"] == pytest.approx(cohen_kappa_score(both[a], both[b]))
        assert row["krippendorff_alpha"] == pytest.approx(dc.krippendorff_alpha(both[[a, b]]))
    # one label against all others: the dichotomised codes
    one = ag[(ag["label"] == "referential") & (ag["coder_a"] == "use") & (ag["coder_b"] == "anna")]
    for _, row in one.iterrows():
        g = df[(df["frame"] == row["frame"]) & df["anna"].notna()]
        assert row["cohen_kappa"] == pytest.approx(cohen_kappa_score(g["use"] == "referential",
                                                                     g["anna"] == "referential"))
        assert row["metric"] == "nominal"


def test_agreement_intervals_resample_the_units():
    from discourse.resample import row_seed, unit_order

    df = _three_coders(80)
    ag = dc.coder_agreement(df, coders=["use", "anna", "ben"], n_boot=200, interval="percentile", random_state=7)
    row = ag[(ag["coder_a"] == "use") & (ag["coder_b"] == "anna") & (ag["label"] == "(all)")].iloc[0]
    # the same draws, each resample's kappa and alpha computed independently (scikit-learn, krippendorff_alpha)
    both = df[df["anna"].notna()][["use", "anna"]]
    codes = sorted(set(both["use"]) | set(both["anna"]))
    order = unit_order([(codes.index(a), codes.index(b)) for a, b in both.itertuples(index=False)])
    units = both.iloc[order].reset_index(drop=True)
    rng = np.random.default_rng(row_seed(7, "use", "anna", "(all)"))
    idx = rng.integers(0, len(units), size=(200, len(units)))
    kappas = [cohen_kappa_score(units["use"].iloc[i], units["anna"].iloc[i]) for i in idx]
    alphas = [dc.krippendorff_alpha(units.iloc[i].reset_index(drop=True)) for i in idx]
    assert (row["kappa_ci_low"], row["kappa_ci_high"]) == pytest.approx(tuple(np.quantile(kappas, [0.025, 0.975])))
    assert (row["alpha_ci_low"], row["alpha_ci_high"]) == pytest.approx(tuple(np.quantile(alphas, [0.025, 0.975])))
    assert row["kappa_ci_low"] < row["cohen_kappa"] < row["kappa_ci_high"] and row["interval"] == "percentile"
    # the same units in another order give the same table; no resamples, no intervals
    shuffled = df.sample(frac=1.0, random_state=1)
    pd.testing.assert_frame_equal(dc.coder_agreement(shuffled, coders=["use", "anna", "ben"], n_boot=200,
                                                     interval="percentile", random_state=7), ag)
    none = dc.coder_agreement(df, coders=["use", "anna"], n_boot=0)
    assert none[["kappa_ci_low", "alpha_ci_high"]].isna().all().all() and none["cohen_kappa"].notna().all()
    # a group no pair coded: its statistics and intervals missing, no error from inside numpy
    gap = pd.DataFrame({"g": ["x"] * 8 + ["y"] * 2, "a": list("errerree") + [None, None], "b": list("eerrreee") + ["r", None]})
    got = dc.coder_agreement(gap, coders=["a", "b"], by="g").set_index(["g", "label"])
    assert got.loc[("y", "(all)"), "n_units"] == 0 and np.isnan(got.loc[("y", "(all)"), "alpha_ci_low"])
    assert got.loc[("x", "(all)"), "alpha_ci_low"] < got.loc[("x", "(all)"), "alpha_ci_high"]
    # two hits: no interval (no resampling interval of five units or fewer can hold 95 %), not kappa 0 in [0, 0]
    two = dc.coder_agreement(pd.DataFrame({"a": ["e", "r"], "b": ["e", "e"]}), coders=["a", "b"])
    assert two["cohen_kappa"].iloc[0] == 0.0 and two[["kappa_ci_low", "alpha_ci_low"]].isna().all().all()
    with pytest.raises(ValueError, match="interval='wide' is not a bootstrap interval"):
        dc.coder_agreement(df, coders=["use", "anna"], interval="wide")


def test_coder_confusions_is_the_crosstab_of_the_units_both_coded():
    df = _three_coders()
    conf = dc.coder_confusions(df, coders=["use", "anna"])
    both = df[df["anna"].notna()]
    want = pd.crosstab(both["use"], both["anna"])
    got = conf.pivot_table(index="label_a", columns="label_b", values="n", aggfunc="sum")
    pd.testing.assert_frame_equal(got.loc[want.index, want.columns], want, check_names=False, check_dtype=False)
    assert conf["n"].sum() == len(both)


def test_bad_coding_input_is_named():
    df = _three_coders()
    with pytest.raises(TypeError, match="coders"):  # a table of hits holds many columns that are no coders
        dc.coder_agreement(df)
    with pytest.raises(ValueError, match="two coders or more"):
        dc.coder_agreement(df, coders=["use"])
    with pytest.raises(ValueError, match=r"missing column\(s\) 'carla'"):
        dc.coder_agreement(df, coders=["use", "carla"])
    with pytest.raises(ValueError, match="metric='cardinal' is not valid"):
        dc.krippendorff_alpha(df[["use", "anna"]], metric="cardinal")
    with pytest.raises(ValueError, match="metric='interval' needs codes that are numbers"):
        dc.krippendorff_alpha(df[["use", "anna"]], metric="interval")
    typo = df.assign(anna=df["anna"].replace({"reported": "reportd"}))
    with pytest.raises(ValueError, match=r"coder 'anna' used label\(s\) 'reportd' outside labels="):
        dc.coder_agreement(typo, coders=["use", "anna"], labels=["evaluative", "referential", "distanced", "reported"])
    with pytest.raises(ValueError, match="names 'reported' more than once"):
        dc.coder_agreement(df, coders=["use", "anna"], labels=["evaluative", "referential", "distanced", "reported",
                                                               "reported"])
    cased = df.assign(anna=df["anna"].replace({"evaluative": "Evaluative"}))
    with pytest.warns(UserWarning, match="differ only in case or white space.*'Evaluative', 'evaluative'"):
        dc.coder_agreement(cased, coders=["use", "anna"])


# ------------------------------------------------------------------------------------- sheets and offsets
def test_coding_sheets_survive_a_csv_round_trip(seeds, seed_tokens, tmp_path):
    hits = dc.find_frame_terms(seed_tokens, corpus=seeds)
    assert hits["doc_id"].astype(str).str.startswith("0").any()  # ids such as '000': a CSV reader's number 0
    sheet = hits[["doc_id", "start", "end", "matched", "left", "right"]].iloc[::3].assign(use=hits["use"])
    sheet = sheet.sample(frac=1.0, random_state=0)  # the coder's own order
    sheet.loc[sheet.index[:5], "use"] = "distanced"
    sheet.to_csv(tmp_path / "coder.csv", index=False)
    with pytest.raises(dc.InputError, match=r"leading zeros.*dtype=\{'doc_id': str\}"):
        dc.merge_codings(hits, {"coder": pd.read_csv(tmp_path / "coder.csv")})
    back = pd.read_csv(tmp_path / "coder.csv", dtype={"doc_id": str})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        merged = dc.merge_codings(hits, {"coder": back})
    coded = merged[merged["coder"].notna()]
    assert len(coded) == len(sheet)
    want = sheet.set_index(["doc_id", "start", "end"])["use"]
    got = coded.set_index(["doc_id", "start", "end"])["coder"]
    assert got.sort_index().equals(want.sort_index())
    # a column sorted on its own moves codes onto other hits: refused, not merged
    moved = back.assign(matched=back["matched"].sort_values().to_numpy())
    with pytest.raises(dc.InputError, match="'matched' is not that of the hit at its key"):
        dc.merge_codings(hits, {"coder": moved})
    blank = back.copy()
    blank.loc[blank.index[:2], "use"] = nan
    with pytest.warns(UserWarning, match=r"'coder' leaves 2 of its \d+ hit\(s\) without a code"):
        dc.merge_codings(hits, {"coder": blank})
    # a spreadsheet that saves CSV with ';' (a locale with the decimal comma): one column, and the fix named
    back[["doc_id", "start", "end", "use"]].to_csv(tmp_path / "semicolon.csv", index=False, sep=";")
    with pytest.raises(dc.InputError, match=r"separated by ';'; read it with pd.read_csv\(path, sep=';'"):
        dc.merge_codings(hits, {"coder": pd.read_csv(tmp_path / "semicolon.csv", dtype={"doc_id": str})})
    stray = back.copy()
    stray.loc[stray.index[0], "start"] += 1
    with pytest.raises(dc.InputError, match=r"1 row\(s\) whose \['doc_id', 'start', 'end'\] is no hit"):
        dc.merge_codings(hits, {"coder": stray})


def test_hit_offsets_point_at_the_match_with_crlf_and_non_ascii_text():
    texts = {"a": "Critics warn of mass\r\nsurveillance in the safe city.\r\n\r\nThe city’s “privacy” is gone.\r\n",
             "b": "Die Überwachung 😀: mass  surveillance and human rights violations in the smart\u00a0city.",
             "c": "#SmartCity and safe-city. Cafe\u0301 privacy. 𝐏rivacy and repression."}
    docs = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values()), "source": ["x", "x", "y"]})
    corpus = dc.load_corpus(docs)
    hits = dc.find_frame_terms(dc.tokenize(corpus), corpus=corpus)
    assert len(hits) >= 10
    for r in hits.itertuples():
        span = texts[r.doc_id][r.start:r.end]
        # the matched text is the span with its white space (a line break, two spaces, a no-break space) as one space
        assert " ".join(span.split()) == r.matched
    one_word = hits[~hits["matched"].str.contains(" ")]
    assert all(texts[d][s:e] == m for d, s, e, m in zip(one_word["doc_id"], one_word["start"], one_word["end"],
                                                         one_word["matched"], strict=True))
    digest = [hashlib.sha256(dc.find_frame_terms(dc.tokenize(corpus), corpus=corpus).to_csv(index=False).encode())
              .hexdigest() for _ in range(2)]
    assert digest[0] == digest[1]


def test_offsets_read_back_as_numbers_match_only_when_whole():
    hits = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 5], "end": [4, 9], "matched": ["xx", "yy"],
                         "use": ["evaluative", "referential"]})
    as_floats = pd.DataFrame({"doc_id": ["a"], "start": [5.0], "end": [9.0], "use": ["referential"]})
    merged = dc.merge_codings(hits, {"c": as_floats})  # a spreadsheet's 5.0 is the offset 5
    assert merged["c"].iloc[1] == "referential" and merged["c"].isna().iloc[0]
    with pytest.raises(dc.InputError, match="no hit of hits"):  # 5.5 is no offset: not rounded onto a hit
        dc.merge_codings(hits, {"c": as_floats.assign(start=[5.5])})
