"""Take the README's screenshots from the real app: `python docs/screenshots.py DATA_DIR`.

Starts `streamlit run dashboard/app.py` on a free loopback port against DATA_DIR's store, drives
Debian's Chromium (/usr/bin/chromium) with Playwright, and writes docs/screenshot-*.png.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.serve import server_command  # noqa: E402

SETTLED = "() => !document.querySelector(\"[data-testid='stSkeleton'], [data-testid='stSkeletonElement']\")"
SHOTS = {
    "screenshot-overview.png": ("", "Overview", False),
    "screenshot-over-time.png": ("over_time", "Figures over time", True),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(data_dir: str) -> None:
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = dict(os.environ, TALLY_DATA_DIR=str(Path(data_dir).resolve()))
    server = subprocess.Popen(
        server_command(port, "127.0.0.1"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).close()
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for name, (path, heading, chart) in SHOTS.items():
                page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="domcontentloaded")
                page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
                page.get_by_text("Tech For Palestine daily series").wait_for(timeout=60_000)
                page.wait_for_function(SETTLED, timeout=60_000)  # lazy widgets drawn
                if chart:
                    page.wait_for_selector("[data-testid='stVegaLiteChart'] svg", timeout=60_000)
                    page.wait_for_timeout(1_000)  # let the chart finish drawing
                page.screenshot(path=str(ROOT / "docs" / name))
                print(f"wrote docs/{name}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data")
