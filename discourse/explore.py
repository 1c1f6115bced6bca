"""An interactive, self-contained page to explore the vocabulary of two groups (scattertext-style).

:func:`explore` places every term of a contrast (one group against another, or against all the others) by
its frequency (x) and its association with the target (y: the log-odds ratio z-score with an informative
Dirichlet prior of Monroe, Colaresi & Quinn 2008, or Hardie's 2014 Log Ratio), as Kessler's scattertext
does. The page has a search box, shows a term's counts on hover and its concordance lines (with voice and
speaker) on click; lexicon terms are coloured by frame. Everything is inline (SVG drawn by a small script,
data as JSON): it needs no network and works opened from disk.

The statistics are those of :func:`discourse.keyness`, the lines those of :func:`discourse.kwic`.
"""

from __future__ import annotations

import html
import json
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_columns, check_dataframe, check_type

__all__ = ["explore", "explore_terms"]

_STATS = {"log_odds_z": "log-odds z-score (informative Dirichlet prior; Monroe et al. 2008)",
          "log_ratio": "Log Ratio (binary log of the ratio of relative frequencies; Hardie 2014)"}


def _lexicon(lexicon: Any):
    from .lexicon import Lexicon, load_lexicon

    if lexicon is None or isinstance(lexicon, Lexicon):
        return lexicon
    return load_lexicon(lexicon)


def explore_terms(tokens: pd.DataFrame, *, by: str = "source", target: Any, reference: Any = None,
                  lexicon: Any = "framing", min_count: int = 1, term_counts: pd.DataFrame | None = None
                  ) -> pd.DataFrame:
    """The table behind the explorer: one row per term of the contrast, in descending frequency.

    Terms are counted with :func:`discourse.count_terms` (stopwords dropped; the lexicon's phrases kept
    whole) unless ``term_counts`` is given, and contrasted with :func:`discourse.keyness`. ``min_count``
    leaves out terms seen fewer times in target and reference together; it only removes rows (the log-odds
    prior is over every term), and one that no term reaches gives an empty table with keyness's UserWarning.

    Returns
    -------
    DataFrame with the columns ``term``, ``target``, ``reference`` (group labels; ``rest`` for all other
    groups), ``n_target``, ``n_reference``, ``total_target``, ``total_reference`` (every counted term of each
    side: the denominators of the relative frequencies), ``frequency`` (``n_target + n_reference``), ``rank``
    (1 = most frequent; ties by term), ``log_odds_z``,
    ``log_ratio``, ``g2``, ``p_adjusted`` (from :func:`discourse.keyness`) and ``frame`` (the lexicon
    category the term matches; missing for other terms or without a lexicon).
    """
    from .counts import count_terms
    from .keyness import keyness

    check_dataframe("tokens", tokens)
    check_type("by", by, str, "a column name (str)")
    check_columns(tokens, [by], "tokens (by=)")
    values = list(pd.unique(tokens[by].dropna()))
    groups = sorted(map(str, values))

    def present(v: Any) -> bool:
        # a group is found as keyness finds it: equal as a value (1 for a float column's 1.0) or as written
        return any(g == v or str(g) == str(v) for g in values)

    if not present(target):
        raise ValueError(f"target {target!r} not found in column {by!r}; available: {_fmt(groups)}")
    for r in as_list(reference) if not isinstance(reference, pd.DataFrame) else []:
        if not present(r):
            raise ValueError(f"reference {r!r} not found in column {by!r}; available: {_fmt(groups)}")
        if str(r) == str(target) or r == target:
            raise ValueError(f"reference {r!r} is the target; contrast the target with another group or None "
                             "(all other groups)")
    if reference is None and len(groups) < 2:
        raise ValueError(f"column {by!r} holds one group ({groups[0]!r}); the explorer contrasts two")
    lex = _lexicon(lexicon)
    counts = term_counts if term_counts is not None else count_terms(tokens, by=by, drop_stop=True, lexicon=lex)
    k = keyness(counts, by=by, target=target, reference=reference, min_count=min_count, sort="term")
    k = k.assign(frequency=k["n_target"] + k["n_reference"])
    k = k[k["frequency"] > 0].sort_values(["frequency", "term"], ascending=[False, True], kind="stable")
    k = k.reset_index(drop=True)
    k["rank"] = np.arange(1, len(k) + 1)
    if lex is not None and len(k):
        found = lex.lookup(k["term"].astype(str))
        k["frame"] = k["term"].astype(str).map(dict(zip(found["term"], found["frame"], strict=True)))
    else:
        k["frame"] = None
    cols = ["term", "target", "reference", "n_target", "n_reference", "total_target", "total_reference",
            "frequency", "rank", "log_odds_z",
            "log_ratio", "g2", "p_adjusted", "frame"]
    return k[cols]


def explore(tokens: pd.DataFrame, *, by: str = "source", target: Any, reference: Any = None,
            lexicon: Any = "framing", corpus=None, out: str | Path = "explore.html", min_count: int = 1,
            max_terms: int = 5000, kwic_terms: int = 400, kwic_lines: int = 15, window: int = 8,
            term_counts: pd.DataFrame | None = None, title: str | None = None, note: str | None = None) -> Path:
    """Write a self-contained interactive page that places every term of a contrast by frequency and
    association; return its path.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize` (with voice columns for the voice and speaker of each line).
    by : str
        Group column of ``tokens``.
    target : value of ``by``
        The group whose over-used terms point up.
    reference : None, a value or a list of values
        ``None``: all other groups together; otherwise the group(s) to contrast with.
    lexicon : str, path, Lexicon or None
        Its phrases are counted as one term and its terms coloured by frame (default ``framing``).
    corpus : Corpus, optional
        Concordance lines cut from the original text (see :func:`discourse.kwic`).
    out : path
        The HTML file to write.
    min_count : int
        Leave out terms seen fewer times in target and reference together (rows only: the log-odds prior is
        over every term, as in :func:`discourse.keyness`). A ``min_count`` that no term reaches is a
        ValueError naming the largest count.
    max_terms : int
        Place at most this many terms, the most frequent (the page says how many were left out).
    kwic_terms, kwic_lines, window : int
        Concordance lines are stored for the lexicon terms and the ``kwic_terms`` terms most associated
        with either side (largest absolute z), at most ``kwic_lines`` per term, with ``window`` tokens of
        context; clicking another term says where to get its lines.
    term_counts : DataFrame, optional
        Counts from :func:`discourse.count_terms` grouped by ``by``, when already computed.
    title : str, optional
        Page title (default: "target vs reference").
    note : str, optional
        A sentence the page shows under its header, saying how the concordance lines were sampled when
        ``tokens`` holds only some of the documents that ``term_counts`` counts (as the report does on a
        large corpus); a term's lines are then called a sample, not "the first ones".

    Returns
    -------
    Path of the page. It embeds the terms (see :func:`explore_terms`) and the lines as JSON, and draws the
    plot with inline script: no network, no other file.
    """
    from .concordance import kwic
    from .lexicon import Lexicon

    for name, v in (("max_terms", max_terms), ("kwic_terms", kwic_terms), ("kwic_lines", kwic_lines),
                    ("window", window), ("min_count", min_count)):
        check_type(name, v, int, "an int")
        if v < (0 if name in ("kwic_terms", "kwic_lines") else 1):
            raise ValueError(f"{name}={v!r} must be at least {0 if name in ('kwic_terms', 'kwic_lines') else 1}")
    check_type("note", note, (str, type(None)), "a sentence (str) or None")
    lex = _lexicon(lexicon)
    with warnings.catch_warnings():  # an empty table for min_count is the error below, naming min_count
        warnings.filterwarnings("ignore", message=r"keyness: no term reaches min_count", category=UserWarning)
        terms = explore_terms(tokens, by=by, target=target, reference=reference, lexicon=lex,
                              min_count=min_count, term_counts=term_counts)
    if terms.empty:
        if min_count > 1:
            every = explore_terms(tokens, by=by, target=target, reference=reference, lexicon=lex, min_count=1,
                                  term_counts=term_counts)
            if len(every):
                most = int(every["frequency"].max())
                raise ValueError(f"no term reaches min_count={min_count} in {target!r} and its reference (the most "
                                 f"frequent term occurs {most:,} times): nothing to explore; lower min_count to at "
                                 f"most {most:,}")
        raise ValueError(f"no term is counted in {target!r} or its reference: nothing to explore")
    n_all = len(terms)
    terms = terms.head(max_terms)
    tgt, ref = str(terms["target"].iloc[0]), str(terms["reference"].iloc[0])
    # the page names what it compared: keyness calls all other groups together "rest", which a reader of the
    # page cannot resolve, so they are listed; the totals are the denominators of every statistic
    if reference is None:
        ref = "all other groups"
        counted = term_counts if term_counts is not None else tokens
        ref_groups = sorted(g for g in map(str, pd.unique(counted[by].dropna())) if g != tgt)
    else:
        ref_groups = [str(r) for r in as_list(reference)]

    # concordance lines for the lexicon terms and the most associated terms
    z = terms["log_odds_z"].astype(float).abs().fillna(0)
    chosen = terms.assign(_z=z).sort_values(["_z", "term"], ascending=[False, True], kind="stable")
    chosen = chosen[~chosen["term"].astype(str).str.contains(r"[*?]", regex=True)]
    wanted = list(dict.fromkeys(list(terms.loc[terms["frame"].notna(), "term"].astype(str))
                                + list(chosen["term"].astype(str).head(kwic_terms))))
    lines: dict[str, list[list[Any]]] = {}
    if wanted and kwic_lines > 0:
        groups = [str(target)] + ([str(r) for r in as_list(reference)] if reference is not None else [])
        sub = tokens if reference is None else tokens[tokens[by].astype(str).isin(groups)]
        found = kwic(sub, wanted, window=window, metadata=[by], corpus=corpus)
        # kwic names each hit by its pattern as a lexicon entry writes it, and the pattern reader splits some
        # counted tokens ("5g" -> "5 g", "us$4" -> "us $4"): map the entries back to the terms asked for
        term_of: dict[str, str] = {}
        named = set(found["pattern"])
        for w in wanted:
            term_of.setdefault(w, w)
            if w not in named:
                term_of.setdefault(Lexicon([("term", w)], name="explore", origin="explore").entries[0].pattern, w)
        found = found.assign(pattern=found["pattern"].map(term_of))
        found = found[found["pattern"].notna()]
        found = found.groupby("pattern", sort=False).head(kwic_lines)
        for row in found.itertuples(index=False):
            spk = getattr(row, "speaker", None)
            lines.setdefault(str(row.pattern), []).append([
                str(row.doc_id), str(getattr(row, by)), str(row.left), str(row.match), str(row.right),
                str(getattr(row, "voice", "") or ""), spk if isinstance(spk, str) else ""])
    frames = [f for f in (lex.categories if lex is not None else []) if f in set(terms["frame"].dropna())]
    colors = _frame_colors(frames)

    def num(v: Any) -> float | None:
        v = float(v)
        return round(v, 4) if np.isfinite(v) else None

    data = {
        "target": tgt, "reference": ref, "reference_groups": ref_groups,
        "against_rest": reference is None, "by": by, "n_terms": n_all,
        "n_shown": len(terms), "total_target": int(terms["total_target"].iloc[0]),
        "total_reference": int(terms["total_reference"].iloc[0]), "min_count": min_count,
        "counted": ("the term counts given (term_counts)" if term_counts is not None else
                    "words and the lexicon's phrases (count_terms), stopwords and punctuation left out"),
        "statistics": _STATS, "frames": [[f, colors[f]] for f in frames],
        "lines_for": len(lines), "kwic_lines": kwic_lines, "lines_note": note or "",
        "terms": [[str(t), int(a), int(b), num(zz), num(lr), f if isinstance(f, str) else None]
                  for t, a, b, zz, lr, f in zip(terms["term"], terms["n_target"], terms["n_reference"],
                                                terms["log_odds_z"], terms["log_ratio"], terms["frame"],
                                                strict=True)],
        "lines": lines,
    }
    title = title or f"{tgt} vs {ref}"
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_page(title, data), encoding="utf-8")
    return path


def _frame_colors(frames: Sequence[str]) -> dict[str, str]:
    from matplotlib.colors import to_hex

    from .plots import frame_palette

    pal = frame_palette(frames) if frames else {}
    return {f: to_hex(c) for f, c in pal.items()}


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element (no "</script>", no "<!--")."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222}
header{background:#1f2a44;color:#fff;padding:.8em 1.5em}header h1{margin:0;font-size:1.3em}
header p{margin:.2em 0;opacity:.9;font-size:.9em}
.controls{padding:.6em 1.5em;background:#eef1f6;display:flex;gap:1.2em;flex-wrap:wrap;align-items:center;font-size:.92em}
.controls input[type=search]{font-size:1em;padding:.25em .5em;width:16em}
.wrap{display:flex;flex-wrap:wrap;gap:1em;padding:1em 1.5em}
#plotbox{flex:1 1 720px;min-width:320px;position:relative}
svg{width:100%;height:auto;border:1px solid #ddd;background:#fff}
circle.pt{cursor:pointer;stroke:#fff;stroke-width:.5}circle.pt.hit{stroke:#000;stroke-width:1.5}
circle.pt.sel{stroke:#000;stroke-width:2.5}
#side{flex:1 1 380px;min-width:300px}
#tip{position:absolute;pointer-events:none;background:rgba(30,30,30,.9);color:#fff;padding:.3em .6em;border-radius:4px;
font-size:.85em;display:none;white-space:nowrap}
.tablewrap{max-height:30em;overflow:auto;border:1px solid #ddd}
table{border-collapse:collapse;font-size:.85em;min-width:100%}
th,td{padding:.2em .5em;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#f5f6f8;position:sticky;top:0}
td.l{text-align:right;color:#555}td.m{font-weight:bold;text-align:center;white-space:nowrap}td.r{color:#555}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}
ol{padding-left:1.6em;margin:.3em 0}ol li button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}ol li button:hover{text-decoration:underline}#side h2{font-size:1.17em}
.note{color:#666;font-size:.88em}
.found{padding:0 1.5em;font-size:.92em}.found ol{display:flex;flex-wrap:wrap;gap:.2em 1.4em;margin:.3em 0;padding:0;list-style:none}
.found li button{font:inherit;color:#1f2a44;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline}
"""

_JS = r"""
(function(){
var D=JSON.parse(document.getElementById('data').textContent);
var W=900,H=560,L=60,R=20,T=20,B=50;
var svg=document.getElementById('plot'),NS='http://www.w3.org/2000/svg';
var ysel=document.getElementById('ystat'),xsel=document.getElementById('xscale'),q=document.getElementById('search');
var tip=document.getElementById('tip'),box=document.getElementById('plotbox');
var color={};D.frames.forEach(function(f){color[f[0]]=f[1];});
function el(n,a){var e=document.createElementNS(NS,n);for(var k in a){e.setAttribute(k,a[k]);}return e;}
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
var pts=[];
function draw(){
  while(svg.firstChild){svg.removeChild(svg.firstChild);}
  svg.setAttribute('viewBox','0 0 '+W+' '+H);
  var yi=ysel.value==='log_ratio'?4:3,rank=xsel.value==='rank';
  // a small deterministic jitter (golden-ratio sequence) so that terms with equal counts do not hide each other;
  // the rank axis is -log10(rank) (terms come in rank order: row i has rank i+1), so that each tenfold of rank
  // takes the same width and rank 1 sits at the right (log10(n_terms - i) squeezed the frequent terms together)
  var xs=D.terms.map(function(t,i){return rank?-Math.log10(i+1):Math.log10(t[1]+t[2])+((i*0.618034)%1-0.5)*0.06;});
  var ys=D.terms.map(function(t){return t[yi]===null?0:t[yi];});
  var x0=Math.min.apply(null,xs),x1=Math.max.apply(null,xs),y0=Math.min.apply(null,ys.concat([-1])),y1=Math.max.apply(null,ys.concat([1]));
  if(x1===x0){x1=x0+1;}
  var m=Math.max(Math.abs(y0),Math.abs(y1));y0=-m;y1=m;
  function sx(v){return L+(v-x0)/(x1-x0)*(W-L-R);} function sy(v){return T+(y1-v)/(y1-y0)*(H-T-B);}
  svg.appendChild(el('line',{x1:L,x2:W-R,y1:sy(0),y2:sy(0),stroke:'#999','stroke-dasharray':'4 3'}));
  if(yi===3){[1.96,-1.96].forEach(function(v){svg.appendChild(el('line',{x1:L,x2:W-R,y1:sy(v),y2:sy(v),stroke:'#ccc','stroke-dasharray':'2 3'}));});}
  svg.appendChild(el('line',{x1:L,x2:L,y1:T,y2:H-B,stroke:'#444'}));svg.appendChild(el('line',{x1:L,x2:W-R,y1:H-B,y2:H-B,stroke:'#444'}));
  var t1=el('text',{x:(L+W-R)/2,y:H-12,'text-anchor':'middle','font-size':13});
  t1.textContent=rank?'frequency rank (log scale; right = most frequent)':'frequency in both sides (count, log scale)';svg.appendChild(t1);
  var t2=el('text',{x:14,y:(T+H-B)/2,'text-anchor':'middle','font-size':13,transform:'rotate(-90 14 '+((T+H-B)/2)+')'});
  t2.textContent=(yi===3?'log-odds z':'Log Ratio')+': \u2191 more in '+D.target+', \u2193 more in '+D.reference;svg.appendChild(t2);
  var step=m>20?10:(m>8?5:(m>3?2:1));
  for(var v=-Math.floor(m/step)*step;v<=m;v+=step){var ty=el('text',{x:L-6,y:sy(v)+4,'text-anchor':'end','font-size':11,fill:'#555'});
    ty.textContent=String(v);svg.appendChild(ty);}
  for(var k=Math.ceil(x0);k<=Math.floor(x1);k++){var tx=el('text',{x:sx(k),y:H-B+16,'text-anchor':'middle','font-size':11,fill:'#555'});
    tx.textContent=String(Math.pow(10,rank?-k:k));svg.appendChild(tx);}
  pts=[];
  var g=el('g',{});svg.appendChild(g);
  // frame terms last, so that they sit on top of the others
  var order=[];for(var i=D.terms.length-1;i>=0;i--){if(!D.terms[i][5]){order.push(i);}}
  for(i=D.terms.length-1;i>=0;i--){if(D.terms[i][5]){order.push(i);}}
  order.forEach(function(i){
    var t=D.terms[i],f=t[5];
    var strong=yi===3?Math.abs(ys[i])>=1.96:Math.abs(ys[i])>=1;
    var c=f?color[f]:(strong?'#444444':'#c8c8c8');
    var p=el('circle',{cx:sx(xs[i]).toFixed(1),cy:sy(ys[i]).toFixed(1),r:f?5.5:(strong?4:3),fill:c,'class':'pt','data-i':i,'data-term':t[0]});
    var ti=el('title',{});ti.textContent=t[0];p.appendChild(ti);
    g.appendChild(p);pts.push(p);
  });
  filter();
}
function info(i){var t=D.terms[i];return esc(t[0])+' \u2014 '+esc(D.target)+': '+t[1]+', '+esc(D.reference)+': '+t[2]+
  ', z '+(t[3]===null?'n/a':t[3].toFixed(2))+', Log Ratio '+(t[4]===null?'n/a':t[4].toFixed(2))+(t[5]?', frame '+esc(t[5]):'');}
svg.addEventListener('mouseover',function(e){var p=e.target;if(!p.classList||!p.classList.contains('pt')){return;}
  tip.innerHTML=info(+p.getAttribute('data-i'));tip.style.display='block';
  var r=box.getBoundingClientRect();tip.style.left=(e.clientX-r.left+12)+'px';tip.style.top=(e.clientY-r.top+12)+'px';});
svg.addEventListener('mouseout',function(){tip.style.display='none';});
svg.addEventListener('click',function(e){var p=e.target;if(p.classList&&p.classList.contains('pt')){show(+p.getAttribute('data-i'));}});
function show(i){
  var t=D.terms[i];pts.forEach(function(p){p.classList.toggle('sel',+p.getAttribute('data-i')===i);});
  document.getElementById('kwic-title').innerHTML=info(i);
  var rows=D.lines[t[0]],tb=document.getElementById('kwic-body'),note=document.getElementById('kwic-note');
  tb.innerHTML='';
  if(!rows){note.textContent='No lines stored for this term (lines are kept for lexicon terms and the most associated terms). Use discourse.kwic(tokens, '+JSON.stringify(t[0])+') or `discourse kwic` for all of them.';return;}
  // lines cut from a sample of the documents (D.lines_note) are not the first ones of the term's occurrences
  note.textContent=rows.length+' line(s)'+(t[1]+t[2]>rows.length?' of '+(t[1]+t[2])+
    (D.lines_note?', from the sample of documents the note at the top describes':' (the first ones)'):'')+'.';
  rows.forEach(function(r){var tr=document.createElement('tr');
    tr.innerHTML='<td>'+esc(r[0])+'</td><td>'+esc(r[1])+'</td><td class="l">'+esc(r[2])+'</td><td class="m">'+esc(r[3])+
    '</td><td class="r">'+esc(r[4])+'</td><td>'+esc(r[5])+'</td><td>'+esc(r[6])+'</td>';tb.appendChild(tr);});
}
function filter(){
  var s=q.value.trim().toLowerCase(),n=0;
  pts.forEach(function(p){var ok=!s||p.getAttribute('data-term').toLowerCase().indexOf(s)>=0;
    p.style.display=ok?'':'none';p.classList.toggle('hit',!!s&&ok);if(ok){n++;}});
  document.getElementById('nshown').textContent=n+' of '+D.terms.length+' terms shown';
  listMatches(s);
}
// the terms the search matches, as buttons (most frequent first, at most MAXLIST): the points take no keyboard
// focus (thousands of tab stops), so this list is the keyboard's way to any point's counts and lines
var MAXLIST=50;
function listMatches(s){
  var ol=document.getElementById('matches'),more=document.getElementById('matches-more');ol.innerHTML='';
  more.textContent='';if(!s){return;}
  var hits=[];for(var i=0;i<D.terms.length;i++){if(D.terms[i][0].toLowerCase().indexOf(s)>=0){hits.push(i);}}
  hits.slice(0,MAXLIST).forEach(function(i){var li=document.createElement('li'),b=document.createElement('button');
    b.type='button';b.setAttribute('data-term',D.terms[i][0]);
    b.textContent=D.terms[i][0]+' ('+D.terms[i][1]+' : '+D.terms[i][2]+')';
    b.addEventListener('click',function(){show(i);});li.appendChild(b);ol.appendChild(li);});
  if(hits.length>MAXLIST){more.textContent='and '+(hits.length-MAXLIST)+' more terms: type more letters.';}
}
function tops(){
  var yi=ysel.value==='log_ratio'?4:3;
  var idx=D.terms.map(function(t,i){return i;}).filter(function(i){return D.terms[i][yi]!==null;});
  idx.sort(function(a,b){return D.terms[b][yi]-D.terms[a][yi]||(D.terms[a][0]<D.terms[b][0]?-1:1);});
  // each list holds only terms on its side of 0: with fewer than 30 terms the 15 lowest would otherwise
  // include terms over-used in the target
  var up=idx.filter(function(i){return D.terms[i][yi]>0;}),down=idx.filter(function(i){return D.terms[i][yi]<0;});
  [['top-target',up.slice(0,15)],['top-reference',down.slice(-15).reverse()]].forEach(function(p){
    var ol=document.getElementById(p[0]);ol.innerHTML='';
    // each term a button, so Tab reaches it and Enter shows its lines (a clickable item took a mouse)
    p[1].forEach(function(i){var li=document.createElement('li'),b=document.createElement('button');b.type='button';
      b.textContent=D.terms[i][0]+' ('+D.terms[i][1]+' : '+D.terms[i][2]+')';
      li.setAttribute('data-i',i);b.addEventListener('click',function(){show(i);});li.appendChild(b);ol.appendChild(li);});});
}
q.addEventListener('input',filter);
// Enter in the search box shows the lines of the term typed, else of the most frequent term containing it (the
// list under the box gives every other match)
q.addEventListener('keydown',function(e){if(e.key!=='Enter'){return;}
  var s=q.value.trim().toLowerCase(),hit=-1;if(!s){return;}
  for(var i=0;i<D.terms.length;i++){var t=D.terms[i][0].toLowerCase();
    if(t===s){hit=i;break;}if(hit<0&&t.indexOf(s)>=0){hit=i;}}
  if(hit>=0){e.preventDefault();show(hit);}});
ysel.addEventListener('change',function(){draw();tops();});xsel.addEventListener('change',draw);
draw();tops();
document.body.setAttribute('data-ready','1');
})();
"""


def _page(title: str, data: dict[str, Any]) -> str:
    esc = html.escape
    tgt, ref = data["target"], data["reference"]
    legend = "".join(f'<span><i style="background:{esc(c)}"></i>{esc(f)}</span>' for f, c in data["frames"])
    legend += ('<span><i style="background:#444"></i>other term, |z| \u2265 1.96 (|Log Ratio| \u2265 1)</span>'
               '<span><i style="background:#c8c8c8"></i>other term</span>')
    left_out = data["n_terms"] - data["n_shown"]
    more = f" The {left_out:,} least frequent terms are left out." if left_out else ""
    if data["min_count"] > 1:
        more += f" Terms counted fewer than {data['min_count']:,} times on both sides together are left out."
    sampled = f'<p class="sample">Note: {esc(data["lines_note"])}.</p>' if data["lines_note"] else ""
    groups = data["reference_groups"]
    if data["against_rest"] or len(groups) > 1:
        listed = ", ".join(esc(g) for g in groups[:12]) + (f" and {len(groups) - 12:,} more" if len(groups) > 12 else "")
        ref_html = f"<b>{esc(ref)}</b> ({listed}; {data['total_reference']:,} term occurrences)"
    else:
        ref_html = f"<b>{esc(ref)}</b> ({data['total_reference']:,} term occurrences)"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width, initial-scale=1"><title>{esc(title)}</title><style>{_CSS}</style></head><body>'
        f"<header><h1>{esc(title)}</h1><p>The terms of <b>{esc(tgt)}</b> ({data['total_target']:,} term occurrences) "
        f"against {ref_html}, groups of <code>{esc(data['by'])}</code>; "
        f"counted: {esc(data['counted'])}. {data['n_shown']:,} terms placed by frequency in both sides (x) and "
        "association (y: the log-odds ratio z-score with an informative Dirichlet prior from the pooled counts of "
        f"both sides, Monroe et al. 2008, or Log Ratio, Hardie 2014).{more} "
        "Hover a point for its counts, click it for its lines; from the keyboard, type in Search: every term it "
        f"matches is listed as a button (counts in brackets, {esc(tgt)} : {esc(ref)}) that shows its lines.</p>"
        f"{sampled}</header>"
        '<div class="controls"><label>Search <input type="search" id="search" placeholder="a term, e.g. privacy"></label>'
        '<label>y: <select id="ystat"><option value="log_odds_z">log-odds z (Monroe et al. 2008)</option>'
        '<option value="log_ratio">Log Ratio (Hardie 2014)</option></select></label>'
        '<label>x: <select id="xscale"><option value="frequency">frequency (log)</option>'
        '<option value="rank">frequency rank (log)</option></select></label><span id="nshown" role="status" aria-live="polite"></span></div>'
        '<div id="found" class="found"><ol id="matches" aria-label="terms matching the search"></ol>'
        '<p class="note" id="matches-more"></p></div>'
        f'<div class="wrap"><div id="plotbox"><svg id="plot" role="img" aria-label="scatter plot of {data["n_shown"]:,} '
        f'terms by frequency (x) and association (y); each term\'s counts and lines are reached with the search '
        f'box above, which lists the terms it matches">'
        f'</svg><div id="tip"></div><p class="legend">{legend}</p></div>'
        f'<div id="side"><div id="kwic-head" aria-live="polite"><h2 id="kwic-title">Click a term</h2>'
        '<p class="note" id="kwic-note">Its concordance lines, '
        "with voice and speaker, appear here.</p></div><div class=\"tablewrap\"><table><thead><tr><th>doc</th><th>group</th>"
        "<th>left</th><th>match</th><th>right</th><th>voice</th><th>speaker</th></tr></thead><tbody id=\"kwic-body\">"
        f"</tbody></table></div><h2>Most over-used in {esc(tgt)}</h2><ol id=\"top-target\"></ol>"
        f"<h2>Most over-used in {esc(ref)}</h2><ol id=\"top-reference\"></ol></div></div>"
        f'<script type="application/json" id="data">{_script_json(data)}</script><script>{_JS}</script>'
        "</body></html>\n")
