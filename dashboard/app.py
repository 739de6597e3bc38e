"""Tally's dashboard: `streamlit run dashboard/app.py` (or `tally dashboard`)."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` starts in dashboard/

PAGES = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Tally", page_icon="📊", layout="wide")
navigation = st.navigation(
    [
        st.Page(PAGES / "over_time.py", title="Figures over time", default=True),
        st.Page(PAGES / "method.py", title="Method", url_path="method"),
    ]
)
navigation.run()
