"""Extraction of many documents, in this process or across a pool of worker processes.

Extraction is a pure function of (document, reference tables), so documents can be spread over
processes freely. Results come back in the documents' order, whatever the pool's timing. A
document whose extraction raises comes back as its error, and so does one whose worker process
dies under it (killed, out of memory, a crash in native code), or that takes longer than a time
limit (a rule caught in a loop would otherwise hold the run, and a scheduled refresh's lock, for
ever): the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from etl.documents import Document
from etl.reference import Reference

# Below this many documents a pool costs more than it saves: each worker starts a Python process
# and loads the reference tables and spaCy's tokenizers (5 s of CPU, 15 s once it meets French),
# while a document takes about 6-10 ms.
MIN_POOL_DOCUMENTS = 400
# Documents per task: large enough that the round trips do not count, small enough that the
# progress bar moves and the last tasks spread over every worker.
CHUNK_SIZE = 16
# A document takes about 5 ms of CPU per KB: two minutes is a document of some 20 MB, or a rule in
# a loop. CPU time, not the clock's: a busy machine slows a document without stopping it.
DOCUMENT_TIME_LIMIT_S = 120.0
# What a worker has done with each document, in memory the pool's processes share: after a worker
# dies, the documents it had started and not finished are the ones that may have killed it.
NOT_STARTED, STARTED, FINISHED = 0, 1, 2
WORKER_DIED = (
    "its worker process died while extracting it, twice, the second time with it alone "
    "(killed, out of memory, or a crash in native code)"
)
POOL_DIED = "the worker processes died before extracting it (they could not start)"

Outcome = tuple[list[dict] | None, str | None]  # (figure rows, None) or (None, the error)
_worker_reference: Reference | None = None
_worker_progress = None  # the shared per-document states of the worker's pool
_worker_time_limit = DOCUMENT_TIME_LIMIT_S


class ExtractionTooSlow(Exception):
    """A document's extraction used more CPU time than the limit and was stopped."""


@dataclass(frozen=True)
class Job:
    """What a pool is given: the documents, the tables, the extractor and its time per document."""

    documents: list[Document]
    reference: Reference
    function: Callable[[Document, Reference], list[dict]]
    seconds: float


class WorkersDied(Exception):
    """A worker died: the pool is gone, and these documents were started in it and not finished."""

    def __init__(self, suspects: list[int]) -> None:
        super().__init__(f"{len(suspects)} documents were being extracted")
        self.suspects = suspects


def default_workers() -> int:
    return os.cpu_count() or 1


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ExtractionTooSlow in the block once it has used `seconds` of CPU (main thread only).

    Python checks for signals between bytecodes and inside the regex engine's loops, so the limit
    stops a pattern that backtracks as well as a loop of our own. The virtual timer and its signal
    are used, not SIGALRM, which pytest-timeout and other callers keep for themselves."""
    if threading.current_thread() is not threading.main_thread():
        yield  # a signal can only be handled in the main thread: no limit here
        return

    def stop(signum, frame) -> None:
        raise ExtractionTooSlow(f"extraction took more than {seconds:g} s of CPU and was stopped")

    previous = signal.signal(signal.SIGVTALRM, stop)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def run_one(function: Callable, document: Document, reference: Reference, seconds: float) -> Outcome:
    """One document's figure rows, or the error that stopped it (named, never raised)."""
    try:
        with time_limit(seconds):
            return function(document, reference), None
    except Exception as error:  # one document's failure must not stop the run
        return None, f"{type(error).__name__}: {error}"


def start_worker(reference: Reference, progress, seconds: float) -> None:
    """Keep the reference tables and build the lexicons once per worker, not per task.

    spaCy's pipelines are loaded on first use, as in a single process: a worker that meets no
    French never compiles the French tokenizer's patterns (about 10 s of CPU on this machine)."""
    global _worker_reference, _worker_progress, _worker_time_limit
    from etl.extract import reference_lexicons

    _worker_reference, _worker_progress, _worker_time_limit = reference, progress, seconds
    reference_lexicons(_worker_reference)


def run_chunk(function: Callable, chunk: list[tuple[int, Document]]) -> list[tuple[int, Outcome]]:
    """A worker's task: each document's outcome, its state marked before and after it."""
    outcomes = []
    for index, document in chunk:
        _worker_progress[index] = STARTED
        outcomes.append((index, run_one(function, document, _worker_reference, _worker_time_limit)))
        _worker_progress[index] = FINISHED
    return outcomes


def pool_outcomes(job: Job, indices: list[int], workers: int) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) of the given documents as their tasks finish; raises WorkersDied if a worker dies."""
    # spawn, not fork: the parent holds threads (DuckDB's, the progress bar's) whose locks a forked
    # child would inherit in whatever state they were.
    context = multiprocessing.get_context("spawn")
    progress = context.RawArray("b", len(job.documents))
    chunks = [indices[start : start + CHUNK_SIZE] for start in range(0, len(indices), CHUNK_SIZE)]
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=start_worker,
        initargs=(job.reference, progress, job.seconds),  # this run's very tables, pickled once per worker
    ) as pool:
        try:
            # a worker may die while tasks are still being handed out: submitting raises then too
            running = {
                pool.submit(run_chunk, job.function, [(i, job.documents[i]) for i in chunk])
                for chunk in chunks
            }
            while running:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for task in done:
                    yield from task.result()
        except BrokenProcessPool:
            stop_workers(pool)
            raise WorkersDied([i for i in indices if progress[i] == STARTED]) from None


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the workers a broken pool leaves alive. Python 3.11 starts them on demand: one started as
    the pool broke escapes the pool's own clean-up, and would wait for work for ever (and keep the
    process from exiting, which joins its children)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()
            process.join()


def recovered_outcomes(job: Job, indices: list[int], workers: int) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) of every given document, a new pool started each time a worker dies.

    The documents a dead worker's pool had started are tried again one at a time in a pool of one
    worker: there, a death names its document for certain, and the others go on."""
    pending = list(indices)
    while pending:
        finished: set[int] = set()
        try:
            for index, outcome in pool_outcomes(job, pending, workers):
                finished.add(index)
                yield index, outcome
            return
        except WorkersDied as died:
            if not died.suspects:  # the workers died before their first document: no retry helps
                yield from ((index, (None, POOL_DIED)) for index in pending if index not in finished)
                return
            if workers == 1:
                yield from ((index, (None, WORKER_DIED)) for index in died.suspects)
            else:
                yield from recovered_outcomes(job, died.suspects, 1)
            finished.update(died.suspects)
            pending = [index for index in pending if index not in finished]


def extract_many(
    documents: list[Document],
    reference: Reference,
    function: Callable[[Document, Reference], list[dict]],
    workers: int,
    min_pool: int | None = None,
    seconds: float = DOCUMENT_TIME_LIMIT_S,
) -> Iterator[Outcome]:
    """Each document's outcome, in the documents' order, as soon as it (and those before it) are done.

    `function` must be importable by name (a module-level function) when a pool is used; below
    `min_pool` documents (default MIN_POOL_DOCUMENTS) they are extracted in this process. A document
    that takes more than `seconds` of CPU is stopped and comes back as that error.
    """
    min_pool = MIN_POOL_DOCUMENTS if min_pool is None else min_pool
    if workers <= 1 or len(documents) < min_pool:
        for document in documents:
            yield run_one(function, document, reference, seconds)
        return
    waiting: dict[int, Outcome] = {}  # outcomes finished before an earlier document's
    next_index = 0
    job = Job(documents, reference, function, seconds)
    for index, outcome in recovered_outcomes(job, list(range(len(documents))), workers):
        waiting[index] = outcome
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1
