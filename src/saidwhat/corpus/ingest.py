"""Ingest: inputs → (worker processes: read, analyse, prepare rows) → one writer → the store.

Workers do everything but writing: reading a file (HTML extraction included) or parsing a JSON
line, `analyze()`, and turning the article into rows (`store.records.prepare`). The parent
process only inserts, one transaction per article, so a process killed at any moment leaves
whole articles or none, and a rerun adds exactly the missing ones (the id is the text's hash;
articles already stored are skipped before they are analysed)."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from saidwhat.errors import InputError, SaidwhatError
from saidwhat.io import read as reader
from saidwhat.store import Store, open_store
from saidwhat.store.records import article_id, prepare
from saidwhat.types import Article

Analyzer = Callable[..., Article]
BATCH = 8  # articles per task sent to a worker: fewer, larger messages between processes


@dataclass
class IngestReport:
    ingested: int = 0
    skipped: int = 0  # already in the store (same text), or twice in the input
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.ingested + self.skipped + len(self.failed)

    def summary(self, max_failures: int = 50) -> str:
        rate = self.total / self.seconds if self.seconds else 0.0
        lines = [f"ingested {self.ingested}, skipped {self.skipped} (already stored), "
                 f"failed {len(self.failed)} — {self.total} articles in {self.seconds:.1f} s "
                 f"({rate:.1f} articles/s)"]
        for where, reason in self.failed[:max_failures]:
            lines.append(f"  failed: {reason}" if reason.startswith(where) else f"  failed: {where}: {reason}")
        if len(self.failed) > max_failures:
            lines.append(f"  … and {len(self.failed) - max_failures} more failures")
        return "\n".join(lines)


# -- planning: what to read -----------------------------------------------------------------
SUFFIXES = reader.TEXT_SUFFIXES + reader.HTML_SUFFIXES + reader.JSONL_SUFFIXES


def _files(path: str) -> Iterator[str]:
    p = Path(path)
    if path == reader.STDIN or not p.is_dir():
        yield path
        return
    found = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
    if not found:
        raise InputError(f"{path} contains no .txt, .html or .jsonl files")
    yield from found


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(reader.JSONL_SUFFIXES)


def plan(paths: Iterable[str | Path], failed: list[tuple[str, str]] | None = None) -> tuple[list[str], int | None]:
    """The files to read and the number of articles in them (None when reading stdin)."""
    files, total = [], 0
    for path in paths:
        try:
            for name in _files(str(path)):
                files.append(name)
                if name == reader.STDIN:
                    total = None
                elif total is not None:
                    total += _count_lines(name) if _is_jsonl(name) else 1
        except InputError as exc:
            if failed is None:
                raise
            failed.append((str(path), str(exc)))
    return files, total


def _count_lines(name: str) -> int:
    try:
        with open(name, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1  # reported as a failure when read


def _units(files: list[str], failed: list[tuple[str, str]]) -> Iterator[tuple]:
    """Work units: ("file", path) | ("line", label, number, text) | ("article", InputArticle)."""
    for name in files:
        if name == reader.STDIN:
            for art in reader.read_inputs([name], on_error=lambda e: failed.append(("standard input", str(e)))):
                yield ("article", art)
        elif _is_jsonl(name):
            try:
                fh = open(name, "rb")
            except OSError as exc:
                failed.append((name, f"cannot read {name}: {exc.strerror}"))
                continue
            with fh:
                for number, raw in enumerate(fh, 1):
                    if raw.strip():
                        yield ("line", name, number, raw)
        else:
            yield ("file", name)


# -- the worker side ------------------------------------------------------------------------
_W: dict = {}


def _init_worker(analyzer: Analyzer | None, store_url: str | None, dialect: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _W.update(analyzer=analyzer, store_url=store_url, dialect=dialect, store=None)


def _worker_store() -> Store | None:
    if _W.get("store") is None and _W.get("store_url"):
        try:
            _W["store"] = open_store(_W["store_url"])
        except SaidwhatError:
            _W["store_url"] = None  # no pre-check: the writer still refuses duplicates
    return _W.get("store")


def _read_unit(unit: tuple, failed: list) -> list[tuple[str, reader.InputArticle]]:
    kind = unit[0]
    if kind == "article":
        return [(unit[1].id, unit[1])]
    if kind == "line":
        where = f"{unit[1]}:{unit[2]}"
        try:
            return [(where, reader.jsonl_line(unit[3], where))]
        except InputError as exc:
            failed.append(("fail", where, str(exc)))
            return []
    name = unit[1]
    return [(name, art) for art in reader.read_inputs(
        [name], on_error=lambda e: failed.append(("fail", name, str(e))))]


def process_batch(units: list[tuple], *, analyzer: Analyzer | None = None, store: Store | None = None,
                  dialect: str | None = None) -> list[tuple]:
    """Read, check, analyse and prepare a batch. Outcomes: ("ok", where, Record),
    ("skip", where, id), ("fail", where, reason)."""
    analyzer = analyzer or _W.get("analyzer")
    if analyzer is None:
        from saidwhat import analyze as analyzer
    store = store if store is not None else _worker_store()
    dialect = dialect or _W.get("dialect", "sqlite")
    out: list[tuple] = []
    found: list[tuple[str, reader.InputArticle]] = []
    for unit in units:
        try:
            found.extend(_read_unit(unit, out))
        except Exception as exc:  # a reader bug must not stop the corpus
            out.append(("fail", str(unit[1]), f"cannot read: {type(exc).__name__}: {exc}"))
    present: set[str] = set()
    if store is not None and found:
        ids = [article_id(art.text) for _, art in found]
        try:
            present = store.existing(ids)
        except Exception:
            present = set()
    for where, art in found:
        aid = article_id(art.text)
        if aid in present:
            out.append(("skip", where, aid))
            continue
        try:
            article = analyzer(art.text, id=art.id)
            article.is_extracted = bool(art.is_html_extracted)
            record = prepare(article, {"id": art.id, **art.meta}, with_lemmas=dialect == "sqlite")
        except SaidwhatError as exc:
            out.append(("fail", where, f"{where}: {exc}"))
            continue
        except Exception as exc:
            out.append(("fail", where, f"{where}: analysis failed ({type(exc).__name__}: {exc})"))
            continue
        out.append(("ok", where, record))
    return out


# -- the parent: dispatch and write ---------------------------------------------------------
class _Serial:
    """An executor that runs each task at once, in this process (workers=1)."""

    def __init__(self, store: Store, analyzer: Analyzer | None) -> None:
        self.store, self.analyzer = store, analyzer

    def submit(self, fn, units) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(units, analyzer=self.analyzer, store=self.store, dialect=self.store.dialect))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def _batches(units: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for unit in units:
        batch.append(unit)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress(total: int | None, enabled: bool | None):
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with spaCy
        return None
    import shutil

    # a terminal that reports no width (script, some CI consoles) would get an empty bar
    width = min(120, shutil.get_terminal_size((100, 20)).columns)
    return tqdm(total=total, unit=" articles", file=sys.stderr, disable=(None if enabled is None else not enabled),
                ncols=width, smoothing=0.1, mininterval=0.5)


def ingest(paths: Iterable[str | Path], store: Store, *, workers: int = 1, analyzer: Analyzer | None = None,
           progress: bool | None = None, batch: int = BATCH) -> IngestReport:
    """Analyse and store every article under `paths` (.txt, .html, .jsonl, directories, `-`).

    `workers` processes analyse in parallel (1: in this process); this process writes.
    `analyzer(text, id=...) -> Article` defaults to `saidwhat.analyze`. `progress`: a bar on
    stderr (None: only when stderr is a terminal). Bad inputs are reported in the returned
    `IngestReport.failed` and the rest goes in; a store error stops the ingest."""
    started = time.perf_counter()
    report = IngestReport()
    files, total = plan(paths, report.failed)
    workers = max(1, int(workers))
    if workers == 1:
        executor = _Serial(store, analyzer)
    else:
        if analyzer is None:  # load the model once, before forking, so the workers share it
            from saidwhat import analyze

            analyze("Er sagte: „Ja.“")
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        url = store.connect_url
        executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                       initargs=(analyzer, url if url != ":memory:" else None, store.dialect))
        executor.submit(os.getpid).result()  # fork the workers now, before any other thread starts
    bar = _progress(total, progress)  # after loading the model: the rate starts honest
    if bar is not None and report.failed:
        bar.update(len(report.failed))
    reading_failures: list[tuple] = []
    pending: set[Future] = set()

    def collect(done: Iterable[Future]) -> None:
        for fut in done:
            try:
                outcomes = fut.result()
            except BrokenProcessPool:
                raise SaidwhatError(
                    f"an analysis worker process died (out of memory?) after {report.ingested} new articles; "
                    "what was stored is kept: rerun the same command, perhaps with fewer --workers")
            for status, where, value in outcomes:
                if status == "ok":
                    if store.write(value):
                        report.ingested += 1
                    else:
                        report.skipped += 1
                elif status == "skip":
                    report.skipped += 1
                else:
                    report.failed.append((where, value))
                if bar is not None:
                    bar.update(1)

    try:
        window = 4 * workers
        for units in _batches(_units(files, reading_failures), batch):
            pending.add(executor.submit(process_batch, units))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                collect(done)
            while reading_failures:
                report.failed.append(reading_failures.pop(0))
                if bar is not None:
                    bar.update(1)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            collect(done)
        report.failed.extend(reading_failures)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if bar is not None:
            bar.close()
    report.seconds = time.perf_counter() - started
    return report


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
