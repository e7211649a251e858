import { describe, expect, it } from 'vitest';
import { IMPACT_LEVELS } from '../reports/impact';
import { impactColors, impactTextColors } from './impact-palette';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('impact palette', () => {
  it('gets darker level by level, so it reads in greyscale print', () => {
    const lightness = IMPACT_LEVELS.map((level) => luminance(impactColors[level]));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
  });

  it('gives every level a text colour with at least 4.5:1 contrast', () => {
    for (const level of IMPACT_LEVELS) {
      expect(contrast(impactColors[level], impactTextColors[level])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
