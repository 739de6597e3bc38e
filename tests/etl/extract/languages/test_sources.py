"""Who said it in Spanish and French: speech verbs, the sources' names in each language, bases and days."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


def test_inverted_french_attribution_covers_the_figure_before_it(reference):
    text = "Les frappes ont tué 52 personnes au Liban, a annoncé dimanche le ministère libanais de la Santé."
    assert rows(reference, text, "fr") == [("killed", 52, "exact", "Lebanese Health Ministry", "2024-03-03")]


def test_spanish_and_french_name_the_canonical_sources_in_their_own_words(reference):
    text = "Al menos 15 personas murieron en un bombardeo contra una escuela, según la Defensa Civil."
    assert rows(reference, text, "es") == [("killed", 15, "at_least", "Gaza Civil Defence", "2024-03-04")]
    text = "Au moins 15 personnes ont été tuées dans une frappe, selon la Défense civile de Gaza."
    assert rows(reference, text, "fr") == [("killed", 15, "at_least", "Gaza Civil Defence", "2024-03-04")]
    text = "Según el Club de Prisioneros Palestinos, 9.500 palestinos están detenidos en cárceles israelíes."
    assert rows(reference, text, "es") == [
        ("prisoners_held", 9500, "exact", "Palestinian Prisoners' Club", "2024-03-04")
    ]


def sources_and_bases(reference, text: str, language: str) -> list[tuple[str, str]]:
    document = Document(doc="t.txt", text=text, language=language, published_at=date(2024, 3, 4))
    frame = extract_document(document, reference)
    return list(frame[["attributed_to", "attribution_basis"]].itertuples(index=False, name=None))


def test_a_tally_built_from_official_data_has_that_basis_in_french_and_spanish(reference):
    french = (
        "L'attaque a entraîné la mort de 1.219 personnes côté israélien, "
        "selon un décompte de l'AFP établi à partir de données officielles."
    )
    assert sources_and_bases(reference, french, "fr") == [("AFP", "Israeli official figures")]
    spanish = (
        "El ataque causó la muerte de 1.219 personas en Israel, "
        "según un recuento de la AFP a partir de datos oficiales israelíes."
    )
    assert sources_and_bases(reference, spanish, "es") == [("AFP", "Israeli official figures")]


@pytest.mark.parametrize(
    "verb, location",
    [("tué", ""), ("perdu", "Lebanon")],  # its own act places no one; its own losses are its home's
)
def test_a_source_that_says_qu_il_did_something_speaks_of_its_own_act(reference, verb, location):
    text = f"Le Hezbollah a affirmé qu'il avait {verb} 20 combattants."
    assert rows(reference, text, "fr", columns=("value", "location")) == [(20, location)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las autoridades israelíes creen que 35 rehenes han muerto."),
        ("es", "Israel cree que 35 rehenes han muerto."),
        ("fr", "Les autorités israéliennes croient que 35 otages sont morts."),
        ("fr", "Israël croit que 35 otages sont morts."),
    ],
)
def test_a_source_that_believes_a_count_is_its_source(reference, language, text):
    assert rows(reference, text, language, columns=("value", "attributed_to")) == [
        (35, "Israeli official figures")
    ]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Según la Organización Internacional para las Migraciones, 890.000 personas están desplazadas.",
            "UN",
        ),
        (
            "fr",
            "Selon l'Organisation internationale pour les migrations, 890.000 personnes ont été déplacées.",
            "UN",
        ),
        (
            "es",
            "Según el Fondo de las Naciones Unidas para la Infancia, 14.000 niños han muerto en Gaza.",
            "UNICEF",
        ),
        (
            "fr",
            "Selon le Fonds des Nations unies pour l'enfance, 14.000 enfants ont été tués à Gaza.",
            "UNICEF",
        ),
        ("es", "La Yihad Islámica dijo que 30 de sus combatientes murieron en Gaza.", "Islamic Jihad"),
        (
            "fr",
            "Le Jihad islamique a affirmé que 30 de ses combattants ont été tués à Gaza.",
            "Islamic Jihad",
        ),
        ("es", "Según Amnistía Internacional, 40 civiles murieron en Gaza.", "Amnesty International"),
        ("fr", "Selon Amnesty International, 40 civils ont été tués à Gaza.", "Amnesty International"),
        (
            "es",
            "Según el Consejo Noruego para los Refugiados, 1,9 millones de personas han sido desplazadas.",
            "Norwegian Refugee Council",
        ),
        (
            "fr",
            "Selon le Conseil norvégien pour les réfugiés, 1,9 million de personnes ont été déplacées.",
            "Norwegian Refugee Council",
        ),
        ("es", "Según la agencia Wafa, tres palestinos murieron en Cisjordania.", "WAFA"),
        ("fr", "Selon l'agence Wafa, trois Palestiniens ont été tués en Cisjordanie.", "WAFA"),
        ("es", "Tres palestinos murieron, informó la agencia palestina Wafa.", "WAFA"),
        ("es", "Tres palestinos murieron, informó la agencia de noticias palestina Wafa.", "WAFA"),
        ("fr", "Trois Palestiniens ont été tués, a indiqué l'agence palestinienne Wafa.", "WAFA"),
        ("en", "Three Palestinians were killed, the Palestinian news agency Wafa reported.", "WAFA"),
        ("en", "Three Palestinians were killed, the Palestinian news agency WAFA reported.", "WAFA"),
        ("en", "Three Palestinians were killed, Wafa reported.", "WAFA"),
        ("es", "Según las Brigadas al Qasam, 33 rehenes han muerto.", "Hamas"),
        ("fr", "Selon les Brigades al-Qassam, 33 otages sont morts.", "Hamas"),
    ],
)
def test_agencies_and_groups_resolve_in_spanish_and_french(reference, language, text, source):
    assert [row[-1] for row in rows(reference, text, language, columns=("value", "attributed_to"))] == [
        source
    ]


def test_a_spanish_medical_complex_no_table_knows_keeps_its_own_name(reference):
    text = "Al menos nueve personas murieron en Jan Yunis, según el Complejo Médico Nasser."
    assert rows(reference, text, "es", columns=("value", "attributed_to")) == [(9, "Complejo Médico Nasser")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Los ataques mataron a 52 personas en Líbano, informó este domingo el Ministerio de Salud "
            "libanés.",
        ),
        (
            "fr",
            "Les frappes ont tué 52 personnes au Liban, a annoncé ce dimanche le ministère libanais de la "
            "Santé.",
        ),
        ("es", "Los ataques mataron a 52 personas en Líbano, informó ayer el Ministerio de Salud libanés."),
    ],
)
def test_a_source_named_after_its_verb_and_the_day_it_spoke_covers_the_figure(reference, language, text):
    assert rows(reference, text, language, columns=("value", "attributed_to")) == [
        (52, "Lebanese Health Ministry")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Au Liban, le ministre de la Santé, Firass Abiad, a précisé que 1 835 personnes avaient été "
            "blessées.",
        ),
        (
            "es",
            "En Líbano, el ministro de Sanidad, Firass Abiad, precisó que 1.835 personas resultaron heridas.",
        ),
        (
            "es",
            "En Líbano, el ministro de Salud, Firass Abiad, precisó que 1.835 personas resultaron heridas.",
        ),
    ],
)
def test_the_health_minister_speaks_for_the_ministry_of_the_place(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [("Lebanese Health Ministry",)]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Plus de 40 000 personnes ont été déplacées, selon l'Unrwa.", "UNRWA"),
        ("es", "Más de 40.000 personas han sido desplazadas, según la Unrwa.", "UNRWA"),
        ("fr", "Plus de 40 000 personnes ont été déplacées, selon l'UNICEF.", "UNICEF"),
        ("es", "Más de 40.000 personas han sido desplazadas, según UNICEF.", "UNICEF"),
        ("fr", "Plus de 40 000 personnes ont été déplacées, selon l'Ocha.", "UN OCHA"),
        ("es", "Más de 40.000 personas han sido desplazadas, según la Ocha.", "UN OCHA"),
    ],
)
def test_un_agencies_written_as_words_or_capitals_are_known_in_every_language(
    reference, language, text, source
):
    assert rows(reference, text, language, columns=("attributed_to",)) == [(source,)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon les chiffres rendus publics lundi par le ministère de la Santé de Gaza, 40 000 personnes"
            " ont été tuées.",
        ),
        (
            "es",
            "Según las cifras hechas públicas el lunes por el Ministerio de Sanidad de Gaza, 40.000 personas"
            " han muerto.",
        ),
    ],
)
def test_figures_made_public_by_a_source_are_its_own(reference, language, text):
    published = date(2025, 1, 1)
    assert rows(reference, text, language, published, ("metric", "attributed_to", "as_of")) == [
        ("killed", "Gaza Health Ministry", "2024-12-30")
    ]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "La cifra de muertos en Gaza se eleva a 61.158, informó el Ministerio de Sanidad.",
            "Gaza Health Ministry",
        ),
        (
            "es",
            "El balance de víctimas mortales en Gaza asciende ya a 61.158, según Sanidad.",
            "Gaza Health Ministry",
        ),
        (
            "es",
            "El balance de muertos en el Líbano asciende a 4.000, según Sanidad.",
            "Lebanese Health Ministry",
        ),
        (
            "es",
            "El balance de muertos en Cisjordania asciende a 1.000, según Sanidad.",
            "Palestinian Health Ministry",
        ),
        (
            "en",
            "The report said 61,158 people had been killed in Gaza, the ministry said.",
            "Gaza Health Ministry",
        ),
    ],
)
def test_a_speech_verb_after_its_article_is_a_noun(reference, language, text, source):
    assert rows(reference, text, language, columns=("attributed_to",)) == [(source,)]


@pytest.mark.parametrize(
    ("language", "verb"),
    [("es", verb) for verb in ["denunció", "denuncia", "advirtió", "advierte", "alertó", "subrayó", "reveló"]]
    + [
        ("fr", verb)
        for verb in [
            "a dénoncé",
            "dénonce",
            "a averti",
            "avertit",
            "a souligné",
            "souligne",
            "a alerté",
            "alerte",
            "a révélé",
        ]
    ],
)
def test_a_source_that_warns_or_denounces_speaks_for_the_count(reference, language, verb):
    text = {
        "es": f"La UNRWA {verb} que más de 800 personas han muerto en Gaza.",
        "fr": f"L'UNRWA {verb} que plus de 800 personnes ont été tuées à Gaza.",
    }[language]
    assert rows(reference, text, language, columns=("attributed_to",)) == [("UNRWA",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Según el Ministerio de Sanidad gazatí, han muerto más de 100 palestinos."),
        ("es", "Según el Ministerio de Salud gazatí, han muerto más de 100 palestinos."),
        ("fr", "Selon le ministère gazaoui de la Santé, plus de 100 Palestiniens ont été tués."),
        ("fr", "Selon le ministère de la Santé gazaoui, plus de 100 Palestiniens ont été tués."),
    ],
)
def test_the_health_ministry_named_with_an_adjective_of_gaza_is_gazas(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [("Gaza Health Ministry",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ministerio de Sanidad de Gaza contabilizaba 37.877 muertos."),
        ("es", "El Ministerio de Sanidad de Gaza cifraba en 37.877 los muertos."),
        ("fr", "Le ministère de la Santé de Gaza recensait 37 877 morts."),
        ("fr", "Le ministère de la Santé de Gaza dénombrait 37 877 morts."),
        ("fr", "Le ministère de la Santé de Gaza faisait état de 37 877 morts."),
    ],
)
def test_a_source_counting_in_the_imperfect_speaks_for_the_count(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [("Gaza Health Ministry",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ministerio de Sanidad de Gaza registró 37.877 muertos."),
        ("es", "El Ministerio de Sanidad de Gaza ha registrado 37.877 muertos."),
        ("es", "El Ministerio de Sanidad de Gaza documentó 37.877 muertos."),
        ("es", "El Ministerio de Sanidad de Gaza ha documentado 37.877 muertos."),
        ("fr", "Le ministère de la Santé de Gaza a enregistré 37 877 morts."),
        ("fr", "Le ministère de la Santé de Gaza a documenté 37 877 morts."),
    ],
)
def test_a_source_that_recorded_a_count_speaks_for_it(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [("Gaza Health Ministry",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Hezbollah a reconnu qu'environ 5 000 de ses combattants avaient été tués."),
        ("fr", "Le Hezbollah reconnaît qu'environ 5 000 de ses combattants ont été tués."),
        ("es", "Hezbolá reconoció que unos 5.000 de sus combatientes murieron."),
        ("es", "Hezbolá reconoce que unos 5.000 de sus combatientes murieron."),
    ],
)
def test_a_source_that_acknowledges_a_count_speaks_for_it(reference, language, text):
    assert rows(reference, text, language, columns=("value", "attributed_to")) == [(5000, "Hezbollah")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 200 journalists have been killed in Gaza, according to Reporters Without Borders."),
        ("en", "More than 200 journalists have been killed in Gaza, according to RSF."),
        ("es", "Más de 200 periodistas han muerto en Gaza, según Reporteros sin Fronteras."),
        ("es", "Más de 200 periodistas han muerto en Gaza, según RSF."),
        ("fr", "Plus de 200 journalistes ont été tués à Gaza, selon Reporters sans frontières."),
        ("fr", "Plus de 200 journalistes ont été tués à Gaza, selon RSF."),
    ],
)
def test_reporters_without_borders_has_one_name_in_every_language(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [("Reporters Without Borders",)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Israël a relâché 183 prisonniers, a annoncé l'administration pénitentiaire israélienne."),
        ("fr", "Israël a relâché 183 prisonniers, a annoncé le Service pénitentiaire israélien."),
        ("es", "Israel excarceló a 183 presos, informó el Servicio Penitenciario de Israel."),
    ],
)
def test_the_israeli_prison_service_is_an_israeli_source_in_each_language(reference, language, text):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == ["Israeli official figures"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to the UN, in a tally published on 1 August, 1,373 Palestinians have been killed."),
        ("es", "Según la ONU, en un balance publicado el 1 de agosto, 1.373 palestinos han muerto."),
        ("es", "La ONU publicó el 1 de agosto un balance: 1.373 palestinos han muerto."),
        ("fr", "Selon l'ONU, dans un bilan publié le 1er août, 1 373 Palestiniens ont été tués."),
        ("fr", "L'ONU a publié le 1er août un bilan de 1 373 Palestiniens tués."),
    ],
)
def test_the_day_a_count_was_published_is_its_as_of(reference, language, text):
    found = rows(reference, text, language, date(2025, 8, 7), columns=("value", "attributed_to", "as_of"))
    assert found == [(1373, "UN", "2025-08-01")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Des chercheurs de la London School of Hygiene and Tropical Medicine projettent 8 000 morts à"
            " Gaza.",
        ),
        ("fr", "La London School of Hygiene and Tropical Medicine projette 8 000 morts à Gaza."),
        (
            "es",
            "Investigadores de la London School of Hygiene and Tropical Medicine proyectan 8.000 muertes en"
            " Gaza.",
        ),
        ("es", "La London School of Hygiene and Tropical Medicine proyecta 8.000 muertes en Gaza."),
    ],
)
def test_who_projects_a_toll_is_its_source(reference, language, text):
    assert rows(reference, text, language, columns=("attributed_to",)) == [
        ("London School of Hygiene and Tropical Medicine",)
    ]
