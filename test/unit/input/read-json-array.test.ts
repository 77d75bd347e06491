import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputEvent } from '../../../src/input/input-event.js';
import { collect, fixture, outline, records } from './input-test-helpers.js';

function reasons(events: InputEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
}

test('a minified array on one line: every element is a record at line 1', async () => {
  const events = await collect([fixture('minified-array.json')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('minified-array.json'), shape: 'json-array', gzip: false });
  assert.deepEqual(outline(events), ['record@1', 'record@1', 'record@1']);
  assert.deepEqual(
    records(events).map((r) => r.value.operationName),
    ['CallDiagnostics', 'CallDiagnostics', 'CallSummary'],
  );
});

test('a gzipped array (named .json) gives the same records as the plain one', async () => {
  const plain = await collect([fixture('minified-array.json')]);
  const gzipped = await collect([fixture('minified-array-gzipped.json')]);
  assert.equal(gzipped[0]?.kind === 'file' && gzipped[0].gzip, true);
  assert.deepEqual(records(gzipped).map((r) => r.value), records(plain).map((r) => r.value));
});

test('a pretty array with broken elements: each costs one invalid at its own line, and reading goes on', async () => {
  const events = await collect([fixture('pretty-array-broken.json')]);
  assert.deepEqual(outline(events), [
    'record@2',
    'invalid@17', // missing comma inside the element from line 12, after the seed's "Server" on line 17
    'record@22',
    'invalid@33', // two objects with no comma between them (from line 30): one invalid, at the first one's end
    'record@38',
    'invalid@45', // a closing brace missing: cut where the next element starts at the same indentation
    'record@51',
  ]);
  assert.deepEqual(reasons(events), [
    "not JSON: Expected ',' or '}' after property value, in the record that starts on line 12",
    'not JSON: Unexpected non-whitespace character after JSON (two values with no comma between them?), in the record that starts on line 30',
    'a closing bracket is missing',
  ]);
  const [, third, fifth, last] = records(events);
  assert.equal(third?.value.ParticipantId, ' b25cf111-73df-4e0a-a888-640000abe34d'); // kept exactly; trimming is not our job
  assert.equal(fifth?.value.OsVersion, 'Windows 10 日本語版 [x64] {build 17763}'); // brackets inside strings do not count
  assert.equal(last?.value.TimeGenerated, '2021-07-05T06:30:07.000Z');
});

test('a truncated array: the records before the cut are kept and the partial element is invalid', async () => {
  const events = await collect([fixture('truncated-array.json')]);
  assert.deepEqual(outline(events), ['record@2', 'record@25', 'invalid@48']);
  assert.match(reasons(events)[0]!, /ends inside this value/);
});

test('the prefilter sees each raw element of an array, whole, before parsing', async () => {
  const seen: string[] = [];
  const events = await collect([fixture('pretty-array-broken.json')], {
    prefilter: (raw) => {
      seen.push(raw);
      return raw.includes('ACSCallSummary');
    },
  });
  assert.equal(seen.length, 7);
  assert.ok(seen.every((raw) => raw.startsWith('{')));
  // Each element ends with its closing brace, except the one whose brace is missing: it runs up to the next element.
  assert.deepEqual(seen.map((raw) => raw.at(-1)), ['}', '}', '}', '}', '}', ',', '}']);
  assert.ok(seen[0]!.includes('\n    "StreamId": "14884",\n'));
  // The broken element at 12 is a diagnostic: filtered unparsed. The pair at 30 holds a summary: parsed, invalid, at
  // the first one's end (33), where a comma is missing.
  assert.deepEqual(outline(events), ['filtered@2', 'filtered@12', 'record@22', 'invalid@33', 'record@38', 'filtered@45', 'filtered@51']);
});
