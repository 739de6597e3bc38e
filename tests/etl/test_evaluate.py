"""Scoring with the contract's rules on a tiny gold table whose numbers are worked out by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from etl.evaluate import score

COLUMNS = [
    "doc",
    "metric",
    "value",
    "value_high",
    "qualifier",
    "status",
    "location",
    "subgroup",
    "attributed_to",
    "as_of",
    "mention",
]


def rows(*records: tuple) -> pd.DataFrame:
    return pd.DataFrame([dict(zip(COLUMNS, r, strict=True)) for r in records], columns=COLUMNS, dtype=str)


GOLD = rows(
    (
        "a.txt",
        "killed",
        "10",
        "",
        "exact",
        "reported",
        "Gaza",
        "all",
        "Gaza Health Ministry",
        "2024-01-01",
        "10",
    ),
    (
        "a.txt",
        "injured",
        "20",
        "",
        "exact",
        "reported",
        "",
        "all",
        "Gaza Health Ministry",
        "2024-01-01",
        "20",
    ),
    ("a.txt", "killed", "5", "8", "range", "reported", "Gaza", "children", "UN", "2024-01-01", "5-8"),
    ("b.txt", "killed", "100", "", "", "", "", "", "", "", "100"),
)
PREDICTED = rows(
    # right on every field, then the same claim again (a headline): counted once
    (
        "a.txt",
        "killed",
        "10",
        "",
        "exact",
        "reported",
        "Gaza",
        "all",
        "Gaza Health Ministry",
        "2024-01-01",
        "10",
    ),
    ("a.txt", "killed", "10", "", "exact", "reported", "Gaza", "all", "", "2024-01-01", "10"),
    # a number gold does not have: spurious; gold's injured 20 is missed
    (
        "a.txt",
        "injured",
        "21",
        "",
        "exact",
        "reported",
        "",
        "all",
        "Gaza Health Ministry",
        "2024-01-01",
        "21",
    ),
    # matched on (doc, metric, value, value_high) but the source is wrong
    ("a.txt", "killed", "5", "8", "range", "reported", "Gaza", "children", "WHO", "2024-01-01", "5-8"),
    # a document gold does not cover is not scored
    ("c.txt", "killed", "7", "", "exact", "reported", "", "all", "", "2024-01-01", "7"),
)


def test_scores_match_the_hand_count():
    result = score(PREDICTED, GOLD)
    assert (result["gold"], result["predicted"], result["matched"]) == (4, 3, 2)
    assert result["precision"] == pytest.approx(2 / 3) and result["recall"] == 0.5
    assert result["f1"] == pytest.approx(4 / 7)
    assert result["fields"]["attributed_to"] == 0.5 and result["fields"]["qualifier"] == 1.0
    assert (result["strict_precision"], result["strict_recall"]) == pytest.approx((1 / 3, 1 / 4))
    assert result["strict_f1"] == pytest.approx(2 / 7)
    assert result["per_metric"] == {
        "injured": {"matched": 0, "predicted": 1, "gold": 1},
        "killed": {"matched": 2, "predicted": 2, "gold": 3},
    }
    errors = sorted((what, row["value"]) for what, row in result["errors"])
    assert errors == [
        ("missed", "100"),
        ("missed", "20"),
        ("spurious", "21"),
        ("wrong attributed_to: 'WHO'", "5"),
    ]


def test_an_empty_gold_cell_is_not_scored_except_the_source():
    gold = rows(("b.txt", "killed", "100", "", "", "", "", "", "", "", "100"))
    predicted = rows(
        ("b.txt", "killed", "100", "", "about", "projected", "Gaza", "all", "", "2023-01-01", "100")
    )
    assert score(predicted, gold)["fields"] == {"attributed_to": 1.0}
    assert score(predicted, gold)["strict_f1"] == 1.0


def test_values_match_across_thousands_separators_and_case():
    gold = rows(("a.txt", "Killed", "29,514", "", "exact", "reported", "", "all", "", "", ""))
    predicted = rows(("a.txt", "killed", "29514", "", "EXACT", "reported", "", "all", "", "", ""))
    assert score(predicted, gold)["strict_f1"] == 1.0


SHARED_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside this checkout")
def test_same_numbers_as_the_shared_scorer(tmp_path):
    PREDICTED.to_csv(tmp_path / "predicted.csv", index=False)
    GOLD.to_csv(tmp_path / "gold.csv", index=False)
    shared = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SHARED_SCORER),
                str(tmp_path / "predicted.csv"),
                str(tmp_path / "gold.csv"),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = score(PREDICTED, GOLD)
    ours["errors"] = [
        [what, {k: row.get(k) for k in ("doc", "metric", "value", "value_high", "mention")}]
        for what, row in ours["errors"]
    ]
    assert json.loads(json.dumps(ours)) == shared
