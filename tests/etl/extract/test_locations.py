"""Where a figure is placed when its clause names a list of places."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.heading_places import heading_place
from etl.extract.lexicon import build_lexicon
from etl.extract.locations import clause_place, listed_places, opening_place
from tests.etl.extract.conftest import figures_in


def place_of(reference, text: str, language: str = "en") -> list[str]:
    return [figure["location"] for figure in figures_in(reference, text, language, date(2024, 3, 4))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 20 people were killed in Gaza and the West Bank."),
        ("en", "At least 20 people were killed in northern Israel, the Golan Heights and southern Lebanon."),
        ("es", "Al menos 20 personas murieron en Gaza y Cisjordania."),
        ("fr", "Au moins 20 personnes ont été tuées à Gaza et en Cisjordanie."),
    ],
)
def test_a_count_over_a_list_of_places_is_not_placed(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Strikes killed 20 people in Rafah and Khan Younis.", ["Gaza"]),  # one location listed twice
        (
            "At least 20 people were killed in Gaza, Israel's military said.",
            ["Gaza"],
        ),  # no list: no conjunction
        ("At least 20 people were killed in Gaza, while 5 died in the West Bank.", ["Gaza", "West Bank"]),
    ],
)
def test_places_that_are_no_list_keep_their_figure_placed(reference, text, places):
    assert place_of(reference, text) == places


def test_a_list_needs_a_conjunction_before_its_last_place(reference):
    lex = build_lexicon(reference, "en")
    listed = "killed in Gaza, Lebanon and Israel"
    apposition = "killed in Gaza, Lebanon's neighbour to the south"
    assert listed_places(lex, listed, listed.index("Gaza"), []) == {"Gaza", "Lebanon", "Israel"}
    assert listed_places(lex, apposition, apposition.index("Gaza"), []) == {"Gaza"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gaza war\n\nIsrael says it has killed more than 17,000 fighters.", ["Gaza"]),
        ("Losses\n\nHezbollah said it had lost 500 fighters.", ["Lebanon"]),
        ("Losses\n\nTehran puts its dead at 610.", ["Iran"]),  # its own dead, no act of its own
    ],
)
def test_a_source_telling_of_its_own_act_does_not_place_the_people_it_acted_on(reference, text, places):
    """Its home places its own losses, not the people it says it killed."""
    assert place_of(reference, text) == places


def test_iran_is_a_place(reference):
    text = "Strikes on Israel\nIsraeli strikes have killed at least 639 people in Iran."
    assert place_of(reference, text) == ["Iran"]


def test_a_nationality_after_the_copula_places_a_bare_count(reference):
    text = (
        "The war has killed at least 178 journalists in Gaza.\n"
        "Of those killed, 170 were Palestinians, two were Israelis and six were Lebanese."
    )
    assert place_of(reference, text) == ["Gaza", "Gaza", "Israel", "Lebanon"]


def test_a_country_that_speaks_in_the_title_is_not_the_documents_place(reference):
    text = "Israel says the ceasefire holds\nIsraeli strikes killed 104 people.\nAid trucks waited in Gaza."
    assert place_of(reference, text) == ["Gaza"]


def test_a_title_of_two_clauses_is_about_its_first(reference):
    text = (
        "Gaza strikes kill 96 as truce talks resume; fighting flares on Lebanon border\n"
        "The ministry said the overall toll had risen to 29,878."
    )
    assert place_of(reference, text) == ["Gaza", "Gaza"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza strikes kill 96; fighting flares on Lebanon border."),
        (
            "es",
            "Los ataques mataron a 40 personas en Gaza; sus familias se concentraron en Tel Aviv.",
        ),
    ],
)
def test_a_place_past_a_semicolon_is_another_clauses(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza"]


def test_the_document_is_where_it_names_places_with_a_preposition(reference):
    text = (
        "Ceasefire under strain\n"
        "Israel said on Friday that Israel would respond after Israel came under fire in Gaza.\n"
        "Strikes on Tuesday killed 104 people."
    )
    assert place_of(reference, text) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Israeli strikes killed 33 people in Beit Lahiya. Troops wounded two in Jenin.", "Gaza"),
        ("en", "Raids killed 12 Palestinians in Ramallah. Strikes hit Gaza.", "West Bank"),
        ("en", "A rocket wounded 12 people in Sderot, near the Gaza border.", "Israel"),
        ("en", "Strikes killed 15 people in Tyre. Israel says it hit Gaza.", "Lebanon"),
        (
            "fr",
            "Des frappes ont tué 33 personnes à Beit Lahia. Des soldats ont blessé deux à Jénine.",
            "Gaza",
        ),
    ],
)
def test_towns_and_camps_are_placed_in_their_territory(reference, language, text, place):
    assert place_of(reference, text, language)[0] == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hezbollah said it had fired rockets at northern Israel, where two civilians were wounded."),
        (
            "es",
            "Hezbolá dijo que lanzó cohetes contra el norte de Israel, donde dos civiles resultaron heridos.",
        ),
        (
            "fr",
            "Le Hezbollah dit avoir tiré des roquettes sur le nord d'Israël, où deux civils ont été blessés.",
        ),
    ],
)
def test_a_clause_opened_by_where_is_placed_at_the_place_before_it(reference, language, text):
    assert place_of(reference, text, language) == ["Israel"]


@pytest.mark.parametrize(
    "text",
    ["Israel would free 1,700 Gazans detained since the war began.", "Israel freed 12 Lebanese prisoners."],
)
def test_prisoners_are_placed_where_they_are_held_not_where_they_are_from(reference, text):
    assert place_of(reference, text) == ["Israel"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Strikes killed 274 people in the deadliest day since Israel freed the hostages."),
        ("en", "Strikes killed 274 people after Israel ended the truce."),
        ("fr", "Les frappes ont tué 274 personnes depuis qu'Israël a libéré les otages."),
        ("fr", "Les frappes ont tué 274 personnes depuis que le Liban a rouvert sa frontière."),
    ],
)
def test_a_name_that_opens_a_clause_is_its_actor_not_the_place(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("At least 500 people have been killed in Israel's military offensive.", [""]),
        ("At least 500 people have been killed in Israel's 13-month war on Gaza.", ["Gaza"]),
        (
            "At least 500 people were killed and 900 wounded in Israel’s strikes on Lebanon.",
            ["Lebanon", "Lebanon"],
        ),
    ],
)
def test_a_country_that_owns_a_military_action_wages_it_and_is_not_the_place(reference, text, places):
    assert place_of(reference, text) == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in Israel's north, the army said.", "Israel"),
        ("Two people were killed in Gaza's north in strikes, medics said.", "Gaza"),
        ("Two people were killed in Gaza's north as Israeli strikes went on, medics said.", "Gaza"),
    ],
)
def test_a_possessive_place_with_no_military_action_after_it_stays_the_place(reference, text, place):
    assert place_of(reference, text) == [place]


def test_the_ministry_of_a_count_placed_past_the_country_that_wages_the_war_is_the_places(reference):
    text = "At least 500 people were killed in Israel's offensive on Gaza, the health ministry said."
    [figure] = figures_in(reference, text, "en", date(2024, 3, 4))
    assert figure["attributed_to"] == "Gaza Health Ministry"


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Israeli troops raided Jenin on Monday. Three people were killed there, medics said.",
            ["West Bank"],
        ),
        (
            "en",
            "Strikes hit homes in Gaza. Troops raided Jenin. Three people were killed there.",
            ["West Bank"],
        ),
        (
            "en",
            "At least 800 people were killed in the West Bank. Since, 34 Israelis have been killed there.",
            ["West Bank", "West Bank"],
        ),
        ("en", "Troops raided Jenin. Israel says three of its soldiers were wounded there.", ["West Bank"]),
        ("en", "Hezbollah fired rockets at Haifa from Lebanon. Two people were wounded there.", ["Israel"]),
        (
            "es",
            "Bombardeos en Gaza y en Gaza. Tropas entraron en Yenín. Tres personas murieron allí.",
            ["West Bank"],
        ),
    ],
)
def test_there_points_back_to_the_last_place_named_not_a_speaker_nor_an_origin(
    reference, language, text, places
):
    assert place_of(reference, text, language) == places


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "At least 800 Palestinians were killed in the West Bank. Some 44 Israelis have been killed"
            " in attacks in the territory.",
            ["West Bank", "West Bank"],
        ),
        (
            "es",
            "Al menos 800 palestinos han muerto en Cisjordania. Unos 44 israelíes han muerto en ataques"
            " en el territorio.",
            ["West Bank", "West Bank"],
        ),
        (
            "fr",
            "Au moins 800 Palestiniens ont été tués en Cisjordanie. Quelque 44 Israéliens ont été tués"
            " dans des attaques dans le territoire.",
            ["West Bank", "West Bank"],
        ),
        # a place that is no territory is not the one "the territory" points back to
        (
            "en",
            "Gaza toll passes 69,000\nThe war began with the Hamas attack on Israel. Since then, 69,000"
            " people have been killed in the territory.",
            ["Gaza", "Gaza"],
        ),
    ],
)
def test_the_territory_points_back_to_the_last_territory_named(reference, language, text, places):
    assert place_of(reference, text, language) == places


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lebanon: strikes kill five\nTroops raided Rafah. Three people were killed in the territory."),
        (
            "es",
            "Líbano: bombardeos matan a cinco\nTropas entraron en Rafah. Tres personas murieron"
            " en el territorio.",
        ),
        (
            "fr",
            "Liban : des frappes font cinq morts\nDes soldats sont entrés à Rafah. Trois personnes"
            " ont été tuées dans le territoire.",
        ),
    ],
)
def test_the_territory_points_back_past_the_documents_place(reference, language, text):
    assert place_of(reference, text, language) == ["Lebanon", "Gaza"]


def test_an_existential_there_points_to_no_place(reference):
    text = "Militants fired rockets at Tyre on Monday. There were 20 soldiers killed, the army said."
    assert place_of(reference, text) == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. More than 92,000 have "
            "been wounded.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Plus de 92 000 personnes ont été blessées.",
        ),
        # a count that says it goes on is a companion too, of whatever kind
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 30 people were killed. Another 12 were killed "
            "overnight.",
        ),
        # so is a first estimate of the same count
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. The ministry had "
            "initially put the toll at 41,000.",
        ),
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. The ministry "
            "originally gave 41,000 dead.",
        ),
        (
            "es",
            "Cinco personas murieron en Nablus.\n\nEn Gaza han muerto 40.005 personas. Las autoridades "
            "habían cifrado inicialmente el balance en 41.000 muertos.",
        ),
        (
            "es",
            "Cinco personas murieron en Nablus.\n\nEn Gaza han muerto 40.005 personas. En un principio, "
            "el ministerio había cifrado el balance en 41.000 muertos.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Le ministère avait initialement fait état de 41 000 morts.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Dans un premier temps, le ministère avait fait état de 41 000 morts.",
        ),
    ],
)
def test_a_companion_count_keeps_the_place_of_the_counts_before_it(reference, language, text):
    assert place_of(reference, text, language)[1:] == ["Gaza", "Gaza"]


@pytest.mark.parametrize(
    ("language", "carried"),
    [
        ("en", "This brings the total number of fatalities to 68,875."),
        ("en", "This takes the death toll to 68,875."),
        ("en", "This raises the death toll to 68,875."),
        ("en", "That brings the death toll to 68,875."),
        ("en", "That takes the death toll to 68,875."),
        ("en", "That raises the death toll to 68,875."),
        ("es", "Esto eleva el número de muertos a 68.875."),
        ("es", "Con ello, el número de muertos asciende a 68.875."),
        ("fr", "Cela porte le bilan à 68 875 morts."),
        ("fr", "Ceci porte le bilan à 68 875 morts."),
    ],
)
def test_a_sentence_that_carries_the_last_count_on_keeps_its_place_and_source(reference, language, carried):
    # in a paragraph of its own, in a document that names the West Bank most
    before = {
        "en": "In the West Bank, 14 people were killed. In the West Bank, 3 were hurt.\n\n"
        "In the Gaza Strip, 141 people were killed, according to the Ministry of Health.",
        "es": "En Cisjordania murieron 14 personas. En Cisjordania, 3 resultaron heridas.\n\n"
        "En la Franja de Gaza murieron 141 personas, según el Ministerio de Sanidad.",
        "fr": "En Cisjordanie, 14 personnes ont été tuées. En Cisjordanie, 3 ont été blessées.\n\n"
        "Dans la bande de Gaza, 141 personnes ont été tuées, selon le ministère de la Santé.",
    }[language]
    figures = figures_in(reference, f"{before}\n\n{carried}", language, date(2025, 11, 5))
    assert (figures[-1]["value"], figures[-1]["location"], figures[-1]["attributed_to"]) == (
        68875,
        "Gaza",
        "Gaza Health Ministry",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph
        "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed.\n\nMore than 92,000 have "
        "been wounded.",
        # a count of the same kind starts its own scope
        "Five were killed in Nablus. In Gaza, 40,005 people have been killed. Since then, 300 have been "
        "killed.",
        # counts of two places before it
        "Five were killed in Nablus. 30 were killed in Gaza and 12 were killed in Lebanon. More than 92,000 "
        "have been wounded.",
        # hostages are held in Gaza by rule, not by the text's place
        "Five were killed in Nablus. Hamas holds 100 hostages in Gaza. More than 92,000 have been wounded.",
    ],
)
def test_a_count_that_is_no_companion_keeps_the_documents_place(reference, text):
    assert place_of(reference, text)[-1] == "West Bank"


@pytest.mark.parametrize(
    ("language", "title", "place"),
    [
        ("es", "Líbano: más de 3.000 muertos desde el inicio de las hostilidades con Israel", "Lebanon"),
        # "de" names whose the strikes are, not where
        ("es", "Líbano: ya son 558 los muertos por los bombardeos de Israel", "Lebanon"),
        ("fr", "Liban : déjà 558 morts dans les frappes d'Israël", "Lebanon"),
        ("fr", "Gaza : le bilan dépasse 40 000 morts, selon le Hamas ; Israël dément", "Gaza"),
        # a place named with a preposition still decides
        ("en", "Israel: 30 killed in Gaza overnight", "Gaza"),
        # the kicker must be a place and nothing else
        ("en", "Israel and Lebanon: talks resume as Hezbollah and Israel trade fire", ""),
    ],
)
def test_a_place_before_the_headings_colon_is_its_place(reference, language, title, place):
    assert heading_place(build_lexicon(reference, language), title) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza war: more than 360 people were killed at the Nova music festival."),
        ("en", "Gaza war: 101 people were killed in Be'eri and 64 in Kfar Aza."),
        ("es", "Guerra en Gaza: más de 360 personas murieron en el festival Nova."),
        ("fr", "Guerre à Gaza : plus de 360 personnes ont été tuées au festival Nova."),
    ],
)
def test_the_festival_and_kibbutzim_of_october_7_are_in_israel(reference, language, text):
    assert set(place_of(reference, text, language)) == {"Israel"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Una veintena de personas murieron este domingo en bombardeos israelíes sobre Rafah."),
        (
            "fr",
            "Une vingtaine de personnes ont été tuées dans des frappes sur Rafah, alors que le Hezbollah "
            "tirait des roquettes vers Israël.",
        ),
    ],
)
def test_strikes_on_a_place_place_their_dead_there(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza"]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        # a country coordinated with a party is a side that acts
        ("Israel and Hamas trade blame as toll mounts", ""),
        ("Hezbollah and Israel exchange fire across the border", ""),
        # two places are two places
        ("Gaza Strip and Israel: humanitarian bulletin", ""),
        ("Israel revises October 7 death toll down to about 1,200", "Israel"),
    ],
)
def test_a_place_coordinated_with_a_party_is_no_place_of_the_heading(reference, title, place):
    assert heading_place(build_lexicon(reference, "en"), title) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza war: the army said 780 soldiers had been killed on all fronts."),
        ("es", "Guerra en Gaza: el Ejército dijo que 780 soldados habían muerto en todos los frentes."),
        ("fr", "Guerre à Gaza : l'armée a indiqué que 780 soldats avaient été tués sur tous les fronts."),
        ("en", "Gaza war: 383 aid workers were killed worldwide in 2024, more than half of them in Gaza."),
        ("en", "Gaza war: 383 aid workers were killed around the world in 2024."),
        ("es", "Guerra en Gaza: 383 trabajadores humanitarios murieron en todo el mundo en 2024."),
        ("fr", "Guerre à Gaza : 383 travailleurs humanitaires ont été tués dans le monde en 2024."),
    ],
)
def test_a_count_on_all_fronts_or_worldwide_is_not_placed(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("language", "agent"),
    [
        ("en", "The bodies of 30 Palestinians released by Israel were received by the Red Cross."),
        ("es", "Los cuerpos de 30 palestinos entregados por Israel fueron recibidos por la Cruz Roja."),
        ("fr", "Les corps de 30 Palestiniens remis par Israël ont été reçus par la Croix-Rouge."),
    ],
)
def test_the_agent_of_a_passive_is_no_place(reference, language, agent):
    opening = {
        "en": "Strikes killed 12 people in Gaza on Monday, the health ministry said.",
        "es": "Los bombardeos mataron a 12 personas en Gaza el lunes, según el Ministerio de Salud.",
        "fr": "Les frappes ont tué 12 personnes à Gaza lundi, selon le ministère de la Santé.",
    }[language]
    assert place_of(reference, f"{opening}\n\n{agent}", language) == ["Gaza", "Gaza"]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas returned four bodies, bringing the number of bodies returned to 15.",
        "Hamas returned four bodies, bringing to 15 the number of bodies returned.",
        "Hamas returned four bodies, leaving 15 bodies still in Gaza.",
    ],
)
def test_bodies_returned_are_the_dead_not_the_released(reference, text):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"]) for f in figures] == [(4, "hostages_dead"), (15, "hostages_dead")]


@pytest.mark.parametrize(
    "line",
    [
        "Israel resumes strikes, killing more than 400 people, according to the health ministry.",
        "March 18, 2025: Israel resumes strikes, killing more than 400 people, according to the ministry.",
        # or its clause, past a short opening phrase
        "On Tuesday, Israel resumed strikes, killing more than 400 people, according to the ministry.",
    ],
)
def test_a_country_that_opens_its_sentence_and_acts_is_no_place(reference, line):
    text = f"Strikes killed 12 people in Gaza on Monday.\n\n{line}"
    figures = figures_in(reference, text, "en", date(2025, 10, 20))
    assert [(f["location"], f["attributed_to"]) for f in figures][-1] == ("Gaza", "Gaza Health Ministry")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In return, Israel freed 2,000 detainees and returned the bodies of 345 Palestinians."),
        ("es", "A cambio, Israel excarceló a 2.000 presos y entregó los cuerpos de 345 palestinos."),
        ("fr", "En échange, Israël a libéré 2 000 détenus et restitué les dépouilles de 345 Palestiniens."),
    ],
)
def test_a_country_acting_past_a_short_opening_phrase_is_no_place_of_the_dead(reference, language, text):
    figures = figures_in(reference, f"Gaza truce holds\n\n{text}", language, date(2025, 10, 20))
    assert [(f["value"], f["location"]) for f in figures][-1] == (345, "Gaza")


@pytest.mark.parametrize(
    "action",
    [
        "ataque",
        "ataques",
        "bombardeo",
        "bombardeos",
        "disparos",
        "fuego",
        "ofensiva",
        "ejército",
        "fuerzas",
        "tropas",
        "incursión",
        "incursiones",
        "asedio",
        "operación",
        "operaciones",
        "colonos",
        "soldados",
    ],
)
def test_a_nationality_after_a_military_action_wages_it_and_places_nothing(reference, action):
    text = f"Más de 100 palestinos murieron en Gaza. Otros 20 murieron en {action} israelíes."
    assert place_of(reference, text, "es") == ["Gaza", "Gaza"]


def test_a_name_after_a_verb_spelled_like_a_military_action_is_a_place(reference):
    assert place_of(reference, "Israel strikes Gaza, killing 40 people, the ministry said.") == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Hezbollah fired rockets at northern Israel, wounding two people, after a strike killed two"
            " fighters in southern Lebanon.",
        ),
        (
            "es",
            "Hezbolá disparó cohetes contra el norte de Israel, hiriendo a dos personas, después de que un"
            " ataque matara a dos combatientes en el sur del Líbano.",
        ),
        (
            "fr",
            "Le Hezbollah a tiré des roquettes sur le nord d'Israël, blessant deux personnes, après qu'une"
            " frappe a tué deux combattants dans le sud du Liban.",
        ),
    ],
)
def test_a_count_governed_by_the_verb_opening_its_window_is_where_the_clause_before_is(
    reference, language, text
):
    assert place_of(reference, text, language) == ["Israel", "Lebanon"]


@pytest.mark.parametrize(
    ("before", "window", "place"),
    [
        ("Strikes on Gaza hit targets in Lebanon, ", " killing 20 people", "Lebanon"),  # the nearest
        ("Talks resumed in Israel on Monday, ", " as another 20 were killed", None),  # no verb opens it
        ("Strikes hit targets in Gaza; troops fired toward the border, ", " killing 20", None),  # own clause
        ("Rockets were fired from Lebanon, ", " wounding 20 people", None),  # where they came from
    ],
)
def test_the_place_of_the_clause_a_participle_goes_on(reference, before, window, place):
    assert clause_place(build_lexicon(reference, "en"), before, window) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Tens of thousands have been displaced on both sides of the border, with an estimated 96,000"
            " Lebanese and 60,000 Israelis forced from their homes.",
        ),
        (
            "es",
            "Decenas de miles de personas han sido desplazadas en ambos lados de la frontera: unos 96.000"
            " libaneses y 60.000 israelíes.",
        ),
        (
            "fr",
            "Des dizaines de milliers de personnes ont été déplacées des deux côtés de la frontière, dont"
            " 96 000 Libanais et 60 000 Israéliens.",
        ),
    ],
)
def test_a_count_of_a_nationality_in_a_sentence_spanning_places_is_placed_by_it(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (96000, "displaced", "Lebanon"),
        (60000, "displaced", "Israel"),
    ]


def test_a_count_in_a_sentence_spanning_places_without_a_nationality_is_not_placed(reference):
    text = "Displacement is high on both sides of the border, where some 96,000 people have fled."
    assert place_of(reference, text) == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The deal frees the 20 hostages still in Gaza in exchange for 250 Palestinian prisoners."),
        ("en", "The deal frees the 20 hostages still in Gaza in return for 250 Palestinian prisoners."),
        ("es", "El acuerdo libera a los 20 rehenes que siguen en Gaza a cambio de 250 presos palestinos."),
        ("fr", "L'accord libère les 20 otages retenus à Gaza en échange de 250 prisonniers palestiniens."),
    ],
)
def test_the_place_of_the_other_side_of_an_exchange_is_not_the_prisoners(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza", "Israel"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll among troops stands at 912, including soldiers killed on the Lebanon border.",
        "The army said 912 soldiers were killed, including some killed on the Lebanon border.",
    ],
)
def test_the_place_of_a_part_with_a_verb_of_its_own_is_not_the_wholes(reference, text):
    assert place_of(reference, text)[0] == ""


def test_the_place_after_an_aside_about_a_part_is_the_wholes(reference):
    text = "Gaza war: Hamas killed 1,400 people, most of them civilians, in Israel."
    assert place_of(reference, text) == ["Israel"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Some 58 Israelis, including 21 soldiers, were killed in Gaza.", ["Gaza", "Gaza"]),
        ("Some 58 Israelis, including 21 soldiers, were killed in the West Bank and in Israel.", ["", ""]),
    ],
)
def test_a_count_whose_verb_lies_past_its_part_is_where_that_verb_says(reference, text, places):
    # not where its people are from
    assert place_of(reference, text) == places


@pytest.mark.parametrize(
    "text",
    [
        "At least 85 journalists have been killed in the Israel-Hamas war.",
        "At least 85 journalists have been killed in the Israel–Hezbollah conflict.",
        "Israel-Hamas war: at least 85 journalists have been killed.",
        "At least 85 journalists have been killed in the Hamas–Israel war.",
    ],
)
def test_a_war_named_by_its_sides_is_no_place(reference, text):
    assert place_of(reference, text) == [""]


def test_a_fact_line_is_no_heading_and_leaves_the_section_heading_above_it(reference):
    text = (
        "The war in numbers\n"
        "In Israel\n"
        "Killed on October 7: about 1,200\n"
        "In Gaza\n"
        "Killed: at least 67,000, according to the health ministry\n"
        "Injured: more than 169,000\n"
        "Displaced: about 1.9 million\n"
    )
    assert place_of(reference, text) == ["Israel", "Gaza", "Gaza", "Gaza"]


def test_a_fact_line_with_a_day_in_its_label_is_no_heading_either(reference):
    text = (
        "The war in numbers\n"
        "Killed in Gaza: at least 44,000\n"
        "Israelis killed on October 7: about 1,200\n"
        "Displaced: 1.9 million\n"
    )
    assert place_of(reference, text) == ["Gaza", "Israel", "Gaza"]


@pytest.mark.parametrize(
    ("language", "term", "place"),
    [
        ("en", "Yemen", "Yemen"),
        ("en", "Sanaa", "Yemen"),
        ("en", "Hodeidah", "Yemen"),
        ("es", "Yemen", "Yemen"),
        ("es", "Saná", "Yemen"),
        ("es", "Hodeida", "Yemen"),
        ("fr", "Yémen", "Yemen"),
        ("fr", "Sanaa", "Yemen"),
        ("fr", "Hodeida", "Yemen"),
        ("en", "Syria", "Syria"),
        ("en", "Damascus", "Syria"),
        ("es", "Siria", "Syria"),
        ("es", "Damasco", "Syria"),
        ("fr", "Syrie", "Syria"),
        ("fr", "Damas", "Syria"),
    ],
)
def test_yemen_and_syria_are_places(reference, language, term, place):
    text = {
        "en": f"Israeli strikes killed three people in {term}.",
        "es": f"Los bombardeos israelíes mataron a tres personas en {term}.",
        "fr": f"Les frappes israéliennes ont tué trois personnes à {term}.",
    }[language]
    assert place_of(reference, text, language) == [place]


@pytest.mark.parametrize(
    ("language", "where", "source", "canonical"),
    [
        ("en", "overnight", "the Houthi-run health ministry said", "Houthi Health Ministry"),
        ("en", "in Hodeidah", "the health ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Yemeni Health Ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Houthi Health Ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Houthi health ministry said", "Houthi Health Ministry"),
        ("es", "de noche", "según el Ministerio de Sanidad hutí", "Houthi Health Ministry"),
        ("es", "en Hodeida", "según el Ministerio de Sanidad", "Houthi Health Ministry"),
        ("fr", "dans la nuit", "selon le ministère de la Santé houthi", "Houthi Health Ministry"),
        ("fr", "à Hodeida", "selon le ministère de la Santé", "Houthi Health Ministry"),
        ("en", "overnight", "Syria's health ministry said", "Syrian Health Ministry"),
        ("en", "in Damascus", "the health ministry said", "Syrian Health Ministry"),
        ("en", "overnight", "the Syrian Health Ministry said", "Syrian Health Ministry"),
        ("es", "de noche", "según el Ministerio de Sanidad sirio", "Syrian Health Ministry"),
        ("es", "en Damasco", "según el Ministerio de Sanidad", "Syrian Health Ministry"),
        ("fr", "dans la nuit", "selon le ministère syrien de la Santé", "Syrian Health Ministry"),
        ("fr", "à Damas", "selon le ministère de la Santé", "Syrian Health Ministry"),
    ],
)
def test_the_health_ministries_of_yemen_and_syria(reference, language, where, source, canonical):
    # by a name of their own anywhere, by a plain name where the count is placed
    text = {
        "en": f"Israeli strikes killed three people {where}, {source}.",
        "es": f"Los bombardeos israelíes mataron a tres personas {where}, {source}.",
        "fr": f"Les frappes israéliennes ont tué trois personnes {where}, {source}.",
    }[language]
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [canonical]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Lebanon war\nAbout 1.2 million people have been displaced by the fighting, and tens of thousands"
            " have found refuge in Syria.",
        ),
        (
            "es",
            "Guerra en el Líbano\nUnos 1,2 millones de personas han sido desplazadas por los combates,"
            " y decenas de miles se han refugiado en Siria.",
        ),
    ],
)
def test_the_place_of_a_clause_of_its_own_after_a_comma_and_a_conjunction_is_not_the_counts(
    reference, language, text
):
    assert place_of(reference, text, language) == ["Lebanon"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Strikes on a camp in Rafah killed at least 45 people, the ministry said, in an attack that drew"
            " condemnation from governments around the world.",
            "Gaza",
        ),
        ("Strikes on a camp in Rafah killed 45 people, which drew condemnation around the world.", "Gaza"),
        ("Strikes killed 45 people across the region, the ministry said.", ""),
    ],
)
def test_a_comment_after_the_count_does_not_make_it_span_regions(reference, text, location):
    assert [f["location"] for f in figures_in(reference, text, "en")] == [location]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Twenty people have been killed in the operation in the West Bank, the largest in the region in"
            " two decades, the ministry said.",
        ),
        ("en", "Twenty people have been killed in the West Bank, the biggest raid in the region in years."),
        (
            "en",
            "Twenty people have been killed in the West Bank, the deadliest toll in the region this year.",
        ),
        (
            "es",
            "Veinte palestinos han muerto en la operación en Cisjordania, la mayor en la región en dos"
            " décadas.",
        ),
        (
            "es",
            "Veinte palestinos han muerto en Cisjordania, la más mortífera en la región en dos décadas.",
        ),
        (
            "fr",
            "Vingt Palestiniens ont été tués en Cisjordanie, la plus grande opération dans la région depuis"
            " vingt ans.",
        ),
        (
            "fr",
            "Vingt Palestiniens ont été tués en Cisjordanie, la plus meurtrière dans la région depuis vingt"
            " ans.",
        ),
    ],
)
def test_a_superlative_set_off_by_a_comma_compares_with_the_region_and_places_nothing(
    reference, language, text
):
    assert place_of(reference, text, language) == ["West Bank"]


def test_a_part_placed_in_its_own_clause_keeps_its_place_in_a_count_over_a_region(reference):
    text = (
        "At least 186 journalists have been killed in the region since the war began, including 178 in Gaza."
    )
    assert [f["location"] for f in figures_in(reference, text, "en")] == ["", "Gaza"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "On the Israeli side, attacks from Lebanon have killed 26 civilians in northern Israel, according"
            " to Israeli figures.",
            ["Israel"],
        ),
        # without a place of its own, a count on one side of a front spans it
        ("On the Israeli side, 82 soldiers and 47 civilians were killed over the same period.", ["", ""]),
    ],
)
def test_a_count_placed_in_its_own_clause_keeps_its_place_past_a_side_of_the_front(
    reference, text, locations
):
    assert [f["location"] for f in figures_in(reference, text, "en")] == locations


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El Gobierno israelí cifra en 1.300 los muertos. En Gaza, el ministerio informó de que"
            " 30 personas murieron el lunes.",
            [(1300, "Israel", "Israeli official figures"), (30, "Gaza", "Gaza Health Ministry")],
        ),
        (
            "es",
            "El Gobierno israelí cifra en 1.300 los muertos. En Gaza, el Ministerio de Salud elevó a"
            " 67.869 el número de muertos.",
            [(1300, "Israel", "Israeli official figures"), (67869, "Gaza", "Gaza Health Ministry")],
        ),
        (
            "en",
            "In Gaza, the Israeli military said it had killed 30 militants on Monday.",
            [(30, "Gaza", "Israeli military")],
        ),
        (
            "fr",
            "En Cisjordanie, l'armée israélienne a indiqué avoir tué 30 militants lundi.",
            [(30, "West Bank", "Israeli military")],
        ),
    ],
)
def test_a_place_opening_the_sentence_is_its_figures_over_the_speakers_home(
    reference, language, text, expected
):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["location"], f["attributed_to"]) for f in found] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "In Gaza, the ministry said 30 people were killed.", "Gaza"),
        ("es", "En el norte de la Franja de Gaza, el ministerio informó de 30 muertos.", "Gaza"),
        # more than one place, no preposition, a place inside a longer subject, an origin: no opening place
        ("en", "In Gaza and the West Bank, the ministry said 30 people were killed.", None),
        ("en", "Gaza, the ministry said, has lost 30 people.", None),
        ("en", "The ministry in Gaza, which is run by Hamas, said 30 people were killed.", None),
        ("en", "From Gaza, the ministry said 30 people were killed.", None),
        # no comma, or a clause too long to be a phrase of place
        ("en", "In Gaza 30 people died.", None),
        ("en", "In the days after the ministry first counted the dead in Gaza, 30 more were found.", None),
    ],
)
def test_the_place_that_opens_a_sentence(reference, language, sentence, expected):
    assert opening_place(build_lexicon(reference, language), sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comment on something else, set off by a comma, names no place of the count
        (
            "Israel is holding more than 10,200 Palestinians, according to the Prisoners' Club, which says"
            " deaths in custody have risen since the war on Gaza began.",
            [(10200, "prisoners_held", "Israel")],
        ),
        # the comma inside a number opens no comment
        (
            "Strikes killed 30 people in Gaza. At least 40,000 Palestinians have been forced from their homes"
            " in the northern West Bank since that operation began.",
            [(30, "killed", "Gaza"), (40000, "displaced", "West Bank")],
        ),
    ],
)
def test_a_place_in_a_comment_after_the_count_is_not_its_place(reference, text, expected):
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["location"]) for f in found] == expected


ISRAELI_TOWNS = {
    "en": [
        "Beersheba",
        "Be'er Sheva",
        "Ashdod",
        "Netanya",
        "Hadera",
        "Binyamina",
        "Nahariya",
        "Eilat",
        "Herzliya",
        "Holon",
        "Rishon LeZion",
        "Petah Tikva",
        "Ramat Gan",
        "Bat Yam",
        "Tiberias",
        "Dimona",
        "Jaffa",
    ],
    "es": ["Beerseba", "Ashdod", "Netanya", "Hadera", "Nahariya", "Eilat", "Ashkelon"],
    "fr": ["Beersheba", "Ashdod", "Netanya", "Hadera", "Nahariya", "Eilat", "Ashkelon"],
}
IN_A_TOWN = {
    "en": "Two people were killed in {town}.",
    "es": "Dos personas murieron en {town}.",
    "fr": "Deux personnes ont été tuées à {town}.",
}


@pytest.mark.parametrize(
    ("language", "town"), [(language, town) for language, towns in ISRAELI_TOWNS.items() for town in towns]
)
def test_a_count_in_an_israeli_town_is_placed_in_israel(reference, language, town):
    assert place_of(reference, IN_A_TOWN[language].format(town=town), language) == ["Israel"]


def test_the_government_where_a_text_is_set_is_that_places(reference):
    text = "In northern Israel, 60,000 residents remain displaced from their homes, government figures say."
    assert [f["attributed_to"] for f in figures_in(reference, text)] == ["Israeli official figures"]


def test_a_list_item_is_no_heading_and_leaves_the_section_heading_above_it(reference):
    text = "Lebanon strikes\n\nIn Lebanon\n- Convoys seen near Damascus\n\nStrikes killed 12 people."
    assert place_of(reference, text) == ["Lebanon"]


def test_a_nationality_before_a_name_does_not_make_the_document_its_country(reference):
    text = (
        "Seven killed in Al-Mazzeh strike\n"
        "The strike hit a building in western Damascus used by members of the Lebanese Hezbollah.\n"
        "Fighters of the Lebanese Hezbollah often met there, far from the war in Lebanon.\n"
        "Since January, strikes have killed 315 people."
    )
    assert place_of(reference, text)[-1] == "Syria"


def test_a_nationality_before_a_noun_of_place_still_names_the_place(reference):
    text = (
        "Aid runs out\n"
        "Strikes hit homes in Palestinian territory. Aid workers in Palestinian territory ran out of fuel.\n"
        "A clinic in Beirut was also hit.\n"
        "Since January, strikes have killed 315 people."
    )
    assert place_of(reference, text) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the West Bank, nearly 10,000 people have been arrested since October 7."),
        ("es", "En Cisjordania, casi 10.000 personas han sido detenidas desde el 7 de octubre."),
        ("fr", "En Cisjordanie, près de 10 000 personnes ont été arrêtées depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 femmes sont détenues depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 personnes ont été interpellées depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 hommes ont été interpellés depuis le 7 octobre."),
    ],
)
def test_people_arrested_where_the_sentence_opens_are_held_there(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["metric"], f["location"]) for f in found] == [("prisoners_held", "West Bank")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tehran puts its dead at 610; in Israel, 28 people died."),
        ("fr", "Téhéran chiffre ses morts à 610 ; en Israël, 28 personnes ont été tuées."),
    ],
)
def test_a_phrase_of_place_opening_a_clause_past_a_semicolon_places_its_count(reference, language, text):
    assert [f["location"] for f in figures_in(reference, text, language)] == ["Iran", "Israel"]


def test_a_place_a_speaker_is_in_is_what_there_points_back_to(reference):
    text = (
        "The UN has asked Israel to rescind the order. The health ministry in Gaza says 1,799 people"
        " have now been killed there."
    )
    assert [f["location"] for f in figures_in(reference, text, "en")] == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "In Sudan, ACLED has recorded more than 30,000 reported fatalities.", "Sudan"),
        ("en", "Fighting in Khartoum killed 30 people, medics said.", "Sudan"),
        ("en", "In Darfur, 30 people were killed, medics said.", "Sudan"),
        ("es", "En Sudán, más de 30.000 personas han muerto.", "Sudan"),
        ("es", "En Jartum murieron 30 personas.", "Sudan"),
        ("fr", "Au Soudan, plus de 30 000 personnes ont été tuées.", "Sudan"),
        ("fr", "À Khartoum, 30 personnes ont été tuées.", "Sudan"),
        ("en", "In Ukraine, the UN has verified more than 14,000 civilian deaths.", "Ukraine"),
        ("en", "A strike on Kyiv killed 30 people.", "Ukraine"),
        ("es", "En Ucrania han muerto más de 14.000 civiles.", "Ukraine"),
        ("fr", "En Ukraine, plus de 14 000 civils ont été tués.", "Ukraine"),
    ],
)
def test_other_wars_a_report_compares_are_their_own_places(reference, language, text, place):
    assert [f["location"] for f in figures_in(reference, text, language)] == [place]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "The quakes killed 2,053 people in western Afghanistan, officials said.", "Afghanistan"),
        ("es", "Al menos 16 migrantes murieron en México tras el vuelco de un autobús.", "Mexico"),
        ("fr", "Au moins 16 migrants ont été tués au Mexique dans l'accident.", "Mexico"),
        ("fr", "Au moins 19 manifestants ont été tués en Birmanie.", "Myanmar"),
    ],
)
def test_a_country_beyond_the_war_is_a_place_after_a_preposition_of_place(reference, language, text, place):
    assert place_of(reference, text, language) == [place]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos explosiones hirieron a dos cascos azules de Sri Lanka en Naqura, en el sur del Líbano."),
        ("es", "Radio Nacional de España. Al menos 20 personas murieron en Jan Yunis."),
        ("en", "Global Affairs Canada said eight Canadians were killed in Israel."),
    ],
)
def test_a_bare_country_is_a_nationality_a_speaker_or_an_outlet_not_a_place(reference, language, text):
    assert "Sri Lanka" not in place_of(reference, text, language)
    assert not {"Spain", "Canada"} & set(place_of(reference, text, language))


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Myanmar quake toll passes 3,000", "Myanmar"),
        ("Nigeria: Maiduguri floods", "Nigeria"),
        ("Taiwan's strongest quake in 25 years kills nine", "Taiwan"),
        ("Russia says Ukrainian prisoners of war died in plane crash", ""),
        ("Aid flights resume as Myanmar digs out after the quake", ""),
    ],
)
def test_a_heading_that_opens_with_a_far_country_is_about_it_unless_the_country_speaks(
    reference, title, place
):
    assert heading_place(build_lexicon(reference, "en"), title) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Floods killed 37 people across Nigeria."),
        ("en", "Floods killed 37 people throughout Nigeria."),
        ("en", "Floods killed 37 people inside Nigeria."),
        ("en", "Floods killed 37 people within Nigeria."),
        ("fr", "Les inondations ont tué 37 personnes dans le Nigeria."),
        ("fr", "Les inondations ont tué 37 personnes aux Philippines."),
    ],
)
def test_every_preposition_of_a_far_place_places_the_count(reference, language, text):
    assert place_of(reference, text, language) == [text.rstrip(".").split()[-1]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel\nMore than 300,000 people have fled from Lebanon into Syria."),
        ("en", "Lebanon\nMore than 300,000 people have fled into Syria."),
        (
            "en",
            "Lebanon\nThe government says 1.2 million have been displaced, and 300,000 have fled into Syria.",
        ),
        ("en", "Lebanon\nOver 300,000 people have been displaced towards Syria."),
        ("es", "Líbano\nMás de 300.000 personas han sido desplazadas hacia Siria."),
        ("fr", "Liban\nPlus de 300 000 personnes ont été déplacées vers la Syrie."),
    ],
)
def test_the_displaced_are_counted_where_they_left_not_where_they_went(reference, language, text):
    found = [f for f in figures_in(reference, text, language) if f["value"] == 300000]
    assert [(f["metric"], f["location"]) for f in found] == [("displaced", "Lebanon")]


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "The deadliest places for aid workers were South Sudan, where 34 were killed, and Sudan, where 25"
            " lost their lives.",
            ["South Sudan", "Sudan"],
        ),
        ("en", "Fighting in South Sudan killed 34 people.", ["South Sudan"]),
        ("en", "Some 34 people were killed in South Sudan.", ["South Sudan"]),
        # a bare country's name places nothing, but it is not the country its name holds
        ("en", "Last year South Sudan saw 34 aid workers killed.", [""]),
        ("es", "Los combates en Sudán del Sur mataron a 34 personas.", ["South Sudan"]),
        ("fr", "Les combats au Soudan du Sud ont tué 34 personnes.", ["South Sudan"]),
    ],
)
def test_a_place_inside_a_longer_countrys_name_is_that_country(reference, language, text, places):
    assert [f["location"] for f in figures_in(reference, text, language)] == places
