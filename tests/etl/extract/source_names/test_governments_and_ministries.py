"""Governments and those who speak for them: offices, ministries, police, officials and diplomats."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.source_names.helpers import figures_of


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # a mediator's foreign ministry speaks for its government
        (
            "es",
            "Israel excarcelará a 150 presos, precisó el Ministerio de Asuntos Exteriores de Catar.",
            "Qatar",
        ),
        ("es", "Israel excarcelará a 150 presos, según el Ministerio de Exteriores de Catar.", "Qatar"),
        (
            "fr",
            "Israël libérera 150 prisonniers, selon le ministère qatari des Affaires étrangères.",
            "Qatar",
        ),
        ("fr", "Israël libérera 150 prisonniers, a précisé la diplomatie qatarie.", "Qatar"),
        ("en", "Israel will free 150 prisoners, Qatar's foreign ministry said.", "Qatar"),
        # the media office of Gaza's government, however its government is named
        (
            "es",
            "La Oficina de Prensa del Gobierno de Hamás elevó a 14.100 el número de muertos.",
            "Gaza Government Media Office",
        ),
        (
            "es",
            "La Oficina de Prensa del Gobierno elevó a 14.100 el número de muertos.",
            "Gaza Government Media Office",
        ),
        (
            "fr",
            "Le bureau de presse du gouvernement du Hamas fait état de 14 100 morts.",
            "Gaza Government Media Office",
        ),
        (
            "fr",
            "Le bureau de presse du gouvernement fait état de 14 100 morts.",
            "Gaza Government Media Office",
        ),
        (
            "fr",
            "Le bureau des médias du gouvernement fait état de 14 100 morts.",
            "Gaza Government Media Office",
        ),
    ],
)
def test_offices_of_a_government_speak_for_it(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    "portfolio",
    [
        "interior",
        "foreign",  # an alias of its own, bound to Israel
        "defence",
        "defense",
        "finance",
        "justice",
        "education",
        "information",
        "religious affairs",
        "social affairs",
        "economy",
    ],
)
def test_a_ministry_named_by_its_portfolio_before_it_is_not_the_places_health_ministry(reference, portfolio):
    text = (
        f"Gaza's health ministry said 30 people were killed. The {portfolio} ministry said 20 were wounded."
    )
    sources = [f["attributed_to"].lower() for f in figures_of(reference, text)]
    assert sources == ["gaza health ministry", f"{portfolio} ministry"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two police officers were killed on Monday, Gaza's interior ministry said."),
        ("en", "Two police officers were killed on Monday, the Gaza interior ministry said."),
        ("en", "Two police officers were killed on Monday, the interior ministry in Gaza said."),
        ("es", "Dos policías murieron el lunes, según el Ministerio del Interior de Gaza."),
        ("es", "Dos agentes de policía murieron el lunes, según el Ministerio del Interior de Gaza."),
        ("fr", "Deux policiers ont été tués lundi, selon le ministère de l'Intérieur de Gaza."),
    ],
)
def test_gazas_interior_ministry_speaks_for_its_police(reference, language, text):
    figures = figures_of(reference, text, language)
    assert [(f["subgroup"], f["attributed_to"]) for f in figures] == [("police", "Gaza Interior Ministry")]


def test_netanyahu_in_french_spelling_speaks_for_his_office(reference):
    text = "Le bureau de Benyamin Nétanyahou affirme qu'au moins 17 000 combattants ont été tués."
    assert [f["attributed_to"] for f in figures_of(reference, text, "fr")] == [
        "Israeli Prime Minister's Office"
    ]


def test_israels_health_ministry_in_french_word_order_is_israeli_official_figures(reference):
    text = "Plus de 3 000 personnes ont été blessées en Israël, selon le ministère israélien de la Santé."
    assert [f["attributed_to"] for f in figures_of(reference, text, "fr")] == ["Israeli official figures"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nine French nationals are missing, France's foreign ministry said."),
        ("en", "Nine French nationals are missing, the French Foreign Ministry said."),
        ("en", "Nine French nationals are missing, according to the Quai d'Orsay."),
        ("fr", "Neuf ressortissants français sont portés disparus, a précisé le Quai d'Orsay."),
        ("fr", "Neuf Français sont portés disparus, selon le ministère français des Affaires étrangères."),
        ("fr", "Neuf Français sont portés disparus, selon la diplomatie française."),
        ("es", "Nueve franceses siguen desaparecidos, según el Ministerio de Exteriores francés."),
        ("es", "Nueve franceses siguen desaparecidos, según el Ministerio de Asuntos Exteriores francés."),
        ("es", "Nueve franceses siguen desaparecidos, según el Quai d'Orsay."),
    ],
)
def test_frances_foreign_ministry_by_its_names(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["French Foreign Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Some 10,600 people were evacuated from homes in Israel, the finance ministry said.",
            "Israeli official figures",
        ),
        ("en", "Israel's defence ministry said 20 soldiers were killed in Gaza.", "Israeli official figures"),
        ("en", "Lebanon's interior ministry said 20 people were killed.", "Lebanese government"),
        (
            "fr",
            "Plus de 3 000 personnes ont été blessées en Israël, selon le ministère des Finances.",
            "Israeli official figures",
        ),
        (
            "es",
            "Más de 3.000 personas resultaron heridas en Israel, según el Ministerio de Finanzas.",
            "Israeli official figures",
        ),
    ],
)
def test_a_ministry_of_another_portfolio_speaks_for_its_government(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El Ministerio de Justicia israelí publicó los nombres de 95 presos de Gaza que serán liberados.",
        ),
        (
            "es",
            "El Ministerio israelí de Justicia publicó los nombres de 95 presos de Gaza que serán liberados.",
        ),
        (
            "fr",
            "Le ministère israélien de la Justice a publié les noms de 95 détenus de Gaza à libérer.",
        ),
    ],
)
def test_a_ministry_named_with_its_nationality_is_that_nations_whatever_the_place(reference, language, text):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == ["Israeli official figures"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Tailandia, que tenía unos 30.000 trabajadores en Israel, ha elevado a 21 el número de sus"
            " ciudadanos muertos, según su Ministerio de Asuntos Exteriores.",
        ),
        (
            "fr",
            "Au moins 35 Français ont été tués en Israël, a indiqué le ministère des Affaires étrangères.",
        ),
    ],
)
def test_a_foreign_ministry_tells_of_its_nationals_abroad_not_for_the_places_government(
    reference, language, text
):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] != ["Israeli official figures"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Thai government said 39 Thai nationals had been killed in Israel.", "Thai government"),
        ("Nepali officials said 10 students were killed in Israel.", "Nepali officials"),
        ("The Kurdish health ministry said 53 people were killed in Erbil.", "Kurdish health ministry"),
        # a word the tables know is no nationality: a place's own officials, a weekday, an article
        ("On Sunday officials said 39 people were killed in Israel.", "Israeli official figures"),
        ("Israel officials say 39 people were killed in Israel.", "Israeli official figures"),
        ("The government said 39 people were killed in Israel.", "Israeli official figures"),
        # a capitalised title is one name: its first word qualifies nothing
        (
            "Caretaker Health Minister Firass Abiad said 41 people were killed in Lebanon.",
            "Lebanese Health Ministry",
        ),
    ],
)
def test_a_capitalised_nationality_no_table_knows_makes_officials_a_source_of_their_own(
    reference, text, source
):
    assert [f["attributed_to"] for f in figures_of(reference, text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli attacks have killed 2,593 people, the Lebanese Ministry of Public Health said.",
        "Israeli attacks have killed 2,593 people, the Lebanese Ministry of Health said.",
        "Israeli attacks have killed 2,593 people, Lebanon's Ministry of Public Health said.",
        "Israeli attacks have killed 2,593 people in Lebanon, the Ministry of Public Health said.",
    ],
)
def test_lebanons_ministry_of_public_health_is_its_health_ministry(reference, text):
    assert [f["attributed_to"] for f in figures_of(reference, text)] == ["Lebanese Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Sept personnes ont été tuées à Jaffa, selon la police israélienne.",
            "Israeli official figures",
        ),
        ("fr", "En Israël, sept personnes ont été tuées, selon la police.", "Israeli official figures"),
        ("es", "Siete personas murieron en Jaffa, según la policía israelí.", "Israeli official figures"),
        ("es", "En Israel, siete personas murieron, según la policía.", "Israeli official figures"),
        (
            "es",
            "El Ministerio de Sanidad de los hutíes elevó a 46 los muertos en Yemen.",
            "Houthi Health Ministry",
        ),
        (
            "es",
            "El Ministerio de Sanidad del Gobierno de los hutíes elevó a 46 los muertos en Yemen.",
            "Houthi Health Ministry",
        ),
    ],
)
def test_police_and_the_houthis_ministry_in_french_and_spanish(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [source]


HEALTH_AUTHORITIES = {
    "en": "Health authorities in {place} said 47 people were killed.",
    "es": "Las autoridades sanitarias de {place} informaron de 47 muertos.",
    "fr": "Les autorités sanitaires de {place} ont fait état de 47 morts.",
}


PLACE_NAMES = {
    "Gaza": {"en": "Gaza", "es": "Gaza", "fr": "Gaza"},
    "West Bank": {"en": "the West Bank", "es": "Cisjordania", "fr": "Cisjordanie"},
    "Lebanon": {"en": "Lebanon", "es": "Líbano", "fr": "Liban"},
    "Yemen": {"en": "Yemen", "es": "Yemen", "fr": "Yémen"},
    "Iran": {"en": "Iran", "es": "Irán", "fr": "Iran"},
}


HEALTH_MINISTRIES = {
    "Gaza": "Gaza Health Ministry",
    "West Bank": "Palestinian Health Ministry",
    "Lebanon": "Lebanese Health Ministry",
    "Yemen": "Houthi Health Ministry",
    "Iran": "Iranian Health Ministry",
}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize("place", list(HEALTH_MINISTRIES))
def test_health_authorities_are_the_health_ministry_of_their_place(reference, language, place):
    text = HEALTH_AUTHORITIES[language].format(place=PLACE_NAMES[place][language])
    figures = figures_of(reference, text, language)
    assert [(f["location"], f["attributed_to"]) for f in figures] == [(place, HEALTH_MINISTRIES[place])]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Iran's ambassador to the United Nations put the number killed in Iran at 78.",
            "Iranian government",
        ),
        ("en", "Israel's envoy to the UN said 20 people were killed in Israel.", "Israeli official figures"),
        (
            "en",
            "Lebanon's representative to the UN said 20 people were killed in Lebanon.",
            "Lebanese government",
        ),
        ("en", "Iran's UN envoy says 78 killed in Israeli strikes in Iran.", "Iranian government"),
        ("en", "Israel's UN ambassador said 20 people were killed in Israel.", "Israeli official figures"),
        ("es", "El embajador iraní ante la ONU dijo que 78 personas murieron en Irán.", "Iranian government"),
        (
            "es",
            "El embajador de Irán ante la ONU dijo que 78 personas murieron en Irán.",
            "Iranian government",
        ),
        (
            "fr",
            "L'ambassadeur iranien auprès de l'ONU a fait état de 78 morts en Iran.",
            "Iranian government",
        ),
    ],
)
def test_the_body_a_diplomat_is_posted_to_does_not_speak(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


def test_a_body_s_own_envoy_speaks_for_it(reference):
    text = "The UN envoy said 78 people were killed in Iran."
    assert [f["attributed_to"] for f in figures_of(reference, text, "en")] == ["UN"]


DIPLOMATS = {
    "en": "The {who} said 20 people were killed in {place}.",
    "es": "El {who} dijo que 20 personas murieron en {place}.",
    "fr": "L'{who} a déclaré que 20 personnes avaient été tuées en {place}.",
}


@pytest.mark.parametrize(
    ("language", "who", "place", "source"),
    [
        ("en", "Iranian ambassador", "Iran", "Iranian government"),
        ("en", "Iranian envoy", "Iran", "Iranian government"),
        ("es", "embajador iraní", "Irán", "Iranian government"),
        ("fr", "ambassadeur iranien", "Iran", "Iranian government"),
        ("en", "Israeli ambassador", "Israel", "Israeli official figures"),
        ("en", "Israeli envoy", "Israel", "Israeli official figures"),
        ("es", "embajador israelí", "Israel", "Israeli official figures"),
        ("fr", "ambassadeur israélien", "Israël", "Israeli official figures"),
        ("en", "Lebanese ambassador", "Lebanon", "Lebanese government"),
        ("en", "Lebanese envoy", "Lebanon", "Lebanese government"),
        ("es", "embajador libanés", "Líbano", "Lebanese government"),
        ("fr", "ambassadeur libanais", "Liban", "Lebanese government"),
        ("es", "embajador de Irán", "Irán", "Iranian government"),
        ("fr", "ambassadeur d'Iran", "Iran", "Iranian government"),
        ("es", "embajador de Israel", "Israel", "Israeli official figures"),
        ("fr", "ambassadeur d'Israël", "Israël", "Israeli official figures"),
        ("es", "embajador del Líbano", "Líbano", "Lebanese government"),
        ("fr", "ambassadeur du Liban", "Liban", "Lebanese government"),
    ],
)
def test_a_countrys_diplomat_speaks_for_its_government(reference, language, who, place, source):
    text = DIPLOMATS[language].format(who=who, place=place)
    assert [f["attributed_to"] for f in figures_of(reference, text, language)] == [source]


@pytest.mark.parametrize(
    ("language", "speaker"),
    [
        ("en", "US President Joe Biden said"),
        ("en", "U.S. President Joe Biden said"),
        ("en", "The State Department said"),
        ("en", "The Pentagon said"),
        ("es", "La Casa Blanca dijo"),
        ("es", "El Departamento de Estado dijo"),
        ("fr", "La Maison Blanche a indiqué"),
        ("fr", "Le Département d'État a indiqué"),
    ],
)
def test_the_us_administration_speaks_for_us_officials(reference, language, speaker):
    count = {
        "en": "that 22 Americans were killed in Israel.",
        "es": "que 22 estadounidenses murieron en Israel.",
        "fr": "que 22 Américains ont été tués en Israël.",
    }[language]
    assert [f["attributed_to"] for f in figures_of(reference, f"{speaker} {count}", language)] == [
        "US officials"
    ]
