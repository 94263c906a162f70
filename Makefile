# newsstream: `make demo` and `make test` each do all set-up on a fresh machine.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint typecheck unit integration clean bench eval

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/newsstream demo

lint: install
	$(BIN)/ruff check processors streams tests
	$(BIN)/ruff format --check processors streams tests

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	$(BIN)/newsstream bench

eval: install
	$(BIN)/newsstream eval ../shared/gold/dev.jsonl ../shared/corpus/wikinews-2019-2020.jsonl

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
