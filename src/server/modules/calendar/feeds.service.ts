import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import { writeAudit } from '../../platform/audit';
import { toRoles } from '../../platform/auth/session';
import { hashToken, newToken } from '../../platform/auth/tokens';
import { type Ctx, inTransaction, nowOf, type UserActor } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { renderIcs } from '../../platform/ical';
import { requireUser } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { listNetworks } from '../registry/networks.service';
import * as repo from './calendar.repository';
import { collectCalendarEntries } from './calendar-sources';

/** Subscribers see half a year back and two years ahead. */
const PAST_DAYS = 183;
const FUTURE_DAYS = 730;

export function feedPath(token: string): string {
  return `/api/calendar/feeds/${token}.ics`;
}

function presentFeed(feed: repo.FeedTokenRow) {
  return {
    networkId: feed.networkId,
    createdAt: feed.createdAt.toISOString(),
    lastUsedAt: feed.lastUsedAt?.toISOString() ?? null,
  };
}

export async function listFeeds(ctx: Ctx) {
  const user = requireUser(ctx.actor);
  const feeds = await repo.listFeedTokens(ctx.db, user.userId);
  return { feeds: feeds.map(presentFeed) };
}

/**
 * Creates the user's feed URL for one network (or, `networkId` null, for all their networks),
 * or replaces its token: the earlier URL stops working at once. The token is returned only here.
 */
export async function createOrRotateFeed(ctx: Ctx, networkId: string | null, publicUrl: string) {
  const user = requireUser(ctx.actor);
  if (networkId) await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  const token = newToken();
  return inTransaction(ctx, async (tx) => {
    const existing = (await repo.listFeedTokens(tx.db, user.userId)).find((f) => f.networkId === networkId);
    const feed = await repo.upsertFeedToken(tx.db, {
      userId: user.userId,
      networkId,
      tokenHash: hashToken(token),
      now: nowOf(tx),
    });
    await writeAudit(tx, {
      action: existing ? 'calendar.feed.rotate' : 'calendar.feed.create',
      entityType: 'calendar_feed',
      entityId: feed.id,
      after: { userId: user.userId, networkId },
    });
    const path = feedPath(token);
    return { ...presentFeed(feed), token, path, url: `${publicUrl.replace(/\/$/, '')}${path}` };
  });
}

export async function deleteFeed(ctx: Ctx, networkId: string | null) {
  const user = requireUser(ctx.actor);
  await inTransaction(ctx, async (tx) => {
    const existing = (await repo.listFeedTokens(tx.db, user.userId)).find((f) => f.networkId === networkId);
    if (!existing || !(await repo.deleteFeedToken(tx.db, user.userId, networkId)))
      throw notFound('calendar_feed');
    await writeAudit(tx, {
      action: 'calendar.feed.delete',
      entityType: 'calendar_feed',
      entityId: existing.id,
      before: { userId: user.userId, networkId },
    });
  });
}

export interface RenderedFeed {
  body: string;
  etag: string;
}

/**
 * The feed behind a secret token, rendered for its owner with the owner's current access:
 * an unknown or rotated token, a deactivated user or a network they left all give 404.
 */
export async function renderFeed(
  db: DbOrTx,
  file: string,
  options: { now: Date; publicUrl: string },
): Promise<RenderedFeed> {
  const token = file.replace(/\.ics$/, '');
  const found = await repo.findFeedByHash(db, hashToken(token));
  if (!found) throw notFound('calendar_feed');
  const actor: UserActor = {
    kind: 'user',
    userId: found.user.id,
    orgId: found.user.orgId,
    roles: toRoles(found.user.roles),
    email: found.user.email,
    name: found.user.name,
    locale: found.user.locale,
  };
  const ctx: Ctx = { db, actor, now: () => options.now };
  let networkIds: string[];
  let name: string;
  if (found.feed.networkId) {
    const access = await loadNetworkAccess(db, actor, found.feed.networkId);
    networkIds = [access.network.id];
    name = `Samla – ${access.network.name}`;
  } else {
    networkIds = (await listNetworks(ctx)).map((n) => n.id);
    name = 'Samla';
  }
  const today = DateTime.fromJSDate(options.now, { zone: ZONE }).startOf('day');
  const entries = await collectCalendarEntries(db, {
    networkIds,
    from: today.minus({ days: PAST_DAYS }).toJSDate(),
    to: today.plus({ days: FUTURE_DAYS }).toJSDate(),
  });
  const base = options.publicUrl.replace(/\/$/, '');
  const events = entries.map((entry) => ({
    ...entry,
    url: entry.url || (entry.path ? `${base}${entry.path}` : null),
    description: [entry.networkName, entry.description].filter(Boolean).join('\n\n') || null,
  }));
  const body = renderIcs(events, { name });
  // At most one write an hour per feed: calendar clients poll often.
  const lastUsed = found.feed.lastUsedAt?.getTime() ?? 0;
  if (options.now.getTime() - lastUsed >= 3_600_000)
    await repo.touchFeedToken(db, found.feed.id, options.now);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}
