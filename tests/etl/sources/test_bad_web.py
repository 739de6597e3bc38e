"""Fetching gone wrong, through a whole refresh on the loopback server: the run finishes, the URL
and the problem are named, the good page's figures are all stored, and a reject keeps the reason."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from etl.cli import main
from tests.etl.conftest import query

FIGURE = "metric, value, value_high, location, subgroup, attributed_to, mention, char_start, char_end"
GOOD = "article2.html"


def write_source(root, web_server, kind: str, target: str, **options) -> None:
    """tally.toml with one web source: a url list (the good page, then `target`) or a feed."""
    settings = {"host_delay": 0, **options}
    if kind == "urls":
        where = f'urls = ["{web_server}/{GOOD}", "{web_server}{target}"]'
    else:
        where = f'url = "{web_server}{target}"'
    extra = "".join(f"{name} = {json.dumps(value)}\n" for name, value in settings.items())
    (root / "tally.toml").write_text(f'[[source]]\nname = "web"\nkind = "{kind}"\n{where}\n{extra}')


def refresh_cli(root, monkeypatch, reference):
    monkeypatch.setattr("etl.reference.load_reference", lambda directory=None: reference)
    result = CliRunner().invoke(
        main, ["refresh", "--config", str(root / "tally.toml"), "--data-dir", str(root / "data")]
    )
    assert result.exit_code == 0, result.output  # the run finishes
    return result.stderr


def figures_of(root, page: str) -> list[tuple]:
    sql = f"SELECT {FIGURE} FROM current_figures WHERE doc LIKE ? ORDER BY char_start"
    return query(root, sql, [f"%/{page}"])


@pytest.fixture(scope="module")
def alone(tmp_path_factory, web_server, reference):
    """Figures of each good page refreshed on its own."""
    found = {}
    for page in ("article1.html", GOOD):
        root = tmp_path_factory.mktemp(page.split(".")[0])
        (root / "tally.toml").write_text(
            f'[[source]]\nname = "web"\nkind = "urls"\nurls = ["{web_server}/{page}"]\nhost_delay = 0\n'
        )
        monkeypatch = pytest.MonkeyPatch()
        refresh_cli(root, monkeypatch, reference)
        monkeypatch.undo()
        found[page] = figures_of(root, page)
        assert found[page], page
    return found


@pytest.mark.parametrize(
    ("kind", "target", "options", "problem"),
    [
        ("urls", "/error", {}, "server error 500 after 3 attempts"),
        ("urls", "/slow", {"timeout": 0.5}, "no answer within 0.5 s after 3 attempts"),
        ("urls", "/loop", {}, "too many redirects (a redirect loop?)"),
        ("urls", "/huge", {"max_bytes": 100_000}, "body of 200000 bytes is over the 100000-byte cap"),
        ("urls", "/stream", {"max_bytes": 100_000}, "body is over the 100000-byte cap"),
        ("urls", "/far", {}, "host localhost.invalid is not among the configured hosts"),
        ("urls", "/nowhere", {}, "HTTP 404"),
    ],
    ids=["500", "timeout", "redirect loop", "huge", "huge, no length", "other host", "404"],
)
def test_a_failed_fetch_is_named_and_the_good_page_stored(
    tmp_path, monkeypatch, reference, web_server, alone, kind, target, options, problem
):
    write_source(tmp_path, web_server, kind, target, **options)
    stderr = refresh_cli(tmp_path, monkeypatch, reference)
    url = f"{web_server}{target}"
    named = [line for line in stderr.splitlines() if line.startswith(f"error: {url}: ")]
    assert len(named) == 1 and named[0].endswith(problem), stderr
    assert figures_of(tmp_path, GOOD) == alone[GOOD]
    assert query(tmp_path, "SELECT doc, stage FROM rejects WHERE reason LIKE ?", [f"%{problem}%"]) == [
        (url, "read")
    ]


def test_a_broken_feed_is_named(tmp_path, monkeypatch, reference, web_server):
    write_source(tmp_path, web_server, "rss", "/broken.xml")
    stderr = refresh_cli(tmp_path, monkeypatch, reference)
    assert f"error: {web_server}/broken.xml: broken feed" in stderr
    assert query(tmp_path, "SELECT stage FROM rejects") == [("read",)]


def test_a_truncated_feed_keeps_the_entries_before_the_break(
    tmp_path, monkeypatch, reference, web_server, alone
):
    write_source(tmp_path, web_server, "rss", "/truncated.xml")
    stderr = refresh_cli(tmp_path, monkeypatch, reference)
    url = f"{web_server}/truncated.xml"
    assert f"warning: {url}: malformed or truncated feed" in stderr
    assert "read the 3 entries before it" in stderr
    assert f"error: {url}#3: feed entry without a link" in stderr  # the item the break cut open
    for page in ("article1.html", GOOD):
        assert figures_of(tmp_path, page) == alone[page]
    [(stage, reason)] = query(tmp_path, "SELECT stage, reason FROM rejects WHERE doc = ?", [url])
    assert stage == "read" and "truncated feed" in reason


def test_a_feed_entry_on_another_host_is_refused_unfetched(tmp_path, monkeypatch, reference, web_server):
    write_source(tmp_path, web_server, "rss", "/foreign.xml")
    stderr = refresh_cli(tmp_path, monkeypatch, reference)
    away = "http://example.invalid/away.html"
    assert f"error: {away}: host example.invalid is not among the configured hosts" in stderr
    assert query(tmp_path, "SELECT doc, stage FROM rejects") == [(away, "read")]


def test_a_refresh_that_cannot_publish_keeps_no_etag_so_nothing_is_lost(
    tmp_path, monkeypatch, reference, web_server, alone
):
    """Had the page's ETag been saved, the next refresh would get a 304 for a page never stored."""
    import duckdb

    from etl import store
    from etl.config import load_config
    from etl.pipeline import refresh
    from etl.write_errors import StoreWriteError

    write_source(tmp_path, web_server, "urls", "/nowhere")
    config = load_config(tmp_path / "tally.toml")

    def disk_full(*_):
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(store, "record_run", disk_full)
    with pytest.raises(StoreWriteError, match="no space left on device writing"):
        refresh(config, tmp_path / "data", reference, show_progress=False)
    monkeypatch.undo()
    cache = tmp_path / "data" / "http_cache.json"
    assert not cache.exists() or f"{web_server}/{GOOD}" not in json.loads(cache.read_text())
    refresh(config, tmp_path / "data", reference, show_progress=False)
    assert figures_of(tmp_path, GOOD) == alone[GOOD]
    assert f"{web_server}/{GOOD}" in json.loads(cache.read_text())  # saved once the store was
