"""Event words inside an idiom that names no event (the `not_an_event` role) tell nothing of a count."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in

IDIOMS = [
    "A ceasefire took hold on Sunday.",
    "A ceasefire takes hold on Sunday.",
    "A ceasefire is expected to take hold on Sunday.",
    "A ceasefire has taken hold since Sunday.",
    "A ceasefire was taking hold on Sunday.",
    "Leaders held talks in Cairo on Sunday.",
    "Leaders will hold talks in Cairo on Sunday.",
    "Leaders were holding talks in Cairo on Sunday.",
    "Ministers held a meeting in Cairo on Sunday.",
    "The army held a press conference on Sunday.",
    "The army held a news conference on Sunday.",
]


@pytest.mark.parametrize("idiom", IDIOMS)
def test_an_idiom_before_a_bare_total_makes_it_no_count_of_hostages(reference, idiom):
    text = f"{idiom} The total stood at 46,006, the Gaza health ministry said."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == []


def test_holding_people_is_still_an_event(reference):
    figures = figures_in(reference, "Hamas is holding 59 hostages in Gaza.", "en")
    assert [(f["value"], f["metric"]) for f in figures] == [(59, "hostages_held")]


def test_an_idiom_in_the_sentence_of_a_bare_count_gives_it_no_event(reference):
    text = "Leaders held talks on Sunday as the figure rose to 46,006, the Gaza health ministry said."
    assert figures_in(reference, text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Environ 2 000 personnes se sont rassemblées dimanche en hommage aux victimes.",
        "Environ 2 000 personnes ont marché en mémoire des victimes.",
        "Environ 2 000 personnes, dont des familles des victimes, ont défilé.",
    ],
)
def test_people_who_gather_for_the_victims_are_no_victims(reference, text):
    assert figures_in(reference, text, "fr") == []


def test_victims_a_strike_makes_are_its_dead(reference):
    figures = figures_in(reference, "La frappe a fait 30 victimes à Gaza.", "fr")
    assert [(f["value"], f["metric"]) for f in figures] == [(30, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Its relief and rescue teams had pulled 415 people alive from the rubble across Iran."),
        ("en", "Rescue workers had pulled 415 people alive from the rubble across Iran."),
        ("en", "Rescue crews had pulled 415 people alive from the rubble across Iran."),
        ("es", "Los equipos de rescate sacaron con vida a 415 personas de los escombros en Irán."),
        ("es", "Los servicios de rescate sacaron con vida a 415 personas de los escombros en Irán."),
    ],
)
def test_rescuers_who_pull_people_from_the_rubble_count_no_rescued_hostages(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    "verb", ["had not taken part", "did not take part", "never took part", "were not taking part"]
)
def test_taking_part_takes_no_hostages(reference, verb):
    text = f"Strikes killed 1,391 Palestinians in Gaza, and 759 of them {verb} in the hostilities."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed", "killed"]


@pytest.mark.parametrize("verb", ["has taken in", "had taken in", "have taken in"])
def test_a_ward_that_has_taken_in_the_wounded_takes_no_hostages(reference, verb):
    text = f"Its rehabilitation wards {verb} 7,800 wounded soldiers since the war began in Gaza."
    assert [(f["metric"], f["subgroup"]) for f in figures_in(reference, text, "en")] == [
        ("injured", "soldiers")
    ]


def test_hostages_taken_in_the_attack_are_still_taken(reference):
    text = "Hamas has taken 240 hostages in Gaza. About 240 people were taken in the attack on Israel."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["hostages_taken", "hostages_taken"]


@pytest.mark.parametrize("pronoun", ["she", "he", "they", "we"])
def test_an_event_verb_of_a_clause_with_its_own_subject_pronoun_is_not_the_counts(reference, pronoun):
    # "she held" a rally: the people who attended it are no hostages held
    text = f"More than 10,000 people attended a rally {pronoun} held in Michigan earlier this week."
    assert figures_in(reference, text, "en") == []


def test_a_count_a_pronoun_says_was_killed_is_still_killed(reference):
    text = "At least 20 people she said were killed in the strike were buried on Monday."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed"]
