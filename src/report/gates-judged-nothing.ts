import type { QualityTotals } from '../rules/assess-calls.js';
import type { GateName, GateResult } from '../rules/gates.js';
import type { Quality } from '../rules/issue.js';
import { describeGate, gateSourceText, type GateWording } from './describe-gate.js';
import { type StreamCounts, unknownReason } from './describe-unknown.js';
import { plural } from './format-values.js';

/**
 * Gates that passed with nothing to judge, and why: a window that holds no call, a pipeline whose CallDiagnostics have
 * not arrived yet (or whose streams have no metric read), an export without CallSummary (--max-failed-calls: no leg,
 * so no failed leg). Such a run goes green; stderr warns of it, and the reports a CI job shows (Markdown, the github
 * notice, the JUnit gate testcases) say it of each gate in the same words, since their readers never see stderr.
 */
export interface JudgedNothing {
  /** Who stderr's warning says passed: "the gates", "--max-failed-calls", "--fail-on-poor". */
  who: string;
  /** The gates it is said of. */
  gates: readonly GateName[];
  /** "no call in the selection", "no leg logged (5 calls, none with CallSummary); export the CallSummary category too". */
  why: string;
}

const NOTHING = 'passed with nothing to judge';

/**
 * Of summarize's gates (none crossed by what they judged nothing of). `metricsNoRuleJudges`: a stream of some call
 * read has a metric that no rule judges (a rule turned off), which is not "no metric read", as unknownReason says.
 */
export function summaryGatesJudgedNothing(gates: readonly GateResult[], t: QualityTotals, metricsNoRuleJudges: boolean): JudgedNothing[] {
  if (gates.length === 0) return [];
  if (t.calls === 0) return [{ who: 'the gates', gates: gates.map((g) => g.gate), why: 'no call in the selection' }];
  const out: JudgedNothing[] = [];
  const has = (name: GateName) => gates.some((g) => g.gate === name);
  const media = gates.filter((g) => g.gate !== 'max-failed-calls').map((g) => g.gate);
  if (media.length > 0 && t.unknownCalls === t.calls && !has('fail-on-unknown')) {
    const why = t.streams === 0 ? 'none with CallDiagnostics' : metricsNoRuleJudges ? 'no metric a rule judges on any stream' : 'no metric read on any stream';
    out.push({ who: 'the gates', gates: media, why: `no call of known quality (${plural(t.calls, 'call')}, ${why}); add --fail-on-unknown to fail then` });
  }
  if (has('max-failed-calls') && t.callsWithLegs === 0) {
    out.push({ who: '--max-failed-calls', gates: ['max-failed-calls'], why: `no leg logged (${plural(t.calls, 'call')}, none with CallSummary); export the CallSummary category too` });
  }
  return out;
}

/** Of call's gates: --fail-on-poor on a call whose quality is unknown (its CallDiagnostics not arrived), unless --fail-on-unknown. */
export function callGatesJudgedNothing(gates: readonly GateResult[], quality: Quality, counts: StreamCounts): JudgedNothing[] {
  const has = (name: GateName) => gates.some((g) => g.gate === name);
  if (quality !== 'unknown' || !has('fail-on-poor') || has('fail-on-unknown')) return [];
  return [{ who: '--fail-on-poor', gates: ['fail-on-poor'], why: `the call's quality is unknown (${unknownReason(counts)}); add --fail-on-unknown to fail then` }];
}

/** "warning: the gates passed with nothing to judge: no call in the selection", for stderr. */
export function judgedNothingWarning(n: JudgedNothing): string {
  return `warning: ${n.who} ${NOTHING}: ${n.why}`;
}

/** Why a gate judged nothing, when it passed so; null when it judged something (or was crossed). */
export function judgedNothingOf(gate: GateResult, judgedNothing: readonly JudgedNothing[]): JudgedNothing | null {
  if (gate.crossed) return null;
  return judgedNothing.find((n) => n.gates.includes(gate.gate)) ?? null;
}

/**
 * A gate as the CI reports list it: "❌ max-poor-calls crossed: …", "✅ max-poor-calls passed: …", or, for one that had
 * nothing to judge, "⚠️ max-poor-calls passed with nothing to judge: no call in the selection" — not a "0 of 0" that
 * reads as a pass.
 */
export function gateListLine(gate: GateResult, judgedNothing: readonly JudgedNothing[], wording: GateWording = {}): string {
  const nothing = judgedNothingOf(gate, judgedNothing);
  if (nothing !== null) return `⚠️ ${describeJudgedNothing(gate, nothing, wording)}`;
  return `${gate.crossed ? '❌' : '✅'} ${describeGate(gate, wording)}`;
}

/** "max-poor-calls passed with nothing to judge (set by --max-poor-calls): no call in the selection". */
export function describeJudgedNothing(gate: GateResult, n: JudgedNothing, wording: GateWording = {}): string {
  return `${gate.gate} ${NOTHING} (${gateSourceText(gate.source, wording)}): ${n.why}`;
}
