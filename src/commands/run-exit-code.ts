import type { LoadedCalls } from '../model/load-calls.js';
import { gateExitCode, type GateResult } from '../rules/gates.js';
import { describeGate } from '../report/describe-gate.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/**
 * How a run that wrote its report ends, for summarize and call alike: each crossed gate named on stderr; with
 * --strict, any invalid record is exit 2; else 1 when a gate was crossed, 0 when none was.
 */
export function runExitCode(gates: GateResult[], loaded: LoadedCalls, strict: boolean | undefined): number {
  for (const gate of gates.filter((g) => g.crossed)) process.stderr.write(`acs-calllogs: gate ${describeGate(gate)}\n`);
  if (strict && loaded.counts.invalid > 0) {
    process.stderr.write(`acs-calllogs: --strict: ${loaded.counts.invalid} invalid record(s)\n`);
    return EXIT_USAGE;
  }
  return gateExitCode(gates) || EXIT_OK;
}
