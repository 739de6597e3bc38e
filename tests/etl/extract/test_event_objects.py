"""A verb with people of its own as object tells what befell them, not the count before it
(etl.extract.metrics.has_people_object)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Israel released 1,968 prisoners, including 250 serving life sentences "
            "for attacks that killed Israelis.",
        ),
        (
            "en",
            "Israel released 1,968 prisoners, including 250 jailed over attacks "
            "that killed Israeli soldiers.",
        ),
        (
            "es",
            "Israel liberó a 1.968 presos, entre ellos 250 condenados por ataques "
            "que mataron a civiles israelíes.",
        ),
        (
            "fr",
            "Israël a libéré 1 968 prisonniers, dont 250 condamnés pour des attaques qui ont tué des civils.",
        ),
    ],
)
def test_a_part_jailed_for_killing_others_is_no_count_of_the_dead(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (1968, "prisoners_released"),
        (250, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # a verb of several words needs an article before the people: "israelíes" is the prisons'
        ("es", "Unos 180 palestinos han salido de las cárceles israelíes.", "prisoners_released"),
        # without people after it, the verb is the count's
        ("en", "About 30 people were killed in the strike.", "killed"),
    ],
)
def test_a_verb_without_people_as_object_is_the_counts(reference, language, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, language)] == [metric]
