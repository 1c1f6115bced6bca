"""Topics and frames: topic x frame tables and frame packages from the topic network.

:func:`topic_frames` crosses a fitted :class:`discourse.TopicModel` with a framing lexicon (how each frame's
hits fall among the topics, per group); :func:`frame_packages` builds the topic network of Walter & Ophir
(2019, ANTMN) and its communities ("frame packages"), and says so when the network has no structure.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ._util import check_one_of, check_seed, renamed_params
from .resample import DEFAULT_INTERVAL, N_BOOT, check_interval
from .topic_effects import check_boot, group_means, model_groups
from .topics import TopicModel, check_model

__all__ = ["topic_frames", "frame_packages", "FramePackages", "leading_eigenvector", "no_structure_warning_off"]

#: how frame_packages' warning about a network without communities begins (see :func:`no_structure_warning_off`)
_NO_STRUCTURE = "the topic network has no community structure"


@contextmanager
def no_structure_warning_off():
    """Inside it, :func:`frame_packages` does not warn that the network has no community structure: for callers
    that say so themselves (the report's page, the ``topics`` command), whose users cannot pass the options the
    warning names (``similarity``, ``min_weight``). The result's ``structure`` still says it."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_NO_STRUCTURE, category=UserWarning)
        yield


def topic_frames(model: TopicModel, lexicon: Any = "framing", *, by: str | Sequence[str] = "source",
                 categories: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Topic x frame: the share of each frame's lexicon hits that falls in each topic, per group.

    Every hit of the lexicon (:meth:`discourse.Lexicon.find_matches` on the fitted token table) lies in a
    unit; it is shared among topics in proportion to that unit's topic proportions (a soft assignment, so a
    hit in a paragraph that is 70 % topic 2 counts 0.7 to topic 2). Summing over the group's hits gives the
    expected number of the frame's hits per topic; ``share`` divides by the hits that lie in fitted units.
    Hits in units with no term left after filtering cannot be assigned and are counted in ``n_unassigned``.
    So the same topic can be seen framed differently by different outlets.

    Returns
    -------
    DataFrame, one row per (group, frame, topic), sorted by group, frame (lexicon order), topic: the ``by``
    column(s), ``frame``, ``topic``, ``label``, ``hits`` (expected hits, float), ``share`` (of the group's
    assigned hits of the frame; NaN when it has none), ``n_hits`` (the frame's hits in the group),
    ``n_unassigned``.
    """
    from .lexicon import load_lexicon

    model = check_model(model, "topic_frames")
    lex = load_lexicon(lexicon)
    cats = lex.check_categories(categories)
    cols, keys, every = model_groups(model, by)
    tokens = model.tokens_
    on = model.column if model.column in ("norm", "stem") else "norm"
    matches = lex.find_matches(tokens, on=on, categories=cats)
    tu = model.token_unit_
    unit_of = pd.Series(tu["unit"].to_numpy(), index=pd.MultiIndex.from_arrays(
        [tu["doc_id"].to_numpy(), tu["position"].to_numpy()]))
    hit_units = unit_of.reindex(pd.MultiIndex.from_arrays(
        [matches["doc_id"].to_numpy(), matches["start_position"].to_numpy()])).to_numpy()
    hit_units = np.where(pd.isna(hit_units), -1, hit_units).astype(np.int64)
    # group of each hit, from the document (a hit in a skipped unit still belongs to its document's group)
    doc_groups = pd.concat([model.units_[["doc_id", *cols]], model.skipped_units_[["doc_id", *cols]]])
    doc_groups = doc_groups.loc[:, ~doc_groups.columns.duplicated()].drop_duplicates("doc_id")
    hit_docs = pd.DataFrame({"doc_id": matches["doc_id"].to_numpy()})
    hit_keys = hit_docs.merge(doc_groups, on="doc_id", how="left")[cols]
    g_idx = pd.MultiIndex.from_frame(every)
    g_codes = g_idx.get_indexer(pd.MultiIndex.from_frame(hit_keys)) if len(matches) else np.array([], dtype=int)
    f_codes = np.array([cats.index(c) for c in matches["frame"]], dtype=np.int64)
    k = model.n_topics_
    n_g, n_f = len(every), len(cats)
    hits = np.zeros((n_g, n_f, k))
    n_hits = np.zeros((n_g, n_f), dtype=np.int64)
    n_un = np.zeros((n_g, n_f), dtype=np.int64)
    for g, f, u in zip(g_codes, f_codes, hit_units, strict=True):
        if g < 0:
            continue
        n_hits[g, f] += 1
        if u < 0:
            n_un[g, f] += 1
        else:
            hits[g, f] += model.doc_topic_[u]
    assigned = (n_hits - n_un)[:, :, None].astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(assigned > 0, hits / np.where(assigned > 0, assigned, 1), np.nan)
    labels = model.labels()
    out = every.loc[every.index.repeat(n_f * k)].reset_index(drop=True)
    out["frame"] = np.tile(np.repeat(np.array(cats, dtype=object), k), n_g)
    out["topic"] = np.tile(np.arange(k, dtype=np.int64), n_g * n_f)
    out["label"] = np.tile(np.array(labels, dtype=object), n_g * n_f)
    out["hits"] = hits.reshape(-1)
    out["share"] = share.reshape(-1)
    out["n_hits"] = np.repeat(n_hits.reshape(-1), k)
    out["n_unassigned"] = np.repeat(n_un.reshape(-1), k)
    return out


# ------------------------------------------------------------------------------------------ frame packages
@dataclass
class FramePackages:
    """Frame packages: the topic network, its communities and their prevalence (tidy tables).

    Attributes
    ----------
    nodes : DataFrame
        One row per topic: ``topic``, ``label``, ``package`` (0-based community id, largest community
        first), ``prevalence`` (mean proportion over all units), ``strength`` (sum of edge weights).
    edges : DataFrame
        One row per kept edge (positive weight): ``source_topic`` < ``target_topic`` (the network is
        undirected), ``weight``, ``same_package``.
    prevalence : DataFrame
        One row per (group, package): the ``by`` column(s), ``package``, ``topics`` (the package's topic
        ids, comma-separated), ``prevalence`` (summed mean proportion of its topics), ``ci_low``,
        ``ci_high`` (missing, with a warning, for a group with a single unit), ``n_units``, ``n_boot``, ``ci``,
        ``interval``.
    modularity : float
        Weighted modularity (Newman 2006) of the partition.
    structure : bool
        False when the network has no community structure: the community method found a single community
        holding every topic (typical of a complete network of cosine similarities, where every pair of
        topics co-occurs somewhere), or the network has no edge at all (typical of correlations among few
        topics, whose proportions sum to one). Packages are then the topics themselves (one topic per
        package, so no package reports a prevalence of 1.0), ``modularity`` is 0.0, and a warning says so.
    params : dict
        ``level``, ``similarity``, ``community``, ``min_weight``, ``random_state``.
    """

    nodes: pd.DataFrame
    edges: pd.DataFrame
    prevalence: pd.DataFrame
    modularity: float
    structure: bool = True
    params: dict[str, Any] = field(default_factory=dict)


def leading_eigenvector(w: np.ndarray) -> list[list[int]]:
    """Communities by Newman's (2006) leading-eigenvector method with repeated bisection (as igraph's
    ``cluster_leading_eigen``, the method of Walter & Ophir 2019), on a weighted adjacency matrix."""
    n = len(w)
    strength = w.sum(axis=1)
    two_m = strength.sum()
    if two_m <= 0:
        return [[i] for i in range(n)]
    b = w - np.outer(strength, strength) / two_m
    queue = [list(range(n))]
    done: list[list[int]] = []
    while queue:
        g = queue.pop(0)
        if len(g) < 2:
            done.append(g)
            continue
        bg = b[np.ix_(g, g)].copy()
        bg[np.diag_indices(len(g))] -= bg.sum(axis=1)  # generalised modularity matrix (Newman 2006, eq. 6)
        vals, vecs = np.linalg.eigh(bg)
        lead = vecs[:, -1]
        if vals[-1] <= 1e-10:
            done.append(g)
            continue
        # a deterministic sign: the largest-magnitude component positive
        if lead[np.argmax(np.abs(lead))] < 0:
            lead = -lead
        s = np.where(lead > 0, 1.0, -1.0)
        gain = s @ bg @ s
        part_a = [g[i] for i in range(len(g)) if s[i] > 0]
        part_b = [g[i] for i in range(len(g)) if s[i] < 0]
        if gain <= 1e-10 or not part_a or not part_b:
            done.append(g)
            continue
        queue.extend([part_a, part_b])
    return done


@renamed_params(ci_level="ci")
def frame_packages(model: TopicModel, *, by: str | Sequence[str] = "source", level: str = "unit",
                   similarity: str = "cosine", community: str = "leading_eigenvector", min_weight: float = 0.0,
                   n_boot: int = N_BOOT, ci: float = 0.95, random_state: int = 0,
                   interval: str = DEFAULT_INTERVAL) -> FramePackages:
    """Frame packages from a network of topics (Walter & Ophir 2019, "ANTMN").

    Topics are nodes; two topics are linked by how they co-occur: the cosine similarity (as ANTMN) or the
    Pearson correlation of their proportions across units (``level="unit"``) or documents
    (``level="document"``). Only edges with weight above ``min_weight`` (and always positive) are kept.
    Communities of the weighted network are the frame packages: ``community="leading_eigenvector"``
    (Newman 2006, as ANTMN with igraph; deterministic) or ``"louvain"`` (Blondel et al. 2008, networkx,
    seeded by ``random_state``). Each package's prevalence per group is the summed mean proportion of its
    topics, with a bootstrap interval over units as in :func:`discourse.topic_prevalence` (``interval``:
    ``"expanded"``, the default, ``"percentile"`` or ``"bca"``; :mod:`discourse.resample`). When the
    network has no community structure (one community of all topics, or no edge at all: e.g. every
    correlation <= 0), ``structure`` is False, a warning says so and every topic is its own package. ``ci_level=`` is the old name of ``ci=``.

    Returns a :class:`FramePackages` with the tidy tables ``nodes``, ``edges`` and ``prevalence``.
    """
    import networkx as nx

    model = check_model(model, "frame_packages")
    check_one_of("level", level, ["unit", "document"])
    check_one_of("similarity", similarity, ["cosine", "correlation"])
    check_one_of("community", community, ["leading_eigenvector", "louvain"])
    check_seed("random_state", random_state)
    check_boot(n_boot, ci)  # ci=95 had failed inside numpy's quantile, n_boot=-1 gave no intervals unannounced
    check_interval(interval)
    cols, keys, every = model_groups(model, by)
    k = model.n_topics_
    if level == "unit":
        theta = model.doc_topic_
    else:
        dt = model.doc_topics(level="document")
        theta = dt["proportion"].to_numpy().reshape(-1, k)
    if similarity == "cosine":
        norm = np.linalg.norm(theta, axis=0)
        x = theta / np.where(norm > 0, norm, 1.0)
        w = x.T @ x
    else:
        if len(theta) < 3:
            raise ValueError(f"similarity='correlation' needs at least 3 {level}s, got {len(theta)}; "
                             f"use similarity='cosine' or level='unit'")
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.nan_to_num(np.corrcoef(theta, rowvar=False), nan=0.0)
    np.fill_diagonal(w, 0.0)
    w = np.where(w > max(float(min_weight), 0.0), w, 0.0)
    graph = nx.Graph()
    graph.add_nodes_from(range(k))
    for a in range(k):
        for b in range(a + 1, k):
            if w[a, b] > 0:
                graph.add_edge(a, b, weight=float(w[a, b]))
    if community == "louvain":
        comms = [sorted(c) for c in nx.community.louvain_communities(graph, weight="weight", seed=random_state)]
    else:
        comms = leading_eigenvector(w)
    comms = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c[0]))
    complete = graph.number_of_edges() == k * (k - 1) // 2
    edgeless = k > 1 and graph.number_of_edges() == 0
    structure = not (k > 1 and len(comms) == 1) and not edgeless
    if edgeless:
        # no edge: every topic its own community, which had been reported as structure=True (modularity 0.0)
        fix = (f"lower min_weight (now {float(min_weight)!r})" if min_weight > 0 else
               "similarity='cosine' links topics that share units at all" if similarity == "correlation" else
               "fit more topics or give more units")
        warnings.warn(
            f"{_NO_STRUCTURE} (no edge: the topics share no positive "
            f"{'correlation' if similarity == 'correlation' else 'cosine similarity'}"
            + (f" above min_weight={float(min_weight)!r}" if min_weight > 0 else "") + " across "
            f"{level}s); every topic is reported as its own package. Topic proportions sum to one, so with few "
            f"topics they correlate negatively; {fix}", UserWarning, stacklevel=3)
        comms = [[t] for t in range(k)]
    elif not structure:
        warnings.warn(
            f"{_NO_STRUCTURE} ({'complete' if complete else 'one community'}: "
            f"{graph.number_of_edges()} of {k * (k - 1) // 2} possible edges); every topic is reported as its own "
            f"package. Try similarity='correlation' (negative correlations drop edges) or a min_weight",
            UserWarning, stacklevel=3)
        comms = [[t] for t in range(k)]
    package = np.empty(k, dtype=np.int64)
    for p, c in enumerate(comms):
        package[c] = p
    modularity = float(nx.community.modularity(graph, [set(c) for c in comms], weight="weight")) \
        if graph.number_of_edges() and structure else 0.0
    labels = model.labels()
    nodes = pd.DataFrame({"topic": np.arange(k, dtype=np.int64), "label": labels, "package": package,
                          "prevalence": model.doc_topic_.mean(axis=0), "strength": w.sum(axis=1)})
    edge_rows = [(a, b, float(w[a, b]), bool(package[a] == package[b]))
                 for a in range(k) for b in range(a + 1, k) if w[a, b] > 0]
    edges = pd.DataFrame(edge_rows, columns=["source_topic", "target_topic", "weight", "same_package"])
    edges = edges.astype({"source_topic": np.int64, "target_topic": np.int64, "weight": float,
                          "same_package": bool})
    sums = np.stack([model.doc_topic_[:, c].sum(axis=1) for c in comms], axis=1)
    prev = group_means(sums, keys, every, cols, np.arange(len(comms)),
                       [", ".join(map(str, c)) for c in comms], "package", int(n_boot), float(ci), int(random_state),
                       interval)
    prev = prev.rename(columns={"label": "topics"})
    return FramePackages(nodes=nodes, edges=edges, prevalence=prev, modularity=modularity, structure=structure,
                         params={"level": level, "similarity": similarity, "community": community,
                                 "min_weight": float(min_weight), "random_state": int(random_state)})
