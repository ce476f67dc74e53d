"""The server backend: PostgreSQL through psycopg 3, German text search (the text search
configuration `saidwhat_german`: PostgreSQL's German Snowball stemmer without its stop-word
list, since "nicht" and "kein" matter in quotations; a GIN index; `websearch_to_tsquery`)."""
from __future__ import annotations

from typing import Iterable, Iterator

from saidwhat.errors import StoreError
from saidwhat.store.base import QueryError, Store, parse_query
from saidwhat.store.schema import POSTGRES_MIGRATIONS


def _pg(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def tsquery_text(query: str) -> str:
    """Normalise web-search syntax for `websearch_to_tsquery` (it has no prefix operator, and
    a query of only excluded words is refused as in SQLite)."""
    parts = []
    clauses = parse_query(query)
    if not any(not neg for _, neg, _, _ in clauses):
        raise QueryError("a search query needs at least one word that is not excluded with '-'")
    for op, negated, words, _prefix in clauses:
        if op == "OR" and parts:
            parts.append("OR")
        text = " ".join(words)
        parts.append(("-" if negated else "") + (f'"{text}"' if len(words) > 1 else text))
    return " ".join(parts)


class PostgresStore(Store):
    dialect = "postgresql"
    MIGRATIONS = POSTGRES_MIGRATIONS

    def __init__(self, url: str) -> None:
        super().__init__()
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise StoreError("a PostgreSQL store needs psycopg: pip install 'psycopg[binary]'")
        self._psycopg = psycopg
        self.url = _redact(url)
        self.connect_url = url  # what open_store() takes: worker processes open their own
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.url}: {str(exc).strip()}")
        self._in_txn = False
        self._migrate()

    def _execute(self, sql: str, params: Iterable = ()):
        try:
            return self.conn.execute(_pg(sql), tuple(params))
        except self._psycopg.OperationalError as exc:
            raise StoreError(f"{self.url}: {str(exc).strip()}")

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        try:
            with self.conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)
        except self._psycopg.OperationalError as exc:
            raise StoreError(f"{self.url}: {str(exc).strip()}")

    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        return list(self._execute(sql, params).fetchall())

    def _stream(self, sql: str, params: Iterable = (), batch: int = 5000) -> Iterator[list[dict]]:
        with self.conn.transaction():
            with self.conn.cursor(name="saidwhat_stream") as cur:
                cur.execute(_pg(sql), tuple(params))
                while True:
                    rows = cur.fetchmany(batch)
                    if not rows:
                        return
                    yield rows

    def _begin(self) -> None:
        self.conn.execute("BEGIN")
        self._in_txn = True

    def _commit(self) -> None:
        self.conn.execute("COMMIT")
        self._in_txn = False

    def _rollback(self) -> None:
        if self._in_txn:
            self._in_txn = False
            try:
                self.conn.execute("ROLLBACK")
            except self._psycopg.Error:
                pass

    def _lock_schema(self) -> None:
        # two processes opening a fresh database at once: the second waits, then sees version 1
        self.conn.execute("SELECT pg_advisory_xact_lock(7461102)")

    def _top_matches(self, query: str):
        return ("SELECT q.id AS qid, ts_rank(q.tsv, tq) AS score FROM quotations q "
                "CROSS JOIN websearch_to_tsquery('saidwhat_german', ?) AS tq WHERE q.tsv @@ tq "
                "ORDER BY score DESC, q.id LIMIT ? OFFSET ?", [tsquery_text(query)])

    def _text_match(self, query: str):
        return ("CROSS JOIN websearch_to_tsquery('saidwhat_german', ?) AS tq", "q.tsv @@ tq",
                "ts_rank(q.tsv, tq)", [tsquery_text(query)])

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    import re

    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
