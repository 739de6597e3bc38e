"""Charts are pure: a frame in, a Vega-Lite spec (or PNG bytes) out."""

from __future__ import annotations

import pandas as pd

from dashboard import charts
from dashboard.analysis import Filters, apply_filters


def layers_by_mark(spec: dict) -> dict[str, dict]:
    return {
        (layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]): layer
        for layer in spec["layer"]
    }


def test_series_as_line_articles_as_linked_points(figures):
    shown = apply_filters(figures, Filters("killed", "Gaza", "all"))
    chart = charts.figures_over_time(shown[shown["kind"] == "dataset"], shown[shown["kind"] == "article"])
    spec = chart.to_dict()
    layers = layers_by_mark(spec)
    assert set(layers) == {"line", "errorbar", "point"}
    line_data = spec["datasets"][layers["line"]["data"]["name"]]
    assert [row["value"] for row in line_data] == [22900, 23100, 23300]
    assert {row["source"] for row in line_data} == {"Gaza Health Ministry"}
    point = layers["point"]
    points = spec["datasets"][point["data"]["name"]]
    assert sorted(row["value"] for row in points) == [23000, 23500]
    assert point["encoding"]["href"]["field"] == "link"
    assert all(row["link"] == f"documents?doc={row['doc_id']}&figure={row['figure_id']}" for row in points)
    assert point["encoding"]["shape"]["field"] == "qualifier"
    tooltip = {t["field"] for t in point["encoding"]["tooltip"]}
    assert {"figure", "qualifier", "source", "reported_by", "as_of", "quote", "attribution_basis"} <= tooltip


def test_ranges_are_bars_and_log_scale(figures):
    taken = apply_filters(figures, Filters("hostages_taken", "", "all"))
    spec = charts.figures_over_time(taken.iloc[0:0], taken, log=True).to_dict()
    bars = layers_by_mark(spec)["errorbar"]
    assert [(r["value"], r["value_high"]) for r in spec["datasets"][bars["data"]["name"]]] == [(200, 300.0)]
    assert layers_by_mark(spec)["point"]["encoding"]["y"]["scale"]["type"] == "symlog"


def test_no_figures_still_draws(figures):
    empty = figures.iloc[0:0]
    assert charts.figures_over_time(empty, empty).to_dict()["layer"]


def test_sources_side_by_side_is_one_panel_per_source(figures):
    spec = charts.sources_side_by_side(apply_filters(figures, Filters("killed", "Gaza", "all"))).to_dict()
    assert spec["facet"]["field"] == "source"
    data = spec["datasets"][spec["data"]["name"]]
    assert {row["source"] for row in data} == {"Gaza Health Ministry", "Gaza Government Media Office"}


def test_png_export(figures):
    shown = apply_filters(figures, Filters("killed", "Gaza", "all"))
    png = charts.to_png(
        charts.figures_over_time(shown[shown["kind"] == "dataset"], shown[shown["kind"] == "article"])
    )
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000


def test_chart_frame_names_unattributed(figures):
    frame = charts.chart_frame(figures[figures["attributed_to"] == ""])
    assert set(frame["source"]) == {"unattributed"}
    assert pd.isna(frame["value_high"]).sum() == len(frame) - 1


def test_a_tooltip_shows_a_value_or_a_range_in_words(figures):
    taken = charts.chart_frame(apply_filters(figures, Filters("hostages_taken", "", "all")))
    assert list(taken["figure"]) == ["200–300"]
    killed = charts.chart_frame(apply_filters(figures, Filters("killed", "Gaza", "all")))
    assert set(killed["figure"]) == {f"{value:,}" for value in killed["value"]}
    assert "23,500" in set(killed["figure"])


def test_a_few_days_of_figures_are_ticked_by_the_day_not_the_hour(figures):
    shown = apply_filters(figures, Filters("killed", "Gaza", "all"))
    assert (shown["as_of"].max() - shown["as_of"].min()).days < 10
    spec = charts.figures_over_time(shown[shown["kind"] == "dataset"], shown[shown["kind"] == "article"])
    axis = layers_by_mark(spec.to_dict())["point"]["encoding"]["x"]["axis"]
    assert axis["tickCount"] == {"interval": "day", "step": 1}
    years = shown.assign(as_of=pd.date_range("2023-10-07", periods=len(shown), freq="90D"))
    spec = charts.figures_over_time(years.iloc[0:0], years).to_dict()
    assert "axis" not in layers_by_mark(spec)["point"]["encoding"]["x"]  # Vega-Lite's own ticks
