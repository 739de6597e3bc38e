"""Hostages, prisoners and the dead they leave: taken, held, returned, rescued, swapped and released."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import figures_of, metrics_of


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


def test_palestinians_israel_frees_are_prisoners_released(reference):
    assert metrics_of(reference, "Israel freed 90 Palestinians on Saturday.") == [(90, "prisoners_released")]


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
        # hostages who left their captivity's place
        ("es", "En total, 17 rehenes salieron de Gaza este domingo.", [(17, "hostages_released")]),
        ("es", "En total, 17 rehenes han salido de Gaza.", [(17, "hostages_released")]),
        ("fr", "Au total, 17 otages sont sortis de Gaza dimanche.", [(17, "hostages_released")]),
        ("fr", "Au total, 17 femmes otages sont sorties de Gaza dimanche.", [(17, "hostages_released")]),
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
        ("fr", "Quelque 250 détenus sont sortis des prisons israéliennes.", "prisoners_released"),
        ("fr", "Quelque 250 détenues sont sorties des prisons israéliennes.", "prisoners_released"),
        ("fr", "Quelque 250 Palestiniens sont sortis de détention jeudi.", "prisoners_released"),
        ("es", "Unos 250 palestinos salieron de prisión el jueves.", "prisoners_released"),
        ("es", "Unos 250 palestinos salieron de las prisiones israelíes.", "prisoners_released"),
    ],
)
def test_coming_home_and_leaving_prison_are_releases(reference, language, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, language)] == [metric]


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
    "text",
    [
        "The prison service said 39 Palestinian prisoners, all of them women and teenagers, were released.",
        "The prison service said 39 Thai hostages, most of them farm workers, were released.",
    ],
)
def test_a_people_word_before_a_kind_of_people_qualifies_it(reference, text):
    # the kind is the head past a comma and an aside, too: the verb after the aside is the count's
    assert [f["metric"] for f in figures_in(reference, text, "en")][0].endswith("_released")
