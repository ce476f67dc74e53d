"""Train the CRF taggers on a dataset split and write a model directory.

The model directory follows the model interface of `saidwhat.models`: `model.json`, one
`<tagger>.crfsuite` per tagger, and `cues.txt` (cue words learned from the training split)."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from saidwhat.learn.corpus import TAGGERS, learned_cue_words, label_document, read_split
from saidwhat.learn.features import sequences, token_features

CRF_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}


@dataclass
class TrainingResult:
    directory: Path
    seconds: float
    documents: int
    tokens: int


def train(train_dir: Path, out_dir: Path, *, log=print) -> TrainingResult:
    started = time.perf_counter()
    split = read_split(train_dir)
    cues = learned_cue_words(split)
    trainers = {name: pycrfsuite.Trainer(verbose=False) for name in TAGGERS}
    n_tokens = 0
    for name, d in split:
        labelled = label_document(name, d["originalText"], d["annotations"])
        features = token_features(labelled.document, frozenset(cues))
        n_tokens += len(features)
        for start, end in sequences(labelled.document):
            for tagger, trainer in trainers.items():
                trainer.append(features[start:end], labelled.labels[tagger][start:end])
    log(f"features for {len(split)} documents, {n_tokens} tokens in {time.perf_counter() - started:.0f}s")
    out_dir.mkdir(parents=True, exist_ok=True)
    for tagger, trainer in trainers.items():
        trainer.set_params(CRF_PARAMS)
        trainer.train(str(out_dir / f"{tagger}.crfsuite"))
        log(f"trained {tagger} ({time.perf_counter() - started:.0f}s)")
    (out_dir / "cues.txt").write_text("\n".join(cues) + "\n", encoding="utf-8")
    meta = {
        "name": "de-wikinews",
        "engine": "crf",
        "version": "0.1.0",
        "language": "de",
        "license": "CC-BY-NC-SA-4.0",
        "data": "wikinews-quotes train split (Petersen-Frey & Biemann, LREC-COLING 2024)",
        "taggers": list(TAGGERS),
        "crf_params": CRF_PARAMS,
    }
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return TrainingResult(out_dir, time.perf_counter() - started, len(split), n_tokens)
