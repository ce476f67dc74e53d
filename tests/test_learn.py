"""Learn: gold spans map onto our tokens, and `saidwhat train` writes a loadable model."""
from pathlib import Path

from saidwhat import Pipeline
from saidwhat.evaluate.dataset import annotation_from_dict
from saidwhat.learn.corpus import label_document
from saidwhat.learn.features import token_features
from saidwhat.learn.train import train
from saidwhat.text import segment

DATA = Path(__file__).parent / "data" / "evaluate"


def test_gold_character_spans_become_bio_labels():
    text = "„Wir bleiben“, sagte die Ministerin."
    ann = {"id": 0, "type": "Direct", "medium": "Speech", "quote": {"spans": [{"charBegin": 0, "charEnd": 13}]},
           "speaker": {"spans": [{"charBegin": 21, "charEnd": 35}]}, "cue": {"spans": [{"charBegin": 15, "charEnd": 20}]},
           "addressee": {"spans": []}, "frame": {"spans": [{"charBegin": 15, "charEnd": 35}]}}
    labelled = label_document("x", text, [annotation_from_dict(ann)])
    words = [t.text for t in labelled.document.tokens]
    assert labelled.labels["quote"][:4] == ["B-Direct", "I-Direct", "I-Direct", "I-Direct"]
    assert labelled.labels["roles"][words.index("sagte")] == "B-cue"
    assert labelled.labels["roles"][words.index("Ministerin")] == "I-speaker"


def test_features_mark_cue_konjunktiv_and_quote_state():
    doc = segment("Er sagte, es sei „gut“.")
    features = token_features(doc)
    words = [t.text for t in doc.tokens]
    assert "cue" in features[words.index("sagte")]
    assert "kon" in features[words.index("sei")]
    assert "q=in" in features[words.index("gut")]


def test_train_writes_a_model_that_loads_and_runs(tmp_path):
    result = train(DATA, tmp_path / "model", log=lambda _: None)
    assert {p.name for p in result.directory.iterdir()} >= {"model.json", "quote.crfsuite", "roles.crfsuite",
                                                           "frame.crfsuite", "cues.txt"}
    pipeline = Pipeline.load(result.directory)
    assert pipeline.engine.startswith("crf:")
    pipeline("„Wir bleiben“, sagte die Ministerin.")  # runs; two documents teach it little
