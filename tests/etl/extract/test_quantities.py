"""The quantity mode (etl.extract.quantities): every quantity, not only counts of people.

Sentences are written for these tests; each case names the rule family it exercises.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract.lexicon import build_lexicon
from etl.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def lex(reference):
    return build_lexicon(reference, "en")


def rounded(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.9g}")  # 1/3 and 1.6e-19 compare as written


def read(text: str, lex) -> list[tuple[float, float | None, str]]:
    return [(rounded(q.value), rounded(q.value_high), q.change) for q in find_quantities(text, lex)]


def expect(rows: list[tuple[float, float | None, str]]) -> list[tuple[float, float | None, str]]:
    return [(rounded(value), rounded(high), change) for value, high, change in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: symbols, codes glued or spaced, scale words and abbreviations
        ("The mill was sold for $1.8bn last spring.", [(1.8e9, None, "=")]),
        ("The fund holds US $2.5 million in bonds.", [(2.5e6, None, "=")]),
        ("A ticket costs RM45 and a pass EUR12m.", [(45, None, "="), (12e6, None, "=")]),
        ("Analysts put the downside and upside at $4/$6 a share.", [(4, 6, "=")]),
        ("The budget is 3.2 trillion yen.", [(3.2e12, None, "=")]),
        # percentages and measurements, glued, spaced or hyphenated
        ("Turnout reached 61.5 per cent, and 40% voted early.", [(61.5, None, "="), (40, None, "=")]),
        (
            "It has a 6.5-inch screen, a 12kWh pack and 300 hp.",
            [(6.5, None, "="), (12, None, "="), (300, None, "=")],
        ),
        ("They planned a five-year, 2.4 billion-mile voyage.", [(5, None, "="), (2.4e9, None, "=")]),
        ("The mast is 20m (66ft) tall.", [(20, None, "="), (66, None, "=")]),
        ("Output rose to 4.6m tonnes.", [(4.6e6, None, "up")]),
        ("The batting average was .312 this season.", [(0.312, None, "=")]),
        # counts in words, multiples, fractions
        ("Three ferries and two dozen yachts left the harbour.", [(3, None, "="), (24, None, "=")]),
        ("Exports grew more than sevenfold.", [(7, None, "up")]),
        (
            "A third of the members and two-thirds of the staff agreed.",
            [(1 / 3, None, "="), (2 / 3, None, "=")],
        ),
        ("Stir in 3/4 cup of milk.", [(0.75, None, "=")]),
        ("One out of five drivers was fined.", [(0.2, None, "=")]),
        ("The charge is 1.6×10−19 coulombs.", [(1.6e-19, None, "=")]),
        # vague amounts become the ranges NewsQuant uses
        ("Dozens of boats and tens of thousands of fans came.", [(12, 120, "="), (1e4, 1e5, "=")]),
        # ranges: dash, to, between, from-to (either order), shared scale
        ("Each crate weighs 15-20 kg.", [(15, 20, "=")]),
        ("Prices are between $30 and $45.", [(30, 45, "=")]),
        ("The fare went from $12 to $9 in a year.", [(12, 9, "=")]),
        ("Between three to four thousand runners start.", [(3000, 4000, "=")]),
        ("Bids ranged from $20 to $30 billion.", [(20e9, 30e9, "=")]),
        ("Fees rise by 2 to 2.5 per cent.", [(2, 2.5, "up")]),
    ],
)
def test_quantities_and_their_values(text, expected, lex):
    assert read(text, lex) == expect(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # qualifiers before and after
        ("More than 20 ships docked.", [(20, None, ">")]),
        ("The line carries up to 40 trains.", [(40, None, "<")]),
        ("Roughly 300 flights and nearly 5 kg of mail.", [(300, None, "~"), (5, None, "~")]),
        ("It holds just under 20 percent.", [(20, None, "<")]),
        ("Sub-10 nm chips are coming.", [(10, None, "<")]),
        ("The wait was ~15 min.", [(15, None, "~")]),
        ("Ten years or more passed.", [(10, None, ">")]),
        # direction words, and the level after them
        ("The index rose 0.4% to 7,210.5 points.", [(0.4, None, "up"), (7210.5, None, "=")]),
        ("Shares fell 3 percent.", [(3, None, "down")]),
        ("Copper was down 2.5% at $8,900.", [(2.5, None, "down"), (8900, None, "=")]),
        ("The stock climbed about 2%.", [(2, None, "up")]),  # a direction beats a bound
        ("The Dax +0.3% and the Ibex -1.1%.", [(0.3, None, "up"), (-1.1, None, "down")]),
        ("The army called up 800 reservists.", [(800, None, "=")]),  # a phrasal verb
        # a conversion in brackets and an apposition take the change before them
        ("The route is more than 100 km (62 miles) long.", [(100, None, ">"), (62, None, ">")]),
        ("The index lost 120 points, or 0.5%.", [(120, None, "down"), (0.5, None, "down")]),
        # negatives
        ("Nights drop to minus 40 degrees.", [(-40, None, "down")]),
        ("The car park is at minus-3 metres.", [(-3, None, "=")]),
    ],
)
def test_change_classes(text, expected, lex):
    assert read(text, lex) == expect(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on March 3 and again on 14 April.",  # dates
        "The plant opened in 2019 and closed in 2021.",  # years
        "Trains left between 2011 and 2013.",  # a range of years
        "The call started at 10:30 and ended at 5pm.",  # clock times
        "Lunch is at 9 a.m. sharp.",
        "He finished 3rd in the 10th race of the 1990s.",  # ordinals and decades
        "The visitors won 2-1 after a 3-3 draw.",  # scores
        "She bought a Pixel X5 and read about F-35 jets in Game 7 coverage.",  # codes and names
        "The Nikkei 225 and the Russell 3000 were quiet.",
        "Call +44 20 7946 0958 for details.",  # a phone number
        "The office is at 221 Baker Street.",  # an address
        "See section 12 and No. 9 of the list.",  # labels
        "Everyone wanted that one.",  # the pronoun "one"
        "It was several hundred metres away.",  # a bare multiplier is vague
        "The team played in the second half.",  # a half that is a part
        "The hosts met Channel Four reporters.",  # a capitalised number word is a name
        "The temple dates from 900 AD.",  # an era year
    ],
)
def test_numbers_that_are_not_quantities(text, lex):
    assert read(text, lex) == []


def test_one_counts_unless_it_is_a_pronoun(lex):
    assert read("It is one of the oldest bridges and one lane is closed.", lex) == [
        (1, None, "="),
        (1, None, "="),
    ]


def test_ages_with_units_count_but_an_age_after_a_name_does_not(lex):
    assert read("A 65-year-old driver and Ms Reyes, 52, spoke.", lex) == [(65, None, "=")]


def test_offsets_cover_currency_and_sign(lex):
    text = "It closed at US $41.75 and the Nikkei -0.8% lower."
    spans = [text[q.start : q.end] for q in find_quantities(text, lex)]
    assert spans == ["US $41.75", "-0.8"]


PIECES = (
    "$ US RM € 1.8bn 20m 5kW 6.7-inch 2,400 .5 -2.7% +0.4% minus 3/4 1.6×10−19 24/7 10:30 5pm 2019 2-1 X5 "
    "F-35 Game 7 a third half of dozens tens of thousands one the same between and from to or by ( ) , . "
    "more than up to about rose fell down up called 15-20 four five thousand per cent years"
).split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40))
def test_quantity_mode_is_sound_on_any_text(lex, words):
    text = " ".join(words)
    for quantity in find_quantities(text, lex):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.change in {"=", "~", ">", "<", "up", "down"}
        assert quantity.value == quantity.value  # no NaN
