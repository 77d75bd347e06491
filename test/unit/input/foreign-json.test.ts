import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { decide } from '../../../src/input/decide-shape.js';
import { looksLikeRecord } from '../../../src/input/looks-like-record.js';
import { collect, fixture, outline } from './input-test-helpers.js';

const foreignOf = (text: string) => {
  const detection = decide(text, true);
  return detection?.kind === 'shape' ? (detection.foreign ?? null) : `not a shape: ${JSON.stringify(detection)}`;
};

test('JSON whose first object has no call-log field is marked foreign; records, rows and envelopes are not', () => {
  assert.equal(foreignOf('{"name":"x","version":"1.0.0","type":"module"}\n'), 'not call logs: JSON without call-log fields (keys "name", "version", "type")');
  assert.equal(foreignOf('[{"id":1,"name":"a","b":2,"c":3},{"id":2}]\n'), 'not call logs: JSON without call-log fields (keys "id", "name", "b", …)');
  assert.equal(foreignOf('[\n  {\n    "key": "ctrl+l"\n  }\n]\n'), 'not call logs: JSON without call-log fields (keys "key")');
  for (const text of [
    '{"time":"2026-11-20T09:00:00Z","category":"CallSummary","correlationId":"c1"}\n',
    '{"TimeGenerated [UTC]":"2026-11-20","CorrelationId":"c1","Type":"ACSCallSummary"}\n',
    '{"CallStartTime":"2026-11-20","ParticipantId":"p"}\n', // a projected query: columns only
    '[{"count":1,"total":0,"resourceId":"/x","time":"2026-11-20T09:00:00Z","metricName":"APIRequests","timeGrain":"PT1M"}]\n',
    '{"records":[{"category":"CallSummary"}]}\n',
    '{"banner":"exported by script v2"}\n{"category":"CallSummary","correlationId":"c1"}\n', // a header line, then records
    '[]\n',
  ]) {
    assert.equal(foreignOf(text), null, text);
  }
  assert.equal(looksLikeRecord(['Type']), false, 'type alone is a package.json key too');
});

test('a foreign JSON file under a walked folder is skipped with a note; named, its objects are read as before', async () => {
  const dir = fixture('dir-with-foreign-json');
  const events = await collect([dir]);
  assert.deepEqual(
    events.filter((e) => e.kind === 'skipped').map((e) => e.kind === 'skipped' && `${e.file.slice(dir.length + 1)}: ${e.reason}`),
    [
      'keybindings.json: not call logs: JSON without call-log fields (keys "key", "command")',
      'package.json: not call logs: JSON without call-log fields (keys "name", "version", "type", …)',
    ],
  );
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'record@3', 'record@4']);
  const named = await collect([join(dir, 'package.json'), join(dir, 'keybindings.json')]);
  assert.deepEqual(outline(named), ['record@1', 'record@2']); // the normaliser's to judge: ignored ("type": "module") or invalid
});
