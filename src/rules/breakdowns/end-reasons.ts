import type { Call } from '../../model/call.js';
import { compareText } from '../../model/compare-text.js';
import { decodeEndReason, END_CODE_ROWS, type EndReason, isUnexpectedCategory } from '../decode-end-reason.js';
import { RESULT_CATEGORIES } from '../../schema/values.js';
import { compareNames, TallyCounter } from './rate-rows.js';

export interface EndCodeRow {
  code: number | null;
  subCode: number | null;
  resultCategory: string | null;
  /** From the ACS call-end code table; null for a code it does not list. */
  message: string | null;
  /** An ungraceful end, as Call Diagnostics counts it. */
  dropped: boolean;
  legs: number;
}

export interface EndReasonBreakdown {
  /** Legs (CallSummary records) of the calls. */
  legs: number;
  /**
   * Legs by ResultCategory (logged, else from the code table; null without either), in any case one category (see
   * categorySpelling); not Success first, then most legs.
   */
  byCategory: Array<{ resultCategory: string | null; legs: number }>;
  /**
   * Legs by end code and subcode, worst end first (dropped; failed: an unexpected result category; another category
   * than Success; Success), then most legs, then by code, subcode and category.
   */
  byCode: EndCodeRow[];
}

/** Every leg's end reason, decoded with the ACS call-end code table (decode-end-reason). */
export function endReasonsOf(calls: Call[]): EndReasonBreakdown {
  const tally = new EndReasonTally();
  for (const call of calls) for (const leg of call.legs) tally.add(decodeEndReason(leg.endReasonCode, leg.endReasonSubCode, leg.resultCategory));
  return tally.breakdown();
}

/** The breakdowns of several parts of the calls as one breakdown of them all. */
export function mergeEndReasons(parts: readonly EndReasonBreakdown[]): EndReasonBreakdown {
  const tally = new EndReasonTally();
  for (const part of parts) {
    for (const { code, subCode, resultCategory, message, dropped, legs } of part.byCode) tally.add({ code, subCode, resultCategory, message, dropped }, legs);
  }
  return tally.breakdown();
}

/** What a row of the tally tells of an end reason. */
type EndCode = Omit<EndReason, 'failed' | 'advice'>;

/**
 * Legs counted by end reason; one leg's reason adds one, a merged part's row its legs. A result category is counted
 * in any case (`success` and `Success` are one row), and shown in one spelling (categorySpelling).
 */
class EndReasonTally {
  private legs = 0;
  private readonly categories = new TallyCounter<string | null>((k) => k?.toLowerCase() ?? '');
  private readonly codes = new TallyCounter<EndCode>(codeKey);
  /** The spelling shown for each category met, by its lower case. */
  private readonly spellings = new Map<string, string>();

  add(reason: EndCode, legs = 1): void {
    this.legs += legs;
    const category = reason.resultCategory;
    if (category !== null) {
      const key = category.toLowerCase();
      this.spellings.set(key, categorySpelling(category, this.spellings.get(key)));
    }
    this.categories.add(category, legs);
    this.codes.add(reason, legs);
  }

  private spelled(category: string | null): string | null {
    return category === null ? null : this.spellings.get(category.toLowerCase())!;
  }

  breakdown(): EndReasonBreakdown {
    return {
      legs: this.legs,
      byCategory: this.categories
        .entries()
        .map(({ key, count }) => ({ resultCategory: this.spelled(key), legs: count }))
        .sort((a, b) => Number(isSuccess(a.resultCategory)) - Number(isSuccess(b.resultCategory)) || b.legs - a.legs || compareNames(a.resultCategory, b.resultCategory)),
      byCode: this.codes
        .entries()
        .map(({ key, count }) => ({ code: key.code, subCode: key.subCode, resultCategory: this.spelled(key.resultCategory), message: key.message, dropped: key.dropped, legs: count }))
        .sort(
          (a, b) =>
            endSeverity(a) - endSeverity(b) ||
            b.legs - a.legs ||
            (a.code ?? Infinity) - (b.code ?? Infinity) ||
            (a.subCode ?? -1) - (b.subCode ?? -1) ||
            compareNames(a.resultCategory, b.resultCategory),
        ),
    };
  }
}

/**
 * How bad an end is, 0 the worst: dropped (an ungraceful code); failed without being dropped (an unexpected result
 * category, decodeEndReason's `failed`: 495/4507, a call that never connected); another category than Success
 * (ExpectedError, one ACS does not document, or none known), as byCategory puts them before Success; Success. So a
 * failed code with few legs is not ranked among the successes, nor cut below them from the report's first rows.
 */
function endSeverity(row: { dropped: boolean; resultCategory: string | null }): number {
  if (row.dropped) return 0;
  if (isUnexpectedCategory(row.resultCategory)) return 1;
  return isSuccess(row.resultCategory) ? 3 : 2;
}

function codeKey(reason: EndCode): string {
  return `${reason.code ?? ''}/${reason.subCode ?? ''}/${reason.resultCategory?.toLowerCase() ?? ''}`;
}

/** The categories ACS documents, spelled as the call-end code table and the CallSummary schema spell them, by lower case. */
const KNOWN_CATEGORIES = new Map(
  [...END_CODE_ROWS.map((row) => row.resultCategory), ...RESULT_CATEGORIES].flatMap((c) => (c === null ? [] : [[c.toLowerCase(), c] as const])),
);

/**
 * How a result category logged in several cases is shown: as ACS spells it when it is one of its categories, else the
 * least spelling met in code-unit order. Not the first met: the calls are judged in parts on worker threads, and the
 * least of the parts' spellings is the least of all, so the report is the same however the calls were split.
 */
function categorySpelling(category: string, before: string | undefined): string {
  const known = KNOWN_CATEGORIES.get(category.toLowerCase());
  if (known !== undefined) return known;
  return before !== undefined && compareText(before, category) <= 0 ? before : category;
}

function isSuccess(category: string | null): boolean {
  return category?.toLowerCase() === 'success';
}
