import { Worker } from 'node:worker_threads';
import { InputError } from '../input/input-event.js';
import type { PartitionResult, PartitionSettings, PlacedItem } from './call-partition.js';
import type { FromPartition, ToPartition } from './partition-worker.js';
import type { RoutedLines } from './route-lines.js';

/**
 * One worker thread a partition of the calls (call-partition.ts). Lines and items go to the worker of their
 * call; records a worker finds to be another partition's come back with its answer and are handed on here. The
 * workers judge their calls only when told that reading is over (finish), once every hand-on has been sent.
 */
export class PartitionPool {
  private readonly workers: Worker[] = [];
  private readonly reading = new Map<number, () => void>();
  private readonly results: Array<PartitionResult | undefined> = [];
  private finishing: ((results: PartitionResult[]) => void) | null = null;
  private failure: Error | null = null;
  /** The rejects of the promises handed out and not yet settled. */
  private readonly waiting = new Set<(error: Error) => void>();
  private nextId = 0;
  /** How many workers were told that reading is over: they judge their calls, at most `judgingAtOnce` at a time. */
  private ended = 0;

  /** `judgingAtOnce`: how many workers judge their calls at the same time (finish), the others waiting their turn. */
  constructor(
    settings: Omit<PartitionSettings, 'part'>,
    private readonly judgingAtOnce: number,
  ) {
    for (let part = 0; part < settings.parts; part++) {
      // No execArgv: the main thread's flags (--input-type, --test…) are not all valid for a worker. A young
      // generation of 8 MB, not V8's default: on the bench export, peak RSS with 2 workers 395 → 340 MB and with 4
      // 465 → 360 MB, at the same speed (what a worker allocates for a batch is short-lived; what it keeps is old).
      const worker = new Worker(new URL('./partition-worker.js', import.meta.url), {
        workerData: { ...settings, part } satisfies PartitionSettings,
        execArgv: [],
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      worker.on('message', (message: FromPartition) => this.answer(part, message));
      worker.on('error', (error) => this.fail(outOfMemory(error) ?? error));
      worker.on('exit', (code) => {
        // A worker whose result is in was stopped here (answer): its exit is not a failure.
        if (code !== 0 && this.results[part] === undefined) this.fail(new Error(`a worker thread stopped (exit ${code})`));
      });
      this.workers.push(worker);
    }
  }

  /** Lines read for their worker; resolves once it has read them. */
  sendLines(part: number, routed: RoutedLines): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    const done = new Promise<void>((resolve) => this.reading.set(id, resolve));
    this.post(part, { kind: 'lines', id, routed }, [routed.bytes.buffer as ArrayBuffer, routed.lines.buffer as ArrayBuffer]);
    return this.failing(done);
  }

  sendItems(part: number, items: PlacedItem[]): void {
    this.post(part, { kind: 'items', items });
  }

  /**
   * Every worker's result, once all that was sent is read: call when reading is over and every sendLines has
   * resolved. The first `judgingAtOnce` workers are told to judge at once, and another each time one is done.
   */
  finish(): Promise<PartitionResult[]> {
    const done = new Promise<PartitionResult[]>((resolve) => (this.finishing = resolve));
    while (this.ended < Math.min(Math.max(1, this.judgingAtOnce), this.workers.length)) this.post(this.ended++, { kind: 'end' });
    return this.failing(done);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private post(part: number, message: ToPartition, transfer: ArrayBuffer[] = []): void {
    this.workers[part]!.postMessage(message, transfer);
  }

  private answer(part: number, message: FromPartition): void {
    switch (message.kind) {
      case 'read':
        for (const [owner, items] of message.away) this.sendItems(owner, items);
        this.reading.get(message.id)?.();
        this.reading.delete(message.id);
        break;
      case 'done':
        this.results[part] = message.result;
        // Its calls are judged and handed back: what its heap holds is garbage, let go now rather than once every
        // worker is done (the workers' heaps at their fullest, while this thread takes in their results, were the
        // peak of summarize with workers: --threads 4 on the bench export 377–393 → 358–365 MB).
        void this.workers[part]!.terminate();
        if (this.ended < this.workers.length) this.post(this.ended++, { kind: 'end' });
        if (this.results.filter((r) => r !== undefined).length === this.workers.length) this.finishing?.(this.results as PartitionResult[]);
        break;
      case 'failed':
        this.fail(new InputError(message.message, message.file, message.line));
        break;
    }
  }

  /** The promise, or the first failure of any worker, whichever comes first. */
  private failing<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure !== null) return reject(this.failure);
      this.waiting.add(reject);
      void promise.then((value) => {
        this.waiting.delete(reject);
        resolve(value);
      });
    });
  }

  private fail(error: Error): void {
    if (this.failure !== null) return;
    this.failure = error;
    for (const reject of this.waiting) reject(error);
    this.waiting.clear();
  }
}

/** A worker that ran out of heap before its memory guard saw it coming: one line, as the guard would say. */
function outOfMemory(error: Error): InputError | null {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return null;
  return new InputError('out of memory in a worker thread: read fewer files at a time, or raise the limit, e.g. NODE_OPTIONS=--max-old-space-size=4096', 'the input');
}
