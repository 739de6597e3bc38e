"""Figure extraction: a pure function of (document, reference tables) -> figures table."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import pandas as pd

from etl.contract import EXTRACTOR_VERSION, FIGURE_COLUMNS
from etl.documents import Document
from etl.reference import Reference


def empty_figures() -> pd.DataFrame:
    """An empty figures table with the contract's columns."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in FIGURE_COLUMNS})


@lru_cache(maxsize=8)
def reference_lexicons(reference: Reference) -> dict:
    """Every language's compiled lexicon, built once per process."""
    from etl.extract.lexicon import build_lexicon

    return {code: build_lexicon(reference, code) for code in sorted(set(reference.lexicon["language"]))}


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A hash of the extraction rules' code (this package's modules)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode("utf-8") + b"\x1f" + path.read_bytes())
    return digest.hexdigest()


def extractor_version(reference: Reference) -> str:
    """The version a figure is stored with: the rules' release, code and tables ("0.1.0+1a2b3c4d.5e6f7a8b").

    Figures stored by any other version were read by other rules: `--reextract` reads them again."""
    return f"{EXTRACTOR_VERSION}+{rules_digest()[:8]}.{reference.digest[:8]}"


def extract_rows(document: Document, reference: Reference) -> list[dict]:
    """Every figure in one document's text as contract rows (dicts keyed by etl.contract's columns).

    A pure function of (document, reference tables): it can run in any process, in any order.
    """
    from etl.extract.figures import document_figures
    from etl.extract.language import detect_language

    lexicons = reference_lexicons(reference)
    language = (
        document.language if document.language in lexicons else detect_language(document.text, reference)
    )
    return document_figures(document, lexicons, language)


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Contract rows as a figures table (value_high nullable)."""
    if not rows:
        return empty_figures()
    # Column by column: a frame from a list of dicts, then a column selection, cost more than the
    # extraction of a short article.
    frame = pd.DataFrame({column: [row.get(column) for row in rows] for column in FIGURE_COLUMNS})
    frame["value_high"] = frame["value_high"].astype("Int64")
    return frame


def extract_document(document: Document, reference: Reference) -> pd.DataFrame:
    """Every figure in one document's text, with the contract's columns (see etl.contract)."""
    return figures_frame(extract_rows(document, reference))
