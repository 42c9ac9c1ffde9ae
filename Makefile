# warta: `make run` extracts the samples, `make test` runs the tests; both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED := ../shared

.PHONY: run test model eval bench clean

$(VENV)/installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/installed
	$(VENV)/bin/warta extract samples -o out --reference-date 2026-11-27
	$(VENV)/bin/warta summary out

test: $(VENV)/installed
	$(PY) -m pytest -q

model: $(VENV)/installed
	$(PY) -m extractor.training.train_ner

eval: $(VENV)/installed
	$(PY) -m extractor.training.evaluate_ner
	$(PY) -m extractor.evaluation.numbers
	$(PY) -m extractor.evaluation.quotes --split both
	$(PY) -m extractor.evaluation.places

clean:
	rm -rf out build

bench: $(VENV)/installed
	$(PY) -m extractor.bench
