"""The `tally` command line: one command per verb."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.documents import Document
from etl.sources import SourceFailure


def data_dir_option(function):
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("data"),
        show_default=True,
        help="Where the store and exports live.",
    )(function)


def read_documents(paths: tuple[Path, ...]) -> tuple[list[Document], list[SourceFailure]]:
    """Documents from folders (with documents.csv) or single files, and what could not be read."""
    from etl.sources.folder import load_document, read_folder

    documents: list[Document] = []
    failures: list[SourceFailure] = []
    for path in paths:
        if path.is_dir():
            for item in read_folder(path):
                (documents if isinstance(item, Document) else failures).append(item)
        else:
            try:
                documents.append(load_document(path, None))
            except (OSError, ValueError) as error:
                failures.append(SourceFailure(str(path), f"cannot be read: {error}"))
    return documents, failures


def extract_all(documents: list[Document], failures: list[SourceFailure]) -> pd.DataFrame:
    """Figures of every document; a document whose extraction fails is named and skipped."""
    from rich.progress import track

    from etl.extract import empty_figures, extract_document
    from etl.reference import load_reference

    reference = load_reference()
    frames = [empty_figures()]
    quiet = not sys.stderr.isatty()
    for document in track(documents, description="Extracting", disable=quiet, console=None):
        try:
            frames.append(extract_document(document, reference))
        except Exception as error:  # one bad document must not stop the run
            failures.append(
                SourceFailure(document.doc, f"extraction failed: {type(error).__name__}: {error}")
            )
    return pd.concat([f for f in frames if not f.empty] or frames, ignore_index=True)[FIGURE_COLUMNS]


def report_failures(failures: list[SourceFailure]) -> None:
    for failure in failures:
        level = "error" if failure.fatal else "warning"
        click.echo(f"{level}: {failure.doc}: {failure.reason}", err=True)


@click.group()
@click.version_option(package_name="tally")
def main() -> None:
    """Tally: casualty and hostage figures, each traced to who said it, where and when."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the figures table (CSV, contract columns).",
)
@data_dir_option
def extract(paths: tuple[Path, ...], output: Path, data_dir: Path) -> None:
    """Extract figures from folders or files into a CSV, without touching the store."""
    documents, failures = read_documents(paths)
    figures = extract_all(documents, failures)
    report_failures(failures)
    if not documents:
        raise click.ClickException("no document could be read")
    output.parent.mkdir(parents=True, exist_ok=True)
    figures.to_csv(output, index=False)
    click.echo(f"{len(figures)} figures from {len(documents)} documents -> {output}", err=True)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List each missed, spurious and wrong figure.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@data_dir_option
def evaluate(gold: Path, paths: tuple[Path, ...], show_errors: bool, as_json: bool, data_dir: Path) -> None:
    """Extract from PATHS and score the figures against GOLD (the contract's matching rules)."""
    from etl.evaluate import score

    documents, failures = read_documents(paths)
    report_failures([f for f in failures if f.fatal])
    result = score(extract_all(documents, failures), pd.read_csv(gold, dtype=str, keep_default_na=False))
    if as_json:
        result["errors"] = [
            (what, {k: row.get(k) for k in ("doc", "metric", "value", "value_high", "mention")})
            for what, row in result["errors"]
        ]
        click.echo(json.dumps(result, indent=2, default=str))
        return
    click.echo(f"gold {result['gold']}  predicted {result['predicted']}  matched {result['matched']}")
    click.echo(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    for field, accuracy in sorted(result["fields"].items()):
        click.echo(f"  {field:<14} {accuracy:.3f}")
    if show_errors:
        for what, row in result["errors"]:
            high = (
                f"-{row['value_high']}" if str(row.get("value_high") or "") not in ("", "nan", "<NA>") else ""
            )
            click.echo(
                f"  {what:<40} {str(row.get('doc', ''))[:40]:<40} {row.get('metric', '')} "
                f"{row.get('value', '')}{high}  [{row.get('mention', '')}]"
            )
    click.echo(
        f"strict precision {result['strict_precision']:.3f}  strict recall {result['strict_recall']:.3f}  "
        f"strict F1 {result['strict_f1']:.3f}"
    )
