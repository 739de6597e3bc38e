"""A figure put to a speaker to confirm is asked, not claimed (etl.extract.restatements)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "QUESTION: Can you confirm that 40 people were killed in the strike?"),
        ("en", "QUESTION: Could you confirm that 40 people were killed in the strike?"),
        ("en", "QUESTION: Do you confirm that 40 people were killed in the strike?"),
        ("en", "QUESTION: Is it true that 40 people were killed in the strike?"),
        ("es", "PREGUNTA: ¿Puede confirmar que 40 personas murieron en el ataque?"),
        ("es", "PREGUNTA: ¿Podría confirmar que 40 personas murieron en el ataque?"),
        ("es", "PREGUNTA: ¿Confirma usted que 40 personas murieron en el ataque?"),
        ("fr", "QUESTION : Pouvez-vous confirmer que 40 personnes ont été tuées dans la frappe ?"),
        ("fr", "QUESTION : Confirmez-vous que 40 personnes ont été tuées dans la frappe ?"),
    ],
)
def test_a_figure_asked_to_be_confirmed_is_no_claim(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        # the answer confirms it: a claim
        "Yes, I can confirm that 40 people were killed in the strike.",
        # a sentence that is no question, though it quotes one
        'Asked "can you confirm the toll", the minister said 40 people were killed in the strike.',
        # another question is no request to confirm
        "How many of the 40 people killed in the strike were children?",
    ],
)
def test_a_figure_outside_a_request_to_confirm_is_read(reference, text):
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]
