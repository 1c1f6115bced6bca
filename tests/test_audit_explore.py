"""The explorer page (discourse.explore): its axes, what it says it compared, and how it says its lines were
sampled, checked against the table of explore_terms / keyness and in headless Chromium."""

from __future__ import annotations

import html
import json
import math
import re

import pytest

import discourse as dc

from .test_report import (  # the headless-Chromium runner of the report's browser test
    CHROMIUM,
    _browser_check,
    _chromium,
)

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")


def _data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))


_RANK_CHECK = _browser_check("""    var xs=document.getElementById('xscale');xs.value='rank';xs.dispatchEvent(new Event('change'));
    out.cx=Array.prototype.map.call(document.querySelectorAll('circle.pt'),function(c){
      return [+c.getAttribute('data-i'),+c.getAttribute('cx')];});
    out.ticks=Array.prototype.filter.call(document.querySelectorAll('svg text'),function(t){
      return t.getAttribute('font-size')==='11'&&t.getAttribute('text-anchor')==='middle';}).map(function(t){
      return [t.textContent,+t.getAttribute('x')];});
    out.xLabel=document.querySelectorAll('svg text')[0].textContent;""")


@pytest.mark.slow
@needs_chromium
def test_rank_axis_is_the_logarithm_of_the_rank(seeds, seed_tokens, tmp_path):
    """On a log-scaled rank axis, each tenfold of rank takes the same width (ranks 1, 10, 100, 1000 equally
    spaced), with rank 1 (the most frequent term) at the right. The axis used to be log10(n_terms - rank + 1):
    on the seeds (1,512 terms) ranks 1 to 100 shared 8 px of 820 and its ticks read 1512, 1503, 1413, 513."""
    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "e.html")
    page = out.read_text()
    d = _data(page)
    assert d["terms"][0][0] == dc.explore_terms(seed_tokens, by="source", target="Al Bawaba")["term"].iloc[0]
    res = _chromium(page, tmp_path, _RANK_CHECK)
    assert res["errors"] == []
    cx = dict(res["cx"])  # data-i is the row of the table, i.e. rank - 1
    x1, x10, x100, x1000 = cx[0], cx[9], cx[99], cx[999]
    assert x1 > x10 > x100 > x1000  # right = most frequent
    decade = x1 - x10
    assert decade > 100  # a visible share of the 840-px plot, not a few pixels
    assert math.isclose(x10 - x100, decade, abs_tol=0.2) and math.isclose(x100 - x1000, decade, abs_tol=0.2)
    ticks = dict(res["ticks"])
    assert set(ticks) == {"1", "10", "100", "1000"}
    assert math.isclose(ticks["1"], x1, abs_tol=0.1) and math.isclose(ticks["1000"], x1000, abs_tol=0.1)
    assert "rank" in res["xLabel"]


def test_page_names_the_groups_of_the_reference_and_what_was_counted(seed_tokens, tmp_path):
    """Against "all other groups" the page lists them (keyness labels the side "rest", which a reader cannot
    resolve), and it says what a count is: counted terms without stopwords, with the totals keyness used."""
    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", out=tmp_path / "e.html")
    page = out.read_text()
    header = re.search(r"<header>(.*?)</header>", page, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", "", header))
    assert "all other groups" in text
    for other in ("The Epoch Times", "The Edge Markets", "unknown (000)", "unknown (003)"):
        assert other in text
    k = dc.keyness(dc.count_terms(seed_tokens, by="source", drop_stop=True, lexicon=dc.load_lexicon("framing")),
                   by="source", target="Al Bawaba")
    # totals of the contrast as keyness computes them (834 and 2,128 counted terms on the seeds)
    assert f"{int(k['total_target'].iloc[0]):,}" in text and f"{int(k['total_reference'].iloc[0]):,}" in text
    assert "stopwords" in text
    assert "Dirichlet prior" in text
    d = _data(page)
    assert d["reference_groups"] == ["The Edge Markets", "The Epoch Times", "unknown (000)", "unknown (003)"]
    assert (d["total_target"], d["total_reference"]) == (int(k["total_target"].iloc[0]),
                                                          int(k["total_reference"].iloc[0]))


def test_page_states_that_its_lines_come_from_a_sample(seeds, monkeypatch, tmp_path):
    """The report's explorer cuts its lines from a sample of documents on a large corpus; the page itself must
    say so (it used to be said only in report.html, while the page called its lines "the first ones")."""
    from discourse.report import build as report_build

    monkeypatch.setattr(report_build, "EXPLORE_KWIC_MAX_ROWS", 2500)
    report = dc.build_report(seeds, out=tmp_path / "r", n_boot=0, dpi=30, verbose=False)
    page = (report.parent / "explore.html").read_text()
    assert "concordance lines come from" in html.unescape(page.split("<script")[0])
    assert _data(page)["lines_note"].startswith("the explorer's concordance lines come from")


_KWIC_NOTE_CHECK = _browser_check("""    var p=document.querySelector('circle.pt[data-term="smart city"]');
    p.dispatchEvent(new MouseEvent('click',{bubbles:true}));
    out.note=document.getElementById('kwic-note').textContent;
    out.rows=document.querySelectorAll('#kwic-body tr').length;""")


@pytest.mark.slow
@needs_chromium
def test_lines_of_a_sampled_page_are_not_called_the_first_ones(seed_tokens, seeds, tmp_path):
    """"smart city" occurs 20 times on the seeds (19 + 1); with lines from a sample of documents, the 15 shown
    are not "the first ones" of those 20, and the line under the term says where they come from."""
    sample = seed_tokens[seed_tokens["doc_id"].astype(str).isin(["002", "004"])]
    note = "the concordance lines come from 2 of the 5 documents"
    out = dc.explore(sample, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "e.html", note=note,
                     term_counts=dc.count_terms(seed_tokens, by="source", drop_stop=True,
                                                lexicon=dc.load_lexicon("framing")))
    res = _chromium(out.read_text(), tmp_path, _KWIC_NOTE_CHECK)
    assert res["errors"] == [] and res["rows"] == 15
    assert "of 20" in res["note"] and "the first ones" not in res["note"] and "sample" in res["note"]
    plain = dc.explore(seed_tokens, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "p.html")
    assert "(the first ones)" in _chromium(plain.read_text(), tmp_path, _KWIC_NOTE_CHECK)["note"]


def test_explore_note_is_escaped_and_shown(seed_tokens, tmp_path):
    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", out=tmp_path / "e.html",
                     note='lines from 3 of 5 <documents> & "more"')
    page = out.read_text()
    assert 'lines from 3 of 5 &lt;documents&gt; &amp; &quot;more&quot;' in page
    assert "<documents>" not in page
    with pytest.raises(TypeError, match="note"):
        dc.explore(seed_tokens, by="source", target="Al Bawaba", out=tmp_path / "e.html", note=3)


_TOPS_CHECK = _browser_check("""    out.target=Array.prototype.map.call(document.querySelectorAll('#top-target li'),function(l){
      return +l.getAttribute('data-i');});
    out.reference=Array.prototype.map.call(document.querySelectorAll('#top-reference li'),function(l){
      return +l.getAttribute('data-i');});""")


@pytest.mark.slow
@needs_chromium
def test_over_used_lists_hold_only_terms_on_their_side(tmp_path):
    """With few terms the two lists of 15 used to overlap: a term with z > 0 (more in the target) was listed
    as "most over-used in" the reference. Each list now holds only terms on its side of 0."""
    import pandas as pd

    docs = pd.DataFrame({"doc_id": ["a", "b"], "source": ["A", "B"],
                         "text": ["Privacy and mass surveillance worry the editors. Privacy matters a lot.",
                                  "The smart city brings safety and innovation. Smart city projects grow."]})
    corpus = dc.load_corpus(docs)
    out = dc.explore(dc.tokenize(corpus), by="source", target="A", corpus=corpus, out=tmp_path / "e.html")
    terms = _data(out.read_text())["terms"]
    res = _chromium(out.read_text(), tmp_path, _TOPS_CHECK)
    assert res["errors"] == [] and len(terms) < 30
    assert res["target"] and all(terms[i][3] > 0 for i in res["target"])
    assert res["reference"] and all(terms[i][3] < 0 for i in res["reference"])
    assert not set(res["target"]) & set(res["reference"])


def test_terms_the_tokenizer_splits_in_a_query_still_get_their_lines(seed_tokens, seeds, tmp_path):
    """A counted token like "5g" or "us$4" is split by the pattern reader of kwic ("5 g", "us $4"), so its
    lines came back under another pattern and were dropped: on the seeds, 7 of the 1,512 terms showed "no
    lines stored" although lines were asked for every term."""
    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "e.html",
                     kwic_terms=5000, kwic_lines=1000)
    d = _data(out.read_text())
    missing = [t[0] for t in d["terms"] if len(d["lines"].get(t[0], [])) != t[1] + t[2]]
    assert missing == []
    assert [line[3] for line in d["lines"]["5g"]] == ["5G"]  # the match as written in the text
