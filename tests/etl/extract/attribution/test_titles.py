"""People who speak for an organisation: spokespeople, directors, officials, doctors and researchers."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in

# "He added that ...": a sentence that points back to the speaker of the one before it
ADDED = {
    "en": "He added that 540 people had been killed.",
    "es": "Añadió que 540 personas han muerto.",
    "fr": "Il a ajouté que 540 personnes avaient été tuées.",
}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Doctors at al-Shifa Hospital said 20 people were killed.", "Al-Shifa Hospital"),
        ("en", "Medics at the Nasser Medical Complex said 20 people were killed.", "Nasser Medical Complex"),
        ("es", "Médicos del Hospital Nasser dijeron que 20 personas murieron.", "Hospital Nasser"),
        (
            "fr",
            "Les médecins de l'Hôpital Nasser ont indiqué que 20 personnes ont été tuées.",
            "Hôpital Nasser",
        ),
        # no organisation named: the people keep their own word
        ("en", "Doctors at the scene said 20 people were killed.", "Doctors"),
        ("en", "Medics at Khan Younis said 20 people were killed.", "Medics"),
    ],
)
def test_people_at_an_organisation_speak_for_it(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Researchers at Johns Hopkins University projected that 85,000 people could die in Gaza."),
        (
            "es",
            "Investigadores de la Universidad Johns Hopkins calcularon que 85.000 personas podrían morir.",
        ),
        ("es", "Investigadores de la Universidad Johns Hopkins estimaron que 85.000 personas podrían morir."),
        (
            "fr",
            "Des chercheurs de l'Université Johns Hopkins estiment que 85 000 personnes pourraient mourir.",
        ),
        (
            "fr",
            "Des chercheurs de l'Université Johns Hopkins ont estimé que 85 000 personnes pourraient mourir.",
        ),
    ],
)
def test_researchers_at_a_university_speak_for_it_by_one_name_in_every_language(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["status"], f["attributed_to"]) for f in figures] == [
        (85000, "killed", "projected", "Johns Hopkins University")
    ]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", '"We are shocked," said the director of the World Health Organization.', "WHO"),
        (
            "es",
            "«Estamos conmocionados», declaró el portavoz del Ministerio de Sanidad de Gaza.",
            "Gaza Health Ministry",
        ),
        (
            "fr",
            "« Nous sommes choqués », a déclaré le porte-parole du ministère de la Santé de Gaza.",
            "Gaza Health Ministry",
        ),
    ],
)
def test_a_title_for_a_source_may_name_it_with_its_article(reference, language, text, source):
    assert sources_of(reference, f"{text} {ADDED[language]}", language) == [source]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "the head of"),
        ("en", "the chief of"),
        ("en", "the director of"),
        ("en", "the commissioner-general of"),
        ("en", "the regional director of"),
        ("en", "a spokesman for"),
        ("en", "a spokeswoman for"),
        ("en", "a spokesperson for"),
        ("es", "el jefe de la"),
        ("es", "el director regional de la"),
        ("es", "la directora de la"),
        ("es", "el comisionado general de la"),
        ("es", "el portavoz de la"),
        ("fr", "le chef de l'"),
        ("fr", "le directeur de l'"),
        ("fr", "la directrice de l'"),
        ("fr", "le commissaire général de l'"),
        ("fr", "la porte-parole de l'"),
        ("en", "the president of"),
        ("en", "the chair of"),
        ("es", "el presidente de la"),
        ("es", "la presidenta de la"),
        ("fr", "le président de l'"),
        ("fr", "la présidente de l'"),
    ],
)
def test_one_titled_for_a_source_after_the_speech_verb_speaks_for_it(reference, language, title):
    said = {
        "en": '"We are shocked," said',
        "es": "«Estamos conmocionados», declaró",
        "fr": "« Nous sommes choqués », a déclaré",
    }
    text = f"{said[language]} {title}{'' if title.endswith(chr(39)) else ' '}UNRWA. {ADDED[language]}"
    assert sources_of(reference, text, language) == ["UNRWA"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            '"Forty thousand people have had to flee," said Roland Friedrich, the director of UNRWA affairs.',
        ),
        (
            "fr",
            "« Quarante mille personnes ont dû fuir », a déclaré Roland Friedrich, directeur des affaires"
            " de l'UNRWA.",
        ),
    ],
)
def test_a_person_titled_for_a_source_after_the_verb_speaks_for_it(reference, language, text):
    assert sources_of(reference, text, language) == ["UNRWA"]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("An Egyptian official briefed on the talks", "Egypt"),
        ("A Qatari official", "Qatar"),
        ("A US official", "US officials"),
        ("A U.S. official", "US officials"),
        ("An American official", "US officials"),
        ("A Lebanese official", "Lebanese government"),
        ("An Iranian official", "Iranian government"),
    ],
)
def test_one_official_of_a_government_speaks_for_it_as_its_officials_do(reference, name, source):
    text = f"{name} told Reuters that a draft deal would see Hamas free 40 hostages."
    assert sources_of(reference, text, "en") == [source]
