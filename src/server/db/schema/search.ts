import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { networks } from './registry';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const searchDocumentKinds = [
  'minutes',
  'agenda_item',
  'decision',
  'question',
  'bulletin',
  'consultation',
] as const;
export type SearchDocumentKind = (typeof searchDocumentKinds)[number];

/**
 * One row per searchable thing, written by the owning feature in the transaction that
 * publishes or changes it, so the archive is searchable the moment it is visible.
 * Features keep their own tables; this is a derived copy shaped for search only.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: searchDocumentKinds }).notNull(),
    /** The id of the row in the owning feature's table. */
    entityId: uuid('entity_id').notNull(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** Web path of the thing in the app, e.g. /moten/<id>. */
    url: text('url').notNull(),
    /** Null: everyone in the network may see it; otherwise only these users. */
    audienceUserIds: uuid('audience_user_ids').array(),
    // The regconfig cast makes to_tsvector immutable, as a generated column requires.
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('swedish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("body", '')), 'B')`,
      ),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('search_documents_entity_idx').on(t.kind, t.entityId),
    index('search_documents_network_time_idx').on(t.networkId, t.occurredAt),
    // The latest matches of a common word are read newest first and the scan stops early.
    index('search_documents_time_idx').on(t.occurredAt),
    index('search_documents_kind_time_idx').on(t.kind, t.occurredAt),
    index('search_documents_vector_idx').using('gin', t.searchVector),
    // Titles by similar spelling (parts of names, misspellings) when full text finds little.
    index('search_documents_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
  ],
);

/**
 * Every lexeme the archive's vectors hold, once. A query word the archive does not know
 * (a misspelled name, "Харків" where the minutes say "Харкова") is replaced by the closest
 * lexemes by trigram similarity, so the search stays one full-text query over the GIN index.
 * Rechecking trigram similarity against whole bodies was too slow at archive scale
 * (docs/performance.md). Never pruned: a lexeme no document holds any more finds nothing.
 */
export const searchLexemes = pgTable('search_lexemes', { lexeme: text('lexeme').primaryKey() }, (t) => [
  index('search_lexemes_trgm_idx').using('gin', t.lexeme.op('gin_trgm_ops')),
]);
