"""The corpus store: analysed articles in SQLite (default, one file) or PostgreSQL (a server).

API — the CLI (`saidwhat ingest/search/speakers/stats/export`) and the web server are thin
shells over it:

    from saidwhat.store import open_store, default_db
    store = open_store(url_or_path=None, *, create=True)   # None → default_db(): $SAIDWHAT_DB or
                                           # ~/.local/share/saidwhat/corpus.db;
                                           # "postgresql://user@host/db" → PostgreSQL;
                                           # create=False: a missing SQLite file is a StoreError
    store.add(article: saidwhat.types.Article, meta: dict | None = None) -> bool
        # meta: id (kept as source_id), url, title, outlet, date (ISO), anything else (JSON).
        # Article id = saidwhat.store.records.article_id(text) (SHA-256 of the text, 32 hex).
        # One transaction per article; False (and nothing written) if the text is stored already.
    article_id in store -> bool;  store.existing(ids) -> set[str]   # which ids are stored
    store.write(record) -> bool; store.write_many(records) -> int    # prepared rows (records.prepare)
    store.search(query: str | None = None, *, speaker=None, kind=None, outlet=None,
                 since=None, until=None, type=None, limit=20, offset=0) -> list[QuotationHit]
        # query: words (all must match), "a phrase", OR, -excluded, prefix* (SQLite); German
        # word forms match. Best match first; newest first without a query.
    store.speakers(*, kind=None, outlet=None, since=None, until=None, limit=None) -> list[SpeakerRow]
    store.stats(*, by=("outlet", "month"), outlet=None, since=None, until=None) -> list[StatsRow]
    store.export(path, format=None, *, table="quotations") -> int   # parquet | csv | jsonl
    store.count(table="articles") -> int
    store.schema_version() -> int
    store.close()  (or use `with open_store(...) as store:`)

Result rows are dataclasses with `.to_dict()`: `QuotationHit` (article_id, index, type, medium,
quote, quote_spans, speaker, speaker_spans, speaker_entity, speaker_kind, cue, cue_spans,
addressee, via, speech_act, commitment, confidence, outlet, date, title, url, source_id, score),
`SpeakerRow` (name, kind, quotations, articles, share, outlets), `StatsRow` (outlet, month,
articles, quotations, quotations_per_article, anonymous, anonymous_share, state_media,
state_media_share, direct, indirect, reported, free_indirect, denials, unattributed_hedged).
Errors: `saidwhat.errors.StoreError`; its subclass `QueryError` means the request was wrong (an
unknown kind or type, a malformed date, a query of only excluded words) — HTTP 400, not 503.
A Store may be shared between threads (calls are serialised); each process opens its own.
Many files at once: `saidwhat.corpus.ingest(paths, store, workers=2) -> IngestReport`.

Tables: articles, quotations (every contract field, spans as JSON), chain_links (the `via`
sources of each quotation, nearest first), unattributed, identities, schema_version; SQLite adds
the FTS5 table quotations_fts. Schema changes are migrations in `saidwhat.store.schema`.
"""
from __future__ import annotations

import os
from pathlib import Path

from saidwhat.errors import StoreError
from saidwhat.store.base import (
    EXPORT_FORMATS, EXPORT_TABLES, QueryError, QuotationHit, SpeakerRow, StatsRow, Store,
)
from saidwhat.store.records import Record, article_id, prepare

__all__ = ["open_store", "default_db", "Store", "QueryError", "QuotationHit", "SpeakerRow", "StatsRow", "Record",
           "article_id", "prepare", "EXPORT_FORMATS", "EXPORT_TABLES"]


def default_db() -> str:
    """$SAIDWHAT_DB, else $XDG_DATA_HOME/saidwhat/corpus.db (~/.local/share/saidwhat/corpus.db)."""
    if os.environ.get("SAIDWHAT_DB"):
        return os.environ["SAIDWHAT_DB"]
    base = os.environ.get("XDG_DATA_HOME") or os.path.join("~", ".local", "share")
    return os.path.join(base, "saidwhat", "corpus.db")


def is_postgres(url: str) -> bool:
    return str(url).startswith(("postgresql://", "postgres://"))


def open_store(url_or_path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) a SQLite file or a `postgresql://` database.

    With `create=False` a missing SQLite file is an error instead of a new empty corpus."""
    target = default_db() if url_or_path is None else url_or_path
    if is_postgres(str(target)):
        from saidwhat.store.postgres import PostgresStore

        return PostgresStore(str(target))
    from saidwhat.store.sqlite import SQLiteStore

    if not create and str(target) != ":memory:" and not Path(target).expanduser().exists():
        raise StoreError(f"there is no corpus at {target}; create one with: saidwhat ingest FILES --db {target}")
    return SQLiteStore(target)
