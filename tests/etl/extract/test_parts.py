"""Which count a count is part of (etl.extract.parts)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in

CPJ = "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"


def parts_of(reference, text: str) -> list[tuple[int, str, str]]:
    figures = figures_in(reference, text, published=date(2025, 8, 12))
    return [(f["value"], f["metric"], f["subgroup"]) for f in figures][1:]


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


def test_counts_listed_with_a_copula_each_are_parts_of_one_whole(reference):
    text = CPJ + "Of those killed, 170 were Palestinians, two were Israelis and six were Lebanese."
    assert parts_of(reference, text) == [
        (170, "killed", "journalists"),
        (2, "killed", "journalists"),
        (6, "killed", "journalists"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Five journalists were among at least 20 people killed in the strikes."),
        ("es", "Cinco periodistas estaban entre los 20 muertos de los bombardeos."),
        ("fr", "Cinq journalistes figuraient parmi les 20 personnes tuées dans les frappes."),
    ],
)
def test_a_part_among_the_count_after_it_takes_its_metric(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (5, "killed", "journalists"),
        (20, "killed", "all"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Protesters demanded a deal to bring home the 48 hostages still held in Gaza, "
            "of whom Israel believes 20 are alive.",
        ),
        (
            "es",
            "Los manifestantes exigieron un acuerdo para traer de vuelta a los 48 rehenes que siguen "
            "retenidos en Gaza, de los cuales Israel estima que 20 siguen con vida.",
        ),
        (
            "fr",
            "Les manifestants réclament un accord pour ramener les 48 otages encore détenus à Gaza, "
            "dont Israël estime que 20 sont en vie.",
        ),
    ],
)
def test_a_part_a_source_speaks_of_shares_the_status_of_its_whole(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["status"]) for f in figures] == [
        (48, "hostages_held", "reported"),
        (20, "hostages_held", "reported"),
    ]


def test_a_status_cue_between_a_whole_and_its_part_is_the_parts_own(reference):
    figures = figures_in(reference, "Hamas holds 59 hostages and has offered to free 10 of them.")
    assert [(f["value"], f["metric"], f["status"]) for f in figures] == [
        (59, "hostages_held", "reported"),
        (10, "hostages_released", "proposed"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 1,580 health workers have been killed, and 18 of the 36 hospitals still work."),
        ("en", "At least 1,580 health workers have been killed, and 18 of Gaza's 36 hospitals still work."),
        ("es", "Al menos 1.580 sanitarios han muerto y solo 18 de los 36 hospitales funcionan."),
        ("fr", "Au moins 1 580 soignants ont été tués et seuls 18 des 36 hôpitaux fonctionnent."),
        ("en", "At least 1,580 health workers have been killed, and 18 of its 36 facilities still work."),
    ],
)
def test_a_share_of_a_count_of_things_counts_things(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(1580, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Over 300 of its facilities have been damaged, and more than 700 people have been killed.",
        # a noun the tables do not know: its own verb ends the list
        "Over 300 of its warehouses have been looted, and more than 700 people have been killed.",
    ],
)
def test_a_count_with_a_verb_of_its_own_takes_no_verb_from_the_count_after_it(reference, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [(700, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 130 hostages remain in Gaza, although around 30 are believed to have died."),
        ("es", "Unos 130 rehenes siguen en Gaza, aunque unos 30 habrían muerto."),
        ("fr", "Quelque 130 otages restent à Gaza, bien que 30 soient morts."),
        ("fr", "Quelque 130 otages restent à Gaza, même si 30 seraient morts."),
        ("en", "About 130 hostages remain in Gaza, though 30 are thought to be dead."),
        ("es", "Unos 130 rehenes siguen en Gaza, si bien 30 habrían muerto."),
        ("fr", "Quelque 130 otages restent à Gaza, quoique 30 seraient morts."),
    ],
)
def test_a_bare_count_conceded_of_the_count_before_is_its_part(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (130, "hostages_held", "Gaza"),
        (30, "hostages_dead", "Gaza"),
    ]


def test_a_count_with_a_noun_of_its_own_after_a_concession_is_no_part(reference):
    text = "Hamas freed three hostages, although 20 Palestinians were killed in strikes on Saturday."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (3, "hostages_released"),
        (20, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after the whole is the part's; a whole of plain people counts nothing of its own
        ("The army said 12 of the 40 soldiers were wounded.", [(12, "injured", "soldiers")]),
        ("Seven of the 20 journalists were killed.", [(7, "killed", "journalists")]),
        # a verb with no auxiliary, after a whole named by its own event
        (
            "Five of the 12 wounded soldiers died.",
            [(5, "killed", "soldiers"), (12, "injured", "soldiers")],
        ),
        # the copula after the whole and its participle is the part's
        (
            "Five of the 12 people killed in the strike were children.",
            [(5, "killed", "children"), (12, "killed", "all")],
        ),
    ],
)
def test_a_part_before_its_whole_takes_the_verb_and_group_of_the_whole(reference, text, expected):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


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
    ("text", "expected"),
    [
        ("Of the hostages, eight were rescued alive by troops.", [(8, "hostages_rescued", "all")]),
        ("Of those killed, 12 were killed by soldiers.", [(12, "killed", "all")]),
        ("Of those killed, 12 were reportedly children.", [(12, "killed", "children")]),
    ],
)
def test_the_agent_of_a_passive_after_a_copula_is_not_the_group_counted(reference, text, expected):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


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


def test_a_part_of_a_count_placed_by_its_text_keeps_the_place_of_its_whole(reference):
    text = (
        "Israeli forces have arrested more than 18,500 people in the West Bank, including 570 women and"
        " about 1,500 children."
    )
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (18500, "prisoners_held", "West Bank"),
        (570, "prisoners_held", "West Bank"),
        (1500, "prisoners_held", "West Bank"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Israeli hostages were among the 12 people freed on Friday.",
            [(2, "hostages_released"), (12, "hostages_released")],
        ),
        (
            "Two hostages were among the 30 people killed in the strike.",
            [(2, "hostages_dead"), (30, "killed")],
        ),
        # past the noun's own words
        (
            "Officials said 65 prisoners of war were among the 74 people killed in the crash.",
            [(65, "killed"), (74, "killed")],
        ),
    ],
)
def test_a_count_of_a_kind_among_a_count_shares_its_event_but_lends_it_no_kind(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == expected


def test_a_whole_with_no_noun_of_its_own_takes_the_kind_named_before_it(reference):
    text = (
        "Hamas still holds 59 hostages out of the 251 abducted, and the army counts 35 of those still held"
        " as dead."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (59, "hostages_held"),
        (251, "hostages_taken"),
        (35, "hostages_dead"),
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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The office recorded 1,373 Palestinians killed since late May, 859 of them near aid sites."),
        (
            "en",
            "The office recorded 1,373 Palestinians killed since late May, 859 of them outside aid sites.",
        ),
        ("es", "La oficina registró 1.373 palestinos muertos, 859 de ellos cerca de centros de ayuda."),
        ("fr", "Le bureau a recensé 1 373 Palestiniens tués, dont 859 près de sites d'aide."),
    ],
)
def test_a_thing_past_a_preposition_after_a_part_is_where_not_what(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(1373, "killed"), (859, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Israel freed 1,968 prisoners, including 250 serving life sentences and 1,718 detained in Gaza.",
        ),
        (
            "en",
            "Israel began freeing 1,968 prisoners. They include 250 serving life sentences and 1,718 people"
            " detained in Gaza during the war.",
        ),
        (
            "es",
            "Israel liberó a 1.968 presos, entre ellos 250 condenados a cadena perpetua y 1.718 detenidos en"
            " Gaza.",
        ),
    ],
)
def test_a_part_of_a_release_is_released_however_it_came_to_be_held(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (1968, "prisoners_released"),
        (250, "prisoners_released"),
        (1718, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel freed 90 prisoners, including 20 women who were held without charge.",
            [(90, "prisoners_released"), (20, "prisoners_released")],
        ),
        (
            "Hamas freed 20 hostages, including eight soldiers who had been held in tunnels.",
            [(20, "hostages_released"), (8, "hostages_released")],
        ),
        (
            "Hamas freed 20 hostages, including 10 abducted from the Nova festival.",
            [(20, "hostages_released"), (10, "hostages_released")],
        ),
        # where the dead had fled to is where they died
        (
            "Strikes killed 30 people, including 12 children who were sheltering in a school.",
            [(30, "killed"), (12, "killed")],
        ),
        (
            "Strikes killed 30 people, including 12 children sheltering in a school.",
            [(30, "killed"), (12, "killed")],
        ),
        # a part's own verb stands
        (
            "Hamas freed 20 hostages, including eight who were confirmed dead.",
            [(20, "hostages_released"), (8, "hostages_dead")],
        ),
    ],
)
def test_a_relative_clause_or_participle_tells_of_a_parts_past(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Hundreds were killed, including 90 children.", [(90, "killed", "children")]),
        (
            "en",
            "Dozens of Palestinians were wounded, among them 12 journalists.",
            [(12, "injured", "journalists")],
        ),
        ("es", "Cientos de personas murieron, entre ellas 90 niños.", [(90, "killed", "children")]),
        ("fr", "Des centaines de personnes ont été tuées, dont 90 enfants.", [(90, "killed", "children")]),
    ],
)
def test_a_part_of_a_whole_too_vague_to_be_a_figure_takes_the_wholes_verb(
    reference, language, text, expected
):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


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


def test_a_count_that_is_no_part_takes_no_verb_from_before_it(reference):
    text = "Strikes killed dozens of people, as talks turned to the fate of 59 hostages."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [(59, "hostages_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the 251 people abducted, 73 are still held in Gaza, including at least 35 who are dead."),
        (
            "fr",
            "Sur les 251 personnes enlevées, 73 sont toujours retenues à Gaza, dont au moins 35 sont mortes"
            " selon l'armée.",
        ),
    ],
)
def test_a_part_is_of_the_kind_its_whole_was_read_as(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (251, "hostages_taken"),
        (73, "hostages_held"),
        (35, "hostages_dead"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas freed 24 hostages, 13 Israelis and 11 foreigners."),
        ("es", "Hamás liberó a 24 rehenes, 13 israelíes y 11 extranjeros."),
        ("fr", "Le Hamas a libéré 24 otages, 13 Israéliens et 11 étrangers."),
    ],
)
def test_counts_set_after_a_count_by_a_comma_that_add_up_to_it_are_its_parts(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (24, "hostages_released", "all"),
        (13, "hostages_released", "all"),
        (11, "hostages_released", "foreign_nationals"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed 30 people, 20 men, 6 women and 4 children.",
        "Strikes killed 30 people, 20 men, 6 women, and 4 children.",
    ],
)
def test_parts_listed_with_commas_and_and_add_up_to_their_whole(reference, text):
    assert [(f["value"], f["subgroup"]) for f in figures_in(reference, text)] == [
        (30, "all"),
        (20, "men"),
        (6, "women"),
        (4, "children"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel freed 39 Palestinians (24 women and 15 minors) who were held in Israeli prisons."),
        ("en", "Israel freed 39 Palestinians — 24 women and 15 minors — who were held in Israeli prisons."),
        # a relative clause past the comma that closes the list tells of the whole
        ("en", "Israel freed 39 Palestinians, 24 women and 15 minors, who were held in Israeli prisons."),
        ("es", "Israel excarceló a 39 palestinos —24 mujeres y 15 menores— que permanecían en las cárceles."),
    ],
)
def test_parts_set_off_by_dashes_or_brackets_are_parts_of_the_count_before(reference, language, text):
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, language)] == [
        (39, "prisoners_released", "all"),
        (24, "prisoners_released", "women"),
        (15, "prisoners_released", "children"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas freed 24 hostages. 13 Israelis and 11 foreigners.",  # no comma sets them after it
        # a clause of its own between the count and the comma
        "Hamas freed 24 hostages as Israel released prisoners, 13 women and 11 minors.",
        "Hamas freed 24 hostages on Friday as the truce went into its sixth day, 13 women and 11 minors.",
    ],
)
def test_counts_after_a_count_that_are_no_breakdown_of_it_are_not_parts(reference, text):
    hostages = [f["value"] for f in figures_in(reference, text) if f["metric"].startswith("hostages")]
    assert hostages == [24]


def test_the_remains_of_a_count_are_dead_whatever_state_its_parts_are_in(reference):
    text = "The bodies of seven hostages, six Israelis and one Thai, are still in Gaza."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (7, "hostages_dead"),
        (6, "hostages_dead"),
        (1, "hostages_dead"),
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
        ("en", "Strikes killed 12 women, eight children and three men."),
        ("en", "The dead included 12 women, eight children and three men, according to the Red Crescent."),
        ("es", "Los bombardeos mataron a 12 mujeres, ocho niños y tres hombres."),
        ("fr", "Les frappes ont tué 12 femmes, huit enfants et trois hommes."),
    ],
)
def test_counts_listed_after_a_verb_share_it(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (12, "killed"),
        (8, "killed"),
        (3, "killed"),
    ]


def test_counts_listed_that_do_not_add_up_are_counts_of_the_verb_not_parts(reference):
    text = "Hamas freed 24 hostages, 13 Israelis and 10 foreigners."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [
        (24, "hostages_released"),
        (13, "hostages_released"),
        (10, "hostages_released"),
    ]


def test_a_clause_about_whose_a_source_is_tells_nothing_of_the_count(reference):
    text = (
        "The dead included 12 women and three elderly people, according to the Red Crescent, whose teams"
        " took the wounded to a field hospital."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed", "killed"]


def test_a_part_handed_over_of_the_dead_is_dead(reference):
    found = figures_in(reference, "Hamas has returned 13 of 28 deceased hostages.", "en")
    assert [(f["value"], f["metric"]) for f in found] == [(13, "hostages_dead"), (28, "hostages_dead")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Pendant la trêve, 105 otages ont été libérés — 81 Israéliens, 23 Thaïlandais et un Philippin.",
        ),
        (
            "es",
            "Durante la tregua, 105 rehenes fueron liberados —81 israelíes, 23 tailandeses y un filipino—.",
        ),
        ("en", "During the truce, 105 hostages were freed (81 Israelis, 23 Thais and a Filipino)."),
    ],
)
def test_parts_set_off_by_a_dash_after_the_counts_verb_with_one_more_by_its_article(
    reference, language, text
):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert found == [(105, "hostages_released"), (81, "hostages_released"), (23, "hostages_released")]


def test_counts_after_a_dash_that_do_not_add_up_are_not_parts(reference):
    # one more would not close the list: 81 and 22 are not 105 less one
    text = "During the truce, 105 hostages were freed — 81 Israelis, 22 Thais and a Filipino."
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text)]
    assert (105, "hostages_released") in found and (22, "hostages_released") not in found


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
    "text",
    [
        "Israel released 1,968 prisoners. Of these, 250 were serving long sentences, while 1,718 were Gazans"
        " detained during the war.",
        "Israel released 1,968 prisoners. Of these, 250 were serving long sentences and 1,718 were Gazans"
        " detained during the war.",
    ],
)
def test_a_part_that_is_people_detained_before_is_released_with_its_whole(reference, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (1968, "prisoners_released"),
        (250, "prisoners_released"),
        (1718, "prisoners_released"),
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


def test_parts_listed_with_a_copula_after_a_part_of_them_share_its_whole(reference):
    text = (
        "At least 192 journalists have been killed since the war began. Of them, 185 were Palestinians"
        " killed in Gaza, two were Israelis killed in Israel and five were killed in Lebanon."
    )
    found = [(f["value"], f["subgroup"], f["location"]) for f in figures_in(reference, text)]
    assert found[1:] == [
        (185, "journalists", "Gaza"),
        (2, "journalists", "Israel"),
        (5, "journalists", "Lebanon"),
    ]


def test_parts_listed_with_a_copula_after_of_them_share_its_whole(reference):
    text = (
        "At least 192 journalists have been killed since the war began. CPJ says 185 of them were"
        " Palestinians, two were Israelis and five were Lebanese."
    )
    found = [(f["value"], f["subgroup"]) for f in figures_in(reference, text)]
    assert found[1:] == [(185, "journalists"), (2, "journalists"), (5, "journalists")]


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


@pytest.mark.parametrize("things", ["groups", "batches", "stages", "phases", "rounds"])
def test_counts_that_add_up_to_a_count_after_its_clause_and_a_count_of_things_are_its_parts(
    reference, things
):
    # an article after a part opens no noun of its own ("13 a few hours later")
    text = (
        f"The 20 living hostages were handed to the Red Cross on Monday in two {things}, seven in the morning"
        " and 13 a few hours later."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (20, "hostages_released"),
        (7, "hostages_released"),
        (13, "hostages_released"),
    ]


def test_counts_after_a_count_of_things_that_do_not_add_up_are_no_parts(reference):
    text = "The 20 hostages were handed to the Red Cross in two groups, seven on Monday and 14 on Tuesday."
    assert [f["value"] for f in figures_in(reference, text) if f["metric"] == "hostages_released"] == [20]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The last 20 living hostages were freed on Monday. Hamas handed them to the Red Cross in two"
            " groups: seven in the morning in Gaza City, and 13 more a few hours later in Khan Younis.",
        ),
        (
            "en",
            "The last 20 living hostages were freed on Monday. They were handed to the Red Cross in two"
            " groups on Monday morning, seven at first in northern Gaza and then 13 more in Khan Younis.",
        ),
        (
            "es",
            "Los últimos 20 rehenes vivos fueron liberados el lunes. Fueron entregados a la Cruz Roja en dos"
            " grupos, siete primero en el norte de Gaza y luego 13 más en Jan Yunis.",
        ),
        (
            "es",
            "Los últimos 20 rehenes vivos fueron liberados el lunes. Fueron entregados a la Cruz Roja en dos"
            " grupos, siete primero en el norte de Gaza y después 13 más en Jan Yunis.",
        ),
        (
            "fr",
            "Les 20 derniers otages vivants ont été libérés lundi. Ils ont été remis à la Croix-Rouge en deux"
            " groupes : sept d'abord dans le nord de Gaza, puis 13 autres à Khan Younès.",
        ),
        (
            "fr",
            "Les 20 derniers otages vivants ont été libérés lundi. Ils ont été remis à la Croix-Rouge en deux"
            " groupes : sept d'abord dans le nord de Gaza, et ensuite 13 autres à Khan Younès.",
        ),
    ],
)
def test_counts_listed_past_a_count_of_things_that_add_up_to_the_last_sentences_count_are_its_parts(
    reference, language, text
):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (20, "hostages_released"),
        (7, "hostages_released"),
        (13, "hostages_released"),
    ]


@pytest.mark.parametrize(
    ("language", "things"),
    [("es", "tandas"), ("es", "fases"), ("es", "etapas"), ("fr", "phases"), ("fr", "étapes")],
)
def test_a_count_of_stages_is_no_figure(reference, language, things):
    text = {
        "es": f"Los 20 rehenes fueron liberados en dos {things}.",
        "fr": f"Les 20 otages ont été libérés en deux {things}.",
    }[language]
    assert [f["value"] for f in figures_in(reference, text, language)] == [20]


def test_parts_listed_with_commas_after_a_modifier_share_their_whole(reference):
    text = (
        "Of the 74 deaths recorded this year, 63 occurred in July, including 24 children under five years of"
        " age, one child older than five, and 38 adults."
    )
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text)] == [
        (74, "killed", "all"),
        (63, "killed", "all"),
        (24, "killed", "children"),
        (1, "killed", "children"),
        (38, "killed", "all"),
    ]


def test_parts_listed_after_a_modifier_a_comma_and_a_conjunction_share_their_whole(reference):
    text = (
        "183 prisoners were released, including 18 serving life sentences and 54 serving long sentences, as"
        " well as 111 people from Gaza who had been detained during the war."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (183, "prisoners_released"),
        (18, "prisoners_released"),
        (54, "prisoners_released"),
        (111, "prisoners_released"),
    ]


def test_counts_that_add_up_to_a_count_past_where_its_people_were_are_its_parts(reference):
    text = (
        "Los ataques han causado la muerte de al menos 49 personas en el norte de Israel y en los Altos del"
        " Golán ocupados, 26 civiles y 23 militares, según la AFP."
    )
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, "es")] == [
        (49, "killed", "all"),
        (26, "killed", "civilians"),
        (23, "killed", "soldiers"),
    ]


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
    "text",
    [
        "Israel released 1,968 prisoners, according to the prison service — 250 serving life sentences and"
        " 1,718 people from Gaza who had been detained during the war.",
        "Israel released 1,968 prisoners, including 1,718 people from Gaza who had been detained in the war.",
    ],
)
def test_the_past_of_a_part_of_a_release_told_past_where_they_are_from_is_no_count_of_its_own(
    reference, text
):
    assert {f["metric"] for f in figures_in(reference, text)} == {"prisoners_released"}


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
    ("text", "metric"),
    [
        ("The Israeli military says at least 42 of the hostages still held are dead.", "hostages_dead"),
        ("The army says 42 of the hostages still held in Gaza are believed dead.", "hostages_dead"),
        ("The 24 hostages still held in Gaza are dead, the army says.", "hostages_dead"),
        # no copula of the count's own: the state is the count's
        ("Hamas holds 100 of the hostages still held in Gaza.", "hostages_held"),
    ],
)
def test_a_copula_past_a_state_still_held_says_what_befell_the_count(reference, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, "en")] == [metric]


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


def test_a_count_with_a_finite_verb_of_its_own_after_a_part_is_no_part(reference):
    text = (
        "The ministry says 1,799 people have been killed since Saturday, including 583 children, and"
        " 6,388 have been wounded."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["metric"], f["subgroup"]) for f in figures] == [
        ("killed", "all"),
        ("killed", "children"),
        ("injured", "all"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El ministerio elevó a 492 la cifra de muertos, entre ellos 35 niños y 58 mujeres, mientras que "
            "los heridos ascienden a 1.645.",
        ),
        (
            "en",
            "The ministry said 492 people were killed, including 35 children and 58 women, while "
            "1,645 were wounded.",
        ),
        (
            "fr",
            "Le ministère a fait état de 492 morts, dont 35 enfants et 58 femmes, tandis que les blessés "
            "sont 1 645.",
        ),
    ],
)
def test_a_part_takes_no_verb_from_a_clause_of_contrast_after_it(reference, language, text):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert (58, "killed") in found and (1645, "injured") in found
