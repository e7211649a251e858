/**
 * The one way features put things into search. Call these inside the transaction that
 * publishes, changes or withdraws the thing, so search and the archive never disagree.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type SearchDocumentKind, searchDocuments } from '../../db/schema/search';
import type { DbOrTx } from '../../platform/db';
import { stripHighlightMarkers } from './snippet';

export type { SearchDocumentKind } from '../../db/schema/search';

export interface SearchDocumentInput {
  kind: SearchDocumentKind;
  /** The id of the row in the owning feature's table. */
  entityId: string;
  networkId: string;
  title: string;
  /** Plain text (strip Markdown markup first if it would pollute snippets). */
  body: string;
  occurredAt: Date;
  /** Web path in the app, e.g. `/moten/<id>`. */
  url: string;
  /** Only these users may find it; omit or null for everyone in the network. */
  audienceUserIds?: readonly string[] | null;
}

/** Adds or replaces the document for (kind, entityId). */
export async function indexSearchDocument(tx: DbOrTx, doc: SearchDocumentInput): Promise<void> {
  await indexSearchDocuments(tx, [doc]);
}

/**
 * Several at once, in one statement (the benchmark loads the archive this way). At most
 * a few thousand per call: every column is a bound parameter. Each (kind, entityId) once.
 */
export async function indexSearchDocuments(tx: DbOrTx, docs: readonly SearchDocumentInput[]): Promise<void> {
  if (docs.length === 0) return;
  const rows = await tx
    .insert(searchDocuments)
    .values(
      docs.map((doc) => ({
        kind: doc.kind,
        entityId: doc.entityId,
        networkId: doc.networkId,
        title: stripHighlightMarkers(doc.title),
        body: stripHighlightMarkers(doc.body),
        occurredAt: doc.occurredAt,
        url: doc.url,
        audienceUserIds: doc.audienceUserIds ? [...doc.audienceUserIds] : null,
      })),
    )
    .onConflictDoUpdate({
      target: [searchDocuments.kind, searchDocuments.entityId],
      set: {
        networkId: sql`excluded.network_id`,
        title: sql`excluded.title`,
        body: sql`excluded.body`,
        occurredAt: sql`excluded.occurred_at`,
        url: sql`excluded.url`,
        audienceUserIds: sql`excluded.audience_user_ids`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: searchDocuments.id });
  // The lexicon of similar-spelling search (see searchLexemes); numbers are left out.
  await tx.execute(sql`
    INSERT INTO search_lexemes (lexeme)
    SELECT DISTINCT l FROM search_documents d, unnest(tsvector_to_array(d.search_vector)) AS l
    WHERE d.id = ANY(${`{${rows.map((r) => r.id).join(',')}}`}::uuid[]) AND l !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING`);
}

/** Takes a document out of search (withdrawn, deleted, unpublished). No-op when absent. */
export async function removeSearchDocument(
  tx: DbOrTx,
  kind: SearchDocumentKind,
  entityId: string,
): Promise<void> {
  await tx
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.kind, kind), eq(searchDocuments.entityId, entityId)));
}
