"""Hostages and prisoners in each language: held, dead, released, exchanged, rescued and arrested."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


def test_hostages_still_held_and_those_of_them_dead(reference):
    text = "Hamás mantiene secuestradas a 111 personas, de las cuales 39 habrían muerto, según el ejército."
    assert [row[:2] for row in rows(reference, text, "es")] == [("hostages_held", 111), ("hostages_dead", 39)]
    text = "Au total, 111 otages sont toujours retenus à Gaza, dont 39 sont mortes selon l'armée."
    assert [row[:2] for row in rows(reference, text, "fr")] == [("hostages_held", 111), ("hostages_dead", 39)]


def test_spanish_prisoners_set_free_are_released(reference):
    text = "Israel excarceló a 39 presos palestinos, según el Servicio Penitenciario israelí."
    assert rows(reference, text, "es") == [
        ("prisoners_released", 39, "exact", "Israeli official figures", "2024-03-04")
    ]
    text = "Unos 180 palestinos han salido de las cárceles israelíes."
    assert rows(reference, text, "es")[0][:2] == ("prisoners_released", 180)


def test_the_bodies_of_another_count_are_that_counts_not_the_one_before(reference):
    for text, language in [
        ("Hamas has 20 hostages and the bodies of another 28.", "en"),
        ("Hamas tiene 20 rehenes y los cuerpos de otros 28.", "es"),
        ("Le Hamas détient 20 otages et les corps de 28 autres.", "fr"),
    ]:
        assert [row[:2] for row in rows(reference, text, language)] == [
            ("hostages_held", 20),
            ("hostages_dead", 28),
        ], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a release, "contre" names who the released are exchanged for: a count of the day
        (
            "Le Hamas a libéré 50 otages contre 150 prisonniers palestiniens.",
            [(50, "hostages_released", "2025-01-19"), (150, "prisoners_released", "2025-01-19")],
        ),
        (
            "L'accord prévoit la libération de 33 otages, contre quelque 1 900 Palestiniens détenus par "
            "Israël.",
            [(33, "hostages_released", "2025-01-19"), (1900, "prisoners_released", "2025-01-19")],
        ),
        # elsewhere, and before a count of the same kind, it names an earlier count, of the same metric
        (
            "Israël a libéré 30 prisonniers, contre 45 lors de l'échange précédent.",
            [(30, "prisoners_released", "2025-01-19"), (45, "prisoners_released", "")],
        ),
        (
            "Israël a libéré 30 prisonniers, contre 45 prisonniers lors de l'échange précédent.",
            [(30, "prisoners_released", "2025-01-19"), (45, "prisoners_released", "")],
        ),
        # after a count of another event, a count of another kind too
        (
            "Le Hamas détient encore 101 otages, contre 5 200 prisonniers palestiniens détenus par Israël "
            "avant la guerre.",
            [(101, "hostages_held", "2025-01-19"), (5200, "prisoners_held", "")],
        ),
        (
            "Le bilan s'élève à 40 005 morts, contre 39 965 la veille.",
            [(40005, "killed", "2025-01-19"), (39965, "killed", "2025-01-18")],
        ),
    ],
)
def test_french_contre_after_a_release_is_an_exchange(reference, text, expected):
    found = rows(reference, text, "fr", date(2025, 1, 19), columns=("value", "metric", "as_of"))
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("es", "Israel ha liberado a 1.100 prisioneros palestinos.", "prisoners_released"),
        ("es", "Hamás ha entregado a 3 rehenes.", "hostages_released"),
        ("es", "Hamás liberará a 33 rehenes.", "hostages_released"),
        ("es", "Hamás devolvió a cuatro rehenes.", "hostages_released"),
        ("fr", "Israël a relâché 90 prisonniers palestiniens.", "prisoners_released"),
        ("fr", "Le Hamas libérera 33 otages.", "hostages_released"),
    ],
)
def test_releases_in_the_perfect_and_the_future(reference, language, text, metric):
    assert [m for (m,) in rows(reference, text, language, columns=("metric",))] == [metric]


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        # a nationality after the noun is the noun's, in the languages that put it there
        ("es", "Israel excarcela a 39 mujeres palestinas", "women"),
        ("fr", "Israël libère 39 femmes palestiniennes", "women"),
        ("es", "Israel excarcela a 39 mujeres y menores palestinos", "women_and_children"),
        ("fr", "Israël libère 39 femmes et mineurs palestiniens", "women_and_children"),
        ("en", "Israel frees 39 Palestinian women and minors", "women_and_children"),
    ],
)
def test_palestinians_israel_frees_are_its_prisoners(reference, language, text, subgroup):
    assert rows(reference, text, language, columns=("metric", "value", "subgroup")) == [
        ("prisoners_released", 39, subgroup)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hamás exige la liberación de los 20 rehenes vivos que quedan en Gaza."),
        ("fr", "Le Hamas doit libérer les 20 otages vivants qui restent à Gaza."),
        ("es", "Quedan 20 rehenes en Gaza."),
    ],
)
def test_living_hostages_who_remain_are_still_held(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value", "status")) == [
        ("hostages_held", 20, "reported")
    ]


def test_bodies_restituted_are_the_dead_not_figures_made_public(reference):
    text = (
        "Le Hamas a remis mardi les dépouilles de quatre otages, portant à huit le nombre de corps restitués."
        " Les chiffres rendus publics lundi font état de 40 000 morts à Gaza."
    )
    assert rows(reference, text, "fr", columns=("metric", "value")) == [
        ("hostages_dead", 4),
        ("hostages_dead", 8),
        ("killed", 40000),
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The group has recorded more than 19,000 arrests in the West Bank.",
            [(19000, "prisoners_held")],
        ),
        (
            "es",
            "El grupo ha registrado más de 19.000 detenciones en Cisjordania.",
            [(19000, "prisoners_held")],
        ),
        (
            "fr",
            "Le groupe a recensé plus de 19 000 arrestations en Cisjordanie.",
            [(19000, "prisoners_held")],
        ),
    ],
)
def test_a_count_of_arrests_counts_people_detained(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "metric")) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The group documented the detention of at least 14 men, who were taken to facilities in Israel.",
        ),
        ("en", "The group documented detentions of at least 14 men, who were taken to facilities in Israel."),
        ("es", "El grupo documentó la detención de al menos 14 hombres, que fueron trasladados a Israel."),
        ("fr", "Le groupe a documenté la détention d’au moins 14 hommes, emmenés en Israël."),
    ],
)
def test_the_detention_of_people_taken_away_is_no_hostage_taking(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric", "location")) == [
        (14, "prisoners_held", "Israel")
    ]


def test_contre_after_a_part_of_a_count_released_names_what_the_count_is_exchanged_for(reference):
    text = "Le Hamas a libéré 33 otages, dont huit sont morts, contre environ 1 900 prisonniers."
    assert rows(reference, text, "fr", columns=("value", "metric", "as_of")) == [
        (33, "hostages_released", "2024-03-04"),
        (8, "hostages_dead", "2024-03-04"),
        (1900, "prisoners_released", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las fuerzas israelíes detuvieron a 40 palestinos en Cisjordania."),
        ("es", "El Ejército israelí detuvo a 40 palestinos en Cisjordania."),
        ("es", "El Ejército israelí ha detenido a 40 palestinos en Cisjordania."),
        ("es", "Las tropas han detenido a 40 palestinos en Cisjordania."),
        ("es", "Las fuerzas israelíes arrestaron a 40 palestinos en Cisjordania."),
        ("es", "El Ejército arrestó a 40 palestinos en Cisjordania."),
        ("es", "Cisjordania: el Ejército israelí detiene a 40 palestinos"),
        ("es", "Cisjordania: las tropas israelíes detienen a 40 palestinos"),
        ("fr", "L'armée a arrêté 40 Palestiniens en Cisjordanie."),
        ("fr", "Les soldats ont arrêté 40 Palestiniens en Cisjordanie."),
        ("fr", "L'armée a interpellé 40 Palestiniens en Cisjordanie."),
        ("fr", "Les soldats ont interpellé 40 Palestiniens en Cisjordanie."),
    ],
)
def test_a_verb_of_arrest_counts_prisoners_held_in_each_language(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric")) == [(40, "prisoners_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "There are more than 11,100 Palestinians in Israeli prisons."),
        ("es", "Hay más de 11.100 palestinos en cárceles israelíes."),
        ("es", "Hay más de 11.100 palestinos en prisiones israelíes."),
        ("fr", "Plus de 11 100 Palestiniens se trouvent dans les prisons israéliennes."),
        ("fr", "Plus de 11 100 Palestiniens se trouvent dans des prisons israéliennes."),
    ],
)
def test_people_in_israeli_prisons_are_prisoners_held(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric")) == [(11100, "prisoners_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hamás puso en libertad a diez rehenes."),
        ("es", "Las milicias pusieron en libertad a diez rehenes."),
        ("es", "Diez rehenes han sido puestos en libertad."),
        ("es", "Una rehén fue puesta en libertad junto a otras diez mujeres."),
        ("es", "Diez rehenes fueron puestas en libertad."),
        ("es", "Hamás ha puesto en libertad a diez rehenes."),
        ("fr", "Le Hamas a remis en liberté dix otages."),
        ("fr", "Les ravisseurs ont remis en liberté dix otages."),
        ("fr", "Dix otages ont été remis en liberté."),
        ("fr", "Dix otages ont été remises en liberté."),
        ("fr", "Une otage a été remise en liberté avec dix autres otages."),
    ],
)
def test_setting_free_is_a_release_in_each_language(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (10, "hostages_released")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Las milicias entregaron a ocho rehenes a la Cruz Roja.",
        "Israel excarceló a 110 presos después de que Hamás entregara a ocho rehenes.",
        "Israel excarceló a 110 presos después de que las milicias entregaran a ocho rehenes.",
        "Hamás ha entregado a ocho rehenes a la Cruz Roja.",
    ],
)
def test_hostages_handed_over_are_released_in_spanish(reference, text):
    hostages = [(f["value"], f["metric"]) for f in figures_in(reference, text, "es") if f["value"] == 8]
    assert hostages == [(8, "hostages_released")]


def test_prisoners_deported_are_released_in_spanish(reference):
    text = "Unos 154 de los presos con condenas largas fueron deportados a Egipto."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "es")] == [
        (154, "prisoners_released")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "136 hostages are still held in Gaza, of whom at least 25 are no longer alive."),
        ("fr", "136 otages sont toujours retenus à Gaza, dont au moins 25 ne seraient plus en vie."),
        ("es", "136 rehenes siguen retenidos en Gaza, de los cuales al menos 25 ya no están con vida."),
        ("es", "136 rehenes siguen retenidos en Gaza, de los cuales al menos 25 ya no estarían con vida."),
        ("es", "136 rehenes siguen retenidos en Gaza, de los cuales al menos 25 ya no siguen con vida."),
    ],
)
def test_hostages_no_longer_alive_are_dead(reference, language, text):
    found = rows(reference, text, language, columns=("value", "metric"))
    assert found == [(136, "hostages_held"), (25, "hostages_dead")]


def test_the_return_of_hostages_set_apart_from_its_noun_is_a_release(reference):
    text = "La trêve a permis le retour en Israël de 33 otages, dont huit morts."
    found = rows(reference, text, "fr", columns=("value", "metric"))
    assert found == [(33, "hostages_released"), (8, "hostages_dead")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El Foro pidió un acuerdo para liberar a los 120 rehenes que, según sus cifras, siguen en Gaza.",
        ),
        ("en", "The forum called for a deal to free the 120 hostages who, by its count, remain in Gaza."),
        ("fr", "Le Forum réclame un accord pour libérer les 120 otages qui, selon lui, restent à Gaza."),
    ],
)
def test_hostages_who_remain_past_an_aside_are_still_held(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric", "status")) == [
        (120, "hostages_held", "reported")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Son siete los rehenes liberados con vida mediante operaciones militares."),
        ("es", "Siete rehenes fueron liberados mediante una operación militar."),
        ("en", "Seven hostages have been freed through military operations."),
        ("fr", "Sept otages ont été libérés par des opérations militaires."),
    ],
)
def test_hostages_freed_by_military_means_are_rescued(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric")) == [(7, "hostages_rescued")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Con ellos son tres los rehenes que recuperaron la libertad en Gaza."),
        ("fr", "Trois otages ont retrouvé la liberté samedi."),
        ("fr", "Samedi, un total de trois otages a retrouvé la liberté."),
        ("en", "Three hostages regained their freedom on Saturday."),
    ],
)
def test_regaining_freedom_is_a_release(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["hostages_released"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Israel estima que 28 rehenes muertos siguen en el enclave."),
        ("es", "Israel estima que 28 rehenes asesinados siguen en el enclave."),
        ("fr", "Israël estime que 28 otages morts sont toujours à Gaza."),
        ("en", "Israel says 28 dead hostages remain in the enclave."),
    ],
)
def test_dead_hostages_still_held_are_the_dead(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (28, "hostages_dead")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ejército indicó que 98 personas permanecen cautivas en Gaza."),
        ("fr", "L'armée a indiqué que 98 personnes sont captives à Gaza."),
    ],
)
def test_feminine_captives_are_held(reference, language, text):
    assert [(r[0], r[1]) for r in rows(reference, text, language)] == [("hostages_held", 98)]
