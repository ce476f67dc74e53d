"""Token features for the CRF taggers: word form, lemma, shape, suffixes, quote-mark state,
cue and Konjunktiv lexicons, sentence-level flags of this and the neighbouring sentences,
and the direction and distance to the nearest cue.

Features are computed once per document and shared by all taggers."""
from __future__ import annotations

import re
from functools import lru_cache

from saidwhat.lexicon import words
from saidwhat.text import Document
from saidwhat.text.lemma import lemma
from saidwhat.text.normalise import CLOSE, CLOSE_SINGLE, OPEN, OPEN_SINGLE

MAX_SEQUENCE = 300  # tokens; paragraphs longer than this are cut at sentence boundaries
_SHAPE = [(re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d")]
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def shape(word: str) -> str:
    s = word
    for pattern, symbol in _SHAPE:
        s = pattern.sub(symbol, s)
    return _REPEAT.sub(r"\1", s)[:6]


def sequences(document: Document) -> list[tuple[int, int]]:
    """Token ranges the CRF labels as one sequence: paragraphs, cut at sentence boundaries
    when longer than MAX_SEQUENCE."""
    ranges: list[tuple[int, int]] = []
    start = None
    last_paragraph = -1
    for sentence in document.sentences:
        if start is None:
            start = sentence.first
        elif sentence.paragraph != last_paragraph or sentence.last - start > MAX_SEQUENCE:
            ranges.append((start, sentence.first))
            start = sentence.first
        last_paragraph = sentence.paragraph
    if start is not None and document.sentences:
        ranges.append((start, document.sentences[-1].last))
    return ranges


def _bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d <= 3 else "4" if d <= 7 else "8" if d <= 15 else "16"


def _clause_flags(first: int, last: int, lowers, is_cue, is_kon, tokens) -> list[str]:
    """Per token: does its clause (between commas, colons, dashes) hold a cue or a Konjunktiv verb."""
    flags: list[str] = []
    start = first
    for i in range(first, last + 1):
        if i == last or (lowers[i] in (",", ":", ";", "–", "(", ")") and not tokens[i].in_quote):
            cue = any(is_cue[start:i])
            kon = any(is_kon[start:i])
            label = "cl=" + ("c" if cue else "") + ("k" if kon else "")
            flags.extend([label] * (i - start + (i < last)))
            start = i + 1
    return flags


@lru_cache(maxsize=8)
def _cue_words(learned_cues: frozenset[str]) -> frozenset[str]:
    """The hand-written cue verbs plus a model's learned cue words, built once per model."""
    return words("cue_verbs") | learned_cues


def token_features(document: Document, learned_cues: frozenset[str] = frozenset()) -> list[list[str]]:
    """One feature list per token of the document."""
    cue_words = _cue_words(learned_cues)
    konjunktiv = words("konjunktiv")
    frame_words = words("frame_words")
    tokens = document.tokens
    n = len(tokens)
    lowers = [t.norm.lower() for t in tokens]
    lemmas = [lemma(t.norm) for t in tokens]
    is_cue = [lowers[i] in cue_words or lemmas[i] in cue_words for i in range(n)]
    is_kon = [w in konjunktiv for w in lowers]
    marks = {OPEN: "open", CLOSE: "close", OPEN_SINGLE: "open1", CLOSE_SINGLE: "close1"}

    # sentence-level flags
    flags: list[str] = []
    for s in document.sentences:
        f = []
        if any(is_cue[s.first : s.last]):
            f.append("cue")
        if any(is_kon[s.first : s.last]):
            f.append("kon")
        if any(tokens[i].norm in (OPEN, CLOSE) for i in range(s.first, s.last)):
            f.append("qm")
        if any(tokens[i].in_quote for i in range(s.first, s.last)):
            f.append("inq")
        if any(lowers[i] in ("dass", "ob") for i in range(s.first, s.last)):
            f.append("dass")
        if any(lowers[i] in frame_words for i in range(s.first, s.last)):
            f.append("frame")
        flags.append("+".join(f) or "none")

    commas = [0]  # commas[i] = number of `,`/`:` among tokens [0, i)
    for w in lowers:
        commas.append(commas[-1] + (w in (",", ":")))
    features: list[list[str]] = []
    for s_index, s in enumerate(document.sentences):
        prev_flags = flags[s_index - 1] if s_index else "BOS"
        next_flags = flags[s_index + 1] if s_index + 1 < len(flags) else "EOS"
        cue_positions = [i for i in range(s.first, s.last) if is_cue[i] and not tokens[i].in_quote]
        sentence_cues = ["scue=" + lemmas[c] for c in cue_positions[:3]]
        sentence_first = "sfirst=" + lowers[s.first]
        comma_before = 0
        clause_flags = _clause_flags(s.first, s.last, lowers, is_cue, is_kon, tokens)
        after_dass = False
        for i in range(s.first, s.last):
            tok = tokens[i]
            w = lowers[i]
            f = [
                "b",
                "w=" + w,
                "l=" + lemmas[i],
                "sh=" + shape(tok.norm),
                "s3=" + w[-3:],
                "s2=" + w[-2:],
                "p3=" + w[:3],
                "sf=" + flags[s_index],
                "psf=" + prev_flags,
                "nsf=" + next_flags,
                "q=" + marks.get(tok.norm, "in" if tok.in_quote else "out"),
            ]
            f.extend(sentence_cues)
            f.append(sentence_first)
            f.append(f"clause={min(comma_before, 3)}")
            f.append(clause_flags[i - s.first])
            if after_dass:
                f.append("after_dass")
            if w in ("dass", "ob"):
                after_dass = True
            if w in (",", ":") and not tok.in_quote:
                comma_before += 1
            if is_cue[i]:
                f.append("cue")
            if is_kon[i]:
                f.append("kon")
            if i == s.first:
                f.append("first")
            if i == s.last - 1:
                f.append("last")
            if tok.glued:
                f.append("glued")
            if cue_positions:
                nearest = min(cue_positions, key=lambda c: abs(c - i))
                d = nearest - i
                direction = "self" if d == 0 else ("cueR" if d > 0 else "cueL")
                f.append(f"cd={direction}{_bucket(abs(d))}")
                lo, hi = sorted((i, nearest))
                if commas[hi] - commas[lo + 1] > 0:
                    f.append(f"cc={direction}")
            else:
                f.append("cd=none")
            features.append(f)

    # context features from neighbours
    for i in range(n):
        f = features[i]
        for k in (-3, -2, -1, 1, 2, 3):
            j = i + k
            if 0 <= j < n:
                f.append(f"w[{k}]={lowers[j]}")
                if abs(k) <= 2:
                    f.append(f"sh[{k}]={shape(tokens[j].norm)}")
                    if is_cue[j]:
                        f.append(f"cue[{k}]")
                    if is_kon[j]:
                        f.append(f"kon[{k}]")
            else:
                f.append(f"w[{k}]=<pad>")
        if i > 0:
            f.append(f"bi-={lowers[i-1]}|{lowers[i]}")
        if i + 1 < n:
            f.append(f"bi+={lowers[i]}|{lowers[i+1]}")
    return features


def quote_context_features(document: Document, quote_labels: list[str]) -> list[list[str]]:
    """Features from the quote tagger's output, for the role taggers that run after it:
    whether a token is in a predicted quote, and where the nearest one lies in its sentence."""
    out: list[list[str]] = []
    for s in document.sentences:
        in_quote = [i for i in range(s.first, s.last) if quote_labels[i] != "O"]
        types = sorted({quote_labels[i][2:] for i in in_quote})
        sentence_type = "pqs=" + ("+".join(types) if types else "none")
        for i in range(s.first, s.last):
            label = quote_labels[i]
            f = [sentence_type, "pq=" + (label[:1] + label[2:] if label != "O" else "O")]
            if label == "O" and in_quote:
                nearest = min(in_quote, key=lambda q: abs(q - i))
                d = nearest - i
                f.append(f"pqd={'R' if d > 0 else 'L'}{_bucket(abs(d))}")
            out.append(f)
    return out
