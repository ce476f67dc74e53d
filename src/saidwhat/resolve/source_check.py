"""Check the sources resolver against a hand-labelled gold set (`tests/gold/sources.jsonl`).

Gold format, one JSON object per line:

```json
{"id": "src001", "half": "dev", "origin": "own | dev:<wikinews id>",
 "text": "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium, dass …",
 "quotations": [{"quote": "dass …", "speaker": "Die Agentur Interfax", "cue": "berichtete",
                 "frame": "…", "type": "Indirect",
                 "kind": "media", "ownership": "agency",
                 "via": [{"text": "Kreise im Ministerium", "kind": "anonymous"}],
                 "speech_act": "assert", "commitment": "reported"}],
 "credit": "dpa",
 "sentences": [{"text": "…", "label": "attributed | hedged | fact"}]}
```

`quote`, `cue` and `frame` may be a list of pieces (discontinuous text); every piece is found in
`text` by string search (the occurrence nearest the quote). A label is checked only where it is
present: `"via": []` asserts that there is *no* chain; an item with `sentences` has every
sentence labelled.

Two modes:

- `pipeline`: run `saidwhat.analyze(text)` and find each gold quotation among the detected ones
  by the largest overlap of quote spans (else of speaker spans). A gold quotation the detector
  misses counts as wrong for every label it carries — this measures the whole system.
- `direct`: build the quotation from the gold spans (quote, speaker, cue, frame, type) and run
  only `resolve_sources` on it — this measures the resolver alone, independent of detection.

Halves (`half`): `dev` — the rules were developed against it; `test` — written together with
`dev`; after its first scoring a few generic bugs its errors revealed were fixed (separable
particles inside the cue, quote marks ending a clause, `laut` + adjective), so it is no longer
blind; `heldout` — written after development had finished and scored once (those blind figures
are kept in the closing note of issue 4); three generic bugs it then revealed were fixed (a
`nach ersten Meldungen` phrase running on into the clause, `sich bereit erklären`, a
hearsay `soll … haben` clause longer than 15 words), so it is no longer blind either. Items come from the wikinews-quotes dev articles (`origin: dev:<id>`,
short sentences, CC BY-NC-SA) and from sentences written for this set (`origin: own`).

Labelling conventions (the same as the resolver's, see `source_lexicon` and `sources`):
an unnamed spokesperson and any indefinite or plural unnamed people (`ein Beamter`, `Diplomaten`,
`Augenzeugen`, `Experten`) are anonymous, but unnamed members of a named body (`Politiker der
SPD`) are that body; a named journalist is a person, an unnamed reporter of a named outlet is
media; a capital or country speaking for its government is an organization; a report of a
media outlet is media, other reports, studies, statements and rulings are documents; pronouns
and anaphors with no antecedent in the item are unknown. `via` holds the sources other than the
speaker named in the frame (`nach Angaben von X sagte Z`: Z via X; `so Z laut X`, `so Z im X`:
Z via X). The speech act is the one the reporting verb or noun names (`sagte` + a denial in the
content is still `assert`; `kündigte an` is `promise`, as issue 4 lists it); commitment is
`distanced` only for the reporter's own hearsay markers. A sentence is `attributed` when it names
a source (vague ones included: `Berichten zufolge`), `hedged` when it hedges or speculates with
no source (`Schätzungen zufolge`, `Gerüchten zufolge` name none), `fact` otherwise.

Scores: kind accuracy (speaker kinds and via kinds), ownership accuracy, chain accuracy (a
quotation's `via` list must match exactly: same length, each link's text matching in order; on
all labelled quotations and on those with a non-empty chain), speech act and commitment
accuracy, credit accuracy, and P/R/F1 of the unattributed hedged claims against the sentences
labelled `hedged`. Via texts match when at least half of the gold link's content words (no
articles, prepositions or punctuation) are in the predicted link and at least a third of the
predicted link's content words are in the gold one.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from saidwhat.errors import InputError
from saidwhat.types import Article, Mention, Quotation, TextSpan

HALVES = ("dev", "test", "heldout", "all")
TARGETS = {"kind": 0.90, "chains": 0.80, "speech_act": 0.85, "commitment": 0.85, "unattributed_f1": 0.75}
_WORD = re.compile(r"[\wÄÖÜäöüß]+")
_FUNCTION_WORDS = frozenset(
    "der die das des dem den ein eine eines einem einen einer von vom aus in im bei beim auf mit zu zur zum am an und".split()
)


@dataclass
class Tally:
    correct: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ok: bool, message: str = "") -> None:
        self.total += 1
        if ok:
            self.correct += 1
        elif message:
            self.errors.append(message)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    kind: Tally = field(default_factory=Tally)
    ownership: Tally = field(default_factory=Tally)
    chains: Tally = field(default_factory=Tally)
    chains_nonempty: Tally = field(default_factory=Tally)
    speech_act: Tally = field(default_factory=Tally)
    commitment: Tally = field(default_factory=Tally)
    credit: Tally = field(default_factory=Tally)
    sentences: Tally = field(default_factory=Tally)
    unattributed: PRF = field(default_factory=PRF)
    found: Tally = field(default_factory=Tally)  # gold quotations the pipeline found
    on_found: "Scores | None" = None  # the same labels, counted only on quotations found

    def as_dict(self) -> dict:
        out = {}
        for name in ("kind", "ownership", "chains", "chains_nonempty", "speech_act", "commitment", "credit", "sentences", "found"):
            t = getattr(self, name)
            out[name] = {"accuracy": t.accuracy, "correct": t.correct, "total": t.total}
        u = self.unattributed
        out["unattributed"] = {"precision": u.precision, "recall": u.recall, "f1": u.f1, "tp": u.tp, "fp": u.fp, "fn": u.fn}
        if self.on_found is not None and self.found.total and self.found.correct < self.found.total:
            out["on_found"] = {k: v for k, v in self.on_found.as_dict().items() if k in ("kind", "ownership", "chains", "chains_nonempty", "speech_act", "commitment")}
        return out

    def headline(self) -> dict[str, float | None]:
        return {
            "kind": self.kind.accuracy,
            "chains": self.chains.accuracy,
            "speech_act": self.speech_act.accuracy,
            "commitment": self.commitment.accuracy,
            "unattributed_f1": self.unattributed.f1,
        }


def load_gold(path: str | Path) -> list[dict]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}")
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except ValueError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc}); each line must be one gold item")
    return items


# ---------------------------------------------------------------- locating gold text
def _pieces(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _find_all(text: str, piece: str) -> list[int]:
    out, start = [], 0
    while True:
        i = text.find(piece, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def _locate(text: str, value, near: int = 0, item_id: str = "") -> list[tuple[int, int]]:
    spans = []
    anchor = near
    for piece in _pieces(value):
        hits = _find_all(text, piece)
        if not hits:
            raise InputError(f"gold item {item_id}: {piece!r} is not in its text")
        best = min(hits, key=lambda h: abs(h - anchor))
        spans.append((best, best + len(piece)))
        anchor = best + len(piece)
    return sorted(spans)


def gold_quotation(text: str, g: dict, item_id: str = "") -> Quotation:
    quote = _locate(text, g["quote"], 0, item_id)
    near = quote[0][0]
    speaker = _locate(text, g.get("speaker"), near, item_id) if g.get("speaker") else []
    cue = _locate(text, g.get("cue"), near, item_id) if g.get("cue") else []
    frame = _locate(text, g.get("frame"), near, item_id) if g.get("frame") else []
    return Quotation(
        type=g.get("type", "Indirect"),
        medium="none",
        quote=TextSpan.from_spans(text, quote),
        speaker=Mention(**vars(TextSpan.from_spans(text, speaker))) if speaker else None,
        cue=TextSpan.from_spans(text, cue) if cue else None,
        frame=TextSpan.from_spans(text, frame) if frame else None,
    )


# ---------------------------------------------------------------- running
def _direct(text: str, item: dict) -> Article:
    from saidwhat.resolve.sources import resolve_sources
    from saidwhat.text import segment

    document = segment(text)
    quotations = [gold_quotation(text, g, item.get("id", "")) for g in item.get("quotations", [])]
    article = Article(text=text, quotations=quotations)
    resolve_sources(document, article)
    return article


def _pipeline(text: str, item: dict) -> Article:
    from saidwhat import analyze

    return analyze(text)


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _match(text: str, g: dict, predicted: list[Quotation], item_id: str) -> Quotation | None:
    quote = _locate(text, g["quote"], 0, item_id)
    best, best_overlap = None, 0
    for q in predicted:
        o = _overlap(quote, list(q.quote.spans))
        if o > best_overlap:
            best, best_overlap = q, o
    if best is None and g.get("speaker"):
        speaker = _locate(text, g["speaker"], quote[0][0], item_id)
        for q in predicted:
            if q.speaker is not None and _overlap(speaker, list(q.speaker.spans)) > best_overlap:
                best, best_overlap = q, _overlap(speaker, list(q.speaker.spans))
    return best


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _FUNCTION_WORDS}


def via_matches(gold: str, predicted: str) -> bool:
    g, p = _content(gold), _content(predicted)
    if not g or not p:
        return False
    common = len(g & p)
    return common / len(g) >= 0.5 and common / len(p) >= 1 / 3


def evaluate(items: list[dict], mode: str = "direct", half: str | None = None) -> Scores:
    """Score the resolver on the gold items (`half`: "dev", "test" or None for all)."""
    run = _direct if mode == "direct" else _pipeline
    scores = Scores(on_found=Scores())
    for item in items:
        if half and item.get("half") != half:
            continue
        text = item["text"]
        item_id = item.get("id", "?")
        article = run(text, item)
        for gi, g in enumerate(item.get("quotations", [])):
            where = f"{item_id}#{gi}"
            q = article.quotations[gi] if mode == "direct" else _match(text, g, article.quotations, item_id)
            scores.found.add(q is not None, f"{where}: quotation not detected: {g['quote']!r}")
            _score_quotation(scores, g, q, where)
            if q is not None:
                _score_quotation(scores.on_found, g, q, where)
        if "credit" in item:
            got = article.credit.text if article.credit is not None else None
            ok = (got is None and item["credit"] is None) or (got is not None and item["credit"] is not None and via_matches(item["credit"], got))
            scores.credit.add(ok, f"{item_id}: credit {got!r}, gold {item['credit']!r}")
        if "sentences" in item:
            _score_sentences(scores, item, article)
    return scores


def _score_quotation(scores: Scores, g: dict, q: Quotation | None, where: str) -> None:
    if "kind" in g:
        got = q.speaker.kind if q is not None and q.speaker is not None else None
        scores.kind.add(got == g["kind"], f"{where}: speaker {g.get('speaker')!r} kind {got}, gold {g['kind']}")
    if "ownership" in g:
        got = q.speaker.ownership if q is not None and q.speaker is not None else None
        scores.ownership.add(got == g["ownership"], f"{where}: ownership {got}, gold {g['ownership']}")
    if "via" in g:
        predicted = q.via if q is not None else []
        ok = q is not None and len(predicted) == len(g["via"]) and all(
            via_matches(gv["text"], pv.text) for gv, pv in zip(g["via"], predicted)
        )
        message = f"{where}: via {[v.text for v in predicted]}, gold {[v['text'] for v in g['via']]}"
        scores.chains.add(ok, message)
        if g["via"]:
            scores.chains_nonempty.add(ok, message)
        for gv in g["via"]:
            if "kind" not in gv:
                continue
            match = next((pv for pv in predicted if via_matches(gv["text"], pv.text)), None)
            got = match.kind if match is not None else None
            scores.kind.add(got == gv["kind"], f"{where}: via {gv['text']!r} kind {got}, gold {gv['kind']}")
    if "speech_act" in g:
        got = q.speech_act if q is not None else None
        scores.speech_act.add(got == g["speech_act"], f"{where}: speech act {got}, gold {g['speech_act']} ({g.get('cue')!r})")
    if "commitment" in g:
        got = q.commitment if q is not None else None
        scores.commitment.add(got == g["commitment"], f"{where}: commitment {got}, gold {g['commitment']} ({g['quote']!r})")


def _score_sentences(scores: Scores, item: dict, article: Article) -> None:
    from saidwhat.resolve.sources import sentence_labels

    text = item["text"]
    predicted_labels = sentence_labels(text, article)
    claims = [c.spans[0] for c in article.unattributed]
    labelled = []
    for s in item["sentences"]:
        span = _locate(text, s["text"], 0, item.get("id", ""))[0]
        labelled.append((span, s["label"]))
        hit = any(_overlap([span], [c]) for c in claims)
        if s["label"] == "hedged":
            if hit:
                scores.unattributed.tp += 1
            else:
                scores.unattributed.fn += 1
                scores.unattributed.errors.append(f"{item['id']}: missed hedged claim {s['text']!r}")
        elif hit:
            scores.unattributed.fp += 1
            scores.unattributed.errors.append(f"{item['id']}: listed {s['label']} sentence {s['text']!r}")
        got = next((label for sp, label in predicted_labels if _overlap([span], [sp])), "fact")
        scores.sentences.add(got == s["label"], f"{item['id']}: sentence labelled {got}, gold {s['label']}: {s['text']!r}")
    for c in claims:
        if not any(_overlap([c], [sp]) for sp, _ in labelled):
            scores.unattributed.fp += 1
            scores.unattributed.errors.append(f"{item['id']}: listed unlabelled text {text[c[0]:c[1]]!r}")


def report(items: list[dict], modes: tuple[str, ...] = ("direct", "pipeline")) -> tuple[str, dict]:
    """A plain-text table (and the same figures as a dict) for each mode and half."""
    results: dict = {}
    lines = []
    for mode in modes:
        results[mode] = {}
        for half in HALVES:
            results[mode][half] = evaluate(items, mode, None if half == "all" else half)
        lines.append(f"mode: {mode}")
        lines.append(f"  {'metric':<22}" + "".join(f"{h:>12}" for h in HALVES) + "   (n all)  target")
        rows = [
            ("kind", lambda s: s.kind.accuracy, lambda s: s.kind.total, TARGETS["kind"]),
            ("ownership", lambda s: s.ownership.accuracy, lambda s: s.ownership.total, None),
            ("chains", lambda s: s.chains.accuracy, lambda s: s.chains.total, TARGETS["chains"]),
            ("chains (non-empty)", lambda s: s.chains_nonempty.accuracy, lambda s: s.chains_nonempty.total, None),
            ("speech act", lambda s: s.speech_act.accuracy, lambda s: s.speech_act.total, TARGETS["speech_act"]),
            ("commitment", lambda s: s.commitment.accuracy, lambda s: s.commitment.total, TARGETS["commitment"]),
            ("credit", lambda s: s.credit.accuracy, lambda s: s.credit.total, None),
            ("unattributed P", lambda s: s.unattributed.precision, lambda s: s.unattributed.tp + s.unattributed.fp, None),
            ("unattributed R", lambda s: s.unattributed.recall, lambda s: s.unattributed.tp + s.unattributed.fn, None),
            ("unattributed F1", lambda s: s.unattributed.f1, lambda s: s.unattributed.tp + s.unattributed.fn, TARGETS["unattributed_f1"]),
            ("sentence 3-way", lambda s: s.sentences.accuracy, lambda s: s.sentences.total, None),
            ("quotations found", lambda s: s.found.accuracy, lambda s: s.found.total, None),
        ]
        for name, value, count, target in rows:
            cells = []
            for half in HALVES:
                v = value(results[mode][half])
                cells.append(f"{v * 100:11.1f}%" if v is not None else f"{'–':>12}")
            t = f"≥ {target * 100:.0f}%" if target else ""
            lines.append(f"  {name:<22}{''.join(cells)}   ({count(results[mode]['all']):>4})  {t}")
        if mode == "pipeline":
            lines.append("  on the quotations the pipeline found:")
            for name, value, count, target in rows[:6]:
                cells = []
                for half in HALVES:
                    v = value(results[mode][half].on_found)
                    cells.append(f"{v * 100:11.1f}%" if v is not None else f"{'–':>12}")
                lines.append(f"  {name:<22}{''.join(cells)}   ({count(results[mode]['all'].on_found):>4})")
        lines.append("")
    figures = {mode: {half: s.as_dict() for half, s in by_half.items()} for mode, by_half in results.items()}
    return "\n".join(lines), {"figures": figures, "scores": results}


def errors(scores: Scores) -> list[str]:
    out = []
    for name in ("kind", "ownership", "chains", "speech_act", "commitment", "credit", "found"):
        out += [f"[{name}] {e}" for e in getattr(scores, name).errors]
    out += [f"[unattributed] {e}" for e in scores.unattributed.errors]
    return out
