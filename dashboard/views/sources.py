"""Sources compare: each source's figures of a metric side by side, and where they disagree."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, filters
from dashboard.analysis import apply_filters, disagreements, source_summary
from dashboard.widgets import chart_downloads, counts, download_table, figures_page, slug


def main() -> None:
    page = figures_page("Sources compare")
    if page is None:
        return
    _, figures = page
    chosen = filters.sidebar(figures)
    shown = apply_filters(figures, chosen)
    place = chosen.location or "any place"
    name = slug("tally-sources", chosen.metric, place, chosen.subgroup)
    st.caption(f"{chosen.metric} · {place} · {chosen.subgroup}: {len(shown)} figures")
    if shown.empty:
        st.info("No figure matches these filters.")
        return

    chart = charts.sources_side_by_side(shown)
    st.altair_chart(chart, key="sources_chart")
    chart_downloads(chart, shown, name, key="sources")

    st.subheader("Each source")
    st.dataframe(
        source_summary(shown),
        hide_index=True,
        width="stretch",
        column_config={
            "first": st.column_config.DateColumn(format="YYYY-MM-DD"),
            "last": st.column_config.DateColumn(format="YYYY-MM-DD"),
            **counts("figures", "lowest", "highest", "latest"),
        },
        key="sources_summary",
    )

    st.subheader("Disagreements")
    window = st.slider("Date window (days between the two figures)", 0, 30, 0, key="window")
    gaps = disagreements(shown, window_days=window)
    st.caption(
        f"{len(gaps)} pairs of figures on the same metric, place, subgroup and status, dated at most "
        f"{window} day(s) apart, from different documents, stating different values (largest gap "
        "first; in each pair, a is the smaller value). Rows of one daily series are not compared "
        "with each other."
    )
    st.dataframe(
        gaps,
        hide_index=True,
        width="stretch",
        column_config={
            "as_of_a": st.column_config.DateColumn("as of (a)", format="YYYY-MM-DD"),
            "as_of_b": st.column_config.DateColumn("as of (b)", format="YYYY-MM-DD"),
            **counts("value_a", "value_b", "gap"),
            "gap_pct": st.column_config.NumberColumn("gap %", format="%.1f"),
        },
        key="disagreements",
    )
    download_table(gaps, f"{name}-disagreements.csv", "Download the disagreements (CSV)", key="download_gaps")


main()
