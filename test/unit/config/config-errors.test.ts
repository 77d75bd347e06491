import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../../src/config/config-error.js';
import { resolveSettings } from '../../../src/config/resolve-settings.js';
import { scratchDir } from '../../support/scratch-dir.js';

/** The one line a config file gives, its own path left out: "gates.maxPoorCalls: 2.5 is not …". */
function errorOf(config: string): string {
  const dir = scratchDir('config-errors-');
  const file = join(dir, 'acs-calllogs.config.json');
  writeFileSync(file, config);
  try {
    resolveSettings([], {}, {}, dir);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    assert.ok(error.message.startsWith(`${file}: `), error.message);
    assert.doesNotMatch(error.message, /\n/);
    return error.message.slice(file.length + 2);
  }
  assert.fail(`taken: ${config}`);
}

const GATE = 'expected a count as a number (3), a percentage as a string ("12.5%"), "off" or null';
const LIMIT = 'expected a number of at least 0 (900), "off" or null';
const RATIO = 'expected a number from 0 to 1 (0.15), a percentage ("15%"), "off" or null';

test('every config error names the key path, what was given, what is wrong and what the key takes', () => {
  const cases: Array<[string, string]> = [
    // A fraction where a count is needed: zod's "Invalid input" before.
    ['{"gates":{"maxPoorCalls":2.5}}', `gates.maxPoorCalls: 2.5 is not a whole number; ${GATE}`],
    ['{"gates":{"maxPoorStreams":-1}}', `gates.maxPoorStreams: -1 is negative; ${GATE}`],
    ['{"gates":{"maxPoorStreams":-0}}', `gates.maxPoorStreams: -0 is negative; ${GATE}`],
    ['{"thresholds":{"jitterAvg":-0.0}}', `thresholds.jitterAvg: -0.0 is negative; ${LIMIT}`],
    // A number as the file writes it, not as JSON.parse reads it (Infinity, 2.5), so that it can be found there.
    ['{"gates":{"maxFailedCalls":1e400}}', `gates.maxFailedCalls: 1e400 is too large; ${GATE}`],
    ['{"gates":{"maxPoorCalls":-1E999}}', `gates.maxPoorCalls: -1E999 is too large; ${GATE}`],
    ['{"gates":{"maxPoorCalls":2.50}}', `gates.maxPoorCalls: 2.50 is not a whole number; ${GATE}`],
    ['{"thresholds":{"JitterAvg":{"video":1e999}}}', `thresholds.jitterAvg.Video: 1e999 is too large; ${LIMIT}`],
    ['{"inputs":[1e999]}', 'inputs.0: 1e999 is a number; expected a string'],
    ['{"gates":{"maxPoorCalls":"5"}}', `gates.maxPoorCalls: "5" is a count written as a string: write it as a number; ${GATE}`],
    ['{"gates":{"maxPoorCalls":true}}', `gates.maxPoorCalls: true is a boolean; ${GATE}`],
    ['{"gates":{"maxPoorCalls":"150%"}}', `gates.maxPoorCalls: "150%" is over 100%; ${GATE}`],
    ['{"gates":{"maxPoorCalls":"1e1%"}}', `gates.maxPoorCalls: "1e1%" has an exponent: write it in digits; ${GATE}`],
    ['{"gates":{"maxPoorCalls":".5%"}}', `gates.maxPoorCalls: ".5%" has no digit before its point; ${GATE}`],
    ['{"gates":{"failOnPoor":"yes"}}', 'gates.failOnPoor: "yes" is a string; expected true or false'],
    ['{"gates":[]}', 'gates: [] is an array; expected an object'],
    ['{"gates":{"maxPoorCall":1}}', 'gates.maxPoorCall: unknown key (did you mean maxPoorCalls?); expected one of maxPoorCalls, maxPoorStreams, maxFailedCalls, failOnUnknown, failOnPoor'],
    ['{"thresholds":{"roundTripTimeAvg":"900"}}', `thresholds.roundTripTimeAvg: "900" is a number written as a string: write it as a number; ${LIMIT}`],
    ['{"thresholds":{"roundTripTimeAvg":"slow"}}', `thresholds.roundTripTimeAvg: "slow" is not a number; ${LIMIT}`],
    ['{"thresholds":{"jitterAvg":-3}}', `thresholds.jitterAvg: -3 is negative; ${LIMIT}`],
    ['{"thresholds":{"jitterAvg":"10%"}}', `thresholds.jitterAvg: "10%" has a %, but jitterAvg is not a ratio; ${LIMIT}`],
    ['{"thresholds":{"jitterAvg":{"Video":"none"}}}', `thresholds.jitterAvg.Video: "none" is not a number; ${LIMIT}`],
    ['{"thresholds":{"jitterAvg":{"Audio":true}}}', `thresholds.jitterAvg.Audio: true is a boolean; ${LIMIT}`],
    ['{"thresholds":{"jitterAvg":[30]}}', `thresholds.jitterAvg: [30] is an array; ${LIMIT}, or an object of them by media type ({ "Video": 5 })`],
    ['{"thresholds":{"jitterAvg":{"Vdeo":3}}}', 'thresholds.jitterAvg.Vdeo: unknown key (did you mean Video?); expected one of default, Audio, Video, VBSS, AppSharing'],
    ['{"thresholds":{"packetLossRateAvg":15}}', `thresholds.packetLossRateAvg: 15 is over 1: packetLossRateAvg is a ratio from 0 to 1 (0.1 or 10% for a tenth); ${RATIO}`],
    ['{"thresholds":{"packetLossRateAvg":"0.15"}}', `thresholds.packetLossRateAvg: "0.15" is a number written as a string: write it as a number; ${RATIO}`],
    ['{"thresholds":{"rtt":3}}', 'thresholds.rtt: unknown key; expected one of roundTripTimeAvg, jitterAvg, packetLossRateAvg, jitterBufferSizeAvg, jitterBufferSizeMax, healedDataRatioAvg, healedDataRatioMax, videoFrameRateAvg, recvResolutionHeight, recvFreezeDurationPerMinuteInMs'],
    ['{"format":"xml"}', 'format: "xml" is not one of the values taken; expected one of "table", "json", "junit", "markdown", "ndjson", "github", "csv", "text"'],
    ['{"inputs":"logs/"}', 'inputs: "logs/" is a string; expected an array'],
    ['{"inputs":[""]}', 'inputs.0: "" is empty; expected at least 1 character'],
    ['{"inputs":[3]}', 'inputs.0: 3 is a number; expected a string'],
    ['{"colour":true}', 'colour: unknown key; expected one of $schema, inputs, format, thresholds, redact, gates'],
    ['[1]', '(top level): [1] is an array; expected an object'],
  ];
  for (const [config, expected] of cases) assert.equal(errorOf(config), expected, config);
});

test('a mistyped key names the one it most likely meant, as a mistyped flag does; none when no key is near', () => {
  const cases: Array<[string, string]> = [
    ['{"thresholds":{"jiterAvg":40}}', 'thresholds.jiterAvg: unknown key (did you mean jitterAvg?)'],
    ['{"thresholds":{"jitterBufferAvg":300}}', 'thresholds.jitterBufferAvg: unknown key (did you mean jitterBufferSizeAvg?)'],
    ['{"thresholds":{"packetLossRate":0.2}}', 'thresholds.packetLossRate: unknown key (did you mean packetLossRateAvg?)'],
    ['{"thresholds":{"healedDataRatio":0.2}}', 'thresholds.healedDataRatio: unknown key (did you mean healedDataRatioAvg or healedDataRatioMax?)'],
    ['{"thresholds":{"videoFrameRateAvg":{"Vid":3}}}', 'thresholds.videoFrameRateAvg.Vid: unknown key (did you mean Video?)'],
    ['{"gates":{"maxPoorStream":3}}', 'gates.maxPoorStream: unknown key (did you mean maxPoorStreams?)'],
    ['{"gates":{"failOnUnkown":true}}', 'gates.failOnUnkown: unknown key (did you mean failOnUnknown?)'],
    ['{"threshold":{}}', 'threshold: unknown key (did you mean thresholds?)'],
    ['{"input":["logs"]}', 'input: unknown key (did you mean inputs?)'],
    ['{"thresholds":{"rtt":3}}', 'thresholds.rtt: unknown key; expected'],
    ['{"colour":true}', 'colour: unknown key; expected'],
  ];
  for (const [config, expected] of cases) assert.ok(errorOf(config).startsWith(expected), `${config}: ${errorOf(config)}`);
});

test('a long value is cut short in the message', () => {
  assert.equal(errorOf(`{"format":"${'x'.repeat(100)}"}`).split(' is ')[0], `format: "${'x'.repeat(38)}…`);
});

test('what the file takes is taken: JSON reads its numbers (1e1 is 10); a percentage string as the flags write one', () => {
  const dir = scratchDir('config-ok-');
  const config = { gates: { maxPoorCalls: 1e1, maxPoorStreams: '12.5%', maxFailedCalls: 0 }, thresholds: { jitterAvg: 2.5e1, packetLossRateAvg: '1.5e1%', jitterBufferSizeMax: { Video: 'off', Audio: null } } };
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify(config).replace('10', '1e1'));
  const s = resolveSettings([], {}, {}, dir);
  assert.deepEqual(s.gates, { maxPoorCalls: { kind: 'count', max: 10 }, maxPoorStreams: { kind: 'percent', max: 12.5 }, maxFailedCalls: { kind: 'count', max: 0 } });
  assert.deepEqual(s.thresholds.jitterAvg.limits, { default: 25 });
  assert.deepEqual(s.thresholds.packetLossRateAvg.limits, { default: 0.15 });
  assert.deepEqual(s.thresholds.jitterBufferSizeMax.limits, { default: 200, Video: null, Audio: null });
});

test('a gate is "off" in the file (in any case) as a threshold is, and as the flag is: the gate off; null too', () => {
  const dir = scratchDir('config-gate-off-');
  writeFileSync(join(dir, 'acs-calllogs.config.json'), '{"gates":{"maxPoorCalls":"off","maxPoorStreams":null,"maxFailedCalls":"off","failOnPoor":true},"thresholds":{"jitterAvg":"off"}}');
  const s = resolveSettings([], {}, {}, dir);
  assert.deepEqual(s.gates, { failOnPoor: true });
  // A flag still sets the gate, as over null.
  assert.deepEqual(resolveSettings([], { maxPoorCalls: '2' }, {}, dir).gates.maxPoorCalls, { kind: 'count', max: 2 });
  // "off" in any case, as the flags take it (--max-poor-calls OFF) and as the file's format and metric names are
  // taken: "OFF" was refused ('"OFF" is not a number'), a gate's and a threshold's alike.
  writeFileSync(join(dir, 'acs-calllogs.config.json'), '{"gates":{"maxPoorCalls":"OFF","maxPoorStreams":"Off","failOnPoor":true},"thresholds":{"jitterAvg":"OFF","roundTripTimeAvg":{"Video":"Off"}}}');
  const cased = resolveSettings([], {}, {}, dir);
  assert.deepEqual(cased.gates, { failOnPoor: true });
  assert.deepEqual(cased.thresholds.jitterAvg.limits, { default: null });
  assert.equal(cased.thresholds.roundTripTimeAvg.limits.Video, null);
  assert.deepEqual(resolveSettings([], { maxPoorCalls: 'OFF', threshold: ['jitterAvg=Off'] }, {}, scratchDir('config-none-')).gates, {});
});

test('metric and media-type names are taken in any case, as --threshold takes them (a Log Analytics column: JitterAvg)', () => {
  const dir = scratchDir('config-case-');
  const config = { thresholds: { JitterAvg: 40, ROUNDTRIPTIMEAVG: { video: 700, default: 600 }, videoframerateavg: { vbss: 'off' } } };
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify(config));
  const s = resolveSettings([], {}, {}, dir);
  assert.deepEqual(s.thresholds.jitterAvg.limits, { default: 40 });
  assert.deepEqual(s.thresholds.roundTripTimeAvg.limits, { default: 600, Video: 700 });
  assert.equal(s.thresholds.videoFrameRateAvg.limits.VBSS, null);
  // The same flags give the same limits.
  const flags = resolveSettings([], { threshold: ['JitterAvg=40', 'ROUNDTRIPTIMEAVG.video=700', 'ROUNDTRIPTIMEAVG.default=600', 'videoframerateavg.vbss=off'] }, {}, scratchDir('config-none-'));
  assert.deepEqual(flags.thresholds, s.thresholds);
});

test('one name given twice in two cases is refused, naming both; other keys are taken only as written', () => {
  const cases: Array<[string, string]> = [
    ['{"thresholds":{"jitterAvg":30,"JitterAvg":40}}', 'thresholds.jitterAvg and thresholds.JitterAvg: one metric given twice (names are taken in any case); keep one'],
    ['{"thresholds":{"jitterAvg":{"Video":1,"VIDEO":2}}}', 'thresholds.jitterAvg.Video and thresholds.jitterAvg.VIDEO: one media type given twice (names are taken in any case); keep one'],
    // A bad value under a name in another case is told under the name as the schema spells it.
    ['{"thresholds":{"JITTERAVG":-3}}', `thresholds.jitterAvg: -3 is negative; ${LIMIT}`],
    // JSON.parse makes `__proto__` an own key: still a key, refused by name.
    ['{"thresholds":{"__proto__":{"Video":1}}}', 'thresholds.__proto__: unknown key; expected one of roundTripTimeAvg, jitterAvg, packetLossRateAvg, jitterBufferSizeAvg, jitterBufferSizeMax, healedDataRatioAvg, healedDataRatioMax, videoFrameRateAvg, recvResolutionHeight, recvFreezeDurationPerMinuteInMs'],
    ['{"thresholds":{"jitterAvg":{"__proto__":1}}}', 'thresholds.jitterAvg.__proto__: unknown key; expected one of default, Audio, Video, VBSS, AppSharing'],
    ['{"Gates":{"maxPoorCalls":1}}', 'Gates: unknown key (did you mean gates?); expected one of $schema, inputs, format, thresholds, redact, gates'],
    ['{"gates":{"MaxPoorCalls":1}}', 'gates.MaxPoorCalls: unknown key (did you mean maxPoorCalls?); expected one of maxPoorCalls, maxPoorStreams, maxFailedCalls, failOnUnknown, failOnPoor'],
  ];
  for (const [config, expected] of cases) assert.equal(errorOf(config), expected, config);
});

test('a key given twice in one object is refused, naming it and its lines, not run by the last as JSON.parse reads it', () => {
  const cases: Array<[string, string]> = [
    ['{\n  "gates": {\n    "maxPoorCalls": 0,\n    "failOnPoor": true,\n    "maxPoorCalls": 5\n  }\n}\n', 'gates.maxPoorCalls: one key given twice (lines 3 and 5); keep one'],
    ['{"thresholds":{"jitterAvg":{"Video":30,"Video":40}}}', 'thresholds.jitterAvg.Video: one key given twice (both on line 1); keep one'],
    ['{"gates":{},"gates":{"failOnPoor":true}}', 'gates: one key given twice (both on line 1); keep one'],
    // Keys are compared as JSON reads them: an escape is the character it writes.
    ['{"inputs":["a"],"\\u0069nputs":["b"]}', 'inputs: one key given twice (both on line 1); keep one'],
    ['{"inputs":[{"a":1},{"a":1,"x\\"y":2,"x\\"y":3}]}', 'inputs.1.x"y: one key given twice (both on line 1); keep one'],
    // Lines end at a lone CR too, and a CR LF is one line end.
    ['{\r  "gates": {\r    "maxPoorCalls": 0,\r    "maxPoorCalls": 5\r  }\r}\r', 'gates.maxPoorCalls: one key given twice (lines 3 and 4); keep one'],
    ['{\r\n  "gates": {\r\n    "maxPoorCalls": 0,\r\n\r\n    "maxPoorCalls": 5\r\n  }\r\n}\r\n', 'gates.maxPoorCalls: one key given twice (lines 3 and 5); keep one'],
  ];
  for (const [config, expected] of cases) assert.equal(errorOf(config), expected, config);
  // One key in two objects, or a key's name as a value, is no key given twice.
  const dir = scratchDir('config-twice-');
  writeFileSync(join(dir, 'acs-calllogs.config.json'), '{"thresholds":{"jitterAvg":{"Video":30},"roundTripTimeAvg":{"Video":600}},"format":"json","inputs":["format", "{\\"format\\":1,"]}');
  assert.deepEqual(resolveSettings([], {}, {}, dir).thresholds.roundTripTimeAvg.limits, { default: 500, Video: 600 });
});

test('a value nested too deeply to write back is still one config error, not an internal one', () => {
  const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
  assert.equal(errorOf(`{"thresholds":${deep}}`), 'thresholds: a value nested too deeply to show is an array; expected an object');
  // A number at each level, written otherwise than JavaScript writes it: read once, not its path built at each.
  const deepNumbers = `${'[1.0,'.repeat(100_000)}1.0${']'.repeat(100_000)}`;
  assert.equal(errorOf(`{"thresholds":${deepNumbers}}`), 'thresholds: a value nested too deeply to show is an array; expected an object');
});

test('a config that is not JSON is told by line and column, not by the offset JSON.parse gives, or by none', () => {
  // JSONC's and JSON5's comments and commas after the last item (tsconfig.json takes them) are named as what JSON does not take.
  const comma = ": a comma before '}', after the last item, which JSON does not take";
  assert.equal(errorOf('{\n  "gates": {\n    "maxPoorCalls": "5%",\n  }\n}\n'), `not JSON: Expected double-quoted property name at line 4 column 3${comma}`);
  assert.equal(errorOf('{"inputs": ["logs/" , \n]}'), "not JSON: Unexpected ']' at line 2 column 1: a comma before ']', after the last item, which JSON does not take");
  // Lines end at a lone CR too, and a CR LF is one line end.
  assert.equal(errorOf('{\r  "gates": {\r    "maxPoorCalls": "5%",\r  }\r}\r'), `not JSON: Expected double-quoted property name at line 4 column 3${comma}`);
  assert.equal(errorOf('{\r\n  "gates": {\r\n    "maxPoorCalls": "5%",\r\n  }\r\n}\r\n'), `not JSON: Expected double-quoted property name at line 4 column 3${comma}`);
  const comment = ': a comment, which JSON does not take';
  assert.equal(errorOf('// CI gates\n{"gates": {}}'), `not JSON: Unexpected '/' at line 1 column 1${comment}`);
  assert.equal(errorOf('{\n  // CI gates\n  "gates": {}\n}'), `not JSON: Expected property name or '}' at line 2 column 3${comment}`);
  assert.equal(errorOf('{"gates": {"maxPoorCalls": 3 /* three */}}'), `not JSON: Expected ',' or '}' after property value at line 1 column 30${comment}`);
  // JSON.parse names no place for these: found again, the character named (escaped when a terminal would act on it).
  assert.equal(errorOf('{"gates": x}'), "not JSON: Unexpected 'x' at line 1 column 11");
  assert.equal(errorOf('{\n  "gates": {\n    "maxPoorCalls": \n  }\n}\n'), "not JSON: Unexpected '}' at line 4 column 3");
  assert.equal(errorOf('{\n  "x": \u001b[31m1\n}'), 'not JSON: Unexpected \\u001b at line 2 column 8');
  assert.equal(errorOf('[1,,2]'), "not JSON: Unexpected ',' at line 1 column 4");
  assert.equal(errorOf('{"gates": {}'), "not JSON: Expected ',' or '}' after property value at line 1 column 13");
  assert.equal(errorOf('{"gates":\n'), 'not JSON: the text ends before its JSON does, at line 2 column 1');
});

test('a config file that is a link to nothing is an error naming it and its target, not passed over for the one above', () => {
  const root = scratchDir('config-link-');
  const dir = join(root, 'ci');
  mkdirSync(dir);
  writeFileSync(join(root, 'acs-calllogs.config.json'), '{"gates":{"failOnPoor":false}}');
  const link = join(dir, 'acs-calllogs.config.json');
  symlinkSync('../shared/acs-calllogs.config.json', link);
  for (const explicit of [undefined, link]) {
    assert.throws(
      () => resolveSettings([], explicit === undefined ? {} : { config: explicit }, {}, dir),
      (error: unknown) => error instanceof ConfigError && error.message === `config file ${link} is a link to ../shared/acs-calllogs.config.json, which does not exist: the link points nowhere`,
    );
  }
});
