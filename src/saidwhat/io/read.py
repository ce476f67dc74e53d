"""Read articles: plain text in any common encoding, HTML (main text via trafilatura), JSON
lines, standard input and directories.

Every problem with the input raises `InputError` with a one-line message. A caller that wants
to go on past a bad file or a bad JSON line passes `on_error`, which receives each error."""
from __future__ import annotations

import codecs
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from saidwhat.errors import MAX_INPUT_BYTES, InputError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
STDIN = "-"
META_FIELDS = ("url", "date", "outlet", "title")
# Characters a cp1252 decoding of Western European (above all German) text is made of.
_WESTERN = set("ÄÖÜäöüßÀÁÂÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕØÙÚÛÝàáâãåæçèéêëìíîïñòóôõøùúûýÿŒœŠšŽžŸ"
               "„“”‚‘’‹›«»–—…•€§°²³±×÷·¨´¸¹ºª¼½¾©®™¢£¥¦¬¯µ¶¿¡\xa0\xad")

OnError = Callable[[InputError], None]


@dataclass
class InputArticle:
    id: str
    text: str  # the text offsets refer to: for HTML input, the extracted main text
    is_html_extracted: bool = False
    meta: dict[str, str] = field(default_factory=dict)  # url, date, outlet, title where known


def read_inputs(paths: Iterable[str | Path], *, encoding: str | None = None,
                on_error: OnError | None = None) -> Iterator[InputArticle]:
    """Yield the articles in files, directories (recursively) or standard input (`-`).

    Without `on_error` the first problem raises `InputError`; with it, each problem (a bad
    file, a malformed JSON line) is passed to `on_error` and reading goes on."""
    for path in paths:
        files = [str(path)] if str(path) == STDIN else _expand(Path(path))
        for name in files:
            try:
                yield from _read_one(name, encoding, on_error)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)


def is_batch(paths: Iterable[str | Path]) -> bool:
    """Whether the input is meant as many articles: several paths, a directory or JSON lines."""
    paths = [str(p) for p in paths]
    return len(paths) != 1 or Path(paths[0]).is_dir() or paths[0].endswith(JSONL_SUFFIXES)


def _expand(path: Path) -> list[str]:
    if path.is_dir():
        found = sorted(str(p) for p in path.rglob("*")
                       if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES)
        if not found:
            raise InputError(f"{path} contains no .txt, .html or .jsonl files")
        return found
    return [str(path)]


def _read_one(name: str, encoding: str | None, on_error: OnError | None) -> Iterator[InputArticle]:
    if name == STDIN:
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        _check_size(len(data), "standard input")
        kind = _sniff(data)
        label = "standard input"
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        if not path.is_file():
            raise InputError(f"{name} is not a regular file")
        if path.suffix.lower() in JSONL_SUFFIXES:  # streamed: the size limit holds per article
            yield from _stream_jsonl(path, encoding, on_error)
            return
        _check_size(path.stat().st_size, name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc.strerror}")
        suffix = path.suffix.lower()
        kind = "html" if suffix in HTML_SUFFIXES else "jsonl" if suffix in JSONL_SUFFIXES else "text"
        label = name
    if not data.strip():
        raise InputError(f"{label} is empty")
    if kind == "html":  # trafilatura honours the page's declared charset
        yield from_html(decode(data, label, encoding) if encoding else _not_binary(data, label), id=label)
    elif kind == "jsonl":
        # split on "\n" only: str.splitlines() would also split at U+2028 inside JSON strings
        yield from read_jsonl(decode(data, label, encoding).split("\n"), source=label, on_error=on_error)
    else:
        text = decode(data, label, encoding)
        if not text.strip():
            raise InputError(f"{label} is empty")
        yield InputArticle(label, text)


def _stream_jsonl(path: Path, encoding: str | None, on_error: OnError | None) -> Iterator[InputArticle]:
    """A JSONL file of any size, one line at a time (split on b"\\n" only); the size limit
    holds per article."""
    if path.stat().st_size == 0:
        raise InputError(f"{path} is empty")
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    yield jsonl_line(raw, f"{path}:{number}", encoding)
                except InputError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}")


def jsonl_line(raw: bytes, where: str, encoding: str | None = None) -> InputArticle:
    """One raw JSONL line (bytes) as an article: size limit, decoding, parsing."""
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"{where}: article larger than {MAX_INPUT_BYTES // 2**20} MB")
    return jsonl_article(decode(raw, where, encoding), where)


def _check_size(size: int, label: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{label} is larger than {MAX_INPUT_BYTES // 2**20} MB; split it into articles "
                         f"(one per file or one per JSON line)")


def _sniff(data: bytes) -> str:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "html" if head == b"<" else "jsonl" if head == b"{" else "text"


def decode(data: bytes, label: str = "input", encoding: str | None = None) -> str:
    """Bytes to text: `encoding` if given, else UTF-8 (with or without BOM), else cp1252 for
    text that looks Western European, else charset-normalizer's guess. Binary data raises."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}")
        except UnicodeDecodeError as exc:
            raise InputError(f"{label} is not valid {encoding} (byte {exc.start}); try another --encoding")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _text_or_raise(data.decode(codec, errors="replace"), label)
    try:
        return _text_or_raise(_not_binary(data, label).decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if _looks_western(text):
            return _text_or_raise(text, label)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{label} is a binary file or in an unknown encoding; pass --encoding")
    return _text_or_raise(str(best), label)


def _not_binary(data: bytes, label: str) -> bytes:
    if b"\x00" in data:
        raise InputError(f"{label} is a binary file, not text")
    return data


def _looks_western(text: str) -> bool:
    """Non-ASCII characters are few and all common in Western European text."""
    high = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    return all(c in _WESTERN for c in high) and len(high) <= max(4, letters // 4)


def _text_or_raise(text: str, label: str) -> str:
    junk = sum(unicodedata.category(c)[0] == "C" and c not in "\t\n\r\f\v" for c in text)
    if junk > max(2, len(text) // 10):
        raise InputError(f"{label} is a binary file, not text")
    return text


def from_html(html: str | bytes, *, id: str) -> InputArticle:
    """The main text of a web page (trafilatura) with its title, date, outlet and URL."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{id}: no article text found in the HTML")
    found = {"url": doc.url, "date": doc.date, "outlet": doc.sitename, "title": doc.title}
    return InputArticle(id, doc.text, True, {k: v for k, v in found.items() if v})


def read_jsonl(lines: Iterable[str], *, source: str = "input",
               on_error: OnError | None = None) -> Iterator[InputArticle]:
    """One article per line: `{"id", "text"}` or `{"id", "html"}`, optionally with url, date,
    outlet and title. Blank lines are skipped; a missing id becomes `source:line`."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield jsonl_article(line, f"{source}:{number}")
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def jsonl_article(line: str, where: str) -> InputArticle:
    """One JSONL line as an article; `where` (`file:line`) labels its errors."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with \"id\" and \"text\" or \"html\"")
    id_ = record.get("id", where)
    if not isinstance(id_, (str, int)) or isinstance(id_, bool):
        raise InputError(f"{where}: \"id\" must be a string or an integer")
    meta = {k: str(record[k]) for k in META_FIELDS if record.get(k) is not None}
    if isinstance(record.get("text"), str):
        if not record["text"].strip():
            raise InputError(f"{where}: \"text\" is empty")
        return InputArticle(str(id_), record["text"], False, meta)
    if isinstance(record.get("html"), str):
        try:
            article = from_html(record["html"], id=str(id_))
        except InputError as exc:
            raise InputError(f"{where}: {exc}")
        article.meta = {**article.meta, **meta}
        return article
    raise InputError(f"{where}: needs a string field \"text\" or \"html\"")
