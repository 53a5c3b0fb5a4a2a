#!/usr/bin/env bash
# Serves a static edition (npm run export) with nginx, configured by deploy/nginx.conf.
# Usage: scripts/serve-static.sh [port=3200] [out-dir=out]   (runs in the foreground; Ctrl-C stops it)
set -euo pipefail
PORT="${1:-${STATIC_PORT:-3200}}"
ROOT="$(cd "${2:-out}" && pwd)"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
bash "$HERE/scripts/ensure-nginx.sh"
if [ ! -f "$ROOT/_nginx/headers.conf" ]; then
  echo "$ROOT is not a static edition (no _nginx/headers.conf): run npm run export" >&2
  exit 1
fi
RUN="$(mktemp -d "${TMPDIR:-/tmp}/ukraine-map-nginx.XXXXXX")"
sed -e "s#__PORT__#$PORT#g" -e "s#__ROOT__#$ROOT#g" -e "s#__RUN__#$RUN#g" "$HERE/deploy/nginx.conf" > "$RUN/nginx.conf"
nginx -t -q -p "$RUN" -c "$RUN/nginx.conf"
echo "static edition: http://localhost:$PORT/ (nginx, $ROOT)"
exec nginx -p "$RUN" -c "$RUN/nginx.conf" -g 'daemon off;'
