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

  /** What 0.2 passes to pageBreakBefore about each laid-out node. */
  export interface PdfNodeInfo {
    headlineLevel?: number;
    pageNumbers: number[];
    /** Where the node starts; verticalRatio 0 = top of the page's content area, 1 = bottom. */
    startPosition: { pageNumber: number; verticalRatio: number };
  }

  /** 0.2 calls pageBreakBefore with as many arguments as the function declares (up to four). */
  export type PdfDefinition = Omit<TDocumentDefinitions, 'pageBreakBefore'> & {
    pageBreakBefore?: (
      currentNode: PdfNodeInfo,
      followingNodesOnPage: PdfNodeInfo[],
      nodesOnNextPage: PdfNodeInfo[],
    ) => boolean;
  };

  export default class PdfPrinter {
    constructor(fonts: Record<string, PdfFontFiles>);
    createPdfKitDocument(definition: PdfDefinition, options?: Record<string, unknown>): PdfKitDocument;
  }
}
