"""Build a corpus: read many articles, analyse them in parallel, store them with a single writer.

    from saidwhat.corpus import ingest
    report = ingest(["articles/", "feed.jsonl"], store, workers=2)   # -> IngestReport
    report.ingested, report.skipped, report.failed  # failed: [(where, reason), ...]
"""
from saidwhat.corpus.ingest import IngestReport, ingest, plan

__all__ = ["ingest", "IngestReport", "plan"]
