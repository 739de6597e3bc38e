"""Lines are split without building a spaCy Doc of each: the sentences are spaCy's all the same."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.sentences import (
    is_one_sentence,
    line_sentences,
    sentence_ends,
    sentencizer,
    spanning_exceptions,
    word_sentences,
)

LANGUAGES = ("en", "es", "fr")
PIECES = ["Gaza", "killed", "U.S.", "Dr.", "3.5", "1,200", "said", "etc.", "(AP)", "—", "«", "»", "“", "”"]
# Words that tokenizers treat apart: abbreviations of each language, a special case that spans a
# space (Spanish "EE. UU."), elisions and hyphens (French), and punctuation that opens a sentence.
TRICKY = [
    "EE. UU.",
    "Sr.",
    "M.",
    "Mme.",
    "núm.",
    "aujourd'hui",
    "peut-être",
    "l'ONU",
    "«",
    '"',
    "(",
    "¿",
    "¡",
]
ENDS = [".", "!", "?", "...", ".”", '."', "?»", ";", ":", "…", "。"]


def spacy_spans(line: str, language: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in sentencizer(language)(line).sents]


lines = st.tuples(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), min_size=1, max_size=12),
    st.sampled_from(["", *ENDS]),
    st.sampled_from(["", " ", "  ", "\t"]),
).map(lambda parts: parts[2] + " ".join(parts[0]) + parts[1] + parts[2])


sentence = st.tuples(
    st.lists(st.one_of(st.sampled_from(PIECES + TRICKY), st.text(max_size=4)), min_size=1, max_size=6),
    st.sampled_from(ENDS),
).map(lambda parts: " ".join(parts[0]) + parts[1])
paragraph = st.tuples(
    st.lists(sentence, min_size=2, max_size=4), st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0"])
).map(lambda parts: parts[1].join(parts[0]))


@settings(max_examples=1300, deadline=None)
@given(line=st.one_of(lines, paragraph), language=st.sampled_from(LANGUAGES))
def test_the_sentences_of_a_line_are_spacys(line, language):
    """A line of one sentence, or a paragraph of several, split as spaCy splits it."""
    if not line.strip():
        return
    assert line_sentences([line], language) == [spacy_spans(line, language)]


def test_a_special_case_across_a_space_is_left_to_spacy():
    assert "EE. UU." in spanning_exceptions("es")
    line = "Lo dijo EE. UU. Nadie más."
    assert word_sentences(line, "es") is None
    assert line_sentences([line], "es") == [spacy_spans(line, "es")]


@pytest.mark.parametrize(
    "line, by_words",
    [
        ("20 were killed. Dozens were wounded.", True),
        ("Dr. Smith said 20 were killed. Dozens were wounded!", True),
        ("20 were killed.  Two spaces follow the first sentence.", False),
        ("20 were killed.\tA tab follows it.", False),
    ],
)
def test_which_lines_are_split_word_by_word(line, by_words):
    assert (word_sentences(line, "en") is not None) is by_words
    assert line_sentences([line], "en") == [spacy_spans(line, "en")]


@pytest.mark.parametrize(
    "line, whole",
    [
        ("Gaza toll rises to 43,000", True),
        ("At least 20 people were killed, the ministry said.", True),
        ("The ministry said 20 were killed.”", True),
        ("20 were killed. Dozens were wounded.", False),  # two sentences: spaCy splits it
        ("The U.S. envoy arrived", False),  # a dot inside: spaCy decides
        (" A line with a leading space", False),
    ],
)
def test_which_lines_are_left_whole_without_tokenizing(line, whole):
    assert is_one_sentence(line, sentence_ends("en")) is whole
    if whole:
        assert spacy_spans(line, "en") == [(0, len(line))]
