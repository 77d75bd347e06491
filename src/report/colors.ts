import { Chalk, type ChalkInstance } from 'chalk';
import { isDumbTerminal } from './dumb-terminal.js';

/**
 * Colour only on a TTY, never with NO_COLOR, always with FORCE_COLOR (which wins over NO_COLOR, as its name says).
 * FORCE_COLOR=0 or false turns colour off. Nor on a terminal that says it has none, TERM=dumb (Emacs' shell and
 * compilation buffers), as Node's getColorDepth and chalk's own detection read it.
 */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return new Chalk({ level: 0 });
    const level = Number(force);
    return new Chalk({ level: level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1 });
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  return new Chalk({ level: stream.isTTY && !isDumbTerminal(env) ? 1 : 0 });
}
