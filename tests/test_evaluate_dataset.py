from __future__ import annotations

import json
from pathlib import Path

import pytest

from saidwhat.errors import InputError
from saidwhat.evaluate.dataset import Token, annotations_from_article, load_directory, load_document
from saidwhat.types import Article, Mention, Quotation, TextSpan

DATA = Path(__file__).parent / "data" / "evaluate"

TEXT = "Die Ministerin sagte, sie bleibe im Amt."
# Die 0-3 | Ministerin 4-14 | sagte 15-20 | , 20-21 | sie 22-25 | bleibe 26-32 | im 33-35 | Amt 36-39 | . 39-40
OFFSETS = [(0, 3), (4, 14), (15, 20), (20, 21), (22, 25), (26, 32), (33, 35), (36, 39), (39, 40)]
TOKENS = [Token(i, TEXT[b:e], b, e, 1, i + 1) for i, (b, e) in enumerate(OFFSETS)]
EMPTY = {"text": "", "tokenIds": [], "spans": []}


def test_annotations_from_article():
    article = Article(TEXT, quotations=[
        Quotation(
            "Indirect", "Speech",
            quote=TextSpan("sie bleibe Amt", [(22, 32), (36, 39)]),  # discontinuous: tokens 4 5 | 7
            speaker=Mention("nister", [(7, 13)]),  # cuts "Ministerin": the whole token 1 counts
            cue=TextSpan("sagte", [(15, 20)]),
        ),
        Quotation("Direct", "Speech", quote=TextSpan("bleibe", [(26, 32)]), nested_in=0),
    ])
    first, second = annotations_from_article(article, TOKENS)
    assert first == {
        "id": 0, "type": "Indirect", "medium": "Speech", "isNested": False, "hasNested": True,
        "quote": {"text": "sie bleibe Amt", "tokenIds": [4, 5, 7],
                  "spans": [{"begin": 4, "end": 6, "charBegin": 22, "charEnd": 32},
                            {"begin": 7, "end": 8, "charBegin": 36, "charEnd": 39}]},
        "speaker": {"text": "Ministerin", "tokenIds": [1],
                    "spans": [{"begin": 1, "end": 2, "charBegin": 4, "charEnd": 14}]},
        "cue": {"text": "sagte", "tokenIds": [2], "spans": [{"begin": 2, "end": 3, "charBegin": 15, "charEnd": 20}]},
        "frame": EMPTY, "addressee": EMPTY,
    }
    assert second["id"] == 1 and second["isNested"] and not second["hasNested"]
    assert second["quote"]["tokenIds"] == [5] and second["speaker"] == EMPTY


def test_load_document():
    doc = load_document(DATA / "1.json")
    assert doc.name.startswith("1 - ") and doc.text.startswith("„Wir")
    assert doc.tokens[1] == Token(1, "Wir", 1, 4, 1, 2) and len(doc.sentences) == 1
    (a,) = doc.annotations
    assert a.type == "Direct" and a.quote.token_ids == {1, 2} and a.addressee.token_ids == frozenset()


def test_load_errors(tmp_path):
    with pytest.raises(InputError, match="not a directory"):
        load_directory(tmp_path / "missing")
    with pytest.raises(InputError, match="no .json"):
        load_directory(tmp_path)
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_directory(tmp_path)
    (tmp_path / "bad.json").write_text(json.dumps({"documentName": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match="dataset schema"):
        load_directory(tmp_path)
