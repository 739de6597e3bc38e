"""Charts as pure functions: data frames in, Altair charts (or PNG bytes) out."""

from __future__ import annotations

from urllib.parse import urlencode

import altair as alt
import pandas as pd

from dashboard.analysis import UNATTRIBUTED, source_label, value_in_words

STATUSES = ["reported", "proposed", "projected"]
QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range"]
SHAPES = ["circle", "diamond", "triangle-up", "square", "triangle-down", "cross", "stroke"]
MAX_DAY_TICKS = 10

TOOLTIP = [
    alt.Tooltip("figure:N", title="value"),
    alt.Tooltip("qualifier:N"),
    alt.Tooltip("status:N"),
    alt.Tooltip("source:N", title="source"),
    alt.Tooltip("attribution_basis:N", title="basis"),
    alt.Tooltip("reported_by:N", title="publisher"),
    alt.Tooltip("as_of:T", title="as of", format="%Y-%m-%d"),
    alt.Tooltip("quote:N"),
]


def figure_link(doc_id: str, figure_id: str) -> str:
    """The Documents page with this figure's sentence highlighted (relative to the app's root)."""
    return "documents?" + urlencode({"doc": doc_id, "figure": figure_id})


def chart_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns a chart needs, with `source` named for the legend and a link to each figure."""
    columns = [
        "figure_id",
        "doc_id",
        "as_of",
        "value",
        "value_high",
        "qualifier",
        "status",
        "attributed_to",
        "attribution_basis",
        "reported_by",
        "quote",
    ]
    data = frame[columns].copy()
    data["source"] = data.pop("attributed_to").map(source_label)
    data["value_high"] = data["value_high"].astype("float64")  # JSON null for a missing upper end
    data["figure"] = [value_in_words(v, h) for v, h in zip(data["value"], data["value_high"], strict=True)]
    data["link"] = [figure_link(d, f) for d, f in zip(data["doc_id"], data["figure_id"], strict=True)]
    return data


def people_axis() -> alt.Axis:
    """Counts in SI style (5k, 1.7M); zero as "0", where Vega would write "0k" beside "5k"."""
    return alt.Axis(format="~s", labelExpr="datum.value === 0 ? '0' : datum.label")


def as_of_axis(*frames: pd.DataFrame) -> alt.X:
    """The time axis. Figures are dated by the day, so over a few weeks the ticks fall on whole
    days (about ten at most): left to itself, Vega-Lite marks hours across a span of three days."""
    dates = pd.concat([frame["as_of"] for frame in frames]).dropna()
    span = (dates.max() - dates.min()).days + 1 if len(dates) else 1
    if span > MAX_DAY_TICKS * 6:  # weeks, months and years: Vega-Lite's own ticks are whole days
        return alt.X("as_of:T", title="as of")
    every = alt.TimeIntervalStep(interval="day", step=-(-span // MAX_DAY_TICKS))
    return alt.X("as_of:T", title="as of", axis=alt.Axis(tickCount=every, format="%e %b %Y"))


def source_colour(sources: list[str]) -> alt.Scale:
    domain = sorted(set(sources) - {UNATTRIBUTED}) + ([UNATTRIBUTED] if UNATTRIBUTED in sources else [])
    return alt.Scale(domain=domain, scheme="tableau10")


def figures_over_time(
    series: pd.DataFrame, articles: pd.DataFrame, title: str = "", log: bool = False
) -> alt.LayerChart:
    """The official daily series as lines under the figures articles report.

    One colour per source; each article figure a point, its shape the qualifier, hollow when it is
    proposed or projected rather than reported; a range as a bar from its low to its high end.
    Clicking a point opens its sentence on the Documents page.
    """
    line_data, point_data = chart_frame(series), chart_frame(articles)
    palette = source_colour([*line_data["source"], *point_data["source"]])
    colour = alt.Color(
        "source:N",
        title="source",
        scale=palette,
        legend=alt.Legend(labelLimit=260),
    )
    x = as_of_axis(line_data, point_data)
    scale = alt.Scale(type="symlog") if log else alt.Scale(zero=True)
    y = alt.Y("value:Q", title="people" + (" (log scale)" if log else ""), scale=scale, axis=people_axis())
    line = (
        alt.Chart(line_data)
        .mark_line(strokeWidth=1.5, opacity=0.75, interpolate="step-after")
        .encode(x=x, y=y, color=colour, detail="source:N", tooltip=TOOLTIP)
    )
    ranges = (
        alt.Chart(point_data[point_data["value_high"].notna()])
        .mark_errorbar(ticks=True, thickness=2)
        .encode(x=x, y=alt.Y("value:Q", scale=scale, title=""), y2="value_high:Q", color=colour)
    )
    points = (
        alt.Chart(point_data)
        .mark_point(size=110, strokeWidth=2, filled=True, cursor="pointer")
        .encode(
            x=x,
            y=y,
            color=colour,
            stroke=alt.Stroke("source:N", scale=palette, legend=None),
            shape=alt.Shape(
                "qualifier:N",
                title="qualifier",
                scale=alt.Scale(domain=QUALIFIERS, range=SHAPES),
                legend=alt.Legend(symbolFillColor="#666", symbolStrokeColor="#666"),
            ),
            fillOpacity=alt.FillOpacity(
                "status:N",
                title="status (hollow: not reported)",
                scale=alt.Scale(domain=STATUSES, range=[1.0, 0.0, 0.0]),
                legend=None,  # the caption says it: hollow = proposed or projected
            ),
            href="link:N",
            tooltip=TOOLTIP,
        )
    )
    return alt.layer(line, ranges, points).properties(title=title, height=400).interactive(bind_y=False)


def sources_side_by_side(frame: pd.DataFrame, log: bool = False) -> alt.FacetChart:
    """One small chart per source, on shared axes: each source's figures of a metric side by side."""
    data = chart_frame(frame).assign(kind=frame["kind"].to_numpy())
    scale = alt.Scale(type="symlog") if log else alt.Scale(zero=True)
    base = alt.Chart().encode(
        x=as_of_axis(data),
        y=alt.Y("value:Q", title="people", scale=scale, axis=people_axis()),
        color=alt.Color("source:N", legend=None, scale=source_colour(list(data["source"]))),
        tooltip=TOOLTIP,
    )
    lines = base.transform_filter(alt.datum.kind == "dataset").mark_line(strokeWidth=1.5, opacity=0.7)
    points = base.transform_filter(alt.datum.kind == "article").mark_point(
        size=80, filled=True, cursor="pointer"
    )
    points = points.encode(href="link:N")
    return (
        alt.layer(lines, points, data=data)
        .properties(width=320, height=200)
        .facet(facet=alt.Facet("source:N", title=None), columns=3)
        .resolve_scale(x="shared", y="shared")
    )


def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """The chart as a PNG image (rendered by vl-convert, no browser needed)."""
    import vl_convert

    return vl_convert.vegalite_to_png(chart.to_json(), scale=scale)
