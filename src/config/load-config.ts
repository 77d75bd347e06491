import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { brokenLinkProblem } from '../input/broken-link.js';
import { carriageReturnPathHint } from '../input/carriage-return-hint.js';
import { ConfigError, configKeyError, configValueError } from './config-error.js';
import { firstDuplicateKey } from './duplicate-json-key.js';
import { jsonKind } from './json-kind.js';
import { jsonSyntaxReason } from './json-syntax-error.js';
import { type Config, configSchema } from './config-schema.js';
import { withCanonicalThresholdKeys } from './canonical-threshold-keys.js';
import { type WrittenNumbers, writtenNumbers } from './written-json-numbers.js';

export const CONFIG_FILE = 'acs-calllogs.config.json';

export interface LoadedConfig {
  path: string | null;
  config: Config;
  /** The file's numbers as written, where JSON.parse reads them otherwise (`1e999`): for messages about them. */
  written: WrittenNumbers;
}

/**
 * `--config <path>`, else the first acs-calllogs.config.json from `cwd` upward, else nothing. A config file that is a
 * link to nothing (a shared config not checked out) or a folder is an error, not a config to pass over for one further
 * up, or for none: a CI gate would pass on other limits than its own.
 */
export function findConfig(explicit: string | undefined, cwd: string = process.cwd()): string | null {
  if (explicit !== undefined) {
    // Most often a variable the shell found unset (`--config "$ACS_CONFIG"`): resolved, '' is the current folder, and
    // the error said "is a folder", of a folder never named.
    if (explicit === '') throw new ConfigError(`--config '': the path is empty (an unset variable?): expected --config <path>`);
    const path = resolve(cwd, explicit);
    if (!isConfigAt(path, `--config ${explicit}`)) throw new ConfigError(`${explicit}: no such config file${carriageReturnPathHint(explicit)}`);
    return path;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (isConfigAt(candidate, candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Whether there is a config file at `path` (what cannot be statted is none, as for existsSync); throws ConfigError,
 * naming it as `named`, when it is a link to nothing or a folder (reading it said only Node's "EISDIR: illegal
 * operation on a directory").
 */
function isConfigAt(path: string, named: string): boolean {
  const broken = brokenLinkProblem(path);
  if (broken !== null) throw new ConfigError(`config file ${broken}`);
  let info;
  try {
    info = statSync(path);
  } catch {
    return false;
  }
  if (info.isDirectory()) throw new ConfigError(`${named}: is a folder, not a config file`);
  return true;
}

export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): LoadedConfig {
  const path = findConfig(explicit, cwd);
  if (path === null) return { path: null, config: {}, written: new Map() };
  let raw: unknown;
  let text = '';
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not JSON: ${jsonSyntaxReason(error.message, text)}` : (error as Error).message;
    throw new ConfigError(`${path}: ${reason}`);
  }
  // A key given twice: JSON.parse keeps the last, when which was meant cannot be told.
  const twice = firstDuplicateKey(text);
  if (twice !== null) {
    const lines = twice.firstLine === twice.secondLine ? `both on line ${twice.firstLine}` : `lines ${twice.firstLine} and ${twice.secondLine}`;
    throw new ConfigError(`${path}: ${twice.path.join('.')}: one key given twice (${lines}); keep one`);
  }
  // Metric and media-type names in any case, as the flags take them; errors name the keys as the schema spells them.
  raw = withCanonicalThresholdKeys(path, raw);
  const written = writtenNumbers(text);
  const parsed = configSchema().safeParse(raw);
  if (!parsed.success) throw issueError(path, parsed.error.issues[0]!, raw, written);
  const config = parsed.data;
  // Inputs are relative to the config file, wherever the command runs.
  if (config.inputs) config.inputs = config.inputs.map((p) => (p === '-' ? p : resolve(dirname(path), p)));
  return { path, config, written };
}

/** The words for the types zod names, as what a key takes. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  string: 'a string',
  number: 'a number',
};

/**
 * A schema issue as a config error (config-error.ts): the file, the key path, what was given, what the key takes.
 * Zod's own messages ("Invalid input") say neither what was given nor, for a union, what it takes: each union of the
 * schema names what it takes as its error, and a union whose value got past one branch's type (an object of limits by
 * media type) is told by that branch's issue, deeper in.
 */
function issueError(file: string, issue: z.core.$ZodIssue, raw: unknown, written: WrittenNumbers): ConfigError {
  if (issue.code === 'invalid_union') {
    const inner = deepestBranchIssue(issue);
    if (inner !== null) return issueError(file, { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, raw, written);
  }
  const given = valueAt(raw, issue.path);
  // What is wrong with a value of the wrong kind; a number past what a double holds (1e999, read as Infinity) where a number is taken is too large.
  const kindProblem = (takesNumbers: boolean) => (typeof given === 'number' && !Number.isFinite(given) && takesNumbers ? 'is too large' : `is ${jsonKind(given)}`);
  switch (issue.code) {
    case 'unrecognized_keys':
      return configKeyError(file, issue.path, issue.keys, keysAt(configSchema(), issue.path));
    case 'invalid_type':
      return configValueError(file, issue.path, given, kindProblem(issue.expected === 'number'), TYPE_WORDS[issue.expected] ?? issue.expected, written);
    case 'invalid_union':
      // The schema's unions (a gate, a limit) each take a number.
      return configValueError(file, issue.path, given, kindProblem(true), issue.message, written);
    case 'invalid_value':
      return configValueError(file, issue.path, given, 'is not one of the values taken', `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, written);
    case 'too_small': {
      const what = issue.origin === 'string' ? 'character' : issue.origin === 'array' ? 'item' : '';
      const expected = what ? `at least ${String(issue.minimum)} ${what}${Number(issue.minimum) === 1 ? '' : 's'}` : `at least ${String(issue.minimum)}`;
      return configValueError(file, issue.path, given, given === '' ? 'is empty' : 'is too small', expected, written);
    }
    default:
      return configValueError(file, issue.path, given, 'is not taken', issue.message, written);
  }
}

/** Of a union's branches, the issue of the one that got into the value (its issue has a path), else null. */
function deepestBranchIssue(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | null {
  let best: z.core.$ZodIssue | null = null;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first !== undefined && first.path.length > (best?.path.length ?? 0)) best = first;
  }
  return best;
}

/** The value at a key path of the parsed file. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What keysAt reads of a zod schema: its public members (`type`, an object's `shape`, an optional's `unwrap()`, a union's `options`). */
interface SchemaNode {
  type: string;
  shape?: Record<string, SchemaNode>;
  unwrap?: () => SchemaNode;
  options?: readonly SchemaNode[];
}

/** The keys the schema takes for the object at a key path (through optional and union), or null when it cannot tell. */
function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] | null {
  const objectOf = (node: SchemaNode | undefined): SchemaNode | undefined => {
    if (node?.type === 'optional') return objectOf(node.unwrap?.());
    if (node?.type === 'union') return node.options?.map(objectOf).find((o) => o !== undefined);
    return node?.type === 'object' ? node : undefined;
  };
  let node = objectOf(schema as SchemaNode);
  for (const key of path) node = objectOf(Object.hasOwn(node?.shape ?? {}, String(key)) ? node!.shape![String(key)] : undefined);
  return node?.shape ? Object.keys(node.shape) : null;
}
