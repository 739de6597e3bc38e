"""Which counts a source covers: past commas, semicolons, relative clauses and clauses of contrast."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "About 94 hostages are held in Gaza, of whom 34 are dead according to the military.",
            ["", "Israeli military"],
        ),
        # a list of the count's parts, or a clause closed before it: the whole sentence is the source's
        (
            "At least 27 people were killed, including nine children according to civil defence.",
            ["Gaza Civil Defence"] * 2,
        ),
        (
            "At least 27 people were killed, of whom nine were children, according to civil defence.",
            ["Gaza Civil Defence"] * 2,
        ),
    ],
)
def test_according_to_inside_a_clause_about_a_part_covers_the_part(reference, text, sources):
    assert sources_of(reference, text) == sources


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "More than 18,000 children have been killed, UNICEF spokesperson James Elder told reporters in"
            " Geneva, adding that 42,000 had been injured.",
            "UNICEF",
        ),
        (
            "en",
            "At least 40 people were killed in Gaza, the health ministry said in a statement, adding that 90"
            " were hurt.",
            "Gaza Health Ministry",
        ),
        (
            "es",
            "Al menos 40 personas murieron, informó el Ministerio de Salud de Gaza en un comunicado,"
            " que añadió que 90 resultaron heridas.",
            "Gaza Health Ministry",
        ),
    ],
)
def test_a_speaker_set_off_by_commas_speaks_for_the_count_before_it(reference, language, text, source):
    assert sources_of(reference, text, language) == [source, source]


def test_a_speaker_of_a_part_set_off_by_commas_does_not_speak_for_the_counts_before_it(reference):
    text = "Hamas took 240 hostages, and 120 remain in Gaza, including 30 the army says are dead."
    assert sources_of(reference, text) == ["", "", "Israeli military"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas took 240 hostages, and 120 remain in Gaza, including 30 that the army says are dead."),
        ("es", "Hamás tomó 240 rehenes, 120 siguen en Gaza, entre ellos 30 que el ejército dice muertos."),
        ("fr", "Le Hamas a pris 240 otages, 120 restent à Gaza, dont 30 que l'armée dit morts."),
    ],
)
def test_the_subject_of_a_relative_clause_after_a_count_speaks_for_it(reference, language, text):
    assert sources_of(reference, text, language) == ["", "", "Israeli military"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "They are among the 134 hostages that Israel's prime minister's office says remain in Gaza.",
            "Israeli Prime Minister's Office",
        ),
        ("Hamas still holds 101 hostages, 35 of whom the army says are dead.", "Israeli military"),
    ],
)
def test_the_subject_of_a_relative_clause_past_the_counts_noun_speaks_for_it(reference, text, source):
    assert sources_of(reference, text)[-1] == source


@pytest.mark.parametrize(
    ("closing", "source"),
    [("according to local hospitals", "Local hospitals"), ("medics said", "Medics")],
)
def test_a_source_closing_a_counts_clause_wins_over_a_speaker_between_commas_before_it(
    reference, closing, source
):
    text = (
        "Two soldiers were killed in Rafah, the military said, prompting strikes that killed 45"
        f" Palestinians, {closing}."
    )
    assert sources_of(reference, text) == ["Israeli military", source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Al menos 1.060 palestinos han muerto, según el Ministerio de Sanidad palestino, mientras que 44"
            " israelíes han muerto en ataques palestinos, según cifras oficiales israelíes.",
        ),
        (
            "en",
            "At least 1,060 Palestinians have been killed, according to the Palestinian health ministry,"
            " while 44 Israelis have been killed in attacks, according to official Israeli figures.",
        ),
    ],
)
def test_a_source_between_two_counts_closes_the_first_when_the_second_has_its_own(reference, language, text):
    assert sources_of(reference, text, language) == [
        "Palestinian Health Ministry",
        "Israeli official figures",
    ]


def test_a_source_opening_the_sentence_keeps_its_count_though_a_later_one_has_its_own(reference):
    text = (
        "According to the Gaza health ministry, 30 people were killed in Rafah, where 12 died in a house"
        " according to witnesses."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry", "Witnesses"]


def test_a_source_between_two_counts_speaks_for_the_second_when_it_has_no_other(reference):
    text = "Strikes killed 30 people on Monday and, according to the Gaza health ministry, wounded 50."
    assert sources_of(reference, text) == ["Gaza Health Ministry", "Gaza Health Ministry"]


def test_a_speaker_opening_the_sentence_keeps_the_count_a_source_closes(reference):
    text = "Hamas said 45 people were killed, according to the health ministry."
    assert sources_of(reference, text) == ["Hamas"]


def test_past_a_count_a_source_opening_its_clause_wins_over_the_speaker_before(reference):
    text = "Israel says it has killed 20,000 militants; Gaza ministry toll tops 50,000."
    assert sources_of(reference, text, "en") == ["Israeli official figures", "Gaza Health Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors said families can report deaths online; 61,900 people have died in Gaza, the ministry said.",
        "Doctors said families can report deaths online; 61,900 people have died in Gaza, according to"
        " the ministry.",
    ],
)
def test_past_a_semicolon_the_speaker_closing_the_counts_clause_wins(reference, text):
    assert sources_of(reference, text, "en") == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Houthis say they act in solidarity with Gaza, where more than 38,900 people have been"
            " killed, according to the health ministry in the Hamas-run territory.",
        ),
        (
            "es",
            "Los hutíes dicen actuar en solidaridad con Gaza, donde más de 38.900 personas han muerto,"
            " según el Ministerio de Sanidad gazatí.",
        ),
        (
            "fr",
            "Les Houthis ont déclaré agir en solidarité avec Gaza, où plus de 38 900 personnes ont été tuées,"
            " selon le ministère de la Santé du Hamas.",
        ),
    ],
)
def test_in_a_relative_clause_the_speaker_closing_the_counts_clause_wins(reference, language, text):
    assert sources_of(reference, text, language) == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # no semicolon: the speaker that opens the sentence tells of the whole of it, as relayed
        (
            "The Israeli military said it killed 40 militants in Jenin, according to Reuters.",
            ["Israeli military"],
        ),
        # no speaker closes the clause past the semicolon: the opening speaker goes on
        (
            "The ministry said 40 people were killed in Gaza; 12 of them were children.",
            ["Gaza Health Ministry"] * 2,
        ),
        # a speaker after the count who opens a clause of its own tells of that clause only
        (
            "The ministry said 40 people were killed in Gaza; 12 of them were children, and medics said 30"
            " more were wounded.",
            ["Gaza Health Ministry", "Gaza Health Ministry", "Medics"],
        ),
    ],
)
def test_the_opening_speaker_keeps_a_count_no_closing_speaker_claims(reference, text, sources):
    assert sources_of(reference, text, "en") == sources


def test_with_no_count_before_it_the_speaker_keeps_a_count_it_tells_of_through_a_source(reference):
    text = "The ministry said that, according to UN figures, 30 people were killed in Gaza."
    assert sources_of(reference, text, "en") == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        (
            "en",
            "Iran's health ministry said 610 people had been killed, while missile attacks killed 28 people"
            " in Israel, according to Israeli authorities.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "en",
            "Iran's health ministry said 610 people had been killed, whereas missile attacks killed 28 people"
            " in Israel, according to Israeli authorities.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "es",
            "El Ministerio de Sanidad iraní dijo que 610 personas murieron, mientras que los misiles mataron"
            " a 28 personas en Israel, según las autoridades israelíes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "es",
            "El Ministerio de Sanidad iraní dijo que 610 personas murieron, mientras los misiles mataron"
            " a 28 personas en Israel, según las autoridades israelíes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a annoncé que 610 personnes avaient été tuées, alors que les"
            " missiles ont tué 28 personnes en Israël, selon les autorités israéliennes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a annoncé que 610 personnes avaient été tuées, tandis que les"
            " missiles ont tué 28 personnes en Israël, selon les autorités israéliennes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a annoncé que 610 personnes avaient été tuées, alors qu'en"
            " Israël 28 personnes ont été tuées, selon les autorités israéliennes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        (
            "fr",
            "Le ministère iranien de la Santé a annoncé que 610 personnes avaient été tuées, tandis qu'en"
            " Israël 28 personnes ont été tuées, selon les autorités israéliennes.",
            ["Iranian Health Ministry", "Israeli official figures"],
        ),
        # with no clause of contrast, the speaker opening the sentence keeps its counts
        (
            "en",
            "Iran's health ministry said 610 people had been killed and 28 people died in hospital, according"
            " to its spokesman.",
            ["Iranian Health Ministry", "Iranian Health Ministry"],
        ),
    ],
)
def test_past_a_clause_of_contrast_the_according_to_after_the_count_is_its_source(
    reference, language, text, sources
):
    assert sources_of(reference, text, language) == sources


def test_a_sources_count_named_right_before_the_next_number_is_that_numbers(reference):
    text = (
        "According to Euro-Med Monitor, the number of people killed in Gaza now exceeds 52,000, well above"
        " the Ministry of Health's count of 42,847."
    )
    assert sources_of(reference, text, "en") == ["Euro-Med Monitor", "Gaza Health Ministry"]


def test_an_according_to_right_before_a_list_of_parts_is_the_wholes(reference):
    text = (
        "Israel has begun releasing 1,968 Palestinian prisoners, according to the Israel Prison Service:"
        " 250 serving sentences and 1,718 Gazans detained during the war."
    )
    assert sources_of(reference, text, "en")[0] == "Israeli official figures"
