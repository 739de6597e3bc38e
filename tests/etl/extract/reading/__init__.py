"""How one count takes its metric from the counts around it (etl.extract.reading)."""
