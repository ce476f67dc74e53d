"""Source kinds from a curated lexicon: `person | organization | media | anonymous | document | unknown`.

The word lists are package data (`resolve/data/media.tsv`, `resolve/data/sources.json`), written
by hand for saidwhat and loaded once per process.

How a mention (`"Die Agentur Interfax"`, `"Angaben der Staatsanwaltschaft Krefeld"`,
`"ein mit den Plänen vertrauter Beamter"`) gets its kind, in this order:

1. Empty → unknown; a personal pronoun (`er`, `ihm`) → person; other pronouns and anaphors
   (`sie`, `man`, `diese`, `demnach`) → unknown (the speakers resolver's `entity` is used instead
   when it has one).
2. Anonymity markers anywhere (`ungenannt`, `namentlich nicht genannt`, `anonym`, `mit … vertraut`)
   → anonymous.
3. Coordinations (`X und Y`, `sowohl X als auch Y`) → the majority kind of the parts.
4. The *head* is the first capitalised word after determiners, prepositions and adjectives:
   - a media outlet from `media.tsv` (the alias covers the whole head word) → media, with its
     `ownership` (state | public | private | agency);
   - a media noun (`Zeitung`, `Sender`, `Nachrichtenagentur`, `Medienberichten`) → media;
     ownership `state` with `Staats-`/`staatlich`, `public` with `öffentlich-rechtlich`, else the
     outlet named in the mention, else none;
   - a statement noun (`Angaben`, `Informationen`, `Aussagen`, `Einschätzung`; also as a compound
     `Polizeiangaben`) → the kind of its complement (`der Staatsanwaltschaft` → organization);
     bare: `offizielle Angaben` → anonymous, otherwise unknown (`eigenen Angaben` refers back);
   - a vague report noun with no complement (`Berichten zufolge`, `ersten Meldungen`) → anonymous;
   - a document noun (`Bericht`, `Studie`, `Erklärung`, `Mitteilung`, `Urteil`, `Positionspapier`)
     → document, except a report *of a media outlet* (`ein Bericht der Zeitung X`) → media;
   - an anonymous noun (`Kreise`, `Regierungskreisen`, `Quellen`, `Insider`, `Beobachter`,
     `Augenzeugen`) → anonymous;
   - a person role (`Minister`, `Regierungssprecher`, `Anwältin`, `Der 58-Jährige`):
     with a name (`Vizeregierungssprecher Thomas Steg`, `Der Sprecher …, Tomson Phiri`) → person;
     a journalist role of a named outlet without a name (`ein Reporter des Senders n-tv`) → media;
     a spokesperson without a name (`ein Polizeisprecher`, `der Sprecher des Weißen Hauses`) →
     anonymous (an unnamed spokesperson); indefinite (`ein Beamter`, `einem Jury-Mitglied`) →
     anonymous; plural (`Diplomaten`, `Experten`) → the kind of an organization or outlet they
     belong to (`Politikern der SPD` → organization) or else anonymous; definite singular
     (`der Minister`, `Der GdP-Vorsitzende`) → person;
   - an organization (`Ministerium`, `Staatsanwaltschaft`, suffixes like `-ung`/`-schaft`, known
     names like `Kreml`, `Airbus`, `NATO`, acronyms like `EADS`), a capital or country used as a
     metonym (`Washington`, `Frankreich`) → organization;
   - any other capitalised word: right after a determiner it is a common noun → unknown; without
     one it is a name → person (`Celebi`, `Hugo Chávez`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

KINDS = ("person", "organization", "media", "anonymous", "document", "unknown")
OWNERSHIPS = ("state", "public", "private", "agency")

_TOKEN = re.compile(r"[\wÄÖÜäöüß][\w\-.'’/&ÄÖÜäöüß]*|[,()]")
_QUOTE_CHARS = "„“”\"»«‚‘’'‹›"
_ACRONYM = re.compile(r"^[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9\-&./]{1,11}$")
_GROUP_SPLIT = re.compile(r"\s+(?:und|sowie|als auch|oder)\s+|^\s*sowohl\s+", re.IGNORECASE)
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_COMPANY_WORDS = frozenset({"ag", "gmbh", "se", "inc", "ltd", "co", "kg", "holding", "group", "airlines", "airways", "bank", "corp", "corporation", "limited"})
_TIME_WORDS = frozenset({"abend", "morgen", "mittag", "nachmittag", "vormittag", "wochenende", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "vortag", "jahr", "jahres", "tag", "tages", "woche", "monat"})
_TRUNCATED = re.compile(r"\w-\s+(?:und|oder|sowie)\s+")


@dataclass(frozen=True)
class MediaEntry:
    name: str
    ownership: str
    country: str
    type: str


@dataclass(frozen=True)
class SourceKind:
    kind: str
    ownership: str | None = None
    media: str | None = None  # canonical outlet name when the mention names one


UNKNOWN = SourceKind("unknown")


class Lexicon:
    def __init__(self) -> None:
        data = json.loads(files("saidwhat.resolve").joinpath("data/sources.json").read_text(encoding="utf-8"))
        self.sets: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
        self.suffix_lists = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in data.items() if not k.startswith("_")}
        self.media_alias: dict[str, MediaEntry] = {}
        self.media_ambiguous: dict[str, MediaEntry] = {}
        for line in files("saidwhat.resolve").joinpath("data/media.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("canonical\t"):
                continue
            name, aliases, ownership, country, kind = (line.split("\t") + [""] * 5)[:5]
            entry = MediaEntry(name, ownership, country, kind)
            for alias in aliases.split("|"):
                if alias.startswith("~"):
                    self.media_ambiguous[alias[1:]] = entry
                elif alias:
                    self.media_alias[alias] = entry
        self.media_re = _alias_regex(self.media_alias)
        self.media_ambiguous_re = _alias_regex(self.media_ambiguous)
        multi = [n for n in self.sets["organization_names"] | self.sets["places"] if " " in n]
        self.multiword_org = tuple(sorted(multi, key=len, reverse=True))

    def suffix(self, name: str, word: str) -> str | None:
        for s in self.suffix_lists[name]:
            if word.endswith(s) and (len(word) == len(s) or len(word) - len(s) >= 3):
                return s
        return None


def _alias_regex(aliases: dict[str, MediaEntry]) -> re.Pattern:
    alternation = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?:s)?(?![\w])")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@dataclass
class _Tok:
    text: str
    lower: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return any(c.isupper() for c in self.text)


def _tokens(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        end = m.end()
        if t.endswith(".") and t.count(".") == 1 and len(t) > 3:
            t, end = t[:-1], end - 1
        toks.append(_Tok(t, t.lower(), m.start(), end))
    return toks


def find_media(text: str) -> list[tuple[int, int, MediaEntry]]:
    """Outlets named in `text`: unambiguous aliases anywhere, ambiguous ones (`Bild`, `Stern`,
    `Die Welt`) only as the whole mention, in quote marks or after a media noun."""
    lex = lexicon()
    found = [(m.start(), m.end(), lex.media_alias[_strip_genitive(m.group(0), lex.media_alias)]) for m in lex.media_re.finditer(text)]
    if lex.media_ambiguous:
        bare = _strip_outer(text)
        for m in lex.media_ambiguous_re.finditer(text):
            alias = _strip_genitive(m.group(0), lex.media_ambiguous)
            before = text[: m.start()].rstrip()
            prev_word = before.split()[-1].lower().strip(_QUOTE_CHARS) if before.split() else ""
            after = text[m.end() : m.end() + 1]
            quoted = before.endswith(tuple(_QUOTE_CHARS)) or (after != "" and after in _QUOTE_CHARS)
            whole = _strip_determiners(bare) in (alias, alias + "s")
            after_media_noun = bool(prev_word) and (lex.suffix("media_heads", prev_word) is not None or prev_word in ("die", "der", "das", "dem", "den", "des") and _media_noun_before(before))
            if quoted or whole or after_media_noun:
                found.append((m.start(), m.end(), lex.media_ambiguous[alias]))
    return sorted(found)


def _media_noun_before(before: str) -> bool:
    words = before.lower().split()
    return len(words) >= 2 and lexicon().suffix("media_heads", words[-2].strip(_QUOTE_CHARS)) is not None


def _strip_genitive(alias: str, table: dict) -> str:
    if alias in table:
        return alias
    return alias[:-1]


def _strip_outer(text: str) -> str:
    return text.strip().strip(_QUOTE_CHARS + " ,;:.()–-").strip()


def _strip_determiners(text: str) -> str:
    words = text.split()
    lex = lexicon()
    while words and words[0].lower() in lex.sets["determiners"] | lex.sets["prepositions"]:
        words = words[1:]
    return " ".join(w.strip(_QUOTE_CHARS) for w in words)


def classify(text: str | None, entity: str | None = None, members: list[str] | None = None) -> SourceKind:
    """The kind (and for media the ownership) of a source mention; `entity` (the canonical name
    from coreference) decides when the text alone cannot (a pronoun, `diese`)."""
    result = _classify(text or "", 0)
    if entity and (result.kind == "unknown" or _is_pronoun(text or "")):
        by_entity = _classify(entity, 0)
        if by_entity.kind != "unknown":
            return by_entity
    if result.kind == "unknown" and members:
        kinds = [_classify(m, 0) for m in members]
        known = [k for k in kinds if k.kind != "unknown"]
        if known:
            return _majority(known)
    return result


def _is_pronoun(text: str) -> bool:
    low = _strip_outer(text).lower()
    lex = lexicon()
    return low in lex.sets["pronouns_person"] or low in lex.sets["pronouns_unknown"]


def _majority(kinds: list[SourceKind]) -> SourceKind:
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k.kind] = counts.get(k.kind, 0) + 1
    best = max(counts.values())
    for k in kinds:  # ties: the first part wins
        if counts[k.kind] == best:
            if k.kind == "media":
                owners = {x.ownership for x in kinds if x.kind == "media"}
                return SourceKind("media", owners.pop() if len(owners) == 1 else None, k.media)
            return k
    return UNKNOWN


@lru_cache(maxsize=4096)
def _classify(text: str, depth: int) -> SourceKind:
    lex = lexicon()
    t = _strip_outer(text)
    if not t or depth > 4:
        return UNKNOWN
    low = t.lower()
    if low in lex.sets["pronouns_person"]:
        return SourceKind("person")
    if low in lex.sets["pronouns_unknown"]:
        return UNKNOWN
    if any(marker in low for marker in lex.sets["anonymous_markers"]):
        return SourceKind("anonymous")
    truncated = _TRUNCATED.search(t)
    if truncated:  # `Kongress- und Verteidigungskreise`: the last conjunct carries the head
        return _classify(t[truncated.end() :], depth + 1)
    parts = [p for p in _GROUP_SPLIT.split(t) if p and p.strip()]
    if len(parts) > 1 and not any(p.rstrip().endswith("-") for p in parts[:-1]):
        kinds = [_classify(p, depth + 1) for p in parts]
        known = [k for k in kinds if k.kind != "unknown"]
        return _majority(known) if known else UNKNOWN
    return _classify_np(t, depth)


def _noun_class(word: str) -> str | None:
    """The lexicon class of one (possibly compound, possibly genitive) noun, lower case."""
    lex = lexicon()
    for w in _variants(word):
        if w in lex.sets["pronouns_unknown"]:
            return None
        if lex.suffix("spokesperson_suffixes", w):
            return "spokesperson"
        if w in lex.sets["media_heads"] or (w.startswith(tuple(lex.sets["media_prefixes"])) and w.endswith(("bericht", "berichte", "berichten", "berichts", "meldung", "meldungen", "angaben", "informationen"))):
            return "media"
        if w in lex.sets["statement_heads"]:
            return "statement"
        if w in lex.sets["anonymous_heads"] or lex.suffix("anonymous_suffixes", w):
            return "anonymous"
        if w in lex.sets["document_heads"]:
            return "document"
        if w in lex.sets["organization_names"]:
            return "orgname"
        if w in lex.sets["places"]:
            return "place"
        if w in lex.sets["group_nouns"]:
            return "group"
        if w in lex.sets["person_titles"]:
            return "person_role"
        stmt = lex.suffix("statement_heads", w)
        if stmt and len(w) > len(stmt) + 2:
            return "statement_compound"
        if lex.suffix("media_heads", w) and len(w) > 4:
            return "media"
        if lex.suffix("document_heads", w) and len(w) > 6:
            return "document"
        if lex.suffix("person_role_suffixes", w):
            return "person_role"
        if lex.suffix("organization_suffixes", w):
            return "organization"
    return None


def _variants(word: str) -> list[str]:
    out = [word]
    if word.endswith("es") and len(word) > 5:
        out.append(word[:-2])
    if word.endswith(("s", "n")) and len(word) > 4:
        out.append(word[:-1])
    return out


def _statement_prefix(word: str) -> str:
    lex = lexicon()
    stmt = lex.suffix("statement_heads", word) or ""
    prefix = word[: len(word) - len(stmt)].rstrip("-")
    if prefix.endswith("s") and len(prefix) > 4 and _noun_class(prefix) is None:
        prefix = prefix[:-1]
    return prefix


def _is_adjective_like(tok: _Tok, nxt: _Tok | None) -> bool:
    """A capitalised word that is an inflected adjective before a noun (`Weiße Farmer`,
    `Die Hamburger Stadtreinigung`, `Offiziellen Angaben`)."""
    return (
        nxt is not None
        and nxt.cap
        and nxt.text not in ",()"
        and tok.lower.endswith(_ADJ_ENDINGS)
        and _noun_class(tok.lower) is None
        and "-" not in tok.text
    )


def _classify_np(t: str, depth: int) -> SourceKind:
    lex = lexicon()
    toks = _tokens(t)
    media = find_media(t)
    det: str | None = None
    head_i = None
    for i, tok in enumerate(toks):
        if tok.text in ",()":
            if head_i is None:
                continue
            break
        if tok.lower in lex.sets["determiners"]:
            det = tok.lower
            continue
        if tok.lower in lex.sets["prepositions"] and head_i is None:
            continue
        # an outlet covering this whole word
        if any(s <= tok.start and e >= tok.end for s, e, _ in media):
            entry = next(en for s, e, en in media if s <= tok.start and e >= tok.end)
            return SourceKind("media", entry.ownership, entry.name)
        for name in lex.multiword_org:
            if t.lower().startswith(name, tok.start):
                after = t[tok.start + len(name) : tok.start + len(name) + 1]
                if after != "-" and not after.isalnum():
                    return SourceKind("organization")
        if not tok.cap:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _is_adjective_like(tok, nxt) and (i == 0 or det is not None or toks[i - 1].lower in lex.sets["prepositions"]):
            continue
        head_i = i
        break
    if head_i is None:
        return UNKNOWN
    head = toks[head_i]
    cls = _noun_class(head.lower)
    rest = toks[head_i + 1 :]
    complement = _complement(t, rest)
    if cls == "media":
        if head.lower == "agentur" and det in lex.sets["indefinite"] and not media:
            return SourceKind("organization")  # `eine Agentur von Al Gore`: not a news agency
        return SourceKind("media", _media_ownership(t, media), media[0][2].name if media else None)
    if cls in ("statement", "statement_compound"):
        if cls == "statement_compound":
            prefix = _statement_prefix(head.lower)
            if _noun_class(prefix) == "media":
                return SourceKind("media", _media_ownership(t, media))
            sub = _classify(prefix.capitalize() if not prefix[:1].isupper() else prefix, depth + 1)
            if sub.kind == "unknown" and _ACRONYM.match(head.text.split("-")[0] or ""):
                return SourceKind("organization")
            return sub if sub.kind != "unknown" else SourceKind("unknown")
        if complement:
            return _classify(complement, depth + 1)
        low = t.lower()
        if "offiziell" in low or head.lower in lex.sets["vague_report_heads"]:
            return SourceKind("anonymous")
        return UNKNOWN
    if cls == "document":
        if head.lower in lex.sets["vague_report_heads"] and not complement:
            return SourceKind("anonymous")
        if complement and head.lower.rstrip("sn") in {w.rstrip("sn") for w in lex.sets["media_report_heads"]} | {"bericht"} or lex.suffix("media_report_heads", head.lower):
            sub = _classify(complement, depth + 1) if complement else UNKNOWN
            if sub.kind == "media":
                return sub
        return SourceKind("document")
    if cls == "anonymous":
        return SourceKind("anonymous")
    if cls in ("organization", "orgname", "place"):
        return SourceKind("organization")
    if cls in ("person_role", "spokesperson", "group"):
        return _role_kind(t, toks, head_i, det, cls, complement, media, depth)
    if _ACRONYM.match(head.text) and sum(c.isupper() for c in head.text) >= 2:
        return SourceKind("organization")
    for tok in toks[head_i + 1 :]:
        if not tok.cap or tok.text in ",()":
            break
        if tok.lower in _COMPANY_WORDS:
            return SourceKind("organization")
    if head.lower in _TIME_WORDS:
        return UNKNOWN  # a date swallowed into a speaker span (`… vom vergangenen Freitag`)
    if det is not None:
        # a common noun we do not know; the endings of German institution nouns
        if head.lower.endswith(tuple(lex.sets["organization_endings"])):
            return SourceKind("organization")
        return UNKNOWN
    return SourceKind("person")


def _complement(t: str, rest: list[_Tok]) -> str:
    """The genitive or `von` complement right after the head (`Angaben der Polizei`)."""
    lex = lexicon()
    i = 0
    while i < len(rest) and not rest[i].cap and rest[i].lower not in ("der", "des", "von", "vom", "aus", "einer", "eines", "bei", "beim", "im", "in", "dem") and rest[i].text not in ",()":
        i += 1
    if i < len(rest) and rest[i].lower in ("der", "des", "von", "vom", "aus", "einer", "eines", "bei", "beim", "im", "in"):
        j = i if rest[i].lower in ("der", "des", "einer", "eines") else i + 1  # keep a genitive article
        k = j
        while k < len(rest) and not rest[k].cap:
            k += 1
        if k < len(rest) and rest[k].lower in _TIME_WORDS:
            return ""  # `Informationen vom späten Abend`
        if j < len(rest):
            return t[rest[j].start :]
    if rest and not rest[0].cap and rest[0].text not in ",()" and rest[0].lower not in lex.sets["prepositions"]:
        # `Meinung politischer Beobachter`: adjective + noun straight after the head
        return t[rest[0].start :]
    return ""


def _media_ownership(t: str, media: list[tuple[int, int, MediaEntry]]) -> str | None:
    lex = lexicon()
    low = t.lower()
    if any(m in low for m in lex.sets["state_media_markers"]):
        return "state"
    if any(m in low for m in lex.sets["public_media_markers"]):
        return "public"
    owners = {e.ownership for _, _, e in media}
    return owners.pop() if len(owners) == 1 else None


def _has_name(toks: list[_Tok], head_i: int, media=()) -> bool:
    """A proper name beside a role noun: `Thomas Steg` in `Vizeregierungssprecher Thomas Steg`,
    `Tomson Phiri` after a comma; not words after a determiner or preposition, not outlet names."""
    lex = lexicon()
    for k in range(len(toks)):
        if k == head_i or any(s <= toks[k].start and toks[k].end <= e for s, e, _ in media):
            continue
        tok = toks[k]
        if not tok.cap or tok.text in ",()" or tok.lower in lex.sets["determiners"] or tok.lower in lex.sets["prepositions"]:
            continue
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.text not in ",(" and (prev.lower in lex.sets["determiners"] or prev.lower in lex.sets["prepositions"] or (not prev.cap and k > head_i)):
            continue
        if prev is not None and prev.cap and k > head_i and _noun_class(prev.lower) not in (None, "person_role", "spokesperson") and prev.text not in ",(":
            continue
        if k < head_i and prev is not None and prev.lower in lex.sets["determiners"]:
            continue
        if _noun_class(tok.lower) is not None or _ACRONYM.match(tok.text) or find_media(tok.text):
            continue
        if tok.lower.endswith(_ADJ_ENDINGS) and k + 1 < len(toks) and toks[k + 1].cap and k < head_i:
            continue
        if tok.lower in lex.sets["places"] or tok.lower.rstrip("s") in lex.sets["places"]:
            continue
        if tok.text[:1].isdigit():
            continue
        return True
    return False


def _role_kind(t, toks, head_i, det, cls, complement, media, depth) -> SourceKind:
    lex = lexicon()
    head = toks[head_i]
    if _has_name(toks, head_i, media):
        return SourceKind("person")
    comp = _classify(complement, depth + 1) if complement else UNKNOWN
    genitive = _genitive_complement(toks, head_i)
    if lex.suffix("journalist_roles", head.lower) and (comp.kind == "media" or media):
        if comp.kind == "media":
            return comp
        return SourceKind("media", media[0][2].ownership, media[0][2].name)
    if cls == "spokesperson":
        return SourceKind("anonymous")
    if det in lex.sets["indefinite"]:
        return SourceKind("anonymous")
    plural = _plural(head.lower, det, cls)
    if plural:
        if genitive and comp.kind in ("organization", "media"):
            return comp  # `Politikern der SPD`, not `Diplomaten in Brüssel`
        return SourceKind("anonymous")
    return SourceKind("person")


def _genitive_complement(toks: list[_Tok], head_i: int) -> bool:
    """The head is followed by `der/des/von/vom …` (membership), not `in/aus/bei …` (place)."""
    for tok in toks[head_i + 1 :]:
        if tok.cap or tok.text in ",()":
            return False
        if tok.lower in ("der", "des", "von", "vom", "eines", "einer"):
            return True
        if tok.lower in lexicon().sets["prepositions"]:
            return False
    return False


_ADJECTIVAL_NOUNS = ("abgeordnete", "beamte", "angestellte", "vorsitzende", "überlebende", "beschäftigte", "verletzte",
                     "gefangene", "jugendliche", "bekannte", "verwandte", "vertraute", "geistliche", "reisende",
                     "angeklagte", "verdächtige", "jährige", "delegierte", "sachverständige", "beauftragte")


def _plural(word: str, det: str | None, cls: str) -> bool:
    lex = lexicon()
    if det in ("die", "ihre", "seine", "diese", "unsere") and word.endswith(_ADJECTIVAL_NOUNS):
        return False  # `die Abgeordnete`: feminine singular (the plural is `die Abgeordneten`)
    if word.endswith("innen"):
        return True
    if word.endswith("in") and not word.endswith("ein"):
        return False
    if det is None:
        return cls == "group" or word.endswith(("en", "er", "e", "ern", "s")) and not word.endswith(("jährige", "jähriger"))
    if det in ("die", "den", "diese", "alle", "beide", "mehrere", "einige", "viele", "zahlreiche", "andere", "ihre", "seine", "unsere"):
        return cls == "group" or word.endswith(("er", "en", "ern", "s"))
    if det == "der" and word.endswith("en") and word in lex.sets["group_nouns"]:
        return True
    return False
