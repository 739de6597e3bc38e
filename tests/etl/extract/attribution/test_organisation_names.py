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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Euro-Mediterranean Human Rights Monitor, based in Geneva, says 94 professors were killed.",
        ),
        ("es", "Según el Euro-Mediterranean Human Rights Monitor, 94 profesores murieron."),
        ("fr", "Selon l'Euro-Mediterranean Human Rights Monitor, 94 professeurs ont été tués."),
    ],
)
def test_euro_med_is_known_by_its_full_name(reference, language, text):
    assert sources_of(reference, text, language) == ["Euro-Med Monitor"]


def test_a_claim_made_in_a_statement_is_the_claimants(reference):
    text = "The Israeli army claimed in a statement that it had killed nine militants in Jenin."
    assert sources_of(reference, text, "en") == ["Israeli military"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "PCBS, citing the Ministry of Health, puts the number of people killed in Gaza at 45,500."),
        ("en", "The Palestinian Central Bureau of Statistics said 45,500 people were killed in Gaza."),
        ("es", "Según la Oficina Central Palestina de Estadística, 45.500 personas murieron en Gaza."),
        ("es", "Según la PCBS, 45.500 personas murieron en Gaza."),
        (
            "fr",
            "Selon le Bureau central palestinien des statistiques, 45 500 personnes ont été tuées à Gaza.",
        ),
        ("fr", "Selon le PCBS, 45 500 personnes ont été tuées à Gaza."),
    ],
)
def test_the_palestinian_statistics_bureau_is_known_by_its_names(reference, language, text):
    assert sources_of(reference, text, language) == ["Palestinian Central Bureau of Statistics"]


def test_security_officials_in_israel_are_israels(reference):
    text = (
        "Israel said 700 people were killed in southern Israel. Security officials told reporters "
        "they believed between 100 and 150 people had been dragged into Gaza."
    )
    assert sources_of(reference, text) == ["Israeli official figures", "Israeli official figures"]
