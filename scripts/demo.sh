#!/usr/bin/env bash
# Installs docmatch and starts it on the embedded default with the samples dropped into the
# inbox; prints where the API is and a table of what was processed. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/docmatch serve --with-samples "$@"
