import { z } from '@hono/zod-openapi';

export const orgParams = z.object({ networkId: z.string().uuid(), orgId: z.string().uuid() });
export const reportParams = z.object({ networkId: z.string().uuid(), reportId: z.string().uuid() });

export const escalateBody = z
  .object({
    topic: z.string().trim().min(1).max(300),
    actionText: z.string().trim().min(1).max(2000),
  })
  .openapi('EscalateReportBody');

const linkedItem = z.object({
  meetingId: z.string().uuid(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  minutesStatus: z.string(),
  agendaItemId: z.string().uuid(),
  topic: z.string(),
  decisions: z.array(z.object({ id: z.string().uuid(), text: z.string() })),
  actions: z.array(
    z.object({
      id: z.string().uuid(),
      text: z.string(),
      status: z.string(),
      dueDate: z.string().nullable(),
    }),
  ),
});

export const escalatableReport = z
  .object({
    reportId: z.string().uuid(),
    submittedAt: z.string().nullable(),
    round: z.object({
      id: z.string().uuid(),
      kind: z.enum(['weekly', 'extra']),
      isoYear: z.number().int(),
      isoWeek: z.number().int(),
      title: z.string(),
    }),
    templateName: z.string(),
    worstImpact: z.number().int().nullable(),
    /** Areas at Allvarlig or Kritisk, with the organisation's comment. */
    seriousAreas: z.array(
      z.object({ key: z.string(), label: z.string(), impact: z.number().int(), comment: z.string() }),
    ),
    needs: z.string(),
    needsStreak: z.number().int(),
    eligible: z.boolean(),
    escalations: z.array(linkedItem),
  })
  .openapi('EscalatableReport');

export const orgEscalations = z
  .object({ canEscalate: z.boolean(), reports: z.array(escalatableReport) })
  .openapi('OrganisationEscalations');

export const escalated = z
  .object({
    meetingId: z.string().uuid(),
    agendaItemId: z.string().uuid(),
    actionItemId: z.string().uuid(),
    escalations: z.array(linkedItem),
  })
  .openapi('EscalatedReport');
