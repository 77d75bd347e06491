import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

const SAMPLES = 'samples/';

test('gates and --threshold take numbers as JSON writes them: other spellings exit 2 with one line naming the flag, the value and what it takes', () => {
  const gate = 'expected a count in digits (3), a percentage (12.5%) or off';
  const cases: Array<[string[], string]> = [
    [['--max-poor-calls', '.5'], `--max-poor-calls '.5' has no digit before its point; ${gate}`],
    [['--max-poor-calls', '+5'], `--max-poor-calls '+5' has a + sign; ${gate}`],
    [['--max-poor-calls', '05'], `--max-poor-calls '05' has a leading zero; ${gate}`],
    [['--max-poor-calls', '5.'], `--max-poor-calls '5.' has no digit after its point; ${gate}`],
    [['--max-poor-calls', '1e1'], `--max-poor-calls '1e1' has an exponent: write it in digits; ${gate}`],
    [['--max-poor-calls', ' 5'], `--max-poor-calls ' 5' has white space around the number; ${gate}`],
    [['--max-poor-calls', '0x10'], `--max-poor-calls '0x10' is not in decimal digits; ${gate}`],
    [['--max-poor-calls', '2.5'], `--max-poor-calls '2.5' is not a whole number; ${gate}`],
    [['--max-poor-streams', '.5%'], `--max-poor-streams '.5%' has no digit before its point; ${gate}`],
    [['--max-failed-calls', '+1'], `--max-failed-calls '+1' has a + sign; ${gate}`],
    [['--threshold', 'jitterAvg=.5'], "--threshold 'jitterAvg=.5': '.5' has no digit before its point; expected a number of at least 0 (900) or off"],
    [['--threshold', 'jitterAvg=+5'], "--threshold 'jitterAvg=+5': '+5' has a + sign; expected a number of at least 0 (900) or off"],
    [['--threshold', 'jitterAvg=05'], "--threshold 'jitterAvg=05': '05' has a leading zero; expected a number of at least 0 (900) or off"],
    [['--threshold', 'jitterAvg=0x10'], "--threshold 'jitterAvg=0x10': '0x10' is not in decimal digits; expected a number of at least 0 (900) or off"],
    [['--threshold', 'packetLossRateAvg=5.%'], "--threshold 'packetLossRateAvg=5.%': '5.%' has no digit after its point; expected a number from 0 to 1 (0.15), a percentage (15%) or off"],
  ];
  for (const [args, line] of cases) {
    const r = runCli(['summarize', SAMPLES, ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr, `acs-calllogs: ${line}\n`);
  }
  // What the README shows is taken: a limit with an exponent (2.5e1), a gate's percentage with a fraction.
  const { json } = runJson<SummaryDocument>(['summarize', SAMPLES, '--threshold', 'jitterAvg=2.5e1', '--threshold', 'packetLossRateAvg=1.5e1%', '--max-poor-streams', '14.0%']);
  assert.deepEqual([json.thresholds.jitterAvg, json.thresholds.packetLossRateAvg], [{ breachWhen: 'above', default: 25 }, { breachWhen: 'above', default: 0.15 }]);
});
