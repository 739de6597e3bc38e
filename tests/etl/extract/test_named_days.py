"""Days named by their date or by the actor of their attack keep their year, and place what was
counted in them."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from etl.reference import REFERENCE_DIR, ReferenceTableError, load_reference
from tests.etl.extract.conftest import figures_in

LATER_YEAR = date(2025, 3, 1)  # a yearless "October 7" alone is 7 October 2024 here


def read(reference, text: str, language: str = "en", published: date = LATER_YEAR) -> list[dict]:
    return figures_in(reference, text, language, published)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas-led militants killed some 1,200 people in the Oct. 7 attack."),
        ("en", "The October 7 Hamas attack killed about 1,200 people."),
        ("fr", "Plus de 1 200 personnes ont été tuées lors de l'attaque du 7 octobre."),
        ("es", "Unas 1.200 personas murieron en el ataque del 7 de octubre."),
        # the day's own toll
        ("en", "The toll of the October 7 attack stands at about 1,200 dead."),
        ("fr", "Le bilan de l'attaque du 7 octobre s'établit à environ 1 200 morts."),
        ("es", "El balance del ataque del 7 de octubre es de unos 1.200 muertos."),
    ],
)
def test_a_named_day_keeps_its_year_and_place(reference, language, text):
    (figure,) = read(reference, text, language)
    assert (figure["event_date"], figure["location"]) == ("2023-10-07", "Israel")


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Gaza war: the October 7, 2023 attack killed 1,221 people.", "Israel"),
        ("en", "Gaza war: the attack of 7 October 2023 left 1,221 dead.", "Israel"),
        ("fr", "Guerre à Gaza : l'attaque du 7 octobre 2023 a fait 1 221 morts.", "Israel"),
        ("es", "Guerra en Gaza: el ataque del 7 de octubre de 2023 dejó 1.221 muertos.", "Israel"),
        # another year's October 7 is no named day
        ("en", "Gaza war: the October 7, 2024 attack killed 12 people.", "Gaza"),
    ],
)
def test_a_named_day_written_with_its_year_places_what_it_counts(reference, language, text, place):
    (figure,) = read(reference, text, language)
    assert figure["location"] == place


def test_a_yearless_date_that_names_no_event_is_the_latest_such_day(reference):
    (figure,) = read(reference, "An Israeli strike on October 7 killed 17 people in Jabalia.")
    assert figure["event_date"] == "2024-10-07"


@pytest.mark.parametrize(
    "text",
    [
        "The war, sparked by the October 7 attack, has killed more than 40,000 people, "
        "the health ministry in Gaza says.",
        "The offensive that followed the October 7 attack has killed more than 40,000 people, "
        "the health ministry in Gaza says.",
    ],
)
def test_a_count_that_follows_the_named_day_is_not_placed_there(reference, text):
    (figure,) = read(reference, text)
    assert (figure["location"], figure["event_date"]) == ("Gaza", "")


def test_a_part_counted_in_the_named_day_does_not_place_its_whole_there(reference):
    text = (
        "In all, 850 Israeli soldiers have been killed in the war, including those killed in the"
        " October 7 attack."
    )
    (figure,) = read(reference, text)
    assert (figure["location"], figure["event_date"]) == ("", "")


def test_an_aside_about_a_part_before_the_verb_leaves_the_named_day_to_the_count(reference):
    text = "More than 1,400 people, most of them civilians, were killed in the October 7 attack."
    (figure,) = read(reference, text)
    assert (figure["location"], figure["event_date"]) == ("Israel", "2023-10-07")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 4,600 people have been killed in Gaza since Hamas's October 7 attack."),
        ("en", "Nearly 190 soldiers have been killed since ground operations in Gaza began on October 27."),
        ("es", "Más de 2.200 palestinos han muerto en Gaza desde el 7 de octubre."),
        ("fr", "Au moins 8 306 personnes ont été tuées dans la bande de Gaza depuis le 7 octobre."),
    ],
)
def test_the_start_of_a_period_is_not_the_event_date(reference, language, text):
    (figure,) = read(reference, text, language, published=date(2024, 1, 14))
    assert figure["event_date"] == ""


def test_named_days_come_from_the_reference_table(tmp_path):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    with (directory / "named_days.csv").open("a", encoding="utf-8") as table:
        table.write("2024-09-17,Lebanon,,pager explosions\n")
    text = "At least 12 people were killed in the September 17 attack."
    published = date(2025, 10, 1)
    (before,) = read(load_reference(), text, published=published)
    (after,) = read(load_reference(directory), text, published=published)
    assert (before["event_date"], before["location"]) == ("2025-09-17", "")
    assert (after["event_date"], after["location"]) == ("2024-09-17", "Lebanon")


def test_a_named_day_listed_twice_is_refused(tmp_path):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    with (directory / "named_days.csv").open("a", encoding="utf-8") as table:
        table.write("2023-10-07,Gaza,,the same day again\n")
    with pytest.raises(ReferenceTableError, match=r"named_days\.csv: line \d+: day day_is_unique"):
        load_reference(directory)


def test_a_named_day_beside_a_speech_verb_is_no_statement_date(reference):
    text = "Israel has revised the death toll from the October 7 attack to around 1,200."
    (figure,) = read(reference, text, published=date(2023, 11, 11))
    assert figure["as_of"] == "2023-11-11"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 1,200 people were killed during the Hamas-led onslaught."),
        ("en", "The Hamas attack killed about 1,200 people."),
        ("en", "Hamas's attack killed some 1,200 people, mostly civilians."),
        ("en", "The 2023 Hamas attack killed 1,219 people."),
        ("en", "The war began when Hamas's attack killed some 1,200 people."),
        ("es", "Unas 1.200 personas murieron en el ataque de Hamás."),
        ("fr", "Environ 1 200 personnes ont été tuées lors de l'attaque du Hamas."),
        ("fr", "Environ 1 200 personnes ont été tuées lors de l’attaque du Hamas."),
        ("fr", "La guerre a commencé lorsque l'attaque du Hamas a tué 1 200 personnes."),
        ("fr", "La guerre a commencé quand l'attaque du Hamas a tué 1 200 personnes."),
        ("es", "La guerra comenzó cuando el ataque de Hamás mató a 1.200 personas."),
    ],
)
def test_a_named_day_named_by_its_actor_places_what_was_counted_in_it(reference, language, text):
    (figure,) = read(reference, text, language)
    assert figure["location"] == "Israel"


@pytest.mark.parametrize(
    "text",
    [
        # another attack of the same actor
        "Three people were killed in a Hamas attack on Tuesday.",
        # what followed it
        "The war sparked by the Hamas attack has killed 68,000 people.",
        "After the Hamas attack, the war has killed 67,000 people.",
        "Israel's offensive since the Hamas attack has killed 67,000 people.",
        "The offensive launched after the Hamas attack has killed 67,000 people.",
        # the name is not the subject of the count's verb
        "The offensive that began when the Hamas attack ended has killed 67,000 people.",
        "The war began when Israel's response to the October 7 attack killed 3,000 people.",
    ],
)
def test_what_is_not_counted_in_the_day_its_actor_names_takes_no_place_from_it(reference, text):
    (figure,) = read(reference, text)
    assert figure["location"] != "Israel"


def test_an_actor_names_no_day_after_publication(reference):
    (figure,) = read(reference, "The Hamas attack killed 3 people.", published=date(2023, 10, 1))
    assert figure["location"] != "Israel"


def test_the_actor_of_a_named_day_comes_from_the_reference_table(tmp_path):
    directory = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, directory)
    table = directory / "named_days.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace(",Israel,Hamas,", ",Israel,,"), encoding="utf-8"
    )
    text = "The Hamas attack killed about 1,200 people."
    (before,) = read(load_reference(), text)
    (after,) = read(load_reference(directory), text)
    assert (before["location"], after["location"]) == ("Israel", "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The offensive launched after the 7 October attack, in which about 1,200 people were killed, has"
            " killed 67,869 people in Gaza, according to the health ministry.",
        ),
        (
            "es",
            "La ofensiva lanzada tras el ataque de Hamás del 7 de octubre de 2023, en el que murieron unas"
            " 1.200 personas, ha matado a 67.869 personas en Gaza, según el Ministerio de Sanidad gazatí.",
        ),
        (
            "fr",
            "L'offensive lancée après l'attaque du 7 octobre, lors de laquelle 1 200 personnes ont été tuées,"
            " a fait 67 869 morts à Gaza, selon le ministère de la Santé du Hamas.",
        ),
    ],
)
def test_a_relative_clause_about_a_named_day_counts_in_it_and_is_not_the_later_sources(
    reference, language, text
):
    figures = read(reference, text, language, date(2025, 10, 13))
    assert [(f["location"], f["attributed_to"]) for f in figures] == [
        ("Israel", ""),
        ("Gaza", "Gaza Health Ministry"),
    ]


def test_a_source_closing_a_relative_clause_about_a_named_day_tells_of_its_counts(reference):
    text = (
        "La guerra fue desencadenada por el ataque de Hamás del 7 de octubre de 2023, en el que murieron"
        " 1.219 personas en Israel, según un recuento de la AFP."
    )
    assert [f["attributed_to"] for f in read(reference, text, "es", date(2025, 10, 13))] == ["AFP"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The war began with the Hamas attack on Israel on October 7, 2023, which killed some 1,200"
            " people.",
        ),
        (
            "fr",
            "La guerre a été déclenchée par l'attaque sans précédent du Hamas sur le sol israélien le 7"
            " octobre 2023, qui a entraîné la mort de 1 206 personnes.",
        ),
        ("es", "La guerra comenzó con el ataque de Hamás del 7 de octubre de 2023, que causó 1.200 muertos."),
    ],
)
def test_a_relative_clause_after_a_named_days_date_and_its_event_counts_in_it(reference, language, text):
    assert [f["location"] for f in read(reference, f"Gaza\n{text}", language, date(2024, 10, 29))] == [
        "Israel"
    ]


def test_a_named_days_date_with_no_word_of_its_event_places_nothing_there(reference):
    text = "Gaza\nIsraeli jets struck Gaza City late on October 7, 2023, which killed 30 people."
    assert [f["location"] for f in read(reference, text, "en", date(2024, 10, 29))] == ["Gaza"]
