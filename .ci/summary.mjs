// Adds up Vitest JSON reports into the one line CI reads: "N passed, N failed".
// A suite whose report is missing (it crashed before reporting) counts as one failure.
import fs from 'node:fs';
import path from 'node:path';

const [dir, ...suites] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  const file = path.join(dir, `${suite}.json`);
  if (!fs.existsSync(file)) {
    console.log(`${suite}: no report (the suite did not run to the end)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const suiteFailed = report.numFailedTests + countFilesFailingWithoutTest(report);
  console.log(`${suite}: ${report.numPassedTests} passed, ${suiteFailed} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
  passed += report.numPassedTests;
  failed += suiteFailed;
  skipped += report.numPendingTests + report.numTodoTests;
}

/**
 * A file that failed with a failing test is already counted by its tests; one that failed without
 * (it did not load, or a hook threw) counts once. Vitest's numFailedTestSuites also counts describe
 * blocks, so it cannot be used here.
 */
function countFilesFailingWithoutTest(report) {
  return report.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
}

// The checks before the tests (typecheck, lint, dependency rules, format, schema drift, build).
const checksPassed = Number(process.env.CHECKS_PASSED ?? 0);
const checksFailed = Number(process.env.CHECKS_FAILED ?? 0);
if (checksPassed + checksFailed > 0) console.log(`checks: ${checksPassed} passed, ${checksFailed} failed`);
passed += checksPassed;
failed += checksFailed;

if (skipped > 0) console.log(`${skipped} skipped`);
// The last line is the one CI reads: exactly "N passed, N failed".
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
