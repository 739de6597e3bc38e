# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test test-slow lint screenshots

# (Re)install only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Refresh the store from the bundled seeds, then serve the dashboard on http://localhost:$(PORT).
run: $(STAMP)
	$(VENV)/bin/tally refresh
	$(VENV)/bin/tally dashboard --port $(PORT)

# The whole suite. pytest exits non-zero (5) when it collects no test, so that fails too.
test: $(STAMP)
	$(VENV)/bin/pytest

test-slow: $(STAMP)
	$(VENV)/bin/pytest -m slow

lint: $(STAMP)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

# The README's screenshots, from the real app on the seeds store (needs /usr/bin/chromium).
screenshots: $(STAMP)
	$(VENV)/bin/tally refresh
	$(VENV)/bin/python docs/screenshots.py data
