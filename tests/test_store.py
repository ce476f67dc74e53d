"""The corpus store, against SQLite always and PostgreSQL when $SAIDWHAT_TEST_POSTGRES is set."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from saidwhat.errors import StoreError
from saidwhat.store import article_id, open_store
from saidwhat.store.schema import SCHEMA_VERSION
from saidwhat.store.testing import (
    backends, drop_pg_database, fresh_pg_database, interfax_article, mention, simple_article, span,
)
from saidwhat.resolve.names import org_key
from saidwhat.types import Article, Mention, Quotation

META = {"id": "a-1", "outlet": "Tagesblatt", "date": "2024-03-05T10:00:00Z", "url": "https://x.example/1",
        "title": "Vertrag", "section": "Politik"}


@pytest.fixture(params=backends())
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(tmp_path / "corpus.db")
        yield s
        s.close()
    else:
        url = fresh_pg_database()
        s = open_store(url)
        yield s
        s.close()
        drop_pg_database(url)


@pytest.fixture
def filled(store):
    store.add(interfax_article(), META)
    for i in range(5):
        store.add(simple_article(i), {"outlet": "Abendpost", "date": f"2024-0{1 + i % 2}-1{i}"})
    store.add(simple_article(99, speaker="Anna Müller", words="Wir warnen vor Verträgen"),
              {"outlet": "tagesblatt", "date": "2024-04-01"})
    return store


def test_add_is_idempotent_and_id_is_content_hash(store):
    article = interfax_article()
    assert store.add(article, META) is True
    assert store.add(article, META) is False
    assert store.add(interfax_article(), {"outlet": "Other"}) is False  # same text, same article
    assert store.count("articles") == 1
    assert store.count("quotations") == 3
    assert store.count("chain_links") == 1
    assert store.count("unattributed") == 1
    assert store.count("identities") == 3
    assert article_id(article.text) in store
    assert store.schema_version() == SCHEMA_VERSION


def test_reopen_keeps_schema_and_rows(tmp_path):
    path = tmp_path / "c.db"
    with open_store(path) as s:
        s.add(interfax_article())
    with open_store(path) as s:
        assert s.count() == 1 and s.schema_version() == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version")] == list(range(1, SCHEMA_VERSION + 1))


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "c.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(bad)
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)


def test_search_full_text_with_german_word_forms(filled):
    hits = filled.search("Vertrag")  # finds "Vertrag" and, by lemma/stem, "Verträge(n)"
    quotes = {h.quote for h in hits}
    assert "dass der Vertrag unterschrieben sei" in quotes
    assert "dass Verträge gebrochen worden seien" in quotes
    assert "Wir warnen vor Verträgen 99" in quotes
    hit = next(h for h in hits if h.quote.startswith("dass der Vertrag"))
    assert hit.speaker == "Die Agentur Interfax" and hit.speaker_kind == "media"
    assert hit.type == "Indirect" and hit.outlet == "Tagesblatt" and hit.date == "2024-03-05"
    assert hit.quote_spans == [[74, 109]]
    assert hit.via == [{"text": "Kreise im Ministerium", "spans": [[51, 72]], "entity": None,
                        "kind": "anonymous", "ownership": None}]
    assert hit.source_id == "a-1" and hit.score is not None
    assert json.loads(json.dumps([h.to_dict() for h in hits]))


def test_search_syntax(filled):
    assert {h.quote for h in filled.search('"Lage ist ernst"')} == {f"Die Lage ist ernst {i}" for i in range(5)}
    assert {h.quote for h in filled.search("ernst -3")} == {f"Die Lage ist ernst {i}" for i in (0, 1, 2, 4)}
    assert len(filled.search("bleiben OR warnen")) == 2
    assert filled.search("nichtvorhanden") == []
    # punctuation and operators users type do not break the query
    assert filled.search('„Wir bleiben“ (AND) :*') == filled.search("Wir bleiben")
    with pytest.raises(StoreError):
        filled.search("-ernst")


def test_search_filters(filled):
    assert len(filled.search(speaker="scholz")) == 5
    assert {h.speaker_entity for h in filled.search(speaker="MÜLLER")} == {"Anna Müller"}
    assert {h.speaker_kind for h in filled.search(kind="media")} == {"media"}
    assert len(filled.search(outlet="TAGESBLATT")) == 4
    assert {h.date for h in filled.search(since="2024-02-01", until="2024-03-31")} == {"2024-02-11",
                                                                                       "2024-02-13", "2024-03-05"}
    assert len(filled.search("ernst", speaker="scholz", since="2024-02-01")) == 2
    assert [h.type for h in filled.search(type="Direct", outlet="tagesblatt")] == ["Direct", "Direct"]
    page1 = filled.search(limit=3)
    page2 = filled.search(limit=3, offset=3)
    assert len(page1) == 3 and not {(h.article_id, h.index) for h in page1} & {(h.article_id, h.index) for h in page2}
    assert page1[0].date == "2024-04-01"  # newest first without a query
    with pytest.raises(StoreError, match="kind"):
        filled.search(kind="alien")
    with pytest.raises(StoreError, match="date"):
        filled.search(since="gestern")


def test_speakers(filled):
    rows = filled.speakers()
    top = rows[0]
    assert (top.name, top.kind, top.quotations, top.articles, top.outlets) == ("Olaf Scholz", "person", 5, 5,
                                                                               ["Abendpost"])
    assert top.share == pytest.approx(5 / 9, abs=1e-4)
    mueller = next(r for r in rows if r.name == "Anna Müller")
    assert mueller.quotations == 2 and mueller.articles == 2
    assert set(mueller.outlets) == {"Tagesblatt", "tagesblatt"}
    assert [r.name for r in filled.speakers(kind="media")] == ["Interfax"]
    assert len(filled.speakers(limit=2)) == 2


def test_speakers_leave_out_unresolved_people(store):
    """`Er` in two articles is two unknown people, not one voice; `Beobachter` is a class of source."""
    for n, (words, kind) in enumerate([("Er", "person"), ("Er", "person"), ("Beobachter", "anonymous")]):
        article = simple_article(n, speaker=words)
        article.quotations[0].speaker = mention(article.text, words, None, kind)
        store.add(article, {"outlet": "Abendpost"})
    assert [(r.name, r.kind, r.quotations) for r in store.speakers()] == [("Beobachter", "anonymous", 1)]
    assert store.speakers(kind="person") == []


def test_speakers_credit_each_member_of_a_group(store):
    """`Berlin und Paris wiesen … zurück` is a quotation of each government; an article where
    a member also speaks alone counts once for it."""
    berlin, paris = "Regierung Deutschlands", "Regierung Frankreichs"
    for n in range(2):
        text = f"Berlin und Paris wiesen Berichte {n} zurück. „Wir bleiben“, sagte Berlin."
        group = mention(text, "Berlin und Paris", f"{berlin} und {paris}", "organization", members=[berlin, paris])
        quotations = [Quotation(type="Reported", medium="SW", quote=span(text, f"Berichte {n}"), speaker=group,
                                cue=span(text, "wiesen"), speech_act="deny", commitment="reported", confidence=0.8),
                      Quotation(type="Direct", medium="Speech", quote=span(text, "Wir bleiben"),
                                speaker=Mention("Berlin", [(len(text) - 7, len(text) - 1)], entity=berlin,
                                                kind="organization"),
                                cue=span(text, "sagte"), speech_act="assert", commitment="reported", confidence=0.9)]
        store.add(Article(text=text, quotations=quotations, engine="test"), {"outlet": "Abendpost"})
    rows = {r.name: (r.quotations, r.articles, r.outlets) for r in store.speakers()}
    assert rows == {berlin: (4, 2, ["Abendpost"]), paris: (2, 2, ["Abendpost"])}


def test_speakers_are_identities_across_articles(store):
    """One speaker per identity key, under its most quoted name: two names of one body are one
    speaker, an article's bare surname is the one person of that family named in full
    elsewhere, two people of one family stay apart — and searching a speaker finds what its
    row counts."""
    agency = org_key("Deutsche Presse-Agentur")
    for n, (speaker, key, kind) in enumerate([
            ("Angela Merkel", None, "person"), ("Angela Merkel", None, "person"), ("Merkel", None, "person"),
            ("Sigmar Gabriel", None, "person"), ("Siegmar Gabriel", None, "person"), ("Gabriel", None, "person"),
            ("Deutsche Presse-Agentur", agency, "media"), ("dpa", agency, "media"), ("dpa", agency, "media")]):
        article = simple_article(n, speaker=speaker)
        article.identities[0].key = key or article.identities[0].key
        article.quotations[0].speaker.kind = kind
        store.add(article, {"outlet": "Abendpost"})
    rows = {r.name: (r.kind, r.quotations, r.articles) for r in store.speakers()}
    assert rows == {"Angela Merkel": ("person", 3, 3), "dpa": ("media", 3, 3), "Sigmar Gabriel": ("person", 1, 1),
                    "Siegmar Gabriel": ("person", 1, 1), "Gabriel": ("person", 1, 1)}
    assert len(store.search(speaker="Angela Merkel")) == 3
    assert len(store.search(speaker="Deutsche Presse-Agentur")) == 3
    assert len(store.search(speaker="Siegmar Gabriel")) == 1


def test_stats(filled):
    rows = {(r.outlet, r.month): r for r in filled.stats()}
    r = rows[("Tagesblatt", "2024-03")]
    assert (r.articles, r.quotations, r.anonymous, r.state_media) == (1, 3, 1, 1)
    assert (r.direct, r.indirect, r.denials, r.unattributed_hedged) == (1, 2, 1, 1)
    assert r.anonymous_share == pytest.approx(1 / 3, abs=1e-3)
    assert rows[("Abendpost", "2024-01")].articles == 3
    assert rows[("Abendpost", "2024-01")].quotations_per_article == 1.0
    by_outlet = filled.stats(by="outlet")
    assert sum(r.articles for r in by_outlet) == 7
    total, = filled.stats(by=())
    assert (total.articles, total.quotations, total.denials) == (7, 9, 1)
    with pytest.raises(StoreError):
        filled.stats(by="weekday")


def test_export_formats(filled, tmp_path):
    n = filled.export(tmp_path / "q.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text().splitlines()]
    assert n == len(rows) == 9
    q = next(r for r in rows if r["quote_text"].startswith("dass der Vertrag"))
    assert q["quote_spans"] == [[74, 109]] and q["via"][0]["kind"] == "anonymous"
    assert q["outlet"] == "Tagesblatt" and q["source_id"] == "a-1" and "speaker_norm" not in q

    assert filled.export(tmp_path / "q.csv") == 9
    with open(tmp_path / "q.csv", newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    assert len(csv_rows) == 9 and json.loads(csv_rows[0]["quote_spans"])

    pq = pytest.importorskip("pyarrow.parquet")
    assert filled.export(tmp_path / "q.parquet", "parquet") == 9
    table = pq.read_table(tmp_path / "q.parquet")
    assert table.num_rows == 9
    by_quote = {r["quote_text"]: r for r in table.to_pylist()}
    assert by_quote["dass der Vertrag unterschrieben sei"]["via"][0]["text"] == "Kreise im Ministerium"
    assert filled.export(tmp_path / "a.parquet", table="articles") == 7
    assert filled.export(tmp_path / "i.csv", table="identities") == 3 + 5 + 1
    with pytest.raises(StoreError):
        filled.export(tmp_path / "x.xlsx")


def test_failed_write_leaves_nothing(store, monkeypatch):
    article = interfax_article()
    original = store._executemany

    def boom(sql, rows):
        if "chain_links" in sql:
            raise RuntimeError("disk on fire")
        return original(sql, rows)

    monkeypatch.setattr(store, "_executemany", boom)
    with pytest.raises(RuntimeError):
        store.add(article)
    monkeypatch.undo()
    for table in ("articles", "quotations", "chain_links"):
        assert store.count(table) == 0
    assert store.add(article) is True
    assert store.count("quotations") == 3


def test_a_new_migration_is_applied_once_on_open(tmp_path, monkeypatch):
    from saidwhat.store import schema
    from saidwhat.store.sqlite import SQLiteStore

    path = tmp_path / "c.db"
    with open_store(path) as s:
        s.add(interfax_article())
    version = schema.SCHEMA_VERSION + 1
    future = schema.SQLITE_MIGRATIONS + [(version, "add a column", "ALTER TABLE articles ADD COLUMN lang TEXT")]
    monkeypatch.setattr(SQLiteStore, "MIGRATIONS", future)
    monkeypatch.setattr("saidwhat.store.base.SCHEMA_VERSION", version)
    for _ in range(2):  # the second open finds the new version and changes nothing
        with open_store(path) as s:
            assert s.schema_version() == version and s.count() == 1
            assert "lang" in s._rows("SELECT * FROM articles")[0]


def test_a_version_1_corpus_gets_the_identity_key_index(tmp_path):
    from saidwhat.store import schema
    from saidwhat.store.sqlite import SQLiteStore

    path = tmp_path / "v1.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SQLiteStore, "MIGRATIONS", schema.SQLITE_MIGRATIONS[:1])
        mp.setattr("saidwhat.store.base.SCHEMA_VERSION", 1)
        with open_store(path) as s:
            s.add(interfax_article())
    with open_store(path) as s:
        assert s.schema_version() == 2 and s.count() == 1
        assert sorted(r.name for r in s.speakers()) == ["Anna Müller", "Interfax", "Kreml"]
    indexes = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'index'")]
    assert "identities_key" in indexes


def test_query_commands_need_an_existing_corpus(tmp_path):
    with pytest.raises(StoreError, match="no corpus"):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()
