"""The one-command report: files, determinism, what the page holds, the CLI, and a real headless browser."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
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
    assert prov["parameters"]["topic_passes"] == dc.TopicModel().passes  # the CLI uses the same default


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


def test_second_run_gives_byte_identical_tables(report, seeds, tmp_path, monkeypatch, capsys):
    # the second run saves its figures in a second process (the path of large corpora, forced here): the
    # files must be the same bytes as those saved in the report's own process
    import discourse.report.build as build

    monkeypatch.setattr(build, "PARALLEL_FIGURES_TOKENS", 0)
    again = build_report(seeds, out=tmp_path, **{**FAST, "verbose": True})
    assert "the figures written by the second process done" in capsys.readouterr().err
    first = sorted((report.parent / "tables").glob("*.csv"))
    assert [p.name for p in first] == sorted(p.name for p in (again.parent / "tables").glob("*.csv"))
    for p in first:
        assert p.read_bytes() == (again.parent / "tables" / p.name).read_bytes(), p.name
    assert (report.parent / "provenance.json").read_bytes() == (again.parent / "provenance.json").read_bytes()
    drawn = sorted((report.parent / "figures").iterdir())
    assert len(drawn) >= 10 and [p.name for p in drawn] == sorted(p.name for p in (again.parent / "figures").iterdir())
    for fig in drawn:
        assert fig.read_bytes() == (again.parent / "figures" / fig.name).read_bytes(), fig.name


def test_figure_writer_saves_here_what_the_worker_cannot(tmp_path):
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    from discourse.report.figures import FigureWriter, save_figure

    def figure(unpicklable: bool = False):
        fig, ax = plt.subplots(figsize=(3, 2), layout="constrained")
        ax.plot([1, 2, 3], [2, 1, 3])
        if unpicklable:  # a lambda cannot be pickled: the figure is saved in this process at once
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos: f"<{x:g}>"))
        return fig

    save_figure(figure(), tmp_path / "ref", dpi=50)
    with FigureWriter(parallel=True) as w:
        w.save(figure(), tmp_path / "a", dpi=50)
        w.save(figure(unpicklable=True), tmp_path / "b", dpi=50)
        w.wait()
    assert w.n_parallel == 1  # the picklable one, by the worker
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "ref.png").read_bytes()
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "ref.svg").read_bytes()
    assert "&lt;2&gt;" in (tmp_path / "b.svg").read_text()  # its tick labels, from the lambda
    # a warning raised while the worker saves a figure is raised again here (the report lists warnings)
    tiny, ax = plt.subplots(figsize=(0.5, 0.4), layout="constrained")
    ax.set_title("a title too long for the figure")
    with pytest.warns(UserWarning, match="constrained_layout not applied"), FigureWriter(parallel=True) as w:
        w.save(tiny, tmp_path / "tiny", dpi=50)
        w.wait()
    assert w.n_parallel == 1 and (tmp_path / "tiny.svg").exists()
    # a worker that dies without writing anything: every figure is saved here from its job file
    with FigureWriter(parallel=True) as w:
        w.save(figure(), tmp_path / "c", dpi=50)
        w._proc.kill()
        w.save(figure(), tmp_path / "d", dpi=50)
        w.wait()
    assert w.n_parallel == 0
    for stem in ("c", "d"):
        assert (tmp_path / f"{stem}.png").read_bytes() == (tmp_path / "ref.png").read_bytes()
    plt.close("all")


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
    captured = capsys.readouterr()
    assert Path(captured.out.strip()) == out / "report.html"
    # warnings come as one line each, never as "file:line: UserWarning" followed by a line of source
    assert "Warning: " not in captured.err
    # the command line fits topics with the library's default passes, as build_report does
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["parameters"]["topic_passes"] == dc.TopicModel().passes
    page = (out / "report.html").read_text()
    assert "Watchdog" in page and "Vendor" in page
    # no dates: the timeline is not drawn, and the page says why
    assert "fewer than two distinct document dates" in page
    assert not (out / "figures" / "frames_over_time.png").exists()


def test_bad_options_say_what_to_fix(seeds, tmp_path, capsys):
    with pytest.raises(ValueError, match=r"by='outlett' is not a document column; available: .*'outlet'"):
        Analysis(seeds, by="outlett")
    bad = dc.Lexicon.from_dict({"good": ["privacy"], "bad": ["surveillance"]})
    with pytest.raises(ValueError, match=r"'promotional' is not a category of lexicon 'custom'.*--poles A,B"):
        Analysis(seeds, lexicon=bad)
    assert Analysis(seeds, lexicon=bad, poles="good,bad").poles == ("good", "bad")
    rc = cli_main(["report", "--by", "nope", "--out", str(tmp_path / "r"), "--quiet"])
    assert rc == 2 and "by='nope'" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ browser
_PROBE = ("<script>window.__errors=[];window.addEventListener('error',function(e){"
          "window.__errors.push(String(e.message||e));});</script>")


def _browser_check(body: str) -> str:
    """A script that runs ``body`` (JavaScript filling ``out``) after the page's own and leaves ``out`` as JSON in
    ``<pre id="browser-test">``, with the page's errors, for :func:`_chromium`."""
    return ("<script>\nwindow.addEventListener('load',function(){\n  var out={errors:window.__errors.slice()};\n"
            "  try{\n" + body + "\n  }catch(e){out.errors.push('check: '+e);}\n"
            "  var pre=document.createElement('pre');pre.id='browser-test';pre.textContent=JSON.stringify(out);\n"
            "  document.body.appendChild(pre);\n});\n</script>")

_CHECK = _browser_check("""    out.images=Array.prototype.map.call(document.images,function(i){return [i.complete,i.naturalWidth,i.naturalHeight];});
    var table=document.getElementById('table-frame_counts');
    var ths=table.tHead.rows[0].cells, col=-1;
    for(var j=0;j<ths.length;j++){if(ths[j].textContent==='rate'){col=j;}}
    function values(){return Array.prototype.map.call(table.tBodies[0].rows,function(r){
      var v=r.cells[col].getAttribute('data-v');return v===null?null:parseFloat(v);});}
    out.before=values(); ths[col].click(); out.asc=values(); out.cls=ths[col].className;
    ths[col].click(); out.desc=values();
    out.ready=document.body.getAttribute('data-ready');
    out.summary=document.querySelectorAll('#summary-lean li').length;
    out.firstSection=document.querySelector('main section').id;
    out.pageWidth=[document.documentElement.scrollWidth,window.innerWidth];
    out.wraps=Array.prototype.map.call(document.querySelectorAll('.tablewrap'),function(w){
      return [getComputedStyle(w).overflowX,w.scrollWidth,w.clientWidth,w.getBoundingClientRect().right];});""")


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/browser)")
def test_report_in_headless_chromium(report, tmp_path):
    """Open the page in a real browser: no JS error, every figure decodes, a table sorts on a header click."""
    res = _chromium(report.read_text(), tmp_path, _CHECK)
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
    # the summary of findings opens the page, one line per group
    assert res["firstSection"] == "summary" and res["summary"] == 5
    # wide tables scroll inside their box: the page itself never gets wider than the window
    width, window = res["pageWidth"]
    assert width <= window
    assert any(sw > cw for _, sw, cw, _ in res["wraps"])  # some table is wider than its box (contested text)
    for overflow, sw, cw, right in res["wraps"]:
        assert right <= window
        assert sw <= cw or overflow in ("auto", "scroll")


_EXPLORE_CHECK = _browser_check("""    var D=JSON.parse(document.getElementById('data').textContent);
    var pts=document.querySelectorAll('circle.pt');out.n=pts.length;out.nterms=D.terms.length;
    var q=document.getElementById('search');q.value='privacy';q.dispatchEvent(new Event('input'));
    out.visible=Array.prototype.filter.call(pts,function(p){return p.style.display!=='none';}).map(function(p){
      return p.getAttribute('data-term');});
    q.value='';q.dispatchEvent(new Event('input'));
    out.allBack=Array.prototype.filter.call(pts,function(p){return p.style.display!=='none';}).length;
    var term=Object.keys(D.lines).sort()[0];out.term=term;
    var p=document.querySelector('circle.pt[data-term="'+term.replace(/"/g,'\\"')+'"]');
    p.dispatchEvent(new MouseEvent('mouseover',{bubbles:true,clientX:10,clientY:10}));
    out.tip=document.getElementById('tip').textContent;out.tipShown=document.getElementById('tip').style.display;
    p.dispatchEvent(new MouseEvent('click',{bubbles:true}));
    out.rows=Array.prototype.map.call(document.querySelectorAll('#kwic-body tr'),function(r){
      return Array.prototype.map.call(r.cells,function(c){return c.textContent;});});
    out.expected=D.lines[term];
    var ys=document.getElementById('ystat');var cy=function(){return Array.prototype.map.call(
      document.querySelectorAll('circle.pt'),function(c){return c.getAttribute('data-term')+'@'+c.getAttribute('cy');});};
    var before=cy();ys.value='log_ratio';ys.dispatchEvent(new Event('change'));out.moved=before.join()!==cy().join();
    out.yLabel=document.querySelector('svg text[transform]').textContent;
    out.ready=document.body.getAttribute('data-ready');""")


def _chromium(page: str, tmp_path: Path, check: str) -> dict:
    """The result a ``check`` script leaves in the page opened in headless Chromium: errors are recorded from
    the first script on (``_PROBE``), and the check runs after the page's own script."""
    probe = page.replace("<head>", "<head>" + _PROBE, 1).replace("</body>", check + "</body>", 1)
    target = tmp_path / "page.html"
    target.write_text(probe, encoding="utf-8")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--window-size=1200,900", f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
           "--dump-dom", target.as_uri()]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="browser-test">(.*?)</pre>', run.stdout, re.S)
    assert found, f"chromium printed no result (exit {run.returncode}): {run.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (.ci/browser)")
def test_explorer_in_headless_chromium(report, tmp_path):
    """The explorer page the report links: no JS error, the search filters, hover shows counts, a click
    shows the term's KWIC lines with voice and speaker."""
    page = (report.parent / "explore.html").read_text()
    assert not re.search(r'(src|href)="(https?:|//|file:)', page)
    res = _chromium(page, tmp_path, _EXPLORE_CHECK)
    assert res["errors"] == [] and res["ready"] == "1"
    assert res["n"] == res["nterms"] > 100
    assert res["visible"] and all("privacy" in t for t in res["visible"])
    assert res["allBack"] == res["n"]
    assert res["tipShown"] == "block" and res["term"] in res["tip"]
    assert len(res["rows"]) == len(res["expected"]) > 0
    assert [r[5] for r in res["rows"]] == [e[5] for e in res["expected"]]  # the voice column
    assert res["moved"] and res["yLabel"].startswith("Log Ratio")  # the other association measure


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


# ------------------------------------------------------------------------------------------ issue 14 / 15
def _csv_corpus(tmp_path, rows: dict, name: str = "c.csv", **kw) -> dc.Corpus:
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return dc.load_corpus(path, **kw)


def test_options_are_checked_before_tokenising_and_before_any_folder(seeds, tmp_path, monkeypatch, capsys):
    import discourse.text

    def no_tokenising(*args, **kwargs):
        raise AssertionError("tokenised before the options were checked")

    monkeypatch.setattr(discourse.text, "tokenize", no_tokenising)
    out = tmp_path / "never"
    cases = [(["--by", "nope"], "by='nope'"), (["--n-topics", "0"], "--n-topics 0"),
             (["--poles", "promotional,nope"], "'nope' is not a category"),
             (["--lexicon", str(_bad_lexicon(tmp_path))], "--poles A,B")]
    for extra, message in cases:
        rc = cli_main(["report", "--out", str(out), "--quiet", *extra])
        err = capsys.readouterr().err
        assert rc == 2 and message in err, (extra, err)
        assert not out.exists(), extra
    for kw, message in [({"by": "nope"}, "by='nope'"), ({"n_topics": 1}, "at least 2 topics"),
                        ({"n_topics": "5"}, "n_topics must be an int"), ({"poles": ("rights",)}, "two category")]:
        with pytest.raises((ValueError, TypeError), match=message):
            build_report(seeds, out=out, **kw)
        assert not out.exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(ValueError, match="is a file, not a folder"):
        build_report(seeds, out=tmp_path / "file")


def _bad_lexicon(tmp_path) -> Path:
    path = tmp_path / "two.toml"
    path.write_text('name = "two"\nversion = "1"\n[categories.good]\nentries = ["privacy"]\n'
                    '[categories.bad]\nentries = ["surveillance"]\n')
    return path


def test_poles_name_any_two_categories(tiny_corpus, tmp_path):
    lex = dc.Lexicon.from_dict({"good": ["privacy", "rights"], "bad": ["surveillance", "smart city"]})
    page = build_report(tiny_corpus, lexicon=lex, poles=("good", "bad"), out=tmp_path / "r", n_boot=10, dpi=40,
                        verbose=False, explore=False).read_text()
    assert "<b>good</b> against <b>bad</b>" in page
    prov = json.loads((tmp_path / "r" / "provenance.json").read_text())
    assert prov["parameters"]["poles"] == ["good", "bad"]


def test_rerun_into_another_corpus_folder_leaves_no_old_file(report, tiny_corpus, tmp_path):
    import shutil

    out = tmp_path / "r"
    shutil.copytree(report.parent, out)
    (out / "tables" / "left_over.csv").write_text("x\n")
    # a file its provenance.json does not list is someone's own: refused, not deleted (an audit of the command
    # line found a folder of the user's tables/ and figures/ replaced)
    with pytest.raises(ValueError, match=r"holds files its provenance.json does not list \(tables/left_over.csv\)"):
        build_report(tiny_corpus, out=out, n_boot=10, dpi=40, verbose=False)
    # a table an earlier report wrote (listed in its record) goes with the folder
    prov = json.loads((out / "provenance.json").read_text())
    prov["outputs"].append("tables/left_over.csv")
    (out / "provenance.json").write_text(json.dumps(prov))
    page = build_report(tiny_corpus, out=out, n_boot=10, dpi=40, verbose=False).read_text()
    made = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    listed = sorted(html.unescape(x) for x in re.findall(r'<li><a href="([^"]+)">', page))
    assert made == listed  # the page lists exactly the files in the folder
    assert "tables/left_over.csv" not in made and "figures/frames_over_time.png" not in made
    # the topic model warns that a paragraph lost every term: said in the page, and the topics still written
    assert "have no term left after filtering" in page
    assert "tables/topic_terms.csv" in made
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious")
    with pytest.raises(ValueError, match="not a report folder"):
        build_report(tiny_corpus, out=tmp_path / "mine", verbose=False)
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "precious"


def test_the_runs_warnings_are_in_the_provenance_record(tiny_corpus, tmp_path):
    # a document in Chinese makes tokenize warn; the page lists the warning, and (before, not) the record too
    docs = tiny_corpus.documents.copy()
    docs.loc[len(docs)] = {**docs.iloc[0].to_dict(), "doc_id": "zh", "text": "智慧城市监控系统 smart city"}
    corpus = dc.Corpus.from_dataframe(docs[["doc_id", "source", "text"]], text="text", source="source")
    with pytest.warns(UserWarning, match="Chinese, Japanese or Korean"):
        page = build_report(corpus, out=tmp_path / "r", n_boot=10, dpi=40, verbose=False, explore=False).read_text()
    warned = json.loads((tmp_path / "r" / "provenance.json").read_text())["warnings"]
    assert len(warned) >= 1 and any("Chinese, Japanese or Korean" in w for w in warned)
    assert all(html.escape(w.split(": ", 1)[1][:40]) in page for w in warned)


def test_a_failed_run_keeps_the_previous_report(tiny_corpus, tmp_path, monkeypatch):
    out = tmp_path / "r"
    build_report(tiny_corpus, out=out, n_boot=10, dpi=40, verbose=False, explore=False)
    before = sorted(p.name for p in out.rglob("*"))
    import discourse.report.build as build

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "draw_figure", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build_report(tiny_corpus, out=out, n_boot=10, dpi=40, verbose=False, explore=False)
    assert sorted(p.name for p in out.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["r"]


def test_a_report_is_written_when_nothing_can_be_found(tmp_path):
    """No lexicon hit, nothing key, too few paragraphs for topics: still a report, saying what and why."""
    corpus = _csv_corpus(tmp_path, {"doc_id": ["a", "b"], "source": ["A", "B"],
                                    "text": ["The cat sat on the mat.", "The cat sat on the mat."]})
    page = build_report(corpus, out=tmp_path / "r", n_boot=10, dpi=40, verbose=False, n_topics=3).read_text()
    notes = page[page.index('<section id="not-computed">'):page.index('<section id="files">')]
    assert "no term of the lexicon" in notes
    assert "too few units for topics" in notes
    assert "no term has a nonzero log_ratio" in notes  # the keyness figure: nothing key, said instead of raised
    assert "Summary of findings" in page
    assert "no evaluative hit of either pole" in page
    assert (tmp_path / "r" / "tables" / "frame_counts.csv").exists()


def test_missing_source_column_is_said(tmp_path):
    corpus = _csv_corpus(tmp_path, {"text": ["Smart city platforms.", "Mass surveillance threatens privacy."]},
                         name="x.csv")
    with pytest.warns(UserWarning, match="no source of its own.*'x'"):
        page = build_report(corpus, by="source", out=tmp_path / "r", n_boot=10, dpi=40, verbose=False).read_text()
    assert "no source of its own" in page


def test_summary_comes_first_and_matches_the_balance_table(report):
    page = report.read_text()
    assert page.index('<section id="summary">') < page.index('<section id="corpus">')
    bal = pd.read_csv(report.parent / "tables" / "frame_balance.csv")
    # the summary states each group's lean in its own (author) voice (the "all" row pooled the quoted speakers'
    # hits with the outlet's own: a user audit, tests/test_audit_report.py)
    bal = bal[(bal["level"] == "group") & (bal["voice"] == "author")]
    lean = page[page.index('id="summary-lean"'):page.index("</ul>", page.index('id="summary-lean"'))]
    items = re.findall(r"<li>(.*?)</li>", lean)
    assert len(items) == len(bal)
    for row in bal.itertuples():
        item = next(i for i in items if i.startswith(f"<b>{html.escape(row.source)}</b>"))
        if row.n_positive + row.n_negative == 0:
            assert "no evaluative hit of either pole" in item and "no balance estimated" in item
            continue
        assert f"{row.n_positive} promotional : {row.n_negative} rights" in item
        if row.n_positive + row.n_negative >= 5 and row.ci_low > 0:
            # a lean is called unless the hits fall in fewer than 6 units (tests/test_audit_statistics.py)
            assert f"[{row.ci_low:+.2f}, {row.ci_high:+.2f}]" in item
            assert ("leans <b>promotional</b>" in item) != ("too few units to call a lean" in item)
    assert 'id="summary-keyness"' in page and 'id="explore-link" href="explore.html"' in page
    # the keyness table's p-values are said to treat words as independent draws (tests/test_audit_statistics.py)
    from discourse.keyness import P_VALUE_NOTE

    assert html.escape(P_VALUE_NOTE) in page
    # frame packages: "no structure" exactly when the topic network is a single community
    # (a single package, or each topic its own, as frame_packages reports a complete network)
    nodes = pd.read_csv(report.parent / "tables" / "frame_package_topics.csv")
    flat = nodes["package"].nunique() in (1, len(nodes))
    assert ('id="no-packages"' in page) == flat
    # said on the page, not repeated as a warning of the report (whose command takes none of the options it names)
    assert "no community structure" not in page
    assert ('id="fig-frame_packages"' in page) and (('id="table-frame_package_topics"' in page) == (not flat))


def test_zero_pole_hits_have_no_balance_in_the_report(tmp_path):
    # the quoted voice of Vendor has no pole hit: frame_balance leaves the balance missing, and so does the
    # report (it shows the table as frame_balance returns it)
    corpus = _csv_corpus(tmp_path, {"doc_id": ["v", "w"], "source": ["Vendor", "Watchdog"],
                                    "text": ["\u201cWe like lunch,\u201d said Ann Smith. Smart city, safe city.",
                                             "Mass surveillance threatens privacy and human rights."]})
    a = Analysis(corpus, n_boot=10)
    raw = a.balance.set_index(["level", "source", "voice"])
    assert raw.loc[("group", "Vendor", "quoted"), "n_positive"] + raw.loc[("group", "Vendor", "quoted"), "n_negative"] == 0
    shown = a.balance.set_index(["level", "source", "voice"])
    assert np.isnan(shown.loc[("group", "Vendor", "quoted"), ["balance", "ci_low", "ci_high"]].astype(float)).all()
    assert shown.loc[("group", "Vendor", "all"), "balance"] > 0


def test_same_group_order_in_balance_and_rates(seeds):
    a = Analysis(seeds, n_boot=20)
    _, ax, _ = FIGURES["frame_balance"].draw(a)
    _, g, _ = FIGURES["frame_rates"].draw(a)
    bal = [t.get_text() for t in ax.get_yticklabels()]
    # (the rates figure's labels end in a line with the group's words)
    rates = [t.get_text().rsplit("\n", 1)[0] for t in g.axes.flat[0].get_yticklabels()]
    assert [b.replace("\n", " ") for b in bal] == [r.replace("\n", " ") for r in rates] == a.group_order
    # the seeds' three dated articles come from three outlets: markers, and no line joining them
    _, ax, _ = FIGURES["frames_over_time"].draw(a)
    drawn = [line for line in ax.get_lines() if len(line.get_xdata())]
    assert drawn and all(line.get_linestyle() in ("None", "none", "") for line in drawn)
    # the packages figure says "no package structure" exactly when the network is one community
    _, ax, _ = FIGURES["frame_packages"].draw(a)
    assert ("no package structure" in ax.get_title()) == (not a.has_package_structure)


def test_explore_terms_are_keyness_rows_with_frames(seed_tokens):
    from discourse.explore import explore_terms

    t = explore_terms(seed_tokens, by="source", target="Al Bawaba")
    counts = dc.count_terms(seed_tokens, by="source", drop_stop=True, lexicon=dc.load_lexicon("framing"))
    k = dc.keyness(counts, by="source", target="Al Bawaba").set_index("term")
    row = t.set_index("term").loc["smart city"]
    # the same numbers as keyness(): Al Bawaba's "smart city" (19 vs 1 in the rest; z 4.0 in the README table)
    assert (row["n_target"], row["n_reference"]) == (k.loc["smart city", "n_target"], k.loc["smart city", "n_reference"])
    assert row["log_odds_z"] == pytest.approx(k.loc["smart city", "log_odds_z"])
    assert row["frame"] == "promotional" and row["reference"] == "rest"
    assert t["frequency"].is_monotonic_decreasing and list(t["rank"]) == list(range(1, len(t) + 1))
    assert t.set_index("term").loc["said", "frame"] is None or pd.isna(t.set_index("term").loc["said", "frame"])
    with pytest.raises(ValueError, match=r"target 'Nope' not found in column 'source'; available: .*'Al Bawaba'"):
        explore_terms(seed_tokens, by="source", target="Nope")
    with pytest.raises(ValueError, match="is the target"):
        explore_terms(seed_tokens, by="source", target="Al Bawaba", reference="Al Bawaba")


def test_explore_page_escapes_its_data(tmp_path):
    tokens = dc.tokenize(dc.Corpus.from_dataframe(pd.DataFrame({
        "doc_id": ["a", "b"], "source": ["</script><b>x", "B"],
        "text": ["Privacy </script> matters. Privacy!", "Smart city safe city."]}), clean=False))
    page = dc.explore(tokens, target="</script><b>x", out=tmp_path / "e.html").read_text()
    assert page.count("</script>") == 2  # the JSON script and the code script, nothing from the data
    assert "<b>x" not in page


def test_a_group_without_words_still_gets_a_report(tmp_path):
    # count_frames and frame_balance refuse a group without any word; the report says so and goes on
    corpus = _csv_corpus(tmp_path, {"doc_id": ["a", "b", "c"], "source": ["Bang", "W", "W"],
                                    "text": ["!!! ???", "Mass surveillance threatens privacy.",
                                             "Smart city platforms bring public safety."]})
    page = build_report(corpus, out=tmp_path / "r", n_boot=10, dpi=40, verbose=False, explore=False).read_text()
    notes = page[page.index('<section id="not-computed">'):page.index('<section id="files">')]
    assert "group(s) with no word tokens" in notes
    assert (tmp_path / "r" / "tables" / "frame_terms.csv").exists()


def test_importing_the_report_loads_no_plotting_or_topic_library():
    """Cold start: matplotlib, seaborn, gensim and networkx load only when a figure or a model is made."""
    code = ("import sys, discourse.report, discourse.explore, discourse.cli; "
            "print(','.join(m for m in ('matplotlib', 'seaborn', 'gensim', 'networkx') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(Path(dc.__file__).parents[1])})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


def test_the_report_sets_a_lexicon_free_measure_beside_the_balance(report):
    # issue 11: the lexicon balance and Latent Semantic Scaling side by side per source, with their agreement
    out = report.parent if report.name == "report.html" else report
    table = pd.read_csv(out / "tables" / "lexicon_free_check.csv")
    assert list(table.columns) == ["source", "n_docs", "lss_mean", "balance", "n_pole_hits"]
    assert table["lss_mean"].notna().all() and len(table) == 5
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "A check that needs no lexicon" in page and "Rank correlation over the groups with 5 or more pole hits: " in page
    # (over those groups only, as the summary reads a lean only for them: a report audit found a group of 3 hits in it)
    both = table[table["n_pole_hits"] >= 5].dropna(subset=["balance", "lss_mean"])
    rho = both["balance"].rank().corr(both["lss_mean"].rank()) if len(both) >= 3 else float("nan")
    assert f"pole hits: {rho:.2f}" in page


def test_summary_warns_when_one_entry_makes_most_of_a_pole():
    # on UN speeches 'sustainable' (the development goals) made most of the promotional hits and every bloc
    # "leaned promotional" with no word of warning (a user's walkthrough): the summary names such an entry
    from discourse.report.page import DOMINANT_ENTRY_SHARE, summary_items

    rights = ["Privacy matters too", "Mass surveillance worries us", "Repression must end"]
    texts = [f"Sustainable development matters. We want sustainable growth and sustainable peace in region {i}. "
             f"{rights[i % 3]}, and an innovative plan." for i in range(6)]
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": texts,
                                                    "source": ["A", "A", "A", "B", "B", "B"]}))
    a = Analysis(corpus, n_boot=10)
    counted = a.matches[(a.matches["use"] == "evaluative") & (a.matches["frame"] == "promotional")]["entry"]
    share = counted.value_counts(normalize=True).iloc[0]
    assert share >= DOMINANT_ENTRY_SHARE  # the corpus is what the caveat is about
    caveats = " ".join(summary_items(a, {"frame_balance": a.balance})["caveats"])
    assert re.search(rf"<b>promotional</b>: one entry, 'sustainable', makes {share:.0%} of its counted hits", caveats)
    assert "<b>rights</b>: one entry" not in caveats  # three words, a third each


def test_lexicon_free_agreement_names_what_limits_it():
    # it said "unreliable with few documents" whatever limited it (1,100 UN speeches in three groups: the groups
    # were the limit), and a negative rank correlation reached no summary (a user's walkthrough)
    from discourse.report.page import _agreement_words

    check = pd.DataFrame({"x": range(3)})
    check.attrs.update(spearman=-1.0, n_groups=3)
    assert _agreement_words(check, 1100) == "-1.00 (over 3 groups, so it says little: with few groups a rank " \
                                            "correlation is far from 0 by chance)."
    assert _agreement_words(check, 5).endswith("; from 5 documents, few for word vectors).")
    check.attrs.update(spearman=0.5, n_groups=12)
    assert _agreement_words(check, 1100) == "0.50."


def test_summary_says_when_the_lexicon_free_check_ranks_the_groups_the_other_way(seeds):
    from discourse.report.page import summary_items

    a = Analysis(seeds, n_boot=10)
    check = pd.DataFrame({"source": ["a", "b", "c"]})
    for rho, said in ((-0.5, True), (0.5, False)):
        check.attrs.update(spearman=rho, n_groups=3)
        caveats = " ".join(summary_items(a, {"lexicon_free_check": check})["caveats"])
        assert ("ranks the groups the other way (rank correlation -0.50 over 3 groups)" in caveats) is said


def test_summary_words_what_it_counts_and_calls_no_lean_without_an_interval(seeds):
    # found by an audit of the report against its own tables: (1) without intervals (n_boot=0) a lean was called
    # from the sign alone, with the reason "a single unit to resample"; (2) the lean lines count evaluative hits
    # but said "hits", and "no hit of either pole" stood beside 4 promotional hits of other uses in frame_terms;
    # the voice lines counted every use as "in the authors' own voice"
    from discourse.report.page import summary_items

    a = Analysis(seeds, n_boot=0)
    items = summary_items(a, {"frame_balance": a.balance})
    lean = " ".join(items["lean"])
    assert "leans" not in lean and "intervals turned off (n_boot=0)" in lean and "evaluative hits in" in lean
    none = next(i for i in items["lean"] if i.startswith("<b>unknown (003)</b>"))
    k = int((a.matches["source"].astype(str).eq("unknown (003)") & a.matches["frame"].isin(a.poles)).sum())
    assert k > 0 and "no evaluative hit of either pole in" in none and f"({k} pole hit(s) of other uses" in none
    promo = a.matches[a.matches["frame"] == "promotional"]
    n_eval = int((promo["use"] == "evaluative").sum())
    n_author_eval = int(((promo["use"] == "evaluative") & (promo["voice"] == "author")).sum())
    line = next(i for i in items["voice"] if i.startswith("<b>promotional</b>"))
    assert f"{len(promo)} hits of every use ({n_eval} evaluative)" in line
    assert f"({n_author_eval} of them evaluative)" in line


def test_provenance_records_dpi_explore_and_the_pages_notes(report):
    prov = json.loads((report.parent / "provenance.json").read_text())
    assert {"dpi", "explore"} <= set(prov["parameters"]) and isinstance(prov["notes"], list)
    page = report.read_text()
    assert all(html.escape(n["note"])[:40] in page for n in prov["notes"])
    keyness = page[page.index('id="keyness-held"'):page.index("</table>", page.index('id="keyness-held"'))]
    assert "also in <code>tables/keyness" not in keyness and "dispersion_target" in keyness


def test_provenance_records_a_hash_of_the_code(tmp_path):
    # the version number is the same at every revision of a checkout; the code hash tells two revisions apart
    import shutil

    from discourse.provenance import code_info, provenance

    pkg = Path(dc.__file__).resolve().parent
    info = code_info()
    assert provenance()["code"] == info and len(info["sha256"]) == 64 and info["files"] > 20
    copy = tmp_path / "discourse"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    assert code_info(copy) == info  # the same files give the same hash wherever they are
    (copy / "_seeds").mkdir()
    (copy / "_seeds" / "a.txt").write_text("a seed article")
    assert code_info(copy) == info  # the seed corpus an installed package carries is data, not code
    (copy / "lexicons" / "framing.toml").write_text((copy / "lexicons" / "framing.toml").read_text() + "\n")
    assert code_info(copy)["sha256"] != info["sha256"]  # one changed byte of the lexicon changes it
