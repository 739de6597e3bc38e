"""The dashboard on a store, in a fresh process: `python -m benchmarks.render DATA_DIR render|load`.

Prints one JSON line: `render`, the first AppTest run of the app (cold caches, as a new visitor's);
`load`, the data loads alone (figures, documents, claims); either with this process's peak memory.
Each is a process of its own: loading the tables a second time in the process that rendered them
measured the allocator's leftovers (100 MB more than either at 100k figures), not the dashboard.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"


def main(data_dir: str, measure: str) -> dict[str, float]:
    os.environ["TALLY_DATA_DIR"] = data_dir
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "no runtime" warnings of the bare loads
    # A running server has imported these before its first visitor: their import is not the render.
    import altair  # noqa: F401

    from dashboard import analysis, charts, data, filters, widgets  # noqa: F401

    seconds = {"render": first_render, "load": data_load}[measure]()
    return {f"{measure}_s": seconds, "peak_rss_mb": own_peak_rss_mb()}


def first_render() -> float:
    """Seconds of the app's first AppTest run, its caches cold."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(APP), default_timeout=600)
    # A server scans the installed packages for Streamlit components once, when it starts
    # (Runtime.__init__); AppTest does it in its first run, where it took 1.4 s of the 2 s timed.
    # Done here first, as a running server has it done before its first visitor.
    from streamlit.components.v2.component_manager import BidiComponentManager

    if getattr(app, "_bidi_component_manager", "absent") is None:
        components = BidiComponentManager()
        components.discover_and_register_components(start_file_watching=False)
        app._bidi_component_manager = components
    start = time.perf_counter()
    app.run()
    seconds = time.perf_counter() - start
    if app.exception:
        raise RuntimeError(f"the dashboard failed: {[e.value for e in app.exception]}")
    return seconds


def data_load() -> float:
    """Seconds of the three table loads every page starts from, their caches cold."""
    from dashboard import data

    version = data.store_version()
    start = time.perf_counter()
    data.figures(version), data.documents(version), data.claims(version)
    return time.perf_counter() - start


def own_peak_rss_mb() -> float:
    """This process's peak resident memory since it started, in MB.

    Linux's getrusage counts, after an exec, the memory the process had before it: a process the
    benchmark forks at 500 MB reports 500 MB whatever it does. VmHWM belongs to the new program."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (line,) = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
