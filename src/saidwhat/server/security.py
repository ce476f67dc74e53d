"""ASGI middleware: a hard cap on request bodies (413) and security headers on every response."""
from __future__ import annotations

import json
import secrets

from markupsafe import escape

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'{nonce}; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def csp(nonce: str | None = None) -> str:
    return CSP.format(nonce=f" 'nonce-{nonce}'" if nonce else "")


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the headers above, and a strict Content-Security-Policy unless the page set its own."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", csp().encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Reads the request body up to `max_bytes`; beyond that answers 413 without calling the app.

    Checks a declared Content-Length first, then counts the bytes of chunked bodies."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        length = None
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    return await self._reply(scope, send, 400, "invalid Content-Length header")
        if length is not None and length > self.max_bytes:
            return await self._too_large(scope, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await self._too_large(scope, send)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope, send):
        await self._reply(scope, send, 413, f"the request body is larger than the server's limit of "
                                            f"{self.max_bytes:,} bytes: send a shorter article")

    @staticmethod
    async def _reply(scope, send, status: int, message: str):
        if scope["path"].startswith("/api/") or scope["path"] == "/api":
            body = json.dumps({"error": {"status": status, "message": message}}).encode()
            ctype = b"application/json"
        else:
            body = (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{status}</title>'
                    f"<h1>{status}</h1><p>{escape(message)}</p><p><a href=\"/\">saidwhat</a></p></html>").encode()
            ctype = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
