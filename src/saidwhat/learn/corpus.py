"""Training data: dataset-schema articles segmented with saidwhat's own text layer, gold
roles mapped from character spans onto our tokens as BIO labels.

Training on our own tokens (not the dataset's) keeps training and prediction identical."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from saidwhat.evaluate.dataset import Annotation
from saidwhat.evaluate.dataset import Document as DatasetDocument
from saidwhat.text import Document, segment
from saidwhat.types import Span

TAGGERS = {"quote": ("quote",), "roles": ("speaker", "cue", "addressee"), "frame": ("frame",)}


@dataclass
class LabelledDocument:
    name: str
    document: Document
    labels: dict[str, list[str]]  # tagger name -> one label per token


def _overlapping(document: Document, spans: tuple[Span, ...]) -> list[list[int]]:
    """Token indices of each character span (a token belongs if it overlaps)."""
    pieces = [[i for i, t in enumerate(document.tokens) if t.start < b and a < t.end] for a, b in spans]
    return [p for p in pieces if p]


def _write(labels: list[str], pieces: list[list[int]], tag: str, overwrite: bool) -> None:
    first = True
    for piece in pieces:
        if not overwrite and any(labels[i] != "O" for i in piece):
            return
    for piece in pieces:
        for k, i in enumerate(piece):
            labels[i] = ("B-" if first and k == 0 else "I-") + tag
        first = False


def label_document(name: str, text: str, annotations: list[Annotation]) -> LabelledDocument:
    document = segment(text)
    n = len(document.tokens)
    labels = {tagger: ["O"] * n for tagger in TAGGERS}
    # outer quotations first so a nested one never splits its parent
    for ann in sorted(annotations, key=lambda a: a.is_nested):
        _write(labels["quote"], _overlapping(document, ann.quote.spans), ann.type, overwrite=False)
        for role in ("speaker", "addressee", "cue"):  # cue wins where roles overlap
            _write(labels["roles"], _overlapping(document, ann.role(role).spans), role, overwrite=True)
        _write(labels["frame"], _overlapping(document, ann.frame.spans), "frame", overwrite=False)
    return LabelledDocument(name, document, labels)


def learned_cue_words(split: list[DatasetDocument], min_count: int = 2, min_share: float = 0.15) -> list[str]:
    """Words that are annotated as part of a cue at least `min_share` of the times they occur."""
    as_cue: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    for d in split:
        overall.update(t.text.lower() for t in d.tokens)
        for ann in d.annotations:
            as_cue.update(w.lower() for w in ann.cue.text.split() if w.isalpha())
    return sorted(w for w, c in as_cue.items() if c >= min_count and c >= min_share * overall[w])
