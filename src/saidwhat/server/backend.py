"""The server's only doors into the rest of saidwhat: analysis, the contract, the store, the
sourcing profile. Everything here runs in worker threads; the pipeline runs under a lock
because a tagger is not guaranteed to be thread-safe."""
from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime
from typing import Any

from saidwhat.errors import InputError
from saidwhat.types import Article

_LOCK = threading.Lock()


def analyze_text(text: str, *, html: bool = False) -> Article:
    """Analyse plain text, or the main text extracted from an HTML page."""
    from saidwhat import analyze

    if html:
        text = extract_html(text)
    if not text.strip():
        raise InputError("the article is empty: send the text of a news article")
    with _LOCK:
        article = analyze(text)
    if html:
        article.is_extracted = True
    return article


def extract_html(html: str) -> str:
    """The main text of an HTML page, as the corpus reader extracts it."""
    from saidwhat.io import read

    for name in ("html_to_text", "extract_html", "read_html_text"):
        fn = getattr(read, name, None)
        if fn is not None:
            result = fn(html)
            text = result if isinstance(result, str) else getattr(result, "text", None)
            if text is None and isinstance(result, dict):
                text = result.get("text")
            if text is None and isinstance(result, tuple):
                text = result[0]
            if not text or not text.strip():
                raise InputError("no article text found in the HTML: send the page of one article, or its text")
            return text
    raise InputError("HTML input is not available in this installation")  # pragma: no cover


def to_contract(article: Article) -> dict:
    from saidwhat.io.write import article_to_contract

    return article_to_contract(article)


def sourcing_profile(article: Article) -> dict | None:
    """The article's sourcing profile as a flat-ish dict, or None where unavailable."""
    try:
        from saidwhat.resolve.profile import sourcing_profile as profile
    except ImportError:
        return None
    return plain(profile(article))


def plain(value: Any) -> Any:
    """Dataclasses, named tuples, dates and sequences as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def open_store(db: str | None):
    from saidwhat.store import open_store as _open

    return _open(db) if db is not None else _open(None)
