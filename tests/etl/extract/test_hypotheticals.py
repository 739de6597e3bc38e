"""Counts a sentence makes up by scale or by condition are no claims (etl.extract.hypotheticals)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Adjusted for population, it was as if 45,000 Americans had been killed in a morning.", []),
        ("en", "It was as though 45,000 Americans had been killed in a morning.", []),
        ("en", "Nine thousand dead is the equivalent of some 270,000 Britons killed.", [9000]),
        ("en", "Gaza's losses are equivalent to the United States losing 6 million people.", []),
        ("en", "Scaled to America's population, Gaza's dead would number about 4.5m.", []),
        ("en", "Had America suffered such an attack, 40,000 Americans would have died in a morning.", []),
        ("en", "Without the shelters, 300 more people would have been killed.", []),
        ("en", "Without the shelters, 300 more people would have perished.", []),
        ("en", "Without the shelters, 300 more people would have been wounded.", []),
        ("en", "Without the shelters, 300 more people would have been injured.", []),
        ("es", "Fue como si 45.000 estadounidenses hubieran muerto en una mañana.", []),
        ("es", "Los 9.000 muertos equivalen al equivalente a 270.000 británicos muertos.", [9000]),
        ("es", "Es el equivalente de 270.000 británicos muertos.", []),
        ("es", "Esa cifra equivale a 270.000 británicos muertos.", []),
        ("es", "Esa cifra equivaldría a 270.000 británicos muertos.", []),
        ("fr", "C'est comme si 45 000 Américains avaient été tués en une matinée.", []),
        ("fr", "C'est l'équivalent de 270 000 Britanniques tués.", []),
        ("fr", "Le bilan est équivalent à 270 000 Britanniques tués.", []),
        ("fr", "Ce bilan équivaut à 270 000 Britanniques tués.", []),
        ("fr", "Ce bilan équivaudrait à 270 000 Britanniques tués.", []),
    ],
)
def test_a_count_made_up_by_scale_or_condition_is_no_figure(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the count comes before the comparison
        ("en", "Some 40 people were killed, as if the street had been erased."),
        # the comparison's clause ends before the count
        ("en", "It felt as if the war had just begun; 40 people were killed on Sunday."),
        # an equivalent that is no comparison of scale, after the count
        (
            "fr",
            "40 personnes ont été tuées, selon le MDA, l'équivalent israélien de la Croix-Rouge.",
        ),
        # a plain past conditional of report is no counterfactual
        ("en", "The ministry said 40 people had been killed."),
    ],
)
def test_a_count_beside_a_comparison_is_still_read(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]
