#!/usr/bin/env bash
# `npm test`: every test (unit, integration, browser) against real services it starts itself.
# Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The API and the tests follow the dev node when it runs on another port.
export ELASTICSEARCH_URL=${ELASTICSEARCH_URL:-http://127.0.0.1:${ES_PORT:-9200}}

# One run at a time on a machine: runs share the test database, the test indices and dist/.
# The lock is held until jest ends (inherited through exec); daemons must not inherit it.
exec 9>"${TMPDIR:-/tmp}/caseatlas-test.lock"
if ! flock --nonblock 9; then
  echo "Another npm test run is using the test database and indices; waiting for it to finish…"
  flock 9
fi

bash scripts/ensure-dependencies.sh
bash scripts/ensure-chromium.sh
bash scripts/elasticsearch.sh start 9>&-
npm run --silent build
exec npx tsx scripts/run-tests.ts "$@"
