"""Which words name a source, and whom (etl.extract.source_names)."""
