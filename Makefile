# HallDesk — `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PKG_STAMP := $(VENV)/.installed-package

.PHONY: run test bench lint package clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(PY) main.py --demo

test: $(TEST_STAMP)
	PY=$(PY) bash tools/test.sh

# The offline .deb for Debian/UOS/Kylin (docs/install.md): dist/halldesk_<version>_<arch>.deb
$(PKG_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(STAMP) $@

package: $(PKG_STAMP)
	PY=$(PY) packaging/build-deb.sh

bench: $(TEST_STAMP)
	$(PY) -m bench

lint: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
