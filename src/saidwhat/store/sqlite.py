"""The embedded backend: one SQLite file, WAL journal, FTS5 full-text index over quotations.

German word forms match through a second indexed column holding the quote's lemmas
(simplemma): `Verträge` finds `Vertrag`, `sagte` finds `sagen`."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from saidwhat.errors import StoreError
from saidwhat.store.base import QueryError, Store, parse_query
from saidwhat.store.records import Record, folded_lemma
from saidwhat.store.schema import SQLITE_MIGRATIONS


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts5_query(query: str) -> str:
    """Translate web-search syntax into an FTS5 MATCH expression (no syntax errors possible)."""
    positives: list[str] = []
    negatives: list[str] = []
    for op, negated, words, prefix in parse_query(query):
        if len(words) == 1 and not prefix:
            w = words[0]
            lem = folded_lemma(w)
            expr = _quote(w) if lem == w.casefold() else f"({_quote(w)} OR {_quote(lem)})"
        else:
            expr = _quote(" ".join(words)) + ("*" if prefix else "")
        if negated:
            negatives.append(expr)
        elif op == "OR" and positives:
            positives[-1] = f"({positives[-1]} OR {expr})"
        else:
            positives.append(expr)
    if not positives:
        raise QueryError("a search query needs at least one word that is not excluded with '-'")
    return " AND ".join(positives) + "".join(f" NOT {n}" for n in negatives)


class SQLiteStore(Store):
    dialect = "sqlite"
    MIGRATIONS = SQLITE_MIGRATIONS

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path).expanduser() if str(path) != ":memory:" else path
        self.url = str(self.path)
        self.connect_url = self.url
        if isinstance(self.path, Path):
            if self.path.is_dir():
                raise StoreError(f"{self.path} is a directory; give a database file such as {self.path}/corpus.db")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for {self.path}: {exc}")
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                        timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a saidwhat database: {exc}")

    def _execute(self, sql: str, params: Iterable = ()):
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "disk" in str(exc) or "readonly" in str(exc):
                raise StoreError(f"{self.path}: {exc}")
            raise

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]:
        try:
            return [dict(r) for r in self.conn.execute(sql, tuple(params))]
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc):
                raise QueryError(f"cannot search for that: {exc}")
            raise

    def _stream(self, sql: str, params: Iterable = (), batch: int = 5000) -> Iterator[list[dict]]:
        cur = self.conn.execute(sql, tuple(params))
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            yield [dict(r) for r in rows]

    def _begin(self) -> None:
        self._execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _insert_fts(self, record: Record) -> None:
        ids = {r["idx"]: r["id"] for r in self.conn.execute(
            "SELECT id, idx FROM quotations WHERE article_id = ?", (record.id,))}
        self.conn.executemany(
            "INSERT INTO quotations_fts (rowid, quote, lemmas) VALUES (?, ?, ?)",
            [(ids[q[1]], q[4], lem) for q, lem in zip(record.quotations, record.lemmas)])

    def _top_matches(self, query: str):
        return ("SELECT rowid AS qid, -rank AS score FROM quotations_fts WHERE quotations_fts MATCH ? "
                "ORDER BY rank, rowid LIMIT ? OFFSET ?", [fts5_query(query)])

    def _text_match(self, query: str):
        return ("JOIN quotations_fts ON quotations_fts.rowid = q.id", "quotations_fts MATCH ?",
                "-bm25(quotations_fts)", [fts5_query(query)])

    def close(self) -> None:
        with self._lock:
            self.conn.close()
