"""Sentences and their layout: spaCy's tokenizer and sentencizer on each paragraph line.

A blank spaCy pipeline (no trained model) is enough to split sentences; each sentence
keeps its paragraph and the section heading above it, which the rules use as context.

spaCy's tokenizer reads each space-separated word on its own, and the sentencizer only looks at
the tokens from a sentence end to the next word: a line is split from the tokens of those few
words (tokenized by spaCy, once per word), not by building a Doc of the whole line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.lang.lex_attrs import is_punct  # what the sentencizer asks of each token
from spacy.language import Language

WORD_TOKEN_MEMO = 1 << 14
HEADING_END = re.compile(r"[.!;,\"”’:)]$")
NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
FACT_LINE = re.compile(r"[^:]{1,60}:\s*\D{0,25}\d")  # "Killed in Gaza: at least 67,000"
LIST_ITEM = re.compile(r"[-•*–—]\s")  # "- Members of the Iranian Revolutionary Guard Corps: 27"
# A fact box's label ("Soldiers killed since the ground invasion:"): short, one clause, no sentence
# "Killed in Israel on October 7, 2023: about 1,200": a short label, the comma of a day's year in it
# past a bullet or a list's number ("- Injured: 169,890", "2- Missing: 9,500", "3. Wounded: 162,005")
FACT_LABEL = re.compile(
    r"\s*(?:(?:\d{1,2}\s?)?[-•*–—]\s+|\d{1,2}[.)]\s+)?([^\W\d](?:[^:;,.!?]|,\s*\d{4}\b){0,80}?):\s*"
)
MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class Sentence:
    """One sentence: offsets into the document text, its paragraph and section heading."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    heading: str  # the section heading above this paragraph ("" when none)
    is_heading: bool
    is_title: bool
    heading_adjacent: bool = False  # the paragraph stands right under its heading


@lru_cache(maxsize=8)
def sentencizer(language: str) -> Language:
    """A blank pipeline with the rule-based sentencizer, loaded once per process."""
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError):
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def is_heading_line(line: str) -> bool:
    """Short lines without closing punctuation, questions, and numbered section titles."""
    stripped = line.strip()
    if NUMBERED_HEADING.match(stripped):
        return True
    if FACT_LINE.match(stripped) or LIST_ITEM.match(stripped):
        return False  # "Injured: more than 169,000", "- Civilians: 46": a fact or an item, not a heading
    words = stripped.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    return stripped.endswith("?") or not HEADING_END.search(stripped)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each non-empty line."""
    found = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((offset, line))
        offset += len(line) + 1
    return found


@lru_cache(maxsize=8)
def sentence_ends(language: str) -> frozenset[str]:
    """The characters after which the sentencizer may start a new sentence."""
    ends = sentencizer(language).get_pipe("sentencizer").punct_chars
    return frozenset(ends) if all(len(c) == 1 for c in ends) else frozenset()


@lru_cache(maxsize=8)
def any_of(characters: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any one of the characters (one scan in C instead of a loop over the line)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(characters)) + "]")


def is_one_sentence(line: str, ends: frozenset[str]) -> bool:
    """A line the sentencizer leaves whole, told without tokenizing it.

    The sentencizer starts a sentence only at a token that is not punctuation, after a token that
    is one of its sentence ends. A line with no end before a tail of punctuation alone (the
    closing "." or ".”") has none; with no space around it, it is one sentence from end to end.
    """
    if not ends or line != line.strip():
        return False
    first = any_of(ends).search(line)
    return first is None or is_punct(line[first.start() :])


@lru_cache(maxsize=8)
def spanning_exceptions(language: str) -> tuple[str, ...]:
    """The tokenizer's special cases that hold a space ("EE. UU."): they join words into one token."""
    return tuple(rule for rule in sentencizer(language).tokenizer.rules if " " in rule.strip())


@lru_cache(maxsize=WORD_TOKEN_MEMO)
def word_tokens(language: str, word: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """(start, end, is punctuation, is a sentence end) of each token of one word without spaces."""
    ends = sentence_ends(language)
    return tuple(
        (t.idx, t.idx + len(t.text), t.is_punct, t.text in ends)
        for t in sentencizer(language).tokenizer(word)
    )


def word_sentences(line: str, language: str) -> list[tuple[int, int]] | None:
    """The sentencizer's (start, end) spans of a line, from the tokens of the words around its
    sentence ends; None when the line is not plain words between single spaces, or holds a special
    case that spans a space, where tokenizing word by word could differ from the whole line's.

    The sentencizer's rule: after a token that is a sentence end, the next token that is neither
    punctuation nor an end starts a sentence; the one before it ends the previous sentence.
    """
    words = line.split(" ")
    ends = sentence_ends(language)
    if not ends or line.split() != words or any(rule in line for rule in spanning_exceptions(language)):
        return None
    spans = []
    start = last_end = offset = 0
    after_end = False
    for word in words:
        if after_end or not ends.isdisjoint(word):
            for token_start, token_end, punct, is_end in word_tokens(language, word):
                if after_end and not punct and not is_end:
                    spans.append((start, last_end))
                    start, after_end = offset + token_start, False
                elif is_end:
                    after_end = True
                last_end = offset + token_end
        else:
            last_end = offset + len(word)
        offset += len(word) + 1
    spans.append((start, last_end))
    return spans


def line_sentences(lines: list[str], language: str) -> list[list[tuple[int, int]]]:
    """(start, end) of each sentence of each line: spaCy's tokenizer and sentencizer, but for the
    lines that are one sentence as they stand and those split word by word."""
    ends = sentence_ends(language)
    spans: list[list[tuple[int, int]]] = [
        [(0, len(line))] if is_one_sentence(line, ends) else word_sentences(line, language) or []
        for line in lines
    ]
    split = [i for i, line in enumerate(lines) if not spans[i]]
    for i, doc in zip(split, sentencizer(language).pipe(lines[i] for i in split), strict=True):
        spans[i] = [(sent.start_char, sent.end_char) for sent in doc.sents]
    return spans


def split_sentences(
    text: str, language: str = "en", table_rows: frozenset[int] = frozenset()
) -> list[Sentence]:
    """Every sentence of the text, in order, with offsets into `text`. A table's row (its line's
    offset in `table_rows`) is one sentence, whatever its stops ("Israel, incl. 7 Oct")."""
    lines = paragraphs(text)
    sentences: list[Sentence] = []
    heading = ""
    after_heading = False
    spans = line_sentences([line for _, line in lines], language)
    for number, (offset, line) in enumerate(lines):
        if offset in table_rows:
            spans[number] = [(0, len(line))]
    for number, ((offset, line), line_spans) in enumerate(zip(lines, spans, strict=True)):
        is_title = number == 0
        line_is_heading = is_heading_line(line) and not is_title
        for start, end in line_spans:
            # The line's slice is the span's text: `sent.text` would rebuild it token by token.
            text = line[start:end]
            if not text.strip():
                continue
            sentences.append(
                Sentence(
                    start=offset + start,
                    end=offset + end,
                    text=text,
                    index=len(sentences),
                    paragraph=number,
                    heading=heading,
                    is_heading=line_is_heading,
                    is_title=is_title,
                    heading_adjacent=after_heading,
                )
            )
        if line_is_heading:
            heading = line.strip()
        after_heading = line_is_heading
    return sentences
