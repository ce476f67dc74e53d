"""What the resolution writes back: the mentions' `entity` / `members` / `kind`, `Article.identities`,
and the identities as JSON and as a table (`saidwhat analyze --speakers`)."""
from __future__ import annotations

from saidwhat.resolve.speakers.model import Entity
from saidwhat.types import Article, Identity, Mention, TextSpan

def _fill(m: Mention, ent: Entity | None) -> None:
    if ent is None:
        m.entity = None
        m.members = []
        return
    if ent.members is not None:
        m.members = [x.name for x in ent.members if x.name]
        m.entity = " und ".join(m.members) if m.members else None
        kinds = {x.kind for x in ent.members}
        if len(kinds) == 1 and next(iter(kinds)) in ("person", "organization"):
            m.kind = next(iter(kinds))
        return
    m.entity = ent.name
    m.members = []
    if ent.name and ent.kind in ("person", "organization"):
        m.kind = ent.kind


def _identities(quotations, resolved: dict[int, Entity | None]) -> list[Identity]:
    by_key: dict[str, Identity] = {}
    spans_seen: dict[str, set] = {}
    order: list[str] = []

    def add(ent: Entity, mention: Mention, speaking: bool) -> None:
        key = ent.key
        if key is None or not ent.name:
            return
        ident = by_key.get(key)
        if ident is None:
            if not speaking:
                return
            ident = Identity(key, ent.name, ent.kind if ent.kind in ("person", "organization", "media") else "unknown")
            by_key[key] = ident
            spans_seen[key] = set()
            order.append(key)
        sig = tuple(mention.spans)
        if sig not in spans_seen[key]:
            spans_seen[key].add(sig)
            ident.mentions.append(TextSpan(mention.text, list(mention.spans)))

    for q in quotations:
        for role in ("speaker", "addressee"):
            m = getattr(q, role)
            if m is None:
                continue
            ent = resolved.get(id(m))
            if ent is None:
                continue
            for e in ent.members if ent.members is not None else [ent]:
                add(e, m, role == "speaker")
                if role == "speaker" and e.key in by_key:
                    by_key[e.key].quotations += 1
    # addressee mentions that came before the identity's first speaking mention
    for q in quotations:
        m = q.addressee
        ent = resolved.get(id(m)) if m is not None else None
        if ent is not None:
            for e in ent.members if ent.members is not None else [ent]:
                if e.key in by_key:
                    add(e, m, False)
    return [by_key[k] for k in order]


# --------------------------------------------------------------------------- presentation

def speakers_json(article: Article) -> list[dict]:
    """The article's identities as JSON (`saidwhat analyze --speakers --format json`)."""
    return [
        {
            "key": ident.key,
            "name": ident.name,
            "kind": ident.kind,
            "quotations": ident.quotations,
            "mentions": [{"text": m.text, "spans": [list(s) for s in m.spans]} for m in ident.mentions],
        }
        for ident in article.identities
    ]


def speakers_table(speakers: list[dict]) -> str:
    """One line per identity: name, kind, quotations, the ways the article names it."""
    if not speakers:
        return "  (no identified speakers)"
    width = max(len(s["name"]) for s in speakers)
    lines = []
    for s in sorted(speakers, key=lambda s: -s["quotations"]):
        forms = []
        for m in s["mentions"]:
            if m["text"] not in forms:
                forms.append(m["text"])
        lines.append(f"  {s['name']:<{width}}  {s['kind']:<12} {s['quotations']:>3} quot.  {len(s['mentions'])} mentions: " + "; ".join(forms))
    return "\n".join(lines)
