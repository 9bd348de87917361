#!/usr/bin/env bash
# `npm start`: the whole workbench on one port, from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-dependencies.sh
bash scripts/elasticsearch.sh start
npm run --silent build
exec npx tsx scripts/serve.ts
