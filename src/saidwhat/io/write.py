"""Write results: the JSON contract of design.md, as JSON, JSON lines or a terminal table.

`article_to_contract` is the one place that turns an `Article` into the documented JSON;
the writers take its dicts ("records"), so every output format says the same."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from saidwhat.types import Article, Mention, Quotation, TextSpan

Record = dict[str, Any]
EXCERPT = 60


def article_to_contract(article: Article, meta: Mapping[str, str] | None = None) -> Record:
    """The JSON contract for one article; `id`, `engine` and input `meta` are added when known."""
    record: Record = {} if article.id is None else {"id": article.id}
    if article.is_extracted:
        record["text"] = article.text
    record["credit"] = None if article.credit is None else _source(article.credit)
    record["quotations"] = [_quotation(q) for q in article.quotations]
    record["unattributed"] = [{**_span(c), "hedged": c.hedged} for c in article.unattributed]
    if article.engine:
        record["engine"] = article.engine
    if meta:
        record["meta"] = dict(meta)
    return record


def _span(span: TextSpan) -> Record:
    return {"text": span.text, "spans": [[s, e] for s, e in span.spans]}


def _source(mention: Mention) -> Record:
    record = {**_span(mention), "entity": mention.entity, "kind": mention.kind}
    if mention.ownership is not None:
        record["ownership"] = mention.ownership
    return record


def _party(mention: Mention | None) -> Record | None:
    return None if mention is None else {**_source(mention), "members": list(mention.members)}


def _quotation(q: Quotation) -> Record:
    record = {
        "type": q.type,
        "medium": q.medium,
        "quote": _span(q.quote),
        "speaker": _party(q.speaker),
        "cue": None if q.cue is None else _span(q.cue),
        "frame": None if q.frame is None else _span(q.frame),
        "addressee": _party(q.addressee),
        "via": [_source(m) for m in q.via],
        "speech_act": q.speech_act,
        "commitment": q.commitment,
        "confidence": round(q.confidence, 3),
    }
    if q.nested_in is not None:
        record["nested_in"] = q.nested_in
    return record


def write_json(records: Iterable[Record], out: TextIO) -> None:
    """One article as a pretty JSON object; several as a JSON array."""
    items = list(records)
    if items:
        json.dump(items[0] if len(items) == 1 else items, out, ensure_ascii=False, indent=2)
        out.write("\n")


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    """One compact JSON object per line and article."""
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


def write_table(records: Iterable[Record], out: TextIO) -> None:
    """A readable table per article: speaker (its resolved identity where known), type, cue
    and the start of the quote."""
    for number, record in enumerate(records):
        if number:
            out.write("\n")
        out.write(_table(record))


def _table(record: Record) -> str:
    quotations = record["quotations"]
    header = (f"{record.get('id') or 'article'}: {len(quotations)} quotation(s), "
              f"{len(record['unattributed'])} unattributed claim(s) — engine: {record.get('engine') or 'unknown'}\n")
    if not quotations:
        return header
    rows = [("speaker", "type", "cue", "quote")] + [
        (_speaker_cell(q["speaker"]), q["type"], _cell(q["cue"], 20), _cell(q["quote"], EXCERPT)) for q in quotations
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[3] for row in rows]
    return header + "\n".join(line.rstrip() for line in lines) + "\n"


def _speaker_cell(speaker: Record | None) -> str:
    if speaker is not None and speaker.get("entity"):
        return _cell({"text": speaker["entity"]}, 30)
    return _cell(speaker, 30)


def _cell(span: Record | None, limit: int) -> str:
    if span is None:
        return "—"
    text = " ".join(span["text"].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


Writer = Callable[[Iterable[Record], TextIO], None]
WRITERS: dict[str, Writer] = {"table": write_table, "json": write_json, "jsonl": write_jsonl}
