import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { networks, organisations } from './registry';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres returns a Buffer (a Uint8Array); PGlite a Uint8Array.
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

export const attachmentVisibilities = ['network', 'private'] as const;
export type AttachmentVisibility = (typeof attachmentVisibilities)[number];

/**
 * Uploaded files, bytes included: in the database they are durable, commit or roll back
 * with the change that refers to them and are shared by every server instance.
 * 'private' files are seen only by the uploading organisation and the network's coordinators.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    visibility: text('visibility', { enum: attachmentVisibilities }).notNull().default('network'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_network_idx').on(t.networkId, t.createdAt)],
);
