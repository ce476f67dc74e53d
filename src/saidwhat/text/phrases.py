"""A cheap German noun-phrase finder over tokens (no parser): articles, capitalised words
(`52-Jährige` too), and lower-case words right after an article (`der neue Minister`)."""
from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS

from saidwhat.text.segment import Token

ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einem", "einen", "einer", "von", "vom"}
MAX_PHRASE = 8
SUBJECT_PRONOUNS = {"er", "sie", "wir", "ich"}


def noun_phrase(tokens: list[Token], start: int, limit: int, step: int) -> tuple[int, int] | None:
    """The phrase from `start` towards `limit` (exclusive; step +1 forwards, -1 backwards)
    as token indices [first, last), or None."""
    i, taken = start, []
    while ((i < limit) if step > 0 else (i > limit)) and len(taken) < MAX_PHRASE:
        w = tokens[i].norm
        after_article = bool(taken) and tokens[taken[-1]].norm.lower() in ARTICLES
        capitalised = w[:1].isupper() or (w[:1].isdigit() and "-" in w)  # `der 52-Jährige`
        if not (capitalised or w.lower() in ARTICLES or (step > 0 and after_article and w.isalpha())):
            break
        taken.append(i)
        i += step
    return (min(taken), max(taken) + 1) if taken else None


def is_function_word(token: Token) -> bool:
    """A stop word that is neither an article nor a subject pronoun (`Dabei`, `Auch`, `So`)."""
    w = token.norm.lower()
    return w in STOP_WORDS and w not in ARTICLES and w not in SUBJECT_PRONOUNS


def subject_phrase(tokens: list[Token], start: int, limit: int) -> tuple[int, int] | None:
    """A subject pronoun (`er`, `sie`) or a noun phrase starting exactly at `start`."""
    if start >= limit or is_function_word(tokens[start]):
        return None
    if tokens[start].norm.lower() in SUBJECT_PRONOUNS:
        return start, start + 1
    return noun_phrase(tokens, start, limit, 1)
