"""What the location tests share: the place of each figure of a text."""

from __future__ import annotations

from datetime import date

from tests.etl.extract.conftest import figures_in


def place_of(reference, text: str, language: str = "en") -> list[str]:
    return [figure["location"] for figure in figures_in(reference, text, language, date(2024, 3, 4))]
