# Papote: `make run` serves on http://127.0.0.1:8000, `make test` runs the whole suite.
# Both set everything up from the project's own files on a fresh machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# axe-core for the accessibility checks of the browser tests, from the npm registry at the
# version pinned by tests/e2e/axe/package-lock.json (node and npm come from scripts/ensure-chromium.sh).
AXE    := tests/e2e/axe/node_modules/axe-core/axe.min.js

.PHONY: run test check lint typecheck pytest setup services browser bench screenreader clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/papote migrate
	$(VENV)/bin/papote serve

services:
	bash scripts/ensure-services.sh

browser: $(AXE)
	bash scripts/ensure-chromium.sh

$(AXE): tests/e2e/axe/package-lock.json
	bash scripts/ensure-chromium.sh
	cd tests/e2e/axe && npm ci --ignore-scripts --no-audit --no-fund
	touch $(AXE)

lint: setup
	$(VENV)/bin/ruff check src tests bench scripts
	$(VENV)/bin/ruff format --check src tests bench scripts

typecheck: setup
	$(VENV)/bin/mypy

# Two workers, one file each at a time (module fixtures such as a shared server stay
# whole): 9 min 40 s -> 6 min 22 s on 2 cores for the same CPU (docs/development.md); the
# files in the order tests/conftest.py sorts them, the longest first. Bytecode is cached
# even where the environment says not to (PYTHONDONTWRITEBYTECODE): without it each worker,
# fork server and plain server compiles Papote and the tests again (collecting: 13.7 ->
# 6.9 s of CPU a worker); the __pycache__ directories are ignored by git.
pytest: setup services browser
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder

test: lint typecheck pytest

check: test

# A short load benchmark (1,000 WebSocket clients on loopback, about a minute); the
# scenarios and their exact command lines are in docs/performance.md.
bench: setup
	$(PY) bench/load.py --sessions 1000 --rooms 1 --senders 10 --rate 10,50 --duration 10

# What Orca (a real screen reader) says when a message, a DM request and a mention arrive;
# about a minute, not part of `make test` (docs/ui.md, "Accessibility").
screenreader: setup browser
	bash scripts/ensure-screenreader.sh
	$(PY) scripts/screenreader.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
