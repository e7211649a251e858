/**
 * CPU time actually spent by the server's processes and by the PostgreSQL backends of the
 * benchmark database, read from /proc. On a shared machine, latency also measures the
 * neighbours; CPU time per request does not, so it says what the work itself costs.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User and kernel CPU time of a process so far, in ms. */
function cpuMs(pid: number): { user: number; system: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[11]) * TICK_MS, system: Number(fields[12]) * TICK_MS };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** The process and its descendants (cluster workers). */
export function processTree(root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    const pid = out[i];
    try {
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // exited
    }
  }
  return out;
}

/** Backends connected to the database, by their process title ("postgres: … <user> <db> …"). */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres:') && title.split(' ').includes(database)) pids.push(Number(entry));
    } catch {
      // exited
    }
  }
  return pids;
}

export interface CpuSpent {
  serverMs: number;
  databaseMs: number;
  /** Of serverMs + databaseMs, the part spent in the kernel (system calls, network). */
  kernelShare: number;
}

/** Runs `fn` and reports the CPU the server tree and the database's backends spent meanwhile. */
export async function withCpu<T>(
  target: { serverPid: number; database: string | null },
  fn: () => Promise<T>,
): Promise<{ result: T; cpu: CpuSpent }> {
  const snapshot = () => {
    const server = processTree(target.serverPid);
    const backends = target.database ? backendsOf(target.database) : [];
    return new Map([...server, ...backends].map((pid) => [pid, cpuMs(pid)]));
  };
  const serverBefore = processTree(target.serverPid);
  const before = snapshot();
  const result = await fn();
  const after = snapshot();
  let serverMs = 0;
  let databaseMs = 0;
  let kernelMs = 0;
  const serverPids = new Set([...serverBefore, ...processTree(target.serverPid)]);
  for (const [pid, now] of after) {
    const was = before.get(pid) ?? { user: 0, system: 0 };
    const spent = now.user + now.system - was.user - was.system;
    kernelMs += now.system - was.system;
    if (serverPids.has(pid)) serverMs += spent;
    else databaseMs += spent;
  }
  const total = serverMs + databaseMs;
  return {
    result,
    cpu: { serverMs, databaseMs, kernelShare: total > 0 ? Math.round((kernelMs / total) * 100) / 100 : 0 },
  };
}
