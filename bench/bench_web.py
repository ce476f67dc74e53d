"""Load test of the HTTP API (`make bench-web`): a local `saidwhat serve` on a free loopback port,
then N concurrent `POST /api/analyze` requests of a typical article (default 200, all at once).

Prints throughput, latency percentiles and the error count; exits 1 if any request failed.
Loopback only, bounded in count and time: it never sends anything off this machine.

    python bench/bench_web.py [--requests 200] [--concurrency 200] [--workers 1] [--article FILE]
"""
from __future__ import annotations

import argparse
import asyncio
import glob
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"  # loopback only, by design
ROOT = Path(__file__).resolve().parents[1]
DEV = [ROOT.parent / "shared" / "data" / "wikinews-quotes" / "dev", Path("/work/shared/data/wikinews-quotes/dev")]


def typical_article(path: str | None) -> tuple[str, str]:
    """(name, text): the given file, or the dev article whose length is the median."""
    if path:
        return Path(path).name, Path(path).read_text(encoding="utf-8")
    for folder in DEV:
        files = sorted(glob.glob(str(folder / "*.json")))
        if files:
            docs = []
            for f in files:
                with open(f, encoding="utf-8") as fh:
                    docs.append((Path(f).stem, json.load(fh)["originalText"]))
            docs.sort(key=lambda d: (len(d[1]), d[0]))
            return docs[len(docs) // 2]
    sys.exit("no dev articles found (shared/data/wikinews-quotes/dev); pass --article FILE")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


async def post(port: int, body: bytes, timeout: float) -> tuple[int, float]:
    """One POST /api/analyze on its own connection; (status, seconds). Status 0: failed."""
    start = time.perf_counter()
    writer = None
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), timeout)
        writer.write(b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        status = int(head.split(b" ", 2)[1])
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), None)
        payload = await asyncio.wait_for(reader.readexactly(length) if length is not None else reader.read(), timeout)
        if status == 200:
            json.loads(payload)  # a complete, valid contract
        return status, time.perf_counter() - start
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError):
        return 0, time.perf_counter() - start
    finally:
        if writer is not None:
            writer.close()


async def load(port: int, body: bytes, n: int, concurrency: int, timeout: float) -> tuple[list, float]:
    gate = asyncio.Semaphore(concurrency)

    async def one():
        async with gate:
            return await post(port, body, timeout)

    start = time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(n)))
    return results, time.perf_counter() - start


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1, help="server processes (saidwhat serve --workers)")
    ap.add_argument("--article", help="a .txt file to send (default: the median-length dev article)")
    ap.add_argument("--timeout", type=float, default=120.0, help="per request, seconds")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = ap.parse_args()
    if not (1 <= args.requests <= 10_000 and 1 <= args.concurrency <= 1000):
        ap.error("--requests must be 1..10000 and --concurrency 1..1000")

    name, text = typical_article(args.article)
    body = json.dumps({"text": text}, ensure_ascii=False).encode()
    port = free_port()
    saidwhat = Path(sys.executable).parent / "saidwhat"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ}
        env.pop("SAIDWHAT_TOKEN", None)
        server = subprocess.Popen([str(saidwhat), "serve", "--db", os.path.join(tmp, "bench.db"), "--host", HOST,
                                   "--port", str(port), "--workers", str(args.workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        try:
            deadline = time.monotonic() + 60
            while True:
                if server.poll() is not None:
                    sys.exit(f"saidwhat serve exited: {server.stderr.read().decode(errors='replace')}")
                try:
                    socket.create_connection((HOST, port), 0.5).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        sys.exit("saidwhat serve did not start within 60 s")
                    time.sleep(0.2)
            # warm-up: model loading and first-request costs stay out of the figures
            warm, _ = asyncio.run(load(port, body, 4 * args.workers, 2 * args.workers, args.timeout))
            if any(status != 200 for status, _ in warm):
                sys.exit(f"warm-up failed: statuses {[s for s, _ in warm]}")
            results, wall = asyncio.run(load(port, body, args.requests, args.concurrency, args.timeout))
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    latencies = [t for status, t in results if status == 200]
    errors = sum(status != 200 for status, _ in results)
    figures = {
        "article": name, "chars": len(text), "requests": args.requests, "concurrency": args.concurrency,
        "workers": args.workers, "seconds": round(wall, 3), "throughput_rps": round(args.requests / wall, 1),
        "p50_ms": round(1000 * percentile(latencies, 50), 1) if latencies else None,
        "p99_ms": round(1000 * percentile(latencies, 99), 1) if latencies else None,
        "mean_ms": round(1000 * statistics.mean(latencies), 1) if latencies else None,
        "max_ms": round(1000 * max(latencies), 1) if latencies else None,
        "errors": errors,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"POST /api/analyze × {args.requests} ({args.concurrency} concurrent, {args.workers} server "
              f"process(es)), article {name} ({len(text)} chars)")
        print(f"  throughput {figures['throughput_rps']} req/s over {figures['seconds']} s")
        print(f"  latency    p50 {figures['p50_ms']} ms · p99 {figures['p99_ms']} ms · max {figures['max_ms']} ms")
        print(f"  errors     {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
