"""Extraction of many documents, in this process or across a pool of worker processes.

Extraction is a pure function of (document, reference tables), so documents can be spread over
processes freely. Results come back in the documents' order, whatever the pool's timing, and a
document whose extraction raises comes back as its error: the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from etl.documents import Document
from etl.reference import Reference

# Below this many documents a pool costs more than it saves: each worker starts a Python process
# and loads the reference tables and spaCy's tokenizers (5 s of CPU, 15 s once it meets French),
# while a document takes about 6-10 ms.
MIN_POOL_DOCUMENTS = 400
# Documents per task: large enough that the round trips do not count, small enough that the
# progress bar moves and the last tasks spread over every worker.
CHUNK_SIZE = 16

Outcome = tuple[list[dict] | None, str | None]  # (figure rows, None) or (None, the error)
_worker_reference: Reference | None = None


def default_workers() -> int:
    return os.cpu_count() or 1


def run_one(function: Callable, document: Document, reference: Reference) -> Outcome:
    """One document's figure rows, or the error that stopped it (named, never raised)."""
    try:
        return function(document, reference), None
    except Exception as error:  # one document's failure must not stop the run
        return None, f"{type(error).__name__}: {error}"


def start_worker(reference: Reference) -> None:
    """Keep the reference tables and build the lexicons once per worker, not per task.

    spaCy's pipelines are loaded on first use, as in a single process: a worker that meets no
    French never compiles the French tokenizer's patterns (about 10 s of CPU on this machine)."""
    global _worker_reference
    from etl.extract import reference_lexicons

    _worker_reference = reference
    reference_lexicons(_worker_reference)


def run_in_worker(function: Callable, document: Document) -> Outcome:
    return run_one(function, document, _worker_reference)


def extract_many(
    documents: list[Document],
    reference: Reference,
    function: Callable[[Document, Reference], list[dict]],
    workers: int,
    min_pool: int | None = None,
) -> Iterator[Outcome]:
    """Each document's outcome, in the documents' order, as soon as it (and those before it) are done.

    `function` must be importable by name (a module-level function) when a pool is used; below
    `min_pool` documents (default MIN_POOL_DOCUMENTS) they are extracted in this process.
    """
    min_pool = MIN_POOL_DOCUMENTS if min_pool is None else min_pool
    if workers <= 1 or len(documents) < min_pool:
        for document in documents:
            yield run_one(function, document, reference)
        return
    # spawn, not fork: the parent holds threads (DuckDB's, the progress bar's) whose locks a forked
    # child would inherit in whatever state they were.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=start_worker,
        initargs=(reference,),  # the very tables of this run, pickled once per worker
    ) as pool:
        calls = [function] * len(documents)
        yield from pool.map(run_in_worker, calls, documents, chunksize=CHUNK_SIZE)
