import { MemoryGuard } from '../model/memory-guard.js';
import { buildCallChunks, CALLS_A_CHUNK } from '../model/build-calls.js';
import { type BatchItem, forEachBatchItem, type LineBatchSettings } from '../model/process-line-batch.js';
import type { InputCounts, InvalidRecord } from '../model/input-counts.js';
import { RecordLedger } from '../model/record-ledger.js';
import type { ValuesNotReadInFile } from '../model/values-not-read.js';
import { SUMMARIZE_HOLDS } from '../rules/judged-fields.js';
import { judgeCallChunks, type JudgedCalls } from '../rules/judge-calls.js';
import type { Thresholds } from '../rules/thresholds.js';
import type { TimeWindow } from '../rules/time-window.js';
import { partitionOfItem } from './partition-of.js';
import type { RoutedLines } from './route-lines.js';

/** Where an item stands in the input: the file's place among those read, the line, and the item's place on it (envelopes). */
export interface Place {
  fileIndex: number;
  line: number;
  sub: number;
}

/** The places of items in the order they are read: the items of one line are numbered 0, 1, … (an envelope's records). */
export class Places {
  private last: Place = { fileIndex: -1, line: -1, sub: 0 };

  next(fileIndex: number, line: number): Place {
    const last = this.last;
    this.last = fileIndex === last.fileIndex && line === last.line ? { fileIndex, line, sub: last.sub + 1 } : { fileIndex, line, sub: 0 };
    return this.last;
  }
}

/** An item read elsewhere (on the main thread, or by another partition's worker), with its place. */
export interface PlacedItem {
  item: BatchItem;
  place: Place;
}

export interface PartitionSettings {
  /** This partition, of `parts`. */
  part: number;
  parts: number;
  batch: LineBatchSettings;
  thresholds: Thresholds;
  window: TimeWindow;
}

/** What a partition hands back: its counts, its first invalid items and where each category was first met, and its calls judged. */
export interface PartitionResult {
  counts: InputCounts;
  invalidSamples: Array<InvalidRecord & { place: Place }>;
  /** Each category name counted, with the place it was first met here. */
  firstSeen: Array<[string, Place]>;
  /** The times and numbers not read in the records of this partition's calls that it used (wherever they were parsed). */
  valuesNotRead: ValuesNotReadInFile[];
  judged: JudgedCalls;
}

/**
 * The calls of one partition (partition-of.ts), as summarize reads and judges them: the records of its calls,
 * de-duplicated and superseded (RecordLedger), then judged whole. Pure state; a worker thread holds one
 * (partition-worker.ts). Since the calls built do not depend on the order records come in (build-calls.ts),
 * records that another partition's worker read and handed on late give the same result.
 */
export class CallPartition {
  private readonly ledger = new RecordLedger((category) => this.held === null || this.held.has(category), SUMMARIZE_HOLDS.holdAs, SUMMARIZE_HOLDS.streamMetrics);
  /** The categories held (null: all), as LineBatchSettings.held says. */
  private readonly held: ReadonlySet<string> | null;
  private readonly firstSeen = new Map<string, Place>();
  private readonly invalidPlaces: Place[] = [];
  private readonly memory: MemoryGuard;
  /** The file of the lines read last, to name in an out-of-memory message. */
  private file = 'the input';

  constructor(private readonly settings: PartitionSettings) {
    this.held = settings.batch.held === null ? null : new Set(settings.batch.held);
    this.memory = new MemoryGuard(` on one of ${settings.parts} worker threads`);
  }

  /** Reads lines routed here; returns the records that turned out to be other partitions' calls, by partition. */
  addLines(routed: RoutedLines): Map<number, PlacedItem[]> {
    this.file = routed.file;
    this.memory.check(routed.file, this.ledger.counts.records);
    const away = new Map<number, PlacedItem[]>();
    const places = new Places();
    const { part, parts, batch } = this.settings;
    forEachBatchItem(routed.bytes, { file: routed.file, line: 0 }, batch, { arrayElements: false, torn: routed.torn === true }, routed.lines, (item, line) => {
      const place = places.next(routed.fileIndex, line);
      const owner = partitionOfItem(item, parts) ?? part;
      if (owner === part) this.apply(item, place);
      else {
        const list = away.get(owner);
        if (list === undefined) away.set(owner, [{ item, place }]);
        else list.push({ item, place });
      }
    });
    return away;
  }

  /** Adds items read elsewhere, each of a call of this partition. */
  addItems(items: readonly PlacedItem[]): void {
    for (const { item, place } of items) {
      this.memory.afterRecord(this.file, this.ledger.counts.records);
      this.apply(item, place);
    }
  }

  /** Reading is over: the calls are built and judged. */
  finish(): PartitionResult {
    this.ledger.close();
    const calls = buildCallChunks(this.ledger.takeUnbuilt(), CALLS_A_CHUNK, { reuseStreams: true });
    return {
      counts: this.ledger.counts,
      invalidSamples: this.ledger.invalidSamples.map((invalid, i) => ({ ...invalid, place: this.invalidPlaces[i]! })),
      firstSeen: [...this.firstSeen],
      valuesNotRead: this.ledger.valuesNotRead(),
      judged: judgeCallChunks(calls, this.settings.thresholds, this.settings.window),
    };
  }

  private apply(item: BatchItem, place: Place): void {
    switch (item.kind) {
      case 'record':
        this.seen(item.record.category, place);
        this.ledger.add(item.record, item.fingerprint, item.notRead);
        break;
      case 'unheld':
        this.seen(item.category, place);
        this.ledger.addUnheld(item.category, item.correlationId, item.fingerprint, item.notRead);
        break;
      case 'ignored':
        this.seen(item.categoryName, place);
        this.ledger.addIgnored(item.categoryName);
        break;
      case 'invalid': {
        const before = this.ledger.invalidSamples.length;
        this.ledger.addInvalid(item.at, item.reason, item.endsFile);
        if (this.ledger.invalidSamples.length > before) this.invalidPlaces.push(place);
        break;
      }
    }
  }

  private seen(name: string, place: Place): void {
    const first = this.firstSeen.get(name);
    if (first === undefined || comparePlaces(place, first) < 0) this.firstSeen.set(name, place);
  }
}

export function comparePlaces(a: Place, b: Place): number {
  return a.fileIndex - b.fileIndex || a.line - b.line || a.sub - b.sub;
}
