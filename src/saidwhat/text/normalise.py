"""Normalise quote marks and machine-translation glitches while keeping an offset map.

Every quote mark becomes a directed canonical mark (`«` opens, `»` closes a double quote;
`‹`/`›` for single quotes), decided from its context, so later stages need not know the
dozen styles found in real German text. Glued text is pulled apart (`sagte:"Das`,
`geplantErklärte`), stray spaces are removed (`„ Wir`, `L 'Agentur`). Each character of the
normalised text remembers its index in the original, so offsets can always be mapped back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN, CLOSE = "«", "»"
OPEN_SINGLE, CLOSE_SINGLE = "‹", "›"
DOUBLE_MARKS = set('"„“”«»‟〝〞＂')
ALWAYS_OPEN = set("„‟〝")
SINGLE_MARKS = set("‚‘’‹›'")

# Words that, glued to the previous word (`geplantErklärte`), signal a lost closing quote.
GLUED_CUES = {
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
    "teilte", "fügte", "hieß", "heißt", "schrieb", "schreibt", "berichtete", "warnte",
    "kündigte", "forderte", "räumte", "bestätigte", "stellte", "so", "versicherte",
    "ergänzte", "sagten", "erklärten", "betonten", "hieß", "lautete",
}
_GLUE = re.compile(r"(?<=[a-zäöüß])(?=([A-ZÄÖÜ][a-zäöüß]+))")
_ELISION = re.compile(r"\b([LlDdSsJjMmNn]) '(?=\w)")


@dataclass
class NormalisedText:
    original: str
    text: str
    origin: list[int]  # origin[i] = index in `original` of text[i]; len(text) + 1 entries
    glue_breaks: set[int] = field(default_factory=set)  # positions in `text` split by glue repair

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty normalised span to the original text."""
        return self.origin[start], self.origin[end - 1] + 1


class _Builder:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.origin: list[int] = []

    def add(self, char: str, at: int) -> None:
        self.pieces.append(char)
        self.origin.append(at)

    def copy(self, original: str, start: int, end: int) -> None:
        self.pieces.append(original[start:end])
        self.origin.extend(range(start, end))

    def __len__(self) -> int:
        return len(self.origin)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _opens(prev: str, nxt: str, is_open: bool) -> bool:
    """Decide from the neighbours whether an ambiguous double quote mark opens a quote."""
    before_word = not _is_space(nxt) and nxt not in ".,;:!?)]"
    after_word = not _is_space(prev) and prev not in "([{–—-/"
    if before_word != after_word:
        return before_word
    return not is_open  # glued on both sides (`sagte:"Das`) or free-standing: alternate


_SPECIAL = re.compile("[\n\x00" + "".join(DOUBLE_MARKS | SINGLE_MARKS) + "]|(?<=[a-zäöüß])[A-ZÄÖÜ]")


def normalise(original: str) -> NormalisedText:
    text = _ELISION.sub(lambda m: m.group(1) + "\x00'", original)  # mark the stray space
    out = _Builder()
    is_open = False
    n = len(original)
    i = 0  # next original index not yet copied
    glue_breaks: set[int] = set()
    for match in _SPECIAL.finditer(text):
        j = match.start()
        if j < i:  # consumed by the previous special character
            continue
        out.copy(original, i, j)
        i = j + 1
        c = original[j]
        prev = original[j - 1] if j else ""
        nxt = original[j + 1] if j + 1 < n else ""
        if text[j] == "\x00" and c != "\x00":  # `L 'Agentur`: drop the stray space, keep the apostrophe (a NUL in the input is no marker)
            out.add("'", j + 1)
            i = j + 2
        elif c == "\n":
            is_open = False
            out.add(c, j)
        elif c in DOUBLE_MARKS:
            opening = c in ALWAYS_OPEN or _opens(prev, nxt, is_open)
            if opening:
                if not _is_space(prev):
                    out.add(" ", j)
                out.add(OPEN, j)
                out.add(" ", j)
                while i < n and original[i] in " \t":  # `„ Wir`: drop stray spaces after an opening mark
                    i += 1
            else:
                out.add(" ", j)
                out.add(CLOSE, j)
                out.add(" ", j + 1)
            is_open = opening
        elif c in SINGLE_MARKS:
            if _single_is_quote(original, j):
                opening = c in "‚‹" or (c in "‘'" and _is_space(prev))
                out.add(" ", j)
                out.add(OPEN_SINGLE if opening else CLOSE_SINGLE, j)
                out.add(" ", j + 1)
            else:
                out.add(c, j)
        else:  # an upper-case letter glued to a lower-case one: `geplantErklärte`
            m = _GLUE.match(original, j)
            if m and m.group(1).lower() in GLUED_CUES and j >= 3:
                out.add(" ", j)
                glue_breaks.add(len(out))
            out.add(c, j)
    out.copy(original, i, n)
    out.origin.append(n)
    return NormalisedText(original, "".join(out.pieces), out.origin, glue_breaks)


def _single_is_quote(text: str, i: int) -> bool:
    """A single mark is a quote mark only at a word boundary, never an apostrophe (`geht's`)."""
    c = text[i]
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if c in "‚‹›":
        return True
    if prev.isalnum() and nxt.isalnum():
        return False  # apostrophe inside a word
    if _is_space(prev) and nxt.isalnum():
        return True  # opening
    if prev.isalnum() and (_is_space(nxt) or nxt in ".,;:!?"):
        # closing only if an opening single mark precedes it on the same line
        line_start = text.rfind("\n", 0, i) + 1
        return any(
            text[j] in "‚‹‘'" and (j == 0 or _is_space(text[j - 1])) and text[j + 1 : j + 2].isalnum()
            for j in range(max(line_start, i - 400), i)
        )
    return False
