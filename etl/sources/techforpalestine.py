"""Tech For Palestine's daily Gaza and West Bank casualty series (public domain).

Each day's record becomes a dataset document whose text states, in words, what the named
source reported that day, and one figure per reported cumulative. Gap-filled `ext_*` fields,
`missing` days and carried-forward (`fill`) flash updates are never presented as what a source
said. Field meanings: `seeds/feeds/techforpalestine/SOURCE.md`; mappings: `fields.csv` and
`report_sources.csv` beside it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from etl.contract import with_document_fields
from etl.documents import Document
from etl.sources import SourceFailure

FEED_DIR = Path(__file__).resolve().parents[2] / "seeds" / "feeds" / "techforpalestine"
API_URL = "https://data.techforpalestine.org/api/v2/{dataset}.json"
PUBLISHER = "Tech For Palestine"
TITLES = {"casualties_daily": "Gaza daily casualties", "west_bank_daily": "West Bank daily casualties"}


def read_mapping(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def field_value(record: dict, field: str) -> object:
    """A field of a record, "verified.killed_cum" reading into the nested object."""
    value: object = record
    for part in field.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def reporting_groups(
    dataset: str, record: dict, sources: dict[tuple[str, str], dict]
) -> list[tuple[str, str]]:
    """(field prefix, source name) of each group of fields a real report stands behind."""
    if dataset == "west_bank_daily":
        groups = [("verified.", "verified")]
        if record.get("flash_source"):
            groups.append(("", record["flash_source"]))
    else:
        groups = [("", record.get("report_source", "missing"))]
    return [
        (prefix, who) for prefix, who in groups if sources.get((dataset, who), {}).get("presented") == "yes"
    ]


def presented_fields(dataset: str, record: dict, fields: list[dict], sources: dict) -> Iterator[tuple]:
    """(field, mapping, who reports it) of each field of the mapping that this record's groups carry."""
    for prefix, who in reporting_groups(dataset, record, sources):
        for mapping in fields:
            field = mapping["field"]
            if mapping["dataset"] != dataset or field.startswith("ext_") or ("." in field) != bool(prefix):
                continue
            yield field, mapping, who


def record_figures(dataset: str, record: dict, fields: list[dict], sources: dict) -> list[tuple]:
    """(field, value, mapping, source) of each cumulative the day's report states.

    A total restated unchanged is still what the source said that day, and another source can
    state the same number: each day's figures depend on that day's record alone."""
    found = []
    for field, mapping, who in presented_fields(dataset, record, fields, sources):
        value = whole_number(field_value(record, field))
        if value is None:
            continue  # not stated that day, or not a number (wrong_types names it)
        # A negative count is kept here: validation rejects it, by name.
        found.append((field, value, mapping, sources[(dataset, who)]["attributed_to"]))
    return found


def whole_number(value: object) -> int | None:
    """The value as a count, or None: JSON numbers only (29514 or 29514.0), never text or booleans."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else None


def wrong_types(dataset: str, record: dict, fields: list[dict], sources: dict) -> list[tuple[str, object]]:
    """(field, value) of each presented field that holds something other than a count."""
    wrong = []
    for field, _, _ in presented_fields(dataset, record, fields, sources):
        value = field_value(record, field)
        if value is not None and whole_number(value) is None:
            wrong.append((field, value))
    return wrong


def falls(days: list[tuple[date, list[tuple]]]) -> Iterator[tuple[date, str]]:
    """(day, plain words naming the field and both values) of each cumulative lower than the last
    day that stated it.

    The series is cumulative, so a fall is suspect; the figure is still what the source said."""
    last: dict[str, tuple[date, int]] = {}
    for day, found in sorted(days, key=lambda pair: pair[0]):
        for field, value, _, _ in found:
            before = last.get(field)
            if before and value < before[1]:
                yield (
                    day,
                    f"cumulative {field} fell from {before[1]} on {before[0].isoformat()} to {value}: "
                    "kept as the source stated it",
                )
            last[field] = (day, value)


def record_document(dataset: str, day: date, found: list[tuple], source: str) -> Document:
    """A dataset document: one line of text per record, and its figures with offsets into it."""
    text = f"{TITLES[dataset]}, {day.isoformat()}."
    rows = []
    for field, value, mapping, attributed_to in found:
        prefix = f" {attributed_to} reported {field.replace('.', ' ')}: "
        start = len(text) + len(prefix)
        text = f"{text}{prefix}{value}."
        rows.append(
            {
                "metric": mapping["metric"],
                "location": mapping["location"],
                "subgroup": mapping["subgroup"],
                "value": value,
                "value_high": None,
                "qualifier": "exact",
                "status": "reported",
                "attributed_to": attributed_to,
                "attribution_basis": "",
                "attribution_text": f"{PUBLISHER} {dataset}.{field}",
                "as_of": day.isoformat(),
                "event_date": "",
                "mention": str(value),
                "char_start": start,
                "char_end": start + len(str(value)),
            }
        )
    for row in rows:
        row["quote"] = text
    document = Document(
        doc=f"{dataset}.json#{day.isoformat()}",
        text=text,
        url=f"{API_URL.format(dataset=dataset)}#{day.isoformat()}",
        title=f"{TITLES[dataset]} {day.isoformat()}",
        publisher=PUBLISHER,
        published_at=day,
        date_basis="metadata",
        language="en",
        kind="dataset",
        source=source,
    )
    document.meta["figures"] = with_document_fields(document, rows)
    return document


def load_records(folder: Path, dataset: str, fetcher=None, base_url: str = "") -> object:
    """The dataset's records, from the live URL when one is configured, else from the bundled file.

    Read whole every time, never as a 304, like a feed: every day is then compared with the store,
    so the unchanged ones are counted and marked as seen, and a bad record is named every run."""
    if base_url:
        return json.loads(fetcher.get(f"{base_url.rstrip('/')}/{dataset}.json", conditional=False).text)
    return json.loads((folder / f"{dataset}.json").read_text(encoding="utf-8"))


def read_dataset(folder: Path, dataset: str, source: str, fetcher=None, base_url: str = "") -> Iterator:
    from etl.sources.http import FetchError

    fields = read_mapping(FEED_DIR if base_url else folder, "fields.csv")
    mapping_dir = FEED_DIR if base_url else folder
    sources = {(r["dataset"], r["report_source"]): r for r in read_mapping(mapping_dir, "report_sources.csv")}
    path = folder / f"{dataset}.json"
    try:
        records = load_records(folder, dataset, fetcher, base_url)
    except FetchError as error:
        yield SourceFailure(f"{dataset}.json", str(error), source)
        return
    except (OSError, ValueError) as error:
        yield SourceFailure(path.name, f"cannot be read as JSON: {error}", source)
        return
    if not isinstance(records, list):
        yield SourceFailure(path.name, "is not a list of daily records", source)
        return
    days = []
    for number, record in enumerate(records):
        if not isinstance(record, dict):
            yield SourceFailure(f"{path.name}[{number}]", "record is not an object", source)
            continue
        try:
            day = date.fromisoformat(str(record["report_date"]))
        except (KeyError, TypeError, ValueError):
            yield SourceFailure(f"{path.name}[{number}]", "record without a valid report_date", source)
            continue
        for field, value in wrong_types(dataset, record, fields, sources):
            yield SourceFailure(
                f"{path.name}#{day.isoformat()}",
                f"field {field} is {value!r}, not a whole number: left out",
                source,
                fatal=False,
                row={"report_date": day.isoformat(), "field": field, "value": value},
            )
        found = record_figures(dataset, record, fields, sources)
        if found:
            days.append((day, found))
            yield record_document(dataset, day, found, source)
    for day, reason in falls(days):
        yield SourceFailure(f"{path.name}#{day.isoformat()}", reason, source, fatal=False)


def read_techforpalestine(
    folder: Path | str = FEED_DIR, source: str = "techforpalestine", fetcher=None, base_url: str = ""
) -> Iterator:
    """Every day of both datasets as dataset documents (with their figures), or failures.

    With `base_url` (and a fetcher) the JSON is fetched live; else the bundled snapshot is read."""
    for dataset in TITLES:
        yield from read_dataset(Path(folder), dataset, source, fetcher, base_url)
