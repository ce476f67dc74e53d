"""The learned tagger: three linear-chain CRFs over shared token features. The quote tagger
(spans with their type) runs first; the speaker/cue/addressee and frame taggers also see
where it found quotes."""
from __future__ import annotations

from pathlib import Path

import pycrfsuite

from saidwhat.detect import RoleTags
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
