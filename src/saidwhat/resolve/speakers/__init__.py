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
whose kind this module is not sure of keeps `unknown`.

Modules: `model` (Entity, Ref, Phrase), `doc` (the per-article view of tokens and lexicon words),
`phrases` (reading a mention into a Phrase), `resolver` (stages 1 and 2), `output` (stage 3: mention
fields, identities, JSON and table)."""
from __future__ import annotations

from saidwhat.resolve.speakers.model import Entity
from saidwhat.resolve.speakers.output import speakers_json, speakers_table
from saidwhat.resolve.speakers.resolver import resolve_speakers

__all__ = ["resolve_speakers", "speakers_json", "speakers_table", "Entity"]
