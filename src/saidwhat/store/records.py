"""Turn an `Article` (plus its metadata) into the rows the store writes: pure Python, no database.

`prepare()` runs in the ingest worker processes, so the single writer only inserts."""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from saidwhat.text.lemma import lemma
from saidwhat.types import Article, Mention, TextSpan

# Column order of each table; the backends build their INSERT statements from these.
ARTICLE_COLUMNS = (
    "id", "source_id", "url", "title", "outlet", "outlet_norm", "date", "month", "engine",
    "is_extracted", "text",
    "credit_text", "credit_spans", "credit_entity", "credit_kind", "credit_members", "credit_ownership",
    "n_quotations", "n_anonymous", "n_state_media", "n_direct", "n_indirect", "n_reported",
    "n_free_indirect", "n_denials", "n_unattributed", "n_hedged", "meta", "ingested_at",
)
QUOTATION_COLUMNS = (
    "article_id", "idx", "type", "medium",
    "quote_text", "quote_spans", "quote_start", "quote_end",
    "speaker_text", "speaker_spans", "speaker_entity", "speaker_kind", "speaker_members", "speaker_ownership",
    "speaker_norm",
    "cue_text", "cue_spans", "frame_text", "frame_spans",
    "addressee_text", "addressee_spans", "addressee_entity", "addressee_kind", "addressee_members",
    "addressee_ownership",
    "speech_act", "commitment", "confidence", "nested_in", "n_via", "anonymous", "state_media",
)
CHAIN_LINK_COLUMNS = (
    "article_id", "quotation_idx", "position", "text", "spans", "entity", "kind", "members", "ownership",
)
UNATTRIBUTED_COLUMNS = ("article_id", "idx", "text", "spans", "span_start", "span_end", "hedged")
IDENTITY_COLUMNS = ("article_id", "key", "name", "kind", "mentions", "quotations")

# Meta keys with a column of their own; everything else stays in `articles.meta` (JSON).
META_COLUMNS = ("id", "url", "title", "outlet", "date")


def article_id(text: str) -> str:
    """The article's id: the first 32 hex digits (128 bits) of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans(ts: TextSpan | None) -> str | None:
    return None if ts is None else _json([list(s) for s in ts.spans])


def _mention(m: Mention | None) -> tuple:
    """text, spans, entity, kind, members, ownership"""
    if m is None:
        return (None, None, None, None, None, None)
    return (m.text, _spans(m), m.entity, m.kind, _json(list(m.members or [])), m.ownership)


def normalise_date(value: Any) -> str | None:
    """An ISO `YYYY-MM-DD` for anything that starts with a date (datetimes too), else None."""
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return _dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    match = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)  # 03.04.2024
    if match:
        d, m, y = map(int, match.groups())
        try:
            return _dt.date(y, m, d).isoformat()
        except ValueError:
            return None
    match = re.match(r"(\d{4})-(\d{2})$", text)
    if match:
        return f"{text}-01"
    return None


def norm(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split()).casefold()


_WORD = re.compile(r"\w+", re.UNICODE)


def folded_lemma(word: str) -> str:
    """The word's lemma as the full-text index stores it (case-folded: `ß` → `ss`)."""
    return lemma(word).casefold()


def lemmas(text: str) -> str:
    """The lemmas of a text's words that differ from the word, for the SQLite full-text index."""
    out = []
    for w in _WORD.findall(text):
        lem = folded_lemma(w)
        if lem != w.casefold():
            out.append(lem)
    return " ".join(out)


@dataclass
class Record:
    """All rows of one article, ready to insert."""

    id: str
    article: tuple
    quotations: list[tuple] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)  # per quotation, for SQLite FTS
    chain_links: list[tuple] = field(default_factory=list)
    unattributed: list[tuple] = field(default_factory=list)
    identities: list[tuple] = field(default_factory=list)


def prepare(article: Article, meta: dict | None = None, *, with_lemmas: bool = True) -> Record:
    """Rows for `article`. `meta` may hold `id` (the caller's id, kept as `source_id`), `url`,
    `title`, `outlet`, `date`, and anything else (kept as JSON)."""
    meta = dict(meta or {})
    text = article.text
    aid = article_id(text)
    source_id = meta.get("id", article.id)
    outlet = meta.get("outlet")
    outlet = str(outlet).strip() or None if outlet is not None else None
    date = normalise_date(meta.get("date"))
    extra = {k: v for k, v in meta.items() if k not in META_COLUMNS}
    if meta.get("date") is not None and date is None:
        extra["date_raw"] = str(meta["date"])

    quotations, lem, links = [], [], []
    n = {"anon": 0, "state": 0, "Direct": 0, "Indirect": 0, "Reported": 0, "free": 0, "deny": 0}
    for i, q in enumerate(article.quotations):
        sp = q.speaker
        via = list(q.via or [])
        anonymous = (sp is not None and sp.kind == "anonymous") or any(v.kind == "anonymous" for v in via)
        state = (sp is not None and sp.ownership == "state") or any(v.ownership == "state" for v in via)
        n["anon"] += anonymous
        n["state"] += state
        if q.type in ("Direct", "Indirect", "Reported"):
            n[q.type] += 1
        else:
            n["free"] += 1
        n["deny"] += q.speech_act == "deny"
        speaker_norm = None
        if sp is not None:
            speaker_norm = " | ".join(norm(x) for x in [sp.entity, sp.text, *(sp.members or [])] if x)
        quotations.append((
            aid, i, q.type, q.medium,
            q.quote.text, _spans(q.quote), q.quote.start, q.quote.end,
            *_mention(sp)[:6], speaker_norm,
            q.cue.text if q.cue else None, _spans(q.cue),
            q.frame.text if q.frame else None, _spans(q.frame),
            *_mention(q.addressee),
            q.speech_act, q.commitment, float(q.confidence), q.nested_in, len(via),
            int(anonymous), int(state),
        ))
        lem.append(lemmas(q.quote.text) if with_lemmas else "")
        for pos, v in enumerate(via):
            links.append((aid, i, pos, *_mention(v)))

    unattributed = [
        (aid, i, u.text, _spans(u), u.start, u.end, int(bool(u.hedged)))
        for i, u in enumerate(article.unattributed)
    ]
    identities = [
        (aid, ident.key, ident.name, ident.kind,
         _json([{"text": m.text, "spans": [list(s) for s in m.spans]} for m in ident.mentions]),
         int(ident.quotations))
        for ident in article.identities
    ]
    credit = _mention(article.credit)
    row = (
        aid, None if source_id is None else str(source_id), meta.get("url"), meta.get("title"),
        outlet, norm(outlet), date, date[:7] if date else None, article.engine,
        int(bool(article.is_extracted)), text,
        *credit,
        len(quotations), n["anon"], n["state"], n["Direct"], n["Indirect"], n["Reported"], n["free"],
        n["deny"], len(unattributed), sum(u[-1] for u in unattributed), _json(extra) if extra else None,
        _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    )
    assert len(row) == len(ARTICLE_COLUMNS)
    return Record(aid, row, quotations, lem, links, unattributed, identities)
