"""Sentences with no speaker of their own, and nouns ("the ministry") that point back to one named before."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document, extract_rows
from tests.etl.extract.attribution.helpers import sources_of


def test_a_group_not_named_before_points_back_to_no_source(reference):
    text = (
        "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"
        "A rights group based in Geneva said 12 people were killed in Jenin.\n"
        "Nine were killed in Israel, the press freedom group said."
    )
    assert sources_of(reference, text) == [
        "Committee to Protect Journalists",
        "",
        "Committee to Protect Journalists",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNRWA said it was shocked. It added that 540 people had been killed."),
        ("en", '"We are shocked," UNRWA said. It added that 540 people had been killed.'),
        ("es", "La UNRWA dijo estar conmocionada. Añadió que 540 personas han muerto."),
        ("fr", "L'UNRWA a déclaré être choquée. Elle a ajouté que 540 personnes avaient été tuées."),
    ],
)
def test_a_speaker_of_a_sentence_without_a_count_is_who_the_next_one_points_back_to(
    reference, language, text
):
    assert sources_of(reference, text, language) == ["UNRWA"]


@pytest.mark.parametrize(
    "text",
    [
        "La UNRWA dijo estar conmocionada. Añadió que 540 personas han muerto.",
        "La UNRWA dijo estar conmocionada. Además, precisó que 540 personas han muerto.",
    ],
)
def test_a_speech_verb_that_opens_its_sentence_without_a_subject_speaks_for_the_last_source(reference, text):
    assert sources_of(reference, text, "es") == ["UNRWA"]


def test_a_verb_that_opens_its_sentence_without_what_was_said_names_no_speaker(reference):
    assert sources_of(reference, "La UNRWA dijo estar conmocionada. Cifra de muertos: 540.", "es") == [""]


def test_a_speech_verb_inside_its_sentence_without_a_subject_names_no_speaker(reference):
    text = "La UNRWA dijo estar conmocionada. En Gaza, los vecinos informaron que 540 personas han muerto."
    assert sources_of(reference, text, "es") == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Six journalists, five of them Al Jazeera staff, were killed in Gaza, the network said."),
        ("en", "Six journalists, five of them Al Jazeera staff, were killed in Gaza, the broadcaster said."),
        (
            "es",
            "Seis periodistas, cinco de ellos empleados de Al Jazeera, murieron en Gaza, informó la cadena.",
        ),
        (
            "fr",
            "Six journalistes, dont cinq employés d'Al Jazeera, ont été tués à Gaza, a annoncé la chaîne"
            " qatarie.",
        ),
    ],
)
def test_a_broadcaster_named_in_its_sentence_is_what_the_network_points_to(reference, language, text):
    assert set(sources_of(reference, text, language)) == {"Al Jazeera"}


def test_a_speaker_of_a_sentence_without_a_count_is_named_by_that_sentences_place(reference):
    text = (
        "In Gaza, the health ministry has published new figures. It said 413 Palestinians had been killed"
        " since Israel began its strikes on Saturday."
    )
    document = Document(
        doc="t.txt", title="Israel declares war", text=text, language="en", published_at=date(2023, 10, 8)
    )
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["location"]) == ("Gaza Health Ministry", "Gaza")


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The Houthi-run health ministry said the strikes killed six people, in a statement carried by"
            " Al Masirah television.\n\nThe channel had initially reported more than 80 casualties.",
            "Al-Masirah",
        ),
        (
            "en",
            "Haaretz published the figures. They were leaked.\n\n"
            "The newspaper said 300 soldiers were wounded.",
            "Israeli media",
        ),
        (
            "es",
            "La televisión Al-Masirah difundió un comunicado.\n\n"
            "La cadena había informado de más de 80 heridos.",
            "Al-Masirah",
        ),
        (
            "fr",
            "La télévision Al-Massirah a diffusé un communiqué.\n\n"
            "La chaîne avait fait état de plus de 80 blessés.",
            "Al-Masirah",
        ),
    ],
)
def test_a_noun_for_a_news_outlet_points_back_to_the_outlet_named_last(reference, language, text, source):
    assert sources_of(reference, text, language)[-1] == source


def test_a_noun_for_a_news_outlet_with_no_outlet_named_before_is_no_one(reference):
    text = "UNICEF said 30 children were killed in Gaza.\n\nThe channel reported 12 more wounded."
    assert sources_of(reference, text, "en") == ["UNICEF", ""]


@pytest.mark.parametrize(
    "name",
    [
        "Yemeni Journalists Syndicate",
        "Gaza Workers Union",
        "Palestinian Bar Association",
        "Independent Elections Commission",
        "Arab Medical Federation",
        "Civil Society Coalition",
        "Human Rights League",
        "Humanitarian Alliance",
        "Welfare Trust",
    ],
)
def test_an_unknown_organisation_speaks_for_itself_not_for_the_last_source(reference, name):
    text = f"The ministry said 3 died in Sanaa. The {name} said 31 journalists had been killed in Sanaa."
    assert sources_of(reference, text, "en") == ["Houthi Health Ministry", name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gaza's toll crosses 50,000 as Israel's budget deadline looms\n\n"
            "The Hamas-run Health Ministry said 50,021 people had been killed. The ministry said 673 people"
            " had been killed since Israel resumed its offensive.",
            ("Gaza", "Gaza Health Ministry"),
        ),
        (
            "Iran fires missiles at Israel\n\n"
            "Lebanon's health ministry says Israeli strikes killed 55 people."
            "\n\nThe ministry's running total now stands at 1,873 dead.",
            ("Lebanon", "Lebanese Health Ministry"),
        ),
        # a last speaker whose name does not call it so is not the ministry
        (
            "Israel strikes Gaza\n\nIsraeli officials said 12 militants were killed in Gaza.\n\n"
            "Toll rises to 413, ministry says",
            ("Gaza", "Gaza Health Ministry"),
        ),
    ],
)
def test_the_ministry_after_a_ministry_spoke_is_that_ministry_and_places_its_count(reference, text, expected):
    document = Document(doc="t.txt", text=text, title=text.split("\n")[0], published_at=date(2025, 3, 24))
    last = extract_document(document, reference).to_dict("records")[-1]
    assert (last["location"], last["attributed_to"]) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Según el Ministerio de Sanidad de Gaza, 424 personas han muerto desde el alto el fuego.\n\n"
            "Israel sostiene que sus ataques responden a violaciones del acuerdo.\n\n"
            "El ministerio eleva a 71.386 los muertos desde octubre de 2023.",
        ),
        (
            "fr",
            "Selon le ministère de la Santé de Gaza, 424 personnes ont été tuées depuis la trêve.\n\n"
            "Israël affirme que ses frappes répondent à des violations de l'accord.\n\n"
            "Lundi, le ministère faisait état de 71 386 morts depuis octobre 2023.",
        ),
    ],
)
def test_the_ministry_is_the_one_last_named_so_though_a_government_spoke_since(reference, language, text):
    assert sources_of(reference, text, language) == ["Gaza Health Ministry", "Gaza Health Ministry"]


def test_an_agency_named_by_that_word_alone_is_no_full_name_to_point_back_to(reference):
    text = (
        "UN agency says 29 of its Gaza staff killed\n\n"
        "The UN agency for Palestine refugees said on Sunday that 29 of its employees in Gaza had been "
        "killed, up from the 17 deaths it had confirmed a day earlier. Teachers made up half of the dead, "
        "UNRWA said. "
        "The agency said strikes on its schools had killed a dozen people sheltering inside."
    )
    assert sources_of(reference, text, "en")[-1] == "UNRWA"


def test_the_group_is_the_last_source_of_that_kind_that_spoke(reference):
    text = (
        "The Houthis said the missile had hit its target. Israel's military said the missile was not "
        "intercepted. The group's statement also said that strikes on Yemen had killed 106 people."
    )
    assert sources_of(reference, text, "en") == ["Houthis"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lo elevó a 22 muertos el viernes.",
        "Este viernes por la mañana lo elevó a 22 muertos.",
        "El viernes, lo elevó a 22 muertos.",
    ],
)
def test_a_toll_raised_with_no_subject_is_the_last_speakers(reference, sentence):
    text = f"El Ministerio de Salud libanés informó el jueves de 18 muertos. {sentence}"
    assert sources_of(reference, text, "es") == ["Lebanese Health Ministry"] * 2


def test_a_day_before_a_speech_verb_with_no_subject_is_no_subject(reference):
    text = "El Ministerio de Salud libanés informó de 18 muertos. Ayer añadió que 22 personas murieron."
    assert sources_of(reference, text, "es") == ["Lebanese Health Ministry"] * 2
