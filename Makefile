# Two commands on a fresh machine (Python 3.11, Node/npm, make):
#   make synth   set up, then synthesize the default environment (offline, no AWS credentials)
#   make test    set up, then run the whole suite and every quality gate
SHELL := /bin/bash
PYTHON ?= python3
ENV ?= dev
CONFIG ?=
VENV := .venv
CHECKOV_VENV := .venv-checkov

# The pinned Node 22 from package.json and the venv's tools come first.
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
export CDK_DISABLE_VERSION_CHECK := 1
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION := 1

CDK_CONTEXT := -c env=$(ENV) $(if $(CONFIG),-c config=$(CONFIG))
# `make review BASE=<git ref>` (ENV= one environment, default every shipped one): see README "Delivery".
BASE ?=
REVIEW_ENVS := $(if $(filter command line,$(origin ENV)),--env $(ENV))

.PHONY: setup synth synth-pipeline review test bench docs clean

setup: $(VENV)/.installed $(CHECKOV_VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(CHECKOV_VENV)/.installed: requirements-checkov.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

synth: setup
	cdk synth $(CDK_CONTEXT) --quiet
	@echo "Templates in cdk.out/assembly-*/"

# The pipeline app: the pipeline stack in the tooling account plus every environment it promotes.
synth-pipeline: setup
	cdk synth -c pipeline=true --quiet
	@echo "Pipeline template in cdk.out/, environments in cdk.out/assembly-*/"

review: $(VENV)/.installed node_modules/.installed
	@test -n "$(BASE)" || { echo "usage: make review BASE=<git ref> [ENV=dev]"; exit 2; }
	$(VENV)/bin/python scripts/review.py --base $(BASE) $(REVIEW_ENVS)

test: setup
	$(VENV)/bin/python -m pytest

bench: setup
	$(VENV)/bin/python scripts/bench.py

docs: $(VENV)/.installed
	$(VENV)/bin/python scripts/config_reference.py --write README.md

# .review/: the change review's cache of base commits and its last report.
clean:
	rm -rf cdk.out dist .pytest_cache .review
