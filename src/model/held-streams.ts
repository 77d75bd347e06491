import type { DiagnosticsRecord, StreamMetric } from '../schema/call-record.js';

/** The ids of a stream that summarize keeps, its media and transport, and its version (*Updates tables). */
export type StreamIds = Pick<DiagnosticsRecord, 'correlationId' | 'version' | 'participantId' | 'endpointId' | 'endpointType' | 'mediaType' | 'streamId' | 'transportType'>;

/**
 * A stream with only its ids, media and transport and the metrics given, in one object of a fixed shape. Fields
 * it does not keep are null, as when not logged: the identifier, direction and codec, and the record's own time. The one place that says what a kept stream looks like, whether made from a record or from HeldStreams.
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
    streamDirection: null,
    codecName: null,
    metrics,
  };
}

/** The metrics named, in the order named, undefined where not logged: one shape for every stream kept. */
export function keptMetrics(metrics: Partial<Record<StreamMetric, number>>, names: readonly StreamMetric[]): Partial<Record<StreamMetric, number>> {
  const kept: Partial<Record<StreamMetric, number>> = {};
  for (const name of names) kept[name] = metrics[name];
  return kept;
}

/** Streams a block: a block's columns are 4096 × (7 × 4 + metrics × 8) bytes, allocated as streams come. */
const BLOCK = 4096;
const TEXT_COLUMNS = 7;
const NONE = -1;

/**
 * Streams held in columns: each id a number into one table of the texts seen, each metric a double (NaN: not
 * logged; a metric read is finite or absent), in typed arrays of a block of streams each. A stream so held takes
 * 28 bytes and 8 a metric, where a stream object took ~310 (the object, its metrics object, a boxed number a
 * fractional metric): summarize holds every stream of every call until reading is over, so this is most of what
 * its memory grows by, call after call. A stream is made an object again (keptStream) only to be judged.
 * Streams of no version only: the versions of a stream in the *Updates tables are held as objects, by version.
 */
export class HeldStreams {
  private readonly textIds = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly textBlocks: Int32Array[] = [];
  private readonly metricBlocks: Float64Array[] = [];
  private size = 0;

  constructor(private readonly metrics: readonly StreamMetric[]) {}

  get count(): number {
    return this.size;
  }

  add(stream: DiagnosticsRecord): void {
    if (stream.version !== null) throw new Error('HeldStreams holds streams of no version');
    const i = this.size++;
    const within = i % BLOCK;
    if (within === 0) {
      this.textBlocks.push(new Int32Array(BLOCK * TEXT_COLUMNS));
      this.metricBlocks.push(new Float64Array(BLOCK * this.metrics.length));
    }
    const texts = this.textBlocks[this.textBlocks.length - 1]!;
    let at = within * TEXT_COLUMNS;
    texts[at++] = this.textId(stream.correlationId);
    texts[at++] = this.textId(stream.participantId);
    texts[at++] = this.textId(stream.endpointId);
    texts[at++] = this.textId(stream.endpointType);
    texts[at++] = this.textId(stream.mediaType);
    texts[at++] = this.textId(stream.streamId);
    texts[at] = this.textId(stream.transportType);
    const values = this.metricBlocks[this.metricBlocks.length - 1]!;
    at = within * this.metrics.length;
    for (const name of this.metrics) values[at++] = stream.metrics[name] ?? Number.NaN;
  }

  /** The call of stream i. */
  correlationIdOf(i: number): string {
    return this.texts[this.textBlocks[Math.floor(i / BLOCK)]![(i % BLOCK) * TEXT_COLUMNS]!]!;
  }

  /** Stream i, as keptStream makes it of the record it was held from. */
  stream(i: number): DiagnosticsRecord {
    const texts = this.textBlocks[Math.floor(i / BLOCK)]!;
    let at = (i % BLOCK) * TEXT_COLUMNS;
    const ids: StreamIds = {
      correlationId: this.texts[texts[at++]!]!,
      version: null,
      participantId: this.text(texts[at++]!),
      endpointId: this.text(texts[at++]!),
      endpointType: this.text(texts[at++]!),
      mediaType: this.text(texts[at++]!),
      streamId: this.text(texts[at++]!),
      transportType: this.text(texts[at]!),
    };
    const values = this.metricBlocks[Math.floor(i / BLOCK)]!;
    at = (i % BLOCK) * this.metrics.length;
    const metrics: Partial<Record<StreamMetric, number>> = {};
    for (const name of this.metrics) {
      const value = values[at++]!;
      metrics[name] = Number.isNaN(value) ? undefined : value;
    }
    return keptStream(ids, metrics);
  }

  private textId(text: string | null): number {
    if (text === null) return NONE;
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.textIds.set(text, id);
    }
    return id;
  }

  private text(id: number): string | null {
    return id === NONE ? null : this.texts[id]!;
  }
}
