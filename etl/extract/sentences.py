"""Sentences and their layout: spaCy's tokenizer and sentencizer on each paragraph line.

A blank spaCy pipeline (no trained model) is enough to split sentences; each sentence
keeps its paragraph and the section heading above it, which the rules use as context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

HEADING_END = re.compile(r"[.!;,\"”’:)]$")
NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
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


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Every sentence of the text, in order, with offsets into `text`."""
    nlp = sentencizer(language)
    lines = paragraphs(text)
    sentences: list[Sentence] = []
    heading = ""
    after_heading = False
    docs = nlp.pipe(line for _, line in lines)
    for number, ((offset, line), doc) in enumerate(zip(lines, docs, strict=True)):
        is_title = number == 0
        line_is_heading = is_heading_line(line) and not is_title
        for sent in doc.sents:
            # The line's slice is the span's text: `sent.text` would rebuild it token by token.
            text = line[sent.start_char : sent.end_char]
            if not text.strip():
                continue
            sentences.append(
                Sentence(
                    start=offset + sent.start_char,
                    end=offset + sent.end_char,
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
