#!/usr/bin/env bash
# `npm start`: the whole workbench on one port, from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
# The API and the tests follow the dev node when it runs on another port.
export ELASTICSEARCH_URL=${ELASTICSEARCH_URL:-http://127.0.0.1:${ES_PORT:-9200}}

bash scripts/ensure-dependencies.sh
bash scripts/elasticsearch.sh start
npm run --silent build
exec npx tsx scripts/serve.ts
