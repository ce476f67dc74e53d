"""The web UI in a real browser: Playwright drives Debian's headless Chromium against a real
`saidwhat serve` on a free loopback port. Screenshots go to test-artifacts/.

Skipped (with the reason shown) only when /usr/bin/chromium or Playwright is missing and
SAIDWHAT_REQUIRE_BROWSER is not set; with it set, a missing browser fails the run."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("SAIDWHAT_CHROMIUM", "/usr/bin/chromium")
REQUIRE = bool(os.environ.get("SAIDWHAT_REQUIRE_BROWSER"))
ARTIFACTS = Path(os.environ.get("SAIDWHAT_ARTIFACTS", Path(__file__).resolve().parents[1] / "test-artifacts"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "browser-test-token"

_missing = None
try:
    from playwright.sync_api import sync_playwright
except ImportError:
    _missing = "Playwright for Python is not installed (pip install -e '.[test]')"
if _missing is None and not os.access(CHROMIUM, os.X_OK):
    _missing = f"{CHROMIUM} is missing: install Debian's chromium (bash .ci/browser.sh)"
if _missing:
    if REQUIRE:
        raise RuntimeError(f"SAIDWHAT_REQUIRE_BROWSER is set but {_missing}")
    warnings.warn(f"browser tests skipped: {_missing}", stacklevel=1)  # shown in pytest's summary
    pytest.skip(f"browser tests skipped: {_missing}", allow_module_level=True)

EXAMPLE_SPEAKERS = {"Wir werden das Gesetz nicht verschieben": "Habeck", "Das ist kein guter Stil": "Merz"}
CORPUS = [
    {"text": "„Wir werden das Gesetz nicht verschieben“, sagte Wirtschaftsminister Robert Habeck am Montag. "
             "„Das ist kein guter Stil“, sagte Oppositionschef Friedrich Merz.",
     "outlet": "Tagesblatt", "date": "2024-03-04", "title": "Streit ums Gesetz"},
    {"text": "„Das Gesetz kommt“, sagte Robert Habeck in Kiel.", "outlet": "Abendpost", "date": "2024-05-10"},
    {"text": "Nach Angaben aus Regierungskreisen soll das Gesetz scheitern. „Wir warten ab“, sagte Merz.",
     "outlet": "Abendpost", "date": "2024-07-01"},
]
XSS = ("„<script>window.__pwned=1</script>Wir bleiben“, sagte der Sprecher <img src=x onerror=\"window.__pwned=2\">. "
       "\"><svg onload=\"window.__pwned=3\"> „Nein“, sagte Maria \" onmouseover=\"window.__pwned=4\" x=\".")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, body: dict | None = None, headers: dict | None = None) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `saidwhat serve` process on a free loopback port, with a small corpus."""
    db = tmp_path_factory.mktemp("browser") / "corpus.db"
    port = free_port()
    log = open(tmp_path_factory.getbasetemp() / "server.log", "w+")
    env = {**os.environ, "SAIDWHAT_TOKEN": TOKEN}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "saidwhat"), "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"saidwhat serve exited with {proc.returncode}:\n{log.read()}")
            try:
                if request(f"{base}/api/health")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("saidwhat serve did not answer within 60 s")
            time.sleep(0.2)
        for doc in CORPUS:
            assert request(f"{base}/api/articles", doc, {"Authorization": f"Bearer {TOKEN}"})[0] == 201
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors (CSP violations show up there) and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    p = context.new_page()
    p.set_default_timeout(15_000)
    p.console_errors = []
    p.dialogs = []
    p.on("console", lambda m: m.type == "error" and p.console_errors.append(m.text))
    p.on("pageerror", lambda e: p.console_errors.append(str(e)))
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    yield p
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_analyse_german_example(server, page):
    page.goto(f"{server}/")
    page.click("#example")
    assert "Habeck" in page.input_value("#text")
    page.click("#analyze")
    page.wait_for_selector("#article")
    colours = {}
    for quote, speaker in EXAMPLE_SPEAKERS.items():
        mark = page.locator("#article mark.q", has_text=quote).first
        assert mark.is_visible()
        mark.click()
        panel = page.locator("#detail-panel")
        assert panel.is_visible()
        assert speaker in panel.inner_text()
        assert quote in panel.inner_text()
        colours[speaker] = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert mark.evaluate("m => m.classList.contains('active')")
    assert len(set(colours.values())) == 2, colours  # one colour per speaker
    sidebar = page.inner_text("#speakers")
    assert "Habeck" in sidebar and "Merz" in sidebar
    assert page.locator("#profile table tr").count() >= 3
    shot(page, "article-de")
    page.keyboard.press("Escape")
    assert not page.locator("#detail-panel").is_visible()
    assert page.console_errors == []


def test_injected_markup_stays_inert(server, page):
    page.goto(f"{server}/")
    page.fill("#text", XSS)
    page.click("#analyze")
    page.wait_for_selector("#article")
    for mark in page.locator("#article mark.q").all():
        mark.hover()
        mark.click()
    text = page.inner_text("#article")
    assert "<script>window.__pwned=1</script>" in text and "<img src=x" in text
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article script, #article img, #article svg").count() == 0
    assert page.dialogs == []
    shot(page, "article-injection")


def test_search_and_speaker_profile(server, page):
    page.goto(f"{server}/search")
    page.fill("#q", "Gesetz")
    page.click("#search-button")
    page.wait_for_selector("#results")
    rows = page.locator("#results tbody tr")
    assert rows.count() >= 2
    assert "Habeck" in page.inner_text("#results")
    shot(page, "search")
    assert page.locator("#kind-filter option").count() == 7  # any + the six kinds
    page.fill("#q", "")
    page.fill("#speaker-filter", "Merz")
    page.click("#search-button")
    page.wait_for_selector("#results")
    speakers = page.locator("#results td.speaker").all_inner_texts()
    assert speakers and all("Merz" in s for s in speakers)
    page.locator("#results td.speaker a").first.click()
    page.wait_for_selector("#over-time svg")
    assert "Merz" in page.inner_text("h1")
    assert page.locator("#over-time svg rect.bar").count() >= 2
    shot(page, "speaker")
    assert page.console_errors == []


def test_dashboard_renders(server, page):
    page.goto(f"{server}/dashboard?lang=en")
    assert "Corpus dashboard" in page.inner_text("h1")
    for chart in ("#chart-speakers", "#chart-anonymous", "#chart-months"):
        svg = page.locator(f"{chart} svg")
        box = svg.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 50, chart
        assert page.locator(f"{chart} rect.bar").count() >= 1, chart
    labels = page.locator("#chart-speakers text.label").all_text_contents()
    assert any("Habeck" in label for label in labels)
    shot(page, "dashboard-en")
    page.click("header .lang")
    assert "Übersicht über das Korpus" in page.inner_text("h1")
    assert page.console_errors == []


def test_english_ui(server, page):
    page.goto(f"{server}/?lang=en")
    assert page.inner_text("h1") == "Analyse an article"
    page.click("#example")
    page.click("#analyze")
    page.wait_for_selector("#article")
    assert "Analysed article" in page.inner_text("h1")
    assert "Speakers" in page.inner_text("#speakers h2")
    shot(page, "article-en")
