"""Documents: the list of documents, and one document's text with each figure highlighted."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, filters
from dashboard.analysis import highlighted_html, highlighted_sentence, source_label
from dashboard.widgets import empty_store_notice, escape_md, refreshed_caption

KINDS = {"Articles": ["article"], "Daily dataset rows": ["dataset"], "All": ["article", "dataset"]}
FIELDS = [
    "mention",
    "metric",
    "location",
    "subgroup",
    "value",
    "value_high",
    "qualifier",
    "status",
    "source",
    "attribution_basis",
    "attribution_text",
    "as_of",
    "quote",
]


def figure_fields(row: pd.Series) -> pd.DataFrame:
    """One figure's fields as a two-column table (field, value), all as text."""

    def text(name: str) -> str:
        value = source_label(row["attributed_to"]) if name == "source" else row[name]
        if pd.isna(value):
            return ""
        if isinstance(value, pd.Timestamp):
            return f"{value:%Y-%m-%d}"
        return f"{value:,}" if name in ("value", "value_high") else str(value)

    return pd.DataFrame({"field": FIELDS, "value": [text(name) for name in FIELDS]})


def describe(documents: pd.DataFrame):
    labels = {}
    for row in documents.itertuples(index=False):
        day = f"{row.published_at:%Y-%m-%d}" if pd.notna(row.published_at) else "undated"
        label = f"{day} · {row.publisher or 'unknown'} · {row.title or row.doc} · {row.language or '?'}"
        labels[row.doc_id] = f"{label} ({row.figures})"
    return labels


def main() -> None:
    version = data.store_version()
    documents = data.documents(version)
    st.title("Documents")
    refreshed_caption(version)
    if documents.empty:
        empty_store_notice()
        return

    wanted_doc = st.query_params.get("doc")
    if "doc_kind" not in st.session_state:
        kind_of = documents.set_index("doc_id")["kind"]
        st.session_state["doc_kind"] = (
            "Daily dataset rows" if wanted_doc in kind_of and kind_of[wanted_doc] == "dataset" else "Articles"
        )
    kind = st.radio("Show", list(KINDS), horizontal=True, key="doc_kind")
    listed = documents[documents["kind"].isin(KINDS[kind])]
    with st.sidebar:
        spoken = filters.pick_many("Document language (none: all)", filters.languages_of(listed), "language")
    if spoken:
        listed = listed[listed["language"].isin(spoken)]
    with st.expander(f"{len(listed)} documents", expanded=False):
        st.dataframe(
            listed[["published_at", "publisher", "title", "doc", "language", "kind", "figures", "url"]],
            hide_index=True,
            width="stretch",
            column_config={
                "published_at": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
                "url": st.column_config.LinkColumn("url"),
            },
            key="documents_table",
        )
    if listed.empty:
        st.info("No document of this kind in the store.")
        return

    labels = describe(listed)
    options = list(labels)
    if st.session_state.get("doc_choice") not in options:
        st.session_state["doc_choice"] = wanted_doc if wanted_doc in options else options[0]
    doc_id = st.selectbox("Document", options, format_func=labels.get, key="doc_choice")
    if st.query_params.get("doc") != doc_id:
        st.query_params["doc"] = doc_id
        st.query_params.pop("figure", None)

    document = listed[listed["doc_id"] == doc_id].iloc[0]
    text = data.document_text(version, doc_id) or ""
    figures = data.figures(version)
    figures = figures[figures["doc_id"] == doc_id].sort_values("char_start", kind="stable")

    st.subheader(escape_md(document["title"] or document["doc"]))
    published = f"{document['published_at']:%Y-%m-%d}" if pd.notna(document["published_at"]) else "undated"
    st.caption(
        f"{escape_md(document['publisher'] or 'unknown publisher')} · published {published} "
        f"({escape_md(document['date_basis'] or 'no date basis')}) · "
        f"language {escape_md(document['language'])} · "
        f"{escape_md(document['doc'])} · {len(figures)} figures"
    )
    url = str(document["url"] or "")
    if url.startswith(("http://", "https://")):
        st.link_button("Original", url, icon=":material/open_in_new:")

    selected = st.query_params.get("figure")
    selected = selected if selected in set(figures["figure_id"]) else None
    text_column, fields_column = st.columns([3, 2])
    with fields_column:
        if figures.empty:
            st.caption("No figure was extracted from this document.")
        else:
            ids = list(figures["figure_id"])
            names = {
                row.figure_id: f"{row.mention} · {row.metric} · {source_label(row.attributed_to)}"
                for row in figures.itertuples(index=False)
            }
            if st.session_state.get("figure_choice") not in ids:
                st.session_state["figure_choice"] = selected or ids[0]
            selected = st.selectbox("Figure", ids, format_func=names.get, key="figure_choice")
            st.query_params["figure"] = selected
            st.dataframe(
                figure_fields(figures[figures["figure_id"] == selected].iloc[0]),
                hide_index=True,
                width="stretch",
                column_config={"value": st.column_config.TextColumn(width="large")},
                key="figure_fields",
            )
    with text_column:
        if selected is not None:
            chosen = figures[figures["figure_id"] == selected].iloc[0]
            with st.container(border=True):
                st.caption("The sentence of the selected figure")
                st.html(highlighted_sentence(chosen["quote"], chosen["mention"]))
        st.html(highlighted_html(text, figures, selected))


main()
