"""The sidebar filters: shared by every page, kept in the URL so a view can be shared as a link.

Each filter's value lives in three places, read in this order when its widget is created:
the URL query parameter (a shared link), the session's saved filters (coming back from a page
that shows no filters), then the default. Every run writes the values back to both.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.analysis import Filters, source_label

SAVED = "tally_filters"
PARAMS = ("metric", "location", "subgroup", "start", "end", "source", "language")
ANY_PLACE = "(any place)"


def saved() -> dict[str, str | list[str]]:
    return st.session_state.setdefault(SAVED, {})


def url_value(name: str) -> str | None:
    value = st.query_params.get(name)
    return value if value else None


def write_url(name: str, value: str | list[str] | None) -> None:
    if value in (None, "", []):
        saved().pop(name, None)
        if name in st.query_params:
            del st.query_params[name]
        return
    saved()[name] = value
    st.query_params[name] = list(value) if isinstance(value, list | tuple) else value


def keep_in_url() -> None:
    """On a page without filters: keep the saved filters in the URL all the same."""
    for name in PARAMS:
        value = saved().get(name)
        if value and name not in st.query_params:
            st.query_params[name] = value


def select(label: str, options: list[str], name: str, default: str, **kwargs) -> str:
    """A select box whose value survives page changes (see the module docstring)."""
    key = f"filter_{name}"
    current = st.session_state.get(key)
    if current not in options:
        candidates = (url_value(name), saved().get(name), default)
        current = next((c for c in candidates if c in options), options[0])
    st.session_state[key] = current  # re-seeded on every run: a page change keeps the choice
    choice = st.selectbox(label, options, key=key, **kwargs)
    write_url(name, choice)
    return choice


def pick_many(label: str, options: list[str], name: str) -> tuple[str, ...]:
    """A multiselect (none chosen: all) whose choice survives page changes and lives in the URL."""
    key = f"filter_{name}s"
    if key in st.session_state:
        wanted = st.session_state[key]
    else:
        wanted = st.query_params.get_all(name) or saved().get(name) or []
    st.session_state[key] = [value for value in wanted if value in options]
    chosen = tuple(st.multiselect(label, options, key=key))
    write_url(name, list(chosen))
    return chosen


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def date_range(days: pd.Series) -> tuple[date | None, date | None]:
    key = "filter_dates"
    dated = days.dropna()
    if dated.empty:
        return None, None
    low, high = dated.min().date(), dated.max().date()
    current = st.session_state.get(key)
    if not (
        isinstance(current, tuple | list) and len(current) == 2 and low <= current[0] <= current[1] <= high
    ):
        start = parse_day(url_value("start")) or parse_day(saved().get("start")) or low
        end = parse_day(url_value("end")) or parse_day(saved().get("end")) or high
        start, end = max(low, min(start, high)), min(high, max(end, low))
        current = (start, end) if start <= end else (low, high)
    st.session_state[key] = tuple(current)
    chosen = st.date_input("As of between", key=key, min_value=low, max_value=high, format="YYYY-MM-DD")
    start, end = (tuple(chosen) + (None, None))[:2] if isinstance(chosen, tuple | list) else (chosen, None)
    start = start if start and start > low else None
    end = end if end and end < high else None
    write_url("start", start.isoformat() if start else None)
    write_url("end", end.isoformat() if end else None)
    return start, end


def languages_of(figures: pd.DataFrame) -> list[str]:
    """The languages of the documents the figures come from (ISO codes, as stored)."""
    column = figures["language"] if "language" in figures else pd.Series(dtype=str)
    return sorted(code for code in column.dropna().unique() if code)


def sidebar(figures: pd.DataFrame, sources: bool = True, dates: bool = True) -> Filters:
    """Draw the filters in the sidebar and return what they select."""
    with st.sidebar:
        st.subheader("Filters")
        if figures.empty:
            return Filters()
        metric = select("Metric", sorted(figures["metric"].unique()), "metric", "killed")
        of_metric = figures[figures["metric"] == metric]
        places = [ANY_PLACE, *sorted(p for p in of_metric["location"].unique() if p)]
        place = select("Location", places, "location", "Gaza" if "Gaza" in places else ANY_PLACE)
        location = "" if place == ANY_PLACE else place
        in_place = of_metric if not location else of_metric[of_metric["location"] == location]
        subgroups = sorted(in_place["subgroup"].unique()) or ["all"]
        subgroup = select("Subgroup", subgroups, "subgroup", "all")
        start, end = date_range(figures["as_of"]) if dates else (None, None)
        chosen: tuple[str, ...] = ()
        if sources:
            options = sorted({source_label(s) for s in figures["attributed_to"]})
            chosen = pick_many("Sources (none: all)", options, "source")
        spoken = pick_many("Document language (none: all)", languages_of(figures), "language")
    return Filters(metric, location, subgroup, start, end, chosen, spoken)
