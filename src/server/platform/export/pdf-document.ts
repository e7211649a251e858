/**
 * Builds printable PDF documents with pdfmake: A4, the Roboto fonts that ship inside
 * pdfmake (Latin with å ä ö, Cyrillic for Ukrainian and Russian, embedded, so the file
 * prints the same anywhere), page numbers in the footer and a few shared styles and table
 * layouts. Feature code writes pdfmake content as plain data; the layout work runs in a
 * worker thread (pdf-worker.mjs), so a big document never stalls other requests, and
 * pdfmake with its fonts is loaded only once a document is asked for.
 */
import { Worker } from 'node:worker_threads';
import type { Content, ContentTable, Style, TableCell } from 'pdfmake/interfaces';

/** Table layouts the worker knows, by name (layouts are functions and cannot cross threads). */
export const pdfLayouts = {
  /** Thin horizontal rules, a grey header row and light stripes: readable in print and greyscale. */
  data: 'samlaData',
  /** No lines and no fill: for legends and other tables that only align. */
  plain: 'samlaPlain',
} as const;

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
  /** The footer's page text with {page} and {pages}, e.g. "Sida {page} av {pages}". */
  pageLabel: string;
  /** Left side of the footer, e.g. what the document is and when it was made. */
  footerText?: string;
  /** Readable, uncompressed content streams (for looking at a file by hand). */
  compress?: boolean;
}

/** A heading starting below this share of the page height is moved to the next page. */
const HEADING_FOOT = 0.9;

const A4_MARGINS: [number, number, number, number] = [40, 40, 40, 48];

interface PdfJobResult {
  id: number;
  pdf?: Uint8Array;
  error?: string;
}

function isJobResult(value: unknown): value is PdfJobResult {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number';
}

let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker = null;
}

/** One worker for the process, started with the first document and started again if it dies. */
function pdfWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./pdf-worker.mjs', import.meta.url));
  started.on('message', (message: unknown) => {
    if (!isJobResult(message)) return;
    const job = pending.get(message.id);
    pending.delete(message.id);
    // An idle worker must not keep the process alive.
    if (pending.size === 0) started.unref();
    if (message.pdf)
      job?.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
    else job?.reject(new Error(`PDF rendering failed: ${message.error ?? 'unknown error'}`));
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => failAll(new Error(`PDF worker exited with code ${code}`)));
  worker = started;
  return started;
}

/** Renders A4 portrait in the worker and resolves with the whole file. */
export function renderPdf(content: Content, options: PdfDocumentOptions): Promise<Buffer> {
  const job = {
    definition: {
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
      content,
    },
    footer: { text: options.footerText ?? '', pageLabel: options.pageLabel },
    layout: { colors: pdfColors, headingFoot: HEADING_FOOT },
  };
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    const target = pdfWorker();
    pending.set(id, { resolve, reject });
    target.ref();
    try {
      target.postMessage({ id, job });
    } catch (error) {
      // Content holding a function cannot be cloned to the worker: refuse it at once.
      pending.delete(id);
      if (pending.size === 0) target.unref();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** A section heading that is never left alone at the foot of a page. */
export function pdfHeading(text: string, level: 'h2' | 'h3' = 'h2'): Content {
  return { text, style: level, headlineLevel: 1 };
}

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
    layout: pdfLayouts.data,
  };
}
