"""The one-command report: files, determinism, what the page holds, the CLI, and a real headless browser."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.cli import main as cli_main  # noqa: E402
from discourse.report import FIGURES, Analysis, build_report  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
FAST = {"n_boot": 100, "dpi": 60, "verbose": False}


@pytest.fixture(scope="module")
def report(tmp_path_factory, seeds) -> Path:
    return build_report(seeds, out=tmp_path_factory.mktemp("report"), **FAST)


def test_report_writes_page_tables_figures_and_provenance(report, seeds):
    out = report.parent
    assert report.name == "report.html"
    for name in ["frame_counts", "frame_balance", "frame_terms", "frame_contributions", "contested_sentences",
                 "keyness", "topic_terms", "topic_prevalence", "topic_frames", "frame_package_topics"]:
        assert (out / "tables" / f"{name}.csv").stat().st_size > 0, name
    # the seeds have three dated documents, so every figure is drawn, as PNG and SVG
    for name in FIGURES:
        assert (out / "figures" / f"{name}.png").exists(), name
        assert (out / "figures" / f"{name}.svg").exists(), name
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["corpus"]["hash_sha256"] == seeds.hash()
    lex = dc.load_lexicon("framing")
    assert prov["lexicon"]["hash_sha256"] == lex.hash and prov["lexicon"]["version"] == lex.version
    assert prov["seeds"] == {"random_state": 0}
    assert prov["parameters"]["n_boot"] == FAST["n_boot"] and prov["parameters"]["by"] == "source"
    assert prov["packages"]["pandas"] == pd.__version__


def test_page_is_self_contained(report):
    page = report.read_text()
    # figures are embedded; no script, style or image is fetched from anywhere
    assert page.count('src="data:image/png;base64,') == len(FIGURES)
    assert not re.search(r'(src|href)="(https?:|//|file:)', page)
    assert page.count("<table") >= 8 and 'class="sortable"' in page
    assert "Provenance" in page and dc.load_corpus().hash()[:16] in page


def test_kwic_summaries_match_the_frame_counts(report):
    """Each group x frame block says how many hits it holds; that must be count_frames' n (all voices)."""
    page = report.read_text()
    counts = pd.read_csv(report.parent / "tables" / "frame_counts.csv")
    counts = counts[counts["voice"] == "all"].set_index(["source", "frame"])["n"]
    kwic = page[page.index('<section id="kwic">'):page.index('<section id="keyness">')]
    seen = 0
    for group_html in re.split(r"<h3>", kwic)[1:]:
        group = html.unescape(group_html[:group_html.index("</h3>")])
        for frame, n in re.findall(r"<summary>([a-z_]+): (\d+) hits", group_html):
            assert counts[(group, frame)] == int(n), (group, frame)
            seen += 1
    assert seen == int((counts > 0).sum())
    terms = pd.read_csv(report.parent / "tables" / "frame_terms.csv")
    assert len(terms) == int(counts.sum())


def test_second_run_gives_byte_identical_tables(report, seeds, tmp_path):
    again = build_report(seeds, out=tmp_path, **FAST)
    first = sorted((report.parent / "tables").glob("*.csv"))
    assert [p.name for p in first] == sorted(p.name for p in (again.parent / "tables").glob("*.csv"))
    for p in first:
        assert p.read_bytes() == (again.parent / "tables" / p.name).read_bytes(), p.name
    assert (report.parent / "provenance.json").read_bytes() == (again.parent / "provenance.json").read_bytes()
    for svg in (report.parent / "figures").glob("*.svg"):
        assert svg.read_bytes() == (again.parent / "figures" / svg.name).read_bytes(), svg.name


def test_cli_report_on_a_csv_corpus(tmp_path, capsys):
    pd.DataFrame({
        "doc_id": ["v1", "v2", "w1", "w2"],
        "outlet": ["Vendor", "Vendor", "Watchdog", "Watchdog"],
        "text": ["Our smart city platform delivers public safety and seamless efficiency.\n\nInnovation for all.",
                 "\u201cSafe city solutions empower police,\u201d said Jane Lee.\n\nThe platform is intelligent.",
                 "Mass surveillance threatens privacy.\n\nThe so-called \u2018smart city\u2019 enables repression.",
                 "\u201cThis is a panopticon,\u201d said Omar Diaz.\n\nPrivacy and human rights matter."],
    }).to_csv(tmp_path / "c.csv", index=False)
    out = tmp_path / "out"
    rc = cli_main(["report", str(tmp_path / "c.csv"), "--source", "outlet", "--out", str(out), "--n-boot", "20",
                   "--quiet"])
    assert rc == 0
    assert Path(capsys.readouterr().out.strip()) == out / "report.html"
    page = (out / "report.html").read_text()
    assert "Watchdog" in page and "Vendor" in page
    # no dates: the timeline is not drawn, and the page says why
    assert "fewer than two distinct document dates" in page
    assert not (out / "figures" / "frames_over_time.png").exists()


def test_bad_options_say_what_to_fix(seeds, tmp_path, capsys):
    with pytest.raises(ValueError, match=r"by='outlett' is not a document column; available: .*'outlet'"):
        Analysis(seeds, by="outlett")
    bad = dc.Lexicon.from_dict({"good": ["privacy"], "bad": ["surveillance"]})
    with pytest.raises(ValueError, match="no 'promotional' or 'rights' category"):
        Analysis(seeds, lexicon=bad).lexicon  # noqa: B018
    rc = cli_main(["report", "--by", "nope", "--out", str(tmp_path), "--quiet"])
    assert rc == 2 and "by='nope'" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ browser
_PROBE = ("<script>window.__errors=[];window.addEventListener('error',function(e){"
          "window.__errors.push(String(e.message||e));});</script>")
_CHECK = """<script>
window.addEventListener('load',function(){
  var out={errors:window.__errors.slice()};
  try{
    out.images=Array.prototype.map.call(document.images,function(i){return [i.complete,i.naturalWidth,i.naturalHeight];});
    var table=document.getElementById('table-frame_counts');
    var ths=table.tHead.rows[0].cells, col=-1;
    for(var j=0;j<ths.length;j++){if(ths[j].textContent==='rate'){col=j;}}
    function values(){return Array.prototype.map.call(table.tBodies[0].rows,function(r){
      var v=r.cells[col].getAttribute('data-v');return v===null?null:parseFloat(v);});}
    out.before=values(); ths[col].click(); out.asc=values(); out.cls=ths[col].className;
    ths[col].click(); out.desc=values();
    out.ready=document.body.getAttribute('data-ready');
  }catch(e){out.errors.push('check: '+e);}
  var pre=document.createElement('pre');pre.id='browser-test';pre.textContent=JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/browser)")
def test_report_in_headless_chromium(report, tmp_path):
    """Open the page in a real browser: no JS error, every figure decodes, a table sorts on a header click."""
    page = report.read_text()
    # record errors from the first script on, and run the checks after the page's own script
    probe = page.replace("<head>", "<head>" + _PROBE, 1).replace("</body>", _CHECK + "</body>", 1)
    target = tmp_path / "page.html"
    target.write_text(probe, encoding="utf-8")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", target.as_uri()]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="browser-test">(.*?)</pre>', run.stdout, re.S)
    assert found, f"chromium printed no result (exit {run.returncode}): {run.stderr[-2000:]}"
    res = json.loads(html.unescape(found.group(1)))
    assert res["errors"] == []
    assert res["ready"] == "1"  # the page's own script ran to its end
    assert len(res["images"]) == len(FIGURES)
    assert all(done and w > 0 and h > 0 for done, w, h in res["images"])
    before = [v for v in res["before"] if v is not None]
    asc = [v for v in res["asc"] if v is not None]
    desc = [v for v in res["desc"] if v is not None]
    assert before != sorted(before)  # the click has something to do
    assert asc == sorted(before) and res["cls"] == "asc"
    assert desc == sorted(before, reverse=True)
    # empty cells (no quoted words: no rate) go last in ascending order
    assert res["asc"][len(asc):] == [None] * (len(res["asc"]) - len(asc))


def test_figures_show_the_largest_groups_only(seeds):
    import matplotlib.pyplot as plt

    from discourse.report import FIGURES as figs

    a = Analysis(seeds, n_boot=20, max_groups=2)
    # words per source on the seeds: The Edge Markets 1,686 and Al Bawaba 1,587 are the two largest
    assert a.shown_groups() == ["Al Bawaba", "The Edge Markets"]
    data, ax, _ = figs["frame_balance"].draw(a)
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["Al Bawaba", "The Edge Markets"]
    assert data["source"].nunique() == 5  # the table keeps every group
    plt.close("all")
    with pytest.raises(ValueError, match="max_groups=0"):
        Analysis(seeds, max_groups=0)


def test_documents_without_a_group_value_form_their_own_group(tiny_corpus):
    docs = tiny_corpus.documents.assign(section=["news", None, "news", None])
    c = dc.Corpus.from_dataframe(docs[["doc_id", "source", "section", "text"]], clean=False)
    a = Analysis(c, by="section", n_boot=10)
    assert a.shown_groups() == ["(missing)", "news"]
    assert sorted(a.keyness["target"].unique()) == ["(missing)", "news"]
    assert set(a.frame_counts["section"]) == {"(missing)", "news"}


def test_provenance_record_is_plain_json_and_repeatable(tiny_corpus, tmp_path):
    import numpy as np

    from discourse.provenance import lexicon_info, write_provenance

    lex = dc.load_lexicon("framing")
    kw = {"lexicon": lex, "parameters": {"k": np.int64(3), "ks": range(2, 4), "path": Path("x")},
          "seeds": {"random_state": 0}, "outputs": ["b.csv", "a.png"]}
    a = write_provenance(tmp_path / "a.json", tiny_corpus, **kw).read_bytes()
    b = write_provenance(tmp_path / "b.json", tiny_corpus, **kw).read_bytes()
    assert a == b  # no clock time, no host name
    rec = json.loads(a)
    assert rec["parameters"] == {"k": 3, "ks": [2, 3], "path": "x"}
    assert rec["outputs"] == ["a.png", "b.csv"]
    assert rec["corpus"]["documents"] == 4 and rec["corpus"]["hash_sha256"] == tiny_corpus.hash()
    assert rec["lexicon"]["categories"] == list(lex.categories)
    # any object with some of the attributes will do; the others are recorded as null
    assert lexicon_info(object())["version"] is None
