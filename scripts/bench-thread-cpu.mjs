// The CPU time of each thread of a command, read from Linux's /proc/<pid>/task/<tid>/stat every 20 ms while it
// runs (a thread's last reading before it ends is kept). For `npm run bench`: on a machine of few cores, what
// each thread of `summarize --threads 4` costs tells what it would take with a core per thread.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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
