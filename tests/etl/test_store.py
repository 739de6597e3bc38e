"""The store on a real DuckDB file: what goes in comes out typed, claims group across documents,
and a writer either publishes a whole new file or leaves the old one untouched."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from etl import store
from etl.contract import FIGURE_COLUMNS
from etl.documents import Document
from etl.refresh_lock import LOCK_NAME, StoreBusy, refresh_lock


def article(name: str, text: str) -> Document:
    return Document(doc=name, text=text, publisher="Wire", published_at=date(2024, 2, 23), language="en")


def figures_of(document: Document, value: int, value_high: int | None = None) -> pd.DataFrame:
    mention = f"{value}-{value_high}" if value_high else str(value)
    start = document.text.index(mention)
    row = dict.fromkeys(FIGURE_COLUMNS, "") | {
        "figure_id": f"{document.doc_id}-{start}",
        "doc_id": document.doc_id,
        "doc": document.doc,
        "metric": "killed",
        "location": "Gaza",
        "subgroup": "all",
        "value": value,
        "value_high": value_high,
        "qualifier": "range" if value_high else "exact",
        "status": "reported",
        "attributed_to": "Gaza Health Ministry",
        "as_of": "2024-02-23",
        "published_at": "2024-02-23",
        "mention": mention,
        "quote": document.text,
        "char_start": start,
        "char_end": start + len(mention),
    }
    return pd.DataFrame([row])[FIGURE_COLUMNS].astype({"value_high": "Int64"})


@pytest.fixture
def two_articles(tmp_path):
    """Two documents stating the same claim, and one a range, written by one writer."""
    first = article("b.txt", "The ministry said 29514 people were killed.")
    second = article("a.txt", "Officials said 29514 were killed, and 200-300 more.")
    with store.open_store_for_writing(tmp_path) as connection:
        store.write_documents(connection, [first, second], "run-1")
        for frame in (figures_of(first, 29514), figures_of(second, 29514), figures_of(second, 200, 300)):
            store.insert_figures(connection, frame, "run-1", "0.test")
    return tmp_path, first, second


def test_figures_round_trip_with_contract_types(two_articles):
    data_dir, first, _ = two_articles
    with store.open_store_readonly(data_dir) as connection:
        types = dict(
            connection.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'figures'"
            ).fetchall()
        )
        rows = connection.execute(
            "SELECT value, value_high, as_of, event_date, char_start, run_id, extractor_version, "
            "superseded_by FROM figures WHERE doc_id = ?",
            [first.doc_id],
        ).fetchall()
    assert (types["value"], types["value_high"], types["as_of"], types["char_start"]) == (
        "BIGINT",
        "BIGINT",
        "DATE",
        "INTEGER",
    )
    start = first.text.index("29514")
    assert rows == [(29514, None, date(2024, 2, 23), None, start, "run-1", "0.test", None)]


def test_documents_keep_their_text_and_hash(two_articles):
    data_dir, first, _ = two_articles
    with store.open_store_readonly(data_dir) as connection:
        row = connection.execute(
            "SELECT doc, text, content_hash, published_at, kind, first_seen_run FROM current_documents "
            "WHERE doc_id = ?",
            [first.doc_id],
        ).fetchone()
    assert row == (first.doc, first.text, first.content_hash, date(2024, 2, 23), "article", "run-1")


def test_claims_group_one_claim_across_documents(two_articles):
    data_dir, first, second = two_articles
    with store.open_store_readonly(data_dir) as connection:
        claims = connection.execute("SELECT * FROM claims ORDER BY value").df()
    assert list(claims["value"]) == [200, 29514]
    shared = claims[claims["value"] == 29514].iloc[0]
    assert shared["n_documents"] == 2 and claims["n_documents"].dtype == "int64"  # not a float sum
    assert shared["doc_ids"] == ";".join(sorted([first.doc_id, second.doc_id]))
    assert "29514" in shared["quote"]


def test_a_failed_write_leaves_the_published_store_as_it_was(two_articles):
    data_dir, first, _ = two_articles
    before = (data_dir / store.STORE_NAME).read_bytes()
    with pytest.raises(RuntimeError), store.open_store_for_writing(data_dir) as connection:
        connection.execute("DELETE FROM figures")
        raise RuntimeError("the refresh broke half way")
    assert (data_dir / store.STORE_NAME).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [store.STORE_NAME]  # no draft, no lock left


def test_a_reader_open_during_a_write_keeps_its_snapshot(two_articles):
    data_dir, first, _ = two_articles
    with store.open_store_readonly(data_dir) as reader:
        with store.open_store_for_writing(data_dir) as writer:  # not blocked by the reader
            writer.execute("DELETE FROM figures")
        assert reader.execute("SELECT count(*) FROM figures").fetchone() == (3,)
    with store.open_store_readonly(data_dir) as reader:
        assert reader.execute("SELECT count(*) FROM figures").fetchone() == (0,)


def test_reading_before_any_refresh_says_what_to_do(tmp_path):
    with pytest.raises(store.StoreMissing, match="run `tally refresh` first"):
        with store.open_store_readonly(tmp_path):
            pass


def test_one_writer_at_a_time(tmp_path):
    with refresh_lock(tmp_path), pytest.raises(StoreBusy, match="another refresh"):
        with store.open_store_for_writing(tmp_path):
            pass
    assert not (tmp_path / LOCK_NAME).exists()
