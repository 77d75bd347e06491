import table from '../data/call-end-codes.json' with { type: 'json' };
import { UNEXPECTED_RESULT_CATEGORIES } from '../schema/values.js';

/**
 * participantEndReason (+ ParticipantEndSubCode) decoded with the ACS Calling SDK call-end code table
 * (src/data/call-end-codes.json; its `source` names the page and commit it was transcribed from).
 */
export interface EndReason {
  code: number | null;
  subCode: number | null;
  resultCategory: string | null;
  message: string | null;
  /** What the code table advises doing about it (its Advice column), when it has a row with advice for the code. */
  advice: string | null;
  /** Ended ungracefully, as the Azure portal's Call Diagnostics counts it (by code alone). */
  dropped: boolean;
  /**
   * Ended on an unexpected error: dropped, or its result category (the log's own, else the code table's) is
   * UnexpectedClientError or UnexpectedServerError, as for a call that never connected (495/4507, an invalid token).
   */
  failed: boolean;
}

/**
 * The result categories of the call-end code table (and the log's ResultCategory) that are failures, in lower case:
 * a category is compared in any case (the log's is read in its documented spelling, toResultCategory).
 */
export const UNEXPECTED_CATEGORIES: ReadonlySet<string> = new Set(UNEXPECTED_RESULT_CATEGORIES.map((c) => c.toLowerCase()));

export interface CodeRow {
  code: number;
  subCode: number | null;
  resultCategory: string | null;
  message: string;
  /** The table's Advice column, where it has one. */
  advice?: string;
}

/**
 * What the reports say of a code the call-end code table has no row for (999/1234, or 502/1234: Call Diagnostics counts
 * 502 as ungraceful, the table has no row for it), where they would give its meaning: a blank read as the tool having
 * failed to decode it, or the code as meaning nothing. JSON keeps `message` null.
 */
export const NOT_IN_CODE_TABLE = 'not in the call-end code table';

/** The end codes that Call Diagnostics counts as "call ended ungracefully". */
export const UNGRACEFUL_CODES: ReadonlySet<number> = new Set([
  380, 400, 407, 408, 409, 410, 412, 417, 430, 439, 440, 481, 483, 488, 489, 493, 500, 502, 503, 504, 580,
]);

/** The rows of the call-end code table, as transcribed. */
export const END_CODE_ROWS: readonly CodeRow[] = table.codes as CodeRow[];

const rows = new Map<string, CodeRow>(END_CODE_ROWS.map((row) => [endCodeKey(row.code, row.subCode), row]));

/** How the table is keyed: `490/4502`, and `490/` for a code without a subcode. */
export function endCodeKey(code: number, subCode: number | null): string {
  return `${code}/${subCode ?? ''}`;
}

/**
 * Code 0 logged without a subcode (the schema's own examples have none): the table's 0/0 says "by local participant",
 * which would tell a support engineer who hung up when the log does not. Code 0 is a call that ended as calls do (its
 * subcodes are Success but for two ExpectedError ones); who ended it, and how, is the subcode's to say.
 */
export const CODE_ZERO_ALONE: CodeRow = { code: 0, subCode: null, resultCategory: 'Success', message: 'Call ended (no subcode logged to say how or by whom).' };

/**
 * A PSTN subcode the table has no row for that the PSTN code page's own rule reads: 560xxx (an outbound call) or
 * 540xxx (an inbound one) carries the final SIP response xxx that the user's or operator's Session Border Controller
 * generated, not the Microsoft service (call-end-codes.json's pstnNotes). The row of the code alone would say what
 * Communication Services meant by it (503: "Communication Services infrastructure error. File a support request"),
 * which sends the engineer to the wrong side of the call; null for any other subcode.
 */
function sbcResponseRow(code: number, subCode: number): CodeRow | null {
  const sip = subCode % 1000;
  const side = subCode - sip === 560_000 ? 'an outbound' : subCode - sip === 540_000 ? 'an inbound' : null;
  if (side === null || sip < 100 || sip > 699) return null;
  return {
    code,
    subCode,
    resultCategory: null,
    message: `SIP ${sip} from the PSTN side of ${side} call: the final response came from the user's or operator's Session Border Controller, not from Communication Services.`,
    advice: 'Check the Session Border Controller\'s logs for the call.',
  };
}

/**
 * The table row for (code, subCode); else, for a PSTN subcode (560xxx, 540xxx), what the subcode says
 * (sbcResponseRow); else the row for the code alone; else, without a subcode, (code, 0), whose meaning is the code's
 * own (487/0 canceled, 603/0 declined) but for code 0 (CODE_ZERO_ALONE).
 */
export function lookupEndCode(code: number, subCode: number | null): CodeRow | null {
  if (subCode !== null) return rows.get(endCodeKey(code, subCode)) ?? sbcResponseRow(code, subCode) ?? rows.get(endCodeKey(code, null)) ?? null;
  return rows.get(endCodeKey(code, null)) ?? (code === 0 ? CODE_ZERO_ALONE : (rows.get(endCodeKey(code, 0)) ?? null));
}

export function decodeEndReason(code: number | null, subCode: number | null, loggedCategory: string | null): EndReason {
  if (code === null) return { code, subCode, resultCategory: loggedCategory, message: null, advice: null, dropped: false, failed: isUnexpectedCategory(loggedCategory) };
  const row = lookupEndCode(code, subCode);
  // The log's own ResultCategory, when it has one, is the authority for this leg.
  const resultCategory = loggedCategory ?? row?.resultCategory ?? null;
  const dropped = UNGRACEFUL_CODES.has(code);
  return { code, subCode, resultCategory, message: row?.message ?? null, advice: row?.advice ?? null, dropped, failed: dropped || isUnexpectedCategory(resultCategory) };
}

/** UnexpectedClientError or UnexpectedServerError, in any case: an end that is a failure whatever its code. */
export function isUnexpectedCategory(resultCategory: string | null): boolean {
  return resultCategory !== null && UNEXPECTED_CATEGORIES.has(resultCategory.toLowerCase());
}
