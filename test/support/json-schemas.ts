import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ROOT } from './run-cli.js';

export type SchemaName = 'summary' | 'call';

type Schema = Record<string, unknown>;

/** The published schema of a document, as committed (schema/<name>.schema.json). */
export function publishedSchema(name: SchemaName): Schema {
  return JSON.parse(readFileSync(`${ROOT}schema/${name}.schema.json`, 'utf8')) as Schema;
}

/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
/** Keywords whose value is a schema, or a list of them. */
const SCHEMA_PLACES = ['items', 'prefixItems', 'additionalItems', 'additionalProperties', 'anyOf', 'allOf', 'oneOf', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

/**
 * A copy of the schema in which every object schema that lists `properties` and says nothing of others allows no
 * others (`additionalProperties: false`): the published schemas allow fields added later, but the tests want a
 * field the code writes and the types do not describe to fail.
 */
export function strictCopy(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictCopy);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Schema = { ...(schema as Schema) };
  for (const key of SCHEMA_MAPS) {
    const map = copy[key];
    if (typeof map === 'object' && map !== null) {
      copy[key] = Object.fromEntries(Object.entries(map).map(([name, child]) => [name, strictCopy(child)]));
    }
  }
  for (const key of SCHEMA_PLACES) if (key in copy) copy[key] = strictCopy(copy[key]);
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

/** A validator of the schema (ajv, draft-07, every error reported). */
export function compileSchema(schema: unknown): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  return ajv.compile(schema as Schema);
}

const strictValidators = new Map<SchemaName, ValidateFunction>();

function errorLine(e: ErrorObject): string {
  const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify(e.params.additionalProperty)})` : '';
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
}

/** Asserts that the document is valid against the strict copy of the named schema; `label` says which run made it. */
export function assertMatchesSchema(name: SchemaName, document: unknown, label: string): void {
  let validate = strictValidators.get(name);
  if (validate === undefined) strictValidators.set(name, (validate = compileSchema(strictCopy(publishedSchema(name)))));
  if (validate(document)) return;
  const errors = (validate.errors ?? []).slice(0, 20).map(errorLine);
  assert.fail(`${label}: not valid against the strict ${name} schema:\n  ${errors.join('\n  ')}`);
}
