"""The dashboard in a real browser: Playwright driving Debian's Chromium against a real server.

Chromium comes from apt (`apt-get install chromium`; `.ci/run` installs it). These tests never
download a browser. Where /usr/bin/chromium is absent they skip, saying so; under CI (CI=true)
they fail instead, so a CI run can never pass without them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.dashboard.conftest import ARTICLE_SQL, expected_figures_csv, store_frame

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CHART = "[data-testid='stVegaLiteChart'] svg"
SETTLED = "() => !document.querySelector(\"[data-testid='stSkeleton'], [data-testid='stSkeletonElement']\")"
PAGES = {
    "overview": "",
    "over_time": "over_time",
    "sources": "sources",
    "documents": "documents",
    "data": "data",
    "runs": "runs",
    "method": "method",
}

if not CHROMIUM.exists() and os.environ.get("CI") == "true":
    raise RuntimeError("CI=true but /usr/bin/chromium is missing: .ci/run must apt-get install chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def open_view(page, url: str, heading: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    page.get_by_text("Tech For Palestine daily series").wait_for(timeout=60_000)  # the footer: run done
    # Widgets and tables load their code lazily and show grey skeletons meanwhile.
    page.wait_for_function(SETTLED, timeout=60_000)


@pytest.mark.parametrize(
    ("name", "heading", "chart"),
    [
        ("overview", "Overview", False),
        ("over_time", "Figures over time", True),
        ("sources", "Sources compare", True),
        ("documents", "Documents", False),
        ("data", "Data", False),
        ("runs", "Runs", False),
        ("method", "How Tally reads a figure", False),
    ],
)
def test_every_page_renders(page, server, name, heading, chart):
    open_view(page, f"{server}/{PAGES[name]}", heading)
    if chart:
        page.wait_for_selector(CHART, timeout=60_000)
        labels = page.locator(f"{CHART} g.role-axis-label text").evaluate_all(
            "e => e.map(t => t.textContent)"
        )
        assert labels and not [label for label in labels if label.endswith(("AM", "PM"))]
        assert "0" in labels and "0k" not in labels  # the people axis starts at a plain zero
    assert page.locator("[data-testid='stException']").count() == 0
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)


def test_download_gives_the_shown_figures(page, server, fixture_store):
    open_view(page, f"{server}/over_time", "Figures over time")
    button = page.get_by_role("button", name="Download these figures (CSV)")
    button.wait_for(timeout=60_000)
    with page.expect_download() as download:
        button.click()
    content = Path(download.value.path()).read_bytes()
    expected = store_frame(
        fixture_store,
        ARTICLE_SQL.format(
            where="f.metric = 'killed' AND f.location = 'Gaza' AND f.subgroup = 'all' AND d.kind = 'article'"
        ),
    )
    assert content == expected_figures_csv(expected)


def test_chart_png_download(page, server):
    open_view(page, f"{server}/over_time", "Figures over time")
    page.wait_for_selector(CHART, timeout=60_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="Chart (PNG)").click()
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_clicked_figure_leads_to_its_highlighted_sentence(page, server):
    open_view(page, f"{server}/over_time", "Figures over time")
    page.wait_for_selector(CHART, timeout=60_000)
    point = page.locator(f"{CHART} g.mark-symbol.role-mark path").first
    point.click(force=True)
    page.wait_for_url("**/documents?doc=*", timeout=60_000)
    figure_id = page.url.split("figure=")[1].split("&")[0]
    mark = page.locator(f"mark#figure-{figure_id}")
    mark.wait_for(timeout=60_000)
    assert "outline" in (mark.get_attribute("style") or "")
    assert mark.inner_text() in ("29,514", "29,000")  # the two seed figures of the Gaza toll
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "documents_from_chart.png"), full_page=True)


def test_a_hovered_figure_shows_who_said_it_and_when(page, server, fixture_store):
    """The tooltip is the provenance at a glance: the value, its source, its publisher and its date."""
    open_view(page, f"{server}/over_time", "Figures over time")
    page.wait_for_selector(CHART, timeout=60_000)
    page.locator(f"{CHART} g.mark-symbol.role-mark path").first.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=30_000)
    text = tooltip.inner_text()
    shown = store_frame(
        fixture_store,
        ARTICLE_SQL.format(where="f.metric = 'killed' AND f.location = 'Gaza' AND f.subgroup = 'all'"),
    )
    said = [
        f"{figure.value:,}" in text
        and figure.attributed_to in text
        and figure.reported_by in text
        and str(figure.as_of)[:10] in text
        for figure in shown.itertuples()
    ]
    assert any(said), text  # one of the shown figures, with its source, publisher and date
    assert "null" not in text  # a figure that is not a range shows no empty upper end


def test_filters_survive_a_page_change_and_live_in_the_url(page, server, fixture_store):
    injured = store_frame(
        fixture_store,
        ARTICLE_SQL.format(where="f.metric = 'injured' AND f.location = 'Gaza' AND f.subgroup = 'all'"),
    )
    open_view(page, f"{server}/over_time?metric=injured", "Figures over time")
    page.get_by_text("1 figures from articles").wait_for(timeout=60_000)
    page.get_by_role("link", name="Data").first.click()
    page.get_by_role("heading", name="Data").first.wait_for(timeout=60_000)
    page.wait_for_function(
        "location.pathname.endsWith('/data') && location.search.includes('metric=injured')", timeout=60_000
    )
    page.get_by_text(f"{len(injured)} of ").first.wait_for(timeout=60_000)  # "4 of N figures"


def test_document_text_is_escaped(page, synthetic_server):
    open_view(page, f"{synthetic_server}/documents?doc=a1&figure=a1-139", "Documents")
    page.locator("mark#figure-a1-139").wait_for(timeout=60_000)
    text = page.locator(".tally-document").inner_text()
    assert "<script>alert('x')</script>" in text  # shown as text, not run
    assert page.locator(".tally-document script, .tally-document b").count() == 0
