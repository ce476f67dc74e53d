"""The per-article view of the tokens (`_Doc`): word lists from the lexicon, token predicates
(may this be a name? a given name? a country adjective?) and the references found so far; also
the word patterns and role-word normalisation that the phrase reader and the resolver share."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from saidwhat.resolve import names as N
from saidwhat.resolve.names import _ADJECTIVE_ENDINGS, Country, Role, _de_lemma, _simplemma, fold, lexicon, role_of
from saidwhat.resolve.speakers.model import Entity, Ref
from saidwhat.text import Document

_QUOTES = {"«", "»", "‹", "›", "''", "'", '"', "„", "“", "”", "‚", "‘", "’"}
_AGE_NOUN = re.compile(r"^(\d{1,3})-?Jährige[nrms]?$")
_AGE_ADJ = re.compile(r"^(\d{1,3})-?jährige[nrms]?$")
_GLUED_DIGITS = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
BRAND = re.compile(r"^[a-z][A-Z][a-z]+[A-Za-z]*$")  # eBay, iPhone: a name despite its lowercase start
# Latin capitals and small letters with diacritics (Ä, Č, Ø; ä, č, ø): ČT24 is an acronym like TV5
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_ACRONYM = re.compile(rf"^(?!.*[{_LOWER}]{{2}})(?=(?:[^{_UPPER}]*[{_UPPER}]){{2}})[{_UPPER}][{_UPPER}{_LOWER}0-9&/\-]{{1,9}}$")
_COMMON_SUFFIX = re.compile(r"(ung|ungen|heit|keit|schaft|tion|tät|ismus|nahme|ierung)$")
_ADJ_ENDING = re.compile(r"(e|en|er|es|em)$")
_ORDINAL = re.compile(r"^(erste|zweite|dritte|vierte|fünfte|sechste)[nr]?$")
_ADJ_CASE = re.compile(r"(?<=[a-zäöüß])(en|e)$")  # a weak or oblique adjective ending (Deutschen, Deutsche)
_ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "AG", "GmbH", "KG", "SE", "Inc", "Ltd"}
_CONNECTORS = {"for", "of", "and", "the", "de", "la", "du", "del", "des", "on", "with", "y", "&"}
_GOV_HEADS = {"regierung", "führung", "staatsführung", "regime", "administration", "kabinett"}
_CONJ = {"und", "sowie"}
_GOVERNMENT = "Regierung"  # canonical government names: Regierung Frankreichs, Regierung der Ukraine
_VIETNAMESE_MIDDLE = {"Thị", "Văn"}  # the gender-marking middle names of Vietnamese names
_MONTHS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}
_CONTRACTED_ARTICLES = {"im", "am", "vom", "zum", "beim", "ins", "zur"}
_THING_ENDINGS = ("ion", "enz", "anz", "inz", "ung", "heit", "keit", "schaft", "tät", "ei", "ie", "ik", "um", "ment", "nis", "ur")
_MIDDLE_ANY = {"maria", "marie", "maría", "mária", "marija"}  # given names in both men's and women's names
_MIN_COMPOUND_WRAPPER = 5  # Kern|aussage, Presse|meldungen; not Tages|post
_MIN_WRAPPER_PREFIX = 4


@lru_cache(maxsize=1)
def _wrapper_words() -> tuple[frozenset[str], re.Pattern]:
    """Statement and source nouns that wrap whose statement it is (`Angaben der X`, `einem Bericht
    von X`, `Schätzungen des Verbandes`): the speaker lexicon's wrappers and the sources lexicon's
    statement, document and report heads (resolve/data/sources.json), and a pattern for compounds
    ending in one of them (`Kernaussage`, `Pressemeldungen`, `Demutsgesten`)."""
    from saidwhat.resolve import source_lexicon

    sets = source_lexicon.lexicon().sets
    words = set(lexicon().words["wrappers"])
    for key in ("statement_heads", "document_heads", "media_report_heads", "vague_report_heads"):
        words |= sets[key]
    long = sorted((w for w in words if len(w) >= _MIN_COMPOUND_WRAPPER and "-" not in w), key=len, reverse=True)
    compound = re.compile(r"^[a-zäöüß]{%d,}(?:%s)$" % (_MIN_WRAPPER_PREFIX, "|".join(map(re.escape, long))))
    return frozenset(words), compound


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


_AGENT_FEMININE = re.compile(r"(?:er|ent|ant|ist|eur|or|är|at|ot|og|eut)in(?:nen)?$")  # Kämmerin, Juristin
_AGENT_LATIN = re.compile(r"(?:ent|ant|ist|eur|or|är|og|eut)$")  # Dezernent, Jurist, Redakteur
_UMLAUT_BACK = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_MIN_AGENT = 7
_VERB_PREFIX = re.compile(r"^(?:be|ver|an|auf|aus|her|zer|ent|unter|über|vor|ab|ein|zu|mit|nach)")


@lru_cache(maxsize=16384)
def _verb(infinitive: str) -> bool:
    sm = _simplemma()
    try:
        return sm.is_known(infinitive, lang="de") and sm.lemmatize(infinitive, lang="de") == infinitive
    except Exception:  # simplemma raises on odd input
        return False


@lru_cache(maxsize=8192)
def plural_verb(word: str) -> bool:
    """Is a lowercase word a verb's past form of the third person plural (sagten, sprachen, waren):
    one in -en that is not its infinitive (-en, -ln, -rn), no participle (gesprochen)?"""
    if not word.endswith("en") or word.startswith("ge"):
        return False
    lemma = _de_lemma(word)
    return lemma is not None and lemma != word and lemma.endswith(("en", "ln", "rn")) and _verb(lemma)


_noun = N.known_word  # does the dictionary know the word (Mafia, Jäger)?


@lru_cache(maxsize=8192)
def agent_noun(word: str) -> bool:
    """Is a capitalised word that no role list knows a noun for someone who does something
    (`Kämmerin`, `Autobahnbetreiber`, `Kreisläufer`, `Kulturdezernentin`), so that a name after
    it starts after it? Feminine and Latin agent endings, or a compound whose last part is a verb's
    agent noun (-er: betreib-en, lauf-en)."""
    if len(word) < _MIN_AGENT or not word[:1].isupper() or word in lexicon().given:
        return False
    low = word.rsplit("-", 1)[-1].lower()
    if _AGENT_FEMININE.search(low):
        # the masculine noun (or its last part) is a word: Jurist-in, Kultur|dezernent-in, Kämmer(er)-in
        stem = re.sub(r"in(?:nen)?$", "", low)
        return len(low) >= 8 and any(_noun(stem[cut:]) or _noun(stem[cut:] + "er") for cut in range(0, len(stem) - 4))
    if _AGENT_LATIN.search(low) and len(low) >= 8:
        return True
    if not low.endswith("er"):
        return False
    for cut in range(0, len(low) - 5):
        # a compound (Autobahn|betreiber, Kreis|läufer) or a verb with a prefix (Betreiber,
        # Hersteller); a bare agent noun (Brenner, Fischer, Schneider) is often a family name
        if not (cut >= 4 and _noun(low[:cut]) or cut == 0 and _VERB_PREFIX.match(low)):
            continue
        stem = low[cut:-2]
        for verb in (stem + "en", stem + "n", stem.translate(_UMLAUT_BACK) + "en"):
            if _verb(verb):
                return True
    return False


_MIN_DESCRIPTION = 6
_MIN_COMPOUND_TAIL = 5


@lru_cache(maxsize=8192)
def description_noun(word: str) -> bool:
    """May a capitalised word stand before a name as its description (`der Linksintellektuelle
    Noam Chomsky`, `des Mafiajägers Salvatore Boemi`, `den Luftfahrtbehörden Enac`, `Privatdozent`)?
    A role or agent noun, or a German word (or a compound ending in one) in any case form. Many
    family names are words too (Müller): callers ask only when a name that is no word follows."""
    if len(word) < _MIN_DESCRIPTION or not word[:1].isupper() or word in lexicon().given or not word.replace("-", "").isalpha():
        return False
    if role_of(word) is not None or agent_noun(word):
        return True
    head = word.rsplit("-", 1)[-1]
    forms = [head]
    if head.endswith("es") and len(head) > _MIN_DESCRIPTION:
        forms.append(head[:-2])
    if head.endswith(("s", "n")):
        forms.append(head[:-1])
    for f in forms:
        if _noun(f):
            return True
        for cut in range(3, len(f) - _MIN_COMPOUND_TAIL + 1):  # Mafia|jäger
            if _noun(f[cut].upper() + f[cut + 1 :]):
                return True
    return False


_MIN_COMPOUND_PART = 4


@lru_cache(maxsize=8192)
def noun_compound(word: str, min_part: int = _MIN_COMPOUND_PART) -> bool:
    """Is a capitalised word two nouns of the dictionary (Punk|lady, Rock|star), each of at least
    `min_part` letters (the first may lack one: a linking letter): a description, when no list has
    it as a given name?"""
    if "-" in word or not word[:1].isupper():
        return False
    return any(_noun(word[:cut]) and _noun(word[cut].upper() + word[cut + 1 :])
               for cut in range(min_part - 1, len(word) - min_part + 1))


_NOUN_ENDINGS = ("e", "en", "n", "s", "es", "er", "ern")


@lru_cache(maxsize=8192)
def inflected_noun(word: str) -> bool:
    """Does the dictionary know an inflected form of the word (Dorf-es, Insel-n, Bank-en) as that
    word: a German noun, not an unlisted given name (Ratko, Swantje)?"""
    return any(_de_lemma(word + ending) == word for ending in _NOUN_ENDINGS)


@lru_cache(maxsize=8192)
def declined_adjective(word: str) -> bool:
    """Is a capitalised word a declined adjective (Olympische → olympisch, Neuen → neu)?"""
    low = word.lower()
    lemma = _de_lemma(low)
    return lemma is not None and lemma != low and lemma[:1].islower()


_PLURAL_ENDINGS = ("e", "en", "n", "er", "ern")  # Gutachter-n, Gerücht-en, Länderparlament-e


@lru_cache(maxsize=8192)
def plural_noun(word: str) -> bool:
    """Is a capitalised word a dictionary noun with a plural or dative ending (Gerüchten, Gutachtern,
    Länderparlamente, Landesverbände, Gewerkschaften)?"""
    lemma = _de_lemma(word)
    if lemma is None or lemma == word or not lemma[:1].isupper():
        return False
    stem = word if word.startswith(lemma) else word.translate(_UMLAUT_BACK)  # Landesverbände
    return stem.startswith(lemma) and stem[len(lemma):] in _PLURAL_ENDINGS


@lru_cache(maxsize=8192)
def inflected_form(word: str) -> bool:
    """Is a capitalised word a noun's plural or dative form (`plural_noun`) or an adjective with a
    declension ending (Verschiedene): a form that names do not take (their one ending, the
    genitive -s, is not counted)?"""
    if plural_noun(word):
        return True
    low = word.lower()
    lemma = _de_lemma(low)
    return lemma is not None and lemma != low and low.startswith(lemma) and low[len(lemma):] in _ADJECTIVE_ENDINGS


def proper_word(word: str) -> bool:
    """Is a capitalised word no German word (Chomsky, Enac, Rajoy): a name, not a description?"""
    return not _noun(word) and not (word.endswith("s") and _noun(word[:-1])) and not description_noun(word)


@lru_cache(maxsize=16384)
def _punct_word(word: str) -> bool:
    """Has a token no letter or digit (punctuation, quotation marks, dashes)?"""
    return not any(c.isalnum() for c in word)


_UNSET = object()  # a per-token cache slot not computed yet


@lru_cache(maxsize=16384)
def _country_adj_word(word: str) -> Country | None:
    """The country a word's adjective or prefix names (`französische`, `US-amerikanischen`)."""
    lex = lexicon()
    low = fold(word)
    if "-" in low:
        pre, _, rest = low.partition("-")
        c = lex.country_prefixes.get(pre) or lex.countries.get(pre)
        if c is not None and not rest[:1].isupper():
            return c
    if not word[:1].islower() and "-" not in low:
        return None
    for stem, country in lex.country_adjectives:
        if low.startswith(stem) and len(low) - len(stem) <= 2:
            return country
    return None


@lru_cache(maxsize=16384)
def _lower_namey(t: str) -> bool:
    """`_Doc.namey` for a lowercase token: al-, a listed lowercase body (ver.di), a brand (iPhone)."""
    return bool(N.ARABIC_ARTICLE.match(t)) or (fold(t),) in lexicon().orgs or BRAND.match(t) is not None


@lru_cache(maxsize=16384)
def _cap_no_name(t: str) -> bool:
    """`_Doc.namey`'s first tests for a capitalised token: punctuation, an article, a pronoun, a
    common noun, a month, a statement noun, a Roman numeral, a company form or the first part of a
    hyphen ellipsis (`Kongress-` und …) is no name."""
    words = lexicon().words
    low = t.lower()
    return (_punct_word(t) or t.endswith("-") or low in words["determiners"] or low in words["pronouns"] or low in _common_nouns()
            or low in _MONTHS or _wrapper_word(low, True) or t in _ROMAN)


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    return frozenset(lexicon().words["common_nouns"])


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(lexicon().words["places"])


_UMLAUTS = set("äöüÄÖÜß")  # German letters: Jörg is no Jorg


@lru_cache(maxsize=16384)
def _given_word(t: str) -> str | None:
    """The gender of a listed given name (`Hans-Peter` by its first part; not `Max-Planck-Institut`)."""
    given = lexicon().given
    g = given.get(t)
    if g is None and not t.isascii() and not any(c in _UMLAUTS for c in t):
        g = given.get(fold(t).capitalize())  # Štefan, Zoë: a listed name with a diacritic of another language
    if g is None and "-" in t and role_of(t) is None:
        g = given.get(t.split("-")[0])
    return g


@lru_cache(maxsize=16384)
def _cap_namey(t: str) -> bool:
    """`_Doc.namey`'s last tests for a capitalised token (after the sentence-initial preposition):
    a listed given name is a name; a role, an age noun, an abstract noun, a country's genitive or
    a place's genitive is none."""
    lex = lexicon()
    low = t.lower()
    if _given_word(t) is not None:
        return True
    if role_of(t) is not None or _AGE_NOUN.match(t):
        return False
    head = low.rsplit("-", 1)[-1]
    if len(head) >= 7 and _COMMON_SUFFIX.search(head):
        return False  # Regierung, Vereinigung; but a hyphenated name like Jae-myung
    if lex.country_genitives.get(fold(t)) is not None and low not in lex.countries:
        return False
    if low.endswith("s") and (low[:-1] in _places() or fold(t[:-1]) in lex.countries):
        return False
    return True


@lru_cache(maxsize=16384)
def _wrapper_word(low: str, cap: bool) -> bool:
    """`_Doc.wrapper` for a lowercased token and whether it counts as capitalised."""
    wrappers, compound = _wrapper_words()
    return (low in wrappers or ("-" in low and low.rsplit("-", 1)[1] in wrappers)
            or (cap and compound.match(low) is not None))


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
        # a word with digits glued to it (wiki markup: Arnold25px) is no word of a name; acronyms
        # with digits (G8, B52) stay
        self.caps = [t[:1].isupper() and not (_GLUED_DIGITS.search(t) and not _ACRONYM.match(t)) for t in self.text]
        self.sent = [t.sentence for t in toks]
        self.starts = [t.start for t in toks]
        self.para = [t.paragraph for t in toks]
        self.sent_first = [s.first for s in document.sentences]
        self.dets = words["determiners"]
        self.indef = set(words["indefinite"])
        self.preps = set(words["prepositions"])
        self.cut_preps = set(words["cut_prepositions"])
        self.opening_preps = self.preps | self.cut_preps | set(words["other_prepositions"])  # never a name opening a sentence
        self.pronouns = words["pronouns"]
        self.common = _common_nouns()
        self.org_gender = words["org_gender"]
        self.noun_gender = words["noun_gender_endings"]
        self.places = _places()
        self.person_particles = set(words["person_particles"])
        self.object_pronouns = set(words["object_pronouns"])
        self.object_determiners = set(words["object_determiners"])
        self.generations = {fold(k): v for k, v in words["generation_suffixes"].items()}
        self.party_body_heads = {fold(w) for w in words["party_body_heads"]}
        self.noun_endings = tuple(words["common_noun_endings"])
        self.untyped_body_nouns = set(words["untyped_body_nouns"])
        self.institution_nouns = {noun: frozenset(groups) for noun, groups in words["institution_nouns"].items()}
        self.town_nouns = set(words["town_nouns"])
        self.town_endings = tuple(self.town_nouns)  # der Partnerstadt, der Gemeinde: a place's noun at a word's end
        self.quote_mark = [t.norm in _QUOTES for t in toks]
        self.narr_prev_narrative = True
        # tokens inside long quotations are speech, not narration: no antecedents there
        self.in_long_quote = [False] * self.n
        in_quote = [t.in_quote for t in toks]
        i = 0
        while i < self.n:
            if in_quote[i]:
                j = i
                while j < self.n and in_quote[j]:
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
            inside = sum(in_quote[sent.first : sent.last])
            if inside * 2 < sent.last - sent.first or not self.narr or self.narr_prev_narrative:
                count += 1
            self.narr_prev_narrative = inside * 2 < sent.last - sent.first
            self.narr.append(count)
        self.entities: list[Entity] = []
        self.dateline_place = self._dateline_place()
        self.dateline_end = self._dateline_dash()
        self.refs: list[Ref] = []
        self.ref_pos: list[int] = []
        self.covered = bytearray(self.n)
        self.by_alias: dict[str, Entity] = {}
        self.govs: dict[str, Entity] = {}
        self._positions: dict[str, list[int]] | None = None
        self._namey: list[bool | None] = [None] * self.n
        self._given: list = [_UNSET] * self.n  # given(i), computed once per token
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
    def _dateline_place(self) -> int | None:
        """Where the place of the article's dateline ends (`Schwäbisch Hall (dpa/lsw) –`, `Warschau –`), if it has one."""
        k = 0
        while k < min(self.n, MAX_DATELINE_WORDS) and self.caps[k] and not self.is_punct(k):
            k += 1
        return k if 0 < k < self.n and self.norm[k] in ("(", "–", "-") else None

    def _dateline_dash(self) -> int | None:
        """The dash that ends the article's dateline (`Hannover –`, `Schwäbisch Hall (dpa/lsw) –`), if any."""
        k = self.dateline_place
        if k is not None and self.norm[k] == "(":
            k = next((x + 1 for x in range(k, min(self.n - 1, k + 8)) if self.norm[x] == ")"), self.n)
        return k if k is not None and k < self.n and self.norm[k] in ("–", "-") else None

    def cap(self, i: int) -> bool:
        return self.caps[i]

    def is_punct(self, i: int) -> bool:
        return _punct_word(self.text[i])

    def given(self, i: int) -> str | None:
        g = self._given[i]
        if g is _UNSET:
            g = self._given[i] = _given_word(self.text[i])
        return g

    def country_adj(self, i: int) -> Country | None:
        return _country_adj_word(self.text[i])

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
            return _lower_namey(t)
        if i > 0 and self.text[i - 1] in _VIETNAMESE_MIDDLE and self.caps[i] and t.isalpha():
            return True  # Vũ Thị Mai, Nguyễn Văn An: the word after the middle name is the given name, no month or noun
        if not self.caps[i] or self.quote_mark[i] or _cap_no_name(t):
            return False
        if t.endswith(".") and i + 1 < self.n and self.text[i + 1][:1].isdigit():
            return False  # Nr. 11, Abs. 2: an abbreviation before its number
        low = self.low[i]
        if low in self.opening_preps and low not in self.person_particles and (
                i == 0 or self.sent_first[self.sent[i]] == i or self.is_punct(i - 1)):
            return False  # Gegen Swantje Hartmann, Außer Vandamme: a preposition opening the sentence
        return _cap_namey(t)

    def wrapper(self, i: int) -> bool:
        """Is token i a statement or source noun (`Angaben`, `NASA-Angaben`, `Kernaussage`)?"""
        return _wrapper_word(self.low[i], self.caps[i])

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

    def noun_before_name(self, i: int) -> bool:
        """Is token i a word in front of a person's name rather than part of it: a party (der
        Linken Jonas Wehrstedt), a noun after a genitive article (not `van der` Bellen), an agent
        noun (Kämmerin)?"""
        if fold(self.text[i]) in self.lex.parties or (self.given(i) is None and agent_noun(self.text[i])):
            return True
        if self.given_gender_clash(i):
            return True
        if (i + 2 < self.n and self.given(i) is None and self.given(i + 1) is None and description_noun(self.text[i])
                and self.namey(i + 1) and (self._recurring_surname(i + 1) or self._described_pair(i + 1))):
            return True  # der Region Elsass | Adrien Zeller: a word before an unlisted given name
        return (i > 0 and self.low[i - 1] in ("der", "des") and self.given(i) is None
                and not (i > 1 and self.low[i - 2] in self.lex.particles))

    def given_gender_clash(self, i: int) -> bool:
        """`(von San) Francisco Dianne Feinstein`: a man's given name right before a woman's (or the
        other way round) that a surname follows ends what stands before the name, not a given name
        of the person (Maria, Marie stand in men's names too: Rainer Maria Rilke)."""
        if i + 2 >= self.n or fold(self.text[i + 1]) in _MIDDLE_ANY or fold(self.text[i]) in _MIDDLE_ANY:
            return False
        a, b = self.given(i), self.given(i + 1)
        return a in ("m", "f") and b in ("m", "f") and a != b and self.namey(i + 2) and self.given(i + 2) is None

    def unlisted_given(self, i: int) -> bool:
        """May token i be a given name no list has: before a particle that is no German preposition
        (`Marieke van der Hoeven`), or after a nationality or role noun (`die Niederländerin Marieke …`)?"""
        if (i + 2 >= self.n or self.given(i) is not None or not self.namey(i) or self.low[i] in self.lex.titles
                or self.noun_before_name(i) or declined_adjective(self.text[i])):
            return False  # not: der Deutsche Olympische Sportbund
        if self.particle(i + 1) and self.low[i + 1] not in self.preps and self.low[i + 1] not in self.cut_preps:
            return True
        prev = self.text[i - 1] if i > 0 else ""
        if self.namey(i + 1) and self.cap(i - 1) and (fold(prev) in self.lex.demonyms or agent_noun(prev)):
            return True
        return self._recurring_surname(i) or self._described_pair(i)

    def _described_pair(self, i: int) -> bool:
        """`der Kurde Raed Dschuhi,`: a noun for a person after an article, then exactly two
        capitalised words that are no German words: an unlisted given name and a surname."""
        j = i + 1
        if i < 2 or not self.cap(i - 1) or not self.namey(j):
            return False
        k = i - 2
        while k > 0 and i - k <= 4 and self.low[k] not in self.dets and (
                self.text[k][:1].islower() and _ADJ_ENDING.search(self.low[k]) or self.country_adj(k) is not None):
            k -= 1  # der US-amerikanische Linksintellektuelle Noam Chomsky
        if self.low[k] not in ("der", "dem", "den", "des", "die"):
            return False
        if j + 1 < self.n and (self.cap(j + 1) or self.quote_mark[j + 1]) or self.given(j) is not None:
            return False
        role = role_of(self.text[i - 1])
        if (role is not None and role.cls != "person" or not (_noun(self.text[i - 1]) or description_noun(self.text[i - 1]))
                or self.low[i - 1].endswith(_THING_ENDINGS) or self.low[i - 1].endswith(self.town_endings)):
            return False  # der Kurde Raed Dschuhi; not der Provinz Surat Thani, der Partnerstadt Nowa Wola
        if j + 1 < self.n and self.text[j + 1][:1].isdigit():
            return False  # der City Climate Conference 2009
        return all(proper_word(self.text[k]) and not _ACRONYM.match(self.text[k]) and "-" not in self.text[k] for k in (i, j))

    def _recurring_surname(self, i: int) -> bool:
        """`gegen Ratko Mladić` … `Mladić hat`: two capitalised words that are no German nouns, not
        after an article (die Premium Aerotec), whose second word the article also writes alone
        (or in the genitive): an unlisted given name and a surname."""
        j = i + 1
        if not self.namey(j) or self.given(j) is not None or i > 0 and (
                self.low[i - 1] in self.dets or self.low[i - 1] in _CONTRACTED_ARTICLES or self.quote_mark[i - 1]):
            return False
        if i > 0 and self.cap(i - 1) and self.namey(i - 1) and self.sent_first[self.sent[i]] < i and not description_noun(self.text[i - 1]):
            return False  # National United Front, Das Rote Kreuz: inside a longer name (not: der Region Elsass Adrien Zeller)
        if j + 1 < self.n and self.low[j + 1] in _CONNECTORS:
            return False  # United Front of …
        first, last = self.text[i], self.text[j]
        if last.endswith("s") and self.positions(last[:-1]):
            return False  # Kreuz Haitis: a genitive of a name the article writes
        if len(last) < 3 or "-" in first or _ACRONYM.match(first) or _ACRONYM.match(last) or self.type_word[j]:
            return False
        for w in (first, last):
            f = fold(w)
            if (f in self.lex.countries or f in self.lex.demonyms or f in self.lex.parties or self.low[j] in self.places
                    or role_of(w) is not None or agent_noun(w) or self.wrapper(j)):
                return False
        if description_noun(first) or inflected_noun(first) or declined_adjective(first) or self.low[i] in self.lex.particles or self.low[i] in self.cut_preps:
            return False  # many surnames are words (Zeller), given names seldom: das Dorf Dudschail, Von Obama
        if (fold(first),) in self.lex.orgs or (fold(last),) in self.lex.orgs or fold(first) in self.lex.org_first:
            return False
        if j + 1 < self.n and self.type_word[j + 1] or _ACRONYM.match(last.split("-")[0]):
            return False  # Spirt Avert AG, US-Dollar
        for p in self.positions(first):
            if p != i and not (p + 1 < self.n and self.cap(p + 1) and self.namey(p + 1)) and self.sent_first[self.sent[p]] < p:
                return False  # So kritisierte Rajoy Zapatero … der Herausforderer Rajoy: a surname itself
        k = i - 1
        while k >= 0 and i - k <= 3 and self.text[k][:1].islower() and _ADJ_ENDING.search(self.low[k]):
            k -= 1
        if k >= 0 and k < i - 1 and (self.low[k] in self.dets or self.low[k] in _CONTRACTED_ARTICLES):
            return False  # der regierenden Neuen Front, der indonesischen Insel Bali
        for p in self.positions(last) + self.positions(last + "s"):
            if p == j or self.text[p - 1] == first or p + 1 < self.n and self.cap(p + 1) and self.namey(p + 1):
                continue  # the pair again, or a longer name (Mladić Holding)
            if self.cap(p - 1) and self.namey(p - 1) and (self.sent_first[self.sent[p]] < p - 1 or not _noun(self.text[p - 1])):
                return False  # Mars Express after Venus Express, Rop Gonggrijp after Außer Gonggrijp: another name
            if self.low[p - 1] in self.dets:
                continue  # die Aerotec: a body
            return True
        return False

    def particle(self, i: int) -> bool:
        return self.low[i] in self.person_particles and self.text[i][:1].islower()

    # ---- refs
    def add_ref(self, first: int, last: int, entity: Entity, speaker: bool = False) -> Ref:
        sentence = self.sent[first] if first < self.n else 0
        sf = self.sent_first[sentence] if self.sent_first else 0
        lead = sf
        if sf == 0 and self.dateline_end is not None and first > self.dateline_end:
            lead = self.dateline_end + 1  # `Hannover – Der Verband …`: the subject after the dateline
        while lead < first and (self.is_punct(lead) or self.quote_mark[lead]):
            lead += 1
        # in a prepositional phrase, also a mention that starts with its preposition (An die Regierung X): no subject
        pp = (first < self.n and self.low[first] in self.preps) or first > 0 and (self.low[first - 1] in self.preps or self.low[first - 1] == "des")
        subject = not pp and (first <= lead or (first == lead + 1 and self.low[lead] in self.lex.words.get("adverbs_before_name", ())))
        ref = Ref(first, last, sentence, entity, subject, pp, speaker)
        k = bisect.bisect_right(self.ref_pos, first)
        self.ref_pos.insert(k, first)
        self.refs.insert(k, ref)
        return ref

    def refs_before(self, pos: int) -> list[Ref]:
        """The latest references before `pos` (at most MAX_LOOKBACK: keeps book-length input linear)."""
        end = bisect.bisect_left(self.ref_pos, pos)
        return self.refs[max(0, end - MAX_LOOKBACK) : end]

    def abbreviated_body(self, name: str) -> Entity | None:
        """The one body of the article that `name` abbreviates or spells out (`KBV` after
        `Kassenärztliche Bundesvereinigung`, `LKA Bayern` after `Bayerisches Landeskriminalamt`,
        and back; a body known by its abbreviation so far takes the long name)."""
        short_here = any(N.is_abbreviation(w) for w in name.split())
        found = None
        for ent in self.entities:
            if ent.kind == "person" or not ent.name or ent.members is not None or ent.gov is not None:
                continue
            if short_here and N.abbreviates(name, ent.name) or N.abbreviates(ent.name, name):
                if found is not None and found is not ent:
                    return None
                found = ent
        if found is not None and not short_here and found.canon is None:
            found.aliases.add(fold(found.name))
            found.name = name  # the body named by its abbreviation first: its long name is its name
        return found

    def last_ref(self, entity: Entity, pos: int) -> int:
        best = -1
        for r in self.refs_before(pos):
            if r.entity is entity:
                best = r.pos
        return best


MAX_LOOKBACK = 400
MAX_DATELINE_WORDS = 4  # the place of a dateline: Schwäbisch Hall, Frankfurt am Main
_NAME_CUE_WINDOW = 5  # a type word (AG, FC) or an attribute (aus Norwegen, (44)) this close to a name


def _cue_ahead(cues: list[bool]) -> list[bool]:
    """For each token: is there a cue at it or among the next _NAME_CUE_WINDOW - 1 tokens (one pass)?"""
    ahead = [False] * len(cues)
    last = -_NAME_CUE_WINDOW
    for k in range(len(cues) - 1, -1, -1):
        if cues[k]:
            last = k
        ahead[k] = last - k < _NAME_CUE_WINDOW and last >= k
    return ahead
