import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only on a TTY, never with NO_COLOR, always with FORCE_COLOR (which wins over NO_COLOR, as its name says).
 * FORCE_COLOR=0 or false turns colour off.
 */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return new Chalk({ level: 0 });
    const level = Number(force);
    return new Chalk({ level: level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1 });
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  return new Chalk({ level: stream.isTTY ? 1 : 0 });
}
