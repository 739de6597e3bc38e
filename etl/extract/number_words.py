"""Number words: the words of a run of them, words joined by a conjunction into one number
("two hundred and fifty-one", "a hundred and one", "treinta y cinco", "soixante et onze", "vingt et un"),
and a scale word followed by the digits below it ("62 mil 192", as Mexican papers write 62,192)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon, alternation

# the kinds of word a joined tail is made of: never a multiplier or scale ("three hundred and four
# hundred" is two numbers)
SMALL_KINDS = frozenset({"unit", "tens", "article"})
# a word of tens takes a tail below this: "treinta y cinco", "soixante et onze"
TENS_TAIL_BELOW = 20


@lru_cache(maxsize=16)  # one per lexicon
def number_word(lex: Lexicon) -> re.Pattern[str]:
    """One number word, the longest first: "quatre-vingts" is one word, "quatre" another."""
    return re.compile(rf"(?<!\w)(?:{alternation(set(lex.numbers))})(?!\w)", re.IGNORECASE)


def number_words(text: str, lex: Lexicon) -> list[str]:
    """The number words of a run of them ("two hundred fifty-one": two, hundred, fifty, one)."""
    return number_word(lex).findall(text)


@lru_cache(maxsize=16)  # one per lexicon
def joined_tail(lex: Lexicon) -> re.Pattern[str]:
    """A joiner, then one or two hyphenated small number words ("and fifty-one", "et un")."""
    small = alternation({word for word, (_, kind) in lex.numbers.items() if kind in SMALL_KINDS})
    return re.compile(
        rf"\s+(?:{lex.alt('number_joiner')})\s+((?:{small})(?:-(?:{small}))?)(?![\w-])", re.IGNORECASE
    )


def tail_value(tail: str, lex: Lexicon) -> int:
    """The value of a joined tail: its words added ("fifty-one" 51; "un" after a joiner is one)."""
    return sum(lex.numbers[word.lower()][0] for word in number_words(tail, lex))


def takes_tail(head: str, tail: int, lex: Lexicon) -> bool:
    """Does a number ending in `head`'s last word take a tail of this value? A word of tens takes one
    below 20 ("treinta y cinco", "soixante et onze"); "hundred" or "thousand" any small tail."""
    last = number_words(head, lex)[-1].lower()
    kind = lex.numbers.get(last, (0, ""))[1]
    if kind == "tens":
        return tail < TENS_TAIL_BELOW
    return kind in ("multiplier", "scale")


def join_compounds(
    text: str, singles: list[tuple[int, int, int, bool]], lex: Lexicon
) -> list[tuple[int, int, int, bool]]:
    """Singles with each number word and its joined tail made one: the tail's own single, if it had
    one (an article after a joiner has none), is taken into it."""
    if not lex.words("number_joiner"):
        return singles
    pattern = joined_tail(lex)
    joined: list[tuple[int, int, int, bool]] = []
    index = 0
    while index < len(singles):
        start, end, value, is_word = singles[index]
        tail = pattern.match(text, end) if is_word else None
        if tail and takes_tail(text[start:end], tail_value(tail.group(1), lex), lex):
            following = singles[index + 1] if index + 1 < len(singles) else None
            if following is None or following[0] >= tail.end():
                joined.append((start, tail.end(), value + tail_value(tail.group(1), lex), True))
                index += 1
                continue
            if following[:2] == tail.span(1):
                joined.append((start, tail.end(), value + following[2], True))
                index += 2
                continue
        joined.append((start, end, value, is_word))
        index += 1
    return joined


def scale_of_tail(text: str, lex: Lexicon) -> int:
    """The value of the scale word a number ends in, when that word takes a tail of digits (the
    `digit_tail_scale` role: "mil", "millones"); 0 otherwise."""
    last = re.search(r"[^\W\d_]+$", text)
    word = last.group().lower() if last else ""
    return lex.numbers[word][0] if word in lex.lower_words("digit_tail_scale") and word in lex.numbers else 0


def join_digit_tails(
    text: str, singles: list[tuple[int, int, int, bool]], lex: Lexicon
) -> list[tuple[int, int, int, bool]]:
    """Singles with each number that ends in a scale word and the number right after it, below that
    scale, made one: "62 mil 192" is 62,192, "mil 760" 1,760, "2 millones 300 mil" 2,300,000."""
    joined: list[tuple[int, int, int, bool]] = []
    for single in singles:
        if joined:
            start, end, value, is_word = joined[-1]
            scale = scale_of_tail(text[start:end], lex)
            if scale and not text[end : single[0]].strip() and single[2] < scale:
                joined[-1] = (start, single[1], value + single[2], is_word)
                continue
        joined.append(single)
    return joined


@lru_cache(maxsize=16)  # one per lexicon
def decimal_tail(lex: Lexicon) -> re.Pattern[str]:
    """The decimal point said in words, then the unit words of the decimals ("point nine ")."""
    units = alternation({word for word, (_, kind) in lex.numbers.items() if kind == "unit"})
    return re.compile(rf"\s+(?:{lex.alt('decimal_point_word')})\s+((?:(?:{units})\s+)+)", re.IGNORECASE)


def join_decimal_words(
    text: str, singles: list[tuple[int, int, int, bool]], lex: Lexicon
) -> list[tuple[int, int, int, bool]]:
    """Singles with a number word, its decimals said in words and the scale word after them made one:
    "one point nine million" is 1,900,000, not 1 and 9,000,000 (as a speaker reads "1.9 million")."""
    if not lex.words("decimal_point_word"):
        return singles
    joined: list[tuple[int, int, int, bool]] = []
    index = 0
    while index < len(singles):
        start, end, whole, is_word = singles[index]
        tail = decimal_tail(lex).match(text, end) if is_word else None
        scale = re.match(r"[^\W\d_]+", text[tail.end() :]) if tail else None
        if scale and lex.numbers.get(scale.group().lower(), (0, ""))[1] == "scale":
            decimals = "".join(str(lex.numbers[w.lower()][0]) for w in number_words(tail.group(1), lex))
            value = float(f"{whole}.{decimals}") * lex.numbers[scale.group().lower()][0]
            scale_end = tail.end() + scale.end()
            joined.append((start, scale_end, int(round(value)), True))
            while index < len(singles) and singles[index][0] < scale_end:
                index += 1  # the decimals' own singles are inside the number
            continue
        joined.append(singles[index])
        index += 1
    return joined
