import type { Answers } from '../reports/answers';
import { type FigureDefinition, listFigures, type TemplateDefinition } from '../reports/template-definition';
import type { FigureAggregate } from './aggregate';

/**
 * Small-number suppression. A figure that counts persons (`countsPersons`) could identify
 * people when it is small — in a small municipality "2 children placed" may be enough — so
 * anywhere beyond the reporting organisation a count of 1–4 is shown as "<5". 0 is shown:
 * "nobody" identifies no one. The reporting organisation itself always sees its own values.
 *
 * Not covered here: complementary suppression. When per-organisation values and their total
 * are shown together and exactly one cell is "<5", it can be recovered by subtraction; a view
 * that shows both must hide or round a second cell or the total. Free-text comments are not
 * scanned for numbers either.
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = '<5';
export type Suppressed = typeof SUPPRESSED;
export type SuppressedValue = number | Suppressed | null;

/** 1–4 (and any value strictly between 0 and 5) → "<5"; 0, negatives, ≥ 5 and null as they are. */
export function suppressCount(value: number | null): SuppressedValue {
  if (value === null) return null;
  return value > 0 && value < SUPPRESSION_THRESHOLD ? SUPPRESSED : value;
}

export function isSuppressed(value: SuppressedValue | undefined): value is Suppressed {
  return value === SUPPRESSED;
}

/** Answers as shown outside the reporting organisation. */
export type SharedAnswers = Omit<Answers, 'figures'> & { figures: Record<string, SuppressedValue> };

/**
 * The answers of one organisation as they may be shown to others in the network. Figures
 * that count persons are suppressed; so are figures the template does not know (a key
 * left from an older version could count persons, and we cannot tell).
 */
export function suppressAnswersForSharing(def: TemplateDefinition, answers: Answers): SharedAnswers {
  const byKey = new Map(listFigures(def).map((f) => [f.key, f]));
  const figures: Record<string, SuppressedValue> = {};
  for (const [key, value] of Object.entries(answers.figures)) {
    const figure = byKey.get(key);
    const countsPersons = figure ? figure.countsPersons : true;
    figures[key] = countsPersons ? suppressCount(value ?? null) : (value ?? null);
  }
  return { areas: answers.areas, texts: answers.texts, figures };
}

export interface SharedFigureAggregate {
  n: number;
  sum: SuppressedValue;
  mean: SuppressedValue;
  median: SuppressedValue;
  min: SuppressedValue;
  max: SuppressedValue;
}

/**
 * An aggregate over several organisations as it may be shown. For a figure that counts
 * persons:
 * - the sum is suppressed when it is 1–4, like a single value;
 * - the mean is suppressed with the sum, since mean × n would give the sum back;
 * - min, max and the median are suppressed when 1–4 because each is one organisation's
 *   value (the median of an even n is the mean of two);
 * - n, the number of organisations that answered, is never suppressed.
 * Other figures pass through unchanged.
 */
export function suppressFigureAggregate(
  figure: Pick<FigureDefinition, 'countsPersons'>,
  aggregate: FigureAggregate,
): SharedFigureAggregate {
  if (!figure.countsPersons) return { ...aggregate };
  const sum = suppressCount(aggregate.sum);
  return {
    n: aggregate.n,
    sum,
    mean: isSuppressed(sum) ? SUPPRESSED : aggregate.mean,
    median: suppressCount(aggregate.median),
    min: suppressCount(aggregate.min),
    max: suppressCount(aggregate.max),
  };
}
