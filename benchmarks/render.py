"""The dashboard's first render on a store, in a fresh process: `python -m benchmarks.render DATA_DIR`.

Prints one JSON line: the first AppTest run of the app (cold caches, as a new visitor's), the
data loads alone (figures, documents, claims), and this process's peak memory.
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


def main(data_dir: str) -> dict[str, float]:
    os.environ["TALLY_DATA_DIR"] = data_dir
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "no runtime" warnings of the bare loads
    # A running server has imported these before its first visitor: their import is not the render.
    import altair  # noqa: F401

    from dashboard import analysis, charts, data, filters, widgets  # noqa: F401

    app = AppTest.from_file(str(APP), default_timeout=600)
    start = time.perf_counter()
    app.run()
    render = time.perf_counter() - start
    if app.exception:
        raise RuntimeError(f"the dashboard failed: {[e.value for e in app.exception]}")
    data.clear_caches()
    version = data.store_version()
    start = time.perf_counter()
    data.figures(version), data.documents(version), data.claims(version)
    load = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"first_render_s": render, "data_load_s": load, "peak_rss_mb": peak}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
