"""German lemmas (simplemma), shared by the features, the rule engine, attribution and the store."""
from __future__ import annotations

from functools import lru_cache

import simplemma


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lower-case lemma of one word; the word itself when simplemma knows none or fails on it."""
    try:
        return simplemma.lemmatize(word, lang="de").lower()
    except Exception:  # simplemma raises on odd input
        return word.lower()
