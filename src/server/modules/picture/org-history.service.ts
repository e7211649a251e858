import { suppressCount } from '../../../core/picture/suppression';
import { answerValues, figureValueKey, impactValueKey } from '../../../core/reports/answer-values';
import { isStale } from '../../../core/reports/carry-over';
import { isImpactLevel } from '../../../core/reports/impact';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import type { UiLocale } from '../../../i18n/locales';
import { actorOrgId, type Ctx, nowOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { loadNetworkAccess } from '../registry/network-access';
import { findMemberOrg, findOrgHistory, findVersions, type HistoryRow } from './org-history.repository';
import { toPictureRound } from './picture.service';
import type { OrgHistory, OrgHistoryRound, OrgHistoryTemplate, SharedNumber } from './picture.types';
import { mergeQuestions } from './picture-questions';

export interface OrgHistoryParams {
  networkId: string;
  orgId: string;
  /** The last N opened rounds of the network (1–520). */
  rounds: number;
  locale?: UiLocale | undefined;
}

function historyRound(
  row: HistoryRow,
  questions: Pick<OrgHistoryTemplate, 'areas' | 'figures'>,
  definition: TemplateDefinition | undefined,
  isOwn: boolean,
  locale: UiLocale,
): OrgHistoryRound {
  // Everything from the submitted answers: the numbers as the picture reads them from
  // report_values, computed by the same function (one report per round: no index serves
  // that lookup), and the comments and texts that were written.
  const values: Record<string, number> = {};
  if (row.answers && definition) {
    for (const v of answerValues(definition, row.answers)) values[v.key] = v.num;
  }
  const impacts: OrgHistoryRound['impacts'] = {};
  for (const area of questions.areas) {
    const level = values[impactValueKey(area.key)];
    impacts[area.key] = isImpactLevel(level) ? level : null;
  }
  const figures: Record<string, SharedNumber | null> = {};
  for (const figure of questions.figures) {
    const value = values[figureValueKey(figure.key)] ?? null;
    figures[figure.key] = figure.countsPersons && !isOwn ? suppressCount(value) : value;
  }
  const comments: OrgHistoryRound['comments'] = {};
  for (const [areaKey, answer] of Object.entries(row.answers?.areas ?? {})) {
    if (!answer.comment) continue;
    const count = row.carriedOver?.[`comment:${areaKey}`] ?? 0;
    comments[areaKey] = {
      text: answer.comment,
      carriedOver: count > 0,
      stale: isStale(count),
      roundsUnchanged: count,
    };
  }
  const texts = Object.fromEntries(
    Object.entries(row.answers?.texts ?? {}).filter(([, text]) => text !== ''),
  );
  const status = row.submittedAt === null ? 'missing' : row.isLate ? 'late' : 'on_time';
  return { round: toPictureRound(row, locale), status, impacts, figures, comments, texts };
}

/**
 * One organisation's submitted reports in a network over the last N rounds, per template:
 * impact per area, figures, comments and texts. Any member of the network may look; the
 * organisation's own members see its person counts as filed, others see 1–4 as '<5'.
 */
export async function getOrgHistory(ctx: Ctx, params: OrgHistoryParams): Promise<OrgHistory> {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, params.networkId);
  const org = await findMemberOrg(ctx.db, params.networkId, params.orgId);
  if (!org) throw notFound('organisation');
  const isOwn = actorOrgId(ctx.actor) === org.id;

  const rows = await findOrgHistory(ctx.db, {
    networkId: params.networkId,
    orgId: org.id,
    limit: params.rounds,
    now: nowOf(ctx),
  });
  const versionIds = new Set(
    rows.flatMap((r) =>
      r.reportVersionId ? [r.templateVersionId, r.reportVersionId] : [r.templateVersionId],
    ),
  );
  const versions = await findVersions(ctx.db, [...versionIds]);
  const definitions = new Map<string, TemplateDefinition[]>();
  for (const v of versions)
    definitions.set(v.templateId, [...(definitions.get(v.templateId) ?? []), v.definition]);
  const definitionOf = new Map(versions.map((v) => [v.id, v.definition]));

  const templates = new Map<string, OrgHistoryTemplate>();
  for (const row of rows) {
    let template = templates.get(row.templateId);
    if (!template) {
      const questions = mergeQuestions(definitions.get(row.templateId) ?? [], params.locale ?? 'sv');
      template = {
        id: row.templateId,
        name: row.templateName,
        areas: questions.areas,
        figures: questions.figures,
        texts: questions.texts,
        rounds: [],
      };
      templates.set(row.templateId, template);
    }
    const definition = row.reportVersionId ? definitionOf.get(row.reportVersionId) : undefined;
    template.rounds.push(historyRound(row, template, definition, isOwn, params.locale ?? 'sv'));
  }
  return {
    network: { id: access.network.id, name: access.network.name },
    org: { id: org.id, code: org.code, name: org.name, countyCode: org.countyCode },
    isOwn,
    templates: [...templates.values()],
  };
}
