"""`tally export`: the store's current tables as CSV, described by a Frictionless Data Package."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from etl import __version__
from etl.contract import FIGURE_COLUMNS, FIGURE_DESCRIPTIONS
from etl.published import guard_formulas
from etl.store import connect_readonly

FRICTIONLESS_TYPES = {
    "VARCHAR": "string",
    "BIGINT": "integer",
    "INTEGER": "integer",
    "DATE": "date",
    "TIMESTAMP": "datetime",
    "DOUBLE": "number",
    "BOOLEAN": "boolean",
}

# What each column of the other tables means; figures.csv uses the contract's data dictionary.
COLUMN_DESCRIPTIONS: dict[str, str] = {
    "doc_id": "Stable id of the document (hash of its URL, or of its text when it has none)",
    "doc": "The document's file name or URL, as given in its source",
    "url": "Where it was published, if known",
    "title": "Its headline, if known",
    "publisher": "Who published it (the figures' reported_by)",
    "published_at": "Publication date",
    "date_basis": "How the date is known: metadata, url or inferred",
    "language": "ISO 639-1 code of the main text",
    "kind": "article (prose, figures extracted) or dataset (a structured feed's daily record)",
    "source": "Name of the configured source that produced it (tally.toml)",
    "content_hash": "SHA-256 of the normalised text: a changed document gets a new hash",
    "first_seen_run": "The refresh that first stored it",
    "last_seen_run": "The latest refresh that read it",
    "n_documents": "How many documents state this claim",
    "doc_ids": "Their doc_ids, sorted, separated by ';'",
    "quote": "One sentence that states the claim",
    "run_id": "Id of the refresh",
    "started_at": "When it started (UTC)",
    "finished_at": "When it finished (UTC)",
    "status": "ok, partial (some documents failed or figures were rejected) or failed (nothing read)",
    "documents_new": "Documents new or changed since the previous refresh",
    "documents_unchanged": "Documents read again unchanged",
    "documents_failed": "Documents that could not be read or extracted",
    "figures_new": "Figures stored by this refresh",
    "rejects": "Rows set aside with their reason (failed reads, extractions and validation checks)",
    "config_hash": "Hash of the configuration file the refresh read",
    "extractor_version": "Version of the extraction rules",
    "failures_json": "JSON list of {doc, reason} of what failed (warnings flagged)",
}

TABLES = {
    "figures": (
        f"SELECT {', '.join(FIGURE_COLUMNS)} FROM current_figures ORDER BY doc, char_start",
        "One row per figure mention: a numeric claim with its source and date (FIGURES.md).",
    ),
    "documents": (
        "SELECT doc_id, doc, url, title, publisher, published_at, date_basis, language, kind, source, "
        "content_hash, first_seen_run, last_seen_run FROM current_documents ORDER BY doc",
        "The documents figures were read from (their text is in the store).",
    ),
    "claims": (
        "SELECT * FROM claims ORDER BY metric, as_of, value",
        "Figures that state the same claim, grouped across documents, with how many state it.",
    ),
    "runs": ("SELECT * FROM runs ORDER BY started_at", "Every refresh: when, what it read, what failed."),
}


def table_schema(connection: duckdb.DuckDBPyConnection, query: str, descriptions: dict[str, str]) -> dict:
    described = connection.execute(f"DESCRIBE {query}").fetchall()
    return {
        "fields": [
            {
                "name": name,
                "type": FRICTIONLESS_TYPES.get(kind.split("(")[0], "string"),
                **({"description": descriptions[name]} if name in descriptions else {}),
            }
            for name, kind, *_ in described
        ]
    }


def export(data_dir: Path | str, target: Path | str) -> dict[str, int]:
    """Write every table as CSV plus datapackage.json; returns the row count of each."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    resources, counts = [], {}
    with connect_readonly(data_dir) as connection:
        for name, (query, description) in TABLES.items():
            frame = connection.execute(query).df()
            guard_formulas(frame).to_csv(target / f"{name}.csv", index=False)
            counts[name] = len(frame)
            descriptions = FIGURE_DESCRIPTIONS | ({} if name == "figures" else COLUMN_DESCRIPTIONS)
            schema = table_schema(connection, query, descriptions)
            resources.append(
                {
                    "name": name,
                    "path": f"{name}.csv",
                    "profile": "tabular-data-resource",
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8",
                    "description": description,
                    "schema": schema,
                }
            )
    package = {
        "name": "tally-figures",
        "title": "Tally: casualty and hostage figures in the Israel-Gaza war, with their provenance",
        "profile": "tabular-data-package",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "sources": [
            {"title": "News articles named in documents.csv, each figure with its quote"},
            {
                "title": "Tech For Palestine daily casualty datasets (public domain)",
                "path": "https://data.techforpalestine.org",
            },
        ],
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "version": __version__,
        "description": "Text cells starting with = + - @ get a leading apostrophe (a formula guard).",
        "resources": resources,
    }
    (target / "datapackage.json").write_text(json.dumps(package, indent=2), encoding="utf-8")
    return counts
