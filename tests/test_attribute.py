"""Attribute stage: role tags → quotations (nearest roles, interrupted and nested quotes)."""
from saidwhat.attribute import attribute, spans_from_bio
from saidwhat.detect import ROLES, RoleTags
from saidwhat.text import segment


def tags_for(doc, marked):
    """marked: role -> list of (first_word, last_word, tag) over token texts."""
    labels = {role: ["O"] * len(doc.tokens) for role in ROLES}
    texts = [t.text for t in doc.tokens]
    for role, spans in marked.items():
        for first, last, tag, *cont in spans:
            a, b = texts.index(first), texts.index(last) + 1
            for i in range(a, b):
                labels[role][i] = ("I-" if i > a or cont else "B-") + tag
    return RoleTags(labels, [0.8] * len(doc.tokens))


def test_spans_from_bio_keeps_type():
    spans = spans_from_bio(["B-Direct", "I-Direct", "O", "I-Indirect", "B-Indirect"])
    assert [(s.first, s.last, s.label) for s in spans] == [(0, 2, "Direct"), (3, 4, "Indirect"), (4, 5, "Indirect")]


def test_interrupted_quote_becomes_one_quotation_with_two_spans():
    doc = segment("Die Gespräche, sagte der Minister, seien gescheitert.")
    tags = tags_for(doc, {"quote": [("Die", "Gespräche", "Indirect"), ("seien", "gescheitert", "Indirect", True)],
                          "cue": [("sagte", "sagte", "cue")], "speaker": [("der", "Minister", "speaker")]})
    [q] = attribute(doc, tags)
    assert q.quote.text == "Die Gespräche seien gescheitert" and len(q.quote.spans) == 2
    assert q.speaker.text == "der Minister" and q.cue.text == "sagte"
    assert q.frame.text == "sagte der Minister"  # the cue's clause, as no frame was tagged


def test_quote_marks_inside_indirect_quote_give_a_nested_direct_quotation():
    doc = segment("Er sagte, das sei „völlig inakzeptabel“ gewesen.")
    tags = tags_for(doc, {"quote": [("das", "gewesen", "Indirect")], "cue": [("sagte", "sagte", "cue")],
                          "speaker": [("Er", "Er", "speaker")]})
    outer, nested = attribute(doc, tags)
    assert nested.type == "Direct" and nested.quote.text == "„völlig inakzeptabel“"
    assert nested.nested_in == 0 and nested.speaker.text == "Er"


def test_free_indirect_continuation_carries_the_previous_speaker():
    doc = segment("Die Ministerin sagte, sie bleibe. Das Amt mache ihr Freude.")
    tags = tags_for(doc, {"quote": [("sie", "bleibe", "Indirect"), ("Das", "Freude", "IndirectFreeIndirect")],
                          "cue": [("sagte", "sagte", "cue")], "speaker": [("Die", "Ministerin", "speaker")]})
    first, second = attribute(doc, tags)
    assert second.speaker.text == "Die Ministerin"


def test_untagged_subject_next_to_a_verb_cue_becomes_the_speaker():
    cases = [
        ("Sie warf der Regierung vor, die Lage auszunutzen.", "warf", "die", "auszunutzen", "Sie"),
        ("Dabei erklärte er, das Werk bleibe offen.", "erklärte", "das", "offen", "er"),
        ("Das Werk bleibe offen, sagte die 52-Jährige.", "sagte", "Das", "offen", "die 52-Jährige"),
    ]
    for text, cue, first, last, speaker in cases:
        doc = segment(text)
        [q] = attribute(doc, tags_for(doc, {"quote": [(first, last, "Indirect")], "cue": [(cue, cue, "cue")]}))
        assert q.speaker.text == speaker, text


def test_frame_word_cue_gives_no_guessed_speaker():
    doc = segment("Laut Polizei wurde niemand verletzt.")
    [q] = attribute(doc, tags_for(doc, {"quote": [("wurde", "verletzt", "Indirect")], "cue": [("Laut", "Laut", "cue")]}))
    assert q.speaker is None


def test_reported_speech_takes_its_clause_subject_as_speaker():
    for text, speaker in [("Li nannte die Bewegung illegal.", "Li"),
                          ("So warnten Vertreter der Verbände vor einem Abfluss.", "Vertreter der Verbände")]:
        doc = segment(text)
        words = [t.text for t in doc.tokens]
        [q] = attribute(doc, tags_for(doc, {"quote": [(words[0], ".", "Reported")]}))
        assert q.speaker.text == speaker, text


def test_a_speaker_tag_on_function_words_is_ignored():
    doc = segment("Außerdem appellierte Calderón, sich zu beteiligen.")
    tags = tags_for(doc, {"quote": [("sich", "beteiligen", "Indirect")], "cue": [("appellierte", "appellierte", "cue")],
                          "speaker": [("Außerdem", "Außerdem", "speaker")]})
    [q] = attribute(doc, tags)
    assert q.speaker.text == "Calderón"


def test_addressee_found_beside_the_cue_when_untagged():
    cases = [
        ("Die Lage sei ernst, sagte Toby Lanzer dem Fernsehsender Al Jazeera.", "sagte", "Toby", "Lanzer", "Die", "ernst",
         "dem Fernsehsender Al Jazeera"),
        ("Schröder sagte hierzu der Süddeutschen Zeitung, sie könne nicht zustimmen.", "sagte", "Schröder", "Schröder",
         "sie", "zustimmen", "der Süddeutschen Zeitung"),
        ("Banke sagte gegenüber der Onlineausgabe des Spiegels, das sei falsch.", "sagte", "Banke", "Banke", "das", "falsch",
         "der Onlineausgabe des Spiegels"),
    ]
    for text, cue, s_first, s_last, q_first, q_last, addressee in cases:
        doc = segment(text)
        tags = tags_for(doc, {"quote": [(q_first, q_last, "Indirect")], "cue": [(cue, cue, "cue")],
                              "speaker": [(s_first, s_last, "speaker")]})
        [q] = attribute(doc, tags)
        assert q.addressee is not None and q.addressee.text == addressee, text


def test_no_addressee_guessed_from_a_prepositional_object():
    doc = segment("Der Minister sagte zu den Vorwürfen, sie seien haltlos.")
    tags = tags_for(doc, {"quote": [("sie", "haltlos", "Indirect")], "cue": [("sagte", "sagte", "cue")],
                          "speaker": [("Der", "Minister", "speaker")]})
    [q] = attribute(doc, tags)
    assert q.addressee is None


def test_a_name_in_quote_marks_is_no_quotation():
    doc = segment("Er sprach mit der „Financial Times“ über „massive Einschnitte“.")
    words = [t.text for t in doc.tokens]
    labels = {role: ["O"] * len(words) for role in ROLES}
    opens = [i for i, w in enumerate(words) if w == "„"]
    closes = [i for i, w in enumerate(words) if w == "“"]
    for a, b in zip(opens, closes):
        labels["quote"][a:b + 1] = ["B-Direct"] + ["I-Direct"] * (b - a)
    quotations = attribute(doc, RoleTags(labels, [0.8] * len(words)))
    assert [q.quote.text for q in quotations] == ["„massive Einschnitte“"]


def test_indirect_quote_without_cue_or_speaker():
    doc = segment("Italien exportiert Müll. Die Ministerin sagte, sie bleibe. Es regnete. Das Amt mache ihr Freude.")
    tags = tags_for(doc, {"quote": [("sie", "bleibe", "Indirect"), ("Italien", "Müll", "Indirect"),
                                    ("Das", "Freude", "Indirect")],
                          "cue": [("sagte", "sagte", "cue")], "speaker": [("Die", "Ministerin", "speaker")]})
    said, continued = attribute(doc, tags)  # the plain fact is dropped
    assert continued.quote.text == "Das Amt mache ihr Freude"
    assert continued.type == "IndirectFreeIndirect" and continued.speaker.text == "Die Ministerin"
