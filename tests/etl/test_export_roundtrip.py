"""Export, then read the CSVs back: every current figure comes back equal, and the formula guard
is the only change (a leading apostrophe on text cells a spreadsheet would run), as documented."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from etl.contract import FIGURE_COLUMNS
from etl.export import export
from etl.published import FORMULA_START
from tests.etl.conftest import run_refresh, write_feed_and_folder

# Bullet points and a spreadsheet formula as the very first characters of the figures' sentences.
ARTICLE = (
    "- The health ministry in Gaza said 14 people were killed in Rafah on Monday.\n"
    "=1+1 The health ministry in Gaza said 30 people were wounded in Rafah on Monday.\n"
    "+ Officials in Gaza said 12 people were killed in Jabalia on Monday.\n"
    "@wire The health ministry in Gaza said 9 people were killed in Deir al-Balah on Monday.\n"
)
MANIFEST = (
    "file,url,title,publisher,published_at,date_basis,language\n"
    "bullets.txt,,-Strikes,+Wire,2024-03-05,metadata,en\n"
)


def unguard(value: str) -> str:
    """Undo the formula guard, as a reader of the CSV would."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


@pytest.fixture(scope="module")
def exported(tmp_path_factory, reference):
    root = tmp_path_factory.mktemp("roundtrip")
    write_feed_and_folder(root, {"bullets.txt": ARTICLE, "documents.csv": MANIFEST})
    run_refresh(root, reference)
    export(root / "data", root / "out")
    return root


def stored_figures(root) -> pd.DataFrame:
    with duckdb.connect(str(root / "data" / "tally.duckdb"), read_only=True) as connection:
        frame = connection.execute(f"SELECT {', '.join(FIGURE_COLUMNS)} FROM current_figures").df()
    return frame


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells as the CSV writes them: integers without a decimal point, dates as days, NULL as ''."""
    text = frame.copy()
    text["value_high"] = text["value_high"].astype("Int64")
    for column in ("as_of", "event_date", "published_at"):
        text[column] = pd.to_datetime(text[column]).dt.strftime("%Y-%m-%d")
    text = text.astype(object).where(text.notna(), "").astype(str)
    return text.sort_values("figure_id").reset_index(drop=True)


def test_every_figure_comes_back_equal(exported):
    stored = stored_figures(exported)
    read = pd.read_csv(exported / "out" / "figures.csv", dtype=str, keep_default_na=False)
    assert len(read) == len(stored) > 30
    back = read.map(unguard).astype(object).sort_values("figure_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(back, as_text(stored), check_dtype=False)


def test_the_guard_marks_exactly_the_formula_like_text_cells(exported):
    read = pd.read_csv(exported / "out" / "figures.csv", dtype=str, keep_default_na=False)
    bullets = read[read["doc"] == "bullets.txt"]
    assert sorted(v for v in bullets["value"]) == sorted(["14", "30", "12", "9"])  # numbers untouched
    quotes = set(bullets["quote"])
    assert {q[:3] for q in quotes} == {"'- ", "'=1", "'+ ", "'@w"}, quotes
    assert bullets["reported_by"].tolist() == ["'+Wire"] * 4
    numeric = pd.read_csv(exported / "out" / "figures.csv")
    assert numeric["value"].dtype == "int64" and numeric["char_start"].dtype == "int64"
    documents = pd.read_csv(exported / "out" / "documents.csv", dtype=str, keep_default_na=False)
    assert documents.loc[documents["doc"] == "bullets.txt", "title"].tolist() == ["'-Strikes"]


def test_the_guard_is_documented_in_the_package(exported):
    package = json.loads((exported / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert "Text cells starting with = + - @ get a leading apostrophe" in package["description"]
