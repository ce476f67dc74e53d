"""The rule engine: quotation detection from quote marks, cue verbs, verb-less frames and
Konjunktiv, with no model. It is what the Apache-2.0 package runs when no model is installed.

Per sentence: text in quote marks is Direct; a clause with a cue verb frames the clauses
after it (`Er sagte, es sei …`) or before it (`Es sei …, sagte er`) as Indirect when they
carry Konjunktiv or `dass`; `laut X`, `X zufolge`, `nach Angaben X` frame the rest of the
sentence. The speaker is the noun phrase beside the cue inside the cue's clause."""
from __future__ import annotations

from saidwhat.detect import ROLES, RoleTags
from saidwhat.lexicon import words
from saidwhat.text import Document, Sentence
from saidwhat.text.lemma import lemma
from saidwhat.text.normalise import CLOSE, OPEN
from saidwhat.text.phrases import noun_phrase

CLAUSE_BREAKS = {",", ":", ";", "–", "—"}
PREPOSITIONAL_FRAMES = {"laut", "gemäß"}
POSTPOSITIONAL_FRAMES = {"zufolge"}
ANGABEN = {"angaben", "informationen", "auskunft", "einschätzung", "ansicht", "aussage", "aussagen", "worten", "darstellung"}
MIN_DIRECT_TOKENS = 2  # a single word in quote marks is a name, a title or a term, not a quotation
RULE_CONFIDENCE = 0.5


class RuleTagger:
    name = "rules"

    def __init__(self) -> None:
        self.cue_words = words("cue_verbs") - PREPOSITIONAL_FRAMES - POSTPOSITIONAL_FRAMES - {"demnach", "wonach"}
        self.konjunktiv = words("konjunktiv")

    def tag(self, document: Document) -> RoleTags:
        n = len(document.tokens)
        labels = {role: ["O"] * n for role in ROLES}
        confidence = [0.0] * n
        for sentence in document.sentences:
            _SentenceRules(self, document, sentence.first, sentence.last, labels).apply()
        for i, label in enumerate(labels["quote"]):
            if label != "O":
                confidence[i] = RULE_CONFIDENCE
        return RoleTags(labels, confidence)

    def framed_clause(self, document: Document, sentence: Sentence) -> tuple[int, int] | None:
        """Token range [start, end) of the clause a reporting frame marks as reported in
        one sentence: a verb-less frame (`laut X`, `nach Angaben X`, `X zufolge`) or a cue
        verb before or after a clause with Konjunktiv or `dass`."""
        rules = _SentenceRules(self, document, sentence.first, sentence.last, labels={})
        found = rules.verbless_frame() or rules.verb_frame(direct=[])
        return found[3] if found else None


class _SentenceRules:
    def __init__(self, tagger: RuleTagger, document: Document, first: int, last: int, labels: dict[str, list[str]]):
        self.t = tagger
        self.tokens = document.tokens
        self.first, self.last = first, last
        self.labels = labels
        self.lower = [tok.norm.lower() for tok in self.tokens[first:last]]

    def mark(self, role: str, start: int, end: int, tag: str | None = None) -> None:
        tag = tag or role
        for i in range(start, end):
            self.labels[role][i] = ("B-" if i == start else "I-") + tag

    def word(self, i: int) -> str:
        return self.lower[i - self.first]

    def is_cue(self, i: int) -> bool:
        w = self.word(i)
        return not self.tokens[i].in_quote and (w in self.t.cue_words or lemma(self.tokens[i].norm) in self.t.cue_words)

    def clauses(self) -> list[tuple[int, int]]:
        out, start = [], self.first
        for i in range(self.first, self.last):
            if self.tokens[i].norm in CLAUSE_BREAKS and not self.tokens[i].in_quote:
                if i > start:
                    out.append((start, i))
                start = i + 1
        end = self.last - 1 if self.tokens[self.last - 1].norm in {".", "!", "?"} else self.last
        if end > start:
            out.append((start, end))
        return out

    def apply(self) -> None:
        direct = self.direct_quotes()
        frame = self.verbless_frame() or self.verb_frame(direct)
        if frame is None:
            return
        cue, speaker, frame_span, quote = frame
        self.mark("cue", *cue)
        if speaker:
            self.mark("speaker", *speaker)
            self.addressee(frame_span)
        self.mark("frame", *frame_span)
        if quote and not direct:
            self.mark("quote", *quote, tag="Indirect")

    def direct_quotes(self) -> list[tuple[int, int]]:
        spans, start = [], None
        for i in range(self.first, self.last):
            norm = self.tokens[i].norm
            if norm == OPEN:
                start = i
            elif norm == CLOSE and start is not None:
                if i - start - 1 >= MIN_DIRECT_TOKENS:
                    spans.append((start, i + 1))
                start = None
        if start is not None and self.last - start - 1 >= MIN_DIRECT_TOKENS:
            spans.append((start, self.last))  # a quote that runs on into the next sentence
        for s, e in spans:
            self.mark("quote", s, e, tag="Direct")
        return spans

    def has_report_marker(self, start: int, end: int) -> bool:
        return any(self.word(i) in self.t.konjunktiv or self.word(i) == "dass" for i in range(start, end))

    def noun_phrase(self, start: int, limit: int, step: int) -> tuple[int, int] | None:
        return noun_phrase(self.tokens, start, limit, step)

    def verbless_frame(self):
        for i in range(self.first, self.last):
            if self.tokens[i].in_quote:
                continue
            w = self.word(i)
            nach_angaben = w == "nach" and i + 1 < self.last and self.word(i + 1) in ANGABEN
            if w in PREPOSITIONAL_FRAMES or nach_angaben:
                cue_end = i + 2 if nach_angaben else i + 1
                speaker = self.noun_phrase(cue_end, self.last, 1)
                frame_end = speaker[1] if speaker else cue_end
                quote = self.rest_of_sentence(i, frame_end)
                return (i, cue_end), speaker, (i, frame_end), quote
            if w in POSTPOSITIONAL_FRAMES:
                clause_start = max([s for s, e in self.clauses() if s <= i] or [self.first])
                speaker = (clause_start, i) if i > clause_start else None
                quote = self.rest_of_sentence(clause_start, i + 1)
                return (i, i + 1), speaker, (clause_start, i + 1), quote
        return None

    def rest_of_sentence(self, frame_start: int, frame_end: int) -> tuple[int, int] | None:
        end = self.last - 1 if self.tokens[self.last - 1].norm in {".", "!", "?"} else self.last
        start = frame_end + 1 if frame_end < end and self.tokens[frame_end].norm == "," else frame_end
        if frame_start == self.first and end - start >= 3:
            return start, end
        if frame_start > self.first:
            before_end = frame_start - 1 if self.tokens[frame_start - 1].norm == "," else frame_start
            if before_end - self.first >= 3:
                return self.first, before_end
        return None

    def verb_frame(self, direct: list[tuple[int, int]]):
        clauses = self.clauses()
        for index, (start, end) in enumerate(clauses):
            cues = [i for i in range(start, end) if self.is_cue(i)]
            if not cues:
                continue
            cue = cues[0]
            after = clauses[index + 1 :]
            before = clauses[:index]
            quote = None
            if after and self.has_report_marker(after[0][0], after[-1][1]):
                quote = (after[0][0], after[-1][1])
            elif before and self.has_report_marker(before[0][0], before[-1][1]):
                quote = (before[0][0], before[-1][1])
            if quote is None and not direct:
                continue
            if cue == start or self.tokens[cue - 1].norm in (",", ":"):
                speaker = self.noun_phrase(cue + 1, end, 1)  # `sagte der Minister`
            else:
                speaker = self.noun_phrase(cue - 1, start - 1, -1)  # `der Minister sagte`
            return (cue, cue + 1), speaker, (start, end), quote
        return None

    def addressee(self, frame: tuple[int, int]) -> None:
        for i in range(*frame):
            if self.word(i) == "gegenüber" and self.labels["speaker"][i] == "O":
                np = self.noun_phrase(i + 1, frame[1], 1)
                if np:
                    self.mark("addressee", i, np[1])
                return
