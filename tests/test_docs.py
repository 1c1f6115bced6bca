"""The README's links and the code's references to the records in docs/ point at something that exists.

The round-by-round records of the speaker rules and of the framing validation live in ``docs/speakers.md`` and
``docs/framing.md``; code, tests and benchmarks cite them as ``docs/speakers.md, "Round 23"``. A renamed file or
a reference to a round that the record does not hold fails here."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CITE = re.compile(r'docs/(speakers|framing)\.md,\s*(?:#\s*)?"([^"]+)"')


def _sources():
    for folder in ("discourse", "benchmarks", "tests"):
        for path in (REPO / folder).rglob("*"):
            if path.suffix in (".py", ".md") and path.is_file():
                yield path


def test_readme_relative_links_exist():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    readme = re.sub(r"`[^`\n]*`", "", readme)  # (a link written inside code is an example, "[Outlet](url)")
    links = [t for t in re.findall(r"\]\(([^)\s]+)\)", readme) if not re.match(r"[a-z]+:", t) and not t.startswith("#")]
    assert "docs/speakers.md" in links and "docs/framing.md" in links
    missing = [t for t in links if not (REPO / t.split("#")[0]).exists()]
    assert not missing, missing


def test_cited_rounds_are_in_the_records():
    records = {name: (REPO / "docs" / f"{name}.md").read_text(encoding="utf-8") for name in ("speakers", "framing")}
    cited = set()
    for path in _sources():
        for name, title in CITE.findall(path.read_text(encoding="utf-8")):
            cited.add((name, title))
    assert ("speakers", "Round 23") in cited and ("framing", "Sixteenth round") in cited
    # a round is a heading of its record: '### Round 23: ...', '### Sixteenth round: ...'
    absent = sorted((n, t) for n, t in cited
                    if not re.search(rf"(?m)^### {re.escape(t[:1].upper() + t[1:])}\b", records[n]))
    assert not absent, absent
