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
  const reasons = calls.flatMap((call) => call.legs.map((leg) => decodeEndReason(leg.endReasonCode, leg.endReasonSubCode, leg.resultCategory)));
  const categories = new TallyCounter<string | null>((k) => k ?? '');
  const codes = new TallyCounter<EndReason>(codeKey);
  for (const reason of reasons) {
    categories.add(reason.resultCategory);
    codes.add(reason);
  }
  return {
    legs: reasons.length,
    byCategory: categories
      .entries()
      .map(({ key, count }) => ({ resultCategory: key, legs: count }))
      .sort((a, b) => Number(isSuccess(a.resultCategory)) - Number(isSuccess(b.resultCategory)) || b.legs - a.legs || compareNames(a.resultCategory, b.resultCategory)),
    byCode: codes
      .entries()
      .map(({ key, count }) => ({ code: key.code, subCode: key.subCode, resultCategory: key.resultCategory, message: key.message, dropped: key.dropped, legs: count }))
      .sort((a, b) => Number(b.dropped) - Number(a.dropped) || b.legs - a.legs || (a.code ?? Infinity) - (b.code ?? Infinity) || (a.subCode ?? -1) - (b.subCode ?? -1)),
  };
}

function codeKey(reason: EndReason): string {
  return `${reason.code ?? ''}/${reason.subCode ?? ''}/${reason.resultCategory ?? ''}`;
}

function isSuccess(category: string | null): boolean {
  return category?.toLowerCase() === 'success';
}
