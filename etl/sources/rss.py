"""RSS and Atom feeds (feedparser): each entry's page fetched and read like any web page."""

from __future__ import annotations

from datetime import date

import feedparser

from etl.sources import SourceFailure
from etl.sources.http import Fetcher, FetchError
from etl.sources.web import read_page


def entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]) if parsed else None


def read_feed(url: str, fetcher: Fetcher, source: str = "rss"):
    """Every entry of a feed as a Document (or NotModified, or a failure naming the entry)."""
    try:
        # Read whole every time, never as a 304: an unchanged feed still lists its entries, so each
        # page is asked for (a corrected article under an unchanged entry is read again) and the
        # unchanged ones are counted and marked as seen. A feed is small; the pages carry ETags.
        fetched = fetcher.get(url, conditional=False)
    except FetchError as error:
        yield SourceFailure(url, error.problem(url), source)
        return
    feed = feedparser.parse(fetched.text)
    if feed.bozo and not feed.entries:
        yield SourceFailure(url, f"broken feed: {feed.get('bozo_exception', 'not RSS or Atom')}", source)
        return
    if feed.bozo:  # entries before the break are read; what the break cut off is named, as a reject
        problem = feed.get("bozo_exception", "not well-formed")
        reason = f"malformed or truncated feed ({problem}): read the {len(feed.entries)} entries before it"
        yield SourceFailure(url, reason, source, fatal=False, row={"feed": url, "entries": len(feed.entries)})
    publisher = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield SourceFailure(f"{url}#{number}", "feed entry without a link", source)
            continue
        yield read_page(
            link,
            fetcher,
            source,
            fallback_title=entry.get("title", ""),
            fallback_date=entry_date(entry),
            fallback_publisher=publisher,
        )
