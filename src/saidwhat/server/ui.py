"""The server-rendered web UI: paste or upload an article, see who said what; search the corpus,
a speaker's profile, a dashboard. German by default, English with `?lang=en`.

Templates autoescape everything; the only markup passed in unescaped is built by `render` and
`charts`, which escape every value themselves."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from saidwhat.server import backend, charts
from saidwhat.server.i18n import LANGS, Translator, pick_lang
from saidwhat.server.render import article_view, basic_profile, profile_rows
from saidwhat.server.security import csp, new_nonce
from saidwhat.types import SOURCE_KINDS

HERE = Path(__file__).parent
PAGE_SIZE = 25
EXAMPLE = (HERE / "static" / "beispiel.txt").read_text(encoding="utf-8")

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
router = APIRouter(include_in_schema=False)


def ticks(text: str) -> Markup:
    """`code` spans of a description as <code>, everything else escaped."""
    parts = str(text).split("`")
    return Markup("").join(Markup("<code>{}</code>").format(p) if i % 2 else Markup.escape(p)
                           for i, p in enumerate(parts))


env.filters["ticks"] = ticks


def url(path: str, lang: str = "de", **params) -> str:
    """A link within the app, keeping the UI language."""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    if lang != "de":
        query["lang"] = lang
    return path + ("?" + urlencode(query) if query else "")


def safe_link(value: str | None) -> str | None:
    """Only http(s) URLs become links (never javascript: or data:)."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def page(request: Request, template: str, lang: str, status: int = 200, **context) -> HTMLResponse:
    lang = pick_lang(lang)
    nonce = new_nonce()
    other = "en" if lang == "de" else "de"
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    switch_path = request.url.path if request.method == "GET" else "/"
    html = env.get_template(template).render(
        request=request, t=Translator(lang), lang=lang, other_lang=other,
        switch_url=url(switch_path, other, **(params if request.method == "GET" else {})),
        url=lambda path, **kw: url(path, lang, **kw), nonce=nonce, link=safe_link,
        path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp(nonce)})


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    lang = request.query_params.get("lang", "de")
    return page(request, "error.html", lang, status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, lang: str = "de", example: bool = False):
    return page(request, "index.html", lang, text=EXAMPLE if example else "")


@router.get("/analyze")
async def analyze_get(lang: str = "de"):
    return RedirectResponse(url("/", pick_lang(lang)), status_code=303)


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_form(request: Request, text: str = Form(""), file: UploadFile | None = File(None),
                       lang: str = Form("de")):
    lang = pick_lang(lang)
    t = Translator(lang)
    is_html = False
    name = None
    if file is not None and file.filename:
        data = await file.read()
        name = file.filename
        if data.strip():
            text = await run_in_threadpool(backend.decode, data, file.filename)
            is_html = (file.filename.lower().endswith((".html", ".htm"))
                       or (file.content_type or "").startswith("text/html")
                       or text.lstrip("\ufeff \t\r\n")[:1] == "<")
    else:
        head = text.lstrip()[:15].lower()
        is_html = head.startswith(("<!doctype html", "<html"))
    if not text.strip():
        return page(request, "index.html", lang, status=422, text="",
                    error=t("paste_help"))
    article, meta = await run_in_threadpool(backend.analyze_text, text, html=is_html)
    view = article_view(article, t)
    profile = backend.sourcing_profile(article) or basic_profile(article)
    contract = json.dumps(backend.to_contract(article, meta), ensure_ascii=False, indent=2)
    return page(request, "article.html", lang, view=view, article=article, meta=meta, filename=name,
                profile=profile_rows(profile, t), contract=contract)


def _store(request: Request):
    return request.app.state.store()


@router.get("/search", response_class=HTMLResponse)
async def search(request: Request, q: str = "", speaker: str = "", kind: str = "", outlet: str = "",
                 since: str = "", until: str = "", page_no: int = Query(1, alias="page", ge=1, le=100_000),
                 lang: str = "de"):
    store = _store(request)
    offset = (page_no - 1) * PAGE_SIZE
    hits = await run_in_threadpool(
        store.search, q or None, speaker=speaker or None, kind=kind if kind in SOURCE_KINDS else None,
        outlet=outlet or None, since=since or None, until=until or None, limit=PAGE_SIZE + 1, offset=offset)
    total_articles = await run_in_threadpool(store.count)
    filters = dict(q=q, speaker=speaker, kind=kind, outlet=outlet, since=since, until=until)
    return page(request, "search.html", lang, hits=hits[:PAGE_SIZE], filters=filters, kinds=SOURCE_KINDS,
                page_no=page_no, has_next=len(hits) > PAGE_SIZE, empty=total_articles == 0,
                searched=any(filters.values()))


@router.get("/speaker", response_class=HTMLResponse)
async def speaker_profile(request: Request, name: str = Query(..., min_length=1, max_length=300),
                          lang: str = "de"):
    t = Translator(lang)
    store = _store(request)
    hits = await run_in_threadpool(store.search, None, speaker=name, limit=2000)
    rows = await run_in_threadpool(store.speakers, limit=5000)
    row = next((r for r in rows if r.name == name), None)
    months = Counter(h.date[:7] for h in hits if h.date)
    series = _fill_months(months)
    kinds = Counter(h.speaker_kind or "unknown" for h in hits)
    outlets = Counter(h.outlet for h in hits if h.outlet)
    chart = charts.columns(series, title=t("quotations_over_time"))
    outlet_chart = charts.hbars([(o, n, url("/search", lang, speaker=name, outlet=o))
                                 for o, n in outlets.most_common(10)], title=t("outlets"))
    return page(request, "speaker.html", lang, name=name, row=row, hits=hits[:100], total=len(hits),
                chart=chart, outlet_chart=outlet_chart, kinds=kinds.most_common())


@router.get("/dashboard", response_class=HTMLResponse)
async def dashboard(request: Request, lang: str = "de"):
    t = Translator(lang)
    store = _store(request)
    speakers = await run_in_threadpool(store.speakers, limit=15)
    by_outlet = await run_in_threadpool(store.stats, by=("outlet",))
    by_month = await run_in_threadpool(store.stats, by=("month",))
    n_articles = await run_in_threadpool(store.count)
    n_quotations = await run_in_threadpool(store.count, "quotations")
    top = charts.hbars([(s.name, s.quotations, url("/speaker", lang, name=s.name)) for s in speakers],
                       title=t("top_speakers"))
    outlets = sorted((r for r in by_outlet if r.quotations), key=lambda r: -r.quotations)[:15]
    anon = charts.hbars([(r.outlet or "–", r.anonymous_share, url("/search", lang, outlet=r.outlet) if r.outlet
                          else None) for r in outlets], title=t("anon_share"), percent=True)
    months = _fill_months(Counter({r.month: r.quotations for r in by_month if r.month}))
    per_month = charts.columns(months, title=t("per_month"), width=1100, height=260)
    return page(request, "dashboard.html", lang, top=top, anon=anon, per_month=per_month,
                n_articles=n_articles, n_quotations=n_quotations, speakers=speakers, outlets=outlets)


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request, lang: str = "de"):
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            operations.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "parameters": [(p["name"], p.get("in", ""), p.get("required", False),
                                p.get("description", ""), _schema_type(p.get("schema", {})))
                               for p in op.get("parameters", [])],
                "body": sorted(body), "responses": sorted(op.get("responses", {})),
            })
    return page(request, "docs.html", lang, spec=spec, operations=operations)


def _schema_type(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    kind = schema.get("type", "")
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def _fill_months(counts: Counter) -> list[tuple[str, int]]:
    """Every month from the first to the last, zeros included, in order."""
    months = sorted(m for m in counts if m and len(m) >= 7)
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:7])
    end = (int(months[-1][:4]), int(months[-1][5:7]))
    out = []
    while (y, m) <= end and len(out) < 600:
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


__all__ = ["router", "error_page", "url", "LANGS", "Markup"]
