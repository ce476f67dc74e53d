"""The sourcing profile of an article: how much of it rests on whom.

`sourcing_profile(article, document_or_sentence_count)` counts, for one analysed article:

- `sentences`, `attributed_sentences`, `attributed_share`: sentences a quotation with a speaker
  covers or that name a source themselves (see `sources.sentence_states`), over all sentences;
- `statements`: quotations; `by_kind`: statements per speaker kind; `by_ownership`: statements
  by media speakers per ownership (`state | public | private | agency | unknown`);
- `via`: statements that rest on a chain (`via` non-empty) and `via_by_kind`: the chain links
  per kind;
- `anonymous`: statements whose speaker or any chain link is anonymous;
- `state_media_only`: statements whose only named sources (speaker and chain) are state media;
- `speech_acts`, `denials`; `commitment`, `distanced`;
- `unattributed_hedged`: hedged claims with no source; `credit`: the dateline agency.

The second argument is the `Document` (exact sentence counts), an int (the sentence count, when
the caller kept only that; attributed sentences are then counted on a re-segmentation of the
text) or None (the text is segmented again)."""
from __future__ import annotations

from collections import Counter

from saidwhat.text import Document, segment
from saidwhat.types import Article, SOURCE_KINDS, SPEECH_ACTS, COMMITMENTS

OWNERSHIP_KEYS = ("state", "public", "private", "agency", "unknown")


def sourcing_profile(article: Article, document_or_sentence_count: Document | int | None = None) -> dict:
    from saidwhat.resolve.sources import sentence_states

    if isinstance(document_or_sentence_count, Document):
        document = document_or_sentence_count
        total = len(document.sentences)
    else:
        document = segment(article.text)
        total = document_or_sentence_count if isinstance(document_or_sentence_count, int) else len(document.sentences)
    states = sentence_states(document, article.quotations)
    attributed = sum(1 for s in states if s == "attributed")

    quotations = article.quotations
    by_kind = Counter({k: 0 for k in SOURCE_KINDS})
    by_ownership = Counter({k: 0 for k in OWNERSHIP_KEYS})
    via_by_kind = Counter({k: 0 for k in SOURCE_KINDS})
    acts = Counter({k: 0 for k in SPEECH_ACTS})
    commitment = Counter({k: 0 for k in COMMITMENTS})
    anonymous = with_via = state_only = 0
    for q in quotations:
        kind = q.speaker.kind if q.speaker is not None else "unknown"
        by_kind[kind] += 1
        if kind == "media":
            by_ownership[q.speaker.ownership or "unknown"] += 1
        for link in q.via:
            via_by_kind[link.kind] += 1
        with_via += bool(q.via)
        sources = ([q.speaker] if q.speaker is not None else []) + list(q.via)
        if any(s.kind == "anonymous" for s in sources):
            anonymous += 1
        named = [s for s in sources if s.kind not in ("unknown",)]
        if named and all(s.kind == "media" and s.ownership == "state" for s in named):
            state_only += 1
        acts[q.speech_act] += 1
        commitment[q.commitment] += 1
    return {
        "sentences": total,
        "attributed_sentences": attributed,
        "attributed_share": round(attributed / total, 3) if total else 0.0,
        "statements": len(quotations),
        "by_kind": dict(by_kind),
        "by_ownership": dict(by_ownership),
        "via": with_via,
        "via_by_kind": dict(via_by_kind),
        "anonymous": anonymous,
        "state_media_only": state_only,
        "speech_acts": dict(acts),
        "denials": acts["deny"],
        "commitment": dict(commitment),
        "distanced": commitment["distanced"],
        "unattributed_hedged": sum(1 for c in article.unattributed if c.hedged),
        "credit": article.credit.text if article.credit is not None else None,
    }


def profile_table(profile: dict) -> str:
    """The profile as a small two-column text table."""
    rows = [
        ("sentences", profile["sentences"]),
        ("attributed sentences", f"{profile['attributed_sentences']} ({profile['attributed_share'] * 100:.0f} %)"),
        ("statements", profile["statements"]),
    ]
    rows += [(f"  by {k}", v) for k, v in profile["by_kind"].items() if v]
    rows += [(f"  media: {k}", v) for k, v in profile["by_ownership"].items() if v]
    rows += [
        ("resting on a chain (via)", profile["via"]),
        ("anonymous sources", profile["anonymous"]),
        ("only state media", profile["state_media_only"]),
        ("denials", profile["denials"]),
        ("distanced reports", profile["distanced"]),
        ("unattributed hedged claims", profile["unattributed_hedged"]),
        ("credit", profile["credit"] or "–"),
    ]
    rows += [(f"  act: {k}", v) for k, v in profile["speech_acts"].items() if v and k not in ("deny",)]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)
