"""Data: the filterable figures table and the claims, with downloads and a data dictionary."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, filters
from dashboard.analysis import apply_filters, figures_csv, source_label
from dashboard.widgets import counts, download_figures, download_table, figures_page, slug
from etl.contract import FIGURE_COLUMNS, FIGURE_DESCRIPTIONS

KINDS = {
    "Articles and daily dataset": ["article", "dataset"],
    "Articles": ["article"],
    "Daily dataset": ["dataset"],
}


def main() -> None:
    page = figures_page("Data")
    if page is None:
        return
    version, figures = page
    chosen = filters.sidebar(figures)
    left, right = st.columns([1, 2])
    with left:
        kind = st.radio("From", list(KINDS), key="data_kind")
    with right:
        search = st.text_input("Quote contains", key="data_search").strip()
    shown = apply_filters(figures, chosen)
    shown = shown[shown["kind"].isin(KINDS[kind])]
    if search:
        shown = shown[shown["quote"].str.contains(search, case=False, regex=False, na=False)]
    place = chosen.location or "any place"
    name = slug("tally-figures", chosen.metric, place, chosen.subgroup)

    st.subheader("Figures")
    st.caption(f"{len(shown)} of {len(figures)} figures, in the contract's columns (figures.csv).")
    st.dataframe(
        shown[FIGURE_COLUMNS],
        hide_index=True,
        width="stretch",
        column_config={
            **{
                c: st.column_config.DateColumn(format="YYYY-MM-DD")
                for c in ("as_of", "event_date", "published_at")
            },
            **counts("value", "value_high"),
        },
        key="data_figures",
    )
    one, two, three = st.columns(3)
    with one:
        download_figures(shown, f"{name}.csv", "These figures (CSV)", key="download_shown")
    with two:
        st.download_button(
            "Every figure (CSV)",
            lambda: figures_csv(data.figures(version)),
            "figures.csv",
            "text/csv",
            key="download_all",
            on_click="ignore",
        )
    with three:
        st.download_button(
            "datapackage.json",
            lambda: data.datapackage(version),
            "datapackage.json",
            "application/json",
            key="download_datapackage",
            on_click="ignore",
        )

    st.subheader("Claims")
    claims = data.claims(version)
    if not claims.empty:
        keep = (claims["metric"] == chosen.metric) & (claims["subgroup"] == chosen.subgroup)
        if chosen.location:
            keep &= claims["location"] == chosen.location
        if chosen.start is not None:
            keep &= claims["as_of"] >= pd.Timestamp(chosen.start)
        if chosen.end is not None:
            keep &= claims["as_of"] <= pd.Timestamp(chosen.end)
        if chosen.sources:
            keep &= claims["attributed_to"].map(source_label).isin(chosen.sources)
        claims = claims[keep].sort_values(["n_documents", "as_of"], ascending=[False, True], kind="stable")
    st.caption(
        f"{len(claims)} claims: the same metric, place, subgroup, status, value, source and date "
        "stated by one or more documents."
    )
    st.dataframe(
        claims,
        hide_index=True,
        width="stretch",
        column_config={
            "as_of": st.column_config.DateColumn(format="YYYY-MM-DD"),
            "n_documents": "documents",
            **counts("value", "value_high"),
        },
        key="data_claims",
    )
    download_table(
        claims,
        f"{slug('tally-claims', chosen.metric, place, chosen.subgroup)}.csv",
        "These claims (CSV)",
        key="download_claims",
    )

    with st.expander("Data dictionary (figures.csv)"):
        st.dataframe(
            pd.DataFrame(
                {"column": list(FIGURE_DESCRIPTIONS), "meaning": list(FIGURE_DESCRIPTIONS.values())}
            ),
            hide_index=True,
            width="stretch",
            key="dictionary",
        )


main()
