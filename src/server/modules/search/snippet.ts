/**
 * Snippets travel as segments (text + highlighted) so the browser renders them as text
 * and never parses HTML from stored documents.
 */

export interface Segment {
  text: string;
  highlighted: boolean;
}

// ts_headline wraps matches in these; the indexer strips them from stored text so a
// document cannot forge a highlight.
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_END = '\u0002';

export function stripHighlightMarkers(text: string): string {
  return text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
}

/** ts_headline output → segments, adjacent pieces of the same kind joined. */
export function segmentsFromHeadline(headline: string): Segment[] {
  const out: Segment[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (text) push(out, { text, highlighted });
    text = '';
  };
  for (const ch of headline) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      flush();
      highlighted = ch === HIGHLIGHT_START;
    } else {
      text += ch;
    }
  }
  flush();
  return out;
}

function push(out: Segment[], seg: Segment): void {
  const last = out[out.length - 1];
  if (last && last.highlighted === seg.highlighted) last.text += seg.text;
  else out.push({ ...seg });
}

/** The share of a query word's trigrams found in a word, as pg_trgm's word_similarity counts it. */
export function wordSimilarity(queryWord: string, word: string): number {
  const q = trigrams(queryWord);
  if (q.size === 0) return 0;
  const w = trigrams(word);
  let shared = 0;
  for (const t of q) if (w.has(t)) shared++;
  return shared / q.size;
}

function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word.toLowerCase(), ' '];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
/** Same threshold as the database search uses. */
const SIMILAR = 0.4;

function isSimilar(word: string, queryWords: readonly string[]): number {
  let best = 0;
  for (const q of queryWords) best = Math.max(best, wordSimilarity(q, word));
  return best >= SIMILAR ? best : 0;
}

export function queryWords(query: string): string[] {
  return [...query.matchAll(wordPattern)].map((m) => m[0]).filter((w) => w.length >= 2);
}

/**
 * For hits found by similar spelling: words close to a query word are highlighted, and a
 * long text is cut to a window around the closest one.
 */
export function similaritySegments(
  text: string,
  query: string,
  maxWords = Number.POSITIVE_INFINITY,
): Segment[] {
  const qWords = queryWords(query);
  const words = [...text.matchAll(wordPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    score: isSimilar(m[0], qWords),
  }));
  let from = 0;
  let to = text.length;
  let prefix = '';
  let suffix = '';
  if (words.length > maxWords) {
    let best = 0;
    words.forEach((w, i) => {
      if (w.score > (words[best]?.score ?? 0)) best = i;
    });
    const first = Math.max(0, Math.min(best - Math.floor(maxWords / 3), words.length - maxWords));
    const last = Math.min(words.length - 1, first + maxWords - 1);
    from = first === 0 ? 0 : (words[first]?.start ?? 0);
    to = last === words.length - 1 ? text.length : (words[last]?.end ?? text.length);
    if (first > 0) prefix = '… ';
    if (last < words.length - 1) suffix = ' …';
  }
  const out: Segment[] = [];
  if (prefix) push(out, { text: prefix, highlighted: false });
  let at = from;
  for (const w of words) {
    if (w.start < from || w.end > to || w.score === 0) continue;
    if (w.start > at) push(out, { text: text.slice(at, w.start), highlighted: false });
    push(out, { text: text.slice(w.start, w.end), highlighted: true });
    at = w.end;
  }
  if (to > at) push(out, { text: text.slice(at, to), highlighted: false });
  if (suffix) push(out, { text: suffix, highlighted: false });
  return out;
}
