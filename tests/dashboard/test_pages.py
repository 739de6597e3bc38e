"""Every page through Streamlit's AppTest on the synthetic store: widgets driven, downloads checked
byte for byte against the store."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard import data
from tests.dashboard.conftest import ARTICLE_SQL as CURRENT
from tests.dashboard.conftest import download, expected_figures_csv, open_page, store_frame


@pytest.fixture
def store(synthetic_store, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(synthetic_store))
    return synthetic_store


def test_every_page_renders_without_exception(store):
    app = open_page(store)
    titles = {}
    for page in ("overview", "over_time", "sources", "documents", "data_page", "runs", "method"):
        app.switch_page(f"views/{page}.py").run()
        assert not app.exception, (page, [e.value for e in app.exception])
        titles[page] = app.title[0].value if app.title else app.markdown[0].value.splitlines()[0]
        assert any("the method" in c.value for c in app.caption)  # the footer, on every page
    assert titles["overview"] == "Overview" and titles["runs"] == "Runs"


def test_pages_leave_the_shared_figures_table_as_they_read_it(store):
    """data.figures() hands every session the same frame: drawing any page must not change it."""
    data.clear_caches()
    app = open_page(store)
    for page in ("over_time", "sources", "documents", "data_page", "overview"):
        app.switch_page(f"views/{page}.py").run()
    version = data.store_version()
    shared = data.figures(version)
    data.clear_caches()
    pd.testing.assert_frame_equal(shared, data.figures(version))


def test_overview_cards(store):
    app = open_page(store)
    cards = {m.label: m.value for m in app.metric}
    assert cards["Killed in Gaza"] == "23,500"
    assert cards["Killed in Israel"] == "1,200"
    assert cards["Hostages taken"] == "200–300"
    assert cards["Injured in Gaza"] == "40"
    assert cards["Hostages released"] == "—"  # the only figure is a proposal
    text = " ".join(c.value for c in app.caption)
    # Sources disagree on the latest Gaza toll: both values, each with who says it.
    assert "Sources disagree" in text and "23,300" in text and "Gaza Health Ministry" in text
    links = {link.proto.query_string for link in app.get("page_link")}
    assert "doc=a2&figure=a2-44" in links and "doc=d11&figure=d11-77" in links


def test_overview_escapes_publisher_names(store):
    app = open_page(store)
    text = " ".join(c.value for c in app.caption)
    assert "<b>" not in text


def test_sources_compare_lists_disagreements(store):
    app = open_page(store, "sources")
    summary, gaps = app.dataframe[0].value, app.dataframe[1].value
    assert set(summary["source"]) == {"Gaza Health Ministry", "Gaza Government Media Office"}
    assert list(gaps["gap"]) == [200, 100]
    app.slider(key="window").set_value(1).run()
    assert sorted(app.dataframe[1].value["gap"]) == [100, 100, 200, 300, 400, 500]
    content = download(app, "download_gaps").decode("utf-8")
    assert content.splitlines()[0].startswith("metric,location,subgroup,status,as_of_a,source_a,value_a")
    assert len(content.strip().splitlines()) == 7


PEOPLE_COUNTS = {"value", "value_high", "value_a", "value_b", "lowest", "highest", "latest", "gap"}


@pytest.mark.parametrize("page", ["over_time", "sources", "data_page"])
def test_every_table_shows_numbers_of_people_with_thousands_separators(store, page):
    app = open_page(store, page)
    shown = 0
    for table in app.dataframe:
        settings = json.loads(table.proto.columns or "{}")
        for column in PEOPLE_COUNTS & set(table.value.columns):
            if page == "over_time" and column == "value_high":
                continue  # text there, formatted in Python: a missing upper end is blank, not "None"
            assert settings.get(column, {}).get("type_config", {}).get("format") == "localized", column
            shown += 1
    assert shown >= 1


def test_documents_page_highlights_the_linked_figure_and_escapes_the_text(store):
    app = open_page(store, "documents", doc="a1", figure="a1-139")
    assert app.selectbox(key="doc_choice").value == "a1"
    assert app.selectbox(key="figure_choice").value == "a1-139"
    sentence, body = (element.proto.body for element in app.get("html"))
    assert ">1,200</mark> people were killed on 7 October." in sentence
    assert "<script>" not in body and "<b>" not in body and "&lt;script&gt;" in body
    assert body.count("<mark") == 2
    fields = dict(zip(app.dataframe[-1].value["field"], app.dataframe[-1].value["value"], strict=True))
    assert fields["value"] == "1,200" and fields["source"] == "Israeli official figures"
    assert fields["as_of"] == "2024-01-10"
    assert "<script>" not in app.subheader[0].value  # the title, escaped for markdown
    app.selectbox(key="figure_choice").set_value("a1-33").run()
    assert app.query_params["figure"] in ("a1-33", ["a1-33"])


def test_documents_page_lists_dataset_rows_when_linked_to_one(store):
    app = open_page(store, "documents", doc="d11", figure="d11-77")
    assert app.radio(key="doc_kind").value == "Daily dataset rows"
    assert "23300</mark>" in app.get("html")[-1].proto.body


def test_data_page_downloads_match_the_store(store):
    app = open_page(store, "data_page")
    shown = store_frame(
        store, CURRENT.format(where="f.metric = 'killed' AND f.location = 'Gaza' AND f.subgroup = 'all'")
    )
    assert len(app.dataframe[0].value) == len(shown) == 5
    assert download(app, "download_shown") == expected_figures_csv(shown)
    everything = store_frame(store, CURRENT.format(where="TRUE"))
    assert len(everything) == 9  # the superseded figure is history, not data
    assert download(app, "download_all") == expected_figures_csv(everything)
    package = json.loads(download(app, "download_datapackage"))
    assert {r["name"] for r in package["resources"]} == {"figures", "documents", "claims", "runs"}
    dictionary = app.dataframe[-1].value
    assert "figure_id" in set(dictionary["column"])


def test_data_page_filters_by_kind_and_quote(store):
    app = open_page(store, "data_page")
    app.radio(key="data_kind").set_value("Articles").run()
    assert sorted(app.dataframe[0].value["value"]) == [23000, 23500]
    app.text_input(key="data_search").input("media office").run()
    assert list(app.dataframe[0].value["value"]) == [23500]
    expected = store_frame(store, CURRENT.format(where="f.figure_id = 'a2-44'"))
    assert download(app, "download_shown") == expected_figures_csv(expected)


def test_data_page_formula_guard(store):
    app = open_page(store, "data_page", metric="injured")
    content = download(app, "download_shown").decode("utf-8")
    assert "'=SUM(A1) 40 personnes" in content


def test_filters_carry_across_pages(store):
    app = open_page(store, "over_time")
    app.sidebar.selectbox(key="filter_metric").set_value("hostages_taken").run()
    app.sidebar.selectbox(key="filter_location").set_value("(any place)").run()
    app.switch_page("views/runs.py").run()
    assert app.query_params["metric"] in ("hostages_taken", ["hostages_taken"])
    app.switch_page("views/data_page.py").run()
    assert app.sidebar.selectbox(key="filter_metric").value == "hostages_taken"
    assert list(app.dataframe[0].value["value"]) == [200]


def test_sources_filter_from_the_url(store):
    app = open_page(store, "over_time", source="Gaza Government Media Office")
    assert app.sidebar.multiselect(key="filter_sources").value == ["Gaza Government Media Office"]
    assert list(app.dataframe[0].value["value"]) == [23500]


def test_language_filter_from_the_url(store):
    app = open_page(store, "data_page", metric="injured", language="fr")
    assert app.sidebar.multiselect(key="filter_languages").options == ["en", "fr"]
    assert app.sidebar.multiselect(key="filter_languages").value == ["fr"]
    assert list(app.dataframe[0].value["value"]) == [40]
    app.sidebar.multiselect(key="filter_languages").set_value(["en"]).run()
    assert app.dataframe[0].value.empty
    assert app.query_params["language"] in ("en", ["en"])


def test_documents_page_shows_and_filters_by_language(store):
    app = open_page(store, "documents")
    assert len(app.selectbox(key="doc_choice").options) == 3  # the three articles
    app.sidebar.multiselect(key="filter_languages").set_value(["fr"]).run()
    assert not app.exception
    choice = app.selectbox(key="doc_choice")
    assert choice.options == [choice.format_func("a3")] and choice.value == "a3"
    assert "language fr" in " ".join(c.value for c in app.caption)


def test_runs_page_shows_failures_and_rejects(store):
    app = open_page(store, "runs")
    runs = app.dataframe[0].value
    assert list(runs["run_id"]) == ["run-2", "run-1"]
    assert "status: partial" in app.caption[0].value
    failures = app.dataframe[1].value
    assert list(failures["doc"]) == ["broken.html"] and "could not decode" in failures["reason"].iloc[0]
    rejects = app.dataframe[2].value
    assert list(rejects["reason"]) == ["value_high_not_below_value: 300 < 200"]
    app.selectbox(key="run_choice").set_value("run-1").run()
    assert len(app.dataframe) == 1  # no failures, no rejects


def test_empty_data_dir_says_how_to_fill_it(tmp_path, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path))
    app = open_page(tmp_path)
    for page in ("overview", "over_time", "sources", "documents", "data_page", "runs"):
        app.switch_page(f"views/{page}.py").run()
        assert not app.exception, page
        assert "tally refresh" in app.info[0].value
