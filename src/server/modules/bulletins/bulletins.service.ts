import { emailsOnSend } from '../../../core/bulletins/receipts';
import type { ContactFunction } from '../../db/schema/accounts';
import type { BulletinAudience, BulletinUrgency } from '../../db/schema/bulletins';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize, requireUser } from '../../platform/policy';
import { notifyUsers } from '../notifications/notifications.service';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { listNetworks } from '../registry/networks.service';
import { indexSearchDocument } from '../search/search-index';
import { mailBulletin } from './bulletins.mail';
import { canFollowUpBulletin, canSeeBulletin, canSendBulletin } from './bulletins.policy';
import * as repo from './bulletins.repository';

type Counts = { total: number; read: number; acknowledged: number; pending: number };

function presentSummary(
  b: repo.BulletinView,
  actorId: string | null,
  receipt: repo.RecipientRow | null | undefined,
  counts: Counts | null,
) {
  return {
    id: b.id,
    networkId: b.networkId,
    networkName: b.networkName,
    title: b.title,
    urgency: b.urgency,
    audience: b.audience,
    functions: b.functions,
    senderName: b.senderName,
    senderOrgName: b.senderOrgName,
    sentAt: b.sentAt.toISOString(),
    receipt: receipt
      ? {
          readAt: receipt.readAt?.toISOString() ?? null,
          acknowledgedAt: receipt.acknowledgedAt?.toISOString() ?? null,
        }
      : null,
    isSender: actorId === b.senderId,
    counts,
  };
}

interface LoadedBulletin {
  bulletin: repo.BulletinView;
  access: NetworkAccess;
  receipt: repo.RecipientRow | null;
}

/** A bulletin the actor may see; otherwise "not found". */
async function loadBulletin(ctx: Ctx, id: string): Promise<LoadedBulletin> {
  const actor = requireUser(ctx.actor);
  const bulletin = await repo.findBulletin(ctx.db, id);
  if (!bulletin) throw notFound('bulletin');
  const access = await loadNetworkAccess(ctx.db, actor, bulletin.networkId);
  const receipt = await repo.findRecipient(ctx.db, id, actor.userId);
  if (!canSeeBulletin(actor, access, bulletin, receipt !== null)) throw notFound('bulletin');
  return { bulletin, access, receipt };
}

async function presentDetail(ctx: Ctx, loaded: LoadedBulletin) {
  const actor = requireUser(ctx.actor);
  const { bulletin, access, receipt } = loaded;
  const followUp = canFollowUpBulletin(actor, access, bulletin);
  const counts = followUp
    ? ((await repo.countReceipts(ctx.db, [bulletin.id])).get(bulletin.id) ?? null)
    : null;
  const recipients = followUp ? await repo.listRecipients(ctx.db, bulletin.id) : [];
  return {
    bulletin: {
      ...presentSummary(bulletin, actor.userId, receipt, counts),
      body: bulletin.body,
      resendCount: bulletin.resendCount,
      lastResentAt: bulletin.lastResentAt?.toISOString() ?? null,
    },
    canAcknowledge: receipt !== null && receipt.acknowledgedAt === null,
    canResend: followUp,
    recipients: recipients.map(({ r, name, orgName }) => ({
      userId: r.userId,
      name,
      orgName,
      deliveredAt: r.deliveredAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
      mailCount: r.mailCount,
    })),
  };
}

export interface SendInput {
  title: string;
  body: string;
  urgency: BulletinUrgency;
  audience: BulletinAudience;
  functions: ContactFunction[];
}

/**
 * Sends a bulletin: resolves the addressees to users now, records a receipt row for each,
 * notifies them in the app and, for viktigt and larm, e-mails them in the same transaction.
 */
export async function sendBulletin(ctx: Ctx, networkId: string, input: SendInput, publicUrl: string) {
  const actor = requireUser(ctx.actor);
  const access = await loadNetworkAccess(ctx.db, actor, networkId);
  authorize(actor, canSendBulletin(actor, access));
  const functions = input.audience === 'functions' ? [...new Set(input.functions)] : [];
  if (input.audience === 'functions' && functions.length === 0) {
    throw new AppError('validation', { fields: [{ path: 'functions', code: 'required' }] });
  }
  const now = nowOf(ctx);
  const id = await inTransaction(ctx, async (tx) => {
    const addressees = await repo.resolveAddressees(
      tx.db,
      networkId,
      input.audience === 'functions' ? functions : null,
      actor.userId,
    );
    const mails = emailsOnSend(input.urgency);
    const row = await repo.insertBulletin(tx.db, {
      networkId,
      senderId: actor.userId,
      senderOrgId: actor.orgId,
      title: input.title,
      body: input.body,
      urgency: input.urgency,
      audience: input.audience,
      functions,
      sentAt: now,
    });
    await repo.insertRecipients(
      tx.db,
      addressees.map((a) => ({
        bulletinId: row.id,
        userId: a.id,
        orgId: a.orgId,
        deliveredAt: now,
        mailCount: mails ? 1 : 0,
      })),
    );
    const view = await repo.findBulletin(tx.db, row.id);
    if (!view) throw notFound('bulletin');
    if (mails) await mailBulletin(tx.db, view, addressees, { publicUrl, resend: false });
    await notifyUsers(
      tx.db,
      addressees.map((a) => a.id),
      {
        kind: 'bulletin',
        payload: {
          bulletinId: row.id,
          title: row.title,
          body: view.networkName,
          urgency: row.urgency,
          link: `/meddelanden/${row.id}`,
        },
      },
      now,
    );
    await writeAudit(tx, {
      action: 'bulletin.send',
      entityType: 'bulletin',
      entityId: row.id,
      after: {
        networkId,
        title: row.title,
        urgency: row.urgency,
        audience: row.audience,
        functions,
        recipients: addressees.length,
      },
    });
    // Larms are alerts of the moment, not archive material; the rest is searchable.
    if (row.urgency !== 'larm') {
      await indexSearchDocument(tx.db, {
        kind: 'bulletin',
        entityId: row.id,
        networkId,
        title: row.title,
        body: row.body,
        occurredAt: now,
        url: `/meddelanden/${row.id}`,
        audienceUserIds: row.audience === 'all' ? null : [actor.userId, ...addressees.map((a) => a.id)],
      });
    }
    return row.id;
  });
  return presentDetail(ctx, await loadBulletin(ctx, id));
}

export async function listBulletins(ctx: Ctx, query: { networkId?: string | undefined; limit: number }) {
  const actor = requireUser(ctx.actor);
  const networks = await listNetworks(ctx);
  const inScope = query.networkId ? networks.filter((n) => n.id === query.networkId) : networks;
  if (query.networkId && inScope.length === 0) throw notFound('network');
  const rows = await repo.listVisible(ctx.db, {
    userId: actor.userId,
    memberNetworkIds: inScope.map((n) => n.id),
    coordinatedNetworkIds: inScope.filter((n) => n.isCoordinator).map((n) => n.id),
    limit: query.limit,
  });
  const coordinated = new Set(networks.filter((n) => n.isCoordinator).map((n) => n.id));
  const followed = rows.filter((b) => b.senderId === actor.userId || coordinated.has(b.networkId));
  const counts = await repo.countReceipts(
    ctx.db,
    followed.map((b) => b.id),
  );
  const receipts = await repo.findReceipts(
    ctx.db,
    rows.map((b) => b.id),
    actor.userId,
  );
  const isLiaison = actor.roles.includes('agency_liaison');
  return {
    bulletins: rows.map((b) => presentSummary(b, actor.userId, receipts.get(b.id), counts.get(b.id) ?? null)),
    sendableNetworks: networks
      .filter((n) => n.isCoordinator || isLiaison)
      .map((n) => ({ id: n.id, name: n.name })),
  };
}

export async function getBulletin(ctx: Ctx, id: string) {
  return presentDetail(ctx, await loadBulletin(ctx, id));
}

/** The addressee opened the bulletin. Recorded once; not an error for others (nothing to record). */
export async function markRead(ctx: Ctx, id: string) {
  const loaded = await loadBulletin(ctx, id);
  if (loaded.receipt && !loaded.receipt.readAt) {
    await inTransaction(ctx, async (tx) => {
      const now = nowOf(tx);
      if (await repo.stampReceipt(tx.db, id, loaded.receipt?.userId ?? '', 'readAt', now)) {
        await writeAudit(tx, {
          action: 'bulletin.read',
          entityType: 'bulletin',
          entityId: id,
          after: { readAt: now.toISOString() },
        });
      }
    });
  }
  return presentDetail(ctx, await loadBulletin(ctx, id));
}

/** Only an addressee acknowledges; doing it twice changes nothing. */
export async function acknowledge(ctx: Ctx, id: string) {
  const loaded = await loadBulletin(ctx, id);
  authorize(ctx.actor, loaded.receipt !== null);
  if (loaded.receipt && !loaded.receipt.acknowledgedAt) {
    const userId = loaded.receipt.userId;
    await inTransaction(ctx, async (tx) => {
      const now = nowOf(tx);
      const acknowledged = await repo.stampReceipt(tx.db, id, userId, 'acknowledgedAt', now);
      if (!acknowledged) return;
      await repo.stampReceipt(tx.db, id, userId, 'readAt', now);
      await writeAudit(tx, {
        action: 'bulletin.acknowledge',
        entityType: 'bulletin',
        entityId: id,
        after: { acknowledgedAt: now.toISOString() },
      });
    });
  }
  return presentDetail(ctx, await loadBulletin(ctx, id));
}

/** E-mails the bulletin again to every addressee who has not acknowledged it. */
export async function resend(ctx: Ctx, id: string, publicUrl: string) {
  const loaded = await loadBulletin(ctx, id);
  authorize(ctx.actor, canFollowUpBulletin(ctx.actor, loaded.access, loaded.bulletin));
  const resent = await inTransaction(ctx, async (tx) => {
    const now = nowOf(tx);
    const pending = await repo.listUnacknowledged(tx.db, id);
    // Everyone has acknowledged: nothing to send, nothing changed.
    if (pending.length === 0) return 0;
    await mailBulletin(tx.db, loaded.bulletin, pending, { publicUrl, resend: true });
    await repo.countMailed(
      tx.db,
      id,
      pending.map((p) => p.id),
    );
    await repo.markResent(tx.db, id, now);
    await writeAudit(tx, {
      action: 'bulletin.resend',
      entityType: 'bulletin',
      entityId: id,
      before: { resendCount: loaded.bulletin.resendCount },
      after: { resendCount: loaded.bulletin.resendCount + 1, recipients: pending.map((p) => p.id) },
    });
    return pending.length;
  });
  return { resent, detail: await presentDetail(ctx, await loadBulletin(ctx, id)) };
}

export async function listAlarms(ctx: Ctx) {
  const actor = requireUser(ctx.actor);
  const rows = await repo.listOpenAlarms(ctx.db, actor.userId);
  return {
    alarms: rows.map((b) => ({
      id: b.id,
      title: b.title,
      networkName: b.networkName,
      senderOrgName: b.senderOrgName,
      sentAt: b.sentAt.toISOString(),
    })),
  };
}
