"""Extraction against quantulum3, in a fresh process: `python -m benchmarks.peer DOCS SEED REFERENCE_DIR`.

Both parse the same generated texts, one after the other, in this one process, so neither pays
for what the benchmark did before (a process that has just refreshed 10k documents carries their
heap, and each garbage collection walks it). Prints one JSON line: {"extraction": ..., "quantulum3": ...}.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable

from benchmarks.corpus import generate
from etl.extract import extract_rows
from etl.reference import Reference, load_reference


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


def main(docs: int, seed: int, reference_dir: str) -> dict[str, dict]:
    reference = load_reference(reference_dir)
    documents = list(generate(docs, reference, seed))
    return {"extraction": bench_extraction(documents, reference), "quantulum3": bench_quantulum3(documents)}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])))
