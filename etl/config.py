"""`tally.toml`: the sources a refresh reads."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from etl.documents import Document
from etl.sources import NotModified, SourceFailure

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "tally.toml"


class ConfigError(ValueError):
    """The configuration file is missing, malformed or names an unknown source kind."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    path: Path | None = None
    urls: tuple[str, ...] = ()
    hosts: frozenset[str] = frozenset()
    host_delay: float = 1.0
    timeout: float = 10.0
    max_bytes: int = 5_000_000  # the size cap of one fetched body


@dataclass(frozen=True)
class Config:
    path: Path
    sources: tuple[SourceConfig, ...]
    digest: str


LOCAL_KINDS = ("folder", "techforpalestine")
WEB_KINDS = ("rss", "urls")


def check_kind(path: Path, name: str, kind: str) -> None:
    """A clear error, naming the file and the source, for a kind no reader handles."""
    if kind not in LOCAL_KINDS + WEB_KINDS:
        known = ", ".join(sorted(LOCAL_KINDS + WEB_KINDS))
        raise ConfigError(f"{path}: {name}: unknown source kind {kind!r} (known: {known})")


def web_source(path: Path, name: str, kind: str, entry: dict) -> SourceConfig:
    """An rss (`url`) or urls (`urls`) source; its hosts default to those of its URLs."""
    from urllib.parse import urlparse

    urls = [entry["url"]] if kind != "urls" and entry.get("url") else list(entry.get("urls", []))
    if not urls:
        raise ConfigError(f"{path}: {name} needs {'a url' if kind == 'rss' else 'a list of urls'}")
    hosts = entry.get("hosts") or [urlparse(url).hostname for url in urls]
    return SourceConfig(
        name,
        kind,
        None,
        tuple(urls),
        frozenset(h.lower() for h in hosts if h),
        float(entry.get("host_delay", 1.0)),
        float(entry.get("timeout", 10.0)),
        int(entry.get("max_bytes", 5_000_000)),
    )


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
        if "kind" not in entry:
            raise ConfigError(f"{path}: {name} needs a kind")
        check_kind(path, name, entry["kind"])
        if entry["kind"] in WEB_KINDS or (entry["kind"] == "techforpalestine" and entry.get("url")):
            sources.append(web_source(path, name, entry["kind"], entry))
            continue
        if "path" not in entry:
            raise ConfigError(f"{path}: {name} needs a path")
        source_path = (path.parent / entry["path"]).resolve()
        if not source_path.exists():
            raise ConfigError(f"{path}: {name}: {source_path} does not exist")
        sources.append(SourceConfig(name, entry["kind"], source_path))
    if not sources:
        raise ConfigError(f"{path}: no [[source]] configured")
    return Config(path, tuple(sources), hashlib.sha256(raw).hexdigest()[:16])


def read_source(
    source: SourceConfig,
    data_dir: Path | None = None,
    fetchers: list | None = None,
    unchanged: Mapping[str, str] | None = None,
) -> Iterator[Document | SourceFailure | NotModified]:
    """Every document of one configured source (or a failure naming the document).

    A web source's fetcher is appended to `fetchers`, whose owner saves its HTTP cache once the
    store is published; without that list the cache is saved when the source has been read.
    `unchanged`: a folder's files the store holds as read, by name and fingerprint (see read_folder)."""
    from etl.sources.folder import read_folder
    from etl.sources.http import Fetcher, HttpPolicy
    from etl.sources.rss import read_feed
    from etl.sources.techforpalestine import read_techforpalestine
    from etl.sources.web import read_urls

    if source.kind == "folder":
        yield from read_folder(source.path, source=source.name, unchanged=unchanged)
    elif source.kind == "techforpalestine" and not source.urls:
        yield from read_techforpalestine(source.path, source=source.name)
    else:
        policy = HttpPolicy(
            source.hosts, timeout=source.timeout, host_delay=source.host_delay, max_bytes=source.max_bytes
        )
        cache = Path(data_dir) / "http_cache.json" if data_dir else None
        fetcher = Fetcher(policy, cache_path=cache)
        if source.kind == "techforpalestine":
            yield from read_techforpalestine(source=source.name, fetcher=fetcher, base_url=source.urls[0])
        elif source.kind == "rss":
            yield from read_feed(source.urls[0], fetcher, source=source.name)
        else:
            yield from read_urls(list(source.urls), fetcher, source=source.name)
        if fetchers is None:
            fetcher.save()
        else:
            fetchers.append(fetcher)
