"""Numbers that are ages: "a boy aged five", "men over 50", "the ages of those freed range from 21 to 48".

An age is told by the words before it (the `age_lead` and `age_marker` roles) or by a word for ages
in its clause (`age_noun`), unless the number counts people of its own ("aged 3 and 5 children").
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.role_edges import ends_with_role, starts_with_people


def listed_ages(lex: Lexicon) -> str:
    """Ages listed before the last one: "3, 5 and", "one and"."""
    words = "|".join(re.escape(w) for w in sorted(lex.numbers, key=len, reverse=True)) or "(?!)"
    return rf"(?:\s+(?:\d{{1,3}}|{words})\s*(?:,|{lex.alt('conjunction')}\b))*"


@lru_cache(maxsize=16)  # one per lexicon
def age_marker(lex: Lexicon) -> re.Pattern[str]:
    """ "men over 50"; "children under 3 and 5": an age listed with one after the marker is one too."""
    return re.compile(rf"(?<![\w-]){lex.alt('age_marker')}({listed_ages(lex)})\s*$")


@lru_cache(maxsize=16)  # one per lexicon
def age_lead(lex: Lexicon) -> re.Pattern[str]:
    """ "aged five", "aged one and five"."""
    return re.compile(rf"(?<![\w-]){lex.alt('age_lead')}({listed_ages(lex)})\s*$")


def is_age_led(lex: Lexicon, before: str, after: str) -> bool:
    """ "a boy aged five", "Kfir and Ariel Bibas, aged one and five": a number after a
    word that only ever leads an age, unless it counts people of its own ("aged 3 and 5 children")."""
    lead = age_lead(lex).search(before)
    return bool(lead) and not (lead.group(1) and starts_with_people(lex, after))


def is_age_range(lex: Lexicon, before: str, after: str) -> bool:
    """ "The ages of those freed range from 21 to 48": a range in the clause of a word for ages, unless
    it counts people of its own ("ages vary, but 20 to 30 children")."""
    clause = re.split(r"[.;:,]", before)[-1]
    return bool(lex.find("age_noun", clause)) and not starts_with_people(lex, after)


def is_age_bound(lex: Lexicon, before: str, after: str) -> bool:
    """ "men over 50", "children under five", "mayores de 60": people bounded by an age; "aged 3 and
    5": the ages listed after one, unless the number counts people of its own ("men over 50 and
    20 women")."""
    marker = age_marker(lex).search(before)
    if not marker:
        return False
    if marker.group(1) and starts_with_people(lex, after):
        return False
    noun = before[: marker.start()]
    if ends_with_role(lex, "age_lead", noun):
        return True  # "men aged over 50"
    return ends_with_role(lex, "people", noun) or ends_with_role(lex, "subgroup", noun)
