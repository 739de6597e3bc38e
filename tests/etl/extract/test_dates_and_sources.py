"""When a figure holds and who said it: statement dates, relative days, chains, pronouns, names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from etl.extract.dates import dates_in, resolve
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.conftest import figures_in

MONDAY = date(2024, 3, 4)


def read(reference, text: str, published: date | None = MONDAY, language: str = "en") -> list[dict]:
    document = Document(doc="t.txt", text=text, language=language, published_at=published)
    return extract_document(document, reference).to_dict("records")


def test_as_of_date_resolves_against_publication(reference):
    (figure,) = read(reference, "UN OCHA said 1,200 people were displaced in Gaza as of 28 February.")
    assert figure["as_of"] == "2024-02-28"


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("fr", "Selon le ministère, 4 031 personnes ont été tuées au 1er mars.", "2024-03-01"),
        (
            "fr",
            "Selon le ministère, 4 031 personnes ont été tuées au Liban depuis le 8 octobre.",
            "2024-03-04",
        ),
        (
            "es",
            "Según el ministerio, 4.031 personas murieron al sur de Gaza desde el 8 de octubre.",
            "2024-03-04",
        ),
    ],
)
def test_a_day_after_as_of_that_starts_a_period_is_no_day_the_count_holds(reference, language, text, as_of):
    assert [f["as_of"] for f in figures_in(reference, text, language, MONDAY)] == [as_of]


def test_figures_with_data_as_of_a_day_hold_on_that_day(reference):
    text = "Naciones Unidas calcula, con datos a 1 de marzo, que unas 124.000 personas han huido en Gaza."
    assert [f["as_of"] for f in figures_in(reference, text, "es", MONDAY)] == ["2024-03-01"]


@pytest.mark.parametrize(
    ("language", "text", "as_of", "event_date"),
    [
        ("en", "The death toll in Gaza rose to 31,000 on Saturday, the ministry said.", "2024-03-02", ""),
        ("en", "Gaza's death toll passed 30,000 on Thursday, the ministry said on Friday.", "2024-02-29", ""),
        ("es", "El balance de muertos en Gaza ascendió a 31.000 el sábado.", "2024-03-02", ""),
        ("fr", "Le bilan des morts à Gaza a atteint 31 000 samedi.", "2024-03-02", ""),
        # the day of a killing is the event's: the count holds on the day it is told
        (
            "en",
            "Israeli strikes killed 40 people in Gaza on Saturday, medics said.",
            "2024-03-04",
            "2024-03-02",
        ),
        # "depuis" opens a period: no day the count reached
        ("fr", "Le bilan à Gaza a atteint 31 000 morts depuis le 2 mars.", "2024-03-04", ""),
        # the verb must lead to the count, and the day follow the count's own words
        (
            "en",
            "The toll rose after strikes killed 31 people in Gaza on Saturday.",
            "2024-03-04",
            "2024-03-02",
        ),
        ("en", "Gaza's toll rose to 31,000, the ministry said, after strikes on Saturday.", "2024-03-04", ""),
        ("en", "The death toll in Gaza rose to more than 31,000 on Saturday.", "2024-03-02", ""),
        ("en", "A drone hit Eilat injuring 31 people in Israel on Saturday.", "2024-03-04", "2024-03-02"),
    ],
)
def test_the_day_a_count_reached_its_value_is_the_day_it_holds(reference, language, text, as_of, event_date):
    (figure,) = read(reference, text, language=language)
    assert (figure["as_of"], figure["event_date"]) == (as_of, event_date)


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("en", "The ministry said 30,000 people had been killed in Gaza as of February 28th.", "2024-02-28"),
        (
            "en",
            "The ministry said 30,000 people had been killed in Gaza as of the 2nd of March.",
            "2024-03-02",
        ),
        ("es", "El ministerio informó de 30.000 muertos en Gaza al 1º de marzo.", "2024-03-01"),
    ],
)
def test_a_day_with_an_ordinal_suffix_is_a_day(reference, language, text, as_of):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == as_of


REACHED = {
    "en": (
        "The death toll in Gaza {} 31,000 on Saturday.",
        "rose to",
        "had risen to",
        "climbed to",
        "jumped to",
        "reached",
        "hit",
        "stood at",
        "passed",
        "surpassed",
        "crossed",
        "topped",
        "exceeded",
        "fell to",
        "dropped to",
        "increased to",
    ),
    "es": (
        "El balance de muertos en Gaza {} 31.000 el sábado.",
        "ascendió a",
        "ascendía a",
        "se elevó a",
        "alcanzó",
        "superó",
        "llegó a",
        "subió a",
        "aumentó a",
    ),
    "fr": (
        "Le bilan des morts à Gaza {} 31 000 samedi.",
        "a atteint",
        "atteignait",
        "a dépassé",
        "s'est élevé à",
        "s'élevait à",
        "a grimpé à",
        "a franchi",
        "s'établissait à",
    ),
}


@pytest.mark.parametrize(
    ("language", "verb"), [(language, verb) for language, (_, *verbs) in REACHED.items() for verb in verbs]
)
def test_each_verb_of_reaching_a_count_dates_it(reference, language, verb):
    text = REACHED[language][0].format(verb)
    (figure,) = read(reference, text, language=language)
    assert (figure["value"], figure["as_of"]) == (31000, "2024-03-02")


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("The ministry had reported 37,877 deaths in Gaza by 28 February.", "2024-02-28"),
        ("By Sunday, the toll in Gaza had risen to 300, the ministry said.", "2024-03-03"),
        # a day ahead is the horizon of a forecast, not the day a count holds
        ("Researchers said 58,260 people could die in Gaza by 30 August 2024.", "2024-03-04"),
        # "by" before a name is its agent, whatever day follows
        ("In Gaza, five people were killed by troops on Sunday.", "2024-03-04"),
    ],
)
def test_a_day_right_after_by_is_the_day_the_count_had_reached(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("By the end of June 2023, the ministry had counted 300 deaths in Gaza.", "2023-06-30"),
        ("By the end of February, the ministry had counted 300 deaths in Gaza.", "2024-02-29"),
        # a month whose end is still to come this year is last year's
        ("By the end of March, the ministry had counted 300 deaths in Gaza.", "2023-03-31"),
        ("The ministry had counted 300 deaths in Gaza by end of December.", "2023-12-31"),
        # an end still to come is the horizon of a forecast
        ("Researchers said 300 people could die in Gaza by the end of June 2024.", "2024-03-04"),
    ],
)
def test_the_end_of_a_month_is_its_last_day(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("es", "a finales de junio de 2023", "2023-06-30"),
        ("es", "a fines de febrero", "2024-02-29"),
        ("fr", "fin juin 2023", "2023-06-30"),
        ("fr", "à la fin février", "2024-02-29"),
    ],
)
def test_the_end_of_a_month_in_spanish_and_french(reference, language, text, day):
    lex = build_lexicon(reference, language)
    (found,) = dates_in(lex, text)
    assert str(resolve(lex, found.group(), MONDAY, MONDAY)) == day


def test_event_day_does_not_move_as_of(reference):
    (figure,) = read(reference, "Troops freed three hostages in Gaza on Saturday.")
    assert (figure["metric"], figure["as_of"]) == ("hostages_rescued", "2024-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "On February 19 the Gaza Health Ministry's count of the dead stood at 29,092.",
        # an article is no count
        "On February 19, a spokesman for the Gaza Health Ministry said 29,092 people had been killed.",
    ],
)
def test_a_day_opening_the_sentence_before_its_source_dates_the_statement_even_in_digits(reference, text):
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-02-19"


@pytest.mark.parametrize(
    "text",
    [
        # the count stands between the day and its source: the day is the event's
        "On Tuesday alone, a dozen people were shot dead near the corridor in Gaza, officials at Al-Awda"
        " Hospital said.",
        "On 27 February, three people were killed in a strike in Gaza, the civil defence said.",
    ],
)
def test_a_day_before_the_count_and_its_source_after_it_is_the_events(reference, text):
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-03-04"


def test_a_day_that_starts_a_period_before_its_source_is_no_day_of_the_statement(reference):
    text = "Desde el 7 de octubre de 2023, según Sanidad de Gaza, han muerto en la Franja 30.000 personas."
    (figure,) = read(reference, text, language="es")
    assert figure["as_of"] == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "At least 25 people, including four children, were killed on Saturday in a strike on a school.",
        "Some 558 people, among them 50 children and 94 women, were killed on Saturday.",
        "Three hostages and 183 prisoners were released on Saturday.",
        "Five journalists were among at least 20 people killed on Saturday.",
    ],
)
def test_counts_sharing_a_verb_share_the_day_it_names(reference, text):
    assert {figure["event_date"] for figure in read(reference, text)} == {"2024-03-02"}


def test_a_day_after_the_comma_of_a_leading_according_is_the_figures_not_the_statements(reference):
    text = "According to the Prime Minister's Office, 116 hostages abducted on October 7 remain in Gaza."
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-03-04"
    (figure,) = read(reference, "According to the health ministry on Sunday, 40 people were killed in Gaza.")
    assert figure["as_of"] == "2024-03-03"


def test_leading_day_dates_the_statement(reference):
    (figure,) = read(reference, "On Friday, the health ministry in Gaza said 80 people had been killed.")
    assert figure["as_of"] == "2024-03-01"


def test_a_day_earlier_counts_back_from_the_statement(reference):
    figures = read(
        reference, "UNRWA said on Sunday that 30 of its staff had been killed, up from 25 a day earlier."
    )
    assert [(f["value"], f["subgroup"], f["as_of"]) for f in figures] == [
        (30, "un_staff", "2024-03-03"),
        (25, "un_staff", "2024-03-02"),
    ]


def test_superseded_figure_without_a_date_has_no_as_of(reference):
    figures = read(
        reference, "Israel lowered its toll to 1,200, down from the figure of 1,400 cited for weeks."
    )
    assert [(f["value"], f["as_of"]) for f in figures] == [(1200, "2024-03-04"), (1400, "")]


def test_told_names_a_channel_not_the_source(reference):
    (figure,) = read(reference, "The Palestinian Red Crescent told AFP that 15 people were killed in Rafah.")
    assert figure["attributed_to"] == "Palestinian Red Crescent"


def test_generic_sources_keep_their_own_name(reference):
    sentences = {
        "At least 52 people were killed in Gaza, medical sources told Al Jazeera.": "Medical sources",
        "A hospital spokesperson told Reuters that 27 people were killed in Gaza.": "Hospital spokesperson",
        "More than 11,000 Palestinians were detained, according to prisoners' groups.": "Prisoners' groups",
    }
    for text, source in sentences.items():
        (figure,) = read(reference, text)
        assert figure["attributed_to"] == source, text


def test_agencies_groups_and_leaders_resolve_through_the_sources_table(reference):
    sentences = {
        "The World Food Programme said at least 90 people were killed in Gaza.": "UN",
        "Save the Children said more than 10,000 children were killed in Gaza.": "Save the Children",
        "At least 20 people were killed in Lebanon, officials said.": "Lebanese government",
        "According to official figures, 1,139 people were killed in Israel.": "Israeli official figures",
        "The Lebanese army said two of its soldiers were killed.": "Lebanese army",  # not Israel's "army"
        "Israeli Prime Minister Benjamin Netanyahu said 17,000 fighters had been killed.": (
            "Israeli Prime Minister's Office"
        ),
    }
    for text, source in sentences.items():
        (figure,) = read(reference, text)
        assert figure["attributed_to"] == source, text


def test_a_name_that_holds_a_generic_word_is_the_name(reference):
    (figure,) = read(reference, "Doctors Without Borders said 20 people were killed in Gaza.")
    assert figure["attributed_to"] == "MSF"  # the name, not "Doctors"


def test_a_name_written_without_its_accents_is_the_name(reference):
    (figure,) = read(reference, "Medecins Sans Frontieres said its teams had received 28 dead in Gaza.")
    assert figure["attributed_to"] == "MSF"


def test_the_publisher_of_a_count_is_its_source(reference):
    (released,) = read(
        reference,
        "Figures released on Sunday by the health ministry showed 34,183 people had been killed in Gaza.",
    )
    (published,) = read(
        reference, "The toll, published Tuesday by the Gaza health ministry, stood at 34,262 dead."
    )
    assert (released["metric"], released["attributed_to"], released["as_of"]) == (
        "killed",
        "Gaza Health Ministry",
        "2024-03-03",
    )
    assert published["attributed_to"] == "Gaza Health Ministry"
    (freed,) = read(reference, "Four captives had been released by Hamas in October.")
    assert freed["attributed_to"] == ""  # released by an actor: no publisher


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The war has killed 38,443 people, according to figures released this Sunday by the ministry.",
            "ministry",
        ),
        (
            "es",
            "La guerra ha causado 38.443 muertos, según el balance difundido este domingo por el Ministerio.",
            "Ministerio",
        ),
        (
            "fr",
            "La guerre a fait 38 443 morts, selon le bilan publié ce dimanche par le ministère.",
            "ministère",
        ),
    ],
)
def test_a_publisher_past_a_day_named_by_a_demonstrative_is_the_source(reference, language, text, source):
    (figure,) = figures_in(reference, text, language)
    assert figure["attributed_to"] == source


def test_a_verb_before_a_speech_verb_is_not_the_numbers(reference):
    (figure,) = read(reference, "Displaced families told AFP that 26 people were killed in Gaza.")
    assert figure["metric"] == "killed"


def test_actor_after_by_is_no_source(reference):
    (figure,) = read(reference, "Hamas freed 13 hostages held by Islamic Jihad.")
    assert figure["attributed_to"] == ""


def test_citing_makes_a_basis(reference):
    (figure,) = read(
        reference, "WHO, citing the Ministry of Health, said 500 health workers were killed in Gaza."
    )
    assert (figure["attributed_to"], figure["attribution_basis"]) == ("WHO", "Gaza Health Ministry")


def test_pronoun_continues_the_last_source(reference):
    figures = read(
        reference, "UN OCHA said on Sunday the situation was dire. It added that 400 people had fled in Gaza."
    )
    assert [(f["attributed_to"], f["metric"]) for f in figures] == [("UN OCHA", "displaced")]


def test_named_spokesman_keeps_his_source(reference):
    text = (
        "Qatar's foreign ministry spokesman Majed al-Ansari said talks went on.\n"
        "Hamas is to free 50 hostages, al-Ansari said on Wednesday."
    )
    (figure,) = read(reference, text)
    assert (figure["attributed_to"], figure["status"], figure["as_of"]) == ("Qatar", "proposed", "2024-02-28")


def test_an_abbreviated_month_with_its_full_stop_is_a_date(reference):
    """Agency style: "Nov. 3", "Sept. 12", "the Oct. 7 attack"."""
    said, attack = read(
        reference,
        "The health ministry said on Nov. 3 that 9,000 people had been killed in Gaza.\n\n"
        "Militants killed some 1,200 people in the Oct. 7 attack on Israel.",
    )
    assert (said["as_of"], said["event_date"]) == ("2023-11-03", "")  # before the Monday of publication
    assert (attack["as_of"], attack["event_date"]) == ("2024-03-04", "2023-10-07")


@pytest.mark.parametrize(
    ("language", "dateline", "text"),
    [
        *[
            ("es", f"Tel Aviv, 27 {month} (EFE).-", "Hamás entregó los cuerpos de cuatro rehenes.")
            for month in ["ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"]
        ],
        *[
            ("fr", f"Jérusalem, 27 {month} (AFP) -", "Le Hamas a remis les corps de quatre otages.")
            for month in ["janv", "févr", "avr", "juil", "oct", "nov", "déc"]
        ],
    ],
)
def test_the_day_of_an_agency_dateline_with_a_short_month_is_no_figure(reference, language, dateline, text):
    figures = figures_in(reference, f"{dateline} {text}", language)
    assert [(f["value"], f["metric"]) for f in figures] == [(4, "hostages_dead")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "DOHA (Reuters) - Under the deal announced on Wednesday, Hamas would release 33 hostages."),
        ("en", "GAZA CITY (AP) — Under the deal announced on Wednesday, Hamas would release 33 hostages."),
        ("es", "Doha, 15 ene (EFE).- Anunció el miércoles que Hamás liberará a 33 rehenes."),
    ],
)
def test_the_agency_of_a_dateline_is_no_speaker(reference, language, text):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [""]


def test_a_full_stop_after_a_full_month_name_ends_the_sentence(reference):
    text = "Some 250 hostages were taken in October. 130 remain in Gaza."
    assert [(f["value"], f["metric"]) for f in read(reference, text)] == [
        (250, "hostages_taken"),
        (130, "hostages_held"),
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hamas seized 250 hostages that October. 13 remain in Gaza.", []),
        ("Some 250 hostages were taken on Oct. 7, 2023.", ["Oct. 7, 2023"]),
        ("They were freed on 12 Sept. 2024.", ["12 Sept. 2024"]),
        ("The war began on 7 October. 2024 brought no ceasefire.", ["7 October"]),
    ],
)
def test_a_date_reads_a_full_stop_after_a_month_only_when_the_month_is_shortened(reference, text, found):
    lex = build_lexicon(reference, "en")
    assert [m.group() for m in dates_in(lex, text)] == found


def test_officials_of_another_nationality_are_not_resolved_by_the_place(reference):
    (figure,) = read(reference, "Palestinian officials say 3 people were killed in Israel.")
    assert figure["attributed_to"] == "Palestinian officials"  # not Israel's officials
    (figure,) = read(reference, "Officials said 12 people were killed in Israel.")
    assert figure["attributed_to"] == "Israeli official figures"
    document = Document(
        doc="t.txt", text="Las autoridades palestinas dijeron que 12 personas murieron en Israel."
    )
    assert extract_document(replace(document, language="es"), reference)["attributed_to"].tolist() == [
        "Autoridades palestinas"
    ]


def test_a_placed_figure_is_not_attributed_by_the_documents_place(reference):
    text = "Israel at war\n\nOfficials said the number of people killed in Gaza has passed 40,000."
    document = Document(doc="t.txt", text=text, title="Israel at war", language="en", published_at=MONDAY)
    (figure,) = extract_document(document, reference).to_dict("records")
    assert (figure["location"], figure["attributed_to"]) == ("Gaza", "Officials")  # Israel's only in Israel


def test_another_count_goes_on_with_the_source_of_the_sentence_before(reference):
    figures = read(
        reference,
        "The health ministry in Gaza said 162 people had been killed. Another 57,910 have been wounded.\n\n"
        "Strikes killed 20 people in Rafah. Another 12 were killed in Khan Younis.",
    )
    assert [(f["metric"], f["value"], f["attributed_to"]) for f in figures] == [
        ("killed", 162, "Gaza Health Ministry"),
        ("injured", 57910, "Gaza Health Ministry"),
        ("killed", 20, ""),
        ("killed", 12, ""),  # the sentence before gave no source: none is made up
    ]


def test_seizing_hostages_is_taking_them(reference):
    figures = read(
        reference, "Militants attacked Israel on Oct. 7, killing 1,200 people and seizing 240 hostages."
    )
    assert [(f["metric"], f["value"]) for f in figures] == [("killed", 1200), ("hostages_taken", 240)]


def test_whose_count_it_is_names_its_source(reference):
    (owned,) = read(reference, "The Gaza Health Ministry's toll rose to 40,005 on Saturday.")
    assert (owned["attributed_to"], owned["as_of"]) == ("Gaza Health Ministry", "2024-03-02")
    (counted,) = read(
        reference, "The latest toll from the health ministry in Gaza shows 40,005 people killed."
    )
    assert counted["attributed_to"] == "Gaza Health Ministry"
    (actor,) = read(reference, "The death toll from Israel's offensive in Gaza rose to 40,000.")
    assert actor["attributed_to"] == ""  # who is counted is not who counts


def test_a_count_over_a_period_holds_as_of_its_end(reference):
    text = "Between 7 October 2023 and 28 February 2024, at least 30,035 people were killed in Gaza."
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-02-28"
    text = "The model projected 6,550 excess deaths in Gaza between February 7 and August 6."
    (projection,) = read(reference, text)
    assert projection["as_of"] == "2024-03-04"  # a period ahead of publication: no past day to hold on


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Entre el 7 de enero y el 24 de febrero, los equipos atendieron a 1.380 heridos."),
        ("fr", "Entre le 7 janvier et le 24 février, les équipes ont soigné 1 380 blessés."),
        ("en", "From 7 January to 24 February, teams treated 1,380 wounded people in Gaza."),
        ("en", "From 7 January until 24 February, teams treated 1,380 wounded people in Gaza."),
        ("en", "From 7 January through 24 February, teams treated 1,380 wounded people in Gaza."),
        ("es", "Del 7 de enero al 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("es", "Desde el 7 de enero hasta el 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("es", "De 7 de enero a 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("fr", "Du 7 janvier au 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
        ("fr", "Depuis le 7 janvier jusqu'au 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
        ("fr", "De 7 janvier à 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
    ],
)
def test_a_period_named_with_determiners_or_from_one_day_to_another_holds_as_of_its_end(
    reference, language, text
):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == "2024-02-24"


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("fr", "Dans la nuit de vendredi à samedi, des frappes ont tué 12 personnes à Gaza.", "2024-03-04"),
        ("en", "From 7 February until Saturday, strikes killed 120 people in Gaza.", "2024-03-02"),
        ("en", "From Saturday to March 3, strikes killed 120 people in Gaza.", "2024-03-03"),
    ],
)
def test_a_period_from_one_weekday_to_the_next_is_a_night(reference, language, text, as_of):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == as_of


def test_the_group_that_speaks_is_not_the_actor_it_reports(reference):
    text = (
        "According to the Palestinian Prisoners' Club, more than 9,500 Palestinians are held in Israeli "
        "prisons. Israel has detained over 9,000 Palestinians in the West Bank since October, the group said."
    )
    assert [(f["value"], f["attributed_to"]) for f in read(reference, text)] == [
        (9500, "Palestinian Prisoners' Club"),
        (9000, "Palestinian Prisoners' Club"),
    ]


@pytest.mark.parametrize("name", ["Palestinian Prisoners’ Society", "Palestinian Prisoner's Society"])
def test_the_prisoners_club_is_also_called_a_society(reference, name):
    text = f"More than 9,500 Palestinians are held in Israeli prisons, the {name} said."
    assert [f["attributed_to"] for f in read(reference, text)] == ["Palestinian Prisoners' Club"]


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        (
            "en",
            "October 7, 2023: Militants attack southern Israel, killing about 1,200 people.",
            "2023-10-07",
        ),
        ("en", "18 March 2025: Israel resumes strikes, killing more than 400 people.", "2025-03-18"),
        (
            "es",
            "18 de marzo de 2025: Israel reanuda los bombardeos y mata a más de 400 personas.",
            "2025-03-18",
        ),
        # a date that does not label its line dates nothing
        ("en", "October 7, 2023 remains the deadliest day, with about 1,200 people killed.", "2025-10-20"),
        ("en", "Strikes killed more than 400 people, the worst day since October 7, 2023.", "2025-10-20"),
    ],
)
def test_a_date_that_labels_its_line_dates_what_the_line_tells(reference, language, text, as_of):
    assert [f["as_of"] for f in figures_in(reference, text, language, date(2025, 10, 20))] == [as_of]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_day_word_of_the_lexicon_starts_a_date_phrase(reference, language):
    """The date pattern's guard on first letters must let through every term a date can start with,
    in its own case mid-sentence and capitalised at the start of one."""
    lex = build_lexicon(reference, language)
    phrases = [f"{day}" for role in ("weekday", "relative_day") for day in lex.words(role)]
    phrases += [f"7 {month}" for month in lex.words("month")] + [f"{month} 7" for month in lex.words("month")]
    phrases += [
        f"{end} {month}" for end in lex.words("month_end") for month in sorted(lex.words("month"))[:1]
    ]
    texts = {p: f"They said {p} that 20 died." for p in phrases}
    texts.update({p[0].upper() + p[1:]: f"{p[0].upper() + p[1:]} 20 died." for p in phrases})
    missed = [p for p, text in texts.items() if [m.group() for m in dates_in(lex, text)] != [p]]
    assert phrases and not missed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The deal says the remaining 17 hostages are to be freed by March 1."),
        ("fr", "L'accord prévoit que les 17 otages restants soient remis d'ici au 1er mars."),
        ("fr", "L'accord prévoit que les 17 otages restants soient remis d'ici le 1er mars."),
    ],
)
def test_the_deadline_of_a_term_of_a_deal_is_no_day_its_count_holds(reference, language, text):
    (figure,) = read(reference, text, date(2025, 2, 8), language)
    assert (figure["status"], figure["as_of"]) == ("proposed", "2025-02-08")


def test_a_count_reached_by_a_day_holds_as_of_that_day(reference):
    (figure,) = read(
        reference, "The ministry had recorded 37,877 deaths by June 30.", published=date(2024, 7, 10)
    )
    assert figure["as_of"] == "2024-06-30"


def test_a_pronoun_for_a_source_named_in_its_own_sentence_takes_no_day_from_the_last_speaker(reference):
    text = (
        "The number of aid workers killed in Gaza has passed 280, the UN said on Friday. Among them are 207"
        " staff members of UNRWA, according to the agency's latest situation report."
    )
    figures = figures_in(reference, text, "en", MONDAY)
    assert [(f["value"], f["attributed_to"], f["as_of"]) for f in figures] == [
        (280, "UN", "2024-03-01"),
        (207, "UNRWA", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "A quick recap: on Sunday evening, Israeli authorities said 13 people had been killed in Israel.",
            "2024-03-03",
        ),
        ("Update: on Sunday, Israeli authorities said 13 people had been killed in Israel.", "2024-03-03"),
        ("Day 150: on Sunday, Israeli authorities said 13 people had been killed in Israel.", "2024-03-03"),
    ],
)
def test_a_label_before_a_colon_leaves_the_day_that_opens_the_statement(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("More than 200 people were wounded in Gaza, according to Nasser hospital.", "Nasser Hospital"),
        (
            "More than 200 people were wounded in Gaza, according to the Nasser Medical Complex.",
            "Nasser Medical Complex",
        ),
    ],
)
def test_an_organisation_after_according_to_keeps_its_name_as_the_tables_write_its_word(
    reference, text, source
):
    (figure,) = read(reference, text)
    assert figure["attributed_to"] == source


def test_a_name_in_an_apposition_before_the_verb_describes_the_subject(reference):
    text = (
        "Magen David Adom, Israel's emergency service, says its teams have treated 592 people injured in"
        " Israel."
    )
    (figure,) = read(reference, text)
    assert figure["attributed_to"] == "Magen David Adom"


@pytest.mark.parametrize(
    ("heading", "as_of"),
    [
        ("SUNDAY, OCTOBER 13, 2024", "2024-10-13"),
        ("Sunday 13 October", "2024-10-13"),
        # a heading that names more than a day dates nothing
        ("Survivors of the October 12 attack", "2024-10-14"),
    ],
)
def test_a_heading_that_is_only_a_day_dates_the_entries_under_it(reference, heading, as_of):
    entry = "MDA: 61 people wounded in a drone strike near Binyamina."
    text = f"Live updates\n\n{heading}\n\n19:58\nDrone hits base\n{entry}\n"
    found = figures_in(reference, text, "en", date(2024, 10, 14))
    assert [(f["value"], f["as_of"]) for f in found] == [(61, as_of)]


def test_a_heading_day_gives_way_to_a_day_the_entry_states(reference):
    entry = "On Saturday, MDA said 61 people were wounded in Israel."
    text = f"Live updates\n\nSUNDAY, OCTOBER 13, 2024\n\n{entry}\n"
    found = figures_in(reference, text, "en", date(2024, 10, 14))
    assert [(f["value"], f["as_of"]) for f in found] == [(61, "2024-10-12")]


@pytest.mark.parametrize(
    ("language", "note", "as_of"),
    [
        ("en", "All information is valid as of 14 May 2025, unless otherwise stated.", "2025-05-14"),
        ("en", "All figures in this article are as of 14 May 2025 unless stated otherwise.", "2025-05-14"),
        ("en", "The data are as of 14 May 2025.", "2025-05-14"),
        ("es", "Toda la información es válida a fecha de 14 de mayo de 2025.", "2025-05-14"),
        ("es", "Las cifras son a fecha de 14 de mayo de 2025.", "2025-05-14"),
        ("es", "Los datos son a fecha de 14 de mayo de 2025.", "2025-05-14"),
        ("fr", "Les informations sont valables en date du 14 mai 2025.", "2025-05-14"),
        ("fr", "Les chiffres sont arrêtés en date du 14 mai 2025.", "2025-05-14"),
        ("fr", "Les données sont arrêtées en date du 14 mai 2025.", "2025-05-14"),
        # a day that dates no report's data dates nothing
        ("en", "As of 14 May 2025, the crossing remained closed.", "2025-05-16"),
    ],
)
def test_a_note_that_dates_a_reports_data_dates_its_figures(reference, language, note, as_of):
    entry = {
        "en": "- 52,928 people killed in Gaza",
        "es": "- 52.928 muertos en Gaza",
        "fr": "- 52 928 morts à Gaza",
    }
    text = f"Situation report\n\n{note}\n\n{entry[language]}\n"
    found = figures_in(reference, text, language, date(2025, 5, 16))
    assert [(f["value"], f["as_of"]) for f in found] == [(52928, as_of)]


def test_a_sentence_with_figures_dates_only_its_own(reference):
    text = "Update\n\nThe figures as of 14 May 2025 show 300 killed in Gaza.\n\nA strike killed 12 in Gaza.\n"
    found = figures_in(reference, text, "en", date(2025, 5, 16))
    assert [(f["value"], f["as_of"]) for f in found] == [(300, "2025-05-14"), (12, "2025-05-16")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Les frappes ont tué 3 000 personnes au Liban, a annoncé samedi le ministère libanais de la "
            "Santé, qui fait état d'au moins 13 492 blessés.",
        ),
        (
            "es",
            "Al menos 16 palestinos han muerto en Cisjordania, según ha informado el sábado el Ministerio de "
            "Sanidad palestino, que ha precisado que entre los fallecidos hay cuatro menores.",
        ),
    ],
)
def test_a_relative_clause_of_the_source_takes_the_day_its_source_spoke(reference, language, text):
    figures = read(reference, text, language=language)
    assert [f["as_of"] for f in figures] == ["2024-03-02", "2024-03-02"]


def test_a_headings_span_of_days_dates_its_section_and_no_further(reference):
    text = (
        "Weekly data\n\nCivilians wounded in the north, 1 February - 29 February\n\nTotal: 310\n"
        "Hospitalised: 42\n\nLater data\n\nThe army said that 12 were wounded.\n"
    )
    days = {f["mention"]: f["as_of"] for f in read(reference, text)}
    assert days == {"310": "2024-02-29", "42": "2024-02-29", "12": "2024-03-04"}


@pytest.mark.parametrize("label", ["12 February:", "12 February –", "12 February -", "12 February —"])
def test_a_date_that_labels_a_line_dates_every_sentence_of_it(reference, label):
    text = f"Timeline\n\n{label} Strikes hit the south. The ministry said 30 were killed.\n\nLater, 12 died."
    days = {f["mention"]: f["as_of"] for f in read(reference, text)}
    assert days == {"30": "2024-02-12", "12": "2024-03-04"}


def test_a_day_a_sentence_gives_its_statement_overrides_its_lines_dashed_label(reference):
    text = (
        "Timeline\n\n12 February – Strikes hit the south.[4] The ministry said on 14 February that 30 died."
    )
    assert [f["as_of"] for f in read(reference, text)] == ["2024-02-14"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The ministry said on Tuesday that 60,034 people had been killed. That same day, the ministry"
            " reported seven new deaths from malnutrition.",
        ),
        (
            "es",
            "El ministerio informó el martes de 60.034 muertos. Ese mismo día, el ministerio informó de siete"
            " nuevas muertes por desnutrición.",
        ),
        (
            "fr",
            "Le ministère a annoncé mardi 60 034 morts. Le même jour, le ministère a fait état de sept"
            " nouveaux décès liés à la malnutrition.",
        ),
        (
            "fr",
            "Le ministère a annoncé mardi 60 034 morts. Le jour même, le ministère a fait état de sept"
            " nouveaux décès liés à la malnutrition.",
        ),
    ],
)
def test_the_same_day_is_the_day_last_given(reference, language, text):
    figures = figures_in(reference, text, language, date(2025, 7, 30))
    assert [f["as_of"] for f in figures] == ["2025-07-29"] * 2
