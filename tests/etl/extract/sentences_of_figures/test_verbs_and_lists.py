"""Which verb a count takes, and what the items of a list or a fact box count."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures, only


def test_a_count_followed_by_several_included_ones_takes_the_verb_after_them(reference):
    rows = figures(
        reference, "The ministry said 558 people, including 50 children and 94 women, were killed in Lebanon."
    )
    assert [(r["metric"], r["subgroup"], r["value"]) for r in rows] == [
        ("killed", "all", 558),
        ("killed", "children", 50),
        ("killed", "women", 94),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "OCHA says 1.9 million people, or about 90% of the population, have been displaced in Gaza.",
        "OCHA says 1.9 million people in Gaza, or about 90% of the population, have been displaced.",
    ],
)
def test_an_apposition_after_the_count_does_not_hide_its_verb(reference, text):
    figure = only(reference, text)
    assert (figure["metric"], figure["value"], figure["attributed_to"]) == ("displaced", 1900000, "UN OCHA")


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed 57 children, the ministry said, and 1.1 million people face catastrophic hunger.",
        "The strikes killed 57 people and 1.1 million people are at risk of famine.",
    ],
)
def test_a_count_with_a_verb_of_its_own_does_not_share_the_verb_before(reference, text):
    assert [f["value"] for f in figures(reference, text)] == [57]


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed 57 children and 20 women sheltering in a school in Gaza.",
        "Les frappes ont tué 57 enfants et 20 femmes palestiniennes à Gaza.",
    ],
)
def test_a_count_without_a_verb_of_its_own_shares_the_verb_before(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(57, "killed"), (20, "killed")]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Israel says 37 of the 101 hostages still held in Gaza are dead.",
            ["hostages_dead", "hostages_held"],
        ),
        ("35 of the 101 hostages have been declared dead.", ["hostages_dead", "hostages_held"]),
        ("12 of the 40 wounded in Gaza have died.", ["killed", "injured"]),
    ],
)
def test_the_verb_after_a_partitive_is_the_parts(reference, text, metrics):
    assert [f["metric"] for f in figures(reference, text)] == metrics


def test_a_fact_box_label_says_what_its_number_counts(reference):
    text = (
        "Killed in Gaza: at least 44,000, according to the health ministry\n"
        "Hostages still held: 101, of whom at least 35 are believed dead\n"
        "Soldiers killed since the ground invasion: 380\n"
        "Displaced: 1.9 million, about 90 per cent of the population"
    )
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures(reference, text)]
    assert found == [
        (44000, "killed", "all"),
        (101, "hostages_held", "all"),
        (35, "hostages_dead", "all"),
        (380, "killed", "soldiers"),
        (1900000, "displaced", "all"),
    ]


def test_a_fact_box_value_before_its_label_is_counted_by_the_label(reference):
    text = (
        "By the numbers:\n"
        "• 610: People killed in Iran since June 13, according to Iran's Health Ministry.\n"
        "• 3,238: People treated for injuries in Israeli hospitals, per Israel's Health Ministry.\n"
        "• 550: Ballistic missiles fired by Iran at Israel.\n"
        "50 hostages remain in Gaza."
    )
    found = [(f["value"], f["metric"]) for f in figures(reference, text)]
    assert found == [(610, "killed"), (3238, "injured"), (50, "hostages_held")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a day with its year in the label
        ("Killed in Israel on October 7, 2023: about 1,200", (1200, "killed", "all")),
        # a bulleted line
        ("- Injured: 169,890", (169890, "injured", "all")),
        ("• Injured: 169,890", (169890, "injured", "all")),
        # a numbered line: the list's number is no figure
        ("2- Missing: 9,500", (9500, "missing", "all")),
        ("2 – Missing: 9,500", (9500, "missing", "all")),
        ("3. Wounded and injured: 162,005", (162005, "injured", "all")),
        ("3) Wounded and injured: 162,005", (162005, "injured", "all")),
        ("- UN staff killed: more than 370, according to UNRWA", (370, "killed", "un_staff")),
        # a label of up to 80 characters
        (
            "Israeli soldiers killed in Gaza since the ground offensive began: 466",
            (466, "killed", "soldiers"),
        ),
    ],
)
def test_a_longer_fact_box_label_says_what_its_number_counts(reference, line, expected):
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures(reference, f"By the numbers\n{line}")]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a noun of its own is read as it stands
        ("Hostages: 40 prisoners were freed on Sunday.", [(40, "prisoners_released")]),
        # a long clause before a colon is no label
        ("The ministry has counted the dead since the war began in October and told reporters: 40 more.", []),
    ],
)
def test_what_is_no_fact_box_label(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Entre los fallecidos en Gaza hay dos menores de 16 y 17 años.", [2]),
        ("Two boys, 16 and 17 years old, were killed in Gaza.", [2]),
        # a number listed with one that counts people counts people too
        ("Strikes killed 16 and 17 people were wounded in Gaza.", [16, 17]),
    ],
)
def test_a_number_listed_before_a_unit_shares_the_unit(reference, text, counts):
    assert [f["value"] for f in figures(reference, text)] == counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as" opens a clause of its own: the count after it is not of the kind before it
        (
            "Army tells families of 97 hostages their relatives are held as the death toll passes 1,300",
            [(97, "hostages_held"), (1300, "killed")],
        ),
        (
            "Families of 97 hostages informed as Israel's death toll passes 1,300",
            [(97, "hostages_held"), (1300, "killed")],
        ),
        # a clause of contrast goes on the same count: the 35 are hostages too
        (
            "Of the 58 hostages, 20 are believed to be alive, while Israel has confirmed the deaths of 35.",
            [(58, "hostages_held"), (20, "hostages_held"), (35, "hostages_dead")],
        ),
    ],
)
def test_a_count_after_as_is_of_its_own_clause(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel holding more than 10,000 Palestinians as deaths in custody mount.",
            (10000, "prisoners_held"),
        ),
        ("Israel holding more than 10,000 Palestinians as injuries mount.", (10000, "prisoners_held")),
        ("The army lists 33 soldiers as missing.", (33, "missing")),
    ],
)
def test_as_before_a_noun_of_an_event_opens_a_clause_not_an_event(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of the event stays the count's past a verb of record
        ("Malnutrition deaths recorded by the ministry rose to 235.", [(235, "killed")]),
        (
            "Deaths reported by hospitals rose to 235, including 106 children.",
            [(235, "killed"), (106, "killed")],
        ),
        # a verb of the event before a verb of publication is the figures', not the count's
        ("Figures released by the army on Monday showed 34,183.", []),
    ],
)
def test_a_noun_of_the_event_before_a_verb_of_record_counts(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


def test_the_items_of_a_list_count_what_its_lead_names(reference):
    text = (
        "According to the monitor, the fatalities in Syria are distributed as follows:\n\n"
        "- Civilians: 46, including 8 women\n"
        "- Regime soldiers and officers: 61\n"
        "- In Damascus: 20\n\n"
        "The monitor relies on a network of 12 sources.\n\n"
        "- Civilians: 12\n"
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["subgroup"]) for f in found] == [
        (46, "killed", "civilians"),
        (8, "killed", "women"),
        (61, "killed", "soldiers"),
        (20, "killed", "all"),
    ]


def test_a_sentence_after_a_lists_lead_that_is_no_item_counts_nothing_of_it(reference):
    text = "The fatalities are distributed as follows:\n\nTwelve names on the list were verified.\n"
    assert figures_in(reference, text, "en") == []


def test_the_items_of_a_list_take_the_group_and_day_of_its_lead(reference):
    text = "Journalists killed, by place of death, as of August 28, 2025:\n- Gaza: 184\n- Lebanon: 6\n"
    found = figures_in(reference, text, "en", date(2025, 8, 29))
    assert [(f["value"], f["metric"], f["location"], f["subgroup"], f["as_of"]) for f in found] == [
        (184, "killed", "Gaza", "journalists", "2025-08-28"),
        (6, "killed", "Lebanon", "journalists", "2025-08-28"),
    ]


def test_an_item_that_names_a_kind_but_no_event_takes_its_leads_event(reference):
    text = "Under the deal, Israel will free:\n\n• 250 Palestinian prisoners serving life sentences\n"
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [
        (250, "prisoners_released")
    ]


def test_the_items_of_a_list_whose_lead_names_no_event_count_nothing(reference):
    text = "The monitor draws on these networks:\n\n- Local activists: 12\n- Medical sources: 30\n"
    assert figures_in(reference, text, "en") == []


def test_counts_listed_after_a_count_whose_event_its_list_gives_share_that_event(reference):
    text = (
        "The ministry's list of identified dead, updated on Monday, includes 18,430 children, 9,735 women"
        " and 26,870 men in Gaza."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["subgroup"]) for f in found] == [
        (18430, "killed", "children"),
        (9735, "killed", "women"),
        (26870, "killed", "men"),
    ]


def test_a_count_coordinated_with_a_count_whose_event_its_list_gives_shares_that_event(reference):
    text = (
        "The ministry's list of identified dead, updated on Monday, includes 18,430 children and 9,735 women."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(18430, "killed"), (9735, "killed")]


def test_a_count_coordinated_after_and_takes_no_event_from_the_noun_of_the_count_before(reference):
    text = "Tailandia ha elevado a 21 el número de sus ciudadanos muertos y a 16 el de secuestrados."
    metrics = [f["metric"] for f in figures_in(reference, text, "es")]
    assert metrics[0] == "killed" and metrics[1] != "hostages_dead"
