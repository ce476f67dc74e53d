"""What both backends share: the result types, the queries, the writer and the exports.

A backend supplies a connection and the few statements where SQLite and PostgreSQL differ
(full-text search, parameter style, migrations)."""
from __future__ import annotations

import csv
import json
import re
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from saidwhat.errors import StoreError
from saidwhat.resolve.names import corpus_links, family_key
from saidwhat.store.records import (
    ARTICLE_COLUMNS, CHAIN_LINK_COLUMNS, IDENTITY_COLUMNS, QUOTATION_COLUMNS, UNATTRIBUTED_COLUMNS,
    Record, normalise_date, norm, prepare,
)
from saidwhat.store.schema import SCHEMA_VERSION, VERSION_TABLE, statements
from saidwhat.types import SOURCE_KINDS, QUOTATION_TYPES, Article

EXPORT_FORMATS = ("parquet", "csv", "jsonl")


class QueryError(StoreError):
    """The query itself is wrong (unknown kind, malformed date, nothing to search for)."""


EXPORT_TABLES = ("quotations", "articles", "unattributed", "identities", "chain_links")
# Speaker kinds whose unresolved words describe a class of source a corpus can count.
SOURCE_CLASSES = ("anonymous", "document", "media", "organization")


@dataclass
class QuotationHit:
    """One quotation found by `Store.search`, with its article's metadata."""

    article_id: str
    index: int  # position in the article's quotation list
    type: str
    medium: str
    quote: str
    quote_spans: list[list[int]]
    speaker: str | None
    speaker_spans: list[list[int]] | None
    speaker_entity: str | None
    speaker_kind: str | None
    cue: str | None
    cue_spans: list[list[int]] | None
    addressee: str | None
    via: list[dict]  # [{"text", "spans", "entity", "kind", "ownership"}], nearest first
    speech_act: str
    commitment: str
    confidence: float
    outlet: str | None
    date: str | None
    title: str | None
    url: str | None
    source_id: str | None
    score: float | None = None  # relevance (higher is better) when searched with a query

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SpeakerRow:
    """A speaker across the corpus: canonical name (or the article's words for an unresolved
    class of source, see `Store.speakers`)."""

    name: str
    kind: str | None
    quotations: int
    articles: int
    share: float  # of all quotations in the store
    outlets: list[str] = field(default_factory=list)  # most quoted-in first

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StatsRow:
    """Counts for one outlet and month (None where the article had none)."""

    outlet: str | None
    month: str | None
    articles: int
    quotations: int
    quotations_per_article: float
    anonymous: int  # quotations whose speaker or any source in `via` is anonymous
    anonymous_share: float
    state_media: int  # quotations whose speaker or any `via` source has ownership "state"
    state_media_share: float
    direct: int
    indirect: int
    reported: int
    free_indirect: int  # FreeIndirect and IndirectFreeIndirect
    denials: int  # speech_act == "deny"
    unattributed_hedged: int

    def to_dict(self) -> dict:
        return asdict(self)


_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def parse_query(query: str) -> list[tuple[str, bool, list[str], bool]]:
    """Web-search syntax: words (all must match), "a phrase", `OR`, `-excluded`, `prefix*`.

    Returns clauses (op, negated, words, prefix) with op "AND" or "OR" (joining the previous)."""
    clauses, op = [], "AND"
    for m in _TOKEN.finditer(query):
        if m.group(3) is not None:
            tok = m.group(3)
            bare = tok.strip("()")
            if bare == "OR":
                op = "OR"
                continue
            if bare == "AND":
                continue
            negated = tok.startswith("-") and len(tok) > 1
            tok = tok[1:] if negated else tok
            prefix = tok.endswith("*")
            words = _WORD.findall(tok)
        else:
            negated, words, prefix = bool(m.group(1)), _WORD.findall(m.group(2)), False
        if words:
            clauses.append((op if clauses else "AND", negated, words, prefix))
        op = "AND"
    return clauses


class Store:
    """A corpus of analysed articles. Open one with `saidwhat.store.open_store()`.

    One Store may be shared by threads (calls are serialised); processes open their own."""

    url: str
    dialect: str
    MIGRATIONS: list[tuple[int, str, str]]

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # -- backend hooks ---------------------------------------------------------------------
    def _execute(self, sql: str, params: Iterable = ()) -> Any: raise NotImplementedError
    def _executemany(self, sql: str, rows: list[tuple]) -> None: raise NotImplementedError
    def _rows(self, sql: str, params: Iterable = ()) -> list[dict]: raise NotImplementedError
    def _stream(self, sql: str, params: Iterable = (), batch: int = 5000) -> Iterator[list[dict]]:
        raise NotImplementedError
    def _begin(self) -> None: raise NotImplementedError
    def _commit(self) -> None: raise NotImplementedError
    def _rollback(self) -> None: raise NotImplementedError
    def _insert_fts(self, record: Record) -> None: pass
    def _top_matches(self, query: str) -> tuple[str, list]:
        """SQL selecting (qid, score) of the best matches, ending in LIMIT ? OFFSET ?."""
        raise NotImplementedError
    def _text_match(self, query: str) -> tuple[str, str, str, list]:
        """(extra FROM clause, WHERE condition, score expression (higher better), params)."""
        raise NotImplementedError
    def close(self) -> None: raise NotImplementedError
    def _lock_schema(self) -> None: pass

    # -- schema ----------------------------------------------------------------------------
    def schema_version(self) -> int:
        rows = self._rows("SELECT MAX(version) AS v FROM schema_version")
        return int(rows[0]["v"] or 0)

    def _migrate(self) -> None:
        self._execute(VERSION_TABLE)
        self._begin()
        try:
            self._lock_schema()
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.url} has schema version {current}, newer than this saidwhat knows "
                    f"({SCHEMA_VERSION}); upgrade saidwhat (pip install -U saidwhat)")
            for version, description, script in self.MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements(script):
                    self._execute(statement)
                self._execute(
                    "INSERT INTO schema_version (version, description, applied_at) "
                    "VALUES (?, ?, CAST(CURRENT_TIMESTAMP AS TEXT))", (version, description))
            self._commit()
        except BaseException:
            self._rollback()
            raise

    # -- writing ---------------------------------------------------------------------------
    def __contains__(self, article_id: str) -> bool:
        with self._lock:
            return bool(self._rows("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)))

    def existing(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (one query)."""
        ids = sorted(set(ids))
        if not ids:
            return set()
        with self._lock:
            marks = ", ".join("?" for _ in ids)
            return {r["id"] for r in self._rows(f"SELECT id FROM articles WHERE id IN ({marks})", ids)}

    def add(self, article: Article, meta: dict | None = None) -> bool:
        """Store one analysed article in one transaction; False if its text is already stored."""
        return self.write(prepare(article, meta, with_lemmas=self.dialect == "sqlite"))

    def write(self, record: Record) -> bool:
        """Insert a prepared `Record` (see `saidwhat.store.records.prepare`) atomically."""
        with self._lock:
            self._begin()
            try:
                added = self._write(record)
                self._commit()
                return added
            except BaseException:
                self._rollback()
                raise

    def write_many(self, records: Iterable[Record]) -> int:
        """Insert many records in one transaction (bulk loads); returns how many were new."""
        with self._lock:
            self._begin()
            try:
                added = sum(self._write(r) for r in records)
                self._commit()
                return added
            except BaseException:
                self._rollback()
                raise

    def _write(self, r: Record) -> bool:
        cur = self._execute(_insert("articles", ARTICLE_COLUMNS, conflict="id"), r.article)
        if cur.rowcount == 0:
            return False
        if r.quotations:
            self._executemany(_insert("quotations", QUOTATION_COLUMNS), r.quotations)
            self._insert_fts(r)
        if r.chain_links:
            self._executemany(_insert("chain_links", CHAIN_LINK_COLUMNS), r.chain_links)
        if r.unattributed:
            self._executemany(_insert("unattributed", UNATTRIBUTED_COLUMNS), r.unattributed)
        if r.identities:
            self._executemany(_insert("identities", IDENTITY_COLUMNS), r.identities)
        return True

    # -- queries ---------------------------------------------------------------------------
    def count(self, table: str = "articles") -> int:
        if table not in EXPORT_TABLES:
            raise QueryError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
        with self._lock:
            return int(self._rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])

    def _filters(self, speaker=None, kind=None, outlet=None, since=None, until=None, type=None):
        where, params = [], []
        if speaker:
            pattern = norm(speaker).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            keys, names = self._other_names(speaker)
            same = (f" OR q.speaker_entity IN ({', '.join('?' * len(names))}) AND EXISTS (SELECT 1 FROM identities i "
                    f"WHERE i.article_id = q.article_id AND i.name = q.speaker_entity "
                    f"AND i.key IN ({', '.join('?' * len(keys))}))") if names else ""
            where.append(f"(q.speaker_norm LIKE ? ESCAPE '\\'{same})")
            params += [f"%{pattern}%", *names, *keys] if names else [f"%{pattern}%"]
        if kind:
            if kind not in SOURCE_KINDS:
                raise QueryError(f"unknown speaker kind {kind!r}; choose one of {', '.join(SOURCE_KINDS)}")
            where.append("q.speaker_kind = ?")
            params.append(kind)
        if type:
            if type not in QUOTATION_TYPES:
                raise QueryError(f"unknown quotation type {type!r}; choose one of {', '.join(QUOTATION_TYPES)}")
            where.append("q.type = ?")
            params.append(type)
        if outlet:
            where.append("a.outlet_norm = ?")
            params.append(norm(outlet))
        for value, op, name in ((since, ">=", "since"), (until, "<=", "until")):
            if value:
                date = normalise_date(value)
                if date is None:
                    raise QueryError(f"--{name} {value!r} is not a date; write it as YYYY-MM-DD")
                where.append(f"a.date {op} ?")
                params.append(date)
        return where, params

    def search(self, query: str | None = None, *, speaker: str | None = None, kind: str | None = None,
               outlet: str | None = None, since: str | None = None, until: str | None = None,
               type: str | None = None, limit: int = 20, offset: int = 0) -> list[QuotationHit]:
        """Quotations matching a full-text `query` (web-search syntax: words, "phrase", OR,
        -word; German word forms match) and the filters; best match first, or newest first
        without a query. `speaker` matches part of the name (case-insensitive), `kind` the
        speaker's kind, `since`/`until` the article date (inclusive)."""
        where, params = self._filters(speaker, kind, outlet, since, until, type)
        columns = "q.*, a.outlet, a.date, a.title, a.url, a.source_id"
        if query and query.strip() and not where:
            # the best matches first, then their rows: no join for matches that are not shown
            inner, params = self._top_matches(query)
            sql = (f"SELECT {columns}, m.score AS score FROM ({inner}) m JOIN quotations q ON q.id = m.qid "
                   f"JOIN articles a ON a.id = q.article_id ORDER BY m.score DESC, q.id")
        else:
            fts_from, score = "", "NULL"
            order = "a.date DESC NULLS LAST, q.article_id, q.idx"
            if query and query.strip():
                fts_from, cond, score, fts_params = self._text_match(query)
                where.insert(0, cond)
                params = fts_params + params
                order = "score DESC, q.id"
            sql = (f"SELECT {columns}, {score} AS score "
                   f"FROM quotations q JOIN articles a ON a.id = q.article_id {fts_from} "
                   + (f"WHERE {' AND '.join(where)} " if where else "")
                   + f"ORDER BY {order} LIMIT ? OFFSET ?")
        with self._lock:
            rows = self._rows(sql, params + [int(limit), int(offset)])
            via = self._via({(r["article_id"], r["idx"]) for r in rows})
        return [_hit(r, via.get((r["article_id"], r["idx"]), [])) for r in rows]

    def _via(self, keys: set[tuple[str, int]]) -> dict[tuple[str, int], list[dict]]:
        if not keys:
            return {}
        articles = sorted({a for a, _ in keys})
        marks = ", ".join("?" for _ in articles)
        out: dict[tuple[str, int], list[dict]] = {}
        for r in self._rows(f"SELECT * FROM chain_links WHERE article_id IN ({marks}) "
                            f"ORDER BY article_id, quotation_idx, position", articles):
            key = (r["article_id"], r["quotation_idx"])
            if key in keys:
                out.setdefault(key, []).append({
                    "text": r["text"], "spans": _load(r["spans"]), "entity": r["entity"],
                    "kind": r["kind"], "ownership": r["ownership"]})
        return out

    def speakers(self, *, kind: str | None = None, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int | None = None) -> list[SpeakerRow]:
        """Speakers by number of quotations: name, kind, quotations, articles, share of all
        quotations, outlets. A speaker is an identity key, not a spelling: the names of one body
        (`dpa`, `Deutsche Presse-Agentur`) and the spellings of one person are one speaker,
        listed under its most quoted name, and an article's bare surname (`Merkel`) is the one
        person of that family the corpus names in full (`names.corpus_links`). A group's
        quotation (`Berlin und Paris wiesen … zurück`) counts for each member. A speaker the
        engine tied to no identity is listed by the article's words only when they describe a
        class of source (`Beobachter`, `Polizeiangaben`, `Medienberichten`: kinds anonymous,
        document, media, organization); an unresolved person or pronoun (`Er`, `der
        39-Jährige`) is someone different in every article, so its words are no one's voice
        across the corpus and it is not listed."""
        where, params = self._filters(None, kind, outlet, since, until)
        where.append("q.speaker_text IS NOT NULL")
        where.append(f"(q.speaker_entity IS NOT NULL OR q.speaker_kind IN ({', '.join('?' * len(SOURCE_CLASSES))}))")
        params.extend(SOURCE_CLASSES)
        single = " AND ".join([*where, "(q.speaker_members IS NULL OR q.speaker_members = '[]')"])
        group = " AND ".join([*where, "q.speaker_members <> '[]'"])
        joined = "FROM quotations q JOIN articles a ON a.id = q.article_id WHERE"
        keyed = (f"SELECT (SELECT MIN(i.key) FROM identities i WHERE i.article_id = q.article_id "
                 f"AND i.name = q.speaker_entity) AS key, COALESCE(q.speaker_entity, q.speaker_text) AS name, "
                 f"q.speaker_kind AS kind, a.outlet AS outlet, q.article_id AS article_id {joined}")
        sql = (f"SELECT key, name, kind, outlet, COUNT(*) AS n, COUNT(DISTINCT article_id) AS articles "
               f"FROM ({keyed} {single}) s GROUP BY key, name, kind, outlet")
        group_sql = (f"SELECT q.article_id AS article_id, q.speaker_members AS members, q.speaker_kind AS kind, "
                     f"a.outlet AS outlet {joined} {group}")
        in_group_articles = f"article_id IN (SELECT q.article_id {joined} {group})"
        fwhere, fparams = self._filters(None, None, outlet, since, until)
        total_sql = ("SELECT COUNT(*) AS n FROM quotations q JOIN articles a ON a.id = q.article_id"
                     + (f" WHERE {' AND '.join(fwhere)}" if fwhere else ""))
        with self._lock:
            rows = self._rows(sql, params)
            group_rows = self._rows(group_sql, params)
            total = int(self._rows(total_sql, fparams)[0]["n"]) or 1
            links = corpus_links(r["key"] for r in self._rows(
                "SELECT DISTINCT key FROM identities WHERE substr(key, 1, 2) = 'p:'"))
            if group_rows:  # the members' keys, and where they also speak alone
                member_keys = {(r["article_id"], r["name"]): r["key"] for r in self._rows(
                    f"SELECT article_id, name, key FROM identities WHERE {in_group_articles}", params)}
                alone = self._rows(f"SELECT DISTINCT key, name, kind, article_id FROM ({keyed} {single}) s "
                                   f"WHERE {in_group_articles}", [*params, *params])
        merged: dict[tuple, dict] = {}

        def count(key: str, name: str, kind: str | None, n: int, articles: int, outlet: str | None) -> tuple:
            speaker = (links.get(key, key), kind)
            m = merged.setdefault(speaker, {"n": 0, "articles": 0, "outlets": {}, "names": {}})
            m["n"] += n
            m["articles"] += articles  # an article has one outlet and one name per identity
            if outlet is not None:
                m["outlets"][outlet] = m["outlets"].get(outlet, 0) + n
            own = (key == speaker[0], name)  # a linked bare surname never names the speaker
            m["names"][own] = m["names"].get(own, 0) + n
            return speaker

        for r in rows:
            count(r["key"] or "w:" + r["name"], r["name"], r["kind"], int(r["n"]), int(r["articles"]), r["outlet"])
        in_group: dict[tuple, set] = {}  # speaker -> articles where it speaks in a group
        for r in group_rows:
            for member in dict.fromkeys(_load(r["members"])):
                key = member_keys.get((r["article_id"], member)) or "w:" + member
                in_group.setdefault(count(key, member, r["kind"], 1, 0, r["outlet"]), set()).add(r["article_id"])
        if in_group:  # an article where a member also speaks alone is counted already
            for r in alone:
                key = r["key"] or "w:" + r["name"]
                in_group.get((links.get(key, key), r["kind"]), set()).discard(r["article_id"])
            for speaker, articles in in_group.items():
                merged[speaker]["articles"] += len(articles)
        out = [SpeakerRow(max(m["names"], key=lambda own: (own[0], m["names"][own], len(own[1])))[1], kind,
                          m["n"], m["articles"], round(m["n"] / total, 6),
                          sorted(m["outlets"], key=lambda o: (-m["outlets"][o], o)))
               for (_, kind), m in merged.items()]
        out.sort(key=lambda s: (-s.quotations, s.name or "", s.kind or ""))
        return out[:limit] if limit else out

    def _other_names(self, speaker: str) -> tuple[list[str], list[str]]:
        """The identity keys `speakers` lists as `speaker` (those of the identities so named and
        the bare surnames `corpus_links` ties to them), and their names that do not contain
        `speaker` (`dpa` for `Deutsche Presse-Agentur`, `Merkel` for `Angela Merkel`)."""
        with self._lock:
            keys = {r["key"] for r in self._rows("SELECT DISTINCT key FROM identities WHERE name = ?", [speaker])}
            for family in {family_key(k) for k in keys} - keys - {None}:  # the families of full names
                if not self._rows("SELECT 1 FROM identities WHERE key = ? LIMIT 1", [family]):
                    continue  # no article names this family by its surname alone
                kin = self._rows("SELECT DISTINCT key FROM identities WHERE substr(key, 1, ?) = ?",
                                 [len(family), family])
                keys |= {short for short, full in corpus_links(r["key"] for r in kin).items() if full in keys}
            if not keys:
                return [], []
            names = self._rows(f"SELECT DISTINCT name FROM identities WHERE key IN ({', '.join('?' * len(keys))})",
                               sorted(keys))
        others = sorted(r["name"] for r in names if r["name"] and norm(speaker) not in norm(r["name"]))
        return sorted(keys), others

    def stats(self, *, by: tuple[str, ...] | str = ("outlet", "month"), outlet: str | None = None,
              since: str | None = None, until: str | None = None) -> list[StatsRow]:
        """Per outlet and month (or `by="outlet"` / `by="month"` / `by=()` for the total)."""
        if isinstance(by, str):
            by = tuple(b for b in by.replace(",", " ").split() if b)
        for b in by:
            if b not in ("outlet", "month"):
                raise QueryError(f"stats can group by outlet and/or month, not {b!r}")
        where, params = self._filters(None, None, outlet, since, until)
        cols = ", ".join(f"a.{b}" for b in by)
        sums = ", ".join(f"SUM(a.n_{c}) AS {c}" for c in (
            "quotations", "anonymous", "state_media", "direct", "indirect", "reported",
            "free_indirect", "denials", "hedged"))
        sql = (f"SELECT {cols + ', ' if cols else ''}COUNT(*) AS articles, {sums} FROM articles a"
               + (f" WHERE {' AND '.join(where)}" if where else "")
               + (f" GROUP BY {cols} ORDER BY {cols}" if cols else ""))
        with self._lock:
            rows = self._rows(sql, params)
        out = []
        for r in rows:
            if not r["articles"]:
                continue
            q = int(r["quotations"] or 0)
            out.append(StatsRow(
                r.get("outlet"), r.get("month"), int(r["articles"]), q,
                round(q / int(r["articles"]), 4),
                int(r["anonymous"] or 0), round(int(r["anonymous"] or 0) / q, 4) if q else 0.0,
                int(r["state_media"] or 0), round(int(r["state_media"] or 0) / q, 4) if q else 0.0,
                int(r["direct"] or 0), int(r["indirect"] or 0), int(r["reported"] or 0),
                int(r["free_indirect"] or 0), int(r["denials"] or 0), int(r["hedged"] or 0)))
        # None sorts first, consistently in both backends
        out.sort(key=lambda s: tuple(((getattr(s, b) is not None), getattr(s, b) or "") for b in by))
        return out

    # -- export ----------------------------------------------------------------------------
    def _export_rows(self, table: str) -> tuple[list[str], Iterator[list[dict]]]:
        if table == "quotations":
            sql = ("SELECT a.source_id, a.outlet, a.date, a.url, a.title, q.* "
                   "FROM quotations q JOIN articles a ON a.id = q.article_id ORDER BY q.article_id, q.idx")
        elif table == "articles":
            sql = "SELECT * FROM articles ORDER BY id"
        elif table == "chain_links":
            sql = "SELECT * FROM chain_links ORDER BY article_id, quotation_idx, position"
        elif table in EXPORT_TABLES:
            sql = f"SELECT * FROM {table} ORDER BY article_id, " + ("idx" if table == "unattributed" else "key")
        else:
            raise QueryError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
        return sql, self._stream(sql)

    def export(self, path: str | Path, format: str | None = None, *, table: str = "quotations") -> int:
        """Write a table to `path` as parquet, csv or jsonl (format from the suffix when None).

        The default table, quotations, has one row per quotation with its article's source id,
        outlet, date, url and title, and its `via` chain as a list. JSON-valued columns (spans,
        members, mentions) are nested values in parquet and jsonl and JSON text in csv.
        Returns the number of rows written."""
        path = Path(path)
        format = (format or path.suffix.lstrip(".")).lower()
        if format not in EXPORT_FORMATS:
            raise QueryError(f"cannot export as {format!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        with self._lock:
            _, batches = self._export_rows(table)
            batches = (self._decorate(table, b) for b in batches)
            if format == "csv":
                return _write_csv(path, batches)
            if format == "jsonl":
                return _write_jsonl(path, batches)
            return _write_parquet(path, table, batches)

    def _decorate(self, table: str, batch: list[dict]) -> list[dict]:
        """Decode JSON columns, drop internal ones, attach `via` to quotations."""
        via = self._via({(r["article_id"], r["idx"]) for r in batch}) if table == "quotations" else {}
        out = []
        for r in batch:
            r = {k: v for k, v in r.items()
                 if k not in _INTERNAL and not (table == "quotations" and k == "id")}
            for k in r:
                if k in _JSON_COLUMNS or k.endswith("_spans") or k.endswith("_members"):
                    r[k] = _load(r[k])
            if table == "quotations":
                r["via"] = via.get((r["article_id"], r["idx"]), [])
            out.append(r)
        return out

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"


_INTERNAL = {"tsv", "speaker_norm", "outlet_norm"}
_JSON_COLUMNS = {"spans", "members", "mentions", "meta"}


def _insert(table: str, columns: tuple[str, ...], conflict: str | None = None) -> str:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    return sql + (f" ON CONFLICT ({conflict}) DO NOTHING" if conflict else "")


def _load(value):
    if value is None or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _hit(r: dict, via: list[dict]) -> QuotationHit:
    return QuotationHit(
        article_id=r["article_id"], index=int(r["idx"]), type=r["type"], medium=r["medium"],
        quote=r["quote_text"], quote_spans=_load(r["quote_spans"]),
        speaker=r["speaker_text"], speaker_spans=_load(r["speaker_spans"]),
        speaker_entity=r["speaker_entity"], speaker_kind=r["speaker_kind"],
        cue=r["cue_text"], cue_spans=_load(r["cue_spans"]), addressee=r["addressee_text"], via=via,
        speech_act=r["speech_act"], commitment=r["commitment"], confidence=float(r["confidence"] or 0),
        outlet=r["outlet"], date=r["date"], title=r["title"], url=r["url"], source_id=r["source_id"],
        score=None if r["score"] is None else round(float(r["score"]), 6))


def _flat(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _write_csv(path: Path, batches) -> int:
    n, writer = 0, None
    with open(path, "w", newline="", encoding="utf-8") as fh:
        for batch in batches:
            for r in batch:
                if writer is None:
                    writer = csv.DictWriter(fh, fieldnames=list(r))
                    writer.writeheader()
                writer.writerow({k: _flat(v) for k, v in r.items()})
                n += 1
    return n


def _write_jsonl(path: Path, batches) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for batch in batches:
            for r in batch:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    return n


def _arrow_schema(table: str, columns: list[str]):
    import pyarrow as pa

    spans = pa.list_(pa.list_(pa.int64()))
    members = pa.list_(pa.string())
    link = pa.struct([("text", pa.string()), ("spans", spans), ("entity", pa.string()),
                      ("kind", pa.string()), ("ownership", pa.string())])
    ints = {"idx", "quote_start", "quote_end", "nested_in", "n_via", "anonymous", "state_media",
            "is_extracted", "quotation_idx", "position", "span_start", "span_end", "hedged", "quotations"}
    fields = []
    for c in columns:
        if c == "via":
            t = pa.list_(link)
        elif c == "spans" or c.endswith("_spans"):
            t = spans
        elif c == "members" or c.endswith("_members"):
            t = members
        elif c == "mentions":
            t = pa.list_(pa.struct([("text", pa.string()), ("spans", spans)]))
        elif c == "confidence":
            t = pa.float64()
        elif c in ints or c.startswith("n_"):
            t = pa.int64()
        elif c == "meta":
            t = pa.string()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def _write_parquet(path: Path, table: str, batches) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        raise StoreError("parquet export needs pyarrow: pip install pyarrow")
    n, writer = 0, None
    try:
        for batch in batches:
            if not batch:
                continue
            for r in batch:
                if "meta" in r and r["meta"] is not None and not isinstance(r["meta"], str):
                    r["meta"] = json.dumps(r["meta"], ensure_ascii=False)
            if writer is None:
                schema = _arrow_schema(table, list(batch[0]))
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if writer is None:  # empty table: still write a file with no rows
            writer = pq.ParquetWriter(str(path), pa.schema([]))
    finally:
        if writer is not None:
            writer.close()
    return n
