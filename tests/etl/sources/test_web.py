"""Fetching feeds and pages from a real server on loopback: documents, 304s, and every failure named."""

from __future__ import annotations

import duckdb
import pytest

from etl.config import load_config
from etl.pipeline import refresh
from etl.reference import load_reference
from etl.sources.http import Fetcher, FetchError, HttpPolicy


def fetcher(**policy) -> Fetcher:
    return Fetcher(HttpPolicy(frozenset({"127.0.0.1"}), host_delay=0, backoff=0.05, **policy))


@pytest.mark.parametrize(
    ("path", "policy", "message"),
    [
        ("/error", {}, "server error 500 after 3 attempts"),
        ("/slow", {"timeout": 0.5, "retries": 0}, "no answer within 0.5 s"),
        ("/loop", {}, "too many redirects"),
        ("/huge", {"max_bytes": 100_000}, "over the 100000-byte cap"),
        ("/far", {}, "host localhost.invalid is not among the configured hosts"),
        ("/nowhere", {}, "HTTP 404"),
    ],
)
def test_fetch_failures_say_what_went_wrong(web_server, path, policy, message):
    with pytest.raises(FetchError, match=message):
        fetcher(**policy).get(web_server + path)


def test_a_host_outside_the_allow_list_is_never_contacted(web_server):
    with pytest.raises(FetchError, match="not among the configured hosts"):
        Fetcher(HttpPolicy(frozenset({"example.org"}))).get(web_server + "/article1.html")


def test_conditional_request_gets_304(web_server):
    client = fetcher()
    first = client.get(web_server + "/article1.html")
    second = client.get(web_server + "/article1.html")
    assert (first.status, second.status, second.not_modified) == (200, 304, True)


def test_an_unconditional_request_always_gets_the_body_and_keeps_no_validators(web_server):
    client = fetcher()
    client.get(web_server + "/article2.html")  # its ETag is known from here on
    whole = client.get(web_server + "/article2.html", conditional=False)
    assert (whole.status, whole.not_modified, "Hostages" in whole.text) == (200, False, True)
    client.get(web_server + "/steady/feed.xml", conditional=False)
    assert web_server + "/steady/feed.xml" not in client.changed  # nothing to save for next time


def config(tmp_path, web_server, body: str):
    path = tmp_path / "tally.toml"
    path.write_text(body.replace("BASE", web_server))
    return load_config(path)


def test_rss_refresh_reads_entries_then_adds_nothing(tmp_path, web_server):
    settings = config(
        tmp_path,
        web_server,
        '[[source]]\nname = "feed"\nkind = "rss"\nurl = "BASE/feed.xml"\nhost_delay = 0\n',
    )
    first = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    assert (first["documents_new"], first["documents_failed"]) == (2, 1)
    assert "localhost.invalid" in first["failures"][0]["reason"]
    with duckdb.connect(str(tmp_path / "data" / "tally.duckdb"), read_only=True) as connection:
        figures = connection.execute(
            "SELECT value, metric, attributed_to, reported_by FROM current_figures ORDER BY value"
        ).fetchall()
        published = connection.execute("SELECT published_at FROM documents ORDER BY doc").fetchall()
    assert (31, "killed", "Gaza Health Ministry", "Loopback News") in figures
    assert (128, "hostages_held", "Israeli military", "Loopback Feed") in figures
    assert all(row[0] is not None for row in published)
    second = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    assert (second["documents_new"], second["documents_unchanged"], second["figures_new"]) == (0, 2, 0)


def test_an_unchanged_feed_still_has_its_pages_asked_for(tmp_path, web_server):
    """The feed answers the same every time; its page is corrected in place, as news sites do."""
    from tests.etl.sources.conftest import Handler

    settings = config(
        tmp_path,
        web_server,
        '[[source]]\nname = "steady"\nkind = "rss"\nurl = "BASE/steady/feed.xml"\nhost_delay = 0\n',
    )
    data = tmp_path / "data"
    first = refresh(settings, data, load_reference(), show_progress=False)
    again = refresh(settings, data, load_reference(), show_progress=False)
    assert (first["documents_new"], again["documents_new"], again["documents_unchanged"]) == (1, 0, 1)
    with duckdb.connect(str(data / "tally.duckdb"), read_only=True) as connection:
        (seen,) = connection.execute("SELECT last_seen_run FROM current_documents").fetchone()
    assert seen == again["run_id"]  # the unchanged page is recorded as read by the second run
    Handler.story_toll = 33
    try:
        corrected = refresh(settings, data, load_reference(), show_progress=False)
    finally:
        Handler.story_toll = 31
    assert (corrected["documents_new"], corrected["documents_unchanged"]) == (1, 0)
    with duckdb.connect(str(data / "tally.duckdb"), read_only=True) as connection:
        killed = connection.execute("SELECT value FROM current_figures WHERE metric = 'killed'").fetchall()
    assert {value for (value,) in killed} == {33}  # the heading's toll and the text's, both corrected


def test_broken_feed_is_named(tmp_path, web_server):
    settings = config(
        tmp_path, web_server, '[[source]]\nname = "broken"\nkind = "rss"\nurl = "BASE/broken.xml"\n'
    )
    summary = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    assert summary["documents_failed"] == 1 and "broken feed" in summary["failures"][0]["reason"]


def test_url_list_source(tmp_path, web_server):
    settings = config(
        tmp_path,
        web_server,
        '[[source]]\nname = "pages"\nkind = "urls"\n'
        'urls = ["BASE/article2.html", "BASE/error"]\nhost_delay = 0\n',
    )
    summary = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    assert (summary["documents_new"], summary["documents_failed"]) == (1, 1)
    assert "server error 500" in summary["failures"][0]["reason"]


def test_live_techforpalestine_feed(tmp_path, web_server):
    settings = config(
        tmp_path,
        web_server,
        '[[source]]\nname = "tfp"\nkind = "techforpalestine"\nurl = "BASE/tfp/"\nhost_delay = 0\n',
    )
    first = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    reasons = {f["doc"]: f["reason"] for f in first["failures"]}
    assert reasons == {
        "casualties_daily.json[4]": "record is not an object",
        "casualties_daily.json[5]": "record without a valid report_date",
    }
    with duckdb.connect(str(tmp_path / "data" / "tally.duckdb"), read_only=True) as connection:
        found = connection.execute(
            "SELECT value FROM current_figures "
            "WHERE metric = 'killed' AND subgroup = 'all' AND location = 'Gaza' ORDER BY as_of"
        ).fetchall()
    assert found == [(29410,), (29514,), (29606,)]  # the wrongly typed and negative values are left out
    second = refresh(settings, tmp_path / "data", load_reference(), show_progress=False)
    assert second["documents_new"] == 0 and second["figures_new"] == 0
    # The server would answer 304; the datasets are read whole, so every day is seen again.
    assert second["documents_unchanged"] == first["documents_new"] > 0
    assert second["failures"] == first["failures"]
