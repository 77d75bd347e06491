import { type DiagnosticsRecord, STREAM_METRICS, type StreamMetric } from '../schema/call-record.js';
import { SharedStrings } from './shared-strings.js';

/** The ids of a stream that summarize keeps, its media and transport, and its version (*Updates tables). */
export type StreamIds = Pick<
  DiagnosticsRecord,
  'correlationId' | 'version' | 'participantId' | 'endpointId' | 'endpointType' | 'mediaType' | 'streamId' | 'transportType' | 'streamDirection'
>;

/**
 * A stream with only its ids, media, transport and direction and the metrics given, in one object of a fixed shape.
 * Fields it does not keep are null, as when not logged: the identifier and codec, and the record's own time. The
 * direction is kept so that an inbound and an outbound stream of one id are two streams (version-key.ts).
 * The one place that says what a kept stream looks like, whether made from a record or from HeldStreams.
 */
export function keptStream(ids: StreamIds, metrics: Partial<Record<StreamMetric, number>>): DiagnosticsRecord {
  return {
    correlationId: ids.correlationId,
    version: ids.version,
    time: null,
    category: 'CallDiagnostics',
    participantId: ids.participantId,
    endpointId: ids.endpointId,
    endpointType: ids.endpointType,
    identifier: null,
    mediaType: ids.mediaType,
    streamId: ids.streamId,
    transportType: ids.transportType,
    streamDirection: ids.streamDirection,
    codecName: null,
    metrics,
  };
}

/**
 * The metrics named, in the order named, undefined where not logged: one shape for every stream kept. When none of
 * them was read, the first other metric read, if any (standInOf), is kept too: a stream that logged only metrics not
 * kept (RTT max, bitrate) is still one with a metric read (hasMetricRead), "no metric a rule judges" as `call`, which
 * holds every metric, says of it, not "no metric read".
 */
export function keptMetrics(metrics: Partial<Record<StreamMetric, number>>, names: readonly StreamMetric[]): Partial<Record<StreamMetric, number>> {
  const kept: Partial<Record<StreamMetric, number>> = {};
  let read = false;
  for (const name of names) {
    const value = metrics[name];
    kept[name] = value;
    if (value !== undefined) read = true;
  }
  const standIn = read ? null : standInOf(metrics, names);
  if (standIn !== null) kept[standIn[0]] = standIn[1];
  return kept;
}

/** The first metric read (in the schema's order) that is not one of `names`, with its value; null when none is. */
export function standInOf(metrics: Partial<Record<StreamMetric, number>>, names: readonly StreamMetric[]): readonly [StreamMetric, number] | null {
  for (const name of STREAM_METRICS) {
    const value = metrics[name];
    if (value !== undefined && !names.includes(name)) return [name, value];
  }
  return null;
}

/** The ids of a stream not yet written (HeldStreams.stream writes them at once). */
const NO_IDS: StreamIds = {
  correlationId: '',
  version: null,
  participantId: null,
  endpointId: null,
  endpointType: null,
  mediaType: null,
  streamId: null,
  transportType: null,
  streamDirection: null,
};

/** Streams a block: a block's columns are 4096 × (8 texts + 8 bytes a metric), allocated as streams come. */
const BLOCK = 4096;
const TEXT_COLUMNS = 8;

/**
 * Streams held in columns: each id, media and transport a slot in an array of texts, each metric a double (NaN:
 * not logged; a metric read is finite or absent) in a typed array, a block of streams each. The texts are the
 * copies the records held share (SharedStrings: a stream repeats its call's and its leg's ids, and media, transport
 * and stream ids have a few values). A stream so held takes 8 slots and 8 bytes a metric (128 bytes when 8 metrics
 * were judged, 144 with 10), where a stream object took ~190 with 8 (the object, its metrics object, a boxed number
 * a fractional metric) and its own copies of the ids that another cache did not share: summarize holds every stream
 * of every call until reading is over, so this is most of what its memory grows by, call after call. A stream is
 * made an object again (keptStream) only to be judged. Streams of no version only: an *Updates table's versions are
 * held as objects, by version.
 *
 * Texts, not numbers into a table of them: interning every id in a Map cost ~0.2 s more on the bench export (each
 * text JSON.parse makes is hashed whole), for about the same memory (on a 920 MB export 161 MB of heap and 80 of
 * columns, against 188 and 56 this way).
 */
export class HeldStreams {
  private readonly textBlocks: Array<Array<string | null>> = [];
  private readonly metricBlocks: Float64Array[] = [];
  private size = 0;
  /**
   * By stream, the metric kept of a stream that read none of those held, and some other (keptMetrics' stand-in):
   * few streams, if any, so held aside rather than in a column every stream would pay for.
   */
  private readonly standIns = new Map<number, readonly [StreamMetric, number]>();
  /** The metrics not held: what a stand-in may be. */
  private readonly notHeld: readonly StreamMetric[];

  /** `strings`: the cache the ids are shared through, the one the records held use (a leg and its streams). */
  constructor(
    private readonly metrics: readonly StreamMetric[],
    private readonly strings = new SharedStrings(),
  ) {
    this.notHeld = STREAM_METRICS.filter((name) => !metrics.includes(name));
  }

  get count(): number {
    return this.size;
  }

  add(stream: DiagnosticsRecord): void {
    if (stream.version !== null) throw new Error('HeldStreams holds streams of no version');
    const i = this.size++;
    const within = i % BLOCK;
    if (within === 0) {
      this.textBlocks.push(new Array<string | null>(BLOCK * TEXT_COLUMNS).fill(null));
      this.metricBlocks.push(new Float64Array(BLOCK * this.metrics.length));
    }
    const texts = this.textBlocks[this.textBlocks.length - 1]!;
    const strings = this.strings;
    let at = within * TEXT_COLUMNS;
    texts[at++] = strings.text(stream.correlationId);
    texts[at++] = strings.maybe(stream.participantId);
    texts[at++] = strings.maybe(stream.endpointId);
    texts[at++] = strings.maybe(stream.endpointType);
    texts[at++] = strings.maybe(stream.mediaType);
    texts[at++] = strings.maybe(stream.streamId);
    texts[at++] = strings.maybe(stream.transportType);
    texts[at] = strings.maybe(stream.streamDirection);
    const values = this.metricBlocks[this.metricBlocks.length - 1]!;
    at = within * this.metrics.length;
    let read = false;
    for (const name of this.metrics) {
      const value = stream.metrics[name];
      values[at++] = value ?? Number.NaN;
      if (value !== undefined) read = true;
    }
    const standIn = read ? null : standInOf(stream.metrics, this.metrics);
    if (standIn !== null) this.standIns.set(i, standIn);
  }

  /** The call of stream i. */
  correlationIdOf(i: number): string {
    return this.textBlocks[Math.floor(i / BLOCK)]![(i % BLOCK) * TEXT_COLUMNS]!;
  }

  /** Stream i, as keptStream makes it of the record it was held from. */
  stream(i: number): DiagnosticsRecord {
    return this.streamInto(i, keptStream(NO_IDS, {}));
  }

  /**
   * Stream i written into a stream this made before (stream, streamInto), which is stream i from then on: its ids
   * and every metric held (undefined where not logged), the rest as keptStream leaves it. For a builder that is done
   * with the stream it had (buildCallChunks' reuseStreams): a new object a stream was most of what building a chunk
   * of calls allocated.
   */
  streamInto(i: number, stream: DiagnosticsRecord): DiagnosticsRecord {
    const texts = this.textBlocks[Math.floor(i / BLOCK)]!;
    let at = (i % BLOCK) * TEXT_COLUMNS;
    stream.correlationId = texts[at++]!;
    stream.participantId = texts[at++] ?? null;
    stream.endpointId = texts[at++] ?? null;
    stream.endpointType = texts[at++] ?? null;
    stream.mediaType = texts[at++] ?? null;
    stream.streamId = texts[at++] ?? null;
    stream.transportType = texts[at++] ?? null;
    stream.streamDirection = texts[at] ?? null;
    const values = this.metricBlocks[Math.floor(i / BLOCK)]!;
    at = (i % BLOCK) * this.metrics.length;
    const metrics = stream.metrics;
    for (const name of this.metrics) {
      const value = values[at++]!;
      metrics[name] = Number.isNaN(value) ? undefined : value;
    }
    // Its stand-in, if it has one; not one that a stream written into this object before had (none did, if none is held).
    if (this.standIns.size > 0) {
      for (const name of this.notHeld) if (metrics[name] !== undefined) metrics[name] = undefined;
      const standIn = this.standIns.get(i);
      if (standIn !== undefined) metrics[standIn[0]] = standIn[1];
    }
    return stream;
  }
}
