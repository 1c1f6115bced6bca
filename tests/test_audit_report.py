"""Findings of a user audit of the report, frame_balance, the command line and an error message (one test each)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402


def _corpus(texts: list[str], sources: list[str]) -> dc.Corpus:
    return dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                                                  "source": sources}), text="text", source="source")


def test_no_interval_when_the_pole_hits_come_from_one_unit():
    # frame_balance left out the resamples that draw no pole hit, so a group whose only pole hit sat in one of
    # its ten documents got an interval wholly below 0 ([-1.95, -1.10]), which read as a significant rights lean:
    # every resample that draws a hit is copies of that one document. Such a row now has no interval; a row whose
    # hits come from two or more units keeps the interval it had (the percentiles of the same resamples).
    from discourse.framing import balance_index
    from discourse.resample import bootstrap_sums, percentile_interval, row_seed

    plain = "The council met on Monday to discuss the budget."
    one = _corpus([plain] * 9 + ["Critics warned of mass surveillance."], ["x"] * 10)
    fb = dc.frame_balance(dc.tokenize(one), by="source", level="both", voice="all", uses="all")
    group = fb[fb["level"] == "group"].iloc[0]
    assert (group["n_positive"], group["n_negative"], group["n_units"]) == (0, 1, 10)
    assert group["balance"] < 0 and np.isnan(group["ci_low"]) and np.isnan(group["ci_high"])
    assert fb.loc[fb["level"] == "document", ["ci_low", "ci_high"]].isna().all().all()

    two = _corpus([plain] * 8 + ["Critics warned of mass surveillance."] * 2, ["x"] * 10)
    fb2 = dc.frame_balance(dc.tokenize(two), by="source", level="group", voice="all", uses="all",
                           n_boot=200, random_state=3, interval="percentile").iloc[0]
    ab = np.array([[0, 0]] * 8 + [[0, 1]] * 2)
    sums = bootstrap_sums(ab, n_boot=200, seed=row_seed(3, "group", ("x",), "all"))
    hit = sums.sum(axis=1) > 0
    lo, hi = percentile_interval(balance_index(sums[hit, 0], sums[hit, 1], 0.5), 0.95)
    assert (fb2["ci_low"], fb2["ci_high"]) == (float(lo), float(hi)) and fb2["ci_low"] < fb2["ci_high"]

    # the report calls no lean without an interval and says why
    from discourse.report import Analysis
    from discourse.report.page import summary_items

    rights = "Mass surveillance is a threat to privacy. The repression and censorship are abuses of human rights."
    corpus = _corpus([rights, plain, plain, rights, "Mass surveillance is a threat to privacy.", plain],
                     ["A", "A", "A", "B", "B", "B"])
    a = Analysis(corpus, n_boot=50)
    lean = summary_items(a, {"frame_balance": a.balance})["lean"]
    line = next(i for i in lean if i.startswith("<b>A</b>"))
    assert "has no interval" in line and "its pole hits all come from one document" in line
    assert "leans" not in line


def test_an_empty_selection_is_named_in_the_error(seed_tokens):
    # a speaker filter that kept no row (a typo: 'Yan Lidda' for 'Yan Lida') was told "tokens is empty ...; check
    # the corpus and tokenize() options", which points at loading, not at the selection the user made; the counts
    # path (count_frames on a count table) had the same gap
    import pytest

    picked = seed_tokens[seed_tokens["speaker"] == "Yan Lidda"]
    for call in (lambda: dc.count_frames(picked, by=["source", "speaker"], voice="quoted"),
                 lambda: dc.frame_balance(picked)):
        with pytest.raises(ValueError, match=r"tokens is empty \(no rows\).*a selection of rows that kept none: "
                                             r"check the filter") as err:
            call()
        assert "tokenize() options" not in str(err.value)
    counts = dc.count_terms(seed_tokens, by=["doc_id", "source"], lexicon="framing")
    with pytest.raises(ValueError, match=r"counts is empty \(no rows\).*a selection of rows that kept none"):
        dc.count_frames(counts[counts["source"] == "Al Bawabah"])


def test_kwic_takes_options_between_the_corpus_and_the_query(tmp_path, capsys):
    # 'discourse kwic PATH --window 4 QUERY' failed with the top-level usage and "unrecognized arguments: QUERY"
    # (exit 2): argparse gave the block before the first option (PATH) to both positionals, PATH being optional,
    # and had no place left for QUERY; options now stand anywhere, as after QUERY
    from discourse.cli import main

    path = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "source": ["x", "y"],
                  "text": ["Mass surveillance threatens privacy.", "Privacy matters to the jury."]}).to_csv(path,
                                                                                                        index=False)
    outputs = []
    for args in (["kwic", str(path), "privacy", "--window", "1"], ["kwic", str(path), "--window", "1", "privacy"],
                 ["kwic", "--window", "1", str(path), "--source", "source", "privacy"]):
        assert main(args) == 0
        outputs.append(capsys.readouterr().out)
    assert "2 match(es)" in outputs[0] and outputs[1] == outputs[0] == outputs[2]
    assert "threatens [privacy] ." in outputs[0].replace("  ", " ")  # --window 1 took effect


def test_who_voices_the_poles_accounts_for_every_quoted_or_reported_hit():
    # the summary's "Who voices the poles" named at most three speakers and silently left out the rest and every
    # hit without a named speaker ("5 quoted or reported; by A (1), B (1), C (1)." while 2 had no named speaker);
    # it now says "and N more speakers (M hits)" and "M with no named speaker", so the parts add up
    import re

    from discourse.report import Analysis
    from discourse.report.page import summary_items

    names = ["Ann Lee", "Omar Diaz", "Jane Smith", "Paul Brown", "Mary Jones"]
    texts = [f"\u201cMass surveillance threatens privacy,\u201d said {n}. The council met." for n in names[:4]]
    texts += ["\u201cMass surveillance threatens privacy,\u201d said Mary Jones. \u201cWe fear censorship,\u201d "
              "Mary Jones said.",
              "The council met. \u201cWe reject mass surveillance and repression in our city.\u201d",
              "The plan is smart and innovative. We oppose censorship."]
    corpus = _corpus(texts, ["A"] * 4 + ["B"] * 3)
    a = Analysis(corpus, n_boot=10)
    m = a.matches[(a.matches["frame"] == "rights") & (a.matches["voice"] != "author")]
    assert len(m) == 13 and m["speaker"].isna().sum() == 2  # 11 by five named speakers, 2 by nobody named
    line = next(i for i in summary_items(a, {"frame_balance": a.balance})["voice"] if i.startswith("<b>rights</b>"))
    assert line.endswith("13 quoted or reported; most by Mary Jones (3), Ann Lee (2), Omar Diaz (2) and 2 more "
                         "speakers (4 hits); 2 with no named speaker.")
    named = sum(int(k) for k in re.findall(r"\((\d+)\)", line.split("quoted or reported")[1]))
    assert named + 4 + 2 == 13


def test_summary_states_each_outlets_lean_in_its_own_voice(seeds):
    # the summary stated each outlet's lean from the "all voices" row, which adds the quoted speakers' hits to the
    # outlet's own: on the seeds Al Bawaba "shows no clear lean" (+0.40) although its own voice leans rights
    # (-0.87, interval below 0) and the vendors it quotes lean promotional (+2.51), while frame_scores defaults to
    # the author's voice. The lean is now the author row's, said so, with the quoted voices added where they differ
    from discourse.report import Analysis
    from discourse.report.page import _summary_html, summary_items

    a = Analysis(seeds, n_boot=200)
    b = a.balance
    row = b[(b["level"] == "group") & (b["source"] == "Al Bawaba")].set_index("voice")
    own, quoted = row.loc["author"], row.loc["quoted"]
    assert own["ci_high"] < 0 < quoted["ci_low"] and row.loc["all", "ci_low"] < 0 < row.loc["all", "ci_high"]
    tables = {"frame_balance": b}
    line = next(i for i in summary_items(a, tables)["lean"] if i.startswith("<b>Al Bawaba</b>"))
    assert line.startswith(f"<b>Al Bawaba</b>, in its own voice, leans <b>rights</b>: balance {own['balance']:+.2f}, "
                           f"95% interval [{own['ci_low']:+.2f}, {own['ci_high']:+.2f}]; "
                           f"{own['n_positive']} promotional : {own['n_negative']} rights evaluative hits")
    assert (f"; the voices it quotes lean <b>promotional</b> (balance {quoted['balance']:+.2f}, 95% interval "
            f"[{quoted['ci_low']:+.2f}, {quoted['ci_high']:+.2f}]; {quoted['n_positive']} : {quoted['n_negative']} "
            "evaluative hits).") in line
    assert "no clear lean" not in line
    # where the quoted voices lean as the outlet does, or not clearly, nothing is added
    edge = next(i for i in summary_items(a, tables)["lean"] if i.startswith("<b>The Edge Markets</b>"))
    # (its 8 : 3 evaluative hits fall in 3 of its 6 paragraphs: an interval over 3 units holds the true balance at
    # most 75 % of the time, so no lean is called; tests/test_audit_statistics.py)
    assert "quotes" not in edge and "from only 3 paragraphs with a pole hit" in edge
    assert "in each group's own (author) voice" in _summary_html(a, tables, None)


def test_a_pole_without_any_hit_is_warned_and_no_lean_is_called():
    # a pole whose entries never occur (a lexicon with every 'rights' entry misspelt) gave every group a confident
    # balance, log((n + 0.5) / 0.5) of the other pole's count alone ("leans sovereignty +5.47 [4.92, 5.87]"), with
    # no warning from frame_balance and a lean called for every group in the report's summary without a word
    import warnings

    from discourse.report import Analysis
    from discourse.report.page import summary_items

    lex = dc.load_lexicon({"sovereignty": ["sovereign*", "non-interference"], "rights": ["humna rights"]})
    text = "Our sovereignty is sacred. Non-interference and sovereign equality guide us. Sovereignty first."
    corpus = _corpus([text] * 6, ["A", "A", "A", "B", "B", "B"])
    tokens = dc.tokenize(corpus)
    with pytest.warns(UserWarning, match=r"the pole 'rights' has no counted hit in any row.*check the 'rights' "
                                         r"entries.*Lexicon\.check\(tokens\)"):
        fb = dc.frame_balance(tokens, lex, poles=("sovereignty", "rights"), n_boot=50)
    assert (fb["n_negative"] == 0).all() and (fb.loc[(fb["level"] == "group") & (fb["voice"] == "author"), "n_positive"] > 0).all()
    # both poles with hits: no such warning (3 documents a group do get the warning of too few units)
    both = dc.load_lexicon({"sovereignty": ["sovereign*"], "rights": ["non-interference"]})
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*has no counted hit")
        dc.frame_balance(tokens, both, poles=("sovereignty", "rights"), n_boot=50)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = Analysis(corpus, lexicon=lex, poles=("sovereignty", "rights"), n_boot=50)
        items = summary_items(a, {"frame_balance": a.balance})
    assert items["lean"] and all("(no group has a hit of rights in its own voice: this counts sovereignty hits "
                                 "alone)" in line for line in items["lean"])
    assert any("No group has an evaluative hit of <b>rights</b>" in c for c in items["caveats"])


def test_by_names_the_column_that_source_renamed(tmp_path, capsys):
    # '--source country_iso3 --by country_iso3' (compare countries) was refused with "not a document column"
    # listing 'source' among the columns, without saying that --source had loaded the column as 'source'
    from discourse.cli import main

    path = tmp_path / "c.jsonl"
    pd.DataFrame({"doc_id": ["a", "b"], "country_iso3": ["FRA", "DEU"],
                  "text": ["Mass surveillance threatens privacy.", "Smart city platforms."]}).to_json(
        path, orient="records", lines=True)
    assert main(["frames", str(path), "--source", "country_iso3", "--by", "country_iso3",
                 "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "--source country_iso3 loaded that column as 'source': group by it with --by source" in err
    # a column that is simply absent gets no such hint
    assert main(["frames", str(path), "--by", "country", "--out", str(tmp_path / "out2")]) == 2
    assert "loaded that column" not in capsys.readouterr().err
