"""Who speaks: the name that governs a speech verb, and the names before or after it that do not."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.attribution.helpers import sources_of


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
    ("text", "sources"),
    [
        # after a comma and a conjunction, a speaker with words of its own makes a statement of its own
        (
            "The remains of 24 hostages are still in Gaza, and Hamas has said finding them could take time.",
            [""],
        ),
        ("The remains of 24 hostages are still in Gaza, and Hamas said finding them could take time.", [""]),
        # set off by a comma alone, or closing the sentence, it speaks for the count before it
        ("The remains of 24 hostages are still in Gaza, Hamas said.", ["Hamas"]),
        ("The remains of 24 hostages are still in Gaza, Hamas said on Monday.", ["Hamas"]),
        # after a conjunction with no words of its own, it confirms the count
        ("The remains of 24 hostages are still in Gaza, and Hamas confirmed it.", ["Hamas"]),
    ],
)
def test_a_speaker_in_a_clause_joined_after_the_count_speaks_for_it_only_when_it_closes(
    reference, text, sources
):
    assert sources_of(reference, text) == sources


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


def test_a_capitalised_word_after_a_preposition_is_a_place_not_a_spokesman(reference):
    # "Washington said" would otherwise be a spokesman, speaking for the last source
    text = (
        "Iranian missile attacks have killed 24 people in Israel, Israeli officials said.\n"
        "A group based in Washington said Israeli strikes had killed at least 639 people in Iran."
    )
    assert sources_of(reference, text) == ["Israeli official figures", ""]


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


def test_a_noun_that_is_also_a_verb_after_a_speaker_is_its_verb_not_its_count(reference):
    # "officials report": the officials speak of what follows, not of the count before them
    text = "Four hostages rescued from Nuseirat as Gaza officials report heavy death toll."
    assert sources_of(reference, text, "en") == [""]


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
    "text",
    [
        "An Israeli official said Israel believes Hamas knows where at least 19 of the bodies are.",
        "Israeli officials believe Hamas knows where at least 19 of the bodies are.",
    ],
)
def test_a_name_after_a_verb_of_belief_is_not_the_speaker(reference, text):
    assert sources_of(reference, text, "en") == ["Israeli official figures"]


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


def test_a_known_name_before_a_generic_source_is_who_speaks(reference):
    text = "MSF doctors said 12 people were wounded in Gaza."
    assert sources_of(reference, text, "en") == ["MSF"]


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
        ("es", "El portavoz militar indicó que 12 soldados murieron en Gaza."),
        ("es", "El portavoz del Ejército dijo que 12 soldados murieron en Gaza."),
        ("fr", "Le porte-parole militaire a indiqué que 12 soldats ont été tués à Gaza."),
        ("fr", "Selon le porte-parole de l'armée, 12 soldats ont été tués à Gaza."),
    ],
)
def test_the_military_spokesperson_speaks_for_the_army_in_spanish_and_french(reference, language, text):
    assert sources_of(reference, text, language) == ["Israeli military"]
