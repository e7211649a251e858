import { eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { ZONE } from '../../core/time/iso-week';
import { users } from '../db/schema/accounts';
import { meetings } from '../db/schema/meetings';
import { networks, organisations } from '../db/schema/registry';
import { setActionStatus } from '../modules/meetings/actions.service';
import { addAgendaItem } from '../modules/meetings/agenda.service';
import { createMeeting, type MeetingDetail, setAttendance } from '../modules/meetings/meetings.service';
import { saveMinutes, setMinutesStatus } from '../modules/meetings/minutes.service';
import { type Ctx, nowOf } from '../platform/context';

const GR_NETWORK = 'gr-mottagande';

interface WeekPlan {
  title: string;
  items: { topic: string; presenter: string; org: string; minutes: string }[];
  decisions: { item: number; text: string }[];
  actions: { item: number; text: string; org: string; dueInDays: number; done?: boolean; owner?: string }[];
}

/** Four past weekly meetings (synthetic content in the spirit of the network's real minutes). */
const plans: WeekPlan[] = [
  {
    title: 'Veckomöte mottagande och integration',
    items: [
      {
        topic: 'Läget i kommunerna',
        presenter: 'Samordnare GR',
        org: 'GR',
        minutes:
          'Kommunerna rapporterar ett **ansträngt men hanterbart** läge.\n\n- Boendeplatser fylls snabbare än väntat\n- Skolplaceringar fungerar',
      },
      {
        topic: 'Information från Migrationsverket',
        presenter: 'Myndighetskontakt',
        org: 'MIGR',
        minutes: 'Prognosen för anvisningar ligger fast. Nästa uppdatering kommer om två veckor.',
      },
    ],
    decisions: [{ item: 0, text: 'Nätverket samlar kommunernas behov av boenden inför nästa möte.' }],
    actions: [
      { item: 0, text: 'Sammanställ lediga boendeplatser per kommun', org: '1480', dueInDays: 7, done: true },
      {
        item: 1,
        text: 'Skicka ut Migrationsverkets prognos till nätverket',
        org: 'MIGR',
        dueInDays: 3,
        done: true,
      },
    ],
  },
  {
    title: 'Veckomöte mottagande och integration',
    items: [
      {
        topic: 'Boenden och kontrakt som löper ut',
        presenter: 'Beredskapssamordnare',
        org: '1480',
        minutes: 'Flera kontrakt löper ut under våren. Göteborg och Mölndal ser behov av samordning.',
      },
      {
        topic: 'Barnomsorgen för nyanlända',
        presenter: 'Enhetschef',
        org: '1481',
        minutes:
          'Köerna till förskolan växer i två kommuner. Se [Skolverkets stöd](https://www.skolverket.se).',
      },
    ],
    decisions: [
      { item: 0, text: 'GR tar fram en gemensam översikt över kontrakt som löper ut.' },
      { item: 1, text: 'Barnomsorgen följs upp varje vecka tills köerna minskar.' },
    ],
    actions: [
      { item: 0, text: 'Lista kontrakt som löper ut före sommaren', org: '1481', dueInDays: 10 },
      { item: 1, text: 'Rapportera köläget i förskolan', org: '1384', dueInDays: 5 },
    ],
  },
  {
    title: 'Veckomöte mottagande och integration',
    items: [
      {
        topic: 'Arbetsmarknad och etablering',
        presenter: 'Handläggare',
        org: 'AF',
        minutes: 'Arbetsförmedlingen informerar om nya insatser för språkträning på arbetsplatser.',
      },
      {
        topic: 'Övriga frågor',
        presenter: 'Samordnare GR',
        org: 'GR',
        minutes: 'Inga övriga frågor.',
      },
    ],
    decisions: [
      { item: 0, text: 'Kommunerna sprider informationen om språkträning till sina arbetsmarknadsenheter.' },
    ],
    actions: [
      { item: 0, text: 'Bjud in Arbetsförmedlingen till ett lunchmöte', org: 'GR', dueInDays: 14 },
      {
        item: 0,
        text: 'Samla frågor om etableringsprogrammet',
        org: '1480',
        dueInDays: 21,
        owner: 'rapportor.goteborg',
      },
    ],
  },
  {
    title: 'Veckomöte mottagande och integration',
    items: [
      {
        topic: 'Läget i kommunerna',
        presenter: 'Samordnare GR',
        org: 'GR',
        minutes: 'Läget har stabiliserats. Kungsbacka rapporterar fortsatt tryck på boenden.',
      },
    ],
    decisions: [{ item: 0, text: 'Nätverket fortsätter med veckovisa möten.' }],
    actions: [{ item: 0, text: 'Följ upp boendesituationen i Kungsbacka', org: '1384', dueInDays: 14 }],
  },
];

/** Tuesday 09:00–10:30 Stockholm time, `weeksAgo` weeks before the week of `now`. */
function tuesday(now: Date, weeksAgo: number) {
  const start = DateTime.fromJSDate(now, { zone: ZONE })
    .startOf('week')
    .plus({ days: 1, hours: 9 })
    .minus({ weeks: weeksAgo });
  return { start, end: start.plus({ minutes: 90 }) };
}

/**
 * GR's weekly meetings for the last four weeks with agenda, attendance and published minutes
 * (decisions; actions of which some are done, some open and some overdue), and next week's
 * meeting with its agenda. Through the meetings services, so audit and search are as in use.
 * Does nothing when the network already has meetings.
 */
export async function seedDemoMeetings(ctx: Ctx): Promise<{ meetings: number }> {
  const network = (await ctx.db.select().from(networks).where(eq(networks.slug, GR_NETWORK)).limit(1))[0];
  if (!network) return { meetings: 0 };
  if (
    (
      await ctx.db
        .select({ id: meetings.id })
        .from(meetings)
        .where(eq(meetings.networkId, network.id))
        .limit(1)
    ).length
  )
    return { meetings: 0 };
  const codes = ['GR', 'MIGR', 'AF', '1480', '1481', '1384'];
  const orgRows = await ctx.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations)
    .where(inArray(organisations.code, codes));
  const org = new Map(orgRows.map((o) => [o.code ?? '', o.id]));
  const demoUser = (
    await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'rapportor.goteborg@demo.samla.se'))
      .limit(1)
  )[0];
  const now = nowOf(ctx);
  let count = 0;

  for (const [index, plan] of plans.entries()) {
    const { start, end } = tuesday(now, plans.length - index);
    const created = await createMeeting(ctx, network.id, {
      title: plan.title,
      kind: 'meeting',
      startsAt: start.toISO() ?? '',
      endsAt: end.toISO() ?? '',
      place: 'Göteborgsregionen, Anders Personsgatan 8, Göteborg',
      videoUrl: 'https://teams.example.se/gr-mottagande',
    });
    let detail: MeetingDetail = created;
    const id = detail.meeting.id;
    for (const item of plan.items) {
      detail = await addAgendaItem(ctx, id, {
        version: detail.meeting.version,
        topic: item.topic,
        presenterName: item.presenter,
        presenterOrgId: org.get(item.org) ?? null,
        slotStart: '',
        slotEnd: '',
        attachmentIds: [],
      });
    }
    detail = await setAttendance(ctx, id, {
      version: detail.meeting.version,
      entries: ['GR', '1480', '1481', '1384', 'MIGR'].flatMap((code, i) => {
        const orgId = org.get(code);
        if (!orgId) return [];
        const status = (i + index) % 5 === 4 ? ('excused' as const) : ('present' as const);
        return [{ orgId, personName: '', status }];
      }),
    });
    const itemIds = detail.agenda.map((a) => a.id);
    // Only actions whose owning organisation exists (a registry without an agency skips its action).
    const actions = plan.actions.filter((a) => org.has(a.org));
    detail = await saveMinutes(ctx, id, {
      version: detail.meeting.version,
      items: plan.items.map((item, i) => ({ agendaItemId: itemIds[i] ?? '', minutes: item.minutes })),
      decisions: plan.decisions.map((d) => ({ agendaItemId: itemIds[d.item] ?? null, text: d.text })),
      actions: actions.map((a) => ({
        agendaItemId: itemIds[a.item] ?? null,
        text: a.text,
        ownerOrgId: org.get(a.org) ?? null,
        ownerUserId: a.owner && demoUser ? demoUser.id : null,
        dueDate: start.plus({ days: a.dueInDays }).toISODate(),
      })),
    });
    detail = await setMinutesStatus(ctx, id, { version: detail.meeting.version, status: 'published' });
    for (const [i, a] of actions.entries()) {
      const action = detail.actions[i];
      if (a.done && action)
        await setActionStatus(ctx, action.id, { version: action.version, status: 'done' });
    }
    count++;
  }

  const { start, end } = tuesday(now, -1);
  let upcoming = await createMeeting(ctx, network.id, {
    title: 'Veckomöte mottagande och integration',
    kind: 'meeting',
    startsAt: start.toISO() ?? '',
    endsAt: end.toISO() ?? '',
    place: 'Göteborgsregionen, Anders Personsgatan 8, Göteborg',
    videoUrl: 'https://teams.example.se/gr-mottagande',
  });
  for (const [topic, code] of [
    ['Läget i kommunerna', 'GR'],
    ['Uppföljning av boenden', '1480'],
    ['Information från Migrationsverket', 'MIGR'],
  ] as const) {
    upcoming = await addAgendaItem(ctx, upcoming.meeting.id, {
      version: upcoming.meeting.version,
      topic,
      presenterName: '',
      presenterOrgId: org.get(code) ?? null,
      slotStart: '',
      slotEnd: '',
      attachmentIds: [],
    });
  }
  return { meetings: count + 1 };
}
