"""Which verbs are speech, in each language, tense, voice and number, and whom they make a source."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in


def test_a_warning_is_a_statement(reference):
    text = "The UN's humanitarian chief warned on Tuesday that 14,000 babies could die in Gaza."
    document = Document(doc="t.txt", text=text, published_at=date(2025, 5, 21))
    (figure,) = extract_rows(document, reference)
    assert (figure["attributed_to"], figure["as_of"], figure["status"]) == ("UN", "2025-05-20", "projected")


def test_what_a_count_found_is_its_finding(reference):
    text = "An Associated Press count found that 35 people were killed in the festival area."
    assert sources_of(reference, text) == ["AP"]


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


def test_a_ministry_that_updated_its_toll_before_a_colon_speaks_for_it(reference):
    text = "El ministerio de Sanidad de Gaza actualizó este viernes su balance: 1.537 palestinos han muerto."
    assert [f["attributed_to"] for f in figures_in(reference, text, "es")] == ["Gaza Health Ministry"]


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


@pytest.mark.parametrize("verb", ["font état", "faisaient état"])
def test_who_makes_a_count_known_in_the_plural_speaks_for_it(reference, verb):
    text = f"Les secours du Magen David Adom {verb} de trois morts en Israël."
    assert sources_of(reference, text, "fr") == ["Magen David Adom"]


@pytest.mark.parametrize("verb", ["reportan", "reportaron"])
def test_authorities_who_report_a_count_in_the_plural_speak_for_it(reference, verb):
    text = f"En Israel, las autoridades {verb} 28 muertos por los misiles iraníes."
    assert sources_of(reference, text, "es") == ["Israeli official figures"]


def test_who_records_a_count_is_its_source(reference):
    text = "ACLED records 251 reported fatalities in the West Bank in 2025, down from 523 in 2024."
    assert sources_of(reference, text) == ["ACLED", "ACLED"]


@pytest.mark.parametrize("adverb", ["encore", "également", "aussi", "déjà", "ensuite", "par ailleurs"])
def test_an_adverb_inside_a_french_speech_verb_keeps_it_a_speech_verb(reference, adverb):
    text = f"Au Liban, lundi soir, le ministère de la Santé faisait {adverb} état de 492 morts."
    assert sources_of(reference, text, "fr") == ["Lebanese Health Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "dar por muerto": to hold someone dead is to say so
        (
            "es",
            "De los 251 rehenes, 49 siguen en Gaza, incluidos 27 que el Ejército da por muertos.",
            "Israeli military",
        ),
        (
            "es",
            "De los 251 rehenes, 49 siguen, incluidos 27 que las autoridades israelíes dan por muertos.",
            "Israeli official figures",
        ),
        (
            "es",
            "De los 251 rehenes, 49 seguían en Gaza, incluidos 27 que el Ejército daba por muertos.",
            "Israeli military",
        ),
        (
            "es",
            "De los 251 rehenes, 49 siguen en Gaza. El Ejército dio por muertos a 27 de ellos.",
            "Israeli military",
        ),
        (
            "fr",
            "Sur les 251 otages, 49 sont toujours à Gaza, dont 27 que l'armée tient pour morts.",
            "Israeli military",
        ),
        (
            "fr",
            "Sur les 251 otages, 49 sont toujours à Gaza, dont 27 que l'armée considère comme morts.",
            "Israeli military",
        ),
    ],
)
def test_who_holds_hostages_dead_stands_behind_their_count(reference, language, text, source):
    dead = [f for f in figures_in(reference, text, language) if f["value"] == 27]
    assert [(f["metric"], f["attributed_to"]) for f in dead] == [("hostages_dead", source)]
