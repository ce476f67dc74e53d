"""An analysed Article as a view: the text cut into highlighted pieces, one colour per speaker
identity, the details of every quotation, the speakers with their counts.

All markup built here goes through `markupsafe.escape`; the only unescaped values are class
names and ids made from integers."""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from saidwhat.server.i18n import Translator
from saidwhat.types import Article, Identity, Mention, Quotation

NO_SPEAKER = -1


@dataclass
class SpeakerView:
    colour: int
    key: str
    name: str
    kind: str
    count: int = 0
    mentions: list[str] = field(default_factory=list)

    @property
    def anonymous(self) -> bool:
        return self.kind == "anonymous"


@dataclass
class QuotationView:
    index: int
    colour: int
    rows: list[tuple[str, str]]
    chain: list[str]
    title: str
    quote: str


@dataclass
class ArticleView:
    html: Markup
    speakers: list[SpeakerView]
    sources: list[SpeakerView]
    quotations: list[QuotationView]
    unattributed: list[str]
    credit: str | None
    palette: list[tuple[int, str, str]]  # (colour index, background, border) for the page's <style>


def colour(i: int) -> tuple[str, str]:
    """A light background and a darker border, hues spread by the golden angle."""
    hue = (i * 137.508 + 200) % 360
    return f"hsl({hue:.1f} 85% 84%)", f"hsl({hue:.1f} 60% 38%)"


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _identity_of(mention: Mention, identities: list[Identity]) -> Identity | None:
    for identity in identities:
        if any(_overlaps(mention.spans, m.spans) for m in identity.mentions):
            return identity
    if mention.entity:
        for identity in identities:
            if identity.name == mention.entity:
                return identity
    return None


def speaker_key(mention: Mention | None, identities: list[Identity]) -> tuple[str, str, str]:
    """(key, display name, kind) of the identity a mention names."""
    if mention is None:
        return "", "", "unknown"
    identity = _identity_of(mention, identities)
    if identity is not None:
        return f"id:{identity.key}", identity.name, identity.kind or mention.kind
    if mention.entity:
        return f"e:{mention.entity.casefold()}", mention.entity, mention.kind
    return f"t:{' '.join(mention.text.split()).casefold()}", mention.text, mention.kind


def _mention_label(m: Mention, t: Translator) -> str:
    name = m.entity or m.text
    label = f"{name} ({t.value(m.kind)})"
    if m.entity and m.entity != m.text:
        label = f"{m.text} → {label}"
    return label


def _details(i: int, q: Quotation, t: Translator) -> tuple[list[tuple[str, str]], list[str]]:
    rows: list[tuple[str, str]] = [(t("quote"), q.quote.text)]
    if q.speaker is not None:
        rows.append((t("speaker"), q.speaker.text))
        if q.speaker.entity:
            rows.append((t("entity"), q.speaker.entity))
        rows.append((t("kind"), t.value(q.speaker.kind)))
        if q.speaker.members:
            rows.append((t("members"), ", ".join(q.speaker.members)))
    else:
        rows.append((t("speaker"), t("none")))
    rows.append((t("cue"), q.cue.text if q.cue else t("none")))
    rows.append((t("type"), t.value(q.type)))
    rows.append((t("medium"), t.value(q.medium)))
    rows.append((t("speech_act"), t.value(q.speech_act)))
    rows.append((t("commitment"), t.value(q.commitment)))
    if q.addressee is not None:
        rows.append((t("addressee"), _mention_label(q.addressee, t)))
    rows.append((t("confidence"), f"{q.confidence:.2f}"))
    chain = []
    if q.speaker is not None:
        chain.append(_mention_label(q.speaker, t))
    chain += [_mention_label(v, t) for v in q.via]
    return rows, chain


def article_view(article: Article, t: Translator) -> ArticleView:
    text = article.text
    n = len(text)
    identities = article.identities or []

    # One colour per speaker identity, in order of first appearance.
    speakers: dict[str, SpeakerView] = {}
    q_colour: list[int] = []
    for q in article.quotations:
        key, name, kind = speaker_key(q.speaker, identities)
        if not key:
            q_colour.append(NO_SPEAKER)
            continue
        view = speakers.get(key)
        if view is None:
            view = speakers[key] = SpeakerView(len(speakers), key, name, kind)
        view.count += 1
        if q.speaker.text not in view.mentions:
            view.mentions.append(q.speaker.text)
        q_colour.append(view.colour)

    sources: dict[str, SpeakerView] = {}
    for q in article.quotations:
        for v in q.via:
            key, name, kind = speaker_key(v, identities)
            view = sources.setdefault(key, SpeakerView(NO_SPEAKER, key, name, kind))
            view.count += 1

    # Every boundary of every span, then the roles covering each elementary piece.
    marks: list[tuple[int, int, str, int]] = []  # (start, end, role, index)

    def add(spans, role: str, index: int) -> None:
        for s, e in spans:
            s, e = max(0, min(s, n)), max(0, min(e, n))
            if s < e:
                marks.append((s, e, role, index))

    for i, q in enumerate(article.quotations):
        add(q.quote.spans, "q", i)
        if q.speaker is not None:
            add(q.speaker.spans, "spk", i)
        if q.cue is not None:
            add(q.cue.spans, "cue", i)
    for i, claim in enumerate(article.unattributed):
        add(claim.spans, "un", i)

    q_length = [sum(e - s for s, e in q.quote.spans) for q in article.quotations]
    bounds = sorted({0, n, *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    pieces: list[tuple[tuple, str]] = []
    for a, b in zip(bounds, bounds[1:]):
        cover = [(role, i) for s, e, role, i in marks if s <= a and b <= e]
        qs = sorted({i for role, i in cover if role == "q"}, key=lambda i: (q_length[i], i))
        spk = sorted({i for role, i in cover if role == "spk"})
        cue = any(role == "cue" for role, _ in cover)
        un = any(role == "un" for role, _ in cover)
        attrs = (tuple(qs), tuple(spk), cue, un)
        if pieces and pieces[-1][0] == attrs:
            pieces[-1] = (attrs, pieces[-1][1] + text[a:b])
        else:
            pieces.append((attrs, text[a:b]))

    quotation_views = []
    for i, q in enumerate(article.quotations):
        rows, chain = _details(i, q, t)
        who = (q.speaker.entity or q.speaker.text) if q.speaker else t("none")
        title = f"{who} · {t.value(q.type)} · {t.value(q.speech_act)}"
        quotation_views.append(QuotationView(i, q_colour[i], rows, chain, title, q.quote.text))

    out = []
    for (qs, spk, cue, un), piece in pieces:
        body = escape(piece)
        if not (qs or spk or cue or un):
            out.append(body)
            continue
        classes = []
        if spk:
            classes.append("spk")
            if not qs:
                classes.append(_colour_class(q_colour[spk[0]]))
        if cue:
            classes.append("cue")
        if un:
            classes.append("unattr")
        if qs:
            inner = qs[0]
            classes = ["q", _colour_class(q_colour[inner])] + classes
            data_q = " ".join(str(i) for i in qs)
            out.append(Markup('<mark class="{}" data-q="{}" tabindex="0" role="button" title="{}">{}</mark>').format(
                " ".join(classes), data_q, quotation_views[inner].title, body))
        else:
            out.append(Markup('<span class="{}">{}</span>').format(" ".join(classes), body))

    palette = [(v.colour, *colour(v.colour)) for v in speakers.values()]
    credit = None
    if article.credit is not None:
        credit = article.credit.entity or article.credit.text
    return ArticleView(
        html=Markup("").join(out),
        speakers=sorted(speakers.values(), key=lambda v: (-v.count, v.colour)),
        sources=sorted(sources.values(), key=lambda v: (-v.count, v.name)),
        quotations=quotation_views,
        unattributed=[c.text for c in article.unattributed],
        credit=credit,
        palette=palette,
    )


def _colour_class(i: int) -> str:
    return "sp-none" if i == NO_SPEAKER else f"sp-{int(i)}"


def basic_profile(article: Article) -> dict:
    """Counts the page shows where the full sourcing profile is unavailable."""
    kinds: dict[str, int] = {}
    for q in article.quotations:
        kind = q.speaker.kind if q.speaker else "unknown"
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "quotations": len(article.quotations),
        "direct": sum(q.type == "Direct" for q in article.quotations),
        "indirect": sum(q.type != "Direct" for q in article.quotations),
        "by_kind": kinds,
        "anonymous_sources": sum(q.speaker is not None and q.speaker.kind == "anonymous" for q in article.quotations)
        + sum(v.kind == "anonymous" for q in article.quotations for v in q.via),
        "denials": sum(q.speech_act == "deny" for q in article.quotations),
        "distanced": sum(q.commitment == "distanced" for q in article.quotations),
        "unattributed": len(article.unattributed),
    }


def profile_rows(profile: dict, t: Translator) -> list[tuple[str, str]]:
    """A profile dict flattened to (label, value) rows; shares shown as percentages."""
    rows: list[tuple[str, str]] = []

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                label = t.value(k).replace("_", " ")
                walk(f"{prefix} · {label}" if prefix else label, v)
        elif isinstance(value, list):
            rows.append((prefix, ", ".join(str(v) for v in value) or t("none")))
        elif isinstance(value, float):
            is_share = "share" in prefix or "anteil" in prefix.lower() or "ratio" in prefix
            rows.append((prefix, f"{value:.0%}" if is_share and 0 <= value <= 1 else f"{value:.2f}"))
        else:
            rows.append((prefix, t("none") if value is None else str(value)))

    walk("", profile)
    return rows
