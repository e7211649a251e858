import { roundState } from '../../../core/reports/round-state';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { isoWeekOf } from '../../../core/time/iso-week';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { findTemplate, findTemplateVersion } from '../templates/templates.repository';
import { canManageRounds, canReadRounds } from './rounds.policy';
import * as repo from './rounds.repository';

function present(
  round: repo.RoundRow,
  extra: {
    templateName: string;
    templateVersion: number;
    counts: repo.RoundCounts | undefined;
    expected: number;
  },
  now: Date,
) {
  return {
    id: round.id,
    networkId: round.networkId,
    templateId: round.templateId,
    templateName: extra.templateName,
    templateVersion: extra.templateVersion,
    kind: round.kind,
    isoYear: round.isoYear,
    isoWeek: round.isoWeek,
    title: round.title,
    opensAt: round.opensAt.toISOString(),
    deadlineAt: round.deadlineAt.toISOString(),
    state: roundState(round, now),
    filed: extra.counts?.filed ?? 0,
    late: extra.counts?.late ?? 0,
    expected: extra.expected,
  };
}

export interface LoadedRound {
  round: repo.RoundRow;
  templateName: string;
  templateVersion: number;
  /** The definition of the template version the round uses. */
  definition: TemplateDefinition;
  access: NetworkAccess;
}

/**
 * A round with its template version, for a member of its network (others get 404). For
 * other modules (filing, the picture) that need the round's definition and the actor's access.
 */
export async function loadRound(ctx: Ctx, roundId: string): Promise<LoadedRound> {
  const found = await repo.findRoundWithVersion(ctx.db, roundId);
  if (!found) throw notFound('round');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, found.round.networkId);
  authorize(ctx.actor, canReadRounds(access));
  return {
    round: found.round,
    templateName: found.templateName,
    templateVersion: found.version.version,
    definition: found.version.definition,
    access,
  };
}

export async function listRounds(
  ctx: Ctx,
  networkId: string,
  options: { limit: number; templateId?: string | undefined },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canReadRounds(access));
  const rows = await repo.listNetworkRounds(ctx.db, networkId, options);
  const counts = await repo.countFiledByRound(
    ctx.db,
    networkId,
    rows.map((r) => r.round.id),
  );
  const expected = await repo.countReportingMembers(ctx.db, networkId);
  const now = nowOf(ctx);
  return {
    rounds: rows.map((r) =>
      present(
        r.round,
        {
          templateName: r.templateName,
          templateVersion: r.templateVersion,
          counts: counts.get(r.round.id),
          expected,
        },
        now,
      ),
    ),
    canManage: canManageRounds(access),
  };
}

async function detail(ctx: Ctx, loaded: Omit<LoadedRound, 'access'>, access: NetworkAccess) {
  const { round } = loaded;
  const counts = await repo.countFiledByRound(ctx.db, round.networkId, [round.id]);
  const expected = await repo.countReportingMembers(ctx.db, round.networkId);
  return {
    round: present(
      round,
      {
        templateName: loaded.templateName,
        templateVersion: loaded.templateVersion,
        counts: counts.get(round.id),
        expected,
      },
      nowOf(ctx),
    ),
    definition: loaded.definition,
    canManage: canManageRounds(access),
  };
}

export async function getRound(ctx: Ctx, roundId: string) {
  const loaded = await loadRound(ctx, roundId);
  return detail(ctx, loaded, loaded.access);
}

function checkWindow(opensAt: Date, deadlineAt: Date, now: Date): void {
  const fields: { path: string; code: string }[] = [];
  if (deadlineAt.getTime() <= opensAt.getTime())
    fields.push({ path: 'deadlineAt', code: 'deadline_not_after_opening' });
  else if (deadlineAt.getTime() <= now.getTime())
    fields.push({ path: 'deadlineAt', code: 'deadline_in_past' });
  if (fields.length > 0) throw new AppError('validation', { fields });
}

/** An extra round at short notice, on the template's current version. */
export async function createExtraRound(
  ctx: Ctx,
  networkId: string,
  input: { templateId: string; title: string; opensAt: string; deadlineAt: string },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canManageRounds(access));
  const opensAt = new Date(input.opensAt);
  const deadlineAt = new Date(input.deadlineAt);
  const template = await findTemplate(ctx.db, input.templateId);
  if (!template || template.networkId !== networkId || !template.isActive) {
    throw new AppError('validation', { fields: [{ path: 'templateId', code: 'invalid_value' }] });
  }
  checkWindow(opensAt, deadlineAt, nowOf(ctx));
  const version = await findTemplateVersion(ctx.db, template.id, template.currentVersion);
  if (!version) throw notFound('template_version');
  const week = isoWeekOf(opensAt);
  return inTransaction(ctx, async (tx) => {
    const round = await repo.insertRound(tx.db, {
      networkId,
      templateId: template.id,
      templateVersionId: version.id,
      kind: 'extra',
      isoYear: week.isoYear,
      isoWeek: week.isoWeek,
      title: input.title,
      opensAt,
      deadlineAt,
    });
    await writeAudit(tx, {
      action: 'round.create',
      entityType: 'round',
      entityId: round.id,
      after: {
        kind: 'extra',
        templateId: template.id,
        title: round.title,
        opensAt: input.opensAt,
        deadlineAt: input.deadlineAt,
      },
    });
    const loaded = {
      round,
      templateName: template.name,
      templateVersion: version.version,
      definition: version.definition,
    };
    return detail(tx, loaded, access);
  });
}

/** Moves a round's deadline (usually later, when members need more time). */
export async function changeDeadline(ctx: Ctx, roundId: string, input: { deadlineAt: string }) {
  const loaded = await loadRound(ctx, roundId);
  authorize(ctx.actor, canManageRounds(loaded.access));
  const deadlineAt = new Date(input.deadlineAt);
  checkWindow(loaded.round.opensAt, deadlineAt, nowOf(ctx));
  return inTransaction(ctx, async (tx) => {
    const updated = await repo.updateRoundDeadline(tx.db, roundId, deadlineAt);
    if (!updated) throw notFound('round');
    await writeAudit(tx, {
      action: 'round.deadline',
      entityType: 'round',
      entityId: roundId,
      before: { deadlineAt: loaded.round.deadlineAt.toISOString() },
      after: { deadlineAt: updated.deadlineAt.toISOString() },
    });
    return detail(tx, { ...loaded, round: updated }, loaded.access);
  });
}
