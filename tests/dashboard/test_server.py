"""A real `streamlit run` of the app on loopback: it starts, answers its health check and serves the page."""

from __future__ import annotations

from tests.dashboard.conftest import wait_for


def test_server_is_healthy_and_serves_the_app(server):
    assert wait_for(f"{server}/_stcore/health") == "ok"
    assert "<title>Streamlit</title>" in wait_for(server) or "streamlit" in wait_for(server).lower()
