import io
import json

from saidwhat.io import article_to_contract, write_json, write_jsonl, write_table
from saidwhat.types import Article, Mention, Quotation, TextSpan, UnattributedClaim

TEXT = ("Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, "
        "dass der Vertrag unterschrieben sei.")


def design_article(**kwargs) -> Article:
    """The example of design.md's JSON contract, built by hand."""
    quotation = Quotation(
        type="Indirect", medium="SW",
        quote=TextSpan.from_spans(TEXT, [(74, 109)]),
        speaker=Mention("Die Agentur Interfax", [(0, 20)], entity="Interfax", kind="media"),
        cue=TextSpan.from_spans(TEXT, [(21, 31)]),
        frame=TextSpan.from_spans(TEXT, [(0, 73)]),
        via=[Mention("Kreise im Ministerium", [(51, 72)], kind="anonymous")],
        speech_act="assert", commitment="reported", confidence=0.91,
    )
    claim = UnattributedClaim.from_spans(TEXT, [(74, 109)])
    return Article(TEXT, [quotation], [claim], **kwargs)


CONTRACT = {
    "credit": None,
    "quotations": [{
        "type": "Indirect", "medium": "SW",
        "quote": {"text": "dass der Vertrag unterschrieben sei", "spans": [[74, 109]]},
        "speaker": {"text": "Die Agentur Interfax", "spans": [[0, 20]],
                    "entity": "Interfax", "kind": "media", "members": []},
        "cue": {"text": "berichtete", "spans": [[21, 31]]},
        "frame": {"text": "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium,",
                  "spans": [[0, 73]]},
        "addressee": None,
        "via": [{"text": "Kreise im Ministerium", "spans": [[51, 72]], "entity": None, "kind": "anonymous"}],
        "speech_act": "assert", "commitment": "reported", "confidence": 0.91,
    }],
    "unattributed": [{"text": "dass der Vertrag unterschrieben sei", "spans": [[74, 109]], "hedged": True}],
}


def test_contract_is_exactly_design_md():
    record = article_to_contract(design_article())
    assert record == CONTRACT
    assert json.loads(json.dumps(record)) == CONTRACT  # spans are JSON lists, nothing else needed


def test_contract_additive_fields():
    article = design_article(id="a1", engine="rules", is_extracted=True)
    article.credit = Mention("dpa", [(0, 3)], entity="dpa", kind="media", ownership="agency")
    article.quotations[0].addressee = Mention("dem Sender", [(0, 3)], kind="media", members=["X", "Y"])
    record = article_to_contract(article, {"url": "https://x.de"})
    assert record["id"] == "a1" and record["engine"] == "rules" and record["meta"] == {"url": "https://x.de"}
    assert record["text"] == TEXT  # text only for extracted (HTML) input
    assert record["credit"] == {"text": "dpa", "spans": [[0, 3]], "entity": "dpa", "kind": "media", "ownership": "agency"}
    assert record["quotations"][0]["addressee"]["members"] == ["X", "Y"]
    assert set(CONTRACT) | {"id", "engine", "meta", "text"} == set(record)


def test_absent_roles_are_null():
    article = Article("„Ja.“", [Quotation("Direct", "Speech", TextSpan.from_spans("„Ja.“", [(1, 4)]))])
    q = article_to_contract(article)["quotations"][0]
    assert q["speaker"] is None and q["cue"] is None and q["frame"] is None and q["addressee"] is None
    assert q["via"] == []


def test_json_and_jsonl():
    records = [article_to_contract(design_article(id=i)) for i in ("a", "b")]
    out = io.StringIO()
    write_json(records[:1], out)
    assert json.loads(out.getvalue()) == records[0]
    out = io.StringIO()
    write_json(records, out)
    assert json.loads(out.getvalue()) == records
    out = io.StringIO()
    write_jsonl(records, out)
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


def test_table():
    article = design_article(id="a.txt", engine="rules")
    article.quotations[0].quote = TextSpan("x" * 100, [(0, 100)])
    out = io.StringIO()
    write_table([article_to_contract(article)], out)
    header, columns, row = out.getvalue().splitlines()
    assert "a.txt" in header and "engine: rules" in header and "1 quotation" in header
    assert columns.split() == ["speaker", "type", "cue", "quote"]
    assert row.startswith("Interfax  Indirect  berichtete  ")  # the resolved entity, not "Die Agentur Interfax"
    assert row.endswith("x" * 59 + "…")
