import type { StreamMetric } from '../schema/call-record.js';
import { formatNumber, formatNumberBeside } from './format-values.js';

/** How each CallDiagnostics metric is shown in a stream's line: a short label and its unit. */
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
  videoFrameRateAvg: ['fps', 'fps'],
  recvResolutionHeight: ['res', 'px'],
  recvFreezeDurationPerMinuteInMs: ['freeze', 'ms/min'],
  packetUtilization: ['packets', ''],
  videoBitRateAvg: ['bitrate', 'bps'],
  videoBitRateMax: ['bitrate max', 'bps'],
};

/** "RTT 47 ms", "loss 14%". `beside`, the limit it is past, shows it with the digits that keep the two apart (formatNumberBeside). */
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
