"""What the attribution tests share: the sources of a text's figures."""

from __future__ import annotations

from tests.etl.extract.conftest import figures_in


def sources_of(reference, text: str, language: str = "") -> list[str]:
    return [figure["attributed_to"] for figure in figures_in(reference, text, language)]
