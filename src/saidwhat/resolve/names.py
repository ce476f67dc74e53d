"""Names as they are: parse person names, fold spelling and transliteration variants, and build
identity keys that are stable across a corpus.

- `skeleton("Peskoff") == skeleton("Peskow") == skeleton("Peskov")`: a lossy phonetic key for
  one name token (rules in `data/speaker_translit.tsv`, given-name equivalences such as
  Dmytro/Dmitri in `data/speaker_given_variants.tsv`).
- `parse_person(["Kim", "Jong-un"])`: family name first for Korean and Chinese names, so the
  short form of Kim Jong-un is Kim; particles (von der Leyen, al-Assad, da Silva) stay with the
  family name; suffixes (Jr., III) are kept apart.
- `person_key(name)`: `p:<family skeleton>:<given skeletons>`, e.g. `p:peskv:dmitri` for Dmitri
  Peskow, Dmitry Peskov and Dmitrij Peskoff. A name the article gives without a first name has an
  empty given part (`p:peskv:`); `keys_match` treats it as matching any key with that family, and
  `corpus_links` ties it to the one full key of that family a corpus knows.
- `org_key(name)`: `o:<folded name>`.
- `same_person("Kim Jong-un", "Kim")` is True, `same_person("Kim Jong-un", "Jong-un")` False.
- `misspelt_surname(Boudegast, Peter Boudgoust)`: a lone surname close to a person's surname in
  spelling and sound (rapidfuzz), for linking typos inside one article.

All lexicons are package data loaded once per process."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz

DATA = Path(__file__).parent / "data"

_FOLD_EXTRA = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "þ": "th", "ð": "d",
     "’": "'", "´": "'", "`": "'", "ʼ": "'", "‘": "'"}  # Moody´s = Moody's: apostrophes typed with other keys
)
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v))+$"
)
_WADE_GILES = re.compile(  # Chu Teh, Hsu, Chiang Ching-kuo (apostrophes removed)
    r"^(?:(?:ch|hs|ts|tz|ss|sz|sh|[pmftnlkhjsyw])?"
    r"(?:iung|iang|uang|ang|eng|ing|ung|ien|ieh|iao|uai|uan|uei|ai|ei|ao|ou|an|en|in|un|ia|iu|ua|uo|ui|ih|eh|erh|a|o|e|i|u))+$"
)
_KOREAN_SYLLABLE = re.compile(r"^(?:[bcdghjkmnprstwy]{0,2}h?(?:ae|eo|eu|oe|ui|wa|wo|ya|yo|yu|ye|oo|ee|a|e|i|o|u)(?:ng|n|m|ck|k|l|p|t)?)$")
# the Arabic article, assimilated to a sun letter in English and German spelling: al-Assad,
# as-Sisi, ar-Rahman, asch-Schami, ath-Thani, ed-Din
ARABIC_ARTICLE = re.compile(r"^[aeu](?:l|sch|sh|th|dh|[tdrzsn])-[A-ZÄÖÜ]")
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.)+$|^[A-ZÄÖÜ]$")
# misspelt surnames (Boudgoust … Boudegast): only long names, close both as written and as sounds
_TYPO_MIN_LETTERS = 6
_TYPO_MIN_SWAP = 5
_TYPO_MIN_SPELLING = 75
_TYPO_MIN_SOUND = 80
_TYPO_MIN_CONSONANTS = 3
_MIN_VARIANT_LETTERS = 4


@dataclass
class Lexicon:
    given: dict[str, str]  # given name -> gender m | f | u
    given_variant: dict[str, str]  # folded variant -> canonical folded form
    translit: list[tuple[re.Pattern, str]]
    translit_east_asian: list[tuple[re.Pattern, str]]  # Wade-Giles / Pinyin, Korean spellings
    words: dict
    particles: frozenset[str]
    suffixes: frozenset[str]
    east_asian: frozenset[str]
    given_first: frozenset[str]  # folded given names that name a person alone (Tedros)
    titles: dict[str, str]  # honorific -> gender ("" unknown)
    roles: dict[str, "Role"]  # every surface form (lowercase) -> Role
    role_exact: frozenset[str]  # forms that only match as a whole word
    countries: dict[str, "Country"]  # folded surface form (capital, seat, country) -> Country
    country_adjectives: list[tuple[str, "Country"]]
    country_prefixes: dict[str, "Country"]
    country_genitives: dict[str, "Country"]
    demonyms: dict[str, "Demonym"]  # folded form (franzose, französin, franzosen) -> Demonym
    nationalities: frozenset[str]  # Country.government of the countries whose people have a name
    orgs: dict[tuple[str, ...], "KnownOrg"]  # folded token tuple -> org
    seats: frozenset[tuple[str, ...]]  # aliases that are seats (Pentagon): the article's form is no name
    org_first: frozenset[str]
    parties: dict[str, str]  # folded spelling (cdu, grünen) -> party
    party_nouns: dict[str, str]  # folded member noun base (sozialdemokrat) -> party
    sister_parties: dict[str, str]  # party -> the party it forms a union with (CDU -> CSU)


@dataclass(frozen=True)
class Role:
    base: str
    group: str
    cls: str  # person | org
    gender: str  # m | f | "" (either)
    generic: bool = False
    adjectival: bool = False
    media: bool = False
    gov: bool = False
    head: bool = False  # the noun is part of the body's name: Klinikum Holstein-Mitte
    demonym: bool = False  # der Franzose: matches whoever has the nationality


@dataclass(frozen=True)
class Country:
    name: str
    government: str


@dataclass(frozen=True)
class Demonym:
    """A noun for the people of a country: `Franzose` (genders m), `Amerikaner` (m and p)."""

    country: Country
    masculine: str  # the base form, lowercase: franzose
    genders: str  # m f p: the readings of this form

    def gender(self, determiner_gender: str) -> str:
        """The reading the determiner picks: die Franzosen → p, die Estin → f, der Deutsche → m."""
        if determiner_gender == "f" and "f" not in self.genders and "p" in self.genders:
            return "p"
        if determiner_gender and determiner_gender[0] in self.genders:
            return determiner_gender[0]
        return self.genders if len(self.genders) == 1 else ""

    def role(self, gender: str) -> Role:
        """`der Franzose`, `die Estin` as a description: a person of this nationality."""
        return Role(self.masculine, "nationalität", "person", gender, generic=True, demonym=True)


@dataclass(frozen=True)
class KnownOrg:
    name: str
    kind: str  # media | organization
    group: str


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without diacritics: `Erdoğan` → `erdogan`, `Straße` → `strasse`."""
    text = text.lower().translate(_FOLD_EXTRA)
    return text if text.isascii() else _without_accents(text)


def _without_accents(text: str) -> str:
    """`István` → `Istvan`: the letters without their diacritics, case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _split_list(value: str) -> list[str]:
    return [] if value in ("", "-") else [v.strip() for v in value.split(",") if v.strip()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words = json.loads((DATA / "speaker_words.json").read_text(encoding="utf-8"))
    given = {row[0]: row[1] for row in _rows("speaker_given_names.tsv")}
    for name, gender in list(given.items()):
        given.setdefault(_without_accents(name), gender)  # Istvan, Jose: news often drop a given name's accents
    variants: dict[str, str] = {}
    for row in _rows("speaker_given_variants.tsv"):
        canon = fold(row[0])
        for v in row:
            variants[fold(v)] = canon
    roles: dict[str, Role] = {}
    for row in _rows("speaker_roles.tsv"):
        base, fem, cls, group = row[0], row[1], row[2], row[3]
        flags = set(_split_list(row[4])) if len(row) > 4 else set()
        kw = dict(generic="generic" in flags, adjectival="adj" in flags, media="media" in flags, gov="gov" in flags, head="head" in flags)
        if "adj" in flags:
            for ending in ("e", "er", "en", "em"):
                stem = base[:-1] if base.endswith("e") else base
                g = {"er": "m", "e": ""}.get(ending, "")
                roles.setdefault(stem + ending, Role(base, group, cls, g, **kw))
            continue
        male_g = "m" if fem != "-" else ""
        if cls == "org":
            male_g = ""
        forms = (base, base + "s", base + "es", base + "en", base + "n") if cls == "person" else (base, base + "s", base + "es", base + "en")
        for form in forms:
            roles.setdefault(form, Role(base, group, cls, male_g, **kw))
        if fem != "-" and fem:
            roles[fem] = Role(base, group, cls, "f", **kw)
            if fem.endswith("in"):
                roles[fem + "nen"] = Role(base, group, cls, "f", **kw)
    # whole words only (and after a hyphen): Videobotschaft is a message, US-Botschaft an embassy;
    # das Haus an institution, Rathaus a building, Brinkhaus and Oldershausen names; so every case and the
    # feminine form of these bases (Feuerwehrmanns is no role either, Oltmanns a surname)
    whole = ("mann", "sohn", "vater", "bruder", "boss", "gast", "opfer", "general", "oberst", "stadt", "botschaft", "haus")
    exact = {form for form, role in roles.items() if role.base in whole}
    countries: dict[str, Country] = {}
    adjectives: list[tuple[str, Country]] = []
    prefixes: dict[str, Country] = {}
    genitives: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    for row in _rows("speaker_countries.tsv"):
        row += [""] * (6 - len(row))
        name, gov, seats, adjs, pre, gens = row[:6]
        country = by_name.get(gov) or Country(name, gov)
        by_name[gov] = country
        countries[fold(name)] = country
        for seat in _split_list(seats):
            countries[fold(seat)] = country
        for adj in _split_list(adjs):
            adjectives.append((fold(adj), country))
        for p in _split_list(pre):
            prefixes[fold(p)] = country
        for g in _split_list(gens):
            genitives[fold(g)] = country
        genitives.setdefault(fold(name) + "s", country)
    adjectives.sort(key=lambda a: -len(a[0]))
    demonyms = _demonyms(countries)
    orgs: dict[tuple[str, ...], KnownOrg] = {}
    seats = set()
    for row in _rows("speaker_orgs.tsv"):
        row += [""] * (5 - len(row))
        org = KnownOrg(row[0], row[1], row[2])
        for alias in [row[0]] + _split_list(row[3]) + _split_list(row[4]):
            orgs[tuple(fold(alias).split())] = org
        for seat in _split_list(row[4]):
            seats.add(tuple(fold(seat).split()))
    parties: dict[str, str] = {}
    party_nouns: dict[str, str] = {}
    sister_parties: dict[str, str] = {}
    for row in _rows("speaker_parties.tsv"):
        row += [""] * (4 - len(row))
        if row[3]:
            sister_parties[row[0]] = row[3]
        for alias in [row[0]] + _split_list(row[1]):
            parties[fold(alias)] = row[0]
        for noun in _split_list(row[2]):
            party_nouns[fold(noun)] = row[0]
    titles = {t: "m" for t in words["titles_m"]}
    titles.update({t: "f" for t in words["titles_f"]})
    titles.update({t: "" for t in words["titles"]})
    return Lexicon(
        given=given,
        given_variant=variants,
        translit=_translit_rules("speaker_translit.tsv"),
        translit_east_asian=_translit_rules("speaker_translit_east_asian.tsv"),
        words=words,
        particles=frozenset(words["particles"]),
        suffixes=frozenset(words["suffixes"]),
        east_asian=frozenset(words["east_asian_surnames"]),
        given_first=frozenset(fold(row[0]) for row in _rows("speaker_given_first.tsv")),
        titles=titles,
        roles=roles,
        role_exact=frozenset(exact),
        countries=countries,
        country_adjectives=adjectives,
        country_prefixes=prefixes,
        country_genitives=genitives,
        demonyms=demonyms,
        nationalities=frozenset(dem.country.government for dem in demonyms.values()),
        orgs=orgs,
        seats=frozenset(seats),
        org_first=frozenset(k[0] for k in orgs),
        parties=parties,
        party_nouns=party_nouns,
        sister_parties=sister_parties,
    )


def _translit_rules(name: str) -> list[tuple[re.Pattern, str]]:
    rules = []
    for row in _rows(name):
        pattern, repl = row[0], (row[1] if len(row) > 1 else "")
        rules.append((re.compile(pattern), repl.replace("\\1", r"\1")))
    return rules


def _vowels_folded(skel: str) -> str:
    """Arabic short vowels are unwritten and transliterated freely: one vowel class."""
    return re.sub(r"[aeiou]+", "a", skel)


@lru_cache(maxsize=1)
def _patronymic_particles() -> frozenset[str]:
    return frozenset(lexicon().words["patronymic_particles"])


@lru_cache(maxsize=1)
def role_families() -> dict[str, int]:
    """Folded role word -> its line in speaker_role_families.tsv (words naming the same function)."""
    return {fold(word): line for line, row in enumerate(_rows("speaker_role_families.tsv")) for word in row}


@lru_cache(maxsize=1)
def org_type_words() -> dict[str, str]:
    """Word in a body's name -> the body's type group (IG -> gewerkschaft, BSC -> verein)."""
    return {row[0]: row[1] for row in _rows("speaker_org_type_words.tsv")}


@lru_cache(maxsize=1)
def court_seats() -> dict[str, tuple[str, ...]]:
    """Folded seat (karlsruhe) -> the courts it stands for once the article names one of them."""
    return {fold(row[0]): tuple(_split_list(row[1])) for row in _rows("speaker_court_seats.tsv")}


@lru_cache(maxsize=1)
def region_people() -> dict[str, tuple[str, str]]:
    """Folded form of a regional noun (bayerin, thüringer) -> (masculine base, readings m f p)."""
    forms: dict[str, tuple[str, str]] = {}
    for row in _rows("speaker_regions.tsv"):
        masculine = fold(row[0])
        for column, gender in ((0, "m"), (1, "f"), (2, "p")):
            for form in _split_list(row[column]):
                key = fold(form)
                base, genders = forms.get(key, (masculine, ""))
                forms[key] = (base, genders + gender)
    return forms


def same_role_family(a: str, b: str) -> bool:
    """Do two folded role words name the same function (Chefdiplomat / Außenminister)?"""
    families = role_families()
    return a in families and families.get(b) == families[a]


def _demonyms(countries: dict[str, Country]) -> dict[str, Demonym]:
    genders: dict[str, str] = {}
    base: dict[str, tuple[Country, str]] = {}
    for row in _rows("speaker_demonyms.tsv"):
        country = countries[fold(row[0])]
        masculine = fold(_split_list(row[1])[0])
        for column, gender in ((1, "m"), (2, "f"), (3, "p")):
            for form in _split_list(row[column]):
                key = fold(form)
                genders[key] = genders.get(key, "") + gender
                base.setdefault(key, (country, masculine))
    return {key: Demonym(base[key][0], base[key][1], g) for key, g in genders.items()}


def _apply_rules(s: str, rules: list[tuple[re.Pattern, str]]) -> str:
    for pattern, repl in rules:
        s = pattern.sub(repl, s)
    return s


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A lossy phonetic key for one name token; transliteration variants share it."""
    return _apply_rules(fold(token), lexicon().translit)


@lru_cache(maxsize=16384)
def east_asian_skeleton(token: str) -> str:
    """The key of a Chinese or Korean name token: `Chu` / `Zhu`, `Teh` / `De`, `Hsu` / `Xu` share it
    (rules in `data/speaker_translit_east_asian.tsv`)."""
    return _apply_rules(fold(token), lexicon().translit_east_asian)


def surname_skeleton(token: str) -> str:
    """The key of a family-name token: its East Asian key for a listed Chinese or Korean surname
    (every family-first name starts with one), else its skeleton."""
    return east_asian_skeleton(token) if fold(token) in lexicon().east_asian else skeleton(token)


@lru_cache(maxsize=16384)
def given_skeleton(token: str) -> str:
    f = fold(token)
    lex = lexicon()
    canon = lex.given_variant.get(f)
    if canon is None:
        canon = lex.given_variant.get(fold(token.replace("-", "")), f)
    return skeleton(canon)


_MIN_COMPOUND_STEM = 2  # no German compound starts with a one-letter word


@lru_cache(maxsize=16384)
def role_of(word: str) -> Role | None:
    """The role a (compound) noun names: `Kremlsprecher` → sprecher, `UN-Generalsekretärin` → f."""
    if not word or not (word[0].isupper() or ("-" in word and word.rsplit("-", 1)[1][:1].isupper())):
        return None
    lex = lexicon()
    w = word.lower()
    if "-" in w:
        w = w.rsplit("-", 1)[1] or w
    w = w.strip(".,;:")
    role = lex.roles.get(w)
    if role is not None:
        return role
    if w in lex.role_exact:
        return None
    for cut in range(_MIN_COMPOUND_STEM, len(w) - 2):  # Landesamt: a three-letter role after a long enough stem (not N|orden)
        tail = w[cut:]
        role = lex.roles.get(tail)
        if role is not None and tail not in lex.role_exact and (len(tail) >= 5 or cut >= 4):
            return role
    return None


def is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


def _east_asian_given(tokens: list[str]) -> bool:
    """Do these tokens look like a romanised Korean or Chinese given name (Jong-un, Jinping, Ki Moon)?"""
    if not tokens or len(tokens) > 2:
        return False
    parts = [p for t in tokens for p in t.lower().replace("'", "").replace("’", "").split("-")]
    if len(tokens) == 1 and "-" in tokens[0]:
        return all(_KOREAN_SYLLABLE.match(p) or _chinese_syllables(p) for p in parts)
    if len(tokens) == 2:
        return all(_KOREAN_SYLLABLE.match(p) for p in parts)
    p = parts[0]
    return _chinese_syllables(p) and len(p) <= 7 or bool(_KOREAN_SYLLABLE.match(p))


def _chinese_syllables(word: str) -> bool:
    """Is a lowercase word Chinese syllables in Pinyin (Jinping) or Wade-Giles (Teh, Ching)?"""
    return bool(_PINYIN.match(word) or _WADE_GILES.match(word))


def is_family_first(tokens: list[str]) -> bool:
    """Do these tokens start with a Korean or Chinese name, family name first (`Li Fei`, `Moon Jae-in`)?"""
    if len(tokens) < 2 or fold(tokens[0]) not in lexicon().east_asian or not tokens[1][:1].isupper():
        return False
    return _east_asian_given(tokens[1:2]) or len(tokens) > 2 and tokens[2][:1].isupper() and _east_asian_given(tokens[1:3])


@dataclass(frozen=True)
class PersonName:
    """A person's name as written (titles removed), split into given and family parts."""

    tokens: tuple[str, ...]
    family_start: int  # tokens[family_start:] is the family name (with particles); family-first: 0..1
    family_first: bool = False
    suffix: str = ""

    @property
    def family(self) -> tuple[str, ...]:
        return self.tokens[:1] if self.family_first else self.tokens[self.family_start :]

    @property
    def given(self) -> tuple[str, ...]:
        return self.tokens[1:] if self.family_first else self.tokens[: self.family_start]

    @property
    def text(self) -> str:
        return " ".join(self.tokens + ((self.suffix,) if self.suffix else ()))

    def family_core(self) -> tuple[str, ...]:
        return self._family_core

    @cached_property
    def _family_core(self) -> tuple[str, ...]:
        particles = lexicon().particles
        core = tuple(surname_skeleton(t) for t in self.family if t.lower() not in particles)
        if self.patronymic() and core:
            core = (_vowels_folded(core[0]),) + core[1:]  # the father's name: bin Laden = bin Ladin
        return core or tuple(skeleton(t) for t in self.family)

    def patronymic(self) -> bool:
        """Does the family part start with `bin`, `ibn` (son of): Arabic, its vowels transliterated freely?"""
        return bool(self.family) and not self.family_first and self.family[0].lower() in _patronymic_particles()

    def given_core(self) -> tuple[str, ...]:
        return self._given_core

    @cached_property
    def _given_core(self) -> tuple[str, ...]:
        if self.family_first:
            joined = "".join(t.replace("-", "") for t in self.given)
            return (east_asian_skeleton(joined),) if joined else ()
        given = tuple(given_skeleton(t) for t in self.given)
        return tuple(_vowels_folded(g) for g in given) if self.patronymic() else given  # Osama = Usama

    def core(self) -> tuple[str, ...]:
        """Skeletons of the name in written order, particles left out."""
        if self.family_first:
            return self.family_core() + self.given_core()
        return self.given_core() + self.family_core()

    @property
    def gender(self) -> str:
        if self.family_first or not self.given:
            return ""
        first = self.given[0].split("-")[0]
        g = lexicon().given.get(first, "")
        return "" if g == "u" else g


def _name_tokens(tokens: list[str]) -> list[str]:
    """Strip titles, role nouns, determiners and lowercase words in front of a name."""
    lex = lexicon()
    out = list(tokens)
    while out and (
        out[0].lower() in lex.titles
        or out[0].lower() in lex.words["determiners"]
        or role_of(out[0]) is not None
        or (out[0][:1].islower() and out[0].lower() not in lex.particles and not ARABIC_ARTICLE.match(out[0]))
    ):
        out.pop(0)
    return out


def parse_person(tokens: list[str] | tuple[str, ...]) -> PersonName | None:
    """Split a name (tokens as written, titles already removed) into given and family parts."""
    lex = lexicon()
    toks = [t for t in tokens if t not in (",",)]
    suffix = ""
    while toks and toks[-1].lower() in lex.suffixes and len(toks) > 1:
        suffix = toks.pop()
    if not toks:
        return None
    # a genitive -s on a surname-only reference is not part of the name: handled by callers
    if len(toks) >= 2 and fold(toks[0]) in lex.east_asian and _east_asian_given([fold(t) for t in toks[1:]]):
        return PersonName(tuple(toks), 1, True, suffix)
    # particles: von der Leyen, da Silva, al-Assad (al- is inside the token)
    start = len(toks) - 1
    i = 1
    while i < len(toks) - 1:
        if toks[i].lower() in lex.particles and (toks[i][:1].islower() or fold(toks[0]) not in lex.east_asian):  # Bart de/De Wever; not Nguyen Van Minh
            start = i
            break
        i += 1
    if toks[0].lower() in lex.particles and len(toks) > 1:  # "Von der Leyen" without first name
        start = 0
    return PersonName(tuple(toks), start, False, suffix)


def parse_name_text(text: str) -> PersonName | None:
    """Parse a free-standing name such as `Bundeskanzlerin Angela Merkel` or `Kim Jong Un`."""
    tokens = _name_tokens(text.replace(",", " ").split())
    return parse_person(tokens) if tokens else None


def _given_match(a: str, b: str, raw_a: str, raw_b: str) -> bool:
    if a == b:
        return True
    if is_initial(raw_a) or is_initial(raw_b):
        return fold(raw_a)[:1] == fold(raw_b)[:1]
    return _vowel_variant(a, b, raw_a, raw_b)


def _vowel_variant(a: str, b: str, raw_a: str, raw_b: str) -> bool:
    """`Oumar` / `Omar`: given names transliterated with other vowels, the same consonants (three
    letters or more); two different listed given names (Anna / Anne, Mario / Maria) stay apart."""
    given = lexicon().given
    if raw_a.split("-")[0] in given and raw_b.split("-")[0] in given:
        return False
    ca, cb = _consonants(a), _consonants(b)
    return min(len(a), len(b)) >= _MIN_VARIANT_LETTERS and len(ca) >= 2 and ca == cb


@lru_cache(maxsize=16384)
def compatible(a: PersonName, b: PersonName) -> bool:
    """Can these two names be the same person? A short form (Merkel, Kim, Lula da Silva) matches
    its full name; two full names must agree in family name, first given name and suffix."""
    ca, cb = a.core(), b.core()
    if not ca or not cb:
        return False
    if _other_particles(a, b):
        return False
    if _reversed_order(a, b):
        return True
    short, long_ = (a, b) if len(ca) <= len(cb) else (b, a)
    cs, cl = short.core(), long_.core()
    if short.suffix and long_.suffix and fold(short.suffix) != fold(long_.suffix):
        return False
    if cs == cl:
        return fold(short.suffix) == fold(long_.suffix) or not (short.given and long_.given)
    if short.suffix != long_.suffix and short.given and long_.given:
        return False
    if _given_first_prefix(short, long_):
        return True
    if long_.patronymic() and len(cs) == 1 and not short.given and long_.given_core()[:1] == (_vowels_folded(cs[0]),):
        return True  # (Prinz) Faisal for Faisal bin Farhan: Arab names are shortened to the given name
    # a short form: a contiguous piece of the full name that holds its family name
    n = len(cs)
    if not short.given or short.family_start == 0 or _is_surname_only(short):
        for i in range(len(cl) - n + 1):
            if cl[i : i + n] != cs:
                continue
            if long_.family_first:
                return i == 0
            if i > 0:
                return True
            particles = lexicon().particles
            if any(known_word(fold(t)) for t in short.tokens if t.lower() not in particles):
                return False  # Antenne Nord / Antenne Nord Sport: dictionary words are a body's name
            # the first words of the full name (Turki bin Mansur, Tesfaye Gebremariam): decided below
        # the short form's only token may be a fuller family name (al-Assad vs Assad)
        if len(cs) == 1 and long_.family_core() and cs[0] == long_.family_core()[-1]:
            return True
    # two names with given names
    if short.family_first != long_.family_first:
        return False
    if _second_surname(short, long_):
        return True
    fa, fb = short.family_core(), long_.family_core()
    if fa != fb and len(fa) == len(fb) == 1 and short.given and long_.given and short.given_core() == long_.given_core() \
            and (_one_letter_dropped(fa[0], fb[0]) or _swapped_letters(fa[0], fb[0])):
        return True  # Franz Münteferin / Franz Müntefering, von Armin / von Arnim: the same given name, a typo in the surname
    if fa != fb and not (long_.patronymic() and fb[: len(fa)] == fa) and not _glued_article(short, long_):
        return False  # Faisal bin Farhan = Faisal bin Farhan Al Saud (the father's name, then the family's)
    ga, gb = short.given, long_.given
    if not ga or not gb:
        return True
    ka, kb = short.given_core(), long_.given_core()
    if any("-" in g for g in ga + gb) and skeleton("".join(ga)) == skeleton("".join(gb)):
        return True  # Carl-Philipp = Carl Philipp, Hans-Christoph = Hans Christoph (one sound: hanSristv)
    if short.family_first:
        return ka == kb
    given = lexicon().given
    if len(ka) < len(kb) and kb[-len(ka):] == ka and gb[0].split("-")[0] in given:
        return True  # Ali Samani for Mohammed Resa Ali Samani: called by a later given name
    if not _given_match(ka[0], kb[0], ga[0], gb[0]):
        return False
    same_given = len(ka) == len(kb) and all(map(_given_match, ka, kb, ga, gb))
    if not same_given and not (ga[0].split("-")[0] in given or is_initial(ga[0])):
        return False  # Sky News / Sky Sports News: an unknown first word is no given name with middle names
    mid_a = {fold(t)[:1] for t in ga[1:]}
    mid_b = {fold(t)[:1] for t in gb[1:]}
    return not (mid_a and mid_b and mid_a != mid_b)


def _reversed_order(a: PersonName, b: PersonName) -> bool:
    """`Vona Gábor` / `Gábor Vona`: a two-word name written family name first (Hungarian order)
    and given name first; one of the words must be a listed given name, or neither a dictionary
    word (Kardos Ákos / Ákos Kardos)."""
    ta, tb = [fold(t) for t in a.tokens], [fold(t) for t in b.tokens]
    return len(ta) == 2 and ta == tb[::-1] and ta[0] != ta[1] and (
        any(t.split("-")[0] in lexicon().given for t in a.tokens) or not any(known_word(t) for t in ta)
    )


def _other_particles(a: PersonName, b: PersonName) -> bool:
    """`van der Hoeven` / `van den Hoven`: other particles and another spelling of the surname are
    another family, however close the sounds (the same particles, case-folded, may differ in spelling);
    `van der Linden` / `van Linden`: the same surname with a particle word more or less is another
    name too."""
    if a.family_first or b.family_first:
        return False
    particles = lexicon().particles
    pa = tuple(t.lower() for t in a.family if t.lower() in particles)
    pb = tuple(t.lower() for t in b.family if t.lower() in particles)
    if not pa or not pb or pa == pb:
        return False
    rest_a = [fold(t) for t in a.family if t.lower() not in particles]
    rest_b = [fold(t) for t in b.family if t.lower() not in particles]
    return rest_a == rest_b or len(pa) == len(pb)  # Faisal bin Farhan (Al Saud): a name and its longer form


def _given_first_prefix(short: PersonName, long_: PersonName) -> bool:
    """`Tedros`, `Tedros Adhanom` for Tedros Adhanom Ghebreyesus: a name without family name
    (listed given names) is shortened from the end."""
    tokens = long_.tokens
    n = len(short.tokens)
    return fold(tokens[0]) in lexicon().given_first and n < len(tokens) and [fold(t) for t in short.tokens] == [fold(t) for t in tokens[:n]]


def _second_surname(short: PersonName, long_: PersonName) -> bool:
    """`Claudia Sheinbaum` for Claudia Sheinbaum Pardo: a Spanish name without its second surname."""
    cs, cl = short.core(), long_.core()
    return (
        len(short.tokens) >= 2
        and len(cl) == len(cs) + 1
        and cl[: len(cs)] == cs
        and short.tokens[-1].split("-")[0] not in lexicon().given
    )


def _glued_article(short: PersonName, long_: PersonName) -> bool:
    """`Albusaidi` for al-Busaidi: the Arabic article written into the family name."""
    a, b = short.family, long_.family
    if len(a) != 1 or len(b) != 1:
        return False
    hyphened, glued = (a[0], b[0]) if ARABIC_ARTICLE.match(a[0]) else (b[0], a[0])
    if not ARABIC_ARTICLE.match(hyphened):
        return False
    return fold(glued) == fold(hyphened.replace("-", "", 1))


def _is_surname_only(name: PersonName) -> bool:
    """A parsed two-token name like `López Obrador` or `Lula da Silva` whose first token is no
    known given name: treat it as a short form."""
    if name.family_first or not name.given:
        return False
    return name.given[0].split("-")[0] not in lexicon().given


def person_key(name: PersonName) -> str:
    core = name.family_core()
    family = "-".join(core[:1] if name.patronymic() else core).replace("S", "sh")  # bin Farhan (Al Saud)
    given = "-".join(name.given_core()).replace("S", "sh")
    if name.suffix:
        given += "+" + fold(name.suffix).rstrip(".")
    return f"p:{family}:{given}"


def org_key(name: str) -> str:
    return "o:" + re.sub(r"[^0-9a-z]+", "-", fold(name)).strip("-")


def keys_match(a: str, b: str) -> bool:
    """Identity keys that may name the same identity across articles (a surname-only key matches
    the full keys of that family name)."""
    if a == b:
        return True
    if not (a.startswith("p:") and b.startswith("p:")):
        return False
    fa, _, ga = a[2:].partition(":")
    fb, _, gb = b[2:].partition(":")
    return fa == fb and (not ga or not gb)


def family_key(key: str) -> str | None:
    """The key of a person's family name alone (`p:merkel:ankela` → `p:merkel:`); None for a body."""
    return key[: key.index(":", 2) + 1] if key.startswith("p:") else None


def corpus_links(keys: Iterable[str]) -> dict[str, str]:
    """Surname-only person keys → the one full key of that family among `keys`: across a corpus
    `p:merkel:` (an article that says only Merkel) is `p:merkel:ankela` when no other Merkel is
    known; a family with two full keys (Sigmar and Siegmar Gabriel) links nowhere."""
    keys = set(keys)
    full: dict[str, set[str]] = {}
    for key in keys:
        family = family_key(key)
        if family is not None and family != key:
            full.setdefault(family, set()).add(key)
    return {key: next(iter(full[key])) for key in keys if len(full.get(key, ())) == 1}


def misspelt_surname(short: PersonName, full: PersonName) -> bool:
    """Can `short`, a surname alone (`Boudegast`), be a misspelling of `full`'s family name
    (`Peter Boudgoust`)? Conservative: long names with the same first letter, close as written and
    as sounds, or with the same consonant sounds; callers link it only when one person of the
    article fits."""
    if short.given or short.family_first or full.family_first or not full.family:
        return False
    a, b = fold(short.tokens[-1]), fold(full.family[-1])
    if a == b:
        return False
    if _swapped_letters(a, b):
        return True
    if min(len(a), len(b)) < _TYPO_MIN_LETTERS:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if a[0] == b[0] and fuzz.ratio(a, b) >= _TYPO_MIN_SPELLING and fuzz.ratio(sa, sb) >= _TYPO_MIN_SOUND:
        return True
    # another transliteration (Chaschukdschi / Khashoggi): the same consonants, only vowels differ
    consonants = _consonants(sa)
    return len(consonants) >= _TYPO_MIN_CONSONANTS and consonants == _consonants(sb) and fuzz.ratio(sa, sb) >= _TYPO_MIN_SOUND


_TYPO_MIN_DROPPED = 7


def _one_letter_dropped(a: str, b: str) -> bool:
    """`münteferin` / `müntefering`: one name is the other with one letter left out (long names,
    the same first letter)."""
    return abs(len(a) - len(b)) == 1 and min(len(a), len(b)) >= _TYPO_MIN_DROPPED and a[0] == b[0] and one_edit(a, b)


def one_edit(a: str, b: str) -> bool:
    """Are two words one letter apart (one left out, added or replaced)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _swapped_letters(a: str, b: str) -> bool:
    """`Armin` / `Arnim`: the same letters with two of them swapped (not the first; names of five
    letters or more, so Keil / Kiel stay apart)."""
    if len(a) != len(b) or len(a) < _TYPO_MIN_SWAP or a[0] != b[0]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _consonants(skel: str) -> str:
    return re.sub(r"[aeiou]", "", skel)


def _body(text: str) -> str | None:
    """The canonical name of a listed body (WHO -> Weltgesundheitsorganisation), the written name of
    another body (Landgericht Osnabrück: a body role noun in it), or None for a person's name."""
    known = lexicon().orgs.get(tuple(fold(text).split()))
    if known is not None:
        return known.name
    if any((r := role_of(t)) is not None and r.cls == "org" for t in text.split()):
        return text
    return None


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Legal forms of companies among the type words (AG, GmbH, SE, Inc, Ltd, eG; not Holding, Airlines)."""
    return frozenset(w for w, group in org_type_words().items()
                     if group in ("unternehmen", "genossenschaft") and (len(w) <= 3 or not w.istitle()))


def company_core(text: str) -> str | None:
    """A company's name without its legal form (`Kessler AG` → `Kessler`, `Nordwerk GmbH` →
    `Nordwerk`); None when the name has no legal form."""
    words = text.replace(",", " ").split()
    forms = _legal_forms()
    core = [w for w in words if w.rstrip(".") not in forms]
    return " ".join(core) if core and len(core) < len(words) else None


def _same_company(a: str, b: str) -> bool | None:
    """Two names of which one has a legal form: the same company when the names agree without it,
    or when the other is a hyphenated merger name that starts with it (`Adidas-Salomon` /
    `Adidas AG`) or the name before dictionary words for its trade (`Terhagen Chemie AG` /
    `Terhagen`); None when neither has a legal form."""
    ca, cb = company_core(a), company_core(b)
    if ca is None and cb is None:
        return None
    na, nb = fold(ca or a), fold(cb or b)
    if na == nb:
        return True
    for x, y in ((na, nb), (nb, na)):
        if " " not in x and "-" in x and x.split("-")[0] == y:
            return True
        rest = x[len(y) + 1:].split(" ") if x.startswith(y + " ") else []
        if rest and not known_word(y.split(" ")[-1]) and all(known_word(w) for w in rest):
            return True  # Terhagen Chemie AG / Terhagen: the name without the words for its trade
    return False


def same_person(a: str, b: str) -> bool:
    """Do these two written names (titles allowed) name the same identity? Bodies by their
    abbreviation table, an abbreviation that aligns with the long name (`abbreviates`), a company
    with and without its legal form, or their exact name; a person by a short form of the name
    (`compatible`) or by the first word of the name alone (`first_name_alone`)."""
    body_a, body_b = _body(a), _body(b)
    if abbreviates(a, b) or abbreviates(b, a) or _ends_with_acronym(a, b) or _ends_with_acronym(b, a):
        return True  # ÖBB / Österreichische Bundesbahnen, OLG Celle / Oberlandesgericht Celle
    if (_same_but_adjective_endings(a, b) or _country_genitive_added(a, b) or _country_genitive_added(b, a)
            or _adjectives_added(a, b) or _adjectives_added(b, a)):
        return True
    company = _same_company(a, b)
    if company is not None:
        return company
    if body_a is not None or body_b is not None:
        return body_a is not None and body_b is not None and org_key(body_a) == org_key(body_b)
    pa, pb = parse_name_text(a), parse_name_text(b)
    if pa is None or pb is None:
        return False
    return compatible(pa, pb) or first_name_alone(pa, pb) or first_name_alone(pb, pa)


def _same_but_adjective_endings(a: str, b: str) -> bool:
    """`Nationaler Rat für Einheit` / `Nationale Rat für Einheit`: one name of several words whose
    adjectives before a noun are declined otherwise (the nominative after `der`, the name's own form)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa == wb:
        return False
    return all(fold(x) == fold(y) or k < len(wa) - 1 and (lemma := _adjective_lemma(x)) is not None and lemma == _adjective_lemma(y)
               for k, (x, y) in enumerate(zip(wa, wb)))


@lru_cache(maxsize=8192)
def _adjective_lemma(word: str) -> str | None:
    """The dictionary form of a capitalised declined adjective (`Nationaler` → `national`), None for
    other words."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith(_ADJECTIVE_ENDINGS):
        return None
    lemma = _de_lemma(low)
    return lemma if lemma and lemma != low and lemma[:1].islower() and low.startswith(lemma) else None


@lru_cache(maxsize=1)
def _simplemma():
    import simplemma

    return simplemma


@lru_cache(maxsize=16384)
def _de_lemma(word: str) -> str | None:
    """simplemma's German lemma of a word; None where simplemma raises on odd input."""
    try:
        return _simplemma().lemmatize(word, lang="de")
    except Exception:
        return None


def _country_genitive_added(long_: str, short: str) -> bool:
    """`Demokratische Volksfront Sri Lankas` / `Demokratische Volksfront`: a body's name of two words
    or more and the same name with the country it belongs to in the genitive after it."""
    ls, ss = fold(long_).split(), fold(short).split()
    if len(ss) < 2 or len(ls) <= len(ss) or ls[: len(ss)] != ss:
        return False
    return " ".join(ls[len(ss):]) in lexicon().country_genitives


def _adjectives_added(long_: str, short: str) -> bool:
    """`Nationaler Übergangsrat` / `Übergangsrat`: a body named by adjectives before a compound noun
    and by the compound alone (a plain noun such as Partei or Bank names no one body)."""
    words, noun = long_.split(), fold(short)
    return (
        len(words) >= 2 and " " not in short and fold(words[-1]) == noun
        and all(_adjective_lemma(w) is not None for w in words[:-1])
        and any(_morpheme_start(noun, p) for p in range(_MIN_MORPHEME, len(noun) - _MIN_MORPHEME + 1))
    )


def _ends_with_acronym(long_: str, short: str) -> bool:
    """`Berliner Fahrgastverband IGEB` / `IGEB`: a body's name whose last word is its abbreviation,
    the words before it saying what kind of body it is."""
    words = long_.split()
    return len(words) >= 2 and is_abbreviation(short) and words[-1] == short


def first_name_alone(short: PersonName, full: PersonName) -> bool:
    """Is `short` one word, the first (given) name of the full name `full` (`Sonthi` for Sonthi
    Boonyaratglin: Thai people are called by their given name, others at times too)? Callers
    inside an article take it only when no other person there has that first name."""
    if len(short.tokens) != 1 or short.suffix or full.family_first or len(full.tokens) < 2 or full.family_start < 1:
        return False
    word = short.tokens[0]
    lex = lexicon()
    if not word[:1].isupper() or word.lower() in lex.titles or word.lower() in lex.particles or is_initial(word):
        return False
    if fold(word) != fold(full.tokens[0]):
        return False
    # an unlisted first word before a dictionary word is rather a body (Lufthansa Cargo, Bild der Frau)
    return word.split("-")[0] in lex.given or not known_word(fold(full.family[-1]))


# --------------------------------------------------------------------------- abbreviations

_LONG_FORM_FUNCTION_WORDS = frozenset(  # folded, as the words they are compared with
    fold(w) for w in "der die das des dem den für und von vom zur zum im in am an auf bei mit & of the and for de du la et".split()
)
_ABBREV_VOWELS = set("aeiouyäöü")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_PLACE_ADJ_END = re.compile(r"(?:ische[nrms]?|isch|er|e[nrms]?)$")
_MIN_MORPHEME = 3
_ABBREV_MIN_CAPS_WITH_SYLLABLE = 3


def is_abbreviation(token: str) -> bool:
    """Does a token look like an abbreviation: ÖBB, OLG, BDEW, mixed ZdK / BfArM (two capitals or
    more, never two lowercase letters in a row), or a vowelless lowercase one (vzbv)?"""
    if not 2 <= len(token) <= 8 or not token.isalpha():
        return False
    upper = sum(c.isupper() for c in token)
    if upper >= 2 and token[0].isupper():
        if upper >= _ABBREV_MIN_CAPS_WITH_SYLLABLE and not re.search(r"[a-zäöüß]{4}", token):
            return True  # BVerwG, VerfGH: a syllable of a compound part among three capitals or more
        return not any(token[k].islower() and token[k + 1].islower() for k in range(len(token) - 1))
    return upper == 0 and 3 <= len(token) <= 6 and not (set(token) & _ABBREV_VOWELS)


@lru_cache(maxsize=16384)
def known_word(word: str) -> bool:
    """Does simplemma know this word (three letters or more) as German? Also the speaker reader's
    dictionary test (`speakers.doc._noun`), there with capitalised nouns."""
    import simplemma

    try:
        return len(word) >= _MIN_MORPHEME and simplemma.is_known(word, lang="de")
    except Exception:  # simplemma raises on odd input
        return False


@lru_cache(maxsize=16384)
def _morpheme_start(word: str, p: int) -> bool:
    """May a compound part start at position p of the folded word (Bundes|bahnen,
    Landes|kriminal|amt): the rest is a German word, or a word and another one (Fugen-s allowed).
    A three-letter rest must follow a word (kriminal|amt, not zusammenarb|eit)."""
    tail = word[p:]
    if known_word(tail) and (len(tail) > _MIN_MORPHEME or any(known_word(word[k:p]) for k in range(p - _MIN_MORPHEME + 1))):
        return True
    for q in range(p + _MIN_MORPHEME, len(word) - _MIN_MORPHEME + 1):
        if known_word(word[p:q]) and (known_word(word[q:]) or word[q] == "s" and known_word(word[q + 1 :])):
            return True
    return False


def _word_spans(acr: str, inner: tuple[bool, ...], i: int, raw: str, word: str) -> list[int]:
    """The acronym positions after word `word` (folded; `raw` as written) takes letters acr[i:]
    from it: its first letter, then letters in order, each right after the one before or at a
    capital or compound-part start (BfArM: B, Ar, M; LKA: Landes|kriminal|amt); a letter the
    acronym writes small after a capital (`inner`) may be any later letter of the word (VwGH:
    V, w from Verwaltungs, G, H)."""
    if i >= len(acr) or not word or acr[i] != word[0]:
        return []
    ends = []
    frontier = [(i + 1, 0)]  # (next acronym index, position of the last letter matched)
    seen = set()
    while frontier:
        k, last = frontier.pop()
        if (k, last) in seen:
            continue
        seen.add((k, last))
        ends.append(k)
        if k >= len(acr):
            continue
        for p in range(last + 1, len(word)):
            if word[p] != acr[k]:
                continue
            if p == last + 1 or inner[k] or (p < len(raw) and raw[p].isupper()) or word[p - 1] == "-" or (
                _morpheme_start(word, p) and not (word[p] == "s" and _morpheme_start(word, p + 1))  # Bundes|innen: a Fugen-s
            ):
                frontier.append((k + 1, p))
    return sorted(set(ends))


def _aligns(raw_acr: str, words: list[str]) -> bool:
    """Schwartz & Hearst style: do the acronym's letters (folded) fall in order on the words, each
    content word giving at least its first letter, function words (der, für, und) none or theirs?"""
    acr = fold(raw_acr)
    inner = tuple(k > 0 and c.islower() and raw_acr[k - 1].isupper() for k, c in enumerate(raw_acr))
    folded = [fold(w) for w in words]

    @lru_cache(maxsize=None)
    def go(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(acr)
        function = folded[w] in _LONG_FORM_FUNCTION_WORDS
        if function and go(i, w + 1):
            return True
        return any(go(k, w + 1) for k in _word_spans(acr, inner, i, words[w], folded[w]))

    return go(0, 0)


def _place_adjective(place: str, word: str) -> bool:
    """`Bayern` / `Bayerisches`, `Sachsen` / `Sächsische`, `Hamburg` / `Hamburger`."""
    p, w = fold(place), fold(word)
    if not word[:1].isupper() or w == p:
        return False
    stem = _PLACE_ADJ_END.sub("", w)
    base = re.sub(r"(?:en|n)$", "", p) if len(p) > 5 else p
    return len(stem) >= 4 and (stem == base or stem == p or (stem.startswith(base) and len(stem) - len(base) <= 1))


def abbreviates(short: str, long_: str) -> bool:
    """Is `short` an abbreviation of `long_`: ÖBB / Österreichische Bundesbahnen, OLG Celle /
    Oberlandesgericht Celle, LKA Bayern / Bayerisches Landeskriminalamt, BfArM / Bundesinstitut für
    Arzneimittel und Medizinprodukte? The abbreviation must cover all of the long form; a place
    word beside it (Celle, Bayern) must be the long form's place (or its adjective)."""
    s_words = short.replace(",", " ").split()
    l_words = [w for w in long_.replace(",", " ").split() if w]
    abbrevs = [w for w in s_words if is_abbreviation(w)]
    if len(abbrevs) != 1 or len(l_words) < 1 or is_abbreviation(l_words[0]) and len(l_words) == 1:
        return False
    acr = fold(abbrevs[0])
    if any(is_abbreviation(w) and fold(w) == acr for w in l_words):
        return False
    if any(fold(part) == acr for w in l_words if "-" in w for part in w.split("-")):
        return False  # SPD-Landtagsfraktion, DGB-Jugend: a body of its own beside the SPD, not its long name
    rest = list(l_words)
    for extra in (w for w in s_words if w is not abbrevs[0]):
        same = [k for k, w in enumerate(rest) if fold(w) == fold(extra)]
        adj = same or [k for k, w in enumerate(rest) if _place_adjective(extra, w)]
        if not adj:
            return False
        rest.pop(adj[0])
    if not rest:
        return False
    if len(rest[-1]) > len(acr) >= 2 and "".join(c for c in rest[-1] if c.isupper()) == abbrevs[0]:
        return True  # GFZ / Deutsches GeoForschungsZentrum: a name written with capitals inside is abbreviated by them
    if len(acr) < len([w for w in rest if fold(w) not in _LONG_FORM_FUNCTION_WORDS]):
        return False
    return _aligns(abbrevs[0], rest)
