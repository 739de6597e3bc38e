"""Who a figure is attributed to (etl.extract.attribution), one module per topic."""
