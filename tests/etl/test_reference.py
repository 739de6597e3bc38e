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


def test_an_alias_may_be_listed_in_two_cases_for_one_source(tmp_path):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    with (directory / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write("AP,Ap,media,en,,\n")
    assert "AP" in load_reference(directory).source_names
    with (directory / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write("Reuters,AP,media,en,,\n")
    with pytest.raises(ReferenceTableError, match="alias_resolves_once_per_context"):
        load_reference(directory)


@pytest.mark.parametrize(
    ("table", "row", "check"),
    [
        ("lexicon.csv", "speech_verb,en,said", "term_is_listed_once"),
        ("metric_words.csv", "event,killed,en,killed", "term_is_listed_once"),
        ("sources.csv", "Reuters,Reuters,media,en,,", "row_is_listed_once"),
        ("statuses.csv", "projected,fr,projette", "row_is_listed_once"),
        ("qualifiers.csv", "at_least,en,at least,before", "row_is_listed_once"),
        ("numbers.csv", "trois,fr,3,unit", "row_is_listed_once"),
        ("subgroups.csv", "foreign_nationals,fr,Canadiens,,yes", "row_is_listed_once"),
        ("locations.csv", "Gaza,en,Gaza", "row_is_listed_once"),
        ("countries.csv", "Nigeria,en,Nigeria", "row_is_listed_once"),
    ],
)
def test_a_row_listed_twice_is_an_error(tmp_path, table, row, check):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    with (directory / table).open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    with pytest.raises(ReferenceTableError, match=rf"{table.replace('.', '[.]')}: line \d+: .*{check}"):
        load_reference(directory)
