"""The web UI's text in German (default) and English: `?lang=en` switches."""
from __future__ import annotations

LANGS = ("de", "en")
DEFAULT_LANG = "de"

_TEXT: dict[str, tuple[str, str]] = {
    # key: (German, English)
    "tagline": ("Wer hat was gesagt – und auf wessen Autorität?", "Who said what — and on whose authority?"),
    "nav_analyze": ("Analysieren", "Analyse"),
    "nav_search": ("Korpus durchsuchen", "Search corpus"),
    "nav_dashboard": ("Übersicht", "Dashboard"),
    "nav_api": ("API", "API"),
    "lang_switch": ("English", "Deutsch"),
    "paste_title": ("Artikel analysieren", "Analyse an article"),
    "paste_help": (
        "Fügen Sie einen Nachrichtentext ein oder laden Sie eine Text- oder HTML-Datei hoch. "
        "Jede zugeschriebene Aussage wird markiert, mit Sprecher, Quelle und Distanz.",
        "Paste a news article or upload a text or HTML file. Every attributed statement is "
        "highlighted with its speaker, source and the reporter's distance.",
    ),
    "paste_label": ("Artikeltext", "Article text"),
    "paste_placeholder": ("„Wir bleiben“, sagte die Ministerin am Montag in Berlin. …",
                          "„Wir bleiben“, sagte die Ministerin am Montag in Berlin. …"),
    "upload_label": ("… oder Datei hochladen (.txt, .html)", "… or upload a file (.txt, .html)"),
    "analyze_button": ("Analysieren", "Analyse"),
    "example_button": ("Beispiel einsetzen", "Insert example"),
    "article_title": ("Analysierter Artikel", "Analysed article"),
    "no_quotations": ("Keine zugeschriebenen Aussagen gefunden.", "No attributed statements found."),
    "legend": ("Legende", "Legend"),
    "legend_quote": ("Zitat (Farbe = Sprecher)", "Quotation (colour = speaker)"),
    "legend_speaker": ("Sprecher-Nennung", "Speaker mention"),
    "legend_cue": ("Redeeinleitung", "Speech cue"),
    "legend_unattributed": ("Unbelegte, vage Behauptung", "Unattributed hedged claim"),
    "click_hint": ("Klicken Sie auf ein markiertes Zitat für Details.", "Click a highlighted quotation for details."),
    "speakers": ("Sprecher", "Speakers"),
    "statements": ("Aussagen", "statements"),
    "anonymous_flag": ("anonym", "anonymous"),
    "details": ("Details", "Details"),
    "close": ("Schließen", "Close"),
    "quote": ("Zitat", "Quotation"),
    "speaker": ("Sprecher", "Speaker"),
    "entity": ("Identität", "Identity"),
    "kind": ("Art der Quelle", "Source kind"),
    "members": ("Mitglieder", "Members"),
    "cue": ("Redeeinleitung", "Cue"),
    "type": ("Redewiedergabe", "Type"),
    "medium": ("Medium", "Medium"),
    "speech_act": ("Sprechakt", "Speech act"),
    "commitment": ("Distanz", "Commitment"),
    "addressee": ("Adressat", "Addressee"),
    "chain": ("Quellenkette", "Source chain"),
    "relies_on": ("unter Berufung auf", "citing"),
    "confidence": ("Konfidenz", "Confidence"),
    "credit": ("Agentur (Dateline)", "Credit (dateline)"),
    "none": ("–", "–"),
    "unattributed": ("Unbelegte Behauptungen", "Unattributed claims"),
    "unattributed_help": ("Aussagen ohne genannte Quelle, die vage oder spekulativ sind – zuerst prüfen.",
                          "Hedged or speculative claims with no named source — check these first."),
    "profile": ("Quellenprofil", "Sourcing profile"),
    "json_download": ("Als JSON", "As JSON"),
    "engine": ("Verfahren", "Engine"),
    "search_title": ("Korpus durchsuchen", "Search the corpus"),
    "search_q": ("Suchbegriff", "Search terms"),
    "search_button": ("Suchen", "Search"),
    "filter_speaker": ("Sprecher", "Speaker"),
    "filter_kind": ("Art", "Kind"),
    "filter_outlet": ("Medium/Verlag", "Outlet"),
    "filter_since": ("von", "since"),
    "filter_until": ("bis", "until"),
    "any": ("alle", "any"),
    "results": ("Treffer", "Results"),
    "no_results": ("Keine Treffer.", "No results."),
    "prev": ("« zurück", "« previous"),
    "next": ("weiter »", "next »"),
    "date": ("Datum", "Date"),
    "outlet": ("Medium", "Outlet"),
    "article": ("Artikel", "Article"),
    "articles": ("Artikel", "articles"),
    "speaker_profile": ("Sprecherprofil", "Speaker profile"),
    "quotations_over_time": ("Aussagen pro Monat", "Quotations per month"),
    "recent_quotations": ("Aussagen", "Quotations"),
    "dashboard_title": ("Übersicht über das Korpus", "Corpus dashboard"),
    "top_speakers": ("Häufigste Sprecher", "Top speakers"),
    "anon_share": ("Anteil anonymer Quellen je Medium", "Share of anonymous sources per outlet"),
    "per_month": ("Aussagen pro Monat", "Quotations per month"),
    "empty_store": ("Das Korpus ist leer. Artikel kommen mit „saidwhat ingest“ oder POST /api/articles hinein.",
                    "The corpus is empty. Add articles with “saidwhat ingest” or POST /api/articles."),
    "no_store": ("Kein Korpus verfügbar.", "No corpus available."),
    "count": ("Anzahl", "Count"),
    "share": ("Anteil", "Share"),
    "outlets": ("Medien", "Outlets"),
    "error_title": ("Fehler", "Error"),
    "back": ("Zurück zur Startseite", "Back to the start page"),
    "all_speakers": ("Alle Sprecher", "All speakers"),
    "footer": ("saidwhat – Zitat- und Quellenerkennung für deutsche Nachrichten",
               "saidwhat — quotation and source attribution for German news"),
}

# Values of contract fields shown to users.
_VALUES: dict[str, tuple[str, str]] = {
    "person": ("Person", "person"),
    "organization": ("Organisation", "organization"),
    "media": ("Medium", "media"),
    "anonymous": ("anonym", "anonymous"),
    "document": ("Dokument", "document"),
    "unknown": ("unbekannt", "unknown"),
    "Direct": ("direkt", "direct"),
    "Indirect": ("indirekt", "indirect"),
    "Reported": ("berichtet", "reported"),
    "FreeIndirect": ("frei indirekt", "free indirect"),
    "IndirectFreeIndirect": ("indirekt/frei indirekt", "indirect/free indirect"),
    "assert": ("Behauptung", "assert"),
    "deny": ("Dementi", "deny"),
    "warn": ("Warnung", "warn"),
    "demand": ("Forderung", "demand"),
    "propose": ("Vorschlag", "propose"),
    "promise": ("Versprechen", "promise"),
    "ask": ("Frage", "ask"),
    "reported": ("neutral berichtet", "reported"),
    "distanced": ("distanziert", "distanced"),
    # sourcing-profile labels
    "quotations": ("Aussagen", "statements"),
    "direct": ("direkte Rede", "direct"),
    "indirect": ("indirekte Rede", "indirect"),
    "by_kind": ("nach Art der Quelle", "by source kind"),
    "sentences": ("Sätze", "sentences"),
    "attributed_sentences": ("zugeschriebene Sätze", "attributed sentences"),
    "attributed_share": ("Anteil zugeschrieben", "attributed share"),
    "statements": ("Aussagen", "statements"),
    "by_ownership": ("Medien nach Eigentümer", "media by ownership"),
    "via": ("mit Quellenkette", "resting on a chain"),
    "via_by_kind": ("Kettenglieder nach Art", "chain links by kind"),
    "state_media_only": ("nur Staatsmedien", "state media only"),
    "speech_acts": ("Sprechakte", "speech acts"),
    "commitment": ("Distanz", "distance"),
    "unattributed_hedged": ("unbelegte vage Behauptungen", "unattributed hedged claims"),
    "credit": ("Agentur (Dateline)", "credit (dateline)"),
    "state": ("staatlich", "state"),
    "public": ("öffentlich-rechtlich", "public"),
    "private": ("privat", "private"),
    "agency": ("Agentur", "agency"),
    "denials": ("Dementis", "denials"),
    "anonymous_sources": ("anonyme Quellen", "anonymous sources"),
    "unattributed": ("unbelegte Behauptungen", "unattributed claims"),
    "Speech": ("gesprochen", "speech"),
    "Writing": ("geschrieben", "writing"),
    "Thought": ("gedacht", "thought"),
    "SW": ("gesprochen/geschrieben", "speech/writing"),
    "ST": ("gesprochen/gedacht", "speech/thought"),
    "TW": ("gedacht/geschrieben", "thought/writing"),
}


def pick_lang(value: str | None) -> str:
    return value if value in LANGS else DEFAULT_LANG


class Translator:
    """`t("key")` for UI text, `t.value("Direct")` for contract values; unknown keys show as is."""

    def __init__(self, lang: str) -> None:
        self.lang = pick_lang(lang)
        self._i = LANGS.index(self.lang)

    def __call__(self, key: str) -> str:
        pair = _TEXT.get(key)
        return pair[self._i] if pair else key

    def value(self, value: object) -> str:
        if value is None:
            return self("none")
        pair = _VALUES.get(str(value))
        return pair[self._i] if pair else str(value)


def missing_keys() -> list[str]:
    """Keys with an empty translation in any language (tested to be none)."""
    return [k for k, pair in {**_TEXT, **_VALUES}.items() if len(pair) != len(LANGS) or not all(pair)]
