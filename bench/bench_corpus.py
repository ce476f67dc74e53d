"""Corpus benchmark: ingest throughput (1 and 2 workers) and search latency (p50/p95).

    python bench/bench_corpus.py                       # N=10000 articles, SQLite (+ PostgreSQL if set)
    python bench/bench_corpus.py --n 2000 --quotations 100000
    python bench/bench_corpus.py --postgres postgresql://postgres@127.0.0.1:55432/saidwhat_test

Ingest: the dev articles' `originalText` (shared/data/wikinews-quotes/dev), repeated until N,
each copy made distinct by a last line "(Kopie i)" (an article's id is its text's hash), as one
JSONL file, through `saidwhat.corpus.ingest` exactly as `saidwhat ingest` runs it.
Search: a store of at least --quotations quotations — the real analysed dev articles, copied
under new ids, outlets and dates — then --queries queries (words, phrases, filters), 20 hits each.
PostgreSQL runs when --postgres or $SAIDWHAT_BENCH_POSTGRES / $SAIDWHAT_TEST_POSTGRES is set;
each run uses a fresh database that is dropped afterwards."""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

from saidwhat.corpus import ingest
from saidwhat.store import open_store
from saidwhat.store.records import article_id, prepare

ROOT = Path(__file__).resolve().parents[1]
DEV_CANDIDATES = [ROOT.parent / "shared/data/wikinews-quotes/dev", ROOT / "shared/data/wikinews-quotes/dev",
                  Path("/work/shared/data/wikinews-quotes/dev")]


def dev_texts(directory: str | None) -> list[str]:
    dirs = [Path(directory)] if directory else DEV_CANDIDATES
    for d in dirs:
        files = sorted(glob.glob(str(d / "*.json")))
        if files:
            return [json.load(open(f, encoding="utf-8"))["originalText"] for f in files]
    sys.exit(f"no dev articles found in {', '.join(map(str, dirs))}; pass --dev DIR")


def write_feed(texts: list[str], n: int, path: Path) -> None:
    outlets = ["Tagesblatt", "Abendpost", "RIA Nowosti", "Wikinews"]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"dev-{i}", "text": f"{texts[i % len(texts)]}\n\n(Kopie {i})",
                                 "outlet": outlets[i % 4], "date": f"20{10 + i % 15}-{1 + i % 12:02d}-15"},
                                ensure_ascii=False) + "\n")


class Database:
    """A fresh SQLite file or PostgreSQL database for one run."""

    def __init__(self, kind: str, tmp: Path, pg: str | None) -> None:
        self.kind, self.pg = kind, pg
        if kind == "sqlite":
            self.url = str(tmp / f"{uuid.uuid4().hex[:8]}.db")
        else:
            import psycopg

            name = "bench_" + uuid.uuid4().hex[:10]
            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {name}")
            self.url = pg.rsplit("/", 1)[0] + "/" + name

    def drop(self) -> None:
        if self.kind == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(self.url + suffix).unlink(missing_ok=True)
        else:
            import psycopg

            with psycopg.connect(self.pg, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {self.url.rsplit('/', 1)[1]} WITH (FORCE)")


def bench_ingest(feed: Path, n: int, workers: int, kind: str, tmp: Path, pg: str | None) -> float:
    db = Database(kind, tmp, pg)
    import resource

    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    try:
        with open_store(db.url) as store:
            report = ingest([feed], store, workers=workers, progress=False)
            assert report.ingested == n and not report.failed, report.summary()
            quotations = store.count("quotations")
    finally:
        db.drop()
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = [a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before)]
    rate = n / report.seconds
    print(f"  ingest {kind:10s} workers={workers}: {n} articles in {report.seconds:6.1f} s = "
          f"{rate:7.1f} articles/s ({quotations} quotations; CPU s: writer process {cpu[0]:.1f}, "
          f"workers {cpu[1]:.1f}; load {os.getloadavg()[0]:.2f})", flush=True)
    return rate


def bench_search(texts: list[str], kind: str, tmp: Path, pg: str | None, target: int, n_queries: int,
                 seed: int = 1) -> None:
    from saidwhat import analyze

    base = []
    for i, text in enumerate(texts):
        art = analyze(text)
        if art.quotations:
            base.append(prepare(art, {}, with_lemmas=kind == "sqlite"))
    per = sum(len(r.quotations) for r in base)
    copies = -(-target // per)
    rng = random.Random(seed)
    outlets = ["Tagesblatt", "Abendpost", "RIA Nowosti", "Wikinews", "Morgenecho", "TASS"]
    db = Database(kind, tmp, pg)
    try:
        with open_store(db.url) as store:
            t0 = time.perf_counter()
            for c in range(copies):
                batch = []
                for r in base:
                    text = r.article[10] + f"\n\n(Kopie {c})"
                    aid = article_id(text)
                    outlet = outlets[rng.randrange(len(outlets))]
                    date = f"20{10 + rng.randrange(15)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
                    art = list(r.article)
                    art[0], art[1], art[4], art[5], art[6], art[7], art[10] = (
                        aid, f"copy-{c}", outlet, outlet.casefold(), date, date[:7], text)
                    batch.append(replace(
                        r, id=aid, article=tuple(art),
                        quotations=[(aid, *q[1:]) for q in r.quotations],
                        chain_links=[(aid, *x[1:]) for x in r.chain_links],
                        unattributed=[(aid, *x[1:]) for x in r.unattributed],
                        identities=[(aid, *x[1:]) for x in r.identities]))
                store.write_many(batch)
            if kind == "postgresql":
                store._execute("ANALYZE")
            load = time.perf_counter() - t0
            nq = store.count("quotations")
            print(f"  search {kind:10s}: {nq} quotations in {store.count()} articles (loaded in {load:.0f} s)",
                  flush=True)
            words = {}
            for r in base:
                for q in r.quotations:
                    for w in q[4].split():
                        w = w.strip("„“\"'.,:;!?()»«")
                        if len(w) > 4 and w.isalpha():
                            words[w] = words.get(w, 0) + 1
            common = sorted(words, key=lambda w: -words[w])[:40]
            rare = [w for w in words if words[w] == 1][:200]
            speakers = sorted({q[10] for r in base for q in r.quotations if q[10]})[:50] or ["Regierung"]
            kinds = ["common word", "rare word", "two words", "word+outlet+since", "speaker only"]
            queries = []
            for i in range(n_queries):
                k = i % 5
                if k == 0:
                    queries.append((k, (rng.choice(common),), {}))
                elif k == 1:
                    queries.append((k, (rng.choice(rare),), {}))
                elif k == 2:
                    queries.append((k, (f"{rng.choice(common)} {rng.choice(common)}",), {}))
                elif k == 3:
                    queries.append((k, (rng.choice(common),), {"outlet": rng.choice(outlets), "since": "2018-01-01"}))
                else:
                    queries.append((k, (None,), {"speaker": rng.choice(speakers).split()[-1]}))
            for _, args, kw in queries[:5]:  # warm caches
                store.search(*args, **kw)
            times, hits, by_kind = [], 0, {}
            for k, args, kw in queries:
                t = time.perf_counter()
                hits += len(store.search(*args, limit=20, **kw))
                ms = 1000 * (time.perf_counter() - t)
                times.append(ms)
                by_kind.setdefault(k, []).append(ms)
            print(f"  search {kind:10s}: {len(times)} queries, p50 {pct(times, 0.5):.2f} ms, "
                  f"p95 {pct(times, 0.95):.2f} ms, max {max(times):.1f} ms ({hits / len(times):.1f} hits/query)",
                  flush=True)
            for k, ts in sorted(by_kind.items()):
                print(f"    {kinds[k]:18s} p50 {pct(ts, 0.5):7.2f} ms  p95 {pct(ts, 0.95):7.2f} ms", flush=True)
    finally:
        db.drop()


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def parallel_ceiling(n: int = 15_000_000) -> float:
    """How much faster two busy processes finish two jobs than one process does, right now:
    the most any 2-worker speed-up can show on this machine (other load lowers it)."""
    import multiprocessing

    t = time.perf_counter()
    _spin(n)
    _spin(n)
    serial = time.perf_counter() - t
    with multiprocessing.get_context("fork").Pool(2) as pool:
        t = time.perf_counter()
        pool.map(_spin, [n, n])
        parallel = time.perf_counter() - t
    return serial / parallel


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if q != 0.5 else statistics.median(values)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="articles to ingest (default 10000)")
    ap.add_argument("--quotations", type=int, default=100000, help="quotations in the search store")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--dev", default=None, help="directory of dev articles (*.json with originalText)")
    ap.add_argument("--postgres", default=os.environ.get("SAIDWHAT_BENCH_POSTGRES")
                    or os.environ.get("SAIDWHAT_TEST_POSTGRES"), help="postgresql:// URL of a server to use")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-search", action="store_true")
    ap.add_argument("--only", choices=["sqlite", "postgresql"], default=None, help="one backend only")
    ap.add_argument("--pg-ingest", action="store_true", help="also measure ingest into PostgreSQL")
    args = ap.parse_args()
    texts = dev_texts(args.dev)
    from saidwhat import analyze

    analyze(texts[0])  # load the engine outside the timings (the ingest workers fork from here)
    kinds = ["sqlite"] + (["postgresql"] if args.postgres else [])
    kinds = [k for k in kinds if args.only in (None, k)]
    print(f"bench_corpus: {len(texts)} dev articles, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, "
          f"engine {analyze(texts[0]).engine}, kinds: {', '.join(kinds)}"
          + ("" if args.postgres else " (no PostgreSQL: pass --postgres URL)"), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        tmp = Path(tmp)
        if not args.skip_ingest:
            feed = tmp / "feed.jsonl"
            write_feed(texts, args.n, feed)
            for kind in kinds if args.pg_ingest else ["sqlite"]:
                before = parallel_ceiling()
                one = bench_ingest(feed, args.n, 1, kind, tmp, args.postgres)
                two = bench_ingest(feed, args.n, 2, kind, tmp, args.postgres)
                after = parallel_ceiling()
                print(f"  ingest {kind:10s} speed-up with 2 workers: {two / one:.2f}x (this machine's ceiling "
                      f"for 2 processes, a pure-CPU loop measured before/after: {before:.2f}x/{after:.2f}x)",
                      flush=True)
        if not args.skip_search:
            for kind in kinds:
                bench_search(texts, kind, tmp, args.postgres, args.quotations, args.queries)


if __name__ == "__main__":
    main()
