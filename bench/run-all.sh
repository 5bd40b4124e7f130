#!/usr/bin/env bash
# `npm run bench`: every benchmark, each printing its figure on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
node --import tsx bench/members-rps.ts pglite
node --import tsx bench/members-rps.ts postgres
for script in bench/screening/throughput.ts bench/screening/new-words.ts bench/screening/name-costs.ts bench/screening/search-alone.ts bench/screening/batch.ts bench/screening/tokenize-speed.ts bench/screening/scale.ts bench/screening/scale-memory.ts bench/screening/accuracy.ts bench/screening/typos.ts bench/screening/name-bench-errors.ts; do
  [ -f "$script" ] && node --import tsx "$script"
done
