"""Speakers: who really speaks. Fills `speaker.entity`, `addressee.entity`, `members` and
`kind` (person / organization where known) of every quotation and `Article.identities`.

How (one pass over the tokens, then one over the quotations, cheap dict lookups throughout):
1. Scan the article for the people and bodies it introduces: given names from the lexicon
   (`Angela Merkel`), role nouns with or without a name (`Kremlsprecher Dmitri Peskow`,
   `der Innenminister Frankreichs, Nicolas Sarkozy`, `eine Armeesprecherin`), known bodies and
   outlets, acronyms (`Gewerkschaft der Polizei (GdP)`), ages (`Thomas Berger (52)`,
   `ein 39 Jahre alter Mann`) and nationalities (`Venezuelas Energieminister`, `(Ecuador)`).
   The names in speaker and addressee spans join them, then every later occurrence of a known
   surname (`Celebi`, `Lula da Silva`) is added. Names that can be one person (`Merkel`,
   `Angela Merkel`) are one entity named by the fullest form.
2. Resolve each speaker and addressee in document order: names link to their entity; pronouns
   (er, sie, ihm, seiner Meinung, der/die as relative or demonstrative) take the most salient
   agreeing entity (recency, subject position, being the last speaker); definite descriptions
   (`der Sprecher`, `die Ministerin`, `der brasilianische Präsident`, `der 54-Jährige`,
   `die Agentur`) take the latest entity with the same role, nationality or age; indefinite
   ones (`ein Polizeisprecher`) are somebody the article never names (entity null); capitals,
   seats and countries (`Washington`, `der Kreml`, `das Weiße Haus`, `die Regierung in Peking`)
   are governments, named `Regierung <Land>`; coordinations (`Berlin und Paris`) get `members`.
3. `Article.identities`: one `Identity` per person or body that speaks, keyed by
   `names.person_key` / `names.org_key` (stable across articles and transliterations).

It runs before the sources resolver, which fills media / anonymous / document kinds; a mention
whose kind this module is not sure of keeps `unknown`."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from saidwhat.resolve import names as N
from saidwhat.resolve import source_lexicon
from saidwhat.resolve.names import Country, Demonym, KnownOrg, PersonName, Role, fold, lexicon, role_of
from saidwhat.text import Document
from saidwhat.types import Article, Identity, Mention, TextSpan

_QUOTES = {"«", "»", "‹", "›", "''", "'", '"', "„", "“", "”", "‚", "‘", "’"}
_AGE_NOUN = re.compile(r"^(\d{1,3})-?Jährige[nrms]?$")
_AGE_ADJ = re.compile(r"^(\d{1,3})-?jährige[nrms]?$")
_ACRONYM = re.compile(r"^(?!.*[a-zäöüß]{2})(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&/\-]{1,9}$")
_COMMON_SUFFIX = re.compile(r"(ung|ungen|heit|keit|schaft|tion|tät|ismus|nahme|ierung)$")
_ADJ_ENDING = re.compile(r"(e|en|er|es|em)$")
_ORDINAL = re.compile(r"^(erste|zweite|dritte|vierte|fünfte|sechste)[nr]?$")
_ADJ_CASE = re.compile(r"(?<=[a-zäöüß])(en|e)$")  # a weak or oblique adjective ending (Deutschen, Deutsche)
_ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "AG", "GmbH", "KG", "SE", "Inc", "Ltd"}
_CONNECTORS = {"for", "of", "and", "the", "de", "la", "du", "del", "des", "on", "with", "and", "y", "&"}
_GOV_HEADS = {"regierung", "führung", "staatsführung", "regime", "administration", "kabinett"}
_CONJ = {"und", "sowie"}
_GOVERNMENT = "Regierung"  # canonical government names: Regierung Frankreichs, Regierung der Ukraine
_MONTHS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}


# --------------------------------------------------------------------------- entities

@dataclass(eq=False)
class Entity:
    kind: str  # person | organization | media | unknown
    name: str | None  # canonical; None: the article never names it
    person: PersonName | None = None
    gender: str = ""  # m f n p, "" unknown
    roles: set[str] = field(default_factory=set)  # normalised role words: "kremlsprecher"
    groups: set[str] = field(default_factory=set)  # role synonym groups: "sprecher"
    nations: set[str] = field(default_factory=set)  # Country.government
    parties: set[str] = field(default_factory=set)  # speaker_parties.tsv names: CDU, SPD
    descs: set[str] = field(default_factory=set)  # folded descriptions: "anwältin der frau"
    aliases: set[str] = field(default_factory=set)  # folded names and acronyms
    age: int | None = None
    members: list["Entity"] | None = None
    gov: Country | None = None
    canon: str | None = None  # lexicon name of a known body: its key, whatever the article calls it
    bare_surname: bool = False  # a surname alone has named this person

    @property
    def key(self) -> str | None:
        if self.members is not None:
            return "g:" + "+".join(sorted(m.key or "?" for m in self.members))
        if self.person is not None:
            return N.person_key(self.person)
        if self.canon or self.name:
            return N.org_key(self.canon or self.name)
        return None


@dataclass
class Ref:
    """A place in the text (token range) that refers to an entity."""

    pos: int
    end: int
    sentence: int
    entity: Entity
    subject: bool = False
    pp: bool = False
    speaker: bool = False


@dataclass
class Phrase:
    """What a mention (or a noun phrase in the text) says about whom it names."""

    kind: str  # pronoun | person | org | gov | desc | group | empty
    first: int = 0
    last: int = 0
    pron: tuple[str, str] | None = None  # (genders, type)
    person: PersonName | None = None
    name: str | None = None  # org name
    org: KnownOrg | None = None
    gov: Country | None = None
    role: Role | None = None
    role_word: str = ""
    gender: str = ""
    definite: bool = False
    indefinite: bool = False
    possessive: bool = False
    nations: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    age: int | None = None
    desc: str = ""  # folded description without determiner
    desc_text: str = ""  # as written
    aliases: set[str] = field(default_factory=set)
    members: list["Phrase"] = field(default_factory=list)
    extra_roles: list[tuple[Role, str]] = field(default_factory=list)
    extra_descs: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _role_forms() -> dict[int, list[str]]:
    forms: dict[int, list[str]] = {}
    for k, r in lexicon().roles.items():
        forms.setdefault(id(r), []).append(fold(k))
    for v in forms.values():
        v.sort(key=len, reverse=True)
    return forms


@lru_cache(maxsize=8192)
def _norm_role_word(word: str, role: Role) -> str:
    """Kreml-Sprecherin → kremlsprecher (masculine base, no hyphens): the role as a compound."""
    w = fold(word).replace("-", "")
    base = fold(role.base)
    for suffix in _role_forms().get(id(role), ()):
        if w.endswith(suffix):
            return w[: len(w) - len(suffix)] + base
    return w


# --------------------------------------------------------------------------- the document view

class _Doc:
    def __init__(self, document: Document) -> None:
        self.lex = lexicon()
        words = self.lex.words
        self.document = document
        toks = document.tokens
        self.n = len(toks)
        self.text = [t.text for t in toks]
        self.norm = [t.norm for t in toks]
        self.low = [t.lower() for t in self.text]
        self.caps = [t[:1].isupper() for t in self.text]
        self.sent = [t.sentence for t in toks]
        self.starts = [t.start for t in toks]
        self.para = [t.paragraph for t in toks]
        self.sent_first = [s.first for s in document.sentences]
        self.dets = words["determiners"]
        self.indef = set(words["indefinite"])
        self.preps = set(words["prepositions"])
        self.cut_preps = set(words["cut_prepositions"])
        self.wrappers = set(words["wrappers"])
        self.pronouns = words["pronouns"]
        self.common = set(words["common_nouns"])
        self.org_gender = words["org_gender"]
        self.places = set(words["places"])
        self.person_particles = set(words["person_particles"])
        self.object_pronouns = set(words["object_pronouns"])
        self.object_determiners = set(words["object_determiners"])
        self.generations = {fold(k): v for k, v in words["generation_suffixes"].items()}
        self.party_body_heads = {fold(w) for w in words["party_body_heads"]}
        self.noun_endings = tuple(words["common_noun_endings"])
        self.untyped_body_nouns = set(words["untyped_body_nouns"])
        self.town_nouns = set(words["town_nouns"])
        self.quote_mark = [t.norm in _QUOTES for t in toks]
        self.narr_prev_narrative = True
        # tokens inside long quotations are speech, not narration: no antecedents there
        self.in_long_quote = [False] * self.n
        i = 0
        while i < self.n:
            if toks[i].in_quote:
                j = i
                while j < self.n and toks[j].in_quote:
                    j += 1
                if j - i > 5:
                    for k in range(i, j):
                        self.in_long_quote[k] = True
                i = j
            else:
                i += 1
        # sentence distance counts narrative sentences only (a long quotation is one step)
        self.narr = []
        count = 0
        for sent in document.sentences:
            inside = sum(1 for t in toks[sent.first : sent.last] if t.in_quote)
            if inside * 2 < sent.last - sent.first or not self.narr or self.narr_prev_narrative:
                count += 1
            self.narr_prev_narrative = inside * 2 < sent.last - sent.first
            self.narr.append(count)
        self.entities: list[Entity] = []
        self.refs: list[Ref] = []
        self.ref_pos: list[int] = []
        self.covered = bytearray(self.n)
        self.by_alias: dict[str, Entity] = {}
        self.govs: dict[str, Entity] = {}
        self._positions: dict[str, list[int]] | None = None
        self._namey: list[bool | None] = [None] * self.n
        type_words = N.org_type_words()
        self.type_word = [t in type_words for t in self.text]  # IG, AG, FC
        self.type_cue_ahead = _cue_ahead(self.type_word)
        self.attribute_cue_ahead = _cue_ahead([t in ("aus", "(") for t in self.low])  # aus Norwegen, (44)

    def positions(self, word: str) -> list[int]:
        """Where a token occurs in the article (an index built on first use)."""
        if self._positions is None:
            self._positions = {}
            for i, t in enumerate(self.text):
                self._positions.setdefault(t, []).append(i)
        return self._positions.get(word, [])

    # ---- token predicates
    def cap(self, i: int) -> bool:
        return self.caps[i]

    def is_punct(self, i: int) -> bool:
        return not any(c.isalnum() for c in self.text[i])

    def given(self, i: int) -> str | None:
        t = self.text[i]
        g = self.lex.given.get(t)
        if g is None and "-" in t and role_of(t) is None:  # Hans-Peter; not Max-Planck-Institut
            g = self.lex.given.get(t.split("-")[0])
        return g

    def country_adj(self, i: int) -> Country | None:
        low = fold(self.text[i])
        if "-" in low:
            pre, _, rest = low.partition("-")
            c = self.lex.country_prefixes.get(pre) or self.lex.countries.get(pre)
            if c is not None and not rest[:1].isupper():
                return c
        if not self.text[i][:1].islower() and "-" not in low:
            return None
        for stem, country in self.lex.country_adjectives:
            if low.startswith(stem) and len(low) - len(stem) <= 2:
                return country
        return None

    def country_gen(self, i: int) -> Country | None:
        if not self.cap(i):
            return None
        return self.lex.country_genitives.get(fold(self.text[i]))

    def known_lower(self, i: int) -> bool:
        t = self.text[i]
        return t[:1].islower() and (fold(t),) in self.lex.orgs

    def namey(self, i: int) -> bool:
        """May token i be (part of) a name? Computed once per token."""
        known = self._namey[i]
        if known is None:
            known = self._namey[i] = self._namey_uncached(i)
        return known

    def _namey_uncached(self, i: int) -> bool:
        t = self.text[i]
        if t[:1].islower():
            return bool(N.ARABIC_ARTICLE.match(t)) or self.known_lower(i)
        if not t[:1].isupper() or self.quote_mark[i] or self.is_punct(i):
            return False
        low = self.low[i]
        if low in self.dets or low in self.pronouns or low in self.common or low in _MONTHS or low in self.wrappers:
            return False
        if t in _ROMAN:
            return False
        if self.given(i) is not None:
            return True
        if role_of(t) is not None or _AGE_NOUN.match(t):
            return False
        head = low.rsplit("-", 1)[-1]
        if len(head) >= 7 and _COMMON_SUFFIX.search(head):
            return False  # Regierung, Vereinigung; but a hyphenated name like Jae-myung
        if self.country_gen(i) is not None and low not in self.lex.countries:
            return False
        if low.endswith("s") and (low[:-1] in self.places or fold(t[:-1]) in self.lex.countries):
            return False
        return True

    def particle_surname(self, i: int) -> bool:
        """Does the preposition at i begin a surname (`von Stetten`, `Von Stetten`) that the article
        writes after a given name (`Friederike von Stetten`)?"""
        if self.low[i] not in self.person_particles or i + 1 >= self.n or not self.namey(i + 1) or fold(self.text[i + 1]) in self.lex.org_first:
            return False
        return any(
            p - 2 >= 0 and self.low[p - 1] == self.low[i] and self.text[p - 1][:1].islower() and self.namey(p - 2)
            for p in self.positions(self.text[i + 1])
        )

    def body_word(self, i: int) -> bool:
        """May a single capitalised word after an article be a body's name (die Lufthansa, der
        Spiegel) rather than a common noun (die Piloten, der Vorstand)? Words with a common noun's
        ending, roles, nationalities, places and given names are not."""
        t = self.text[i]
        low = self.low[i]
        return (self.namey(i) and "-" not in t and not low.endswith(self.noun_endings) and self.given(i) is None
                and role_of(t) is None and fold(t) not in self.lex.demonyms and fold(t) not in self.lex.countries
                and low not in self.places and fold(t) not in self.lex.parties)

    def typed_name(self, s: int, e: int) -> bool:
        """Does a word of tokens [s, e) say the name is a body's (IG Metall, Hertha BSC, Kessler AG)?"""
        return any(self.type_word[s:e])

    def particle(self, i: int) -> bool:
        return self.low[i] in self.person_particles and self.text[i][:1].islower()

    # ---- refs
    def add_ref(self, first: int, last: int, entity: Entity, speaker: bool = False) -> Ref:
        sentence = self.sent[first] if first < self.n else 0
        sf = self.sent_first[sentence] if self.sent_first else 0
        lead = sf
        while lead < first and (self.is_punct(lead) or self.quote_mark[lead]):
            lead += 1
        subject = first <= lead or (first == lead + 1 and self.low[lead] in self.lex.words.get("adverbs_before_name", ()))
        pp = first > 0 and (self.low[first - 1] in self.preps or self.low[first - 1] == "des")
        ref = Ref(first, last, sentence, entity, subject, pp, speaker)
        k = bisect.bisect_right(self.ref_pos, first)
        self.ref_pos.insert(k, first)
        self.refs.insert(k, ref)
        return ref

    def refs_before(self, pos: int) -> list[Ref]:
        """The latest references before `pos` (at most MAX_LOOKBACK: keeps book-length input linear)."""
        end = bisect.bisect_left(self.ref_pos, pos)
        return self.refs[max(0, end - MAX_LOOKBACK) : end]

    def last_ref(self, entity: Entity, pos: int) -> int:
        best = -1
        for r in self.refs_before(pos):
            if r.entity is entity:
                best = r.pos
        return best


MAX_LOOKBACK = 400
_MAX_DATELINE_WORDS = 4
UNTYPED_BODY_SENTENCES = 3  # how far back a bare `der Konzern` looks for a body of unknown type
SUBJECT_CONTINUATION = 150.0  # salience bonus of the latest subject for a subject pronoun
_NAME_CUE_WINDOW = 5  # a type word (AG, FC) or an attribute (aus Norwegen, (44)) this close to a name
_MAX_FIELD_WORDS = 6  # Institut für Kognitions- und Neurowissenschaften
_MIN_NOUN_BEFORE_NAME = 12  # Gewerkschaftsfunktionär Bernard Aubin; given names are shorter


def _cue_ahead(cues: list[bool]) -> list[bool]:
    """For each token: is there a cue at it or among the next _NAME_CUE_WINDOW - 1 tokens (one pass)?"""
    ahead = [False] * len(cues)
    last = -_NAME_CUE_WINDOW
    for k in range(len(cues) - 1, -1, -1):
        if cues[k]:
            last = k
        ahead[k] = last - k < _NAME_CUE_WINDOW and last >= k
    return ahead


# --------------------------------------------------------------------------- phrase analysis

def _person_run(d: _Doc, i: int, end: int) -> int:
    """End of a person-name run starting at token i (i itself if there is none)."""
    j = i
    while j < end and j - i < 6:
        t = d.text[j]
        if d.namey(j) or N.is_initial(t):
            j += 1
            continue
        if j > i and _glued_apostrophe(d, j):
            j += 2
            continue
        if j > i and d.given(j - 1) is not None and d.cap(j) and d.low[j] not in d.dets and d.low[j] not in d.pronouns and not d.quote_mark[j] and not d.is_punct(j):
            j += 1  # Joachim Banke, Klaus Richter: a surname that is also a noun
            continue
        if j > i and d.low[j] in ("der", "den") and d.low[j - 1] in d.person_particles and j + 1 < end and d.namey(j + 1):
            j += 1  # Alexander Van der Bellen: a capitalised particle
            continue
        if j > i and d.particle(j):
            after = _particle_chain_end(d, j, end)
            if after > j:
                j = after
                continue
        break
    return j


def _particle_chain_end(d: _Doc, j: int, end: int) -> int:
    """`von der`, `de la`, `van den`: a particle at j and any further lowercase particles, if a
    name follows them (index of that name, else j)."""
    k = j + 1
    while k < end and k - j < 3 and d.text[k][:1].islower() and d.low[k] in d.lex.particles:
        k += 1
    return k if k < end and d.namey(k) else j


def _glued_apostrophe(d: _Doc, j: int) -> bool:
    """`O’Leary`, `D'Alema`: an apostrophe between two letters inside one name is no quote mark."""
    t = d.text[j]
    return (t in ("’", "'") and 0 < j < d.n - 1 and d.cap(j + 1)
            and d.starts[j] == d.starts[j - 1] + len(d.text[j - 1]) and d.starts[j + 1] == d.starts[j] + 1)


def _name_words(d: _Doc, s: int, e: int) -> list[str]:
    """The tokens [s, e) of a name, apostrophe-glued pieces joined again (`O’Leary`)."""
    words: list[str] = []
    k = s
    while k < e:
        if words and k + 1 < e and _glued_apostrophe(d, k):
            words[-1] += d.text[k] + d.text[k + 1]
            k += 2
            continue
        words.append(d.text[k])
        k += 1
    return words


def _org_run(d: _Doc, i: int, end: int, first_any: bool = False) -> int:
    j = i
    if first_any and j < end and d.cap(j) and not d.quote_mark[j] and d.low[j] not in d.dets and d.low[j] not in d.common:
        j += 1  # die Arbeitsgemeinschaft Grundsicherung: a common noun may start the name
    while j < end and j - i < 8:
        if d.namey(j) or d.text[j][:1].isdigit() or _ACRONYM.match(d.text[j]):
            j += 1
            continue
        if j > i and d.cap(j) and not d.quote_mark[j] and d.low[j] not in d.dets and d.low[j] not in d.pronouns and d.low[j] not in d.common:
            j += 1  # Hamburger Stadtreinigung, Deutsche Gesellschaft
            continue
        if j > i and d.low[j] in _CONNECTORS and j + 1 < end and d.namey(j + 1):
            j += 1
            continue
        break
    return j


def _person_name(d, ph, start: int, run: int, end: int):
    """The phrase is the person named by tokens [start, run), with aliases from a parenthesis."""
    if run < end and d.low[run] in d.generations:
        run += 1  # Reuter senior
    while run - start > 1 and d.low[start] in d.lex.titles:
        ph.gender = ph.gender or d.lex.titles[d.low[start]]
        start += 1  # Prinz Faisal: the title is no part of the name
    ph.kind = "person"
    ph.person = N.parse_person(_name_words(d, start, run))
    ph.first, ph.last = start, run
    ph.aliases |= _paren_aliases(d, run, end, acronyms_only=True)
    _paren_extra(d, ph, run, end)
    return ph


def _quoted_name(d, ph, start: int, end: int) -> bool:
    """A name in quote marks (`die Partei „Einiges Russland“`) makes the phrase an organization."""
    q = _quoted(d, start, end)
    if q <= start:
        return False
    ph.kind = "org"
    ph.name = _strip_quotes(_nominative_name(d, start + 1, q - 1))
    ph.aliases |= {fold(ph.name)} | _paren_aliases(d, q, end)
    ph.first, ph.last = start, q
    return True


def _quoted(d: _Doc, i: int, end: int) -> int:
    """If a quote mark opens at i, the index after its closing mark (else i)."""
    if i >= end or not d.quote_mark[i]:
        return i
    j = i + 1
    while j < end and not d.quote_mark[j] and j - i < 10:
        j += 1
    if j < end and d.quote_mark[j] and j > i + 1:
        return j + 1
    return i


def _known_org(d: _Doc, i: int, end: int) -> tuple[KnownOrg, int] | None:
    lex = d.lex
    first = fold(d.text[i])
    if first not in lex.org_first and first[:-1] not in lex.org_first and not (first.endswith("s") and first[:-2] in lex.org_first):
        return None
    for k in range(min(end, i + 5), i, -1):
        key = tuple(fold(d.text[x]) for x in range(i, k))
        org = lex.orgs.get(key) or lex.orgs.get(_nominative_adjectives(key))
        if org is None and key[-1].endswith("s") and len(key[-1]) > 4:
            org = lex.orgs.get(key[:-1] + (key[-1][:-2] if key[-1].endswith("es") else key[-1][:-1],)) or lex.orgs.get(key[:-1] + (key[-1][:-1],))
        if org is not None:
            return org, k
    return None


def _nominative_adjectives(words: tuple[str, ...]) -> tuple[str, ...]:
    """`deutschen presse-agentur` → `deutsche presse-agentur`: adjectives of a name in its dative
    or genitive form (der Deutschen Umwelthilfe) back to the form the name is listed with."""
    return tuple(w[:-1] if k < len(words) - 1 and w.endswith("en") and len(w) > 4 else w for k, w in enumerate(words))


def _nominative_name(d: _Doc, first: int, last: int) -> str:
    """An unknown body's name as written, its leading adjectives in the nominative of the name's
    gender when a case ending shows: `von der Deutschen Umwelthilfe` → `Deutsche Umwelthilfe`,
    `dem Norddeutschen Rundfunk` → `Norddeutscher Rundfunk`, `Der Deutsche Sportbund` →
    `Deutscher Sportbund`. Genitives (des Roten Kreuzes) keep their form."""
    surface = _surface(d, first, last)
    words = surface.split(" ")
    before = first - 1 if first > 0 and not d.quote_mark[first - 1] else first - 2  # der „Frankfurter …“
    det = d.low[before] if before >= 0 else ""
    if det not in ("der", "den", "dem", "im", "vom", "zum", "beim") or len(words) < 2 or words[-1].endswith("s"):
        return surface
    gender = _head_gender(d, words[-1])
    if gender == "" and det in ("der", "den"):
        gender = "f"  # unknown head after der/den: the feminine reading (der Deutschen Umwelthilfe)
    ending = {"f": "e", "m": "er", "n": "es"}.get(gender)
    if ending is None or (gender == "f" and det not in ("der", "den")):
        return surface
    for k in range(len(words) - 1):  # up to an inner genitive (Institut der Deutschen Wirtschaft)
        if not words[k][:1].isupper():
            break
        if _ADJ_CASE.search(words[k]) and len(words[k]) > 4 and words[k] not in d.lex.given:
            words[k] = _ADJ_CASE.sub(ending, words[k])  # Frankfurter (indeclinable) stays
    return " ".join(words)


def _head_gender(d: _Doc, head: str) -> str:
    """The gender of a body's head noun by its longest listed ending (Sportbund: m), or ""."""
    low = head.lower()
    for k in range(len(low) - 3):
        gender = d.org_gender.get(low[k:])
        if gender is not None:
            return gender
    return ""


def _org_surface(d: _Doc, org: KnownOrg, first: int, last: int) -> str:
    """How the article names a known body; a seat (Pentagon) is no name: the canonical one."""
    key = tuple(fold(t) for t in d.text[first:last])
    surface = _surface(d, first, last)
    if key in d.lex.seats or _state_body_name(d, surface) != surface:
        return org.name
    if _nominative_adjectives(key) in d.lex.orgs and key not in d.lex.orgs:  # der Deutschen Presse-Agentur
        return org.name
    if key not in d.lex.orgs:  # a genitive: des Spiegels
        for cut in (2, 1):
            if key[:-1] + (key[-1][:-cut],) in d.lex.orgs:
                return surface[:-cut]
    return surface


def _surface(d: _Doc, first: int, last: int) -> str:
    if first >= last:
        return ""
    text = d.document.text
    out = [d.text[first]]
    for i in range(first + 1, last):
        if d.starts[i] > d.starts[i - 1] + len(d.text[i - 1]):
            out.append(" ")
        out.append(d.text[i])
    return "".join(out).strip() if text else ""


def _strip_quotes(s: str) -> str:
    return s.strip("„“”«»‚‘’‹›\"' ")


def _complement_end(d: _Doc, j: int, e: int) -> int:
    """`des Nationalen Volkskongresses`, `der Polizei`: end of a genitive complement at j (j if none)."""
    if j >= e or d.low[j] not in ("des", "der"):
        return j
    k = j + 1
    last = j
    while k < e and k - j < 7:
        if d.is_punct(k) or d.quote_mark[k]:
            break
        low = d.low[k]
        if last > j and d.given(k) is not None and k + 1 < e and d.namey(k + 1):
            break  # der Russischen Föderation | Sergei Lawrow
        if d.cap(k) or d.known_lower(k):
            last = k
        elif low in ("des", "der") and last > j:
            pass
        elif low in d.dets or low in d.preps or not _ADJ_ENDING.search(low) or k + 1 >= e or not (d.cap(k + 1) or _ADJ_ENDING.search(d.low[k + 1])):
            break
        k += 1
    return last + 1 if last > j else j


def _body_noun(d: _Doc, i: int) -> bool:
    role = role_of(d.text[i])
    return role is not None and role.cls == "org"


def _person_role(d: _Doc, i: int) -> bool:
    role = role_of(d.text[i]) if d.cap(i) else None
    return role is not None and role.cls == "person"


def _field_end(d: _Doc, j: int, e: int) -> int:
    """`für Migration und Flüchtlinge`, `für Kognitions- und Neurowissenschaften` after a body noun:
    the field that names the body (end index; j if none)."""
    if j >= e or d.low[j] != "für" or j + 1 >= e or not d.cap(j + 1):
        return j
    k = j + 1
    last = j
    while k < e and k - j <= _MAX_FIELD_WORDS:
        if last > j and d.given(k) is not None:
            break  # der Bundesagentur für Arbeit | Frank-Jürgen Weise
        if d.cap(k) and not d.is_punct(k) and not d.quote_mark[k]:
            last = k
        elif not (d.low[k] in _CONJ and last == k - 1):
            break
        k += 1
    return last + 1 if last > j else j


def _descriptive_name(d: _Doc, j: int, run: int) -> bool:
    """`Gewerkschaft Nahrung-Genuss-Gaststätten`, `Landesapothekerverband Baden-Württemberg`: a
    place or a chain of hyphenated nouns after a body noun names the body with that noun."""
    if run != j + 1:
        return False
    word = d.low[j]
    return word.count("-") >= 2 or word in d.places or fold(word) in d.lex.countries


def _place_before_name(d: _Doc, j: int, e: int) -> int:
    """`der Grünen-Fraktionschefin im Landtag, Katharina Schulze`: a short place phrase between a
    role and its name after a comma is part of the role (j unchanged if no name follows)."""
    if j + 3 < e and d.low[j] in ("im", "in", "am", "beim", "aus") and d.cap(j + 1) and d.norm[j + 2] == "," and d.given(j + 3) is not None:
        return j + 2
    return j


def _given_before_particle(d: _Doc, s: int, k: int) -> bool:
    """Is the word before the particle at k a given name: a listed one, or an unlisted one right
    after a role or title (`Studienleiterin Friederike von Stetten`) and not before a known body
    or place (`Sprecher Lutz von Siemens` is Lutz of Siemens)?"""
    g = k - 1
    if d.given(g) is not None:
        return True
    if g - 1 < s or not d.namey(g) or not (role_of(d.text[g - 1]) is not None or d.low[g - 1] in d.lex.titles):
        return False
    after = _particle_chain_end(d, k, d.n)
    return after > k and _known_org(d, after, d.n) is None and fold(d.text[after]) not in d.lex.countries and d.low[after] not in d.places


def _cut_pp(d: _Doc, s: int, e: int) -> int:
    """Cut a trailing prepositional phrase (`in ihrer Onlineausgabe`, `von der Civic Party`)."""
    k = s + 1
    while k < e:
        low = d.low[k]
        if low in d.cut_preps and d.text[k][:1].islower():
            if low in ("von", "vom", "zu") and k - 1 >= s and _given_before_particle(d, s, k) and k + 1 < e and (
                d.namey(k + 1) or d.low[k + 1] in ("der", "den", "dem")
            ):
                # particle: Ursula von der Leyen, Karl-Theodor zu Guttenberg
                if not (k + 2 < e and role_of(d.text[k + 2]) is not None):
                    k += 1
                    continue
            if low in ("in", "aus") and k - 1 >= s and d.low[k - 1] in _GOV_HEADS:
                k += 1
                continue
            field = _field_end(d, k, e) if low == "für" and _body_noun(d, k - 1) else k
            if field > k and not any(_person_role(d, x) for x in range(s, k - 1)):
                k = field  # das Institut für Weltwirtschaft: part of the name
                continue
            return k
        k += 1
    return e


def _split_top(d: _Doc, s: int, e: int, separators: set[str]) -> list[tuple[int, int, bool]]:
    """Split at top-level separators (not inside parentheses or quotes): (start, end, after_conj)."""
    parts = []
    depth = 0
    inq = False
    start = s
    conj = False
    for k in range(s, e):
        t = d.norm[k]
        if t in ("(", "["):
            depth += 1
        elif t in (")", "]"):
            depth = max(0, depth - 1)
        elif d.quote_mark[k]:
            inq = not inq
        elif depth == 0 and not inq and d.low[k] in separators:
            if k > start and not d.text[k - 1].endswith("-"):
                parts.append((start, k, conj))
                conj = d.low[k] in _CONJ
                start = k + 1
            elif k == start:
                conj = conj or d.low[k] in _CONJ
                start = k + 1
    if start < e:
        parts.append((start, e, conj))
    return parts


def _phrase(d: _Doc, first: int, last: int) -> Phrase:
    """Analyse the tokens [first, last) of a mention."""
    s, e = first, last
    while s < e and (d.is_punct(s) and not d.quote_mark[s]):
        s += 1
    while e > s and d.is_punct(e - 1) and not d.quote_mark[e - 1] and d.norm[e - 1] != ")":
        e -= 1
    # leading prepositions: Nach Angaben, laut, Aus Militärkreisen, gegenüber Journalisten
    while s < e and d.low[s] in d.preps and e - s > 1 and not (d.low[s] == "von" and d.text[s] == "Von" and e - s <= 3 and d.low[s + 1] in ("der", "den", "dem")):
        if d.particle_surname(s):
            break
        s += 1
    if s >= e:
        return Phrase("empty", first, last)
    if e - s == 1 and d.low[s] in d.pronouns:
        g, t = d.pronouns[d.low[s]]
        return Phrase("pronoun", s, e, pron=(g, t))
    unwrapped = _unwrap(d, s, e)
    if unwrapped is not None:
        return unwrapped
    return _coordination(d, s, e)


def _unwrap(d: _Doc, s: int, e: int) -> Phrase | None:
    """`Angaben der Staatsanwaltschaft`, `ihren Informationen`, `Celebis Angaben`, `NASA-Angaben`."""
    j = s
    possessive = None
    while j < e and (d.low[j] in d.dets or (d.text[j][:1].islower() and not d.quote_mark[j] and not d.namey(j))):
        if d.low[j] in d.pronouns and d.pronouns[d.low[j]][1] == "possessive":
            possessive = d.pronouns[d.low[j]][0]
        j += 1
    if j >= e:
        return None
    w = d.low[j]
    head = w.rsplit("-", 1)[-1]
    is_wrapper = w in d.wrappers or ("-" in w and head in d.wrappers)
    compound = not is_wrapper and any(w.endswith(p) and len(w) > len(p) + 2 for p in d.lex.words["wrapper_prefixes"])
    if not is_wrapper and not compound:
        # a genitive name before the wrapper: Celebis Angaben
        if j + 1 < e and d.low[j + 1] in d.wrappers and d.text[j].endswith("s") and d.cap(j):
            ph = _coordination(d, j, j + 1, genitive=True)
            return ph
        return None
    if compound or "-" in w:
        if "-" in w:
            prefix = d.text[j].rsplit("-", 1)[0]
            org = d.lex.orgs.get((fold(prefix),))
            if org is not None:
                return Phrase("org", j, j + 1, name=org.name, org=org)
            if _ACRONYM.match(prefix) and prefix not in d.lex.country_prefixes:
                return Phrase("org", j, j + 1, name=prefix, aliases={fold(prefix)})
        return Phrase("empty", s, e)
    if possessive is not None and j + 1 >= e:
        return Phrase("pronoun", s, e, pron=(possessive, "possessive"))
    if j + 1 >= e and any(d.low[x].startswith("eigen") for x in range(s, j)):
        return Phrase("pronoun", s, e, pron=("mfnp", "reflexive"))  # eigenen Angaben zufolge: the subject's own
    k = j + 1
    if k < e and d.low[k] in ("von", "vom"):
        k += 1
    if k >= e or (d.is_punct(k) and not d.quote_mark[k]):
        if possessive is not None:
            return Phrase("pronoun", s, e, pron=(possessive, "possessive"))
        return Phrase("empty", s, e)
    return _phrase(d, k, e)


def _coordination(d: _Doc, s: int, e: int, genitive: bool = False) -> Phrase:
    segments = _split_top(d, s, e, {","})
    items: list[tuple[int, int, bool]] = []
    for seg_s, seg_e, _ in segments:
        lead_conj = False
        while seg_s < seg_e and d.low[seg_s] in _CONJ:
            seg_s += 1
            lead_conj = True
        if seg_s >= seg_e:
            continue
        raw = [(seg_s, seg_e, False)] if _acronym_spans(d, seg_s, seg_e) else _split_top(d, seg_s, seg_e, _CONJ)
        parts: list[tuple[int, int, bool]] = []
        for ps, pe, conj in raw:
            if parts and conj:
                prev_s, prev_e, prev_conj = parts[-1]
                new_np = d.low[ps] in d.dets or role_of(d.text[ps]) is not None or d.given(ps) is not None
                if _cut_pp(d, prev_s, prev_e) < prev_e and not new_np:
                    parts[-1] = (prev_s, pe, prev_conj)  # "aus CDU/CSU und SPD": inside the PP
                    continue
            parts.append((ps, pe, conj))
        for n, (ps, pe, conj) in enumerate(parts):
            core_e = _cut_pp(d, ps, pe)
            tail_aliases = set()
            if core_e < pe and d.norm[pe - 1] == ")" and pe - 3 >= core_e and d.norm[pe - 3] == "(":
                tail_aliases = _paren_aliases(d, pe - 3, pe, acronyms_only=True)
            tail_name = None
            for g in range(core_e, pe):
                if d.given(g) is not None and role_of(d.text[g - 1]) is None:
                    run = _person_run(d, g, pe)
                    if run > g + 1 and (run == pe or d.norm[run] == "("):
                        tail_name = (g, run)
                    break
            items.append((ps, core_e, conj or (n == 0 and lead_conj), tail_aliases, tail_name))
    if not items:
        return Phrase("empty", s, e)
    analysed = []
    for ps, pe, conj, aliases, tail_name in items:
        ph = _item(d, ps, pe, genitive)
        ph.aliases |= aliases
        if tail_name is not None and ph.kind == "desc" and ph.role is not None and ph.role.cls == "person":
            # der Vorstandsvorsitzende der Bundesagentur für Arbeit Frank-Jürgen Weise
            ph.kind = "person"
            ph.person = N.parse_person(_name_words(d, tail_name[0], tail_name[1]))
            ph.first, ph.last = tail_name
        analysed.append((ph, conj))
    named = [i for i, (ph, _) in enumerate(analysed) if ph.kind in ("person", "org", "gov")]
    if len(named) >= 2 and any(analysed[i][1] for i in named[1:]):
        members = [analysed[i][0] for i in named]
        _share_family(members)
        return Phrase("group", s, e, members=members)
    if named:
        main = analysed[named[0]][0]
        for i, (ph, _) in enumerate(analysed):
            if i == named[0]:
                continue
            if ph.role is not None and ph.kind == "desc":
                main.extra_roles.append((ph.role, ph.role_word))
                if ph.desc:
                    main.extra_descs.append(ph.desc)
                main.nations |= ph.nations
                main.parties |= ph.parties
                if ph.age and not main.age:
                    main.age = ph.age
                if not main.gender and ph.gender:
                    main.gender = ph.gender
        return main
    return analysed[0][0]


def _acronym_spans(d: _Doc, s: int, e: int) -> bool:
    """`Gewerkschaft Erziehung und Wissenschaft (GEW)`: the acronym in parentheses takes the initials
    of the capitalised words on both sides of the `und`, so the name is one body, no coordination."""
    if e - s < 5 or d.norm[e - 1] != ")" or d.norm[e - 3] != "(" or not _ACRONYM.match(d.text[e - 2]):
        return False
    if not any(d.low[x] in _CONJ for x in range(s, e - 3)):
        return False
    initials = [d.text[x][0] for x in range(s, e - 3) if d.cap(x) and d.low[x] not in d.dets]
    acronym = iter(d.text[e - 2].upper())
    return len(initials) >= 2 and all(c in acronym for c in initials)


def _share_family(members: list[Phrase]) -> None:
    """`Sonia und Willy Bogner`: a lone given name takes the family name of the last member."""
    last = members[-1].person
    if last is None or not last.given:
        return
    for m in members[:-1]:
        p = m.person
        if p is not None and len(p.tokens) == 1 and p.tokens[0] in lexicon().given:
            m.person = N.parse_person(list(p.tokens) + list(last.family))


def _det_info(d: _Doc, s: int, e: int) -> tuple[int, bool, bool, bool, str]:
    """Skip determiners: (next index, definite, indefinite, possessive, gender)."""
    definite = indefinite = possessive = False
    gender = ""
    if s > 0 and d.low[s - 1] in ("im", "am", "vom", "zum", "beim", "ins"):
        definite, gender = True, "mn"
    elif s > 0 and d.low[s - 1] == "zur":
        definite, gender = True, "f"
    while s < e and d.low[s] in d.dets:
        low = d.low[s]
        g = d.dets[low]
        if low in d.indef:
            indefinite = True
        elif low in d.pronouns and d.pronouns[low][1] in ("possessive",) or low in ("dessen", "deren"):
            possessive = True
        else:
            definite = True
        if low in ("der", "die", "das", "ein", "eine", "dieser", "diese", "dieses"):
            gender = {"der": "m", "die": "f", "das": "n", "ein": "", "eine": "f", "dieser": "m", "diese": "f", "dieses": "n"}[low]
        elif g in ("m", "f", "n") and not gender:
            gender = g
        s += 1
    return s, definite, indefinite, possessive, gender


def _item(d: _Doc, s: int, e: int, genitive: bool = False) -> Phrase:
    first = s
    if e - s == 1 and d.low[s] in d.pronouns and not genitive:
        g, t = d.pronouns[d.low[s]]
        return Phrase("pronoun", s, e, pron=(g, t))
    s, definite, indefinite, possessive, det_gender = _det_info(d, s, e)
    if s >= e and d.dets.get(d.low[e - 1]) == "p" and not indefinite:
        return Phrase("pronoun", first, e, pron=("p", "personal"))  # die beiden, beide: a group named before
    nations: set[str] = set()
    age = None
    adj_start = s
    while s < e and not d.quote_mark[s] and ((d.text[s][:1].islower() and not d.namey(s) and not _lower_compound(d.text[s])) or _AGE_ADJ.match(d.text[s]) or (d.country_adj(s) is not None and d.text[s][:1].isupper() and "-" in d.text[s] and not d.text[s].rsplit("-", 1)[1][:1].isupper())):
        c = d.country_adj(s)
        if c is not None:
            nations.add(c.government)
        m = _AGE_ADJ.match(d.text[s])
        if m:
            age = int(m.group(1))
        if d.text[s][:1].isdigit() and not m:
            break
        s += 1
    base = Phrase("desc", first, e, definite=definite, indefinite=indefinite, possessive=possessive, gender=det_gender, nations=nations, age=age)
    if s >= e:
        return Phrase("empty", first, e)
    demonym = d.lex.demonyms.get(fold(d.text[s])) if d.cap(s) else None
    if demonym is not None and s + 1 == e and s > first and d.dets.get(d.low[s - 1]) == "mn":
        return _demonym_phrase(d, base, demonym, adj_start, e, singular=True)  # dem Schweden: one Swede, not Sweden
    region = N.region_people().get(fold(d.text[s])) if d.cap(s) and s + 1 == e and (definite or indefinite) else None
    if region is not None:
        gender = _region_gender(region[1], det_gender, d.dets.get(d.low[s - 1], ""))
        if gender in ("m", "f"):
            base.role = Role(region[0], "herkunft", "person", gender, generic=True)
            base.role_word, base.gender = region[0], gender
            base.desc_text = _surface(d, adj_start, e)
            base.desc = fold(base.desc_text)
            return base
    # governments: Washington, der Kreml, das Weiße Haus, die Regierung in Peking, die US-Regierung
    gov = _government(d, s, e, nations)
    if gov is not None:
        base.kind, base.gov = "gov", gov
        return base
    if demonym is not None and s + 1 == e:
        return _demonym_phrase(d, base, demonym, adj_start, e)
    court = _seat_court(d, s, e)
    if court is not None:
        base.kind, base.name = "org", court.name
        base.first, base.last = s, e
        return base
    # genitive name before a wrapper (Celebis)
    if genitive:
        t = d.text[s]
        base.kind = "person"
        base.person = N.parse_person([t[:-1] if t.endswith("s") else t])
        base.first, base.last = s, s + 1
        return base
    after_noun = definite and s + 1 < e and d.cap(s) and d.low[s].endswith(d.noun_endings) and _ACRONYM.match(d.text[s + 1])
    party_at = s + 1 if after_noun else s  # dem Koalitionspartner SPD
    party = _party_name(d, party_at, e)
    if party is not None:
        base.kind, base.name = "org", party
        base.aliases.add(fold(party))
        base.first, base.last = party_at, party_at + 1
        return base
    known = _known_org(d, s, e)
    if known is not None:
        org, k = known
        base.kind, base.org, base.name = "org", org, _org_surface(d, org, s, k)
        base.aliases |= _paren_aliases(d, k, e)
        base.first, base.last = s, k
        return base
    org_end = _org_run(d, s, e) if d.typed_name(s, e) and d.namey(s) else s
    if d.typed_name(s, org_end):  # IG Metall, Borussia Neustadt, Kessler AG
        base.kind, base.name = "org", _nominative_name(d, s, org_end)
        base.aliases |= {fold(base.name)} | _paren_aliases(d, org_end, e)
        base.first, base.last = s, org_end
        return base
    # role nouns: Kremlsprecher Dmitri Peskow, die Agentur Interfax, der Sprecher des Ministeriums
    r = s
    while r < e:
        t = d.text[r]
        if d.quote_mark[r] or d.norm[r] == "(":
            break
        m = _AGE_NOUN.match(t)
        if m:
            base.age = int(m.group(1))
            base.role = lexicon().roles.get("jährige") or Role("jährige", "jährige", "person", "", generic=True)
            base.role_word = "jährige"
            base.gender = base.gender or ("m" if t.endswith("r") else "")
            base.desc_text = _surface(d, adj_start, e)
            base.desc = fold(base.desc_text)
            return base
        role = role_of(t) if d.given(r) is None else None
        if role is not None:
            return _role_phrase(d, base, s, r, e, role, adj_start)
        if not (d.namey(r) or d.country_gen(r) is not None or _place_genitive(d, r)) or r - s >= 4:
            break
        r += 1
    if _quoted_name(d, base, s, e):
        return base
    # a name: Hugo Chávez, Celebi, Li Fei, Von der Leyen, SPD, MDC
    if d.low[s] == "von" and (d.text[s] == "Von" or d.particle_surname(s)):
        run = _person_run(d, s + 1, e)
        if run > s + 1 or (s + 2 < e and d.low[s + 1] in ("der", "den", "dem")):
            run = _person_run(d, s + 2, e) if d.low[s + 1] in ("der", "den", "dem") else run
            base.kind = "person"
            base.person = N.parse_person(_name_words(d, s, run))
            base.first, base.last = s, run
            return base
    if _ACRONYM.match(d.text[s]) and (s + 1 >= e or not d.cap(s + 1)) and d.text[s] not in _ROMAN:
        base.kind, base.name = "org", d.text[s]
        base.aliases.add(fold(d.text[s]))
        base.first, base.last = s, s + 1
        return base
    run = _person_run(d, s, e)
    # a capitalised word before a given name is a noun (der Spanier Rafael Nadal) after a determiner
    # or adjective, or when long; else it is an unlisted given name (Xosé Manuel Rial)
    noun_first = definite or indefinite or possessive or s > adj_start or demonym is not None or len(d.text[s]) >= _MIN_NOUN_BEFORE_NAME
    for g in range(s + 1, min(run, s + 4) if noun_first else s + 1):
        if d.given(g) is not None and g + 1 < run:
            # der Spanier Rafael Nadal, der Gewerkschaftsfunktionär Bernard Aubin
            if demonym is not None and g == s + 1:
                base.nations.add(demonym.country.government)
            base.kind, base.person = "person", N.parse_person(_name_words(d, g, run))
            base.first, base.last = g, run
            _paren_extra(d, base, run, e)
            return base
    if s < run < e and d.low[run] in d.generations:
        return _person_name(d, base, s, run, e)  # Kessler senior: the person, not the firm Kessler
    bare_plural = run > s and not definite and s > adj_start and not _known_person(d, s, run)  # politischer Beobachter
    if bare_plural:
        run = s
    if run > s and definite and not _looks_like_org_name(d, s, run):
        name = N.parse_person(_name_words(d, s, run))
        if name is not None and any(x.person is not None and x.kind == "person" and N.compatible(x.person, name) for x in d.entities):
            base.kind, base.person = "person", name
            base.first, base.last = s, run
            return base
    if run > s and (not definite or _looks_like_org_name(d, s, run)):
        if definite or indefinite or _looks_like_org_name(d, s, run):
            org_end = _org_run(d, s, e)
            base.kind, base.name = "org", _nominative_name(d, s, org_end)
            base.aliases |= {fold(base.name)} | _paren_aliases(d, org_end, e)
            base.first, base.last = s, org_end
            return base
        return _person_name(d, base, s, run, e)
    if run > s and definite:
        # det + unknown capitalised word(s): an org name (der Spiegel, des Roten Kreuzes) or a common noun
        org_end = _org_run(d, s, e)
        text = _nominative_name(d, s, org_end)
        if fold(text) in d.by_alias or (org_end - s >= 2 and not possessive) or (org_end == s + 1 and s == adj_start and d.body_word(s)):
            base.kind, base.name = "org", text
            base.aliases |= _paren_aliases(d, org_end, e, acronyms_only=True)  # Der Deutsche Schachbund (DSB)
            base.first, base.last = s, org_end
            return base
    # an unknown head noun: a description we cannot resolve
    base.desc_text = _surface(d, adj_start, e)
    base.desc = fold(base.desc_text)
    return base


def _seat_court(d: _Doc, s: int, e: int) -> Entity | None:
    """`Karlsruhe` after `das Bundesverfassungsgericht`: a court's seat stands for the court named;
    `der Erste Senat` is the senate of a listed court the article named."""
    if e - s == 1:
        names = N.court_seats().get(fold(d.text[s]), ())
    elif e - s == 2 and _ORDINAL.match(d.low[s]) and d.low[s + 1] == "senat":
        names = tuple(c for courts in N.court_seats().values() for c in courts)
    else:
        return None
    courts = (d.by_alias.get(fold(c)) for c in names)
    return next((c for c in courts if c is not None), None)


def _region_gender(readings: str, det_gender: str, det_readings: str) -> str:
    """`die Bayerin` f, `der Thüringer` m, `dem Sachsen` m; `die Sachsen` (plural) is nobody here."""
    if det_gender in ("m", "f") and det_gender in readings:
        return det_gender
    return "m" if det_readings == "mn" else ""


def _demonym_phrase(d: _Doc, ph: Phrase, demonym: Demonym, adj_start: int, e: int, singular: bool = False) -> Phrase:
    """`die Franzosen` speak for their government (like `Paris`); `der Franzose`, `die Estin` is a
    person of that nationality; a bare plural (`Franzosen`) is nobody in particular. `singular`:
    a determiner (dem, des) makes a weak noun's oblique form (Schweden) one man."""
    gender = "m" if singular else demonym.gender(ph.gender)
    if gender == "p":
        if ph.definite and not ph.possessive:
            ph.kind, ph.gov = "gov", demonym.country
        return ph
    ph.role = demonym.role(gender)
    ph.role_word = demonym.masculine
    ph.gender = gender
    ph.nations.add(demonym.country.government)
    ph.desc_text = _surface(d, adj_start, e)
    ph.desc = fold(ph.desc_text)
    return ph


def _uninflect(word: str, role: Role) -> str:
    """Landgerichts → Landgericht: the head of an authority's name without its genitive ending."""
    base = fold(role.base)
    for cut in (2, 1):
        if len(word) > cut + 3 and fold(word[:-cut]).endswith(base) and word[-cut:] in ("es", "s"):
            return word[:-cut]
    return word


def _lower_compound(t: str) -> bool:
    """`ödp-Spitzenkandidat`, `iPhone-Nutzer`: a noun despite its lowercase start."""
    return "-" in t and t.rsplit("-", 1)[1][:1].isupper()


def _place_genitive(d: _Doc, i: int) -> bool:
    """`Berlins`, `Nordrhein-Westfalens` before a role noun (Berlins Kultursenatorin X)."""
    return d.cap(i) and d.low[i].endswith("s") and d.low[i][:-1] in d.places


def _known_person(d: _Doc, s: int, run: int) -> bool:
    name = N.parse_person(_name_words(d, s, run))
    return name is not None and any(x.person is not None and N.compatible(x.person, name) for x in d.entities)


def _looks_like_org_name(d: _Doc, s: int, run: int) -> bool:
    toks = d.text[s:run]
    if any(t.lower() in _CONNECTORS for t in toks):
        return not _known_person(d, s, run)  # De Maizière after Thomas de Maizière
    if len(toks) == 1 and fold(toks[0]) in d.by_alias and d.by_alias[fold(toks[0])].kind != "person":
        return True
    return False


def _paren_aliases(d: _Doc, k: int, e: int, acronyms_only: bool = False) -> set[str]:
    if k + 2 < e + 1 and k < d.n and d.norm[k] == "(" and k + 2 < d.n and d.norm[k + 2] == ")":
        t = d.text[k + 1]
        if _ACRONYM.match(t) or (not acronyms_only and d.cap(k + 1)):
            return {fold(t)}
    return set()


def _person_attribute_at(d: _Doc, k: int) -> bool:
    """Does a person's attribute follow at k: an age `(44)` or a country `(Schweden)`, `aus Norwegen`?"""
    if k + 1 < d.n and d.low[k] == "aus":
        return fold(d.text[k + 1]) in d.lex.countries
    if k + 2 < d.n and d.norm[k] == "(" and d.norm[k + 2] == ")":
        t = d.text[k + 1]
        return (t.isdigit() and 10 <= int(t) <= 110) or fold(t) in d.lex.countries
    return False


def _paren_extra(d: _Doc, ph: Phrase, k: int, e: int) -> None:
    """`Thomas Berger (52)`, `Rafael Correa (Ecuador)`, `Sigrid Haugen aus Norwegen` after a name."""
    if k + 1 < d.n and d.low[k] == "aus":
        c = d.lex.countries.get(fold(d.text[k + 1]))
        if c is not None:
            ph.nations.add(c.government)
    elif k + 2 < d.n and d.norm[k] == "(" and d.norm[k + 2] == ")":
        t = d.text[k + 1]
        if t.isdigit() and 10 <= int(t) <= 110:
            ph.age = int(t)
        elif fold(t) in d.lex.parties:
            ph.parties.add(d.lex.parties[fold(t)])
        else:
            c = d.lex.countries.get(fold(t))
            if c is not None:
                ph.nations.add(c.government)


def _party_name(d: _Doc, s: int, e: int) -> str | None:
    """`die Union`, `die SPD-Führung`: a party named alone or by its leadership (the party as listed)."""
    if s + 1 < e and not d.is_punct(s + 1):
        return None
    word = fold(d.text[s])
    prefix, _, head = word.rpartition("-")
    if prefix and head in d.party_body_heads:
        word = prefix
    return d.lex.parties.get(word) if d.cap(s) else None


def _parties_of_role_word(d: _Doc, word: str, role: Role) -> set[str]:
    """`CDU-Politiker`, `Grünen-Chefin` (a party before the hyphen), `Sozialdemokratin` (a member noun)."""
    found = {d.lex.parties[fold(p)] for p in word.split("-")[:-1] if fold(p) in d.lex.parties}
    party = d.lex.party_nouns.get(fold(role.base))
    return found | {party} if party else found


def _government(d: _Doc, s: int, e: int, nations: set[str]) -> Country | None:
    lex = d.lex
    k = e
    while k > s and (d.is_punct(k - 1) and not d.quote_mark[k - 1]):
        k -= 1
    words = fold(" ".join(d.text[s:k]))
    c = lex.countries.get(words) or (lex.country_genitives.get(words) if k - s > 1 else None)
    if c is not None and (k - s > 1 or d.cap(s)):
        if words in lex.countries or words in ("vereinigten staaten", "usa"):
            return c
    head = d.low[s]
    if head in _GOV_HEADS:
        if s + 1 == k and nations:
            return next(c for c in lex.countries.values() if c.government in nations)
        if s + 2 < k + 1 and s + 1 < k:
            nxt = d.low[s + 1]
            if nxt in ("in", "aus") and s + 2 < k:
                c = lex.countries.get(fold(" ".join(d.text[s + 2 : k])))
                if c is not None:
                    return c
            c = lex.country_genitives.get(fold(d.text[s + 1]))
            if c is not None and s + 2 == k:
                return c
    if s + 1 == k or (s + 1 < k and d.norm[s + 1] in ("(",)):
        t = d.text[s]
        low = fold(t)
        if low == "bundesregierung":
            return lex.countries.get("deutschland")
        if "-" in t:
            pre, _, rest = t.rpartition("-")
            if rest.lower() in _GOV_HEADS:
                c = lex.country_prefixes.get(fold(pre)) or lex.countries.get(fold(pre))
                if c is not None:
                    return c
    return None


def _next_is_apposition(d: _Doc, e: int) -> bool:
    """`Der Vorsitzende des Fördervereins Freibad Neuhagen, Heinz-Otto Brämer`: a name after the
    comma is the person, so the capitalised words before it belong to the body."""
    return e + 1 < d.n and d.norm[e] == "," and d.given(e + 1) is not None


def _role_phrase(d: _Doc, ph: Phrase, s: int, r: int, e: int, role: Role, adj_start: int) -> Phrase:
    """A phrase with a role noun at r: a name may follow (or precede after a comma)."""
    t = d.text[r]
    ph.role = role
    ph.role_word = _norm_role_word(t, role)
    det_female = ph.gender == "f"
    if role.gender:
        ph.gender = role.gender if role.cls == "person" else ph.gender
    if role.cls == "person" and det_female and (role.gender == "m" or (role.adjectival and d.low[r].endswith("en"))):
        ph.gender = "p"  # die Sprecher, die Wähler, die Vorsitzenden: several people
    ph.parties |= _parties_of_role_word(d, t, role)
    if "-" in t:
        prefix = t.split("-")[0]
        c = d.lex.country_prefixes.get(fold(prefix))
        if c is not None:
            ph.nations.add(c.government)
        elif _ACRONYM.match(prefix) and role.cls == "person":
            ph.extra_roles.append((role, fold(role.base)))  # DOSB-Präsident: also the bare Präsident (der Verbandschef)
    elif ph.role_word.startswith("bundes") and len(ph.role_word) > 9:
        # Bundesinnenministerium, Bundeskanzlerin: federal = German here
        c = d.lex.country_prefixes.get("bundes")
        if c is not None:
            ph.nations.add(c.government)
            ph.role_word = ph.role_word[6:]
    for k in range(s, r):  # Venezuelas Energieminister, Mexikos Präsident
        c = d.country_gen(k)
        if c is not None:
            ph.nations.add(c.government)
    j = r + 1
    if j < e:
        c = d.country_gen(j)
        if c is not None and (j + 1 >= e or not d.namey(j + 1) or d.low[j] == fold(d.text[j])):
            ph.nations.add(c.government)
            j += 1
    if role.cls == "person":
        while j < e and d.given(j) is None and (role_of(d.text[j]) is not None or d.low[j] in d.lex.titles):
            extra = role_of(d.text[j])
            if extra is not None and extra.cls == "person":
                ph.extra_roles.append((extra, _norm_role_word(d.text[j], extra)))
            j += 1
        run = _person_run(d, j, e)
        if run == j and j < e and d.low[j] in ("des", "der"):
            k = _complement_end(d, j, e)
            if k > j and _person_run(d, k, e) > k and d.given(k) is not None:
                j, run = k, _person_run(d, k, e)
            else:
                for k in range(j + 2, e - 1):
                    prev = d.text[k - 1]
                    if (d.cap(k - 1) and prev.endswith("s") or d.country_gen(k - 1) is not None) and _person_run(d, k, e) == e and d.namey(k) and d.namey(k + 1) and not _next_is_apposition(d, e):
                        j, run = k, e  # des Kosovos | Hashim Thaçi
                        break
        if run > j:
            return _person_name(d, ph, j, run, e)
    else:
        if _quoted_name(d, ph, j, e):
            return ph
        field = _field_end(d, j, e)
        if field > j:  # das Bundesamt für Migration und Flüchtlinge
            ph.kind, ph.name = "org", _uninflect(t, role) + " " + _surface(d, j, field)
            ph.aliases.add(fold(ph.name))
            ph.first, ph.last = r, field
            return ph
        known = _known_org(d, j, e) if j < e else None
        if known is not None:
            org, k = known
            ph.kind, ph.org, ph.name = "org", org, _org_surface(d, org, j, k)
            ph.first, ph.last = j, k
            return ph
        run = e - 3 if _acronym_spans(d, j, e) else _org_run(d, j, e, first_any=True)
        if run > j and not (d.low[j] in ("des", "der")) and not _known_person(d, j, run):
            ph.kind = "org"
            # an authority with its place is one name (Staatsanwaltschaft Krefeld); an outlet or
            # party with its name is that name (die Agentur Interfax)
            authority = role.gov or role.head or role.group in ("gericht", "polizei") or (
                len(d.text[j]) >= 7 and _COMMON_SUFFIX.search(d.low[j]) is not None) or _descriptive_name(d, j, run)
            ph.name = (_uninflect(t, role) + " " + _surface(d, j, run)) if authority else _surface(d, j, run)
            ph.aliases |= {fold(ph.name)} | _paren_aliases(d, run, e)
            ph.first, ph.last = j, run
            return ph
    # a description: der Sprecher des Ministeriums, das isländische Fischereiministerium
    end = r + 1
    if end < e and d.low[end] in ("des", "der") and role.cls == "org":
        end = _complement_end(d, end, e)
    if end < e and d.norm[end] == "(" and end + 2 < d.n and d.norm[end + 2] == ")":
        ph.aliases |= _paren_aliases(d, end, e)
    if role.cls == "person":
        end = e
    ph.desc_text = _surface(d, adj_start, end)
    ph.desc = fold(ph.desc_text)
    if role.cls == "org":
        ph.gender = ph.gender or d.org_gender.get(role.base, "")
    return ph


# --------------------------------------------------------------------------- entities from phrases

def _generation_pick(people: list[Entity], generation: str) -> Entity:
    """`Reuter senior` / `Reuter junior` among people sharing the surname: by stated age, else the
    one introduced first is the elder (the parent is usually named first)."""
    if all(e.age for e in people):
        people = sorted(people, key=lambda e: -(e.age or 0))
    return people[0] if generation == "senior" else people[-1]


def _gender_of_person(ph: Phrase) -> str:
    if ph.person is not None and ph.person.gender:
        return ph.person.gender
    if ph.role is not None and ph.role.cls == "person" and ph.role.gender:
        return ph.role.gender
    for role, _ in ph.extra_roles:
        if role.cls == "person" and role.gender:
            return role.gender
    return ""


class _Resolver:
    def __init__(self, document: Document) -> None:
        self.d = _Doc(document)
        self.pending: list[tuple[int, int, Phrase]] = []  # descriptions in the text, resolved in order later

    # ---- entity registry
    def entity_for(self, ph: Phrase, pos: int) -> Entity | None:
        """The entity a named phrase (person / org / gov) refers to, created if new."""
        d = self.d
        if ph.kind == "gov":
            gov = ph.gov
            ent = d.govs.get(gov.government)
            if ent is None:
                ent = Entity("organization", gov.government, gender="f", gov=gov)
                ent.nations.add(gov.government)
                ent.groups.add("regierung")
                d.govs[gov.government] = ent
                d.entities.append(ent)
            return ent
        if ph.kind == "org":
            names = {fold(ph.name)} | ph.aliases if ph.name else set(ph.aliases)
            ent = None
            for a in names:
                ent = d.by_alias.get(a)
                if ent is not None:
                    break
            if ent is None and ph.org is None:
                org = d.lex.orgs.get(tuple(fold(ph.name or "").split()))
                if org is not None:
                    ph.org, ph.name = org, org.name
                    ent = d.by_alias.get(fold(org.name))
            if ent is None:
                kind = "organization"
                if ph.org is not None:
                    kind = "media" if ph.org.kind == "media" else "organization"
                elif ph.role is not None and ph.role.media:
                    kind = "media"
                ent = Entity(kind, ph.name or (ph.org.name if ph.org else None))
                d.entities.append(ent)
            elif ph.name and ent.name and len(_strip_quotes(ph.name)) > len(ent.name) and ph.org is not None:
                ent.name = ph.name
            if ph.org is not None:
                ent.canon = ph.org.name
                ent.groups.add(ph.org.group)
                ent.aliases.add(fold(ph.org.name))
            for a in names:
                ent.aliases.add(a)
                d.by_alias.setdefault(a, ent)
            if ph.role is not None and ph.role.cls == "org":
                ent.groups.add(ph.role.group)
                ent.roles.add(ph.role_word)
                if not ent.gender:
                    ent.gender = d.org_gender.get(ph.role.base, "")
            if not ent.groups and ent.name:
                self._learn_body_type(ent)
            if not ent.gender and ph.gender:
                ent.gender = ph.gender
            return ent
        if ph.kind == "person" and ph.person is not None:
            ent = self._person_entity(ph.person, pos, _gender_of_person(ph) or ph.gender, ph.role)
            if not ent.gender:
                ent.gender = _gender_of_person(ph)
            if ph.role is not None and ph.role.cls == "person":
                ent.roles.add(ph.role_word)
                ent.groups.add(ph.role.group)
            for role, word in ph.extra_roles:
                if role.cls == "person":
                    ent.roles.add(word)
                    ent.groups.add(role.group)
            ent.nations |= ph.nations
            ent.parties |= ph.parties
            if ph.age:
                ent.age = ph.age
            ent.descs.update(ph.extra_descs)
            if ph.desc:
                ent.descs.add(ph.desc)
            return ent
        return None

    def _learn_body_type(self, ent: Entity) -> None:
        """What a body's name says it is, for a later `die Zeitung`, `das Klinikum`: an outlet of
        media.tsv (`Stuttgarter Nachrichten`, `Bild`) or a body noun in the name (`Klinikum X`)."""
        name = _strip_quotes(ent.name or "")
        outlet = _outlet_group(self.d, name)
        if outlet:
            ent.kind = "media"
            ent.groups.add(outlet)
            return
        for word in re.split(r"[\s-]+", name):
            group = N.org_type_words().get(word)
            if group is not None:
                ent.groups.add(group)
                continue
            role = role_of(word)
            if role is not None and role.cls == "org":
                ent.groups.add(role.group)
                ent.kind = "media" if role.media else ent.kind
                ent.gender = ent.gender or self.d.org_gender.get(role.base, "")

    def _register_complement_body(self, start: int, end: int) -> None:
        """`der Vizechef der Gewerkschaft Verdi, Jan-Hendrik Olsen`: the named body in a person's
        role complement is introduced too (a later `die Gewerkschaft` is Verdi)."""
        d = self.d
        for k in range(start, end - 2):
            if d.low[k] not in ("der", "des"):
                continue
            role = role_of(d.text[k + 1])
            if role is None or role.cls != "org":
                continue
            stop = k + 2
            while stop < end and d.norm[stop] != "," and d.low[stop] not in ("der", "des"):
                stop += 1
            ph = _phrase(d, k, stop)
            if ph.kind == "org" and ph.name:
                ent = self.entity_for(ph, k)
                if ent is not None:
                    d.add_ref(ph.first, ph.last, ent)

    def _person_entity(self, name: PersonName, pos: int, gender: str = "", role: Role | None = None) -> Entity:
        d = self.d
        if len(name.tokens) < 3 and not name.suffix:
            name = self._fullest_in_text(name)
        matches = [e for e in d.entities if e.person is not None and N.compatible(e.person, name)]
        if gender in ("m", "f") and len(matches) > 1:
            matches = [e for e in matches if e.gender in ("", gender)] or matches
        if role is not None and role.cls == "person" and len(matches) > 1:
            matches = [e for e in matches if role.group in e.groups] or matches  # Ärztepräsident Kim: the Kim who presides
        generation = d.generations.get(fold(name.suffix))
        if generation is not None and len(matches) > 1:
            matches = [_generation_pick(matches, generation)]
        bare = not name.given and len(name.tokens) == 1
        if bare and len(matches) > 1:
            # father and son: a bare surname names whom it named before (Gaddafi … Ghaddafi)
            matches = [e for e in matches if e.bare_surname] or matches
        if len(matches) > 1:
            # two people share the surname: the one mentioned last before here, else the first after
            before = [(d.last_ref(e, pos), e) for e in matches]
            best = max(before, key=lambda x: x[0])
            matches = [best[1]] if best[0] >= 0 else matches[:1]
        if not matches:
            matches = self._misspelt_person(name)
        if matches:
            ent = matches[0]
            ent.bare_surname = ent.bare_surname or bare
            if len(name.core()) > len(ent.person.core()):
                ent.person = name
                ent.name = name.text
            return ent
        ent = Entity("person", name.text, person=name, bare_surname=bare)
        if len(name.tokens) == 1 and _ACRONYM.match(name.tokens[0]):
            ent.kind = "organization"
        d.entities.append(ent)
        return ent

    def _fullest_in_text(self, name: PersonName) -> PersonName:
        """`Cengiz` after `…, Hatice Cengiz,` or `Saif al-Islam` after `Saif al-Islam al-Gaddafi`:
        a short name written inside exactly one longer name elsewhere in the article is that name."""
        d = self.d
        size = len(name.tokens)
        found: dict[str, PersonName] = {}
        for p in d.positions(name.tokens[0]):
            if d.text[p : p + size] != list(name.tokens):
                continue
            sf = d.sent_first[d.sent[p]]
            k = p
            while k > sf and p - k < 4 and (self._name_word(k - 1) or (k - 2 >= sf and d.particle(k - 1) and self._name_word(k - 2))):
                k -= 1  # Mohammed bin Abdulrahman Al Thani
            if k == sf and k < p and d.given(k) is None:
                k += 1  # a capitalised first word of the sentence is no given name
            run = p + size
            while run < d.n and run - p < 4:
                after = _particle_chain_end(d, run, d.n) if d.particle(run) and d.low[run] not in d.preps else run
                if self._name_word(after):
                    run = after + 1  # Lula da Silva, Ortega de la Fuente; not `von der Civic Party`
                else:
                    break
            if run - k <= size:
                continue
            full = N.parse_person(_name_words(d, k, run))
            if full is not None and (N.compatible(name, full) or (k == p and size > 1)):
                found[N.person_key(full)] = full
        return next(iter(found.values())) if len(found) == 1 else name

    def _name_word(self, i: int) -> bool:
        """May token i belong to a person's name (no role, demonym, country or preposition)?"""
        d = self.d
        f = fold(d.text[i])
        return (d.namey(i) and d.low[i] not in d.preps and role_of(d.text[i]) is None and d.low[i] not in d.lex.titles
                and f not in d.lex.demonyms and f not in d.lex.countries)

    def _misspelt_person(self, name: PersonName) -> list[Entity]:
        """The one person of the article whose surname this unknown surname misspells, if exactly one."""
        fits = [e for e in self.d.entities if e.kind == "person" and e.person is not None and N.misspelt_surname(name, e.person)]
        return fits if len(fits) == 1 else []

    # ---- pass 1: the text
    def scan(self, mention_ranges: list[tuple[int, int]]) -> None:
        d = self.d
        for a, b in mention_ranges:
            for k in range(a, b):
                d.covered[k] = 1
        i = 0
        n = d.n
        while i < n:
            if d.covered[i] or d.in_long_quote[i] or not d.cap(i) and not d.text[i][:1].isdigit() and not _lower_compound(d.text[i]):
                i += 1
                continue
            j = self._scan_at(i)
            i = max(j, i + 1)

    def _np_start(self, i: int) -> int:
        d = self.d
        sf = d.sent_first[d.sent[i]]
        k = i - 1
        steps = 0
        while k >= sf and steps < 4:
            low = d.low[k]
            if low in d.dets:
                return k
            if d.text[k][:1].islower() or d.country_gen(k) is not None or _AGE_ADJ.match(d.text[k]):
                k -= 1
                steps += 1
                continue
            break
        k = i - 1
        if k >= sf and d.country_gen(k) is not None:
            return k
        if k - 1 >= sf and d.cap(k) and re.search(r"(e|en|er|es|em)$", d.text[k]) and d.low[k - 1] in d.dets:
            return k - 1
        return i

    def _np_end(self, i: int, role: Role | None) -> int:
        """End of a noun phrase whose head (role noun or name) is at i."""
        d = self.d
        n = d.n
        end_sent = n
        s = d.sent[i]
        if s + 1 < len(d.sent_first):
            end_sent = d.sent_first[s + 1]
        j = i + 1
        if j < end_sent and d.country_gen(j) is not None:
            j += 1
        if role is None or role.cls == "person":
            run = _person_run(d, j, end_sent)
            if run > j:
                j = run
                if j + 2 < end_sent and d.norm[j] == "(" and d.norm[j + 2] == ")":
                    j += 3
                return j
        else:
            q = _quoted(d, j, end_sent)
            field = _field_end(d, j, end_sent)
            if field > j:
                return field
            if q > j:
                j = q
            else:
                run = _org_run(d, j, end_sent, first_any=role.head)  # Vereinigung Flugbegleiter
                if run > j:
                    j = run
            if j + 2 < end_sent and d.norm[j] == "(" and d.norm[j + 2] == ")":
                j += 3
            if j > i + 1:
                return j
        j = _complement_end(d, j, end_sent)
        if (role is None or role.cls == "person") and j < end_sent and d.given(j) is not None:
            run = _person_run(d, j, end_sent)
            if run > j + 1:
                return run
        if role is not None and role.cls == "person":
            j = _place_before_name(d, j, end_sent)
        if j + 1 < end_sent and d.norm[j] == "," and role is not None and role.cls == "person":
            run = _person_run(d, j + 1, end_sent)
            if run > j + 1 and (run >= end_sent or d.norm[run] in (",", "(", ")") or d.is_punct(run) or d.text[run][:1].islower()):
                return run
        if j + 2 < end_sent and d.norm[j] == "(" and d.norm[j + 2] == ")":
            j += 3
        return j

    def _scan_at(self, i: int) -> int:
        d = self.d
        t = d.text[i]
        # ages of unnamed people: ein 39 Jahre alter Mann
        if t.isdigit() and i + 3 < d.n and d.low[i + 1] == "jahre" and d.low[i + 2].startswith("alte"):
            start = self._np_start(i)
            head = i + 3
            role = role_of(d.text[head])
            if role is not None and role.cls == "person":
                ph = Phrase("desc", start, head + 1, role=role, role_word=_norm_role_word(d.text[head], role),
                            gender=role.gender, age=int(t), indefinite=d.low[start] in d.indef)
                d.add_ref(start, head + 1, self._unnamed(ph))
                return head + 1
            return i + 1
        if not d.cap(i) and not _lower_compound(t):
            return i + 1
        known = _known_org(d, i, d.n)
        if known is not None:
            start = self._np_start(i)
            end = known[1]
            if end + 2 < d.n and d.norm[end] == "(" and d.norm[end + 2] == ")":
                end += 3
            return self._register(start, end)
        role = role_of(t) if d.given(i) is None else None
        age = _AGE_NOUN.match(t)
        if role is not None or age:
            start = self._np_start(i)
            end = self._np_end(i, role)
            return self._register(start, end)
        if t.lower() in _GOV_HEADS or fold(t) == "bundesregierung" or t.endswith("-Regierung"):
            start = self._np_start(i)
            end = i + 1
            if end + 1 < d.n and d.low[end] in ("in", "aus"):
                end += 2
            elif end < d.n and d.country_gen(end) is not None:
                end += 1
            ph = _phrase(d, start, end)
            if ph.kind == "gov":
                d.add_ref(start, end, self.entity_for(ph, start))
                return end
            return i + 1
        if i + 1 < d.n and (
            d.given(i) is not None and (d.namey(i + 1) or d.particle(i + 1)) or N.is_family_first(d.text[i : i + 3])
        ):
            end = _person_run(d, i, d.n)
            if end > i + 1:
                start = self._np_start(i)
                if end + 2 < d.n and d.norm[end] == "(" and d.norm[end + 2] == ")":
                    end += 3
                return self._register(start, end)
        if d.type_cue_ahead[i] and d.namey(i):
            end = _org_run(d, i, d.n)
            if d.typed_name(i, end):
                return self._register(self._np_start(i), end)  # Hertha BSC, IG Metall
        if d.attribute_cue_ahead[i] and d.sent_first[d.sent[i]] < i and d.namey(i):
            end = _person_run(d, i, d.n)
            if end > i + 1 and _person_attribute_at(d, end):
                return self._register(self._np_start(i), end)  # Zweite wurde Sigrid Aasland Haugen aus Norwegen
        if _ACRONYM.match(t) and t not in _ROMAN and fold(t) not in d.lex.country_prefixes:
            if i > 0 and d.norm[i - 1] == "(" and i + 1 < d.n and d.norm[i + 1] == ")":
                return i + 2  # an alias or a party, taken with its phrase
            start = self._np_start(i)
            return self._register(start, i + 1)
        return i + 1

    def _register(self, start: int, end: int, speaker: bool = False) -> int:
        d = self.d
        ph = _phrase(d, start, end)
        if ph.kind == "person" and ph.first > start:
            self._register_complement_body(start, ph.first)
        if ph.kind in ("person", "org", "gov"):
            ent = self.entity_for(ph, start)
            if ent is not None:
                d.add_ref(start, end, ent, speaker)
        elif ph.kind == "desc":
            self._register_desc(ph, start, end)
        elif ph.kind == "group":
            for m in ph.members:
                ent = self.entity_for(m, start)
                if ent is not None:
                    d.add_ref(m.first, m.last, ent, speaker)
        return end

    def _register_desc(self, ph: Phrase, start: int, end: int) -> None:
        if ph.role is not None and ph.role.cls == "org" and ph.definite and ph.aliases:
            # die Gewerkschaft der Polizei (GdP): a name, known before any mention refers to it
            ent = self._desc_org(ph, start)
            if ent is not None:
                self.d.add_ref(start, end, ent)
                return
        self.pending.append((start, end, ph))

    def resolve_text_desc(self, ph: Phrase, start: int, end: int) -> None:
        ent = self._apposition_head(ph, start) or self.resolve_desc(ph, start)
        if ent is None:
            ent = self._desc_org(ph, start) or self._unnamed(ph)
        self.d.add_ref(start, end, ent)

    def _apposition_head(self, ph: Phrase, start: int) -> Entity | None:
        """`Klaus Schulz, Chef des Verbandes, …`: a role right after a person's name and a comma is
        that person's role (a later `der Verbandschef` is then Schulz)."""
        d = self.d
        if ph.role is None or ph.role.cls != "person" or start < 2 or d.norm[start - 1] != ",":
            return None
        head = next((r.entity for r in reversed(d.refs_before(start)) if r.end == start - 1), None)
        if head is None or head.kind != "person" or head.members is not None:
            return None
        if ph.gender in ("m", "f") and head.gender in ("m", "f") and ph.gender != head.gender:
            return None
        head.roles.add(ph.role_word)
        head.groups.add(ph.role.group)
        head.nations |= ph.nations
        head.parties |= ph.parties
        if ph.desc:
            head.descs.add(ph.desc)
        return head

    def _desc_org(self, ph: Phrase, pos: int) -> Entity | None:
        """A definite description of a body (das isländische Fischereiministerium) names it."""
        if ph.role is None or ph.role.cls != "org" or not ph.definite or ph.possessive or not ph.desc_text:
            return None
        name = _state_body_name(self.d, _uninflect(_strip_article(ph.desc_text), ph.role))
        acronyms = [a for a in ph.aliases if a]
        if acronyms and len(name.split()) < 2:
            name = self._alias_surface(ph) or name
        o = Phrase("org", ph.first, ph.last, name=name, role=ph.role, role_word=ph.role_word, gender=ph.gender, aliases=set(ph.aliases))
        return self.entity_for(o, pos)

    def _alias_surface(self, ph: Phrase) -> str | None:
        d = self.d
        for k in range(ph.first, min(ph.last + 8, d.n - 2)):
            if d.norm[k] == "(" and d.norm[k + 2] == ")" and fold(d.text[k + 1]) in ph.aliases:
                return d.text[k + 1]
        return None

    def _unnamed(self, ph: Phrase) -> Entity:
        kind = "person" if ph.role is None or ph.role.cls == "person" else "organization"
        ent = Entity(kind, None, gender=ph.gender)
        if ph.role is not None:
            ent.roles.add(ph.role_word)
            ent.groups.add(ph.role.group)
        ent.nations |= ph.nations
        ent.parties |= ph.parties
        ent.age = ph.age
        if ph.desc:
            ent.descs.add(ph.desc)
        self.d.entities.append(ent)
        return ent

    def occurrences(self) -> None:
        """Pass 3: every later mention of a known surname or org name is a reference too."""
        d = self.d
        by_family: dict[str, list[Entity]] = {}
        for ent in d.entities:
            if ent.person is not None and ent.kind == "person":
                core = ent.person.family_core()
                if core:
                    by_family.setdefault(core[0] if ent.person.family_first else core[-1], []).append(ent)
        if not by_family and not d.by_alias:
            return
        covered = bytearray(d.n)
        for r in d.refs:
            for k in range(r.pos, min(r.end, d.n)):
                covered[k] = 1
        for i in range(d.n):
            if covered[i] or d.covered[i] or d.in_long_quote[i] or not d.cap(i):
                continue
            t = d.text[i]
            f = fold(t)
            org = d.by_alias.get(f)
            if org is not None and org.kind != "person":
                d.add_ref(i, i + 1, org)
                continue
            if d.low[i] in d.dets or d.low[i] in d.pronouns or d.low[i] in d.common:
                continue
            cands = by_family.get(N.skeleton(t))
            if cands is None and t.endswith("s") and len(t) > 3:
                cands = by_family.get(N.skeleton(t[:-1]))
            if not cands:
                continue
            if len(cands) > 1:
                best = max(cands, key=lambda e: d.last_ref(e, i))
            else:
                best = cands[0]
            d.add_ref(i, i + 1, best)

    def coordinations(self) -> None:
        """`Hans Meier und Klaus Schulz unterzeichneten`: adjacent references joined by commas and a
        final und / sowie are also a group, the antecedent of a later `sie` or `die beiden`."""
        d = self.d
        chain: list[Ref] = []
        for ref in list(d.refs):
            if chain and ref.pos == chain[-1].end + 1 and ref.entity.members is None and ref.entity not in [r.entity for r in chain] and (
                d.low[chain[-1].end] in _CONJ or d.norm[chain[-1].end] == ","
            ):
                chain.append(ref)
                continue
            self._group_ref(chain)
            chain = [ref] if ref.entity.members is None and ref.entity.name else []
        self._group_ref(chain)

    def _group_ref(self, chain: list[Ref]) -> None:
        d = self.d
        while chain and d.low[chain[-1].pos - 1] not in _CONJ:
            chain = chain[:-1]  # a list must end in und / sowie: "A, B und C"
        if len(chain) < 2 or any(not r.entity.name for r in chain):
            return
        members = [r.entity for r in chain]
        group = Entity("unknown", " und ".join(m.name for m in members), gender="p", members=members)
        first = chain[0]
        ref = d.add_ref(first.pos, chain[-1].end, group)
        ref.subject = first.subject

    # ---- pass 2: mentions
    def resolve_mention(self, ph: Phrase, quotation, role: str, not_this: Entity | None = None) -> Entity | None:
        """`not_this`: the speaker of the addressee's quotation (`Der Landrat sagte ihm`: ihm is
        not the Landrat; a reflexive would be)."""
        pos = ph.first
        if ph.kind in ("person", "org", "gov"):
            return self.entity_for(ph, pos)
        if ph.kind == "group":
            members = []
            for m in ph.members:
                ent = self.resolve_mention(m, quotation, role)
                if ent is not None and ent not in members:
                    members.append(ent)
            if len(members) < 2:
                return members[0] if members else None
            return Entity("unknown", " und ".join(m.name for m in members if m.name), gender="p", members=members)
        if ph.kind == "pronoun":
            return self.resolve_pronoun(ph, quotation, not_this if ph.pron[1] != "reflexive" else None)
        if ph.kind == "desc":
            ent = self.resolve_desc(ph, pos)
            if ent is None and role == "speaker":
                ent = self._sole_previous_speaker(ph, pos)
            if ent is not None and ent.kind == "person" and not ent.gender and ph.gender in ("m", "f"):
                ent.gender = ph.gender  # die 38-Jährige: later pronouns and descriptions agree with her
            if (ent is not None and ent.kind != "person" and ent.name and ph.definite and ph.desc_text
                    and ent.person is None and ent.canon is None and len(ph.desc_text) > len(ent.name)
                    and fold(ph.desc_text).endswith(fold(ent.name))):
                ent.name = ph.desc_text  # the fullest name: die Polizei … die Bochumer Polizei
            if ent is None and (ph.indefinite or ph.role is not None and ph.role.cls == "person" or ph.age):
                return self._unnamed(ph)
            if ent is None:
                return self._desc_org(ph, pos)
            return ent
        return None

    def _plural(self, ph: Phrase, quotation) -> bool | None:
        d = self.d
        words = []
        if quotation is not None and quotation.cue is not None and quotation.cue.text:
            words.append(quotation.cue.text.split()[0].lower())
        if ph.last < d.n:
            words.append(d.low[ph.last])
        for w in words:
            if w in ("ihnen",):
                continue
            if w.endswith("en") and w not in ("seien", "wären") or w in ("sind",):
                return True
            if w.endswith(("te", "t", "e")):
                return False
        return None

    def resolve_pronoun(self, ph: Phrase, quotation, not_this: Entity | None = None) -> Entity | None:
        d = self.d
        genders, ptype = ph.pron
        pos = ph.first
        if "p" in genders and len(genders) > 1:
            plural = self._plural(ph, quotation)
            genders = "p" if plural else genders.replace("p", "")
        sentence = d.sent[pos]
        para = d.para[pos]
        cands = [r for r in d.refs_before(pos) if r.end <= pos and d.narr[sentence] - d.narr[r.sentence] <= 5 and para - d.para[r.pos] <= 1]

        def agrees(ent: Entity) -> bool:
            if ent.members is not None:
                return "p" in genders
            if "p" in genders and len(genders) == 1:
                return False
            if ent.kind == "person":
                return not ent.gender or ent.gender in genders
            return bool(ent.gender) and ent.gender in genders

        cands = [r for r in cands if agrees(r.entity) and r.entity is not not_this]
        if d.low[pos] in d.object_pronouns:
            # `Der Sohn drohte ihm`: an object pronoun is not the subject of its own sentence
            cands = [r for r in cands if not (r.subject and r.sentence == sentence)]
        if not cands:
            return None
        if ptype == "relative":
            same = [r for r in cands if r.sentence == sentence]
            if same and pos > 0 and d.norm[pos - 1] == ",":
                return max(same, key=lambda r: r.end).entity
            ptype = "demonstrative"
        if ptype == "demonstrative":
            return max(cands, key=lambda r: (r.end, r.pos)).entity
        if ptype == "reflexive":
            same = [r for r in cands if r.sentence == sentence]
            if same:
                return min(same, key=lambda r: r.pos).entity
            ptype = "personal"
        scores: dict[int, float] = {}
        ents: dict[int, Entity] = {}
        for r in cands:
            dist = d.narr[sentence] - d.narr[r.sentence]
            w = 1.0 / (2 ** dist)
            score = 100 + 80 * r.subject + 50 * (not r.pp) + 70 * r.speaker
            if r.entity.kind != "person" and r.entity.members is None:
                score *= 0.6
            scores[id(r.entity)] = scores.get(id(r.entity), 0.0) + w * score
            ents[id(r.entity)] = r.entity
        if d.low[pos] not in d.object_pronouns:
            # a subject pronoun continues the latest subject (centering), not the most mentioned person
            last_subject = max((r for r in cands if r.subject and d.narr[sentence] - d.narr[r.sentence] <= 1), key=lambda r: r.pos, default=None)
            if last_subject is not None:
                scores[id(last_subject.entity)] += SUBJECT_CONTINUATION
        best = max(scores, key=lambda k: scores[k])
        return ents[best]

    def resolve_desc(self, ph: Phrase, pos: int) -> Entity | None:
        """A description without a name: the latest entity with that role, nationality or age."""
        d = self.d
        if ph.indefinite or ph.gender == "p" or (ph.possessive and ph.role is not None and ph.role.cls == "org"):
            return None
        role = ph.role
        is_person = role is None or role.cls == "person"
        if role is None and not ph.age:
            return None
        if ph.age:
            aged = [(d.last_ref(e, d.n), e) for e in d.entities if e.age == ph.age and (not ph.gender or not e.gender or e.gender == ph.gender)]
            if aged:
                return max(aged, key=lambda x: x[0])[1]
        seen: dict[int, tuple[Entity, int]] = {}
        for r in d.refs_before(pos):
            seen[id(r.entity)] = (r.entity, r.pos)
        best = None
        best_score = 0.0
        for ent, p in seen.values():
            if ent.members is not None or is_person != (ent.kind == "person"):
                continue
            if is_person and ph.gender in ("m", "f") and ent.gender in ("m", "f") and ph.gender != ent.gender:
                continue
            score = 0.0
            if ph.desc and " " in ph.desc and ph.desc in ent.descs:
                score += 4
            if ph.nations:
                if ent.nations & ph.nations:
                    score += 3
                elif _foreign(ent, ph, d.lex.nationalities):
                    continue
                else:
                    score -= 1.5
            same_party = bool(ph.parties & ent.parties)
            if ph.parties:
                if same_party:
                    score += 3
                elif ent.parties:
                    continue
                else:
                    score -= 1.5
            if role is not None:
                word = ph.role_word
                # a person's role may be named more or less precisely (Sprecher / Kreml-Sprecher);
                # a body's only less precisely (das Ministerium → das Wirtschaftsministerium, not back)
                same_word = any(
                    r == word or (len(min(r, word, key=len)) >= 4 and (r.endswith(word) or (is_person and word.endswith(r))) and _base(r) == role.base)
                    or N.same_role_family(r, word)
                    for r in ent.roles
                )
                if same_word:
                    score += 3
                elif role.demonym and ent.nations & ph.nations:
                    score += 2
                elif is_person and (role.group in ent.groups or "*" in ent.groups):
                    score += 2
                elif not is_person and word == fold(role.base) and role.group in ent.groups:
                    score += 2
                elif ph.nations and ent.nations & ph.nations and not ent.groups:
                    score += 0.5
                elif score < 4 and not same_party:
                    continue
            if ph.possessive and score < 3:
                continue
            if score <= 0:
                continue
            score += p / (d.n + 1)  # the latest wins ties
            if score > best_score:
                best, best_score = ent, score
        if best is not None:
            return best
        if not is_person and ph.definite and ph.role_word in d.town_nouns:
            town = self._dateline_town()
            if town is not None:
                return town
        if not is_person and ph.definite and ph.role_word in d.untyped_body_nouns:
            body = self._untyped_body(pos)
            if body is not None:
                return body
        # cataphora: the same description as an apposition later (die Anwältin der Frau … Celebi, die Anwältin der Frau)
        if ph.desc:
            for ent in d.entities:
                if ph.desc in ent.descs and ent.name:
                    return ent
        if is_person and ((role is not None and role.generic) or ph.age) and not ph.possessive:
            ent = self._salient_person(ph, pos)
            if ent is not None and ph.age and ent.age is None:
                ent.age = ph.age  # a later description with another age is someone else
            return ent
        return None

    def _sole_previous_speaker(self, ph: Phrase, pos: int) -> Entity | None:
        """`Sheinbaum sagte … Die Präsidentin schloss … aus`: a speaker described by a role no one was
        introduced with continues the speaker of the sentence before when no other person of that
        gender is near. Only for speakers: a role in the narrative (der Richter) brings in someone new."""
        d = self.d
        role = ph.role
        if role is None or role.cls != "person" or not ph.definite or ph.possessive or ph.gender not in ("m", "f"):
            return None
        if d.low[ph.first] in d.object_determiners:
            return None  # `Dem Niederländer`: an object is someone else
        sentence = d.narr[d.sent[pos]]
        near = {id(r.entity): r for r in d.refs_before(pos) if sentence - d.narr[r.sentence] <= 1 and r.entity.kind == "person"
                and r.entity.members is None and r.entity.gender == ph.gender}
        if len(near) != 1:
            return None
        ref = next(iter(near.values()))
        return ref.entity if ref.speaker and d.narr[ref.sentence] == sentence - 1 else None

    def _dateline_town(self) -> Entity | None:
        """`Schwäbisch Hall (dpa/lsw) – … die Stadt`: in a local report the town is the dateline's
        (not a capital, which stands for its government)."""
        d = self.d
        k = 0
        while k < min(d.n, _MAX_DATELINE_WORDS) and d.cap(k) and not d.is_punct(k):
            k += 1
        if k == 0 or k >= d.n or d.norm[k] not in ("(", "–", "-") or fold(_surface(d, 0, k)) in d.lex.countries:
            return None
        town = Phrase("org", 0, k, name="Stadt " + _surface(d, 0, k), gender="f")
        return self.entity_for(town, 0)

    def _untyped_body(self, pos: int) -> Entity | None:
        """`Die Lufthansa … Der Konzern`: a bare body noun with no body of its type in the article
        continues the latest named body whose type nothing told (not a government or outlet)."""
        d = self.d
        sentence = d.narr[d.sent[pos]]
        for r in reversed(d.refs_before(pos)):
            if sentence - d.narr[r.sentence] > UNTYPED_BODY_SENTENCES:
                return None
            ent = r.entity
            if ent.kind == "organization" and ent.name and ent.gov is None and not ent.groups and ent.members is None and ent.person is None:
                return ent
        return None

    def _salient_person(self, ph: Phrase, pos: int) -> Entity | None:
        d = self.d
        sentence = d.sent[pos]
        scores: dict[int, float] = {}
        ents: dict[int, Entity] = {}
        refs = d.refs_before(pos)
        # `Er dankte dem Schweden`: an object is not the subject of its own sentence
        subjects = {id(r.entity) for r in refs if r.subject and r.sentence == sentence} if d.low[ph.first] in d.object_determiners else set()
        for r in refs:
            ent = r.entity
            dist = d.narr[sentence] - d.narr[r.sentence]
            if ent.kind != "person" or ent.members is not None or dist > 6 or id(ent) in subjects:
                continue
            if ph.age and ent.age and ph.age != ent.age:
                continue  # der 65-Jährige is not the 36-year-old
            if ph.gender and ent.gender and ph.gender != ent.gender or _foreign(ent, ph, d.lex.nationalities):
                continue
            w = 1.0 / (2 ** dist)
            scores[id(ent)] = scores.get(id(ent), 0.0) + w * (100 + 80 * r.subject + 50 * (not r.pp) + 70 * r.speaker)
            ents[id(ent)] = ent
        if not scores:
            return None
        best = max(scores, key=lambda k: scores[k])
        return ents[best]


def _outlet_group(d: _Doc, name: str) -> str | None:
    """The description group (zeitung, sender, agentur) of an outlet listed in media.tsv."""
    media = source_lexicon.lexicon()
    entry = media.media_alias.get(name) or media.media_ambiguous.get(name)
    if entry is None:
        return None
    return d.lex.words["outlet_groups"].get(re.split(r"[/ ]", entry.type)[0])


def _foreign(ent: Entity, ph: Phrase, nationalities: frozenset[str]) -> bool:
    """Is the entity known to be of another country than the description says? (A union such as
    the EU, whose people have no name, is no nationality: die EU-Außenbeauftragte … die Estin.)"""
    if not ph.nations or ent.nations & ph.nations:
        return False
    return bool(ent.nations & nationalities)


def _base(word: str) -> str | None:
    role = role_of(word[:1].upper() + word[1:])
    return role.base if role is not None else None


def _state_body_name(d: _Doc, name: str) -> str:
    """`US-Außenministerium` → `Außenministerium der Vereinigten Staaten`: a state body named with a
    country prefix is named like the lexicon names such bodies (Pentagon, Regierung der …)."""
    if " " in name or "-" not in name:
        return name
    prefix, _, head = name.rpartition("-")
    country = d.lex.country_prefixes.get(fold(prefix))
    if country is None or not country.government.startswith(_GOVERNMENT + " "):
        return name
    role = role_of(head)
    if role is None or not role.gov:
        return name
    return f"{head} {country.government[len(_GOVERNMENT) + 1:]}"


def _strip_article(text: str) -> str:
    parts = text.split(" ", 1)
    if parts[0].lower() in lexicon().words["determiners"] and len(parts) > 1:
        return parts[1]
    return text


# --------------------------------------------------------------------------- the resolver

def _token_range(d: _Doc, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not spans or not d.n:
        return None
    s, e = spans[0][0], spans[-1][1]
    a = bisect.bisect_left(d.starts, s)
    if a > 0 and d.starts[a - 1] + len(d.text[a - 1]) > s:
        a -= 1
    b = bisect.bisect_left(d.starts, e)
    if b <= a:
        return None
    return a, b


def resolve_speakers(document: Document, article: Article) -> None:
    """Fill `entity`, `members` and `kind` of speakers and addressees, and `article.identities`."""
    quotations = article.quotations
    if not quotations or not document.tokens:
        article.identities = []
        return
    res = _Resolver(document)
    d = res.d
    mentions: list[tuple[int, Mention, object, str, tuple[int, int]]] = []
    seen: set[int] = set()
    for q in quotations:
        for role in ("speaker", "addressee"):
            m = getattr(q, role)
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            rng = _token_range(d, m.spans)
            if rng is None:
                continue
            mentions.append((rng[0], m, q, role, rng))
    mentions.sort(key=lambda x: x[0])
    res.scan([m[4] for m in mentions])
    phrases = []
    for first, m, q, role, (a, b) in mentions:
        ph = _phrase(d, a, b)
        phrases.append(ph)
        if ph.kind in ("person", "org", "gov", "group"):
            res._register(a, b, speaker=role == "speaker")
    res.occurrences()
    res.coordinations()
    resolved: dict[int, Entity | None] = {}
    work = [(a, 0, i) for i, (a, b, ph) in enumerate(res.pending)] + [(m[0], 1, i) for i, m in enumerate(mentions)]
    work.sort()
    for _, is_mention, i in work:
        if not is_mention:
            a, b, ph = res.pending[i]
            res.resolve_text_desc(ph, a, b)
            continue
        first, m, q, role, (a, b) = mentions[i]
        ph = phrases[i]
        speaker = resolved.get(id(q.speaker)) if role == "addressee" and q.speaker is not None else None
        ent = res.resolve_mention(ph, q, role, not_this=speaker)
        resolved[id(m)] = ent
        _fill(m, ent)
        if ent is not None and (ph.kind not in ("person", "org", "gov", "group") or ent.members is not None):
            d.add_ref(a, b, ent, speaker=role == "speaker")
        elif ent is not None and role == "speaker":
            for r in d.refs:
                if r.pos >= a and r.end <= b:
                    r.speaker = True
    article.identities = _identities(quotations, resolved)


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


__all__ = ["resolve_speakers", "speakers_json", "speakers_table", "Entity"]


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
