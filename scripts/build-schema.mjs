#!/usr/bin/env node
// Generates schema/summary.schema.json and schema/call.schema.json (JSON Schema draft-07) from the TypeScript types
// of the JSON documents, SummaryDocument and CallDocument, with ts-json-schema-generator: `npm run build:schema`
// after a change to them (or to a type they use). Their doc comments become descriptions.
//   node scripts/build-schema.mjs [--print]   --print: write { file: text } as JSON to stdout instead (for the test)
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Each published document: the type it describes, where that type is, and the file written. */
const DOCUMENTS = [
  {
    file: 'summary.schema.json',
    type: 'SummaryDocument',
    path: 'src/report/summary-document.ts',
    id: 'urn:acs-calllogs:schema:summary:1',
    title: 'acs-calllogs summarize --format json',
  },
  {
    file: 'call.schema.json',
    type: 'CallDocument',
    path: 'src/report/call-document-json.ts',
    id: 'urn:acs-calllogs:schema:call:1',
    title: 'acs-calllogs call --format json',
  },
];

/**
 * `additionalProperties: true`: an object type says nothing of other properties, so that a reader validating a
 * report of a later version (fields are only ever added) still passes. `topRef: false`: the document is the root,
 * the types it uses under `definitions`. Type checking is the build's (tsc), not repeated here.
 */
const CONFIG = {
  tsconfig: `${root}tsconfig.json`,
  expose: 'export',
  topRef: false,
  jsDoc: 'extended',
  sortProps: false,
  additionalProperties: true,
  skipTypeCheck: true,
};

/** The schema of one document as it is committed: `$id`, `title` first, then what the generator wrote. */
function schemaText({ type, path, id, title }) {
  const generated = createGenerator({ ...CONFIG, path: `${root}${path}`, type }).createSchema(type);
  const { $schema, ...rest } = generated;
  const schema = { $schema, $id: id, title, ...rest };
  const version = schema.properties?.schemaVersion;
  if (version?.const !== 1) throw new Error(`${type}.schemaVersion is not the constant 1: ${JSON.stringify(version)}`);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const texts = Object.fromEntries(DOCUMENTS.map((d) => [d.file, schemaText(d)]));
if (process.argv.includes('--print')) {
  process.stdout.write(JSON.stringify(texts));
} else {
  mkdirSync(`${root}schema`, { recursive: true });
  for (const [file, text] of Object.entries(texts)) writeFileSync(`${root}schema/${file}`, text);
}
