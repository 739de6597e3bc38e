"""Small pieces every page shares: sidebar pickers kept in the URL, downloads, the footer."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from etl.contract import FIGURE_COLUMNS


def pick(label: str, options: list[str], key: str, default: str) -> str:
    """A select box whose choice lives in the URL query parameters, so a view can be shared."""
    options = [str(o) for o in options] or [default]
    wanted = st.query_params.get(key, default)
    index = (
        options.index(wanted) if wanted in options else (options.index(default) if default in options else 0)
    )
    choice = st.selectbox(label, options, index=index, key=f"pick_{key}")
    st.query_params[key] = choice
    return choice


def figures_csv(frame: pd.DataFrame) -> bytes:
    """Exactly the shown figures, in the contract's columns and order."""
    table = frame[FIGURE_COLUMNS].copy()
    for column in ("as_of", "published_at", "event_date"):
        table[column] = pd.to_datetime(table[column]).dt.strftime("%Y-%m-%d").fillna("")
    table["value_high"] = table["value_high"].astype("Int64")
    return table.to_csv(index=False).encode("utf-8")


def download_csv(frame: pd.DataFrame, file_name: str) -> None:
    st.download_button(
        "Download these figures (CSV)", figures_csv(frame), file_name, "text/csv", key="download"
    )


def refreshed_caption(version: int) -> None:
    when = data.last_refresh(version)
    st.caption(f"Data last refreshed {when:%Y-%m-%d %H:%M} UTC" if when is not None else "No refresh yet")


def footer() -> None:
    st.divider()
    st.caption(
        "Sources: news articles (each figure with its sentence) and the Tech For Palestine daily series of "
        "Gaza Health Ministry and UN OCHA figures. Method: rules read each number in its sentence; "
        "see [how a figure is read](/method)."
    )
