"""Retweets: the words after "RT @user:" are that user's post, relayed by the author of the retweet.

Exports of Twitter/X (and manual retweets on other platforms) write a retweet as "RT @user: <the post>". The post is
someone else's words, given whole and verbatim, as a quotation gives them: the retweeter is its animator, @user its
author and principal (Goffman 1981, *Forms of Talk*, on the production format of talk; boyd, Golder & Lotan 2010,
"Tweet, Tweet, Retweet", on retweeting as quoting another's tweet, and the "RT ≠ endorsement" disclaimer that shows
users read it so). Left in the author's voice, a critic retweeting a vendor's advertisement counted as the critic's
own promotional language.

A retweet is a span of kind ``speech`` with no marks (``open_mark`` and ``close_mark`` empty), ``cue`` ``'RT'``,
speaker the handle as written (``@user``) and ``speaker_reason`` ``retweet``, from the first character after the
prefix to the end of the text (white space at the end left out). In a chain ("RT @a: RT @b: <the post>") the post
is @b's, the last handle's. The prefix must open the text and hold the colon; "RT" inside running text, or a reply
"@user thanks", is no retweet. A quotation inside the post keeps its own span and voice, as in an interview turn.
"""

from __future__ import annotations

import re

from ._re_cache import compile as _rx

__all__ = ["retweet_span", "RETWEET_PREFIX"]

# "RT @user: " at the head of a text, repeated in a chain; the handle of the last one is the post's author
RETWEET_PREFIX = _rx(r"\s*(?:RT\s+(?P<handle>@\w+)\s*:\s*)+", re.ASCII)


def retweet_span(text: str, units: list[tuple[int, int]], quotes: list[dict], speakers: bool) -> list[dict]:
    """The retweeted post of ``text`` as one speech span (see the module docstring), or an empty list; ``units``
    are the paragraphs (``n_paragraphs``), ``quotes`` the quotations found (one that holds the whole post is the
    post already: no span is added)."""
    if not text.lstrip().startswith("RT"):
        return []
    m = RETWEET_PREFIX.match(text)
    if m is None:
        return []
    s, e = m.end(), len(text.rstrip())
    if e <= s:
        return []
    if any(q["start"] <= s and q["end"] >= e for q in quotes):
        return []
    # imported here: loading a corpus needs the prefix, not the speaker rules
    from ._speakers import _NO_SPEAKERS_AT_ALL

    handle = m.group("handle")
    info = (dict(_NO_SPEAKERS_AT_ALL) if not speakers else
            dict(_NO_SPEAKERS_AT_ALL, speaker=handle, speaker_as_written=handle, speaker_reason="retweet"))
    return [{"start": s, "end": e, "content_start": s, "content_end": e, "open_mark": "", "close_mark": "",
             "kind": "speech", "cue": "RT", "parent_id": None,
             "n_paragraphs": max(1, sum(a < e and b > s for a, b in units)),
             "anomaly": None, **info}]
