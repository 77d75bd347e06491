#!/usr/bin/env node
// Checks that every ```text block of README.md that starts with `$ acs-calllogs <args>` shows, byte for byte, what
// `CI=true NO_COLOR=1 node bin/acs-calllogs.js <args>` prints (stdout then stderr, as a terminal shows them) when run
// from the repository root after `npm run build`. A redirection in the example (`>/dev/null`) is applied.
//
//   node scripts/check-readme-examples.mjs           report each example: ok, differs (with a diff), or not runnable
//   node scripts/check-readme-examples.mjs --write   also write the output into README.md where it differs
//
// An example that says it is abridged — a line of only `…` stands for lines left out — is checked as an abridgement:
// its other lines are lines of the output, in order, a `…` inside one standing for text left out of it; --write leaves
// it alone. An example whose input is not in the repository (the README's PT1H.json of broken records) is reported as
// not runnable and left as it is. Exit 1 when an example differs (and --write was not given).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const write = process.argv.includes('--write');
const lines = readFileSync(readmePath, 'utf8').split('\n');

/** The words of a command line, with '…' and "…" quoting; a trailing `>file` / `2>file` is a redirection. */
function words(text) {
  const out = [];
  for (const m of text.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

let differs = 0;
let checked = 0;
const edits = [];
for (let i = 0; i < lines.length; i++) {
  if (lines[i] !== '```text' || !lines[i + 1]?.startsWith('$ acs-calllogs ')) continue;
  const start = i + 2;
  let end = start;
  while (lines[end] !== '```') end++;
  const command = lines[i + 1].slice('$ '.length);
  const args = words(command.slice('acs-calllogs '.length));
  const redirect = args.findIndex((a) => /^[12]?>/.test(a));
  const cliArgs = redirect < 0 ? args : args.slice(0, redirect);
  const dropStdout = redirect >= 0 && /^1?>\/dev\/null$/.test(args[redirect]);
  const missing = cliArgs.filter((a) => !a.startsWith('-') && /[./]/.test(a) && !/^\d/.test(a) && !a.includes('=') && !existsSync(join(root, a)));
  if (missing.length > 0) {
    console.log(`README.md:${i + 2}: not runnable here (no ${missing.join(', ')}): ${command}`);
    i = end;
    continue;
  }
  const result = spawnSync(process.execPath, [join(root, 'bin/acs-calllogs.js'), ...cliArgs], {
    cwd: root,
    encoding: 'utf8',
    // npx names itself in npm_lifecycle_event, and summarize's "Next:" line then writes `npx acs-calllogs`: the README's examples run the program as `acs-calllogs`.
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: undefined, ACS_CALLLOGS_INPUT: undefined, COLUMNS: undefined, npm_lifecycle_event: undefined },
    maxBuffer: 64 * 1024 * 1024,
  });
  const shown = `${dropStdout ? '' : result.stdout}${result.stderr}`.replace(/\n$/, '');
  const expected = lines.slice(start, end).join('\n');
  checked++;
  if (lines.slice(start, end).some((l) => l.trim() === '…')) {
    const mismatch = abridgementMismatch(lines.slice(start, end), shown.split('\n'));
    if (mismatch === null) console.log(`README.md:${i + 2}: ok, abridged (exit ${result.status}): ${command}`);
    else {
      differs++;
      console.log(`README.md:${i + 2}: DIFFERS, abridged (exit ${result.status}): ${command}\n  no output line, in order, for README.md:${start + 1 + mismatch}: ${lines[start + mismatch]}`);
    }
  } else if (shown === expected) {
    console.log(`README.md:${i + 2}: ok (exit ${result.status}): ${command}`);
  } else {
    differs++;
    console.log(`README.md:${i + 2}: DIFFERS (exit ${result.status}): ${command}`);
    const got = shown.split('\n');
    const want = expected.split('\n');
    for (let n = 0; n < Math.max(got.length, want.length); n++) {
      if (got[n] === want[n]) continue;
      if (want[n] !== undefined) console.log(`  - ${want[n]}`);
      if (got[n] !== undefined) console.log(`  + ${got[n]}`);
    }
    edits.push({ start, end, text: shown.split('\n') });
  }
  i = end;
}
/** Where an abridged example stops matching the output (its line index), or null when every line is found in order. */
function abridgementMismatch(example, output) {
  let at = 0;
  let gap = false;
  for (let n = 0; n < example.length; n++) {
    if (example[n].trim() === '…') {
      gap = true;
      continue;
    }
    const pattern = new RegExp(`^${example[n].split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    let found = -1;
    for (let k = at; k < output.length && (gap || k === at); k++) {
      if (pattern.test(output[k])) {
        found = k;
        break;
      }
    }
    if (found < 0) return n;
    at = found + 1;
    gap = false;
  }
  return gap || at === output.length ? null : example.length;
}

if (write && edits.length > 0) {
  for (const { start, end, text } of edits.reverse()) lines.splice(start, end - start, ...text);
  writeFileSync(readmePath, lines.join('\n'));
  console.log(`wrote ${edits.length} example(s) into README.md`);
}
console.log(`${checked} examples run, ${differs} differ`);
process.exitCode = differs > 0 && !write ? 1 : 0;
