"""A deterministic corpus of realistic news documents for the benchmark.

Documents recombine sentence patterns written for this benchmark (`templates.csv`, modelled on the
test fixtures, never on the held-out evaluation texts) with varied numbers, sources, places,
weekdays and dates drawn from the reference tables. The same seed gives the same corpus.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from etl.documents import Document
from etl.reference import Reference

TEMPLATES = Path(__file__).resolve().parent / "templates.csv"
FIRST_DAY = date(2023, 10, 8)
DAYS = 640  # publication dates spread over the war's first two years
# Share of documents in each language (the rest English), like a mostly English feed mix.
OTHER_LANGUAGES = {"es": 0.05, "fr": 0.05}
FIGURE_SHARE = 0.35  # most sentences of a news story carry no figure
# Location terms that name people, not places ("Gazans"), do not fit "in {place}".
DEMONYM_ENDINGS = ("ans", "lis", "ese")


@dataclass(frozen=True)
class Vocabulary:
    """What fills the templates' slots, from the reference tables."""

    templates: dict[tuple[str, str], list[str]]  # (language, kind) -> texts
    sources: list[str]
    places: list[str]
    weekdays: dict[str, list[str]]
    months: list[str]
    number_words: list[str]


def read_templates(path: Path = TEMPLATES) -> dict[tuple[str, str], list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        templates: dict[tuple[str, str], list[str]] = {}
        for row in csv.DictReader(handle):
            templates.setdefault((row["language"], row["kind"]), []).append(row["text"])
    return templates


def vocabulary(reference: Reference) -> Vocabulary:
    """Canonical source names, English place names, weekdays, months and small number words."""
    lexicon = reference.lexicon
    english = reference.rows("locations", "en")["term"]
    places = [t for t in english if t[:1].isupper() and not t.endswith(DEMONYM_ENDINGS)]
    sources = sorted(set(reference.sources["canonical"]))
    weekdays = {
        language: list(lexicon[(lexicon["role"] == "weekday") & (lexicon["language"] == language)]["term"])
        for language in ("en", "es", "fr")
    }
    months = list(lexicon[(lexicon["role"] == "month") & (lexicon["language"] == "en")]["term"])
    numbers = reference.rows("numbers", "en")
    words = list(numbers[numbers["kind"] == "unit"]["term"])
    return Vocabulary(read_templates(), sources, places, weekdays, [m for m in months if len(m) > 3], words)


def fill(template: str, language: str, vocab: Vocabulary, rng: random.Random) -> str:
    """One sentence: the template with every slot drawn from the vocabulary or a number range."""
    n, m = rng.randint(1_000, 45_000), rng.randint(100, 90_000)
    low = rng.randint(10, 400)
    return template.format(
        n=f"{n:,}",
        m=f"{m:,}",
        n_es=f"{n:,}".replace(",", "."),
        n_fr=f"{n:,}".replace(",", "\u00a0"),
        s=rng.randint(2, 99),
        s2=rng.randint(2, 99),
        lo=low,
        hi=low + rng.randint(10, 300),
        word=rng.choice(vocab.number_words),
        source=rng.choice(vocab.sources),
        place=rng.choice(vocab.places),
        weekday=rng.choice(vocab.weekdays[language]),
        day=rng.randint(1, 28),
        month=rng.choice(vocab.months),
    )


def pick_language(rng: random.Random) -> str:
    draw = rng.random()
    for language, share in OTHER_LANGUAGES.items():
        if draw < share:
            return language
        draw -= share
    return "en"


def document_text(language: str, vocab: Vocabulary, rng: random.Random) -> str:
    """A title and three to six paragraphs mixing figure sentences with sentences without one."""
    title = fill(rng.choice(vocab.templates[(language, "title")]), language, vocab, rng)
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            kind = "figure" if rng.random() < FIGURE_SHARE else "filler"
            sentences.append(fill(rng.choice(vocab.templates[(language, kind)]), language, vocab, rng))
        paragraphs.append(" ".join(sentences))
    return "\n".join([title, *paragraphs]) + "\n"


def generate(count: int, reference: Reference, seed: int = 0, start: int = 0) -> Iterator[Document]:
    """`count` documents, numbered from `start`; the same (seed, number) always gives the same one."""
    vocab = vocabulary(reference)
    publishers = sorted(set(reference.sources["canonical"]))
    for number in range(start, start + count):
        rng = random.Random(f"{seed}:{number}")  # per document: adding documents keeps the others
        language = pick_language(rng)
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        name = f"bench-{number:06d}.txt"
        yield Document(
            doc=name,
            text=document_text(language, vocab, rng),
            url=f"https://bench.example.org/{seed}/{name}",
            title="",
            publisher=rng.choice(publishers),
            published_at=published,
            date_basis="metadata",
            language=language,
        )


def write_folder(documents: list[Document], folder: Path) -> None:
    """The documents as a folder source: one .txt each and a documents.csv manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for document in documents:
        (folder / document.doc).write_text(document.text, encoding="utf-8")
        rows.append(
            {
                "file": document.doc,
                "url": document.url,
                "title": document.title,
                "publisher": document.publisher,
                "published_at": document.published_at.isoformat() if document.published_at else "",
                "date_basis": document.date_basis,
                "language": document.language,
            }
        )
    append_manifest(folder, rows)


def append_manifest(folder: Path, rows: list[dict[str, str]]) -> None:
    path = folder / "documents.csv"
    new = not path.exists()
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["file"])
        if new:
            writer.writeheader()
        writer.writerows(rows)
