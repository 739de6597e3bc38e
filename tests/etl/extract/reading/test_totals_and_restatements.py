"""Totals, tolls and restated counts: what "the number of", "the toll" and an earlier figure count."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import figures_of, metrics_of


@pytest.mark.parametrize(
    "toll", ["the army's death toll", "the army's toll", "the military's toll", "the military death toll"]
)
def test_the_armys_death_toll_counts_soldiers(reference, toll):
    text = f"Three soldiers were killed, bringing {toll} in the ground offensive to 450."
    assert [(f["value"], f["subgroup"]) for f in figures_of(reference, text)] == [
        (3, "soldiers"),
        (450, "soldiers"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A soldier was killed, raising to 380 the number of troops killed in Gaza."),
        ("es", "Un soldado murió, lo que eleva a 380 el número de militares muertos en Gaza."),
        ("fr", "Un soldat a été tué, ce qui porte à 380 le nombre de soldats tués à Gaza."),
    ],
)
def test_what_a_number_counts_may_follow_it_after_the_number_of(reference, language, text):
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures_of(reference, text, language)]
    assert found == [(380, "killed", "soldiers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas returned four hostage bodies on Thursday.", [(4, "hostages_dead")]),
        (
            "Troops recovered the bodies of two hostages, bringing the number of hostage bodies returned to "
            "Israel to 40.",
            [(2, "hostages_dead"), (40, "hostages_dead")],
        ),
        (
            "Four reservists were killed, bringing the number of soldiers killed in the ground operation "
            "to 310.",
            [(4, "killed"), (310, "killed")],
        ),
        (
            "Hamas freed 4 hostages, bringing the number of hostages released to 109.",
            [(4, "hostages_released"), (109, "hostages_released")],
        ),
        # the number of things is no count of people
        ("The strike killed 12 people, raising the number of hospitals hit in Gaza to 20.", [(12, "killed")]),
        (
            "The strikes displaced 500 people, bringing the number of homes destroyed to 7,000.",
            [(500, "displaced")],
        ),
    ],
)
def test_the_number_of_what_a_clause_names_is_what_its_total_counts(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_total_put_at_a_number_counts_the_kind_named_before_it(reference):
    text = (
        "The figure does not include detainees from Gaza held in military camps, whose number the prison"
        " service put at 2,673."
    )
    assert metrics_of(reference, text) == [(2673, "prisoners_held")]


@pytest.mark.parametrize(
    "total",
    [
        "bringing the number of arrests since October 2023 to more than 18,000",
        "bringing the number of detainees to more than 18,000",
        "bringing the number of Palestinians detained there to more than 18,000",
    ],
)
def test_a_total_of_prisoners_keeps_the_place_of_the_count_it_goes_on_from(reference, total):
    text = f"Israeli forces arrested 25 people across the West Bank, {total}."
    figures = figures_of(reference, text)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (25, "prisoners_held", "West Bank"),
        (18000, "prisoners_held", "West Bank"),
    ]


RESTATED = {
    "en": (
        "The army said 17,000 fighters were killed in Gaza.",
        "Three months ago, the army {verb} about 14,000.",
    ),
    "es": (
        "El ejército dijo que 17.000 combatientes murieron en Gaza.",
        "Hace tres meses, el ejército {verb} 14.000.",
    ),
    "fr": (
        "L'armée a dit que 17 000 combattants ont été tués à Gaza.",
        "Il y a trois mois, l'armée {verb} 14 000.",
    ),
}


@pytest.mark.parametrize(
    ("language", "verb"),
    [
        ("en", "spoke of"),
        ("en", "speaks of"),
        ("en", "put the figure at"),
        ("en", "put the number at"),
        ("es", "hablaba de"),
        ("es", "habló de"),
        ("es", "cifraba en"),
        ("fr", "parlait de"),
        ("fr", "évoquait"),
        ("fr", "en recensait"),
        ("fr", "en recense"),
        ("fr", "en comptait"),
        ("fr", "en compte"),
        ("fr", "en compte, lui,"),
        ("fr", "en dénombrait"),
    ],
)
def test_a_bare_count_a_speaker_restates_is_the_count_of_the_sentence_before(reference, language, verb):
    first, second = RESTATED[language]
    figures = figures_in(reference, f"{first} {second.format(verb=verb)}", language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures][1:] == [
        (14000, "killed", "combatants")
    ]


def test_a_bare_count_that_does_not_close_its_clause_restates_nothing(reference):
    text = (
        "The army said 17,000 fighters were killed in Gaza. The army spoke of 14,000 in its report of March."
    )
    assert [f["value"] for f in figures_in(reference, text)] == [17000]


def test_a_figure_put_at_a_number_in_a_sentence_without_an_event_is_of_the_kind_counted_before(reference):
    text = (
        "As of 1 July, 9,623 Palestinians were held in Israeli prisons, including 4,781 held in"
        " administrative detention. Before the war, the figure stood at about 5,300."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["prisoners_held"] * 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *[
            (
                "en",
                f"On Sunday the ministry's toll stood at 46,913. By Monday it had {phrase} 47,317.",
            )
            for phrase in ("raised it to", "brought it to", "revised it to", "put it at")
        ],
        ("es", "El domingo el ministerio cifró en 46.913 los muertos. El lunes lo elevó a 47.317."),
        ("es", "El domingo la cifra de muertos era de 46.913. El lunes el ministerio la elevó a 47.317."),
        ("fr", "Dimanche, le ministère faisait état de 46 913 morts. Lundi, il l'a porté à 47 317."),
        ("fr", "Dimanche, le ministère faisait état de 46 913 morts. Lundi, il l'a relevé à 47 317."),
    ],
)
def test_a_toll_pointed_back_to_by_a_pronoun_counts_what_the_toll_before_counted(reference, language, text):
    assert metrics_of(reference, text, language) == [(46913, "killed"), (47317, "killed")]


@pytest.mark.parametrize("verb", ["podría superar el", "supera el", "superan el"])
def test_a_count_a_verb_of_passing_leads_is_more_than_it(reference, verb):
    text = f"ACNUR advierte de que el número de desplazados en Líbano {verb} millón."
    assert [f["qualifier"] for f in figures_of(reference, text, "es")] == ["more_than"]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas returned four bodies, bringing the number of bodies returned to 15.",
        "Hamas returned four bodies, bringing to 15 the number of bodies returned.",
        "Hamas returned four bodies, leaving 15 bodies still in Gaza.",
    ],
)
def test_bodies_returned_are_the_dead_not_the_released(reference, text):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"]) for f in figures] == [(4, "hostages_dead"), (15, "hostages_dead")]
