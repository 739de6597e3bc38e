"""Sources by name: the ones the tables know, in each language, and organisations no table knows."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon says Israeli strikes killed 31 people.",
        "Líbano dice que los ataques israelíes mataron a 31 personas.",
        "Le Liban affirme que 31 personnes ont été tuées.",
    ],
)
def test_lebanon_speaking_is_the_lebanese_government(reference, text):
    assert sources_of(reference, text) == ["Lebanese government"]


def test_the_commission_of_detainees_affairs_is_a_source(reference):
    text = "The Commission of Detainees' Affairs said 9,000 Palestinians are held in Israeli jails."
    assert sources_of(reference, text) == ["Commission of Detainees' Affairs"]


@pytest.mark.parametrize("name", ["Unicef", "UNICEF"])
def test_an_agency_written_as_a_word_is_known(reference, name):
    assert sources_of(reference, f"{name} says 17,000 children in Gaza have been displaced.") == ["UNICEF"]


def test_lebanons_news_agency_is_a_source(reference):
    text = "Israeli strikes killed four people in Lebanon, Lebanon's state-run National News Agency reported."
    assert sources_of(reference, text) == ["National News Agency"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A strike killed five people in Gaza, according to Nasser Hospital.", "Nasser Hospital"),
        (
            "Five people were killed in Gaza, according to the Al-Aqsa Martyrs Hospital.",
            "Al-Aqsa Martyrs Hospital",
        ),
        (
            "A strike killed nine people in Khan Younis, according to the Nasser Medical Complex.",
            "Nasser Medical Complex",
        ),
        (
            "Up to 58,260 excess deaths could occur in Gaza, according to Johns Hopkins University.",
            "Johns Hopkins University",
        ),
        (
            "In December, 15,000 people were displaced in Gaza, according to the Site Management Cluster.",
            "Site Management Cluster",
        ),
        # a person's name says nothing of whose figure it is
        ("Five people were killed in Gaza, according to Mohammed Zaqout.", ""),
    ],
)
def test_an_organisation_no_table_knows_keeps_its_own_name_after_according_to(reference, text, source):
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "A strike killed five people in Gaza, according to records at Nasser Hospital.",
            "Nasser Hospital",
        ),
        (
            "en",
            "A strike killed five people, according to figures from the Nasser Medical Complex.",
            "Nasser Medical Complex",
        ),
        (
            "es",
            "Un ataque mató a cinco personas en Gaza, según los registros del Hospital Nasser.",
            "Hospital Nasser",
        ),
        (
            "fr",
            "Une frappe a tué cinq personnes à Gaza, selon les registres de l'Hôpital Nasser.",
            "Hôpital Nasser",
        ),
        # a title who speaks for it, past a word of its own
        (
            "en",
            "A strike killed 50 people, according to the director of the nearby Indonesian hospital.",
            "Indonesian Hospital",
        ),
        (
            "es",
            "Un bombardeo mató a 50 personas, según el director del Hospital Indonesio.",
            "Hospital Indonesio",
        ),
    ],
)
def test_the_records_of_an_organisation_no_table_knows_are_its_own(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Figures compiled by Airwars, a monitoring group, show that at least 3,000 civilians were "
            "killed in Gaza in the first month of the war.",
            "Airwars",
        ),
        ("A tally by Mondoweiss shows 500 people were killed in Gaza.", "Mondoweiss"),
        # a known publisher keeps its canonical name
        ("Figures released by the ministry show 40,000 people were killed in Gaza.", "Gaza Health Ministry"),
        # so does one the tables know inside a longer name
        (
            "The toll given by Gaza's Civil Defense agency was wrong. The agency said on Sunday that 22"
            " people had been killed.",
            "Gaza Civil Defence",
        ),
    ],
)
def test_a_publisher_no_table_knows_keeps_its_own_name(reference, text, source):
    assert sources_of(reference, text, "en") == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Al-Awda Hospital in Nuseirat said it had received 20 bodies.", "Al-Awda Hospital"),
        (
            "Strikes killed 12 people, while al-Awda Hospital in Nuseirat said it had received 20.",
            "Al-Awda Hospital",
        ),
        ("The al-Aqsa Martyrs Hospital said it had received 20 bodies.", "Al-Aqsa Martyrs Hospital"),
        ("medics said 20 people were killed.", "Medics"),
    ],
)
def test_a_hospital_keeps_its_whole_name_with_its_article(reference, text, source):
    assert sources_of(reference, text)[-1] == source


def test_a_database_named_with_capitals_is_a_source(reference):
    text = "According to the Aid Worker Security Database, 383 aid workers were killed in 2024."
    assert sources_of(reference, text) == ["Aid Worker Security Database"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Strikes killed 45 Palestinians, according to local hospitals.", "Local hospitals"),
        ("es", "Los ataques mataron a 45 palestinos, según hospitales locales.", "Hospitales locales"),
        ("fr", "Les frappes ont tué 45 Palestiniens, selon des hôpitaux locaux.", "Hôpitaux locaux"),
    ],
)
def test_local_hospitals_are_a_source_of_their_own(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "At least 1,200 people were killed, according to the Armed Conflict Location and Event Data project.",
        "At least 1,200 people were killed, according to ACLED.",
    ],
)
def test_acled_is_known_by_its_full_name(reference, text):
    assert sources_of(reference, text) == ["ACLED"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "More than 280 aid workers were killed in 2023, according to the Aid Worker Security Database.",
        ),
        ("en", "More than 280 aid workers were killed in 2023, according to the AWSD."),
        (
            "es",
            "Más de 280 trabajadores humanitarios murieron, según la Base de Datos sobre la Seguridad de los"
            " Trabajadores Humanitarios.",
        ),
        ("es", "Más de 280 trabajadores humanitarios murieron, según la AWSD."),
        (
            "fr",
            "Plus de 280 travailleurs humanitaires ont été tués, selon la Base de données sur la sécurité des"
            " travailleurs humanitaires.",
        ),
        ("fr", "Plus de 280 travailleurs humanitaires ont été tués, selon l'AWSD."),
    ],
)
def test_the_aid_worker_security_database_is_a_source(reference, language, text):
    assert sources_of(reference, text, language) == ["Aid Worker Security Database"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ministerio de Sanidad israelí cifra en más de 1.300 los muertos del ataque."),
        ("es", "El Ministerio de Salud israelí cifra en más de 1.300 los muertos del ataque."),
        ("fr", "Le ministère de la Santé israélien fait état de plus de 1 300 morts dans l'attaque."),
    ],
)
def test_israels_health_ministry_is_an_israeli_official_figure(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["attributed_to"], f["location"]) for f in found] == [("Israeli official figures", "Israel")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Unas 1.200 personas murieron en Israel, de acuerdo con el recuento oficial israelí."),
        ("es", "Unas 1.200 personas murieron en Israel, según el balance oficial israelí."),
        ("es", "Unas 1.200 personas murieron en Israel, según el propio Gobierno de Israel."),
        ("fr", "Environ 1 200 personnes ont été tuées en Israël, selon le bilan officiel israélien."),
        ("fr", "Environ 1 200 personnes ont été tuées en Israël, selon un décompte officiel israélien."),
    ],
)
def test_an_official_israeli_count_is_an_israeli_official_figure(reference, language, text):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == ["Israeli official figures"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel struck the port of Hodeidah. The Houthis said six people were killed in Yemen."),
        ("en", "Israel struck the port of Hodeidah, which Houthi rebels said killed six people in Yemen."),
        ("en", "Israel struck the port of Hodeidah. Ansar Allah said six people were killed in Yemen."),
        ("en", "Israel struck the port of Hodeidah. Houthi officials said six people were killed in Yemen."),
        ("en", "Israel struck the port of Hodeidah. A Houthi official said six people were killed in Yemen."),
        (
            "es",
            "Israel atacó el puerto de Hodeida. Los hutíes afirmaron que seis personas murieron en Yemen.",
        ),
        ("es", "Israel atacó Hodeida. Los rebeldes hutíes afirmaron que seis personas murieron en Yemen."),
        ("fr", "Israël a frappé Hodeida. Les Houthis ont affirmé que six personnes ont été tuées au Yémen."),
        (
            "fr",
            "Israël a frappé Hodeida. Les rebelles houthis ont affirmé que six personnes ont été tuées au"
            " Yémen.",
        ),
    ],
)
def test_the_houthis_speak_for_themselves(reference, language, text):
    assert sources_of(reference, text, language) == ["Houthis"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A strike in Yemen killed 79 people, according to the Houthis' Al-Masirah television.",
        ),
        ("en", "A strike in Yemen killed 79 people, according to the Houthis' Al-Massirah channel."),
        ("es", "Un ataque en Yemen mató a 79 personas, según informó la cadena Al-Masirah."),
        ("fr", "Une frappe au Yémen a fait 79 morts, a rapporté samedi la chaîne Al-Massirah."),
        ("fr", "Une frappe au Yémen a fait 79 morts, a rapporté samedi la chaîne Al-Masirah."),
    ],
)
def test_an_outlet_owned_or_introduced_by_a_noun_is_the_source(reference, language, text):
    assert sources_of(reference, text, language) == ["Al-Masirah"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNHCR said 40,000 people had fled Lebanon."),
        ("en", "The UN refugee agency said 40,000 people had fled Lebanon."),
        ("es", "ACNUR afirmó que 40.000 personas huyeron del Líbano."),
        ("fr", "Le HCR a indiqué que 40 000 personnes avaient fui le Liban."),
    ],
)
def test_the_un_refugee_agency_is_the_un(reference, language, text):
    assert sources_of(reference, text, language) == ["UN"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "SOHR activists have documented the death of seven people in Syria.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The Syrian Observatory said 12 people were killed in Syria.",
            "Syrian Observatory for Human Rights",
        ),
        ("SANA said the strike killed five civilians in Syria.", "SANA"),
    ],
)
def test_syrias_monitors_and_state_media_are_sources(reference, text, source):
    assert sources_of(reference, text, "en") == [source]


def test_the_commission_of_detainees_and_ex_detainees_affairs_is_the_commission(reference):
    text = "1,968 prisoners were freed, according to the Commission of Detainees' and Ex-Detainees' Affairs."
    assert sources_of(reference, text, "en") == ["Commission of Detainees' Affairs"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "At least 60 have died in Israeli custody, according to Physicians for Human Rights-Israel.",
        ),
        (
            "en",
            "At least 60 have died in Israeli custody, according to Physicians for Human Rights Israel.",
        ),
        ("en", "At least 60 have died in Israeli custody, according to PHRI."),
        (
            "es",
            "Al menos 60 han muerto bajo custodia israelí, según Médicos por los Derechos Humanos-Israel.",
        ),
        ("es", "Al menos 60 han muerto bajo custodia israelí, según PHRI."),
        (
            "fr",
            "Au moins 60 sont morts en détention, selon l'ONG Médecins pour les droits humains-Israël.",
        ),
        ("fr", "Au moins 60 sont morts en détention, selon PHRI."),
    ],
)
def test_physicians_for_human_rights_israel_is_a_source(reference, language, text):
    assert sources_of(reference, text, language) == ["Physicians for Human Rights-Israel"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Houthi-run Saba news agency said nine people had been killed in strikes on Hodeidah."),
        ("es", "La agencia Saba, controlada por los hutíes, informó de nueve muertos en Hodeida."),
        ("fr", "L'agence Saba, contrôlée par les Houthis, a fait état de neuf morts à Hodeïda."),
    ],
)
def test_saba_is_a_source_of_its_own(reference, language, text):
    assert sources_of(reference, text, language) == ["Saba"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The war killed 1,062 people in Iran, according to Tehran."),
        ("es", "La guerra dejó 1.062 muertos en Irán, según Teherán."),
        ("fr", "La guerre a fait 1 062 morts en Iran, selon Téhéran."),
    ],
)
def test_the_capital_of_iran_speaks_for_its_government(reference, language, text):
    assert sources_of(reference, text, language) == ["Iranian government"]


def test_ochas_french_name_without_its_article_is_un_ocha(reference):
    text = (
        "Selon le Bureau de coordination des affaires humanitaires, 1,7 million de Gazaouis ont été déplacés."
    )
    assert sources_of(reference, text, "fr") == ["UN OCHA"]
