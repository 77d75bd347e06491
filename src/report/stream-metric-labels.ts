import type { StreamMetric } from '../schema/call-record.js';
import { formatNumber } from './format-values.js';

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

export function formatStreamMetric(metric: StreamMetric, value: number): string {
  const [label, unit] = LABELS[metric];
  switch (unit) {
    case 'ratio':
      return `${label} ${formatNumber(value * 100)}%`;
    case 'px':
      return `${label} ${formatNumber(value)}p`;
    case 'bps':
      return `${label} ${formatNumber(value / 1000)} kbps`;
    case '':
      return `${label} ${formatNumber(value)}`;
    default:
      return `${label} ${formatNumber(value)} ${unit}`;
  }
}
