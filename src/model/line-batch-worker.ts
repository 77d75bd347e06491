import { parentPort, workerData } from 'node:worker_threads';
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
  parentPort!.postMessage({ id: job.id, json: JSON.stringify(processLineBatch(job.bytes, job.at, settings, job.arrayElements)) });
});
