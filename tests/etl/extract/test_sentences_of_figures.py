"""Each rule family on short sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in


def figures(reference, text: str, published: date | None = date(2024, 3, 4)) -> list[dict]:
    document = Document(doc="t.txt", text=text, published_at=published, publisher="Test Wire")
    return extract_document(document, reference).to_dict("records")


def statuses_of(reference, text: str, language: str) -> list[tuple[str, str]]:
    return [(r["metric"], r["status"]) for r in figures_in(reference, text, language, date(2025, 1, 8))]


def only(reference, text: str, **kwargs) -> dict:
    found = figures(reference, text, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "high", "qualifier"),
    [
        ("The strikes killed at least 1,234 people in Gaza.", 1234, None, "at_least"),
        ("More than 2.5 million people were displaced in Gaza.", 2500000, None, "more_than"),
        ("Officials said a dozen people were killed in Gaza.", 12, None, "exact"),
        ("Gunmen killed two dozen people in the West Bank.", 24, None, "exact"),
        ("Between 40 and 60 people were wounded in Gaza.", 40, 60, "range"),
        ("Some 300 people were injured in Lebanon.", 300, None, "approximately"),
        ("Up to 90 people were killed in Lebanon.", 90, None, "at_most"),
        ("Fewer than 20 people died in Gaza.", 20, None, "less_than"),
        ("Some 1.9m people were displaced in Gaza.", 1900000, None, "approximately"),
        ("Militants killed 1,200-plus people in Israel.", 1200, None, "more_than"),
        ("A strike 2.5km from the camp killed 3 people in Gaza.", 3, None, "exact"),  # no "2" of "2.5km"
        ("Some 1900-2000 people were killed in Gaza.", 1900, 2000, "range"),  # not two years: people follow
        (
            "Some 64·3 thousand people were killed in Gaza.",
            64300,
            None,
            "approximately",
        ),  # The Lancet's point
    ],
)
def test_numbers_qualifiers_and_ranges(reference, text, value, high, qualifier):
    figure = only(reference, text)
    assert (
        figure["value"],
        None
        if figure["value_high"] is None or str(figure["value_high"]) == "<NA>"
        else int(figure["value_high"]),
        figure["qualifier"],
    ) == (value, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on 12 March 2024 at 10:30 in Cairo.",
        "Aid groups said 120 trucks entered through the crossing.",
        "The UN appealed for $2.8 billion, and 45 per cent was funded.",
        "Ahmed Saleh, 34, said the truce was holding after six weeks.",
        "Call +44 20 7946 0958 for details. 2. Background",
        "Dozens were hurt and hundreds fled, officials said.",
        "The pause is extended by one day for every 10 hostages released.",
        "Israel would free three prisoners for every hostage.",
        "Israel would free 30 Palestinian prisoners for every civilian hostage.",
        "The first to go free are women, children and men over 50.",
        "Los primeros serán mujeres y hombres mayores de 50.",
        "The four — Noa Argamani, 26, and Shlomi Ziv, 41 — were taken to hospital.",
        # a Spanish age after "de" past a name
        "Entre los liberados están Hanan Yablonka, de 42, y Michel Nisenbaum, de 59.",
        "Gaza is home to 2.3 million people, most of whom have been displaced.",
        "Nearly 90% of its population of around 2 million has been displaced.",
        # a wire update's note on what it adds where
        "(Adds Thai and Nepali casualties in paragraphs 9-10, wounded on pages 3-4)",
        # shares with a decimal point written as a middle dot, as The Lancet does
        "The estimate is about 2·9% (95% CI 2·5–3·6) of the population.",
        "Among the dead, 59·1% were women and children.",
        # weights: what the released lost
        "Detainees released in recent months described losing 20 to 30 kilograms in detention.",
        "Detainees said they lost 20 kilos during detention.",
        "Los detenidos liberados perdieron 20 kilos durante la detención.",
        "Les détenus libérés ont perdu 20 kilos en détention.",
    ],
)
def test_non_figures_are_left_out(reference, text):
    assert figures(reference, text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nearly 90 percent of the 2.3 million residents have been displaced."),
        ("en", "A third of the 2.1 million people have fled."),
        ("es", "Cerca del 90% de los 2,1 millones de habitantes de la Franja han sido desplazados."),
        ("fr", "Près de 90 % des 2,1 millions d'habitants ont été déplacés."),
        # a percent in words
        ("en", "Nearly ninety per cent of the 2.3 million residents have been displaced."),
        ("fr", "Près de nonante pour cent des 2,1 millions d'habitants ont été déplacés."),
    ],
)
def test_the_people_a_share_is_taken_from_are_no_figure(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 70% of the 44,000 people killed were women and children.", [("killed", 44000)]),
        ("Half of the 250 hostages are still held.", [("hostages_held", 250)]),
    ],
)
def test_a_whole_named_by_its_event_or_kind_is_a_figure(reference, text, expected):
    assert [(r["metric"], r["value"]) for r in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Entre 60 y 70 palestinos murieron este viernes en Yabalia."),
        ("fr", "Entre 60 et 70 Palestiniens ont été tués vendredi à Jabaliya."),
    ],
)
def test_between_two_numbers_is_a_range_in_every_language(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"], f["qualifier"]) for f in found] == [(60, 70, "range")]


@pytest.mark.parametrize(
    "years", ["the 1975-1990 civil war", "the civil war from 1975 to 1990", "the war between 1975 and 1990"]
)
def test_two_years_joined_are_no_range(reference, years):
    found = figures(reference, f"The ministry said 558 people were killed, the most since {years}.")
    assert [f["value"] for f in found] == [558]


def test_two_years_joined_by_words_before_people_are_a_range(reference):
    found = figures(reference, "Between 1900 and 2000 people were killed in Gaza.")
    assert [(f["value"], f["value_high"]) for f in found] == [(1900, 2000)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Plus de 1900 personnes ont été tuées au Liban depuis octobre.", 1900),
        ("es", "Más de 1900 muertos en el Líbano desde octubre.", 1900),
        ("en", "About 2000 people have been killed in Lebanon since October.", 2000),
    ],
)
def test_four_digits_after_a_qualifier_and_before_people_are_a_count(reference, language, text, value):
    assert [f["value"] for f in figures_in(reference, text, language)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 people were killed in Gaza, and 51 people died in the camp.",
        "By around 2000, 51 people had been killed in the camp.",
        "Around 2000 years ago, 51 people were killed in the camp.",
    ],
)
def test_a_year_with_no_qualifier_or_no_people_after_it_stays_a_year(reference, text):
    assert [f["value"] for f in figures(reference, text)] == [51]


@pytest.mark.parametrize(
    "compound", ["three-storey house", "9-digit identity number", "649-page list", "UPDATE 2-Death toll"]
)
def test_a_number_hyphened_to_a_word_is_a_modifier_not_a_count(reference, compound):
    text = f"Rescuers said 12 people were killed. The {compound} was found under the rubble."
    assert [f["value"] for f in figures(reference, text)] == [12]


@pytest.mark.parametrize(
    ("written", "qualifier"), [("60,000-odd", "approximately"), ("1,200-plus", "more_than")]
)
def test_a_qualifier_hyphened_after_a_number_qualifies_it(reference, written, qualifier):
    found = figures(reference, f"The {written} Israelis who were displaced from the north want to go home.")
    assert [f["qualifier"] for f in found] == [qualifier]


@pytest.mark.parametrize("span", ["2023-24", "2023–24", "2014/15"])
def test_a_year_and_two_digits_after_it_are_a_span_of_years(reference, span):
    found = figures(reference, f"The {span} war killed more than 4,000 people in Lebanon.")
    assert [f["value"] for f in found] == [4000]


@pytest.mark.parametrize("thing", ["house", "home", "car", "tent", "school", "apartment"])
def test_one_before_a_thing_is_no_count_of_people(reference, thing):
    assert [f["value"] for f in figures(reference, f"Twelve people died in one {thing}.")] == [12]


@pytest.mark.parametrize("thing", ["model", "study", "estimate", "report"])
def test_one_before_a_source_of_figures_is_its_article(reference, thing):
    text = f"Thousands more could die: one {thing} projected 11,580 excess deaths in Gaza."
    assert [f["value"] for f in figures(reference, text)] == [11580]


def test_one_before_a_thing_is_its_article_and_leaves_the_count_after_it_to_the_count_before(reference):
    found = figures(reference, "Twelve people died in one home and 5 in a car.")
    assert [(f["value"], f["metric"]) for f in found] == [(12, "killed"), (5, "killed")]


@pytest.mark.parametrize("verb", ["wound", "injure"])
def test_a_headline_verb_in_the_present_counts_the_wounded(reference, verb):
    found = figures(reference, f"Israeli settlers {verb} four Palestinians near Nablus")
    assert [(f["value"], f["metric"]) for f in found] == [(4, "injured")]


@pytest.mark.parametrize("unit", ["centimetres", "centimeters"])
def test_a_length_is_no_count(reference, unit):
    assert figures(reference, f"The boy had a wound 3 {unit} deep.") == []


def test_metric_from_coordinated_verbs(reference):
    rows = figures(reference, "The ministry in Gaza said strikes killed 40 people and wounded 95.")
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 40), ("injured", 95)]


def test_inclusion_keeps_metric_and_names_subgroup(reference):
    rows = figures(reference, "At least 80 people were killed in Gaza, including 30 children.")
    assert [(r["metric"], r["subgroup"], r["value"]) for r in rows] == [
        ("killed", "all", 80),
        ("killed", "children", 30),
    ]


def test_a_count_followed_by_several_included_ones_takes_the_verb_after_them(reference):
    rows = figures(
        reference, "The ministry said 558 people, including 50 children and 94 women, were killed in Lebanon."
    )
    assert [(r["metric"], r["subgroup"], r["value"]) for r in rows] == [
        ("killed", "all", 558),
        ("killed", "children", 50),
        ("killed", "women", 94),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army said troops killed 17 terror operatives in Rafah.",
        "The army said 17 terrorists were killed in Rafah.",
        "El ejército dijo que 17 terroristas murieron en Rafah.",
    ],
)
def test_the_armys_word_for_militants_is_combatants(reference, text):
    assert only(reference, text)["subgroup"] == "combatants"


def test_a_share_of_the_dead_named_after_a_copula_keeps_its_subgroup(reference):
    figure = only(reference, "The army says about 17,000 of the dead are militants.")
    assert (figure["metric"], figure["subgroup"], figure["value"]) == ("killed", "combatants", 17000)


def test_a_forecast_that_could_exceed_is_projected_and_ages_are_not_counts(reference):
    figure = only(reference, "A study estimated that the death toll in Gaza could exceed 186,000.")
    assert (figure["metric"], figure["value"], figure["status"]) == ("killed", 186000, "projected")
    figure = only(reference, "In Gaza, 12 children under five were killed.")
    assert (figure["value"], figure["subgroup"]) == (12, "children")


def test_a_share_named_after_its_whole_or_before_it(reference):
    rows = figures(reference, "Strikes killed 35 people in Rafah. Twelve of them were children.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(35, "all"), (12, "children")]
    figure = only(reference, "Of those killed in Gaza, 14,500 were children, the ministry said.")
    assert (figure["metric"], figure["subgroup"], figure["value"]) == ("killed", "children", 14500)


def test_officers_and_reservists_are_soldiers(reference):
    rows = figures(
        reference, "One Israeli officer and two reservists were killed in the raid, the army said."
    )
    assert [(r["value"], r["metric"], r["subgroup"]) for r in rows] == [
        (1, "killed", "soldiers"),
        (2, "killed", "soldiers"),
    ]


def test_hostage_and_prisoner_metrics(reference):
    rows = figures(
        reference, "Under the deal, Hamas is to free 20 hostages and Israel is to release 600 prisoners."
    )
    assert [(r["metric"], r["location"], r["status"]) for r in rows] == [
        ("hostages_released", "Gaza", "proposed"),
        ("prisoners_released", "Israel", "proposed"),
    ]


def test_terms_an_agreement_calls_for_are_proposed(reference):
    rows = figures(
        reference, "The agreement calls for the release of 33 hostages in exchange for 1,000 prisoners."
    )
    assert [(r["metric"], r["status"]) for r in rows] == [
        ("hostages_released", "proposed"),
        ("prisoners_released", "proposed"),
    ]


def test_what_was_to_happen_under_a_deal_is_proposed(reference):
    rows = figures(reference, "Under the deal, 33 hostages were to be exchanged for 1,900 prisoners.")
    assert [(r["metric"], r["status"]) for r in rows] == [
        ("hostages_released", "proposed"),
        ("prisoners_released", "proposed"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas said it was ready to release 34 hostages."),
        ("es", "Hamas está dispuesto a liberar a 34 rehenes."),
    ],
)
def test_what_a_party_is_ready_to_do_is_proposed(reference, language, text):
    assert statuses_of(reference, text, language) == [("hostages_released", "proposed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("es", "Los manifestantes exigieron la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("fr", "Le Hamas a exigé la libération de 1 000 prisonniers palestiniens.", "prisoners_released"),
        ("es", "Hamas exigió la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("es", "Hamas ha exigido la liberación de 1.000 presos palestinos.", "prisoners_released"),
        ("fr", "Les familles réclament la libération de 50 otages.", "hostages_released"),
        ("fr", "La famille réclame la libération de 50 otages.", "hostages_released"),
        ("fr", "Les familles ont réclamé la libération de 50 otages.", "hostages_released"),
    ],
)
def test_a_release_demanded_in_any_tense_is_proposed(reference, language, text, metric):
    assert statuses_of(reference, text, language) == [(metric, "proposed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "The UN chief, who has demanded a ceasefire, said 40,000 people had been killed.", "killed"),
        ("en", "The president, who has a plan for Gaza, said 50 hostages remain there.", "hostages_held"),
        ("fr", "Le Hamas, qui exige un cessez-le-feu, affirme que 40 000 personnes ont été tuées.", "killed"),
    ],
)
def test_a_demand_in_a_relative_clause_about_the_speaker_is_not_the_counts(reference, language, text, metric):
    assert statuses_of(reference, text, language) == [(metric, "reported")]


def test_a_relative_clause_holding_the_count_keeps_its_cue(reference):
    found = only(reference, "Hamas, which would free 33 hostages under the deal, signed it on Friday.")
    assert (found["metric"], found["status"]) == ("hostages_released", "proposed")


def test_a_place_home_to_a_count_of_the_displaced_counts_them(reference):
    assert [
        (r["metric"], r["value"]) for r in figures(reference, "The camp is home to 3,000 displaced people.")
    ] == [("displaced", 3000)]


def test_attribution_after_the_figure_and_source_chain(reference):
    figure = only(
        reference, "Some 70 people were killed in Israel, according to an AFP tally based on Israeli data."
    )
    assert (figure["attributed_to"], figure["attribution_basis"]) == ("AFP", "Israeli official figures")


def test_health_ministry_resolved_by_place(reference):
    figure = only(reference, "The health ministry said 15 people were killed in Lebanon.")
    assert (figure["attributed_to"], figure["location"]) == ("Lebanese Health Ministry", "Lebanon")


def test_stated_day_sets_as_of(reference):
    figure = only(reference, "The health ministry in Gaza said on Saturday that 51 people were killed.")
    assert figure["as_of"] == "2024-03-02"  # publication is Monday 4 March


def test_no_publication_date_leaves_as_of_empty(reference):
    figure = only(reference, "The health ministry in Gaza said 51 people were killed.", published=None)
    assert figure["as_of"] == ""


def test_offsets_slice_to_the_mention(reference):
    text = "Hospitals said more than 3,000 people were wounded in Gaza."
    figure = only(reference, text)
    assert text[figure["char_start"] : figure["char_end"]] == figure["mention"] == "3,000"


@pytest.mark.parametrize(
    "text",
    [
        "OCHA says 1.9 million people, or about 90% of the population, have been displaced in Gaza.",
        "OCHA says 1.9 million people in Gaza, or about 90% of the population, have been displaced.",
    ],
)
def test_an_apposition_after_the_count_does_not_hide_its_verb(reference, text):
    figure = only(reference, text)
    assert (figure["metric"], figure["value"], figure["attributed_to"]) == ("displaced", 1900000, "UN OCHA")


def test_a_title_naming_two_places_is_placed_where_its_preposition_says(reference):
    text = (
        "Israel strikes kill dozens in Gaza\n\nThe health ministry said 52 bodies were brought to hospitals."
    )
    document = Document(doc="t.txt", text=text, title=text.split("\n")[0], published_at=date(2024, 3, 4))
    (figure,) = extract_document(document, reference).to_dict("records")
    assert (figure["metric"], figure["location"], figure["attributed_to"]) == (
        "killed",
        "Gaza",
        "Gaza Health Ministry",
    )


def test_soldiers_freed_in_an_exchange_are_released_not_rescuers(reference):
    rows = figures(
        reference, "Hamas freed four soldiers on Saturday in exchange for 200 Palestinian prisoners."
    )
    assert [(r["metric"], r["value"], r["location"]) for r in rows] == [
        ("hostages_released", 4, "Gaza"),
        ("prisoners_released", 200, "Israel"),
    ]
    (rescue,) = figures(reference, "Israeli forces freed four hostages in a raid on Saturday.")
    assert rescue["metric"] == "hostages_rescued"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said 25 projectiles were fired, wounding three people.", [("injured", 3, "all")]),
        ("Israel's army says it has lost 405 soldiers in Gaza.", [("killed", 405, "soldiers")]),
        ("Some 500,000 people lost their homes, the UN said.", [("displaced", 500000, "all")]),
        ("The TA-125 lost 1.1% to end at 1,334.20.", []),  # "lost" alone is a market's, not a toll's
    ],
)
def test_things_fired_and_what_was_lost(reference, text, expected):
    assert [(r["metric"], r["value"], r["subgroup"]) for r in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Investigators reviewed 35 photographs taken after the strike in Gaza."),
        ("en", "Investigators reviewed 35 photos taken after the strike in Gaza."),
        ("en", "Investigators reviewed 4 videos taken after the strike in Gaza."),
        ("en", "Investigators reviewed 4 images taken after the strike in Gaza."),
    ],
)
def test_pictures_taken_are_no_hostages(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli strikes killed 40 people in Gaza on 12 and 16 March."),
        ("en", "Israeli strikes killed 40 people in Gaza on March 12 and 16."),
        ("en", "Israeli strikes killed 40 people in Gaza on March 12, 14 and 16."),
        # a day after a comma may be a count after its date
        ("en", "Since the ground operation began on October 1, 40 soldiers have been killed in Lebanon."),
        ("fr", "Les frappes ont tué 40 personnes à Gaza les 12 et 16 mars."),
        ("es", "Los ataques mataron a 40 personas en Gaza el 12 y 16 de marzo."),
    ],
)
def test_days_listed_with_one_month_are_dates(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


def test_a_number_word_after_a_date_and_a_conjunction_counts(reference):
    text = "Eight Canadians were killed in Israel on October 7 and two others in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [8, 2]


def test_a_day_listed_after_a_date_but_past_its_clause_may_count(reference):
    text = "Israeli strikes killed 40 people in Gaza on March 12, and 16 more were wounded."
    assert [(f["metric"], f["value"]) for f in figures_in(reference, text, "en")] == [
        ("killed", 40),
        ("injured", 16),
    ]


def test_a_timestamp_with_seconds_is_no_number(reference):
    text = "[00:01:12] NASSAR: The health ministry says 40 people have been killed in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "The bombardment began at about 2.30am local time (00.30 UK time) and killed 40 people in Gaza.",
        "Since 14.07.2024, 40 people have been killed in Gaza.",
        "Since 07.10.2023, 40 people have been killed in Gaza.",
        "The ward, built for 10.5 patients per bed, lost 40 people killed in Gaza.",
    ],
)
def test_a_clock_time_a_dotted_date_or_a_decimal_without_a_scale_is_no_count(reference, text):
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]


@pytest.mark.parametrize("part", ["de la mañana", "de la tarde", "de la noche", "de la madrugada"])
def test_an_hour_of_a_part_of_the_day_is_a_clock_time_in_spanish(reference, part):
    text = f"Los tres rehenes fueron entregados a la Cruz Roja poco después de las 10 {part}."
    assert [f["value"] for f in figures_in(reference, text, "es")] == [3]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Hamas freed 20 hostages. The ages of those freed range from 21 to 48.", [20]),
        ("es", "Hamás liberó a 20 rehenes. Las edades de los liberados van de 21 a 48.", [20]),
        ("fr", "Le Hamas a libéré 20 otages. Les âges des otages libérés vont de 21 à 48.", [20]),
        # people counted after the range are a count of their own
        ("en", "Officials did not give the ages of the 20 to 30 children killed in Gaza.", [20]),
        # a word for ages in a clause before is not the range's
        ("en", "Their ages were not released, but the death toll in Gaza is between 20 and 30.", [20]),
    ],
)
def test_a_range_in_the_clause_of_a_word_for_ages_is_ages(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


def test_a_count_over_a_span_of_time_is_no_rate(reference):
    text = "The ministry in Gaza reports 27,000 dead in four months. One in four were children."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [27000]


def test_the_number_of_a_post_in_a_thread_is_no_count(reference):
    text = "1/6 The ministry in Gaza claims 27,000 dead.\n3/6 Israel says it killed 10,000 fighters in Gaza."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [27000, 10000]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Has the UN divided by two the number of women killed? Strikes killed 40 people in Gaza.",
        ),
        ("es", "¿Ha dividido por dos la ONU el número de mujeres muertas? En Gaza murieron 40 personas."),
        (
            "fr",
            "L'ONU a-t-elle « divisé par deux » le nombre de femmes tuées ? À Gaza, 40 ont été tuées.",
        ),
        ("fr", "Le nombre de morts a été multiplié par trois : 40 personnes ont été tuées à Gaza."),
    ],
)
def test_a_factor_is_no_count(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll was {} two in a week. Strikes killed 40 people in Gaza."),
        ("es", "El balance fue {} dos en una semana. En Gaza murieron 40 personas."),
        ("fr", "Le bilan a été {} deux en une semaine. À Gaza, 40 personnes ont été tuées."),
    ],
)
@pytest.mark.parametrize("operation", range(4))
def test_every_factor_lead_makes_a_factor(reference, language, text, operation):
    leads = {
        "en": ["divided by", "multiplied by", "divided by", "multiplied by"],
        "es": ["dividido por", "multiplicado por", "dividida por", "multiplicada por"],
        "fr": ["divisé par", "multiplié par", "divisée par", "multipliée par"],
    }[language]
    assert [f["value"] for f in figures_in(reference, text.format(leads[operation]), language)] == [40]


def test_series_of_figures_are_things(reference):
    text = "Les frappes ont tué 40 personnes à Gaza, selon l'Ocha, qui a publié deux séries de chiffres."
    assert [f["value"] for f in figures_in(reference, text, "fr")] == [40]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hay medio millón de desplazados en Líbano y ya hay más de 300 centros habilitados."),
        ("fr", "Il y a un demi-million de déplacés au Liban et plus de 300 centres ouverts."),
    ],
)
def test_shelters_opened_are_things(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [500000]


def test_how_many_times_people_were_displaced_is_no_count(reference):
    text = (
        "1.7 million Palestinians in Gaza have been driven from their homes, some of them five or six times."
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [1700000]


def test_a_house_number_before_a_street_name_is_no_count(reference):
    text = "A missile hit a building on 18 Rothschild Street in Petah Tikva, killing four people in Israel."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [4]


def test_an_age_with_a_qualifier_is_an_age(reference):
    text = "MDA evacuated 92 wounded in Israel, among them a woman aged about 30 in serious condition."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [92]


def test_things_that_a_noun_of_people_is_of_leave_the_count_its_verb(reference):
    text = "According to UNRWA, around 32,000 residents of the three camps remain displaced in the West Bank."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [(32000, "displaced")]


def test_people_that_a_noun_of_people_is_of_are_a_count(reference):
    text = "The children of the 20 hostages still held in Gaza wrote to the prime minister."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [(20, "hostages_held")]


def test_a_group_of_thousands_after_a_dot_is_no_decimal(reference):
    text = "El Ministerio de Sanidad de Gaza cifra en 26.083 los muertos."
    assert [f["value"] for f in figures_in(reference, text, "es")] == [26083]


def test_a_footnote_mark_is_no_number(reference):
    text = (
        "At least nine people were still under the rubble in Gaza, the agency said.[25] Another 4 were"
        " hurt.[26]"
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [9, 4]


def test_who_shows_a_tally_and_where_an_armed_group_counts_its_own(reference):
    tally = only(reference, "More than 1,200 people were killed in Israel, Israeli tallies show.")
    assert tally["attributed_to"] == "Israeli official figures"
    fighters = only(reference, "Hezbollah said eight of its fighters were killed.")
    assert (fighters["location"], fighters["subgroup"], fighters["attributed_to"]) == (
        "Lebanon",
        "combatants",
        "Hezbollah",
    )


def test_nationalities_are_foreign_nationals_and_a_family_is_not_a_count(reference):
    rows = figures(reference, "Seven aid workers, including three British nationals, were killed in Gaza.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(7, "aid_workers"), (3, "foreign_nationals")]
    rows = figures(reference, "Hamas released 17 hostages, including 14 Israelis and three Americans.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(17, "all"), (14, "all"), (3, "foreign_nationals")]
    rows = figures(reference, "Among the dead in Gaza were 14 members of one family, relatives said.")
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 14)]


@pytest.mark.parametrize(
    ("headline", "metric"),
    [
        ("Hamas frees 24 hostages as truce takes hold", "hostages_released"),
        ("Israeli strike wounds 15 in Rafah", "injured"),
        ("Militants seize 240 hostages in southern Israel", "hostages_taken"),
        ("Israeli forces rescue four hostages in Nuseirat", "hostages_rescued"),
        ("More than 100,000 people flee Rafah", "displaced"),
    ],
)
def test_headlines_in_the_present_tense(reference, headline, metric):
    assert [r["metric"] for r in figures(reference, headline)] == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed 57 children, the ministry said, and 1.1 million people face catastrophic hunger.",
        "The strikes killed 57 people and 1.1 million people are at risk of famine.",
    ],
)
def test_a_count_with_a_verb_of_its_own_does_not_share_the_verb_before(reference, text):
    assert [f["value"] for f in figures(reference, text)] == [57]


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed 57 children and 20 women sheltering in a school in Gaza.",
        "Les frappes ont tué 57 enfants et 20 femmes palestiniennes à Gaza.",
    ],
)
def test_a_count_without_a_verb_of_its_own_shares_the_verb_before(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(57, "killed"), (20, "killed")]


def test_a_thing_within_a_noun_phrase_is_not_what_an_inclusion_belongs_to(reference):
    found = figures(
        reference,
        "The attack killed four members of one family in Gaza, including two children, relatives said.",
    )
    assert [(f["value"], f["subgroup"]) for f in found] == [(4, "all"), (2, "children")]
    found = figures(
        reference, "Seven aid workers were killed in Gaza. They were in three vehicles, two of them armoured."
    )
    assert [f["value"] for f in found] == [7]  # the two are vehicles


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Two children aged 3 and 5 were killed in Gaza.", [2]),
        ("Men over 50 and 20 women were killed in Gaza.", [20]),  # the 20 counts women, not an age
        # "aged" only ever leads an age, whatever comes before it
        ("A boy aged five was among the 33 hostages released.", [33]),
        (
            "Israel named 33 hostages to be freed, among them two children, Kfir and Ariel Bibas, aged one "
            "and five when they were abducted.",
            [33, 2],
        ),
        ("Men aged over 50 and 20 women were freed from Gaza.", [20]),
        ("Children aged 3 and 5 were among 20 people killed in Gaza.", [20]),
        # unless the list ends in people of its own
        ("Aged 3 and 5 children were killed in Gaza.", [5]),
        # one person's age, told after "who was" or as "a boy of"
        ("Two children are held in Gaza: Kfir, and his brother Ariel, who was four.", [2]),
        ("Among the 30 people wounded in Gaza was her son, who is 12.", [30]),
        ("A boy of five was among 30 people killed in Gaza.", [30]),
        ("A girl of 12 was among 30 people killed in Gaza.", [30]),
        # a family is counted by its members
        ("A family of seven was among 30 people killed in Gaza.", [7, 30]),
    ],
)
def test_ages_listed_after_an_age_marker_are_ages(reference, text, counts):
    assert [f["value"] for f in figures(reference, text)] == counts


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Israel says 37 of the 101 hostages still held in Gaza are dead.",
            ["hostages_dead", "hostages_held"],
        ),
        ("35 of the 101 hostages have been declared dead.", ["hostages_dead", "hostages_held"]),
        ("12 of the 40 wounded in Gaza have died.", ["killed", "injured"]),
    ],
)
def test_the_verb_after_a_partitive_is_the_parts(reference, text, metrics):
    assert [f["metric"] for f in figures(reference, text)] == metrics


def test_a_number_word_after_the_repeats_a_count_already_made(reference):
    text = (
        "Israeli forces rescued two hostages in Rafah on Monday. "
        "The two men, who spent 128 days in captivity, were taken to hospital."
    )
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(2, "hostages_rescued")]


def test_a_number_word_after_all_repeats_a_count_already_made(reference):
    text = (
        "Three Israeli men held hostage in Gaza have been released by Hamas. All three were seized from"
        " their homes in Be'eri during the attack."
    )
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(3, "hostages_released")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fifty hostages remain in Gaza. Israeli officials believe 20 of the 50 are alive."),
        ("es", "Quedan 50 rehenes en Gaza. Se cree que 20 de los 50 siguen vivos."),
        ("fr", "Il reste 50 otages à Gaza. Israël estime que 20 des 50 sont en vie."),
    ],
)
def test_a_count_of_the_count_already_made_before_a_verb_is_its_part(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in found] == [(50, "hostages_held"), (20, "hostages_held")]


def test_a_count_of_the_count_already_made_before_its_noun_keeps_its_own_predicate(reference):
    text = (
        "Hamas is to free 33 hostages. Israel believes eight of the 33 hostages due to be released are dead."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found if f["value"] == 8] == [(8, "hostages_dead")]


def test_a_number_word_after_the_with_no_count_before_is_a_count(reference):
    found = only(reference, "Israeli forces rescued the four hostages held in Nuseirat.")
    assert (found["value"], found["metric"]) == (4, "hostages_rescued")


@pytest.mark.parametrize(
    "text",
    [
        "More than 10 children a day have been killed in Gaza, UNICEF said.",
        "About 100 people per day were killed in the first week of the war in Gaza.",
    ],
)
def test_a_rate_past_the_noun_it_counts_is_no_figure(reference, text):
    assert figures(reference, text) == []


def test_a_rate_is_past_a_noun_of_people_only(reference):
    assert [f["value"] for f in figures(reference, "Five were killed a week ago in Gaza.")] == [5]


def test_a_day_earlier_past_the_noun_is_no_rate(reference):
    assert [
        f["value"] for f in figures(reference, "Strikes killed 25 Palestinians a day earlier in Gaza.")
    ] == [25]


def test_a_fact_box_label_says_what_its_number_counts(reference):
    text = (
        "Killed in Gaza: at least 44,000, according to the health ministry\n"
        "Hostages still held: 101, of whom at least 35 are believed dead\n"
        "Soldiers killed since the ground invasion: 380\n"
        "Displaced: 1.9 million, about 90 per cent of the population"
    )
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures(reference, text)]
    assert found == [
        (44000, "killed", "all"),
        (101, "hostages_held", "all"),
        (35, "hostages_dead", "all"),
        (380, "killed", "soldiers"),
        (1900000, "displaced", "all"),
    ]


def test_a_fact_box_value_before_its_label_is_counted_by_the_label(reference):
    text = (
        "By the numbers:\n"
        "• 610: People killed in Iran since June 13, according to Iran's Health Ministry.\n"
        "• 3,238: People treated for injuries in Israeli hospitals, per Israel's Health Ministry.\n"
        "• 550: Ballistic missiles fired by Iran at Israel.\n"
        "50 hostages remain in Gaza."
    )
    found = [(f["value"], f["metric"]) for f in figures(reference, text)]
    assert found == [(610, "killed"), (3238, "injured"), (50, "hostages_held")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a day with its year in the label
        ("Killed in Israel on October 7, 2023: about 1,200", (1200, "killed", "all")),
        # a bulleted line
        ("- Injured: 169,890", (169890, "injured", "all")),
        ("• Injured: 169,890", (169890, "injured", "all")),
        # a numbered line: the list's number is no figure
        ("2- Missing: 9,500", (9500, "missing", "all")),
        ("2 – Missing: 9,500", (9500, "missing", "all")),
        ("3. Wounded and injured: 162,005", (162005, "injured", "all")),
        ("3) Wounded and injured: 162,005", (162005, "injured", "all")),
        ("- UN staff killed: more than 370, according to UNRWA", (370, "killed", "un_staff")),
        # a label of up to 80 characters
        (
            "Israeli soldiers killed in Gaza since the ground offensive began: 466",
            (466, "killed", "soldiers"),
        ),
    ],
)
def test_a_longer_fact_box_label_says_what_its_number_counts(reference, line, expected):
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures(reference, f"By the numbers\n{line}")]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a noun of its own is read as it stands
        ("Hostages: 40 prisoners were freed on Sunday.", [(40, "prisoners_released")]),
        # a long clause before a colon is no label
        ("The ministry has counted the dead since the war began in October and told reporters: 40 more.", []),
    ],
)
def test_what_is_no_fact_box_label(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Entre los fallecidos en Gaza hay dos menores de 16 y 17 años.", [2]),
        ("Two boys, 16 and 17 years old, were killed in Gaza.", [2]),
        # a number listed with one that counts people counts people too
        ("Strikes killed 16 and 17 people were wounded in Gaza.", [16, 17]),
    ],
)
def test_a_number_listed_before_a_unit_shares_the_unit(reference, text, counts):
    assert [f["value"] for f in figures(reference, text)] == counts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "For every deceased hostage whose remains are returned, Israel will hand over"
            " the bodies of 15 Palestinians.",
        ),
        (
            "es",
            "Por cada rehén fallecido cuyos restos sean devueltos, Israel entregará los"
            " cuerpos de 15 palestinos.",
        ),
        (
            "fr",
            "Pour chaque otage décédé dont la dépouille est rendue, Israël remettra les"
            " corps de 15 Palestiniens.",
        ),
        ("en", "In exchange for every deceased hostage, Israel hands over the bodies of 15 Palestinians."),
        ("en", "In exchange for each deceased hostage, Israel hands over the bodies of 15 Palestinians."),
        ("es", "A cambio de cada rehén fallecido, Israel entrega los cuerpos de 15 palestinos."),
        ("fr", "En échange de chaque dépouille d'otage, Israël remet les corps de 15 Palestiniens."),
    ],
)
def test_a_count_after_a_ratio_opening_its_sentence_is_no_figure(reference, language, text):
    assert figures_in(reference, text, language) == []


def test_a_ratio_opening_another_sentence_leaves_a_count_alone(reference):
    text = "For every hostage, Israel frees 30 prisoners. So far, 90 prisoners have been released."
    assert [(f["metric"], f["value"]) for f in figures(reference, text)] == [("prisoners_released", 90)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 500 families were displaced from Jenin camp."),
        ("en", "Some 3,000 households have lost their homes."),
        ("es", "Más de 500 familias fueron desplazadas del campo de Yenín."),
        ("fr", "Plus de 500 familles ont été déplacées du camp de Jénine."),
    ],
)
def test_families_and_households_are_not_counts_of_people(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The operation has displaced about 40,000 people from three camps."),
        ("en", "The operation has displaced about 40,000 people from four neighbourhoods."),
        ("en", "The operation has displaced about 40,000 people from four neighborhoods."),
        ("es", "La operación ha desplazado a unas 40.000 personas de tres campamentos."),
        ("es", "La operación ha desplazado a unas 40.000 personas de cuatro barrios."),
        ("fr", "L'opération a déplacé quelque 40 000 personnes de trois camps."),
        ("fr", "L'opération a déplacé quelque 40 000 personnes de quatre quartiers."),
    ],
)
def test_a_count_of_camps_or_neighbourhoods_is_no_count_of_people(reference, language, text):
    assert [(f["metric"], f["value"]) for f in figures_in(reference, text, language)] == [
        ("displaced", 40000)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All 20 living hostages are home.", (20, "hostages_released")),
        (
            "The last 20 living hostages held in Gaza were back in Israel on Monday.",
            (20, "hostages_released"),
        ),
        ("The 20 hostages are back home.", (20, "hostages_released")),
        ("Some 154 of the long-term prisoners were deported to Egypt.", (154, "prisoners_released")),
        # the dead still in Gaza are the dead, still held
        ("That leaves 24 dead hostages still in Gaza.", (24, "hostages_dead")),
    ],
)
def test_hostages_home_and_prisoners_deported_are_released(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # where the freed were detained is where they came from
        ("Israel freed 1,718 Gazans detained in Gaza during the war.", "Israel"),
        ("Israel freed 1,718 Gazans arrested in Gaza during the war.", "Israel"),
        # where they were held is where they are freed from
        ("Israel freed 90 prisoners held in the West Bank.", "West Bank"),
        # an arrest is placed where it was made
        ("Israel has arrested 18,500 people in the West Bank.", "West Bank"),
    ],
)
def test_prisoners_freed_are_placed_where_they_were_held_not_taken(reference, text, location):
    assert [f["location"] for f in figures(reference, text)] == [location]


def test_a_speaker_before_a_colon_speaks_for_the_count_before_it_and_those_after(reference):
    text = (
        "Israel released 1,968 prisoners on Monday, the Israel Prison Service said: 250 serving long"
        " sentences and 1,718 people detained during the war."
    )
    assert [f["attributed_to"] for f in figures(reference, text)] == ["Israeli official figures"] * 3


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Between 10 and 20 of the hostages are over the age of 60.", [(10, 20)]),
        ("es", "Entre 10 y 20 de los rehenes tienen más de la edad de 60 años.", [(10, 20)]),
        ("fr", "Entre 10 et 20 des otages ont dépassé l'âge de 60 ans.", [(10, 20)]),
    ],
)
def test_an_age_after_the_age_of_is_no_figure(reference, language, text, values):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"]) for f in found] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb of notice
        ("The IDF has notified the families of 203 hostages held in Gaza.", ("Israeli military", "all")),
        ("The IDF notes that 203 hostages are held in Gaza.", ("Israeli military", "all")),
        # a part of a group named with it takes the copula's subgroup
        ("The IDF said that more than 20 of the hostages are minors.", ("Israeli military", "children")),
    ],
)
def test_notice_is_speech_and_a_part_takes_its_copulas_subgroup(reference, text, expected):
    assert [(f["attributed_to"], f["subgroup"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The number of people murdered in the attack on 7 October has passed 1,400.",
        "Some 1,200 people were killed in the attack on October 7.",
    ],
)
def test_an_attack_on_a_named_day_is_the_named_day(reference, text):
    found = figures_in(reference, text, "en", date(2024, 10, 19))
    assert [(f["metric"], f["location"], f["event_date"]) for f in found] == [
        ("killed", "Israel", "2023-10-07")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose from 30 to 40 dead.", [(30, None), (40, None)]),
        ("The number of wounded increased from 30 to 40.", [(30, None), (40, None)]),
        ("From 30 to 40 wounded people were admitted.", [(30, 40)]),
    ],
)
def test_a_change_from_one_count_to_another_is_no_range(reference, text, expected):
    assert [(f["value"], f["value_high"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "De 30 a 40 personas resultaron heridas.", [(30, 40, "injured")]),
        ("es", "El balance pasó de 30 a 40 muertos.", [(30, None, "killed"), (40, None, "killed")]),
        ("es", "La cifra de heridos subió de 30 a 40.", [(30, None, "injured"), (40, None, "injured")]),
        ("es", "El balance fue revisado al alza de 30 a 40.", [(30, None, "killed"), (40, None, "killed")]),
        ("fr", "Les frappes ont fait de 30 à 40 blessés.", [(30, 40, "injured")]),
        ("fr", "Le bilan est passé de 30 à 40 morts.", [(30, None, "killed"), (40, None, "killed")]),
        ("fr", "Le nombre de blessés a grimpé de 30 à 40.", [(30, None, "injured"), (40, None, "injured")]),
        (
            "fr",
            "Le bilan a été revu à la hausse de 30 à 40 morts.",
            [(30, None, "killed"), (40, None, "killed")],
        ),
    ],
)
def test_spanish_and_french_ranges_and_changes(reference, language, text, expected):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"], f["metric"]) for f in found] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", f"The number of wounded {verb} from 30 to 40.") for verb in ("went", "changed")]
    + [
        ("es", f"La cifra de heridos {verb} de 30 a 40.")
        for verb in ("pasó", "ha pasado", "pasaba", "aumentó", "ha aumentado", "subió", "ha subido")
        + ("se elevó", "se ha elevado", "creció", "ha crecido", "bajó", "ha bajado", "cayó", "ha caído")
        + ("descendió", "ha descendido")
    ]
    + [
        ("fr", f"Le nombre de blessés {verb} de 30 à 40.")
        for verb in ("est passé", "passe", "a augmenté", "a grimpé", "est monté", "a bondi", "a baissé")
        + ("a chuté", "a diminué")
    ]
    + [("fr", "Le nombre de blessés, passant de 30 à 40, inquiète.")],
)
def test_every_verb_of_change_parts_the_count_before_from_the_count_now(reference, language, text):
    assert [f["value_high"] for f in figures_in(reference, text, language)] == [None, None]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Parmi les blessés, 71 enfants ont été touchés par balle.", [(71, "injured")]),
        ("fr", "Au total, 71 enfants ont été blessés par balle.", [(71, "injured")]),
        ("fr", "Ses équipes soignaient plus de 20 blessés par heure.", []),
        ("es", "Sus equipos atendían a más de 20 heridos por hora.", []),
        ("en", "Its teams treated more than 20 wounded people per hour.", []),
        # a week-long truce is no rate
        (
            "en",
            "In all, 117 hostages have been returned alive, including 105 freed during a week-long truce.",
            [(117, "hostages_released"), (105, "hostages_released")],
        ),
    ],
)
def test_shot_is_injured_and_a_count_per_hour_is_a_rate(reference, language, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The deal says that, for every dead hostage returned, Israel returns the bodies of 15 people.",
        ),
        (
            "fr",
            "Le texte prévoit que, pour chaque otage mort restitué, Israël rende les corps de 15 personnes.",
        ),
    ],
)
def test_a_ratio_that_opens_a_clause_makes_its_count_a_rate(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "The number of martyrs has risen to 64,300 (sixty-four thousand three hundred).",
        "The toll has risen to 64,300 (64,300) martyrs.",
    ],
)
def test_a_number_restated_in_brackets_is_one_figure(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(64300, "killed")]


def test_a_number_in_brackets_that_differs_is_a_figure_of_its_own(reference):
    text = "The toll has risen to 64,300 (64,000 on Friday) martyrs."
    assert [f["value"] for f in figures(reference, text)] == [64300, 64000]


@pytest.mark.parametrize(
    "text",
    ["At least 30 Palestinians were martyred in Israeli strikes.", "The strikes left at least 30 martyrs."],
)
def test_martyrs_are_killed(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(30, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as" opens a clause of its own: the count after it is not of the kind before it
        (
            "Army tells families of 97 hostages their relatives are held as the death toll passes 1,300",
            [(97, "hostages_held"), (1300, "killed")],
        ),
        (
            "Families of 97 hostages informed as Israel's death toll passes 1,300",
            [(97, "hostages_held"), (1300, "killed")],
        ),
        # a clause of contrast goes on the same count: the 35 are hostages too
        (
            "Of the 58 hostages, 20 are believed to be alive, while Israel has confirmed the deaths of 35.",
            [(58, "hostages_held"), (20, "hostages_held"), (35, "hostages_dead")],
        ),
    ],
)
def test_a_count_after_as_is_of_its_own_clause(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel holding more than 10,000 Palestinians as deaths in custody mount.",
            (10000, "prisoners_held"),
        ),
        ("Israel holding more than 10,000 Palestinians as injuries mount.", (10000, "prisoners_held")),
        ("The army lists 33 soldiers as missing.", (33, "missing")),
    ],
)
def test_as_before_a_noun_of_an_event_opens_a_clause_not_an_event(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of the event stays the count's past a verb of record
        ("Malnutrition deaths recorded by the ministry rose to 235.", [(235, "killed")]),
        (
            "Deaths reported by hospitals rose to 235, including 106 children.",
            [(235, "killed"), (106, "killed")],
        ),
        # a verb of the event before a verb of publication is the figures', not the count's
        ("Figures released by the army on Monday showed 34,183.", []),
    ],
)
def test_a_noun_of_the_event_before_a_verb_of_record_counts(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 children have lost limbs.", (4000, "injured")),
        ("Gaza now has 4,000 child amputees.", (4000, "injured")),
        ("We will remember the 900 soldiers who fell in this war.", (900, "killed")),
        ("The 900 soldiers who have fallen are remembered.", (900, "killed")),
        ("The names of 900 soldiers who had fallen were read.", (900, "killed")),
    ],
)
def test_amputees_are_injured_and_soldiers_who_fell_are_killed(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "In 47 of these incidents, ten members of a single family were killed.", [10]),
        ("en", "The army is investigating 12 incidents in which 40 civilians were killed.", [40]),
        ("es", "En 47 de estos incidentes murieron diez miembros de una familia.", [10]),
        ("fr", "Dans 47 de ces incidents, dix membres d'une même famille ont été tués.", [10]),
    ],
)
def test_a_count_of_incidents_is_no_figure(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        (
            "es",
            "Cerca de 1.9 millones de personas, alrededor de 90 por ciento de los habitantes, huyeron.",
            [1900000],
        ),
        ("es", "Unos 90 por ciento de los habitantes han sido desplazados.", []),
        (
            "fr",
            "Près de 90 pour cent des habitants, soit 1,9 million de personnes, ont été déplacés.",
            [1900000],
        ),
    ],
)
def test_the_number_word_of_a_percent_is_no_count(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 60,034 have been killed in Gaza, nearly one Gazan in 35."),
        ("fr", "Plus de 60 034 personnes ont été tuées à Gaza, soit près d'un Gazaoui sur 35."),
        ("es", "Más de 60.034 personas murieron en Gaza, casi un gazatí de cada 35."),
    ],
)
def test_the_whole_of_a_ratio_past_what_it_counts_is_no_count(reference, language, text):
    assert 35 not in [f["value"] for f in figures_in(reference, text, language)]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        (
            "en",
            "The toll passed 60,000 in an enclave that had 2.1 million inhabitants before the war.",
            [60000],
        ),
        (
            "fr",
            "Le bilan dépasse 60 000 morts, dans une enclave qui comptait 2,1 millions d'habitants.",
            [60000],
        ),
        (
            "es",
            "El balance supera los 60.000 muertos en un enclave que tenía 2,1 millones de habitantes.",
            [60000],
        ),
        # inhabitants something befell are counted
        ("en", "Strikes killed 12 inhabitants of Jabalia.", [12]),
        ("en", "About 2,000 inhabitants of the camp have fled.", [2000]),
        (
            "en",
            "About 60,000 inhabitants of the villages along the northern border are still unable to"
            " return home.",
            [60000],
        ),
    ],
)
def test_inhabitants_nothing_befell_are_a_population(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le Hamas annonce que 14 otages israéliens et trois étrangers doivent être libérés dans la"
            " soirée.",
        ),
        ("en", "Hamas says 14 Israeli hostages and three foreigners are to be freed this evening."),
        ("es", "Hamás anuncia que 14 rehenes israelíes y tres extranjeros deben ser liberados esta noche."),
    ],
)
def test_counts_that_share_a_verb_share_its_status(reference, language, text):
    assert statuses_of(reference, text, language) == [("hostages_released", "proposed")] * 2


def test_a_part_does_not_take_the_status_of_its_wholes_verb(reference):
    text = (
        "Hamas has so far returned the bodies of 21 of the 28 deceased hostages it was required to hand over."
    )
    assert statuses_of(reference, text, "en")[0] == ("hostages_dead", "reported")


def test_the_injury_of_a_count_is_a_count_of_injured(reference):
    text = "These attacks resulted in the death of 315 persons and the injury of 212 others in Syria."
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(315, "killed"), (212, "injured")]


def test_the_items_of_a_list_count_what_its_lead_names(reference):
    text = (
        "According to the monitor, the fatalities in Syria are distributed as follows:\n\n"
        "- Civilians: 46, including 8 women\n"
        "- Regime soldiers and officers: 61\n"
        "- In Damascus: 20\n\n"
        "The monitor relies on a network of 12 sources.\n\n"
        "- Civilians: 12\n"
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["subgroup"]) for f in found] == [
        (46, "killed", "civilians"),
        (8, "killed", "women"),
        (61, "killed", "soldiers"),
        (20, "killed", "all"),
    ]


def test_a_sentence_after_a_lists_lead_that_is_no_item_counts_nothing_of_it(reference):
    text = "The fatalities are distributed as follows:\n\nTwelve names on the list were verified.\n"
    assert figures_in(reference, text, "en") == []


def test_the_items_of_a_list_take_the_group_and_day_of_its_lead(reference):
    text = "Journalists killed, by place of death, as of August 28, 2025:\n- Gaza: 184\n- Lebanon: 6\n"
    found = figures_in(reference, text, "en", date(2025, 8, 29))
    assert [(f["value"], f["metric"], f["location"], f["subgroup"], f["as_of"]) for f in found] == [
        (184, "killed", "Gaza", "journalists", "2025-08-28"),
        (6, "killed", "Lebanon", "journalists", "2025-08-28"),
    ]


def test_an_item_that_names_a_kind_but_no_event_takes_its_leads_event(reference):
    text = "Under the deal, Israel will free:\n\n• 250 Palestinian prisoners serving life sentences\n"
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [
        (250, "prisoners_released")
    ]


def test_the_items_of_a_list_whose_lead_names_no_event_count_nothing(reference):
    text = "The monitor draws on these networks:\n\n- Local activists: 12\n- Medical sources: 30\n"
    assert figures_in(reference, text, "en") == []


def test_a_toll_that_counts_a_count_of_another_event_leaves_it_that_event(reference):
    text = (
        "Strikes killed 16 people in Lebanon, the ministry said in a preliminary toll that also counted"
        " 52 wounded."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(16, "killed"), (52, "injured")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ten people were believed to still be trapped under the collapsed building in Gaza."),
        ("es", "Diez personas siguen atrapadas bajo el edificio derrumbado en Gaza."),
        ("fr", "Dix personnes sont toujours coincées sous l'immeuble effondré à Gaza."),
        ("en", "Ten people are trapped beneath the rubble of the building in Gaza."),
        ("es", "Diez civiles siguen atrapados bajo el edificio derrumbado en Gaza."),
        ("fr", "Dix civils sont toujours coincés sous l'immeuble effondré à Gaza."),
    ],
)
def test_people_trapped_under_a_building_are_missing(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [(10, "missing")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 40,000 residents of northern communities have yet to return to their homes in Israel."),
        ("en", "About 40,000 Israelis have yet to return home."),
        ("es", "Unos 40.000 vecinos del norte de Israel siguen sin poder regresar a sus hogares."),
        ("es", "Unos 40.000 vecinos del norte de Israel no han podido regresar a sus hogares."),
        ("fr", "Quelque 40 000 habitants du nord d'Israël n'ont toujours pas pu rentrer chez eux."),
    ],
)
def test_people_yet_to_return_home_are_displaced(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in found] == [(40000, "displaced", "Israel")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Around 40,000 residents of northern Israel remain out of their homes."),
        ("en", "Officials said 40,000 people in Israel had been forced out of homes damaged by missiles."),
        ("en", "Nearly 40,000 people in Gaza are still living in makeshift shelters."),
        ("es", "Unas 40.000 personas siguen fuera de sus hogares en el norte de Israel."),
        ("es", "Cerca de 40.000 personas viven en refugios improvisados en Gaza."),
        ("fr", "Quelque 40 000 habitants du nord d'Israël restent hors de chez eux."),
        ("fr", "Près de 40 000 personnes vivent dans des abris de fortune à Gaza."),
    ],
)
def test_people_out_of_their_homes_or_in_makeshift_shelters_are_displaced(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (40000, "displaced")
    ]


@pytest.mark.parametrize("verb", ["taken to hospital", "taken to hospitals", "admitted to hospital"])
def test_people_taken_to_hospital_are_injured(reference, verb):
    text = f"The Health Ministry says 3,238 people have been {verb} in Israel since the missiles hit."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["injured"]


def test_counts_listed_after_a_count_whose_event_its_list_gives_share_that_event(reference):
    text = (
        "The ministry's list of identified dead, updated on Monday, includes 18,430 children, 9,735 women"
        " and 26,870 men in Gaza."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["subgroup"]) for f in found] == [
        (18430, "killed", "children"),
        (9735, "killed", "women"),
        (26870, "killed", "men"),
    ]


def test_a_count_coordinated_with_a_count_whose_event_its_list_gives_shares_that_event(reference):
    text = (
        "The ministry's list of identified dead, updated on Monday, includes 18,430 children and 9,735 women."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found] == [(18430, "killed"), (9735, "killed")]


def test_a_count_coordinated_after_and_takes_no_event_from_the_noun_of_the_count_before(reference):
    text = "Tailandia ha elevado a 21 el número de sus ciudadanos muertos y a 16 el de secuestrados."
    metrics = [f["metric"] for f in figures_in(reference, text, "es")]
    assert metrics[0] == "killed" and metrics[1] != "hostages_dead"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "12/01/2025 - Sanidad de Gaza informa de 40 muertos en Gaza."),
        ("es", "Ministerio de Sanidad de Gaza | Muertos | 40 | 12/01/2025"),
        ("en", "On 01-04-2024, 40 people were killed in Gaza."),
        ("fr", "Le 01/04/24, 40 personnes ont été tuées à Gaza."),
    ],
)
def test_a_day_and_month_in_digits_before_a_year_are_a_date(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Hamas a précisé que 150 hommes détenus dans les prisons israéliennes seraient libérés."),
        ("fr", "Le Hamas a précisé que 150 femmes détenues dans les prisons israéliennes seraient libérées."),
        ("fr", "Le Hamas a précisé que 150 femmes détenues dans les prisons israéliennes seront libérées."),
        ("es", "Hamás dijo que 150 mujeres detenidas en cárceles israelíes serán liberadas."),
        ("es", "Hamás dijo que 150 hombres detenidos en cárceles israelíes serían liberados."),
        ("es", "Hamás dijo que 150 mujeres detenidas en cárceles israelíes serían liberadas."),
    ],
)
def test_prisoners_held_who_would_be_freed_are_a_proposed_release(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["metric"], f["status"]) for f in found] == [("prisoners_released", "proposed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The spokesman said 116 medics were killed in Gaza, and that 35 ambulances were out of service.",
        ),
        ("en", "Four children died of cold in Gaza, and some 22,000 tents were damaged or swept away."),
        ("es", "Murieron 116 sanitarios en Gaza y 35 ambulancias quedaron fuera de servicio."),
        ("es", "Murieron 116 niños de frío en Gaza y unas 22.000 tiendas resultaron dañadas."),
        ("fr", "Au moins 116 soignants ont été tués à Gaza et 35 ambulances ont été mises hors service."),
        (
            "fr",
            "Au moins 116 enfants sont morts de froid à Gaza et quelque 22 000 tentes ont été endommagées.",
        ),
    ],
)
def test_ambulances_and_tents_are_things(reference, language, text):
    assert len(figures_in(reference, text, language)) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "None of the 347 Irish troops serving in Lebanon was hurt, the army said."),
        ("en", "Not one of the 347 Irish troops serving in Lebanon was hurt, the army said."),
        ("es", "Ninguno de los 347 soldados irlandeses desplegados en el Líbano resultó herido."),
        ("es", "Ninguna de las 347 enfermeras desplegadas en el Líbano resultó herida."),
        ("fr", "Aucun des 347 soldats irlandais déployés au Liban n'a été blessé."),
        ("fr", "Aucune des 347 infirmières déployées au Liban n'a été blessée."),
    ],
)
def test_none_of_a_number_of_people_is_no_count_of_what_befell_them(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        (
            "en",
            "More than 1.7 million people, or three quarters of the population, have fled, the UN said.",
            "1.7 million",
        ),
        (
            "fr",
            "Plus de 1,7 million de personnes, soit les trois quarts de la population, ont fui.",
            "1,7 million",
        ),
        ("fr", "Quelque 300 000 personnes, soit deux tiers des habitants, ont fui.", "300 000"),
        ("fr", "Au moins 50 000 habitants, soit deux cinquièmes de la ville, ont fui.", "50 000"),
        ("fr", "Environ 40 000 personnes, soit trois dixièmes de la région, ont fui.", "40 000"),
        ("es", "Unas 300.000 personas, dos tercios de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, tres cuartos de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, cuatro quintos de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, tres décimos de la población, han huido.", "300.000"),
    ],
)
def test_a_number_before_a_fractions_denominator_is_no_count(reference, language, text, mention):
    assert [f["mention"] for f in figures_in(reference, text, language)] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "Unos 60.000 israelíes siguen fuera de sus casas en el norte.",
        "En Rafah se hacinan 1,4 millones de personas huidas de otras zonas.",
        "En Rafah viven 900 niños huidos del norte.",
    ],
)
def test_people_out_of_their_houses_or_fled_are_displaced_in_spanish(reference, text):
    assert [f["metric"] for f in figures_in(reference, text, "es")] == ["displaced"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 20 people were killed every day in Gaza."),
        ("en", "Some 20 people were wounded each day in Gaza."),
        ("en", "An average of 20 people were killed in Gaza."),
        ("en", "On average more than 20 people were killed in Gaza."),
        ("es", "Más de 20 personas murieron cada día en Gaza."),
        ("es", "Una media de 20 personas murieron en Gaza."),
        ("es", "En promedio 20 personas murieron en Gaza."),
        ("fr", "Plus de 20 personnes ont été tuées chaque jour à Gaza."),
        ("fr", "En moyenne, 20 personnes ont été tuées à Gaza."),
    ],
)
def test_rates_and_averages_are_no_counts(reference, language, text):
    assert figures_in(reference, text, language) == []


def test_a_share_of_a_count_set_off_after_it_is_no_rate_of_it(reference):
    text = (
        "UN OCHA estimates that roughly 1.7 million people, around three in every four Gazans, are displaced."
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [1700000]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the kibbutz, a quarter of the roughly 400 residents were killed or abducted."),
        ("fr", "Au kibboutz, un quart des quelque 400 habitants ont été tués ou enlevés."),
        ("fr", "Au kibboutz, un tiers des 400 habitants ont été tués."),
        ("fr", "Au kibboutz, la moitié des 400 habitants ont été tués."),
        ("es", "En el kibutz, una cuarta parte de los cerca de 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, un tercio de los 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, la tercera parte de los 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, la mitad de los 400 habitantes fueron asesinados."),
    ],
)
def test_the_people_a_fraction_is_taken_from_are_no_count_of_what_befell_the_fraction(
    reference, language, text
):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    "model", ["an Il-76 transport plane", "two F-35 jets", "a Su-24 bomber", "the MH-17 airliner"]
)
def test_a_number_in_a_models_name_is_no_count(reference, model):
    found = figures(reference, f"Officials said 74 people were killed when {model} was shot down.")
    assert [f["value"] for f in found] == [74]


@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        ("en", "Twenty people were killed. FRANCE 24 could not independently verify the toll.", [""]),
        ("en", "Twenty people were killed, Israel's Channel 13 reported.", ["Israeli media"]),
        ("fr", "Vingt personnes ont été tuées, selon France 24.", ["France 24"]),
        ("es", "Veinte personas murieron, según France 24.", ["France 24"]),
        ("en", "Twenty people were killed, Channel 14 reported.", ["Israeli media"]),
        ("en", "Twenty people were killed, Kan 11 reported.", ["Israeli media"]),
        ("en", "Twenty people were killed, i24NEWS reported.", ["Israeli media"]),
    ],
)
def test_a_number_in_a_known_sources_name_is_no_count(reference, language, text, sources):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["attributed_to"]) for f in found] == [(20, s) for s in sources]
