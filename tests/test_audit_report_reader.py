"""The report read as a published supplement: by reviewers on a laptop, by keyboard, with a screen reader, in
greyscale and with simulated colour blindness. Every cell readable, every figure honest about the data behind
each mark."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import discourse as dc
from discourse.report import build_report

FAST = {"n_boot": 50, "dpi": 50, "verbose": False, "explore": False}

# an invented statement (no corpus text) whose opening quotation mark is never closed: the quotation finder
# closes it at the end of its paragraph and flags it
_LONG = " ".join(f"Sentence {i} of the statement speaks of public safety and of privacy for all citizens."
                 for i in range(60))


@pytest.fixture(scope="module")
def unclosed(tmp_path_factory):
    docs = pd.DataFrame({
        "doc_id": ["a1", "b1", "a2", "b2"], "source": ["A", "B", "A", "B"], "desk": ["home", "world", "home", "world"],
        "text": [f'The minister said: "{_LONG}\nA new paragraph follows here with mass surveillance.',
                 'Critics said the smart city is "mass surveillance" and repression.\nThe vendor praised public '
                 "safety.",
                 "Privacy matters. The safe city sells intelligent video.",
                 "Human rights violations were reported."]})
    corpus = dc.load_corpus(docs)
    page = build_report(corpus, by="desk", out=tmp_path_factory.mktemp("report"), **FAST)
    return corpus, page


def _table_rows(page: str, table_id: str) -> tuple[list[str], list[list[str]]]:
    table = re.search(rf'<table class="[^"]*" id="{table_id}">(.*?)</table>', page, re.S).group(1)
    head = re.findall(r"<th\b[^>]*><button[^>]*>(.*?)</button></th>", table)
    rows = [re.findall(r"<td\b[^>]*>(.*?)</td>", r, re.S)
            for r in re.findall(r"<tr>(.*?)</tr>", table.split("</thead>")[1], re.S)]
    return head, rows


def test_a_long_unclosed_quotation_is_shown_shortened_with_its_flag(unclosed):
    """A quotation whose closing mark is missing runs to its paragraph's end (5,149 characters here, 8,462
    in a UN speech whose OCR'd guillemets open a 'quotation' over a whole paragraph): the page's table showed
    it whole in one cell. The page shows its start, says how long it is and that it was shortened, and gives
    the quotation finder's flag in the same cell; the CSV keeps the whole text."""
    corpus, path = unclosed
    q = dc.find_quotes(corpus)
    long_q = q[q["text"].str.len() > 1000].iloc[0]
    assert long_q["anomaly"].startswith("unclosed")
    head, rows = _table_rows(path.read_text(), "table-quotations")
    text_col = head.index("text")
    cells = [r[text_col] for r in rows]
    assert max(len(c) for c in cells) < 700, max(len(c) for c in cells)
    cell = next(c for c in cells if c.startswith("Sentence 0 of the statement"))
    n = len(long_q["text"])
    assert f"{n:,} characters" in cell and "shortened" in cell
    assert "unclosed" in cell and "tables/quotations.csv" in cell
    # the short quotation is shown as it is
    assert "mass surveillance" in cells
    # the table's own file keeps every character
    csv = pd.read_csv(path.parent / "tables" / "quotations.csv")
    assert csv["text"].str.len().max() == n


def _rates(words_quoted: int = 31) -> pd.DataFrame:
    """frame counts as dc.count_frames gives them: group 'a' quotes 31 words holding 2 hits (64.5 per 1,000),
    its author's voice has 5 hits in 5,000 words (1.0 per 1,000)."""
    rows = []
    for g, (n_a, w_a, n_q, w_q) in {"a": (5, 5000, 2, words_quoted), "b": (8, 4000, 1, 2000)}.items():
        for v, n, w in [("author", n_a, w_a), ("quoted", n_q, w_q), ("all", n_a + n_q, w_a + w_q)]:
            rows.append({"source": g, "frame": "promotional", "voice": v, "n": n, "n_tokens": w,
                         "rate": 1000 * n / w})
    return pd.DataFrame(rows)


def test_a_rate_from_few_words_is_marked_and_says_its_word_count():
    """The frame-rates figure drew a quoted-voice rate from 31 words (2 hits: 64.5 per 1,000, the 2020s of a
    60-speech UN sample) with a solid bar eight times as long as the author's rate from 8,288 words, and
    nothing said so. A rate per 1,000 words from fewer words than that unit is now hatched and labelled with
    its word count, and each group's label gives the group's words."""
    import matplotlib.pyplot as plt

    g = dc.frame_rates_grid(_rates(), by="source")
    try:
        ax = g.axes.flat[0]
        texts = [t.get_text() for t in ax.texts]
        ticks = [t.get_text() for t in ax.get_yticklabels()]
        hatched = [p for p in ax.patches if p.get_hatch()]
    finally:
        plt.close(g.figure)
    assert any("31 words" in t for t in texts), texts
    assert not any("5,000 words" in t or "2,000 words" in t for t in texts)  # large bases are not labelled
    assert len(hatched) == 1 and hatched[0].get_width() == pytest.approx(1000 * 2 / 31)
    # each group's words (all voices), under its name: 5,031 and 6,000
    assert any("5,031 words" in t for t in ticks) and any("6,000 words" in t for t in ticks), ticks
    # the hatch is named in the legend
    g = dc.frame_rates_grid(_rates(), by="source")
    try:
        assert "fewer than\n1,000 words" in [t.get_text() for t in g.legend.texts]
    finally:
        plt.close(g.figure)
    # min_words=0 marks nothing
    g = dc.frame_rates_grid(_rates(), by="source", min_words=0)
    try:
        assert not [p for p in g.axes.flat[0].patches if p.get_hatch()]
    finally:
        plt.close(g.figure)


def test_the_rates_caption_and_text_alternative_say_how_small_bases_are_drawn(unclosed):
    page = unclosed[1].read_text()
    cap = re.search(r'<figure id="fig-frame_rates">.*?<figcaption>(.*?)</figcaption>', page, re.S).group(1)
    alt = re.search(r'<figure id="fig-frame_rates"><img alt="([^"]*)"', page).group(1)
    for text in (cap, alt):
        assert "fewer than 1,000 words" in text and "hatched" in text, text


def _search_check():
    from .test_report import _browser_check

    return _browser_check("""    var D=JSON.parse(document.getElementById('data').textContent);
    var q=document.getElementById('search');q.focus();q.value='surveil';q.dispatchEvent(new Event('input'));
    out.expected=D.terms.filter(function(t){return t[0].toLowerCase().indexOf('surveil')>=0;}).map(function(t){
      return t[0];});
    var bs=document.querySelectorAll('#matches button');
    out.listed=Array.prototype.map.call(bs,function(b){return b.getAttribute('data-term');});
    out.live=document.getElementById('nshown').getAttribute('aria-live');
    out.kwicLive=document.getElementById('kwic-head').getAttribute('aria-live');
    var last=bs[bs.length-1];last.focus();out.focused=document.activeElement===last;last.click();
    out.title=document.getElementById('kwic-title').textContent;
    out.svgLabel=document.getElementById('plot').getAttribute('aria-label');
    q.value='';q.dispatchEvent(new Event('input'));
    out.afterClear=document.querySelectorAll('#matches button').length;""")


@pytest.mark.slow
@pytest.mark.skipif(not __import__("pathlib").Path("/usr/bin/chromium").exists(),
                    reason="needs Debian's chromium at /usr/bin/chromium")
def test_every_term_the_search_finds_is_reachable_from_the_keyboard(seeds, seed_tokens, tmp_path):
    """The explorer's points take no keyboard focus (thousands of tab stops would bury the page; the WAI-ARIA
    Authoring Practices keep a composite widget to one tab stop, and the W3C images tutorial gives a complex
    chart's data in text). What the points give a mouse user is a term's counts and lines: the search does the
    same job, and it now lists every term it matches as a button (Enter in the box had opened only the first
    match, so 'surveillance cameras' was out of reach while 'surveillance' was found), says how many terms it
    shows in a live region, and the lines panel is announced when it changes."""
    from .test_report import _chromium

    out = dc.explore(seed_tokens, by="source", target="Al Bawaba", corpus=seeds, out=tmp_path / "e.html")
    res = _chromium(out.read_text(), tmp_path, _search_check())
    assert res["errors"] == []
    assert len(res["expected"]) >= 3
    assert res["listed"] == res["expected"]  # every match, most frequent first (the terms' own order)
    assert res["focused"] and res["title"].startswith(res["expected"][-1] + " \u2014")
    assert res["live"] == "polite" and res["kwicLive"] == "polite"
    assert "search" in res["svgLabel"]  # the chart's name says where its content is reachable
    assert res["afterClear"] == 0


def _ciede2000(lab1, lab2) -> float:
    """CIEDE2000 colour difference, as Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula:
    implementation notes, supplementary test data, and mathematical observations", Color Res. Appl. 30(1)."""
    import math

    (l1, a1, b1), (l2, a2, b2) = map(tuple, (lab1, lab2))
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180 if abs(h2p - h1p) > 180 else h2p - h1p
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbar, cbarp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbar = (h1p + h2p) / 2
    else:
        hbar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar))
         + 0.32 * math.cos(math.radians(3 * hbar + 6)) - 0.20 * math.cos(math.radians(4 * hbar - 63)))
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbarp, 1 + 0.015 * cbarp * t
    rt = (-math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2))))
          * 2 * math.sqrt(cbarp ** 7 / (cbarp ** 7 + 25 ** 7)))
    dl, dc, dhh = (l2 - l1) / sl, (c2p - c1p) / sc, d_h / sh
    return math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rt * dc * dhh)


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [
    # pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal (2005), Table 1
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)])
def test_the_colour_difference_used_below_gives_the_published_values(lab1, lab2, expected):
    assert _ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


#: the least CIEDE2000 difference two frame colours keep, for every reader: a margin we name (the two poles keep
#: their colours, and with them no choice among seaborn's ten colour-blind colours does better than 9.0: the
#: poles' orange and the vermilion of a third frame, for a deuteranope)
MIN_FRAME_DE2000 = 8.0


def test_the_frame_colours_stay_apart_for_colour_blind_readers():
    """The frames of the bundled lexicon are told apart by colour alone in the who-voices-which-frame bars, the
    frames-over-time lines and the explorer. Simulated with Machado et al. (2009) and measured with CIEDE2000,
    security's green and economy's tan were 6.1 apart for a protanope, and economy's tan and the promotional
    orange 5.5 for a tritanope (CIE76 had called them 12.8 and 11.7: it overstates differences of saturated
    colours). Every two frames must now stay MIN_FRAME_DE2000 apart for each reader."""
    import itertools

    import numpy as np

    from discourse import plots

    from .test_audit_report_access import _CVD, _lab

    frames = dc.load_lexicon("framing").categories
    pal = plots.frame_palette(frames)
    assert len({tuple(np.round(c, 4)) for c in pal.values()}) == len(frames)
    assert pal["promotional"] == plots.frame_palette(["promotional"])["promotional"]  # the poles keep theirs
    for name, matrix in [("normal", np.eye(3)), *_CVD.items()]:
        lab = {f: _lab(c, matrix) for f, c in pal.items()}
        gap = min((_ciede2000(lab[x], lab[y]), x, y) for x, y in itertools.combinations(lab, 2))
        assert gap[0] >= MIN_FRAME_DE2000, (name, gap)


def test_the_voices_stay_apart_in_greyscale():
    """A supplement printed or read in greyscale keeps lightness alone. The frame-rates bars of the author's
    voice (indigo, drawn #3c2f7b) and of all voices (dark grey, #444444) were 4 CIELAB lightness units apart
    (L* 24.9 and 28.9), one dark grey; in the balance figure 6.5. Every two voices, as drawn, now differ by at
    least 10 in L* (the grey a greyscale print or a greyscale display filter gives, CIE 1976)."""
    import itertools

    import matplotlib.pyplot as plt
    import numpy as np

    from .test_audit_report_access import _lab, _voice_legend_colours

    voices = ["author", "quoted", "reported", "all"]
    drawn = _voice_legend_colours()
    balance = pd.DataFrame({"source": ["a"] * 4, "voice": voices, "balance": [0.5, -0.2, 0.1, 0.3],
                            "ci_low": np.nan, "ci_high": np.nan, "n_positive": 6, "n_negative": 5})
    ax = dc.plot_frame_balance(balance, by="source")
    try:
        handles, labels = ax.get_legend_handles_labels()
        points = {label: (h[0] if isinstance(h, tuple) else h).get_color() for h, label in zip(handles, labels,
                                                                                               strict=True)}
    finally:
        plt.close(ax.figure)
    import matplotlib.colors as mc

    for colours in (drawn, {k: mc.to_rgb(v) for k, v in points.items()}):
        assert len(colours) == 4, colours
        lightness = {v: _lab(c, np.eye(3))[0] for v, c in colours.items()}
        gap = min((abs(lightness[x] - lightness[y]), x, y) for x, y in itertools.combinations(lightness, 2))
        assert gap[0] >= 10, gap


def test_the_topics_section_says_how_much_text_the_model_was_fitted_on(unclosed):
    """The topics section said "2-topic LDA on paragraphs" and no more: not how many paragraphs, documents and
    words the model (and so every topic figure) rests on. It now says so, as the model's own units_ count them
    (a paragraph left with no term after filtering is not fitted)."""
    corpus, path = unclosed
    intro = re.search(r'<section id="topics"><h2>Topics</h2><p>(.*?)</p>', path.read_text(), re.S).group(1)
    model = dc.TopicModel(2, unit="paragraph", random_state=0, lexicon=dc.load_lexicon("framing")).fit(
        dc.tokenize(corpus))
    units = model.units_
    assert (f"{len(units):,} paragraphs of {units['doc_id'].nunique():,} documents "
            f"({int(units['n_tokens'].sum()):,} words, {int(units['n_terms'].sum()):,} of them terms the model "
            "counts)") in intro, intro


def test_the_quotation_table_names_each_quotations_group(unclosed):
    """Grouped by another column than source (decade, desk), the quotation table gave every row's source (one
    file name for a whole UN sample) and not the group the report compares: each row now has its group."""
    corpus, path = unclosed
    head, rows = _table_rows(path.read_text(), "table-quotations")
    assert "desk" in head
    groups = corpus.documents.set_index("doc_id")["desk"]
    assert rows and all(r[head.index("desk")] == groups[r[head.index("doc_id")]] for r in rows)


def test_no_two_elements_of_the_page_share_an_id(unclosed):
    """An id names one element (HTML's id attribute; WCAG 2.0 4.1.1): the Files section and its list were both
    id="files", so the navigation's #files link and a screen reader's references had two targets."""
    ids = re.findall(r'\bid="([^"]+)"', unclosed[1].read_text())
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_the_frame_rates_text_stays_legible_in_the_page(seeds):
    """The page's main column is 1,136 CSS pixels wide (max-width 1200px less its 2em padding) and shrinks a
    wider figure to it. The frame-rates grid of the seeds was four panels of 7.5 inches a row (30 inches), so
    its 8-point labels showed 4 pixels high on a laptop. Its panels now go two to a row, at most 5 inches
    wide: the labels show at least 9 pixels high."""
    import matplotlib.pyplot as plt

    from discourse.report import FIGURES, Analysis

    a = Analysis(seeds, n_boot=0, verbose=False)
    _, g, _ = FIGURES["frame_rates"].draw(a)
    try:
        g.figure.canvas.draw()
        width = g.figure.get_tightbbox().width  # inches, as saved (legend and labels included)
        size = g.axes.flat[0].get_yticklabels()[0].get_fontsize()
    finally:
        plt.close(g.figure)
    dpi = 110  # the report's default
    shown = size / 72 * dpi * min(1.0, 1136 / (width * dpi))
    assert shown >= 9, (width, size, shown)


def test_the_keyness_section_says_how_its_terms_were_counted(unclosed):
    """A reviewer who recomputes a key term with dc.keyness(dc.count_terms(tokens, by=...)) gets another z
    than the page (8.45 against 7.09 for 'climate' in the 2020s of 60 UN speeches): the report counts the
    lexicon's phrases as terms and leaves stopwords out, which changes the vocabulary and so the informative
    prior. The section now gives the call that reproduces its numbers, and that call does."""
    corpus, path = unclosed
    page = path.read_text()
    import html

    held = html.unescape(re.search(r'<p id="keyness-held">(.*?)</p>', page, re.S).group(1))
    call = "discourse.count_terms(tokens, by='desk', drop_stop=True, lexicon='framing')"
    assert call in held, held
    head, rows = _table_rows(page, "table-keyness")
    target, term, z = rows[0][head.index("target")], rows[0][head.index("term")], rows[0][head.index("log_odds_z")]
    counts = dc.count_terms(dc.tokenize(corpus), by="desk", drop_stop=True, lexicon="framing")
    k = dc.keyness(counts, by="desk", target=target)
    assert float(k.set_index("term").loc[term, "log_odds_z"]) == pytest.approx(float(z), abs=5e-4 * max(1, abs(float(z))))


def test_the_frames_of_who_voices_which_frame_stay_apart_in_greyscale():
    """The stacked bars of "Who voices which frame" told frames apart by colour alone: in greyscale the
    promotional orange, technology's sky blue, economy and geopolitics were all one mid grey (L* 61-70), so
    Huawei's bar (half promotional, a third technology) read as one frame. Each frame now has its own fill
    pattern beyond the poles (the poles solid, 20 L* apart): every two frames differ in pattern or by at least
    10 in L*, in the bars and in the legend."""
    import itertools

    import matplotlib.pyplot as plt
    import numpy as np

    from .test_audit_report_access import _lab

    frames = list(dc.load_lexicon("framing").categories)
    data = pd.DataFrame({"frame": frames * 2, "voice": ["author"] * len(frames) + ["quoted"] * len(frames),
                         "speaker": [None] * len(frames) + ["Huawei"] * len(frames)})
    ax = dc.plot_voice_breakdown(data)
    try:
        legend = {t.get_text(): (h.get_hatch() or "", h.get_facecolor())
                  for t, h in zip(ax.get_legend().texts, ax.get_legend().legend_handles, strict=True)}
        bars = {}
        for p in ax.patches:
            if p.get_label() and not p.get_label().startswith("_"):
                bars[p.get_label()] = (p.get_hatch() or "", p.get_facecolor())
        for container in ax.containers:
            bars[container.get_label()] = (container.patches[0].get_hatch() or "",
                                           container.patches[0].get_facecolor())
    finally:
        plt.close(ax.figure)
    for drawn in (legend, bars):
        assert set(drawn) == set(frames), drawn.keys()
        for x, y in itertools.combinations(frames, 2):
            (hx, cx), (hy, cy) = drawn[x], drawn[y]
            lx, ly = _lab(cx, np.eye(3))[0], _lab(cy, np.eye(3))[0]
            assert hx != hy or abs(lx - ly) >= 10, (x, y, hx, round(lx, 1), round(ly, 1))


def _nav_check():
    from .test_report import _browser_check

    return _browser_check("""    var nav=document.querySelector('nav');out.res=[];
    Array.prototype.forEach.call(document.querySelectorAll('nav a'),function(a){
      var s=document.getElementById(a.getAttribute('href').slice(1));window.scrollTo(0,0);s.scrollIntoView();
      var h=s.querySelector('h2');
      out.res.push([s.id,h.getBoundingClientRect().top,nav.getBoundingClientRect().bottom,
                    document.documentElement.scrollHeight-window.innerHeight-window.scrollY]);});""")


@pytest.mark.slow
@pytest.mark.skipif(not __import__("pathlib").Path("/usr/bin/chromium").exists(),
                    reason="needs Debian's chromium at /usr/bin/chromium")
def test_a_section_reached_from_the_navigation_is_not_hidden_under_it(unclosed, tmp_path):
    """The navigation bar stays at the top of the window (position: sticky); a section reached from its links
    (or a control reached with Tab) was scrolled to the window's top edge, under the bar: each section's heading
    was hidden behind the 39-pixel bar (WCAG 2.2 2.4.11, Focus Not Obscured). The page keeps the bar's height
    free (scroll-padding-top), so each heading shows below it."""
    from .test_report import _chromium

    res = _chromium(unclosed[1].read_text(), tmp_path, _nav_check())
    assert res["errors"] == [] and len(res["res"]) >= 8
    for section, top, nav_bottom, below in res["res"]:
        # (a section at the end of the page cannot scroll to the top: it is already in view below the bar)
        assert top >= nav_bottom - 0.5 or below < 1, (section, top, nav_bottom)


def test_the_dispersion_figure_says_when_it_draws_some_documents_only(unclosed):
    """The dispersion figure draws at most max_groups documents (the 30 with most hits of its terms), but its
    caption and text alternative said "along each document": of 60 UN speeches it drew 30, and nothing said
    so. Both now say how many of how many documents are drawn and which."""
    from discourse.report import FIGURES, Analysis
    from discourse.report.figures import figure_alt, figure_note

    corpus, _ = unclosed
    spec = FIGURES["dispersion"]
    a = Analysis(corpus, by="desk", n_boot=0, max_groups=2, verbose=False)
    _, drawn, _ = spec.draw(a)
    try:
        n_rows = len(drawn.get_yticks())
    finally:
        import matplotlib.pyplot as plt

        plt.close(drawn.figure)
    assert n_rows == 2
    for text in (figure_note(spec, a), figure_alt(spec, a)):
        assert "2 of the 4 documents" in text and "most hits" in text, text
    every = Analysis(corpus, by="desk", n_boot=0, max_groups=30, verbose=False)
    assert "of the" not in figure_note(spec, every)


def test_the_keyness_section_gives_each_groups_counted_terms(unclosed):
    """Keyness rests on each group's counted term occurrences (the denominators of every statistic); the page
    named neither them nor how uneven they are (the seeds' groups hold 319 to 1,685 words). The section now
    gives them, as count_terms sums them."""
    import html

    corpus, path = unclosed
    held = html.unescape(re.search(r'<p id="keyness-held">(.*?)</p>', path.read_text(), re.S).group(1))
    counts = dc.count_terms(dc.tokenize(corpus), by="desk", drop_stop=True, lexicon="framing")
    totals = counts.groupby("desk")["n"].sum()
    assert len(totals) == 2
    for group, n in totals.items():
        assert f"{group} {int(n):,}" in held, (group, n, held)


def test_a_rate_table_without_word_counts_for_a_group_still_draws():
    """A table of the user's own may lack a group's word count: the group keeps its plain label (no "0
    words", which would be a count it does not have), and its rate is not marked."""
    import matplotlib.pyplot as plt
    import numpy as np

    data = pd.DataFrame({"source": ["a", "b"], "frame": "promotional", "voice": "all", "rate": [1.0, 2.0],
                         "n_tokens": [np.nan, 500]})
    g = dc.frame_rates_grid(data)
    try:
        ticks = sorted(t.get_text() for t in g.axes.flat[0].get_yticklabels())
        hatched = [p for p in g.axes.flat[0].patches if p.get_hatch()]
    finally:
        plt.close(g.figure)
    assert ticks == ["a", "b\n500 words"]
    assert len(hatched) == 1 and hatched[0].get_width() == 2.0


def test_each_svg_file_carries_its_figures_text_alternative(unclosed):
    """The caption of each figure links its SVG for full size (a figure wider than the page is shrunk), but the
    SVG file had no text alternative of its own: opened on its own, a screen reader found no name and no
    description. Each SVG now has the figure's title as its <title> and the page's text alternative as its
    <desc> (SVG 2, 'title' and 'desc'; the accessible name and description of the drawing)."""
    import html
    import xml.etree.ElementTree as ET

    _, path = unclosed
    page = path.read_text()
    svgs = sorted((path.parent / "figures").glob("*.svg"))
    assert svgs
    for svg in svgs:
        root = ET.parse(svg).getroot()
        ns = "{http://www.w3.org/2000/svg}"
        title, desc = root.find(f"{ns}title"), root.find(f"{ns}desc")
        assert title is not None and desc is not None, svg.name
        assert list(root).index(title) == 0  # the first child, where it names the drawing
        alt = re.search(rf'<figure id="fig-{svg.stem}"><img alt="([^"]*)"', page).group(1)
        assert desc.text == html.unescape(alt)
        assert f"<b>{html.escape(title.text)}.</b>" in page
