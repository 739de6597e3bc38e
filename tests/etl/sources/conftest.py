"""A real HTTP server on 127.0.0.1 serving fixture feeds and pages, and the ways fetching goes wrong."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "web"


def feed(base: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/{path}</link>"
        "<pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate></item>"
        for title, path in (("Strikes", "article1.html"), ("Hostages", "article2.html"), ("Elsewhere", "far"))
    )
    channel = f"<channel><title>Loopback Feed</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def tfp_slice(name: str) -> str:
    """Three days of the bundled series, then the kinds of record a live feed can break with."""
    import json

    records = json.loads((ROOT / "seeds" / "feeds" / "techforpalestine" / name).read_text(encoding="utf-8"))
    kept = [r for r in records if r["report_date"] in ("2024-02-22", "2024-02-23", "2024-02-24")]
    if name.startswith("casualties"):
        kept += [
            {"report_date": "2024-02-25", "report_source": "mohtel", "killed_cum": "lots", "injured_cum": -5},
            "oops",
            {"report_source": "mohtel", "killed_cum": 1},
        ]
    return json.dumps(kept)


def steady_feed(base: str) -> str:
    """A feed whose one entry never changes, whatever happens to the page it links to."""
    item = f"<item><title>Strikes</title><link>{base}/steady/story.html</link></item>"
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Steady</title>{item}</channel></rss>'


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    story_toll = 31  # the toll /steady/story.html reports; a test corrects it in place

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_conditionally(self, etag: str, body: bytes, content_type: str) -> None:
        """304 to a request that already holds this version, the body with its ETag otherwise."""
        if self.headers.get("If-None-Match") == etag:
            self.send(304, headers={"ETag": etag})
        else:
            self.send(200, body, {"ETag": etag, "Content-Type": content_type})

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/feed.xml":
            self.send(200, feed(base).encode(), {"Content-Type": "application/rss+xml"})
        elif self.path == "/steady/feed.xml":
            self.send_conditionally('"steady-feed"', steady_feed(base).encode(), "application/rss+xml")
        elif self.path == "/steady/story.html":
            page = (PAGES / "article1.html").read_text(encoding="utf-8")
            page = page.replace("31", str(Handler.story_toll))
            self.send_conditionally(f'"story-{Handler.story_toll}"', page.encode(), "text/html")
        elif self.path.endswith(".html"):
            page = (PAGES / self.path.lstrip("/")).read_bytes()
            self.send_conditionally(f'"{self.path}-v1"', page, "text/html")
        elif self.path.startswith("/tfp/"):
            body = tfp_slice(self.path.rsplit("/", 1)[-1]).encode()
            self.send_conditionally(f'"{self.path}-v1"', body, "application/json")
        elif self.path == "/far":
            self.send(302, headers={"Location": "http://localhost.invalid/elsewhere"})
        elif self.path == "/error":
            self.send(500, b"boom")
        elif self.path == "/slow":
            time.sleep(3)
            self.send(200, b"late")
        elif self.path == "/loop":
            self.send(302, headers={"Location": "/loop"})
        elif self.path == "/huge":
            self.send(200, b"x" * 200_000, {"Content-Type": "text/html"})
        elif self.path == "/stream":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 16_381 + b"</p>")
        elif self.path == "/truncated.xml":
            self.send(200, feed(base).encode()[:-120], {"Content-Type": "application/rss+xml"})
        elif self.path == "/foreign.xml":
            item = "<item><title>Away</title><link>http://example.invalid/away.html</link></item>"
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{item}</channel></rss>'
            self.send(200, body.encode(), {"Content-Type": "application/rss+xml"})
        elif self.path == "/broken.xml":
            self.send(
                200,
                b"<?xml version='1.0'?><rss><channel><title>Broken",
                {"Content-Type": "application/rss+xml"},
            )
        else:
            self.send(404, b"not here")


@pytest.fixture(scope="module")
def web_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
