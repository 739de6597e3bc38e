"""Who speaks in each turn of a transcript (etl.extract.speaker_turns)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


def sources_of(reference, text: str) -> list[tuple[int, str]]:
    return [(f["value"], f["attributed_to"]) for f in figures_in(reference, text, "en")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # an organisation in the label's aside
        ("LAERKE (OCHA): Some 1.6 million people have been displaced.", [(1600000, "UN OCHA")]),
        # the government of a country in it
        ("MR. ERDAN (Israel): Hamas is still holding 130 hostages.", [(130, "Israeli official figures")]),
        # the label's name itself
        ("PRIME MINISTER NETANYAHU: They kidnapped 251 people.", [(251, "Israeli Prime Minister's Office")]),
        # where the text introduces the speaker
        (
            "Statement by IDF Spokesperson Rear Adm. Daniel Hagari.\n\n"
            "HAGARI (translated): Since October 7, 332 soldiers have been killed.",
            [(332, "Israeli military")],
        ),
        # an organisation no table knows, by its own name
        (
            "Joining me is Dr Samir Haddad, a physician at the Nasser Medical Complex.\n\n"
            "DR. HADDAD: We received 68 bodies of people killed in the strike.",
            [(68, "Nasser Medical Complex")],
        ),
        (
            "Kirby is the NSC coordinator.\n\nMR. KIRBY: Since Friday, 58 hostages have been released.",
            [(58, "US officials")],
        ),
        (
            "John Kirby speaks for the National Security Council.\n\n"
            "MR. KIRBY: Since Friday, 58 hostages have been freed.",
            [(58, "US officials")],
        ),
    ],
)
def test_a_figure_in_a_speakers_turn_is_the_speakers(reference, text, sources):
    assert sources_of(reference, text) == sources


def test_a_speaker_named_by_surname_is_who_the_first_label_introduced(reference):
    text = (
        "ISMAIL AL-THAWABTA, Director General of the Government Media Office (through interpreter): "
        "The number of martyrs has risen to 13,300.\n\n"
        "QUESTION (Anadolu): And the wounded?\n\n"
        "AL-THAWABTA (through interpreter): More than 31,000 have been wounded."
    )
    assert sources_of(reference, text) == [
        (13300, "Gaza Government Media Office"),
        (31000, "Gaza Government Media Office"),
    ]


def test_a_turn_goes_on_over_paragraphs_until_the_next_label(reference):
    text = (
        "LAERKE (OCHA): Some 1.6 million people have been displaced.\n\n"
        "About 50 people were killed on Monday.\n\n"
        "QUESTION: Were 70 people killed?"
    )
    assert sources_of(reference, text) == [(1600000, "UN OCHA"), (50, "UN OCHA"), (70, "")]


@pytest.mark.parametrize(
    "text",
    [
        # a journalist's role, in the label or right before the name where they are introduced
        "HANNAH PRICE (CORRESPONDENT): About 20 people were killed here.",
        "Tom Okafor covers the IDF.\n\nOKAFOR (HOST): About 20 people were killed here.",
        "Our correspondent Hannah Price is with the IDF.\n\nPRICE: About 20 people were killed here.",
        # a news medium
        "Dana Weiss of Channel 12 joins us.\n\nWEISS: About 20 people were killed here.",
        # a place next to the speaker's name is where they are, not who they speak for
        "Yossi Cohen is in southern Israel.\n\nCOHEN: About 20 people were killed here.",
        # an organisation inside a compound word is not theirs
        "Samir Haddad works in the Hamas-run territory.\n\nHADDAD: About 20 people were killed here.",
        # nor one in another sentence
        "The army said it struck Hamas. Joining me is Samir Haddad.\n\nHADDAD: About 20 people were killed.",
        # a place that heads a report opens no turn
        "LEBANON: Flash Update #33\n\nAbout 20 people were killed on Monday.",
    ],
)
def test_a_turn_without_a_source_of_its_own_names_no_one(reference, text):
    assert sources_of(reference, text)[-1] == (20, "")


def test_a_label_is_on_one_line(reference):
    text = (
        "Statement by IDF Spokesperson Daniel Hagari.\n"
        "UNITED NATIONS\n"
        "HAGARI (translated): Since October 7, 332 soldiers have been killed."
    )
    assert sources_of(reference, text) == [(332, "Israeli military")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *[
            ("en", f"Tom Okafor covers the IDF.\n\nOKAFOR ({role}): About 20 people were killed here.")
            for role in (
                "CORRESPONDENT",
                "PRESENTER",
                "ANCHOR",
                "HOST",
                "REPORTER",
                "NEWSREADER",
                "INTERVIEWER",
                "MODERATOR",
                "QUESTION",
                "EDITOR",
                "JOURNALIST",
            )
        ],
        ("en", "My colleague Tom Okafor covers the IDF.\n\nOKAFOR: About 20 people were killed here."),
        *[
            ("es", f"Tom Okafor cubre Hamás.\n\nOKAFOR ({role}): Unas 20 personas murieron aquí.")
            for role in (
                "CORRESPONSAL",
                "PRESENTADOR",
                "PRESENTADORA",
                "PERIODISTA",
                "PREGUNTA",
                "ENVIADO ESPECIAL",
                "ENVIADA ESPECIAL",
            )
        ],
        *[
            (
                "fr",
                f"Tom Okafor suit le Hamas.\n\nOKAFOR ({role}) : Une vingtaine de personnes ont été tuées.",
            )
            for role in (
                "CORRESPONDANT",
                "CORRESPONDANTE",
                "PRÉSENTATEUR",
                "PRÉSENTATRICE",
                "JOURNALISTE",
                "QUESTION",
                "ENVOYÉ SPÉCIAL",
                "ENVOYÉE SPÉCIALE",
            )
        ],
    ],
)
def test_a_journalists_turn_names_no_one_in_each_language(reference, language, text):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [""]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Tom Okafor habla por Hamás.\n\nOKAFOR: Unas 20 personas murieron aquí.", "Hamas"),
        (
            "fr",
            "Tom Okafor parle pour le Hamas.\n\nOKAFOR : Une vingtaine de personnes ont été tuées.",
            "Hamas",
        ),
    ],
)
def test_a_speakers_turn_is_theirs_in_each_language(reference, language, text, source):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [source]
