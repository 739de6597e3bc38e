"""The pure computations behind the pages, on the synthetic store's figures."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd

from dashboard.analysis import (
    KEY_SERIES,
    Filters,
    apply_filters,
    disagreements,
    distinct_values,
    figures_csv,
    highlighted_html,
    latest_claims,
    series_figures,
    source_summary,
)
from etl.contract import FIGURE_COLUMNS
from tests.dashboard.synthetic import A1_TEXT


def series(label: str):
    return next(s for s in KEY_SERIES if s.label == label)


def test_filters_select_metric_place_subgroup_dates_and_sources(figures):
    shown = apply_filters(figures, Filters("killed", "Gaza", "all"))
    assert sorted(shown["value"]) == [22900, 23000, 23100, 23300, 23500]
    since = apply_filters(figures, Filters("killed", "Gaza", "all", start=date(2024, 1, 11)))
    assert sorted(since["value"]) == [23300, 23500]
    ministry = apply_filters(figures, Filters("killed", "", "all", sources=("Gaza Health Ministry",)))
    assert sorted(ministry["value"]) == [22900, 23000, 23100, 23300]
    unattributed = apply_filters(figures, Filters("hostages_taken", "", "all", sources=("unattributed",)))
    assert list(unattributed["value"]) == [200]


def test_latest_claims_keep_each_source_newest_and_show_disagreement(figures):
    claims = latest_claims(series_figures(figures, series("Killed in Gaza")))
    # 2024-01-11: the media office says 23,500, the ministry's series 23,300; the ministry's
    # article figure of the 10th is older than its own series' latest and is not a claim here.
    assert list(zip(claims["source"], claims["value"], strict=True)) == [
        ("Gaza Government Media Office", 23500),
        ("Gaza Health Ministry", 23300),
    ]
    assert list(distinct_values(claims)["value"]) == [23500, 23300]


def test_same_value_from_two_sources_is_one_value_stated_by_both(figures):
    extra = figures[figures["figure_id"] == "d11-77"].assign(
        figure_id="x", doc_id="x", attributed_to="UN OCHA", kind="article"
    )
    values = distinct_values(latest_claims(pd.concat([figures[figures["metric"] == "killed"], extra])))
    row = values[values["value"] == 23300].iloc[0]
    assert row["source"] == "Gaza Health Ministry" and row["also"] == ["UN OCHA"]


def test_series_prefer_their_event_date_and_ignore_proposed_figures(figures):
    assert list(series_figures(figures, series("Killed in Israel"))["value"]) == [1200]
    assert series_figures(figures, series("Hostages released")).empty  # only a proposed 50
    taken = latest_claims(series_figures(figures, series("Hostages taken")))
    assert (taken["value"].iloc[0], taken["value_high"].iloc[0]) == (200, 300)


def test_disagreements_pair_different_values_within_the_window(figures):
    killed = apply_filters(figures, Filters("killed", "Gaza", "all"))
    same_day = disagreements(killed, window_days=0)
    assert list(zip(same_day["value_a"], same_day["value_b"], same_day["gap"], strict=True)) == [
        (23300, 23500, 200),
        (23000, 23100, 100),
    ]
    assert same_day["source_b"].iloc[0] == "Gaza Government Media Office"
    assert same_day["gap_pct"].iloc[0] == round(100 * 200 / 23500, 1)
    # A day apart: four more pairs; never two rows of the ministry's own daily series.
    day_apart = disagreements(killed, window_days=1)
    assert sorted(day_apart["gap"]) == [100, 100, 200, 300, 400, 500]
    assert not ((day_apart["figure_id_a"].str[0] == "d") & (day_apart["figure_id_b"].str[0] == "d")).any()


def test_no_disagreement_without_figures(figures):
    assert disagreements(figures.iloc[0:0]).empty
    assert disagreements(apply_filters(figures, Filters("injured", "Gaza", "all"))).empty


def test_source_summary(figures):
    summary = source_summary(apply_filters(figures, Filters("killed", "Gaza", "all")))
    ministry = summary[summary["source"] == "Gaza Health Ministry"].iloc[0]
    assert (ministry["figures"], ministry["lowest"], ministry["highest"], ministry["latest"]) == (
        4,
        22900,
        23300,
        23300,
    )


def test_highlighting_escapes_the_document_and_marks_each_figure(figures):
    marked = highlighted_html(A1_TEXT, figures[figures["doc_id"] == "a1"], selected="a1-139")
    assert "<script>" not in marked and "<b>" not in marked
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in marked
    assert marked.count("<mark") == 2
    assert 'id="figure-a1-33"' in marked and ">23,000</mark>" in marked
    assert "outline" in marked.split('id="figure-a1-139"')[1].split(">")[0]  # the selected one
    assert "killed · Israel · all · 1,200 · exact · reported · Israeli official figures" in marked


def test_sentence_marks_its_mention_and_escapes():
    from dashboard.analysis import highlighted_sentence

    marked = highlighted_sentence("<i>At least</i> 23,000 died.", "23,000")
    assert marked.count("<mark") == 1 and ">23,000</mark>" in marked and "&lt;i&gt;" in marked
    assert "<mark" not in highlighted_sentence("No number here.", "40")


def test_highlighting_skips_spans_outside_the_text(figures):
    broken = figures[figures["doc_id"] == "a1"].assign(char_start=500, char_end=510)
    assert "<mark" not in highlighted_html(A1_TEXT, broken)


def test_figures_csv_is_the_contract_with_a_formula_guard(figures):
    content = figures_csv(figures[figures["doc_id"] == "a3"]).decode("utf-8")
    table = pd.read_csv(io.StringIO(content), dtype=str, keep_default_na=False)
    assert list(table.columns) == FIGURE_COLUMNS
    assert table["quote"].iloc[0] == "'=SUM(A1) 40 personnes ont été blessées à Gaza."
    assert (table["as_of"].iloc[0], table["event_date"].iloc[0], table["value_high"].iloc[0]) == (
        "2024-01-11",
        "",
        "",
    )
