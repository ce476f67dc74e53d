"""Read and write the dataset schema of `shared/data/wikinews-quotes` (see its README).

One JSON file per article: `documentName`, `originalText`, `tokens`, `sentences`,
`annotations`. Prediction files use the same schema (without `sentences`)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from saidwhat.errors import InputError
from saidwhat.types import Article, Span, TextSpan

ROLES = ("quote", "speaker", "cue", "frame", "addressee")


@dataclass(frozen=True)
class Token:
    id: int
    text: str
    char_begin: int
    char_end: int
    sentence: int
    word: int

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "charBegin": self.char_begin,
                "charEnd": self.char_end, "sentence": self.sentence, "word": self.word}


@dataclass(frozen=True)
class Sentence:
    id: int
    char_begin: int
    char_end: int
    token_ids: tuple[int, ...]


@dataclass(frozen=True)
class Role:
    """One slot of a quotation: its text and the document-level ids of its tokens."""

    text: str
    token_ids: frozenset[int]
    spans: tuple[Span, ...] = ()  # character spans [charBegin, charEnd)


EMPTY_ROLE = Role("", frozenset())


@dataclass(frozen=True)
class Annotation:
    id: int
    type: str
    medium: str
    quote: Role
    speaker: Role = EMPTY_ROLE
    cue: Role = EMPTY_ROLE
    frame: Role = EMPTY_ROLE
    addressee: Role = EMPTY_ROLE
    is_nested: bool = False
    has_nested: bool = False

    def role(self, slot: str) -> Role:
        return getattr(self, slot)


@dataclass
class Document:
    path: Path
    name: str
    text: str
    tokens: list[Token]
    annotations: list[Annotation]
    sentences: list[Sentence] = field(default_factory=list)


def _role(raw: dict | None) -> Role:
    if not raw:
        return EMPTY_ROLE
    spans = tuple((span["charBegin"], span["charEnd"]) for span in raw.get("spans", []))
    return Role(raw.get("text", ""), frozenset(raw.get("tokenIds", [])), spans)


def annotation_from_dict(raw: dict) -> Annotation:
    return Annotation(
        id=raw["id"], type=raw["type"], medium=raw["medium"],
        **{slot: _role(raw.get(slot)) for slot in ROLES},
        is_nested=bool(raw.get("isNested", False)), has_nested=bool(raw.get("hasNested", False)),
    )


def load_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Document(
            path=path,
            name=raw["documentName"],
            text=raw.get("originalText", ""),
            tokens=[Token(t["id"], t["text"], t["charBegin"], t["charEnd"], t.get("sentence", 0), t.get("word", 0))
                    for t in raw["tokens"]],
            annotations=[annotation_from_dict(a) for a in raw["annotations"]],
            sentences=[Sentence(s["id"], s["charBegin"], s["charEnd"], tuple(s["tokenIds"]))
                       for s in raw.get("sentences", [])],
        )
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}")
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise InputError(f"{path} is not valid JSON: {exc}")
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path} does not follow the dataset schema (bad or missing field {exc})")


def load_directory(directory: str | Path) -> list[Document]:
    """Every `*.json` file of a directory, sorted by file name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory} is not a directory")
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise InputError(f"{directory} holds no .json files")
    return [load_document(p) for p in paths]


def _token_ids(spans: list[Span], tokens: list[Token]) -> list[int]:
    """Ids of the tokens whose character range overlaps any of the spans."""
    return [t.id for t in tokens if any(t.char_begin < end and start < t.char_end for start, end in spans)]


def _role_dict(span: TextSpan | None, tokens: list[Token], text: str) -> dict:
    ids = _token_ids(span.spans, tokens) if span is not None else []
    by_id = {t.id: t for t in tokens}
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = [{"begin": run[0], "end": run[-1] + 1,
              "charBegin": by_id[run[0]].char_begin, "charEnd": by_id[run[-1]].char_end} for run in runs]
    return {"text": " ".join(text[s["charBegin"]:s["charEnd"]] for s in spans), "tokenIds": ids, "spans": spans}


def annotations_from_article(article: Article, tokens: list[Token]) -> list[dict]:
    """The article's quotations in the dataset schema, their character spans mapped onto `tokens`.

    A token belongs to a role if its character range overlaps one of the role's spans, so a
    span that cuts a token in half still claims the whole token."""
    nesting = {q.nested_in for q in article.quotations if q.nested_in is not None}
    return [
        {"id": i, "type": q.type, "medium": q.medium,
         "isNested": q.nested_in is not None, "hasNested": i in nesting,
         **{slot: _role_dict(getattr(q, slot), tokens, article.text) for slot in ROLES}}
        for i, q in enumerate(article.quotations)
    ]


def write_prediction(document: Document, article: Article, out_dir: Path) -> Path:
    """Write the system's annotations for `document` under the same file name in `out_dir`."""
    path = out_dir / document.path.name
    payload = {"documentName": document.name, "originalText": document.text,
               "tokens": [t.to_dict() for t in document.tokens],
               "annotations": annotations_from_article(article, document.tokens)}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
