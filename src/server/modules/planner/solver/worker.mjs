/**
 * The planner's solver thread. HiGHS solves synchronously and a national batch takes
 * seconds of CPU, so it runs here and the server keeps answering. Plain JavaScript entry
 * that registers the TypeScript loader, so the server, tests and benchmarks start it alike.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { default: loadHighs } = await import('highs');
const { plan } = await import('./plan.ts');

const highs = await loadHighs();
const { input, options } = workerData;
try {
  const outcome = plan(highs, input, options, (progress) =>
    parentPort.postMessage({ type: 'progress', progress }),
  );
  parentPort.postMessage({ type: 'done', outcome });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
