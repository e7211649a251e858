import type { z } from 'zod';
import { type TemplateDefinition, templateDefinition } from '../../../core/reports/template-definition';
import { AppError } from '../../platform/errors';

export interface FieldError {
  path: string;
  code: string;
  min?: number;
  max?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listAt(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

/** Where each question key sits in the submitted definition, in form order. */
interface KeyLocation {
  key: string;
  kind: 'area' | 'figure' | 'text';
  path: string;
  boundsInverted: boolean;
}

function keyLocations(input: unknown): KeyLocation[] {
  const out: KeyLocation[] = [];
  const push = (item: unknown, kind: KeyLocation['kind'], path: string) => {
    if (!isRecord(item) || typeof item.key !== 'string') return;
    const { min, max } = item;
    const boundsInverted = typeof min === 'number' && typeof max === 'number' && min > max;
    out.push({ key: item.key, kind, path, boundsInverted });
  };
  for (const [i, area] of listAt(input, 'areas').entries()) {
    push(area, 'area', `areas.${i}`);
    for (const [j, figure] of listAt(area, 'figures').entries())
      push(figure, 'figure', `areas.${i}.figures.${j}`);
  }
  for (const [k, figure] of listAt(input, 'figures').entries()) push(figure, 'figure', `figures.${k}`);
  for (const [m, text] of listAt(input, 'texts').entries()) push(text, 'text', `texts.${m}`);
  return out;
}

function paramKey(issue: z.core.$ZodIssue): string | null {
  if (issue.code !== 'custom') return null;
  const key: unknown = issue.params?.key;
  return typeof key === 'string' ? key : null;
}

/** The template-wide checks have no path of their own; point them at the offending question. */
function locateRefinement(issue: z.core.$ZodIssue, input: unknown): FieldError[] {
  const key = paramKey(issue);
  const locations = keyLocations(input);
  if (issue.message === 'duplicate_key' && key !== null) {
    // The core names duplicates by kind, e.g. `figure:infected`; every occurrence after the first is marked.
    const seen = new Set<string>();
    const out: FieldError[] = [];
    for (const loc of locations) {
      const id = `${loc.kind}:${loc.key}`;
      if (id === key && seen.has(id)) out.push({ path: `${loc.path}.key`, code: 'duplicate_key' });
      seen.add(id);
    }
    if (out.length > 0) return out;
  }
  if (issue.message === 'min_above_max' && key !== null) {
    const out = locations
      .filter((l) => l.kind === 'figure' && l.key === key && l.boundsInverted)
      .map((l) => ({ path: `${l.path}.min`, code: 'min_above_max' }));
    if (out.length > 0) return out;
  }
  return [{ path: '', code: issue.message }];
}

function toFieldErrors(issue: z.core.$ZodIssue, input: unknown): FieldError[] {
  if (issue.code === 'custom' && issue.path.length === 0) return locateRefinement(issue, input);
  const code = issue.code === 'custom' || issue.message === 'key_format' ? issue.message : issue.code;
  const field: FieldError = { path: issue.path.map(String).join('.'), code };
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') field.min = issue.minimum;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') field.max = issue.maximum;
  return [field];
}

/**
 * Validates a submitted template definition. Errors come back as field errors whose paths
 * start with `definition.` (e.g. `definition.areas.2.figures.0.key`), so the editor can mark
 * the very input that is wrong.
 */
export function parseDefinition(input: unknown, prefix = 'definition'): TemplateDefinition {
  const result = templateDefinition.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues
    .flatMap((issue) => toFieldErrors(issue, input))
    .map((f) => ({ ...f, path: f.path ? `${prefix}.${f.path}` : prefix }));
  throw new AppError('validation', { fields });
}
