"""Which verb a count shares with the counts listed or coordinated with it, and which it keeps."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import figures_of, metrics_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So far, 21 hostages and 766 prisoners have been released.",
            [(21, "hostages_released"), (766, "prisoners_released")],
        ),
        (
            "On Saturday 3 hostages, 183 prisoners and 5 Thais were freed.",
            [(3, "hostages_released"), (183, "prisoners_released"), (5, "hostages_released")],
        ),
        # a count of people lends no verb to the count of a kind before it
        (
            "There are 59 hostages and 1,000 people were killed.",
            [(59, "hostages_held"), (1000, "killed")],
        ),
    ],
)
def test_counts_coordinated_before_a_verb_share_it(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The ministry's list of the dead, published the same day, includes 16,302 children and 10,955"
            " women.",
            [(16302, "killed"), (10955, "killed")],
        ),
        (
            "en",
            "The list of the dead, published on Monday, includes 16,302 children and 10,955 women in Gaza.",
            [(16302, "killed"), (10955, "killed")],
        ),
        # a count with a verb of its own keeps to it
        (
            "es",
            "Más de 1,2 millones de personas huyeron de sus hogares en el Líbano, y unas 600.000 ya han"
            " regresado.",
            [(1200000, "displaced")],
        ),
    ],
)
def test_a_count_coordinated_after_a_count_with_no_verb_of_its_own_shares_its_kind(
    reference, language, text, expected
):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("text", "subgroups"),
    [
        (
            "Hamas released 105 civilians in the truce, and four hostages were released before it.",
            ["civilians", "all"],
        ),
        ("Israel freed 240 women, and 150 prisoners were freed later.", ["women", "all"]),
        (
            "Hamas released 105 civilians in the truce, and four more were released before it.",
            ["civilians"] * 2,
        ),
    ],
)
def test_a_coordinated_count_that_names_its_kind_is_not_of_the_subgroup_before_it(reference, text, subgroups):
    assert [figure["subgroup"] for figure in figures_of(reference, text)] == subgroups


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets have killed 45 civilians, as well as 32 soldiers."),
        ("es", "Los cohetes han matado a 45 civiles, así como 32 soldados."),
        ("es", "Los cohetes han matado a 45 civiles y a 32 soldados."),
        ("es", "Los cohetes han matado a 45 civiles, así como a 32 soldados."),
        ("fr", "Les roquettes ont tué 45 civils, ainsi que 32 soldats."),
    ],
)
def test_a_count_after_as_well_as_shares_the_verb_of_the_count_before(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (45, "killed", "civilians"),
        (32, "killed", "soldiers"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 14,000 operatives were killed, along with 16,000 civilians."),
        ("en", "About 14,000 operatives were killed, and 16,000 civilians."),
        ("es", "Unos 14.000 milicianos murieron, junto con 16.000 civiles."),
        ("fr", "Quelque 14 000 combattants ont été tués, de même que 16 000 civils."),
        ("en", "About 14,000 operatives were killed, in addition to 16,000 civilians."),
        ("es", "Unos 14.000 milicianos murieron, además de 16.000 civiles."),
    ],
)
def test_a_count_after_the_verb_of_the_count_before_shares_it(reference, language, text):
    assert metrics_of(reference, text, language) == [(14000, "killed"), (16000, "killed")]


def test_a_count_with_a_verb_of_its_own_keeps_it(reference):
    text = "Five people were killed in Jenin, and 20 others were wounded."
    assert metrics_of(reference, text) == [(5, "killed"), (20, "injured")]


def test_an_event_after_and_in_a_phrase_with_no_noun_is_the_next_counts(reference):
    assert metrics_of(reference, "The strike left 30 dead and dozens wounded.") == [(30, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Rockets wounded two people after an Israeli strike killed one of its commanders and two other"
            " fighters.",
        ),
        (
            "es",
            "Los cohetes hirieron a dos personas, después de que un ataque israelí matara a uno de sus"
            " comandantes y a otros dos combatientes.",
        ),
        (
            "fr",
            "Les roquettes ont blessé deux personnes, après qu'une frappe israélienne a tué l'un de ses"
            " commandants et deux autres combattants.",
        ),
    ],
)
def test_a_count_after_and_shares_the_verb_before_the_and_not_the_count_befores(reference, language, text):
    assert metrics_of(reference, text, language) == [(2, "injured"), (2, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strike killed a senior commander and four other people and wounded 28."),
        ("es", "Un ataque mató a un alto comandante y a otras cuatro personas e hirió a 28."),
        ("fr", "Une frappe a tué un haut commandant et quatre autres personnes et en a blessé 28."),
    ],
)
def test_a_first_count_after_and_shares_the_verb_before_the_and(reference, language, text):
    assert metrics_of(reference, text, language) == [(4, "killed"), (28, "injured")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three people were killed and 12 others wounded."),
        ("es", "Tres personas murieron y otras 12 heridas."),
        ("fr", "Trois personnes ont été tuées et 12 autres blessées."),
    ],
)
def test_a_participle_of_another_event_after_a_count_after_and_is_its_own(reference, language, text):
    # its auxiliary left out; but "freed 250 and 1,700 people detained in Gaza" tells how they came to be held
    assert metrics_of(reference, text, language) == [(3, "killed"), (12, "injured")]


def test_a_participle_of_capture_after_a_count_after_and_tells_its_past(reference):
    text = "Israel freed 250 prisoners and 1,700 people detained in Gaza."
    assert metrics_of(reference, text) == [(250, "prisoners_released"), (1700, "prisoners_released")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Thousands have been displaced on both sides of the border: 96,000 Lebanese and 60,000 Israelis.",
            [(96000, "displaced"), (60000, "displaced")],
        ),
        ("en", "Latest figures: 96,000 Lebanese and 60,000 Israelis.", []),
        # only the verb before the colon heads the list
        (
            "en",
            "Update: 40 killed in Gaza, Israel counts 59 hostages.",
            [(40, "killed"), (59, "hostages_held")],
        ),
    ],
)
def test_a_list_after_a_colon_shares_the_verb_before_it(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after "and" opens a clause of its own, about a part
        (
            "Israeli officials say 82 hostages remain in Gaza and believe a third of them are dead.",
            "hostages_held",
        ),
        # two events of one count
        ("More than 50,000 children have been killed or injured in Gaza.", "casualties"),
    ],
)
def test_a_clause_joined_by_and_with_its_own_verb_tells_nothing_of_the_count(reference, text, expected):
    assert [f["metric"] for f in figures_of(reference, text, "en")] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Some 500 people were killed, mostly fighters but also at least 90 civilians, a tally shows.",
        ),
        ("es", "Unas 500 personas han muerto, en su mayoría combatientes pero también al menos 90 civiles."),
        ("es", "Unas 500 personas han muerto, no solo combatientes sino también al menos 90 civiles."),
        ("fr", "Quelque 500 personnes ont été tuées, surtout des combattants mais aussi au moins 90 civils."),
        ("fr", "Quelque 500 personnes ont été tuées, surtout des combattants mais également 90 civils."),
    ],
)
def test_people_added_with_but_also_share_the_count_befores_event(reference, language, text):
    assert metrics_of(reference, text, language) == [(500, "killed"), (90, "killed")]


def test_people_added_with_but_also_and_a_verb_of_their_own_are_no_count_of_the_event(reference):
    text = "The strikes killed 40 fighters, but also 3,000 residents stayed in the town."
    assert metrics_of(reference, text) == [(40, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Israël libérera 250 détenus condamnés à la réclusion à perpétuité et 1 700 Gazaouis arrêtés"
            " depuis le début de la guerre.",
        ),
        (
            "es",
            "Israel liberará a 250 detenidos condenados a cadena perpetua y a 1.700 gazatíes arrestados"
            " durante la guerra.",
        ),
    ],
)
def test_the_noun_of_the_count_before_is_no_verb_over_the_next(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["prisoners_released"] * 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El ministerio elevó a 62.744 el número de muertos y a 158.259 el de heridos, y sumó 289"
            " personas, 115 de ellas niños, muertas por hambre.",
        ),
        (
            "en",
            "The ministry raised the number of dead to 62,744 and of wounded to 158,259, and added 289"
            " people, 115 of them children, who died of hunger.",
        ),
    ],
)
def test_a_toll_named_before_another_count_is_not_a_later_clauses(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [f["metric"] for f in figures] == ["killed", "injured", "killed", "killed"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The strike killed a journalist, his wife and 12 other people.", [(12, "killed")]),
        ("en", "A strike killed his brother, Khaled, and four of his nephews.", [(4, "killed")]),
        ("fr", "La frappe a tué le commandant, son adjoint et au moins 20 civils.", [(20, "killed")]),
        ("es", "El ataque mató al comandante, a su adjunto y a al menos 20 civiles.", [(20, "killed")]),
        # an item with its apposition
        (
            "en",
            "A drone strike kills Saleh al-Arouri, deputy head of Hamas's political bureau, and six others.",
            [(6, "killed")],
        ),
    ],
)
def test_a_count_that_ends_a_list_of_objects_shares_the_verb_before_the_list(
    reference, language, text, expected
):
    assert metrics_of(reference, text, language) == expected
