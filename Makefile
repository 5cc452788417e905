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

.PHONY: install run train shell lint validate unit stories nlu e2e test bench-directory clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the locked dependencies into $(VENV) (a few minutes the first time)..."
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/lantern run

train: install
	$(BIN)/lantern train

shell: install
	$(BIN)/lantern shell

lint: install
	$(BIN)/ruff check bot actions tests benchmarks
	$(BIN)/ruff format --check bot actions tests benchmarks
	$(BIN)/mypy

validate: install
	$(BIN)/rasa data validate --fail-on-warning --domain domain.yml --data data --config config.yml

unit: install
	$(BIN)/pytest -q -m "not stack"

stories: train
	$(BIN)/rasa test core --model models --stories tests/test_stories.yml --fail-on-prediction-errors --out $(REPORTS)/core

nlu: train
	$(BIN)/rasa test nlu --model models --nlu tests/nlu/held_out.yml --out $(REPORTS)/nlu
	$(BIN)/python -m bot.evaluation $(REPORTS)/nlu/intent_report.json --min-macro-f1 0.90

e2e: train
	$(BIN)/pytest -q -m stack -rP

test: lint validate unit stories nlu e2e
	@echo "All Lantern checks passed."

# Benchmarks print numbers; they are not tests.
bench-directory: install
	$(BIN)/python -m benchmarks.directory

clean:
	rm -rf $(REPORTS) results var .pytest_cache .mypy_cache .ruff_cache
