"""Identity check: whole ``tokenize`` tables of this tree against a git revision's, on many texts.

    python benchmarks/check_tokenize_identity.py [--before main] [--brown 100] [--ungd-step 60]

Corpora: the bundled seeds (``load_corpus(seeds)``, cleaned, so set-aside spans are left out), the first
``--brown`` Brown texts (``../shared/corpora/brown/``) and every ``--ungd-step``-th UN General Debate speech,
each loaded by both packages from the same DataFrame. Each is tokenised with ``quotes=True`` and
``quotes=False`` by this tree (and with ``quotes=True, n_jobs=2``: parts in worker processes) and by the revision (``benchmarks._common.package_at``, imported as
``discourse_before``: its files only, so without the compiled kernel, which the gitignored build leaves out:
this also compares the kernel with the pattern) and the tables are compared as
``pandas.testing.assert_frame_equal`` does (values, dtypes, categories and their order; categoricals as
categories and codes, see :func:`assert_same_table`). Run it once more with
``DISCOURSE_NO_KERNEL=1`` to compare the pure-Python path of this tree too. Prints one line per corpus and
setting; exits 1 on any difference. Speed-ups of ``tokenize`` must keep this at 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import REPO, SEEDS, UNGD, package_at  # noqa: E402

BROWN = REPO.parent / "shared" / "corpora" / "brown" / "brown.jsonl.gz"


def samples(brown: int, ungd_step: int) -> dict:
    """name -> DataFrame of documents (None: the seeds, loaded by each package itself)."""
    import pandas as pd

    out: dict = {"seeds": None}
    if BROWN.exists() and brown:
        with gzip.open(BROWN, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for _, line in zip(range(brown), fh, strict=False)]
        out[f"brown[:{brown}]"] = pd.DataFrame(rows)
    if UNGD.exists() and ungd_step:
        rows = []
        with gzip.open(UNGD, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % ungd_step == 0:
                    rows.append(json.loads(line))
        df = pd.DataFrame(rows)
        df = df.drop(columns=[c for c in ("source",) if c in df.columns]).rename(columns={"country": "source"})
        if "speaker" in df.columns:  # the speech's speaker, not the token table's quoted speaker
            df = df.rename(columns={"speaker": "doc_speaker"})
        out[f"ungd[::{ungd_step}]"] = df[df["text"].fillna("").str.len() > 0].reset_index(drop=True)
    return out


def corpus_of(package, df):
    return package.load_corpus(SEEDS) if df is None else package.Corpus.from_dataframe(df, text="text", date=None)


def assert_same_table(a, b) -> None:
    """``pandas.testing.assert_frame_equal(a, b)``, with each categorical column checked as its categories
    (``assert_index_equal``, exact: values, dtype, order) and its codes: the same test (same categories in the
    same order and the same codes are the same values and dtype), without boxing every value (minutes)."""
    import pandas as pd

    pd.testing.assert_index_equal(a.columns, b.columns)
    cat = [c for c in a.columns if isinstance(a[c].dtype, pd.CategoricalDtype)]
    for c in cat:
        if not isinstance(b[c].dtype, pd.CategoricalDtype):
            raise AssertionError(f"column {c!r}: categorical in the first table, {b[c].dtype} in the second")
        assert a[c].dtype.ordered == b[c].dtype.ordered, f"column {c!r}: ordered differs"
        pd.testing.assert_index_equal(a[c].cat.categories, b[c].cat.categories, exact=True, obj=f"{c} categories")
    codes = {c: a[c].cat.codes for c in cat}
    pd.testing.assert_frame_equal(a.assign(**codes), b.assign(**{c: b[c].cat.codes for c in cat}))


def main(argv: list[str] | None = None) -> int:

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--brown", type=int, default=100, help="first Brown texts (default 100; 0 leaves them out)")
    ap.add_argument("--ungd-step", type=int, default=60, help="every n-th UN speech (default 60; 0: none)")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    import discourse as now

    before = package_at(args.before)
    bad = 0
    for name, df in samples(args.brown, args.ungd_step).items():
        c_now, c_before = corpus_of(now, df), corpus_of(before, df)
        for quotes, n_jobs in ((True, 1), (False, 1), (True, 2)):
            a = before.tokenize(c_before, quotes=quotes)
            b = now.tokenize(c_now, quotes=quotes, n_jobs=n_jobs)
            try:
                assert_same_table(a, b)
                verdict = "identical"
            except AssertionError as exc:
                bad += 1
                verdict = "DIFFERENT: " + " ".join(str(exc).split())[:400]
            print(f"{name:<14} {len(c_now.documents):>4} documents, quotes={quotes!s:<5} n_jobs={n_jobs} {len(b):>9,} tokens: "
                  f"{verdict}", flush=True)
    kernel = "without" if now.text._KERNEL is None else "with"
    print(f"{'all identical' if not bad else f'{bad} table(s) differ'} (this tree {kernel} the compiled kernel, "
          f"against {args.before})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
