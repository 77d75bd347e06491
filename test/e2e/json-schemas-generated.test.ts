import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { assertMatchesSchema, compileSchema, publishedSchema, type SchemaName, strictCopy } from '../support/json-schemas.js';
import { ROOT, runJson } from '../support/run-cli.js';

/**
 * The JSON Schemas of `summarize --format json` and `call --format json` (schema/*.schema.json) are generated from
 * the TypeScript types of the documents (npm run build:schema) and committed: a change to the types that was not
 * regenerated fails here. What the documents hold is checked against them in json-schemas-summarize and -call.
 */
const NAMES: SchemaName[] = ['summary', 'call'];

/** Every value of the schema, depth first, with its path. */
function* walk(value: unknown, path = '#'): Generator<[string, unknown]> {
  yield [path, value];
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}/${key}`);
}

test('the committed schemas are what npm run build:schema generates from the types now', () => {
  const built = spawnSync(process.execPath, ['scripts/build-schema.mjs', '--print'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const generated = JSON.parse(built.stdout) as Record<string, string>;
  assert.deepEqual(Object.keys(generated).sort(), ['call.schema.json', 'summary.schema.json']);
  for (const [file, text] of Object.entries(generated)) {
    assert.equal(readFileSync(`${ROOT}schema/${file}`, 'utf8'), text, `schema/${file} is stale: run npm run build:schema`);
  }
});

test('each schema names itself and schemaVersion 1, compiles, and allows fields added later', () => {
  for (const name of NAMES) {
    const schema = publishedSchema(name);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, `urn:acs-calllogs:schema:${name}:1`);
    assert.match(String(schema.title), /^acs-calllogs (summarize|call) --format json$/);
    assert.deepEqual((schema.properties as Record<string, unknown>).schemaVersion, { type: 'number', const: 1 });
    assert.ok(Array.isArray(schema.required) && schema.required.includes('schemaVersion'));
    compileSchema(schema);
    for (const [path, value] of walk(schema)) {
      if (path.endsWith('/additionalProperties')) assert.notEqual(value, false, `${name}: ${path} forbids fields added later`);
    }
  }
});

test('the strict copy the tests validate with forbids a field the types do not describe; the published schema allows it', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'samples/', '--quiet']);
  assert.equal(result.status, 0, result.stderr);
  assertMatchesSchema('summary', json, 'summarize samples/');
  const published = compileSchema(publishedSchema('summary'));
  const strict = compileSchema(strictCopy(publishedSchema('summary')));
  const added = [
    { ...json, addedLater: 1 },
    { ...json, input: { ...json.input, addedLater: 1 } },
    { ...json, calls: json.calls.map((c) => ({ ...c, issues: c.issues.map((i) => ({ ...i, addedLater: 1 })) })) },
  ];
  for (const document of added) {
    assert.ok(published(document), 'published: a field added later passes');
    assert.ok(!strict(document), 'strict: a field the types do not describe fails');
  }
  // Index signatures (Record) keep their value type, in either: a limit by media type, a count by category.
  assert.ok(strict({ ...json, thresholds: { ...json.thresholds, jitterAvg: { breachWhen: 'above', default: 30, Video: null } } }));
  assert.ok(!published({ ...json, input: { ...json.input, byCategory: { CallSummary: 'many' } } }));
  assert.ok(!published({ ...json, schemaVersion: 2 }), 'schemaVersion is the constant 1');
});
