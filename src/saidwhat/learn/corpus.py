"""Training data: dataset-schema articles segmented with saidwhat's own text layer, gold
roles mapped from character spans onto our tokens as BIO labels.

Training on our own tokens (not the dataset's) keeps training and prediction identical."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from saidwhat.errors import InputError
from saidwhat.text import Document, segment

TAGGERS = {"quote": ("quote",), "roles": ("speaker", "cue", "addressee"), "frame": ("frame",)}


@dataclass
class LabelledDocument:
    name: str
    document: Document
    labels: dict[str, list[str]]  # tagger name -> one label per token


def _overlapping(document: Document, spans: list[dict]) -> list[list[int]]:
    """Token indices of each character span (a token belongs if it overlaps)."""
    pieces = []
    for span in spans:
        a, b = span["charBegin"], span["charEnd"]
        pieces.append([i for i, t in enumerate(document.tokens) if t.start < b and a < t.end])
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


def label_document(name: str, text: str, annotations: list[dict]) -> LabelledDocument:
    document = segment(text)
    n = len(document.tokens)
    labels = {tagger: ["O"] * n for tagger in TAGGERS}
    # outer quotations first so a nested one never splits its parent
    for ann in sorted(annotations, key=lambda a: a.get("isNested", False)):
        _write(labels["quote"], _overlapping(document, ann["quote"]["spans"]), ann["type"], overwrite=False)
        for role in ("speaker", "addressee", "cue"):  # cue wins where roles overlap
            _write(labels["roles"], _overlapping(document, ann[role]["spans"]), role, overwrite=True)
        _write(labels["frame"], _overlapping(document, ann["frame"]["spans"]), "frame", overwrite=False)
    return LabelledDocument(name, document, labels)


def read_split(directory: Path) -> list[tuple[str, dict]]:
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise InputError(f"{directory} holds no dataset .json files")
    out = []
    for path in paths:
        try:
            out.append((path.name, json.loads(path.read_text(encoding="utf-8"))))
        except ValueError as exc:
            raise InputError(f"{path}: not valid JSON ({exc})")
    return out


def load_split(directory: Path) -> list[LabelledDocument]:
    return [label_document(name, d["originalText"], d["annotations"]) for name, d in read_split(directory)]


def learned_cue_words(split: list[tuple[str, dict]], min_count: int = 2, min_share: float = 0.15) -> list[str]:
    """Words that are annotated as part of a cue at least `min_share` of the times they occur."""
    as_cue: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    for _, d in split:
        overall.update(t["text"].lower() for t in d["tokens"])
        for ann in d["annotations"]:
            as_cue.update(w.lower() for w in ann["cue"]["text"].split() if w.isalpha())
    return sorted(w for w, c in as_cue.items() if c >= min_count and c >= min_share * overall[w])
