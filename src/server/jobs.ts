import type { JobHandler, Tick } from './platform/jobs';
import { MAIL_JOB, sendQueuedMail } from './platform/outbox';
import { ensureWeeklyRoundsTick } from './modules/rounds/weekly-rounds';

/** Every job kind the worker runs. Each feature adds its handlers here. */
export const jobHandlers: Record<string, JobHandler> = {
  [MAIL_JOB]: sendQueuedMail,
};

/** Periodic tasks run on every worker pass (idempotent: several instances may run them). */
export const periodicTasks: Tick[] = [ensureWeeklyRoundsTick];
