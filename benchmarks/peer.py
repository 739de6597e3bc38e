"""Extraction against quantulum3, in a fresh process: `python -m benchmarks.peer DOCS SEED REFERENCE_DIR`.

Both parse the same generated texts in this one process, so neither pays for what the benchmark
did before (a process that has just refreshed 10k documents carries their heap, and each garbage
collection walks it). They take turns, batch by batch, on the same documents: this machine's speed
drifts by a quarter within minutes, and a slow spell then weighs on both, not on one of them.
Prints one JSON line: {"extraction": ..., "quantulum3": ...}.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable, Iterator

from benchmarks.corpus import generate
from etl.extract import extract_rows
from etl.reference import Reference, load_reference

ROUNDS = 5  # turns each parser takes


def timed(function: Callable, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def throughput(seconds: float, texts: list[str]) -> dict[str, float]:
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"docs_per_s": len(texts) / seconds, "mb_per_s": megabytes / seconds, "seconds": seconds}


def batches(documents: list, rounds: int = ROUNDS) -> Iterator[list]:
    """The documents in `rounds` consecutive batches of about the same size."""
    size = -(-len(documents) // rounds)
    for start in range(0, len(documents), size):
        yield documents[start : start + size]


def warm_extraction(documents: list, reference: Reference) -> float:
    """The extractor's warm-up (spaCy, lexicons, dateparser's tables): one document of each language."""
    first = {d.language: d for d in reversed(documents)}
    seconds, _ = timed(lambda: [extract_rows(d, reference) for d in first.values()])
    return seconds


def warm_quantulum3() -> tuple[float, Callable[[str], list]]:
    """quantulum3's first parse loads its tables (the warm-up); returns it with the parser."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not installed: it says so
        from quantulum3 import parser

        seconds, _ = timed(parser.parse, "The warm-up: 3 people.")
    return seconds, parser.parse


def bench_both(documents: list, reference: Reference) -> dict[str, dict[str, float]]:
    """Extraction and quantulum3 on the same texts, taking turns batch by batch; warm-ups apart."""
    extraction_warmup = warm_extraction(documents, reference)
    quantulum_warmup, parse = warm_quantulum3()
    extraction_s = quantulum_s = 0.0
    figures = 0
    for batch in batches(documents):
        seconds, rows = timed(lambda b=batch: [extract_rows(d, reference) for d in b])
        extraction_s += seconds
        figures += sum(len(r) for r in rows)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantulum_s += timed(lambda b=batch: [parse(d.text) for d in b])[0]
    texts = [d.text for d in documents]
    return {
        "extraction": throughput(extraction_s, texts) | {"warmup_s": extraction_warmup, "figures": figures},
        "quantulum3": throughput(quantulum_s, texts) | {"warmup_s": quantulum_warmup},
    }


def main(docs: int, seed: int, reference_dir: str) -> dict[str, dict]:
    reference = load_reference(reference_dir)
    documents = list(generate(docs, reference, seed))
    return bench_both(documents, reference)


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])))
