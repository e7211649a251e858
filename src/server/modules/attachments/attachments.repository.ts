import { eq, inArray } from 'drizzle-orm';
import { attachments } from '../../db/schema/attachments';
import type { DbOrTx } from '../../platform/db';

/** Every column but the bytes. */
const metaColumns = {
  id: attachments.id,
  networkId: attachments.networkId,
  uploadedBy: attachments.uploadedBy,
  orgId: attachments.orgId,
  filename: attachments.filename,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  visibility: attachments.visibility,
  createdAt: attachments.createdAt,
};

export type AttachmentMeta = {
  id: string;
  networkId: string;
  uploadedBy: string | null;
  orgId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  visibility: 'network' | 'private';
  createdAt: Date;
};

export async function insertAttachment(
  db: DbOrTx,
  values: typeof attachments.$inferInsert,
): Promise<AttachmentMeta> {
  const row = (await db.insert(attachments).values(values).returning(metaColumns))[0];
  if (!row) throw new Error('attachment not inserted');
  return row;
}

export async function findAttachmentMeta(db: DbOrTx, ids: readonly string[]): Promise<AttachmentMeta[]> {
  if (ids.length === 0) return [];
  return db
    .select(metaColumns)
    .from(attachments)
    .where(inArray(attachments.id, [...ids]));
}

export async function findAttachmentData(db: DbOrTx, id: string): Promise<Uint8Array | null> {
  const row = (
    await db.select({ data: attachments.data }).from(attachments).where(eq(attachments.id, id)).limit(1)
  )[0];
  return row?.data ?? null;
}
