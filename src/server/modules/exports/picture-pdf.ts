/**
 * The printable situation picture: A4 portrait, also the fallback to print and carry to a
 * meeting when systems are down, so everything the page shows is on paper: completeness
 * and who is missing, the map, impact per area, the serious list with comments, what got
 * worse, key figures and the comments per area.
 */
import type { Content } from 'pdfmake/interfaces';
import { impactColors, impactTextColors } from '../../../core/picture/impact-palette';
import { IMPACT_LEVELS } from '../../../core/reports/impact';
import { pdfHeading, pdfTable, renderPdf } from '../../platform/export/pdf-document';
import type { CommentDigestEntry, Picture, Worsening } from '../picture/picture.types';
import { areaLabels, orgOf } from '../picture/picture-orgs';
import { type ExportText, figureHeader, pictureTitle } from './export-text';
import { impactCell, mapBlock } from './picture-pdf-map';

function completeness(text: ExportText, picture: Picture): Content {
  const { t } = text;
  const c = picture.completeness;
  return {
    stack: [
      { text: t('exports:completeness.heading'), style: 'h3', margin: [0, 0, 0, 3] },
      {
        text: t('exports:completeness.filed', {
          filed: c.filed,
          expected: c.expected,
          share: text.share(c.filed, c.expected),
        }),
        bold: true,
      },
      { text: t('exports:completeness.onTimeLate', { onTime: c.onTime, late: c.late }) },
    ],
  };
}

function missingList(text: ExportText, picture: Picture): Content {
  const { missing } = picture.completeness;
  if (missing.length === 0) return { text: text.t('exports:completeness.noneMissing'), margin: [0, 8, 0, 0] };
  return {
    stack: [
      pdfHeading(text.t('exports:completeness.missing', { count: missing.length }), 'h3'),
      { text: missing.map((id) => orgOf(picture, id).name).join(', '), fontSize: 8.5 },
    ],
  };
}

function distribution(text: ExportText, picture: Picture): Content[] {
  const { t } = text;
  // One row per area: small enough to keep on one page with its heading.
  return [
    {
      unbreakable: true,
      stack: [
        pdfHeading(t('exports:distribution.heading')),
        pdfTable(
          [
            { header: t('exports:distribution.area'), width: '*' },
            ...IMPACT_LEVELS.map((level) => ({
              header: `${level} ${text.impact(level)}`,
              width: 54,
              align: 'center' as const,
              headerColors: { fill: impactColors[level], text: impactTextColors[level] },
            })),
            { header: t('exports:distribution.none'), width: 46, align: 'center' },
          ],
          picture.areas.map((area) => [
            area.label,
            ...IMPACT_LEVELS.map((level) => String(area.distribution[level])),
            String(area.distribution.none),
          ]),
        ),
      ],
    },
  ];
}

function unchangedNote(
  text: ExportText,
  rounds: number,
  stale: boolean,
  section: 'serious' | 'comments',
): string {
  const parts = rounds > 0 ? [text.t(`exports:${section}.unchanged`, { count: rounds })] : [];
  if (stale) parts.push(text.t(`exports:${section}.stale`));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function serious(text: ExportText, picture: Picture): Content[] {
  const { t } = text;
  const heading: Content = pdfHeading(t('exports:serious.heading'));
  if (picture.serious.length === 0) return [heading, { text: t('exports:serious.none') }];
  return [
    heading,
    pdfTable(
      [
        { header: t('exports:columns.organisation'), width: 95 },
        { header: t('exports:columns.area'), width: 90 },
        { header: t('exports:columns.levelName'), width: 62 },
        { header: t('exports:columns.commentText'), width: '*' },
      ],
      picture.serious.map((s) => [
        { text: orgOf(picture, s.orgId).name, bold: true },
        s.areaLabel,
        impactCell(text, s.impact),
        {
          text: [
            s.comment || t('exports:none'),
            {
              text: unchangedNote(text, s.commentRoundsUnchanged, s.commentStale, 'serious'),
              italics: true,
              color: '#555555',
            },
          ],
        },
      ]),
    ),
  ];
}

/**
 * Rises to Betydande or higher row by row. Rises from Ingen påverkan to Måttlig are many in
 * a national picture and say little on paper, so they are counted per area in one line
 * (the XLSX lists every one).
 */
function worsened(text: ExportText, picture: Picture): Content[] {
  const { t } = text;
  const heading: Content = pdfHeading(t('exports:worsened.heading'));
  if (picture.worsened.length === 0) return [heading, { text: t('exports:worsened.none') }];
  const isMinor = (w: Worsening) => w.from === 1 && w.to === 2;
  const major = picture.worsened.filter((w) => !isMinor(w));
  const minor = picture.worsened.filter(isMinor);
  const labels = areaLabels(picture);
  const out: Content[] = [heading];
  if (major.length > 0) {
    out.push(
      pdfTable(
        [
          { header: t('exports:columns.organisation'), width: '*' },
          { header: t('exports:columns.area'), width: '*' },
          { header: t('exports:worsened.from'), width: 85 },
          { header: t('exports:worsened.to'), width: 85 },
        ],
        major.map((w) => [
          orgOf(picture, w.orgId).name,
          labels.get(w.areaKey) ?? w.areaKey,
          impactCell(text, w.from),
          impactCell(text, w.to),
        ]),
      ),
    );
  }
  if (minor.length > 0) {
    const perArea = picture.areas
      .map((area) => ({ label: area.label, count: minor.filter((w) => w.areaKey === area.key).length }))
      .filter((a) => a.count > 0)
      .map((a) => `${a.label} ${a.count}`);
    out.push({
      text: t('exports:worsened.minor', {
        count: minor.length,
        from: `1 ${text.impact(1)}`,
        to: `2 ${text.impact(2)}`,
        areas: perArea.join(', '),
      }),
      margin: [0, 2, 0, 0],
    });
  }
  return out;
}

/**
 * Key figures as one small table per area (the same figure name recurs per area), general
 * ones last; each table stays on one page with its area's name.
 */
function figures(text: ExportText, picture: Picture): Content[] {
  const { t } = text;
  const heading: Content = pdfHeading(t('exports:figures.heading'));
  if (picture.figures.length === 0) return [heading, { text: t('exports:figures.none') }];
  const num = { width: 46, align: 'right' as const };
  const columns = [
    { header: t('exports:figures.heading'), width: '*' as const },
    { header: t('exports:figures.n'), width: 34, align: 'right' as const },
    { header: t('exports:figures.sum'), ...num },
    { header: t('exports:figures.mean'), ...num },
    { header: t('exports:figures.median'), ...num },
    { header: t('exports:figures.min'), ...num },
    { header: t('exports:figures.max'), ...num },
  ];
  const groups = [
    ...picture.areas.map((area) => ({
      label: area.label,
      figures: picture.figures.filter((f) => f.areaKey === area.key),
    })),
    { label: t('exports:figures.general'), figures: picture.figures.filter((f) => f.areaKey === null) },
  ].filter((g) => g.figures.length > 0);
  return [
    heading,
    ...groups.map(
      (group): Content => ({
        unbreakable: true,
        stack: [
          { text: group.label, style: 'h3', margin: [0, 4, 0, 1] },
          pdfTable(
            columns,
            group.figures.map((f) => [
              figureHeader(text, f),
              String(f.n),
              f.type === 'percent' ? t('exports:none') : text.number(f.sum),
              text.number(f.mean, 1),
              text.number(f.median, 1),
              text.number(f.min),
              text.number(f.max),
            ]),
          ),
        ],
      }),
    ),
    { text: t('exports:suppressionNote'), style: ['small', 'muted'] },
  ];
}

function digest(
  text: ExportText,
  picture: Picture,
  label: string,
  entries: readonly CommentDigestEntry[],
): Content[] {
  const { t } = text;
  const line = (e: CommentDigestEntry): Content => ({
    text: [
      { text: orgOf(picture, e.orgId).name, bold: true },
      {
        // Carried-over comments stand under their own heading; their note says for how long.
        text: e.status === 'carried_over' ? ': ' : ` (${t(`exports:comments.entryStatus.${e.status}`)}): `,
        color: '#555555',
      },
      e.text,
      {
        text: unchangedNote(text, e.roundsUnchanged, e.stale, 'comments'),
        italics: true,
        color: '#555555',
      },
    ],
    margin: [0, 0, 0, 3],
  });
  const fresh = entries.filter((e) => e.status !== 'carried_over');
  const carried = entries.filter((e) => e.status === 'carried_over');
  const out: Content[] = [pdfHeading(label, 'h3')];
  if (entries.length === 0) out.push({ text: t('exports:comments.none'), style: 'muted' });
  out.push(...fresh.map(line));
  if (carried.length > 0) {
    out.push({
      stack: [
        { text: t('exports:comments.carriedOver', { count: carried.length }), italics: true },
        ...carried.map(line),
      ],
      fontSize: 8,
      margin: [8, 2, 0, 0],
    });
  }
  return out;
}

function comments(text: ExportText, picture: Picture): Content[] {
  const { t } = text;
  const out: Content[] = [pdfHeading(t('exports:comments.heading'))];
  for (const area of picture.areas)
    out.push(...digest(text, picture, area.label, picture.comments[area.key] ?? []));
  if (picture.texts.length > 0) {
    out.push(pdfHeading(t('exports:comments.texts')));
    for (const texts of picture.texts) out.push(...digest(text, picture, texts.label, texts.entries));
  }
  return out;
}

export interface PicturePdfOptions {
  /** Colour the map by this area instead of the worst of all areas. */
  areaKey?: string | undefined;
}

export function picturePdf(
  text: ExportText,
  picture: Picture,
  options: PicturePdfOptions = {},
): Promise<Buffer> {
  const { t } = text;
  const title = pictureTitle(text, picture);
  const generated = text.time(picture.generatedAt);
  const subtitle = [
    t('exports:template', { name: picture.round.templateName }),
    picture.round.kind === 'extra' ? t('exports:extraRound', { title: picture.round.title }) : null,
    t('exports:deadline', { time: text.time(picture.round.deadlineAt) }),
    t('exports:generatedAt', { time: generated }),
  ].filter((part): part is string => part !== null);
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: subtitle.join(' · '), style: 'subtitle' },
    mapBlock(text, picture, options.areaKey, completeness(text, picture)),
    missingList(text, picture),
    ...distribution(text, picture),
    ...serious(text, picture),
    ...worsened(text, picture),
    ...figures(text, picture),
    ...comments(text, picture),
  ];
  return renderPdf(content, {
    title,
    pageLabel: t('exports:pageOf', { page: '{page}', pages: '{pages}' }),
    footerText: t('exports:footer', { title, time: generated }),
  });
}
