"""Which count a count is part of (etl.extract.parts)."""
