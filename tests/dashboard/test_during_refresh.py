"""The dashboard while a refresh publishes: no error, the old data or the new, never a mix.

A page reads several cached tables keyed on the store's version. If a refresh swaps the file in
between, a table read afterwards must not be cached under the old version with the new file's
rows: the read says the store changed and the page is drawn again from the new store alone.
"""

from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from dashboard import data
from tests.dashboard.conftest import open_page
from tests.dashboard.synthetic import write_synthetic_store


@pytest.fixture
def two_stores(tmp_path, monkeypatch):
    """(data dir with the synthetic store, a function publishing a newer store there as a refresh does)."""
    published = write_synthetic_store(tmp_path / "data")
    newer = tmp_path / "newer.duckdb"
    shutil.copy(published / "tally.duckdb", newer)
    with duckdb.connect(str(newer)) as connection:  # the next run dropped a3, and a figure of a1
        connection.execute("DELETE FROM figures WHERE doc_id = 'a3' OR figure_id = 'a1-139'")
        connection.execute("DELETE FROM documents WHERE doc_id = 'a3'")
    monkeypatch.setenv("TALLY_DATA_DIR", str(published))
    data.clear_caches()

    def publish() -> None:
        os.replace(newer, published / "tally.duckdb")

    yield published, publish
    data.clear_caches()


def test_a_read_after_the_swap_says_so_instead_of_mixing(two_stores):
    _, publish = two_stores
    old = data.store_version()
    assert "a3" in set(data.figures(old)["doc_id"])
    publish()
    with pytest.raises(data.StoreChanged):
        data.documents(old)  # would otherwise cache the new file's rows under the old version
    new = data.store_version()
    assert new != old
    assert "a3" not in set(data.documents(new)["doc_id"]) and "a3" not in set(data.figures(new)["doc_id"])


def test_a_page_drawn_across_a_swap_shows_the_new_store_whole(two_stores, monkeypatch):
    published, publish = two_stores
    app = open_page(published, "documents", doc="a1")
    assert len(app.dataframe[0].value) == 3  # articles a1, a2, a3 in the old store
    data.clear_caches()
    data.figures(data.store_version())  # the old figures are cached, as after an earlier rerun
    original = data.documents

    def swap_then_read(version):  # the refresh lands between two reads of one page
        if os.path.exists(published.parent / "newer.duckdb"):
            publish()
        return original(version)

    monkeypatch.setattr(data, "documents", swap_then_read)
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    listed = app.dataframe[0].value
    assert set(listed["doc"]) == {"a1.txt", "a2.txt"}  # the new store
    counted = int(listed.loc[listed["doc"] == "a1.txt", "figures"].iloc[0])
    marked = app.get("html")[-1].proto.body.count("<mark")
    assert counted == marked == 1  # the list and the text from the same store: no mix
