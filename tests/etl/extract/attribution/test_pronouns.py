"""Pronouns, "the same" and "this organisation": the last source that spoke, not a name beside it."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in


def test_a_pronoun_noun_names_the_last_source_whose_names_hold_it(reference):
    text = (
        "The Government Media Office in Gaza said 1,580 health workers have been killed. "
        "The World Health Organization said 120 health workers have been killed in Lebanon. "
        "The office also said 2,600 bodies have been recovered in Gaza."
    )
    assert sources_of(reference, text) == [
        "Gaza Government Media Office",
        "WHO",
        "Gaza Government Media Office",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNICEF said 1,580 children were killed. About 200 were wounded, according to the NGO."),
        ("en", "UNICEF said 1,580 children were killed. About 200 were wounded, according to the agency."),
        ("es", "UNICEF dijo que 1.580 niños murieron. Unos 200 resultaron heridos, según la ONG."),
        ("fr", "L'UNICEF a dit que 1 580 enfants ont été tués. Environ 200 ont été blessés, selon l'ONG."),
        ("es", "UNICEF dijo que 1.580 niños murieron. Unos 200 resultaron heridos, según la dependencia."),
        ("es", "UNICEF dijo que 1.580 niños murieron. Unos 200 resultaron heridos, según la institución."),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Environ 200 ont été blessés, selon l'organisme.",
        ),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Environ 200 sont blessés, selon l'institution.",
        ),
    ],
)
def test_according_to_a_pronoun_is_the_last_source_that_spoke(reference, language, text):
    assert sources_of(reference, text, language) == ["UNICEF", "UNICEF"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "UNICEF said 1,580 children were killed. Since the fighting between Israel and Hezbollah began, "
            "about 200 were wounded, according to the same source.",
        ),
        (
            "es",
            "UNICEF dijo que 1.580 niños murieron. Desde el inicio de los combates entre Israel y Hezbolá, "
            "unos 200 resultaron heridos, según la misma fuente.",
        ),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Depuis le début des échanges de tirs entre "
            "Israël et le Hezbollah, environ 200 ont été blessés, selon la même source.",
        ),
        (
            "es",
            "UNICEF dijo que 1.580 niños murieron. Desde el inicio de los combates entre Israel y Hezbolá, "
            "unos 200 resultaron heridos, según el mismo organismo.",
        ),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Depuis le début des échanges de tirs entre "
            "Israël et le Hezbollah, environ 200 ont été blessés, selon le même organisme.",
        ),
    ],
)
def test_the_same_source_is_the_last_that_spoke_not_a_name_beside_it(reference, language, text):
    assert sources_of(reference, text, language) == ["UNICEF", "UNICEF"]


def test_a_pronoun_does_not_point_back_to_an_actor(reference):
    text = (
        "The Gaza Government Media Office, which is run by Hamas, gives the highest figure: it said that 246"
        " journalists had been killed."
    )
    assert sources_of(reference, text) == ["Gaza Government Media Office"]


def test_a_pronoun_noun_no_source_holds_is_the_last_source_that_spoke(reference):
    text = "UNICEF said 1,580 children have been killed in Gaza. The team also said 2,600 were wounded."
    assert sources_of(reference, text) == ["UNICEF", "UNICEF"]


@pytest.mark.parametrize(
    "said",
    ["a-t-il ajouté", "a-t-elle précisé", "ont-ils estimé", "ont-elles estimé", "a-t-il indiqué lundi"],
)
def test_a_french_speech_verb_with_its_pronoun_after_it_is_the_last_source_that_spoke(reference, said):
    text = f"L'ONU a annoncé 69 169 morts. Au moins 20 personnes ont été blessées, {said}."
    assert sources_of(reference, text, "fr") == ["UN", "UN"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 were killed near the sites, a spokesman said.",
        ),
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 died near the sites, said the spokeswoman.",
        ),
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 died near the sites, a spokesperson said.",
        ),
        (
            "es",
            "La ONU registró 1.760 muertos. De ellos, 994 murieron cerca de los sitios, precisó la portavoz.",
        ),
        (
            "fr",
            "L'ONU a recensé 1 760 tués. Parmi eux, 994 sont morts près des sites, a dit une porte-parole.",
        ),
        # so does a pronoun that is a noun
        ("en", "The UN has recorded 1,760 killed. Of those, 994 died near the sites, said the agency."),
        (
            "es",
            "La ONU registró 1.760 muertos. De ellos, 994 murieron cerca, precisó la organización.",
        ),
        ("fr", "L'ONU a recensé 1 760 tués. Parmi eux, 994 sont morts près des sites, a dit l'organisation."),
    ],
)
def test_a_spokesperson_speaks_for_the_last_source_before_or_after_the_verb(reference, language, text):
    assert sources_of(reference, text, language) == ["UN", "UN"]


def test_a_source_named_by_its_members_opening_a_sentence_is_who_they_means_next(reference):
    text = (
        "Les chercheurs de la London School of Hygiene and Tropical Medicine ont croisé trois sources, dont"
        " une enquête menée par le ministère de la Santé de Gaza. Ils estiment qu'entre 55 000 et 78 000"
        " personnes sont mortes à Gaza."
    )
    figures = figures_in(reference, text, "fr")
    assert [f["attributed_to"] for f in figures] == ["London School of Hygiene and Tropical Medicine"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Prime Minister's Office said 101 hostages remain in Gaza. The Israeli army has lost more"
            " than 720 soldiers since October 7, according to its own figures.",
        ),
        (
            "es",
            "Según la Oficina del primer ministro, en Gaza siguen 101 rehenes. El ejército israelí ha perdido"
            " a más de 720 soldados desde el 7 de octubre, según sus propios datos.",
        ),
    ],
)
def test_a_side_counting_its_own_losses_is_what_its_pronoun_means(reference, language, text):
    assert sources_of(reference, text, language) == ["Israeli Prime Minister's Office", "Israeli military"]


def test_according_to_its_points_back_to_the_owner_of_the_toll_in_its_sentence(reference):
    text = (
        "The Israeli military said it had killed about 14,000 militants in Gaza. The Gaza Health Ministry's"
        " toll has since passed 35,000, according to its latest update."
    )
    assert sources_of(reference, text) == ["Israeli military", "Gaza Health Ministry"]


@pytest.mark.parametrize("noun", ["update", "snapshot", "bulletin"])
def test_the_same_publication_speaks_for_the_source_that_published_it(reference, noun):
    text = (
        "The Ministry of Health in Gaza reported on Monday that 730 people had been killed since 18 March."
        f" The same {noun} put the overall death toll at 50,082."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry", "Gaza Health Ministry"]


def test_it_is_no_word_inside_the_name_of_a_kind(reference):
    text = (
        "Israel's military said it hit militants. The Gaza Health Ministry said 40 people were killed. "
        "It said 442 people had been killed since the ceasefire."
    )
    assert sources_of(reference, text, "en") == ["Gaza Health Ministry", "Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El Ministerio de Salud libanés elevó a 37 los muertos. El miércoles por la noche, el mismo"
            " departamento había informado de 20 muertos.",
        ),
        (
            "en",
            "Lebanon's health ministry raised the toll to 37. On Wednesday night the same department had"
            " reported 20 dead.",
        ),
        (
            "fr",
            "Le ministère libanais de la Santé a porté le bilan à 37 morts. Mercredi soir, le même service"
            " avait fait état de 20 morts.",
        ),
    ],
)
def test_the_same_one_as_subject_is_the_source_that_spoke_last(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese Health Ministry", "Lebanese Health Ministry"]


@pytest.mark.parametrize(
    "second",
    [
        "The ICRC said the same day that its field hospital had received 179 casualties.",
        "The estimate is not the same as a letter published in the journal, whose authors argued that as"
        " many as 186,000 deaths could eventually be attributed to the war.",
    ],
)
def test_the_same_without_a_noun_of_an_organisation_is_no_source(reference, second):
    text = f"The Health Ministry in Gaza said 31 people had been killed. {second}"
    assert sources_of(reference, text)[1] != "Gaza Health Ministry"


THIS_ORGANISATION_TEXTS = {
    "en": "Gaza's civil defence said it had recovered 200 bodies. According to {}, 9,500 are missing.",
    "es": "La Defensa Civil de Gaza dijo que 200 cuerpos fueron recuperados. Según {}, 9.500 desaparecidos.",
    "fr": "La Défense civile de Gaza a dit avoir retrouvé 200 corps. Selon {}, 9 500 sont disparus.",
}


@pytest.mark.parametrize(
    ("language", "organisation"),
    [
        ("en", "this agency"),
        ("es", "este organismo"),
        ("es", "esta organización"),
        ("fr", "cette organisation"),
        ("fr", "cet organisme"),
        ("fr", "ce groupe"),
    ],
)
def test_according_to_this_organisation_is_the_last_source_that_spoke(reference, language, organisation):
    text = THIS_ORGANISATION_TEXTS[language].format(organisation)
    assert sources_of(reference, text, language) == ["Gaza Civil Defence", "Gaza Civil Defence"]


def test_according_to_this_organisation_is_the_one_named_last_whether_it_spoke_or_not(reference):
    text = (
        "La ofensiva ha causado 67.869 muertos, según el Ministerio de Salud de Gaza, cuyas cifras considera"
        " fiables la ONU. Otras 170.105 personas han resultado heridas, según la misma fuente.\n\nMiles de"
        " desplazados han regresado al norte, donde la Defensa Civil trata de recuperar los cuerpos. Según"
        " este organismo, unas 9.500 personas siguen desaparecidas."
    )
    assert sources_of(reference, text, "es")[-1] == "Gaza Civil Defence"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "They deny the toll the ministry in Gaza keeps, according to which 9,000 died."),
        ("es", "Niegan el balance que publica el ministerio en Gaza, según el cual 9.000 murieron."),
        ("es", "Niegan la cifra que publica el ministerio en Gaza, según la cual 9.000 murieron."),
        ("es", "Niegan los datos que publica el ministerio en Gaza, según los cuales 9.000 murieron."),
        ("es", "Niegan las cifras que publica el ministerio en Gaza, según las cuales 9.000 murieron."),
        ("fr", "Ils nient le bilan que publie le ministère à Gaza, selon lequel 9 000 sont morts."),
        ("fr", "Ils nient la liste que publie le ministère à Gaza, selon laquelle 9 000 sont morts."),
        ("fr", "Ils nient les chiffres que publie le ministère à Gaza, selon lesquels 9 000 sont morts."),
        ("fr", "Ils nient les données que publie le ministère à Gaza, selon lesquelles 9 000 sont morts."),
    ],
)
def test_a_relative_after_a_source_points_back_to_it(reference, language, text):
    """ "le bilan du ministère, selon lequel ...": the source named before the relative speaks."""
    assert sources_of(reference, text, language) == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "second"),
    [
        ("en", "Its toll now exceeds 61,000."),
        ("en", "Its overall count of Palestinians killed in the war now stands at 61,000."),
        ("en", "Its data lists 61,000 dead."),
        ("es", "Su balance total asciende ya a 61.000 muertos."),
        ("fr", "Son bilan global atteint désormais 61 000 morts."),
    ],
)
def test_a_count_a_possessive_owns_is_the_last_sources(reference, language, second):
    first = {
        "en": "UNICEF said 61 children were killed in Gaza.",
        "es": "UNICEF dijo que 61 niños murieron en Gaza.",
        "fr": "L'UNICEF a dit que 61 enfants ont été tués à Gaza.",
    }[language]
    assert sources_of(reference, f"{first} {second}", language) == ["UNICEF", "UNICEF"]


def test_a_possessive_count_after_a_named_subject_is_the_subjects(reference):
    text = (
        "Israeli officials said 20 hostages were freed. The ministry says 360 Palestinians have been killed "
        "in Gaza since the ceasefire, and that its overall toll now stands at 70,117."
    )
    assert sources_of(reference, text) == ["Israeli official figures"] + ["Gaza Health Ministry"] * 2
