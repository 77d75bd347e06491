import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../input/input-event.js';
import { CallPartition, type PartitionSettings, type PlacedItem } from './call-partition.js';
import type { RoutedLines } from './route-lines.js';

/** What the main thread sends a partition's worker, in order. */
export type ToPartition =
  | { kind: 'lines'; id: number; routed: RoutedLines }
  | { kind: 'items'; items: PlacedItem[] }
  | { kind: 'end' };

/** What a partition's worker answers. */
export type FromPartition =
  /** A `lines` message read: the records it held of other partitions' calls, to hand on. */
  | { kind: 'read'; id: number; away: Array<[number, PlacedItem[]]> }
  | { kind: 'done'; result: ReturnType<CallPartition['finish']> }
  /** An input problem (out of memory): the one line for stderr. */
  | { kind: 'failed'; message: string; file: string; line: number | null };

const partition = new CallPartition(workerData as PartitionSettings);
const port = parentPort!;

port.on('message', (message: ToPartition) => {
  try {
    switch (message.kind) {
      case 'lines':
        port.postMessage({ kind: 'read', id: message.id, away: [...partition.addLines(message.routed)] } satisfies FromPartition);
        break;
      case 'items':
        partition.addItems(message.items);
        break;
      case 'end':
        port.postMessage({ kind: 'done', result: partition.finish() } satisfies FromPartition);
        break;
    }
  } catch (error) {
    // An InputError is the user's (memory); anything else is a fault of ours and goes to the main thread whole.
    if (!(error instanceof InputError)) throw error;
    port.postMessage({ kind: 'failed', message: error.message, file: error.file, line: error.line } satisfies FromPartition);
  }
});
