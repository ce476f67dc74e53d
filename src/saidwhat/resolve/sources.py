"""On whose authority: source kinds, attribution chains, speech acts, commitment, the article's
credit line and the hedged claims that rest on no source.

`resolve_sources(document, article)` is registered in `saidwhat.resolve.RESOLVERS` (after the
speakers resolver) and fills, for every quotation:

- `speaker.kind` and, for media, `speaker.ownership` (`source_lexicon.classify`);
- `via`: the sources the speaker relied on, nearest first, from the frames in the quotation's
  sentence (`source_frames.find_frames`): `unter Berufung auf Y` and `beruft sich auf Y` always
  add Y; `laut Y`, `Y zufolge`, `nach Angaben von Y`, `wie Y berichtet` add Y when Y is not the
  speaker itself (`nach Angaben von X sagte Z` → Z via X; `Reuters berichtete, laut Augenzeugen
  …` → Reuters via Augenzeugen). A following sentence with no quotation of its own that names
  the source of the report before it (`Die Zeitung berief sich dabei auf Y.`, `Die Informationen
  stammen aus Y.`) adds Y to the quotations of the previous sentence;
- `speech_act` from the cue (and its separable particle: `wies … zurück`), a noun cue
  (`Forderung`, `Dementi`) or a question mark; `assert` otherwise;
- `commitment`: `distanced` for `angeblich`, `mutmaßlich`, `vermeintlich`, the cue `behaupten`,
  hearsay `soll/sollen` (+ perfect infinitive or a state verb: `soll geflohen sein`, `soll aus
  Syrien stammen`), `will … gesehen haben`, and Konjunktiv II hearsay (`hätte/wäre` + participle
  with no conditional around it: `er hätte einen Besuch vorgeschlagen`); words inside a direct
  quotation are the speaker's, not the reporter's, and do not count; `reported` otherwise.

and for the article: `credit` from a dateline (`Moskau (dpa) –`, `BERLIN, 5. März (Reuters) -`)
or a closing `(dpa)`, and `unattributed`: sentences that no quotation with a speaker covers,
that name no source of their own, and that hedge or speculate (`offenbar`, `wahrscheinlich`,
`vermutlich`, `dürfte`, `es wird vermutet`, `es heißt`, `man geht davon aus`, hearsay `soll`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from saidwhat.resolve.source_frames import ATTRIBUTION, CHAIN, NAME_PUNCT, STATEMENT_NOUNS, Frame, Tok, find_frames
from saidwhat.resolve.source_lexicon import classify, find_media
from saidwhat.text import Document
from saidwhat.types import Article, Mention, Quotation, UnattributedClaim

# ---------------------------------------------------------------- speech acts
_ACTS = {
    "deny": """bestritt bestritten bestreitet bestreiten bestreite dementierte dementierten dementiert dementieren
        dementi zurückgewiesen zurückweisen zurückwies zurückwiesen zurückweist abgestritten abstreiten abstritt
        leugnete leugneten leugnet geleugnet leugnen verneinte verneinten verneint widersprach widersprachen
        widerspricht widersprochen widersprechen zurückweisung""",
    "warn": """warnte warnten warnt gewarnt warnen warne warnung warnungen drohte drohten droht gedroht androhte
        angedroht befürchtete befürchteten befürchtet befürchten fürchtet fürchtete fürchteten""",
    "demand": """forderte forderten fordert gefordert fordern fordere aufgefordert aufforderte aufforderten forderung
        forderungen verlangte verlangten verlangt verlangen appellierte appellierten appelliert appellieren appell
        aufgerufen aufrief aufriefen drängte drängten drängt gedrängt pochte pochten pocht bat baten bittet gebeten
        ersuchte ersuchten ersucht aufruf""",
    "propose": """vorgeschlagen vorschlagen vorschlug vorschlugen vorschlag empfahl empfahlen empfiehlt empfohlen
        empfehlen empfehlung plädierte plädierten plädiert plädieren angeregt anregte riet rieten rät angeboten""",
    "promise": """versprach versprachen verspricht versprochen versprechen angekündigt ankündigte ankündigten
        ankündigung zugesagt zusagte zusagten zusage zugesichert zusicherte zusicherten garantierte garantierten
        gelobte gelobten gelobt schwor schworen""",
    "ask": """fragte fragten fragt erkundigte erkundigten erkundigt""",
}
ACT_OF: dict[str, str] = {w: act for act, words in _ACTS.items() for w in words.split()}
# separable verbs: the finite stem and the particle that decides the act
PARTICLE_ACTS: dict[tuple[str, str], str] = {}
for _stems, _particle, _act in (
    ("wies weist wiesen weisen", "zurück", "deny"),
    ("stritt stritten streitet streiten", "ab", "deny"),
    ("schlug schlugen schlägt schlagen", "vor", "propose"),
    ("regte regten regt", "an", "propose"),
    ("bot boten bietet", "an", "propose"),
    ("kündigte kündigten kündigt", "an", "promise"),
    ("sagte sagten sagt", "zu", "promise"),
    ("sicherte sicherten sichert", "zu", "promise"),
    ("rief riefen ruft", "auf", "demand"),
    ("mahnte mahnten mahnt", "an", "demand"),
    ("forderte forderten fordert", "auf", "demand"),
    ("bestand bestanden besteht", "darauf", "demand"),
    ("drang drangen dringt", "darauf", "demand"),
    ("warf warfen wirft", "vor", "assert"),
    ("wies weist wiesen", "hin", "assert"),
):
    for _stem in _stems.split():
        PARTICLE_ACTS[(_stem, _particle)] = _act
DENY_AS = re.compile(r"\b(?:als|für)\s+(?:\w+\s+){0,2}(?:falsch|unwahr|haltlos|unbegründet|unzutreffend|erfunden|frei erfunden|absurd|Unsinn|Lüge|Lügen|Falschmeldung|Fake News|gegenstandslos)\b")
QUESTION_WORDS = frozenset("ob wie warum wann wer was wo weshalb wieso welche welcher welches wohin woher wozu".split())
ASK_CUES = frozenset("fragte fragten fragt gefragt erkundigte erkundigten".split())
CLAUSE_BREAKS = frozenset({",", ":", ";", ".", "!", "?", "–", "—"})
BREAKS = CLAUSE_BREAKS | NAME_PUNCT

# ---------------------------------------------------------------- commitment
DISTANCE_WORD = re.compile(r"^(?:angeblich|mutmaßlich|vermeintlich)\w*$", re.IGNORECASE)
CLAIM_CUES = frozenset("behauptete behaupteten behauptet behaupten behaupte".split())
HEARSAY_MODAL = frozenset("soll sollen sollte sollten".split())
WANT_MODAL = frozenset("will wollen".split())
HEARSAY_STATE_VERBS = frozenset(
    "stammen besitzen kennen wissen leben wohnen gehören existieren verfügen planen vorhaben beabsichtigen befinden "
    "aufhalten stecken beteiligt verwickelt".split()
)
KII_HEARSAY = frozenset({"hätte", "wäre"})
CONDITIONAL = frozenset(
    "wenn falls sonst ohne gern gerne lieber besser können müssen sollen dürfen wollen fast beinahe eigentlich "
    "notfalls hätten wären würde würden".split()
)
_PARTICIPLE = re.compile(r"^(?:ge\w+(?:t|en)|\w+iert|\w*(?:zu|an|auf|aus|ab|vor|ein|mit|bei|zurück|weg|fest|nach|über|um|los|hin|her|statt|teil|frei|dar|fort|weiter|hervor|heraus|zusammen|wieder)ge\w+(?:t|en)|be\w+t|ver\w+t|ent\w+t|er\w+t|zer\w+t|vorgeschlagen|verlassen|verloren|verraten)$")

# ---------------------------------------------------------------- unattributed claims
# adverbs only: the attributive `der mutmaßliche Täter`, `angebliche Geheimflüge` name what a
# sentence is about without hedging the sentence's own claim
_HEDGE_WORDS = (
    "offenbar offensichtlich anscheinend augenscheinlich wahrscheinlich unwahrscheinlich vermutlich möglicherweise "
    "womöglich vielleicht voraussichtlich scheinbar mutmaßlich angeblich vermeintlich"
).split()
HEDGE = re.compile(
    r"\b(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _HEDGE_WORDS) + r")\b"
    r"|\b[Dd]em\s+Vernehmen\s+nach\b"
    r"|\bwohl\b|\bdürften?\b|\bscheinen\b|\bscheint\b|\bschien\b"
    r"|\b(?:[Ee]s\s+)?(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,3}?(?:vermutet|angenommen|befürchtet|spekuliert|gemunkelt|gemutmaßt|davon\s+ausgegangen|behauptet)\b"
    r"|\b[Ee]s\s+(?:wird|wurde)\s+(?:\w+\s+){0,2}?(?:erwartet|berichtet|geschätzt|gesagt|vorgeworfen)\b"
    r"|\b(?:heißt|hieß)\s+es\b|\b[Ee]s\s+(?:heißt|hieß)\b"
    r"|\b(?:geht|ging|gehen)\s+man\s+(?:\w+\s+){0,2}?davon\s+aus\b|\b[Mm]an\s+(?:geht|ging)\s+(?:\w+\s+){0,2}?davon\s+aus\b|\b[Mm]an\s+(?:vermutet|vermutete|nimmt\s+an|befürchtet|spekuliert|sagt|sagte|munkelt|hört|erzählt)\b"
    r"|\b(?:gilt|galt|gelten|galten)\s+(?:es\s+)?(?:als\s+)?(?:sicher|wahrscheinlich|ausgemacht|möglich|unwahrscheinlich|denkbar)\b"
)
SAYING_FINITE = frozenset(
    """sagte sagten sagt erklärte erklärten erklärt teilte teilten mitteilte mitteilten berichtete berichteten
    meldete meldeten schrieb schrieben schreibt betonte betonten betont meinte meinten meint kündigte kündigten
    warnte warnten warnt forderte forderten fordert bestätigte bestätigten bestritt bestritten dementierte
    dementierten kritisierte kritisierten räumte räumten ergänzte ergänzten verkündete verkündeten äußerte
    äußerten twitterte twitterten antwortete antworteten versicherte versicherten bekräftigte bekräftigten
    unterstrich versprach versprachen zitierte zitierten behauptete behaupteten wies wiesen""".split()
)
VAGUE_FRAME_HEADS = frozenset({"gerüchten", "gerüchte", "spekulationen", "schätzungen"})

# ---------------------------------------------------------------- credit
DATELINE = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][\wÄÖÜäöüß.\-/]*(?:[ \t]+[A-ZÄÖÜ][\wÄÖÜäöüß.\-/]*){0,3}[ \t]*(?:,[ \t]*[\wÄÖÜäöüß. ]{1,25}?)?[ \t]*)?"
    r"\((?P<agency>[^()\n]{2,40})\)[ \t]*[-–—:]",
    re.MULTILINE,
)
CLOSING_CREDIT = re.compile(r"\((?P<agency>[^()\n]{2,30})\)\s*$")


class _Index:
    """Sentence lookup by character offset, token triples per sentence."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.starts = [s.start for s in document.sentences]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def sentences_of(self, spans) -> set[int]:
        out = set()
        for s, e in spans:
            a, b = self.sentence_at(s), self.sentence_at(max(s, e - 1))
            out.update(range(a, b + 1))
        return out

    def tokens(self, sentences: set[int], blank: list[tuple[int, int]] = ()) -> list[Tok]:
        toks: list[Tok] = []
        doc = self.document
        for i in sorted(sentences):
            if i >= len(doc.sentences):
                continue
            sent = doc.sentences[i]
            for tok in doc.tokens[sent.first : sent.last]:
                if blank and any(s <= tok.start and tok.end <= e for s, e in blank):
                    continue
                toks.append((tok.text, tok.start, tok.end))
        return toks


def _spans(ts) -> list[tuple[int, int]]:
    return list(ts.spans) if ts is not None else []


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _mention(document: Document, start: int, end: int) -> Mention:
    text = document.text[start:end]
    kind = classify(text)
    media = kind.media if kind.kind == "media" else None
    return Mention(text, [(start, end)], entity=media, kind=kind.kind, ownership=kind.ownership if kind.kind == "media" else None)


# ---------------------------------------------------------------- the resolver
def resolve_sources(document: Document, article: Article) -> None:
    """Fill speaker kinds, `via`, speech acts, commitment, `credit` and `unattributed`."""
    index = _Index(document)
    quotations = article.quotations
    for q in quotations:
        _fill_kind(q.speaker)
        if q.addressee is not None:
            _fill_kind(q.addressee)
    regions = [_region(index, q) for q in quotations]
    by_sentence: dict[int, set[int]] = {}
    for qi, (sentences, _) in enumerate(regions):
        for sentence in sentences:
            by_sentence.setdefault(sentence, set()).add(qi)
    for qi, q in enumerate(quotations):
        sentences, blank = regions[qi]
        toks = index.tokens(sentences, blank)
        frames = find_frames(toks)
        neighbours = sorted(set().union(*(by_sentence[s] for s in sentences)) - {qi}) if sentences else []
        q.via = _via(document, q, qi, [(oi, quotations[oi]) for oi in neighbours], frames) if frames else []
        q.speech_act = speech_act(q, toks)
        q.commitment = commitment(q, toks)
    _following_sentence_chains(document, index, quotations, regions)
    article.credit = credit(document.text)
    article.unattributed = unattributed_claims(document, quotations, index)


def _fill_kind(mention: Mention | None) -> None:
    if mention is None:
        return
    if mention.kind in ("person", "organization") and (
            (by_text := classify(mention.text).kind) == "unknown" or by_text == "person" and mention.text == mention.entity):
        # `die Enac`, `eBay`: the speaker resolver knows the entity a person or a body; a bare name
        # (`Enac`, `eBay`) would read as a person for want of any cue
        return
    kind = classify(mention.text, mention.entity, mention.members)
    if kind.kind == "unknown" and mention.kind not in ("unknown", None, ""):
        return  # an earlier resolver knew better
    mention.kind = kind.kind
    mention.ownership = kind.ownership if kind.kind == "media" else None


def _region(index: _Index, q: Quotation) -> tuple[set[int], list[tuple[int, int]]]:
    """The sentences a quotation's quote, cue and frame touch; for a direct quotation the
    quote itself is blanked (its words are the speaker's)."""
    spans = _spans(q.quote) + _spans(q.cue) + _spans(q.frame)
    sentences = index.sentences_of(spans) if spans else set()
    blank = _spans(q.quote) if q.type == "Direct" else []
    return sentences, blank


def _via(document: Document, q: Quotation, qi: int, neighbours: list[tuple[int, Quotation]],
         frames: list[Frame]) -> list[Mention]:
    """Sources named in the quotation's sentences, except the speakers and frames of the
    other quotations there (`neighbours`: index and quotation) that are not nested in it."""
    speaker_spans = _spans(q.speaker)
    quote_spans = _spans(q.quote)
    others: list[tuple[int, int]] = []
    for oi, other in neighbours:
        nested_inside = other.nested_in == qi or (
            quote_spans and other.quote.spans and all(_overlaps(s, quote_spans) for s in other.quote.spans)
        )
        if not nested_inside:
            others += _spans(other.speaker) + _spans(other.frame)
    via: list[Mention] = []
    dropped_first = q.speaker is not None
    for f in frames:
        span = (f.start, f.end)
        if f.kind == ATTRIBUTION and not dropped_first:
            dropped_first = True  # with no speaker found, the first `laut X` names the speaker
            continue
        if _overlaps(span, speaker_spans) or _overlaps(span, others):
            continue
        if any(_overlaps(span, m.spans) for m in via):
            continue
        mention = _mention(document, f.start, f.end)
        if f.kind == ATTRIBUTION and mention.kind == "unknown":
            continue  # `nach Angaben` cut from its source, a relative pronoun: no source named
        if mention.text.strip().lower() in STATEMENT_NOUNS:
            continue
        via.append(mention)
    return via


def _following_sentence_chains(document: Document, index: _Index, quotations: list[Quotation], regions) -> None:
    """`… sagte, der Vertrag sei unterschrieben. Die Zeitung berief sich dabei auf Diplomaten.`"""
    if not quotations:
        return
    covered: set[int] = set()
    by_sentence: dict[int, list[int]] = {}
    for qi, (sentences, _) in enumerate(regions):
        covered |= sentences
        for s in sentences:
            by_sentence.setdefault(s, []).append(qi)
    for s in range(1, len(document.sentences)):
        if s in covered or s - 1 not in by_sentence:
            continue
        toks = index.tokens({s})
        for f in find_frames(toks):
            if f.kind != CHAIN:
                continue
            for qi in by_sentence[s - 1]:
                q = quotations[qi]
                span = (f.start, f.end)
                if _overlaps(span, _spans(q.speaker)) or any(_overlaps(span, m.spans) for m in q.via):
                    continue
                q.via.append(_mention(document, f.start, f.end))


# ---------------------------------------------------------------- speech act
def speech_act(q: Quotation, toks: list[Tok]) -> str:
    """The act the cue names; `assert` when it names none of the others."""
    quote_text = q.quote.text.strip() if q.quote is not None else ""
    if not quote_text:
        return "unknown"
    act = None
    cue_words = q.cue.text.lower().split() if q.cue is not None else []
    if cue_words:
        act = _act_of_words(cue_words)
        if act is None and "bereit" in cue_words and any(w.startswith("erklär") for w in cue_words):
            act = "promise"  # `hat sich bereit erklärt, … zu entsenden`
        if act is None:
            act = _particle_act(q, toks, cue_words)
        if act is None and any(w in ("bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt", "wies", "wiesen") for w in cue_words):
            if DENY_AS.search(_outside_text(q, toks)):
                act = "deny"
    if act is None:
        extra = []
        for ts in (q.frame, q.speaker):
            if ts is not None:
                extra += [w.strip(",.;:„“\"") for w in ts.text.lower().split()]
        act = _act_of_words(extra)
        if act is None and not cue_words:
            outside = [t[0].lower() for t in toks if not _overlaps((t[1], t[2]), _spans(q.quote))]
            act = _act_of_words(outside) or _particle_act(q, toks, outside)
            if act is None and q.type != "Direct":
                # a detector may swallow the cue into the quote (`Die Opposition forderte den
                # Rücktritt …` as one span): read the quote's first clause
                head = []
                for t in toks:
                    if not _overlaps((t[1], t[2]), _spans(q.quote)):
                        continue
                    if t[0] in CLAUSE_BREAKS or len(head) >= 6:
                        break
                    head.append(t[0].lower())
                act = _act_of_words(head) or _particle_act(q, toks, head)
    if act in (None, "assert"):
        if q.type == "Direct" and quote_text.rstrip("“”\"«» ").endswith("?"):
            return "ask"
        if act is None and cue_words and any(w in ASK_CUES for w in cue_words):
            return "ask"
        return "assert"
    if act == "ask" or any(w in ASK_CUES for w in cue_words):
        return "ask"
    return act


def _act_of_words(words: list[str]) -> str | None:
    for w in words:
        act = ACT_OF.get(w)
        if act is not None:
            return act
    return None


def _particle_act(q: Quotation, toks: list[Tok], words: list[str]) -> str | None:
    stems = [w for w in words if any((w, p) in PARTICLE_ACTS for p in ("zurück", "ab", "vor", "an", "zu", "auf", "darauf", "hin"))]
    if not stems:
        return None
    for stem in stems:  # the cue already holds the particle: `wies … zurück`
        for particle in words:
            if (stem, particle) in PARTICLE_ACTS:
                return PARTICLE_ACTS[(stem, particle)]
    quote = _spans(q.quote)
    for i, (text, s, e) in enumerate(toks):
        if text.lower() not in stems or _overlaps((s, e), quote):
            continue
        # the particle closes the clause: the last word before a break (a Reported quote, the
        # verb's object, may lie inside the clause: `wies die Vorwürfe zurück`)
        j = i + 1
        last = None
        while j < len(toks) and toks[j][0] not in CLAUSE_BREAKS and j - i <= 20:
            if q.type == "Direct" and _overlaps((toks[j][1], toks[j][2]), quote):
                break
            last = toks[j][0].lower()
            j += 1
        if last is None and i > 0:
            # cue after the quote: `…, wies er zurück`, `… sagte er zu.`
            last = toks[j - 1][0].lower() if j - 1 > i else None
        act = PARTICLE_ACTS.get((text.lower(), last or ""))
        if act is not None:
            return act
    return None


def _outside_text(q: Quotation, toks: list[Tok]) -> str:
    quote = _spans(q.quote) if q.type == "Direct" else []
    return " ".join(t[0] for t in toks if not _overlaps((t[1], t[2]), quote))


# ---------------------------------------------------------------- commitment
def commitment(q: Quotation, toks: list[Tok]) -> str:
    """`distanced` when the reporter marks the statement as hearsay; `reported` otherwise."""
    if q.quote is None or not q.quote.text.strip():
        return "unknown"
    words = [t[0] for t in toks]
    if q.cue is not None and any(w in CLAIM_CUES for w in q.cue.text.lower().split()):
        return "distanced"
    return "distanced" if is_distanced(words) else "reported"


def is_distanced(words: list[str]) -> bool:
    """Hearsay markers in a run of words (a sentence with any direct quotation removed)."""
    lower = [w.lower() for w in words]
    n = len(lower)
    for i, w in enumerate(lower):
        if DISTANCE_WORD.match(w) or (w == "vernehmen" and i + 1 < n and lower[i + 1] == "nach" and i and lower[i - 1] == "dem"):
            return True
        if w in HEARSAY_MODAL or w in WANT_MODAL:
            clause = _clause_after(lower, i)
            if not clause:
                continue
            if any(c in ("haben", "sein") and j and (_PARTICIPLE.match(clause[j - 1]) or clause[j - 1] in ("worden", "gewesen")) for j, c in enumerate(clause)):
                return True
            if w in HEARSAY_MODAL and w in ("soll", "sollen") and (clause[-1] in HEARSAY_STATE_VERBS or clause[-1] == "sein" and "worden" not in clause):
                if not any(c in ("künftig", "bald", "geplant", "ab", "bis", "nächsten", "nächste", "morgen", "demnächst", "werden") for c in clause):
                    return True
        if w in KII_HEARSAY:
            clause = _clause_after(lower, i)
            before = lower[max(0, i - 6) : i]
            if any(c in CONDITIONAL for c in clause + before) or "ob" in before or "als" in before[-1:]:
                continue
            if clause and (_PARTICIPLE.match(clause[-1]) or (len(clause) >= 2 and clause[-1] == "worden")):
                return True
    return False


def _clause_after(lower: list[str], i: int) -> list[str]:
    out = []
    for w in lower[i + 1 : i + 26]:
        if w in NAME_PUNCT:
            continue  # quote marks inside reported speech do not end the clause
        if w in CLAUSE_BREAKS or w in (".", "!", "?", "aber", "doch", "dass", "weil", "wenn", "als"):
            break
        out.append(w)
    return out


# ---------------------------------------------------------------- credit
def credit(text: str) -> Mention | None:
    """The agency credited in a dateline (`Moskau (dpa) –`) near the top, or a closing `(dpa)`."""
    head = text[:600]
    for m in DATELINE.finditer(head):
        mention = _credit_mention(text, m.start("agency"), m.end("agency"))
        if mention is not None:
            return mention
    tail_start = max(0, len(text) - 80)
    m = CLOSING_CREDIT.search(text, tail_start)
    if m:
        return _credit_mention(text, m.start("agency"), m.end("agency"))
    return None


def _credit_mention(text: str, start: int, end: int) -> Mention | None:
    agency = text[start:end]
    found = find_media(agency)
    if not found:
        return None
    names = []
    for _, _, entry in found:
        if entry.name not in names:
            names.append(entry.name)
    owners = {entry.ownership for _, _, entry in found}
    return Mention(agency.strip(), [(start, start + len(agency.rstrip()))], entity=names[0], kind="media",
                   members=names if len(names) > 1 else [], ownership=owners.pop() if len(owners) == 1 else None)


# ---------------------------------------------------------------- unattributed claims
def unattributed_claims(document: Document, quotations: list[Quotation], index: _Index | None = None) -> list[UnattributedClaim]:
    """Hedged or speculative sentences that rest on no source."""
    text = document.text
    return [
        UnattributedClaim(text[sent.start : sent.end], [(sent.start, sent.end)], hedged=True)
        for sent, label in zip(document.sentences, sentence_states(document, quotations, index))
        if label == "hedged"
    ]


def sentence_states(document: Document, quotations: list[Quotation], index: _Index | None = None) -> list[str]:
    """Per sentence: `attributed` (a quotation with a speaker covers it, or it names a source),
    `hedged` (hedged or speculative with no source) or `fact`."""
    index = index or _Index(document)
    attributed: set[int] = set()
    for q in quotations:
        if q.speaker is None or (q.speaker.kind == "unknown" and q.speaker.text.strip().lower() in ("es", "man", "")):
            continue
        if set(q.speaker.text.lower().split()) & VAGUE_FRAME_HEADS:
            continue  # `Schätzungen zufolge`, `Gerüchten zufolge`: nobody named
        attributed |= index.sentences_of(_spans(q.quote) + _spans(q.cue) + _spans(q.frame))
    states = []
    for si, sent in enumerate(document.sentences):
        if si in attributed:
            states.append("attributed")
            continue
        if sent.last - sent.first < 4:
            states.append("fact")
            continue
        toks = index.tokens({si})
        words = [t.text for t in document.tokens[sent.first : sent.last] if not t.in_quote]
        if _names_a_source(toks, words):
            states.append("attributed")
        elif HEDGE.search(" ".join(words)) or _hearsay(words) or _vague_frame(toks):
            states.append("hedged")
        else:
            states.append("fact")
    return states


def sentence_labels(text_or_document: str | Document, article: Article) -> list[tuple[tuple[int, int], str]]:
    """`[((start, end), label), …]` for every sentence of the article (see `sentence_states`)."""
    from saidwhat.text import segment

    document = segment(text_or_document) if isinstance(text_or_document, str) else text_or_document
    states = sentence_states(document, article.quotations)
    return [((s.start, s.end), label) for s, label in zip(document.sentences, states)]


def _hearsay(words: list[str]) -> bool:
    lower = [w.lower() for w in words]
    return any(w in ("soll", "sollen") for w in lower) and is_distanced(words)


def _vague_frame(toks: list[Tok]) -> bool:
    """`Schätzungen zufolge`, `Gerüchten zufolge`: a frame that names no source at all."""
    for f in find_frames(toks):
        if {t[0].lower() for t in toks if f.start <= t[1] < f.end} & VAGUE_FRAME_HEADS:
            return True
    return False


REFERRING_FRAMES = frozenset({"demnach", "demzufolge", "dementsprechend", "wonach", "danach"})


def _names_a_source(toks: list[Tok], words: list[str]) -> bool:
    if any(w.lower() in REFERRING_FRAMES for w in words):
        return True  # `demnach`: according to the source named just before
    for f in find_frames(toks):
        source_words = {t[0].lower() for t in toks if f.start <= t[1] < f.end}
        if not source_words & VAGUE_FRAME_HEADS:
            return True
    lower = [w.lower() for w in words]
    for i, w in enumerate(lower):
        if w in SAYING_FINITE:
            # agentless `es wird berichtet`, `wie berichtet`, `man sagt` name nobody
            prev = lower[max(0, i - 3) : i]
            if any(p in ("wird", "wurde", "werden", "wurden") for p in prev) or (prev[-1:] in (["wie"], ["man"])):
                continue
            if lower[i + 1 : i + 2] == ["man"]:
                continue
            return True
    return False
