"""Which words of a sentence name its speaker: not a place, a name after "with" or in a word, nor an actor."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.source_names.helpers import figures_of

CPJ = "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 20 were killed in Lebanon, the group said.",
        "Nine were killed in Israel, the press freedom group said.",
        "At least 20 were killed in southern Lebanon, the group said.",
        "Nine were killed in northern Israel, the group said.",
    ],
)
def test_a_country_named_as_a_place_is_not_the_speaker(reference, sentence):
    # "Lebanon" and "Israel" speak for their governments ("Lebanon says ..."), never after "in", nor
    # after "in" and the words that say which part of it ("southern", "the occupied")
    figures = figures_of(reference, CPJ + sentence)
    assert figures[-1]["attributed_to"] == "Committee to Protect Journalists"


def test_a_place_before_an_unknown_speaker_does_not_speak(reference):
    figures = figures_of(reference, "Two people were killed in Israel, emergency services said.")
    assert [f["attributed_to"] for f in figures] == [""]


def test_a_word_no_row_resolves_at_the_place_is_the_last_source_of_its_kind(reference):
    text = (
        "Sirens sounded in Israel\n"
        "The territory's health ministry said 135 people had been killed.\n"
        "Strikes killed 104 people in Gaza and the West Bank, according to the ministry."
    )
    assert [f["attributed_to"] for f in figures_of(reference, text)] == ["Gaza Health Ministry"] * 2


def test_the_last_source_of_a_kind_is_not_taken_for_a_figure_placed_elsewhere(reference):
    text = (
        "Lebanon's health ministry said 30 people were killed in Lebanon.\n"
        "In Israel, 12 people were killed, according to the ministry."
    )
    sources = [f["attributed_to"] for f in figures_of(reference, text)]
    assert sources[0] == "Lebanese Health Ministry"
    assert sources[1] != "Lebanese Health Ministry"


@pytest.mark.parametrize(
    ("before", "source"),
    [
        # researchers speak for the last research body that spoke, and for no other kind of source
        ("Israel says its forces have killed about 22,000 militants.", ""),
        (
            "The London School of Hygiene and Tropical Medicine published projections on Monday.",
            "London School of Hygiene and Tropical Medicine",
        ),
    ],
)
@pytest.mark.parametrize("researchers", ["The researchers", "Researchers"])
def test_researchers_are_the_last_research_body_that_spoke(reference, before, source, researchers):
    text = f"{before} {researchers} have warned that 11,580 more people could die in Gaza."
    assert [f["attributed_to"] for f in figures_of(reference, text)][-1] == source


def test_the_ministry_is_the_last_ministry_that_spoke_when_hostages_are_placed_by_rule(reference):
    text = (
        "Five Thai hostages were freed in Gaza on Thursday, Thailand's foreign ministry said. Two are"
        " believed to still be held, according to the ministry."
    )
    assert [f["attributed_to"] for f in figures_of(reference, text)] == ["Thai Foreign Ministry"] * 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'UNRWA déplore la mort de plus de 360 membres de son personnel."),
        ("fr", "L'UNRWA a déploré la mort de plus de 360 membres de son personnel."),
        ("es", "La UNRWA lamenta la muerte de más de 360 miembros de su personal."),
        ("es", "La UNRWA lamentó la muerte de más de 360 miembros de su personal."),
    ],
)
def test_who_mourns_a_count_speaks_for_it(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["UNRWA"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Iran's health ministry raised the toll of the war with Israel, saying 606 people were killed.",
            "Iranian Health Ministry",
        ),
        (
            "en",
            "Iran's health ministry updated the toll of its war against Israel, saying 606 were killed.",
            "Iranian Health Ministry",
        ),
        (
            "es",
            "El Ministerio de Sanidad iraní habló de la guerra con Israel y dijo que 606 personas murieron.",
            "Iranian Health Ministry",
        ),
        (
            "es",
            "El Ministerio de Sanidad iraní habló de la guerra contra Israel y dijo que 606 murieron.",
            "Iranian Health Ministry",
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a fait le bilan de la guerre avec Israël, précisant que 606"
            " personnes ont été tuées.",
            "Iranian Health Ministry",
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a fait le bilan de la guerre contre Israël, précisant que 606"
            " personnes ont été tuées.",
            "Iranian Health Ministry",
        ),
        # "de acuerdo con" is "according to"
        ("es", "Unos 1,7 millones de personas están desplazadas, de acuerdo con la OCHA.", "UN OCHA"),
    ],
)
def test_a_name_after_with_or_against_does_not_speak(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The Iran-backed group said eight sailors were killed.",
        "Yemen's Iran-backed Houthi rebels claimed the attack. They say they have killed eight sailors.",
    ],
)
def test_a_name_inside_a_compound_word_names_no_speaker(reference, text):
    assert [f["attributed_to"] for f in figures_of(reference, text)] != ["Iranian government"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The health minister, Firas Mansour, said 30 died in Lebanon. Mansour later said 12 more died.",
        ),
        (
            "es",
            "El ministro de Sanidad libanés, Firas Mansur, dijo que 30 murieron. Según Mansur, murieron 12.",
        ),
        (
            "es",
            "El ministro de Salud libanés, Firas Mansur, dijo que 30 murieron. Según Mansur, murieron 12.",
        ),
    ],
)
def test_a_full_name_set_off_by_commas_after_a_source_speaks_for_it_later(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["attributed_to"]) for f in found] == [
        (30, "Lebanese Health Ministry"),
        (12, "Lebanese Health Ministry"),
    ]


@pytest.mark.parametrize("verb", ["reported", "recorded", "documented"])
def test_who_reported_a_count_after_it_is_its_source(reference, verb):
    text = f"The new toll is up from the 627 deaths {verb} by the health ministry in Gaza."
    assert [f["attributed_to"] for f in figures_in(reference, text, "en")] == ["Gaza Health Ministry"]


def test_who_reported_a_count_after_it_outranks_the_sentences_speaker(reference):
    text = (
        "Hospital officials said 1,062 people were killed in Gaza, up from the 627 deaths reported by"
        " the Civil Defence."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["attributed_to"]) for f in figures] == [
        (1062, "Hospital officials"),
        (627, "Gaza Civil Defence"),
    ]


def test_the_actor_of_an_event_after_a_count_is_no_source(reference):
    text = "During the truce, 105 captives released by Hamas returned to Israel."
    assert [f["attributed_to"] for f in figures_in(reference, text, "en")] == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las autoridades sanitarias de Gaza elevaron el jueves a 47 el número de muertos."),
        ("es", "Las autoridades sanitarias de Gaza elevan a 47 el número de muertos."),
        ("es", "Las autoridades sanitarias de Gaza cifraron en 47 el número de muertos."),
        ("fr", "Les autorités sanitaires de Gaza ont porté le bilan à 47 morts."),
    ],
)
def test_many_who_raise_a_toll_speak_for_it(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Gaza Health Ministry"]


def test_who_reported_a_count_after_it_is_no_other_counts_source(reference):
    text = (
        "An estimated 64,260 deaths occurred in Gaza, against 37,877 deaths reported by the Ministry"
        " of Health."
    )
    figures = figures_in(reference, text, "en")
    assert [f["attributed_to"] for f in figures] == ["", "Gaza Health Ministry"]


def test_who_published_counts_listed_together_is_the_source_of_each(reference):
    text = "The toll was up from an earlier count of 31 dead and 101 injured released by the Civil Defence."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["attributed_to"]) for f in figures] == [
        (31, "Gaza Civil Defence"),
        (101, "Gaza Civil Defence"),
    ]
