"""The one command line that starts the dashboard server (used by `tally dashboard`, the tests and
the screenshot script, so they all serve the same app the same way)."""

from __future__ import annotations

import sys
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"


def server_command(port: int, address: str | None = None) -> list[str]:
    """`python -m streamlit run dashboard/app.py` headless on `port`, without Streamlit's
    developer toolbar (the Deploy button means nothing to a reader of the figures)."""
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port)]
    if address:
        command += ["--server.address", address]
    return command + [
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]
