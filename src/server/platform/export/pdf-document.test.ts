import { describe, expect, it } from 'vitest';
import { pdfTable, renderPdf } from './pdf-document';
import { readPdf } from './pdf-inspect';
import { mapMunicipalityCodes, renderMunicipalityMap } from './svg-map';

const pageLabel = 'Sida {page} av {pages}';

describe('renderPdf', () => {
  it('writes compressed A4 pages with embedded fonts for Swedish and Cyrillic text', async () => {
    const pdf = await renderPdf(
      [
        { text: 'Lägesbild v. 47 2026 – Socialchefsnätverket', style: 'title' },
        { text: 'Övriga behov: Ångermanland, Åre och Örebro. Українська мова. Русский язык.' },
        // Roboto sets "fi" and "ff" as ligatures: one glyph that maps back to two letters.
        { text: 'Nobody can be identified in the official staff figures.' },
      ],
      { title: 'Lägesbild för Håbo', pageLabel },
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Compressed: the words are not in the file as plain text.
    expect(pdf.includes('Socialchefs')).toBe(false);
    const read = readPdf(pdf);
    expect(read.pageCount).toBe(1);
    expect(read.title).toBe('Lägesbild för Håbo');
    expect(read.text).toContain('Lägesbild v. 47 2026 – Socialchefsnätverket');
    expect(read.text).toContain('Ångermanland, Åre och Örebro');
    expect(read.text).toContain('Українська мова');
    expect(read.text).toContain('Nobody can be identified in the official staff figures.');
    expect(read.text).toContain('Sida 1 av 1');
  });

  it('breaks long tables over pages, repeating the header and numbering every page', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      `Kommun ${i + 1}`,
      { text: String(i), alignment: 'right' as const },
    ]);
    const pdf = await renderPdf(
      [pdfTable([{ header: 'Organisation', width: '*' }, { header: 'Värde' }], rows)],
      {
        title: 'Lång tabell',
        pageLabel,
      },
    );
    const read = readPdf(pdf);
    expect(read.pageCount).toBeGreaterThan(2);
    expect(read.text).toContain(`Sida ${read.pageCount} av ${read.pageCount}`);
    expect(read.text.split('Organisation Värde').length - 1).toBe(read.pageCount);
    expect(read.text).toContain('Kommun 200 199');
  });
});

describe('renderMunicipalityMap', () => {
  it('draws every municipality, hatches those without a report and greys out the rest', () => {
    const codes = [...mapMunicipalityCodes()];
    expect(codes).toHaveLength(290);
    const map = renderMunicipalityMap({
      fills: new Map<string, string | null>([
        ['1480', '#c8372d'],
        ['1481', null],
      ]),
      title: 'Göteborg & Mölndal',
      width: 300,
    });
    expect(map.svg.match(/<path /g)?.length).toBe(290 + 1);
    expect(map.svg).toContain('fill="#c8372d"');
    expect(map.svg.match(/fill="url\(#no-data\)"/g)).toHaveLength(1);
    expect(map.svg.match(/fill="#f2f2f2"/g)).toHaveLength(288);
    expect(map.svg).toContain('<title>Göteborg &#38; Mölndal</title>');
    expect(map.width).toBe(300);
    expect(map.height).toBeGreaterThan(50);
  });

  it('shows the whole country tall and narrow when every municipality is in the map', () => {
    const map = renderMunicipalityMap({
      fills: new Map([...mapMunicipalityCodes()].map((c) => [c, '#d3ebcb'])),
    });
    expect(map.height / map.width).toBeGreaterThan(1.8);
    expect(map.svg).not.toContain('#f2f2f2');
  });
});

describe('renderPdf in its worker', () => {
  it('renders documents side by side and refuses content that cannot leave the thread', async () => {
    const [a, b] = await Promise.all([
      renderPdf([{ text: 'Första' }], { title: 'A', pageLabel }),
      renderPdf([{ text: 'Andra' }], { title: 'B', pageLabel }),
    ]);
    expect(readPdf(a).text).toContain('Första');
    expect(readPdf(b).text).toContain('Andra');
    const withFunction = { text: 'x', layout: { hLineWidth: () => 0 } };
    await expect(renderPdf([withFunction], { title: 'C', pageLabel })).rejects.toThrow();
    expect(readPdf(await renderPdf([{ text: 'Efteråt' }], { title: 'D', pageLabel })).text).toContain(
      'Efteråt',
    );
  });
});
