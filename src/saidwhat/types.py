"""The typed result of every pipeline stage after segmentation: what `analyze()` returns.

Offsets are `[start, end)` indices into the text the user gave (Python `str` indices)."""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

QUOTATION_TYPES = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")
MEDIA = ("Speech", "Writing", "Thought", "SW", "ST", "TW", "none")
SOURCE_KINDS = ("person", "organization", "media", "anonymous", "document", "unknown")
SPEECH_ACTS = ("assert", "deny", "warn", "demand", "propose", "promise", "ask", "unknown")
COMMITMENTS = ("reported", "distanced", "unknown")


@dataclass
class TextSpan:
    """A possibly discontinuous piece of the input text."""

    text: str
    spans: list[Span]

    @classmethod
    def from_spans(cls, source: str, spans: list[Span]) -> "TextSpan":
        spans = sorted(spans)
        return cls(" ".join(source[s:e] for s, e in spans), spans)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Mention(TextSpan):
    """A speaker, addressee or source as the article writes it, with its resolved identity."""

    entity: str | None = None
    kind: str = "unknown"
    members: list[str] = field(default_factory=list)
    ownership: str | None = None  # for media: state | public | private | agency


@dataclass
class Quotation:
    type: str
    medium: str
    quote: TextSpan
    speaker: Mention | None = None
    cue: TextSpan | None = None
    frame: TextSpan | None = None
    addressee: Mention | None = None
    via: list[Mention] = field(default_factory=list)
    speech_act: str = "unknown"
    commitment: str = "unknown"
    confidence: float = 0.0
    nested_in: int | None = None  # index of the enclosing quotation in Article.quotations


@dataclass
class UnattributedClaim(TextSpan):
    hedged: bool = True


@dataclass
class Identity:
    """One person or body speaking in an article, with all the mentions that name it."""

    key: str
    name: str
    kind: str
    mentions: list[TextSpan] = field(default_factory=list)
    quotations: int = 0


@dataclass
class Article:
    text: str
    quotations: list[Quotation] = field(default_factory=list)
    unattributed: list[UnattributedClaim] = field(default_factory=list)
    credit: Mention | None = None
    identities: list[Identity] = field(default_factory=list)
    engine: str = ""
    id: str | None = None
    is_extracted: bool = False  # True when `text` was extracted from HTML: the JSON then includes it
