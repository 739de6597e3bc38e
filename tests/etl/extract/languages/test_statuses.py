"""Proposed and projected figures in each language: deals, plans, models and what could happen."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Up to 58,260 excess deaths could occur in Gaza, the study said."),
        ("es", "Hasta 58.260 muertes más podrían producirse en Gaza, según el estudio."),
        ("es", "El número de muertos podría superar los 60.000, según el estudio."),
        ("es", "Las muertes en Gaza podrían superar las 60.000, según el estudio."),
        ("fr", "Jusqu'à 58 260 décès supplémentaires pourraient survenir à Gaza, selon l'étude."),
        ("fr", "Le bilan pourrait dépasser 60 000 morts, selon l'étude."),
        # what a model projected, in the past tense
        ("en", "One model projected between 6,550 and 11,580 excess deaths in Gaza over six months."),
        ("es", "Un modelo proyectó entre 6.550 y 11.580 muertes adicionales en Gaza en seis meses."),
        ("es", "Los investigadores proyectaron entre 6.550 y 11.580 muertes adicionales en Gaza."),
        ("fr", "Un modèle a projeté entre 6 550 et 11 580 morts supplémentaires à Gaza en six mois."),
        # what researchers project, in the present
        ("fr", "Des chercheurs projettent de 8 000 à 12 000 morts supplémentaires à Gaza d'ici août."),
        ("fr", "L'équipe de recherche projette de 8 000 à 12 000 morts supplémentaires à Gaza."),
        ("es", "Los investigadores proyectan entre 8.000 y 12.000 muertes adicionales en Gaza."),
        ("es", "El equipo de investigación proyecta entre 8.000 y 12.000 muertes adicionales en Gaza."),
    ],
)
def test_deaths_that_could_occur_are_projected_in_each_language(reference, language, text):
    assert [status for (status,) in rows(reference, text, language, columns=("status",))] == ["projected"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", f"As many as 100,000 people {modal} displaced by the offensive.")
        for modal in ("could be", "may be")
    ]
    + [
        ("en", f"As many as 100,000 people {modal} forced to flee.")
        for modal in ("could be", "may be", "might be")
    ]
    + [
        ("en", "As many as 100,000 people might be displaced by the offensive."),
        ("en", "Some 20,000 more people would be displaced if the operation widens."),
        ("en", "The offensive could displace 30,000 more people."),
        ("en", "The offensive may displace 30,000 more people."),
        ("en", "The offensive might displace 30,000 more people."),
        ("es", "Hasta 100.000 personas podrían ser desplazadas por la ofensiva."),
        ("es", "Hasta 100.000 civiles podrían ser desplazados por la ofensiva."),
        ("es", "Hasta 100.000 personas podrían verse obligadas a huir."),
        ("es", "Hasta 100.000 civiles podrían verse obligados a huir."),
        ("fr", "Jusqu'à 100 000 personnes pourraient être déplacées par l'offensive."),
        ("fr", "Jusqu'à 100 000 civils pourraient être déplacés par l'offensive."),
        ("fr", "Jusqu'à 100 000 personnes pourraient être contraintes de fuir."),
        ("fr", "Jusqu'à 100 000 civils pourraient être contraints de fuir."),
    ],
)
def test_people_who_could_be_displaced_are_projected(reference, language, text):
    found = rows(reference, text, language, columns=("metric", "status"))
    assert found == [("displaced", "projected")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel approves release of 250 Palestinian prisoners"),
        ("en", "The cabinet approved the release of 250 Palestinian prisoners."),
        ("es", "Israel aprueba la liberación de 250 presos palestinos"),
        ("es", "El Gobierno aprobó la liberación de 250 presos palestinos."),
        ("fr", "Israël approuve la libération de 250 prisonniers palestiniens"),
        ("fr", "Le gouvernement a approuvé la libération de 250 prisonniers palestiniens."),
    ],
)
def test_an_approved_release_is_proposed(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value", "status")) == [
        ("prisoners_released", 250, "proposed")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas was also to hand over the bodies of 28 deceased hostages."),
        ("es", "Hamás debía entregar los cuerpos de 28 rehenes fallecidos."),
        ("es", "Hamás debían entregar los cuerpos de 28 rehenes fallecidos."),
        ("fr", "Le Hamas devait remettre les corps de 28 otages morts."),
        ("es", "El acuerdo contempla la devolución de los cuerpos de 28 rehenes fallecidos."),
        ("es", "Hamás entregará los cuerpos de 28 rehenes fallecidos."),
        ("fr", "Le Hamas remettra les corps de 28 otages morts."),
    ],
)
def test_what_a_side_was_to_do_or_will_do_is_proposed(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value", "status")) == [
        ("hostages_dead", 28, "proposed")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Even with a ceasefire, the model envisages some 6,550 additional deaths."),
        ("en", "Even with a ceasefire, the study envisages some 6,550 additional deaths."),
        ("es", "Incluso con un alto el fuego, el modelo prevé unas 6.550 muertes adicionales."),
        ("es", "Incluso con un alto el fuego, el estudio prevé unas 6.550 muertes adicionales."),
        ("fr", "Même avec un cessez-le-feu, le modèle prévoit quelque 6 550 morts supplémentaires."),
        ("fr", "Même avec un cessez-le-feu, l'étude prévoit quelque 6 550 morts supplémentaires."),
    ],
)
def test_what_a_model_foresees_is_projected(reference, language, text):
    assert rows(reference, text, language, columns=("value", "status")) == [(6550, "projected")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The war could cause 186,000 deaths."),
        ("en", "The war could ultimately cause 186,000 deaths."),
        ("en", "The war could lead to 186,000 deaths."),
        ("es", "La guerra podría causar 186.000 muertes."),
        ("es", "La guerra podría provocar 186.000 muertes."),
        ("fr", "La guerre pourrait causer 186 000 morts."),
        ("fr", "La guerre pourrait provoquer 186 000 morts."),
    ],
)
def test_deaths_something_could_cause_are_projected(reference, language, text):
    assert rows(reference, text, language, columns=("value", "status")) == [(186000, "projected")]


RELEASES_AHEAD = {
    "es": "excarcelará excarcelarán excarcelaría excarcelarían liberarán liberarían devolverá devolverán"
    " soltará soltarán",
    "fr": "libéreront relâchera relâcheront libérerait libéreraient",
}


@pytest.mark.parametrize(
    ("language", "verb"),
    [(language, verb) for language, verbs in RELEASES_AHEAD.items() for verb in verbs.split()],
)
def test_a_release_in_the_future_or_conditional_is_proposed(reference, language, verb):
    text = {
        "es": f"Israel {verb} a 150 presos palestinos.",
        "fr": f"Israël {verb} 150 prisonniers palestiniens.",
    }
    assert rows(reference, text[language], language, columns=("metric", "value", "status")) == [
        ("prisoners_released", 150, "proposed")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La première phase doit permettre le retour de 33 otages contre environ 1 900 prisonniers.",
            [(33, "hostages_released", "proposed"), (1900, "prisoners_released", "proposed")],
        ),
        (
            "fr",
            "Les phases suivantes doivent permettre le retour des 33 otages.",
            [(33, "hostages_released", "proposed")],
        ),
        (
            "es",
            "La primera fase debe permitir el regreso de 33 rehenes.",
            [(33, "hostages_released", "proposed")],
        ),
        (
            "es",
            "Las fases siguientes deben permitir el retorno de 33 rehenes.",
            [(33, "hostages_released", "proposed")],
        ),
    ],
)
def test_the_return_of_hostages_in_a_deal_is_their_proposed_release(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "metric", "status")) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel committed to free 1,900 prisoners."),
        ("en", "Israel pledged to free 1,900 prisoners."),
        ("es", "Israel se comprometió a liberar a 1.900 presos."),
        ("es", "Las partes se comprometieron a liberar a 1.900 presos."),
        ("es", "Israel se ha comprometido a liberar a 1.900 presos."),
        ("fr", "Israël s'est engagé à libérer 1 900 prisonniers."),
        ("fr", "La partie israélienne s'est engagée à libérer 1 900 prisonniers."),
        ("fr", "Les dirigeants israéliens se sont engagés à libérer 1 900 prisonniers."),
    ],
)
def test_what_a_side_commits_to_is_proposed(reference, language, text):
    assert [f["status"] for f in figures_in(reference, text, language)] == ["proposed"]


@pytest.mark.parametrize(
    ("language", "text", "statuses"),
    [
        # past a clause of contrast, the cue of the clause before is not the count's
        (
            "es",
            "Ya son 10 los rehenes liberados de los 33 que contempla el acuerdo, mientras que Israel ha"
            " excarcelado a 400 presos.",
            ["reported", "proposed", "reported"],
        ),
        # a cue after "and" that opens a verb of its own is the next clause's
        ("en", "Hamas freed the 20 hostages and had pledged to return the bodies.", ["reported"]),
        ("en", "Hamas freed the 20 hostages and handed over the coffins under the plan.", ["reported"]),
        ("en", "Hamas freed the 20 hostages and would return the bodies later.", ["reported"]),
        ("es", "Hamás liberó a los 20 rehenes y se comprometió a entregar los cuerpos.", ["reported"]),
        ("fr", "Le Hamas a libéré les 20 otages et s'était engagé à restituer les corps.", ["reported"]),
        # "and" joining two nouns opens no verb
        ("en", "Up to 1,904 prisoners and detainees are to be released.", ["proposed"]),
        # a relative clause broken by an aside goes on past it, to the count
        (
            "es",
            "Las negociaciones, que contemplan, según funcionarios estadounidenses, la liberación de unos 40"
            " rehenes, siguen en Doha.",
            ["proposed"],
        ),
        (
            "en",
            "The talks, which envisage, according to US officials, the release of some 40 hostages, go on in"
            " Doha.",
            ["proposed"],
        ),
        # a subordinate clause the sentence opens with is a clause of its own
        ("en", "As you will have seen, five people were seriously injured in the strike.", ["reported"]),
        ("en", "When the truce ends, 20 hostages will have been freed.", ["proposed"]),
        # "which is to say" restates; it proposes nothing
        ("en", "The ministry — which is to say, Hamas — said 17,997 people had been killed.", ["reported"]),
    ],
)
def test_a_status_cue_of_another_clause_is_not_the_counts(reference, language, text, statuses):
    assert [f["status"] for f in figures_in(reference, text, language)] == statuses


@pytest.mark.parametrize(
    "text",
    [
        "Hamas to release all 20 living hostages within 72 hours.",
        "Israel to free 250 Palestinians serving life sentences.",
        "The remains of the 28 dead hostages to be handed over.",
        "Hamas to hand over the remains of 28 dead hostages.",
    ],
)
def test_a_headline_infinitive_of_a_release_is_a_term_of_the_deal(reference, text):
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["proposed"]


def test_a_projection_names_its_source(reference):
    text = "UN OCHA projects that a further 300,000 people could be forced to move."
    assert [(f["attributed_to"], f["status"]) for f in figures_in(reference, text, "en")] == [
        ("UN OCHA", "projected")
    ]
