"""How dates are written (short months, datelines, full stops) and the days that label lines and headings."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.dates import dates_in
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.dates_and_sources.helpers import read


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
    ("language", "text", "as_of"),
    [
        ("fr", "Au 1er mars, 30 000 personnes avaient été tuées à Gaza.", "2024-03-01"),
        ("en", "As of 23:00 on 1 March, 30,000 people had been killed in Gaza.", "2024-03-01"),
        # "au" of another phrase, set off by a comma, is no anchor of the date after it
        (
            "fr",
            "Depuis le lancement des opérations au sol, le 27 octobre, 221 soldats ont été tués à Gaza.",
            "2024-03-04",
        ),
        # nor is one that many words part from a date
        ("es", "Al menos 221 soldados de Israel han muerto en Gaza desde el 27 de octubre.", "2024-03-04"),
        ("fr", "Lors des combats au sud de Gaza le 27 février, 21 soldats ont été tués.", "2024-03-04"),
    ],
)
def test_a_date_anchor_dates_only_the_date_right_after_it(reference, language, text, as_of):
    assert [f["as_of"] for f in read(reference, text, language=language)] == [as_of]
