"""The sources gold set (tests/gold/sources.jsonl) stays above the targets of issue 4.

Direct mode (the resolver on the gold quotation spans) must meet every target on the whole set
and on the held-out half. The pipeline mode depends on the quotation detector, which is not this
resolver's job: only its unattributed-claim F1 (which the detector barely touches) is held to the
target; its other figures are printed by `saidwhat check-sources tests/gold/sources.jsonl`."""
from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.resolve.source_check import TARGETS, evaluate, load_gold

GOLD = Path(__file__).parent / "gold" / "sources.jsonl"


@pytest.fixture(scope="module")
def items():
    return load_gold(GOLD)


def test_gold_set_size(items):
    quotations = [q for item in items for q in item.get("quotations", [])]
    kinds = [q["kind"] for q in quotations if "kind" in q] + [v["kind"] for q in quotations for v in q.get("via", []) if "kind" in v]
    assert len(kinds) >= 40 and set(kinds) >= {"person", "organization", "media", "anonymous", "document", "unknown"}
    assert sum(1 for q in quotations if q.get("via")) >= 20
    assert sum(1 for q in quotations if "speech_act" in q) >= 30
    assert sum(1 for q in quotations if "commitment" in q) >= 30
    labels = [s["label"] for item in items for s in item.get("sentences", [])]
    assert len(labels) >= 20 and set(labels) == {"attributed", "hedged", "fact"}


@pytest.mark.parametrize("half", [None, "heldout"])
def test_direct_mode_meets_targets(items, half):
    scores = evaluate(items, "direct", half).headline()
    for name, target in TARGETS.items():
        assert scores[name] is not None and scores[name] >= target, f"{name} {scores[name]:.3f} < {target} ({half or 'all'})"


def test_pipeline_unattributed_f1(items):
    scores = evaluate(items, "pipeline")
    assert scores.unattributed.f1 >= TARGETS["unattributed_f1"]
    assert scores.credit.accuracy == 1.0
