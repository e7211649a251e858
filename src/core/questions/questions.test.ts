import { describe, expect, it } from 'vitest';
import { statusAfter } from './lifecycle';
import { prefixQuery } from './search-terms';
import { normalizeTags } from './tags';

describe('normalizeTags', () => {
  it('trims, lower-cases with Swedish letters, collapses spaces and drops duplicates and empties', () => {
    expect(normalizeTags([' Bostad ', 'bostad', 'ÖVERGÅNG  TILL  SFI', '', '  '])).toEqual([
      'bostad',
      'övergång till sfi',
    ]);
  });
});

describe('prefixQuery', () => {
  it('ORs the words as prefixes', () => {
    expect(prefixQuery('Hur söker man barnomsor')).toBe('hur:* | söker:* | man:* | barnomsor:*');
  });

  it('drops punctuation and tsquery operators, so any input gives a valid query or none', () => {
    expect(prefixQuery("a & b | !c <-> 'd' (e):*")).toBeNull();
    expect(prefixQuery('Ключ & «дом»?')).toBe('ключ:* | дом:*');
    expect(prefixQuery('   ')).toBeNull();
  });

  it('keeps at most twelve distinct words', () => {
    const text = Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' ');
    expect(prefixQuery(`${text} ord0`)?.split(' | ')).toHaveLength(12);
  });
});

describe('statusAfter', () => {
  it('moves new → assigned → answered and allows reassigning before the answer', () => {
    expect(statusAfter('new', 'assign')).toBe('assigned');
    expect(statusAfter('assigned', 'assign')).toBe('assigned');
    expect(statusAfter('assigned', 'answer')).toBe('answered');
    expect(statusAfter('new', 'answer')).toBe('answered');
  });

  it('refuses to assign or answer an answered question, and tags unanswered ones', () => {
    expect(statusAfter('answered', 'assign')).toBeNull();
    expect(statusAfter('answered', 'answer')).toBeNull();
    expect(statusAfter('new', 'tag')).toBeNull();
    expect(statusAfter('answered', 'tag')).toBe('answered');
  });
});
