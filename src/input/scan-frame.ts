import type { PathStep } from './scanned-value.js';

const LBRACE = 0x7b;

/** A container JsonElementScanner (json-element-scanner.ts) is in: an object or an array, and where in it. */
export interface Frame {
  object: boolean;
  key: string | null;
  index: number;
  phase: 'key' | 'colon' | 'value' | 'after';
  /**
   * The top of a stream of values, read as an array with no brackets: its values end where their own brackets
   * close, and no bracket closes it.
   */
  loose?: true;
}

/** The frame of a container that opens with `c` (a `{` or a `[`). */
export function openFrame(c: number): Frame {
  const object = c === LBRACE;
  return { object, key: null, index: 0, phase: object ? 'key' : 'value' };
}

/** The frame of a stream of values (see Frame.loose). */
export function streamTop(): Frame {
  return { object: false, key: null, index: 0, phase: 'value', loose: true };
}

/** The path of the value the frames are at: a key for an object, an index for an array. */
export function framePath(frames: readonly Frame[]): PathStep[] {
  return frames.map((f) => (f.object ? (f.key ?? '') : f.index));
}
