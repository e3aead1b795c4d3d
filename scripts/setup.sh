#!/usr/bin/env bash
# Installs what docmatch needs: tesseract (English and Spanish) from the system's packages
# and the Python packages in .venv. Usage: scripts/setup.sh [EXTRAS], e.g. "test".
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

need_packages=()
command -v tesseract >/dev/null 2>&1 || need_packages+=(tesseract-ocr)
for lang in eng spa osd; do
  ls /usr/share/tesseract-ocr/*/tessdata/"$lang".traineddata >/dev/null 2>&1 || need_packages+=("tesseract-ocr-$lang")
done
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "installing system packages: ${need_packages[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[$extras]"
else
  .venv/bin/python -m pip install -q -e .
fi
