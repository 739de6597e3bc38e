"""How a figure is read: the method page (docs/method.md)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

METHOD = Path(__file__).resolve().parents[2] / "docs" / "method.md"

st.markdown(METHOD.read_text(encoding="utf-8"))
