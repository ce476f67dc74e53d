"""Train the CRF taggers on a dataset split and write a model directory.

The model directory follows the model interface of `saidwhat.models`: `model.json`, one
`<tagger>.crfsuite` per tagger, and `cues.txt` (cue words learned from the training split)."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from saidwhat.evaluate.dataset import load_directory
from saidwhat.learn.corpus import TAGGERS, LabelledDocument, label_document, learned_cue_words
from saidwhat.learn.features import quote_context_features, sequences, token_features

CRF_ALGORITHM = "lbfgs"
CRF_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 400, "feature.possible_transitions": True}


@dataclass
class TrainingResult:
    directory: Path
    seconds: float
    documents: int
    tokens: int


FOLDS = 3  # the role taggers learn from quote predictions made on held-out folds


def _trainer(sequences_: list[tuple[list[list[str]], list[str]]]) -> pycrfsuite.Trainer:
    trainer = pycrfsuite.Trainer(algorithm=CRF_ALGORITHM, verbose=False)
    for xseq, yseq in sequences_:
        trainer.append(xseq, yseq)
    trainer.set_params(CRF_PARAMS)
    return trainer


def _predict_quotes(model_path: Path, items: list[tuple[LabelledDocument, list[list[str]]]]) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out = []
    for labelled, features in items:
        labels = ["O"] * len(features)
        for start, end in sequences(labelled.document):
            labels[start:end] = tagger.tag(features[start:end])
        out.append(labels)
    return out


def train(train_dir: Path, out_dir: Path, *, log=print) -> TrainingResult:
    """Quote tagger first; the role and frame taggers then also see its predictions, made on
    training documents by quote taggers trained on the other folds (stacking)."""
    started = time.perf_counter()
    elapsed = lambda: f"{time.perf_counter() - started:.0f}s"  # noqa: E731
    split = load_directory(train_dir)
    cues = frozenset(learned_cue_words(split))
    items = []
    for d in split:
        labelled = label_document(d.path.name, d.text, d.annotations)
        items.append((labelled, token_features(labelled.document, cues)))
    n_tokens = sum(len(f) for _, f in items)
    log(f"features for {len(items)} documents, {n_tokens} tokens ({elapsed()})")
    out_dir.mkdir(parents=True, exist_ok=True)

    def quote_sequences(subset):
        return [(f[s:e], lab.labels["quote"][s:e]) for lab, f in subset for s, e in sequences(lab.document)]

    stacked: list[list[str]] = [[] for _ in items]
    for fold in range(FOLDS):
        held_out = [k for k in range(len(items)) if k % FOLDS == fold]
        rest = [items[k] for k in range(len(items)) if k % FOLDS != fold]
        fold_path = out_dir / f"quote.fold{fold}.tmp"
        _trainer(quote_sequences(rest)).train(str(fold_path))
        for k, labels in zip(held_out, _predict_quotes(fold_path, [items[k] for k in held_out])):
            stacked[k] = labels
        fold_path.unlink()
        log(f"quote tagger fold {fold + 1}/{FOLDS} ({elapsed()})")
    _trainer(quote_sequences(items)).train(str(out_dir / "quote.crfsuite"))
    log(f"trained quote ({elapsed()})")
    for tagger in ("roles", "frame"):
        seqs = []
        for (labelled, features), quote_labels in zip(items, stacked):
            extra = quote_context_features(labelled.document, quote_labels)
            combined = [a + b for a, b in zip(features, extra)]
            seqs.extend((combined[s:e], labelled.labels[tagger][s:e]) for s, e in sequences(labelled.document))
        _trainer(seqs).train(str(out_dir / f"{tagger}.crfsuite"))
        log(f"trained {tagger} ({elapsed()})")
    (out_dir / "cues.txt").write_text("\n".join(sorted(cues)) + "\n", encoding="utf-8")
    meta = {
        "name": "de-wikinews",
        "engine": "crf",
        "version": "0.1.0",
        "language": "de",
        "license": "CC-BY-NC-SA-4.0",
        "data": "wikinews-quotes train split (Petersen-Frey & Biemann, LREC-COLING 2024)",
        "taggers": list(TAGGERS),
        "crf_algorithm": CRF_ALGORITHM,
        "crf_params": CRF_PARAMS,
    }
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return TrainingResult(out_dir, time.perf_counter() - started, len(items), n_tokens)
