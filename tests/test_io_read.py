import io
import json
import sys

import pytest

from saidwhat.errors import MAX_INPUT_BYTES, InputError
from saidwhat.io import InputArticle, decode, read_inputs, read_jsonl

HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Ministerin bleibt | Beispiel-Zeitung</title>
<meta property="og:site_name" content="Beispiel-Zeitung"><meta name="date" content="2024-03-05">
</head><body><nav>Start | Politik</nav><article><h1>Ministerin bleibt</h1>
<p>„Wir bleiben“, sagte die Ministerin am Montag in Berlin vor Journalisten.</p>
<p>Die Opposition kritisierte das scharf und forderte einen Rücktritt der Regierung.</p>
</article><footer>Impressum</footer></body></html>"""


def read_all(*paths, **kwargs) -> list[InputArticle]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize("data, expected", [
    ("„Wir bleiben“, sagte sie.".encode(), "„Wir bleiben“, sagte sie."),
    (b"\xef\xbb\xbfGr\xc3\xbc\xc3\x9fe", "Grüße"),  # UTF-8 with BOM
    (b"Gr\xfc\xdfe", "Grüße"),  # Latin-1
    (b"\x84Wir\x93", "„Wir“"),  # cp1252 quote marks
    ("„Wir“, sagte die Ministerin in Köln.".encode("utf-16"), "„Wir“, sagte die Ministerin in Köln."),
    ("Министр сказал, что мы останемся дома и будем работать.".encode("cp1251"),
     "Министр сказал, что мы останемся дома и будем работать."),
])
def test_decode(data, expected):
    assert decode(data) == expected


def test_encoding_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Grüße".encode("cp850"))
    assert read_all(path, encoding="cp850")[0].text == "Grüße"
    with pytest.raises(InputError, match="unknown encoding"):
        read_all(path, encoding="no-such-codec")
    path.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(InputError, match="not valid utf-8"):
        read_all(path, encoding="utf-8")


def test_txt(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("„Wir bleiben“, sagte sie.", encoding="utf-8")
    [article] = read_all(path)
    assert article == InputArticle(str(path), "„Wir bleiben“, sagte sie.", False, {})


def test_only_quote_marks_is_valid(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("„“”\"»«‹›‚‘'", encoding="utf-8")
    assert read_all(path)[0].text == "„“”\"»«‹›‚‘'"


def test_html_extracts_text_and_metadata(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = read_all(path)
    assert article.is_html_extracted
    assert "„Wir bleiben“, sagte die Ministerin" in article.text
    assert "Impressum" not in article.text
    assert article.meta["date"] == "2024-03-05"
    assert article.meta["outlet"] == "Beispiel-Zeitung"
    assert "Ministerin bleibt" in article.meta["title"]


def test_html_without_text(tmp_path):
    path = tmp_path / "a.htm"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_all(path)


def test_jsonl(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "a", "text": "Er sagte, es sei gut.", "url": "https://x.de/a", "outlet": "X"}\n'
        "\n"
        + json.dumps({"id": 7, "html": HTML}) + "\n",
        encoding="utf-8",
    )
    first, second = read_all(path)
    assert (first.id, first.text, first.meta) == ("a", "Er sagte, es sei gut.", {"url": "https://x.de/a", "outlet": "X"})
    assert second.id == "7" and second.is_html_extracted and "Wir bleiben" in second.text


def test_jsonl_line_separator_inside_string(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Eins\u2028Zwei\x85Drei"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    assert [a.text for a in read_all(path)] == ["Eins\u2028Zwei\x85Drei"]


@pytest.mark.parametrize("line, message", [
    ("{bad", "x:2: not valid JSON"),
    ("[1, 2]", "x:2: expected a JSON object"),
    ('{"id": "b"}', 'x:2: needs a string field "text" or "html"'),
    ('{"id": "b", "text": "  "}', 'x:2: "text" is empty'),
    ('{"id": true, "text": "a"}', 'x:2: "id" must be'),
])
def test_jsonl_bad_line_names_line_number(line, message):
    lines = ['{"id": "a", "text": "Gut."}', line, '{"text": "Auch gut."}']
    with pytest.raises(InputError, match=message):
        list(read_jsonl(lines, source="x"))
    errors: list[InputError] = []
    articles = list(read_jsonl(lines, source="x", on_error=errors.append))
    assert [a.id for a in articles] == ["a", "x:3"]  # a missing id becomes source:line
    assert len(errors) == 1 and str(errors[0]).startswith(message)


def test_directory_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "sub" / "b.jsonl").write_text('{"id": "b", "text": "Zwei."}\n', encoding="utf-8")
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF")
    assert [a.text for a in read_all(tmp_path)] == ["Eins.", "Zwei."]
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="contains no .txt"):
        read_all(tmp_path / "empty")


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Gr\xfc\xdfe, sagte er.")))
    [article] = read_all("-")
    assert (article.id, article.text) == ("standard input", "Grüße, sagte er.")


def test_stdin_jsonl_is_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\n')))
    assert [a.id for a in read_all("-")] == ["a", "b"]


@pytest.mark.parametrize("name, data, message", [
    ("e.txt", b"", "is empty"),
    ("w.txt", b" \n\t\n", "is empty"),
    ("bom.txt", b"\xef\xbb\xbf", "is empty"),
    ("nul.txt", b"Hallo\x00Welt", "binary"),
    ("ctl.txt", bytes(range(1, 9)) * 50, "binary"),
    ("nul.html", b"<html>\x00\x01</html>", "binary"),
    ("e.jsonl", b"", "is empty"),
])
def test_bad_input(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        read_all(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_all(tmp_path / "nope.txt")


def test_too_large_is_rejected_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: cheap to create
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(InputError, match="larger than 20 MB"):
        read_all(path)


def test_on_error_continues_past_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    errors: list[InputError] = []
    articles = read_all(tmp_path / "b.txt", tmp_path / "nope.txt", tmp_path / "a.txt", on_error=errors.append)
    assert [a.text for a in articles] == ["Eins."]
    assert len(errors) == 2


def test_jsonl_larger_than_the_article_limit_is_streamed(tmp_path):
    line = json.dumps({"id": "x", "text": "Er sagte, es sei gut. " * 2000}) + "\n"
    path = tmp_path / "big.jsonl"
    copies = MAX_INPUT_BYTES // len(line) + 2
    path.write_text(line * copies + "{broken\n", encoding="utf-8")
    errors = []
    articles = list(read_inputs([path], on_error=errors.append))
    assert len(articles) == copies
    assert len(errors) == 1 and f"big.jsonl:{copies + 1}" in str(errors[0])
