"""A verb shared by counts listed together (etl.extract.shared_verbs)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("part", "metric"),
    [
        # past the aside about its part, the verb is the count's own, not that of the count it is part of
        ("among them 154 children, who died", "killed"),
        ("including 154 children, who later died", "killed"),
        # with no verb after the aside, the count is of its whole's kind
        ("among them 154 children", "injured"),
        # a relative with no comma before it is the part's alone
        ("among them 154 children who died", "injured"),
        # and so is one after a count that is no part of it
        ("and 154 children, who died", "injured"),
    ],
)
def test_a_count_whose_verb_follows_the_aside_about_its_part_takes_that_verb(reference, part, metric):
    text = f"Since October 2023, 2,500 people have been injured. This includes 459 women, {part}."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures][:2] == [(2500, "injured"), (459, metric)]
