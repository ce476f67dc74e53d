import json
import subprocess
import sys
from pathlib import Path

import pytest

from saidwhat.errors import MAX_INPUT_BYTES

SAIDWHAT = [str(Path(sys.executable).parent / "saidwhat")]  # the installed console script
ARTICLE = "„Wir bleiben hier“, sagte die Ministerin. Die Opposition sei empört, erklärte ein Sprecher.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*SAIDWHAT, "analyze", *args], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def assert_spans_valid(record: dict, text: str) -> None:
    for q in record["quotations"]:
        for role in ("quote", "speaker", "cue", "frame", "addressee"):
            if q[role] is not None:
                assert all(0 <= s < e <= len(text) for s, e in q[role]["spans"])


def test_table(article):
    result = run(str(article))
    assert result.returncode == 0, result.stderr
    header = result.stdout.decode().splitlines()[0]
    assert str(article) in header and "engine:" in header


def test_json(article):
    result = run(str(article), "--format", "json", "--model", "rules")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert {"credit", "quotations", "unattributed"} <= set(record) and "text" not in record
    assert record["engine"] == "rules"
    assert_spans_valid(record, ARTICLE)


def test_several_files_give_jsonl(article, tmp_path):
    other = tmp_path / "b.html"
    other.write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    result = run(str(article), str(other))
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert first["id"] == str(article) and "text" not in first
    assert second["id"] == str(other) and second["text"].strip() == ARTICLE.strip()
    assert_spans_valid(second, second["text"])


def test_jsonl_input_bad_line_reported_and_skipped(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n{oops\n", encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 2
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == ["a"]
    assert result.stderr.decode().splitlines() == [result.stderr.decode().strip()]
    assert f"{path}:2" in result.stderr.decode()


def test_stdin():
    result = run("-", "--format", "json", stdin=ARTICLE.encode("cp1252"))
    assert result.returncode == 0, result.stderr
    assert_spans_valid(json.loads(result.stdout), ARTICLE)


def one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and fragment in lines[0], lines
    assert result.stdout == b""


def test_empty_file(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    one_line_error(run(str(tmp_path / "e.txt")), "is empty")


def test_binary_file(tmp_path):
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    one_line_error(run(str(tmp_path / "b.txt")), "binary")


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    one_line_error(run(str(path)), "larger than 20 MB")


def test_missing_file(tmp_path):
    one_line_error(run(str(tmp_path / "nope.txt")), "no such file")


def test_bad_model(article, tmp_path):
    one_line_error(run(str(article), "--model", str(tmp_path)), "no model.json")


def test_only_quote_marks(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("„“”\"»«‹›‚‘'\n„„““", encoding="utf-8")
    result = run(str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout)["quotations"], list)


def test_help_has_example():
    result = subprocess.run([*SAIDWHAT, "analyze", "--help"], capture_output=True, timeout=60)
    assert result.returncode == 0 and "saidwhat analyze - --format json" in result.stdout.decode()
