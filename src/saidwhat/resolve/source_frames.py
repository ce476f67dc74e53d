"""Source frames in a stretch of tokens: who a statement rests on.

A *source frame* is a phrase that names an authority: `unter Berufung auf Y`, `beruft sich auf
Y`, `laut Y`, `Y zufolge`, `nach Angaben (von|der) Y`, `wie Y berichtet`, `hieß es aus Y`,
`(die Informationen) stammen von Y`, `wird von Y zitiert`. `find_frames` returns each with the
character span of Y, found by a small noun-phrase grammar over the tokens (determiners,
adjectives, capitalised words, genitive and `von` attachments, a name apposition, a
parenthesis like `(CDU)`), stopping at finite verbs, conjunctions and clause punctuation.

Works on `(text, start, end)` token triples (the Document's tokens), so it costs one pass over
the sentence per quotation."""
from __future__ import annotations

import re
from dataclasses import dataclass

from saidwhat.resolve.source_lexicon import _noun_class, find_media, lexicon

Tok = tuple[str, int, int]  # text, start, end (original offsets)

# frame kinds: `chain` links always add a link (X relied on Y); `attribution` frames name who
# says something and add a link only when the quotation's speaker is someone else
CHAIN, ATTRIBUTION = "chain", "attribution"

STATEMENT_NOUNS = frozenset(
    "angaben informationen darstellung einschätzung ansicht auskunft auskünften aussage aussagen worten meinung "
    "auffassung erkenntnissen berechnungen schätzungen recherchen zählung zählungen daten überzeugung berichten "
    "meldungen".split()
)
REPORT_NOUNS = frozenset(
    "bericht berichten berichts meldung meldungen studie umfrage untersuchung untersuchungen erkenntnissen "
    "darstellung schilderung schilderungen aussagen zeugenaussagen polizeiangaben medienberichten".split()
)
SELF = frozenset({"eigenen", "eigener", "seinen", "ihren", "seiner", "ihrer", "unseren"})
REFER_VERBS = frozenset(
    "beruft berufen berief beriefen berufe berufte bezieht beziehen bezog bezogen beziehe stützt stützen stützte "
    "stützten stütze".split()
)
STEM_VERBS = frozenset("stammen stammten stammt stammte stamme".split())
WIE_VERBS = frozenset(
    "berichtet berichtete berichteten berichten meldet meldete meldeten melden schreibt schrieb schrieben schreiben "
    "mitteilte mitteilten mitteilt erfuhr erfahren bekannt gab berichtet hatte sagte sagten erklärte erklärten "
    "verlautete zitiert zitierte".split()
)
FINITE_STOP = frozenset(
    """ist sind war waren sei seien wäre wären hat haben hatte hatten habe hätte hätten wird werden wurde wurden
    werde würde würden soll sollen sollte sollten solle kann können konnte konnten könne könnte müsse muss müssen
    musste mussten dürfte dürften darf will wollen wollte wollten gibt gab gebe gäbe geht ging gehe liegt lag
    komme kommt kam kamen stehe steht stand bleibt blieb lässt ließ
    sagte sagten sagt sage erklärte erklärten erklärt berichtete berichteten berichtet meldete meldeten meldet
    schrieb schrieben schreibt teilte teilten teilt mitteilte betonte betont kündigte warnte forderte bestätigte
    bestritt dementierte wies hieß heißt verlautete zitierte zitiert äußerte nannte bezeichnete fügte räumte
    gab erfuhr beruft berief bezieht bezog stützt stützte stammen stammt stammte stammten
    dass wonach ob weil wenn als da damit obwohl während nachdem bevor sodass so wie zufolge laut gemäß
    aber doch jedoch sondern denn also nun noch auch bereits schon nur lediglich etwa rund fast mehr weniger
    sich nicht nie kein keine es man er sie wir ich ihr du dabei zudem außerdem ferner dort hier heute gestern
    morgen bisher inzwischen offenbar demnach danach zuvor später zunächst erst""".split()
)
NP_LINKS = frozenset("der des von vom im in aus bei beim am für zur zum".split())
NP_ADVERBS = frozenset("nicht namentlich näher gut bestens gewöhnlich hoch eng zwei drei vier fünf sechs sieben acht neun zehn zwölf mehreren zahlreichen".split())
_ADJ = re.compile(r"^[a-zäöüß][\wäöüß\-]*(e|en|er|es|em)$")
_ADJ_SUFFIX = re.compile(r"(isch|lich|ig|al|ell|iv|ar|st|ten|nd|end|ert|iert|eigen|erst|neu|hoh|jüngst|anonym|staat|offen)(e|en|er|es|em)$")
_STRONG_ADJ = re.compile(r"(isch|lich|ell|al|st|eigen|offiziell)(e|en|er|es|em)$")
NAME_PUNCT = frozenset("„“”\"»«‚‘’‹›")


@dataclass
class Frame:
    kind: str  # CHAIN or ATTRIBUTION
    trigger: str  # `unter Berufung auf`, `laut`, `zufolge`, `nach Angaben`, `beruft sich`, `wie`, `stammen`
    start: int  # the source noun phrase, original offsets
    end: int
    trigger_start: int


def _cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def _is_adj(word: str, prev: str | None) -> bool:
    low = word.lower()
    if low in FINITE_STOP or not _ADJ.match(word):
        return False
    return bool(_ADJ_SUFFIX.search(low)) or (prev is not None and prev.lower() in lexicon().sets["determiners"])


def _institution(word: str) -> bool:
    """`Kreise im Ministerium`, `Diplomaten in Brüssel`, `Quellen in der Regierung`: a locative
    attaches to a source only when it names an institution, place or outlet (not `im Keller`)."""
    return _noun_class(word.lower()) in ("organization", "orgname", "place", "media") or bool(find_media(word))


def np_forward(toks: list[Tok], i: int, max_len: int = 16) -> tuple[int, int] | None:
    """Token range [i, j) of the noun phrase starting at token i, or None."""
    lex = lexicon()
    dets = lex.sets["determiners"]
    n = len(toks)
    j = i
    last_noun = None
    while j < n and j - i < max_len:
        w = toks[j][0]
        low = w.lower()
        prev = toks[j - 1][0] if j > i else None
        if w in NAME_PUNCT:
            # a quoted title right inside the NP (`die Zeitung „Kurier“`)
            if j + 1 < n and _cap(toks[j + 1][0]):
                j += 1
                continue
            if last_noun is not None and last_noun == j - 1:
                j += 1
                continue
            break
        if w == "(" and last_noun is not None:
            k = j + 1
            while k < n and k - j <= 5 and toks[k][0] != ")":
                k += 1
            if k < n and toks[k][0] == ")":
                j = k + 1
                last_noun = k
                continue
            break
        if w == "," and last_noun is not None:
            k = _apposition(toks, j + 1)
            if k is not None:
                j = k
                last_noun = k - 1
                continue
            break
        if not w[:1].isalnum():
            break
        if low in ("und", "sowie", "oder") and last_noun is not None:
            if j + 1 < n and (_cap(toks[j + 1][0]) or toks[j + 1][0].lower() in dets):
                j += 1
                continue
            break
        if low == "mit" and last_noun is None and j > i:
            # `ein mit den Plänen vertrauter Beamter`
            k = j + 1
            while k < n and k - j <= 8 and not toks[k][0].lower().startswith("vertraut"):
                if not toks[k][0][:1].isalnum():
                    break
                k += 1
            if k < n and toks[k][0].lower().startswith("vertraut"):
                j = k + 1
                continue
            break
        if low in FINITE_STOP and not (low in ("der", "die", "das")):
            break
        if _cap(w):
            last_noun = j
            j += 1
            continue
        if low in dets:
            if last_noun is not None and low not in ("der", "des", "eines", "einer"):
                break  # a new noun phrase: `laut X eine kluge Geschichte`
            j += 1
            continue
        if low in NP_LINKS:
            if last_noun is None and low not in ("der", "des", "von", "vom"):
                break
            # attach only when a capitalised word follows soon
            k = j + 1
            while k < n and k - j <= 3 and not _cap(toks[k][0]) and (toks[k][0].lower() in dets or _is_adj(toks[k][0], toks[k - 1][0])):
                k += 1
            if k < n and _cap(toks[k][0]) and (low in ("der", "des", "von", "vom") or _institution(toks[k][0])):
                j += 1
                continue
            break
        if low in NP_ADVERBS or _is_adj(w, prev) or w[:1].isdigit() or (_ADJ.match(w) and low not in FINITE_STOP and j + 1 < n and _cap(toks[j + 1][0])):
            j += 1
            continue
        break
    if last_noun is None:
        return None
    return i, last_noun + 1


def _apposition(toks: list[Tok], k: int) -> int | None:
    """`, Roland Eichhorn,` (1–4 capitalised words) or `, der namentlich nicht genannt werden
    wollte,`: the index after it, or None."""
    n = len(toks)
    j = k
    while j < n and j - k < 4 and _cap(toks[j][0]) and toks[j][0].lower() not in FINITE_STOP:
        j += 1
    if j > k and (j == n or toks[j][0] in (",", ".", ";", ":", ")") or toks[j][0] in NAME_PUNCT):
        words = [toks[x][0].lower() for x in range(k, j)]
        lex = lexicon()
        if not any(w in lex.sets["determiners"] for w in words):
            return j
    if k < n and toks[k][0].lower() in ("der", "die", "das", "welcher", "welche"):
        j = k + 1
        while j < n and j - k <= 10 and toks[j][0] not in (",", ".", ";", ":"):
            j += 1
        clause = " ".join(toks[x][0].lower() for x in range(k, j))
        if "anonym" in clause or "namentlich" in clause or "nicht genannt" in clause or "ungenannt" in clause:
            return j
    return None


def np_backward(toks: list[Tok], i: int, max_len: int = 12) -> tuple[int, int] | None:
    """Token range [k, i) of the noun phrase ending right before token i (`… Berichten zufolge`)."""
    lex = lexicon()
    dets = lex.sets["determiners"]
    k = i
    while k > 0 and i - k < max_len:
        w = toks[k - 1][0]
        low = w.lower()
        if w in NAME_PUNCT or w == ")":
            if w == ")":
                m = k - 2
                while m >= 0 and k - m <= 6 and toks[m][0] != "(":
                    m -= 1
                if m >= 0 and toks[m][0] == "(":
                    k = m
                    continue
                break
            k -= 1
            continue
        if not w[:1].isalnum():
            break
        if low in FINITE_STOP:
            break
        if _cap(w) or low in dets or low in NP_LINKS or low in ("und", "sowie") or low in NP_ADVERBS or w[:1].isdigit():
            k -= 1
            continue
        if _ADJ.match(w) and (k - 2 < 0 or toks[k - 2][0].lower() in dets or not toks[k - 2][0][:1].isalnum() or toks[k - 2][0].lower() in FINITE_STOP or _STRONG_ADJ.search(low)):
            k -= 1
            continue
        break
    # trim leading links and punctuation
    while k < i and (toks[k][0].lower() in NP_LINKS - {"der", "des"} or toks[k][0].lower() in ("und", "sowie") or toks[k][0] in NAME_PUNCT):
        k += 1
    if k < i and toks[k][0].lower() in ("der", "des") and (k + 1 == i):
        return None
    if not any(_cap(toks[x][0]) for x in range(k, i)):
        return None
    return k, i


def _source_from_statement(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """`Angaben der Polizei` → `der Polizei`; `eigenen Angaben` → None (the speaker itself);
    `offiziellen Angaben` stays whole (an anonymous source)."""
    words = [toks[x][0].lower() for x in range(a, b)]
    for x, w in enumerate(words):
        if w in STATEMENT_NOUNS:
            if any(p in SELF for p in words[:x]):
                return None
            rest = x + 1
            if rest < len(words) and words[rest] in ("der", "des", "eines", "einer"):
                return a + rest, b  # `Angaben der Polizei` → `der Polizei`
            if rest < len(words) and words[rest] in ("von", "vom", "aus", "seitens"):
                return (a + rest + 1, b) if rest + 1 < len(words) else None
            return a, a + x + 1  # `ersten Meldungen` (not what follows it: `… Meldungen Schäden`)
        if _cap(toks[a + x][0]):
            break
    return a, b


def find_frames(toks: list[Tok]) -> list[Frame]:
    """All source frames among the tokens, in textual order of their source phrases."""
    frames: list[Frame] = []
    n = len(toks)
    lower = [t[0].lower() for t in toks]
    i = 0
    while i < n:
        w = lower[i]
        # unter/mit Berufung auf Y, unter/mit Verweis auf Y
        if w in ("berufung", "verweis") and i >= 1 and lower[i - 1] in ("unter", "mit") and i + 1 < n and lower[i + 1] == "auf":
            _add(frames, toks, CHAIN, "unter Berufung auf", i - 1, np_forward(toks, i + 2))
        # X beruft sich (dabei) auf Y, die sich auf Y beziehen
        elif w in REFER_VERBS:
            j = i + 1
            if j < n and lower[j] == "sich":
                k = j + 1
                while k < n and k - j <= 5 and lower[k] != "auf" and toks[k][0][:1].isalnum() and lower[k] not in ("dass", "und"):
                    k += 1
                if k < n and lower[k] == "auf":
                    _add(frames, toks, CHAIN, "beruft sich auf", i, np_forward(toks, k + 1))
            elif i >= 2 and lower[i - 1] == "auf" and "sich" in lower[max(0, i - 8) : i]:
                pass  # verb-final `die sich auf den Polizeibericht beziehen`: handled at `sich`
        elif w == "sich" and i + 1 < n and lower[i + 1] == "auf":
            # verb-final relative clause: `…, die sich auf den Polizeibericht beziehen`
            span = np_forward(toks, i + 2)
            if span is not None and span[1] < n and lower[span[1]] in REFER_VERBS:
                _add(frames, toks, CHAIN, "beruft sich auf", i, span)
        elif w in STEM_VERBS and i + 1 < n and lower[i + 1] in ("von", "vom", "aus"):
            _add(frames, toks, CHAIN, "stammen von", i, np_forward(toks, i + 2))
        elif w in ("laut", "gemäß") and i + 1 < n and lower[i + 1] not in ("werden", "geworden", "wurde", "wurden", "wird", "nach", "zu", "und", "gedacht"):
            _add(frames, toks, ATTRIBUTION, "laut", i, np_forward(toks, i + 1))
        elif w == "zufolge":
            span = np_backward(toks, i)
            if span is not None:
                span = _source_from_statement(toks, *span)
                _add(frames, toks, ATTRIBUTION, "zufolge", span[0] if span else i, span)
        elif w == "nach" and i + 1 < n and any(x in STATEMENT_NOUNS or x in REPORT_NOUNS for x in lower[i + 1 : i + 4]):
            span = np_forward(toks, i + 1)
            if span is not None:
                span = _source_from_statement(toks, *span)
                _add(frames, toks, ATTRIBUTION, "nach Angaben", i, span)
        elif w == "wie" and i + 1 < n:
            span = np_forward(toks, i + 1)
            if span is not None and span[1] < n:
                k = span[1]
                while k < n and k - span[1] <= 4 and lower[k] not in WIE_VERBS and toks[k][0][:1].isalnum() and not _cap(toks[k][0]):
                    k += 1
                if k < n and lower[k] in WIE_VERBS:
                    _add(frames, toks, ATTRIBUTION, "wie", i, span)
        elif w in ("hieß", "heißt") and i + 2 < n and lower[i + 1] == "es" and lower[i + 2] in ("aus", "in", "im", "von", "vom", "bei", "beim", "seitens"):
            _add(frames, toks, ATTRIBUTION, "hieß es aus", i, np_forward(toks, i + 3))
        elif w in ("im", "in") and i + 1 < n and i >= 1:
            # `so Celebi im Kölner Stadt-Anzeiger`, `sagte er in der „Zeit“`: the outlet that carried it
            k = i + 1
            if lower[k] in ("der", "dem", "einem", "einer"):
                k += 1
            span = np_forward(toks, k)
            if span is not None and find_media(" ".join(t[0] for t in toks[span[0] : span[1]])):
                _add(frames, toks, ATTRIBUTION, "im Medium", i, span)
        elif w in ("zitiert", "zitierte", "zitierten") and i >= 1 and not any(x in lower[max(0, i - 15) : i] for x in ("wird", "wurde", "werden", "wurden")):
            # active: `Die Zeitung X zitierte den Minister …`, `…, den die Zeitung X zitiert, …`,
            # `„…“, zitierte die Zeitung X den Minister`
            span = np_backward(toks, i)
            if span is not None:
                _add(frames, toks, CHAIN, "zitiert von", span[0], span)
            elif not toks[i - 1][0][:1].isalnum() and i + 1 < n:
                _add(frames, toks, CHAIN, "zitiert von", i, np_forward(toks, i + 1))
        elif w in ("zitiert", "zitierte", "zitieren") and i >= 2:
            # `… wird von der Zeitung X (mit den Worten) zitiert`
            k = i - 1
            while k >= 0 and i - k <= 14 and lower[k] not in ("von", "vom", "in", "im") and (toks[k][0][:1].isalnum() or toks[k][0] in NAME_PUNCT):
                k -= 1
            if k >= 0 and lower[k] in ("von", "vom", "in", "im") and any(x in lower[max(0, k - 6) : k] for x in ("wird", "wurde", "werden", "wurden")):
                span = np_forward(toks, k + 1)
                if span is not None and span[1] <= i:
                    _add(frames, toks, CHAIN, "zitiert von", k, span)
        i += 1
    frames.sort(key=lambda f: f.start)
    return frames


def _add(frames: list[Frame], toks: list[Tok], kind: str, trigger: str, at: int, span: tuple[int, int] | None) -> None:
    if span is None or span[0] >= span[1]:
        return
    a, b = span
    while b > a and toks[b - 1][0] in NAME_PUNCT | {","}:
        b -= 1
    while a < b and toks[a][0] in NAME_PUNCT:
        if b < len(toks) and toks[b][0] in NAME_PUNCT:
            break
        a += 1
    if a >= b:
        return
    start, end = toks[a][1], toks[b - 1][2]
    # keep a closing quote mark that belongs to a quoted name in the phrase
    if b < len(toks) and toks[b][0] in NAME_PUNCT and any(toks[x][0] in NAME_PUNCT for x in range(a, b)):
        end = toks[b][2]
    if any(f.start == start and f.end == end for f in frames):
        return
    frames.append(Frame(kind, trigger, start, end, toks[at][1]))
