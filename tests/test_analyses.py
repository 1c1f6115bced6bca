"""Every analyses/ script runs on a tiny corpus and writes its figure, the CSV behind it and its provenance."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.report import FIGURES  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(p.stem for p in (REPO / "analyses").glob("fig_*.py"))
OPTIONS = {"n_boot": 20}


@pytest.fixture(scope="module")
def dated_tiny(tiny_corpus):
    docs = tiny_corpus.documents.copy()
    docs["date"] = pd.to_datetime(["2018-01-10", "2018-03-01", "2019-05-20", "2019-07-02"])
    return dc.Corpus.from_dataframe(docs[["doc_id", "source", "date", "text"]], clean=False)


def test_one_script_per_figure_and_a_readme_row_each():
    assert SCRIPTS == sorted(f"fig_{name}" for name in FIGURES)
    readme = (REPO / "analyses" / "README.md").read_text()
    for script in SCRIPTS:
        assert f"`analyses/{script}.py`" in readme, script


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_writes_figure_csv_and_provenance(script, dated_tiny, tmp_path):
    mod = importlib.import_module(f"analyses.{script}")
    name = script.removeprefix("fig_")
    result = mod.main(tmp_path, corpus=dated_tiny, **OPTIONS)
    assert result["skipped"] is None
    names = sorted(p.name for p in result["files"])
    assert names == sorted([f"{name}.png", f"{name}.svg", f"{name}.csv", f"{name}.provenance.json"])
    assert (tmp_path / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / f"{name}.svg").read_text().lstrip().startswith("<?xml")
    table = pd.read_csv(tmp_path / f"{name}.csv")
    assert len(table) == len(result["data"]) > 0
    prov = json.loads((tmp_path / f"{name}.provenance.json").read_text())
    assert prov["corpus"]["hash_sha256"] == dated_tiny.hash()
    assert prov["lexicon"]["name"] == "framing" and prov["lexicon"]["hash_sha256"]
    assert prov["parameters"]["figure"] == name and prov["parameters"]["n_boot"] == OPTIONS["n_boot"]
    assert prov["seeds"] == {"random_state": 0}
    assert sorted(prov["outputs"]) == sorted(n for n in names if not n.endswith(".json"))
    assert prov["packages"]["matplotlib"] == matplotlib.__version__


def test_timeline_skipped_without_dates(tiny_corpus, tmp_path):
    from analyses import fig_frames_over_time

    result = fig_frames_over_time.main(tmp_path, corpus=tiny_corpus, **OPTIONS)
    assert "fewer than two distinct document dates" in result["skipped"]
    assert [p.name for p in result["files"]] == ["frames_over_time.provenance.json"]
    prov = json.loads((tmp_path / "frames_over_time.provenance.json").read_text())
    assert prov["skipped"] == result["skipped"] and prov["outputs"] == []


def test_run_all_shares_one_analysis_and_writes_everything(dated_tiny, tmp_path):
    from analyses import run_all

    results = run_all.main(tmp_path, corpus=dated_tiny, **OPTIONS)
    assert list(results) == list(FIGURES)
    assert len(list(tmp_path.glob("*.png"))) == len(FIGURES)
    assert len(list(tmp_path.glob("*.provenance.json"))) == len(FIGURES)


def test_warnings_of_the_analysis_go_into_the_provenance_not_onto_stderr(dated_tiny, tmp_path):
    """The topic model warns that a paragraph lost every term; write_figure records it instead of printing a
    warning that shows a raw line of the report's source."""
    import warnings

    from analyses import fig_topic_prevalence

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fig_topic_prevalence.main(tmp_path, corpus=dated_tiny, **OPTIONS)
    assert not [w for w in caught if issubclass(w.category, UserWarning)]
    prov = json.loads((tmp_path / "topic_prevalence.provenance.json").read_text())
    assert any("have no term left after filtering" in n for n in prov["notes"])
    assert result["skipped"] is None
