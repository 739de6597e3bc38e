"""The "Over time" page through Streamlit's AppTest, on the store a real refresh builds from the seeds."""

from __future__ import annotations

from tests.dashboard.conftest import ARTICLE_SQL, download, expected_figures_csv, open_page, store_frame


def test_page_shows_series_and_article_figures(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch)
    assert app.title[0].value == "Figures over time"
    assert app.caption[0].value.startswith("Data last refreshed")
    # Killed in Gaza: the two seed articles' figures over three days of the ministry's series.
    assert (
        app.caption[1].value.startswith("2 figures from articles") and "over 3 daily" in app.caption[1].value
    )
    table = app.dataframe[0].value
    assert sorted(table["value"]) == [29000, 29514]
    assert set(table["source"]) == {"Gaza Health Ministry"}
    assert set(table["reported_by"]) == {"xcelwebworks.com", "Atalayar (AFP)"}
    assert all(link.startswith("documents?doc=") for link in table["sentence"])
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")


def test_metric_choice_filters_the_table_and_lives_in_the_url(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch)
    app.sidebar.selectbox(key="filter_metric").set_value("hostages_released").run()
    assert not app.exception
    assert sorted(set(app.dataframe[0].value["value"])) == [35, 100]
    assert (
        app.query_params["metric"] == ["hostages_released"]
        or app.query_params["metric"] == "hostages_released"
    )


def test_filters_start_from_the_url(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch, metric="injured")
    assert app.sidebar.selectbox(key="filter_metric").value == "injured"
    assert list(app.dataframe[0].value["value"]) == [60000]


def test_download_is_exactly_what_is_shown(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch)
    app.sidebar.selectbox(key="filter_metric").set_value("injured").run()
    expected = store_frame(
        fixture_store,
        ARTICLE_SQL.format(
            where="f.metric = 'injured' AND f.location = 'Gaza' AND f.subgroup = 'all' AND d.kind = 'article'"
        ),
    )
    assert list(expected["value"]) == [60000]
    assert download(app, "download_shown") == expected_figures_csv(expected)


def test_download_with_the_daily_rows(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch)
    app.checkbox(key="with_series").check().run()
    expected = store_frame(
        fixture_store,
        ARTICLE_SQL.format(where="f.metric = 'killed' AND f.location = 'Gaza' AND f.subgroup = 'all'"),
    )
    assert 29514 in set(expected["value"]) and len(expected) > 3
    assert download(app, "download_shown") == expected_figures_csv(expected)
    assert download(app, "over_time_csv") == expected_figures_csv(expected)  # the chart's data


def test_chart_png_download(fixture_store, monkeypatch):
    app = open_page(fixture_store, "over_time", monkeypatch)
    assert download(app, "over_time_png")[:8] == b"\x89PNG\r\n\x1a\n"
