#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when no Chromium is there yet. Playwright's own
# browser download does not work on our machines (no internet but the package registries).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "/usr/bin/chromium (or set CHROMIUM_PATH, or run 'npx playwright install chromium')" chromium
echo "installed $(/usr/bin/chromium --version)"
