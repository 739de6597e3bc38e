"""Reference tables load, and a broken one stops with the file and line."""

from __future__ import annotations

import shutil

import pytest

from etl.reference import REFERENCE_DIR, ReferenceTableError, load_reference


def test_reference_tables_load(reference):
    assert {"killed", "hostages_held", "prisoners_released"} <= reference.metric_names
    assert "Gaza Health Ministry" in reference.source_names


def test_bad_reference_table_names_file_and_line(tmp_path):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    lines = (directory / "qualifiers.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = "roughly_maybe,en,about,before"
    (directory / "qualifiers.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceTableError, match=r"qualifiers\.csv: line 4"):
        load_reference(directory)
