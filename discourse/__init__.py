"""discourse: comparative discourse analysis of framing across sources.

Measure how promotional language ("smart city", "safe city", "intelligent video") stands against critical
rights language ("mass surveillance", "privacy", "repression") in texts from different outlets, with framing
lexicons, keyword contrast (keyness) and topic models, and tell the author's own voice apart from the words
the author quotes.

The documented alias is ``import discourse as dc``::

    import discourse as dc
    corpus = dc.load_corpus()              # the bundled seed corpus
    tokens = dc.tokenize(corpus)           # one row per token, with voice and speaker
    dc.frame_balance(tokens, dc.load_lexicon("framing"), by="source")

Public names are re-exported explicitly below and imported on first use, so that ``import discourse``
stays fast and a script that only loads a corpus never pays for gensim or matplotlib.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

__version__ = "0.1.0"

# public name -> module inside the package that defines it
_EXPORTS: dict[str, str] = {
    # corpus and text layer
    "Corpus": "corpus",
    "load_corpus": "corpus",
    "concat_corpora": "corpus",
    "export_articles": "corpus",
    "find_duplicates": "corpus",
    "find_near_duplicates": "repeats",
    "find_repeated_lines": "repeats",
    "set_aside_repeated": "repeats",
    "tokenize": "text",
    "paragraphs": "text",
    "sentences": "text",
    "STOPWORDS": "text",
    "InputError": "errors",
    "LanguageWarning": "errors",
    "PunctuationWarning": "errors",
    "MixedTypesWarning": "corpus",
    # quotations and voice
    "find_quotes": "quotes",
    "find_quote_spans": "quotes",
    # lexicons and framing
    "Lexicon": "lexicon",
    "load_lexicon": "lexicon",
    "list_lexicons": "lexicon",
    "count_frames": "framing",
    "frame_balance": "framing",
    "frame_scores": "framing",
    "find_frame_terms": "audit",
    "frame_contributions": "audit",
    "frame_sensitivity": "audit",
    "find_contested_sentences": "audit",
    # agreement with human coders
    "coder_agreement": "agreement",
    "coder_confusions": "agreement",
    "merge_codings": "agreement",
    "krippendorff_alpha": "agreement",
    "cohen_kappa": "agreement",
    # keyword contrast and concordance
    "count_terms": "counts",
    "TermCounts": "counts",
    "FrameCounts": "counts",
    "to_dtm": "counts",
    "DocumentTermMatrix": "counts",
    "keyness": "keyness",
    "keyness_all": "keyness",
    "frame_keyness": "keyness",
    "kwic": "concordance",
    "collocates": "concordance",
    "suggest_terms": "suggest",
    # measures without a lexicon
    "Wordscores": "scaling",
    "LatentSemanticScaling": "scaling",
    # topic models
    "TopicModel": "topics",
    "choose_k": "topics",
    "label_topics": "topics",
    "find_thoughts": "topics",
    "topic_prevalence": "topic_effects",
    "topics_by": "topic_effects",
    "estimate_effect": "topic_effects",
    "plot_effect": "topic_effects",
    "topic_frames": "topic_packages",
    "frame_packages": "topic_packages",
    # scale: streaming, parallel and Dask counting
    "FrameMatcher": "matcher",
    "count_terms_stream": "stream",
    "count_frames_stream": "stream",
    "count_terms_dask": "stream",
    "count_frames_dask": "stream",
    "iter_corpus": "stream",
    # figures and the report
    "plot_frame_balance": "plots",
    "frame_rates_grid": "plots",
    "plot_voice_breakdown": "plots",
    "plot_keyness": "plots",
    "plot_fightin_words": "plots",
    "plot_topic_prevalence": "plots",
    "plot_topic_frames": "plots",
    "plot_frame_packages": "plots",
    "plot_dispersion": "plots",
    "plot_frames_over_time": "plots",
    "build_report": "report",
    "explore": "explore",
    "explore_terms": "explore",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'discourse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # cache: later look-ups do not come back here
    return value


def __dir__() -> list[str]:
    """The public names (``__all__``), the submodules imported so far and the module's dunder attributes: not
    the helpers this file imports (``importlib``, ``sys``, ``types``, ``Any``), which tab completion and
    ``dir(discourse)`` listed as if they were the library's."""
    g = globals()
    return sorted(set(__all__) | {n for n in g if n.startswith("__")}
                  | {n for n, v in g.items() if isinstance(v, types.ModuleType) and not n.startswith("_")
                     and v.__name__.startswith(__name__ + ".")})


class _Package(types.ModuleType):
    """After ``import discourse.keyness`` the import system sets ``discourse.keyness`` to the submodule;
    for a public function named like its module, keep the function there instead."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _EXPORTS.get(name) == name and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
