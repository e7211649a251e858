/**
 * pdfmake 0.2's server-side entry (a CommonJS class). @types/pdfmake describes 0.3's
 * browser-style API, so the printer is declared here; document types come from there.
 */
declare module 'pdfmake/src/printer.js' {
  import type { TDocumentDefinitions } from 'pdfmake/interfaces';

  export interface PdfFontFiles {
    normal: Buffer | string;
    bold: Buffer | string;
    italics: Buffer | string;
    bolditalics: Buffer | string;
  }

  export interface PdfKitDocument extends NodeJS.ReadableStream {
    end(): void;
  }

  export default class PdfPrinter {
    constructor(fonts: Record<string, PdfFontFiles>);
    createPdfKitDocument(definition: TDocumentDefinitions, options?: Record<string, unknown>): PdfKitDocument;
  }
}
