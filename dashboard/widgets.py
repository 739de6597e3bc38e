"""Small pieces every page shares: downloads, the refresh line, the footer, safe text."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import charts, data
from dashboard.analysis import figures_csv, table_csv

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_md(text: object) -> str:
    """Text from the store made inert for st.markdown / st.caption (no links, emphasis, HTML)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def counts(*columns: str) -> dict[str, st.column_config.NumberColumn]:
    """Column settings that show numbers of people with the reader's thousands separator, as the
    charts and the overview do ("29,606" in English, "29 606" in French), never a bare 29606."""
    return {column: st.column_config.NumberColumn(format="localized") for column in columns}


def slug(*parts: str) -> str:
    return "-".join(re.sub(r"[^A-Za-z0-9]+", "_", p).strip("_") or "any" for p in parts)


def download_figures(frame: pd.DataFrame, file_name: str, label: str, key: str) -> None:
    """A download of these figures as the contract's figures.csv."""
    st.download_button(label, figures_csv(frame), file_name, "text/csv", key=key, on_click="ignore")


def download_table(frame: pd.DataFrame, file_name: str, label: str, key: str) -> None:
    st.download_button(label, table_csv(frame), file_name, "text/csv", key=key, on_click="ignore")


def chart_downloads(chart: alt.TopLevelMixin, frame: pd.DataFrame, name: str, key: str) -> None:
    """The chart as PNG (rendered on click) and its data as figures.csv, side by side."""
    left, right, _ = st.columns([1, 1, 3])
    with left:
        st.download_button(
            "Chart (PNG)",
            lambda: charts.to_png(chart),
            f"{name}.png",
            "image/png",
            key=f"{key}_png",
            on_click="ignore",
            icon=":material/image:",
        )
    with right:
        st.download_button(
            "Chart data (CSV)",
            figures_csv(frame),
            f"{name}.csv",
            "text/csv",
            key=f"{key}_csv",
            on_click="ignore",
            icon=":material/table:",
        )


def refreshed_caption(version: str) -> None:
    run = data.last_run(version)
    if run is None:
        st.caption("No refresh yet: run `tally refresh`.")
        return
    when = run["finished_at"] if pd.notna(run["finished_at"]) else run["started_at"]
    status = "" if run["status"] == "ok" else f" (status: {escape_md(run['status'])})"
    st.caption(f"Data last refreshed {when:%Y-%m-%d %H:%M} UTC{status} · run {escape_md(run['run_id'])}")


def figures_page(title: str) -> tuple[str, pd.DataFrame] | None:
    """A page's title and refresh line over the store's figures: (version, figures), or None when
    the store holds no figure (the page then says how to fill it)."""
    version = data.store_version()
    figures = data.figures(version)
    st.title(title)
    refreshed_caption(version)
    if figures.empty:
        empty_store_notice()
        return None
    return version, figures


def empty_store_notice() -> None:
    st.info("The store is empty: run `tally refresh` (or `make run`) to read the bundled seeds.")


def footer() -> None:
    st.divider()
    st.caption(
        "Sources: news articles (each figure with its sentence) and the Tech For Palestine daily series "
        "of Gaza Health Ministry, Government Media Office and UN OCHA figures. Method: rules read each "
        "number in its sentence, with who said it and when; see [the method](/method)."
    )
