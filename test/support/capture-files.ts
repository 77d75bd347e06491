import avro from 'avsc';
import { deflateRawSync } from 'node:zlib';
import { AVRO_HEADER } from '../../src/input/read-eventhubs-capture.js';

/** Event Hubs Capture's writer schema, as its files' headers hold it. */
export const EVENT_DATA_SCHEMA: avro.Schema = {
  type: 'record',
  name: 'EventData',
  namespace: 'Microsoft.ServiceBus.Messaging',
  fields: [
    { name: 'SequenceNumber', type: 'long' },
    { name: 'Offset', type: 'string' },
    { name: 'EnqueuedTimeUtc', type: 'string' },
    { name: 'SystemProperties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes'] } },
    { name: 'Properties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes', 'null'] } },
    { name: 'Body', type: ['null', 'bytes'] },
  ],
} as avro.Schema;

/** EventData as Capture writes them (unions wrapped), one a Body: text (UTF-8), raw bytes, or null. */
export function eventData(bodies: Array<string | Buffer | null>): object[] {
  return bodies.map((body, i) => ({
    SequenceNumber: 100 + i,
    Offset: String(i * 4096),
    EnqueuedTimeUtc: '11/20/2026 9:00:00 AM',
    SystemProperties: { 'x-opt-sequence-number': { long: 100 + i } },
    Properties: {},
    Body: body === null ? null : { bytes: typeof body === 'string' ? Buffer.from(body, 'utf8') : body },
  }));
}

export interface CaptureOptions {
  codec?: string;
  /** One block an EventData (else one block for all). */
  blockEach?: boolean;
  schema?: avro.Schema;
  /** How a codec other than null and deflate compresses a block (to write a file of a codec Capture does not use). */
  compress?: (data: Buffer) => Buffer;
}

const SYNC = Buffer.from('acs-calllogs-fix');

/**
 * An Avro object container file of these records (avsc encodes every value; the blocks are laid out here, so that a
 * test chooses them), with a fixed sync marker.
 */
export async function captureBytes(records: object[], options: CaptureOptions = {}): Promise<Buffer> {
  const codec = options.codec ?? 'deflate';
  const type = avro.Type.forSchema(options.schema ?? EVENT_DATA_SCHEMA, { wrapUnions: true });
  const long = avro.Type.forSchema('long');
  const compress = options.compress ?? (codec === 'deflate' ? (data: Buffer) => deflateRawSync(data) : (data: Buffer) => data);
  const parts = [
    AVRO_HEADER.toBuffer({ magic: Buffer.from('Obj\x01', 'latin1'), meta: { 'avro.codec': Buffer.from(codec), 'avro.schema': Buffer.from(JSON.stringify(options.schema ?? EVENT_DATA_SCHEMA)) }, sync: SYNC }),
  ];
  const blocks = options.blockEach ? records.map((r) => [r]) : [records];
  for (const block of blocks) {
    const data = compress(Buffer.concat(block.map((record) => type.toBuffer(record))));
    parts.push(long.toBuffer(block.length), long.toBuffer(data.length), data, SYNC);
  }
  return Buffer.concat(parts);
}
