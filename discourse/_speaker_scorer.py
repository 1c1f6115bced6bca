"""Scored speakers: candidate speakers of a speech quotation, their features, and a trained linear scorer.

The hand-written attribution rules (:mod:`discourse._attribution`, :mod:`discourse._quote_sieve`,
:mod:`discourse._speakers`) name one speaker per quotation. Five rounds of such rules each lifted the parts
they were written from far more than held-out text (README, "Quotations: who speaks"). This module takes a
different route, the one of the mention-ranking models of quotation attribution (Elson and McKeown 2010;
O'Keefe et al. 2012; Muzny et al. 2017): it lists the **candidate** speakers of every speech quotation the
rules found, describes each candidate by a few general features (distance, direction, a cue verb next to
it, its clause role, whether the rules chose it, ...), and picks the candidate a conditional logistic
regression (a softmax over the quotation's candidates, trained with an L2 penalty by
``benchmarks/train_speaker_scorer.py`` on the development labels A-E, H and G, never on the held-out F and
I) scores highest. "No speaker" is
one more candidate with features of its own, so that a quotation whose candidates all look unlikely is
left without a speaker rather than given a wrong one.

Only the speaker of ``kind == 'speech'`` quotations is re-decided; spans, kinds, cues and ids are the rule
path's. The weights are data (``discourse/data/speaker_scorer.json``: version, feature names, weights, the
training command and its cross-validation figures); this module only applies them.

Candidates of a speech quotation (:func:`candidates`):

- the rules' own choice (whatever its reason: a name, a resolved pronoun, a description such as
  ``taxi driver``, an organisation speaking through a document);
- every person or organisation the document's name table (:class:`discourse._speakers._Speakers`) finds
  outside quotations from the start of the previous paragraph to the end of the quotation's last paragraph,
  and in the first sentence of the paragraph after it (one candidate per canonical name, described by its
  mention nearest to the quotation);
- the speaker the rules gave the previous speech quotation of the document (the turn before).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

import numpy as np

from ._quote_cues import _SENT_BOUNDARY, CUE_VERBS
from ._speaker_names import _PRONOUN_SPEAKERS, _RUN_RE, _subject_like
from ._speakers import _Speakers

MODEL_FILE = "speaker_scorer.json"

# The features, in the order of the weight vector. Each name is documented in FEATURE_DOCS.
FEATURES: tuple[str, ...] = (
    "null", "null_rule_none", "null_no_near_name", "null_opens_paragraph",
    "rule", "rule_named", "rule_pronoun", "rule_description", "rule_continues", "rule_distant",
    "rule_document", "rule_has_cue",
    "no_position", "before", "log_distance", "same_sentence", "sentences_between",
    "previous_paragraph", "next_paragraph", "cue_before_name", "cue_after_name", "adjacent_cue",
    "subject", "org", "description", "log_prior_speaker", "previous_speaker", "quote_between",
    "nearest_before", "nearest_after", "opens_after", "closes_before", "log_mentions",
    "rule_no_position", "only_name", "full_name", "one_word_org",
)

FEATURE_DOCS: dict[str, str] = {
    "null": "the 'no speaker' candidate: its bias (how low every other score must be for no speaker to win)",
    "null_rule_none": "no speaker, and the rules found none: they give none where no attribution is written",
    "null_no_near_name": "no speaker, and no name in the quotation's own sentence: unnamed turns of dialogue",
    "null_opens_paragraph": "no speaker, and the quotation opens its paragraph (a new turn, often unattributed)",
    "rule": "the rules chose this candidate: the rules are right most of the time on text like theirs",
    "rule_named": "... and named it directly (speaker_reason 'named'): the strongest of the rules",
    "rule_pronoun": "... through a pronoun they resolved: resolution is a guess, weaker than a name",
    "rule_description": "... as a description or a description resolved to a name",
    "rule_continues": "... by continuing an earlier quotation's speaker (continues, coordinated, chain)",
    "rule_distant": "... from an attribution not next to the quotation (the sentence or paragraph before, "
                    "a colon frame, the next paragraph)",
    "rule_document": "... as the organisation whose document is quoted",
    "rule_has_cue": "... and the quotation has a cue verb: an attribution was actually written",
    "no_position": "the candidate has no mention near the quotation (a description, a distant antecedent, "
                   "the previous speaker named far back): its distance features are zero",
    "before": "its nearest mention is before the quotation (news: 'X said, \"...\"'; after is 'said X')",
    "log_distance": "log(1 + characters between the mention and the quotation) / 5: nearer names speak",
    "same_sentence": "no sentence boundary lies between the mention and the quotation",
    "sentences_between": "sentence boundaries between them, at most 3 (each one weakens the link)",
    "previous_paragraph": "the mention is in the paragraph before the quotation's",
    "next_paragraph": "the mention is in the first sentence of the paragraph after the quotation's",
    "cue_before_name": "a cue verb right before the name ('said Smith', 'according to Smith')",
    "cue_after_name": "a cue verb right after the name or its apposition ('Smith said', 'Smith, a farmer, said')",
    "adjacent_cue": "a cue verb next to the name, and only the attribution between name and quotation "
                    "(at most 40 characters without a sentence end): the classic attribution",
    "subject": "the name is the subject of its clause (discourse._speaker_names._subject_like): "
               "objects and names in prepositional phrases rarely speak",
    "org": "the candidate is an organisation (they speak through documents and spokesmen, less often)",
    "description": "the candidate is a description (lower case, no name): 'taxi driver'",
    "log_prior_speaker": "log(1 + earlier speech quotations the rules gave this speaker) / 2: "
                         "people quoted before are quoted again",
    "previous_speaker": "the rules gave the previous speech quotation this speaker (dialogue and runs)",
    "quote_between": "another quotation lies between the mention and this one (that one's speaker is nearer)",
    "nearest_before": "the nearest candidate mention before the quotation",
    "nearest_after": "the nearest candidate mention after the quotation",
    "opens_after": "the quotation opens its paragraph and the mention is after it ('\"...\" said X')",
    "closes_before": "the quotation closes its paragraph and the mention is before it ('X said: \"...\"')",
    "log_mentions": "log(1 + mentions of the candidate in the window) / 2: the person the passage is about",
    "rule_no_position": "the rules chose a speaker that is no name near the quotation ('conclusion', 'man', "
                        "an office): such choices are the rules' most frequent wrong ones on the development parts",
    "only_name": "the only name near the quotation: with no one else in the passage, its subject speaks",
    "full_name": "a person named with two words or more: a real name rather than a capitalised word",
    "one_word_org": "a one-word organisation ('American', 'Congo', 'Soviet'): mostly adjectives and places "
                    "the name table keeps, which rarely speak",
}

_CONTINUES = ("continues", "coordinated", "attributed after the next quotation")
_DISTANT = ("sentence before", "previous paragraph", "introduced by a colon", "next paragraph",
            "inside an unclosed")
_CUE_WORDS = frozenset(w for w in CUE_VERBS if " " not in w)
_WORD = re.compile(r"[A-Za-z]+")
_WINDOW_AFTER = 300  # characters of the next paragraph looked at for its first sentence


def _rule_category(reason: str | None) -> str | None:
    """The rule family a speaker_reason belongs to (the rule_* features)."""
    if reason is None:
        return None
    if reason == "named":
        return "named"
    if "pronoun" in reason:
        return "pronoun"
    if reason.startswith("description") or "description" in reason:
        return "description"
    if any(k in reason for k in _CONTINUES):
        return "continues"
    if any(k in reason for k in _DISTANT):
        return "distant"
    if "document" in reason:
        return "document"
    return "named"


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The shipped model (``discourse/data/speaker_scorer.json``), checked by :func:`check_model`."""
    raw = resources.files("discourse").joinpath("data", MODEL_FILE).read_text("utf-8")
    return check_model(json.loads(raw))


def check_model(model: dict) -> dict:
    """A model dict ``{'version', 'features', 'weights', ...}`` with its weights as a tuple of floats.

    Raises ValueError when its feature list is not this module's :data:`FEATURES` (a model trained for
    another version of the features must be retrained) or when a weight is missing or not finite."""
    if tuple(model.get("features", ())) != FEATURES:
        raise ValueError("the speaker model was trained for other features than "
                         "discourse._speaker_scorer.FEATURES; retrain it with "
                         "'python benchmarks/train_speaker_scorer.py --write'")
    weights = model.get("weights", ())
    if len(weights) != len(FEATURES) or not all(isinstance(w, int | float) and math.isfinite(w) for w in weights):
        raise ValueError(f"the speaker model needs {len(FEATURES)} finite weights, one per feature; got "
                         f"{len(weights)}; retrain it with 'python benchmarks/train_speaker_scorer.py --write'")
    return {**model, "weights": tuple(float(w) for w in weights)}


def _name_end(text: str, s: int) -> int:
    m = _RUN_RE.match(text, s)
    return m.end() if m else s + 1


def _as_written(text: str, s: int, e: int) -> str:
    """The name run as written, without a possessive ending ('Acme’s' -> 'Acme')."""
    return re.sub(r"[’']s?$", "", text[s:e].strip(" ,;:"))


def _cue_before(text: str, s: int) -> bool:
    """A cue verb among the two words before the name at s ('said Smith', 'told by Smith'), or
    'according to' right before it."""
    before = text[max(0, s - 30):s]
    if re.search(r"according\s+to\s+(?:the\s+)?$", before, re.IGNORECASE):
        return True
    words = [w.lower() for w in _WORD.findall(before)][-2:]
    return any(w in _CUE_WORDS for w in words)


def _cue_after(text: str, e: int) -> bool:
    """A cue verb among the two words after the name ending at e, after an apposition between commas
    ('Smith, a farmer, said') of at most 60 characters."""
    after = text[e:e + 90]
    m = re.match(r"\s*,[^,.;:“”\"]{1,60},", after)
    if m:
        after = after[m.end():]
    words = [w.lower() for w in _WORD.findall(after[:30])][:2]
    return any(w in _CUE_WORDS for w in words)


def _boundaries(text: str, lo: int, hi: int) -> int:
    """Sentence boundaries between lo and hi (at most 3)."""
    n = 0
    for _ in _SENT_BOUNDARY.finditer(text, lo, hi):
        n += 1
        if n >= 3:
            break
    return n


def _unit_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def candidates(text: str, quotes: list[dict], units: list[tuple[int, int]],
               table: _Speakers | None = None) -> list[tuple[int, list[dict], np.ndarray]]:
    """For every speech quotation (its index in ``quotes``), its candidates and their feature matrix.

    Each candidate is a dict ``{'speaker', 'speaker_as_written', 'speaker_role', 'speaker_org', 'pos'}``
    (``speaker`` None for the 'no speaker' candidate, which is always the first); the matrix has one row
    per candidate and one column per name of :data:`FEATURES`. ``quotes`` are the dicts of the rule path
    (:func:`discourse.quotes.find_quote_spans` with ``speakers=True``); ``units`` its paragraphs."""
    speech = [i for i, q in enumerate(quotes) if q.get("kind") == "speech"]
    if not speech:
        return []
    if table is None:
        table = _Speakers(text, [(q["start"], q["end"]) for q in quotes if q.get("parent_id") is None])
    mpos = [p for p, _ in table.mentions]
    ustarts = [s for s, _ in units]
    col = {f: k for k, f in enumerate(FEATURES)}
    quote_starts = sorted(q["start"] for q in quotes)
    prior: dict[str, int] = {}
    prev_speaker: str | None = None
    out = []
    for i in speech:
        q = quotes[i]
        u0, u1 = _unit_of(ustarts, q["start"]), _unit_of(ustarts, max(q["start"], q["end"] - 1))
        us, ue = units[u0][0], units[u1][1]
        lo = units[u0 - 1][0] if u0 > 0 else us
        hi = ue
        if u1 + 1 < len(units):
            ns, ne = units[u1 + 1]
            cut = _SENT_BOUNDARY.search(text, ns, min(ne, ns + _WINDOW_AFTER))
            hi = cut.start() + 1 if cut else min(ne, ns + _WINDOW_AFTER)
        opens = not text[us:q["start"]].strip()
        closes = not text[q["end"]:ue].strip(" \t\r\n.,;:!?")
        cands: dict[str, dict] = {}
        for j in range(bisect_left(mpos, lo), bisect_left(mpos, hi)):
            p, ent = table.mentions[j]
            if q["start"] <= p < q["end"]:
                continue
            e = _name_end(text, p)
            dist = q["start"] - e if p < q["start"] else p - q["end"]
            c = cands.get(ent.name)
            if c is None:
                c = cands[ent.name] = {"speaker": ent.name, "speaker_as_written": _as_written(text, p, e),
                                       "speaker_role": ent.role if ent.kind == "person" else None,
                                       "speaker_org": ent.org if ent.kind == "person" else ent.name,
                                       "pos": p, "_dist": max(0, dist), "_n": 0, "_org": ent.kind != "person"}
            elif max(0, dist) < c["_dist"]:
                c.update(pos=p, _dist=max(0, dist), speaker_as_written=_as_written(text, p, e))
            c["_n"] += 1
        rule = q.get("speaker")
        if rule is not None and rule not in cands:
            cands[rule] = {"speaker": rule, "speaker_as_written": q.get("speaker_as_written"),
                           "speaker_role": q.get("speaker_role"), "speaker_org": q.get("speaker_org"),
                           "pos": None, "_dist": None, "_n": 0, "_org": False}
        if prev_speaker is not None and prev_speaker not in cands:
            cands[prev_speaker] = {"speaker": prev_speaker, "speaker_as_written": None, "speaker_role": None,
                                   "speaker_org": None, "pos": None, "_dist": None, "_n": 0, "_org": False}
        rows = [np.zeros(len(FEATURES))]
        null = rows[0]
        null[col["null"]] = 1.0
        null[col["null_rule_none"]] = float(rule is None)
        null[col["null_opens_paragraph"]] = float(opens)
        listed = [None, *cands.values()]
        n_named = sum(c["pos"] is not None for c in cands.values())
        befores = [c["_dist"] for c in cands.values() if c["pos"] is not None and c["pos"] < q["start"]]
        afters = [c["_dist"] for c in cands.values() if c["pos"] is not None and c["pos"] >= q["end"]]
        near_name = False
        cat = _rule_category(q.get("speaker_reason")) if rule is not None else None
        for c in cands.values():
            x = np.zeros(len(FEATURES))
            name = c["speaker"]
            if name == rule:
                x[col["rule"]] = 1.0
                x[col["rule_" + cat]] = 1.0
                x[col["rule_has_cue"]] = float(q.get("cue") is not None)
            x[col["description"]] = float(name[:1].islower())
            x[col["org"]] = float(c["_org"])
            x[col["log_prior_speaker"]] = math.log1p(prior.get(name, 0)) / 2
            x[col["previous_speaker"]] = float(name == prev_speaker)
            x[col["log_mentions"]] = math.log1p(c["_n"]) / 2
            words = name.split()
            x[col["full_name"]] = float(not c["_org"] and len(words) >= 2 and not name[:1].islower())
            x[col["one_word_org"]] = float(c["_org"] and len(words) == 1)
            p = c["pos"]
            x[col["rule_no_position"]] = float(name == rule and p is None)
            x[col["only_name"]] = float(p is not None and n_named == 1)
            if p is None:
                x[col["no_position"]] = 1.0
            else:
                e = _name_end(text, p)
                before = p < q["start"]
                a, b = (e, q["start"]) if before else (q["end"], p)
                nb = _boundaries(text, a, b) if b > a else 0
                x[col["before"]] = float(before)
                x[col["log_distance"]] = math.log1p(c["_dist"]) / 5
                x[col["same_sentence"]] = float(nb == 0)
                near_name = near_name or nb == 0
                x[col["sentences_between"]] = float(nb)
                pu = _unit_of(ustarts, p)
                x[col["previous_paragraph"]] = float(pu < u0)
                x[col["next_paragraph"]] = float(pu > u1)
                cb, ca = _cue_before(text, p), _cue_after(text, e)
                x[col["cue_before_name"]] = float(cb)
                x[col["cue_after_name"]] = float(ca)
                x[col["adjacent_cue"]] = float((cb or ca) and c["_dist"] <= 40 and nb == 0)
                x[col["subject"]] = float(_subject_like(text, p))
                k0, k1 = bisect_right(quote_starts, a), bisect_left(quote_starts, b)
                x[col["quote_between"]] = float(k1 > k0 and not (not before and k1 == k0 + 1
                                                                 and quote_starts[k0] == q["start"]))
                x[col["nearest_before"]] = float(before and c["_dist"] == min(befores))
                x[col["nearest_after"]] = float(not before and c["_dist"] == min(afters))
                x[col["opens_after"]] = float(opens and not before)
                x[col["closes_before"]] = float(closes and before)
            rows.append(x)
        null[col["null_no_near_name"]] = float(not near_name)
        out.append((i, listed, np.vstack(rows)))
        if rule is not None:
            prior[rule] = prior.get(rule, 0) + 1
            prev_speaker = rule
    return out


def rescore(text: str, quotes: list[dict], units: list[tuple[int, int]], model: dict | None = None,
            table: _Speakers | None = None) -> None:
    """Give every speech quotation of ``quotes`` (the rule path's dicts, changed in place) the speaker its
    top-scoring candidate names, or none when the 'no speaker' candidate scores highest.

    A speaker the rules chose keeps the rules' columns (as written, role, organisation, channel, reason);
    another candidate gets ``speaker_reason`` ``'scored'`` (``'scored: no speaker'`` when none wins over a
    speaker the rules gave), its mention as written, and the name table's role and organisation.
    ``table``: the rule path's name table of this text, when it built one (else one is built here); its
    mentions are fixed when it is built, so reusing it gives the same candidates and saves building it again."""
    model = load_model() if model is None else check_model(model)
    w = np.asarray(model["weights"])
    for i, listed, x in candidates(text, quotes, units, table):
        k = int(np.argmax(x @ w))  # ties: the first, i.e. 'no speaker', then the candidates in text order
        q = quotes[i]
        c = listed[k]
        if c is None:
            if q.get("speaker") is not None:
                q.update(speaker=None, speaker_as_written=None, speaker_role=None, speaker_org=None,
                         channel=None, speaker_reason="scored: no speaker")
            continue
        if c["speaker"] == q.get("speaker"):
            continue
        written = c["speaker_as_written"]
        if written is not None and written.lower() in _PRONOUN_SPEAKERS:  # never a pronoun as written
            written = None
        q.update(speaker=c["speaker"], speaker_as_written=written or c["speaker"],
                 speaker_role=c["speaker_role"], speaker_org=c["speaker_org"], channel=None,
                 speaker_reason="scored")
