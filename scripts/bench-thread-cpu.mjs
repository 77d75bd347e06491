// The CPU time of each thread of a command, read from Linux's /proc/<pid>/task/<tid>/stat every 20 ms while it
// runs (a thread's last reading before it ends is kept). For `npm run bench`: on a machine of few cores, what
// each thread of `summarize --threads 4` costs tells what it would take with a core per thread. Run alone, it reads
// any command's: `node scripts/bench-thread-cpu.mjs node bin/acs-calllogs.js summarize --threads 2 --format json <file>`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux that Node runs on

/** Resolves to { main, others } in seconds: the main thread's CPU, and every other thread's, busiest first. */
export function threadCpu(command) {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'ignore' });
    const seen = new Map();
    const poll = () => {
      let tids;
      try {
        tids = readdirSync(`/proc/${child.pid}/task`);
      } catch {
        return;
      }
      for (const tid of tids) {
        try {
          const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
        } catch {
          // the thread ended between the listing and the read
        }
      }
    };
    const timer = setInterval(poll, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${command.join(' ')}: exit ${code}`));
      const main = seen.get(child.pid) ?? 0;
      const others = [...seen].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
      resolve({ main, others });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.error('usage: node scripts/bench-thread-cpu.mjs <command> [args…]');
    process.exitCode = 2;
  } else {
    try {
      const { main, others } = await threadCpu(command);
      const sum = others.reduce((a, b) => a + b, 0);
      console.log(`CPU of each thread: main ${main.toFixed(2)} s; others, busiest first: ${others.filter((s) => s >= 0.01).map((s) => s.toFixed(2)).join(' ')} s; all ${(main + sum).toFixed(2)} s`);
    } catch (error) {
      // The command failed or could not start: one line, not a stack.
      console.error(`bench-thread-cpu: ${error.message}`);
      process.exitCode = 2;
    }
  }
}
