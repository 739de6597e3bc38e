"""What the source-name tests share: a text's figures on one publication day."""

from __future__ import annotations

from datetime import date

from tests.etl.extract.conftest import figures_in


def figures_of(reference, text: str, language: str = "en") -> list[dict]:
    return figures_in(reference, text, language, date(2025, 6, 19))
