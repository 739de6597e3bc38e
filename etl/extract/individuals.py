"""The number one when it stands for a noun or names a speaker, not a count: "the reported one",
"every violent one", "at any one time", "said one man, who asked not to be named"."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention
from etl.extract.role_edges import ends_with_role

# the words of a speaker's noun after "one": "man", "released prisoner", "Gaza City resident"
SPEAKER_AFTER = re.compile(r"\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*(?:[,.;]|$)")


def is_individual(lex: Lexicon, text: str, mention: NumberMention) -> bool:
    """Is this "one" a pronoun after a determiner (`one_lead`), or a speaker named after a speech verb?"""
    if mention.value != 1 or mention.value_high is not None or not mention.is_word:
        return False
    before = text[max(0, mention.qualifier_start - 40) : mention.qualifier_start]
    return bool(pronoun_lead(lex).search(before)) or names_a_speaker(lex, before, text[mention.end :])


def names_a_speaker(lex: Lexicon, before: str, after: str) -> bool:
    """ "said one man, who asked not to be named": one person who speaks, right after the verb, whose
    noun closes the clause without a verb of its own ("said one man was killed" is a count)."""
    if not ends_with_role(lex, "speech_verb", before):
        return False
    noun = SPEAKER_AFTER.match(after[:80])
    if not noun:
        return False
    verbs = lex.lower_words("auxiliary") | lex.lower_words("copula")
    return not any(word.lower() in verbs for word in noun.group(1).split())


@lru_cache(maxsize=16)  # one per lexicon
def pronoun_lead(lex: Lexicon) -> re.Pattern[str]:
    """A determiner, and maybe one word, right before "one": "the one", "the reported one", "every
    violent one", "any one"."""
    leads = f"(?:{lex.alt('determiner')}|{lex.alt('one_lead')})"
    return re.compile(rf"(?<![\w'’-]){leads}\s+(?:[^\W\d_]+\s+)?$")
