#!/usr/bin/env bash
# `npm run bench`: the benchmarks (not part of `npm test`), each figure next to its raw-engine
# baseline measured in the same run. Arguments go to the analytics bench, e.g. `--count 20000`.
set -euo pipefail
cd "$(dirname "$0")/.."
export ELASTICSEARCH_URL=${ELASTICSEARCH_URL:-http://127.0.0.1:${ES_PORT:-9200}}

bash scripts/ensure-dependencies.sh
bash scripts/elasticsearch.sh start
npm run --silent build:api
npx tsx bench/main.ts "$@"
npx tsx bench/anonymizer.ts
