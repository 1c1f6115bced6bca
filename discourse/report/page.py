"""The report's HTML page: one self-contained file (figures embedded, tables sortable, no network).

The page opens with a *Summary of findings* generated from the tables (which group leans which way in its own
(author) voice, with its interval and the counts behind it, and the voices it quotes where they lean otherwise;
who voices which frame; the most key terms; the caveats), then the sections, then what could not be computed and
why, and the list of the files this run made.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..keyness import P_VALUE_NOTE
from ..plots import group_labels
from ..resample import min_units, range_coverage
from .analysis import KEYNESS_MIN_COUNT, KEYNESS_TOP, MIN_POLE_HITS, Analysis
from .figures import figure_alt, figure_caption, figure_note, table_file

__all__ = ["QUOTE_SHOWN_CHARS", "html_table", "quotations_shown", "render", "summary_items"]

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;line-height:1.45}
header{background:#1f2a44;color:#fff;padding:1.2em 2em}header h1{margin:0 0 .2em}header p{margin:.2em 0;opacity:.9}
header a{color:#fff}
nav{padding:.6em 2em;background:#eef1f6;position:sticky;top:0;z-index:2;font-size:.92em}
html{scroll-padding-top:5em}
nav a{margin-right:1em;color:#1f2a44}
main{padding:0 2em 3em;max-width:1200px;box-sizing:border-box}
section{margin-top:2em;min-width:0}h2{border-bottom:2px solid #1f2a44;padding-bottom:.2em}
figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
figcaption{color:#555;font-size:.92em}
.tablewrap{max-height:28em;max-width:100%;overflow:auto;border:1px solid #ddd;margin:.5em 0 1em}
table{border-collapse:collapse;font-size:.86em;min-width:100%}
th,td{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#f5f6f8;position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer;text-align:inherit}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.txt{min-width:28em}
.kwic td.l{text-align:right;color:#555}.kwic td.m{font-weight:bold;text-align:center}.kwic td.r{color:#555}
details{margin:.3em 0}summary{cursor:pointer}
pre{background:#f5f6f8;padding:1em;overflow:auto;font-size:.82em}
.note{color:#666;font-size:.9em}
#summary ul{padding-left:1.3em}#summary li{margin:.25em 0}
.caveat{background:#fff6e0;border-left:4px solid #e0a800;padding:.5em 1em;margin:.6em 0}
.explore{display:inline-block;background:#1f2a44;color:#fff;padding:.4em .9em;border-radius:4px;text-decoration:none}
"""

# a tiny, dependency-free sorter: click a header to sort by that column, numbers numerically
_JS = """
(function(){
  function val(td){var t=td.getAttribute('data-v');if(t===null){t=td.textContent;}
    var x=parseFloat(t);return (t.trim()!==''&&!isNaN(x)&&isFinite(t))?x:t.toLowerCase();}
  function sortTable(table,col,th){
    var tb=table.tBodies[0];var rows=Array.prototype.slice.call(tb.rows);
    var asc=!th.classList.contains('asc');
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');
      c.removeAttribute('aria-sort');});
    th.classList.add(asc?'asc':'desc');th.setAttribute('aria-sort',asc?'ascending':'descending');
    rows=rows.map(function(r,i){return [r,i];});
    rows.sort(function(a,b){var x=val(a[0].cells[col]),y=val(b[0].cells[col]);
      var tx=typeof x,ty=typeof y;var c;
      if(tx===ty){c=x<y?-1:(x>y?1:0);}else{c=tx==='number'?-1:1;}
      if(!asc){c=-c;} return c||a[1]-b[1];});
    rows.forEach(function(r){tb.appendChild(r[0]);});
  }
  document.querySelectorAll('table.sortable').forEach(function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
      th.title='click to sort';th.addEventListener('click',function(){sortTable(table,i,th);});});
  });
  // the sticky navigation bar covers the window's top: a section reached from its links, or a control reached
  // with Tab, is scrolled below it (scroll-padding-top, the bar's height however many lines it wraps to; the
  // CSS's 5em is the fallback without script)
  var nav=document.querySelector('nav');
  function pad(){if(nav){document.documentElement.style.scrollPaddingTop=(nav.offsetHeight+8)+'px';}}
  pad();window.addEventListener('resize',pad);
  document.body.setAttribute('data-ready','1');
})();
"""


# ------------------------------------------------------------------------------------------ pieces
def _fmt_cell(v: Any) -> tuple[str, bool]:
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v is pd.NaT:
        return "", False
    if isinstance(v, bool | np.bool_):
        return str(bool(v)).lower(), False
    if isinstance(v, int | np.integer):
        return str(int(v)), True
    if isinstance(v, float | np.floating):
        f = float(v)
        return (f"{f:.4g}" if abs(f) < 1e5 else f"{f:.4e}"), True
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d"), False
    return str(v), False


def _th(label: str) -> str:
    """A column header cell of a sortable table: ``scope="col"`` (WCAG technique H63) and its sort control a
    button, so it is reached with Tab and pressed with Enter or Space, and a screen reader announces it as one
    (WCAG 2.1.1; the WAI-ARIA Authoring Practices' sortable table). The page's script sorts on its click and
    sets ``aria-sort``. A header cell with a mouse click handler alone could not be sorted from the keyboard."""
    return f'<th scope="col"><button type="button">{html.escape(label)}</button></th>'


def _scroll_box(label: str) -> str:
    """The opening tag of the box a wide table scrolls in: focusable, so the keyboard scrolls it too, and a
    named region (axe's rule scrollable-region-focusable; WCAG 2.1.1)."""
    return f'<div class="tablewrap" tabindex="0" role="region" aria-label="{html.escape(label)}">'


def html_table(df: pd.DataFrame, *, max_rows: int = 300, cls: str = "sortable", table_id: str | None = None,
               csv_name: str | None = None) -> str:
    """An HTML table with a sortable header; at most ``max_rows`` rows, with a note pointing at the CSV.

    The table sits in a box that scrolls both ways, so a wide table is never clipped."""
    shown = df.head(max_rows)
    head = "".join(_th(str(c)) for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for v in row:
            text, num = _fmt_cell(v)
            raw = f' data-v="{html.escape(repr(float(v)))}"' if num else ""
            if num:
                cells.append(f'<td class="num"{raw}>{html.escape(text)}</td>')
            else:
                wide = ' class="txt"' if len(text) > 60 else ""  # long text gets room, not a thin column
                cells.append(f"<td{wide}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    idattr = f' id="{table_id}"' if table_id else ""
    note = ""
    if len(df) > max_rows:
        note = (f'<p class="note">Showing the first {max_rows:,} of {len(df):,} rows'
                + (f"; the full table is <code>tables/{html.escape(csv_name)}</code>." if csv_name else ".") + "</p>")
    elif csv_name:
        note = f'<p class="note">{len(df):,} rows; also in <code>tables/{html.escape(csv_name)}</code>.</p>'
    label = f"table {csv_name or table_id or ''}".strip() + " (scrolls)"
    return (f'{_scroll_box(label)}<table class="{cls}"{idattr}><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>{note}")


#: a quotation longer than this many characters is shown shortened in the page's quotation table
QUOTE_SHOWN_CHARS = 300


def quotations_shown(quotes: pd.DataFrame, csv_name: str, limit: int = QUOTE_SHOWN_CHARS) -> pd.DataFrame:
    """The quotation table as the page shows it: a ``text`` longer than ``limit`` characters is cut at a word
    boundary and ends with a marker that says it was shortened, its full length, the quotation finder's flag
    (``anomaly``) where it has one, and the file that holds it whole; ``characters`` gives every quotation's
    length, so the table sorts by it. A quotation whose closing mark is missing runs to the end of its
    paragraph (``anomaly`` 'unclosed: ... closed at paragraph end'): shown whole, one such quotation of a UN
    speech filled a cell with 8,462 characters, and the flag that explains it sat beyond it. The CSV is not
    shortened."""
    if "text" not in quotes.columns:
        return quotes
    text = quotes["text"].astype("string")
    n = text.str.len()
    shown = text.copy()
    long = (n > limit).fillna(False).to_numpy()
    anomaly = quotes["anomaly"] if "anomaly" in quotes.columns else pd.Series(None, index=quotes.index)
    for i in np.flatnonzero(long):
        t = str(text.iloc[i])
        head = t[:limit]
        cut = head.rfind(" ")
        head = head[:cut] if cut > limit // 2 else head
        flag = anomaly.iloc[i]
        flag = f"; flagged: {flag}" if isinstance(flag, str) and flag else ""
        shown.iloc[i] = (f"{head.rstrip()} \u2026 [shortened here: {len(t):,} characters in all{flag}; the whole "
                         f"quotation is in tables/{csv_name}]")
    out = quotes.assign(text=shown)
    cols = list(out.columns)
    out.insert(cols.index("text"), "characters", n.astype("Int64"))
    return out


def _lexicon_argument(lexicon: Any) -> str:
    """How a call names the report's lexicon: a bundled one by its name, one read from a file by its path,
    any other (a dict, a Lexicon built in code) as the lexicon the page's header names."""
    from ..lexicon import list_lexicons

    origin = Path(str(getattr(lexicon, "origin", "")))
    bundled = Path(__file__).resolve().parents[1] / "lexicons"
    if origin.suffix and origin.is_file() and bundled not in origin.resolve().parents:
        return repr(str(origin))
    if lexicon.name in set(list_lexicons()["name"]):
        return repr(lexicon.name)
    return f"<the lexicon {lexicon.name!r} above>"


def _img(path: Path, alt: str) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _kwic_block(a: Analysis, max_lines: int = 40) -> str:
    """Per group and frame: the score and the concordance lines of the matches behind it."""
    m = a.matches
    if m.empty:
        return f"<p>No term of the lexicon {html.escape(a.lexicon.name)!s} occurs in this corpus.</p>"
    by = a.by if a.by in m.columns else None
    if by is None:
        groups = a.tokens.drop_duplicates("doc_id").set_index("doc_id")[a.by]
        m = m.assign(**{a.by: m["doc_id"].map(groups)})
        by = a.by
    try:
        counts = a.frame_counts
    except ValueError:  # no rates (the reason is said with the frame_counts table)
        counts = pd.DataFrame()
    rate_of: dict[tuple[str, str], float] = {}
    if {"rate", "frame", a.by}.issubset(counts.columns):
        cc = counts[counts["voice"] == "all"] if "voice" in counts and (counts["voice"] == "all").any() else counts
        rate_of = cc.assign(_g=group_labels(cc[a.by])).groupby(["_g", "frame"])["rate"].sum().to_dict()
    use = a.use_column
    parts = []
    labels = group_labels(m[by])
    present = set(labels)  # once, not once per group
    for g in [g for g in a.group_order if g in present] + sorted(present - set(a.group_order)):
        inner = []
        sub_g = m[labels == g]
        for f in [c for c in a.lexicon.categories if c in set(sub_g["frame"])]:
            sub = sub_g[sub_g["frame"] == f]
            rate = rate_of.get((g, f))
            label = f"{html.escape(f)}: {len(sub)} hits" + (f", {rate:.2f} per 1,000 words" if rate is not None else "")
            if use is not None:
                st = sub[use].astype(str).value_counts()
                label += " (" + ", ".join(f"{html.escape(k)} {int(n)}" for k, n in sorted(st.items())) + ")"
            rows = []
            for r in sub.head(max_lines).itertuples(index=False):
                voice = getattr(r, "voice", "")
                spk = getattr(r, "speaker", None)
                who = html.escape(str(voice)) + (f" ({html.escape(str(spk))})" if isinstance(spk, str) and spk else "")
                how = getattr(r, use, "") if use else ""
                cue = getattr(r, "cue", None)
                how = html.escape(str(how)) + (f" ({html.escape(str(cue))})" if isinstance(cue, str) and cue else "")
                rows.append(
                    f'<tr><td>{html.escape(str(r.doc_id))}</td><td class="l">{html.escape(str(getattr(r, "left", "")))}</td>'
                    f'<td class="m">{html.escape(str(r.matched))}</td><td class="r">{html.escape(str(getattr(r, "right", "")))}</td>'
                    f"<td>{who}</td><td>{how}</td></tr>")
            more = f'<p class="note">{len(sub) - max_lines} more in tables/frame_terms.csv</p>' if len(sub) > max_lines else ""
            heads = "".join(_th(h) for h in ["doc", "left", "match", "right", "voice", use or "use"])
            inner.append(f"<details><summary>{label}</summary>{_scroll_box(f'concordance of {g}, {f} (scrolls)')}"
                         f"<table class=\"kwic sortable\"><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
                         f"</div>{more}</details>")
        parts.append(f"<h3>{html.escape(g)}</h3>" + "".join(inner))
    return "".join(parts)


# ------------------------------------------------------------------------------------------ summary
def _agreement_words(check: pd.DataFrame, n_docs: int) -> str:
    """The rank correlation of the lexicon-free check and what limits it: few groups (a rank correlation of
    three or four groups is +1 or -1 by chance often) or few documents (word vectors need much text). It said
    "unreliable with few documents" for 1,100 UN speeches in three groups, where the groups were the limit."""
    rho, n = check.attrs.get("spearman", float("nan")), int(check.attrs.get("n_groups", len(check)))
    limits = []
    if n < 10:
        limits.append(f"over {n} groups, so it says little: with few groups a rank correlation is far from 0 by "
                      "chance")
    if n_docs < 200:
        limits.append(f"from {n_docs} documents, few for word vectors")
    return f"{rho:.2f}" + (f" ({'; '.join(limits)})." if limits else ".")


#: a pole whose most frequent counted entry makes at least this share of its counted hits gets a caveat
DOMINANT_ENTRY_SHARE = 0.4


#: the share of groups of 6 to 30 documents whose nominal 95 % balance interval held the true balance in the
#: seeded simulations of README "Choosing the interval" (benchmarks/validate_interval_coverage.py; the lowest and
#: highest cell of each interval's rows, with and without a document effect): the report's caveat quotes the
#: figure of the interval it was built with
SIMULATED_COVERAGE = {"percentile": "85-94 %", "expanded": "92-95 %", "bca": "84-94 %"}


def _num(x: float) -> str:
    return f"{x:+.2f}"


def summary_items(a: Analysis, tables: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """The findings in plain sentences (HTML-escaped), generated from the tables: ``lean`` (one item per
    group), ``voice``, ``keyness`` and ``caveats``."""
    esc = html.escape
    pos, neg = a.poles
    out: dict[str, list[str]] = {"lean": [], "voice": [], "keyness": [], "caveats": []}
    few_units: list[str] = []  # groups whose interval rests on too few units with a pole hit to call a lean
    docs = a.corpus.documents
    n_docs = group_labels(docs[a.by]).value_counts()

    # which group leans which way: in its own (author) voice, as frame_scores ranks documents; the "all" row adds
    # the quoted speakers' hits to the outlet's own (on the seeds Al Bawaba "showed no clear lean", +0.40, though
    # its own voice leans rights and the vendors it quotes lean promotional; a user audit)
    b = a.balance if "frame_balance" in tables else None
    if b is not None and len(b):
        b = b[b["level"] == "group"]
        b = b.assign(_g=group_labels(b[a.by]))
        others = b[b["voice"].isin(["quoted", "reported"])]
        b = b[b["voice"] == "author"]
        with_balance = set(b["_g"])
        m_all = a.matches
        in_author = (m_all["frame"].isin(a.poles) & (m_all["voice"] == "author")).to_numpy() if len(m_all) else []
        other_uses = (group_labels(m_all[a.by])[in_author].value_counts() if len(m_all) else pd.Series(dtype=int))
        # a pole with no evaluative hit in any group's own voice: every balance counts the other pole alone
        # (log((n + s) / s)), a confident-looking lean that compares nothing when the pole's entries are misspelt (a
        # user audit: every group "leans sovereignty +5.47 [4.92, 5.87]"), and a one-pole count when the corpus
        # truly never words it: each lean line and the caveats say so
        tot_p, tot_n = int(b["n_positive"].sum()), int(b["n_negative"].sum())
        empty_pole = (pos if tot_p == 0 else neg) if (tot_p == 0) != (tot_n == 0) else None
        if empty_pole is not None:
            out["caveats"].append(
                f"No group has an evaluative hit of <b>{esc(empty_pole)}</b> in its own voice, so no balance "
                f"compares the two poles: each lean counts the other pole alone. If the corpus should word "
                f"{esc(empty_pole)}, check the lexicon's entries against it (Lexicon.check(tokens), and the "
                "lexicon_check.csv that discourse frames writes, list entries with no hits).")
        # the units (documents, or paragraphs of a one-document group) holding the counted hits of each group and
        # voice, which the interval resamples: the evaluative pole hits, as the balance rows count them
        unit_of = b.set_index("_g")["unit"].astype(str).to_dict()
        hit_units: dict[tuple[str, str], int] = {}
        if len(m_all):
            counted_hits = m_all[(m_all["frame"].isin(a.poles) & (m_all["use"] == "evaluative")).to_numpy()]
            for (g, v), sub in counted_hits.groupby([group_labels(counted_hits[a.by]), counted_hits["voice"].astype(str)],
                                                   sort=False):
                hit_units[(g, v)] = (len(set(zip(sub["doc_id"].astype(str), sub["paragraph"], strict=True)))
                                     if unit_of.get(g) == "paragraph" else sub["doc_id"].nunique())
        for g in [g for g in a.group_order if g in with_balance]:
            r = b[b["_g"] == g].iloc[0]
            n_p, n_n = int(r["n_positive"]), int(r["n_negative"])
            # the balance counts evaluative hits (uses="evaluative"): say so, as the voice lines count every use
            counts = f"{n_p} {esc(pos)} : {n_n} {esc(neg)} evaluative hits in {int(n_docs.get(g, 0))} document(s)"
            called = None  # the pole the author's voice is called to lean to
            if n_p + n_n == 0:
                k = int(other_uses.get(g, 0))
                line = (f"<b>{esc(g)}</b>: no evaluative hit of either pole in its own voice in "
                        f"{int(r['n_tokens']):,} words" + (f" ({k} pole hit(s) of other uses: names, scare quotes, "
                                                           "reported)" if k else "") + "; no balance estimated")
            elif n_p + n_n < MIN_POLE_HITS:
                line = (f"<b>{esc(g)}</b>: in its own voice only {counts}; too few pole hits (fewer than "
                        f"{MIN_POLE_HITS}) to estimate a lean")
            else:
                lo, hi, v = float(r["ci_low"]), float(r["ci_high"]), float(r["balance"])
                if np.isnan(lo) or np.isnan(hi):
                    # no interval, so no lean is called from the sign alone; say why (frame_balance gives none
                    # when its pole hits all come from one unit, however many units there are)
                    lean, ci = "has no interval", ("intervals turned off (n_boot=0)" if a.n_boot == 0
                                                   else "a single unit to resample" if int(r["n_units"]) < 2
                                                   else f"its pole hits all come from one {esc(str(r['unit']))}")
                elif (k := hit_units.get((g, "author"), 0)) < min_units(float(r["ci"])):
                    # a resample's balance stays within the range of the balances of its units with a pole hit, so
                    # an interval over 2-5 of them holds the true balance at most 50-94 % of the time
                    # (resample.range_coverage; 48 % and 74 % for 2 and 3 documents in simulations with known
                    # rates): it had been called a 95 % lean
                    few_units.append(g)
                    lean, ci = "has an interval over too few units to call a lean", (
                        f"interval [{_num(lo)}, {_num(hi)}] from only {k} {esc(str(r['unit']))}s with a pole hit, "
                        f"which holds the true balance at most {100 * range_coverage(k):.0f} % of the time, not 95 %")
                elif lo > 0:
                    called = pos
                    lean, ci = f"leans <b>{esc(pos)}</b>", f"95% interval [{_num(lo)}, {_num(hi)}]"
                elif hi < 0:
                    called = neg
                    lean, ci = f"leans <b>{esc(neg)}</b>", f"95% interval [{_num(lo)}, {_num(hi)}]"
                else:
                    lean, ci = "shows no clear lean", f"95% interval [{_num(lo)}, {_num(hi)}] includes 0"
                line = f"<b>{esc(g)}</b>, in its own voice, {lean}: balance {_num(v)}, {ci}; {counts}"
            # the voices it quotes or reports, where they lean clearly and not as the outlet's own voice does
            for _, o in others[others["_g"] == g].iterrows():
                o_p, o_n, o_lo, o_hi = int(o["n_positive"]), int(o["n_negative"]), float(o["ci_low"]), float(o["ci_high"])
                o_pole = pos if o_lo > 0 else neg if o_hi < 0 else None  # (a missing interval gives None)
                if o_p + o_n < MIN_POLE_HITS or o_pole is None or o_pole == called:
                    continue
                if hit_units.get((g, str(o["voice"])), 0) < min_units(float(o["ci"])):
                    continue  # an interval over too few units with a hit calls no lean (as for the group's own)
                who = "the voices it quotes" if o["voice"] == "quoted" else "the speakers it reports"
                line += (f"; {who} lean <b>{esc(o_pole)}</b> (balance {_num(float(o['balance']))}, 95% interval "
                         f"[{_num(o_lo)}, {_num(o_hi)}]; {o_p} : {o_n} evaluative hits)")
            if empty_pole is not None and n_p + n_n:
                line += (f" (no group has a hit of {esc(empty_pole)} in its own voice: this counts "
                         f"{esc(neg if empty_pole == pos else pos)} hits alone)")
            out["lean"].append(line + ".")

    # who voices which frame
    m = a.matches
    if len(m):
        for f in a.poles:
            sub = m[m["frame"] == f]
            if sub.empty:
                out["voice"].append(f"No hit of <b>{esc(f)}</b>.")
                continue
            n = len(sub)
            in_author = (sub["voice"] == "author").to_numpy() if "voice" in sub else np.zeros(n, dtype=bool)
            evaluative = (sub["use"] == "evaluative").to_numpy() if "use" in sub else np.ones(n, dtype=bool)
            author, author_eval = int(in_author.sum()), int((in_author & evaluative).sum())
            # hits in the authors' sentences whose use is reported: the claim a fact-check labels ("Claim: ...", a
            # "What was claimed" heading), a stance noun's content ("the claim that ..."); the claimant's words, not the
            # authors' framing, so the line counts them apart (it had given every one as the authors' own voice)
            author_rep = (int((in_author & (sub["use"] == "reported").to_numpy()).sum()) if "use" in sub else 0)
            spk = sub[~in_author]["speaker"].dropna().astype(str) if "speaker" in sub else pd.Series()
            counted = spk[spk.str.strip() != ""].value_counts()
            # the three most frequent speakers by name; the rest and the hits without a named speaker as numbers,
            # so the parts add up to the quoted or reported hits (the sentence named three and left out the rest)
            who = ", ".join(f"{esc(s)} ({int(k)})" for s, k in counted.head(3).items())
            if len(counted) > 3:
                n_more, k_more = len(counted) - 3, int(counted.iloc[3:].sum())
                who += (f" and {n_more} more speaker{'s' if n_more > 1 else ''} "
                        f"({k_more} hit{'s' if k_more > 1 else ''})")
            unnamed = n - author - int(counted.sum())
            out["voice"].append(f"<b>{esc(f)}</b>: {n} hits of every use ({int(evaluative.sum())} evaluative), "
                                f"{author} ({author / n:.0%}) in the authors' own voice ({author_eval} of them "
                                f"evaluative), "
                                + (f"{author_rep} of them reported (a claim the authors label or attribute, "
                                   f"\"Claim: ...\", \"the claim that ...\"), " if author_rep else "")
                                + f"{n - author} quoted or reported"
                                + (f"; {'most ' if len(counted) and counted.iloc[0] > 1 else ''}by {who}"
                                   if who else "")
                                + (f"; {unnamed} with no named speaker" if unnamed else "") + ".")

    # key terms
    kw = tables.get("keyness")
    if kw is not None and len(kw):
        targets = set(map(str, kw["target"].unique()))
        strong = kw[(kw["n_target"] + kw["n_reference"] >= 3) & (kw["log_odds_z"] >= 1.96)]
        strong_target = strong["target"].astype(str)
        for g in [g for g in a.group_order if g in targets]:
            k = strong[strong_target == g]
            k = k.sort_values(["log_odds_z", "term"], ascending=[False, True], kind="stable").head(5)
            if k.empty:
                out["keyness"].append(f"<b>{esc(g)}</b>: no term stands out against the rest (log-odds z ≥ 1.96, "
                                      "seen 3+ times).")
            else:
                terms = ", ".join(f"{esc(str(t))} (z {z:.1f}; {int(x)} vs {int(y)})" for t, z, x, y in
                                  zip(k["term"], k["log_odds_z"], k["n_target"], k["n_reference"], strict=True))
                out["keyness"].append(f"<b>{esc(g)}</b>: {terms}.")

    # caveats
    if len(docs) < 20:
        out["caveats"].append(f"Only {len(docs)} documents: the numbers describe these texts, not the outlets "
                              "or the period they come from.")
    single = sorted(g for g, n in n_docs.items() if n < 2)
    if single:
        out["caveats"].append(f"{len(single)} group(s) with a single document ({esc(', '.join(single[:8]))}"
                              f"{', ...' if len(single) > 8 else ''}): their intervals resample paragraphs of one "
                              "text, which understates the uncertainty about the group.")
    if few_units:
        k = min_units(0.95) - 1
        out["caveats"].append(
            f"{len(few_units)} group(s) whose evaluative pole hits fall in only 2 to {k} units (documents, or "
            f"paragraphs of a one-document group: {esc(', '.join(few_units[:8]))}{', ...' if len(few_units) > 8 else ''})"
            f": a resampled balance stays within the range of those units' own, so their intervals hold the true "
            f"balance at most {100 * range_coverage(2):.0f} % (2 units) to {100 * range_coverage(k):.0f} % ({k}) of the "
            "time, not 95 %, and no lean is called for them; with 6 to 30 documents the intervals still hold it "
            f"somewhat less often than 95 % ({SIMULATED_COVERAGE[a.interval]} in simulations with known rates: README, "
            "\"Choosing the interval\").")
    if b is not None and len(b):
        hits = b["n_positive"] + b["n_negative"]
        few = b[(hits > 0) & (hits < MIN_POLE_HITS)]
        if len(few):
            out["caveats"].append(f"{len(few)} group(s) with fewer than {MIN_POLE_HITS} pole hits: drawn hollow, "
                                  "not summarised as a lean.")
    m_eval = m[m["use"] == "evaluative"] if len(m) and "use" in m else m.iloc[:0]
    for f in a.poles:
        counted = m_eval.loc[m_eval["frame"] == f, "entry"].value_counts()
        if counted.sum() >= MIN_POLE_HITS and counted.iloc[0] / counted.sum() >= DOMINANT_ENTRY_SHARE:
            # one word carrying most of a pole (on UN speeches 'sustainable', the development goals, made the
            # promotional pole: a user's walkthrough) measures that word, not the frame the lexicon was built for
            out["caveats"].append(
                f"<b>{esc(f)}</b>: one entry, '{esc(str(counted.index[0]))}', makes {counted.iloc[0] / counted.sum():.0%} "
                f"of its counted hits ({int(counted.iloc[0])} of {int(counted.sum())}): the balance mostly follows "
                "that word. Read its hits in frame_terms.csv and the leave-one-term-out change in "
                "frame_sensitivity.csv before reading a lean as a frame; a lexicon built for another debate may "
                "not fit this corpus.")
    check = tables.get("lexicon_free_check")
    if check is not None and check.attrs.get("spearman", 0) < 0 and check.attrs.get("n_groups", 0) >= 3:
        out["caveats"].append(f"The lexicon-free check ranks the groups the other way (rank correlation "
                              f"{check.attrs['spearman']:+.2f} over {int(check.attrs['n_groups'])} groups): the "
                              "lexicon's poles and the corpus's own vocabulary do not agree on who leans where.")
    for section, msg in a.notes:
        out["caveats"].append(f"{esc(section)}: {esc(msg)}.")
    return out


def _summary_html(a: Analysis, tables: dict[str, pd.DataFrame], explore: tuple[str, str] | None) -> str:
    items = summary_items(a, tables)
    pos, neg = a.poles
    parts = [f"<p>Balance of <b>{html.escape(pos)}</b> against <b>{html.escape(neg)}</b> lexicon hits (log-odds; "
             f"&gt; 0 leans {html.escape(pos)}), in each group's own (author) voice, by "
             f"<code>{html.escape(a.by)}</code>; the voices a group quotes or reports are added where they lean "
             "otherwise (all voices together: the frame balance figure and table):</p>"]
    parts.append("<ul id=\"summary-lean\">" + "".join(f"<li>{x}</li>" for x in items["lean"]) + "</ul>"
                 if items["lean"] else "<p>No balance could be computed.</p>")
    if items["voice"]:
        parts.append("<p>Who voices the poles:</p><ul id=\"summary-voice\">"
                     + "".join(f"<li>{x}</li>" for x in items["voice"]) + "</ul>")
    if items["keyness"]:
        parts.append("<p>Most key terms of each group against the rest (log-odds with informative prior, "
                     "Monroe et al. 2008; its z counts every word as an independent draw, so z ≥ 1.96 is a ranking "
                     "of terms, not a test of a difference between the groups):</p><ul id=\"summary-keyness\">"
                     + "".join(f"<li>{x}</li>" for x in items["keyness"]) + "</ul>")
    if explore:
        parts.append(f'<p><a class="explore" id="explore-link" href="{html.escape(explore[0])}">Explore the '
                     f"vocabulary: {html.escape(explore[1])}</a> (every term by frequency and association; search, hover, "
                     "click for its lines).</p>")
    if items["caveats"]:
        parts.append('<div class="caveat" id="summary-caveats"><b>Read with care:</b><ul>'
                     + "".join(f"<li>{x}</li>" for x in items["caveats"]) + "</ul></div>")
    return "".join(parts)


# ------------------------------------------------------------------------------------------ page
def _made_by(a: Analysis, prov: dict[str, Any]) -> str:
    """The header's line on what produced the numbers: the program and its version, the lexicon, its version
    and hash, and the options the numbers depend on, with a link to the full record. A page printed or
    published on its own is read from the top; these had been only in the JSON record at its end."""
    version = (prov.get("packages") or {}).get("discourse") or "(version unknown)"
    lex = a.lexicon
    pos, neg = a.poles
    opts = [f"by={a.by}", f"poles={pos},{neg}", f"n_boot={a.n_boot}", f"interval={a.interval}",
            f"random_state={a.random_state}"]
    code = (prov.get("code") or {}).get("sha256")
    if code:  # the version number is the same at every revision of a checkout; the code's hash is not
        version = f"{version} (code sha256 {str(code)[:12]}…)"
    return (f"<p>Made with discourse {html.escape(str(version))}, lexicon <b>{html.escape(lex.name)}</b> "
            f"v{html.escape(str(lex.version))} (sha256 <code>{html.escape(lex.hash[:16])}</code>…), options "
            f"<code>{html.escape(' '.join(opts))}</code>; every option, seed and package version under "
            '<a href="#provenance">Provenance</a>.</p>')


def render(a: Analysis, figures, tables: dict[str, pd.DataFrame], prov: dict[str, Any], *,
           files: Sequence[str] = (), warned: Sequence[str] = (), explore: tuple[str, str] | None = None) -> str:
    """The whole page as a string. ``figures``: (Figure, png path or None, reason or None) triples;
    ``tables``: the tables written (name -> DataFrame); ``files``: every file this run writes (relative
    paths); ``warned``: warnings raised while computing; ``explore``: (relative link, title) of the explorer
    page."""
    docs = a.corpus.documents
    title = f"discourse report: {a.corpus.name}"
    lex = a.lexicon
    pos, neg = a.poles
    fig_html = {}
    for spec, png, reason in figures:
        if png is None:
            fig_html[spec.name] = (f'<p class="note"><b>{html.escape(spec.title)}</b>: not drawn, '
                                   f"{html.escape(reason or '')}.</p>")
        else:
            note = figure_note(spec, a)
            fig_html[spec.name] = (f'<figure id="fig-{spec.name}">{_img(png, figure_alt(spec, a))}<figcaption><b>'
                                   f"{html.escape(spec.title)}.</b> {html.escape(figure_caption(spec, a) + note)} "
                                   # linked, not only named: a figure wider than the page is shrunk to fit it
                                   # (the frame-rates grid's labels to a third of their size), the SVG is sharp
                                   # at any size
                                   f'Full size: <a href="figures/{spec.name}.svg"><code>figures/{spec.name}.svg'
                                   f'</code></a>, <a href="figures/{spec.name}.png"><code>.png</code></a>.'
                                   "</figcaption></figure>")

    def tbl(name: str, max_rows: int = 300, cols: Sequence[str] | None = None) -> str:
        if name not in tables:
            why = next((m for s, m in a.notes if s == name), "not computed")
            return f'<p class="note">Table <code>{html.escape(name)}</code>: {html.escape(why)}.</p>'
        df = tables[name]
        if name == "quotations":
            df = quotations_shown(df, table_file(name, df))
            cols = None if cols is None else [*cols[:cols.index("text")], "characters", *cols[cols.index("text"):]]
            if a.by not in df.columns:  # the group the report compares (a decade, a desk), beside the document
                groups = group_labels(docs.set_index("doc_id")[a.by])
                df = df.assign(**{a.by: df["doc_id"].map(groups)})
                cols = None if cols is None else [*cols[:1], a.by, *cols[1:]]
        if cols is not None:
            df = df[[c for c in cols if c in df.columns]]
        return html_table(df, max_rows=max_rows, table_id=f"table-{name}", csv_name=table_file(name, tables[name]))

    overview = docs.drop(columns=["text"]).copy()
    overview["characters"] = docs["text"].str.len()
    words = a.tokens.loc[~a.tokens["is_punct"], ["doc_id", "voice"]]  # two columns, not a copy of the table
    overview["words"] = overview["doc_id"].map(words.groupby("doc_id", observed=True).size()).fillna(0).astype(int)
    ov_cols = [c for c in ["doc_id", a.by, "source", "title", "author", "date", "words", "characters"]
               if c in overview.columns]
    overview = overview[list(dict.fromkeys(ov_cols))]
    voice_share = words["voice"].value_counts(normalize=True)

    kw = tables.get("keyness", pd.DataFrame())
    kw_cols = ["target", "term", "n_target", "n_reference", "log_ratio", "g2", "p_adjusted", "log_odds_z",
               "dispersion_target"]
    kw_top = (kw[kw["n_target"] + kw["n_reference"] >= 3].sort_values(["target", "log_odds_z", "term"],
                                                                          ascending=[True, False, True])
              .groupby("target", sort=False).head(25)) if len(kw) else kw
    if len(kw):
        kw_file = table_file("keyness", kw)
        held = (f"every term is in <code>tables/{kw_file}</code>" if a.keyness_is_full else
                f"<code>tables/{kw_file}</code> holds, for every group, the {KEYNESS_TOP} most over- and "
                f"under-used terms by log-odds z and by Log Ratio (terms seen {KEYNESS_MIN_COUNT}+ times), not "
                f"the full table of {a.keyness_rows:,} rows; each row equals that row of the full table, "
                "which <code>discourse.keyness_all</code> gives")
        # what was counted: the lexicon's phrases as terms, stopwords and punctuation left out; another count
        # has another vocabulary, and so another informative prior and other z-scores (a plain count_terms gave
        # 'climate' z 8.45 where the page said 7.09), so the page gives the call that reproduces its numbers
        counted = (f"discourse.keyness_all(discourse.count_terms(tokens, by={a.by!r}, drop_stop=True, "
                   f"lexicon={_lexicon_argument(a.lexicon)}), by={a.by!r})")
        # each group's counted term occurrences: the denominators of every statistic (total_target in the CSV)
        tc = a.term_counts
        totals = tc.groupby(group_labels(tc[a.by]).to_numpy(), sort=False)["n"].sum()
        order = [g for g in a.group_order if g in totals.index] + sorted(set(totals.index) - set(a.group_order))
        listed = ", ".join(f"{html.escape(str(g))} {int(totals[g]):,}" for g in order[:30])
        listed += f" and {len(order) - 30:,} more (total_target in the CSV)" if len(order) > 30 else ""
        kw_html = (f'<p id="keyness-held">Top 25 terms per group by log-odds z (terms seen 3+ times); {held}. '
                   "Counted: words and the lexicon's phrases as terms, stopwords and punctuation left out, as "
                   f"<code>{html.escape(counted)}</code> gives them; each group's counted term occurrences (the "
                   f"denominators): {listed}. {html.escape(P_VALUE_NOTE)}</p>"
                   + html_table(kw_top[[c for c in kw_cols if c in kw_top.columns]], table_id="table-keyness"))
        # (no "N rows; also in tables/keyness.csv" under it: the CSV holds every term, the paragraph above says so)
    else:
        kw_html = tbl("keyness")
    if "topic_terms" in tables:
        packages = ""
        if "frame_package_topics" in tables:
            if a.has_package_structure:
                packages = fig_html["frame_packages"] + tbl("frame_package_topics")
            else:
                packages = ('<p class="note" id="no-packages"><b>Frame packages</b>: no structure. The topic '
                            "network forms a single community (e.g. every topic is linked to every other), so "
                            "there are no frame packages to compare; the network is drawn for reference.</p>"
                            + fig_html["frame_packages"])
        passes = "TopicModel's default passes" if a.topic_passes is None else f"{a.topic_passes} passes"
        # how much text every topic figure rests on, as the model counts it (a paragraph left with no term after
        # filtering is not fitted; a large corpus's sample is said in the notes)
        units = a.topic_model.units_
        fitted = (f"{len(units):,} paragraphs of {units['doc_id'].nunique():,} documents "
                  f"({int(units['n_tokens'].sum()):,} words, {int(units['n_terms'].sum()):,} of them terms the model "
                  "counts)")
        topics_html = (f"<p>{a.n_topics}-topic LDA on {fitted} ({passes}, "
                       f"random_state={a.random_state}).</p>" + tbl("topic_terms") + fig_html["topic_prevalence"]
                       + tbl("topic_prevalence") + fig_html["topic_frames"] + packages)
    else:
        topics_html = tbl("topic_terms")
    unknown = [f"<li><b>{html.escape(s)}</b>: {html.escape(m)}</li>" for s, m in a.notes]
    unknown += [f"<li><b>figure {html.escape(spec.name)}</b>: {html.escape(reason)}</li>"
                for spec, png, reason in figures if png is None and reason]
    unknown += [f"<li><b>warning</b>: {html.escape(w)}</li>" for w in warned]
    files_html = ("<ul id=\"files-list\">" + "".join(f'<li><a href="{html.escape(f)}"><code>{html.escape(f)}</code></a></li>'
                                                 for f in files) + "</ul>")
    sections = [
        ("summary", "Summary of findings", _summary_html(a, tables, explore)),
        ("corpus", "Corpus", f"<p>{len(docs)} documents, {docs[a.by].nunique()} groups in <code>{html.escape(a.by)}"
         f"</code>, {len(words):,} words; {voice_share.get('quoted', 0):.1%} of words are inside speech quotations. "
         f"Cleaning set aside {len(a.corpus.set_aside)} spans ({_aside_kinds(a.corpus.set_aside)}"
         + ("; <code>tables/set_aside.csv</code>" if "set_aside" in tables else "")
         + f"); {len(a.corpus.skipped)} items were skipped while loading.</p>"
         + html_table(overview, table_id="table-documents")),
        ("framing", "Framing",
         f"<p>Lexicon <b>{html.escape(lex.name)}</b> v{html.escape(str(lex.version))} "
         f"(sha256 <code>{html.escape(lex.hash[:16])}</code>…), categories "
         f"{', '.join(html.escape(c) for c in lex.categories)}. The balance index contrasts the poles "
         f"<b>{html.escape(pos)}</b> and <b>{html.escape(neg)}</b>; a row without any pole hit has no balance "
         "(blank), not a balance of 0.</p>"
         + fig_html["frame_balance"] + tbl("frame_balance") + fig_html["frame_rates"] + tbl("frame_counts")
         + fig_html["voice_breakdown"] + fig_html["dispersion"] + fig_html["frames_over_time"]
         + "<h3>Terms that drive each score</h3>" + tbl("frame_contributions")
         + "<h3>How much one term moves the balance (leave one term out)</h3><p>An index whose sign changes "
           "when one term is dropped (<code>sign_change</code>) rests on that term (a balance of exactly 0 counts "
           "as a change whichever term is dropped).</p>"
         + tbl("frame_sensitivity")
         + "<h3>A check that needs no lexicon</h3><p>Latent Semantic Scaling (Watanabe 2021) seeded with the "
           "poles' single-word entries scores every document from the corpus's own word vectors; "
           "<code>lss_mean</code> is the mean document score of each group (z-scores), beside the lexicon "
           "balance. Rank correlation over the groups with " f"{MIN_POLE_HITS}" " or more pole hits: "
         + (_agreement_words(tables["lexicon_free_check"], len(a.corpus.documents))
            if "lexicon_free_check" in tables else "not computed.")
         + "</p>" + tbl("lexicon_free_check")
         + "<h3>Contested sentences (both poles)</h3>" + tbl("contested_sentences", 100)
         + "<h3>Quotations</h3><p>Every quotation found, with its kind (speech or mention), speaker and cue; "
           "these decide the voice of each frame hit. A quotation longer than " f"{QUOTE_SHOWN_CHARS}" " characters "
           "is shortened here, with its length and the quotation finder's flag (<code>anomaly</code>: e.g. "
           "a closing mark never found, so the quotation runs to its paragraph's end); the CSV holds it whole.</p>"
         + tbl("quotations", 300, cols=["doc_id", "source", "quote_id", "kind", "speaker", "cue", "text",
                                        "anomaly"])),
        ("kwic", "Behind each frame score",
         "<p>Every lexicon match, as a concordance line in its document, grouped by group and frame (click to "
         "open). A term in the author's scare quotes or after “so-called” is a <i>distanced</i> use."
         "</p>" + _kwic_block(a)),
        ("keyness", "Keyness", fig_html["keyness"] + fig_html["fightin_words"] + kw_html),
        ("topics", "Topics", topics_html),
        ("not-computed", "What could not be computed, and notes",
         ("<ul id=\"not-computed-list\">" + "".join(unknown) + "</ul>") if unknown
         else "<p>Everything was computed.</p>"),
        ("files", "Files", f"<p>This run made exactly these {len(files)} files (the folder holds nothing else):</p>"
         + files_html),
        ("provenance", "Provenance",
         "<p>Everything needed to reproduce these numbers (also in <code>provenance.json</code>).</p><pre>"
         + html.escape(json.dumps(prov, indent=2, sort_keys=True, ensure_ascii=False)) + "</pre>"),
    ]
    nav = "".join(f'<a href="#{sid}">{html.escape(t)}</a>' for sid, t, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{html.escape(t)}</h2>{content}</section>' for sid, t, content in sections)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body><header><h1>{html.escape(title)}</h1>"
            f"<p>{html.escape(pos.capitalize())} against {html.escape(neg)} framing, keyness and topics, by "
            f"<code>{html.escape(a.by)}</code>. Corpus sha256 <code>{html.escape(a.corpus.hash()[:16])}</code>…</p>"
            f"{_made_by(a, prov)}</header><nav>{nav}</nav><main>{body}</main><script>{_JS}</script></body></html>\n")


def _aside_kinds(aside) -> str:
    """What cleaning set aside, by kind with its count, most first ("apparatus 193, byline 2"): the kinds differ by
    genre (a scholarly corpus sets aside its reference lists and citations, a news corpus its bylines), so the page
    names those of this corpus, not a fixed list."""
    if aside is None or len(aside) == 0:
        return "none"
    counts = aside["kind"].value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    return ", ".join(f"{html.escape(str(k))} {n:,}" for k, n in counts.items())
