"""The words of events and groups in each language: killed, injured, displaced, and who they were."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


def test_the_israeli_side_is_israel(reference):
    text = "L'attaque a entraîné la mort de plus de 1 160 personnes côté israélien, selon l'AFP."
    assert [(r[0], r[1]) for r in rows(reference, text, "fr")] == [("killed", 1160)]
    document = Document(doc="t.txt", text=text, language="fr", published_at=date(2024, 3, 4))
    assert extract_document(document, reference)["location"].tolist() == ["Israel"]


def test_spanish_and_french_headlines_in_the_present_tense(reference):
    assert [r[:2] for r in rows(reference, "Hamás libera a 24 rehenes en Gaza", "es")] == [
        ("hostages_released", 24)
    ]
    assert [r[:2] for r in rows(reference, "Un bombardeo israelí mata a 15 personas en Rafah", "es")] == [
        ("killed", 15)
    ]
    assert [r[:2] for r in rows(reference, "Israël libère 39 prisonniers palestiniens", "fr")] == [
        ("prisoners_released", 39)
    ]
    assert [r[:2] for r in rows(reference, "Une frappe israélienne tue 15 personnes à Rafah", "fr")] == [
        ("killed", 15)
    ]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "At least 500 health care workers have been killed in Gaza."),
        ("en", "At least 500 medical personnel have been killed in Gaza."),
        ("es", "Al menos 500 trabajadores sanitarios han muerto en Gaza."),
        ("es", "Al menos 500 trabajadores de la salud han muerto en Gaza."),
        ("fr", "Au moins 500 personnels de santé ont été tués à Gaza."),
        ("fr", "Au moins 500 agents de santé ont été tués à Gaza."),
        ("fr", "Au moins 500 professionnels de santé ont été tués à Gaza."),
    ],
)
def test_health_workers_are_medical_staff_in_each_language(reference, language, text):
    assert rows(reference, text, language, columns=("value", "subgroup")) == [(500, "medical_staff")]


@pytest.mark.parametrize(
    "language, text, subgroup",
    [
        ("en", "At least 500 members of the medical staff have been killed in Gaza.", "medical_staff"),
        ("en", "At least 500 members of the same family have been killed in Gaza.", "all"),
        ("es", "Unos 500 miembros del personal médico han muerto en Gaza.", "medical_staff"),
        ("fr", "Au moins 500 membres du personnel soignant ont été tués à Gaza.", "medical_staff"),
        ("fr", "Au moins 500 membres des personnels de santé ont été tués à Gaza.", "medical_staff"),
        # Israeli forces are its soldiers
        ("en", "At least 500 members of Israeli forces have been killed.", "soldiers"),
        ("en", "At least 500 members of the Israeli security forces were killed.", "soldiers"),
        ("es", "Al menos 500 miembros de las fuerzas israelíes han muerto.", "soldiers"),
        ("es", "Al menos 500 miembros de las fuerzas de seguridad israelíes han muerto.", "soldiers"),
        ("fr", "Au moins 500 membres des forces israéliennes ont été tués.", "soldiers"),
        ("fr", "Au moins 500 membres des forces de sécurité israéliennes ont été tués.", "soldiers"),
    ],
)
def test_members_of_a_group_are_that_group(reference, language, text, subgroup):
    assert rows(reference, text, language, columns=("value", "subgroup")) == [(500, subgroup)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Cuatro soldadas israelíes fueron liberadas por Hamás."),
        ("fr", "Quatre soldates israéliennes ont été libérées par le Hamas."),
    ],
)
def test_women_soldiers_are_soldiers(reference, language, text):
    assert rows(reference, text, language, columns=("subgroup",)) == [("soldiers",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 16,500 people have taken refuge in schools in Lebanon, the UN said."),
        ("en", "More than 16,500 people took refuge in schools in Lebanon, the UN said."),
        ("es", "Más de 16.500 personas se refugiaron en escuelas en Líbano, según la ONU."),
        ("fr", "Au Liban, plus de 16 500 personnes ont trouvé refuge dans des écoles, selon l'ONU."),
        ("fr", "Au Liban, plus de 16 500 personnes se sont réfugiées dans des écoles, selon l'ONU."),
    ],
)
def test_people_who_took_refuge_are_displaced(reference, language, text):
    assert rows(reference, text, language, columns=("metric",)) == [("displaced",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 40,000 residents have been driven from their homes."),
        ("en", "More than 40,000 residents have been forced out of their homes."),
        ("es", "Más de 40.000 habitantes han sido expulsados de sus hogares."),
        ("es", "Más de 40.000 mujeres han sido expulsadas de sus hogares."),
        ("fr", "Plus de 40 000 habitants ont été chassés de chez eux."),
        ("fr", "Plus de 40 000 femmes ont été chassées de chez elles."),
    ],
)
def test_people_driven_from_their_homes_are_displaced(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value")) == [("displaced", 40000)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The army said three armed members of Islamic Jihad were killed."),
        ("es", "El ejército dijo que tres miembros armados de la Yihad Islámica murieron."),
        ("fr", "L'armée a indiqué que trois membres armés du Jihad islamique ont été tués."),
    ],
)
def test_armed_members_of_a_group_are_combatants(reference, language, text):
    assert rows(reference, text, language, columns=("value", "subgroup")) == [(3, "combatants")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An Israeli strike killed three Hezbollah members in southern Lebanon."),
        ("en", "An Israeli strike killed three members of Hezbollah in southern Lebanon."),
        ("en", "An Israeli strike killed three Hamas members in Gaza City."),
        ("en", "An Israeli strike killed three members of Hamas in Gaza City."),
        ("es", "Tres miembros de Hizbulá murieron en un bombardeo israelí."),
        ("es", "Tres miembros del grupo chií Hizbulá murieron en un bombardeo israelí."),
        ("es", "Tres miembros de Hamás murieron en un bombardeo israelí."),
        ("fr", "Trois membres du Hezbollah ont été tués dans une frappe israélienne."),
        ("fr", "Trois membres du Hamas ont été tués dans une frappe israélienne."),
    ],
)
def test_members_of_an_armed_group_are_combatants(reference, language, text):
    assert rows(reference, text, language, columns=("value", "subgroup")) == [(3, "combatants")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La ONU calcula que unas 124.000 personas se han visto obligadas a desplazarse desde el martes.",
        ),
        ("fr", "Selon l’ONU, 124 000 personnes ont dû se déplacer de nouveau depuis mardi."),
    ],
)
def test_having_to_move_is_displacement(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric")) == [(124000, "displaced")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Unas 60.000 personas fueron evacuadas de sus hogares.", [(60000, "displaced")]),
        ("es", "Unos 60.000 residentes fueron evacuados de sus hogares.", [(60000, "displaced")]),
        ("fr", "Quelque 60 000 personnes ont été évacuées de leurs maisons.", [(60000, "displaced")]),
        ("fr", "Quelque 60 000 habitants ont été évacués de leurs maisons.", [(60000, "displaced")]),
        # the evacuation of people from their homes, named by its noun
        ("en", "The state is funding the evacuation of about 60,000 residents.", [(60000, "displaced")]),
        ("es", "El Estado financia la evacuación de unos 60.000 residentes.", [(60000, "displaced")]),
        ("fr", "L'État finance l'évacuation de quelque 60 000 habitants.", [(60000, "displaced")]),
        # evacuated to be treated: no one displaced
        ("es", "Unos 300 niños fueron evacuados para recibir tratamiento en Egipto.", []),
        ("es", "Unas 300 niñas fueron evacuadas para recibir tratamiento en Egipto.", []),
        ("es", "Unos 300 niños fueron evacuados por razones médicas.", []),
        ("fr", "Quelque 300 enfants ont été évacués pour être soignés en Égypte.", []),
        ("fr", "Quelque 300 fillettes ont été évacuées pour être soignées en Égypte.", []),
        ("fr", "Quelque 300 enfants ont été évacués pour raisons médicales.", []),
    ],
)
def test_evacuated_from_home_is_displaced_but_not_for_treatment(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "metric")) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The offensive has forced some 40,000 people from their homes."),
        ("en", "The offensive has forced some 40,000 people to leave their homes."),
        ("en", "The offensive has forced some 40,000 people to flee their homes."),
        ("es", "La ofensiva ha obligado a unas 40.000 personas a abandonar sus hogares."),
        ("es", "La ofensiva ha obligado a unas 40.000 personas a abandonar sus casas."),
        ("fr", "L'offensive a contraint quelque 40 000 personnes à quitter leur domicile."),
        ("fr", "L'offensive a contraint quelque 40 000 personnes à quitter leurs maisons."),
        ("fr", "L'offensive a contraint quelque 40 000 personnes à quitter leurs foyers."),
    ],
)
def test_people_forced_from_their_homes_are_displaced(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric")) == [(40000, "displaced")]


def test_those_who_had_fled_are_displaced(reference):
    text = "Un million de Libanais avaient fui leurs foyers au plus fort des combats."
    assert rows(reference, text, "fr", columns=("value", "metric")) == [(1000000, "displaced")]


def test_a_nationality_past_an_adjective_of_the_head_names_the_subgroup(reference):
    text = "Hamás puso en libertad a diez trabajadores agrícolas tailandeses."
    (figure,) = figures_in(reference, text, "es")
    assert figure["subgroup"] == "foreign_nationals"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "189 soldiers died in the fighting on Israeli territory."),
        ("es", "189 soldados murieron en los combates librados en territorio israelí."),
        ("fr", "189 soldats sont morts dans les combats sur le territoire israélien."),
    ],
)
def test_israeli_territory_is_israel(reference, language, text):
    assert [f["location"] for f in figures_in(reference, text, language)] == ["Israel"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El bombardeo mató a tres ancianos."),
        ("es", "El bombardeo mató a tres ancianas."),
        ("es", "El bombardeo mató a tres personas mayores."),
        ("fr", "La frappe a tué trois personnes âgées."),
        ("fr", "La frappe a tué trois vieillards."),
    ],
)
def test_the_elderly_are_a_subgroup_in_each_language(reference, language, text):
    assert [(f["value"], f["subgroup"]) for f in figures_in(reference, text, language)] == [(3, "elderly")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las tropas han abatido a 11 milicianos."),
        ("es", "Once milicianos fueron abatidos."),
        ("es", "El Ejército abatió a 11 milicianos."),
        ("es", "Los soldados abatieron a 11 milicianos."),
        ("es", "Once milicianos fueron eliminados."),
        ("es", "El Ejército ha eliminado a 11 milicianos."),
        ("es", "El Ejército eliminó a 11 milicianos."),
        ("es", "Los soldados eliminaron a 11 milicianos."),
        ("en", "Troops eliminated 11 militants."),
        ("fr", "Onze combattants ont été abattus."),
        ("fr", "L'armée a abattu 11 combattants."),
        ("fr", "Onze combattants ont été éliminés."),
        ("fr", "L'armée a éliminé 11 combattants."),
    ],
)
def test_fighters_shot_down_or_eliminated_are_killed(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [(11, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Israeli army expelled about 32,000 Palestinians from the refugee camps."),
        ("en", "UN OCHA projects that about 32,000 people could be forced to move."),
        ("es", "El ejército israelí expulsó a unos 32.000 palestinos de los campos de refugiados."),
        ("es", "Unos 32.000 palestinos fueron expulsados de los campos de refugiados."),
        ("fr", "L'armée israélienne a expulsé quelque 32 000 Palestiniens des camps de réfugiés."),
    ],
)
def test_people_expelled_or_forced_to_move_are_displaced(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (32000, "displaced")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon l'UNRWA, environ 40 000 Palestiniens ont été chassés de leurs maisons.",
            (40000, "displaced"),
        ),
        ("Selon l'UNRWA, environ 40 000 personnes ont été chassées de leurs maisons.", (40000, "displaced")),
        (
            "L'armée affirme avoir tué 50 militants et arrêté une centaine de personnes.",
            (100, "prisoners_held"),
        ),
    ],
)
def test_french_people_driven_from_their_homes_and_arrested(reference, text, expected):
    assert rows(reference, text, "fr", columns=("value", "metric"))[-1] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Près de 1 200 personnes ont été assassinées en Israël ce jour-là."),
        ("fr", "Au moins 40 civils ont été assassinés en Israël ce jour-là."),
        ("fr", "Au moins 40 villageois ont été massacrés en Israël ce jour-là."),
        ("en", "At least 40 villagers were massacred in Israel that day."),
        ("es", "Ese día, el grupo asesinó a 40 aldeanos en Israel."),
        ("es", "Ese día, los milicianos asesinaron a 40 aldeanos en Israel."),
        ("fr", "Ce jour-là, le groupe a assassiné 40 villageois en Israël."),
        ("fr", "Ce jour-là, les miliciens ont assassiné 40 villageois en Israël."),
    ],
)
def test_the_murdered_and_massacred_were_killed(reference, language, text):
    assert [metric for (metric,) in rows(reference, text, language, columns=("metric",))] == ["killed"]


def test_the_maimed_were_injured(reference):
    text = "Counsel said that more than 5,500 people had been maimed that day."
    assert [metric for (metric,) in rows(reference, text, "en", columns=("metric",))] == ["injured"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Sur les 251 personnes enlevées, 59 sont toujours retenues à Gaza. L'armée estime que 35 d'entre"
            " elles sont mortes.",
            [(251, "hostages_taken"), (59, "hostages_held"), (35, "hostages_dead")],
        ),
        (
            "fr",
            "Sur les 251 personnes enlevées, 59 sont toujours retenues à Gaza. L'armée estime que 35 d'entre"
            " eux sont morts.",
            [(251, "hostages_taken"), (59, "hostages_held"), (35, "hostages_dead")],
        ),
        ("fr", "Près de 250 000 personnes ont déjà fui la ville.", [(250000, "displaced")]),
        ("es", "Aquel día, 252 personas fueron tomadas como rehenes.", [(252, "hostages_taken")]),
        ("es", "Unos 60.000 residentes siguen sin poder volver a sus casas.", [(60000, "displaced")]),
        ("es", "Unos 60.000 residentes siguen sin poder volver a sus hogares.", [(60000, "displaced")]),
    ],
)
def test_words_of_parts_and_events_in_spanish_and_french(reference, language, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The strikes resulted in the martyrdom of 12 people."),
        ("en", "The ministry counted 12 martyrs on Monday."),
        ("es", "El ministerio contabilizó 12 mártires el lunes."),
        # the singular, as a headline's shorthand writes it
        ("es", "Gaza: 12 mártir en un bombardeo"),
        ("fr", "Le ministère a recensé 12 martyrs lundi."),
        ("fr", "Gaza : 12 martyr dans un bombardement"),
    ],
)
def test_martyrs_are_the_dead(reference, language, text):
    assert [(f["metric"], f["value"]) for f in figures_in(reference, text, language)] == [("killed", 12)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El número de muertos ascendió a 56.156, y el de heridos, a 132.239."),
        ("en", "The number of dead rose to 56,156, and that of the wounded, to 132,239."),
        ("fr", "Le nombre de morts s'élève à 56 156, et celui des blessés, à 132 239."),
    ],
)
def test_a_clause_whose_verb_is_left_out_names_its_counts_event(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["metric"], f["value"]) for f in figures] == [("killed", 56156), ("injured", 132239)]
