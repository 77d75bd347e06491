import type { InputShape, ReadOptions } from '../input/input-event.js';
import { readInputs } from '../input/read-inputs.js';
import { normaliseRecord } from '../schema/normalise-record.js';
import { buildCalls } from './build-calls.js';
import { type FileCounts, FileTally } from './file-tally.js';
import type { Call } from './call.js';
import { type InputCounts, type InvalidRecord, RecordLedger } from './record-ledger.js';

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadedCalls {
  calls: Call[];
  counts: InputCounts;
  /** The first invalid items with their file and line; counts.invalid has the total. */
  invalidSamples: InvalidRecord[];
  skipped: SkippedFile[];
  shapes: Partial<Record<InputShape, number>>;
  /** Counts per file read (with LoadOptions.perFile), in reading order. */
  perFile?: FileCounts[];
}

export interface LoadOptions extends ReadOptions {
  /** Keep only CallSummary, CallDiagnostics and CallClientOperations records (what summarize uses); count the others. */
  mediaQualityOnly?: boolean;
  /** Also count per file (--verbose). */
  perFile?: boolean;
}

const MEDIA_QUALITY = new Set(['CallSummary', 'CallDiagnostics', 'CallClientOperations']);

/** Reads every input, normalises each record and builds the calls. Never prints. */
export async function loadCalls(inputs: string[], options: LoadOptions = {}): Promise<LoadedCalls> {
  const ledger = new RecordLedger(options.mediaQualityOnly ? (category) => MEDIA_QUALITY.has(category) : undefined);
  const skipped: SkippedFile[] = [];
  const shapes: Partial<Record<InputShape, number>> = {};
  const tally = options.perFile ? new FileTally(ledger.counts) : null;
  for await (const event of readInputs(inputs, options)) {
    switch (event.kind) {
      case 'record': {
        try {
          const result = normaliseRecord(event.value, event.at, event.table);
          if (result.kind === 'record') ledger.add(result.record, event.value);
          else if (result.kind === 'ignored') ledger.addIgnored(result.categoryName);
          else ledger.addInvalid(event.at, result.reason);
        } catch (error) {
          // JSON.parse reads any depth, JSON.stringify not: a value nested thousands deep is one invalid record.
          if (!(error instanceof RangeError)) throw error;
          ledger.addInvalid(event.at, 'nested too deeply to read');
        }
        break;
      }
      case 'invalid':
        ledger.addInvalid(event.at, event.reason);
        break;
      case 'filtered':
        ledger.counts.filtered++;
        break;
      case 'file':
        ledger.counts.files++;
        shapes[event.shape] = (shapes[event.shape] ?? 0) + 1;
        tally?.start(event.file, event.shape, event.gzip);
        break;
      case 'skipped':
        skipped.push({ file: event.file, reason: event.reason });
        break;
    }
  }
  tally?.close();
  const loaded: LoadedCalls = {
    calls: buildCalls(ledger.records(), ledger.callIds()),
    counts: ledger.counts,
    invalidSamples: ledger.invalidSamples,
    skipped,
    shapes,
  };
  if (tally !== null) loaded.perFile = tally.files;
  return loaded;
}
