/**
 * The unit a client media-stats metric's name carries, as ACSCallClientMediaStatsTimeSeries names them
 * (`JitterInMs`, `RoundTripTimeInMs`, `PacketsLostPerSecond`, `FramesPerSecond`, `RecvFreezeDurationPerMinuteInMs`),
 * shown as the stream metrics show theirs (stream-metric-labels.ts: `38 ms`, `24 fps`, `180 ms/min`, `12%`). A name
 * that carries none (`Bitrate`, `FrameHeight`, one the SDK adds later) gets none: no unit is guessed. Text only: JSON
 * keeps the numbers.
 */
const UNITS: Array<[suffix: RegExp, unit: string]> = [
  [/PerMinuteIn(?:Ms|Milliseconds)$/, 'ms/min'],
  [/(?:In)?(?:Ms|Milliseconds)$/, 'ms'],
  [/FramesPerSecond$/, 'fps'],
  [/(?:In)?Kbps$/, 'kbps'],
  [/(?:In)?Bps$/, 'bps'],
  [/PerSecond$/, '/s'],
  [/In(?:Seconds|Sec)$/, 's'],
  [/(?:In)?Percent(?:age)?$/, '%'],
];

/** The unit of a media-stats metric by its name: `ms`, `fps`, `/s`…, or '' when its name carries none. */
export function mediaSeriesUnit(metricName: string): string {
  return UNITS.find(([suffix]) => suffix.test(metricName))?.[1] ?? '';
}

/** A figure of a media series with its unit: "29.67 ms", "3.011/s", "12%", "27 fps"; the figure alone without one. */
export function withMediaUnit(figure: string, unit: string): string {
  if (unit === '') return figure;
  return unit === '%' || unit.startsWith('/') ? `${figure}${unit}` : `${figure} ${unit}`;
}
