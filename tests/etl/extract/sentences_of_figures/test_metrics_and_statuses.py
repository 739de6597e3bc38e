"""What befell the people counted and who they were, and whether it was reported, proposed or projected."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures, only, statuses_of


@pytest.mark.parametrize("verb", ["wound", "injure"])
def test_a_headline_verb_in_the_present_counts_the_wounded(reference, verb):
    found = figures(reference, f"Israeli settlers {verb} four Palestinians near Nablus")
    assert [(f["value"], f["metric"]) for f in found] == [(4, "injured")]


def test_metric_from_coordinated_verbs(reference):
    rows = figures(reference, "The ministry in Gaza said strikes killed 40 people and wounded 95.")
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 40), ("injured", 95)]


def test_inclusion_keeps_metric_and_names_subgroup(reference):
    rows = figures(reference, "At least 80 people were killed in Gaza, including 30 children.")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in rows] == [
        ("killed", "all", 80),
        ("killed", "children", 30),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said troops killed 17 terror operatives in Rafah.",
        "The army said 17 terrorists were killed in Rafah.",
        "El ejército dijo que 17 terroristas murieron en Rafah.",
    ],
)
def test_the_armys_word_for_militants_is_combatants(reference, text):
    assert only(reference, text)["subgroup"] == "combatants"


def test_a_forecast_that_could_exceed_is_projected_and_ages_are_not_counts(reference):
    figure = only(reference, "A study estimated that the death toll in Gaza could exceed 186,000.")
    assert (figure["metric"], figure["value"], figure["status"]) == ("killed", 186000, "projected")
    figure = only(reference, "In Gaza, 12 children under five were killed.")
    assert (figure["value"], figure["subgroup"]) == (12, "children")


def test_officers_and_reservists_are_soldiers(reference):
    rows = figures(
        reference, "One Israeli officer and two reservists were killed in the raid, the army said."
    )
    assert [(r["value"], r["metric"], r["subgroup"]) for r in rows] == [
        (1, "killed", "soldiers"),
        (2, "killed", "soldiers"),
    ]


def test_hostage_and_prisoner_metrics(reference):
    rows = figures(
        reference, "Under the deal, Hamas is to free 20 hostages and Israel is to release 600 prisoners."
    )
    assert [(r["metric"], r["location"], r["status"]) for r in rows] == [
        ("hostages_released", "Gaza", "proposed"),
        ("prisoners_released", "Israel", "proposed"),
    ]


def test_terms_an_agreement_calls_for_are_proposed(reference):
    rows = figures(
        reference, "The agreement calls for the release of 33 hostages in exchange for 1,000 prisoners."
    )
    assert [(r["metric"], r["status"]) for r in rows] == [
        ("hostages_released", "proposed"),
        ("prisoners_released", "proposed"),
    ]


def test_what_was_to_happen_under_a_deal_is_proposed(reference):
    rows = figures(reference, "Under the deal, 33 hostages were to be exchanged for 1,900 prisoners.")
    assert [(r["metric"], r["status"]) for r in rows] == [
        ("hostages_released", "proposed"),
        ("prisoners_released", "proposed"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas said it was ready to release 34 hostages."),
        ("es", "Hamas está dispuesto a liberar a 34 rehenes."),
    ],
)
def test_what_a_party_is_ready_to_do_is_proposed(reference, language, text):
    assert statuses_of(reference, text, language) == [("hostages_released", "proposed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("es", "Los manifestantes exigieron la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("fr", "Le Hamas a exigé la libération de 1 000 prisonniers palestiniens.", "prisoners_released"),
        ("es", "Hamas exigió la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("es", "Hamas ha exigido la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("fr", "Les familles réclament la libération de 50 otages.", "hostages_released"),
        ("fr", "La famille réclame la libération de 50 otages.", "hostages_released"),
        ("fr", "Les familles ont réclamé la libération de 50 otages.", "hostages_released"),
    ],
)
def test_a_release_demanded_in_any_tense_is_proposed(reference, language, text, metric):
    assert statuses_of(reference, text, language) == [(metric, "proposed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "The UN chief, who has demanded a ceasefire, said 40,000 people had been killed.", "killed"),
        ("en", "The president, who has a plan for Gaza, said 50 hostages remain there.", "hostages_held"),
        ("fr", "Le Hamas, qui exige un cessez-le-feu, affirme que 40 000 personnes ont été tuées.", "killed"),
    ],
)
def test_a_demand_in_a_relative_clause_about_the_speaker_is_not_the_counts(reference, language, text, metric):
    assert statuses_of(reference, text, language) == [(metric, "reported")]


def test_a_relative_clause_holding_the_count_keeps_its_cue(reference):
    found = only(reference, "Hamas, which would free 33 hostages under the deal, signed it on Friday.")
    assert (found["metric"], found["status"]) == ("hostages_released", "proposed")


def test_a_place_home_to_a_count_of_the_displaced_counts_them(reference):
    assert [
        (r["metric"], r["value"]) for r in figures(reference, "The camp is home to 3,000 displaced people.")
    ] == [("displaced", 3000)]


def test_soldiers_freed_in_an_exchange_are_released_not_rescuers(reference):
    rows = figures(
        reference, "Hamas freed four soldiers on Saturday in exchange for 200 Palestinian prisoners."
    )
    assert [(r["metric"], r["value"], r["location"]) for r in rows] == [
        ("hostages_released", 4, "Gaza"),
        ("prisoners_released", 200, "Israel"),
    ]
    (rescue,) = figures(reference, "Israeli forces freed four hostages in a raid on Saturday.")
    assert rescue["metric"] == "hostages_rescued"


@pytest.mark.parametrize(
    ("headline", "metric"),
    [
        ("Hamas frees 24 hostages as truce takes hold", "hostages_released"),
        ("Israeli strike wounds 15 in Rafah", "injured"),
        ("Militants seize 240 hostages in southern Israel", "hostages_taken"),
        ("Israeli forces rescue four hostages in Nuseirat", "hostages_rescued"),
        ("More than 100,000 people flee Rafah", "displaced"),
    ],
)
def test_headlines_in_the_present_tense(reference, headline, metric):
    assert [r["metric"] for r in figures(reference, headline)] == [metric]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All 20 living hostages are home.", (20, "hostages_released")),
        (
            "The last 20 living hostages held in Gaza were back in Israel on Monday.",
            (20, "hostages_released"),
        ),
        ("The 20 hostages are back home.", (20, "hostages_released")),
        ("Some 154 of the long-term prisoners were deported to Egypt.", (154, "prisoners_released")),
        # the dead still in Gaza are the dead, still held
        ("That leaves 24 dead hostages still in Gaza.", (24, "hostages_dead")),
    ],
)
def test_hostages_home_and_prisoners_deported_are_released(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["At least 30 Palestinians were martyred in Israeli strikes.", "The strikes left at least 30 martyrs."],
)
def test_martyrs_are_killed(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(30, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 children have lost limbs.", (4000, "injured")),
        ("Gaza now has 4,000 child amputees.", (4000, "injured")),
        ("We will remember the 900 soldiers who fell in this war.", (900, "killed")),
        ("The 900 soldiers who have fallen are remembered.", (900, "killed")),
        ("The names of 900 soldiers who had fallen were read.", (900, "killed")),
    ],
)
def test_amputees_are_injured_and_soldiers_who_fell_are_killed(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le Hamas annonce que 14 otages israéliens et trois étrangers doivent être libérés dans la"
            " soirée.",
        ),
        ("en", "Hamas says 14 Israeli hostages and three foreigners are to be freed this evening."),
        ("es", "Hamás anuncia que 14 rehenes israelíes y tres extranjeros deben ser liberados esta noche."),
    ],
)
def test_counts_that_share_a_verb_share_its_status(reference, language, text):
    assert statuses_of(reference, text, language) == [("hostages_released", "proposed")] * 2


def test_a_part_does_not_take_the_status_of_its_wholes_verb(reference):
    text = (
        "Hamas has so far returned the bodies of 21 of the 28 deceased hostages it was required to hand over."
    )
    assert statuses_of(reference, text, "en")[0] == ("hostages_dead", "reported")


def test_the_injury_of_a_count_is_a_count_of_injured(reference):
    text = "These attacks resulted in the death of 315 persons and the injury of 212 others in Syria."
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(315, "killed"), (212, "injured")]


def test_a_toll_that_counts_a_count_of_another_event_leaves_it_that_event(reference):
    text = (
        "Strikes killed 16 people in Lebanon, the ministry said in a preliminary toll that also counted"
        " 52 wounded."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(16, "killed"), (52, "injured")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ten people were believed to still be trapped under the collapsed building in Gaza."),
        ("es", "Diez personas siguen atrapadas bajo el edificio derrumbado en Gaza."),
        ("fr", "Dix personnes sont toujours coincées sous l'immeuble effondré à Gaza."),
        ("en", "Ten people are trapped beneath the rubble of the building in Gaza."),
        ("es", "Diez civiles siguen atrapados bajo el edificio derrumbado en Gaza."),
        ("fr", "Dix civils sont toujours coincés sous l'immeuble effondré à Gaza."),
    ],
)
def test_people_trapped_under_a_building_are_missing(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [(10, "missing")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 40,000 residents of northern communities have yet to return to their homes in Israel."),
        ("en", "About 40,000 Israelis have yet to return home."),
        ("es", "Unos 40.000 vecinos del norte de Israel siguen sin poder regresar a sus hogares."),
        ("es", "Unos 40.000 vecinos del norte de Israel no han podido regresar a sus hogares."),
        ("fr", "Quelque 40 000 habitants du nord d'Israël n'ont toujours pas pu rentrer chez eux."),
    ],
)
def test_people_yet_to_return_home_are_displaced(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in found] == [(40000, "displaced", "Israel")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Around 40,000 residents of northern Israel remain out of their homes."),
        ("en", "Officials said 40,000 people in Israel had been forced out of homes damaged by missiles."),
        ("en", "Nearly 40,000 people in Gaza are still living in makeshift shelters."),
        ("es", "Unas 40.000 personas siguen fuera de sus hogares en el norte de Israel."),
        ("es", "Cerca de 40.000 personas viven en refugios improvisados en Gaza."),
        ("fr", "Quelque 40 000 habitants du nord d'Israël restent hors de chez eux."),
        ("fr", "Près de 40 000 personnes vivent dans des abris de fortune à Gaza."),
    ],
)
def test_people_out_of_their_homes_or_in_makeshift_shelters_are_displaced(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (40000, "displaced")
    ]


@pytest.mark.parametrize("verb", ["taken to hospital", "taken to hospitals", "admitted to hospital"])
def test_people_taken_to_hospital_are_injured(reference, verb):
    text = f"The Health Ministry says 3,238 people have been {verb} in Israel since the missiles hit."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["injured"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Hamas a précisé que 150 hommes détenus dans les prisons israéliennes seraient libérés."),
        ("fr", "Le Hamas a précisé que 150 femmes détenues dans les prisons israéliennes seraient libérées."),
        ("fr", "Le Hamas a précisé que 150 femmes détenues dans les prisons israéliennes seront libérées."),
        ("es", "Hamás dijo que 150 mujeres detenidas en cárceles israelíes serán liberadas."),
        ("es", "Hamás dijo que 150 hombres detenidos en cárceles israelíes serían liberados."),
        ("es", "Hamás dijo que 150 mujeres detenidas en cárceles israelíes serían liberadas."),
    ],
)
def test_prisoners_held_who_would_be_freed_are_a_proposed_release(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["metric"], f["status"]) for f in found] == [("prisoners_released", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Unos 60.000 israelíes siguen fuera de sus casas en el norte.",
        "En Rafah se hacinan 1,4 millones de personas huidas de otras zonas.",
        "En Rafah viven 900 niños huidos del norte.",
    ],
)
def test_people_out_of_their_houses_or_fled_are_displaced_in_spanish(reference, text):
    assert [f["metric"] for f in figures_in(reference, text, "es")] == ["displaced"]
