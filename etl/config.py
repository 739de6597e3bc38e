"""`tally.toml`: the sources a refresh reads."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.documents import Document
from etl.sources import SourceFailure

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "tally.toml"


class ConfigError(ValueError):
    """The configuration file is missing, malformed or names an unknown source kind."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    path: Path


@dataclass(frozen=True)
class Config:
    path: Path
    sources: tuple[SourceConfig, ...]
    digest: str


def reader_for(kind: str):
    """The function that reads a kind of source."""
    from etl.sources.folder import read_folder
    from etl.sources.techforpalestine import read_techforpalestine

    readers = {"folder": read_folder, "techforpalestine": read_techforpalestine}
    if kind not in readers:
        raise ConfigError(f"unknown source kind {kind!r} (known: {', '.join(sorted(readers))})")
    return readers[kind]


def load_config(path: Path | str | None = None) -> Config:
    """Read and check a configuration file (default: the repository's tally.toml)."""
    path = Path(path or DEFAULT_CONFIG)
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error
    sources = []
    for number, entry in enumerate(data.get("source", []), start=1):
        name = entry.get("name") or f"source {number}"
        if "kind" not in entry or "path" not in entry:
            raise ConfigError(f"{path}: {name} needs a kind and a path")
        reader_for(entry["kind"])
        source_path = (path.parent / entry["path"]).resolve()
        if not source_path.exists():
            raise ConfigError(f"{path}: {name}: {source_path} does not exist")
        sources.append(SourceConfig(name, entry["kind"], source_path))
    if not sources:
        raise ConfigError(f"{path}: no [[source]] configured")
    return Config(path, tuple(sources), hashlib.sha256(raw).hexdigest()[:16])


def read_source(source: SourceConfig) -> Iterator[Document | SourceFailure]:
    """Every document of one configured source (or a failure naming the document)."""
    yield from reader_for(source.kind)(source.path, source=source.name)
