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


def extract_all(documents: list, reference: Reference) -> list[list[dict]]:
    return [extract_rows(d, reference) for d in documents]


def quantulum3_parse(texts: list[str]) -> list[list]:
    """quantulum3 on each text; its first call imports it and loads its tables."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not installed: it says so
        from quantulum3 import parser

        return [parser.parse(text) for text in texts]


def bench_both(documents: list, reference: Reference) -> dict[str, dict[str, float]]:
    """Extraction and quantulum3 on the same texts, taking turns batch by batch.

    Each one's warm-up is timed apart: for the extractor (spaCy, lexicons, dateparser's tables) one
    document of each language, for quantulum3 its first parse.
    """
    first_of_each_language = list({d.language: d for d in reversed(documents)}.values())
    extraction_warmup, _ = timed(extract_all, first_of_each_language, reference)
    quantulum_warmup, _ = timed(quantulum3_parse, ["The warm-up: 3 people."])
    extraction_s = quantulum_s = 0.0
    figures = 0
    for batch in batches(documents):
        seconds, rows = timed(extract_all, batch, reference)
        extraction_s += seconds
        figures += sum(len(r) for r in rows)
        quantulum_s += timed(quantulum3_parse, [d.text for d in batch])[0]
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
