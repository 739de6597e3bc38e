"""The benchmark: extraction against quantulum3, refresh at scale, and the dashboard on a big store.

Every figure comes from one run on one generated corpus (`benchmarks/corpus.py`). Speed is what
this prints, never a timed assertion in the tests. `tally bench` calls `run`.
"""

from __future__ import annotations

import json
import math
import os
import resource
import shutil
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from benchmarks.corpus import generate, write_folder
from etl.config import load_config
from etl.extract import extract_rows
from etl.pipeline import refresh
from etl.reference import Reference
from etl.store import STORE_NAME

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = (
    "extract_docs_per_s",
    "quantulum3_docs_per_s",
    "ratio_vs_quantulum3",
    "refresh_10k_s",
    "incremental_1_of_10k_s",
    "peak_rss_mb",
    "dashboard_first_render_s",
)


@dataclass(frozen=True)
class Sizes:
    docs: int = 500  # extraction against quantulum3
    refresh_docs: int = 10_000
    dashboard_figures: int = 100_000
    workers: int = os.cpu_count() or 1
    seed: int = 0


def timed(function: Callable, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def throughput(seconds: float, texts: list[str]) -> dict[str, float]:
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"docs_per_s": len(texts) / seconds, "mb_per_s": megabytes / seconds, "seconds": seconds}


def bench_extraction(documents: list, reference: Reference) -> dict[str, float]:
    """Extraction alone, one process; the warm-up (spaCy, lexicons, dateparser's tables for each
    language) is one document of each language, timed apart."""
    first = {d.language: d for d in reversed(documents)}
    warmup, _ = timed(lambda: [extract_rows(d, reference) for d in first.values()])
    seconds, rows = timed(lambda: [extract_rows(d, reference) for d in documents])
    result = throughput(seconds, [d.text for d in documents])
    return result | {"warmup_s": warmup, "figures": sum(len(r) for r in rows)}


def bench_quantulum3(documents: list) -> dict[str, float]:
    """quantulum3 on the same texts, one process; its first parse loads its tables (the warm-up)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not installed: it says so
        from quantulum3 import parser

        warmup, _ = timed(parser.parse, "The warm-up: 3 people.")
        seconds, _ = timed(lambda: [parser.parse(d.text) for d in documents])
    return throughput(seconds, [d.text for d in documents]) | {"warmup_s": warmup}


def write_config(root: Path, folder: Path) -> Path:
    path = root / "bench.toml"
    path.write_text(f'[[source]]\nname = "bench"\nkind = "folder"\npath = "{folder}"\n', encoding="utf-8")
    return path


def bench_refresh(root: Path, reference: Reference, sizes: Sizes) -> dict[str, float]:
    """A first refresh of `refresh_docs` documents, then two that each find a single new document.

    The first of those is this process's first extraction (the pool did the others): it pays the
    one-time warm-up (spaCy, lexicons, dateparser's tables). The second is what a running refresher
    (`tally schedule`) pays for one new document: that is the incremental figure.
    """
    folder, data = root / "corpus", root / "data"
    write_folder(list(generate(sizes.refresh_docs, reference, sizes.seed)), folder)
    config = write_config(root, folder)

    def refresh_once() -> dict:
        return refresh(load_config(config), data, reference, show_progress=False, workers=sizes.workers)

    full, summary = timed(refresh_once)
    result = {"refresh_s": full, "figures": summary["figures_new"]}
    for name, number in (("incremental_cold", 0), ("incremental", 1)):
        # Each adds one file and its manifest row to the folder.
        write_folder(list(generate(1, reference, sizes.seed, start=sizes.refresh_docs + number)), folder)
        result[f"{name}_s"], added = timed(refresh_once)
        result[f"{name}_new"] = added["documents_new"]
    return result | {"store_mb": (data / STORE_NAME).stat().st_size / 1e6}


def grow_store(source: Path, target: Path, figures: int) -> int:
    """A copy of a refreshed store with its documents and figures repeated up to `figures` figures.

    The copies keep the real rows' shape (quotes, sources, dates) under new ids, so the dashboard
    reads what a store of that size would hold.
    """
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target / STORE_NAME)
    with duckdb.connect(str(target / STORE_NAME)) as connection:
        (base,) = connection.execute("SELECT count(*) FROM current_figures").fetchone()
        copies = max(1, math.ceil(figures / max(base, 1)))
        for table, key in (("documents", "doc"), ("figures", "figure_id")):
            connection.execute(
                f"""INSERT INTO {table} SELECT t.* REPLACE (t.doc_id || '~' || k AS doc_id,
                       t.{key} || '~' || k AS {key}) FROM {table} t, range(1, ?) r(k)""",
                [copies],
            )
        connection.execute(
            "DELETE FROM figures WHERE figure_id IN (SELECT figure_id FROM figures ORDER BY figure_id "
            "OFFSET ?)",
            [figures],
        )
        (count,) = connection.execute("SELECT count(*) FROM current_figures").fetchone()
    return count


def bench_dashboard(data_dir: Path) -> dict[str, float]:
    """First render and data load in a fresh process (`benchmarks/render.py`), with its peak memory."""
    command = [sys.executable, "-m", "benchmarks.render", str(data_dir)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the dashboard probe failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory (getrusage: KiB on Linux) of this process, or of its largest child.

    A child's figure is an upper bound: Linux counts in it the parent's size when it was forked."""
    return resource.getrusage(who).ru_maxrss / 1024


def run(root: Path, reference: Reference, sizes: Sizes, report: Callable[[str], None]) -> dict:
    """Every measurement, in one run on one corpus; `report` says what is being measured."""
    # The refresh first: this process's peak memory is then Tally's, before quantulum3 is loaded.
    report(f"refresh: {sizes.refresh_docs} documents, {sizes.workers} worker(s)")
    refreshed = bench_refresh(root, reference, sizes)
    memory = {"refresh": peak_rss_mb(), "refresh_worker": peak_rss_mb(resource.RUSAGE_CHILDREN)}
    documents = list(generate(sizes.docs, reference, sizes.seed))
    report(f"extraction: {sizes.docs} documents")
    extraction = bench_extraction(documents, reference)
    report(f"quantulum3: {sizes.docs} documents")
    quantulum = bench_quantulum3(documents)
    report(f"dashboard: {sizes.dashboard_figures} figures")
    figures = grow_store(root / "data" / STORE_NAME, root / "dashboard", sizes.dashboard_figures)
    dashboard = bench_dashboard(root / "dashboard")
    memory["dashboard"] = dashboard.pop("peak_rss_mb")
    return {
        "extract_docs_per_s": extraction["docs_per_s"],
        "quantulum3_docs_per_s": quantulum["docs_per_s"],
        "ratio_vs_quantulum3": extraction["docs_per_s"] / quantulum["docs_per_s"],
        "refresh_10k_s": refreshed["refresh_s"],
        "incremental_1_of_10k_s": refreshed["incremental_s"],
        "peak_rss_mb": max(memory.values()),
        "dashboard_first_render_s": dashboard["first_render_s"],
        "details": {
            "sizes": sizes.__dict__,
            "extraction": extraction,
            "quantulum3": quantulum,
            "refresh": refreshed,
            "dashboard": dashboard | {"figures": figures},
            "peak_rss_mb": memory,
        },
    }


# (key, target, True when higher is better): the targets, checked by reading, not by tests.
TARGETS = (
    ("ratio_vs_quantulum3", 20.0, True),
    ("refresh_10k_s", 60.0, False),
    ("incremental_1_of_10k_s", 2.0, False),
    ("dashboard_first_render_s", 2.0, False),
    ("peak_rss_mb", 500.0, False),
)


def rate(measured: dict) -> str:
    return (
        f"{measured['docs_per_s']:9.1f} docs/s {measured['mb_per_s']:7.3f} MB/s"
        f"  (warm-up {measured['warmup_s']:.2f} s, not counted)"
    )


def report_lines(result: dict) -> list[str]:
    """The human-readable report: throughput, times, memory, and each target held or not."""
    d = result["details"]
    e, q, r, b = d["extraction"], d["quantulum3"], d["refresh"], d["dashboard"]
    sizes = d["sizes"]
    lines = [
        f"corpus: {sizes['docs']} documents (seed {sizes['seed']}), {e['figures']} figures extracted",
        f"extraction   {rate(e)}",
        f"quantulum3   {rate(q)}",
        f"ratio        {result['ratio_vs_quantulum3']:9.1f} x",
        f"refresh      {sizes['refresh_docs']} documents, {sizes['workers']} worker(s): "
        f"{r['refresh_s']:.1f} s, {r['figures']} figures, store {r['store_mb']:.0f} MB",
        f"incremental  1 new of {sizes['refresh_docs']}: {r['incremental_s']:.2f} s "
        f"(the process's first extraction: {r['incremental_cold_s']:.2f} s)",
        f"dashboard    {b['figures']} figures: first render {b['first_render_s']:.2f} s, "
        f"data load {b['data_load_s']:.2f} s",
        "peak RSS     "
        + ", ".join(f"{where} {megabytes:.0f} MB" for where, megabytes in d["peak_rss_mb"].items()),
    ]
    for key, target, higher in TARGETS:
        value = result[key]
        held = value >= target if higher else value <= target
        verdict = "held" if held else "MISSED"
        lines.append(f"target {key:<26} {value:9.2f} {'>=' if higher else '<='} {target:g}: {verdict}")
    return lines
