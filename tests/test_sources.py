"""Unit tests of the sources resolver: kinds, frames and chains, speech acts, commitment,
credit, unattributed claims, the sourcing profile and the check-sources command."""
from __future__ import annotations

import json

import pytest

from saidwhat.resolve import RESOLVERS
from saidwhat.resolve.profile import profile_table, sourcing_profile
from saidwhat.resolve.source_check import gold_quotation, via_matches
from saidwhat.resolve.source_frames import find_frames
from saidwhat.resolve.source_lexicon import classify, find_media
from saidwhat.resolve.sources import credit, is_distanced, resolve_sources, sentence_labels
from saidwhat.text import segment
from saidwhat.types import Article


def run(text: str, *quotations: dict) -> Article:
    """Resolve sources for quotations given as gold-style dicts (quote/speaker/cue/frame/type)."""
    article = Article(text=text, quotations=[gold_quotation(text, q) for q in quotations])
    resolve_sources(segment(text), article)
    return article


# ---------------------------------------------------------------- kinds
@pytest.mark.parametrize(
    "mention, kind, ownership",
    [
        ("Die Agentur Interfax", "media", "agency"),
        ("die russische Nachrichtenagentur RIA Novosti", "media", "state"),
        ("das chinesische Staatsfernsehen", "media", "state"),
        ("der Spiegel", "media", "private"),
        ("BBC News", "media", "public"),
        ("Medienberichten", "media", None),
        ("einem Bericht der Zeitung The Jakarta Post", "media", "private"),
        ("Ein Reporter des Fernsehsenders n-tv", "media", "private"),
        ("Kreise im Ministerium", "anonymous", None),
        ("ein mit den Plänen vertrauter Beamter", "anonymous", None),
        ("Ein Polizeisprecher", "anonymous", None),
        ("ein Sprecher, der namentlich nicht genannt werden wollte", "anonymous", None),
        ("Diplomaten", "anonymous", None),
        ("Offiziellen Angaben", "anonymous", None),
        ("Bundesfamilienministerin Kristina Schröder (CDU)", "person", None),
        ("Der Sprecher des Welternährungsprogramms, Tomson Phiri", "person", None),
        ("Der 58-Jährige", "person", None),
        ("Celebi", "person", None),
        ("er", "person", None),
        ("Der Kreml", "organization", None),
        ("Washington", "organization", None),
        ("die Deutsche Bank", "organization", None),
        ("Angaben der Staatsanwaltschaft Krefeld", "organization", None),
        ("Polizeiangaben", "organization", None),
        ("Politikern der SPD", "organization", None),
        ("einem Positionspapier des Bundesministeriums des Innern", "document", None),
        ("Einer Studie der Universität Oxford", "document", None),
        ("das Urteil", "document", None),
        ("Sie", "unknown", None),
        ("man", "unknown", None),
        ("eigenen Angaben", "unknown", None),
    ],
)
def test_classify(mention, kind, ownership):
    result = classify(mention)
    assert (result.kind, result.ownership) == (kind, ownership)


def test_classify_uses_entity_for_pronouns():
    assert classify("sie", entity="Die Agentur Reuters").kind == "media"
    assert classify("Sie").kind == "unknown"


def test_ambiguous_outlet_names_need_context():
    assert find_media("Die Welt")  # the whole mention
    assert find_media("die Zeitung „Welt“")
    assert not find_media("Kinder aus aller Welt kamen")


# ---------------------------------------------------------------- frames
def frames(text: str) -> list[tuple[str, str]]:
    doc = segment(text)
    toks = [(t.text, t.start, t.end) for t in doc.tokens]
    return [(f.trigger, text[f.start : f.end]) for f in find_frames(toks)]


def test_frames():
    assert frames("Interfax berichtete unter Berufung auf Kreise im Ministerium, dass …") == [("unter Berufung auf", "Kreise im Ministerium")]
    assert frames("Die Zeitung beruft sich dabei auf einen ranghohen Beamten.") == [("beruft sich auf", "einen ranghohen Beamten")]
    assert frames("Die Preise steigen Experten zufolge weiter.") == [("zufolge", "Experten")]
    assert frames("Es brannte nach Angaben der Polizei im Keller.") == [("nach Angaben", "der Polizei")]
    assert frames("UNMISS-Truppen konnten eigenen Angaben zufolge 500 Menschen retten.") == []
    assert frames("Laut Polizei soll er geflohen sein.") == [("laut", "Polizei")]
    assert frames("Das Beben soll nach ersten Meldungen Schäden verursacht haben.") == [("nach Angaben", "ersten Meldungen")]


# ---------------------------------------------------------------- chains
def test_chain_unter_berufung_auf():
    text = "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass der Vertrag unterschrieben sei."
    q = run(text, {"quote": "dass der Vertrag unterschrieben sei", "speaker": "Die Agentur Interfax", "cue": "berichtete"}).quotations[0]
    assert q.speaker.kind == "media" and q.speaker.ownership == "agency"
    assert [(v.text, v.kind) for v in q.via] == [("Kreise im Ministerium", "anonymous")]
    assert q.via[0].spans == [(text.index("Kreise"), text.index("Kreise") + len("Kreise im Ministerium"))]


def test_chain_nach_angaben_von_x_sagte_z():
    text = "Nach Angaben von Diplomaten sagte der Botschafter, Russland sei zu Verhandlungen bereit."
    q = run(text, {"quote": "Russland sei zu Verhandlungen bereit", "speaker": "der Botschafter", "cue": "sagte"}).quotations[0]
    assert [v.text for v in q.via] == ["Diplomaten"]


def test_laut_frame_of_the_speaker_is_no_chain():
    text = "Laut Polizei soll der Täter geflohen sein."
    q = run(text, {"quote": "soll der Täter geflohen sein", "speaker": "Polizei", "cue": "Laut"}).quotations[0]
    assert q.via == []


def test_two_step_chain_in_order():
    text = ("Die Agentur Tass berichtete unter Berufung auf die Zeitung „Kommersant“, die sich auf Quellen im Kreml "
            "beruft, der Gipfel werde verschoben.")
    q = run(text, {"quote": "der Gipfel werde verschoben", "speaker": "Die Agentur Tass", "cue": "berichtete"}).quotations[0]
    assert [v.kind for v in q.via] == ["media", "anonymous"]
    assert via_matches("die Zeitung „Kommersant“", q.via[0].text) and via_matches("Quellen im Kreml", q.via[1].text)


def test_following_sentence_names_the_source():
    text = ("Die „Washington Post“ berichtete, das Pentagon plane neue Waffenlieferungen. "
            "Die Zeitung beruft sich auf einen internen Bericht des Verteidigungsministeriums.")
    q = run(text, {"quote": "das Pentagon plane neue Waffenlieferungen", "speaker": "Die „Washington Post“", "cue": "berichtete"}).quotations[0]
    assert [(v.text, v.kind) for v in q.via] == [("einen internen Bericht des Verteidigungsministeriums", "document")]


def test_nested_zufolge_inside_a_report():
    text = "Medienberichten zufolge, die sich auf Ermittlerkreise stützen, wurde der Verdächtige observiert."
    q = run(text, {"quote": "wurde der Verdächtige observiert", "speaker": "Medienberichten", "cue": "zufolge"}).quotations[0]
    assert [(v.text, v.kind) for v in q.via] == [("Ermittlerkreise", "anonymous")]


# ---------------------------------------------------------------- speech acts
@pytest.mark.parametrize(
    "text, quote, cue, kind, act",
    [
        ("Der Konzern bestreitet, von den Absprachen gewusst zu haben.", "von den Absprachen gewusst zu haben", "bestreitet", "Indirect", "deny"),
        ("Washington wies die Vorwürfe als haltlos zurück.", "die Vorwürfe als haltlos", "wies", "Reported", "deny"),
        ("Der Bürgermeister warnte vor einem Hochwasser.", "vor einem Hochwasser", "warnte", "Reported", "warn"),
        ("Die Gewerkschaft forderte eine Lohnerhöhung.", "eine Lohnerhöhung", "forderte", "Reported", "demand"),
        ("Der Oppositionsführer schlug vor, die Wahl zu verschieben.", "die Wahl zu verschieben", "schlug", "Indirect", "propose"),
        ("Die Ministerin kündigte an, das Gesetz vorzulegen.", "das Gesetz vorzulegen", "kündigte", "Indirect", "promise"),
        ("Der Konzern sagte zu, alle Arbeitsplätze zu erhalten.", "alle Arbeitsplätze zu erhalten", "sagte", "Indirect", "promise"),
        ("„Wer soll das bezahlen?“, sagte der Bürgermeister.", "Wer soll das bezahlen?", "sagte", "Direct", "ask"),
        ("Der Minister sagte, er bleibe im Amt.", "er bleibe im Amt", "sagte", "Indirect", "assert"),
    ],
)
def test_speech_act(text, quote, cue, kind, act):
    q = run(text, {"quote": quote, "speaker": text.split()[0] + " " + text.split()[1], "cue": cue, "type": kind}).quotations[0]
    assert q.speech_act == act


# ---------------------------------------------------------------- commitment
@pytest.mark.parametrize(
    "words, distanced",
    [
        ("Der Täter soll über die Grenze geflohen sein", True),
        ("Der Politiker soll Bestechungsgelder angenommen haben", True),
        ("Das Gesetz soll im Herbst in Kraft treten", False),
        ("Er hätte einen Besuch vorgeschlagen", True),
        ("Die Anlage hätte früher abgeschaltet werden müssen", False),
        ("Sie hätte die Kunden gerne früher informiert", False),
        ("Der Sänger will die Frau nie getroffen haben", True),
        ("Angeblich habe er verhandelt", True),
        ("Dem Vernehmen nach will er gehen", True),
        ("Die Gespräche würden fortgesetzt", False),
        ("Anschließend soll er die gemeinsame 19-jährige Tochter an den Haaren gepackt und ebenfalls in den Kopf geschossen haben", True),
    ],
)
def test_is_distanced(words, distanced):
    assert is_distanced(words.split()) is distanced


def test_commitment_ignores_the_words_of_a_direct_quote():
    text = "„Der Täter soll geflohen sein“, sagte der Polizist."
    q = run(text, {"quote": "Der Täter soll geflohen sein", "speaker": "der Polizist", "cue": "sagte", "type": "Direct"}).quotations[0]
    assert q.commitment == "reported"


def test_claim_verb_distances():
    text = "Der Abgeordnete behauptete, die Wahl sei manipuliert worden."
    q = run(text, {"quote": "die Wahl sei manipuliert worden", "speaker": "Der Abgeordnete", "cue": "behauptete"}).quotations[0]
    assert (q.speech_act, q.commitment) == ("assert", "distanced")


# ---------------------------------------------------------------- credit
@pytest.mark.parametrize(
    "text, agency, ownership",
    [
        ("Moskau (dpa) – Der Kreml schweigt.", "dpa", "agency"),
        ("BERLIN (AFP) - Die Regierung tagt.", "AFP", "agency"),
        ("Kiew, 24. Februar (Reuters) – Alarm in der Stadt.", "Reuters", "agency"),
        ("Peking (Xinhua) – Der Kongress beginnt.", "Xinhua", "state"),
        ("Berlin – Die Regierung tagt.", None, None),
        ("Angela Merkel (CDU) sprach lange.", None, None),
    ],
)
def test_credit(text, agency, ownership):
    found = credit(text)
    assert (found.text if found else None) == agency
    if found:
        assert found.kind == "media" and found.ownership == ownership and text[found.start : found.end] == agency


def test_credit_of_several_agencies():
    found = credit("Paris (dpa/AFP) – Streik im Nahverkehr.")
    assert found.members == ["dpa", "AFP"] and found.ownership == "agency"


# ---------------------------------------------------------------- unattributed claims
def test_sentence_labels_and_unattributed():
    text = ("Der Brand brach am Morgen aus. Der Täter ist vermutlich geflohen. Laut Polizei wurden drei Menschen verletzt. "
            "Es wird vermutet, dass die Firma Steuern hinterzogen hat. Der Politiker soll Geld angenommen haben. "
            "Man geht davon aus, dass der Vulkan ausbricht.")
    article = Article(text=text)
    resolve_sources(segment(text), article)
    labels = [label for _, label in sentence_labels(text, article)]
    assert labels == ["fact", "hedged", "attributed", "hedged", "hedged", "hedged"]
    assert [c.text for c in article.unattributed][0] == "Der Täter ist vermutlich geflohen."
    assert all(c.hedged for c in article.unattributed)


def test_hedge_inside_an_attributed_sentence_is_not_listed():
    text = "Vorgänger Streiff warf Medienberichten zufolge offenbar auf deutschen Druck das Handtuch."
    article = Article(text=text)
    resolve_sources(segment(text), article)
    assert article.unattributed == []


# ---------------------------------------------------------------- profile, registration, pipeline
def test_profile_counts():
    text = ("Moskau (dpa) – Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass der Vertrag "
            "unterschrieben sei. Der Kreml bestritt, dass es Gespräche gegeben habe. Offenbar wurde das Geld überwiesen.")
    article = run(text,
                  {"quote": "dass der Vertrag unterschrieben sei", "speaker": "Die Agentur Interfax", "cue": "berichtete"},
                  {"quote": "dass es Gespräche gegeben habe", "speaker": "Der Kreml", "cue": "bestritt"})
    p = sourcing_profile(article, segment(text))
    assert p["sentences"] == 3 and p["attributed_sentences"] == 2
    assert p["by_kind"]["media"] == 1 and p["by_kind"]["organization"] == 1
    assert p["by_ownership"]["agency"] == 1 and p["anonymous"] == 1 and p["via"] == 1
    assert p["denials"] == 1 and p["unattributed_hedged"] == 1 and p["credit"] == "dpa"
    assert sourcing_profile(article, 10)["sentences"] == 10
    assert "anonymous sources" in profile_table(p)


def test_registered_after_speakers():
    names = [r.__name__ for r in RESOLVERS]
    assert "resolve_sources" in names
    if "resolve_speakers" in names:
        assert names.index("resolve_speakers") < names.index("resolve_sources")


def test_analyze_fills_sources():
    from saidwhat import analyze

    article = analyze("Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass der Vertrag unterschrieben sei.")
    for q in article.quotations:
        assert q.speech_act in ("assert", "deny", "warn", "demand", "propose", "promise", "ask", "unknown")
        assert q.commitment in ("reported", "distanced", "unknown")
        if q.speaker is not None:
            assert q.speaker.kind in ("person", "organization", "media", "anonymous", "document", "unknown")


def test_check_sources_command(tmp_path):
    from click.testing import CliRunner

    from saidwhat.cli.sources import check_sources

    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "half": "dev", "text": "Laut Polizei soll der Täter geflohen sein. Offenbar war er bewaffnet.",
        "quotations": [{"quote": "soll der Täter geflohen sein", "speaker": "Polizei", "cue": "Laut", "kind": "organization",
                        "via": [], "speech_act": "assert", "commitment": "distanced"}],
        "sentences": [{"text": "Laut Polizei soll der Täter geflohen sein.", "label": "attributed"},
                      {"text": "Offenbar war er bewaffnet.", "label": "hedged"}],
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(check_sources, [str(gold), "--mode", "direct", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["direct"]["all"]
    assert figures["kind"]["accuracy"] == 1.0 and figures["commitment"]["accuracy"] == 1.0
    assert figures["unattributed"]["f1"] == 1.0
