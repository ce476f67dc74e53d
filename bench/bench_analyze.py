"""End-to-end speed and memory of `saidwhat.analyze` on the dev articles (single process).

Prints tokens/s and articles/s (median of runs), the ratio to bare tokenisation of the same
text, and peak RSS. Usage: python bench/bench_analyze.py [--runs 5] [--model PATH|rules]"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

from saidwhat import Pipeline
from saidwhat.text import segment
from saidwhat.text.segment import _tokenizer

DEV = Path(__file__).resolve().parent.parent.parent / "shared/data/wikinews-quotes/dev"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", default=None)
    parser.add_argument("--data", type=Path, default=DEV)
    args = parser.parse_args()
    texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(args.data.glob("*.json"))]
    pipeline = Pipeline.load(args.model)
    n_tokens = sum(len(segment(t).tokens) for t in texts)
    tokenizer = _tokenizer()

    def timed(fn) -> float:
        runs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            for text in texts:
                fn(text)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    tokenise = timed(tokenizer)
    analyse = timed(pipeline)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"engine: {pipeline.engine}")
    print(f"{len(texts)} articles, {n_tokens} tokens, median of {args.runs} runs")
    print(f"end to end: {n_tokens / analyse:,.0f} tokens/s, {len(texts) / analyse:,.1f} articles/s")
    print(f"bare spaCy tokenisation: {n_tokens / tokenise:,.0f} tokens/s (analysis takes {analyse / tokenise:.1f}x as long)")
    print(f"peak RSS: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
