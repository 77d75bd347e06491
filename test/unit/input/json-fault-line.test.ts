import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputEvent } from '../../../src/input/input-event.js';
import { jsonFaultLine } from '../../../src/input/json-fault-offset.js';
import { readQueryApi } from '../../../src/input/read-query-api.js';
import { bodyEvents, brokenEnvelopeEvents, rawJsonEvents, tornTailEvents } from '../../../src/input/record-events.js';

/** JSON.parse's message for a text it refuses. */
function messageOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`valid JSON: ${text}`);
}

const faultLine = (text: string, from = 10) => jsonFaultLine(messageOf(text), text, from);
async function* chunks(text: string): AsyncGenerator<string> {
  yield text;
}
const invalid = (events: InputEvent[]) => events.flatMap((e) => (e.kind === 'invalid' ? [`${e.at.line}: ${e.reason}`] : []));

test('jsonFaultLine: the line of the fault in a text from line 10; a separator missing at the end of the value it should follow', () => {
  assert.equal(faultLine('{\n  "a": "x"\n  "b": 1\n}'), 11, "comma missing after line 11's value, though V8 stops at line 12's key");
  assert.equal(faultLine('{\r\n  "a": "x"   \r\n\r\n  "b": 1\r\n}'), 11, 'CRLF and blank lines between: still the value it follows');
  assert.equal(faultLine('{\n  "a": [1,\n    2\n    3]\n}'), 12, 'in an array');
  assert.equal(faultLine('{\n  "a" \n  1\n}'), 11, 'colon missing after a name');
  assert.equal(faultLine('{\n  "a": 1\n}\n{\n  "b": 2\n}'), 12, "two records, no comma between them: the first's end");
  assert.equal(faultLine('{\n  "a": 1,\n  "b": Server\n}'), 12, "V8 gives no position for an unexpected token: it is found");
  assert.equal(faultLine('{\n  "a": 1,\n  "b": "x\ty"\n}'), 12, 'a control character in a string');
  assert.equal(faultLine('{\n  "a": 1,\n  "b": "x'), 12, 'the text ends in a string');
  assert.equal(faultLine('{\n  "a": 1,\n  "b": 2'), 12, 'the text ends after a value');
  assert.equal(faultLine('{ "a": 1 "b": 2,\n "c": 3 }'), null, 'on the first line: the place stays');
  assert.equal(faultLine('{"a": 1 "b": 2}'), null, 'one line (a JSON line): the place stays');
});

test('a pretty text JSON.parse refuses is one invalid item at its fault, saying where it starts; a JSON line keeps its place', () => {
  const at = { file: 'f.json', line: 10 };
  assert.deepEqual(invalid([...rawJsonEvents('{\n  "a": "x"\n  "b": 1\n}', at, undefined)]), [
    "11: not JSON: Expected ',' or '}' after property value, in the record that starts on line 10",
  ]);
  // (V8 quotes some of the text after "Unexpected token 'S', ": kept as it was, the place added after it.)
  const [unquoted] = invalid([...rawJsonEvents('{\n  "a": 1,\n  "b": Server\n}', at, () => true)]);
  assert.match(unquoted!, /^12: not JSON: Unexpected token 'S', .*, in the record that starts on line 10$/);
  assert.deepEqual(invalid([...rawJsonEvents('{"a": "x" "b": 1}', at, undefined)]), ["10: not JSON: Expected ',' or '}' after property value"]);
  // A text its file ends inside: the file's own failure, placed where it ends.
  assert.deepEqual(tornTailEvents('{\n  "a": 1,\n  "b": "x', at, undefined), [
    { kind: 'invalid', at: { file: 'f.json', line: 12 }, reason: 'the text ends inside this value (truncated?), in the record that starts on line 10', endsFile: true },
  ]);
  // An EventData's place (Capture Avro) counts events, not lines: it stays.
  assert.deepEqual(invalid([...rawJsonEvents('{\n  "a": "x"\n  "b": 1\n}', { file: 'c.avro', line: 3, unit: 'event' }, undefined)]), [
    "3: not JSON: Expected ',' or '}' after property value",
  ]);
});

test("a broken record of a pretty envelope refused whole is placed at its own fault; a Body's lines are not the file's", () => {
  const envelope = ['{', '  "records": [', '    { "category": "CallSummary", "correlationId": "c1" },', '    {', '      "category": "CallSummary"', '      "correlationId": "c2"', '    }', '  ]', '}'].join('\n');
  const events = brokenEnvelopeEvents(envelope, { file: 'f.json', line: 20 }, undefined)!;
  assert.deepEqual(events.map((e) => e.kind), ['record', 'invalid']);
  // The record from line 23 (the envelope's 4th) lacks its comma on line 24.
  assert.deepEqual(invalid(events), ["24: not JSON: Expected ',' or '}' after property value, in the record that starts on line 23"]);
  const [first] = events;
  assert.deepEqual(first?.kind === 'record' && first.at, { file: 'f.json', line: 20 }, "a whole record keeps its envelope's place");
  // The same envelope as an EventData's Body string: placed where the EventData is.
  assert.deepEqual(invalid([...bodyEvents(envelope, { file: 'e.json', line: 5 }, undefined, undefined)]), ["5: not JSON: Expected ',' or '}' after property value"]);
});

test('a pretty row of a query API response that JSON.parse refuses is placed at its fault, saying where the row starts', async () => {
  // As `az rest` writes the response: every row over several lines; the second row lacks a comma after its line 21.
  const rows = [
    ['"2026-11-20T08:31:07Z",', '"c1",', '"ACSCallSummary"'],
    ['"2026-11-20T08:31:07Z",', '"c2"', '"ACSCallSummary"'],
  ].map((cells) => `    [\n${cells.map((cell) => `      ${cell}\n`).join('')}    ]`);
  const text = `{\n  "tables": [{\n    "name": "PrimaryResult",\n    "columns": [{"name": "TimeGenerated"}, {"name": "CorrelationId"}, {"name": "Type"}],\n    "rows": [\n${rows.join(',\n')}\n    ]\n  }]\n}\n`;
  const read = async (prefilter?: (raw: string) => boolean) => {
    const events: InputEvent[] = [];
    for await (const event of readQueryApi(chunks(text), 'q.json', prefilter)) events.push(event);
    return events;
  };
  const expected = ["13: not JSON: Expected ',' or ']' after array element, in the record that starts on line 11"];
  const events = await read();
  assert.equal(events.filter((e) => e.kind === 'record').length, 1);
  assert.deepEqual(invalid(events), expected);
  // `call`'s prefilter passes the row (its id is in it): the same place.
  assert.deepEqual(invalid(await read((raw) => raw.includes('"c2"'))), expected);
});
