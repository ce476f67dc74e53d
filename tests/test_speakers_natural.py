"""Speaker resolution on how natural news writes a speaker span: statement nouns that wrap
their holder, descriptions before a name, names that are no dictionary word (web outlets,
unlisted given names) and descriptions that name no one. Every text here is invented."""
from __future__ import annotations

import pytest

from test_speakers import entities, resolve


# ---------------------------------------------------------------- statement and source nouns

@pytest.mark.parametrize("mention", [
    "Die Kernaussage von Torvald Brekke",  # a compound ending in a statement noun
    "den Berechnungen von Torvald Brekke",  # a source noun of the sources lexicon
    "Pressemeldungen von Torvald Brekke vom Dienstag",
])
def test_statement_noun_names_its_holder(mention):
    text = f"Der Forscher Torvald Brekke stellte die Studie vor. Laut [[S:{mention}]] steigen die Preise."
    assert entities(text) == ["Torvald Brekke"]


def test_genitive_name_before_statement_noun():
    assert entities(
        "Finanzminister Gernot Waldhauser will sparen. [[S:Waldhausers Idee]] sei es, die Steuer zu senken."
    ) == ["Gernot Waldhauser"]


def test_place_of_publication_after_statement_noun():
    assert entities(
        "Die Firma „Kelvon Solar“ baut ab. Nach [[S:der Meldung auf der Homepage von „Kelvon Solar“]] fallen 40 Stellen weg."
    ) == ["Kelvon Solar"]


def test_statement_noun_with_a_date_only_names_no_one():
    assert entities("Nach [[S:Polizeiangaben vom Montag]] gab es drei Verletzte.") == [None]


# ---------------------------------------------------------------- descriptions before a name

def test_noun_before_a_name_that_is_no_word_is_description():
    assert entities(
        "Laut [[S:Einschätzung des italienischen Mafiajägers Tancredi Voltrano]] wächst die Gefahr. "
        "[[S:Voltrano]] sagte, die Clans seien stärker geworden."
    ) == ["Tancredi Voltrano", "Tancredi Voltrano"]
    assert entities(
        "[[S:Der amerikanische Linksintellektuelle Ezrah Kwolsky]] kritisierte den Krieg."
    ) == ["Ezrah Kwolsky"]


def test_body_noun_before_an_unknown_name():
    assert entities("Nach [[S:Angaben der spanischen Luftfahrtbehörden Aenor]] landete die Maschine sicher.") == ["Aenor"]


def test_noun_before_a_quoted_title_is_description():
    assert entities("[[S:Die kleine Wochenzeitschrift „Rote Feder“]] berichtete über den Fall.") == ["Rote Feder"]
    assert entities("Laut [[S:Angaben des Internetdienstes „Klatschpost“]] trennte sich das Paar.") == ["Klatschpost"]


def test_capitalised_adjective_stays_part_of_the_name():
    assert entities("[[S:Die Deutsche Zylonbank]] teilte mit, die Zinsen stiegen.") != ["Zylonbank"]


def test_noun_and_title_before_a_surname():
    assert entities(
        "[[S:Privatdozent Dr. Wendrich]] erklärte den Befund. [[S:Dr. Wendrich]] sagte, man sei vorsichtig."
    ) == ["Wendrich", "Wendrich"]


# ---------------------------------------------------------------- names that are no word

def test_web_outlet_is_a_body():
    assert entities(
        "Das meldete [[S:ndr.de]] am Abend. Nach [[S:einem Bericht von ndr.de]] war die Polizei vor Ort."
    ) == ["ndr.de", "ndr.de"]


def test_unlisted_given_name_at_sentence_start():
    assert entities(
        "Die Organisation wählte einen neuen Vorsitz.\n\nZsolnay Ferkovits, Vorsitzender des Vereins, lobte die Wahl. "
        "[[S:Ferkovits]] sagte, man sei dankbar."
    ) == ["Zsolnay Ferkovits"]


# ---------------------------------------------------------------- descriptions that name no one

def test_possessive_common_noun_names_no_one():
    assert entities(
        "Der Tenor Aurelio Bastiani sagte alle Konzerte ab. Nach [[S:Angaben seines Impresario]] ist er erkrankt."
    ) == [None]


# ---------------------------------------------------------------- relative clauses and recent bodies

def test_role_in_a_relative_clause_is_no_one_new():
    # `der zuvor Justizminister war` is a relative clause about Brekke, not a new unnamed minister
    assert entities(
        "Das Institut wird seit 2003 von Martin Brekke geleitet, der zuvor Justizminister des Landes war. "
        "[[S:Er]] wirft dem Verband vor, die Studie zu blockieren."
    ) == ["Martin Brekke"]


def test_body_noun_continues_the_body_named_just_before():
    # the national association carries the role word, but the world body is named right before
    assert entities(
        "Die Fifa prüfte die Bewerbung. Die Stadien seien zu klein, hieß es vom brasilianischen Fußballverband „Confederação "
        "Brasileira“. Die Fifa lobte die Hotels. Nach dem von der Fifa beschlossenen Prinzip wird gewählt, wie [[S:der Verband]] mitteilte."
    ) == ["Fifa"]


def test_office_first_then_the_bare_surname_is_one_person():
    # the article introduces him by the office alone and later calls him by the bare surname
    assert entities(
        "Der Bundespräsident hat in einem Interview Stellung genommen. [[S:Der Bundespräsident]] lobte die Koalition. "
        "Als wichtige Aufgabe nannte [[S:Wendtland]] die Rentenreform. Hier sparte [[S:der Bundespräsident]] "
        "nicht mit Kritik. Der Politik schlug [[S:er]] vor, mutiger zu sein."
    ) == ["Wendtland"] * 4


def test_the_police_is_the_police_unit_the_article_names():
    assert entities(
        "Kaiserslautern – [[S:Das Polizeipräsidium Westpfalz]] meldete einen Unfall. Ein Mann wurde verletzt, so [[S:die Polizei]]."
    ) == ["Polizeipräsidium Westpfalz"] * 2


# ---------------------------------------------------------------- name reading (round 7)

def test_first_part_of_a_hyphen_ellipsis_is_no_name():
    assert entities("Die Lage bleibt angespannt. Wie [[S:Handels- und Finanzkreise]] mitteilten, fallen die Kurse.") == [None]


def test_unknown_word_before_a_body_genitive_leaves_the_body_as_holder():
    # a misspelt statement noun (Wusch for Wunsch) is no body's name
    assert entities("Die Vereinten Nationen (UN) berieten über die Krise. Nach [[S:dem Wusch der UN]] soll gewählt werden.") == ["Vereinte Nationen"]


def test_team_around_a_person_speaks_for_that_person():
    assert entities(
        "Die Biologin Marta Kessler forscht in Kiel. [[S:Das Team um Marta Kessler]] berichtete, die Algen wüchsen."
    ) == ["Marta Kessler"]


def test_department_of_a_named_body_is_that_body():
    assert entities(
        "Der Dienst Flinko sperrte das Konto. In [[S:einem Schreiben der Flinko-Rechtsabteilung]] hieß es, das sei rechtens."
    ) == ["Flinko"]


def test_field_with_an_adjective_names_the_body():
    assert entities(
        "Die Dürre trifft viele. Nach [[S:Angaben der Gesellschaft für bedrohte Sprachen]] schwinden die Dialekte."
    ) == ["Gesellschaft für bedrohte Sprachen"]


def test_activists_of_a_named_body_act_for_it():
    assert entities(
        "Im Hafen lag ein Tanker. [[S:Aktivisten der Umweltorganisation Meerwacht]] sagten, das Schiff sei undicht."
    ) == ["Meerwacht"]


def test_reporter_of_a_named_outlet_is_an_unnamed_person():
    assert entities(
        "Es brennt in Hull. [[S:Ein Reporter des Senders Nordwelle TV]] sagte, das Feuer breite sich aus."
    ) == [None]


def test_listed_form_the_article_writes_names_a_known_body():
    assert entities(
        "Der Rat der Internationalen Atomenergieorganisation (IAEA) tagte. [[S:Die IAEA]] forderte mehr Kontrollen."
    ) == ["Internationale Atomenergieorganisation"]


def test_sowohl_als_auch_coordinates_speakers():
    text = ("Die Verhandlung begann. [[S:Sowohl Jana Morgenstern als auch Piet Alders]] sagten, sie seien zuversichtlich.")
    _, mentions = resolve(text)
    assert sorted(mentions[0].members) == ["Jana Morgenstern", "Piet Alders"]
