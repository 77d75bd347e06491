import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../../src/config/config-error.js';
import { resolveSettings } from '../../../src/config/resolve-settings.js';
import { scratchDir } from '../../support/scratch-dir.js';

function project(config: unknown): { root: string; nested: string } {
  const root = scratchDir('config-');
  writeFileSync(join(root, 'acs-calllogs.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const nested = join(root, 'a', 'b');
  mkdirSync(nested, { recursive: true });
  return { root, nested };
}

test('the config is found from the current folder upward; its inputs are relative to it', () => {
  const { root, nested } = project({ inputs: ['logs'], thresholds: { jitterAvg: 40 }, gates: { maxPoorCalls: '10%' } });
  const s = resolveSettings([], {}, {}, nested);
  assert.equal(s.configPath, join(root, 'acs-calllogs.config.json'));
  assert.deepEqual(s.inputs, [join(root, 'logs')]);
  assert.equal(s.inputsFrom, 'config');
  assert.deepEqual(s.thresholds.jitterAvg.limits, { default: 40 });
  assert.deepEqual(s.gates.maxPoorCalls, { kind: 'percent', max: 10 });
});

test('precedence: flags, then config, then defaults; named inputs, then the environment, then the config', () => {
  const { nested } = project({ inputs: ['logs'], format: 'json', thresholds: { jitterAvg: 40, videoFrameRateAvg: { VBSS: 2 } }, gates: { maxPoorCalls: 5 } });
  const s = resolveSettings([], { threshold: ['jitterAvg=50'], maxPoorCalls: '1', format: 'junit' }, { ACS_CALLLOGS_INPUT: 'x.json' }, nested);
  assert.deepEqual(s.thresholds.jitterAvg.limits, { default: 50 });
  assert.deepEqual(s.thresholds.videoFrameRateAvg.limits, { Video: 7, VBSS: 2, AppSharing: 1 });
  assert.deepEqual(s.thresholds.roundTripTimeAvg.limits, { default: 500 });
  assert.deepEqual(s.gates.maxPoorCalls, { kind: 'count', max: 1 });
  assert.equal(s.format, 'junit');
  assert.deepEqual(s.inputs, ['x.json']);
  assert.deepEqual(resolveSettings(['a.json'], {}, { ACS_CALLLOGS_INPUT: 'x.json' }, nested).inputs, ['a.json']);
});

test('each gate says where it was set: the config file found further up (its key), or the flag, which wins', () => {
  const { root, nested } = project({ gates: { maxPoorCalls: 0, maxPoorStreams: '10%', maxFailedCalls: 2, failOnPoor: true, failOnUnknown: true } });
  const file = join(root, 'acs-calllogs.config.json');
  const fromFile = resolveSettings([], {}, {}, nested);
  assert.deepEqual(fromFile.gateSources, {
    'max-poor-calls': { kind: 'config', file, key: 'gates.maxPoorCalls' },
    'max-poor-streams': { kind: 'config', file, key: 'gates.maxPoorStreams' },
    'max-failed-calls': { kind: 'config', file, key: 'gates.maxFailedCalls' },
    'fail-on-unknown': { kind: 'config', file, key: 'gates.failOnUnknown' },
    'fail-on-poor': { kind: 'config', file, key: 'gates.failOnPoor' },
  });
  // A flag wins, and is the source; a gate turned off for the run has none.
  const flagged = resolveSettings([], { maxPoorCalls: '3', maxPoorStreams: 'off', failOnPoor: true, failOnUnknown: false }, {}, nested);
  assert.deepEqual(flagged.gateSources, {
    'max-poor-calls': { kind: 'flag', flag: '--max-poor-calls' },
    'max-failed-calls': { kind: 'config', file, key: 'gates.maxFailedCalls' },
    'fail-on-poor': { kind: 'flag', flag: '--fail-on-poor' },
  });
  // --config names the file the same way, and no config file leaves only flags.
  const named = resolveSettings([], { config: join(root, 'acs-calllogs.config.json') }, {}, tmpdir());
  assert.deepEqual(named.gateSources['max-poor-calls'], { kind: 'config', file, key: 'gates.maxPoorCalls' });
  assert.deepEqual(resolveSettings([], { maxPoorCalls: '0', config: undefined }, {}, scratchDir('no-config-')).gateSources, { 'max-poor-calls': { kind: 'flag', flag: '--max-poor-calls' } });
});

test('the config sets the jitter-buffer and healed maxima as it sets the others: a number, a percentage for a ratio, off', () => {
  const { nested } = project({ thresholds: { jitterBufferSizeMax: 250, healedDataRatioMax: { Audio: '15%', Video: 0.2 }, healedDataRatioAvg: 'off' } });
  const s = resolveSettings([], {}, {}, nested);
  assert.deepEqual(s.thresholds.jitterBufferSizeMax, { breachWhen: 'above', limits: { default: 250 } });
  assert.deepEqual(s.thresholds.healedDataRatioMax, { breachWhen: 'above', limits: { Audio: 0.15, Video: 0.2 } });
  assert.deepEqual(s.thresholds.healedDataRatioAvg, { breachWhen: 'above', limits: { Audio: null } });
  // A percentage is read as --threshold reads one: as JSON writes a number, an exponent allowed; never a decimal comma,
  // white space or a bare point.
  assert.deepEqual(resolveSettings([], {}, {}, project({ thresholds: { packetLossRateAvg: '1.5e1%', healedDataRatioAvg: '0.5%' } }).nested).thresholds.packetLossRateAvg.limits, { default: 0.15 });
  assert.throws(() => resolveSettings([], {}, {}, project({ thresholds: { packetLossRateAvg: '1,5%' } }).nested), /thresholds\.packetLossRateAvg: "1,5%" has a separator in it/);
  assert.throws(() => resolveSettings([], {}, {}, project({ thresholds: { healedDataRatioAvg: ' .5 %' } }).nested), /thresholds\.healedDataRatioAvg: " \.5 %" has white space around the number/);
  assert.throws(() => resolveSettings([], {}, {}, project({ thresholds: { healedDataRatioMax: 15 } }).nested), /thresholds\.healedDataRatioMax: 15 is over 1: healedDataRatioMax is a ratio from 0 to 1/);
  assert.throws(() => resolveSettings([], {}, {}, project({ thresholds: { jitterBufferSizeMax: '250%' } }).nested), /jitterBufferSizeMax is not a ratio/);
});

test('an unknown key or a bad value names the path of the field', () => {
  assert.throws(() => resolveSettings([], {}, {}, project({ thresholds: { jitterAvg: { Vdeo: 3 } } }).nested), (e: Error) => e instanceof ConfigError && /thresholds\.jitterAvg\.Vdeo: unknown key/.test(e.message));
  assert.throws(() => resolveSettings([], {}, {}, project({ gates: { maxPoorCalls: 'many' } }).nested), /gates\.maxPoorCalls: /);
  assert.throws(() => resolveSettings([], {}, {}, project({ colour: true }).nested), /colour: unknown key/);
  assert.throws(() => resolveSettings([], {}, {}, project('{ "inputs": [ }').nested), /acs-calllogs\.config\.json: not JSON/);
  assert.throws(() => resolveSettings([], { config: 'nope.json' }, {}, tmpdir()), /nope\.json: no such config file/);
});

test("the config file's format in any case, as --format takes it: JSON is json, Text is table's alias as written", () => {
  // "format": "JSON" was refused: `"JSON" is not one of the values taken`.
  assert.equal(resolveSettings([], {}, {}, project({ format: 'JSON' }).root).format, 'json');
  assert.equal(resolveSettings([], {}, {}, project({ format: 'Text' }).root).format, 'text');
  assert.throws(() => resolveSettings([], {}, {}, project({ format: 'Jsonn' }).root), (e: unknown) => e instanceof ConfigError && /format: "Jsonn" is not one of the values taken/.test(e.message));
});
