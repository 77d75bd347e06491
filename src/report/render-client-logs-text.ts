import type { ChalkInstance } from 'chalk';
import type { CallStory } from '../rules/assess-call-story.js';
import { otherEndWord } from '../schema/direction-word.js';
import { type MediaSeries, otherEndId, sameStreamKind } from '../rules/evaluate-media-series.js';
import { seriesLegName } from './series-leg-id.js';
import { clientIdName, clientIdShown } from './client-id-shown.js';
import { legId, legNameOf, offset } from './call-story-ids.js';
import { formatNumber, formatNumberBeside } from './format-values.js';
import { mediaSeriesUnit, withMediaUnit } from './media-series-unit.js';
import { sparklineOverTime } from './render-sparkline.js';
import { safeText } from '../schema/visible-text.js';
import stringWidth from 'string-width';
import { wrapParts } from './wrap-parts.js';

const SPARK_WIDTH = 32;

/**
 * " from 3c1f", " to 3c1f": the other end of a client media series, when logged; a P2P client's RemoteParticipantId,
 * which no leg has, under the leg its operations tie it to, as the series' own id is (" from ea000001 (client
 * 9c000008)"). " from ?" when it is not but other series of its participant, direction, media and metric name theirs
 * (rows that name none beside several: see buildMediaSeries): without a word it would read as the whole of what the
 * participant received.
 */
export function otherEnd(story: CallStory, s: MediaSeries): string {
  const other = otherEndId(s);
  if (other !== null) return ` ${otherEndWord(s.direction)} ${clientIdName(clientIdShown(story.remoteLegs.get(s), other), (id) => legId(story, id))}`;
  const named = story.mediaSeries.some((o) => otherEndId(o) !== null && sameStreamKind(o, s));
  return named ? ` ${otherEndWord(s.direction)} ?` : '';
}

/**
 * A series' figure beside the limit it is judged by, with the digits that keep the two apart (formatNumberBeside):
 * an average of 30.001 past 30 reads "avg 30.001 · limit 30", not "avg 30 · limit 30"; its minimum and maximum alike,
 * so that a maximum of 30.001 is not shown below that average.
 */
export function besideLimit(value: number, s: MediaSeries): string {
  return s.rule ? formatNumberBeside(value, s.rule.limit) : formatNumber(value);
}

/** The limit a series is judged by, shown to the digits of its average beside it (besideLimit). */
export function seriesLimit(rule: NonNullable<MediaSeries['rule']>, s: MediaSeries): string {
  return s.stats ? formatNumberBeside(rule.limit, s.stats.average) : formatNumber(rule.limit);
}

/**
 * Each client media series on a line: its label, a sparkline, its average, minimum and maximum and the limit it is
 * judged by, and under it when it was past the limit. `columns` (a terminal's width, when known): when a line is wider,
 * every series' figures go under its sparkline, wrapped at their ` · ` (wrap-parts.ts); null (a pipe, a file) or room
 * enough leaves each series on its line.
 */
export function mediaSection(story: CallStory, c: ChalkInstance, columns: number | null = null): string {
  if (story.mediaSeries.length === 0) return '';
  const sparks = story.mediaSeries.map((s) => sparklineOverTime(s.points, s.interval, SPARK_WIDTH, s.rule?.limit));
  const sparkWidth = Math.max(0, ...sparks.map((spark) => spark.length));
  const labels = story.mediaSeries.map((s) => {
    const stream = `${safeText(s.streamType ?? '?')}${s.codec ? `/${safeText(s.codec)}` : ''}`;
    return `${seriesLegName(story, s)} ${safeText(s.direction ?? '?')} ${stream} ${safeText(s.metricName)}${safeText(otherEnd(story, s))}`;
  });
  // Labels in one column (44 wide, wider when one is): the sparklines line up under each other.
  const labelWidth = Math.max(44, ...labels.map((label) => label.length));
  const series = story.mediaSeries.map((s, i) => {
    const spark = sparks[i]!;
    // Each figure in the unit the metric's name carries (`JitterInMs`: `avg 29.67 ms`), as a stream's metrics have theirs.
    const unit = mediaSeriesUnit(s.metricName);
    const figure = (value: number) => withMediaUnit(besideLimit(value, s), unit);
    const windows = pastTheLimit(story, s);
    const stats = s.stats ? [`avg ${figure(s.stats.average)}`, `min ${figure(s.stats.minimum)}`, `max ${figure(s.stats.maximum)}`] : [];
    const limit = s.rule ? `limit ${withMediaUnit(seriesLimit(s.rule, s), unit)}` : null;
    const paint = (text: string) => (windows.length ? c.red(text) : text);
    return { label: `  ${labels[i]!.padEnd(labelWidth)} `, spark: paint(spark.padEnd(sparkWidth)), sparkOnly: paint(spark), stats, limit, windows, poor: s.poor };
  });
  const wide = series.flatMap(({ label, spark, stats, limit, windows, poor }) => {
    const figures = stats.join(' · ');
    const lines = [`${label}${spark}  ${poor ? c.red.bold(figures) : figures}${c.dim(limit === null ? '' : ` · ${limit}`)}`.trimEnd()];
    if (windows.length) lines.push(`  ${' '.repeat(labelWidth)} ${c.red(`past the limit ${windows.join(', ')}`)}`);
    return lines;
  });
  const lines = [c.bold('Media stats (client time series)')];
  if (columns === null || wide.every((line) => stringWidth(line) <= columns)) return [...lines, ...wide].join('\n');
  for (const { label, sparkOnly, stats, limit, windows, poor } of series) {
    lines.push(`${label}${sparkOnly}`.trimEnd());
    const figures = [...stats.map((f) => (poor ? c.red.bold(f) : f)), ...(limit === null ? [] : [c.dim(limit)])];
    if (figures.length) lines.push(...wrapParts(figures, '    ', '      ', columns));
    if (windows.length) lines.push(...wrapParts([`past the limit ${windows[0]}`, ...windows.slice(1)].map((w) => c.red(w)), '    ', '      ', columns, c.red(', ')));
  }
  return lines.join('\n');
}

/**
 * When a series was past its limit, a window each: "+1m 10s–+2m 40s (avg up to 41.5 ms)", the text report's and the
 * Markdown's. A window's worst is that of its samples' averages, not the series' max (the highest value any sample saw).
 */
export function pastTheLimit(story: CallStory, s: MediaSeries): string[] {
  const bound = s.rule?.breachWhen === 'below' ? 'down to' : 'up to';
  const unit = mediaSeriesUnit(s.metricName);
  return s.breaches.map((b) => `${offset(story, b.start)}–${offset(story, b.end)} (avg ${bound} ${withMediaUnit(besideLimit(b.worst, s), unit)})`);
}

/** "overall 4/5 · audio 2/5 poor (Distorted, Echo)": a score at or under its threshold is a poor rating. */
export function surveysSection(story: CallStory, c: ChalkInstance): string {
  if (story.call.surveys.length === 0) return '';
  const lines = [c.bold('Survey ratings')];
  for (const s of story.call.surveys) {
    const parts = surveyRatingParts(s.ratings).map((part) => (part.poor ? c.red(safeText(part.text)) : safeText(part.text)));
    // A P2P client's own participantId under its leg, as its media series are (client-id-shown.ts).
    const who = clientIdName(clientIdShown(story.surveyLegs.get(s), s.participantId), (id) => legNameOf(story, id));
    lines.push(`  ${who}  ${parts.join(' · ') || c.dim('no ratings')}`);
  }
  return lines.join('\n');
}

/**
 * A survey's ratings as `call` shows them, one part a kind (overall, audio, video, screenshare): "overall 2/5 poor
 * (CallDropped)", poor (and said so) when the score is at or under its threshold. Plain text from logs.
 */
export function surveyRatingParts(r: Record<string, number | string>): Array<{ text: string; poor: boolean }> {
  const parts: Array<{ text: string; poor: boolean }> = [];
  for (const kind of ['Overall', 'Audio', 'Video', 'Screenshare']) {
    const score = r[`${kind}RatingScore`];
    const issues = r[kind === 'Overall' ? 'OverallCallIssues' : `${kind}Issues`];
    if (score === undefined && issues === undefined) continue;
    const upper = r[`${kind}RatingScoreUpperBound`];
    const threshold = r[`${kind}RatingScoreThreshold`];
    const poor = typeof score === 'number' && typeof threshold === 'number' && score <= threshold;
    // The word says what the text report's red and the Markdown's bold say: 3/5 is poor at a threshold of 3, which
    // the rating alone does not show, nor does a report read without colour.
    let text = `${kind.toLowerCase()} ${score ?? '-'}${upper !== undefined ? `/${upper}` : ''}${poor ? ' poor' : ''}`;
    if (issues !== undefined) text += ` (${String(issues).split(',').join(', ')})`;
    parts.push({ text, poor });
  }
  return parts;
}
