"""Reading a mention (or a noun phrase in the text) into a `Phrase`: name runs, bodies, roles,
governments, coordinations and appositions (`_phrase` is the entry point)."""
from __future__ import annotations

import re
from functools import lru_cache

from saidwhat.resolve import names as N
from saidwhat.resolve.names import Country, Demonym, KnownOrg, Role, fold, lexicon, role_of
from saidwhat.resolve.speakers.doc import (
    BRAND, _ACRONYM, _ADJ_CASE, _ADJ_ENDING, _AGE_ADJ, _AGE_NOUN, _COMMON_SUFFIX, _CONJ, _CONNECTORS, _GOV_HEADS,
    _GOVERNMENT, _ORDINAL, _ROMAN, _Doc, _given_word, _norm_role_word, _noun, agent_noun, description_noun, inflected_form, noun_compound, plural_verb, proper_word,
)
from saidwhat.resolve import source_lexicon
from saidwhat.resolve.source_lexicon import _TIME_WORDS
from saidwhat.resolve.speakers.model import Entity, Phrase

NUMBERED = re.compile(r"^\d{1,2}\.$")  # an ordinal in figures between article and noun: Der 6. Strafsenat
_MAX_FIELD_ADJECTIVES = 3
_FIELD_ARTICLES = {"den", "die", "das"}
_MAX_FIELD_WORDS = 6  # Institut für Kognitions- und Neurowissenschaften
_MIN_NOUN_BEFORE_NAME = 12  # Gewerkschaftsfunktionär Bernard Aubin; given names are shorter
_MIN_BARE_COMPOUND_PART = 5  # Schlager|ikone before a name is a description; Alb|recht, Ger|linde are given names


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
        if j == i + 1 and j + 1 == end and d.cap(j) and not d.is_punct(j) and i > 0 and _person_role(d, i - 1):
            j += 1  # Amtsdirektorin Elfriede Kainzbauer: the last word after a role and a name is the surname, also a role's compound
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


def _glued(d: _Doc, j: int) -> bool:
    """Does token j touch the tokens before and after it, no space between (O’Leary, Lüneburg/Uelzen)?"""
    return 0 < j < d.n - 1 and d.starts[j] == d.starts[j - 1] + len(d.text[j - 1]) and d.starts[j + 1] == d.starts[j] + 1


def _glued_apostrophe(d: _Doc, j: int) -> bool:
    """`O’Leary`, `D'Alema`: an apostrophe between two letters inside one name is no quote mark."""
    return d.text[j] in ("’", "'") and _glued(d, j) and d.cap(j + 1)


def _genitive_apostrophe(d: _Doc, j: int) -> bool:
    """`Thiers' Bürgermeisterin`, `Cannes' Festival`: an apostrophe glued to a name ending in an
    s sound and followed by a space marks that name's genitive."""
    return (d.text[j] in ("’", "'") and 0 < j < d.n - 1 and d.namey(j - 1) and d.low[j - 1].endswith(("s", "x", "z", "ß"))
            and d.starts[j] == d.starts[j - 1] + len(d.text[j - 1]) and d.starts[j + 1] > d.starts[j] + 1)


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


_PORTUGUESE_LINKS = {"do", "dos"}  # Observatório do Clima (not `da`, `das`: German words and particles of persons' names)


def _org_run(d: _Doc, i: int, end: int, first_any: bool = False) -> int:
    j = i
    if first_any and j < end and d.cap(j) and not d.quote_mark[j] and d.low[j] not in d.dets and d.low[j] not in d.common:
        j += 1  # die Arbeitsgemeinschaft Grundsicherung: a common noun may start the name
    while j < end and j - i < 8:
        # Hindelang eG; a figure goes on a name (Hannover 96), opens none (der Konzern 120 Millionen Euro)
        if d.namey(j) or d.text[j][:1].isdigit() and (j > i or not d.text[j].isdigit()) or _ACRONYM.match(d.text[j]) or j > i and d.type_word[j]:
            j += 1
            continue
        if j > i and d.cap(j) and not d.quote_mark[j] and d.low[j] not in d.dets and d.low[j] not in d.pronouns and d.low[j] not in d.common:
            j += 1  # Hamburger Stadtreinigung, Deutsche Gesellschaft
            continue
        if j > i and _without_borders(d, j - 1, end) > j:
            j += 2  # Apotheker ohne Grenzen
            continue
        closing = _name_pp_end(d, i, j, end) if j > i else j
        if closing > j:
            j = closing  # die Evangelische Kirche in Deutschland
            continue
        if j > i and d.low[j] == "&" and j + 1 < end and d.cap(j + 1):
            j += 2  # Haus & Grund: an ampersand joins any two capitalised words into one name
            continue
        if j > i and d.text[j] == "/" and j + 1 < end and _glued(d, j) and d.namey(j + 1):
            j += 2  # Polizeiinspektion Lüneburg/Uelzen: a glued slash joins the places of one body
            continue
        if j > i and (d.low[j] in _CONNECTORS or d.low[j] in _PORTUGUESE_LINKS) and j + 1 < end and d.namey(j + 1) and not (d.low[j] == "des" and description_noun(d.text[j - 1])):
            j += 1  # Ligue des Droits; not: Betreiber des Flughafens (a German genitive)
            continue
        break
    return j


def _without_borders(d: _Doc, i: int, end: int) -> int:
    """`Ärzte ohne Grenzen`, `Reporter ohne Grenzen`: a plural noun and `ohne Grenzen` is the name
    of an aid or advocacy body (end index; i if none)."""
    return i + 3 if i + 3 <= end and d.cap(i) and d.low[i + 1] == "ohne" and d.low[i + 2] == "grenzen" else i


def _person_name(d, ph, start: int, run: int, end: int):
    """The phrase is the person named by tokens [start, run), with aliases from a parenthesis."""
    if run < end and d.low[run] in d.generations:
        run += 1  # Reuter senior
    for k in range(start + 1, run - 1):
        if d.low[k] in d.lex.titles and description_noun(d.text[start]):
            start = k  # Privatdozent Dr. Dittrich: a noun and a title before the name
            break
    while run - start > 2 and d.given_gender_clash(start):
        start += 1  # (von San) Francisco Dianne Feinstein: a place's last word before the name
    while run - start > 1 and d.low[start] in d.lex.titles:
        ph.gender = ph.gender or d.lex.titles[d.low[start]]
        start += 1  # Prinz Faisal: the title is no part of the name
    ph.kind = "person"
    ph.person = N.parse_person(_name_words(d, start, run))
    ph.first, ph.last = start, run
    ph.aliases |= _paren_aliases(d, run, end, acronyms_only=True)
    _paren_extra(d, ph, run, end)
    return ph


def _as_org(ph: Phrase, name: str, first: int, last: int, aliases: set[str] | frozenset[str] = frozenset()) -> Phrase:
    """Make `ph` the body `name` on tokens [first, last), known by its folded name and `aliases`."""
    ph.kind, ph.name = "org", name
    ph.aliases |= {fold(name)} | aliases
    ph.first, ph.last = first, last
    return ph


def _quoted_name(d, ph, start: int, end: int) -> bool:
    """A name in quote marks (`die Partei „Einiges Russland“`) makes the phrase an organization."""
    q = _quoted(d, start, end)
    if q <= start:
        return False
    _as_org(ph, _strip_quotes(_nominative_name(d, start + 1, q - 1)), start, q, _paren_aliases(d, q, end))
    return True


def _quoted_adjective(d: _Doc, i: int, end: int) -> bool:
    """Is a lowercase word with an adjective's ending in quote marks at i, before a capitalised word
    (`„preußischen“ Justizbeamten`): an attribute set off by the writer, no name?"""
    return (_quoted(d, i, end) == i + 3 and i + 3 < end and d.text[i + 1][:1].islower()
            and _ADJ_ENDING.search(d.low[i + 1]) is not None and d.cap(i + 3))


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


@lru_cache(maxsize=16384)
def _may_open_org(word: str) -> bool:
    """May a listed body's name begin with this word (also in the genitive: des Bundestags)?"""
    org_first = lexicon().org_first
    first = fold(word)
    return first in org_first or first[:-1] in org_first or (first.endswith("s") and first[:-2] in org_first)


def _known_org(d: _Doc, i: int, end: int) -> tuple[KnownOrg, int] | None:
    lex = d.lex
    if not _may_open_org(d.text[i]):
        return None
    for k in range(min(end, i + 5), i, -1):
        key = tuple(fold(d.text[x]) for x in range(i, k))
        org = lex.orgs.get(key) or lex.orgs.get(_nominative_adjectives(key))
        if org is None and key[-1].endswith("s") and len(key[-1]) > 4:
            org = lex.orgs.get(key[:-1] + (key[-1][:-2] if key[-1].endswith("es") else key[-1][:-1],)) or lex.orgs.get(key[:-1] + (key[-1][:-1],))
        if org is None and key[-1].endswith(("ern", "eln")):
            org = lex.orgs.get(_nominative_adjectives(key[:-1] + (key[-1][:-1],)))  # den Freien Wählern: a dative plural
        if org is not None:
            return org, k
    return None


def _nominative_adjectives(words: tuple[str, ...]) -> tuple[str, ...]:
    """`deutschen presse-agentur` → `deutsche presse-agentur`: adjectives of a name in its dative
    or genitive form (der Deutschen Umwelthilfe) back to the form the name is listed with."""
    return tuple(w[:-1] if k < len(words) - 1 and w.endswith("en") and len(w) > 4 else w for k, w in enumerate(words))


def _nominative_name(d: _Doc, first: int, last: int) -> str:
    """An unknown body's name as the nominative without article names it: `von der Deutschen
    Umwelthilfe` → `Deutsche Umwelthilfe`, `Der Deutsche Wetterdienst` → `Deutscher Wetterdienst`,
    `Das Rote Kreuz` → `Rotes Kreuz`, `des Auswärtigen Amtes` → `Auswärtiges Amt`, `die Hamburger
    Grünen` → `Hamburger Grüne` (see `_nominative_words`)."""
    surface = _surface(d, first, last)
    return " ".join(_nominative_words(d, surface.split(" "), _article_before(d, first)))


_MAX_ADJ_BEFORE_NAME = 3  # der neue „Oberste Rat …“, der 2004 gegründete …
_ARTICLE_CASES = {"der": "der", "die": "die", "das": "das", "des": "des", "dem": "dem", "den": "den",
                  "zur": "der", "im": "dem", "am": "dem", "vom": "dem", "zum": "dem", "beim": "dem"}


def _article_before(d: _Doc, first: int) -> str:
    """The article (a contraction as its article: im → dem, zur → der) that declines the name
    starting at `first`, past a quote mark and lowercase adjectives between them (`der neue
    „Oberste Rat“`); "" if none."""
    k = first - 1
    if k >= 0 and d.quote_mark[k]:
        k -= 1
    skipped = 0
    while k >= 0 and skipped < _MAX_ADJ_BEFORE_NAME and d.text[k][:1].islower() and d.low[k] not in _ARTICLE_CASES and (
        _ADJ_ENDING.search(d.low[k]) or d.text[k].isdigit()
    ):
        k -= 1
        skipped += 1
    return _ARTICLE_CASES.get(d.low[k], "") if k >= 0 else ""


def _declined_adjective(d: _Doc, w: str) -> bool:
    """A capitalised adjective of a name with a weak or oblique ending (Deutsche, Vereinten, Rote)."""
    m = _ADJ_CASE.search(w)
    return (m is not None and w[:1].isupper() and w not in d.lex.given and m.start() >= 3
            and _adjective_stem(w[: m.start()]))


def _noun_gender(d: _Doc, head: str) -> str:
    """The gender of a noun: a body's head noun as listed (Sportbund), else by its ending."""
    gender = _head_gender(d, head)
    if gender:
        return gender
    low = head.lower().rsplit("-", 1)[-1]
    for k in range(max(0, len(low) - 1)):
        gender = d.noun_gender.get(low[k:])
        if gender is not None:
            return gender
    return ""


def _genitive_base(word: str) -> str:
    """Amtes → Amt, Rundfunks → Rundfunk, Komitees → Komitee, Gebäudes → Gebäude: a noun without
    its genitive singular ending (the word itself if it has none)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")) or _ACRONYM.match(word[:-1]):
        return word
    if word.endswith("es") and not word.endswith("ees") and len(word) > 4:
        short, long = word[:-2], word[:-1]
        if not _noun(short) and _noun(long):
            return long  # Gebäudes
        return short
    return word[:-1]


def _nominative_words(d: _Doc, words: list[str], det: str) -> list[str]:
    """A body's name after the article `det` (der die das des dem den; "" none) in the strong
    nominative without article, the form it is listed with. The ending of its leading adjectives
    shows the case: after der an -e is the masculine nominative (Der Deutsche Wetterdienst →
    Deutscher), an -en the feminine or plural oblique (der Deutschen Bahn → Deutsche); after die an
    -en the plural (Die Vereinten Nationen → Vereinte); after das an -e the neuter (Das Rote Kreuz →
    Rotes); after des, dem and den the head noun's gender decides (des Auswärtigen Amtes →
    Auswärtiges Amt, den Vereinten Nationen → Vereinte). After des the last word of the name loses
    its genitive ending (des Berliner Verfassungsschutzes); a nominalised adjective as the head
    takes the plural nominative (die Hamburger Grünen → Hamburger Grüne). Words after the first
    lowercase word (zur Wiederherstellung der Demokratie) stay as written."""
    if not det:
        return words
    words = list(words)
    run = 0
    while run < len(words) and words[run][:1].isupper():
        run += 1
    if run == 0:
        return words
    adj = 0
    declined = []
    while adj < run - 1 and (_declined_adjective(d, words[adj]) or words[adj].endswith("er") and len(words[adj]) > 4):
        if not words[adj].endswith("er"):  # Frankfurter, Berliner: indeclinable
            declined.append(adj)
        adj += 1
    last = run - 1
    if det == "des" and words[last].endswith("s"):
        words[last] = _genitive_base(words[last])
    if det == "des" and adj < last and words[adj].endswith("s") and _noun(_genitive_base(words[adj])):
        words[adj] = _genitive_base(words[adj])  # des Erzbistums Köln, des Bundes Naturschutz: the head before a name
    head = words[adj]
    gender = _noun_gender(d, head)
    plural_head = head.endswith("n") and gender != "m"
    if declined:
        weak = "en" if words[declined[0]].endswith("en") else "e"
        strong = ""
        if det == "der":
            strong = "er" if weak == "e" else "e"
        elif det == "die":
            strong = "e"
        elif det == "das" and weak == "e":
            strong = "es"
        elif det in ("des", "dem") and weak == "en":
            strong = "es" if gender == "n" else "er"
        elif det == "den" and weak == "en":
            strong = "e" if plural_head else "er"
        if strong:
            for k in declined:
                if words[k].endswith(weak):
                    words[k] = words[k][: len(words[k]) - len(weak)] + strong
    nominalised = (adj == last and head.endswith("en") and len(head) > 5 and head not in d.lex.given and _adjective_stem(head[:-2])
                   and head.lower() not in d.places)  # not a place: Verbraucherzentrale Nordrhein-Westfalen
    if nominalised and (det in ("die", "der") or det == "den" and plural_head):
        words[adj] = head[:-1]  # die Grünen, der Linken → Grüne, Linke
    return words


_ADJ_STEM = re.compile(r"(?:isch|lich|ig|igt|bar|sam|haft|los|al|iv|är|ell|eint|ert|deutsch|rot|neu|frei|grün|weiß|schwarz|alt|groß|hoh|ober|unter|ost|west|nord|süd|oberst|höchst|erst|est|link|jung|gemein|klein|nah|fern|blau|gelb|braun|golden|end)$")


def _adjective_stem(stem: str) -> bool:
    """Is this (capitalised) word without its ending an adjective: Österreichisch, Bayerisch,
    Vereint, Rot, a place's in -sch (Münstersch; not a plural noun such as Kliniken, Frauen, Menschen)?"""
    low = stem.lower()
    return bool(_ADJ_STEM.search(low)) or low.endswith("sch") and len(low) > 6 and not _noun(stem)


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
    if _nominative_adjectives(key) in d.lex.orgs and key not in d.lex.orgs:
        # der Internationalen Atomenergieorganisation: the listed form the article writes, not the canonical one
        return " ".join(_nominative_adjectives(tuple(surface.split(" "))))
    if key not in d.lex.orgs:  # a genitive (des Spiegels) or a dative plural (Freien Wählern)
        for cut in (2, 1):
            if _nominative_adjectives(key[:-1] + (key[-1][:-cut],)) in d.lex.orgs:
                return " ".join(_nominative_adjectives(tuple(surface[:-cut].split(" "))))
    return _nominative_name(d, first, last)  # Die Vereinten Nationen → Vereinte Nationen


def _surface(d: _Doc, first: int, last: int) -> str:
    if first >= last:
        return ""
    text = d.document.text
    out = [d.text[first]]
    for i in range(first + 1, last):
        if d.starts[i] > d.starts[i - 1] + len(d.text[i - 1]):
            out.append(" ")
        out.append(d.text[i])
    if _ACRONYM.match(out[-1][:-1]) and out[-1].endswith(".") and (last == d.n or d.sent[last] != d.sent[last - 1]):
        out[-1] = out[-1][:-1]  # dem Sozialverband VdK.: the sentence's period glued to an acronym
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
        if last > j and (d.given(k) is not None or d.unlisted_given(k)) and k + 1 < e and d.namey(k + 1):
            break  # der Russischen Föderation | Sergei Lawrow
        if d.cap(k) or d.known_lower(k):
            last = k
        elif low in ("des", "der") and last > j:
            pass
        elif low in d.dets or low in d.preps or not _ADJ_ENDING.search(low) or k + 1 >= e or not (d.cap(k + 1) or _ADJ_ENDING.search(d.low[k + 1])):
            break
        k += 1
    if last > j:
        return _object_end(d, last + 1, e)  # der Hersteller | von Nährmitteln aus Getreide und Reis
    return j


_OBJECT_PREPS = {"von", "aus", "für"}
_OBJECT_LINKS = _OBJECT_PREPS | _CONJ
_ORGAN_GROUPS = {"kommission", "führung", "abteilung"}  # bodies inside a body that stand for it: Tarifkommission, Führung, Pressestelle
_MAX_OBJECT_WORDS = 8


def _object_end(d: _Doc, k: int, e: int) -> int:
    """`(Verband der Hersteller) von Nährmitteln aus Getreide und Reis`: after an agent noun at
    k-1 (a role noun or a word for someone who does something), what is done to bare nouns without
    an article (`von Nährmitteln`) belongs to the name; end index (k if none)."""
    if not (k < e and d.low[k] == "von" and d.cap(k - 1) and (role_of(d.text[k - 1]) is not None or agent_noun(d.text[k - 1]))):
        return k
    end = k
    x = k
    while x + 1 < e and x - k < _MAX_OBJECT_WORDS and d.low[x] in _OBJECT_LINKS:
        y = x + 1
        if not (d.cap(y) and not d.quote_mark[y] and d.low[y] not in d.dets and d.given(y) is None
                and fold(d.text[y]) not in d.lex.countries and fold(d.text[y]) not in d.by_alias and role_of(d.text[y]) is None):
            break
        end = x = y + 1
    return end


def _ends_in_object(d: _Doc, s: int, e: int) -> bool:
    """Does [s, e) end in the object of a body's agent noun (`Verband der Hersteller von Nährmitteln
    aus Getreide`), so that an `und` after it goes on inside it (`und Reis`)?"""
    return any(d.low[k] == "von" and _object_end(d, k, e) == e and any(_body_noun(d, x) for x in range(s, k - 1))
               for k in range(s + 2, e - 1))


def _body_noun(d: _Doc, i: int) -> bool:
    role = role_of(d.text[i])
    return role is not None and role.cls == "org"


def _members_plural(d: _Doc, i: int) -> bool:
    """Is token i (after a genitive `der`) the plural of a noun for people (Gemüsebauern, Ärzte),
    no feminine singular (der Ärztin)?"""
    return _person_role(d, i) and not d.low[i].endswith("in")


def _person_role(d: _Doc, i: int) -> bool:
    role = role_of(d.text[i]) if d.cap(i) else None
    return role is not None and role.cls == "person"


def _field_end(d: _Doc, j: int, e: int) -> int:
    """`für Migration und Flüchtlinge`, `für Kognitions- und Neurowissenschaften`, `für Verkehr, Bau
    und Wohnen`, `für bedrohte Völker` after a body or role noun: the field that names the body or
    office (end index; j if none). A comma goes on inside the field only in a list that an `und`
    closes (not: `für Verkehr, Hans Meier`)."""
    if j >= e or d.low[j] != "für":
        return j
    k = j + 2 if j + 1 < e and d.low[j + 1] in _FIELD_ARTICLES else j + 1  # für den Bodensee
    adjectives = k
    while k < e and k - adjectives < _MAX_FIELD_ADJECTIVES and (_attribute_word(d, k) or k > adjectives and d.low[k] in _CONJ):
        k += 1  # für politische Bildung, für wirtschaftliche und soziale Rechte: adjectives before the field's noun
    if k >= e or not d.cap(k):
        return j
    last = j
    open_comma = 0  # the first comma of a list no `und` has closed yet
    while k < e and k - j <= _MAX_FIELD_WORDS:
        if last > j and (d.given(k) is not None or d.unlisted_given(k)):
            break  # der Bundesagentur für Arbeit | Frank-Jürgen Weise
        if d.cap(k) and not d.is_punct(k) and not d.quote_mark[k]:
            last = k
        elif d.low[k] in _CONJ and last == k - 1:
            open_comma = 0
        elif not (d.norm[k] == "," and last == k - 1):
            break
        elif not open_comma:
            open_comma = k
        k += 1
    if open_comma:
        last = open_comma - 1
    return last + 1 if last > j else j


def _field_goes_on(d: _Doc, s: int, seg_e: int, e: int) -> int:
    """`dem Minister für Verkehr, | Bau und Wohnen Hans Meier`: the end of a `für` field in [s,
    seg_e) that a list goes on with after a comma (seg_e if none)."""
    for k in range(s, seg_e):
        if d.low[k] == "für":
            end = _field_end(d, k, e)
            if end > seg_e:
                return end
    return seg_e


def _descriptive_name(d: _Doc, j: int, run: int) -> bool:
    """`Gewerkschaft Nahrung-Genuss-Gaststätten`, `Landesapothekerverband Baden-Württemberg`: a
    place or a chain of hyphenated nouns after a body noun names the body with that noun; so does a
    word the article writes elsewhere as a place after `in` (der Volksbank Halvenau … in Halvenau)."""
    if run != j + 1:
        return False
    word = d.low[j]
    return (word.count("-") >= 2 or word in d.places or fold(word) in d.lex.countries
            or any(p != j and p > 0 and d.low[p - 1] == "in" for p in d.positions(d.text[j])))


_ASSOCIATIONS = {"verband", "verein", "gewerkschaft"}  # role groups of bodies named by members, not by a seat


def _name_after_field(d: _Doc, k: int) -> bool:
    """Is the word at k a name of its own (no German word, place, person or acronym) after a
    capitalised dictionary noun (`Maschinenindustrie Tekmor`), not a part of that noun's phrase? A
    word in -s there reads as a genitive (der Freunde Lindaus)."""
    t = d.text[k]
    return (d.cap(k) and d.cap(k - 1) and proper_word(t) and not _ACRONYM.match(t) and d.low[k] not in d.places
            and not d.low[k].endswith("s") and d.given(k) is None and not proper_word(d.text[k - 1]))


def _own_name(d: _Doc, j: int, run: int, bare: bool) -> bool:
    """`der Bauernverband Copa-Cogeca`, `die Gewerkschaft Vereinigung Kabine`, `der Verband Haus &
    Grund`: words after an association's noun that are a name of their own (no dictionary word, place
    or acronym, a body noun of its own, a company type, an ampersand) name it without that noun; a
    common noun (`Arbeitgeberverband Pflege`, `Förderverein Freibad Lindhorst`) is what it serves. An
    acronym is the name after the bare kind noun (`die Gewerkschaft EVG`), the abbreviation of a
    compound or qualified noun's name (`Berliner Fahrgastverband IGEB`): part of it."""
    first = d.text[j]
    return (proper_word(first) and d.low[j] not in d.places and (bare or not _ACRONYM.match(first)) or _body_noun(d, j)
            or d.typed_name(j, run) or "&" in d.norm[j:run])


def _place_before_name(d: _Doc, j: int, e: int) -> int:
    """`der Grünen-Fraktionschefin im Landtag, Katharina Schulze`: a short place phrase between a
    role and its name after a comma is part of the role (j unchanged if no name follows)."""
    if j + 3 < e and d.low[j] in ("im", "in", "am", "beim", "aus") and d.cap(j + 1) and d.norm[j + 2] == "," and d.given(j + 3) is not None:
        return j + 2
    return j


_ROLE_PLACE_PREPS = ("im", "in", "am", "beim", "bei")


def _name_after_role_place(d: _Doc, k: int, e: int) -> int:
    """`der Staatssekretär im Wirtschaftsministerium Jörg Meier`, `die Referentin beim Bundesamt für
    Umwelt Eva Roth`: a place phrase at k after a person's role, then a listed given name and a
    surname: the index of the name (k if none)."""
    if not (k + 3 < e and d.low[k] in _ROLE_PLACE_PREPS and _person_role(d, k - 1) and d.cap(k + 1) and d.given(k + 1) is None):
        return k
    m = _field_end(d, k + 2, e)
    return m if d.given(m) is not None and _person_run(d, m, e) >= m + 2 else k


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
            named = _name_after_role_place(d, k, e)
            if named > k:
                k = named  # der Staatssekretär im Wirtschaftsministerium Jörg Meier: the role's place, then its holder
                continue
            if low in ("von", "vom", "zu") and k - 1 >= s and _given_before_particle(d, s, k) and k + 1 < e and (
                d.namey(k + 1) or d.low[k + 1] in ("der", "den", "dem")
            ):
                # particle: Ursula von der Leyen, Karl-Theodor zu Guttenberg
                if not (k + 2 < e and role_of(d.text[k + 2]) is not None):
                    k += 1
                    continue
            if low in ("in", "aus") and k - 1 >= s and (d.low[k - 1] in _GOV_HEADS or low == "in" and _seat_named(d, k - 1)):
                k += 1  # die Regierung in Peking, die US-Botschaft in Riad
                continue
            if low == "um" and _leader_after_um(d, k - 1, e) is not None:
                return e  # die Gruppe um Jana Ott: the leader names the group
            if low in ("in", "im") and _named_place_with_acronym(d, s, k, e):
                k += 3  # die Mission der Vereinten Nationen im Sudan (UNMIS): the acronym names it with its place
                continue
            obj = _object_end(d, k, e) if low == "von" and any(_body_noun(d, x) for x in range(s, k - 1)) else k
            if obj > k:
                k = obj  # der Bundesverband der Hersteller von Nährmitteln aus Getreide: part of the name
                continue
            named_noun = low == "für" and (_body_noun(d, k - 1) or k - 2 >= s and d.cap(k - 1) and d.cap(k - 2) and _name_adjective(d, k - 2)
                                           or _proper_compound(d, k - 1))  # das Lindner-Zentrum für Polarforschung
            field = _field_end(d, k, e) if named_noun else k
            if field > k and not any(_person_role(d, x) for x in range(s, k - 1)):
                k = _field_seat_end(d, field, e)  # das Institut für Weltwirtschaft, die Kammer für Niederbayern in Passau: part of the name
                continue
            closing = _name_pp_end(d, s, k, e)
            if closing > k:
                return e  # das Internationale Komitee vom Roten Kreuz, die Evangelische Kirche in Deutschland
            return k
        k += 1
    return e


def _field_seat_end(d: _Doc, k: int, e: int) -> int:
    """The end of `in` + one capitalised name at k, or `in der`/`im` + a capitalised noun, closing
    the mention or before a parenthesis or comma: the seat or narrower field that ends a body's
    name after its field (`für Niederbayern in Passau`, `für Sicherheit in der Informationstechnik`;
    k if none)."""
    n = k + 2 if k + 2 < e and d.low[k] == "in" and d.low[k + 1] in ("der", "dem") else k + 1
    if n < e and d.low[k] in ("in", "im") and d.cap(n) and (d.namey(n) or n > k + 1 or d.low[k] == "im") and _closes(d, n + 1, e):
        return n + 1
    return k


def _closes(d: _Doc, k: int, e: int) -> bool:
    """Does a name end at k: the mention's end, a parenthesis or a comma?"""
    return k == e or d.norm[k] in ("(", ",")


def _name_pp_end(d: _Doc, s: int, k: int, e: int) -> int:
    """`das Internationale Komitee vom Roten Kreuz`, `die Evangelische Kirche in Deutschland`: after a
    noun made a name by declined capitalised adjectives, a phrase with `von` + a capitalised noun or
    `in` + a country that closes the mention is part of the name (its end; k if none)."""
    first = s + (d.low[s] in d.dets)
    if not (k < e and first < k - 1 and d.cap(k - 1) and not _name_adjective(d, k - 1) and not _person_role(d, k - 1)
            and all(d.cap(x) and _name_adjective(d, x) for x in range(first, k - 1))):
        return k
    low = d.low[k]
    if low == "in":
        country = d.lex.countries.get(fold(d.text[k + 1])) if k + 1 < e else None
        return k + 2 if country is not None and country.name == d.text[k + 1] and _closes(d, k + 2, e) else k
    n = k + 1
    if low == "von" and n < e and d.low[n] in ("der", "dem"):
        n += 1
    elif low != "vom":
        return k
    while n < e and d.cap(n) and _name_adjective(d, n):
        n += 1
    return n + 1 if n < e and d.cap(n) and not _name_adjective(d, n) and _closes(d, n + 1, e) else k


def _named_place_with_acronym(d: _Doc, s: int, k: int, e: int) -> bool:
    """Is `in`/`im` at k, after a body noun, followed by a place and then an acronym in parentheses
    (`die Mission der Vereinten Nationen im Sudan (UNMIS)`), so that the place is part of the name?"""
    return (k + 4 < e + 1 and k + 4 <= d.n - 1 and d.cap(k + 1) and d.norm[k + 2] == "(" and d.norm[k + 4] == ")"
            and _ACRONYM.match(d.text[k + 3]) is not None and (any(_body_noun(d, x) for x in range(s, k)) or _acronym_names(d, s, k + 5))
            and (fold(d.text[k + 1]) in d.lex.countries or d.low[k + 1] in d.places or d.text[k + 3][-1] == d.text[k + 1][0]))


_NAME_LINKS = frozenset({"der", "des", "für", "und", "in", "im", "vom", "von"})


def _acronym_names(d: _Doc, s: int, e: int) -> bool:
    """Does the acronym in parentheses that ends the span name the capitalised words before it (an
    article at s left aside): its letters fit them (`Internationale Organisation für Migration
    (IOM)`), or they are a body's part named with the genitive of a known body, whose acronym may
    be another language's (`Friedenstruppe der Vereinten Nationen in Zypern (UNFICYP)`)? A person's
    name with a party (`Jörg Brandhuber (SPD)`) is neither."""
    s += d.low[s] in d.dets
    k = e - 3
    if k <= s or d.norm[k] != "(" or d.norm[e - 1] != ")" or not _ACRONYM.match(d.text[k + 1]) or d.given(s) is not None:
        return False
    if not d.cap(s) or not all(d.cap(x) or d.low[x] in _NAME_LINKS for x in range(s, k)):
        return False
    return N.abbreviates(d.text[k + 1], _surface(d, s, k)) or any(
        d.low[x] in ("der", "des") and _known_org(d, x + 1, k) is not None for x in range(s + 1, k))


def _named_compound(d: _Doc, word: str, role: Role) -> tuple[str, KnownOrg | None, bool] | None:
    """A body noun after a body's name and a hyphen (`RWE-Konzern`, `Ataka-Partei`,
    `SPD-Landtagsfraktion`): (name, listed body, a body of its own) of what the word names, or None. A kind noun
    (Konzern, Partei, Verband) or a department (Rechtsabteilung, Pressestelle) names the body before
    the hyphen; another body noun (Fraktion,
    Landesverband, Mission) a body of its own with the whole word as its name. The name before the
    hyphen is an acronym (no country: US-Botschaft, EU-Kommission), a party, a listed body or a
    body of the article; before `-Partei` also a word no dictionary knows (Ataka)."""
    prefix, _, head = word.rpartition("-")
    if not prefix or not head[:1].isupper() or not prefix[:1].isupper() or "-" in prefix:
        return None
    key = fold(prefix)
    if key in d.lex.country_prefixes or key in d.lex.countries or key in d.places:
        return None
    known = d.lex.orgs.get((key,))
    party = d.lex.parties.get(key)
    kind = role.base in d.untyped_body_nouns or role.group in ("unternehmen", "partei", "abteilung") or fold(head) in d.party_body_heads
    if not (known is not None or party is not None or _ACRONYM.match(prefix) or key in d.by_alias
            or role.group == "partei" and not _noun(key) or _brand_prefix(d, prefix, role)):
        return None
    if kind:
        return (known.name, known, False) if known is not None else (party or prefix, None, False)
    return _uninflect(word, role), None, True


def _brand_prefix(d: _Doc, prefix: str, role: Role) -> bool:
    """`der niederländischen Fairphone-Stiftung` … `Das Fairphone`: before a body noun, a word no
    dictionary knows that the article also writes alone names the body."""
    return (role.cls == "org" and not _noun(prefix) and not _noun(prefix.lower())
            and any(d.positions(w) for w in (prefix, prefix + "s", prefix + "es")))


_ELLIPSIS_CONJ = _CONJ | {"oder"}


def _ellipsis(d: _Doc, k: int, e: int) -> bool:
    """Is token k the first part of a hyphen ellipsis (`Lesben- und Schwulenverband`,
    `Energie- und Wasserwirtschaft`): a word ending in a hyphen, then und/oder and a capitalised word?"""
    return (d.text[k].endswith("-") and d.cap(k) and k + 2 < e and d.low[k + 1] in _ELLIPSIS_CONJ
            and d.cap(k + 2))


def _head_words(d: _Doc, s: int, r: int, role: Role) -> str:
    """The body noun at r as it stands in a name, with the first part of a hyphen ellipsis before
    it (`Lesben- und Schwulenverband`) or the capitalised adjectives of the name before it in the
    nominative (`des Staatlichen Tierärztlichen Untersuchungsamts` → `Staatliches Tierärztliches
    Untersuchungsamt`, `Die Deutsche Schutzvereinigung`)."""
    head = _uninflect(d.text[r], role)
    if r - 2 >= s and _ellipsis(d, r - 2, r + 1):
        return _surface(d, r - 2, r) + " " + head
    namesake = _namesake_start(d, s, r) if role.head else r
    if namesake < r:
        return _surface(d, namesake, r) + " " + head
    first = r
    while first > s and d.cap(first - 1) and (d.sent_first[d.sent[first - 1]] < first - 1 and _name_adjective(d, first - 1) or _town_adjective(d, first - 1)):
        first -= 1
    if first == r:
        return head
    return " ".join(_nominative_words(d, [d.text[k] for k in range(first, r)] + [head], _article_before(d, first)))


def _namesake_start(d: _Doc, s: int, r: int) -> int:
    """Where the person a body is named after begins before its noun at r (r if none): two given
    names, the second in the genitive (`Eberhard Karls Universität`; not a possessor's surname:
    Anna Webers Verlag), or a given name before a compound of the surname (`Johannes
    Gutenberg-Universität`)."""
    if r - 1 >= s and d.given(r - 1) is not None and "-" in d.text[r] and d.cap(r):
        return r - 1
    second = d.text[r - 1]
    if r - 2 >= s and d.given(r - 2) is not None and second.endswith("s") and _given_word(second[:-1]) is not None:
        return r - 2
    return r


def _name_adjective(d: _Doc, k: int) -> bool:
    """Is token k a declined adjective (Deutsche, Staatlichen; not a country's genitive)?"""
    return bool(_ADJ_ENDING.search(d.low[k])) and _adjective_stem(_ADJ_ENDING.sub("", d.text[k])) and d.country_gen(k) is None


def _town_adjective(d: _Doc, k: int) -> bool:
    """Is token k a place's adjective in -er (Berliner, Dortmunder; Bremer, Dresdner for a place in
    -en), part of a body's name before its noun?"""
    low = d.low[k]
    return low.endswith("er") and (low[:-2] in d.places or low[:-2] + "en" in d.places or low[:-3] + "en" in d.places)


def _seat_named(d: _Doc, k: int) -> bool:
    """Is token k a body named by its seat (Botschaft, Generalkonsulat: `in Riad` is part of the name)?"""
    role = role_of(d.text[k]) if d.cap(k) else None
    return role is not None and role.group == "botschaft"


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
        elif depth == 0 and not inq and (d.low[k] in separators or "und" in separators and _paired_conj(d, k)):
            if k > start and not d.text[k - 1].endswith("-"):
                parts.append((start, k, conj))
                conj = d.low[k] in _CONJ or _paired_conj(d, k)
                start = k + 1
            elif k == start:
                conj = conj or d.low[k] in _CONJ or _paired_conj(d, k)
                start = k + 1
    if start < e:
        parts.append((start, e, conj))
    return parts


def _paired_conj(d: _Doc, k: int) -> bool:
    """Is token k the `als auch` of `sowohl … als auch …`, a coordination like `und`?"""
    return d.low[k] == "als" and k + 1 < d.n and d.low[k + 1] == "auch" or d.low[k] == "auch" and k > 0 and d.low[k - 1] == "als"


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


_PUBLICATION_PLACE = re.compile(r"(?:homepage|website|webseite|seite|portal|ausgabe|blog|account|kanal)$")  # auf der Homepage von X


def _title_end(d: _Doc, k: int, e: int) -> int:
    """After the title a document noun may have before its holder (`eine Studie mit dem Titel „X“
    der Stiftung`, `der Bericht „X“ des Amtes`): the token after the closing quote; k if none."""
    j = k + 3 if k + 3 < e and d.low[k] == "mit" and d.low[k + 1] == "dem" and d.low[k + 2] in ("titel", "namen") else k
    if j >= e or not d.quote_mark[j]:
        return k
    close = next((x for x in range(j + 1, e) if d.quote_mark[x]), None)
    return k if close is None or close + 1 >= e else close + 1


def _wrapper_complement(d: _Doc, k: int, e: int) -> int:
    """Where the holder of a statement noun ending at k-1 begins: after its title (`_title_end`),
    after `von`/`vom` and after a place of publication (`der Meldung auf der Homepage von „X“`); e if
    none, or only a date follows."""
    k = _title_end(d, k, e)
    if k + 1 < e and d.low[k] in ("auf", "in", "im"):
        for x in range(k + 1, min(e, k + 4)):
            if _PUBLICATION_PLACE.search(d.low[x]) and x + 1 < e:
                k = x + 1
                break
    if k < e and d.low[k] in ("von", "vom"):
        k += 1
    if k >= e or (d.is_punct(k) and not d.quote_mark[k]) or d.low[k] in _TIME_WORDS or d.low[k] in ("heute", "gestern"):
        return e
    return k


_MAX_GENITIVE_NAME = 3


def _unwrap(d: _Doc, s: int, e: int) -> Phrase | None:
    """`Angaben der Staatsanwaltschaft`, `ihren Informationen`, `Celebis Angaben`, `NASA-Angaben`,
    `Die Kernaussage von Jerry Larson`: a statement noun (d.wrapper) names its holder."""
    j = s
    possessive = None
    while j < e and (d.low[j] in d.dets or (d.text[j][:1].islower() and not d.quote_mark[j] and not d.namey(j))):
        if d.low[j] in d.pronouns and d.pronouns[d.low[j]][1] == "possessive":
            possessive = d.pronouns[d.low[j]][0]
        j += 1
    if j >= e:
        return None
    w = d.low[j]
    if not d.wrapper(j):
        # a genitive name before the wrapper: Celebis Angaben, Schäubles Idee
        if j + 1 < e and d.wrapper(j + 1) and d.text[j].endswith("s") and d.cap(j):
            ph = _coordination(d, j, j + 1, genitive=True)
            return ph
        return None
    if "-" in w:
        prefix = d.text[j].rsplit("-", 1)[0]
        org = d.lex.orgs.get((fold(prefix),))
        if org is not None:
            return Phrase("org", j, j + 1, name=org.name, org=org)
        if _ACRONYM.match(prefix) and prefix not in d.lex.country_prefixes:
            return Phrase("org", j, j + 1, name=prefix, aliases={fold(prefix)})
    k = _wrapper_complement(d, j + 1, e)
    if k == j + 1 and 0 < e - k <= _MAX_GENITIVE_NAME and d.low[e - 1].endswith("s") and all(d.namey(x) for x in range(k, e)):
        # Die ersten Worte Armstrongs, die Aussagen Neil Armstrongs: a name in the genitive
        if e - k == 1:
            return _coordination(d, k, e, genitive=True)
        words = _name_words(d, k, e)
        words[-1] = words[-1][:-1]
        return Phrase("person", k, e, person=N.parse_person(words))
    if k < e:
        return _phrase(d, k, e)
    if possessive is not None:
        return Phrase("pronoun", s, e, pron=(possessive, "possessive"))
    if any(d.low[x].startswith("eigen") for x in range(s, j)):
        return Phrase("pronoun", s, e, pron=("mfnp", "reflexive"))  # eigenen Angaben zufolge: the subject's own
    return Phrase("empty", s, e)


def _coordination(d: _Doc, s: int, e: int, genitive: bool = False) -> Phrase:
    segments = _split_top(d, s, e, {",", "–", "—"})  # dem Anwalt seiner Familie – Rainer Wittner
    for n in range(len(segments) - 2, -1, -1):
        seg_s, seg_e, conj = segments[n]
        if _field_goes_on(d, seg_s, seg_e, e) > seg_e:
            segments[n : n + 2] = [(seg_s, segments[n + 1][1], conj)]  # für Verkehr, Bau und Wohnen
    items: list[tuple[int, int, bool]] = []
    for seg_s, seg_e, _ in segments:
        lead_conj = False
        while seg_s < seg_e and (d.low[seg_s] in _CONJ or d.low[seg_s] == "sowohl"):
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
                inside = _cut_pp(d, prev_s, prev_e) < prev_e or _ends_in_object(d, prev_s, prev_e) or _field_goes_on(d, prev_s, prev_e, pe) > prev_e
                if inside and not new_np or seg_s > s and _second_complement(d, prev_s, prev_e, ps):
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
                # a listed or unlisted given name, or two words closing the part that are no German words
                unlisted = g + 2 == pe and all(d.namey(x) and proper_word(d.text[x]) for x in (g, g + 1))
                if (d.given(g) is not None or d.unlisted_given(g) or unlisted) and role_of(d.text[g - 1]) is None:
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


def _second_complement(d: _Doc, prev_s: int, prev_e: int, k: int) -> bool:
    """`Hans Meier, Mitglied der Stadtratsfraktion und der Tierschutzpartei`: in an apposition, a
    role noun without an article and a genitive complement; `und` and the same genitive article
    at k add a second complement to the role, no second speaker."""
    return (d.low[k] in ("der", "des") and d.low[prev_s] not in d.dets and _person_role(d, prev_s)
            and any(d.low[x] == d.low[k] for x in range(prev_s + 1, prev_e)))


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


_DEFINITE_ARTICLES = {"der", "die", "das", "des", "dem", "den"}


def _det_info(d: _Doc, s: int, e: int) -> tuple[int, bool, bool, bool, str]:
    """Skip determiners: (next index, definite, indefinite, possessive, gender)."""
    definite = indefinite = possessive = False
    gender = ""
    if s > 0 and d.low[s - 1] in ("im", "am", "vom", "zum", "beim", "ins"):
        definite, gender = True, "mn"
    elif s > 0 and d.low[s - 1] == "zur":
        definite, gender = True, "f"
    elif s > 0 and d.low[s - 1] in _DEFINITE_ARTICLES and (s < 2 or d.norm[s - 2] != ",") and s < e and d.low[s] not in d.dets:
        definite = True  # Nach Angaben des [[Zentralrats der Muslime]]: the mention's article just before it
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


def _genitive_of_named(d: _Doc, k: int) -> bool:
    """Is token k a genitive -s of a name the article writes without it (Thaksins after Thaksin)?"""
    t = d.text[k]
    return len(t) > 3 and t.endswith("s") and not t.endswith("ss") and bool(d.positions(t[:-1]))


def _genitive_attribute_at(d: _Doc, s: int, k: int, e: int) -> bool:
    """Does a genitive attribute of the one word at s start at token k (before e), so that the word
    is a common noun and no body's name: a singular genitive (das Fazit des Berichts), an adjective
    after `der` (die Anzahl der zerstörten Häuser), a strong genitive plural adjective and its noun
    (der Abzug israelischer Truppen), or `der` and a noun after a dictionary noun (des Hauptsponsors
    der Show)? A bare plural after `der` may name a body's members (der Bund der Steuerzahler)."""
    if k + 1 >= e:
        return False
    if d.low[k] == "der":
        return not d.cap(k + 1) or description_noun(d.text[s])
    return d.low[k] == "des" or d.text[k][:1].islower() and d.low[k].endswith("er") and d.cap(k + 1)


def _members_genitive(d: _Doc, k: int, e: int) -> bool:
    """Is `der` and one capitalised noun at k the mention's end, a bare genitive plural after a
    body's head noun that names its members (der Bund der Steuerzahler)?"""
    return k + 2 <= e and d.low[k] == "der" and d.cap(k + 1) and not d.quote_mark[k + 1] and (k + 2 == e or d.is_punct(k + 2))


_DEMONSTRATIVES = {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen"}  # dieser Entwurf: a word pointing back, no name
_GENITIVE_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,}s$")


def _acronym_nominative(d: _Doc, i: int) -> str:
    """`des ZDFs` → `ZDF`: an acronym of capitals after `des` without its genitive -s."""
    t = d.text[i]
    return t[:-1] if i > 0 and d.low[i - 1] == "des" and _GENITIVE_ACRONYM.match(t) else t


def _later_named_role(d: _Doc, r: int, e: int) -> tuple[int, Role] | None:
    """A person role noun after the one at r, right after a lowercase attribute word and followed by
    a name up to the end (`als Gegner Thaksins inszenierende Medienunternehmer Sondhi Limthongkul`):
    the first role stands in an extended attribute, the later one is the head. The attribute words
    follow a noun or name that ends the embedded phrase; after an article they are the adjectives of
    a genitive complement (`der Bruder des ehemaligen Senators Dan Reyes`)."""
    for k in range(r + 2, e - 2):
        role = role_of(d.text[k]) if d.cap(k) else None
        if role is None or role.cls != "person" or not _attribute_word(d, k - 1):
            continue
        h = k - 1
        while h > r and _attribute_word(d, h):
            h -= 1
        if (d.cap(h) or d.quote_mark[h] or d.norm[h] == ")") and _person_run(d, k + 1, e) == e \
                and (d.given(k + 1) is not None or e - k - 1 >= 2):
            return k, role
    return None


def _year_in_attribute(d: _Doc, s: int, e: int) -> bool:
    """`der 2004 verstorbene Bundespräsident`: a number before a lowercase participle or adjective."""
    return d.text[s].isdigit() and s + 1 < e and d.text[s + 1][:1].islower() and _ADJ_ENDING.search(d.low[s + 1]) is not None


_MAX_ATTRIBUTE_WORDS = 12  # die in dem Bündnis „Nationale Front für Demokratie“ organisierten Kräfte


def _attribute_word(d: _Doc, k: int) -> bool:
    """Is token k a lowercase participle or adjective that may close an extended attribute
    (gehörende, vertretenden, nahestehende, zuständige), no article or preposition?"""
    low = d.low[k]
    return (d.text[k][:1].islower() and len(low) > 4 and _ADJ_ENDING.search(low) is not None
            and low not in d.dets and low not in d.preps and low not in d.pronouns)


def _extended_attribute_head(d: _Doc, s: int, e: int) -> int:
    """`die zur Stanford University gehörende Hoover Institution`, `des die Lehrer vertretenden
    Verbands`, `das auch die „Nord Rundschau“ verlegende Medienhaus`: after an article, a phrase
    opened by a second article, a preposition or an adverb and holding a noun or name ends in a
    participle or adjective; the noun after it (past further adjectives) is the head the mention
    names, the words before belong to the embedded phrase. Index of the head (s if none)."""
    if s + 3 >= e or d.low[s] not in d.dets or not d.text[s + 1][:1].islower() or d.quote_mark[s + 1] or (
        _ADJ_ENDING.search(d.low[s + 1]) and d.low[s + 1] not in d.dets and d.low[s + 1] not in d.preps
    ):
        return s
    head = s
    for k in range(s + 2, min(e, s + _MAX_ATTRIBUTE_WORDS)):
        if d.is_punct(k) and not d.quote_mark[k] and d.norm[k] not in "()":
            break
        if _attribute_word(d, k) and (d.cap(k - 1) or d.quote_mark[k - 1] or d.norm[k - 1] == ")"):
            h = k + 1
            while h < e and _attribute_word(d, h):
                h += 1
            if h < e and (d.cap(h) or d.quote_mark[h]):
                head = h
    return head


def _ordinal_before_noun(d: _Doc, s: int, e: int) -> bool:
    """Is token s an ordinal in figures before a capitalised word (die 2. Große Strafkammer, der 6. Strafsenat)?"""
    return s + 1 < e and NUMBERED.match(d.text[s]) is not None and d.cap(s + 1)


def _item(d: _Doc, s: int, e: int, genitive: bool = False) -> Phrase:
    first = s
    if e - s == 1 and d.low[s] in d.pronouns and not genitive:
        g, t = d.pronouns[d.low[s]]
        return Phrase("pronoun", s, e, pron=(g, t))
    head = _extended_attribute_head(d, s, e)
    if head > s:  # die zur Universität Lindau gehörende Forschungsstelle: the head after the participle
        _, definite, indefinite, possessive, det_gender = _det_info(d, s, s + 1)
        s = head
    else:
        s, definite, indefinite, possessive, det_gender = _det_info(d, s, e)
    if s + 1 == e and _DOMAIN.match(d.text[s]):
        ph = Phrase("org", s, e, name=d.text[s], aliases={fold(d.text[s])})  # ndr.de, faz.net: a web outlet
        return ph
    if s >= e and d.dets.get(d.low[e - 1]) == "p" and not indefinite:
        return Phrase("pronoun", first, e, pron=("p", "personal"))  # die beiden, beide: a group named before
    nations: set[str] = set()
    age = None
    adj_start = s
    while s < e and _quoted_adjective(d, s, e):
        s += 3  # den „preußischen“ Justizbeamten Seidling: an adjective in quote marks
    while s < e and not d.quote_mark[s] and ((d.text[s][:1].islower() and not d.namey(s) and not _lower_compound(d.text[s])) or _AGE_ADJ.match(d.text[s]) or _year_in_attribute(d, s, e) or _ordinal_before_noun(d, s, e) or (d.country_adj(s) is not None and d.text[s][:1].isupper() and "-" in d.text[s] and not d.text[s].rsplit("-", 1)[1][:1].isupper())):
        c = d.country_adj(s)
        if c is not None:
            nations.add(c.government)
        m = _AGE_ADJ.match(d.text[s])
        if m:
            age = int(m.group(1))
        if d.text[s][:1].isdigit() and not m and not _year_in_attribute(d, s, e) and not _ordinal_before_noun(d, s, e):
            break
        s += 1
    base = Phrase("desc", first, e, definite=definite, indefinite=indefinite, possessive=possessive, gender=det_gender, nations=nations, age=age)
    if s >= e:
        return Phrase("empty", first, e)
    brand = _brand(d, s, e)
    if brand is not None:
        return _as_org(base, brand, s, e)
    borders = _without_borders(d, s, e)
    if borders > s:
        return _as_org(base, _surface(d, s, borders), s, borders, _paren_aliases(d, borders, e))
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
    if party is not None and _party_member(d, base, party, party_at):
        return base
    if party is not None:
        return _as_org(base, party, party_at, party_at + 1)
    known = _known_org(d, s, e)
    if known is not None:
        org, k = known
        base.kind, base.org, base.name = "org", org, _org_surface(d, org, s, k)
        base.aliases |= _paren_aliases(d, k, e)
        base.first, base.last = s, k
        return base
    org_end = _org_run(d, s, e) if d.typed_name(s, e) and d.namey(s) else s
    if s + 1 < org_end and agent_noun(d.text[s]) and d.typed_name(s + 1, org_end) and not d.type_word[s]:
        s += 1  # der Fußball-Regionalligist SC Lindau 09: a noun for what it does, then the typed name
    if d.typed_name(s, org_end):  # IG Metall, Borussia Neustadt, Kessler AG
        return _as_org(base, _nominative_name(d, s, org_end), s, org_end, _paren_aliases(d, org_end, e))
    led = _leader_after_um(d, s, e)
    if led is not None:  # das Team um Anita Zaidi: a team speaks for the one it is named after
        return _person_name(d, base, led, e, e)
    if s + 1 == e and first == s and d.cap(s) and not d.namey(s) and _known_person(d, s, e):
        return _person_name(d, base, s, e, e)  # Wulfekammer, Hennecke-Bauer: a known person's surname, also a role's compound
    # role nouns: Kremlsprecher Dmitri Peskow, die Agentur Interfax, der Sprecher des Ministeriums
    r = s
    while r < e:
        t = d.text[r]
        if r > s and _genitive_apostrophe(d, r):
            r += 1  # Thiers' Bürgermeisterin: a name's genitive written with an apostrophe
            continue
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
        if role is not None and role.cls == "person" and r + 1 < e and d.cap(r + 1) and _body_noun(d, r + 1):
            r, role = r + 1, role_of(d.text[r + 1])  # die Unabhängige Flugbegleiter Organisation: whom the body serves, then the body
        if role is not None:
            later = _later_named_role(d, r, e)
            if later is not None:  # der sich als Gegner Thaksins inszenierende Medienunternehmer Sondhi L.
                r, role = later
            return _role_phrase(d, base, s, r, e, role, adj_start)
        if _ellipsis(d, r, e):
            r += 2  # der Lesben- und Schwulenverband: the role noun after the `und`
            continue
        if r > s and d.text[r][:1].islower() and _ADJ_ENDING.search(d.low[r]) and d.cap(s) and d.low[s].endswith("s") and r - s < 4:
            r += 1  # Meiers wissenschaftlicher Mitarbeiter: a possessor's genitive, adjectives, the role
            continue
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
        return _as_org(base, _acronym_nominative(d, s), s, s + 1)
    if N.is_abbreviation(d.text[s]) and d.text[s] not in _ROMAN and s + 2 == e and d.namey(s + 1) and d.given(s + 1) is None:
        return _as_org(base, _surface(d, s, e), s, e)  # OLG Celle, LKA Bayern: an authority and its place
    if s + 2 < e and (d.country_gen(s) is not None or _place_genitive(d, s)) and d.cap(s + 1) and d.given(s + 1) is None:
        s += 1  # Kölns Sportdezernent Ralf Meier: a place's genitive before the noun
    run = _person_run(d, s, e)
    # a capitalised word before a given name is a noun (der Spanier Rafael Nadal) after a determiner
    # or adjective, or when long; else it is an unlisted given name (Xosé Manuel Rial)
    noun_first = (definite or indefinite or possessive or s > adj_start or demonym is not None or len(d.text[s]) >= _MIN_NOUN_BEFORE_NAME
                  or agent_noun(d.text[s])  # Kämmerin Ulrike Sandmann-Pohl
                  or d.given(s) is None and (description_noun(d.text[s]) or noun_compound(d.text[s])))  # Punklady Nina Hagen
    for g in range(s + 1, min(run, s + 4) if noun_first else s + 1):
        if (d.given(g) is not None or g == s + 1 and d.unlisted_given(g) and not description_noun(d.text[g])) and g + 1 < run:
            # der Spanier Rafael Nadal, der Gewerkschaftsfunktionär Bernard Aubin
            if demonym is not None and g == s + 1:
                base.nations.add(demonym.country.government)
            base.kind, base.person = "person", N.parse_person(_name_words(d, g, run))
            base.first, base.last = g, run
            _paren_extra(d, base, run, e)
            return base
    if definite or indefinite or possessive or s > adj_start or _bare_description(d, s):
        described = _name_after_description(d, base, s, e)
        if described is not None:
            return described
    if s < run < e and d.low[run] in d.generations:
        return _person_name(d, base, s, run, e)  # Kessler senior: the person, not the firm Kessler
    bare_plural = run > s and not definite and (s > adj_start and not _known_person(d, s, run)  # politischer Beobachter
                                                 or not possessive and _common_noun_run(d, s, run, e, indefinite))
    if possessive and run == s + 1 and description_noun(d.text[s]) and not _known_person(d, s, run):
        run = s  # seines Impresario: a noun, nobody named
    if bare_plural or run == s + 1 and not (definite or possessive) and (
            s > 0 and d.low[s - 1] == "in" and d.low[s] in d.places or _sentence_word(d, s)):
        run = s  # viele Fans; Vorerst hieß es: a word, no one's name; in Afrika durchgeführte Studien: where, not who
    if run > s and definite and not _looks_like_org_name(d, s, run):
        name = N.parse_person(_name_words(d, s, run))
        if name is not None and any(x.person is not None and x.kind == "person" and N.compatible(x.person, name) for x in d.entities):
            base.kind, base.person = "person", name
            base.first, base.last = s, run
            return base
    if run > s and (not definite or _looks_like_org_name(d, s, run)):
        if definite or indefinite or _looks_like_org_name(d, s, run):
            org_end = _org_run(d, s, e)
            return _as_org(base, _nominative_name(d, s, org_end), s, org_end, _paren_aliases(d, org_end, e))
        return _person_name(d, base, s, run, e)
    if run > s + 1 and (definite or indefinite) and agent_noun(d.text[s]) and d.given(s + 1) is None:
        # der Autobahnbetreiber Asfinag: a noun for what it does, then the body's name (a person's
        # given name after it was taken above)
        org_end = _org_run(d, s + 1, e)
        if org_end > s + 1:
            return _as_org(base, _nominative_name(d, s + 1, org_end), s + 1, org_end, _paren_aliases(d, org_end, e))
    if run > s and definite:
        # det + unknown capitalised word(s): an org name (der Spiegel, des Roten Kreuzes) or a common noun
        org_end = _org_run(d, s, e)
        holder = _unknown_noun_holder(d, s, org_end, e)
        if holder is not None:
            return holder
        text = _nominative_name(d, s, org_end)
        field = _field_end(d, org_end, e) if org_end - s >= 2 or _proper_compound(d, s) else org_end
        if field > org_end:  # das Tunesische Forum für soziale Rechte, das Lindner-Zentrum für Polarforschung: a name and its field
            text, org_end = text + " " + _surface(d, org_end, field), field
        genitive_attribute = (description_noun(d.text[s]) and org_end == s + 2 and _genitive_of_named(d, s + 1)  # der Kampfgefährte Thaksins
                              or org_end == s + 1 and _genitive_attribute_at(d, s, org_end, e))  # des Hauptsponsors der Show
        if org_end == s + 1 and not genitive_attribute and _head_gender(d, d.text[s]) and _members_genitive(d, org_end, e):
            text, org_end = text + " " + _surface(d, org_end, org_end + 2), org_end + 2  # der Bund der Steuerzahler
        one_word_name = (org_end == s + 1 and not genitive_attribute and d.low[s - 1] not in _DEMONSTRATIVES
                         and (s == adj_start and d.body_word(s) or _listed_outlet(d, s)))
        if fold(text) in d.by_alias or (org_end - s >= 2 and not possessive and not genitive_attribute) or one_word_name:
            base.kind, base.name = "org", text
            base.aliases |= _paren_aliases(d, org_end, e, acronyms_only=True)  # Der Deutsche Schachbund (DSB)
            base.first, base.last = s, org_end
            return base
    if definite and s == adj_start and s + 1 == e and _proper_compound(d, s):
        return _as_org(base, _nominative_name(d, s, e), s, e)  # die Bodensee-Wasserversorgung: a proper name and its head noun
    if definite and not possessive and s == adj_start and _acronym_names(d, s, e):
        # die Friedenstruppe der Vereinten Nationen in Zypern (UNFICYP): the acronym makes the words a
        # name; a listed body's genitive is an attribute (das Welternährungsprogramm der Vereinten Nationen (WFP))
        listed = d.low[s] in source_lexicon.lexicon().sets["organization_names"]
        return _as_org(base, _nominative_name(d, s, s + 1 if listed else e - 3), s, e - 3, _paren_aliases(d, e - 3, e))
    # an unknown head noun: a description we cannot resolve
    base.desc_text = _surface(d, adj_start, e)
    base.desc = fold(base.desc_text)
    return base


def _proper_compound(d: _Doc, i: int) -> bool:
    """Is token i a compound of two capitalised parts that is no role and starts with no acronym or
    country (die Bodensee-Wasserversorgung): a proper name with its head noun, not a description
    (die Polizei-Sprecherin, die EU-Kommission, die US-Armee, die Anti-Terror-Einheit)?"""
    parts = d.text[i].split("-")
    return (len(parts) == 2 and all(p[:1].isupper() and p[1:2].islower() for p in parts) and role_of(d.text[i]) is None
            and d.lex.country_prefixes.get(fold(parts[0])) is None and fold(parts[0]) not in d.lex.countries)


def _unknown_noun_holder(d: _Doc, s: int, org_end: int, e: int) -> Phrase | None:
    """`dem Wusch der UN`: one word that is no noun of the dictionary (a misspelt statement noun)
    after the article and before a genitive that names a body or person is no name; the genitive
    is the holder."""
    if org_end != s + 1 or org_end + 1 >= e or d.low[org_end] not in ("des", "der") or not d.cap(org_end + 1) \
            or description_noun(d.text[s]) or fold(d.text[s]) in d.by_alias or _listed_outlet(d, s):
        return None
    holder = _phrase(d, org_end, e)
    return holder if holder.kind in ("org", "person", "gov") else None


def _leader_after_um(d: _Doc, s: int, e: int) -> int | None:
    """`das Team um Anita Zaidi`, `die Forscher um Li Wei`: a noun and `um` before a person's full
    name up to the end, also after the leader's role (`die Autoren um die Limnologin Dr. Jana Ott`,
    where two words of a name need no listed given name, nor where they are no German words or places:
    `die Gruppe um Wanjiru Kamau`); index of the name (None if the phrase is no such one)."""
    k = s + 2
    role = k + 1 < e and d.low[k] in ("den", "die") and _person_role(d, k + 1)
    if role:
        k += 2
        while k < e and d.low[k] in d.lex.titles:
            k += 1
    if k >= e or not d.cap(s) or d.low[s + 1] != "um" or _person_run(d, k, e) != e:
        return None
    return k if d.given(k) is not None or d.unlisted_given(k) or e - k >= 2 and (
        role or _known_person(d, k, e) or all(proper_word(d.text[x]) and d.low[x] not in d.places for x in range(k, e))) else None


def _listed_outlet(d: _Doc, i: int) -> bool:
    """Is the capitalised word at i a listed outlet's name, also as an ordinary word (der englische
    Independent, des österreichischen Standards)? After an article it names the outlet."""
    media = source_lexicon.lexicon()
    return any(w in media.media_alias or w in media.media_ambiguous for w in (d.text[i], _genitive_base(d.text[i])))


def _brand(d: _Doc, s: int, e: int) -> str | None:
    """`eBay`, `EBay` opening a sentence where the article writes `eBay`, `EBay-Deutschland` (its
    branch in a country): a name with a lowercase start and an inner capital names that body."""
    if e - s != 1:
        return None
    head, _, tail = d.text[s].partition("-")
    if tail and (fold(tail) not in d.lex.countries or "-" in tail):
        return None
    if BRAND.match(head):
        return head
    if len(head) > 2 and head[0].isupper() and head[1].isupper() and head[2:].islower():
        lower = head[0].lower() + head[1:]
        if d.positions(lower) or any(t.startswith(lower + "-") for t in d.text):
            return lower
    return None


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


_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:de|com|net|org|at|ch|eu|info|tv|fm|fr|it|es|nl|uk|ru|us)$")
_LONG_ADJECTIVAL_NOUN = 14  # Linksintellektuelle: a noun; Europäische, Nationale: a name's adjective


def _name_after_description(d: _Doc, base: Phrase, s: int, e: int) -> Phrase | None:
    """`der US-amerikanische Linksintellektuelle Noam Chomsky`, `des Mafiajägers Salvatore Boemi`,
    `der Herausforderer Rajoy`, `den Luftfahrtbehörden Enac`, `die Wochenzeitschrift „Jungle World“`:
    in a noun phrase ending in a name that is no German word (or a quoted title), the noun before
    it is a description and the name is the head."""
    word = d.text[s]
    if s + 1 >= e or not d.cap(s) or d.given(s) is not None or d.country_adj(s) is not None or not description_noun(word):
        return None
    if _ADJ_ENDING.search(d.low[s]) and _adjective_stem(_ADJ_ENDING.sub("", word)) and len(word) < _LONG_ADJECTIVAL_NOUN:
        return None  # die Deutsche Telekom
    role = role_of(word)
    k = s + 1
    if k + 1 == e and _DOMAIN.match(d.text[k]):
        return _as_org(base, d.text[k], k, e, {fold(d.text[k])})  # dem Onlinedienst space.com
    if d.quote_mark[k]:
        if role is not None and role.cls == "person" or not _quoted_name(d, base, k, e):
            return None
        return base
    run = _person_run(d, k, e)
    if run == k + 1 and _genitive_of_named(d, k):
        return None  # der ehemalige Kampfgefährte Thaksins: a genitive attribute, not the head
    if run == k or d.low[run - 1] in d.lex.titles or _head_gender(d, d.text[run - 1]) or not any(
        d.given(x) is not None or _ACRONYM.match(d.text[x]) or proper_word(d.text[x]) for x in range(k, run)
    ):
        return None
    head = word.rsplit("-", 1)[-1]
    body = role is not None and role.cls == "org" or any(_head_gender(d, f) for f in (head, head[:-1], head[:-2]))
    several = run - k >= 2 and not d.typed_name(k, run)
    if not body and (several or d.given(k) is not None or _known_person(d, k, run)):
        return _person_name(d, base, k, run, e)
    if several and not body:
        return None
    return _as_org(base, _surface(d, k, run), k, run, _paren_aliases(d, run, e))


def _bare_description(d: _Doc, i: int) -> bool:
    """Is the capitalised word at i, without an article, a noun that describes the name after it
    (`Konkurrent Tesco`, `Schlagerikone Jana Ott`, `Drill-Rapper Kaltfront`): a role or agent noun,
    two long nouns of the dictionary or a hyphenated compound ending in one? A lone dictionary word
    or two short ones may be an unlisted given name (Heidrun, Alb|recht, Ger|linde)."""
    word = d.text[i]
    return d.given(i) is None and (role_of(word) is not None or agent_noun(word) or "-" in word and description_noun(word)
                                   or noun_compound(word, _MIN_BARE_COMPOUND_PART))


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


def _sentence_word(d: _Doc, i: int) -> bool:
    """Is the capitalised word at i an adverb, adjective or participle capitalised only because a
    sentence starts with it (`Vorerst`, `Kurzzeitig`, `Vermutet`): the dictionary knows it in lower
    case, and the article writes it nowhere capitalised inside a sentence, as it would a name
    (`sagte Kurz`)?"""
    t = d.text[i]
    lemma = N._de_lemma(t)
    return (t[:1].isupper() and lemma is not None and lemma[:1].islower() and d.given(i) is None
            and all(d.sent_first[d.sent[p]] == p or d.is_punct(p - 1) for p in d.positions(t)))


def _known_person(d: _Doc, s: int, run: int) -> bool:
    name = N.parse_person(_name_words(d, s, run))
    return name is not None and any(x.person is not None and N.compatible(x.person, name) for x in d.entities)


_ABSTRACT_ENDINGS = ("ion", "ung", "heit", "keit", "schaft", "tät", "ment", "nis", "ismus")
_LIST_JOINERS = frozenset({"und", "sowie", "oder", ",", "&"})  # a list's last member takes its plural verb


def _common_noun_run(d: _Doc, s: int, run: int, e: int, indefinite: bool) -> bool:
    """`Gerüchten`, `Gutachtern`, `Verschiedene Länderparlamente`, `Vertraute der Insassen`, `eines
    Gutachters`: capitalised words without a definite article that are German nouns or adjectives
    in a form names do not take, or a noun with a genitive attribute or an indefinite article, are
    a description (a bare plural, somebody unnamed), no name."""
    if any(d.given(x) is not None or _ACRONYM.match(d.text[x]) for x in range(s, run)) or _known_person(d, s, run) \
            or _looks_like_org_name(d, s, run):
        return False
    if all(inflected_form(d.text[x]) for x in range(s, run)):
        return True
    if run == s + 1 and description_noun(d.text[s]) and run < d.n and (s == 0 or d.low[s - 1] not in _LIST_JOINERS) and plural_verb(d.low[run]):
        return True  # `Fischer sagten`: a noun that is also a family name, with a verb in the plural
    if run == s + 1 and _noun(d.text[s]) and d.low[s].endswith(_ABSTRACT_ENDINGS) and fold(d.text[s]) not in d.by_alias:
        return True  # laut Departement: a noun for a thing, no one's name (unlike Diakonie, Caritas)
    return run == s + 1 and description_noun(d.text[s]) and (indefinite or run < e and d.low[run] in ("der", "des"))


def _looks_like_org_name(d: _Doc, s: int, run: int) -> bool:
    toks = d.text[s:run]
    if any(t.lower() in _CONNECTORS for t in toks):
        if d.given(s) is not None and all(d.particle(x) for x in range(s, run) if d.low[x] in _CONNECTORS):
            return False  # Anna de Carvalho: a given name, a lowercase particle, a surname
        return not _known_person(d, s, run)  # De Maizière after Thomas de Maizière
    if len(toks) == 1 and fold(toks[0]) in d.by_alias and d.by_alias[fold(toks[0])].kind != "person":
        return True
    return False


def _paren_aliases(d: _Doc, k: int, e: int, acronyms_only: bool = False) -> set[str]:
    """The word in parentheses at k (before e) as a folded alias: `(DSB)`; any capitalised word
    unless `acronyms_only`."""
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


def _party_member(d: _Doc, ph: Phrase, party: str, k: int) -> bool:
    """`der Grüne`, `die Grüne`: the singular of a party named by a plural adjective (die Grünen) is
    one of its members (not `die Linke`, the party's own name); fills `ph` as that person's description."""
    if (not ph.definite or ph.possessive or k == 0 or d.low[k - 1] not in ("der", "die") or not d.low[k].endswith("e")
            or fold(d.text[k]) not in d.lex.parties or party.startswith("Die ")):
        return False
    ph.gender = "m" if d.low[k - 1] == "der" else "f"
    ph.role = role_of("Politiker" if ph.gender == "m" else "Politikerin")
    ph.role_word = ph.role.base
    ph.parties.add(party)
    ph.desc_text = _surface(d, k, k + 1)
    ph.desc = fold(ph.desc_text)
    return True


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
    if s > 0 and d.cap(s - 1) and fold(d.text[s - 1]) + " " + words in lex.countries:
        return lex.countries[fold(d.text[s - 1]) + " " + words]  # Den Haag: a seat whose name starts with an article
    if s > 0 and d.low[s - 1] in ("die", "den"):
        plural = " ".join(_nominative_adjectives(tuple((words[:-1] if d.low[s - 1] == "den" and words.endswith("n") else words).split(" "))))
        if plural in lex.countries:
            return lex.countries[plural]  # die Vereinigten Arabischen Emirate, den Niederlanden: a plural name
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


def _authority_before_name(d: _Doc, k: int) -> bool:
    """`der Vorsitzende der Selbstverwaltung | Istvan Kovacs`: an authority noun (named by its seat,
    not by a name of its own like die Bank Yapı Kredi; not a town's: der Gemeinde Sankt Augustin),
    then a word no German dictionary knows and no place: the body ends, a person's name begins."""
    role = role_of(d.text[k - 1]) if d.cap(k - 1) else None
    return (role is not None and role.cls == "org" and role.gov and d.low[k - 1] not in d.town_nouns
            and proper_word(d.text[k]) and d.low[k] not in d.places)


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
        j = _name_after_role_place(d, j, e)
        run = _person_run(d, j, e)
        if run == j + 1 and _genitive_of_named(d, j) and _next_is_apposition(d, run):
            run = j  # die Verteidigerin Krasniqis, Sabine Rohlfing: the genitive names whom the role serves, the apposition who holds it
        if run == j and j < e and d.low[j] in ("des", "der"):
            k = _complement_end(d, j, e)
            # der Bürgermeister der polnischen Partnerstadt: the holder of an office of a country's body or place is of that country
            ph.nations |= {c.government for x in range(j + 1, k) if d.text[x][:1].islower() and (c := d.country_adj(x)) is not None}
            if k > j and _person_role(d, k - 1):
                pass  # der Bruder des Senators Dan Reyes: a name after a person's role in the genitive is that person's
            elif k > j and _person_run(d, k, e) > k and (d.given(k) is not None or d.unlisted_given(k)):
                j, run = k, _person_run(d, k, e)
            else:
                for k in range(j + 2, e - 1):
                    prev = d.text[k - 1]
                    if (d.cap(k - 1) and prev.endswith("s") and not _person_role(d, k - 1) and (d.given(k) is not None or not _body_noun(d, k - 1))
                            or d.country_gen(k - 1) is not None or _authority_before_name(d, k)) and _person_run(d, k, e) == e and d.namey(k) and d.namey(k + 1) and not _next_is_apposition(d, e):
                        j, run = k, e  # des Kosovos | Hashim Thaçi
                        break
        if run > j:
            return _person_name(d, ph, j, run, e)
        body = _members_body(d, ph, r, j, e, role)
        if body is not None:
            return body
    else:
        if _quoted_name(d, ph, j, e):
            return ph
        if _lowercase_name(d, j, e):  # die Verbraucherorganisation foodwatch
            return _as_org(ph, d.text[j], j, j + 1, _paren_aliases(d, j + 1, e))
        field = _field_end(d, j, e)
        if field > j:
            field = _field_seat_end(d, field, e)  # die Kammer für Niederbayern in Passau  # das Bundesamt für Migration und Flüchtlinge (BAMF)
            return _as_org(ph, _head_words(d, s, r, role) + " " + _surface(d, j, field), r, field, _paren_aliases(d, field, e))
        known = _known_org(d, j, e) if j < e else None
        if known is not None:
            org, k = known
            ph.kind, ph.org, ph.name = "org", org, _org_surface(d, org, j, k)
            ph.first, ph.last = j, k
            return ph
        if role.group == "botschaft" and j + 1 < e and d.low[j] == "in" and d.cap(j + 1):
            # die US-Botschaft in Riad, die deutsche Botschaft in Kabul: an embassy is named by its seat
            seat = max(_org_run(d, j + 1, e), j + 2)
            return _as_org(ph, _surface(d, adj_start, seat), adj_start, seat)
        inner = None
        if j + 3 < e and d.norm[j] == "(" and d.norm[j + 2] == ")" and N.is_abbreviation(d.text[j + 1]) and d.namey(j + 3):
            inner, j = d.text[j + 1], j + 3  # Das Oberlandesgericht (OLG) Celle: the name goes on after the abbreviation
        run = e - 3 if _acronym_spans(d, j, e) else _org_run(d, j, e, first_any=True)
        if run == j + 1 and _place_genitive(d, j):
            run = j  # die Regierungspartei Palästinas: the place's genitive is an attribute, no name
        if run > j and not (d.low[j] in ("des", "der")) and not _known_person(d, j, run):
            ph.kind = "org"
            # an authority with its place is one name (Staatsanwaltschaft Krefeld); an outlet or
            # party with its name is that name (die Agentur Interfax); a name with a company type
            # word is a body's own (der Verlag Edition Nautilus, not the publisher of a place)
            authority = role.gov or role.group in ("gericht", "polizei") or _descriptive_name(d, j, run) or (
                not _own_name(d, j, run, adj_start == r and ph.role_word == fold(role.base)) if role.group in _ASSOCIATIONS
                else not d.typed_name(j, run) and (role.head or len(d.text[j]) >= 7 and _COMMON_SUFFIX.search(d.low[j]) is not None))
            ph.name = (_head_words(d, s, r, role) + " " + _surface(d, j, run)) if authority else _surface(d, j, run)
            ph.aliases |= {fold(ph.name)} | _paren_aliases(d, run, e)
            if inner is not None:
                ph.aliases |= {fold(inner), fold(inner + " " + _surface(d, j, run))}  # OLG, OLG Celle
            ph.first, ph.last = j, run
            return ph
        if inner is not None:
            j -= 3
        compound = _named_compound(d, t, role)
        if compound is not None and compound[2] and r + 1 < d.n and (d.norm[r + 1] == "(" or d.low[r + 1] in ("im", "in")):
            compound = None  # die UN-Mission im Südsudan (UNMISS): a description the text goes on naming
        if compound is not None:
            # der RWE-Konzern, die Ataka-Partei: the body named before the hyphen; die
            # SPD-Landtagsfraktion, die UN-Mission: a body of its own, named by the whole word
            ph.org = compound[1]
            return _as_org(ph, compound[0], r, r + 1, _paren_aliases(d, r + 1, e))
    pp_end = _name_pp_end(d, s, r + 1, e) if role.cls == "org" else r + 1
    if role.cls == "org" and ph.definite and not ph.possessive and s < r and (pp_end > r + 1 or r + 1 == _org_run(d, r + 1, e) and (
        r + 1 >= e or d.low[r + 1] not in ("des", "der", "für")
    )) and all(_name_adjective(d, k) for k in range(s, r)):
        # Der Deutsche Ruderverband: declined capitalised adjectives make the body noun a name (not
        # a place's: der Walldorfer Konzern; not before a complement: der Ständige Ausschuss des …),
        # with a closing `vom`/`in` phrase (das Internationale Komitee vom Roten Kreuz)
        name = _nominative_name(d, s, r + 1) + (" " + _surface(d, r + 1, pp_end) if pp_end > r + 1 else "")
        return _as_org(ph, name, s, pp_end, _paren_aliases(d, pp_end, e))
    # a description: der Sprecher des Ministeriums, das isländische Fischereiministerium
    end = r + 1
    if end < e and d.low[end] in ("des", "der") and role.cls == "org":
        end = _complement_end(d, end, e)
        if role.group in _ORGAN_GROUPS and not ph.possessive and not ph.indefinite and (end == e or d.low[end] == "in") and s == r:
            parent = _item(d, r + 1, e)  # up to the end: der Regierung in Paris
            if parent.kind == "org" and parent.name or parent.kind == "gov":
                # die große Tarifkommission der Gewerkschaft ver.di, die Pressestelle der Regierung in
                # Paris: an organ of a named body is that body
                return parent
    if role.group in _ASSOCIATIONS and ph.definite and not ph.possessive and end == e and end - 1 > r + 2 and _name_after_field(d, end - 1):
        # der Verband der Maschinenindustrie Tekmor: a name of its own after an association's
        # description by its field is its name, the description an apposition
        return _as_org(ph, d.text[end - 1], end - 1, end)
    if (role.group in _ASSOCIATIONS and ph.definite and not ph.possessive and (end == e or d.norm[end] == "(") and (
            end > r + 3 and d.cap(r + 2) and _name_adjective(d, r + 2) or end == r + 3 and d.low[r + 1] == "der" and _members_plural(d, r + 2))):
        # der Bundesverband der Deutschen Luftverkehrswirtschaft: a capitalised adjective makes an
        # association's genitive complement part of its name; der Landesverband der Gemüsebauern:
        # so do the members it is named after
        return _as_org(ph, _head_words(d, s, r, role) + " " + _surface(d, r + 1, end), r, end, _paren_aliases(d, end, e))
    if role.cls == "org" and end < e and d.low[end] in ("in", "im") and not ph.possessive and _named_place_with_acronym(d, s, end, e):
        # die Mission der Vereinten Nationen im Sudan (UNMIS): the acronym names the body with its place
        return _as_org(ph, _nominative_name(d, r, end + 2), r, end + 2, _paren_aliases(d, end + 2, e))
    if end < e and d.norm[end] == "(" and end + 2 < d.n and d.norm[end + 2] == ")":
        ph.aliases |= _paren_aliases(d, end, e)
    if role.cls == "person":
        end = e
    ph.desc_text = _surface(d, adj_start, end)
    ph.desc = fold(ph.desc_text)
    if role.cls == "org":
        ph.gender = ph.gender or d.org_gender.get(role.base, "")
    return ph


_MEMBER_GROUPS = {"aktivist", "mitglied"}


def _lowercase_name(d: _Doc, j: int, e: int) -> bool:
    """Is the lowercase word at j, closing the mention (or before a parenthesis), a body's name
    written in lower case (foodwatch, attac) after its body noun: no German word, no article?"""
    if j >= e:
        return False
    t = d.text[j]
    return (t[:1].islower() and t.isalpha() and len(t) >= 3 and (j + 1 == e or d.norm[j + 1] == "(")
            and not _noun(t) and t not in d.dets and t not in d.pronouns and t not in d.preps)


def _members_body(d: _Doc, ph: Phrase, r: int, j: int, e: int, role: Role) -> Phrase | None:
    """`Aktivisten der Umweltorganisation Greenpeace`, `Mitglieder der Gruppe X`: members of a body
    named in the genitive, in a bare plural, act for that body."""
    word = fold(d.text[r])
    if role.group not in _MEMBER_GROUPS or ph.definite or ph.indefinite or ph.possessive or word == fold(role.base) \
            or _complement_end(d, j, e) != e:
        return None
    body = _item(d, j, e)
    return body if body.kind == "org" and body.name else None


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
