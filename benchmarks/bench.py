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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from benchmarks.corpus import generate, write_folder
from benchmarks.peer import timed
from etl.config import load_config
from etl.pipeline import refresh
from etl.published import STORE_NAME
from etl.reference import Reference

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


def run_probe(module: str, *args: object) -> dict:
    """A benchmark module run in a fresh process (`python -m`); its last line is a JSON object."""
    command = [sys.executable, "-m", module, *map(str, args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def write_config(root: Path, folder: Path) -> Path:
    """A config with one folder source; its path is absolute (a relative one is the config's own)."""
    path = root / "bench.toml"
    source = f'[[source]]\nname = "bench"\nkind = "folder"\npath = "{folder.resolve()}"\n'
    path.write_text(source, encoding="utf-8")
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
    report(f"extraction and quantulum3, taking turns: {sizes.docs} documents, in a fresh process")
    peer = run_probe("benchmarks.peer", sizes.docs, sizes.seed, reference.directory)
    extraction, quantulum = peer["extraction"], peer["quantulum3"]
    report(f"dashboard: {sizes.dashboard_figures} figures, in a fresh process")
    figures = grow_store(root / "data" / STORE_NAME, root / "dashboard", sizes.dashboard_figures)
    render = run_probe("benchmarks.render", root / "dashboard", "render")
    load = run_probe("benchmarks.render", root / "dashboard", "load")
    memory["dashboard"] = render["peak_rss_mb"]
    memory["dashboard_load"] = load["peak_rss_mb"]
    dashboard = {"first_render_s": render["render_s"], "data_load_s": load["load_s"]}
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
