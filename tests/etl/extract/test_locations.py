"""Where a figure is placed when its clause names a list of places."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from etl.extract.lexicon import build_lexicon
from etl.extract.locations import listed_places


def place_of(reference, text: str, language: str = "en") -> list[str]:
    document = Document(doc="t.txt", text=text, language=language, published_at=date(2024, 3, 4))
    return [figure["location"] for figure in extract_rows(document, reference)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 20 people were killed in Gaza and the West Bank."),
        ("en", "At least 20 people were killed in northern Israel, the Golan Heights and southern Lebanon."),
        ("es", "Al menos 20 personas murieron en Gaza y Cisjordania."),
        ("fr", "Au moins 20 personnes ont été tuées à Gaza et en Cisjordanie."),
    ],
)
def test_a_count_over_a_list_of_places_is_not_placed(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Strikes killed 20 people in Rafah and Khan Younis.", ["Gaza"]),  # one location listed twice
        (
            "At least 20 people were killed in Gaza, Israel's military said.",
            ["Gaza"],
        ),  # no list: no conjunction
        ("At least 20 people were killed in Gaza, while 5 died in the West Bank.", ["Gaza", "West Bank"]),
    ],
)
def test_places_that_are_no_list_keep_their_figure_placed(reference, text, places):
    assert place_of(reference, text) == places


def test_a_list_needs_a_conjunction_before_its_last_place(reference):
    lex = build_lexicon(reference, "en")
    listed = "killed in Gaza, Lebanon and Israel"
    apposition = "killed in Gaza, Lebanon's neighbour to the south"
    assert listed_places(lex, listed, listed.index("Gaza"), []) == {"Gaza", "Lebanon", "Israel"}
    assert listed_places(lex, apposition, apposition.index("Gaza"), []) == {"Gaza"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gaza war\n\nIsrael says it has killed more than 17,000 fighters.", ["Gaza"]),
        ("Losses\n\nHezbollah said it had lost 500 fighters.", ["Lebanon"]),
    ],
)
def test_a_source_telling_of_its_own_act_does_not_place_the_people_it_acted_on(reference, text, places):
    """Its home places its own losses, not the people it says it killed."""
    assert place_of(reference, text) == places
