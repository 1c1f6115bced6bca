"""Dictionary files of other content-analysis programs: Lexicoder .lc3, WordStat .cat, Yoshikoder .ykd.

Each file is written here in the layout quanteda's readers parse (read_dict_lexicoder, read_dict_wordstat,
read_dict_yoshikoder in quanteda's R/dictionaries.R); the expected categories and entries are read off the file
by hand, flattened as quanteda's flatten_dictionary flattens nested keys (path joined by ".", a category's own
words only)."""

from __future__ import annotations

import pandas as pd
import pytest

import discourse as dc

LC3 = """+negative
abandon*
a lie
  a lie
+positive
ability*
 accomplish*

+neg_positive
best not
"""

CAT = """SPOKEN CATEGORIES
\tASSENT
\t\tABSOLUTELY (1)
\t\tAGREE (1)
\t\tOK* (1)
\tNON-FLUENCIES
\t\tER (1)
\t\tUMM* (1)
POLICY
\tGOOD STATE (1)
\tSTATE
\t\tPUBLIC SERVICE* (1)
"""

YKD = """<?xml version="1.0" encoding="UTF-8"?>
<dictionary style="UK" name="Laver and Garry">
<cnode name="Economy">
<cnode name="+State">
<pnode name="accommodation"></pnode>
<pnode name="state support*"></pnode>
</cnode>
<cnode name="-State">
<pnode name="privati*"></pnode>
</cnode>
</cnode>
<cnode name="Culture">
<pnode name="art*"></pnode>
</cnode>
</dictionary>
"""


def _as_dict(lex):
    out: dict[str, list[str]] = {}
    for e in lex.entries:
        out.setdefault(e.category, []).append(e.pattern)
    return out


def test_lexicoder(tmp_path):
    path = tmp_path / "lsd.lc3"
    path.write_text(LC3, encoding="utf-8")
    lex = dc.load_lexicon(path)
    # 'a lie' twice in one category is kept once; white space around lines ignored; the blank line skipped
    assert _as_dict(lex) == {"negative": ["abandon*", "a lie"], "positive": ["ability*", "accomplish*"],
                             "neg_positive": ["best not"]}
    assert lex.categories == ("negative", "positive", "neg_positive") and lex.name == "lsd"


def test_wordstat_nested_categories_are_flattened(tmp_path):
    path = tmp_path / "rid.cat"
    path.write_text(CAT, encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert _as_dict(lex) == {"SPOKEN CATEGORIES.ASSENT": ["absolutely", "agree", "ok*"],
                             "SPOKEN CATEGORIES.NON-FLUENCIES": ["er", "umm*"],
                             "POLICY": ["good state"],            # a category's own words are its own
                             "POLICY.STATE": ["public service*"]}


def test_wordstat_weights_are_reported_not_used(tmp_path):
    path = tmp_path / "w.cat"
    path.write_text("GOOD\n\tFINE (1)\n\tGREAT (2)\n\tSUPERB (0.5)\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"w\.cat: 2 entries have a WordStat weight other than 1 \(line 3: 'GREAT'\)"):
        lex = dc.load_lexicon(path)
    assert _as_dict(lex) == {"GOOD": ["fine", "great", "superb"]}


def test_yoshikoder(tmp_path):
    path = tmp_path / "lg.ykd"
    path.write_text(YKD, encoding="utf-8")
    lex = dc.load_lexicon(path)
    assert _as_dict(lex) == {"Economy.+State": ["accommodation", "state support*"], "Economy.-State": ["privati*"],
                             "Culture": ["art*"]}
    assert lex.name == "Laver and Garry"


def test_a_dictionary_file_counts_as_any_lexicon(tmp_path):
    # the loaded lexicon works end to end: hits of a Lexicoder file on a small corpus, by category
    path = tmp_path / "lsd.lc3"
    path.write_text(LC3, encoding="utf-8")
    corpus = dc.Corpus.from_dataframe(pd.DataFrame({"doc_id": ["d"], "text": [
        "They abandoned the plan. It was a lie, said critics; its ability to accomplish anything is doubtful."]}))
    counts = dc.count_frames(dc.tokenize(corpus), path, by=None, voice="all")
    # abandon* (abandoned), 'a lie'; ability*, accomplish*
    assert counts.set_index("frame")["n"].to_dict() == {"negative": 2, "positive": 2, "neg_positive": 0}


@pytest.mark.parametrize("suffix, text, match", [
    (".lc3", "abandon*\n+negative\n", r"x\.lc3:1: entry 'abandon\*' comes before any category.*\+name"),
    (".lc3", "+\nabandon*\n", r"x\.lc3:1: a '\+' line with no category name"),
    (".lc3", "+a\nbad[x]\n", r"x\.lc3:2: invalid glob"),
    (".lc3", "\n\n", r"x\.lc3: the dictionary has no entries"),
    (".cat", "GOOD (1)\n", r"x\.cat:1: entry 'GOOD \(1\)' has no category \(at the top level\)"),
    (".cat", "A\n\t\tDEEP (1)\n", r"x\.cat:2: entry 'DEEP \(1\)' has no category"),
    (".cat", "A\n    FINE (1)\n", r"x\.cat:2: line 'FINE \(1\)' is indented with spaces.*tabs"),
    (".cat", "A\n\t\tB\n", r"x\.cat:2: category 'B' is 2 tabs deep"),
    (".ykd", "<dictionary><cnode name='a'><pnode name='x'>", r"x\.ykd:1: malformed XML"),
    (".ykd", "<dict><cnode name='a'/></dict>", r"x\.ykd: the root element is <dict>, not <dictionary>"),
    (".ykd", "<dictionary><pnode name='x'/></dictionary>", r"x\.ykd: entry 'x' \(<pnode>\) is outside any category"),
])
def test_bad_dictionary_files_name_the_problem_and_the_line(tmp_path, suffix, text, match):
    path = tmp_path / f"x{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises((dc.InputError, ValueError), match=match):
        dc.load_lexicon(path)


def test_wordstat_in_latin1_needs_its_encoding(tmp_path):
    path = tmp_path / "old.cat"
    path.write_bytes("CAF\xc9\n\tCAF\xc9 (1)\n".encode("latin-1"))
    with pytest.raises(dc.InputError, match=r"not utf-8 text.*encoding="):
        dc.load_lexicon(path)
    assert _as_dict(dc.Lexicon.from_wordstat(path, encoding="latin-1")) == {"CAF\xc9": ["caf\xe9"]}


def test_cli_reads_a_dictionary_file(tmp_path):
    # the CLI's --lexicon takes the file as load_lexicon does; a bad file is one line naming file and line
    from tests.test_hostile import error_lines, run_cli

    path = tmp_path / "lsd.lc3"
    path.write_text(LC3, encoding="utf-8")
    code, out, err = run_cli(["frames", "--lexicon", str(path), "--poles", "negative,positive"])
    assert code == 0, err
    assert "negative" in out and "positive" in out
    path.write_text("abandon*\n", encoding="utf-8")
    code, _, err = run_cli(["frames", "--lexicon", str(path)])
    assert code == 2 and len(error_lines(err)) == 1 and "lsd.lc3:1: entry 'abandon*' comes before" in err
