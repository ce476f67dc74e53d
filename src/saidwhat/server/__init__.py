"""The web app and HTTP API (`saidwhat serve`): FastAPI, server-rendered pages, no CDN.

    from saidwhat.server import create_app
    app = create_app(db="corpus.db", token="s3cret")   # token None: POST /api/articles disabled
"""
from saidwhat.server.app import DEFAULT_MAX_BYTES, app_from_env, create_app

__all__ = ["create_app", "app_from_env", "DEFAULT_MAX_BYTES"]
