"""Hand-written German word lists (Apache-2.0, not derived from the annotated data).

Loaded once per process from the `.txt` files beside this module: one entry per line,
whitespace-separated entries, `#` starts a comment."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(word.lower() for line in text.splitlines() for word in line.split("#", 1)[0].split())
