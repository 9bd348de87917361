#!/usr/bin/env bash
# `npm test`: every test (unit, integration, browser) against real services it starts itself.
# Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-dependencies.sh
bash scripts/ensure-chromium.sh
bash scripts/elasticsearch.sh start
npm run --silent build
exec npx tsx scripts/run-tests.ts "$@"
