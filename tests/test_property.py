"""Property: any text at all is analysed without an exception, and every span in the JSON
contract lies inside the text and agrees with the text it claims to cover."""
from hypothesis import given, settings
from hypothesis import strategies as st

import saidwhat
from saidwhat.io import article_to_contract

WORDS = ["sagte", "erklärte", "die", "Ministerin", "laut", "Interfax", "zufolge", "dass", "sei",
         "werde", "soll", "angeblich", "berichtete", "unter", "Berufung", "auf", "Kreise", "Wir",
         "bleiben", "geplantErklärte", "L 'Agentur", "er", "Sprecher", "X", ",", ".", ":", "?", "–",
         "(dpa)", "Berlin", "gegenüber", "dem", "Sender", "hieß", "es", "so"]
MARKS = list("„“”\"»«‹›‚‘'’")
german = st.lists(st.sampled_from(WORDS + MARKS + ["\n", "\n\n", " "]), max_size=60).map(
    lambda parts: "".join(p if p in MARKS or p.isspace() else f" {p}" for p in parts))
mark = st.sampled_from(MARKS)
quoted = st.tuples(mark, german, mark, st.sampled_from([", sagte die Ministerin.", " erklärte er:", ", so X.", ""])).map("".join)
texts = st.one_of(st.text(), german, quoted,
                  st.lists(st.one_of(st.text(max_size=8), german, quoted), max_size=6).map("".join))


def spans_in(value, path=""):
    """Every (path, text, spans) in the contract, wherever it is nested."""
    if isinstance(value, dict):
        if "spans" in value:
            yield path, value["text"], value["spans"]
        for key, item in value.items():
            yield from spans_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans_in(item, f"{path}[{i}]")


@settings(max_examples=150, deadline=None)
@given(texts)
def test_analyze_never_raises_and_spans_are_consistent(text):
    record = article_to_contract(saidwhat.analyze(text))
    for path, covered, spans in spans_in(record):
        assert spans, path
        assert all(0 <= s < e <= len(text) for s, e in spans), (path, spans)
        if path.rsplit(".", 1)[-1] in ("quote", "speaker", "cue"):
            assert covered == " ".join(text[s:e] for s, e in spans), (path, covered, spans)
