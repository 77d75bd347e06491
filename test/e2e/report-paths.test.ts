import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, linkSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, ROOT, runCli, runCliToFile } from '../support/run-cli.js';
import { usageErrorLine } from '../support/usage-error-line.js';
import { scratchDir } from '../support/scratch-dir.js';

test('--report to a path under a file: exit 2, one line naming the report and the file in the way', () => {
  const file = join(scratchDir(), 'afile');
  writeFileSync(file, 'x');
  const result = runCli(['summarize', 'samples/', '--report', `json=${file}/x`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: cannot write report json=${file}/x: ${file} is a file, not a folder\n`);
});

test('--report to a folder: exit 2, one line saying it is a folder', () => {
  const dir = scratchDir();
  const result = runCli(['summarize', 'samples/', '--report', `junit=${dir}`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: cannot write report junit=${dir}: ${dir} is a folder; name a file in it\n`);
});

/** A log of its own to read, in a folder of its own: what a report must not overwrite. */
function victim(): { dir: string; log: string; bytes: Buffer } {
  const dir = scratchDir('victim-');
  const log = join(dir, 'victim.jsonl');
  copyFileSync(join(ROOT, SAMPLE_LOG), log);
  return { dir, log, bytes: readFileSync(log) };
}

const SAMPLE_LOG = 'samples/event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl';

test('--report naming an input file: exit 2 before reading, one line naming both, and the log left as it was', () => {
  const { dir, log, bytes } = victim();
  symlinkSync(log, join(dir, 'link.jsonl'));
  const cases: Array<[string[], string]> = [
    [['summarize', 'victim.jsonl', '--report', 'json=victim.jsonl'], '--report json=victim.jsonl would overwrite the input victim.jsonl, which this run reads'],
    [['summarize', 'victim.jsonl', '--report', 'csv=./victim.jsonl'], '--report csv=./victim.jsonl would overwrite the input victim.jsonl (the same file), which this run reads'],
    [['summarize', 'victim.jsonl', '--report', `ndjson=${log}`], `--report ndjson=${log} would overwrite the input victim.jsonl (the same file), which this run reads`],
    [['summarize', 'link.jsonl', '--report', 'junit=victim.jsonl'], '--report junit=victim.jsonl would overwrite the input link.jsonl (the same file), which this run reads'],
    [['summarize', 'victim.jsonl', '--report', 'markdown=link.jsonl'], '--report markdown=link.jsonl would overwrite the input victim.jsonl (the same file), which this run reads'],
    [['summarize', ROOT + 'samples/storage-account', 'victim.jsonl', '--report', 'junit=out/r.xml', '--report', 'json=victim.jsonl'], '--report json=victim.jsonl would overwrite the input victim.jsonl, which this run reads'],
    [['call', 'a60ad5d9', 'victim.jsonl', '--report', 'json=victim.jsonl'], '--report json=victim.jsonl would overwrite the input victim.jsonl, which this run reads'],
  ];
  for (const [args, message] of cases) {
    const result = runCli(args, { cwd: dir });
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stderr, `acs-calllogs: ${message}: write the report to another file\n`);
    assert.equal(result.stdout, '');
    assert.deepEqual(readFileSync(log), bytes, args.join(' '));
  }
  // Nothing was written: not the report before it either.
  assert.equal(existsSync(join(dir, 'out')), false);
  // The next run reads the log as before.
  assert.equal(runCli(['summarize', 'victim.jsonl', '--strict'], { cwd: dir }).status, 0);
});

test('--report naming the file redirected to standard input: exit 2, and the log left as it was', () => {
  const { dir, log, bytes } = victim();
  const fd = openSync(log, 'r');
  try {
    const result = spawnSync(process.execPath, [BIN, 'summarize', '-', '--report', 'csv=victim.jsonl'], { cwd: dir, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'acs-calllogs: --report csv=victim.jsonl would overwrite the file redirected to standard input, which this run reads: write the report to another file\n');
  } finally {
    closeSync(fd);
  }
  assert.deepEqual(readFileSync(log), bytes);
});

test('standard output appended to an input, or to a --report file: exit 2 before reading, and nothing appended', () => {
  const { dir, log, bytes } = victim();
  const appendTo = (path: string, args: string[]) => runCliToFile(path, 'a', args, dir);
  const toInput = appendTo(log, ['summarize', 'victim.jsonl', '--format', 'json']);
  assert.equal(toInput.status, 2);
  assert.equal(toInput.stderr, 'acs-calllogs: standard output is redirected to the input victim.jsonl, which this run reads: send the report to another file\n');
  assert.deepEqual(readFileSync(log), bytes);
  const step = join(dir, 'step.md');
  writeFileSync(step, '# earlier steps\n');
  for (const command of [['summarize', 'victim.jsonl'], ['call', '8d1a8374', 'victim.jsonl']]) {
    const result = appendTo(step, [...command, '--format', 'markdown', '--report', 'markdown=step.md']);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, 'acs-calllogs: --report markdown=step.md names the file standard output is redirected to: give each report a file of its own\n');
  }
  assert.equal(readFileSync(step, 'utf8'), '# earlier steps\n');
  // Standard output to another file is a report like any other.
  const other = appendTo(join(dir, 'out.json'), ['summarize', 'victim.jsonl', '--format', 'json']);
  assert.equal(other.status, 0, other.stderr);
});

test('two reports naming one file: exit 2, one line naming both (the one written last would be all that was left)', () => {
  const dir = scratchDir();
  const result = runCli(['summarize', 'samples/storage-account', '--report', `json=${dir}/r.json`, '--report', `csv=${dir}/../${dir.split('/').pop()}/r.json`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: --report csv=${dir}/../${dir.split('/').pop()}/r.json and --report json=${dir}/r.json name the same file: give each report a file of its own\n`);
  assert.equal(existsSync(join(dir, 'r.json')), false);
  // A device is no file to lose: reports turned off by sending them to /dev/null, two of them, still run.
  const off = runCli(['summarize', 'samples/storage-account', '--report', 'junit=/dev/null', '--report', 'markdown=/dev/null']);
  assert.equal(off.status, 0, off.stderr);
});

test('a report inside an input folder is written (the usual CI layout), and the next run skips it; over a log there, it is refused', () => {
  const { dir, log, bytes } = victim();
  for (const format of ['junit', 'csv', 'ndjson']) {
    // Twice: the second run finds the first's report in the folder, skips it, and replaces it.
    for (let run = 0; run < 2; run++) {
      const result = runCli(['summarize', '.', '--strict', '--report', `${format}=calls.${format}`], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(statSync(join(dir, `calls.${format}`)).size > 0);
    }
  }
  const over = runCli(['summarize', '.', '--report', 'json=victim.jsonl'], { cwd: dir });
  assert.equal(over.status, 2);
  assert.equal(over.stderr, 'acs-calllogs: --report json=victim.jsonl would overwrite call logs in the input folder .: write the report to another file\n');
  assert.deepEqual(readFileSync(log), bytes);
});

test('a report or standard output to a hard link of a log in an input folder: exit 2, one line, compared by device and inode', () => {
  const { dir, log, bytes } = victim();
  const outside = scratchDir('elsewhere-');
  const hard = join(outside, 'x.json');
  linkSync(log, hard); // the same inode, another name, out of the folder read
  const report = runCli(['summarize', dir, '--report', `json=${hard}`]);
  assert.equal(report.status, 2, report.stderr);
  assert.equal(report.stderr, `acs-calllogs: --report json=${hard} would overwrite call logs in the input folder ${dir} (${log}, the same file): write the report to another file\n`);
  assert.equal(report.stdout, '');
  const appendTo = (path: string, args: string[]) => runCliToFile(path, 'a', args, dir);
  // `summarize logs/ >> logs/victim.jsonl`, or `>>` the hard link: the report would be appended to a log read.
  for (const path of [log, hard]) {
    const appended = appendTo(path, ['summarize', '.', '--format', 'json']);
    assert.equal(appended.status, 2, appended.stderr);
    assert.equal(appended.stderr, 'acs-calllogs: standard output is redirected to victim.jsonl in the input folder ., which this run reads: send the report to another file\n');
  }
  assert.deepEqual(readFileSync(log), bytes);
  // A new file in the input folder is no log: `summarize . > out.json` writes its report there (the shell made it empty).
  const out = join(dir, 'out.json');
  const fd = openSync(out, 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, 'summarize', '.', '--format', 'json'], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  } finally {
    closeSync(fd);
  }
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { input: { invalid: number } }).input.invalid, 0);
  // And again: the report there now is the tool's own, skipped and replaced.
  assert.equal(runCli(['summarize', '.', '--strict', '--report', 'json=out.json'], { cwd: dir }).status, 0);
});

test('--report to a symbolic link to nothing: exit 2 before reading, one line naming the link and its target, nothing made', () => {
  const dir = scratchDir();
  symlinkSync('today.json', join(dir, 'out.json'));
  for (const args of [['summarize', `${ROOT}samples/storage-account`], ['call', '959b96af', `${ROOT}samples`]]) {
    const result = runCli([...args, '--report', 'json=out.json'], { cwd: dir });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, 'acs-calllogs: cannot write report json=out.json: out.json is a link to today.json, which does not exist: the link points nowhere\n');
    assert.equal(result.stdout, '');
    assert.equal(existsSync(join(dir, 'today.json')), false);
  }
});

test('a --report path with a CR at its end, or any control character, is refused before anything is written', () => {
  const dir = scratchDir('report-cr-');
  const CAUSE = 'ends with a carriage return: a script with Windows line ends? save it with LF line ends';
  assert.equal(
    usageErrorLine(['summarize', 'samples/', '--report', `json=${dir}/out.json\r`]),
    `acs-calllogs: --report 'json=${dir}/out.json\\u000d': the path ${CAUSE}\n`,
  );
  assert.equal(
    usageErrorLine(['summarize', 'samples/', '--report', `json=${dir}/out\r.json`]),
    `acs-calllogs: --report 'json=${dir}/out\\u000d.json': the path holds a control character (\\u000d): name a file without it\n`,
  );
  assert.match(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--report', `markdown=${join(dir, 'a\nb.md')}`]), /: the path holds a control character \(\\u000a\): name a file without it\n$/);
  assert.match(usageErrorLine(['summarize', 'samples/', '--report', `csv=${join(dir, 'tab\t.csv')}`]), /\(\\u0009\)/);
  assert.match(usageErrorLine(['summarize', 'samples/', '--report', `csv=${join(dir, 'esc\u001b[31m.csv')}`]), /'csv=.*esc\\u001b\[31m\.csv': the path holds a control character \(\\u001b\)/);
  assert.match(usageErrorLine(['summarize', 'samples/', '--report', `csv=${join(dir, 'c1\u009b.csv')}`]), /\(\\u009b\)/);
  assert.deepEqual(readdirSync(dir), []);
  // Other characters are a file name's: written as given.
  const fine = runCli(['summarize', 'samples/', '--report', `json=${join(dir, 'ünï cödé.json')}`]);
  assert.equal(fine.status, 0, fine.stderr);
  assert.deepEqual(readdirSync(dir), ['ünï cödé.json']);
});
