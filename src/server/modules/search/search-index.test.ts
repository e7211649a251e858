import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../db/schema/search';
import { queryRows } from '../../platform/db';
import { makeNetwork, makeOrg } from '../../testing/factories';
import { useTestDatabase } from '../../testing/test-db';
import { indexSearchDocument, removeSearchDocument } from './search-index';

const database = useTestDatabase();

describe('search index', () => {
  it('upserts by kind and entity, derives the Swedish vector, and removes', async () => {
    const { db } = database();
    const org = await makeOrg(db);
    const network = await makeNetwork(db, { ownerOrgId: org.id });
    const entityId = randomUUID();
    const base = {
      kind: 'minutes' as const,
      entityId,
      networkId: network.id,
      occurredAt: new Date('2026-03-04T09:00:00Z'),
      url: `/moten/${entityId}`,
    };
    await indexSearchDocument(db, { ...base, title: 'Protokoll', body: 'Barnomsorgen diskuterades.' });
    await indexSearchDocument(db, {
      ...base,
      title: 'Protokoll (rättat)',
      body: 'Skolskjutsarna diskuterades.',
    });

    const rows = await db.select().from(searchDocuments).where(eq(searchDocuments.entityId, entityId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.title).toBe('Protokoll (rättat)');
    expect(rows[0]?.audienceUserIds).toBeNull();
    const [vector] = await queryRows<{ v: string }>(
      db,
      sql`select search_vector::text as v from search_documents where entity_id = ${entityId}`,
    );
    expect(vector?.v).toContain("'skolskjuts':");
    expect(vector?.v).not.toContain('barnomsorg');

    const lexemes = await queryRows<{ lexeme: string }>(
      db,
      sql`select lexeme from search_lexemes where lexeme in ('skolskjuts', 'barnomsorg', 'diskuter')`,
    );
    // The lexicon keeps what any version held; a word no document holds any more finds nothing.
    expect(lexemes.map((l) => l.lexeme).sort()).toEqual(['barnomsorg', 'diskuter', 'skolskjuts']);

    await removeSearchDocument(db, 'minutes', entityId);
    await removeSearchDocument(db, 'minutes', entityId);
    expect(
      await db.select().from(searchDocuments).where(eq(searchDocuments.entityId, entityId)),
    ).toHaveLength(0);
  });
});
