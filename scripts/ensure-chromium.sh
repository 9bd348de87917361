#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright's own browser download is not
# reachable from these machines). Installs it when missing and we may.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing at $chromium: install Debian's chromium package (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
