/**
 * The app server as a child process, started the way production starts it
 * (`node --import tsx src/server/main.ts serve`, NODE_ENV=production), on a free port of
 * 127.0.0.1. Its peak memory is read from /proc (VmHWM) of the process and its children.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { processTree } from './cpu';

export interface ServerOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** HTTP worker processes (PostgreSQL only); 1 = the plain single process. */
  workers?: number;
  log: (line: string) => void;
}

export interface ServerHandle {
  url: string;
  pid: number;
  /** Peak resident set (VmHWM) in MB, the largest of the server's processes. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function statusField(pid: number, field: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number.parseInt(line.replace(/\D+/g, ''), 10) : 0;
  } catch {
    return 0;
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy in time');
}

export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    SAMLA_WORKERS: String(options.workers ?? 1),
  };
  delete env.DATABASE_URL;
  delete env.SAMLA_DATA_DIR;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.SAMLA_DATA_DIR = options.dataDir;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  child.stdout?.on('data', () => {});
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 180_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${stderr}`);
  }
  const pid = child.pid ?? 0;
  options.log(`  server pid ${pid} on ${url} (${options.databaseUrl ? 'PostgreSQL' : 'PGlite'})`);
  let peak = 0;
  const sample = () => {
    for (const p of processTree(pid)) peak = Math.max(peak, statusField(p, 'VmHWM'));
  };
  // VmHWM is already a peak; sampling keeps the workers' peaks after they exit.
  const timer = setInterval(sample, 500);
  return {
    url,
    pid,
    peakRssMb: () => {
      sample();
      return Math.round(peak / 1024);
    },
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timeout);
      if (stderr.trim())
        options.log(`  server stderr (last lines):\n${stderr.trim().split('\n').slice(-5).join('\n')}`);
    },
  };
}
