#!/usr/bin/env node
// End-to-end speed of the built CLI: `npm run bench [-- --mb 200 --runs 5]`.
// Generates (once, under /tmp, never in the repository) the same export as JSON Lines, a pretty-printed JSON
// array, a JSON array of one element a line, Event Hubs envelopes one a line, jq's pretty stream, and gzip
// (bench-data.mjs); then runs, side by side and interleaved (so that the noise of a busy machine falls on every case
// alike), the bare Node loop (bench-bare-loop.mjs: bytes, the yardstick of the ratios; text, the yardstick before;
// JSON.parse alone), jq when installed, `summarize --format json` on every layout and `call <id>`.
// Each run is a fresh process timed by /usr/bin/time (wall time, peak RSS); figures are medians.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateExports } from './bench-data.mjs';
import { threadCpu } from './bench-thread-cpu.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const mb = option('--mb', 100);
const runs = option('--runs', 3);
const dir = `/tmp/acs-calllogs-bench-${mb}mb-v2`;
const bin = fileURLToPath(new URL('../bin/acs-calllogs.js', import.meta.url));
const bare = fileURLToPath(new URL('./bench-bare-loop.mjs', import.meta.url));
const hasJq = spawnSync('sh', ['-c', 'command -v jq'], { encoding: 'utf8' }).status === 0;
if (!existsSync('/usr/bin/time')) {
  console.error('npm run bench: needs GNU time at /usr/bin/time for wall time and peak RSS (Debian, Ubuntu: apt-get install time)');
  process.exit(2);
}
// Each thread's CPU time is read from Linux's /proc; elsewhere that part is left out.
const hasProc = existsSync('/proc/self/task');

mkdirSync(dir, { recursive: true });
const files = await generateExports(dir, mb);
const cli = (...a) => [process.execPath, bin, ...a];
const probe = spawnSync(process.execPath, [bin, 'summarize', files.jsonl, '--format', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (probe.status !== 0) throw new Error(`summarize failed: ${probe.stderr}`);
const doc = JSON.parse(probe.stdout);
const id = doc.calls.at(-1).correlationId;
// The call's own lines alone: `call` on them does all that `call` on the export does but search the other lines,
// so the difference is what searching costs, the part that grows with the export.
const callLines = `${dir}/call-lines.jsonl`;
writeFileSync(callLines, Buffer.concat(linesHolding(readFileSync(files.jsonl), Buffer.from(id))));

const cases = [
  { key: 'bare', label: 'bare Node loop (JSON Lines)', cmd: [process.execPath, bare, files.jsonl], size: files.jsonl },
  // The same loop reading text (bench-bare-loop.mjs --text): the yardstick before, shown for what it did to the ratios.
  { key: 'bareText', label: 'bare Node loop, text pieces', cmd: [process.execPath, bare, files.jsonl, '--text'], size: files.jsonl },
  ...(hasJq ? [{ key: 'jq', label: `jq -c 'select(.correlationId==…)'`, cmd: ['jq', '-c', `select(.correlationId=="${id}")`, files.jsonl], size: files.jsonl }] : []),
  // What no reader that parses each record goes below on one thread (bench-bare-loop.mjs --parse-only).
  { key: 'parse', label: 'JSON.parse alone (JSON Lines)', cmd: [process.execPath, bare, files.jsonl, '--parse-only'], size: files.jsonl },
  { key: 'jsonl', label: 'summarize, JSON Lines', cmd: cli('summarize', files.jsonl, '--format', 'json'), size: files.jsonl, stdout: true },
  { key: 'jsonl1', label: 'summarize, JSON Lines, --threads 1', cmd: cli('summarize', files.jsonl, '--format', 'json', '--threads', '1'), size: files.jsonl, stdout: true },
  { key: 'jsonl2', label: 'summarize, JSON Lines, --threads 2', cmd: cli('summarize', files.jsonl, '--format', 'json', '--threads', '2'), size: files.jsonl, stdout: true },
  // The default on 5 cores or more (default-threads.ts): its wall time means little on fewer cores, its peak RSS does.
  { key: 'jsonl4', label: 'summarize, JSON Lines, --threads 4', cmd: cli('summarize', files.jsonl, '--format', 'json', '--threads', '4'), size: files.jsonl, stdout: true },
  { key: 'table', label: 'summarize, JSON Lines, table (default)', cmd: cli('summarize', files.jsonl), size: files.jsonl },
  { key: 'junit', label: 'summarize, JSON Lines, JUnit', cmd: cli('summarize', files.jsonl, '--format', 'junit'), size: files.jsonl },
  { key: 'blobs', label: 'summarize, ~100 KB blobs, a folder each', cmd: cli('summarize', files.blobs, '--format', 'json'), size: files.jsonl },
  { key: 'gzip', label: 'summarize, gzip (inflated size)', cmd: cli('summarize', files.gzip, '--format', 'json'), size: files.jsonl },
  { key: 'array', label: 'summarize, JSON array (pretty)', cmd: cli('summarize', files.array, '--format', 'json'), size: files.array },
  { key: 'arrayLines', label: 'summarize, JSON array (element a line)', cmd: cli('summarize', files['array-lines'], '--format', 'json'), size: files['array-lines'] },
  { key: 'envelopes', label: 'summarize, Event Hubs envelopes', cmd: cli('summarize', files.envelopes, '--format', 'json'), size: files.envelopes },
  { key: 'stream', label: "summarize, JSON stream (jq '.' output)", cmd: cli('summarize', files.stream, '--format', 'json'), size: files.stream },
  { key: 'call', label: 'call <id>, JSON Lines', cmd: cli('call', id, files.jsonl, '--format', 'json'), size: files.jsonl },
  { key: 'callOwn', label: "call <id>, the call's own lines alone", cmd: cli('call', id, callLines, '--format', 'json'), size: files.jsonl },
  // The fixed cost of any run (Node and the CLI's modules starting), for reading the small ratios.
  { key: 'startup', label: 'acs-calllogs --version (startup only)', cmd: cli('--version'), size: files.jsonl },
  { key: 'node', label: 'node -e 0 (startup only)', cmd: [process.execPath, '-e', '0'], size: files.jsonl },
];

const samples = new Map(cases.map((c) => [c.key, []]));
// `summarize --threads 4`, its threads' CPU times: run apart from the timed cases, since reading /proc costs a little.
const fourWorkers = cli('summarize', files.jsonl, '--format', 'json', '--threads', '4', '--quiet');
const threadTimes = [];
const outputs = new Map();
for (let run = 0; run < runs; run++) {
  for (const c of cases) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...c.cmd], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${c.label}: exit ${r.status}: ${r.stderr.slice(-400)}`);
    const [seconds, kb, user, system] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    samples.get(c.key).push({ seconds, kb, cpu: user + system });
    if (c.stdout) outputs.set(c.key, r.stdout);
  }
  if (hasProc) threadTimes.push(await threadCpu(fourWorkers));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = new Map();
console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${mb} MB export in ${dir}, medians of ${runs}`);
console.log(`${doc.input.records} records, ${doc.totals.calls} calls, ${doc.totals.streams} streams; call <id> = ${id}`);
console.log('');
// CPU: user and system time of the process, all its threads: what a busy machine's waiting does not add to, so
// runs on different days compare by it better than by wall time (summarize uses more than one core even on one
// thread: V8 collects garbage beside it).
console.log(`${'case'.padEnd(40)} ${'MB'.padStart(5)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)} ${'MB/s'.padStart(6)} ${'records/s'.padStart(10)} ${'peak RSS'.padStart(9)}`);
for (const c of cases) {
  const seconds = median(samples.get(c.key).map((s) => s.seconds));
  const rssMb = median(samples.get(c.key).map((s) => s.kb)) / 1024;
  const cpu = median(samples.get(c.key).map((s) => s.cpu));
  const size = statSync(c.size).size / 1e6;
  result.set(c.key, { seconds, rssMb, cpu });
  const perSecond = Math.round(doc.input.records / seconds).toLocaleString('en-US');
  console.log(`${c.label.padEnd(40)} ${size.toFixed(0).padStart(5)} ${`${seconds.toFixed(2)} s`.padStart(7)} ${`${cpu.toFixed(2)} s`.padStart(7)} ${(size / seconds).toFixed(0).padStart(6)} ${perSecond.padStart(10)} ${`${rssMb.toFixed(0)} MB`.padStart(9)}`);
}

const ratio = (a, b) => result.get(a).seconds / result.get(b).seconds;
const targets = [
  ['summarize JSON Lines / bare loop', ratio('jsonl', 'bare'), 1.0],
  ['  the same, --threads 2', ratio('jsonl2', 'bare'), 1.0],
  ...(hasJq ? [['summarize JSON Lines / jq select', ratio('jsonl', 'jq'), 0.5]] : []),
  ['call <id> / bare loop', ratio('call', 'bare'), 0.2],
  // What grows with the export: `call`'s search (less the same call read from its own lines) against the bare loop
  // less Node's start-up. Where `call`'s ratio goes as exports grow past this one.
  ['  the search alone, as the export grows', (result.get('call').seconds - result.get('callOwn').seconds) / (result.get('bare').seconds - result.get('node').seconds), 0.2],
  ['JSON array (pretty) / JSON Lines', ratio('array', 'jsonl'), 1.5],
  ['JSON array (element a line) / JSON Lines', ratio('arrayLines', 'jsonl'), 1.5],
  ['Event Hubs envelopes / JSON Lines', ratio('envelopes', 'jsonl'), 1.5],
  ['JSON stream (jq .) / JSON Lines', ratio('stream', 'jsonl'), 1.5],
];
console.log('');
for (const [label, value, limit] of targets) console.log(`${label.padEnd(42)} ${value.toFixed(2).padStart(5)}×  target ≤ ${limit.toFixed(1)}×  ${value <= limit ? 'met' : 'NOT MET'}`);
if (hasJq) console.log(`${'JSON.parse alone / jq select'.padEnd(42)} ${ratio('parse', 'jq').toFixed(2).padStart(5)}×  no target: what one thread parsing every record cannot go below`);
console.log(`${'bare loop, text pieces / bytes'.padEnd(42)} ${ratio('bareText', 'bare').toFixed(2).padStart(5)}×  no target: how much a ratio to the text loop flattered (its page faults)`);
const cpuRatio = result.get('jsonl').cpu / result.get('bare').cpu;
console.log(`${'summarize JSON Lines / bare loop, in CPU'.padEnd(42)} ${cpuRatio.toFixed(2).padStart(5)}×  no target: what to compare runs of busy days by`);
// The highest of the default run's reports (--threads 2 trades memory for speed on purpose).
const rss = Math.max(...['jsonl', 'table', 'junit'].map((key) => result.get(key).rssMb));
console.log(`${'summarize peak RSS, JSON, table or JUnit'.padEnd(42)} ${rss.toFixed(0).padStart(5)} MB target ≤ 300 MB ${rss <= 300 ? 'met' : 'NOT MET'}`);
const rss4 = result.get('jsonl4').rssMb;
console.log(`${'  the same, --threads 4 (default, ≥ 5 cores)'.padEnd(42)} ${rss4.toFixed(0).padStart(5)} MB target ≤ 300 MB ${rss4 <= 300 ? 'met' : 'NOT MET'}`);
if (hasProc) {
  // Each thread's own work, measured on however many cores this machine has. With a core for each, `--threads 4`
  // could take no less than its busiest thread: the main thread reads while the workers judge, then merges and
  // writes the report once they are done (V8's helper threads, "all the rest", need cores too).
  const main = median(threadTimes.map((t) => t.main));
  const workers = threadTimes.map((t) => t.others.slice(0, 4));
  const busiest = median(threadTimes.map((t) => Math.max(t.main, t.others[0] ?? 0)));
  const rest = median(threadTimes.map((t) => t.others.slice(4).reduce((a, b) => a + b, 0)));
  console.log('');
  console.log(`--threads 4, CPU of each thread: main ${main.toFixed(2)} s; the four busiest others (its workers) ${median(workers.map((w) => w.at(-1) ?? 0)).toFixed(2)}–${median(workers.map((w) => w[0] ?? 0)).toFixed(2)} s; all the rest ${rest.toFixed(2)} s`);
  console.log(`${'  its busiest thread / bare loop'.padEnd(42)} ${(busiest / result.get('bare').seconds).toFixed(2).padStart(5)}×  with a core a thread, the least its wall time could be`);

}
const same = ['jsonl', 'jsonl2', 'jsonl4'].every((key) => outputs.get(key) === outputs.get('jsonl1'));
console.log(`${'default, --threads 1, 2 and 4: JSON'.padEnd(42)} ${same ? 'byte-identical' : 'DIFFERENT'}`);
if (!same) process.exitCode = 1;

/** The lines of the bytes (each with its LF) that hold the needle, in order, each once. */
function linesHolding(bytes, needle) {
  const lines = [];
  for (let at = bytes.indexOf(needle); at >= 0; ) {
    const start = bytes.lastIndexOf(10, at) + 1;
    const lf = bytes.indexOf(10, at);
    const end = lf < 0 ? bytes.length : lf + 1;
    lines.push(bytes.subarray(start, end));
    at = bytes.indexOf(needle, end);
  }
  return lines;
}
