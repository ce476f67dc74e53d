"""The resolver (`_Resolver`): scans the article for the people and bodies it introduces, then
resolves each speaker and addressee (names, pronouns by salience, descriptions, governments,
groups). `resolve_speakers` runs both passes and writes the results back through `output`."""
from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache
from typing import NamedTuple

from saidwhat.lexicon import words
from saidwhat.resolve import names as N
from saidwhat.resolve import source_lexicon
from saidwhat.resolve.names import Country, PersonName, Role, fold, lexicon, role_of
from saidwhat.resolve.speakers.doc import (
    _ACRONYM, _ADJ_ENDING, _ADJECTIVE_ENDINGS, _AGE_ADJ, _AGE_NOUN, _CONJ, _GOV_HEADS, _ROMAN, _Doc, _de_lemma,
    _norm_role_word, _wrapper_words, description_noun, plural_noun, plural_verb, proper_word,
)
from saidwhat.resolve.speakers.model import Entity, Phrase, Ref
from saidwhat.resolve.speakers.output import _fill, _identities
from saidwhat.resolve.speakers.phrases import (
    NUMBERED, _article_before, _complement_end, _field_end, _known_org, _lower_compound, _name_words, _org_run, _particle_chain_end,
    _noun_gender, _nominative_words, _person_attribute_at, _person_run, _phrase, _place_before_name, _quoted, _state_body_name, _strip_quotes,
    _surface, _uninflect, _wrapper_complement,
)
from saidwhat.text import Document
from saidwhat.types import Article, Mention

UNTYPED_BODY_SENTENCES = 3  # how far back a bare `der Konzern` looks for a body of unknown type
SUBJECT_CONTINUATION = 150.0  # salience bonus of the latest subject for a subject pronoun
PERSON_DESC_SENTENCES = 6  # how far back a description looks for the person it continues
AGE_INTRODUCTION_BONUS = 150.0  # `Der 21-Jährige`: the person introduced just before, not the one who spoke of him
RECENT_BODY_BONUS = 0.75  # `der Verband` is the body of its kind named in its or the previous sentence
ORIGIN_WINDOW = 6  # tokens before a person's name that may say where the person comes from (die aus Flensburg stammende …)
ROLE_SUFFIX_BONUS = 400.0  # `Der Dezernent` continues `Kulturdezernent Olaf Brinkhaus`

# A body's type from the head of its name (last part of a compound: Bundes|netz|agentur): heads that
# always name an authority, heads that do so with a state prefix (Bundesinstitut, not Ifo-Institut),
# heads of associations (Bund der Steuerzahler, Deutscher Handballbund, Verbraucherzentrale).
_AUTHORITY_HEADS = ("amt", "behorde", "ministerium", "anwaltschaft", "aufsicht", "direktion", "kommissariat", "verwaltung")
_STATE_AUTHORITY_HEADS = ("agentur", "institut", "anstalt", "zentrale", "stelle", "dienst", "archiv")
_ASSOCIATION_HEADS = ("bund", "zentrale", "vereinigung", "verband")
_STATE_PREFIXES = ("bundes", "landes")
# a country's rulers by another word than its government (die Junta, die Militärregierung, das Regime)
_REGIME_HEADS = ("junta", "militarregierung", "regime", "militarregime", "militarfuhrung")
# role nouns of a mutual relation between two people who meet (sein Kollege, ihr Gast): the other one of them
# the other one of a two-person relation (colleague, guest and host, visitor, challenger, successor)
_COUNTERPART_ROLES = frozenset({"kollege", "amtskollege", "gast", "gastgeber", "gesprächspartner", "besucher",
                                "herausforderer", "kontrahent", "nachfolger", "vorgänger"})
_TEAM_NOUNS = ("team", "gruppe")  # das Forscherteam, die Gruppe: people listed together
_COPULAS = frozenset({"ist", "war", "sei", "wäre"})
_KONJUNKTIV = words("konjunktiv")
_CUE_VERBS = words("cue_verbs") - _KONJUNKTIV
# der Süden / der Norden: the half of a divided country (Südsudan, Nordkorea), folded compass noun -> name prefix
_COMPASS = {"norden": "nord", "suden": "sud", "osten": "ost", "westen": "west"}
_COMPASS_OPPOSITE = {"nord": "sud", "sud": "nord", "ost": "west", "west": "ost"}
_STATE_GOVERNMENT_NOUNS = ("landesregierung", "staatskanzlei")  # die Landesregierung: a German state's government
_STATES_NOUNS = ("länder", "bundesländer")  # die Länder: German states (their governments)


@lru_cache(maxsize=16384)
def _scan_word(t: str) -> tuple[bool, bool, bool]:
    """`_Resolver._scan_at`'s tests on the word alone: a regime's head noun (Militärregierung), a
    government's head noun (Regierung, Bundesregierung, US-Regierung), an acronym that may name a
    body (no Roman numeral, no country prefix)."""
    return (fold(t).endswith(_REGIME_HEADS),
            t.lower() in _GOV_HEADS or fold(t) == "bundesregierung" or t.endswith("-Regierung"),
            bool(_ACRONYM.match(t)) and t not in _ROMAN and fold(t) not in lexicon().country_prefixes)
_ORGAN_HEADS = ("fuhrung", "leitung", "verwaltung")  # a body's management, named only with its body
_FIRM_PREFIXES = ("geschafts", "unternehmens", "konzern", "firmen")  # Geschäftsführung, Konzernleitung: a firm's management
_AUTHORITY_GROUPS = frozenset({"amt", "behörde", "ministerium", "staatsanwaltschaft"})
_KIND_AUTHORITIES = frozenset({"amt", "behörde", "ministerium"})  # whose bare noun is a kind, never a name
# masculine person nouns no role list names (der Orthopäde, der Dezernent, der Jurist, der Landwirt)
_PERSON_ENDINGS_M = ("ent", "ant", "ist", "loge", "äde", "ade", "eur", "or", "wirt", "ekt", "at", "ar", "ier", "graf", "nom", "ling", "soph", "händer", "sieger", "iker")
# a person's body by a possessive (sein Arbeitgeber, ihr Verein, seine Partei)
_EMPLOYER_NOUNS = frozenset({"arbeitgeber", "verein", "klub", "club", "partei", "sender", "zeitung", "firma", "konzern", "unternehmen"})
_FORMER = ("früher", "ehemalig", "einstig", "vormalig")  # der frühere Präsident des Gerichts: an office held before
# a deputy's or acting holder's rank: `der stellvertretende Chef der Behörde` continues `Der
# stellvertretende Direktor der Agentur` even though the complement names the office in other words
_RANK_ADJECTIVES = ("stellvertretend", "kommissarisch", "amtierend")
# body nouns that fit a body of any kind (die Organisation: a party, a militia, an aid group)
_ANY_BODY_NOUNS = frozenset({"organisation", "gruppe", "gruppierung", "bewegung"})
# the officials and other parties of a criminal case, none of them the accused (der Angeklagte)
_CASE_GROUPS = frozenset({"anwalt", "staatsanwalt", "richter", "ermittler", "polizist", "kommissar", "beamte", "zeuge", "opfer", "sprecher"})
_CASE_WORDS = ("polizei", "anwalt", "richter", "ermittl", "anklager", "gericht")
# words that open a clause of their own: a name before them is outside the clause after them
_CLAUSE_WORDS = frozenset({"dass", "als", "wenn", "weil", "nachdem", "bevor", "während", "ob", "wie", "aber", "sondern", "denn"})
# adverbs with an adjective's ending: `X, der zuvor/bisher Minister war` is a relative clause, no phrase
_ADVERBS_LIKE_ADJECTIVES = frozenset({"aber", "oder", "wieder", "immer", "bisher", "daher", "seither", "vorher", "nachher",
                                      "später", "früher", "weiter", "eher", "heute", "gerne", "lange", "ebenfalls", "sowie"})
_NOT_PERSON_M = ("staat", "rat", "senat", "apparat", "magistrat", "sektor", "motor", "fonds", "markt", "tat")
# statement nouns that one statement goes by: a news report (der Bericht … die Meldung), a study
_STATEMENT_SYNONYMS = (frozenset({"bericht", "meldung", "artikel", "beitrag", "reportage"}),
                       frozenset({"studie", "untersuchung", "umfrage", "analyse", "erhebung"}))
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "dieser", "diese", "diesem", "dieses", "diesen",
                                "im", "am", "vom", "zum", "zur", "beim"})
_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
_COME_FROM = frozenset({"kommt", "kam", "kamen", "kommen"})  # Kritik kam vom Verband: the Verband's
STATEMENT_LOOKBACK = 1500  # tokens a bare statement noun looks back for the statement it continues


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
        # (speaker, addressee) of the quotation a pronoun mention stands in, while it is resolved
        self.quoted_by: tuple[Entity | None, Entity | None] | None = None
        self.genitive_descs: dict[tuple[str, int], Entity] = {}  # `Arzt Lahms` by the end of the phrase

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
        if ph.kind == "org" and ph.age and ph.org is None and ph.name and (ph.role is None or ph.role.cls == "person"):
            # der 37-jährige Steve St.: an age is a person's, whatever the name looked like
            person = N.parse_person(ph.name.split())
            if person is not None:
                ph = Phrase("person", ph.first, ph.last, person=person, role=ph.role, role_word=ph.role_word,
                            gender=ph.gender, age=ph.age, nations=set(ph.nations), parties=set(ph.parties))
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
            if ent is None and ph.name:
                ent = d.abbreviated_body(ph.name)  # KBV after Kassenärztliche Bundesvereinigung
            if ent is None and ph.name and " " not in ph.name and ph.org is None:
                # das Verfassungsgericht after das Bundesverfassungsgericht: the one state body of that name;
                # der Landesbund after der Landesbund Nordhessischer Sportvereine: the one body whose name
                # the word begins (a long name is shortened to its head)
                state_names = {prefix + fold(ph.name) for prefix in _STATE_PREFIXES}
                fits = [e for e in d.entities if e.kind != "person" and e.members is None and e.gov is None and e.name
                        and (" " not in e.name and fold(e.name) in state_names or _strip_quotes(e.name).startswith(ph.name + " "))]
                ent = fits[0] if len(fits) == 1 else None
            if ent is None:
                kind = "organization"
                if ph.org is not None:
                    kind = "media" if ph.org.kind == "media" else "organization"
                elif ph.role is not None and ph.role.media:
                    kind = "media"
                ent = Entity(kind, ph.name or (ph.org.name if ph.org else None))
                d.entities.append(ent)
            elif ph.name and ent.name and len(_strip_quotes(ph.name)) > len(ent.name) and (
                    ph.org is not None or _ACRONYM.match(ent.name) and fold(ent.name) in names and " " in ph.name
                    and ph.name[:1].isupper() and d.positions(ph.name.split()[-1])):
                # the IADB … der Interamerikanischen Entwicklungsbank (IADB); its head as written (not a
                # genitive guessed away: Investitionsfonds)
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
                if not ent.groups and (self._paren_acronym(ph) or self._alias_surface(ph)) is not None:
                    ent.groups.add("organisation")  # das Welternährungsprogramm (WFP): a body with an acronym, no kind noun
            if ent.name and ent.kind in ("organization", "media"):
                heads = _head_groups(_strip_quotes(ent.name))
                if "behörde" in heads and ent.kind == "media":
                    ent.kind = "organization"  # die Bundesnetzagentur is an authority, no news agency
                    ent.groups.discard("agentur")
                ent.groups |= heads
                if ent.groups & _AUTHORITY_GROUPS:
                    ent.groups.add("behörde")  # die Behörde: das Landeskriminalamt, das Ministerium
                if "bank" in ent.groups:
                    ent.groups.add("institut")  # das Institut, a credit institute: the bank
            if not ent.gender and ph.gender:
                ent.gender = ph.gender
            return ent
        if ph.kind == "person" and ph.person is not None:
            body = self._body_name_goes_on(ph)
            if body is not None:
                return body
        if ph.kind == "person" and ph.person is not None and self._genitive_surname(ph):
            # der behandelnde Arzt Lahms: Lahm's doctor, whom the article does not name
            key = ("genitive", ph.last)
            if key not in self.genitive_descs:
                self.genitive_descs[key] = self._unnamed(Phrase("desc", ph.first, ph.last, role=ph.role, role_word=ph.role_word, gender=ph.gender))
            return self.genitive_descs[key]
        if ph.kind == "person" and ph.person is not None:
            gender = _gender_of_person(ph)
            ent = self._person_entity(ph.person, pos, gender or ph.gender, ph.role)
            if not ent.gender:
                ent.gender = gender
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

    def _body_name_goes_on(self, ph: Phrase) -> Entity | None:
        """`von Human Rights Investigation` after `Die Organisation Human Rights Investigation`: a
        person's name read short whose capitalised words go on into the name of a body of the
        article is that body (not another body or person sharing its first words)."""
        d = self.d
        j = ph.last
        while j < d.n and j - ph.last < 2 and d.cap(j) and not d.is_punct(j):
            j += 1
        for end in range(j, ph.last, -1):
            body = d.by_alias.get(fold(_surface(d, ph.first, end)))
            if body is not None and body.kind != "person":
                return body
        return None

    def _genitive_surname(self, ph: Phrase) -> bool:
        """`der behandelnde Arzt Lahms`, `die Anwältin Mir Hosseinis`: a role and a name that is, less
        its genitive -s, the surname (or the end of the name) of a person named before (and never
        written as such): the role of that person's unnamed someone, no name."""
        d = self.d
        name = ph.person
        size = len(name.tokens)
        if ph.role is None or ph.role.cls != "person" or size > 3:
            return False
        word = name.tokens[-1]
        if not word.endswith("s") or len(word) < 4 or word[-2] in "sßxz":
            return False
        k = ph.last - size
        if not (0 < k and ph.last <= d.n and tuple(d.text[k : ph.last]) == name.tokens and role_of(d.text[k - 1]) is not None):
            return False  # the role right before the name: not `Arzt Thomas`
        written = tuple(N.surname_skeleton(t) for t in name.tokens)
        bare = written[:-1] + (N.surname_skeleton(word[:-1]),)

        def tail(e: Entity) -> tuple[str, ...]:
            return e.person.family_core()[-1:] if size == 1 else tuple(N.surname_skeleton(t) for t in e.person.tokens[-size:])

        if any(e.person is not None and tail(e) == written for e in d.entities):
            return False
        return any(e.kind == "person" and e.person is not None and tail(e) == bare for e in d.entities)

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
                if role.media and _state_word(fold(word)):
                    continue  # die Bundesnetzagentur is an authority, no news agency
                ent.groups.add(role.group)
                ent.kind = "media" if role.media else ent.kind
                ent.gender = ent.gender or self.d.org_gender.get(role.base, "")

    def _register_complement_body(self, start: int, end: int) -> None:
        """`der Vizechef der Gewerkschaft Verdi, Jan-Hendrik Olsen`: the named body in a person's
        role complement is introduced too (a later `die Gewerkschaft` is Verdi)."""
        d = self.d
        for k in range(start, end - 2):
            if d.low[k] not in ("der", "des", "am", "beim", "vom"):
                continue
            # der Gewerkschaft Verdi; des Verbraucherzentrale Bundesverbands (vzbv); (Richterin) am Europäischen Gerichtshof
            known = next(((j, e) for j in range(end, k + 1, -1) for e in (d.by_alias.get(fold(_surface(d, k + 1, j))),)
                          if e is not None and e.kind != "person"), None)
            if known is not None:
                d.add_ref(k + 1, known[0], known[1])  # der Coach des SV Lippstadt 08: a body named before
                continue
            head = k + 1 if k + 2 < end and role_of(d.text[k + 1]) is None and d.cap(k + 1) else k
            role = role_of(d.text[head + 1])
            if role is None or role.cls != "org":
                continue
            stop = head + 2
            while stop < end and d.norm[stop] != "," and d.low[stop] not in ("der", "des"):
                stop += 1
            ph = _phrase(d, k, stop)
            ent = None
            if ph.kind == "org" and ph.name:
                if d.low[k] == "des" and ph.org is None and ph.role is not None and ph.role.cls == "org":
                    words = ph.name.split()
                    head = _uninflect(words[-1], ph.role)  # des Verbraucherzentrale Bundesverbands
                    if head != words[-1]:
                        ph.name = " ".join(words[:-1] + [head])
                        ph.aliases.add(fold(ph.name))
                ent = self.entity_for(ph, k)
            elif ph.kind == "desc" and self._names_body(ph):
                ent = self._desc_org(ph, k)  # der Präsident der Bundesnetzagentur
            if ent is not None:
                d.add_ref(ph.first, ph.last, ent)

    def _register_genitive_body(self, k: int, end: int) -> None:
        """`des Multilateralen Investitionsfonds (MIF) der Interamerikanischen Entwicklungsbank
        (IADB)`: a body named with its acronym in a genitive after a body's name is introduced too."""
        d = self.d
        if k + 2 < end and d.norm[k] == "(" and d.norm[k + 2] == ")":
            k += 3
        if not (k + 1 < end and d.low[k] in ("der", "des")):
            return
        tail = _phrase(d, k, end)
        ent = None
        if tail.kind == "org" and tail.aliases - {fold(tail.name or "")}:
            ent = self.entity_for(tail, k)
        elif tail.kind == "desc" and tail.aliases and self._names_body(tail):
            ent = self._desc_org(tail, k)
        if ent is not None:
            d.add_ref(k, end, ent)

    def _person_entity(self, name: PersonName, pos: int, gender: str = "", role: Role | None = None) -> Entity:
        d = self.d
        if len(name.tokens) < 3 and not name.suffix:
            name = self._fullest_in_text(name, gender)
        matches = [e for e in d.entities if e.person is not None and N.compatible(e.person, name)]
        if gender in ("m", "f"):
            # Stephanie zu Guttenberg (a given name written) is not Minister Guttenberg (m); among several, the one of the gender
            matches = [e for e in matches if e.gender in ("", gender)] or (matches if len(matches) > 1 or not name.given else [])
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
            matches = self._misspelt_person(name) or self._first_name_person(name)
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

    def _fullest_in_text(self, name: PersonName, gender: str = "") -> PersonName:
        """`Cengiz` after `…, Hatice Cengiz,` or `Saif al-Islam` after `Saif al-Islam al-Gaddafi`:
        a short name written inside exactly one longer name elsewhere in the article is that name
        (of the same gender: Minister Guttenberg is not Stephanie zu Guttenberg)."""
        d = self.d
        size = len(name.tokens)
        found: dict[str, PersonName] = {}
        for p in d.positions(name.tokens[0]):
            if d.text[p : p + size] != list(name.tokens):
                continue
            sf = d.sent_first[d.sent[p]]
            k = p
            while k > sf and p - k < 4 and (self._name_word(k - 1) or (k - 2 >= sf and d.particle(k - 1) and self._name_word(k - 2)
                                                                       and not (d.given(k - 2) is None and d.low[k - 3] in d.dets))):
                k -= 1  # Mohammed bin Abdulrahman Al Thani; not: die Rolle von Jeb Bush (a noun after its article)
            if k == sf and k < p and d.given(k) is None and not (k + 1 == p and d.given(p) is None and proper_word(d.text[k])):
                k += 1  # a capitalised first word of the sentence is no given name (unless no word: György)
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
            if full is not None and (N.compatible(name, full) or (k == p and size > 1)) and not (
                    gender in ("m", "f") and full.gender in ("m", "f") and full.gender != gender):
                found[N.person_key(full)] = full
        return next(iter(found.values())) if len(found) == 1 else name

    def _name_word(self, i: int) -> bool:
        """May token i belong to a person's name (no role, demonym, country or preposition)?"""
        d = self.d
        f = fold(d.text[i])
        return (d.namey(i) and d.low[i] not in d.preps and role_of(d.text[i]) is None and d.low[i] not in d.lex.titles
                and f not in d.lex.demonyms and f not in d.lex.countries and not d.noun_before_name(i)
                and not ((i > 0 and (d.low[i - 1] in d.dets or d.text[i - 1][:1].islower()) or i + 1 < d.n and d.given(i + 1) is not None)
                         and description_noun(d.text[i])))  # der Freiberger Geologe Florian X: a noun before a listed given name

    def _first_name_person(self, name: PersonName) -> list[Entity]:
        """`Sonthi` after `General Sonthi Boonyaratglin`: the one person of the article whose first
        name the lone word is (none when two people share it)."""
        fits = [e for e in self.d.entities if e.kind == "person" and e.person is not None and N.first_name_alone(name, e.person)]
        return fits if len(fits) == 1 else []

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
        covered, in_long_quote, caps, text = d.covered, d.in_long_quote, d.caps, d.text
        while i < n:
            if covered[i] or in_long_quote[i] or not caps[i] and not text[i][:1].isdigit() and not _lower_compound(text[i]):
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
            if _attributive(d.text[k]) or d.country_gen(k) is not None or _AGE_ADJ.match(d.text[k]) or NUMBERED.match(d.text[k]) or (
                    d.text[k].endswith("-") and d.low[k + 1] in _CONJ) or (  # der Lesben- und Schwulenverband
                    low in _CONJ and k > sf and d.text[k - 1].endswith("-")):
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
                return _after_paren_word(d, run, end_sent)
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
            while j + 1 < end_sent and d.low[j] in ("of", "for") and d.cap(j + 1):
                j = max(_org_run(d, j + 1, end_sent), j + 2)  # Bank of England, Bank of New York
            j = _after_paren_word(d, j, end_sent)
            if j > i + 1:
                return j
        j = _complement_end(d, j, end_sent)
        if (role is None or role.cls == "person") and j < end_sent and d.given(j) is not None:
            run = _person_run(d, j, end_sent)
            if run > j + 1:
                return run
        if role is not None and role.cls == "person":
            j = _place_before_name(d, j, end_sent)
            j = self._field_before_name(j, end_sent)
            if j + 3 < end_sent and d.norm[j] == "(" and d.norm[j + 2] == ")" and d.norm[j + 3] == ",":
                j += 3  # die Chefin des Bundesverbands Solarwirtschaft (BSW), Ina Roth
        if j + 1 < end_sent and d.norm[j] == "," and role is not None and role.cls == "person":
            run = _person_run(d, j + 1, end_sent)
            if run > j + 1 and (run >= end_sent or d.norm[run] in (",", "(", ")") or d.is_punct(run) or d.text[run][:1].islower()):
                return run
        return _after_paren_word(d, j, end_sent)

    def _field_before_name(self, j: int, end: int) -> int:
        """`dem Vize-Außenminister für internationale Beziehungen, Abbas Araghchi`: a short field
        (für + words, no punctuation) between a person's role and its name after a comma is part of
        the role (j unchanged if no given name follows the comma)."""
        d = self.d
        if j + 3 >= end or d.low[j] != "für":
            return j
        for k in range(j + 2, min(end - 1, j + 6)):
            if d.norm[k] == ",":
                return k if d.given(k + 1) is not None and d.namey(k + 2) else j
            if d.is_punct(k) or d.quote_mark[k] or d.given(k) is not None or d.low[k] in d.dets:
                return j
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
        regime_head, gov_head, acronym = _scan_word(t)
        if regime_head:
            start = self._np_start(i)
            end = i + 2 if i + 1 < d.n and d.country_gen(i + 1) is not None else i + 1
            gov = self._regime(_phrase(d, start, end))  # der Militärregierung Myanmars
            if gov is not None:
                d.add_ref(start, end, gov)
                return end
        countries = self._country_list(i)
        if countries:
            # `Portugal und Norwegen zeigten sich verstimmt`: countries coordinated outside a
            # prepositional phrase are their governments, a group (see `coordinations`)
            for k, country in countries:
                d.add_ref(k, k + 1, self.entity_for(Phrase("gov", k, k + 1, gov=country), k))
            return countries[-1][0] + 1
        known = _known_org(d, i, d.n)
        if known is not None:
            start = self._np_start(i)
            end = known[1]
            if end + 2 < d.n and d.norm[end] == "(" and d.norm[end + 2] == ")":
                end += 3
            if _phrase(d, start, end).kind in ("desc", "empty"):
                # das Bundesamt für Verfassungsschutz: a listed name the reading cut at its für
                org = known[0]
                d.add_ref(start, end, self.entity_for(Phrase("org", start, end, name=org.name, org=org), start))
                return end
            return self._register(start, end)
        role = role_of(t) if d.given(i) is None else None
        age = _AGE_NOUN.match(t)
        if role is not None or age:
            start = self._np_start(i)
            end = self._np_end(i, role)
            return self._register(start, end)
        if gov_head:
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
            (d.namey(i + 1) or d.particle(i + 1)) and (d.given(i) is not None or d.unlisted_given(i)) or N.is_family_first(d.text[i : i + 3])
        ):
            end = _person_run(d, i, d.n)
            if end > i + 1:
                start = self._np_start(i)
                if end + 2 < d.n and d.norm[end] == "(" and d.norm[end + 2] == ")":
                    end += 3
                return self._register(start, end)
        if d.type_cue_ahead[i] and d.namey(i) and not (d.low[i].endswith("en") and _person_noun(t[:-2], "m")):
            # not a declined person noun before the name (beim Regionalligisten SV Lippstadt 08)
            end = _org_run(d, i, d.n)
            if d.typed_name(i, end):
                return self._register(self._np_start(i), end)  # Hertha BSC, IG Metall
        if d.attribute_cue_ahead[i] and d.sent_first[d.sent[i]] < i and d.namey(i):
            end = _person_run(d, i, d.n)
            if end > i + 1 and _person_attribute_at(d, end):
                return self._register(self._np_start(i), end)  # Zweite wurde Sigrid Aasland Haugen aus Norwegen
        if acronym:
            if i > 0 and d.norm[i - 1] == "(" and i + 1 < d.n and d.norm[i + 1] == ")":
                return i + 2  # an alias or a party, taken with its phrase
            start = self._np_start(i)
            return self._register(start, i + 1)
        return i + 1

    def _country_list(self, i: int) -> list[tuple[int, Country]]:
        """The countries named bare (no article) from i on, joined by commas and a final und /
        sowie (`Portugal und Norwegen`, `Chile, Peru und Bolivien`), not after a preposition or an
        article; [] unless there are two or more."""
        d = self.d
        if i > 0 and (d.low[i - 1] in d.preps or d.low[i - 1] in d.dets):
            return []
        found: list[tuple[int, Country]] = []
        k = i
        while k < d.n and d.cap(k):
            country = d.lex.countries.get(fold(d.text[k]))
            if country is None or fold(country.name) != fold(d.text[k]):
                break
            found.append((k, country))
            if k + 2 >= d.n or not (d.norm[k + 1] == "," or d.low[k + 1] in _CONJ):
                break
            k += 2
        while found and (found[-1][0] == i or d.low[found[-1][0] - 1] not in _CONJ):
            found.pop()  # a list ends in und / sowie
        return found if len(found) >= 2 else []

    def _party_adjective(self, ph: Phrase) -> Phrase:
        """`Der grüne Staatssekretär`: a party written as a lowercase adjective before a person's
        role is the person's party, no body (a description of a person of that party)."""
        d = self.d
        if ph.kind != "org" or ph.org is None or ph.org.group != "partei" or not ph.name or not ph.name[:1].islower():
            return ph
        k = ph.last
        role = role_of(d.text[k]) if k < d.n and d.cap(k) else None
        if role is None or role.cls != "person" or ph.first < 1 or d.low[ph.first - 1] not in d.dets:
            return ph
        det = d.low[ph.first - 1]
        return Phrase("desc", ph.first - 1, k + 1, role=role, role_word=_norm_role_word(d.text[k], role), gender=role.gender,
                      definite=det not in d.indef, indefinite=det in d.indef, parties={ph.org.name},
                      desc=fold(d.text[k]), desc_text=d.text[k])

    def _english_body(self, ph: Phrase) -> Phrase:
        """`Die Bank of England`: a body noun and `of` + capitalised words is an English name, the
        whole of it (the reading stops at the lowercase `of`)."""
        d = self.d
        if ph.kind != "desc" or ph.role is None or ph.role.cls != "org" or ph.possessive or ph.indefinite:
            return ph
        k = self._head_noun(ph)
        last = min(ph.last, d.n)
        if k is None or k + 2 >= last or d.low[k + 1] not in ("of", "for") or not all(d.cap(j) or d.low[j] in ("of", "for", "and", "the") for j in range(k + 1, last)):
            return ph
        return Phrase("org", ph.first, ph.last, name=_surface(d, k, last), role=ph.role, role_word=ph.role_word, gender=ph.gender)

    def _chamber_court(self, start: int, end: int) -> tuple[Entity, int] | None:
        """`Der 6. Strafsenat des Oberlandesgerichts in Düsseldorf`, `die Kammer des Landgerichts
        Kleve`: a court's chamber or senate speaks for the court its genitive names; the court is
        named by its noun and seat (Oberlandesgericht Düsseldorf) or by a federal noun alone
        (Bundesgerichtshof). Returns the court and where the phrase ends (after the seat)."""
        d = self.d
        k = next((x for x in range(start, min(end, d.n - 2)) if d.cap(x) and d.low[x + 1] in ("des", "der")), None)
        if k is None:
            return None
        chamber, court = role_of(d.text[k]), role_of(d.text[k + 2])  # die Große Strafkammer des Landgerichts
        if chamber is None or chamber.base not in ("kammer", "senat") or court is None or court.group != "gericht":
            return None
        name, last = _uninflect(d.text[k + 2], court), k + 3
        if last + 1 < d.n and d.low[last] == "in" and d.cap(last + 1) and d.namey(last + 1):
            last += 2  # des Oberlandesgerichts in Düsseldorf
        elif last < d.n and d.cap(last) and d.namey(last) and role_of(d.text[last]) is None:
            last += 1  # des Landgerichts Kleve
        if last > k + 3:
            name += " " + d.text[last - 1]
        elif not _state_word(fold(name)):
            return None  # des Gerichts: no court's name
        ph = Phrase("org", k + 2, last, name=name, role=court, role_word=_norm_role_word(d.text[k + 2], court), gender="n")
        return self.entity_for(ph, start), max(last, end)

    def _court_of_chamber(self, ph: Phrase) -> Entity | None:
        """`Das Landgericht Verden verurteilte … befand die 2. Große Strafkammer`: a court's chamber or
        senate without a genitive speaks for the court named last before it (and so do the places
        that the scan took for the chamber's own name: die Große Strafkammer)."""
        d = self.d
        if ph.role is None or ph.role.base not in ("kammer", "senat") or not ph.definite or not N.same_role_family(ph.role_word, "gericht"):
            return None
        court = next((r.entity for r in reversed(d.refs_before(ph.first)) if r.entity.kind == "organization"
                      and r.entity.members is None and (_name_head_ends(r.entity, "gericht") or _name_head_ends(r.entity, "gerichtshof"))), None)
        if court is not None:
            for r in d.refs:
                if r.pos < ph.last and ph.first < r.end:
                    r.entity = court
        return court

    def _register(self, start: int, end: int, speaker: bool = False) -> int:
        d = self.d
        court = self._chamber_court(start, end)
        if court is not None:
            d.add_ref(start, court[1], court[0], speaker)
            return court[1]
        ph = self._party_adjective(self._english_body(_phrase(d, start, end)))
        if ph.kind == "person" and ph.first > start:
            self._register_complement_body(start, ph.first)
        if ph.kind in ("person", "org", "gov") and not self._person_noun_org(ph):
            ent = self.entity_for(ph, start)
            if ent is not None:
                d.add_ref(start, end, ent, speaker)
            if ph.kind == "org":
                self._register_genitive_body(ph.last, end)
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
        if ph.role is not None and ph.role.cls == "person":
            self._register_complement_body(start, end)  # die Piloten des Ferienfliegers Condor
        self.pending.append((start, end, ph))

    def resolve_text_desc(self, ph: Phrase, start: int, end: int) -> None:
        if self._bare_person_role(ph, start):
            # `als Abgeordneter`, `vor Journalisten`, `wird neuer Trainer beim VfB`: a role noun
            # without an article is a predicate or a bare plural, no one to refer back to
            return
        ent = self._apposition_head(ph, start) or self._named_apposition(ph, end) or self.resolve_desc(ph, start)
        if ent is None:
            ent = self._desc_org(ph, start) or self._unnamed(ph)
        self.d.add_ref(start, end, ent)

    def _bare_person_role(self, ph: Phrase, start: int) -> bool:
        """Is this a person's role noun in the text without an article or possessive, no apposition
        and no headline-like subject: a predicate (`als Abgeordneter`) or a bare plural?"""
        d = self.d
        if ph.role is None or ph.role.cls != "person" or ph.age or ph.possessive or ph.indefinite or ph.definite:
            return False
        if start >= d.n or d.low[start] in d.dets or d.low[start] in d.indef:
            return False
        if start > 0 and d.norm[start - 1] in (",", "(", "–"):
            return False  # an apposition: Klaus Sommer, Chef des Verbandes
        # a headline-like subject: Polizeisprecher Meier …
        return not (start == d.sent_first[d.sent[start]] and start + 1 < d.n and d.text[start + 1][:1].isupper())

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

    def _named_apposition(self, ph: Phrase, end: int) -> Entity | None:
        """`Die Hausbank, die Märkische Kreditbank, …`: a definite body noun followed by a comma and a
        named body of its kind is that body (a later `die Bank` is the named one)."""
        d = self.d
        if ph.role is None or ph.role.cls != "org" or not ph.definite or end + 1 >= d.n or d.norm[end] != ",":
            return None
        named = next((r.entity for r in reversed(d.refs_before(end + 2)) if r.pos == end + 1), None)
        if named is None or named.kind == "person" or named.members is not None or not named.name or ph.role.group not in named.groups:
            return None
        return named

    def _desc_org(self, ph: Phrase, pos: int) -> Entity | None:
        """A definite description of a body (das isländische Fischereiministerium) names it."""
        if ph.role is None or ph.role.cls != "org" or not ph.definite or ph.possessive or not ph.desc_text or self._no_one_body(ph):
            return None
        d = self.d
        acronym = self._paren_acronym(ph)
        words = _strip_article(ph.desc_text).split(" ")
        if len(words) == 1 and fold(words[0]).endswith(_ORGAN_HEADS) and not _state_word(fold(words[0])) and acronym is None:
            # die Hausverwaltung, die Vereinsführung: the management of a body the phrase does not name
            return self._unnamed(ph)
        word = fold(_uninflect(words[0], ph.role))
        if len(words) == 1 and acronym is None and (
                (word == ph.role.group or word == fold(ph.role.base) and not word.endswith(ph.role.group))
                and (not ph.role.gov or ph.role.group == "regierung")
                or ph.role.group in _KIND_AUTHORITIES and word in {prefix + fold(ph.role.base) for prefix in ("",) + _STATE_PREFIXES}):
            # die Organisation, die Partei, die Medien, die Gemeinschaft, das Haus: the noun of a class of
            # bodies alone (its group's word, or its own base word unless a compound of the group's: not
            # der Bundesrat) names no one body;
            # a government is named by its country (Regierung Frankreichs), a place's authority by its place
            # (die Polizei … die Bochumer Polizei); an authority's kind, federal or not, names none
            # (die Behörde, das Bundesamt, das Landesministerium)
            return self._unnamed(ph)
        if (ministry := self._land_ministry(ph, words)) is not None:
            return self.entity_for(_named_body(ph, ministry), pos)
        if len(words) == 3 and words[1] in ("des", "der") and _person_role_word(words[2]):
            # die Regierung des Ministerpräsidenten, die Partei der Kanzlerin: a body described by a person
            # the phrase does not name
            return self._unnamed(ph)
        if (words[0][:1].islower() and _ADJ_ENDING.search(words[0]) and ph.role.group != "regierung"
                and tuple(fold(_uninflect(" ".join(words), ph.role)).split()) not in d.lex.orgs):
            if acronym is not None:
                while len(words) > 1 and words[0][:1].islower():
                    words.pop(0)  # das deutsche Organisationskomitee (OK): the adjective is no part of the name
            else:
                # die iranische Staatsanwaltschaft, das isländische Fischereiministerium: a body only described,
                # never named, is no one's name; a government is (die nordrhein-westfälische Landesregierung)
                return self._unnamed(ph)
        if ph.role.group == "regierung" and words[0][:1].islower() and _ADJ_ENDING.search(words[0]) and _noun_gender(d, words[-1]) == "f":
            # der schottischen Regierung → schottische Regierung: a government's adjective in the nominative
            words[0] = _ADJ_ENDING.sub("", words[0]) + "e"
        k = ph.first
        while k < ph.last and (d.low[k] in d.dets or not d.cap(k)):
            k += 1
        # in the nominative: des Bundesministeriums des Innern, Der Ständige Ausschuss des Volkskongresses
        name = _state_body_name(d, _uninflect(" ".join(_nominative_words(d, words, _article_before(d, k))), ph.role))
        if acronym is not None:
            ph.aliases.add(fold(acronym))
            if name.endswith("-"):  # der Bundesverband der Energie- und Wasserwirtschaft (BDEW)
                name = _uninflect(_surface(d, k, ph.last - 3), ph.role) or name
        acronyms = [a for a in ph.aliases if a]
        if acronyms and len(name.split()) < 2 and not _state_word(fold(name)) and not _person_named_compound(name):
            # das Kartellamt (BKartA): a generic noun yields to the acronym; a federal or state body's
            # compound is its name (das Bundesverwaltungsgericht (BVerwG)), and so is a compound
            # after a person (das Paul-Ehrlich-Institut (PEI))
            name = self._alias_surface(ph) or name
        return self.entity_for(_named_body(ph, name), pos)

    def _body_head(self, ph: Phrase) -> int | None:
        """The token of a body description's role noun (die deutsche Botschaft: Botschaft)."""
        d = self.d
        return next((x for x in range(ph.first, ph.last) if d.cap(x) and role_of(d.text[x]) is not None), None)

    def _plural_body(self, ph: Phrase) -> bool:
        """Is a body description a plural (die Gewerkschaften, den Hilfsorganisationen)?"""
        if ph.role is None or ph.role.cls != "org":
            return False
        k = self._body_head(ph)
        return k is not None and plural_noun(self.d.text[k])

    def _no_one_body(self, ph: Phrase) -> bool:
        """Does a body description name no one body: a plural (die Gewerkschaften) or a part of a body
        only described by a singular noun at its end (die Geschäftsführung des Unternehmens, die
        Website des amerikanischen Fernsehsenders; not der Bundesverband der Hersteller, named by
        its members)? A body noun with an acronym in parentheses names one."""
        k = self._body_head(ph)
        if k is None or self._paren_acronym(ph) is not None:
            return False
        if self._plural_body(ph):
            return True
        return self._kind_genitive(ph, k) is not None

    def _kind_genitive(self, ph: Phrase, k: int) -> int | None:
        """Where a body described only by its kind in the singular genitive begins after the head
        noun at k (die Website | des amerikanischen Fernsehsenders)."""
        d = self.d
        g = k + 1
        if g >= ph.last or d.low[g] not in ("des", "der"):
            return None
        article = d.low[g]
        x = g + 1
        while x < ph.last and d.text[x][:1].islower():
            x += 1  # des amerikanischen Fernsehsenders
        if x + 1 != ph.last:
            return None
        role = role_of(d.text[x])
        return g if role is not None and role.cls == "org" and (article == "des" or _noun_gender(d, d.text[x]) == "f") else None

    def _organ_of_body(self, ph: Phrase) -> Entity | None:
        """`die Website des amerikanischen Fernsehsenders`, `die Geschäftsführung des Unternehmens`: a
        body's publication or managing organ, its body described by its kind, speaks for the body
        that description refers back to."""
        k = self._body_head(ph)
        if k is None or not ph.definite or ph.possessive:
            return None
        head = role_of(self.d.text[k])
        if head is None or not (head.group == "website" or fold(self.d.text[k]).endswith(_ORGAN_HEADS)):
            return None
        g = self._kind_genitive(ph, k)
        if g is None:
            return None
        body = _phrase(self.d, g, ph.last)
        return self.resolve_desc(body, ph.first) if body.kind == "desc" else None

    def _sister_party(self, ph: Phrase) -> Entity | None:
        """`die Schwesterpartei der CSU`: the one party the lexicon knows to form a union with the
        party in the genitive."""
        d = self.d
        k = self._head_noun(ph)
        if k is None or k + 3 != ph.last or not ph.definite or fold(d.text[k]) != "schwesterpartei" or d.low[k + 1] != "der":
            return None
        party = d.lex.parties.get(fold(d.text[k + 2]))
        sister = d.lex.sister_parties.get(party or "")
        return self.entity_for(Phrase("org", ph.first, ph.last, name=sister, gender="f"), ph.first) if sister else None

    def _firm_management(self, ph: Phrase) -> Entity | None:
        """`warf der Geschäftsführung vor`, `dem Management`: a firm's management alone (no genitive)
        speaks for the firm the article is about: the most salient named firm before it."""
        d = self.d
        k = self._head_noun(ph)
        if k is None or k + 1 != ph.last or not ph.definite or ph.possessive:
            return None
        word = fold(d.text[k])
        if not (word == "management" or word.startswith(_FIRM_PREFIXES) and word.endswith(("fuhrung", "leitung", "spitze"))):
            return None
        firms = {id(r.entity): r.entity for r in d.refs_before(ph.first) if r.entity.kind == "organization" and r.entity.name
                 and r.entity.members is None and "unternehmen" in r.entity.groups}
        return max(firms.values(), key=lambda e: self._salience(e, ph.first), default=None)

    def _names_body(self, ph: Phrase) -> bool:
        """Does a definite body description name one body (die Bundesnetzagentur, der Verbraucherzentrale
        Bundesverband, der Bundesverband der Energiewirtschaft (BDEW)) rather than a kind (die Behörde)?"""
        d = self.d
        if ph.role is None or ph.role.cls != "org" or not ph.definite or ph.possessive or ph.role.gov and ph.role.group == "regierung":
            return False
        if self._paren_acronym(ph) is not None:
            return True
        words = [k for k in range(ph.first, ph.last) if d.cap(k) and d.low[k] not in d.dets]
        if len(words) >= 2 and all(d.namey(k) or role_of(d.text[k]) is not None for k in words):
            # not a place adjective before a kind: der Walldorfer Konzern, der Münchner Autobauer
            return not any(d.low[k].endswith("er") and role_of(d.text[k]) is None for k in words)
        return len(words) == 1 and _state_word(fold(d.text[words[0]]))

    def _same_body(self, ph: Phrase, ent: Entity) -> bool:
        """May a named body description be this entity: the same acronym, or a role word of the
        entity that the description's head ends with and that is more than the bare kind
        (das Bundesinnenministerium → das Innenministerium (BMI); not der Bundesverband X → the vzbv)."""
        acronym = self._paren_acronym(ph)
        if acronym is not None:
            return fold(acronym) in ent.aliases
        base = fold(ph.role.base)
        return any(r != base and ph.role_word.endswith(r) for r in ent.roles)

    def _paren_acronym(self, ph: Phrase) -> str | None:
        """The acronym in parentheses that ends a phrase: Bundesverband der Energiewirtschaft (BDEW)."""
        d = self.d
        k = ph.last
        if k - 3 >= ph.first and d.norm[k - 1] == ")" and d.norm[k - 3] == "(" and _ACRONYM.match(d.text[k - 2]):
            return d.text[k - 2]
        return None

    def _alias_surface(self, ph: Phrase) -> str | None:
        d = self.d
        for k in range(ph.first, min(ph.last + 8, d.n - 2)):
            if d.norm[k] == "(" and d.norm[k + 2] == ")" and fold(d.text[k + 1]) in ph.aliases:
                return d.text[k + 1]
        return None

    def _unnamed(self, ph: Phrase) -> Entity:
        kind = "person" if ph.role is None or ph.role.cls == "person" else "organization"
        ent = Entity(kind, None, gender="p" if self._plural_body(ph) else ph.gender)
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
        scanned, in_long_quote, caps = d.covered, d.in_long_quote, d.caps
        for i in range(d.n):
            if covered[i] or scanned[i] or in_long_quote[i] or not caps[i]:
                continue
            t = d.text[i]
            f = fold(t)
            org = d.by_alias.get(f)
            if org is not None and org.kind != "person":
                d.add_ref(i, i + 1, org)
                continue
            if d.low[i] in d.dets or d.low[i] in d.pronouns or d.low[i] in d.common:
                continue
            cands = by_family.get(N.surname_skeleton(t))
            if cands is None and t.endswith("s") and len(t) > 3:
                cands = by_family.get(N.surname_skeleton(t[:-1]))
            if not cands:
                continue
            if len(cands) > 1:
                best = max(cands, key=lambda e: d.last_ref(e, i))
            else:
                best = cands[0]
            d.add_ref(i, i + 1, best)

    def expand_acronyms(self) -> None:
        """`National Public Radio (NPR)`: a body known by its acronym takes the full name that the
        article writes before the acronym in parentheses (the initials of its capitalised words)."""
        d = self.d
        for ent in d.entities:
            if ent.kind == "person" or ent.members is not None or not ent.name or not _ACRONYM.match(ent.name):
                continue
            acronym = ent.name.upper()
            if not 2 <= len(acronym) <= 6:
                continue
            # Public Broadcasting Service (PBS-TV): the acronym with a kind after a hyphen too
            hyphened = [p for p in range(1, d.n - 1) if d.norm[p - 1] == "(" and d.text[p].startswith(ent.name + "-")]
            for p in d.positions(ent.name) + hyphened:
                if not (0 < p and p + 1 < d.n and d.norm[p - 1] == "(" and d.norm[p + 1] == ")"):
                    continue
                k, initials = p - 1, ""
                while k > 0 and len(initials) < len(acronym) and (d.cap(k - 1) or d.low[k - 1] in ("of", "for", "and", "the", "de")):
                    k -= 1
                    if d.cap(k):
                        initials = d.text[k][0].upper() + initials
                if initials == acronym and k < p - 1:
                    ent.aliases.add(fold(ent.name))
                    ent.name = _surface(d, k, p - 1)
                    break

    def coordinations(self) -> None:
        """`Hans Meier und Klaus Schulz unterzeichneten`: adjacent references joined by commas and a
        final und / sowie are also a group, the antecedent of a later `sie` or `die beiden`."""
        d = self.d
        chain: list[Ref] = []
        for ref in list(d.refs):
            end = self._after_affiliation(self._after_parenthesis(chain[-1].end)) if chain else 0
            if chain and chain[-1].end <= ref.pos < end:
                continue  # Werner Schulz (Grüne), Jan Berg von der Universität Kiel: party or affiliation
            if chain and ref.pos == end + 1 and ref.entity.members is None and ref.entity not in [r.entity for r in chain] and (
                d.low[end] in _CONJ or d.norm[end] == ","
            ):
                chain.append(ref)
                continue
            self._group_ref(chain, end)
            chain = [ref] if ref.entity.members is None and ref.entity.name else []
        self._group_ref(chain, self._after_affiliation(self._after_parenthesis(chain[-1].end)) if chain else 0)

    def _after_affiliation(self, end: int) -> int:
        """The token after a short affiliation that follows a reference ending at `end` (`von der
        Universität Kiel`, `vom Louvre in Paris`) up to a comma or und, else `end`."""
        d = self.d
        if end >= d.n or d.low[end] not in ("von", "vom", "aus"):
            return end
        for k in range(end + 1, min(d.n, end + 7)):
            if d.norm[k] == "," or d.low[k] in _CONJ:
                return k if k > end + 1 else end
            if not (d.cap(k) or d.low[k] in d.dets or d.low[k] in ("in", "im", "aus")):
                return end
        return end

    def _after_parenthesis(self, end: int) -> int:
        """The token after a short parenthesis that follows a reference ending at `end` (`(SPD)`), else `end`."""
        d = self.d
        if end < d.n and d.norm[end] == "(":
            for k in range(end + 1, min(d.n, end + 5)):
                if d.norm[k] == ")":
                    return k + 1
        return end

    def _group_ref(self, chain: list[Ref], end: int) -> None:
        """A list ending in und / sowie ("A, B und C") or in `und weitere` / `und andere` after its
        last name (A, B, C und weitere Kollegen: the named ones) is a group."""
        d = self.d
        open_end = end + 1 < d.n and d.low[end] in _CONJ and d.low[end + 1] in ("weitere", "andere")
        while chain and not open_end and d.low[chain[-1].pos - 1] not in _CONJ:
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
        ph = self._party_adjective(self._english_body(ph))
        team = self._team_group(ph.last - 1) if ph.kind in ("org", "desc") and ph.last - ph.first <= 2 else None
        if team is not None:
            return team  # das Forscherteam: the people listed before
        head = self._head_noun(ph) if ph.kind in ("org", "desc") and ph.definite else None
        head_word = fold(self.d.text[head]) if head is not None else ""
        if head_word == "freistaat":
            state = self._state_government("Freistaat")  # den Freistaat: the government of the state the article is set in
            if state is not None:
                return state
        if head == ph.last - 1 and head_word == "senat":
            state = self._state_government("Senat")  # den Senat: the government of the city-state the article is set in
            if state is not None:
                return state
        if head is not None and not ph.possessive and self.d.low[head] in _STATE_GOVERNMENT_NOUNS:
            state = self._land_government(ph)  # die (nordrhein-westfälische) Landesregierung, die Staatskanzlei
            if state is not None:
                return state
        if ph.definite and not ph.possessive and ph.first < ph.last <= self.d.n and self.d.low[ph.last - 1] in _STATES_NOUNS:
            states = self._listed_states(ph.first)  # Bayern, Hessen und Sachsen-Anhalt … Die Länder
            if states is not None:
                return states
        if head == ph.last - 1 and head_word == "bund" and (ph.last >= self.d.n or self.d.low[ph.last] not in ("der", "des")):
            # den Bund (not der Bund der Steuerzahler): the body named before whose name's head is a
            # compound of Bund (der Andreas-Bund, der Landesbund Hessen), else the federal government
            # of the country the article is set in (Germany by default)
            body = next((r.entity for r in reversed(self.d.refs_before(ph.first)) if r.entity.kind != "person"
                         and r.entity.gov is None and r.entity.members is None and _name_head_ends(r.entity, "bund")
                         and fold(_strip_quotes(r.entity.name).split()[0]) != "bund"), None)
            if body is not None:
                return body
            country = self._main_country() or self.d.lex.countries["deutschland"]
            return self.entity_for(Phrase("gov", ph.first, ph.last, gov=country), ph.first)
        if ph.kind == "desc" and ph.role is not None and ph.role.gov and ph.role.group == "regierung" and not ph.possessive:
            gov = self._governments(ph)  # Islands Regierung; die Regierungen von Deutschland und Frankreich
            if gov is not None:
                return gov
        if ph.kind in ("org", "desc"):
            sister = self._sister_party(ph)  # die Schwesterpartei der CDU: the CSU
            if sister is not None:
                return sister
            court = self._chamber_court(ph.first, ph.last)  # der Strafsenat des Oberlandesgerichts Celle
            if court is not None:
                return court[0]
            court = self._court_of_chamber(ph)  # die 2. Große Strafkammer after das Landgericht Verden
            if court is not None:
                return court
            gov = self._regime(ph)  # die Junta, die Militärregierung Myanmars, der mexikanische Staat
            if gov is not None:
                return gov
        if ph.kind in ("empty", "desc", "org", "person") and ph.role is None and ph.first + 1 == ph.last:
            gov = self._country_genitive(ph)  # eine Forderung Frankreichs
            if gov is not None:
                return gov
        if ph.kind in ("empty", "desc", "org") and ph.definite and ph.first + 2 == ph.last:
            gov = self._divided_country_half(ph)  # der Süden: the Südsudan of an article on both Sudans
            if gov is not None:
                return gov
        if ph.kind in ("desc", "pronoun") and self._both(ph):
            group = self.resolve_pronoun(Phrase("pronoun", ph.first, ph.last, pron=("p", "personal")), quotation)
            if group is not None and group.members is not None and len(group.members) == 2:
                return group  # Beide Staatschefs: the two named before
            return self._last_two(ph)  # Merkel traf Gore. Beide …: the two named last
        if self._person_noun_org(ph):
            # `der Landwirt aus dem Emsland`: a person noun, no body's name
            ent = self._roleless_desc(ph, pos)
            if ent is not None:
                return ent
        if ph.kind in ("person", "org", "gov"):
            return self.entity_for(ph, pos)
        if ph.kind == "group" and self._apposition_list(ph):
            return self.resolve_mention(ph.members[0], quotation, role)
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
            if (self.quoted_by is None or self.quoted_by[1] is None) and ph.pron[1] == "personal" and self._formal_sie(ph.first) \
                    and self.d.document.tokens[ph.first].in_quote:
                # „… in der Sie … bezichtigten“ with no addressee given: the one person the quoted speaker writes to
                speaker = self.quoted_by[0] if self.quoted_by is not None else next(
                    (r.entity for r in reversed(self.d.refs_before(ph.first)) if r.speaker), None)
                return self.resolve_pronoun(Phrase("pronoun", ph.first, ph.last, pron=("mf", "personal")), quotation, speaker)
            if self.quoted_by is not None and ph.pron[1] == "personal":
                speaker, addressee = self.quoted_by
                if self._formal_sie(ph.first):
                    if addressee is not None:
                        return addressee  # „… bei dem Sie die Türken bezichtigten“: the one addressed
                elif not_this is None:
                    not_this = speaker  # `er` in a quotation is someone the quoted speaker speaks of
            return self.resolve_pronoun(ph, quotation, not_this if ph.pron[1] != "reflexive" else None)
        if ph.kind == "desc" and self._bare_person_role(ph, ph.first):
            return self._unnamed(ph)  # `Kritiker hatten ihm vorgeworfen`: people no one named
        if ph.kind == "desc" and ph.possessive:
            body = self._owners_body(ph, quotation)
            if body is not None:
                return body  # seinem Ex-Arbeitgeber: the body the NPR-Journalist works for
            other = self._owners_counterpart(ph, quotation)
            if other is not None:
                return other  # seinem niederländischen Kollegen: the Dutchman he speaks to
            if ph.role is None and self._statement_noun(ph):
                # `Seit seiner Wutrede`: a statement noun the lexicon does not list names its owner
                genders, _ = self.d.pronouns[self.d.low[ph.first]]
                return self.resolve_pronoun(Phrase("pronoun", ph.first, ph.last, pron=(genders, "possessive")), quotation)
        if ph.kind == "desc":
            known = self._role_and_known_surname(ph) or self._organ_of_body(ph) or self._firm_management(ph)
            if known is not None:
                return known
            if self._complement(ph) == "indefinite":
                return self._unnamed(ph)  # der Besitzer eines Hauses: someone the article brings in
            named = self._names_body(ph)
            ent = self.resolve_desc(ph, pos)
            if named and not (ent is not None and self._same_body(ph, ent)):
                # der Bundesverband der Energie- und Wasserwirtschaft (BDEW) after the vzbv: another body
                ent = self._desc_org(ph, pos) or ent
            if ent is None and role == "speaker":
                ent = self._sole_previous_speaker(ph, pos)
            if ent is not None and ent.kind == "person" and not ent.gender and ph.gender in ("m", "f"):
                ent.gender = ph.gender  # die 38-Jährige: later pronouns and descriptions agree with her
            if (ent is not None and ent.kind != "person" and ent.name and ph.definite and ph.desc_text[:1].isupper()
                    and ent.person is None and ent.canon is None and len(ph.desc_text) > len(ent.name)
                    and fold(ph.desc_text).endswith(fold(ent.name))):
                ent.name = ph.desc_text  # the fullest name: die Polizei … die Bochumer Polizei
            if ent is None and (ph.indefinite or ph.role is not None and ph.role.cls == "person" or ph.age):
                return self._unnamed(ph)
            if ent is None:
                return self._desc_org(ph, pos)
            return ent
        if ph.kind == "empty":
            return self._statement_holder(ph)
        return None

    def _team_group(self, k: int) -> Entity | None:
        """`das Forscherteam`, `die Gruppe` (a definite article and a team noun at k): the group of
        people the article listed last, not too far back."""
        d = self.d
        if k < 1 or k >= d.n or d.low[k - 1] not in ("das", "die", "dem", "der") or not fold(d.text[k]).endswith(_TEAM_NOUNS):
            return None
        sentence = d.narr[d.sent[k]]
        return next((r.entity for r in reversed(d.refs_before(k - 1)) if r.entity.members is not None
                     and all(m.kind == "person" for m in r.entity.members) and sentence - d.narr[r.sentence] <= PERSON_DESC_SENTENCES), None)

    def _statement_holder(self, ph: Phrase) -> Entity | None:
        """`der Meldung zufolge`, `so die Studie`, `begegnete der Kritik`: a definite statement noun
        without a holder is the statement the article named before by the same noun (or a synonym:
        der Bericht … die Meldung, die Umfrage … die Studie) in the same number, and speaks for that
        statement's holder (`einem Bericht der BBC`, `einer Studie mit dem Titel „…“ der Stiftung`,
        `Kritik kommt vom Verband`). Going back, a definite one without holder is the same statement
        again; an indefinite or bare one without holder, or one whose holder is no name, ends the
        search: the article does not say whose it is."""
        d = self.d
        s, j = ph.first, ph.last - 1
        if (s >= j or d.low[s] not in _DEFINITE_ARTICLES or not d.cap(j) or not d.wrapper(j)
                or not all(d.text[x][:1].islower() for x in range(s + 1, j))):
            return None
        key = _statement_key(d.text[j])
        if key[0].startswith("anklage"):
            # laut der Anklage(schrift): the indictment is the prosecution's, the prosecutor's office named before
            return next((r.entity for r in reversed(d.refs_before(s)) if r.entity.kind == "organization" and r.entity.members is None
                         and _name_head_ends(r.entity, "anwaltschaft")), None)
        for x in range(j - 1, max(-1, j - STATEMENT_LOOKBACK), -1):
            if not d.cap(x) or not d.wrapper(x) or not _same_statement(_statement_key(d.text[x]), key):
                continue
            end = d.sent_first[d.sent[x] + 1] if d.sent[x] + 1 < len(d.sent_first) else d.n
            subject = not any(d.low[y] in d.preps for y in range(max(d.sent_first[d.sent[x]], x - 3), x))
            k = x + 2 if subject and x + 2 < end and d.low[x + 1] in _COME_FROM and d.low[x + 2] in ("von", "vom") else x + 1
            k = _wrapper_complement(d, k, end)
            if k < end and (d.low[k - 1] in ("von", "vom") or d.low[k] in _GENITIVE_ARTICLES):
                holder = next((r.entity for r in reversed(d.refs_before(k + 2)) if r.end > k), None)
                if holder is None and d.low[k] in _GENITIVE_ARTICLES:
                    # einem Bericht des Saarländischen Rundfunks: an outlet the scan did not introduce
                    named = _phrase(d, k, min(end, k + 5))
                    outlet = _outlet_entry(named.name) if named.kind == "org" and named.name else None
                    if outlet is not None:
                        holder = next((e for e in d.entities if e.name and _outlet_entry(e.name) is outlet), None) or self.entity_for(named, k)
                return holder if holder is not None and holder.name else None
            det = next((d.low[y] for y in range(x - 1, max(-1, x - 4), -1) if not d.text[y][:1].islower() or d.low[y] in d.dets), None)
            if det not in _DEFINITE_ARTICLES:
                return None
        return None

    def _owners_body(self, ph: Phrase, quotation) -> Entity | None:
        """`Williams warf seinem Ex-Arbeitgeber vor` after `des NPR-Journalisten Juan Williams`: a
        possessive employer noun (Arbeitgeber, Verein, Partei) is the body that the owner's role
        word names before its hyphen (NPR-Journalist, Bayern-Stürmer) or, for a party, his party."""
        d = self.d
        k = self._head_noun(ph)
        if k is None or ph.first >= d.n or d.low[ph.first] not in d.pronouns:
            return None
        noun = fold(d.text[k].rsplit("-", 1)[-1])
        if noun not in _EMPLOYER_NOUNS:
            return None
        genders, _ = d.pronouns[d.low[ph.first]]
        owner = self.resolve_pronoun(Phrase("pronoun", ph.first, ph.first + 1, pron=(genders, "possessive")), quotation)
        if owner is None or owner.kind != "person" or owner.members is not None:
            return None
        if noun == "partei":
            parties = [d.by_alias.get(fold(p)) for p in owner.parties]
            return parties[0] if len(parties) == 1 else None
        bodies, found = set(), None
        for r in d.refs:
            if r.entity is owner:
                for j in range(r.pos, min(r.end, d.n)):
                    head, _, rest = d.text[j].partition("-")
                    body = d.by_alias.get(fold(head)) if rest and role_of(rest[:1].upper() + rest[1:]) is not None else None
                    if body is not None and body.kind != "person" and body.gov is None:
                        bodies.add(id(body))
                        found = body
        return found if len(bodies) == 1 else None

    def _statement_noun(self, ph: Phrase) -> bool:
        """Is a possessive phrase's noun a compound of a statement noun (seiner Wutrede, ihrem Twitter-Posting)?"""
        d = self.d
        k = self._head_noun(ph)
        if k is None or ph.first >= d.n or d.low[ph.first] not in d.pronouns:
            return False
        low = d.low[k].rsplit("-", 1)[-1]
        wrappers, _ = _wrapper_words()
        return any(low[cut:] in wrappers for cut in range(len(low) - 3))

    def _owners_counterpart(self, ph: Phrase, quotation) -> Entity | None:
        """`Der Minister sagte seinem Kollegen`, `versicherte seinem Gast`, `gratulierte seiner
        Herausforderin`: a singular possessive noun of a relation between two people (colleague, guest,
        host, visitor, challenger, successor) is the most salient fitting person other than the owner
        (unlike `sein Stellvertreter`, often unnamed)."""
        d = self.d
        role = ph.role
        if (role is None or role.base not in _COUNTERPART_ROLES or ph.gender == "p" or ph.first >= d.n
                or d.low[ph.first] not in d.pronouns):
            return None
        genders, _ = d.pronouns[d.low[ph.first]]
        owner = self.resolve_pronoun(Phrase("pronoun", ph.first, ph.first + 1, pron=(genders, "possessive")), quotation)
        if owner is None or owner.kind != "person" or owner.members is not None:
            return None
        return self._salient_person(ph, ph.first, not_this=owner)

    def _role_and_known_surname(self, ph: Phrase) -> Entity | None:
        """`dem Bundestagsabgeordneten Montag` after `Jerzy Montag (Grüne)`: a person's role and a
        capitalised word that is no name by itself (a weekday, a noun), which the article wrote
        after a given name: that person."""
        d = self.d
        last = min(ph.last, d.n) - 1
        if ph.role is None or ph.role.cls != "person" or last <= ph.first or not d.cap(last) or d.namey(last):
            return None
        if role_of(d.text[last - 1]) is None:
            return None
        word = d.text[last]
        for p in d.positions(word):
            party = p + 3 < d.n and d.norm[p + 1] == "(" and d.norm[p + 3] == ")" and fold(d.text[p + 2]) in d.lex.parties
            given = p > 0 and (d.given(p - 1) is not None or d.cap(p - 1) and self._name_word(p - 1) and (proper_word(d.text[p - 1]) or party))
            if 0 < p < last and given and not (p > 1 and d.cap(p - 2) and d.namey(p - 2) and d.given(p - 2) is None):
                name = N.parse_person([d.text[p - 1], word])
                if name is not None:
                    ent = self._person_entity(name, p - 1, ph.gender if ph.gender in ("m", "f") else "", ph.role)
                    ent.roles.add(ph.role_word)
                    ent.groups.add(ph.role.group)
                    return ent
        return None

    def _extended_attribute(self, ph: Phrase, end: int) -> Phrase:
        """`die in New York City geborene Lopez`: an article, a phrase and an inflected participle or
        adjective before a name: the article is no relative pronoun, the mention is the name."""
        d = self.d
        end = min(end, d.n)
        while end > ph.last and d.is_punct(end - 1):
            end -= 1
        k = end
        while k > ph.last + 1 and d.cap(k - 1) and d.namey(k - 1):
            k -= 1
        if k == end or not re.search(r"[a-zäöüß](?:e|en|er|es|em)$", d.text[k - 1]) or d.low[ph.first] not in d.dets:
            return ph
        tail = _phrase(d, k, end)
        if tail.kind != "person":
            return ph
        tail.definite = True
        return tail

    def _apposition_list(self, ph: Phrase) -> bool:
        """`Jeb Bush, der frühere Gouverneur Floridas und Bruder des Präsidenten George W. Bush`: the
        `und` joins two roles of one apposition (the second role noun without an article), so the
        phrase names only the person before the comma."""
        d = self.d
        first = ph.members[0] if ph.members else None
        if first is None or first.kind != "person" or len(ph.members) != 2:
            return False
        k = first.last
        if k + 1 >= d.n or d.norm[k] != "," or d.low[k + 1] not in ("der", "die"):
            return False
        j = k + 2
        while j < ph.members[1].first and d.low[j] not in _CONJ:
            if d.norm[j] in (",", ";", "(", ")"):
                return False
            j += 1
        if j >= ph.members[1].first or j + 1 >= d.n:
            return False
        role = role_of(d.text[j + 1])
        return role is not None and role.cls == "person" and d.low[j + 1] not in d.dets

    def _governments(self, ph: Phrase) -> Entity | None:
        """A government description naming its countries: `Islands Regierung` (one country before a
        singular head) is that country's government; `die Regierungen von Deutschland und Frankreich`
        or `die Regierungen in Berlin und Paris` (countries or capitals joined by und after a plural
        head) the group of their governments."""
        d = self.d
        k = next((j for j in range(ph.first, min(ph.last, d.n)) if d.cap(j) and _base(d.text[j]) == ph.role.base), None)
        if k is None:
            return None
        if not d.low[k].endswith("en"):
            if ph.indefinite or len(ph.nations) != 1 or k + 1 < ph.last:
                return None
            country = self._country_of_government(next(iter(ph.nations)))
            return self.entity_for(Phrase("gov", ph.first, ph.last, gov=country), ph.first) if country is not None else None
        end = d.sent_first[d.sent[k] + 1] if d.sent[k] + 1 < len(d.sent_first) else d.n
        countries = []
        j = k + 1
        while j < min(end, k + 12):
            c = d.lex.countries.get(fold(d.text[j])) if d.cap(j) else None
            c = c or d.country_gen(j)
            if c is not None:
                if c not in countries:
                    countries.append(c)
            elif not (d.low[j] in ("von", "in", "der", "des", "aus") or d.low[j] in _CONJ or d.norm[j] == ","):
                break
            j += 1
        if len(countries) < 2 or d.low[j - 1] in _CONJ or d.norm[j - 1] == ",":
            return None
        members = [self.entity_for(Phrase("gov", ph.first, ph.last, gov=c), ph.first) for c in countries]
        return Entity("unknown", " und ".join(m.name for m in members), gender="p", members=members)

    def _regime(self, ph: Phrase) -> Entity | None:
        """A country's rulers by another word than Regierung (die Junta, die Militärregierung, das
        Regime, der mexikanische Staat) or die Regierung von X: that country's government. The
        country is named in the phrase (an adjective, von/in X, a genitive); else, for a definite
        phrase, it is the government named last before (for a regime word, the one last called a
        regime), or with none named the one country the article names most."""
        d = self.d
        k = next((j for j in range(ph.first, min(ph.last, d.n)) if d.cap(j) and d.low[j] not in d.dets), None)
        if k is None or ph.possessive or ph.indefinite:
            return None
        head = fold(d.text[k])
        if not (head.endswith(_REGIME_HEADS)
                or head == "staat" and len(ph.nations) == 1  # der mexikanische Staat; not der Staat alone (a federal state, the state as such)
                or head == "regierung" and k + 1 == ph.last and ph.definite and not ph.nations):  # die Regierung (von Myanmar)
            return None
        last = min(ph.last, d.n)
        if last == k + 1 and last + 1 < d.n and d.low[last] in ("von", "in") and d.cap(last + 1):
            last += 2  # die Regierung von Myanmar: the phrase ends before von
        if any(d.cap(j) and d.low[j] not in d.dets and j != k and d.country_gen(j) is None
               and fold(d.text[j]) not in d.lex.countries for j in range(k + 1, last)):
            return None  # die Regierung Balkenende, das Regime der Taliban: a name of its own
        country = None
        if len(ph.nations) == 1:
            country = self._country_of_government(next(iter(ph.nations)))
        for j in range(k + 1, last):
            country = country or d.country_gen(j) or (d.lex.countries.get(fold(d.text[j])) if d.cap(j) else None)
        if country is None and ph.definite and not ph.nations:
            before = [r for r in d.refs_before(ph.first) if r.entity.gov is not None and r.entity.members is None]
            if head.endswith(_REGIME_HEADS):
                # die Junta: the government last called a regime (die Militärregierung Malis), not another
                # country's named since
                before = [r for r in before if any(fold(d.text[j]).endswith(_REGIME_HEADS) for j in range(r.pos, min(r.end, d.n)))] or before
            if before:
                return before[-1].entity
            if head.endswith(_ORGAN_HEADS):
                return None  # die Militärführung: the army's command, a government only where one was named
            country = self._main_country()
        if country is None:
            return None
        return self.entity_for(Phrase("gov", ph.first, ph.last, gov=country), ph.first)

    def _main_country(self):
        """The country the article names most often (by name or genitive), if one leads, else the
        one among those named about as often whose capital is the dateline; a country word inside
        a body's name (die Zeitung China Daily) does not count."""
        d = self.d
        votes: dict[str, int] = {}
        found = {}
        in_body = {k for r in d.refs if r.entity.kind != "person" and r.entity.gov is None and r.entity.members is None
                   and r.entity.name for k in range(r.pos, min(r.end, d.n)) if d.cap(k)}
        for j in range(d.n):
            if j in in_body:
                continue
            c = d.country_adj(j) if not d.cap(j) else d.lex.countries.get(fold(d.text[j])) or d.country_gen(j)
            if c is not None:
                votes[c.government] = votes.get(c.government, 0) + 1
                found[c.government] = c
        ranked = sorted(votes.values(), reverse=True)
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[1] * 2 > ranked[0]:
            # `Warschau – Polen verlängert … Grenze zu Deutschland`: among countries named about as
            # often the one whose capital heads the article as its dateline
            k = d.dateline_place
            here = d.lex.countries.get(fold(_surface(d, 0, k))) if k is not None else None
            return here if here is not None and votes.get(here.government, 0) * 2 >= ranked[0] else None
        return found[max(votes, key=lambda g: votes[g])]

    def _country_genitive(self, ph: Phrase) -> Entity | None:
        """A lone country genitive as a speaker (eine Forderung Frankreichs): its government."""
        d = self.d
        if ph.first + 1 != ph.last or ph.first >= d.n:
            return None
        c = d.country_gen(ph.first)
        if c is None or fold(d.text[ph.first]) in d.lex.countries:
            return None
        return self.entity_for(Phrase("gov", ph.first, ph.last, gov=c), ph.first)

    def _country_of_government(self, government: str):
        return next((c for c in self.d.lex.countries.values() if c.government == government), None)

    def _formal_sie(self, i: int) -> bool:
        """Is `Sie` at i the polite address: capitalised inside a sentence, not after a quotation mark or colon?"""
        d = self.d
        return (d.text[i] == "Sie" and i > d.sent_first[d.sent[i]] and not d.quote_mark[i - 1]
                and d.norm[i - 1] not in (":", "(", "–", "-"))

    def _plural(self, ph: Phrase, quotation) -> bool | None:
        d = self.d
        words = []
        if quotation is not None and quotation.cue is not None and quotation.cue.text:
            words.append(quotation.cue.text.split()[0].lower())
        if ph.first > 0 and plural_verb(d.low[ph.first - 1]):
            return True  # `erklärten sie`: the finite verb before its subject
        if ph.last < d.n and not (d.low[ph.last] in d.dets or d.low[ph.last] in d.pronouns or d.low[ph.last] in d.preps):
            words.append(d.low[ph.last])  # `…, die den Mut hervorhob`: an article after it tells nothing
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
        if ptype == "relative" and genders == "n" and pos > 1 and d.norm[pos - 1] == ",":
            # `von Ägypten, das vorschlug`: a country without an article before the relative
            # pronoun is its government (neuter: Ägypten, Frankreich; not der Iran, die USA)
            country = d.lex.countries.get(fold(d.text[pos - 2])) if d.cap(pos - 2) else None
            if country is not None and (pos < 3 or d.low[pos - 3] not in d.dets):
                return self.entity_for(Phrase("gov", pos - 2, pos - 1, gov=country), pos - 2)
        if ptype == "relative":
            owner = self._statement_owner_before(pos)
            if owner is not None:
                return owner
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

        cands = [r for r in cands if (agrees(r.entity) or self._noun_agrees(r, genders)) and r.entity is not not_this
                 and not self._bare_kind(r.entity, pos)]
        if not cands and ptype == "personal":
            # a paragraph of reported speech without a name in between: the speaker before it
            cands = [r for r in d.refs_before(pos) if r.end <= pos and d.narr[sentence] - d.narr[r.sentence] <= 5
                     and para - d.para[r.pos] == 2 and agrees(r.entity) and r.entity is not not_this]
        if not cands and ptype == "personal" and quotation is not None and d.low[pos] not in d.object_pronouns:
            # `sagte das Gericht … betonte sie`: no antecedent of its gender; a subject pronoun right after
            # a body spoke takes it up by the gender of another of its nouns (die Kammer, die Behörde)
            last = max((r for r in d.refs_before(pos) if r.speaker and r.end <= pos and d.narr[sentence] - d.narr[r.sentence] <= 1),
                       key=lambda r: r.pos, default=None)
            if last is not None and last.entity.kind != "person" and last.entity.members is None and last.entity.name:
                return last.entity if last.entity is not not_this else None
        if ptype == "personal":
            # `zusammen mit seinen Kollegen Aldrin und Collins lenkte er`: a person named earlier in
            # the pronoun's own clause is someone else (else the clause would say `sich`)
            cands = [r for r in cands if not self._same_clause_before(r, pos)]
        if ptype == "personal" and self._after_reported_clause(pos):
            # `Der Klub werde in Ruhe entscheiden, sagte er`: the reported clause names what he speaks
            # about; had it been him, it would say `er`
            cands = [r for r in cands if not (r.sentence == sentence and r.end < pos - 1)]
        if d.low[pos] in d.object_pronouns:
            # `Der Sohn drohte ihm`: an object pronoun is not the subject of its own sentence
            cands = [r for r in cands if not (r.subject and r.sentence == sentence)]
        if ptype == "reflexive" and pos >= 3 and d.low[pos - 1] in d.preps:
            team = self._team_group(pos - 2)
            if team is not None:
                return team  # `war die Gruppe nach eigener Darstellung am Ziel`: the group listed before
        if ptype == "reflexive" and not any(r.sentence == sentence for r in cands) and pos - d.sent_first[sentence] <= 2:
            # `Nach eigenen Angaben erhielt das Bundesamt …`: fronted, the reflexive's subject follows
            after = next((r for r in d.refs[bisect.bisect_left(d.ref_pos, ph.last):] if r.sentence == sentence and not r.pp
                          and r.entity.members is None and r.pos - ph.last <= 4), None)
            if after is not None:
                return after.entity
            j = next((j for j in range(ph.last, min(ph.last + 3, d.n)) if d.low[j] in ("er", "sie", "es")), None)
            if j is not None:
                # `Nach eigenen Angaben wurde sie gegründet`: the subject is a pronoun; its antecedent
                genders, _ = d.pronouns[d.low[j]]
                return self.resolve_pronoun(Phrase("pronoun", j, j + 1, pron=(genders, "personal")), quotation, not_this)
        if ptype == "personal" and self._after_indefinite_subject(pos, genders):
            return None  # `Eine Splittergruppe orientiert sich neu. Sie beschloss …`: that unnamed group
        # `Die seiner Ansicht nach fragwürdige Rolle … veranlasste Senator Dodd`: nothing named before
        # it, or inside the attribute the sentence opens with (right after its article), the pronoun
        # points ahead to the person its sentence names
        fronted = ptype == "possessive" and pos - 1 == d.sent_first[sentence] and d.low[pos - 1] in d.dets
        if ptype in ("personal", "possessive") and (fronted or not cands and not d.refs_before(pos)):
            after = next((r for r in d.refs[bisect.bisect_left(d.ref_pos, ph.last):] if r.sentence == sentence
                          and r.entity.kind == "person" and agrees(r.entity) and r.entity is not not_this), None)
            if after is not None or not cands:
                return after.entity if after is not None else None
        if not cands:
            return None
        if ptype == "relative":
            same = [r for r in cands if r.sentence == sentence]
            if pos > 0 and d.norm[pos - 1] == ",":
                # `ein Prediger aus London zugeschaltet, der …`: a relative pronoun's antecedent is in
                # its sentence, right before it; a noun no reference covers in between is its own
                near = max(same, key=lambda r: r.end) if same else None
                if near is None or any(d.cap(k) and not d.is_punct(k) and d.low[k] not in d.dets for k in range(near.end, pos - 1)):
                    return None
                return near.entity
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
        latest: dict[int, int] = {}
        for r in cands:
            dist = d.narr[sentence] - d.narr[r.sentence]
            w = 1.0 / (2 ** dist)
            score = _ref_weight(r)
            if r.entity.kind != "person" and r.entity.members is None:
                score *= 0.6
            scores[id(r.entity)] = scores.get(id(r.entity), 0.0) + w * score
            ents[id(r.entity)] = r.entity
            latest[id(r.entity)] = max(latest.get(id(r.entity), -1), r.pos)
        if d.low[pos] not in d.object_pronouns:
            # a subject pronoun continues the latest subject (centering), not the most mentioned person
            last_subject = max((r for r in cands if r.subject and d.narr[sentence] - d.narr[r.sentence] <= 1), key=lambda r: r.pos, default=None)
            if last_subject is not None:
                scores[id(last_subject.entity)] += SUBJECT_CONTINUATION
        best = max(scores, key=lambda k: (round(scores[k], 6), latest[k]))  # a tie: the one named last
        return self._copula_name(ents[best], pos) or ents[best]

    def _statement_owner_before(self, pos: int) -> Entity | None:
        """`Messungen der Universität Hohenheim, nach denen …`: a relative pronoun whose antecedent
        is a statement noun with its owner in the genitive speaks for that owner."""
        d = self.d
        comma = pos - 1 if d.low[pos - 1] not in d.preps else pos - 2
        if comma < 2 or d.norm[comma] != ",":
            return None
        r = next((r for r in reversed(d.refs_before(pos)) if r.end == comma), None)
        if r is None or r.pos < 1 or d.low[r.pos] not in _GENITIVE_ARTICLES or not d.wrapper(r.pos - 1):
            return None
        return r.entity if r.entity.name and r.entity.members is None else None

    def _after_reported_clause(self, pos: int) -> bool:
        """Does the pronoun at `pos` follow `, <speech verb>` after a clause in Konjunktiv that opens
        its sentence (`Man werde prüfen, sagte er`; not `…, die er geführt habe, sei er`)?"""
        d = self.d
        first = d.sent_first[d.sent[pos]]
        return (pos - 2 > first and d.norm[pos - 2] == "," and d.low[pos - 1] in _CUE_VERBS
                and any(d.low[k] in _KONJUNKTIV for k in range(first, pos - 2)))

    def _noun_agrees(self, r: Ref, genders: str) -> bool:
        """`befand die 2. Große Strafkammer. Sie sah …`: a body referred to by a description (its
        body noun the last capitalised word) agrees with a pronoun by that noun's gender."""
        d = self.d
        if r.entity.kind == "person" or r.entity.members is not None or "p" in genders:
            return False
        caps = [k for k in range(r.pos, min(r.end, d.n)) if d.cap(k) and not d.is_punct(k)]
        if not caps:
            return False
        role = role_of(d.text[caps[-1]])
        return role is not None and role.cls == "org" and _noun_gender(d, d.text[caps[-1]]) in genders

    def _after_indefinite_subject(self, pos: int, genders: str) -> bool:
        """Does a subject pronoun open its sentence after a sentence opened by an indefinite
        singular phrase of its gender that names no one (`Eine Gruppe …. Sie …`, `Ein Mann …. Er …`)?"""
        d = self.d
        sentence = d.sent[pos]
        if pos != d.sent_first[sentence] or sentence == 0 or d.low[pos] in d.object_pronouns:
            return False
        first = d.sent_first[sentence - 1]
        gender = {"ein": "mn", "eine": "f"}.get(d.low[first])
        if gender is None or not any(g in genders for g in gender):
            return False
        # not `Ein anderer Richter ist der Kurde Raed Dschuhi.`: named after all
        return not any(r.pos == first and (r.entity.name or self._copula_name(r.entity, pos)) for r in d.refs_before(pos))

    def _copula_name(self, ent: Entity, pos: int) -> Entity | None:
        """`Ein anderer Richter ist der Kurde Raed Dschuhi. Er …`: an unnamed person whose latest
        mention is the subject of `ist` / `war` before a named person (in the same clause) is that person."""
        d = self.d
        if ent.name or ent.kind != "person" or ent.members is not None:
            return None
        r = next((r for r in reversed(d.refs_before(pos)) if r.entity is ent), None)
        if r is None or r.end + 1 >= d.n or d.low[r.end] not in _COPULAS:
            return None
        after = next((x for x in d.refs_before(pos) if x.pos > r.end), None)
        if after is None or after.sentence != r.sentence or any(d.is_punct(k) for k in range(r.end + 1, after.pos)):
            return None  # der Jurist Amir Sadeq: nothing but an article and nouns before the name
        return after.entity if after.entity.kind == "person" and after.entity.name else None

    def _same_clause_before(self, r: Ref, pos: int) -> bool:
        """Is a reference a whole noun phrase of the same clause as the pronoun at `pos`, before
        it (no punctuation, quotation mark or clause word between them)? Not a possessor
        (`Nach Trumps Rede sagte er`: he may be Trump) nor the start of the sentence."""
        d = self.d
        if r.end > pos or r.sentence != d.sent[pos] or r.subject or r.entity.kind != "person" or r.entity.members is not None:
            return False
        if r.end < d.n and r.end < pos and d.cap(r.end) and not d.is_punct(r.end) and d.low[r.end] not in d.pronouns:
            return False  # Trumps Rede: a possessor
        return not any(d.is_punct(k) or d.quote_mark[k] or d.low[k] in _CLAUSE_WORDS or d.low[k] in _CONJ and not (
            d.cap(k + 1) or d.low[k + 1] in d.dets or d.low[k + 1] in d.pronouns) for k in range(r.end, pos))

    def text_pronouns(self, document: Document) -> list[int]:
        """The narrative's `er` outside mentions and quotations: each carries its person on (`Er war
        es, der …`), so a later pronoun finds him nearer than someone named in between."""
        d = self.d
        return [k for k in range(d.n) if d.low[k] == "er" and not d.covered[k] and not document.tokens[k].in_quote]

    def resolve_text_pronoun(self, k: int) -> None:
        d = self.d
        ent = self.resolve_pronoun(Phrase("pronoun", k, k + 1, pron=("m", "personal")), None)
        if ent is not None and ent.kind == "person" and ent.members is None and not any(
                r.entity is ent and r.sentence == d.sent[k] for r in d.refs_before(k)):
            d.add_ref(k, k + 1, ent)  # only where the sentence names him no other way (`X sagte, er …` counts once)

    def _bare_kind(self, ent: Entity, pos: int) -> bool:
        """Is a body only a bare noun of its kind (im Amt, vor Gericht) in prepositional phrases,
        or named by a plural (den Hilfsorganisationen)? No antecedent for a pronoun."""
        if ent.kind == "person" or ent.members is not None or ent.gov is not None or not ent.name or " " in ent.name:
            return False
        if self._plural_name(ent):
            return True
        role = role_of(ent.name)
        if role is None or fold(ent.name) != fold(role.base):
            return False
        return all(r.pp for r in self.d.refs_before(pos) if r.entity is ent)

    def _plural_name(self, ent: Entity) -> bool:
        """Is a body's one-word name the plural of a feminine body noun (Hilfsorganisationen)? A
        feminine noun takes no ending in the singular."""
        if not ent.name or " " in ent.name or ent.canon is not None:
            return False
        role = role_of(ent.name)
        if role is None or role.cls != "org" or self.d.org_gender.get(role.base) != "f":
            return False
        f, base = fold(ent.name), fold(role.base)
        return f != base and (f.endswith(base + "en") or f.endswith(base + "n"))

    def resolve_desc(self, ph: Phrase, pos: int) -> Entity | None:
        """A description without a name: the latest entity with that role, nationality or age."""
        d = self.d
        if ph.indefinite or ph.gender == "p" or (ph.possessive and ph.role is not None and ph.role.cls == "org"):
            return None
        role = ph.role
        is_person = role is None or role.cls == "person"
        if role is None and not ph.age:
            return self._roleless_desc(ph, pos)
        if ph.age:
            aged = [(d.last_ref(e, d.n), e) for e in d.entities if e.age == ph.age and (not ph.gender or not e.gender or e.gender == ph.gender)]
            if aged:
                return max(aged, key=lambda x: x[0])[1]
        complement = self._complement(ph)
        rank = _rank(ph.desc) if complement is not None else None
        seen: dict[int, tuple[Entity, int]] = {}
        for r in d.refs_before(pos):
            seen[id(r.entity)] = (r.entity, r.pos)
        best = None
        best_score = 0.0
        bare: Entity | None = None  # a body so far called only by the bare class noun (die Polizei)
        for ent, p in seen.values():
            if ent.members is not None or is_person != (ent.kind == "person"):
                continue
            if not is_person and role is not None and ent.name and fold(ent.name) == fold(role.base):
                # `die Polizei … die Polizeiinspektion Uelzen … Die Polizei`: the named body of the
                # class, where there is one, rather than the body called by the class noun alone
                bare = ent
                continue
            if not is_person and (self._plural_name(ent) or ent.name is None and ent.gender == "p"):
                continue  # der Organisation: not the Hilfsorganisationen named before
            if is_person and ph.gender in ("m", "f") and ent.gender in ("m", "f") and ph.gender != ent.gender:
                continue
            score = 0.0
            if ph.desc and " " in ph.desc and ph.desc in ent.descs:
                score += 4
            if ph.nations:
                if ent.nations & ph.nations:
                    score += 3
                elif _foreign(ent, ph, d):
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
                    or not is_person and N.same_role_family(r, role.base)  # die Berufungskammer → das Landgericht
                    for r in ent.roles
                )
                if same_word:
                    # a body's role word only by its compound (Fußballverband for `der Verband`) counts less
                    score += 3 if is_person or word in ent.roles else 2.5
                elif role.demonym and ent.nations & ph.nations:
                    score += 2
                elif is_person and (role.group in ent.groups or "*" in ent.groups) and (
                        complement is None or rank is not None and any(_rank(x) == rank for x in ent.descs)):
                    score += 2  # not `der Leiter der Schule` for the party's chairman: the complement says whose
                elif not is_person and word == fold(role.base) and ent.groups & d.institution_nouns.get(word, {role.group}) and not (
                        word in d.town_nouns and not any(r in d.town_nouns or r.endswith("stadt") for r in ent.roles)
                        and not (ent.name or "").startswith(("Stadt ", "Gemeinde "))):
                    score += 2  # die Behörde → das Landeskriminalamt; die Stadt only a town
                    if word == "behorde" and ent.name and "behörde" in _head_groups(ent.name):
                        score += 1  # an authority by its name's head before a town or district
                elif not is_person and word == fold(role.base) and word not in d.town_nouns and _name_head_ends(ent, word):
                    score += 2  # das Amt → das Auswärtige Amt, das Kartellamt → das Bundeskartellamt
                elif ph.nations and ent.nations & ph.nations and not ent.groups:
                    score += 0.5
                elif score < 4 and not same_party:
                    continue
            if ph.possessive and score < 3:
                continue
            if score <= 0:
                continue
            if is_person:
                score += p / (d.n + 1)  # the latest wins ties
            else:
                # among bodies of a kind the most salient wins (Eintracht Frankfurt … vom FC Midtjylland … Der Verein),
                # one named in this or the sentence before above all (`von der FIFA beschlossen, wie der Verband …`)
                sal = self._salience(ent, pos)
                score += sal / (sal + 1000.0) + RECENT_BODY_BONUS * (d.narr[d.sent[pos]] - d.narr[d.sent[p]] <= 1)
            if score > best_score:
                best, best_score = ent, score
        if best is not None and not is_person and ph.definite and ph.role_word in _ANY_BODY_NOUNS and best_score < 4:
            # `Die Hamas übernahm die Verantwortung. Die Organisation …`: a noun for any body continues
            # the body that was the subject just before rather than one of its kind named long ago
            sentence = d.narr[d.sent[pos]]
            recent = next((r.entity for r in reversed(d.refs_before(pos)) if r.subject and sentence - d.narr[r.sentence] <= 1
                           and r.entity.kind == "organization" and r.entity.gov is None and r.entity.members is None and r.entity.name), None)
            if recent is not None and recent is not best and sentence - d.narr[d.sent[d.last_ref(best, pos)]] > UNTYPED_BODY_SENTENCES:
                return recent
        if best is not None:
            return best
        if bare is not None:
            return bare
        if not is_person and ph.definite and ph.role_word in d.town_nouns:
            town = self._named_earlier(ph.role_word, pos, town=True) or self._dateline_town()
            if town is not None:
                return town
        if not is_person and ph.definite and (ph.role_word in d.untyped_body_nouns or ph.role_word.endswith(tuple(_ANY_BODY_NOUNS))):
            # a compound of a noun for any body (die Umweltorganisation, die Terrorgruppe) says what the
            # body does, not which: like an untyped noun it continues the body just spoken of
            body = self._untyped_body(pos)
            if body is not None:
                return body
        # cataphora: the same description as an apposition later (die Anwältin der Frau … Celebi, die Anwältin der Frau)
        if ph.desc:
            for ent in d.entities:
                if ph.desc in ent.descs and ent.name:
                    return ent
        later = self._later_holder(ph, pos)
        if later is not None:
            return later
        if is_person and role is not None and role.group == "täter" and ph.definite and not ph.possessive:
            # der Angeklagte, der Tatverdächtige that no one was called: the most salient named
            # person who is no official or party of the case (not the defence lawyer, the judge)
            return self._salient_person(ph, pos, named_party=True)
        if is_person and ((role is not None and role.generic and not self._relational(ph)) or ph.age) and not ph.possessive:
            ent = self._salient_person(ph, pos)
            if ent is not None and ph.age and ent.age is None:
                ent.age = ph.age  # a later description with another age is someone else
            return ent
        return None

    def _relational(self, ph: Phrase) -> bool:
        """Does a generic person noun pick its person by a relation (`der Vertreter Libyens`, `der
        Vertreter der Regierung`) rather than by who was just spoken of (`der Mann`)?"""
        d = self.d
        k = self._head_noun(ph)
        return k is not None and k + 1 < min(ph.last, d.n) and (d.country_gen(k + 1) is not None or d.low[k + 1] in ("des", "der", "eines", "einer"))

    def _complement(self, ph: Phrase) -> str | None:
        """The complement of a person description's noun: "indefinite" for a genitive with an
        indefinite article (der Inhaber eines Cafés, der 81-jährige Besitzer eines Hauses), which
        makes the holder someone new; "definite" for another genitive or `von` and a name (der
        Leiter der Schule, des Polizeichefs von Kandahar), which leaves only the holder of that very
        role; else None."""
        d = self.d
        if ph.role is not None and ph.role.cls != "person" or ph.possessive or ph.indefinite:
            return None
        k = next((i for i in range(ph.first, min(ph.last, d.n)) if d.cap(i) and d.low[i] not in d.dets), None)
        if k is None or k + 1 >= d.n or ph.role is None and not (ph.age or _person_noun(d.text[k], ph.gender)):
            return None
        nxt = d.low[k + 1]
        if nxt in ("eines", "einer"):
            return "indefinite"
        if nxt in ("des", "der") or nxt == "von" and k + 2 < d.n and d.cap(k + 2):
            return "definite"
        return None

    def _later_holder(self, ph: Phrase, pos: int) -> Entity | None:
        """`Bei der Messe sagte der Papst … Papst Franziskus`: a definite role no one before holds is
        the one person the article names later with that very role word (not a generic one: der Mann);
        `Der Übergangsrat bestätigte dies … der Nationale Übergangsrat`: a definite body noun no body
        before bears is the one body (no government, no town) the article names with it as its head."""
        d = self.d
        role = ph.role
        if role is None or role.generic or not ph.definite or ph.possessive:
            return None
        if role.cls == "org":
            if role.gov or ph.gender == "p" or ph.role_word in d.town_nouns:
                return None
            bodies = [e for e in d.entities if e.kind != "person" and e.members is None and e.gov is None and e.name
                      and ph.role_word in e.roles and d.last_ref(e, pos) < 0]
            return bodies[0] if len(bodies) == 1 else None
        if role.cls != "person" or ph.gender not in ("m", "f", ""):
            return None
        later = [e for e in d.entities if e.kind == "person" and e.members is None and e.name
                 and (not ph.gender or not e.gender or e.gender == ph.gender) and d.last_ref(e, pos) < 0]
        fits = [e for e in later if ph.role_word in e.roles]
        if not fits and not any(ph.role_word in e.roles for e in d.entities):
            # `Der Bundespräsident … sah es Köhler an`: a person introduced by the office alone and
            # later called by the bare surname, as readers are expected to know him
            fits = [e for e in later if " " not in e.name and not e.roles]
            if len(fits) == 1:
                fits[0].roles.add(ph.role_word)  # the next `der Bundespräsident` finds him by the role
                fits[0].groups.add(role.group)
        return fits[0] if len(fits) == 1 else None

    def _head_noun(self, ph: Phrase) -> int | None:
        """The token of a description's noun: the first capitalised word after determiners and adjectives."""
        d = self.d
        for k in range(ph.first, min(ph.last, d.n)):
            if d.low[k] in d.dets or d.text[k][:1].islower() or d.is_punct(k):
                continue
            return k if d.cap(k) else None
        return None

    def _roleless_person(self, ph: Phrase) -> str | None:
        """The folded noun of a singular definite description of a person no role list knows
        (die Juristin, der Orthopäde, der Landwirt aus dem Emsland), else None."""
        if not ph.definite or ph.possessive or ph.indefinite or ph.gender not in ("m", "f"):
            return None
        k = self._head_noun(ph)
        if k is None or not _person_noun(self.d.text[k], ph.gender):
            return None
        return fold(self.d.text[k])

    def _person_noun_org(self, ph: Phrase) -> bool:
        """Was a person noun no role list knows read as a body's name (der Landwirt aus dem Emsland)?"""
        if ph.kind != "org" or ph.org is not None or not ph.name or " " in ph.name or ph.aliases - {fold(ph.name)}:
            return False
        if ph.role is not None and ph.role.cls == "org" or _outlet_group(self.d, ph.name):
            return False  # der Zeitung Kommersant: a body's noun names it; der englische Independent: a listed outlet
        ent = self.d.by_alias.get(fold(ph.name))
        return (ent is None or self.d.last_ref(ent, ph.first) < 0) and self._roleless_person(ph) is not None

    def _roleless_desc(self, ph: Phrase, pos: int) -> Entity | None:
        """A definite description whose noun no role list knows: a person noun continues the most
        salient person of its gender (preferring one whose role word ends with the noun)."""
        noun = self._roleless_person(ph)
        if noun is not None:
            return self._salient_person(ph, pos, noun=noun)
        k = self._head_noun(ph)
        if k is None or not ph.definite or ph.possessive or k + 1 < ph.last and self.d.cap(k + 1):
            return None
        body = self._named_earlier(fold(self.d.text[k]), pos)  # die Sparkasse → Sparkasse Regensburg
        if body is None and len(self.d.text[k]) >= 6:
            # das Kartellamt → das Bundeskartellamt: the latest named body whose name ends with the noun
            noun = fold(self.d.text[k])
            body = next((r.entity for r in reversed(self.d.refs_before(pos)) if r.entity.kind == "organization"
                         and r.entity.members is None and r.entity.gov is None and _name_head_ends(r.entity, noun)), None)
        if body is None and len(self.d.text[k]) >= 10:
            # Die Staatanwaltschaft: a noun no list knows that misspells the role word of a body named before
            noun = fold(self.d.text[k])
            body = next((r.entity for r in reversed(self.d.refs_before(pos)) if r.entity.kind == "organization"
                         and r.entity.members is None and any(N.one_edit(noun, w) for w in r.entity.roles)), None)
        if body is not None:
            return body
        word = self.d.text[k]
        if (_state_word(fold(word)) or _world_word(fold(word))) and "-" not in word:
            # die Bundesanwaltschaft, der Weltklimarat: a federal, state or world body is unique, its noun is its name
            if self.d.low[ph.first] == "des" and word.endswith("s") and ph.gender != "f":
                word = word[:-2] if word.endswith("es") and len(word) > 12 else word[:-1]
            return self.entity_for(Phrase("org", ph.first, ph.last, name=word, gender=ph.gender), pos)
        return None

    def _named_earlier(self, noun: str, pos: int, town: bool = False) -> Entity | None:
        """`… der Sparkasse Regensburg … die Sparkasse`, `Die Kreisstadt Wernsdorf … die Stadt`: the
        latest earlier name made of a noun ending with this one and a proper name."""
        d = self.d
        for i in range(min(pos, d.n) - 2, -1, -1):
            if not d.cap(i) or not fold(d.text[i]).endswith(noun):
                continue
            j = i + 1
            while j < pos and j - i <= 3 and d.namey(j) and d.given(j) is None and role_of(d.text[j]) is None and d.low[j] not in d.preps:
                j += 1
            if j == i + 1:
                continue
            proper = _surface(d, i + 1, j)
            if town:
                name = ("Gemeinde " if noun.startswith("gemeinde") else "Stadt ") + proper
            else:
                name = _uninflect(d.text[i], Role(d.text[i], "", "org", "")) + " " + proper
            return self.entity_for(Phrase("org", i, j, name=name, gender="f" if town else ""), i)
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
                and r.entity.members is None and r.entity.gender in (ph.gender, "")}
        if len(near) != 1:
            return None
        ref = next(iter(near.values()))
        k = self._head_noun(ph)
        if (k is not None and k + 1 < ph.last and self._complement(ph) == "definite" and ref.entity.groups
                and role.group not in ref.entity.groups and not any(d.low[x].startswith(_FORMER) for x in range(ph.first, k))):
            # `Schulsenatorin Feldhusen … an einer Grundschule … Die Leiterin der betroffenen Schule`: an
            # office in a place or body spoken of before is another one's than the speaker's own office
            noun = fold(d.text[ph.last - 1])
            if d.cap(ph.last - 1) and any(d.cap(x) and fold(d.text[x]).endswith(noun) for x in range(k)):
                return None
        if d.narr[ref.sentence] != sentence - 1:
            return None
        # the speaker of the sentence before, or its subject who spoke earlier (`Keil-Hoyer hatte
        # einen Lehrstuhl für Physik inne. …, sagte der Physiker`)
        return ref.entity if ref.speaker or ref.subject and any(r.speaker and r.entity is ref.entity for r in d.refs_before(pos)) else None

    def _both(self, ph: Phrase) -> bool:
        """`Beide Staatschefs`, `die beiden Minister`: a description of the two named before."""
        d = self.d
        k = ph.first
        if k < d.n and d.low[k] in ("die", "den", "der"):
            k += 1
        return k < d.n and d.low[k] in ("beide", "beiden")

    def _last_two(self, ph: Phrase) -> Entity | None:
        """`Gore traf Merkel. Beide …`, `Die beiden Frauen`: the two entities of one sort (persons
        of the noun's gender, governments, other bodies) named last in the sentences before."""
        d = self.d
        sentence, para = d.narr[d.sent[ph.first]], d.para[ph.first]
        latest: list[Entity] = []
        for r in reversed(d.refs_before(ph.first)):
            ent = r.entity
            if sentence - d.narr[r.sentence] > PERSON_DESC_SENTENCES or para - d.para[r.pos] > 1 or len(latest) == 4:
                break
            if ent.members is not None or not ent.name or ent in latest:
                continue
            if ph.gender in ("m", "f") and not (ent.kind == "person" and ent.gender in (ph.gender, "")):
                continue
            latest.append(ent)

        def sort_of(ent: Entity) -> str:
            return "person" if ent.kind == "person" else "gov" if ent.gov is not None else "body"

        for k in range(1, len(latest)):
            pair = next(([e, latest[k]] for e in latest[:k] if sort_of(e) == sort_of(latest[k])), None)
            if pair is not None:
                pair.reverse()
                return Entity("unknown", " und ".join(m.name for m in pair), gender="p", members=pair)
        return None

    def _divided_country_half(self, ph: Phrase) -> Entity | None:
        """`Der Süden bestreitet …` in an article on Sudan and Südsudan (Nord- and Südkorea): the
        half of a divided country named by its compass word is that country's government."""
        d = self.d
        k = ph.first + 1
        if not d.cap(k) or d.low[ph.first] not in ("der", "dem", "den"):
            return None
        prefix = _COMPASS.get(fold(d.text[k]))
        if prefix is None:
            return None
        named = {c.name: c for j in range(d.n) if d.cap(j)
                 for c in (d.lex.countries.get(fold(d.text[j])) or d.country_gen(j),) if c is not None}
        half = [c for name, c in named.items() if fold(name).startswith(prefix)
                and any(fold(other) in (fold(name)[len(prefix):], _COMPASS_OPPOSITE[prefix] + fold(name)[len(prefix):])
                        for other in named)]
        if len(half) != 1:
            return None
        return self.entity_for(Phrase("gov", ph.first, ph.last, gov=half[0]), ph.first)

    @cached_property
    def _state_votes(self) -> dict[State, int]:
        """How often the article names each German state: by name, adjective or capital, and in the
        dateline by another of its towns or its agency's regional service code (dpa/sn)."""
        d = self.d
        votes: dict[State, int] = {}
        for k in range(d.n):
            for state in _states():
                if state.named_at(d, k, dateline=k < 12):
                    votes[state] = votes.get(state, 0) + 1
        return votes

    def _state_government(self, title: str | None = None) -> Entity | None:
        """The government of the German state the article is set in (among those that call themselves
        `title`: Freistaat, Senat): the one it names most often, if one leads."""
        votes = {s: v for s, v in self._state_votes.items() if title is None or s.title == title}
        if not votes:
            return None
        best = max(votes, key=lambda s: votes[s])
        if sum(1 for v in votes.values() if v == votes[best]) > 1:
            return None
        return self._state_entity(best)

    def _state_entity(self, state: State) -> Entity | None:
        return self.entity_for(Phrase("org", 0, 0, name=state.government, gender="f"), 0)

    def _land_government(self, ph: Phrase) -> Entity | None:
        """die Landesregierung, die Staatskanzlei: the government of the one German state the phrase
        names (die nordrhein-westfälische Landesregierung, die Landesregierung in Düsseldorf), else of
        the state the article is set in, unless it is set in another country (a Land of Austria)."""
        d = self.d
        named = self._states_named(ph)
        if named:
            return self._state_entity(named.pop()) if len(named) == 1 else None
        country = self._main_country()
        if country is not None and country is not d.lex.countries["deutschland"]:
            return None
        return self._state_government()

    def _states_named(self, ph: Phrase, first: int | None = None) -> set[State]:
        """The German states a body's phrase (from token `first` on) names by an adjective, its capital or
        its name, inside it or right after it (die nordrhein-westfälische Landesregierung, die
        Landesregierung in Düsseldorf, von Rheinland-Pfalz, die Landesregierung Brandenburgs)."""
        d = self.d
        end = min(ph.last, d.n)
        if end + 1 < d.n and d.low[end] in ("in", "von"):
            end += 2
        elif end < d.n and _state_by_name(d.low[end]) is not None:
            end += 1
        return {s for k in range(ph.first if first is None else first, end) for s in _states() if s.named_at(d, k, dateline=False)}

    def _land_ministry(self, ph: Phrase, words: list[str]) -> str | None:
        """`das Umweltministerium in Stuttgart`, `das Wirtschaftsministerium Nordrhein-Westfalens`: a
        ministry of a field followed by the one German state it belongs to (its capital as the seat, its
        genitive) is named `<Ministerium> <Land>` (Umweltministerium Baden-Württemberg); not a federal one
        (Bundes-) nor one of a city-state, whose departments are the Senat's. A state's adjective before
        it only describes it (des schleswig-holsteinischen Sozialministeriums), as for other bodies."""
        if ph.role is None or ph.role.group != "ministerium":
            return None
        head = _uninflect(words[-1], ph.role)
        f = fold(head)
        k = self._body_head(ph)
        if k is None or not head[:1].isupper() or f == "ministerium" or _state_word(f) or not f.endswith("ministerium"):
            return None
        named = self._states_named(ph, k)
        if len(named) != 1:
            return None
        state = named.pop()
        return None if state.title == "Senat" else f"{head} {state.name}"

    def _listed_states(self, pos: int) -> Entity | None:
        """die Länder, die Bundesländer: the group of the governments of the German states listed last
        before, in its sentence or the two before (Bayern, Hessen und Sachsen-Anhalt klagen … Die Länder)."""
        d = self.d
        k = pos - 1
        while k >= 0 and d.sent[pos] - d.sent[k] <= 2 and _state_by_name(d.low[k]) is None:
            k -= 1
        if k < 1 or d.sent[pos] - d.sent[k] > 2 or d.low[k - 1] not in _CONJ:
            return None  # a list ends in und / sowie: Bayern, Hessen und Sachsen-Anhalt
        listed: list[State] = []
        j = k
        while j >= 0 and (state := _state_by_name(d.low[j])) is not None:
            listed.insert(0, state)
            if j < 2 or not (d.norm[j - 1] == "," or d.low[j - 1] in _CONJ):
                break
            j -= 2
        if len(listed) < 2:
            return None
        members = [m for m in map(self._state_entity, listed) if m is not None]
        return Entity("unknown", " und ".join(m.name for m in members), gender="p", members=members)

    def _dateline_town(self) -> Entity | None:
        """`Schwäbisch Hall (dpa/lsw) – … die Stadt`: in a local report the town is the dateline's
        (not a capital, which stands for its government)."""
        d = self.d
        k = d.dateline_place
        if k is None or fold(_surface(d, 0, k)) in d.lex.countries:
            return None
        town = Phrase("org", 0, k, name="Stadt " + _surface(d, 0, k), gender="f")
        return self.entity_for(town, 0)

    def _untyped_body(self, pos: int) -> Entity | None:
        """`Die Lufthansa … Der Konzern`: a bare body noun with no body of its type in the article
        continues the latest named body whose type nothing told (not a government or outlet), or
        the body that was the subject of its or the sentence before, whatever its type
        (`Die Orchestervereinigung warnte … Die Gewerkschaft verwies …`)."""
        d = self.d
        sentence = d.narr[d.sent[pos]]
        for r in reversed(d.refs_before(pos)):
            if sentence - d.narr[r.sentence] > UNTYPED_BODY_SENTENCES:
                return None
            ent = r.entity
            if (ent.kind == "organization" and ent.name and ent.gov is None and ent.members is None and ent.person is None
                    and (not ent.groups or r.subject and sentence - d.narr[r.sentence] <= 1)):
                return ent
        return None

    def _salience(self, ent: Entity, pos: int) -> float:
        """How prominent an entity is at `pos`: its references weighted by role (subject, speaker, not
        in a prepositional phrase) and halved with each sentence back."""
        d = self.d
        sentence = d.narr[d.sent[pos]] if pos < d.n else d.narr[-1]
        total = 0.0
        for r in d.refs_before(pos):
            if r.entity is ent:
                dist = max(0, sentence - d.narr[r.sentence])
                total += _ref_weight(r) / (2 ** min(dist, 30))
        return total

    def _salient_person(self, ph: Phrase, pos: int, noun: str | None = None, named_party: bool = False,
                        not_this: Entity | None = None) -> Entity | None:
        """The most salient person before `pos` that the description fits. An age description
        (der 21-Jährige) prefers the person just introduced; a noun (der Dezernent) a person whose
        role word ends with it (Kulturdezernent)."""
        d = self.d
        sentence = d.sent[pos]
        scores: dict[int, float] = {}
        ents: dict[int, Entity] = {}
        refs = d.refs_before(pos)
        introduced: set[int] = set()
        # an origin noun (Flensburgerin, Kölner) names the town its stem is: `die aus Flensburg stammende …`
        origin = re.sub(r"(erin|er)$", "", noun) if noun is not None and re.search(r"....er(in)?$", noun) else ""
        # `Er dankte dem Schweden`: an object is not the subject of its own sentence
        subjects = {id(r.entity) for r in refs if r.subject and r.sentence == sentence} if d.low[ph.first] in d.object_determiners else set()
        for r in refs:
            ent = r.entity
            dist = d.narr[sentence] - d.narr[r.sentence]
            if ent.kind != "person" or ent.members is not None or dist > PERSON_DESC_SENTENCES or id(ent) in subjects or ent is not_this:
                continue
            if named_party and (not ent.name or ent.groups & _CASE_GROUPS or any(w in role for role in ent.roles for w in _CASE_WORDS)):
                continue
            if ph.age and ent.age and ph.age != ent.age:
                continue  # der 65-Jährige is not the 36-year-old
            if ph.gender in ("m", "f", "p") and ent.gender and ph.gender != ent.gender or _foreign(ent, ph, d):
                # a neuter person noun (das Kirchenoberhaupt, das Mitglied) says nothing of the sex
                continue
            w = 1.0 / (2 ** dist)
            score = _ref_weight(r)
            if ph.age and id(ent) not in introduced and d.last_ref(ent, r.pos) < 0:
                score += AGE_INTRODUCTION_BONUS  # the first mention of this person
            introduced.add(id(ent))
            scores[id(ent)] = scores.get(id(ent), 0.0) + w * score
            ents[id(ent)] = ent
            if noun is not None and any(fold(d.text[k]).endswith(noun) for k in range(max(0, r.pos - 1), min(r.end, d.n)) if d.cap(k)):
                scores[id(ent)] += ROLE_SUFFIX_BONUS
            elif origin and any(fold(d.text[k]).startswith(origin) for k in range(max(d.sent_first[r.sentence], r.pos - ORIGIN_WINDOW), r.pos) if d.cap(k)):
                scores[id(ent)] += ROLE_SUFFIX_BONUS  # die Flensburgerin: the person introduced as from Flensburg
        if not scores:
            return None
        best = max(scores, key=lambda k: scores[k])
        return ents[best]


def _named_body(ph: Phrase, name: str) -> Phrase:
    """The body a description names (`das Umweltministerium in Stuttgart` → Umweltministerium
    Baden-Württemberg), keeping the description's role, gender and aliases."""
    return Phrase("org", ph.first, ph.last, name=name, role=ph.role, role_word=ph.role_word, gender=ph.gender,
                  aliases=set(ph.aliases))


@lru_cache(maxsize=4096)
def _statement_key(word: str) -> tuple[str, bool]:
    """A statement noun's lemma (lower case) and whether the word is a plural."""
    return (_de_lemma(word) or word).lower(), plural_noun(word)


def _same_statement(earlier: tuple[str, bool], later: tuple[str, bool]) -> bool:
    """May an earlier statement noun be the statement a later bare one continues: the same number
    and the same noun (or a compound of it: die Pressemitteilung … die Mitteilung) or a synonym?"""
    if earlier[1] != later[1]:
        return False
    if earlier[0].endswith(later[0]):
        return True
    return any(earlier[0].endswith(tuple(c)) and later[0] in c for c in _STATEMENT_SYNONYMS)


def _attributive(word: str) -> bool:
    """May a lowercase word stand between an article and its noun (der ehemalige, des baden-württembergischen)?
    An attributive adjective or participle is declined; `zuvor`, `jetzt`, `bisher` are not."""
    return word[:1].islower() and word.endswith(_ADJECTIVE_ENDINGS) and word not in _ADVERBS_LIKE_ADJECTIVES


def _after_paren_word(d: _Doc, j: int, end: int) -> int:
    """Past a parenthesised word at j (`(BDEW)`, `(CDU)`) that ends before `end`; else j."""
    if j + 2 < end and d.norm[j] == "(" and d.norm[j + 2] == ")":
        return j + 3
    return j


def _ref_weight(r: Ref) -> int:
    """A reference's weight in salience and pronoun scores: more as a subject, as a speaker and
    outside a prepositional phrase."""
    return 100 + 80 * r.subject + 50 * (not r.pp) + 70 * r.speaker


def _outlet_entry(name: str):
    """The media.tsv entry of an outlet by any of its names (SR, Saarländischer Rundfunk)."""
    media = source_lexicon.lexicon()
    return media.media_alias.get(name) or media.media_ambiguous.get(name)


def _outlet_group(d: _Doc, name: str) -> str | None:
    """The description group (zeitung, sender, agentur) of an outlet listed in media.tsv."""
    entry = _outlet_entry(name)
    if entry is None:
        return None
    return d.lex.words["outlet_groups"].get(re.split(r"[/ ]", entry.type)[0])


def _rank(desc: str) -> str | None:
    """The deputy's or acting holder's rank a folded description opens with (stellvertretende …)."""
    first = desc.split(" ", 1)[0]
    return next((a for a in _RANK_ADJECTIVES if first.startswith(a)), None)


def _foreign(ent: Entity, ph: Phrase, d: _Doc) -> bool:
    """Is the entity known to be of another country than the description says? (A union such as
    the EU, whose people have no name, is no nationality: die EU-Außenbeauftragte … die Estin.)
    A nationality by birth (der gebürtige Tscheche) may be a citizen or official of another country."""
    if not ph.nations or ent.nations & ph.nations:
        return False
    if any(d.low[k].startswith("gebürtig") for k in range(ph.first, min(ph.last, d.n))):
        return False
    return bool(ent.nations & d.lex.nationalities)


def _person_role_word(word: str) -> bool:
    role = role_of(word)
    return role is not None and role.cls == "person"


def _person_named_compound(name: str) -> bool:
    """`Paul-Ehrlich-Institut`, `Max-Planck-Gesellschaft`: a hyphenated compound of capitalised
    words before its head, a body named after someone (not `EU-Kommission`, `Bundes-Amt`)."""
    parts = name.split("-")
    return len(parts) >= 3 and all(p[:1].isupper() and p[1:2].islower() for p in parts)


def _state_word(f: str) -> bool:
    """`bundesnetzagentur`, `landeskriminalamt`: a folded compound of a state body (Bundes-, Landes-)."""
    return f.startswith(_STATE_PREFIXES) and len(f) > 9


def _world_word(f: str) -> bool:
    """`weltklimarat`, `welthungerhilfe`: a folded compound of a world body (Welt-)."""
    return f.startswith("welt") and len(f) > 8


def _head_groups(name: str) -> set[str]:
    """The type groups the head of a body's name says (Bundes|netz|agentur → behörde, Bund der
    Steuerzahler → verband): the capitalised words before the first lowercase one (der, für)."""
    groups: set[str] = set()
    for word in name.split():
        if not word[:1].isupper():
            break
        f = fold(word.rsplit("-", 1)[-1]).rstrip(".,")
        if len(f) < 3:
            continue
        state = _state_word(f)
        if f.endswith(_AUTHORITY_HEADS) or state and f.endswith(_STATE_AUTHORITY_HEADS):
            groups.add("behörde")
        elif f.endswith(_ASSOCIATION_HEADS) and not f.endswith(("verbund",)):
            groups.add("verband")
    return groups


def _name_head_ends(ent: Entity, noun: str) -> bool:
    """Does a word of the head of a body's name (the capitalised words before the first lowercase
    one) end with this folded noun: Bundes|kartellamt, Auswärtiges Amt, des Auswärtigen Amtes?"""
    if not ent.name or ent.person is not None:
        return False
    for word in _strip_quotes(ent.name).split():
        if not word[:1].isupper():
            break
        f = fold(word.rsplit("-", 1)[-1])
        if f.endswith(noun) or f.endswith(("s", "es")) and (f[:-1].endswith(noun) or f[:-2].endswith(noun)):
            return True
    return False


def _person_noun(word: str, gender: str) -> bool:
    """Does a noun no role list knows name a person (die Juristin, der Orthopäde, der Dezernent)?
    A feminine -in noun after `die`; a masculine noun with a person's ending after `der`."""
    f = word.lower()
    if not word[:1].isupper() or "-" in word or len(f) < 5:
        return False
    if gender == "f":
        return f.endswith("in") and not f.endswith(("medizin", "disziplin", "vitamin", "benzin", "termin"))
    if gender == "m":
        return f.endswith(_PERSON_ENDINGS_M) and not f.endswith(_NOT_PERSON_M)
    return False


class State(NamedTuple):
    """A German state (speaker_states.tsv)."""
    name: str
    government: str  # Regierung Bayerns
    adjectives: tuple[str, ...]  # stems: bayerisch
    title: str  # what it calls itself or its government: Freistaat, Senat, else -
    towns: tuple[str, ...]  # the capital first
    codes: frozenset[str]  # the agency's regional service codes: dpa/lby

    def named_at(self, d: _Doc, k: int, dateline: bool) -> bool:
        """Does token k name the state (its name or genitive, an adjective, its capital; in the
        dateline, another town or its service code)?"""
        low = d.low[k]
        return (_state_by_name(low) is self or low.startswith(self.adjectives) or d.text[k] == self.towns[0]
                or dateline and (d.text[k] in self.towns or low in self.codes))


@lru_cache(maxsize=1)
def _states() -> tuple[State, ...]:
    return tuple(State(row[0], row[1], tuple(row[2].split(",")), row[3], tuple(row[4].split(",")), frozenset(row[5].split(",")))
                 for row in N._rows("speaker_states.tsv"))


@lru_cache(maxsize=1)
def _states_by_name() -> dict[str, State]:
    """A state by its lower-case name or genitive (bayern, bayerns, saarlandes)."""
    return {form: s for s in _states() for form in (s.name.lower(), s.name.lower() + "s", s.name.lower() + "es")}


def _state_by_name(low: str) -> State | None:
    return _states_by_name().get(low)


def _base(word: str) -> str | None:
    role = role_of(word[:1].upper() + word[1:])
    return role.base if role is not None else None


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
    return _with_article_before(d, a, b), b


_ARTICLES = {"der", "die", "das", "des", "dem", "den"}


def _with_article_before(d: _Doc, a: int, b: int) -> int:
    """A span that leaves out the article of its name (`Nach Angaben des [[Deutschen
    Wetterdienstes]]`) is read with it, so that the name's case and that it is a body show;
    not after a comma, where `der` may be a relative pronoun (`…, die Merkel nannte`), nor before a
    pronoun or a role noun, whose description the span reads as it is."""
    if (a > 0 and d.low[a - 1] in _ARTICLES and d.low[a] not in d.dets and d.low[a] not in d.pronouns and d.cap(a)
            and role_of(d.text[a]) is None and not (a > 1 and d.norm[a - 2] == ",")):
        return a - 1
    return a


def _enclosing(quotations: list, q, m: Mention):
    """The innermost other quotation whose quote contains the mention (`„Er sagte, er ruft an“`)."""
    start = m.spans[0][0]
    best, size = None, None
    for other in quotations:
        if other is q or other.quote is None:
            continue
        for a, b in other.quote.spans:
            if a <= start < b and (size is None or b - a < size):
                best, size = other, b - a
    return best


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
        if ph.kind == "pronoun" and ph.last < b - 1:
            ph = res._extended_attribute(ph, b)
        phrases.append(ph)
        if ph.kind in ("person", "org", "gov", "group"):
            res._register(a, b, speaker=role == "speaker")
        elif ph.kind == "desc" and ph.role is not None and ph.role.cls == "person":
            res._register_complement_body(a, b)  # der Coach des SV Lippstadt 08: the club is spoken of
        elif ph.kind == "desc" and res._names_body(ph) and _state_word(fold(d.text[ph.last - 1])):
            # das Bundesarbeitsgericht: a federal body's name is known before the mentions after it are
            # read (a later `Erfurt` is the court)
            body = res._desc_org(ph, a)
            if body is not None:
                d.add_ref(a, b, body, speaker=role == "speaker")
    res.occurrences()
    res.expand_acronyms()
    res.coordinations()
    resolved: dict[int, Entity | None] = {}
    work = [(a, 0, i) for i, (a, b, ph) in enumerate(res.pending)] + [(m[0], 1, i) for i, m in enumerate(mentions)]
    work += [(k, 2, k) for k in res.text_pronouns(document)]
    work.sort()
    for _, is_mention, i in work:
        if is_mention == 2:
            res.resolve_text_pronoun(i)
            continue
        if not is_mention:
            a, b, ph = res.pending[i]
            res.resolve_text_desc(ph, a, b)
            continue
        first, m, q, role, (a, b) = mentions[i]
        ph = phrases[i]
        speaker = resolved.get(id(q.speaker)) if role == "addressee" and q.speaker is not None else None
        outer = _enclosing(quotations, q, m)
        if outer is not None and ph.kind == "pronoun" and ph.first < d.n and document.tokens[ph.first].in_quote:
            # a pronoun inside someone's quotation: `er` is not the one quoted, `Sie` the one addressed
            res.quoted_by = (resolved.get(id(outer.speaker)) if outer.speaker is not None else None,
                             resolved.get(id(outer.addressee)) if outer.addressee is not None else None)
        ent = res.resolve_mention(ph, q, role, not_this=speaker)
        res.quoted_by = None
        resolved[id(m)] = ent
        _fill(m, ent)
        if ent is not None and (ph.kind not in ("person", "org", "gov", "group") or ent.members is not None
                                or ph.kind == "org" and ent.kind == "person"):
            d.add_ref(a, b, ent, speaker=role == "speaker")
        elif ent is not None and role == "speaker":
            for r in d.refs:
                if r.pos >= a and r.end <= b:
                    r.speaker = True
    article.identities = _identities(quotations, resolved)
