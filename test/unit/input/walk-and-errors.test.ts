import assert from 'node:assert/strict';
import { chmod, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../../../src/input/input-event.js';
import { readInputs } from '../../../src/input/read-inputs.js';
import { collect, fixture, records } from './input-test-helpers.js';
import { scratchDir } from '../../support/scratch-dir.js';

test('a directory is walked recursively in name order; files without call logs are skipped with a reason', async () => {
  const tree = fixture('tree');
  const events = await collect([tree]);
  const summary = events.map((e) =>
    e.kind === 'file' ? `file ${e.file.slice(tree.length + 1)} ${e.shape}`
      : e.kind === 'skipped' ? `skipped ${e.file.slice(tree.length + 1)}: ${e.reason.split(':')[0]}`
        : e.kind === 'events' ? `events ${e.events.length}`
          : e.kind === 'repeated' || e.kind === 'zoned' ? `${e.kind} ${e.file}`
            : `${e.kind} ${e.at.file.slice(tree.length + 1)}:${e.at.line}`,
  );
  assert.deepEqual(summary, [
    'file a-summary.jsonl json-lines',
    'record a-summary.jsonl:1',
    'record a-summary.jsonl:2',
    'skipped empty.json: empty file',
    'file nested/deeper/diag.json json-array',
    'record nested/deeper/diag.json:2',
    'file nested/z.csv csv',
    'record nested/z.csv:2',
    'skipped notes.txt: not call logs',
  ]);
});

test('under a directory, a symlink to a file is read but a symlink to a directory is not followed', async () => {
  const dir = scratchDir('input-');
  try {
    await symlink(fixture('tree'), join(dir, 'linked-tree'));
    await symlink(fixture('p2p-call.jsonl'), join(dir, 'linked.jsonl'));
    await symlink(join(dir, 'gone.json'), join(dir, 'dangling.json'));
    const events = await collect([dir]);
    assert.deepEqual(
      events.filter((e) => e.kind !== 'record').map((e) => (e.kind === 'file' ? `file ${e.file}` : e.kind === 'skipped' ? `skipped ${e.file}: ${e.reason}` : e.kind)),
      [
        `skipped ${join(dir, 'dangling.json')}: broken symbolic link`,
        `skipped ${join(dir, 'linked-tree')}: symbolic link to a directory, not followed`,
        `file ${join(dir, 'linked.jsonl')}`,
      ],
    );
    assert.equal(records(events).length, 4);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a missing path throws a one-line InputError naming it, before any other input is read', async () => {
  const seen: string[] = [];
  const missing = fixture('no-such-file.json');
  await assert.rejects(
    (async () => {
      for await (const event of readInputs([fixture('p2p-call.jsonl'), missing])) seen.push(event.kind);
    })(),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.file, missing);
      assert.equal(error.message, `${missing}: cannot open: no such file or directory`);
      return true;
    },
  );
  assert.deepEqual(seen, []);
});

test('a path too long for the file system is said in words, not as Node\'s ENAMETOOLONG message that quotes the path again, cut', async () => {
  const long = join(scratchDir('long-'), `${'a'.repeat(300)}.jsonl`);
  await assert.rejects(
    async () => {
      for await (const event of readInputs([long])) void event;
    },
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.message, `${long}: cannot open: the name is too long for the file system`);
      return true;
    },
  );
});

test('a corrupt or truncated gzip stream that breaks before any text is skipped with a one-line reason, not a raw zlib error', async () => {
  const dir = scratchDir('input-');
  try {
    // The gzip header (10 bytes) and no more: no text. (Two bytes more inflate to `{`, a record torn: read as such.)
    const early = join(dir, 'torn-early.jsonl.gz');
    await writeFile(early, gzipSync('{"category":"CallSummary"}\n').subarray(0, 10));
    for (const [file, pattern] of [[fixture('corrupt.json.gz'), /^corrupt gzip stream \(/], [early, /^truncated gzip stream \(unexpected end of file\)$/]] as const) {
      const events = await collect([file]);
      assert.equal(events.length, 1, file);
      const [event] = events;
      assert.ok(event?.kind === 'skipped', `${file}: ${JSON.stringify(event)}`);
      assert.equal(event.file, file);
      assert.match(event.reason, pattern);
      assert.ok(!event.reason.includes('\n'));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a gzip stream that breaks inside its first record is read as the text before the break: one invalid item at line 1, not a file skipped', async () => {
  // Both give some text, torn inside the first line, before the break: what it was may hold any call.
  for (const name of ['truncated.jsonl.gz', 'gzip-cut-in-first-record.jsonl.gz']) {
    const file = fixture(name);
    const events = await collect([file]);
    assert.deepEqual(events.map((e) => e.kind), ['file', 'invalid'], name);
    const [opened, torn] = events;
    assert.ok(opened?.kind === 'file' && opened.shape === 'json-lines' && opened.gzip, JSON.stringify(opened));
    assert.ok(torn?.kind === 'invalid' && torn.endsFile === true && torn.at.line === 1, JSON.stringify(torn));
    assert.match(torn.reason, /^truncated gzip stream \(unexpected end of file\); the rest of the file is not read$/);
  }
});

test('a gzip stream cut mid-write keeps the records before the cut; the cut is one invalid item, at the line it tears', async () => {
  // ~2.3 MB of lines, cut at half the gzip: the records before the cut span several of gunzip's 256 KiB pieces.
  const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ correlationId: `c${i}`, category: 'CallDiagnostics', n: i, pad: `${i}`.repeat(10 + (i % 17)) }));
  const gz = gzipSync(`${lines.join('\n')}\n`);
  const dir = scratchDir('input-');
  try {
    const torn = join(dir, 'PT1H.json');
    await writeFile(torn, gz.subarray(0, Math.floor(gz.length / 2)));
    const events = await collect([torn]);
    const read = records(events);
    assert.ok(read.length > 5000, `records before the cut: ${read.length}`);
    assert.deepEqual(read.map((r) => r.value.n), read.map((_, i) => i), 'in order, none lost before the cut');
    const last = events.at(-1);
    // The cut tears the line after the last record read: that is where the invalid item is.
    assert.ok(last?.kind === 'invalid' && last.at.line === read.length + 1, JSON.stringify(last));
    assert.match(last.reason, /^truncated gzip stream \(unexpected end of file\); the rest of the file is not read$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an unreadable file throws InputError; a named file without call logs is skipped, an empty one too', async (t) => {
  const dir = scratchDir('input-');
  try {
    const locked = join(dir, 'locked.jsonl');
    await writeFile(locked, '{"a":1}\n');
    await chmod(locked, 0o000);
    if (process.getuid?.() === 0) t.diagnostic('running as root: permission checks do not apply, skipping that part');
    else await assert.rejects(collect([locked]), /locked\.jsonl: cannot read: permission denied$/);
    const empty = join(dir, 'blank.json');
    await writeFile(empty, '  \n\n');
    const events = await collect([fixture('tree/notes.txt'), empty]);
    assert.deepEqual(events.map((e) => e.kind === 'skipped' && e.reason.replace(/ \(.*$/, '')), [
      'not call logs: neither JSON nor a CSV header naming a call-log column',
      'empty file',
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a file that starts "[" but is not JSON (desktop.ini, an INI file) is skipped, under a directory (desktop.ini unopened, by its name) or named', async () => {
  const dir = fixture('dir-with-ini');
  const events = await collect([dir]);
  assert.deepEqual(
    events.filter((e) => e.kind !== 'record').map((e) => (e.kind === 'file' ? `file ${e.file.slice(dir.length + 1)} ${e.shape}` : e.kind === 'skipped' ? `skipped ${e.file.slice(dir.length + 1)}: ${e.reason}` : e.kind)),
    [
      'file PT1H.json json-lines',
      'skipped desktop.ini: a file the operating system keeps in folders, not call logs',
      'skipped settings.ini: not call logs: "[" followed by no JSON value (starts "[network]")',
    ],
  );
  assert.equal(records(events).length, 2);
  const named = join(dir, 'desktop.ini');
  const some = await collect([join(dir, 'PT1H.json'), named]);
  assert.deepEqual(
    some.filter((e) => e.kind === 'skipped'),
    [{ kind: 'skipped', file: named, reason: 'not call logs: "[" followed by no JSON value (starts "[.ShellClassInfo]")' }],
  );
});
