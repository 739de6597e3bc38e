"""Numbers that are never figures: dates, years, times, ages, money, percentages, rates, labels, headings.

Each rule looks only at the words touching the number; whether a number counts people
under a metric is decided later (etl.extract.metrics).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from etl.extract.ages import is_age_bound, is_age_led, is_age_range
from etl.extract.dates import month_abbreviation
from etl.extract.individuals import is_individual
from etl.extract.lexicon import Lexicon, alternation
from etl.extract.number_names import in_a_name
from etl.extract.numbers import NumberMention
from etl.extract.role_edges import (
    ends_with_role,
    inside_role,
    last_word,
    leading_term,
    starts_with_people,
    starts_with_role,
)

YEAR = re.compile(r"^(1[89]\d{2}|20\d{2})$")
CAPITAL_AFTER = re.compile(r"\s+[A-Z0-9]")  # an address's name words (for speed: most counts have none)
DECIMAL_ALONE = re.compile(r"\d+[.,](?!\d{3}$)\d+$")  # not a group of thousands: "29,514", "26.083"
CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]?-$")  # "Il-76", "F-35", "Su-24": a model's name
COMPOUND_AFTER = re.compile(r"-([^\W\d_][\w'’]*)")  # "three-storey", "9-digit": a modifier, not a count
YEAR_THEN_DASH = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]$")
# "12/01/2025", "01-04-2024": a day and a month in digits before a year (joined by the one separator)
NUMERIC_DATE = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d/])")
AGE_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
AGE_AFTER = re.compile(r"^\s*[,—–)]")  # "Shlomi Ziv, 41, ...", "Shlomi Ziv, 41 — were ..."
THREAD_NUMBER = re.compile(r"\s*\d{1,2}/\d{1,2}")  # "1/6", "12/14" opening a line
HEADING_AFTER = re.compile(r"^(?:[.)]|\s?[-–])\s")  # "1. Overview", "2) Missing", "3- Wounded", "4 – Killed"
RATE_CLAUSE_REACH = 160  # characters past a count to the end of its clause, for a rate that ends it

# the words before a count of inhabitants in which an event would govern it ("killed 12 inhabitants")
POPULATION_REACH = 4
# and the characters after it in which its clause is looked for
POPULATION_CLAUSE = 200


class RulePatterns(NamedTuple):
    """The rules' patterns built from the lexicon's terms, compiled once per lexicon."""

    of_lead: re.Pattern[str]  # "of " before a month: "14 of October"
    month_end: re.Pattern[str] | None  # a month name ending the text before a number
    ordinal: re.Pattern[str]  # "1st", "1990s"
    counted_in: re.Pattern[str]  # "nine in ten"
    one_of: re.Pattern[str]  # "one of"
    distributive: re.Pattern[str]  # "three prisoners for every hostage"
    day_amid_list: re.Pattern[str]  # "March 12, " before "14 and 16"
    list_end: re.Pattern[str]  # " and 16" after "14": the last day of the list
    listed_day: re.Pattern[str]  # "March 12 and " before "16": a day listed after one that follows its month
    listed_number: re.Pattern[str]  # " y 17" after "16": the next number of a list of two
    fraction_after: re.Pattern[str]  # " quarters" after "three": a fraction's denominator
    share_of: re.Pattern[str]  # "90% of the", "half of the": a share before the whole it is taken from
    things_of: re.Pattern[str]  # "residents of the ": a noun of people, then "of" and a determiner
    named_age: re.Pattern[str]  # "Shlomi Ziv, ", "Hanan Yablonka, de ": a name before its age
    fronted_distributive: re.Pattern[str]  # "For every hostage returned, ...": a ratio opening a clause


@lru_cache(maxsize=16)
def rule_patterns(lex: Lexicon) -> RulePatterns:
    months = lex.pattern("month")
    listing = rf"(?:\s*,|\s+{lex.alt('conjunction')})"  # ", " or " and " between the items of a list
    return RulePatterns(
        # "7-Octobre": a hyphen joins a day to its month as a space does
        of_lead=re.compile(rf"^(?:-|\s*)(?:{lex.alt('of')}\s+)?"),
        month_end=re.compile(rf"(?:{months.pattern})\s*$|{month_abbreviation(lex)}\.\s*$")
        if months
        else None,
        ordinal=re.compile(rf"{lex.alt('ordinal_suffix')}\b"),
        # "nine in ten", "un Gazaoui sur 35": a number, up to two words of what is counted, then "in"
        counted_in=re.compile(
            rf"(?<![\w-])(?:\d[\d,.]*|{alternation(set(lex.numbers))})(?:\s+[^\W\d_]+){{0,2}}"
            rf"\s+{lex.alt('rate_in')}\s*$",
            re.IGNORECASE,
        ),
        one_of=re.compile(rf"\s+{lex.alt('of')}\b"),
        distributive=re.compile(rf"\s+(?:[^\W\d][\w'’-]*\s+){{0,3}}{lex.alt('distributive')}\b"),
        named_age=re.compile(rf"[A-Z][\w'’-]+,\s*(?:{lex.alt('age_preposition')}\s+)?$"),
        # "March 12, 14 and ": not "October 1, " before "14 soldiers", a count after its date
        listed_day=re.compile(
            rf"(?:{lex.alt('month')})\s+\d{{1,2}}(?:{listing}\s+\d{{1,2}})*\s+{lex.alt('conjunction')}\s+$"
        ),
        day_amid_list=re.compile(rf"(?:{lex.alt('month')})\s+\d{{1,2}}(?:{listing}\s+\d{{1,2}})*\s*,\s+$"),
        list_end=re.compile(rf"(?:\s*,\s+\d{{1,2}})*\s+{lex.alt('conjunction')}\s+\d{{1,2}}(?!\d|[,.]\d)"),
        listed_number=re.compile(rf"\s*(?:,|{lex.alt('conjunction')})\s+\d{{1,3}}(?![\d,.])"),
        fronted_distributive=re.compile(
            rf"(?:^|[.!?\n]\s*|,\s*){lex.alt('distributive')}(?![\w-])[^.!?\n]*,[^.!?\n]*$"
        ),
        # "three quarters of the population", "les trois quarts", "dos tercios": a fraction, no count
        fraction_after=re.compile(rf"[\s-]+(?:{alternation(denominators(lex))})(?![\w-])", re.IGNORECASE),
        share_of=re.compile(
            # "90 % des", "nonante pour cent des": a percent of digits or of number words
            rf"(?:(?:\d|(?<!\w){alternation(set(lex.numbers))})\s*{lex.alt('percent')}"
            rf"|(?<![\w-]){alternation(denominators(lex))})"
            rf"\s+{lex.alt('of')}\s*(?:{lex.alt('determiner')}\s+)?$"
        ),
        things_of=re.compile(
            rf"(?<![\w-])(?:{lex.alt('population_noun')}|{lex.alt('people')})\s+{lex.alt('of')}\s+"
            rf"{lex.alt('determiner')}\s+$",
            re.IGNORECASE,
        ),
    )


def is_heading_number(text: str, mention: NumberMention) -> bool:
    """ "1. Overview", "2- Missing: 9,500": a number opening its line, then a dot, a bracket or a dash."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = text[line_start : mention.start]
    if THREAD_NUMBER.fullmatch(opening + mention.text + text[mention.end : mention.end + 5].split(" ")[0]):
        return True  # "1/6 The Hamas ...": a post of a thread, numbered with the thread's length
    return not opening.strip() and bool(HEADING_AFTER.match(text[mention.end :]))


def in_numeric_date(text: str, mention: NumberMention) -> bool:
    """Is the number part of a date in digits ("12/01/2025", "01/04/24")? Only a number that touches a
    separator is asked (for speed)."""
    separators = ("/", "-", ".")
    if (
        text[mention.end : mention.end + 1] not in separators
        and text[mention.start - 1 : mention.start] not in separators
    ):
        return False
    return any(
        found.start() <= mention.start and mention.end <= found.end()
        for found in NUMERIC_DATE.finditer(text, max(0, mention.start - 6), mention.end + 8)
    )


def is_date_part(lex: Lexicon, before: str, after: str) -> bool:
    """ "14 October", "October 7", "28 de diciembre": a month name touches the number."""
    months = lex.pattern("month")
    if not months:
        return False
    rules = rule_patterns(lex)
    after_words = rules.of_lead.sub("", after, count=1)
    return bool(months.match(after_words)) or bool(rules.month_end.search(before))


def is_listed_day(lex: Lexicon, before: str, after: str) -> bool:
    """ "on 12 and 16 March", "les 12 et 16 mars": a day in digits listed with another shares its month."""
    months = lex.pattern("month")
    if not months:
        return False
    rules = rule_patterns(lex)
    listed = past_listed_number(lex, after)
    if listed and months.match(rules.of_lead.sub("", listed, count=1)):
        return True
    if rules.listed_day.search(before):
        return True  # "on March 12 and 16"
    # "on March 12, 14 and 16": a day amid the list, which a conjunction ends with a day
    return bool(rules.day_amid_list.search(before) and rules.list_end.match(after))


def denominators(lex: Lexicon) -> set[str]:
    """The words of a fraction's denominator, the `fraction_<number>` roles ("quarters", "tiers")."""
    return {
        t
        for role, terms in lex.roles.items()
        if role.startswith("fraction_") and role != "fraction_of"
        for t in terms
    }


def non_figure_reason(text: str, mention: NumberMention, lex: Lexicon) -> str | None:
    """Why this number is not a figure, or None when it may be one."""
    before, after = text[max(0, mention.start - 60) : mention.start], text[mention.end : mention.end + 60]
    if mention.value_high is None and not mention.is_word and YEAR.match(mention.text):
        if not is_qualified_count(lex, mention, after):
            return "year"
    if DECIMAL_ALONE.match(mention.text):
        return "a decimal without a scale, a clock time or a date: no count of people (10.5, 00.30, 07.2024)"
    if in_numeric_date(text, mention):
        return "date"
    if is_year_span(lex, mention, after) or is_short_year_end(before):
        return "years"
    rules = rule_patterns(lex)
    if rules.ordinal.match(after) or after.startswith(("'s", "’s")):
        return "ordinal or decade"
    if CODE_BEFORE.search(before):
        return "a name or code: an Il-76 plane, F-35 jets"
    if in_a_name(lex, text, mention):
        return "part of a name: France 24, Channel 12, the Group of Seven"
    compound = COMPOUND_AFTER.match(after)
    if compound and compound.group(1).lower() not in lex.qualifier_after:  # not "1,200-plus", "60,000-odd"
        return "a compound modifier: a three-storey house, a 9-digit number"
    listable = not mention.is_word and mention.value <= 31  # a day of a month, in digits
    if is_date_part(lex, before, after) or (listable and is_listed_day(lex, before, after)):
        return "date"
    if mention.value == 1 and starts_with_role(lex, "thing", after):
        return "article"  # "died in one house": "one" before a thing is its article, not a count
    if rules.fraction_after.match(after):
        return "a fraction: three quarters of the population"
    if re.search(r"[$€£]\s*$", before) or ends_with_role(lex, "currency", before):
        return "money"
    if starts_with_role(lex, "currency", after):
        return "money"
    if mention.is_word and inside_role(lex, "percent", text, mention):
        # "90 por ciento", "pour cent": the word is the unit's, no number of its own (only words are
        # asked, for speed: digits never stand inside a unit's words)
        return "percent"
    for role in ("percent", "time_unit"):
        if starts_with_role(lex, role, after) or starts_with_role(lex, role, past_listed_number(lex, after)):
            return role.replace("_", " ")  # "16 y 17 años", "5 and 10 per cent": the unit is both's
    per_time = is_rate(lex, after) or is_rate_past_noun(lex, after)
    per_time = per_time or clause_ends_on_rate(lex, text[mention.end : mention.end + RATE_CLAUSE_REACH])
    # "10 a day", but not "25 a day earlier"; "on average more than three": past its qualifier
    averaged = text[max(0, mention.qualifier_start - 60) : mention.qualifier_start].rstrip(" ,") + " "
    if per_time or ends_with_role(lex, "rate", averaged):
        return "rate"
    if rules.distributive.match(after):  # "three prisoners for every hostage": a ratio
        return "rate"
    if rules.fronted_distributive.search(text, max(0, mention.start - 300), mention.start):
        return "rate"  # "For every hostage whose remains are returned, Israel will hand over 15 bodies"
    if rules.counted_in.search(before):  # "nine in ten": the second
        return "rate"
    if ends_with_role(lex, "label", before):
        return "label"
    if ends_with_role(lex, "none_of", before):  # "None of the 347 Irish troops was hurt"
        return "none of them: the count is of those nothing befell"
    if ends_with_role(lex, "family_of", before):  # "a mother of two", "mère de deux enfants"
        return "the size of a family: who a person is, not a count of what befell anyone"
    if last_word(before).lower() in factor_lead_ends(lex) and ends_with_role(lex, "factor_lead", before):
        return "a factor: divided or multiplied by it (divisé par deux)"
    if is_population(
        lex,
        text[max(0, mention.qualifier_start - 60) : mention.qualifier_start],
        text[mention.end : mention.end + POPULATION_CLAUSE],
    ):
        return "a population: the people living in a place, not a count of what befell them"
    if is_share_whole(lex, text[max(0, mention.qualifier_start - 60) : mention.qualifier_start], after):
        return "the whole a share is taken from: 90% of the 2.3 million residents"
    if re.search(r"\w['’]s\s+$", before) and not mention.is_word:
        return "a total that is owned: the enclave's 2.3 million people"
    if mention.value == 1 and mention.value_high is None and rules.one_of.match(after):
        return "one of several: an individual, not a count"
    if is_individual(lex, text, mention):
        return "one that stands for a noun or names a speaker: the reported one, said one man"
    if is_heading_number(text, mention):
        return "heading"
    if rules.things_of.search(before) and starts_with_role(lex, "thing", after):
        return "things a noun phrase names: 32,000 residents of the three camps"
    if not mention.is_word and CAPITAL_AFTER.match(after) and is_address(after, lex):
        return "an address: 18 Rothschild Street"
    if (
        rules.named_age.search(before)
        and AGE_AFTER.match(after)
        and mention.value < 120
        and not mention.is_word
    ):
        return "age"
    if (
        mention.value < 120
        and (
            is_age_bound(lex, before, after)
            # "a woman aged about 30": the age's word stands before its qualifier
            or is_age_led(lex, text[max(0, mention.qualifier_start - 60) : mention.qualifier_start], after)
        )
    ):
        return "age"
    if mention.value_high is not None and mention.value_high < 120 and is_age_range(lex, before, after):
        return "ages"
    return None


def is_address(after: str, lex: Lexicon) -> bool:
    """ "221 Baker Street", "40 W 12th St": up to three name words, then a street word."""
    street = lex.pattern("street")
    match = street.search(after[:40]) if street else None
    return bool(match) and bool(re.fullmatch(r"(?:\s+[A-Z0-9][\w.'’]*){0,3}\s+", after[: match.start()]))


def past_listed_number(lex: Lexicon, after: str) -> str:
    """What follows the next number when this one is listed with it ("16 y 17 años": " años"), or ""."""
    listed = rule_patterns(lex).listed_number.match(after)
    return after[listed.end() :] if listed else ""


def is_rate(lex: Lexicon, after: str) -> bool:
    """ "10 a day", but not "25 a day earlier" nor "during a week-long truce"."""
    found = leading_term(lex, "rate", after)
    if not found or found.string[found.end() : found.end() + 1] == "-":
        return False
    if starts_with_role(lex, "time_unit", found.string[found.end() :]):
        return False  # "27,000 dead in four months": a span of time, not "one in four"
    return not starts_with_role(lex, "relative_day", after)


def is_rate_past_noun(lex: Lexicon, after: str) -> bool:
    """ "more than 10 children a day lost a leg": a rate past the noun of people it counts."""
    if not rate_openers(lex).intersection(after.lower().split(None, 5)[1:5]):
        return False  # most numbers have no rate after them: a set lookup first
    if not starts_with_people(lex, after) and not starts_with_role(lex, "event", after):
        return False  # "20 wounded people per hour", "20 blessés par heure": the wounded are people too
    # "20 wounded people per hour", "20 personnes ont été tuées chaque jour": up to four words past the
    # count, in its own clause ("1.7 million people, around three in every four Gazans" is no rate)
    words = re.match(r"\s*([^\W\d]+)(\s+[^\W\d]+)?(\s+[^\W\d]+)?(\s+[^\W\d]+)?", after)
    return any(is_rate(lex, after[words.end(n) :]) for n in (1, 2, 3, 4) if words and words.group(n))


def clause_ends_on_rate(lex: Lexicon, after: str) -> bool:
    """ "420 children are being killed or injured in Gaza every day": a count of people whose clause
    ends on a rate (the `clause_rate` role) is one, however far past the count the rate stands."""
    clause = re.split(r"[,;:.!?()—–]", after, maxsplit=1)[0]
    return starts_with_people(lex, after) and ends_with_role(lex, "clause_rate", clause)


@lru_cache(maxsize=16)
def factor_lead_ends(lex: Lexicon) -> frozenset[str]:
    """The last words of the factor leads ("by" of "divided by"): most numbers follow none (for speed)."""
    return frozenset(term.split()[-1].lower() for term in lex.words("factor_lead"))


@lru_cache(maxsize=16)
def rate_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the rate terms ("a" of "a day", "per" of "per week")."""
    return frozenset(term.split()[0] for term in lex.lower_words("rate"))


def is_qualified_count(lex: Lexicon, mention: NumberMention, after: str) -> bool:
    """ "plus de 1900 personnes", "más de 1900 muertos": four digits written without a separator (as
    Spanish and Quebec French write them) after a qualifier and before people or their event count them."""
    qualified = mention.qualifier_start < mention.start
    return qualified and (starts_with_people(lex, after) or starts_with_role(lex, "event", after))


def is_year_span(lex: Lexicon, mention: NumberMention, after: str) -> bool:
    """ "the 1975-1990 civil war", "from 2014 to 2019": two years joined, unless people follow ("1900-2000
    people", "between 1900 and 2000 people")."""
    if mention.value_high is None or mention.is_word:
        return False
    ends = re.findall(r"\d[\d,.]*", mention.text)
    if len(ends) != 2 or not all(YEAR.match(end) for end in ends):
        return False
    return not any(starts_with_role(lex, role, after) for role in ("people", "subgroup", "domain"))


def is_short_year_end(before: str) -> bool:
    """ "the 2023-24 war", "2014/15": a number joined to a year it follows ends a span of years."""
    return bool(YEAR_THEN_DASH.search(before))


def is_population(lex: Lexicon, before: str, after: str) -> bool:
    """ "a population of 2.1 million", "home to 2.3 million people": those living there, not a count of
    what befell them; but "home to 3,000 displaced people" counts the displaced. So are inhabitants no
    event befalls, before or after ("an enclave that had 2.1 million inhabitants before the war"; but
    "killed 12 inhabitants", "2,000 inhabitants have fled")."""
    if ends_with_role(lex, "population_lead", before):
        return not lex.find("event", " ".join(after.split()[:2]))
    if not starts_with_role(lex, "population_noun", after):
        return False
    clause = re.split(r"[,;:.!?]", after)[0]  # "60 000 habitants ... sont toujours empêchés de rentrer"
    return not lex.find("event", " ".join(before.split()[-POPULATION_REACH:]) + clause)


def is_share_whole(lex: Lexicon, before: str, after: str) -> bool:
    """ "90% of the 2.3 million residents have been displaced": the displaced are the share, the number
    the people it is a share of; but "70% of the 44,000 people killed" counts the killed, and "half of
    the 250 hostages" counts hostages."""
    tail = before.rstrip().rsplit(None, 2)[-2:]  # "of the", "des": the share's link ends the text
    if not any(w.lower() in lex.lower_words("of") for w in tail) or not rule_patterns(lex).share_of.search(
        before
    ):
        return False
    first_words = " ".join(after.split()[:2])
    return not lex.find("event", first_words) and not lex.find("domain", first_words)
