"""Candidate lexicon entries for a new debate, each with the evidence that put it forward.

:func:`suggest_terms` starts from a handful of seed words per pole and offers further words for each pole
from up to three kinds of evidence, all computed with the package's public functions:

- **keyness** between groups (``by``): words over-used in the group that uses the pole's seeds most
  (:func:`discourse.count_terms`, :func:`discourse.keyness`: Dunning's G²);
- **co-occurrence** with the seeds: words over-represented within ``window`` words of a seed
  (:func:`discourse.collocates`: Dunning's log-likelihood G² of the window-vs-rest table, with PMI alongside);
- **similarity**: gensim word2vec neighbours of the seeds, when the corpus is big enough for word vectors
  to mean something (``word2vec="auto"``: at least :data:`WORD2VEC_MIN_TOKENS` word tokens).

Every row carries its component scores, a sentence saying why it was offered, and KWIC lines
(:func:`discourse.kwic`), so that a user can accept or reject it in seconds.
"""

from __future__ import annotations

import fnmatch
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._util import _fmt, as_list, check_columns, check_dataframe, check_seed, check_type, renamed_params

__all__ = ["suggest_terms", "WORD2VEC_MIN_TOKENS", "SUGGEST_COLUMNS"]

WORD2VEC_MIN_TOKENS = 200_000
"""``word2vec="auto"`` trains word vectors only on corpora with at least this many word tokens (punctuation
left out). Below it, skip-gram vectors of a few thousand sentences are mostly noise: on the five seed articles
(about 5,000 word tokens) the LSS document order changed with the word2vec seed."""

SUGGEST_COLUMNS = ["pole", "term", "score", "evidence", "keyness", "cooccurrence", "similarity", "n", "kwic"]

_WORD = re.compile(r"[^\W\d_]")
_N_KWIC = 3


def _check_seeds(seeds: Any) -> dict[str, list[str]]:
    if not isinstance(seeds, Mapping):
        raise TypeError("seeds must be a dict pole -> list of seed words, e.g. {'promotional': ['smart', 'safe'], "
                        f"'critical': ['surveillance', 'privacy']}}; got {type(seeds).__name__}")
    if not seeds:
        raise ValueError("seeds is empty; give at least one pole with a few seed words")
    out: dict[str, list[str]] = {}
    for pole, words in seeds.items():
        check_type("seeds key", pole, str, "a pole name (str)")
        if isinstance(words, str) or not isinstance(words, Sequence | set | frozenset):
            raise TypeError(f"seeds[{pole!r}] must be a list of words, got {type(words).__name__}: {words!r:.60}")
        clean = []
        for w in words:
            check_type(f"seeds[{pole!r}] item", w, str, "a word, glob or phrase (str)")
            w = " ".join(w.lower().split())
            if not w:
                raise ValueError(f"seeds[{pole!r}] has an empty seed word")
            clean.append(w)
        if not clean:
            raise ValueError(f"seeds[{pole!r}] is empty; give a few seed words for this pole")
        out[pole] = list(dict.fromkeys(clean))
    # a seed in two poles feeds both the same evidence (its co-occurrence windows, its group's keyness), and each
    # candidate then went to whichever pole scored it a hair higher; refused with the words of
    # LatentSemanticScaling and check_poles, which refuse it too
    where: dict[str, list[str]] = {}
    for pole, words in out.items():
        for w in words:
            where.setdefault(w, []).append(pole)
    both = [w for w, ps in where.items() if len(ps) > 1]
    if both:
        poles = list(dict.fromkeys(p for w in both for p in where[w]))
        raise ValueError(f"seed word(s) {_fmt(both)} are given to {'both' if len(poles) == 2 else 'several'} poles "
                         f"({_fmt(poles)}), where they feed each pole the same candidates (their co-occurrence "
                         "windows count for each, and a candidate then goes to whichever pole scores it a hair "
                         "higher); give each seed to one pole only")
    return out


def _check_int(name: str, value: Any, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}: {value!r}")
    if value < low:
        raise ValueError(f"{name}={value} must be at least {low}")
    return int(value)


def _matches(patterns: list[str], vocab: list[str]) -> set[str]:
    """Vocabulary words a seed list names (exact words, globs; the words of a phrase are not excluded)."""
    out: set[str] = set()
    vset = set(vocab)
    for p in patterns:
        if " " in p:
            out.add(p)
        elif any(c in p for c in "*?"):
            out.update(v for v in vocab if fnmatch.fnmatchcase(v, p))
        elif p in vset:
            out.add(p)
    return out


def _rank_score(values: pd.Series) -> pd.Series:
    """1 for the strongest positive value, falling linearly to 1/m for the m-th; 0 without evidence."""
    pos = values[values > 0].sort_values(ascending=False, kind="stable")
    m = len(pos)
    if m == 0:
        return pd.Series(0.0, index=values.index)
    ranks = pd.Series((m - np.arange(m)) / m, index=pos.index)
    return ranks.reindex(values.index).fillna(0.0)


@renamed_params(n="top_n")
def suggest_terms(tokens: pd.DataFrame, *, seeds: Mapping[str, Sequence[str]], by: str | Sequence[str] | None = None,
                  top_n: int = 30, window: int = 5, min_count: int = 3, random_state: int = 0,
                  word2vec: bool | str = "auto") -> pd.DataFrame:
    """Candidate lexicon entries for each pole, with the evidence for each and KWIC lines to judge it.

    Parameters
    ----------
    tokens : DataFrame
        From :func:`discourse.tokenize` (any corpus; needs ``doc_id``, ``sentence``, ``position``, ``start``,
        ``end``, ``token``, ``norm``, ``is_punct``, ``is_stop`` and the ``by`` columns).
    seeds : dict
        ``{pole: [seed, ...]}``: a few words per pole (globs such as ``surveil*`` and phrases work as in
        :func:`discourse.kwic`). One pole is enough; two make a two-pole lexicon. The seeds themselves
        (and the words their globs match) are never suggested. The same seed in two poles is a ValueError,
        as in :class:`discourse.LatentSemanticScaling`. A seed that occurs nowhere in ``tokens`` is named in a
        UserWarning (it adds no evidence); a pole none of whose seeds occurs is a ValueError.
    by : str, list of str or None
        Group column(s) for keyness (e.g. ``"source"``). For each pole, the target group is the one with the
        highest rate of that pole's seeds per word token; its over-used words (G² > 0 against all other
        groups) are keyness evidence. ``None``: no keyness (the column is missing). Missing values in a
        group column are refused (ValueError), as :func:`discourse.keyness` refuses them.
    top_n : int
        Candidates per pole (at most). Called ``n`` before (still accepted, with a DeprecationWarning): ``n``
        is the column of occurrences in the table returned.
    window : int
        Words on each side of a seed that count as co-occurring (punctuation and stopwords left out), and the
        word2vec context window.
    min_count : int
        Candidates occur at least this often in the corpus. Keyness evidence also needs this many occurrences
        in the target group; co-occurrence evidence needs at least two occurrences inside the seed windows.
    random_state : int
        Seed of word2vec (trained with ``workers=1``, so reruns are identical).
    word2vec : "auto", True or False
        Train gensim word2vec (skip-gram, 100 dimensions) for similarity evidence: ``"auto"`` when the corpus
        has at least :data:`WORD2VEC_MIN_TOKENS` word tokens (below it the ``similarity`` column is missing and
        the evidence names no neighbours), ``True`` always (with a UserWarning below that size, where the
        vectors are noise), ``False`` never.

    Returns
    -------
    DataFrame with one row per (pole, candidate), poles in the order of ``seeds``, best first, and columns:

    - ``pole``; ``term``: the candidate (a word, as the ``norm`` column);
    - ``score``: in (0, 1], the mean over the computed components of the candidate's rank score within that
      component (1 for the strongest positive evidence, falling linearly to ``1/m`` for the weakest of ``m``;
      0 without evidence in that component);
    - ``evidence``: what put it forward, in words (which components, the group, the numbers);
    - ``keyness``: G² (Dunning 1993) of the term in the pole's target group against the rest, signed
      (missing when ``by`` is None);
    - ``cooccurrence``: signed G² of the term inside vs outside the seeds' windows (as
      :func:`discourse.collocates`); missing for a term that never occurs inside them (its G² would be
      negative: no evidence for the pole either way);
    - ``similarity``: word2vec cosine similarity to the mean of the seeds' unit vectors (missing when
      word2vec was not trained);
    - ``n``: occurrences of the term in the corpus;
    - ``kwic``: up to three example lines ``left [match] right``, one per line (lines with a seed of the pole
      in view first, then by ``doc_id`` and position, whatever the order of the documents).

    A candidate offered to two poles is kept in the pole where its score is higher (both when tied).

    Examples
    --------
    A two-pole lexicon for a new debate in a few lines (here on the bundled seed articles)::

        import discourse as dc
        tokens = dc.tokenize(dc.load_corpus())
        seeds = {"promotional": ["smart", "efficient", "innovative", "safe"],
                 "critical": ["surveillance", "repression", "privacy", "rights"]}
        sug = dc.suggest_terms(tokens, seeds=seeds, by="source", top_n=15)
        print(sug[["pole", "term", "score", "evidence"]].to_string())
        print(sug.loc[0, "kwic"])                     # read why the first candidate was offered
        keep = sug[sug["score"] >= 0.5]               # or pick rows by hand after reading the KWIC lines
        lexicon = dc.Lexicon.from_dict({
            pole: {**{s: "seed" for s in seeds[pole]},
                   **dict(zip(rows["term"], rows["evidence"]))}   # the evidence becomes the rationale
            for pole, rows in keep.groupby("pole", sort=False)})
        dc.frame_balance(tokens, lexicon, by="source", poles=("promotional", "critical"))
    """
    check_dataframe("tokens", tokens)
    poles = _check_seeds(seeds)
    by_cols = as_list(by)
    n = _check_int("top_n", top_n, 1)
    window = _check_int("window", window, 1)
    min_count = _check_int("min_count", min_count, 1)
    random_state = check_seed("random_state", random_state)
    if word2vec not in ("auto", True, False):
        raise ValueError(f"word2vec={word2vec!r} is not valid; choose one of: 'auto', True, False")
    check_columns(tokens, ["doc_id", "sentence", "position", "start", "end", "token", "norm", "is_punct",
                           "is_stop", *by_cols], "tokens")
    for c in by_cols:  # as keyness refuses them (a groupby would drop them: a group lost without a word)
        na = tokens[c].isna().to_numpy()
        if na.any():
            raise ValueError(f"tokens[{c!r}] has missing group values ({int(na.sum())} token(s), doc_id "
                             f"{_fmt(pd.unique(tokens['doc_id'].to_numpy()[na]), 3)}); fill or drop them first, "
                             "or pass by=None (no keyness evidence)")

    from .concordance import collocates, kwic
    from .counts import count_terms
    from .keyness import keyness

    counts = count_terms(tokens, by=None, drop_stop=True)
    freq = counts.set_index("term")["n"]
    vocab = freq.index.tolist()
    seed_words: dict[str, set[str]] = {p: _matches(w, vocab) for p, w in poles.items()}
    excluded = set().union(*seed_words.values())
    hits = {p: kwic(tokens, w, window=0, by=by_cols or None) for p, w in poles.items()}
    for p, h in hits.items():
        if h.empty:
            raise ValueError(f"no seed word of pole {p!r} occurs in tokens ({_fmt(poles[p])}); check the "
                             "spelling (seeds are matched like dc.kwic queries, case-insensitively) or choose "
                             "words that occur")
    # a seed that occurs nowhere adds no evidence: named, as LatentSemanticScaling names its unmatched seeds,
    # rather than left out unannounced (a misspelt seed otherwise looked like a seed the corpus confirms)
    from .lexicon import Lexicon

    for p, h in hits.items():
        found = set(h["pattern"])
        absent = [w for w in poles[p] if Lexicon([("q", w)], name="seeds").entries[0].pattern not in found]
        if absent:
            warnings.warn(f"seed(s) {_fmt(absent)} of pole {p!r} do not occur in tokens and add no evidence; "
                          "check the spelling (seeds are matched like dc.kwic queries, case-insensitively), "
                          "or give a glob ('espion*') or another word that occurs", UserWarning, stacklevel=2)
    cand = freq[(freq >= min_count) & freq.index.map(lambda t: bool(_WORD.search(t)) and len(t) > 1)
                & ~freq.index.isin(excluded)]
    if cand.empty:
        raise ValueError(f"no word other than the seeds occurs at least min_count={min_count} times; "
                         "lower min_count")
    terms = cand.index

    comp: dict[str, dict[str, pd.Series]] = {p: {} for p in poles}
    why: dict[str, dict[str, pd.Series]] = {p: {} for p in poles}

    # co-occurrence with the seeds (log-likelihood G², Dunning 1993, via dc.collocates)
    for p, words in poles.items():
        col = collocates(tokens, words, window=window, by=None, drop_stop=True, min_count=1)
        col = col.drop_duplicates("collocate").set_index("collocate")
        g2 = col["g2"].reindex(terms)
        ok = col["n"].reindex(terms).fillna(0) >= 2
        comp[p]["cooccurrence"] = g2
        why[p]["cooccurrence"] = pd.Series(
            [f"{int(col.at[t, 'n'])} of {int(freq[t])} within {window} words of a seed (G² {g:.1f}, "
             f"PMI {col.at[t, 'pmi']:.2f})" if (g > 0 and k) else None
             for t, g, k in zip(terms, g2.fillna(0), ok, strict=True)], index=terms, dtype=object)
        comp[p]["_cooc_ok"] = ok

    # keyness between groups: each pole's target is the group richest in its seeds
    if by_cols:
        grouped = count_terms(tokens, by=by_cols, drop_stop=True)
        totals = grouped.groupby(by_cols, sort=True, observed=True)["n"].sum()
        if len(totals) < 2:
            raise ValueError(f"by={by!r} gives only one group; keyness needs two or more (or use by=None)")
        for p in poles:
            seed_n = hits[p].groupby(by_cols, sort=True, observed=True).size()
            rate = (seed_n.reindex(totals.index).fillna(0) / totals).sort_values(ascending=False, kind="stable")
            target = rate.index[0]
            label = target if not isinstance(target, tuple) else " / ".join(map(str, target))
            kn = keyness(grouped, by=by_cols if len(by_cols) > 1 else by_cols[0], target=target,
                         correction="bh").set_index("term")
            g2 = kn["g2"].reindex(terms)
            ok = kn["n_target"].reindex(terms).fillna(0) >= min_count
            comp[p]["keyness"] = g2
            comp[p]["_key_ok"] = ok
            why[p]["keyness"] = pd.Series(
                [f"over-used in {'/'.join(by_cols)}={label!s} (the group with most '{p}' seeds per word): "
                 f"{int(kn.at[t, 'n_target'])} vs {int(kn.at[t, 'n_reference'])} in the rest, G² {g:.1f}, "
                 f"adjusted p {kn.at[t, 'p_adjusted']:.2g}" if (g > 0 and k) else None
                 for t, g, k in zip(terms, g2.fillna(0), ok, strict=True)], index=terms, dtype=object)

    # word2vec neighbours
    n_words = int((~tokens["is_punct"].to_numpy(dtype=bool)).sum())
    use_w2v = word2vec is True or (word2vec == "auto" and n_words >= WORD2VEC_MIN_TOKENS)
    if word2vec is True and n_words < WORD2VEC_MIN_TOKENS:
        # on a few thousand words skip-gram cosines are high for every word and change with the seed (on 2,505
        # words of news on 5G bans every candidate, "said" and "5g" among them, was at 0.93-0.99 and the top ten
        # changed with random_state), so "word2vec neighbour (cosine 0.97)" read as strong evidence it is not
        warnings.warn(f"word2vec=True on {n_words:,} word tokens, fewer than the {WORD2VEC_MIN_TOKENS:,} from "
                      "which word2vec='auto' trains: on so little text the cosines are high for nearly every "
                      "word and change with random_state, so read the similarity evidence as noise; "
                      "word2vec='auto' or False leaves it out", UserWarning, stacklevel=2)
    if use_w2v:
        from gensim.models import Word2Vec

        from .text import sentence_words

        sents = sentence_words(tokens)
        model = Word2Vec(sentences=sents, vector_size=100, window=window, min_count=min(min_count, 2), sg=1,
                         workers=1, seed=random_state)
        kv = model.wv
        in_kv = np.array([t in kv.key_to_index for t in terms])
        for p in poles:
            keys = [w for w in sorted(seed_words[p]) if w in kv.key_to_index]
            sim = pd.Series(np.nan, index=terms)
            if keys:
                centre = np.mean([kv.get_vector(w, norm=True) for w in keys], axis=0)
                vecs = np.array([kv.get_vector(t, norm=True) for t in terms[in_kv]])
                sim[in_kv] = vecs @ centre / max(float(np.linalg.norm(centre)), 1e-300)
            top = sim.rank(ascending=False, method="first") <= 5 * n
            comp[p]["similarity"] = sim
            comp[p]["_sim_ok"] = top
            why[p]["similarity"] = pd.Series(
                [f"word2vec neighbour of the seeds (cosine {s:.2f})" if (k and s > 0) else None
                 for s, k in zip(sim.fillna(0), top, strict=True)], index=terms, dtype=object)

    # combine: rank scores per component, averaged over the components computed
    rows = []
    for p in poles:
        parts = []
        for name in ("keyness", "cooccurrence", "similarity"):
            if name not in comp[p]:
                continue
            v = comp[p][name].fillna(0.0)
            gate = comp[p].get({"keyness": "_key_ok", "cooccurrence": "_cooc_ok", "similarity": "_sim_ok"}[name])
            if gate is not None:
                v = v.where(gate, 0.0)
            parts.append(_rank_score(v))
        score = sum(parts) / len(parts)
        ev = pd.Series([
            "; ".join(x for x in (why[p].get(nm, pd.Series(dtype=object)).get(t) for nm in
                                  ("keyness", "cooccurrence", "similarity")) if isinstance(x, str))
            for t in terms], index=terms, dtype=object)
        frame = pd.DataFrame({
            "pole": p, "term": terms.astype(str), "score": score.to_numpy(),
            "evidence": ev.to_numpy(),
            "keyness": comp[p]["keyness"].to_numpy(dtype=float) if "keyness" in comp[p] else np.nan,
            "cooccurrence": comp[p]["cooccurrence"].to_numpy(dtype=float),
            "similarity": comp[p]["similarity"].to_numpy(dtype=float) if "similarity" in comp[p] else np.nan,
            "n": cand.to_numpy(dtype=np.int64),
        })
        rows.append(frame[frame["score"] > 0])
    out = pd.concat(rows, ignore_index=True)
    if len(poles) > 1 and len(out):
        best = out.groupby("term")["score"].transform("max")
        out = out[out["score"] >= best]
    order = {p: i for i, p in enumerate(poles)}
    out = out.assign(_o=out["pole"].map(order)).sort_values(
        ["_o", "score", "n", "term"], ascending=[True, False, False, True], kind="stable")
    out = out.groupby("_o", sort=True).head(n).drop(columns="_o").reset_index(drop=True)

    # KWIC lines: lines with a seed of the pole in view first, then by doc_id and offset, so that the same
    # documents in another order show the same lines
    lines = kwic(tokens, sorted(set(out["term"])), window=8, by=None) if len(out) else None
    if lines is not None:
        # kwic names each line by its pattern as the lexicon writes it, which is not always the term: the norm
        # "5g" (of "5G", one token) is the pattern "5 g", as the lexicon splits a lowercase "5g" like running text
        # (and so also matches the closed spelling "5g"); the lines are keyed back to the term they were asked for
        from .lexicon import Lexicon

        terms_asked = sorted(set(out["term"]))
        as_written = {e.pattern: e.category for e in Lexicon([(t, t) for t in terms_asked], name="terms").entries}
        lines["pattern"] = lines["pattern"].map(as_written).fillna(lines["pattern"])
        lines = lines.iloc[np.lexsort((lines["start"].to_numpy(dtype=np.int64),
                                       lines["doc_id"].astype(str).to_numpy(dtype=object)))]
    kw = []
    for p, t in zip(out["pole"], out["term"], strict=True):
        sub = lines[lines["pattern"] == t]
        ctx = (sub["left"] + " " + sub["right"]).str.lower()
        near = ctx.map(lambda s, p=p: any(re.search(rf"\b{re.escape(w)}\b", s) for w in seed_words[p]
                                          if " " not in w)).astype(bool)  # bool also when empty (a mask)
        sub = pd.concat([sub[near], sub[~near]]).head(_N_KWIC)
        kw.append("\n".join(f"{a} [{m}] {b}".strip() for a, m, b in
                            zip(sub["left"], sub["match"], sub["right"], strict=True)))
    out["kwic"] = pd.array(kw, dtype=object) if kw else pd.array([], dtype=object)
    return out[SUGGEST_COLUMNS]
