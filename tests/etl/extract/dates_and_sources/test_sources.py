"""Who said it: channels, generic names and the sources table, publishers, bases, pronouns and spokesmen."""

from __future__ import annotations

from dataclasses import replace

import pytest

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.dates_and_sources.helpers import MONDAY, read


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
