"""Overview: the latest value of each key series, who says so, as of when, and the sentence."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.analysis import (
    KEY_SERIES,
    UNATTRIBUTED,
    distinct_values,
    latest_claims,
    series_figures,
    source_label,
    value_in_words,
)
from dashboard.widgets import escape_md, figures_page

QUALIFIER_WORDS = {
    "approximately": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "less_than": "fewer than",
}


def stated(row) -> str:
    """The value as the source states it: "at least 29,514", "200–300"."""
    if pd.notna(row["value_high"]):
        return value_in_words(row["value"], row["value_high"])
    words = QUALIFIER_WORDS.get(row["qualifier"], "")
    return f"{words} {row['value']:,}".strip()


def provenance(row) -> str:
    said = escape_md(source_label(row["attributed_to"]))
    via = (
        "the daily dataset"
        if row["kind"] == "dataset"
        else escape_md(row["reported_by"] or "unknown publisher")
    )
    return f"**{said}** · as of {row['as_of']:%Y-%m-%d} · via {via}"


def also_said(row) -> str:
    names = [escape_md(s) if s != UNATTRIBUTED else "an unattributed report" for s in row["also"]]
    return f" · also stated by {', '.join(names)}" if names else ""


def sentence_link(row) -> None:
    st.page_link(
        "views/documents.py",
        label="The sentence",
        icon=":material/format_quote:",
        query_params={"doc": row["doc_id"], "figure": row["figure_id"]},
    )


def card(label: str, figures: pd.DataFrame) -> None:
    with st.container(border=True):
        claims = latest_claims(figures)
        if claims.empty:
            st.metric(label, "—")
            st.caption("No reported figure in the store yet.")
            return
        values = distinct_values(claims)
        head = values.iloc[0]
        st.metric(label, stated(head))
        st.caption(provenance(head) + also_said(head))
        sentence_link(head)
        if len(values) > 1:
            differ = (values["value"] != head["value"]).any()
            st.caption("Sources disagree on the latest value:" if differ else "Also stated as:")
            for _, other in values.iloc[1:].iterrows():
                st.caption(f"**{escape_md(stated(other))}** — {provenance(other)}{also_said(other)}")
                sentence_link(other)


def main() -> None:
    page = figures_page("Overview")
    if page is None:
        return
    _, figures = page
    st.caption(
        "The latest reported figure of each series, from the newest statement of each source "
        "(within a week of the newest one). Where they state different values, each is shown."
    )
    columns = st.columns(3)
    for index, series in enumerate(KEY_SERIES):
        with columns[index % 3]:
            card(series.label, series_figures(figures, series))


main()
