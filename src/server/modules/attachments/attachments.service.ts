import { createHash } from 'node:crypto';
import { writeAudit } from '../../platform/audit';
import { actorOrgId, actorUserId, type Ctx, inTransaction } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { detectAllowedType } from './attachment-types';
import { canReadAttachment, canUploadAttachment } from './attachments.policy';
import {
  type AttachmentMeta,
  findAttachmentData,
  findAttachmentMeta,
  insertAttachment,
} from './attachments.repository';

export type { AttachmentMeta } from './attachments.repository';

export const DEFAULT_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export interface NewAttachment {
  networkId: string;
  filename: string;
  bytes: Uint8Array;
  visibility?: 'network' | 'private';
  /** The uploading organisation; defaults to the actor's (required for the system actor). */
  orgId?: string;
  maxBytes?: number;
}

export interface AttachmentSummary {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`.replace('.', ',');
}

/** "C:\\fakepath\\Remiss.pdf" → "Remiss.pdf"; no control characters; at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - ext.length) + ext;
}

export function summarize(meta: AttachmentMeta): AttachmentSummary {
  return { id: meta.id, filename: meta.filename, contentType: meta.contentType, size: meta.sizeBytes };
}

/**
 * Checks and stores a file in the caller's transaction (`tx`), so it commits or rolls back
 * with whatever refers to it. A file that is empty, too large, or not one of the allowed
 * types (by name and by content alike) is refused before anything is written.
 * Permission to upload is the caller's to check (see `uploadAttachment`).
 */
export async function createAttachment(
  tx: DbOrTx,
  ctx: Ctx,
  input: NewAttachment,
): Promise<AttachmentSummary> {
  const maxBytes = input.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  if (input.bytes.byteLength === 0) throw new AppError('attachment_empty');
  if (input.bytes.byteLength > maxBytes) {
    throw new AppError('attachment_too_large', { limit: formatMegabytes(maxBytes) });
  }
  const filename = cleanFilename(input.filename);
  const contentType = filename ? await detectAllowedType(filename, input.bytes) : null;
  if (!contentType) throw new AppError('attachment_type_not_allowed', { filename });
  const orgId = input.orgId ?? actorOrgId(ctx.actor);
  if (!orgId) throw new AppError('bad_request', { reason: 'uploader organisation' });
  const meta = await insertAttachment(tx, {
    networkId: input.networkId,
    uploadedBy: actorUserId(ctx.actor),
    orgId,
    filename,
    contentType,
    sizeBytes: input.bytes.byteLength,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    data: input.bytes,
    visibility: input.visibility ?? 'network',
  });
  const { createdAt: _createdAt, ...after } = meta;
  await writeAudit(
    { ...ctx, db: tx },
    { action: 'attachment.create', entityType: 'attachment', entityId: meta.id, after },
  );
  return summarize(meta);
}

/** The upload route's use case: a member who takes part in the network stores a file. */
export async function uploadAttachment(ctx: Ctx, input: NewAttachment): Promise<AttachmentSummary> {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, input.networkId);
  authorize(ctx.actor, canUploadAttachment(ctx.actor, access));
  return inTransaction(ctx, (tx) => createAttachment(tx.db, tx, input));
}

/** Metadata (no bytes) of the given attachments, in no particular order; unknown ids are left out. */
export async function getAttachmentMeta(db: DbOrTx, ids: readonly string[]): Promise<AttachmentMeta[]> {
  return findAttachmentMeta(db, ids);
}

/**
 * An attachment the actor may read, with its bytes. Whatever the actor may not see —
 * another network's file, a private file of another organisation — is not found.
 */
export async function readAttachment(
  ctx: Ctx,
  id: string,
): Promise<{ meta: AttachmentMeta; data: Uint8Array }> {
  const meta = (await findAttachmentMeta(ctx.db, [id]))[0];
  if (!meta) throw notFound('attachment');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, meta.networkId).catch(() => {
    throw notFound('attachment');
  });
  if (!canReadAttachment(ctx.actor, access, meta)) throw notFound('attachment');
  const data = await findAttachmentData(ctx.db, id);
  if (!data) throw notFound('attachment');
  return { meta, data };
}

/**
 * For features that refer to uploaded files: the attachment exists in this network and
 * the actor may read it; else a validation error on `field`.
 */
export async function requireAttachmentInNetwork(
  ctx: Ctx,
  id: string,
  networkId: string,
  field = 'attachmentId',
): Promise<AttachmentMeta> {
  const meta = (await findAttachmentMeta(ctx.db, [id]))[0];
  const access = meta?.networkId === networkId ? await loadNetworkAccess(ctx.db, ctx.actor, networkId) : null;
  if (!meta || !access || !canReadAttachment(ctx.actor, access, meta)) {
    throw new AppError('validation', { fields: [{ path: field, code: 'invalid_value' }] });
  }
  return meta;
}
