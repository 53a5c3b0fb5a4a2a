#!/usr/bin/env bash
# Installs Debian's nginx and its brotli_static module for the static edition's tests and load
# test, when they are not there yet (as scripts/ensure-chromium.sh does for Chromium).
set -euo pipefail
MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if command -v nginx >/dev/null 2>&1 && [ -f "$MODULE" ]; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "nginx with $MODULE" nginx-light libnginx-mod-http-brotli-static
# The package starts a system nginx on port 80; the project runs its own (scripts/serve-static.sh).
if [ "$(id -u)" -eq 0 ]; then service nginx stop >/dev/null 2>&1 || true; else sudo service nginx stop >/dev/null 2>&1 || true; fi
echo "installed $(nginx -v 2>&1)"
