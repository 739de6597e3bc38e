"""Figures over time: a metric's official daily series and the figures articles report, by source."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, filters
from dashboard.analysis import apply_filters, source_label
from dashboard.widgets import chart_downloads, counts, download_figures, figures_page, slug


def url_toggle(label: str, name: str) -> bool:
    key = f"toggle_{name}"
    if key not in st.session_state:
        st.session_state[key] = st.query_params.get(name) == "1"
    value = st.toggle(label, key=key)
    if value:
        st.query_params[name] = "1"
    elif name in st.query_params:
        del st.query_params[name]
    return value


def main() -> None:
    page = figures_page("Figures over time")
    if page is None:
        return
    _, figures = page
    chosen = filters.sidebar(figures)
    shown = apply_filters(figures, chosen)
    series, articles = shown[shown["kind"] == "dataset"], shown[shown["kind"] == "article"]

    place = chosen.location or "any place"
    title = f"{chosen.metric} · {place} · {chosen.subgroup}"
    log = url_toggle("Log scale", "log")
    chart = charts.figures_over_time(series, articles, title, log=log)
    st.altair_chart(chart, width="stretch", key="over_time_chart")
    st.caption(
        f"{len(articles)} figures from articles (points: shape = qualifier, hollow = proposed or "
        f"projected, bars = ranges; click one for its sentence) over {len(series)} daily dataset "
        "values (lines: the Tech For Palestine series of the Gaza Health Ministry and others)."
    )
    name = slug("tally", chosen.metric, place, chosen.subgroup)
    chart_downloads(chart, shown, name, key="over_time")

    st.subheader("Figures")
    with_series = st.checkbox("Include the daily dataset rows", value=False, key="with_series")
    table = shown if with_series else articles
    st.dataframe(
        table.assign(
            source=table["attributed_to"].map(source_label),
            value_high=table["value_high"].map(lambda v: "" if pd.isna(v) else f"{v:,}"),
            sentence=[
                charts.figure_link(d, f) for d, f in zip(table["doc_id"], table["figure_id"], strict=True)
            ],
        )[
            [
                "as_of",
                "value",
                "value_high",
                "qualifier",
                "status",
                "source",
                "reported_by",
                "quote",
                "sentence",
                "doc",
            ]
        ],
        width="stretch",
        hide_index=True,
        column_config={
            "as_of": st.column_config.DateColumn("as of", format="YYYY-MM-DD"),
            **counts("value"),
            "value_high": st.column_config.TextColumn("up to"),
            "reported_by": "publisher",
            "quote": st.column_config.TextColumn(width="large"),
            "sentence": st.column_config.LinkColumn("sentence", display_text="open"),
        },
        key="over_time_table",
    )
    download_figures(table, f"{name}.csv", "Download these figures (CSV)", key="download_shown")


main()
