import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputProblemLines, notReadLine } from '../../../src/commands/warn-input-problems.js';
import { type InvalidRecord, invalidRecord } from '../../../src/model/input-counts.js';
import type { LoadedCalls } from '../../../src/model/load-calls.js';

/** A load of nothing but `invalid` invalid records, of which `samples` are kept. */
function loadedWith(invalid: number, samples: InvalidRecord[]): LoadedCalls {
  const counts = { files: 1, records: 0, used: 0, invalid, duplicates: 0, superseded: 0, ignored: 0, filtered: 0, copies: 0, byCategory: {} };
  return { calls: [], counts, invalidSamples: samples, skipped: [], zoned: [], valuesNotRead: [], shapes: {} };
}

/** Invalid records at lines 2, 3, … of f.jsonl. */
function badLines(n: number): InvalidRecord[] {
  return Array.from({ length: n }, (_, i) => invalidRecord({ file: 'f.jsonl', line: i + 2 }, 'not JSON'));
}

test('a number out of range is warned as a number not read, saying how the first is out of range; one that is no number is not', () => {
  assert.equal(
    notReadLine({ kind: 'number', file: 't9.jsonl', count: 1, line: 3, text: '-5', field: 'callDuration', outOfRange: 'below 0' }),
    "warning: t9.jsonl: 1 number not read (at line 3: '-5' in callDuration, out of range: below 0); it counts as absent",
  );
  assert.equal(
    notReadLine({ kind: 'number', file: 'f.csv', count: 2, line: 5, text: '1,000', field: 'roundTripTimeAvg' }),
    "warning: f.csv: 2 numbers not read (first at line 5: '1,000' in roundTripTimeAvg); they count as absent",
  );
});

test('invalid records each listed on a line of their own get no count line above them: it would say them again', () => {
  assert.deepEqual(inputProblemLines(loadedWith(1, badLines(1))), ['warning: f.jsonl:2: invalid record: not JSON']);
  const five = inputProblemLines(loadedWith(5, badLines(5)));
  assert.deepEqual(five, [2, 3, 4, 5, 6].map((line) => `warning: f.jsonl:${line}: invalid record: not JSON`));
  // Past the first five, a file's own failure is listed too: all six are, so no count line either.
  const torn = invalidRecord({ file: 'f.jsonl', line: 7 }, 'the text ends inside this value (truncated?)', true);
  const six = inputProblemLines(loadedWith(6, [...badLines(5), torn]));
  assert.deepEqual(six.slice(5), ['warning: f.jsonl:7: invalid record: the text ends inside this value (truncated?)']);
  assert.equal(six.length, 6, six.join('\n'));
});

test('invalid records not all listed: the count line says how many and where the first three are, then five, then how many more', () => {
  const lines = inputProblemLines(loadedWith(6, badLines(6)));
  assert.deepEqual(lines, [
    'warning: 6 invalid records, not used (at f.jsonl:2, f.jsonl:3, f.jsonl:4, …)',
    ...[2, 3, 4, 5, 6].map((line) => `warning: f.jsonl:${line}: invalid record: not JSON`),
    'warning: … and 1 more invalid record',
  ]);
});

test('files named more than once: a note each, under the name read, with its other names; past five, one line for the rest', () => {
  const repeated = [
    { file: 'in/p2p.jsonl', first: 'in/p2p.jsonl' },
    { file: 'link.jsonl', first: 'in/a.jsonl' },
    { file: 'in/a.jsonl', first: 'in/a.jsonl' },
    ...['b', 'c', 'd', 'e', 'f'].map((name) => ({ file: `${name}.jsonl`, first: `in/${name}.jsonl` })),
  ];
  assert.deepEqual(inputProblemLines({ ...loadedWith(0, []), repeated }), [
    'note: in/p2p.jsonl was named twice: read once',
    'note: in/a.jsonl was named 3 times (also as link.jsonl): read once',
    'note: in/b.jsonl was named twice (also as b.jsonl): read once',
    'note: in/c.jsonl was named twice (also as c.jsonl): read once',
    'note: in/d.jsonl was named twice (also as d.jsonl): read once',
    'note: … and 2 more files named twice or more, each read once',
  ]);
});

test('one file past the five listed is "1 more file", whatever the kind: never "1 more files"', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}.csv`);
  const lines = inputProblemLines({
    ...loadedWith(0, []),
    zoned: six.map((file) => ({ file, timeZone: 'UTC+01:00' })),
    undecidedDates: six.map((file) => ({ file, date: '03/04/2026, 09:01' })),
    valuesNotRead: six.flatMap((file) => [
      { kind: 'time' as const, file, count: 2, line: 4, text: '20.13.2026', field: 'callStartTime' },
      { kind: 'number' as const, file, count: 2, line: 5, text: '1,000', field: 'roundTripTimeAvg' },
    ]),
    skipped: six.map((file) => ({ file, reason: 'empty file' })),
    repeated: six.map((file) => ({ file: `again/${file}`, first: file })),
  });
  assert.deepEqual(
    lines.filter((line) => line.includes('… and')),
    [
      'warning: … and 1 more file whose times are not UTC',
      'warning: … and 1 more file whose dates do not tell day from month',
      'warning: … and 1 more file with times not read as dates',
      'warning: … and 1 more file with numbers not read',
      'note: … and 1 more skipped file',
      'note: … and 1 more file named twice or more, each read once',
    ],
  );
});

test('a version-control folder past the five listed counts its files in "… and n more"; the files the OS keeps are one line, or one alone its own after the others', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ file: `${name}.txt`, reason: 'empty file' }));
  const git = { file: 'logs/.git', reason: "git's folder (version control), not call logs: 151 files not read", files: 151 };
  const os = (file: string) => ({ file, reason: 'a file the operating system keeps in folders, not call logs', osFile: true as const });
  const lines = inputProblemLines({ ...loadedWith(0, []), skipped: [os('.DS_Store'), ...five, git, os('x/Thumbs.db'), os('y/.DS_Store')] });
  assert.deepEqual(lines, [
    ...five.map(({ file }) => `note: skipped ${file}: empty file`),
    'note: … and 151 more skipped files',
    'note: skipped 3 files the operating system keeps in folders (.DS_Store, Thumbs.db), not call logs, the first .DS_Store',
  ]);
  assert.deepEqual(inputProblemLines({ ...loadedWith(0, []), skipped: [os('desktop.ini'), git] }), [
    `note: skipped logs/.git: ${git.reason}`,
    'note: skipped desktop.ini: a file the operating system keeps in folders, not call logs',
  ]);
  // macOS's AppleDouble files, one a file copied, are named as one.
  const appleDouble = (file: string) => ({ file, reason: "macOS's AppleDouble file (Finder data, left on FAT and SMB shares), not call logs", osFile: true as const });
  assert.deepEqual(inputProblemLines({ ...loadedWith(0, []), skipped: [appleDouble('x/._a.json'), os('x/.DS_Store'), appleDouble('x/._b.json')] }), [
    'note: skipped 3 files the operating system keeps in folders (AppleDouble ._*, .DS_Store), not call logs, the first x/._a.json',
  ]);
});
