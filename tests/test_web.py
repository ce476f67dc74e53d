"""The HTTP API and the server-rendered UI, through FastAPI's TestClient (no network)."""
from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from saidwhat.server import create_app  # noqa: E402
from saidwhat.server.i18n import Translator, missing_keys  # noqa: E402
from saidwhat.server.render import article_view  # noqa: E402
from saidwhat.types import Article, Identity, Mention, Quotation, TextSpan, UnattributedClaim  # noqa: E402

TOKEN = "test-token-123"
ARTICLE = (
    "Berlin (dpa) – Die Regierung will das Gesetz noch vor der Sommerpause verabschieden. "
    "„Wir werden das Gesetz nicht verschieben“, sagte Wirtschaftsminister Robert Habeck am Montag. "
    "„Das ist kein guter Stil“, sagte Oppositionschef Friedrich Merz."
)
XSS = (
    "„<script>window.__pwned=1</script> Wir bleiben“, sagte der Sprecher <img src=x onerror=\"alert(1)\">. "
    "\"><svg onload=alert(2)> „Nein“, sagte Maria \" onmouseover=\"alert(3)."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    app = create_app(db=str(db), token=TOKEN, max_bytes=64 * 1024)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def filled(client):
    """The store with three articles from two outlets."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    docs = [
        {"text": ARTICLE, "outlet": "Tagesblatt", "date": "2024-03-04", "title": "Gesetz", "url": "https://example.org/a"},
        {"text": "„Das Gesetz kommt“, sagte Robert Habeck in Kiel. Ein Sprecher sagte, man sei zufrieden.",
         "outlet": "Abendpost", "date": "2024-05-10", "url": "javascript:alert(1)"},
        {"text": "Nach Angaben aus Regierungskreisen soll das Gesetz scheitern. „Wir warten ab“, sagte Merz.",
         "outlet": "Abendpost", "date": "2024-06-01"},
    ]
    for doc in docs:
        r = client.post("/api/articles", json=doc, headers=auth)
        assert r.status_code == 201, r.text
    return client


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"]["status"] == response.status_code
    assert body["error"]["message"]
    return body["error"]


# -- POST /api/analyze -------------------------------------------------------------------------------
def test_analyze_json_returns_the_contract(client):
    r = client.post("/api/analyze", json={"text": ARTICLE})
    assert r.status_code == 200
    body = r.json()
    assert {"credit", "quotations", "unattributed"} <= set(body)
    quotes = {q["quote"]["text"].strip("„“"): q for q in body["quotations"]}
    q = quotes["Wir werden das Gesetz nicht verschieben"]
    assert "Habeck" in q["speaker"]["text"]
    s, e = q["quote"]["spans"][0]
    assert ARTICLE[s:e] == q["quote"]["text"]
    assert {"type", "medium", "cue", "frame", "addressee", "via", "speech_act", "commitment", "confidence"} <= set(q)


def test_analyze_plain_text_and_html(client):
    plain = client.post("/api/analyze", content=ARTICLE.encode("utf-8"), headers={"Content-Type": "text/plain"})
    assert plain.status_code == 200
    assert plain.json()["quotations"] == client.post("/api/analyze", json={"text": ARTICLE}).json()["quotations"]
    latin1 = client.post("/api/analyze", content=ARTICLE.encode("cp1252"),
                         headers={"Content-Type": "text/plain; charset=windows-1252"})
    assert latin1.json()["quotations"] == plain.json()["quotations"]
    page = (f"<html><head><title>Gesetz</title></head><body><nav>Menü</nav><article><h1>Gesetz</h1>"
            f"<p>{ARTICLE}</p><p>Die Beratungen gehen am Dienstag im Ausschuss weiter, hieß es.</p></article></body></html>")
    html = client.post("/api/analyze", content=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    assert html.status_code == 200, html.text
    body = html.json()
    assert "Wir werden das Gesetz nicht verschieben" in body["text"]  # offsets refer to the extracted text
    assert body["quotations"]
    for q in body["quotations"]:
        assert " ".join(body["text"][s:e] for s, e in q["quote"]["spans"]) == q["quote"]["text"]
    assert client.post("/api/analyze", json={"html": page}).json()["text"] == body["text"]


@pytest.mark.parametrize("kwargs, status", [
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
    ({"json": ["a list"]}, 422),
    ({"json": {"txt": "typo"}}, 422),
    ({"json": {"text": 42}}, 422),
    ({"json": {"text": "   "}}, 422),
    ({"content": b"", "headers": {"Content-Type": "application/json"}}, 400),
    ({"content": b"x", "headers": {"Content-Type": "application/pdf"}}, 415),
    ({"content": b"<html><body></body></html>", "headers": {"Content-Type": "text/html"}}, 422),
    ({"content": b"\xff\xfe\x00\x00bin\x00\x00", "headers": {"Content-Type": "text/plain; charset=utf-8"}}, 400),
])
def test_analyze_errors_are_json_with_status(client, kwargs, status):
    r = client.post("/api/analyze", **kwargs)
    assert r.status_code == status, r.text
    error_of(r)


def test_request_size_limit_413(client):
    big = "„Wir bleiben“, sagte sie. " * 4000  # > 64 KiB
    r = client.post("/api/analyze", json={"text": big})
    assert r.status_code == 413
    assert "limit" in error_of(r)["message"]

    def chunks():  # no Content-Length: the limit counts the streamed bytes
        for _ in range(100):
            yield b"x" * 1024

    r = client.post("/api/analyze", content=chunks(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413
    r = client.post("/analyze", data={"text": big})
    assert r.status_code == 413 and "text/html" in r.headers["content-type"]


# -- corpus API --------------------------------------------------------------------------------------
def test_articles_need_the_token(client, tmp_path):
    doc = {"text": ARTICLE + " Extra.", "outlet": "X"}
    r = client.post("/api/articles", json=doc)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    error_of(r)
    r = client.post("/api/articles", json=doc, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/articles", json=doc, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    with TestClient(create_app(db=str(tmp_path / "w.db"), token=None)) as readonly:
        r = readonly.post("/api/articles", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403
        assert "--token" in error_of(r)["message"]
        assert readonly.get("/api/quotations").json()["items"] == []


def test_articles_ingest_once(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    doc = {"text": "„Wir sind bereit“, sagte die Ministerin.", "outlet": "Einmal", "date": "2023-01-02"}
    first = client.post("/api/articles", json=doc, headers=auth)
    assert first.status_code == 201 and first.json()["added"] is True
    again = client.post("/api/articles", json=doc, headers=auth)
    assert again.status_code == 200 and again.json() == {**first.json(), "added": False}
    assert client.post("/api/articles", json={"outlet": "x"}, headers=auth).status_code == 422
    assert client.post("/api/articles", json={"text": 3}, headers=auth).status_code == 422


def test_quotations_search_and_filters(filled):
    items = filled.get("/api/quotations", params={"q": "Gesetz"}).json()["items"]
    assert any("Habeck" in (h["speaker"] or "") for h in items)
    assert all("Gesetz" in h["quote"] for h in items)
    habeck = filled.get("/api/quotations", params={"speaker": "habeck"}).json()["items"]
    assert len(habeck) == 2 and all("Habeck" in h["speaker"] for h in habeck)
    r = filled.get("/api/quotations", params={"outlet": "Abendpost", "since": "2024-05-01", "until": "2024-05-31"})
    assert {h["date"] for h in r.json()["items"]} == {"2024-05-10"}
    page1 = filled.get("/api/quotations", params={"limit": 2}).json()
    assert len(page1["items"]) == 2 and page1["next_offset"] == 2
    page2 = filled.get("/api/quotations", params={"limit": 2, "offset": 2}).json()
    assert {json.dumps(h) for h in page1["items"]}.isdisjoint(json.dumps(h) for h in page2["items"])


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 100000}, {"offset": -1}, {"kind": "alien"}, {"since": "gestern"}, {"until": "2024-13-45"},
])
def test_quotations_bad_parameters_422(client, params):
    r = client.get("/api/quotations", params=params)
    assert r.status_code == 422
    assert list(params)[0] in error_of(r)["message"]


def test_search_is_parameterised(filled):
    nasty = ["'; DROP TABLE quotations; --", '" OR 1=1 --', "Gesetz' OR '1'='1", "%", "_", "\\", "NEAR(", "*"]
    for q in nasty:
        r = filled.get("/api/quotations", params={"q": q, "speaker": q, "outlet": q})
        assert r.status_code in (200, 400), (q, r.text)
        if r.status_code == 200:
            assert r.json()["items"] == []
    assert filled.get("/api/quotations", params={"q": "Gesetz"}).json()["items"]


def test_speakers_and_stats(filled):
    speakers = filled.get("/api/speakers").json()["items"]
    assert speakers and {"name", "kind", "quotations", "articles", "share", "outlets"} <= set(speakers[0])
    assert [s["quotations"] for s in speakers] == sorted((s["quotations"] for s in speakers), reverse=True)
    assert filled.get("/api/speakers", params={"limit": 1}).json()["items"] == speakers[:1]
    stats = filled.get("/api/stats").json()["items"]
    assert {(s["outlet"], s["month"]) for s in stats} >= {("Tagesblatt", "2024-03"), ("Abendpost", "2024-05")}
    assert all(0 <= s["anonymous_share"] <= 1 for s in stats)


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/quotations", "/api/speakers", "/api/stats", "/api/articles"):
        assert path in spec["paths"]
    content = spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(content)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/quotations" in docs.text


def test_unknown_paths(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404
    error_of(r)
    assert client.get("/nothing").headers["content-type"].startswith("text/html")
    assert client.put("/api/analyze", json={"text": "x"}).status_code == 405


# -- security -----------------------------------------------------------------------------------------
def test_no_cors(client):
    pre = client.options("/api/analyze", headers={"Origin": "https://evil.example",
                                                  "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    r = client.post("/api/analyze", json={"text": ARTICLE}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_security_headers(client):
    for path in ("/", "/api/health", "/search"):
        h = client.get(path).headers
        assert h["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        script = re.search(r"script-src ([^;]*)", h["content-security-policy"]).group(1)
        assert script.strip() == "'self'"


def test_article_with_script_renders_inert(client):
    r = client.post("/analyze", data={"text": XSS})
    assert r.status_code == 200
    page = r.text
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page and "<svg onload" not in page
    assert 'onmouseover="alert' not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    # the only scripts are the app's own file
    assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/app.js" defer>']
    # every event-handler attribute in the page is escaped text, never markup
    assert not re.search(r"<[^>]+\son\w+=", page)


def test_render_escapes_every_field():
    text = 'A „<b>x</b>“, sagte "><img src=x onerror=alert(1)> laut <i>Y</i>.'
    evil = Mention('"><img src=x onerror=alert(1)>', [(text.index('"><'), text.index("> laut") + 1)],
                   entity='"><img src=x onerror=alert(1)>', kind="person")
    q = Quotation("Direct", "Speech", TextSpan.from_spans(text, [(2, 14)]), speaker=evil,
                  via=[Mention("<i>Y</i>", [(text.index("<i>"), text.index("</i>") + 4)], kind="anonymous")])
    article = Article(text, [q], unattributed=[UnattributedClaim("<b>", [(4, 7)])])
    view = article_view(article, Translator("de"))
    html = str(view.html)
    assert "<b>" not in html and "<img" not in html and "<i>" not in html
    assert html.count("<mark") == html.count("</mark>") >= 1
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
        .replace("&amp;", "&").replace("&#39;", "'") == text


def test_one_colour_per_identity():
    text = "„A“, sagte Anna Berg. „B“, sagte Tom. „C“, sagte sie. „D“."
    anna1 = Mention("Anna Berg", [(11, 20)], entity="Anna Berg", kind="person")
    tom = Mention("Tom", [(29, 32)], entity="Tom", kind="person")
    anna2 = Mention("sie", [(41, 44)], entity=None, kind="person")
    quotes = [Quotation("Direct", "Speech", TextSpan.from_spans(text, [(s, s + 3)]), speaker=m)
              for s, m in ((0, anna1), (22, tom), (34, anna2))]
    quotes.append(Quotation("Direct", "Speech", TextSpan.from_spans(text, [(46, 49)])))
    identities = [Identity("anna-berg", "Anna Berg", "person", [anna1, anna2]), Identity("tom", "Tom", "person", [tom])]
    view = article_view(Article(text, quotes, identities=identities), Translator("en"))
    colours = [q.colour for q in view.quotations]
    assert colours[0] == colours[2] != colours[1] and colours[3] == -1
    assert [(s.name, s.count) for s in view.speakers] == [("Anna Berg", 2), ("Tom", 1)]
    assert len({bg for _, bg, _ in view.palette}) == len(view.palette) == 2
    html = str(view.html)
    assert html.count("sp-none") == 1


def test_trusted_hosts(tmp_path):
    app = create_app(db=str(tmp_path / "h.db"), allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/health").status_code == 200
        assert c.get("/api/health", headers={"Host": "rebind.example"}).status_code == 400


# -- the UI ---------------------------------------------------------------------------------------------
def test_ui_languages(client):
    de, en = client.get("/"), client.get("/?lang=en")
    assert '<html lang="de">' in de.text and "Artikel analysieren" in de.text
    assert '<html lang="en">' in en.text and "Analyse an article" in en.text
    assert 'name="lang" value="en"' in en.text
    assert '<html lang="de">' in client.get("/?lang=xx").text  # unknown → German
    assert missing_keys() == []


def test_ui_analyze_page(client):
    r = client.post("/analyze", data={"text": ARTICLE, "lang": "en"})
    assert r.status_code == 200 and "Analysed article" in r.text
    marks = re.findall(r'<mark class="q (sp-\d+)[^"]*" data-q="([\d ]+)"[^>]*title="([^"]*)"', r.text)
    assert len(marks) >= 2
    by_speaker = {title.split(" · ")[0]: cls for cls, _, title in marks}
    habeck = next(k for k in by_speaker if "Habeck" in k)
    merz = next(k for k in by_speaker if "Merz" in k)
    assert by_speaker[habeck] != by_speaker[merz]
    assert 'id="speakers"' in r.text and 'id="profile"' in r.text and 'id="unattributed"' in r.text
    nonce = re.search(r"'nonce-([^']+)'", r.headers["content-security-policy"]).group(1)
    assert f'<style nonce="{nonce}">' in r.text


def test_ui_upload(client):
    page = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
    r = client.post("/analyze", files={"file": ("artikel.html", page.encode(), "text/html")}, data={"text": ""})
    assert r.status_code == 200 and "Habeck" in r.text
    r = client.post("/analyze", files={"file": ("artikel.txt", ARTICLE.encode("cp1252"), "text/plain")})
    assert r.status_code == 200 and "Wirtschaftsminister" in r.text
    empty = client.post("/analyze", data={"text": "  "})
    assert empty.status_code == 422


def test_ui_corpus_pages(filled):
    search = filled.get("/search", params={"q": "Gesetz"})
    assert search.status_code == 200 and 'id="results"' in search.text and "Habeck" in search.text
    assert 'href="https://example.org/a"' in search.text
    assert "javascript:" not in search.text
    assert "Ungültig" not in filled.get("/search", params={"q": "nichtvorhandenwort"}).text
    assert 'id="no-results"' in filled.get("/search", params={"q": "nichtvorhandenwort"}).text
    assert filled.get("/search", params={"since": "gestern"}).status_code == 400
    speaker = filled.get("/speaker", params={"name": "Robert Habeck", "lang": "en"})
    assert speaker.status_code == 200 and "<svg" in speaker.text and "Speaker profile" in speaker.text
    dash = filled.get("/dashboard")
    assert dash.status_code == 200
    for chart in ("chart-speakers", "chart-anonymous", "chart-months"):
        section = dash.text.split(f'id="{chart}"')[1].split("</section>")[0]
        assert "<svg" in section and "<rect" in section, chart


def test_ui_empty_store(tmp_path):
    with TestClient(create_app(db=str(tmp_path / "empty.db"))) as c:
        for path in ("/search", "/dashboard", "/speaker?name=X"):
            r = c.get(path)
            assert r.status_code == 200, path
        assert 'id="empty-store"' in c.get("/dashboard").text


def test_static_assets_are_local(client):
    page = client.get("/").text
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert not re.match(r"(https?:)?//", ref), ref
    for asset in ("/static/style.css", "/static/app.js", "/static/logo.svg"):
        r = client.get(asset)
        assert r.status_code == 200 and "http://" not in r.text.replace("http://www.w3.org/2000/svg", "")


def test_store_unavailable_503(tmp_path):
    with TestClient(create_app(db=str(tmp_path))) as c:  # a directory is no database
        r = c.get("/api/quotations")
        assert r.status_code == 503 and "store" in error_of(r)["message"]
        assert c.get("/dashboard").status_code == 503
        assert c.post("/api/analyze", json={"text": ARTICLE}).status_code == 200  # analysis needs no store


def test_serve_command_help():
    from click.testing import CliRunner

    from saidwhat.cli import _register, cli

    _register()
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "127.0.0.1", "Example"):
        assert option in result.output


def test_app_from_env(monkeypatch, tmp_path):
    from saidwhat.server import app_from_env

    monkeypatch.setenv("SAIDWHAT_SERVE_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("SAIDWHAT_TOKEN", "envtoken")
    monkeypatch.setenv("SAIDWHAT_MAX_BYTES", "2048")
    monkeypatch.delenv("SAIDWHAT_ALLOWED_HOSTS", raising=False)
    with TestClient(app_from_env()) as c:
        assert c.post("/api/analyze", json={"text": "x" * 3000}).status_code == 413
        r = c.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer envtoken"})
        assert r.status_code == 201
