"""The `tally` command line: one command per verb."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.documents import Document
from etl.sources import SourceFailure
from etl.workers import default_workers


def data_dir_option(function):
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("data"),
        show_default=True,
        help="Where the store and exports live.",
    )(function)


def workers_option(function):
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=default_workers,
        show_default="the core count",
        help="Processes extracting documents (small runs stay in one process).",
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


SHOWN_REJECTS = 20  # a run can refuse thousands of rows; the store keeps them all


def report_run(summary: dict) -> None:
    """Each failed document, warning and refused figure on stderr, named, in plain words."""
    for failure in summary["failures"]:
        click.echo(f"error: {failure['doc']}: {failure['reason']}", err=True)
    for warning in summary["warnings"]:
        click.echo(f"warning: {warning['doc']}: {warning['reason']}", err=True)
    refused = summary.get("refused", [])
    for reject in refused[:SHOWN_REJECTS]:
        click.echo(f"rejected: {reject['doc']}: {reject['reason']}", err=True)
    if len(refused) > SHOWN_REJECTS:
        more = len(refused) - SHOWN_REJECTS
        click.echo(f"rejected: {more} more (the Runs page, or the rejects table of the store)", err=True)


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
    if not documents:  # a score of zero would read as a verdict on the extractor
        raise click.ClickException("no document could be read: nothing to score")
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
    for metric, counts in result["per_metric"].items():
        click.echo(
            f"  metric {metric:<20} matched {counts['matched']:>4}  predicted {counts['predicted']:>4}  "
            f"gold {counts['gold']:>4}"
        )
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


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources to read (default: the repository's tally.toml).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option(
    "--reextract",
    is_flag=True,
    help="Re-extract documents read by other extraction rules (their code or reference tables).",
)
@click.option(
    "--reference-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Reference tables to use (default: seeds/reference).",
)
@workers_option
@data_dir_option
def refresh(
    config_path: Path | None,
    as_json: bool,
    reextract: bool,
    reference_dir: Path | None,
    workers: int,
    data_dir: Path,
) -> None:
    """Read the configured sources, extract new and changed documents, validate, store."""
    from etl.config import ConfigError, load_config
    from etl.pipeline import SUMMARY_KEYS
    from etl.pipeline import refresh as run_refresh
    from etl.reference import REFERENCE_DIR, ReferenceTableError, load_reference
    from etl.refresh_lock import StoreBusy
    from etl.write_errors import StoreWriteError

    try:
        # Config and reference tables are checked before the store is touched: a bad table stops here.
        config, reference = load_config(config_path), load_reference(reference_dir or REFERENCE_DIR)
        summary = run_refresh(config, data_dir, reference, reextract=reextract, workers=workers)
    except (ConfigError, ReferenceTableError, StoreWriteError) as error:
        raise click.ClickException(str(error)) from error
    except StoreBusy as error:
        raise click.ClickException(f"{error}; try again when it has finished") from error
    except OSError as error:
        raise click.ClickException(f"cannot write the store in {data_dir}: {error}") from error
    report_run(summary)
    if as_json:
        click.echo(json.dumps({key: summary[key] for key in SUMMARY_KEYS}))
        return
    click.echo(
        f"{summary['run_id']}: documents {summary['documents_new']} new, {summary['documents_unchanged']} "
        f"unchanged, {summary['documents_failed']} failed; figures {summary['figures_new']} new; "
        f"rejects {summary['rejects']}"
    )


@main.command()
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
@data_dir_option
def export(target: Path, data_dir: Path) -> None:
    """Write figures, documents, claims and runs as CSV with a datapackage.json."""
    from etl.export import export as run_export
    from etl.store import StoreMissing

    try:
        counts = run_export(data_dir, target)
    except StoreMissing as error:
        raise click.ClickException(str(error)) from error
    click.echo(", ".join(f"{name} {count}" for name, count in counts.items()) + f" -> {target}")


@main.command()
@click.option("--port", type=int, default=8501, show_default=True)
@data_dir_option
def dashboard(port: int, data_dir: Path) -> None:
    """Start the dashboard on the store (refreshing from the default sources first when it is empty)."""
    from etl.store import store_path

    if not store_path(data_dir).exists():
        click.echo("No store yet: refreshing from the default sources first.", err=True)
        click.get_current_context().invoke(
            refresh, config_path=None, as_json=False, reextract=False, reference_dir=None, data_dir=data_dir
        )
    from dashboard.serve import server_command

    env = dict(os.environ, TALLY_DATA_DIR=str(data_dir.resolve()))
    command = server_command(port)
    os.execve(sys.executable, command, env)  # become the server: signals reach it directly


@main.command()
@click.option(
    "--docs",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Documents timed against quantulum3.",
)
@click.option(
    "--refresh-docs",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Documents of the timed refresh.",
)
@click.option(
    "--dashboard-figures",
    type=click.IntRange(min=1),
    default=100_000,
    show_default=True,
    help="Figures of the dashboard's store.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="The generated corpus's seed.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@workers_option
@data_dir_option
def bench(
    docs: int,
    refresh_docs: int,
    dashboard_figures: int,
    seed: int,
    as_json: bool,
    workers: int,
    data_dir: Path,
) -> None:
    """Time extraction (against quantulum3), refresh and the dashboard on a generated corpus.

    Works in a temporary folder under --data-dir, removed afterwards; the store there is untouched.
    """
    import tempfile

    from etl.reference import load_reference

    bench_module = import_benchmarks()
    sizes = bench_module.Sizes(docs, refresh_docs, dashboard_figures, workers, seed)
    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tally-bench-", dir=data_dir) as root:
        # Absolute: the probes run in the project folder, and the config's paths are its own.
        result = bench_module.run(
            Path(root).resolve(), load_reference(), sizes, lambda line: click.echo(line, err=True)
        )
    if as_json:
        click.echo(
            json.dumps({key: result[key] for key in bench_module.JSON_KEYS} | {"details": result["details"]})
        )
        return
    for line in bench_module.report_lines(result):
        click.echo(line)


def import_benchmarks():
    """benchmarks/bench.py of this checkout (the package installs etl and dashboard only)."""
    root = str(Path(__file__).resolve().parent.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from benchmarks import bench

    return bench


def parse_interval(text: str) -> int:
    """Seconds in "30m", "6h", "1d" or a number of seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = text.strip().lower()
    try:
        return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)
    except (ValueError, IndexError) as error:
        raise click.BadParameter(f"{text!r}: use a number with s, m, h or d, like 6h") from error


@main.command()
@click.option("--every", default="6h", show_default=True, help="Interval: 30m, 6h, 1d.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--runs", type=int, default=0, help="Stop after this many runs (0: run until stopped).")
@data_dir_option
def schedule(every: str, config_path: Path | None, runs: int, data_dir: Path) -> None:
    """Refresh on an interval until stopped (SIGTERM or Ctrl-C end it cleanly between runs)."""
    import signal
    import threading

    seconds = parse_interval(every)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    done = 0
    while not stop.is_set():
        context = click.get_current_context()
        try:
            context.invoke(
                refresh,
                config_path=config_path,
                as_json=True,
                reextract=False,
                reference_dir=None,
                data_dir=data_dir,
            )
        except click.ClickException as error:
            click.echo(f"error: {error.message}", err=True)
        done += 1
        if runs and done >= runs:
            break
        stop.wait(seconds)
    click.echo(f"schedule stopped after {done} run(s)", err=True)
