# Cổng: `make run` serves the demo portal, `make test` runs the whole suite.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) setup.cfg pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p var
	$(VENV)/bin/portal-admin development.ini demo --if-empty
	$(VENV)/bin/pserve development.ini

test: install
	$(VENV)/bin/pytest -q -n 2 --dist loadgroup

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) var build *.egg-info
