#!/usr/bin/env bash
# Installs the npm dependencies when package-lock.json or a patch of a dependency (patches/)
# changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.caseatlas-lock-hash
wanted=$(cat package-lock.json patches/*.patch | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$wanted" > "$stamp"
fi
