import type { AreaAnswer, ImpactCriteria, ImpactLevel } from './answers';
import type { AreaDefinition } from './template-definition';

/** The five levels of the påverkansgrad scale, lowest first. */
export const IMPACT_LEVELS: readonly ImpactLevel[] = [1, 2, 3, 4, 5];

/**
 * i18n keys of the level names, in level order. Swedish source names:
 * 1 Ingen påverkan, 2 Måttlig, 3 Betydande, 4 Allvarlig, 5 Kritisk.
 */
export const IMPACT_LABEL_KEYS = ['impact.1', 'impact.2', 'impact.3', 'impact.4', 'impact.5'] as const;
export type ImpactLabelKey = (typeof IMPACT_LABEL_KEYS)[number];

/** From this level (Allvarlig) an area is listed first in the picture. */
export const SERIOUS_IMPACT_FROM: ImpactLevel = 4;

export function impactLabelKey(level: ImpactLevel): ImpactLabelKey {
  return `impact.${level}`;
}

/** Narrows an unknown value (e.g. from an import or old JSON) to an impact level. */
export function isImpactLevel(value: unknown): value is ImpactLevel {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function isSeriousImpact(level: ImpactLevel | null | undefined): boolean {
  return level != null && level >= SERIOUS_IMPACT_FROM;
}

/** 0 = normal, 1 = strained, 2 = the worst level of a criterion. */
export type CriterionSeverity = 0 | 1 | 2;

const severityA: Record<ImpactCriteria['a'], CriterionSeverity> = { yes: 0, partly: 1, no: 2 };
const severityB: Record<ImpactCriteria['b'], CriterionSeverity> = { yes: 0, strained: 1, exhausted: 2 };
const severityC: Record<ImpactCriteria['c'], CriterionSeverity> = {
  normal: 0,
  becoming_overwhelming: 1,
  overwhelming: 2,
};

/** The severities of criteria A, B and C, in that order. */
export function criteriaSeverities(
  criteria: ImpactCriteria,
): [CriterionSeverity, CriterionSeverity, CriterionSeverity] {
  return [severityA[criteria.a], severityB[criteria.b], severityC[criteria.c]];
}

/**
 * The påverkansgrad that follows from criteria A (operation to plan / legal requirements),
 * B (resources) and C (staff load).
 *
 * The published rule only names the pure cases; the mixed ones are decided by the worst
 * criterion first, so a single criterion at its worst level is never averaged away:
 * - all three at the worst level → 5 Kritisk;
 * - one or two at the worst level, whatever the others → 4 Allvarlig
 *   (e.g. A no, B strained, C normal → 4);
 * - none at the worst, all three strained → 3 Betydande;
 * - none at the worst, one or two strained → 2 Måttlig;
 * - all normal → 1 Ingen påverkan.
 */
export function impactFromCriteria(criteria: ImpactCriteria): ImpactLevel {
  const severities = criteriaSeverities(criteria);
  const worst = severities.filter((s) => s === 2).length;
  const strained = severities.filter((s) => s === 1).length;
  if (worst === 3) return 5;
  if (worst > 0) return 4;
  if (strained === 3) return 3;
  if (strained > 0) return 2;
  return 1;
}

/** Whether the area's impact mode lets criteria decide the level. */
export function usesCriteria(area: Pick<AreaDefinition, 'impactMode'>): boolean {
  return area.impactMode === 'criteria' || area.impactMode === 'either';
}

/**
 * The level that counts for an area: computed from the criteria when they are given and
 * the area's mode allows criteria, otherwise the level set directly (null if none).
 * A computed level wins over a direct one that disagrees, so the stored level can never
 * contradict the criteria shown next to it.
 */
export function effectiveImpact(
  answer: Pick<AreaAnswer, 'impact' | 'criteria'> | undefined,
  area: Pick<AreaDefinition, 'impactMode'>,
): ImpactLevel | null {
  if (!answer) return null;
  if (answer.criteria && usesCriteria(area)) return impactFromCriteria(answer.criteria);
  return isImpactLevel(answer.impact) ? answer.impact : null;
}
