import { describe, expect, it } from 'vitest';
import { minutesBlocks, renderMinutesMarkdown } from './markdown';

describe('renderMinutesMarkdown', () => {
  it('renders emphasis, lists and http links', () => {
    const html = renderMinutesMarkdown('**Beslut**\n\n- punkt\n\n[GR](https://goteborgsregionen.se)');
    expect(html).toContain('<strong>Beslut</strong>');
    expect(html).toContain('<li>punkt</li>');
    expect(html).toContain('<a href="https://goteborgsregionen.se" rel="noopener noreferrer">GR</a>');
  });

  it('escapes raw HTML', () => {
    const html = renderMinutesMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops links that are not http, https or mailto', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', 'file:///etc/passwd']) {
      const html = renderMinutesMarkdown(`[klick](${href})`);
      expect(html).not.toContain('<a');
    }
    expect(renderMinutesMarkdown('[skriv](mailto:a@b.se)')).toContain('href="mailto:a@b.se"');
  });

  it('writes no style attributes (tables are off)', () => {
    const html = renderMinutesMarkdown('| a | b |\n|--:|:-|\n| 1 | 2 |');
    expect(html).not.toContain('style=');
  });
});

describe('minutesBlocks', () => {
  it('turns Markdown into plain blocks with list markers', () => {
    const blocks = minutesBlocks(
      '## Läget\n\nKort **sammanfattning**.\n\n1. ett\n2. två\n   - under\n\n<b>x</b>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Läget', depth: 0, marker: '' },
      { kind: 'paragraph', text: 'Kort sammanfattning.', depth: 0, marker: '' },
      { kind: 'item', text: 'ett', depth: 1, marker: '1.' },
      { kind: 'item', text: 'två', depth: 1, marker: '2.' },
      { kind: 'item', text: 'under', depth: 2, marker: '•' },
      { kind: 'paragraph', text: '<b>x</b>', depth: 0, marker: '' },
    ]);
  });
});
