#!/usr/bin/env bash
# Installs Debian packages for the project's scripts (ensure-chromium.sh, ensure-nginx.sh): the only
# way to get a browser or a server here (no internet but the package registries). With sudo when not root.
# Usage: scripts/apt-install.sh <what, for the error message> <package>...
set -euo pipefail
WHAT="$1"
shift
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No $WHAT and no apt-get: install $* yourself." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
