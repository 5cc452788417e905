# Lantern: the two commands a newcomer needs are `make run` and `make test`.
# Each installs whatever is missing first (virtual environment from the lock
# file, trained model).  See README.md.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.lantern-installed
REPORTS := reports

export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export RASA_TELEMETRY_ENABLED := false
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: install chromium catalogs i18n-check run train shell lint validate unit stories nlu e2e test bench-directory bench-language clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the locked dependencies into $(VENV) (a few minutes the first time)..."
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# rasa-webchat, the third-party web chat the socket.io channel is tested with (from the npm registry).
WEBCHAT := tests/webchat/node_modules/rasa-webchat/lib/index.js
$(WEBCHAT): tests/webchat/package-lock.json
	@echo "Installing rasa-webchat for the socket.io test (npm ci)..."
	npm ci --prefix tests/webchat --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(WEBCHAT)

install: $(STAMP)

# schemathesis for the staff API test, in its own environment (Rasa pins an older jsonschema and pytest).
SCHEMATHESIS := .venv-schemathesis/.installed
$(SCHEMATHESIS): tests/schemathesis/requirements.lock
	@test -x .venv-schemathesis/bin/python || $(PYTHON) -m venv .venv-schemathesis
	@echo "Installing schemathesis for the API test into .venv-schemathesis..."
	.venv-schemathesis/bin/pip install --quiet --disable-pip-version-check -r tests/schemathesis/requirements.lock
	@touch $(SCHEMATHESIS)

# The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
chromium:
	@test -x /usr/bin/chromium || { echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; }

# Compiled translation catalogs (.mo) are built here, never committed.
MO := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/messages.po))
locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/lantern i18n compile

catalogs: $(MO)

i18n-check: install
	$(BIN)/lantern i18n check

run: install catalogs
	$(BIN)/lantern run

train: install
	$(BIN)/lantern train

shell: install catalogs
	$(BIN)/lantern shell

lint: install
	$(BIN)/ruff check bot actions tests benchmarks
	$(BIN)/ruff format --check bot actions tests benchmarks
	$(BIN)/mypy

validate: install
	$(BIN)/rasa data validate --fail-on-warning --domain domain.yml --data data --config config.yml

unit: install catalogs
	$(BIN)/pytest -q -m "not stack"

stories: train
	$(BIN)/rasa test core --model models --stories tests/test_stories.yml --fail-on-prediction-errors --out $(REPORTS)/core

nlu: train
	$(BIN)/python -m bot.evaluation --model models --out $(REPORTS)/nlu

e2e: train catalogs chromium $(WEBCHAT) $(SCHEMATHESIS)
	$(BIN)/pytest -q -m stack -rP

test: lint validate i18n-check unit stories nlu e2e
	@echo "All Lantern checks passed."

# Benchmarks print numbers; they are not tests.
bench-directory: install
	$(BIN)/python -m benchmarks.directory

bench-language: install catalogs
	$(BIN)/python -m benchmarks.language

clean:
	rm -rf $(REPORTS) results var .pytest_cache .mypy_cache .ruff_cache
