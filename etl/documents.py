"""A document as the pipeline sees it: text plus the manifest metadata that travels with it."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date


def normalise_text(text: str) -> str:
    """Unicode NFC with unified line endings: the text that offsets refer to."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex id from the given parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


# Beside its text, what a document's figures are read with: the publication date dates them, the
# title places them, the language picks the vocabulary, the publisher reports them. A source that
# describes a stored document otherwise (a corrected manifest) has it extracted again.
DESCRIPTION_FIELDS = ("url", "title", "publisher", "published_at", "date_basis", "language")


@dataclass(frozen=True)
class Document:
    """One input document. `text` is the stored plain text that figure offsets refer to."""

    doc: str  # file name or URL, as given in the manifest
    text: str
    url: str = ""
    title: str = ""
    publisher: str = ""
    published_at: date | None = None
    date_basis: str = ""
    language: str = ""  # ISO 639-1; empty when unknown (detected from the text)
    kind: str = "article"  # "article" (prose) or "dataset" (a structured feed's record)
    source: str = ""  # name of the configured source that produced it
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        return stable_hash(normalise_text(self.text), length=64)

    @property
    def doc_id(self) -> str:
        """Stable id: the URL when known (a corrected article keeps its id), else the text."""
        return stable_hash(self.url) if self.url else stable_hash(normalise_text(self.text))
