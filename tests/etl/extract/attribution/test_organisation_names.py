"""Who speaks for an organisation's own people, for UNIFIL by its other names, and for "the local
health authorities" of the place counted (etl.extract.source_names and the sources table)."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # an organisation's people, named as its own, speak for it
        (
            "en",
            "At least five people were killed, according to paramedics from Magen David Adom.",
            "Magen David Adom",
        ),
        (
            "fr",
            "Au moins cinq personnes ont été tuées, selon les secouristes du Magen David Adom.",
            "Magen David Adom",
        ),
        # UNIFIL by its Spanish and French names
        ("es", "Cinco cascos azules han resultado heridos, según la FINUL.", "UN"),
        ("es", "Cinco cascos azules han resultado heridos, según la UNIFIL.", "UN"),
        ("fr", "Cinq casques bleus ont été blessés, selon la Finul.", "UN"),
        ("fr", "Cinq casques bleus ont été blessés, selon la FINUL.", "UN"),
        ("fr", "Cinq casques bleus ont été blessés, selon la UNIFIL.", "UN"),
        # the local health authorities of the place counted
        (
            "es",
            "Más de 10.000 palestinos murieron en Gaza, según las autoridades sanitarias locales.",
            "Gaza Health Ministry",
        ),
        (
            "es",
            "Murieron 40 palestinos en Cisjordania, según las autoridades sanitarias locales.",
            "Palestinian Health Ministry",
        ),
        (
            "es",
            "Murieron 40 personas en el Líbano, según las autoridades sanitarias locales.",
            "Lebanese Health Ministry",
        ),
        (
            "fr",
            "Plus de 10 000 Palestiniens ont été tués à Gaza, selon les autorités sanitaires locales.",
            "Gaza Health Ministry",
        ),
        (
            "fr",
            "40 Palestiniens ont été tués en Cisjordanie, selon les autorités sanitaires locales.",
            "Palestinian Health Ministry",
        ),
        (
            "fr",
            "40 personnes ont été tuées au Liban, selon les autorités sanitaires locales.",
            "Lebanese Health Ministry",
        ),
    ],
)
def test_whose_people_or_local_authorities_speak_is_the_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]
