import { Worker } from 'node:worker_threads';
import type { PlannerInput } from '../../../../core/planner/types';
import type { PlanOutcome } from './plan';
import { defaultSolveOptions, type SolveOptions, type SolveProgress } from './solve';

/**
 * Solves one batch in its own worker thread (one thread per run: HiGHS holds its WASM
 * heap, which is released when the thread ends). Progress arrives as it is made.
 */
export function runPlanInWorker(
  input: PlannerInput,
  options: Partial<SolveOptions> = {},
  onProgress: (p: SolveProgress) => void = () => {},
): Promise<PlanOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { input, options: { ...defaultSolveOptions, ...options } },
    });
    let settled = false;
    worker.on(
      'message',
      (message: { type: string; progress?: SolveProgress; outcome?: PlanOutcome; message?: string }) => {
        if (message.type === 'progress' && message.progress) onProgress(message.progress);
        else if (message.type === 'done' && message.outcome) {
          settled = true;
          resolve(message.outcome);
          void worker.terminate();
        } else if (message.type === 'error') {
          settled = true;
          reject(new Error(message.message ?? 'planner worker failed'));
          void worker.terminate();
        }
      },
    );
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`planner worker exited with code ${code}`));
      settled = true;
    });
  });
}
