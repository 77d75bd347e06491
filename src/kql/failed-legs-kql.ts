import { CODE_ZERO_ALONE, END_CODE_ROWS, endCodeKey, UNGRACEFUL_CODES } from '../rules/decode-end-reason.js';
import { ABSENT_TEXTS, DECIMAL_NOTATION, RESULT_CATEGORIES, UNEXPECTED_RESULT_CATEGORIES } from '../schema/values.js';
import { kqlNumber, kqlString } from './kql-literal.js';

/**
 * Failed legs in KQL, decided as summarize decides them (src/rules/decode-end-reason.ts), from the same data: the
 * call-end code table (src/data/call-end-codes.json) and UNGRACEFUL_CODES are written into the query here, never
 * copied by hand. Values are read as the CLI reads them (src/schema/values.ts): text trimmed of what JavaScript's
 * trim() removes, an absent spelling ("null", "None") absent, a number in decimal notation only.
 */

/** The white space JavaScript's String.prototype.trim removes, as an RE2 class (KQL's regular expressions). */
export const JS_TRIM_CLASS = String.raw`[\t\n\v\f\r\x{feff}\p{Z}]`;

/** Past 2^53 a double is no longer every whole number: none is a code, and tolong() stays in range. */
const WHOLE_BELOW = kqlNumber(2 ** 53);

/** `let EndCodeCategories` (table key → result category, "" for none) and `let UngracefulEndCodes` (code keys). */
export function endCodeTablesLet(): string[] {
  const rows = END_CODE_ROWS.map((row) => `    ${kqlString(endCodeKey(row.code, row.subCode))}: ${kqlString(row.resultCategory ?? '')}`);
  const ungraceful = [...UNGRACEFUL_CODES].map((code) => kqlString(String(code)));
  return [
    '// The call-end code table (src/data/call-end-codes.json) keyed as summarize keys it, "code/subcode" ("code/" for a',
    '// code without a subcode), to the row\'s result category ("" when the table gives none).',
    'let EndCodeCategories = dynamic({',
    ...rows.map((row, i) => `${row}${i === rows.length - 1 ? '' : ','}`),
    '});',
    '// The end codes the portal\'s Call Diagnostics counts as "call ended ungracefully": a leg that ends on one is dropped.',
    `let UngracefulEndCodes = dynamic([${ungraceful.join(', ')}]);`,
  ];
}

/** A log column's text as summarize reads it: trimmed (absent spellings are dropped after). */
function logText(column: string): string {
  return `trim(@"${JS_TRIM_CLASS}+", ${column})`;
}

/** The number in the column `text`, read as summarize reads numbers: decimal notation only, else null. */
function logNumber(text: string): string {
  return `iff(${text} matches regex @"${DECIMAL_NOTATION.source}", toreal(${text}), real(null))`;
}

/**
 * The code-table key of the number `n` read from `text`: a whole number's digits (as JavaScript prints them); "" when
 * absent or not a number; a fraction, which matches no row, "~" and its text.
 */
function numberKey(n: string, text: string): string[] {
  return [
    `            isfinite(${n}) and ${n} == floor(${n}, 1) and abs(${n}) < ${WHOLE_BELOW}, tostring(tolong(${n})),`,
    `            isfinite(${n}), strcat("~", ${text}),`,
    '            "")',
  ];
}

/**
 * `let LegEnds`: LegRecords with how each leg ended. EndCode and EndSubCode are the code table's keys of the logged
 * ParticipantEndReason and ParticipantEndSubCode; EndCategory the log's own ResultCategory (a documented one in its
 * documented spelling, as summarize reads it), else the table's;
 * Dropped an ungraceful code; Failed dropped, or an unexpected EndCategory.
 */
export function legEndsLet(): string[] {
  const absent = [...ABSENT_TEXTS].filter((t) => t !== '').map(kqlString);
  const unexpected = UNEXPECTED_RESULT_CATEGORIES.map(kqlString);
  const spelled = RESULT_CATEGORIES.map((c) => `LoggedCategory =~ ${kqlString(c)}, ${kqlString(c)}`);
  const zero = CODE_ZERO_ALONE;
  return [
    '// A leg fails when it is dropped, or when its result category (the log\'s own ResultCategory, else the code table\'s)',
    '// is an unexpected error, client or server, as for a call that never connected.',
    'let LegEnds = LegRecords',
    '    // Text as summarize reads it: trimmed, and an absent spelling ("null", "None") empty; numbers in decimal notation.',
    `    | extend EndCodeText = ${logText('ParticipantEndReason')},`,
    `        EndSubCodeText = ${logText('ParticipantEndSubCode')},`,
    `        LoggedCategory = ${logText('ResultCategory')}`,
    `    | extend LoggedCategory = iff(LoggedCategory in~ (${absent.join(', ')}), "", LoggedCategory),`,
    `        EndCodeNumber = ${logNumber('EndCodeText')},`,
    `        EndSubCodeNumber = ${logNumber('EndSubCodeText')}`,
    '    // A documented result category in its documented spelling, however the log cases it (toResultCategory).',
    `    | extend LoggedCategory = case(${spelled.join(', ')}, LoggedCategory)`,
    '    // The code table\'s keys of the code and subcode: a whole number\'s digits; "" when absent; a fraction matches no row.',
    '    | extend',
    '        EndCode = case(',
    ...numberKey('EndCodeNumber', 'EndCodeText').map((line, i, all) => (i === all.length - 1 ? `${line},` : line)),
    '        EndSubCode = case(',
    ...numberKey('EndSubCodeNumber', 'EndSubCodeText'),
    '    | extend EndCodeRow = strcat(EndCode, "/", EndSubCode), EndCodeAloneRow = strcat(EndCode, "/")',
    '    // The row for (code, subcode); else the row for the code alone; else, without a subcode, (code, 0), but code 0',
    '    // alone is a call that ended as calls do.',
    '    | extend TableCategory = case(',
    '        isempty(EndCode), "",',
    '        bag_has_key(EndCodeCategories, EndCodeRow), tostring(EndCodeCategories[EndCodeRow]),',
    '        bag_has_key(EndCodeCategories, EndCodeAloneRow), tostring(EndCodeCategories[EndCodeAloneRow]),',
    '        isnotempty(EndSubCode), "",',
    `        EndCode == ${kqlString(String(zero.code))}, ${kqlString(zero.resultCategory ?? '')},`,
    '        tostring(EndCodeCategories[strcat(EndCode, "/0")]))',
    '    | extend EndCategory = iff(isnotempty(LoggedCategory), LoggedCategory, TableCategory)',
    '    | extend Dropped = set_has_element(UngracefulEndCodes, EndCode)',
    `    | extend Failed = Dropped or EndCategory in~ (${unexpected.join(', ')});`,
  ];
}
