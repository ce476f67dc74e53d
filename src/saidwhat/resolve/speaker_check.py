"""Measure speaker resolution on a hand-written gold set (`saidwhat check-speakers GOLD`).

The gold file (tests/gold/speakers.jsonl) has three kinds of lines:
- `{"doc": "dev/<id>", "mentions": [{"role", "start", "end", "text", "entity", "members"?}]}`:
  a dev article of the WIKINEWS data; its quotations (quote, speaker, addressee, cue spans)
  are read from the dataset, so the resolver is measured on given mention spans, independent
  of quotation detection.
- `{"doc": "own/<name>", "marked": "… [[S:Kremlsprecher Dmitri Peskow=>Dmitri Peskow]] …"}`:
  a text written for the set; `[[S|A:mention=>ENTITY]]` marks a speaker or addressee, ENTITY is
  `-` (never named), `A|B` (equivalent spellings) or `{A; B}` (a group, scored on its members; a
  member may list spellings: `{A|A2; B}`).
- `{"pair": [a, b], "same": true|false}`: two written names that must / must not be one person.

Figures: entity accuracy over all labelled mentions (and per category); wrong merges and
wrong splits over all pairs of labelled mentions within an article and over the name pairs.
With `--e2e`, the same articles also go through `saidwhat.analyze` and the detected speakers
that overlap a gold mention are scored."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from saidwhat.errors import InputError

_MARK = re.compile(r"\[\[([SA]):(.+?)=>(.+?)\]\]")
_PRONOUNS = {"er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "der", "die", "das", "dieser", "diese", "jener", "jene", "dem", "den"}
_POSSESSIVE = ("sein", "ihr")


@dataclass
class GoldMention:
    role: str
    start: int
    end: int
    text: str
    entity: list[str] | None  # alternatives; None: never named
    members: list[str] = field(default_factory=list)


@dataclass
class GoldDoc:
    name: str
    text: str
    quotations: list  # saidwhat.types.Quotation, speakers/addressees without entity
    mentions: list[GoldMention]


@dataclass
class Outcome:
    doc: str
    mention: GoldMention
    predicted: str | None
    predicted_members: list[str]
    correct: bool
    category: str


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    pair_results: list[tuple[str, str, bool, bool]] = field(default_factory=list)  # a, b, gold, predicted
    mention_pairs_same: int = 0
    mention_pairs_diff: int = 0
    wrong_merges: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_splits: list[tuple[str, str, str]] = field(default_factory=list)
    skipped_docs: list[str] = field(default_factory=list)
    e2e: dict | None = None

    @property
    def accuracy(self) -> float:
        return sum(o.correct for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def merge_rate(self) -> float:
        neg = [p for p in self.pair_results if not p[2]]
        bad = sum(1 for p in neg if p[3])
        return (bad + len(self.wrong_merges)) / max(1, len(neg) + self.mention_pairs_diff)

    @property
    def split_rate(self) -> float:
        pos = [p for p in self.pair_results if p[2]]
        bad = sum(1 for p in pos if not p[3])
        return (bad + len(self.wrong_splits)) / max(1, len(pos) + self.mention_pairs_same)

    def error_kinds(self) -> dict[str, int]:
        """Wrong answers by how they are wrong (a count that says where to look, without the errors)."""
        gold: dict[str, set[str]] = {}  # per article: every gold name
        for o in self.outcomes:
            gold.setdefault(o.doc, set()).update(_norm(a) for a in o.mention.entity or ())
        return dict(Counter(_error_kind(o, gold[o.doc]) for o in self.outcomes if not o.correct))

    def categories(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for o in self.outcomes:
            c, n = out.get(o.category, (0, 0))
            out[o.category] = (c + o.correct, n + 1)
        return out


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    from saidwhat.resolve.names import fold

    return " ".join(fold(name).strip("„“”«»\"' ").rstrip(".").split())  # Leo XIV. = Leo XIV


def _parse_entity(value) -> tuple[list[str] | None, list[str]]:
    """Gold entity alternatives and group members; a member may list spellings too (`{A|A2; B}`)."""
    if value is None or value == "-":
        return None, []
    if isinstance(value, list):
        members = value
    else:
        value = value.strip()
        if not (value.startswith("{") and value.endswith("}")):
            return [v.strip() for v in value.split("|")], []
        members = [m.strip() for m in value[1:-1].split(";") if m.strip()]
    return [" und ".join(m.split("|")[0] for m in members)], members


def _members_match(predicted: list[str], gold: list[str]) -> bool:
    """Is each gold member (with its spellings) predicted exactly once?"""
    left = [{_norm(a) for a in g.split("|")} for g in gold]
    for name in predicted:
        hit = next((g for g in left if _norm(name) in g), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def default_data_dir() -> Path | None:
    candidates = [os.environ.get("SAIDWHAT_WIKINEWS", "")]
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        candidates.append(str(parent / "../shared/data/wikinews-quotes"))
        candidates.append(str(parent / "shared/data/wikinews-quotes"))
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return None


def _dev_doc(line: dict, data_dir: Path | None) -> GoldDoc | None:
    from saidwhat.types import Mention, Quotation, TextSpan

    split, _, ident = line["doc"].partition("/")
    if data_dir is None:
        return None
    path = data_dir / split / f"{ident}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["originalText"]

    def spans(role: dict | None) -> list[tuple[int, int]]:
        if not role or not role.get("spans"):
            return []
        return sorted((s["charBegin"], s["charEnd"]) for s in role["spans"])

    quotations = []
    for a in data["annotations"]:
        qs = spans(a.get("quote"))
        if not qs:
            continue
        sp, ad, cu = spans(a.get("speaker")), spans(a.get("addressee")), spans(a.get("cue"))
        quotations.append(
            Quotation(
                type=a.get("type", "Direct"),
                medium=a.get("medium", "none"),
                quote=TextSpan.from_spans(text, qs),
                speaker=Mention(*_ts(text, sp)) if sp else None,
                cue=TextSpan.from_spans(text, cu) if cu else None,
                addressee=Mention(*_ts(text, ad)) if ad else None,
            )
        )
    quotations.sort(key=lambda q: q.quote.start)
    mentions = []
    for m in line["mentions"]:
        ent, members = _parse_entity(m.get("members") or m.get("entity"))
        mentions.append(GoldMention(m["role"], m["start"], m["end"], m["text"], ent, members))
        if text[m["start"] : m["end"]] != m["text"]:
            raise InputError(f"{line['doc']}: gold mention {m['text']!r} does not match the article text at {m['start']}")
    return GoldDoc(line["doc"], text, quotations, mentions)


def _ts(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    return " ".join(text[s:e] for s, e in spans), spans


def _own_doc(line: dict) -> GoldDoc:
    from saidwhat.text import segment
    from saidwhat.types import Mention, Quotation, TextSpan

    marked = line["marked"]
    out, pos, marks = [], 0, []
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        marks.append((m.group(1), start, start + len(m.group(2)), m.group(2), m.group(3)))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    document = segment(text)
    sentences = document.sentences

    def sentence_span(offset: int) -> tuple[int, int]:
        for s in sentences:
            if s.start <= offset < s.end:
                return s.start, s.end
        return 0, len(text)

    quotations, mentions = [], []
    last_speaker_q = None
    for role, s, e, t, ent in marks:
        entity, members = _parse_entity(ent)
        mentions.append(GoldMention("speaker" if role == "S" else "addressee", s, e, t, entity, members))
        ss, se = sentence_span(s)
        mention = Mention(t, [(s, e)])
        if role == "S":
            q = Quotation(type="Indirect", medium="Speech", quote=TextSpan(text[ss:se], [(ss, se)]), speaker=mention)
            quotations.append(q)
            last_speaker_q = q
        else:
            if last_speaker_q is not None and last_speaker_q.quote.start == ss and last_speaker_q.addressee is None:
                last_speaker_q.addressee = mention
            else:
                quotations.append(Quotation(type="Indirect", medium="Speech", quote=TextSpan(text[ss:se], [(ss, se)]), addressee=mention))
    return GoldDoc(line["doc"], text, quotations, mentions)


def load_gold(path: str | Path, data_dir: Path | None = None) -> tuple[list[GoldDoc], list[dict], list[str]]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    docs, pairs, skipped = [], [], []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc})")
        if "pair" in line:
            pairs.append(line)
        elif "marked" in line:
            docs.append(_own_doc(line))
        elif "doc" in line:
            doc = _dev_doc(line, data_dir)
            if doc is None:
                skipped.append(line["doc"])
            else:
                docs.append(doc)
    return docs, pairs, skipped


def _category(m: GoldMention) -> str:
    first = m.text.split()[0].lower() if m.text.split() else ""
    if m.members:
        return "group"
    if m.entity and m.entity[0].startswith("Regierung"):
        return "metonym"
    if m.text.lower() in _PRONOUNS or first.startswith(_POSSESSIVE) and len(m.text.split()) <= 2 and first not in ("seine", "ihre"):
        return "pronoun"
    if m.entity is None:
        return "unnamed"
    if any(_norm(alt) and _norm(alt) in _norm(m.text) for alt in m.entity):
        return "full name"
    tokens = {t.strip(",.()") for t in m.text.split()}
    if any(t and t[0].isupper() and any(t in alt.split() or t.rstrip("s") in alt.split() for alt in m.entity) for t in tokens):
        return "partial name"
    return "description"


def _error_kind(o: Outcome, gold_names: set[str]) -> str:
    if o.mention.members:
        return "group"
    if o.predicted is None:
        return "no identity"
    if o.mention.entity is None:
        return "named an unnamed one"
    predicted = _norm(o.predicted).split()
    golds = [_norm(alt).split() for alt in o.mention.entity]
    if any(_within(predicted, gold) or _within(gold, predicted) for gold in golds):
        return "part of the name"  # cut short or run on: `Umweltministerium` for `Umweltministerium Bayern`
    if any(set(predicted) & set(gold) for gold in golds):
        return "a name sharing a word"  # `Regierung Syriens` for `Regierung Iraks`, another Hofmeister
    return "another identity" if " ".join(predicted) in gold_names else "a name not in the gold"


def _within(part: list[str], whole: list[str]) -> bool:
    """Are the words `part` a run of the words `whole`?"""
    return any(whole[k:k + len(part)] == part for k in range(len(whole) - len(part) + 1))


def _correct(m: GoldMention, entity: str | None, members: list[str]) -> bool:
    if m.members:
        return _members_match(members, m.members)
    if m.entity is None:
        return entity is None
    return _norm(entity) in {_norm(a) for a in m.entity}


def evaluate(path: str | Path, data_dir: Path | None = None, e2e: bool = False) -> Report:
    """Run the speaker resolver on the gold set's given mention spans and score it."""
    from saidwhat.resolve import names
    from saidwhat.resolve.speakers import resolve_speakers
    from saidwhat.text import segment
    from saidwhat.types import Article

    data_dir = data_dir or default_data_dir()
    docs, pairs, skipped = load_gold(path, data_dir)
    report = Report(skipped_docs=skipped)
    for doc in docs:
        article = Article(text=doc.text, quotations=doc.quotations)
        resolve_speakers(segment(doc.text), article)
        predicted: dict[tuple[str, int, int], object] = {}
        for q in article.quotations:
            for role in ("speaker", "addressee"):
                m = getattr(q, role)
                if m is not None:
                    predicted.setdefault((role, m.spans[0][0], m.spans[-1][1]), m)
        outcomes = []
        for gm in doc.mentions:
            pm = predicted.get((gm.role, gm.start, gm.end))
            ent = pm.entity if pm is not None else None
            members = list(pm.members) if pm is not None else []
            o = Outcome(doc.name, gm, ent, members, _correct(gm, ent, members), _category(gm))
            outcomes.append(o)
        report.outcomes.extend(outcomes)
        _mention_pairs(report, doc.name, outcomes)
    for p in pairs:
        a, b = p["pair"]
        report.pair_results.append((a, b, bool(p["same"]), names.same_person(a, b)))
    if e2e:
        report.e2e = _end_to_end(docs)
    return report


def _mention_pairs(report: Report, doc: str, outcomes: list[Outcome]) -> None:
    singles = [o for o in outcomes if not o.mention.members]
    for i in range(len(singles)):
        for j in range(i + 1, len(singles)):
            a, b = singles[i], singles[j]
            ga = {_norm(x) for x in a.mention.entity} if a.mention.entity else None
            gb = {_norm(x) for x in b.mention.entity} if b.mention.entity else None
            gold_same = bool(ga and gb and ga & gb)
            pred_same = a.predicted is not None and _norm(a.predicted) == _norm(b.predicted)
            if gold_same:
                report.mention_pairs_same += 1
                if not pred_same:
                    report.wrong_splits.append((doc, a.mention.text, b.mention.text))
            else:
                report.mention_pairs_diff += 1
                if pred_same:
                    report.wrong_merges.append((doc, a.mention.text, b.mention.text))


def _end_to_end(docs: list[GoldDoc]) -> dict:
    try:
        from saidwhat import analyze

        found = correct = total = 0
        for doc in docs:
            article = analyze(doc.text)
            spans = []
            for q in article.quotations:
                for role in ("speaker", "addressee"):
                    m = getattr(q, role)
                    if m is not None:
                        spans.append((role, m.spans[0][0], m.spans[-1][1], m))
            for gm in doc.mentions:
                total += 1
                hit = [m for role, s, e, m in spans if role == gm.role and s < gm.end and gm.start < e]
                if hit:
                    found += 1
                    m = hit[0]
                    correct += _correct(gm, m.entity, list(m.members))
        return {"mentions": total, "detected": found, "correct": correct,
                "accuracy_on_detected": correct / max(1, found), "accuracy_overall": correct / max(1, total)}
    except Exception as exc:  # the detection stage may not exist yet
        return {"error": f"{type(exc).__name__}: {exc}"}


def format_report(report: Report, verbose: bool = False) -> str:
    lines = []
    n = len(report.outcomes)
    lines.append(f"mentions: {n} in {len({o.doc for o in report.outcomes})} articles"
                 + (f" ({len(report.skipped_docs)} dev articles skipped: data not found)" if report.skipped_docs else ""))
    lines.append(f"entity accuracy: {report.accuracy:.1%} ({sum(o.correct for o in report.outcomes)}/{n})")
    for cat, (c, t) in sorted(report.categories().items()):
        lines.append(f"  {cat:<13} {c / t:6.1%} ({c}/{t})")
    hard = [o for o in report.outcomes if o.category in ("pronoun", "description", "partial name", "unnamed")]
    lines.append(f"  pronouns, descriptions, partial names and unnamed: {sum(o.correct for o in hard) / max(1, len(hard)):.1%} ({sum(o.correct for o in hard)}/{len(hard)})")
    kinds = report.error_kinds()
    if kinds:
        lines.append("errors by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    neg = [p for p in report.pair_results if not p[2]]
    pos = [p for p in report.pair_results if p[2]]
    bad_m = [p for p in neg if p[3]]
    bad_s = [p for p in pos if not p[3]]
    lines.append(f"wrong merges: {report.merge_rate:.1%} (name pairs {len(bad_m)}/{len(neg)}, mention pairs {len(report.wrong_merges)}/{report.mention_pairs_diff})")
    lines.append(f"wrong splits: {report.split_rate:.1%} (name pairs {len(bad_s)}/{len(pos)}, mention pairs {len(report.wrong_splits)}/{report.mention_pairs_same})")
    if report.e2e is not None:
        e = report.e2e
        if "error" in e:
            lines.append(f"end to end (saidwhat.analyze): not available ({e['error']})")
        else:
            lines.append(f"end to end (saidwhat.analyze): {e['detected']}/{e['mentions']} gold mentions detected; "
                         f"entity accuracy {e['accuracy_on_detected']:.1%} on those, {e['accuracy_overall']:.1%} overall")
    if verbose:
        lines.append("")
        lines.append("errors:")
        for o in report.outcomes:
            if not o.correct:
                gold = "{" + "; ".join(o.mention.members) + "}" if o.mention.members else ("-" if o.mention.entity is None else o.mention.entity[0])
                got = "{" + "; ".join(o.predicted_members) + "}" if o.predicted_members else o.predicted
                lines.append(f"  {o.doc} [{o.category}] {o.mention.text!r}: gold {gold!r}, got {got!r}")
        for a, b, g, p in bad_m + bad_s:
            lines.append(f"  pair {a!r} / {b!r}: gold {'same' if g else 'different'}, got {'same' if p else 'different'}")
        for doc, a, b in report.wrong_merges:
            lines.append(f"  merge {doc}: {a!r} + {b!r}")
        for doc, a, b in report.wrong_splits:
            lines.append(f"  split {doc}: {a!r} / {b!r}")
    return "\n".join(lines)
