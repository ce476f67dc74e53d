"""Text layer: quote marks and MT glitches normalised, offsets always into the original."""
import pytest

import saidwhat
from saidwhat.text import normalise, segment
from saidwhat.text.normalise import CLOSE, OPEN


def marks(text):
    return [t.norm for t in segment(text).tokens if t.norm in (OPEN, CLOSE)]


@pytest.mark.parametrize("text", [
    "„Wir kommen“, sagte er.", "„Wir kommen”, sagte er.", '"Wir kommen", sagte er.',
    "»Wir kommen«, sagte er.", "«Wir kommen», sagte er.",
])
def test_every_quote_style_opens_then_closes(text):
    assert marks(text) == [OPEN, CLOSE]
    tokens = segment(text).tokens
    assert [t.text for t in tokens if t.in_quote] == ["Wir", "kommen"]


def test_glued_quote_mark_and_stray_space_are_repaired():
    doc = segment('Er sagte:"Das ist gut." Dann „ Wir gehen“ jetzt.')
    assert [t.text for t in doc.tokens][:4] == ["Er", "sagte", ":", '"']
    assert marks('Er sagte:"Das ist gut." Dann „ Wir gehen“ jetzt.') == [OPEN, CLOSE, OPEN, CLOSE]


def test_cue_glued_to_the_quote_closes_it():
    doc = segment("„Es ist geplantErklärte die Ministerin.")
    words = {t.text: t for t in doc.tokens}
    assert "geplant" in words and "Erklärte" in words
    assert words["geplant"].in_quote and not words["Erklärte"].in_quote
    assert words["Erklärte"].glued


def test_stray_apostrophe_space_is_removed_but_offsets_stay_original():
    text = "L 'Agentur meldete es."
    assert normalise(text).text.startswith("L'Agentur")
    first = segment(text).tokens[0]
    assert text[first.start:first.end] == first.text == "L 'Agentur"


def test_a_nul_character_in_the_input_is_kept_as_it_is():
    # the stray-space repair marks its spot with a NUL internally; a NUL of the input is no such mark
    text = "„Ja“ sagte er.\x00 L 'Agentur meldete es."
    normalised = normalise(text)
    assert "\x00" in normalised.text and "L'Agentur" in normalised.text
    assert all(0 <= o <= len(text) for o in normalised.origin)
    for quotation in saidwhat.analyze("““sag*\x00").quotations:
        assert all(0 <= s < e <= 7 for role in (quotation.quote, quotation.frame, quotation.cue) if role for s, e in role.spans)


def test_apostrophe_inside_a_word_is_not_a_quote():
    assert [t.norm for t in segment("Er sagt, es geht's gut.").tokens].count("geht's") == 1


def test_quote_reopened_per_paragraph_closes_at_paragraph_end():
    doc = segment("„Erster Absatz ohne Ende.\n\n„Zweiter Absatz.“ Danach nichts.")
    last = [t for t in doc.tokens if t.text == "nichts"][0]
    assert not last.in_quote
    assert {s.paragraph for s in doc.sentences} == {0, 1}


def test_sentences_respect_abbreviations_and_ordinals():
    doc = segment("Am 5. August sagte Dr. Müller etwas. Danach ging er.")
    assert len(doc.sentences) == 2


def test_offsets_point_into_the_original():
    text = "„Wir  bleiben“ , sagte\tdie Ministerin.\r\n\r\n»Gut«"
    for t in segment(text).tokens:
        assert text[t.start:t.end] == t.text
