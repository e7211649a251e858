import { describe, expect, it } from 'vitest';
import { attachmentHeader, slugify } from './download';

describe('download names', () => {
  it('slugs Swedish names to plain ASCII', () => {
    expect(slugify('Socialchefsnätverket')).toBe('socialchefsnatverket');
    expect(slugify('GR Mottagande och integration')).toBe('gr-mottagande-och-integration');
    expect(slugify('Åre – Östersund (Jämtlands län)')).toBe('are-ostersund-jamtlands-lan');
    expect(slugify('Æbleø')).toBe('aebleo');
    expect(slugify('Mottagande och integration i Västra Götaland', 40)).toBe(
      'mottagande-och-integration-i-vastra',
    );
    expect(slugify('Socialchefsnätverket', 10)).toBe('socialchef');
  });

  it('sends an attachment with an ASCII and a UTF-8 name', () => {
    expect(attachmentHeader('lagesbild-v47-2026.pdf')).toBe(
      `attachment; filename="lagesbild-v47-2026.pdf"; filename*=UTF-8''lagesbild-v47-2026.pdf`,
    );
    expect(attachmentHeader('läge "x".pdf')).toBe(
      `attachment; filename="l_ge _x_.pdf"; filename*=UTF-8''l%C3%A4ge%20%22x%22.pdf`,
    );
  });
});
