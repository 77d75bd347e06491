import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { InputEvent, ReadOptions } from '../../../src/input/input-event.js';
import { readInputs } from '../../../src/input/read-inputs.js';

/** dist/test/unit/input/ → the repository root → test/fixtures/input/ (the fixtures are not copied to dist). */
const FIXTURES = new URL('../../../../test/fixtures/input/', import.meta.url);

export function fixture(name: string): string {
  return fileURLToPath(new URL(name, FIXTURES));
}

export async function collect(inputs: string[], options?: ReadOptions): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const event of readInputs(inputs, options)) events.push(event);
  return events;
}

export type RecordEvent = Extract<InputEvent, { kind: 'record' }>;

export function records(events: InputEvent[]): RecordEvent[] {
  return events.filter((e): e is RecordEvent => e.kind === 'record');
}

/** "record@2", "invalid@12"… : the kinds and lines of the item events, in order. */
export function outline(events: InputEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'record' || e.kind === 'invalid' || e.kind === 'filtered' ? [`${e.kind}@${e.at.line}`] : []));
}

/** A stream that hands the bytes over in chunks of `size` bytes, like a slow pipe. */
export function chunkedStream(bytes: Uint8Array | string, size: number): Readable {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return Readable.from(chunks);
}
