"""Agencies, groups, monitors and emergency services by each of their names, and the places they give."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.source_names.helpers import figures_of


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Iran's health ministry put the toll at 224 dead in Iran.", "Iranian Health Ministry"),
        ("en", "Iran says Israeli strikes killed 224 people.", "Iranian government"),
        ("es", "El Ministerio de Sanidad iraní cifró en 224 los muertos.", "Iranian Health Ministry"),
        ("fr", "Le ministère iranien de la Santé a fait état de 224 morts.", "Iranian Health Ministry"),
    ],
)
def test_iranian_sources_are_named(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 373 aid workers have been killed, the United Nations humanitarian office said."),
        ("en", "At least 373 aid workers have been killed, the UN humanitarian affairs office said."),
        ("es", "Al menos 373 trabajadores humanitarios han muerto, según la oficina humanitaria de la ONU."),
        ("fr", "Au moins 373 humanitaires ont été tués, selon le Bureau des affaires humanitaires de l'ONU."),
    ],
)
def test_the_un_humanitarian_office_is_ocha(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["UN OCHA"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 340 people have been killed in Lebanon, according to an EFE count."),
        ("es", "Más de 340 personas han muerto en el Líbano, según un recuento de la agencia EFE."),
        ("fr", "Plus de 340 personnes ont été tuées au Liban, selon un décompte de l'agence EFE."),
    ],
)
def test_the_efe_news_agency_is_a_source(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["EFE"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel has detained 19,000 Palestinians, according to the Palestinian Prisoners Club."),
        ("es", "Israel ha detenido a 19.000 palestinos, según el Club de Presos Palestinos."),
        ("es", "Israel ha detenido a 19.000 palestinos, según el Club de los Presos Palestinos."),
        ("fr", "Israël a arrêté 19 000 Palestiniens, selon le Club palestinien des prisonniers."),
    ],
)
def test_the_prisoners_club_by_its_names_in_each_language(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [
        "Palestinian Prisoners' Club"
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Amnesty estimates that some 1.9 million Palestinians have been displaced."),
        ("es", "Amnistía calcula que unos 1,9 millones de palestinos han sido desplazados."),
        ("fr", "Amnesty estime que quelque 1,9 million de Palestiniens ont été déplacés."),
    ],
)
def test_amnesty_by_its_short_name_is_amnesty_international(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Amnesty International"]


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "The United Nations Relief and Works Agency"),
        ("es", "La Agencia de la ONU para los Refugiados de Palestina"),
        ("es", "La Agencia de la ONU para los Refugiados Palestinos"),
        ("es", "La Agencia de Naciones Unidas para los Refugiados de Palestina"),
        ("fr", "L'Office de secours et de travaux des Nations unies pour les réfugiés de Palestine"),
        ("fr", "L'agence de l'ONU pour les réfugiés palestiniens"),
    ],
)
def test_unrwa_by_its_full_name_is_unrwa(reference, language, name):
    said = {
        "en": "said 360 of its staff had been killed.",
        "es": "dijo que 360 de sus empleados han muerto.",
        "fr": "a indiqué que 360 de ses employés avaient été tués.",
    }[language]
    assert [f["attributed_to"] for f in figures_of(reference, f"{name} {said}", language)] == ["UNRWA"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Four people were lightly hurt in Haifa, Magen David Adom said."),
        ("en", "Four people were lightly hurt in Haifa, MDA said."),
        ("es", "Cuatro personas resultaron heridas en Haifa, según Magen David Adom."),
        ("fr", "Quatre personnes ont été blessées à Haïfa, selon le Magen David Adom."),
    ],
)
def test_israels_emergency_service_keeps_its_own_name(reference, language, text):
    # a member of the Red Cross movement, as the Palestinian Red Crescent is: no government's figures
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Magen David Adom"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twelve people are missing in Nabatieh, the Lebanese Civil Defence said."),
        ("en", "Twelve people are missing in Nabatieh, the Lebanese Civil Defense said."),
        ("en", "Twelve people are missing in Nabatieh, Lebanon's civil defence said."),
        ("en", "In Lebanon, twelve people are missing, civil defence said."),
        ("en", "In Lebanon, twelve people are missing, civil defense said."),
        ("es", "Doce personas siguen desaparecidas en Nabatieh, según la Defensa Civil libanesa."),
        ("es", "En Líbano, doce personas siguen desaparecidas, según la defensa civil."),
        ("fr", "Douze personnes sont portées disparues à Nabatieh, selon la Défense civile libanaise."),
        ("fr", "Au Liban, douze personnes sont portées disparues, selon la défense civile."),
    ],
)
def test_civil_defence_in_lebanon_is_lebanons(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Lebanese Civil Defence"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In Gaza, twelve people are missing, civil defence said."),
        ("en", "Twelve people are missing, civil defense said."),
        ("es", "En Gaza, doce personas siguen desaparecidas, según la defensa civil."),
        ("fr", "À Gaza, douze personnes sont portées disparues, selon la défense civile."),
    ],
)
def test_civil_defence_elsewhere_is_gazas(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Gaza Civil Defence"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three people were killed in a strike, the Lebanese Civil Defence said."),
        ("en", "Three people were killed in a strike, the Lebanese Civil Defense said."),
        ("en", "Three people were killed in a strike, Lebanon's civil defence said."),
        ("es", "Tres personas murieron en un ataque, según la Defensa Civil libanesa."),
        ("fr", "Trois personnes ont été tuées dans une frappe, selon la Défense civile libanaise."),
    ],
)
def test_lebanons_civil_defence_named_as_such_places_its_count_in_lebanon(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["attributed_to"], f["location"]) for f in figures] == [("Lebanese Civil Defence", "Lebanon")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Airwars estimates that at least 620 women were killed in Gaza."),
        ("es", "Al menos 620 mujeres murieron en Gaza, según Airwars."),
        ("fr", "Au moins 620 femmes ont été tuées à Gaza, selon Airwars."),
    ],
)
def test_the_airwars_monitor_is_a_source(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Airwars"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "HRANA said 1,054 people had been killed in Iran."),
        ("en", "The Human Rights Activists News Agency said 1,054 people had been killed in Iran."),
        ("es", "La ONG HRANA cifra en 974 los muertos en Irán."),
        ("fr", "L'ONG HRANA avance un bilan de 974 morts en Iran."),
        ("fr", "L'ONG Human Rights Activists News Agency avance un bilan de 974 morts en Iran."),
    ],
)
def test_the_iranian_rights_monitor_is_hrana(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["HRANA"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "En Irán murieron 128 personas, según el Ministerio de Salud.", "Iranian Health Ministry"),
        ("es", "En Irán murieron 128 personas, según el Ministerio de Sanidad.", "Iranian Health Ministry"),
        (
            "fr",
            "En Iran, 128 personnes ont été tuées, selon le ministère de la Santé.",
            "Iranian Health Ministry",
        ),
        ("en", "Iranian state media said 128 people had been killed in Iran.", "Iranian state media"),
        ("es", "Los medios estatales iraníes informaron de 128 muertos en Irán.", "Iranian state media"),
        ("fr", "Les médias d'État iraniens font état de 128 morts en Iran.", "Iranian state media"),
        ("fr", "L'ONG HRANA, basée aux États-Unis, avance un bilan de 250 morts en Iran.", "HRANA"),
        (
            "es",
            "La organización HRANA, con sede en Estados Unidos, eleva el balance a 250 muertos en Irán.",
            "HRANA",
        ),
    ],
)
def test_irans_sources_by_their_names(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A missile killed four people in Petah Tikva in Israel, police said.", "Israeli official figures"),
        ("Human Rights Activists in Iran said it had documented 406 deaths.", "HRANA"),
    ],
)
def test_israels_police_and_hranas_other_name(reference, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text)] == [source]


def test_a_count_of_hrana_with_no_place_is_in_iran(reference):
    text = "HRANA said it had documented 406 deaths, including 197 civilians."
    assert [f["location"] for f in figures_of(reference, text)] == ["Iran", "Iran"]


@pytest.mark.parametrize(
    "text",
    [
        "The Palestine Red Crescent Society said 17 people were wounded.",
        "At least 17 people were wounded, said the Palestine Red Crescent.",
    ],
)
def test_the_red_crescent_is_named_by_its_own_name_too(reference, text):
    # its own name says "Palestine", where most reports write "Palestinian"
    assert [f["attributed_to"] for f in figures_of(reference, text)] == ["Palestinian Red Crescent"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Trois personnes ont été tuées dans la paroisse, a indiqué le patriarcat latin de Jérusalem."),
        ("es", "Tres personas murieron en la parroquia, según el Patriarcado Latino de Jerusalén."),
        ("en", "Three people were killed at the parish, the Latin Patriarchate said."),
    ],
)
def test_the_latin_patriarchate_is_named_in_english(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [
        "Latin Patriarchate of Jerusalem"
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Iranian Red Crescent said 5 people were killed."),
        ("en", "Iran's Red Crescent Society said 5 people were killed."),
        # the bare name in Iran is Iran's society
        ("en", "Israeli strikes on Tehran killed 5 people, the Red Crescent said."),
        ("es", "La Media Luna Roja iraní informó de 5 muertos."),
        ("es", "Los ataques israelíes contra Teherán dejaron 5 muertos, según la Media Luna Roja."),
        ("fr", "Le Croissant-Rouge iranien a fait état de 5 morts dans la frappe."),
    ],
)
def test_irans_red_crescent_is_not_the_palestinian_one(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["attributed_to"], f["location"]) for f in figures] == [("Iranian Red Crescent", "Iran")]


def test_the_bare_red_crescent_elsewhere_is_the_palestinian_one(reference):
    figures = figures_of(reference, "The Red Crescent said 6 people were killed in Gaza.")
    assert [f["attributed_to"] for f in figures] == ["Palestinian Red Crescent"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The International Committee of the Red Cross said its hospital received 179 wounded people."),
        ("es", "El Comité Internacional de la Cruz Roja informó de 179 heridos."),
        ("fr", "Le Comité international de la Croix-Rouge a fait état de 179 blessés."),
    ],
)
def test_a_source_outside_the_contracts_list_keeps_its_short_name(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["ICRC"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "UNIFIL said that four peacekeepers were lightly injured.", "UN"),
        # what a reporter learned from an organisation is its figure; an embassy is an organisation
        (
            "en",
            "Xinhua learned from the Chinese Embassy in Israel that three Chinese citizens were killed.",
            "Chinese Embassy",
        ),
    ],
)
def test_a_mission_abroad_is_a_source(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [source]
