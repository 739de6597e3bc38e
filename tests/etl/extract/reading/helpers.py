"""What the reading tests share: a text's figures, and each one's value and metric."""

from __future__ import annotations

from datetime import date

from tests.etl.extract.conftest import figures_in


def figures_of(reference, text: str, language: str = "en") -> list[dict]:
    return figures_in(reference, text, language, date(2025, 2, 8))


def metrics_of(reference, text: str, language: str = "en") -> list[tuple[int, str]]:
    return [(figure["value"], figure["metric"]) for figure in figures_of(reference, text, language)]
