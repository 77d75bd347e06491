import type { GateResult } from '../rules/gates.js';
import { formatNumber } from './format-values.js';

const NOUN: Record<GateResult['gate'], [one: string, many: string]> = {
  'max-poor-calls': ['poor call', 'poor calls'],
  'max-poor-streams': ['poor stream', 'poor streams'],
  'max-failed-calls': ['call with a failed leg', 'calls with a failed leg'],
  'fail-on-unknown': ['call of unknown quality', 'calls of unknown quality'],
  'fail-on-poor': ['poor call', 'poor calls'],
};

/** "max-poor-calls: 37.5% poor calls (3 of 8 known) > 10% allowed — over by 27.5 points". */
export function describeGate(result: GateResult): string {
  const [one, many] = NOUN[result.gate];
  // A percentage speaks of the share ("12% poor streams"); a count agrees with its number.
  const noun = result.unit === 'count' && result.count === 1 ? one : many;
  const verdict = result.crossed ? 'crossed' : 'passed';
  if (result.gate === 'fail-on-unknown' || result.gate === 'fail-on-poor') {
    return `${result.gate} ${verdict}: ${result.count} ${noun}${result.crossed ? '' : ' (none allowed)'}`;
  }
  if (result.unit === 'percent') {
    const gap = formatNumber(result.actual - result.limit);
    const over = result.crossed ? ` — over by ${gap} ${gap === '1' ? 'point' : 'points'}` : '';
    const of = result.gate === 'max-failed-calls' ? 'with a CallSummary' : 'known';
    return `${result.gate} ${verdict}: ${shareText(result)}% ${noun} (${result.count} of ${result.of} ${of}) ${result.crossed ? '>' : '≤'} ${result.limit}% allowed${over}`;
  }
  const over = result.crossed ? ` — over by ${result.actual - result.limit}` : '';
  return `${result.gate} ${verdict}: ${result.count} ${noun} ${result.crossed ? '>' : '≤'} ${result.limit} allowed${over}`;
}

/**
 * The share found, to as many places as keep it on its side of the limit (shown as given): 4 of 7 over 57.14% is
 * 57.143%, and 2 of 3 under 66.667% is 66.667%, not 66.67%, which would read as over.
 */
function shareText(result: GateResult): string {
  const onItsSide = (shown: number) => (result.crossed ? shown > result.limit : shown <= result.limit);
  const shown = formatNumber(result.actual);
  if (onItsSide(Number(shown))) return shown;
  for (let places = 1; places <= 12; places++) {
    const text = result.actual.toFixed(places);
    if (onItsSide(Number(text))) return String(Number(text));
  }
  return shown;
}
