"""Which count a part points back to: inclusions, partitives and demonstratives, here or just before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.parts.helpers import CPJ, parts_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Of those killed, 170 were Palestinians.",
        "Among those killed, 170 were Palestinians.",
        "Among those killed were 170 Palestinians.",
    ],
)
def test_an_opening_partitive_with_its_event_points_back_to_the_last_count(reference, sentence):
    assert parts_of(reference, CPJ + sentence) == [(170, "killed", "journalists")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministère a annoncé 60 034 morts. Parmi elles figurent plus de 18 000 enfants."),
        ("fr", "Le ministère a annoncé 60 034 morts. Parmi elles, on compte plus de 18 000 enfants."),
        ("fr", "Le ministère a annoncé 60 034 morts. Parmi eux se trouvent plus de 18 000 enfants."),
        ("es", "El ministerio contabilizó 60.034 muertos. Entre ellos figuran más de 18.000 niños."),
        ("es", "El ministerio contabilizó 60.034 muertos. Entre ellos hay más de 18.000 niños."),
        ("es", "El ministerio contabilizó 60.034 muertos. Entre ellos se cuentan más de 18.000 niños."),
    ],
)
def test_a_verb_of_inclusion_after_an_opening_inclusion_points_back_to_the_last_count(
    reference, language, text
):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (60034, "killed", "all"),
        (18000, "killed", "children"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Three Palestinians were killed in a raid in Jenin. According to the army, two of the three men"
            " were armed members of Islamic Jihad.",
        ),
        (
            "fr",
            "Trois Palestiniens ont été tués lors d'un raid à Jénine. Selon l'armée israélienne, deux des"
            " trois hommes étaient des membres armés du Jihad islamique.",
        ),
    ],
)
def test_a_part_of_a_count_pointed_back_to_takes_the_group_its_copula_names(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (3, "killed", "all"),
        (2, "killed", "combatants"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Seven Thai nationals are still held in Gaza. Three of those seven have been confirmed dead."),
        ("es", "Siete tailandeses siguen retenidos en Gaza. Tres de esos siete han muerto."),
        ("en", "Seven Thai nationals are still held in Gaza. Three of these seven have died."),
        ("es", "Siete rehenes siguen retenidas en Gaza. Tres de esas siete han muerto."),
        ("fr", "Sept Thaïlandais sont toujours retenus à Gaza. Trois de ces sept sont morts."),
        ("fr", "7 Thaïlandais sont toujours retenus à Gaza. Trois de ces 7 otages sont morts."),
    ],
)
def test_a_part_of_a_count_a_demonstrative_points_back_to_shares_its_domain(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(7, "hostages_held"), (3, "hostages_dead")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Israel released 1,968 Palestinian prisoners in return for the 20 hostages, including 250 serving"
            " life sentences.",
        ),
        (
            "es",
            "Israel liberó a 1.968 presos palestinos a cambio de los 20 rehenes, entre ellos 250 que cumplían"
            " cadena perpetua.",
        ),
        (
            "fr",
            "Israël a libéré 1 968 prisonniers palestiniens en échange des 20 otages, dont 250 condamnés à la"
            " perpétuité.",
        ),
    ],
)
def test_a_part_that_names_its_kind_belongs_to_the_last_count_of_that_kind(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (1968, "prisoners_released"),
        (20, "hostages_released"),
        (250, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The 251 hostages included 30 children, the youngest of them nine months old."),
        ("es", "Los 251 rehenes incluían a 30 niños."),
        ("fr", "Les 251 otages comprenaient 30 enfants."),
    ],
)
def test_a_count_a_count_includes_is_its_part(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (251, "hostages_held", "all"),
        (30, "hostages_held", "children"),
    ]


def test_a_part_of_a_vague_whole_in_its_own_sentence_is_not_a_part_of_the_sentence_before(reference):
    text = "Strikes killed 40 people. Thousands have been displaced in the south, including 9,000 children."
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"]) for f in figures] == [(40, "killed"), (9000, "displaced")]


def test_a_part_of_things_named_in_its_own_sentence_is_not_a_part_of_the_sentence_before(reference):
    text = (
        "The strike killed 14 people. The United States has sent thousands of munitions, including more than"
        " 14,000 since October."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [(14, "killed")]


def test_a_part_after_a_speaker_set_off_by_a_comma_is_a_part_of_the_sentence_before(reference):
    text = "Strikes killed 40 people in Gaza. Hospital officials said, among them, 12 were children."
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (40, "killed", "all"),
        (12, "killed", "children"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the 251 people abducted that day, the bodies of about 10 remain in Gaza."),
        ("es", "De las 251 personas secuestradas ese día, unos 10 cuerpos siguen en Gaza."),
        ("fr", "Sur les 251 personnes enlevées ce jour-là, une dizaine de dépouilles restent à Gaza."),
    ],
)
def test_a_partitive_holding_a_count_gives_its_part_the_kind_it_was_read_as(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(251, "hostages_taken"), (10, "hostages_dead")]


def test_a_partitive_holding_a_count_of_people_leaves_its_part_people(reference):
    figures = figures_in(reference, "Of the 1,200 people killed, 800 were civilians.")
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (1200, "killed", "all"),
        (800, "killed", "civilians"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "136 hostages are still held in Gaza, of whom 25 are dead. Among them are 20 women."),
        (
            "fr",
            "136 otages sont toujours retenus à Gaza, dont 25 ne seraient plus en vie."
            " Parmi eux figurent 20 femmes.",
        ),
    ],
)
def test_an_inclusion_pointing_back_to_a_part_is_of_the_parts_whole(reference, language, text):
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, language)]
    assert found == [
        (136, "hostages_held", "all"),
        (25, "hostages_dead", "all"),
        (20, "hostages_held", "women"),
    ]


def test_an_inclusion_pointing_back_to_a_whole_alone_is_of_it(reference):
    text = "Israel freed 39 prisoners on Friday. Among them were 24 women."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (39, "prisoners_released"),
        (24, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army says it has killed 200 fighters. The UN calls for the release of all hostages,"
            " 59 of whom remain in Gaza.",
            [(200, "killed"), (59, "hostages_held")],
        ),
        (
            "Strikes killed 30 people. Israel is holding Palestinian detainees, 59 of whom are still"
            " without charge.",
            [(30, "killed"), (59, "prisoners_held")],
        ),
        ("Hamas is to free the remaining hostages, 59 of whom are still in Gaza.", [(59, "hostages_held")]),
    ],
)
def test_a_part_set_off_after_a_whole_named_without_a_number_is_of_that_whole(reference, text, expected):
    found = figures_in(reference, text)
    assert [(f["value"], f["metric"]) for f in found] == expected
    assert found[-1]["status"] == "reported"  # still held now, whatever is called for


def test_a_part_set_off_after_no_whole_points_back_to_the_count_before(reference):
    text = "Israel holds 100 hostages. Of them, 59 remain in Gaza."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (100, "hostages_held"),
        (59, "hostages_held"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "WHO has recorded 74 deaths. Among them, WHO said, were 24 children and 38 adults."),
        ("es", "La OMS registró 74 muertes. Entre ellas, según la OMS, hay 24 niños y 38 adultos."),
        ("fr", "L'OMS a recensé 74 décès. Parmi eux, selon l'OMS, figurent 24 enfants et 38 adultes."),
    ],
)
def test_an_inverted_inclusion_past_a_speaker_set_off_by_commas(reference, language, text):
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, language)]
    assert found == [(74, "killed", "all"), (24, "killed", "children"), (38, "killed", "all")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel says 50 hostages remain in Gaza. Of those, Israeli officials believe 20 are alive."),
        ("en", "Israel says 50 hostages remain in Gaza. Of those, the army says that 20 are alive."),
        (
            "es",
            "Israel dice que 50 rehenes siguen en Gaza. De ellos, las autoridades creen que 20 están vivos.",
        ),
    ],
)
def test_a_fronted_partitive_before_a_speakers_clause_points_back(reference, language, text):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert found == [(50, "hostages_held"), (20, "hostages_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Among the dead, more than 18,000 are children."),
        ("es", "Entre los muertos, más de 18.000 son niños."),
        ("fr", "Parmi les morts identifiés, plus de 18 000 sont des enfants."),
    ],
)
def test_among_the_dead_opening_the_sentence_names_what_the_part_counts(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [(18000, "killed", "children")]


def test_a_range_opening_a_spanish_sentence_is_no_partitive(reference):
    figures = figures_in(reference, "Entre 20 y 30 personas murieron, según la ONU.", "es")
    assert [(f["value"], f["value_high"], f["metric"]) for f in figures] == [(20, 30, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 130 hostages are still held in Gaza.\n\n"
            "The ministry reports that 23,000 of those killed are women and children.",
            [(130, "hostages_held", "all"), (23000, "killed", "women_and_children")],
        ),
        # a partitive of the whole's own kind, or a pronoun, points back to the count before
        (
            "120 hostages are still in captivity. At least 41 of those still held are no longer alive.",
            [(120, "hostages_held", "all"), (41, "hostages_dead", "all")],
        ),
        (
            "134 hostages remain in Gaza. The army has declared 31 of them dead.",
            [(134, "hostages_held", "all"), (31, "hostages_dead", "all")],
        ),
        (
            "134 hostages remain in Gaza. The army says 31 of those are dead.",
            [(134, "hostages_held", "all"), (31, "hostages_dead", "all")],
        ),
        (
            "Some 300 people were wounded in Gaza. Doctors said 31 of those people are children.",
            [(300, "injured", "all"), (31, "injured", "children")],
        ),
    ],
)
def test_a_demonstrative_partitive_of_another_event_names_a_whole_of_its_own(reference, text, expected):
    figures = figures_in(reference, text, published=date(2024, 3, 25))
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone hits base in Israel\n"
            "A strike killed 21 people in northern Lebanon. The ministry says the dead include 12 women.",
            [(21, "killed", "Lebanon"), (12, "killed", "Lebanon")],
        ),
        # a whole named with a verb of its own in the part's sentence is the part's
        (
            "Drone hits base in Israel\n"
            "A strike killed 21 people in northern Lebanon. Hundreds were killed, including 90 women.",
            [(21, "killed", "Lebanon"), (90, "killed", "Israel")],
        ),
    ],
)
def test_the_dead_named_with_the_article_before_an_inclusion_are_the_count_before(reference, text, expected):
    figures = figures_in(reference, text, published=date(2024, 10, 14))
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un ataque en Israel dejó 3 heridos.\n\nEl ministerio elevó a 67.869 el número de muertos en"
            " Gaza, y a 170.105 el de heridos. El recuento incluye los cuerpos de 135 personas recuperados"
            " de los escombros.",
        ),
        (
            "fr",
            "Une attaque en Israël a fait 3 blessés.\n\nLe ministère a porté à 67 869 le nombre de morts à"
            " Gaza, et à 170 105 celui des blessés. Le décompte inclut les corps de 135 personnes retirées"
            " des décombres.",
        ),
    ],
)
def test_a_part_of_the_sentence_before_is_of_the_count_of_its_own_event(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in found][-1] == (135, "killed", "Gaza")
