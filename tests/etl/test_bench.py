"""The benchmark's corpus and command, and extraction across worker processes.

Speed itself is what `tally bench` prints; nothing here times anything.
"""

from __future__ import annotations

import json
import os
import sys

import duckdb
import pytest
from click.testing import CliRunner

from benchmarks.bench import JSON_KEYS
from benchmarks.corpus import generate, write_folder
from etl import workers
from etl.cli import main
from etl.documents import Document
from etl.extract import extract_rows
from tests.conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval"


def test_the_corpus_is_the_same_for_a_seed_and_another_for_another_seed(reference):
    first = list(generate(25, reference, seed=7))
    again = list(generate(25, reference, seed=7))
    other = list(generate(25, reference, seed=8))
    assert first == again
    assert [d.text for d in first] != [d.text for d in other]
    assert len({d.text for d in first}) == 25
    # Numbered documents: the first 25 of a bigger corpus are the same 25.
    assert list(generate(30, reference, seed=7))[:25] == first


def test_the_extractor_finds_figures_in_every_generated_document(reference):
    documents = list(generate(40, reference, seed=1))
    counts = [len(extract_rows(d, reference)) for d in documents]
    assert all(count > 0 for count in counts), counts
    assert {d.language for d in documents} >= {"en"}


@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval is not checked out here")
def test_the_corpus_copies_no_sentence_of_the_evaluation_texts(reference):
    corpus = "\n".join(d.text for d in generate(300, reference, seed=0))
    held_out = {
        line.strip()
        for path in EVAL.rglob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 40
    }
    assert held_out and not [line for line in held_out if line in corpus]


def test_bench_json_prints_every_key_with_a_number(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the default --data-dir, "data", is relative, as a user types it
    arguments = ["bench", "--docs", "12", "--refresh-docs", "20", "--dashboard-figures", "300"]
    result = CliRunner().invoke(main, [*arguments, "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.strip().splitlines()[-1])
    for key in JSON_KEYS:
        assert isinstance(printed[key], int | float) and printed[key] >= 0, key
    assert printed["details"]["dashboard"]["figures"] == 300
    assert printed["details"]["extraction"]["figures"] > 0  # the fresh process ran the extractor
    assert printed["details"]["refresh"]["incremental_new"] == 1
    assert list((tmp_path / "data").iterdir()) == []  # its working folder is gone


def numbered(document: Document, reference) -> list[dict]:
    """A stand-in extractor (module level: the pool's workers import it by name)."""
    if "boom" in document.text:
        raise ValueError("boom")
    return [{"doc": document.doc, "pid": os.getpid()}]


def test_the_pool_keeps_the_order_and_names_the_document_that_failed(reference):
    documents = [Document(doc=f"d{n}.txt", text="boom" if n == 7 else f"text {n}") for n in range(40)]
    outcomes = list(workers.extract_many(documents, reference, numbered, workers=2, min_pool=1))
    assert outcomes[7] == (None, "ValueError: boom")
    rows = [rows for rows, _ in outcomes[:7] + outcomes[8:]]
    assert [r[0]["doc"] for r in rows] == [d.doc for n, d in enumerate(documents) if n != 7]
    assert os.getpid() not in {r[0]["pid"] for r in rows}  # extracted in the workers


def spacy_languages(document: Document, reference) -> list[dict]:
    """The document's figures, and whether its worker has loaded spaCy's English and French by then."""
    extract_rows(document, reference)
    return [{"english": "spacy.lang.en" in sys.modules, "french": "spacy.lang.fr" in sys.modules}]


def test_a_worker_loads_the_languages_it_reads_and_no_other(reference):
    """French's tokenizer compiles a 1.4 MB pattern when it loads: an English refresh never pays for it."""
    text = "The ministry said 12 people were killed. Another 30 were wounded on Sunday."
    documents = [Document(doc=f"d{n}.txt", text=text, language="en") for n in range(4)]
    outcomes = list(workers.extract_many(documents, reference, spacy_languages, workers=2, min_pool=1))
    assert [error for _, error in outcomes] == [None] * 4
    assert [rows for rows, _ in outcomes] == [[{"english": True, "french": False}]] * 4


def store_content(data_dir) -> dict[str, list]:
    with duckdb.connect(str(data_dir / "tally.duckdb"), read_only=True) as connection:
        return {
            "figures": connection.execute("SELECT * EXCLUDE (run_id) FROM figures ORDER BY ALL").fetchall(),
            "documents": connection.execute(
                "SELECT * EXCLUDE (first_seen_run, last_seen_run) FROM documents ORDER BY ALL"
            ).fetchall(),
            "rejects": connection.execute("SELECT * EXCLUDE (run_id) FROM rejects ORDER BY ALL").fetchall(),
        }


def test_two_workers_store_exactly_what_one_stores(tmp_path, reference, monkeypatch):
    write_folder(list(generate(60, reference, seed=3)), tmp_path / "corpus")
    config = tmp_path / "tally.toml"
    config.write_text(f'[[source]]\nname = "bench"\nkind = "folder"\npath = "{tmp_path / "corpus"}"\n')
    monkeypatch.setattr(workers, "MIN_POOL_DOCUMENTS", 2)  # 60 documents are enough for a pool here
    for count in (1, 2):
        arguments = ["refresh", "--config", str(config), "--json", "--workers", str(count)]
        result = CliRunner().invoke(main, [*arguments, "--data-dir", str(tmp_path / f"data{count}")])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["documents_new"] == 60
    one, two = store_content(tmp_path / "data1"), store_content(tmp_path / "data2")
    assert one["figures"] and one == two
