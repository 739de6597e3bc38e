"""How one count takes its metric from the counts around it (etl.extract.reading)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.conftest import figures_in


def figures_of(reference, text: str, language: str = "en") -> list[dict]:
    return figures_in(reference, text, language, date(2025, 2, 8))


def metrics_of(reference, text: str, language: str = "en") -> list[tuple[int, str]]:
    return [(figure["value"], figure["metric"]) for figure in figures_of(reference, text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So far, 21 hostages and 766 prisoners have been released.",
            [(21, "hostages_released"), (766, "prisoners_released")],
        ),
        (
            "On Saturday 3 hostages, 183 prisoners and 5 Thais were freed.",
            [(3, "hostages_released"), (183, "prisoners_released"), (5, "hostages_released")],
        ),
        # a count of people lends no verb to the count of a kind before it
        (
            "There are 59 hostages and 1,000 people were killed.",
            [(59, "hostages_held"), (1000, "killed")],
        ),
    ],
)
def test_counts_coordinated_before_a_verb_share_it(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The ministry's list of the dead, published the same day, includes 16,302 children and 10,955"
            " women.",
            [(16302, "killed"), (10955, "killed")],
        ),
        (
            "en",
            "The list of the dead, published on Monday, includes 16,302 children and 10,955 women in Gaza.",
            [(16302, "killed"), (10955, "killed")],
        ),
        # a count with a verb of its own keeps to it
        (
            "es",
            "Más de 1,2 millones de personas huyeron de sus hogares en el Líbano, y unas 600.000 ya han"
            " regresado.",
            [(1200000, "displaced")],
        ),
    ],
)
def test_a_count_coordinated_after_a_count_with_no_verb_of_its_own_shares_its_kind(
    reference, language, text, expected
):
    assert metrics_of(reference, text, language) == expected


def test_a_count_of_others_is_of_the_kind_before_it(reference):
    text = "Hamas freed 25 hostages and the bodies of eight others."
    assert metrics_of(reference, text) == [(25, "hostages_released"), (8, "hostages_dead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas released the remains of four deceased hostages. "
            "The bodies of 24 others are still believed to be in Gaza.",
            [(4, "hostages_dead"), (24, "hostages_dead")],
        ),
        ("Five people were killed in the strike. Ten others were wounded.", [(5, "killed"), (10, "injured")]),
    ],
)
def test_a_count_of_others_is_of_the_kind_of_the_sentence_before(reference, text, expected):
    assert metrics_of(reference, text) == expected


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


def test_others_named_as_people_are_still_others(reference):
    text = "Le Hamas détient encore 20 otages. Les corps de trois autres personnes ont été rendus lundi."
    assert metrics_of(reference, text, "fr") == [(20, "hostages_held"), (3, "hostages_dead")]


def test_the_bodies_included_in_a_count_are_part_of_it(reference):
    text = "49 hostages are still held in Gaza, including the bodies of 27 confirmed dead."
    assert metrics_of(reference, text) == [(49, "hostages_held"), (27, "hostages_dead")]


@pytest.mark.parametrize(
    "text",
    ["More than 50,000 children have been killed or injured in Gaza.", "Some 300 were killed and wounded."],
)
def test_one_count_of_the_killed_and_injured_is_of_casualties(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["casualties"]


def test_an_armys_losses_are_its_dead(reference):
    assert metrics_of(reference, "Its losses stand at 316 soldiers since the ground invasion began.") == [
        (316, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("About 50 soldiers and civilians were killed in Israel.", "all"),
        ("12 children and women were killed in Gaza.", "women_and_children"),
        ("Nine soldiers were killed in Gaza.", "soldiers"),
        (
            "Two soldiers and a civilian were killed in Gaza.",
            "soldiers",
        ),  # the civilian is a count of its own
    ],
)
def test_a_count_of_two_subgroups_is_of_all(reference, text, subgroup):
    document = Document(doc="t.txt", text=text, published_at=date(2025, 2, 8))
    assert [figure["subgroup"] for figure in extract_rows(document, reference)] == [subgroup]


@pytest.mark.parametrize(
    ("text", "subgroups"),
    [
        (
            "Hamas released 105 civilians in the truce, and four hostages were released before it.",
            ["civilians", "all"],
        ),
        ("Israel freed 240 women, and 150 prisoners were freed later.", ["women", "all"]),
        (
            "Hamas released 105 civilians in the truce, and four more were released before it.",
            ["civilians"] * 2,
        ),
    ],
)
def test_a_coordinated_count_that_names_its_kind_is_not_of_the_subgroup_before_it(reference, text, subgroups):
    assert [figure["subgroup"] for figure in figures_of(reference, text)] == subgroups


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
    "text",
    [
        "Another 10,000 people are believed to be buried under rubble in Gaza.",
        "Rescuers were searching for 14 people trapped under the debris.",
    ],
)
def test_people_under_the_rubble_are_missing(reference, text):
    assert [m for _, m in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The Israel Prison Service said it was holding 10,800 Palestinians.", "prisoners_held"),
        ("Hamas is holding 59 people in Gaza.", "hostages_held"),
        ("Israel is holding 3,000 Gazans without charge.", "prisoners_held"),
    ],
)
def test_palestinians_held_are_prisoners(reference, text, metric):
    assert [m for _, m in metrics_of(reference, text)] == [metric]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Israel retiene a 3.000 gazatíes sin cargos."),
        ("fr", "Israël détient 3 000 Gazaouis sans inculpation."),
        ("fr", "Israël retient 3 000 Palestiniens sans inculpation."),
        ("fr", "Ses services détiennent 3 000 Palestiniens."),
        ("fr", "Ses services retiennent 3 000 Palestiniens."),
    ],
)
def test_palestinians_held_are_prisoners_in_every_language(reference, language, text):
    assert [m for _, m in metrics_of(reference, text, language)] == ["prisoners_held"]


@pytest.mark.parametrize(
    "text",
    [
        "The truce saw 33 hostages, eight of them dead, returned to Israel.",
        "The truce saw 33 hostages — eight of them dead — returned to Israel.",
        "The truce saw 33 hostages—eight of them dead—returned to Israel.",
        "The truce saw 33 hostages - eight of them dead - returned to Israel.",
    ],
)
def test_the_verb_after_a_part_set_off_by_commas_or_dashes_is_the_wholes(reference, text):
    assert metrics_of(reference, text) == [(33, "hostages_released"), (8, "hostages_dead")]


def test_a_linking_verb_after_the_parts_tells_the_state_of_people_of_no_kind(reference):
    """The whole is placed by a few words before its part, and the verb after the part links it to
    where they are: those held are hostages, and the part that died is of dead hostages."""
    text = "Six Nepali students still in Gaza, including one believed dead, remain in captivity."
    assert metrics_of(reference, text) == [(6, "hostages_held"), (1, "hostages_dead")]


@pytest.mark.parametrize(
    "part",
    [
        "Among them are 207 UN staff.",  # inverted: the copula after the inclusion
        "Among them, 207 were UN staff.",  # the inclusion set off by a comma
        "Of those, 207 were UN staff.",
    ],
)
def test_a_part_of_the_last_sentences_count_is_of_its_metric(reference, part):
    text = f"At least 278 aid workers have been killed in Gaza, the UN said. {part}"
    document = Document(doc="t.txt", text=text, published_at=date(2025, 2, 8))
    found = [(f["value"], f["metric"], f["subgroup"]) for f in extract_rows(document, reference)]
    assert found == [(278, "killed", "aid_workers"), (207, "killed", "un_staff")]


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


def test_palestinians_israel_frees_are_prisoners_released(reference):
    assert metrics_of(reference, "Israel freed 90 Palestinians on Saturday.") == [(90, "prisoners_released")]


def test_palestinians_israel_frees_stay_prisoners_whatever_the_clause_after_them_counts(reference):
    # the hostages are the subject of a clause of their own, not what the count counts
    text = "Israel frees 1,968 Palestinians as last living hostages return."
    assert metrics_of(reference, text) == [(1968, "prisoners_released")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partitive names what is counted, for each count of its clause
        (
            "Of the prisoners freed, 18 were serving life sentences and 111 had been detained in Gaza.",
            [(18, "prisoners_released"), (111, "prisoners_released")],
        ),
        ("Of the hostages, 18 were killed in captivity.", [(18, "hostages_dead")]),
        # a verb of before tells of the part's past, not of the count
        ("Of those released, 5 had been held for a year.", [(5, "hostages_released")]),
    ],
)
def test_a_fronted_partitive_names_the_counts_domain_and_event(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_bare_count_after_another_is_of_the_kind_counted_before(reference):
    text = "Some 20 hostages are alive in Gaza, and Hamas is holding the remains of another 30."
    assert metrics_of(reference, text) == [(20, "hostages_held"), (30, "hostages_dead")]


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
    ("language", "text"),
    [
        ("en", "Some 300,000 people remain in northern Gaza."),
        ("en", "About 400,000 civilians are still in Gaza City."),
        ("es", "Unas 300.000 personas siguen en el norte de Gaza."),
        ("fr", "Quelque 300 000 personnes restent dans le nord de Gaza."),
    ],
)
def test_people_who_remain_somewhere_are_no_hostages(reference, language, text):
    assert metrics_of(reference, text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas took 251 hostages. The army said 59 remain in Gaza.",
            [(251, "hostages_taken"), (59, "hostages_held")],
        ),
        (
            "Militants abducted 251 people; 97 remain in Gaza.",
            [(251, "hostages_taken"), (97, "hostages_held")],
        ),
        (
            "Israel has freed 90 prisoners; 20 remain in its jails.",
            [(90, "prisoners_released"), (20, "prisoners_held")],
        ),
        ("Strikes killed 40 people. Another 30 remain in Gaza City.", [(40, "killed")]),
        # the nearest figure, in the sentence before the document; "remain" is the count's own verb
        (
            "Strikes killed 40 people on Monday. Hamas took 251 captives in 2023, and 59 remain in Gaza.",
            [(40, "killed"), (251, "hostages_taken"), (59, "hostages_held")],
        ),
    ],
)
def test_a_bare_count_that_remains_is_of_the_kind_before_it(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_bare_count_of_an_event_of_people_keeps_its_own_kind(reference):
    text = "Israeli forces rescued four hostages in Nuseirat. Some 274 were killed in the raid."
    assert metrics_of(reference, text) == [(4, "hostages_rescued"), (274, "killed")]


def test_a_bare_count_kept_kidnapped_is_of_hostages(reference):
    assert metrics_of(reference, "Otras 65 permanecen secuestradas.", "es") == [(65, "hostages_held")]


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


def test_a_part_read_before_its_whole_has_a_verb_takes_the_wholes_metric(reference):
    text = (
        "The ministry said 289 people, including 115 children, have died of hunger, 175 of them since July."
    )
    assert metrics_of(reference, text) == [(289, "killed"), (115, "killed"), (175, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Protesters demanded the release of the 101 hostages still held in Gaza."),
        ("en", "Families demand a deal to bring home the 101 hostages who remain in Gaza."),
        ("es", "Las familias exigen la liberación de los 101 rehenes que siguen en Gaza."),
        ("fr", "Les familles réclament la libération des 101 otages toujours retenus à Gaza."),
    ],
)
def test_a_count_of_those_still_held_is_held_now_whatever_is_demanded(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["value"], f["metric"], f["status"]) for f in figures] == [(101, "hostages_held", "reported")]


def test_a_demanded_release_is_proposed(reference):
    figures = figures_of(reference, "Hamas demands the release of 1,000 prisoners.")
    assert [(f["metric"], f["status"]) for f in figures] == [("prisoners_released", "proposed")]


def test_a_verb_after_still_other_than_held_does_not_decide_the_event(reference):
    assert metrics_of(reference, "The strike killed 20 people still sheltering in the school.") == [
        (20, "killed")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas has freed 20 hostages and returned the bodies of 28."),
        ("fr", "Le Hamas a libéré 20 otages et rendu les corps de 28."),
    ],
)
def test_a_bare_count_of_bodies_is_of_the_kind_counted_before(reference, language, text):
    assert metrics_of(reference, text, language) == [(20, "hostages_released"), (28, "hostages_dead")]


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
        ("Hamas has so far returned four bodies.", [(4, "hostages_dead")]),
        ("Hamas is still holding 24 bodies.", [(24, "hostages_dead")]),
        ("Hamas handed over four coffins to the Red Cross.", [(4, "hostages_dead")]),
        (
            "Hamas freed 20 hostages and returned four bodies.",
            [(20, "hostages_released"), (4, "hostages_dead")],
        ),
    ],
)
def test_bodies_held_or_handed_over_are_counted_as_the_dead(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Hamas still holds 28 dead hostages.", [(28, "hostages_dead")]),
        ("en", "Hamas still holds 28 deceased hostages.", [(28, "hostages_dead")]),
        ("en", "Hamas returned 4 hostages killed in captivity.", [(4, "hostages_dead")]),
        ("en", "Hamas returned 4 hostages who died in captivity.", [(4, "hostages_dead")]),
        ("es", "Hamás retiene aún a 28 rehenes fallecidos.", [(28, "hostages_dead")]),
        ("fr", "Le Hamas détient encore 28 otages morts.", [(28, "hostages_dead")]),
        ("es", "Hamás entregó cuatro ataúdes a la Cruz Roja.", [(4, "hostages_dead")]),
        ("fr", "Le Hamas a remis quatre cercueils à la Croix-Rouge.", [(4, "hostages_dead")]),
        # a part of the dead handed over, named after its whole or before it
        (
            "en",
            "Israel said 24 of the 28 deceased hostages have now been returned.",
            [(24, "hostages_dead"), (28, "hostages_dead")],
        ),
        (
            "en",
            "Of the 28 dead hostages, 24 have been returned.",
            [(28, "hostages_dead"), (24, "hostages_dead")],
        ),
        # both the living and the dead: a count of those held
        ("en", "Hamas holds 48 hostages dead or alive.", [(48, "hostages_held")]),
        ("en", "Hamas returned 4 hostages who were taken from Nir Oz.", [(4, "hostages_released")]),
        (
            "en",
            "Hamas freed 4 hostages on the day a strike killed its commander.",
            [(4, "hostages_released")],
        ),
    ],
)
def test_the_dead_held_or_handed_over_are_counted_as_the_dead(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas has so far handed over the remains of 15 of the 28 dead hostages."),
        ("es", "Hamás ha entregado hasta ahora los restos de 15 de los 28 rehenes fallecidos."),
        ("fr", "Le Hamas a remis les dépouilles de 15 des 28 otages morts."),
    ],
)
def test_a_part_is_of_the_kind_of_the_whole_it_is_taken_from(reference, language, text):
    assert metrics_of(reference, text, language) == [(15, "hostages_dead"), (28, "hostages_dead")]


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 10,000 bodies remain under the rubble.",
        "Four bodies remain missing.",
        "Rescuers say some 10,000 bodies lie under the rubble.",
        "About 300 bodies lying under the rubble have yet to be recovered.",
        "Some 200 bodies lay under the rubble for weeks.",
    ],
)
def test_bodies_that_remain_missing_are_missing(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    "text",
    [
        # people lost, whatever else some of them may be
        "Up to 21,000 children are estimated to be lost, many of them trapped, detained or buried.",
        "Some 5,000 children are lost in Gaza.",
        "About 300 children were lost in the chaos.",
    ],
)
def test_people_who_are_lost_are_missing(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets have killed 45 civilians, as well as 32 soldiers."),
        ("es", "Los cohetes han matado a 45 civiles, así como 32 soldados."),
        ("es", "Los cohetes han matado a 45 civiles y a 32 soldados."),
        ("es", "Los cohetes han matado a 45 civiles, así como a 32 soldados."),
        ("fr", "Les roquettes ont tué 45 civils, ainsi que 32 soldats."),
    ],
)
def test_a_count_after_as_well_as_shares_the_verb_of_the_count_before(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (45, "killed", "civilians"),
        (32, "killed", "soldiers"),
    ]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("An estimated 100 Israelis and foreign nationals remain captive in Gaza.", "all"),
        ("The attack killed 1,200 Israelis and foreigners.", "all"),
        # a nationality alone is still a subgroup
        ("Some 24 Thais were freed.", "foreign_nationals"),
    ],
)
def test_people_of_a_place_and_a_subgroup_are_no_one_subgroup(reference, text, subgroup):
    assert [f["subgroup"] for f in figures_of(reference, text)] == [subgroup]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 14,000 operatives were killed, along with 16,000 civilians."),
        ("en", "About 14,000 operatives were killed, and 16,000 civilians."),
        ("es", "Unos 14.000 milicianos murieron, junto con 16.000 civiles."),
        ("fr", "Quelque 14 000 combattants ont été tués, de même que 16 000 civils."),
        ("en", "About 14,000 operatives were killed, in addition to 16,000 civilians."),
        ("es", "Unos 14.000 milicianos murieron, además de 16.000 civiles."),
    ],
)
def test_a_count_after_the_verb_of_the_count_before_shares_it(reference, language, text):
    assert metrics_of(reference, text, language) == [(14000, "killed"), (16000, "killed")]


def test_a_count_with_a_verb_of_its_own_keeps_it(reference):
    text = "Five people were killed in Jenin, and 20 others were wounded."
    assert metrics_of(reference, text) == [(5, "killed"), (20, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas is to return 33 hostages, eight of whom are dead.",
            [(33, "hostages_released"), (8, "hostages_dead")],
        ),
        (
            "Hamas will hand over 33 hostages, eight of whom are dead.",
            [(33, "hostages_released"), (8, "hostages_dead")],
        ),
        ("Four hostages were returned to Israel on Thursday.", [(4, "hostages_released")]),
        ("Hamas returned four Israelis on Thursday.", [(4, "hostages_released")]),
        # people who return go back: no release, and no figure
        ("Some 500,000 people have returned to northern Gaza, the UN said.", []),
        ("Some 500,000 people are expected to return to northern Gaza, the UN said.", []),
    ],
)
def test_a_return_is_a_release_when_someone_is_returned(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a verb of loss counts the dead only before what it counts, or with a life after it
        ("en", "Hezbollah has lost 500 fighters.", [(500, "killed")]),
        ("en", "Some 500 people have lost their lives in Gaza.", [(500, "killed")]),
        ("es", "Unas 500 personas perdieron la vida en Gaza.", [(500, "killed")]),
        ("fr", "Quelque 500 personnes ont perdu la vie à Gaza.", [(500, "killed")]),
        ("en", "Some 4,000 children have lost one or both legs, UNICEF said.", []),
        ("es", "Unos 4.000 niños han perdido una o ambas piernas.", []),
        ("en", "UNICEF said 4,000 children had lost one or more limbs.", []),
        ("en", "About 500 Palestinians have lost their homes.", [(500, "displaced")]),
        ("es", "Unas 500 personas han perdido sus hogares en Gaza.", [(500, "displaced")]),
        ("fr", "Quelque 500 personnes ont perdu leur maison à Gaza.", [(500, "displaced")]),
    ],
)
def test_what_was_lost_decides_the_count(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


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
    ("text", "expected"),
    [
        ("More than 12,000 patients still need to be evacuated for treatment abroad, WHO said.", []),
        ("About 300 patients were medically evacuated to Egypt.", []),
        ("WHO said 1,200 patients had died while waiting for medical evacuation.", [(1200, "killed")]),
        # an evacuation from danger is a displacement
        ("Some 1,000 people were evacuated from the hospital in Gaza.", [(1000, "displaced")]),
    ],
)
def test_a_medical_evacuation_is_no_displacement(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 101 hostages, 35 have been confirmed dead by the IDF.",
            [(101, "hostages_held"), (35, "hostages_dead")],
        ),
        # counts listed with commas share the verb after them
        (
            "So far, 21 hostages, 766 prisoners and 5 Thais have been released.",
            [(21, "hostages_released"), (766, "prisoners_released"), (5, "hostages_released")],
        ),
    ],
)
def test_the_whole_of_a_fronted_partitive_keeps_its_own_kind(reference, text, expected):
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
    ("language", "text", "subgroup"),
    [
        ("en", "Strikes killed 20 Palestinian children.", "children"),
        ("en", "Strikes killed 20 Palestinian children and women.", "women_and_children"),
        ("en", "Strikes killed 20 Palestinian journalists.", "journalists"),
    ],
)
def test_a_people_word_before_the_head_qualifies_it(reference, language, text, subgroup):
    assert [f["subgroup"] for f in figures_of(reference, text, language)] == [subgroup]


def test_remains_are_the_dead_whatever_only_the_living_undergo(reference):
    text = "Rescue teams have recovered 600 bodies since the ceasefire began."
    assert metrics_of(reference, text) == [(600, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1,500 people are believed to be buried beneath collapsed homes."),
        ("en", "About 1,500 people are believed to be buried under collapsed homes."),
        ("es", "Unas 1.500 personas siguen sepultadas bajo los edificios derrumbados."),
        ("fr", "Environ 1 500 personnes seraient ensevelies sous les immeubles effondrés."),
    ],
)
def test_people_buried_under_buildings_are_missing(reference, language, text):
    assert metrics_of(reference, text, language) == [(1500, "missing")]


def test_an_event_after_and_in_a_phrase_with_no_noun_is_the_next_counts(reference):
    assert metrics_of(reference, "The strike left 30 dead and dozens wounded.") == [(30, "killed")]


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza swap: 7 hostages for 620 prisoners."),
        ("en", "The fourth exchange: 7 hostages for 620 prisoners."),
        ("es", "Israel y Hamás completan el intercambio: 7 rehenes por 620 presos."),
        ("es", "Nuevo canje: 7 rehenes por 620 presos."),
        ("fr", "Nouvel échange : 7 otages pour 620 prisonniers."),
    ],
)
def test_both_sides_of_a_swap_are_released(reference, language, text):
    assert metrics_of(reference, text, language) == [(7, "hostages_released"), (620, "prisoners_released")]


def test_a_swap_named_with_one_side_only_frees_no_one(reference):
    text = "After the last exchange, 59 hostages in Gaza."
    assert metrics_of(reference, text) == [(59, "hostages_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Rockets wounded two people after an Israeli strike killed one of its commanders and two other"
            " fighters.",
        ),
        (
            "es",
            "Los cohetes hirieron a dos personas, después de que un ataque israelí matara a uno de sus"
            " comandantes y a otros dos combatientes.",
        ),
        (
            "fr",
            "Les roquettes ont blessé deux personnes, après qu'une frappe israélienne a tué l'un de ses"
            " commandants et deux autres combattants.",
        ),
    ],
)
def test_a_count_after_and_shares_the_verb_before_the_and_not_the_count_befores(reference, language, text):
    assert metrics_of(reference, text, language) == [(2, "injured"), (2, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strike killed a senior commander and four other people and wounded 28."),
        ("es", "Un ataque mató a un alto comandante y a otras cuatro personas e hirió a 28."),
        ("fr", "Une frappe a tué un haut commandant et quatre autres personnes et en a blessé 28."),
    ],
)
def test_a_first_count_after_and_shares_the_verb_before_the_and(reference, language, text):
    assert metrics_of(reference, text, language) == [(4, "killed"), (28, "injured")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three people were killed and 12 others wounded."),
        ("es", "Tres personas murieron y otras 12 heridas."),
        ("fr", "Trois personnes ont été tuées et 12 autres blessées."),
    ],
)
def test_a_participle_of_another_event_after_a_count_after_and_is_its_own(reference, language, text):
    # its auxiliary left out; but "freed 250 and 1,700 people detained in Gaza" tells how they came to be held
    assert metrics_of(reference, text, language) == [(3, "killed"), (12, "injured")]


def test_a_participle_of_capture_after_a_count_after_and_tells_its_past(reference):
    text = "Israel freed 250 prisoners and 1,700 people detained in Gaza."
    assert metrics_of(reference, text) == [(250, "prisoners_released"), (1700, "prisoners_released")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los ataques hirieron a 20 personas.", [(20, "injured")]),
        ("Los ataques pueden herir a 20 personas.", [(20, "injured")]),
        ("Una persona murió y 20 resultaron heridas.", [(20, "injured")]),
        ("El ataque que matara a 20 personas.", [(20, "killed")]),
        ("Los ataques que mataran a 20 personas.", [(20, "killed")]),
        ("Los ataques podrían matar a 20 personas.", [(20, "killed")]),
    ],
)
def test_spanish_verb_forms_of_killing_and_wounding(reference, text, expected):
    assert metrics_of(reference, text, "es") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Thousands have been displaced on both sides of the border: 96,000 Lebanese and 60,000 Israelis.",
            [(96000, "displaced"), (60000, "displaced")],
        ),
        ("en", "Latest figures: 96,000 Lebanese and 60,000 Israelis.", []),
        # only the verb before the colon heads the list
        (
            "en",
            "Update: 40 killed in Gaza, Israel counts 59 hostages.",
            [(40, "killed"), (59, "hostages_held")],
        ),
    ],
)
def test_a_list_after_a_colon_shares_the_verb_before_it(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "People on the two sides of the border have been displaced."),
        ("es", "Miles de personas de los dos lados de la frontera han sido desplazadas."),
        ("fr", "Des milliers de personnes ont été déplacées des deux côtés de la frontière."),
    ],
)
def test_sides_are_no_people(reference, language, text):
    assert metrics_of(reference, text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The military said it had detained some 4,000 people in Gaza and had released about 1,500.",
            [(4000, "prisoners_held"), (1500, "prisoners_released")],
        ),
        # the count of a sentence before lends no kind to a verb that names a metric of people
        (
            "The army has detained 4,000 people in Gaza. Hamas said it had released 25.",
            [(4000, "prisoners_held"), (25, "hostages_released")],
        ),
    ],
)
def test_a_bare_count_is_of_the_kind_of_the_count_before_it_in_its_sentence(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        *[
            ("en", f"More than 1,000 people have fled, and 600 {verb}.", [(1000, "displaced")])
            for verb in ["have returned", "came back", "have gone back", "went back"]
        ],
        *[
            ("es", f"Más de 1.000 personas huyeron de sus hogares, y 600 {verb}.", [(1000, "displaced")])
            for verb in [
                "han regresado",
                "regresaron",
                "han vuelto",
                "volvieron",
                "han retornado",
                "retornaron",
            ]
        ],
        *[
            ("fr", f"Plus de 1 000 personnes ont fui, et 600 {verb}.", [(1000, "displaced")])
            for verb in [
                "sont rentrés",
                "sont rentrées",
                "sont revenus",
                "sont revenues",
                "sont retournés",
                "sont retournées",
            ]
        ],
        # a copula with a group names a part of the count before
        ("en", "Strikes killed 40 people, and 30 were children.", [(40, "killed"), (30, "killed")]),
        (
            "en",
            "Strikes killed 40 people, and 30 were children, and their relatives came back to bury them.",
            [(40, "killed"), (30, "killed")],
        ),
    ],
)
def test_a_bare_count_whose_verb_undoes_the_event_before_counts_no_one(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "Some 2,600 bodies have been recovered from under the rubble.", "killed"),
        ("en", "Some 10,000 bodies remain under the rubble.", "missing"),
        ("es", "Unos 520 cuerpos fueron sacados de bajo los escombros.", "killed"),
        ("es", "Unos 520 cuerpos fueron sacados de entre los escombros.", "killed"),
        ("es", "Unos 520 cuerpos siguen bajo los escombros.", "missing"),
        ("fr", "Quelque 520 corps ont été extraits de sous les décombres.", "killed"),
        ("fr", "Quelque 520 corps sont toujours sous les décombres.", "missing"),
    ],
)
def test_bodies_taken_out_from_under_the_rubble_are_dead_not_missing(reference, language, text, metric):
    assert [m for _, m in metrics_of(reference, text, language)] == [metric]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The UN human rights office has recorded at least 875 killings of people seeking food."),
        (
            "es",
            "La oficina de la ONU ha documentado al menos 875 asesinatos de personas que buscaban comida.",
        ),
    ],
)
def test_a_count_of_killings_counts_the_killed(reference, language, text):
    assert metrics_of(reference, text, language) == [(875, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Four hostages were freed in a military operation in Nuseirat."),
        ("en", "Four hostages were freed in military operations in Nuseirat."),
        ("en", "Four hostages were freed in rescue operations in Nuseirat."),
        ("es", "Cuatro rehenes fueron liberados en una operación militar en Nuseirat."),
        ("es", "Cuatro rehenes fueron liberados en operaciones militares en Nuseirat."),
        ("fr", "Quatre otages ont été libérés lors d'une opération militaire à Nousseirat."),
        ("fr", "Quatre otages ont été libérés lors d'opérations militaires à Nousseirat."),
    ],
)
def test_hostages_freed_in_a_military_operation_are_rescued(reference, language, text):
    assert metrics_of(reference, text, language) == [(4, "hostages_rescued")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        (
            "en",
            "The Israeli army said seven hostages were handed over to the Red Cross.",
            "hostages_released",
        ),
        (
            "es",
            "El ejército israelí anunció que siete rehenes fueron entregados a la Cruz Roja.",
            "hostages_released",
        ),
        ("fr", "L'armée israélienne annonce que sept otages ont été remis au CICR.", "hostages_released"),
        ("en", "Israeli troops freed seven hostages in Rafah, the army said.", "hostages_rescued"),
    ],
)
def test_troops_that_only_speak_of_a_release_rescue_no_one(reference, language, text, metric):
    assert metrics_of(reference, text, language) == [(7, metric)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Since the war began, 147 hostages have been returned alive, 135 of them in deals with Hamas and"
            " eight in military operations.",
        ),
        (
            "fr",
            "Depuis le début de la guerre, 147 otages ont été libérés, dont 135 dans le cadre d'accords"
            " et huit lors d'opérations militaires.",
        ),
    ],
)
def test_a_part_of_the_freed_that_came_back_in_a_military_operation_was_rescued(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (147, "hostages_released", "all"),
        (135, "hostages_released", "all"),
        (8, "hostages_rescued", "all"),
    ]


def test_a_military_operation_past_a_comma_tells_nothing_of_how_the_count_came_back(reference):
    text = "In all, 147 hostages have been freed, most in deals and some in military operations."
    assert metrics_of(reference, text) == [(147, "hostages_released")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Unos 147 rehenes han vuelto con vida.", [(147, "hostages_released")]),
        ("fr", "Quelque 147 otages sont rentrés vivants.", [(147, "hostages_released")]),
        ("en", "Some 147 hostages have returned alive.", [(147, "hostages_released")]),
        ("en", "The 20 living hostages who returned home today were reunited.", [(20, "hostages_released")]),
        ("en", "Twenty hostages returned alive on Monday.", [(20, "hostages_released")]),
        ("es", "Unos 300 presos palestinos han regresado a Gaza.", [(300, "prisoners_released")]),
        # people who fled and came back are no count of the freed
        ("en", "Some 600,000 people fled, and 100,000 have returned.", [(600000, "displaced")]),
    ],
)
def test_hostages_or_prisoners_who_came_back_were_freed(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


def test_people_of_a_part_who_came_back_were_not_freed(reference):
    text = "Some 600,000 people fled their homes, including 100,000 who have returned."
    assert "hostages_released" not in [metric for _, metric in metrics_of(reference, text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Israel has returned 195 bodies to Gaza.", [(195, "killed")]),
        ("en", "In all, 225 bodies have been returned to Gaza.", [(225, "killed")]),
        ("es", "En total, 225 cuerpos han sido devueltos a Gaza.", [(225, "killed")]),
        ("fr", "Au total, 225 corps ont été restitués à Gaza.", [(225, "killed")]),
        # sent the other way, or nowhere said: the hostages' remains
        ("en", "Hamas has returned 17 bodies to Israel.", [(17, "hostages_dead")]),
        ("en", "Hamas returned four bodies on Monday.", [(4, "hostages_dead")]),
        ("en", "Hamas is holding 28 bodies taken to Gaza.", [(28, "hostages_dead")]),  # held, not sent back
    ],
)
def test_remains_sent_back_where_hostages_are_held_are_not_theirs(reference, language, text, expected):
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


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "Paramedics treated and evacuated 61 wounded to hospitals in Hadera.", "injured"),
        ("en", "Rescuers evacuated 20 bodies from the rubble.", "killed"),
        ("es", "Los equipos evacuaron a 61 heridos a hospitales de Hadera.", "injured"),
        ("fr", "Les secours ont évacué 61 blessés vers les hôpitaux de Hadera.", "injured"),
    ],
)
def test_people_moved_for_care_are_counted_by_what_befell_them(reference, language, text, metric):
    assert [m for _, m in metrics_of(reference, text, language)] == [metric]


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
    ("language", "text"),
    [
        ("en", "The return of 300,000 displaced people to northern Gaza began on Monday."),
        ("es", "El regreso de 300.000 desplazados al norte de Gaza comenzó el lunes."),
        ("fr", "Le retour de 300 000 déplacés dans le nord de Gaza a commencé lundi."),
    ],
)
def test_the_displaced_who_return_home_are_not_freed(reference, language, text):
    assert [m for _, m in metrics_of(reference, text, language)] == ["displaced"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strike on a camp for displaced people in Rafah leaves at least 45 dead."),
        ("en", "A strike on a camp for displaced people in Rafah left at least 45 dead."),
        ("en", "Israel struck a camp for displaced people in Rafah, leaving at least 45 dead."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah deja al menos 45 muertos."),
        ("es", "Los bombardeos contra campamentos de desplazados en Rafah dejan al menos 45 muertos."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah dejó al menos 45 muertos."),
        ("es", "Los bombardeos contra campamentos de desplazados en Rafah dejaron al menos 45 muertos."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah ha dejado al menos 45 muertos."),
        ("fr", "Une frappe sur un camp de déplacés à Rafah fait au moins 45 morts."),
        ("fr", "Israël a frappé un camp de déplacés à Rafah, faisant au moins 45 morts."),
    ],
)
def test_what_a_strike_leaves_is_counted_by_its_own_noun(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_of(reference, text, language)] == [(45, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after "and" opens a clause of its own, about a part
        (
            "Israeli officials say 82 hostages remain in Gaza and believe a third of them are dead.",
            "hostages_held",
        ),
        # two events of one count
        ("More than 50,000 children have been killed or injured in Gaza.", "casualties"),
    ],
)
def test_a_clause_joined_by_and_with_its_own_verb_tells_nothing_of_the_count(reference, text, expected):
    assert [f["metric"] for f in figures_of(reference, text, "en")] == [expected]


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


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "At least 160 doctors are still held by Israel.", "prisoners_held"),
        ("en", "Israel is still holding at least 160 doctors.", "prisoners_held"),
        ("en", "Israel has been holding for months at least 160 doctors.", "prisoners_held"),
        ("fr", "Au moins 160 médecins sont toujours retenus par Israël.", "prisoners_held"),
        ("en", "At least 59 people are still held by Hamas in Gaza.", "hostages_held"),
        ("en", "Hamas is still holding 59 people.", "hostages_held"),
        # the verb of holding of another clause tells nothing of the count
        ("en", "Hamas is holding 59 people, and Israel is holding many more.", "hostages_held"),
        (
            "en",
            "Hamas is holding 59 people in tunnels that were bombed and are held by Israel.",
            "hostages_held",
        ),
    ],
)
def test_people_whom_israel_holds_are_its_prisoners(reference, language, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, language)] == [metric]


def test_the_dead_whom_israel_holds_are_not_its_prisoners(reference):
    figures = figures_in(reference, "Israel is holding the bodies of 12 people.", "en")
    assert [f["metric"] for f in figures] == ["killed"]


def test_people_who_would_be_forced_out_under_a_plan_are_a_projection(reference):
    text = "Nearly 1 million people would be forced to move south again under the plan."
    figures = figures_in(reference, text, "en")
    assert [(f["metric"], f["status"]) for f in figures] == [("displaced", "projected")]


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


def test_a_figure_put_at_a_number_in_a_sentence_without_an_event_is_of_the_kind_counted_before(reference):
    text = (
        "As of 1 July, 9,623 Palestinians were held in Israeli prisons, including 4,781 held in"
        " administrative detention. Before the war, the figure stood at about 5,300."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["prisoners_held"] * 3


@pytest.mark.parametrize("subject", ["they", "we"])
def test_what_researchers_project_is_a_projection(reference, subject):
    text = f"If conditions persist, {subject} project up to 11,000 more deaths in Gaza from disease."
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["projected"]


def test_a_project_in_a_name_is_no_projection(reference):
    text = (
        "A colleague from the UN Office for Project Services was killed and five others were injured in Gaza."
    )
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["reported"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Israël doit libérer environ 2 000 prisonniers palestiniens, selon le texte."),
        ("fr", "Les deux camps doivent libérer 250 prisonniers palestiniens."),
        ("es", "Israel debe liberar a 250 presos palestinos, según el texto."),
        ("es", "Ambas partes deben liberar a 250 presos palestinos."),
    ],
)
def test_what_a_side_must_do_under_a_deal_is_proposed(reference, language, text):
    assert [f["status"] for f in figures_in(reference, text, language)] == ["proposed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 251 were dragged into Gaza.", [(251, "hostages_taken")]),
        (
            "Another 251 were dragged into Gaza. Today, 101 of them are still there.",
            [(251, "hostages_taken"), (101, "hostages_held")],
        ),
        ("More than 60,000 Israelis have been unable to go home for a year.", [(60000, "displaced")]),
    ],
)
def test_phrases_of_abduction_captivity_and_displacement(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Otras 251 personas fueron llevadas a Gaza como rehenes."),
        ("es", "Otros 251 fueron llevados a Gaza."),
        ("fr", "Quelque 251 personnes ont été emmenées à Gaza."),
        ("fr", "Quelque 251 otages ont été emmenés à Gaza."),
    ],
)
def test_people_carried_into_gaza_were_taken_hostage(reference, language, text):
    assert metrics_of(reference, text, language) == [(251, "hostages_taken")]


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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The army said it had neutralized more than 50 terrorists in the West Bank.",
            [(50, "killed")],
        ),
        (
            "en",
            "The army said it had neutralised more than 50 terrorists in the West Bank.",
            [(50, "killed")],
        ),
        ("es", "El ejército afirmó haber neutralizado a 50 terroristas en Cisjordania.", [(50, "killed")]),
        ("es", "El ejército dijo que 50 terroristas fueron neutralizados en Cisjordania.", [(50, "killed")]),
        ("fr", "L'armée affirme avoir neutralisé 50 terroristes en Cisjordanie.", [(50, "killed")]),
        ("fr", "L'armée affirme que 50 terroristes ont été neutralisés en Cisjordanie.", [(50, "killed")]),
        (
            "es",
            "El ejército afirmó haber detenido a un centenar de sospechosos en Cisjordania.",
            [(100, "prisoners_held")],
        ),
        (
            "es",
            "Las fuerzas israelíes han arrestado a 14.500 palestinos en Cisjordania.",
            [(14500, "prisoners_held")],
        ),
        ("es", "El ejército ha arrestado a 14.500 palestinos en Cisjordania.", [(14500, "prisoners_held")]),
    ],
)
def test_verbs_of_killing_and_arrest_in_military_statements(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize("verb", ["podría superar el", "supera el", "superan el"])
def test_a_count_a_verb_of_passing_leads_is_more_than_it(reference, verb):
    text = f"ACNUR advierte de que el número de desplazados en Líbano {verb} millón."
    assert [f["qualifier"] for f in figures_of(reference, text, "es")] == ["more_than"]


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


def test_a_part_of_a_count_that_is_itself_a_part_of_the_sentence_before_is_that_counts(reference):
    text = "Militants abducted 240 people. Of those, 101 are still held in Gaza, 60 of them alive."
    assert metrics_of(reference, text) == [
        (240, "hostages_taken"),
        (101, "hostages_held"),
        (60, "hostages_held"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Some 500 people were killed, mostly fighters but also at least 90 civilians, a tally shows.",
        ),
        ("es", "Unas 500 personas han muerto, en su mayoría combatientes pero también al menos 90 civiles."),
        ("es", "Unas 500 personas han muerto, no solo combatientes sino también al menos 90 civiles."),
        ("fr", "Quelque 500 personnes ont été tuées, surtout des combattants mais aussi au moins 90 civils."),
        ("fr", "Quelque 500 personnes ont été tuées, surtout des combattants mais également 90 civils."),
    ],
)
def test_people_added_with_but_also_share_the_count_befores_event(reference, language, text):
    assert metrics_of(reference, text, language) == [(500, "killed"), (90, "killed")]


def test_people_added_with_but_also_and_a_verb_of_their_own_are_no_count_of_the_event(reference):
    text = "The strikes killed 40 fighters, but also 3,000 residents stayed in the town."
    assert metrics_of(reference, text) == [(40, "killed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("es", "Los 20 rehenes vuelven a Israel.", "hostages_released"),
        ("es", "Los 20 rehenes volvieron a Israel el lunes.", "hostages_released"),
        ("es", "Los 20 rehenes regresan a Israel.", "hostages_released"),
        ("es", "Los 20 rehenes regresaron a Israel.", "hostages_released"),
        ("es", "Unos 250 presos salen de las cárceles.", "prisoners_released"),
        ("es", "Unos 250 presos salieron de las cárceles.", "prisoners_released"),
        ("es", "Unos 250 presos salen de prisión.", "prisoners_released"),
        ("fr", "Les 20 otages sont rentrés en Israël lundi.", "hostages_released"),
        ("fr", "Les 20 otages sont rentrées en Israël lundi.", "hostages_released"),
        ("fr", "Quelque 250 détenus sont sortis de prison.", "prisoners_released"),
    ],
)
def test_coming_home_and_leaving_prison_are_releases(reference, language, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, language)] == [metric]


def test_a_tolls_own_words_name_its_event_before_an_aside_does(reference):
    text = (
        "The total number of Palestinians killed in Gaza, including those missing and presumed dead"
        " under the rubble, now exceeds 52,000."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed"]


def test_people_forced_out_of_a_place_are_displaced(reference):
    text = "More than 100,000 people have been forced out of Jabalia camp and Beit Lahia since 5 October."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["displaced"]


@pytest.mark.parametrize("interval", ["(55,298–78,525)", "(95% CI 55,298–78,525)"])
def test_a_bare_count_in_brackets_after_a_count_is_of_its_kind(reference, interval):
    text = f"We estimated 64,260 deaths {interval} due to traumatic injury in Gaza."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures] == [(64260, "killed"), (55298, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Israël libérera 250 détenus condamnés à la réclusion à perpétuité et 1 700 Gazaouis arrêtés"
            " depuis le début de la guerre.",
        ),
        (
            "es",
            "Israel liberará a 250 detenidos condenados a cadena perpetua y a 1.700 gazatíes arrestados"
            " durante la guerra.",
        ),
    ],
)
def test_the_noun_of_the_count_before_is_no_verb_over_the_next(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["prisoners_released"] * 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux cent cinquante et une personnes ont été emmenées de force dans l'enclave."),
        ("fr", "Au moins 251 hommes ont été emmenés de force dans l'enclave."),
        ("es", "Unas 251 personas fueron llevadas por la fuerza al enclave."),
        ("es", "Unos 251 hombres fueron llevados por la fuerza al enclave."),
        ("es", "Los milicianos se llevaron a 251 rehenes a Gaza."),
        ("es", "El grupo se llevó a 251 personas a Gaza."),
        ("en", "Some 251 people were taken by force into the enclave."),
    ],
)
def test_people_taken_by_force_are_taken_hostage(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["hostages_taken"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El ministerio elevó a 62.744 el número de muertos y a 158.259 el de heridos, y sumó 289"
            " personas, 115 de ellas niños, muertas por hambre.",
        ),
        (
            "en",
            "The ministry raised the number of dead to 62,744 and of wounded to 158,259, and added 289"
            " people, 115 of them children, who died of hunger.",
        ),
    ],
)
def test_a_toll_named_before_another_count_is_not_a_later_clauses(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [f["metric"] for f in figures] == ["killed", "injured", "killed", "killed"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Crescent said it had lost contact with nine of its paramedics."),
        ("en", "Rescuers lost contact with 9 people in Rafah."),
        ("es", "La Media Luna Roja perdió el contacto con nueve de sus paramédicos."),
        ("es", "La Media Luna Roja ha perdido el contacto con nueve de sus paramédicos."),
        ("fr", "Le Croissant-Rouge a perdu le contact avec neuf de ses secouristes."),
    ],
)
def test_people_contact_with_is_lost_are_missing(reference, language, text):
    assert metrics_of(reference, text, language) == [(9, "missing")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 41,000 children are at heightened risk of death, the IPC said."),
        ("es", "Unos 41.000 niños corren riesgo de muerte por desnutrición."),
        ("es", "Unos 41.000 niños corren riesgo de morir por desnutrición."),
        ("fr", "Quelque 41 000 enfants courent un risque de mort."),
        ("fr", "Quelque 41 000 enfants courent le risque de mourir de faim."),
    ],
)
def test_people_at_risk_of_death_are_not_dead(reference, language, text):
    assert metrics_of(reference, text, language) == []
