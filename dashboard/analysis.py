"""Pure computations on figure frames: filters, latest values, disagreements, highlighting, CSV.

No Streamlit and no store here: frames in, frames (or bytes, or escaped HTML) out, so every
page's logic can be tested without running the app.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.published import guard_formulas

UNATTRIBUTED = "unattributed"
DATE_COLUMNS = ("as_of", "event_date", "published_at")


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects; every page reads the same filters."""

    metric: str = "killed"
    location: str = "Gaza"  # "" = any place
    subgroup: str = "all"
    start: date | None = None
    end: date | None = None
    sources: tuple[str, ...] = field(default_factory=tuple)  # empty = every source
    languages: tuple[str, ...] = field(default_factory=tuple)  # of the documents; empty = every language


def source_label(value: str) -> str:
    return value if value else UNATTRIBUTED


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The figures a filter selects, in the frame's order."""
    if frame.empty:
        return frame
    keep = (frame["metric"] == filters.metric) & (frame["subgroup"] == filters.subgroup)
    if filters.location:
        keep &= frame["location"] == filters.location
    if filters.start is not None:
        keep &= frame["as_of"] >= pd.Timestamp(filters.start)
    if filters.end is not None:
        keep &= frame["as_of"] <= pd.Timestamp(filters.end)
    if filters.sources:
        keep &= frame["attributed_to"].map(source_label).isin(filters.sources)
    if filters.languages and "language" in frame:
        keep &= frame["language"].isin(filters.languages)
    return frame[keep]


def figures_csv(frame: pd.DataFrame) -> bytes:
    """Figures as the contract's figures.csv: its columns in its order, dates as YYYY-MM-DD.

    Text cells a spreadsheet would run as a formula get a leading apostrophe, as in `tally export`.
    """
    table = frame[FIGURE_COLUMNS].copy()
    for column in DATE_COLUMNS:
        table[column] = pd.to_datetime(table[column]).dt.strftime("%Y-%m-%d").fillna("")
    table["value_high"] = table["value_high"].astype("Int64")
    return guard_formulas(table).to_csv(index=False).encode("utf-8")


def table_csv(frame: pd.DataFrame) -> bytes:
    """Any shown table as CSV (dates as YYYY-MM-DD, formula guard)."""
    table = frame.copy()
    for column in table.columns:
        if pd.api.types.is_datetime64_any_dtype(table[column]) and column in DATE_COLUMNS:
            table[column] = table[column].dt.strftime("%Y-%m-%d").fillna("")
    return guard_formulas(table).to_csv(index=False).encode("utf-8")


# --- Overview: the latest value of each key series ------------------------------------------------


@dataclass(frozen=True)
class KeySeries:
    label: str
    metric: str
    location: str | None  # None: any place
    subgroup: str = "all"
    event_date: date | None = None  # preferred when figures state it


KEY_SERIES: list[KeySeries] = [
    KeySeries("Killed in Gaza", "killed", "Gaza"),
    KeySeries("Injured in Gaza", "injured", "Gaza"),
    KeySeries("Killed in Israel", "killed", "Israel", event_date=date(2023, 10, 7)),
    KeySeries("Hostages taken", "hostages_taken", None),
    KeySeries("Hostages still held", "hostages_held", None),
    KeySeries("Hostages released", "hostages_released", None),
    KeySeries("Hostages dead in captivity", "hostages_dead", None),
    KeySeries("Prisoners released", "prisoners_released", None),
    KeySeries("Displaced in Gaza", "displaced", "Gaza"),
]


def series_figures(frame: pd.DataFrame, series: KeySeries) -> pd.DataFrame:
    """Reported, dated figures of one key series (those of its event date, when any states it)."""
    if frame.empty:
        return frame
    keep = (
        (frame["metric"] == series.metric)
        & (frame["subgroup"] == series.subgroup)
        & (frame["status"] == "reported")
        & frame["as_of"].notna()
    )
    if series.location is not None:
        keep &= frame["location"] == series.location
    chosen = frame[keep]
    if series.event_date is not None and "event_date" in chosen:
        dated = chosen[chosen["event_date"] == pd.Timestamp(series.event_date)]
        if not dated.empty:
            return dated
    return chosen


def latest_claims(frame: pd.DataFrame, window_days: int = 7) -> pd.DataFrame:
    """The latest figure of each source, for the sources whose latest is close to the newest one.

    One row per source: its latest as_of and, that day, its largest value (counts of a war only
    grow). Sources whose latest figure is more than `window_days` older than the newest figure are
    left out. Sorted newest first, attributed before unattributed, then largest value. The first
    row is the headline; a later row with a different value is a disagreement shown beside it.
    """
    if frame.empty:
        return frame
    ranked = frame.assign(
        source=frame["attributed_to"].map(source_label), attributed=frame["attributed_to"] != ""
    ).sort_values(["as_of", "attributed", "value"], ascending=[False, False, False], kind="stable")
    per_source = ranked.drop_duplicates("source", keep="first")
    newest = per_source["as_of"].max()
    recent = per_source[per_source["as_of"] >= newest - pd.Timedelta(days=window_days)]
    return recent.reset_index(drop=True)


def distinct_values(claims: pd.DataFrame) -> pd.DataFrame:
    """Of the latest claims, one per distinct statement (value, upper end and qualifier: the first
    source that states it), with the other sources stating exactly the same in `also`."""
    key = pd.Series(
        [
            f"{v}-{'' if pd.isna(h) else h}-{q}"
            for v, h, q in zip(claims["value"], claims["value_high"], claims["qualifier"], strict=True)
        ],
        index=claims.index,
    )
    also = {k: list(group["source"].iloc[1:]) for k, group in claims.groupby(key, sort=False)}
    first = claims[~key.duplicated()]
    return first.assign(also=[also[k] for k in key[first.index]])


# --- Sources compare -------------------------------------------------------------------------------

GROUP = ["metric", "location", "subgroup", "status"]


DISAGREEMENT_COLUMNS = [
    *GROUP,
    "as_of_a",
    "source_a",
    "value_a",
    "qualifier_a",
    "reported_by_a",
    "as_of_b",
    "source_b",
    "value_b",
    "qualifier_b",
    "reported_by_b",
    "gap",
    "gap_pct",
    "quote_a",
    "quote_b",
    "figure_id_a",
    "figure_id_b",
]
PAIRED = ["figure_id", "as_of", "source", "value", "value_high", "qualifier", "reported_by", "quote"]


def disagreements(frame: pd.DataFrame, window_days: int = 0) -> pd.DataFrame:
    """Pairs of figures on one metric, place, subgroup and status, dated within `window_days` of
    each other, from different documents, with different values (or ranges).

    Two rows of one daily dataset series (same feed, same source) are not compared with each
    other: a cumulative count differs from one day to the next by design. In each pair `a` holds
    the smaller value; `gap` = value_b - value_a, `gap_pct` = gap / value_b. Largest gaps first.
    """
    dated = frame[frame["as_of"].notna()] if not frame.empty else frame
    if dated.empty:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    side = pd.DataFrame(
        {
            **{column: dated[column] for column in GROUP},
            "figure_id": dated["figure_id"],
            "doc_id": dated["doc_id"],
            "as_of": dated["as_of"],
            "source": dated["attributed_to"].map(source_label),
            "value": dated["value"].astype("int64"),
            "value_high": dated["value_high"].astype("Int64"),
            "qualifier": dated["qualifier"],
            "reported_by": dated["reported_by"],
            "quote": dated["quote"],
            "series": dated["source"].where(dated["kind"] == "dataset"),  # the feed of a dataset row
        }
    )
    pairs = side.merge(side, on=GROUP, suffixes=("_a", "_b"))
    pairs = pairs[
        (pairs["figure_id_a"] < pairs["figure_id_b"])
        & (pairs["doc_id_a"] != pairs["doc_id_b"])
        & ((pairs["as_of_a"] - pairs["as_of_b"]).abs() <= pd.Timedelta(days=window_days))
    ]
    same_series = (
        pairs["series_a"].notna()
        & (pairs["series_a"] == pairs["series_b"])
        & (pairs["source_a"] == pairs["source_b"])
    )
    pairs = pairs[~same_series]
    high_a = pairs["value_high_a"].fillna(pairs["value_a"])
    high_b = pairs["value_high_b"].fillna(pairs["value_b"])
    pairs = pairs[(pairs["value_a"] != pairs["value_b"]) | (high_a != high_b)].copy()
    if pairs.empty:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS)
    swap = (pairs["value_a"] > pairs["value_b"]).to_numpy()
    for name in PAIRED:
        a, b = pairs[f"{name}_a"].to_numpy(copy=True), pairs[f"{name}_b"].to_numpy(copy=True)
        a[swap], b[swap] = pairs[f"{name}_b"].to_numpy()[swap], pairs[f"{name}_a"].to_numpy()[swap]
        pairs[f"{name}_a"], pairs[f"{name}_b"] = a, b
    pairs["gap"] = pairs["value_b"] - pairs["value_a"]
    pairs["gap_pct"] = (100 * pairs["gap"] / pairs["value_b"].where(pairs["value_b"] > 0)).round(1)
    pairs = pairs.sort_values(["gap", "as_of_a"], ascending=[False, True], kind="stable")
    return pairs[DISAGREEMENT_COLUMNS].reset_index(drop=True)


def source_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per source: how many figures, first and last date, lowest, highest and latest value."""
    columns = ["source", "figures", "first", "last", "lowest", "highest", "latest"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    ordered = frame.assign(source=frame["attributed_to"].map(source_label)).sort_values(
        ["as_of", "value"], kind="stable"
    )
    grouped = ordered.groupby("source", sort=True)
    summary = pd.DataFrame(
        {
            "figures": grouped.size(),
            "first": grouped["as_of"].min(),
            "last": grouped["as_of"].max(),
            "lowest": grouped["value"].min(),
            "highest": grouped["value"].max(),
            "latest": grouped["value"].last(),
        }
    ).reset_index()
    return summary[columns].sort_values("figures", ascending=False, kind="stable").reset_index(drop=True)


# --- Documents: the text with its figures highlighted ---------------------------------------------


def value_in_words(value: int, high: float | None) -> str:
    """ "29,514", or "200–300" for a range: a figure's value as the page shows it."""
    return f"{value:,}" if pd.isna(high) else f"{value:,}–{int(high):,}"


def highlighted_html(text: str, figures: pd.DataFrame, selected: str | None = None) -> str:
    """The document's text, escaped, with each figure's mention in a <mark> (its fields as a title).

    Every piece of the document and of the figures is passed through html.escape: no markup from
    a document reaches the page. Overlapping or out-of-range spans are skipped, not guessed.
    """
    pieces, cursor = [], 0
    spans = figures.sort_values(["char_start", "char_end"], kind="stable") if not figures.empty else figures
    for row in spans.itertuples(index=False):
        start, end = int(row.char_start), int(row.char_end)
        if start < cursor or end > len(text) or start >= end:
            continue
        pieces.append(html.escape(text[cursor:start]))
        value = value_in_words(row.value, row.value_high)
        title = " · ".join(
            str(part)
            for part in (
                row.metric,
                row.location or "no place",
                row.subgroup,
                value,
                row.qualifier,
                row.status,
                source_label(row.attributed_to),
                f"as of {row.as_of:%Y-%m-%d}" if pd.notna(row.as_of) else "no date",
            )
        )
        chosen = row.figure_id == selected
        style = "background:#ffd54f;outline:2px solid #e65100;" if chosen else "background:#fff3bf;"
        pieces.append(
            f'<mark id="figure-{html.escape(row.figure_id)}" title="{html.escape(title)}" '
            f'style="{style}padding:0 2px;">{html.escape(text[start:end])}</mark>'
        )
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces).replace("\n", "<br>")
    return f'<div class="tally-document" style="line-height:1.6;font-size:1rem;">{body}</div>'


def highlighted_sentence(quote: str, mention: str) -> str:
    """One figure's sentence, escaped, with its mention marked (the first occurrence)."""
    at = quote.find(mention) if mention else -1
    if at < 0:
        return f'<blockquote class="tally-sentence">{html.escape(quote)}</blockquote>'
    before, after = quote[:at], quote[at + len(mention) :]
    return (
        f'<blockquote class="tally-sentence">{html.escape(before)}'
        f'<mark style="background:#ffd54f;padding:0 2px;">{html.escape(mention)}</mark>'
        f"{html.escape(after)}</blockquote>"
    )
