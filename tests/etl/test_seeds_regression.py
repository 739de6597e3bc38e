"""The bundled seeds against their gold table: strict F1 1.000 is the floor for every change."""

from __future__ import annotations

import pandas as pd

from etl.cli import extract_all, read_documents
from etl.evaluate import score
from tests.conftest import ROOT, SEEDS

SEED_GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.csv"


def test_seed_figures_match_gold_strictly():
    documents, failures = read_documents((SEEDS,))
    result = score(extract_all(documents, failures), pd.read_csv(SEED_GOLD, dtype=str, keep_default_na=False))
    assert [what for what, _ in result["errors"]] == []
    assert result["strict_f1"] == 1.0
