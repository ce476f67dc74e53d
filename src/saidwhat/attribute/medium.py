"""Medium of a quotation (Speech, Writing, Thought or a mix) from its cue words.

A small hand-written lexicon: writing verbs, thinking verbs and the verb-less frames that
mostly introduce written or mixed sources (`laut`, `zufolge`, `nach Angaben`)."""
from __future__ import annotations

WRITING = {"schrieb", "schreibt", "schreiben", "schrieben", "berichtete", "berichtet", "heißt",
           "veröffentlichte", "zitiert", "twitterte", "postete", "meldet", "verkündete"}
THOUGHT = {"hofft", "hoffte", "hoffen", "glaubt", "glaubte", "befürchtet", "befürchtete", "fürchtet",
           "vermutet", "vermutete", "geht", "ging", "überzeugt", "rechnet", "rechnete", "denkt", "hält"}
MIXED = {"nach", "laut", "zufolge", "demnach", "bekannt", "gemäß", "wonach", "bestätigte", "wurde",
         "wird", "hieß", "meldete", "mitteilte", "danach"}


def medium_for(cue: str, quotation_type: str) -> str:
    words = cue.lower().split()
    if any(w in WRITING for w in words):
        return "Writing"
    if any(w in THOUGHT for w in words):
        return "ST"
    if any(w in MIXED for w in words) or (not words and quotation_type != "Direct"):
        return "SW"
    return "Speech"
