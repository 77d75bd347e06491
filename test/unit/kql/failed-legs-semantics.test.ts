import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildKqlQuery } from '../../../src/kql/build-kql-query.js';
import { JS_TRIM_CLASS } from '../../../src/kql/failed-legs-kql.js';
import { decodeEndReason, UNGRACEFUL_CODES } from '../../../src/rules/decode-end-reason.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { toNumber, toResultCategory } from '../../../src/schema/values.js';
import { dynamicLets, evaluateLet } from '../../support/kql-row-interpreter.js';
import { ROOT } from '../../support/run-cli.js';

/**
 * The KQL's failed legs against summarize's: the query's LegEnds steps, run by a small interpreter of the forms
 * they take (test/support/kql-row-interpreter.ts), give for a leg's logged ParticipantEndReason, ParticipantEndSubCode
 * and ResultCategory what decodeEndReason gives for the same values as the CLI reads them.
 */
const QUERY = buildKqlQuery({ thresholds: defaultThresholds(), origins: new Map(), since: null, perCall: false });
const PER_CALL = buildKqlQuery({ thresholds: defaultThresholds(), origins: new Map(), since: null, perCall: true });

interface CodeRow {
  code: number;
  subCode: number | null;
  resultCategory: string | null;
}
/** Read from the file, not through the module the query is generated from. */
const TABLE = (JSON.parse(readFileSync(`${ROOT}src/data/call-end-codes.json`, 'utf8')) as { codes: CodeRow[] }).codes;

interface LegEnd {
  failed: boolean;
  dropped: boolean;
  resultCategory: string | null;
}

function kqlLegEnd(query: string, code: string, subCode: string, category: string): LegEnd & { codeKey: string } {
  const out = evaluateLet(query, 'LegEnds', { ParticipantEndReason: code, ParticipantEndSubCode: subCode, ResultCategory: category });
  assert.equal(typeof out.Failed, 'boolean');
  return { failed: out.Failed as boolean, dropped: out.Dropped as boolean, resultCategory: (out.EndCategory as string) || null, codeKey: out.EndCode as string };
}

/** A workspace column holds "" for absent; the CLI reads the same text as it reads any export. */
function cliLegEnd(code: string, subCode: string, category: string): LegEnd & { code: number | null } {
  const r = decodeEndReason(toNumber(code), toNumber(subCode), toResultCategory(category));
  return { failed: r.failed, dropped: r.dropped, resultCategory: r.resultCategory, code: r.code };
}

function assertSame(query: string, code: string, subCode: string, category: string): void {
  const kql = kqlLegEnd(query, code, subCode, category);
  const cli = cliLegEnd(code, subCode, category);
  const at = JSON.stringify({ code, subCode, category });
  assert.deepEqual({ failed: kql.failed, dropped: kql.dropped, resultCategory: kql.resultCategory }, { failed: cli.failed, dropped: cli.dropped, resultCategory: cli.resultCategory }, at);
  if (cli.code !== null && Number.isSafeInteger(cli.code)) assert.equal(kql.codeKey, String(cli.code), at);
}

const TABLE_CODES = [...new Set([...TABLE.map((r) => r.code), ...UNGRACEFUL_CODES])].map(String);
const TABLE_SUBCODES = [...new Set(TABLE.map((r) => r.subCode).filter((s) => s !== null))].map(String);
const ODD = ['', '  ', 'None', 'null', 'NULL', 'undefined', 'abc', '0x1EA', '-0', '+0', '1e999', 'Infinity', 'NaN', '4.9e2', '-487', '1.5', '.5', '9007199254740993'];
/** A number as a log might write it: padded, signed, with zeros or a point, or not whole. */
function spellings(numbers: string[]): fc.Arbitrary<string> {
  const spelled = fc.tuple(fc.constantFrom(...numbers), fc.constantFrom('', ' ', '\u00a0', '\ufeff', '+', '0', '\t')).map(([n, pad]) => `${pad}${n}`);
  const suffixed = fc.tuple(fc.constantFrom(...numbers), fc.constantFrom('', ' ', '.0', '.', 'e0', '.5', '\u2028')).map(([n, end]) => `${n}${end}`);
  return fc.oneof(fc.constantFrom(...numbers), spelled, suffixed, fc.integer({ min: 0, max: 700 }).map(String), fc.constantFrom(...ODD));
}
const CATEGORIES = ['', 'Success', 'ExpectedError', 'UnexpectedClientError', 'UnexpectedServerError', 'unexpectedclienterror', 'UNEXPECTEDSERVERERROR',
  ' UnexpectedClientError ', '\tUnexpectedServerError', 'None', ' none ', 'null', 'Undefined', 'Unexpected', 'UnexpectedClientErrorX',
  'success', 'SUCCESS', 'expectedError', 'EXPECTEDERROR', 'unexpectedClientError', ' unexpectedServerError\u00a0', 'Unexpected Client Error'];

test('the query\'s code table is the call-end code table, and its ungraceful codes are UNGRACEFUL_CODES', () => {
  const lets = dynamicLets(QUERY);
  assert.deepEqual(lets.EndCodeCategories, Object.fromEntries(TABLE.map((r) => [`${r.code}/${r.subCode ?? ''}`, r.resultCategory ?? ''])));
  assert.deepEqual(lets.UngracefulEndCodes, [...UNGRACEFUL_CODES].map(String));
  // What makes a leg fail by the table alone: the rows whose category is an unexpected error, and the ungraceful codes.
  const unexpected = Object.entries(lets.EndCodeCategories as Record<string, string>).filter(([, c]) => /^Unexpected(Client|Server)Error$/.test(c)).map(([key]) => key);
  assert.deepEqual(unexpected, TABLE.filter((r) => r.resultCategory === 'UnexpectedClientError' || r.resultCategory === 'UnexpectedServerError').map((r) => `${r.code}/${r.subCode}`));
  assert.ok(unexpected.includes('495/4507'), 'a call that never connected');
  assert.deepEqual(dynamicLets(PER_CALL), lets, 'the per-call query decides with the same tables');
});

test('every row of the code table, and every code alone, fails in the KQL exactly when summarize says it fails', () => {
  for (const category of ['', 'Success', 'UnexpectedServerError', 'None']) {
    for (const row of TABLE) assertSame(QUERY, String(row.code), row.subCode === null ? '' : String(row.subCode), category);
    for (const code of TABLE_CODES) {
      assertSame(QUERY, code, '', category);
      assertSame(QUERY, code, '99999', category);
    }
  }
});

test('any logged code, subcode and result category: the KQL decides failed, dropped and the category as summarize does', () => {
  fc.assert(
    fc.property(spellings(TABLE_CODES), spellings(TABLE_SUBCODES), fc.constantFrom(...CATEGORIES), (code, subCode, category) => {
      assertSame(QUERY, code, subCode, category);
    }),
    { numRuns: 4000 },
  );
  // The per-call query has the same LegEnds.
  assertSame(PER_CALL, '495', '4507', '');
});

test('the comparison is not vacuous: a query with a row or an ungraceful code missing, or a fallback wrong, disagrees', () => {
  const disagrees = (tampered: string, code: string, subCode: string) => {
    assert.notEqual(tampered, QUERY);
    assert.throws(() => assertSame(tampered, code, subCode, ''), assert.AssertionError, `${code}/${subCode}`);
  };
  disagrees(QUERY.replace('"495/4507": "UnexpectedClientError",\n', ''), '495', '4507');
  disagrees(QUERY.replace('"503", ', ''), '503', '9999');
  disagrees(QUERY.replace('strcat(EndCode, "/0")', 'strcat(EndCode, "/")'), '487', '');
  disagrees(QUERY.replace(/\n\s+isnotempty\(EndSubCode\), "",/, ''), '487', '99');
  disagrees(QUERY.replace('tostring(tolong(EndCodeNumber))', 'EndCodeText'), '0495', '4507');
  assert.deepEqual(kqlLegEnd(QUERY, '495', '4507', ''), { failed: true, dropped: false, resultCategory: 'UnexpectedClientError', codeKey: '495' });
});

test('a logged ResultCategory in any case is the documented spelling in the KQL, as summarize reads it', () => {
  for (const [logged, documented] of [['unexpectedClientError', 'UnexpectedClientError'], [' SUCCESS ', 'Success'], ['expectederror', 'ExpectedError'], ['UNEXPECTEDSERVERERROR', 'UnexpectedServerError'], ['Other', 'Other']]) {
    assert.equal(kqlLegEnd(QUERY, '0', '0', logged!).resultCategory, documented, logged);
    assert.equal(cliLegEnd('0', '0', logged!).resultCategory, documented, logged);
  }
  // The unexpected categories are written as the schema article spells them.
  assert.match(QUERY, /EndCategory in~ \("UnexpectedClientError", "UnexpectedServerError"\);/);
});

test('the KQL trims what JavaScript\'s trim() trims, and nothing else', () => {
  const kqlClass = new RegExp(`^${JS_TRIM_CLASS.replace(/\\x\{([0-9a-fA-F]+)\}/g, '\\u{$1}')}$`, 'u');
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(kqlClass.test(ch), ch.trim() === '', `U+${c.toString(16).padStart(4, '0')}`);
  }
});
