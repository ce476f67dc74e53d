"""The HTTP API and the app factory: `create_app(db=..., token=...)`.

JSON errors everywhere under /api: `{"error": {"status": 404, "message": "…"}}`. No CORS
headers are sent, so browsers keep other sites' pages from reading the API."""
from __future__ import annotations

import hmac
import json
import logging
import os
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from saidwhat.errors import InputError, ModelError, SaidwhatError, StoreError
from saidwhat.server import backend
from saidwhat.server.security import BodyLimit, SecurityHeaders
from saidwhat.types import SOURCE_KINDS

log = logging.getLogger("saidwhat.server")
HERE = Path(__file__).parent
DEFAULT_MAX_BYTES = 4 * 2**20
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
MAX_LIMIT = 500


@dataclass
class Settings:
    db: str | None = None  # None: the store's default location
    token: str | None = None  # None: writes disabled
    max_bytes: int = DEFAULT_MAX_BYTES
    allowed_hosts: list[str] | None = None  # None: any Host header


class ApiError(HTTPException):
    """An error with a status and a message that says what to do."""


# -- request and response models (documentation in /openapi.json) ------------------------------
class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, description="The article's plain text.",
                             examples=["„Wir bleiben“, sagte die Ministerin."])
    html: str | None = Field(None, description="Or a web page: its main text is extracted and returned as `text`.")


class ArticleIn(BaseModel):
    text: str | None = Field(None, description="The article's plain text (or give `html`).")
    html: str | None = Field(None, description="A web page; its main text and metadata are extracted.")
    id: str | None = Field(None, description="Your id for the article (kept as `source_id`).")
    url: str | None = None
    title: str | None = None
    outlet: str | None = Field(None, description="The publishing outlet, e.g. `tagesschau.de`.")
    date: str | None = Field(None, description="Publication date, `YYYY-MM-DD`.")


class ArticleAdded(BaseModel):
    article_id: str
    added: bool = Field(description="False when the same text was stored before (nothing written).")
    quotations: int


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Page(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page, or null on the last page.")


CONTRACT_EXAMPLE = {
    "credit": None,
    "quotations": [{
        "type": "Indirect", "medium": "SW",
        "quote": {"text": "dass der Vertrag unterschrieben sei", "spans": [[74, 109]]},
        "speaker": {"text": "Die Agentur Interfax", "spans": [[0, 20]], "entity": "Interfax", "kind": "media",
                    "members": []},
        "cue": {"text": "berichtete", "spans": [[21, 31]]},
        "frame": {"text": "Die Agentur Interfax berichtete unter Berufung auf Kreise im Ministerium,",
                  "spans": [[0, 73]]},
        "addressee": None,
        "via": [{"text": "Kreise im Ministerium", "spans": [[51, 72]], "entity": None, "kind": "anonymous"}],
        "speech_act": "assert", "commitment": "reported", "confidence": 0.91}],
    "unattributed": [],
}
ERRORS = {code: {"model": ErrorResponse} for code in (400, 413, 415, 422)}


def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith(("/api/", "/openapi"))


# -- the API ---------------------------------------------------------------------------------------
api = APIRouter(prefix="/api")


async def _analyze_body(request: Request) -> tuple[str, bool]:
    """(text, is_html) from a JSON, text/plain or text/html body."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if ctype in ("application/json", ""):
        if not body.strip():
            raise ApiError(400, 'the body is empty: send {"text": "…"} as JSON, or the text as text/plain')
        try:
            payload = json.loads(body)
        except ValueError as exc:
            raise ApiError(400, f"the body is not valid JSON ({exc}); send {{\"text\": \"…\"}}")
        if not isinstance(payload, dict):
            raise ApiError(422, 'send a JSON object such as {"text": "…"}')
        text, html = payload.get("text"), payload.get("html")
        if isinstance(text, str):
            return text, False
        if isinstance(html, str):
            return html, True
        raise ApiError(422, 'the JSON object needs a string field "text" (or "html")')
    if ctype in ("text/plain", "text/html"):
        charset = request.headers.get("content-type", "").partition("charset=")[2].strip().strip('"') or None
        if charset:
            try:
                text = body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                raise ApiError(400, f"the body is not valid {charset}; send UTF-8")
        else:
            text = await run_in_threadpool(backend.decode, body, "the body")
        return text, ctype == "text/html"
    raise ApiError(415, f"cannot analyse {ctype}: send application/json, text/plain or text/html")


@api.post(
    "/analyze",
    summary="Analyse one article",
    description="Every attributed statement in the article: speaker, quotation, cue, type, sources "
                "(`via`), speech act and commitment, plus the unattributed hedged claims — the JSON "
                "contract of `saidwhat analyze --format json`. Send JSON `{\"text\": …}` (or "
                "`{\"html\": …}`), or the article itself as `text/plain` or `text/html`. Offsets are "
                "Unicode code points into `text` (for HTML: the extracted text, which is returned).",
    responses={200: {"content": {"application/json": {"example": CONTRACT_EXAMPLE}}}, **ERRORS},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": AnalyzeRequest.model_json_schema()},
        "text/plain": {"schema": {"type": "string"}, "example": "„Wir bleiben“, sagte die Ministerin."},
        "text/html": {"schema": {"type": "string"}},
    }}},
)
async def api_analyze(request: Request) -> dict:
    text, is_html = await _analyze_body(request)
    article, meta = await run_in_threadpool(backend.analyze_text, text, html=is_html)
    return backend.to_contract(article, meta)


def _page(items: list, limit: int, offset: int) -> dict:
    more = len(items) > limit
    return {"items": [backend.plain(x) for x in items[:limit]], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


@api.get("/quotations", summary="Search the corpus", response_model=Page, responses=ERRORS)
async def api_quotations(
    request: Request,
    q: str | None = Query(None, description='Full text: words (all must match), "a phrase", OR, -word, prefix*.'),
    speaker: str | None = Query(None, description="Part of the speaker's name (case-insensitive)."),
    kind: Literal[SOURCE_KINDS] | None = Query(None, description="The speaker's kind."),  # type: ignore[valid-type]
    outlet: str | None = Query(None, description="The publishing outlet."),
    since: date | None = Query(None, description="Articles published on or after (YYYY-MM-DD)."),
    until: date | None = Query(None, description="Articles published on or before (YYYY-MM-DD)."),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=10_000_000),
) -> dict:
    store = request.app.state.store()
    hits = await run_in_threadpool(
        store.search, q or None, speaker=speaker or None, kind=kind, outlet=outlet or None,
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        limit=limit + 1, offset=offset)
    return _page(hits, limit, offset)


@api.get("/speakers", summary="Speakers across the corpus, most quoted first", response_model=Page,
         responses=ERRORS)
async def api_speakers(
    request: Request,
    kind: Literal[SOURCE_KINDS] | None = Query(None),  # type: ignore[valid-type]
    outlet: str | None = Query(None),
    since: date | None = Query(None),
    until: date | None = Query(None),
    limit: int = Query(100, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=10_000_000),
) -> dict:
    store = request.app.state.store()
    rows = await run_in_threadpool(
        store.speakers, kind=kind, outlet=outlet or None, since=since.isoformat() if since else None,
        until=until.isoformat() if until else None, limit=offset + limit + 1)
    return _page(rows[offset:], limit, offset)


@api.get("/stats", summary="Counts per outlet and month", responses=ERRORS,
         description="Per outlet and month: articles, quotations per article, anonymous and state-media "
                     "shares, direct vs indirect, denials, unattributed hedged claims.")
async def api_stats(
    request: Request,
    outlet: str | None = Query(None),
    since: date | None = Query(None),
    until: date | None = Query(None),
) -> dict:
    store = request.app.state.store()
    rows = await run_in_threadpool(
        store.stats, outlet=outlet or None, since=since.isoformat() if since else None,
        until=until.isoformat() if until else None)
    return {"items": [backend.plain(r) for r in rows]}


@api.post("/articles", summary="Analyse an article and add it to the corpus", status_code=201,
          response_model=ArticleAdded,
          responses={200: {"model": ArticleAdded, "description": "Already stored; nothing written."},
                     401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}, **ERRORS},
          description="Needs `Authorization: Bearer <token>` with the token the server was started "
                      "with (`saidwhat serve --token …`); without one, writes are disabled (403).")
async def api_articles(request: Request, article: ArticleIn) -> JSONResponse:
    _check_token(request)
    if article.text is None and article.html is None:
        raise ApiError(422, 'send the article as "text" or "html"')
    is_html = article.text is None
    found, page_meta = await run_in_threadpool(backend.analyze_text, article.html if is_html else article.text,
                                               html=is_html)
    meta = {**page_meta, **{k: v for k, v in article.model_dump(exclude={"text", "html"}).items() if v is not None}}
    store = request.app.state.store()
    added = await run_in_threadpool(store.add, found, meta)
    from saidwhat.store import article_id

    body = {"article_id": article_id(found.text), "added": bool(added), "quotations": len(found.quotations)}
    return JSONResponse(body, status_code=201 if added else 200)


@api.get("/health", summary="Liveness check", include_in_schema=True)
async def api_health() -> dict:
    return {"status": "ok"}


def _check_token(request: Request) -> None:
    expected = request.app.state.settings.token
    if not expected:
        raise ApiError(403, "writes are disabled on this server: start it with --token (or $SAIDWHAT_TOKEN) "
                            "and send Authorization: Bearer <token>")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "this needs Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "wrong token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


# -- the app ---------------------------------------------------------------------------------------
def create_app(db: str | None = None, token: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app and API over the store `db` (None: the default store, opened on first use)."""
    from saidwhat import __version__
    from saidwhat.server import ui

    settings = Settings(db=db, token=token or None, max_bytes=max_bytes, allowed_hosts=allowed_hosts)
    app = FastAPI(
        title="saidwhat", version=__version__,
        description="Who said what, to whom, on whose authority, and how — in German news. "
                    "Analyse articles and search a corpus of analysed articles.",
        docs_url=None, redoc_url=None,  # /docs is rendered by the server: no CDN assets
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.store = _StoreHandle(settings.db)
    app.include_router(api)
    app.include_router(ui.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if is_api(request):
            return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))
        return ui.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
            for e in exc.errors())
        if is_api(request):
            return _error(422, f"invalid request: {problems}")
        return ui.error_page(request, 422, problems)

    @app.exception_handler(SaidwhatError)
    async def saidwhat_error(request: Request, exc: SaidwhatError):
        # A StoreError here comes from a query (a malformed date or search); opening the store
        # fails with 503 in _StoreHandle. A ModelError means the server's installation is broken.
        status = 503 if isinstance(exc, ModelError) else 400
        if isinstance(exc, InputError) and ("empty" in str(exc) or "no article text" in str(exc)):
            status = 422
        if is_api(request):
            return _error(status, str(exc))
        return ui.error_page(request, status, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        if is_api(request):
            return _error(500, "internal server error; the server log has the details")
        return ui.error_page(request, 500, "internal server error")

    # Added last runs first: security headers, then the size limit, then the Host check.
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    app.add_middleware(SecurityHeaders)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    app.state.store.close()


class _StoreHandle:
    """Opens the store on first use, so a server starts even before the first ingest."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._store = None
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            if self._store is None:
                try:
                    self._store = backend.open_store(self.db)
                except StoreError as exc:
                    raise ApiError(503, f"the corpus store is unavailable: {exc}")
            return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and multi-worker serving: settings from the environment."""
    hosts = os.environ.get("SAIDWHAT_ALLOWED_HOSTS")
    return create_app(
        db=os.environ.get("SAIDWHAT_SERVE_DB") or None,
        token=os.environ.get("SAIDWHAT_TOKEN") or None,
        max_bytes=int(os.environ.get("SAIDWHAT_MAX_BYTES") or DEFAULT_MAX_BYTES),
        allowed_hosts=hosts.split(",") if hosts else None,
    )


__all__ = ["create_app", "app_from_env", "Settings", "HTMLResponse"]
