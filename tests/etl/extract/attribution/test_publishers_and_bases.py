"""Who published, compiled or owns a count, and the figures it is based on."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 17,400 children have been killed in Gaza, according to a report by the ministry."),
        (
            "en",
            "More than 17,400 children have been killed in Gaza, according to the ministry's latest report.",
        ),
        (
            "en",
            "More than 17,400 children have been killed in Gaza, according to a breakdown by the ministry.",
        ),
        ("es", "Más de 17.400 niños han muerto en Gaza, según un informe del ministerio."),
        ("fr", "Plus de 17 400 enfants ont été tués à Gaza, selon un rapport du ministère."),
    ],
)
def test_a_report_by_a_source_is_that_sources_figure(reference, language, text):
    assert sources_of(reference, text, language) == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "A study published in The Lancet estimated that 64,260 people had died of traumatic injuries.",
            "Lancet",
        ),
        # a study or an analysis "in" a journal is published there
        ("en", "A study in The Lancet estimated that 64,260 people had been killed in Gaza.", "Lancet"),
        ("en", "An analysis in The Lancet estimated that 64,260 people had been killed in Gaza.", "Lancet"),
        ("es", "Un estudio en The Lancet estimó que 64.260 personas murieron en Gaza.", "Lancet"),
        ("es", "Un análisis en The Lancet estimó que 64.260 personas murieron en Gaza.", "Lancet"),
        ("fr", "Une étude dans The Lancet a estimé que 64 260 personnes ont été tuées à Gaza.", "Lancet"),
        (
            "fr",
            "Une analyse dans The Lancet a estimé que 64 260 personnes ont été tuées à Gaza.",
            "Lancet",
        ),
    ],
)
def test_a_journal_a_study_was_published_in_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


def test_a_list_published_by_a_source_is_its_figure(reference):
    text = (
        "In Gaza, 20,000 children are among the dead, according to a list published by the health ministry."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "The attack killed 1,206 people, according to an AFP tally of official Israeli figures.",
        "The attack killed 1,206 people, according to an AFP count of official Israeli figures.",
        "The attack killed 1,206 people, according to an AFP tally based on official Israeli figures.",
    ],
)
def test_a_tally_of_a_sources_figures_is_based_on_them(reference, text):
    figures = figures_in(reference, text, "en")
    assert [(f["attributed_to"], f["attribution_basis"]) for f in figures] == [
        ("AFP", "Israeli official figures")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gaza health ministry toll tops 50,000.",
        "Gaza ministry death toll tops 50,000.",
        "Gaza health ministry tally of the dead tops 50,000.",
    ],
)
def test_a_headline_names_the_owner_of_a_toll_without_its_possessive(reference, text):
    assert sources_of(reference, text, "en") == ["Gaza Health Ministry"]


def test_a_source_the_speaker_cites_stays_its_basis(reference):
    text = (
        "B'Tselem said 1,929 people were displaced, while WHO, citing the Ministry of Health, said 4,065"
        " health workers were killed in Gaza."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["attributed_to"], f["attribution_basis"]) for f in figures][-1] == (
        "WHO",
        "Gaza Health Ministry",
    )


def bases_of(reference, text: str, language: str) -> list[tuple[str, str]]:
    return [(f["attributed_to"], f["attribution_basis"]) for f in figures_in(reference, text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Citing the health ministry, UNICEF said 14,000 children had been killed in Gaza.",
            ("UNICEF", "Gaza Health Ministry"),
        ),
        (
            "en",
            "Last week OCHA began publishing a second figure. Citing the ministry, it said 24,686 of the dead"
            " in Gaza had been identified.",
            ("UN OCHA", "Gaza Health Ministry"),
        ),
        (
            "es",
            "Citando al Ministerio de Sanidad de Gaza, UNICEF dijo que 14.000 niños habían muerto en Gaza.",
            ("UNICEF", "Gaza Health Ministry"),
        ),
        (
            "fr",
            "Citant le ministère de la Santé de Gaza, l'Unicef a indiqué que 14 000 enfants avaient été tués"
            " à Gaza.",
            ("UNICEF", "Gaza Health Ministry"),
        ),
        # not a chain: the speaker's figure is the source's
        (
            "en",
            "According to the health ministry, 14,000 children have been killed in Gaza.",
            ("Gaza Health Ministry", ""),
        ),
        (
            "en",
            "According to the health ministry, UNICEF said 14,000 children had been killed in Gaza.",
            ("UNICEF", ""),
        ),
    ],
)
def test_a_citation_that_opens_the_sentence_is_the_speakers_basis(reference, language, text, expected):
    assert bases_of(reference, text, language) == [expected]


def attributed_in(reference, text: str, publisher: str, language: str = "en") -> list[str]:
    document = Document(
        doc="t.txt", text=text, publisher=publisher, language=language, published_at=date(2025, 9, 6)
    )
    return [row["attributed_to"] for row in extract_rows(document, reference)]


@pytest.mark.parametrize(
    ("publisher", "language", "expected"),
    [
        # a press release or situation report speaks for its issuer
        ("UNRWA", "en", "UNRWA"),
        ("Gaza Media Office", "en", "Gaza Government Media Office"),
        ("Médicos Sin Fronteras", "es", "MSF"),
        # a news medium's own narration stays unattributed
        ("Al Jazeera", "en", ""),
        # a publisher no table names, or names twice over, speaks for no source
        ("Example Wire", "en", ""),
        ("UNRWA and WHO joint bulletin", "en", ""),
    ],
)
def test_an_unattributed_figure_of_a_release_is_its_issuers(reference, publisher, language, expected):
    texts = {
        "en": "At least 30 people were killed in Gaza on Friday.",
        "es": "Al menos 30 personas murieron en Gaza el viernes.",
    }
    assert attributed_in(reference, texts[language], publisher, language) == [expected]


def test_a_figure_a_release_credits_to_another_source_keeps_it(reference):
    text = "At least 30 people were killed in Gaza on Friday, the Health Ministry said."
    assert attributed_in(reference, text, "UNRWA") == ["Gaza Health Ministry"]


def test_who_published_the_names_of_a_count_is_its_source(reference):
    text = "The Israeli military has published the names of 222 soldiers killed in the fighting."
    assert [f["attributed_to"] for f in figures_in(reference, text, "en")] == ["Israeli military"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # the source a count is "of", past an adjective after the count's noun
        (
            "es",
            "En el Líbano, el balance provisional del ministerio hablaba de 492 muertos.",
            "Lebanese Health Ministry",
        ),
        (
            "fr",
            "Au Liban, le bilan provisoire du ministère faisait état de 492 morts.",
            "Lebanese Health Ministry",
        ),
        (
            "en",
            "In Lebanon, the latest toll released by the ministry stood at 492 dead.",
            "Lebanese Health Ministry",
        ),
        # the health authorities of a country are its health ministry
        (
            "es",
            "Murieron 37 personas, según las autoridades sanitarias libanesas.",
            "Lebanese Health Ministry",
        ),
        (
            "fr",
            "37 personnes ont été tuées, selon les autorités sanitaires libanaises.",
            "Lebanese Health Ministry",
        ),
        (
            "en",
            "37 people were killed, according to Lebanese health authorities.",
            "Lebanese Health Ministry",
        ),
    ],
)
def test_the_counter_a_toll_is_of_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Strikes killed 39 people in Lebanon and wounded 3,000, by the health ministry's count.",
            ["Lebanese Health Ministry"] * 2,
        ),
        ("By Hamas's own count, nearly 50,000 people are dead in Gaza.", ["Hamas"]),
        ("By the UN's count, at least 172 aid workers had been killed worldwide.", ["UN"]),
        # an actor after "by" is still no source
        ("Some 40 people were killed by Israel's army in Gaza on Sunday.", [""]),
    ],
)
def test_the_owner_of_a_count_after_by_is_its_source(reference, text, sources):
    """ "by Hamas's own count": whose count it is, not who acted."""
    assert sources_of(reference, text, "en") == sources


@pytest.mark.parametrize(
    ("language", "lead", "compiled"),
    [
        (
            "en",
            "In that period 18 Israelis were killed, according to official Israeli figures",
            "compiled by OCHA.",
        ),
        (
            "en",
            "In that period 18 Israelis were killed, according to official Israeli figures",
            "collected by OCHA.",
        ),
        (
            "es",
            "En ese periodo murieron 18 israelíes, según datos oficiales israelíes",
            "recogidos por la OCHA.",
        ),
        (
            "es",
            "En ese periodo murieron 18 israelíes, según datos oficiales israelíes",
            "recopilados por la OCHA.",
        ),
        (
            "fr",
            "Sur la période, 18 Israéliens ont été tués, selon des chiffres officiels israéliens",
            "compilés par l’OCHA.",
        ),
        (
            "fr",
            "Sur la période, 18 Israéliens ont été tués, selon des chiffres officiels israéliens",
            "recueillis par l’OCHA.",
        ),
    ],
)
def test_who_compiled_the_figures_is_their_source_and_the_figures_its_basis(
    reference, language, lead, compiled
):
    (figure,) = figures_in(reference, f"{lead} {compiled}", language)
    assert (figure["attributed_to"], figure["attribution_basis"]) == ("UN OCHA", "Israeli official figures")


def test_a_compiler_named_far_from_the_figures_takes_none_of_them(reference):
    text = (
        "According to the Gaza Health Ministry, 40 people were killed; a list of names was compiled by OCHA."
    )
    (figure,) = figures_in(reference, text, "en")
    assert (figure["attributed_to"], figure["attribution_basis"]) == ("Gaza Health Ministry", "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Unas 4.500 personas han sido desplazadas en Cisjordania, según una lista publicada por la OCHA.",
        ),
        (
            "es",
            "Unas 4.500 personas han sido desplazadas en Cisjordania, según un informe publicado por la"
            " OCHA.",
        ),
        (
            "fr",
            "Quelque 4 500 personnes ont été déplacées en Cisjordanie, selon une liste publiée par l'OCHA.",
        ),
        (
            "fr",
            "Quelque 4 500 personnes ont été déplacées en Cisjordanie, selon un rapport publié par l'OCHA.",
        ),
    ],
)
def test_who_published_a_list_or_a_report_is_its_source(reference, language, text):
    assert sources_of(reference, text, language) == ["UN OCHA"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "According to the official IRNA agency, which cited the health ministry, 600 people were killed.",
        ),
        ("es", "Según la agencia oficial IRNA, que citó al ministerio de Salud, 600 personas murieron."),
        ("es", "Según la agencia IRNA, que citaba al ministerio de Salud, 600 personas murieron."),
        (
            "fr",
            "Selon l'agence officielle IRNA, qui citait le ministère de la Santé, 600 personnes sont mortes.",
        ),
        ("fr", "Selon l'agence IRNA, qui cite le ministère de la Santé, 600 personnes ont été tuées."),
    ],
)
def test_a_source_that_cited_another_in_a_relative_clause_has_it_as_basis(reference, language, text):
    assert bases_of(reference, f"Iran\n{text}", language) == [("IRNA", "Iranian Health Ministry")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll was later raised to 558 by the Lebanese health ministry."),
        ("en", "The toll was later revised to 558 by the Lebanese health ministry."),
        ("en", "The toll was later revised up to 558 by the Lebanese health ministry."),
        ("en", "The toll was later revised down to 558 by the Lebanese health ministry."),
        ("en", "The toll was later updated to 558 dead by the Lebanese health ministry."),
        ("en", "The toll was later lowered to 558 by the Lebanese health ministry."),
        ("es", "La cifra de muertos fue elevada a 558 por el Ministerio de Salud libanés."),
        ("es", "El número de muertos fue elevado a 558 por el Ministerio de Salud libanés."),
        ("es", "La cifra de muertos fue revisada a 558 por el Ministerio de Salud libanés."),
        ("es", "El número de muertos fue revisado a 558 por el Ministerio de Salud libanés."),
        ("es", "El número de muertos fue actualizado a 558 por el Ministerio de Salud libanés."),
        ("fr", "Le bilan sera relevé à 558 morts par le ministère libanais de la Santé."),
        ("fr", "Le bilan a été revu à 558 morts par le ministère libanais de la Santé."),
        ("fr", "Le bilan a été porté à 558 morts par le ministère libanais de la Santé."),
        ("fr", "Le bilan a été réévalué à 558 morts par le ministère libanais de la Santé."),
        ("fr", "Selon le bilan communiqué par le ministère libanais de la Santé, 558 personnes sont mortes."),
        (
            "fr",
            "Selon la liste communiquée par le ministère libanais de la Santé, 558 personnes sont mortes.",
        ),
    ],
)
def test_who_revised_or_communicated_a_toll_is_its_source(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese Health Ministry"]
