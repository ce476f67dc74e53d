"""Tokens, sentences and paragraphs with offsets into the original text.

Tokenisation is spaCy's rule-based German tokenizer (no model) run on the normalised text;
sentence and paragraph boundaries are rules over its tokens."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from saidwhat.text.normalise import CLOSE, CLOSE_SINGLE, OPEN, OPEN_SINGLE, NormalisedText, normalise

TERMINATORS = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {CLOSE, CLOSE_SINGLE, ")", "]"}
MAX_SENTENCE_TOKENS = 250  # longer runs (lists, tables, binary junk) are cut
# A number glued to a full stop ends a sentence unless it can be a day (`am 5. Mai`)
_NUMBER_AT_END = re.compile(r"^\d+[:,./-]\d+\.$|^\d{4,}\.$|^(3[2-9]|[4-9]\d|\d{3})\.$")


@dataclass
class Token:
    text: str  # as in the original input
    norm: str  # as in the normalised text
    start: int  # original offsets
    end: int
    sentence: int = 0
    paragraph: int = 0
    in_quote: bool = False  # inside double quote marks (the marks themselves excluded)
    glued: bool = False  # split from the previous word by glue repair


@dataclass
class Sentence:
    start: int  # original offsets
    end: int
    first: int  # token indices, [first, last)
    last: int
    paragraph: int


@dataclass
class Document:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first : sentence.last]


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("de").tokenizer


def segment(text: str) -> Document:
    normalised = normalise(text)
    tokens = _tokens(normalised)
    _mark_quotes(tokens)
    sentences = _sentences(tokens, normalised)
    return Document(text, tokens, sentences)


def _tokens(normalised: NormalisedText) -> list[Token]:
    tokens = []
    for t in _tokenizer()(normalised.text):
        if t.is_space:
            continue
        s = t.idx
        e = s + len(t.text)
        os_, oe = normalised.to_original(s, e)
        if oe <= os_:
            continue
        tokens.append(Token(normalised.original[os_:oe], t.text, os_, oe, glued=s in normalised.glue_breaks))
    return tokens


def _mark_quotes(tokens: list[Token]) -> None:
    inside = False
    for tok in tokens:
        if tok.norm == OPEN:
            inside = True
        elif tok.norm == CLOSE or tok.glued:
            inside = False
        else:
            tok.in_quote = inside


def _sentences(tokens: list[Token], normalised: NormalisedText) -> list[Sentence]:
    original = normalised.original
    sentences: list[Sentence] = []
    paragraph = 0
    first = 0

    def close(last: int) -> None:
        nonlocal first
        if last > first:
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last, paragraph))
            for tok in tokens[first:last]:
                tok.sentence = len(sentences) - 1
                tok.paragraph = paragraph
        first = last

    i = 0
    while i < len(tokens):
        if i and "\n" in original[tokens[i - 1].end : tokens[i].start]:
            close(i)
            paragraph += 1
        tok = tokens[i]
        j = i + 1
        if tok.norm in TERMINATORS or _NUMBER_AT_END.match(tok.norm):
            while j < len(tokens) and tokens[j].norm in CLOSERS and "\n" not in original[tokens[j - 1].end : tokens[j].start]:
                j += 1
            nxt = tokens[j].norm if j < len(tokens) else ""
            if not nxt[:1].islower() and (tok.norm in TERMINATORS or nxt[:1].isupper()):
                close(j)
        elif j - first >= MAX_SENTENCE_TOKENS:
            close(j)
        i = j
    close(len(tokens))
    return sentences


__all__ = ["Document", "Sentence", "Token", "segment", "OPEN", "OPEN_SINGLE"]
