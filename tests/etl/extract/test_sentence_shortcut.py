"""A line the sentencizer would leave whole is not tokenized: the sentences are spaCy's all the same."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.sentences import is_one_sentence, line_sentences, sentence_ends, sentencizer

LANGUAGES = ("en", "es", "fr")
PIECES = ["Gaza", "killed", "U.S.", "Dr.", "3.5", "1,200", "said", "etc.", "(AP)", "—", "«", "»", "“", "”"]
ENDS = [".", "!", "?", "...", ".”", '."', "?»", ";", ":", "…", "。"]


def spacy_spans(line: str, language: str) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in sentencizer(language)(line).sents]


lines = st.tuples(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), min_size=1, max_size=12),
    st.sampled_from(["", *ENDS]),
    st.sampled_from(["", " ", "  ", "\t"]),
).map(lambda parts: parts[2] + " ".join(parts[0]) + parts[1] + parts[2])


@settings(max_examples=500, deadline=None)
@given(line=lines, language=st.sampled_from(LANGUAGES))
def test_the_sentences_of_a_line_are_spacys(line, language):
    if not line.strip():
        return
    assert line_sentences([line], language) == [spacy_spans(line, language)]


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
