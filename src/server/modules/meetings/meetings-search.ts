import type { DbOrTx } from '../../platform/db';
import { indexSearchDocument, removeSearchDocument } from '../search/search-index';
import type * as repo from './meetings.repository';

/** Markdown markup out of the text, so snippets read as prose. */
function plain(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~]+/g, '')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export interface PublishedMinutes {
  meeting: repo.MeetingRow;
  items: { id: string; topic: string; presenterName: string; minutes: string }[];
  decisions: { id: string; text: string }[];
  /** What the previous publication indexed, to take away what the correction removed. */
  previous?: { itemIds: string[]; decisionIds: string[] };
}

/**
 * Published minutes as search documents, in the publishing transaction: the whole minutes of
 * the meeting, each agenda item with its minutes, and each decision.
 */
export async function indexPublishedMinutes(db: DbOrTx, p: PublishedMinutes): Promise<void> {
  const { meeting } = p;
  const url = `/moten/${meeting.id}`;
  const base = { networkId: meeting.networkId, occurredAt: meeting.startsAt };
  await indexSearchDocument(db, {
    ...base,
    kind: 'minutes',
    entityId: meeting.id,
    title: meeting.title,
    body: p.items.map((i) => `${i.topic}\n${plain(i.minutes)}`).join('\n\n'),
    url,
  });
  for (const item of p.items) {
    await indexSearchDocument(db, {
      ...base,
      kind: 'agenda_item',
      entityId: item.id,
      title: item.topic,
      body: [item.presenterName, plain(item.minutes)].filter(Boolean).join('\n'),
      url: `${url}#punkt-${item.id}`,
    });
  }
  for (const decision of p.decisions) {
    await indexSearchDocument(db, {
      ...base,
      kind: 'decision',
      entityId: decision.id,
      title: meeting.title,
      body: decision.text,
      url: `${url}#beslut`,
    });
  }
  const itemIds = new Set(p.items.map((i) => i.id));
  const decisionIds = new Set(p.decisions.map((d) => d.id));
  for (const id of p.previous?.itemIds ?? []) {
    if (!itemIds.has(id)) await removeSearchDocument(db, 'agenda_item', id);
  }
  for (const id of p.previous?.decisionIds ?? []) {
    if (!decisionIds.has(id)) await removeSearchDocument(db, 'decision', id);
  }
}
