# warta: `make run` extracts the samples, `make test` runs the tests; both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED := ../shared

.PHONY: run test model model-stanza model-xsource eval bench clean

$(VENV)/installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/installed
	$(VENV)/bin/warta extract samples -o out --reference-date 2026-11-27 --overwrite
	$(VENV)/bin/warta summary out

test: $(VENV)/installed
	$(PY) -m pytest -q

model: $(VENV)/installed
	$(PY) -m extractor.training.train_ner

model-stanza: $(VENV)/installed
	$(PY) -m extractor.training.train_stanza

# both backends trained without NER UI, for the cross-source rows of `make eval`
model-xsource: $(VENV)/installed
	$(PY) -m extractor.training.train_ner --exclude-nerui --out build/xsource/ner --work build/xsource/ner-work
	$(PY) -m extractor.training.train_stanza --exclude-nerui --out build/xsource/stanza-ner --work build/xsource/stanza-work

eval: $(VENV)/installed
	$(PY) -m extractor.training.evaluate_ner
	$(PY) -m extractor.evaluation.numbers
	$(PY) -m extractor.evaluation.quotes --split both
	$(PY) -m extractor.evaluation.places
	$(PY) -m extractor.evaluation.indosum --split test
	$(PY) -m extractor.evaluation.merges
	$(PY) -m extractor.evaluation.activities --split test,samples,seed

clean:
	rm -rf out build

bench: $(VENV)/installed
	$(PY) -m extractor.bench
