"""An attribution frame: a source and the span of the words that make it one ("X said", "according to X")."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.extract.source_names import SourceMention


@dataclass
class Frame:
    kind: str  # "subject" or "according"
    source: SourceMention
    start: int
    end: int  # end of the speech verb or of the according phrase
    alternatives: list[SourceMention] = field(default_factory=list)  # other subjects, nearest first
    trailing: bool = False  # ends its sentence: "..., the army says."
    covers_from: int = 0  # "according to" inside a clause about a part covers the part only
    owns_count: bool = False  # "the ministry's count": a source's own count, named before its number
    count_at: int = -1  # "627 deaths reported by": where the one count it is the source of lies
    listed_from: int = -1  # "31 dead and 101 injured released by": where the counts listed with it start
    same_as_last: bool = False  # "selon la même source": the source that spoke last, not a name beside it
