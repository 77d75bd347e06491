#!/usr/bin/env node
// Where `summarize --threads 1` spends its time, phase by phase: reading (input, normalising, the ledger, the held
// streams) and building and judging the calls (a chunk at a time, as summarize does), each in a fresh process.
//   npm run bench:phases [-- --mb 200 --runs 5]   (the export `npm run bench -- --mb 200` generates, made if missing)
// Per phase: wall time, CPU time of every thread (V8's helpers included), minor page faults (Linux; each costs
// ~10 µs on a small VM, most of a run's system time), and the heap and RSS at its end. Medians of the runs. The
// report is not a phase here: it is what the whole run takes beyond these two (compare `npm run bench`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { generateExports } from './bench-data.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);

if (args[0] === '--child') await phases(args[1]);
else await parent();

async function parent() {
  const mb = option('--mb', 200);
  const runs = option('--runs', 5);
  const dir = `/tmp/acs-calllogs-bench-${mb}mb-v2`;
  mkdirSync(dir, { recursive: true });
  // The layouts npm run bench reads, made where missing; only the JSON Lines are read here.
  const file = (await generateExports(dir, mb)).jsonl;
  const script = fileURLToPath(import.meta.url);
  const byPhase = new Map();
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [script, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`bench-phases: ${child.stderr}`);
    for (const row of JSON.parse(child.stdout)) {
      if (!byPhase.has(row.phase)) byPhase.set(row.phase, []);
      byPhase.get(row.phase).push(row);
    }
  }
  console.log(`summarize --threads 1 on ${file}, phase by phase, medians of ${runs}`);
  console.log(`${'phase'.padEnd(18)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)} ${'faults'.padStart(8)} ${'heap used'.padStart(10)} ${'heap'.padStart(8)} ${'RSS'.padStart(8)}`);
  for (const [phase, rows] of byPhase) {
    const m = (key) => median(rows.map((r) => r[key]));
    const faults = rows[0].faults === null ? 'n/a' : String(Math.round(m('faults')));
    console.log(
      `${phase.padEnd(18)} ${`${m('wall').toFixed(2)} s`.padStart(7)} ${`${m('cpu').toFixed(2)} s`.padStart(7)} ${faults.padStart(8)} ${`${m('heapUsed').toFixed(0)} MB`.padStart(10)} ${`${m('heapTotal').toFixed(0)} MB`.padStart(8)} ${`${m('rss').toFixed(0)} MB`.padStart(8)}`,
    );
  }
}

async function phases(file) {
  const dist = (path) => new URL(`../dist/src/${path}`, import.meta.url).href;
  const { loadCalls } = await import(dist('model/load-calls.js'));
  const { buildCallChunks, CALLS_A_CHUNK } = await import(dist('model/build-calls.js'));
  const { judgeCallChunks } = await import(dist('rules/judge-calls.js'));
  const { SUMMARIZE_HOLDS } = await import(dist('rules/judged-fields.js'));
  const { defaultThresholds } = await import(dist('rules/thresholds.js'));
  const { HEAP_GROWING_PERCENT } = await import(dist('commands/heap-growth.js'));
  // As summarize runs (commands/heap-growth.ts).
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

  const rows = [];
  let last = sample();
  const phase = (name) => {
    const now = sample();
    rows.push({
      phase: name,
      wall: (now.wall - last.wall) / 1000,
      cpu: now.cpu - last.cpu,
      faults: now.faults === null ? null : now.faults - last.faults,
      heapUsed: now.heapUsed,
      heapTotal: now.heapTotal,
      rss: now.rss,
    });
    last = sample();
  };

  const loaded = await loadCalls([file], { mediaQualityOnly: true, ...SUMMARIZE_HOLDS });
  phase('read');
  const unbuilt = loaded.unbuilt;
  loaded.unbuilt = null;
  const judged = judgeCallChunks(buildCallChunks(unbuilt, CALLS_A_CHUNK, { reuseStreams: true }), defaultThresholds(), { since: null, until: null });
  phase('build and judge');
  if (judged.rows.length === 0) throw new Error('no calls judged');
  process.stdout.write(JSON.stringify(rows));
}

function sample() {
  const { user, system } = process.cpuUsage();
  const heap = getHeapStatistics();
  return {
    wall: performance.now(),
    cpu: (user + system) / 1e6,
    faults: minorFaults(),
    heapUsed: heap.used_heap_size / 1e6,
    heapTotal: heap.total_heap_size / 1e6,
    rss: process.memoryUsage().rss / 1e6,
  };
}

/** The process's minor page faults so far (Linux's /proc/self/stat, field 10); null elsewhere. */
function minorFaults() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return null;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
