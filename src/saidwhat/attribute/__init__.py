"""Attribute: turn per-token role tags into quotations with speaker, cue, frame and addressee.

Each quote span takes the nearest role span in the sentences it touches; a quote with no
speaker there continues the previous quotation's speaker (a continuation paragraph)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from saidwhat.attribute.medium import medium_for
from saidwhat.detect import RoleTags
from saidwhat.text import Document
from saidwhat.types import Mention, Quotation, TextSpan


@dataclass
class TokenSpan:
    first: int  # token indices [first, last)
    last: int
    label: str = ""

    def distance(self, other: "TokenSpan") -> int:
        if self.last <= other.first:
            return other.first - self.last
        if other.last <= self.first:
            return self.first - other.last
        return 0


def spans_from_bio(labels: list[str]) -> list[TokenSpan]:
    """Runs of B-/I- labels; an I- after O or after another type starts a new span."""
    spans: list[TokenSpan] = []
    current: TokenSpan | None = None
    types: Counter[str] = Counter()
    for i, label in enumerate(labels + ["O"]):
        kind = label[2:]
        if current and (label == "O" or label.startswith("B-")):
            current.label = types.most_common(1)[0][0]
            spans.append(current)
            current = None
        if label != "O":
            if current is None:
                current, types = TokenSpan(i, i + 1), Counter()
            current.last = i + 1
            types[kind] += 1
    return spans


def _char_spans(document: Document, span: TokenSpan, exclude: TokenSpan | None = None) -> list[tuple[int, int]]:
    """Character spans of a token span; a gap where `exclude` (the quote) lies inside it."""
    tokens = document.tokens
    pieces: list[tuple[int, int]] = []
    start = None
    for i in range(span.first, span.last):
        if exclude and exclude.first <= i < exclude.last:
            if start is not None:
                pieces.append((start, tokens[i - 1].end))
                start = None
            continue
        if start is None:
            start = tokens[i].start
    if start is not None:
        pieces.append((start, tokens[span.last - 1].end))
    return pieces


def _text_span(document: Document, span: TokenSpan, exclude: TokenSpan | None = None) -> TextSpan | None:
    pieces = _char_spans(document, span, exclude)
    return TextSpan.from_spans(document.text, pieces) if pieces else None


def _mention(document: Document, span: TokenSpan) -> Mention:
    pieces = _char_spans(document, span)
    return Mention(" ".join(document.text[s:e] for s, e in pieces), pieces)


def _sentences_of(document: Document, span: TokenSpan) -> set[int]:
    return {document.tokens[span.first].sentence, document.tokens[span.last - 1].sentence}


def _nearest(document: Document, quote: TokenSpan, candidates: list[TokenSpan]) -> TokenSpan | None:
    sentences = _sentences_of(document, quote)
    near = [c for c in candidates if document.tokens[c.first].sentence in sentences and c.distance(quote) >= 0]
    outside = [c for c in near if c.last <= quote.first or c.first >= quote.last]
    pool = outside or near
    return min(pool, key=lambda c: c.distance(quote)) if pool else None


def attribute(document: Document, tags: RoleTags) -> list[Quotation]:
    if not document.tokens:
        return []
    quotes = spans_from_bio(tags.labels["quote"])
    roles = {role: spans_from_bio(tags.labels[role]) for role in ("speaker", "cue", "frame", "addressee")}
    quotations: list[Quotation] = []
    previous_speaker: Mention | None = None
    for quote in quotes:
        quote_text = _text_span(document, quote)
        if quote_text is None:
            continue
        speaker = _nearest(document, quote, roles["speaker"])
        cue = _nearest(document, quote, roles["cue"])
        frame = _nearest(document, quote, roles["frame"])
        addressee = _nearest(document, quote, roles["addressee"])
        cue_text = _text_span(document, cue) if cue else None
        speaker_mention = _mention(document, speaker) if speaker else None
        if speaker_mention is None and quote.label in ("FreeIndirect", "IndirectFreeIndirect", "Direct"):
            speaker_mention = previous_speaker
        confidence = sum(tags.quote_confidence[quote.first : quote.last]) / (quote.last - quote.first)
        quotations.append(
            Quotation(
                type=quote.label,
                medium=medium_for(cue_text.text if cue_text else "", quote.label),
                quote=quote_text,
                speaker=speaker_mention,
                cue=cue_text,
                frame=_text_span(document, frame, exclude=quote) if frame else None,
                addressee=_mention(document, addressee) if addressee else None,
                confidence=round(confidence, 3),
            )
        )
        if speaker_mention is not None:
            previous_speaker = speaker_mention
    return quotations
