"""What the parts tests share: a count of journalists, and each figure's value, metric and group."""

from __future__ import annotations

from datetime import date

from tests.etl.extract.conftest import figures_in

CPJ = "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"


def parts_of(reference, text: str) -> list[tuple[int, str, str]]:
    figures = figures_in(reference, text, published=date(2025, 8, 12))
    return [(f["value"], f["metric"], f["subgroup"]) for f in figures][1:]
