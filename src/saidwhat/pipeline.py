"""The pipeline: segment → detect → attribute → resolve, one direction, a module per stage."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from saidwhat.attribute import attribute
from saidwhat.detect import RoleTagger
from saidwhat.errors import InputError
from saidwhat.resolve import resolve
from saidwhat.text import segment
from saidwhat.types import Article


class Pipeline:
    def __init__(self, tagger: RoleTagger) -> None:
        self.tagger = tagger

    @property
    def engine(self) -> str:
        return self.tagger.name

    @classmethod
    def load(cls, model: str | Path | None = None) -> "Pipeline":
        """Load a model directory, or the installed default model, or else the rule engine.

        `model="rules"` forces the rule engine."""
        from saidwhat.models import load_tagger

        return cls(load_tagger(model))

    def __call__(self, text: str, *, id: str | None = None) -> Article:
        if not isinstance(text, str):
            raise InputError(f"analyze() needs a str, got {type(text).__name__}")
        document = segment(text)
        tags = self.tagger.tag(document)
        article = Article(text=text, quotations=attribute(document, tags), engine=self.engine, id=id)
        return resolve(document, article)


@lru_cache(maxsize=4)
def _pipeline(model: str | None) -> Pipeline:
    return Pipeline.load(model)


def analyze(text: str, *, model: str | Path | None = None, id: str | None = None) -> Article:
    """Analyse one article: every attributed statement with speaker, cue, type and sources.

    >>> article = analyze("„Wir bleiben“, sagte die Ministerin.")
    >>> article.quotations[0].speaker.text
    'die Ministerin'
    """
    return _pipeline(None if model is None else str(model))(text, id=id)
