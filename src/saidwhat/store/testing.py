"""Hand-built articles and backend helpers for tests of the store (used by tests/test_store*.py,
tests/test_corpus*.py, and welcome in the web server's tests). No analyzer needed."""
from __future__ import annotations

import os
import uuid

import pytest

from saidwhat.resolve.names import org_key, parse_person, person_key
from saidwhat.types import Article, Identity, Mention, Quotation, TextSpan, UnattributedClaim

PG_ENV = "SAIDWHAT_TEST_POSTGRES"


def span(text: str, part: str, start: int = 0) -> TextSpan:
    i = text.index(part, start)
    return TextSpan(part, [(i, i + len(part))])


def mention(text: str, part: str, entity=None, kind="unknown", ownership=None, members=()) -> Mention:
    i = text.index(part)
    return Mention(part, [(i, i + len(part))], entity=entity, kind=kind, ownership=ownership,
                   members=list(members))


def person(name: str) -> str:
    """The identity key the engine gives this person's name."""
    return person_key(parse_person(name.split()))


def interfax_article(suffix: str = "") -> Article:
    text = ("Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass der Vertrag "
            "unterschrieben sei. „Wir bleiben“, sagte die Ministerin Anna Müller. Offenbar wurde der "
            "Plan verschoben. Der Kreml bestritt, dass Verträge gebrochen worden seien." + suffix)
    q1 = Quotation(
        type="Indirect", medium="SW", quote=span(text, "dass der Vertrag unterschrieben sei"),
        speaker=mention(text, "Die Agentur Interfax", "Interfax", "media", ownership="state"),
        cue=span(text, "berichtete"),
        frame=span(text, "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium,"),
        via=[mention(text, "Kreise im Ministerium", None, "anonymous")],
        speech_act="assert", commitment="reported", confidence=0.91)
    q2 = Quotation(
        type="Direct", medium="Speech", quote=span(text, "Wir bleiben"),
        speaker=mention(text, "die Ministerin Anna Müller", "Anna Müller", "person"),
        cue=span(text, "sagte"), speech_act="assert", commitment="reported", confidence=0.97)
    q3 = Quotation(
        type="Indirect", medium="SW", quote=span(text, "dass Verträge gebrochen worden seien"),
        speaker=mention(text, "Der Kreml", "Kreml", "organization"), cue=span(text, "bestritt"),
        speech_act="deny", commitment="reported", confidence=0.8)
    hedged = span(text, "Offenbar wurde der Plan verschoben.")
    return Article(
        text=text, quotations=[q1, q2, q3],
        unattributed=[UnattributedClaim(hedged.text, hedged.spans, hedged=True)],
        identities=[
            Identity(org_key("Interfax"), "Interfax", "media", [span(text, "Die Agentur Interfax")], 1),
            Identity(person("Anna Müller"), "Anna Müller", "person", [span(text, "die Ministerin Anna Müller")], 1),
            Identity(org_key("Kreml"), "Kreml", "organization", [span(text, "Der Kreml")], 1),
        ],
        credit=None, engine="test")


def simple_article(n: int, speaker: str = "Olaf Scholz", words: str = "Die Lage ist ernst") -> Article:
    text = f"„{words} {n}“, sagte {speaker}."
    return Article(
        text=text, engine="test",
        quotations=[Quotation(
            type="Direct", medium="Speech", quote=span(text, f"{words} {n}"),
            speaker=mention(text, speaker, speaker, "person"), cue=span(text, "sagte"),
            speech_act="warn", commitment="reported", confidence=0.9)],
        identities=[Identity(person(speaker), speaker, "person", [span(text, speaker)], 1)])


def backends() -> list:
    """pytest params: sqlite always; postgresql when $SAIDWHAT_TEST_POSTGRES is set, otherwise a
    visible skip (a failure when $SAIDWHAT_REQUIRE_POSTGRES=1)."""
    pg_marks = []
    if not os.environ.get(PG_ENV):
        reason = (f"PostgreSQL store tests skipped: set {PG_ENV}=postgresql://… "
                  "(bash .ci/postgres.sh starts a throwaway server)")
        if os.environ.get("SAIDWHAT_REQUIRE_POSTGRES") == "1":
            pg_marks = []  # the fixture fails with the reason
        else:
            pg_marks = [pytest.mark.skip(reason=reason)]
    return ["sqlite", pytest.param("postgresql", marks=pg_marks)]


def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.fail(f"SAIDWHAT_REQUIRE_POSTGRES=1 but {PG_ENV} is not set")
    return url


def fresh_pg_database() -> str:
    """A new empty database on the test server; returns its URL (dropped by `drop_pg_database`)."""
    import psycopg

    base = pg_url()
    name = "sw_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


_NAMES = ["Anna Müller", "Olaf Scholz", "Annalena Baerbock", "Dmitri Peskow", "Kim Jong-un", "Ursula von der Leyen"]
_OUTLETS = ["Tagesblatt", "Abendpost", "RIA Nowosti", None]
_TEMPLATES = [
    "„Wir werden die Verhandlungen über {topic} fortsetzen“, sagte {name} am {day}. März in Berlin. "
    "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass der Vertrag "
    "unterschrieben sei. Offenbar wurde der Plan verschoben.",
    "{name} erklärte, die Regierung werde {topic} prüfen. Nach Angaben von Diplomaten soll es "
    "keine Einigung geben. „Das ist inakzeptabel“, sagte ein Sprecher. Nummer {day}.",
    "Laut {name} gibt es keine Pläne für {topic}. Der Kreml bestritt, dass Verträge gebrochen "
    "worden seien. „Wir bleiben bei unserer Position“, betonte {name} am {day}. April.",
]
_TOPICS = ["die Energiepreise", "den Gasvertrag", "die Waffenruhe", "das Haushaltsgesetz", "die Zölle"]


def synthetic_jsonl_records(n: int, *, seed: int = 0) -> list[dict]:
    """`n` distinct German news snippets with quotations, as JSON-lines records for ingest."""
    out = []
    for i in range(n):
        k = i + seed
        text = _TEMPLATES[k % 3].format(name=_NAMES[k % len(_NAMES)], topic=_TOPICS[k % len(_TOPICS)],
                                        day=1 + k % 28) + f" (Meldung {k})"
        record = {"id": f"m{k}", "text": text, "date": f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
                  "title": f"Meldung {k}"}
        outlet = _OUTLETS[k % len(_OUTLETS)]
        if outlet:
            record["outlet"] = outlet
        out.append(record)
    return out


def dump_store(store) -> dict[str, list[tuple]]:
    """Every table's rows in a stable order without volatile columns (ingest time, row ids),
    for comparing two stores row by row."""
    volatile = {"ingested_at", "id", "tsv"}
    keys = {"articles": "id", "quotations": "article_id, idx", "chain_links": "article_id, quotation_idx, position",
            "unattributed": "article_id, idx", "identities": "article_id, key"}
    out = {}
    for table, order in keys.items():
        rows = store._rows(f"SELECT * FROM {table} ORDER BY {order}")
        out[table] = [tuple((k, v) for k, v in r.items() if k not in volatile or (table == "articles" and k == "id"))
                      for r in rows]
    if store.dialect == "sqlite":
        out["quotations_fts"] = [tuple(r.values()) for r in store._rows(
            "SELECT q.article_id, q.idx, f.quote, f.lemmas FROM quotations_fts f "
            "LEFT JOIN quotations q ON q.id = f.rowid ORDER BY q.article_id, q.idx")]
    return out
