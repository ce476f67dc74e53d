"""`saidwhat predict` / `saidwhat evaluate` on tests/data/evaluate (2 hand-made documents).

A fake pipeline stands in for the model so that the figures are known: it finds the direct
quote „Wir bleiben“ with its cue in 1.json and nothing in 2.json."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import evaluate as cli_evaluate
from saidwhat.errors import InputError
from saidwhat.types import Article, Quotation, TextSpan

DATA = Path(__file__).parent / "data" / "evaluate"


def fake_pipeline(text: str, *, id: str | None = None) -> Article:
    quotations = []
    for m in re.finditer(r"„([^“]*)“, (sagte)", text):
        quotations.append(Quotation("Direct", "Speech", quote=TextSpan(m.group(1), [m.span(1)]),
                                    cue=TextSpan("sagte", [m.span(2)])))
    return Article(text, quotations, id=id)


@pytest.fixture(autouse=True)
def fake_model(monkeypatch):
    monkeypatch.setattr(cli_evaluate, "_pipeline", lambda model: fake_pipeline)


def run(*args: str):
    command = {"predict": cli_evaluate.predict, "evaluate": cli_evaluate.evaluate}[args[0]]
    return CliRunner().invoke(command, list(args[1:]))


def test_predict_writes_dataset_schema(tmp_path):
    result = run("predict", str(DATA), "--out", str(tmp_path / "pred"))
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "pred").iterdir())
    assert files == ["1.json", "2.json"]
    gold = json.loads((DATA / "1.json").read_text(encoding="utf-8"))
    pred = json.loads((tmp_path / "pred" / "1.json").read_text(encoding="utf-8"))
    assert pred["documentName"] == gold["documentName"] and pred["tokens"] == gold["tokens"]
    (a,) = pred["annotations"]
    assert a["quote"] == {"text": "Wir bleiben", "tokenIds": [1, 2],
                          "spans": [{"begin": 1, "end": 3, "charBegin": 1, "charEnd": 12}]}
    assert a["cue"]["tokenIds"] == [5] and a["speaker"] == {"text": "", "tokenIds": [], "spans": []}


def test_evaluate_predicted_files_and_in_memory(tmp_path):
    run("predict", str(DATA), "--out", str(tmp_path))
    # 1.json: quote and cue exact (P = R = 1); gold speaker/frame get R 0; 2.json: gold unpaired.
    # Messages P 1 (one system item), R (1 + 0)/2 = .5 -> F1 66.7
    files = run("evaluate", "--gold", str(DATA), "--pred", str(tmp_path))
    memory = run("evaluate", str(DATA), "--model", "fake")
    assert files.exit_code == memory.exit_code == 0, files.output + memory.output
    assert files.output == memory.output
    for label in ("Messages", "Roles", "Joint"):
        assert label in files.output
    assert "100.0  50.0  66.7" in files.output.splitlines()[3]
    report = json.loads(run("evaluate", "--gold", str(DATA), "--pred", str(tmp_path), "--json").output)
    assert report["reference"]["messages"]["recall"] == 0.5


def test_errors(tmp_path):
    result = run("evaluate", "--gold", str(DATA), "--pred", str(tmp_path / "missing"))
    assert isinstance(result.exception, InputError)
    (tmp_path / "1.json").write_text("not json", encoding="utf-8")
    result = run("evaluate", "--gold", str(DATA), "--pred", str(tmp_path))
    assert isinstance(result.exception, InputError) and "1.json" in str(result.exception)
    run("predict", str(DATA), "--out", str(tmp_path))
    (tmp_path / "2.json").unlink()
    result = run("evaluate", "--gold", str(DATA), "--pred", str(tmp_path))
    assert isinstance(result.exception, InputError) and "2.json" in str(result.exception)
    assert run("evaluate", str(DATA), "--gold", str(DATA)).exit_code == 2
