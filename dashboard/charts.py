"""Charts as pure functions: data frames in, Altair charts out."""

from __future__ import annotations

import altair as alt
import pandas as pd

TOOLTIP = [
    alt.Tooltip("value:Q", title="value", format=","),
    alt.Tooltip("value_high:Q", title="up to", format=","),
    alt.Tooltip("qualifier:N"),
    alt.Tooltip("attributed_to:N", title="source"),
    alt.Tooltip("attribution_basis:N", title="basis"),
    alt.Tooltip("reported_by:N", title="publisher"),
    alt.Tooltip("as_of:T", title="as of"),
    alt.Tooltip("status:N"),
    alt.Tooltip("quote:N"),
]


def figures_over_time(series: pd.DataFrame, articles: pd.DataFrame, title: str = "") -> alt.LayerChart:
    """The official daily series as lines, figures from articles as points on them (ranges as bars)."""
    colour = alt.Color("attributed_to:N", title="source", scale=alt.Scale(scheme="tableau10"))
    x = alt.X("as_of:T", title="as of")
    y = alt.Y("value:Q", title="people", axis=alt.Axis(format="~s"))
    line = alt.Chart(series.assign(attributed_to=series["attributed_to"].replace("", "unattributed")))
    line = line.mark_line(strokeWidth=1.5, opacity=0.7).encode(x=x, y=y, color=colour, tooltip=TOOLTIP)
    points_data = articles.assign(attributed_to=articles["attributed_to"].replace("", "unattributed"))
    points = (
        alt.Chart(points_data)
        .mark_point(size=80, filled=True)
        .encode(
            x=x,
            y=y,
            color=colour,
            tooltip=TOOLTIP,
            shape=alt.Shape("qualifier:N", title="qualifier"),
            opacity=alt.condition(alt.datum.status == "reported", alt.value(1.0), alt.value(0.4)),
        )
    )
    ranges = (
        alt.Chart(points_data.dropna(subset=["value_high"]))
        .mark_rule(strokeWidth=2)
        .encode(x=x, y="value:Q", y2="value_high:Q", color=colour)
    )
    return alt.layer(line, ranges, points).properties(title=title, height=380).interactive()
