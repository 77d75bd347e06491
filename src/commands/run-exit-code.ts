import type { LoadedCalls } from '../model/load-calls.js';
import { gateExitCode, type GateResult } from '../rules/gates.js';
import { describeGate } from '../report/describe-gate.js';
import { describeInvalidRecords } from '../report/describe-invalid.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/**
 * How a run that wrote its report ends, for summarize and call alike: each crossed gate named on stderr; with
 * --strict, any invalid record is exit 2; so is a --report that could not be written (`reportsFailed`, each said on
 * stderr as it failed: writeReports), the gates still named; else 1 when a gate was crossed, 0 when none was.
 */
export function runExitCode(gates: GateResult[], loaded: LoadedCalls, strict: boolean | undefined, reportsFailed = 0): number {
  for (const gate of gates.filter((g) => g.crossed)) process.stderr.write(`acs-calllogs: gate ${describeGate(gate)}\n`);
  if (strict && loaded.counts.invalid > 0) {
    process.stderr.write(`${strictLine(loaded)}\n`);
    return EXIT_USAGE;
  }
  if (reportsFailed > 0) return EXIT_USAGE;
  return gateExitCode(gates) || EXIT_OK;
}

/**
 * "acs-calllogs: --strict: 1 invalid record (at f.json:2: not JSON: Unexpected token 'o'), so exit 2",
 * "acs-calllogs: --strict: 3 invalid records (first at f.json:2: …), so exit 2": the count, and where the first is
 * and why, so that a CI log's last line says what to fix; the count alone if no invalid record was kept.
 */
export function strictLine(loaded: Pick<LoadedCalls, 'counts' | 'invalidSamples'>): string {
  return `acs-calllogs: --strict: ${describeInvalidRecords(loaded)}, so exit ${EXIT_USAGE}`;
}
