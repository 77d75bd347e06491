import { parentPort, workerData } from 'node:worker_threads';
import { encodeBatch } from './batch-codec.js';
import { type LineBatchSettings, processLineBatch } from './process-line-batch.js';

/** A worker thread of the line-batch pool: parses, normalises and fingerprints the batches it is sent. */
export interface LineBatchJob {
  id: number;
  bytes: Uint8Array;
  at: { file: string; line: number };
  arrayElements: boolean;
}

const settings = workerData as LineBatchSettings;
parentPort?.on('message', (job: LineBatchJob) => {
  const batch = encodeBatch(processLineBatch(job.bytes, job.at, settings, job.arrayElements));
  parentPort!.postMessage({ id: job.id, batch }, [batch.tags.buffer, batch.numbers.buffer]);
});
