# saidwhat — `make demo` and `make test` work on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench bench-corpus bench-web train evaluate clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml models/de-wikinews/pyproject.toml
	$(BIN)/pip install -q -e ".[test]" -e models/de-wikinews
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/saidwhat analyze examples/artikel.txt

test: install
	$(BIN)/python -m pytest -q -rs

bench: install
	$(BIN)/python bench/bench_analyze.py

bench-corpus: install
	@if out=$$(bash .ci/postgres.sh); then eval "$$out"; \
	  $(BIN)/python bench/bench_corpus.py --pg-ingest; rc=$$?; bash .ci/postgres.sh stop; exit $$rc; \
	else echo "bench-corpus: no PostgreSQL (.ci/postgres.sh needs root + apt-get); SQLite only" >&2; \
	  $(BIN)/python bench/bench_corpus.py; fi

bench-web: install
	$(BIN)/python bench/bench_web.py

train: install
	$(BIN)/saidwhat train --out models/de-wikinews/saidwhat_model_de_wikinews/model

evaluate: install
	$(BIN)/saidwhat evaluate ../shared/data/wikinews-quotes/dev

clean:
	rm -rf $(VENV) build dist src/*.egg-info
