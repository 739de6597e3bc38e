"""Who a figure is attributed to (etl.extract.attribution)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document, extract_rows
from tests.etl.extract.conftest import figures_in

# "He added that ...": a sentence that points back to the speaker of the one before it
ADDED = {
    "en": "He added that 540 people had been killed.",
    "es": "Añadió que 540 personas han muerto.",
    "fr": "Il a ajouté que 540 personnes avaient été tuées.",
}


def sources_of(reference, text: str, language: str = "") -> list[str]:
    return [figure["attributed_to"] for figure in figures_in(reference, text, language)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The health ministry in Gaza said Israel had killed 40 people.", "Gaza Health Ministry"),
        ("Hamas said Israeli forces killed 12 people in Gaza.", "Hamas"),
        ("Hamas said Israel would free 300 prisoners.", "Hamas"),
        # an unknown speaker keeps its own name
        (
            "The Palestine Detainees Council said Israel has arrested 10,000 Palestinians.",
            "Palestine Detainees Council",
        ),
        # a speaker named after its verb, with nothing after it, is still the speaker
        ("The toll rose to 40 in Gaza, said the health ministry in Gaza.", "Gaza Health Ministry"),
    ],
)
def test_a_name_after_the_speech_verb_with_a_verb_of_its_own_is_not_the_speaker(reference, text, source):
    assert sources_of(reference, text) == [source]


def test_a_semicolon_ends_the_clause_of_a_name_before_the_speech_verb(reference):
    # "Israel" is the object of the first clause, not the one who says
    text = "Hezbollah strikes northern Israel; Nabatieh Governmental Hospital says strikes killed 31 people."
    assert sources_of(reference, text) == ["Nabatieh Governmental Hospital"]


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


def test_a_warning_is_a_statement(reference):
    text = "The UN's humanitarian chief warned on Tuesday that 14,000 babies could die in Gaza."
    document = Document(doc="t.txt", text=text, published_at=date(2025, 5, 21))
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["as_of"], figure["status"]) == ("UN", "2025-05-20", "projected")


def test_a_speaker_who_goes_on_with_that_speaks_of_what_follows(reference):
    text = (
        "Rafah shelters 1.4 million displaced people, according to UN OCHA, and aid groups have warned "
        "that an assault would be catastrophic."
    )
    assert sources_of(reference, text) == ["UN OCHA"]


@pytest.mark.parametrize(
    "said",
    ["that doctors said would leave them disabled", "that officials say were", "that medics said had been"],
)
def test_a_speaker_with_a_verb_after_it_speaks_of_what_follows_not_of_the_counts_before(reference, said):
    text = f"The blasts killed 37 people and wounded 3,000, many with injuries {said} severe."
    assert sources_of(reference, text) == ["", ""]


@pytest.mark.parametrize("name", ["Unicef", "UNICEF"])
def test_an_agency_written_as_a_word_is_known(reference, name):
    assert sources_of(reference, f"{name} says 17,000 children in Gaza have been displaced.") == ["UNICEF"]


def test_what_a_count_found_is_its_finding(reference):
    text = "An Associated Press count found that 35 people were killed in the festival area."
    assert sources_of(reference, text) == ["AP"]


def test_lebanons_news_agency_is_a_source(reference):
    text = "Israeli strikes killed four people in Lebanon, Lebanon's state-run National News Agency reported."
    assert sources_of(reference, text) == ["National News Agency"]


@pytest.mark.parametrize(
    ("place", "source"),
    [
        ("Gaza", "Gaza Health Ministry"),
        ("the West Bank", "Palestinian Health Ministry"),
        ("Lebanon", "Lebanese Health Ministry"),
    ],
)
def test_local_health_authorities_are_the_health_ministry_of_the_place(reference, place, source):
    text = f"More than 40 people were killed in {place}, according to local health authorities."
    assert sources_of(reference, text) == [source]


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
    ("text", "location"),
    [
        ("Israel says at least 20,000 of the dead were fighters.", "Gaza"),
        ("Hezbollah said it had lost 500 fighters.", "Lebanon"),  # an armed group's own fighters
    ],
)
def test_a_count_of_fighters_is_placed_by_the_home_of_an_armed_group_only(reference, text, location):
    document = Document(doc="t.txt", title="Gaza war", text=text, published_at=date(2025, 1, 22))
    assert [figure["location"] for figure in extract_rows(document, reference)] == [location]


def test_a_capitalised_word_after_a_preposition_is_a_place_not_a_spokesman(reference):
    # "Washington said" would otherwise be a spokesman, speaking for the last source
    text = (
        "Iranian missile attacks have killed 24 people in Israel, Israeli officials said.\n"
        "A group based in Washington said Israeli strikes had killed at least 639 people in Iran."
    )
    assert sources_of(reference, text) == ["Israeli official figures", ""]


def test_a_group_not_named_before_points_back_to_no_source(reference):
    text = (
        "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"
        "A rights group based in Geneva said 12 people were killed in Jenin.\n"
        "Nine were killed in Israel, the press freedom group said."
    )
    assert sources_of(reference, text) == [
        "Committee to Protect Journalists",
        "",
        "Committee to Protect Journalists",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitoring group Airwars said 3,000 civilians were killed in Gaza.",
        "The monitoring group Airwars said it had documented 3,000 civilian deaths in Gaza.",
        # or set between commas after it
        "A U.K.-based monitoring group, Airwars, said 3,000 civilians were killed in Gaza.",
        "A monitoring group, Airwars, put the toll of civilians killed in Gaza at 3,000.",
    ],
)
def test_a_name_after_a_word_for_an_organisation_is_the_speaker(reference, sentence):
    text = (
        f"Strikes killed 33 people in Gaza, the health ministry said. {sentence} The group said 40 were hurt."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry", "Airwars", "Airwars"]


def test_a_name_after_a_word_for_an_organisation_is_the_speaker_in_spanish(reference):
    text = (
        "Según el ministerio de Salud de Gaza, 33 personas murieron. "
        "La ONG Airwars dijo que 3.000 civiles murieron."
    )
    assert sources_of(reference, text, "es") == ["Gaza Health Ministry", "Airwars"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a descriptor's name speaks only right before the verb; "Zaqout" speaks for the last source
        (
            "The charity Anera sent aid to Gaza City, where Zaqout said 40 people were hurt.",
            "Gaza Health Ministry",
        ),
        # a place before the verb is passed over for the name before its preposition
        ("Nasser Hospital in Khan Younis said it received the bodies of 11 people.", "Nasser Hospital"),
    ],
)
def test_the_speaker_is_the_name_that_governs_the_speech_verb(reference, sentence, source):
    text = f"Strikes killed 33 people in Gaza, the health ministry said. {sentence}"
    assert sources_of(reference, text) == ["Gaza Health Ministry", source]


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
    ("text", "source"),
    [
        ("At least 44,805 Palestinians were killed in Gaza, according to MoH.", "Gaza Health Ministry"),
        (
            "Since January, 120 Palestinians were killed in the West Bank, the MOH said.",
            "Palestinian Health Ministry",
        ),
    ],
)
def test_the_ministry_of_healths_abbreviation_is_the_ministry_of_the_place(reference, text, source):
    assert sources_of(reference, text, "en") == [source]


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
    ("language", "text", "source"),
    [
        ("en", "Doctors at al-Shifa Hospital said 20 people were killed.", "Al-Shifa Hospital"),
        ("en", "Medics at the Nasser Medical Complex said 20 people were killed.", "Nasser Medical Complex"),
        ("es", "Médicos del Hospital Nasser dijeron que 20 personas murieron.", "Hospital Nasser"),
        (
            "fr",
            "Les médecins de l'Hôpital Nasser ont indiqué que 20 personnes ont été tuées.",
            "Hôpital Nasser",
        ),
        # no organisation named: the people keep their own word
        ("en", "Doctors at the scene said 20 people were killed.", "Doctors"),
        ("en", "Medics at Khan Younis said 20 people were killed.", "Medics"),
    ],
)
def test_people_at_an_organisation_speak_for_it(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "35 hostages have been confirmed dead by the IDF.", "Israeli military"),
        (
            "en",
            "The deaths of 20 people were confirmed by the health ministry in Gaza.",
            "Gaza Health Ministry",
        ),
        ("es", "La muerte de 35 rehenes ha sido confirmada por el ejército israelí.", "Israeli military"),
        ("fr", "La mort de 35 otages a été confirmée par l'armée israélienne.", "Israeli military"),
        ("fr", "Parmi eux, 34 otages ont été déclarés morts par l'armée israélienne.", "Israeli military"),
        (
            "fr",
            "Parmi elles, 34 personnes ont été déclarées mortes par l'armée israélienne.",
            "Israeli military",
        ),
        (
            "es",
            "Entre ellos, 34 rehenes han sido declarados muertos por el ejército israelí.",
            "Israeli military",
        ),
        (
            "es",
            "Entre ellas, 34 rehenes han sido declaradas muertas por el ejército israelí.",
            "Israeli military",
        ),
        # an actor after "by" is still no source
        ("en", "Some 20 people were killed by the Israeli army.", ""),
    ],
)
def test_who_confirms_a_count_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Researchers at Johns Hopkins University projected that 85,000 people could die in Gaza."),
        (
            "es",
            "Investigadores de la Universidad Johns Hopkins calcularon que 85.000 personas podrían morir.",
        ),
        ("es", "Investigadores de la Universidad Johns Hopkins estimaron que 85.000 personas podrían morir."),
        (
            "fr",
            "Des chercheurs de l'Université Johns Hopkins estiment que 85 000 personnes pourraient mourir.",
        ),
        (
            "fr",
            "Des chercheurs de l'Université Johns Hopkins ont estimé que 85 000 personnes pourraient mourir.",
        ),
    ],
)
def test_researchers_at_a_university_speak_for_it_by_one_name_in_every_language(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["status"], f["attributed_to"]) for f in figures] == [
        (85000, "killed", "projected", "Johns Hopkins University")
    ]


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


def test_a_name_in_a_relative_clause_before_the_verb_is_not_its_subject(reference):
    text = (
        "The London School of Hygiene and Tropical Medicine, which built the model with colleagues at Johns"
        " Hopkins University, projected 6,550 excess deaths."
    )
    assert sources_of(reference, text) == ["London School of Hygiene and Tropical Medicine"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNRWA, which employs some 13,000 people in Gaza, said 220 of its staff had been killed."),
        (
            "es",
            "La UNRWA, que emplea a unas 13.000 personas en Gaza, dijo que 220 de sus empleados murieron.",
        ),
    ],
)
def test_a_count_in_a_relative_clause_does_not_part_the_subject_from_its_verb(reference, language, text):
    # the count in the aside is the writer's background, not what the subject said
    assert sources_of(reference, text, language) == ["UNRWA"]


@pytest.mark.parametrize(
    "text",
    [
        "At least 1,200 people were killed, according to the Armed Conflict Location and Event Data project.",
        "At least 1,200 people were killed, according to ACLED.",
    ],
)
def test_acled_is_known_by_its_full_name(reference, text):
    assert sources_of(reference, text) == ["ACLED"]


def test_a_list_published_by_a_source_is_its_figure(reference):
    text = (
        "In Gaza, 20,000 children are among the dead, according to a list published by the health ministry."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry"]


def test_a_pronoun_noun_names_the_last_source_whose_names_hold_it(reference):
    text = (
        "The Government Media Office in Gaza said 1,580 health workers have been killed. "
        "The World Health Organization said 120 health workers have been killed in Lebanon. "
        "The office also said 2,600 bodies have been recovered in Gaza."
    )
    assert sources_of(reference, text) == [
        "Gaza Government Media Office",
        "WHO",
        "Gaza Government Media Office",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNICEF said 1,580 children were killed. About 200 were wounded, according to the NGO."),
        ("en", "UNICEF said 1,580 children were killed. About 200 were wounded, according to the agency."),
        ("es", "UNICEF dijo que 1.580 niños murieron. Unos 200 resultaron heridos, según la ONG."),
        ("fr", "L'UNICEF a dit que 1 580 enfants ont été tués. Environ 200 ont été blessés, selon l'ONG."),
    ],
)
def test_according_to_a_pronoun_is_the_last_source_that_spoke(reference, language, text):
    assert sources_of(reference, text, language) == ["UNICEF", "UNICEF"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "UNICEF said 1,580 children were killed. Since the fighting between Israel and Hezbollah began, "
            "about 200 were wounded, according to the same source.",
        ),
        (
            "es",
            "UNICEF dijo que 1.580 niños murieron. Desde el inicio de los combates entre Israel y Hezbolá, "
            "unos 200 resultaron heridos, según la misma fuente.",
        ),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Depuis le début des échanges de tirs entre "
            "Israël et le Hezbollah, environ 200 ont été blessés, selon la même source.",
        ),
        (
            "es",
            "UNICEF dijo que 1.580 niños murieron. Desde el inicio de los combates entre Israel y Hezbolá, "
            "unos 200 resultaron heridos, según el mismo organismo.",
        ),
        (
            "fr",
            "L'UNICEF a dit que 1 580 enfants ont été tués. Depuis le début des échanges de tirs entre "
            "Israël et le Hezbollah, environ 200 ont été blessés, selon le même organisme.",
        ),
    ],
)
def test_the_same_source_is_the_last_that_spoke_not_a_name_beside_it(reference, language, text):
    assert sources_of(reference, text, language) == ["UNICEF", "UNICEF"]


def test_a_pronoun_does_not_point_back_to_an_actor(reference):
    text = (
        "The Gaza Government Media Office, which is run by Hamas, gives the highest figure: it said that 246"
        " journalists had been killed."
    )
    assert sources_of(reference, text) == ["Gaza Government Media Office"]


def test_a_pronoun_noun_no_source_holds_is_the_last_source_that_spoke(reference):
    text = "UNICEF said 1,580 children have been killed in Gaza. The team also said 2,600 were wounded."
    assert sources_of(reference, text) == ["UNICEF", "UNICEF"]


@pytest.mark.parametrize(
    "said",
    ["a-t-il ajouté", "a-t-elle précisé", "ont-ils estimé", "ont-elles estimé", "a-t-il indiqué lundi"],
)
def test_a_french_speech_verb_with_its_pronoun_after_it_is_the_last_source_that_spoke(reference, said):
    text = f"L'ONU a annoncé 69 169 morts. Au moins 20 personnes ont été blessées, {said}."
    assert sources_of(reference, text, "fr") == ["UN", "UN"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aid workers killed: 540 (UN OCHA)", "UN OCHA"),
        ("Journalists killed: at least 197 (CPJ).", "Committee to Protect Journalists"),
        ("Displaced: about 1.9 million, or 90% of the population (UN)", "UN"),
        ("Aid workers killed: 540 (a count by UN OCHA)", "UN OCHA"),
    ],
)
def test_a_source_in_brackets_closing_the_sentence_is_its_source(reference, text, source):
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("17:05 Toll from strike on Khan Younis rises to 90 dead and 300 wounded — health ministry", "Gaza"),
        ("Strike on Khan Younis kills 90, wounds 300 – Civil Defence", "Civil Defence"),
        ("Strike on Khan Younis kills 90, wounds 300 - UNRWA.", "UNRWA"),
    ],
)
def test_a_source_after_a_dash_that_closes_the_line_is_its_source(reference, text, source):
    found = sources_of(reference, text)
    assert len(found) == 2 and all(source in name for name in found)


@pytest.mark.parametrize("wire", ["AFP", "Reuters"])
def test_a_news_agency_after_the_closing_dash_credits_its_wire_and_is_no_source(reference, wire):
    assert sources_of(reference, f"Strike on Khan Younis kills 90, wounds 300 — {wire}") == ["", ""]


@pytest.mark.parametrize(
    "text",
    [
        "Strike on Khan Younis kills 90 — UNRWA school hit, 300 wounded",
        "Strike on Khan Younis kills 90 and wounds 300 in schools of UNRWA",
    ],
)
def test_a_source_not_after_a_dash_that_closes_the_line_is_no_source_of_its_own(reference, text):
    assert "UNRWA" not in sources_of(reference, text)


def test_a_source_in_brackets_within_the_sentence_is_no_source_of_its_own(reference):
    assert sources_of(reference, "Strikes killed 20 people near a UNRWA (UN) school.") == [""]


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


def test_a_noun_that_is_also_a_verb_after_a_speaker_is_its_verb_not_its_count(reference):
    # "officials report": the officials speak of what follows, not of the count before them
    text = "Four hostages rescued from Nuseirat as Gaza officials report heavy death toll."
    assert sources_of(reference, text, "en") == [""]


def test_past_a_count_a_source_opening_its_clause_wins_over_the_speaker_before(reference):
    text = "Israel says it has killed 20,000 militants; Gaza ministry toll tops 50,000."
    assert sources_of(reference, text, "en") == ["Israeli official figures", "Gaza Health Ministry"]


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 were killed near the sites, a spokesman said.",
        ),
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 died near the sites, said the spokeswoman.",
        ),
        (
            "en",
            "The UN has recorded 1,760 killed. Of those, 994 died near the sites, a spokesperson said.",
        ),
        (
            "es",
            "La ONU registró 1.760 muertos. De ellos, 994 murieron cerca de los sitios, precisó la portavoz.",
        ),
        (
            "fr",
            "L'ONU a recensé 1 760 tués. Parmi eux, 994 sont morts près des sites, a dit une porte-parole.",
        ),
        # so does a pronoun that is a noun
        ("en", "The UN has recorded 1,760 killed. Of those, 994 died near the sites, said the agency."),
        (
            "es",
            "La ONU registró 1.760 muertos. De ellos, 994 murieron cerca, precisó la organización.",
        ),
        ("fr", "L'ONU a recensé 1 760 tués. Parmi eux, 994 sont morts près des sites, a dit l'organisation."),
    ],
)
def test_a_spokesperson_speaks_for_the_last_source_before_or_after_the_verb(reference, language, text):
    assert sources_of(reference, text, language) == ["UN", "UN"]


def test_a_pronoun_after_a_speech_verb_opens_what_was_said(reference):
    text = "Hospital officials said 27 were killed. Nasser Hospital said it received the bodies of 11 people."
    assert sources_of(reference, text, "en") == ["Hospital officials", "Nasser Hospital"]


@pytest.mark.parametrize(
    "clause",
    [
        "le ministère libanais de la Santé faisant état de trois morts",
        "le ministère libanais de la Santé précisant que trois personnes avaient été tuées",
        "le ministère libanais de la Santé indiquant que trois personnes avaient été tuées",
    ],
)
def test_a_french_speaker_with_a_present_participle_tells_of_what_follows(reference, clause):
    text = f"Une frappe a tué deux personnes au Liban, a affirmé l'armée israélienne, {clause}."
    assert sources_of(reference, text, "fr") == ["Israeli military", "Lebanese Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNRWA said it was shocked. It added that 540 people had been killed."),
        ("en", '"We are shocked," UNRWA said. It added that 540 people had been killed.'),
        ("es", "La UNRWA dijo estar conmocionada. Añadió que 540 personas han muerto."),
        ("fr", "L'UNRWA a déclaré être choquée. Elle a ajouté que 540 personnes avaient été tuées."),
    ],
)
def test_a_speaker_of_a_sentence_without_a_count_is_who_the_next_one_points_back_to(
    reference, language, text
):
    assert sources_of(reference, text, language) == ["UNRWA"]


@pytest.mark.parametrize(
    "text",
    [
        "La UNRWA dijo estar conmocionada. Añadió que 540 personas han muerto.",
        "La UNRWA dijo estar conmocionada. Además, precisó que 540 personas han muerto.",
    ],
)
def test_a_speech_verb_that_opens_its_sentence_without_a_subject_speaks_for_the_last_source(reference, text):
    assert sources_of(reference, text, "es") == ["UNRWA"]


def test_a_verb_that_opens_its_sentence_without_what_was_said_names_no_speaker(reference):
    assert sources_of(reference, "La UNRWA dijo estar conmocionada. Cifra de muertos: 540.", "es") == [""]


def test_a_speech_verb_inside_its_sentence_without_a_subject_names_no_speaker(reference):
    text = "La UNRWA dijo estar conmocionada. En Gaza, los vecinos informaron que 540 personas han muerto."
    assert sources_of(reference, text, "es") == [""]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", '"We are shocked," said the director of the World Health Organization.', "WHO"),
        (
            "es",
            "«Estamos conmocionados», declaró el portavoz del Ministerio de Sanidad de Gaza.",
            "Gaza Health Ministry",
        ),
        (
            "fr",
            "« Nous sommes choqués », a déclaré le porte-parole du ministère de la Santé de Gaza.",
            "Gaza Health Ministry",
        ),
    ],
)
def test_a_title_for_a_source_may_name_it_with_its_article(reference, language, text, source):
    assert sources_of(reference, f"{text} {ADDED[language]}", language) == [source]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "the head of"),
        ("en", "the chief of"),
        ("en", "the director of"),
        ("en", "the commissioner-general of"),
        ("en", "the regional director of"),
        ("en", "a spokesman for"),
        ("en", "a spokeswoman for"),
        ("en", "a spokesperson for"),
        ("es", "el jefe de la"),
        ("es", "el director regional de la"),
        ("es", "la directora de la"),
        ("es", "el comisionado general de la"),
        ("es", "el portavoz de la"),
        ("fr", "le chef de l'"),
        ("fr", "le directeur de l'"),
        ("fr", "la directrice de l'"),
        ("fr", "le commissaire général de l'"),
        ("fr", "la porte-parole de l'"),
        ("en", "the president of"),
        ("en", "the chair of"),
        ("es", "el presidente de la"),
        ("es", "la presidenta de la"),
        ("fr", "le président de l'"),
        ("fr", "la présidente de l'"),
    ],
)
def test_one_titled_for_a_source_after_the_speech_verb_speaks_for_it(reference, language, title):
    said = {
        "en": '"We are shocked," said',
        "es": "«Estamos conmocionados», declaró",
        "fr": "« Nous sommes choqués », a déclaré",
    }
    text = f"{said[language]} {title}{'' if title.endswith(chr(39)) else ' '}UNRWA. {ADDED[language]}"
    assert sources_of(reference, text, language) == ["UNRWA"]


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
    "text",
    [
        "An Israeli official said Israel believes Hamas knows where at least 19 of the bodies are.",
        "Israeli officials believe Hamas knows where at least 19 of the bodies are.",
    ],
)
def test_a_name_after_a_verb_of_belief_is_not_the_speaker(reference, text):
    assert sources_of(reference, text, "en") == ["Israeli official figures"]


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Six journalists, five of them Al Jazeera staff, were killed in Gaza, the network said."),
        ("en", "Six journalists, five of them Al Jazeera staff, were killed in Gaza, the broadcaster said."),
        (
            "es",
            "Seis periodistas, cinco de ellos empleados de Al Jazeera, murieron en Gaza, informó la cadena.",
        ),
        (
            "fr",
            "Six journalistes, dont cinq employés d'Al Jazeera, ont été tués à Gaza, a annoncé la chaîne"
            " qatarie.",
        ),
    ],
)
def test_a_broadcaster_named_in_its_sentence_is_what_the_network_points_to(reference, language, text):
    assert set(sources_of(reference, text, language)) == {"Al Jazeera"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ministerio de Salud de Gaza dio un primer balance de 18 muertos en el ataque."),
        ("es", "El Ministerio de Salud de Gaza ofreció un nuevo balance de 18 muertos."),
        ("fr", "Le ministère de la Santé de Gaza a donné un premier bilan de 18 morts."),
        ("fr", "Le ministère de la Santé de Gaza a dressé un bilan de 18 morts."),
        ("fr", "Le ministère de la Santé de Gaza dresse un bilan de 18 morts."),
    ],
)
def test_giving_or_drawing_up_a_toll_is_speech(reference, language, text):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère de la Santé de Gaza a fait état de 61 499 morts. Il a également recensé 222 décès.",
        "Le bureau des médias du gouvernement de Gaza avance le chiffre de 222 journalistes tués.",
    ],
)
def test_recording_and_putting_forward_a_figure_are_speech_in_french(reference, text):
    found = figures_in(reference, text, "fr")
    assert found[-1]["attributed_to"] in {"Gaza Health Ministry", "Gaza Government Media Office"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            '"Forty thousand people have had to flee," said Roland Friedrich, the director of UNRWA affairs.',
        ),
        (
            "fr",
            "« Quarante mille personnes ont dû fuir », a déclaré Roland Friedrich, directeur des affaires"
            " de l'UNRWA.",
        ),
    ],
)
def test_a_person_titled_for_a_source_after_the_verb_speaks_for_it(reference, language, text):
    assert sources_of(reference, text, language) == ["UNRWA"]


def test_a_speaker_of_a_sentence_without_a_count_is_named_by_that_sentences_place(reference):
    text = (
        "In Gaza, the health ministry has published new figures. It said 413 Palestinians had been killed"
        " since Israel began its strikes on Saturday."
    )
    document = Document(
        doc="t.txt", title="Israel declares war", text=text, language="en", published_at=date(2023, 10, 8)
    )
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["location"]) == ("Gaza Health Ministry", "Gaza")


SPANISH_SPEECH_PARTICIPLES = (
    "informado dicho confirmado elevado registrado documentado indicado señalado asegurado afirmado precisado"
    " detallado explicado alertado advertido denunciado añadido agregado anunciado declarado estimado"
    " calculado cifrado reportado contabilizado subrayado revelado reconocido actualizado"
).split()


@pytest.mark.parametrize("auxiliary", ["ha", "han", "había", "habían"])
@pytest.mark.parametrize("participle", SPANISH_SPEECH_PARTICIPLES)
def test_a_spanish_speech_verb_in_the_perfect_names_the_speaker(reference, auxiliary, participle):
    text = f"Gaza. El ministerio {auxiliary} {participle} que 30 personas han muerto en las últimas 24 horas."
    assert [f["attributed_to"] for f in figures_in(reference, text, "es")] == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cartera, controlada por Hamás, había informado de 71 muertos en Gaza.", "Gaza Health Ministry"),
        ("La cartera de Sanidad informó de 71 muertos en Gaza.", "Gaza Health Ministry"),
        ("La cartera de Salud informó de 71 muertos en Gaza.", "Gaza Health Ministry"),
        # a portfolio named after the word is a ministry of its own, not the place's health ministry
        ("El ministerio de Exteriores informó de 71 muertos en Gaza.", "Ministerio de Exteriores"),
        ("La cartera del Interior informó de 71 muertos en Gaza.", "Cartera del Interior"),
        ("El ministerio de Gaza informó de 71 muertos.", "Gaza Health Ministry"),
        # a source named after it is no portfolio: the speaker is that source's
        ("El ministerio de Hamás informó de 71 muertos en Gaza.", "Hamas"),
    ],
)
def test_a_ministry_called_its_portfolio_is_the_places_unless_another_is_named(reference, text, expected):
    assert [f["attributed_to"] for f in figures_in(reference, text, "es")] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The ministry of Defence said 30 people were killed in Gaza.", "Ministry of Defence"),
        (
            "en",
            "The ministry of the Interior said 30 people were killed in Gaza.",
            "Ministry of the Interior",
        ),
        ("en", "The health ministry of Gaza said 30 people were killed.", "Gaza Health Ministry"),
        (
            "fr",
            "Le ministère de la Défense a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère de la Défense",
        ),
        (
            "fr",
            "Le ministère du Travail a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère du Travail",
        ),
        (
            "fr",
            "Le ministère des Armées a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère des Armées",
        ),
        (
            "fr",
            "Le ministère de l'Intérieur a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère de l'Intérieur",
        ),
        (
            "es",
            "El Ministerio de Asuntos Exteriores informó de 71 muertos en Gaza.",
            "Ministerio de Asuntos Exteriores",
        ),
        (
            "en",
            "In Lebanon, the Ministry of Public Health said 30 people were killed.",
            "Lebanese Health Ministry",
        ),
        (
            "es",
            "En el Líbano, el ministerio de Salud Pública informó de 71 muertos.",
            "Lebanese Health Ministry",
        ),
        ("es", "En Gaza, la cartera de Sanidad Pública informó de 71 muertos.", "Gaza Health Ministry"),
        (
            "fr",
            "Au Liban, le ministère de la Santé publique a fait état de 30 morts.",
            "Lebanese Health Ministry",
        ),
        (
            "fr",
            "Selon le ministère de la Santé de l'Autorité palestinienne, 30 personnes ont été tuées"
            " en Cisjordanie.",
            "Palestinian Health Ministry",
        ),
    ],
)
def test_a_ministry_of_a_named_portfolio_in_english_and_french(reference, language, text, expected):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [expected]


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


def test_a_ministry_that_updated_its_toll_before_a_colon_speaks_for_it(reference):
    text = "El ministerio de Sanidad de Gaza actualizó este viernes su balance: 1.537 palestinos han muerto."
    assert [f["attributed_to"] for f in figures_in(reference, text, "es")] == ["Gaza Health Ministry"]


def test_who_published_the_names_of_a_count_is_its_source(reference):
    text = "The Israeli military has published the names of 222 soldiers killed in the fighting."
    assert [f["attributed_to"] for f in figures_in(reference, text, "en")] == ["Israeli military"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our colleagues at OCHA tell us that 124,000 people have been displaced in Gaza.", "UN OCHA"),
        ("OCHA tells us that 124,000 people have been displaced in Gaza.", "UN OCHA"),
        # a news agency told is a channel
        ("Officials tell AFP that 124,000 people have been displaced in Gaza.", "Officials"),
        ("Israeli officials tell Reuters that 1,200 people were killed.", "Israeli official figures"),
        ("The army tells AFP that 30 soldiers were killed in Gaza.", "Israeli military"),
    ],
)
def test_who_tells_us_speaks_and_who_is_told_is_a_channel(reference, text, expected):
    assert [f["attributed_to"] for f in figures_in(reference, text, "en")] == [expected]


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
    ("language", "part"),
    [
        ("es", "por la mañana"),
        ("es", "por la tarde"),
        ("es", "por la noche"),
        ("es", "de madrugada"),
        ("fr", "matin"),
        ("fr", "après-midi"),
        ("fr", "soir"),
        ("fr", "dans la soirée"),
        ("fr", "dans la matinée"),
    ],
)
def test_a_speaker_named_after_the_day_and_its_part_speaks(reference, language, part):
    text = {
        "es": f"Las explosiones dejaron 12 muertos, informó el miércoles {part} el Ministerio de Salud"
        " libanés.",
        "fr": f"Les explosions ont fait 12 morts, a déclaré mercredi {part} le ministre libanais de la"
        " Santé.",
    }[language]
    document = Document(doc="t.txt", text=text, language=language, published_at=date(2024, 9, 19))
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["as_of"]) == ("Lebanese Health Ministry", "2024-09-18")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "875 personnes ont été tuées, a indiqué mardi dernier le Haut-Commissariat des Nations unies"
            " aux droits de l'homme.",
        ),
        (
            "es",
            "875 personas murieron, informó el martes pasado el Alto Comisionado de la ONU para los"
            " Derechos Humanos.",
        ),
        (
            "es",
            "875 personas murieron, informó el martes pasado el Alto Comisionado de las Naciones Unidas"
            " para los Derechos Humanos.",
        ),
        ("en", "At least 875 people were killed, the UN High Commissioner for Human Rights said on Tuesday."),
    ],
)
def test_the_un_rights_office_speaks_for_the_un_on_the_day_it_spoke(reference, language, text):
    document = Document(doc="t.txt", text=text, language=language, published_at=date(2025, 7, 18))
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["as_of"]) == ("UN", "2025-07-15")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Forum des familles d'otages rappelle que 251 personnes avaient été enlevées."),
        ("fr", "Le Forum des familles d'otages a rappelé que 251 personnes avaient été enlevées."),
        (
            "fr",
            "Le Forum des familles d'otages salue l'accord, rappelant que 251 personnes avaient été"
            " enlevées.",
        ),
        ("es", "El Foro de Familias de Rehenes recordó que 251 personas fueron secuestradas."),
        ("es", "El Foro de Familias de Rehenes recuerda que 251 personas fueron secuestradas."),
        ("en", "The Hostages Forum recalled that 251 people were abducted."),
    ],
)
def test_who_recalls_a_count_speaks_for_it(reference, language, text):
    assert sources_of(reference, text, language) == ["Hostages and Missing Families Forum"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Of the 74 deaths recorded by WHO this year, most were children.", "WHO"),
        ("en", "There were 74 deaths documented by WHO in March.", "WHO"),
        ("en", "The 74 killings verified by WHO took place in Rafah.", "WHO"),
        ("en", "There were 74 deaths in Rafah counted by WHO.", "WHO"),
        ("es", "Hubo 74 muertos contabilizados por la OMS en marzo.", "WHO"),
        ("es", "Hubo 74 muertes contabilizadas por la OMS en marzo.", "WHO"),
        ("fr", "Il y a eu 74 morts comptabilisés par l'OMS en mars.", "WHO"),
        ("fr", "Il y a eu 74 victimes comptabilisées par l'OMS en mars.", "WHO"),
        ("es", "Hubo 74 muertos registrados por la OMS en marzo.", "WHO"),
        ("es", "Hubo 74 muertes registradas por la OMS en marzo.", "WHO"),
        ("es", "Hubo 74 muertos documentados por la OMS en marzo.", "WHO"),
        ("fr", "Il y a eu 74 morts recensés par l'OMS en mars.", "WHO"),
        ("fr", "Il y a eu 74 victimes recensées par l'OMS en mars.", "WHO"),
        ("fr", "Il y a eu 74 morts enregistrés par l'OMS en mars.", "WHO"),
        ("fr", "Il y a eu 74 morts documentés par l'OMS en mars.", "WHO"),
    ],
)
def test_who_recorded_a_count_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


def test_a_source_named_by_its_members_opening_a_sentence_is_who_they_means_next(reference):
    text = (
        "Les chercheurs de la London School of Hygiene and Tropical Medicine ont croisé trois sources, dont"
        " une enquête menée par le ministère de la Santé de Gaza. Ils estiment qu'entre 55 000 et 78 000"
        " personnes sont mortes à Gaza."
    )
    figures = figures_in(reference, text, "fr")
    assert [f["attributed_to"] for f in figures] == ["London School of Hygiene and Tropical Medicine"]


def test_who_could_report_a_count_makes_no_statement(reference):
    text = (
        "Researchers used a survey in which relatives could report deaths. They estimate that 61,900"
        " people died in Gaza."
    )
    assert sources_of(reference, text, "en") == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The UN human rights office has done its own checks: it verified 8,210 deaths in Gaza."),
        ("es", "La oficina de derechos humanos de la ONU verificó 8.210 muertes en Gaza."),
        ("es", "La oficina de derechos humanos de la ONU ha verificado 8.210 muertes en Gaza."),
        ("fr", "Le Haut-Commissariat de l'ONU aux droits de l'homme a vérifié 8 210 décès à Gaza."),
    ],
)
def test_who_verified_a_count_is_its_source(reference, language, text):
    assert sources_of(reference, text, language) == ["UN"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Prime Minister's Office said 101 hostages remain in Gaza. The Israeli army has lost more"
            " than 720 soldiers since October 7, according to its own figures.",
        ),
        (
            "es",
            "Según la Oficina del primer ministro, en Gaza siguen 101 rehenes. El ejército israelí ha perdido"
            " a más de 720 soldados desde el 7 de octubre, según sus propios datos.",
        ),
    ],
)
def test_a_side_counting_its_own_losses_is_what_its_pronoun_means(reference, language, text):
    assert sources_of(reference, text, language) == ["Israeli Prime Minister's Office", "Israeli military"]


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


def test_the_houthi_health_ministry_in_spanish(reference):
    text = "El Ministerio de Salud hutí denunció la muerte de 11 civiles en Hodeida."
    assert sources_of(reference, text, "es") == ["Houthi Health Ministry"]
    text = "El Ministerio de Salud denunció la muerte de 11 civiles en la provincia de Hodeida, en Yemen."
    assert sources_of(reference, text, "es") == ["Houthi Health Ministry"]


@pytest.mark.parametrize(
    "verb",
    [
        "afirman",
        "afirmaron",
        "aseguran",
        "aseguraron",
        "señalaron",
        "indicaron",
        "anunciaron",
        "confirmaron",
        "denunciaron",
    ],
)
def test_spanish_speech_verbs_in_the_plural(reference, verb):
    text = f"Israel atacó Hodeida. Los hutíes {verb} que seis personas murieron en Yemen."
    assert sources_of(reference, text, "es") == ["Houthis"]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("An Egyptian official briefed on the talks", "Egypt"),
        ("A Qatari official", "Qatar"),
        ("A US official", "US officials"),
        ("A U.S. official", "US officials"),
        ("An American official", "US officials"),
        ("A Lebanese official", "Lebanese government"),
        ("An Iranian official", "Iranian government"),
    ],
)
def test_one_official_of_a_government_speaks_for_it_as_its_officials_do(reference, name, source):
    text = f"{name} told Reuters that a draft deal would see Hamas free 40 hostages."
    assert sources_of(reference, text, "en") == [source]


@pytest.mark.parametrize(
    ("language", "template"),
    [
        ("es", "La guerra ya dejó más de 400 muertos en {place}, según el Ministerio de Salud local."),
        ("es", "La guerra ya dejó más de 400 muertos en {place}, según el Ministerio de Sanidad local."),
        ("fr", "La guerre a fait plus de 400 morts {place}, selon le ministère de la Santé local."),
        ("en", "The war has killed more than 400 people in {place}, according to the local health ministry."),
    ],
)
@pytest.mark.parametrize("place", ["Gaza", "West Bank", "Lebanon"])
def test_the_local_health_ministry_is_the_places(reference, language, template, place):
    names = {
        "es": {"Gaza": "Gaza", "West Bank": "Cisjordania", "Lebanon": "el Líbano"},
        "fr": {"Gaza": "à Gaza", "West Bank": "en Cisjordanie", "Lebanon": "au Liban"},
        "en": {"Gaza": "Gaza", "West Bank": "the West Bank", "Lebanon": "Lebanon"},
    }[language]
    ministry = {"Gaza": "Gaza Health Ministry", "West Bank": "Palestinian Health Ministry"}
    text = template.format(place=names[place])
    assert sources_of(reference, text, language) == [ministry.get(place, "Lebanese Health Ministry")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Con ellos son tres los rehenes que recuperaron la libertad en Gaza."),
        ("fr", "Trois otages ont retrouvé la liberté samedi."),
        ("fr", "Samedi, un total de trois otages a retrouvé la liberté."),
        ("en", "Three hostages regained their freedom on Saturday."),
    ],
)
def test_regaining_freedom_is_a_release(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["hostages_released"]


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
        ("es", "El servicio de emergencias Magen David Adom ha atendido en Israel a 592 heridos."),
        ("es", "El servicio de emergencias Magen David Adom atendió en Israel a 592 heridos."),
        ("fr", "Le service de secours Magen David Adom a soigné 592 blessés en Israël."),
        ("fr", "Le service de secours Magen David Adom a pris en charge 592 blessés en Israël."),
    ],
)
def test_who_treated_the_wounded_counts_them(reference, language, text):
    assert sources_of(reference, text, language) == ["Magen David Adom"]


def test_a_ministry_that_updated_its_toll_in_french_speaks_for_it(reference):
    text = "Le ministère de la Santé a actualisé samedi son bilan : 14 800 morts dans la bande de Gaza."
    assert sources_of(reference, text, "fr") == ["Gaza Health Ministry"]


def test_according_to_its_points_back_to_the_owner_of_the_toll_in_its_sentence(reference):
    text = (
        "The Israeli military said it had killed about 14,000 militants in Gaza. The Gaza Health Ministry's"
        " toll has since passed 35,000, according to its latest update."
    )
    assert sources_of(reference, text) == ["Israeli military", "Gaza Health Ministry"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's Health Ministry said 610 people were killed. Deaths in Iran counted by HRANA stand at 1,054.",
        "Iran's Health Ministry said 610 people were killed.\n1,054: Deaths in Iran counted by HRANA.",
    ],
)
def test_a_passive_speech_verb_speaks_for_its_agent_not_its_subject(reference, text):
    assert sources_of(reference, text) == ["Iranian Health Ministry", "HRANA"]


def test_the_subject_of_a_passive_speech_verb_does_not_speak(reference):
    text = "On Tuesday the military said the bodies of around 1,500 Hamas militants had been found in Israel."
    assert sources_of(reference, text) == ["Israeli military"]


def test_the_subject_of_a_progressive_speech_verb_speaks(reference):
    text = "The health ministry in Gaza is now saying 20 people were killed."
    assert sources_of(reference, text) == ["Gaza Health Ministry"]


def test_a_speech_verb_before_por_su_parte_keeps_its_subject(reference):
    text = "El Ministerio de Sanidad de Gaza dijo por su parte que 40 personas murieron."
    assert sources_of(reference, text, "es") == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Hamas claims 12 Israeli soldiers were killed in Gaza.", ["Hamas"]),
        ("Hamas claimed that 12 Israeli soldiers were killed in Gaza.", ["Hamas"]),
        # a war that claimed lives says nothing
        (
            "Israel's war on Gaza has claimed more than 40,000 lives, the health ministry said.",
            ["Gaza Health Ministry"],
        ),
    ],
)
def test_who_claims_a_count_speaks_for_it(reference, text, sources):
    assert sources_of(reference, text) == sources


@pytest.mark.parametrize(
    ("language", "verb"),
    [
        *[
            ("fr", verb)
            for verb in (
                "indiquait",
                "annonçait",
                "affirmait",
                "précisait",
                "déclarait",
                "estimait",
                "rapportait",
                "signale",
                "a signalé",
                "signalait",
                "assure",
                "a assuré",
                "assurait",
                "évoque",
                "a évoqué",
            )
        ],
        *[
            ("es", verb)
            for verb in (
                "indicaba",
                "informaba",
                "señalaba",
                "afirmaba",
                "aseguraba",
                "decía",
                "reportaba",
                "estimaba",
            )
        ],
    ],
)
def test_speech_verbs_of_the_imperfect_and_of_reporting_name_their_subject(reference, language, verb):
    text = {
        "fr": f"Le ministère de la Santé de Gaza {verb} que 40 personnes avaient été tuées.",
        "es": f"El Ministerio de Salud de Gaza {verb} que 40 personas habían muerto.",
    }[language]
    assert sources_of(reference, text, language) == ["Gaza Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Gobierno libanés habla de cerca de medio millón de desplazados en Líbano."),
        ("es", "El Gobierno libanés hablaba de cerca de medio millón de desplazados en Líbano."),
        ("es", "El Gobierno libanés habló de cerca de medio millón de desplazados en Líbano."),
        ("es", "Las autoridades libanesas hablan de cerca de medio millón de desplazados en Líbano."),
        ("fr", "Le gouvernement libanais parle de près d'un demi-million de déplacés au Liban."),
        ("fr", "Le gouvernement libanais parlait de près d'un demi-million de déplacés au Liban."),
        ("fr", "Le gouvernement libanais a parlé de près d'un demi-million de déplacés au Liban."),
    ],
)
def test_who_speaks_of_a_count_is_its_source(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese government"]


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


@pytest.mark.parametrize("verb", ["font état", "faisaient état"])
def test_who_makes_a_count_known_in_the_plural_speaks_for_it(reference, verb):
    text = f"Les secours du Magen David Adom {verb} de trois morts en Israël."
    assert sources_of(reference, text, "fr") == ["Magen David Adom"]


@pytest.mark.parametrize("verb", ["reportan", "reportaron"])
def test_authorities_who_report_a_count_in_the_plural_speak_for_it(reference, verb):
    text = f"En Israel, las autoridades {verb} 28 muertos por los misiles iraníes."
    assert sources_of(reference, text, "es") == ["Israeli official figures"]


@pytest.mark.parametrize("noun", ["update", "snapshot", "bulletin"])
def test_the_same_publication_speaks_for_the_source_that_published_it(reference, noun):
    text = (
        "The Ministry of Health in Gaza reported on Monday that 730 people had been killed since 18 March."
        f" The same {noun} put the overall death toll at 50,082."
    )
    assert sources_of(reference, text) == ["Gaza Health Ministry", "Gaza Health Ministry"]


def test_who_records_a_count_is_its_source(reference):
    text = "ACLED records 251 reported fatalities in the West Bank in 2025, down from 523 in 2024."
    assert sources_of(reference, text) == ["ACLED", "ACLED"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The Houthi-run health ministry said the strikes killed six people, in a statement carried by"
            " Al Masirah television.\n\nThe channel had initially reported more than 80 casualties.",
            "Al-Masirah",
        ),
        (
            "en",
            "Haaretz published the figures. They were leaked.\n\n"
            "The newspaper said 300 soldiers were wounded.",
            "Israeli media",
        ),
        (
            "es",
            "La televisión Al-Masirah difundió un comunicado.\n\n"
            "La cadena había informado de más de 80 heridos.",
            "Al-Masirah",
        ),
        (
            "fr",
            "La télévision Al-Massirah a diffusé un communiqué.\n\n"
            "La chaîne avait fait état de plus de 80 blessés.",
            "Al-Masirah",
        ),
    ],
)
def test_a_noun_for_a_news_outlet_points_back_to_the_outlet_named_last(reference, language, text, source):
    assert sources_of(reference, text, language)[-1] == source


def test_a_noun_for_a_news_outlet_with_no_outlet_named_before_is_no_one(reference):
    text = "UNICEF said 30 children were killed in Gaza.\n\nThe channel reported 12 more wounded."
    assert sources_of(reference, text, "en") == ["UNICEF", ""]


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


def test_a_known_name_before_a_generic_source_is_who_speaks(reference):
    text = "MSF doctors said 12 people were wounded in Gaza."
    assert sources_of(reference, text, "en") == ["MSF"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "46 people were killed in Yemen, according to the Houthi-run Ministry of Health.",
            "Houthi Health Ministry",
        ),
        ("en", "Strikes killed 35 in Sanaa, the ministry said.", "Houthi Health Ministry"),
        ("es", "Los ataques mataron a 35 personas en Saná, según el ministerio.", "Houthi Health Ministry"),
        ("fr", "Les frappes ont tué 35 personnes à Sanaa, selon le ministère.", "Houthi Health Ministry"),
        ("en", "Strikes killed 35 in Tehran, the ministry said.", "Iranian Health Ministry"),
        (
            "es",
            "Los ataques mataron a 35 personas en Teherán, según el ministerio.",
            "Iranian Health Ministry",
        ),
        ("fr", "Les frappes ont tué 35 personnes à Téhéran, selon le ministère.", "Iranian Health Ministry"),
    ],
)
def test_the_ministry_of_a_count_placed_in_yemen_or_iran_is_its_health_ministry(
    reference, language, text, source
):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    "name",
    [
        "Yemeni Journalists Syndicate",
        "Gaza Workers Union",
        "Palestinian Bar Association",
        "Independent Elections Commission",
        "Arab Medical Federation",
        "Civil Society Coalition",
        "Human Rights League",
        "Humanitarian Alliance",
        "Welfare Trust",
    ],
)
def test_an_unknown_organisation_speaks_for_itself_not_for_the_last_source(reference, name):
    text = f"The ministry said 3 died in Sanaa. The {name} said 31 journalists had been killed in Sanaa."
    assert sources_of(reference, text, "en") == ["Houthi Health Ministry", name]


def test_the_commission_of_detainees_and_ex_detainees_affairs_is_the_commission(reference):
    text = "1,968 prisoners were freed, according to the Commission of Detainees' and Ex-Detainees' Affairs."
    assert sources_of(reference, text, "en") == ["Commission of Detainees' Affairs"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "MDA: 61 people wounded in drone strike near Binyamina.", "Magen David Adom"),
        (
            "en",
            "Lebanon's Health Ministry: 21 killed in Israeli strike on Aitou.",
            "Lebanese Health Ministry",
        ),
        ("es", "OCHA: 60 muertos en Gaza en la última semana.", "UN OCHA"),
        # a place that labels an entry is where, not who
        ("en", "Lebanon: Israeli strike kills 13 in Nabatieh.", ""),
        ("es", "Líbano: más de 3.000 muertos desde octubre.", ""),
        # a name before a colon inside the sentence labels nothing
        (
            "en",
            "Strikes killed 30 people in Gaza on Monday, the worst day for UNRWA: its schools were hit.",
            "",
        ),
    ],
)
def test_a_known_name_labelling_an_entry_with_a_colon_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las explosiones dejaron 37 muertos en el sur del Líbano, según el ministerio libanés."),
        ("fr", "Les explosions ont fait 37 morts dans le sud du Liban, selon le ministère libanais."),
    ],
)
def test_the_lebanese_ministry_is_lebanons_health_ministry(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese Health Ministry"]


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
    ("text", "expected"),
    [
        (
            "Gaza's toll crosses 50,000 as Israel's budget deadline looms\n\n"
            "The Hamas-run Health Ministry said 50,021 people had been killed. The ministry said 673 people"
            " had been killed since Israel resumed its offensive.",
            ("Gaza", "Gaza Health Ministry"),
        ),
        (
            "Iran fires missiles at Israel\n\n"
            "Lebanon's health ministry says Israeli strikes killed 55 people."
            "\n\nThe ministry's running total now stands at 1,873 dead.",
            ("Lebanon", "Lebanese Health Ministry"),
        ),
        # a last speaker whose name does not call it so is not the ministry
        (
            "Israel strikes Gaza\n\nIsraeli officials said 12 militants were killed in Gaza.\n\n"
            "Toll rises to 413, ministry says",
            ("Gaza", "Gaza Health Ministry"),
        ),
    ],
)
def test_the_ministry_after_a_ministry_spoke_is_that_ministry_and_places_its_count(reference, text, expected):
    document = Document(doc="t.txt", text=text, title=text.split("\n")[0], published_at=date(2025, 3, 24))
    last = extract_document(document, reference).to_dict("records")[-1]
    assert (last["location"], last["attributed_to"]) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Según el Ministerio de Sanidad de Gaza, 424 personas han muerto desde el alto el fuego.\n\n"
            "Israel sostiene que sus ataques responden a violaciones del acuerdo.\n\n"
            "El ministerio eleva a 71.386 los muertos desde octubre de 2023.",
        ),
        (
            "fr",
            "Selon le ministère de la Santé de Gaza, 424 personnes ont été tuées depuis la trêve.\n\n"
            "Israël affirme que ses frappes répondent à des violations de l'accord.\n\n"
            "Lundi, le ministère faisait état de 71 386 morts depuis octobre 2023.",
        ),
    ],
)
def test_the_ministry_is_the_one_last_named_so_though_a_government_spoke_since(reference, language, text):
    assert sources_of(reference, text, language) == ["Gaza Health Ministry", "Gaza Health Ministry"]


def test_an_agency_named_by_that_word_alone_is_no_full_name_to_point_back_to(reference):
    text = (
        "UN agency says 29 of its Gaza staff killed\n\n"
        "The UN agency for Palestine refugees said on Sunday that 29 of its employees in Gaza had been "
        "killed, up from the 17 deaths it had confirmed a day earlier. Teachers made up half of the dead, "
        "UNRWA said. "
        "The agency said strikes on its schools had killed a dozen people sheltering inside."
    )
    assert sources_of(reference, text, "en")[-1] == "UNRWA"


@pytest.mark.parametrize("adverb", ["encore", "également", "aussi", "déjà", "ensuite", "par ailleurs"])
def test_an_adverb_inside_a_french_speech_verb_keeps_it_a_speech_verb(reference, adverb):
    text = f"Au Liban, lundi soir, le ministère de la Santé faisait {adverb} état de 492 morts."
    assert sources_of(reference, text, "fr") == ["Lebanese Health Ministry"]


def test_the_palestinian_ministry_of_health_is_the_ramallah_ministry(reference):
    text = "The Palestinian Ministry of Health reports 923 Palestinians killed in the West Bank."
    assert sources_of(reference, text, "en") == ["Palestinian Health Ministry"]


def test_the_group_is_the_last_source_of_that_kind_that_spoke(reference):
    text = (
        "The Houthis said the missile had hit its target. Israel's military said the missile was not "
        "intercepted. The group's statement also said that strikes on Yemen had killed 106 people."
    )
    assert sources_of(reference, text, "en") == ["Houthis"]


def test_it_is_no_word_inside_the_name_of_a_kind(reference):
    text = (
        "Israel's military said it hit militants. The Gaza Health Ministry said 40 people were killed. "
        "It said 442 people had been killed since the ceasefire."
    )
    assert sources_of(reference, text, "en") == ["Gaza Health Ministry", "Gaza Health Ministry"]


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


def test_the_foreign_ministry_of_french_coverage_is_frances(reference):
    text = "Le ministère des Affaires étrangères rappelle que trois Franco-Israéliens sont retenus à Gaza."
    assert sources_of(reference, text, "fr") == ["French Foreign Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "La cancillería de Tailandia precisó que 17 ciudadanos fueron liberados.",
            "Thai Foreign Ministry",
        ),
        (
            "es",
            "La cancillería tailandesa precisó que 17 ciudadanos fueron liberados.",
            "Thai Foreign Ministry",
        ),
        (
            "es",
            "La Cancillería argentina confirmó nueve argentinos muertos en Israel.",
            "Argentine Foreign Ministry",
        ),
        (
            "en",
            "The Argentine Foreign Ministry said nine Argentines died in Israel.",
            "Argentine Foreign Ministry",
        ),
        (
            "en",
            "Argentina's foreign ministry said nine Argentines died in Israel.",
            "Argentine Foreign Ministry",
        ),
    ],
)
def test_foreign_ministries_by_their_names_in_coverage(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Las autoridades sanitarias controladas por los rebeldes hutíes de Yemen elevaron a 46 el número"
            " de muertos.",
            "Houthi Health Ministry",
        ),
        (
            "fr",
            "Les autorités sanitaires contrôlées par les rebelles houthis ont porté le bilan à 46 morts"
            " au Yémen.",
            "Houthi Health Ministry",
        ),
    ],
)
def test_who_runs_the_speaker_does_not_speak(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


def test_a_day_after_by_is_no_agent_before_the_speaker(reference):
    # "by" and a capitalised word: a deadline's day, not the runner of the name after it
    assert sources_of(reference, "By Tuesday Hamas said 46 people had been killed in Gaza.", "en") == [
        "Hamas"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lo elevó a 22 muertos el viernes.",
        "Este viernes por la mañana lo elevó a 22 muertos.",
        "El viernes, lo elevó a 22 muertos.",
    ],
)
def test_a_toll_raised_with_no_subject_is_the_last_speakers(reference, sentence):
    text = f"El Ministerio de Salud libanés informó el jueves de 18 muertos. {sentence}"
    assert sources_of(reference, text, "es") == ["Lebanese Health Ministry"] * 2


def test_a_day_before_a_speech_verb_with_no_subject_is_no_subject(reference):
    text = "El Ministerio de Salud libanés informó de 18 muertos. Ayer añadió que 22 personas murieron."
    assert sources_of(reference, text, "es") == ["Lebanese Health Ministry"] * 2


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Vingt-quatre otages ont été libérés, a annoncé dans la soirée le porte-parole du ministère "
            "qatari des Affaires étrangères.",
        ),
        ("es", "Veinte rehenes fueron liberados, informó por la noche el ministerio de Exteriores de Catar."),
    ],
)
def test_a_subject_after_its_verb_and_the_part_of_the_day_it_spoke_speaks(reference, language, text):
    assert sources_of(reference, text, language) == ["Qatar"]


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
        (
            "es",
            "El Ministerio de Salud libanés elevó a 37 los muertos. El miércoles por la noche, el mismo"
            " departamento había informado de 20 muertos.",
        ),
        (
            "en",
            "Lebanon's health ministry raised the toll to 37. On Wednesday night the same department had"
            " reported 20 dead.",
        ),
        (
            "fr",
            "Le ministère libanais de la Santé a porté le bilan à 37 morts. Mercredi soir, le même service"
            " avait fait état de 20 morts.",
        ),
    ],
)
def test_the_same_one_as_subject_is_the_source_that_spoke_last(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese Health Ministry", "Lebanese Health Ministry"]


@pytest.mark.parametrize(
    "second",
    [
        "The ICRC said the same day that its field hospital had received 179 casualties.",
        "The estimate is not the same as a letter published in the journal, whose authors argued that as"
        " many as 186,000 deaths could eventually be attributed to the war.",
    ],
)
def test_the_same_without_a_noun_of_an_organisation_is_no_source(reference, second):
    text = f"The Health Ministry in Gaza said 31 people had been killed. {second}"
    assert sources_of(reference, text)[1] != "Gaza Health Ministry"


THIS_ORGANISATION_TEXTS = {
    "en": "Gaza's civil defence said it had recovered 200 bodies. According to {}, 9,500 are missing.",
    "es": "La Defensa Civil de Gaza dijo que 200 cuerpos fueron recuperados. Según {}, 9.500 desaparecidos.",
    "fr": "La Défense civile de Gaza a dit avoir retrouvé 200 corps. Selon {}, 9 500 sont disparus.",
}


@pytest.mark.parametrize(
    ("language", "organisation"),
    [
        ("en", "this agency"),
        ("es", "este organismo"),
        ("es", "esta organización"),
        ("fr", "cette organisation"),
        ("fr", "cet organisme"),
        ("fr", "ce groupe"),
    ],
)
def test_according_to_this_organisation_is_the_last_source_that_spoke(reference, language, organisation):
    text = THIS_ORGANISATION_TEXTS[language].format(organisation)
    assert sources_of(reference, text, language) == ["Gaza Civil Defence", "Gaza Civil Defence"]


def test_according_to_this_organisation_is_the_one_named_last_whether_it_spoke_or_not(reference):
    text = (
        "La ofensiva ha causado 67.869 muertos, según el Ministerio de Salud de Gaza, cuyas cifras considera"
        " fiables la ONU. Otras 170.105 personas han resultado heridas, según la misma fuente.\n\nMiles de"
        " desplazados han regresado al norte, donde la Defensa Civil trata de recuperar los cuerpos. Según"
        " este organismo, unas 9.500 personas siguen desaparecidas."
    )
    assert sources_of(reference, text, "es")[-1] == "Gaza Civil Defence"
