import type { SourceLocation } from '../input/input-event.js';
import type { CallRecord, StreamMetric } from '../schema/call-record.js';
import { CallTallies } from './call-tallies.js';
import { FingerprintSet } from './fingerprint-set.js';
import type { UnbuiltCalls } from './build-calls.js';
import { HeldStreams } from './held-streams.js';
import { fingerprintOf } from './record-fingerprint.js';
import { SharedStrings } from './shared-strings.js';
import { compareText } from './compare-text.js';
import { versionKey } from './version-key.js';
import { type InputCounts, type InvalidRecord, invalidRecord, KEEP_INVALID } from './input-counts.js';
import { type RecordNotRead, type ValuesNotReadInFile, ValuesNotReadTally } from './values-not-read.js';

/**
 * Takes normalised records in any order and keeps what the model is built from:
 * an exact duplicate (Azure Monitor delivers at least once) counts once, and of the *Updates tables'
 * versions of one leg or stream the highest CallUpdatesVersion wins. What is kept does not depend on the order
 * the records come in (records(), in any order, build the same calls: see buildCalls). The values not read of the
 * records used are tallied (valuesNotRead), not those of a duplicate or a version superseded: they are not used.
 */
export class RecordLedger {
  readonly counts: InputCounts = {
    files: 0,
    records: 0,
    used: 0,
    invalid: 0,
    duplicates: 0,
    superseded: 0,
    ignored: 0,
    filtered: 0,
    copies: 0,
    byCategory: Object.create(null) as Record<string, number>, // keyed by category names from logs: no prototype
  };
  /** The first invalid items, for stderr; counts.invalid has them all. */
  readonly invalidSamples: InvalidRecord[] = [];
  /**
   * Of the invalid items, those whose text held what a search looked for (`call`'s id: InputEvent `matched`), but the
   * files' own failures.
   */
  invalidMatched = 0;
  private readonly seen = new FingerprintSet();
  private readonly plain: CallRecord[] = [];
  private readonly versioned = new Map<string, CallRecord>();
  /**
   * Legs and streams of the base tables (CallSummary, CallDiagnostics), by version key: a workspace that collects
   * every category, as Microsoft recommends, logs each leg and stream both there (the final record) and in the
   * lower-latency *Updates tables (versions on the way to it); the final record wins, so nothing counts twice.
   * Built at the first versioned record, so that an export without *Updates tables pays nothing for it.
   */
  private finalKeys: Set<string> | null = null;
  /** Calls named by records that were counted but not kept. */
  private readonly named = new Set<string>();
  /** The records held share one copy of each id. */
  private readonly strings = new SharedStrings();
  private readonly streams: HeldStreams | null;
  /** What became of each call's records, when asked for (tallyCalls). */
  private tallies: CallTallies | null = null;
  /** The values not read of the records used (a version's, once it is known to win: see close). */
  private readonly notRead = new ValuesNotReadTally();
  /**
   * The values not read of the versions held (`versioned`), by version key, for those that have some: a version
   * may yet be superseded, so they are tallied only once reading is over. Made at the first such version.
   */
  private versionsNotRead: Map<string, RecordNotRead> | null = null;

  /**
   * `keep` says which categories are held for the model. The others (summarize has no use for the client
   * time series, the largest category of a real export) are still counted and de-duplicated, and their
   * calls still exist, but their records are not held in memory.
   */
  constructor(
    private readonly keep: (category: CallRecord['category']) => boolean = () => true,
    /** What of a record kept is held (see LoadOptions.holdAs); the record whole by default. */
    private readonly holdAs: (record: CallRecord) => CallRecord = (record) => record,
    /**
     * Hold the streams of no version in columns with these metrics only (HeldStreams, summarize), not as records;
     * their ids share the copies the records held use. Undefined: as records.
     */
    streamMetrics?: readonly StreamMetric[],
  ) {
    this.streams = streamMetrics === undefined ? null : new HeldStreams(streamMetrics, this.strings);
  }

  /**
   * Counts an invalid item and keeps the first KEEP_INVALID; a file's own failure (a gzip stream that breaks, the
   * rest of the file unread; a torn blob) is kept past them, so that its cause is told however many bad lines came
   * before. `matched`: its text held what a search looked for (invalidMatched).
   */
  addInvalid(at: SourceLocation, reason: string, endsFile?: true, matched?: true): void {
    this.counts.invalid++;
    if (matched && !endsFile) this.invalidMatched++;
    if (this.invalidSamples.length < KEEP_INVALID || endsFile) this.invalidSamples.push(invalidRecord(at, reason, endsFile));
  }

  addIgnored(categoryName: string): void {
    this.counts.records++;
    this.counts.ignored++;
    this.count(categoryName);
  }

  /**
   * Tallies what becomes of each call's records, file by file (CallTallies), as well as counting them: for `call`,
   * whose other calls' records are counted as filtered once the call is known (countOnlyCall).
   */
  tallyCalls(): CallTallies {
    this.tallies ??= new CallTallies();
    return this.tallies;
  }

  /**
   * `fingerprint` is that of the record as read (see record-fingerprint.ts): two records are exact duplicates
   * when their fingerprints are the same. Without it, the normalised record is compared. `notRead`: its values not
   * read (itemOf), tallied if it is used.
   */
  add(record: CallRecord, fingerprint?: string, notRead?: RecordNotRead): void {
    if (this.tallies === null) this.place(record, fingerprint, notRead);
    else this.tallies.count(record.correlationId, record.category, this.counts, () => this.place(record, fingerprint, notRead));
  }

  /** A record of a category not held: counted and de-duplicated, and its call exists. */
  addUnheld(category: CallRecord['category'], correlationId: string, fingerprint: string, notRead?: RecordNotRead): void {
    if (this.tallies === null) this.placeUnheld(category, correlationId, fingerprint, notRead);
    else this.tallies.count(correlationId, category, this.counts, () => this.placeUnheld(category, correlationId, fingerprint, notRead));
  }

  private place(record: CallRecord, fingerprint?: string, notRead?: RecordNotRead): void {
    if (!this.keep(record.category)) {
      this.placeUnheld(record.category, record.correlationId, fingerprint ?? fingerprintOf(JSON.stringify(record)), notRead);
      return;
    }
    this.counts.records++;
    this.count(record.category);
    if (this.isDuplicate(fingerprint ?? fingerprintOf(JSON.stringify(record)))) return;
    if (record.version === null) {
      if (this.streams !== null && record.category === 'CallDiagnostics') this.streams.add(record);
      else this.plain.push(this.hold(record));
      if (notRead !== undefined) this.tallyNotRead(record.correlationId, notRead);
      if (this.finalKeys !== null && isLegOrStream(record)) {
        const key = versionKey(record);
        this.finalKeys.add(key);
        // The same leg or stream from an *Updates table, held so far, gives way to the final record.
        if (this.versioned.delete(key)) {
          this.versionsNotRead?.delete(key);
          this.counts.superseded++;
          return;
        }
      }
      this.counts.used++;
      return;
    }
    this.finalKeys ??= this.finalKeysSoFar();
    const key = versionKey(record);
    if (this.finalKeys.has(key)) {
      this.counts.superseded++;
      return;
    }
    const held = this.versioned.get(key);
    if (held === undefined) {
      this.holdVersion(key, this.hold(record), notRead);
      this.counts.used++;
    } else {
      this.counts.superseded++;
      const version = record.version ?? 0;
      const heldVersion = held.version ?? 0;
      if (version > heldVersion) this.holdVersion(key, this.hold(record), notRead);
      else if (version === heldVersion) {
        // Two versions of one number: the one whose held content orders first wins, whichever was read first.
        const candidate = this.hold(record);
        if (compareText(JSON.stringify(candidate), JSON.stringify(held)) < 0) this.holdVersion(key, candidate, notRead);
      }
    }
  }

  /** Holds a version of a leg or stream (in place of the one held), with its values not read, if any. */
  private holdVersion(key: string, record: CallRecord, notRead: RecordNotRead | undefined): void {
    this.versioned.set(key, record);
    if (notRead !== undefined) (this.versionsNotRead ??= new Map()).set(key, notRead);
    else this.versionsNotRead?.delete(key);
  }

  private placeUnheld(category: CallRecord['category'], correlationId: string, fingerprint: string, notRead?: RecordNotRead): void {
    this.counts.records++;
    this.count(category);
    if (this.isDuplicate(fingerprint)) return;
    this.named.add(this.strings.text(correlationId));
    this.counts.used++;
    if (notRead !== undefined) this.tallyNotRead(correlationId, notRead);
  }

  /** A used record's values not read: in the ledger's tally, and its call's (tallyCalls). */
  private tallyNotRead(callId: string, notRead: RecordNotRead): void {
    this.notRead.addRecord(notRead);
    this.tallies?.addNotRead(callId, notRead);
  }

  /**
   * The values not read of the records used, per kind and file (ValuesNotReadTally.files). Complete once the
   * ledger is closed: the versions held are tallied then, when none can be superseded any more.
   */
  valuesNotRead(): ValuesNotReadInFile[] {
    return this.notRead.files();
  }

  /** The records the model is built from (with HeldStreams, all but the streams held there). */
  records(): CallRecord[] {
    return this.plain.concat([...this.versioned.values()]);
  }

  /**
   * The records the model is built from, given up: the ledger holds them no more, so that they are garbage as soon
   * as whoever takes them lets them go (summarize, once each call is judged).
   */
  takeRecords(): CallRecord[] {
    const records = this.records();
    this.plain.length = 0;
    this.versioned.clear();
    this.finalKeys = null;
    return records;
  }

  /**
   * With streams held in columns: what the calls are built of (buildCallChunks), given up as takeRecords gives
   * the records up.
   */
  takeUnbuilt(): UnbuiltCalls {
    if (this.streams === null) throw new Error('takeUnbuilt: no streams are held in columns');
    return { records: this.takeRecords(), streams: this.streams, named: this.named };
  }

  /**
   * Reading is over: the fingerprints of exact duplicates are no longer needed, and their memory is given back; the
   * versions held are the ones used, and their values not read are tallied.
   */
  close(): void {
    this.seen.clear();
    if (this.versionsNotRead === null) return;
    for (const [key, notRead] of this.versionsNotRead) this.tallyNotRead(this.versioned.get(key)!.correlationId, notRead);
    this.versionsNotRead = null;
  }

  /** Calls named by used records that were not kept (see buildCalls' alsoCalls). */
  namedOnly(): ReadonlySet<string> {
    return this.named;
  }

  /** The version keys of the legs and streams held so far: the final records, which no *Updates version displaces. */
  private finalKeysSoFar(): Set<string> {
    const keys = new Set(this.plain.filter(isLegOrStream).map(versionKey));
    const streams = this.streams;
    if (streams !== null) for (let i = 0; i < streams.count; i++) keys.add(versionKey(streams.stream(i)));
    return keys;
  }

  /** Counts an exact duplicate; else remembers the fingerprint. */
  private isDuplicate(fingerprint: string): boolean {
    if (this.seen.add(fingerprint)) return false;
    this.counts.duplicates++;
    return true;
  }

  private hold(record: CallRecord): CallRecord {
    return this.strings.share(this.holdAs(record));
  }

  private count(name: string): void {
    this.counts.byCategory[name] = (this.counts.byCategory[name] ?? 0) + 1;
  }
}

function isLegOrStream(record: CallRecord): boolean {
  return record.category === 'CallSummary' || record.category === 'CallDiagnostics';
}

