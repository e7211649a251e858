/**
 * Lays out and writes PDF documents off the main thread: pdfmake is synchronous and a
 * national situation picture takes seconds of CPU, which on the main thread would stall
 * every other request. Plain JavaScript so it starts without a TypeScript loader (server,
 * tests and CLI alike). The main thread (pdf-document.ts) sends a document definition that
 * is data only; what must be functions (table layouts, footer, page breaks) lives here.
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const PdfPrinter = require('pdfmake/src/printer.js');
const vfs = require('pdfmake/build/vfs_fonts.js');

const font = (name) => Buffer.from(vfs[name], 'base64');
const printer = new PdfPrinter({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});

/** Thin horizontal rules, a grey header row and light stripes: readable in print and greyscale. */
function tableLayouts(colors) {
  const padding = {
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 2.5,
    paddingBottom: () => 2.5,
  };
  return {
    samlaData: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.6 : i === 1 ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => colors.rule,
      fillColor: (row) => (row === 0 ? colors.headerFill : row % 2 === 0 ? colors.stripeFill : null),
      ...padding,
    },
    samlaPlain: { hLineWidth: () => 0, vLineWidth: () => 0, ...padding },
  };
}

function render({ definition, footer, layout }) {
  const [left, , right] = definition.pageMargins;
  const document = printer.createPdfKitDocument(
    {
      ...definition,
      footer: (page, pages) => ({
        margin: [left, 16, right, 0],
        fontSize: 8,
        color: layout.colors.muted,
        columns: [
          { text: footer.text, width: '*' },
          {
            text: footer.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)),
            width: 'auto',
            alignment: 'right',
          },
        ],
      }),
      // A heading at the foot of a page, with little or nothing of its content under it,
      // moves over to the page its content continues on. (0.2 passes as many arguments as
      // the function declares.)
      pageBreakBefore: (node, followingNodesOnPage, nodesOnNextPage) =>
        node.headlineLevel === 1 &&
        nodesOnNextPage.length > 0 &&
        (followingNodesOnPage.length === 0 || node.startPosition.verticalRatio > layout.headingFoot),
    },
    { tableLayouts: tableLayouts(layout.colors) },
  );
  return new Promise((resolve, reject) => {
    const chunks = [];
    document.on('data', (chunk) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.end();
  });
}

parentPort?.on('message', async ({ id, job }) => {
  try {
    const pdf = await render(job);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort?.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
