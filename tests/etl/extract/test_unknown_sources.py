"""Sources no table knows, by their own name (etl.extract.unknown_sources)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


def sources_of(reference, text: str, language: str = "en") -> list[str]:
    return [figure["attributed_to"] for figure in figures_in(reference, text, language)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the head of a name with "of" is the word before it
        (
            "The Middle East Council of Churches said 18 people were killed in the strike.",
            "Middle East Council of Churches",
        ),
        (
            "The Greek Orthodox Patriarchate of Jerusalem said 18 people were killed.",
            "Greek Orthodox Patriarchate of Jerusalem",
        ),
        # after the verb, closing the sentence
        (
            "At least 18 people were killed, said the Greek Orthodox Patriarchate of Jerusalem.",
            "Greek Orthodox Patriarchate of Jerusalem",
        ),
        ("At least 18 people were killed in the strike, said Nasser Hospital.", "Nasser Hospital"),
    ],
)
def test_an_organisation_no_table_knows_speaks_by_its_own_name(reference, text, source):
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        # a person after the verb says nothing of whose figure it is
        "At least 18 people were killed in the strike, said Mohammed Zaqout.",
        # a name after the verb speaks only when it ends the sentence
        "At least 18 people were killed in the strike, said Nasser Hospital staff at the scene.",
    ],
)
def test_a_name_that_is_no_organisation_is_no_source(reference, text):
    assert sources_of(reference, text) == [""]
