"""Count frames: the owner of a count is its source ("the ministry's toll", "AFP's tally"), and so is a
source that counts named after the count ("the toll from the ministry", "el balance del Ministerio")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.frame import Frame
from etl.extract.lexicon import Lexicon
from etl.extract.publishers import owned_count, publication_agent, reported_by
from etl.extract.source_names import SourceMention

# The kinds of source whose name beside a count is who counted, never the actor counted ("the toll
# from Israeli strikes" is no Israeli figure).
COUNTING_KINDS = frozenset({"ministry", "UN", "media", "NGO", "rescue service"})


def count_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "the ministry's toll", "AFP's tally": the possessor of a count is its source; and "the toll
    from the ministry", "el balance del Ministerio" when the source is one that counts."""
    owned, counted = count_patterns(lex)
    frames = []
    for source in sources:
        if source.kind != "alias":
            continue
        published = publication_agent(lex).search(text, 0, source.start)
        if published:
            frames.append(Frame("according", source, published.start(), source.end))
            continue
        reported = reported_by(lex, text, source.start)
        if reported:
            # "the 627 deaths reported by the Health Ministry": who reported a count is its source
            frames.append(Frame("according", source, reported.start(), source.end, count_at=reported.start()))
            continue
        own = owned.match(text, source.end)
        if own:
            frames.append(Frame("according", source, source.start, own.end(), owns_count=True))
            continue
        by = counted.search(text[: source.start])
        if by and " ".join(source.text.lower().split()) in counting_aliases(lex):
            frames.append(Frame("according", source, by.start(), source.end))
    return frames + pronoun_count_frames(lex, text, sources)


def pronoun_count_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "Its toll now exceeds 61,000", "su balance": a count a possessive owns is the source's it points
    back to, in a sentence that names no source before it ("The ministry says ... that its overall toll
    stands at": the subject's own frame reads it)."""
    frames = []
    for found in pronoun_count(lex).finditer(text):
        if any(s.start < found.start() for s in sources):
            continue
        pronoun = SourceMention(
            found.start(), found.start(1) + len(found.group(1)), found.group(1), "pronoun"
        )
        frames.append(Frame("according", pronoun, found.start(), found.end()))
    return frames


@lru_cache(maxsize=16)
def pronoun_count(lex: Lexicon) -> re.Pattern[str]:
    """A possessive pronoun, up to two words, and a count noun: "its overall count", "sus datos"."""
    return re.compile(
        rf"(?<![\w-])({lex.alt('possessive')})\s+(?:[^\W\d]+\s+){{0,2}}?(?:{lex.alt('count_noun')})(?![\w-])"
    )


@lru_cache(maxsize=16)
def count_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows an owner ("'s latest toll") and what precedes a counter ("the toll from the")."""
    nouns, links = lex.alt("count_noun"), lex.alt("count_link")
    owned = owned_count(lex)
    # "el balance provisional del ministerio": past an adjective after the noun
    counted = re.compile(rf"(?<![\w-]){nouns}\s+(?:\w+\s+)?{links}\s+(?:{lex.alt('definite')}\s*)?$")
    return owned, counted


@lru_cache(maxsize=16)
def counting_aliases(lex: Lexicon) -> frozenset[str]:
    """The aliases (lower case) every row of which names a source of a counting kind."""
    kinds: dict[str, set[str]] = {}
    for row in lex.sources:
        kinds.setdefault(" ".join(row["alias"].lower().split()), set()).add(row["kind"])
    return frozenset(alias for alias, found in kinds.items() if found <= COUNTING_KINDS)


def bind_listed_counts(lex: Lexicon, text: str, frames: list[Frame], numbers: list[tuple[int, int]]) -> None:
    """ "an earlier count of 31 dead and 101 injured released by the ministry": a source bound to a count
    is also that of the counts listed right before it, each with its noun and "and"."""
    listed = listed_with_next(lex)
    for frame in frames:
        own = next((i for i, (a, b) in enumerate(numbers) if a <= frame.count_at < b), None)
        if own is None:
            continue
        first = own
        while first and listed.fullmatch(text, numbers[first - 1][1], numbers[first][0]):
            first -= 1
        frame.listed_from = numbers[first][0]


@lru_cache(maxsize=16)  # one per lexicon
def listed_with_next(lex: Lexicon) -> re.Pattern[str]:
    """A count's noun and a conjunction, up to the next count ("dead and ")."""
    return re.compile(rf"\s+[^\W\d]+\s+(?:{lex.alt('conjunction')})\s+")
