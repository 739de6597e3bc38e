"""Counts that take their kind from a count before them: others, bare counts, parts and wholes."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import metrics_of


def test_a_count_of_others_is_of_the_kind_before_it(reference):
    text = "Hamas freed 25 hostages and the bodies of eight others."
    assert metrics_of(reference, text) == [(25, "hostages_released"), (8, "hostages_dead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas released the remains of four deceased hostages. "
            "The bodies of 24 others are still believed to be in Gaza.",
            [(4, "hostages_dead"), (24, "hostages_dead")],
        ),
        ("Five people were killed in the strike. Ten others were wounded.", [(5, "killed"), (10, "injured")]),
    ],
)
def test_a_count_of_others_is_of_the_kind_of_the_sentence_before(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_others_named_as_people_are_still_others(reference):
    text = "Le Hamas détient encore 20 otages. Les corps de trois autres personnes ont été rendus lundi."
    assert metrics_of(reference, text, "fr") == [(20, "hostages_held"), (3, "hostages_dead")]


def test_the_bodies_included_in_a_count_are_part_of_it(reference):
    text = "49 hostages are still held in Gaza, including the bodies of 27 confirmed dead."
    assert metrics_of(reference, text) == [(49, "hostages_held"), (27, "hostages_dead")]


@pytest.mark.parametrize(
    "text",
    [
        "The truce saw 33 hostages, eight of them dead, returned to Israel.",
        "The truce saw 33 hostages — eight of them dead — returned to Israel.",
        "The truce saw 33 hostages—eight of them dead—returned to Israel.",
        "The truce saw 33 hostages - eight of them dead - returned to Israel.",
    ],
)
def test_the_verb_after_a_part_set_off_by_commas_or_dashes_is_the_wholes(reference, text):
    assert metrics_of(reference, text) == [(33, "hostages_released"), (8, "hostages_dead")]


def test_a_linking_verb_after_the_parts_tells_the_state_of_people_of_no_kind(reference):
    """The whole is placed by a few words before its part, and the verb after the part links it to
    where they are: those held are hostages, and the part that died is of dead hostages."""
    text = "Six Nepali students still in Gaza, including one believed dead, remain in captivity."
    assert metrics_of(reference, text) == [(6, "hostages_held"), (1, "hostages_dead")]


@pytest.mark.parametrize(
    "part",
    [
        "Among them are 207 UN staff.",  # inverted: the copula after the inclusion
        "Among them, 207 were UN staff.",  # the inclusion set off by a comma
        "Of those, 207 were UN staff.",
    ],
)
def test_a_part_of_the_last_sentences_count_is_of_its_metric(reference, part):
    text = f"At least 278 aid workers have been killed in Gaza, the UN said. {part}"
    document = Document(doc="t.txt", text=text, published_at=date(2025, 2, 8))
    found = [(f["value"], f["metric"], f["subgroup"]) for f in extract_rows(document, reference)]
    assert found == [(278, "killed", "aid_workers"), (207, "killed", "un_staff")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partitive names what is counted, for each count of its clause
        (
            "Of the prisoners freed, 18 were serving life sentences and 111 had been detained in Gaza.",
            [(18, "prisoners_released"), (111, "prisoners_released")],
        ),
        ("Of the hostages, 18 were killed in captivity.", [(18, "hostages_dead")]),
        # a verb of before tells of the part's past, not of the count
        ("Of those released, 5 had been held for a year.", [(5, "hostages_released")]),
    ],
)
def test_a_fronted_partitive_names_the_counts_domain_and_event(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_bare_count_after_another_is_of_the_kind_counted_before(reference):
    text = "Some 20 hostages are alive in Gaza, and Hamas is holding the remains of another 30."
    assert metrics_of(reference, text) == [(20, "hostages_held"), (30, "hostages_dead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas took 251 hostages. The army said 59 remain in Gaza.",
            [(251, "hostages_taken"), (59, "hostages_held")],
        ),
        (
            "Militants abducted 251 people; 97 remain in Gaza.",
            [(251, "hostages_taken"), (97, "hostages_held")],
        ),
        (
            "Israel has freed 90 prisoners; 20 remain in its jails.",
            [(90, "prisoners_released"), (20, "prisoners_held")],
        ),
        ("Strikes killed 40 people. Another 30 remain in Gaza City.", [(40, "killed")]),
        # the nearest figure, in the sentence before the document; "remain" is the count's own verb
        (
            "Strikes killed 40 people on Monday. Hamas took 251 captives in 2023, and 59 remain in Gaza.",
            [(40, "killed"), (251, "hostages_taken"), (59, "hostages_held")],
        ),
    ],
)
def test_a_bare_count_that_remains_is_of_the_kind_before_it(reference, text, expected):
    assert metrics_of(reference, text) == expected


def test_a_bare_count_of_an_event_of_people_keeps_its_own_kind(reference):
    text = "Israeli forces rescued four hostages in Nuseirat. Some 274 were killed in the raid."
    assert metrics_of(reference, text) == [(4, "hostages_rescued"), (274, "killed")]


def test_a_bare_count_kept_kidnapped_is_of_hostages(reference):
    assert metrics_of(reference, "Otras 65 permanecen secuestradas.", "es") == [(65, "hostages_held")]


def test_a_part_read_before_its_whole_has_a_verb_takes_the_wholes_metric(reference):
    text = (
        "The ministry said 289 people, including 115 children, have died of hunger, 175 of them since July."
    )
    assert metrics_of(reference, text) == [(289, "killed"), (115, "killed"), (175, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas has freed 20 hostages and returned the bodies of 28."),
        ("fr", "Le Hamas a libéré 20 otages et rendu les corps de 28."),
    ],
)
def test_a_bare_count_of_bodies_is_of_the_kind_counted_before(reference, language, text):
    assert metrics_of(reference, text, language) == [(20, "hostages_released"), (28, "hostages_dead")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas has so far handed over the remains of 15 of the 28 dead hostages."),
        ("es", "Hamás ha entregado hasta ahora los restos de 15 de los 28 rehenes fallecidos."),
        ("fr", "Le Hamas a remis les dépouilles de 15 des 28 otages morts."),
    ],
)
def test_a_part_is_of_the_kind_of_the_whole_it_is_taken_from(reference, language, text):
    assert metrics_of(reference, text, language) == [(15, "hostages_dead"), (28, "hostages_dead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 101 hostages, 35 have been confirmed dead by the IDF.",
            [(101, "hostages_held"), (35, "hostages_dead")],
        ),
        # counts listed with commas share the verb after them
        (
            "So far, 21 hostages, 766 prisoners and 5 Thais have been released.",
            [(21, "hostages_released"), (766, "prisoners_released"), (5, "hostages_released")],
        ),
    ],
)
def test_the_whole_of_a_fronted_partitive_keeps_its_own_kind(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The military said it had detained some 4,000 people in Gaza and had released about 1,500.",
            [(4000, "prisoners_held"), (1500, "prisoners_released")],
        ),
        # the count of a sentence before lends no kind to a verb that names a metric of people
        (
            "The army has detained 4,000 people in Gaza. Hamas said it had released 25.",
            [(4000, "prisoners_held"), (25, "hostages_released")],
        ),
    ],
)
def test_a_bare_count_is_of_the_kind_of_the_count_before_it_in_its_sentence(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        *[
            ("en", f"More than 1,000 people have fled, and 600 {verb}.", [(1000, "displaced")])
            for verb in ["have returned", "came back", "have gone back", "went back"]
        ],
        *[
            ("es", f"Más de 1.000 personas huyeron de sus hogares, y 600 {verb}.", [(1000, "displaced")])
            for verb in [
                "han regresado",
                "regresaron",
                "han vuelto",
                "volvieron",
                "han retornado",
                "retornaron",
            ]
        ],
        *[
            ("fr", f"Plus de 1 000 personnes ont fui, et 600 {verb}.", [(1000, "displaced")])
            for verb in [
                "sont rentrés",
                "sont rentrées",
                "sont revenus",
                "sont revenues",
                "sont retournés",
                "sont retournées",
            ]
        ],
        # a copula with a group names a part of the count before
        ("en", "Strikes killed 40 people, and 30 were children.", [(40, "killed"), (30, "killed")]),
        (
            "en",
            "Strikes killed 40 people, and 30 were children, and their relatives came back to bury them.",
            [(40, "killed"), (30, "killed")],
        ),
    ],
)
def test_a_bare_count_whose_verb_undoes_the_event_before_counts_no_one(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


def test_a_part_of_a_count_that_is_itself_a_part_of_the_sentence_before_is_that_counts(reference):
    text = "Militants abducted 240 people. Of those, 101 are still held in Gaza, 60 of them alive."
    assert metrics_of(reference, text) == [
        (240, "hostages_taken"),
        (101, "hostages_held"),
        (60, "hostages_held"),
    ]


@pytest.mark.parametrize("interval", ["(55,298–78,525)", "(95% CI 55,298–78,525)"])
def test_a_bare_count_in_brackets_after_a_count_is_of_its_kind(reference, interval):
    text = f"We estimated 64,260 deaths {interval} due to traumatic injury in Gaza."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures] == [(64260, "killed"), (55298, "killed")]
