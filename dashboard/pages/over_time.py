"""Figures over time: a metric's official series and the figures articles report, with their sources."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.widgets import download_csv, footer, pick, refreshed_caption

version = data.store_version()
figures = data.figures(version)
st.title("Figures over time")
refreshed_caption(version)
if figures.empty:
    st.info("The store is empty: run `tally refresh` to read the bundled seeds.")
    st.stop()

with st.sidebar:
    metric = pick("Metric", sorted(figures["metric"].unique()), "metric", "killed")
    location = pick("Location", ["(any)", *sorted(figures["location"].unique())], "location", "Gaza")
    subgroup = pick("Subgroup", sorted(figures["subgroup"].unique()), "subgroup", "all")
    with_series = st.checkbox("Include daily dataset rows in the table", value=False)

shown = figures[(figures["metric"] == metric) & (figures["subgroup"] == subgroup)]
if location != "(any)":
    shown = shown[shown["location"] == location]
series, articles = shown[shown["kind"] == "dataset"], shown[shown["kind"] == "article"]
title = f"{metric} · {location} · {subgroup}"
st.altair_chart(charts.figures_over_time(series, articles, title), width="stretch")
st.caption(
    f"{len(articles)} figures from articles (points; ranges as bars; faded: proposed or projected) "
    f"over {len(series)} daily dataset values (lines)."
)

table = shown if with_series else articles
st.subheader("Figures")
st.dataframe(
    table[["as_of", "value", "value_high", "qualifier", "attributed_to", "reported_by", "quote", "doc"]],
    width="stretch",
    hide_index=True,
    column_config={
        "as_of": st.column_config.DateColumn("as of"),
        "quote": st.column_config.TextColumn(width="large"),
    },
)
download_csv(table, f"tally-{metric}-{location}-{subgroup}.csv".replace(" ", "_").replace("(any)", "any"))
footer()
