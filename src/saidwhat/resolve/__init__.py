"""Resolve: fill identities, source kinds, chains, speech acts, commitment and unattributed
claims on an Article whose quotations have been attributed. Each resolver is a function
`(document, article) -> None` that fills its own fields; they run in the order listed."""
from __future__ import annotations

from collections.abc import Callable

from saidwhat.text import Document
from saidwhat.types import Article

Resolver = Callable[[Document, Article], None]
RESOLVERS: list[Resolver] = []

from saidwhat.resolve.speakers import resolve_speakers  # noqa: E402  (identities: before sources)

RESOLVERS.insert(0, resolve_speakers)

from saidwhat.resolve.sources import resolve_sources  # noqa: E402  (kinds, chains, acts: after speakers)

RESOLVERS.append(resolve_sources)


def resolve(document: Document, article: Article) -> Article:
    for resolver in RESOLVERS:
        resolver(document, article)
    return article
