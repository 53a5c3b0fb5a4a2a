#!/usr/bin/env bash
# Installs Debian's nginx and its brotli_static module for the static edition's tests and load
# test, when they are not there yet (as scripts/ensure-chromium.sh does for Chromium).
set -euo pipefail
MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if command -v nginx >/dev/null 2>&1 && [ -f "$MODULE" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No nginx with $MODULE and no apt-get: install nginx and its brotli_static module." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx-light libnginx-mod-http-brotli-static >/dev/null
# The package starts a system nginx on port 80; the project runs its own (scripts/serve-static.sh).
$SUDO service nginx stop >/dev/null 2>&1 || true
echo "installed $(nginx -v 2>&1)"
