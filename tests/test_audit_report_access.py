"""The report page as a published course page: usable by keyboard and screen reader, figures described in
text, and saying what produced it."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from discourse.report import build_report, html_table

from .test_report import CHROMIUM, FAST, _browser_check, _chromium

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory, seeds) -> str:
    return build_report(seeds, out=tmp_path_factory.mktemp("report"), **FAST).read_text()


def test_table_headers_are_column_headers_with_a_sort_button():
    """A sortable header is a column header (scope="col", WCAG technique H63) whose sort control is a
    button, so it is reached with Tab and pressed with Enter or Space (WCAG 2.1.1; the WAI-ARIA Authoring
    Practices' sortable table). The headers were plain cells with a mouse click handler only."""
    out = html_table(pd.DataFrame({"group": ["a", "b"], "rate": [2.0, 1.0]}), table_id="table-x", csv_name="x.csv")
    ths = re.findall(r"<th\b[^>]*>.*?</th>", out)
    assert len(ths) == 2
    for th in ths:
        assert 'scope="col"' in th
        assert re.search(r'<button type="button">[^<]+</button>', th)
    # the box that scrolls a wide table can be scrolled from the keyboard too, and is named
    assert re.search(r'<div class="tablewrap" tabindex="0" role="region" aria-label="[^"]*x\.csv[^"]*">', out)


def test_every_table_of_the_page_has_column_headers(page):
    for table in re.findall(r"<table\b.*?</table>", page, re.S):
        head = re.search(r"<thead><tr>(.*?)</tr></thead>", table, re.S)
        assert head, table[:200]
        assert all('scope="col"' in th for th in re.findall(r"<th\b[^>]*>", head.group(1)))


_KEYBOARD_CHECK = _browser_check("""    var table=document.getElementById('table-frame_counts');
    var ths=table.tHead.rows[0].cells, col=-1;
    for(var j=0;j<ths.length;j++){if(ths[j].textContent==='rate'){col=j;}}
    var btn=ths[col].querySelector('button');
    btn.focus(); out.focused=document.activeElement===btn;
    out.sortBefore=ths[col].getAttribute('aria-sort');
    btn.click(); out.sortAsc=ths[col].getAttribute('aria-sort');
    out.asc=Array.prototype.map.call(table.tBodies[0].rows,function(r){
      var v=r.cells[col].getAttribute('data-v');return v===null?null:parseFloat(v);});
    btn.click(); out.sortDesc=ths[col].getAttribute('aria-sort');
    out.others=Array.prototype.filter.call(ths,function(t,i){return i!==col&&t.hasAttribute('aria-sort');}).length;""")


@pytest.mark.slow
@needs_chromium
def test_a_table_sorts_from_its_header_button_and_says_how(page, tmp_path):
    res = _chromium(page, tmp_path, _KEYBOARD_CHECK)
    assert res["errors"] == []
    assert res["focused"]
    assert res["sortBefore"] is None
    assert res["sortAsc"] == "ascending" and res["sortDesc"] == "descending"
    asc = [v for v in res["asc"] if v is not None]
    assert asc == sorted(asc) and len(asc) > 1
    assert res["others"] == 0  # only the sorted column says it is sorted


def test_every_figure_has_a_text_alternative_that_says_what_it_shows(page, seeds):
    """WCAG 1.1.1 (and the W3C images tutorial's "complex images"): a chart's alt text says what kind of
    chart it is, what it plots and where its numbers are in text. The alt text was the figure's title alone
    ("Frame balance by group"), which says neither."""
    imgs = re.findall(r'<figure id="fig-([a-z_]+)"><img alt="([^"]*)"', page)
    assert len(imgs) == 10
    titles = dict(re.findall(r'<figure id="fig-([a-z_]+)">.*?<figcaption><b>([^<]*)\.</b>', page, re.S))
    for name, alt in imgs:
        assert len(alt) > len(titles[name]) + 40, (name, alt)
        assert "table" in alt, (name, alt)  # where the numbers are
    alt = dict(imgs)["frame_balance"]
    assert "source" in alt and "promotional" in alt and "rights" in alt
    # the figure's result in words: the groups at both ends of the balance of all voices (groups with at
    # least 5 pole hits), as dc.frame_balance gives them with the report's options
    import discourse as dc

    b = dc.frame_balance(dc.tokenize(seeds), "framing", by="source", poles=("promotional", "rights"), voice="all",
                         level="group", n_boot=0)
    b = b[b["n_positive"] + b["n_negative"] >= 5].sort_values("balance")
    low, high = b.iloc[0], b.iloc[-1]
    assert f"{high['source']} ({high['balance']:+.2f})" in alt
    assert f"{low['source']} ({low['balance']:+.2f})" in alt


def test_the_page_header_says_what_produced_it(page):
    """A page read on its own (printed, published on a course site) names the program and version, the
    lexicon and version, and the options its numbers depend on at its top, not only in the JSON record at
    the bottom (the header named the corpus hash alone)."""
    import json

    import discourse as dc

    header = re.search(r"<header>(.*?)</header>", page, re.S).group(1)
    prov = json.loads(re.search(r'<section id="provenance">.*?<pre>(.*?)</pre>', page, re.S).group(1)
                      .replace("&quot;", '"').replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">")
                      .replace("&amp;", "&"))
    lex = dc.load_lexicon("framing")
    assert f"discourse {prov['packages']['discourse']}" in header
    assert f"lexicon <b>framing</b> v{lex.version}" in header and lex.hash[:16] in header
    params = prov["parameters"]
    assert f"n_boot={params['n_boot']}" in header and f"random_state={prov['seeds']['random_state']}" in header
    assert 'href="#provenance"' in header


# Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color vision
# deficiency", IEEE TVCG 15(6), severity 1.0: linear-RGB matrices (the ones colorspacious and DaltonLens use)
_CVD = {"deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]],
        "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]],
        "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                       [0.004733, 0.691367, 0.303900]]}


def _lab(rgb, matrix) -> np.ndarray:
    c = np.asarray(rgb[:3], float)
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)  # sRGB -> linear (IEC 61966-2-1)
    lin = np.clip(np.asarray(matrix) @ lin, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ lin
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])  # D65 white
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _voice_legend_colours() -> dict:
    """The legend colour of each voice in ``frame_rates_grid`` of two groups, as drawn (the figure closed after)."""
    import matplotlib.pyplot as plt

    import discourse as dc

    voices = ["author", "quoted", "reported", "all"]
    data = pd.DataFrame({"source": ["a"] * 4 + ["b"] * 4, "frame": "promotional", "voice": voices * 2,
                         "rate": [1.0, 2.0, 3.0, 4.0, 2.0, 1.0, 1.5, 2.5]})
    g = dc.frame_rates_grid(data, by="source")
    try:
        return {t.get_text(): h.get_facecolor() for t, h in zip(g.legend.texts, g.legend.legend_handles, strict=True)}
    finally:
        plt.close(g.figure)


def test_the_voice_colours_stay_apart_for_colour_blind_readers():
    """The frame-rates figure draws one bar per voice side by side, told apart by colour alone. Simulated
    for dichromats (Machado et al. 2009), every two voices as drawn (seaborn's bars desaturate them) must stay
    at least 12 CIELAB units apart (about five just-noticeable differences of 2.3, Sharma 2003): 'reported
    speech' (wine #882255) and 'all voices' (dark grey) were 5.5 apart for a deuteranope, one dark
    brown-grey."""
    import itertools

    colours = _voice_legend_colours()
    assert len(colours) == 4
    for name, matrix in [("normal", np.eye(3)), *_CVD.items()]:
        lab = {v: _lab(c, matrix) for v, c in colours.items()}
        gap = min((float(np.linalg.norm(lab[x] - lab[y])), x, y) for x, y in itertools.combinations(lab, 2))
        assert gap[0] >= 12, (name, gap)


_EXPLORE_KEYS = _browser_check("""    var b=document.querySelector('#top-target li button');b.focus();out.focused=document.activeElement===b;
    var term=b.textContent.replace(/ \\(\\d+ : \\d+\\)$/,'');b.click();
    out.term=term;out.title=document.getElementById('kwic-title').textContent;
    var q=document.getElementById('search');q.value='privacy';q.dispatchEvent(new Event('input'));
    q.dispatchEvent(new KeyboardEvent('keydown',{key:'Enter',bubbles:true}));
    out.afterEnter=document.getElementById('kwic-title').textContent;
    out.headings=Array.prototype.map.call(document.querySelectorAll('h1,h2,h3,h4'),function(h){return h.tagName;});""")


@pytest.mark.slow
@needs_chromium
def test_the_explorer_shows_a_terms_lines_from_the_keyboard(seeds, seed_tokens, tmp_path):
    """The explorer the report links showed a term's lines only on a mouse click (on a point or a list
    item): the lists' terms are buttons now, and Enter in the search box opens the lines of the first term
    it finds (WCAG 2.1.1). Its headings go h1, h2 (they went h1, h3)."""
    import discourse as dc

    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "e.html")
    res = _chromium(out.read_text(), tmp_path, _EXPLORE_KEYS)
    assert res["errors"] == []
    assert res["focused"] and res["title"].startswith(res["term"] + " \u2014")
    assert "privacy" in res["afterEnter"].split(" \u2014")[0]
    levels = [int(h[1]) for h in res["headings"]]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_decades_written_as_text_keep_their_order():
    """A decade is written "1990s" more often than 1990 (the report grouped by such a column is what the
    course page shows): the figures and the page read it as a timeline, as they do numbers. Ordered by the
    lean instead, the rows of the frame-rates figure of 300 UN speeches came as 2020s, 2010s, 2000s, 1950s,
    1980s, 1990s, 1970s, 1960s, 1940s."""
    from discourse import plots

    decades = pd.Series(["2010s", "1990s", None, "2000s", "1940s", "1990s"])
    assert plots.ordered_groups(decades) == ["1940s", "1990s", "2000s", "2010s", "(missing)"]
    assert plots.ordered_groups(decades.astype("category")) == ["1940s", "1990s", "2000s", "2010s", "(missing)"]
    assert plots.ordered_groups(pd.Series(["1990s", "Europe"])) is None  # names stay names


def test_each_figure_links_its_full_size_files(page):
    """A figure wider than the page is shrunk to fit it (the frame-rates grid of the seeds is 3,488 pixels
    wide, so its 8-point labels showed about 4 pixels high on a 1,136-pixel page): the caption links the
    figure's own files, the SVG at any size, which it only named."""
    for name in re.findall(r'<figure id="fig-([a-z_]+)">', page):
        caption = re.search(rf'<figure id="fig-{name}">.*?<figcaption>(.*?)</figcaption>', page, re.S).group(1)
        assert f'<a href="figures/{name}.svg">' in caption and f'<a href="figures/{name}.png">' in caption
