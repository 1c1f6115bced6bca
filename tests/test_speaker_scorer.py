"""The trained speaker scorer (discourse/_speaker_scorer.py, ``find_quote_spans(..., speakers="scored")``):
its features on sentences written for these tests, the shipped model file, and the scored path's output
shape against the rule path's."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from benchmarks import train_speaker_scorer as train
from benchmarks.bench_speakers import DEVELOPMENT, HELDOUT
from discourse import _speaker_scorer as sc
from discourse import quotes as q
from discourse._quote_marks import _default_paragraphs, _units

SEEDS = Path(__file__).parents[1] / "seeds"
MODEL = Path(sc.__file__).parent / "data" / sc.MODEL_FILE
SPEAKER_KEYS = ("speaker", "speaker_as_written", "speaker_role", "speaker_org", "channel", "speaker_reason")

# sentences written for these tests (no source text): the known answers follow from the feature definitions
AFTER = "“We will win the vote,” said Ann Roe."
BEFORE = "Ann Roe met Bob Lee on Monday. Bob Lee said: “We will win the vote.”"
PRONOUN = "Ann Roe met the press on Monday.\n\n“We will win the vote,” she said."
DIALOGUE = ("“Where is the key?” asked Ann Roe.\n\n“In the drawer, under the maps,” said Bob Lee.\n\n"
            "“Then we leave at dawn, with or without the others.”")


def _features(text: str) -> list[tuple[list, dict[str | None, dict[str, float]]]]:
    found = q.find_quote_spans(text)
    out = []
    for i, listed, x in sc.candidates(text, found, _units(text, _default_paragraphs(text))):
        rows = {None if c is None else c["speaker"]: dict(zip(sc.FEATURES, row, strict=True))
                for c, row in zip(listed, x, strict=True)}
        out.append((i, rows))
    return out


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_features_of_an_inverted_attribution_after_the_quotation():
    [(_, rows)] = _features(AFTER)
    assert list(rows) == [None, "Ann Roe"]  # 'no speaker' first, then the one name
    assert rows[None]["null"] == 1.0 and rows[None]["null_opens_paragraph"] == 1.0
    roe = rows["Ann Roe"]
    assert roe["rule"] == roe["rule_named"] == roe["rule_has_cue"] == 1.0
    assert roe["before"] == 0.0 and roe["same_sentence"] == 1.0 and roe["sentences_between"] == 0.0
    assert roe["cue_before_name"] == 1.0 and roe["cue_after_name"] == 0.0 and roe["adjacent_cue"] == 1.0
    assert roe["opens_after"] == 1.0 and roe["only_name"] == 1.0 and roe["full_name"] == 1.0
    assert roe["log_distance"] == pytest.approx(np.log1p(6) / 5)  # ' said ' lies between mark and name
    assert roe["null"] == 0.0 and roe["no_position"] == 0.0 and roe["org"] == 0.0


def test_features_of_two_names_before_the_quotation():
    [(_, rows)] = _features(BEFORE)
    roe, lee = rows["Ann Roe"], rows["Bob Lee"]
    assert lee["rule"] == 1.0 and roe["rule"] == 0.0
    assert lee["before"] == roe["before"] == 1.0
    assert lee["same_sentence"] == 1.0 and roe["same_sentence"] == 0.0 and roe["sentences_between"] == 1.0
    assert lee["cue_after_name"] == 1.0 and lee["adjacent_cue"] == 1.0 and roe["cue_after_name"] == 0.0
    assert lee["nearest_before"] == 1.0 and roe["nearest_before"] == 0.0
    assert lee["only_name"] == roe["only_name"] == 0.0
    assert lee["log_mentions"] > roe["log_mentions"]  # Bob Lee is named twice in the window
    assert rows[None]["null_no_near_name"] == 0.0  # a name stands in the quotation's sentence


def test_features_of_a_pronoun_resolved_in_the_previous_paragraph():
    [(_, rows)] = _features(PRONOUN)
    roe = rows["Ann Roe"]
    assert roe["rule"] == roe["rule_pronoun"] == 1.0 and roe["rule_named"] == 0.0
    assert roe["previous_paragraph"] == 1.0 and roe["before"] == 1.0 and roe["same_sentence"] == 0.0
    assert rows[None]["null_no_near_name"] == 1.0 and rows[None]["null_opens_paragraph"] == 1.0


def test_previous_speaker_and_prior_speaker_features_in_a_dialogue():
    feats = _features(DIALOGUE)
    assert len(feats) == 3
    second, third = feats[1][1], feats[2][1]
    assert second["Ann Roe"]["previous_speaker"] == 1.0 and second["Bob Lee"]["previous_speaker"] == 0.0
    assert third["Bob Lee"]["previous_speaker"] == 1.0
    assert third["Bob Lee"]["log_prior_speaker"] == pytest.approx(np.log1p(1) / 2)  # one earlier quotation
    assert third["Bob Lee"]["previous_paragraph"] == 1.0
    assert "Ann Roe" not in third  # two paragraphs back and not the previous speaker: no candidate


def test_the_shipped_model_loads_and_names_every_feature():
    model = sc.load_model()
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    assert raw["version"] == 2 and "train_speaker_scorer.py" in raw["command"]
    assert tuple(model["features"]) == sc.FEATURES and len(model["weights"]) == len(sc.FEATURES)
    assert set(sc.FEATURE_DOCS) == set(sc.FEATURES)  # every feature has its reasoning
    assert raw["feature_docs"] == sc.FEATURE_DOCS
    assert all(np.isfinite(model["weights"]))
    # trained and cross-validated on the seven development parts, never on the held-out F and I
    assert tuple(DEVELOPMENT) == ("A", "B", "C", "D", "E", "H", "G") and tuple(HELDOUT) == ("F", "I")
    for table in ("cv_leave_one_part_out", "cv_nested"):
        assert set(raw[table]) == {*DEVELOPMENT, *train.GROUPS}
        assert raw[table]["all"]["n"] == sum(raw[table][p]["n"] for p in DEVELOPMENT)
    trained_on = raw["trained_on"].split("(")[0]
    assert all(f" {p}" in trained_on for p in DEVELOPMENT) and not any(f" {p}" in trained_on for p in HELDOUT)
    assert raw["l2"] in train.PENALTIES and all(raw["cv_nested"][p]["l2"] in train.PENALTIES for p in DEVELOPMENT)
    w = dict(zip(sc.FEATURES, model["weights"], strict=True))
    assert w["rule"] > 0 and w["same_sentence"] > 0  # the rules' choice and nearness count for a candidate
    assert w["sentences_between"] < 0 and w["org"] < 0  # each sentence between weakens; organisations speak less


def test_a_model_for_other_features_is_refused_with_the_fix():
    with pytest.raises(ValueError, match="retrain it with 'python benchmarks/train_speaker_scorer.py --write'"):
        sc.check_model({"features": ["rule"], "weights": [1.0]})
    with pytest.raises(ValueError, match="finite weights"):
        sc.check_model({"features": list(sc.FEATURES), "weights": [float("nan")] * len(sc.FEATURES)})


def test_rescore_applies_the_weights_it_is_given():
    found = q.find_quote_spans(BEFORE)
    units = _units(BEFORE, _default_paragraphs(BEFORE))
    only_null = [0.0] * len(sc.FEATURES)
    only_null[sc.FEATURES.index("null")] = 1.0
    quotes = [dict(d) for d in found]
    sc.rescore(BEFORE, quotes, units, {"features": sc.FEATURES, "weights": only_null})
    assert quotes[0]["speaker"] is None and quotes[0]["speaker_reason"] == "scored: no speaker"
    far = [0.0] * len(sc.FEATURES)
    far[sc.FEATURES.index("sentences_between")] = 5.0  # a model preferring the name a sentence away
    quotes = [dict(d) for d in found]
    sc.rescore(BEFORE, quotes, units, {"features": sc.FEATURES, "weights": far})
    assert quotes[0]["speaker"] == "Ann Roe" and quotes[0]["speaker_reason"] == "scored"
    assert quotes[0]["speaker_as_written"] == "Ann Roe"


def test_the_scored_path_keeps_the_rule_paths_columns_types_and_spans():
    for text in [*_seed_texts(), AFTER, BEFORE, PRONOUN, DIALOGUE]:
        rules = q.find_quote_spans(text)
        scored = q.find_quote_spans(text, speakers="scored")
        assert len(rules) == len(scored)
        for a, b in zip(rules, scored, strict=True):
            assert list(a) == list(b)
            assert {k: v for k, v in a.items() if k not in SPEAKER_KEYS} == \
                   {k: v for k, v in b.items() if k not in SPEAKER_KEYS}
            for k in SPEAKER_KEYS:
                assert b[k] is None or isinstance(b[k], str)
            if b["kind"] != "speech":
                assert all(a[k] == b[k] for k in SPEAKER_KEYS)  # only speech speakers are re-decided
            assert (b["speaker"] or "x").lower() not in ("he", "she", "it", "they", "i", "we")
        rep = q.find_quote_spans(text, speakers="scored", reported=True)
        assert [d["kind"] for d in rep[:len(scored)]] == [d["kind"] for d in scored]


def test_the_scored_path_is_deterministic():
    texts = [*_seed_texts(), DIALOGUE]
    first = [q.find_quote_spans(t, speakers="scored") for t in texts]
    assert first == [q.find_quote_spans(t, speakers="scored") for t in texts]
    assert any(d["kind"] == "speech" and d["speaker"] for r in first for d in r)


def test_reusing_the_rule_paths_name_table_changes_nothing():
    # find_quote_spans(speakers="scored") hands the scorer the table the rules built; a table built afresh
    # must give the same speakers (its mentions are fixed when it is built)
    for text in [*_seed_texts(), AFTER, BEFORE, PRONOUN, DIALOGUE]:
        fresh = [dict(d) for d in q.find_quote_spans(text)]
        sc.rescore(text, fresh, _units(text, _default_paragraphs(text)))
        assert q.find_quote_spans(text, speakers="scored") == fresh


def test_a_scored_speaker_as_written_keeps_its_letters_and_drops_a_possessive():
    text = "Tom Jones met Ann Roe at the fair. Tom Jones’s view was plain: “We will win the vote at last.”"
    found = q.find_quote_spans(text)
    units = _units(text, _default_paragraphs(text))
    [(_, listed, _)] = sc.candidates(text, found, units)
    written = {c["speaker"]: c["speaker_as_written"] for c in listed if c is not None}
    assert written["Tom Jones"] == "Tom Jones"  # not 'Tom Jone' (a trailing s is a letter, not a possessive)


# labels of the sentences above, as bench_speakers' label lines (offsets of the opening marks; the parts are
# made up so that leave-one-part-out has three folds); the speakers follow from the sentences
_TEXTS = {"after": AFTER, "before": BEFORE, "pronoun": PRONOUN, "dialogue": DIALOGUE,
          "two": "Tom Jones met Ann Roe at the fair.\n\n“We will win the vote,” said Tom Jones, and left.",
          "far": "Ann Roe spoke first. Bob Lee was late.\n\n“We start now,” she said."}
_SPEAKERS = {"after": ["Ann Roe"], "before": ["Bob Lee"], "pronoun": ["Ann Roe"],
             "dialogue": ["Ann Roe", "Bob Lee", "Bob Lee"], "two": ["Tom Jones"], "far": ["Ann Roe"]}
_PARTS = {"after": "C", "before": "C", "pronoun": "D", "dialogue": "D", "two": "E", "far": "E"}


def _training_rows() -> list[dict]:
    labels = []
    for doc, text in _TEXTS.items():
        opens = [i for i, ch in enumerate(text) if ch == "“"]
        assert len(opens) == len(_SPEAKERS[doc])
        labels += [{"source": "written", "doc_id": doc, "start": s, "speaker": spk, "split": _PARTS[doc]}
                   for s, spk in zip(opens, _SPEAKERS[doc], strict=True)]
    return train.build(labels, {("written", d): t for d, t in _TEXTS.items()})


def test_training_rows_have_the_labelled_candidate_as_target():
    rows = _training_rows()
    assert len(rows) == 8 and all(r["x"] is not None for r in rows)  # every quotation is found as speech
    for r in rows:
        assert r["names"][0] is None and r["names"][r["target"]] == r["label"]  # the label is a candidate
        assert r["x"].shape == (len(r["names"]), len(sc.FEATURES))


def test_the_training_scripts_cross_validation_is_reproducible():
    rows = _training_rows()
    parts = ("C", "D", "E")
    w1, w2 = train.fit(rows, 1.0), train.fit(rows, 1.0)
    assert np.array_equal(w1, w2)  # L-BFGS from zeros: the same weights bit for bit
    assert not np.array_equal(w1, train.fit(rows, 100.0))  # the penalty is applied
    first = train.nested(rows, parts)
    assert first == train.nested(rows, parts)
    assert train.cross_validate(rows, 3.0, parts) == train.cross_validate(rows, 3.0, parts)
    assert set(first) == set(parts) and all(first[p]["l2"] in train.PENALTIES for p in parts)
    for p in parts:  # the rules name every speaker of these sentences: their fold figures are known
        assert first[p]["rules"] == {"n": sum(r["part"] == p for r in rows), "exact": 1.0, "no_speaker": 0.0,
                                     "wrong": 0.0}
    pooled = train.pooled(first, parts)["rules"]
    assert pooled["n"] == 8 and pooled["exact"] == 1.0


def test_the_shipped_model_on_written_sentences():
    # the rules' named, resolved and continued speakers are kept (their weights outrank every other feature)
    for text in (AFTER, BEFORE, PRONOUN, DIALOGUE):
        rules = [d["speaker"] for d in q.find_quote_spans(text)]
        assert [d["speaker"] for d in q.find_quote_spans(text, speakers="scored")] == rules
        assert None not in rules
    # an unattributed quotation after a paragraph about one person: the rules give no one, the model (its
    # typical move, right or wrong) names the only person, the subject of the paragraph before (round 16: written
    # without an apposition after the name, with which the rules now take her too, 'introduced in the paragraph before')
    text = "Mayor Ann Roe spoke to the council on Monday.\n\n“We will build the bridge before the winter comes.”"
    [rules] = q.find_quote_spans(text)
    [scored] = q.find_quote_spans(text, speakers="scored")
    assert rules["kind"] == scored["kind"] == "speech" and rules["speaker"] is None
    assert scored["speaker"] == "Ann Roe" and scored["speaker_reason"] == "scored"
    # with no name near it, 'no speaker' is the only candidate
    text = "The hall was quiet.\n\n“We will build the bridge before the winter comes,” came the reply."
    assert [(d["kind"], d["speaker"]) for d in q.find_quote_spans(text, speakers="scored")] == [("speech", None)]


def test_paired_intervals_of_two_runs_on_the_same_documents():
    from benchmarks.bench_speakers import paired_intervals

    # per document: n, exact, without a speaker, wrong (bench_speakers.evaluate's per_doc)
    rules = {"per_doc": {("s", "a"): [4, 2, 2, 0], ("s", "b"): [6, 3, 3, 0]}}
    scored = {"per_doc": {("s", "a"): [4, 3, 0, 1], ("s", "b"): [6, 3, 0, 3]}}
    iv = paired_intervals(rules, scored, ("X", "all"))
    a, (alo, ahi), b, (blo, bhi), d, (dlo, dhi) = iv["exact"]
    assert (a, b, d) == pytest.approx((0.5, 0.6, 0.1))  # 5/10 -> 6/10
    assert alo == ahi == 0.5  # both documents have exact share 0.5: every resample gives 0.5
    assert 0.5 <= blo <= b <= bhi <= 0.75 and 0.0 <= dlo <= d <= dhi <= 0.25
    assert iv["wrong"][:1] == (0.0,) and iv["wrong"][2] == pytest.approx(0.4)
    assert iv == paired_intervals(rules, scored, ("X", "all"))  # seeded: the same on every run
    same = paired_intervals(rules, rules, ("X", "all"))
    assert all(v[4] == 0.0 and v[5] == (0.0, 0.0) for v in same.values())  # a run against itself
    with pytest.raises(ValueError, match="same documents"):
        paired_intervals(rules, {"per_doc": {("s", "a"): [4, 3, 0, 1]}}, ("X", "all"))


def test_tokenize_find_quotes_and_the_report_pass_the_scored_option_on(tmp_path):
    # speakers="scored" reaches the token table, the quotations table and the report (the report's "who voices
    # which frame" reads the tokens' speaker column); the default stays the rules. The unattributed quotation
    # after a paragraph about one person: the rules give no one, the scorer names Ann Roe (the test above)
    import pandas as pd

    import discourse as dc

    text = "Mayor Ann Roe spoke to the council on Monday.\n\n“We will build the bridge before the winter comes.”"
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["a", "b"], "text": [text, "No quotation here."],
                                                    "source": ["x", "y"]}))
    quoted = lambda tokens: tokens.loc[tokens["voice"] == "quoted", "speaker"]  # noqa: E731
    rules, scored = dc.tokenize(corpus), dc.tokenize(corpus, speakers="scored")
    assert len(quoted(rules)) == 10 and quoted(rules).isna().all()
    assert set(quoted(scored)) == {"Ann Roe"} and len(quoted(scored)) == 10
    assert rules.drop(columns="speaker").equals(scored.drop(columns="speaker"))  # only the speakers differ
    # two processes give the serial table
    assert dc.tokenize(corpus, speakers="scored", n_jobs=2).equals(scored)
    assert dc.find_quotes(corpus, speakers="scored")["speaker"].tolist() == ["Ann Roe"]
    assert dc.find_quotes(corpus)["speaker"].isna().all()
    for bad, err in (("rules", ValueError), (1, TypeError)):
        with pytest.raises(err, match="speakers must be True .*'scored'"):
            dc.tokenize(corpus, speakers=bad)
        with pytest.raises(err, match="speakers must be True .*'scored'"):
            dc.find_quotes(corpus, speakers=bad)
    from discourse.report.analysis import Analysis

    with pytest.raises(ValueError, match="speakers=False is not a report option"):
        Analysis(corpus, speakers=False)
    a = Analysis(corpus, speakers="scored")
    assert a.parameters["speakers"] == "scored" and Analysis(corpus).parameters["speakers"] == "rules"
    assert set(quoted(a.tokens)) == {"Ann Roe"}


def test_the_report_command_takes_speakers_scored_and_refuses_other_values(capsys):
    from discourse.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["report"]).speakers == "rules"
    assert parser.parse_args(["report", "--speakers", "scored"]).speakers == "scored"
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "--speakers", "model"])
    assert "invalid choice: 'model'" in capsys.readouterr().err
