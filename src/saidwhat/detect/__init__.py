"""Detect: label every token with the quotation roles it plays (BIO tags per role).

A tagger is anything with `name` and `tag(document) -> RoleTags`: the learned CRF tagger
(`detect.crf`) or the rule engine (`detect.rules`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from saidwhat.text import Document

ROLES = ("quote", "speaker", "cue", "frame", "addressee")


@dataclass
class RoleTags:
    """Per token: a BIO label for each role (quote labels carry the type: `B-Direct`) and
    the tagger's confidence that the token belongs to the quote it was given."""

    labels: dict[str, list[str]]
    quote_confidence: list[float]


class RoleTagger(Protocol):
    name: str

    def tag(self, document: Document) -> RoleTags: ...
