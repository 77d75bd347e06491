import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDiagnostics, kqlDiagnostics } from '../support/kusto-validator.js';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const NO_CONFIG = scratchDir('kql-e2e-');

function assertValid(query: string): void {
  const diagnostics = kqlDiagnostics(query);
  assert.deepEqual(diagnostics, [], describeDiagnostics(query, diagnostics));
}

test('kql --threshold … --since 24h prints only a valid query on stdout and exits 0', () => {
  const r = runCli(['kql', '--threshold', 'roundTripTimeAvg=900', '--threshold', 'jitterAvg.Video=off', '--since', '24h'], { cwd: NO_CONFIG });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assertValid(r.stdout);
  assert.match(r.stdout, /^\/\/ acs-calllogs kql: totals/);
  assert.match(r.stdout, /let since = ago\(24h\);/);
  assert.match(r.stdout, /RoundTripTimeAvg > 900,/);
  assert.match(r.stdout, /MediaType =~ "Video", false, +\/\/ Video: off \(--threshold\)/);
});

test('kql --per-call --since <ISO> with the config file found from the working directory', () => {
  const r = runCli(['kql', '--per-call', '--since', '2026-11-20T00:00:00Z'], { cwd: `${ROOT}test/fixtures/kql` });
  assert.equal(r.status, 0, r.stderr);
  assertValid(r.stdout);
  assert.match(r.stdout, /let since = datetime\(2026-11-20T00:00:00Z\);/);
  assert.match(r.stdout, /roundTripTimeAvg: breach above 900 \(acs-calllogs\.config\.json\)/);
  assert.match(r.stdout, /\| project Quality, CorrelationId, Start,/);
});

test('bad values exit 2 with one line on stderr and nothing on stdout', () => {
  for (const args of [['--since', 'yesterday'], ['--since', '2026-02-30'], ['--threshold', 'rtt=3'], ['--threshold', 'jitterAvg=fast'], ['--config', 'missing.json']]) {
    const r = runCli(['kql', ...args], { cwd: NO_CONFIG });
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^acs-calllogs: /);
  }
});

test('kql --print-config shows the rules in force', () => {
  const r = runCli(['kql', '--print-config', '--threshold', 'videoFrameRateAvg.VBSS=2'], { cwd: NO_CONFIG });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).thresholds.videoFrameRateAvg, { breachWhen: 'below', Video: 7, VBSS: 2, AppSharing: 1 });
});
