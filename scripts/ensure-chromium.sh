#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when no Chromium is there yet. Playwright's own
# browser download does not work on our machines (no internet but the package registries).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No /usr/bin/chromium and no apt-get: install Chromium, or set CHROMIUM_PATH, or run 'npx playwright install chromium'." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
echo "installed $(/usr/bin/chromium --version)"
