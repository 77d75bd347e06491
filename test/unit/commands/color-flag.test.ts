import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyColorFlag } from '../../../src/commands/color-flag.js';
import { colorsFor } from '../../../src/report/colors.js';

test('--color and --no-color win over the environment as colorsFor reads it; neither leaves it alone', () => {
  const level = (flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean) => {
    const copy = { ...env };
    applyColorFlag(flag, copy);
    return colorsFor({ isTTY }, copy).level;
  };
  assert.equal(level(true, {}, false), 1, '--color on a pipe');
  assert.equal(level(true, { NO_COLOR: '1' }, false), 1, '--color over NO_COLOR');
  assert.equal(level(true, { FORCE_COLOR: '3' }, false), 3, 'a forced level is kept');
  assert.equal(level(true, { FORCE_COLOR: '0' }, true), 1, '--color over FORCE_COLOR=0');
  assert.equal(level(false, {}, true), 0, '--no-color on a terminal');
  assert.equal(level(false, { FORCE_COLOR: '2' }, true), 0, '--no-color over FORCE_COLOR');
  assert.equal(level(undefined, { NO_COLOR: '1' }, true), 0);
  assert.equal(level(undefined, {}, true), 1);
  // TERM=dumb: a terminal that has no colours, as Node's getColorDepth reads it; --color and FORCE_COLOR still win.
  assert.equal(level(undefined, { TERM: 'dumb' }, true), 0, 'TERM=dumb');
  assert.equal(level(undefined, { TERM: 'xterm-256color' }, true), 1);
  assert.equal(level(true, { TERM: 'dumb' }, true), 1, '--color over TERM=dumb');
  assert.equal(level(undefined, { TERM: 'dumb', FORCE_COLOR: '1' }, true), 1, 'FORCE_COLOR over TERM=dumb');
});
