import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { ZONE } from '../../core/time/iso-week';
import { users } from '../db/schema/accounts';
import type { NetworkEventKind } from '../db/schema/calendar';
import { networks, organisations } from '../db/schema/registry';
import { reports, rounds, templateVersions } from '../db/schema/reports';
import * as repo from '../modules/calendar/calendar.repository';
import { submitReport } from '../modules/reports/report-submit.service';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';

interface DemoEvent {
  network: 'gr-mottagande' | 'socialchefsnatverket';
  kind: NetworkEventKind;
  title: string;
  /** Days from this week's Monday, and local start/end times; all-day when times are left out. */
  day: number;
  start?: string;
  end?: string;
  lastDay?: number;
  location?: string;
  url?: string;
  description?: string;
  cancelled?: boolean;
}

/** Synthetic events around the current week, so the calendar and the feeds have content. */
const EVENTS: DemoEvent[] = [
  {
    network: 'gr-mottagande',
    kind: 'lunch_meeting',
    title: 'Lunchmöte: mottagande av kvotflyktingar',
    day: 1,
    start: '12:00',
    end: '13:00',
    location: 'Göteborgsregionen, Anders Personsgatan 8, Göteborg',
    description: 'Erfarenhetsutbyte mellan kommunernas mottagningsenheter. Ta med egen lunch.',
  },
  {
    network: 'gr-mottagande',
    kind: 'webinar',
    title: 'Webbinarium: Migrationsverket om anvisningar och bosättning',
    day: 9,
    start: '10:00',
    end: '11:30',
    location: 'Teams',
    url: 'https://teams.example.se/samla-demo/anvisningar',
    description: 'Migrationsverket går igenom årets kommuntal och hur anvisningarna planeras.',
  },
  {
    network: 'gr-mottagande',
    kind: 'lunch_meeting',
    title: 'Lunchmöte: boende och kontraktstider',
    day: -6,
    start: '12:00',
    end: '13:00',
    location: 'Teams',
    url: 'https://teams.example.se/samla-demo/boende',
    cancelled: true,
  },
  {
    network: 'gr-mottagande',
    kind: 'event',
    title: 'Regional utbildningsdag om etablering',
    day: 23,
    lastDay: 24,
    location: 'Göteborg',
  },
  {
    network: 'socialchefsnatverket',
    kind: 'webinar',
    title: 'Webbinarium: socialtjänstens beredskap vid it-angrepp',
    day: 15,
    start: '13:00',
    end: '14:30',
    location: 'Teams',
    url: 'https://teams.example.se/samla-demo/beredskap',
    description: 'Erfarenheter från kommuner som drabbats av it-angrepp och hur en lägesbild togs fram.',
  },
  {
    network: 'socialchefsnatverket',
    kind: 'event',
    title: 'Socialchefsdagarna',
    day: 37,
    lastDay: 38,
    location: 'Stockholm',
  },
];

function at(monday: DateTime, day: number, time?: string): Date {
  const date = monday.plus({ days: day });
  if (!time) return date.startOf('day').toJSDate();
  const [hour, minute] = time.split(':').map(Number);
  return date.set({ hour: hour ?? 0, minute: minute ?? 0 }).toJSDate();
}

/** Webinars, lunch meetings and other events for GR and the social-services chiefs' network. */
export async function seedDemoCalendar(ctx: Ctx): Promise<{ events: number }> {
  const monday = DateTime.fromJSDate(nowOf(ctx), { zone: ZONE }).startOf('week');
  const rows = await ctx.db
    .select({ id: networks.id, slug: networks.slug })
    .from(networks)
    .where(inArray(networks.slug, ['gr-mottagande', 'socialchefsnatverket']));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const coordinators = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['samordnare.gr@demo.samla.se', 'samordnare.skr@demo.samla.se']));
  const byEmail = new Map(coordinators.map((u) => [u.email, u.id]));
  let count = 0;
  await inTransaction(ctx, async (tx) => {
    for (const e of EVENTS) {
      const networkId = ids.get(e.network);
      if (!networkId) continue;
      const allDay = !e.start;
      const event = await repo.insertEvent(tx.db, {
        networkId,
        kind: e.kind,
        title: e.title,
        allDay,
        startsAt: at(monday, e.day, e.start),
        endsAt: allDay ? (e.lastDay === undefined ? null : at(monday, e.lastDay)) : at(monday, e.day, e.end),
        location: e.location ?? '',
        url: e.url ?? '',
        description: e.description ?? '',
        cancelledAt: e.cancelled ? monday.minus({ days: 8 }).toJSDate() : null,
        sequence: e.cancelled ? 1 : 0,
        createdBy:
          byEmail.get(
            e.network === 'gr-mottagande' ? 'samordnare.gr@demo.samla.se' : 'samordnare.skr@demo.samla.se',
          ) ?? null,
      });
      await writeAudit(tx, {
        action: 'calendar.event.create',
        entityType: 'network_event',
        entityId: event.id,
        after: { title: event.title, demo: true },
      });
      count += 1;
    }
  });
  return { events: count };
}

/** GR members that demo accounts file for are left alone, so their own demo flows stay as seeded. */
const OWN_ACCOUNTS = new Set(['1480', '1481', '1384']);

/**
 * The escalation loop needs a Kritisk report in GR's picture: one GR municipality's report in
 * the latest round is revised (through the reports module, so history, values and audit are
 * as for any filing) to Kritisk in its first area, with a comment and a need for support.
 */
export async function seedDemoCriticalReport(ctx: Ctx): Promise<{ orgCode: string | null }> {
  const gr = (await ctx.db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')).limit(1))[0];
  if (!gr) return { orgCode: null };
  const round = (
    await ctx.db
      .select()
      .from(rounds)
      .where(and(eq(rounds.networkId, gr.id), lte(rounds.opensAt, nowOf(ctx))))
      .orderBy(desc(rounds.opensAt))
      .limit(1)
  )[0];
  if (!round) return { orgCode: null };
  const filed = await ctx.db
    .select({ report: reports, code: organisations.code, definition: templateVersions.definition })
    .from(reports)
    .innerJoin(organisations, eq(organisations.id, reports.orgId))
    .innerJoin(templateVersions, eq(templateVersions.id, reports.templateVersionId))
    .where(and(eq(reports.roundId, round.id), eq(reports.status, 'submitted')));
  const candidate = filed
    .filter((f) => f.code && /^\d{4}$/.test(f.code) && !OWN_ACCOUNTS.has(f.code))
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))[0];
  const area = candidate?.definition.areas[0];
  if (!candidate || !area) return { orgCode: null };
  const answers = structuredClone(candidate.report.answers);
  answers.areas[area.key] = {
    impact: 5,
    criteria: area.impactMode === 'criteria' ? { a: 'no', b: 'exhausted', c: 'overwhelming' } : null,
    comment:
      'Kritiskt läge: verksamheten kan inte bemannas de kommande veckorna. Vi behöver stöd från grannkommunerna.',
  };
  if (candidate.definition.texts.some((t) => t.key === 'needs')) {
    answers.texts.needs = 'Behov av stöd med bemanning och tillfälliga platser.';
  }
  await submitReport(ctx, { roundId: round.id, orgId: candidate.report.orgId, answers });
  return { orgCode: candidate.code };
}
