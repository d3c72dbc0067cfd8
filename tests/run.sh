#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite (unit, CLI, catalogs, browser).
# Used as-is by CI (.ci/run) and by anyone: `bash tests/run.sh [pytest args]`.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

# Debian's Chromium for the Playwright tests (Playwright's own browser download does not work here),
# and GNU gettext's msgfmt, which the catalog tests use to prove every catalog is valid.
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

exec .venv/bin/python -m pytest "$@"
