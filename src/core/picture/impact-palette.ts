import type { ImpactLevel } from '../reports/answers';

/**
 * Colours of the five impact levels, shared by the map on screen, the legend and every
 * export (PDF map and tables), so a printed picture reads like the screen. Lightness falls
 * monotonically from 1 to 5, so the scale also reads for colour-blind people and in
 * greyscale print. The web's tokens.css (--impact-N) holds the same values.
 */
export const impactColors: Readonly<Record<ImpactLevel, string>> = {
  1: '#d3ebcb',
  2: '#f9cf4a',
  3: '#ee8433',
  4: '#c8372d',
  5: '#5b1a48',
};

/** Text colour with at least 4.5:1 contrast on each impact colour. */
export const impactTextColors: Readonly<Record<ImpactLevel, string>> = {
  1: '#1b1b1b',
  2: '#1b1b1b',
  3: '#1b1b1b',
  4: '#ffffff',
  5: '#ffffff',
};

/** "No report": a light grey hatched with a darker grey, never a colour of the scale. */
export const noDataColors = { background: '#e8e8e8', hatch: '#8c9096' } as const;

/** Reported, but without a level in the area shown: grey dots on white, unlike "no report". */
export const notGivenColors = { background: '#ffffff', dot: '#8c9096' } as const;

/** Areas outside the picture drawn for orientation (neighbours of a regional network). */
export const contextColors = { fill: '#f2f2f2', stroke: '#c4c4c4' } as const;
