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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Iran's Foundation of Martyrs and Veterans Affairs said that 1,062 people were killed.",
            "Foundation of Martyrs and Veterans Affairs",
        ),
        # the name of a person's title is no organisation's: the owner speaks
        ("Iran's Supreme Leader said 4 people were killed.", "Iranian government"),
        # a name the tables know is a source of its own
        ("Israel's Health Ministry said 20 people were wounded.", "Israeli official figures"),
    ],
)
def test_an_organisation_after_a_sources_possessive_speaks_for_itself(reference, text, source):
    assert sources_of(reference, text) == [source]


def test_an_organisation_after_a_countrys_possessive_is_in_that_country(reference):
    # the war names another place: the country is where the organisation is, not a place of the count's
    text = "Iran's Foundation of Martyrs and Veterans Affairs said 1,062 were killed in the war with Israel."
    assert [f["location"] for f in figures_in(reference, text, "en")] == ["Iran"]


def test_a_name_headed_by_a_word_that_could_point_back_is_a_name_of_its_own(reference):
    text = "Strikes killed nine people and injured 1,011, the National Fire Agency said."
    assert sources_of(reference, text) == ["National Fire Agency", "National Fire Agency"]


@pytest.mark.parametrize("agency", ["The Agency", "The agency"])
def test_a_word_that_points_back_after_its_article_still_points_back(reference, agency):
    text = f"UNRWA said 1,580 children were killed. {agency} said 200 more were wounded."
    assert sources_of(reference, text) == ["UNRWA", "UNRWA"]
