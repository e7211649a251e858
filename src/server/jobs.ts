import {
  CONSULTATION_REMINDER_JOB,
  scheduleConsultationReminders,
  sendConsultationReminder,
} from './modules/consultations/consultation-reminders';
import { PLANNER_JOB, runPlannerJob } from './modules/planner/planner.service';
import { REMINDER_JOB } from './modules/reminders/reminders.repository';
import { scheduleReminders, sendReminder } from './modules/reminders/reminders.service';
import { purgeIdempotencyKeysTick } from './modules/reports/idempotency';
import { ensureWeeklyRoundsTick } from './modules/rounds/weekly-rounds';
import type { JobHandler, Tick } from './platform/jobs';
import { MAIL_JOB, sendQueuedMail } from './platform/outbox';

/** Every job kind the worker runs. Each feature adds its handlers here. */
export const jobHandlers: Record<string, JobHandler> = {
  [MAIL_JOB]: sendQueuedMail,
  [REMINDER_JOB]: sendReminder,
  [CONSULTATION_REMINDER_JOB]: sendConsultationReminder,
  [PLANNER_JOB]: runPlannerJob,
};

/** Periodic tasks run on every worker pass (idempotent: several instances may run them). */
export const periodicTasks: Tick[] = [
  ensureWeeklyRoundsTick,
  scheduleReminders,
  purgeIdempotencyKeysTick,
  scheduleConsultationReminders,
];
