import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli, runCliToFile, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** A folder of sample logs of its own: the reports are written into it, as CI does (`--report csv=ci/logs/calls.csv`). */
function logsFolder(): string {
  const logs = join(scratchDir('own-reports-'), 'logs');
  cpSync(join(ROOT, 'samples/storage-account'), logs, { recursive: true });
  return logs;
}

/** The calls of a JSON report, as a run that reads the folder sees them. */
function callsOf(json: { calls: Array<{ correlationId: string; quality: string; streams: number }> }): string[] {
  return json.calls.map((c) => `${c.correlationId} ${c.quality} ${c.streams}`);
}

test('CSV and NDJSON reports written into the folder of logs are skipped by the next --strict run, not read as invalid records', () => {
  const logs = logsFolder();
  const before = runJson(['summarize', logs, '--strict']);
  assert.equal(before.result.status, 0, before.result.stderr);
  const written = runCli(['summarize', logs, '--strict', '--report', `csv=${logs}/calls.csv`, '--report', `ndjson=${logs}/calls.ndjson`]);
  assert.equal(written.status, 0, written.stderr);

  for (const threads of ['1', '2']) {
    const { result, json } = runJson(['summarize', logs, '--strict', '--verbose', '--threads', threads]);
    assert.equal(result.status, 0, `--threads ${threads}: ${result.stderr}`);
    assert.deepEqual(callsOf(json), callsOf(before.json));
    assert.equal(json.input.invalid, 0);
    assert.equal(json.input.files, before.json.input.files);
    assert.equal(json.input.skippedFiles, before.json.input.skippedFiles + 2);
    assert.match(result.stderr, new RegExp(`^note: skipped ${logs}/calls\\.csv: not call logs: an acs-calllogs csv report$`, 'm'));
    assert.match(result.stderr, new RegExp(`^note: skipped ${logs}/calls\\.ndjson: not call logs: an acs-calllogs ndjson report$`, 'm'));
    assert.doesNotMatch(result.stderr, /invalid/);
  }
  // The table says so too, with no --verbose; and call finds the call it did, --strict passing.
  const table = runCli(['summarize', logs, '--strict']);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stderr, /note: skipped \S*calls\.csv: not call logs: an acs-calllogs csv report/);
  const id = before.json.calls[0].correlationId as string;
  const call = runCli(['call', id, logs, '--strict', '--format', 'json']);
  assert.equal(call.status, 0, call.stderr);
  assert.equal(JSON.parse(call.stdout).correlationId, id);
});

test('every format summarize and call write, on stdout or by --report, is skipped by the next run with a note naming the tool', () => {
  const logs = logsFolder();
  const before = runJson(['summarize', logs, '--strict']);
  const id = before.json.calls[0].correlationId as string;
  const reports: Record<string, string> = {};
  // What --format writes on stdout, saved into the folder (`> ci/logs/calls.csv`), and what --report writes.
  for (const format of ['csv', 'ndjson'] as const) {
    const written = runCli(['summarize', logs, '--format', format]);
    assert.equal(written.status, 0, written.stderr);
    writeFileSync(join(logs, `stdout.${format}`), written.stdout);
    reports[`stdout.${format}`] = format;
  }
  for (const format of ['csv', 'ndjson', 'json', 'junit', 'markdown', 'github'] as const) {
    require0(runCli(['summarize', logs, '--report', `${format}=${logs}/summary.${format}`]));
    reports[`summary.${format}`] = format;
  }
  for (const format of ['json', 'markdown', 'junit'] as const) {
    require0(runCli(['call', id, logs, '--report', `${format}=${logs}/call.${format}`]));
    reports[`call.${format}`] = format === 'json' ? 'call json' : format;
  }

  const { result, json } = runJson(['summarize', logs, '--strict', '--verbose']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(callsOf(json), callsOf(before.json));
  assert.equal(json.input.invalid, 0);
  assert.equal(json.input.skippedFiles, before.json.input.skippedFiles + Object.keys(reports).length);
  require0(runCli(['call', id, logs, '--strict']));
  // Each alone: no call-log record, the reason the one line's end (stderr shows the first five skipped files only).
  for (const [file, format] of Object.entries(reports)) {
    const alone = runCli(['summarize', join(logs, file)]);
    assert.equal(alone.status, 2, file);
    assert.match(alone.stderr, new RegExp(`^acs-calllogs: no call-log records found in \\S+: not call logs: an acs-calllogs ${format} report\n$`), file);
  }
});

function require0(result: ReturnType<typeof runCli>): void {
  assert.equal(result.status, 0, result.stderr);
}

test('standard output redirected to a new file in the folder read (`summarize logs > logs/out.json`) is left out quietly, as a --report file there is', () => {
  const logs = logsFolder();
  const before = runJson(['summarize', logs, '--strict']);
  assert.equal(before.result.status, 0, before.result.stderr);
  const toFile = (path: string, args: string[]) => runCliToFile(path, 'w', args);
  for (const threads of ['1', '2']) {
    const out = join(logs, `out-${threads}.json`);
    const result = toFile(out, ['summarize', logs, '--strict', '--format', 'json', '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    // It said "note: skipped …/out.json: empty file", of the file the run was writing, and counted it as skipped.
    assert.doesNotMatch(result.stderr, /out-\d\.json/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(json.input.files, before.json.input.files);
    assert.equal(json.input.skippedFiles, before.json.input.skippedFiles);
    rmSync(out);
  }
  // A --report file the first run writes into the folder is not there while it reads: no note, no count either.
  const report = join(logs, 'r.json');
  const withReport = runCli(['summarize', logs, '--strict', '--report', `json=${report}`]);
  assert.equal(withReport.status, 0, withReport.stderr);
  assert.doesNotMatch(withReport.stderr, /r\.json/);
  const written = JSON.parse(readFileSync(report, 'utf8'));
  assert.equal(written.input.skippedFiles, before.json.input.skippedFiles);
});
