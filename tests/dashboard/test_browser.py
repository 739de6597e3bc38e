"""The dashboard in a real browser: Playwright driving Debian's Chromium against a real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page = context.new_page()
        yield page
        browser.close()


def test_chart_renders_and_page_has_no_exception(page, server):
    page.goto(server, wait_until="networkidle")
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas", timeout=60_000
    )
    assert page.locator("[data-testid='stException']").count() == 0
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "over_time.png"), full_page=True)
    assert page.get_by_text("Figures over time").first.is_visible()


def test_download_button_gives_the_shown_figures(page, server):
    page.goto(server, wait_until="networkidle")
    button = page.get_by_text("Download these figures (CSV)")
    button.wait_for(timeout=60_000)
    with page.expect_download() as download:
        button.click()
    path = download.value.path()
    content = Path(path).read_text(encoding="utf-8")
    assert content.splitlines()[0].startswith("figure_id,doc_id,doc,metric")
    assert "29514" in content and "Gaza Health Ministry" in content


def test_method_page_explains_the_rules(page, server):
    page.goto(f"{server}/method", wait_until="networkidle")
    page.get_by_text("How Tally reads a figure").wait_for(timeout=60_000)
    assert page.locator("[data-testid='stException']").count() == 0
