# Two commands do everything on a machine with only python3 and make:
#   make demo   create .venv, install hyteplan with its document toolchain, check the example
#               plans and render them to out/
#   make test   create .venv, install with the test extras, run the whole test suite
# Both install the exact versions of requirements.lock; `make lock` refreshes that file.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
PIP_VERSION := 26.3
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint install install-test bench lock schemas docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) 'pip==$(PIP_VERSION)'

$(VENV)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP) -c $(LOCK) -e '.[render]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP) -c $(LOCK) -e '.[render,test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/hyteplan validate plans
	$(BIN)/hyteplan render plans --out out --to docx,pdf,md,json
	$(BIN)/hyteplan report annual plans --year 2026 --out out --to docx,pdf

# The suite includes the lint step (tests/test_lint.py: ruff check, ruff format --check, mypy).
test: install-test
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/run.py

# Resolve the newest versions that pyproject.toml allows, in a scratch venv, and write them to
# requirements.lock. Review the diff and run `make test` before committing it.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet 'pip==$(PIP_VERSION)'
	build/lock-venv/bin/python -m pip install --quiet '.[render,test]'
	{ echo "# Exact versions of every package hyteplan installs (runtime, the render extra and the test extra)."; \
	  echo "# make demo and make test install with this file as pip constraints. Refresh: make lock"; \
	  build/lock-venv/bin/python -m pip freeze --exclude-editable | grep -iv '^hyteplan'; } > $(LOCK)
	rm -rf build/lock-venv

clean:
	rm -rf $(VENV) out build dist .pytest_cache
