/**
 * Builds printable PDF documents with pdfmake on the server: A4, the Roboto fonts that ship
 * inside pdfmake (Latin with å ä ö, Cyrillic for Ukrainian and Russian, embedded, so the
 * file prints the same anywhere), page numbers in the footer and a few shared styles and
 * table layouts. Feature code writes pdfmake content; this file owns how it looks.
 */

import vfs from 'pdfmake/build/vfs_fonts.js';
import type { Content, ContentTable, CustomTableLayout, Style, TableCell } from 'pdfmake/interfaces';
import PdfPrinter from 'pdfmake/src/printer.js';

let printer: PdfPrinter | undefined;

function font(name: string): Buffer {
  const base64 = vfs[name];
  if (!base64) throw new Error(`pdfmake font ${name} missing`);
  return Buffer.from(base64, 'base64');
}

function getPrinter(): PdfPrinter {
  printer ??= new PdfPrinter({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  return printer;
}

/** Colours of document chrome (text colours meet 4.5:1 on white). */
export const pdfColors = {
  text: '#1b1b1b',
  muted: '#555555',
  rule: '#c8c8c8',
  headerFill: '#eeeeee',
  stripeFill: '#f7f7f7',
} as const;

export const pdfStyles: Record<string, Style> = {
  title: { fontSize: 17, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10, color: pdfColors.muted, margin: [0, 0, 0, 8] },
  h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  muted: { color: pdfColors.muted },
  small: { fontSize: 8 },
  tableHeader: { bold: true, fontSize: 8.5 },
  table: { fontSize: 8.5, margin: [0, 2, 0, 6] },
};

export interface PdfDocumentOptions {
  /** Document title in the file's metadata (shown by viewers in the window title). */
  title: string;
  subject?: string;
  /** The footer's page text, e.g. (1, 4) → "Sida 1 av 4". */
  pageLabel: (page: number, pages: number) => string;
  /** Left side of the footer, e.g. what the document is and when it was made. */
  footerText?: string;
  /** Readable, uncompressed content streams; only for tests that read the text back. */
  compress?: boolean;
}

/** A heading starting below this share of the page height is moved to the next page. */
const HEADING_FOOT = 0.9;

const A4_MARGINS: [number, number, number, number] = [40, 40, 40, 48];

/** Renders A4 portrait and resolves with the whole file (documents are small; tables break across pages). */
export async function renderPdf(content: Content, options: PdfDocumentOptions): Promise<Buffer> {
  const document = (await getPrinter()).createPdfKitDocument({
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: A4_MARGINS,
    compress: options.compress ?? true,
    info: {
      title: options.title,
      subject: options.subject ?? options.title,
      creator: 'Samla',
      producer: 'Samla',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: pdfColors.text, lineHeight: 1.15 },
    styles: pdfStyles,
    footer: (page: number, pages: number) => ({
      margin: [A4_MARGINS[0], 16, A4_MARGINS[2], 0],
      fontSize: 8,
      color: pdfColors.muted,
      columns: [
        { text: options.footerText ?? '', width: '*' },
        { text: options.pageLabel(page, pages), width: 'auto', alignment: 'right' },
      ],
    }),
    // A heading at the foot of a page, with little or nothing of its content under it, moves
    // over to the page its content continues on.
    pageBreakBefore: (node, followingNodesOnPage, nodesOnNextPage) =>
      node.headlineLevel === 1 &&
      nodesOnNextPage.length > 0 &&
      (followingNodesOnPage.length === 0 || node.startPosition.verticalRatio > HEADING_FOOT),
    content,
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.end();
  });
}

/** A section heading that is never left alone at the foot of a page. */
export function pdfHeading(text: string, level: 'h2' | 'h3' = 'h2'): Content {
  return { text, style: level, headlineLevel: 1 };
}

/** Thin horizontal rules, a grey header row and light stripes: readable in print and greyscale. */
export const dataTableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.6 : i === 1 ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => pdfColors.rule,
  fillColor: (row) => (row === 0 ? pdfColors.headerFill : row % 2 === 0 ? pdfColors.stripeFill : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

export interface PdfColumn {
  header: string;
  width?: number | '*' | 'auto';
  align?: 'left' | 'right' | 'center';
  /** Background and text colour of the header cell (e.g. a colour scale as the header). */
  headerColors?: { fill: string; text: string };
}

/**
 * A data table whose header row repeats on every page it breaks onto. Text and number
 * cells take their column's alignment; other cells (e.g. a coloured impact cell) carry
 * their own.
 */
export function pdfTable(
  columns: readonly PdfColumn[],
  rows: readonly (readonly TableCell[])[],
): ContentTable {
  const align = (cell: TableCell, i: number): TableCell => {
    const alignment = columns[i]?.align ?? 'left';
    return typeof cell === 'string' || typeof cell === 'number' ? { text: String(cell), alignment } : cell;
  };
  return {
    style: 'table',
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? 'auto'),
      body: [
        columns.map((c) => ({
          text: c.header,
          style: 'tableHeader',
          alignment: c.align ?? 'left',
          ...(c.headerColors ? { fillColor: c.headerColors.fill, color: c.headerColors.text } : {}),
        })),
        ...rows.map((row) => row.map(align)),
      ],
    },
    layout: dataTableLayout,
  };
}
