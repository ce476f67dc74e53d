"""`saidwhat serve`: the web app and HTTP API over a corpus store."""
from __future__ import annotations

import ipaddress
import os

import click

from saidwhat.errors import SaidwhatError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--db", default=None, metavar="DB",
              help="Store to read: a SQLite file or postgresql://… (default: the store of "
                   "`saidwhat ingest`, $SAIDWHAT_DB or ~/.local/share/saidwhat/corpus.db).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only loopback by default; 0.0.0.0 exposes the server to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="SAIDWHAT_TOKEN", metavar="TOKEN",
              help="Bearer token that allows POST /api/articles (also $SAIDWHAT_TOKEN, which keeps it "
                   "out of the process list). Without one, writes are disabled.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each analyses one article at a time).")
@click.option("--max-bytes", default=None, type=click.IntRange(1024), metavar="N",
              help="Largest request body accepted; larger ones get 413 (default 4 MiB).")
def serve(db: str | None, host: str, port: int, token: str | None, workers: int, max_bytes: int | None) -> None:
    """Serve the web app and HTTP API: analyse articles in the browser, search the corpus.

    \b
    Example:
      saidwhat serve --db corpus.db
      # then open http://127.0.0.1:8000/ (API reference at /docs)
    """
    try:
        import uvicorn

        from saidwhat.server import DEFAULT_MAX_BYTES
    except ImportError as exc:  # pragma: no cover - dependencies of the package
        raise SaidwhatError(f"the web server needs {exc.name}: pip install saidwhat")
    from saidwhat.store import default_db

    os.environ["SAIDWHAT_SERVE_DB"] = db or ""
    os.environ["SAIDWHAT_MAX_BYTES"] = str(max_bytes or DEFAULT_MAX_BYTES)
    if token:
        os.environ["SAIDWHAT_TOKEN"] = token
    else:
        os.environ.pop("SAIDWHAT_TOKEN", None)
    if _is_loopback(host):  # refuse other Host headers: no DNS rebinding against a local server
        os.environ["SAIDWHAT_ALLOWED_HOSTS"] = "127.0.0.1,localhost,::1,[::1]"
    else:
        os.environ.pop("SAIDWHAT_ALLOWED_HOSTS", None)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"saidwhat serving {db or default_db()} on http://{shown}:{port}/ "
               f"(API reference: /docs; writes {'enabled with token' if token else 'disabled'})", err=True)
    uvicorn.run("saidwhat.server:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning", server_header=False, proxy_headers=False, access_log=False)


COMMANDS = [serve]
