"""Ingest end to end: readers, workers, the single writer, the CLI, and SIGKILL safety."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import _register, cli
from saidwhat.corpus import ingest
from saidwhat.errors import StoreError
from saidwhat.store import open_store
from saidwhat.store.testing import (
    backends, drop_pg_database, dump_store, fresh_pg_database, interfax_article, synthetic_jsonl_records,
)

HTML = """<!doctype html><html lang="de"><head><title>Streit um den Gasvertrag</title>
<meta property="og:site_name" content="Abendpost"><meta name="date" content="2024-05-02">
</head><body><nav>Startseite Politik Wirtschaft</nav><article><h1>Streit um den Gasvertrag</h1>
<p>„Wir werden den Gasvertrag nicht verlängern“, sagte die Ministerin Anna Müller am Donnerstag in
Berlin vor Journalisten. Die Regierung prüfe alle Optionen, hieß es aus dem Ministerium.</p>
<p>Die Agentur Interfax berichtete unter Berufung auf Kreise im Kreml, dass die Lieferungen
bereits gedrosselt worden seien. Der Kreml bestritt dies am Abend in einer Erklärung entschieden.</p>
</article><footer>Impressum Datenschutz</footer></body></html>"""


def run_cli(*args: str, env: dict | None = None):
    _register()
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result


@pytest.fixture
def corpus_dir(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("„Wir bleiben hart“, sagte der Kanzler Olaf Scholz am Montag in Berlin.",
                                encoding="utf-8")
    (root / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    lines = [json.dumps(r, ensure_ascii=False) for r in synthetic_jsonl_records(6)]
    lines.insert(3, '{"text": "kaputt"')  # line 4: malformed
    lines.insert(5, "")  # a blank line is no article
    lines.append(json.dumps({"id": "x", "title": "no text"}))  # line 9: no text field
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "ignored.pdf").write_bytes(b"%PDF-1.4")
    return root


def test_cli_ingest_mixed_directory(corpus_dir, tmp_path):
    db = tmp_path / "c.db"
    result = run_cli("ingest", str(corpus_dir), "--db", str(db), "--workers", "1", "--no-progress")
    assert result.exit_code == 2, result.output  # some inputs failed
    err = result.stderr
    assert "ingested 8, skipped 0 (already stored), failed 2" in err
    assert "feed.jsonl:4: not valid JSON" in err
    assert "feed.jsonl:9: needs a string field" in err
    with open_store(db) as store:
        assert store.count() == 8
        html = store._rows("SELECT * FROM articles WHERE is_extracted = 1")
        assert len(html) == 1 and html[0]["outlet"] == "Abendpost" and html[0]["title"] == "Streit um den Gasvertrag"
        assert "Gasvertrag" in html[0]["text"] and "Impressum" not in html[0]["text"]
        jl = store._rows("SELECT * FROM articles WHERE source_id = 'm1'")[0]
        assert (jl["date"], jl["month"], jl["outlet"]) == ("2024-02-02", "2024-02", "Abendpost")
    again = run_cli("ingest", str(corpus_dir), "--db", str(db), "--no-progress")
    assert "ingested 0, skipped 8 (already stored), failed 2" in again.stderr


def test_ingest_api_with_hand_built_analyzer(tmp_path):
    """The store and the writer without the real engine: every article gets the same analysis."""
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": f"Text {i}"}) for i in range(5)) + "\n")

    def analyzer(text, id=None):
        art = interfax_article(suffix=" " + text)
        art.id = id
        return art

    with open_store(tmp_path / "c.db") as store:
        report = ingest([path, path], store, workers=1, analyzer=analyzer, progress=False)
        assert (report.ingested, report.skipped, report.failed) == (5, 5, [])
        assert store.count("quotations") == 15 and store.count("chain_links") == 5


def test_analysis_failure_is_reported_and_rest_goes_in(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in ["gut 1", "BOOM", "gut 2"]) + "\n")

    def analyzer(text, id=None):
        if text == "BOOM":
            raise ValueError("engine bug")
        return interfax_article(suffix=text)

    with open_store(tmp_path / "c.db") as store:
        report = ingest([path], store, analyzer=analyzer, progress=False)
    assert report.ingested == 2
    assert report.failed == [(f"{path}:2", f"{path}:2: analysis failed (ValueError: engine bug)")]


@pytest.fixture(params=backends())
def target(request, tmp_path):
    """A database URL/path for ingest tests, and a factory for more of the same kind."""
    made = []

    def new(name: str) -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"{name}.db")
        url = fresh_pg_database()
        made.append(url)
        return url

    yield new
    for url in made:
        drop_pg_database(url)


def _jsonl(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in synthetic_jsonl_records(n)),
                    encoding="utf-8")
    return path


def test_two_workers_store_the_same_rows_as_one(tmp_path, target):
    feed = _jsonl(tmp_path, 40)
    one, two = target("one"), target("two")
    for db, workers in ((one, 1), (two, 2)):
        with open_store(db) as store:
            report = ingest([feed], store, workers=workers, progress=False)
            assert (report.ingested, report.failed) == (40, [])
    with open_store(one) as a, open_store(two) as b:
        assert dump_store(a) == dump_store(b)
        assert a.count("quotations") > 0


SAIDWHAT = [sys.executable, "-c", "from saidwhat.cli import main; main()"]
KILLABLE = textwrap.dedent("""
    import os, sys, time
    from saidwhat.store.base import Store

    original = Store._write
    written = [0]

    def slow_write(self, record):
        added = original(self, record)  # every row of this article inserted, not yet committed
        written[0] += 1
        if written[0] == int(os.environ["KILL_AT"]):
            with open(os.environ["MARKER"], "w") as fh:
                fh.write(record.id)
            time.sleep(120)
        return added

    Store._write = slow_write
    from saidwhat.cli import main
    sys.argv = ["saidwhat", *sys.argv[1:]]
    main()
""")


def _wait_for(predicate, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def _kill_group(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest process and its workers, no clean-up
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_inside_a_transaction_then_rerun_equals_uninterrupted(tmp_path, target, workers):
    feed = _jsonl(tmp_path, 30)
    script = tmp_path / "killable.py"
    script.write_text(KILLABLE)
    marker = tmp_path / "marker"
    killed, clean = target("killed"), target("clean")
    env = {**os.environ, "KILL_AT": "12", "MARKER": str(marker)}
    proc = subprocess.Popen([sys.executable, str(script), "ingest", str(feed), "--db", killed,
                             "--workers", str(workers), "--no-progress"],
                            env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(lambda: marker.exists() or proc.poll() is not None)
        assert proc.poll() is None, proc.stderr.read().decode()
        _kill_group(proc)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    half_written = marker.read_text()
    with open_store(killed) as store:  # the article being written when killed is not there at all
        assert store.count("articles") == 11
        assert half_written not in store
        assert not store._rows("SELECT 1 AS x FROM quotations WHERE article_id = ?", (half_written,))
        report = ingest([feed], store, workers=workers, progress=False)
        assert (report.ingested, report.skipped, report.failed) == (19, 11, [])
    with open_store(clean) as store:
        ingest([feed], store, workers=1, progress=False)
    with open_store(killed) as a, open_store(clean) as b:
        assert dump_store(a) == dump_store(b)
        key = lambda h: (h.article_id, h.index)  # noqa: E731 - equal scores may come in any order
        assert sorted(a.search("Vertrag", limit=1000), key=key) == sorted(b.search("Vertrag", limit=1000), key=key)


def test_sigkill_at_a_random_moment_with_workers(tmp_path):
    """No hooks: the real CLI with two worker processes, killed whenever 25 articles are in."""
    feed = _jsonl(tmp_path, 200)
    db, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    proc = subprocess.Popen([*SAIDWHAT, "ingest", str(feed), "--db", str(db),
                             "--workers", "2", "--no-progress"], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def enough() -> bool:
            if proc.poll() is not None:
                return True
            try:
                with open_store(db) as s:
                    return s.count() >= 25
            except Exception:
                return False

        _wait_for(enough)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        _kill_group(proc)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    result = subprocess.run([*SAIDWHAT, "ingest", str(feed), "--db", str(db),
                             "--no-progress"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "skipped 0" not in result.stderr  # what was in before the kill was kept
    with open_store(clean) as s:
        ingest([feed], s, workers=2, progress=False)
    with open_store(db) as a, open_store(clean) as b:
        assert a.count() == 200
        assert dump_store(a) == dump_store(b)


def test_query_commands(tmp_path):
    db = str(tmp_path / "c.db")
    with open_store(db) as store:
        store.add(interfax_article(), {"id": "a1", "outlet": "Tagesblatt", "date": "2024-03-05"})
    r = run_cli("search", "Vertrag", "--db", db, "--format", "json")
    hits = json.loads(r.stdout)
    assert r.exit_code == 0 and {h["quote"] for h in hits} == {"dass der Vertrag unterschrieben sei",
                                                                 "dass Verträge gebrochen worden seien"}
    assert all({"article_id", "speaker", "type", "quote", "quote_spans"} <= set(h) for h in hits)
    table = run_cli("search", "--db", db, "--kind", "media").stdout
    assert "Die Agentur Interfax" in table and "dass der Vertrag" in table and table.startswith("date")
    rows = list(csv.DictReader(io.StringIO(run_cli("search", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == 3 and json.loads(rows[0]["quote_spans"])
    speakers = json.loads(run_cli("speakers", "--db", db, "--format", "json").stdout)
    assert {s["name"] for s in speakers} == {"Interfax", "Anna Müller", "Kreml"}
    assert "Anna Müller" in run_cli("speakers", "--db", db).stdout
    stats = json.loads(run_cli("stats", "--db", db, "--format", "json").stdout)
    assert stats[0]["outlet"] == "Tagesblatt" and stats[0]["month"] == "2024-03" and stats[0]["denials"] == 1
    assert "Tagesblatt" in run_cli("stats", "--db", db, "--by", "outlet").stdout
    out = tmp_path / "q.parquet"
    r = run_cli("export", str(out), "--db", db)
    assert r.exit_code == 0 and out.stat().st_size > 0 and "wrote 3 rows" in r.stderr
    with pytest.raises(StoreError, match="at least one word"):
        run_cli("search", "--db", db, "--", "-egal")


def test_default_db_from_environment_and_help(tmp_path):
    db = tmp_path / "env.db"
    feed = _jsonl(tmp_path, 2)
    r = run_cli("ingest", str(feed), "--no-progress", env={"SAIDWHAT_DB": str(db)})
    assert r.exit_code == 0 and db.exists()
    assert "~/.local/share/saidwhat/corpus.db" in run_cli("--help").stdout
    assert "SAIDWHAT_DB" in run_cli("search", "--help").stdout


def _dying_analyzer(text, id=None):
    if "Meldung 5)" in text:
        os._exit(9)  # a worker killed from outside, say by the OOM killer
    return interfax_article(suffix=text)


def test_a_dead_worker_stops_the_ingest_with_a_message_and_keeps_what_was_stored(tmp_path):
    from saidwhat.errors import SaidwhatError

    feed = _jsonl(tmp_path, 12)
    with open_store(tmp_path / "c.db") as store:
        with pytest.raises(SaidwhatError, match="worker process died"):
            ingest([feed], store, workers=2, analyzer=_dying_analyzer, progress=False, batch=1)
        kept = store.count()
        report = ingest([feed], store, workers=1, analyzer=interfax_article_for, progress=False)
        assert report.skipped == kept and report.ingested == 12 - kept


def interfax_article_for(text, id=None):
    return interfax_article(suffix=text)
