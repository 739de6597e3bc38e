"""Verbs that tell who stands behind a count: a verb of judging is a statement, too."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "dar por muerto": to hold someone dead is to say so
        (
            "es",
            "De los 251 rehenes, 49 siguen en Gaza, incluidos 27 que el Ejército da por muertos.",
            "Israeli military",
        ),
        (
            "es",
            "De los 251 rehenes, 49 siguen, incluidos 27 que las autoridades israelíes dan por muertos.",
            "Israeli official figures",
        ),
        (
            "es",
            "De los 251 rehenes, 49 seguían en Gaza, incluidos 27 que el Ejército daba por muertos.",
            "Israeli military",
        ),
        (
            "es",
            "De los 251 rehenes, 49 siguen en Gaza. El Ejército dio por muertos a 27 de ellos.",
            "Israeli military",
        ),
        (
            "fr",
            "Sur les 251 otages, 49 sont toujours à Gaza, dont 27 que l'armée tient pour morts.",
            "Israeli military",
        ),
        (
            "fr",
            "Sur les 251 otages, 49 sont toujours à Gaza, dont 27 que l'armée considère comme morts.",
            "Israeli military",
        ),
    ],
)
def test_who_holds_hostages_dead_stands_behind_their_count(reference, language, text, source):
    dead = [f for f in figures_in(reference, text, language) if f["value"] == 27]
    assert [(f["metric"], f["attributed_to"]) for f in dead] == [("hostages_dead", source)]
