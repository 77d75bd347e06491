import { Worker } from 'node:worker_threads';
import { decodeBatch, type EncodedBatch } from './batch-codec.js';
import type { LineBatchJob } from './line-batch-worker.js';
import type { BatchResult, LineBatchSettings } from './process-line-batch.js';

interface Waiting {
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
  worker: number;
}

/**
 * Worker threads that each run processLineBatch on the batches handed to them; each batch goes to the
 * worker with the fewest batches in hand. The caller awaits the results in the order it sent the batches.
 */
export class LineBatchPool {
  private readonly workers: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number, settings: LineBatchSettings) {
    for (let i = 0; i < size; i++) {
      // No execArgv: the main thread's flags (--input-type, --test…) are not all valid for a worker.
      const worker = new Worker(new URL('./line-batch-worker.js', import.meta.url), { workerData: settings, execArgv: [] });
      worker.on('message', (message: { id: number; batch: EncodedBatch }) => this.settle(message.id, decodeBatch(message.batch)));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a parsing worker stopped (exit ${code})`));
      });
      this.workers.push(worker);
      this.busy.push(0);
    }
  }

  /** Sends a batch (its bytes are copied, so the caller's buffer stays usable). */
  run(bytes: Uint8Array, at: { file: string; line: number }, arrayElements = false): Promise<BatchResult> {
    if (this.failure !== null) return Promise.reject(this.failure);
    let pick = 0;
    for (let i = 1; i < this.busy.length; i++) if (this.busy[i]! < this.busy[pick]!) pick = i;
    const id = this.nextId++;
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const job: LineBatchJob = { id, bytes: copy, at, arrayElements };
    this.busy[pick]!++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: pick });
      this.workers[pick]!.postMessage(job, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(id: number, result: BatchResult): void {
    const waiting = this.waiting.get(id);
    if (waiting === undefined) return;
    this.waiting.delete(id);
    this.busy[waiting.worker]!--;
    waiting.resolve(result);
  }

  private fail(error: Error): void {
    if (this.failure !== null) return;
    this.failure = error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
