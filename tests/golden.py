"""Result tables whose content a refactor must not change, and their fingerprints.

``python -m tests.golden write`` records SHA-256 fingerprints of every table below into
``tests/data/golden.json``; ``tests/test_golden.py`` recomputes them and compares. The fingerprints were first
written from the code as it stood before the counting-core redesign (commit fdf72b4), so the test proves the
redesign kept every table identical row for row. Column renames of the redesign (``category`` -> ``frame``,
``topics_by`` -> ``topic_prevalence``) are mapped back before hashing, so only content is compared.

Where a later issue changed a table on purpose, the table is taken in the form both versions can give:
the balance counting every hit and without its ``interval`` option column (the default
interval's values are recorded in ci_low and ci_high), the hits without their stance/use columns, keyness without
the group columns and the columns of the test over documents it gained.

The inputs: the bundled seeds, and the first 60 speeches of the UN General Debate corpus when
``../shared/corpora/ungd`` is present (its texts are never committed; only the fingerprints are). The framing
lexicon is pinned to the copy of v1.0.0 in ``tests/data/framing_v1.toml``, so that lexicon updates do not
count as refactor changes. When a later change alters a table on purpose, record it with
``python -m tests.golden rewrite REASON``: the changed fingerprints are rewritten and the golden file lists
which tables changed and why under ``changes``.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import sys
import warnings
from pathlib import Path

import pandas as pd

import discourse as dc

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "golden.json"
LEXICON = HERE / "data" / "framing_v1.toml"
UNGD = HERE.parent.parent / "shared" / "corpora" / "ungd" / "ungd_1946_2024.jsonl.gz"
RENAMES = {"category": "frame"}


def fingerprint(df: pd.DataFrame) -> str:
    """SHA-256 of a table's CSV (columns renamed to today's names, index dropped, 12 significant digits)."""
    df = df.rename(columns=RENAMES)
    csv = df.to_csv(index=False, float_format="%.12g", lineterminator="\n")
    return hashlib.sha256(csv.encode("utf-8")).hexdigest()


def un_sample(n: int = 60) -> pd.DataFrame | None:
    if not UNGD.exists():
        return None
    with gzip.open(UNGD, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, n)]
    return pd.DataFrame(rows)[["doc_id", "country", "year", "text"]].rename(columns={"country": "source"})


def tables(corpus, name: str) -> dict[str, pd.DataFrame]:
    """Every table a refactor must keep, computed on one corpus."""
    lex = dc.load_lexicon(LEXICON)
    out: dict[str, pd.DataFrame] = {}
    from discourse.text import TOKEN_COLUMNS

    # the token table's columns of before (tokenize carries every document column by default since)
    cols = ["doc_id", "source", *TOKEN_COLUMNS[1:]]
    tok = dc.tokenize(corpus)
    out["tokens"] = tok[cols]
    out["tokens_noquotes"] = dc.tokenize(corpus, quotes=False)[cols]
    out["terms_uni"] = dc.count_terms(tok, by="source")
    out["terms_bi_stop"] = dc.count_terms(tok, by="source", ngram=(1, 2), drop_stop=True)
    out["terms_lex_doc"] = dc.count_terms(tok, by="doc_id", lexicon=lex, min_count=2)
    out["frames"] = dc.count_frames(tok, lex, by="source")
    # every hit counted (the use-aware default came later, on purpose); option columns left out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        balance = dc.frame_balance(tok, lex, by="source", n_boot=200, random_state=1, distanced="include")
    out["balance"] = balance.drop(columns=[c for c in ("distanced", "uses", "interval") if c in balance.columns])
    terms = dc.find_frame_terms(tok, lex)
    extra = [c for c in corpus.documents.columns if c not in ("doc_id", "source", "text")]  # carried since
    out["frame_terms"] = terms.drop(columns=[c for c in ("stance", "use", "use_rule", "cue", *extra)
                                             if c in terms.columns])
    from discourse.keyness import KEYNESS_COLUMNS

    # the keyness columns of before the redesign (it added the caller's group columns in front of them) and
    # before the test over documents (it added p_statistic, mean_rate_target, mean_rate_reference, p_test and
    # p_method)
    later = ("p_statistic", "mean_rate_target", "mean_rate_reference", "p_test", "p_method")
    out["keyness"] = dc.keyness_all(out["terms_uni"], by="source")[[c for c in KEYNESS_COLUMNS if c not in later]]
    out["kwic"] = dc.kwic(tok, "rights", lexicon=lex)
    out["collocates"] = dc.collocates(tok, "surveillance")
    out["stream_terms"] = dc.count_terms_stream(corpus, by="source")
    out["stream_frames"] = dc.count_frames_stream(corpus, lex, by="source")
    return {f"{name}/{k}": v for k, v in out.items()}


def compute() -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = {k: fingerprint(v) for k, v in tables(dc.load_corpus(), "seeds").items()}
        un = un_sample()
        if un is not None:
            corpus = dc.Corpus.from_dataframe(un, text="text", source="source", date=None)
            result.update({k: fingerprint(v) for k, v in tables(corpus, "ungd60").items()})
    return result


def recorded() -> dict[str, str]:
    """The recorded fingerprints (``tables`` of the golden file)."""
    data = json.loads(GOLDEN.read_text())
    return data["tables"] if "tables" in data else data


def rewrite(names: list[str], why: str) -> None:
    """Record today's fingerprints of the named tables (a deliberate change), with the reason."""
    data = json.loads(GOLDEN.read_text())
    if "tables" not in data:
        data = {"tables": data, "changes": []}
    now = compute()
    for n in names:
        data["tables"][n] = now[n]
    data["changes"].append({"tables": sorted(names), "why": why})
    GOLDEN.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["write"]:
        GOLDEN.write_text(json.dumps({"tables": compute(), "changes": []}, indent=1, sort_keys=True) + "\n")
        print(f"wrote {GOLDEN}")
    elif sys.argv[1:2] == ["rewrite"]:
        now, old = compute(), recorded()
        changed = sorted(k for k in old if now.get(k) != old[k])
        rewrite(changed, " ".join(sys.argv[2:]) or "unstated")
        print(f"rewrote {changed}")
    else:
        print(json.dumps(compute(), indent=1, sort_keys=True))
