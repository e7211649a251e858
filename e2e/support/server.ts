/**
 * Starts the real Samla server for a browser test: a fresh data directory (embedded
 * PGlite), a free port, and `serve --demo` so the demo organisations and accounts exist.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartServerOptions {
  /** Seed demo data on the empty data directory (`serve --demo`). Default true. */
  demo?: boolean;
  /** Extra environment for the server, e.g. SMTP_URL. */
  env?: Record<string, string>;
  /** How long to wait for /api/health. Default 120 s (first start migrates and seeds). */
  timeoutMs?: number;
}

export interface RunningServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  /** Everything the server wrote to stderr so far, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samla-e2e-'));
  const args = [
    '--import',
    'tsx',
    'src/server/main.ts',
    'serve',
    ...(options.demo === false ? [] : ['--demo']),
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    SAMLA_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // A developer's DATABASE_URL would point the server at a shared database; e2e tests
  // own a fresh embedded one unless a test asks otherwise.
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const stop = () => stopProcess(child).finally(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Samla server did not start: ${reason}\n--- server stderr ---\n${output.stderr()}`);
  }
  return { url, dataDir, stderr: output.stderr, stop };
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

/** Keeps the tail of the server's output; stdout is kept too because some errors land there. */
function collectOutput(child: ChildProcess): { stderr: () => string } {
  const limit = 64 * 1024;
  let text = '';
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-limit);
  };
  child.stderr?.on('data', append);
  child.stdout?.on('data', append);
  return { stderr: () => text };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the process exited (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `GET /api/health answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no 200 from ${url}/api/health within ${timeoutMs} ms (last: ${last})`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // A server stuck in shutdown must not hang the suite.
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
