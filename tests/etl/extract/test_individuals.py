"""The number one standing for a noun or naming a speaker is no count (etl.extract.individuals)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun after a determiner
        "The toll could be several times the reported one, researchers said of the 40 killed.",
        "It is nearly double the one issued in June, when 40 people were killed.",
        "Four indirect deaths for every violent one: 40 people were killed, researchers said.",
        "Four indirect deaths for each violent one: 40 people were killed, researchers said.",
        "The camp held 200 detainees at any one time, and 40 people were killed there.",
        # a speaker after a speech verb
        '"We saw 40 people killed," said one man, who asked not to be named.',
        '"We saw 40 people killed," said one released prisoner, hugging his mother.',
    ],
)
def test_one_that_stands_for_a_noun_or_names_a_speaker_is_no_count(reference, text):
    assert 1 not in [f["value"] for f in figures_in(reference, text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said one man was killed.",
        "A drone hit a building in Tel Aviv, killing one man.",
        "That includes one American, who was released on Sunday.",
        "Its soldiers have been killed since October, including one on Monday.",
    ],
)
def test_one_that_counts_is_still_read(reference, text):
    assert 1 in [f["value"] for f in figures_in(reference, text, "en")]
