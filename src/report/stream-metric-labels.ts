import type { StreamMetric } from '../schema/call-record.js';
import { formatNumber, formatNumberBeside } from './format-values.js';

/**
 * How each CallDiagnostics metric is shown in a stream's line: a short label and its unit, each said once ("frame
 * rate 14.8 fps", not "fps 14.8 fps"). A metric a rule judges has the label summarize's Breaches cells give it
 * (describe-issue.ts METRIC_WORDING's `short`): "jbuf 260 ms (limit 200 ms)" here, "jbuf 260 > 200 ms" there.
 */
const LABELS: Record<StreamMetric, [label: string, unit: 'ms' | 'ratio' | 'fps' | 'px' | 'ms/min' | 'bps' | '']> = {
  roundTripTimeAvg: ['RTT', 'ms'],
  roundTripTimeMax: ['RTT max', 'ms'],
  jitterAvg: ['jitter', 'ms'],
  jitterMax: ['jitter max', 'ms'],
  packetLossRateAvg: ['loss', 'ratio'],
  packetLossRateMax: ['loss max', 'ratio'],
  jitterBufferSizeAvg: ['jbuf', 'ms'],
  jitterBufferSizeMax: ['jbuf max', 'ms'],
  healedDataRatioAvg: ['healed', 'ratio'],
  healedDataRatioMax: ['healed max', 'ratio'],
  videoFrameRateAvg: ['frame rate', 'fps'],
  recvResolutionHeight: ['res', 'px'],
  recvFreezeDurationPerMinuteInMs: ['freeze', 'ms/min'],
  packetUtilization: ['packets', ''],
  videoBitRateAvg: ['bitrate', 'bps'],
  videoBitRateMax: ['bitrate max', 'bps'],
};

/** "RTT 47 ms", "loss 14%", "frame rate 14.8 fps". `beside`, the limit it is past, shows it with the digits that keep the two apart (formatNumberBeside). */
export function formatStreamMetric(metric: StreamMetric, value: number, beside?: number): string {
  const [label, unit] = LABELS[metric];
  const shown = (scale: number) => (beside === undefined ? formatNumber(value * scale) : formatNumberBeside(value * scale, beside * scale));
  switch (unit) {
    case 'ratio':
      return `${label} ${shown(100)}%`;
    case 'px':
      return `${label} ${shown(1)}p`;
    case 'bps':
      return `${label} ${formatNumber(value / 1000)} kbps`;
    case '':
      return `${label} ${shown(1)}`;
    default:
      return `${label} ${shown(1)} ${unit}`;
  }
}
