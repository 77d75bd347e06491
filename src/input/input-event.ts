import type { DateOrder } from './date-order.js';

/** Where a record came from: the input as the user named it (or a file found under a named directory) and its 1-based line. */
export interface SourceLocation {
  file: string;
  /**
   * 1-based line where the record (JSON line, array element, CSV row) starts; null when not known. An invalid item
   * of a record over many lines that JSON.parse refused is at the line of its fault, its reason naming the line the
   * record starts on (record-events.ts notJsonItem).
   */
  line: number | null;
  /**
   * What `line` counts when a file has no lines: 'event', the place (1-based) of the EventData in an Event Hubs
   * Capture Avro file, which the line of `avro-tools tojson`'s output is too. Absent: lines.
   */
  unit?: 'event';
}

/** The shape of a file's content, recognised from its bytes, never from its name. */
export type InputShape =
  | 'json-lines' // one JSON object a line: resource-log records, LA rows, or {"records":[…]} envelopes
  | 'json-array' // a JSON array of records or LA rows (az monitor log-analytics query), any layout
  | 'records-envelope' // one Event Hubs envelope {"records":[…]} in the whole file
  | 'json-stream' // records one after another, pretty-printed (`jq . export.jsonl`): no array around them, no commas
  | 'query-api' // Log Analytics query API response {"tables":[{name, columns, rows}]}
  | 'csv' // CSV exported from the Log Analytics portal
  | 'eventhubs-capture'; // Event Hubs Capture: an Avro container of EventData, each Body an envelope {"records":[…]}

/** What reading the inputs yields, in order. */
export type InputEvent =
  /** A JSON object (resource-log record or Log Analytics row), or a CSV / query-API row turned into an object keyed by its column names. */
  /**
   * dateOrder: a CSV row's, the order of day and month its file's dates proved (date-order.ts); absent, each date is
   * read as its form has it.
   */
  | { kind: 'record'; value: Record<string, unknown>; at: SourceLocation; table?: string; dateOrder?: DateOrder }
  /**
   * A line, array element or row that is not JSON or not an object. Counted, named on stderr; reading goes on.
   * `endsFile`: the file's own failure, what came after unread or lost: its gzip stream breaks, or its text ends
   * inside a value or before its array closes (a blob torn mid-write). Never passed over by a prefilter: whatever it
   * looks for may have been in what is lost. `matched`: the item's text passed the prefilter (or `call`'s needles):
   * it holds what was searched for.
   */
  | { kind: 'invalid'; at: SourceLocation; reason: string; endsFile?: true; matched?: true }
  /**
   * A raw line or element that the caller's prefilter rejected without parsing it (e.g. another call's record).
   * `cells`: a CSV row's cells, when it has as many as its header: its dates still tell its file's order of day and
   * month (date-order.ts), which the rows `call` reads are in, whichever call proves it.
   */
  | { kind: 'filtered'; at: SourceLocation; cells?: Record<string, unknown> }
  /**
   * Whole JSON lines as UTF-8 bytes (only with ReadOptions.lineBatches); `at` is where the first starts.
   * `arrayElements`: the lines are those of a JSON array with one element a line (`[`, `]` and the commas
   * between elements are dropped). The consumer parses them (src/model/process-line-batch.ts), maybe on a worker.
   * `torn`: the file ends inside the last item of these lines, with no line end after it (a record cut off, the blob
   * torn mid-write; torn-tail.ts): that item is invalid and ends the file (`endsFile`), whatever a search passes over.
   */
  | { kind: 'lines'; at: { file: string; line: number }; bytes: Uint8Array; arrayElements?: boolean; torn?: true }
  /**
   * The `record`, `invalid` and `filtered` events of some hundreds of elements of a pretty-printed array or envelope,
   * in order, handed on together (only with ReadOptions.lineBatches): one step of the readers' generators for
   * them all, not one each.
   */
  | { kind: 'events'; events: InputEvent[] }
  /**
   * A file whose shape was recognised and whose records follow. `timeZone`: a CSV whose header gives its times in
   * another zone than UTC (CsvHeader.timeZone); they are read as UTC. `undecidedDate`: a CSV whose dates (this one, the
   * first) do not tell day from month, read as their form has it (date-order.ts).
   */
  | { kind: 'file'; file: string; shape: InputShape; gzip: boolean; timeZone?: string; undecidedDate?: string }
  /**
   * A CSV of exports joined (`cat a.csv b.csv`) whose later header gives its times in another zone than UTC
   * (`TimeGenerated [Local Time]`), as a first header's says in its `file` event's `timeZone`: read as UTC too.
   */
  | { kind: 'zoned'; file: string; timeZone: string }
  /**
   * A file that holds no call logs (found under a directory, or named but unrecognised). `files`: how many files it
   * stands for when not one (a version-control folder, not walked); `osFile`: a file the operating system keeps in
   * folders (.DS_Store, Thumbs.db, desktop.ini), said with the others in one note (walk-paths.ts).
   */
  | { kind: 'skipped'; file: string; reason: string; files?: number; osFile?: true }
  /**
   * A file named again, by the same name or another (under a named directory too, or through a symbolic or hard
   * link): the same file by its device and inode, not read again. `first`: the name it was read under.
   */
  | { kind: 'repeated'; file: string; first: string };

/**
 * A test on the raw text of a line, array element or row, before it is parsed; false passes it over. For a CSV or
 * query-API row, whose text names no fields, `row()` gives it as a record keyed by its columns (null when it is
 * not one), for a test that needs a field.
 */
export type Prefilter = (raw: string, row?: () => Record<string, unknown> | null) => boolean;

export interface ReadOptions {
  /** Standard input, for the input "-". Defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /**
   * A test on the raw text of a JSON line or array element, run before any JSON parsing.
   * When it returns false the item is not parsed and a 'filtered' event is yielded instead.
   */
  prefilter?: Prefilter;
  /**
   * The prefilter is a search of the text (`call`'s id): it never asks for the row, and finds nothing in a text that
   * holds no match in any part. CSV lines it passes over are then not cut into cells (csv-line-pass.ts).
   */
  prefilterIsSearch?: boolean;
  /**
   * A record (JSON line, array element, envelope element, query-API row, CSV row) larger than this many bytes
   * is one `invalid` item, passed over without holding the whole of it. Default DEFAULT_MAX_RECORD_BYTES.
   */
  maxRecordBytes?: number;
  /**
   * Hand JSON Lines files (UTF-8) over as `lines` events, batches of whole raw lines, instead of parsing each
   * line here. The prefilter does not apply to them; the consumer searches the bytes itself. The elements of
   * pretty-printed arrays and envelopes come as `events` events, some hundreds at a time.
   */
  lineBatches?: boolean;
  /** The least size of a `lines` batch, in bytes (default 1 MiB); tests make it small to get many batches. */
  batchBytes?: number;
  /**
   * The caller is done with a `lines` event's bytes (or has copied them) before it asks for the next event: then a
   * JSON Lines file on disk is read into two buffers in turn, with no allocation or copy per batch
   * (read-file-line-batches.ts). Without it, each batch has bytes of its own.
   */
  transientBatches?: boolean;
  /**
   * Files (by `dev:ino`) left out when found under a folder: this run's own output. Default: the file standard output
   * is redirected to, if any (own-output.ts).
   */
  ownOutputs?: ReadonlySet<string>;
  /** Told the number of input bytes read (after gunzip), as reading goes on: for a progress line. */
  onBytes?: (bytes: number) => void;
}

/** 16 MB: a record larger than this is invalid (no real call-log record comes near it). */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** A problem with the inputs themselves (missing path, unreadable file, broken gzip): one line for stderr, exit 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A compressed stream that breaks off (a gzip blob cut mid-write, or corrupt): what was read before the
 * break stands, the break is one invalid item; with no byte of text before it the file is skipped.
 */
export class BrokenStreamError extends InputError {
  constructor(
    readonly reason: string,
    file: string,
    /** The line where the break is (the line it tears), when the reader of the bytes knows it. */
    line: number | null = null,
    /** What `line` counts (SourceLocation's unit): 'event', the first EventData of a Capture file not read. */
    readonly unit?: 'event',
  ) {
    super(`${file}: ${reason}`, file, line);
    this.name = 'BrokenStreamError';
  }

  /** The same break, placed at a line. */
  atLine(line: number): BrokenStreamError {
    return new BrokenStreamError(this.reason, this.file, line);
  }

  /** The same break, placed at the n-th EventData of a Capture file (the first it keeps from being read). */
  atEvent(n: number): BrokenStreamError {
    return new BrokenStreamError(this.reason, this.file, n, 'event');
  }

  /** Where the break is, as an invalid item's place. */
  get at(): SourceLocation {
    return this.unit === undefined ? { file: this.file, line: this.line } : { file: this.file, line: this.line, unit: this.unit };
  }
}
