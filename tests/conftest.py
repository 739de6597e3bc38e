"""Shared fixtures: the real reference tables and the bundled seed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "documents"


@pytest.fixture(scope="session")
def reference():
    return load_reference()
