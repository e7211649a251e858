import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { NetworkEventKind } from '../../db/schema/calendar';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess, type NetworkAccess } from '../registry/network-access';
import { canManageEvents, canReadCalendar } from './calendar.policy';
import * as repo from './calendar.repository';

export interface EventInput {
  kind: NetworkEventKind;
  title: string;
  allDay: boolean;
  startsAt?: string | undefined;
  endsAt?: string | null | undefined;
  startDate?: string | undefined;
  endDate?: string | null | undefined;
  location: string;
  url: string;
  description: string;
}

function localDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? '';
}

function midnight(date: string): Date {
  return DateTime.fromISO(date, { zone: ZONE }).startOf('day').toJSDate();
}

export function presentEvent(event: repo.NetworkEventRow, access: NetworkAccess) {
  return {
    id: event.id,
    networkId: event.networkId,
    kind: event.kind,
    title: event.title,
    allDay: event.allDay,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt?.toISOString() ?? null,
    startDate: event.allDay ? localDay(event.startsAt) : null,
    endDate: event.allDay && event.endsAt ? localDay(event.endsAt) : null,
    location: event.location,
    url: event.url,
    description: event.description,
    cancelled: event.cancelledAt !== null,
    sequence: event.sequence,
    version: event.version,
    updatedAt: event.updatedAt.toISOString(),
    canManage: canManageEvents(access),
  };
}

/** The times to store, or a validation error naming the field that is missing or wrong. */
function times(input: EventInput): { startsAt: Date; endsAt: Date | null } {
  const fail = (path: string, code: string): never => {
    throw new AppError('validation', { fields: [{ path, code }] });
  };
  if (input.allDay) {
    if (!input.startDate) return fail('startDate', 'required');
    const startsAt = midnight(input.startDate);
    const endsAt = input.endDate ? midnight(input.endDate) : null;
    if (endsAt && endsAt < startsAt) return fail('endDate', 'end_before_start');
    return { startsAt, endsAt };
  }
  if (!input.startsAt) return fail('startsAt', 'required');
  const startsAt = new Date(input.startsAt);
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  if (endsAt && endsAt <= startsAt) return fail('endsAt', 'ends_before_start');
  return { startsAt, endsAt };
}

function values(input: EventInput) {
  return {
    kind: input.kind,
    title: input.title,
    allDay: input.allDay,
    ...times(input),
    location: input.location,
    url: input.url,
    description: input.description,
  };
}

function auditView(event: repo.NetworkEventRow) {
  return {
    kind: event.kind,
    title: event.title,
    allDay: event.allDay,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt?.toISOString() ?? null,
    location: event.location,
    url: event.url,
    description: event.description,
    cancelled: event.cancelledAt !== null,
    sequence: event.sequence,
    version: event.version,
  };
}

async function loadEvent(ctx: Ctx, id: string) {
  const event = await repo.findEvent(ctx.db, id);
  if (!event) throw notFound('event');
  const access = await loadNetworkAccess(ctx.db, ctx.actor, event.networkId);
  authorize(ctx.actor, canReadCalendar(access));
  return { event, access };
}

export async function getEvent(ctx: Ctx, id: string) {
  const { event, access } = await loadEvent(ctx, id);
  return presentEvent(event, access);
}

export async function createEvent(ctx: Ctx, networkId: string, input: EventInput) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canManageEvents(access));
  const row = values(input);
  return inTransaction(ctx, async (tx) => {
    const now = nowOf(tx);
    const event = await repo.insertEvent(tx.db, {
      ...row,
      networkId,
      createdBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, {
      action: 'calendar.event.create',
      entityType: 'network_event',
      entityId: event.id,
      after: auditView(event),
    });
    return presentEvent(event, access);
  });
}

/** Locks the event, checks the caller's version and that it is not cancelled, then applies the change. */
async function changeEvent(
  ctx: Ctx,
  id: string,
  expectedVersion: number,
  action: string,
  change: (event: repo.NetworkEventRow) => Partial<repo.NewNetworkEvent>,
) {
  const { access } = await loadEvent(ctx, id);
  authorize(ctx.actor, canManageEvents(access));
  return inTransaction(ctx, async (tx) => {
    const locked = await repo.lockEvent(tx.db, id);
    if (!locked) throw notFound('event');
    if (locked.version !== expectedVersion) {
      throw new AppError('version_conflict', {
        currentVersion: locked.version,
        current: presentEvent(locked, access),
      });
    }
    if (locked.cancelledAt) throw new AppError('conflict', { reason: 'cancelled' });
    const updated = await repo.updateEvent(tx.db, id, change(locked), nowOf(tx));
    await writeAudit(tx, {
      action,
      entityType: 'network_event',
      entityId: id,
      before: auditView(locked),
      after: auditView(updated),
    });
    return presentEvent(updated, access);
  });
}

/** Every change raises SEQUENCE, so subscribed calendars take the new time, place or text. */
export async function updateEvent(ctx: Ctx, id: string, input: EventInput & { version: number }) {
  const row = values(input);
  return changeEvent(ctx, id, input.version, 'calendar.event.update', () => row);
}

/** Cancelled events stay (STATUS:CANCELLED in the feeds) so subscribers remove them. */
export async function cancelEvent(ctx: Ctx, id: string, version: number) {
  return changeEvent(ctx, id, version, 'calendar.event.cancel', () => ({ cancelledAt: nowOf(ctx) }));
}
