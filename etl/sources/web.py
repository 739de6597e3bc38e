"""Web pages: fetched under the HTTP policy and reduced to their article with trafilatura."""

from __future__ import annotations

from datetime import date

import trafilatura

from etl.documents import Document, normalise_text
from etl.sources import NotModified, SourceFailure
from etl.sources.http import Fetcher, FetchError


def page_document(
    url: str,
    html: str,
    source: str,
    fallback_title: str = "",
    fallback_date: date | None = None,
    fallback_publisher: str = "",
) -> Document:
    """A page's main text, title, date and site name; the feed's values when the page has none."""
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = normalise_text(fields.get("text") or "")
    if not text.strip():
        raise ValueError("no article text found on the page")
    page_date = None
    if fields.get("date"):
        try:
            page_date = date.fromisoformat(str(fields["date"])[:10])
        except ValueError:
            page_date = None
    return Document(
        doc=url,
        text=text,
        url=url,
        title=fields.get("title") or fallback_title,
        publisher=fields.get("sitename") or fallback_publisher or fields.get("hostname") or "",
        published_at=page_date or fallback_date,
        date_basis="metadata" if page_date else ("feed" if fallback_date else ""),
        language="",
        source=source,
    )


def read_page(url: str, fetcher: Fetcher, source: str, **fallbacks) -> Document | NotModified | SourceFailure:
    """One page as a Document, or why it could not be read."""
    try:
        fetched = fetcher.get(url)
    except FetchError as error:
        return SourceFailure(url, error.problem(url), source)
    if fetched.not_modified:
        return NotModified(url, source)
    try:
        return page_document(url, fetched.text, source, **fallbacks)
    except ValueError as error:
        fetcher.forget(url)  # not stored: fetch it whole next time, so the failure is named again
        return SourceFailure(url, f"cannot be read: {error}", source)


def read_urls(urls: list[str], fetcher: Fetcher, source: str = "urls"):
    """A configured list of page URLs."""
    for url in urls:
        yield read_page(url, fetcher, source)
