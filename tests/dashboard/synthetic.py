"""The synthetic store: a few hand-checked documents, figures, runs and rejects, written row by row
with the store's own DDL (etl.store.SCHEMA). It holds what the seeds lack: a disagreement between
sources, a range, a proposed figure, HTML in a document, a formula-like quote, a failed run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pandas as pd

from etl.contract import FIGURE_COLUMNS

A1_TEXT = (
    "Gaza toll <b>rises</b>. At least 23,000 people have been killed in Gaza, the health ministry said. "
    "<script>alert('x')</script> Israel says 1,200 people were killed on 7 October."
)
A2_TEXT = (
    "The Government Media Office put the toll at 23,500. Between 200 and 300 hostages were taken. "
    "A deal would free 50 hostages."
)
A3_TEXT = "=SUM(A1) 40 personnes ont été blessées à Gaza."  # a French article

DOCUMENTS = [
    # doc_id, doc, title, publisher, published_at, kind, source, text
    (
        "a1",
        "a1.txt",
        "Toll <script>alert(1)</script> rises",
        "Wire <b>News</b>",
        "2024-01-10",
        "article",
        "news",
        A1_TEXT,
    ),
    ("a2", "a2.txt", "Media office toll", "Other Paper", "2024-01-11", "article", "news", A2_TEXT),
    ("a3", "a3.txt", "Blessés", "Third Paper", "2024-01-11", "article", "news", A3_TEXT),
    *[
        (
            f"d{day}",
            f"casualties_daily.json#2024-01-{day}",
            f"Gaza daily casualties 2024-01-{day}",
            "Tech For Palestine",
            f"2024-01-{day}",
            "dataset",
            "techforpalestine",
            f"Gaza daily casualties, 2024-01-{day}. Gaza Health Ministry reported killed_cum: {value}.",
        )
        for day, value in (("09", 22900), ("10", 23100), ("11", 23300))
    ],
]


def figure(doc_id: str, text: str, mention: str, quote: str, **fields) -> dict:
    start = re.search(rf"(?<![\d,.]){re.escape(mention)}(?![\d,])", text).start()
    published = next(d[4] for d in DOCUMENTS if d[0] == doc_id)
    row = {
        "figure_id": f"{doc_id}-{start}",
        "doc_id": doc_id,
        "doc": next(d[1] for d in DOCUMENTS if d[0] == doc_id),
        "location": "Gaza",
        "subgroup": "all",
        "value_high": None,
        "qualifier": "exact",
        "status": "reported",
        "attributed_to": "",
        "attribution_basis": "",
        "attribution_text": "",
        "reported_by": next(d[3] for d in DOCUMENTS if d[0] == doc_id),
        "as_of": published,
        "event_date": None,
        "published_at": published,
        "mention": mention,
        "quote": quote,
        "char_start": start,
        "char_end": start + len(mention),
    }
    row.update(fields)
    return row


def synthetic_figures() -> list[dict]:
    a1_sentence = "At least 23,000 people have been killed in Gaza, the health ministry said."
    rows = [
        figure(
            "a1",
            A1_TEXT,
            "23,000",
            a1_sentence,
            metric="killed",
            value=23000,
            qualifier="at_least",
            attributed_to="Gaza Health Ministry",
            attribution_text="the health ministry",
        ),
        figure(
            "a1",
            A1_TEXT,
            "1,200",
            "Israel says 1,200 people were killed on 7 October.",
            metric="killed",
            location="Israel",
            value=1200,
            attributed_to="Israeli official figures",
            attribution_text="Israel",
            event_date="2023-10-07",
        ),
        figure(
            "a2",
            A2_TEXT,
            "23,500",
            "The Government Media Office put the toll at 23,500.",
            metric="killed",
            value=23500,
            attributed_to="Gaza Government Media Office",
        ),
        figure(
            "a2",
            A2_TEXT,
            "200 and 300",
            "Between 200 and 300 hostages were taken.",
            metric="hostages_taken",
            value=200,
            value_high=300,
            qualifier="range",
        ),
        figure(
            "a2",
            A2_TEXT,
            "50",
            "A deal would free 50 hostages.",
            metric="hostages_released",
            value=50,
            status="proposed",
        ),
        figure("a3", A3_TEXT, "40", A3_TEXT, metric="injured", value=40),
    ]
    for doc_id, _doc, _title, _publisher, _published, kind, _source, text in DOCUMENTS:
        if kind == "dataset":
            mention = text.rsplit(": ", 1)[1].rstrip(".")
            rows.append(
                figure(
                    doc_id,
                    text,
                    mention,
                    text,
                    metric="killed",
                    value=int(mention),
                    attributed_to="Gaza Health Ministry",
                    attribution_text="Gaza Health Ministry",
                )
            )
    return rows


RUNS = [
    # run_id, started_at, finished_at, status, new, unchanged, failed, figures_new, rejects, failures_json
    ("run-1", "2024-01-11 06:00:00", "2024-01-11 06:01:00", "ok", 6, 0, 0, 9, 0, "[]"),
    (
        "run-2",
        "2024-01-12 06:00:00",
        "2024-01-12 06:02:30",
        "partial",
        0,
        6,
        1,
        0,
        1,
        json.dumps([{"doc": "broken.html", "reason": "could not decode the page"}]),
    ),
]
REJECTS = [("run-2", "a2.txt", "validate", "value_high_not_below_value: 300 < 200", '{"value": 300}')]


def write_synthetic_store(data_dir: Path) -> Path:
    """A store with the production DDL and hand-written rows (see the module docstring)."""
    from etl.store import SCHEMA, STORE_NAME

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / STORE_NAME
    doc_frame = pd.DataFrame(
        [
            {
                "doc_id": doc_id,
                "doc": doc,
                "url": f"https://example.org/{doc}" if kind == "article" else "",
                "title": title,
                "publisher": publisher,
                "published_at": pd.Timestamp(published).date(),
                "date_basis": "metadata",
                "language": "fr" if doc_id == "a3" else "en",
                "kind": kind,
                "source": source,
                "content_hash": f"hash-{doc_id}",
                "text": text,
                "first_seen_run": "run-1",
                "last_seen_run": "run-2",
                "superseded_by": None,
            }
            for doc_id, doc, title, publisher, published, kind, source, text in DOCUMENTS
        ]
    )
    fig_frame = pd.DataFrame(synthetic_figures())[FIGURE_COLUMNS]
    for column in ("as_of", "event_date", "published_at"):
        fig_frame[column] = pd.to_datetime(fig_frame[column]).dt.date
    fig_frame["value_high"] = fig_frame["value_high"].astype("Int64")
    fig_frame["run_id"], fig_frame["extractor_version"], fig_frame["superseded_by"] = "run-1", "test", None
    with duckdb.connect(str(path)) as connection:
        connection.execute(SCHEMA)
        connection.register("doc_frame", doc_frame)
        connection.register("fig_frame", fig_frame)
        connection.execute("INSERT INTO documents SELECT * FROM doc_frame")
        connection.execute("INSERT INTO figures SELECT * FROM fig_frame")
        # A superseded figure: history, never shown.
        connection.execute(
            "INSERT INTO figures SELECT * REPLACE ('old-' || figure_id AS figure_id, 99999 AS value, "
            "'run-2' AS superseded_by) FROM figures WHERE figure_id = ?",
            [f"a1-{A1_TEXT.index('23,000')}"],
        )
        for run in RUNS:
            connection.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'cfg', 'test', ?)", list(run)
            )
        for reject in REJECTS:
            connection.execute("INSERT INTO rejects VALUES (?, ?, ?, ?, ?)", list(reject))
    return data_dir
