"""Attribute: turn per-token role tags into quotations with speaker, cue, frame and addressee.

Each quote span takes the nearest role span in the sentences it touches; a quote with no
speaker there continues the previous quotation's speaker (a continuation paragraph)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from saidwhat.attribute.medium import medium_for
from saidwhat.detect import RoleTags
from saidwhat.lexicon import words
from saidwhat.text import Document
from saidwhat.text.lemma import lemma
from saidwhat.text.normalise import CLOSE, OPEN
from saidwhat.text.phrases import SUBJECT_PRONOUNS, is_function_word, noun_phrase, subject_phrase
from saidwhat.types import Mention, Quotation, TextSpan


@dataclass
class TokenSpan:
    first: int  # token indices [first, last)
    last: int
    label: str = ""

    def distance(self, other: "TokenSpan") -> int:
        if self.last <= other.first:
            return other.first - self.last
        if other.last <= self.first:
            return self.first - other.last
        return 0


def spans_from_bio(labels: list[str]) -> list[TokenSpan]:
    """Runs of B-/I- labels; an I- after O or after another type starts a new span."""
    spans: list[TokenSpan] = []
    current: TokenSpan | None = None
    types: Counter[str] = Counter()
    for i, label in enumerate(labels + ["O"]):
        kind = label[2:]
        if current and (label == "O" or label.startswith("B-")):
            current.label = types.most_common(1)[0][0]
            spans.append(current)
            current = None
        if label != "O":
            if current is None:
                current, types = TokenSpan(i, i + 1), Counter()
            current.last = i + 1
            types[kind] += 1
    return spans


def _char_spans(document: Document, span: TokenSpan, exclude: list[TokenSpan] = ()) -> list[tuple[int, int]]:
    """Character spans of a token span; gaps where `exclude` (the quote pieces) lie inside it."""
    tokens = document.tokens
    pieces: list[tuple[int, int]] = []
    start = None
    for i in range(span.first, span.last):
        if any(x.first <= i < x.last for x in exclude):
            if start is not None:
                pieces.append((start, tokens[i - 1].end))
                start = None
            continue
        if start is None:
            start = tokens[i].start
    if start is not None:
        pieces.append((start, tokens[span.last - 1].end))
    return pieces


def _text_span(document: Document, span: TokenSpan, exclude: list[TokenSpan] = ()) -> TextSpan | None:
    pieces = _char_spans(document, span, exclude)
    return TextSpan.from_spans(document.text, pieces) if pieces else None


def _mention(document: Document, span: TokenSpan) -> Mention:
    pieces = _char_spans(document, span)
    return Mention(" ".join(document.text[s:e] for s, e in pieces), pieces)


def _can_name_someone(document: Document, span: TokenSpan) -> bool:
    """False for a tagged speaker of nothing but function words (`zu`, `wird`, `Zudem`)."""
    return not all(is_function_word(t) or not t.norm.isalnum() for t in document.tokens[span.first:span.last])


def _sentences_of(document: Document, span: TokenSpan) -> set[int]:
    return {document.tokens[span.first].sentence, document.tokens[span.last - 1].sentence}


Candidates = dict[int, list[TokenSpan]]  # role spans by the sentence they start in


def _by_sentence(document: Document, spans: list[TokenSpan]) -> Candidates:
    index: Candidates = {}
    for span in spans:
        index.setdefault(document.tokens[span.first].sentence, []).append(span)
    return index


def _nearest(document: Document, pieces: list[TokenSpan], candidates: Candidates) -> TokenSpan | None:
    """The candidate closest to the quote in the sentences it touches, preferring those outside it."""
    quote = TokenSpan(pieces[0].first, pieces[-1].last)
    near = [c for sentence in sorted(_sentences_of(document, quote)) for c in candidates.get(sentence, [])]
    outside = [c for c in near if all(c.last <= p.first or c.first >= p.last for p in pieces)]
    pool = outside or near
    return min(pool, key=lambda c: c.distance(quote)) if pool else None


MAX_INTERRUPTION = 15  # tokens of frame between two pieces of one quotation


def _join_interrupted(document: Document, quotes: list[TokenSpan], cues: list[TokenSpan]) -> list[list[TokenSpan]]:
    """`Die Gespräche, sagte er, seien gescheitert`: two pieces of one quotation when the
    second has the first's type, lies in the same sentence and a cue lies in between."""
    cue_tokens = {i for span in cues for i in range(span.first, span.last)}
    joined: list[list[TokenSpan]] = []
    for quote in quotes:
        if joined:
            last = joined[-1][-1]
            gap = range(last.last, quote.first)
            if (quote.label == last.label and quote.label != "Direct"
                    and len(gap) <= MAX_INTERRUPTION and cue_tokens.intersection(gap)
                    and document.tokens[last.first].sentence == document.tokens[quote.first].sentence):
                joined[-1].append(quote)
                continue
        joined.append([quote])
    return joined


def _in_sentence_before(document: Document, quote: TokenSpan, candidates: Candidates) -> TokenSpan | None:
    """The last candidate in the sentence just before the quote (`Er sagte: …` split off)."""
    before = candidates.get(document.tokens[quote.first].sentence - 1)
    return before[-1] if before else None


CLAUSE_BREAKS = {",", ":", ";", "(", ")", "–", "—"}


def _clause_around(document: Document, cue: TokenSpan, pieces: list[TokenSpan]) -> TokenSpan:
    """The clause holding the cue, bounded by punctuation, the quote or the sentence: the
    frame when the frame tagger found none."""
    tokens = document.tokens
    sentence = document.sentences[tokens[cue.first].sentence]
    in_quote = {i for p in pieces for i in range(p.first, p.last)}
    first, last = cue.first, cue.last
    while first > sentence.first and tokens[first - 1].norm not in CLAUSE_BREAKS and first - 1 not in in_quote:
        first -= 1
    while last < sentence.last and tokens[last].norm not in CLAUSE_BREAKS | {".", "!", "?"} and last not in in_quote:
        last += 1
    return TokenSpan(first, last)


def _subject_beside_cue(document: Document, cue: TokenSpan, pieces: list[TokenSpan]) -> TokenSpan | None:
    """The subject next to a verb cue, when the tagger found no speaker: right before it at
    a clause start (`Sie warf der Regierung vor`) or right after it in an inverted clause
    (`, sagte die 52-Jährige`, `Dabei erklärte er`)."""
    tokens = document.tokens
    if not tokens[cue.first].norm[:1].islower():
        return None  # `Laut`, `Demnach`, `Nach Angaben`: the frame word is no verb
    sentence = document.sentences[tokens[cue.first].sentence]
    in_quote = {i for p in pieces for i in range(p.first, p.last)}

    def clause_start(i: int) -> bool:
        return i == sentence.first or tokens[i - 1].norm in CLAUSE_BREAKS or i - 1 in in_quote

    if cue.first > sentence.first and tokens[cue.first - 1].norm.lower() in SUBJECT_PRONOUNS and clause_start(cue.first - 1):
        return TokenSpan(cue.first - 1, cue.first)
    before = noun_phrase(tokens, cue.first - 1, sentence.first - 1, -1) if cue.first > sentence.first else None
    if before and clause_start(before[0]) and not is_function_word(tokens[before[0]]) and before[0] not in in_quote:
        return TokenSpan(*before)
    inverted = cue.first > sentence.first and (
        clause_start(cue.first) or (clause_start(cue.first - 1) and is_function_word(tokens[cue.first - 1])))
    if not inverted:
        return None
    quote_starts = [p.first for p in pieces if p.first >= cue.last]
    found = subject_phrase(tokens, cue.last, min(quote_starts + [sentence.last]))
    return TokenSpan(*found) if found else None


def _subject_inside(document: Document, quote: TokenSpan) -> TokenSpan | None:
    """Reported speech names its speaker as the clause subject: `Li nannte die Bewegung
    illegal`, `Dabei bezeichnete er …`, `So warnten Vertreter der Verbände …`."""
    tokens = document.tokens
    start = quote.first + 2 if quote.last - quote.first > 2 and is_function_word(tokens[quote.first]) else quote.first
    found = subject_phrase(tokens, start, quote.last)
    if found and found[1] < quote.last and tokens[found[1]].norm[:1].islower() and tokens[found[1]].norm.isalpha():
        return TokenSpan(*found)
    return None


DATIVE_ARTICLES = {"dem", "der", "den"}
ADDRESSING_CUES = {"sagen", "erklären", "berichten", "mitteilen", "versichern", "bestätigen", "schreiben", "raten",
                   "empfehlen", "vorschlagen", "versprechen", "antworten", "erzählen", "verraten", "zusagen", "appellieren"}
PREPOSITIONS = {"zu", "zum", "zur", "über", "nach", "mit", "von", "vom", "vor", "bei", "beim", "für", "in", "im", "auf", "aus", "um", "an", "am"}
NOT_ADVERBS = DATIVE_ARTICLES | PREPOSITIONS


def _addressee_beside(document: Document, cue: TokenSpan, speaker: TokenSpan | None,
                      pieces: list[TokenSpan]) -> TokenSpan | None:
    """Whom the cue's clause addresses, when the tagger found no addressee: `gegenüber X`, or
    after a verb like `sagen`/`mitteilen`/`appellieren` a dative phrase or `an X` right after
    the cue or after the speaker that follows it (`sagte Toby Lanzer dem Fernsehsender`,
    `sagte hierzu der Zeitung`, `appellierte an die Fluglinien`)."""
    tokens = document.tokens
    clause = _clause_around(document, cue, pieces)
    taken = set(range(speaker.first, speaker.last)) if speaker else set()
    for i in range(clause.first, clause.last - 1):
        if tokens[i].norm.lower() == "gegenüber" and i + 1 not in taken:
            found = noun_phrase(tokens, i + 1, clause.last, 1)
            return TokenSpan(*found) if found else None
    if speaker is None or lemma(tokens[cue.first].norm) not in ADDRESSING_CUES:
        return None
    start = speaker.last if speaker.first == cue.last else cue.last
    while start < min(clause.last, cue.last + 3) and tokens[start].norm.isalpha() and tokens[start].norm.islower() \
            and tokens[start].norm not in NOT_ADVERBS:
        start += 1  # an adverb: `sagte hierzu der Zeitung`
    if start < clause.last and tokens[start].norm == "an":
        start += 1
    elif start >= clause.last or tokens[start].norm.lower() not in DATIVE_ARTICLES:
        return None
    found = noun_phrase(tokens, start, clause.last, 1)
    if found is None or found[1] - found[0] < 2 or taken.intersection(range(*found)):
        return None
    return TokenSpan(*found)


def _cue_parts(document: Document, cue: TokenSpan, pieces: list[TokenSpan], candidates: Candidates) -> list[TokenSpan]:
    """A cue with its other parts in the same clause: `teilte … mit`, `hat … angekündigt`."""
    clause = _clause_around(document, cue, pieces)
    same_sentence = candidates[document.tokens[cue.first].sentence]
    return [c for c in same_sentence if clause.first <= c.first and c.last <= clause.last]


def attribute(document: Document, tags: RoleTags) -> list[Quotation]:
    if not document.tokens:
        return []
    spans = {role: spans_from_bio(tags.labels[role]) for role in ("speaker", "cue", "frame", "addressee")}
    spans["speaker"] = [s for s in spans["speaker"] if _can_name_someone(document, s)]
    roles = {role: _by_sentence(document, found) for role, found in spans.items()}
    quotations: list[Quotation] = []
    previous_speaker: Mention | None = None
    quote_spans = [q for q in spans_from_bio(tags.labels["quote"]) if not (q.label == "Direct" and _is_quoted_name(document, q))]
    for pieces in _join_interrupted(document, quote_spans, spans["cue"]):
        quote = TokenSpan(pieces[0].first, pieces[-1].last, pieces[0].label)
        quote_text = TextSpan.from_spans(document.text, [s for p in pieces for s in _char_spans(document, p)])
        cue = _nearest(document, pieces, roles["cue"])
        speaker = _nearest(document, pieces, roles["speaker"])
        if speaker is None and cue is None:  # with a cue but no speaker the frame is agentless (`es wird vermutet`)
            speaker = _in_sentence_before(document, quote, roles["speaker"])
        elif speaker is None:
            speaker = _subject_beside_cue(document, cue, pieces)
        if speaker is None and quote.label == "Reported":
            speaker = _subject_inside(document, quote)
        frame = _nearest(document, pieces, roles["frame"])
        if frame is None and cue is not None:
            frame = _clause_around(document, cue, pieces)
        addressee = _nearest(document, pieces, roles["addressee"])
        if addressee is None and cue is not None:
            addressee = _addressee_beside(document, cue, speaker, pieces)
        cue_text = None
        if cue is not None:
            parts = _cue_parts(document, cue, pieces, roles["cue"])
            cue_text = TextSpan.from_spans(document.text, [s for p in parts for s in _char_spans(document, p)])
        if quote.label == "Indirect" and speaker is None and cue is None:
            if not _has_konjunktiv(document, pieces):
                continue  # in train every Indirect quotation has a cue or a speaker
            quote.label = "IndirectFreeIndirect"  # Konjunktiv with no frame: it continues a report
        speaker_mention = _mention(document, speaker) if speaker else None
        if speaker_mention is None and quote.label in ("FreeIndirect", "IndirectFreeIndirect"):
            speaker_mention = previous_speaker
        scores = [tags.quote_confidence[i] for p in pieces for i in range(p.first, p.last)]
        confidence = sum(scores) / len(scores)
        quotations.append(
            Quotation(
                type=quote.label,
                medium=medium_for(cue_text.text if cue_text else "", quote.label),
                quote=quote_text,
                speaker=speaker_mention,
                cue=cue_text,
                frame=_text_span(document, frame, exclude=pieces) if frame else None,
                addressee=_mention(document, addressee) if addressee else None,
                confidence=round(confidence, 3),
            )
        )
        if speaker_mention is not None:
            previous_speaker = speaker_mention
        if quote.label != "Direct":
            quotations.extend(_nested_direct(document, quote, quotations[-1], len(quotations) - 1))
    return quotations


def _has_konjunktiv(document: Document, pieces: list[TokenSpan]) -> bool:
    konjunktiv = words("konjunktiv")
    return any(document.tokens[i].norm.lower() in konjunktiv for p in pieces for i in range(p.first, p.last))


def _is_quoted_name(document: Document, span: TokenSpan) -> bool:
    """`der „Financial Times“`, `„Iceland Nature Conservation Association“`: two or more words
    in quote marks, all capitalised, are a name or title (in train 201 of 204 such are no quotation)."""
    inner = [t.norm for t in document.tokens[span.first:span.last] if t.norm not in (OPEN, CLOSE)]
    return len(inner) >= 2 and all(w[:1].isupper() for w in inner)


def _nested_direct(document: Document, outer: TokenSpan, parent: Quotation, parent_index: int) -> list[Quotation]:
    """Quote marks inside an indirect quotation: a Direct quotation nested in it, same speaker."""
    nested, start = [], None
    for i in range(outer.first, outer.last):
        norm = document.tokens[i].norm
        if norm == OPEN:
            start = i
        elif norm == CLOSE and start is not None and (start, i + 1) != (outer.first, outer.last) \
                and not _is_quoted_name(document, TokenSpan(start, i + 1)):
            quote = _text_span(document, TokenSpan(start, i + 1))
            nested.append(Quotation(
                type="Direct", medium=parent.medium, quote=quote, speaker=parent.speaker, cue=parent.cue,
                frame=parent.frame, addressee=parent.addressee, confidence=parent.confidence,
                nested_in=parent_index))
            start = None
    return nested
