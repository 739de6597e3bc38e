"""Numbers that are days, clock times, ages, post numbers or footnote marks, and counts beside them."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on 12 March 2024 at 10:30 in Cairo.",
        "Aid groups said 120 trucks entered through the crossing.",
        "The UN appealed for $2.8 billion, and 45 per cent was funded.",
        "Ahmed Saleh, 34, said the truce was holding after six weeks.",
        "Call +44 20 7946 0958 for details. 2. Background",
        "Dozens were hurt and hundreds fled, officials said.",
        "The pause is extended by one day for every 10 hostages released.",
        "Israel would free three prisoners for every hostage.",
        "Israel would free 30 Palestinian prisoners for every civilian hostage.",
        "The first to go free are women, children and men over 50.",
        "Los primeros serán mujeres y hombres mayores de 50.",
        "The four — Noa Argamani, 26, and Shlomi Ziv, 41 — were taken to hospital.",
        # a Spanish age after "de" past a name
        "Entre los liberados están Hanan Yablonka, de 42, y Michel Nisenbaum, de 59.",
        "Gaza is home to 2.3 million people, most of whom have been displaced.",
        "Nearly 90% of its population of around 2 million has been displaced.",
        # a wire update's note on what it adds where
        "(Adds Thai and Nepali casualties in paragraphs 9-10, wounded on pages 3-4)",
        # shares with a decimal point written as a middle dot, as The Lancet does
        "The estimate is about 2·9% (95% CI 2·5–3·6) of the population.",
        "Among the dead, 59·1% were women and children.",
        # weights: what the released lost
        "Detainees released in recent months described losing 20 to 30 kilograms in detention.",
        "Detainees said they lost 20 kilos during detention.",
        "Los detenidos liberados perdieron 20 kilos durante la detención.",
        "Les détenus libérés ont perdu 20 kilos en détention.",
    ],
)
def test_non_figures_are_left_out(reference, text):
    assert figures(reference, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In a country of 10 million, 28 people were killed."),
        ("en", "In a territory of 2.2 million people, 28 people were killed."),
        ("en", "In a city of 600,000, 28 people were killed."),
        ("en", "In a nation of 10 million, 28 people were killed."),
        ("es", "En un país de 10 millones, 28 personas murieron."),
        ("es", "En un territorio de 2,2 millones, 28 personas murieron."),
        ("es", "En una ciudad de 600.000 personas, 28 personas murieron."),
        ("fr", "Dans un pays de 10 millions, 28 personnes ont été tuées."),
        ("fr", "Dans un territoire de 2,2 millions, 28 personnes ont été tuées."),
        ("fr", "Dans une ville de 600 000 personnes, 28 personnes ont été tuées."),
    ],
)
def test_the_people_of_a_place_are_no_count(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [28]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli strikes killed 40 people in Gaza on 12 and 16 March."),
        ("en", "Israeli strikes killed 40 people in Gaza on March 12 and 16."),
        ("en", "Israeli strikes killed 40 people in Gaza on March 12, 14 and 16."),
        # a day after a comma may be a count after its date
        ("en", "Since the ground operation began on October 1, 40 soldiers have been killed in Lebanon."),
        ("fr", "Les frappes ont tué 40 personnes à Gaza les 12 et 16 mars."),
        ("es", "Los ataques mataron a 40 personas en Gaza el 12 y 16 de marzo."),
    ],
)
def test_days_listed_with_one_month_are_dates(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


def test_a_number_word_after_a_date_and_a_conjunction_counts(reference):
    text = "Eight Canadians were killed in Israel on October 7 and two others in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [8, 2]


def test_a_day_listed_after_a_date_but_past_its_clause_may_count(reference):
    text = "Israeli strikes killed 40 people in Gaza on March 12, and 16 more were wounded."
    assert [(f["metric"], f["value"]) for f in figures_in(reference, text, "en")] == [
        ("killed", 40),
        ("injured", 16),
    ]


def test_a_timestamp_with_seconds_is_no_number(reference):
    text = "[00:01:12] NASSAR: The health ministry says 40 people have been killed in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "The bombardment began at about 2.30am local time (00.30 UK time) and killed 40 people in Gaza.",
        "The strikes began at around 2:30am local time and killed 40 people in Gaza.",
        "Since 14.07.2024, 40 people have been killed in Gaza.",
        "Since 07.10.2023, 40 people have been killed in Gaza.",
        "The ward, built for 10.5 patients per bed, lost 40 people killed in Gaza.",
    ],
)
def test_a_clock_time_a_dotted_date_or_a_decimal_without_a_scale_is_no_count(reference, text):
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]


@pytest.mark.parametrize("part", ["de la mañana", "de la tarde", "de la noche", "de la madrugada"])
def test_an_hour_of_a_part_of_the_day_is_a_clock_time_in_spanish(reference, part):
    text = f"Los tres rehenes fueron entregados a la Cruz Roja poco después de las 10 {part}."
    assert [f["value"] for f in figures_in(reference, text, "es")] == [3]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Hamas freed 20 hostages. The ages of those freed range from 21 to 48.", [20]),
        ("es", "Hamás liberó a 20 rehenes. Las edades de los liberados van de 21 a 48.", [20]),
        ("fr", "Le Hamas a libéré 20 otages. Les âges des otages libérés vont de 21 à 48.", [20]),
        # people counted after the range are a count of their own
        ("en", "Officials did not give the ages of the 20 to 30 children killed in Gaza.", [20]),
        # a word for ages in a clause before is not the range's
        ("en", "Their ages were not released, but the death toll in Gaza is between 20 and 30.", [20]),
    ],
)
def test_a_range_in_the_clause_of_a_word_for_ages_is_ages(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


def test_the_number_of_a_post_in_a_thread_is_no_count(reference):
    text = "1/6 The ministry in Gaza claims 27,000 dead.\n3/6 Israel says it killed 10,000 fighters in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [27000, 10000]


def test_an_age_with_a_qualifier_is_an_age(reference):
    text = "MDA evacuated 92 wounded in Israel, among them a woman aged about 30 in serious condition."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [92]


def test_a_footnote_mark_is_no_number(reference):
    text = (
        "At least nine people were still under the rubble in Gaza, the agency said.[25] Another 4 were"
        " hurt.[26]"
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [9, 4]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two children aged 3 and 5 were killed in Gaza.", [2]),
        ("Men over 50 and 20 women were killed in Gaza.", [20]),  # the 20 counts women, not an age
        # "aged" only ever leads an age, whatever comes before it
        ("A boy aged five was among the 33 hostages released.", [33]),
        (
            "Israel named 33 hostages to be freed, among them two children, Kfir and Ariel Bibas, aged one "
            "and five when they were abducted.",
            [33, 2],
        ),
        ("Men aged over 50 and 20 women were freed from Gaza.", [20]),
        ("Children aged 3 and 5 were among 20 people killed in Gaza.", [20]),
        # unless the list ends in people of its own
        ("Aged 3 and 5 children were killed in Gaza.", [5]),
        # one person's age, told after "who was" or as "a boy of"
        ("Two children are held in Gaza: Kfir, and his brother Ariel, who was four.", [2]),
        ("Among the 30 people wounded in Gaza was her son, who is 12.", [30]),
        ("A boy of five was among 30 people killed in Gaza.", [30]),
        ("A girl of 12 was among 30 people killed in Gaza.", [30]),
        # a family is counted by its members
        ("A family of seven was among 30 people killed in Gaza.", [7, 30]),
    ],
)
def test_ages_listed_after_an_age_marker_are_ages(reference, text, counts):
    assert [f["value"] for f in figures(reference, text)] == counts


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Between 10 and 20 of the hostages are over the age of 60.", [(10, 20)]),
        ("es", "Entre 10 y 20 de los rehenes tienen más de la edad de 60 años.", [(10, 20)]),
        ("fr", "Entre 10 et 20 des otages ont dépassé l'âge de 60 ans.", [(10, 20)]),
    ],
)
def test_an_age_after_the_age_of_is_no_figure(reference, language, text, values):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"]) for f in found] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "12/01/2025 - Sanidad de Gaza informa de 40 muertos en Gaza."),
        ("es", "Ministerio de Sanidad de Gaza | Muertos | 40 | 12/01/2025"),
        ("en", "On 01-04-2024, 40 people were killed in Gaza."),
        ("fr", "Le 01/04/24, 40 personnes ont été tuées à Gaza."),
    ],
)
def test_a_day_and_month_in_digits_before_a_year_are_a_date(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


@pytest.mark.parametrize(
    "model", ["an Il-76 transport plane", "two F-35 jets", "a Su-24 bomber", "the MH-17 airliner"]
)
def test_a_number_in_a_models_name_is_no_count(reference, model):
    found = figures(reference, f"Officials said 74 people were killed when {model} was shot down.")
    assert [f["value"] for f in found] == [74]


@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        ("en", "Twenty people were killed. FRANCE 24 could not independently verify the toll.", [""]),
        ("en", "Twenty people were killed, Israel's Channel 13 reported.", ["Israeli media"]),
        ("fr", "Vingt personnes ont été tuées, selon France 24.", ["France 24"]),
        ("es", "Veinte personas murieron, según France 24.", ["France 24"]),
        ("en", "Twenty people were killed, Channel 14 reported.", ["Israeli media"]),
        ("en", "Twenty people were killed, Kan 11 reported.", ["Israeli media"]),
        ("en", "Twenty people were killed, i24NEWS reported.", ["Israeli media"]),
        # a name that opens on its number
        ("en", "Twenty people were killed, the outlet +972 Magazine reported.", ["+972 Magazine"]),
    ],
)
def test_a_number_in_a_known_sources_name_is_no_count(reference, language, text, sources):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["attributed_to"]) for f in found] == [(20, s) for s in sources]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a number word with a capital, after a capitalised word and "of", ends a name
        ("Ishiba, who returned from the Group of Seven summit, said 20 hostages were freed.", [20]),
        ("Ishiba, who returned from the Group of Seven, said 20 hostages were freed.", [20]),
        # a number word in lower case is no name's
        ("Group of seven hostages returned on Monday", [7]),
        # in a title in capitals, the next word has a capital too: the number counts
        ("Hamas Announces Release of Seven Hostages", [7]),
    ],
)
def test_a_number_word_that_ends_a_name_is_no_count(reference, text, values):
    assert [f["value"] for f in figures_in(reference, text, "en")] == values
