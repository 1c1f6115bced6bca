"""The replication promise: ``python -m analyses.run_all OUT_DIR`` on the bundled seeds writes what
analyses/README.md says it shows, every provenance file names what is needed to repeat the run, and the
warnings of the analysis are recorded there.

The numbers of analyses/README.md are read from the README itself and compared with the tables of a run, so
the text cannot go stale silently when the code changes a result.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from discourse.report import FIGURES  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ANALYSES_README = (REPO / "analyses" / "README.md").read_text(encoding="utf-8")


def _num(text: str) -> float:
    """A number as the README writes it: a typographic minus, a plus sign, a thousands comma."""
    return float(text.replace("\u2212", "-").replace(",", "").lstrip("+"))


def _claim(pattern: str) -> list[float]:
    """The numbers a pattern captures in analyses/README.md (the pattern must occur exactly once)."""
    found = re.findall(pattern, ANALYSES_README)
    assert len(found) == 1, f"analyses/README.md: {pattern!r} found {len(found)} times"
    groups = found[0] if isinstance(found[0], tuple) else (found[0],)
    return [_num(g) for g in groups]


def _close(doc: float, value: float, decimals: int) -> bool:
    """The README's rounded number is the value rounded to ``decimals`` places (either way at a tie)."""
    return abs(doc - value) <= 0.5 * 10 ** -decimals + 1e-9


N = r"([\u2212+]?[\d.,]+)"


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    """One run of the README's command, ``python -m analyses.run_all OUT_DIR``, on the bundled seeds."""
    from analyses import run_all

    out = tmp_path_factory.mktemp("figures")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_all.main(out)
    return out


def _table(run: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(run / f"{name}.csv", dtype={"doc_id": str})


def test_frame_balance_row(run):
    b = _table(run, "frame_balance")
    g = b[b["level"] == "group"].set_index(["source", "voice"])
    author, author_lo, author_hi = _claim(r"author's prose leans to rights \(log-odds " + N + r", 95% interval "
                                          + N + " to " + N + r"\)")
    quoted, quoted_lo, quoted_hi = _claim(r"people it quotes lean promotional \(" + N + ", " + N + " to " + N + r"\)")
    edge, edge_lo, edge_hi, epoch, epoch_lo, epoch_hi = _claim(
        r"The Edge Markets is at " + N + r" \(" + N + " to " + N + r"\) and The Epoch Times at " + N + r" \(" + N
        + " to " + N + r"\)")
    for doc, key in [((author, author_lo, author_hi), ("Al Bawaba", "author")),
                     ((quoted, quoted_lo, quoted_hi), ("Al Bawaba", "quoted")),
                     ((edge, edge_lo, edge_hi), ("The Edge Markets", "all")),
                     ((epoch, epoch_lo, epoch_hi), ("The Epoch Times", "all"))]:
        got = tuple(g.loc[key, ["balance", "ci_low", "ci_high"]])
        assert all(_close(d, v, 1) for d, v in zip(doc, got, strict=True)), (key, doc, got)
    # the hollow point: "The Epoch Times' 0 : 3"
    pos, neg = _claim(r"The Epoch Times' (\d+) : (\d+)")
    assert tuple(g.loc[("The Epoch Times", "all"), ["n_positive", "n_negative"]]) == (pos, neg)
    # "three sources quote no pole term at all (The Edge Markets, The Epoch Times, the Carnegie article)"
    quoted_rows = b[(b["level"] == "group") & (b["voice"] == "quoted")]
    silent = quoted_rows.loc[quoted_rows["n_positive"] + quoted_rows["n_negative"] == 0, "source"].tolist()
    assert sorted(silent) == ["The Edge Markets", "The Epoch Times", "unknown (003)"]


def test_frame_rates_row(run):
    r = _table(run, "frame_rates")
    rate = r[r["voice"] == "all"].set_index(["source", "frame"])["rate"]
    for doc, key in zip(_claim(r"The Edge Markets " + N + ", The Epoch Times " + N + ", the blog post 000 " + N),
                        [("The Edge Markets", "technology"), ("The Epoch Times", "technology"),
                         ("unknown (000)", "technology")], strict=True):
        assert _close(doc, rate[key], 0), (key, doc, rate[key])
    promo, tech = _claim(r"densest in Al Bawaba \(" + N + r" per 1,000, above its technology rate of " + N + r"\)")
    assert _close(promo, rate[("Al Bawaba", "promotional")], 0) and _close(tech, rate[("Al Bawaba", "technology")], 0)
    bawaba, epoch = _claim(r"rights language in Al Bawaba and The Epoch Times \(" + N + " and " + N + r"\)")
    assert _close(bawaba, rate[("Al Bawaba", "rights")], 0) and _close(epoch, rate[("The Epoch Times", "rights")], 0)
    (economy,) = _claim(r"economy vocabulary most \(" + N + r" per 1,000\)")
    assert _close(economy, rate[("unknown (003)", "economy")], 0)


def test_voice_breakdown_row(run):
    hits = _table(run, "voice_breakdown")
    n_author, n_all, n_quoted, n_quoted_promo = _claim(
        r"authors' own prose \((\d+) of (\d+)\); of the (\d+) quoted hits, (\d+) are promotional")
    (n_reported,) = _claim(r"The other (\d+) hits are in reported speech")
    voices = hits["voice"].value_counts()
    assert (n_author, n_all, n_quoted, n_reported) == (voices["author"], len(hits), voices["quoted"],
                                                       voices["reported"])
    quoted = hits[hits["voice"] == "quoted"]
    assert n_quoted_promo == (quoted["frame"] == "promotional").sum()
    speakers = quoted.loc[quoted["frame"] == "promotional", "speaker"].value_counts()
    huawei, yan, pang = _claim(r"\(\"Huawei\" (\d+), Yan Lida (\d+), Vincent Pang (\d+)\)")
    assert (huawei, yan, pang) == (speakers["Huawei"], speakers["Yan Lida"], speakers["Vincent Pang"])
    rights = quoted.loc[quoted["frame"] == "rights", "speaker"]
    assert sorted(rights) == ["Rebecca Fannin", "William Nee"]


def test_fightin_words_row(run):
    (z,) = _claim(r"\"smart city\" z = " + N + " is the strongest")
    fw = _table(run, "fightin_words")
    top = fw.loc[fw["log_odds_z"].abs().idxmax()]
    assert (top["source"], top["term"]) == ("Al Bawaba", "smart city")
    assert _close(z, top["log_odds_z"], 1)


def test_topic_rows(run):
    prev = _table(run, "topic_prevalence")
    label = {t: lab for t, lab in zip(prev["topic"], prev["label"], strict=True)}
    firms = next(t for t, lab in label.items() if "sensetime" in lab)
    p = prev.set_index(["source", "topic"])["prevalence"] * 100
    edge, carnegie, blog = _claim(r"face recognition: " + N + "% of The Edge Markets, " + N
                                  + "% of the Carnegie article, " + N + "% of the blog post 000")
    for doc, source in [(edge, "The Edge Markets"), (carnegie, "unknown (003)"), (blog, "unknown (000)")]:
        assert _close(doc, p[(source, firms)], 0), (source, doc, p[(source, firms)])
    frames = _table(run, "topic_frames")
    share = frames.groupby(["frame", "label"])["hits"].sum()
    share = share / share.groupby(level="frame").transform("sum") * 100
    (promo_video,) = _claim(r"video/cloud public-safety topic \(" + N + r"%\)")
    video = next(lab for lab in label.values() if "public_safety" in lab)
    assert _close(promo_video, share[("promotional", video)], 0)
    (rights_firms,) = _claim(r"rights hits spread over all five topics \(" + N + "% in the firms business topic")
    assert _close(rights_firms, share[("rights", label[firms])], 0)


def test_dispersion_row(run):
    d = _table(run, "dispersion")
    smart = d[(d["term"].str.startswith("smart cit*")) & (d["source"] == "Al Bawaba")]
    n, first = _claim(r"\((\d+) hits, from (\d+)% to the end\)")
    assert n == len(smart) and _close(first, smart["relative_position"].min(), 0)
    pan = d[d["term"].str.startswith("panopticon") & (d["source"] == "Al Bawaba")]
    n, lo, hi = _claim(r"\"panopticon\" (\d+) times within (\d+)\u2013(\d+)% of the text")
    assert n == len(pan) and _close(lo, pan["relative_position"].min(), 0) \
        and _close(hi, pan["relative_position"].max(), 0)
    safe = d[d["term"].str.startswith("safe cit*")]
    assert sorted(safe["source"].unique()) == ["unknown (000)", "unknown (003)"]


def test_every_figure_was_written_and_its_provenance_names_how_to_repeat_it(run):
    for name in FIGURES:
        prov = json.loads((run / f"{name}.provenance.json").read_text())
        assert prov["parameters"]["figure"] == name
        # the PNG's resolution decides its bytes: without it the PNG cannot be repeated byte for byte
        assert prov["parameters"]["dpi"] == 150
        assert prov["seeds"] == {"random_state": 0}
        assert prov["corpus"]["name"] == "seeds" and prov["corpus"]["hash_sha256"]


def test_the_warnings_of_the_analysis_are_in_the_provenance(run):
    """frame_balance warns that three seed sources have their pole hits in fewer than 6 paragraphs (so their
    intervals cannot be 95 % ones); that caveat of the figure was printed with a line of the library's source
    and missing from frame_balance.provenance.json."""
    prov = json.loads((run / "frame_balance.provenance.json").read_text())
    # (the analysis says frame_balance's warnings under its notes, as the report's page does)
    assert any("fewer than 6 units" in w and "The Epoch Times: 3 of 15 paragraphs" in w for w in prov["notes"])


def test_the_provenance_of_the_bundled_seeds_is_the_same_in_every_checkout(run):
    """The bundled lexicon is recorded as ``discourse/lexicons/framing.toml``, the bundled seeds were recorded by
    the absolute path of the checkout (``/home/<user>/discourse/seeds``): two clones of one commit wrote provenance
    files that differed in that line only, and a published record carried the user's folder names."""
    from discourse.corpus import seeds_path

    for name in FIGURES:
        text = (run / f"{name}.provenance.json").read_text()
        assert str(seeds_path()) not in text and str(REPO) not in text
        assert json.loads(text)["corpus"]["origin"] == "seeds (bundled with discourse: load_corpus() with no path)"


# ------------------------------------------------------------------------------- README.md on the seeds
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_sizes_of_the_bundled_lexicon():
    import discourse as dc

    lex = dc.load_lexicon("framing")
    sizes = lex.to_frame().groupby("category", sort=False).size()
    (total,) = re.findall(r"\*\*The bundled `framing` lexicon\*\* \(v[\d.]+; (\d+) entries", README)
    assert int(total) == len(lex.to_frame())
    for category in ["promotional", "rights", "security", "technology", "economy", "geopolitics", "web_boilerplate"]:
        (n,) = re.findall(rf"`{category}` \((\d+)", README)
        assert int(n) == sizes[category], category
    (n,) = re.findall(r"non-frame `institutions` category \((\d+) names", README)
    assert int(n) == sizes["institutions"]
    # the repr shown in the framing example
    (shown,) = re.findall(r"lex +# (<Lexicon 'framing' v[\d.]+ \(promotional=\d+, rights=\d+), \.\.\.\)", README)
    assert repr(lex).startswith(shown)


def test_readme_log_ratio_of_a_term_seen_once_in_the_reference(seed_tokens):
    """"a term seen once and only in the reference gets a Log Ratio above 0 (on the seeds, Al Bawaba against the
    rest: +0.35)", and the prior adds 0.5 to a term seen once."""
    import discourse as dc

    (doc,) = re.findall(r"on the seeds, Al Bawaba against the rest: \+([\d.]+)\)", README)
    terms = dc.explore_terms(seed_tokens, by="source", target="Al Bawaba")
    once = terms[(terms["n_target"] == 0) & (terms["n_reference"] == 1)]
    assert once["log_ratio"].nunique() == 1 and _close(float(doc), once["log_ratio"].iloc[0], 2)
    (prior,) = re.findall(r"count: ([\d.]+) for a term seen once on the seeds", README)
    # prior_scale (1) x number of terms x the term's share of the pooled counts (1 / total)
    total = terms["total_target"].iloc[0] + terms["total_reference"].iloc[0]
    assert _close(float(prior), len(terms) / total, 1)


def test_readme_topics_of_discourse_topics_k6(capsys):
    """The FREX terms README.md quotes for ``discourse topics -k 6`` on the seeds: each group's first three are a
    topic's label (its three highest-FREX terms) and all are among the ten the command prints for that topic."""
    from discourse.cli import main

    (passage,) = re.findall(r"On the bundled seeds, `discourse topics -k 6`(.*?)\n\n", README, re.S)
    groups = [[t.strip() for t in g.split(",")] for g in re.findall(r"\(`([a-z_, \n]+)`\)", passage)]
    assert len(groups) == 6
    assert main(["topics", "-k", "6"]) == 0
    printed = re.findall(r"FREX: +(.*)", capsys.readouterr().out)
    frex = [line.split() for line in printed]
    assert len(frex) == 6
    matched = set()
    for group in groups:
        hits = [i for i, f in enumerate(frex) if f[:3] == group[:3] and set(group) <= set(f[:10])]
        assert len(hits) == 1, (group, frex)
        matched.add(hits[0])
    assert len(matched) == 6


def test_a_label_wider_than_its_panel_is_not_cut_off_by_the_canvas(tmp_path):
    """Constrained layout leaves the x-extent of an x-label out of its layout (matplotlib's ``for_layout_only``),
    so the keyness figure of the seeds cut its right panel's label "Log Ratio (binary log of the ratio of relative
    frequencies)" at "frequencie" (its text reached 15.78 in on a 15.60 in canvas). The saved files hold all the
    text: the PNG is at least as wide as the figure's tight bounding box."""
    import matplotlib.pyplot as plt
    from PIL import Image

    from discourse.report import save_figure

    fig, axes = plt.subplots(1, 2, figsize=(6, 3), layout="constrained")
    axes[1].set_xlabel("a label much wider than the panel it belongs to, as a long statistic's name")
    fig.draw_without_rendering()
    tight = fig.get_tightbbox()
    assert tight.x1 > fig.get_figwidth()  # the text runs past the canvas
    png, _ = save_figure(fig, tmp_path / "wide", dpi=100)
    plt.close(fig)
    assert Image.open(png).size[0] >= tight.x1 * 100 - 1
    # a figure whose text fits its canvas is saved at the canvas's size, as before
    fig, ax = plt.subplots(figsize=(6, 3), layout="constrained")
    ax.set_xlabel("short")
    png, _ = save_figure(fig, tmp_path / "fits", dpi=100)
    plt.close(fig)
    assert Image.open(png).size == (600, 300)


def test_the_provenance_names_the_png_encoder(run):
    """matplotlib writes PNG files through Pillow (``FigureCanvasAgg.print_png``), whose encoder and zlib decide
    the bytes that analyses/README.md promises are identical between runs; the record named every package but
    this one."""
    import PIL

    prov = json.loads((run / "keyness.provenance.json").read_text())
    assert prov["packages"]["pillow"] == PIL.__version__


def test_run_all_takes_the_png_resolution_as_each_script_does(tiny_corpus, tmp_path):
    """``fig_<name>.main(out, dpi=300)`` drew print-resolution PNGs, ``run_all.main(out, dpi=300)`` failed with
    "Analysis.__init__() got an unexpected keyword argument 'dpi'"."""
    from analyses import fig_dispersion, run_all

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_all.main(tmp_path / "all", corpus=tiny_corpus, n_boot=20, dpi=60)
        fig_dispersion.main(tmp_path / "one", corpus=tiny_corpus, n_boot=20, dpi=60)
    for folder in ("all", "one"):
        prov = json.loads((tmp_path / folder / "dispersion.provenance.json").read_text())
        assert prov["parameters"]["dpi"] == 60
    assert (tmp_path / "all" / "dispersion.png").read_bytes() == (tmp_path / "one" / "dispersion.png").read_bytes()


def test_frame_packages_record_says_there_is_no_package_structure(run):
    """On the seeds the topic network forms one community: the figure says "no package structure", while
    frame_packages.csv numbers the topics' packages 0 to 4 (each topic reported as its own package), which read
    alone looks like five packages. The record says which it is."""
    prov = json.loads((run / "frame_packages.provenance.json").read_text())
    assert prov["parameters"]["package_structure"] is False
    nodes = _table(run, "frame_packages")
    assert nodes["package"].nunique() == len(nodes)  # every topic its own package: no structure
