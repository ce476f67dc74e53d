"""Detect stage: the rule engine and the model interface."""
import json

import pytest

from saidwhat import Pipeline
from saidwhat.errors import ModelError


def quotes(text):
    return [(q.type, q.quote.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in Pipeline.load("rules")(text).quotations]


def test_rules_direct_quote_with_speaker_after_the_cue():
    assert quotes("„Wir bleiben“, sagte die Ministerin.") == [("Direct", "„Wir bleiben“", "die Ministerin", "sagte")]


def test_rules_indirect_speech_with_konjunktiv_and_addressee():
    article = Pipeline.load("rules")("Der Sprecher sagte gegenüber Reportern, die Gespräche seien gescheitert.")
    [q] = article.quotations
    assert (q.type, q.quote.text, q.speaker.text) == ("Indirect", "die Gespräche seien gescheitert", "Der Sprecher")
    assert q.addressee.text == "gegenüber Reportern"


def test_rules_verbless_frames():
    assert quotes("Laut Polizei wurden drei Menschen verletzt.")[0][1:] == ("wurden drei Menschen verletzt", "Polizei", "Laut")
    assert quotes("Dem Bericht zufolge sei der Vertrag unterschrieben.")[0][1:] == (
        "sei der Vertrag unterschrieben", "Dem Bericht", "zufolge")


def test_rules_plain_fact_is_not_a_quotation():
    assert quotes("Der Zug fuhr um acht Uhr ab. Es regnete.") == []


def test_model_interface_errors_are_clear(tmp_path):
    with pytest.raises(ModelError, match="no model.json"):
        Pipeline.load(tmp_path)
    (tmp_path / "model.json").write_text(json.dumps({"engine": "bert"}))
    with pytest.raises(ModelError, match="unknown engine"):
        Pipeline.load(tmp_path)
    with pytest.raises(ModelError, match="neither a directory nor an installed model"):
        Pipeline.load(tmp_path / "missing")


def test_rule_engine_names_itself():
    assert Pipeline.load("rules").engine == "rules"


def test_crf_gaps_in_framed_sentences_are_filled_by_the_rules():
    from saidwhat.detect.crf import fill_framed_clauses
    from saidwhat.text import segment

    doc = segment("Der Zug fuhr um acht Uhr ab. Nach Angaben der Bahn belaufen sich die Schäden auf zwei Millionen Euro.")
    labels = ["O"] * len(doc.tokens)
    fill_framed_clauses(doc, labels)
    quoted = " ".join(t.text for t, label in zip(doc.tokens, labels) if label != "O")
    assert quoted == "belaufen sich die Schäden auf zwei Millionen Euro"
    assert labels[[t.text for t in doc.tokens].index("belaufen")] == "B-Indirect"
