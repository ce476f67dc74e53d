"""The bundled example article (examples/artikel.txt) shows every phenomenon of design.md;
every attribution in it is asserted here, with the shipped model. Attributions the model
still gets wrong are listed as strict xfails: they document what does not work yet and
fail loudly once it does."""
from pathlib import Path

import pytest

from saidwhat import Pipeline
from saidwhat.models import installed_models

EXAMPLE = Path(__file__).parent.parent / "examples" / "artikel.txt"
pytestmark = pytest.mark.skipif(not installed_models(), reason="the de-wikinews model is not installed")

# (a piece of the quote, the speaker's canonical entity, its kind)
ATTRIBUTIONS = [
    ("Es gibt keine geheimen Absprachen", "Steffen Hebestreit", "person"),           # Direct, speaker after cue, title
    ("Wir haben alle Dokumente offengelegt", "Steffen Hebestreit", "person"),        # continuation, no cue
    ("dass der Vertrag bereits unterschrieben sei", "Interfax", "media"),            # chain: unter Berufung auf
    ("die Verhandlungen würden fortgesetzt", "Dmitri Peskow", "person"),             # addressee between cue and quote
    ("Eine Entscheidung werde erst im Herbst fallen", "Dmitri Peskow", "person"),    # Konjunktiv continuation
    ("soll die Unterzeichnung schon im März stattgefunden haben", "Kommersant", "media"),   # nach Angaben + soll
    ("prüft die EU-Kommission den Fall", "Reuters", "media"),                        # laut X
    ("Die Verträge seien", "Wirtschaftsministerium", "organization"),                # parenthetical schreibt X
    ("vollständig rechtmäßig", "Wirtschaftsministerium", "organization"),            # nested Direct
    ("das Parlament umfassend zu informieren", "Katherina Reiche", "person"),        # kündigte an + zu-infinitive
    ("Sie sei zuversichtlich", "Katherina Reiche", "person"),                        # sagte die 52-Jährige → Reiche
]
KNOWN_MISSES = [
    ("Berichte über ein geheimes Zusatzabkommen zurückgewiesen", "Berlin", "organization"),  # Reported, group
]


@pytest.fixture(scope="module")
def article():
    return Pipeline.load()(EXAMPLE.read_text(encoding="utf-8"))


def attribution(article, piece):
    found = [q for q in article.quotations if piece in q.quote.text]
    assert found, f"no quotation contains {piece!r}"
    return found[0]


@pytest.mark.parametrize("piece,entity,kind", ATTRIBUTIONS)
def test_every_attribution(article, piece, entity, kind):
    q = attribution(article, piece)
    assert q.speaker is not None and q.speaker.entity == entity
    assert q.speaker.kind == kind


@pytest.mark.xfail(strict=True, reason="not found by the de-wikinews model yet")
@pytest.mark.parametrize("piece,entity,kind", KNOWN_MISSES)
def test_known_misses(article, piece, entity, kind):
    test_every_attribution(article, piece, entity, kind)


def test_sources_credit_and_unattributed_claims(article):
    assert article.credit.text == "dpa" and article.credit.kind == "media"
    interfax = attribution(article, "dass der Vertrag bereits unterschrieben sei")
    assert [(v.text, v.kind) for v in interfax.via] == [("Kreise im Ministerium", "anonymous")]
    hedged = [c.text for c in article.unattributed]
    assert any(c.startswith("Es wird vermutet") for c in hedged)
    assert any(c.startswith("Offenbar hat auch Ungarn") for c in hedged)
    assert attribution(article, "das Parlament umfassend zu informieren").speech_act == "promise"
    assert "Journalisten" in attribution(article, "die Verhandlungen würden fortgesetzt").addressee.text


def test_plain_facts_are_not_quotations(article):
    assert not any("EU-Kommission" in q.quote.text and q.type == "Direct" for q in article.quotations)
    assert all(q.confidence > 0 for q in article.quotations)
