import { renderMinutesMarkdown } from '../../../core/meetings/markdown';

/** Minutes Markdown as HTML: raw HTML escaped and links limited to http, https and mailto. */
export function MinutesText({ text, className }: { text: string; className?: string }) {
  return (
    <div
      className={['minutes-text', className].filter(Boolean).join(' ')}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMinutesMarkdown escapes HTML and drops unsafe links.
      dangerouslySetInnerHTML={{ __html: renderMinutesMarkdown(text) }}
    />
  );
}
