"""Findings of the audit of the command line (stop 60): each test fails on the tree before its fix."""

from __future__ import annotations

import io
import json
import sys

import pandas as pd
import pytest

from discourse.cli import main
from tests.test_hostile import error_lines, run_cli


def test_report_refuses_a_folder_of_the_users_own_tables_and_figures(tmp_path):
    # the folder passed the check of its top-level names (tables/, figures/) and was replaced with the user's files
    out = tmp_path / "results"
    (out / "tables").mkdir(parents=True)
    (out / "figures").mkdir()
    (out / "tables" / "regression_results.csv").write_text("a,b\n1,2\n")
    (out / "figures" / "fig1_final.png").write_bytes(b"\x89PNG")
    code, _, err = run_cli(["report", "--out", str(out), "--quiet"])
    assert code == 2 and len(error_lines(err)) == 1 and "no readable provenance.json" in err
    assert (out / "tables" / "regression_results.csv").exists() and (out / "figures" / "fig1_final.png").exists()


def test_kwic_refuses_to_overwrite_its_corpus(tmp_path):
    data = tmp_path / "data.csv"
    pd.DataFrame({"doc_id": ["a"], "text": ["Privacy matters."]}).to_csv(data, index=False)
    before = data.read_bytes()
    code, _, err = run_cli(["kwic", str(data), "privacy", "--out", str(data)])
    assert code == 2 and "is the corpus file itself" in err and data.read_bytes() == before


def test_kwic_with_a_corpus_and_no_query_says_the_query_is_missing(tmp_path):
    # 'discourse kwic mycorpus.csv' searched the bundled seeds for the file name: '0 match(es)', exit 0
    data = tmp_path / "mycorpus.csv"
    pd.DataFrame({"doc_id": ["a"], "text": ["Privacy matters."]}).to_csv(data, index=False)
    for arg in (str(data), "other.jsonl"):
        code, out, err = run_cli(["kwic", arg])
        assert code == 2 and "QUERY is missing" in err and "match(es)" not in out


def test_topics_removes_an_earlier_runs_files_from_its_folder(tmp_path):
    # a second run that writes fewer files left choose_k.csv and effect_*.csv of the first beside its own tables
    out = tmp_path / "t"
    out.mkdir()
    for name in ("choose_k.csv", "effect_coefficients.csv", "topic_frames.csv"):
        (out / name).write_text("stale\n")
    (out / "notes.txt").write_text("mine")
    code, _, err = run_cli(["topics", "-k", "2", "--unit", "document", "--lexicon", "none", "--passes", "1",
                            "--iterations", "5", "--out", str(out)])
    assert code == 0, err
    assert not (out / "choose_k.csv").exists() and not (out / "effect_coefficients.csv").exists()
    assert not (out / "topic_frames.csv").exists() and (out / "notes.txt").read_text() == "mine"
    assert "removed 3 file(s) of an earlier run" in err
    written = json.loads((out / "provenance.json").read_text())["outputs"]
    assert set(written) | {"provenance.json", "notes.txt"} == {p.name for p in out.iterdir()}


class _ClosedPipe(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_still_writes_the_out_files(tmp_path, monkeypatch):
    # 'discourse frames --out X | head -1': the first print raised BrokenPipeError, which ended the run before
    # its files were written, with exit 0 and no word
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["frames", "--out", str(tmp_path / "fr")]) == 0
    assert (tmp_path / "fr" / "frame_balance.csv").exists() and (tmp_path / "fr" / "provenance.json").exists()
    assert isinstance(sys.stdout, _ClosedPipe)  # standard output is given back as it was


def test_report_records_the_warnings_of_loading(tmp_path):
    # a document without a source value warns while loading; the warning was printed raw and provenance.json
    # said "warnings": []
    data = tmp_path / "news.csv"
    pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["A", None, "B"], "text": [
        "Smart city cameras keep us safe.", "Mass surveillance threatens privacy.", "Privacy and human rights."]}
    ).to_csv(data, index=False)
    code, _, err = run_cli(["report", str(data), "--out", str(tmp_path / "r"), "--quiet", "--n-boot", "10",
                            "--no-explore"])
    assert code == 0, err
    prov = json.loads((tmp_path / "r" / "provenance.json").read_text())
    assert any("no value in the source column" in w for w in prov["warnings"])
    assert "discourse report: warning:" in err and "warnings.warn" not in err


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])


def test_a_by_column_with_missing_values_is_the_group_missing_in_every_command(tmp_path):
    # one seed document has no author: keyness and report called its group "(missing)", frames labelled it NaN
    # and topics dropped it from every table
    code, _, err = run_cli(["frames", "--by", "author", "--out", str(tmp_path / "f"), "--n-boot", "10"])
    assert code == 0, err
    assert "(missing)" in set(pd.read_csv(tmp_path / "f" / "frame_balance.csv")["author"].astype(str))
    code, _, err = run_cli(["topics", "-k", "2", "--by", "author", "--passes", "1", "--iterations", "5",
                            "--out", str(tmp_path / "t")])
    assert code == 0, err
    assert "(missing)" in set(pd.read_csv(tmp_path / "t" / "topic_prevalence.csv")["author"].astype(str))


def test_by_text_is_refused_before_any_work():
    code, _, err = run_cli(["frames", "--by", "text"])
    assert code == 2 and "by='text' (--by) is not a document column" in err and "metadata=" not in err


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="needs Linux's /proc (a folder nothing can be made in)")
def test_an_out_where_nothing_can_be_written_is_refused_before_any_work():
    # keyness printed all its results and then failed to write them (exit 1); now nothing runs
    for command in (["keyness", "--out", "/proc/discourse-x"], ["kwic", "privacy", "--out", "/proc/x.csv"]):
        code, out, err = run_cli(command)
        assert code == 2 and "nothing can be written in '/proc'" in err and out == ""


def test_warnings_are_one_line_in_every_command(tmp_path):
    # only report printed its warnings as one line; the other commands printed Python's two-line format with the
    # file and source line of cli.py
    import subprocess
    from pathlib import Path

    data = tmp_path / "docs.jsonl"
    data.write_text('{"doc_id": "a", "text": "Privacy matters."}\nnot json\n', encoding="utf-8")
    repo = str(Path(__file__).resolve().parents[1])
    env = {**__import__("os").environ, "PYTHONPATH": repo}
    res = subprocess.run([sys.executable, "-c", "import sys; from discourse.cli import main; sys.exit(main())",
                          "corpus", str(data), "--no-quotes"], capture_output=True, text=True, env=env, timeout=300)
    err = res.stderr
    assert res.returncode == 0 and "discourse corpus: warning: " in err
    assert "cli.py" not in err and "UserWarning" not in err and "warnings.warn" not in err


def test_pairs_and_target_together_are_refused():
    code, _, err = run_cli(["keyness", "--pairs", "--target", "Al Bawaba"])
    assert code == 2 and "--pairs and --target" in err


def test_kwic_shows_the_by_column_with_each_line():
    # "--by: document column shown with each line": it reached the CSV only
    code, out, _ = run_cli(["kwic", "privacy", "--by", "source", "--max-lines", "3"])
    lines = [ln for ln in out.splitlines() if "[" in ln]
    assert code == 0 and lines and all(ln.rstrip().endswith(")") and "; " in ln.rsplit("(", 1)[1] for ln in lines)


def test_corpus_summary_gives_every_voice_and_no_empty_frame():
    # the voice line gave author and quoted only (86.9 % + 11.0 %: the reported voice was missing), and
    # --max-rows 0 printed pandas' "Empty DataFrame"
    code, out, _ = run_cli(["corpus", "--max-rows", "0"])
    assert code == 0 and "Empty DataFrame" not in out and "by source" not in out
    line = next(ln for ln in out.splitlines() if ln.startswith("voice: "))
    shares = [float(x) for x in __import__("re").findall(r"([\d.]+)%", line)]
    assert len(shares) == 3 and abs(sum(shares) - 100) < 0.2


def test_topic_options_that_cannot_apply_are_refused():
    # --window-size without --unit window and --n-random-states (--n-seeds) without --choose-k were ignored without a word
    for args, said in ((["--window-size", "50"], "applies to --unit window only"),
                       (["--n-random-states", "4"], "applies to --choose-k only")):
        code, out, err = run_cli(["topics", "-k", "2", *args])
        assert code == 2 and said in err and out == ""


def test_frames_reads_poles_with_spaces_as_report_does(tmp_path):
    # --poles "promotional, rights" worked in report (which strips the names) and failed in frames
    code, out, err = run_cli(["frames", "--poles", "promotional, rights", "--n-boot", "10"])
    assert code == 0, err
