import MarkdownIt from 'markdown-it';

/** Link targets minutes may carry; javascript:, data: and the like are dropped. */
const allowedLink = /^(https?:|mailto:)/i;

const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
// Tables would carry alignment as style attributes, which the CSP forbids.
md.disable('table');
md.validateLink = (url: string) => allowedLink.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && /^https?:/i.test(token.attrGet('href') ?? '')) {
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Minutes are Markdown written by coordinators and read by the whole network: raw HTML is
 * escaped, links are limited to http, https and mailto, so the HTML is safe to insert.
 */
export function renderMinutesMarkdown(text: string): string {
  return md.render(text);
}

export interface MinutesBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'code';
  text: string;
  /** List nesting (1 = top level) for items; 0 otherwise. */
  depth: number;
  /** "1." for ordered lists, "•" for bullets; empty for other blocks. */
  marker: string;
}

/** The minutes as plain text blocks, for print (PDF) where inline markup is not rendered. */
export function minutesBlocks(text: string): MinutesBlock[] {
  const tokens = md.parse(text, {});
  const blocks: MinutesBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let heading = false;
  let marker = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        marker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', text: token.content.replace(/\n$/, ''), depth: 0, marker: '' });
        break;
      case 'inline': {
        const content = (token.children ?? [])
          .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content))
          .join('');
        if (heading) blocks.push({ kind: 'heading', text: content, depth: 0, marker: '' });
        else if (lists.length > 0 && marker) {
          blocks.push({ kind: 'item', text: content, depth: lists.length, marker });
          marker = '';
        } else if (lists.length > 0) {
          const last = blocks.at(-1);
          if (last) last.text += `\n${content}`;
        } else blocks.push({ kind: 'paragraph', text: content, depth: 0, marker: '' });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}
