/** The five-level impact scale (påverkansgrad) used in Swedish county situation reports. */
export const impactLevels = [1, 2, 3, 4, 5] as const;
export type ImpactLevel = (typeof impactLevels)[number];

/**
 * Fill colours; they match --impact-N in tokens.css. Lightness falls monotonically so the
 * scale also reads for colour-blind people and in greyscale print.
 */
export const impactColors: Record<ImpactLevel, string> = {
  1: '#d3ebcb',
  2: '#f9cf4a',
  3: '#ee8433',
  4: '#c8372d',
  5: '#5b1a48',
};

/** Text colour with at least 4.5:1 contrast on each impact colour. */
export const impactTextColors: Record<ImpactLevel, string> = {
  1: '#1b1b1b',
  2: '#1b1b1b',
  3: '#1b1b1b',
  4: '#ffffff',
  5: '#ffffff',
};

export function isImpactLevel(value: unknown): value is ImpactLevel {
  return typeof value === 'number' && impactLevels.some((level) => level === value);
}

/** i18n key of a level's name: t(impactLabelKey(4)) → "Allvarlig". */
export function impactLabelKey(level: ImpactLevel): string {
  return `common:impact.${level}`;
}
