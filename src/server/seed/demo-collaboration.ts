import { eq, inArray } from 'drizzle-orm';
import { users } from '../db/schema/accounts';
import { bulletinRecipients, bulletins } from '../db/schema/bulletins';
import { questions } from '../db/schema/questions';
import { networks, organisations } from '../db/schema/registry';
import { resolveAddressees } from '../modules/bulletins/bulletins.repository';
import { indexSearchDocument } from '../modules/search/search-index';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import { DEMO_DOMAIN } from './accounts';

const DAY = 86_400_000;

interface DemoQuestion {
  asker: string;
  to: 'MIGR' | 'GR';
  title: string;
  body: string;
  answer?: string;
  answeredBy?: string;
  tags?: string[];
  daysAgo: number;
}

// Synthetic questions of the kind the GR network puts to the agencies; no real case or person.
const demoQuestions: DemoQuestion[] = [
  {
    asker: 'rapportor.goteborg',
    to: 'MIGR',
    title: 'Hur lång tid tar en anvisning till kommunen?',
    body: 'Vi planerar boenden inför hösten. Hur lång tid brukar det gå från anvisningsbeslut till att hushållet kommer till kommunen?',
    answer:
      'Normalt två till fyra veckor från beslut till ankomst. Kommunen får besked om ankomstdag senast en vecka innan. Vid stora familjer kan tiden bli längre om boendet behöver anpassas.',
    answeredBy: 'kontakt.migrationsverket',
    tags: ['anvisning', 'bosättning'],
    daysAgo: 40,
  },
  {
    asker: 'rapportor.kungsbacka',
    to: 'MIGR',
    title: 'Rätt till förskola för barn med tillfälligt skydd',
    body: 'Har barn till skyddsbehövande enligt massflyktsdirektivet rätt till förskola och barnomsorg från första dagen?',
    answer:
      'Barn som har uppehållstillstånd med tillfälligt skydd och är folkbokförda i kommunen har samma rätt till förskola som andra barn. Innan folkbokföring gäller erbjudande enligt kommunens riktlinjer.',
    answeredBy: 'kontakt.migrationsverket',
    tags: ['barnomsorg', 'förskola', 'massflyktsdirektivet'],
    daysAgo: 26,
  },
  {
    asker: 'rapportor.molndal',
    to: 'GR',
    title: 'Kan vi få lägesbilden som PDF till nämnden?',
    body: 'Nämnden vill ha den gemensamma lägesbilden för regionen varje månad. Går den att ta ut som PDF?',
    answer:
      'Ja. Öppna lägesbilden för GR Mottagande och integration och välj Ladda ner som PDF. Utskriften visar kartan, tabellen och trenderna för vald omgång.',
    answeredBy: 'samordnare.gr',
    tags: ['lägesbild', 'export'],
    daysAgo: 12,
  },
  {
    asker: 'rapportor.molndal',
    to: 'MIGR',
    title: 'Ersättning för evakueringsplatser under sommaren',
    body: 'Gäller schablonersättningen även för hushåll som tillfälligt bor på evakueringsplatser under sommaren?',
    daysAgo: 2,
  },
];

/**
 * Demo Q&A and bulletins in GR Mottagande och integration: three answered questions with
 * tags, one still new in Migrationsverket's inbox, a bulletin to everyone and one to the
 * information security coordinators. No larm: an unacknowledged one would put a banner on
 * every page for the demo accounts (and every browser test).
 */
export async function seedDemoCollaboration(ctx: Ctx): Promise<{ questions: number; bulletins: number }> {
  const network = (
    await ctx.db.select().from(networks).where(eq(networks.slug, 'gr-mottagande')).limit(1)
  )[0];
  if (!network) return { questions: 0, bulletins: 0 };
  const locals = [
    'rapportor.goteborg',
    'rapportor.kungsbacka',
    'rapportor.molndal',
    'samordnare.gr',
    'kontakt.migrationsverket',
  ];
  const people = await ctx.db
    .select({ id: users.id, orgId: users.orgId, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        locals.map((l) => `${l}@${DEMO_DOMAIN}`),
      ),
    );
  const person = (local: string) => people.find((p) => p.email === `${local}@${DEMO_DOMAIN}`);
  const orgs = await ctx.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations)
    .where(inArray(organisations.code, ['MIGR', 'GR']));
  const orgId = (code: string) => orgs.find((o) => o.code === code)?.id;
  const now = nowOf(ctx);

  return inTransaction(ctx, async (tx) => {
    let asked = 0;
    for (const q of demoQuestions) {
      const asker = person(q.asker);
      const answerer = q.answeredBy ? person(q.answeredBy) : undefined;
      const addressedOrgId = orgId(q.to);
      if (!asker || !addressedOrgId) continue;
      const createdAt = new Date(now.getTime() - q.daysAgo * DAY);
      const answeredAt = q.answer ? new Date(createdAt.getTime() + 3 * DAY) : null;
      const row = (
        await tx.db
          .insert(questions)
          .values({
            networkId: network.id,
            askedBy: asker.id,
            askerOrgId: asker.orgId,
            addressedOrgId,
            title: q.title,
            body: q.body,
            status: q.answer ? 'answered' : 'new',
            assigneeId: answerer?.id ?? null,
            answer: q.answer ?? null,
            answeredBy: answerer?.id ?? null,
            answeredAt,
            tags: q.tags ?? [],
            version: q.answer ? 3 : 1,
            createdAt,
            updatedAt: answeredAt ?? createdAt,
          })
          .returning()
      )[0];
      if (!row) continue;
      asked++;
      await writeAudit(tx, {
        action: 'question.ask',
        entityType: 'question',
        entityId: row.id,
        after: { demo: true },
      });
      if (row.answer && answeredAt) {
        await indexSearchDocument(tx.db, {
          kind: 'question',
          entityId: row.id,
          networkId: network.id,
          title: row.title,
          body: [row.body, row.answer, row.tags.join(' ')].join('\n\n'),
          occurredAt: answeredAt,
          url: `/fragor/${row.id}`,
        });
      }
    }

    const coordinator = person('samordnare.gr');
    const liaison = person('kontakt.migrationsverket');
    let sent = 0;
    const demoBulletins = [
      coordinator && {
        sender: coordinator,
        title: 'Nästa nätverksmöte flyttas till torsdag',
        body: 'Veckans avstämning med myndigheterna hålls torsdag kl. 9.00 i stället för tisdag. Länken är densamma som tidigare.',
        urgency: 'info' as const,
        functions: null,
        daysAgo: 5,
      },
      liaison && {
        sender: liaison,
        title: 'Nätfiske riktat mot kommunernas mottagningsenheter',
        body: 'Vi har sett e-post som utger sig för att komma från Migrationsverket och ber om inloggningsuppgifter. Vi ber aldrig om lösenord via e-post. Informera era medarbetare.',
        urgency: 'viktigt' as const,
        functions: ['informationssakerhetssamordnare' as const],
        daysAgo: 3,
      },
    ];
    for (const b of demoBulletins) {
      if (!b) continue;
      const sentAt = new Date(now.getTime() - b.daysAgo * DAY);
      const addressees = await resolveAddressees(tx.db, network.id, b.functions, b.sender.id);
      const row = (
        await tx.db
          .insert(bulletins)
          .values({
            networkId: network.id,
            senderId: b.sender.id,
            senderOrgId: b.sender.orgId,
            title: b.title,
            body: b.body,
            urgency: b.urgency,
            audience: b.functions ? 'functions' : 'all',
            functions: b.functions ?? [],
            sentAt,
          })
          .returning()
      )[0];
      if (!row) continue;
      sent++;
      if (addressees.length > 0) {
        await tx.db.insert(bulletinRecipients).values(
          addressees.map((a, i) => ({
            bulletinId: row.id,
            userId: a.id,
            orgId: a.orgId,
            deliveredAt: sentAt,
            // Some have read and acknowledged, so the sender's receipt view has content.
            readAt: i % 2 === 0 ? new Date(sentAt.getTime() + 3_600_000) : null,
            acknowledgedAt: i % 4 === 0 ? new Date(sentAt.getTime() + 7_200_000) : null,
            mailCount: b.urgency === 'info' ? 0 : 1,
          })),
        );
      }
      await writeAudit(tx, {
        action: 'bulletin.send',
        entityType: 'bulletin',
        entityId: row.id,
        after: { demo: true, recipients: addressees.length },
      });
      await indexSearchDocument(tx.db, {
        kind: 'bulletin',
        entityId: row.id,
        networkId: network.id,
        title: row.title,
        body: row.body,
        occurredAt: sentAt,
        url: `/meddelanden/${row.id}`,
        audienceUserIds: b.functions ? [b.sender.id, ...addressees.map((a) => a.id)] : null,
      });
    }
    return { questions: asked, bulletins: sent };
  });
}
