"""Which verb is a count's own: not one of a clause of its own, a subordinate clause or an aside."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import metrics_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Israel wants the 58 hostages still held in Gaza freed. Of them, at least 20 are believed to be"
            " alive, while Israel has confirmed the deaths of 35.",
        ),
        (
            "es",
            "Israel exige la liberación de los 58 rehenes que siguen en Gaza. De ellos, al menos 20 siguen"
            " con vida, mientras que Israel ha confirmado la muerte de 35.",
        ),
        (
            "fr",
            "Israël réclame la libération des 58 otages encore retenus. Parmi eux, au moins 20 seraient"
            " en vie, alors qu'Israël a confirmé la mort de 35.",
        ),
        (
            "fr",
            "Israël réclame la libération des 58 otages encore retenus. Parmi eux, au moins 20 seraient"
            " en vie, tandis que l'armée a confirmé la mort de 35.",
        ),
        (
            "fr",
            "Israël réclame la libération des 58 otages encore retenus. Parmi eux, au moins 20 seraient"
            " en vie, alors que l'armée a confirmé la mort de 35.",
        ),
        (
            "fr",
            "Israël réclame la libération des 58 otages encore retenus. Parmi eux, au moins 20 seraient"
            " en vie, tandis qu'Israël a confirmé la mort de 35.",
        ),
    ],
)
def test_a_verb_in_a_clause_of_its_own_after_the_count_is_not_the_counts(reference, language, text):
    assert metrics_of(reference, text, language) == [
        (58, "hostages_held"),
        (20, "hostages_held"),
        (35, "hostages_dead"),
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("All 20 living hostages held in Gaza were released on Monday.", "hostages_released"),
        ("Five people wounded in the strike in Gaza have died.", "killed"),
        # a past perfect tells of before: the participle stays the count's verb
        ("Sixty prisoners released on Saturday had been detained in Gaza.", "prisoners_released"),
    ],
)
def test_past_a_participle_the_verb_with_an_auxiliary_is_the_counts(reference, text, metric):
    assert [m for _, m in metrics_of(reference, text)] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a participle modifies the noun; the linking verb after it is the count's own
        ("116 hostages abducted on October 7 remain in Gaza.", "hostages_held"),
        ("Some 60,000 Israelis evacuated from the north remain displaced.", "displaced"),
        # with an auxiliary the first verb is the count's own
        ("Four Thais were abducted on October 7 and remain in captivity.", "hostages_taken"),
    ],
)
def test_a_linking_verb_after_a_participle_is_the_counts_verb(reference, text, metric):
    assert metrics_of(reference, text)[0][1] == metric


def test_palestinians_israel_frees_stay_prisoners_whatever_the_clause_after_them_counts(reference):
    # the hostages are the subject of a clause of their own, not what the count counts
    text = "Israel frees 1,968 Palestinians as last living hostages return."
    assert metrics_of(reference, text) == [(1968, "prisoners_released")]


@pytest.mark.parametrize(
    "text",
    [
        "Around 100 hostages remain in Gaza, a third of whom are believed to be dead.",
        "About 100 hostages are still held in Gaza, including 30 who have been declared dead.",
        # four words before "of whom"
        "Around 100 captives are still inside Gaza, at least a third of whom are believed to be dead.",
    ],
)
def test_a_clause_about_a_part_closes_the_wholes_predicate(reference, text):
    assert metrics_of(reference, text)[0] == (100, "hostages_held")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Some 60,000 Israelis remain displaced from the north.", "displaced"),
        ("Some 1,000 people remain missing in Gaza.", "missing"),
        ("About 59 hostages remain in Gaza.", "hostages_held"),  # on its own, the verb is the event
        ("Unas 126 personas permanecen secuestradas en Gaza.", "hostages_held"),  # taken, so still held
        ("Four people remain in critical condition.", "injured"),
    ],
)
def test_a_linking_verb_takes_the_event_after_it(reference, text, metric):
    assert [m for _, m in metrics_of(reference, text)] == [metric]


@pytest.mark.parametrize(
    "clause",
    [
        "since the truce took effect",  # its subject a noun
        "since Israel freed the hostages",  # a name
        "since it freed the hostages",  # a pronoun
    ],
)
def test_a_verb_after_a_clause_of_its_own_is_not_the_counts(reference, clause):
    text = f"Strikes killed 104 people, including 46 children, in the deadliest day {clause}."
    assert metrics_of(reference, text) == [(104, "killed"), (46, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Militants hold 50 hostages, around 20 of whom are believed to be alive, "
            "after most of the rest were released in ceasefire deals.",
        ),
        (
            "fr",
            "Le Hamas détient 50 otages, dont 20 sont en vie, "
            "après que la plupart des autres ont été libérés.",
        ),
        ("en", "Militants hold 50 hostages, 20 of them alive, after the rest of the captives were freed."),
        (
            "es",
            "Hamás retiene a 50 rehenes, 20 de los cuales están vivos, "
            "después de que la mayoría de los demás fueran liberados.",
        ),
    ],
)
def test_a_clause_whose_subject_is_a_quantity_is_not_the_counts(reference, language, text):
    assert metrics_of(reference, text, language) == [(50, "hostages_held"), (20, "hostages_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *[
            (
                "en",
                f"Militants hold 50 hostages, 20 of whom are believed alive, after {quantity} were released.",
            )
            for quantity in ["most", "many", "some", "others"]
        ],
        *[
            (
                "es",
                "Hamás retiene a 50 rehenes, 20 de los cuales están vivos, "
                f"después de que {quantity} fueran liberados.",
            )
            for quantity in ["muchos", "algunos", "otros"]
        ],
        *[
            ("fr", f"Le Hamas détient 50 otages, dont 20 sont en vie, après que {quantity} ont été libérés.")
            for quantity in ["beaucoup", "certains", "d'autres", "le reste"]
        ],
    ],
)
def test_a_quantity_may_open_a_clause_of_its_own(reference, language, text):
    assert metrics_of(reference, text, language)[-1] == (20, "hostages_held")


def test_a_noun_in_a_clause_of_its_own_is_not_what_the_count_counts(reference):
    text = "Strikes killed 274 people in the deadliest day since the army freed the hostages."
    assert metrics_of(reference, text) == [(274, "killed")]


def test_since_before_a_verb_is_no_clause_of_its_own(reference):
    text = "Of the 251 people taken hostage, 40 have since been killed."
    assert metrics_of(reference, text)[-1] == (40, "hostages_dead")


def test_a_verb_after_still_other_than_held_does_not_decide_the_event(reference):
    assert metrics_of(reference, "The strike killed 20 people still sheltering in the school.") == [
        (20, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "took" after a count is never what befell it: a truce took effect, an event took place
        (
            "Strikes killed 12 people, including two children, the ministry said, in the deadliest day"
            " since a ceasefire with Hezbollah took effect.",
            [(12, "killed"), (2, "killed")],
        ),
        (
            "Strikes killed 12 people, including two children, the ministry said, in the deadliest day"
            " since a ceasefire with Hezbollah started taking effect.",
            [(12, "killed"), (2, "killed")],
        ),
        ("Hamas took 251 hostages.", [(251, "hostages_taken")]),
        ("Of the 251 people taken, 59 remain.", [(251, "hostages_taken"), (59, "hostages_held")]),
    ],
)
def test_took_counts_only_what_follows_it(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The remaining 20 hostages will be freed next week.", [(20, "hostages_released")]),
        ("es", "Los restantes 59 rehenes serán liberados.", [(59, "hostages_released")]),
        ("en", "The remaining 24 hostages are believed to be alive.", [(24, "hostages_held")]),
        # a participle of what befell them is no state: the count is of those released
        ("en", "The released 20 hostages were taken to hospital.", [(20, "hostages_released")]),
    ],
)
def test_the_verb_after_the_remaining_count_decides(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a verb before the count's adjective of state governs it
        ("Hamas released the remaining 20 hostages on Monday.", "hostages_released"),
        ("Hamas is to return the remaining 13 bodies.", "hostages_dead"),
        # a noun of the event asks for it: the count is of those who remain
        ("Washington has pushed for the release of the remaining 100 hostages.", "hostages_held"),
        ("Hamas still holds the remaining 20 hostages.", "hostages_held"),
    ],
)
def test_a_verb_before_the_remaining_count_governs_it(reference, text, metric):
    assert [m for _, m in metrics_of(reference, text)] == [metric]


def test_a_count_that_receives_what_a_verb_hands_over_is_not_freed(reference):
    assert metrics_of(reference, "UNRWA handed over food parcels to 30,000 people in Rafah.") == []
    assert metrics_of(reference, "Hamas handed over to the Red Cross 20 hostages.") == [
        (20, "hostages_released")
    ]


def test_the_event_s_people_as_subject_of_a_rising_count_name_what_it_counts(reference):
    # "rose" before "to" is the count's verb, not an object handed to a recipient
    text = "The death toll rose to 60, while the wounded rose to 1,645."
    assert metrics_of(reference, text) == [(60, "killed"), (1645, "injured")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The ICRC renewed its call for the release of the hostages still held in Gaza, whose number"
            " Israeli authorities put at 120, and for access to them.",
            "reported",
        ),
        ("Hamas agreed to the plan, which provides for the release of 33 hostages.", "proposed"),
    ],
)
def test_a_count_in_a_relative_clause_takes_its_status_from_that_clause(reference, text, status):
    assert [f["status"] for f in figures_in(reference, text, "en")] == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last 20 hostages held in Gaza were freed on Monday, two years after they were abducted.",
            [(20, "hostages_released")],
        ),
        ("Some 40 people were killed in Gaza when their house was hit.", [(40, "killed")]),
    ],
)
def test_a_verb_in_a_subordinate_clause_after_the_counts_own_is_not_its(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_count_whose_noun_names_its_event_keeps_it_past_a_comma(reference):
    text = (
        "The ministry said the toll rose to 35,000 dead and 78,000 injuries, adding that many victims "
        "are still under the rubble."
    )
    assert metrics_of(reference, text) == [(35000, "killed"), (78000, "injured")]


def test_a_count_after_a_modal_is_the_object_of_its_verb_not_of_an_event_before_it(reference):
    text = "The army's plan to seize the town could force about 300,000 people to leave their homes."
    assert metrics_of(reference, text) == [(300000, "displaced")]


def test_a_verb_of_publication_with_its_source_is_the_figures_not_what_befell_the_people(reference):
    text = "The new toll replaces an earlier one of 12 dead and 40 injured released by the health ministry."
    assert metrics_of(reference, text) == [(12, "killed"), (40, "injured")]


def test_a_tolls_own_words_name_its_event_before_an_aside_does(reference):
    text = (
        "The total number of Palestinians killed in Gaza, including those missing and presumed dead"
        " under the rubble, now exceeds 52,000."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed"]
