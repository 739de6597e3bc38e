"""The "Figures over time" page, driven through Streamlit's AppTest on a real store."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.contract import FIGURE_COLUMNS
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app(fixture_store, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(fixture_store))
    test = AppTest.from_file(APP, default_timeout=60)
    test.run()
    assert not test.exception, test.exception
    return test


def store_figures(data_dir, where: str) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "tally.duckdb"), read_only=True) as connection:
        frame = connection.execute(
            f"SELECT f.* FROM current_figures f JOIN current_documents d USING (doc_id) WHERE {where} "
            "ORDER BY f.as_of, f.doc, f.char_start"
        ).df()
    return frame[FIGURE_COLUMNS]


def test_page_shows_series_and_article_figures(app):
    assert app.title[0].value == "Figures over time"
    assert app.caption[0].value.startswith("Data last refreshed")
    # Killed in Gaza: the two seed articles' figures over three days of the ministry's series.
    assert (
        app.caption[1].value.startswith("2 figures from articles") and "over 3 daily" in app.caption[1].value
    )
    table = app.dataframe[0].value
    assert sorted(table["value"]) == [29000, 29514]
    assert set(table["attributed_to"]) == {"Gaza Health Ministry"}


def test_metric_choice_filters_the_table_and_lives_in_the_url(app):
    app.sidebar.selectbox(key="pick_metric").set_value("hostages_released").run()
    table = app.dataframe[0].value
    assert sorted(set(table["value"])) == [35, 100]
    assert app.query_params["metric"] == "hostages_released"


def test_filters_start_from_the_url(fixture_store, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(fixture_store))
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params["metric"] = "injured"
    app.run()
    assert app.sidebar.selectbox(key="pick_metric").value == "injured"
    assert list(app.dataframe[0].value["value"]) == [60000]


def downloaded_bytes(button) -> bytes:
    """The file behind a download button, from the media store AppTest runs with."""
    import gc

    from streamlit.runtime.media_file_manager import MediaFileManager

    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    for manager in (o for o in gc.get_objects() if isinstance(o, MediaFileManager)):
        stored = manager._storage._files_by_id.get(file_id)
        if stored is not None:
            return stored.content
    raise AssertionError(f"no media file {file_id}")


def expected_csv(frame: pd.DataFrame) -> bytes:
    frame = frame.copy()
    for column in ("as_of", "published_at", "event_date"):
        frame[column] = frame[column].map(lambda d: d.strftime("%Y-%m-%d") if pd.notna(d) else "")
    frame["value_high"] = frame["value_high"].astype("Int64")
    return frame.to_csv(index=False).encode("utf-8")


def test_download_is_exactly_what_is_shown(app, fixture_store):
    app.sidebar.selectbox(key="pick_metric").set_value("injured").run()
    expected = store_figures(
        fixture_store,
        "f.metric = 'injured' AND f.location = 'Gaza' AND f.subgroup = 'all' AND d.kind = 'article'",
    )
    assert list(expected["value"]) == [60000]
    assert downloaded_bytes(app.get("download_button")[0]) == expected_csv(expected)


def test_download_with_the_daily_rows(app, fixture_store):
    app.sidebar.checkbox[0].check().run()
    expected = store_figures(
        fixture_store, "f.metric = 'killed' AND f.location = 'Gaza' AND f.subgroup = 'all'"
    )
    assert 29514 in set(expected["value"]) and len(expected) > 3
    assert downloaded_bytes(app.get("download_button")[0]) == expected_csv(expected)
