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


def analyze_text(text: str, *, html: bool = False) -> tuple[Article, dict]:
    """Analyse plain text, or the main text of an HTML page; returns the article and the
    metadata found in the page (title, date, outlet, url)."""
    from saidwhat import analyze

    meta: dict = {}
    if html:
        text, meta = extract_html(text)
    if not text.strip():
        raise InputError("the article is empty: send the text of a news article")
    with _LOCK:
        article = analyze(text)
    if html:
        article.is_extracted = True
    return article, meta


def extract_html(html: str) -> tuple[str, dict]:
    """The main text of an HTML page and its metadata, as the corpus reader extracts them."""
    from saidwhat.io.read import from_html

    found = from_html(html, id="request body")
    return found.text, dict(found.meta)


def decode(data: bytes, label: str = "the upload") -> str:
    from saidwhat.io.read import decode as _decode

    return _decode(data, label)


def to_contract(article: Article, meta: dict | None = None) -> dict:
    """The JSON contract of design.md (with the page's metadata for HTML input)."""
    from saidwhat.io.write import article_to_contract

    return article_to_contract(article, meta or None)


def sourcing_profile(article: Article) -> dict | None:
    """The article's sourcing profile as a flat-ish dict, or None where unavailable."""
    try:
        from saidwhat.resolve.profile import sourcing_profile as profile
    except ImportError:  # not in this installation: the page shows basic counts instead
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
    """The corpus store (`None`: the default location, as for `saidwhat ingest`)."""
    from saidwhat.store import open_store as _open

    return _open(db)
