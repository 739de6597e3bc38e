"""Tally's dashboard: `tally dashboard` (or `streamlit run dashboard/app.py`).

Page scripts in `views/` only orchestrate: `data.py` reads the store, `analysis.py` computes,
`charts.py` draws, `filters.py` holds the sidebar filters shared by every page (and the URL).
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` starts in dashboard/

from dashboard import data, filters  # noqa: E402
from dashboard.widgets import footer  # noqa: E402

# Not `pages/`: Streamlit 1.67 still lists a `pages/` folder as pages of its own and runs them
# without this script (no navigation, no footer), whatever st.navigation says.
VIEWS = Path(__file__).resolve().parent / "views"

st.set_page_config(page_title="Tally", page_icon=":material/query_stats:", layout="wide")
navigation = st.navigation(
    [
        st.Page(VIEWS / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page(
            VIEWS / "over_time.py", title="Over time", icon=":material/show_chart:", url_path="over_time"
        ),
        st.Page(VIEWS / "sources.py", title="Sources compare", icon=":material/compare:", url_path="sources"),
        st.Page(VIEWS / "documents.py", title="Documents", icon=":material/article:", url_path="documents"),
        st.Page(VIEWS / "data_page.py", title="Data", icon=":material/table:", url_path="data"),
        st.Page(VIEWS / "runs.py", title="Runs", icon=":material/history:", url_path="runs"),
        st.Page(VIEWS / "method.py", title="Method", icon=":material/menu_book:", url_path="method"),
    ]
)
try:
    navigation.run()
except data.StoreChanged:
    st.rerun()  # a refresh was published mid-page: draw it again, wholly from the new store
filters.keep_in_url()
footer()
