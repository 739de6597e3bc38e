"""Every quantity in a text, not only counts of people (the NewsQuant sense of "quantity").

Money ("$1.8bn", "$7/$9"), percentages, measurements ("6.7-inch", "1.8 billion-mile"), durations
("five-year"), counts, fractions ("two-thirds") and vague amounts ("dozens" -> 12-120), each with its
value or range and its change class: `=`, `~` about, `>` more than, `<` under / up to, and `up` /
`down` for direction words ("rose 0.65 per cent", "fell 3%").

Left out, as NewsQuant leaves them out: dates, years, clock times, ordinals, scores ("2-1"), codes
and names ("X5", "F-35", "Game 7"), addresses and list numbers. The digit grammar is
etl.extract.numbers'; every vocabulary is a role of the reference tables (see `grammar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.nonfigures import (
    AGE_AFTER,
    AGE_BEFORE,
    HEADING_AFTER,
    is_address,
    is_date_part,
)
from etl.extract.numbers import (
    SLASHED,
    alternation,
    digits_prefix,
    digits_value,
    ends_with_term,
    find_fractions,
    find_vague_amounts,
    noncount_before,
    number_patterns,
    separator_class,
    suffixed_roles,
    words_value,
)
from etl.extract.role_edges import ends_with_role

CHANGE_OF_QUALIFIER = {
    "approximately": "~",
    "more_than": ">",
    "at_least": ">",
    "at_most": "<",
    "less_than": "<",
}
# Spans that hold digits but no quantity: clock times ("2:04.9"), ISO timestamps, slashed dates, URLs, phones.
MASK = re.compile(
    r"\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\b\d{1,2}/\d{1,2}/\d{2,4}\b|https?://\S+"
    r"|\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s*\d{3}[-\s]\d{4}"  # phone numbers
)
PREVIOUS_WORD = re.compile(r"(?:^|(?<=\s))(\S+)\s+$")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“]\s*)$")


@dataclass(frozen=True)
class Quantity:
    """One quantity as written: its span, value (or range value..value_high), change class, unit,
    and what the rules learnt while reading it."""

    start: int  # includes the currency and sign written before the number
    end: int  # end of the number and its scale, before any unit
    value: float
    value_high: float | None = None
    change: str = "="  # "=", "~", ">", "<", "up", "down"
    scale: float = 1.0  # the scale it carries ("billion", "bn") so a range can share it
    unit: str = ""  # the unit written after it, normalised ("%", "miles"); "$" for bare money
    unit_end: int = 0
    kind: str = "digits"  # digits, words, fraction, vague
    sign: str = ""
    money: bool = False
    yearish: bool = False  # four plain digits that could be a year
    joined: str = ""  # "", "range", "from"


@dataclass(frozen=True, eq=False)
class Grammar:
    """The compiled patterns of one language (built once per lexicon)."""

    digits: re.Pattern[str]
    words: re.Pattern[str]
    unit: re.Pattern[str]
    qualifier: re.Pattern[str]
    direction: re.Pattern[str]
    scale_of: dict[str, int]
    percent: frozenset[str]


def unit_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A unit at the start of the text after a number, glued, spaced or hyphenated ("5kW", "6.7-inch")."""
    terms = lex.words("unit") | lex.words("percent") | lex.words("time_unit") | lex.words("currency")
    terms -= lex.words("clock")
    # A single capital is case-sensitive ("5 A" but not "a"); "GHz" is also "Ghz".
    parts = [
        alternation([t]) if len(t) == 1 and t.isupper() else f"(?i:{alternation([t])})"
        for t in sorted(terms, key=len, reverse=True)
    ]
    return re.compile(rf"[ \t]?-?(?:{'|'.join(parts)})(?:/[^\W_]+)?(?![^\W\d_])")


@lru_cache(maxsize=8)
def grammar(lex: Lexicon) -> Grammar:
    thousands, decimal = separator_class(lex, "thousands_sep"), separator_class(lex, "decimal_sep")
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:{decimal}\d+)?(?!\d)|\d+(?:{decimal}\d+)?|{decimal}\d+"
    scale_of = suffixed_roles(lex, "abbreviation_")
    spaced = alternation(a for a in scale_of if len(a) > 1)  # "$1.8 bn", but "5 m" is metres
    scales = [w for w, (_, kind) in lex.numbers.items() if kind in ("multiplier", "scale")]
    word = alternation(lex.numbers)
    words_q = alternation(q for q in lex.qualifier_before if re.search(r"\w", q))  # "about", "sub-"
    symbols_q = alternation(q for q in lex.qualifier_before if not re.search(r"\w", q))  # "~"
    up, down, link = lex.alt("direction_up"), lex.alt("direction_down"), lex.alt("direction_link")
    multiple = lex.alt("multiple_suffix")
    i = re.IGNORECASE
    return Grammar(
        digits=re.compile(
            rf"(?P<num>{digits})(?:(?P<abbr>[ \t]?(?:{spaced})|{alternation(scale_of)})(?![^\W\d_])"
            rf"|(?P<words>(?:[\s-]*(?:{alternation(scales)}))+)(?!\w))?",
            i,
        ),
        words=re.compile(rf"(?<![\w-])(?:{word})(?:(?:\s+|-)(?:{word}))*(?:-?(?:{multiple}))?(?!\w)", i),
        unit=unit_pattern(lex),
        qualifier=re.compile(rf"(?<![\w-])(?P<q>{words_q})[\s-]+$|(?P<s>{symbols_q})\s*$", i),
        direction=re.compile(rf"(?<![\w-])(?:(?P<up>{up})|(?P<down>{down}))\s+(?:{link}\s+)?$", i),
        scale_of=scale_of,
        percent=frozenset(t.lower() for t in lex.words("percent")),
    )


def read_unit(text: str, end: int, g: Grammar) -> tuple[str, int]:
    """(normalised unit, end of it) written right after a number; ("", end) when there is none."""
    match = g.unit.match(text, end)
    if not match:
        return "", end
    unit = " ".join(match.group().strip(" \t-").lower().split())
    return ("%" if unit in g.percent else unit), match.end()


def digit_token(text: str, match: re.Match[str], lex: Lexicon, g: Grammar) -> Quantity | None:
    """A number written in digits, with its currency, sign, scale and unit; None for codes and ordinals."""
    lead = digits_prefix(text, match.start(), lex)
    if lead is None:
        return None
    start, sign, money = lead
    value, end, scale = digits_value(match.group("num"), lex), match.end(), 1.0
    abbr, words = match.group("abbr"), match.group("words")
    if abbr and (len(abbr) > 1 or money or re.match(r"[ \t]+[^\W\d_]", text[end:])):
        scale = g.scale_of[abbr.strip().lower()]
    elif abbr:
        end = match.end("num")  # "20m (66ft)": a one-letter scale only before a word or after money
    elif words:
        scale = words_value(re.split(r"[\s-]+", words.strip(" -\t\n")), lex) or 1
    unit, unit_end = read_unit(text, end, g)
    if re.match(r"[^\W\d_]", text[end : end + 1]) and not unit:
        return None  # "22nd", "1990s", "6am", "76ers": glued letters that are no unit
    if sign == "-" and not (unit or money):
        return None  # a dash before a bare number is a hyphen, not a minus
    yearish = re.fullmatch(r"\d{4}", match.group("num")) and 1100 <= value <= 2099 and scale == 1
    value *= scale * (-1 if sign in ("-", "minus") else 1)
    extra = {"unit": unit, "unit_end": unit_end, "sign": sign, "money": money}
    return Quantity(start, end, value, scale=scale, yearish=bool(yearish and not (sign or money)), **extra)


def word_token(text: str, match: re.Match[str], lex: Lexicon, g: Grammar) -> Quantity | None:
    """A number in words ("two dozen", "five-year", "sixfold"); None for "a", a lone "hundred", "each one"."""
    body = re.sub(rf"-?(?:{lex.alt('multiple_suffix')})$", "", match.group())
    words = [w for w in re.split(r"[\s-]+", body) if w.lower() in lex.numbers]
    kinds = [lex.numbers[w.lower()][1] for w in words]
    if len(words) > 1 and kinds[0] == "article" and kinds[1] in ("unit", "tens"):
        words, kinds = words[1:], kinds[1:]  # "a three hour wait": the article counts nothing
    if match.group()[0].isupper() and not SENTENCE_START.search(
        text, max(0, match.start() - 4), match.start()
    ):
        return None  # "Channel Four", "the Big Ten": a capitalised number word inside a sentence is a name
    if not words or kinds[0] in ("multiplier", "scale"):
        return None  # "several hundred": a bare multiplier is vague
    value = words_value(words, lex)
    if value is None or (value == 1 and len(words) == 1 and noncount_before(text, match.start(), lex)):
        return None
    scale = lex.numbers[words[-1].lower()][0] if kinds[-1] in ("multiplier", "scale") else 1
    unit, unit_end = read_unit(text, match.end(), g)
    if body != match.group():
        unit = match.group()[len(body) :].strip("-").lower()  # "sixfold": a multiple
    return Quantity(
        match.start(), match.end(), float(value), scale=scale, unit=unit, unit_end=unit_end, kind="words"
    )


def scan(text: str, lex: Lexicon, g: Grammar) -> list[Quantity]:
    """Every number in the text, in order, before ranges are joined."""
    tokens = [Quantity(a, b, value, kind="fraction") for a, b, value in find_fractions(text, lex)]
    tokens += [
        Quantity(a, b, low, value_high=high, kind="vague")
        for a, b, low, high in find_vague_amounts(text, lex)
    ]
    masks = [m.span() for pattern in (MASK, SLASHED) for m in pattern.finditer(text)]  # "24/7" is no number
    taken = masks + [(t.start, t.end) for t in tokens]
    for match in g.digits.finditer(text):
        if not overlaps(match.start(), match.start() + 1, taken):
            tokens.append(digit_token(text, match, lex, g))
    for match in g.words.finditer(text):
        if not overlaps(match.start(), match.end(), taken):
            tokens.append(word_token(text, match, lex, g))
    return sorted((t for t in tokens if t is not None), key=lambda t: t.start)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def qualifier_before(text: str, start: int, lex: Lexicon, g: Grammar) -> tuple[str, int] | None:
    """(qualifier, where its phrase starts) written just before `start` ("more than", "~", "sub-")."""
    match = g.qualifier.search(text, max(0, start - 40), start)
    if not match:
        return None
    phrase = " ".join((match.group("q") or match.group("s")).lower().split())
    return lex.qualifier_before[phrase], match.start()


def direction_before(text: str, start: int, lex: Lexicon, g: Grammar) -> str:
    """ "up" or "down" when a direction word comes right before (after any qualifier), else ""."""
    qualifier = qualifier_before(text, start, lex, g)
    edge = qualifier[1] if qualifier else start
    match = g.direction.search(text, max(0, edge - 30), edge)
    if not match:
        return ""
    word = match.group("up") or match.group("down")
    if word.lower() in lex.lower_words("direction_particle") and ends_with_term(
        text, match.start(), lex, "particle_verb"
    ):
        return ""  # "called up 5,000 reservists", "gave up 40 yards": a phrasal verb, no direction
    return "up" if match.group("up") else "down"


def opened_by(text: str, start: int, role: str, lex: Lexicon, g: Grammar) -> bool:
    """Does a word of `role` ("between", "from") open the number, before any qualifier?"""
    qualifier = qualifier_before(text, start, lex, g)
    return bool(ends_with_term(text, qualifier[1] if qualifier else start, lex, role, 20))


def shared_scale(low: Quantity, high: Quantity) -> float:
    """ "three to four thousand", "$20 to $30 billion": the low end takes the high end's scale."""
    if low.scale == 1 and high.scale > 1 and low.value < high.value / high.scale:
        return low.value * high.scale
    return low.value


def range_kind(a: Quantity, b: Quantity, text: str, lex: Lexicon, g: Grammar) -> str | None:
    """How two neighbours form one quantity: "range", "from" (from X to Y), "fraction", "score"; or None."""
    if (
        a.value_high is not None
        or b.value_high is not None
        or {a.kind, b.kind} - {"digits", "words"}
        or b.sign
    ):
        return None
    gap = text[a.unit_end : b.start]
    joiner = gap.strip().lower()
    to = joiner.strip("-") == "to"
    if (
        opened_by(text, a.start, "range_from", lex, g)
        and len(gap) <= 45
        and re.search(r"(?:^|\s)to-?$", joiner)
    ):
        return "from" if not re.search(r"[;:()]", gap) else None
    if joiner in lex.lower_words("fraction_of"):
        return "fraction" if 0 < a.value < b.value else None
    low = shared_scale(a, b)
    if a.yearish and not b.yearish and b.value > 10 * a.value:
        return None  # "rose 8% in 2021 to 2.4 million"
    if joiner in ("-", "–", "—"):
        plain = a.kind == b.kind == "digits" and a.scale == 1 and not (a.money or a.unit)
        if plain and low.is_integer() and b.value.is_integer() and b.value <= low:
            return "score"  # "2-1", "77-77", "2019-20", "4021-3"
        return "range" if low < b.value else None
    if to and (not a.unit or a.unit == b.unit) and a.money == b.money:
        # "grew by $5 billion to $80 billion" is a change, then a level
        return None if (a.unit or a.money) and direction_before(text, a.start, lex, g) else "range"
    if joiner == "and" and opened_by(text, a.start, "range_open", lex, g):
        return "range"
    return "range" if joiner == "/" and a.money and b.money else None


def merge(a: Quantity, b: Quantity, kind: str) -> Quantity:
    if kind == "fraction":  # "two out of five"
        return replace(
            a, end=b.end, value=a.value / b.value, unit=b.unit, unit_end=b.unit_end, kind="fraction"
        )
    return replace(
        a,
        end=b.end,
        value=shared_scale(a, b),
        value_high=b.value,
        unit=b.unit or a.unit,
        unit_end=b.unit_end,
        money=a.money or b.money,
        yearish=a.yearish and b.yearish,
        joined=kind,
    )


def join_ranges(tokens: list[Quantity], text: str, lex: Lexicon, g: Grammar) -> list[Quantity]:
    """Neighbours joined into ranges and fractions, scores dropped; the year in "from X in 2015 to Y" kept."""
    joined, index = [], 0
    while index < len(tokens):
        first, partner = tokens[index], index + 1
        if not first.yearish and opened_by(text, first.start, "range_from", lex, g):
            while partner < len(tokens) - 1 and tokens[partner].yearish:
                partner += 1
        kind = range_kind(first, tokens[partner], text, lex, g) if partner < len(tokens) else None
        if kind is None:
            joined.append(first)
            index += 1
            continue
        if kind != "score":
            joined.append(merge(first, tokens[partner], kind))
        joined += tokens[index + 1 : partner]
        index = partner + 1
    return joined


def is_name_label(token: Quantity, text: str, lex: Lexicon, g: Grammar) -> bool:
    """ "Game 7", "S&P 500", "Windows 11", "Smith (9)": a number right after a capitalised word that is
    no function word ("In 2020", "About 900" are quantities or years)."""
    if token.unit or token.sign:
        return False  # "Surface Pro 13 inch", "Ibex +0.9%"
    end = token.start
    if text[max(0, end - 2) : end].strip() == "(" and text[token.end : token.end + 1] == ")":
        end = text.rindex("(", 0, end)
    match = PREVIOUS_WORD.search(text, max(0, end - 40), end)
    if not match or not re.search(r"[A-Z]", match.group(1)) or not re.search(r"[\w&]$", match.group(1)):
        return False
    roles = ("np_stop", "determiner", "range_open", "range_from", "noncount_before")
    if match.group(1).lower() in set().union(*(lex.lower_words(role) for role in roles)):
        return False
    return not qualifier_before(text, token.start, lex, g)


def is_excluded(token: Quantity, text: str, lex: Lexicon, g: Grammar) -> bool:
    """A date, clock time, label, era year, address, heading, age after a name, or a name's number."""
    if token.kind != "digits" or token.money:
        return False
    before, after = text[max(0, token.start - 60) : token.start], text[token.end : token.end + 60]
    clock, era = lex.pattern("clock"), lex.pattern("era")
    line_start = not text[text.rfind("\n", 0, token.start) + 1 : token.start].strip()
    return (
        bool(clock and clock.match(after.lstrip()))
        or bool(era and era.match(after.lstrip()))
        or ends_with_role(lex, "era", before)
        or is_date_part(lex, before, after)
        or ends_with_role(lex, "label", before)
        or is_address(after, lex)
        or (line_start and bool(HEADING_AFTER.match(after)))
        or (bool(AGE_BEFORE.search(before) and AGE_AFTER.match(after)) and token.value < 120)
        or is_name_label(token, text, lex, g)
    )


def is_year(token: Quantity, text: str, lex: Lexicon, g: Grammar) -> bool:
    """ "in 2018", "between 2011 and 2013": four plain digits with no unit and no bound before them."""
    if not token.yearish or token.unit:
        return False
    qualifier = qualifier_before(text, token.start, lex, g)
    return not qualifier or qualifier[0] == "approximately"  # "around 2015" is a year, "over 2000" a count


def change_of(token: Quantity, text: str, lex: Lexicon, g: Grammar) -> tuple[str, bool]:
    """(change class, whether the words around the number set it): sign, direction, then qualifier."""
    if token.joined == "from":
        return "=", True
    direction = "up" if token.sign == "+" else direction_before(text, token.start, lex, g)
    if direction or (token.sign == "-" and token.unit == "%"):  # "Dax +0.3%", "Ibex -1.1%"
        return direction or "down", True
    qualifier = qualifier_before(text, token.start, lex, g)
    if qualifier:
        return CHANGE_OF_QUALIFIER.get(qualifier[0], "="), True
    after = number_patterns(lex)[2]  # "or more", "or so"
    match = after.search(text[token.unit_end : token.unit_end + 20]) if after else None
    if match:
        phrase = " ".join(match.group().split()).lower()
        return CHANGE_OF_QUALIFIER.get(lex.qualifier_after[phrase], "="), True
    return "=", False


def inherited(previous: Quantity, token: Quantity, text: str, lex: Lexicon) -> str | None:
    """The change a number takes from the one before: a conversion in brackets ("100 km (62 miles)")
    takes any; "lost 1%, or 90 points" and "down 1.2%, Acme by 1.5%" take the direction."""
    gap = text[previous.unit_end : token.start]
    change = previous.change
    if re.fullmatch(r"[^\d()]{0,25}\(\s*|\s*/\s*", gap):
        return change
    carrier = ends_with_term(text, token.start, lex, "change_carrier", 30)
    if change in ("up", "down") and carrier and len(gap) <= 30 and not re.search(r"\d", gap):
        return change
    return None


def find_quantities(text: str, lex: Lexicon) -> list[Quantity]:
    """Every quantity in `text` with its value (or range) and change class, in order."""
    g = grammar(lex)
    tokens = join_ranges(scan(text, lex, g), text, lex, g)
    kept = [t for t in tokens if not is_excluded(t, text, lex, g) and not is_year(t, text, lex, g)]
    quantities: list[Quantity] = []
    for token in kept:
        change, own = change_of(token, text, lex, g)
        if quantities and not own:
            change = inherited(quantities[-1], token, text, lex) or change
        quantities.append(replace(token, change=change))
    return quantities
