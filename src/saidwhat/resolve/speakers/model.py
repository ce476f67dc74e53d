"""The entities the resolver builds (`Entity`), the places in the text that name them (`Ref`),
and what a mention or noun phrase says about whom it names (`Phrase`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from saidwhat.resolve import names as N
from saidwhat.resolve.names import Country, KnownOrg, PersonName, Role

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
