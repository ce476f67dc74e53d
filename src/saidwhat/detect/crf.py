"""The learned tagger: three linear-chain CRFs over shared token features. The quote tagger
(spans with their type) runs first; where it leaves a sentence with a reporting frame empty,
the rule engine's reading of that sentence is added (`fill_framed_clauses`); the
speaker/cue/addressee and frame taggers then also see where quotes were found."""
from __future__ import annotations

from pathlib import Path

import pycrfsuite

from saidwhat.detect import RoleTags
from saidwhat.detect.rules import RULE_CONFIDENCE, RuleTagger
from saidwhat.learn.corpus import TAGGERS
from saidwhat.learn.features import quote_context_features, sequences, token_features
from saidwhat.text import Document


class CrfTagger:
    def __init__(self, name: str, taggers: dict[str, pycrfsuite.Tagger], cues: frozenset[str]) -> None:
        self.name = name
        self._taggers = taggers
        self._cues = cues

    @classmethod
    def load(cls, directory: Path, meta: dict) -> "CrfTagger":
        from saidwhat.errors import ModelError

        taggers = {}
        for tagger in TAGGERS:
            path = directory / f"{tagger}.crfsuite"
            if not path.is_file():
                raise ModelError(f"{directory}: missing {path.name}; retrain with `saidwhat train`")
            taggers[tagger] = pycrfsuite.Tagger()
            taggers[tagger].open(str(path))
        cue_file = directory / "cues.txt"
        cues = frozenset(cue_file.read_text(encoding="utf-8").split()) if cue_file.is_file() else frozenset()
        return cls(f"crf:{meta.get('name', directory.name)}@{meta.get('version', '?')}", taggers, cues)

    def tag(self, document: Document) -> RoleTags:
        n = len(document.tokens)
        out = {tagger: ["O"] * n for tagger in TAGGERS}
        confidence = [0.0] * n
        features = token_features(document, self._cues)
        ranges = sequences(document)
        quote_tagger = self._taggers["quote"]
        for start, end in ranges:
            out["quote"][start:end] = quote_tagger.tag(pycrfsuite.ItemSequence(features[start:end]))
            for k, label in enumerate(out["quote"][start:end]):
                if label != "O":
                    confidence[start + k] = quote_tagger.marginal(label, k)
        for start, end in fill_framed_clauses(document, out["quote"]):
            confidence[start:end] = [RULE_CONFIDENCE] * (end - start)
        stacked = [a + b for a, b in zip(features, quote_context_features(document, out["quote"]))]
        for start, end in ranges:
            xseq = pycrfsuite.ItemSequence(stacked[start:end])  # converted once for both taggers
            for name in ("roles", "frame"):
                out[name][start:end] = self._taggers[name].tag(xseq)
        roles = out["roles"]
        labels = {
            "quote": out["quote"],
            "frame": out["frame"],
            **{role: [lab if lab[2:] == role else "O" for lab in roles] for role in ("speaker", "cue", "addressee")},
        }
        return RoleTags(labels, confidence)


_RULES = RuleTagger()


def fill_framed_clauses(document: Document, quote_labels: list[str]) -> list[tuple[int, int]]:
    """In the training data nearly every sentence with `laut X`, `nach Angaben X` or
    `X zufolge` holds a quotation, yet the CRF misses some (and some cue-verb clauses with
    Konjunktiv): in sentences where it found no quote, the rule engine's framed clause
    becomes an Indirect quote (docs/experiments.md, row 30). Returns the token ranges filled."""
    filled = []
    for sentence in document.sentences:
        if any(label != "O" for label in quote_labels[sentence.first : sentence.last]):
            continue
        span = _RULES.framed_clause(document, sentence)
        if span:
            start, end = span
            quote_labels[start:end] = ["B-Indirect"] + ["I-Indirect"] * (end - start - 1)
            filled.append(span)
    return filled
