#!/usr/bin/env bash
# Installs everything the tests need and runs them all: lint, types and pytest (the
# distributed tests use PostgreSQL, Redis and RabbitMQ on 127.0.0.1 and start an S3 server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check --quiet .
.venv/bin/mypy docmatch ingest extract matching api samples benchmarks
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
