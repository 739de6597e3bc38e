"""Spanish and French read to the same contract; the language comes from the manifest or the text."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.documents import Document
from etl.extract import extract_document
from etl.extract.language import LOWER_ASCII_WORD, WORD, detect_language
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.conftest import figures_in

COLUMNS = ("metric", "value", "qualifier", "attributed_to", "as_of")


def rows(
    reference,
    text: str,
    language: str = "",
    published: date = date(2024, 3, 4),
    columns: tuple[str, ...] = COLUMNS,
    title: str = "",
) -> list[tuple]:
    document = Document(doc="t.txt", text=text, title=title, language=language, published_at=published)
    frame = extract_document(document, reference)
    return list(frame[list(columns)].itertuples(index=False, name=None))


def test_language_is_detected_from_function_words(reference):
    assert (
        detect_language(
            "Las autoridades dijeron que la mayoría de los heridos son niños de la ciudad.", reference
        )
        == "es"
    )
    assert (
        detect_language(
            "Les autorités ont indiqué que la plupart des blessés sont des enfants de la ville.", reference
        )
        == "fr"
    )
    assert (
        detect_language(
            "The authorities said that most of the wounded are children from the city.", reference
        )
        == "en"
    )
    assert detect_language("Gaza 2024", reference) == "en"  # too short to tell: the default


def test_spanish_separators_words_and_qualifiers(reference):
    text = "El Ministerio de Sanidad de Gaza informó el sábado de que más de 2.200 palestinos han muerto."
    assert rows(reference, text, "es") == [
        ("killed", 2200, "more_than", "Gaza Health Ministry", "2024-03-02")
    ]


def test_french_spaces_and_decimal_comma(reference):
    text = "Selon l'ONU, près de 1,2 million de personnes ont été déplacées dans la bande de Gaza."
    assert rows(reference, text, "fr") == [("displaced", 1200000, "approximately", "UN", "2024-03-04")]
    text = "Le ministère de la Santé de Gaza a annoncé lundi que 8\u00a0306 personnes avaient été tuées."
    assert rows(reference, text, "fr") == [("killed", 8306, "exact", "Gaza Health Ministry", "2024-03-04")]


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


def test_hostages_still_held_and_those_of_them_dead(reference):
    text = "Hamás mantiene secuestradas a 111 personas, de las cuales 39 habrían muerto, según el ejército."
    assert [row[:2] for row in rows(reference, text, "es")] == [("hostages_held", 111), ("hostages_dead", 39)]
    text = "Au total, 111 otages sont toujours retenus à Gaza, dont 39 sont mortes selon l'armée."
    assert [row[:2] for row in rows(reference, text, "fr")] == [("hostages_held", 111), ("hostages_dead", 39)]


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
    ("language", "text"),
    [
        ("fr", "L'attaque du 7-Octobre a entraîné la mort de 1 219 personnes."),
        ("es", "El ataque del 7-Octubre causó la muerte de 1.219 personas."),
    ],
)
def test_a_day_hyphened_to_its_month_is_a_date(reference, language, text):
    assert [r[:2] for r in rows(reference, text, language)] == [("killed", 1219)]


def test_three_function_words_of_another_language_make_a_sentence_of_it(reference):
    text = "The army said 12 soldiers were wounded.\nMurieron 20 personas en el ataque de Rafah."
    assert [r[:2] for r in rows(reference, text, "en")] == [("injured", 12), ("killed", 20)]


def test_two_function_words_of_another_language_do_not_make_a_sentence_of_it(reference):
    text = "Israël a tué 20 Palestiniens en Cisjordanie et en a arrêté 40."
    assert rows(reference, text, "fr")[0][:2] == ("killed", 20)


def test_a_caption_in_another_language_is_read_in_its_own(reference):
    text = (
        "The army said 12 soldiers were wounded in Gaza on Monday.\n"
        "Foto difundida por el ejército el 28 de diciembre de 2023 que muestra a las tropas en Gaza."
    )
    assert rows(reference, text, "en") == [("injured", 12, "exact", "Israeli military", "2024-03-04")]


@settings(max_examples=500, deadline=None)
@given(
    text=st.one_of(
        st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
        st.text(alphabet="abXY09_' -.", max_size=20),  # where words, apostrophes and digits meet
    )
)
def test_the_ascii_word_pattern_finds_the_words_the_general_one_finds(text):
    lowered = text.lower()
    assert LOWER_ASCII_WORD.findall(lowered) == WORD.findall(lowered)


def test_an_approximate_number_word_is_approximately(reference):
    assert rows(reference, "Une cinquantaine de personnes ont été tuées à Gaza.", "fr")[0][1:3] == (
        50,
        "approximately",
    )
    assert rows(reference, "Un centenar de personas murieron en Gaza.", "es")[0][1:3] == (
        100,
        "approximately",
    )
    # a qualifier of its own wins
    assert rows(reference, "Menos de un centenar de rehenes siguen en Gaza.", "es")[0][1:3] == (
        100,
        "less_than",
    )


def test_spanish_prisoners_set_free_are_released(reference):
    text = "Israel excarceló a 39 presos palestinos, según el Servicio Penitenciario israelí."
    assert rows(reference, text, "es") == [
        ("prisoners_released", 39, "exact", "Israeli official figures", "2024-03-04")
    ]
    text = "Unos 180 palestinos han salido de las cárceles israelíes."
    assert rows(reference, text, "es")[0][:2] == ("prisoners_released", 180)


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
    "language, text",
    [
        ("fr", "Jusqu’à 200 otages ont été enlevés, selon le Forum des familles d’otages."),
        ("fr", "D’après l’armée israélienne, 12 soldats ont été tués à Gaza."),
        ("en", "Gaza’s health ministry said 35 people were killed."),
    ],
)
def test_typographic_apostrophes_read_as_straight_ones(reference, language, text):
    found = rows(reference, text, language)
    assert found == rows(reference, text.replace("’", "'"), language)
    assert found and all(row[3] for row in found)  # each has its source


def test_quotes_keep_the_apostrophes_as_written(reference):
    text = "Selon le Forum des familles d’otages, jusqu’à 101 otages sont toujours à Gaza."
    columns = ("quote", "attribution_text", "qualifier")
    assert rows(reference, text, "fr", columns=columns) == [(text, "Forum des familles d’otages", "at_most")]


@pytest.mark.parametrize("title", ["Kibbutz Be’eri buries its dead", "Kibbutz Be'eri buries its dead"])
def test_a_title_with_typographic_apostrophes_places_the_story(reference, title):
    text = "At least 100 residents were killed in the attack."
    assert rows(reference, text, "en", columns=("location",), title=title) == [("Israel",)]


@pytest.mark.parametrize(
    "text, joined",
    [("l'armée", True), ("l' armée", True), ("la trêve", True), ("la  trêve", True), ("latrêve", False)],
)
def test_an_elided_article_needs_no_space_before_its_word(reference, text, joined):
    article = build_lexicon(reference, "fr").alt_before_word("determiner")
    assert bool(re.fullmatch(rf"{article}\w+", text)) is joined


def test_an_organisation_after_an_elided_article_is_the_source(reference):
    text = "Au moins 20 personnes ont été tuées dans la nuit, selon l'Hôpital Nasser de Khan Younès."
    assert rows(reference, text, "fr", columns=("value", "attributed_to")) == [(20, "Hôpital Nasser")]


@pytest.mark.parametrize(
    "verb, location",
    [("tué", ""), ("perdu", "Lebanon")],  # its own act places no one; its own losses are its home's
)
def test_a_source_that_says_qu_il_did_something_speaks_of_its_own_act(reference, verb, location):
    text = f"Le Hezbollah a affirmé qu'il avait {verb} 20 combattants."
    assert rows(reference, text, "fr", columns=("value", "location")) == [(20, location)]


def test_a_clause_after_depuis_que_l_has_a_verb_of_its_own(reference):
    text = (
        "Les frappes ont tué 274 personnes, dont 64 enfants, dans la journée la plus meurtrière "
        "depuis que l'armée a libéré quatre otages."
    )
    assert rows(reference, text, "fr", columns=("value", "metric")) == [
        (274, "killed"),
        (64, "killed"),
        (4, "hostages_rescued"),
    ]


@pytest.mark.parametrize(
    "clause",
    ["depuis qu'il a libéré", "lorsqu'il a libéré", "après qu'il a libéré", "avant qu'il ait libéré"],
)
def test_an_elided_subordinator_opens_a_clause_of_its_own(reference, clause):
    text = (
        "Les frappes ont tué 274 personnes, dont 64 enfants, dans la journée la plus meurtrière "
        f"{clause} les otages."
    )
    assert rows(reference, text, "fr", columns=("value", "metric")) == [(274, "killed"), (64, "killed")]


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
    ("language", "text"),
    [
        ("en", "Up to 58,260 excess deaths could occur in Gaza, the study said."),
        ("es", "Hasta 58.260 muertes más podrían producirse en Gaza, según el estudio."),
        ("es", "El número de muertos podría superar los 60.000, según el estudio."),
        ("es", "Las muertes en Gaza podrían superar las 60.000, según el estudio."),
        ("fr", "Jusqu'à 58 260 décès supplémentaires pourraient survenir à Gaza, selon l'étude."),
        ("fr", "Le bilan pourrait dépasser 60 000 morts, selon l'étude."),
        # what a model projected, in the past tense
        ("en", "One model projected between 6,550 and 11,580 excess deaths in Gaza over six months."),
        ("es", "Un modelo proyectó entre 6.550 y 11.580 muertes adicionales en Gaza en seis meses."),
        ("es", "Los investigadores proyectaron entre 6.550 y 11.580 muertes adicionales en Gaza."),
        ("fr", "Un modèle a projeté entre 6 550 et 11 580 morts supplémentaires à Gaza en six mois."),
        # what researchers project, in the present
        ("fr", "Des chercheurs projettent de 8 000 à 12 000 morts supplémentaires à Gaza d'ici août."),
        ("fr", "L'équipe de recherche projette de 8 000 à 12 000 morts supplémentaires à Gaza."),
        ("es", "Los investigadores proyectan entre 8.000 y 12.000 muertes adicionales en Gaza."),
        ("es", "El equipo de investigación proyecta entre 8.000 y 12.000 muertes adicionales en Gaza."),
    ],
)
def test_deaths_that_could_occur_are_projected_in_each_language(reference, language, text):
    assert [status for (status,) in rows(reference, text, language, columns=("status",))] == ["projected"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", f"As many as 100,000 people {modal} displaced by the offensive.")
        for modal in ("could be", "may be")
    ]
    + [
        ("en", f"As many as 100,000 people {modal} forced to flee.")
        for modal in ("could be", "may be", "might be")
    ]
    + [
        ("en", "As many as 100,000 people might be displaced by the offensive."),
        ("en", "Some 20,000 more people would be displaced if the operation widens."),
        ("en", "The offensive could displace 30,000 more people."),
        ("en", "The offensive may displace 30,000 more people."),
        ("en", "The offensive might displace 30,000 more people."),
        ("es", "Hasta 100.000 personas podrían ser desplazadas por la ofensiva."),
        ("es", "Hasta 100.000 civiles podrían ser desplazados por la ofensiva."),
        ("es", "Hasta 100.000 personas podrían verse obligadas a huir."),
        ("es", "Hasta 100.000 civiles podrían verse obligados a huir."),
        ("fr", "Jusqu'à 100 000 personnes pourraient être déplacées par l'offensive."),
        ("fr", "Jusqu'à 100 000 civils pourraient être déplacés par l'offensive."),
        ("fr", "Jusqu'à 100 000 personnes pourraient être contraintes de fuir."),
        ("fr", "Jusqu'à 100 000 civils pourraient être contraints de fuir."),
    ],
)
def test_people_who_could_be_displaced_are_projected(reference, language, text):
    found = rows(reference, text, language, columns=("metric", "status"))
    assert found == [("displaced", "projected")]


@pytest.mark.parametrize(
    ("language", "text", "mention", "value"),
    [
        ("en", "Half a million people have been displaced in Gaza.", "Half a million", 500000),
        ("en", "A half million people have been displaced in Gaza.", "A half million", 500000),
        ("en", "Half a dozen people were killed in Gaza.", "Half a dozen", 6),
        ("es", "Medio millón de personas han sido desplazadas en Gaza.", "Medio millón", 500000),
        ("es", "Medio centenar de personas resultaron heridas en Gaza.", "Medio centenar", 50),
        ("fr", "Un demi-million de personnes ont été déplacées à Gaza.", "Un demi-million", 500000),
    ],
)
def test_half_of_a_number_word_is_half_its_value(reference, language, text, mention, value):
    assert rows(reference, text, language, columns=("mention", "value")) == [(mention, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks lasted half a day; 30 people were killed in Gaza.",
        "Half the 30 people killed in Gaza were children.",
    ],
)
def test_half_without_a_number_after_it_is_no_number(reference, text):
    assert [value for (value,) in rows(reference, text, "en", columns=("value",))] == [30]


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        ("fr", "Une dizaine d'enfants ont été tués à Gaza.", "children"),
        ("fr", "Une cinquantaine d'enfants ont été blessés à Gaza.", "children"),
        # a name with an apostrophe is still one word
        ("en", "Five O'Neill children were killed in Gaza.", "children"),
    ],
)
def test_an_elided_word_after_a_number_opens_its_noun(reference, language, text, subgroup):
    assert rows(reference, text, language, columns=("subgroup",)) == [(subgroup,)]


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
        ("en", "Israel approves release of 250 Palestinian prisoners"),
        ("en", "The cabinet approved the release of 250 Palestinian prisoners."),
        ("es", "Israel aprueba la liberación de 250 presos palestinos"),
        ("es", "El Gobierno aprobó la liberación de 250 presos palestinos."),
        ("fr", "Israël approuve la libération de 250 prisonniers palestiniens"),
        ("fr", "Le gouvernement a approuvé la libération de 250 prisonniers palestiniens."),
    ],
)
def test_an_approved_release_is_proposed(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value", "status")) == [
        ("prisoners_released", 250, "proposed")
    ]


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
        ("en", "Hamas was also to hand over the bodies of 28 deceased hostages."),
        ("es", "Hamás debía entregar los cuerpos de 28 rehenes fallecidos."),
        ("es", "Hamás debían entregar los cuerpos de 28 rehenes fallecidos."),
        ("fr", "Le Hamas devait remettre les corps de 28 otages morts."),
        ("es", "El acuerdo contempla la devolución de los cuerpos de 28 rehenes fallecidos."),
        ("es", "Hamás entregará los cuerpos de 28 rehenes fallecidos."),
        ("fr", "Le Hamas remettra les corps de 28 otages morts."),
    ],
)
def test_what_a_side_was_to_do_or_will_do_is_proposed(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value", "status")) == [
        ("hostages_dead", 28, "proposed")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Even with a ceasefire, the model envisages some 6,550 additional deaths."),
        ("en", "Even with a ceasefire, the study envisages some 6,550 additional deaths."),
        ("es", "Incluso con un alto el fuego, el modelo prevé unas 6.550 muertes adicionales."),
        ("es", "Incluso con un alto el fuego, el estudio prevé unas 6.550 muertes adicionales."),
        ("fr", "Même avec un cessez-le-feu, le modèle prévoit quelque 6 550 morts supplémentaires."),
        ("fr", "Même avec un cessez-le-feu, l'étude prévoit quelque 6 550 morts supplémentaires."),
    ],
)
def test_what_a_model_foresees_is_projected(reference, language, text):
    assert rows(reference, text, language, columns=("value", "status")) == [(6550, "projected")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The war could cause 186,000 deaths."),
        ("en", "The war could ultimately cause 186,000 deaths."),
        ("en", "The war could lead to 186,000 deaths."),
        ("es", "La guerra podría causar 186.000 muertes."),
        ("es", "La guerra podría provocar 186.000 muertes."),
        ("fr", "La guerre pourrait causer 186 000 morts."),
        ("fr", "La guerre pourrait provoquer 186 000 morts."),
    ],
)
def test_deaths_something_could_cause_are_projected(reference, language, text):
    assert rows(reference, text, language, columns=("value", "status")) == [(186000, "projected")]


RELEASES_AHEAD = {
    "es": "excarcelará excarcelarán excarcelaría excarcelarían liberarán liberarían devolverá devolverán"
    " soltará soltarán",
    "fr": "libéreront relâchera relâcheront libérerait libéreraient",
}


@pytest.mark.parametrize(
    ("language", "verb"),
    [(language, verb) for language, verbs in RELEASES_AHEAD.items() for verb in verbs.split()],
)
def test_a_release_in_the_future_or_conditional_is_proposed(reference, language, verb):
    text = {
        "es": f"Israel {verb} a 150 presos palestinos.",
        "fr": f"Israël {verb} 150 prisonniers palestiniens.",
    }
    assert rows(reference, text[language], language, columns=("metric", "value", "status")) == [
        ("prisoners_released", 150, "proposed")
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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El acuerdo prevé la liberación de 250 presos y de 1.700 gazatíes detenidos"
            " desde el inicio de la guerra.",
        ),
        (
            "fr",
            "L'accord prévoit la libération de 250 prisonniers et de 1 700 Gazaouis détenus"
            " depuis le début de la guerre.",
        ),
        (
            "en",
            "The deal provides for the release of 250 prisoners and of 1,700 Gazans detained"
            " since the war began.",
        ),
    ],
)
def test_a_count_after_and_and_a_repeated_preposition_shares_what_governs_the_one_before(
    reference, language, text
):
    assert rows(reference, text, language, columns=("metric", "value")) == [
        ("prisoners_released", 250),
        ("prisoners_released", 1700),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Plus d'un million de personnes ont été déplacées.", "more_than"),
        ("Près d'un million de personnes ont été déplacées.", "approximately"),
        ("Moins d'un million de personnes ont été déplacées.", "less_than"),
    ],
)
def test_an_elided_qualifier_touches_its_number(reference, text, qualifier):
    assert rows(reference, text, "fr", columns=("value", "qualifier")) == [(1000000, qualifier)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Más de 4.000 personas han perdido la vida, y más de un millón se vieron obligadas a huir de"
            " sus casas.",
        ),
        ("fr", "Plus de 4 000 personnes ont été tuées, et plus d'un million ont été contraintes de fuir."),
    ],
)
def test_a_count_with_its_own_verb_past_a_clitic_does_not_share_the_verb_before(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value")) == [
        ("killed", 4000),
        ("displaced", 1000000),
    ]


@pytest.mark.parametrize("relative", ["de los que", "de los cuales"])
def test_a_spanish_relative_partitive_opens_a_part_of_the_count_before(reference, relative):
    text = (
        f"Según las autoridades israelíes, 76 rehenes siguen en Gaza, {relative} al menos 35 habrían muerto."
    )
    assert rows(reference, text, "es", columns=("metric", "value")) == [
        ("hostages_held", 76),
        ("hostages_dead", 35),
    ]


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
    ("language", "text"),
    [
        ("fr", "Le nombre de morts a dépassé les 61 000."),
        ("fr", "Le nombre de morts dépasse les 61 000."),
        ("es", "El número de muertos superó los 61.000."),
    ],
)
def test_passing_a_number_after_its_article_is_more_than_it(reference, language, text):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [(61000, "more_than")]


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
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La première phase doit permettre le retour de 33 otages contre environ 1 900 prisonniers.",
            [(33, "hostages_released", "proposed"), (1900, "prisoners_released", "proposed")],
        ),
        (
            "fr",
            "Les phases suivantes doivent permettre le retour des 33 otages.",
            [(33, "hostages_released", "proposed")],
        ),
        (
            "es",
            "La primera fase debe permitir el regreso de 33 rehenes.",
            [(33, "hostages_released", "proposed")],
        ),
        (
            "es",
            "Las fases siguientes deben permitir el retorno de 33 rehenes.",
            [(33, "hostages_released", "proposed")],
        ),
    ],
)
def test_the_return_of_hostages_in_a_deal_is_their_proposed_release(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "metric", "status")) == expected


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


def test_those_who_had_fled_are_displaced(reference):
    text = "Un million de Libanais avaient fui leurs foyers au plus fort des combats."
    assert rows(reference, text, "fr", columns=("value", "metric")) == [(1000000, "displaced")]


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


def test_a_nationality_past_an_adjective_of_the_head_names_the_subgroup(reference):
    text = "Hamás puso en libertad a diez trabajadores agrícolas tailandeses."
    (figure,) = figures_in(reference, text, "es")
    assert figure["subgroup"] == "foreign_nationals"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los muertos superan los 1.400."),
        ("es", "Las víctimas mortales superan las 1.400."),
        ("es", "El balance supera las 1.400 personas muertas."),
        ("es", "Los muertos superaron los 1.400."),
        ("es", "Las víctimas mortales superaron las 1.400."),
        ("es", "Los muertos superaron 1.400 en una semana."),
        ("es", "Los muertos superan 1.400 en una semana."),
        ("es", "El número de muertos superó las 1.400 personas."),
        ("es", "El número de muertos ha superado 1.400."),
        ("es", "El número de muertos había superado los 1.400."),
        ("es", "Las víctimas mortales han superado las 1.400."),
        ("fr", "Les morts dépassent les 1 400."),
        ("fr", "Les morts dépassent 1 400, selon le ministère."),
        ("fr", "Les pertes ont dépassé 1 400 morts."),
        ("fr", "Le bilan a franchi la barre des 1 400 morts."),
        ("fr", "Le bilan a dépassé le cap des 1 400 morts."),
    ],
)
def test_a_toll_that_passes_a_number_is_more_than_it(reference, language, text):
    assert [(f["value"], f["qualifier"]) for f in figures_in(reference, text, language)] == [
        (1400, "more_than")
    ]


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
        ("en", "Troops arrested 17 suspects in the three areas."),
        ("en", "Troops arrested 17 suspects in the three zones."),
        ("en", "Troops arrested 17 suspects in the three cities."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres zonas."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres áreas."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres ciudades."),
        ("es", "Las tropas detuvieron a 17 sospechosos en los tres pueblos."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois zones."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois villes."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois villages."),
    ],
)
def test_places_counted_are_things_not_people(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [17]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized three ships.",
        "The rebels seized three vessels.",
        "The rebels seized three boats.",
        "The army still holds five positions inside Lebanon.",
        "The army still holds five outposts inside Lebanon.",
    ],
)
def test_ships_and_positions_seized_or_held_are_things_not_people(reference, text):
    assert figures_in(reference, text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The house held four generations."),
        ("en", "He had set three goals: to return all the hostages and to defeat Hamas."),
        ("es", "Se había fijado tres metas: devolver a todos los rehenes y derrotar a Hamás."),
        ("fr", "Il s'était fixé trois objectifs : ramener tous les otages et vaincre le Hamas."),
    ],
)
def test_generations_and_goals_are_no_count_of_people_held(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel committed to free 1,900 prisoners."),
        ("en", "Israel pledged to free 1,900 prisoners."),
        ("es", "Israel se comprometió a liberar a 1.900 presos."),
        ("es", "Las partes se comprometieron a liberar a 1.900 presos."),
        ("es", "Israel se ha comprometido a liberar a 1.900 presos."),
        ("fr", "Israël s'est engagé à libérer 1 900 prisonniers."),
        ("fr", "La partie israélienne s'est engagée à libérer 1 900 prisonniers."),
        ("fr", "Les dirigeants israéliens se sont engagés à libérer 1 900 prisonniers."),
    ],
)
def test_what_a_side_commits_to_is_proposed(reference, language, text):
    assert [f["status"] for f in figures_in(reference, text, language)] == ["proposed"]


@pytest.mark.parametrize(
    ("language", "text", "statuses"),
    [
        # past a clause of contrast, the cue of the clause before is not the count's
        (
            "es",
            "Ya son 10 los rehenes liberados de los 33 que contempla el acuerdo, mientras que Israel ha"
            " excarcelado a 400 presos.",
            ["reported", "proposed", "reported"],
        ),
        # a cue after "and" that opens a verb of its own is the next clause's
        ("en", "Hamas freed the 20 hostages and had pledged to return the bodies.", ["reported"]),
        ("en", "Hamas freed the 20 hostages and handed over the coffins under the plan.", ["reported"]),
        ("en", "Hamas freed the 20 hostages and would return the bodies later.", ["reported"]),
        ("es", "Hamás liberó a los 20 rehenes y se comprometió a entregar los cuerpos.", ["reported"]),
        ("fr", "Le Hamas a libéré les 20 otages et s'était engagé à restituer les corps.", ["reported"]),
        # "and" joining two nouns opens no verb
        ("en", "Up to 1,904 prisoners and detainees are to be released.", ["proposed"]),
        # a relative clause broken by an aside goes on past it, to the count
        (
            "es",
            "Las negociaciones, que contemplan, según funcionarios estadounidenses, la liberación de unos 40"
            " rehenes, siguen en Doha.",
            ["proposed"],
        ),
        (
            "en",
            "The talks, which envisage, according to US officials, the release of some 40 hostages, go on in"
            " Doha.",
            ["proposed"],
        ),
        # a subordinate clause the sentence opens with is a clause of its own
        ("en", "As you will have seen, five people were seriously injured in the strike.", ["reported"]),
        ("en", "When the truce ends, 20 hostages will have been freed.", ["proposed"]),
    ],
)
def test_a_status_cue_of_another_clause_is_not_the_counts(reference, language, text, statuses):
    assert [f["status"] for f in figures_in(reference, text, language)] == statuses


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


@pytest.mark.parametrize(
    "text",
    [
        "Hamas to release all 20 living hostages within 72 hours.",
        "Israel to free 250 Palestinians serving life sentences.",
        "The remains of the 28 dead hostages to be handed over.",
        "Hamas to hand over the remains of 28 dead hostages.",
    ],
)
def test_a_headline_infinitive_of_a_release_is_a_term_of_the_deal(reference, text):
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["proposed"]


def test_prisoners_deported_are_released_in_spanish(reference):
    text = "Unos 154 de los presos con condenas largas fueron deportados a Egipto."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "es")] == [
        (154, "prisoners_released")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Au total, 16 otages israéliens et cinq Thaïlandais ont été libérés."),
        ("es", "En total, 16 rehenes israelíes y cinco tailandeses han sido liberados."),
    ],
)
def test_a_count_with_its_nationality_after_it_takes_the_verb_of_the_count_after(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["hostages_released"] * 2


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


def test_a_projection_names_its_source(reference):
    text = "UN OCHA projects that a further 300,000 people could be forced to move."
    assert [(f["attributed_to"], f["status"]) for f in figures_in(reference, text, "en")] == [
        ("UN OCHA", "projected")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas would free five hostages in return for a truce, two Egyptian security sources said."),
        ("es", "Hamás liberaría a cinco rehenes a cambio de una tregua, según dos fuentes egipcias."),
        ("fr", "Le Hamas libérerait cinq otages en échange d'une trêve, selon deux sources égyptiennes."),
    ],
)
def test_sources_counted_are_no_people_counted(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [5]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La cifra de desplazados podría superar un millón y medio.", (1500000, "more_than")),
        ("es", "Los desplazados podrían superar los 60.000.", (60000, "more_than")),
        ("es", "Las personas desplazadas podrían superar las 60.000.", (60000, "more_than")),
        ("es", "Hay dos millones y medio de desplazados.", (2500000, "exact")),
        ("es", "Hay 2 millones y media de desplazadas.", (2500000, "exact")),
        ("fr", "Le nombre de déplacés pourrait dépasser un million et demi.", (1500000, "more_than")),
        ("fr", "Le nombre de déplacés pourrait dépasser les 60 000.", (60000, "more_than")),
        ("fr", "Deux millions et demie de personnes ont été déplacées.", (2500000, "exact")),
        ("en", "The number of displaced could exceed a million and a half.", (1500000, "more_than")),
    ],
)
def test_a_scale_and_a_half_and_a_count_that_could_be_exceeded(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "El ataque empezó a las tres y media y dejó 30 muertos."), ("fr", "À trois et demie, 30 morts.")],
)
def test_a_number_and_a_half_without_a_scale_is_no_number(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == [(30,)]


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


def test_the_return_of_hostages_set_apart_from_its_noun_is_a_release(reference):
    text = "La trêve a permis le retour en Israël de 33 otages, dont huit morts."
    found = rows(reference, text, "fr", columns=("value", "metric"))
    assert found == [(33, "hostages_released"), (8, "hostages_dead")]


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
        ("fr", "Deux femmes palestiniennes, dont l'une était enceinte, ont été tuées dimanche."),
        ("es", "Dos mujeres palestinas, una de ellas embarazada, murieron el domingo."),
    ],
)
def test_a_part_set_off_past_a_nationality_after_the_noun_leaves_the_verb_the_counts(
    reference, language, text
):
    assert rows(reference, text, language, columns=("value", "metric", "subgroup")) == [
        (2, "killed", "women")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Elle a rappelé que 38 enfants avaient été tués en Israël et que des dizaines d'autres ont été"
            " pris en otage.",
        ),
        (
            "en",
            "She recalled that 38 children were killed in Israel and that dozens of others were taken"
            " hostage.",
        ),
        ("es", "Recordó que 38 niños murieron en Israel y que decenas de otros fueron tomados como rehenes."),
    ],
)
def test_a_second_reported_clause_tells_nothing_of_the_count_before(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric", "location")) == [
        (38, "killed", "Israel")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The youngest, who turned nine in captivity, was among 24 hostages freed."),
        ("es", "El más pequeño, que cumplió nueve en cautiverio, estaba entre los 24 rehenes liberados."),
    ],
)
def test_the_age_a_child_turned_is_no_figure(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == [(24,)]


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
    ("language", "text", "expected"),
    [
        # the personal "a" between the qualifier and the number
        ("es", "El ejército da por muertos al menos a 41 de ellos.", (41, "at_least")),
        ("es", "El ejército da por muertos por lo menos a 41 de ellos.", (41, "at_least")),
    ],
)
def test_a_qualifier_before_the_personal_a_qualifies_the_count(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los cautivos estaban en dos apartamentos separados por unos 200 metros."),
        ("fr", "Les captifs étaient dans deux appartements séparés d'environ 200 mètres."),
        ("en", "The captives were held in two apartments some 200 metres apart."),
    ],
)
def test_apartments_and_metres_are_no_people(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == []


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
