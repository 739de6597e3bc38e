"""Polite, bounded HTTP for the sources that fetch: timeouts, retries with backoff, a User-Agent,
conditional requests (ETag / Last-Modified), a per-host delay, a size cap and a host allow-list."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlparse

import requests

from etl import __version__

USER_AGENT = f"Tally/{__version__} (+casualty figures with provenance; polite crawler)"


class FetchError(RuntimeError):
    """A URL could not be fetched; the message says why in plain words."""

    def problem(self, url: str) -> str:
        """The message without the URL it starts with (the failure names the URL already)."""
        return str(self).removeprefix(f"{url}: ")


@dataclass
class Fetched:
    url: str
    status: int
    text: str = ""
    not_modified: bool = False


@dataclass
class HttpPolicy:
    allowed_hosts: frozenset[str]
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    max_bytes: int = 5_000_000
    host_delay: float = 1.0
    max_redirects: int = 5


@dataclass
class Fetcher:
    """One fetcher per refresh: it remembers validators and when it last hit each host."""

    policy: HttpPolicy
    cache_path: Path | None = None
    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    last_hit: dict[str, float] = field(default_factory=dict)
    changed: dict[str, dict[str, str] | None] = field(default_factory=dict)  # None: forgotten

    def __post_init__(self) -> None:
        self.session = requests.Session()
        self.session.max_redirects = self.policy.max_redirects
        self.session.headers["User-Agent"] = USER_AGENT
        if self.cache_path and self.cache_path.exists():
            try:
                self.validators = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except ValueError:
                self.validators = {}

    def save(self) -> None:
        """Write this fetcher's new validators into the cache file (merged, replaced whole).

        Called only once the store holding the pages is published: a validator saved for a page
        the store never got would make the server answer 304 and the page be lost for good."""
        if not self.cache_path or not self.changed:
            return
        try:
            saved = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        for url, validator in self.changed.items():
            if validator is None:
                saved.pop(url, None)
            else:
                saved[url] = validator
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        draft = self.cache_path.with_name(f".{self.cache_path.name}.{os.getpid()}.draft")
        draft.write_text(json.dumps(saved, indent=1), encoding="utf-8")
        os.replace(draft, self.cache_path)
        self.changed = {}

    def forget(self, url: str) -> None:
        """Drop a page's validators (it could not be read: ask for it whole next time)."""
        self.validators.pop(url, None)
        self.changed[url] = None

    def check_host(self, url: str) -> str:
        host = (urlparse(url).hostname or "").lower()
        if host not in self.policy.allowed_hosts:
            raise FetchError(f"{url}: host {host or '?'} is not among the configured hosts")
        return host

    def wait_turn(self, host: str) -> None:
        """Leave `host_delay` seconds between two requests to the same host."""
        wait = self.last_hit.get(host, 0.0) + self.policy.host_delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last_hit[host] = time.monotonic()

    def read_body(self, response: requests.Response, url: str) -> str:
        """The body, refused past the size cap (checked while streaming, not after)."""
        declared = int(response.headers.get("Content-Length") or 0)
        if declared > self.policy.max_bytes:
            raise FetchError(f"{url}: body of {declared} bytes is over the {self.policy.max_bytes}-byte cap")
        chunks, size = [], 0
        for chunk in response.iter_content(65536):
            size += len(chunk)
            if size > self.policy.max_bytes:
                raise FetchError(f"{url}: body is over the {self.policy.max_bytes}-byte cap")
            chunks.append(chunk)
        body = b"".join(chunks)
        declared_charset = "charset=" in response.headers.get("Content-Type", "").lower()
        for encoding in ([response.encoding] if declared_charset and response.encoding else []) + ["utf-8"]:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
        return body.decode("latin-1")

    def request(self, url: str, conditional: bool = True) -> requests.Response:
        """GET with validators, following redirects by hand so that every hop is checked first."""
        headers = {}
        known = self.validators.get(url, {}) if conditional else {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self.check_host(current)
            response = self.session.get(
                current, headers=headers, timeout=self.policy.timeout, stream=True, allow_redirects=False
            )
            if not response.is_redirect:
                return response
            current = urljoin(current, response.headers["Location"])
            response.close()
        raise requests.TooManyRedirects(url)

    def get(self, url: str, conditional: bool = True) -> Fetched:
        """Fetch a URL under the policy; raises FetchError naming the URL and the problem.

        `conditional`: ask with the URL's saved validators (a 304 comes back as `not_modified`), and
        save the new ones. Without it the body is always fetched, and no validators are kept."""
        host = self.check_host(url)
        problem = ""
        for attempt in range(self.policy.retries + 1):
            if attempt:
                time.sleep(self.policy.backoff * 2 ** (attempt - 1))
            self.wait_turn(host)
            try:
                response = self.request(url, conditional)
            except requests.TooManyRedirects:
                raise FetchError(f"{url}: too many redirects (a redirect loop?)") from None
            except requests.Timeout:
                problem = f"no answer within {self.policy.timeout:g} s"
                continue
            except requests.ConnectionError as error:
                problem = f"cannot connect ({type(error).__name__})"
                continue
            with response:
                if response.status_code == 304:
                    return Fetched(url, 304, not_modified=True)
                if response.status_code >= 500:
                    problem = f"server error {response.status_code}"
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {response.status_code}")
                text = self.read_body(response, url)
                if not conditional:
                    return Fetched(response.url, response.status_code, text)
                self.validators[url] = self.changed[url] = {
                    "etag": response.headers.get("ETag", ""),
                    "last_modified": response.headers.get("Last-Modified", ""),
                }
                return Fetched(response.url, response.status_code, text)
        raise FetchError(f"{url}: {problem} after {self.policy.retries + 1} attempts")
