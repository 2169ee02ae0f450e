# Two commands on a fresh machine (Python 3.11, Node/npm, make):
#   make synth   set up, then synthesize the default environment (offline, no AWS credentials)
#   make test    set up, then run the whole suite and every quality gate
# More:
#   make synth ENV=prod | CONFIG=path.yaml   another environment or file (CDK_OUT=dir, DIST=dir move the outputs)
#   make test ARGS="tests/platform_config -k gpu"   pytest in the venv with your arguments
#   make diff ENV=prod / make deploy ENV=prod      cdk diff / cdk deploy of that environment's stacks ('prod/*')
#   make bench [QUICK=1]   synth and test-suite figures; QUICK=1 skips the test suite (synth figures only)
#   make clean             remove every generated folder (cdk.out, dist, .review, caches); setup folders stay
# A failed command exits 2 (make's status for a failed recipe); `cdk synth` itself exits 1 on a bad config.
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

CDK_OUT ?= cdk.out
DIST ?=
ARGS ?=
QUICK ?=
CDK_CONTEXT := -c env=$(ENV) $(if $(CONFIG),-c config=$(CONFIG)) $(if $(DIST),-c dist=$(DIST))
# What the CDK CLI prints after a synth of an app whose stacks all sit in stages: the app prints what it
# synthesized and where instead (both cdk.out/ and dist/).
CDK_SYNTH_CHATTER := Supply a stack id|Successfully synthesized to
# `make review BASE=<git ref>` (ENV= one environment, default every shipped one): see README "Delivery".
BASE ?=
REVIEW_ENVS := $(if $(filter command line,$(origin ENV)),--env $(ENV))

.PHONY: setup synth synth-pipeline diff deploy review test bench docs clean

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

# The cloud assembly is emptied first: it holds one synth only, so `make synth ENV=prod` after a dev synth
# leaves no dev assembly behind for `cdk deploy --app cdk.out` to pick up. dist/<env>/ is per environment by design.
# pipefail: the recipe fails with cdk's own status (1 on a bad config) although its chatter is filtered.
synth: setup
	@rm -rf $(CDK_OUT)
	@set -o pipefail; cdk synth $(CDK_CONTEXT) --quiet --output $(CDK_OUT) 2>&1 | { grep -v -E "$(CDK_SYNTH_CHATTER)" || true; }

# The pipeline app: the pipeline stack in the tooling account plus every environment it promotes.
synth-pipeline: setup
	@rm -rf $(CDK_OUT)
	@set -o pipefail; cdk synth -c pipeline=true --quiet --output $(CDK_OUT) 2>&1 | { grep -v -E "$(CDK_SYNTH_CHATTER)" || true; }

# One environment's stacks, selected by the same ENV the app synthesizes: a hand-typed `cdk deploy 'prod/*'`
# without `-c env=prod` would synthesize dev and select nothing. With CONFIG=, set ENV to the file's environment.
diff: setup
	cdk diff $(CDK_CONTEXT) '$(ENV)/*' $(ARGS)

deploy: setup
	cdk deploy $(CDK_CONTEXT) '$(ENV)/*' $(ARGS)

review: $(VENV)/.installed node_modules/.installed
	@test -n "$(BASE)" || { echo "usage: make review BASE=<git ref> [ENV=dev]"; exit 2; }
	$(VENV)/bin/python scripts/review.py --base $(BASE) $(REVIEW_ENVS)

test: setup
	$(VENV)/bin/python -m pytest $(ARGS)

bench: setup
	$(VENV)/bin/python scripts/bench.py $(if $(QUICK),--quick)

docs: $(VENV)/.installed
	$(VENV)/bin/python scripts/config_reference.py --write README.md

# Everything the build, tests, review and examples generate (the git-ignored outputs); not .venv* or node_modules.
clean:
	rm -rf cdk.out cdk.*.out dist .pytest_cache .review train_and_serve.yaml tuned_gpu_training.yaml
	find . -name __pycache__ -type d -not -path './node_modules/*' -not -path './.venv*' -prune -exec rm -rf {} +
