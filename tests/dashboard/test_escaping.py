"""Hostile text from a real refresh is shown as text: in AppTest and in a real Chromium.

The document's text, title and publisher carry `<script>` and `<img onerror>`; each must appear as
the characters it is, and no such element may reach the page. Its title also starts with `=`, so
the data page's download must carry the formula guard.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.config import load_config
from etl.pipeline import refresh
from etl.reference import load_reference
from tests.dashboard.conftest import download, open_page, start_server, stop_server, store_frame, wait_for
from tests.dashboard.test_browser import ARGS, CHROMIUM

SCRIPT, IMAGE = "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"
TEXT = (
    f"Strike on a school {SCRIPT}\n\n"
    "The health ministry in Gaza said 14 people were killed in a strike on a school on Monday.\n"
    f"Photo: {IMAGE}\n"
)
TITLE = f"=HYPERLINK(1) {IMAGE} {SCRIPT}"
PUBLISHER = f"{SCRIPT}{IMAGE}"
PAGES = ("", "over_time", "sources", "data", "runs")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> tuple[Path, str]:
    """A store refreshed from one hostile article; (data dir, its doc_id)."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "docs").mkdir()
    (root / "docs" / "hostile.txt").write_text(TEXT, encoding="utf-8")
    (root / "docs" / "documents.csv").write_text(
        "file,url,title,publisher,published_at,date_basis,language\n"
        f'hostile.txt,,"{TITLE}","{PUBLISHER}",2024-03-04,metadata,en\n',
        encoding="utf-8",
    )
    (root / "tally.toml").write_text('[[source]]\nname = "docs"\nkind = "folder"\npath = "docs"\n')
    summary = refresh(load_config(root / "tally.toml"), root / "data", load_reference(), show_progress=False)
    assert summary["figures_new"] >= 1 and summary["failures"] == []
    doc_id = store_frame(root / "data", "SELECT doc_id FROM documents")["doc_id"].iloc[0]
    return root / "data", doc_id


def test_document_page_shows_markup_as_text(hostile_store, monkeypatch):
    data, doc_id = hostile_store
    app = open_page(data, "documents", monkeypatch=monkeypatch, doc=doc_id)
    bodies = [element.proto.body for element in app.get("html")]
    assert bodies and all("<script" not in body and "<img" not in body for body in bodies)
    text = bodies[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<mark" in text  # the figure is still highlighted
    shown = [app.subheader[0].value, *(c.value for c in app.caption)]
    assert not any(re.search(r"(?<!\\)<", value) for value in shown), shown  # every < escaped
    assert "\\<img src=x onerror=alert\\(1\\)\\>" in app.subheader[0].value  # escaped for markdown


def test_overview_and_data_pages_escape_and_guard(hostile_store, monkeypatch):
    data, _ = hostile_store
    app = open_page(data, monkeypatch=monkeypatch)
    assert not any(re.search(r"(?<!\\)<", c.value) for c in app.caption)
    app.switch_page("views/data_page.py").run()
    assert not app.exception
    content = download(app, "download_all").decode("utf-8")
    assert ",14," in content  # the value column is a number, untouched by the guard
    assert "<script>alert(1)</script>" in content  # reported_by: data, kept whole in the CSV


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
)
def test_in_a_real_browser_no_script_runs_and_no_image_is_made(hostile_store):
    from playwright.sync_api import sync_playwright

    data, doc_id = hostile_store
    process, url = start_server(data)
    dialogs: list[str] = []
    try:
        wait_for(f"{url}/_stcore/health")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(f"{url}/documents?doc={doc_id}", wait_until="domcontentloaded")
            page.locator(".tally-document mark").first.wait_for(timeout=60_000)
            text = page.locator(".tally-document").inner_text()
            heading = page.get_by_role("heading", name="=HYPERLINK(1)").first.inner_text()
            images = page.locator("img[src='x'], img[onerror]").count()
            scripts = page.locator("script:has-text('alert')").count()
            page.wait_for_timeout(500)  # give an injected handler its chance to fire
            for path in PAGES:  # every other page that shows the document's fields
                page.goto(f"{url}/{path}", wait_until="domcontentloaded")
                page.get_by_text("Tech For Palestine daily series").wait_for(timeout=60_000)  # the footer
                images += page.locator("img[src='x'], img[onerror]").count()
                scripts += page.locator("script:has-text('alert')").count()
            browser.close()
    finally:
        stop_server(process)
    assert SCRIPT in text and IMAGE in text
    assert IMAGE in heading and SCRIPT in heading
    assert (images, scripts, dialogs) == (0, 0, [])
