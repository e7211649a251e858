/**
 * The map block of the printed picture: municipalities coloured by impact (the worst of
 * any area, or one chosen area), with a legend that counts each level.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  impactColors,
  impactTextColors,
  noDataColors,
  notGivenColors,
} from '../../../core/picture/impact-palette';
import type { ImpactLevel } from '../../../core/reports/answers';
import { IMPACT_LEVELS, isImpactLevel } from '../../../core/reports/impact';
import { pdfLayouts } from '../../platform/export/pdf-document';
import { mapMunicipalityCodes, NOT_GIVEN_FILL, renderMunicipalityMap } from '../../platform/export/svg-map';
import type { Picture, PictureOrgRow } from '../picture/picture.types';
import { orgOf } from '../picture/picture-orgs';
import type { ExportText } from './export-text';

/** How an organisation is drawn: a level, reported without a level, or no report. */
export type MapCategory = ImpactLevel | 'not_given' | 'no_report';

/** The chosen area's level, or the organisation's worst in any area. */
export function mapCategory(row: PictureOrgRow, areaKey: string | undefined): MapCategory {
  if (row.status === 'missing') return 'no_report';
  let worst: ImpactLevel | null = null;
  for (const [key, level] of Object.entries(row.impacts)) {
    if (areaKey && key !== areaKey) continue;
    if (isImpactLevel(level) && (worst === null || level > worst)) worst = level;
  }
  return worst ?? 'not_given';
}

function fillOf(category: MapCategory): string | null {
  if (category === 'no_report') return null;
  return category === 'not_given' ? NOT_GIVEN_FILL : impactColors[category];
}

/** A cell coloured like the map, e.g. "4 Allvarlig" on red with white text. */
export function impactCell(text: ExportText, level: ImpactLevel): TableCell {
  return {
    text: `${level} ${text.impact(level)}`,
    fillColor: impactColors[level],
    color: impactTextColors[level],
  };
}

/** A legend swatch drawn with the map's own fills and patterns. */
function swatch(category: MapCategory): Content {
  const patterns = `<defs><pattern id="no-data" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)"><rect width="3" height="3" fill="${noDataColors.background}"/><line x1="0" y1="0" x2="0" y2="3" stroke="${noDataColors.hatch}" stroke-width="1"/></pattern><pattern id="not-given" patternUnits="userSpaceOnUse" width="3" height="3"><rect width="3" height="3" fill="${notGivenColors.background}"/><circle cx="1.5" cy="1.5" r="0.6" fill="${notGivenColors.dot}"/></pattern></defs>`;
  const fill = fillOf(category) ?? 'url(#no-data)';
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${patterns}<rect width="10" height="10" fill="${fill}" stroke="#8c9096" stroke-width="0.5"/></svg>`,
    width: 10,
  };
}

function legend(text: ExportText, categories: readonly MapCategory[]): Content {
  const count = (category: MapCategory) => categories.filter((c) => c === category).length;
  const row = (category: MapCategory, label: string): TableCell[] => [
    swatch(category),
    label,
    { text: String(count(category)), alignment: 'right' },
  ];
  const rows: TableCell[][] = IMPACT_LEVELS.map((level) => row(level, `${level} ${text.impact(level)}`));
  if (count('not_given') > 0) rows.push(row('not_given', text.t('exports:map.notGiven')));
  rows.push(row('no_report', text.t('exports:map.noReport')));
  return {
    table: { widths: [10, '*', 'auto'], body: rows },
    layout: pdfLayouts.plain,
    fontSize: 8.5,
  };
}

/**
 * The map with its legend and the completeness summary beside it. Null when the picture
 * has no municipalities to draw (a network of agencies only).
 */
export function mapBlock(
  text: ExportText,
  picture: Picture,
  areaKey: string | undefined,
  side: Content,
): Content {
  const drawable = mapMunicipalityCodes();
  // The municipalities on the map, each with its kommunkod (regions and agencies have none).
  const drawn = picture.byOrg.flatMap((row) => {
    const code = orgOf(picture, row.orgId).code;
    return code !== null && drawable.has(code) ? [{ code, category: mapCategory(row, areaKey) }] : [];
  });
  const categories = drawn.map((d) => d.category);
  const areaLabel = picture.areas.find((a) => a.key === areaKey)?.label;
  const heading = areaLabel ? text.t('exports:map.area', { area: areaLabel }) : text.t('exports:map.worst');
  if (drawn.length === 0) return side;
  const fills = new Map(drawn.map(({ code, category }) => [code, fillOf(category)]));
  const map = renderMunicipalityMap({ fills, width: 250, title: heading });
  return {
    columns: [
      { width: 250, stack: [{ svg: map.svg, fit: [250, 500] }] },
      {
        width: '*',
        stack: [
          side,
          { text: heading, style: 'h3' },
          { text: text.t('exports:map.legend'), style: ['small', 'muted'], margin: [0, 0, 0, 2] },
          legend(text, categories),
        ],
      },
    ],
    columnGap: 16,
    margin: [0, 4, 0, 0],
  };
}
