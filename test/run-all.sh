#!/usr/bin/env bash
# `npm test`: type checks, unit and integration tests (PGlite always, PostgreSQL when
# TEST_DATABASE_URL is set), then the browser tests; ends with the total over all suites.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results

echo "== type check"
npx tsc -p tsconfig.json && npx tsc -p web/tsconfig.json && npx tsc -p test/e2e/tsconfig.json
echo $? > test-results/typecheck.status

echo "== unit and integration tests${TEST_DATABASE_URL:+ (PGlite and PostgreSQL)}"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

echo "== browser tests (Chromium)"
npx playwright test -c test/e2e/playwright.config.ts

node test/summarise.mjs | tee test-results/summary.txt
grep -q ' 0 failed' test-results/summary.txt
