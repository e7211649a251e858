import type { ImpactDistributionRow } from '../../components/charts/ImpactDistributionChart';
import type { TrendPoint } from '../../components/charts/TrendChart';
import { type ImpactLevel, isImpactLevel } from '../../components/impact';

/** Göteborgsregionen's 13 member municipalities (data/gr_member_municipalities.csv). */
export const grCodes = [
  '1384',
  '1401',
  '1402',
  '1407',
  '1415',
  '1419',
  '1440',
  '1441',
  '1462',
  '1480',
  '1481',
  '1482',
  '1489',
];

/** Deterministic pseudo-random numbers, so screenshots of the preview are stable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A skewed level: mostly 1–2, some 3, few 4–5; null means "not reported". */
export function randomLevel(random: () => number): ImpactLevel | null {
  const r = random();
  const level = r < 0.12 ? null : r < 0.45 ? 1 : r < 0.72 ? 2 : r < 0.88 ? 3 : r < 0.96 ? 4 : 5;
  return isImpactLevel(level) ? level : null;
}

export const areas = [
  'Äldreomsorg',
  'Hemtjänst',
  'LSS',
  'Individ- och familjeomsorg',
  'Ekonomiskt bistånd',
  'Mottagande av nyanlända',
];

export function distribution(): ImpactDistributionRow[] {
  const random = seededRandom(7);
  const rows: ImpactDistributionRow[] = [];
  for (const area of areas) {
    for (const level of [1, 2, 3, 4, 5] as const) {
      const base = [120, 80, 40, 15, 4][level - 1] ?? 0;
      rows.push({ area, level, count: Math.round(base * (0.4 + random())) });
    }
  }
  return rows;
}

export function trend(): TrendPoint[] {
  const random = seededRandom(3);
  const weeks = ['v. 36', 'v. 37', 'v. 38', 'v. 39', 'v. 40', 'v. 41', 'v. 42', 'v. 43'];
  const series = ['Äldreomsorg', 'Hemtjänst', 'Mottagande av nyanlända'];
  const points: TrendPoint[] = [];
  series.forEach((name, s) => {
    let value = 1.4 + s * 0.5;
    weeks.forEach((week, w) => {
      value = Math.min(5, Math.max(1, value + (random() - 0.4) * 0.6));
      points.push({ x: week, series: name, y: s === 1 && w === 4 ? null : Math.round(value * 10) / 10 });
    });
  });
  return points;
}
