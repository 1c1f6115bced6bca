"""The report at scale: keyness cut to the top terms per group (each row identical to the full table's),
topics and Latent Semantic Scaling on seeded samples of units, compressed large tables, progress per stage.

The thresholds are lowered with monkeypatch so that a corpus of a few sentences takes the paths a corpus of
thousands of speeches takes; benchmarks/bench_report.py measures the real sizes.
"""

from __future__ import annotations

import gzip

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.cli import main as cli_main  # noqa: E402
from discourse.report import analysis as report_analysis  # noqa: E402
from discourse.report import build_report, figures  # noqa: E402
from discourse.report.analysis import Analysis, sample_units  # noqa: E402


def _random_counts(n_groups: int = 9, n_terms: int = 300, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(n_groups):
        lam = rng.gamma(0.6, 3.0, n_terms)  # skewed: many rare terms, a few frequent ones, ties in between
        n = rng.poisson(lam)
        for t in np.flatnonzero(n):
            rows.append((f"G{g}", f"t{t:03d}", int(n[t]), int(rng.integers(1, n[t] + 1))))
    return pd.DataFrame(rows, columns=["g", "term", "n", "n_docs"])


# ------------------------------------------------------------------------------------------ keyness
@pytest.mark.parametrize("sort", ["log_odds_z", "log_ratio", "g2"])
def test_keyness_all_top_rows_equal_the_full_tables_rows(sort):
    counts = _random_counts()
    full = dc.keyness_all(counts, by="g", sort=sort)
    top = dc.keyness_all(counts, by="g", sort=sort, top=5, top_min_count=3)
    assert list(top.columns) == list(full.columns)
    # every kept row is the full table's row, every column and value (p_adjusted and the prior were
    # computed over all terms before the cut)
    merged = top.merge(full, on=["target", "term"], how="left", suffixes=("", "_full"), indicator=True)
    assert (merged["_merge"] == "both").all()
    for c in full.columns:
        if c not in ("target", "term"):
            pd.testing.assert_series_equal(merged[c], merged[f"{c}_full"], check_names=False)
    # and they are exactly the 5 highest and 5 lowest of `sort` among terms seen 3+ times, in the full
    # table's order (an independent selection from the full table)
    for t, sub in full.groupby("target", sort=True):
        ok = sub[(sub["n_target"] + sub["n_reference"] >= 3) & sub[sort].notna()]
        want = pd.concat([ok.head(5), ok.tail(5)]).drop_duplicates("term")
        got = top[top["target"] == t]
        assert got["term"].tolist() == want["term"].tolist(), t
        assert len(got) == min(10, len(ok))


def test_keyness_all_targets_gives_the_full_rows_of_those_groups():
    counts = _random_counts()
    full = dc.keyness_all(counts, by="g")
    some = dc.keyness_all(counts, by="g", targets=["G7", "G2"])
    want = full[full["target"].isin(["G2", "G7"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(some, want)


def test_rest_as_total_minus_target_is_exact():
    # every other group pooled (row total minus the target, a shortcut) against the pooled counts summed
    # column by column in a two-group table: the same floats in every statistic
    counts = _random_counts(n_groups=6)
    rest = counts[counts["g"] != "G3"].groupby("term", as_index=False)[["n", "n_docs"]].sum().assign(g="REST")
    two = pd.concat([counts[counts["g"] == "G3"], rest], ignore_index=True)
    a = dc.keyness(counts, by="g", target="G3")
    b = dc.keyness(two, by="g", target="G3")
    pd.testing.assert_frame_equal(a.drop(columns=["reference"]), b.drop(columns=["reference"]))


def test_keyness_all_top_and_targets_bad_values():
    counts = _random_counts(n_groups=3, n_terms=20)
    with pytest.raises(ValueError, match=r"top_n=0 must be at least 1"):
        dc.keyness_all(counts, by="g", top=0)
    with pytest.raises(ValueError, match=r"not sort='term'"):
        dc.keyness_all(counts, by="g", top=3, sort="term")
    with pytest.raises(TypeError, match="top_n must be"):
        dc.keyness_all(counts, by="g", top=2.5)
    with pytest.raises(ValueError, match=r"target 'G9' not found in column 'g'; available: 'G0', 'G1', 'G2'"):
        dc.keyness_all(counts, by="g", targets=["G9"])
    with pytest.raises(TypeError, match="targets must be a list"):
        dc.keyness_all(counts, by="g", targets="G1")
    with pytest.raises(ValueError, match="does not combine with pairs=True"):
        dc.keyness_all(counts, by="g", targets=["G1"], pairs=True)


# ------------------------------------------------------------------------------------------ analysis
def test_report_keyness_is_cut_and_said_beyond_the_row_limit(seeds, monkeypatch):
    full = Analysis(seeds)
    assert full.keyness_is_full and len(full.keyness) == full.keyness_rows
    monkeypatch.setattr(report_analysis, "KEYNESS_MAX_ROWS", 100)
    monkeypatch.setattr(report_analysis, "KEYNESS_TOP", 4)
    a = Analysis(seeds)
    a.term_counts = full.term_counts  # the same counts: only the keyness step differs
    a.tokens = full.tokens
    k = a.keyness
    assert not a.keyness_is_full
    whole = full.keyness
    merged = k.merge(whole, on=["target", "term"], how="left", suffixes=("", "_full"), indicator=True)
    assert (merged["_merge"] == "both").all()
    for c in ["n_target", "n_reference", "g2", "p_adjusted", "log_ratio", "log_odds_z"]:
        pd.testing.assert_series_equal(merged[c], merged[f"{c}_full"], check_names=False)
    # per group: the 4 highest and lowest log-odds z and Log Ratio among terms seen 3+ times, nothing else
    for t, sub in whole.groupby("target"):
        ok = sub[sub["n_target"] + sub["n_reference"] >= 3]
        want = set()
        for stat in ("log_odds_z", "log_ratio"):
            o = ok.sort_values([stat, "term"], ascending=[False, True], kind="stable")
            want |= set(o["term"].head(4)) | set(o["term"].tail(4))
        assert set(k.loc[k["target"] == t, "term"]) == want, t
    # within each group sorted by G2, as the full table
    for _, sub in k.groupby("target"):
        assert sub["g2"].is_monotonic_decreasing
    assert any(s == "keyness" and "would hold" in m and "equal those of the full table" in m for s, m in a.notes)
    # the figures get every term of the groups they draw
    drawn = a.keyness_of(["Al Bawaba"])
    pd.testing.assert_frame_equal(drawn, whole[whole["target"] == "Al Bawaba"].reset_index(drop=True))


def test_sample_units_is_seeded_whole_units_within_budget(seed_tokens):
    words = int((~seed_tokens["is_punct"]).sum())
    same, what = sample_units(seed_tokens, "paragraph", words, 0)
    assert same is seed_tokens and what == ""
    s1, what = sample_units(seed_tokens, "paragraph", words // 3, 0)
    s2, _ = sample_units(seed_tokens, "paragraph", words // 3, 0)
    s3, _ = sample_units(seed_tokens, "paragraph", words // 3, 1)
    pd.testing.assert_frame_equal(s1, s2)
    assert not s1.index.equals(s3.index)  # another seed, another sample
    assert 0 < int((~s1["is_punct"]).sum()) <= words // 3
    # whole paragraphs: every sampled (doc, paragraph) keeps all its tokens, in the original order
    key = ["doc_id", "paragraph"]
    sizes = seed_tokens.groupby(key, observed=True).size()
    kept = s1.groupby(key, observed=True).size()
    assert (sizes.reindex(kept.index) == kept).all()
    assert s1.index.is_monotonic_increasing
    assert what.startswith(f"a random sample of {len(kept):,} of the {len(sizes):,} paragraphs")


def test_topics_and_lss_on_samples_are_said(seeds, monkeypatch):
    monkeypatch.setattr(report_analysis, "TOPIC_MAX_WORDS", 2000)
    monkeypatch.setattr(report_analysis, "LSS_MAX_WORDS", 2500)
    a = Analysis(seeds, n_topics=2, n_boot=20)
    n_words = int((~a.tokens["is_punct"]).sum())
    assert int((~a.topic_tokens["is_punct"]).sum()) <= 2000 < n_words
    a.lexicon_free  # noqa: B018
    notes = dict(a.notes)
    assert "the topic model was fitted on a random sample of" in notes["topics"]
    assert "word vectors from a random sample of" in notes["lexicon_free_check"]
    assert a.parameters["topic_max_words"] == 2000 and a.parameters["lss_max_words"] == 2500


# ------------------------------------------------------------------------------------------ files, page
def test_gzip_tables_are_byte_identical_and_readable(tmp_path, monkeypatch):
    df = pd.DataFrame({"term": ["a", "b", "ç"], "n": [1, 2, 3]})
    assert figures.table_file("x", df) == "x.csv"
    monkeypatch.setattr(figures, "GZIP_ROWS", 2)
    assert figures.table_file("x", df) == "x.csv.gz"
    p1 = figures.write_csv(df, tmp_path / "a" / "x.csv.gz")
    p2 = figures.write_csv(df, tmp_path / "b" / "x.csv.gz")
    assert p1.read_bytes() == p2.read_bytes() and p1.read_bytes()[:2] == b"\x1f\x8b"
    pd.testing.assert_frame_equal(pd.read_csv(p1), df)
    assert gzip.decompress(p1.read_bytes()).decode() == df.to_csv(index=False, lineterminator="\n")


def test_report_names_the_cut_and_the_compressed_files(tmp_path, monkeypatch):
    monkeypatch.setattr(report_analysis, "KEYNESS_MAX_ROWS", 10)
    monkeypatch.setattr(figures, "GZIP_ROWS", 5)
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["A", "B", "C"],
                  "text": ["Smart city platforms deliver public safety. Smart city again and again.",
                           "Mass surveillance threatens privacy. Privacy matters to everyone here.",
                           "Human rights and privacy; the smart city debate goes on and on."]}).to_csv(path, index=False)
    report = build_report(dc.load_corpus(path), out=tmp_path / "r", n_boot=20, dpi=40, verbose=False,
                          explore=False)
    page = report.read_text()
    made = sorted(p.name for p in (report.parent / "tables").iterdir())
    assert "keyness.csv.gz" in made and "keyness.csv" not in made
    assert "tables/keyness.csv.gz" in page and 'href="tables/keyness.csv.gz"' in page
    assert 'id="keyness-held"' in page and "not the full table of" in page
    small = [n for n in made if n.endswith(".csv")]
    assert all(len(pd.read_csv(report.parent / "tables" / n)) <= 5 for n in small)


# ------------------------------------------------------------------------------------------ progress
def test_cli_prints_every_stage_with_time_and_memory_unless_quiet(tmp_path, capsys):
    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "source": ["A", "B"],
                  "text": ["Smart city platforms deliver public safety.",
                           "Mass surveillance threatens privacy."]}).to_csv(path, index=False)
    args = ["report", str(path), "--n-boot", "20", "--no-explore", "--topics", "2"]
    assert cli_main([*args, "--out", str(tmp_path / "loud")]) == 0
    err = capsys.readouterr().err
    for stage in ["tokenising", "finding frame terms", "counting terms", "keyness of every group",
                  "writing figure frame_balance", "writing the page"]:
        assert f"[discourse report] {stage}" in err, stage
    done = [line for line in err.splitlines() if " done in " in line]
    assert done and all(line.endswith(" MB)") and "(peak memory " in line for line in done)
    assert cli_main([*args, "--out", str(tmp_path / "quiet"), "--quiet"]) == 0
    assert "[discourse report]" not in capsys.readouterr().err


def test_frame_rates_panels_stay_narrow_with_many_groups(tmp_path):
    # 30 groups made the panels of the rates grid 30 inches wide (width = aspect x a height that grows with
    # the groups): a 70-megapixel PNG. The report caps the panel width at 8 inches; few groups keep 1.3.
    path = tmp_path / "c.csv"
    n = 24
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "source": [f"S{i:02d}" for i in range(n)],
                  "text": ["Smart city platforms. Mass surveillance threatens privacy." * (1 + i % 3)
                           for i in range(n)]}).to_csv(path, index=False)
    a = Analysis(dc.load_corpus(path), n_boot=10, max_groups=n)
    _, g, extra = figures.FIGURES["frame_rates"].draw(a)
    panel_w = g.axes.flat[0].get_position().width * g.figure.get_size_inches()[0]
    assert extra["aspect"] < 1.3 and panel_w <= 8.0
    assert g.figure.get_size_inches()[0] <= 8.0 * min(len(a.frames_with_hits), 4) + 3  # + the legend


# ------------------------------------------------------------------------------------------ hits found once
def test_report_tables_from_hits_found_once_equal_the_functions(seeds):
    # the report finds the lexicon's hits once for every category and once for the two poles, and builds the
    # frame counts, the balance and the audit tables from them; each must equal the function's own table
    a = Analysis(seeds, n_boot=40)
    tokens, lex, poles = a.tokens, a.lexicon, a.poles
    pd.testing.assert_frame_equal(a.frame_counts, dc.count_frames(tokens, lex, by="source"))
    doc_by = ["doc_id", "source", *(["date"] if "date" in tokens else [])]
    pd.testing.assert_frame_equal(a.doc_frame_counts, dc.count_frames(tokens, lex, by=doc_by))
    pd.testing.assert_frame_equal(a.balance, dc.frame_balance(tokens, lex, by="source", poles=poles, n_boot=40))
    pd.testing.assert_frame_equal(a.matches, dc.find_frame_terms(tokens, lex, corpus=seeds))
    pd.testing.assert_frame_equal(a.contributions, dc.frame_contributions(tokens, lex, by="source"))
    pd.testing.assert_frame_equal(a.sensitivity, dc.frame_sensitivity(tokens, lex, by="source", poles=poles))
    assert a.frame_counts["n"].sum() > 100 and len(a.matches) > 100


def test_report_term_counts_and_lss_scores_by_chunks_of_documents_equal_one_piece(seeds, monkeypatch):
    # the report counts terms one chunk of whole documents at a time (TERM_CHUNK_ROWS) and scores Latent
    # Semantic Scaling from per-document counts added up the same way: equal to counting the whole table
    lex = dc.load_lexicon("framing")
    whole = Analysis(seeds, n_boot=10)
    want = dc.count_terms(whole.tokens, by="source", drop_stop=True, lexicon=lex)
    pd.testing.assert_frame_equal(whole.term_counts, want)
    monkeypatch.setattr(report_analysis, "TERM_CHUNK_ROWS", 700)
    a = Analysis(seeds, n_boot=10)
    from discourse.stance import document_chunks

    assert len(document_chunks(a.tokens, 700)) > 3
    got = a.term_counts
    pd.testing.assert_frame_equal(got, want)
    assert got.attrs == want.attrs and len(got) > 1000
    lss = dc.LatentSemanticScaling(seeds={"promotional": ["smart", "safe"], "rights": ["privacy", "rights"]},
                                   random_state=0).fit(a.tokens)
    per_doc = a.chunked_term_counts(by=["doc_id"], drop_stop=lss.drop_stop)
    pd.testing.assert_frame_equal(lss.transform(per_doc), lss.transform(a.tokens))
    # and the report's lexicon-free table is the one LatentSemanticScaling gives on the whole table
    pd.testing.assert_frame_equal(a.lexicon_free, whole.lexicon_free)


@pytest.mark.filterwarnings("ignore:the topic network has no community structure")
def test_explorer_lines_from_whole_documents_of_the_contrast_and_a_seeded_sample(seeds, monkeypatch, tmp_path):
    from discourse.report import build as report_build

    a = Analysis(seeds, n_boot=10)
    same, what = report_build.explore_tokens(a, "Al Bawaba", None)
    assert same is a.tokens and what == ""
    monkeypatch.setattr(report_build, "EXPLORE_KWIC_MAX_ROWS", 2500)
    sub, what = report_build.explore_tokens(a, "Al Bawaba", None)
    again, _ = report_build.explore_tokens(a, "Al Bawaba", None)
    pd.testing.assert_frame_equal(sub, again)
    docs = a.tokens.groupby("doc_id", observed=True).size()
    kept = sub.groupby("doc_id", observed=True).size()
    assert (docs.reindex(kept.index) == kept).all()  # whole documents only
    target_docs = set(a.tokens.loc[a.tokens["source"] == "Al Bawaba", "doc_id"].astype(str))
    assert target_docs <= set(kept.index.astype(str))  # every document of the target
    assert len(set(kept.index.astype(str)) - target_docs) >= 1 and len(sub) < len(a.tokens)
    assert what.startswith(f"the explorer's concordance lines come from the {len(target_docs)} documents of "
                           "'Al Bawaba' and a random sample of")
    out = build_report(seeds, out=tmp_path / "r", n_boot=10, dpi=30, verbose=False)
    page = out.read_text()
    assert "concordance lines come from" in page and (out.parent / "explore.html").exists()


def test_explorer_samples_a_contrasted_group_too_large_for_the_rows(monkeypatch):
    # the contrasted group was kept whole: a large group (the 'other' countries of 2,900 UN speeches in a user's
    # walkthrough) went over the row limit and left one document for the rest
    from discourse.report import build as report_build

    words = "the smart city cameras watch people privacy rights matter for every citizen here today".split()
    texts = [" ".join(words[(i + j) % len(words)] for j in range(60)) + "." for i in range(12)]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(12)], "text": texts,
                                                    "source": ["big"] * 8 + ["s1"] * 2 + ["s2"] * 2}))
    a = Analysis(corpus, n_boot=10)
    rows = a.tokens.groupby("doc_id", observed=True).size()
    monkeypatch.setattr(report_build, "EXPLORE_KWIC_MAX_ROWS", 5 * int(rows.max()))
    sub, what = report_build.explore_tokens(a, "big", None)
    kept = sub.groupby("doc_id", observed=True).size()
    assert (rows.reindex(kept.index) == kept).all() and len(sub) <= 5 * int(rows.max())  # whole documents, the limit
    big = set(a.tokens.loc[a.tokens["source"] == "big", "doc_id"].astype(str))
    ids = set(kept.index.astype(str))
    assert 1 <= len(ids & big) < 8 and len(ids - big) >= 2  # the rest keeps about half the rows
    assert what.startswith("the explorer's concordance lines come from a random sample of")
    again, _ = report_build.explore_tokens(a, "big", None)
    pd.testing.assert_frame_equal(sub, again)
