import type { Call } from '../../model/call.js';
import { decodeEndReason, type EndReason } from '../decode-end-reason.js';
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
  /** Legs by ResultCategory (logged, else from the code table; null without either); not Success first, then most legs. */
  byCategory: Array<{ resultCategory: string | null; legs: number }>;
  /** Legs by end code and subcode; dropped first, then most legs, then by code. */
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
type EndCode = Omit<EndReason, 'failed'>;

/** Legs counted by end reason; one leg's reason adds one, a merged part's row its legs. */
class EndReasonTally {
  private legs = 0;
  private readonly categories = new TallyCounter<string | null>((k) => k ?? '');
  private readonly codes = new TallyCounter<EndCode>(codeKey);

  add(reason: EndCode, legs = 1): void {
    this.legs += legs;
    this.categories.add(reason.resultCategory, legs);
    this.codes.add(reason, legs);
  }

  breakdown(): EndReasonBreakdown {
    return {
      legs: this.legs,
      byCategory: this.categories
        .entries()
        .map(({ key, count }) => ({ resultCategory: key, legs: count }))
        .sort((a, b) => Number(isSuccess(a.resultCategory)) - Number(isSuccess(b.resultCategory)) || b.legs - a.legs || compareNames(a.resultCategory, b.resultCategory)),
      byCode: this.codes
        .entries()
        .map(({ key, count }) => ({ code: key.code, subCode: key.subCode, resultCategory: key.resultCategory, message: key.message, dropped: key.dropped, legs: count }))
        .sort((a, b) => Number(b.dropped) - Number(a.dropped) || b.legs - a.legs || (a.code ?? Infinity) - (b.code ?? Infinity) || (a.subCode ?? -1) - (b.subCode ?? -1)),
    };
  }
}

function codeKey(reason: EndCode): string {
  return `${reason.code ?? ''}/${reason.subCode ?? ''}/${reason.resultCategory ?? ''}`;
}

function isSuccess(category: string | null): boolean {
  return category?.toLowerCase() === 'success';
}
