// Totals every suite's results into one line, "N passed, N failed". A suite whose report is
// missing (it crashed before writing one) counts as one failure, so nothing fails silently.
import fs from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
const lines = [];

const typecheck = fs.existsSync('test-results/typecheck.status') ? fs.readFileSync('test-results/typecheck.status', 'utf8').trim() : '1';
if (typecheck === '0') passed += 1;
else failed += 1;
lines.push(`typecheck: ${typecheck === '0' ? 'passed' : 'FAILED'}`);

const vitest = read('test-results/vitest.json');
if (vitest) {
  const vitestFailed = vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0) + vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  passed += vitest.numPassedTests;
  failed += vitestFailed;
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitestFailed} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`);
} else {
  failed += 1;
  lines.push('vitest: no report (the run crashed)');
}

const e2e = read('test-results/e2e-results.json');
if (e2e?.stats) {
  const ok = e2e.stats.expected + e2e.stats.flaky;
  const bad = e2e.stats.unexpected + (e2e.errors?.length ?? 0);
  passed += ok;
  failed += bad;
  lines.push(`playwright: ${ok} passed, ${bad} failed, ${e2e.stats.skipped} skipped`);
} else {
  failed += 1;
  lines.push('playwright: no report (the run crashed)');
}

for (const line of lines) console.error(line);
console.log(`${passed} passed, ${failed} failed`);
