import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { usageErrorLine } from '../support/usage-error-line.js';
import { scratchDir } from '../support/scratch-dir.js';

test("a command's option written before the command: the line names the command and the order that runs", () => {
  assert.equal(
    usageErrorLine(['--format', 'json', 'summarize', 'samples/']),
    'acs-calllogs: --format is an option of summarize: write it after the command, as in acs-calllogs summarize samples/ --format json\n',
  );
  // The program's own options stay where they were; the command's move after its arguments, each with its value.
  assert.equal(
    usageErrorLine(['--debug', '--since', '24h', '--threshold', 'jitterAvg.Video=off', 'summarize', 'samples/', '--only-poor']),
    'acs-calllogs: --since is an option of summarize: write it after the command, as in acs-calllogs --debug summarize samples/ --only-poor --since 24h --threshold jitterAvg.Video=off\n',
  );
  assert.equal(
    usageErrorLine(['-f', 'markdown', 'call', "it's", 'samples/']),
    "acs-calllogs: -f is an option of call: write it after the command, as in acs-calllogs call 'it'\\''s' samples/ -f markdown\n",
  );
  assert.equal(usageErrorLine(['--since=7d', 'kql']), 'acs-calllogs: --since is an option of kql: write it after the command, as in acs-calllogs kql --since=7d\n');
  // An option of no command named is commander's unknown option, as before; the program's options still go first.
  assert.equal(usageErrorLine(['--format', 'json', 'kql']), "acs-calllogs: unknown option '--format' (see acs-calllogs --help)\n");
  assert.equal(runCli(['--no-color', 'summarize', 'samples/']).status, 0);
});

test("an option written before its command whose value is a command's name: the command is the word after the value", () => {
  // A config file named call was taken for the command: "--config is an option of call: … acs-calllogs call summarize
  // samples/ --config", the value lost; and -config's line pointed at call's help.
  assert.equal(
    usageErrorLine(['--config', 'call', 'summarize', 'samples/']),
    'acs-calllogs: --config is an option of summarize: write it after the command, as in acs-calllogs summarize samples/ --config call\n',
  );
  assert.equal(
    usageErrorLine(['--debug', '--config', 'summarize', 'call', 'a60ad5d9', 'samples/']),
    'acs-calllogs: --config is an option of call: write it after the command, as in acs-calllogs --debug call a60ad5d9 samples/ --config summarize\n',
  );
  assert.equal(usageErrorLine(['-config', 'call', 'summarize', 'samples/']), "acs-calllogs: unknown option '-config' (did you mean --config?) (see acs-calllogs summarize --help)\n");
  // A value written with = is no word of its own: the word after it is the command, as before.
  assert.equal(usageErrorLine(['--since=7d', 'kql', 'call']), 'acs-calllogs: --since is an option of kql: write it after the command, as in acs-calllogs kql call --since=7d\n');
  // After the command, the value is commander's to read, as it always was.
  assert.equal(usageErrorLine(['summarize', '--config', 'call', 'samples/']), 'acs-calllogs: call: no such config file\n');
});

test("a command's usage error points at that command's help, which lists its options; the program's lists none", () => {
  assert.equal(usageErrorLine(['summarize', 'samples/', '--fromat', 'json']), "acs-calllogs: unknown option '--fromat' (did you mean --format?) (see acs-calllogs summarize --help)\n");
  // A missing argument in the tool's words, with where it goes; its options around it change nothing.
  assert.equal(usageErrorLine(['call']), 'acs-calllogs: call needs a correlation id: acs-calllogs call <correlationId> [inputs...] (see acs-calllogs call --help)\n');
  assert.equal(usageErrorLine(['call', '--format', 'json']), 'acs-calllogs: call needs a correlation id: acs-calllogs call <correlationId> [inputs...] (see acs-calllogs call --help)\n');
  assert.match(usageErrorLine(['kql', 'samples/']), /^acs-calllogs: kql takes no arguments, only options: leave out 'samples\/'; .* \(see acs-calllogs kql --help\)\n$/);
  for (const command of ['summarize', 'call', 'kql']) assert.match(runCli([command, '--help']).stdout, /--threshold/);
  assert.doesNotMatch(runCli(['--help']).stdout, /--threshold|--format/);
  // The program's own errors keep the program's help.
  assert.equal(usageErrorLine(['sumarize', 'samples/']), "acs-calllogs: unknown command 'sumarize' (did you mean summarize?) (see acs-calllogs --help)\n");
  // Nothing near: the commands there are.
  assert.equal(usageErrorLine(['nosuch', 'samples/']), "acs-calllogs: unknown command 'nosuch' (commands: summarize, call, kql, help) (see acs-calllogs --help)\n");
});

test("commander's usage errors in the tool's words: 'did you mean' as for a config key, wherever the typo is", () => {
  // `help sumarize` is answered as `sumarize` is.
  assert.equal(usageErrorLine(['help', 'sumarize']), "acs-calllogs: unknown command 'sumarize' (did you mean summarize?) (see acs-calllogs --help)\n");
  assert.equal(usageErrorLine(['help', 'kq']), "acs-calllogs: unknown command 'kq' (did you mean kql?) (see acs-calllogs --help)\n");
  // A short flag in the wrong case, and the long flags of its letter (one or two); a long flag written with one dash.
  assert.equal(usageErrorLine(['-v']), "acs-calllogs: unknown option '-v' (did you mean -V/--version?) (see acs-calllogs --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '-v']), "acs-calllogs: unknown option '-v' (did you mean -V/--version or --verbose?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '-F', 'json']), "acs-calllogs: unknown option '-F' (did you mean -f/--format?) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '-verbose']), "acs-calllogs: unknown option '-verbose' (did you mean --verbose?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '--fromat=json']), "acs-calllogs: unknown option '--fromat=json' (did you mean --format?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['--verison']), "acs-calllogs: unknown option '--verison' (did you mean --version?) (see acs-calllogs --help)\n");
  // Nothing near: no guess.
  assert.equal(usageErrorLine(['summarize', 'samples/', '-s']), "acs-calllogs: unknown option '-s' (see acs-calllogs summarize --help)\n");
  // An argument kql does not take: named, with what to do.
  assert.equal(
    usageErrorLine(['kql', 'samples/', 'x']),
    "acs-calllogs: kql takes no arguments, only options: leave out 'samples/' 'x'; kql reads no logs: it prints a query to run in a Log Analytics workspace (exported logs are read by summarize <files|dirs>) (see acs-calllogs kql --help)\n",
  );
  assert.equal(
    usageErrorLine(['kql', '--since', '2026-11-20', '09:00']),
    "acs-calllogs: kql takes no arguments, only options: leave out '09:00'; a time of day, parted from its date by a space? write them as one word (2026-11-20T09:00) or quote them ('2026-11-20 09:00') (see acs-calllogs kql --help)\n",
  );
  // A flag last on the line, its value missing.
  assert.equal(usageErrorLine(['kql', '--since']), 'acs-calllogs: --since: the value is missing (--since <time>) (see acs-calllogs kql --help)\n');
  // The help and the version are still commander's, exit 0; no command at all is the help on stderr, exit 2.
  assert.match(runCli(['help', 'kql']).stdout, /^Usage: acs-calllogs kql/);
  assert.equal(runCli(['-V']).stdout, '0.1.0\n');
  const bare = runCli([]);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /^Usage: acs-calllogs /);
});

test('no inputs, with something piped in: the line says that standard input is read only when named -', () => {
  const piped = { input: '{"category":"CallSummary"}\n' };
  assert.equal(
    usageErrorLine(['summarize'], piped),
    'acs-calllogs: no inputs: name them (acs-calllogs summarize <files|dirs|->), set ACS_CALLLOGS_INPUT, or list them in acs-calllogs.config.json; standard input is read only when named: … | acs-calllogs summarize -\n',
  );
  assert.match(usageErrorLine(['call', 'a60ad5d9'], piped), /; standard input is read only when named: … \| acs-calllogs call <id> -\n$/);
});

test('a path written with backslashes, as Windows writes it: said so, with the path it meant when that exists', () => {
  assert.equal(
    usageErrorLine(['summarize', 'samples\\exports\\group-call-records.json']),
    'acs-calllogs: samples\\exports\\group-call-records.json: cannot open: no such file or directory; a backslash is no path separator here: samples/exports/group-call-records.json exists\n',
  );
  assert.equal(
    usageErrorLine(['call', 'a60ad5d9', '.\\samples']),
    'acs-calllogs: .\\samples: cannot open: no such file or directory; a backslash is no path separator here: ./samples exists\n',
  );
  assert.equal(
    usageErrorLine(['summarize', 'C:\\no-such-folder\\PT1H.json']),
    'acs-calllogs: C:\\no-such-folder\\PT1H.json: cannot open: no such file or directory; a Windows path: here a path is written with /, a drive as a folder (on WSL, /mnt/c/no-such-folder/PT1H.json)\n',
  );
  assert.equal(
    usageErrorLine(['summarize', 'logs\\PT1H.json']),
    'acs-calllogs: logs\\PT1H.json: cannot open: no such file or directory; a backslash is no path separator here: write / (logs/PT1H.json)\n',
  );
});

test('--report with a path and no format, a format and no path, or a colon: the line gives the flag put right', () => {
  const report = (command: string[], value: string): string => usageErrorLine([...command, '--report', value]);
  const summarize = ['summarize', 'samples/'];
  const call = ['call', 'a60ad5d9', 'samples/'];
  assert.equal(report(summarize, 'out/calls.xml'), "acs-calllogs: --report 'out/calls.xml': expected <format>=<path>, the format first: junit=out/calls.xml\n");
  assert.equal(report(summarize, 'json'), "acs-calllogs: --report 'json': expected json=<path>, the path in the same word, after '=' (json=out/report.json)\n");
  assert.equal(report(summarize, 'json:out.json'), "acs-calllogs: --report 'json:out.json': expected <format>=<path>: json=out.json\n");
  assert.equal(report(summarize, 'notes.txt'), "acs-calllogs: --report 'notes.txt': expected <format>=<path>, the format first: table=notes.txt\n");
  assert.equal(report(call, 'notes.txt'), "acs-calllogs: --report 'notes.txt': expected <format>=<path>, the format first: text=notes.txt\n");
  assert.equal(report(call, 'ticket.md'), "acs-calllogs: --report 'ticket.md': expected <format>=<path>, the format first: markdown=ticket.md\n");
  // call writes no CSV: no format of it is offered for a .csv.
  assert.equal(report(call, 'calls.csv'), "acs-calllogs: --report 'calls.csv': expected <format>=<path>, e.g. junit=out/calls.xml\n");
});

test('a text file of one line megabytes long is skipped, its first line tested as a CSV header in slices, not a character at a time', () => {
  // A character at a time, testing 4 MiB as a header took a heap of hundreds of MB (and ~16 s): under a 64 MB heap
  // V8 ended the run with its own fatal error and trace.
  const dir = scratchDir('one-line-');
  const path = join(dir, 'one-line.txt');
  writeFileSync(path, `CorrelationId${'x'.repeat(4 * 1024 * 1024)}`);
  const stderr = usageErrorLine(['summarize', path], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
  assert.match(stderr, /^acs-calllogs: no call-log records found in .*one-line\.txt: not call logs: neither JSON nor a CSV header naming a call-log column \(starts "CorrelationIdx+…"\)\n$/);
});

test("a flag's value the shell cut at a space (a time after its date, a % after its number): the input it made is said to be one", () => {
  assert.equal(
    usageErrorLine(['summarize', 'samples/', '--since', '2026-11-20', '09:00']),
    "acs-calllogs: 09:00: cannot open: no such file or directory; a time of day, parted from its date by a space? write them as one word (2026-11-20T09:00) or quote them ('2026-11-20 09:00')\n",
  );
  assert.match(usageErrorLine(['summarize', 'samples/', '--until', '2026-11-20', '09:00:00.5Z']), /^acs-calllogs: 09:00:00\.5Z: cannot open: no such file or directory; a time of day, parted from its date/);
  assert.equal(
    usageErrorLine(['summarize', 'samples/', '--max-poor-calls', '5', '%']),
    'acs-calllogs: %: cannot open: no such file or directory; a % parted from its number by a space? write them as one word (5%)\n',
  );
  // A missing input of any other name is said as before.
  assert.equal(usageErrorLine(['summarize', 'samples/', 'nothere']), 'acs-calllogs: nothere: cannot open: no such file or directory\n');
});

test("summarize's help says where its inputs come from when none is named, as call's does", () => {
  for (const command of ['summarize', 'call']) {
    // Its description is wrapped to the help's width: the words are compared, not the lines.
    const help = runCli([command, '--help']).stdout.replace(/\s+/g, ' ');
    assert.match(help, / inputs files, directories .*?\(default: \$ACS_CALLLOGS_INPUT, paths joined by ":", or the config's inputs\) /, command);
  }
});

test('an empty call id or input, as an unset variable gives (call "$TEST_CALL_ID" logs/): said to be empty, not too short or not found', () => {
  assert.equal(
    usageErrorLine(['call', '', 'samples/']),
    "acs-calllogs: the call id is empty (an unset variable?): expected the call's id, or its first 8 characters or more\n",
  );
  assert.equal(usageErrorLine(['call', ' ', 'samples/']), "acs-calllogs: the call id is blank (an unset variable?): expected the call's id, or its first 8 characters or more\n");
  assert.equal(usageErrorLine(['summarize', '']), 'acs-calllogs: an input is empty (an unset variable?): expected a file, a folder or - for standard input\n');
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '']), 'acs-calllogs: an input is empty (an unset variable?): expected a file, a folder or - for standard input\n');
});

test('standard input that holds no call logs (a binary, notes): said of standard input, as an empty one is, not of "-"', () => {
  const binary = runCli(['summarize', '-'], { input: Buffer.from([0, 1, 2, 0x62, 0x69, 0x6e]) });
  assert.equal(binary.status, 2);
  assert.equal(binary.stderr, 'acs-calllogs: no call-log records found in - (standard input): not call logs: binary data\n');
  const notes = runCli(['summarize', '-'], { input: 'hello\n' });
  assert.match(notes.stderr, /^acs-calllogs: no call-log records found in - \(standard input\): not call logs: neither JSON nor a CSV header/);
  // Every message that names the inputs: call's, and summarize's of standard input read and holding no call log.
  const call = runCli(['call', 'a60ad5d9', '-'], { input: Buffer.from([0, 1, 2, 0x62, 0x69, 0x6e]) });
  assert.equal(call.status, 2);
  assert.match(call.stderr, /\nacs-calllogs: no call 'a60ad5d9' in - \(standard input\): no call-log records found there \(read 0 files, 0 records; the files skipped are named above\)\n$/);
  const other = runCli(['summarize', '-'], { input: '{"a":1}\n' });
  assert.match(other.stderr, /\nacs-calllogs: no call-log records found in - \(standard input\) \(read 1 file, 0 records, 1 invalid\)\n$/);
});

test("a long option written with one dash (-format json): said to be one, not read as -f's value or as short flags", () => {
  // commander read `-format json` as `-f ormat` (unknown --format 'ormat'), `-fail-on-poor` as `-f ail-on-poor`, and
  // `-quiet` as `-q` then `-u` (unknown option '-uiet').
  assert.equal(usageErrorLine(['summarize', 'samples/', '-format', 'json']), "acs-calllogs: unknown option '-format' (did you mean --format?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '-fail-on-poor']), "acs-calllogs: unknown option '-fail-on-poor' (did you mean --fail-on-poor?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '-quiet']), "acs-calllogs: unknown option '-quiet' (did you mean --quiet?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '-format=json']), "acs-calllogs: unknown option '-format=json' (did you mean --format?) (see acs-calllogs call --help)\n");
  // Short flags, alone or together, are read as before.
  assert.equal(runCli(['summarize', 'samples/', '-qf', 'json']).status, 0);
});

test('a file or folder written as the command (acs-calllogs samples/): said to be one, with the line that reads it', () => {
  assert.equal(usageErrorLine(['samples/']), "acs-calllogs: unknown command 'samples/': a file or folder; write the command before it (acs-calllogs summarize samples/) (see acs-calllogs --help)\n");
  // A name that is no path is answered as before.
  assert.equal(usageErrorLine(['nosuch']), "acs-calllogs: unknown command 'nosuch' (commands: summarize, call, kql, help) (see acs-calllogs --help)\n");
});

test('call on a folder with no call logs (empty, or the wrong one): said so, not only that the call is not there', () => {
  // It said "no call 'a60ad5d9' in <dir>", as of logs read whose ids the id is not among.
  const empty = scratchDir('no-logs-');
  assert.equal(usageErrorLine(['call', 'a60ad5d9', empty]), `acs-calllogs: no call 'a60ad5d9' in ${empty}: no call-log records found there (read 0 files, 0 records)\n`);
  // Logs of other calls: that none of their ids is near it, as before, and nothing of "no records".
  const other = runCli(['call', 'a60ad5d8', 'test/fixtures/input/article-p2p-call.jsonl']);
  assert.equal(other.status, 2);
  assert.match(other.stderr, /^acs-calllogs: no call 'a60ad5d8' in test\/fixtures\/input\/article-p2p-call\.jsonl; no call's or leg's id seen is near it, /);
  assert.doesNotMatch(other.stderr, /no call-log records/);
});

test("other tools' report flags (--json, az's --output json, -o) point at --format; another command's option is said to be its", () => {
  // --json was "did you mean --version?", --output none, -o "did you mean --only-poor?".
  assert.equal(usageErrorLine(['summarize', 'samples/', '--json']), "acs-calllogs: unknown option '--json' (did you mean --format json?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--markdown']), "acs-calllogs: unknown option '--markdown' (did you mean --format markdown?) (see acs-calllogs call --help)\n");
  for (const flag of ['--output', '-o']) {
    assert.equal(
      usageErrorLine(['summarize', 'samples/', flag, 'json']),
      `acs-calllogs: unknown option '${flag}' (did you mean --format <format>, or --report <format>=<path> to write a file?) (see acs-calllogs summarize --help)\n`,
    );
  }
  // call --since was "unknown option '--since'" alone, call --sort "did you mean --format, --report or --strict?".
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--since', '1d']), "acs-calllogs: unknown option '--since' (--since is an option of summarize and kql, not of call) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--sort', 'start']), "acs-calllogs: unknown option '--sort' (--sort is an option of summarize, not of call) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '--all']), "acs-calllogs: unknown option '--all' (--all is an option of call, not of summarize) (see acs-calllogs summarize --help)\n");
  // A typo of this command's own option is answered as before.
  assert.equal(usageErrorLine(['summarize', 'samples/', '--only-por']), "acs-calllogs: unknown option '--only-por' (did you mean --only-poor?) (see acs-calllogs summarize --help)\n");
});

test('a word of an option typed alone suggests the option that holds it, not the one fewest edits away', () => {
  // --poor was "did you mean --color?" (2 edits), --unknown and --poor-only had no suggestion, call --fail was "did you mean --all?".
  assert.equal(usageErrorLine(['summarize', 'samples/', '--poor']), "acs-calllogs: unknown option '--poor' (did you mean --only-poor?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '--fail-poor']), "acs-calllogs: unknown option '--fail-poor' (did you mean --fail-on-poor?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '--unknown']), "acs-calllogs: unknown option '--unknown' (did you mean --fail-on-unknown?) (see acs-calllogs summarize --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--poor']), "acs-calllogs: unknown option '--poor' (did you mean --fail-on-poor?) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'samples/', '--fail']), "acs-calllogs: unknown option '--fail' (did you mean --fail-on-poor?) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['summarize', 'samples/', '--poor-only']), "acs-calllogs: unknown option '--poor-only' (did you mean --only-poor?) (see acs-calllogs summarize --help)\n");
});

test("a long option with one dash is read against the command commander runs, not a later word that names another", () => {
  // An input folder named summarize made call's line summarize's: "(see acs-calllogs summarize --help)". (-all, which
  // summarize does not take, and kql's -per-call came to these lines through commander's error; they still do.)
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'summarize', '-quiet']), "acs-calllogs: unknown option '-quiet' (did you mean --quiet?) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'summarize', '-all']), "acs-calllogs: unknown option '-all' (did you mean --all?) (see acs-calllogs call --help)\n");
  assert.equal(usageErrorLine(['--no-color', 'kql', '-per-call', 'call']), "acs-calllogs: unknown option '-per-call' (did you mean --per-call?) (see acs-calllogs kql --help)\n");
  // One written before its command is still read against the command named after it.
  assert.equal(usageErrorLine(['-format', 'json', 'summarize', 'samples/']), "acs-calllogs: unknown option '-format' (did you mean --format?) (see acs-calllogs summarize --help)\n");
});

test('call with two ids (call a60ad5d9 2aaed7ee samples/): the second, not a file, is said to be an id, and call to show one call', () => {
  // It was "2aaed7ee: cannot open: no such file or directory" alone.
  assert.equal(
    usageErrorLine(['call', 'a60ad5d9', '2aaed7ee', 'samples/']),
    "acs-calllogs: 2aaed7ee: cannot open: no such file or directory; '2aaed7ee' looks like an id: call shows one call, its id first (acs-calllogs call <id> <files|dirs|->); run it once a call\n",
  );
  // A missing input of another name is said as before.
  assert.equal(usageErrorLine(['call', 'a60ad5d9', 'nothere']), 'acs-calllogs: nothere: cannot open: no such file or directory\n');
});
