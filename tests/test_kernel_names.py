"""The compiled scans of the speaker name table (``name_runs`` in discourse/_kernel_quotes.c) give exactly what the
pure-Python path gives.

``name_runs(text, dropped)`` stands for ``_speakers._runs_by_pattern``: the matches of ``_speaker_names._RUN_RE``
(``finditer``) whose run is not in ``_speakers._DROPPED_WORDS``, with each run's sentence start. Both paths run on
the same texts: the seeds, Brown and UN General Debate samples, hostile inputs, and seeded random strings over
the pieces the pattern looks at (titles with and without their full stop, initials, particles, 'Jr'/'Sr' after
a comma or a line break, apostrophes, hyphens, capitals of both Latin ranges and next to them, white space of
several kinds, characters of all three string kinds). Then ``find_quote_spans`` with speakers (the rules' and
the scored ones) with and without the kernel, on the same texts.
"""

from __future__ import annotations

import random

import pytest

from discourse import _quote_kernel, _speaker_names, _speakers
from discourse import quotes as q
from discourse.text import paragraphs

from .conftest import compiled_kernel
from .test_kernel import HOSTILE, _texts


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    """The kernel module: the one ``discourse._quote_kernel`` loaded, else compiled from discourse/_kernel_quotes.c."""
    if _quote_kernel.KERNEL is not None:
        return _quote_kernel.KERNEL
    mod = compiled_kernel("_kernel_quotes", tmp_path_factory.mktemp("kernel"))
    mod.set_run_words(_speaker_names._RUN_TITLES, sorted(_speaker_names._PARTICLES | {"of", "for"}))
    return mod


def _agree(kernel, text: str) -> int:
    """Asserts that the kernel's runs are the pattern's; the number of runs compared."""
    want = _speakers._runs_by_pattern(text)
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want, text[:200]
    return len(want)


def test_the_runs_agree_on_seeds_brown_and_un_speeches(kernel):
    n = sum(_agree(kernel, t) for t in _texts())
    assert n > 20_000
    # a known answer, worked out by hand from the pattern (discourse._speaker_names._RUN_RE): 'It' is dropped; a
    # particle joins two name words only ('de la Cruz' is no run of 'Mr. John'); ', Jr.' is the match's suffix,
    # not the run's; initials end at 'J.R' before a lower-case letter; a run after a line break starts a sentence
    text = "It said. Mr. John de la Cruz, Jr. met U.S.A officials\nSr and J.Robert"
    want = [(9, 17, 17, True, "Mr. John"), (24, 28, 33, False, "Cruz"), (38, 43, 43, False, "U.S.A"),
            (54, 56, 56, True, "Sr"), (61, 64, 64, False, "J.R")]
    assert _speakers._runs_by_pattern(text) == want
    assert kernel.name_runs(text, _speakers._DROPPED_WORDS) == want


def test_the_runs_agree_on_hostile_inputs_and_random_strings(kernel):
    for t in HOSTILE + ["Mr", "Mr.", "Mrs.Smith", "St.John", "J.R.R.T.", "J.Robert", "A.B.C.D.E.", "John,\nJr.",
                        "John , Jr", "John Jr_", "John\tvan\t\tDyke", "John van dyke", "John of  Of Smith",
                        "x.John", "x’John", "x-John", "_John", "ÀÖØÞ×÷ßà", "A" * 30 + " B" * 30]:
        _agree(kernel, t)
    pieces = (["Mr", "Mrs", "St", "Corp", "Co", "Col", "Jr", "Sr", "J.", "K.", "A", "B", "de", "van", "la", "of", "for",
               "al", "the", "Smith", "The", "It", "We", "In", "Ö", "Þ", "×", "ß", "é", "Ā", "𝐀", "😀", "中"]
              + list(" \t\n\r.,;:!?\"“”’'-_1\u00a0\u2003\u2028\x1c"))
    rng = random.Random(47)
    n = 0
    for _ in range(30_000):
        n += _agree(kernel, "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
    assert n > 40_000


def test_the_kernel_checks_its_run_words(kernel):
    for titles, particles in ((["mr"], ["de"]), (["M r"], ["de"]), ([""], ["de"]), (["Mr"], ["De"]),
                              (["Mr"], ["x" * 25]), ([1], ["de"]), (["Mr"], ["de"] * 65)):
        with pytest.raises(ValueError, match="set_run_words: "):
            kernel.set_run_words(titles, particles)
    with pytest.raises(TypeError, match="dropped must be a set"):
        kernel.name_runs("Mr. Smith", ["The"])
    kernel.set_run_words(_speaker_names._RUN_TITLES, sorted(_speaker_names._PARTICLES | {"of", "for"}))
    assert kernel.name_runs("Then, Mr. Smith said", frozenset({"Then"})) == [(6, 15, 15, False, "Mr. Smith")]


def test_find_quote_spans_with_speakers_is_identical_without_the_kernel(kernel, monkeypatch):
    texts = _texts()[::4] + HOSTILE
    settings = ({}, {"reported": True}, {"reported": True, "speakers": "scored"})
    monkeypatch.setattr(_speakers, "_RUNS_KERNEL", kernel)
    now = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    monkeypatch.setattr(_speakers, "_RUNS_KERNEL", None)
    plain = [[q.find_quote_spans(t, paragraphs=paragraphs(t), **s) for s in settings] for t in texts]
    assert now == plain
    assert sum(d["speaker"] is not None for per_text in plain for d in per_text[1]) > 200
