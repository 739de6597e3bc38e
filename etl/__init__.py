"""Tally ETL: documents in, figures with provenance out."""

__version__ = "0.1.0"
