# One command each: `make run` serves the demo site, `make test` prepares the machine (system
# packages, PostgreSQL, Redis) and runs lint and every test; `make test-quick` needs none of that.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The suite runs on every core (pytest-xdist); TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

.PHONY: run test test-quick prepare-test lint format install check clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 is required."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py create_demo_admin
	@# The queue's worker sends staff emails (printed here) while the server runs, and stops with it.
	$(BIN)/python manage.py db_worker --backend notifications & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

prepare-test:
	ops/prepare-test-machine.sh

check: install
	DJANGO_SETTINGS_MODULE=kirasite.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=kirasite.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

test: prepare-test lint check
	$(PYTEST)

# Without the browser journeys, the Nu Html Checker and the tests that start PostgreSQL, Redis,
# gunicorn or nginx: nothing beyond Python.
test-quick: lint check
	$(PYTEST) -m "not browser and not service and not java"

clean:
	rm -rf $(VENV) .tools db.sqlite3 media
