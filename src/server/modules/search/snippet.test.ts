import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  queryWords,
  segmentsFromHeadline,
  similaritySegments,
  stripHighlightMarkers,
  wordSimilarity,
} from './snippet';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

describe('snippets', () => {
  it('turns ts_headline markers into segments', () => {
    expect(segmentsFromHeadline(`${S}Barnomsorgen${E} i kommunen om ${S}barnomsorg${E}`)).toEqual([
      { text: 'Barnomsorgen', highlighted: true },
      { text: ' i kommunen om ', highlighted: false },
      { text: 'barnomsorg', highlighted: true },
    ]);
    expect(segmentsFromHeadline('')).toEqual([]);
  });

  it('keeps markup as plain text and strips forged markers from stored text', () => {
    expect(segmentsFromHeadline('<b>fet</b>')).toEqual([{ text: '<b>fet</b>', highlighted: false }]);
    expect(stripHighlightMarkers(`a${S}b${E}c`)).toBe('abc');
  });

  it('measures word similarity the way pg_trgm does', () => {
    expect(wordSimilarity('Lindkvist', 'Lindqvist')).toBeCloseTo(0.7, 5);
    expect(wordSimilarity('Київ', 'Києві')).toBeCloseTo(0.4, 5);
    expect(wordSimilarity('boende', 'ekonomi')).toBeLessThan(0.3);
  });

  it('highlights similar words and cuts a long text around the closest', () => {
    const text = `${'ord '.repeat(40)}Karin Lindqvist presenterade ${'mer '.repeat(40)}`.trim();
    const segments = similaritySegments(text, 'Lindkvist', 10);
    expect(segments.filter((s) => s.highlighted).map((s) => s.text)).toEqual(['Lindqvist']);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.split(/\s+/).filter((w) => w !== '…').length).toBe(10);
  });

  it('splits a query into words of letters and digits', () => {
    expect(queryWords('Karin  Lindkvist, v. 12 – Харків')).toEqual(['Karin', 'Lindkvist', '12', 'Харків']);
  });
});
