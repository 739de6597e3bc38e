"""A document that kills its worker process, or never finishes, costs only itself.

The pool is real (spawned processes); the stand-in extractors kill their own process the way the
kernel's out-of-memory killer would, with SIGKILL, or loop for ever.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl import pipeline, workers
from etl.cli import main
from etl.documents import Document

POISON = "poison"


def killed_by_poison(document: Document, reference) -> list[dict]:
    """A stand-in extractor (module level: the workers import it by name) whose process dies on poison."""
    if POISON in document.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return [{"doc": document.doc, "pid": os.getpid()}]


def documents_with_poison(count: int, poisoned: set[int]) -> list[Document]:
    return [Document(doc=f"d{n}.txt", text=POISON if n in poisoned else f"text {n}") for n in range(count)]


def test_a_document_that_kills_its_worker_is_named_and_the_others_come_back_in_order(reference):
    documents = documents_with_poison(60, {21})
    outcomes = list(workers.extract_many(documents, reference, killed_by_poison, workers=2, min_pool=1))
    assert len(outcomes) == 60
    assert outcomes[21] == (None, workers.WORKER_DIED)
    others = [outcome for n, outcome in enumerate(outcomes) if n != 21]
    assert [error for _, error in others] == [None] * 59
    assert [rows[0]["doc"] for rows, _ in others] == [d.doc for n, d in enumerate(documents) if n != 21]
    assert os.getpid() not in {rows[0]["pid"] for rows, _ in others}  # still extracted in workers


def test_each_of_several_killing_documents_is_named_and_only_they_are(reference):
    documents = documents_with_poison(50, {0, 17, 49})
    outcomes = list(workers.extract_many(documents, reference, killed_by_poison, workers=2, min_pool=1))
    failed = {n for n, (_, error) in enumerate(outcomes) if error is not None}
    assert failed == {0, 17, 49}
    assert {error for _, error in outcomes if error} == {workers.WORKER_DIED}


def killed_beside_a_companion(document: Document, reference) -> list[dict]:
    """Poison kills its worker only once the other worker is inside its companion document."""
    kind, _, marker = document.text.partition(" ")
    if kind == "companion":
        Path(marker).touch()
        time.sleep(1)
    elif kind == POISON:
        deadline = time.monotonic() + 60
        while not Path(marker).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGKILL)
    return [{"doc": document.doc}]


def test_a_document_beside_the_killing_one_when_it_died_is_tried_again_alone(reference, tmp_path):
    """Both were started and not finished when the pool broke: only the one that kills again is named."""
    documents = documents_with_poison(40, set())
    marker = tmp_path / "companion-started"
    documents[0] = Document(doc="d0.txt", text=f"{POISON} {marker}")  # the first task's first document
    documents[workers.CHUNK_SIZE] = Document(doc="companion.txt", text=f"companion {marker}")  # the second's
    outcomes = list(
        workers.extract_many(documents, reference, killed_beside_a_companion, workers=2, min_pool=1)
    )
    assert outcomes[0] == (None, workers.WORKER_DIED)
    assert outcomes[workers.CHUNK_SIZE] == ([{"doc": "companion.txt"}], None)
    assert [error for _, error in outcomes[1:]] == [None] * 39


def test_a_worker_that_dies_while_tasks_are_handed_out_costs_only_its_document(reference, monkeypatch):
    """The third task is handed out only once the pool has broken (as a slow start of the second worker
    can make happen): the document is still named, and no worker is left waiting for work."""
    submit = ProcessPoolExecutor.submit
    calls = []

    def submit_after_the_break(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            deadline = time.monotonic() + 60
            while not getattr(self, "_broken", False) and time.monotonic() < deadline:
                time.sleep(0.01)
        return submit(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit_after_the_break)
    documents = documents_with_poison(100, {0})
    outcomes = list(workers.extract_many(documents, reference, killed_by_poison, workers=2, min_pool=1))
    assert outcomes[0] == (None, workers.WORKER_DIED)
    assert [error for _, error in outcomes[1:]] == [None] * 99
    assert multiprocessing.active_children() == []


class DiesWhenUnpickled:
    """Reference tables whose unpickling kills the worker: the pool dies before any document."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_workers_that_die_before_any_document_fail_every_document_once(reference):
    documents = documents_with_poison(20, set())
    outcomes = list(
        workers.extract_many(documents, DiesWhenUnpickled(), killed_by_poison, workers=2, min_pool=1)
    )
    assert outcomes == [(None, workers.POOL_DIED)] * 20


def figure_rows_killed_by_poison(document: Document, reference) -> list[dict]:
    """The real extractor, except that a poisoned document kills its worker process."""
    if POISON in document.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return pipeline.figure_rows(document, reference)


def test_a_refresh_names_the_document_whose_worker_died_and_stores_the_rest(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    sentence = "The Health Ministry said {n} people were killed in Gaza on Sunday."
    for n in range(12):
        text = f"The {POISON} article.\n" if n == 5 else sentence.format(n=n + 20)
        (folder / f"a{n:02}.txt").write_text(text)
    manifest = "file,url,title,publisher,published_at,date_basis,language\n"
    manifest += "".join(
        f"a{n:02}.txt,https://example.org/{n},Title {n},Example News,2024-03-{n + 1:02},published,en\n"
        for n in range(12)
    )
    (folder / "documents.csv").write_text(manifest)
    config = tmp_path / "tally.toml"
    config.write_text(f'[[source]]\nname = "articles"\nkind = "folder"\npath = "{folder}"\n')
    monkeypatch.setattr(workers, "MIN_POOL_DOCUMENTS", 2)
    monkeypatch.setattr(pipeline, "figure_rows", figure_rows_killed_by_poison)

    arguments = ["refresh", "--config", str(config), "--data-dir", str(tmp_path / "data")]
    result = CliRunner().invoke(main, [*arguments, "--workers", "2", "--json"])

    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents_failed"] == 1
    assert summary["documents_new"] == 11
    assert summary["figures_new"] == 11
    assert "a05.txt" in result.stderr and "worker process died" in result.stderr


ENDLESS = "endless"


def endless_on_request(document: Document, reference) -> list[dict]:
    """A stand-in extractor that never returns on an endless document: a loop, or a regex that backtracks."""
    if document.text == ENDLESS:
        while True:
            pass
    if document.text == "backtracking":
        re.match(r"(a+)+b", "a" * 64)
    return [{"doc": document.doc}]


@pytest.mark.parametrize("worker_count", [1, 2], ids=["in this process", "in a pool"])
def test_a_document_past_the_time_limit_is_stopped_and_named_and_the_others_go_on(reference, worker_count):
    documents = [Document(doc=f"d{n}.txt", text=f"text {n}") for n in range(30)]
    documents[4] = Document(doc="d4.txt", text=ENDLESS)
    documents[9] = Document(doc="d9.txt", text="backtracking")
    outcomes = list(
        workers.extract_many(
            documents, reference, endless_on_request, workers=worker_count, min_pool=1, seconds=0.5
        )
    )
    stopped = "ExtractionTooSlow: extraction took more than 0.5 s of CPU and was stopped"
    assert outcomes[4] == (None, stopped)
    assert outcomes[9] == (None, stopped)
    others = [outcome for n, outcome in enumerate(outcomes) if n not in (4, 9)]
    assert others == [([{"doc": d.doc}], None) for n, d in enumerate(documents) if n not in (4, 9)]


def test_the_time_limit_is_lifted_after_each_document(reference):
    """A document that finishes in time leaves no timer set to go off in the code that runs after it."""
    handler_before = signal.getsignal(signal.SIGVTALRM)
    documents = [Document(doc="d0.txt", text="text")]
    assert list(workers.extract_many(documents, reference, endless_on_request, workers=1, seconds=0.3))
    deadline = time.process_time() + 0.6
    while time.process_time() < deadline:  # a timer left set would raise here, and fail the test
        pass
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGVTALRM) is handler_before  # the caller's own handler is back


def test_outside_the_main_thread_a_document_runs_without_a_limit(reference):
    """Signals reach only the main thread: elsewhere the limit is skipped, not every document failed."""
    documents = [Document(doc="d0.txt", text="text")]
    outcomes = []
    thread = threading.Thread(
        target=lambda: outcomes.extend(workers.extract_many(documents, reference, endless_on_request, 1))
    )
    thread.start()
    thread.join()
    assert outcomes == [([{"doc": "d0.txt"}], None)]
